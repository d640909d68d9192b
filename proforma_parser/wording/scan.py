"""Searching a whole record's text only around the keywords a statement cannot do without.

A case-insensitive pattern that may start at any word ("... decision will be implemented
from ...") is tried at every character of the text: tens of microseconds a record for each
such pattern, though the statement it looks for is rare. Every match of such a pattern holds
one of a few keywords within a bounded reach of its ends, so the pattern need only be tried
in windows around the keywords, found by `str.find` on the lower-cased text. The matches
are exactly those of a search of the whole text (see `finditer_near`).
"""

from __future__ import annotations

import regex

# Characters that a case-insensitive pattern (the `regex` module's simple case folding) takes
# for an ASCII letter but that `str.lower` does not lower to it: "ſ" for "s" (U+017F) and
# "İ" for "i" (U+0130, which lower-cases to two characters). A text holding either is
# searched whole.
_FOLDS_APART = ("\u017f", "\u0130")
# Where a window may end: before a character that is not a word's (or at the end).
_NOT_A_WORD_RE = regex.compile(r"\W")


def lowered(text: str, lower: str | None = None) -> str | None:
    """`text` lower-cased (`lower`, where the caller has made it already) with every
    character still at its offset, or None when lowering would move offsets or hide a
    letter that a case-insensitive pattern matches."""
    if not text.isascii() and (_FOLDS_APART[0] in text or _FOLDS_APART[1] in text):
        return None
    if lower is None:
        lower = text.lower()
    return lower if len(lower) == len(text) else None


def finditer_near(
    pattern: regex.Pattern[str],
    text: str,
    keywords: tuple[str, ...],
    *,
    before: int,
    after: int,
    lower: str | None = None,
) -> list[regex.Match[str]]:
    """`list(pattern.finditer(text))`, trying `pattern` only around `keywords`.

    The caller vouches for the pattern: every match holds one of `keywords` (lower case,
    matched in any case) with at most `before` characters other than spaces and hyphens
    ahead of it and at most `after` from its start to the match's end, and the pattern
    looks past a match's end only with `\\b` (no lookahead, no `$`). A window reaches that
    far either side of every keyword, so it holds whole every match that starts in it; it
    ends before a character that is no word's, where `\\b` reads as at the string's end.
    `lower` is `text.lower()`, where the caller has it.
    """
    lower = lowered(text, lower)
    if lower is None:
        return list(pattern.finditer(text))
    found: list[regex.Match[str]] = []
    end = 0  # where the last match ended: the whole text's search goes on from there
    for start, stop in _windows(text, lower, keywords, before, after):
        for match in pattern.finditer(text, max(start, end), stop):
            found.append(match)
            end = match.end()
    return found


def search_near(
    pattern: regex.Pattern[str],
    text: str,
    keywords: tuple[str, ...],
    *,
    before: int,
    after: int,
    lower: str | None = None,
) -> regex.Match[str] | None:
    """`pattern.search(text)`, trying `pattern` only around `keywords` (as `finditer_near`)."""
    lower = lowered(text, lower)
    if lower is None:
        return pattern.search(text)
    for start, stop in _windows(text, lower, keywords, before, after):
        found = pattern.search(text, start, stop)
        if found is not None:
            return found
    return None


def _windows(
    text: str, lower: str, keywords: tuple[str, ...], before: int, after: int
) -> list[tuple[int, int]]:
    """The windows around every keyword, in order, overlapping ones merged."""
    spans = sorted(
        (_reach_back(text, at, before), _reach_on(text, at, after))
        for keyword in keywords
        for at in _occurrences(lower, keyword)
    )
    merged: list[tuple[int, int]] = []
    for start, stop in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


def _occurrences(lower: str, keyword: str) -> list[int]:
    found = []
    at = lower.find(keyword)
    while at >= 0:
        found.append(at)
        at = lower.find(keyword, at + 1)
    return found


# The ASCII characters `str.split` parts words at (the spaces of `\s`), and the hyphen.
_ASCII_NOT_SOLID = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f-"


def _solid(text: str) -> int:
    """How many characters of `text` are neither spaces nor hyphens."""
    if text.isascii():  # the bytes' own deletion, several times quicker than split and join
        return len(text.encode("ascii").translate(None, _ASCII_NOT_SOLID))
    return len("".join(text.split())) - text.count("-")


def _reach_back(text: str, at: int, reach: int) -> int:
    """A start before `at` with more than `reach` solid characters between them (or 0)."""
    step = reach + reach // 2 + 8  # prose: about one character in six is a space
    while True:
        start = max(at - step, 0)
        if start == 0 or _solid(text[start:at]) > reach:
            return start
        step *= 2


def _reach_on(text: str, at: int, reach: int) -> int:
    """An end after `at` with more than `reach` solid characters between them, moved on to
    a character that is no word's (or the end of the text)."""
    step = reach + reach // 2 + 8
    while True:
        stop = min(at + step, len(text))
        if stop == len(text) or _solid(text[at:stop]) > reach:
            break
        step *= 2
    if stop < len(text):
        boundary = _NOT_A_WORD_RE.search(text, stop)
        stop = boundary.start() if boundary is not None else len(text)
    return stop


def lines_holding(text: str, lower: str, keyword: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` that holds `keyword` (in `lower`, its
    lower-cased copy), its line break included; each line once, in order."""
    spans: list[tuple[int, int]] = []
    for at in _occurrences(lower, keyword):
        if spans and at < spans[-1][1]:
            continue  # a second mention on the same line
        end = text.find("\n", at)
        spans.append((text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end + 1))
    return spans
