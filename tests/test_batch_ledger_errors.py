"""A ledger that cannot be used is a `LedgerError` naming it, exit code 2, one line.

Each case used to reach the operator as a raw `OperationalError`, `DatabaseError` or
`FileNotFoundError` without the file's name.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from proforma_parser import LedgerError, ProformaError
from proforma_parser.batch.export import export_ledger
from proforma_parser.batch.ledger import Ledger
from proforma_parser.cli import EXIT_OK, EXIT_USAGE, main
from tests.conftest import SAMPLES


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "seed.txt").write_bytes((SAMPLES / "stockton_send_2022_seed.txt").read_bytes())
    return folder


def _backfill(archive: Path, ledger: Path) -> int:
    return main(["backfill", str(archive), "--ledger", str(ledger), "--workers", "1", "--quiet"])


def _export(ledger: Path, out: Path) -> int:
    return main(["export", str(ledger), "--format", "jsonl", "--out", str(out)])


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and "OperationalError" not in err
    assert "DatabaseError" not in err and "FileNotFoundError" not in err
    return err


def test_a_ledger_in_a_missing_folder(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "no" / "such" / "l.sqlite"
    assert _backfill(archive, ledger) == EXIT_USAGE
    err = _one_line(capsys)
    assert f"error: LedgerError: {ledger}: the folder {ledger.parent} does not exist" in err
    assert _export(ledger, tmp_path / "out.jsonl") == EXIT_USAGE
    assert f"{ledger}: no such ledger" in _one_line(capsys)


def test_a_file_that_is_not_sqlite(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "notes.sqlite"
    ledger.write_text("shopping list: eggs, milk, bread\n" * 200, encoding="utf-8")
    before = ledger.read_bytes()
    assert _backfill(archive, ledger) == EXIT_USAGE
    assert f"{ledger}: not a SQLite database" in _one_line(capsys)
    assert _export(ledger, tmp_path / "out.jsonl") == EXIT_USAGE
    assert f"{ledger}: not a SQLite database" in _one_line(capsys)
    assert ledger.read_bytes() == before


def test_another_applications_database_is_left_alone(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "crm.sqlite"
    with closing(sqlite3.connect(ledger)) as db, db:
        db.execute("CREATE TABLE customers (name TEXT)")
    assert _backfill(archive, ledger) == EXIT_USAGE
    assert f"{ledger}: not a proforma-parser ledger (it has tables customers)" in _one_line(capsys)
    assert _export(ledger, tmp_path / "out.jsonl") == EXIT_USAGE
    assert f"{ledger}: not a proforma-parser ledger" in _one_line(capsys)
    with closing(sqlite3.connect(ledger)) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master")]
    assert tables == ["customers"]  # nothing was added to someone else's database


def test_an_empty_database_of_another_kind_is_refused_at_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "empty.sqlite"
    sqlite3.connect(ledger).close()  # a zero-byte file: a valid, empty database
    assert _export(ledger, tmp_path / "out.jsonl") == EXIT_USAGE
    assert f"{ledger}: not a proforma-parser ledger (it has no tables)" in _one_line(capsys)


def _read_only_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every ledger connection read-only as SQLite sees it. Tests run as root, which
    ignores file modes, so `chmod 444` alone would not make a ledger read-only here; this
    gives the very error SQLite raises for a read-only file."""
    connect = sqlite3.connect

    def read_only(target: str, **options: Any) -> sqlite3.Connection:
        options.pop("uri", None)
        uri = target if target.startswith("file:") else f"file:{target}?mode=ro"
        connection: sqlite3.Connection = connect(uri, uri=True, **options)
        return connection

    monkeypatch.setattr(sqlite3, "connect", read_only)


def test_a_read_only_ledger(
    archive: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ledger = tmp_path / "l.sqlite"
    assert _backfill(archive, ledger) == EXIT_OK
    (archive / "new.txt").write_bytes((SAMPLES / "label_sheet.txt").read_bytes())
    _read_only_sqlite(monkeypatch)
    assert _backfill(archive, ledger) == EXIT_USAGE
    err = _one_line(capsys)
    assert f"error: LedgerError: {ledger}: the ledger is read-only" in err
    assert _export(ledger, tmp_path / "out.jsonl") == EXIT_OK  # export only reads


@pytest.fixture
def frozen(tmp_path: Path) -> Iterator[Path]:
    """A folder nothing can be written into, not even by root (the immutable attribute):
    a data team's read-only copy of a ledger."""
    folder = tmp_path / "copy"
    folder.mkdir()
    if shutil.which("chattr") is None:
        pytest.skip("chattr is needed to make a folder read-only for root")
    yield folder
    subprocess.run(["chattr", "-R", "-i", str(folder)], check=False)


def test_export_reads_a_read_only_copy(archive: Path, tmp_path: Path, frozen: Path) -> None:
    ledger = tmp_path / "l.sqlite"
    assert _backfill(archive, ledger) == EXIT_OK
    copy = frozen / "l.sqlite"
    shutil.copyfile(ledger, copy)  # a copy: no -wal or -shm beside it
    subprocess.run(["chattr", "+i", str(copy), str(frozen)], check=True)
    with pytest.raises(OSError):
        (frozen / "probe").write_text("x", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert export_ledger(copy, out, format="jsonl") == 1
    assert out.read_text(encoding="utf-8").count("\n") == 1
    assert sorted(p.name for p in frozen.iterdir()) == ["l.sqlite"]


def test_an_export_into_a_missing_folder(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "l.sqlite"
    assert _backfill(archive, ledger) == EXIT_OK
    out = tmp_path / "no" / "such" / "out.csv"
    assert main(["export", str(ledger), "--format", "csv", "--out", str(out)]) == EXIT_USAGE
    err = _one_line(capsys)
    assert f"error: ExportError: {out}: the folder {out.parent} does not exist" in err


def test_the_library_raises_its_own_errors(tmp_path: Path) -> None:
    not_sqlite = tmp_path / "x.sqlite"
    not_sqlite.write_text("plain text, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(LedgerError) as raised:
        Ledger(not_sqlite, parser_version="1")
    assert isinstance(raised.value, ProformaError) and raised.value.path == str(not_sqlite)
    with pytest.raises(LedgerError, match="no such ledger"):
        export_ledger(tmp_path / "missing.sqlite", tmp_path / "o.jsonl", format="jsonl")
