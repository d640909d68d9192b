"""Facts a record states in prose rather than under a heading.

Minutes often carry the statutory elements in sentences: "Councillor Ahmed declared a
personal interest as a governor of the school and left the room", "No dispensations were
granted". Read only when the record has no section for that element.
"""

from __future__ import annotations

from typing import Final

import regex

from .nil import NOBODY_DECLARED
from .registry import Wording, alternation, keywords
from .scan import lines_holding, lowered, search_near
from .vocabulary import mentions, says_any

# A date's words up to the sentence's full stop; a dotted date's points are no stop: "This
# decision was published on 11.07.2024.", "... may be implemented, on 19.11.24 unless it is
# called in."
DATE_TEXT: Final = r"(?:[^.]|\.(?=\d))"

# "There were no declarations of interest.", "No conflicts of interest were declared.",
# "No interests were declared", "None of the members declared an interest"
NO_CONFLICTS_RE = regex.compile(
    r"(?i)\b(?:no|none\s+of\s+the\s+\w+)\s+(?:declarations?|conflicts?|interests?"
    r"|\w+\s+declared\s+an?\s+interest)\b(?:\s+of\s+interests?)?(?:\s+(?:were|was|had\s+been)"
    r"\s+(?:declared|made|received))?"
    # "no member of staff involved in drafting or clearing this decision has declared a
    # conflict of interest"
    r"|\b" + NOBODY_DECLARED
)
# Every statement NO_CONFLICTS_RE finds says one of these (a test that spares its search).
_NO_CONFLICTS_WORDS = ("declaration", "conflict", "interest")
# "Councillor Ahmed declared a personal interest ...", "interests were declared by ..."
CONFLICT_RE = regex.compile(
    r"(?i)\bdeclared\s+(?:an?\s+|their\s+|his\s+|her\s+)?(?:\w+\s+){0,3}interests?\b"
    r"|\binterests?\s+(?:was|were)\s+declared\b"
)
# "No dispensations were granted.", "There were no dispensations."
NO_DISPENSATION_RE = regex.compile(r"(?i)\bno\s+dispensations?\b")
# NO_DISPENSATION_RE's matches hold the word, with "no" before it and "dispensations" from
# it on: the pattern is tried only around it (wording/scan.py).
_DISPENSATION_WORDS = ("dispensation",)
_NO_DISPENSATION_BEFORE = 4
_NO_DISPENSATION_AFTER = 16
# "Councillor Ahmed had a dispensation to ...", "a dispensation was granted by ..."
DISPENSATION_RE = regex.compile(
    r"(?i)\b(?:had|has|holds?|held|with|granted|given)\s+(?:an?\s+|the\s+)?dispensations?\b"
    r"|\bdispensations?\s+(?:was|were|had\s+been|has\s+been)\s+(?:granted|given)\b"
)
# A sentence runs to a full stop before a space or the end, or to a line's end; the stop of
# an initial or a title does not end it ("Councillor J. Wren declared ...", "Cllr. Wren
# declared ..."), nor one inside a number ("paragraph 5.3").
_SENTENCE_RE = regex.compile(
    r"(?:[^.\n]|\.(?!\s|$)|(?<=\b(?:[A-Z]|Cllrs?|Mrs?|Ms|Dr|St|No))\.)*[.\n]?"
)


Offsets = tuple[int, int] | None


def _sentences(
    text: str, pattern: regex.Pattern[str], keyword: str, lower: str | None = None
) -> tuple[str | None, Offsets]:
    """The sentences `pattern` finds (every match of it holds `keyword`), and the offsets
    from the first one's start to the last one's end (`lower` is `text.lower()`, where the
    caller has it)."""
    lower = lowered(text, lower)
    if lower is None:
        if not mentions(text, keyword) or not pattern.search(text):
            return None, None
        found = [m for m in _SENTENCE_RE.finditer(text) if pattern.search(m.group(0))]
    else:
        # A sentence never runs past a line break, and every line starts one: only the
        # lines that say the keyword can hold a sentence `pattern` finds (a search of the
        # whole text first cost more than the rest of the interests stage).
        found = [
            m
            for start, end in lines_holding(text, lower, keyword)
            for m in _SENTENCE_RE.finditer(text, start, end)
            if pattern.search(m.group(0))
        ]
    # "Any dispensation granted in respect of any declared conflict of interest:" is a
    # form's label (its answer below it), not a statement
    found = [m for m in found if not m.group(0).rstrip().endswith(":")]
    value = " ".join(m.group(0).strip() for m in found) or None
    if value is None:
        return None, None
    return value, (found[0].start(), found[-1].end())


def conflicts_in_prose(text: str) -> tuple[bool, str | None]:
    """(stated, value): whether the text speaks of declared interests, and what it says
    (None when it declares none)."""
    stated, value, _ = conflicts_in_prose_at(text)
    return stated, value


def conflicts_in_prose_at(text: str, lower: str | None = None) -> tuple[bool, str | None, Offsets]:
    """`conflicts_in_prose`, with the offsets of the sentences the value was read from
    (`lower` is `text.lower()`, where the caller has it)."""
    checked = lowered(text, lower)
    said = checked is None or says_any(checked, _NO_CONFLICTS_WORDS)
    if said and NO_CONFLICTS_RE.search(text):
        return True, None, None
    value, at = _sentences(text, CONFLICT_RE, "declared", lower)
    return value is not None, value, at


def dispensations_in_prose(text: str) -> tuple[bool, str | None]:
    """(stated, value) for dispensations, as for `conflicts_in_prose`."""
    stated, value, _ = dispensations_in_prose_at(text)
    return stated, value


def dispensations_in_prose_at(
    text: str, lower: str | None = None
) -> tuple[bool, str | None, Offsets]:
    """`dispensations_in_prose`, with the offsets of the sentences it was read from."""
    if search_near(
        NO_DISPENSATION_RE,
        text,
        _DISPENSATION_WORDS,
        before=_NO_DISPENSATION_BEFORE,
        after=_NO_DISPENSATION_AFTER,
        lower=lower,
    ):
        return True, None, None
    value, at = _sentences(text, DISPENSATION_RE, "dispensation", lower)
    return value is not None, value, at


# "Decisions not called in may be implemented from Monday 29 July 2024.", "This decision
# will come into force on 12 June 2024" -- said of the decision itself; "charges to take
# effect from 1 April" inside a resolution is the resolution's business, not this field's.
# The rows are the ways a decision is said to take effect.
EFFECT_WORDINGS: Final = (
    Wording(
        "effective_from",
        r"(?:may|can|will)\s+be\s+implemented",
        "Decisions not called in may be implemented from Monday 29 July 2024.",
        also=(
            "The decision can be implemented on 25/06/2024.",
            "Decisions not called in may be implemented from 9.00am on Friday 18 July 2025.",
        ),
    ),
    Wording(
        "effective_from",
        r"(?:will\s+)?comes?\s+in(?:to)?\s+(?:force|effect)",
        "This decision will come into force on 12 June 2024.",
        also=(
            "The decision comes in force from 3 March 2025.",
            "The decision comes into effect from 3 March 2025.",
        ),
    ),
    Wording("effective_from", r"takes?\s+effect", "The decision takes effect from 1 April 2025."),
)
EFFECTIVE_RE = regex.compile(
    r"(?i)(?:\bdecisions?\b[^.]{0,60}?\b(?:" + alternation(EFFECT_WORDINGS, named=False) + ")"
    # "... come into force, and may be implemented, on 25/06/2024", "... at 4.00 p.m. on ...",
    # "... may be implemented from 9.00am on Friday 18 July 2025"
    r"(?:[^.;]{0,40}?|\s+(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)"
    # "It may be called in by 5.00pm on 17 November 2022 and, if not called in, may be
    # implemented from 18 November 2022.": the sentence's subject is the decision above
    r"|\bnot\s+called\s+in,?\s+(?:it\s+)?(?:may|can|will)\s+be\s+implemented)"
    r"\s+(?:from|on)\s+(?P<date>" + DATE_TEXT + r"{6,40})"
    # "It will take effect on 13 March 2015 unless it is called in." (after the call-in
    # sentence: "It" is the decision, as its "unless it is called in" says)
    r"|\bIt\s+will\s+(?:take\s+effect|come\s+into\s+(?:force|effect))\s+(?:from|on)\s+"
    r"(?P<date>" + DATE_TEXT + r"{6,40}?)\s+unless\s+(?:it\s+is\s+)?called[\s-]*in\b"
    # "If it is not called in, it will take effect on 9 July 2025.", "Unless it is called in
    # by 5pm on Monday 20 October 2025, it will take effect on Tuesday 21 October 2025."
    r"|\b(?:not\s+called[\s-]*in|unless\s+(?:it\s+is|they\s+are)\s+called[\s-]*in\s+by\s+"
    r"[^,.;]{3,50}),?\s+(?:it|they)\s+will\s+(?:take\s+effect|come\s+into\s+"
    r"(?:force|effect))\s+(?:from|on)\s+(?P<date>" + DATE_TEXT + r"{6,40})"
)
# Every match says one of these ("implemented", "force", "effect"), as the rows' examples do.
EFFECT_WORDS: Final = keywords(EFFECT_WORDINGS)


def effective_in_prose(text: str) -> str | None:
    """The date from which the decision may be implemented, where prose states it."""
    found = effective_match(text)
    return found.group("date") if found else None


def effective_match(text: str, lower: str | None = None) -> regex.Match[str] | None:
    """The statement `effective_in_prose` reads (its "date" group is the date); `lower` is
    `text.lower()`, where the caller has it."""
    # Every match says one of these ("may be implemented", "comes into force", "takes effect").
    said = says_any(text.lower() if lower is None else lower, _EFFECT_WORDS)
    if not said:
        return None
    return search_near(
        EFFECTIVE_RE, text, _EFFECT_WORDS, before=_EFFECT_BEFORE, after=_EFFECT_AFTER, lower=lower
    )


# EFFECTIVE_RE's matches hold one of these words, with at most 82 characters other than
# spaces and hyphens before it ("decisions [60] will come into") and 95 from it on
# ("implemented [40] from [40]"); the pattern is tried only that far around them.
_EFFECT_WORDS = ("implemented", "force", "effect")
_EFFECT_BEFORE = 90
_EFFECT_AFTER = 100


# "This decision was published on 17 September 2024.", "Decisions published on: 28/01/2025",
# "Minutes Issued on Thursday, 6 March 2025." (a minutes page's footer)
PUBLICATION_WORDINGS: Final = (
    Wording(
        "published_on",
        r"(?:decisions?|notice|record|minutes)(?:\s+(?:sheet|notice|record|list))?\s+"
        r"(?:(?:was|were|is|are|will\s+be)\s+)?published",
        "This decision was published on 17 September 2024.",
        also=(
            "Decisions will be published on 3 October 2024.",
            "This decision sheet was published on Thursday 27 November 2025.",
            "This notice was published on 14 November 2016.",
            "Minutes published 14 June 2019.",
        ),
    ),
    # a page's own line, "Published on 28 January 2026" under a decision record
    Wording("published_on", r"(?:^|(?<=\n))published", "Published on 28 January 2026"),
    Wording(
        "published_on",
        r"(?:decisions?|minutes)\s+(?:(?:was|were|are)\s+)?issued",
        "Minutes Issued on Thursday, 6 March 2025.",
        also=("Decisions were issued on 4 May 2024.",),
    ),
)
PUBLISHED_RE = regex.compile(
    r"(?i)\b(?:" + alternation(PUBLICATION_WORDINGS, named=False) + r")"
    # (where, then when: "Published on the Council's website on 18 September 2025.")
    r"\s+(?:on\s+(?:[^.\d\n]{1,40}?\s+on\s+)?|(?=\d))(?P<date>" + DATE_TEXT + r"{6,40})"
)
# Every match says one of these ("published", "issued").
PUBLICATION_WORDS: Final = keywords(PUBLICATION_WORDINGS)


def published_in_prose(text: str) -> str | None:
    """The publication date, where prose states it."""
    found = published_match(text)
    return found.group("date") if found else None


def published_match(text: str, lower: str | None = None) -> regex.Match[str] | None:
    """The statement `published_in_prose` reads (its "date" group is the date); `lower` is
    `text.lower()`, where the caller has it."""
    if not says_any(text.lower() if lower is None else lower, _PUBLISHED_WORDS):
        return None
    return search_near(
        PUBLISHED_RE,
        text,
        _PUBLISHED_WORDS,
        before=_PUBLISHED_BEFORE,
        after=_PUBLISHED_AFTER,
        lower=lower,
    )


# PUBLISHED_RE's matches hold one of these words, with at most 15 characters other than
# spaces and hyphens before it ("decisions will be") and 51 from it on ("published on [40]").
_PUBLISHED_WORDS = ("published", "issued")
_PUBLISHED_BEFORE = 20
_PUBLISHED_AFTER = 60


# Prose that states the call-in position outside any call-in section: that the decision may
# be called in ("call_in"), or may not ("no_call_in").
CALL_IN_STATEMENTS: Final = (
    Wording(
        "call_in",
        r"after\s+the\s+[\w\s-]{0,20}call[\s-]*in\s+period",
        "The decision will be implemented after the three day call in period.",
        also=("Implementation follows after the five-day call-in period.",),
    ),
    # "This was not a Key Decision and so can be implemented with immediate effect by officers."
    Wording(
        "no_call_in",
        r"implemented\s+with\s+immediate\s+effect",
        "This was not a Key Decision and so can be implemented with immediate effect.",
    ),
    Wording(
        "no_call_in",
        r"not\s+subject\s+to\s+call[\s-]*in",
        "The decision is urgent and not subject to call-in.",
    ),
    Wording(
        "no_call_in",
        r"call[\s-]*in(?:\s+(?:procedure|process|provisions?))?\s+(?:does|will|should|shall)\s+not"
        r"\s+apply",
        "Call-in does not apply to this decision.",
        also=(
            "Call in will not apply as the matter is urgent.",
            "The Chair agreed that the call-in procedure should not apply.",
            "The Chair agreed that the decision is urgent and the call-in procedure shall not apply.",
        ),
    ),
    Wording(
        "call_in",
        r"(?:is|are|was|will\s+be)\s+(?:not\s+)?subject\s+to\s+(?:the\s+)?call[\s-]*in\b",
        "This decision is subject to call-in.",
        also=("These decisions will be subject to the call in procedure.",),
    ),
    Wording(
        "call_in",
        r"(?:deadline|last\s+(?:date|day)|closing\s+date)\s+for\s+(?:the\s+)?call(?:ing)?[\s-]*ins?\b",
        "The deadline for call-in of these decisions is 5.00pm on Friday 26 July 2024.",
        also=(
            "The last date for call-in of the above decisions is Friday 15 November 2024.",
            "The deadline for call-ins is Wednesday 19 February 2025 at 5.00pm",
            "Closing date for the call in: 3 May 2024.",
            "The deadline for calling in decisions recorded in these minutes is 5pm on 3 May.",
        ),
    ),
    Wording(
        "call_in",
        # (a stop inside a minute's reference, "E.4/25", ends no sentence)
        r"call[\s-]*in\s+(?:period|deadline)\b(?:[^.]|\.(?=\S)){0,60}"
        r"\b(?:expires?|ends?|is|will\s+(?:expire|end)|has\s+(?:expired|ended))\b",
        "The call-in period for the decisions in this minute expires at 5.00 pm on 9 May 2024.",
        also=(
            "The call in deadline is 12 noon on 4 June 2024.",
            "The call-in period for minute E.4/25 parts 1 and 2 will expire at 5pm on 6 May 2025.",
            "It may not be implemented until the call-in period has expired at 5pm on Friday 17 "
            "March 2017.",
        ),
    ),
    Wording(
        "call_in",
        r"(?:expiry|end)\s+of\s+the\s+call[\s-]*in\s+period\b",
        "Decisions (i) and (ii) may not be implemented until the expiry of the call-in period at "
        "5.00 p.m. on Thursday, 20th March, 2014.",
    ),
    Wording(
        "call_in",
        r"(?:may|can)\s+be\s+called[\s-]*in\s+(?:by|until|before|up\s+to)\b",
        "This decision may be called in by 5.00pm on Monday 16 September 2024.",
        also=("Decisions may be called in up to 4pm on 16 December 2009.",),
    ),
    # who may call a decision in, and by when
    Wording(
        "call_in",
        r"(?:may|can)\s+call(?:[\s-]*in)?\s+(?:this|the|these|that)\s+decisions?(?:\s+in)?\b",
        "Any five members of the Council may call this decision in by giving notice to the "
        "Director of Democratic Services by 4pm on Wednesday 26 June 2024.",
        also=("Any two councillors may call in this decision by 5pm on 3 May 2025.",),
    ),
    Wording(
        "call_in",
        r"unless\s+(?:it\s+is\s+|they\s+are\s+)?called[\s-]+in\b",
        "The decision may be implemented on 25/06/2024 unless it is called in.",
    ),
    Wording(
        "call_in",
        r"if\s+(?:it\s+is\s+|they\s+are\s+)?not\s+called[\s-]+in\b",
        "It may be implemented after 5pm on 7 November 2018 if it is not called in.",
    ),
    Wording(
        "call_in",
        r"call[\s-]*in(?:\s+requests?)?(?:\s+(?:of\s+)?(?:this|these|the|a|any)\s+decisions?)?"
        r"\s+(?:must|should)\s+"
        r"(?:be\s+(?:received|made|submitted|lodged)|reach)\b",
        "Notice of call-in must be received by the Monitoring Officer by 5pm on 7 July 2025.",
        also=(
            "Any call-in request must be received by 12 noon on Tuesday 16 December 2025.",
            "Call-in requests must reach the Monitoring Officer by 5pm on Friday 17 January 2025.",
            "Any call-in of this decision must be received by 5.00 pm on Wednesday 3 December 2025.",
            "A request to call in a decision must be received by 5.00pm on Thursday 22 May 2025.",
        ),
    ),
    # a label run into a paragraph's sentences (its colon perhaps left out before the date),
    # perhaps naming what it is for ("Call-in deadline for all the decisions below:")
    Wording(
        "call_in",
        r"call[\s-]*in\s+(?:deadline|ends|expires|closes)(?:\s+for\s+[^.:\n]{1,50})?"
        r"\s*(?::|(?=\d{1,2}(?:st|nd|rd|th)?\s+\p{L}))",
        "Call-in deadline: 5pm, Wednesday 14 May 2025.",
        also=(
            "Call-in deadline 15 March 2024.",
            "Call-in ends: 5pm on 22 October 2025.",
            "Call-in deadline for all the decisions below: 5.00pm on Monday 17 November 2025.",
        ),
    ),
    # a minutes page's footer
    Wording(
        "call_in",
        r"call[\s-]*in\s+expires\b",
        "Call In expires midnight on Friday, 14 March 2025.",
    ),
    Wording(
        "no_call_in",
        r"(?:exempt|excluded)\s+from\s+(?:the\s+)?(?:further\s+)?call[\s-]*in\b",
        "Note: this item is exempt from further call-in under Rule 16.",
        also=("These decisions are excluded from call-in.",),
    ),
)
CALL_IN_PROSE_RE = regex.compile(
    r"(?i)" + "|".join(r"\b" + row.pattern for row in CALL_IN_STATEMENTS)
)
# Every statement says one of these (for each row the longest word its examples all hold).
CALL_IN_WORDS: Final = keywords(CALL_IN_STATEMENTS)
