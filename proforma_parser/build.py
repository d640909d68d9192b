"""Build the record: sections and facts become the contract's fields, defects attached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ._version import __version__
from .callin import call_in_from_flag, call_in_from_prose, read_call_in
from .checks import check_dates, check_numbering, check_sections
from .dates import find_first_date
from .defects import DefectLog
from .document import Document
from .errors import InvalidRecord, NotADecisionRecord
from .fields import FieldSections, collect_sections
from .header import (
    authority_in_text,
    maker_from_facts,
    maker_from_narrative,
    published_from_sign_off,
    read_header,
)
from .leadins import subject_of
from .model import CallIn, DecisionRecord, Resolution, Source
from .nil import value_or_nil
from .normalise import Layout
from .prose import conflicts_in_prose, dispensations_in_prose, effective_in_prose
from .records import record_starts, sub_layout
from .resolutions import parse_resolutions
from .sections import Fact, Split, split_sections


@dataclass(frozen=True, slots=True)
class _Dates:
    decision_date: dt.date | None
    published_on: dt.date | None
    effective_from: dt.date | None


def build_record(document: Document, layout: Layout) -> DecisionRecord:
    """The DecisionRecord for a normalised document."""
    log = DefectLog()
    for reader_defect in document.defects:
        log.add(reader_defect.code, reader_defect.message, page=reader_defect.page)
    split = split_sections(layout.lines)
    starts = record_starts(layout, split.parts)
    if len(starts) > 1:
        # Never merge two records: the first is this record; `parse_all` returns each.
        log.add(
            "multiple_records",
            f"the input holds {len(starts)} records (the next starts at line {starts[1] + 1}); "
            "the first is returned; parse_all() returns every one",
        )
        layout = sub_layout(layout, 0, starts[1])
        split = split_sections(layout.lines)
    found = collect_sections(layout, split, log)
    header = read_header(found.header_lines)
    resolutions, decision_text = _resolutions(layout, split, found)
    if not found.sections and not split.facts and not resolutions:
        raise NotADecisionRecord(
            "no decision-record structure found: no section headings (such as 'Record of the "
            "Decision' or 'Reasons for the Decision'), no labels and no resolutions",
            name=document.name,
        )
    dates = _dates(split.facts, header.decision_date_text, layout, log)
    call_in = _call_in(found, split.facts, layout.text, log, header.decision_status)
    strong_title = found.title_text
    title = (
        strong_title if strong_title is not None else header.title or found.weak_title_text or ""
    )
    _check_not_blank(found, split, title, decision_text, resolutions, document.name)
    stated = {"title"} if title else set()
    stated |= {"decision"} if decision_text else set()
    stated |= {"call_in"} if call_in is not None else set()
    conflicts, dispensations = _interests(found, layout.text, stated)
    check_sections(found, log, stated=frozenset(stated))
    check_numbering(resolutions, log)
    check_dates(dates.decision_date, dates.published_on, call_in, log)
    if found.decision is not None and not resolutions:
        log.add(
            "no_resolutions",
            "the decision holds no resolution that could be parsed",
            section=found.decision.heading.number if found.decision.heading else None,
        )
    return DecisionRecord(
        authority=header.authority or authority_in_text(layout.text),
        decision_maker=_fact(split.facts, "decision_maker")
        or found.decided_by
        or maker_from_facts(split.facts)
        or header.decision_maker
        or _maker_from_resolutions(resolutions, found)
        or maker_from_narrative([line.text for line in layout.lines]),
        document_type=header.document_type,
        decision_date=dates.decision_date,
        title=title,
        decision=decision_text,
        resolutions=resolutions,
        reasons=found.text_of("reasons"),
        alternative_options=_nil_text(found, "alternative_options"),
        conflicts_of_interest=conflicts,
        dispensations=dispensations,
        call_in=call_in,
        published_on=dates.published_on,
        effective_from=dates.effective_from,
        is_key_decision=_yes_no(_fact(split.facts, "is_key_decision")),
        decision_status=_fact(split.facts, "decision_status") or header.decision_status,
        reference=_fact(split.facts, "reference") or header.reference,
        sections=found.models,
        defects=log.defects,
        source=Source(
            name=document.name,
            format=document.format,
            sha256=document.sha256,
            size=document.size,
            pages=document.pages,
            furniture=list(document.furniture),
            parser_version=__version__,
        ),
        text=layout.text,
    )


def _resolutions(
    layout: Layout, split: Split, found: FieldSections
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
        resolutions = parse_resolutions(lines, default_by=who or found.decided_by)
        if resolutions:
            return resolutions, found.text_of("decision") or ""
    loose = [
        texts[i]
        for part in split.parts
        if part.heading is None or part.heading.kind == "other"
        for i in range(part.body_start, part.body_end)
    ]
    resolutions = parse_resolutions(loose, default_by=found.decided_by, decision_section=False)
    decision = found.text_of("decision")
    if decision is None and resolutions:
        decision = "\n".join(t for t in loose if t).strip()
    return resolutions, decision or ""


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


def _interests(found: FieldSections, text: str, stated: set[str]) -> tuple[str | None, str | None]:
    """Conflicts and dispensations from their sections, else from what the prose says
    ("Councillor X declared a personal interest ...", "No dispensations were granted")."""
    conflicts = _nil_text(found, "conflicts_of_interest")
    dispensations = _dispensations(found)
    if found.first("conflicts_of_interest") is None:
        said, conflicts = conflicts_in_prose(text)
        stated |= {"conflicts_of_interest"} if said else set()
    if found.first("dispensations") is None:
        said, dispensations = dispensations_in_prose(text)
        stated |= {"dispensations"} if said else set()
    return conflicts, dispensations


# What each nil-able section speaks of, so that "None. However, Councillor X declared ..."
# keeps its content while "None. This decision will come into force ..." does not.
_TOPICS = {
    "alternative_options": regex.compile(r"(?i)\b(?:alternatives?|options?|rejected)\b"),
    "conflicts_of_interest": regex.compile(r"(?i)\b(?:interests?|conflicts?|declar\w+)\b"),
    "dispensations": regex.compile(r"(?i)\bdispensations?\b"),
}


def _nil_text(found: FieldSections, name: str) -> str | None:
    text = found.text_of(name)
    return None if text is None else value_or_nil(text, topic=_TOPICS.get(name))


# Sentence ends in a combined conflicts/dispensations statement.
_SENTENCE_RE = regex.compile(r"(?<=[.;])\s+")


def _dispensations(found: FieldSections) -> str | None:
    """A combined conflicts-and-dispensations section speaks of dispensations only where it
    says the word: "Councillor X declared an interest ..." is no dispensation."""
    part = found.first("dispensations")
    text = _nil_text(found, "dispensations")
    if text is None or part is None or part is not found.first("conflicts_of_interest"):
        return text
    sentences = [s for s in _SENTENCE_RE.split(text) if "dispensation" in s.lower()]
    return " ".join(sentences) or None


def _fact(facts: Sequence[Fact], name: str) -> str | None:
    return next((f.value.strip() for f in facts if f.name == name and f.value.strip()), None)


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


def _dates(
    facts: Sequence[Fact], header_date: str | None, layout: Layout, log: DefectLog
) -> _Dates:
    def first(names: tuple[str, ...], fallback: str | None = None) -> dt.date | None:
        texts = [f.value for f in facts if f.name in names]
        if fallback:
            texts.append(fallback)
        for text in texts:
            found = find_first_date(text)
            if found is not None:
                if not found.weekday_ok:
                    log.add(
                        "weekday_mismatch",
                        f"{found.weekday} does not fall on {found.date:%d %B %Y} in {text!r}",
                    )
                return found.date
            log.add("unparsed_date", f"expected a date, found {text!r}")
        return None

    decision_date = first(("decision_date",), header_date) or first(("meeting",))
    sign_off = published_from_sign_off([line.text for line in layout.lines])
    return _Dates(
        decision_date=decision_date,
        published_on=first(("published_on",), sign_off),
        effective_from=first(("effective_from",), effective_in_prose(layout.text)),
    )


def _call_in(
    found: FieldSections,
    facts: Sequence[Fact],
    text: str,
    log: DefectLog,
    header_status: str | None,
) -> CallIn | None:
    section = found.first("call_in")
    if section is not None:
        heading = section.heading
        return read_call_in(
            found.text_of("call_in") or "",
            log,
            section=heading.number if heading else None,
            label=heading.label if heading else "",
        )
    flag = next((f for f in facts if f.name == "call_in_flag" and f.value.strip()), None)
    if flag is not None:
        from_flag = call_in_from_flag(flag.value, label=flag.label)
        if from_flag is not None:
            # The statement as written: "Is subject to call in?: No", not just "No".
            return from_flag.model_copy(update={"text": f"{flag.label}: {flag.value.strip()}"})
    prose = call_in_from_prose(text, log)
    if prose is not None:
        return prose
    status = _fact(facts, "decision_status") or header_status
    if status and "call" in status.lower():
        return call_in_from_flag(status)
    return None
