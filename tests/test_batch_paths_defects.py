"""Whole paths and statuses in every export and on stderr; defects counted by code and field
in the ledger and in the summary.

Two councils' years both hold a `decision.txt`: by its name alone, a row or a failure line
could be either.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from proforma_parser.batch import progress
from proforma_parser.batch.export import Format, export_ledger
from proforma_parser.cli import EXIT_OK, main
from tests.conftest import SAMPLES

# The query the README gives for "records that state no alternatives".
NO_ALTERNATIVES = """
SELECT DISTINCT path FROM defects
WHERE code = 'missing_section' AND field = 'alternative_options'
ORDER BY path
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    files = {
        "2019/decision.txt": "stockton_send_2022_seed.txt",  # ok
        "2020/decision.txt": "moderngov_cabinet_member.txt",  # no alternatives stated
        "2021/decision.txt": "moderngov_listing.txt",  # nor here, nor reasons
    }
    for name, sample in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes((SAMPLES / sample).read_bytes())
    (folder / "2022").mkdir()
    (folder / "2022" / "decision.txt").write_bytes(b"")  # fails: empty
    return folder


@pytest.fixture
def ledger(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "l.sqlite"
    assert main(["backfill", str(archive), "--ledger", str(path), "--workers", "1"]) == EXIT_OK
    return path


def test_failures_on_stderr_name_the_whole_path(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "l.sqlite"
    assert main(["backfill", str(archive), "--ledger", str(ledger), "--workers", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    failed = archive / "2022" / "decision.txt"
    assert f"failed: {failed}: EmptySource: the input is empty" in err
    with closing(sqlite3.connect(ledger)) as db:
        (message,) = db.execute("SELECT error_message FROM documents WHERE status = 'failed'")
    assert message[0].startswith(f"{failed}: ")


def test_defects_are_rows_to_query(archive: Path, ledger: Path) -> None:
    with closing(sqlite3.connect(ledger)) as db:
        found = [row[0] for row in db.execute(NO_ALTERNATIVES)]
        fields = dict(
            db.execute(
                "SELECT field, count(*) FROM defects WHERE code = 'missing_section' GROUP BY field"
            ).fetchall()
        )
    assert found == [str(archive / "2020" / "decision.txt"), str(archive / "2021" / "decision.txt")]
    assert fields["alternative_options"] == 2 and fields["reasons"] == 1


def test_defects_rows_follow_a_reparse(archive: Path, ledger: Path) -> None:
    (archive / "2020" / "decision.txt").write_bytes(
        (SAMPLES / "stockton_send_2022_seed.txt").read_bytes()
    )
    argv = ["backfill", str(archive), "--ledger", str(ledger), "--workers", "1", "--quiet"]
    assert main(argv) == EXIT_OK
    with closing(sqlite3.connect(ledger)) as db:
        found = [row[0] for row in db.execute(NO_ALTERNATIVES)]
    assert found == [str(archive / "2021" / "decision.txt")]


def test_the_summary_counts_defects_by_code_and_field(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "l.sqlite"
    assert main(["backfill", str(archive), "--ledger", str(ledger), "--workers", "1"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "missing_section/alternative_options 2" in out
    assert "missing_section/reasons 1" in out
    with closing(sqlite3.connect(ledger)) as db:
        (counts,) = db.execute("SELECT defect_fields FROM runs").fetchone()
    assert json.loads(counts)["missing_section/alternative_options"] == 2


def _statuses(archive: Path) -> dict[str, str]:
    return {
        str(archive / "2019" / "decision.txt"): "ok",
        str(archive / "2020" / "decision.txt"): "defects",
        str(archive / "2021" / "decision.txt"): "defects",
    }


def test_every_export_carries_the_whole_path_and_the_status(
    archive: Path, ledger: Path, tmp_path: Path
) -> None:
    expected = _statuses(archive)
    export_ledger(ledger, tmp_path / "r.jsonl", format="jsonl")
    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert {row["path"]: row["status"] for row in rows} == expected
    assert {row["source"]["path"] for row in rows} == set(expected)
    export_ledger(ledger, tmp_path / "r.csv", format="csv")
    with open(tmp_path / "r.csv", encoding="utf-8", newline="") as handle:
        assert {row["path"]: row["status"] for row in csv.DictReader(handle)} == expected
    export_ledger(ledger, tmp_path / "r.parquet", format="parquet")
    table = pq.read_table(tmp_path / "r.parquet").to_pylist()
    assert {row["path"]: row["status"] for row in table} == expected
    export_ledger(ledger, tmp_path / "r.db", format="sqlite")
    with closing(sqlite3.connect(tmp_path / "r.db")) as db:
        assert dict(db.execute("SELECT path, status FROM records").fetchall()) == expected
        (title,) = db.execute("SELECT title FROM records WHERE status = 'ok'").fetchone()
    assert title is not None and title == table[0]["title"]
    export_ledger(ledger, tmp_path / "res.csv", format="csv", resolutions=True)
    with open(tmp_path / "res.csv", encoding="utf-8", newline="") as handle:
        resolutions = list(csv.DictReader(handle))
    assert resolutions and {(r["path"], r["status"]) for r in resolutions} <= set(expected.items())


def test_the_failure_export_carries_the_status(archive: Path, ledger: Path, tmp_path: Path) -> None:
    formats: tuple[Format, ...] = ("jsonl", "csv", "parquet", "sqlite")
    for format in formats:
        out = tmp_path / f"failed.{format}"
        assert export_ledger(ledger, out, format=format, status="failed") == 1
    (row,) = [json.loads(line) for line in (tmp_path / "failed.jsonl").read_text().splitlines()]
    assert (row["path"], row["status"]) == (str(archive / "2022" / "decision.txt"), "failed")
    with open(tmp_path / "failed.csv", encoding="utf-8", newline="") as handle:
        assert [r["status"] for r in csv.DictReader(handle)] == ["failed"]
    assert pq.read_table(tmp_path / "failed.parquet").column("status").to_pylist() == ["failed"]
    with closing(sqlite3.connect(tmp_path / "failed.sqlite")) as db:
        rows = db.execute("SELECT path, status, error_type, size FROM failures").fetchall()
    assert rows == [(str(archive / "2022" / "decision.txt"), "failed", "EmptySource", 0)]


def test_failure_lines_show_above_a_progress_bar_and_not_when_quiet() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    line = "failed: /archive/2020/decision.txt: EmptySource: the input is empty"
    screen = Terminal()
    bar = progress.make_progress(quiet=False, stream=screen)
    bar.start(1)
    bar.failure(line)
    bar.advance("failed")
    bar.finish()
    assert line in screen.getvalue()
    quiet = Terminal()
    progress.make_progress(quiet=True, stream=quiet).failure(line)
    assert quiet.getvalue() == ""
