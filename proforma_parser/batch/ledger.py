"""The ledger: a SQLite database that is both the backfill's memory and its output.

One row per input path in `documents`; one row per run in `runs`. Only the parent process
writes it, and only inside transactions (WAL mode), so a SIGKILL at any moment leaves the
rows that were committed and nothing half-written; the next run picks up from there.

    documents(path UNIQUE, sha256, size, format, status ok|defects|failed, error_type,
              error_message, record JSON, defect_codes JSON, parser_version, parsed_at, seconds)
    runs(id, started_at, finished_at, sources, engine, workers, parser_version, files, parsed,
         skipped, ok, defects, failed, error_types, defect_codes, seconds, docs_per_second,
         worker_peak_rss_kb)

A run whose `finished_at` is null was killed or interrupted.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .outcome import Result, ledger_key

LEDGER_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    path TEXT NOT NULL UNIQUE,
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
);
CREATE INDEX IF NOT EXISTS documents_status ON documents (status);
CREATE TABLE IF NOT EXISTS runs (
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
    worker_peak_rss_kb INTEGER
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_UPSERT = """
INSERT INTO documents (path, sha256, size, format, status, error_type, error_message, record,
                       defect_codes, parser_version, parsed_at, seconds)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (path) DO UPDATE SET
    sha256 = excluded.sha256, size = excluded.size, format = excluded.format,
    status = excluded.status, error_type = excluded.error_type,
    error_message = excluded.error_message, record = excluded.record,
    defect_codes = excluded.defect_codes, parser_version = excluded.parser_version,
    parsed_at = excluded.parsed_at, seconds = excluded.seconds
"""


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

    @property
    def docs_per_second(self) -> float:
        return self.parsed / self.seconds if self.seconds > 0 else 0.0


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Ledger:
    """A connection to one ledger file; creates the tables on first use."""

    def __init__(self, path: str | Path, *, parser_version: str, create: bool = True) -> None:
        if not create and not Path(path).is_file():
            raise FileNotFoundError(f"{path}: no such ledger")
        # isolation_level=None: transactions are opened explicitly, never implicitly.
        self.db = sqlite3.connect(str(path), isolation_level=None, timeout=30)
        self.parser_version = parser_version
        if create:
            # WAL is kept in the file, so readers (exports) need not set it again.
            self.db.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a commit survives a killed process; only a power cut may
            # lose the last commits, which a resumed run simply parses again.
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.executescript(_SCHEMA)
            self.db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('ledger_version', ?)", (LEDGER_VERSION,)
            )

    def known(self, path: str) -> Known | None:
        row = self.db.execute(
            "SELECT sha256, parser_version, error_type FROM documents WHERE path = ?",
            (ledger_key(path),),
        ).fetchone()
        return None if row is None else Known(row[0], row[1], row[2])

    def record(self, results: Iterable[Result]) -> None:
        """Write results in one transaction: all of them or, if killed, none."""
        stamp = now()
        rows = [self._row(result, stamp) for result in results]
        if not rows:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany(_UPSERT, rows)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _row(self, result: Result, stamp: str) -> tuple[object, ...]:
        return (
            ledger_key(result.path),
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

    def start_run(self, sources: list[str], engine: str, workers: int) -> int:
        cursor = self.db.execute(
            "INSERT INTO runs (started_at, sources, engine, workers, parser_version) "
            "VALUES (?, ?, ?, ?, ?)",
            (now(), json.dumps(sources), engine, workers, self.parser_version),
        )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, summary: RunSummary) -> None:
        status = summary.by_status
        self.db.execute(
            "UPDATE runs SET finished_at = ?, files = ?, parsed = ?, skipped = ?, ok = ?, "
            "defects = ?, failed = ?, error_types = ?, defect_codes = ?, seconds = ?, "
            "docs_per_second = ?, worker_peak_rss_kb = ? WHERE id = ?",
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
                round(summary.seconds, 3),
                round(summary.docs_per_second, 3),
                summary.worker_peak_rss_kb,
                run_id,
            ),
        )

    def totals(self) -> dict[str, int]:
        """Documents in the ledger by status."""
        rows = self.db.execute("SELECT status, count(*) FROM documents GROUP BY status")
        return {status: count for status, count in rows}

    def rows(self, statuses: tuple[str, ...], columns: str) -> Iterator[tuple[object, ...]]:
        """Stream `columns` of the documents with one of `statuses`, in path order."""
        marks = ", ".join("?" * len(statuses))
        query = f"SELECT {columns} FROM documents WHERE status IN ({marks}) ORDER BY path"
        yield from self.db.execute(query, statuses)

    def close(self) -> None:
        self.db.close()
