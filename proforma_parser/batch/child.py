"""The worker process: parses one document at a time for a parent that can kill it.

    python -c "import sys; from proforma_parser.batch.child import main; sys.exit(main())" \
        --max-memory BYTES --parent PID [--pdf-engine pdfium|pdfplumber]

Protocol (bytes, one JSON value per line): the child writes `{"ready": ...}` once its imports
are done; then for each task line `{"path": ...}` read from stdin it writes a header line (a
`Result` without the record) and, when the header says `"record": true`, the record's JSON on
the next line. The record is passed through as text so the parent never decodes it. EOF on
stdin means stop. A task may carry `"options"` (the HTTP service's: `name`, `strict`, `text`,
`pdf_engine`, `all`); the file's bytes are then parsed as `parse(data, name=...)` parses
bytes, and the record line is the record's JSON as asked (a JSON list for `all`).

The child sets its own memory cap (RLIMIT_AS) after its imports, so the cap bounds the parse
and not the interpreter. A MemoryError ends the child with exit code 3, which the parent
reads as `MemoryLimit`; any other death while parsing is `Crashed`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import stat
import sys
import time
import warnings
from typing import Any, BinaryIO

from ..readers.pdf.engines import DEFAULT_PDF_ENGINE, PDF_ENGINES, PdfEngine

EXIT_MEMORY = 3
_HEAD_BYTES = 1 << 20
_CHUNK = 1 << 20

# Test hook, read only here and only at start-up: PROFORMA_PARSER_TEST_FAULT lists the
# faults this worker may act out, e.g. "hang,crash,oom,slow=0.05". A document whose file name
# starts with "fault-hang", "fault-crash" or "fault-oom" then sleeps for an hour, dies of
# SIGSEGV, or allocates until the memory cap; "slow=S" sleeps S seconds before every
# document, so a test can kill a run part-way. Nothing else reads it; unset, it does nothing.
TEST_FAULT_ENV = "PROFORMA_PARSER_TEST_FAULT"


def main(argv: list[str] | None = None) -> int:
    """Serve tasks from stdin until EOF."""
    parser = argparse.ArgumentParser(prog="proforma_parser.batch.child")
    parser.add_argument("--max-memory", type=int, default=0)
    parser.add_argument("--parent", type=int, default=0)
    parser.add_argument("--pdf-engine", choices=PDF_ENGINES, default=DEFAULT_PDF_ENGINE)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    protocol = _take_stdout()
    _die_with_parent(args.parent)
    # Ctrl-C reaches the whole process group; the parent decides what to do, not us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warnings.simplefilter("ignore")
    _preload()
    _cap_memory(args.max_memory)
    faults = _read_faults(os.environ.get(TEST_FAULT_ENV, ""))
    if args.max_memory <= 0:
        faults.pop("oom", None)  # with no cap, "allocate until the cap" would take the machine
    _send(protocol, {"ready": True, "pid": os.getpid()})
    for line in sys.stdin.buffer:
        task = json.loads(line)
        options = task.get("options")
        if options is None:
            header, record = parse_one(task["path"], faults, args.pdf_engine)
        else:
            # the service's own options first; the worker's engine where it names none
            asked = {"pdf_engine": args.pdf_engine, **options}
            header, record = parse_asked(task["path"], faults, asked)
        _send(protocol, header, record)
    return 0


def parse_one(
    path: str, faults: dict[str, float], pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE
) -> tuple[dict[str, object], str | None]:
    """Parse `path` (a PDF's pages read by `pdf_engine`); return the Result header and the
    record's JSON (None when failed)."""
    from ..api import parse
    from ..errors import ProformaError
    from .outcome import display_path

    start = time.perf_counter()
    # A name that is not UTF-8 would make a record that cannot be written as JSON.
    name = display_path(os.path.basename(path))
    try:
        _act_out(faults, path)
        record = parse(path, name=name, pdf_engine=pdf_engine)
        # The record's path is the ledger's: the whole path as walked, as the exports show it.
        source = record.source.model_copy(update={"path": display_path(path)})
        record = record.model_copy(update={"source": source})
        record_json = record.model_dump_json()
    except MemoryError:
        os._exit(EXIT_MEMORY)
    except ProformaError as exc:
        if _caused_by_memory(exc):
            os._exit(EXIT_MEMORY)
        return _failed(path, type(exc).__name__, _without_name(str(exc), path, name), start), None
    except Exception as exc:  # a bug in the library or an engine: one row, not a dead run
        message = f"{exc} (unexpected {type(exc).__name__}: please report it)"
        return _failed(path, type(exc).__name__, message, start), None
    codes = [defect.code for defect in record.defects]
    defects = [[d.code, d.field, d.section, d.page, d.message] for d in record.defects]
    header: dict[str, object] = {
        "path": path,
        "status": "defects" if codes else "ok",
        "sha256": record.source.sha256,
        "size": record.source.size,
        "format": record.source.format,
        "defect_codes": codes,
        "defects": defects,
        "seconds": time.perf_counter() - start,
        "peak_rss_kb": peak_rss_kb(),
        "record": True,
    }
    return header, record_json


def parse_asked(
    path: str, faults: dict[str, float], options: dict[str, Any]
) -> tuple[dict[str, object], str | None]:
    """Parse the bytes of `path` with the HTTP service's options (see the module docstring):
    the record is what `parse(data, name=options["name"])` gives, with no trace of `path`,
    and a failure's message is the library's own."""
    from ..api import parse, parse_all
    from ..errors import ProformaError

    start = time.perf_counter()
    strict = options.get("strict", False)
    asked: dict[str, Any] = {
        "strict": strict if isinstance(strict, bool) else set(strict),
        "name": options.get("name"),
        "pdf_engine": options.get("pdf_engine", DEFAULT_PDF_ENGINE),
    }
    exclude = None if options.get("text", True) else {"text"}
    try:
        _act_out(faults, path)
        with open(path, "rb") as handle:
            data = handle.read()
        records = parse_all(data, **asked) if options.get("all") else [parse(data, **asked)]
        dumped = [record.model_dump_json(exclude=exclude) for record in records]
    except MemoryError:
        os._exit(EXIT_MEMORY)
    except ProformaError as exc:
        if _caused_by_memory(exc):
            os._exit(EXIT_MEMORY)
        return _asked_failure(path, type(exc).__name__, str(exc), start), None
    except Exception as exc:  # a bug in the library or an engine: an answer, not a dead worker
        message = f"{exc} (unexpected {type(exc).__name__}: please report it)"
        return _asked_failure(path, type(exc).__name__, message, start), None
    sha256, size, kind = file_facts(path)
    codes = [defect.code for record in records for defect in record.defects]
    header: dict[str, object] = {
        "path": path,
        "status": "defects" if codes else "ok",
        "sha256": sha256,
        "size": size,
        "format": kind,
        "defect_codes": codes,
        "seconds": time.perf_counter() - start,
        "peak_rss_kb": peak_rss_kb(),
        "record": True,
    }
    return header, f"[{','.join(dumped)}]" if options.get("all") else dumped[0]


def _asked_failure(path: str, error_type: str, message: str, start: float) -> dict[str, object]:
    header = _failed(path, error_type, message, start)
    header["error_message"] = message  # the library's, naming the upload rather than `path`
    return header


def _without_name(message: str, path: str, name: str) -> str:
    """The library's message without the path or name it opens with ("/archive/2019/
    decision.txt: the input is empty"), which `_failed` puts back in its display form."""
    return message.removeprefix(f"{path}: ").removeprefix(f"{name}: ")


def _failed(path: str, error_type: str, message: str, start: float) -> dict[str, object]:
    from .outcome import display_path

    sha256, size, kind = file_facts(path)
    return {
        "path": path,
        "status": "failed",
        "sha256": sha256,
        "size": size,
        "format": kind,
        "error_type": error_type,
        "error_message": f"{display_path(path)}: {message}",
        "seconds": time.perf_counter() - start,
        "peak_rss_kb": peak_rss_kb(),
        "record": False,
    }


def file_facts(path: str) -> tuple[str | None, int | None, str | None]:
    """(sha256, size, sniffed format) of a regular file; Nones for anything else."""
    from ..readers.detect import sniff_format

    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # never open a FIFO: it would block
            return None, None, None
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
            digest.update(head)
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None, None, None
    return digest.hexdigest(), info.st_size, sniff_format(head) if head.strip() else None


def peak_rss_kb() -> int | None:
    """This process's own peak resident set (VmHWM), in KiB; None where /proc is absent."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _caused_by_memory(exc: BaseException) -> bool:
    """True when a MemoryError hides in the chain (a reader may wrap it as CorruptSource)."""
    seen: BaseException | None = exc
    for _ in range(20):
        if seen is None:
            return False
        if isinstance(seen, MemoryError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _send(out: BinaryIO, header: dict[str, object], record: str | None = None) -> None:
    # ASCII: a path may hold surrogates (a file name that is not UTF-8), which would not encode.
    data = json.dumps(header).encode("ascii") + b"\n"
    if record is not None:
        data += record.encode("utf-8") + b"\n"
    out.write(data)
    out.flush()


def _take_stdout() -> BinaryIO:
    """Keep fd 1 for the protocol and point fd 1 at stderr, so a stray print cannot
    corrupt the stream of results."""
    protocol = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return protocol


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill us when the parent dies: a hung parse never reads stdin's EOF."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if parent and os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


def _preload() -> None:
    """Import the pipeline and the engines before saying ready, so that no document pays
    for them on the clock. (The readers import their engines lazily, on first use; naming
    them here only moves that import earlier.)"""
    import importlib

    for module in ("proforma_parser.api", "pdfplumber", "docx"):
        try:
            importlib.import_module(module)
        except ImportError:
            continue


def _cap_memory(limit: int) -> None:
    if limit <= 0:
        return
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _read_faults(value: str) -> dict[str, float]:
    faults: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in value.split(","))):
        name, _, amount = item.partition("=")
        faults[name] = float(amount or 0)
    return faults


def _act_out(faults: dict[str, float], path: str) -> None:
    """The test hook's faults (see TEST_FAULT_ENV); does nothing when none are set."""
    if not faults:
        return
    if "slow" in faults:
        time.sleep(faults["slow"])
    name = os.path.basename(path)
    if "hang" in faults and name.startswith("fault-hang"):
        time.sleep(3600)
    if "crash" in faults and name.startswith("fault-crash"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if "oom" in faults and name.startswith("fault-oom"):
        hoard = []
        while True:  # until RLIMIT_AS says no
            hoard.append(bytearray(64 << 20))


if __name__ == "__main__":
    sys.exit(main())
