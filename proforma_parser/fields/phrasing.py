"""Line shapes that several header readers share: a spaced dash between two parts, an
agenda item's mark, capitals as a proper name.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

SMALL_WORDS = frozenset("on upon under le in by the of and for with a an at to".split())


def title_case(words: str) -> str:
    out = []
    for index, word in enumerate(words.split()):
        lower = word.lower()
        out.append(lower if index and lower in SMALL_WORDS else lower.capitalize())
    return " ".join(out)


def paragraphs(lines: Sequence[str]) -> list[str]:
    """The header lines joined into paragraphs (a meeting line wraps: "... taken at the
    decision meeting" / "held on Tuesday 4 June 2024 at 4.00 pm ...")."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


# "4.", "EXB/212", "SRC.31" or "Agenda Item 6" alone on a line: an agenda item's number or
# minute reference, above its heading.
ITEM_MARK_RE = regex.compile(
    r"^(?:\d{1,4}\.?|[A-Z]{1,6}\s?[/.]\s?\d{1,5}(?:[/.]\d{1,4})?"
    r"|(?i:(?:agenda\s+)?item(?:\s+no\.?)?)\s*\d{1,3}[a-z]?)$"
)
_MAX_ITEM_MARK = 18


def is_item_mark(line: str) -> bool:
    return (
        0 < len(line) <= _MAX_ITEM_MARK
        and line[0].isalnum()
        and ITEM_MARK_RE.match(line) is not None
    )


def after_item_mark(lines: Sequence[str], position: int) -> bool:
    """Whether the line at `position` is an agenda item's heading (under its number)."""
    previous = next((x for x in reversed(lines[max(0, position - 2) : position]) if x), "")
    return is_item_mark(previous)
