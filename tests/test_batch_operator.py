"""What an operator must hear: sources that find nothing, a ledger already in use, and file
names that only differ in bytes that are not UTF-8."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from proforma_parser import WorkerStartError
from proforma_parser.batch import backfill as backfill_module
from proforma_parser.batch.backfill import Options, backfill
from proforma_parser.batch.ledger import Ledger
from proforma_parser.batch.outcome import Result
from proforma_parser.batch.progress import Counts
from proforma_parser.cli import EXIT_OK, EXIT_USAGE, main
from tests.conftest import SAMPLES

CLI = "import sys; from proforma_parser.cli import main; sys.exit(main(sys.argv[1:]))"
SEED = (SAMPLES / "stockton_send_2022_seed.txt").read_bytes()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for index in range(3):
        (folder / f"d{index}.txt").write_bytes(SEED + b"\n" * index)
    return folder


def _quiet(*args: str) -> list[str]:
    return [*args, "--workers", "1", "--quiet"]


@pytest.mark.parametrize(
    "missing",
    ["no-such-folder", "2019/*.pdf"],
    ids=["missing-path", "glob-matching-nothing"],
)
def test_a_source_that_finds_nothing_is_an_error(
    archive: Path, tmp_path: Path, missing: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(tmp_path / missing)
    ledger = tmp_path / "l.sqlite"
    assert main(_quiet("backfill", str(archive), source, "--ledger", str(ledger))) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"error: PathError: {source}: " in err
    assert not ledger.exists()  # nothing was started


def _holding_the_lock(ledger: Path) -> subprocess.Popen[str]:
    """A backfill that runs slowly (the test hook) in another process, once it holds the lock."""
    folder = ledger.parent / "slow"
    folder.mkdir()
    for index in range(20):
        (folder / f"s{index}.txt").write_bytes(SEED + b"\n" * index)
    env = {**os.environ, "PROFORMA_PARSER_TEST_FAULT": "slow=0.5"}
    argv = [sys.executable, "-c", CLI, *_quiet("backfill", str(folder), "--ledger", str(ledger))]
    process = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not _lock_row(ledger):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the first run never took the lock"
        time.sleep(0.05)
    return process


def _lock_row(ledger: Path) -> tuple[object, ...] | None:
    try:
        with closing(sqlite3.connect(ledger)) as db:
            row = db.execute("SELECT pid, host, started_at FROM run_lock").fetchone()
    except sqlite3.OperationalError:  # not created yet
        return None
    return tuple(row) if row is not None else None


def test_a_second_backfill_on_the_same_ledger_stops_at_once(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "l.sqlite"
    first = _holding_the_lock(ledger)
    try:
        pid, host, started = _lock_row(ledger) or ()
        assert (pid, host) == (first.pid, socket.gethostname())
        began = time.monotonic()
        assert main(_quiet("backfill", str(archive), "--ledger", str(ledger))) == EXIT_USAGE
        assert time.monotonic() - began < 5
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert f"error: LedgerBusy: {ledger}: in use by a backfill (pid {pid} on {host}" in err
        assert f"since {started}" in err
    finally:
        first.kill()
        first.communicate()
    with closing(sqlite3.connect(ledger)) as db:
        paths = [row[0] for row in db.execute("SELECT path FROM documents")]
    assert not any(str(archive) in path for path in paths)  # the second run parsed nothing


def test_a_lock_left_by_a_killed_run_is_taken_over(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "l.sqlite"
    Ledger(ledger, parser_version="0").close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    dead_pid = int(dead.stdout)
    with closing(sqlite3.connect(ledger)) as db, db:
        db.execute(
            "INSERT INTO run_lock (id, pid, host, started_at) VALUES (1, ?, ?, ?)",
            (dead_pid, socket.gethostname(), "2026-01-01T00:00:00+00:00"),
        )
    assert main(_quiet("backfill", str(archive), "--ledger", str(ledger))) == EXIT_OK
    err = capsys.readouterr().err
    assert f"took over the lock of pid {dead_pid} on {socket.gethostname()}" in err
    assert "no longer running" in err
    assert _lock_row(ledger) is None  # released at the end of the run
    with closing(sqlite3.connect(ledger)) as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_the_lock_is_released_when_the_run_fails(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(options: Options) -> Callable[[Iterable[str]], Iterator[Result]]:
        raise WorkerStartError("the workers could not start")

    monkeypatch.setattr(backfill_module, "_engine", broken)
    ledger = tmp_path / "l.sqlite"
    options = Options(sources=(str(archive),), ledger=str(ledger), workers=1)
    with pytest.raises(WorkerStartError):
        backfill(options, Counts())
    assert _lock_row(ledger) is None


def test_names_that_differ_only_in_bytes_get_their_own_rows(tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    names = [
        "résumé.txt",  # UTF-8
        os.fsdecode(b"r\xe9sum\xe9.txt"),  # Latin-1 bytes: surrogates in Python
        "r\\xe9sum\\xe9.txt",  # a name that really holds backslashes
        "a.txt",
        "b.txt",
    ]
    for index, name in enumerate(names):
        (folder / name).write_bytes(SEED + b"\n" * index)
    ledger = tmp_path / "l.sqlite"
    argv = _quiet("backfill", str(folder), "--ledger", str(ledger))
    assert main(argv) == EXIT_OK
    assert main(argv) == EXIT_OK
    with closing(sqlite3.connect(ledger)) as db:
        keys = sorted(row[0] for row in db.execute("SELECT path_bytes FROM documents"))
        last = db.execute("SELECT files, parsed, skipped FROM runs ORDER BY id DESC").fetchone()
    assert keys == sorted(os.fsencode(folder / name) for name in names)
    assert tuple(last) == (5, 0, 5)


# The ledger of the previous version (1): the path text was the key; no defects, no lock.
V1_SCHEMA = """
CREATE TABLE documents (
    path TEXT NOT NULL UNIQUE, sha256 TEXT, size INTEGER, format TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'defects', 'failed')),
    error_type TEXT, error_message TEXT, record TEXT, defect_codes TEXT NOT NULL DEFAULT '[]',
    parser_version TEXT NOT NULL, parsed_at TEXT NOT NULL, seconds REAL
);
CREATE INDEX documents_status ON documents (status);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, sources TEXT NOT NULL,
    engine TEXT NOT NULL, workers INTEGER NOT NULL, parser_version TEXT NOT NULL,
    files INTEGER, parsed INTEGER, skipped INTEGER, ok INTEGER, defects INTEGER,
    failed INTEGER, error_types TEXT, defect_codes TEXT, seconds REAL,
    docs_per_second REAL, worker_peak_rss_kb INTEGER
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('ledger_version', '1');
"""


def _v1_ledger(ledger: Path, files: dict[str, Path]) -> None:
    """A version 1 ledger holding `files` (key as version 1 wrote it -> file), as parsed now."""
    from proforma_parser import __version__, parse

    with closing(sqlite3.connect(ledger)) as db, db:
        db.executescript(V1_SCHEMA)
        for key, path in files.items():
            record = parse(path)
            status = "defects" if record.defects else "ok"
            db.execute(
                "INSERT INTO documents (path, sha256, size, format, status, record, "
                "parser_version, parsed_at) VALUES (?, ?, ?, 'text', ?, ?, ?, 'then')",
                (
                    key,
                    record.source.sha256,
                    record.source.size,
                    status,
                    record.model_dump_json(),
                    __version__,
                ),
            )


def test_a_version_1_ledger_is_migrated_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    latin1 = folder / os.fsdecode(b"caf\xe9.txt")
    latin1.write_bytes(SEED)
    listing = folder / "listing.txt"
    listing.write_bytes((SAMPLES / "moderngov_listing.txt").read_bytes())
    ledger = tmp_path / "l.sqlite"
    _v1_ledger(ledger, {str(folder / "caf\\xe9.txt"): latin1, str(listing): listing})
    out = tmp_path / "old.csv"
    assert main(["export", str(ledger), "--format", "csv", "--out", str(out)]) == EXIT_OK
    assert main(_quiet("backfill", str(folder), "--ledger", str(ledger))) == EXIT_OK
    with closing(sqlite3.connect(ledger)) as db:
        last = db.execute("SELECT files, parsed, skipped FROM runs ORDER BY id DESC").fetchone()
        keys = sorted(row[0] for row in db.execute("SELECT path_bytes FROM documents"))
        fields = {row[0] for row in db.execute("SELECT field FROM defects")}
        version = db.execute("SELECT value FROM meta WHERE key = 'ledger_version'").fetchone()
    assert tuple(last) == (2, 0, 2)  # nothing parsed again, the Latin-1 name included
    assert keys == sorted([os.fsencode(latin1), os.fsencode(listing)])
    assert "alternative_options" in fields  # the old records' defects became rows
    assert version == ("2",)
