"""Worker threads between the event loop and the worker processes.

Each thread owns a `Pool` of one isolated worker process and takes jobs from one shared
queue: it writes the upload to a private temporary file, waits (blocking, in its own thread)
for the worker's `Result` and removes the file. The event loop only calls `reserve`,
`submit` and awaits the returned future, so it never parses and never blocks on a worker.

Admission is counted here: at most `size + queue` documents are admitted (reserved, waiting
or being parsed); `reserve` says False past that and the service answers 503.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import shutil
import tempfile
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from ..batch.outcome import CRASHED, MEMORY_LIMIT, TIMEOUT, display_path
from ..batch.workers import Pool

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Answer:
    """What a worker made of one upload: the record's JSON, or the error's type and message."""

    status: str
    """"ok", "defects" or "failed"."""
    record_json: str | None = None
    error_type: str | None = None
    message: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class _Job:
    data: bytes
    options: dict[str, Any]
    future: Future[Answer]


class Workers:
    """`size` worker threads, each with its own worker process."""

    def __init__(self, size: int, *, queue_size: int, timeout: float, max_memory: int) -> None:
        self.size = max(1, size)
        self.capacity = self.size + max(0, queue_size)
        self.timeout = timeout
        self.max_memory = max_memory
        self.folder = tempfile.mkdtemp(prefix="proforma-serve-")  # 0700: private to us
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._admitted = 0
        self._busy = 0
        self._threads = [
            threading.Thread(target=self._serve, name=f"proforma-worker-{index}", daemon=True)
            for index in range(self.size)
        ]

    @property
    def busy(self) -> int:
        """Documents being parsed now."""
        return self._busy

    @property
    def waiting(self) -> int:
        """Documents admitted but not yet given to a worker (including uploads being read)."""
        with self._lock:
            return self._admitted - self._busy

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def reserve(self) -> bool:
        """Admit one more document, or say False when every worker is busy and the queue full."""
        with self._lock:
            if self._admitted >= self.capacity:
                return False
            self._admitted += 1
            return True

    def release(self) -> None:
        """Give back a reservation that was not submitted (the request was refused)."""
        with self._lock:
            self._admitted -= 1

    def submit(self, data: bytes, options: dict[str, Any]) -> Future[Answer]:
        """Queue a reserved document; its answer comes on the future (which a caller may
        cancel while it waits: it is then skipped)."""
        future: Future[Answer] = Future()
        self._jobs.put(_Job(data, options, future))
        return future

    def close(self, wait: float = 10.0) -> None:
        """Stop the threads (after the jobs queued before this call) and their workers."""
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            if thread.is_alive():
                thread.join(wait)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _serve(self) -> None:
        pool = Pool(1, timeout=self.timeout, max_memory=self.max_memory)
        try:
            with contextlib.suppress(OSError):  # the first dispatch tries again, and says why
                pool.start()
            while (job := self._jobs.get()) is not None:
                if not job.future.set_running_or_notify_cancel():
                    self.release()  # its client went away while it waited
                    continue
                with self._lock:
                    self._busy += 1
                try:
                    job.future.set_result(self._run(pool, job))
                except Exception as exc:  # WorkerStartError, OSError: the caller answers it
                    job.future.set_exception(exc)
                finally:
                    with self._lock:
                        self._busy -= 1
                        self._admitted -= 1
        finally:
            pool.close()

    def _run(self, pool: Pool, job: _Job) -> Answer:
        name = job.options.get("name")
        # The file name starts like the upload's, so the workers' test hook can act on it.
        prefix = _UNSAFE.sub("_", name or "upload")[:40] + "-"
        handle, path = tempfile.mkstemp(prefix=prefix, dir=self.folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(job.data)
            result = pool.run_one(path, job.options)
        finally:
            os.unlink(path)
        if result.record_json is not None:
            return Answer(result.status, result.record_json, seconds=result.seconds)
        message = result.error_message or ""
        if result.error_type in (TIMEOUT, CRASHED, MEMORY_LIMIT):  # the pool's, naming `path`
            where = name if name is not None else "<input>"
            message = f"{where}: {message.removeprefix(display_path(path) + ': ')}"
        return Answer("failed", None, result.error_type, message, result.seconds)
