"""Build the record: sections and facts become the contract's fields, defects attached."""

from __future__ import annotations

from ._version import __version__
from .checks import check_dates, check_numbering, check_sections
from .defects import DefectLog
from .document import Document
from .errors import InvalidRecord, NotADecisionRecord
from .fields import FieldSections, collect_sections
from .header import (
    Header,
    authority_in_text,
    maker_from_facts,
    maker_from_narrative,
    minute_item_title,
    plain_title,
    read_header,
)
from .leadins import subject_of
from .model import CallIn, DecisionRecord, Resolution, Source
from .normalise import Layout
from .records import record_starts, sub_layout
from .resolutions import parse_resolutions
from .sections import Split, split_sections
from .statements import Dates, fact_value, interests, nil_text, read_call_in_statement, read_dates


def build_record(document: Document, layout: Layout) -> DecisionRecord:
    """The DecisionRecord for a normalised document."""
    log = DefectLog()
    for reader_defect in document.defects:
        log.add(reader_defect.code, reader_defect.message, page=reader_defect.page)
    layout, split = _first_record(layout, log)
    found = collect_sections(layout, split, log)
    header = read_header(found.header_lines)
    resolutions, decision_text = _resolutions(layout, split, found, log)
    _require_structure(found, split, resolutions, document.name)
    dates = read_dates(split.facts, header.decision_date_text, layout, log)
    call_in = read_call_in_statement(found, split.facts, layout.text, log, header.decision_status)
    strong_title = found.title_text
    title = (
        strong_title
        if strong_title is not None
        else _minute_title(found, layout)
        or header.title
        or plain_title(found.header_lines)
        or found.weak_title_text
        or ""
    )
    _check_not_blank(found, split, title, decision_text, resolutions, document.name)
    stated = {name for name, value in (("title", title), ("decision", decision_text)) if value}
    stated |= {"call_in"} if call_in is not None else set()
    conflicts, dispensations = interests(found, layout.text, stated)
    _check(found, log, frozenset(stated), resolutions, dates, call_in)
    return DecisionRecord(
        authority=header.authority or authority_in_text(layout.text),
        decision_maker=_decision_maker(split, found, header, resolutions, layout),
        document_type=header.document_type,
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
    )
    layout = sub_layout(layout, 0, starts[1])
    return layout, split_sections(layout.lines)


def _require_structure(
    found: FieldSections, split: Split, resolutions: list[Resolution], name: str | None
) -> None:
    if not found.sections and not split.facts and not resolutions:
        raise NotADecisionRecord(
            "no decision-record structure found: no section headings (such as 'Record of the "
            "Decision' or 'Reasons for the Decision'), no labels and no resolutions",
            name=name,
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
            section=heading.number if heading else None,
        )


def _decision_maker(
    split: Split,
    found: FieldSections,
    header: Header,
    resolutions: list[Resolution],
    layout: Layout,
) -> str | None:
    """Who decided, from the most explicit statement to the least: a "Decision Maker:"
    label, "Decision of X", meeting lines, the header, the lead-in, the narrative."""
    return (
        fact_value(split.facts, "decision_maker")
        or found.decided_by
        or maker_from_facts(split.facts)
        or header.decision_maker
        or _maker_from_resolutions(resolutions, found)
        or maker_from_narrative([line.text for line in layout.lines])
    )


def _minute_title(found: FieldSections, layout: Layout) -> str | None:
    """In minutes, with no title section, the heading of the minute holding the decision."""
    if found.first("title") is not None:
        return None
    return minute_item_title([line.text for line in layout.lines])


def _source(document: Document) -> Source:
    return Source(
        name=document.name,
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
    for part in found.by_field.get("decision", []):
        heading = part.heading
        lines = texts[part.body_start : part.body_end]
        if heading is not None and heading.value:
            lines = [heading.value, *lines]
        who = heading.who if heading is not None else None
        resolutions = parse_resolutions(lines, default_by=who or found.decided_by, log=log)
        if resolutions:
            return resolutions, found.text_of("decision") or ""
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
    return resolutions, decision or ""


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
    name: str | None,
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
        name=name,
    )


def _yes_no(value: str | None) -> bool | None:
    if value is None:
        return None
    word = value.strip().lower().rstrip(".")
    return True if word in ("yes", "true", "y") else False if word in ("no", "false", "n") else None


def _maker_from_resolutions(resolutions: list[Resolution], found: FieldSections) -> str | None:
    """The body that resolved: "That Cabinet approves and recommends ..." names Cabinet."""
    first = resolutions[0] if resolutions else None
    if first is None:
        return None
    if first.number is None:
        subject = subject_of(first.text)
        if subject is not None:
            return subject
    return first.by if first.kind == "resolved" else None
