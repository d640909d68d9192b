"""The council that made the decision, as a proper name: from a banner ("STOCKTON-ON-TEES
BOROUGH COUNCIL"), a standalone "X Council" line, "City of X", a Welsh bilingual banner, or a
listing's meeting facts; never from a phrase inside a sentence ("the Local Council Tax
Reduction Scheme").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..defects import DefectLog
from ..structure.sections import Fact
from ..wording.banners import BANNER_WORDS, MEETING_VALUE_RE, banner_match
from ..wording.dates import MONTH_WORDS
from ..wording.documents import doc_type_match
from ..wording.lines import POSTCODE_RE, at_dash, bilingual_halves
from ..wording.offices import PERSON_TITLE
from ..wording.vocabulary import BODY_RE, MEETING_WORDS, says_any
from .authorities import match_authority
from .phrasing import SMALL_WORDS, title_case

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


_GENERIC = (
    frozenset(
        "the that a an county borough city district town parish metropolitan this our each "
        "every members member and of".split()
    )
    | MEETING_WORDS
    | MONTH_WORDS
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


def _banner_authority(line: str) -> str | None:
    found = banner_in(line)
    return _proper_name(found.group("name")) if found else None


# A site's name line: "This is the website of Anyshire Council", "Welcome to Anyshire Council".
_SITE_NAME_RE = regex.compile(
    r"(?i)^(?:this\s+is\s+the\s+(?:official\s+)?web\s?site\s+of|welcome\s+to)\s+"
)


# A line that opens on a person's title names a person ("Councillor Imran Saddiq      Bradford
# Council": who attended, for whom), never the council's banner.
_PERSON_OPENING_RE = regex.compile(PERSON_TITLE + r"\s|COUNCILLORS?\s")
_MARKING_AT_END_RE = regex.compile(r"\s+OFFICIAL(?:\s*[–-]?\s*SENSITIVE)?\s*$")


def banner_in(line: str) -> regex.Match[str] | None:
    """The banner a line is, opens before a spaced dash ("HARTSIDE COUNTY COUNCIL – RECORD
    OF DECISION"), or names as the site's own ("This is the website of Anyshire Council")."""
    if not says_any(line.lower(), BANNER_WORDS):
        return None  # every banner tried below is a part of the line, and says one of them
    if _PERSON_OPENING_RE.match(line) or line[:1].islower():
        return None  # (nor "the West Yorkshire Combined Authority Active Travel Fund for", a
        # sentence's wrapped line)
    if "OFFICIAL" in line:
        # "London Borough of Richmond upon Thames   OFFICIAL": the page's security marking
        # ends the running header; it is no word of the name
        line = _MARKING_AT_END_RE.sub("", line)
    if line[:1] in ("T", "W") and (site := _SITE_NAME_RE.match(line)):
        line = line[site.end() :]
    if " / " in line or " | " in line:
        # "Cyngor Sir Glanmor / Glanmor County Council", "Newport City Council / Cyngor Dinas
        # Casnewydd": either half, the English one first
        return next(
            (found for half in bilingual_halves(line) if (found := banner_match(half))), None
        )
    found = banner_match(line)
    if not found and " CYNGOR " in line.upper():
        # "POWYS COUNTY COUNCIL          CYNGOR SIR POWYS": the English name, then the
        # Welsh, a gap between them (closed up)
        english = line[: line.upper().index(" CYNGOR ")]
        found = banner_match(english) if english.split()[-1].lower() == "council" else None
    if not found and (parts := at_dash(line) or _at_colon_kind(line)):
        found = banner_match(parts[0]) or _banner_over_body(parts[0])
    return found or _registered_then_label(line)


# "Derby City Council                    Unconfirmed Minutes", "LONDON BOROUGH OF CAMDEN
# WARDS: Kilburn;": a running header's banner, then the page's own label or a cell across a
# gap (closed up). The banner is the longest opening of the line that is a council the
# register holds (any words could follow a name that is none).
_MAX_BANNER_WORDS = 8


def _registered_then_label(line: str) -> regex.Match[str] | None:
    """The banner a header line opens with, before words of its own that open in capitals."""
    words = line.split()
    for count in range(min(len(words) - 1, _MAX_BANNER_WORDS), 1, -1):
        if not words[count][:1].isupper():
            continue
        banner = " ".join(words[:count])
        found = banner_match(banner)
        if found is not None and found.end() == len(banner) and match_authority(banner):
            return found
    return None


# A page's running header: the council, then the body whose meeting it records, then the
# date ("Erewash Borough Council          Cabinet – 12 June 2025", its gap closed up).
_BANNER_THEN_BODY_RE = regex.compile(r"^(?P<banner>.+?\b(?i:council))\s+(?P<body>\S.{0,39})$")


def _banner_over_body(head: str) -> regex.Match[str] | None:
    found = _BANNER_THEN_BODY_RE.match(head)
    if found is None or BODY_RE.fullmatch(found.group("body")) is None:
        return None
    return banner_match(found.group("banner"))


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
    # the words before "Council" or "Authority" (all of "City and County of Abermor"), or
    # after the "Council of" a name opens on ("Borough Council of King's Lynn & West Norfolk")
    named = words[:-1] if words and words[-1].lower() in ("council", "authority") else words
    if _kind_of_place(words) and match_authority(" ".join(words)) is None:
        return None  # "BOROUGH OF BROXBOURNE": a rarer shape, so a place the register holds
    opening = _COUNCIL_OF_RE.match(" ".join(words))
    if opening is not None:
        # a rarer shape, so a name the register holds ("Council of the Year" is none)
        if match_authority(" ".join(words)) is None:
            return None
        named = opening.group("place").split()
    if len(words) < 2 or all(w.lower() in _GENERIC for w in named):
        return None
    if not all(map(_may_name, named)):
        return None
    return " ".join(_proper_word(w, first=i == 0) for i, w in enumerate(words))


def _may_name(word: str) -> bool:
    """Whether `word` may stand in a council's name (before its last word)."""
    lower = word.lower()
    return not (lower in _NOT_A_PLACE or lower in _PHRASE_WORDS or any(map(str.isdigit, word)))


# A name that says its kind before its place: "Borough Council of King's Lynn & West
# Norfolk", "Council of the Isles of Scilly".
_COUNCIL_OF_RE = regex.compile(
    r"(?i)^(?:(?:borough|district|county)\s+)?council\s+of\s+(?:the\s+)?(?P<place>\S.*)$"
)


def _kind_of_place(words: list[str]) -> bool:
    """ "Borough of Broxbourne", "District of Anyshire": the kind, "of", then the place."""
    return (
        len(words) > 2 and words[0].lower() in ("borough", "district") and words[1].lower() == "of"
    )


def _names_a_place(words: list[str]) -> bool:
    """ "City of York Council", "Borough of Poole", "City and County of Abermor": the
    generic word is part of the name."""
    if len(words) > 4 and [w.lower() for w in words[:4]] == ["city", "and", "county", "of"]:
        return True
    if len(words) > 2 and _COUNCIL_OF_RE.match(" ".join(words)):
        return True
    return len(words) > 2 and words[1].lower() == "of" and words[2].lower() not in _GENERIC


def _proper_word(word: str, *, first: bool) -> str:
    parts = word.split("-")
    cased = [
        p.lower()
        if (i > 0 or not first) and p.lower() in SMALL_WORDS
        else p[:1].upper() + p[1:].lower()
        for i, p in enumerate(parts)
    ]
    if len(parts) > 1:
        cased = [
            cased[0],
            *[c if c.lower() in SMALL_WORDS else c[:1].upper() + c[1:] for c in cased[1:]],
        ]
    return "-".join(cased)


def authority_in_text(text: str) -> str | None:
    """The one council named in running text, if exactly one is named."""
    names = _names_in(text)
    if "Borough of " in text:
        names |= _boroughs_in(text)
    return names.pop() if len(names) == 1 else None


# A London or royal borough named in running text, its name ending before a possessive or
# a word in lower case: "under the Royal Borough of Greenwich's Building Services
# Framework", "the London Borough of Barking and Dagenham".
_BOROUGH_OF_RE = regex.compile(
    r"\b(?:London|Royal)\s+Borough\s+of\s+[A-Z][a-z]+(?:-[A-Za-z]+)*"
    r"(?:\s+(?:(?:upon|and)\s+)?[A-Z][a-z]+(?:-[A-Za-z]+)*)*"
)


def _boroughs_in(text: str) -> set[str]:
    """The boroughs `_BOROUGH_OF_RE` finds that the register holds, by its spelling."""
    return {
        " ".join(found.group(0).split())
        for found in _BOROUGH_OF_RE.finditer(text)
        if match_authority(found.group(0)) is not None
    }


def _names_in(text: str) -> set[str]:
    """Every council and combined authority that running text names.

    The pattern is tried only just before each "Council" and "Authority" (a scan of the
    whole text from every capitalised word cost more than the rest of the header), and only
    from the last place a name could start: the pattern's matches there are the same as
    from further back, as none reaches across a stop or a word in lower case (`_NAME_BREAK_RE`)."""
    names = set()
    for word in ("Council", "Authority"):
        end = text.find(word)
        while end >= 0:
            end += len(word)
            if _may_end_a_name(text, end):
                for found in NAMED_COUNCIL_RE.finditer(text, _name_reach(text, end), end + 4):
                    if found.end() == end and (name := _named(found)):
                        names.add(name)
            end = text.find(word, end)
    return names


# How far before its "Council" a name may start ("Bath and North East Somerset Council").
_NAME_REACH = 120
# What no council's name holds: a stop or a bracket, a line break ("Cabinet Member for
# Housing.\nMillbrook Council": the name starts after it), a word in lower case other than
# the joining words a name may hold ("the report to Millbrook Council": not "to", but "Kingston
# upon Hull City Council" and "Telford and Wrekin Council"). Found backwards from the
# "Council" (`(?r)`): the nearest one.
_NAME_BREAK_RE = regex.compile(
    r"(?r)[^\w'’&\- \t]|(?<=[ \t])(?!(?:and|with|on|upon|under)[ \t])[a-z]"
)
# What the pattern asks of the text right after a name: "Council" ends a word and no
# capitalised word follows ("the Local Council Tax Reduction Scheme", "Councillor Smith").
_NAME_END_RE = regex.compile(r"(?!\w)(?![ \t]+[A-Z][a-z])")


def _may_end_a_name(text: str, end: int) -> bool:
    """Whether a name may end at `end` (the pattern's own test there, on the same 4
    characters its search sees), before the search looks back for where it starts."""
    return _NAME_END_RE.match(text, end, end + 4) is not None


def _name_reach(text: str, end: int) -> int:
    """Where the search for a name ending at `end` starts: `_NAME_REACH` back, or just after
    the last break before it (a name found across a break would hold it)."""
    start = max(0, end - _NAME_REACH)
    found = _NAME_BREAK_RE.search(text, start, end)
    return found.end() if found is not None else start


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


def _one_council(names: list[str]) -> str | None:
    """The name to give when every one of `names` is the same council of the register
    ("Monmouthshire County Council" over "Cyngor Sir Fynwy"): the first not in Welsh."""
    entries = {match_authority(name) for name in names}
    if len(entries) != 1 or None in entries:
        return None
    return next((n for n in names if not n.lower().startswith("cyngor")), names[0])


def _cut_words(name: str) -> str | None:
    """The words of a banner cut short ("CITY REGION COMBINED AUTHORITY"), if they are."""
    words = name.split()
    return " ".join(words) if words[0].lower() in _KIND_WORDS and len(words) > 2 else None


# "Decision Maker: Greater Fenwick Combined Authority", "Made at meeting: 03/02/2025 -
# Greater Fenwick Combined Authority": a combined authority deciding is its own authority.
_AUTHORITY_FACTS = ("decision_maker", "meeting")
_AUTHORITY_BODY_RE = regex.compile(r"(?<=Authority)\s+(?:Board|Cabinet|Committee|Executive)$")


def read_authority(
    header_lines: Sequence[str],
    typed: Sequence[tuple[str, str]],
    facts: Sequence[Fact],
    text: str,
    log: DefectLog,
    furniture: Sequence[str] = (),
) -> str | None:
    """The council whose record this is, from the strongest place that names one.

    Strong places: a banner line in the header ("EASTMOOR CITY COUNCIL", "This is the website
    of Anyshire Council"), a banner before the document's kind on any line (`typed`, from
    `typed_banners`: "Anyshire City Council - Record of Decision"), and a combined authority
    named as the decision maker.
    Two different names in strong places give null and an `uncertain_field` defect. Only
    without any do the page's furniture (running headers and footers taken out of the text)
    and then running text count, each only when it names exactly one council.
    """
    strong: dict[str, None] = {}
    cut = None
    for position, line in enumerate(header_lines):
        found = banner_in(line) if line else None
        if found is None and line and (wrapped := _banner_wrapped(header_lines, position)):
            found = wrapped
        if found is None and line and "eting of" in line.lower():
            met = _MEETING_OF_BODY_RE.search(line)
            found = banner_in(met.group("body")) if met is not None else None
        if found is None and line and ":" in line[:24]:
            labelled = _COUNCIL_LABEL_RE.match(line)
            found = banner_in(labelled.group("name")) if labelled is not None else None
        if found is None:
            if (listed := _listed_places(line)) is not None:
                strong[listed] = None
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
            named = body.group("body") if body else value
            # "South Yorkshire Mayoral Combined Authority Board": the authority's board
            found = banner_match(_AUTHORITY_BODY_RE.sub("", named))
            name = _proper_name(found.group("name")) if found else None
            if name and "Authority" in name:
                strong[name] = None
    if len(strong) > 1:
        # "Ben Stacey      West Yorkshire Combined Authority" in a list of who attended, its
        # gap closed up: the authority's name, after a person's
        strong = {
            name: None
            for name in strong
            if not any(name != other and name.endswith(" " + other) for other in strong)
        }
    if len(strong) > 1 and (one := _one_council(list(strong))) is not None:
        return one
    english = [name for name in strong if not name.lower().startswith("cyngor")]
    if len(strong) > 1 and len(english) == 1:
        # "CYNGOR SIR CAERFYRDDIN" over "CARMARTHENSHIRE COUNTY COUNCIL": the council's
        # Welsh name over its English one, the name the record is kept under
        return english[0]
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
    return (
        _furniture_banner(furniture)
        or _registered(authority_in_text(text), log)
        or _addressed(text)
    )


def _banner_wrapped(lines: Sequence[str], position: int) -> regex.Match[str] | None:
    """A banner wrapped onto the line under it: "CAMBRIDGESHIRE AND PETERBOROUGH" /
    "COMBINED AUTHORITY" (the second line a few words, in the first one's capitals)."""
    line = lines[position]
    below = lines[position + 1] if position + 1 < len(lines) else ""
    if not below or len(below.split()) > _MAX_BANNER_TAIL_WORDS:
        return None
    if line.isupper() != below.isupper() or banner_in(below) is not None:
        return None  # ("CABINET" over "BROMLEY COUNCIL": the banner is the line below)
    return banner_in(f"{line} {below}")


_MAX_BANNER_TAIL_WORDS = 3


def _furniture_banner(furniture: Sequence[str]) -> str | None:
    """The one council the page furniture's banners name ("Hastings Borough Council -
    Cabinet - Minutes - 2 December 2019   Page 3 of 6", a running header taken out of the
    text): read only where the text's own header names none."""
    names = {
        name
        for line in furniture
        if (found := banner_in(line) or _site_of_page_title(line)) is not None
        and (name := _proper_name(found.group("name")))
    }
    return names.pop() if len(names) == 1 else None


def _site_of_page_title(line: str) -> regex.Match[str] | None:
    """The council a printed web page's title names last, after its dash: "05/10/2025, 14:22
    Decisions - Somerset Council" (the time it was printed, the page, the site)."""
    site = line.rsplit(" - ", 1)[-1] if " - " in line else None
    return banner_match(site) if site else None


# A form's row naming its council: "Council: Cheshire West and Chester Council", "Name of
# authority: Greater Manchester Combined Authority".
_COUNCIL_LABEL_RE = regex.compile(
    r"(?i)^(?:name of (?:the )?)?(?:local )?(?:council|authority)\s*:\s*(?P<name>\S.{3,80})$"
)

# "MINUTES OF THE MEETING OF THE WEST YORKSHIRE COMBINED AUTHORITY": a meeting of the
# authority itself, which the line names as its banner would.
_MEETING_OF_BODY_RE = regex.compile(
    r"(?i)\bmeeting\s+of\s+(?:the\s+)?(?P<body>[^,;.]{4,80}?)(?:\s+held\b.*)?$"
)


def _listed_places(line: str) -> str | None:
    """A banner naming a council of several places, one a comma sets apart, where the
    register names it so: "Bournemouth, Christchurch and Poole Council" (the banner's
    pattern reads words, never a list of them)."""
    line = line.strip()
    if ", " not in line or not line.lower().endswith(" council"):
        return None
    entry = match_authority(line)
    if entry is None or "," not in entry.name or entry.name.lower() not in line.lower():
        return None
    return " ".join(_proper_word(word, first=i == 0) for i, word in enumerate(line.split()))


def _registered(name: str | None, log: DefectLog) -> str | None:
    """A council that running text alone names, where the register holds it: the weakest
    evidence, so a name it lacks ("Members of the Court of Common Council") is null with an
    `uncertain_field` defect, not a council."""
    if name is None or match_authority(name) is not None:
        return name
    log.add(
        "uncertain_field",
        f"only the record's running text names a council, {name!r}, and the register of "
        "authorities holds no such council",
        field="authority",
    )
    return None


def _addressed(text: str) -> str | None:
    """The council whose address a line gives, where no banner names one: "London Borough
    of Camden, 5 Pancras Square, London N1C 4AG" at a page's foot. One council only."""
    names = set()
    for line in text.splitlines():
        name, comma, rest = line.partition(", ")
        if comma and line[-1:].isalpha() and POSTCODE_RE.search(rest):
            found = banner_match(name.strip())
            proper = _proper_name(found.group("name")) if found else None
            if proper:
                names.add(proper)
    return names.pop() if len(names) == 1 else None


def typed_banners(lines: Sequence[str]) -> list[tuple[str, str]]:
    """(council, document type) of every line that is a banner then the document's kind,
    wherever it stands: "Eastmoor City Council - Record of Decision" atop the text pasted
    under a listing's "Decision:" label."""
    found = []
    for line in lines:
        if not line or not ("-" in line or "–" in line or ": " in line):
            continue
        if not says_any(line.lower(), BANNER_WORDS):
            continue
        # ("Leeds City Council: DELEGATED DECISION NOTICE", a drawn table's two cells)
        parts = at_dash(line) or _at_colon(line)
        kind = doc_type_match(parts[1].strip()) if parts else None
        name = _banner_authority(parts[0]) if parts and kind else None
        if name and kind:
            found.append((name, title_case(kind.group("type"))))
    return found


def _at_colon(line: str) -> tuple[str, str] | None:
    head, colon, tail = line.partition(": ")
    return (head, tail) if colon else None


def _at_colon_kind(line: str) -> tuple[str, str] | None:
    """A banner and the record's kind a colon parts ("Leeds City Council: DELEGATED DECISION
    NOTICE", a drawn table's two cells); not a banner and a label ("... CAMDEN WARDS:
    Kilburn")."""
    parts = _at_colon(line)
    return parts if parts is not None and doc_type_match(parts[1].strip()) else None


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
