"""The ledger: a SQLite database that is both the backfill's memory and its output.

One row per input path in `documents`, one row per defect of a parsed record in `defects`,
one row per run in `runs`, and at most one row in `run_lock` while a backfill runs. Only the
parent process writes it, and only inside transactions (WAL mode), so a SIGKILL at any
moment leaves the rows that were committed and nothing half-written; the next run picks up
from there.

    documents(id, path_bytes UNIQUE, path, sha256, size, format, status ok|defects|failed,
              error_type, error_message, record JSON, defect_codes JSON, parser_version,
              parsed_at, seconds)
    defects(document_id, path, code, field, section, page, message)
    runs(id, started_at, finished_at, sources, engine, workers, parser_version, files, parsed,
         skipped, ok, defects, failed, error_types, defect_codes, defect_fields, seconds,
         docs_per_second, worker_peak_rss_kb)
    run_lock(id = 1, pid, host, started_at, run_id)

`path_bytes` is the path exactly as the file system gave it (`os.fsencode`): the key, so
"résumé.txt" in UTF-8, the same name in Latin-1 bytes and a name that really is
"r\\xe9sum\\xe9.txt" each have their row. `path` is the same path as text for people and
exports, with bytes that are not UTF-8 written as \\xNN. A run whose `finished_at` is null
was killed or interrupted.

Every failure of SQLite is raised as a `LedgerError` that names the ledger and says what to
do. A ledger of version 1 (the `path` text was the key, no `defects`) is migrated in place,
in one transaction, when a backfill opens it; an export reads it as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import socket
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from ..errors import LedgerBusy, LedgerError
from .outcome import Result, display_path, path_key

LEDGER_VERSION = 2

_TABLES = (
    """CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path_bytes BLOB NOT NULL UNIQUE,
    path TEXT NOT NULL,
    sha256 TEXT,
    size INTEGER,
    format TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'defects', 'failed')),
    error_type TEXT,
    error_message TEXT,
    record TEXT,
    defect_codes TEXT NOT NULL DEFAULT '[]',
    parser_version TEXT NOT NULL,
    parsed_at TEXT NOT NULL,
    seconds REAL,
    CHECK ((status = 'failed') = (record IS NULL)),
    CHECK ((status = 'failed') = (error_type IS NOT NULL))
)""",
    "CREATE INDEX IF NOT EXISTS documents_status ON documents (status)",
    "CREATE INDEX IF NOT EXISTS documents_path ON documents (path)",
    """CREATE TABLE IF NOT EXISTS defects (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    code TEXT NOT NULL,
    field TEXT,
    section INTEGER,
    page INTEGER,
    message TEXT NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS defects_document ON defects (document_id)",
    "CREATE INDEX IF NOT EXISTS defects_code_field ON defects (code, field)",
    """CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    sources TEXT NOT NULL,
    engine TEXT NOT NULL,
    workers INTEGER NOT NULL,
    parser_version TEXT NOT NULL,
    files INTEGER,
    parsed INTEGER,
    skipped INTEGER,
    ok INTEGER,
    defects INTEGER,
    failed INTEGER,
    error_types TEXT,
    defect_codes TEXT,
    seconds REAL,
    docs_per_second REAL,
    worker_peak_rss_kb INTEGER,
    defect_fields TEXT
)""",
    """CREATE TABLE IF NOT EXISTS run_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    started_at TEXT NOT NULL,
    run_id INTEGER
)""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

_UPSERT = """
INSERT INTO documents (path_bytes, path, sha256, size, format, status, error_type,
                       error_message, record, defect_codes, parser_version, parsed_at, seconds)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (path_bytes) DO UPDATE SET
    path = excluded.path, sha256 = excluded.sha256, size = excluded.size,
    format = excluded.format, status = excluded.status, error_type = excluded.error_type,
    error_message = excluded.error_message, record = excluded.record,
    defect_codes = excluded.defect_codes, parser_version = excluded.parser_version,
    parsed_at = excluded.parsed_at, seconds = excluded.seconds
RETURNING id
"""

_INSERT_DEFECT = (
    "INSERT INTO defects (document_id, path, code, field, section, page, message) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)

# What a version 1 ledger lacks: its `documents` is rebuilt around `path_bytes`, its records'
# defects become rows, `runs` gains `defect_fields`.
_V1_COLUMNS = (
    "sha256, size, format, status, error_type, error_message, record, defect_codes, "
    "parser_version, parsed_at, seconds"
)
_V1_DEFECTS = """
INSERT INTO defects (document_id, path, code, field, section, page, message)
SELECT documents.id, documents.path, json_extract(item.value, '$.code'),
       json_extract(item.value, '$.field'), json_extract(item.value, '$.section'),
       json_extract(item.value, '$.page'), coalesce(json_extract(item.value, '$.message'), '')
FROM documents, json_each(documents.record, '$.defects') AS item
WHERE documents.record IS NOT NULL
"""
# A version 1 key of a name that was not UTF-8: "caf\xe9.txt", bytes written as \xNN.
_ESCAPED_BYTE_RE = re.compile(r"\\x([0-9a-f]{2})")


@dataclass(frozen=True, slots=True)
class Known:
    """What the ledger already holds for a path: enough to decide whether to parse again."""

    sha256: str | None
    parser_version: str
    error_type: str | None


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What one run did; kept in `runs` and printed at the end."""

    files: int
    parsed: int
    skipped: int
    by_status: dict[str, int]
    error_types: dict[str, int]
    defect_codes: dict[str, int]
    seconds: float
    totals: dict[str, int] = field(default_factory=dict)
    """What the ledger holds at the end, by status (all runs)."""
    worker_peak_rss_kb: int | None = None
    """The largest peak resident memory a worker reported: what to size --max-memory by."""
    defect_fields: dict[str, int] = field(default_factory=dict)
    """Defects by code and field, "missing_section/alternative_options"; a code alone for a
    defect of the whole source ("encoding")."""

    @property
    def docs_per_second(self) -> float:
        return self.parsed / self.seconds if self.seconds > 0 else 0.0


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def code_and_field(code: str, field: str | None) -> str:
    """How the summary and `runs.defect_fields` name a defect: "missing_section/reasons"."""
    return code if field is None else f"{code}/{field}"


class Ledger:
    """A connection to one ledger file. With `create` (a backfill), the file and its tables
    are made when missing and an old ledger is migrated; without (an export), the ledger is
    opened read-only and must exist."""

    def __init__(self, path: str | Path, *, parser_version: str, create: bool = True) -> None:
        self.path = os.fspath(path)
        self.parser_version = parser_version
        self.version = LEDGER_VERSION
        self.db = _connect(self.path, write=create)
        try:
            with self.translated():
                self._prepare(create)
        except BaseException:
            self.db.close()
            raise

    @contextmanager
    def translated(self) -> Iterator[None]:
        """SQLite's errors as `LedgerError`s naming this ledger."""
        try:
            yield
        except sqlite3.Error as exc:
            raise ledger_error(exc, self.path) from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: all of it or, if killed or failed, none of it."""
        with self.translated():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def _prepare(self, create: bool) -> None:
        tables = _tables(self.db)
        if not tables and create:
            # WAL is kept in the file, so readers (exports) need not set it again.
            self.db.execute("PRAGMA journal_mode = WAL")
            with self.transaction():
                for statement in _TABLES:
                    self.db.execute(statement)
                # OR IGNORE: a second backfill started at the same moment made it first.
                self.db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('ledger_version', ?)",
                    (str(LEDGER_VERSION),),
                )
        else:
            self.version = _ledger_version(self.db, tables, self.path)
            if create and self.version < LEDGER_VERSION:
                self._migrate_from_v1()
        if create:
            # NORMAL in WAL mode: a commit survives a killed process; only a power cut may
            # lose the last commits, which a resumed run simply parses again.
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")

    def _migrate_from_v1(self) -> None:
        with self.transaction():
            self.db.execute("ALTER TABLE documents RENAME TO documents_v1")
            self.db.execute("DROP INDEX IF EXISTS documents_status")
            for statement in _TABLES:
                self.db.execute(statement)
            rows = self.db.execute(f"SELECT path, {_V1_COLUMNS} FROM documents_v1")
            self.db.executemany(
                f"INSERT INTO documents (path_bytes, path, {_V1_COLUMNS}) "
                f"VALUES (?, ?{', ?' * 11})",
                ((_v1_key(row[0]), *row) for row in rows),
            )
            self.db.execute("DROP TABLE documents_v1")
            self.db.execute(_V1_DEFECTS)
            if "defect_fields" not in _columns(self.db, "runs"):
                self.db.execute("ALTER TABLE runs ADD COLUMN defect_fields TEXT")
            self.db.execute(
                "UPDATE meta SET value = ? WHERE key = 'ledger_version'", (str(LEDGER_VERSION),)
            )
        self.version = LEDGER_VERSION

    def known(self, path: str) -> Known | None:
        with self.translated():
            row = self.db.execute(
                "SELECT sha256, parser_version, error_type FROM documents WHERE path_bytes = ?",
                (path_key(path),),
            ).fetchone()
        return None if row is None else Known(row[0], row[1], row[2])

    def record(self, results: Iterable[Result]) -> None:
        """Write results in one transaction: all of them or, if killed, none."""
        stamp = now()
        batch = list(results)
        if not batch:
            return
        with self.transaction():
            for result in batch:
                (document_id,) = self.db.execute(_UPSERT, self._row(result, stamp)).fetchone()
                self.db.execute("DELETE FROM defects WHERE document_id = ?", (document_id,))
                shown = display_path(result.path)
                self.db.executemany(
                    _INSERT_DEFECT, ((document_id, shown, *defect) for defect in result.defects)
                )

    def _row(self, result: Result, stamp: str) -> tuple[object, ...]:
        return (
            path_key(result.path),
            display_path(result.path),
            result.sha256,
            result.size,
            result.format,
            result.status,
            result.error_type,
            result.error_message,
            result.record_json,
            json.dumps(list(result.defect_codes)),
            self.parser_version,
            stamp,
            round(result.seconds, 6),
        )

    def take_lock(self) -> str | None:
        """Hold the ledger for this process until `release_lock`. Raises `LedgerBusy` while
        another backfill runs; takes over, and says so, a lock whose process is gone."""
        host, pid = socket.gethostname(), os.getpid()
        note = None
        with self.transaction():
            held = self.db.execute("SELECT pid, host, started_at FROM run_lock").fetchone()
            if held is not None:
                note = self._stale(*held)
            self.db.execute(
                "INSERT OR REPLACE INTO run_lock (id, pid, host, started_at) VALUES (1, ?, ?, ?)",
                (pid, host, now()),
            )
        return note

    def _stale(self, pid: int, host: str, started_at: str) -> str:
        """What to say about a lock found held; raises when its holder may still run."""
        if host != socket.gethostname() or _alive(pid):
            raise LedgerBusy(
                f"in use by a backfill (pid {pid} on {host}, since {started_at}); wait for it "
                "to finish or stop it. If that run is dead on another host, remove its lock: "
                f"sqlite3 '{self.path}' 'DELETE FROM run_lock'",
                path=self.path,
            )
        return (
            f"{self.path}: took over the lock of pid {pid} on {host} (since {started_at}): "
            "that process is no longer running; its run was interrupted"
        )

    def release_lock(self) -> None:
        with self.transaction():
            self.db.execute(
                "DELETE FROM run_lock WHERE pid = ? AND host = ?",
                (os.getpid(), socket.gethostname()),
            )

    def start_run(self, sources: list[str], engine: str, workers: int) -> int:
        with self.translated():
            cursor = self.db.execute(
                "INSERT INTO runs (started_at, sources, engine, workers, parser_version) "
                "VALUES (?, ?, ?, ?, ?)",
                (now(), json.dumps(sources), engine, workers, self.parser_version),
            )
            run_id = int(cursor.lastrowid or 0)
            self.db.execute("UPDATE run_lock SET run_id = ?", (run_id,))
        return run_id

    def finish_run(self, run_id: int, summary: RunSummary) -> None:
        status = summary.by_status
        with self.translated():
            self.db.execute(
                "UPDATE runs SET finished_at = ?, files = ?, parsed = ?, skipped = ?, ok = ?, "
                "defects = ?, failed = ?, error_types = ?, defect_codes = ?, defect_fields = ?, "
                "seconds = ?, docs_per_second = ?, worker_peak_rss_kb = ? WHERE id = ?",
                (
                    now(),
                    summary.files,
                    summary.parsed,
                    summary.skipped,
                    status.get("ok", 0),
                    status.get("defects", 0),
                    status.get("failed", 0),
                    json.dumps(summary.error_types),
                    json.dumps(summary.defect_codes),
                    json.dumps(summary.defect_fields),
                    round(summary.seconds, 3),
                    round(summary.docs_per_second, 3),
                    summary.worker_peak_rss_kb,
                    run_id,
                ),
            )

    def totals(self) -> dict[str, int]:
        """Documents in the ledger by status."""
        with self.translated():
            rows = self.db.execute("SELECT status, count(*) FROM documents GROUP BY status")
            return {status: count for status, count in rows}

    def rows(self, statuses: tuple[str, ...], columns: str) -> Iterator[tuple[object, ...]]:
        """Stream `columns` of the documents with one of `statuses`, in path order."""
        marks = ", ".join("?" * len(statuses))
        query = f"SELECT {columns} FROM documents WHERE status IN ({marks}) ORDER BY path"
        with self.translated():
            yield from self.db.execute(query, statuses)

    def close(self) -> None:
        self.db.close()


def _connect(path: str, *, write: bool) -> sqlite3.Connection:
    """Open the ledger: for a backfill, read-write, made when missing; for an export,
    read-only (URI mode=ro), so a read-only copy can be exported."""
    if write:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise LedgerError(
                f"the folder {folder} does not exist; create it, or give --ledger a path in "
                "an existing folder",
                path=path,
            )
    elif not os.path.isfile(path):
        raise LedgerError(
            "no such ledger; give the path of a ledger that `proforma-parser backfill` wrote",
            path=path,
        )
    try:
        if write:
            # isolation_level=None: transactions are opened explicitly, never implicitly.
            return sqlite3.connect(path, isolation_level=None, timeout=30)
        return _connect_read_only(path)
    except sqlite3.Error as exc:
        raise ledger_error(exc, path) from exc


def _connect_read_only(path: str) -> sqlite3.Connection:
    uri = "file:" + quote(os.fsencode(os.path.abspath(path)))
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=30)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL ledger copied to a folder no one may write: SQLite cannot make its -shm
        # beside it. Nothing writes a copy, so it may be read as immutable.
        db.close()
        db = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    return db


def _tables(db: sqlite3.Connection) -> set[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {name for (name,) in rows if not name.startswith("sqlite_")}


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _ledger_version(db: sqlite3.Connection, tables: set[str], path: str) -> int:
    """The version a ledger says it has; raises for another application's database."""
    version = None
    if {"meta", "documents", "runs"} <= tables:
        row = db.execute("SELECT value FROM meta WHERE key = 'ledger_version'").fetchone()
        version = row[0] if row is not None else None
    if version is None or not str(version).isdigit():
        found = f"it has tables {', '.join(sorted(tables))}" if tables else "it has no tables"
        raise LedgerError(
            f"not a proforma-parser ledger ({found}); give --ledger a new file name, or the "
            "ledger a backfill wrote",
            path=path,
        )
    if int(version) > LEDGER_VERSION:
        raise LedgerError(
            f"written by a newer proforma-parser (ledger version {version}); upgrade "
            "proforma-parser, or start a new ledger",
            path=path,
        )
    return int(version)


def _v1_key(path: str) -> bytes:
    """The lossless key of a version 1 row. Its path was the key, with a name that was not
    UTF-8 written as \\xNN; where the file with those bytes exists and none with the
    escaped name does, the row is that file's."""
    if "\\x" in path:
        raw = _ESCAPED_BYTE_RE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), path)
        if os.path.lexists(raw) and not os.path.lexists(path):
            return path_key(raw)
    return path_key(path)


def _alive(pid: int) -> bool:
    """Whether a process with this id runs on this host (signal 0 tests, sends nothing)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def ledger_error(exc: sqlite3.Error, path: str) -> LedgerError:
    """SQLite's error as what it means for the ledger at `path`, and what to do."""
    text = str(exc)
    meanings = (
        (
            "readonly",
            "the ledger is read-only (file or folder permissions, a read-only disk); "
            "run the backfill where it can be written, or copy it somewhere writable",
        ),
        (
            "not a database",
            "not a SQLite database; give --ledger a new file name, or the ledger a backfill wrote",
        ),
        ("unable to open", "cannot be opened (check the folder exists and may be written)"),
        ("locked", "locked by another program for more than 30 s; try again when it is done"),
        ("disk is full", "the disk is full; free space and run again (the run resumes)"),
        ("malformed", "the ledger file is damaged; restore a copy, or start a new ledger"),
    )
    for words, meaning in meanings:
        if words in text:
            return LedgerError(f"{meaning} (SQLite: {text})", path=path)
    return LedgerError(f"SQLite failed: {text}", path=path)
