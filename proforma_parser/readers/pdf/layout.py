"""Rebuild a page's lines from word positions, and cut the page into regions in reading order.

A region is text that flows on its own: the page's running text between tables, or one
table cell. Reading a ruled table row by row, cell by cell ("2." | "Record of the
Decision" | the decision) is what keeps its columns from interleaving line by line, which
is what plain text extraction does. Unruled tables are cut into cells in columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Literal

from .page import Box, Grid, RawPage, Word

RegionKind = Literal["paragraph", "cell"]


# Word is a named tuple: its fields by position, which is quicker than by name.
_TOP_THEN_LEFT = itemgetter(Word._fields.index("top"), Word._fields.index("x0"))
_LEFT = itemgetter(Word._fields.index("x0"))
_TEXT = itemgetter(Word._fields.index("text"))
_TOP = itemgetter(Word._fields.index("top"))
_BOTTOM = itemgetter(Word._fields.index("bottom"))


class Line:
    """Words on one baseline, left to right. Its text and box are worked out once, as the
    layout asks for them many times over; a plain class rather than a frozen dataclass,
    which costs three times as much to make. Equal when the words are."""

    __slots__ = ("bottom", "height", "text", "top", "words", "x0", "x1")

    def __init__(self, words: tuple[Word, ...]) -> None:
        self.words = words
        # By `map` over the fields: a comprehension is a function call of its own in
        # Python 3.11, three a line.
        self.text: str = " ".join(map(_TEXT, words))
        self.x0 = words[0].x0
        self.x1 = words[-1].x1
        self.top: float = min(map(_TOP, words))
        self.bottom: float = max(map(_BOTTOM, words))
        self.height: float = self.bottom - self.top

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and other.words == self.words

    def __hash__(self) -> int:
        return hash(self.words)

    def __repr__(self) -> str:
        return f"Line({self.words!r})"


@dataclass(frozen=True, slots=True)
class Region:
    kind: RegionKind
    lines: tuple[Line, ...]
    left: float
    right: float
    """How far right this region's text may run: a wrapped line ends near here."""
    page: int


ColumnSplitter = Callable[[list[Line], float, float, int], list[Region]]
"""Cuts a run of running-text lines into regions, finding unruled columns (columns)."""

_FULL_LINES = 3
"""Lines ending together at the right that show where running text wraps."""
_RAGGED = 12.0
"""Points within which the ends of wrapped (unjustified) lines count as together."""
# Word's default cell margin is 0.08in (5.8pt); text further in is indented, not padding.
_MAX_PADDING = 8.0


@dataclass(frozen=True, slots=True)
class Cell:
    top: float
    box: Box
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class PageLayout:
    """A page's running-text lines and its ruled tables' cells (row by row)."""

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    tables: tuple[tuple[Cell, ...], ...]


def group_lines(words: Iterable[Word]) -> list[Line]:
    """Words on one baseline make a line: a word joins the line its middle falls within."""
    lines: list[list[Word]] = []
    line: list[Word] = []
    top = bottom = 0.0
    for word in sorted(words, key=_TOP_THEN_LEFT):
        _, _, _, word_top, word_bottom = word
        if line and top <= (word_top + word_bottom) / 2 <= bottom:
            line.append(word)
            if word_bottom > bottom:
                bottom = word_bottom
        else:
            line = [word]
            lines.append(line)
            top, bottom = word_top, word_bottom
    return [Line(tuple(sorted(line, key=_LEFT))) for line in lines]


def lay_out(raw: RawPage) -> PageLayout:
    """Split a page's words between its ruled tables' cells and its running text."""
    if not raw.grids:
        return PageLayout(raw.number, raw.width, raw.height, tuple(group_lines(raw.words)), ())
    flow: list[Word] = []
    in_cells: dict[tuple[int, int, int], list[Word]] = {}
    for word in raw.words:
        key = _cell_of(word, raw.grids)
        if key is None:
            flow.append(word)
        else:
            in_cells.setdefault(key, []).append(word)
    tables = []
    for g, grid in enumerate(raw.grids):
        cells = []
        for r, row in enumerate(grid.rows):
            for c, box in enumerate(row):
                words = in_cells.get((g, r, c))
                if box is not None and words:
                    cells.append(Cell(grid.bbox[1], box, tuple(group_lines(words))))
        tables.append(tuple(cells))
    return PageLayout(raw.number, raw.width, raw.height, tuple(group_lines(flow)), tuple(tables))


def _cell_of(word: Word, grids: tuple[Grid, ...]) -> tuple[int, int, int] | None:
    x = (word.x0 + word.x1) / 2
    y = (word.top + word.bottom) / 2
    for g, grid in enumerate(grids):
        x0, top, x1, bottom = grid.bbox
        if not (x0 <= x <= x1 and top <= y <= bottom):
            continue
        for r, row in enumerate(grid.rows):
            for c, box in enumerate(row):
                if box is not None and box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                    return g, r, c
    return None


def page_regions(layout: PageLayout, split_columns: ColumnSplitter) -> list[Region]:
    """The page's regions in reading order: running text and tables by their tops."""
    left = min((line.x0 for line in layout.lines), default=0.0)
    right = _right_margin(layout.lines, layout.width - left)
    items: list[tuple[float, int, Region | tuple[Cell, ...]]] = []
    for line in layout.lines:
        region = Region("paragraph", (line,), left, right, layout.number)
        items.append((line.top, 0, region))
    for table in layout.tables:
        if table:
            items.append((table[0].top, 1, table))
    items.sort(key=lambda item: (item[0], item[1]))
    regions: list[Region] = []
    run: list[Line] = []
    for _, _, item in items:
        if isinstance(item, Region):
            run.extend(item.lines)
            continue
        regions.extend(split_columns(run, left, right, layout.number))
        run = []
        regions.extend(_cell_region(cell, layout.number) for cell in item)
    regions.extend(split_columns(run, left, right, layout.number))
    return regions


def _right_margin(lines: tuple[Line, ...], mirrored: float) -> float:
    """Where running text wraps: the right end of the full lines, if there are several.

    A page of short lines shows no margin; then assume Word's usual equal margins, the
    left one mirrored, so that short lines still read as ended on purpose.
    """
    ends = sorted((line.x1 for line in lines), reverse=True)
    if len(ends) >= _FULL_LINES and ends[0] - ends[_FULL_LINES - 1] <= _RAGGED:
        return ends[0]
    return max(ends[0], mirrored) if ends else mirrored


def _cell_region(cell: Cell, page: int) -> Region:
    x0, _, x1, _ = cell.box
    # Cell padding is the same on both sides: text may run as far from the right rule as
    # the leftmost line starts from the left one.
    padding = min(max(min(line.x0 for line in cell.lines) - x0, 0.0), _MAX_PADDING)
    return Region("cell", cell.lines, x0 + padding, x1 - padding, page)
