"""Council wording as rows: one `Wording` per way a council words a thing, with a line it
really prints that way.

A row says which field (or header fact, or lead-in kind) a wording feeds, the pattern that
recognises it and an example line in a real record's shape. The tables of rows live beside
the readers' other data (`headings.py`, `leadins.py`, `documents.py`, `offices.py`,
`banners.py` in this package, gathered in `tables.py`); the patterns the readers run and
the cheap pre-checks that spare them (first words, word sets) are built from the rows here,
at import, so adding a wording is one row plus its example and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import regex

# (The standard `re`: a class of ASCII letters matches the same there, and `simplify`, run
# on every heading-shaped line, finds its words in less time.)
_WORD_RE = re.compile(r"[a-z]+")
_NAME_RE = regex.compile(r"[^0-9A-Za-z]+")
# What in a pattern is syntax rather than words: escapes ("\s", "\b") and group openers.
_PATTERN_SYNTAX_RE = regex.compile(r"\\.|\(\?(?:P<\w+>|[a-zA-Z-]*:|[:=!]|<[=!])")


@dataclass(frozen=True, slots=True)
class Wording:
    """One council wording: the field it feeds, its pattern and a real-shaped example."""

    field: str
    """A section field ("reasons"), a header fact ("decision_maker"), a lead-in kind
    ("resolved") or the name of what the line is ("authority_banner")."""
    pattern: str
    """A `regex` pattern (no flags of its own: its table compiles it)."""
    example: str
    """A line as a record prints it, which the readers must map to `field`."""
    also: tuple[str, ...] = ()
    """Further lines of the same wording, checked like `example` (and, for headings,
    adding their words to the heading vocabulary)."""

    @property
    def examples(self) -> tuple[str, ...]:
        return (self.example, *self.also)


def simplify(label: str) -> str:
    """Lower-case words only: "Reason(s) for Decisions" -> "reasons for decisions", "Member’s
    interests" -> "member s interests" (a curly apostrophe parts the words)."""
    text = label.lower().replace("'", "").replace("(s)", "s")
    return " ".join(_WORD_RE.findall(text))


def label_part(line: str) -> str:
    """The label of a heading line, before its colon or question mark ("Decision Maker" in
    "Decision Maker: Cabinet", "Is subject to call in" in "Is subject to call in?: Yes")."""
    cut = len(line)
    for mark in (":", "?"):
        at = line.find(mark)
        if 0 <= at < cut:
            cut = at
    return line[:cut]


def fields_of(rows: Iterable[Wording]) -> tuple[str, ...]:
    """The fields of `rows` in order of first appearance (a table's order is its precedence)."""
    return tuple(dict.fromkeys(row.field for row in rows))


def group_name(field: str, index: int) -> str:
    """The named group of a row in its field's alternation: "reasons_2"."""
    return f"{_NAME_RE.sub('_', field)}_{index}"


def alternation(rows: Iterable[Wording], *, named: bool = True) -> str:
    """The rows' patterns as one alternation, tried in table order; `named`, each row in a
    group named after its field and place (so a match's `lastgroup` tells which row
    matched). Unnamed, the patterns are joined bare: "|" binds loosest, so no row needs a
    group of its own, and `regex` reads a run of plain words ("cabinet|executive|officer")
    as one set of words rather than trying groups one by one."""
    parts = list(rows)
    if not named:
        return "|".join(row.pattern for row in parts)
    return "|".join(
        f"(?P<{group_name(row.field, index)}>{row.pattern})" for index, row in enumerate(parts)
    )


def by_field(rows: Iterable[Wording], flags: int = 0) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """One compiled alternation per field, fields in order of first appearance."""
    table = tuple(rows)
    return tuple(
        (field, regex.compile(guarded_alternation([r for r in table if r.field == field]), flags))
        for field in fields_of(table)
    )


def guarded_alternation(rows: list[Wording]) -> str:
    r"""`alternation(rows)`, with the guard that opens every row's pattern put once in front
    of it: the date labels each open with `^(?!.*\b(?:publi\w*|effective|...)\b)`, a scan
    of the whole label, which the alternation would make once for each row it tries. A
    guard (`^` and lookarounds) matches no text, so it is the same test in front of the
    alternation as in front of each row; rows with an alternation of their own at the top
    ("minutes|discussion") are left whole."""
    guard = _leading_guard(rows[0].pattern) if len(rows) > 1 else ""
    if not guard or any(
        not row.pattern.startswith(guard) or _has_top_alternation(row.pattern[len(guard) :])
        for row in rows
    ):
        return alternation(rows)
    rests = [replace(row, pattern=row.pattern[len(guard) :]) for row in rows]
    return f"{guard}(?:{alternation(rests)})"


def guard_last(pattern: str) -> str:
    """`pattern`, for matching a whole text without line breaks (a key), with the guard
    that opens it (`_leading_guard`) tried after the rest has matched, not before: the
    date labels' guard scans the whole key, and nearly every key is no date label, which
    the rest, anchored at the key's first words, tells at once. (The rest must match the
    whole key inside the lookahead, as it must in the pattern; then the guard, at the same
    place; then the key is taken whole.)"""
    guard = _leading_guard(pattern)
    if not guard.lstrip("^"):
        return pattern
    return f"^(?=(?:{pattern[len(guard) :]})$){guard.lstrip('^')}.*"


def _leading_guard(pattern: str) -> str:
    """The `^` and lookaheads that open `pattern` ("" when none)."""
    at = 1 if pattern.startswith("^") else 0
    while pattern.startswith(("(?!", "(?="), at):
        end = _group_end(pattern, at)
        if end is None:
            break
        at = end
    return pattern[:at]


def _group_end(pattern: str, at: int) -> int | None:
    """The index after the `)` that closes the group opened at pattern[at]."""
    for index, char, depth in _syntax(pattern, at):
        if char == ")" and depth == 0:
            return index + 1
    return None


def _has_top_alternation(pattern: str) -> bool:
    """`pattern` holds a `|` outside its groups ("minutes|discussion")."""
    return any(char == "|" and depth == 0 for _, char, depth in _syntax(pattern, 0))


def _syntax(pattern: str, at: int) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of the characters of pattern[at:] outside
    escapes and character sets."""
    depth, index = 0, at
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _set_end(pattern, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield index, char, depth
        index += 1


def _set_end(pattern: str, at: int) -> int:
    """The index of the "]" closing the set opened at pattern[at] (a "]" first in the set,
    or escaped, is one of its members)."""
    index = at + (2 if pattern.startswith("[^", at) else 1)
    index += 1 if pattern.startswith("]", index) else 0
    while pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def row_of(table: tuple[Wording, ...], match: regex.Match[str]) -> Wording:
    """The row of `table` whose group matched (for a pattern built by `alternation` from
    rows of one field)."""
    name = match.lastgroup
    if name is None:
        raise ValueError("a match of a pattern not built by `alternation`")
    return table[int(name.rsplit("_", 1)[1])]


def example_words(rows: Iterable[Wording], *, labels: bool = False) -> frozenset[str]:
    """Every word of the rows' examples, simplified ("Reason(s)" gives "reason" and "s");
    with `labels`, only the words of each example's label (before its colon)."""
    words: set[str] = set()
    for row in rows:
        for example in row.examples:
            words.update(simplify(label_part(example) if labels else example).split())
    return frozenset(words)


def first_words(rows: Iterable[Wording]) -> frozenset[str]:
    """The lower-cased first word of every example: what a line must open with for one of
    the rows to match it."""
    return frozenset(example.split(" ", 1)[0].lower() for row in rows for example in row.examples)


def pattern_words(rows: Iterable[Wording]) -> frozenset[str]:
    r"""The literal words of the rows' patterns, lower-cased ("resolved" from
    "RESOLVED|Resolved", "portfolio" and "holder" from r"Portfolio\s+Holder")."""
    words: set[str] = set()
    for row in rows:
        words.update(_WORD_RE.findall(_PATTERN_SYNTAX_RE.sub(" ", row.pattern).lower()))
    return frozenset(words)


def keywords(rows: Iterable[Wording]) -> tuple[str, ...]:
    """Words of which every line of `rows` holds one, for a substring test that spares the
    rows' pattern. For each row, a word (of four letters or more) that its pattern spells
    out and all its examples hold; where none is common to them ("(?:force|effect)"), one
    per example. The fewest such words are chosen, those that serve the most rows first (so
    the test stops early), then the longest. A row's examples must show the variety its
    pattern allows."""
    candidates: list[frozenset[str]] = []
    for row in rows:
        spelled = frozenset(w for w in pattern_words((row,)) if len(w) >= 4)
        held = [spelled & frozenset(simplify(example).split()) for example in row.examples]
        common = frozenset.intersection(*held)
        if common:
            candidates.append(common)
            continue
        for example, words in zip(row.examples, held, strict=True):
            if not words:
                raise ValueError(f"{example!r} holds no word that {row.pattern!r} spells out")
            candidates.append(words)
    chosen: list[str] = []
    while candidates:
        counts: dict[str, int] = {}
        for words in candidates:
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        best = max(sorted(counts), key=lambda word: (counts[word], len(word)))
        chosen.append(best)
        candidates = [words for words in candidates if best not in words]
    return tuple(chosen)


def iter_examples(rows: Iterable[Wording]) -> Iterator[tuple[Wording, str]]:
    """(row, example line) for every example of every row."""
    for row in rows:
        for example in row.examples:
            yield row, example
