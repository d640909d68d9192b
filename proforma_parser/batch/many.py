"""`parse_many`: batch parsing for developers, with the backfill's isolation and no ledger."""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable

from .outcome import Outcome, outcome_from_result
from .workers import Pool

GiB = 1 << 30


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    timeout: float = 60.0,
    max_memory: int | None = 2 * GiB,
    recycle_after: int = 500,
) -> Generator[Outcome, None, None]:
    """Parse many files in worker processes; yield one `Outcome` per path as each finishes.

        for outcome in proforma_parser.parse_many(paths, workers=4, timeout=30):
            if outcome.record is not None:
                store(outcome.path, outcome.record)
            else:
                log(outcome.path, outcome.error_type, outcome.error_message)

    Each document is parsed in a worker process (`workers`, default the CPU count), one at a
    time, under a wall-clock `timeout` (seconds) and a `max_memory` cap (bytes of address
    space; None for no cap). A worker that hangs, crashes or runs out of memory is killed
    and replaced, and that path's outcome says `Timeout`, `Crashed` or `MemoryLimit`; the
    library's own errors come back by name (`CorruptSource`, `PathError`, ...). Nothing is
    raised for a bad document. Outcomes come in the order documents finish, not the order
    given: each carries its `path`. Paths are read lazily, so a generator of millions is
    fine; `close()` on the generator stops the workers (as dropping it does in CPython).
    """
    pool = Pool(
        workers or os.cpu_count() or 1,
        timeout=timeout,
        max_memory=max_memory or 0,
        recycle_after=recycle_after,
    )
    results = pool.imap(os.path.abspath(os.fspath(path)) for path in paths)
    try:
        for result in results:
            yield outcome_from_result(result)
    finally:
        results.close()  # stops the workers now, not when the generator is collected
