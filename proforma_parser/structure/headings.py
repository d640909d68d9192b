"""Recognise a heading by its shape, then classify it by the wording rows of
`wording/headings.py` (field headings, fact labels, other headings, sign-offs).

Shapes, each a real line:
- numbered:       "3. Reasons for the Decision", "3 Reasons for the Decision"
- number alone:   "1." on one line, "Title of Item/Report" on the next (Word tables)
- label + value:  "Reason for Decision: As set out in the report.", "Date :-2013/12/13",
                  "REASONS FOR DECISION – This was an information report ..."
- standalone:     "Reasons for Decision", "Alternative options considered:", "Reason"
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

import regex

from ..wording.dates import MONTH_WORDS, ends_in_a_dated_part, find_first_date, only_a_date
from ..wording.headings import (
    COMBINED_CONFLICTS,
    FAMILY_RES,
    HEADING_WORDS,
    KNOWN_OTHER_RE,
    META_RES,
    SIGN_OFF_RE,
    STRONG_FAMILIES,
)
from ..wording.leadins import OPENING_WORD
from ..wording.lines import AGENDA_ITEM_TAIL_RE, FILE_SIZE_RE, at_dash
from ..wording.offices import OFFICE_RE
from ..wording.registry import guard_last, simplify
from ..wording.vocabulary import (
    BODY_RE,
    ENUMERATED_LABEL_RE,
    RUN_ON_WORDS,
    SENTENCE_LIKE_RE,
    runs_on_from,
)

HeadingKind = Literal["field", "meta", "other", "unknown"]

# "1. Title of Item/Report", "2 Record of the Decision", "7) Date and Time by which ..."
_NUMBERED_RE = regex.compile(r"^(?P<num>\d{1,2})\s*[.)]?\s+(?P<rest>\D.*)$")
# "1." or "1" alone (the number cell of a Word table row)
_NUMBER_ALONE_RE = regex.compile(r"^(?P<num>\d{1,2})\s*[.)]?$")
# "Decision Maker: Cabinet", "Subject to Call-in :-Yes", "Is Key decision?: No"; the label
# stops at the first colon so "Deputy Leader: City Housing" stays in the value.
# "Is subject to call-in? No - decision taken under urgency": a question mark alone ends a
# label when Yes or No answers it. (The label is greedy: it cannot cross a colon or question
# mark, so it stops at the same one as a lazy label would, without trying the separator at
# every character; its trailing spaces are stripped where it is read.)
# (a colon between digits is a time's, not a label's: "The call-in period ends at 23:59 on
# Wednesday 15 October 2025.")
LABEL_RE = regex.compile(
    r"^(?P<label>[^:?]{1,120})\s*(?P<sep>\?\s*:|(?!(?<=\d):\d):\s*-?"
    r"|\?(?=\s+(?i:yes|no)\b))\s*(?P<value>.*)$"
)
# "REASON – To comply with ...", "REASONS FOR DECISION - This was ...", "Call-in – Not
# applicable" (a spaced dash, not a colon; hyphens inside words belong to the label)
_DASH_LABEL_RE = regex.compile(r"^(?P<label>.{2,80}?)\s+[–—-]+\s+(?P<value>\S.*)$")
# "Decision of Executive Councillor for Environment and Waste Services"
_DECISION_OF_RE = regex.compile(r"^decisions? (?:of|by|taken by) (?:the )?(?P<who>.+)$")
# The body in "Decision of Executive Councillor for Environment and Waste Services:"
_WHO_RE = regex.compile(r"(?i)\bdecisions?\s+(?:of|by|taken\s+by)\s+(?:the\s+)?(.+?)\s*:?$")
# "b) Reasons for decisions Recommendations adopted for the reasons given in the report."
# (an aggregator's lettered list whose items start with a run-in heading)
_RUN_IN_RE = regex.compile(r"^\(?[a-z0-9]{1,2}[.)]\s+(?P<rest>\S.*)$")
_MAX_RUN_IN_WORDS = 10  # "Date and Time by which Call-In must be exercised" is 9
# "(b) Reasons for the Decision": a list marker before a heading is not part of it.
# A site's menu entry: a list of things, "A, B and C", never a heading standing alone.
_MENU_ENTRY_RE = regex.compile(r"^[^,]+(?:, [^,]+)+,? and [^,]+$")
# (a form's sections lettered in capitals too: "B.  DECISION(S) TAKEN", "F.  CALL-IN")
_LEADING_MARKER_RE = regex.compile(r"^\(?[a-zA-Z]\)\s+|^[a-zA-Z]\.\s+")
_MAX_HEADING_WORDS = 20
_DASH_NEAR_START_RE = regex.compile(r"\s[–—-]+\s")


# Most lines are prose: a test with str methods first spares them a pattern call (the
# patterns' per-call cost, not their matching, is most of the splitter's time).


def _dash_near_start(text: str) -> bool:
    head = text[:90]
    if "-" not in head and "–" not in head and "—" not in head:
        return False
    return _DASH_NEAR_START_RE.search(text, 0, 90) is not None


def _opens_with_marker(text: str) -> bool:
    """ "(b) ...", "b) ...", "2. ...": a list marker may open the line."""
    return text[:1] == "(" or ")" in text[1:3] or "." in text[1:3]


class Heading(NamedTuple):
    """A line recognised as a heading or label (a NamedTuple: a dozen are made per record,
    and a frozen dataclass sets each of its eight fields through `object.__setattr__`)."""

    kind: HeadingKind
    name: str
    """Field ("reasons"), meta fact ("decision_maker") or "other"."""
    label: str
    """As printed, without its number, separator or table rules."""
    number: int | None = None
    value: str = ""
    """Text after the separator on the same line ("Cabinet" in "Decision Maker: Cabinet")."""
    value_col: int = 0
    """Column in the line where `value` starts."""
    who: str | None = None
    """The body named in "Decision of <who>"."""
    run_in: bool = False
    """A dash label ("REASON – To comply ..."): its section is that one paragraph."""


# The fact labels in their order, then the other headings and the sign-offs, as one pattern
# matched whole: each key ("date of decision", "report author") was tried against a dozen
# patterns in turn, a call each. An alternation tries its branches in order, so the first
# row that matches the whole key is the one found, as in the loop; each branch is a group,
# closed last, so `lastgroup` names it (inner groups close before it).
_KNOWN_LABEL_ROWS: tuple[tuple[tuple[HeadingKind, str, str | None], regex.Pattern[str]], ...] = (
    *((("meta", name, None), pattern) for name, pattern in META_RES),
    (("other", "other", None), KNOWN_OTHER_RE),
    (("other", "sign_off", None), SIGN_OFF_RE),
)
_KNOWN_LABELS = "|".join(
    f"(?P<known_{i}>{guard_last(pattern.pattern)})"
    for i, (_, pattern) in enumerate(_KNOWN_LABEL_ROWS)
)


def _key_pattern(pattern: str) -> re.Pattern[str] | regex.Pattern[str]:
    r"""`pattern` compiled for keys (`simplify`'s lower-case ASCII words, one space apart)
    by the standard `re`: on such text its `\w`, `\b` and `\s` are `regex`'s, and a key
    that is no known label (most are prose, read once) is turned away in less time. A row
    written in syntax only `regex` reads keeps `regex`."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern, META_RES[0][1].flags)


_KNOWN_LABELS_RE = _key_pattern(_KNOWN_LABELS)
_KNOWN_LABEL_KINDS = {f"known_{i}": kind for i, (kind, _) in enumerate(_KNOWN_LABEL_ROWS)}


def known_label(label: str) -> tuple[HeadingKind, str, str | None] | None:
    """A fact's label known whole, word for word ("Decision Maker", "Date of decision",
    "Decision No."), not by its keyword."""
    known = _KNOWN_LABELS_RE.fullmatch(simplify(label))
    return _KNOWN_LABEL_KINDS[known.lastgroup or ""] if known is not None else None


@lru_cache(maxsize=4096)
def classify(
    label: str, *, strict: bool = True, labelled: bool = True
) -> tuple[HeadingKind, str, str | None] | None:
    """Classify a heading label; None when it is not heading-shaped or not known.

    A bilingual label ("Rhesymau / Reasons", "Dyddiad cyhoeddi / Date published") that is
    not known whole is known by one of its halves, the English one first.
    """
    if label.endswith(")") and (bare := _TRAILING_NOTE_RE.sub("", label)) != label:
        # "Decision taken by (name and post)": a form's note on what to write below
        # ... and "Decisions recommendations approved (subject to call-in)", a listing's
        # status over its entries, is no heading: the note names no field of its own
        return classify(bare, strict=strict, labelled=labelled)
    found = _classify(label, strict=strict, labelled=labelled)
    if found is None and "(s)" in label:
        # "Decision maker(s):", "Portfolio(s) affected": one or more, as one
        found = _classify(label.replace("(s)", ""), strict=strict, labelled=labelled)
    if found is None and (asked := _QUESTION_RE.match(label)) is not None:
        # a notice of questions: "Were any conflicts of interest declared?" heads the
        # conflicts, "When was the decision made:" labels the date ("decision made")
        found = _classify(label[asked.end() :], strict=strict, labelled=labelled)
        if found is not None and found[1] not in _ASKED_FIELDS:
            found = None  # "Is the Decision Maker Aware of the Decision:" labels no maker
    if found is None and " / " in label:
        first, _, second = label.rpartition(" / ")
        found = _classify(second, strict=strict, labelled=labelled) or _classify(
            first, strict=strict, labelled=labelled
        )
    return found


_WHEN_TAKEN_RE = regex.compile(r" when the decisions? (?:was|were) (?:taken|made) ")
# ... and "What other options were considered and why were they not chosen?", "Other
# options considered and why they were rejected"
_NOT_TAKEN_RE = regex.compile(
    r" (?:but|and) (?:why (?:were|was) (?:they|it|these|those) )?"
    r"not (?:taken|pursued|progressed|chosen|adopted|preferred)\b"
    r"| and why (?:they|it|these|those) (?:were|was) (?:rejected|not (?:chosen|taken|pursued))\b"
)
_RELATIVE_RE = regex.compile(r" (?:that|which) (?:were|was|are|is|have been|has been) ")
_TRAILING_NOTE_RE = regex.compile(r"\s+\([^()]{1,40}\)$")
# What a notice of questions asks about: whether interests were declared or dispensations
# granted, and when the decision was made.
_ASKED_FIELDS = frozenset(
    {"conflicts_of_interest", "dispensations", COMBINED_CONFLICTS, "decision_date"}
)
# A question's opening words, before what it asks about: "Were any", "Was a", "When was the".
_QUESTION_RE = regex.compile(
    r"(?i)(?:(?:when|how)\s+)?(?:was|were|is|are|has|have|did)\s+(?:there\s+)?(?:(?:any|a|an|the)\s+)?"
    r"(?=\S)"
)


def _classify(
    label: str, *, strict: bool, labelled: bool
) -> tuple[HeadingKind, str, str | None] | None:
    key = simplify(label)
    if " when " in key:
        # "Any interest declared when the decision was taken and any dispensation granted
        # by the Proper Officer": when, not a sentence of its own
        key = _WHEN_TAKEN_RE.sub(" ", key)
    if " that " in key or " which " in key:
        # "Options that were considered and not taken": a relative clause's words say
        # nothing a label's keywords do not
        key = _RELATIVE_RE.sub(" ", key)
    if " not " in key or " why " in key:
        # "Options considered but not taken": rejected, in other words ("not" is no
        # heading's word: "Not applicable - officer decision" is a value)
        key = _NOT_TAKEN_RE.sub(" and rejected", key)
    if key.endswith(_THIS_RECORD):
        # "Date of publication of this notice": the label, and the record it is printed on
        key = _THIS_RECORD_RE.sub("", key)
    if key.endswith(_FOLLOWING_REASONS) and _MADE_FOR_REASONS_RE.fullmatch(key):
        return "field", "reasons", None
    if not key or len(key.split()) > _MAX_HEADING_WORDS:
        return None
    known = _KNOWN_LABELS_RE.fullmatch(key)
    if known is not None:
        return _KNOWN_LABEL_KINDS[known.lastgroup or ""]
    if strict and not _may_be_field_heading(key):
        return None  # a line of prose ("The Cabinet agreed the fees set out in the report")
    family = _family(key)
    if family == "decision" and _DECISION_OF_RE.match(key):
        return "field", "decision", _who(label)
    if family is None or SENTENCE_LIKE_RE.search(key) or ENUMERATED_LABEL_RE.match(label):
        return None
    strong = labelled and family in STRONG_FAMILIES and _keyword_early(key, family)
    if strict and not _mostly_heading_words(key, labelled=labelled, strong=strong):
        return None
    # The combined heading feeds both fields; `fields.py` reads that from the label.
    return "field", "conflicts_of_interest" if family == COMBINED_CONFLICTS else family, None


# A minute's sentence over its reasons, after its resolutions: "The above decisions have
# been made for the following reasons:" (a heading in all but form). Without "above" it
# may be the first line under a "Reasons" heading ("The decision was taken for the
# following reasons:"), which it does not cut in two.
_FOLLOWING_REASONS = ("following reasons", "following reason")
_MADE_FOR_REASONS_RE = regex.compile(
    r"(?:the )?above decisions? (?:has|have|was|were) (?:been )?(?:made|taken)"
    r" for the following reasons?"
)


# What a label may say it is printed on; the pre-check's words and the pattern's are one list.
_THIS_RECORD = ("notice", "decision", "record", "form")
_THIS_RECORD_RE = regex.compile(r" (?:of|for|in) this (?:" + "|".join(_THIS_RECORD) + r")$")


def _may_be_field_heading(key: str) -> bool:
    """Whether `key` could still be a field heading under the strict test: "decision of
    ..." (named whatever its words), or words few enough of them foreign that some family
    would pass `_mostly_heading_words` (the most lenient, a strong family's, is asked). The
    families' searches are the costliest patterns of the classifier, and most keys that get
    this far are prose ("the cabinet agreed the fees set out in the report"), which this
    set lookup turns away before them."""
    return key.startswith("decision") or _mostly_heading_words(key, strong=True)


# Each family's pattern by its name (FAMILY_RES in precedence order, for a lookup).
_FAMILY_PATTERNS = dict(FAMILY_RES)


def _keyword_early(key: str, family: str) -> bool:
    """The family's keyword stands among the first four words ("Last day for call-in"),
    not at the end of a title ("Council Constitution - Urgency and Call-in Provisions")."""
    pattern = _FAMILY_PATTERNS[family]
    found = pattern.search(key)
    return found is not None and key[: found.start()].count(" ") <= 3


@lru_cache(maxsize=4096)
def _family(key: str) -> str | None:
    """The keyword family `key` belongs to (cached, as `classify` is: the keys are short
    phrases of heading words, and the same few recur in every record)."""
    for name, pattern in FAMILY_RES:
        if pattern.search(key):
            return name
    return None


def _who(label: str) -> str | None:
    match = _WHO_RE.search(label)
    if match is None or match.group(1).split(None, 1)[0].lower() in ("a", "an"):
        return None  # "DECISION OF AN INDIVIDUAL CABINET MEMBER": a kind of decider, not who
    return match.group(1)


def _mostly_heading_words(key: str, *, labelled: bool = True, strong: bool = False) -> bool:
    """A heading is made of heading words; a label before a colon may carry one more, and
    a label with a distinctive keyword (dispensation, call-in) up to a third."""
    words = key.split()
    foreign = len([word for word in words if word not in HEADING_WORDS])
    if strong:
        return foreign <= max(1, len(words) // 3)
    allowed = max(1, len(words) // 4) if labelled else len(words) // 4
    return foreign <= allowed


# Headings standing alone ("3. Reasons for the Decision", "Decision Maker") recur in every
# record of a layout: once recognised, a line is looked up, not matched again. Only such
# headings are kept (not labels with values, nor body lines), so the table stays small.
_KNOWN_HEADINGS: dict[str, Heading] = {}
_MAX_KNOWN_HEADINGS = 4096


def match_heading(text: str) -> Heading | None:
    """The heading `text` is, if it is one (a whole line, already normalised)."""
    known = _KNOWN_HEADINGS.get(text)
    if known is not None:
        return known
    found = _match_heading(text)
    if found is not None and not found.value and len(_KNOWN_HEADINGS) < _MAX_KNOWN_HEADINGS:
        _KNOWN_HEADINGS[text] = found
    return found


def _match_heading(text: str) -> Heading | None:
    if text[:1] == "(" and text[-1:] == ")":
        # "(Reason for decision: To monitor the Council's financial position ...)": a
        # minute's reason in brackets under its resolutions, a label with its value
        inner = _labelled(text[1:-1]) if ": " in text else None
        if inner is not None and inner.value and inner.name in _BRACKETED_FIELDS:
            return inner._replace(value_col=inner.value_col + 1)
        return None  # "(Decisions taken by Officers under the Scheme of Delegation)": a note
    if (
        ":" not in text
        and text.count(" ") > _MAX_HEADING_WORDS + 2
        and ")" not in text[:6]
        and not _dash_near_start(text)
    ):
        return None  # a sentence of body text: no label, too long to stand as a heading
    numbered = _NUMBERED_RE.match(text) if text[:1].isdigit() else None
    if numbered and numbered.group("rest").split(" ", 1)[0].lower() in MONTH_WORDS:
        numbered = None  # "26 November 2009 – Call-in deadline: 5pm, ...": a date, no number
    if numbered:
        rest = numbered.group("rest")
        # "9. Call-in Expiry: 16 September 2025": a numbered label with its value
        labelled = _labelled(rest) if ": " in rest else None
        if labelled is not None and labelled.kind == "field" and _in_capitals(rest):
            # "64. DECLARATIONS OF INTEREST: CODE OF CONDUCT": a minute's heading in
            # capitals, its colon inside the heading, not before a value
            return Heading("field", labelled.name, rest, int(numbered.group("num")))
        if labelled is not None and labelled.value and labelled.kind in ("field", "meta"):
            col = numbered.start("rest") + labelled.value_col
            return labelled._replace(number=int(numbered.group("num")), value_col=col)
        if labelled is None and ": " in rest:
            # "5. Dispensation granted by the Conduct Advisory Panel: none": a numbered
            # heading the label pattern does not know, with its value after the colon
            head, _, value = rest.partition(": ")
            found = _standalone(head, strict=True) or _strong_numbered(head)
            if found and found.kind == "field" and value.strip():
                col = numbered.start("rest") + len(head) + 2
                return Heading(
                    "field", found.name, found.label, int(numbered.group("num")), value.strip(), col
                )
        found = _standalone(rest, strict=True) or _strong_numbered(rest)
        if found and found.kind in ("field", "other"):
            return Heading(found.kind, found.name, found.label, int(numbered.group("num")))
    return _labelled(text) or _answered(text) or _standalone(text, strict=True) or _run_in(text)


# A form's short answers, run in after a label with no colon where a rendering closed the gap
# between its columns: "Conflicts of interest None", "Dispensation granted N/A".
_ANSWERS = frozenset({"none", "n/a", "nil"})


def _answered(text: str) -> Heading | None:
    """A field's label and its answer of none, with no colon between: "Conflicts of
    interest None" is the label "Conflicts of interest" and its value "None"; and a decision
    maker's label and its office or body ("Decision maker Portfolio Holder for Place")."""
    if ":" in text or " " not in text:
        return None
    if text[:8].lower() == "decision":
        return _maker_answered(text)
    label, _, answer = text.rpartition(" ")
    if answer.lower().rstrip(".") not in _ANSWERS or runs_on_from(label):
        return None  # ("Conflict of        None." over "Interest relating": a label wrapped)
    found = _standalone(label, strict=True)
    if found is None or found.kind != "field":
        return None
    return Heading("field", found.name, found.label, value=answer, value_col=len(label) + 1)


_MAX_MAKER_LABEL_WORDS = 3


def _maker_answered(text: str) -> Heading | None:
    """ "Decision maker Portfolio Holder for Place", "Decision taker Cabinet": the shortest
    label a decision maker's is, then an office or a body that is the whole of the rest."""
    words = text.split()
    for count in range(2, min(len(words), _MAX_MAKER_LABEL_WORDS + 1)):
        label = " ".join(words[:count])
        found = _standalone(label, strict=True)
        if found is None or found.name != "decision_maker":
            continue
        rest = " ".join(words[count:])
        if runs_on_from(label) or words[count].lower() == "the":
            return None  # "DECISION OF THE LEADER OF THE COUNCIL": the record's own heading
        if OFFICE_RE.fullmatch(rest) is None and BODY_RE.fullmatch(rest) is None:
            return None  # ("Decision taker Metro Mayor": not "Decision taker Metro" / "Mayor")
        return Heading(found.kind, found.name, found.label, value=rest, value_col=len(label) + 1)
    return None


# A sign-off's column headings in lower case, cut apart by the normaliser: "signed" /
# "date" over "12 May 2025" (no other label is printed in lower case).
LOWER_LABELS = frozenset({"date", "dated"})


def _strong_numbered(rest: str) -> Heading | None:
    """A numbered section opening with a distinctive keyword, however many other words
    follow: "6.  Dispensations granted by the Head of Paid Service" (a proforma's own
    wording of its section, never a sentence: it opens on the keyword)."""
    if rest.endswith((".", ";", ",")) or len(rest.split()) > _MAX_HEADING_WORDS:
        return None
    key = simplify(rest)
    family = _family(key)
    if family not in _NUMBERED_STRONG:
        return None
    found = _FAMILY_PATTERNS[family].search(key)
    if found is None or found.start() > 0:
        return None
    return Heading("field", family, rest.rstrip(" :-–"))


# (Not the declarations of interest: "59. Declarations of disclosable pecuniary interests"
# is a minute of its own, which the minute's reader takes as one.)
_NUMBERED_STRONG = frozenset({"dispensations", "alternative_options", "call_in"})


def _in_capitals(text: str) -> bool:
    """Words in capitals, with no figure: a heading's words ("CODE OF CONDUCT")."""
    return text.isupper() and not any(map(str.isdigit, text))


_BRACKETED_FIELDS = frozenset({"reasons", "alternative_options"})


def _run_in(text: str) -> Heading | None:
    """A list item that opens with a heading made only of heading words, then its body."""
    found = _RUN_IN_RE.match(text) if _opens_with_marker(text) else None
    if not found:
        return None
    rest = found.group("rest")
    # (the first word alone first: most items are long sentences, and open with no heading)
    first = rest.split(None, 1)
    if not first or first[0].lower().strip(":") not in HEADING_WORDS:
        return None  # "(a) approved the contents ...": an item, not a run-in heading
    if first[0].lower() == "that":
        return None  # "(2) That Option B, a council-operated market ..., be approved.": a
        # resolution's clause opens so, never a heading ("That" is one of a label's words)
    words = rest.split()
    # The heading is made of heading words only, so it ends within the leading run of them.
    longest = min(_MAX_RUN_IN_WORDS, len(words) - 1, _heading_word_run(words))
    for count in range(longest, 0, -1):
        if not words[count][:1].isupper() or _joins(words[count]):
            continue  # the body after a run-in heading starts a sentence (not "REPORT" /
            # "OF THE CABINET MEMBER ...", one heading in capitals)
        phrase = " ".join(words[:count])
        family = _phrase_family(phrase)
        if family is not None:
            col = text.index(words[count], found.start("rest") + len(phrase))
            remainder = " ".join(words[count:])
            return Heading("field", family, phrase, value=remainder, value_col=col)
    return None


def _joins(word: str) -> bool:
    """A word that joins a heading's words (RUN_ON_WORDS), never the first of a sentence
    after it; an article may open that sentence ("The scheme meets the need."), but not in
    capitals ("REPORT OF THE CABINET MEMBER ...")."""
    lowered = word.lower()
    return word == "&" or (lowered in RUN_ON_WORDS and (word.isupper() or lowered not in _ARTICLES))


_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=4096)
def _phrase_family(phrase: str) -> str | None:
    """The family of a run-in heading's candidate words (cached, as `_family` is: they are
    the first words of numbered items, "That the Cabinet Member for", "That the Council",
    which recur from record to record; each item asks of two or three of them)."""
    return _family(simplify(phrase))


def _heading_word_run(words: list[str]) -> int:
    """How many of `words`, from the first, are heading words ("Reasons for decisions
    Recommendations adopted ..." -> 3)."""
    for position, word in enumerate(words):
        if word.isascii() and word.isalpha():  # most words: `simplify` would only lower them
            if word.lower() not in HEADING_WORDS:
                return position
        elif any(part not in HEADING_WORDS for part in simplify(word).split()):
            return position
    return len(words)


def _all_heading_words(label: str) -> bool:
    words = label.split()
    return _heading_word_run(words) == len(words)


def match_number_alone(text: str) -> int | None:
    """The section number of a line that holds nothing else ("1." in a table's first cell)."""
    found = _NUMBER_ALONE_RE.match(text)
    return int(found.group("num")) if found else None


def _says_a_time(label: str) -> bool:
    """A time of day outside brackets: "at 5pm", "by 5.00 p.m." (the letters first, cheaply)."""
    lowered = label.lower()
    return (
        ("m" in lowered or "noon" in lowered or "midnight" in lowered)
        and ("pm" in lowered or "am" in lowered or ".m" in lowered or "n" in lowered)
        and (_TIME_OF_DAY_RE.search(label) is not None)
    )


# ("at 12 noon on Monday", "by midnight on", a time in words too)
_TIME_OF_DAY_RE = regex.compile(
    r"(?i)(?<!\()\b(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b(?!\))|(?:12\s*)?noon\b|midnight\b)"
)


def _standalone(text: str, *, strict: bool) -> Heading | None:
    label = text.rstrip(" :-–—?").strip()
    # "(b) Reasons for the Decision": the marker can stand only at the start (a match, then
    # the rest of the label; a `sub` would look for it again after it)
    marker = _LEADING_MARKER_RE.match(label) if _opens_with_marker(label) else None
    label = label[marker.end() :] if marker is not None else label
    if not label or label.endswith((".", ",", ";", "; and", "; or")):
        # (a list item's end: "b. AGREED that the objectors be notified of the decision and
        # of the reasons for it; and" is no reasons heading)
        return None
    if label[0].islower() and label not in LOWER_LABELS:
        return None
    if label[:5] in ("That ", "THAT "):
        return None  # "(b) That the objectors be informed of the decision and of:": a clause
    if label[:1].isupper() and _OPENS_RESOLUTION_RE.match(label):
        # "RESOLVED that for the reasons contained in the Officer's report:": a lead-in,
        # then its list; its reasons are the list's, no heading of them
        return None
    if "," in label and _ENDS_ON_SUBJECT_RE.search(label):
        # "Having considered the report and the options set out in it, the Cabinet" (over
        # "AGREED:"): a sentence's opening clause, then who it is about, no heading
        return None
    if marker is None and _NUMBERED_ITEM_RE.match(label) and label.count(" ") > _ITEM_WORDS:
        return None  # "(2) the objectors be informed of the decision and the reasons for it"
    labelled = text.rstrip().endswith(":")
    if labelled and marker is None:
        label = _without_row_letter(label, strict=strict, labelled=True)
    if not labelled and _says_a_time(label) and find_first_date(label) is None:
        # "The call-in period for this decision expires at 5pm on Tuesday" (over "28th
        # January 2025."): a time of day is a statement's, never a heading's (but a
        # webcast's "Declarations of Interest (10:01 am)", and a date label's "Date
        # Wednesday 9 April 2014 (commencing at 10.30 am)", are labels all the same)
        return None
    if not labelled and "," in label and _MENU_ENTRY_RE.match(label):
        return None  # "Councillors, meetings and decisions": a site's menu, above the record
    found = classify(label, strict=strict, labelled=labelled)
    if found is None:
        # "Date of publication Monday 8 July 2024": a publication's or effect's label running
        # into its date, its colon lost with the gap of a two-column form (a decision's
        # date so written is a meeting line's, "Cabinet Meeting 3 March 2025", read there)
        running = _dated_label(label) if label[-1:].isdigit() else None
        return running if running is not None and running.name != "decision_date" else None
    if found[1] == "decision" and label[-1:].isdigit() and (date_label := _dated_label(label)):
        return date_label  # "Decision taken on 21 June 2017": the date's label, not the decision's
    if found[1] == "decision" and found[2] is not None and label[-1:].isdigit():
        dated = find_first_date(label)
        if dated is not None and dated.start > 0 and dated.end == len(label):
            # "Decision of the Cabinet Member for Highways and Transport ........ 28 February
            # 2025" (its dot leader dropped): who decided, then the date, no colon between
            who = _who(label[: dated.start].rstrip())
            return Heading("field", "decision", label, who=who)
    kind, name, who = found
    if kind == "meta" and name not in _DATED_FACTS and _holds_a_date(label):
        return None  # "Wednesday 6 November 2019 Minute No. 412": a value, not a label
    if name in _DATED_FACTS and label[-1:].isdigit():
        dated = find_first_date(label)
        if dated is not None and dated.start > 0 and dated.end == len(label):
            # "Published 13/3/09": the label, then its date with no colon between
            words = label[: dated.start].rstrip()
            return Heading(kind, name, words, value=label[dated.start :], value_col=dated.start)
    return Heading(kind, name, label, who=who)


def _without_row_letter(label: str, *, strict: bool = True, labelled: bool = False) -> str:
    """`label` without the letter of a form's row, where a label follows it: "C   Decision
    maker" (rows lettered A to K, no stop after the letter) is "Decision maker"."""
    if label[1:2] != " " or not label[0].isupper():
        return label
    rest = label[2:].strip()
    known = rest[:1].isupper() and classify(rest, strict=strict, labelled=labelled) is not None
    return rest if known else label


# A resolving verb that opens the line, then "that" or a comma: a lead-in's opening words
# ("RESOLVED that", "AGREED, for the reasons"), never a label's.
_OPENS_RESOLUTION_RE = regex.compile(OPENING_WORD + r"(?:\s+(?i:that)\b|\s*,)")


# A clause, a comma, then a body or office as the sentence's subject: ", the Cabinet", ", the
# Executive Member".
_ENDS_ON_SUBJECT_RE = regex.compile(r", the \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$")


def _dated_label(label: str) -> Heading | None:
    """The label of a date that runs into its date with no colon, where the words before
    the date name a dated fact."""
    dated = find_first_date(label)
    if dated is None or dated.start == 0 or dated.end != len(label):
        return None
    words = label[: dated.start].rstrip()
    found = classify(words)
    if found is None or found[1] not in _DATED_FACTS:
        return None
    return Heading(found[0], found[1], words, value=label[dated.start :], value_col=dated.start)


# A numbered list item's marker and its first word in lower case: a sentence of a list.
# long enough to be a sentence: "3. reasons for decision" is a heading in lower case.
_NUMBERED_ITEM_RE = regex.compile(r"\(?[0-9]{1,2}[.)]\s+[a-z]")
_ITEM_WORDS = 8


def _holds_a_date(label: str) -> bool:
    """A date, or a year ("Outcome 2025/26", a title's wrapped end): a value, not a label."""
    return any(map(str.isdigit, label)) and (
        find_first_date(label) is not None or _YEAR_IN_LABEL_RE.search(label) is not None
    )


_YEAR_IN_LABEL_RE = regex.compile(r"\b(?:19|20)\d\d\b")


# The facts that are dates, whose label may run into its value with no colon.
_DATED_FACTS = frozenset({"decision_date", "published_on", "effective_from"})


# Facts that a dash labels as well as a colon: "Decision Maker - Cabinet", "Date of decision
# – 7 June 2022", "Is Key decision? - No". (A dash after other words is a title's or a
# dated heading's: "Cabinet - 17 June 2024", "Town Centre PSPO - Consultation".)
_DASH_FACTS = frozenset(
    {
        "decision_maker",
        "decision_date",
        "published_on",
        "effective_from",
        "decision_status",
        "is_key_decision",
        "call_in_flag",
        "reference",
    }
)


def _fact_label(kind_name: tuple[str, str | None, str | None]) -> bool:
    return kind_name[0] == "meta" and kind_name[1] in _DASH_FACTS


# The label patterns with the numbers of their label and value groups: a `regex` match looks
# a group's name up at every call, and every label line reads three.
# A label pattern with the numbers of its label and value groups.
_LabelGroups = tuple["regex.Pattern[str]", int, int]
_LABEL_GROUPS: _LabelGroups = (LABEL_RE, LABEL_RE.groupindex["label"], LABEL_RE.groupindex["value"])
_DASH_LABEL_GROUPS: _LabelGroups = (
    _DASH_LABEL_RE,
    _DASH_LABEL_RE.groupindex["label"],
    _DASH_LABEL_RE.groupindex["value"],
)

# A label is at most 120 characters, its colon or question mark next ("LABEL_RE").
_LABEL_END = 122


# A label's value that is a dash for none: "Dispensation granted: -" (with no space, ":-"
# ends a lead-in, "RESOLVED:-").
NIL_DASH = (": -", ": –")


def _labelled(text: str) -> Heading | None:
    # (Found only where a label's end may stand: a long paragraph is not scanned to its end.)
    colon = text.find(":", 0, _LABEL_END)
    question = text.find("?", 0, _LABEL_END)
    patterns: tuple[_LabelGroups, ...] = (_LABEL_GROUPS,) if colon > 0 or question > 0 else ()
    if _dash_near_start(text):
        patterns = (*patterns, _DASH_LABEL_GROUPS)
    for pattern, label_group, value_group in patterns:
        found = pattern.match(text)
        if not found:
            continue
        label, value = found.group(label_group, value_group)
        if not value and text.endswith(NIL_DASH):
            # "Dispensation granted: -": a dash for none is the value (": -" with no space
            # between is a lead-in's ending, "RESOLVED:-")
            value = "-"
        if not value:
            continue
        label = label.strip()
        if not label or label[0].islower() or label[0].isdigit() or ". " in label:
            continue  # "Scrutiny Committee. Call-in deadline: ..." is a sentence, then a label
        label = _without_row_letter(label)
        kind_name = classify(label)  # (strict by default: a key without keywords is cheaper)
        prose = kind_name is None and (kind_name := prose_label(label, pattern)) is not None
        if kind_name is None or (
            pattern is _DASH_LABEL_RE and kind_name[0] != "field" and not _fact_label(kind_name)
        ):
            continue
        if pattern is _DASH_LABEL_RE and kind_name[0] == "field" and ends_in_a_dated_part(value):
            continue  # a meeting's heading: "Delegated Decisions - Tuesday 7th June, 2022 6.30 pm"
        if pattern is _DASH_LABEL_RE and kind_name[0] == "field" and not _all_heading_words(label):
            # a title with a dash: "Alternative Provision - Commissioning of Places for
            # Pupils", not a heading and its value (a dash parts a label only of heading words)
            continue
        kind, name, who = kind_name
        return Heading(
            kind,
            name,
            label,
            value=value.strip(),
            value_col=found.start(value_group) if value != "-" else len(text) - 1,
            who=who,
            # a dash label or a prose label ("The reasons are: ...") heads one paragraph
            run_in=pattern is _DASH_LABEL_RE or prose,
        )
    return None


# "The reasons are:", "Options considered and rejected were:": a label said as the start of a
# sentence, in records written as prose.
_PROSE_LABEL_RE = regex.compile(r"^(?:(?i:the)\s+)?(?P<label>.+?)\s+(?:are|is|was|were)$")
# How such a label ends (or a line break, before which `$` matches too): most labels
# ("Lead officer", "Venue") end otherwise, and are spared the pattern.
_PROSE_LABEL_ENDS = ("are", "is", "was", "were", "\n")


def prose_label(
    label: str, pattern: regex.Pattern[str]
) -> tuple[HeadingKind, str, str | None] | None:
    """The field a colon label names when it ends in a verb ("The reasons are:")."""
    found = (
        _PROSE_LABEL_RE.match(label)
        if pattern is LABEL_RE and label.endswith(_PROSE_LABEL_ENDS)
        else None
    )
    if found is None:
        return None
    kind_name = classify(found.group("label"), strict=True)
    return kind_name if kind_name is not None and kind_name[0] == "field" else None


# "Additional Information:", "Member Comments:-": a short Title-case label standing alone.
_UNKNOWN_LABEL_RE = regex.compile(r"^(?P<label>[A-Z][\w'’&/()-]*(?: [\w'’&/()-]+){1,5}?)\s*:-?$")
_MAX_UNKNOWN_LABEL_WORDS = 6  # the first word and up to five more


def match_unknown_heading(text: str) -> Heading | None:
    """A line shaped like a label heading that names no known section (`unknown_section`).

    Called only after `match_heading` has declined the line, and taken only where the
    lead-in vocabulary declines it too (`sections._unknown_heading` asks that after this
    shape: most lines that end in a colon are sentences, which this turns away first), so
    "RESOLVED:" and "That Cabinet:" are never unknown headings.
    """
    # The label is two to six words ahead of its colon, spaces only between them: a line of
    # prose that ends in a colon ("The report proposed six further sites for Phase 2,
    # selected against the following criteria:-") has more, and the lazy pattern would try
    # every split of them before it failed.
    if len(text.partition(":")[0].split()) > _MAX_UNKNOWN_LABEL_WORDS:
        return None
    found = _UNKNOWN_LABEL_RE.match(text)
    if not found or any(ch.isdigit() for ch in text):
        return None
    words = found.group("label").split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    if capitalised < max(2, len(words) - 1):
        return None
    return Heading("unknown", "unknown", found.group("label"))


# "16. Bishopthorpe Road - Proposed Zebra Crossing near Scarcroft Lane (10.08 am)",
# "18. CHURCH WHARF – DISPOSAL OF PLOT 4": a minute's number and heading (its time dropped).
# (after a reference, numbered within its year: "E.19/25 DARTMOUTH PARK AND RIDE"; with a
# dash: "31 – Review of Hackney Carriage and Private Hire Licence Fees"; within its month and
# year: "C8/05/25 Whitley Bay Seafront Masterplan")
# ("C.52-2016  Learner Travel Policy": the minute's number, then its year)
_MINUTE_ITEM_RE = regex.compile(
    r"(?P<num>\d{1,4})(?:/\d{2}){0,2}(?:-(?:19|20)\d{2})?\.?\s+"
    # (its heading perhaps opening on its year: "C48/23 2023/24 Financial Management Report")
    r"(?P<heading>(?:(?:19|20)\d\d(?:[/-]\d{2,4})?\s+)?[A-Z].*)$"
)
# ... a number alone may take a dash; "Minute 166 – Land Purchase" after a page's title
# speaks of another committee's minute
# (a heading may open on its year: "85.   2013/14 Treasury Management Strategy Statement")
_NUMBERED_MINUTE_RE = regex.compile(
    r"(?P<num>\d{1,4})(?:/\d{2})?\.?\s+(?:[–-]\s+)?"
    r"(?P<heading>(?:(?:19|20)\d\d(?:[/-]\d{2,4})?\s+)?[A-Z].*)$"
)
# The time that ends a minute's heading: "... Scarcroft Lane (10.08 am)". (Cut off after the
# match: a lazy heading tried against it at every character cost ten times as much.)
# "(10.02 am)", and a webcast's timestamp, "(00:14:32)"
# A minute heading's note in brackets at its end: the time it was taken ("(10.05 am)") or
# the agenda item it was ("NORTHWOLD ROAD COMMUNITY HALL - FUTURE MANAGEMENT ARRANGEMENTS
# (AGENDA ITEM 9)").
_MINUTE_NOTE_RE = regex.compile(
    r"\s*\((?:\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?|\d{1,2}:\d{2}:\d{2}"
    r"|(?i:agenda\s+)?(?i:item)\s+(?:no\.?\s*)?\d{1,3}[a-z]?)\)$"
)
_MAX_ITEM_WORDS = 16


def without_note(heading: str) -> str:
    """A minute heading without its note in brackets at the end (its time, its agenda item)."""
    noted = _MINUTE_NOTE_RE.search(heading) if heading.endswith(")") else None
    return heading[: noted.start()] if noted is not None else heading


# A minute's reference before its number, as many councils print it: "CAB.55 Cirencester
# Market Place Car Park", "EX/23 Budget Monitoring", "C1719 MINUTES", "EB 118 Code of
# Conduct". Letters in capitals, then a stop, a slash, nothing, or (after two letters or
# more) a space; words that number other things ("PART 2", "PAGE 3") are no reference.
# And the word itself: "Minute No. 87    Housing Revenue Account Asset Management Strategy".
# (The standard `re`: asked of every line that opens with a capital, where its per-call
# cost is half `regex`'s, and the pattern is plain ASCII.)
_MINUTE_REF_RE = re.compile(
    r"(?P<ref>[A-Z]{1,5})(?:[./]|(?<=[A-Z]{2})\s)?(?=[0-9])"
    r"|(?i:minute\s+(?:no\.?\s*)?)(?=[0-9])"
)
_NOT_MINUTE_REFS = frozenset(
    "PART PAGE ANNEX TABLE PHASE STAGE ROUND YEAR AREA ZONE LOT WARD NOTE PLAN ROOM UNIT "
    "BAND TIER STEP FORM CASE ITEM A I NO FIG VOL REV APP SEC ACT ART REG".split()
)
_CAPITALISED_REF_RE = re.compile(r"([A-Z][a-z]{1,2})[. ](?=[0-9])")


def opens_minute(text: str) -> bool:
    """Whether `text` may open with a minute's number: a digit, or a minute's reference
    ("CAB.55"), tested before `read_minute` (most lines open with neither)."""
    first = text[:1]
    if first.isdigit():
        return True
    if first == "*" and text[1:2].isupper():
        text, first = text[1:], text[1]  # "*HC 9   DECLARATION OF INTEREST": a marked minute
    elif first in "(*":  # "(45) ...", and "*71 ..." (a key decision's minute)
        return text[1:2].isdigit()
    return "A" <= first <= "Z" and _minute_ref_end(text) > 0


def _minute_ref_end(text: str) -> int:
    """Where a minute's reference ("CAB.", "EX/", "C") ends and its number starts; 0 when
    `text` opens with none."""
    if text[1:2].islower() and (text[0] != "M" or text[:7] != "Minute "):
        # "The ...", "Cabinet ...": a reference is in capitals, or the word "Minute" (most
        # lines, no call), or short and capitalised: "Ex 58 Home to School Transport"
        capitalised = _CAPITALISED_REF_RE.match(text)
        if capitalised is None or capitalised.group(1).upper() in _NOT_MINUTE_REFS:
            return 0
        return capitalised.end()
    found = _MINUTE_REF_RE.match(text)
    if found is None or found.group("ref") in _NOT_MINUTE_REFS:
        return 0
    return found.end()


# A minute's reference that opens with its year: "17.EX.61 APOLOGIES FOR ABSENCE".
_YEAR_REF_RE = re.compile(r"\d{2}[./][A-Z]{1,5}[./]?(?=\d)")


def _year_ref_end(text: str) -> int:
    """Where a reference that opens with its year ends ("17.EX."); 0 for any other line."""
    if text[2:3] not in "./" or not text[3:4].isupper():
        return 0
    found = _YEAR_REF_RE.match(text)
    return found.end() if found else 0


def minute_number(text: str) -> int | None:
    """The number a heading line opens with, after its minute reference if it has one
    ("412. DECLARATIONS OF INTEREST" -> 412, "CAB.52 Declarations of Interest" -> 52)."""
    text = text[1:] if text[:1] == "*" else text
    start = _year_ref_end(text) if text[:1].isdigit() else _minute_ref_end(text)
    digits = text[start : start + 4]
    digits = digits[: len(digits) - len(digits.lstrip("0123456789"))]
    return int(digits) if digits else None


# A minute numbered within its year, "23/25 HOUSING REVENUE ACCOUNT", or in brackets,
# "(45) LOCAL TOILETS STRATEGY 2026-2030" (a heading in capitals only: "(2) Approve the
# Revised Budget" is an item of a resolution).
# ... or by the body's letter after it: "89/E Camberley Town Centre Car Parking Tariffs"
# ("9.1/10   HOUSING REVENUE ACCOUNT BUDGET": a minute's part, within its year)
_YEAR_MINUTE_RE = regex.compile(
    r"(?P<num>\d{1,4})(?:\.\d{1,2})?/(?:\d{2}|[A-Z]{1,3})\s+(?:[-–]\s+)?(?P<heading>[A-Z].*)"
)
_BRACKET_MINUTE_RE = regex.compile(r"\((?P<num>\d{1,4})\)\s+(?P<heading>[A-Z][^a-z]*)")


def read_minute(text: str) -> tuple[int, str] | None:
    """(number, heading) of a minute's heading line ("45. Highways Capital Programme", or
    with its reference, "CAB.55 Car Park Charging Review"); None for anything else, such as
    an item of a resolution ("1. Approve the installation of ...", "3. That the Director
    ...")."""
    if text.endswith((".", ";", ",", ":")):
        return None
    if text[:1] == "*" and (text[1:2].isdigit() or text[1:2].isupper()):
        # "*71    Affordable Housing Supplementary Planning Document" over "* Denotes key
        # decision": the minute, marked as a key decision ("*HC 9", with its reference)
        text = text[1:]
    other = _YEAR_MINUTE_RE.fullmatch(text) or (
        _BRACKET_MINUTE_RE.fullmatch(text) if text[:1] == "(" else None
    )
    if other is not None:
        heading = without_note(other.group("heading")).strip()
        return (int(other.group("num")), heading) if _is_item_heading(heading) else None
    start = _year_ref_end(text) if text[:1].isdigit() else _minute_ref_end(text)
    if not text[start : start + 1].isdigit():
        return None
    found = (_NUMBERED_MINUTE_RE if start == 0 else _MINUTE_ITEM_RE).match(text, start)
    if found is None:
        return None
    heading = without_note(found.group("heading")).strip()
    # ("1. To approve the scheme" is a resolution's item; "3. TO SIGN AS A CORRECT RECORD THE
    # MINUTES OF ..." in capitals, an agenda's heading)
    if heading.lower().startswith(("that ", "to ")) and not heading.isupper() and not start:
        return None  # (after a minute's reference, an agenda's wording: "C46/23 To Receive
        # any Declarations of Interest and Notification of any Dispensations Granted")
    if not _is_item_heading(heading):
        return None
    if heading[:3].lower() in _MONTH_HEADS and (
        only_a_date(text) or heading.split(" ", 1)[0].lower() in MONTH_WORDS
    ):
        # "12 September 2012" under "Decision Made:", "6 January and 28 February 2025.
        # Members welcomed the ..." (a wrapped sentence's line): a date, not minute 12 or 6
        return None
    return int(found.group("num")), heading


# A month's first three letters ("sep" of "September 2012"), as a date's second word opens.
_MONTH_HEADS = frozenset(month[:3] for month in MONTH_WORDS)


def _is_item_heading(text: str) -> bool:
    """Title-like: short, most of its longer words capitalised (longer in capitals: "TO SIGN
    AS A CORRECT RECORD THE MINUTES OF THE MEETING OF THE EXECUTIVE BOARD HELD ON ...")."""
    words = text.split()
    if len(words) > (2 * _MAX_ITEM_WORDS if text.isupper() else _MAX_ITEM_WORDS):
        return False
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]  # not "4TH", "2026"
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    return bool(long_words) and capitalised * 2 > len(long_words)


def minute_heading(line: str) -> str | None:
    """A minute's heading; "" when it names a section ("23. Declarations of Interest")."""
    minute = read_minute(line)
    if minute is None:
        return None
    parts = at_dash(minute[1])  # "MINUTES – 4TH MAY 2026": a procedural minute too
    if match_heading(line) is not None or (parts and match_heading(parts[0]) is not None):
        return ""
    if not line[:1].isdigit() and match_heading(minute[1]) is not None:
        return ""  # "C88 MINUTES": its reference is no heading's number
    if minute[1][:8].lower() == "minutes ":
        return ""  # "68. MINUTES OF THE COMBINED AUTHORITY MEETING HELD ON 18 AUGUST 2017"
    # "C1719   MINUTES -": the heading runs on into the minute's text after its dash
    bare = minute[1].rstrip(" -–")
    if bare != minute[1] and match_heading(bare) is not None:
        return ""
    return AGENDA_ITEM_TAIL_RE.sub("", FILE_SIZE_RE.sub("", minute[1])).strip()


# The most characters of a label's last word wrapped onto a line of its own, and the fewest
# of the line it wrapped from (a long label filled it).
_MAX_LABEL_END_CHARS = 16
_MIN_WRAPPED_LABEL_CHARS = 50


def ends_wrapped_label(above: str, text: str) -> bool:
    """`text` is the last word of a long field heading wrapped from `above`, with its colon:
    "Any interest declared when the decision was taken and any dispensation granted by the
    Proper" / "Officer:" (which alone would label the decision maker)."""
    if (
        len(text) > _MAX_LABEL_END_CHARS
        or text[-1:] != ":"
        or text.count(" ") > 1
        # (two words only after a joining word: "Proper Officer:" under "... granted by
        # the", never "Date published:" under a call-in statement)
        or (" " in text and not runs_on_from(above))
        or len(above) < _MIN_WRAPPED_LABEL_CHARS
        or ":" in above
        or above[-1] in ".;,"
        or above.isupper() != text.isupper()
    ):
        return False
    heading = match_heading(above)
    return heading is not None and heading.kind == "field" and heading.name != "decision"
