"""The ledger and the backfill command in-process: resume, change, new version, --force,
the summary, and the command line's own checks."""

from __future__ import annotations

import io
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from proforma_parser import LedgerError
from proforma_parser.batch import progress
from proforma_parser.batch.backfill import parse_size
from proforma_parser.batch.ledger import Ledger, RunSummary
from proforma_parser.batch.outcome import Result
from proforma_parser.cli import EXIT_OK, EXIT_USAGE, main
from tests.conftest import SAMPLES

DOCUMENT_COLUMNS = [
    "id",
    "path_bytes",
    "path",
    "sha256",
    "size",
    "format",
    "status",
    "error_type",
    "error_message",
    "record",
    "defect_codes",
    "parser_version",
    "parsed_at",
    "seconds",
]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in ("stockton_send_2022_seed.txt", "label_sheet.txt", "moderngov_listing.txt"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    os.mkfifo(folder / "pipe")
    return folder


def _backfill(archive: Path, ledger: Path, *extra: str) -> dict[str, object]:
    """Run the command quietly; the run's row from `runs`."""
    argv = ["backfill", str(archive), "--ledger", str(ledger), "--workers", "1", "--quiet"]
    assert main([*argv, *extra]) == EXIT_OK
    with closing(sqlite3.connect(ledger)) as db, db:
        db.row_factory = sqlite3.Row
        run = db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    return dict(run)


def test_resume_skips_what_is_known_and_parses_what_changed(archive: Path, tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite"
    first = _backfill(archive, ledger)
    assert (first["parsed"], first["skipped"], first["failed"]) == (4, 0, 1)
    assert first["finished_at"] is not None
    again = _backfill(archive, ledger)
    assert (again["parsed"], again["skipped"]) == (0, 4)
    seed = archive / "stockton_send_2022_seed.txt"
    seed.write_bytes(seed.read_bytes() + b"\n")
    changed = _backfill(archive, ledger)
    assert (changed["parsed"], changed["skipped"]) == (1, 3)
    with closing(sqlite3.connect(ledger)) as db, db:
        db.execute("UPDATE documents SET parser_version = '0.0.1' WHERE path LIKE '%label_sheet%'")
    upgraded = _backfill(archive, ledger)
    assert (upgraded["parsed"], upgraded["skipped"]) == (1, 3)
    forced = _backfill(archive, ledger, "--force")
    assert (forced["parsed"], forced["skipped"]) == (4, 0)
    assert (forced["ok"], forced["defects"], forced["failed"]) == (2, 1, 1)


def test_the_ledger_has_the_documented_columns_and_keeps_them_honest(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite", parser_version="9.9")
    try:
        columns = [row[1] for row in ledger.db.execute("PRAGMA table_info(documents)")]
        assert columns == DOCUMENT_COLUMNS
        assert ledger.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        ledger.record([Result(path="/a", status="failed", error_type="Timeout")])
        ledger.record([Result(path="/a", status="ok", record_json="{}", defect_codes=("x",))])
        assert ledger.totals() == {"ok": 1}
        # A failure carries no record; SQLite's refusal comes out as the library's own error.
        with pytest.raises(LedgerError, match="CHECK constraint failed"):
            ledger.record([Result(path="/b", status="failed", record_json="{}")])
        assert ledger.known("/b") is None  # the failed transaction left nothing
    finally:
        ledger.close()


def test_the_summary_and_plain_progress(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["backfill", str(archive), "--ledger", str(tmp_path / "l.sqlite"), "--workers", "2"]
    assert main(argv) == EXIT_OK
    out, err = capsys.readouterr()
    assert "4 files, 4 recorded, 0 skipped" in out
    assert "by status:    ok 2, defects 1, failed 1" in out
    assert "error types:  PathError 1" in out
    assert "defect codes: missing_section 4" in out
    assert "docs/s" in out
    assert "backfill: 4/4 files (ok 2, defects 1, failed 1, skipped 0;" in err  # not a TTY


def test_progress_bar_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    bar = progress.make_progress(quiet=False, stream=screen)
    assert isinstance(bar, progress.Bar)
    bar.start(2)
    bar.advance("ok")
    bar.advance("failed")
    bar.finish()
    assert "2/2" in screen.getvalue() and "failed 1" in screen.getvalue()
    assert type(progress.make_progress(quiet=True, stream=screen)) is progress.Counts


def test_plain_progress_prints_periodically(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "PLAIN_EVERY", 0.0)
    log = io.StringIO()
    lines = progress.make_progress(quiet=False, stream=log)
    lines.start(3)
    for status in ("ok", "skipped", "defects"):
        lines.advance(status)
    assert log.getvalue().splitlines()[1].startswith("backfill: 2/3 files (ok 1, defects 0")


def test_summary_lists_error_types_and_the_ledger() -> None:
    summary = RunSummary(
        files=5,
        parsed=4,
        skipped=1,
        by_status={"ok": 2, "failed": 2},
        error_types={"Timeout": 1, "CorruptSource": 1},
        defect_codes={},
        seconds=2.0,
        totals={"ok": 3, "failed": 2},
    )
    text = progress.format_summary(summary, "l.sqlite")
    assert "2.0 docs/s" in text
    assert "error types:  Timeout 1, CorruptSource 1" in text
    assert "defect codes" not in text
    assert "ledger l.sqlite: 5 documents (ok 3, defects 0, failed 2)" in text


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("2GiB", 2 << 30),
        ("512MiB", 512 << 20),
        ("512M", 512 << 20),
        ("1.5G", 3 << 29),
        ("2GB", 2_000_000_000),
        ("1000000", 1_000_000),
        ("0", 0),
        ("none", 0),
    ],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize(
    "extra",
    [["--engine", "dask"], ["--max-memory", "lots"], ["--workers", "0"]],
    ids=["dask-needs-scheduler", "bad-size", "no-workers"],
)
def test_usage_errors(tmp_path: Path, extra: list[str]) -> None:
    argv = ["backfill", str(tmp_path), "--ledger", str(tmp_path / "l.sqlite"), *extra]
    assert main(argv) == EXIT_USAGE


def test_a_file_name_that_is_not_utf8_is_recorded_and_resumed(tmp_path: Path) -> None:
    folder = tmp_path / "latin1"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name: surrogates in Python
    (folder / name).write_bytes((SAMPLES / "label_sheet.txt").read_bytes())
    ledger = tmp_path / "l.sqlite"
    argv = ["backfill", str(folder), "--ledger", str(ledger), "--workers", "1", "--quiet"]
    assert main(argv) == EXIT_OK
    assert main(argv) == EXIT_OK
    with closing(sqlite3.connect(ledger)) as db, db:
        rows = list(db.execute("SELECT path, status, record FROM documents"))
        skipped = db.execute("SELECT skipped FROM runs ORDER BY id DESC").fetchone()[0]
    ((path, status, record),) = rows
    assert path == str(folder / "caf\\xe9.txt") and status == "ok"
    assert '"name":"caf\\\\xe9.txt"' in record
    assert skipped == 1


def test_a_ledger_that_cannot_be_opened_is_an_error(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "no" / "such" / "l.sqlite"
    argv = ["backfill", str(archive), "--ledger", str(ledger)]
    assert main(argv) == EXIT_USAGE
    assert f"error: LedgerError: {ledger}: the folder" in capsys.readouterr().err


@pytest.mark.parametrize(("engine", "codes"), [("pdfium", "[]"), ("pdfplumber", '["encoding"]')])
def test_backfill_reads_pdfs_with_the_pdf_engine_given(
    tmp_path: Path, engine: str, codes: str
) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "a.pdf").write_bytes((SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf").read_bytes())
    ledger = tmp_path / "ledger.sqlite"
    argv = ["backfill", str(folder), "--ledger", str(ledger), "--workers", "1", "--quiet"]
    assert main([*argv, "--pdf-engine", engine]) == EXIT_OK
    with closing(sqlite3.connect(ledger)) as db, db:
        [(status, found)] = db.execute("SELECT status, defect_codes FROM documents").fetchall()
    assert (status, found) == ("defects" if engine == "pdfplumber" else "ok", codes)
