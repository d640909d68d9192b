"""The words of decision records, as data.

Headings are recognised by shape (see `headings.py`) and classified here by keyword family,
not by exact phrase: "Reasons for the Decision", "REASON FOR DECISIONS", "Reason(s) for
Decisions" and "The reason for the decision" all carry the reason family's keyword, and a
council we have never seen will too. Supporting a new wording is one line here plus a test.
"""

from __future__ import annotations

from typing import Final

import regex

# Record fields a section can feed. "conflicts_and_dispensations" is one combined heading
# ("Conflicts of Interest Declared (and Dispensations Granted)") that feeds both.
FIELDS: Final = (
    "title",
    "decision",
    "reasons",
    "alternative_options",
    "conflicts_of_interest",
    "dispensations",
    "call_in",
)
COMBINED_CONFLICTS: Final = "conflicts_and_dispensations"

# Keyword families, checked in this order: the first family whose keyword a heading carries
# decides, so "Any dispensation granted in respect of any declared conflict of interest" is a
# dispensation heading and "Reason for Decision" a reasons heading, not a decision heading.
FAMILY_RES: Final[tuple[tuple[str, regex.Pattern[str]], ...]] = (
    # One heading for both: "Conflicts of Interest Declared (and Dispensations Granted)",
    # "Conflict of interest / dispensation", "Dispensations and declarations of interest"
    (
        COMBINED_CONFLICTS,
        regex.compile(
            r"\b(?:conflicts?|interests?|declarations?)\b.*\b(?:and|or)\b.*\bdispensations?\b"
            r"|\bdispensations?\b.*\b(?:and|or)\b.*\b(?:conflicts?|interests?|declarations?)\b"
            r"|^(?:\w+ ){0,3}(?:conflicts?|interests?)(?: of interests?)? dispensations?\b"
        ),
    ),
    # "Details of any Dispensations", "Dispensation Granted:", "Any dispensation granted in
    # respect of any declared conflict of interest"
    ("dispensations", regex.compile(r"^(?:\w+ ){0,3}dispensations?\b")),
    # "Declared (Cabinet Member) Conflicts of Interest", "Interests and Nature of Interests
    # Declared", "Declarations of Interest", "Declarations or conflicts of Interest"
    (
        "conflicts_of_interest",
        regex.compile(
            r"\bconflicts?\b|\bdeclarations?\b|\binterests?\b.*\bdeclared\b|\bdeclared\b.*\binterests?\b"
            r"|^(?:\w+ )?interests?$"
        ),
    ),
    # "Date and Time by which Call In must be executed", "Implementation of Decision",
    # "Call-in deadline", "Decision to take effect"
    (
        "call_in",
        regex.compile(r"\bcall(?:ed)? ?in\b|\bcallable\b|\bimplementation\b|\btakes? effect\b"),
    ),
    # "Alternative Options Considered and Rejected", "Other options considered", "Options"
    ("alternative_options", regex.compile(r"\balternatives?\b|\boptions?\b")),
    # "Reasons for the Decision", "REASON", "Reason(s) for Decisions", "Justification",
    # "Why the decision was taken"
    ("reasons", regex.compile(r"\breasons?\b|\bjustification\b|\bgrounds\b|^why\b")),
    # "Title of Item/Report", "Subject of Decision", "Matter for Decision", "Report title",
    # "Report:" (the report decided on)
    ("title", regex.compile(r"\btitle\b|\bsubject\b|\bmatter\b|^item$|^report$")),
    # "Record of the Decision", "Decision:", "THE DECISION", "Decisions", "Decision Made",
    # "Decision of Executive Councillor for ...", "Resolutions", "Content" (aggregators)
    ("decision", regex.compile(r"\bdecisions?\b|\bresolutions?\b|^content$|^outcome of")),
)

# Families whose keyword is distinctive enough that a heading may carry more other words:
# "Details of any dispensation granted by the Head of Paid Service", "Last day for call-in".
STRONG_FAMILIES: Final = frozenset(
    {COMBINED_CONFLICTS, "dispensations", "conflicts_of_interest", "call_in", "alternative_options"}
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

# Headings that are real parts of a record but feed no contract field. They end the section
# before them (so "Report author: ..." never runs into the reasons) and raise no defect.
KNOWN_OTHER_RE: Final = regex.compile(
    r"^(?:purpose|minutes|discussion|background|background papers|additional documents"
    r"|accompanying documents|supporting documents|attachments?|report author|lead officer"
    r"|contact(?: officer)?|wards? affected|divisions? affected|financial impact|voting"
    r"|portfolio holder|related meeting|scrutiny considerations|consultation(?:s| with .*)?"
    r"|officer responsible for .*|making representations|subject to urgent proceedings"
    r"|reason key|other reasons .*|issue for decision|summary|recommendations?"
    r"|key decision|decision taken|can't find it|documents?|declarations?"
    r"|(?:\w+ ){0,2}implications?|risks?(?: \w+)?|equality (?:impact|implications|analysis|duty)(?: \w+)?"
    r"|comments? of .*|introduction|appendices|appendix \w+"
    # the attendance lines of minutes
    r"|present|apologies(?: for absence)?|in attendance|also present|officers? present)$"
)

# The sign-off that closes a record ("Proper Officer" then the date): it ends the last
# section and is never a sub-heading of it.
SIGN_OFF_RE: Final = regex.compile(r"^(?:proper officer|signed|signature|signed by)$")

# Label lines whose value is a fact of the record rather than a section ("Decision Maker:
# Cabinet"). Each maps to the fact it states; `headings.py` reads the value after the colon.
META_RES: Final[tuple[tuple[str, regex.Pattern[str]], ...]] = (
    # "Decision Maker: Cabinet", "Decision Maker (Name and Title):", "Decision Taken By:",
    # "Decision made by:", "Decision by:", "Officer taking the decision:", "Officer:"
    (
        "decision_maker",
        regex.compile(
            r"^decisions? (?:maker|taker)\b.*|^decisions? (?:taken |made )?by$|^decided by$"
            r"|^(?:officer|member|councillor|person)s? (?:taking|making|who (?:took|made)) the decision$"
            r"|^(?:officer|decision taken by)$"
        ),
    ),
    # "Cabinet Member: Cabinet Member for Highways", "Portfolio Holder: ...": the office that
    # decided when the value names one (`header.maker_from_facts` checks), else a person
    (
        "office_holder",
        regex.compile(
            r"^(?:relevant |responsible )?(?:executive )?(?:cabinet|executive|lead) "
            r"(?:member|councillor)(?: responsible)?$|^(?:relevant )?portfolio holder$"
        ),
    ),
    # "Decision status: Recommendations Approved", "Outcome: ..."
    ("decision_status", regex.compile(r"^(?:decision )?status$|^outcome$")),
    # "Is Key decision?: No", "Key Decision:"
    ("is_key_decision", regex.compile(r"^(?:is )?(?:this )?(?:a )?key decision$")),
    # "Is subject to call in?: Yes", "Subject to Call-in :-Yes", "Is Callable In?: No"
    (
        "call_in_flag",
        regex.compile(r"^(?:is )?(?:(?:this )?subject to call ?in|callable in)$"),
    ),
    # "Publication date: 11/02/2021", "Date of Publication:", "Decision published:",
    # "PUBLICATION: 15 SEPTEMBER 2026" (atop minutes)
    (
        "published_on",
        regex.compile(
            r"^(?:publication(?: date)?|date of publication|date published|(?:decisions? )?published(?: on)?)$"
        ),
    ),
    # "Effective from: 26/06/2024", "Decision effective from:"
    # "Implementation date:", "Date decision can be implemented:", "Comes into force:"
    (
        "effective_from",
        regex.compile(
            r"^(?:decision )?effective(?: from| date)?$|^(?:implementation date|date of implementation"
            r"|date (?:the )?decision (?:can|may|will) be implemented|comes? into (?:force|effect))$"
        ),
    ),
    # "Made at meeting: 17/06/2024 - Cabinet", "Decided at meeting:", "Meeting:"
    ("meeting", regex.compile(r"^(?:made|decided|taken) at meeting$|^meeting$")),
    # "Date of decision: 11/02/2021", "Date:", "Decision date:", "Decision Made:" (a date),
    # "Cabinet Decision: 20th May 2010", "Date of Meeting:", "Date decision taken:", "Dated:"
    # (beside a signature); a label read as a date only when its value is a date
    # (`sections.py` checks)
    (
        "decision_date",
        regex.compile(
            r"^(?!.*\b(?:publi\w*|effective|call|implement\w*|report)\b)"
            r"(?:date|(?:\w+ ){0,3}date(?: \w+){0,4}|(?:date )?(?:decision|meeting) (?:made|taken|held)"
            r"|(?:cabinet|executive|council|committee|board)(?: \w+)? (?:decision|meeting)|dated"
            # "CABINET MEETING HELD ON: Tuesday 15 October 2024", "Meeting held on:"
            r"|(?:(?:cabinet|executive|council|committee|board) )?meeting (?:held )?on)$"
        ),
    ),
    # "Reference Number :-2367", "Decision Reference: CMDRDC22", "Decision number:", "Ref:"
    (
        "reference",
        regex.compile(
            # "Leader's Decision No:", "Forward Plan reference:", "Decision ref:"
            r"^(?:\w+ ){0,2}(?:(?:decision |minute |record )?(?:reference|ref)(?: number| no)?"
            r"|(?:decision|minute|record)s? (?:number|no))$"
        ),
    ),
    # "Decision to Take Effect at end of :-2013/12/23" -- an effect date, not a call-in one.
    ("effect_note", regex.compile(r"^decision to take effect.*")),
)

# Words a heading is made of. A line is a heading only if nearly all its words are heading
# words: "Reasons for the Decision" is; "Council Constitution - Urgency and Call-in
# Provisions" (a title that happens to contain "call-in") is not.
HEADING_WORDS: Final = frozenset(
    """
    a an and any are as at be been by considered date declared decision decisions details
    executed exercised for from granted has have in is it item its made matter must name of
    on or other report record rejected s statement taken that the their there this time to
    was were which why with title subject reason reasons alternative alternatives option
    options conflict conflicts interest interests dispensation dispensations call called
    callable implementation effect take takes deadline period declaration declarations
    nature member members cabinet executive councillor councillors leader lead portfolio
    holder holders officer officers monitoring consulted proper justification grounds
    resolution resolutions content outcome full council committee mayor relevant
    proposed recommended consideration decided date and time recommendation recommendations
    summary day last expiry deadline course courses action actions approach approaches
    """.split()
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


# An office that decides, named in full: "Cabinet Member for Highways, Transport and
# Strategic Planning", "EXECUTIVE CABINET MEMBER FOR REGENERATION", "Portfolio Holder for
# Culture and Leisure", "Executive Councillor for Planning", "Leader of the Council".
OFFICE_RE: Final = regex.compile(
    r"(?i)(?:the\s+)?(?:(?:(?:deputy\s+)?(?:executive\s+)?(?:cabinet|executive|lead)\s+member"
    r"|portfolio\s+holder|executive\s+councillor)\s+for\s+(?!.*\s[-–]\s)\w[^:;.]{2,100}"
    r"|(?:deputy\s+)?leader\s+of\s+the\s+council)"
)


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
