"""Every defect names its field; `strict` raises for every defect, none, or the codes named."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from proforma_parser import DecisionRecord, DefectError, parse, parse_all, parse_text
from proforma_parser.defects import CATALOGUE, SOURCE_CODES
from tests.conftest import SAMPLES
from tests.test_defects import CASES, _seed
from tests.test_golden import SAMPLE_FILES

RECORD_FIELDS = frozenset(DecisionRecord.model_fields)

# The field each damage of the seed concerns (the damages are test_defects.CASES).
FIELD_OF_CASE: dict[str, str] = {
    "missing_section": "conflicts_of_interest",
    "duplicate_section": "reasons",
    "out_of_order_section": "decision",
    "weekday_mismatch": "call_in",
    "date_order": "call_in",
    "empty_section": "reasons",
    "resolution_numbering": "resolutions",
    "no_resolutions": "resolutions",
}

MORE_CASES: list[tuple[str, Callable[[str], str], str]] = [
    (
        "unknown_section",
        lambda t: t.replace("6. Details", "Catering Arrangements:\n\nTea.\n\n6. Details"),
        "sections",
    ),
    (
        "unparsed_date",
        lambda t: t.replace("Midnight - Friday 25th March 2022", "Midnight - Friday 31st Febtober"),
        "call_in",
    ),
    (
        "date_order",
        lambda t: t + "\nPublished: 1 January 2020\n",
        "published_on",
    ),
]


def _defect_fields(record: DecisionRecord, code: str) -> set[str | None]:
    return {d.field for d in record.defects if d.code == code}


@pytest.mark.parametrize("code", sorted(FIELD_OF_CASE))
def test_each_damage_names_the_field_it_concerns(code: str) -> None:
    damage = next(case[1] for case in CASES if case[0] == code)
    record = parse_text(damage(_seed()))
    assert _defect_fields(record, code) == {FIELD_OF_CASE[code]}


@pytest.mark.parametrize(("code", "damage", "field"), MORE_CASES, ids=[c[0] for c in MORE_CASES])
def test_more_damages_name_their_field(code: str, damage: Callable[[str], str], field: str) -> None:
    record = parse_text(damage(_seed()))
    assert field in _defect_fields(record, code), [(d.code, d.field) for d in record.defects]


def test_defects_of_the_source_as_a_whole_have_no_field(seed_path: Path) -> None:
    cp1252 = seed_path.read_text(encoding="utf-8").replace("Needs", "Needs \u2013").encode("cp1252")
    record = parse(cp1252, name="seed.pdf")
    by_code = {d.code: d.field for d in record.defects}
    assert "encoding" in by_code
    assert "format_mismatch" in by_code
    assert by_code["encoding"] is None
    assert by_code["format_mismatch"] is None


def test_source_codes_are_catalogued() -> None:
    assert set(CATALOGUE) >= SOURCE_CODES
    assert {"encoding", "format_mismatch", "tracked_changes"} <= SOURCE_CODES
    assert "missing_section" not in SOURCE_CODES


def test_the_schema_names_every_source_code() -> None:
    """Data teams read the rule in the JSON Schema: it must list exactly these codes."""
    description = DecisionRecord.model_json_schema()["$defs"]["Defect"]["properties"]["field"][
        "description"
    ]
    named = {code for code in CATALOGUE if code in description}
    assert named == SOURCE_CODES


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_every_defect_over_the_samples_names_a_field_unless_of_the_source(sample: Path) -> None:
    for record in parse_all(sample):
        for defect in record.defects:
            if defect.code in SOURCE_CODES:
                assert defect.field is None, defect
            else:
                assert defect.field in RECORD_FIELDS, defect


def test_the_samples_carry_field_defects() -> None:
    """The table above is not vacuous: the samples do produce defects that name fields."""
    fields = {d.field for s in SAMPLE_FILES for r in parse_all(s) for d in r.defects}
    assert {"alternative_options", "call_in"} <= fields


# --- strict ------------------------------------------------------------------------------

LISTING = SAMPLES / "moderngov_listing.txt"  # carries missing_section defects only


def _codes(path: Path) -> set[str]:
    return {d.code for d in parse(path).defects}


def test_the_listing_sample_is_what_these_tests_assume() -> None:
    assert _codes(LISTING) == {"missing_section"}


def test_strict_true_raises_on_any_defect() -> None:
    with pytest.raises(DefectError) as raised:
        parse(LISTING, strict=True)
    assert raised.value.defect.code == "missing_section"


def test_strict_false_and_empty_raise_nothing() -> None:
    assert parse(LISTING, strict=False).defects
    assert parse(LISTING, strict=set()).defects


def test_strict_codes_raise_only_for_those_codes() -> None:
    with pytest.raises(DefectError) as raised:
        parse(LISTING, strict={"missing_section"})
    assert raised.value.defect.code == "missing_section"
    record = parse(LISTING, strict={"unparsed_date", "date_order"})
    assert {d.code for d in record.defects} == {"missing_section"}


def test_strict_code_with_a_field_raises_only_for_that_field() -> None:
    fields = _defect_fields(parse(LISTING), "missing_section")
    absent = sorted(RECORD_FIELDS - {f for f in fields if f})[0]
    present = sorted(f for f in fields if f)[0]
    assert parse(LISTING, strict=[f"missing_section:{absent}"]).defects
    with pytest.raises(DefectError) as raised:
        parse(LISTING, strict=[f"missing_section:{present}"])
    assert raised.value.defect.field == present


def test_strict_codes_apply_to_parse_text_and_parse_all() -> None:
    text = LISTING.read_text(encoding="utf-8")
    with pytest.raises(DefectError):
        parse_text(text, strict=frozenset({"missing_section"}))
    assert parse_text(text, strict=("no_resolutions",)).defects
    with pytest.raises(DefectError):
        parse_all(LISTING, strict=["missing_section"])


@pytest.mark.parametrize(
    ("strict", "error", "says"),
    [
        ({"missing_sectoin"}, ValueError, "missing_sectoin"),
        ({"missing_section:no_such_field"}, ValueError, "no_such_field"),
        ("missing_section", TypeError, "collection"),
        ({1}, TypeError, "str"),
        (None, TypeError, "strict"),
    ],
)
def test_unknown_strict_codes_are_refused_before_reading(
    strict: object, error: type[Exception], says: str
) -> None:
    # The path does not exist: the argument is refused before the file is looked at.
    with pytest.raises(error, match=re.escape(says)):
        parse("/nope/gone.txt", strict=strict)  # type: ignore[arg-type]
    with pytest.raises(error, match=re.escape(says)):
        parse_text("x", strict=strict)  # type: ignore[arg-type]


# --- the command line ----------------------------------------------------------------------


def test_cli_strict_codes_fail_only_on_those_codes(capsys: pytest.CaptureFixture[str]) -> None:
    from proforma_parser.cli import EXIT_FAILED, EXIT_OK, main

    assert main(["parse", "--strict-codes", "unparsed_date,date_order", str(LISTING)]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["defects"][0]["code"] == "missing_section"
    assert main(["parse", "--strict-codes", "date_order,missing_section", str(LISTING)]) == (
        EXIT_FAILED
    )
    assert f"error: DefectError: {LISTING}: missing_section" in capsys.readouterr().err


def test_cli_strict_codes_may_be_repeated_and_name_a_field(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from proforma_parser.cli import EXIT_FAILED, main

    fields = sorted(f for f in _defect_fields(parse(LISTING), "missing_section") if f)
    argv = ["parse", "--strict-codes", "date_order", "--strict-codes"]
    assert main([*argv, f"missing_section:{fields[0]}", str(LISTING)]) == EXIT_FAILED
    assert "missing_section: expected the" in capsys.readouterr().err


def test_cli_unknown_strict_code_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    from proforma_parser.cli import EXIT_USAGE, main

    assert main(["parse", "--strict-codes", "missing_sectoin", str(LISTING)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "--strict-codes" in err
    assert "'missing_sectoin' is not in the defect catalogue" in err


def test_cli_strict_does_not_hide_a_misspelt_code(capsys: pytest.CaptureFixture[str]) -> None:
    from proforma_parser.cli import EXIT_USAGE, main

    assert main(["parse", "--strict", "--strict-codes", "nope", str(LISTING)]) == EXIT_USAGE
    assert "'nope' is not in the defect catalogue" in capsys.readouterr().err
