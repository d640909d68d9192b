"""More than one record in one input: find where each starts, so records are never merged.

A record's own structure, recurring after its decision, starts the next record:

- its title section again: "1. Title of Item/Report" after "2. Record of the Decision" (two
  proformas in one text dump), or another title heading standing alone after its decision;
- the labels that opened it, over a decision of their own: a second listing entry's
  "Decision Maker:" then "Decision published:" after the first entry's "Decision:";
- in minutes, a numbered minute heading after the minute whose RESOLVED block was the last
  decision, over a RESOLVED block of its own ("46. Leisure Centre Contract" ... "RESOLVED –
  That ..." after "45. Highways Capital Programme 2024/25" ... "RESOLVED that ...").

A record begins at its minute heading; else at the form feed before it; else at the dated
listing line above its labels; else at the first of the header lines just above it (banner,
"CABINET DECISION", "PROFORMA", "Cabinet Meeting 17th March 2022"), with the title paragraph
over its labels where its title is no labelled section ("Decision details" / "Extension of
the Home Care Framework" / "Decision Maker: ..."). Records cut from minutes are each read
under the meeting's header (council, body, "Minutes of the meeting held on ...").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..wording.acts import worded_as_act
from ..wording.banners import DATED_TITLE_RE, MEETING_LINE_RE, banner_match
from ..wording.dates import find_first_date, only_a_date, parse_uk_date
from ..wording.numbering import read_marker
from ..wording.vocabulary import doc_type_match, is_chrome
from .headings import minute_heading, minute_number, opens_minute, read_minute
from .leadins import LeadIn, read_lead_in
from .normalise import Layout, Line
from .sections import Part, Split, split_known, split_sections

# "PROFORMA" on a line of its own, under "CABINET DECISION".
_PROFORMA_RE = regex.compile(r"(?i)^proforma$")
# A title wraps over a line or two ("Riverside Quarter Cycle and Walking Route - Detailed
# Design and" / "Consultation"); a paragraph of more lines is prose.
_MAX_TITLE_LINES = 3


class Cuts(NamedTuple):
    """Where each record of an input starts, as line indices ([0] for one record). (A
    NamedTuple: one is made per parse.)"""

    starts: tuple[int, ...]
    shared: int = 0
    """Lines [0, shared) are the meeting's header, which every record cut from minutes is
    read under (0: none)."""
    footer: int | None = None
    """Lines [footer, end) are the meeting's footer below its last minute, which every
    record cut from minutes is read with (None: none)."""


@dataclass(frozen=True, slots=True)
class _Label:
    """A record-level label: a field heading ("Decision:") or a fact ("Decision Maker: X")."""

    name: str
    line: int
    end: int
    """Index after the label's lines (a fact's value may wrap onto the lines below)."""
    part: Part | None = None
    """The field part it heads; None for a fact."""


class _Minute(NamedTuple):
    """A line numbered like a minute heading."""

    line: int
    number: int
    business: bool
    """Not a procedural minute ("23. Declarations of Interest", "112. MINUTES")."""


def record_starts(layout: Layout, split: Split) -> list[int]:
    """Line indices where records start: [0] for one record, [0, n, ...] for several."""
    return list(find_cuts(layout, split).starts)


def find_cuts(layout: Layout, split: Split) -> Cuts:
    """Where the records of `layout` start, and the meeting header minutes' records share.
    Minutes are cut at their items only: the "REASONS FOR DECISION –" and "OTHER OPTIONS
    CONSIDERED AND REJECTED –" labels under each item's RESOLVED block recur too, below the
    item's start."""
    by_minute, shared = _minute_records(layout, split)
    if by_minute:
        return Cuts((0, *by_minute), shared, _shared_footer(layout, split, by_minute[-1]))
    restated = _restated_starts(layout, split)
    return Cuts((0, *(restated or _listing_entries(layout))))


def _listing_entries(layout: Layout) -> list[int]:
    """The listing entries after the first: a decision listing opens each entry with its
    dated line ("25/06/2025 - Kentish Town Road - Experimental Traffic Order ref: 6171
    For Determination"), whatever labels follow it, or however few (a page cut mid-entry)."""
    entries = [
        index
        for index, line in enumerate(layout.lines)
        if line.text[:1].isdigit() and "ref:" in line.text and _is_listing_entry(line.text)
    ]
    return entries[1:]


def _is_listing_entry(text: str) -> bool:
    found = DATED_TITLE_RE.match(text)
    return found is not None and found.group("ref") is not None


def _restated_starts(layout: Layout, split: Split) -> list[int]:
    """Records started by their title section or their opening labels, recurring."""
    if not _repeats_a_label(split):  # most records: no label twice, so none recurs
        return []
    labels = _labels(split)
    starts: list[int] = []
    first, decided = 0, 0  # the current record's first label; the end of its last decision
    seen: dict[str, int] = {}  # each label name's first place in the current record
    for index, label in enumerate(labels):
        earlier = seen.get(label.name)
        if index > first and (
            (decided and "title" in seen and _is_record_title(label))
            or (earlier is not None and _restates_opening(layout, split, labels, earlier, index))
        ):
            opener = _first_of_run(layout, labels, first, index)
            least = starts[-1] + 1 if starts else 1
            floor = _floor(split, labels[opener].line, least)
            starts.append(_record_start(layout, labels[opener], floor, max(decided, least)))
            first, decided, seen = opener, 0, {}
            for before in range(opener, index):
                seen.setdefault(labels[before].name, before)
        seen.setdefault(label.name, index)
        decided = label.end if label.name == "decision" else decided
    return starts


def _repeats_a_label(split: Split) -> bool:
    """Some field heading or fact name stands twice (no record restates itself without)."""
    names: set[str] = set()
    for part in split.parts:
        heading = part.heading
        if heading is not None and heading.kind == "field":
            if heading.name in names:
                return True
            names.add(heading.name)
    count = len(names) + len(split.facts)
    names.update(fact.name for fact in split.facts)
    return len(names) < count


def _labels(split: Split) -> list[_Label]:
    labels = [
        _Label(part.heading.name, part.line, part.line + 1, part)
        for part in split.parts
        if part.heading is not None and part.heading.kind == "field"
    ]
    labels += [_Label(fact.name, fact.line, max(fact.end, fact.line + 1)) for fact in split.facts]
    return sorted(labels, key=lambda label: label.line)


def _first_of_run(layout: Layout, labels: list[_Label], first: int, index: int) -> int:
    """The first of the facts standing together above labels[index], blank lines at most
    between them: "Decision Maker: Executive" and "Made at meeting: ..." above a restated
    "Decision published:" open the entry with it, though the entry before had no "Made at
    meeting:"; "Cabinet Decision: 20th May 2010" heads the "Title of Item/Report" under it.
    (Never the current record's own first label.)"""
    while index - 1 > first:
        above = labels[index - 1]
        gap = layout.lines[above.end : labels[index].line]
        if above.part is not None or any(line.text for line in gap):
            break
        index -= 1
    return index


def _is_record_title(label: _Label) -> bool:
    """A numbered "1." title heading, or a title heading on a line of its own. A label with
    its value on the line ("Title of the scheme: Opening Hours 2025") inside a decision
    names a thing the decision is about, not a second record."""
    heading = label.part.heading if label.part is not None else None
    if heading is None or heading.name != "title":
        return False
    if heading.number == 1:
        return True
    return not heading.value and "title" in heading.label.lower()


def _restates_opening(
    layout: Layout, split: Split, labels: list[_Label], earlier: int, index: int
) -> bool:
    """labels[index] restates the labels that opened a record at labels[earlier]: the same
    label, then one that followed it there before the decision heading, as a second listing
    entry's "Decision Maker:" then "Decision published:" do ("Made at meeting:" may be in
    one entry and not the next); or a title label, then a decision heading. Both the record
    and the restatement must state a decision: "Decision maker:" and "Date of decision:"
    again in a sign-off box at the foot of one record state none. (A decision heading never
    opens a record: a listing page's own "Decisions" heading stands over all its entries.)"""
    name = labels[index].name
    if name == "decision" or index + 1 >= len(labels):
        return False
    following = labels[index + 1].name
    opening = _names_before_decision(labels[earlier + 1 : index])
    if following not in opening and (name, following) != ("title", "decision"):
        return False
    again = next((lb.line for lb in labels[index + 1 :] if lb.name == name), len(layout.lines))
    start = labels[earlier].line
    return _states_decision(layout, split, start, labels[index].line) and _states_decision(
        layout, split, labels[index].line, again
    )


def _names_before_decision(labels: list[_Label]) -> set[str]:
    """The names of `labels` before the first decision heading among them."""
    names: set[str] = set()
    for label in labels:
        if label.name == "decision":
            break
        names.add(label.name)
    return names


def _states_decision(layout: Layout, split: Split, start: int, end: int) -> bool:
    """Lines [start, end) state a decision: a decision heading, or (where a listing's render
    dropped the "Decision:" label) a loose line that opens with a lead-in ("RESOLVED that")
    or is worded as an act ("To approve the hire of the bandstand ...")."""
    for part in split.parts:
        if not start <= part.line < end:
            continue
        heading = part.heading
        if heading is None:
            body = layout.lines[part.body_start : part.body_end]
            if any(line.text and _opens_decision(line.text) for line in body):
                return True
        elif heading.kind == "field" and heading.name == "decision":
            return True
    return False


def _opens_decision(text: str) -> bool:
    """ "RESOLVED that ...", "To approve ...", "(ii) that the Council ratifies ...", "1) The
    outturn be endorsed.": a lead-in, or an act or resolution, in a list item or not."""
    if read_lead_in(text) is not None:
        return True
    marker = read_marker(text)
    clause = marker.rest if marker is not None else text
    return bool(clause) and worded_as_act(clause[0].upper() + clause[1:])


def _floor(split: Split, line: int, minimum: int) -> int:
    """The first line that may belong to a record whose label stands at `line`: the line
    after the last heading or label above it ("Lead officer: Rhona Tate" ends the entry
    before)."""
    floor = minimum
    for part in split.parts:
        if part.heading is not None and floor <= part.line < line:
            floor = part.line + 1
    for fact in split.facts:
        if fact.line < line:
            floor = max(floor, fact.end if fact.end > fact.line else fact.line + 1)
    return floor


def _record_start(layout: Layout, label: _Label, floor: int, after_decision: int) -> int:
    """The first line of the record whose opening label stands at `label.line`: no higher
    than `floor` (the line after the last heading or label above), but for the listing
    line heading it, which may stand over a section of its own ("16/04/2025 - Title ref:
    3121" / "The reasons for the decision are:" / "Decision Maker: ..."), anywhere after
    the previous record's decision."""
    line = label.line
    breaks = [b for b in layout.breaks if floor <= b <= line]
    if breaks:
        return breaks[-1]
    listed = _listing_line_above(layout, line, after_decision)
    if listed is not None:
        return _header_above(layout, listed, floor)
    start = _header_above(layout, line, floor)
    if label.name != "title" and start == line:
        # An entry whose title is no labelled section prints it over its labels (under
        # the page's own heading, "Decision details", where there is one).
        title = _title_above(layout, start, floor)
        if title is not None:
            start = _header_above(layout, title, floor)
    return start


def _listing_line_above(layout: Layout, line: int, floor: int) -> int | None:
    """The dated title line of the listing entry whose labels start at `line` ("16/04/2025
    - Extension of the Home Care Framework ref: 3121  Recommendations Approved"), perhaps
    with a summary paragraph between."""
    lines = layout.lines
    for index in range(line - 1, floor - 1, -1):
        text = lines[index].text
        if text[:1].isdigit() and DATED_TITLE_RE.match(text):
            return index
    return None


def _header_above(layout: Layout, line: int, floor: int) -> int:
    """The first of the header lines just above `line` (no higher than `floor`)."""
    lines = layout.lines
    start = line
    while start - 1 >= floor and _is_header_line(lines, start - 1):
        start -= 1
    while start < line and not lines[start].text:
        start += 1
    return start


def _title_above(layout: Layout, line: int, floor: int) -> int | None:
    """The first line of the paragraph above `line` if it reads as a title: a few lines,
    not ending a sentence, not only a date (the previous record's sign-off: "Proper
    Officer" / "17 March 2025")."""
    lines = layout.lines
    index = line - 1
    while index >= floor and not lines[index].text:
        index -= 1
    if index < floor:
        return None
    last = index
    while index - 1 >= floor and lines[index - 1].text:
        index -= 1
    if last - index >= _MAX_TITLE_LINES or lines[last].text.endswith((".", ";", ":")):
        return None  # prose (the previous record's last paragraph), not a title
    if index == last and only_a_date(lines[index].text):
        return None
    return index


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


def _minutes(layout: Layout, split: Split) -> list[_Minute]:
    """The lines numbered like minute headings, in order ("45. Highways Capital Programme
    2024/25"; an item of a resolution, "1. Approve the revised hours.", is none), each
    taken for a business minute unless it heads a section ("3. Reasons for the Decision":
    a procedural one, known without reading it again; `_business` looks closer at the
    rest). Empty unless two could be business minutes (most records: none is)."""
    lines = layout.lines
    # (a blank line, one in three, opens nothing: passed over without the call)
    numbered = [index for index, line in enumerate(lines) if line.text and opens_minute(line.text)]
    if len(numbered) < 2:
        return []
    headed = {part.line for part in split.parts if part.heading is not None}
    read: dict[int, tuple[int, str]] = {}
    for index in numbered:
        if index not in headed and (minute := read_minute(lines[index].text)) is not None:
            read[index] = minute
    if len(read) < 2:
        return []
    found: list[_Minute] = []
    for index in numbered:
        if index in read:
            found.append(_Minute(index, read[index][0], business=True))
        elif index in headed:
            number = minute_number(lines[index].text)
            if number is not None:
                found.append(_Minute(index, number, business=False))
    return found


def _dated(layout: Layout, minute: _Minute) -> bool:
    """A date line read as a minute heading: "11 March 2025 at 6.30 pm" looks like minute
    11, "March 2025 at 6.30 pm"."""
    date = find_first_date(layout.lines[minute.line].text)
    return date is not None and date.start == 0


def _business(layout: Layout, minute: _Minute) -> _Minute:
    """`minute`, a business one only if its heading names no section ("23. Declarations of
    Interest" is a procedural one)."""
    if not minute.business:
        return minute
    return minute._replace(business=bool(minute_heading(layout.lines[minute.line].text)))


def _minute_records(layout: Layout, split: Split) -> tuple[list[int], int]:
    """Where business minutes start records, and the end of the meeting's header above the
    first minute (0 when no minute starts a record, or when those lines state a decision:
    a slice that opens mid-minute has no header of its own to share)."""
    minutes = _minutes(layout, split)
    if not minutes:  # most records: no minutes at all
        return [], 0
    minutes = [_business(layout, minute) for minute in minutes if not _dated(layout, minute)]
    if sum(minute.business for minute in minutes) < 2:
        return [], 0
    decided = _decision_lines(layout, split)
    starts = _minute_starts(minutes, decided, len(layout.lines))
    if not starts or any(i < minutes[0].line for i in decided):
        return starts, 0
    return starts, minutes[0].line


def _minute_starts(minutes: list[_Minute], decided: list[int], count: int) -> list[int]:
    """Business minutes with a RESOLVED block of their own, after the one that held the
    record's decision and numbered after it (an item of the resolution numbered "2." is
    no new minute)."""
    starts: list[int] = []
    holding: int | None = None
    for position, minute in enumerate(minutes):
        end = minutes[position + 1].line if position + 1 < len(minutes) else count
        if not minute.business or not any(minute.line <= i < end for i in decided):
            continue
        if holding is not None and minute.number > holding:
            starts.append(minute.line)
        holding = max(holding or 0, minute.number)
    return starts


# The statements a meeting's footer may hold, for every minute above it.
_FOOTER_FIELDS = frozenset({"call_in", "published_on", "effective_from", "call_in_flag"})
_MAX_FOOTER_LINES = 6


def _shared_footer(layout: Layout, split: Split, last: int) -> int | None:
    """Where the meeting's footer starts below its last minute (from line `last`): the
    minutes' own statements, last on the page and nowhere above it ("Date of publication:
    17 October 2013" / "Call-in: The above decisions may not be implemented until ..."),
    which hold for every minute on the page, not the last one only."""
    labels = sorted(
        [(fact.line, fact.name) for fact in split.facts]
        + [(part.line, part.heading.name) for part in split.parts if part.heading]
    )
    tail = len(labels)
    # (not a label every minute prints: "Eligible for call-in - No" over "Date of publication
    # of these minutes: ...", the last minute's own flag, and the footer under it)
    while (
        tail > 0
        and labels[tail - 1][1] in _FOOTER_FIELDS
        and all(name != labels[tail - 1][1] for _, name in labels[: tail - 1])
    ):
        tail -= 1
    if tail == len(labels):  # most minutes: their last label is no footer's
        return _footer_after_close(layout.lines, last)
    start = labels[tail][0]
    lines = layout.lines
    if start <= last:
        return None
    if lines[start - 1].text and not _page_mark_apart(lines, start - 1):
        if labels[tail - 1][0] == start - 1 or not _running_footer_apart(lines, start - 1):
            return None  # (a footer stands apart, below the last minute's own lines)
        start -= 1
    if sum(1 for line in lines[start:] if line.text) > _MAX_FOOTER_LINES:
        return None
    footer_names = {name for _, name in labels[tail:]}
    if any(name in footer_names for _, name in labels[:tail]):
        return None  # each minute states its own: none is the page's
    return start


# The line that ends a meeting's minutes ("The meeting closed at 3.10 p.m.", "Meeting ended
# at 7.45pm"), and what a statement below it says of every decision above: "The decisions
# recorded in these minutes will come into effect on ... The last day for call-in is ...".
_MEETING_CLOSED_RE = regex.compile(
    r"(?i)^(?:the )?meeting (?:closed|ended|finished|concluded|terminated)\b"
)
_FOOTER_STATEMENT_RE = regex.compile(
    r"(?i)\bcall(?:ed)?[- ]?in\b|\b(?:come|comes|came) into (?:effect|force)\b"
    r"|\btakes? effect\b|\bbe implemented\b"
)


def _footer_after_close(lines: tuple[Line, ...], last: int) -> int | None:
    """Where the minutes' footer starts: the first line with text under the line that
    closes the meeting (below the last minute's start, `last`), where what follows is short
    and says when the decisions take effect or may be called in."""
    closed = next(
        (i for i in range(len(lines) - 1, last, -1) if _MEETING_CLOSED_RE.match(lines[i].text)),
        None,
    )
    if closed is None:
        return _last_paragraph_for_all(lines, last)
    start = next((i for i in range(closed + 1, len(lines)) if lines[i].text), None)
    rest = [line.text for line in lines[closed + 1 :] if line.text]
    if start is None or len(rest) > _MAX_FOOTER_LINES:
        return None
    return start if any(_FOOTER_STATEMENT_RE.search(text) for text in rest) else None


# A statement that speaks for the whole set of minutes: "THIS SET OF MINUTES IS NOT SUBJECT
# TO "CALL-IN" UNTIL PUBLISHED ON ...", "The decisions recorded in these minutes ...".
_FOR_ALL_MINUTES_RE = regex.compile(
    r"(?i)\b(?:these|this set of|the above) (?:minutes|decisions)\b"
)


def _last_paragraph_for_all(lines: tuple[Line, ...], last: int) -> int | None:
    """Where the minutes' last paragraph starts (a page's mark under it aside: "- 47 -"),
    when it speaks for every minute above it and says when they may be called in or take
    effect; None otherwise."""
    end = len(lines)
    while end > last and (not lines[end - 1].text or _page_mark_apart(lines, end - 1)):
        end -= 1
    start = end
    while start > last + 1 and lines[start - 1].text:
        start -= 1
    if start <= last + 1 or end - start > _MAX_FOOTER_LINES:
        return None
    said = " ".join(line.text for line in lines[start:end])
    if _FOR_ALL_MINUTES_RE.search(said) and _FOOTER_STATEMENT_RE.search(said):
        return start
    return None


def _page_mark_apart(lines: tuple[Line, ...], index: int) -> bool:
    """Line `index` is a page's mark alone, a blank line above it: "EX.80", "- 47 -", the
    page's reference printed over the minutes' footer (which stands apart all the same)."""
    text = lines[index].text.strip(" -")
    return (
        index > 0
        and not lines[index - 1].text
        and 0 < len(text) <= _MAX_PAGE_MARK_CHARS
        and " " not in text
        and any(c.isdigit() for c in text)
    )


_MAX_PAGE_MARK_CHARS = 12


def _running_footer_apart(lines: tuple[Line, ...], index: int) -> bool:
    """Line `index` is a page's running footer over the minutes' statements, a blank line
    above it: "North Hertfordshire Council        Cabinet (14.10.25)" over "Date of
    Publication: ..." (a name and the meeting, no sentence: it ends in no stop or colon)."""
    text = lines[index].text
    return (
        index > 0
        and not lines[index - 1].text
        and text[-1:] not in (".", ":", ";", ",")
        and len(text) <= _MAX_RUNNING_FOOTER_CHARS
    )


_MAX_RUNNING_FOOTER_CHARS = 100


def _decision_lines(layout: Layout, split: Split) -> list[int]:
    """Lines that open a decision in minutes: a lead-in ("RESOLVED – That ...") or a
    decision heading."""
    headed = {
        part.line
        for part in split.parts
        if part.heading is not None and part.heading.kind == "field"
        if part.heading.name == "decision"
    }
    return [
        index
        for index, line in enumerate(layout.lines)
        if index in headed or (line.text and read_lead_in(line.text) is not None)
    ]


def sub_layout(layout: Layout, start: int, end: int) -> Layout:
    """Lines [start, end) as a layout of their own, offsets counted from their first line."""
    first, last = _kept(layout, start, end)
    return _rebased(layout, start, end, first, last)


def _kept(layout: Layout, start: int, end: int) -> tuple[int, int]:
    """The lines of [start, end) a record keeps: all but the blank ones at either end."""
    lines = layout.lines
    end = min(end, len(lines))
    while end > start and not lines[end - 1].text:
        end -= 1
    while start < end and not lines[start].text:
        start += 1
    return start, end


def _rebased(layout: Layout, start: int, end: int, first: int, last: int) -> Layout:
    """Lines [first, last) as a layout of their own (the form feeds of [start, end) kept)."""
    lines = layout.lines[first:last]
    if not lines:
        return Layout("", ())
    base = lines[0].start
    rebased = tuple(Line(line.text, line.start - base, line.page) for line in lines)
    breaks = tuple(b - start for b in layout.breaks if start < b < end)
    return Layout(layout.text[base : lines[-1].end], rebased, breaks)


def under_header(header: Layout, record: Layout) -> Layout:
    """`record` read under `header`, a blank line between: a minute under its meeting's
    header lines, so it keeps the meeting's council, body and date."""
    if not header.lines:
        return record
    base = len(header.text) + 2
    blank = Line("", len(header.text) + 1)
    moved = tuple(Line(line.text, line.start + base, line.page) for line in record.lines)
    breaks = (*header.breaks, *(b + len(header.lines) + 1 for b in record.breaks))
    return Layout(f"{header.text}\n\n{record.text}", (*header.lines, blank, *moved), breaks)


class Record(NamedTuple):
    """One record of an input: its lines as a layout of their own, and their sections."""

    layout: Layout
    split: Split


def split_records(layout: Layout, split: Split | None = None) -> list[Record]:
    """Each record in `layout` (usually just `layout` itself), with its sections: the input
    is split into sections once (`split`, where the caller has it), and each record's are
    cut from those (`sections.split_known`), not found again."""
    split = split_sections(layout.lines) if split is None else split
    cuts = find_cuts(layout, split)
    if len(cuts.starts) == 1:
        return [Record(layout, split)]
    ends = [*cuts.starts[1:], len(layout.lines)]
    header = _Piece.cut(layout, 0, cuts.shared) if cuts.shared else None
    footer = _Piece.cut(layout, cuts.footer, len(layout.lines)) if cuts.footer else None
    records: list[Record] = []
    for position, (start, end) in enumerate(zip(cuts.starts, ends, strict=True)):
        piece = _Piece.cut(layout, start, end)
        if header is not None and position > 0:
            piece = header.over(piece)
        if footer is not None and position < len(ends) - 1:
            piece = piece.over(footer)
        records.append(Record(piece.layout, split_known(piece.layout.lines, piece.origin, split)))
    return records


def first_record(
    layout: Layout,
    split: Split,
    cuts: Cuts,
    lead_in_of: Callable[[str], LeadIn | None] = read_lead_in,
) -> Record:
    """The input's first record, as `cuts` (several) part it, its sections cut from `split`
    (`lead_in_of` reads the lead-ins of the few lines looked at again): lines [0, the next
    record's start), and the meeting's footer below the last record, where it has one."""
    piece = _Piece.cut(layout, 0, cuts.starts[1])
    if cuts.footer is not None:
        piece = piece.over(_Piece.cut(layout, cuts.footer, len(layout.lines)))
    return Record(piece.layout, split_known(piece.layout.lines, piece.origin, split, lead_in_of))


class _Piece(NamedTuple):
    """A record's layout, and where each of its lines stood in the input (None for the
    blank line put between a minute and its meeting's header)."""

    layout: Layout
    origin: tuple[int | None, ...]

    @staticmethod
    def cut(layout: Layout, start: int, end: int) -> _Piece:
        first, last = _kept(layout, start, end)
        return _Piece(_rebased(layout, start, end, first, last), tuple(range(first, last)))

    def over(self, record: _Piece) -> _Piece:
        """`record` read under this piece (`under_header`): a minute under its meeting's
        header, or the meeting's footer under a minute."""
        if not self.layout.lines:
            return record
        return _Piece(
            under_header(self.layout, record.layout), (*self.origin, None, *record.origin)
        )
