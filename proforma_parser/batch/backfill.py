"""The backfill: walk the sources, skip what the ledger already has, parse the rest, record.

    entries = walk(sources)               every path found, symlinked folders not followed,
                                          the ledger and its -wal/-shm/-journal left out
      -> plan()                           skip known (same sha256 and parser version), record
                                          non-regular paths as PathError, yield the rest
      -> engine (Pool | Dask)             one document per worker, timeout, memory cap
      -> Tally                            counts, progress, ledger writes in transactions

The parent does all the writing; results are committed in small batches, so a run killed
at any moment loses at most the last second's results, which the next run parses again.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

from .._version import __version__
from ..errors import PathError
from ..limits import BACKFILL_TIMEOUT
from ..readers.pdf.engines import DEFAULT_PDF_ENGINE, PdfEngine
from .ledger import Ledger, RunSummary, code_and_field
from .outcome import PATH_ERROR, Result, display_path, failure
from .walk import MAGIC, Entry, walk

GiB = 1 << 30
_COMMIT_EVERY = 64
_COMMIT_SECONDS = 0.5
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)(b?)\s*$", re.IGNORECASE)
# e.g. "2GiB", "512M", "1.5 GB", "1000000"; "0" or "none" means no cap.

Engine = Literal["local", "dask"]


class Progress(Protocol):
    """What the backfill tells whoever watches it (see `progress.py`)."""

    needs_total: bool
    """False when nothing shows a total, so the archive need not be listed twice."""

    def start(self, total: int) -> None: ...
    def advance(self, status: str) -> None: ...
    def failure(self, line: str) -> None: ...
    def finish(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Options:
    """One backfill run, as the command line gives it."""

    sources: tuple[str, ...]
    ledger: str
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout: float = BACKFILL_TIMEOUT
    max_memory: int = 2 * GiB
    recycle_after: int = 500
    force: bool = False
    engine: Engine = "local"
    scheduler: str | None = None
    pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE
    """What reads PDF pages in the workers (the ledger does not record it: --force parses
    known files again with another engine)."""


def parse_size(text: str) -> int:
    """Bytes from "2GiB", "512M", "1.5GB" (K/M/G/T and KiB.. are 1024-based, KB.. 1000)."""
    if text.strip().lower() in {"0", "none", "unlimited"}:
        return 0
    match = _SIZE_RE.match(text)
    if match is None:
        raise ValueError(f'expected a size such as "2GiB" or "512MiB", found {text!r}')
    number, unit, binary, suffix_b = match.groups()
    power = " kmgt".index(unit.lower() or " ")
    base = 1000 if suffix_b and not binary and unit else 1024
    return int(float(number) * base**power)


def backfill(
    options: Options, progress: Progress, *, warn: Callable[[str], None] | None = None
) -> RunSummary:
    """Run the backfill to the end; the summary is also kept in the ledger's `runs`.

    Raises `PathError` for a source that finds nothing, before the ledger is touched;
    `LedgerError` when the ledger cannot be used, `LedgerBusy` when another backfill holds
    it. `warn` hears what the operator must know even with --quiet (a lock taken over)."""
    check_sources(options.sources)
    ledger = Ledger(options.ledger, parser_version=__version__)
    try:
        note = ledger.take_lock()
        if note is not None:
            (warn or _to_stderr)(note)
        try:
            return _run(options, ledger, progress)
        finally:
            ledger.release_lock()
    finally:
        ledger.close()


def _run(options: Options, ledger: Ledger, progress: Progress) -> RunSummary:
    run_id = ledger.start_run(list(options.sources), options.engine, options.workers)
    progress.start(sum(1 for _ in _entries(options)) if progress.needs_total else 0)
    tally = Tally(ledger, progress)
    try:
        for result in _engine(options)(plan(_entries(options), ledger, tally, options)):
            tally.add(result)
    finally:
        tally.flush()
        progress.finish()
    summary = replace(tally.summary(), totals=ledger.totals())
    ledger.finish_run(run_id, summary)
    return summary


def check_sources(sources: Iterable[str]) -> None:
    """Raise `PathError` for a source that does not exist or a pattern that matches nothing:
    a mistyped path would otherwise be a run that did nothing and said it was fine."""
    for source in sources:
        if os.path.lexists(source):
            continue
        if not MAGIC & set(source):
            raise PathError("no such file or folder; check the path", path=source)
        if next(iter(walk([source])), None) is None:
            raise PathError("the pattern matches nothing; check it", path=source)


def _to_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _entries(options: Options) -> Iterator[Entry]:
    """What the sources hold, less the run's own ledger."""
    return walk(options.sources, skip=options.ledger)


def _engine(options: Options) -> Callable[[Iterable[str]], Iterator[Result]]:
    if options.engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(
            options.scheduler or "local",
            workers=options.workers,
            timeout=options.timeout,
            max_memory=options.max_memory,
            recycle_after=options.recycle_after,
            pdf_engine=options.pdf_engine,
        ).imap
    from .workers import Pool

    return Pool(
        options.workers,
        timeout=options.timeout,
        max_memory=options.max_memory,
        recycle_after=options.recycle_after,
        pdf_engine=options.pdf_engine,
    ).imap


def plan(entries: Iterable[Entry], ledger: Ledger, tally: Tally, options: Options) -> Iterator[str]:
    """The paths to parse. Known files are skipped and non-regular paths recorded as they
    pass, so the walk, the skipping and the parsing all move together."""
    for entry in entries:
        known = None if options.force else ledger.known(entry.path)
        if known is not None and known.parser_version != ledger.parser_version:
            known = None  # a new version of the parser parses everything again
        if entry.problem is not None:
            if known is not None and known.error_type == PATH_ERROR:
                tally.skip()
                continue
            tally.add(failure(entry.path, PATH_ERROR, entry.problem))
        elif known is not None and known.sha256 == file_sha256(entry.path):
            tally.skip()
        else:
            yield entry.path


def file_sha256(path: str) -> str | None:
    """SHA-256 of the file's bytes (as `Source.sha256`), or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


class Tally:
    """Counts what happened, reports it, and writes results to the ledger in batches."""

    def __init__(self, ledger: Ledger, progress: Progress) -> None:
        self.ledger = ledger
        self.progress = progress
        self.buffer: list[Result] = []
        self.flushed = time.monotonic()
        self.started = time.monotonic()
        self.by_status: Counter[str] = Counter()
        self.error_types: Counter[str] = Counter()
        self.defect_codes: Counter[str] = Counter()
        self.defect_fields: Counter[str] = Counter()
        self.skipped = 0
        self.worker_peak = 0

    def skip(self) -> None:
        self.skipped += 1
        self.progress.advance("skipped")

    def add(self, result: Result) -> None:
        self.buffer.append(result)
        self.by_status[result.status] += 1
        if result.error_type is not None:
            self.error_types[result.error_type] += 1
        self.defect_codes.update(result.defect_codes)
        self.defect_fields.update(code_and_field(code, field) for code, field, *_ in result.defects)
        self.worker_peak = max(self.worker_peak, result.peak_rss_kb or 0)
        self.progress.advance(result.status)
        if result.status == "failed":
            self.progress.failure(failure_line(result))
        if len(self.buffer) >= _COMMIT_EVERY or time.monotonic() - self.flushed > _COMMIT_SECONDS:
            self.flush()

    def flush(self) -> None:
        self.ledger.record(self.buffer)
        self.buffer.clear()
        self.flushed = time.monotonic()

    def summary(self) -> RunSummary:
        parsed = sum(self.by_status.values())
        return RunSummary(
            files=parsed + self.skipped,
            parsed=parsed,
            skipped=self.skipped,
            by_status=dict(self.by_status),
            error_types=dict(self.error_types.most_common()),
            defect_codes=dict(self.defect_codes.most_common()),
            defect_fields=dict(self.defect_fields.most_common()),
            seconds=time.monotonic() - self.started,
            worker_peak_rss_kb=self.worker_peak or None,
        )


def failure_line(result: Result) -> str:
    """One failure for stderr, by its whole path: "failed: /archive/2020/decision.txt:
    EmptySource: the input is empty (...)"."""
    shown = display_path(result.path)
    detail = (result.error_message or "").removeprefix(f"{shown}: ")
    return f"failed: {shown}: {result.error_type}: {detail}"
