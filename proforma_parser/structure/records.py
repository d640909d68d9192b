"""More than one record in one input: find where each starts, so records are never merged.

A second record starts where a second title section follows a decision: "1. Title of
Item/Report" again after "2. Record of the Decision" (two proformas in one text dump), or
any title heading after a decision. It begins at the form feed before it, or else at the
first of the header lines just above it (banner, "CABINET DECISION", "PROFORMA", "Cabinet
Meeting 17th March 2022").
"""

from __future__ import annotations

import regex

from ..wording.banners import MEETING_LINE_RE, banner_match
from ..wording.dates import parse_uk_date
from ..wording.vocabulary import doc_type_match, is_chrome
from .normalise import Layout, Line
from .sections import Part, split_sections

# "PROFORMA" on a line of its own, under "CABINET DECISION".
_PROFORMA_RE = regex.compile(r"(?i)^proforma$")


def record_starts(layout: Layout, parts: tuple[Part, ...]) -> list[int]:
    """Line indices where records start: [0] for one record, [0, n, ...] for several."""
    starts = [0]
    seen_decision = False
    for part in parts:
        heading = part.heading
        if heading is None or heading.kind != "field":
            continue
        if heading.name == "title" and seen_decision and _is_record_title(part):
            starts.append(_header_start(layout, part.line, floor=starts[-1]))
            seen_decision = False
        elif heading.name == "decision":
            seen_decision = True
    return starts


def _is_record_title(part: Part) -> bool:
    """A numbered "1." title heading, or a title heading on a line of its own. A label with
    its value on the line ("Title of the scheme: Opening Hours 2025") inside a decision
    names a thing the decision is about, not a second record."""
    heading = part.heading
    assert heading is not None
    if heading.number == 1:
        return True
    return not heading.value and "title" in heading.label.lower()


def _header_start(layout: Layout, title_line: int, *, floor: int) -> int:
    breaks = [b for b in layout.breaks if floor < b <= title_line]
    if breaks:
        return breaks[-1]
    start = title_line
    while start - 1 > floor and _is_header_line(layout.lines, start - 1):
        start -= 1
    while start < title_line and not layout.lines[start].text:
        start += 1
    return start


def _is_header_line(lines: tuple[Line, ...], index: int) -> bool:
    text = lines[index].text
    if not text:
        return True
    if banner_match(text) or doc_type_match(text) or is_chrome(text):
        return True
    if MEETING_LINE_RE.match(text) or _PROFORMA_RE.match(text):
        return True
    # A lone date is the meeting's only under "Cabinet Meeting" (the date on its own line);
    # under "Proper Officer" it is the previous record's sign-off.
    above = next((line.text for line in reversed(lines[:index]) if line.text), "")
    return len(text) < 40 and parse_uk_date(text) is not None and bool(MEETING_LINE_RE.match(above))


def sub_layout(layout: Layout, start: int, end: int) -> Layout:
    """Lines [start, end) as a layout of their own, offsets counted from their first line."""
    lines = layout.lines[start:end]
    while lines and not lines[-1].text:
        lines = lines[:-1]
    while lines and not lines[0].text:
        lines = lines[1:]
    if not lines:
        return Layout("", ())
    base = lines[0].start
    rebased = tuple(Line(line.text, line.start - base, line.page) for line in lines)
    breaks = tuple(b - start for b in layout.breaks if start < b < end)
    return Layout(layout.text[base : lines[-1].end], rebased, breaks)


def split_layout(layout: Layout) -> list[Layout]:
    """One layout per record in `layout` (usually just `layout` itself)."""
    starts = record_starts(layout, split_sections(layout.lines).parts)
    if len(starts) == 1:
        return [layout]
    ends = [*starts[1:], len(layout.lines)]
    return [sub_layout(layout, a, b) for a, b in zip(starts, ends, strict=True)]
