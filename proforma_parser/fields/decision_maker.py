"""Who decided: a body ("Cabinet", "Executive") or an office holder ("Cabinet Member for
Housing"), from a "Decision Maker:" fact, a "Decision taken by" line, an office named alone
on a header line, or the first-person opening of an officer's or member's decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..structure.sections import Fact
from ..wording.banners import MEETING_VALUE_RE
from ..wording.dates import DateMatch, find_first_date, parse_uk_date
from ..wording.lines import bilingual_halves
from ..wording.offices import DECIDER_NAME, OFFICE_RE, PERSON_TITLE
from ..wording.prose import DATE_TEXT
from ..wording.vocabulary import (
    BODY_RE,
    canonical_body,
    mentions,
    runs_on_from,
)
from .phrasing import title_case

# "The following decision was taken by the Cabinet Member for X on Friday, 3 May 2024"
_WHO = r"[A-Z][\w'&,-]*(?:\s+(?:(?:for|of|and|&|with)\s+(?:the\s+)?)*[A-Z][\w'&,-]*)*"
# ... or the date first: "The following decision was taken on Thursday 12 June 2025 by the
# Cabinet Member for Clean Air, Streets and Waste."
TAKEN_BY_RE = regex.compile(
    # (or a notice's line that is only that: "Made by the Cabinet Member for Communities and
    # Neighbourhoods on 9 January 2025")
    r"(?:\bdecisions?\s+(?:was|were)\s+|\b(?=(?:Taken|Made|TAKEN|MADE)\s+(?i:by)\s))(?i:taken|made)\s+"
    r"(?:by\s+(?:the\s+)?(?P<who>" + _WHO + r")\s+on\s+(?P<date>" + DATE_TEXT + r"{6,40})"
    r"|on\s+(?P<date>" + DATE_TEXT + r"{6,40}?)\s+by\s+(?:the\s+)?(?P<who>" + _WHO + r"))"
)


# Narrative that names the deciding body: "The Cabinet considered a joint report ..."
NARRATIVE_MAKER_RE = regex.compile(
    r"^(?:The\s+)?(?P<body>Cabinet|Executive|Council)\s+(?:considered|received|noted|was\s+asked)\b"
)


# "Report to Director of Children, Young People and Learning", "REPORT TO THE CABINET MEMBER
# FOR HIGHWAYS": a decision report's header line, naming whom it asks to decide (and "Report
# by Head of Education Transport", who wrote it).
_REPORT_PARTY_RE = regex.compile(
    r"(?i)^report\s+(?P<to>to|by|from)\s+(?:the\s+)?(?P<who>(?:" + DECIDER_NAME + r")\b.{0,100}"
    r"|(?:cabinet|executive))$"
)


def report_party(line: str) -> regex.Match[str] | None:
    """A report's header line naming whom it goes to or who wrote it (never a title)."""
    return _REPORT_PARTY_RE.match(line) if line[:7].lower() == "report " else None


def report_to(lines: Sequence[str]) -> str | None:
    """The office or body a decision report's header says it goes to: who decides."""
    for line in lines:
        found = report_party(line) if line else None
        if found is not None and found.group("to").lower() == "to":
            who = found.group("who")
            named = BODY_RE.fullmatch(who)
            return canonical_body(named.group("body")) if named else who
    return None


def is_body_name(line: str) -> bool:
    """ "CABINET", "The Executive": a header line that is only a body's name (the longest,
    "the executive cabinet", is 21 characters; the length test spares the pattern)."""
    return body_named(line) is not None


def body_named(line: str) -> str | None:
    """The body a header line is only the name of ("CABINET" -> Cabinet), in English where
    the line is bilingual ("Pwyllgor Gwaith / Executive"); None for any other line."""
    if " / " in line:  # either half: "EXECUTIVE BOARD / BWRDD GWEITHREDOL" as well
        return next(filter(None, map(body_named, bilingual_halves(line))), None)
    if line[-10:].lower() == " decisions":
        line = line[:-10]  # "CABINET DECISIONS": the body's list of its decisions
    found = BODY_RE.fullmatch(line) if len(line) <= 40 and line[:1] in _BODY_INITIALS else None
    # ("The Cabinet" over "RESOLVED that" names Cabinet: the body, without its article)
    return canonical_body(found.group("body")) if found is not None else None


# The letters BODY_RE's names open with ("the", "full", "county", "city", "borough",
# "council", "cabinet", "executive", "elected", "mayor"), in either case: no other letter
# is one of these to a case-insensitive pattern.
_BODY_INITIALS = frozenset("tTfFcCbBeEmM")


_LAST_PART_RE = regex.compile(r"\s[-–]\s|:\s")
_OFFICE_WORDS = (" for ", "leader of")
# The letters OFFICE_RE's offices open with ("the", "deputy", "executive", "cabinet", "lead",
# "leader", "portfolio"), in either case.
_OFFICE_INITIALS = frozenset("tTdDeEcClLpP")


# An office named by its portfolio first: "Healthy Communities Portfolio Holder".
_PORTFOLIO_FIRST_RE = regex.compile(
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,6}(?i:portfolio\s+holder)"
)


def portfolio_first(line: str) -> bool:
    """Whether `line` is only an office named by its portfolio first (not the page's heading
    that ends on one: "NOTICE OF DECISION TAKEN BY A PORTFOLIO HOLDER")."""
    if not line.endswith(("Holder", "HOLDER")) or _PORTFOLIO_FIRST_RE.fullmatch(line) is None:
        return False
    return _PAGE_WORDS.isdisjoint(line.lower().split())


# Words of a page's heading, in no portfolio's name.
_PAGE_WORDS = frozenset({"decision", "decisions", "notice", "record", "taken", "by"})


def office_line(lines: Sequence[str]) -> str | None:
    """An office named alone on a header line, or after its dash or colon: "EXECUTIVE
    CABINET MEMBER FOR REGENERATION", "Decision Session - Executive Member for Transport",
    "Healthy Communities Portfolio Holder"."""
    named = next((line for line in lines if line and portfolio_first(line)), None)
    if named is not None and named.upper() != "PORTFOLIO HOLDER":
        return title_case(named) if named.isupper() else named
    # Every office OFFICE_RE names says one of these; neither spans a line break, so the
    # lines are asked at once first (most headers name no office).
    if not mentions("\n".join(lines), *_OFFICE_WORDS):
        return None
    for line in lines:
        if not mentions(line, *_OFFICE_WORDS):
            continue
        tail = _LAST_PART_RE.split(line)[-1]
        if tail[:1] in _OFFICE_INITIALS and OFFICE_RE.fullmatch(tail):
            return title_case(tail) if tail.isupper() else tail
    return None


# "I Councillor A. Smith, Lead Member for Parks, in exercise of the powers ...": the office
# between the commas of a first-person decision's opening.
_FIRST_PERSON_RE = regex.compile(
    r"^I,?\s+(?:(?:Councillor|Cllr\.?)\s+)?[^,]{2,40},\s+(?P<rest>.+)$"
)
_MAX_OFFICE_PARTS = 4


def first_person_office(lines: Sequence[str]) -> str | None:
    for position, line in enumerate(lines):
        if line[:2] not in ("I ", "I,"):
            continue
        if runs_on_from(line):
            # "I, Councillor Ruth Haddow, Portfolio Holder for Place, Communities and" / "" /
            # "Enterprise, having considered ...": the sentence goes on a paragraph below
            below = next((x for x in lines[position + 1 : position + 3] if x), "")
            line = f"{line} {below}"
        found = _FIRST_PERSON_RE.match(line)
        office = _longest_office(found.group("rest")) if found else None
        if office is not None:
            return office
    return None


def _longest_office(rest: str) -> str | None:
    """The longest office the words before a comma name: "Cabinet Member for Housing,
    Planning and Climate Emergency, having ..." (a portfolio of several parts), not its
    first part."""
    parts = rest.split(", ")
    longest_first = range(min(len(parts) - 1, _MAX_OFFICE_PARTS), 0, -1)
    joined = (", ".join(parts[:count]).strip() for count in longest_first)
    return next((office for office in joined if OFFICE_RE.fullmatch(office)), None)


def body_in(words: str) -> str | None:
    """The body a document's kind opens with ("Cabinet Decision" -> Cabinet); none where
    the body's name starts an office's ("Cabinet Member Decision", "Executive Councillor
    Decision Notice": one member decided, not the Cabinet)."""
    found = BODY_RE.search(words)
    if found is None or found.start() != 0:
        return None
    following = words[found.end() :].split(None, 1)
    if following and following[0].lower() in _OFFICE_AFTER_BODY:
        return None
    return canonical_body(found.group("body"))


# The word that makes a body's name an office's: "Cabinet Member", "Executive Councillor".
_OFFICE_AFTER_BODY = frozenset({"member", "members", "councillor", "portfolio", "lead"})


def taken_by(
    lines: Sequence[str], date_of: Callable[[str], DateMatch | None] = find_first_date
) -> tuple[str | None, str | None]:
    """ "The following decision was taken by the Cabinet Member for Environment and Climate
    on Friday, 3 May 2024" (wrapped over lines): who decided and when."""
    joined = " ".join(line for line in lines if line)
    found = TAKEN_BY_RE.search(joined)
    if not found or date_of(found.group("date")) is None:
        return None, None
    return found.group("who").strip(), found.group("date")


def maker_from_facts(facts: Sequence[Fact]) -> str | None:
    """ "Decision Maker: Cabinet", else the body of "Made at meeting: 17/06/2024 - Cabinet"."""
    found = maker_fact(facts)
    return found[0] if found is not None else None


# After an office, the person who holds it: "Executive Member for Place - Councillor Helen
# Cunningham", "Portfolio Holder for Housing (Cllr A. Khan)".
_HOLDER_AFTER_RE = regex.compile(r"\s+[-–]\s+(?=[A-Z])|\s+\((?=[A-Z])")


def _names_office(value: str) -> bool:
    """Whether an office holder's label value names the office, alone or before its holder
    (the value is kept whole, as the record prints it)."""
    if OFFICE_RE.fullmatch(value) is not None:
        return True  # "Portfolio Holder (Highways, Waste and Property)": its portfolio
    holder = _HOLDER_AFTER_RE.search(value)
    office = value[: holder.start()] if holder is not None else value
    return OFFICE_RE.fullmatch(office) is not None


def _office_after_holder(value: str) -> str | None:
    """ "County Councillor G. Pryce-Morgan, Portfolio Holder for Highways": the office after
    its holder's name and a comma; the first comma that an office follows, as a portfolio
    may hold commas too ("Councillor Lynne Bowen, Portfolio Holder for Leisure, Health and
    Community Engagement"); or after a spaced dash ("County Councillor Eleri Vaughan - Cabinet
    Member for Highways, Transport and Recycling")."""
    value = " ".join(value.split())
    for dash in (" - ", " – "):
        if dash in value and OFFICE_RE.fullmatch(office := value.split(dash, 1)[1]):
            return office
    comma = value.find(", ")
    while comma > 0:
        office = value[comma + 2 :]
        if OFFICE_RE.fullmatch(office) is not None:
            return office
        comma = value.find(", ", comma + 2)
    return None


def maker_fact(facts: Sequence[Fact]) -> tuple[str, Fact] | None:
    """`maker_from_facts`, with the fact the maker was read from."""
    for fact in facts:
        if fact.name == "decision_maker" and fact.value and not names_a_person(fact.value):
            return _without_article(fact.value.strip()), fact
    for fact in facts:  # "Cabinet Member: Cabinet Member for Highways" (not a person's name)
        if fact.name == "office_holder" and _names_office(fact.value.strip()):
            return fact.value.strip(), fact
        if fact.name == "office_holder" and (office := _office_after_holder(fact.value)):
            return office, fact
    for fact in facts:  # "Penderfynwr: Cabinet" (the Welsh label, its value in English)
        value = fact.value.strip()
        if fact.name == "welsh_decision_maker" and (
            BODY_RE.fullmatch(value) is not None or OFFICE_RE.fullmatch(value) is not None
        ):
            return value, fact
    return meeting_body(facts)


def _without_article(value: str) -> str:
    """ "Decision maker: The Mayor" is the Mayor: the office, as the contract names it."""
    return value[4:] if value[:4] in ("The ", "THE ") and value[4:5].isupper() else value


def office_under_holder(facts: Sequence[Fact], texts: Sequence[str]) -> tuple[str, int] | None:
    """The office printed on the line under an office holder's name, and that line:
    "Portfolio Holder:   Councillor J. Heslop-Barker" / "Portfolio Holder for Adult
    Services" (the label names the holder; the line below, the office he holds)."""
    for fact in facts:
        if fact.name != "office_holder" or fact.end >= len(texts):
            continue
        below = texts[fact.end].strip()
        if below and OFFICE_RE.fullmatch(below) is not None:
            return below, fact.end
    return None


def fuller_office_line(texts: Sequence[str], weaker: str) -> tuple[str, int] | None:
    """The one office a short line of the record names that `weaker` is the start of, and
    that line: "Mayor of London" over the signature for the lead-in's "That the Mayor:",
    "Record of Executive Decision taken by the Leader of the Council" for "The Leader
    approved the decision to:". Two different ones (or a deputy's) give none."""
    if not weaker or len(weaker.split()) > _MAX_BARE_OFFICE_WORDS:
        return None
    pattern = regex.compile(
        r"(?<!(?i:deputy|assistant|shadow|vice)\s)\b"
        + regex.escape(weaker)
        + r"\s+(?:of|for)\s+(?:the\s+)?"
        + _WHO
    )
    found: dict[str, int] = {}
    for position, text in enumerate(texts):
        if weaker not in text or len(text.split()) > _MAX_OFFICE_LINE_WORDS:
            continue
        for match in pattern.finditer(text):
            office = match.group(0).rstrip(",")
            # (an office, the council's own leader, or a line that is only the office)
            if OFFICE_RE.fullmatch(office) or "Council" in office or office == text.strip():
                found.setdefault(office, position)
    return next(iter(found.items())) if len(found) == 1 else None


# A bare office ("Leader", "Cabinet Member") that a fuller name may complete, and the lines
# that may name it: headings, labels, a signature's lines (not a sentence that mentions it).
_MAX_BARE_OFFICE_WORDS = 2
_MAX_OFFICE_LINE_WORDS = 14


def signatory_office(texts: Sequence[str]) -> tuple[str, int] | None:
    """The office a sign-off prints under its signature, and that line: "Signed:  Councillor
    M. Ali" / "Cabinet Member for Neighbourhood Services" (the weakest statement of who
    decided: read only when the record states it nowhere else)."""
    for position, text in enumerate(texts):
        if not text.startswith(_SIGNED):
            continue
        # (the next three lines with text: a rendering sets "Signed:", the name and the
        # office apart as paragraphs, a blank between each)
        below = [i for i in range(position + 1, min(position + 7, len(texts))) if texts[i].strip()]
        for index in below[:3]:
            line = texts[index].strip()
            if OFFICE_RE.fullmatch(line) is not None:
                return line, index
    return None


_SIGNED = ("Signed", "SIGNED", "Signature", "SIGNATURE")


def meeting_body(facts: Sequence[Fact]) -> tuple[str, Fact] | None:
    """The body a meeting's label names: "Made at meeting: 03/02/2025 - Cabinet", "Cabinet
    meeting: Tuesday 9 December 2025"; with the fact it was read from."""
    for fact in facts:
        if fact.name == "meeting":
            found = MEETING_VALUE_RE.match(fact.value)
            if found and parse_uk_date(found.group("date")):
                return found.group("body").strip(), fact
            body = body_named(fact.value.strip())
            if body is not None:  # "Meeting:        Cabinet" over "Date: ..."
                return body, fact
        if fact.name == "decision_date":
            body = body_in(fact.label)
            if body:
                return body, fact
    return None


def maker_from_narrative(lines: Sequence[str]) -> str | None:
    """ "The Cabinet considered a report ..." names the body that decided."""
    for line in lines:
        found = NARRATIVE_MAKER_RE.match(line)
        if found:
            return canonical_body(found.group("body"))
    return None


# Who was consulted, after the decider a label names: "CHIEF EXECUTIVE, after consultation
# with the Leader of the Council and the Chairman of the Resources Committee".
_CONSULTED_RE = regex.compile(
    r"(?i)[,;]?\s+(?:(?:after|following|in)\s+consultation\s+with"
    # "Head of Regulatory Services, under delegated authority from the Leader dated ..."
    # "CHIEF EXECUTIVE UNDER URGENCY POWERS"
    r"|(?:acting\s+)?under\s+(?:delegated\s+|urgency\s+|emergency\s+)?(?:authority|powers)"
    r"|using\s+delegated)\b.*$"
)
# The holder after the office, in brackets: "Leader of the Council (Councillor M. Dwyer)".
_HOLDER_IN_BRACKETS_RE = regex.compile(r"\s*\(" + PERSON_TITLE + r"\s[^()]{2,60}\)$")


# The meeting after a body that decided: "Devon and Torbay Combined County Authority
# (meeting of 24.09.25)" (the meeting's date is read as the decision's).
MEETING_OF_RE = regex.compile(
    r"\s*\((?i:meeting\s+(?:of|on|held\s+on)|meeting:?)\s+(?P<date>[^()]{6,40})\)\s*$"
)


# A person's name, not an office: "Dr Helen Marsh", "Cllr J. Smith", "M. Okafor".
_PERSON_RE = regex.compile(
    r"(?:" + PERSON_TITLE + r"\s+|[A-Z]\.\s*)(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$"
)


def names_a_person(value: str) -> bool:
    """A label's value that is a person's name, not an office ("Officer: Dr Helen Marsh")."""
    return _PERSON_RE.match(value) is not None


def stated_maker(value: str) -> str:
    """The decider a "Decision by:" label's value names: without those consulted, the
    authority it acted under, its holder in brackets or the meeting, and in title case where
    a legacy form typed it in capitals ("CHIEF EXECUTIVE")."""
    lowered = value.lower()
    consulted = (
        _CONSULTED_RE.search(value) if "onsultation" in lowered or "under" in lowered else None
    )
    decider = value[: consulted.start()].strip() if consulted is not None else value
    if decider.endswith(")") and (holder := _HOLDER_IN_BRACKETS_RE.search(decider)):
        decider = decider[: holder.start()]
    office = _office_after_holder(decider) if ", " in decider else None
    if office is not None and names_a_person(decider[: -len(office)].rstrip(", ")):
        decider = office  # "Councillor Harriet Lowe, Cabinet Member for Highways and Transport"
    meeting = MEETING_OF_RE.search(decider) if decider.endswith(")") else None
    decider = decider[: meeting.start()] if meeting is not None else decider
    decider = _without_article(decider)
    return title_case(decider) if decider.isupper() and decider else decider
