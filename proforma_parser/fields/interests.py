"""Conflicts of interest and dispensations: from their sections, else from what the
record's prose says ("No conflicts of interest were declared").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..structure.headings import match_heading
from ..wording.headings import HEADING_WORDS
from ..wording.nil import is_nil, value_or_nil
from ..wording.prose import (
    conflicts_in_prose_at,
    dispensations_in_prose_at,
)
from .content import FieldSections, section_span
from .provenance import Span, offsets_span


@dataclass(frozen=True, slots=True)
class Interests:
    """The record's conflicts of interest and dispensations, as read."""

    conflicts: str | None
    dispensations: str | None
    said: frozenset[str]
    """The fields that the record's prose speaks of, where it has no section for them."""
    spans: dict[str, Span]
    """Where each was read (by field name), for those that were."""
    unstated: frozenset[str] = frozenset()
    """The fields whose section only invites declarations and states none: left null, and
    the record is uncertain of them."""


def interests(found: FieldSections, text: str, lower: str | None = None) -> Interests:
    """Conflicts and dispensations from their sections, else from what the prose says
    ("Councillor X declared a personal interest ...", "No dispensations were granted");
    `lower` is `text.lower()`, where the caller has it."""
    spans: dict[str, Span] = {}
    said: set[str] = set()
    conflicts = nil_text(found, "conflicts_of_interest")
    unstated = frozenset({"conflicts_of_interest"}) if _only_invites(conflicts) else frozenset()
    conflicts = None if unstated else conflicts
    dispensations = _dispensations(found)
    for name in ("conflicts_of_interest", "dispensations"):
        span = section_span(found, name)
        if span is not None:
            spans[name] = span
    if found.first("conflicts_of_interest") is None:
        stated, conflicts, at = conflicts_in_prose_at(text, lower)
        said |= {"conflicts_of_interest"} if stated else set()
        if at is not None and (span := offsets_span(*at, "prose")):
            spans["conflicts_of_interest"] = span
    if found.first("dispensations") is None:
        stated, dispensations, at = dispensations_in_prose_at(text, lower)
        said |= {"dispensations"} if stated else set()
        if at is not None and (span := offsets_span(*at, "prose")):
            spans["dispensations"] = span
    return Interests(conflicts, dispensations, frozenset(said), spans, unstated)


# A minute's invitation to declare, which itself declares nothing: "At this point in the
# meeting, the Executive Member is asked to declare any disclosable pecuniary interest ...".
_INVITES_RE = regex.compile(r"(?i)\b(?:is|are|was|were|be)\s+(?:asked|invited)\s+to\s+declare\b")


def _only_invites(text: str | None) -> bool:
    """`text` is one invitation to declare, with no declaration in it or after it."""
    if not text or "\n\n" in text or _INVITES_RE.search(text) is None:
        return False
    return _DECLARES_RE.search(text) is None and len(_SENTENCE_RE.split(text.strip())) == 1


# What each nil-able section speaks of, so that "None. However, Councillor X declared ..."
# keeps its content while "None. This decision will come into force ..." does not.
_TOPICS = {
    "alternative_options": regex.compile(r"(?i)\b(?:alternatives?|options?|rejected)\b"),
    "conflicts_of_interest": regex.compile(r"(?i)\b(?:interests?|conflicts?|declar\w+)\b"),
    "dispensations": regex.compile(r"(?i)\bdispensations?\b"),
}


def nil_text(found: FieldSections, name: str) -> str | None:
    text = found.text_of(name)
    if text is not None and text[:9].lower() == "minutes:\n":
        # "Declarations of Interest" / "Minutes:" / "There were no declarations of interest
        # made.": a ModernGov minutes page's label over each item's minute
        text = text[9:].strip()
    if text is not None and (end := _LABEL_END_RE.match(text)) is not None:
        # "... any dispensation granted by the" / "Proper Officer: None": the label's end
        # wrapped onto its value's line
        text = text[end.end() :]
    if text is not None and name == "conflicts_of_interest":
        text = _without_apologies(text)
    if text is None or (name == "conflicts_of_interest" and _nil_after_preamble(text)):
        return None
    if "\n" not in text and (label := match_heading(text.strip())) is not None and not label.value:
        # "Declarations of Interest" / "Private Reason" / "Publication Date": a CMIS page's
        # empty row, the next row's label under it
        return None
    if name != "alternative_options" and _BARE_NO_RE.match(text):
        # "Were any conflicts of interest declared?" / "No": a bare no declares none (an
        # option's "No" is one of its own)
        return None
    if name != "alternative_options" and _nil_among_label_ends(text):
        return None
    return value_or_nil(text, topic=_TOPICS.get(name))


# A label's last words wrapped onto its value's line: "Proper Officer: ".
_LABEL_END_RE = regex.compile(r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+:\s+(?=\S)")

# The most words of a label's wrapped line, in a two-column form's first column.
_MAX_LABEL_END_WORDS = 5


def _nil_among_label_ends(text: str) -> bool:
    """A none between the wrapped lines of its label, where a two-column form's rows ran
    together: "None declared" / "declared by any member" / "consulted" (the label was
    "Conflicts of interest declared by any member consulted"), "dispensation granted" /
    "None". The label's lines are lower-case words a heading is made of."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    ends = [line for line in lines if _label_end(line)]
    rest = [line for line in lines if not _label_end(line)]
    return bool(ends) and len(rest) == 1 and is_nil(rest[0])


def _label_end(line: str) -> bool:
    words = line.lower().split()
    return (
        line[:1].islower()
        and len(words) <= _MAX_LABEL_END_WORDS
        and all(word in HEADING_WORDS for word in words)
    )


_BARE_NO_RE = regex.compile(r"(?i)^no\.?$")


# A minutes item headed "Apologies and Declarations of Interest" says who sent apologies
# before what was declared: "Apologies were received from Cllr Nathan Crewe." / "No
# declarations of interest were made.". Who was absent declares nothing.
_APOLOGIES_RE = regex.compile(
    r"(?i)^\s*(?:(?:there\s+were\s+)?(?:no\s+)?apolog(?:y|ies)\b|an\s+apology\b)"
)


def _without_apologies(text: str) -> str | None:
    """`text` without its sentences on apologies for absence ("Apologies for absence were
    received from Councillor X. There were no declarations of interest."); None when
    nothing else is left."""
    if _APOLOGIES_RE.match(text) is None and "\n\napolog" not in text.lower():
        return text
    kept = [_no_apologies(paragraph) for paragraph in text.split("\n\n")]
    return "\n\n".join(p for p in kept if p).strip() or None


def _no_apologies(paragraph: str) -> str:
    sentences = _SENTENCE_RE.split(paragraph.strip())
    kept = [s for s in sentences if _APOLOGIES_RE.match(s) is None]
    if len(kept) == len(sentences):
        return paragraph
    return " ".join(" ".join(kept).split())  # (what is left of a wrapped paragraph, as one)


# What a paragraph that declares an interest says: who declared, and in what.
_DECLARES_RE = regex.compile(r"(?i)\bdeclared\b|\bcouncillors?\b|\bcllr\b|\binterests?\s+in\b")


def _nil_after_preamble(text: str) -> bool:
    """A statement of none after the minute's preamble, which declares nothing itself:
    "61.1 The Committee's attention was drawn to the Code of Conduct ..." / "61.2 There
    were no declarations of interest made on this occasion."."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) < 2 or not is_nil(paragraphs[-1]):
        # ... or sentences: "The Executive Member was asked to declare, at this point in
        # the meeting, any disclosable pecuniary interest ... None were declared." (the
        # heading's wrapped end perhaps a paragraph above them: "UNDER THE CODE OF CONDUCT")
        paragraphs = [s for p in paragraphs for s in _SENTENCE_RE.split(p) if s.strip()]
    if len(paragraphs) < 2 or not is_nil(paragraphs[-1]):
        return False
    return not any(_DECLARES_RE.search(p) for p in paragraphs[:-1] if not is_nil(p))


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
    said = " ".join(sentences)
    # ("Councillor P Ruddick declared a registerable personal interest in item C49/23 ..." /
    # "No dispensations in respect of declared interests were reported.": none, after
    # another's interest)
    return None if not said or is_nil(said) else said
