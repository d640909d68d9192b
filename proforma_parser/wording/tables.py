"""Every table of council wordings, by name: the registry as one index, for the table test
and for anyone looking for where a wording lives."""

from __future__ import annotations

from typing import Final

from .headings import FACT_LABELS, FIELD_HEADINGS, OTHER_HEADINGS, SIGN_OFFS
from .offices import OFFICES
from .registry import Wording

TABLES: Final[dict[str, tuple[Wording, ...]]] = {
    "field headings": FIELD_HEADINGS,
    "fact labels": FACT_LABELS,
    "other headings": OTHER_HEADINGS,
    "sign-offs": SIGN_OFFS,
    "offices": OFFICES,
}
