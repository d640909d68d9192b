"""Export a ledger: its records (JSONL, CSV, Parquet), their resolutions, or its failures.

    proforma-parser export L.sqlite --format jsonl --out records.jsonl
    proforma-parser export L.sqlite --format csv --out records.csv
    proforma-parser export L.sqlite --format parquet --out records.parquet
    proforma-parser export L.sqlite --format sqlite --out records.db
    proforma-parser export L.sqlite --format csv --resolutions --out resolutions.csv
    proforma-parser export L.sqlite --format csv --status failed --out failures.csv

Every row of every export carries the ledger's `path` (the whole path as walked, bytes
that are not UTF-8 written as \\xNN) and `status` (ok, defects or failed) first, so rows
join back to the ledger and "2019/decision.txt" is never mistaken for "2020/decision.txt".
A JSONL line is the record's JSON (what `proforma-parser parse --jsonl` prints) with those
two keys in front: without them it is valid against `proforma-parser schema`. The record's
`source.path` is the ledger's path where the record has none. SQLite gets the CSV's columns
as one table: `records`, `resolutions` or `failures`. The ledger is opened
read-only, so a read-only copy exports. The file is written beside `--out` and renamed into
place at the end: a killed export never leaves half a file.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, Literal

from .._version import __version__
from ..errors import ExportError
from .columns import (
    FAILURE_COLUMNS,
    LEDGER_COLUMNS,
    RESOLUTION_COLUMNS,
    Column,
    Kind,
    Row,
    flatten,
    record_columns,
    resolution_rows,
)
from .ledger import Ledger

Format = Literal["jsonl", "csv", "parquet", "sqlite"]
Selection = Literal["parsed", "ok", "defects", "failed"]

_PARTIAL = ".partial"

STATUSES: dict[Selection, tuple[str, ...]] = {
    "parsed": ("ok", "defects"),
    "ok": ("ok",),
    "defects": ("defects",),
    "failed": ("failed",),
}


def export_ledger(
    ledger: str | Path,
    out: str | Path,
    *,
    format: Format,
    status: Selection = "parsed",
    resolutions: bool = False,
) -> int:
    """Write the selected rows of `ledger` to `out`; the number of rows written."""
    if resolutions and status == "failed":
        raise ValueError("--resolutions exports parsed records; failures have none")
    target = Path(out)
    _check_folder(target)
    partial = target.with_name(target.name + _PARTIAL)
    db = Ledger(ledger, parser_version=__version__, create=False)
    try:
        with db.translated():
            count = _export(db, partial, format, STATUSES[status], resolutions)
        os.replace(partial, target)
    except OSError as exc:
        raise ExportError(
            f"cannot be written ({exc.strerror or exc}); check the folder may be written",
            path=str(target),
        ) from exc
    finally:
        db.close()
        partial.unlink(missing_ok=True)
    return count


def _check_folder(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            f"the folder {folder} does not exist; create it, or give --out a path in an "
            "existing folder",
            path=str(target),
        )


def _export(
    db: Ledger, out: Path, format: Format, statuses: tuple[str, ...], resolutions: bool
) -> int:
    if statuses == ("failed",):
        failures = db.rows(statuses, ", ".join(name for name, _ in FAILURE_COLUMNS))
        names = [name for name, _ in FAILURE_COLUMNS]
        rows = (dict(zip(names, row, strict=True)) for row in failures)
        return _write_flat(out, format, FAILURE_COLUMNS, rows, table="failures")
    records = _records(db.rows(statuses, "path, status, record"))
    if resolutions:
        rows = (
            row for path, status, record in records for row in resolution_rows(path, record, status)
        )
        return _write_flat(out, format, RESOLUTION_COLUMNS, rows, table="resolutions")
    if format == "jsonl":
        lines = (
            json.dumps({"path": path, "status": status, **record}, ensure_ascii=False)
            for path, status, record in records
        )
        return _write_lines(out, lines)
    if format in ("csv", "sqlite"):
        columns = (*LEDGER_COLUMNS, *record_columns())
        return _write_flat(out, format, columns, _flat_records(records), table="records")
    return _write_record_parquet(out, records)


LedgerRecord = tuple[str, str, Row]


def _records(rows: Iterable[tuple[object, ...]]) -> Iterator[LedgerRecord]:
    """(path, status, record) of each row; the record's `source.path` is the ledger's
    whole path where the record has none (ledgers written before records had one)."""
    for path, status, text in rows:
        record = json.loads(str(text))
        source = record.get("source")
        if isinstance(source, dict) and source.get("path") is None:
            source["path"] = path
        yield str(path), str(status), record


def _flat_records(records: Iterable[LedgerRecord]) -> Iterator[Row]:
    for path, status, record in records:
        yield {"path": path, "status": status, **flatten(record)}


def _write_flat(
    out: Path, format: Format, columns: tuple[Column, ...], rows: Iterable[Row], *, table: str
) -> int:
    if format == "jsonl":
        return _write_lines(out, (json.dumps(row, ensure_ascii=False) for row in rows))
    if format == "csv":
        return _write_csv(out, columns, rows)
    if format == "sqlite":
        return _write_sqlite(out, table, columns, rows)
    from .parquet import flat_schema, load_pyarrow, write_parquet

    pa = load_pyarrow()
    return write_parquet(out, rows, flat_schema(pa, columns), pa)


def _write_record_parquet(out: Path, records: Iterable[LedgerRecord]) -> int:
    from .parquet import load_pyarrow, record_schema, write_parquet

    pa = load_pyarrow()
    rows = ({"path": path, "status": status, **record} for path, status, record in records)
    return write_parquet(out, rows, record_schema(pa), pa)


def _write_lines(out: Path, lines: Iterable[str]) -> int:
    count = 0
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        for line in lines:
            handle.write(line + "\n")
            count += 1
    return count


def _write_csv(out: Path, columns: tuple[Column, ...], rows: Iterable[Row]) -> int:
    names = [name for name, _ in columns]
    count = 0
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for row in rows:
            writer.writerow([_csv_cell(row.get(name)) for name in names])
            count += 1
    return count


_SQL_TYPES: dict[Kind, str] = {
    "string": "TEXT",
    "int": "INTEGER",
    "float": "REAL",
    "bool": "INTEGER",
    "date": "TEXT",  # ISO 8601, as SQLite's date functions read them
    "timestamp": "TEXT",
}


def _write_sqlite(out: Path, table: str, columns: tuple[Column, ...], rows: Iterable[Row]) -> int:
    """One table of the flat columns in a new SQLite file, written in one transaction."""
    names = [name for name, _ in columns]
    ddl = ", ".join(f'"{name}" {_SQL_TYPES[kind]}' for name, kind in columns)
    insert = f"INSERT INTO {table} VALUES ({', '.join('?' * len(names))})"
    out.unlink(missing_ok=True)  # a .partial left by a killed export
    count = 0
    try:
        with closing(sqlite3.connect(out)) as db, db:
            db.execute(f"CREATE TABLE {table} ({ddl})")
            for row in rows:
                db.execute(insert, [row.get(name) for name in names])
                count += 1
    except sqlite3.Error as exc:  # the output's error, not the ledger's
        # Named as the user gave it: `out` is "records.db.partial" until it is renamed.
        target = str(out).removesuffix(_PARTIAL)
        raise ExportError(f"cannot be written (SQLite: {exc})", path=target) from exc
    return count


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
