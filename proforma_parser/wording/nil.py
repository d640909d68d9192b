"""Nil words: how records say "none" for alternatives, conflicts and dispensations.

A section that declares none gives null *and* keeps its Section entry; that differs from a
missing section, which gives null, no Section and a `missing_section` defect.
"""

from __future__ import annotations

from typing import Final

import regex

from .numbering import without_paragraph_number
from .registry import Wording, alternation
from .vocabulary import says_any

# "None", "N/A", "Nil", "Not applicable", "-", "None considered", "None declared.",
# "No conflicts of interest were declared by the Executive Councillor.",
# "There were no declarations of interest", "No dispensations granted"
# "None known", "None sought", "Nil return", "There were none", "none in respect of this
# item." (in minutes, after "Declarations of interest:") (a bare "No" answers a
# question -- "Exempt from call-in? No" -- and is left to the question's reader)
NIL_RE = regex.compile(
    r"(?i)^\W*(?:none(?:\s+(?:declared|considered|received|granted|identified|made|noted"
    r"|required|applicable|relevant|known|reported|given|sought|requested|recorded|notified"
    r"|at\s+this\s+time)(?:\s+by\s+[^.;]{1,80})?)?(?:\s+(?:in\s+respect\s+of|in\s+relation\s+to"
    r"|relating\s+to|for|on)\s+(?:this|the)\s+(?:item|matter|decision|report))?|nil(?:\s+return)?|there\s+(?:were|was|are|is)\s+none"
    r"|n\s*/\s*a|n\.a\.?|not\s+applicable|no\s+comment"
    r"|not\s+required|not\s+relevant|-+|–|—|nothing(?:\s+(?:declared|to\s+declare|to\s+report))?"
    r"|(?:there\s+(?:were|was|are|is)\s+)?no\s+(?:(?:conflicts?|declarations?|interests?"
    r"|dispensations?|alternative\s+options?|alternatives?|other\s+options?)\b[\w\s(),]*?)"
    r")\W*$"
)


# The kinds of interest a member may have none of: "no disclosable pecuniary or other
# registrable interest in this matter".
_KIND_OF_INTEREST = (
    r"(?:personal|prejudicial|pecuniary|other|relevant|disclosable|registrable|registerable"
    r"|significant|non-pecuniary)"
)
# "The Mayor has no conflict of interest in relation to this decision.",
# "The Executive Member declared no interest."
HAS_NONE_RE = regex.compile(
    r"(?i)^[\w\s,'()-]{0,60}?\b(?:has|had|have|declared|made|held|holds|was\s+granted|were\s+granted)"
    r"\s+no\s+(?:" + _KIND_OF_INTEREST + r"\s+(?:(?:or|and)\s+)?){0,4}(?:conflicts?|interests?"
    r"|declarations?|dispensations?)\b[^.;]*\.?$"
)
# "The Executive Mayor did not declare any interest.", "None were declared.", "None were
# made." (under "Declarations of Interests"), "none were declared at the meeting."
DID_NOT_RE = regex.compile(
    r"(?i)^[\w\s,'()-]{0,60}?\b(?:did|does|do)\s+not\s+(?:declare|have|hold)\s+any\s+"
    r"(?:" + _KIND_OF_INTEREST + r"\s+(?:(?:or|and)\s+)?){0,4}(?:conflicts?|interests?"
    r"|declarations?|dispensations?)\b[^.;]*\.?$|^\W*none\s+(?:were|was)\s+(?:declared|granted|made|received|reported)"
    r"(?:\s+(?:at|in|for)\s+(?:this|the)\s+(?:meeting|item|matter))?\W*$"
)
# "No member declared an interest in any matter to be considered at the meeting.", "no
# member of staff involved in drafting or clearing this decision has declared a conflict of
# interest.": nobody had one.
NOBODY_DECLARED: Final = (
    r"no\s+(?:members?(?:\s+of\s+staff)?|councillors?|one|officers?)"
    r"(?:\s+(?:or|and)\s+officers?)?(?:\s+(?:involved|concerned|consulted)\b[^.;]{0,80}?)?\s+"
    r"(?:(?:has|have|had)\s+)?"
    r"(?:declared|disclosed|had|has|have|registered)\s+(?:an?|any)\s+(?:"
    + _KIND_OF_INTEREST
    + r"\s+(?:(?:or|and)\s+)?){0,4}(?:interests?|conflicts?(?:\s+of\s+interests?)?)\b"
)
NOBODY_DECLARED_RE = regex.compile(r"(?i)^" + NOBODY_DECLARED + r"[^.;]*\.?$")
# Minutes' formula for none: "Members and officers were invited to declare any interests
# in the items of business to be considered but there were none made."
INVITED_NONE_RE = regex.compile(
    r"(?i)^[^.;]{0,80}\binvited\s+to\s+declare\b[^.;]{0,160}\b(?:but|and)\s+"
    r"(?:there\s+were\s+none|none\s+were)(?:\s+(?:made|declared|received))?\W*$"
)
# An agenda's item under "Declarations of Interest", its purpose and nothing declared: "To
# receive declarations of disclosable pecuniary or non-pecuniary interests, arising from
# business to be transacted at this meeting, from all Members present."
_AGENDA_PURPOSE_RE = regex.compile(
    r"(?i)^to\s+(?:receive|invite|note|consider)\s+(?:any\s+)?declarations?\s+of\b[^.;]*\.?$"
)
# "The Clerk confirmed that no declarations of interest had been made.", "At the start of
# the meeting no relevant interests were declared": a sentence whose one statement is that
# there were none. What comes before "no" must not itself name an interest or a member
# ("Councillor X declared an interest and no dispensation was needed" is content).
NONE_REPORTED_RE = regex.compile(
    r"(?i)\bno\s+(?:(?:personal|prejudicial|pecuniary|relevant|disclosable)\s+(?:(?:or|and)\s+)?)*"
    r"(?:declarations?|conflicts?|interests?|dispensations?)\b"
)
_NAMES_AN_INTEREST_RE = regex.compile(
    r"(?i)declar|interest|conflict|dispensation|councillor|member|mayor|leader|\bcllr\b"
)
# Words that make a statement of none an exception to it: "No declarations were made except
# by Councillor Jane Example" declares one.
EXCEPTIONS: Final = (
    Wording("exception", r"except", "No declarations were made except by Councillor J. Example."),
    Wording("exception", r"other\s+than", "None other than the Leader's interest in item 4."),
    Wording("exception", r"save", "No interests were declared save that of the Leader."),
    Wording("exception", r"apart\s+from", "None apart from the Mayor's standing interest."),
    Wording("exception", r"but", "No dispensations, but Councillor J. Example left the room."),
    Wording("exception", r"however", "None declared; however the Chair noted her tenancy."),
    Wording("exception", r"unless", "Not applicable unless the scheme is extended."),
)
_EXCEPT_RE = regex.compile(r"(?i)\b(?:" + alternation(EXCEPTIONS, named=False) + r")\b")
# The same words as plain text, for a substring test before the pattern ("other than").
_EXCEPT_WORDS: Final = tuple(row.pattern.replace(r"\s+", " ") for row in EXCEPTIONS)
_SPACED_DASH_RE = regex.compile(r"\s+[-–—]\s+")
# Where the first sentence ends: "None. This decision will come into force ...", or the
# first line: "None" / "Please note this item is exempt from call-in ..."
_FIRST_SENTENCE_RE = regex.compile(
    r"^(?P<first>[^\n]+?(?:[.;]|(?=\n)))(?:\s+|$)(?P<rest>.*)$", regex.S
)


def is_nil(text: str) -> bool:
    """True when `text` declares none (or is empty): "None", "N/A", "None declared; no
    dispensations required.", "The Mayor has no conflict of interest in this decision."."""
    stripped = text.strip()
    if not stripped:
        return True
    unnumbered = without_paragraph_number(stripped)
    if unnumbered is not stripped:
        # "4.1 There are no conflicts of interest to note ...": a report's numbered paragraph
        return is_nil(unnumbered)
    lowered = stripped.lower()
    if lowered.startswith(_FIRST_PERSON_OPENINGS):
        # "I declare that I was informed of no conflicts of interests.": the decider's own
        # declaration, whose statement is what follows "that"
        return is_nil(stripped.split(" ", 3)[3])
    if lowered.startswith("to ") and _AGENDA_PURPOSE_RE.match(stripped):
        return True  # an agenda's item "To receive declarations of ... interests": none made
    if "invited" in lowered and INVITED_NONE_RE.match(stripped):
        return True  # (its "but" is no exception to the none: it says there were none)
    if says_any(lowered, _EXCEPT_WORDS) and _EXCEPT_RE.search(stripped):
        return False  # "No declarations were made except by Councillor X, ...": one was
    if NIL_RE.match(stripped) or HAS_NONE_RE.match(stripped):
        return True
    if ("not" in lowered or "none" in lowered) and DID_NOT_RE.match(stripped):
        return True
    if "no " in lowered and _none_reported(stripped):
        return True
    if lowered.startswith("no ") and NOBODY_DECLARED_RE.match(stripped):
        return True
    if " / " in stripped:  # bilingual, in either order: "Dim / None", "None / Dim"
        first, _, second = stripped.rpartition(" / ")
        if len(first.split()) <= 3 and is_nil(second):
            return True
        if len(second.split()) <= 3 and is_nil(first):
            return True  # "Not applicable / Amherthnasol": the English half first
    parts = [p for p in stripped.rstrip(".").split(";") if p.strip()]
    if len(parts) > 1 and all(is_nil(p) for p in parts):
        return True
    # "The Mayor declared no interest in this matter. No dispensation was required.": a
    # section of interests and dispensations, each sentence a nil
    sentences = _SENTENCE_BREAK_RE.split(stripped) if ". " in stripped else []
    if len(sentences) > 1 and all(is_nil(sentence) for sentence in sentences):
        return True
    # "N/A - none", "Nil – none declared": nil words either side of a spaced dash
    halves = _SPACED_DASH_RE.split(stripped, maxsplit=1) if len(stripped) < 60 else []
    return len(halves) == 2 and all(h.strip() and is_nil(h) for h in halves)


_FIRST_PERSON_OPENINGS = ("i declare that ", "i confirm that ")
_SENTENCE_BREAK_RE = regex.compile(r"(?<=[a-z]\.)\s+(?=[A-Z])")


def _none_reported(text: str) -> bool:
    if len(text) > 200 or ";" in text or "." in text.rstrip(".") or _EXCEPT_RE.search(text):
        return False
    found = NONE_REPORTED_RE.search(text)
    return found is not None and not _NAMES_AN_INTEREST_RE.search(text[: found.start()])


def value_or_nil(text: str, *, topic: regex.Pattern[str] | None = None) -> str | None:
    """The section's text, or None when it declares none.

    A nil first sentence followed by text about something else ("None. This decision will
    come into force after the call-in period.") is still nil: the rest ran on from the
    next statement. It is content when the rest is about the section's own `topic`.
    """
    stripped = text.strip()
    if is_nil(stripped):
        return None
    # ("4.1. There are no conflicts of interest to note ..." over "5. Financial comments":
    # the first sentence is the paragraph's, after its number, not "4.")
    found = _FIRST_SENTENCE_RE.match(without_paragraph_number(stripped))
    if found and is_nil(found.group("first")):
        rest = found.group("rest")
        if topic is None or not topic.search(rest.split("\n\n", 1)[0]):
            # (its own paragraph: a form's later parts run on into the section unlabelled,
            # "4.1 There are no conflicts of interest to note ..." over "5. Financial
            # comments" and, further down, "ORIGINATING OFFICER DECLARATION:")
            return None
    return stripped
