"""Scale-out on Dask: the same per-document work, as tasks on a cluster.

    proforma-parser backfill ARCHIVE --ledger L.sqlite --engine dask --scheduler tcp://host:8786
    proforma-parser backfill ARCHIVE --ledger L.sqlite --engine dask --scheduler local

Each task runs `parse_isolated` on a Dask worker, which hands the document to a worker
process of its own (a one-slot `Pool`, kept per Dask thread), so a task has exactly the
local engine's isolation: timeout, memory cap, kill and replace. The parent submits a bounded
window of tasks, takes results with `distributed.as_completed` and writes the ledger as they
arrive, so neither side holds the archive in memory. Workers must see the same paths as the
parent (a shared file system) and have proforma-parser installed (`pip install
'proforma-parser[dask]'`). `--scheduler local` starts a LocalCluster of `--workers`
processes, one thread each: useful to try the engine, not faster than `--engine local`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from ..readers.pdf.engines import DEFAULT_PDF_ENGINE, PdfEngine
from .outcome import CRASHED, Result, failure
from .workers import Pool

_WINDOW_PER_THREAD = 2
_LOCAL = threading.local()


def parse_isolated(
    path: str,
    timeout: float,
    max_memory: int,
    recycle_after: int,
    pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
) -> Result:
    """The Dask task: parse `path` in this Dask thread's own worker process."""
    settings = (timeout, max_memory, recycle_after, pdf_engine)
    pool: Pool | None = getattr(_LOCAL, "pool", None)
    if pool is None or getattr(_LOCAL, "settings", None) != settings:
        if pool is not None:
            pool.close()
        pool = Pool(
            1,
            timeout=timeout,
            max_memory=max_memory,
            recycle_after=recycle_after,
            pdf_engine=pdf_engine,
        )
        _LOCAL.pool, _LOCAL.settings = pool, settings
    return pool.run_one(path)


class DaskEngine:
    """Submit paths to a Dask cluster and yield their Results as they complete."""

    def __init__(
        self,
        scheduler: str,
        *,
        workers: int,
        timeout: float,
        max_memory: int,
        recycle_after: int,
        pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
    ) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.settings = (timeout, max_memory, recycle_after, pdf_engine)

    def imap(self, paths: Iterable[str]) -> Iterator[Result]:
        try:
            from distributed import as_completed
        except ImportError as exc:
            raise ImportError(
                "the Dask engine needs dask.distributed: pip install 'proforma-parser[dask]'"
            ) from exc

        pending = iter(paths)
        with self._client() as client:
            window = _WINDOW_PER_THREAD * max(1, sum(client.nthreads().values()))
            owners: dict[Any, str] = {}
            running = as_completed()
            for _ in range(window):
                if not self._submit(client, pending, owners, running):
                    break
            for future in running:
                yield _result(future, owners.pop(future))
                self._submit(client, pending, owners, running)

    def _submit(
        self, client: Any, pending: Iterator[str], owners: dict[Any, str], running: Any
    ) -> bool:
        path = next(pending, None)
        if path is None:
            return False
        future = client.submit(parse_isolated, path, *self.settings, pure=False)
        owners[future] = path
        running.add(future)
        return True

    @contextmanager
    def _client(self) -> Iterator[Any]:
        from distributed import Client, LocalCluster

        if self.scheduler != "local":
            with Client(self.scheduler) as client:
                yield client
            return
        with (
            LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client


def _result(future: Any, path: str) -> Result:
    """The task's Result; a task that failed on the cluster (its worker lost, say) is a
    `Crashed` row like any other, never a stopped run."""
    try:
        result: Result = future.result()
    except Exception as exc:
        return failure(path, CRASHED, f"the Dask task failed: {type(exc).__name__}: {exc}")
    finally:
        future.release()
    return result
