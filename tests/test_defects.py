"""Defects three ways: recorded by default, raised with strict=True, absent when clean."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from proforma_parser import DefectError, parse_text
from proforma_parser.defects import CATALOGUE, DefectLog
from tests.conftest import ROOT


def _seed() -> str:
    return (ROOT / "samples" / "stockton_send_2022_seed.txt").read_text(encoding="utf-8")


def _drop_section_5(text: str) -> str:
    return re.sub(r"5\. Declared.*?\n\nNone\n\n", "", text, flags=re.S)


def _swap_sections_2_and_3(text: str) -> str:
    start, middle, end = text.index("2. Record"), text.index("3. Reasons"), text.index("4. Alt")
    return text[:start] + text[middle:end] + text[start:middle] + text[end:]


CASES: list[tuple[str, Callable[[str], str], str]] = [
    ("missing_section", _drop_section_5, "conflicts of interest"),
    (
        "duplicate_section",
        lambda t: t.replace(
            "6. Details", "3. Reasons for the Decision\n\nAnother reason.\n\n6. Details"
        ),
        "appears 2 times",
    ),
    ("out_of_order_section", _swap_sections_2_and_3, "section 2 comes after section 3"),
    ("weekday_mismatch", lambda t: t.replace("Friday 25th", "Monday 25th"), "Monday"),
    ("date_order", lambda t: t.replace("25th March 2022.", "25th March 2021."), "before"),
    (
        "empty_section",
        lambda t: re.sub(r"(3\. Reasons for the Decision\n).*?(\n4\.)", r"\1\2", t, flags=re.S),
        "nothing under it",
    ),
    ("resolution_numbering", lambda t: t.replace("2. Endorse", "4. Endorse"), "1, 4"),
    (
        "no_resolutions",
        lambda t: t.replace("RESOLVED that Cabinet:-\n\n1. Note", "We note").replace(
            "2. Endorse", "We endorse"
        ),
        "no resolution",
    ),
]


@pytest.mark.parametrize(("code", "damage", "says"), CASES, ids=[c[0] for c in CASES])
def test_defect_is_recorded(code: str, damage: Callable[[str], str], says: str) -> None:
    record = parse_text(damage(_seed()))
    matching = [d for d in record.defects if d.code == code]
    assert matching, [d.code for d in record.defects]
    assert says in matching[0].message


@pytest.mark.parametrize(("code", "damage", "says"), CASES, ids=[c[0] for c in CASES])
def test_defect_is_raised_when_strict(code: str, damage: Callable[[str], str], says: str) -> None:
    with pytest.raises(DefectError) as raised:
        parse_text(damage(_seed()), strict=True, name="damaged.txt")
    assert raised.value.defect.code in CATALOGUE
    assert str(raised.value).startswith("damaged.txt: ")


@pytest.mark.parametrize("code", sorted({c[0] for c in CASES}))
def test_defect_is_absent_from_the_clean_seed(code: str) -> None:
    assert code not in {d.code for d in parse_text(_seed()).defects}


def test_unknown_codes_are_refused() -> None:
    with pytest.raises(ValueError, match="not in the catalogue"):
        DefectLog().add("made_up", "no such defect")


def test_readme_documents_every_defect_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `([a-z_]+)` \| (.+?) \|$", readme, flags=re.M))
    assert set(table) >= set(CATALOGUE)
    assert [c for c in table if c in CATALOGUE] == list(CATALOGUE)


def test_seed_is_clean() -> None:
    assert parse_text(_seed()).defects == []
    assert Path(ROOT / "README.md").exists()


class _Numbered:
    """A resolution as the numbering check reads it: a number and no sub-items."""

    def __init__(self, number: str | None) -> None:
        self.number = number
        self.items: list[_Numbered] = []


@pytest.mark.parametrize(
    ("numbers", "found"),
    [
        # A minute's number, then its roman items read at the same level: "65." over
        # "(i) That the ... allocations be approved."
        (["65", "i", "ii"], "resolution numbers mix styles: 65, i, ii"),
        (["1", "a"], "resolution numbers mix styles: 1, a"),
        (["1", "3"], "expected resolutions numbered in sequence, found 1, 3"),
    ],
)
def test_numbering_that_changes_style_is_a_defect_not_an_error(
    numbers: list[str], found: str
) -> None:
    from proforma_parser.checks import check_numbering

    log = DefectLog()
    check_numbering([_Numbered(n) for n in numbers], log)
    assert [(d.code, d.field, d.message) for d in log.defects] == [
        ("resolution_numbering", "resolutions", found)
    ]


def test_the_log_says_whether_a_field_was_left_uncertain() -> None:
    log = DefectLog()
    log.add(
        "uncertain_field", "the decision maker labels say 'Cabinet' / 'Yes'", field="decision_maker"
    )
    assert log.has("uncertain_field", "decision_maker") is True
    assert log.has("uncertain_field", "decision_date") is False
    assert log.has("missing_section", "decision_maker") is False
