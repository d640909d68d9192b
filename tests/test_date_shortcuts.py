"""The date readers' shortcuts find what the forms' full scans find.

`wording.dates` spares its patterns' scans where a text cannot hold their dates (no month's
name with no letter after it, no digit-separator-digit) and reads a bare "17/01/2025"
without them. These properties compare, on generated texts, every date and impossible
date found with the shortcuts against what the forms find when every one is tried.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from proforma_parser.wording import dates

PIECES = (
    "17", "17th", "4", "2022", "22", "1999", "0", "31", "/", "-", ".", " ", "  ", ",", "\n",
    "March", "MARCH", "mar", "Sept", "sep.", "Dec", "decision", "mayor", "May", "jUl",
    "Friday", "Fri", "midnight", "noon", "5pm", "5.00", "p.m.", "at", "on", "the", "day",
    "of", "06/17/2024", "31 February 2022", "2013-12-13", "17.06.24", "04/03/2025", "4/3/25",
    "Maré", "é", "x",
)  # fmt: skip


def _key(found: dates.DateMatch | None) -> tuple[object, ...] | None:
    if found is None:
        return None
    return (found.date, found.start, found.end, found.weekday, found.weekday_ok, found.time)


def _every_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every form tried on every text, as before the shortcuts."""
    monkeypatch.setattr(dates, "_may_name_a_month", lambda text: text.lower() != text.upper())
    monkeypatch.setattr(dates, "_is_slashed_date", lambda text: False)
    monkeypatch.setattr(dates, "_spelt_date", lambda text: None)
    monkeypatch.setattr(dates, "_NUMERIC_HINT_RE", regex.compile(r""))


texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_shortcuts_find_what_every_form_finds(text: str) -> None:
    found = [_key(m) for m in dates.find_dates(text)]
    first = _key(dates.find_first_date(text))
    bad = [(b.text, b.start, b.end) for b in dates.find_bad_dates(text)]
    with pytest.MonkeyPatch.context() as patch:
        _every_form(patch)
        assert [_key(m) for m in dates.find_dates(text)] == found
        assert _key(dates.find_first_date(text)) == first
        assert [(b.text, b.start, b.end) for b in dates.find_bad_dates(text)] == bad


digits = st.text(alphabet="0123456789", max_size=5)
slashed = st.one_of(
    st.tuples(digits, digits, digits).map("/".join),
    st.text(alphabet="0123456789/", max_size=11),
)
# "17th March 2022" and its near misses
spelt = st.tuples(
    st.tuples(digits, st.sampled_from(("", "st", "nd", "rd", "th", "TH", "x"))).map("".join),
    st.sampled_from(("March", "MARCH", "mar", "Sept", "Sept.", "Marc", "February", "may", "Juno")),
    st.sampled_from((" ", "  ", ", ")),
    digits,
).map(lambda parts: f"{parts[0]} {parts[1]}{parts[2]}{parts[3]}")


@settings(max_examples=1000, deadline=None)
@given(st.one_of(slashed, spelt))
@example("1/1/65")  # two-digit years either side of the pivot
@example("31/12/70")
@example("29/02/2023")  # no such day
@example("04/03/2025")
@example("17th March 2022")
@example("31 February 2022")
@example("1 May 2022")
def test_a_bare_date_is_read_as_the_form_reads_it(text: str) -> None:
    first = _key(dates.find_first_date(text))
    with pytest.MonkeyPatch.context() as patch:
        _every_form(patch)
        assert _key(dates.find_first_date(text)) == first
