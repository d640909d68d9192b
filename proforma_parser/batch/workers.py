"""A pool of worker processes that each parse one document at a time and can be killed.

`multiprocessing.Pool` and `ProcessPoolExecutor` cannot kill one hung task, and a crashed
child breaks the whole executor; so each worker here is a plain subprocess
(`proforma_parser.batch.child`) with a pipe each way, and the parent waits on all of them
with one `wait()` bounded by the nearest deadline. A worker past its deadline is killed
(`Timeout`); one that dies is reaped (`Crashed`, or `MemoryLimit` for exit code 3); either
way its slot is refilled with a fresh worker on the next dispatch. Workers are recycled after
`recycle_after` documents, so a slow leak in an engine cannot grow without end.

Plain subprocesses rather than `multiprocessing` also mean that a Dask worker (a daemon
process, which multiprocessing refuses to fork from) can run the same pool.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Generator, Iterable, Iterator
from multiprocessing.connection import wait
from typing import IO, Any, cast

from ..errors import WorkerStartError
from ..readers.pdf.engines import DEFAULT_PDF_ENGINE, PdfEngine
from .child import EXIT_MEMORY, file_facts
from .outcome import CRASHED, MEMORY_LIMIT, TIMEOUT, Result, failure, result_from_header

_CHILD_MAIN = "import sys; from proforma_parser.batch.child import main; sys.exit(main())"

STARTUP_SECONDS = 60.0
"""How long a new worker may take to import the pipeline before the run is given up."""


class Child:
    """One worker process: its pipes, its current task and when that task must end."""

    def __init__(self, max_memory: int, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE) -> None:
        # Its stderr goes to a file, read back only to explain a crash.
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        # -c rather than -m: runpy warns when the package has already imported the module.
        command = [sys.executable, "-c", _CHILD_MAIN]
        command += ["--max-memory", str(max_memory), "--parent", str(os.getpid())]
        command += ["--pdf-engine", pdf_engine]
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors
        )
        self.stdin = cast(IO[bytes], self.process.stdin)
        self.fd = cast(IO[bytes], self.process.stdout).fileno()
        os.set_blocking(self.fd, False)
        self.buffer = bytearray()
        self.started = time.monotonic()
        self.ready_at: float | None = None
        self.header: dict[str, Any] | None = None
        self.task: str | None = None
        self.sent_at = 0.0
        self.done = 0

    def send(self, path: str, options: dict[str, Any] | None = None) -> None:
        self.task, self.sent_at = path, time.monotonic()
        task: dict[str, Any] = (
            {"path": path} if options is None else {"path": path, "options": options}
        )
        try:
            self.stdin.write(json.dumps(task).encode("utf-8") + b"\n")
            self.stdin.flush()
        except BrokenPipeError:
            pass  # it died; the EOF on its stdout tells the rest

    def deadline(self, timeout: float) -> float:
        if self.ready_at is None:
            return self.started + STARTUP_SECONDS
        return max(self.sent_at, self.ready_at) + timeout

    def feed(self) -> tuple[list[Result], bool]:
        """Read what the worker has written: (finished results, whether it is still alive)."""
        try:
            data = os.read(self.fd, 1 << 20)
        except BlockingIOError:
            return [], True
        self.buffer += data
        results = []
        while (end := self.buffer.find(b"\n")) >= 0:
            line = bytes(self.buffer[:end])
            del self.buffer[: end + 1]
            result = self._take_line(line)
            if result is not None:
                results.append(result)
        return results, bool(data)

    def _take_line(self, line: bytes) -> Result | None:
        if self.ready_at is None:
            self.ready_at = time.monotonic()
            return None
        if self.header is None:
            header = json.loads(line)
            if header.pop("record"):
                self.header = header
                return None
            return self._finish(header, None)
        header, self.header = self.header, None
        return self._finish(header, line.decode("utf-8"))

    def _finish(self, header: dict[str, Any], record: str | None) -> Result:
        self.task = None
        self.done += 1
        return result_from_header(header, record)

    def death(self) -> Result:
        """The Result for the task this worker held when it died; raises if it never started."""
        code = self.process.wait()
        if self.ready_at is None:
            raise WorkerStartError(f"a worker process could not start: {self.stderr_tail()}")
        if code == EXIT_MEMORY:
            message = "the worker ran out of memory (over --max-memory) while parsing"
            return self._lost(MEMORY_LIMIT, message)
        cause = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
        message = f"the worker died ({cause}) while parsing"
        tail = self.stderr_tail()
        return self._lost(CRASHED, f"{message}: {tail}" if tail else message)

    def expire(self, timeout: float) -> Result:
        """Kill a worker past its deadline; the Result for its task."""
        self.kill()
        if self.ready_at is None:
            raise WorkerStartError(f"a worker process did not start in {STARTUP_SECONDS:.0f} s")
        return self._lost(TIMEOUT, f"still parsing after {timeout:g} s; the worker was killed")

    def _lost(self, error_type: str, message: str) -> Result:
        path, self.task = cast(str, self.task), None
        sha256, size, kind = file_facts(path)
        seconds = time.monotonic() - self.sent_at
        return failure(
            path, error_type, message, sha256=sha256, size=size, format=kind, seconds=seconds
        )

    def stderr_tail(self, limit: int = 600) -> str:
        self.errors.seek(0, os.SEEK_END)
        self.errors.seek(max(0, self.errors.tell() - limit))
        return self.errors.read().decode("utf-8", errors="replace").strip()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.close()

    def stop(self) -> None:
        """Ask an idle worker to exit (EOF on its stdin); kill it if it does not."""
        try:
            self.stdin.close()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        self.close()

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout, self.errors):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    continue


class Pool:
    """`size` workers, each given one document at a time, under a timeout and a memory cap."""

    def __init__(
        self,
        size: int,
        *,
        timeout: float,
        max_memory: int,
        recycle_after: int = 500,
        pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
    ) -> None:
        self.slots: list[Child | None] = [None] * max(1, size)
        self.pdf_engine = pdf_engine
        self.timeout = timeout
        self.max_memory = max_memory
        self.recycle_after = max(1, recycle_after)
        self.spawned = 0
        """Workers started so far (the first ones, replacements and recycled ones)."""

    def imap(self, paths: Iterable[str]) -> Generator[Result, None, None]:
        """One Result per path, in the order they finish; paths are pulled as slots free."""
        pending = iter(paths)
        more = True
        try:
            while True:
                if more:
                    more = self._dispatch(pending)
                if not any(child and child.task for child in self.slots):
                    return
                yield from self.collect()
        finally:
            self.close()

    def start(self) -> None:
        """Start every worker now rather than at the first dispatch, so that the first
        documents do not wait for the workers' imports."""
        for index, child in enumerate(self.slots):
            if child is None:
                self.slots[index] = Child(self.max_memory)
                self.spawned += 1

    def run_one(self, path: str, options: dict[str, Any] | None = None) -> Result:
        """Parse one path in a worker and wait for it (the workers stay up for the next);
        `options` are the HTTP service's (see `child.parse_asked`)."""
        self._dispatch(iter([path]), options)
        while True:
            for result in self.collect():
                return result

    def _dispatch(self, pending: Iterator[str], options: dict[str, Any] | None = None) -> bool:
        """Give each idle slot a path; False once `pending` is exhausted."""
        for index, child in enumerate(self.slots):
            if child is not None and child.task is not None:
                continue
            if child is not None and child.process.poll() is not None:
                child.kill()  # it died while idle: replace it rather than blame a document
                child = self.slots[index] = None
            path = next(pending, None)
            if path is None:
                return False
            if child is None:
                child = self.slots[index] = Child(self.max_memory, self.pdf_engine)
                self.spawned += 1
            child.send(path, options)
        return True

    def collect(self) -> list[Result]:
        """Wait for the first result or deadline among busy workers; what finished."""
        busy = [child for child in self.slots if child is not None and child.task is not None]
        nearest = min(child.deadline(self.timeout) for child in busy)
        ready = set(wait([child.fd for child in busy], max(0.0, nearest - time.monotonic())))
        results: list[Result] = []
        for child in busy:
            if child.fd in ready:
                done, alive = child.feed()
                results += done
                if not alive:
                    results += [child.death()] if child.task else []
                    self._retire(child, kill=True)
                    continue
            if child.task and time.monotonic() >= child.deadline(self.timeout):
                results.append(child.expire(self.timeout))
                self._retire(child, kill=False)
            elif child.done >= self.recycle_after and not child.task:
                child.stop()
                self._retire(child, kill=False)
        return results

    def _retire(self, child: Child, *, kill: bool) -> None:
        if kill:
            child.kill()
        self.slots[self.slots.index(child)] = None

    def close(self) -> None:
        """Stop every worker: idle ones are asked, busy ones are killed."""
        for child in filter(None, self.slots):
            if child.task is None:
                child.stop()
            else:
                child.kill()
        self.slots = [None] * len(self.slots)
