"""Unruled tables: find the gutters between columns of text and read them cell by cell.

A proforma printed from a Word table without borders has no rules for pdfplumber's table
finder, but its columns still leave gutters: x positions where several lines start a new
run of words after a gap wider than any word space, and which no word on those lines
crosses. Lines sharing such gutters are read row by row, each column as its own cell, so
"2. Record of the | The Children and Families Act" does not come out as one line.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from .layout import Line, Region, group_lines
from .page import Word
from .paragraphs import is_marker_word

_GAP_EM = 1.5
"""A gap this many line heights wide separates columns; justified word spaces stay under."""
_ALIGN = 2.0
"""Points within which words "start at" a gutter (rendering jitter)."""
_MIN_LINES = 2
"""Lines that must start a run of words at a gutter before it counts as a column."""
_GUTTER = 12.0
"""Points a column's text stops short of the next column (about 1.5 line heights)."""
_ROW_GAP = 1.4
"""A line pitch this many times the usual one starts a new table row."""

# A left cell that starts a row: "1.", "2)", "(a)", "iv."
_ROW_NUMBER_RE = regex.compile(r"^\(?([0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]", regex.IGNORECASE)


def split_columns(lines: list[Line], left: float, right: float, page: int) -> list[Region]:
    """Cut `lines` into running-text regions and, where gutters show, table cells."""
    if not lines:
        return []
    gutters = _gutters(lines)
    regions: list[Region] = []
    start = 0
    for first, run_end in _runs(lines, gutters):
        last = first + _table_length(lines[first:run_end], gutters)
        regions.extend(_flow(lines[start:first], left, right, page))
        regions.extend(_table(lines[first:last], gutters, left, right, page))
        start = last
    regions.extend(_flow(lines[start:], left, right, page))
    return regions


def _table_length(lines: list[Line], gutters: list[float]) -> int:
    """How many lines of a run its table holds. A table whose rows are numbered ends at an
    unnumbered line starting where the numbers do ("Proper Officer" under the last row)."""
    firsts = [line.words[0] for line in lines if _column(line.words[0], gutters) == 0]
    if not firsts or not is_marker_word(firsts[0].text):
        return len(lines)
    for index, line in enumerate(lines):
        first = line.words[0]
        at_numbers = _column(first, gutters) == 0 and abs(first.x0 - firsts[0].x0) <= _ALIGN
        if at_numbers and not is_marker_word(first.text):
            return index
    return len(lines)


def _flow(lines: list[Line], left: float, right: float, page: int) -> list[Region]:
    return [Region("paragraph", tuple(lines), left, right, page)] if lines else []


def _segment_starts(line: Line) -> list[float]:
    """x of each word that follows a column-wide gap on `line`."""
    return [
        word.x0
        for previous, word in pairwise(line.words)
        if word.x0 - previous.x1 >= _GAP_EM * line.height
    ]


def _gutters(lines: list[Line]) -> list[float]:
    """Column starts: where several lines resume after a wide gap, crossed by no word."""
    starts = sorted((x, index) for index, line in enumerate(lines) for x in _segment_starts(line))
    clusters: list[list[tuple[float, int]]] = []
    for x, index in starts:
        if clusters and x - clusters[-1][0][0] <= _ALIGN:
            clusters[-1].append((x, index))
        else:
            clusters.append([(x, index)])
    gutters = []
    for cluster in clusters:
        gutter = cluster[0][0]
        rows = sorted({index for _, index in cluster})
        span = lines[rows[0] : rows[-1] + 1]
        if len(rows) < _MIN_LINES or any(_crosses(line, gutter) for line in span):
            continue
        if all(_only_marker_before(lines[index], gutter) for index in rows):
            continue  # "•" or "1." then text is a list's hanging indent, not a table
        gutters.append(gutter)
    return gutters


def _crosses(line: Line, gutter: float) -> bool:
    return any(word.x0 < gutter - _ALIGN and word.x1 > gutter + _ALIGN for word in line.words)


def _only_marker_before(line: Line, gutter: float) -> bool:
    before = [word for word in line.words if word.x1 <= gutter]
    return len(before) == 1 and is_marker_word(before[0].text)


def _fits_columns(line: Line, gutters: list[float]) -> bool:
    """No word crosses a gutter, and the line passes from column to column only at a gap."""
    if any(_crosses(line, gutter) for gutter in gutters):
        return False
    return all(
        _column(b, gutters) == _column(a, gutters) or b.x0 - a.x1 >= _GAP_EM * line.height
        for a, b in pairwise(line.words)
    )


def _column(word: Word, gutters: list[float]) -> int:
    return sum(1 for gutter in gutters if word.x0 >= gutter - _ALIGN)


def _runs(lines: list[Line], gutters: list[float]) -> list[tuple[int, int]]:
    """Spans of consecutive lines that no word crosses a gutter in, with real columns."""
    if not gutters:
        return []
    runs: list[tuple[int, int]] = []
    first = 0
    for index in range(len(lines) + 1):
        if index < len(lines) and _fits_columns(lines[index], gutters):
            continue
        split = sum(1 for line in lines[first:index] if _segment_starts(line))
        if split >= _MIN_LINES:
            runs.append((first, index))
        first = index + 1
    return runs


def _columns(line: Line, gutters: list[float]) -> list[list[Word]]:
    columns: list[list[Word]] = [[] for _ in range(len(gutters) + 1)]
    for word in line.words:
        columns[_column(word, gutters)].append(word)
    return columns


def _rows(lines: list[Line], gutters: list[float]) -> list[list[list[Word]]]:
    """Group lines into table rows; each row is its lines' words split into columns."""
    rows: list[list[list[Word]]] = []
    pitch = _usual_pitch(lines)
    previous: Line | None = None
    previous_columns: list[list[Word]] = []
    for line in lines:
        columns = _columns(line, gutters)
        if previous is None or _starts_row(columns, previous_columns, line, previous, pitch):
            rows.append([[] for _ in columns])
        for cell, words in zip(rows[-1], columns, strict=True):
            cell.extend(words)
        previous, previous_columns = line, columns
    return rows


def _starts_row(
    columns: list[list[Word]], before: list[list[Word]], line: Line, previous: Line, pitch: float
) -> bool:
    if not any(columns[:-1]):
        return False  # only the last (body) column goes on: the same row wraps
    if not any(before[:-1]) or line.top - previous.top > _ROW_GAP * pitch:
        return True
    first = " ".join(word.text for word in columns[0])
    last_before = " ".join(word.text for word in before[0])
    return bool(_ROW_NUMBER_RE.match(first)) or last_before.endswith(":")


def _usual_pitch(lines: list[Line]) -> float:
    pitches = sorted(b.top - a.top for a, b in pairwise(lines))
    return pitches[len(pitches) // 2] if pitches else 0.0


def _table(
    lines: list[Line], gutters: list[float], left: float, right: float, page: int
) -> list[Region]:
    edges = [left, *gutters]
    regions: list[Region] = []
    for row in _rows(lines, gutters):
        cells = [(index, words) for index, words in enumerate(row) if words]
        label = " ".join(word.text for word in cells[0][1]) if cells else ""
        if len(cells) == 2 and label.endswith(":") and _one_line(row):
            # "Decision Maker:    Cabinet" is a label and its value, not a table: one line.
            joined = sorted((w for _, ws in cells for w in ws), key=lambda w: w.x0)
            regions.append(Region("paragraph", (Line(tuple(joined)),), left, right, page))
            continue
        for index, words in cells:
            cell_right = edges[index + 1] - _GUTTER if index + 1 < len(edges) else right
            cell_lines = tuple(group_lines(words))
            regions.append(Region("cell", cell_lines, edges[index], cell_right, page))
    return regions


def _one_line(row: list[list[Word]]) -> bool:
    tops = {round(word.top) for words in row for word in words}
    return max(tops) - min(tops) <= _ALIGN if tops else True
