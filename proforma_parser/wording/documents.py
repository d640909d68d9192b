"""Lines that name the kind of document, and site chrome around a record, as rows.

The document-type pattern is built from three tables (the words that qualify a decision,
the shapes of a type, and what may come before one), and the first-word test that spares
it on every other line from the same rows' examples: "Urgent Key Decision Notice" needs one
qualifier row for "urgent" and nothing else.
"""

from __future__ import annotations

from typing import Final

import regex

from .lines import at_dash, bilingual_halves
from .offices import OFFICE_RE, PORTFOLIO_OFFICE_NAME
from .registry import Wording, alternation, first_words

# Words that qualify a decision document, one to three of them before its noun: "CABINET
# DECISION", "Officer Delegated Decision", "Portfolio Holder Decision Record".
DOC_QUALIFIERS: Final = (
    Wording("document_type", r"cabinet", "CABINET DECISION"),
    Wording("document_type", r"executive", "Executive Decision Notice"),
    Wording("document_type", r"officer", "Officer Delegated Decision"),
    Wording("document_type", r"delegated", "Delegated Decision Report"),
    Wording("document_type", r"individual", "Individual Decision Record"),
    Wording("document_type", r"key", "Key Decision Notice"),
    Wording("document_type", r"member", "Member Decision Sheet"),
    Wording("document_type", r"portfolio", "Portfolio Holder Decision Record"),
    Wording("document_type", r"holder", "Holder Decision Notice"),
    Wording("document_type", r"leader", "Leader Decision Notice"),
    Wording("document_type", r"urgent", "Urgent Decision Notice"),
    Wording("document_type", r"non-key", "Non-Key Executive Decision"),
    Wording("document_type", r"mayoral", "Mayoral Decision Notice"),
    Wording("document_type", r"lead", "Lead Member Decision"),
    Wording("document_type", r"mayor's", "Mayor's Decision Record"),
    Wording("document_type", r"elected", "Elected Mayor's Decision"),
    Wording("document_type", r"leader's", "Leader's Decision Sheet"),
    Wording("document_type", r"committee", "Committee Decision Notice"),
    Wording("document_type", r"board", "Board Member Decision"),
)
_QUALIFIER: Final = "(?:" + alternation(DOC_QUALIFIERS, named=False) + ")"

# The shapes of a document type.
DOC_TYPE_SHAPES: Final = (
    # "Cabinet Recommendations Proforma", "Officer Decision Record"
    Wording(
        "document_type",
        r"(?:" + _QUALIFIER + r"\s+){1,3}(?:decision\s+)?"
        r"(?:decision|record|notice|sheet|recommendations|proforma|report|form)"
        r"(?:\s+(?:proforma|notice|record|report|form))?",
        "Cabinet Recommendations Proforma",
        also=("Cabinet Decision Form",),
    ),
    # "Record of Cabinet Member Decision", "Notice of Portfolio Holder Decision" (the offices
    # held for a portfolio, from `offices.py`)
    Wording(
        "document_type",
        r"(?:record|notice)\s+of\s+(?:an?\s+)?(?:(?:"
        + _QUALIFIER
        + "|"
        + PORTFOLIO_OFFICE_NAME
        + r")\s+){0,3}decisions?"
        # "Record of Decision Taken by an Officer": who, in the type's own words
        + r"(?:\s+(?:(?:taken|made)\s+)?by\s+(?:an?\s+)?(?:officer|"
        + PORTFOLIO_OFFICE_NAME
        + r"))?",
        "Record of Cabinet Member Decision",
        also=(
            "Notice of Portfolio Holder Decision",
            "Record of Lead Member Decision",
            "RECORD OF DECISION OF THE Cabinet",
            "Record of Officer Delegated Decision",
            "Record of Decision Taken by an Officer",
            "RECORD OF DECISION BY CABINET MEMBER",
            "Record of Delegated Decision by a Portfolio Holder",
            "RECORD OF COMMITTEE DECISION",
        ),
    ),
    Wording(
        "document_type",
        r"decision\s+(?:record|notice|sheet|proforma|summary|schedule|digest)",
        "Decision Notice",
        also=("DECISION DIGEST",),
    ),
    # a meeting's list of what it decided: "CABINET - SUMMARY OF DECISIONS"
    Wording("document_type", r"summary\s+of\s+(?:the\s+)?decisions", "Summary of Decisions"),
    # the Greater London Authority's forms: "REQUEST FOR MAYORAL DECISION – MD3187"
    Wording(
        "document_type",
        r"request\s+for\s+(?:an?\s+)?(?:" + _QUALIFIER + r"\s+){0,2}decision",
        "Request for Mayoral Decision",
    ),
)

# What may come before the type: a page's link text, a body and a dash.
DOC_TYPE_PREFIXES: Final = (
    Wording("document_type", r"view\s+", "View Cabinet Decision Record"),
    Wording(
        "document_type",
        r"(?:cabinet|executive(?:\s+(?:board|committee))?|council)\s+[-–]\s+",
        "Council - Record of Decision",
        also=(
            "Cabinet – Decision Notice",
            "Executive Committee – Record of Executive Decision",
            "Executive - Decision Record",
            "Executive Board - Record of Decision",
        ),
    ),
)

# "CABINET DECISION" (then "PROFORMA"), "View Cabinet Decision Record", "RECORD OF DECISION
# OF THE Cabinet" ("RECORD OF DECISION OF PORTFOLIO HOLDER"), "Officer Delegated Decision", "Individual Decision taken on 4 May 2024".
DOC_TYPE_RE: Final = regex.compile(
    r"(?i)^(?:" + alternation(DOC_TYPE_PREFIXES[:1], named=False) + r")?"
    r"(?:" + alternation(DOC_TYPE_PREFIXES[1:], named=False) + r")?"
    r"(?P<type>" + alternation(DOC_TYPE_SHAPES, named=False) + r")"
    r"(?:\s+(?:(?:of|by)\s+the|of)\s+(?P<who>(?-i:[A-Z][\w]*(?:\s+(?:(?:for|of|and|&|with)\s+(?:the\s+)?)*[A-Z][\w]*)*)))?"
    r"(?:\s+(?:taken|made|held)\s+.*|\s*\(.*\))?"
    # and its number: "Mayoral Decision MD-2025-031", "REQUEST FOR MAYORAL DECISION – MD3187",
    # "Executive Decision Record - No. 12/094"
    r"(?:\s+(?:[–-]\s+)?(?:(?-i:[A-Z]{1,6})[-/ ]?|(?i:no)\.?\s*)\d{2,4}(?:[-/]\d{1,4}){0,2})?$"
)

# The words a document-type line can open with: the first words of the rows' examples (a
# set lookup spares the pattern for the many lines that open with any other word).
DOC_TYPE_OPENINGS: Final = first_words(DOC_QUALIFIERS + DOC_TYPE_SHAPES + DOC_TYPE_PREFIXES)


def doc_type_match(line: str) -> regex.Match[str] | None:
    """DOC_TYPE_RE's match on a (normalised) line."""
    if " / " in line:
        # a Welsh council's bilingual heading, either half: "Cofnod o Benderfyniad
        # Gweithredol / Record of Executive Decision"
        return next(
            (found for half in bilingual_halves(line) if (found := doc_type_match(half))), None
        )
    if line.split(" ", 1)[0].lower() not in DOC_TYPE_OPENINGS:
        return None
    found = DOC_TYPE_RE.match(line)
    if found is None and (" - " in line or " – " in line):
        # "Record of Decisions - Combined County Authority Board": the type, then whose
        head = line.partition(" - " if " - " in line else " – ")[0]
        found = DOC_TYPE_RE.match(head)
    if found is not None and found.group("type").lower() == "key decision":
        return None  # "Key Decision" (over "No" or "Yes") is a decision's status, no type
    return found


def doc_type_after_office(line: str) -> regex.Match[str] | None:
    """The document's kind after the office that took it, the office first: "LEADER OF THE
    COUNCIL - RECORD OF DECISION" (a page's heading, never a section's)."""
    parts = at_dash(line)
    if parts is None or OFFICE_RE.fullmatch(parts[0].strip()) is None:
        return None
    return doc_type_match(parts[1])


# Site chrome and page headings that are not part of the record, matched whole in any case.
_BREADCRUMB: Final = Wording(
    "chrome",
    r"[^>›»:]{2,50}(?: (?:>|›|») [^>›»:]{2,50})+",
    "Councillors and democracy > Decisions",
)
CHROME: Final = (
    # a ModernGov page's title
    Wording("chrome", r"decision details", "Decision details"),
    # a ModernGov decisions page's own heading over its entries
    Wording("chrome", r"decisions", "Decisions"),
    Wording("chrome", r"issue - (?:decisions|meetings|details)", "Issue - decisions"),
    Wording("chrome", r"agenda item", "Agenda item"),
    Wording("chrome", r"meeting documents", "Meeting documents"),
    Wording(
        "chrome",
        r"skip to (?:the )?(?:main )?content",
        "Skip to main content",
        also=("Skip to content",),
    ),
    Wording(
        "chrome",
        r"home (?:>|/|›|») .*",
        "Home > Council and democracy",
        also=("Home / Council and elections / Decisions",),
    ),
    # a breadcrumb from below the home page: "Councillors and democracy > Decisions" (its
    # first word any word: `is_chrome` asks it of every line with a separator)
    _BREADCRUMB,
    # a site's navigation and feedback links, each alone on its line
    Wording(
        "chrome",
        r"home|search|menu|contact us|sign in|was this page helpful\??|yes no"
        r"|report a problem with this page|accept all cookies|cookie settings",
        "Search",
        also=("Home", "Menu", "Was this page helpful?", "Report a problem with this page"),
    ),
    Wording("chrome", r"council and democracy", "Council and democracy"),
    # a page's security marking (the Government Security Classifications, and the older
    # "NOT PROTECTIVELY MARKED") on a line of its own, where a Word or web rendering keeps
    # the page header in the body: "OFFICIAL" over "North Yorkshire Council"
    Wording(
        "chrome",
        r"official(?:\s*[–-]?\s*sensitive)?|not protectively marked|unclassified|unrestricted",
        "OFFICIAL",
        also=(
            "OFFICIAL - SENSITIVE",
            "OFFICIAL-SENSITIVE",
            "NOT PROTECTIVELY MARKED",
            # (a report's marking under its key decision flag: "Key decision: Yes" / ...)
            "Unrestricted",
        ),
    ),
    # a bilingual site's link to its other language, alone on its line
    Wording("chrome", r"cymraeg|english", "Cymraeg", also=("English",)),
    Wording("chrome", r"big plans, bright future", "Big plans, bright future"),
    Wording(
        "chrome",
        r"can't find what you're looking for.*",
        "Can't find what you're looking for? Try the search.",
    ),
    # a tag left in a page's text
    Wording("chrome", r"<\w+\d*>", "<section>", also=("<h2>",)),
    Wording("chrome", r"warning: .*", "Warning: this page uses cookies"),
    Wording("chrome", r"additional documents:?", "Additional documents:"),
    Wording("chrome", r"pdf \d+ kb", "PDF 245 KB"),
    # a meeting page's own heading
    Wording(
        "chrome",
        r"agenda(?: and (?:decisions|minutes|draft minutes))?",
        "Agenda and decisions",
    ),
    # ... and its table of items' column headings
    Wording("chrome", r"items|no\. item", "Items", also=("No. Item",)),
    Wording("chrome", r"(?:back to |return to )?top", "Back to top", also=("Return to top", "Top")),
)

_BREADCRUMB_RE: Final = regex.compile(r"(?i)" + _BREADCRUMB.pattern)
CHROME_RE: Final = regex.compile(r"(?i)^(?:" + alternation(CHROME, named=False) + r")$")
# "Visit the Council website": chrome too, but a pattern that may start anywhere in the
# line cost six times the rest of CHROME_RE on every line, so it is tested by its ending.
_WEBSITE_RE: Final = regex.compile(r"(?i)\bcouncil website$")

# The first letters of the chrome rows' examples, tested before CHROME_RE.
CHROME_INITIALS: Final = frozenset(
    example[:1].lower() for row in CHROME for example in row.examples
)


def is_chrome(line: str) -> bool:
    """Site chrome or a page heading, not part of the record (CHROME_RE and "... council
    website")."""
    if line[:1].lower() in CHROME_INITIALS and CHROME_RE.match(line):
        return True
    if (" > " in line or " › " in line or " » " in line) and _BREADCRUMB_RE.fullmatch(line):
        return True
    if " / " in line:
        # a Welsh council's bilingual page, in either order: "Manylion y penderfyniad /
        # Decision details", "Decision details / Manylion y penderfyniad"
        return any(
            half[:1].lower() in CHROME_INITIALS and CHROME_RE.match(half) is not None
            for half in bilingual_halves(line)
        )
    return line[-15:].lower() == "council website" and _WEBSITE_RE.search(line) is not None
