"""How a decision is worded as an act: "To approve the use of ...", "Approve the allocation
of ...", "Approved the text of ...", or as a bare clause, "That the draft strategy be
approved." -- the words that tell a resolution from narrative, wherever it stands."""

from __future__ import annotations

import regex

# A bare clause standing as the decision: "That the draft strategy be approved.",
# "The housing strategy for adoption be approved.", "A grant of £2,500 be paid to the
# trust." -- "be" with no "will", "should" or "to" before it is the mood of a decision.
# (Read with str methods, not one pattern: a failed pattern scans long paragraphs.)
_DECISION_PARTICIPLES = frozenset(
    "approved agreed noted adopted endorsed authorised delegated given received accepted "
    "supported confirmed granted waived implemented amended ratified deferred refused "
    "rejected appointed made".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    "paid made held sent spent set let sold built met sought kept put shown".split()
)
_MODALS = frozenset(
    "will would shall should could can may might must to not cannot also then".split()
)
# Sentence ends before the "be": a stop (not one inside "£1.5m"), semicolon or colon
_CLAUSE_BREAK_RE = regex.compile(r"[;:]|\.(?!\d)|(?<!\d)\.")
_MAX_SUBJECT = 255


def is_bare_clause(text: str) -> bool:
    if text.startswith("That ") or text == "That":
        return True
    if not text[:1].isupper():
        return False
    at = text.find(" be ", 4)
    while 0 <= at <= _MAX_SUBJECT:
        if _CLAUSE_BREAK_RE.search(text, 0, at):
            return False
        before = text[:at].rsplit(None, 1)[-1].lower()
        after = text[at + 4 :].split(None, 1)
        word = after[0].rstrip(".,;:)") if after else ""
        if word in _DECISION_PARTICIPLES or (before not in _MODALS and _participle(word)):
            return True
        at = text.find(" be ", at + 1)
    return False


def _participle(word: str) -> bool:
    if not (word.isalpha() and word.islower()):
        return False
    return word in _IRREGULAR_PARTICIPLES or (len(word) > 3 and word.endswith(("ed", "en")))


# A lone decision worded as an act: "To approve the use of ...", "Approved the text of ..."
# ... or as an order: "Approve the allocation of £2.4 million ...", "Agree that ..."
ACT_RE = regex.compile(
    r"^(?:To\s+[a-z]+|[A-Z][a-z]+ed|(?:Approve|Agree|Note|Endorse|Authori[sz]e|Delegate|Award"
    r"|Adopt|Accept|Allocate|Grant|Confirm|Extend|Appoint|Establish|Reject|Refuse|Defer|Amend"
    r"|Vary|Waive|Proceed|Commission|Procure|Enter|Release|Transfer|Dispose|Acquire)s?)\b"
)


# A sentence in which the decider acts, standing alone as the decision: "The Mayor approves
# a grant of £4.2 million to ...", "Cabinet agreed to adopt the Housing Strategy", "As
# Corporate Director of Growth, I agree to commission emergency repairs ...", "I, Jane
# Smith, Director of Inclusive Regeneration, approve the pitch fees ...". The decider is a
# capitalised name (or "I", "We"), the verb one that decides, in the present or past.
DECIDER_ACT_RE = regex.compile(
    r"^(?:As\s+.{3,150}?,\s+(?=(?:I|We)\s))?"
    r"(?:(?:I|We)(?:,\s+[A-Z][^,]{1,80}(?:,\s+[A-Z][^,]{1,150})?,)?|(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|&|the|[–-])\s+)*[A-Z][\w'’-]*){0,8})"
    r"\s+(?:(?:has|have|hereby|do\s+hereby)\s+)?"
    r"(?:approve|agree|authori[sz]e|decide|resolve|endorse|appoint|award|adopt)(?:s|d|ed)?\b"
)


# A purpose, not an act: "To brief Members on ...", "To seek approval ..."
_PURPOSE_VERBS = frozenset(
    "brief inform update seek consider enable provide present report advise outline set "
    "explain describe summarise summarize ask request".split()
)


def worded_as_act(text: str) -> bool:
    """A paragraph worded as a decision taken, not as the purpose of a report."""
    if is_bare_clause(text):
        return True
    if ACT_RE.match(text) is None:
        return False
    words = text.split(None, 2)
    return not (words[0] == "To" and len(words) > 1 and words[1] in _PURPOSE_VERBS)
