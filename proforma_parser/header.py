"""The record's header: who decided, when, under which council, in what kind of document.

Read from the lines before the first section (banner, document type, "Cabinet Meeting
17th March 2022", a listing's "07/01/2020 - Title ref: 3871  For Determination") and from
label facts anywhere ("Decision Maker: Cabinet", "Publication date: 11/02/2021").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .dates import only_a_date, parse_uk_date
from .defects import DefectLog
from .headings import match_heading, read_minute
from .leadins import read_lead_in
from .sections import Fact
from .vocabulary import (
    BODY_RE,
    OFFICE_RE,
    canonical_body,
    doc_type_match,
    is_chrome,
    mentions,
    says_any,
)

# "STOCKTON-ON-TEES BOROUGH COUNCIL", "Cambridge City Council", "MAIDSTONE BOROUGH COUNCIL"
# "London Borough of Hounslow", "Royal Borough of Windsor and Maidenhead", "West Yorkshire
# Combined Authority", "Greater London Authority", "Telford & Wrekin Council" (an ampersand
# joins two places), and the English half of a Welsh bilingual banner: "CYNGOR SIR CEREDIGION
# COUNTY COUNCIL" -> "Ceredigion County Council"
BANNER_RE = regex.compile(
    r"(?i)^(?:the\s+)?(?:cyngor(?:\s+(?:sir|bwrdeistref\s+sirol|dinas))?\s+(?=\S+\s+\S))?"
    r"(?P<name>(?:(?:[\w'’.]+(?:-[\w'’]+)*|&)\s+){1,5}?(?:(?:metropolitan\s+)?borough\s+"
    r"|city\s+|county\s+|district\s+|town\s+)?council"
    r"|(?:london|royal)\s+borough\s+of\s+[\w'’& -]{2,40}|city\s+of\s+[\w'’ -]{2,30}\s+council"
    r"|city\s+and\s+county\s+of\s+[\w'’ -]{2,30}"
    r"|(?:[\w'’-]+\s+){1,3}combined\s+authority|greater\s+london\s+authority)$"
)
# Every banner names one of these; most lines name none, and a substring test is far
# cheaper than the pattern.
_BANNER_WORDS = ("council", "borough", "authority", "county of")


def banner_match(line: str) -> regex.Match[str] | None:
    """The match of BANNER_RE on `line`, if it is a council's banner."""
    if not says_any(line.lower(), _BANNER_WORDS):
        return None
    return BANNER_RE.match(line)


# A council named in running text: "for Southampton City Council to participate", "Agrees
# Ashford & Wealdham Council acting as the lead partner" (an ampersand or "and" joins two
# places: the name starts at the word before it), "the Fenwick City Region Combined
# Authority". A name followed by another capitalised word is part of a longer name ("the
# Local Council Tax Reduction Scheme") and names no council.
_CAP_WORD = r"[A-Z][\w'’]+(?:-(?:on|upon|under|le|in|by|the)-[A-Z][\w'’]+|-[A-Z][\w'’]+)?"
NAMED_COUNCIL_RE = regex.compile(
    rf"\b(?P<name>(?:{_CAP_WORD}[ \t]+(?:&|and|with)[ \t]+(?:{_CAP_WORD}[ \t]+){{1,3}}"
    rf"|(?:{_CAP_WORD}[ \t]+(?:(?:on|upon|under)[ \t]+)?){{1,4}}?)"
    r"(?:(?:(?:Metropolitan[ \t]+)?Borough[ \t]+|City[ \t]+|County[ \t]+"
    r"|District[ \t]+|Town[ \t]+)?Council|Combined[ \t]+Authority))\b(?![ \t]+[A-Z][a-z])"
)
_PLACE_OF_RE = regex.compile(r"\b(?:City|Borough|County) of $")
_MONTH_WORDS = (
    "january february march april may june july august september october november december"
)
_GENERIC = frozenset(
    "the that a an full county borough city district town parish metropolitan special "
    "extraordinary annual this our each every whole members member and of local joint "
    f"budget next last previous {_MONTH_WORDS}".split()
)
# Words that name a body, an office or a document, never a place: "Cabinet and Council",
# "Report to Council", "Meeting of the City Council" and "Notice of Motion to Council" are
# no council's name.
_NOT_A_PLACE = frozenset(
    "cabinet executive committee board mayor leader member members officer officers "
    "council councils authority panel report reports meeting minutes item agenda decision "
    "decisions recommendation recommendations notice motion chair chairman".split()
)
# Small words no council's name holds (it holds "of", "and", "&", "with", "upon": "City of
# York", "Telford & Wrekin", "Blackburn with Darwen", "Kingston upon Hull"): with one of
# these the words are a phrase ("REPORT TO COUNCIL", "Item for Full Council").
_PHRASE_WORDS = frozenset("to for at by from a an in into about as is are be was that this".split())
_SMALL_WORDS = frozenset("on upon under le in by the of and for with".split())

# "Cabinet Meeting17th March 2022" (glued), "Cabinet Meeting .... 16 January 2025"
MEETING_LINE_RE = regex.compile(
    r"(?i)^(?P<body>cabinet|executive|council)\s*meeting\s*:?\s*(?P<rest>.*)$"
)
# The letters MEETING_LINE_RE can open with (Cabinet, Executive, Council), tested first.
_MEETING_INITIALS = ("C", "c", "E", "e")
# "07/01/2020 - Proposed Council Tax Support Scheme 2020/21 ref: 3871    For Determination"
DATED_TITLE_RE = regex.compile(
    r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+[-–]\s+(?P<title>.+?)"
    r"(?:\s+ref:\s*(?P<ref>\S+)(?:\s+(?P<status>.+))?)?$"
)
# "17/06/2024 - Cabinet", "07/12/2021 - Cabinet (Item 61)"
MEETING_VALUE_RE = regex.compile(r"^(?P<date>.+?)\s+[-–]\s+(?P<body>[^()]+?)(?:\s*\(.*\))?$")
# "301 Annual Review of Exempt Items", "Scrutiny Review ... PDF 210 KB", "pdf icon PDF 261 KB"
AGENDA_NUMBER_RE = regex.compile(r"^\d{1,4}\.?\s+(?=[A-Z*])")
FILE_SIZE_RE = regex.compile(r"(?i)\s*(?:pdf\s+icon\s+)?pdf\s+\d+\s*kb$")
# "5." or "12 3": an agenda number standing alone, never a title.
NUMBERS_ONLY_RE = regex.compile(r"[\d.\s]+")
# "Item 6 – Bedford Town Centre Public Realm Phase 2": the item's number is not its title.
AGENDA_ITEM_RE = regex.compile(
    r"(?i)^(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?\d+[a-z]?\s*[-–:.]\s*"
)
# Header lines that are never a title: a label ("Present: Councillor ...", "Officer: ..."),
# site navigation ("Print | Email | Back to top"), a reference ("EDN 2023/041"), a note on
# how the decision was taken ("Decision made under delegated powers").
NOT_A_TITLE_RE = regex.compile(
    r"^[^:()]{1,40}:\s|\s\|\s|(?i:\b(?:print|share)\s+this\s+page\b|\bback\s+to\s+top\b)"
    r"|^[A-Z]{2,6}[ /-]?\d{2,4}(?:/\d{1,4})+$|(?i:^decisions?\s+(?:made|taken)\b|under\s+delegated\s+powers)"
    # a Welsh council's name in Welsh ("CYNGOR GWYNEDD"); a sentence of the page's prose
    r"|(?i:^cyngor\b)|(?i:^(?:the|this|these|a|an)\s+\w+\s+(?:\w+\s+)?(?:was|were|is|are|sets?|sum|lists?)\b)"
)
# "MINUTES of the meeting held on Wednesday, 6 March 2024 at 10.00 am", "Minutes of the
# Meeting of the Cabinet held on Thursday, 7 November 2024", "Meeting held on Wednesday 17
# July 2024", "Minutes of a meeting of the Cabinet on Wednesday 12 March 2025", "At a
# meeting of the Cabinet held at County Hall, Morpeth on Tuesday, 10 June 2025": the
# meeting's body and date (the date is checked to be one).
MEETING_HELD_RE = regex.compile(
    r"(?i)\bmeeting\s+(?:of\s+(?:the\s+)?(?P<body>[^.;]{2,80}?)\s+)?(?:held\s+)?"
    r"(?:(?:at|in)\s+[^;]{1,80}?\s+)?on\s+(?P<date>.+)$"
    r"|\bminutes?\s+of\s+(?:the\s+)?(?P<body2>[\w ]{2,40}?)\s+meeting\s+held\s+on\s+(?P<date2>.+)$"
)
# "The following decision was taken by the Cabinet Member for X on Friday, 3 May 2024"
TAKEN_BY_RE = regex.compile(
    r"\bdecisions?\s+(?:was|were)\s+(?:taken|made)\s+by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w'&,-]*(?:\s+(?:(?:for|of|and|&|with)\s+(?:the\s+)?)*[A-Z][\w'&,-]*)*)"
    r"\s+on\s+(?P<date>[^.]{6,40})"
)
# "Proper Officer" then the sign-off date on the same or next line.
PROPER_OFFICER_RE = regex.compile(r"(?i)^proper officer\b\s*(?P<rest>.*)$")
# Narrative that names the deciding body: "The Cabinet considered a joint report ..."
NARRATIVE_MAKER_RE = regex.compile(
    r"^(?:The\s+)?(?P<body>Cabinet|Executive|Council)\s+(?:considered|received|noted|was\s+asked)\b"
)


@dataclass(frozen=True, slots=True)
class Header:
    document_type: str | None = None
    decision_maker: str | None = None
    decision_date_text: str | None = None
    title: str | None = None
    reference: str | None = None
    decision_status: str | None = None
    listing: str | None = None
    """The listing line ("09/07/2025 - Title ref: 1782  Status") the title, reference and
    status were read from, where one was."""
    date_from_listing: bool = False
    """Whether `decision_date_text` was read from the listing line."""


def read_header(lines: Sequence[str], later: Sequence[str] = ()) -> Header:
    """Facts stated by the header lines (those before the first section); `later`, the lines
    after them, is read only for what the header lacks: a listing's dated title line under a
    page's own headings, and the meeting's date in minutes whose first label runs on."""
    doc_type, who = _document_type(lines)
    maker, date_text = _meeting_line(lines)
    # The header lines before the first lead-in, cut once and only when a reader needs them
    # (each cut reads every line for a lead-in).
    before: Sequence[str] | None = None
    held_maker, held_date = _meeting_held(lines)
    if held_date is not None:  # read again without the resolutions (cut only when needed)
        before = _before_lead_in(lines)
        held_maker, held_date = _meeting_held(before)
    taken_maker, taken_date = _taken_by(lines)
    maker = maker or taken_maker or held_maker
    date_text = date_text or taken_date or held_date
    if not (maker and date_text):  # the weakest statement, looked for only when needed
        heading_maker, heading_date = _dated_heading(lines)
        if heading_date is not None:
            before = _before_lead_in(lines) if before is None else before
            heading_maker, heading_date = _dated_heading(before)
        maker, date_text = maker or heading_maker, date_text or heading_date
    dated = next(
        (m for line in lines if line[:1].isdigit() and (m := DATED_TITLE_RE.match(line))), None
    )
    if dated is None and later:
        # "09/07/2025 - Transfer of Staff ref: 1782  Recommendations Approved" under a
        # listing page's "Decisions" heading: the "ref:" makes the line a listing's entry
        dated = next(
            (
                m
                for line in later
                if line[:1].isdigit() and (m := DATED_TITLE_RE.match(line)) and m.group("ref")
            ),
            None,
        )
    if date_text is None and dated is None and later:
        held_maker, date_text = _meeting_held(_before_lead_in(later))
        maker = maker or held_maker
    return Header(
        document_type=doc_type,
        decision_maker=who or maker or _office_line(lines) or _first_person_office(lines),
        decision_date_text=date_text or (dated.group("date") if dated else None),
        # None without a dated title: `plain_title` is read only when no section gives one
        title=dated.group("title").strip() if dated else None,
        reference=dated.group("ref") if dated else None,
        decision_status=(dated.group("status") or "").strip() or None if dated else None,
        listing=dated.string if dated else None,
        date_from_listing=date_text is None and dated is not None,
    )


def _before_lead_in(lines: Sequence[str]) -> Sequence[str]:
    """The lines before the first resolution's lead-in: a record with no decision heading
    carries its resolutions among the header lines, and the dates inside them ("to review
    it at its meeting on 3 March 2026") are not the meeting's."""
    for position, line in enumerate(lines):
        if line and read_lead_in(line):
            return lines[:position]
    return lines


def _is_body_name(line: str) -> bool:
    """ "CABINET", "The Executive": a header line that is only a body's name (the longest,
    "the executive cabinet", is 21 characters; the length test spares the pattern)."""
    return len(line) <= 40 and BODY_RE.fullmatch(line) is not None


_LAST_PART_RE = regex.compile(r"\s[-–]\s|:\s")


def _office_line(lines: Sequence[str]) -> str | None:
    """An office named alone on a header line, or after its dash or colon: "EXECUTIVE
    CABINET MEMBER FOR REGENERATION", "Decision Session - Executive Member for Transport"."""
    for line in lines:
        if not mentions(line, " for ", "leader of"):  # every office OFFICE_RE names says one
            continue
        tail = _LAST_PART_RE.split(line)[-1]
        if OFFICE_RE.fullmatch(tail):
            return _title_case(tail) if tail.isupper() else tail
    return None


# "I Councillor A. Smith, Lead Member for Parks, in exercise of the powers ...": the office
# between the commas of a first-person decision's opening.
_FIRST_PERSON_RE = regex.compile(
    r"^I,?\s+(?:(?:Councillor|Cllr\.?)\s+)?[^,]{2,40},\s+(?P<office>[^,]{4,100}),"
)


def _first_person_office(lines: Sequence[str]) -> str | None:
    for line in lines:
        found = _FIRST_PERSON_RE.match(line) if line[:2] in ("I ", "I,") else None
        if found and OFFICE_RE.fullmatch(found.group("office").strip()):
            return found.group("office").strip()
    return None


def _banner_authority(line: str) -> str | None:
    found = _banner_in(line)
    return _proper_name(found.group("name")) if found else None


# A site's name line: "This is the website of Anyshire Council", "Welcome to Anyshire Council".
_SITE_NAME_RE = regex.compile(
    r"(?i)^(?:this\s+is\s+the\s+(?:official\s+)?web\s?site\s+of|welcome\s+to)\s+"
)


def _banner_in(line: str) -> regex.Match[str] | None:
    """The banner a line is, opens before a spaced dash ("HARTSIDE COUNTY COUNCIL – RECORD
    OF DECISION"), or names as the site's own ("This is the website of Anyshire Council")."""
    if line[:1] in ("T", "W") and (site := _SITE_NAME_RE.match(line)):
        line = line[site.end() :]
    if " / " in line:  # "Cyngor Sir Glanmor / Glanmor County Council": either half
        welsh, _, english = line.partition(" / ")
        return banner_match(english.strip()) or banner_match(welsh.strip())
    found = banner_match(line)
    if not found and (parts := _at_dash(line)):
        found = banner_match(parts[0])
    return found


# Words that say what kind of council a name is. Stripped from the front of a name, they leave
# a name cut short: "CITY REGION COMBINED AUTHORITY" is the tail of "Fenwick City Region
# Combined Authority" (a banner cut at the page's edge), not a council called "Region".
_KIND_WORDS = frozenset("city county borough district town metropolitan region".split())


def _proper_name(name: str) -> str | None:
    words = name.split()
    while words and words[0].lower() in _GENERIC and not _names_a_place(words):
        if words[0].lower() in _KIND_WORDS and len(words) > 2:
            return None  # cut short: see _KIND_WORDS
        words = words[1:]
    if words and words[0].lower() in {"&", "and"}:
        return None
    # the words before "Council" or "Authority" (all of "City and County of Abermor")
    named = words[:-1] if words and words[-1].lower() in ("council", "authority") else words
    if len(words) < 2 or all(w.lower() in _GENERIC for w in named):
        return None
    if not all(map(_may_name, named)):
        return None
    return " ".join(_proper_word(w, first=i == 0) for i, w in enumerate(words))


def _may_name(word: str) -> bool:
    """Whether `word` may stand in a council's name (before its last word)."""
    lower = word.lower()
    return not (lower in _NOT_A_PLACE or lower in _PHRASE_WORDS or any(ch.isdigit() for ch in word))


def _names_a_place(words: list[str]) -> bool:
    """ "City of York Council", "Borough of Poole", "City and County of Abermor": the
    generic word is part of the name."""
    if len(words) > 4 and [w.lower() for w in words[:4]] == ["city", "and", "county", "of"]:
        return True
    return len(words) > 2 and words[1].lower() == "of" and words[2].lower() not in _GENERIC


def _proper_word(word: str, *, first: bool) -> str:
    parts = word.split("-")
    cased = [
        p.lower()
        if (i > 0 or not first) and p.lower() in _SMALL_WORDS
        else p[:1].upper() + p[1:].lower()
        for i, p in enumerate(parts)
    ]
    if len(parts) > 1:
        cased = [
            cased[0],
            *[c if c.lower() in _SMALL_WORDS else c[:1].upper() + c[1:] for c in cased[1:]],
        ]
    return "-".join(cased)


def authority_in_text(text: str) -> str | None:
    """The one council named in running text, if exactly one is named."""
    names = _names_in(text)
    return names.pop() if len(names) == 1 else None


def _names_in(text: str) -> set[str]:
    """Every council and combined authority that running text names.

    The pattern is tried only just before each "Council" and "Authority" (a scan of the
    whole text from every capitalised word cost more than the rest of the header)."""
    names = set()
    for word in ("Council", "Authority"):
        end = text.find(word)
        while end >= 0:
            end += len(word)
            for found in NAMED_COUNCIL_RE.finditer(text, max(0, end - _NAME_REACH), end + 4):
                if found.end() == end and (name := _named(found)):
                    names.add(name)
            end = text.find(word, end)
    return names


# How far before its "Council" a name may start ("Bath and North East Somerset Council").
_NAME_REACH = 120


def _named(found: regex.Match[str]) -> str | None:
    """The council a match names, with the "City of" the pattern stops after ("City of York
    Council": the pattern's words are capitalised, so it finds "York Council"), and without
    a body joined to it ("Cabinet and Millbrook Council" names "Millbrook Council")."""
    name = found.group("name")
    first, joiner, rest = name.partition(" and ") if " and " in name else name.partition(" & ")
    if joiner and first.lower() in _NOT_A_PLACE:
        return _proper_name(rest)
    before = found.string[max(0, found.start() - 11) : found.start()]
    prefix = _PLACE_OF_RE.search(before)
    return _proper_name((prefix.group(0) if prefix else "") + name)


def _cut_words(name: str) -> str | None:
    """The words of a banner cut short ("CITY REGION COMBINED AUTHORITY"), if they are."""
    words = name.split()
    return " ".join(words) if words[0].lower() in _KIND_WORDS and len(words) > 2 else None


# "Decision Maker: Greater Fenwick Combined Authority", "Made at meeting: 03/02/2025 -
# Greater Fenwick Combined Authority": a combined authority deciding is its own authority.
_AUTHORITY_FACTS = ("decision_maker", "meeting")


def read_authority(
    header_lines: Sequence[str],
    typed: Sequence[tuple[str, str]],
    facts: Sequence[Fact],
    text: str,
    log: DefectLog,
) -> str | None:
    """The council whose record this is, from the strongest place that names one.

    Strong places: a banner line in the header ("EASTMOOR CITY COUNCIL", "This is the website
    of Anyshire Council"), a banner before the document's kind on any line (`typed`, from
    `typed_banners`: "Anyshire City Council - Record of Decision"), and a combined authority
    named as the decision maker.
    Two different names in strong places give null and an `uncertain_field` defect. Only
    without any does running text count, and then only when it names exactly one council.
    """
    strong: dict[str, None] = {}
    cut = None
    for line in header_lines:
        found = _banner_in(line) if line else None
        if found is None:
            continue
        name = _proper_name(found.group("name"))
        if name:
            strong[name] = None
        elif cut is None:
            cut = _cut_words(found.group("name"))
    strong.update(dict.fromkeys(name for name, _ in typed))
    for fact in facts:
        if fact.name in _AUTHORITY_FACTS and "Authority" in fact.value:
            value = fact.value.strip()
            body = MEETING_VALUE_RE.match(value) if fact.name == "meeting" else None
            found = banner_match(body.group("body") if body else value)
            name = _proper_name(found.group("name")) if found else None
            if name and "Authority" in name:
                strong[name] = None
    if len(strong) > 1:
        log.add(
            "uncertain_field",
            f"two councils are named where the record names its own: {', '.join(strong)}",
            field="authority",
        )
        return None
    if strong:
        return next(iter(strong))
    if cut is not None:
        return _completed(cut, text, log)
    return authority_in_text(text)


def typed_banners(lines: Sequence[str]) -> list[tuple[str, str]]:
    """(council, document type) of every line that is a banner then the document's kind,
    wherever it stands: "Eastmoor City Council - Record of Decision" atop the text pasted
    under a listing's "Decision:" label."""
    found = []
    for line in lines:
        if (
            not line
            or not ("-" in line or "–" in line)
            or not says_any(line.lower(), _BANNER_WORDS)
        ):
            continue
        parts = _at_dash(line)
        kind = doc_type_match(parts[1].strip()) if parts else None
        name = _banner_authority(parts[0]) if parts and kind else None
        if name and kind:
            found.append((name, _title_case(kind.group("type"))))
    return found


def _completed(cut: str, text: str, log: DefectLog) -> str | None:
    """The full name of a banner cut short, where running text names one that ends with
    its words ("the Fenwick City Region Combined Authority" for "CITY REGION COMBINED
    AUTHORITY"); else null and an `uncertain_field` defect."""
    tail = cut.lower()
    fuller = {n for n in _names_in(text) if n.lower().endswith(tail) and len(n) > len(tail)}
    if len(fuller) == 1:
        return fuller.pop()
    log.add(
        "uncertain_field",
        f"the banner {cut!r} names no council in full, and the text does not complete it",
        field="authority",
    )
    return None


def _document_type(lines: Sequence[str]) -> tuple[str | None, str | None]:
    for position, line in enumerate(lines):
        found = doc_type_match(line) or _doc_type_after_dash(line)
        if not found:
            continue
        words = found.group("type")
        following = next((line for line in lines[position + 1 :] if line.strip()), "")
        if following.strip().lower() == "proforma" and "proforma" not in words.lower():
            words = f"{words} proforma"
        who = found.group("who")
        body = canonical_body(who.strip()) if who else _body_in(words)
        return _title_case(words), body
    return None, None


def _doc_type_after_dash(line: str) -> regex.Match[str] | None:
    """ "KENT COUNTY COUNCIL – RECORD OF DECISION": the document's kind after its banner."""
    parts = _at_dash(line)
    return doc_type_match(parts[1]) if parts and banner_match(parts[0]) else None


def _at_dash(line: str) -> tuple[str, str] | None:
    """The two sides of a line's first spaced dash ("Cabinet – 12 March 2025")."""
    if "-" not in line and "–" not in line:
        return None
    for dash in (" – ", " - "):
        head, found, tail = line.partition(dash)
        if found:
            return head, tail
    return None


def _body_in(words: str) -> str | None:
    found = BODY_RE.search(words)
    return canonical_body(found.group("body")) if found and found.start() == 0 else None


def _title_case(words: str) -> str:
    out = []
    for index, word in enumerate(words.split()):
        lower = word.lower()
        out.append(lower if index and lower in _SMALL_WORDS else lower.capitalize())
    return " ".join(out)


def _meeting_line(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """ "Cabinet Meeting 17th March 2022": the body and the date (maybe on the next line)."""
    for position, line in enumerate(lines):
        found = MEETING_LINE_RE.match(line) if line[:1] in _MEETING_INITIALS else None
        if not found:
            continue
        candidates = [
            found.group("rest"),
            *[x for x in lines[position + 1 : position + 5] if x][:2],
        ]
        date_text = next((c for c in candidates if c and parse_uk_date(c)), None)
        if date_text is not None:
            return canonical_body(found.group("body")), date_text
    return None, None


def _paragraphs(lines: Sequence[str]) -> list[str]:
    """The header lines joined into paragraphs (a meeting line wraps: "... taken at the
    decision meeting" / "held on Tuesday 4 June 2024 at 4.00 pm ...")."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _taken_by(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """ "The following decision was taken by the Cabinet Member for Environment and Climate
    on Friday, 3 May 2024" (wrapped over lines): who decided and when."""
    joined = " ".join(line for line in lines if line)
    found = TAKEN_BY_RE.search(joined)
    if not found or not parse_uk_date(found.group("date")):
        return None, None
    return found.group("who").strip(), found.group("date")


def _meeting_held(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """The body and date of "Minutes of the meeting of the Cabinet held on ..." or, failing
    a body there, of a header line that is only a body's name ("CABINET", "EXECUTIVE").

    The statement is the meeting's own only where it says "held" or opens its paragraph:
    "... be convened following Full Council on 12 December 2026" is a later meeting. A minute's
    or agenda item's heading ("14. MINUTES OF THE BOARD MEETING HELD ON 3 MAY 2026", a line
    under "EXB/212") names an earlier meeting whose minutes were approved."""
    alone = next((canonical_body(line) for line in lines if _is_body_name(line)), None)
    if not any(_names_meeting(line) for line in lines):  # most headers: no meeting named
        return alone, None
    for line in _paragraphs(_not_item_headings(lines)):
        found = MEETING_HELD_RE.search(line) if _may_say_held(line) else None
        if not found or not (
            "held" in found.group(0).lower() or _OPENING_RE.fullmatch(line, 0, found.start())
        ):
            continue
        if parse_uk_date(found.group("date") or found.group("date2") or ""):
            body = found.group("body") or found.group("body2")
            named = BODY_RE.fullmatch(body) if body else None
            return (canonical_body(named.group("body")) if named else alone), found.group(
                "date"
            ) or found.group("date2")
    return alone, None


# What may stand before a meeting statement without "held" that opens its paragraph:
# "Minutes of a meeting of the Cabinet on ...", "At a special meeting of the Executive on".
_OPENING_RE = regex.compile(
    r"(?i)(?:(?:minutes|notes|record)\s+of\s+|at\s+)?(?:(?:an?|the)\s+)?(?:\w+\s+)?"
)


def _names_meeting(line: str) -> bool:
    return "eting" in line or "ETING" in line  # "meeting", "Meeting", "MEETING"


def _not_item_headings(lines: Sequence[str]) -> list[str]:
    """`lines` with every minute and agenda item heading blanked."""
    return [
        ""
        if _names_meeting(line)  # only a line that names a meeting can mislead
        and (
            (line[:1].isdigit() and read_minute(line) is not None)
            or FILE_SIZE_RE.search(line) is not None
            or _after_item_mark(lines, position)
        )
        else line
        for position, line in enumerate(lines)
    ]


def _dated_heading(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """ "Cabinet - Monday, 17th June, 2024", "DECISIONS – Monday 27 January 2025": a short
    heading, a spaced dash, and nothing after it but a date."""
    for line in lines:
        head, tail = _split_dated(line)
        if (
            tail
            and len(head.split()) <= 5
            and only_a_date(tail)
            and not _OTHER_DATE_RE.search(head)
        ):
            named = BODY_RE.fullmatch(head)
            return (canonical_body(named.group("body")) if named else _board(head)), tail
    return None, None


# A heading that dates something other than the decision: "Published – 6 March 2026",
# "Call-in deadline – 13 March 2026", "Implementation - 20 March 2026".
_OTHER_DATE_RE = regex.compile(r"(?i)publi|effect|implement|call|deadline|expir|force|review")


# The last word of a deciding body's name: "EXECUTIVE BOARD", "Planning Committee".
_BOARD_WORDS = frozenset({"board", "committee", "sub-committee", "panel"})
# Words of a heading that names the page, not a body: "Decisions Committee" is not one.
_PAGE_WORDS = frozenset({"decision", "decisions", "minutes", "agenda", "meeting", "record"})


def _board(head: str) -> str | None:
    """ "EXECUTIVE BOARD" in "EXECUTIVE BOARD – 17 December 2026": a board or committee
    named alone before the meeting's date (as printed; capitals title-cased)."""
    words = head.lower().split()
    if not 2 <= len(words) <= 5 or words[-1] not in _BOARD_WORDS:
        return None
    if any(word in _PAGE_WORDS for word in words) or not head[:1].isupper():
        return None
    return _title_case(head) if head.isupper() else head


def _may_say_held(line: str) -> bool:
    """The words every match of MEETING_HELD_RE holds, tested before it."""
    lowered = line.lower()
    return "meeting" in lowered and " on " in lowered


def _split_dated(line: str) -> tuple[str, str]:
    """(heading, rest) of "DECISIONS – Monday 27 January 2025" or "MEETING, 20TH JANUARY
    2025" (a comma only after a word or two); ("", "") for other lines."""
    parts = _at_dash(line)
    if parts:
        return parts
    head, comma, tail = line.partition(", ")
    return (head, tail) if comma and len(head.split()) <= 2 else ("", "")


def _held_on(line: str) -> bool:
    """ "Meeting held on Wednesday 17 July 2024": the meeting's date line, never a title."""
    found = MEETING_HELD_RE.search(line)
    return (
        found is not None and parse_uk_date(found.group("date") or found.group("date2")) is not None
    )


def minute_item_title(lines: Sequence[str]) -> str | None:
    """The heading of the minute that holds the decision: the last numbered item heading
    before the first resolution lead-in ("RESOLVED that ..."). When that minute is a
    procedural one ("112. MINUTES", "23. Declarations of Interest"), there is no title: the
    heading of an earlier minute is not this decision's."""
    items = [
        (position, heading)
        for position, line in enumerate(lines)
        if line[:1].isdigit() and (heading := minute_heading(line)) is not None
    ]
    if not items:  # most records: no numbered minute at all, so no need to look further
        return None
    first = items[0][0]  # a lead-in before the first minute leaves no minute before it
    lead_in = next((i for i in range(first, len(lines)) if read_lead_in(lines[i])), None)
    before = [heading for position, heading in items if lead_in is not None and position < lead_in]
    return before[-1] if before else None


def minute_heading(line: str) -> str | None:
    """A minute's heading; "" when it names a section ("23. Declarations of Interest")."""
    minute = read_minute(line)
    if minute is None:
        return None
    parts = _at_dash(minute[1])  # "MINUTES – 4TH MAY 2026": a procedural minute too
    if match_heading(line) is not None or (parts and match_heading(parts[0]) is not None):
        return ""
    return FILE_SIZE_RE.sub("", minute[1]).strip()


def plain_title(lines: Sequence[str], before_decision: Sequence[str] = ()) -> str | None:
    """The title the header lines give: the line under a decision page's own heading, the
    heading of the agenda item the decision is under (read from `before_decision`, the
    lines before the decision's heading), else the first line that could be a title and
    starts a paragraph (the second line of a wrapped sentence, "... in the Council" /
    "Chamber, Barnsley Town Hall", never is)."""
    found = _title_under_page_heading(lines)
    if found:
        return found
    item = agenda_item_title(before_decision or lines)
    if item is not None:
        return item or None
    for position, line in enumerate(lines):
        previous = lines[position - 1] if position else ""
        if not _is_title_candidate(line) or _continues(previous):
            continue
        following = next((x for x in lines[position + 1 : position + 3] if x), "")
        if following[:1].islower() or line.rsplit(" ", 1)[-1].lower() in _RUN_ON_WORDS:
            # "A proposal to extend the contract for" / "meals on wheels ...": a sentence
            # wrapped over lines (or paragraphs, in a rendering), not a title
            return None
        line = AGENDA_ITEM_RE.sub("", AGENDA_NUMBER_RE.sub("", line))
        return FILE_SIZE_RE.sub("", line).strip()
    return None


# A title never ends on a joining word; a wrapped sentence's line does ("... costs and").
_RUN_ON_WORDS = frozenset("and or of the a an to for from with between by in on at as".split())
# "4." or "EXB/212" alone on a line: an agenda item's number or reference, above its heading.
_ITEM_MARK_RE = regex.compile(r"^(?:\d{1,4}\.?|[A-Z]{1,6}\s?/\s?\d{1,5}(?:/\d{1,4})?)$")


def _is_item_mark(line: str) -> bool:
    return 0 < len(line) <= 14 and line[0].isalnum() and _ITEM_MARK_RE.match(line) is not None


def agenda_item_title(lines: Sequence[str]) -> str | None:
    """The heading of the last agenda item in `lines`: a line holding only the item's number
    or reference ("4.", "EXB/212"), then the item's heading on the next line ("Bus Lane
    Review pdf icon PDF 120 KB", the link text dropped). "" when that item is a
    procedural one ("Apologies for Absence", "Declarations of Interest"); None with no item."""
    title = None
    for position, line in enumerate(lines[:-1]):
        if not _is_item_mark(line):
            continue
        heading = next((x for x in lines[position + 1 : position + 3] if x), "")
        if match_heading(heading) is not None:
            title = ""
        elif _is_item_heading_line(heading):
            title = FILE_SIZE_RE.sub("", heading).strip()
    return title


def _is_item_heading_line(line: str) -> bool:
    return (
        bool(line)
        and line[0].isupper()
        and not line.endswith((".", ":", ";"))
        and len(line.split()) <= 30
        and not is_chrome(line)
        and not NOT_A_TITLE_RE.search(line)
    )


def _after_item_mark(lines: Sequence[str], position: int) -> bool:
    """Whether the line at `position` is an agenda item's heading (under its number)."""
    previous = next((x for x in reversed(lines[max(0, position - 2) : position]) if x), "")
    return _is_item_mark(previous)


# ModernGov's decision page heads the decision's own title with "Decision details".
_PAGE_HEADINGS = frozenset({"decision details"})


def _title_under_page_heading(lines: Sequence[str]) -> str | None:
    """The line under a decision page's heading ("Decision details" then "K-03-24: Cabinet
    14 March 2024"): the page's title for the decision, whatever its shape, unless it is
    a label of the record ("Decision Maker: Cabinet") or more chrome."""
    for position, line in enumerate(lines):
        if line.lower() not in _PAGE_HEADINGS:
            continue
        following = next((x for x in lines[position + 1 : position + 3] if x), "")
        if not following or following.startswith(("- ", "• ")) or is_chrome(following):
            return None  # a menu's bullets ("- General", "- Reports") under the heading
        if following.endswith((".", ":")) or _speaks_of_page(following):
            return None
        label = _LABEL_OF_RE.match(following)
        if label and match_heading(following) is not None:
            return None
        return following
    return None


_LABEL_OF_RE = regex.compile(r"^[^:]{1,60}:\s")
# A line that speaks of the web page or to its reader: "If you use a screen reader on this
# page ...", "This is the website of Anyshire Council", "We use cookies ...".
_READER_RE = regex.compile(
    r"(?i)\bscreen\s?readers?\b|\bcookies\b|\bjavascript\b|\bthis\s+(?:web\s?)?(?:page|site)\b"
    r"|\b(?:the|our)\s+web\s?site\b|\byou\s+(?:are|can|may|will|have)\b|\ballows\s+you\b"
)
_READER_WORDS = ("screen", "cookie", "javascript", "page", "site", "you")


def _speaks_of_page(line: str) -> bool:
    return says_any(line.lower(), _READER_WORDS) and _READER_RE.search(line) is not None


def _continues(previous: str) -> bool:
    """Whether the line after `previous` carries on its sentence."""
    if not previous.strip() or previous.endswith((".", ":", ";", "!", "?", ")")):
        return False
    page_furniture = is_chrome(previous) or doc_type_match(previous)
    named = banner_match(previous) or _is_body_name(previous)
    generic = previous.lower() in ("decision", "decisions", "minutes", "proforma")
    label = bool(NOT_A_TITLE_RE.search(previous))
    return not (page_furniture or named or generic or label)


def _is_title_candidate(line: str) -> bool:
    # The shape first (cheap), then the patterns. A bullet ("- General", "• Reports") is a
    # page's tab or menu entry.
    if not line or line.endswith((".", ":", ";")) or line.startswith(("(", "To ", "- ", "• ")):
        return False
    if _speaks_of_page(line) or _is_item_mark(line) or line.endswith((" -", " –")):
        return False  # (a heading that ends in a dash runs on into its minute's text)
    if _dated_heading([line])[1] is not None:
        return False  # "Cabinet - Tuesday, 27th June, 2023 2.00 pm": the meeting, not a title
    if len(line.split()) > 30:
        return False
    if is_chrome(line) or doc_type_match(line) or _banner_in(line):
        return False
    if OFFICE_RE.fullmatch(line):  # "Cabinet Member for Infrastructure": who, not what
        return False
    if (
        MEETING_LINE_RE.match(line)
        or FILE_SIZE_RE.fullmatch(line)
        or NUMBERS_ONLY_RE.fullmatch(line)
    ):
        return False
    if line.lower() in ("decision", "decisions", "minutes", "decision notice", "proforma"):
        return False
    held = _may_say_held(line) and _held_on(line)
    if NOT_A_TITLE_RE.search(line) or _is_body_name(line) or held:
        return False
    return parse_uk_date(line) is None or len(line) > 40


def maker_from_facts(facts: Sequence[Fact]) -> str | None:
    """ "Decision Maker: Cabinet", else the body of "Made at meeting: 17/06/2024 - Cabinet"."""
    found = maker_fact(facts)
    return found[0] if found is not None else None


def maker_fact(facts: Sequence[Fact]) -> tuple[str, Fact] | None:
    """`maker_from_facts`, with the fact the maker was read from."""
    for fact in facts:
        if fact.name == "decision_maker" and fact.value:
            return fact.value.strip(), fact
    for fact in facts:  # "Cabinet Member: Cabinet Member for Highways" (not a person's name)
        if fact.name == "office_holder" and OFFICE_RE.fullmatch(fact.value.strip()):
            return fact.value.strip(), fact
    for fact in facts:
        if fact.name == "meeting":
            found = MEETING_VALUE_RE.match(fact.value)
            if found and parse_uk_date(found.group("date")):
                return found.group("body").strip(), fact
        if fact.name == "decision_date":
            body = _body_in(fact.label)
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


def published_from_sign_off(lines: Sequence[str]) -> str | None:
    """ "Proper Officer" then "21 March 2022"."""
    for position, line in enumerate(lines):
        found = PROPER_OFFICER_RE.match(line) if line[:1] in ("P", "p") else None
        if not found:
            continue
        for candidate in (
            found.group("rest"),
            *[x for x in lines[position + 1 : position + 5] if x][:2],
        ):
            if candidate and parse_uk_date(candidate):
                return candidate
    return None
