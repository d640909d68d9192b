"""Council banners and meeting lines as printed at the head of a record ("CAMBRIDGE CITY
COUNCIL", "Cabinet Meeting 17th March 2022"): the shapes that the header readers and the
record splitter both look for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from .registry import Wording, alternation, keywords
from .vocabulary import says_any

# A council's banner, one row per shape, matched whole in any case. A Welsh bilingual
# banner's Welsh half is dropped first: "CYNGOR SIR CEREDIGION COUNTY COUNCIL" ->
# "Ceredigion County Council".
BANNERS: Final = (
    # up to five words of a place (an ampersand may join two: "Telford & Wrekin Council")
    Wording(
        "authority_banner",
        r"(?:(?:[\w'’.]+(?:-[\w'’]+)*|&)\s+){1,5}?(?:(?:metropolitan\s+)?borough\s+"
        r"|city\s+|county\s+|district\s+|town\s+)?council",
        "HARROWDALE BOROUGH COUNCIL",
        also=(
            "North Vale City Council",
            "Ashby & Wold District Council",
            "Upper Marsh-on-Sea Metropolitan Borough Council",
        ),
    ),
    Wording(
        "authority_banner",
        r"(?:london|royal)\s+borough\s+of\s+[\w'’& -]{2,40}",
        "London Borough of Harrowdale",
        also=("Royal Borough of Kingsmere and Wold",),
    ),
    Wording(
        "authority_banner",
        r"city\s+of\s+[\w'’ -]{2,30}\s+council",
        "City of Harrowdale Council",
    ),
    # the kind of council before its place, read only for a place the register holds
    # (`fields/council.py`), so its examples are real councils
    Wording(
        "authority_banner",
        r"(?:(?:borough|district|county)\s+)?council\s+of\s+(?:the\s+)?[\w'’& -]{2,40}",
        "Borough Council of King's Lynn & West Norfolk",
        also=("Council of the Isles of Scilly",),
    ),
    Wording(
        "authority_banner",
        r"(?:borough|district)\s+of\s+[\w'’& -]{2,40}",
        "Borough of Broxbourne",
    ),
    # a Welsh council known by its Welsh name alone: "Cyngor Gwynedd"
    Wording(
        "authority_banner",
        r"cyngor\s+(?:[\w'’-]+\s+){0,3}[\w'’-]{3,30}",
        "Cyngor Glanmor",
        also=("Cyngor Sir Glanmor",),
    ),
    Wording("authority_banner", r"city\s+of\s+london\s+corporation", "City of London Corporation"),
    Wording(
        "authority_banner",
        r"city\s+and\s+county\s+of\s+[\w'’ -]{2,30}",
        "City and County of Harrowdale",
    ),
    Wording(
        "authority_banner",
        r"(?:[\w'’-]+\s+){1,5}combined\s+(?:county\s+)?authority",
        "North Vale Combined Authority",
        also=("North Vale Combined County Authority",),
    ),
    Wording("authority_banner", r"greater\s+london\s+authority", "Greater London Authority"),
)

BANNER_RE = regex.compile(
    r"(?i)^(?:the\s+)?(?:cyngor(?:\s+(?:sir|bwrdeistref\s+sirol|dinas))?\s+(?=\S+\s+\S))?"
    r"(?P<name>" + alternation(BANNERS, named=False) + r")$"
)


# Every banner names one of these (for each row, the longest word that all its examples
# hold and its pattern spells out); most lines name none, and a substring test is far
# cheaper than the pattern.
BANNER_WORDS = keywords(BANNERS)


def banner_match(line: str) -> regex.Match[str] | None:
    """The match of BANNER_RE on `line`, if it is a council's banner."""
    if not says_any(line.lower(), BANNER_WORDS):
        return None
    return BANNER_RE.match(line)


# "Cabinet Meeting17th March 2022" (glued), "Cabinet Meeting .... 16 January 2025": the
# bodies whose meeting a header line names.
MEETING_BODIES: Final = (
    Wording("meeting", r"cabinet", "Cabinet Meeting 17th March 2022"),
    Wording(
        "meeting",
        r"executive(?:\s+(?:committee|board))?",
        "Executive Meeting .... 16 January 2025",
        also=("Executive Committee Meeting 13th February 2024",),
    ),
    Wording("meeting", r"council", "Council meeting: 3 May 2024"),
)
MEETING_LINE_RE = regex.compile(
    r"(?i)^(?P<body>"
    + alternation(MEETING_BODIES, named=False)
    + r")\s*meeting\s*:?\s*(?P<rest>.*)$"
)


# The letters MEETING_LINE_RE can open with (Cabinet, Executive, Council), tested first:
# the first letters of the rows' examples, in both cases.
MEETING_INITIALS = tuple(
    sorted({c for row in MEETING_BODIES for c in (row.example[0].upper(), row.example[0].lower())})
)


# "17/06/2024 - Cabinet", "07/12/2021 - Cabinet (Item 61)"
MEETING_VALUE_RE = regex.compile(r"^(?P<date>.+?)\s+[-–]\s+(?P<body>[^()]+?)(?:\s*\(.*\))?$")

# A listing's dated title line:
# "07/01/2020 - Proposed Council Tax Support Scheme 2020/21 ref: 3871    For Determination"
# ... and without its "ref:", the status ModernGov prints after the title, from the
# system's own list: "09/12/2025 - Hertford Castle Management Plan    Recommendations
# Approved" (the column's spaces are one once the text is normalised).
LISTING_STATUS = (
    r"(?i:recommendations?\s+(?:approved|amended|agreed|noted)|for\s+determination"
    r"|decision\s+made|item\s+deferred"
    # (its Welsh interface: "Argymhellion wedi'u Cymeradwyo", recommendations approved)
    r"|argymhellion\s+wedi['’]u\s+cymeradwyo)(?:\s+\((?i:subject\s+to\s+call-in)\))?"
)
LISTING_STATUS_RE = regex.compile(LISTING_STATUS)
# ... and the other way round, an issue's title then its date, as ModernGov's "Decisions"
# page lists them: "Garden Waste Charges 2026/27 - 13/02/2026"
ISSUE_DATE_AFTER_RE = regex.compile(r"\s+[-–]\s+(?P<date>\d{1,2}/\d{1,2}/\d{4})$")
DATED_TITLE_RE = regex.compile(
    r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+[-–]\s+(?P<title>.+?)"
    r"(?:\s+(?:ref|cyf):\s*(?P<ref>\S+)(?:\s+(?P<status>.+))?|\s+(?P<status>"
    + LISTING_STATUS
    + r"))?$"
)


def opens_with_listing_date(line: str) -> bool:
    """Whether `line` may open with a listing's date ("07/01/2020 - ..."): a digit, and a
    slash after the day's one or two digits (the one test for most lines)."""
    return line[:1].isdigit() and "/" in line[1:3]


def listing_entry(lines: Sequence[str], position: int) -> regex.Match[str] | None:
    """DATED_TITLE_RE's match of the listing's dated line at `position`, with its wrapped end
    where the line stops before its reference: "12/09/2023 - Park and Ride - Revised
    Tariffs" / "and Operating Hours ref: 4187    Recommendations Approved" (a blank line
    between, in a rendering)."""
    found = DATED_TITLE_RE.match(lines[position])
    if found is None or found.group("ref") or found.group("status"):
        return found
    after = [line for line in lines[position + 1 : position + 5] if line][:2]
    if not after or opens_with_listing_date(after[0]):
        return found
    if " ref: " not in f" {after[0]}":
        # ... and its reference's number set apart too: "Experimental Order made permanent
        # ref:" / "6120 Recommendations Approved (subject to call-in)"
        if not after[0].endswith(" ref:") or len(after) < 2:
            return found
        after = [f"{after[0]} {after[1]}"]
    joined = DATED_TITLE_RE.match(f"{lines[position]} {after[0]}")
    return joined if joined is not None and joined.group("ref") else found
