"""Section headings and header labels as rows: the field each wording feeds, its keyword
pattern, and a line a record prints that way.

Headings are recognised by shape (`structure/headings.py`) and classified here by keyword,
not by exact phrase: "Reasons for the Decision", "REASON FOR DECISIONS", "Reason(s) for
Decisions" and "The reason for the decision" all carry the reasons row's keyword, and a
council we have never seen will too. Patterns run on the label simplified to lower-case
words ("reason s for decisions"). Supporting a new wording is one row plus its example:
its keyword joins its field's pattern and the words of its example join HEADING_WORDS.
"""

from __future__ import annotations

from typing import Final

import regex

from .offices import PORTFOLIO_OFFICE_NAME
from .registry import Wording, alternation, by_field, example_words

# One heading for both conflicts and dispensations ("Conflicts of Interest Declared (and
# Dispensations Granted)"): a family of its own that feeds both fields.
COMBINED_CONFLICTS: Final = "conflicts_and_dispensations"

# Field headings, searched for in the simplified label. Order is precedence: the first field
# whose row a heading carries decides, so "Any dispensation granted in respect of any
# declared conflict of interest" is a dispensation heading and "Reason for Decision" a
# reasons heading, not a decision heading.
FIELD_HEADINGS: Final = (
    Wording(
        COMBINED_CONFLICTS,
        r"\b(?:conflicts?|interests?|declarations?)\b.*\b(?:and|or)\b.*\bdispensations?\b",
        "Conflicts of Interest Declared (and Dispensations Granted)",
    ),
    Wording(
        COMBINED_CONFLICTS,
        r"\bdispensations?\b.*\b(?:and|or)\b.*\b(?:conflicts?|interests?|declarations?)\b",
        "Dispensations and declarations of interest",
    ),
    # the slash is no word: "conflict of interest dispensation" once simplified
    Wording(
        COMBINED_CONFLICTS,
        r"^(?:\w+ ){0,3}(?:conflicts?|interests?)(?: of interests?)? dispensations?\b",
        "Conflict of interest / dispensation",
    ),
    Wording(
        "dispensations",
        r"^(?:\w+ ){0,3}dispensations?\b",
        "Details of any Dispensations",
        also=("Any dispensation granted:", "Dispensation granted by the Monitoring Officer"),
    ),
    Wording(
        "conflicts_of_interest",
        r"\bconflicts?\b",
        "Declared (Cabinet Member) Conflicts of Interest",
        also=("Conflicts of interest declared by councillors",),
    ),
    # (not an officer's declaration that a report followed procedure: "ORIGINATING OFFICER
    # DECLARATION:" over "Drafting officer: ... has drafted this report in accordance with
    # GLA procedures")
    Wording(
        "conflicts_of_interest",
        r"^(?!.*\bofficers? declarations?$)(?=.*\bdeclarations?\b)",
        "Declarations of Interest",
        also=("Declaration of interest",),
    ),
    Wording(
        "conflicts_of_interest",
        r"\binterests?\b.*\bdeclared\b",
        "Interests and Nature of Interests Declared",
        also=("Interests declared by officers",),
    ),
    Wording("conflicts_of_interest", r"\bdeclared\b.*\binterests?\b", "Declared interests"),
    Wording("conflicts_of_interest", r"^(?:\w+ )?interests?$", "Members' interests"),
    Wording(
        "call_in",
        r"\bcall(?:ed)? ?in\b",
        "Date and Time by which Call In must be executed",
        also=(
            "Call-in deadline",
            "Last day for call-in",
            "Called-in decision",
            "Call-in period expiry",
            "Date and time by which call-in must be exercised",
        ),
    ),
    Wording("call_in", r"\bcallable\b", "Callable decision"),
    Wording("call_in", r"\bimplementation\b", "Implementation of Decision"),
    Wording("call_in", r"\btakes? effect\b", "Decision takes effect"),
    Wording(
        "alternative_options",
        r"\balternatives?\b",
        "Alternative Options Considered and Rejected",
        also=(
            "Alternative courses of action",
            "Alternative course of action",
            "Alternative actions",
            "Alternative approach",
            "Alternative approaches",
            "Alternatives considered",
        ),
    ),
    Wording(
        "alternative_options",
        r"\boptions?\b",
        "Other options considered",
        also=("Any other option considered",),
    ),
    # (not "Reason for urgency", why an urgent decision skipped the forward plan)
    Wording(
        "reasons",
        r"\breasons?\b(?!.*\burgen)",
        "Reasons for the Decision",
        also=(
            "Reason(s) for Decisions",
            "The reason for the decision",
            "Statement of reasons",
            "Reasons for the recommendation",
            "Reasons for recommendations",
        ),
    ),
    Wording("reasons", r"\bjustification\b", "Justification"),
    Wording("reasons", r"\brationale\b", "Rationale for the decision", also=("Rationale",)),
    Wording("reasons", r"^basis\b", "Basis of decision"),
    Wording("reasons", r"\bgrounds\b", "Grounds for the decision"),
    # (not why it is urgent: "Why the decision is urgent:", its reason for urgency)
    Wording("reasons", r"^why\b(?!.*\burgen)", "Why the decision was taken"),
    Wording("title", r"\btitle\b", "Title of Item/Report"),
    # a notice of questions and answers: "Name of decision: Acceptance of Bus Service
    # Resilience Grant 2025/26" (the decision's name, not the decision)
    Wording("title", r"^name of (?:the )?decision$", "Name of decision: Bus Grant 2025/26"),
    # a council page's heading over the decision's title: "Decision record: Grays Town
    # Centre Car Park Charges"
    Wording("title", r"^decision record$", "Decision record: Grays Car Park Charges"),
    # a plain-English record's question, its answer the title ("What is the decision
    # about?" / "Acceptance of the Shared Prosperity Fund allocation")
    Wording(
        "title",
        r"^what (?:is )?(?:the|this) decision (?:is )?about$",
        "What is the decision about?",
        also=("What the decision is about",),
    ),
    # CMIS decision pages: the decision's title under "Decision Proposed"
    Wording("title", r"^decisions? proposed$", "Decision Proposed"),
    Wording("title", r"\bsubject\b", "Subject of Decision"),
    Wording("title", r"\bmatter\b", "Matter for Decision"),
    Wording("title", r"^item$", "Item"),
    Wording("title", r"^topic$", "TOPIC: Street Tree Planting 2025"),
    # the report decided on
    Wording("title", r"^report$", "Report:"),
    # (never "Name of decision maker", the maker's label when no fact row reads it, nor
    # "Authority for decision", the power it was taken under)
    Wording(
        "decision",
        r"(?<!\bauthority for (?:the |this )?)\bdecisions?\b(?! (?:maker|taker))",
        "Record of the Decision",
        also=(
            "Decision of the Executive Councillor",
            "Decision of the Leader",
            "Decision of the Mayor",
            "Portfolio Holder decision",
            "Lead Member decision",
            "Full Council decision",
            "Decision of the Committee",
            "Proposed decision",
            "Recommended decision",
            "Summary of decision",
            "Brief description of decision",
        ),
    ),
    Wording("decision", r"\bresolutions?\b", "Resolutions", also=("Resolution",)),
    Wording(
        "decision", r"^what (?:has been|have been|was|is|were) decided$", "What has been decided?"
    ),
    # aggregators' pages
    Wording("decision", r"^content$", "Content"),
    Wording("decision", r"^outcome of", "Outcome of consideration"),
)

# Families whose keyword is distinctive enough that a heading may carry more other words:
# "Details of any dispensation granted by the Head of Paid Service", "Last day for call-in".
STRONG_FAMILIES: Final = frozenset(
    {COMBINED_CONFLICTS, "dispensations", "conflicts_of_interest", "call_in", "alternative_options"}
)


# (field, pattern) per field, in precedence order.
FAMILY_RES: Final = by_field(FIELD_HEADINGS)

# Words any heading may hold whatever its field: joining words, and a few that qualify a
# heading ("Relevant Portfolio Holders consulted", "Name of the proper officer", "Reasons
# the decision was made"; "s" is what is left of "Member’s" with a curly apostrophe). The
# words of the rows' examples join them below.
_JOINING_WORDS: Final = frozenset(
    """
    a an are as at been from has have is it its on or that their there this to were with s
    consulted decided holders made name proper relevant take
    """.split()
)


def heading_words(rows: tuple[Wording, ...]) -> frozenset[str]:
    """The words headings made from `rows` may hold: the joining words and every word of
    the rows' examples."""
    return _JOINING_WORDS | example_words(rows)


# Words a heading is made of. A line is a heading only if nearly all its words are heading
# words: "Reasons for the Decision" is; "Council Constitution - Urgency and Call-in
# Provisions" (a title that happens to contain "call-in") is not.
HEADING_WORDS: Final = heading_words(FIELD_HEADINGS)

# A label of a date: anything but the date of publication, effect, call-in, a report's, a
# review's, an issue's or the next meeting's ("63. DATE OF NEXT MEETING", "Issue Date:").
# (nor an earlier decision's: "Original DPS Decision Date: 02/12/2022" under an award made
# through the purchasing system it set up)
_ANY_DATE_BUT_ANOTHER = (
    r"^(?!.*\b(?:publi\w*|effect(?:ive)?|call|implement\w*|report|next|review|issue"
    r"|original|previous|earlier|initial|prior)\b)(?!date of (?:the )?notice$)"
)

# Label lines whose value is a fact of the record rather than a section ("Decision Maker:
# Cabinet"), matched whole against the simplified label; `structure/headings.py` reads the
# value after the colon. Order is precedence: the first fact that matches decides.
FACT_LABELS: Final = (
    Wording("decision_maker", r"^decisions? (?:maker|taker)\b.*", "Decision Maker: Cabinet"),
    Wording(
        "decision_maker",
        r"^(?:(?:this|the) )?decisions? (?:(?:was|were) )?(?:taken |made )?by$",
        "Decision taken by: Executive",
        also=("Decision by: Cabinet", "This decision was taken by: Leader of the Council"),
    ),
    Wording("decision_maker", r"^decided by$", "Decided by: Cabinet Member for Housing"),
    # (ModernGov's Welsh interface, its "Decision Maker:"; read only where its value is a
    # body or an office in English, as the bilingual notices' Welsh half is not:
    # "Penderfynwr: Aelod Cabinet dros Addysg" over "Decision maker: Cabinet Member for ...")
    Wording("welsh_decision_maker", r"^penderfynwr$", "Penderfynwr: Cabinet"),
    Wording("decision_maker", r"^decisions? of$", "Decision of: Policy Committee"),
    Wording(
        "decision_maker",
        r"^(?:name|title|name and (?:job )?title|designation) of (?:the )?decisions? (?:maker|taker)$",
        "Name of decision maker: Director of Resources",
        also=("Name and title of decision maker: Director of Place",),
    ),
    Wording(
        "decision_maker",
        r"^who (?:made|took) (?:the|this) decision$|^(?:made|taken) by$",
        "Who made the decision: Cabinet",
        also=("Taken by: Leader of the Council",),
    ),
    Wording(
        "decision_maker",
        r"^(?:(?:name|title|name and (?:job )?title|job title|designation) of (?:the )?)?"
        r"(?:officer|member|councillor|person)s? (?:taking|making|who (?:took|made))"
        r" (?:the )?decision$",
        "Officer taking the decision: Director of Place",
        also=(
            "Officer taking decision: Head of Highways",
            "Name and job title of officer taking the decision: Director of Place",
        ),
    ),
    Wording(
        "decision_maker",
        r"^(?:(?:delegated|decision|deciding|authorising|responsible) )?officer$|^decision taken by$",
        "Officer: Head of Environmental Services",
        also=("Delegated Officer: Head of Planning Policy",),
    ),
    # the office that decided when the value names one (`decision_maker.maker_fact`
    # checks), else a person
    # (the offices are those held for a portfolio, in `offices.py`)
    Wording(
        "office_holder",
        r"^(?:relevant |responsible )?(?i:" + PORTFOLIO_OFFICE_NAME + r")(?: responsible)?$"
        # (or the portfolio, whose value may be its office: "Portfolio: Cabinet Member for
        # Environment", or only its name: "Portfolio: Finance and Parking")
        r"|^portfolio$",
        "Cabinet Member: Cabinet Member for Highways",
        also=(
            "Portfolio Holder: Councillor A. Example",
            "Relevant Lead Member: Cllr B. Example",
            "Portfolio: Finance and Parking",
        ),
    ),
    Wording(
        "decision_status",
        r"^(?:decision )?status$",
        "Decision status: Recommendations Approved",
    ),
    Wording("decision_status", r"^outcome$", "Outcome: Approved"),
    Wording("is_key_decision", r"^(?:is )?(?:this )?(?:a )?key decision$", "Is Key decision?: No"),
    Wording(
        "call_in_flag",
        r"^(?:is )?(?:this |the )?(?:decision |item )?(?:subject to|eligible for) call ?in$",
        "Is subject to call in?: Yes",
        also=(
            "Is this decision subject to call-in?  No – taken under delegated powers",
            "Is the decision eligible for Call In?  No (not a Key Decision)",
        ),
    ),
    Wording("call_in_flag", r"^(?:is )?callable in$", "Is Callable In?: No"),
    # "PUBLICATION: 15 SEPTEMBER 2026" atop minutes
    Wording(
        "published_on",
        r"^(?:(?:(?:decisions? )?notice |decisions? |record )?publication(?: date)?(?: of (?:the )?(?:decisions?|record|notice))?|date of publication(?: of (?:the |these )?(?:decisions?|minutes))?|(?:date )?published date|date published"
        r"|(?:decisions? |record |notice |minutes |notice of (?:the )?decisions? |decision notice )?published(?: on| by(?: \w+){1,4})?"
        r"|date of (?:the )?notice|notice date|issue date|date of issue"
        r"|date (?:(?:decisions?|record|notice) ){1,2}published"
        # (ModernGov's Welsh interface: "Penderfyniad wedi'i gyhoeddi: 15/10/2025")
        r"|penderfyniad wedi ?i gyhoeddi"
        r"|when (?:(?:was|were) (?:it|this|the)|(?:it|this|the)) (?:(?:decisions?|record|notice) )?"
        r"(?:(?:was|were) )?published"
        r")(?: on (?:the )?(?:\w+ )?web ?site)?$",
        "Publication date: 11/02/2021",
        also=(
            "Penderfyniad wedi'i gyhoeddi: 15/10/2025",
            "Decision notice published: 26 September 2019",
            "Decision Notice Publication Date: 1 July 2025",
            "Date of Publication: 3 May 2024",
            "Decision published: 4 June 2024",
            "Published by the Monitoring Officer: 11 November 2025",
            "Record published: 22/08/2025",
            "Notice of decision published: 13 July 2015",
            "Minutes published: Wednesday 17 September 2025",
            "Date of notice: 13 June 2025",
            "Date notice published: 05/09/24",
            "DATE DECISION NOTICE PUBLISHED: 25 July 2012",
            "Date published on the Council's website: 07/03/18",
            "Date of publication on website: 21/09/2023",
            "Notice published: Wednesday 10 December 2025",
            "Date of publication of decisions: 27 January 2025",
            "Date of publication of these minutes: 17 March 2016",
            "Published Date: 15/11/2019",
            "Issue Date:  13 January 2026",
            "Publication date of decision: 29 November 2024",
            "When was this record published? Monday 10 March 2025",
        ),
    ),
    Wording(
        "effective_from",
        # (and ModernGov's Welsh interface: "Yn effeithiol o: 23/10/2025")
        r"^(?:decisions? )?effective(?: from| date)?$|^yn effeithiol o$",
        "Effective from: 26/06/2024",
        also=("Decisions effective from: 29 March 2016", "Yn effeithiol o: 23/10/2025"),
    ),
    Wording(
        "effective_from",
        r"^(?:implementation date|date of implementation"
        r"|date (?:the )?decision (?:can|may|will) be implemented"
        r"|(?:decisions? )?(?:can|may|will) be implemented from"
        r"|(?:date (?:the )?(?:decisions? )?|decisions? )?comes? into (?:force|effect)(?: on)?"
        r"(?: if not called in)?"
        r"|(?:decisions? )?takes? effect (?:from|on)|date of effect"
        r"|date (?:the )?decision takes effect(?: (?:from|on))?)$",
        "Date decision can be implemented: 2 July 2024",
        also=(
            "Comes into force: 1 August 2024",
            "Date comes into force if not called in: 18/02/2021",
            "Decision may be implemented from:  2 August 2019 (if not called in)",
            "Decision comes into force: 25/10/2019",
            "Decision comes into force on: 29/12/2020",
            "Decisions come into effect on: Wednesday 2 April 2025 (unless called in)",
            "Decision takes effect from:     22 March 2013 (if not called in)",
            "Date of effect: 25/11/2019",
            "Date the decision comes into force: 24/01/2025",
            "Date decision takes effect: 06/11/2024",
        ),
    ),
    Wording(
        "meeting",
        r"^(?:made|decided|taken) at meeting$",
        "Made at meeting: 17/06/2024 - Cabinet",
    ),
    Wording(
        "meeting",
        r"^(?:name of (?:the )?)?meeting$",
        "Meeting: Cabinet",
        also=("Name of meeting: CABINET",),
    ),
    # a label read as a date only when its value is a date (`structure/sections.py` checks)
    Wording(
        "decision_date",
        _ANY_DATE_BUT_ANOTHER + r"(?:date|(?:\w+ ){0,3}date(?: \w+){0,4})$",
        "Date of decision: 11/02/2021",
        also=("Date: 4 March 2023", "Decision date: 9 May 2024"),
    ),
    Wording(
        "decision_date",
        _ANY_DATE_BUT_ANOTHER
        + r"(?:(?:date )?(?:decision|meeting) (?:made|taken|held)(?: on)?|decisions (?:made|taken) on"
        r"|decided on)$",
        "Decision Made: 12 October 2023",
        also=(
            "Decision made on: 15 July 2021",
            "Decisions taken on: Friday 7 November 2025",
            "Decided on: Monday 7 October 2024",
        ),
    ),
    Wording(
        "decision_date",
        _ANY_DATE_BUT_ANOTHER
        + r"(?:(?:cabinet|executive|council|committee|board)(?: \w+)? (?:decision|meeting)|dated)$",
        "Cabinet Decision: 20th May 2010",
        also=("Dated: 14 February 2025",),
    ),
    Wording(
        "decision_date",
        _ANY_DATE_BUT_ANOTHER
        + r"(?:(?:cabinet|executive|council|committee|board) )?meeting (?:held )?on$",
        "CABINET MEETING HELD ON: Tuesday 8 October 2024",
    ),
    # a plain-English record's questions, each answered on the line below ("Friday 7 March
    # 2025")
    Wording(
        "decision_date",
        _ANY_DATE_BUT_ANOTHER
        + r"when (?:(?:was|were) (?:it|this|the)|(?:it|this|the)) (?:decisions? )?"
        r"(?:(?:was|were) )?(?:decided|made|taken)$",
        "When was it decided?",
        also=("When was the decision made?", "When the decision was made"),
    ),
    # a minutes page's header: "Held at: Council Chamber, Town Hall" over this
    Wording("decision_date", _ANY_DATE_BUT_ANOTHER + r"(?:held )?on$", "On: Thursday 6 March 2025"),
    # "Leader's Decision No:", "Forward Plan reference:", "Decision ref:"
    Wording(
        "reference",
        r"^(?:\w+ ){0,2}(?:(?:decision |minute |record )?(?:reference|ref)(?: number| no)?"
        r"|(?:decision|minute|record)s? (?:number|no|id))$",
        "Reference Number :-2367",
        also=(
            "Decision Reference: CMD/22/14",
            "Leader's Decision No: 7",
            "Ref: 2024/17",
            "Decision ID: D55871",
        ),
    ),
    # an effect date, not a call-in one
    Wording(
        "effect_note",
        r"^decision to take effect.*",
        "Decision to Take Effect at end of :-2013/12/23",
    ),
)

# (fact, pattern) per fact, in precedence order; each pattern is matched whole.
META_RES: Final = by_field(FACT_LABELS)

# Headings that are real parts of a record but feed no contract field. They end the section
# before them (so "Report author: ..." never runs into the reasons) and raise no defect.
OTHER_HEADINGS: Final = (
    Wording("other", r"purpose", "Purpose"),
    # a GLA form's summary under its title: "Title:" / "London Community Food Growing
    # Fund 2018-20" / "Executive Summary"
    Wording("other", r"executive summary", "Executive Summary"),
    Wording("other", r"minutes|discussion", "Minutes", also=("Discussion",)),
    Wording("other", r"background|background papers", "Background Papers"),
    Wording(
        "other",
        r"(?:additional|accompanying|supporting|relevant|related) documents|attachments?",
        "Supporting documents:",
        also=("Attachments", "Relevant Documents"),
    ),
    Wording(
        "other",
        r"report author|lead officer|contact(?: officer)?",
        "Report author: J. Example",
        also=("Contact Officer: A. Person",),
    ),
    Wording(
        "other",
        r"(?:wards?|divisions?)(?: affected)?",
        "Wards affected: All",
        also=("Ward(s): All",),
    ),
    # CMIS decision pages' own labels between the title and the outcome
    Wording(
        "other",
        r"include item on (?:the )?forward plan.*|details for agenda sheet"
        r"|reasons? for key decision",
        "Include item on Forward Plan/ Key Decision",
        also=("Details for Agenda Sheet", "Reason For Key Decision"),
    ),
    Wording("other", r"financial impact|voting", "Financial Impact: None"),
    # a CMIS decision page's own section headings, under the decision maker's label
    Wording("other", r"other information|private reason", "Other Information"),
    Wording("other", r"portfolio holder|related meeting", "Related Meeting"),
    # who was consulted on an officer's decision, a row of its own form
    Wording(
        "other",
        r"(?:portfolio holders?|cabinet members?|executive members?|(?:ward )?members?"
        r"|councillors?) consulted",
        "Portfolio Holder consulted:",
        also=("Cabinet Member consulted:",),
    ),
    Wording(
        "other",
        r"scrutiny considerations|consultation(?:s| with .*)?",
        "Consultation with ward members:",
    ),
    Wording(
        "other",
        r"officer responsible for .*|making representations|subject to urgent proceedings",
        "Officer responsible for implementation: Head of Parks",
    ),
    Wording("other", r"reason key|other reasons .*", "Reason Key: Expenditure"),
    Wording("other", r"decision type|type of decision", "Decision type: Key decision"),
    Wording(
        "other",
        r"authority for (?:the |this )?decision|delegated authority|power(?:s)? used",
        "Authority for decision: Delegated authority granted by Cabinet",
        also=("Delegated authority: Scheme of Delegation, paragraph 4.1",),
    ),
    Wording(
        "other",
        r"(?:reasons?|grounds) for (?:the )?urgency|urgency|why the decision (?:is|was) urgent",
        "Reason for urgency:",
        also=("Grounds for urgency", "Why the decision is urgent:"),
    ),
    Wording(
        "other",
        r"issue for decision|summary|recommendations?",
        "Recommendations:",
        also=("Issue for decision",),
    ),
    # ("Key decision" and "Decision taken" alone are fact labels, which come first; a page's
    # list of papers is "Documents", while "Document" alone ends a wrapped title: "...
    # Supplementary Planning" / "Document")
    Wording(
        "other",
        r"key decision|decision taken|can't find it|documents|declarations?",
        "Documents",
    ),
    Wording(
        "other",
        r"(?:\w+ ){0,2}implications?|risks?(?: \w+)?",
        "Legal implications:",
        also=("Risk Assessment",),
    ),
    Wording(
        "other",
        r"equality (?:impact|implications|analysis|duty)(?: \w+)?",
        "Equality Impact Assessment",
    ),
    Wording(
        "other",
        r"comments? of .*|introduction|appendices|appendix \w+",
        "Comments of the Chief Finance Officer:",
        also=("Appendix A",),
    ),
    # the attendance lines of minutes
    Wording(
        "other",
        r"present|apologies(?: for absence)?|in attendance|also present|officers? present",
        "Apologies for Absence",
        also=("In attendance:",),
    ),
)

KNOWN_OTHER_RE: Final = regex.compile("^(?:" + alternation(OTHER_HEADINGS, named=False) + ")$")

# The sign-off that closes a record ("Proper Officer" then the date): it ends the last
# section and is never a sub-heading of it.
SIGN_OFFS: Final = (
    Wording("sign_off", r"proper officer", "Proper Officer"),
    Wording(
        "sign_off",
        r"signed|signature|signed by|(?:\w+ ){0,2}\w+s signature",
        "Signed:",
        also=("Signature", "CABINET MEMBER'S SIGNATURE:"),
    ),
)

SIGN_OFF_RE: Final = regex.compile("^(?:" + alternation(SIGN_OFFS, named=False) + ")$")
