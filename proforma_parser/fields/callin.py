"""Call-in: whether the decision can be called in, and by when.

Read from, in order of authority: a call-in section ("Date and Time by which Call In must be
executed: Midnight - Friday 25th March 2022."), a label ("Is subject to call in?: No"), and
prose ("The decision will be implemented after the three day call in period.", "can be
implemented with immediate effect"). The deadline is read as written, never computed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from ..defects import DefectLog
from ..model import CallIn
from ..structure.headings import Heading
from ..structure.normalise import Layout
from ..structure.sections import Fact
from ..wording.dates import (
    DateMatch,
    deadline_of,
    find_bad_dates,
    find_dates,
    find_first_date,
    only_a_date,
)
from ..wording.nil import is_nil
from ..wording.prose import CALL_IN_PROSE_RE
from ..wording.scan import finditer_near
from ..wording.vocabulary import runs_on_from, says_any, ticked_answer
from .content import FieldSections, fact_span, section_span
from .provenance import Span, locate, offsets_span

# "Not applicable", "N/A", "[Call-in does not apply]", "not subject to call-in", "No",
# "urgent decision - call-in waived", "exempt from call-in", and in a call-in section's
# own words "Not applicable (officer decision under delegated powers)", "The call-in
# procedure does not apply to this decision as it is urgent", "cannot be called in" (but "If
# it is not called in, it may be implemented after that time" supposes that it can be)
NOT_APPLICABLE_RE = regex.compile(
    r"(?i)^\W*(?:no|false|n/a)(?![\w/])"
    r"|\bnot\s+(?:subject\s+to\s+|open\s+to\s+|eligible\s+for\s+)?call[\s-]*in"
    r"|(?:can\s*not|may\s+not|will\s+not|shall\s+not)\s+be\s+called[\s-]*in"
    r"|\bnot\s+applicable\b"
    r"|\b(?:does|do|will|shall|should)\s+not\s+(?:(?:therefore|thus|then|\w+ly)\s+)?apply\b"
    r"|call[\s-]*in\s+(?:does\s+not|doesn't|will\s+not|shall\s+not|cannot)\s+"
    r"(?:(?:therefore|thus|then|\w+ly)\s+)?(?:apply|be\s+applied)"
    r"|(?:exempt|exempted|exemption|excluded)\s+from\s+(?:the\s+)?(?:further\s+)?call[\s-]*in"
    r"|call[\s-]*in\s+(?:\w+\s+)?waived"
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

# Prose that states the call-in position outside any call-in section: the rows of
# `wording/prose.py` (CALL_IN_STATEMENTS), "The decision will be implemented after the three
# day call in period.", "This decision is subject to call-in."
PROSE_RE = CALL_IN_PROSE_RE
# Every statement PROSE_RE finds says one of these, with at most 28 characters other than
# spaces and hyphens before it ("after the [20 characters] call-in period") and 81 from it
# on ("call-in deadline [60 characters] expires"): a window's reach either side of it. (A
# row whose example says neither word fails its table test in tests/test_wording_registry.py.)
_PROSE_WORDS = ("call", "implemented")
_PROSE_BEFORE = 30
_PROSE_AFTER = 90
# Words that say when a decision takes effect.
_COMES_INTO_FORCE = r"(?:comes?|came)\s+in(?:to)?\s+(?:force|effect)"
EFFECT_RE = regex.compile(
    r"(?i)\b" + _COMES_INTO_FORCE + r"\b|\btakes?\s+effect\b"
    r"|\b(?:may|can|will)\s+be\s+implemented\b"
    # "THESE DECISIONS ... WILL BECOME EFFECTIVE FROM MONDAY, 20 JUNE 2016 UNLESS CALLED IN"
    r"|\b(?:becomes?|became|will\s+be)\s+effective\b"
)
# Words that name the end of the call-in period.
# ("... implemented after the expiry of the call-in period at 4pm on 29 January 2026")
# ("Any call-in request must be received by the Monitoring Officer by 12 noon on Tuesday 16
# December 2025", after "... will come into effect on 17 December 2025 unless called in.")
DEADLINE_RE = regex.compile(
    r"(?i)\b(?:deadline|last\s+(?:date|day)|expires?|expiry|closing\s+date"
    r"|(?:must|should)\s+(?:be\s+(?:received|made|submitted|lodged)|reach)"
    # "... will come into effect on 24 January 2019 unless called in by 5pm on 23 January"
    r"|called[\s-]*in\s+by(?=\s+(?:\d|noon|midnight))"
    # "... come into effect on 14th November 2024 unless it is called in. The call-in
    # period ends at 5pm on 13th November 2024."
    # ("The call-in period for the decisions below ends at 5.00pm on ...")
    r"|call[\s-]*in\s+period\b[^.;]{0,40}?\b(?:ends|will\s+end|closes)"
    # "Any five members of the Council may call this decision in by giving notice to the
    # Director of Democratic Services by 4pm on Wednesday 26 June 2024."
    r"|(?:may|can)\s+call(?:[\s-]*in)?\s+(?:this|the|these)\s+decisions?(?:\s+in)?\b[^.;]{0,80}?"
    r"\bby(?=\s+(?:\d|noon|midnight))"
    r")\b"
)
# "This decision may be implemented after 5pm on 20/01/2015 unless called in.": the time
# after which it may be, the end of the call-in period (not a date it takes effect from)
_AFTER_CALL_IN_RE = regex.compile(
    r"(?i)\bimplemented\s+after\b[^.]{0,60}?\b(?:unless\b[^.]{0,30}?|if\s+(?:it\s+is\s+|they"
    r"\s+are\s+)?not\s+)called[\s-]*in\b"
)
# A statement that call-in applies: "are subject to call-in", "the deadline is", "expires"
# ... "Decisions 2.1 and 2.2 may be called in until 4.00 pm on Wednesday 19 February 2025."
# (a deadline or an expiry of call-in's own: "... not subject to call-in: ... the match
# funding deadline of 31st July 2024" is no dated statement that it applies)
POSITIVE_RE = regex.compile(
    # (not "it should not be subject to call-in")
    r"(?i)(?<!\bnot\s+(?:be\s+)?)\bsubject\s+to\s+call[\s-]*in\b"
    r"|call[\s-]*in\b[^.;:]{0,30}\b(?:deadline|expires?|expiry|ends)\b"
    r"|\b(?:deadline|expiry|last\s+date)\s+(?:for|of)\s+(?:the\s+)?call(?:ing)?[\s-]*in\b"
    r"|\blast\s+date\b|\b(?:may|can)\s+be\s+called[\s-]*in\b"
)
# A question about call-in and its one-word answer, the whole of a call-in section.
_ANSWERED_RE = regex.compile(
    r"(?i)(?P<question>[^?.]{0,160}\bcall[\s-]*in[^?.]{0,40})\?\s*(?P<answer>yes|no|n/a)\W*$"
)
# Labels that ask the opposite question: "Exempt from call-in: Yes" means it does not apply.
NEGATIVE_LABEL_RE = regex.compile(r"(?i)\b(?:exempt|excluded|urgent|urgency|waived?)\b")


def read_call_in(
    text: str, log: DefectLog, *, section: int | None = None, label: str = ""
) -> CallIn:
    """A call-in statement from the words of a call-in section or label."""
    printed = text  # as printed: a line's end parts a date from the sentence under it
    text = " ".join(text.split())
    answered = _answered(text)
    if answered is not None:
        return answered
    if YES_NO_RE.match(english_answer(text)):
        flagged = call_in_from_flag(text, label=label)
        # ("Yes – the call-in period expires at 5pm on Monday 14 July 2025": the answer,
        # and the deadline read below)
        if flagged is not None and not (flagged.applies and DATE_HINT_RE.search(text)):
            return flagged
    elif label and NOT_APPLICABLE_RE.search(label):
        # "Reason urgent and not subject to call-in: The existing framework expires on 30
        # November 2026 ...": the heading says it; the dates below are the urgency's
        return CallIn(text=text, applies=False)
    found = _call_in_date(text, label)
    if found is not None and found.time is None and not found.midnight:
        # "... tan ar ôl 4yp ddydd Iau 21 Tachwedd 2024 ... after 4pm on Thursday 21 November
        # 2024": a bilingual statement's other half gives the same day with its time
        day = found.date
        found = next(
            (d for d in find_dates(text) if d.date == day and (d.time or d.midnight)), found
        )
    negative = is_nil(text) or NOT_APPLICABLE_RE.search(_without_exceptions(printed))
    if negative and found is not None and "(" in text and _only_in_brackets(text):
        # "5.00 pm on Friday 14 June 2019 (call-in does not apply to the recommendation to
        # Council at 3 above)": the deadline, and an exception to it in brackets
        negative = None
    # "Resolutions 1 and 2 are subject to call-in; the deadline is 4.00pm on Friday 23
    # February 2024. Recommendations 3 to 5 are not subject to call-in." -- a dated
    # positive statement wins over the exception beside it.
    if negative and not (found is not None and POSITIVE_RE.search(text)):
        return CallIn(text=text, applies=False)
    if found is None:
        _report_unread_date(text, log, section)
        return CallIn(text=text, applies=True)
    if not found.weekday_ok:
        log.add(
            "weekday_mismatch",
            f"{found.weekday} does not fall on {found.date:%d %B %Y} in the call-in "
            f"statement {text!r}; the date was kept",
            field="call_in",
            section=section,
        )
    return CallIn(text=text, applies=True, date=found.date, deadline=deadline_of(found))


def _answered(text: str) -> CallIn | None:
    """A form's question about call-in and its answer: "Is the decision urgent and exempt
    from call-in? No" (the question's own words state nothing of the record's)."""
    asked = _ANSWERED_RE.search(text) if "?" in text else None
    if asked is None and "?" in text and (ticked := ticked_answer(text.rsplit("?", 1)[1])):
        # "Has the call-in procedure been waived on grounds of urgency? Yes [X]  No [ ]"
        asked = _ANSWERED_RE.search(f"{text.rsplit('?', 1)[0]}? {ticked}")
    if asked is None:
        return None
    flagged = call_in_from_flag(asked.group("answer"), label=asked.group("question"))
    return flagged.model_copy(update={"text": text}) if flagged is not None else None


def _call_in_date(text: str, label: str = "") -> DateMatch | None:
    """The first date after the words that name the deadline, else the first date: "... may
    be implemented on 25/06/2024 unless called in. The deadline for call-in is 5pm on
    24/06/2024." Under a heading that names the deadline ("Call-in Deadline:"), the date
    the text opens with is it, whatever a note below says ("... until the call-in deadline
    has passed. If called-in, it will be referred to the meeting on 17th November, 2011")."""
    named = DEADLINE_RE.search(text)
    if named is None:
        first = find_first_date(text)
        if first is not None and _takes_effect_on(text, first):
            # (the call-in period's end, if the sentence goes on to give it: "... unless
            # called in before 5pm on 4 May 2025")
            return next(
                (
                    d
                    for d in find_dates(text)
                    if d.start > first.start
                    and _UNTIL_RE.search(text, max(0, d.start - 30), d.start)
                ),
                None,
            )
        if first is None or first.start <= _OPENING or not _PUBLISHED_OR_EFFECT_RE.search(text):
            return first  # (a call-in section that opens with its date: "5.00pm, Thursday 27
            # January 2022 These decisions will come into force ... on Friday 28 January")
        # "This notice was published on 14 November 2016. Any decision ... will be
        # implemented on 22 November 2016 unless the decision is called in.": when the notice
        # was published and when its decisions take effect, neither the deadline
        dates = find_dates(text)
        # "This decision was published on 18 August 2022 and is subject to call-in ... until
        # 5pm on 25 August 2022.": one sentence says both; "until" names the end ("... may be
        # implemented after 5pm on 7 November 2018 if it is not called in")
        until = (d for d in dates if _UNTIL_RE.search(text, max(0, d.start - 30), d.start))
        return next(until, None) or next(
            (d for d in dates if not _published_or_effect(text, d)), None
        )
    if label and DEADLINE_RE.search(label):
        first = find_first_date(text)
        if first is not None and first.start < named.start():
            return first
    dates = find_dates(text)
    after = [d for d in dates if d.start >= named.start()]
    chosen = after or dates
    return chosen[0] if chosen else None


# "This decision will come into force, and may then be implemented, on 18/09/2025 unless it
# is called in.": the day it takes effect, its date with no time (at a time, "... into effect
# at 5.00 p.m. on Friday 1 August 2025 unless ...", the call-in period's end)
_EFFECT_ON_RE = regex.compile(r"(?i)\b" + _COMES_INTO_FORCE + r"\b(?:,[^.;,]{0,40},)?\s+on\s*$")


def _takes_effect_on(text: str, date: DateMatch) -> bool:
    """`date` is the day the decision takes effect, not the end of its call-in period."""
    if date.time is not None or date.midnight:
        return False
    return _EFFECT_ON_RE.search(text, max(0, date.start - 80), date.start) is not None


# "until 5pm on", "implemented after 5pm on": the words that end a call-in period, right
# before its date.
_UNTIL_RE = regex.compile(
    r"(?i)\b(?:until|called[\s-]+in\s+before|implemented\s+after)\b[^.;]{0,25}$"
)


# How far into a call-in section its date may start and still be what it opens with: after
# a time ("5.00pm, ").
_OPENING = 12
_PUBLISHED_OR_EFFECT_RE = regex.compile(
    r"(?i)\bpublish(?:ed)?\b|\bpublication\b|\b(?:may|can|will)\s+be\s+implemented\s+on\b"
)


def _published_or_effect(text: str, date: DateMatch) -> bool:
    """Whether `date` stands in a sentence about publication or the date decisions take
    effect (not "implemented after 5pm on ... unless called in", the call-in's end)."""
    sentence = _sentence_around(text, date.start, date.end)
    return _PUBLISHED_OR_EFFECT_RE.search(sentence) is not None and not _AFTER_CALL_IN_RE.search(
        sentence
    )


# The longest Welsh yes or no before its English: "Na", "Ydy", "Nac ydy".
_MAX_WELSH_ANSWER = 7


def english_answer(text: str) -> str:
    """The English half of a Welsh council's answer in both languages, the English second
    ("Na / No – officer decision taken under delegated authority"); else `text` itself."""
    if " / " not in text[: _MAX_WELSH_ANSWER + 3]:
        return text
    english = text.split(" / ", 1)[1]
    return english if english.strip() else text


def call_in_from_flag(text: str, *, label: str = "") -> CallIn | None:
    """ "Is subject to call in?: No" -> applies False; "Yes" -> True; "N/A" -> False.

    A label that asks the opposite question ("Exempt from call-in: Yes") inverts the answer.
    """
    if not text.strip():
        return None
    ticked = ticked_answer(text)
    if ticked is not None:  # "Yes [X]    No [ ]": the box ticked is the answer
        found = call_in_from_flag(ticked, label=label)
        return found.model_copy(update={"text": text}) if found is not None else None
    english = english_answer(text)
    if english is not text:
        found = call_in_from_flag(english, label=label)
        return found.model_copy(update={"text": text}) if found is not None else None
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
        log.add(
            "unparsed_date",
            f"expected a call-in date, found {found.text!r}",
            field="call_in",
            section=section,
        )
    if not bad and DATE_HINT_RE.search(text):
        log.add(
            "unparsed_date",
            f"expected a call-in date, found {text!r}",
            field="call_in",
            section=section,
        )


def call_in_from_prose(
    text: str,
    log: DefectLog | None = None,
    lower: str | None = None,
    *,
    only_recommendations: bool = False,
) -> CallIn | None:
    """A call-in position stated in prose anywhere in the record; a sentence that names a
    date is preferred ("The deadline for call-in ... is 5.00pm on Friday 26 July 2024.").
    `lower` is `text.lower()`, where the caller has it; `only_recommendations` says that
    every resolution of the record is a recommendation to Council."""
    # every form of PROSE_RE says one of its words
    if not says_any(text.lower() if lower is None else lower, _PROSE_WORDS):
        return None
    # PROSE_RE tried at every character costs more than the rest of the call-in stage: it
    # is tried only around the words every statement holds.
    prose = finditer_near(
        PROSE_RE, text, _PROSE_WORDS, before=_PROSE_BEFORE, after=_PROSE_AFTER, lower=lower
    )
    sentences = [_sentence_around(text, m.start(), m.end()) for m in prose]
    # "Recommendations to Council are not subject to call-in.": the exception for what the
    # Council will decide, which says nothing of the decisions recorded beside it
    # (unless recommendations are all the record holds: then the exception is its answer)
    if not only_recommendations:
        sentences = [s for s in sentences if not _excepts_recommendations(s)]
    if not sentences:
        return None
    dated = [s for s in sentences if find_first_date(s) is not None]
    # "... may be implemented on 25/06/2024 unless called in. The deadline for call-in is
    # 5pm on 24/06/2024.": the sentence that names the deadline, over any other dated one.
    deadline = [s for s in dated if DEADLINE_RE.search(s)]
    sentence = (deadline or dated or sentences)[0]
    # "This decision will come into force on 6th February 2026, unless it is called in":
    # the date is when the decision takes effect, not the end of the call-in period.
    effect = (
        not deadline
        and EFFECT_RE.search(sentence) is not None
        and _AFTER_CALL_IN_RE.search(sentence) is None
    )
    if dated and not effect:
        # (a dated statement that call-in applies wins over the exception beside it: "...
        # subject to call-in until 5pm on Thursday 19 September 2024, with the exception of
        # the recommendation at 3) which ... is not subject to call-in.")
        return read_call_in(sentence, log if log is not None else DefectLog())
    answered = _answered(sentence)
    if answered is not None:
        return answered
    return CallIn(text=sentence, applies=not NOT_APPLICABLE_RE.search(sentence))


# ... or the items so marked: "Items marked # are recommendations to Council and are not
# subject to call-in."
_RECOMMENDATIONS_RE = regex.compile(
    r"(?i)(?:the\s+|any\s+|all\s+)?(?:recommendations?\b|items?\s+(?:marked|shown|numbered)\b)"
)


def _without_exceptions(text: str) -> str:
    """`text` without its sentences that only except recommendations from call-in
    ("Decisions 6.1 and 6.2 ... may be implemented after 5.00pm on ... unless called in.
    Recommendation 6.3 is a matter for Council and is not subject to call-in.")."""
    if "ecommendation" not in text:
        return text
    # ("21 February 2024" / "Call-in does not apply to recommendations to Council.": a
    # line's end before a capital parts them too)
    cuts = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text)), len(text)]
    sentences = [text[start:end] for start, end in itertools.pairwise(cuts)]
    kept = "".join(s for s in sentences if not _excepts_recommendations(s.strip()))
    # (an exception alone, "Not applicable to recommendations to Council.", is the whole
    # statement: none of the record is open to call-in)
    return kept if kept.strip() else text


# "Not applicable to recommendations to Council.", "Call-in does not apply to the
# recommendation at 3": the exception names the recommendations after it.
_NOT_FOR_RECOMMENDATIONS_RE = regex.compile(
    r"(?i)\b(?:not\s+applicable|(?:does|do|will)\s+not\s+apply|not\s+subject\s+to\s+call[\s-]*in)"
    r"\s+(?:to|for|in\s+respect\s+of)\s+(?:the\s+|any\s+|all\s+)?recommendations?\b"
)


def _excepts_recommendations(sentence: str) -> bool:
    if _NOT_FOR_RECOMMENDATIONS_RE.search(sentence):
        return True
    return _RECOMMENDATIONS_RE.match(sentence) is not None and bool(
        NOT_APPLICABLE_RE.search(sentence)
    )


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]; hard-wrapped lines are one sentence, a blank
    line ends one."""
    line_start = text.rfind("\n", 0, start) + 1
    labelled = _LABEL_LINE_RE.match(text, line_start)
    if labelled is not None and labelled.end() > end and _ends_there(text, labelled.end()):
        # "Is subject to call in?: Yes" among a page's labels, no blank line between them:
        # the label's line is the statement, not the paragraph of labels around it
        return " ".join(text[line_start : labelled.end()].split())
    left = max(_rfind_stop(text, start), 0)
    left = _after_label_lines(text, left, start)
    stops = [i + 1 for i in (_find_stop(text, end), text.find("\n\n", end)) if i >= 0]
    right = min(stops) if stops else len(text)
    sentence = " ".join(text[left:right].split())
    if text.startswith("\n\n", right - 1) and (
        rest := _sentence_cut_at_blank(text, right, sentence)
    ):
        return f"{sentence} {rest}"
    if sentence.endswith(":"):
        # "Call-in deadline for all the decisions below:" / "" / "5.00pm on Monday 17
        # November 2025.": a label's value, the next paragraph a rendering set apart
        below = _date_paragraph_below(text, right)
        if below is not None:
            return f"{sentence} {below}"
    return sentence


def _sentence_cut_at_blank(text: str, end: int, sentence: str) -> str | None:
    """The rest of a sentence that a blank line cut off without its stop, where the rest
    holds its date: "Any call-in request must reach the Head of Democratic" / "" / "Services
    by 5.00 pm on Wednesday 18 June 2025." (a hard-wrapped line a rendering set apart)."""
    if sentence[-1:] in _SENTENCE_MARKS or len(sentence.split()) < _MIN_CUT_WORDS:
        return None
    if ":" in sentence or "?" in sentence:
        return None  # ("Is subject to call in?: Yes": a label's answer, whole on its line)
    if find_first_date(sentence) is not None:
        return None
    start = _past_space(text, end)
    stop = _find_stop(text, start)
    blank = text.find("\n\n", start)
    if stop < 0 or (0 <= blank < stop):
        return None  # (the next paragraph's first sentence ends in it, or it is no sentence)
    rest = " ".join(text[start : stop + 1].split())
    return rest if find_first_date(rest) is not None else None


_SENTENCE_MARKS = frozenset(".:;!?")
_MIN_CUT_WORDS = 5


def _past_space(text: str, at: int) -> int:
    """Where the next paragraph starts after `at` (past the line breaks between)."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _date_paragraph_below(text: str, end: int) -> str | None:
    """The paragraph after `end` (past blank lines), where it is only a date."""
    start = _past_space(text, end)
    stop = text.find("\n\n", start)
    paragraph = " ".join(text[start : stop if stop >= 0 else len(text)].split())
    return paragraph if paragraph and only_a_date(paragraph) else None


def _ends_there(text: str, line_end: int) -> bool:
    """Whether the line that ends at `line_end` (after its newline) ends its value: it
    stops on no joining word or comma, and the next line opens in capitals, not in lower
    case or on a figure ("5pm on 3 May 2024.")."""
    line = text[text.rfind("\n", 0, line_end - 1) + 1 : line_end - 1]
    after = text[line_end : line_end + 1]
    return not runs_on_from(line.rstrip()) and not (after.islower() or after.isdigit())


# A label and its value on a line of their own: "Published: 14 December 2018".
_LABEL_LINE_RE = regex.compile(r"[A-Z][\w ]{1,40}\??:[^\S\n]*\S[^\n]{0,60}\n")


def _after_label_lines(text: str, left: int, start: int) -> int:
    """Where a sentence starts, after the label lines over it that no stop ends:
    "Published: 14 December 2018" / "Decisions in these minutes may be called in until
    5.00 pm on Friday 21 December 2018." (the label is no part of the sentence)."""
    if "\n" not in text[left:start]:
        return left  # (most sentences: on one line, or wrapped with no label above)
    while True:
        while left < start and text[left].isspace():
            left += 1
        found = _LABEL_LINE_RE.match(text, left, start)
        if found is None:
            return left
        left = found.end()


# A full stop that ends a sentence (not the one in "5.00pm" or "p.m.").
_STOP_RE = regex.compile(r"\.(?=\s+[A-Z(]|\s*$)")
# ... or a line's end before a capital ("21 February 2024" / "Call-in does not apply ...")
_SENTENCE_END_RE = regex.compile(_STOP_RE.pattern + r"|\n(?=[A-Z])")


def _find_stop(text: str, start: int) -> int:
    found = _STOP_RE.search(text, start)
    return found.start() if found else -1


def _rfind_stop(text: str, end: int) -> int:
    stops = [m.end() for m in _STOP_RE.finditer(text, 0, end)]
    blank = text.rfind("\n\n", 0, end)
    return max([*stops[-1:], blank + 2 if blank >= 0 else 0])


def read_call_in_statement(
    found: FieldSections,
    facts: Sequence[Fact],
    layout: Layout,
    log: DefectLog,
    header_status: str | None,
    status_span: Span | None = None,
    *,
    only_recommendations: bool = False,
) -> tuple[CallIn | None, Span | None]:
    """The call-in statement and where it was read (`status_span` is where the header's
    `header_status` was read; `only_recommendations`: every resolution is a recommendation
    to Council, so "Recommendations to Council are not subject to call-in" speaks of them)."""
    section = found.first("call_in")
    said = found.text_of("call_in")
    if section is not None and said:
        # (a call-in heading over nothing says nothing: the record's other statements are
        # read, and without one the call-in stays unknown, not "does not apply")
        heading = section.heading
        exempted = _exempted_beside(heading, said, layout.text)
        if exempted is not None:
            return exempted, _prose_span(layout, exempted)
        statement = read_call_in(
            said,
            log,
            section=heading.number if heading else None,
            label=heading.label if heading else "",
        )
        # (or a later section named for call-in dates what an effect's section says: the
        # deadline under "Implementation: This decision will take effect on 11th July 2025
        # unless it is called in." is "Call-in deadline: 4.00pm on Thursday 10th July 2025")
        undated = statement.applies and statement.date is None
        effect_dated = statement.applies and not undated and not _names_call_in(heading)
        dated = _dated_section(found, named=effect_dated) if undated or effect_dated else None
        if dated is not None:
            return dated
        return statement, section_span(found, "call_in")
    if section is not None and (dated := _dated_section(found)) is not None:
        # "Publication and call-in" over nothing, then "Call-in deadline:" / "5.00 pm,
        # Friday 27 September 2024": the later heading holds the statement
        return dated
    flag = next((f for f in facts if f.name == "call_in_flag" and f.value.strip()), None)
    from_flag = call_in_from_flag(flag.value, label=flag.label) if flag is not None else None
    # The prose is read unless the flag settles it: "Is subject to call in?: Yes" and,
    # further down, "The deadline for call-in is 5.00pm on Friday 20th December 2024.": the
    # sentence says when, and agrees
    undated_yes = from_flag is not None and from_flag.applies and from_flag.date is None
    prose = (
        call_in_from_prose(
            layout.text, log, layout.lower, only_recommendations=only_recommendations
        )
        if from_flag is None or undated_yes
        else None
    )
    says_when = prose is not None and prose.applies and prose.date is not None
    if flag is not None and from_flag is not None and not (undated_yes and says_when):
        # The statement as written: "Is subject to call in?: No", not just "No".
        written = from_flag.model_copy(update={"text": f"{flag.label}: {flag.value.strip()}"})
        return written, fact_span(layout, flag)
    if prose is not None:
        return prose, _prose_span(layout, prose)
    status_fact = next((f for f in facts if f.name == "decision_status" and f.value.strip()), None)
    status = status_fact.value.strip() if status_fact is not None else header_status
    if status and "call" in status.lower():
        span = fact_span(layout, status_fact) if status_fact is not None else status_span
        return call_in_from_flag(status), span
    return None, None


# A decision set apart from call-in in the record's own words: "(The matters referred to in
# Minute No. 118 were exempted from the Call In process, as the decision was urgent ...)".
_EXEMPTED_RE = regex.compile(
    r"(?i)\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:exempt|exempted|excluded)\s+from\s+"
    r"(?:the\s+)?call[\s-]*in\b"
)


def _exempted_beside(heading: Heading | None, said: str, text: str) -> CallIn | None:
    """The record's statement that its decision was exempted from call-in, where the call-in
    section gives only the page's deadline for the decisions eligible for it ("LAST DATE FOR
    CALL IN OF ELIGIBLE DECISIONS: 5.00 P.M., FRIDAY, 29TH MARCH 2024")."""
    label = heading.label if heading is not None else ""
    if "eligible" not in f"{label} {said}".lower():
        return None
    found = _EXEMPTED_RE.search(text)
    if found is None:
        return None
    sentence = _sentence_around(text, found.start(), found.end()).strip("() ")
    return CallIn(text=sentence, applies=False)


def _names_call_in(heading: Heading | None) -> bool:
    """The heading says call-in ("Call-in deadline"), not only when the decision takes
    effect ("Implementation", "Decision takes effect")."""
    return heading is None or "call" in heading.label.lower()


def _dated_section(
    found: FieldSections, *, named: bool = False
) -> tuple[CallIn, Span | None] | None:
    """A later call-in section that dates what the first only answers: "4. Is this decision
    subject to call-in?   Yes" over "Last date for call-in: 6 July 2016" (`named`: only one
    whose heading says call-in)."""
    for part in found.by_field.get("call_in", [])[1:]:
        if named and not _names_call_in(part.heading):
            continue
        text = found.body_of(part)
        label = part.heading.label if part.heading else ""
        if find_first_date(label) is not None:
            # "The call-in period ends at 5.00pm on 13 June 2025 and the decision" / "may
            # not be implemented before then.": a sentence a rendering set apart, read as
            # a heading, its date in it
            text = f"{label} {text}"
        later = read_call_in(text, DefectLog(), label=label) if text else None
        if later is not None and later.applies and later.date is not None:
            return later, offsets_span(*found.span_of(part), "section")
    return None


def _prose_span(layout: Layout, prose: CallIn) -> Span | None:
    return locate(layout, prose.text, "prose", whole_lines=False, ignore_case=False)


# (brackets inside brackets too: "Midnight - Wednesday 18 February 2026 (resolutions (a) and
# (b) only; the recommendation to Council is not subject to call-in)")
_BRACKETED_RE = regex.compile(r"\((?:[^()]++|(?0))*\)")


def _only_in_brackets(text: str) -> bool:
    """Whether the words that say call-in does not apply stand only in brackets, beside a
    date outside them."""
    outside = _BRACKETED_RE.sub(" ", text)
    return find_first_date(outside) is not None and not NOT_APPLICABLE_RE.search(outside)
