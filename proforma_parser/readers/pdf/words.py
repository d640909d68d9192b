"""Characters into words by pdfplumber's word rule, column-wise and without a dict per glyph.

pdfplumber's `WordExtractor` (what `extract_words` runs) makes a dict for every glyph and
calls a method for every pair of them; on a page of 1,500 characters that was most of the
time the pdfium engine spent. `words_from_glyphs` gives the same words from characters held
as parallel lists (`Glyphs`): one pass over the characters finds where anything happens
(a gap, a step back, a new line), and the rest is per word. It is checked against
`WordExtractor` itself (tests/test_pdf_words.py).

The rule, as pdfplumber has it with `x_tolerance_ratio`, `y_tolerance` and
`keep_blank_chars=False`:

1. consecutive characters of the same uprightness form a group (only upright groups are
   kept: rotated margin text is not part of the record);
2. in a group, characters are clustered into lines by their tops (each distinct top, in
   order, joins the previous one's cluster when within `y_tolerance` of it); clusters are
   taken from the top down and each sorted by x0 (stably: ties keep content order);
3. walking that order, a blank character ends a word and is dropped; a character starts a
   new word when it begins left of the previous one's start, further right of its end than
   `x_tolerance_ratio` times the previous one's size, or its top is more than
   `y_tolerance` from the previous one's;
4. a word's box is the bounding box of its characters, its text theirs joined, ligatures
   spelt out.

Content order is nearly always reading order already; the pass that finds the word breaks
also finds the places where it may not be (a step back or up), and only when one of those
really is out of order are the characters sorted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import compress, groupby, repeat

from .page import CID_RE, SYMBOL_BULLET, X_TOLERANCE_RATIO, Y_TOLERANCE, Word

_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
)
"""pdfplumber's LIGATURES, spelt out in a word's text (expand_ligatures=True)."""

_NON_BLANK_RE = re.compile(r"\S+")
"""A run of characters that are not blank: re's \\s is str.isspace (the `regex` module's
follows Unicode's White_Space, which leaves out U+001C to U+001F)."""


@dataclass(slots=True)
class Glyphs:
    """A page's characters in content order, one list per attribute (top-left coordinates,
    as pdfplumber places them: a box one font size tall standing on the descent)."""

    texts: list[str] = field(default_factory=list)
    x0: list[float] = field(default_factory=list)
    x1: list[float] = field(default_factory=list)
    top: list[float] = field(default_factory=list)
    bottom: list[float] = field(default_factory=list)
    size: list[float] = field(default_factory=list)
    upright: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

    def part(self, start: int, end: int) -> Glyphs:
        return Glyphs(
            self.texts[start:end],
            self.x0[start:end],
            self.x1[start:end],
            self.top[start:end],
            self.bottom[start:end],
            self.size[start:end],
            self.upright[start:end],
        )

    def picked(self, order: list[int]) -> Glyphs:
        return Glyphs(
            [self.texts[i] for i in order],
            [self.x0[i] for i in order],
            [self.x1[i] for i in order],
            [self.top[i] for i in order],
            [self.bottom[i] for i in order],
            [self.size[i] for i in order],
            [self.upright[i] for i in order],
        )


def words_from_glyphs(glyphs: Glyphs) -> list[Word]:
    """The upright words of `glyphs`, as pdfplumber's word rule makes them (module doc)."""
    if all(glyphs.upright):
        return _group_words(glyphs)
    words: list[Word] = []
    start = 0
    for upright, run in groupby(glyphs.upright):
        end = start + sum(1 for _ in run)
        if upright:
            words.extend(_group_words(glyphs.part(start, end)))
        start = end
    return words


def _group_words(group: Glyphs) -> list[Word]:
    """Words of one group of upright characters (steps 2 to 4)."""
    if not group.texts:
        return []
    events = _events(group)
    if events and not _in_reading_order(group, events):
        group = _reading_order(group, events)
        events = _events(group)
    return _cut(group, events)


def _events(group: Glyphs) -> list[int]:
    """Each k where anything happens between characters k-1 and k: a gap, a step back, an
    end short of the last one's, a change of top or bottom. One pass, in a comprehension;
    the few places found are what the rest looks at (a word break is one of them, or a
    blank)."""
    x0, x1, tops, bottoms, sizes = group.x0, group.x1, group.top, group.bottom, group.size
    return [
        k
        for k, left, right, size, start, end, top, next_top, bottom, next_bottom in zip(
            range(1, len(x0)),
            x0,
            x1,
            sizes,
            x0[1:],
            x1[1:],
            tops,
            tops[1:],
            bottoms,
            bottoms[1:],
            strict=False,
        )
        if start > right + X_TOLERANCE_RATIO * size
        or start < left
        or end < right
        or top != next_top
        or bottom != next_bottom
    ]


def _in_reading_order(group: Glyphs, events: list[int]) -> bool:
    """Is content order already pdfplumber's order (line clusters, then x0)? Only where a
    character steps back or up can it be out of order, so only those places are checked."""
    x0, tops = group.x0, group.top
    suspects = [k for k in events if x0[k] < x0[k - 1] or tops[k] < tops[k - 1]]
    if not suspects:
        return True
    cluster = _line_clusters(tops, events)
    for k in suspects:
        before, after = cluster[tops[k - 1]], cluster[tops[k]]
        if after < before or (after == before and x0[k] < x0[k - 1]):
            return False
    return True


def _reading_order(group: Glyphs, events: list[int]) -> Glyphs:
    """The characters sorted as pdfplumber sorts them: by line cluster, then x0, stably."""
    cluster = _line_clusters(group.top, events)
    clusters = [cluster[top] for top in group.top]
    keys = sorted(zip(clusters, group.x0, range(len(group)), strict=True))
    return group.picked([key[2] for key in keys])


def _line_clusters(tops: list[float], events: list[int]) -> dict[float, int]:
    """Each top's cluster number: pdfplumber's cluster_list over the distinct tops.

    A top differs from the one before only at an event (`events`, ascending), so the
    first character's and the events' tops are every distinct top, met first in the same
    order as in `tops` (the set comes out the same, NaNs too): hashing those ~300 rather
    than a page's 1,500 (each float's hash calls frexp) was a sixth of the word rule's
    check of reading order (callgrind, corpus PDFs).
    """
    numbers: dict[float, int] = {}
    number = 0
    last: float | None = None
    distinct = {tops[0]}
    distinct.update(map(tops.__getitem__, events))
    for top in sorted(distinct):
        if last is not None and top > last + Y_TOLERANCE:
            number += 1
        numbers[top] = number
        last = top
    return numbers


def _cut(group: Glyphs, events: list[int]) -> list[Word]:
    """Cut characters in reading order into words at blanks and at breaks (steps 3, 4)."""
    texts, x0, x1, tops, bottoms, sizes = (
        group.texts,
        group.x0,
        group.x1,
        group.top,
        group.bottom,
        group.size,
    )
    count = len(texts)
    breaks = {
        k
        for k in events
        if x0[k] > x1[k - 1] + X_TOLERANCE_RATIO * sizes[k - 1]
        or x0[k] < x0[k - 1]
        or abs(tops[k] - tops[k - 1]) > Y_TOLERANCE
    }
    joined = "".join(texts)
    if len(joined) == count:  # one character each: words from the runs of non-blanks
        starts, ends, inside = _spans(joined, events, breaks)
        pieces = map(joined.__getitem__, map(slice, starts, ends))
        text = list(pieces if joined.isascii() else map(_word_text, pieces))
    else:
        starts, ends, inside = _spans_of_texts(texts, events, breaks)
        text = [_word_text("".join(texts[a:b])) for a, b in zip(starts, ends, strict=True)]
    # Inside a word there is no step back: its first character starts it. Unless an event
    # that broke nothing falls inside it (an end short of the last, a change of top or
    # bottom), its last character ends it and its first one's top and bottom are its own.
    top = list(map(tops.__getitem__, starts))
    bottom = list(map(bottoms.__getitem__, starts))
    right = list(map(x1.__getitem__, map((-1).__add__, ends)))
    for word in {bisect_right(starts, k) - 1 for k in inside} if inside else ():
        part = slice(starts[word], ends[word])
        right[word] = max(x1[part])
        top[word], bottom[word] = min(tops[part]), max(bottoms[part])
    fields = zip(text, map(x0.__getitem__, starts), right, top, bottom, strict=True)
    words = list(map(_WORD_FROM_FIELDS, repeat(Word), fields))
    return words if all(text) else [word for word in words if word.text]


_WORD_FROM_FIELDS = tuple.__new__
"""Word's own constructor, tuple.__new__(Word, fields), called with no Python frame:
Word._make (the named tuple's) is a Python function wrapped round it, a call per word."""


def _spans(
    joined: str, events: list[int], breaks: set[int]
) -> tuple[list[int], list[int], list[int]]:
    """Where each word starts and ends, and the events inside words, for characters of one
    character each (`joined`): each run of non-blanks, cut again at the breaks inside it.
    (re's \\s is str.isspace for one character.)"""
    runs = [found.span() for found in _NON_BLANK_RE.finditer(joined)]
    starts = [a for a, _ in runs]
    ends = [b for _, b in runs]
    inside = [k for k in events if not (joined[k].isspace() or joined[k - 1].isspace())]
    cut = [k for k in inside if k in breaks]
    if cut:  # a run [a, b) cut at k is [a, k) and [k, b)
        starts = sorted(starts + cut)
        ends = sorted(ends + cut)
        inside = [k for k in inside if k not in breaks]
    return starts, ends, inside


def _spans_of_texts(
    texts: list[str], events: list[int], breaks: set[int]
) -> tuple[list[int], list[int], list[int]]:
    """_spans for characters whose texts are longer than one ("(cid:N)")."""
    count = len(texts)
    blank = list(map(str.isspace, texts))
    blanks = list(compress(range(count), blank))
    cuts = set(breaks)
    cuts.update(blanks)
    cuts.update(map((1).__add__, blanks))
    cuts.update((0, count))
    # A blank is a cut and so is the character after it: a span that starts at a blank is
    # that blank alone, and dropped.
    bounds = sorted(cuts)
    kept = [not blank[a] for a in bounds[:-1]]
    starts = list(compress(bounds, kept))
    ends = list(compress(bounds[1:], kept))
    return starts, ends, [k for k in events if k not in cuts]


def _word_text(text: str) -> str:
    """Ligatures spelt out; one unmapped glyph alone is a bullet from a symbol font
    (pdfminer's "(cid:N)"), other unmapped glyphs are dropped."""
    if not text.isascii():
        text = text.translate(_LIGATURES)
    if "(cid:" not in text:
        return text
    if CID_RE.fullmatch(text):
        return SYMBOL_BULLET
    return CID_RE.sub("", text).strip()
