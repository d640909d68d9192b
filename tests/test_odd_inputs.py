"""Odd but readable inputs: each comes back as a record with the right defect, never merged,
never silently garbled; and blank or imitation records are refused with a typed error."""

from __future__ import annotations

import time

import pytest

from proforma_parser import InvalidRecord, NotADecisionRecord, parse, parse_all, parse_text
from tests.conftest import SAMPLES


def _seed() -> str:
    return (SAMPLES / "stockton_send_2022_seed.txt").read_text(encoding="utf-8")


def _numbered() -> str:
    return (SAMPLES / "stockton_proforma_numbered.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("separator", ["\n\f\n", "\n\n"], ids=["form-feed", "no-separator"])
def test_two_records_in_one_file_are_never_merged(separator: str) -> None:
    text = _seed() + separator + _numbered()
    first = parse_text(text)
    assert [d.code for d in first.defects] == ["multiple_records"]
    assert first.title.startswith("Special Educational Needs")
    assert "Pocket Parks" not in first.text
    both = parse_all(text.encode("utf-8"))
    assert [r.title[:26] for r in both] == [
        "Special Educational Needs ",
        "Neighbourhood Pocket Parks",
    ]
    assert both[1].text.startswith("STOCKTON-ON-TEES BOROUGH COUNCIL")
    for record in both:
        for section in record.sections:
            assert record.text[section.start : section.end] == section.text


def test_a_blank_proforma_is_an_invalid_record() -> None:
    headings = "\n\n".join(
        [
            "1. Title of Item/Report",
            "2. Record of the Decision",
            "3. Reasons for the Decision",
            "7. Date and Time by which Call In must be executed",
        ]
    )
    with pytest.raises(InvalidRecord) as raised:
        parse_text(headings, name="blank.txt")
    message = str(raised.value)
    assert message.startswith("blank.txt: headings were found")
    assert "'Reasons for the Decision'" in message
    assert isinstance(raised.value, NotADecisionRecord)


def test_mojibake_is_repaired_and_recorded() -> None:
    damaged = _seed().replace("'Getting out and about'", "\u2018Getting out and about\u2019")
    damaged = damaged.encode("utf-8").decode("cp1252", errors="replace")
    record = parse(damaged.encode("utf-8"))
    assert [d.code for d in record.defects] == ["encoding"]
    assert "mojibake repaired" in record.defects[0].message
    assert "\u2018Getting out and about\u2019" in record.decision
    assert "â€" not in record.text


@pytest.mark.parametrize(
    "disguise",
    [
        lambda t: t.replace("Reasons for the Decision", "Reasons for the\u200b Decision"),
        lambda t: t.replace("Reasons for the Decision", "Ｒｅａｓｏｎｓ for the Decision"),
        lambda t: t.replace("Reasons for the Decision", "Reasons\u00a0for the\tDecision"),
    ],
    ids=["zero-width-space", "full-width-letters", "nbsp-and-tab"],
)
def test_look_alike_characters_in_headings(disguise: object) -> None:
    assert callable(disguise)
    record = parse_text(disguise(_seed()))
    assert record.reasons is not None
    assert record.reasons.startswith("The SEND strategy supports")
    assert record.defects == []


def test_a_two_megabyte_line_is_refused_fast() -> None:
    line = "3. Reasons for the Decision 12345678901234567890. " * 40_000
    started = time.perf_counter()
    with pytest.raises(NotADecisionRecord):
        parse_text(line)
    assert time.perf_counter() - started < 10


def test_impossible_dates_are_defects_not_guesses() -> None:
    text = _seed().replace("Friday 25th March 2022", "Friday 31st February 2022")
    record = parse_text(text)
    assert record.call_in is not None
    assert record.call_in.date is None
    assert [d.code for d in record.defects] == ["unparsed_date"]
    assert "31st February 2022" in record.defects[0].message
