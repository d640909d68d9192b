"""The command line, called in-process through `main(argv)`."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from proforma_parser.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main, record_schema
from tests.conftest import SAMPLES


def test_parse_one_file_prints_one_record(
    seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(seed_path)]) == EXIT_OK
    record = json.loads(capsys.readouterr().out)
    assert record["decision_date"] == "2022-03-17"
    assert record["call_in"]["deadline"] == "2022-03-26T00:00:00+00:00"
    assert record["source"]["name"] == "stockton_send_2022_seed.txt"


def test_parse_several_files_prints_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    files = [SAMPLES / "label_sheet.txt", SAMPLES / "moderngov_listing.txt"]
    assert main(["parse", *map(str, files)]) == EXIT_OK
    records = json.loads(capsys.readouterr().out)
    assert [r["source"]["name"] for r in records] == ["label_sheet.txt", "moderngov_listing.txt"]


def test_jsonl_is_one_record_per_line_and_no_text_drops_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = sorted(SAMPLES.glob("*.txt"))[:3]
    assert main(["parse", "--jsonl", "--no-text", *map(str, files)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert all("text" not in json.loads(line) for line in lines)


def test_a_failing_file_is_reported_and_the_rest_still_parse(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", "--jsonl", str(empty), str(seed_path)]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert f"error: EmptySource: {empty}:" in captured.err
    assert json.loads(captured.out)["title"].startswith("Special Educational Needs")


def test_strict_turns_defects_into_failures(capsys: pytest.CaptureFixture[str]) -> None:
    listing = SAMPLES / "moderngov_listing.txt"
    assert main(["parse", "--strict", str(listing)]) == EXIT_FAILED
    assert f"error: DefectError: {listing}: missing_section" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse"]) == EXIT_USAGE
    assert main(["no-such-command"]) == EXIT_USAGE
    assert "No such command" in capsys.readouterr().err


def test_schema_is_draft_2020_12_and_validates_every_sample(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema"]) == EXIT_OK
    schema = json.loads(capsys.readouterr().out)
    assert schema == record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(SAMPLES.glob("*.txt"))
    assert main(["parse", "--jsonl", *map(str, files)]) == EXIT_OK
    for line in capsys.readouterr().out.splitlines():
        errors = list(validator.iter_errors(json.loads(line)))
        assert errors == []


def test_schema_carries_the_field_descriptions() -> None:
    schema = record_schema()
    properties = schema["properties"]
    assert isinstance(properties, dict)
    assert "date the decision was made" in properties["decision_date"]["description"]
    assert "declares none" in properties["alternative_options"]["description"]


def test_pdf_engine_option_reads_pdfs_with_pdfium(capsys: pytest.CaptureFixture[str]) -> None:
    sample = SAMPLES / "pdf" / "fernbrook_allotments.unruled.pdf"
    assert main(["parse", "--pdf-engine", "pdfium", str(sample)]) == EXIT_OK
    by_pdfium = json.loads(capsys.readouterr().out)
    assert main(["parse", str(sample)]) == EXIT_OK
    by_default = json.loads(capsys.readouterr().out)
    assert by_pdfium["title"] == "Allotment Rents and Water Charges 2024/25"
    assert by_pdfium["sections"] == by_default["sections"]
    assert main(["parse", "--pdf-engine", "pdfminer", str(sample)]) == EXIT_USAGE
    assert "'pdfminer' is not one of 'pdfplumber', 'pdfium'" in capsys.readouterr().err
