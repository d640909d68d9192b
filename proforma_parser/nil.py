"""Nil words: how records say "none" for alternatives, conflicts and dispensations.

A section that declares none gives null *and* keeps its Section entry; that differs from a
missing section, which gives null, no Section and a `missing_section` defect.
"""

from __future__ import annotations

import regex

# "None", "N/A", "Nil", "Not applicable", "-", "None considered", "None declared.",
# "No conflicts of interest were declared by the Executive Councillor.",
# "There were no declarations of interest", "No dispensations granted"
NIL_RE = regex.compile(
    r"(?i)^\W*(?:none(?:\s+(?:declared|considered|received|granted|identified|made|noted"
    r"|required|applicable|relevant))?|nil|n\s*/\s*a|n\.a\.?|not\s+applicable|no\s+comment"
    r"|not\s+required|not\s+relevant|-+|–|—|nothing(?:\s+(?:declared|to\s+declare|to\s+report))?"
    r"|(?:there\s+(?:were|was|are|is)\s+)?no\s+(?:(?:conflicts?|declarations?|interests?"
    r"|dispensations?|alternative\s+options?|alternatives?|other\s+options?)\b[\w\s(),]*?)"
    r")\W*$"
)


def is_nil(text: str) -> bool:
    """True when `text` declares none (or is empty)."""
    stripped = text.strip()
    return not stripped or bool(NIL_RE.match(stripped))


def value_or_nil(text: str) -> str | None:
    """The section's text, or None when it declares none."""
    return None if is_nil(text) else text.strip()
