"""Call-in: whether the decision can be called in, and by when.

Read from, in order of authority: a call-in section ("Date and Time by which Call In must be
executed: Midnight - Friday 25th March 2022."), a label ("Is subject to call in?: No"), and
prose ("The decision will be implemented after the three day call in period.", "can be
implemented with immediate effect"). The deadline is read as written, never computed.
"""

from __future__ import annotations

import regex

from .dates import deadline_of, find_bad_dates, find_first_date
from .defects import DefectLog
from .model import CallIn
from .nil import is_nil

# "Not applicable", "N/A", "[Call-in does not apply]", "not subject to call-in", "No",
# "urgent decision - call-in waived", "exempt from call-in"
NOT_APPLICABLE_RE = regex.compile(
    r"(?i)^\W*(?:no|false)\b|\bnot\s+(?:subject\s+to\s+|open\s+to\s+)?call(?:ed)?[\s-]*in"
    r"|call[\s-]*in\s+(?:does\s+not|doesn't|will\s+not|shall\s+not|cannot)\s+(?:apply|be\s+applied)"
    r"|(?:exempt|exempted|excluded)\s+from\s+(?:the\s+)?call[\s-]*in|call[\s-]*in\s+(?:\w+\s+)?waived"
    r"|\bnot\s+(?:be\s+)?subject\s+to\s+call|\bwith\s+immediate\s+effect\b|\burgency\b"
)
YES_NO_RE = regex.compile(r"(?i)^\W*(?:yes|no|true|false)\b")
# Words that promise a date: "Midnight on Friday 31st Marhc 2022" has no readable date.
DATE_HINT_RE = regex.compile(
    r"(?i)\bmidnight\b|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b|\b(?:19|20)\d{2}\b"
)
APPLIES_RE = regex.compile(
    r"(?i)^\W*(?:yes|true)\W*$|\bsubject\s+to\s+call[\s-]*in\b|call[\s-]*in\s+period"
)

# Prose that states the call-in position outside any call-in section:
# "The decision will be implemented after the three day call in period."
# "This decision is subject to call-in."
# "This was not a Key Decision and so can be implemented with immediate effect by officers."
PROSE_RE = regex.compile(
    r"(?i)\bafter\s+the\s+[\w\s-]{0,20}call[\s-]*in\s+period"
    r"|\bimplemented\s+with\s+immediate\s+effect|\bnot\s+subject\s+to\s+call[\s-]*in"
    r"|\bcall[\s-]*in\s+(?:does\s+not|will\s+not)\s+apply"
    r"|\b(?:is|are|was|will\s+be)\s+(?:not\s+)?subject\s+to\s+(?:the\s+)?call[\s-]*in\b"
)
# Labels that ask the opposite question: "Exempt from call-in: Yes" means it does not apply.
NEGATIVE_LABEL_RE = regex.compile(r"(?i)\b(?:exempt|excluded|urgent|urgency|waived?)\b")


def read_call_in(
    text: str, log: DefectLog, *, section: int | None = None, label: str = ""
) -> CallIn:
    """A call-in statement from the words of a call-in section or label."""
    text = " ".join(text.split())
    if YES_NO_RE.match(text):
        flagged = call_in_from_flag(text, label=label)
        if flagged is not None:
            return flagged
    if is_nil(text) or NOT_APPLICABLE_RE.search(text):
        return CallIn(text=text, applies=False)
    found = find_first_date(text)
    if found is None:
        _report_unread_date(text, log, section)
        return CallIn(text=text, applies=True)
    if not found.weekday_ok:
        log.add(
            "weekday_mismatch",
            f"{found.weekday} does not fall on {found.date:%d %B %Y} in the call-in "
            f"statement {text!r}; the date was kept",
            section=section,
        )
    return CallIn(text=text, applies=True, date=found.date, deadline=deadline_of(found))


def call_in_from_flag(text: str, *, label: str = "") -> CallIn | None:
    """ "Is subject to call in?: No" -> applies False; "Yes" -> True; "N/A" -> False.

    A label that asks the opposite question ("Exempt from call-in: Yes") inverts the answer.
    """
    if not text.strip():
        return None
    inverted = bool(label and NEGATIVE_LABEL_RE.search(label))
    if APPLIES_RE.search(text) and not NOT_APPLICABLE_RE.search(text):
        return CallIn(text=text, applies=not inverted)
    if is_nil(text) or NOT_APPLICABLE_RE.search(text):
        return CallIn(text=text, applies=inverted and not is_nil(text))
    return None


def _report_unread_date(text: str, log: DefectLog, section: int | None) -> None:
    """A call-in statement that names a time or year but no date we can read."""
    bad = find_bad_dates(text)
    for found in bad:
        log.add("unparsed_date", f"expected a call-in date, found {found.text!r}", section=section)
    if not bad and DATE_HINT_RE.search(text):
        log.add("unparsed_date", f"expected a call-in date, found {text!r}", section=section)


def call_in_from_prose(text: str) -> CallIn | None:
    """A call-in position stated in prose anywhere in the record."""
    found = PROSE_RE.search(text)
    if found is None:
        return None
    sentence = _sentence_around(text, found.start(), found.end())
    applies = not NOT_APPLICABLE_RE.search(sentence)
    return CallIn(text=sentence, applies=applies)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end]."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return " ".join(text[left:right].split())
