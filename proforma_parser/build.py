"""Build the record: sections and facts become the contract's fields, defects attached."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import regex

from ._version import __version__
from .checks import check_dates, check_numbering, check_sections
from .defects import DefectLog
from .document import Document
from .errors import InvalidRecord, NotADecisionRecord, faults_of
from .fields.authorities import resolve_authority
from .fields.callin import read_call_in_statement
from .fields.content import FieldSections, collect_sections, fact_span, fact_value, section_span
from .fields.council import read_authority, typed_banners
from .fields.dates import Dates, read_dates
from .fields.decision_maker import (
    MEETING_OF_RE,
    first_person_office,
    fuller_office_line,
    maker_fact,
    maker_from_narrative,
    meeting_body,
    names_a_person,
    office_under_holder,
    signatory_office,
    stated_maker,
)
from .fields.header import Header, read_header_lines
from .fields.interests import Interests, interests, nil_text
from .fields.listing import listing_act
from .fields.meeting import DateReader, meeting_body_in_furniture, meeting_date_in_furniture
from .fields.provenance import Span, furniture_span, line_span, locate, offsets_span
from .fields.resolutions import (
    LeadInReader,
    ResolutionItem,
    has_lead_in,
    is_outcome_status,
    read_resolutions,
    without_translation,
)
from .fields.title import minute_item_title, plain_title
from .model import CallIn, DecisionRecord
from .structure.headings import Heading
from .structure.leadins import read_lead_in, subject_of
from .structure.normalise import Layout, Line
from .structure.records import find_cuts, first_record
from .structure.reflow import reflow
from .structure.sections import Fact, Part, Split, split_sections
from .wording.dates import find_first_date
from .wording.lines import PAGE_AT_END_RE
from .wording.nil import is_nil
from .wording.numbering import Marker, follows_marker, read_marker, without_paragraph_number
from .wording.vocabulary import RUN_ON_WORDS, ticked_answer


def build_record(document: Document, layout: Layout, split: Split | None = None) -> DecisionRecord:
    """The DecisionRecord for a normalised document; a record whose line breaks were lost
    (all on one line, so its labels and headings stand mid-line) is read with them put
    back, and as it stands only when that gives no sections. `split` is the layout's
    sections where the caller has split it already (`records.split_records`)."""
    flowed = reflow(document, layout)  # None at once for a record of more than a few lines
    if flowed is not None:
        try:
            fuller = _build_record(document, flowed, reflowed=True)
        except NotADecisionRecord:
            pass
        else:
            if fuller.sections:
                return fuller
    return _build_record(document, layout, split=split)


# What a stage finds before it has read anything: frozen, so one of each serves every record
# (each stage replaces the whole value; nothing writes into these).
_NO_SPLIT = Split((), ())
_NO_HEADER = Header()
_NO_DATES = Dates(None, None, None, {})
_NO_INTERESTS = Interests(None, None, frozenset(), {})


@dataclass(slots=True)
class _Reading:
    """One record as the stages read it. Each stage reads what earlier stages wrote and
    writes only its own fields; the DecisionRecord is made from it once, at the end."""

    document: Document
    layout: Layout
    reflowed: bool
    given: Split | None = None
    """The layout's sections as the caller split them (None: not split yet)."""
    log: DefectLog = field(default_factory=DefectLog)
    # sections
    split: Split = _NO_SPLIT
    found: FieldSections | None = None
    texts: list[str] = field(default_factory=list)
    first_field: int = 0
    # header
    header: Header = _NO_HEADER
    listing: Span | None = None
    header_date: Span | None = None
    header_rest: Callable[[], Header] | None = None
    """What reads the meeting stated below the header lines, until a stage needs it."""
    # the fields, and where each was read
    resolutions: list[ResolutionItem] = field(default_factory=list)
    decision: str = ""
    dates: Dates = _NO_DATES
    call_in: CallIn | None = None
    title: str = ""
    interests: Interests = _NO_INTERESTS
    authority: str | None = None
    authority_code: str | None = None
    document_type: str | None = None
    decision_maker: str | None = None
    spans: dict[str, Span | None] = field(default_factory=dict)
    lead_in_of: LeadInReader = read_lead_in
    """What reads a line's lead-in: the record's memo of `read_lead_in` (made with the
    sections), as the header, the resolutions and the minute's title ask of the same lines."""
    date_of: DateReader = find_first_date
    """What reads a text's first date: the record's memo of `find_first_date`, as the dates
    stage reads again the date the header read."""

    @property
    def sections(self) -> FieldSections:
        assert self.found is not None, "the sections stage runs first"
        return self.found


def _build_record(
    document: Document, layout: Layout, *, reflowed: bool = False, split: Split | None = None
) -> DecisionRecord:
    reading = _Reading(document, layout, reflowed, split)
    for reader_defect in document.defects:
        # A reader's defects (encoding, tracked changes, format, packaging) are of the source
        # as a whole, not of a field: their field is null (defects.SOURCE_CODES).
        reading.log.add(
            reader_defect.code, reader_defect.message, field=None, page=reader_defect.page
        )
    with faults_of("read the record's fields", name=document.name, path=document.path):
        for _name, stage in STAGES:
            stage(reading)
        return _record(reading)


def _read_sections(reading: _Reading) -> None:
    """The record's sections and label facts (the first record's, where there are several)."""
    # The record's memos, made before the sections: the splitter reads lead-ins too.
    reading.lead_in_of = _remembered(read_lead_in)
    reading.date_of = _remembered(find_first_date)
    reading.layout, reading.split = _first_record(
        reading.layout, reading.log, reading.lead_in_of, reading.given
    )
    reading.found = collect_sections(reading.layout, reading.split, reading.log)
    reading.texts = [line.text for line in reading.layout.lines]
    reading.first_field = next(
        (
            p.line
            for p in reading.split.parts
            if p.heading is not None and p.heading.kind == "field"
        ),
        len(reading.texts),
    )


def _read_header(reading: _Reading) -> None:
    """The header's facts: document type, maker and date lines, a listing's dated title
    (the meeting stated below the header lines is read when a stage asks: `_whole_header`)."""
    layout, found = reading.layout, reading.sections
    header, reading.header_rest = read_header_lines(
        found.header_lines,
        reading.texts[reading.first_field :],
        reading.lead_in_of,
        reading.date_of,
    )
    reading.header = header
    reading.listing = locate(layout, header.listing, "listing_line", ignore_case=False)
    reading.header_date = _header_date(reading)


def _header_date(reading: _Reading) -> Span | None:
    """Where the header's date was read: its listing line, else the line that states it."""
    header = reading.header
    if header.date_from_listing:
        return reading.listing
    return _header_span(reading.layout, header.decision_date_text, reading.first_field)


def _whole_header(reading: _Reading) -> tuple[Header, Span | None]:
    """The header, with the meeting that the lines below it state where the header lines
    give no date, and where its date was read: the lines below are read only the first time
    a stage needs the header's maker or date (a record that labels both never does)."""
    if reading.header_rest is not None:
        reading.header, reading.header_rest = reading.header_rest(), None
        reading.header_date = _header_date(reading)
    return reading.header, reading.header_date


def _read_resolutions(reading: _Reading) -> None:
    """What was resolved or recommended; a text with neither sections, labels nor
    resolutions is not a decision record."""
    found = reading.sections
    resolutions, decision, span = _resolutions(
        reading.layout, reading.texts, reading.split, found, reading.log, reading.lead_in_of
    )
    resolutions = without_translation(resolutions)
    reading.resolutions, reading.decision, reading.spans["decision"] = resolutions, decision, span
    _require_structure(
        found, reading.split, resolutions, reading.document, reflowed=reading.reflowed
    )


def _read_dates(reading: _Reading) -> None:
    def header_date() -> tuple[str | None, Span | None]:
        header, span = _whole_header(reading)
        if header.decision_date_text:
            return header.decision_date_text, span
        met = _maker_meeting_date(reading)
        if met[0] is None and (footer := meeting_date_in_furniture(reading.document.furniture)):
            # "Cabinet 9 March 2011   Page 14": the minutes page's footer, out of the text
            return footer, furniture_span(reading.document.furniture, footer)
        if met[0] is None and (paged := _paged_header(reading.layout)):
            return paged, locate(reading.layout, paged, "header_line", whole_lines=False)
        return met

    dates = read_dates(
        reading.split.facts,
        header_date,
        reading.layout,
        reading.log,
        date_of=reading.date_of,
        deciders={item.by for item in reading.resolutions if item.by},
    )
    reading.dates = dates
    reading.spans.update(dates.spans)


def _paged_header(layout: Layout) -> str | None:
    """The meeting's date a running header left in the text gives, where a rendering kept
    it as a paragraph ("CABINET - 9 December 2025   Page 43"): read as furniture is,
    from the lines that end on their page's number."""
    if "page" not in layout.lower:
        return None
    paged = [line.text for line in layout.lines if PAGE_AT_END_RE.search(line.text)]
    return meeting_date_in_furniture(paged) if paged else None


def _maker_meeting_date(reading: _Reading) -> tuple[str | None, Span | None]:
    """The meeting's date a decision maker's label gives with the body: "Decision of: Devon
    and Torbay Combined County Authority (meeting of 24.09.25)"."""
    for fact in reading.split.facts:
        meeting = MEETING_OF_RE.search(fact.value) if fact.name == "decision_maker" else None
        if meeting is not None:
            return meeting.group("date"), fact_span(reading.layout, fact)
    return None, None


def _read_call_in(reading: _Reading) -> None:
    reading.call_in, reading.spans["call_in"] = read_call_in_statement(
        reading.sections,
        reading.split.facts,
        reading.layout,
        reading.log,
        reading.header.decision_status,
        reading.listing,
        only_recommendations=bool(reading.resolutions)
        and all(item.kind == "recommended" for item in reading.resolutions),
    )


def _read_title(reading: _Reading) -> None:
    """The title; headings over nothing at all (a blank proforma) are not a record."""
    title, reading.spans["title"] = _title(
        reading.sections,
        reading.layout,
        reading.header,
        reading.texts,
        reading.listing,
        reading.first_field,
        reading.lead_in_of,
    )
    if title.endswith(" *"):
        # "Play Area Improvement Programme 2024-2026 *" under "Key decisions are marked *"
        title = title[:-2].rstrip()
    if reading.document.doubtful:
        title = _unless_misread(title, reading.document.doubtful, reading.log)
        reading.spans["title"] = reading.spans["title"] if title else None
    reading.title = title
    _check_not_blank(
        reading.sections,
        reading.split,
        title,
        reading.decision,
        reading.resolutions,
        reading.document,
    )


def _read_interests(reading: _Reading) -> None:
    reading.interests = interests(reading.sections, reading.layout.text, reading.layout.lower)
    reading.spans.update(reading.interests.spans)
    for name in sorted(reading.interests.unstated):
        reading.log.add(
            "uncertain_field",
            "the section only invites declarations of interest and states none",
            field=name,
        )


def _run_checks(reading: _Reading) -> None:
    """The consistency checks over what was read: sections, numbering, dates."""
    said = (
        ("title", bool(reading.title)),
        ("decision", bool(reading.decision)),
        ("call_in", reading.call_in is not None),
    )
    stated = {name for name, is_said in said if is_said}
    _check(
        reading.sections,
        reading.log,
        frozenset(stated | reading.interests.said),
        reading.resolutions,
        reading.dates,
        reading.call_in,
    )


def _read_council(reading: _Reading) -> None:
    """The council and the kind of document, from banners, labels and the header."""
    layout, found = reading.layout, reading.sections
    typed = typed_banners(reading.texts)
    authority = read_authority(
        found.header_lines,
        typed,
        reading.split.facts,
        layout.text,
        reading.log,
        reading.document.furniture,
    )
    authority, reading.authority_code = resolve_authority(authority, reading.log)
    reading.authority = authority
    reading.spans["authority"] = reading.spans["authority_code"] = _authority_span(
        layout, authority, reading.split, reading.first_field
    ) or furniture_span(reading.document.furniture, authority)
    document_type = reading.header.document_type or next((t for _, t in typed), None)
    reading.document_type = document_type
    reading.spans["document_type"] = _header_span(layout, document_type, reading.first_field)


def _read_decision_maker(reading: _Reading) -> None:
    maker, reading.spans["decision_maker"] = _decision_maker(
        reading.split,
        reading.sections,
        lambda: _whole_header(reading),
        reading.resolutions,
        reading.layout,
        reading.log,
        reading.first_field,
        reading.texts,
    )
    if maker is None and not reading.log.has("uncertain_field", "decision_maker"):
        body = meeting_body_in_furniture(reading.document.furniture)
        if body is not None:
            # "Nottinghamshire County Council – Cabinet – 14 November 2024   Page 3 of 9":
            # the minutes page's running footer names the body whose minutes they are
            maker = body
            reading.spans["decision_maker"] = furniture_span(reading.document.furniture, body)
    authority = reading.authority
    if maker in _AUTHORITY_ITSELF and authority and authority.endswith(" " + maker):
        # "MINUTES OF THE COMBINED AUTHORITY MEETING" under "LIVERPOOL CITY REGION COMBINED
        # AUTHORITY": the authority itself decided, by the name the record gives it
        maker = authority
        reading.spans["decision_maker"] = reading.spans.get("authority")
    if maker is not None and maker.rsplit(" ", 1)[-1].lower() in RUN_ON_WORDS:
        # "Executive Member for Transport and": an office its line cut, the rest lost (a
        # paragraph a rendering set apart, "Planning"); no value rather than half of one
        reading.log.add(
            "uncertain_field",
            f"the decision maker stops mid-phrase: {maker!r}",
            field="decision_maker",
        )
        maker, reading.spans["decision_maker"] = None, None
    reading.decision_maker = maker


# How minutes name the authority itself as the body that met.
_AUTHORITY_ITSELF = frozenset({"Combined Authority", "Combined County Authority"})


_Stage = Callable[[_Reading], None]

# The stages in the order they run; each reads only what those before it wrote.
STAGES: tuple[tuple[str, _Stage], ...] = (
    ("sections", _read_sections),
    ("header", _read_header),
    ("resolutions", _read_resolutions),
    ("dates", _read_dates),
    ("call_in", _read_call_in),
    ("title", _read_title),
    ("interests", _read_interests),
    ("checks", _run_checks),
    ("council", _read_council),
    ("decision_maker", _read_decision_maker),
)


def _record(reading: _Reading) -> DecisionRecord:
    """The contract's record, made once from everything the stages read."""
    layout, found, split, spans = reading.layout, reading.sections, reading.split, reading.spans
    header = reading.header
    for name in ("reasons", "alternative_options"):
        spans[name] = section_span(found, name)
    for name in ("is_key_decision", "decision_status", "reference"):
        fact = _fact(split.facts, name)
        spans[name] = fact_span(layout, fact) if fact is not None else reading.listing
    reasons = found.text_of("reasons")
    alternative_options = nil_text(found, "alternative_options")
    is_key_decision = _yes_no(fact_value(split.facts, "is_key_decision"))
    decision_status = fact_value(split.facts, "decision_status") or header.decision_status
    reference = fact_value(split.facts, "reference") or header.reference
    values: dict[str, object] = {
        "authority": reading.authority,
        "authority_code": reading.authority_code,
        "decision_maker": reading.decision_maker,
        "document_type": reading.document_type,
        "decision_date": reading.dates.decision_date,
        "title": reading.title or None,
        "decision": reading.decision or None,
        "reasons": reasons,
        "alternative_options": alternative_options,
        "conflicts_of_interest": reading.interests.conflicts,
        "dispensations": reading.interests.dispensations,
        "call_in": reading.call_in,
        "published_on": reading.dates.published_on,
        "effective_from": reading.dates.effective_from,
        "is_key_decision": is_key_decision,
        "decision_status": decision_status,
        "reference": reference,
    }
    # One validation of the whole record: the sections and the evidence go in as read, and
    # Pydantic makes their models along with the record's.
    return DecisionRecord.model_validate(
        {
            **values,
            "title": reading.title,
            "decision": reading.decision,
            "resolutions": [item.contract() for item in reading.resolutions],
            "sections": found.sections_read,
            "defects": reading.log.noticed,
            "source": _source(reading.document),
            "text": layout.text,
            "evidence": _evidence(values, spans, len(layout.text)),
        }
    )


_Answer = TypeVar("_Answer")


def _remembered(read: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """`read` with a memo of its answers, for one record's lines only (each record gets its
    own: nothing is remembered from one record, or one parse, to the next)."""
    known: dict[str, _Answer] = {}

    def remembered(text: str) -> _Answer:
        if text in known:
            return known[text]
        found = known[text] = read(text)
        return found

    return remembered


def _evidence(
    values: dict[str, object], spans: dict[str, Span | None], size: int
) -> dict[str, dict[str, int | str]]:
    """The evidence of every value that was read (a null value has none), as the
    contract's `Evidence` takes it."""
    return {
        name: {"start": span.start, "end": span.end, "kind": span.kind}
        for name, value in values.items()  # in the record's field order
        if value is not None
        and (span := spans.get(name)) is not None
        and 0 <= span.start < span.end <= size
    }


def _fact(facts: tuple[Fact, ...], name: str) -> Fact | None:
    """The fact `fact_value` reads: the first of its name with a value."""
    return next((f for f in facts if f.name == name and f.value.strip()), None)


def _header_span(layout: Layout, value: str | None, first_field: int) -> Span | None:
    """Where a value read by the header reader stands: a header line (above the first
    section) where one holds it, else the line below that the reader went on to."""
    if value is None:
        return None
    return locate(layout, value, "header_line", end_line=first_field) or locate(
        layout, value, "header_line", first_line=first_field
    )


def _authority_span(
    layout: Layout, authority: str | None, split: Split, first_field: int
) -> Span | None:
    """Where the council is named: a banner above the sections, a label, else prose."""
    if authority is None:
        return None
    span = locate(layout, authority, "header_line", end_line=first_field)
    if span is not None:
        return span
    for fact in split.facts:
        if authority.lower() in fact.value.lower():
            return fact_span(layout, fact)
    return locate(layout, authority, "prose", whole_lines=False)


def _first_record(
    layout: Layout,
    log: DefectLog,
    lead_in_of: LeadInReader = read_lead_in,
    given: Split | None = None,
) -> tuple[Layout, Split]:
    """The layout of the input's first record, and its sections: two records are never
    merged. The input is split into sections once (`given`, where the caller did); the
    first record's sections are cut from those."""
    split = split_sections(layout.lines, lead_in_of) if given is None else given
    cuts = find_cuts(layout, split)
    starts = cuts.starts
    if len(starts) == 1:
        return layout, split
    log.add(
        "multiple_records",
        f"the input holds {len(starts)} records (the next starts at line {starts[1] + 1}); "
        "the first is returned; parse_all() returns every one",
        field=None,  # of the input as a whole (defects.SOURCE_CODES)
    )
    first = first_record(layout, split, cuts, lead_in_of)
    return first.layout, first.split


def _require_structure(
    found: FieldSections,
    split: Split,
    resolutions: list[ResolutionItem],
    document: Document,
    *,
    reflowed: bool = False,
) -> None:
    # Breaks put back by `reflow` must show a section or a resolution: a label alone
    # ("Date: ...") in a paragraph of prose is not a record.
    facts = split.facts if not reflowed else ()
    if not found.sections and not facts and not resolutions:
        raise NotADecisionRecord(
            "no decision-record structure found: no section headings (such as 'Record of the "
            "Decision' or 'Reasons for the Decision'), no labels and no resolutions",
            name=document.name,
            path=document.path,
        )


def _check(
    found: FieldSections,
    log: DefectLog,
    stated: frozenset[str],
    resolutions: list[ResolutionItem],
    dates: Dates,
    call_in: CallIn | None,
) -> None:
    """Every consistency check, each adding its defects."""
    check_sections(found, log, stated=stated)
    check_numbering(resolutions, log)
    check_dates(dates.decision_date, dates.published_on, call_in, log)
    if found.decision is not None and not resolutions:
        heading = found.decision.heading
        log.add(
            "no_resolutions",
            "the decision holds no resolution that could be parsed",
            field="resolutions",
            section=heading.number if heading else None,
        )


def _decision_maker(
    split: Split,
    found: FieldSections,
    whole_header: Callable[[], tuple[Header, Span | None]],
    resolutions: list[ResolutionItem],
    layout: Layout,
    log: DefectLog,
    first_field: int,
    texts: list[str],
) -> tuple[str | None, Span | None]:
    """Who decided, from the most explicit statement to the least: a "Decision Maker:"
    label, "Decision of X", meeting lines, the header, the lead-in, the narrative; and
    where it was read (`whole_header` gives the header and where its date was read)."""
    stated = _stated_makers(split, log)
    if stated is not None:
        fact = next(f for f in split.facts if f.name == "decision_maker" and f.value.strip())
        return stated or None, fact_span(layout, fact)
    decider = found.decider_part
    if decider is not None and found.decision is not None:
        # ("DECISION OF THE CHIEF EXECUTIVE UNDER URGENCY POWERS": the office, as a label's
        # value is read, without the powers it acted under)
        who = found.decided_by
        return (
            stated_maker(who) if who else who,
            line_span(layout, decider.line, decider.line + 1, "heading"),
        )
    from_fact = maker_fact(split.facts)
    if from_fact is not None and from_fact[1].name == "office_holder":
        # "Portfolio holder: Cabinet Member for Operations" on a notice of what "Cabinet
        # meeting: Tuesday 9 December 2025" decided, whose lead-in is "Cabinet RESOLVED
        # that:": the member brought the report; the meeting's body decided
        met = meeting_body(split.facts)
        resolved_by = _maker_from_resolutions(resolutions, found)
        if met is not None and met[0] == resolved_by:
            from_fact = met
        elif met is None and resolved_by is not None:
            # ... or "CABINET – TUESDAY 8 JULY 2025" atop the notice, over "Portfolio
            # Holder: Cabinet Member for Planning Services" and "RESOLVED that Cabinet:-"
            header, header_date = whole_header()
            if header.decision_maker == resolved_by and header_date is not None:
                return resolved_by, header_date
    if from_fact is not None:
        return from_fact[0], fact_span(layout, from_fact[1])
    under_holder = office_under_holder(split.facts, texts)
    if under_holder is not None:
        return under_holder[0], line_span(layout, under_holder[1], under_holder[1] + 1, "label")
    header, header_date = whole_header()
    weaker = header.decision_maker or _maker_from_resolutions(resolutions, found)
    holder = _fuller_office(split, weaker)
    if holder is not None:
        return holder[0], fact_span(layout, holder[1])
    office_line = fuller_office_line(texts, weaker) if weaker else None
    if office_line is not None:
        office, at = office_line
        return office, locate(layout, office, "header_line", first_line=at, ignore_case=False)
    if header.decision_maker:
        # The header reads the maker and the date off one statement ("Cabinet Meeting 17th
        # March 2022"): the line that gave the date, where it names the maker.
        said = header_date is not None and (
            header.decision_maker.lower()
            in layout.text[header_date.start : header_date.end].lower()
        )
        if said and header_date is not None:
            return header.decision_maker, header_date
        return header.decision_maker, _header_span(layout, header.decision_maker, first_field)
    from_resolutions = _maker_from_resolutions(resolutions, found)
    if from_resolutions and resolutions:
        first = resolutions[0]
        return from_resolutions, _resolution_span(first)
    speaker = first_person_office(texts)
    if speaker is not None:
        # "I, Councillor Peter Halloran, Portfolio Holder for Leisure and Tourism, having
        # considered the report ..., approve:" above the decisions, not in the header
        return speaker, locate(layout, speaker, "prose", ignore_case=False)
    signed = signatory_office(texts)
    if signed is not None:
        return signed[0], line_span(layout, signed[1], signed[1] + 1, "label")
    narrative = maker_from_narrative(texts)
    return narrative, locate(layout, narrative, "prose", ignore_case=False)


def _fuller_office(split: Split, weaker: str | None) -> tuple[str, Fact] | None:
    """An office holder's label that names more fully the decider a weaker statement names:
    "Cabinet Lead: Cabinet Lead for Coastal Management" over the lead-in's "The Cabinet Lead
    RESOLVED to:", "Executive Member: Executive Leader" over a heading's "Executive"."""
    if not weaker:
        return None
    for fact in split.facts:
        value = fact.value.strip()
        fuller = len(value) > len(weaker) and value.lower().startswith(weaker.lower() + " ")
        if fact.name == "office_holder" and fuller:
            return value, fact
    return None


def _resolution_span(resolution: ResolutionItem) -> Span | None:
    """Where the first resolution names its decider: its lead-in, else its own words."""
    return offsets_span(*resolution.lead_at, "lead_in") or offsets_span(*resolution.at, "item")


def _title(
    found: FieldSections,
    layout: Layout,
    header: Header,
    texts: list[str],
    listing: Span | None,
    first_field: int,
    lead_in_of: LeadInReader = read_lead_in,
) -> tuple[str, Span | None]:
    """The title: a title section, else the heading of the minute holding the decision (none
    when that minute is a procedural one: an earlier minute's heading is not this
    decision's), else the header's; and where it was read."""
    strong_title = found.title_text
    if strong_title is not None:
        return strong_title, found.title_span()
    minute = _minute_title(found, texts, lead_in_of)
    if minute is not None:
        return minute, locate(layout, minute, "heading", ignore_case=False)
    if header.title:
        return header.title, listing
    decision = found.decision
    before = texts[: decision.line] if decision is not None else []
    weak = found.weak_title_text
    if weak and found.weak_title_inline:
        # "SUBJECT: Winter Maintenance Plan 2010/11" over a plain line of the header (a
        # heading in another language, a logo's words): the label says what is the title
        return weak, found.title_span()
    plain = plain_title(found.header_lines, before)
    if plain:
        end = decision.line if decision is not None else len(texts)
        return plain, locate(layout, plain, "header_line", end_line=max(end, first_field))
    weak = found.weak_title_text
    if weak:
        return weak, found.title_span()
    return "", None


def _unless_misread(title: str, doubtful: frozenset[str], log: DefectLog) -> str:
    """`title`, unless OCR read most of it (by characters) from words it only ever read
    under 50% confidence: then no title and `uncertain_field`, not a misreading given as
    the title. One doubtful word of a longer title ("AHWBO034 2017 - Contract Extension
    ...") keeps it; the page's `ocr` defect names that word."""
    words = title.split()
    unsure = [word for word in words if word in doubtful]
    if 2 * sum(map(len, unsure)) <= sum(map(len, words)):
        return title
    log.add(
        "uncertain_field",
        f"the title {title!r} was read by OCR mostly from words it read under 50% "
        f"confidence ({', '.join(map(repr, unsure))})",
        field="title",
    )
    return ""


def _stated_makers(split: Split, log: DefectLog) -> str | None:
    """What the "Decision Maker:" labels say: their one value; "" when they disagree ("Not
    Applicable" and "Meeting of the City Council" on one page: null and `uncertain_field`,
    never a pick) or name none; None when there is no such label."""
    values = [
        f.value.strip() for f in split.facts if f.name == "decision_maker" and f.value.strip()
    ]
    if not values:
        return None
    distinct = list(dict.fromkeys(values))
    offices = [value for value in distinct if not names_a_person(value)]
    if not offices:
        return None  # "Decision Maker: Councillor Bernard Hale": a person, not the office
    if len(distinct) > 1 and len(offices) == 1:
        # "Decision taken by: Head of Climate, Environment and Waste" over "Officer: Dr Helen
        # Marsh": the post decides; the person holding it is no second decision maker
        distinct = offices
    if len(distinct) == 1:
        return "" if is_nil(distinct[0]) else stated_maker(distinct[0])
    log.add(
        "uncertain_field",
        "the decision maker labels say " + " / ".join(repr(v) for v in values),
        field="decision_maker",
    )
    return ""


def _minute_title(
    found: FieldSections, texts: list[str], lead_in_of: LeadInReader = read_lead_in
) -> str | None:
    """In minutes, with no title section (or one whose text is too long to be a title:
    "Subject Matter" over a minute's narrative), the heading of the minute holding the
    decision."""
    if found.first("title") is not None and found.weak_title_text:
        return None
    # A numbered line inside the decision's own section is one of its items, never a
    # minute's heading: "2.    Approval of the budget allocation to the Community Action
    # Plan projects" wrapped before "identified within the plans." under "Decision:".
    decision = found.decision
    if decision is None:
        return minute_item_title(texts, lead_in_of)
    return minute_item_title(texts[: decision.line + 1], lead_in_of, decision.line)


def _source(document: Document) -> dict[str, object]:
    """The contract's `Source`, as the record's one validation takes it."""
    return {
        "name": document.name,
        "path": document.path,
        "format": document.format,
        "sha256": document.sha256,
        "size": document.size,
        "pages": document.pages,
        "furniture": list(document.furniture),
        "parser_version": __version__,
    }


def _resolutions(
    layout: Layout,
    texts: list[str],
    split: Split,
    found: FieldSections,
    log: DefectLog,
    lead_in_of: LeadInReader = read_lead_in,
) -> tuple[list[ResolutionItem], str, Span | None]:
    """The resolutions, the decision's text, and where that text was read; `texts` is the
    lines' text (made once per record, for the readers that take strings)."""
    record_lines = layout.lines
    section = section_span(found, "decision")
    # With two decision headings ("DECISION OF THE LEADER OF THE COUNCIL" over the page,
    # "Decision" over the list), the resolutions are under whichever holds them.
    # With a narrative part and a "DECISIONS" part, the one whose list a lead-in opens
    # ("21.2 The Leader RESOLVED to:") holds the decisions, not a numbered paragraph of
    # narrative before it ("21.1 The Leader considered a report ...").
    candidates: list[list[ResolutionItem]] = []
    parts = found.by_field.get("decision", [])
    for part in parts:
        heading = part.heading
        lines = texts[part.body_start : part.body_end]
        if len(parts) > 1 and is_outcome_status(" ".join(line for line in lines if line)):
            continue  # "Decision Outcome" / "Approved" over "Decision" / "1) That ...": a status
        body = _with_items_under_reasons(split, list(range(part.body_start, part.body_end)), texts)
        lines = [texts[i] for i in body]
        spans = _offsets([record_lines[i] for i in body])
        if heading is not None and heading.value:
            lines = [heading.value, *lines]
            at = layout.lines[part.line]
            spans = [(at.start + heading.value_col, at.end), *spans]
        elif _heading_is_lead_in(heading, lead_in_of):
            # "The Leader approved the decision to:" read as the decision's heading: it is
            # the lead-in of the list below it ("• award a one-off grant of £15,000 ...")
            at = layout.lines[part.line]
            lines, spans = [at.text, *lines], [(at.start, at.end), *spans]
        who = _heading_decider(heading, lead_in_of)
        resolutions = read_resolutions(
            lines, default_by=who or found.decided_by, log=log, spans=spans, lead_in_of=lead_in_of
        )
        if resolutions and (len(parts) == 1 or who or has_lead_in(lines, lead_in_of)):
            return resolutions, found.text_of("decision") or "", section
        if resolutions:
            candidates.append(resolutions)
    if candidates:
        return candidates[0], found.text_of("decision") or "", section
    runs = _loose_runs(split, texts)
    loose = [index for run in runs for index in run]
    # A lead-in's list ends where a section starts: the bullets of a later note ("* This
    # decision is not subject to ...") are not more of what was approved. Of several runs,
    # the first whose list a lead-in opens ("RESOLVED" / "That the Executive:" in a minute
    # below the declarations) holds the decisions, not a list in the header above them
    # ("Members in attendance:" over its bullets); failing one, the first list.
    resolutions = []
    for loose_run in runs:
        run = _with_items_under_reasons(split, loose_run, texts)
        lines = [texts[i] for i in run]
        read = read_resolutions(
            lines,
            default_by=found.decided_by,
            decision_section=False,
            log=log,
            spans=_offsets([record_lines[i] for i in run]),
            lead_in_of=lead_in_of,
        )
        if read and (len(runs) == 1 or has_lead_in(lines, lead_in_of)):
            resolutions = read
            break
        resolutions = resolutions or read
    decision = found.text_of("decision")
    if decision is None and resolutions:
        decision = "\n".join(texts[i] for i in loose if texts[i]).strip()
        section = _loose_span(layout, loose)
    if decision is None and not resolutions:
        # A listing entry whose render dropped its "Decision:" label: the act paragraph
        # straight after its labels is the decision.
        act = listing_act(split, texts)
        if act is not None:
            clause_at = (record_lines[act.first].start, record_lines[act.clause_end - 1].end)
            resolutions = read_resolutions(
                [act.clause],
                default_by=found.decided_by,
                log=log,
                spans=[clause_at],
                lead_in_of=lead_in_of,
            )
            if resolutions:
                decision = act.text
                section = Span(clause_at[0], record_lines[act.text_end - 1].end, "prose")
    return resolutions, decision or "", section


def _offsets(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Each line's offsets in the record's text (for the lines a reading of resolutions
    takes, not for every line of the record)."""
    return [(line.start, line.start + len(line.text)) for line in lines]


def _loose_span(layout: Layout, indices: list[int]) -> Span | None:
    """The loose lines read as the decision, from the first with text to the last."""
    written = [i for i in indices if layout.lines[i].text]
    if not written:
        return None
    return Span(layout.lines[written[0]].start, layout.lines[written[-1]].end, "prose")


def _heading_is_lead_in(heading: Heading | None, lead_in_of: LeadInReader) -> bool:
    if heading is None or heading.who or heading.value or " " not in heading.label:
        return False
    # ("2.1 The Leader approved the decision to": the lead-in, without its paragraph number)
    lead_in = lead_in_of(f"{without_paragraph_number(heading.label)}:")
    return lead_in is not None and lead_in.by is not None and not lead_in.rest


def _heading_decider(
    heading: Heading | None, lead_in_of: LeadInReader = read_lead_in
) -> str | None:
    """Who a decision heading names: "Decision of the Leader", or a lead-in read as the
    heading because it speaks of the decision ("The Leader approved the decision to:")."""
    if heading is None:
        return None
    if heading.who:
        return heading.who
    lead_in = lead_in_of(f"{without_paragraph_number(heading.label)}:")
    return lead_in.by if lead_in is not None else None


def _with_items_under_reasons(split: Split, indices: list[int], texts: list[str]) -> list[int]:
    """`indices`, the lines a list of decisions was read from, with the items that go on
    under the reason each one is given ("Resolved:" / "(i) Approved the advertisement ..." /
    "Reason: To respond to residents' concerns ..." / "(ii) Noted that any objections ...":
    a decision session's minute); the reasons' own lines are left out."""
    last = _last_marker(indices, texts)
    if last is None:
        return indices
    more: list[int] = []
    after = indices[-1] + 1
    for part in split.parts:
        heading = part.heading
        if part.line < after:
            continue
        if heading is None or heading.name != "reasons":
            break
        if any(texts[i] for i in range(after, part.line)):
            break
        item = _first_text_after_reason(part, texts)
        marker = read_marker(texts[item]) if item is not None else None
        if item is None or marker is None or not follows_marker(last, marker):
            break
        more.extend(range(item, part.body_end))
        last, after = _last_marker(more, texts) or marker, part.body_end
    return [*indices, *more] if more else indices


def _first_text_after_reason(part: Part, texts: list[str]) -> int | None:
    """The first line with text in the body of a reason's part after the reason itself: the
    label's own line holds it ("Reason:     To respond ..."), or its first paragraph does
    ("Reason:" / "To respond ...", a page's label over its value)."""
    body = range(part.body_start, part.body_end)
    if part.heading is not None and part.heading.value:
        # ... its wrapped end under it, in a rendering's paragraph ("Reason: To respond to
        # the majority view of the residents who returned the" / "consultation.")
        end = next(
            (i for i in body if not texts[i] or read_marker(texts[i]) is not None), part.body_end
        )
        body = range(end, part.body_end)
    elif part.heading is not None:
        reason = next((i for i in body if texts[i]), None)
        if reason is None:
            return None
        end = next((i for i in range(reason, part.body_end) if not texts[i]), part.body_end)
        body = range(end, part.body_end)
    return next((i for i in body if texts[i]), None)


def _last_marker(indices: list[int], texts: list[str]) -> Marker | None:
    for index in reversed(indices):
        marker = read_marker(texts[index]) if texts[index] else None
        if marker is not None and marker.token is not None:
            return marker
    return None


def _loose_runs(split: Split, texts: list[str]) -> list[list[int]]:
    """The indices of the lines under no field heading (under none, or under a heading that
    names no field: "Cabinet Members:", "Present:"), in runs that field sections separate.
    The paragraphs below a title label's value are under none: "Title: Cowick Street
    Waiting Restrictions" names the item on its line, or on the line below the label ("I
    approve the following:" below it is the decision's lead-in, not more of the title)."""
    count = len(texts)
    runs: list[list[int]] = [[]]
    for part in split.parts:
        heading = part.heading
        if heading is None or heading.kind in ("other", "unknown"):
            runs[-1].extend(range(part.body_start, min(part.body_end, count)))
            continue
        if runs[-1]:
            runs.append([])
        if heading.name == "title":
            # (a label over its value, "Title:" / "Residents' Parking Scheme": the
            # paragraphs after the value's)
            end = min(part.body_end, count)
            start = part.body_start
            if not heading.value:
                start = next((i for i in range(start, end) if texts[i]), end)
            below = next((i for i in range(start, end) if not texts[i]), end)
            runs[-1].extend(range(below, end))
    return [run for run in runs if run]


def _check_not_blank(
    found: FieldSections,
    split: Split,
    title: str,
    decision: str,
    resolutions: list[ResolutionItem],
    document: Document,
) -> None:
    """Headings with nothing under them (a blank proforma) are not a record of a decision."""
    if title or decision.strip() or resolutions or split.facts:
        return
    if any(found.text_of(field) for field in found.by_field):
        return
    headings = ", ".join(f"'{p.heading.label}'" for p in found.all_parts() if p.heading)
    raise InvalidRecord(
        f"headings were found ({headings or 'none'}) but every one is empty: no title, no "
        "decision, no resolutions, no reasons, no call-in statement",
        name=document.name,
        path=document.path,
    )


def _yes_no(value: str | None) -> bool | None:
    if value is None:
        return None
    word = (ticked_answer(value) or value).strip().lower().rstrip(".")  # "Yes [X]  No [ ]"
    return True if word in ("yes", "true", "y") else False if word in ("no", "false", "n") else None


# "Council be recommended to make the Plan", "the Executive is asked to note": the body
# named is the one asked, not the one deciding.
_ASKED_RE = regex.compile(
    r"(?i)^(?:that\s+)?(?:the\s+)?(?:full\s+)?\w+\s+(?:be|is|are)\s+"
    r"(?:recommended|asked|requested|invited)\b"
)


def _maker_from_resolutions(resolutions: list[ResolutionItem], found: FieldSections) -> str | None:
    """The body that resolved: "That Cabinet approves and recommends ..." names Cabinet (the
    first resolution that is no recommendation to another body)."""
    first = next((r for r in resolutions if r.kind == "resolved"), None) or (
        resolutions[0] if resolutions else None
    )
    if first is None:
        return None
    if first.number is None:
        if _ASKED_RE.match(first.text):
            return None
        subject = subject_of(first.text)
        if subject is not None:
            return subject
    return first.by if first.kind == "resolved" else None
