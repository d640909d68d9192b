"""Tests for proforma_parser.dates: day-first dates, weekdays, times and call-in deadlines."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
import time

import pytest

from proforma_parser.wording.dates import (
    BadDate,
    DateMatch,
    deadline_of,
    find_bad_dates,
    find_dates,
    find_first_date,
    parse_uk_date,
)

D = dt.date


def only(text: str) -> DateMatch:
    """The one date in ``text``."""
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "printed", "date"),
    [
        ("17th March 2022", "17th March 2022", D(2022, 3, 17)),
        ("17 March 2022", "17 March 2022", D(2022, 3, 17)),
        ("on 1st May 2020.", "1st May 2020", D(2020, 5, 1)),
        ("2nd June 2021", "2nd June 2021", D(2021, 6, 2)),
        ("3rd July 2021", "3rd July 2021", D(2021, 7, 3)),
        ("22nd August 2023", "22nd August 2023", D(2023, 8, 22)),
        ("17 Mar 2022", "17 Mar 2022", D(2022, 3, 17)),
        ("5 Sept 2022", "5 Sept 2022", D(2022, 9, 5)),
        ("5 Sep 2022", "5 Sep 2022", D(2022, 9, 5)),
        ("5 Sept. 2022", "5 Sept. 2022", D(2022, 9, 5)),
        ("17th of March 2022", "17th of March 2022", D(2022, 3, 17)),
        ("the 17th day of March 2022", "17th day of March 2022", D(2022, 3, 17)),
        ("March 17, 2022", "March 17, 2022", D(2022, 3, 17)),
        ("June 3, 2025", "June 3, 2025", D(2025, 6, 3)),
        ("June 3 2025", "June 3 2025", D(2025, 6, 3)),
        ("June 3rd, 2025", "June 3rd, 2025", D(2025, 6, 3)),
        ("25 June, 2024", "25 June, 2024", D(2024, 6, 25)),
        ("25TH MARCH 2022", "25TH MARCH 2022", D(2022, 3, 25)),
        ("25th march 2022", "25th march 2022", D(2022, 3, 25)),
        ("17-Mar-2022", "17-Mar-2022", D(2022, 3, 17)),
        ("17 March\n2022", "17 March\n2022", D(2022, 3, 17)),
        ("Proper Officer\n21 March 2022", "21 March 2022", D(2022, 3, 21)),
        ("Date of Publication: 24 May 2010", "24 May 2010", D(2010, 5, 24)),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_written_dates(text: str, printed: str, date: dt.date) -> None:
    match = only(text)
    assert match.date == date
    assert text[match.start : match.end] == printed
    assert (match.weekday, match.weekday_ok, match.time, match.midnight) == (
        None,
        True,
        None,
        False,
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("17/06/2024", D(2024, 6, 17)),
        ("1/6/2024", D(2024, 6, 1)),
        ("17.06.2024", D(2024, 6, 17)),
        ("17-06-2024", D(2024, 6, 17)),
        ("17/06/24", D(2024, 6, 17)),
        ("17.06.24", D(2024, 6, 17)),
        ("17-06-24", D(2024, 6, 17)),
        ("01/02/69", D(2069, 2, 1)),
        ("01/02/70", D(1970, 2, 1)),
        ("31/12/99", D(1999, 12, 31)),
        ("01/01/00", D(2000, 1, 1)),
        ("2013-12-13", D(2013, 12, 13)),
        ("2013/12/13", D(2013, 12, 13)),
        ("2013-1-5", D(2013, 1, 5)),
        ("05/06/2024", D(2024, 6, 5)),  # day-first, never 6 May
        ("12/01/2024", D(2024, 1, 12)),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_numeric_dates_are_day_first_or_year_first(text: str, date: dt.date) -> None:
    match = only(f"Decision published: {text}.")
    assert match.date == date
    assert match.end - match.start == len(text)
    assert parse_uk_date(text) == date


@pytest.mark.parametrize(
    ("text", "weekday", "weekday_ok"),
    [
        ("Friday 25th March 2022", "Friday", True),
        ("Tuesday, 25 June 2024", "Tuesday", True),
        ("Fri 25 March 2022", "Fri", True),
        ("Friday, 25th March, 2022", "Friday", True),
        ("Fri. 25 March 2022", "Fri", True),
        ("Thurs 24 March 2022", "Thurs", True),
        ("Friday the 25th of March 2022", "Friday", True),
        ("FRIDAY 25TH MARCH 2022", "FRIDAY", True),
        ("Friday, March 25, 2022", "Friday", True),
        ("Friday 26th March 2022", "Friday", False),
        ("Monday 25th March 2022", "Monday", False),
        ("Wed 25 June 2024", "Wed", False),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_weekday_before_the_date(text: str, weekday: str, weekday_ok: bool) -> None:
    match = only(text)
    assert (match.weekday, match.weekday_ok) == (weekday, weekday_ok)
    assert (match.start, match.end) == (0, len(text))


def test_mismatched_weekday_keeps_the_printed_date() -> None:
    match = only("Friday 26th March 2022")
    assert match.date == D(2022, 3, 26)
    assert deadline_of(match) == dt.datetime.fromisoformat("2022-03-27T00:00:00+00:00")


@pytest.mark.parametrize(
    ("text", "printed", "clock", "midnight", "deadline"),
    [
        (
            "Midnight - Friday 25th March 2022.",
            "Midnight - Friday 25th March 2022",
            None,
            True,
            "2022-03-26T00:00:00+00:00",
        ),
        (
            "Midnight Tuesday, 25 June 2024",
            "Midnight Tuesday, 25 June 2024",
            None,
            True,
            "2024-06-26T00:00:00+01:00",
        ),
        (
            "midnight on 25 June 2024",
            "midnight on 25 June 2024",
            None,
            True,
            "2024-06-26T00:00:00+01:00",
        ),
        (
            "12 midnight on 25 June 2024",
            "12 midnight on 25 June 2024",
            None,
            True,
            "2024-06-26T00:00:00+01:00",
        ),
        (
            "25 June 2024 at midnight",
            "25 June 2024 at midnight",
            None,
            True,
            "2024-06-26T00:00:00+01:00",
        ),
        (
            "12 noon on 6 April 2022",
            "12 noon on 6 April 2022",
            dt.time(12),
            False,
            "2022-04-06T12:00:00+01:00",
        ),
        (
            "noon, 6 April 2022",
            "noon, 6 April 2022",
            dt.time(12),
            False,
            "2022-04-06T12:00:00+01:00",
        ),
        (
            "5pm on 6 April 2022",
            "5pm on 6 April 2022",
            dt.time(17),
            False,
            "2022-04-06T17:00:00+01:00",
        ),
        (
            "5.00pm on Friday 6 April 2022",
            "5.00pm on Friday 6 April 2022",
            dt.time(17),
            False,
            "2022-04-06T17:00:00+01:00",
        ),
        (
            "5.00 p.m. on 6 April 2022",
            "5.00 p.m. on 6 April 2022",
            dt.time(17),
            False,
            "2022-04-06T17:00:00+01:00",
        ),
        (
            "17:00 on 6 April 2022",
            "17:00 on 6 April 2022",
            dt.time(17),
            False,
            "2022-04-06T17:00:00+01:00",
        ),
        (
            "6 April 2022 at 5pm",
            "6 April 2022 at 5pm",
            dt.time(17),
            False,
            "2022-04-06T17:00:00+01:00",
        ),
        (
            "6 April 2022, 5.00 p.m.",
            "6 April 2022, 5.00 p.m.",
            dt.time(17),
            False,
            "2022-04-06T17:00:00+01:00",
        ),
        (
            "by 5pm on 6 April 2022",
            "5pm on 6 April 2022",
            dt.time(17),
            False,
            "2022-04-06T17:00:00+01:00",
        ),
        (
            "10.30am on 2 March 2022",
            "10.30am on 2 March 2022",
            dt.time(10, 30),
            False,
            "2022-03-02T10:30:00+00:00",
        ),
        (
            "2 March 2022 at 09:15",
            "2 March 2022 at 09:15",
            dt.time(9, 15),
            False,
            "2022-03-02T09:15:00+00:00",
        ),
        (
            "25 June 2024 at midnight.",
            "25 June 2024 at midnight",
            None,
            True,
            "2024-06-26T00:00:00+01:00",
        ),
        (
            "Tuesday, 25 June 2024, 17.00 hrs",
            "Tuesday, 25 June 2024, 17.00 hrs",
            dt.time(17),
            False,
            "2024-06-25T17:00:00+01:00",
        ),
        (
            "12.00 p.m. on 6 April 2022",
            "12.00 p.m. on 6 April 2022",
            dt.time(12),
            False,
            "2022-04-06T12:00:00+01:00",
        ),
        (
            "afternoon, 6 April 2022",  # "noon" inside a word is not a time
            "6 April 2022",
            None,
            False,
            "2022-04-07T00:00:00+01:00",
        ),
        (
            "5pm\n6 April 2022",  # a time never reaches across a line break
            "6 April 2022",
            None,
            False,
            "2022-04-07T00:00:00+01:00",
        ),
        (
            # a Welsh time: "yb" (yn y bore) before noon, "yp" and "yh" after it
            "28/12/2020, 10:00yb / 10:00am",
            "28/12/2020, 10:00yb",
            dt.time(10),
            False,
            "2020-12-28T10:00:00+00:00",
        ),
        (
            # "am" is the Welsh "at" before a time: "18/02/2026 am 5.00yp / at 5.00pm"
            "21 November 2024 am 4yp",
            "21 November 2024 am 4yp",
            dt.time(16),
            False,
            "2024-11-21T16:00:00+00:00",
        ),
        (
            "21 November 2024, 4yp",
            "21 November 2024, 4yp",
            dt.time(16),
            False,
            "2024-11-21T16:00:00+00:00",
        ),
        (
            "6 April 2022 at 13pm",  # an impossible time is not attached to the date
            "6 April 2022",
            None,
            False,
            "2022-04-07T00:00:00+01:00",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_times_attached_to_a_date(
    text: str, printed: str, clock: dt.time | None, midnight: bool, deadline: str
) -> None:
    match = only(text)
    assert text[match.start : match.end] == printed
    assert (match.time, match.midnight) == (clock, midnight)
    assert deadline_of(match) == dt.datetime.fromisoformat(deadline)
    assert deadline_of(match).isoformat() == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Friday 25th March 2022", "2022-03-26T00:00:00+00:00"),  # GMT
        ("Saturday 26 March 2022", "2022-03-27T00:00:00+00:00"),  # clocks go forward at 01:00
        ("5pm on Sunday 27 March 2022", "2022-03-27T17:00:00+01:00"),  # BST from 01:00
        ("Tuesday, 25 June 2024", "2024-06-26T00:00:00+01:00"),  # BST
        ("Saturday 29 October 2022", "2022-10-30T00:00:00+01:00"),  # still BST at that midnight
        ("5pm on Sunday 30 October 2022", "2022-10-30T17:00:00+00:00"),  # GMT again
        ("Midnight on 31 December 2023", "2024-01-01T00:00:00+00:00"),  # across a year
        ("Midnight on 28 February 2024", "2024-02-29T00:00:00+00:00"),  # leap year
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_deadline_is_london_time(text: str, deadline: str) -> None:
    instant = deadline_of(only(text))
    assert instant.isoformat() == deadline
    assert str(instant.tzinfo) == "Europe/London"


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("31 February 2022", ["31 February 2022"]),
        ("29/02/2023", ["29/02/2023"]),
        ("13/13/2020", ["13/13/2020"]),
        ("0/1/2020", ["0/1/2020"]),
        ("06/17/2024", ["06/17/2024"]),  # month-first is never read
        ("31/02/2022", ["31/02/2022"]),
        ("32 March 2022", ["32 March 2022"]),
        ("0 March 2022", ["0 March 2022"]),
        ("2013-13-01", ["2013-13-01"]),
        ("31 April 2022 and 1 May 2022", ["31 April 2022"]),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_bad_dates(text: str, bad: list[str]) -> None:
    found = find_bad_dates(text)
    assert [b.text for b in found] == bad
    assert [text[b.start : b.end] for b in found] == bad
    assert all(m.date != D(2022, 3, 3) for m in find_dates(text))  # no rolled-over date
    assert [text[m.start : m.end] for m in find_dates(text)] == (
        ["1 May 2022"] if "May" in text else []
    )


def test_bad_date_fields() -> None:
    assert find_bad_dates("Effective from: 29/02/2023.") == [BadDate("29/02/2023", 16, 26)]


@pytest.mark.parametrize(
    "text",
    [
        "Friday 24th February",
        "24th February",
        "February 24",
        "January 2022",
        "March 2022",
        "for 2022/23",
        "24/02",
        "the 5th",
        "Friday",
        "Midnight",
        "5pm",
        "17 March 2022/23",  # a financial year, not a date
        "",
    ],
    ids=lambda value: value or "empty",
)
def test_no_year_is_no_date(text: str) -> None:
    assert find_dates(text) == []
    assert find_first_date(text) is None
    assert parse_uk_date(text) is None
    assert find_bad_dates(text) == []


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Cabinet Meeting17th March 2022", "17th March 2022"),
        ("Decision published:17/06/2024", "17/06/2024"),
        ("Meeting17March2022", "17March2022"),
        ("MeetingFriday 25th March 2022", "Friday 25th March 2022"),
        ("Call-in deadline:Midnight - Friday 25th March 2022", "Midnight - Friday 25th March 2022"),
        ("DECISION DATE25 June 2024", "25 June 2024"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_glued_text(text: str, printed: str) -> None:
    assert spans(text) == [printed]


@pytest.mark.parametrize(
    "text",
    [
        "12345/06/2024",
        "ref: 2013/12/131",
        "117/06/2024",
        "17/06/20245",
        "3.1.12 The Cabinet noted",  # a paragraph number
        "1.2.3.2024",
        "12/12/12/12/12",
        "Item 117 March",
        "tel. 01642 527003",
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_no_date_inside_longer_numbers(text: str) -> None:
    assert find_dates(text) == []
    assert find_bad_dates(text) == []


def test_several_dates_in_order_with_spans() -> None:
    text = (
        "Cabinet Meeting17th March 2022\n"
        "Midnight - Friday 25th March 2022.\n"
        "Proper Officer\n21 March 2022\n"
        "Effective from: 26/06/2024; reviewed 2013-12-13 and June 3, 2025 at 5pm"
    )
    found = find_dates(text)
    assert [m.date for m in found] == [
        D(2022, 3, 17),
        D(2022, 3, 25),
        D(2022, 3, 21),
        D(2024, 6, 26),
        D(2013, 12, 13),
        D(2025, 6, 3),
    ]
    assert [text[m.start : m.end] for m in found] == [
        "17th March 2022",
        "Midnight - Friday 25th March 2022",
        "21 March 2022",
        "26/06/2024",
        "2013-12-13",
        "June 3, 2025 at 5pm",
    ]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert find_first_date(text) == found[0]
    assert parse_uk_date(text) == D(2022, 3, 17)


def test_a_time_between_two_dates_is_not_shared() -> None:
    text = "17 March 2022 at 5pm on 18 March 2022"
    found = find_dates(text)
    assert [text[m.start : m.end] for m in found] == ["17 March 2022 at 5pm", "18 March 2022"]


def test_seed_call_in_section() -> None:
    match = only(
        "7. Date and Time by which Call In must be executed\n\nMidnight - Friday 25th March 2022.\n"
    )
    assert match == DateMatch(
        date=D(2022, 3, 25),
        start=52,
        end=85,
        weekday="Friday",
        weekday_ok=True,
        time=None,
        midnight=True,
    )
    assert deadline_of(match) == dt.datetime(2022, 3, 26, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "text",
    [
        "12am on 6 April 2022",
        "00:00 on 6 April 2022",
        "24:00 on 6 April 2022",
        "12.00 midnight, 6 April 2022",
    ],
)
def test_clock_midnight_is_the_end_of_the_day(text: str) -> None:
    match = only(text)
    assert (match.time, match.midnight) == (None, True)
    assert (match.start, match.end) == (0, len(text))
    assert deadline_of(match).isoformat() == "2022-04-07T00:00:00+01:00"


def test_results_are_frozen() -> None:
    match = only("17 March 2022")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.date = D(2000, 1, 1)  # type: ignore[misc]


def junk_line(size: int) -> str:
    """One line of digits, separators and date-ish words, with no line breaks."""
    rng = random.Random(2012)
    words = ["12", "5", "/", "March", "2022", "pm", "Friday", "of", "17th", "midnight", "-", ".",
             "06", "noon", "2013", "on", "the", "Sept", "31", "1st", ":", "00"]  # fmt: skip
    parts: list[str] = []
    length = 0
    while length < size:
        word = (
            rng.choice(words)
            if rng.random() < 0.5
            else str(rng.randrange(10 ** rng.randrange(1, 9)))
        )
        part = word + rng.choice([" ", "", "/", ".", "-", ", ", " "])
        parts.append(part)
        length += len(part)
    return "".join(parts)


@pytest.mark.parametrize(
    "text",
    [
        junk_line(2_000_000),
        "1234567890" * 200_000,
        "1 " * 1_000_000,
        "12/" * 700_000,
        "midnight - Friday " * 120_000,
    ],
    ids=["mixed", "digits", "spaced digits", "slashes", "midnights"],
)
def test_two_megabytes_of_junk_is_fast(text: str) -> None:
    began = time.perf_counter()
    found = find_dates(text)
    bad = find_bad_dates(text)
    elapsed = time.perf_counter() - began
    assert elapsed < 2.0, f"{elapsed:.2f}s"
    assert all(text[m.start : m.end] for m in found)
    assert all(text[b.start : b.end] == b.text for b in bad)


def test_one_short_line_is_fast() -> None:
    text = ("The Cabinet considered the report and resolved to note progress. " * 3)[:160]
    text += "Midnight - Friday 25th March 2022."
    runs = 200
    began = time.perf_counter()
    for _ in range(runs):
        found = find_dates(text)
    per_call = (time.perf_counter() - began) / runs
    assert [m.date for m in found] == [D(2022, 3, 25)]
    assert per_call < 0.001, f"{per_call * 1e6:.0f} µs"


def test_a_long_s_in_a_month_name_is_read_not_raised() -> None:
    # The date pattern matches case-insensitively with full case folding, so "ſeptember"
    # (a long s, as old typefaces and some OCR print it) matches; its month is still found.
    found = find_dates("decided on 3 ſeptember 2024")
    assert [match.date for match in found] == [dt.date(2024, 9, 3)]
