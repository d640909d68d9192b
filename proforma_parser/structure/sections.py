"""Split the clean lines into sections: headings as data, numbered or not.

The result is a list of parts in document order: each is a heading with its body lines, or
a loose run of lines under no heading (the preamble, or text after a label line). Label
lines ("Decision Maker: Cabinet") become facts, not sections.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from ..wording.banners import listing_entry, opens_with_listing_date
from ..wording.dates import DateMatch, find_first_date, find_value_date, only_a_date
from ..wording.documents import doc_type_after_office, doc_type_match, is_chrome
from ..wording.headings import HEADING_WORDS
from ..wording.leadins import CAPS_WORDS
from ..wording.numbering import BULLET_RE, read_marker
from ..wording.offices import PERSON_TITLE_RE
from ..wording.vocabulary import BODY_RE, MID_PHRASE_WORDS, RUN_ON_WORDS, runs_on_from
from .headings import (
    LOWER_LABELS,
    NIL_DASH,
    Heading,
    HeadingKind,
    classify,
    ends_wrapped_label,
    known_label,
    match_heading,
    match_number_alone,
    match_unknown_heading,
    opens_minute,
    read_minute,
)
from .leadins import LeadIn, read_lead_in
from .normalise import Line, is_signature_label


class Part(NamedTuple):
    """A heading and its body (lines[body_start:body_end]), or loose lines (heading None).
    (Parts, facts and headings are NamedTuples, made by the dozen per record: a frozen
    dataclass sets each field through `object.__setattr__`, twice the cost.)"""

    heading: Heading | None
    line: int
    """Index of the heading line (of the first line, for loose parts)."""
    body_start: int
    body_end: int


class Fact(NamedTuple):
    """A labelled value: "Decision Maker: Cabinet" gives Fact("decision_maker", "Cabinet")."""

    name: str
    label: str
    value: str
    line: int
    end: int = -1
    """Index after the last line the value took (it may wrap onto the lines below)."""
    date: DateMatch | None = None
    """For a date label, the date its value was read as (read once, here)."""


# A heading found at a line: (heading, its line, the first line of its body); the line is
# not always the one looked at ("1." alone on a line, "Title of Item/Report" on the next).
_HeadingAt = tuple[Heading, int, int]
_Found = Sequence[_HeadingAt | None]


@dataclass(frozen=True, slots=True)
class Split:
    parts: tuple[Part, ...]
    facts: tuple[Fact, ...]
    found: tuple[_HeadingAt | None, ...] = ()
    """The heading found at each line (None at most): what the parts were cut by, kept so
    that the records cut from these lines are cut by it too (`split_known`)."""


def split_sections(
    lines: tuple[Line, ...], lead_in_of: Callable[[str], LeadIn | None] = read_lead_in
) -> Split:
    """Find every heading and label in `lines` and cut the text into parts; `lead_in_of`
    reads a line's lead-in (the record's memo of `read_lead_in`, which the resolutions
    consult for the same lines)."""
    # Whether a heading starts at a line depends on the lines alone, not on the parts cut
    # so far: each line is looked at once, up front.
    # A blank line (one in three) starts no heading: it is passed over without the call.
    found = [
        _heading_at(lines, index, lead_in_of) if line.text else None
        for index, line in enumerate(lines)
    ]
    return _split(lines, found)


def split_known(
    lines: tuple[Line, ...],
    origin: Sequence[int | None],
    known: Split,
    lead_in_of: Callable[[str], LeadIn | None] = read_lead_in,
) -> Split:
    """The sections of `lines`, a record cut from lines already split (`known`):
    `origin[i]` is the index there of lines[i] (None for a line the cut put in: the blank
    between a minute and its meeting's header). A line's heading depends on the line, the
    one above ("... between Reepham and" / "Themelthorpe, subject to:") and those below up
    to the next with text ("1." / "Title of Item/Report"), so each line keeps the heading
    found there, moved to the record's numbering, unless those neighbours are not the same
    here: the first line of a run of lines taken together, and its last with text. Only
    those few are looked at again; the record's lines are not classified twice."""
    count = len(lines)
    found: list[_HeadingAt | None] = [None] * count
    run_start = 0
    for index in range(count + 1):
        if index == count or (index > run_start and not _follows(origin, index)):
            _take_run(lines, origin, known.found, run_start, index, found, lead_in_of)
            run_start = index
    return _split(lines, found)


def _follows(origin: Sequence[int | None], index: int) -> bool:
    """lines[index] came straight after lines[index - 1] where both were split."""
    here, above = origin[index], origin[index - 1]
    return here is not None and above is not None and here == above + 1


def _take_run(
    lines: tuple[Line, ...],
    origin: Sequence[int | None],
    known: _Found,
    start: int,
    end: int,
    found: list[_HeadingAt | None],
    lead_in_of: Callable[[str], LeadIn | None],
) -> None:
    """Fill found[start:end], a run of lines that stood together where they were split."""
    last_text = next((i for i in range(end - 1, start - 1, -1) if lines[i].text), start)
    for index in range(start, end):
        if not lines[index].text:
            continue
        at = origin[index]
        if index == start or index >= last_text or at is None:
            found[index] = _heading_at(lines, index, lead_in_of)
            continue
        here = known[at]
        if here is not None:
            heading, line, after = here
            shift = index - at
            found[index] = heading, line + shift, after + shift


def _split(lines: tuple[Line, ...], found: _Found) -> Split:
    parts: list[Part] = []
    facts: list[Fact] = []
    index, loose_from, count = 0, 0, len(lines)
    while index < count:
        here = found[index]
        if here is None:
            index += 1
            continue
        heading, heading_line, after = here
        _close_loose(parts, loose_from, index)
        signed = _signed_beside_date(lines, heading, after) if heading.name == "sign_off" else None
        if signed is not None:
            # "Signature:          Date:" over "[signed]          19/11/2024": the date the
            # sign-off's second label names, under it
            facts.append(signed)
            index = loose_from = signed.end
            continue
        if heading.kind == "meta":
            fact, after = _read_fact(lines, found, heading, heading_line, after)
            if fact is not None:
                facts.append(fact)
                index = loose_from = after
                continue
            if "decision" not in heading.label.lower():
                loose_from, index = index, index + 1  # "Date" over no date: plain text
                continue
            heading = heading._replace(kind="field", name="decision")
        index = after
        number = (
            heading.number if heading.number is not None else _minute_number(lines, heading_line)
        )
        reference = _reference(lines[heading_line].text) if number is not None else ()
        # A section of what surrounds the decision ends where a resolution's lead-in in
        # capitals opens its list: "Reasons" / "The amended design responds ..." /
        # "RESOLVED that:" / "a) the amended design ... be approved;" in minutes
        surrounds = heading.kind == "field" and heading.name in _SURROUNDING_FIELDS
        item = 0  # the last number of a list inside the section ("1. Approves ...")
        dated = _dated_call_in(heading, lines, index)
        report_section = 0  # the report's section its paragraphs are numbered in ("4.1 ...")
        while index < count and found[index] is None:
            text = lines[index].text
            if text[:1].isdigit() and number is None:
                if not report_section and index == _next_text(lines, after):
                    report_section = _paragraph_section(text)
                elif report_section and _next_report_section(text, report_section):
                    # "Conflicts of interest" / "4.1 The officers ... have no interests to
                    # declare." / "5. Financial comments": the report's next section
                    break
            if not text:  # (a blank line is no minute's heading)
                if heading.run_in:
                    break
                # (the label's own value, a paragraph apart in a rendering, is the row's)
                if dated and index > after and _header_line_below(lines, index):
                    heading = heading._replace(run_in=True)
                    break
            elif (
                number is not None
                and _next_minute(text, number, reference)
                and not _next_item(text, item)
            ) or (
                surrounds
                and (
                    (text[:1].isupper() and _opens_decisions(text))
                    or (text[-1:] == "." and _ITEM_NUMBER_LINE_RE.fullmatch(text) is not None)
                )
            ):
                break
            if text[:1].isdigit():
                item = _item_number(text) or item
            index += 1
        parts.append(Part(heading, heading_line, after, index))
        loose_from = index
    _close_loose(parts, loose_from, count)
    return Split(_tidy(parts, lines), tuple(facts), tuple(found))


def _dated_call_in(heading: Heading, lines: tuple[Line, ...], body: int) -> bool:
    """A call-in label with its date on its line or the next, a record's header row: its
    section is that paragraph, and the lines under it are the header's ("LAST DATE FOR CALL
    IN OF ELIGIBLE DECISIONS: 5.00 P.M., FRIDAY, 28TH MARCH 2025" over "EXECUTIVE BOARD" /
    "WEDNESDAY, 19TH MARCH, 2025", the meeting's date)."""
    if heading.name != "call_in" or heading.kind != "field":
        return False
    below = _next_text(lines, body)  # (a paragraph apart, in a rendering)
    statement = heading.value or (
        lines[below].text if below is not None and below - body <= 1 else ""
    )
    return bool(statement) and find_first_date(statement) is not None


# The most words of a header's line under a dated call-in row: "EXECUTIVE BOARD".
_MAX_HEADER_LINE_WORDS = 6
_MAX_TITLE_LINE_WORDS = 14


def _next_line_text(lines: tuple[Line, ...], index: int) -> str:
    """The text of the line after `index` ("" at the end or on a blank line)."""
    return lines[index + 1].text if index + 1 < len(lines) else ""


def _header_line_below(lines: tuple[Line, ...], blank: int) -> bool:
    """The next line with text after `blank` is a short line of a header (a body's name, a
    date), not more of the call-in statement: no sentence ("This decision may be called in
    until 5.00pm on 1 July 2021.", a bilingual statement's English half) and no note on
    it ("Notes: Any call-in must be received by ...")."""
    below = _next_text(lines, blank)
    if below is None:
        return False
    text = lines[below].text
    # (or a heading in capitals however long: "EXTRACT FROM THE MINUTES OF THE CABINET
    # MEETING HELD IN THE COUNCIL" / "CHAMBER, ... ON MONDAY, 4 MARCH 2024 AT 1.00 PM")
    # (or a title under the statement's last sentence, a paragraph of its own: "... unless
    # they are called in." / "" / "Ealing Local Plan - Inspector's Proposed Main
    # Modifications" / "")
    titled = (
        lines[blank - 1].text.endswith(".")
        and len(text.split()) <= _MAX_TITLE_LINE_WORDS
        and not _next_line_text(lines, below)
    )
    return (
        (len(text.split()) <= _MAX_HEADER_LINE_WORDS or text.isupper() or titled)
        and not text.endswith((".", ":"))
        and ": " not in text
        and "call" not in text.lower()
    )


_ITEM_NUMBER_RE = regex.compile(r"(\d{1,2})[.)]\s")


def _item_number(text: str) -> int | None:
    found = _ITEM_NUMBER_RE.match(text)
    return int(found.group(1)) if found else None


def _next_item(text: str, item: int) -> bool:
    """ "3. Authorises the Director ..." after the section's own "1." and "2.": the next
    item of its list, not the proforma's next section (section 2, "Record of the
    Decision", holding resolutions 1 to 3 before "3. Reasons for the Decision")."""
    return item > 0 and _item_number(text) == item + 1


# "313." alone on its line: the next agenda item of a ModernGov minutes page, which ends
# the section of the item before ("312." / "Declarations of Interest" / "Minutes:" / "There
# were no declarations of interest made.").
_ITEM_NUMBER_LINE_RE = regex.compile(r"\d{1,4}\.")


# The sections whose text a minute's "RESOLVED that:" ends (a call-in deadline in the
# minutes' header, "Last date for call-in: 5.00 pm, Friday 20 February 2015", is one).
_SURROUNDING_FIELDS = frozenset(
    {"reasons", "alternative_options", "call_in", "conflicts_of_interest", "dispensations"}
)


# A lead-in's verb in capitals after who decided: "Cabinet RESOLVED:".
_SAYS_CAPS_RE = regex.compile(
    r"^[A-Z][a-z]+(?: [A-Za-z]+){0,3} (?:" + "|".join(CAPS_WORDS) + r")\b"
)


def _opens_decisions(text: str) -> bool:
    """Whether `text` is a lead-in in capitals that opens a list ("RESOLVED that:",
    "RECOMMENDED to Council that:-", "Cabinet RESOLVED:"), not a sentence that mentions a
    decision."""
    first = text.split(None, 1)[0].rstrip(":-–,")
    if first not in CAPS_WORDS and _SAYS_CAPS_RE.match(text) is None:
        return False
    lead_in = read_lead_in(text)
    # (or its first item run on after it: "RESOLVED - (1) That the revised charging
    # structure ... be approved", under an "Alternatives considered: ..." paragraph)
    return lead_in is not None and (not lead_in.rest or read_marker(lead_in.rest) is not None)


# How many minutes a slice of minutes may leave out between two it holds.
_MINUTES_LEFT_OUT = 10
_CAPITALS_MINUTE_RE = regex.compile(r"^(\d{1,4})\.?\s+[A-Z][A-Z0-9 ,'’&/()–-]{2,80}$")


def _minute_number(lines: tuple[Line, ...], at: int) -> int | None:
    """ "412. DECLARATIONS OF INTEREST": a minute's own number, where its heading printed one
    (then "413. MINUTES - 4TH FEBRUARY" ends it, though that names no field)."""
    text = lines[at].text
    minute = read_minute(text) if opens_minute(text) else None
    if minute is None and (numbered := _NEXT_NUMBER_RE.match(text)) is not None:
        # "152  Datgan buddiannau personol / Declarations of personal interest": a minute's
        # number past any list's, its heading in no capitals
        found = int(numbered.group(1))
        return found if found >= _MIN_MINUTE_NUMBER else None
    return minute[0] if minute is not None else None


def _reference(text: str) -> tuple[int, ...]:
    """The numbers of a minute's reference, in order: (20, 61) for "C/20/61 Declarations of
    Interest", (18, 25) for "E.18/25 ...", (52,) for "CAB.52 ..."; () for a line that opens
    with its number ("14. ...", numbered alone)."""
    if text[:1].isdigit():
        return ()
    head = text.split(None, 1)[0]
    return tuple(int(part) for part in _DIGITS_RE.findall(head))


_DIGITS_RE = regex.compile(r"\d+")


def _next_minute(text: str, number: int, reference: tuple[int, ...] = ()) -> bool:
    """ "15. Public Participation (10.02 am)" under "14. Declarations of Interest": the next
    minute, which ends the one before even when its heading names no field; `reference` is
    the numbers of the earlier minute's reference, where it has one."""
    if not text[:1].isdigit():  # a call saved per line
        # "CAB.55 Car Park Charging Review" under "CAB.52 Declarations of Interest": a
        # minute's reference numbers only minutes, so any later one is the next ("C/20/62"
        # after "C/20/61": the year, then the minute)
        minute = read_minute(text) if opens_minute(text) else None
        if minute is None:
            return False
        later = _reference(text)
        return later > reference if reference and later else minute[0] > number
    if len(text) <= 5 and text.rstrip(".").isdigit():
        # "3." alone on its line under item "2." of an agenda: the next item's number
        return int(text.rstrip(".")) == number + 1
    ahead = _NEXT_NUMBER_RE.match(text) if number >= _MIN_MINUTE_NUMBER else None
    if ahead is not None and int(ahead.group(1)) == number + 1:
        # "153  To consider the report on the Discretionary Rate Relief Scheme for" under
        # "152  Declarations of personal interest": a minute's number, one on, past any
        # list's (its heading worded as the agenda's purpose)
        return True
    row = _NUMBERED_LABEL_RE.match(text) if text[-1:] == ":" else None
    if row is not None and int(row.group(1)) == number + 1:
        # "3.   Date of report:" under "2.   Subject:": a numbered form's next row, its
        # label one no heading knows
        return True
    # "413. MINUTES – 4TH FEBRUARY 2025" under "412. DECLARATIONS OF INTEREST": a heading in
    # capitals is the next minute though dates make it look untitled, and numbered a few
    # on ("7. NET ZERO CARBON ACTION PLAN" under "5. DECLARATIONS OF PERSONAL INTEREST":
    # a slice of minutes leaves out those between)
    found = _CAPITALS_MINUTE_RE.match(text)
    if found is not None and number < int(found.group(1)) <= number + _MINUTES_LEFT_OUT:
        return True
    # "19. Allotment Rents and Charges 2011/12" under "14. Declarations of Interests" (a
    # slice of minutes leaves out those between): a minute's heading, numbered a few on
    minute = read_minute(text)
    return minute is not None and number < minute[0] <= number + _MINUTES_LEFT_OUT


# A minute's number, then its heading's first word: "153  To consider the report ...".
_NEXT_NUMBER_RE = regex.compile(r"(\d{2,4})\.?\s+\p{Lu}")
# The lowest minute number that no list's item reaches.
_MIN_MINUTE_NUMBER = 30


# A numbered form's row, its label alone on its line: "3.   Date of report:".
_NUMBERED_LABEL_RE = regex.compile(r"(\d{1,2})[.)]?\s+[A-Z][\w ,'’()/&-]{1,60}:")


# A link's file type and size at the end of its line: "(PDF, 214 KB)", "(Word 1.2 MB)".
_LINKED_FILE_RE = regex.compile(r"(?i)\((?:pdf|word|docx?|odt)\b,?\s*\d+(?:\.\d+)?\s*[km]b\)$")


# The shortest line a width wraps: a title's first line is longer than this.
_MIN_WRAPPED_CHARS = 30


def _wraps_line_above(lines: tuple[Line, ...], index: int) -> bool:
    """A one-word line in lower case after its capital ("Report") right under a long line of
    text that ends no sentence and is no heading: that line's wrapped end (or a paragraph
    apart, as a rendering sets each line apart, over the next section's number: "2.")."""
    text = lines[index].text
    apart = index >= 2 and not lines[index - 1].text
    above = lines[index - 2 if apart else index - 1].text if index else ""
    if apart and not _over_a_number(lines, index):
        return False
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return (
        not text.isupper()
        and len(above) >= _MIN_WRAPPED_CHARS
        and not above.isupper()
        and above[-1] not in ".:;,!?"
        and match_heading(above) is None
        # ("Call-in expiry" / "5pm, Wednesday 12 November 2025" / "Subject": a date ends
        # its line; "Decision" over "AGREED:" heads the list that lead-in opens)
        and not only_a_date(above)
        and (apart or not below or read_lead_in(below) is None)
    )


# A report's numbered paragraph ("4.1 The officers ..."), and its next section's heading
# ("5. Financial comments": short, no stop).
_PARAGRAPH_NUMBER_RE = regex.compile(r"(\d{1,2})\.\d{1,2}\s")
_SECTION_HEADING_RE = regex.compile(r"(\d{1,2})\.?\s+\p{Lu}[^.:;]{2,50}")


def _paragraph_section(text: str) -> int:
    """The section a report's numbered paragraph is in (0 for other lines)."""
    found = _PARAGRAPH_NUMBER_RE.match(text)
    return int(found.group(1)) if found else 0


def _next_report_section(text: str, section: int) -> bool:
    found = _SECTION_HEADING_RE.fullmatch(text)
    return found is not None and int(found.group(1)) == section + 1


def _over_a_number(lines: tuple[Line, ...], index: int) -> bool:
    """The next line with text after `index` is a section's number alone ("2.")."""
    below = _next_text(lines, index + 1)
    return below is not None and match_number_alone(lines[below].text) is not None


# A value that is only a dash for none, on a line of its own under its label.
_DASHES_FOR_NONE = frozenset({"-", "–", "—"})


def _close_loose(parts: list[Part], start: int, end: int) -> None:
    if end > start:
        parts.append(Part(None, start, start, end))


def _heading_at(
    lines: tuple[Line, ...],
    index: int,
    lead_in_of: Callable[[str], LeadIn | None] = read_lead_in,
) -> tuple[Heading, int, int] | None:
    """(heading, heading line, first body line) if a heading starts at `index`."""
    text = lines[index].text
    if (
        not text
        or (text[0].islower() and text[1:2] not in (")", ".") and text not in LOWER_LABELS)
        or (len(text) >= _LONG_LINE and _too_long_for_heading(text))
    ):
        return None
    if index == 0 and text.lower() == "decision":
        return None
    number = match_number_alone(text) if text[0].isdigit() else None
    if number is not None:
        nxt = _next_text(lines, index + 1)
        if nxt is None:
            return None
        heading = match_heading(lines[nxt].text)
        if heading is None or heading.kind != "field" or heading.value:
            return None
        return heading._replace(number=number), nxt, nxt + 1
    if (
        index
        and runs_on_from(above := lines[index - 1].text)
        and not above.endswith(NIL_DASH)
        and above not in _DASHES_FOR_NONE
    ):
        # "Themelthorpe, subject to:" under "... between Reepham and" is the end of a
        # wrapped sentence, not a label. (A dash for none, "Dispensation granted: -", ends
        # its line, as does a value that is only a dash: "Dispensations granted" under "-".)
        return None
    if index and ends_wrapped_label(lines[index - 1].text, text):
        return None  # "Officer:" under "... any dispensation granted by the Proper"
    heading = match_heading(text)
    if heading is None and text[-1] in ":-":  # both forms below end in a colon or a dash
        heading = _sentence_heading(text) or _unknown_heading(text, lead_in_of)
    if heading is None and (row := _closed_row(lines, index)) is not None:
        return row
    if heading is None or (
        _standalone(heading) and (_runs_on(lines, index) or _ends_wrapped_line(lines, index))
    ):
        return None
    if heading.name == "reference" and _ends_listing_entry(lines, index):
        return None
    if (
        _standalone(heading)
        and text[-1].isalpha()
        and " " not in text
        and _wraps_line_above(lines, index)
    ):
        # "Pay Policy Statement 2025/26 and Gender Pay Gap" / "Report": a title's last
        # word, wrapped onto a line of its own, no heading
        return None
    if heading.run_in and text[-1:] == ")" and _LINKED_FILE_RE.search(text):
        # "Decision Report - Catering Equipment Maintenance (PDF, 214 KB)": a link to a
        # document among a page's relevant documents, no section
        return None
    if heading.name == "decision_status" and not heading.value and _over_a_number(lines, index):
        # "Coastal Car Parks – Seasonal Charging Trial" / "Outcome" / "" / "2." / "Record of
        # the Decision": a title's wrapped last word over the next section's number
        return None
    if (
        text in _MINUTES_WORDS
        and index + 1 < len(lines)
        and BODY_RE.fullmatch(lines[index + 1].text)
    ):
        return None  # "MINUTES" over "CABINET": the page's title, no heading over a minute
    if heading.kind == "meta" and _bulleted(text):
        # "- Decision Date: Wed 30 Sep 2020" in a list of a planning application's details:
        # a label inside a list item belongs to what the list describes, not to the record.
        return None
    if _is_chrome_heading(text, heading) and not _over_a_lead_in(lines, index, heading, lead_in_of):
        return None
    if (
        heading.name == "decision"
        and heading.value
        and len(heading.value) <= 60
        and only_a_date(heading.value)
    ):
        # "DECISIONS – Monday 27 January 2025": the date the decisions were made
        heading = heading._replace(kind="meta", name="decision_date")
    if index + 1 < len(lines) and ends_wrapped_label(text, lines[index + 1].text):
        return heading, index, index + 2  # the label's wrapped end is no part of its body
    if heading.who and text.isupper() and runs_on_from(text) and index + 1 < len(lines):
        end = lines[index + 1].text
        if end.isupper() and len(end.split()) <= _MAX_WHO_END_WORDS and match_heading(end) is None:
            # "DECISION OF THE EXECUTIVE MEMBER FOR CLIMATE, CONSERVATION AND" /
            # "ENVIRONMENT": who decided, wrapped onto the line under the heading
            return heading._replace(who=f"{heading.who} {end}"), index, index + 2
    return heading, index, index + 1


_MAX_WHO_END_WORDS = 4


# A two-column form whose gap a rendering closed: each row reads "Subject Bus Service
# Improvement Plan Plus – allocation of 2024/25", the label's words then the value's, no
# colon between; a label cut over two rows leaves its end alone below ("Decision taken
# Mayor of South Yorkshire" / "by"). A row is read as "Label: value" only among others so
# read (_MIN_CLOSED_ROWS of them within _CLOSED_ROW_REACH lines): a sentence that opens with
# a label's words ("Decision Makers must consider ...") stands alone.
_MAX_CLOSED_LABEL_WORDS = 6
_MAX_CLOSED_ROW_WORDS = 40
_MAX_LABEL_END_WORDS = 2
_MIN_CLOSED_ROWS = 3
_CLOSED_ROW_REACH = 12
_CLOSED_ROWS_WITHIN = 300


def _closed_row(lines: tuple[Line, ...], index: int) -> _HeadingAt | None:
    """(heading, its line, the first line of its body) where line `index` is a row of a
    form whose gap between label and value a rendering closed (see above)."""
    text = lines[index].text
    if index >= _CLOSED_ROWS_WITHIN:
        # (a form's rows head its record: read so deep into a text, rows of words would
        # be headings by the thousand, "Title of Itemm/Report 2) Recrod ..." repeated)
        return None
    if not text[:1].isupper() or text.split(" ", 1)[0].lower() not in HEADING_WORDS:
        return None  # (most lines: a label's first word is a heading's)
    if index and lines[index - 1].text:
        return None  # (a row opens its paragraph, as a form's cell does)
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    end = below if _label_end_alone(below) else ""
    read = _closed_label(text, end)
    if read is None:
        return None
    heading, used_end = read
    if _dated_known_row(heading):
        # "Date and Time THURSDAY 29 MAY 2025 COMMENCING AT 5.00 PM": a date's label known
        # whole, over the date it opens with, is its row whatever rows stand near
        return heading, index, index + (2 if used_end else 1)
    names, labelled = _closed_rows_near(lines, index)
    if len(names | {heading.name}) < _MIN_CLOSED_ROWS or 2 * labelled > len(names):
        # (a form whose labels keep their colons, "Conflict of" / "Interest ...
        # declared by" / "Cabinet Member /" wrapped beside "None.", reads as it stands)
        return None
    return heading, index, index + (2 if used_end else 1)


def _dated_known_row(heading: Heading) -> bool:
    """A closed row of a date's label known word for word and naming a date ("Date and
    Time", "Decision date"; not "On", which opens sentences), its value opening on the
    date."""
    if heading.name not in _DATE_FIELDS or "date" not in heading.label.lower().split():
        return False
    if known_label(heading.label) is None:
        return False
    found = find_first_date(heading.value)
    # (not "DATE OF" of "DATE OF REPORT: 2 September 2019", a colon label read short)
    return (
        found is not None
        and found.start <= _DATE_OPENING
        and ":" not in heading.value[: found.start]
    )


_DATE_OPENING = 10  # (a weekday before it: "THURSDAY 29 MAY 2025")


def _label_end_alone(text: str) -> bool:
    """ "by", "decision": a label's lower-case end alone on its line."""
    return bool(text) and text[:1].islower() and len(text.split()) <= _MAX_LABEL_END_WORDS


@lru_cache(maxsize=4096)
def _closed_label(text: str, end: str = "") -> tuple[Heading, bool] | None:
    """The label a closed row opens with, as a heading with the row's value, and whether
    `end` (the line below, a label's lower-case end) completes it. A fact's label known
    whole is taken at its longest ("Decision Maker Cabinet Member for Housing"); any other
    at its shortest, up to the first word that opens a value ("Subject Bus Service ...")."""
    words = text.split()
    if (
        len(words) < _MIN_CLOSED_ROW_WORDS
        or len(words) > _MAX_CLOSED_ROW_WORDS
        or words[0].lower() not in HEADING_WORDS
        or not words[0][:1].isupper()
        or text.isupper()
    ):
        return None
    # (a colon in the label's words is a colon label's, read as such: "Decision: ..."; one
    # after them ends a lead-in: "Decision 2.1 The Portfolio Holder has decided:")
    colon = next((i for i, word in enumerate(words) if ":" in word), len(words))
    last = min(_MAX_CLOSED_LABEL_WORDS, len(words) - 1, colon)
    counts = [c for c in range(1, last + 1) if _opens_value(words[c])]
    # (a known label's value may open in capitals: "Decision No. MDN 2024/019")
    known_counts = [c for c in range(1, last + 1) if not words[c][:1].islower()]
    for count in reversed(known_counts):
        label = " ".join(words[:count])
        for candidate, used in (
            ((f"{label} {end}", True), (label, False)) if end else ((label, False),)
        ):
            found = known_label(candidate)
            if found is not None and _fits(found[1], candidate, text[len(label) :]):
                return _closed_heading(text, found, candidate, words[count], len(label)), used
    for count in counts:
        label = " ".join(words[:count])
        if words[count].isdigit() or not label[-1:].isalnum() or words[count] in _LABEL_GOES_ON:
            continue  # "Option 1 – increase charges", "Item 7 Walton Riverside Moorings";
            # "Cabinet Member - Transport" (a dash's label, read as such elsewhere)
        found = classify(label, strict=True)
        if (
            found is not None
            and found[0] in ("field", "meta")
            and _fits(found[1], label, text[len(label) :])
        ):
            return _closed_heading(text, found, label, words[count], len(label)), False
    return None


_MIN_CLOSED_ROW_WORDS = 2  # a label's word and a value's
# Words that carry a label on, never open its value: "Decision Notice Number MMD/2024/011".
_LABEL_GOES_ON = frozenset({"Notice", "Number", "No.", "No", "Ref", "Ref.", "Reference"})
_DATE_FIELDS = frozenset({"decision_date", "published_on", "effective_from"})


def _fits(name: str, label: str, value: str) -> bool:
    """A label and value that can be a row: no date cut into the label ("Cabinet Meeting
    13" / "March 2025"), and a date's label over a date ("Decision taken To award ..."
    is the decision's row, not its date's)."""
    if label[-1:].isdigit():
        return False
    return name not in _DATE_FIELDS or find_first_date(value) is not None


def _opens_value(word: str) -> bool:
    """A value opens as a name, a figure or a sentence, not in capitals ("CABINET")."""
    return (word[:1].isupper() or word[:1].isdigit()) and not (
        word.isupper() and word.isalpha() and len(word) > 1
    )


def _closed_heading(
    text: str, found: tuple[HeadingKind, str, str | None], label: str, value: str, after: int
) -> Heading:
    col = text.index(value, after)
    return Heading(found[0], found[1], label, value=text[col:], value_col=col)


_LABEL_COLON_REACH = 45


def _closed_rows_near(lines: tuple[Line, ...], index: int) -> tuple[set[str], int]:
    """The fields of the other closed rows near `index` (a form has rows of several
    fields; "Option 1 ..." / "Option 2 ..." is a list), and how many lines near it are
    labels with their colons."""
    names: set[str] = set()
    labelled = 0
    for near in range(
        max(0, index - _CLOSED_ROW_REACH), min(len(lines), index + _CLOSED_ROW_REACH + 1)
    ):
        text = lines[near].text
        if near == index or not text:
            continue
        kind = _row_kind(text)
        if kind == ":":
            labelled += 1
        elif kind:
            names.add(kind)
    return names, labelled


@lru_cache(maxsize=8192)
def _row_kind(text: str) -> str:
    """What a line near a closed row is: ":" for a colon label ("Considered:", a colon
    label's wrapped end, counts too), the field of a row with its value and no colon
    ("Dispensations None", "Date of decision 03.10.2024", "Subject Bus Service ..."), or ""
    (cached: each line is asked about by the rows around it)."""
    if ":" in text[:_LABEL_COLON_REACH]:
        return ":"
    heading = match_heading(text)
    if heading is not None:
        return heading.name if heading.value else ""
    read = _closed_label(text)
    return read[0].name if read is not None else ""


_MINUTES_WORDS = frozenset({"MINUTES", "Minutes"})


def _ends_listing_entry(lines: tuple[Line, ...], index: int) -> bool:
    """Line `index` is the wrapped end of the listing entry above it, its "ref:" no label:
    "14/03/2023 - Award of Contract ... (Lot 3 -" / "Dacorum) ref: 4412    Recommendations
    Approved" (a blank line between, in a rendering)."""
    above = next((i for i in range(index - 1, max(index - 3, -1), -1) if lines[i].text), None)
    if above is None or not opens_with_listing_date(lines[above].text):
        return False
    entry = listing_entry([line.text for line in lines[above : index + 1]], 0)
    return entry is not None and entry.group("ref") is not None


# Whether a heading line standing alone ("Decision details", "Reasons for the Decision") is
# page chrome, by the line: such lines recur in every record of a layout, as in the heading
# table of `headings.match_heading`, and are kept on the same terms (never a line with a
# value, so never body text), in a table as small.
_CHROME_OF_HEADING: dict[str, bool] = {}
_MAX_CHROME_OF_HEADING = 4096


def _is_chrome_heading(text: str, heading: Heading) -> bool:
    """`_is_page_chrome` for a heading line, looked up where the line stands alone."""
    if heading.value:
        return _is_page_chrome(text)
    known = _CHROME_OF_HEADING.get(text)
    if known is None:
        known = _is_page_chrome(text)
        if len(_CHROME_OF_HEADING) < _MAX_CHROME_OF_HEADING:
            _CHROME_OF_HEADING[text] = known
    return known


def _over_a_lead_in(
    lines: tuple[Line, ...],
    index: int,
    heading: Heading,
    lead_in_of: Callable[[str], LeadIn | None],
) -> bool:
    """A page's heading words over the decision's lead-in, low on the page: a CMIS page's
    "Decision Details" label over "That the Cabinet Member for Housing and Homes:" (the
    same words as the page's heading at its top), or over the decision's first numbered
    item ("Decision details" / "3.1  To introduce an annual charge of £45 ...")."""
    if heading.name != "decision" or heading.value or index < _PAGE_TOP_LINES:
        return False
    below = _next_text(lines, index + 1)
    if below is None:
        return False
    if read_marker(lines[below].text) is not None:
        return True
    lead_in = lead_in_of(lines[below].text)
    return lead_in is not None and lead_in.by is not None


# The lines a page's own heading may stand in, at its top.
_PAGE_TOP_LINES = 10


def _bulleted(text: str) -> bool:
    """The line is a bulleted list item: "- Address: ...", "* Date: ..." (bullet glyphs
    are normalised to "- ")."""
    return text[:1] in "-*" and BULLET_RE.match(text) is not None


def _is_page_chrome(text: str) -> bool:
    """ "Decision details", "CABINET DECISION": a web page's or a form's own furniture,
    shaped like a heading but none. (Checked last: most lines never get this far.)"""
    return len(text) < 120 and (
        is_chrome(text)
        or doc_type_match(text) is not None
        or doc_type_after_office(text) is not None
    )


# "Delegated authority:   Cabinet, 12 July 2022": a label line, whatever its label says.
LABEL_LINE_RE = regex.compile(r"^[A-Z][\w'’ ()/&-]{1,40}?\s*:(?!\d)\s+\S")


def _standalone(heading: Heading) -> bool:
    return not heading.value and heading.number is None and heading.kind != "meta"


def _ends_wrapped_line(lines: tuple[Line, ...], index: int) -> bool:
    """A line standing alone after a blank is the end of the paragraph above when that
    stops on a joining word: a table cell's wrapped line that a rendering set apart
    ("... (LCWIP) - Draft for" / "" / "Consultation")."""
    if index < 2 or lines[index - 1].text or lines[index].text.endswith(":"):
        return False  # ("Details of the decision:", its colon a label's, after "... call in")
    above = lines[index - 2].text
    return bool(above) and above.rsplit(" ", 1)[-1].lower() in RUN_ON_WORDS


def _runs_on(lines: tuple[Line, ...], index: int) -> bool:
    """A heading stands alone: a line whose next line carries on its sentence in lower case
    ("... declared a non-registrable interest as a" / "season-ticket holder ...") is not one."""
    nxt = lines[index + 1].text if index + 1 < len(lines) else ""
    # ("a) The current contract ..." under "Reasons for Recommendations:" opens a list)
    return bool(nxt) and nxt[0].islower() and read_marker(nxt) is None


# "The reasons for the decision are:", "Options considered and rejected were:": a heading
# put as the start of a sentence, the body below it.
_SENTENCE_HEADING_RE = regex.compile(
    r"^(?:The\s+)?(?P<label>[A-Za-z][\w ,/()-]{4,60}?)\s+(?:is|are|were|was)\s*:-?$"
)
_SENTENCE_FIELDS = frozenset(
    {"reasons", "alternative_options", "conflicts_of_interest", "dispensations"}
)
_SENTENCE_ENDS = (" is:", " are:", " were:", " was:", " is:-", " are:-", " were:-", " was:-")


def _sentence_heading(text: str) -> Heading | None:
    if text[-1] not in ":-" or not text.endswith(_SENTENCE_ENDS):  # the last char first
        return None
    found = _SENTENCE_HEADING_RE.match(text)
    if found is None:
        return None
    label = found.group("label")
    heading = match_heading(label[0].upper() + label[1:])
    if heading is None or heading.kind != "field" or heading.name not in _SENTENCE_FIELDS:
        return None
    return heading._replace(label=text.rstrip(":-").strip())


def _unknown_heading(
    text: str, lead_in_of: Callable[[str], LeadIn | None] = read_lead_in
) -> Heading | None:
    if not text.endswith((":", ":-")):
        return None
    # The label's shape first, the lead-in after: most lines that end in a colon are
    # sentences, too long for a label ("The latter included the following actions for
    # 2022/23:-"), and their lead-in is read only if the resolutions ask for it.
    heading = match_unknown_heading(text)
    return heading if heading is not None and lead_in_of(text) is None else None


# A line this long may be too long to be a heading (`_too_long_for_heading`).
_LONG_LINE = 160


def _too_long_for_heading(text: str) -> bool:
    """A long line is body text unless a label or run-in heading opens it."""
    if len(text) < _LONG_LINE:
        return False
    head = text[:140]
    return ":" not in head and " –" not in head and " -" not in head and ")" not in head[:6]


def _next_text(lines: tuple[Line, ...], index: int) -> int | None:
    while index < len(lines):
        if lines[index].text:
            return index
        index += 1
    return None


def _a_sentence(value: str) -> bool:
    """Whether a label's value on the line below is a sentence, not a body or an office: it
    ends in a stop and holds words in lower case other than an office's small words ("The
    meeting began at 7.30 pm.", not "Cabinet Member for Housing and Regeneration.")."""
    words = value.split()
    if not value.endswith(".") or len(words) < _SENTENCE_WORDS:
        return False
    return any(word[:1].islower() and word not in _OFFICE_SMALL_WORDS for word in words)


_SENTENCE_WORDS = 4
_OFFICE_SMALL_WORDS = frozenset({"for", "of", "and", "the", "in", "to", "on", "with", "&"})


def _read_fact(
    lines: tuple[Line, ...], found: _Found, heading: Heading, heading_line: int, after: int
) -> tuple[Fact | None, int]:
    """The label's value: inline, or on the next line when that is not a heading itself."""
    value, end = heading.value, after
    if value.endswith(":") and heading.kind == "meta":
        beside = match_heading(value)
        if beside is not None and beside.kind == "meta" and not beside.value:
            # "DECISION TAKEN BY:    DECISION NO:" over "Cabinet Member for Highways and
            # Transport    24/00058": two labels side by side, their values under them
            return _paired_fact(lines, heading, beside, heading_line, after)
    inline = _date_in(heading.label) if heading.name == "decision_date" and not value else None
    if inline is not None:  # "Date             4 November 2024": no colon, the date inline
        label = heading.label[: inline.start].strip()
        return Fact(
            heading.name, label, heading.label[inline.start :], heading_line, after, inline
        ), after
    if not heading.value:
        nxt = _next_text(lines, after)
        # ("Decision status:" over "Recommendations Approved (subject to call-in)": a
        # status is its value, whatever words it holds)
        if (
            nxt is not None
            and nxt - after <= 3
            and (
                found[nxt] is None
                or heading.name == "decision_status"
                or _signed_with_date(found[nxt], lines[nxt].text, heading)
            )
        ):
            value, end = lines[nxt].text, nxt + 1
            if heading.name == "decision_maker" and _a_sentence(value):
                # "Officer (Minutes)", a list of officers' wrapped end, over "The meeting
                # began at 7.30 pm.": no label over who decided
                return None, after
            if heading.name == "is_key_decision" and not _YES_NO_RE.match(value):
                # "KEY DECISION" alone over "The Combined Authority:": a mark on the item,
                # not a label over its value
                return None, after
            entry = (
                listing_entry([line.text for line in lines[nxt : nxt + _ENTRY_LINES]], 0)
                if value[:1].isdigit()
                else None
            )
            if entry is not None and (entry.group("ref") or entry.group("status")):
                # "Decisions published" over "19/12/2017 - Revenues and Benefits ... ref:
                # 2741": a listing page's heading over its first entry, not a label's value
                # (its line perhaps wrapped before "ref:", its end the next line or paragraph)
                return None, after
    if (
        heading.name in _DATED_LISTS
        and not heading.value
        and len(value) > _LONG_DATE_VALUE
        and _date_in(value) is None
    ):
        # "Decisions published" over "Decisions published between 03/06/2024 and
        # 14/06/2024 are shown below. ...": a page's heading over a sentence, no date's label
        return None, after
    if heading.name in _DATED_LISTS and not heading.value and _PERIOD_RE.search(value):
        # "Decisions published" over ", 2 March 2026 - 6 March 2026": the listing's period
        return None, after
    value, end = _wrapped_value(lines, value, end, office=heading.name in _OFFICE_FACTS)
    # A label only counts as a date label when a date is what it holds ("Decision Made:" /
    # "12 September 2012"), not a sentence that mentions one.
    date = _date_in(value) if heading.name == "decision_date" else None
    if heading.name == "decision_date" and date is None:
        signed = _dated_above_sign_off(lines, heading_line)
        if signed is not None:
            # "11 March 2025" / "signed" / "date": a sign-off's date written above its
            # dotted line, the column headings below it
            line, value = signed
            return Fact(heading.name, heading.label, value, line, after, _date_in(value)), after
        return None, after  # "Decision Made" over the decision itself, not over a date
    return Fact(heading.name, heading.label, value, heading_line, end, date), end


def _signed_with_date(below: _HeadingAt | None, text: str, heading: Heading) -> bool:
    """ "Date" over "[signed]          19/11/2024": the sign-off's mark beside the date the
    label above names."""
    return (
        below is not None
        and below[0].name == "sign_off"
        and heading.name == "decision_date"
        and _date_in(text) is not None
    )


def _signed_beside_date(lines: tuple[Line, ...], heading: Heading, after: int) -> Fact | None:
    """The date under a sign-off's "Date:" label beside it, in the second cell of the row
    below ("[signed]          19/11/2024", its gap perhaps closed: its last word)."""
    beside = match_heading(heading.value) if heading.value.endswith(":") else None
    if beside is None or beside.name != "decision_date" or beside.value:
        return None
    row = _cells_below(lines, after)
    date = _date_in(row[2]) if row is not None else None
    if row is None or date is None:
        return None
    return Fact(beside.name, beside.label, row[2], row[0], row[0] + 1, date)


def _paired_fact(
    lines: tuple[Line, ...], heading: Heading, beside: Heading, heading_line: int, after: int
) -> tuple[Fact | None, int]:
    """The first of two labels side by side, its value the first of the two under them: the
    cells apart by a gap, or (the gap closed by a rendering) all but a reference's number
    at the end ("Cabinet Member for Highways and Transport 24/00058")."""
    row = _cells_below(lines, after)
    if row is None:
        return None, after
    below, first, second = row
    closed = _GAP_RE.search(lines[below].text.strip()) is None
    if closed and (beside.name != "reference" or not any(c.isdigit() for c in second)):
        return None, after
    return Fact(heading.name, heading.label, first, heading_line, below + 1), below + 1


def _cells_below(lines: tuple[Line, ...], after: int) -> tuple[int, str, str] | None:
    """(line, first cell, second cell) of the row of values right under two labels side by
    side: parted by a gap, or, the gap closed, the row's last word the second."""
    below = _next_text(lines, after)
    if below is None or below - after > 1:
        return None
    text = lines[below].text.strip()
    cells = _GAP_RE.split(text, maxsplit=1)
    if len(cells) == 2:
        return below, cells[0].strip(), cells[1].strip()
    first, _, last = text.rpartition(" ")
    return (below, first, last) if first else None


_GAP_RE = regex.compile(r"\s{3,}")


def _dated_above_sign_off(lines: tuple[Line, ...], date_line: int) -> tuple[int, str] | None:
    """(line, date) of a date written above a sign-off's dotted lines, whose column headings
    ("signed" / "date", or "signed   date" cut in two) stand under it: the line's whole
    text, or its last cell beside the signer's name ("Cllr Rhona Fielding   27 September
    2024", the name over "signed" and the date over "date")."""
    if date_line < 2 or not is_signature_label(lines[date_line - 1].text.rstrip(":")):
        return None
    # (a blank line between, where a rendering dropped the dotted line: "03/06/2025" / "" /
    # "signed" / "date")
    above = date_line - 2 if lines[date_line - 2].text else date_line - 3
    if above < 0:
        return None
    text = lines[above].text
    if only_a_date(text):
        return above, text
    dated = find_first_date(text)
    if dated is not None and dated.start > 0 and dated.end == len(text.rstrip(" .")):
        return above, text[dated.start :]
    return None


# Dated facts whose label may head a page of them; a value longer than this is a sentence.
_DATED_LISTS = frozenset({"published_on", "effective_from"})
# Two dates with a dash or "to" between: a period, no one day ("2 March 2026 - 6 March 2026").
_PERIOD_RE = regex.compile(r"(?i)\d{4}\s*(?:[-–]|to|and)\s*(?:\w+day,?\s+)?\d{1,2}\b")
_LONG_DATE_VALUE = 60


# What a key decision's label holds: "Yes", "No - not a key decision", "Yes (affects two wards)".
_YES_NO_RE = regex.compile(r"(?i)(?:yes|no)\b")


# The lines a listing's entry may take: its dated line, and its end and reference number
# set apart as paragraphs, a blank line before each.
_ENTRY_LINES = 5


def _date_in(value: str) -> DateMatch | None:
    """The date a date label's value holds: its first date, in a short value; in a longer
    one, only a date it opens with ("Wednesday 9 July 2025 at 2.00pm, Council Chamber,
    Woodgreen, Witney"), not one that a sentence mentions."""
    if len(value) <= 60:
        return find_value_date(value)
    found = find_value_date(value[:60])
    return found if found is not None and found.start == 0 else None


def label_value_lines(lines: tuple[Line, ...], start: int, *, lenient: bool = False) -> int:
    """How many lines from `start` carry on a label's value wrapped over lines ("Decision
    maker: Portfolio Holder for Highways and" / "Regulatory Services"): each one, until a
    blank line, a heading or another label."""
    count = 0
    previous = lines[start - 1].text if start > 0 else ""
    for line in lines[start:]:
        text = line.text
        if not text:
            break
        runs_on = runs_on_from(previous) or text[0].islower()
        # A title may wrap anywhere ("... for Marriott's Way" / "Improvements"); other
        # values only where the sentence visibly runs on. (Asked before the patterns: most
        # values end where their line does, "Decision Maker: Cabinet" over the next label.)
        if not (runs_on or (lenient and count < 2 and not _ends_sentence(previous))):
            break
        if match_heading(text) is not None:
            break
        if LABEL_LINE_RE.match(text) and not (
            lenient and (subtitle_after_colon(text) or wrapped_word_before_colon(previous, text))
        ):
            break
        if text[-1] == ":" and not runs_on and text.count(" ") < _MAX_LABEL_ALONE_SPACES:
            break  # "Title: London Green Skills Hubs - capital grants" / "Executive summary:"
        count += 1
        previous = text
    return count


# A label the headings do not know, alone on its line with its colon, has a few words.
_MAX_LABEL_ALONE_SPACES = 4


# A title's line long enough to have been wrapped where its page ended.
_FULL_LINE_CHARS = 50


def wrapped_word_before_colon(previous: str, text: str) -> bool:
    """A title's wrapped end whose first word closes a phrase before its subtitle's colon:
    "Title: Romsey Town Centre - Bell Street Pedestrian Priority" / "Scheme: Approval to
    Spend" (one word no heading knows, under a line that filled its width)."""
    head, _, rest = text.partition(":")
    return (
        len(previous) >= _FULL_LINE_CHARS
        and " " not in head
        and not _ends_sentence(previous)
        # (not after a title that ends on its year, "... Seasonal Tariffs 2025" over "Ward:
        # Central; Hillside", nor a list after the colon)
        and not previous[-1:].isdigit()
        and ";" not in rest
        and classify(head) is None
    )


def subtitle_after_colon(text: str) -> bool:
    """A title's wrapped line that parts it from its subtitle at a colon, not a label: the
    words before the colon name no field, and the words after it run on in lower case
    ("Subject: Disabled Facilities Grants - Discretionary" / "Top-Up Assistance Policy:
    minor amendments")."""
    head, _, tail = text.partition(":")
    return tail[:1] == " " and tail[1:2].islower() and classify(head) is None


def _ends_sentence(text: str) -> bool:
    return text.endswith((".", ";", "!", "?", ")"))


def _wrapped_value(
    lines: tuple[Line, ...], value: str, end: int, *, office: bool = False
) -> tuple[str, int]:
    if not value or _ends_sentence(value):
        return value, end
    extra = label_value_lines(lines, end)
    if not extra and office and (at := _office_end_at(lines, end, value)) is not None:
        return f"{value} {lines[at].text}", at + 1
    if not extra and _cut_mid_phrase(value) and (below := _paragraph_below(lines, end)):
        # "DECISION TAKEN BY:" / "Gemma Radwell," / "" / "Cabinet Member for Community
        # Services": a cell's wrapped end that a rendering set apart as a paragraph
        return f"{value} {lines[below].text}", below + 1
    more = [line.text for line in lines[end : end + extra]]
    return " ".join([value, *more]), end + extra


# The facts whose value is an office's (or a body's) name.
_OFFICE_FACTS = frozenset({"decision_maker", "office_holder"})
_MAX_OFFICE_END_WORDS = 3


def _office_end_at(lines: tuple[Line, ...], end: int, value: str) -> int | None:
    """The line that ends an office's name wrapped under its label: "Decision Maker: Cabinet
    Member for Regeneration and Development" / "Services" / "", its last word alone on the
    line under it, or a paragraph apart where a rendering set each line apart (then only
    for an office with a portfolio, or one cut on "and": "Decision Maker: Cabinet" is
    whole; "Executive Director of Economic Growth and" / "Neighbourhood Services" is not)."""
    if _office_end(lines, end):
        return end
    apart = end + 1 < len(lines) and not lines[end].text
    # (or a directorate after its comma or dash: "Executive Director, Community and
    # Environmental" / "" / "Services", "Strategic Manager - Highways Asset" / "" /
    # "Management")
    portfolio = (
        " for " in value
        or ", " in value
        or " - " in value
        or " – " in value
        or value.endswith((" and", " &"))
    )
    below = end + 1
    if not (apart and portfolio and _office_end(lines, below)):
        return None
    # ("Leader of the Council, Housing" / "" / "Councillor Ann Lee": the holder, no office)
    return below if PERSON_TITLE_RE.match(lines[below].text) is None else None


def _office_end(lines: tuple[Line, ...], end: int) -> bool:
    """Whether line `end` is the wrapped end of an office's name: a short line of capitalised
    words, no label or heading, right under the value and over a blank line (or the end)."""
    if end >= len(lines) or not (text := lines[end].text):
        return False
    words = text.split()
    if len(words) > _MAX_OFFICE_END_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if ":" in text or text.endswith(".") or match_heading(text) is not None:
        return False
    return end + 1 >= len(lines) or not lines[end + 1].text


def _cut_mid_phrase(value: str) -> bool:
    """The value stops where no value ends: on a comma, a dash, or a joining word other
    than "and" or "or" (an office may end "... Planning and" only when wrapped, but a list
    may end on either)."""
    return value[-1] in ",–-" or value.rsplit(" ", 1)[-1].lower() in MID_PHRASE_WORDS


def _paragraph_below(lines: tuple[Line, ...], end: int) -> int | None:
    """The line after one blank line at `end`, where it is a paragraph of words (no
    heading, label or list item)."""
    if end + 1 >= len(lines) or lines[end].text or not (text := lines[end + 1].text):
        return None
    if match_heading(text) is not None or LABEL_LINE_RE.match(text) or read_marker(text):
        return None
    return end + 1


def _tidy(parts: list[Part], lines: tuple[Line, ...]) -> tuple[Part, ...]:
    """Structural repairs: titles named inside a decision, wrappers around a proforma,
    sub-headings of a section, a minute's RESOLVED block printed under its reasons."""
    parts = _keep_titles_in_decisions(parts, lines)
    first_title = _wrapped_proforma_start(parts, lines)
    tidied: list[Part] = []
    for position, part in enumerate(parts):
        heading = part.heading
        if heading and first_title is not None and position < first_title:
            part = part._replace(heading=heading._replace(kind="other", name="wrapper"))
        previous = tidied[-1] if tidied else None
        if _is_subheading(previous, part, lines):
            assert previous is not None
            keep = part if part.heading and part.heading.kind == "field" else None
            tidied[-1] = keep or previous._replace(body_start=part.line, body_end=part.body_end)
            continue
        tidied.extend(_resolved_after(part, lines))
    return tuple(tidied)


# A minute's RESOLVED line, opening its decisions: "Resolved that:-", "RESOLVED –",
# "It was RESOLVED:", "AGREED:".
_RESOLVED_LINE_RE = regex.compile(
    r"(?:(?i:it\s+was\s+)?(?:(?i:unanimously)\s+)?(?:RESOLVED|Resolved|AGREED|RECOMMENDED)\b)"
)
# The sections a minute's RESOLVED block may follow unmarked ("Reason for Decision" and
# "Alternative Options Considered" printed before it).
_BEFORE_RESOLVED = frozenset({"reasons", "alternative_options"})


def _resolved_after(part: Part, lines: tuple[Line, ...]) -> list[Part]:
    """`part`, cut where a RESOLVED line in its body opens the decisions: "Alternative
    Options Considered" / "The Council could ..." / "Resolved that:-" / "1. a grant ..."; the
    RESOLVED block goes on under no heading, where the resolutions are read."""
    heading = part.heading
    if heading is None or heading.kind != "field" or heading.name not in _BEFORE_RESOLVED:
        return [part]
    for index in range(part.body_start, part.body_end):
        text = lines[index].text
        if text[:1] in "RrAaIi" and len(text) < 80 and _RESOLVED_LINE_RE.match(text):
            return [part._replace(body_end=index), Part(None, index, index, part.body_end)]
    return [part]


def _keep_titles_in_decisions(parts: list[Part], lines: tuple[Line, ...]) -> list[Part]:
    """A title label standing in a decision's text and titling no decision of its own is
    part of that decision: "Title of the scheme: Opening Hours 2025" (or the label on a line
    of its own, its value below) between "2. Record of the Decision" and its "RESOLVED that
    Cabinet:-" names what is decided, and the resolutions below it stay the decision's."""
    kept: list[Part] = []
    for position, part in enumerate(parts):
        if (
            kept
            and part.heading is not None
            and part.heading.name == "title"  # (most parts: one test, no call)
            and _title_inside_decision(kept[-1], part, lines)
            and not _titles_next_decision(parts, position)
            and not _title_then_facts(parts, position, lines)
        ):
            kept[-1] = kept[-1]._replace(body_end=part.body_end)
            continue
        kept.append(part)
    return kept


def _title_inside_decision(previous: Part, part: Part, lines: tuple[Line, ...]) -> bool:
    """`part` is an unnumbered title label straight after decision text (a title straight
    under an empty "Decision:" heading is a wrapped proforma's, not this)."""
    heading, above = part.heading, previous.heading
    if heading is None or heading.name != "title" or heading.number is not None:
        return False
    if above is None or above.kind != "field" or above.name != "decision":
        return False
    body = lines[previous.body_start : previous.body_end]
    if any(line.text and read_lead_in(line.text) is not None for line in body):
        # "DECISION:" / "The Leader of the Council AGREED:" / "1. to defer rent ..." /
        # "SUBJECT: COVID-19 - Deferral of Commercial Rents": the decision was stated
        # above it, so the label titles the record
        return False
    return bool(above.value) or any(line.text for line in body)


def _title_then_facts(parts: list[Part], position: int, lines: tuple[Line, ...]) -> bool:
    """A title label whose value is one paragraph, the form's next label right under it
    ("Decision:" / "To introduce a charge ..." / "Subject:" / "Garden waste service -
    charge for replacement bins" / "Decision Maker:"): a form in an unusual order, its
    rows each their own, not a title named inside the decision's text."""
    part = parts[position]
    texts = [lines[i].text for i in range(part.body_start, part.body_end)]
    paragraphs = sum(1 for i, text in enumerate(texts) if text and (i == 0 or not texts[i - 1]))
    if paragraphs == 0 and part.heading is not None and part.heading.value:
        # "Decision:<TAB>That the contract ... be awarded ..." / "Subject:<TAB>Dewsbury
        # Sports Centre - ..." / "Reasons for decision:<TAB>...": rows each a label and its
        # value, the title's among them
        row = lines[part.body_end].text if part.body_end < len(lines) else ""
        found = match_heading(row) if row else None
        return found is not None and bool(found.value)
    return paragraphs == 1 and _label_line(lines, part.body_end)


def _label_line(lines: tuple[Line, ...], index: int) -> bool:
    """The next line with text from `index` is a label of the form's: its colon ends it, or
    it is a label the headings know alone on its line, as a CMIS page prints its rows
    ("Decision Title" / "Schools Catering ..." / "Decision Reference")."""
    at = _next_text(lines, index)
    if at is None or at - index > 1:
        return False
    text = lines[at].text
    if text.endswith(":"):
        return True
    label = match_heading(text) if len(text) <= _MAX_ROW_LABEL_CHARS else None
    return label is not None and not label.value and label.kind == "meta"


# The longest label alone on its line that `_label_line` looks up: "Decision Reference".
_MAX_ROW_LABEL_CHARS = 40


def _titles_next_decision(parts: list[Part], position: int) -> bool:
    """The next field heading after parts[position] is a decision: "Title: Allotment Rents"
    then "Decision:" opens a record of its own."""
    for part in parts[position + 1 :]:
        heading = part.heading
        if heading is not None and heading.kind == "field":
            return heading.name == "decision"
    return False


def _wrapped_proforma_start(parts: list[Part], lines: tuple[Line, ...]) -> int | None:
    """Where a proforma wrapped in a "Decision:" panel starts (ModernGov pages hold
    Stockton's whole proforma under "Decision:"): its section 1, or a title heading that
    straight follows the decision heading, before any other field. Headings before it are
    the wrapper's."""
    fields = [
        (i, p.heading) for i, p in enumerate(parts) if p.heading and p.heading.kind == "field"
    ]
    for index, heading in fields:
        if heading.number == 1 and heading.name == "title":
            return index
    if len(fields) >= 2 and fields[0][1].name == "decision" and fields[1][1].name == "title":
        title = fields[1][1]
        decision = parts[fields[0][0]]
        # (not a CMIS page's "Decision Outcome" over its sentence, then its "Decision
        # Title"; a wrapper's own lines are a header's: "STOCKTON-ON-TEES BOROUGH COUNCIL")
        said = any(
            lines[i].text.endswith(".") and lines[i].text.count(" ") >= _SENTENCE_SPACES
            for i in range(decision.body_start, decision.body_end)
        )
        if title.number is None and "title" in title.label.lower() and not said:
            return fields[1][0]
    return None


# The fewest spaces of a sentence that states a decision ("To award the contract to X.").
_SENTENCE_SPACES = 3


# Words of a label that says who to ask, never a section's sub-heading: an empty
# "Dispensations" over "Contact Officer" / "Ruth Pennington, Senior Heritage Officer".
_CONTACT_WORDS = frozenset("contact contacts officer officers author authors".split())


def _names_a_contact(label: str) -> bool:
    return any(word in _CONTACT_WORDS for word in label.lower().split())


_DECLARED_FIELDS = frozenset({"conflicts_of_interest", "dispensations"})


def _lists_documents(label: str) -> bool:
    """ "Relevant Documents", "Supporting documents", "Attachments": a page's documents."""
    lowered = label.lower()
    return "documents" in lowered or "attachment" in lowered


def _is_subheading(previous: Part | None, part: Part, lines: tuple[Line, ...]) -> bool:
    """A field heading straight away followed by a sub-heading is one section: "Decision:"
    then "Decision Taken" or "Recommendation"; "Reasons for Decision" then "Background"."""
    if previous is None or previous.heading is None or part.heading is None:
        return False
    if previous.heading.kind != "field" or previous.heading.value:
        return False
    if any(line.text for line in lines[previous.body_start : previous.body_end]):
        return False
    if part.heading.kind == "other" and part.heading.name == "other":
        if previous.heading.name in _DECLARED_FIELDS and _lists_documents(part.heading.label):
            # "Dispensations Granted" over nothing, then "Relevant Documents": a CMIS page's
            # empty row, then the page's list of documents (but "Declarations of Interest"
            # over "Minutes:" is one section, the minute's text under both)
            return False
        return not part.heading.value and not _names_a_contact(part.heading.label)
    # "Call-in" then "Call-in deadline: 5pm, 13 April 2023": one section, the second's words.
    return part.heading.kind == "field" and previous.heading.name == part.heading.name
