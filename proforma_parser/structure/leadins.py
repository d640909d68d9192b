"""Resolution lead-ins, as data: the words that open what was resolved or recommended.

A lead-in gives the resolutions under it their `kind` and `by`:
- "RESOLVED that Cabinet:-"                        resolved, by Cabinet, list follows
- "RECOMMENDED to Council that"                    recommended, by Council, list follows
- "RESOLVED that the minutes be noted."            resolved, one unnumbered resolution
- "The Cabinet resolved to:" / "Cabinet considered the report and RESOLVED to:"
- "That Cabinet:" / "Cabinet:" / "That the Cabinet recommend to Council:"
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..model import ResolutionKind
from ..wording.acts import ACT_RE
from ..wording.leadins import (
    CAPS_WORD,
    CAPS_WORDS,
    DECIDER_VERB,
    DECISION_MADE_VERBS,
    FIRST_PERSON_VERB,
    LEAD_IN_WORDS,
    OPENING_WORD,
    PRESENT_VERB,
    resolution_kind,
)
from ..wording.offices import (
    DECIDER_NAME,
    NAMED_OFFICE_RE,
    OFFICE_NAME,
    OFFICE_RE,
    PERSON_TITLE,
    PERSON_TITLE_RE,
)
from ..wording.vocabulary import BODY_RE, canonical_body, says_any
from .headings import classify

_BODY = BODY_RE.pattern
# The council a recommendation goes to, in any case: "Council", "the Council", "Full
# Council", "County Council".
_TO_THE_COUNCIL = r"(?i:(?:the\s+)?(?:full\s+|county\s+)?council)"


# "RESOLVED that Cabinet:-", "Resolved Unanimously:", "RESOLVED (unanimously) that ...",
# "AGREED: that", "ORDERED that Executive approve ...", "RECOMMENDED to Full Council
# (Budget and policy framework):", "RESOLVED – That progress ...", "Agreed that a single ..."
def word_lead_in_re(opening_word: str) -> regex.Pattern[str]:
    """The pattern of a lead-in opened by one of the verbs in `opening_word` (an
    alternation built from `wording.leadins.OPENING_WORDS`)."""
    return regex.compile(
        # (a bilingual label first: "PENDERFYNWYD / RESOLVED that ...")
        # (after "it was" in any case, as minutes print it: "It was resolved that Cabinet:")
        r"^(?:[A-Z]{4,}+\s*/\s*)?(?P<it_was>(?i:it\s+was)\s*:?-?\s+)?"
        r"(?P<word>(?(it_was)(?i:" + opening_word + r")|" + opening_word + r"))\b"
        r"(?:\s+(?i:unanimously))?(?:\s*\([^)]{0,40}\))?"
        r"(?:\s+(?i:to)\s+(?P<to>" + _BODY + r"))?(?:\s*\([^)]{0,80}\))?"
        r"\s*(?::-|:|–|—|-|,)?\s*(?:-\s*)?(?:(?i:that|t\s?h\s?a\s?t)\b\s*:?\s*)?(?P<rest>.*)$"
    )


WORD_LEAD_IN_RE = word_lead_in_re(OPENING_WORD)
# A list's lead-in at the end of a sentence of minutes: "Following consideration of the
# report it was RESOLVED:", "After discussion it was unanimously agreed that:-", "Members
# considered the options and RESOLVED –". The opening word ends the line, after "it was"
# or in capitals, so a sentence that only mentions a decision ("matters not resolved:")
# is none.
# ... and "and it was further RECOMMENDED to Council that:" (a recommendation after the
# resolutions, to the body it names)
TRAILING_LEAD_IN_RE = regex.compile(
    r"(?:\b(?i:it\s+was\s+(?:(?:unanimously|duly|therefore|further|also)\s+)?)(?i:"
    + OPENING_WORD
    + r")|\s(?-i:"
    + CAPS_WORD
    + r"))(?:\s+(?i:to)\s+(?P<to>"
    + _BODY
    + r"))?(?:\s+(?i:that|to))?\s*(?::-|:|[–-])\s*$"
)
# "That it be RECOMMENDED to Council that ...": a resolution to recommend, as "RECOMMENDED".
_IT_BE_RECOMMENDED_RE = regex.compile(
    r"(?i)(?:that\s+)?it\s+be\s+recommended\s+to\s+" + _TO_THE_COUNCIL + r"(?:\s+that\b\s*:?)?\s*"
)
# "That the Council be recommended to:" over what it is recommended to do, and with it run
# on: "That Council be recommended to adopt the strategy."
_COUNCIL_BE_RECOMMENDED_RE = regex.compile(
    r"^(?i:that\s+)?" + _TO_THE_COUNCIL + r"\s+(?i:be\s+recommended)"
    r"(?:\s+(?i:to)(?=\s*:)|\s+(?i:that)\b)?\s*(?::-|:|-)?\s*(?P<rest>.*)$"
)
# "Recommendation to the Council" over the items a minute recommends, a sub-heading among
# its resolutions (a bare "Recommendation:" is an officer's; with its colon, "Recommendations
# to Council:" is a form's label, whose section the headings read)
RECOMMENDATION_TO_COUNCIL_RE = regex.compile(
    r"^(?i:recommendations?\s+to\s+)" + _TO_THE_COUNCIL + r"\s*$"
)
# What follows "RECOMMENDED:-" when the council comes after the colon: "To the Council
# that:-"
_TO_COUNCIL_RE = regex.compile(
    r"(?i)to\s+" + _TO_THE_COUNCIL + r"\b(?:\s+that\b)?\s*(?::-|:|-)?\s*"
)
# "RESOLVED to recommend to Council that the budget be approved."
TO_RECOMMEND_RE = regex.compile(
    r"^(?i:to\s+recommend\s+(?:to\s+)?)" + _TO_THE_COUNCIL + r"\b"
    r"(?:\s*(?::-|:|-))?\s*(?:(?i:that)\b\s*:?\s*)?"
)
# "The Cabinet resolved to:", "Cabinet considered the report and RESOLVED to:",
# "the Executive Member for Housing agreed that:", "The Mayor approved:"
# Who decides, as lead-ins name them: a body, or an office holder ("The Leader", "The
# Portfolio Holder for Housing", "The Executive Councillor for Planning", "The Director of
# Place", "The Chief Executive").
ROLE = r"(?:" + _BODY.replace("(?P<body>", "(?:") + r"|" + DECIDER_NAME + r")"
BODY_LEAD_IN_RE = regex.compile(
    # (after what the decider did first: "Following consultation with the Director of
    # Business Support, the Leader approved the decision to:")
    # ... or on the day: "On Tuesday 14 January 2025 the Lead Member for Children made the
    # following decision:"
    # ... or the authority it acted under: "Acting under the delegation agreed by the
    # Cabinet on 17 September 2025 (minute 48), the Director of Environment decided to:"
    r"^(?:(?i:following|having|after|acting)\s[^.;:]{0,150},\s+|(?i:on)\s+[^.;:]{4,40}?\b\d{4},?\s+)?"
    r"(?P<pre>(?:(?i:the)\s+)?" + ROLE + r"(?:,?\s+[\w'&,]+){0,8}?)"
    # (whom the decider consulted: "The Corporate Director, Place, in consultation with the
    # Cabinet Member for Transport and Highways, has decided:")
    # ... or what it considered first: "The Mayor in Cabinet, after consideration of the
    # report and the additional information tabled at the meeting, RESOLVED to:"
    r"(?:,\s+(?i:in\s+consultation\s+with|after\s+consulting|having\s+consulted"
    r"|after\s+consideration\s+of|having\s+considered|after\s+considering)\s[^.;:]{2,200}?,)?"
    r"\s+(?:has\s+|have\s+)?(?P<word>" + DECIDER_VERB + r")"
    # "resolved that ..." and "resolved to:" lose their joining word; "resolved to approve
    # the plan" keeps it (the contract strips only "that", ":" and "-")
    # the same for "approved the decision to:" / "agreed the following:-" (a list follows)
    r"(?:\s+that\b\s*:?-?|\s+to\b(?=\s*:?-?\s*$)\s*:?-?|\s*:-?|\s+(?=to\b)"
    # ("has decided, in consultation with the Mayor:": whom it consulted, after the verb)
    r"|,?\s+(?=[^.;:]{1,60}:-?\s*$))\s*(?P<rest>.*)$"
)
# What may stand between a decider's verb and the list it introduces: "the decision to:",
# "the following:-", "the recommendations as follows:" -- a short phrase ending in a colon.
LIST_INTRO_REST_RE = regex.compile(r"[^.;:]{1,60}:-?")
# "That Cabinet:", "That cabinet:", "Cabinet:", "That the Cabinet recommend to Council:",
# "That Cabinet recommends to Council that:", "The Cabinet has", "Cabinet has then:-"
BODY_INTRO_RE = regex.compile(
    r"^(?:(?i:that)\s+)?" + _BODY + r"(?:(?P<verb>\s+(?i:agreed\s+to|has(?:\s+then)?|have))?"
    r"(?:\s+(?P<rec>(?i:recommends?|approves?\s+and\s+recommends?)\s+to\s+"
    + _TO_THE_COUNCIL
    + r"))?(?:\s+(?i:that))?\s*"
    # a bare body needs its colon ("Cabinet:"); "CABINET" alone is a page heading
    # ("That Cabinet;" with a semicolon for the colon is the same introduction)
    r"(?(verb)(?::-|:|;|-)?|(?::-|:|;|-)))\s*$"
)
# A committee, board, panel or group by its own name over the list it resolved: "That the
# Strategy and Resources Policy Committee:-", "RESOLVED that Strategy Group:-" (its colon
# shows a list follows).
NAMED_BOARD_INTRO_RE = regex.compile(
    r"^(?:(?i:that)\s+)?(?:(?i:the)\s+)?(?P<name>(?:[A-Z][\w'’-]*,?\s+(?:(?:and|&|of|for)\s+)?)"
    r"{1,6}(?:Committee|Sub-Committee|Board|Panel|Group))\s*(?::-|:|-)\s*$"
)
_INTRO_MARKS = (":", ":-", "-")
# "That the Cabinet" alone over a list, or all that follows "RESOLVED that": with "that"
# before it, a body needs no colon (a bare "CABINET" is a page heading).
BARE_BODY_RE = regex.compile(r"^(?:(?i:the)\s+)?" + _BODY + r"\s*(?::-|:|;|-)?\s*$")
THAT_BODY_RE = regex.compile(r"^(?i:that)\s+(?:(?i:the)\s+)?" + _BODY + r"\s*(?::-|:|;|-)?\s*$")
# "Council appoints ...", "the Cabinet suspend ...", "Executive approve ...": a clause whose
# subject is a body names who resolved.
SUBJECT_RE = regex.compile(r"^(?:(?i:the)\s+)?" + _BODY + r"\s+(?=[a-z])")
# "Cabinet:", "That Cabinet:", "the Cabinet agreed to:", "The Cabinet has"
SUBJECT_OR_INTRO_RE = regex.compile(r"^(?:(?i:that)\s+)?(?:(?i:the)\s+)?" + _BODY + r"(?=\s|:|$)")
# "the Portfolio Holder for Transport:", "the Cabinet Member for Housing approve ..."
# ... and "the Corporate Director, Housing and Regeneration approves ..." (a comma after
# the office, before its portfolio)
ROLE_SUBJECT_RE = regex.compile(
    r"^(?:(?i:that)\s+)?(?:(?i:the)\s+)?(?P<who>"
    + OFFICE_NAME
    + r"(?:,?\s+(?:(?:for|of|and|&|with|in|[–-])\s+(?:the\s+)?)*[A-Z][\w'&,-]*)*)"
)
# "The Mayor is recommended to:", "Cabinet is recommended to:-": a report's wording over
# the list its decider approved.
_RECOMMENDED_TO_ENDS = ("recommended to:", "recommended to:-")
_RECOMMENDED_TO_RE = regex.compile(
    r"^(?P<who>(?:(?i:the)\s+)?" + ROLE + r"(?:\s+[\w'&]+){0,8}?)\s+(?i:is|are)\s+"
    r"(?i:recommended)\s+(?i:to)\s*:-?\s*$"
)
# "Cabinet approves and recommends to Council that ..."
RECOMMENDS_RE = regex.compile(
    r"^(?:(?i:that)\s+)?(?:(?i:the)\s+)?" + _BODY + r"(?:\s+\w+){0,3}?\s+(?i:recommends?)\s+"
    r"(?i:to)\s+" + _TO_THE_COUNCIL + r"\b"
)
# "... recommends to Full Council ..." anywhere in an intro
RECOMMENDS_TO_COUNCIL_RE = regex.compile(
    r"(?i)\brecommends?\s+to\s+(?:the\s+)?(?:full\s+)?council\b"
)
# Any line that ends by announcing a list: "... the following actions for 2022/23:-", "I
# have agreed the following decisions" (no colon), "... as follows", and
# the "To" left after "The Mayor in Cabinet RESOLVED: To" (the list says what to do)
INTRO_END_RE = regex.compile(
    r"(?i)(?::-?|:\s*-|\bhas|\bhave|\bto|\bthat|\bthe\s+following(?:\s+[a-z]+)?|\bas\s+follows)"
    r"\s*$"
)
# "that", and "T H A T" as letter-spaced print comes out of a PDF
_THAT_RE = regex.compile(r"^(?i:that|t\sh\sa\st)\b[\s,]*")


@dataclass(frozen=True, slots=True)
class LeadIn:
    kind: ResolutionKind
    by: str | None
    rest: str
    """What follows the lead-in on its own line ("the minutes be noted."), maybe empty."""

    @property
    def opens_list(self) -> bool:
        return not self.rest or bool(INTRO_END_RE.search(self.rest))


# "That the Cabinet Member for Housing Delivery:", "The Lead Member for Adult Social Care:",
# "That the Portfolio Holder:" -- an office holder announcing the list of what they decided
# (A person in brackets after an office is not its portfolio: "The Leader (Councillor Smith)".)
ROLE_INTRO_RE = regex.compile(
    r"^(?:(?i:that)\s+)?(?:(?i:the)\s+)?(?P<who>"
    + ROLE
    + r"(?:\s+(?:(?:for|of|and|&|with|in|[–-])\s+(?:the\s+)?)*[A-Z][\w'&,–-]*)*"
    # ("RESOLVED that the Cabinet Member (City Services):": the portfolio in brackets)
    r"(?:\s+\((?!" + PERSON_TITLE + r")[A-Z][^()]{2,60}\))?)"
    r"(?:\s+(?:has|have)\s+(?:decided|agreed|resolved))?\s*(?::-|:|-)\s*$"
)
# "I have decided to:", "I have agreed:", "We agreed that:"
FIRST_PERSON_RE = regex.compile(
    r"^(?:I|We)\s+(?:have\s+)?" + FIRST_PERSON_VERB + r"\b"
    # "I have decided that:" / "to:" lose the word; "I have decided to approve ..." keeps "to"
    r"\s*(?:that|to(?=\s*:?-?\s*$))?\s*:?-?\s*(?P<rest>.*)$"
)
# "I approve the following decisions:", "We hereby agree the following:" -- in the present
# tense the verb belongs to what follows, so only a line that opens a list is a lead-in.
# ... after a clause of what the decider considered: "Having considered the report and the
# objections received, I approve the following:"
FIRST_PERSON_LIST_RE = regex.compile(
    r"^(?:(?i:having)\s[^.;:]{0,120},\s+)?(?:I|We)\s+(?:(?:hereby|therefore)\s+)?"
    + PRESENT_VERB
    + r"\b[^.;]{0,80}:-?\s*$"
)
# "The North Vale Joint Committee RESOLVED to:", "Executive Mayor in Cabinet RESOLVED:
# To", "The Cabinet Member RESOLVED to approve ...": a lead-in word in capitals after a
# name in capitalised words; the name is who decided.
NAMED_CAPS_LEAD_IN_RE = regex.compile(
    r"^(?:(?i:the)\s+)?(?P<who>[A-Z][\w'&-]*"
    r"(?:\s+(?:(?:for|of|and|&|with|in|[–-])\s+(?:the\s+)?)*[A-Z][\w'&,-]*){0,8}?"
    # ("The Cabinet Member for Housing Services (Deputy Leader) RESOLVED to:": a second
    # office in brackets, not a person)
    r"(?:\s+\((?!" + PERSON_TITLE + r")[A-Z][^()]{2,60}\))?)"
    r"\s+(?:(?:has|have)\s+)?(?=" + CAPS_WORD + r"\b)"
)
# A capitalised word before RESOLVED that names no one: "Members RESOLVED", "It RESOLVED"
_NOT_A_DECIDER = frozenset({"it", "members", "member", "they", "he", "she", "we", "officers"})


# Every lead-in says one of the verbs of `wording/leadins.py` (LEAD_IN_WORDS, built from
# its rows), or ends as an introduction does ("Cabinet:", "The Cabinet has", "That Cabinet
# recommends to Council that", "I approve the following:"): a test with str methods that
# spares the patterns below for the many lines that are neither.
_INTRO_ENDINGS = (":", "-", "has", "have", "then", "council", "that")


# How a body's introduction ends (BODY_INTRO_RE): in its colon, dash or semicolon, or, after
# its verb, in that verb, "to", "council" or "that" ("The Cabinet has", "Cabinet agreed to",
# "That Cabinet recommends to Council that"). The office holder's (ROLE_INTRO_RE) and the
# trailing lead-in (TRAILING_LEAD_IN_RE) end in a colon or dash. Asked of the line first,
# these spare the patterns most lines that say a verb ("The Cabinet approved the fees set
# out in the report."), where an office holder's pattern tries every capitalised word.
_BODY_INTRO_ENDINGS = (":", "-", ";", "to", "has", "have", "then", "council", "that")


def _may_end_intro(lowered: str) -> bool:
    """`lowered` (a line in lower case, without its trailing spaces) may end as a body's
    introduction does. (Beyond ASCII, the pattern's words in any case are more than their
    lower case: "ſ" is an "s" to it.)"""
    return lowered.endswith(_BODY_INTRO_ENDINGS) or not lowered.isascii()


def _may_lead_in(lowered: str, says_a_verb: bool) -> bool:
    """`lowered`, a line in lower case without its trailing spaces, may be a lead-in;
    `says_a_verb`, whether it holds one of LEAD_IN_WORDS."""
    if says_a_verb:
        return True
    if lowered.endswith((";", "cabinet", "executive")):
        # "That Cabinet;", "That the Cabinet" (not "Decision Maker: Cabinet")
        return lowered.startswith("that ")
    return lowered.endswith(_INTRO_ENDINGS)


# The end of a formal first-person preamble: "... in exercise of the powers conferred on me
# by the Constitution ..., do hereby approve:", "I hereby agree that:"
HEREBY_RE = regex.compile(r"(?i)\bhereby\s+" + PRESENT_VERB + r"(?:\s+(?:to|that))?\s*:-?\s*$")
# ... with the decision run on after the colon (a form whose line breaks were lost): "... do
# hereby approve: The tender of £12 400 from Acme Ltd be accepted. The reasons are: ..."
# -- the decision is the first sentence.
HEREBY_INLINE_RE = regex.compile(
    r"(?i)\bhereby\s+" + PRESENT_VERB + r"(?:\s+(?:to|that))?\s*:-?\s+"
    r"(?P<rest>(?-i:[A-Z]).*?[a-z0-9)]\.)(?=\s+[A-Z]|\s*$)"
)


# "Cabinet Members:" over "Councillors D Aldersey, K Brankin, ...": who attended, not who
# decided (an office in the plural).
_MANY_WORDS = frozenset({"members", "councillors", "holders", "officers", "leads"})


def _names_many(who: str) -> bool:
    return who.rsplit(None, 1)[-1].lower() in _MANY_WORDS


def _names_a_decider(who: str) -> bool:
    """ "North Vale Joint Committee", "CABINET" -- not "Members", nor a heading in capitals
    run into the lead-in ("MINUTES RESOLVED that ...")."""
    if who.lower() in _NOT_A_DECIDER:
        return False
    if BODY_RE.fullmatch(who) is None and classify(who) is not None:
        return False  # "a) Decisions RESOLVED: 1. That ...": a heading run into the lead-in
    return any(ch.islower() for ch in who) or BODY_RE.fullmatch(who) is not None


# "and further RESOLVED that", "and RECOMMENDED to Council that": a lead-in joined to the list
# above it by its connecting words.
_CONNECTORS = ("and ", "further ", "also ")
_JOINED_CAPS_RE = regex.compile(r"(?i:(?:and|further|also)\s+)+(?=[A-Z]{4,}\b)")


_LIST_MARKS = frozenset({"-", "–", ":-", ":–"})
# "Having considered ...", "That, having considered the 14 objections received ..., the
# Cabinet Member:"
_HAVING_OPENINGS = ("having ", "that, having ", "that having ")


def _first_person(text: str) -> LeadIn | None:
    """ "I, <who>, [an aside,] have decided:": a first-person lead-in, its last comma's part
    the introduction "I have decided:" would be; who decided is the office it names before
    any aside ("having considered ...", "acting under ..."), else left to the record's other
    statements."""
    parts = text[3:].split(", ")
    spoken = read_lead_in(f"I {parts[-1]}") if len(parts) > 1 else None
    if spoken is None or spoken.rest:
        return None
    return LeadIn("resolved", _office_speaking(parts), "")


def _office_speaking(parts: list[str]) -> str | None:
    """The office among a first-person lead-in's comma parts (the last, its introduction,
    left out)."""
    # "I, Councillor Joan Pemberton-Hale, Leader of the Council, having considered ...",
    # "I, Sarah Whitfield, Executive Director of Place Services, acting under ...": the
    # holder's name, then the office
    starts = (1, 0) if PERSON_TITLE_RE.match(parts[0]) else (0, 1)
    for start in starts:
        for cut in range(len(parts) - 1, start, -1):
            office = ", ".join(parts[start:cut])
            if " having " not in office and _names_an_office(office):
                return office.removeprefix("the ")
    return None


def _names_an_office(text: str) -> bool:
    """A member's office ("Portfolio Holder for Planning, Housing and Climate Change") or an
    officer's ("Director of Place, Sustainable Growth and Transport")."""
    return OFFICE_RE.fullmatch(text) is not None or NAMED_OFFICE_RE.fullmatch(text) is not None


_HAVING_ASIDE_RE = regex.compile(
    r"(?P<who>[^,]{2,80}),\s+having\s+[^,;.]{2,200},\s+(?P<rest>" + CAPS_WORD + r"\b.*)$"
)


def _with_decider_after_aside(lead_in: LeadIn) -> LeadIn:
    """ "RESOLVED that, having had due regard to the consultation responses ..., the
    Cabinet:": the decider after the aside, the list's introduction."""
    rest = lead_in.rest
    if lead_in.by is not None or not rest.startswith(", having ") or not rest.endswith(":"):
        return lead_in
    after = read_lead_in(f"That {rest.rsplit(', ', 1)[1]}")
    if after is None or after.by is None or after.rest:
        return lead_in
    return LeadIn(lead_in.kind, after.by, "")


def read_lead_in(text: str) -> LeadIn | None:
    """The lead-in that `text` opens with, if any."""
    lowered = text.lower().rstrip()
    if lowered.startswith(_HAVING_OPENINGS) and lowered.endswith((":", ":-")) and ", " in text:
        # "Having considered an officer report, and a presentation by the Cabinet Member for
        # Resources, Councillor Joan Millbank, the Mayor:": who decided, after what they heard
        after = read_lead_in(text.rsplit(", ", 1)[1])
        if after is not None and after.by is not None and not after.rest:
            return after
    if ", having " in lowered and (aside := _HAVING_ASIDE_RE.match(text)):
        # "The Mayor, having considered the report and the equalities assessment, DECIDED
        # to:": the decider and the verb, the aside between them left out
        return read_lead_in(f"{aside.group('who')} {aside.group('rest')}")
    if text[:3] == "I, " and lowered.endswith((":", ":-")) and (spoken := _first_person(text)):
        # "I, the Portfolio Holder for Planning, Housing and Climate Change, having
        # considered the report ..., have decided to:": the decider names the office
        return spoken
    if lowered.endswith(_RECOMMENDED_TO_ENDS) and (asked := _RECOMMENDED_TO_RE.match(text)):
        # "The Mayor is recommended to:" under a decision's heading, the report's wording
        # kept: the list is what the Mayor decided ("The Council is recommended to:" is
        # what goes to Council)
        who = _noun_phrase(asked.group("who"))
        if who == "Council":
            return LeadIn("recommended", "Council", "")
        return LeadIn("resolved", who, "") if who is not None else None
    says_a_verb = says_any(lowered, LEAD_IN_WORDS)
    if not _may_lead_in(lowered, says_a_verb):
        return None
    if lowered.startswith(_CONNECTORS) and (joined := _JOINED_CAPS_RE.match(text)):
        # "and RECOMMENDED to Council that" after the last resolution: the next lead-in,
        # joined to the list above (a verb in capitals, so no sentence's "and agreed")
        return read_lead_in(text[joined.end() :])
    # The patterns of a verb's lead-in, and the "hereby" preambles, each need one of
    # LEAD_IN_WORDS: a line that ends as an introduction does ("Reasons for the decision:")
    # without one is spared them, and only the introductions below can match it.
    found = WORD_LEAD_IN_RE.match(text) if says_a_verb else None
    if found:
        return _with_decider_after_aside(_word_lead_in(found))
    found = FIRST_PERSON_RE.match(text) if says_a_verb else None
    if found:
        return LeadIn("resolved", None, found.group("rest").strip())
    found = _COUNCIL_BE_RECOMMENDED_RE.match(text) if says_a_verb else None
    if found:
        return LeadIn("recommended", "Council", found.group("rest").strip())
    found = BODY_LEAD_IN_RE.match(text) if says_a_verb else None
    if found and found.group("word").lower() in DECISION_MADE_VERBS:
        # "... made the following decision:", not "... made the following comments:"
        found = found if "decision" in found.group("rest").lower() else None
    if found:
        rest = found.group("rest").strip()
        # "The Leader approved the decision to:" -- what is left ("the decision to:") only
        # introduces the list below; it is no clause of its own.
        to_recommend = TO_RECOMMEND_RE.match(rest)
        if to_recommend:  # "Cabinet RESOLVED to recommend to County Council that:"
            return LeadIn("recommended", "Council", _after_that(rest[to_recommend.end() :]))
        rest = "" if LIST_INTRO_REST_RE.fullmatch(rest) else rest
        return LeadIn("resolved", _noun_phrase(found.group("pre")), rest)
    found = (
        NAMED_CAPS_LEAD_IN_RE.match(text) if says_a_verb and says_any(text, CAPS_WORDS) else None
    )
    if found:
        word = WORD_LEAD_IN_RE.match(text[found.end() :])
        if word:
            lead_in = _word_lead_in(word)
            if lead_in.kind != "resolved" or lead_in.by is not None:
                return lead_in
            # "Members RESOLVED that ..." is a lead-in all the same, naming no decider
            who = found.group("who")
            by = _noun_phrase(who) if _names_a_decider(who) else None
            return LeadIn("resolved", by, lead_in.rest)
    if text.startswith(("I ", "We ", "Having ", "having ")) and FIRST_PERSON_LIST_RE.match(text):
        return LeadIn("resolved", None, "")
    if text[:7] in ("Having ", "having ") and says_a_verb:
        # "Having considered all the information, Cabinet RECOMMENDED to Full Council that
        # it:": what was considered, then the lead-in after one of its commas
        comma = text.find(", ")
        while comma > 0:
            after = read_lead_in(text[comma + 2 :])
            if after is not None:
                return after
            comma = text.find(", ", comma + 2)
    found = THAT_BODY_RE.match(text) if text[:4].lower() == "that" else None
    if found:
        return LeadIn("resolved", canonical_body(found.group("body")), "")
    found = NAMED_BOARD_INTRO_RE.match(text) if text[:4].lower() == "that" else None
    if found:  # "That Policy and Resources Committee:-" under "RESOLVED:-"
        return LeadIn("resolved", found.group("name"), "")
    found = BODY_INTRO_RE.match(text) if _may_end_intro(lowered) else None
    if found:
        if found.group("rec"):
            return LeadIn("recommended", "Council", "")
        return LeadIn("resolved", canonical_body(found.group("body")), "")
    found = ROLE_INTRO_RE.match(text) if lowered.endswith((":", "-")) else None
    if found and not _names_many(found.group("who")):
        return LeadIn("resolved", _noun_phrase(found.group("who")), "")
    if says_a_verb and RECOMMENDATION_TO_COUNCIL_RE.match(text):
        return LeadIn("recommended", "Council", "")
    # (a search of the whole line, for a lead-in that ends it: "... it was RESOLVED:")
    trailing = TRAILING_LEAD_IN_RE.search(text) if lowered.endswith((":", "-", "–")) else None
    if trailing:
        said = trailing.group(0).lower()
        to = trailing.group("to")
        by = canonical_body(to) if to else None
        return LeadIn("recommended" if "recommend" in said else "resolved", by, "")
    if says_a_verb and "ereby" in text:
        if HEREBY_RE.search(text):
            return LeadIn("resolved", None, "")
        inline = HEREBY_INLINE_RE.search(text)
        if inline:
            return LeadIn("resolved", None, inline.group("rest"))
    if ", " in text and lowered.endswith((":", ":-")):
        # "On consideration of the report of the Cabinet Member for Economic Development and
        # Transport, Cabinet agreed the following:": an opening clause, then, after its
        # comma, who decided and the verb that introduces the list (or who decided alone:
        # "Development and Scrutiny Committee at its meeting on 17 June 2025, the Portfolio
        # Holder:", a wrapped opening's last line that a rendering set apart)
        after = read_lead_in(text.rsplit(", ", 1)[1])
        if after is not None and after.by is not None and not after.rest:
            return after
    return None


# The name at the start of "The Executive Member for Finance agreed that:", "Cabinet
# considered the report and RESOLVED to:", "The Executive Mayor in Cabinet RESOLVED:",
# "The Portfolio Holder – Parks and Leisure:-": capitalised words and their small connectors.
NOUN_PHRASE_RE = regex.compile(
    r"^(?:(?i:the)\s+)?(?P<name>[A-Z][\w'&-]*"
    r"(?:\s+(?:(?:for|of|and|&|with|in|[–-])\s+(?:the\s+)?)*[A-Z][\w'&,-]*)*"
    r"(?:\s+\((?!" + PERSON_TITLE + r")[A-Z][^()]{2,60}\))?)"  # "Cabinet Member (City Services)"
)


def _noun_phrase(text: str) -> str | None:
    found = NOUN_PHRASE_RE.match(text)
    if not found:
        return None
    # "The Leader of the Council, Councillor Jeff Reid, RESOLVED that:": the office decides;
    # the person between commas is its holder
    name = _HOLDER_AFTER_COMMA_RE.sub("", found.group("name")).rstrip(",")
    return canonical_body(name) if BODY_RE.fullmatch(name) else name


_HOLDER_AFTER_COMMA_RE = regex.compile(r",\s*" + PERSON_TITLE + r"\s.*$")


# "Resolved by the Chief Executive Officer (i) That ...", "AGREED by the Cabinet:" -- the
# decider after "by", up to a colon, a list marker or "that".
_AGENT_RE = regex.compile(
    r"^(?i:by)\s+(?P<who>(?:(?i:the)\s+)?[A-Z][\w'&-]*(?:\s+(?:(?:for|of|and|&|in|[–-])\s+"
    r"(?:the\s+)?)*[A-Z][\w'&,-]*){0,8})\s*(?::-|:|-|,)?\s*(?=\(|[a-z0-9]{1,4}[.)]|(?i:that)\b|$)"
)


def _word_lead_in(found: regex.Match[str]) -> LeadIn:
    recommended = resolution_kind(found.group("word")) == "recommended"
    rest = found.group("rest").strip()
    if rest in _LIST_MARKS:
        rest = ""  # "RESOLVED that:-": the list's mark, what is left once "that:" is read
    to = found.group("to")
    if to:
        return LeadIn("recommended" if recommended else "resolved", canonical_body(to), rest)
    to_recommend = TO_RECOMMEND_RE.match(rest)
    if to_recommend:
        return LeadIn("recommended", "Council", rest[to_recommend.end() :].strip())
    to_council = _TO_COUNCIL_RE.match(rest) if recommended else None
    if to_council:  # "RECOMMENDED:- To the Council that:-"
        return LeadIn("recommended", "Council", rest[to_council.end() :].strip())
    it_be = _IT_BE_RECOMMENDED_RE.match(rest)
    if it_be:  # "Resolved: That it be RECOMMENDED to Council that the scheme be adopted."
        return LeadIn("recommended", "Council", rest[it_be.end() :].strip())
    role = ROLE_INTRO_RE.match(rest)
    if role:  # "RESOLVED that the Portfolio Holder for Transport:"
        return LeadIn(
            "recommended" if recommended else "resolved", _noun_phrase(role.group("who")), ""
        )
    bare = BARE_BODY_RE.match(rest)
    if bare:  # "RESOLVED that the Cabinet" over a list: no colon, but nothing else either
        return LeadIn(
            "recommended" if recommended else "resolved", canonical_body(bare.group("body")), ""
        )
    named = NAMED_BOARD_INTRO_RE.match(rest) if rest.endswith(_INTRO_MARKS) else None
    if named:  # "RESOLVED: That the Strategy and Resources Policy Committee:-"
        return LeadIn("recommended" if recommended else "resolved", named.group("name"), "")
    intro = BODY_INTRO_RE.match(rest)
    if intro:  # "RESOLVED that Cabinet:-": the body, and a list to follow
        kind: ResolutionKind = "recommended" if recommended or intro.group("rec") else "resolved"
        body = "Council" if intro.group("rec") else canonical_body(intro.group("body"))
        return LeadIn(kind, body, "")
    agent = _AGENT_RE.match(rest)
    if agent:  # "Resolved by the Chief Executive Officer (i) That ...": who, then the list
        who = ROLE_SUBJECT_RE.match(agent.group("who")) or SUBJECT_OR_INTRO_RE.match(
            agent.group("who")
        )
        if who is not None:
            rest = strip_that(rest[agent.end() :])
            kind = "recommended" if recommended else "resolved"
            return LeadIn(kind, _noun_phrase(agent.group("who")), rest)
    subject = SUBJECT_RE.match(rest)
    by = canonical_body(subject.group("body")) if subject else None
    if RECOMMENDS_RE.match(rest):
        return LeadIn("recommended", "Council", rest)
    return LeadIn("recommended" if recommended else "resolved", by, rest)


def clause_kind_and_by(text: str) -> tuple[ResolutionKind, str | None]:
    """Kind and body of an unnumbered clause: "Cabinet approves and recommends to Council"."""
    if recommends_to_council(text):
        return "recommended", "Council"
    clause = _THAT_RE.sub("", text)
    subject = SUBJECT_RE.match(clause)
    if subject:
        return "resolved", canonical_body(subject.group("body"))
    return "resolved", _acting_office_holder(clause)


# After an office holder, a verb in the present that the holder does ("approves",
# "agrees", "notes", "has"): "That the Portfolio Holder approves the Statement." The holder
# of "the Director of Place be authorised to ..." or "... is asked to ..." only receives a
# task, and is not who decided.
_ACTING_VERB_RE = regex.compile(r"\s+(?!(?:is|was)\b)[a-z]{2,}(?<!s)s\b")


def _acting_office_holder(clause: str) -> str | None:
    if not clause[:1].isupper() and not clause.lower().startswith("the "):
        return None
    role = ROLE_SUBJECT_RE.match(clause)
    if role is None:
        return None
    if not _ACTING_VERB_RE.match(clause, role.end()):
        # "AGREED that the Cabinet Member approve the revised schedule ...": the verb of a
        # decision in its bare form (never "be": "the Director be authorised")
        word = clause[role.end() :].split(None, 1)[0] if clause[role.end() :].strip() else ""
        bare = word.isalpha() and word.islower() and not word.endswith("ed")
        if not bare or ACT_RE.match(word.capitalize()) is None:
            return None  # ("The Chief Officer approved expenditure": a report of it)
    return _noun_phrase(role.group("who"))


def _after_that(text: str) -> str:
    """What a lead-in leaves after its "that:" ("" when it only introduces a list)."""
    rest = strip_that(text.strip())
    return "" if rest in ("", ":", ":-") else rest


def strip_that(text: str) -> str:
    """ "That the report be noted." -> "the report be noted." (an unnumbered clause)."""
    return _THAT_RE.sub("", text, count=1).strip()


def intro_body(text: str) -> tuple[ResolutionKind, str | None] | None:
    """Kind and body named by a line that announces a list, if it announces one."""
    if not INTRO_END_RE.search(text):
        return None
    if RECOMMENDS_TO_COUNCIL_RE.search(text):
        return "recommended", "Council"
    return "resolved", subject_of(text) or end_subject(text)


def end_subject(text: str) -> str | None:
    """The body or office holder an introduction ends on: "It is recommended that the
    Cabinet:", "Having considered the report, it was agreed that the Portfolio Holder for
    Parks:" (the one asked to decide, who did). Council is left out: "... that Council:"
    in a Cabinet's record is a recommendation, not who decided."""
    if not text.endswith((":", ":-", ";")):
        return None
    at = text.lower().rfind("that ")
    if at < 0 or (at > 0 and text[at - 1].isalnum()):
        return None
    tail = text[at:]
    role = ROLE_INTRO_RE.match(tail)
    name = _noun_phrase(role.group("who")) if role else None
    if name is None:
        body = BODY_INTRO_RE.match(tail)
        if body is None or body.group("rec") or body.group("verb"):
            return None
        name = canonical_body(body.group("body"))
    return None if name == "Council" else name


# An item of a list of decisions that is a recommendation to Council: "To recommend to Full
# Council that the budget be adopted", "Recommend to Council the revised scheme", "That
# Council be recommended to approve ...", "Cabinet recommends to Council that ...".
# ... and "to recommend the revised scheme to Council for adoption" (the object first)
_ITEM_RECOMMENDS_RE = regex.compile(
    r"^(?:(?i:that|to)\s+)?(?:(?i:recommends?|recommended)\s+(?:(?i:to)\s+|(?!(?i:that)\b)[^.;:]{1,200}?\b"
    r"(?i:to)\s+)" + _TO_THE_COUNCIL + r"\b"
    r"|(?:(?i:the)\s+)?(?:(?i:full)\s+)?(?i:council)\s+(?:be|is)\s+(?i:recommended)\b"
    # "That it be RECOMMENDED to Council that the scheme be adopted"
    r"|(?i:it\s+be\s+recommended\s+to\s+)" + _TO_THE_COUNCIL + r"\b)"
)


def recommends_to_council(text: str) -> bool:
    """True for a list item that recommends to Council rather than decides."""
    if "ecommend" not in text[:120] and "ECOMMEND" not in text[:120]:
        return False
    return bool(_ITEM_RECOMMENDS_RE.match(text) or RECOMMENDS_RE.match(text))


def subject_of(text: str) -> str | None:
    """The body or office holder a clause or intro opens with: "That Cabinet:", "the
    Cabinet agreed to:", "the Portfolio Holder for Transport:"."""
    role = ROLE_SUBJECT_RE.match(text)
    if role:
        if text[role.end() : role.end() + 2] == ": " and text[role.end() + 2 :].strip(" :-"):
            # "The Director: Children and Families Services has decided to:": the office's
            # name runs on past its colon, and the words before it are not the decider
            return None
        return _noun_phrase(role.group("who"))
    body = SUBJECT_OR_INTRO_RE.match(text)
    return canonical_body(body.group("body")) if body else None


# "the Council, having considered the responses": a body, then a comma and a clause about it.
_COMMA_SUBJECT_RE = regex.compile(r"^(?:(?i:the)\s+)?" + _BODY + r"\s*,")


def subject_before_comma(text: str) -> str | None:
    """The body a clause opens with when a comma follows it ("the Council, having ...")."""
    found = _COMMA_SUBJECT_RE.match(text)
    return canonical_body(found.group("body")) if found else None
