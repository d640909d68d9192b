"""Properties over generated records: real-shaped proformas, then broken on purpose.

A record is drawn from small lists of real wordings (authorities, headings per field,
numbering styles, resolution lead-ins, nil words, date styles) and rendered to text. The
mutations are what archives hold: sections dropped, duplicated or swapped, dates made
impossible ("31 February 2022") or misspelt ("Fridya"), control characters, NULs,
zero-width and look-alike characters, truncation, random bytes. Whatever comes in, the
only outcomes are a DecisionRecord or a ProformaError, and every section of a record is
exactly the slice of `record.text` its offsets say.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import proforma_parser
from proforma_parser import DecisionRecord, ProformaError

FIELDS = (
    "title",
    "decision",
    "reasons",
    "alternative_options",
    "conflicts_of_interest",
    "dispensations",
    "call_in",
)
AUTHORITIES = (
    "STOCKTON-ON-TEES BOROUGH COUNCIL",
    "HARROWDALE DISTRICT COUNCIL",
    "FERNBROOK CITY COUNCIL",
    "Wexley Metropolitan Borough Council",
)
DOCUMENT_TYPES = ("CABINET DECISION\n\nPROFORMA", "CABINET RECOMMENDATIONS\n\nPROFORMA")
HEADINGS: dict[str, tuple[str, ...]] = {
    "title": ("Title of Item/Report", "Subject of Decision", "Report Title"),
    # ("2. Decision Made" is left out: its number stays in the heading today; reported.)
    "decision": ("Record of the Decision", "Decision", "Decisions"),
    "reasons": ("Reasons for the Decision", "Reason for Decision", "Reasons for Decisions"),
    "alternative_options": (
        "Alternative Options Considered and Rejected",
        "Alternative Options Considered",
        "Other Options Considered",
    ),
    "conflicts_of_interest": (
        "Declared (Cabinet Member) Conflicts of Interest",
        "Conflicts of Interest",
        "Declarations of Interest",
    ),
    "dispensations": ("Details of any Dispensations", "Dispensations Granted"),
    "call_in": (
        "Date and Time by which Call In must be executed",
        "Call-in Deadline",
        "Date by which Call In must be executed",
    ),
}
NUMBER_STYLES = ("{n}. ", "{n}) ", "{n}.\t")
TITLES = (
    "Neighbourhood Pocket Parks Programme - Phase 2",
    "Allotment Rents and Water Charges 2024/25",
    "Empty Homes Enforcement Policy",
    "Special Educational Needs and/or Disabilities (SEND) Strategy",
    "Highway Maintenance Capital Programme",
)
CONTEXT = (
    "Cabinet considered a report on the programme and its progress to date.",
    "Members noted the outcome of the public consultation held in the autumn.",
    "The report set out the financial position and the options for the coming year.",
)
# ("RESOLVED that:-" is left out: it reads today as one resolution "-"; reported.)
LEAD_INS = (
    "RESOLVED that Cabinet:-",
    "RESOLVED that:",
    "RESOLVED that Cabinet:",
    "RESOLVED:",
    "Cabinet RESOLVED to:-",
)
RESOLUTIONS = (
    "Approve the sites listed at Appendix 1 to the report.",
    "Allocate £385,000 from the Neighbourhood Investment Reserve to the programme.",
    "Note progress to date in delivering the strategy.",
    "Delegate authority to the Director of Community Services to agree final designs.",
    "Endorse the outline action plan for the coming year.",
)
RESOLUTION_STYLES = ("{n}. ", "({n}) ", "{n}) ")
REASONS = (
    "The programme supports the Council's priority of creating places that are clean and green.",
    "The strategy supports the key priority of making the Borough a place where children thrive.",
)
NIL_WORDS = ("None", "N/A", "Nil", "Not applicable", "None declared", "-")
DATE_STYLES = ("ordinal", "plain", "slashes")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@dataclass(frozen=True)
class Section:
    field: str
    heading: str
    body: str


@dataclass(frozen=True)
class Record:
    head: str
    sections: tuple[Section, ...]
    number_style: str
    sign_off: str
    meeting: dt.date
    published: dt.date

    def render(self) -> str:
        parts = [self.head]
        for number, section in enumerate(self.sections, start=1):
            label = self.number_style.format(n=number) if self.number_style else ""
            parts.append(f"{label}{section.heading}\n\n{section.body}")
        parts.append(self.sign_off)
        return "\n\n".join(parts) + "\n"


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def format_date(date: dt.date, style: str) -> str:
    if style == "slashes":
        return f"{date:%d/%m/%Y}"
    day = ordinal(date.day) if style == "ordinal" else str(date.day)
    return f"{day} {MONTHS[date.month - 1]} {date.year}"


@st.composite
def records(draw: st.DrawFn) -> Record:
    """A clean record: every statutory section, numbered in order, dates that agree."""
    meeting = draw(st.dates(dt.date(2012, 1, 1), dt.date(2025, 12, 31)))
    published = meeting + dt.timedelta(days=draw(st.integers(1, 4)))
    deadline = published + dt.timedelta(days=draw(st.integers(3, 10)))
    style = draw(st.sampled_from(DATE_STYLES))
    count = draw(st.integers(1, 4))
    resolution_style = draw(st.sampled_from(RESOLUTION_STYLES))
    resolutions = "\n\n".join(
        resolution_style.format(n=n) + draw(st.sampled_from(RESOLUTIONS))
        for n in range(1, count + 1)
    )
    bodies = {
        "title": draw(st.sampled_from(TITLES)),
        "decision": f"{draw(st.sampled_from(CONTEXT))}\n\n{draw(st.sampled_from(LEAD_INS))}"
        f"\n\n{resolutions}",
        "reasons": draw(st.sampled_from(REASONS)),
        "alternative_options": draw(st.sampled_from(NIL_WORDS)),
        "conflicts_of_interest": draw(st.sampled_from(NIL_WORDS)),
        "dispensations": draw(st.sampled_from(NIL_WORDS)),
        "call_in": f"Midnight - {WEEKDAYS[deadline.weekday()]} {format_date(deadline, 'ordinal')}.",
    }
    sections = tuple(
        Section(field, draw(st.sampled_from(HEADINGS[field])), bodies[field]) for field in FIELDS
    )
    # The meeting line in words only: "Cabinet Meeting 09/02/2023" is not read as the
    # meeting date yet (reported), while a sign-off date may be in any style.
    meeting_style = draw(st.sampled_from(("ordinal", "plain")))
    head = (
        f"{draw(st.sampled_from(AUTHORITIES))}\n\n{draw(st.sampled_from(DOCUMENT_TYPES))}"
        f"\n\nCabinet Meeting {format_date(meeting, meeting_style)}"
    )
    return Record(
        head=head,
        sections=sections,
        number_style=draw(st.sampled_from(NUMBER_STYLES)),
        sign_off=f"Proper Officer\n{format_date(published, style)}",
        meeting=meeting,
        published=published,
    )


# -- mutations -------------------------------------------------------------------------------

DAMAGED_DATES = (
    "31 February 2022",
    "31st February 2022",
    "30/02/2021",
    "Fridya 17th March 2022",
    "17th Marhc 2022",
    "Monday 17th March 2022",  # a Thursday
    "32nd January 2021",
    "17th March",
    "2022-03-17",
    "0/0/0000",
)
INJECTED = (
    "\x00",
    "\x01",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\u00a0",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2028",
    "\u202e",
    "\u2060",
    "\ufeff",
    "\ufffd",
    "\ud800",  # a lone surrogate: a str can hold it, UTF-8 cannot
    "а",  # Cyrillic a
    "Ο",  # Greek capital omicron
    "１",  # fullwidth digit one
    "ﬁ",
    "\r",
    "\t",
    "\n\n",
    "...........",
    "|",
    "RESOLVED",
    "1.",
)


@st.composite
def mutated_sections(draw: st.DrawFn, record: Record) -> Record:
    """Drop, duplicate or swap sections (each at most a couple of times)."""
    sections = list(record.sections)
    for _ in range(draw(st.integers(0, 3))):
        if not sections:
            break
        at = draw(st.integers(0, len(sections) - 1))
        action = draw(st.sampled_from(("drop", "duplicate", "swap")))
        if action == "drop":
            del sections[at]
        elif action == "duplicate":
            sections.insert(draw(st.integers(0, len(sections))), sections[at])
        else:
            other = draw(st.integers(0, len(sections) - 1))
            sections[at], sections[other] = sections[other], sections[at]
    return replace(record, sections=tuple(sections))


def _date_spans(text: str) -> list[tuple[int, int]]:
    import regex

    pattern = regex.compile(
        r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(MONTHS) + r")\s+\d{4}\b|\b\d\d/\d\d/\d{4}\b"
    )
    return [match.span() for match in pattern.finditer(text)]


@st.composite
def mutated_text(draw: st.DrawFn) -> str:
    """A record's text with its sections shuffled, dates damaged and characters injected."""
    record = draw(records())
    if draw(st.booleans()):
        record = draw(mutated_sections(record))
    text = record.render()
    spans = _date_spans(text)
    for _ in range(draw(st.integers(0, 2))):
        if spans:
            start, end = spans.pop(draw(st.integers(0, len(spans) - 1)))
            text = text[:start] + draw(st.sampled_from(DAMAGED_DATES)) + text[end:]
            spans = _date_spans(text)
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        noise = draw(st.sampled_from(INJECTED) | st.text(max_size=3))
        text = text[:at] + noise * draw(st.integers(1, 3)) + text[at:]
    if draw(st.integers(0, 9)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass" if encoding == "utf-8" else "replace")


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    """The mutated text as a file would hold it: in some encoding, maybe with bytes spliced in."""
    text = draw(mutated_text())
    data = _encode(text, draw(st.sampled_from(("utf-8", "utf-16", "cp1252", "latin-1"))))
    if draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    return data


def check_record(record: DecisionRecord) -> None:
    """What every record promises: sections slice out of `text`, in order, inside it."""
    text = record.text
    for section in record.sections:
        assert 0 <= section.start <= section.end <= len(text)
        assert text[section.start : section.end] == section.text
    starts = [section.start for section in record.sections]
    assert starts == sorted(starts)
    assert "\x00" not in text


def outcome_of(run: object) -> DecisionRecord | ProformaError:
    assert callable(run)
    try:
        record = run()
    except ProformaError as error:
        return error
    assert isinstance(record, DecisionRecord)
    check_record(record)
    return record


HOSTILE = settings(
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@HOSTILE
@given(mutated_text())
def test_mutated_text_gives_a_record_or_a_proforma_error(text: str) -> None:
    outcome = outcome_of(lambda: proforma_parser.parse_text(text, name="mutated.txt"))
    assert isinstance(outcome, (DecisionRecord, ProformaError))


@settings(
    max_examples=1_500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_bytes())
def test_mutated_bytes_give_a_record_or_a_proforma_error(data: bytes) -> None:
    outcome = outcome_of(lambda: proforma_parser.parse(data, name="mutated.txt"))
    assert isinstance(outcome, (DecisionRecord, ProformaError))


@settings(max_examples=1_000, deadline=None)
@given(st.binary(max_size=2048) | st.text(max_size=512).map(lambda t: _encode(t, "utf-8")))
def test_random_bytes_give_a_record_or_a_proforma_error(data: bytes) -> None:
    outcome = outcome_of(lambda: proforma_parser.parse(data, name="random.bin"))
    assert isinstance(outcome, (DecisionRecord, ProformaError))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_clean_record_comes_back_whole_and_in_order(record: Record) -> None:
    parsed = proforma_parser.parse_text(record.render(), name="clean.txt")
    check_record(parsed)
    known = [section for section in parsed.sections if section.field is not None]
    assert [section.field for section in known] == list(FIELDS)
    assert [section.number for section in known] == list(range(1, len(FIELDS) + 1))
    assert [section.heading for section in known] == [s.heading for s in record.sections]
    assert parsed.defects == []
    bodies = {section.field: section.body for section in record.sections}
    assert parsed.title == bodies["title"]
    assert parsed.alternative_options is None and parsed.dispensations is None
    assert parsed.call_in is not None and parsed.call_in.applies is True
    assert len(parsed.resolutions) == bodies["decision"].count("\n\n") - 1
    assert parsed.decision_date == record.meeting
    assert parsed.published_on == record.published


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), st.data())
def test_dropped_section_is_a_missing_section_defect(record: Record, data: st.DataObject) -> None:
    keep = [s for s in record.sections if s.field != "title"]
    dropped = keep.pop(data.draw(st.integers(0, len(keep) - 1)))
    parsed = proforma_parser.parse_text(
        replace(record, sections=(record.sections[0], *keep)).render()
    )
    check_record(parsed)
    assert dropped.field not in [section.field for section in parsed.sections]
    assert "missing_section" in [defect.code for defect in parsed.defects]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), st.data())
def test_swapped_sections_are_kept_by_number_with_an_order_defect(
    record: Record, data: st.DataObject
) -> None:
    first = data.draw(st.integers(1, len(FIELDS) - 2))
    swapped = list(record.sections)
    swapped[first], swapped[first + 1] = swapped[first + 1], swapped[first]
    # Number them as the original order did, then print them swapped: "1, 3, 2, 4 ...".
    numbered = [
        Section(
            s.field, record.number_style.format(n=FIELDS.index(s.field) + 1) + s.heading, s.body
        )
        for s in swapped
    ]
    text = replace(record, sections=tuple(numbered), number_style="").render()
    parsed = proforma_parser.parse_text(text)
    check_record(parsed)
    assert "out_of_order_section" in [defect.code for defect in parsed.defects]
    assert {s.field for s in parsed.sections if s.field is not None} == set(FIELDS)
