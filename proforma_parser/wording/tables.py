"""Every table of council wordings, by name: the registry as one index, for the table test
and for anyone looking for where a wording lives."""

from __future__ import annotations

from typing import Final

from .banners import BANNERS, MEETING_BODIES
from .documents import CHROME, DOC_QUALIFIERS, DOC_TYPE_PREFIXES, DOC_TYPE_SHAPES
from .headings import FACT_LABELS, FIELD_HEADINGS, OTHER_HEADINGS, SIGN_OFFS
from .leadins import DECIDER_VERBS, FIRST_PERSON_VERBS, HEREBY, OPENING_WORDS, PRESENT_VERBS
from .nil import EXCEPTIONS
from .offices import MEMBERS, OTHER_OFFICES, PORTFOLIO_OFFICES
from .prose import CALL_IN_STATEMENTS, EFFECT_WORDINGS, PUBLICATION_WORDINGS
from .registry import Wording

TABLES: Final[dict[str, tuple[Wording, ...]]] = {
    "field headings": FIELD_HEADINGS,
    "fact labels": FACT_LABELS,
    "other headings": OTHER_HEADINGS,
    "sign-offs": SIGN_OFFS,
    "lead-in opening words": OPENING_WORDS,
    "lead-in verbs after a decider": DECIDER_VERBS,
    "lead-in first-person verbs": FIRST_PERSON_VERBS,
    "lead-in present-tense verbs": PRESENT_VERBS,
    "lead-in hereby": HEREBY,
    "document-type qualifiers": DOC_QUALIFIERS,
    "document-type shapes": DOC_TYPE_SHAPES,
    "document-type prefixes": DOC_TYPE_PREFIXES,
    "site chrome": CHROME,
    "authority banners": BANNERS,
    "meeting lines": MEETING_BODIES,
    "offices held for a portfolio": PORTFOLIO_OFFICES,
    "other offices": OTHER_OFFICES,
    "members": MEMBERS,
    "prose: taking effect": EFFECT_WORDINGS,
    "prose: publication": PUBLICATION_WORDINGS,
    "prose: call-in": CALL_IN_STATEMENTS,
    "exceptions to a nil statement": EXCEPTIONS,
}
