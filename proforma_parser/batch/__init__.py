"""Batch parsing: many documents in isolated worker processes, and the backfill's ledger.

    parse_many(paths)        outcomes one by one, for developers (no ledger)
    backfill(Options(...))   the `proforma-parser backfill` command: walk, skip, parse, record
    export_ledger(...)       the `proforma-parser export` command: JSONL, CSV, Parquet, SQLite

Modules: `walk` (find files), `child` and `workers` (the worker process and the pool that
kills and replaces it), `dask_engine` (the same work on a Dask cluster), `ledger` (SQLite),
`backfill` (the run), `progress` (bar, lines, summary), `columns`, `export` and `parquet`
(the ledger's records out). Nothing here is imported by `import proforma_parser`;
`proforma_parser.parse_many` loads this package on first use.
"""

from __future__ import annotations

from .many import parse_many
from .outcome import Outcome

__all__ = ["Outcome", "parse_many"]
