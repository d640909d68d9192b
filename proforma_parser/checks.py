"""Consistency checks that turn oddities into defects: sections, numbering, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from .defects import DefectLog
from .fields.content import FieldSections
from .model import CallIn
from .structure.sections import Part
from .wording.numbering import candidate_kinds, ordinal

# The statutory elements (reg. 12(2)) plus title and call-in, in the proforma's order.
STATUTORY: tuple[tuple[str, str], ...] = (
    ("title", "title of the item"),
    ("decision", "record of the decision"),
    ("reasons", "reasons for the decision"),
    ("alternative_options", "alternative options considered and rejected"),
    ("conflicts_of_interest", "declared conflicts of interest"),
    ("dispensations", "dispensations granted"),
    ("call_in", "call-in statement"),
)
# Fields whose heading with nothing under it means "none declared", not an empty section.
_NIL_ALLOWED = frozenset({"alternative_options", "conflicts_of_interest", "dispensations"})


def check_sections(found: FieldSections, log: DefectLog, *, stated: frozenset[str]) -> None:
    """Missing, empty, duplicated and out-of-order sections.

    `stated` names the fields the record states outside any section (a title from the page
    heading, a decision read from loose text, call-in from "Is subject to call in?: No"):
    those are not missing.
    """
    for name, meaning in STATUTORY:
        parts = found.by_field.get(name, [])
        if not parts:
            if name not in stated:
                log.add(
                    "missing_section", f"expected the {meaning}; the record has none", field=name
                )
            continue
        first = parts[0]
        number = first.heading.number if first.heading else None
        if len(parts) > 1:
            log.add(
                "duplicate_section",
                f"the {meaning} appears {len(parts)} times; the first was used",
                field=name,
                section=number,
            )
        if name not in _NIL_ALLOWED and not found.body_of(first):
            log.add(
                "empty_section",
                f"the {meaning} heading has nothing under it",
                field=name,
                section=number,
            )
    for part in found.unknown:
        label = part.heading.label if part.heading else ""
        log.add(
            "unknown_section",
            f"the heading {label!r} names no part of a decision record; "
            "its text was kept in `sections` only",
            # It feeds no field: the one place its text is kept is `sections`.
            field="sections",
            section=part.heading.number if part.heading else None,
        )
    numbered = [(p.heading.number, p) for p in found.numbered if p.heading and p.heading.number]
    for (before, _), (after, part) in pairwise(numbered):
        if after < before:
            log.add(
                "out_of_order_section",
                f"section {after} comes after section {before}",
                field=_field_of(found, part),
                section=after,
            )


def _field_of(found: FieldSections, part: Part) -> str:
    """The first field `part` feeds; "sections" for a part that feeds none."""
    return next((name for name, parts in found.by_field.items() if part in parts), "sections")


class _Numbered(Protocol):
    """A resolution as read or as the contract's model: its number and its sub-items."""

    @property
    def number(self) -> str | None: ...

    @property
    def items(self) -> Sequence[_Numbered]: ...


def check_numbering(resolutions: Sequence[_Numbered], log: DefectLog) -> None:
    """Numbers that skip, repeat or restart within one list of resolutions."""
    numbered = [r.number for r in resolutions if r.number is not None]
    if len(numbered) < 2:
        return
    kinds = [k for k in candidate_kinds(numbered[0]) if all(ordinal(n, k) for n in numbered)]
    if not kinds:
        log.add(
            "resolution_numbering",
            f"resolution numbers mix styles: {', '.join(numbered)}",
            field="resolutions",
        )
        return
    values = [ordinal(n, kinds[0]) for n in numbered]
    expected = list(range(values[0] or 1, (values[0] or 1) + len(values)))
    if values != expected:
        log.add(
            "resolution_numbering",
            f"expected resolutions numbered in sequence, found {', '.join(numbered)}",
            field="resolutions",
        )
    for resolution in resolutions:
        check_numbering(resolution.items, log)


def check_dates(
    decision_date: dt.date | None,
    published_on: dt.date | None,
    call_in: CallIn | None,
    log: DefectLog,
) -> None:
    """Dates that contradict each other."""
    if decision_date is None:
        return
    if call_in is not None and call_in.date is not None and call_in.date < decision_date:
        log.add(
            "date_order",
            f"the call-in deadline {call_in.date} is before the decision on {decision_date}",
            field="call_in",
        )
    if published_on is not None and published_on < decision_date:
        log.add(
            "date_order",
            f"the record was published on {published_on}, before the decision on {decision_date}",
            field="published_on",
        )
