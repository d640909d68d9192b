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
from .header import published_from_sign_off
from .model import CallIn
from .nil import value_or_nil
from .normalise import Layout
from .prose import (
    conflicts_in_prose,
    dispensations_in_prose,
    effective_in_prose,
    published_in_prose,
)
from .sections import Fact


@dataclass(frozen=True, slots=True)
class Dates:
    decision_date: dt.date | None
    published_on: dt.date | None
    effective_from: dt.date | None


def interests(found: FieldSections, text: str, stated: set[str]) -> tuple[str | None, str | None]:
    """Conflicts and dispensations from their sections, else from what the prose says
    ("Councillor X declared a personal interest ...", "No dispensations were granted")."""
    conflicts = nil_text(found, "conflicts_of_interest")
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
    facts: Sequence[Fact], header_date: str | None, layout: Layout, log: DefectLog
) -> Dates:
    def first(
        field: str, names: tuple[str, ...], fallback: Callable[[], str | None] = lambda: None
    ) -> dt.date | None:
        """The first readable date under `names` (labels), for the record's `field`."""
        # The fallback (a scan of the whole record) is read only when no label gives a date.
        read = itertools.chain(
            ((f.value, f.date) for f in facts if f.name in names), _lazy(fallback)
        )
        for text, known in read:
            found = known if known is not None else find_first_date(text)
            if found is not None:
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

    decision_date = (
        first("decision_date", ("decision_date",), lambda: header_date)
        or first("decision_date", ("meeting",))
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
            lambda: (
                published_from_sign_off([line.text for line in layout.lines])
                or published_in_prose(layout.text)
            ),
        ),
        effective_from=first(
            "effective_from", ("effective_from",), lambda: effective_in_prose(layout.text)
        )
        if agreed("effective_from")
        else None,
    )


def _lazy(fallback: Callable[[], str | None]) -> Iterator[tuple[str, DateMatch | None]]:
    value = fallback()
    if value:
        yield value, None


def read_call_in_statement(
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
    status = fact_value(facts, "decision_status") or header_status
    if status and "call" in status.lower():
        return call_in_from_flag(status)
    return None
