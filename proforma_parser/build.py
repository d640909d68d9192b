"""Build the record: sections and facts become the contract's fields, defects attached."""

from __future__ import annotations

import regex

from ._version import __version__
from .checks import check_dates, check_numbering, check_sections
from .defects import DefectLog
from .document import Document
from .errors import InvalidRecord, NotADecisionRecord
from .fields import FieldSections, collect_sections
from .header import (
    Header,
    maker_from_facts,
    maker_from_narrative,
    minute_item_title,
    plain_title,
    read_authority,
    read_header,
    typed_banners,
)
from .headings import Heading
from .leadins import read_lead_in, subject_of
from .listing import listing_act
from .model import CallIn, DecisionRecord, Resolution, Source
from .nil import is_nil
from .normalise import Layout
from .records import record_starts, sub_layout
from .reflow import reflow
from .resolutions import has_lead_in, parse_resolutions
from .sections import Split, split_sections
from .statements import Dates, fact_value, interests, nil_text, read_call_in_statement, read_dates


def build_record(document: Document, layout: Layout) -> DecisionRecord:
    """The DecisionRecord for a normalised document; a record whose line breaks were lost
    (all on one line, so its labels and headings stand mid-line) is read with them put
    back, and as it stands only when that gives no sections."""
    flowed = reflow(document, layout)  # None at once for a record of more than a few lines
    if flowed is not None:
        try:
            fuller = _build_record(document, flowed, reflowed=True)
        except NotADecisionRecord:
            pass
        else:
            if fuller.sections:
                return fuller
    return _build_record(document, layout)


def _build_record(document: Document, layout: Layout, *, reflowed: bool = False) -> DecisionRecord:
    log = DefectLog()
    for reader_defect in document.defects:
        # A reader's defects (encoding, tracked changes, format, packaging) are of the source
        # as a whole, not of a field: their field is null (defects.SOURCE_CODES).
        log.add(reader_defect.code, reader_defect.message, field=None, page=reader_defect.page)
    layout, split = _first_record(layout, log)
    found = collect_sections(layout, split, log)
    texts = [line.text for line in layout.lines]
    first_field = next(
        (p.line for p in split.parts if p.heading is not None and p.heading.kind == "field"),
        len(texts),
    )
    header = read_header(found.header_lines, texts[first_field:])
    resolutions, decision_text = _resolutions(layout, split, found, log)
    _require_structure(found, split, resolutions, document, reflowed=reflowed)
    dates = read_dates(split.facts, header.decision_date_text, layout, log)
    call_in = read_call_in_statement(found, split.facts, layout.text, log, header.decision_status)
    title = _title(found, layout, header, texts)
    _check_not_blank(found, split, title, decision_text, resolutions, document)
    stated = {name for name, value in (("title", title), ("decision", decision_text)) if value}
    stated |= {"call_in"} if call_in is not None else set()
    conflicts, dispensations = interests(found, layout.text, stated)
    _check(found, log, frozenset(stated), resolutions, dates, call_in)
    typed = typed_banners(texts)
    authority = read_authority(found.header_lines, typed, split.facts, layout.text, log)
    return DecisionRecord(
        authority=authority,
        decision_maker=_decision_maker(split, found, header, resolutions, layout, log),
        document_type=header.document_type or next((t for _, t in typed), None),
        decision_date=dates.decision_date,
        title=title,
        decision=decision_text,
        resolutions=resolutions,
        reasons=found.text_of("reasons"),
        alternative_options=nil_text(found, "alternative_options"),
        conflicts_of_interest=conflicts,
        dispensations=dispensations,
        call_in=call_in,
        published_on=dates.published_on,
        effective_from=dates.effective_from,
        is_key_decision=_yes_no(fact_value(split.facts, "is_key_decision")),
        decision_status=fact_value(split.facts, "decision_status") or header.decision_status,
        reference=fact_value(split.facts, "reference") or header.reference,
        sections=found.models,
        defects=log.defects,
        source=_source(document),
        text=layout.text,
    )


def _first_record(layout: Layout, log: DefectLog) -> tuple[Layout, Split]:
    """The layout of the input's first record: two records are never merged."""
    split = split_sections(layout.lines)
    starts = record_starts(layout, split.parts)
    if len(starts) == 1:
        return layout, split
    log.add(
        "multiple_records",
        f"the input holds {len(starts)} records (the next starts at line {starts[1] + 1}); "
        "the first is returned; parse_all() returns every one",
        field=None,  # of the input as a whole (defects.SOURCE_CODES)
    )
    layout = sub_layout(layout, 0, starts[1])
    return layout, split_sections(layout.lines)


def _require_structure(
    found: FieldSections,
    split: Split,
    resolutions: list[Resolution],
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
    resolutions: list[Resolution],
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
    header: Header,
    resolutions: list[Resolution],
    layout: Layout,
    log: DefectLog,
) -> str | None:
    """Who decided, from the most explicit statement to the least: a "Decision Maker:"
    label, "Decision of X", meeting lines, the header, the lead-in, the narrative."""
    stated = _stated_makers(split, log)
    if stated is not None:
        return stated or None
    return (
        found.decided_by
        or maker_from_facts(split.facts)
        or header.decision_maker
        or _maker_from_resolutions(resolutions, found)
        or maker_from_narrative([line.text for line in layout.lines])
    )


def _title(found: FieldSections, layout: Layout, header: Header, texts: list[str]) -> str:
    """The title: a title section, else the heading of the minute holding the decision (none
    when that minute is a procedural one: an earlier minute's heading is not this
    decision's), else the header's."""
    strong_title = found.title_text
    if strong_title is not None:
        return strong_title
    minute = _minute_title(found, layout)
    if minute is not None:
        return minute
    decision = found.decision
    before = texts[: decision.line] if decision is not None else []
    return header.title or plain_title(found.header_lines, before) or found.weak_title_text or ""


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
    if len(distinct) == 1:
        return "" if is_nil(distinct[0]) else distinct[0]
    log.add(
        "uncertain_field",
        "the decision maker labels say " + " / ".join(repr(v) for v in values),
        field="decision_maker",
    )
    return ""


def _minute_title(found: FieldSections, layout: Layout) -> str | None:
    """In minutes, with no title section, the heading of the minute holding the decision."""
    if found.first("title") is not None:
        return None
    return minute_item_title([line.text for line in layout.lines])


def _source(document: Document) -> Source:
    return Source(
        name=document.name,
        path=document.path,
        format=document.format,
        sha256=document.sha256,
        size=document.size,
        pages=document.pages,
        furniture=list(document.furniture),
        parser_version=__version__,
    )


def _resolutions(
    layout: Layout, split: Split, found: FieldSections, log: DefectLog
) -> tuple[list[Resolution], str]:
    texts = [line.text for line in layout.lines]
    # With two decision headings ("DECISION OF THE LEADER OF THE COUNCIL" over the page,
    # "Decision" over the list), the resolutions are under whichever holds them.
    # With a narrative part and a "DECISIONS" part, the one whose list a lead-in opens
    # ("21.2 The Leader RESOLVED to:") holds the decisions, not a numbered paragraph of
    # narrative before it ("21.1 The Leader considered a report ...").
    candidates: list[list[Resolution]] = []
    parts = found.by_field.get("decision", [])
    for part in parts:
        heading = part.heading
        lines = texts[part.body_start : part.body_end]
        if heading is not None and heading.value:
            lines = [heading.value, *lines]
        who = _heading_decider(heading)
        resolutions = parse_resolutions(lines, default_by=who or found.decided_by, log=log)
        if resolutions and (len(parts) == 1 or who or has_lead_in(lines)):
            return resolutions, found.text_of("decision") or ""
        if resolutions:
            candidates.append(resolutions)
    if candidates:
        return candidates[0], found.text_of("decision") or ""
    runs = _loose_runs(split, texts)
    loose = [text for run in runs for text in run]
    # A lead-in's list ends where a section starts: the bullets of a later note ("* This
    # decision is not subject to ...") are not more of what was approved.
    resolutions = []
    for run in runs:
        resolutions = parse_resolutions(
            run, default_by=found.decided_by, decision_section=False, log=log
        )
        if resolutions:
            break
    decision = found.text_of("decision")
    if decision is None and resolutions:
        decision = "\n".join(t for t in loose if t).strip()
    if decision is None and not resolutions:
        # A listing entry whose render dropped its "Decision:" label: the act paragraph
        # straight after its labels is the decision.
        act = listing_act(split, texts)
        if act is not None:
            resolutions = parse_resolutions([act.clause], default_by=found.decided_by, log=log)
            decision = act.text if resolutions else None
    return resolutions, decision or ""


def _heading_decider(heading: Heading | None) -> str | None:
    """Who a decision heading names: "Decision of the Leader", or a lead-in read as the
    heading because it speaks of the decision ("The Leader approved the decision to:")."""
    if heading is None:
        return None
    if heading.who:
        return heading.who
    lead_in = read_lead_in(f"{heading.label}:")
    return lead_in.by if lead_in is not None else None


def _loose_runs(split: Split, texts: list[str]) -> list[list[str]]:
    """The lines under no field heading, in runs that field sections separate."""
    runs: list[list[str]] = [[]]
    for part in split.parts:
        if part.heading is None or part.heading.kind == "other":
            runs[-1].extend(texts[part.body_start : part.body_end])
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _check_not_blank(
    found: FieldSections,
    split: Split,
    title: str,
    decision: str,
    resolutions: list[Resolution],
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
    word = value.strip().lower().rstrip(".")
    return True if word in ("yes", "true", "y") else False if word in ("no", "false", "n") else None


# "Council be recommended to make the Plan", "the Executive is asked to note": the body
# named is the one asked, not the one deciding.
_ASKED_RE = regex.compile(
    r"(?i)^(?:that\s+)?(?:the\s+)?(?:full\s+)?\w+\s+(?:be|is|are)\s+"
    r"(?:recommended|asked|requested|invited)\b"
)


def _maker_from_resolutions(resolutions: list[Resolution], found: FieldSections) -> str | None:
    """The body that resolved: "That Cabinet approves and recommends ..." names Cabinet."""
    first = resolutions[0] if resolutions else None
    if first is None:
        return None
    if first.number is None:
        if _ASKED_RE.match(first.text):
            return None
        subject = subject_of(first.text)
        if subject is not None:
            return subject
    return first.by if first.kind == "resolved" else None
