"""The statutory statements that a record makes in several ways: conflicts and
dispensations (a section, or prose), dates (labels, the header, the sign-off, prose) and
call-in (a section, a label, prose, the status line)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import regex

from .callin import call_in_from_flag, call_in_from_prose, read_call_in
from .dates import DateMatch, find_first_date
from .defects import DefectLog
from .fields import FieldSections
from .header import PROPER_OFFICER_RE, published_from_sign_off
from .model import CallIn
from .nil import value_or_nil
from .normalise import Layout
from .prose import (
    conflicts_in_prose_at,
    dispensations_in_prose_at,
    effective_match,
    published_match,
)
from .provenance import Span, line_span, locate, offsets_span
from .sections import Fact

# A fallback's value and where it was read, once a label gave none.
_Read = tuple[str, Span | None]


@dataclass(frozen=True, slots=True)
class Dates:
    decision_date: dt.date | None
    published_on: dt.date | None
    effective_from: dt.date | None
    spans: dict[str, Span]
    """Where each date was read (by field name), for the dates that were read."""


def fact_span(layout: Layout, fact: Fact) -> Span | None:
    """The label's line and the lines its value took."""
    return line_span(layout, fact.line, max(fact.end, fact.line + 1), "label")


def section_span(found: FieldSections, name: str) -> Span | None:
    part = found.first(name)
    if part is None:
        return None
    start, end = found.span_of(part)
    return offsets_span(start, end, "section")


def interests(
    found: FieldSections, text: str, stated: set[str], spans: dict[str, Span]
) -> tuple[str | None, str | None]:
    """Conflicts and dispensations from their sections, else from what the prose says
    ("Councillor X declared a personal interest ...", "No dispensations were granted");
    where each was read goes into `spans`."""
    conflicts = nil_text(found, "conflicts_of_interest")
    dispensations = _dispensations(found)
    for name in ("conflicts_of_interest", "dispensations"):
        span = section_span(found, name)
        if span is not None:
            spans[name] = span
    if found.first("conflicts_of_interest") is None:
        said, conflicts, at = conflicts_in_prose_at(text)
        stated |= {"conflicts_of_interest"} if said else set()
        if at is not None and (span := offsets_span(*at, "prose")):
            spans["conflicts_of_interest"] = span
    if found.first("dispensations") is None:
        said, dispensations, at = dispensations_in_prose_at(text)
        stated |= {"dispensations"} if said else set()
        if at is not None and (span := offsets_span(*at, "prose")):
            spans["dispensations"] = span
    return conflicts, dispensations


# What each nil-able section speaks of, so that "None. However, Councillor X declared ..."
# keeps its content while "None. This decision will come into force ..." does not.
_TOPICS = {
    "alternative_options": regex.compile(r"(?i)\b(?:alternatives?|options?|rejected)\b"),
    "conflicts_of_interest": regex.compile(r"(?i)\b(?:interests?|conflicts?|declar\w+)\b"),
    "dispensations": regex.compile(r"(?i)\bdispensations?\b"),
}


def nil_text(found: FieldSections, name: str) -> str | None:
    text = found.text_of(name)
    return None if text is None else value_or_nil(text, topic=_TOPICS.get(name))


# Sentence ends in a combined conflicts/dispensations statement.
_SENTENCE_RE = regex.compile(r"(?<=[.;])\s+")


def _dispensations(found: FieldSections) -> str | None:
    """A combined conflicts-and-dispensations section speaks of dispensations only where it
    says the word: "Councillor X declared an interest ..." is no dispensation."""
    part = found.first("dispensations")
    text = nil_text(found, "dispensations")
    if text is None or part is None or part is not found.first("conflicts_of_interest"):
        return text
    sentences = [s for s in _SENTENCE_RE.split(text) if "dispensation" in s.lower()]
    return " ".join(sentences) or None


def fact_value(facts: Sequence[Fact], name: str) -> str | None:
    return next((f.value.strip() for f in facts if f.name == name and f.value.strip()), None)


def read_dates(
    facts: Sequence[Fact],
    header_date: str | None,
    layout: Layout,
    log: DefectLog,
    header_span: Span | None = None,
) -> Dates:
    """The record's dates, from labels first; `header_span` is where `header_date` (the
    header's statement of the decision date) was read."""
    spans: dict[str, Span] = {}

    def first(
        field: str, names: tuple[str, ...], fallback: Callable[[], _Read | None] = lambda: None
    ) -> dt.date | None:
        """The first readable date under `names` (labels), for the record's `field`."""
        # The fallback (a scan of the whole record) is read only when no label gives a date.
        read = itertools.chain(
            ((f.value, f.date, f) for f in facts if f.name in names), _lazy(fallback)
        )
        for text, known, source in read:
            found = known if known is not None else find_first_date(text)
            if found is not None:
                span = fact_span(layout, source) if isinstance(source, Fact) else source
                if span is not None:
                    spans[field] = span
                if not found.weekday_ok:
                    log.add(
                        "weekday_mismatch",
                        f"{found.weekday} does not fall on {found.date:%d %B %Y} in {text!r}",
                        field=field,
                    )
                return found.date
            log.add("unparsed_date", f"expected a date, found {text!r}", field=field)
        return None

    def agreed(name: str) -> bool:
        # Two labels of one kind naming different dates ("Date of decision: 3 March 2025",
        # "Date of decision: 5 March 2025"): null and `uncertain_field`, never a pick.
        if sum(1 for f in facts if f.name == name) < 2:  # most records: one label or none
            return True
        dates = {
            found.date
            for f in facts
            if f.name == name
            and (found := f.date if f.date is not None else find_first_date(f.value))
        }
        if len(dates) > 1:
            listed = ", ".join(f"{d:%d %B %Y}" for d in sorted(dates))
            log.add("uncertain_field", f"the record's labels give {listed}", field=name)
        return len(dates) <= 1

    def header() -> _Read | None:
        return (header_date, header_span) if header_date else None

    def published() -> _Read | None:
        lines = [line.text for line in layout.lines]
        signed = published_from_sign_off(lines)
        if signed:
            # "Proper Officer" / "21 March 2022": the sign-off line down to the date
            at = _sign_off(lines)
            span = locate(layout, signed, "label", first_line=at, ignore_case=False)
            if span is not None:
                span = Span(layout.lines[at].start, span.end, "label")
            return signed, span
        found = published_match(layout.text)
        if found is None:
            return None
        return found.group("date"), _prose_span(found)

    def effective() -> _Read | None:
        found = effective_match(layout.text)
        if found is None:
            return None
        return found.group("date"), _prose_span(found)

    decision_date = (
        first("decision_date", ("decision_date",), header) or first("decision_date", ("meeting",))
        if agreed("decision_date")
        else None
    )
    return Dates(
        decision_date=decision_date,
        published_on=None
        if not agreed("published_on")
        else first(
            "published_on",
            ("published_on",),
            published,
        ),
        effective_from=first("effective_from", ("effective_from",), effective)
        if agreed("effective_from")
        else None,
        spans=spans,
    )


def _sign_off(lines: Sequence[str]) -> int:
    """The index of the "Proper Officer" line that `published_from_sign_off` reads from."""
    return next((i for i, line in enumerate(lines) if PROPER_OFFICER_RE.match(line)), 0)


def _prose_span(found: regex.Match[str]) -> Span | None:
    """The statement found in the record's text."""
    return offsets_span(found.start(), found.end(), "prose")


def _lazy(
    fallback: Callable[[], _Read | None],
) -> Iterator[tuple[str, DateMatch | None, Span | None]]:
    read = fallback()
    if read is not None and read[0]:
        yield read[0], None, read[1]


def read_call_in_statement(
    found: FieldSections,
    facts: Sequence[Fact],
    layout: Layout,
    log: DefectLog,
    header_status: str | None,
    spans: dict[str, Span],
    status_span: Span | None = None,
) -> CallIn | None:
    """The call-in statement; where it was read goes into `spans["call_in"]` (`status_span`
    is where the header's `header_status` was read)."""
    section = found.first("call_in")
    if section is not None:
        heading = section.heading
        _put(spans, section_span(found, "call_in"))
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
            _put(spans, fact_span(layout, flag))
            # The statement as written: "Is subject to call in?: No", not just "No".
            return from_flag.model_copy(update={"text": f"{flag.label}: {flag.value.strip()}"})
    prose = call_in_from_prose(layout.text, log)
    if prose is not None:
        _put(spans, locate(layout, prose.text, "prose", whole_lines=False, ignore_case=False))
        return prose
    status_fact = next((f for f in facts if f.name == "decision_status" and f.value.strip()), None)
    status = status_fact.value.strip() if status_fact is not None else header_status
    if status and "call" in status.lower():
        _put(spans, fact_span(layout, status_fact) if status_fact is not None else status_span)
        return call_in_from_flag(status)
    return None


def _put(spans: dict[str, Span], span: Span | None) -> None:
    if span is not None:
        spans["call_in"] = span
