"""The words of decision records, as data: the record's fields, the shapes of lines that
are sentences rather than headings, bodies, site chrome and document types.

The wordings of headings, labels, lead-ins and offices are rows in their own tables
(`registry.py` says how); this module keeps the shapes that are not one council's wording.
"""

from __future__ import annotations

from typing import Final

import regex

# The record splitter (`structure/records.py`) reads these two here; they live with their
# rows in `documents.py`.
from .documents import doc_type_match as doc_type_match
from .documents import is_chrome as is_chrome

# A line that ends on one of these words stops mid-sentence, wherever the line is cut: a
# heading "... between Reepham and", an item "... attached to this report as" / "Appendices
# 1 and 2; and", a title candidate "A proposal to extend the contract for".
RUN_ON_WORDS: Final = frozenset(
    "and or of the a an to for from with between by in on at as".split()
)
# The joining words a phrase cannot stop on: all but "and" and "or", which may end a list's
# item ("1. approves the programme; and").
MID_PHRASE_WORDS: Final = RUN_ON_WORDS - {"and", "or"}


def runs_on_from(text: str) -> bool:
    """The line ends mid-sentence: on a joining word ("... between Reepham and"), a comma or
    dash, or inside a bracket. (A set lookup on the last word: a `$`-anchored pattern scans
    every line.)"""
    if not text:
        return False
    if text[-1] in ",–-":
        return True
    if "(" in text and text.count("(") > text.count(")"):
        return True  # "Portfolio Holder for Healthy Environment (Councillor" / "R. Tebbutt)"
    return text.rsplit(" ", 1)[-1].lower() in RUN_ON_WORDS


# Record fields a section can feed (`headings.py` has the wordings of each; its
# COMBINED_CONFLICTS heading feeds both conflicts and dispensations).
FIELDS: Final = (
    "title",
    "decision",
    "reasons",
    "alternative_options",
    "conflicts_of_interest",
    "dispensations",
    "call_in",
)

# Label shapes that are sentences or enumerations inside a section, not headings:
# "The reasons are as follows:", "Members considered the following options:", "Option 1:"
SENTENCE_LIKE_RE: Final = regex.compile(
    r"\b(?:follows|following|below|above)\b|^(?:the \w+ )?(?:are|is|was|were)\b"
    # a finite verb makes a sentence, unless the line asks a question ("What decision has
    # been taken?", "Were any conflicts of interest declared?")
    r"|^(?!(?:what|why|which|who|how|were|was|is|are|has|have|did|does|do)\b)"
    # (not in a relative clause: "... declared by any cabinet member who is consulted")
    r".*(?<!\b(?:who|whom) )\b(?:is|are|was|were|will|has|have|had)\b"
    r"|^(?:the )?(?:members?|councillors?|officers?|cabinet|it|they|we) \w+ed\b"
    r"|^(?:options?|reasons?|alternatives?) (?:one|two|three|[a-z]$)"
)
# "Option 1: Do nothing", "Reason 2 - ...": an enumeration inside a section.
ENUMERATED_LABEL_RE: Final = regex.compile(
    r"(?i)^(?:options?|reasons?|alternatives?|items?)\s*\(?\d"
)

# Words that say which meeting of a body, never where it is: "Full Council", "Special
# Council", "Budget Council" name no council (`fields/council.py`, `fields/authorities.py`).
MEETING_WORDS: Final = frozenset(
    "local full special extraordinary annual joint budget next last previous whole".split()
)

# Bodies that resolve or receive recommendations, as lead-ins name them ("RESOLVED that
# Cabinet:-", "RECOMMENDED to Council that", "That the Executive approve"). The name on
# the right is the contract's spelling of `by`.
BODY_RE: Final = regex.compile(
    # (Derby's executive is the "Council Cabinet": "The Council Cabinet considered a report")
    r"(?i:the\s+)?(?P<body>(?i:council\s+cabinet)\b"
    r"|(?i:full\s+|county\s+|city\s+|borough\s+)?(?i:council)\b"
    r"|(?i:cabinet)(?:\s+(?i:committee))?\b|(?i:executive)(?:\s+(?i:cabinet|board|committee))?\b"
    # Lewisham's executive: "MINUTES OF THE MEETING OF THE MAYOR AND CABINET"
    r"|(?i:mayor\s+and\s+cabinet)\b"
    r"|(?i:elected\s+|city\s+)?(?i:mayor)\b"
    # a combined authority's deciding body: "RESOLVED that the Board:", "RESOLVED that the
    # Combined County Authority:", and a committee system's: "AGREED that the Committee:"
    r"|(?i:board)\b|(?i:joint\s+)?(?i:committee)\b|(?i:combined\s+(?:county\s+)?authority)\b)"
)


def canonical_body(name: str) -> str:
    """The contract's spelling of a body: "Full Council" and "County Council" are "Council"."""
    words = name.split()
    if words[-1].lower() == "council":
        return "Council"
    return " ".join(
        w.lower() if w.lower() == "and" else w.capitalize() if w.islower() or w.isupper() else w
        for w in words
    )


def says_any(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether already lower-cased text holds one of `words` (for the per-line tests)."""
    for word in words:  # noqa: SIM110 -- a loop: any() over a generator costs more per line
        if word in lowered:
            return True
    return False


def mentions(text: str, *words: str) -> bool:
    """Whether `text` holds one of `words` (given in lower case), in any case: a test far
    cheaper than a whole-text pattern that cannot match without one of them."""
    return says_any(text.lower(), words)


# A form's answer by ticked box: "Yes [X]    No [ ]", "[ ] Yes  [X] No", "Yes ☒ No ☐" (the
# box after its answer, or before it; one box ticked).
_TICKED_AFTER_RE = regex.compile(
    r"(?i)\b(?P<answer>yes|no)\s*(?:[\[(]\s*(?P<mark>[x✓✔]?)\s*[\])]|(?P<glyph>[☒☑☐□]))"
)
_TICKED_BEFORE_RE = regex.compile(
    r"(?i)(?:[\[(]\s*(?P<mark>[x✓✔]?)\s*[\])]|(?P<glyph>[☒☑☐□]))\s*(?P<answer>yes|no)\b"
)
_TICKED_GLYPHS = frozenset("☒☑")


def ticked_answer(text: str) -> str | None:
    """ "Yes" or "No", whichever box of a form's pair is ticked; None unless exactly one
    of two boxes is ("Yes [X]    No [ ]" is "Yes")."""
    if "[" not in text and "(" not in text and not any(c in text for c in "☒☑☐□"):
        return None
    for pattern in (_TICKED_AFTER_RE, _TICKED_BEFORE_RE):
        boxes = list(pattern.finditer(text))
        if len(boxes) != 2:
            continue
        ticked = [b for b in boxes if b.group("mark") or (b.group("glyph") or "") in _TICKED_GLYPHS]
        if len(ticked) == 1:
            return ticked[0].group("answer").capitalize()
    return None
