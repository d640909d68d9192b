"""Dates as councils print them: day-first, always with a year, never guessed.

``find_dates`` returns every real date in a text with its span and the weekday and time of day
printed with it; ``find_bad_dates`` returns what is shaped like a date but cannot be one
("31 February 2022", "13/13/2020"); ``deadline_of`` turns a call-in date into the instant at
which it ends, in Europe/London.

Nothing is defaulted: a date with no year ("Friday 24th February") is not a date, and numeric
dates are read day-first or year-first, never month-first ("06/17/2024" is a bad date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal
from zoneinfo import ZoneInfo

import regex

from .scan import lowered

__all__ = [
    "BadDate",
    "DateMatch",
    "deadline_of",
    "find_bad_dates",
    "find_dates",
    "find_first_date",
    "only_a_date",
    "parse_uk_date",
]

LONDON = ZoneInfo("Europe/London")

# The months in Welsh, as a bilingual council prints its dates ("24 Ionawr 2025", "14 Medi
# 2016 / 14 September 2016"); no two share their first three letters with an English one.
_WELSH_MONTHS = (
    "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi",
    "hydref", "tachwedd", "rhagfyr",
)  # fmt: skip
# Month names as printed.
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
    *_WELSH_MONTHS,
)  # fmt: skip
# Month number by the first three letters of its name.
_MONTHS = {
    name[:3]: number
    for names in (_MONTH_NAMES[:12], _WELSH_MONTHS)
    for number, name in enumerate(names, start=1)
}
# The months' and weekdays' full names, for word lists elsewhere ("February Council" names
# no council).
MONTH_WORDS = frozenset(_MONTH_NAMES[:12])
# Weekday names as printed; a weekday is compared by its first three letters.
_WEEKDAY_NAMES = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "tues", "thurs", "thur", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
)  # fmt: skip
WEEKDAY_WORDS = frozenset(_WEEKDAY_NAMES[:7])
# First three letters of each weekday, indexed by dt.date.weekday().
_WEEKDAYS = tuple(name[:3] for name in _WEEKDAY_NAMES[:7])
_PIVOT = 70  # two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999
_LOOKBEHIND = 80  # how many characters before a date may hold its weekday and time

_FLAGS = regex.IGNORECASE
# A word starts here: no letter before it, or glued after a lower-case letter ("MeetingFriday").
_WORD_START = r"(?:(?<![a-z])|(?-i:(?<=[a-z])(?=[A-Z])))"


def _one_of(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` grouped by first letter, longest first: fast to reject."""
    firsts = dict.fromkeys(word[0] for word in words)
    groups = (
        first + "(?:" + "|".join(sorted((w[1:] for w in words if w[0] == first), key=len)[::-1])
        for first in firsts
    )
    return "(?:" + "|".join(f"{group})" for group in groups) + ")(?![a-z])"


_MONTH = rf"(?P<mname>{_one_of(_MONTH_NAMES)})\.?"
_WEEKDAY = rf"{_WORD_START}(?P<weekday>{_one_of(_WEEKDAY_NAMES)})\.?"
_YEAR = r"(?P<year>[0-9]{4})(?![0-9])(?!/[0-9])"  # not "2022/23"

# One pattern per printed form, each searched alone: the regex engine skips quickly to where a
# pattern can start, which an alternation of all forms would defeat. Groups: day, month or
# mname, year.
# "Cabinet Meeting17th March 2022", "the 17th day of March 2022", "25 June, 2024", "17-Mar-2022"
# (a bilingual month, Welsh then English, "12 Mawrth / March 2025": the first is read)
_OTHER_MONTH = rf"(?:\s{{0,2}}/\s{{0,2}}(?P<mother>{_one_of(_MONTH_NAMES)})\.?)?"
_DAY_MONTH_YEAR_RE = regex.compile(
    r"(?<![0-9])(?P<day>[0-9]{1,2})[\s\-]{0,3}(?=[a-z])(?:(?:st|nd|rd|th)(?![a-z])\s{0,3})?"
    rf"(?:(?:day\s{{1,3}})?of\s{{1,3}})?{_MONTH}{_OTHER_MONTH}[\s,\-]{{0,3}}{_YEAR}",
    _FLAGS,
)
# "March 17, 2022", "June 3 2025"
_MONTH_DAY_YEAR_RE = regex.compile(
    rf"(?<![a-z]){_MONTH}\s{{1,3}}(?P<day>[0-9]{{1,2}})(?:\s?(?:st|nd|rd|th)(?![a-z]))?"
    rf"(?![0-9])(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}){_YEAR}",
    _FLAGS,
)


def _day_first(sep: str) -> str:
    """A numeric day-month-year date with ``sep`` between its parts, never month-first."""
    return (
        rf"(?<![0-9])(?<![0-9]{sep})(?P<day>[0-9]{{1,2}}){sep}(?P<month>[0-9]{{1,2}}){sep}"
        rf"(?P<year>[0-9]{{4}}|[0-9]{{2}})(?![0-9])(?!{sep}[0-9])"
    )


def _year_first(sep: str) -> str:
    """A numeric year-month-day date with ``sep`` between its parts."""
    return (
        rf"(?<![0-9])(?<![0-9]{sep})(?P<year>[0-9]{{4}}){sep}(?P<month>[0-9]{{1,2}}){sep}"
        rf"(?P<day>[0-9]{{1,2}})(?![0-9])(?!{sep}[0-9])"
    )


# Numeric forms: one pattern per separator, so that the engine can skip ahead to the separator.
# None is a link in a chain of numbers ("12/12/12/12", "1.2.3.4").
# "Decision published: 17/06/2024", "Effective from: 26/06/2024", "17/06/24"
_SLASH_DATE_RE = regex.compile(_day_first("/"))
# "17-06-2024", "17-06-24"
_DASH_DATE_RE = regex.compile(_day_first("-"))
# "17.06.2024", "17.06.24"; a short year needs a two-digit day and month here, so that
# paragraph numbers such as "3.1.12" are not dates -- unless the date stands where only a
# date may, after "on" or a label's colon: "by 5.00pm on 12.2.26", "Date of publication:
# 5.2.26".
_DOTTED_DATE_RE = regex.compile(
    r"(?<![0-9])(?<![0-9]\.)(?P<day>[0-9]{1,2})\.(?P<month>[0-9]{1,2})\."
    r"(?P<year>[0-9]{4}|(?<=[0-9]{2}\.[0-9]{2}\.)[0-9]{2}"
    r"|(?<=(?:\b[Oo]n|:)\s+[0-9]{1,2}\.[0-9]{1,2}\.)[0-9]{2})(?![0-9])(?!\.[0-9])"
)
# "2013-12-13"
_ISO_DATE_RE = regex.compile(_year_first("-"))
# "2013/12/13"
_SLASH_ISO_DATE_RE = regex.compile(_year_first("/"))

_TWO_DIGITS_RE = regex.compile(r"[0-9]{2}")
_NUMERIC_HINT_RE = regex.compile(r"[0-9][./-][0-9]")
# Each form with a character it cannot do without: a text without "/" holds no "17/06/2024",
# and the test costs far less than a pattern's scan ("" for the forms with a month's name,
# which need letters: see `_find_date_shapes`).
_DATE_FORMS: tuple[tuple[regex.Pattern[str], str], ...] = (
    (_DAY_MONTH_YEAR_RE, ""),
    (_MONTH_DAY_YEAR_RE, ""),
    (_SLASH_DATE_RE, "/"),
    (_DASH_DATE_RE, "-"),
    (_DOTTED_DATE_RE, "."),
    (_ISO_DATE_RE, "-"),
    (_SLASH_ISO_DATE_RE, "/"),
)

# A time of day: "Midnight", "12 midnight", "12 noon", "5pm", "5.00 p.m.", "17:00", "17.00 hrs".
_TIME = (
    r"(?P<time>"
    r"(?P<midnight>(?:(?<![0-9.:£$])12(?:[.:]00)?\s?(?:a\.?m\.?\s?)?)?(?<![a-z])mid-?night)"
    r"|(?P<noon>(?:(?<![0-9.:£$])12(?:[.:]00)?\s?(?:p\.?m\.?\s?)?)?(?<![a-z])(?:noon|mid-?day))"
    # (and in Welsh: "10:00yb", "4yp", "6.30yh" -- yn y bore, y prynhawn, yr hwyr)
    r"|(?<![0-9.:£$])(?P<hour>[0-9]{1,2})(?:[.:](?P<minute>[0-5][0-9]))?\s?"
    r"(?:(?P<ampm>[ap])\.?\s?m|y\.?(?P<cy>[bhp]))"
    r"(?![a-z0-9])\.?"
    r"|(?<![0-9.:£$])(?P<hour24>[01]?[0-9]|2[0-4])"
    r"(?::|\.(?=[0-5][0-9]\s?h(?:rs|ours)?(?![a-z])))(?P<minute24>[0-5][0-9])"
    r"(?:\s?h(?:rs|ours)?)?"
    r")(?![a-z0-9])"
)
_GAP = r"[^\S\r\n]{0,3}"  # spaces within a line: a time never reaches across a line break
# What is printed before a date, ending where the date starts:
# "Midnight - Friday 25th March 2022", "5.00pm on Friday 6 April 2022", "noon, 6 April 2022"
# Searched backwards (REVERSE) from the date's start, so it costs one attempt, not one a character.
_BEFORE_RE = regex.compile(
    rf"(?:{_TIME}{_GAP}(?:[,\-–—]{_GAP})?(?:(?<![a-z])on\s{_GAP}(?:the\s{_GAP})?)?)?"
    rf"(?:{_WEEKDAY},?\s{{0,3}}(?:the\s{{1,3}})?)?\Z",
    _FLAGS | regex.REVERSE,
)
# A time printed after a date: "6 April 2022 at 5pm", "6 April 2022, 5.00 p.m.", "Monday 21
# August 2023 (by 5pm)", and in Welsh "18/02/2026 am 5.00yp" ("am", at; "erbyn", by)
_AFTER_RE = regex.compile(
    rf"{_GAP}(?:[,\-–—(]{_GAP})?(?:(?:at|by|before|am|erbyn)\s{_GAP})?{_TIME}", _FLAGS
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A real date found in a text, with what was printed around it."""

    date: dt.date
    start: int  # span of the whole match (weekday and time included) in the searched text
    end: int
    weekday: str | None  # weekday as printed ("Friday", "Fri"), None if none printed
    weekday_ok: bool  # False when a printed weekday does not match the date
    time: dt.time | None  # explicit time of day; None if none printed or midnight
    midnight: bool  # the text names midnight for this date (the midnight that ends it)


@dataclass(frozen=True, slots=True)
class BadDate:
    """Something shaped like a date that cannot be one: "31 February 2022", "13/13/2020"."""

    text: str
    start: int
    end: int


def find_dates(text: str) -> list[DateMatch]:
    """Every valid date in ``text``, in order and non-overlapping."""
    return list(_iter_dates(text))


def find_first_date(text: str) -> DateMatch | None:
    """The first valid date in ``text``, or None."""
    # A label's value ("17/01/2025", "17th March 2022") is read without the forms' scans.
    if _is_slashed_date(text):
        return _slashed_date(text)
    if (spelt := _spelt_date(text)) is not None:
        return spelt or None
    return next(_iter_dates(text), None)


def find_value_date(text: str) -> DateMatch | None:
    """The first valid date in a label's value, which stands where only a date may: a
    short dotted one too ("5.2.26", under "Date of publication:")."""
    found = find_first_date(text)
    if found is not None or "." not in text[:6]:
        return found
    shifted = find_first_date(f": {text}")
    if shifted is None:
        return None
    return replace(shifted, start=max(0, shifted.start - 2), end=shifted.end - 2)


def _spelt_date(text: str) -> DateMatch | Literal[False] | None:
    """The date of a text that is a day, a month's name and a year and nothing else ("17th
    March 2022", "16 JANUARY 2025"), as `_DAY_MONTH_YEAR_RE` reads it whole with nothing
    before or after to read; False where it names no such day; None for any other text."""
    if not 10 <= len(text) <= 22 or not text.isascii() or text.count(" ") != 2:
        return None
    day, month, year = text.split(" ")
    digits = day[:2] if day[1:2].isdigit() else day[:1]
    suffix = day[len(digits) :].lower()
    name = month.lower()
    if (
        not digits.isdigit()
        or suffix not in _ORDINALS
        or name not in _MONTH_NAMES
        or len(year) != 4
        or not year.isdigit()
    ):
        return None
    try:
        date = dt.date(int(year), _MONTHS[name[:3]], int(digits))
    except ValueError:
        return False
    return DateMatch(date, 0, len(text), None, True, None, False)


# What may follow a day's number in `_spelt_date` ("17", "17th").
_ORDINALS = frozenset({"", "st", "nd", "rd", "th"})


def _is_slashed_date(text: str) -> bool:
    """Whether `text` is a day-first slashed date and nothing else ("4/3/25", "17/01/2025"):
    the one form that can match it, whole, with nothing before or after to read."""
    if not 6 <= len(text) <= 10 or not text.isascii():
        return False
    parts = text.split("/")
    return (
        len(parts) == 3
        and all(part.isdigit() for part in parts)
        and len(parts[0]) <= 2
        and len(parts[1]) <= 2
        and len(parts[2]) in (2, 4)
    )


def _slashed_date(text: str) -> DateMatch | None:
    """The date `_SLASH_DATE_RE` reads from all of `text` (see `_is_slashed_date`), as
    `_date_of` and `_surround` make it: no weekday, no time."""
    day, month, year = (int(part) for part in text.split("/"))
    if len(text) - text.rfind("/") == 3:  # a two-digit year
        year += 2000 if year < _PIVOT else 1900
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return DateMatch(date, 0, len(text), None, True, None, False)


def only_a_date(text: str) -> bool:
    """Whether `text` is a date and nothing more ("Monday 27 January 2025.")."""
    found = find_first_date(text)
    if found is None or found.start != 0:
        return False
    if found.end >= len(text.rstrip(" .")):
        return True
    # "15TH DECEMBER 2009 (6.00 PM)": the meeting's time in brackets, read with the date but
    # for the bracket that closes it
    return found.time is not None and text[found.end :].strip() == ")" and "(" in text


def ends_in_a_dated_part(text: str) -> bool:
    """Whether `text` ends with a date (its weekday and time too) set apart by a dash, or
    is one: a meeting's heading ("Cabinet Member for Public Realm - Tuesday 7th June, 2022
    6.30 pm"), not a sentence that ends on a date ("That it be adopted from 1 May 2024.")."""
    dates = find_dates(text)
    if not dates or dates[-1].end < len(text.rstrip(" .")):
        return False
    before = text[: dates[-1].start].rstrip()
    return not before or before[-1] in "-–—"


# What opens a period and joins its two ends: "15/01/2024 - 21/01/2024", "between
# 11/09/2023 and 17/09/2023", "1 May to 3 May 2024".
_PERIOD_OPEN_RE = regex.compile(r"\s*|.*\b(?:between|from)\s+", _FLAGS)
_PERIOD_JOIN_RE = regex.compile(r"\s*(?:[-–—]|to|until|and)\s*", _FLAGS)


def states_a_period(text: str) -> bool:
    """Whether `text` is two dates and the dash or word between them: a period, not a day
    ("Date range: 15/01/2024 - 21/01/2024", "Decisions published between 11/09/2023 and
    17/09/2023": a listing's search filter over its entries)."""
    dates = find_dates(text)
    return (
        len(dates) >= 2
        and _PERIOD_OPEN_RE.fullmatch(text, 0, dates[0].start) is not None
        and _ends_sentence(text, dates[1].end)
        and _PERIOD_JOIN_RE.fullmatch(text, dates[0].end, dates[1].start) is not None
    )


def _ends_sentence(text: str, end: int) -> bool:
    """Whether `text` ends at `end`, or a sentence does ("... and 14/02/2023. Decisions
    subject to call-in may not be implemented ...", the listing's next sentence run on)."""
    return end >= len(text.rstrip(" .")) or text.startswith(". ", end)


def parse_uk_date(text: str) -> dt.date | None:
    """The date of the first valid date in ``text``, or None; nothing is ever defaulted."""
    match = find_first_date(text)
    return None if match is None else match.date


def find_bad_dates(text: str) -> list[BadDate]:
    """Impossible dates in ``text``: 31 February, 29/02/2023, month 13, day 0, 06/17/2024."""
    return [
        BadDate(found.group(), found.start(), found.end())
        for found in _find_date_shapes(text)
        if _date_of(found) is None
    ]


def deadline_of(match: DateMatch) -> dt.datetime:
    """The instant a call-in period ends, timezone-aware in Europe/London.

    An explicit time is that time on the date; midnight, or no time at all, is the midnight
    that ends the date: "Midnight - Friday 25th March 2022" is 2022-03-26T00:00:00+00:00.
    """
    if match.time is not None and not match.midnight:
        return dt.datetime.combine(match.date, match.time, tzinfo=LONDON)
    next_day = match.date + dt.timedelta(days=1)
    return dt.datetime.combine(next_day, dt.time(0), tzinfo=LONDON)


def _iter_dates(text: str) -> Iterator[DateMatch]:
    floor = 0  # where the previous match ended: a prefix may not reach back past it
    for found in _find_date_shapes(text):
        date = _date_of(found)
        if date is None or found.start() < floor:
            continue
        match = _surround(text, found, date, floor)
        floor = match.end
        yield match


def _find_date_shapes(text: str) -> list[regex.Match[str]]:
    """Everything shaped like a date, possible or not: leftmost first, then longest, no overlap."""
    if not _TWO_DIGITS_RE.search(text):
        return []  # every form prints a year of two or four digits
    lettered = _may_name_a_month(text)  # "17/06/2024" names no month
    # Every numeric form prints a digit, its separator and a digit together ("6/1", "2.0"):
    # one search for that spares the numeric forms' scans of most texts with a stop or dash.
    numeric = _NUMERIC_HINT_RE.search(text) is not None
    found = [
        match
        for pattern, needle in _DATE_FORMS
        if (needle in text and numeric if needle else lettered)
        for match in pattern.finditer(text)
    ]
    if len(found) > 1:
        found.sort(key=lambda match: (match.start(), -match.end()))
    kept: list[regex.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


# The first three letters of every month's name as printed (`_MONTH_NAMES`).
_MONTH_STEMS = tuple(_MONTHS)
# The month names as printed, by their first three letters.
_NAMES_BY_STEM = {
    stem: tuple(name for name in _MONTH_NAMES if name.startswith(stem)) for stem in _MONTH_STEMS
}


def _may_name_a_month(text: str) -> bool:
    """Whether the forms that print a month's name could match: the text says one (any
    case) with no letter straight after it, as the forms require (not the "dec" of
    "decision"), which spares their scans of most texts."""
    lower = lowered(text)
    if lower is None:  # a letter lowering would hide: the forms are tried
        return text.lower() != text.upper()
    for stem in _MONTH_STEMS:
        at = lower.find(stem)
        while at >= 0:
            if _names_month_at(lower, at):
                return True
            at = lower.find(stem, at + 3)
    return False


def _names_month_at(lower: str, at: int) -> bool:
    """Whether a month's name starts at `at` in `lower` with no ASCII letter after it."""
    for name in _NAMES_BY_STEM[lower[at : at + 3]]:
        end = at + len(name)
        if lower.startswith(name, at) and not lower[end : end + 1].isalpha():
            return True
    return False


def _date_of(found: regex.Match[str]) -> dt.date | None:
    """The date a match of one of ``_DATE_FORMS`` names, or None when it is impossible."""
    parts = found.groupdict()
    name = parts.get("mname")
    # casefold, not lower: the pattern matches case-insensitively with full case folding,
    # so "3 ſeptember 2024" (a long s) is a month name whose lower() is not one of ours
    month = _MONTHS[name[:3].casefold()] if name else int(parts["month"] or 0)
    other = parts.get("mother")
    if other and _MONTHS[other[:3].casefold()] != month:
        return None  # "1 May/June 2025": two months, no date
    year = int(parts["year"] or 0)
    if len(parts["year"] or "") == 2:
        year += 2000 if year < _PIVOT else 1900
    try:
        return dt.date(year, month, int(parts["day"] or 0))
    except ValueError:
        return None


def _surround(text: str, found: regex.Match[str], date: dt.date, floor: int) -> DateMatch:
    """Extend a date to the weekday and time printed before or after it."""
    start, end = found.span()
    weekday, clock = None, None
    window = max(floor, start - _LOOKBEHIND)
    before = _BEFORE_RE.search(text, window, start) if window < start else None
    if before is not None:  # always, as every part of _BEFORE_RE is optional
        weekday = before.group("weekday")
        start = before.start("weekday") if weekday is not None else start
        clock = _clock_of(before) if before.group("time") else None
        start = before.start() if clock is not None else start
    # (a time after the date needs a character at least: none at the text's end)
    if clock is None and end < len(text) and (after := _AFTER_RE.match(text, end)) is not None:
        clock = _clock_of(after)
        end = after.end() if clock is not None else end
    time, midnight = clock if clock is not None else (None, False)
    weekday_ok = weekday is None or weekday[:3].lower() == _WEEKDAYS[date.weekday()]
    return DateMatch(date, start, end, weekday, weekday_ok, time, midnight)


def _clock_of(found: regex.Match[str]) -> tuple[dt.time | None, bool] | None:
    """(time, midnight) for a matched ``_TIME``; None when impossible ("13pm", "24:30")."""
    if found.group("midnight"):
        return None, True
    if found.group("noon"):
        return dt.time(12), False
    if found.group("hour"):
        hour, minute = int(found.group("hour")), int(found.group("minute") or 0)
        if not 1 <= hour <= 12:
            return None
        after_noon = (found.group("ampm") or "").lower() == "p" or found.group("cy") in ("h", "p")
        hour = hour % 12 + (12 if after_noon else 0)
    else:
        hour, minute = int(found.group("hour24")), int(found.group("minute24"))
    if hour in (0, 24) and minute == 0:  # "12am", "00:00", "24:00" name midnight too
        return None, True
    if hour == 24:
        return None
    return dt.time(hour, minute), False
