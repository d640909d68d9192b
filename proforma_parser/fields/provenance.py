"""Provenance: where in the record's text each value was read from, and what kind of evidence.

Spans are plain tuples while the record is read; `build.py` makes the `Evidence` models at
the end. Most spans are threaded from where a value is made (a label's lines, a section's
body, a resolution's lines); a value read from a line that the reader only knew as a string
(a header line, a sentence of prose) is located inside the region it was read from.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from ..model import EvidenceKind
from ..structure.normalise import Layout, Line


class Span(NamedTuple):
    """`text[start:end]` is the evidence for a value, of the given kind."""

    start: int
    end: int
    kind: EvidenceKind


def line_span(layout: Layout, first: int, end: int, kind: EvidenceKind) -> Span | None:
    """Lines [first, end) of the layout, from the first's start to the last non-blank's end."""
    lines = layout.lines
    end = min(end, len(lines))
    while end > first and not lines[end - 1].text:
        end -= 1
    while first < end and not lines[first].text:
        first += 1
    if first >= end:
        return None
    return Span(lines[first].start, lines[end - 1].end, kind)


def furniture_span(furniture: tuple[str, ...], value: str | None) -> Span | None:
    """Where `value` stands in the page furniture (`source.furniture` joined by newlines):
    a council named only by a running header the reader took out of the text."""
    if value is None or not furniture:
        return None
    joined = "\n".join(furniture)
    found = _find(joined, value, 0, len(joined), ignore_case=True)
    return Span(found[0], found[1], "furniture") if found is not None else None


def offsets_span(start: int, end: int, kind: EvidenceKind) -> Span | None:
    return Span(start, end, kind) if 0 <= start < end else None


def _words_pattern(words: list[str], *, ignore_case: bool) -> regex.Pattern[str]:
    # `re.escape` (str.translate) is many times faster than escaping word by word.
    body = re.escape(" ".join(words)).replace("\\ ", r"\s+")
    return regex.compile(body, regex.IGNORECASE if ignore_case else 0)


def _find(text: str, value: str, lo: int, hi: int, *, ignore_case: bool) -> tuple[int, int] | None:
    """Where `value`'s words first stand in text[lo:hi], with any spaces or line breaks
    between them (and in any case, if told): "Cabinet" read off a "CABINET" banner points at
    the banner, not at a later "the Cabinet and officers"."""
    at = text.find(value, lo, hi)
    if at >= 0:
        if not ignore_case:
            return at, at + len(value)
        hi = at + len(value)  # an earlier one in other case, or this one
    words = value.split()
    if not words:
        return None
    if ignore_case:
        region = text[lo:hi].lower()
        if len(region) == hi - lo:  # (a few letters lengthen when lowered: "İ")
            # single-spaced, in any case: no pattern to compile (the common case)
            spaced = " ".join(words)
            at = region.find(spaced.lower())
            if at >= 0:
                return lo + at, lo + at + len(spaced)
            if len(words) == 1:
                return None
    region = text[lo:hi]
    if region.isascii() and value.isascii():
        return _find_spaced(region, words, lo, ignore_case=ignore_case)
    found = _words_pattern(words, ignore_case=ignore_case).search(text, lo, hi)
    return found.span() if found is not None else None


# What `\s` matches in an ASCII text, as the pattern of `_words_pattern` has it.
_ASCII_SPACE = frozenset(c for c in map(chr, range(128)) if regex.match(r"\s", c))


def _find_spaced(
    region: str, words: list[str], lo: int, *, ignore_case: bool
) -> tuple[int, int] | None:
    """What `_words_pattern(words).search(text, lo, hi)` finds, for an ASCII region
    (text[lo:hi]) and words, without compiling a pattern for each value: "Cabinet Member for" / "Housing"
    over two lines is looked for where its first word stands. (A pattern made for one
    value costs more to compile than a whole record's other provenance; in ASCII, lower
    case is all the pattern's case folding does, and a word holds no space, so each place
    the first word stands gives one match or none.)"""
    if ignore_case:
        region, words = region.lower(), [word.lower() for word in words]
    first = words[0]
    at = region.find(first)
    while at >= 0:
        end = _words_follow(region, at + len(first), words[1:])
        if end is not None:
            return lo + at, lo + end
        at = region.find(first, at + 1)
    return None


def _words_follow(region: str, at: int, words: list[str]) -> int | None:
    """Where `words` end if they follow region[:at], each after one or more spaces."""
    size = len(region)
    for word in words:
        gap = at
        while gap < size and region[gap] in _ASCII_SPACE:
            gap += 1
        if gap == at or not region.startswith(word, gap):
            return None
        at = gap + len(word)
    return at


def locate(
    layout: Layout,
    value: str | None,
    kind: EvidenceKind,
    *,
    first_line: int = 0,
    end_line: int | None = None,
    whole_lines: bool = True,
    ignore_case: bool = True,
) -> Span | None:
    """The first place in lines [first_line, end_line) whose words are `value`'s (spaces and
    line breaks between them may differ), widened to whole lines unless told not to."""
    lines = layout.lines
    if value is None or not lines:
        return None
    end_line = len(lines) if end_line is None else min(end_line, len(lines))
    if first_line >= end_line:
        return None
    lo, hi = lines[first_line].start, lines[end_line - 1].end
    found = _find(layout.text, value, lo, hi, ignore_case=ignore_case)
    if found is None:
        return None
    start, end = found
    if not whole_lines:
        return Span(start, end, kind)
    a = _line_at(lines, start, first_line, end_line)
    b = _line_at(lines, max(end - 1, start), a, end_line)
    return Span(lines[a].start, max(lines[b].end, end), kind)


def _line_at(lines: tuple[Line, ...], offset: int, low: int, high: int) -> int:
    """The index in [low, high) of the line holding `offset` (a binary search)."""
    while high - low > 1:
        middle = (low + high) // 2
        if lines[middle].start <= offset:
            low = middle
        else:
            high = middle
    return low
