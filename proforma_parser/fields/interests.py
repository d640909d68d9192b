"""Conflicts of interest and dispensations: from their sections, else from what the
record's prose says ("No conflicts of interest were declared").
"""

from __future__ import annotations

import regex

from ..wording.nil import value_or_nil
from ..wording.prose import (
    conflicts_in_prose_at,
    dispensations_in_prose_at,
)
from .content import FieldSections, section_span
from .provenance import Span, offsets_span


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
