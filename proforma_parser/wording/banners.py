"""Council banners and meeting lines as printed at the head of a record ("CAMBRIDGE CITY
COUNCIL", "Cabinet Meeting 17th March 2022"): the shapes that the header readers and the
record splitter both look for.
"""

from __future__ import annotations

import regex

from .vocabulary import (
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
BANNER_WORDS = ("council", "borough", "authority", "county of")


def banner_match(line: str) -> regex.Match[str] | None:
    """The match of BANNER_RE on `line`, if it is a council's banner."""
    if not says_any(line.lower(), BANNER_WORDS):
        return None
    return BANNER_RE.match(line)


# "Cabinet Meeting17th March 2022" (glued), "Cabinet Meeting .... 16 January 2025"
MEETING_LINE_RE = regex.compile(
    r"(?i)^(?P<body>cabinet|executive|council)\s*meeting\s*:?\s*(?P<rest>.*)$"
)


# The letters MEETING_LINE_RE can open with (Cabinet, Executive, Council), tested first.
MEETING_INITIALS = ("C", "c", "E", "e")


# "17/06/2024 - Cabinet", "07/12/2021 - Cabinet (Item 61)"
MEETING_VALUE_RE = regex.compile(r"^(?P<date>.+?)\s+[-–]\s+(?P<body>[^()]+?)(?:\s*\(.*\))?$")

# A listing's dated title line:
# "07/01/2020 - Proposed Council Tax Support Scheme 2020/21 ref: 3871    For Determination"
DATED_TITLE_RE = regex.compile(
    r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+[-–]\s+(?P<title>.+?)"
    r"(?:\s+ref:\s*(?P<ref>\S+)(?:\s+(?P<status>.+))?)?$"
)
