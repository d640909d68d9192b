"""What one document's parse came to: `Result` between processes, `Outcome` for developers.

A `Result` is what a worker sends back and what the ledger stores: the record stays JSON
text, so the parent never pays to validate it again. `Outcome` is the friendly form that
`parse_many` yields, with the record as a `DecisionRecord`.

Besides the library's own error types (`CorruptSource`, `PathError`, ...), three failures
come from the worker pool itself and are named here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..model import DecisionRecord

Status = Literal["ok", "defects", "failed"]

TIMEOUT = "Timeout"
"""The worker was still parsing when the wall-clock timeout ran out; it was killed."""
CRASHED = "Crashed"
"""The worker died while parsing (a signal, an abort, an exit): a crash in an engine."""
MEMORY_LIMIT = "MemoryLimit"
"""The worker ran out of the address space it was allowed (`max_memory`)."""
PATH_ERROR = "PathError"
"""Not a regular file (FIFO, device, socket, symlinked folder, missing): never opened."""


def display_path(path: str) -> str:
    """The path as text that any UTF-8 store takes: itself, unless the file system gave bytes
    that are not UTF-8 (a Latin-1 name on an old share); those are written as \\xNN
    escapes. For people and exports only: "r\\xe9sum\\xe9.txt" may also be a real name,
    so the ledger finds its rows by `path_key`."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


def path_key(path: str) -> bytes:
    """The path's own bytes, as the file system holds them: the ledger's key, lossless."""
    return os.fsencode(path)


DefectRow = tuple[str, "str | None", "int | None", "int | None", str]
"""One defect as the ledger keeps it: (code, field, section, page, message)."""


@dataclass(frozen=True, slots=True)
class Result:
    """One document's outcome as the worker reports it (picklable, JSON-friendly)."""

    path: str
    status: Status
    sha256: str | None = None
    size: int | None = None
    format: str | None = None
    error_type: str | None = None
    error_message: str | None = None
    record_json: str | None = None
    defect_codes: tuple[str, ...] = ()
    seconds: float = 0.0
    peak_rss_kb: int | None = None
    """The worker's own high-water mark (VmHWM) after this document, for benchmarks."""
    defects: tuple[DefectRow, ...] = ()
    """The record's defects with their field, section and page: the ledger's `defects`."""


def failure(
    path: str,
    error_type: str,
    message: str,
    *,
    sha256: str | None = None,
    size: int | None = None,
    format: str | None = None,
    seconds: float = 0.0,
) -> Result:
    """A failed Result, with what is known about the file anyway; the message names the
    whole path, so "2019/decision.txt" and "2020/decision.txt" are told apart."""
    return Result(
        path=path,
        status="failed",
        sha256=sha256,
        size=size,
        format=format,
        error_type=error_type,
        error_message=f"{display_path(path)}: {message}",
        seconds=seconds,
    )


def result_from_header(header: dict[str, Any], record_json: str | None) -> Result:
    """Rebuild a Result from a worker's header line (see `child.py`) and its record."""
    return Result(
        path=header["path"],
        status=header["status"],
        sha256=header.get("sha256"),
        size=header.get("size"),
        format=header.get("format"),
        error_type=header.get("error_type"),
        error_message=header.get("error_message"),
        record_json=record_json,
        defect_codes=tuple(header.get("defect_codes", ())),
        seconds=header.get("seconds", 0.0),
        peak_rss_kb=header.get("peak_rss_kb"),
        defects=tuple(
            (code, field, section, page, message)
            for code, field, section, page, message in header.get("defects", ())
        ),
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    """One path's outcome from `parse_many`: a record, or why there is none.

    Exactly one of `record` and `error_type` is set. `error_type` is the name of the
    library's exception (`CorruptSource`, `PathError`, ...) or one of the pool's own
    failures: `Timeout`, `Crashed`, `MemoryLimit`.
    """

    path: str
    record: DecisionRecord | None = None
    error_type: str | None = None
    error_message: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when a record was parsed (it may still carry defects)."""
        return self.record is not None


def outcome_from_result(result: Result) -> Outcome:
    """Turn a worker's Result into an Outcome, validating the record's JSON once."""
    if result.record_json is None:
        return Outcome(
            path=result.path,
            error_type=result.error_type,
            error_message=result.error_message,
            seconds=result.seconds,
        )
    from ..model import DecisionRecord

    record = DecisionRecord.model_validate_json(result.record_json)
    return Outcome(path=result.path, record=record, seconds=result.seconds)
