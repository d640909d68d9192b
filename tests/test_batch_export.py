"""Exports of a ledger: flattened CSV, long resolutions, the failure report, nested Parquet."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from proforma_parser import DecisionRecord, parse
from proforma_parser.batch.columns import record_columns
from proforma_parser.batch.export import export_ledger
from proforma_parser.batch.ledger import Ledger
from proforma_parser.batch.outcome import Result
from proforma_parser.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from tests.conftest import SAMPLES

SEED = SAMPLES / "stockton_send_2022_seed.txt"
NESTED = SAMPLES / "docx" / "fernbrook_allotments.flow.docx"  # 2. has (a) and (b)
WITH_DEFECTS = SAMPLES / "moderngov_listing.txt"


def _result(path: Path, record: DecisionRecord) -> Result:
    codes = tuple(defect.code for defect in record.defects)
    return Result(
        path=str(path),
        status="defects" if codes else "ok",
        sha256=record.source.sha256,
        record_json=record.model_dump_json(),
        defect_codes=codes,
    )


def _deep_record() -> DecisionRecord:
    """The seed with resolutions nested five deep (deeper than Parquet keeps as structs)."""
    data = json.loads(parse(SEED).model_dump_json())
    item: dict[str, object] = {"number": "v", "text": "fifth level", "items": []}
    for number in ("iv", "iii", "ii", "i"):
        item = {"number": number, "text": f"level {number}", "items": [item]}
    data["resolutions"] = [item]
    return DecisionRecord.model_validate(data)


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.sqlite"
    db = Ledger(path, parser_version="test")
    results = [_result(p, parse(p)) for p in (SEED, NESTED, WITH_DEFECTS)]
    results.append(_result(tmp_path / "deep.txt", _deep_record()))
    results.append(
        Result(path="/x/broken.pdf", status="failed", sha256="ab", size=9, format="pdf",
               error_type="CorruptSource", error_message="broken.pdf: damaged", seconds=0.5)
    )  # fmt: skip
    db.record(results)
    db.close()
    return path


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_flattens_scalars_and_keeps_lists_as_json(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.csv"
    assert export_ledger(ledger, out, format="csv") == 4
    rows = {Path(r["path"]).name: r for r in _csv(out)}
    seed = rows[SEED.name]
    assert list(seed)[:3] == ["path", "status", "schema_version"]
    assert "call_in" not in seed and "source" not in seed
    assert seed["call_in_deadline"] == "2022-03-26T00:00:00+00:00"
    assert seed["call_in_applies"] == "true"
    assert seed["source_name"] == SEED.name
    assert seed["alternative_options"] == ""  # null
    assert (seed["authority"], seed["authority_code"]) == (
        "Stockton-on-Tees Borough Council",
        "E06000004",
    )
    assert seed["source_furniture"] == "[]"
    assert [r["number"] for r in json.loads(seed["resolutions"])] == ["1", "2"]
    assert rows[WITH_DEFECTS.name]["status"] == "defects"
    assert not (tmp_path / "records.csv.partial").exists()


def test_csv_columns_follow_the_model() -> None:
    names = [name for name, _ in record_columns()]
    assert "call_in_deadline" in names and "source_parser_version" in names
    for field in DecisionRecord.model_fields:
        assert any(name == field or name.startswith(f"{field}_") for name in names), field
    assert dict(record_columns())["decision_date"] == "date"


def test_resolutions_long_format_with_parents(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "resolutions.csv"
    export_ledger(ledger, out, format="csv", resolutions=True)
    nested = [r for r in _csv(out) if r["path"] == str(NESTED)]
    shape = [(r["position"], r["level"], r["number"], r["parent_position"], r["parent_number"]) for r in nested]  # fmt: skip
    assert shape == [
        ("1", "0", "1", "", ""),
        ("2", "0", "2", "", ""),
        ("3", "1", "a", "2", "2"),
        ("4", "1", "b", "2", "2"),
        ("5", "0", "3", "", ""),
    ]
    assert nested[0]["title"] == "Allotment Rents and Water Charges 2024/25"
    assert nested[0]["decision_date"] == "2023-10-09"
    assert {(r["kind"], r["by"]) for r in nested} == {("resolved", "Cabinet")}


def test_failures_report(ledger: Path, tmp_path: Path) -> None:
    export_ledger(ledger, tmp_path / "failed.csv", format="csv", status="failed")
    (row,) = _csv(tmp_path / "failed.csv")
    assert (row["path"], row["error_type"], row["error_message"], row["size"]) == (
        "/x/broken.pdf",
        "CorruptSource",
        "broken.pdf: damaged",
        "9",
    )
    export_ledger(ledger, tmp_path / "failed.parquet", format="parquet", status="failed")
    table = pq.read_table(tmp_path / "failed.parquet")
    assert table.column("error_type").to_pylist() == ["CorruptSource"]
    assert pa.types.is_timestamp(table.schema.field("parsed_at").type)


def test_status_filters(ledger: Path, tmp_path: Path) -> None:
    assert export_ledger(ledger, tmp_path / "ok.jsonl", format="jsonl", status="ok") == 3
    assert export_ledger(ledger, tmp_path / "d.jsonl", format="jsonl", status="defects") == 1


def test_parquet_has_a_nested_schema_and_reads_back(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.parquet"
    export_ledger(ledger, out, format="parquet")
    table = pq.read_table(out)
    schema = table.schema
    assert set(schema.names) == {"path", "status", *DecisionRecord.model_fields}
    assert schema.field("decision_date").type == pa.date32()
    call_in = schema.field("call_in").type
    assert call_in.field("deadline").type == pa.timestamp("us", tz="Europe/London")
    assert call_in.field("date").type == pa.date32()
    assert pa.types.is_list(schema.field("resolutions").type)
    assert pa.types.is_struct(schema.field("source").type)
    rows = {Path(r["path"]).name: r for r in table.to_pylist()}
    seed = parse(SEED)
    assert rows[SEED.name]["decision_date"] == seed.decision_date
    assert rows[SEED.name]["authority_code"] == seed.authority_code == "E06000004"
    assert seed.call_in is not None
    assert rows[SEED.name]["call_in"]["deadline"] == seed.call_in.deadline
    assert rows[NESTED.name]["resolutions"][1]["items"][0]["number"] == "a"
    numbers = duckdb.execute(
        f"SELECT r.number FROM (SELECT unnest(resolutions) AS r FROM '{out}' WHERE path = '{SEED}')"
    ).fetchall()
    assert numbers == [("1",), ("2",)]


def test_parquet_keeps_resolutions_nested_past_its_depth_as_json(
    ledger: Path, tmp_path: Path
) -> None:
    out = tmp_path / "records.parquet"
    export_ledger(ledger, out, format="parquet")
    (deep,) = [r for r in pq.read_table(out).to_pylist() if r["path"].endswith("deep.txt")]
    level = deep["resolutions"][0]
    for number in ("i", "ii", "iii"):
        assert level["number"] == number
        level = level["items"][0]
    assert level["number"] == "iv"
    assert json.loads(level["items_json"])[0]["text"] == "fifth level"


def test_export_command(ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.jsonl"
    assert main(["export", str(ledger), "--format", "jsonl", "--out", str(out)]) == EXIT_OK
    assert "exported 4 rows" in capsys.readouterr().err
    argv = ["export", str(ledger), "--format", "csv", "--out", str(out)]
    assert main([*argv, "--resolutions", "--status", "failed"]) == EXIT_USAGE
    not_a_ledger = tmp_path / "other.sqlite"
    sqlite3.connect(not_a_ledger).close()
    assert main(["export", str(not_a_ledger), "--format", "csv", "--out", str(out)]) == EXIT_USAGE
    assert "not a proforma-parser ledger" in capsys.readouterr().err


def test_parquet_without_pyarrow_says_how_to_install(
    ledger: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    argv = ["export", str(ledger), "--format", "parquet", "--out", str(tmp_path / "r.parquet")]
    assert main(argv) == EXIT_FAILED
    assert "pip install 'proforma-parser[parquet]'" in capsys.readouterr().err
