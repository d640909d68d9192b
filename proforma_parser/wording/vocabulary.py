"""The words of decision records, as data: the record's fields, the shapes of lines that
are sentences rather than headings, bodies, site chrome and document types.

The wordings of headings, labels, lead-ins and offices are rows in their own tables
(`registry.py` says how); this module keeps the shapes that are not one council's wording.
"""

from __future__ import annotations

from typing import Final

import regex

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
    r".*\b(?:is|are|was|were|will|has|have|had)\b"
    r"|^(?:the )?(?:members?|councillors?|officers?|cabinet|it|they|we) \w+ed\b"
    r"|^(?:options?|reasons?|alternatives?) (?:one|two|three|[a-z]$)"
)
# "Option 1: Do nothing", "Reason 2 - ...": an enumeration inside a section.
ENUMERATED_LABEL_RE: Final = regex.compile(
    r"(?i)^(?:options?|reasons?|alternatives?|items?)\s*\(?\d"
)

# Bodies that resolve or receive recommendations, as lead-ins name them ("RESOLVED that
# Cabinet:-", "RECOMMENDED to Council that", "That the Executive approve"). The name on
# the right is the contract's spelling of `by`.
BODY_RE: Final = regex.compile(
    r"(?i:the\s+)?(?P<body>(?i:full\s+|county\s+|city\s+|borough\s+)?(?i:council)\b"
    r"|(?i:cabinet)(?:\s+(?i:committee))?\b|(?i:executive)(?:\s+(?i:cabinet))?\b"
    r"|(?i:elected\s+|city\s+)?(?i:mayor)\b)"
)


def canonical_body(name: str) -> str:
    """The contract's spelling of a body: "Full Council" and "County Council" are "Council"."""
    words = name.split()
    if words[-1].lower() == "council":
        return "Council"
    return " ".join(w.capitalize() if w.islower() or w.isupper() else w for w in words)


# Site chrome and page headings that are not part of the record: "Decision details" (a
# ModernGov page title), "Issue - decisions", "Agenda item", "Skip to main content".
CHROME_RE: Final = regex.compile(
    r"(?i)^(?:decision details|issue - (?:decisions|meetings|details)|agenda item"
    r"|meeting documents|skip to main content|home > .*|council and democracy"
    r"|big plans, bright future|can't find what you're looking for.*|<\w+\d*>"
    r"|warning: .*|additional documents:?|pdf \d+ kb"
    # a meeting page's own heading ("Agenda and decisions"), a "Top" / "Back to top" link
    r"|agenda(?: and (?:decisions|minutes|draft minutes))?|(?:back to |return to )?top)$"
)
# "Visit the Council website": chrome too, but a pattern that may start anywhere in the
# line cost six times the rest of CHROME_RE on every line, so it is tested by its ending.
_WEBSITE_RE: Final = regex.compile(r"(?i)\bcouncil website$")


# The first letters of CHROME_RE's lines, tested before it.
_CHROME_INITIALS: Final = frozenset("abcdhimprstw<")


def is_chrome(line: str) -> bool:
    """Site chrome or a page heading, not part of the record (CHROME_RE and "... council
    website")."""
    if line[:1].lower() in _CHROME_INITIALS and CHROME_RE.match(line):
        return True
    return line[-15:].lower() == "council website" and _WEBSITE_RE.search(line) is not None


# Lines that name the kind of document: "CABINET DECISION" (then "PROFORMA"), "View Cabinet
# Decision Record", "RECORD OF DECISION OF THE Cabinet", "Officer Delegated Decision".
DOC_TYPE_RE: Final = regex.compile(
    r"(?i)^(?:view\s+)?(?:(?:cabinet|executive|council)\s+[-–]\s+)?"
    r"(?P<type>(?:(?:cabinet|executive|officer|delegated|individual|key"
    r"|member|portfolio|holder|leader|urgent|non-key|mayoral|lead|mayor's|leader's)\s+){1,3}"
    r"(?:decision\s+)?"
    r"(?:decision|record|notice|sheet|recommendations|proforma|report)(?:\s+(?:proforma|notice|record|report))?"
    # "Record of Cabinet Member Decision", "Notice of Portfolio Holder Decision"
    r"|(?:record|notice)\s+of\s+(?:an?\s+)?(?:(?:executive|officer|delegated|key|individual"
    r"|cabinet\s+member|executive\s+member|portfolio\s+holder)\s+)?decisions?"
    r"|decision\s+(?:record|notice|sheet|proforma|summary|schedule))"
    r"(?:\s+(?:of|by)\s+the\s+(?P<who>(?-i:[A-Z][\w]*(?:\s+(?:(?:for|of|and|&|with)\s+(?:the\s+)?)*[A-Z][\w]*)*)))?"
    r"(?:\s+(?:taken|made|held)\s+.*|\s*\(.*\))?$"
)
# The words a document-type line can open with (DOC_TYPE_RE's first words): a set lookup
# spares the pattern for the many lines that open with any other word.
_DOC_TYPE_OPENINGS: Final = frozenset(
    "view cabinet executive council officer delegated individual key member portfolio holder "
    "leader urgent non-key mayoral lead record notice decision mayor's leader's".split()
)


def doc_type_match(line: str) -> regex.Match[str] | None:
    """DOC_TYPE_RE's match on a (normalised) line."""
    if line.split(" ", 1)[0].lower() not in _DOC_TYPE_OPENINGS:
        return None
    return DOC_TYPE_RE.match(line)


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
