"""Parse hostile files in capped child processes and match what came out against the
hostile-input catalogue's vocabulary ("OK", "OK+W(encoding)", "E:Corrupt", "E:Invalid or
OK+W(duplicate section 2)", ...).

Shared by tests/test_badinputs.py (the shared folder's files, with their CATALOGUE.md) and
tests/test_hostile_local.py (the files tests/hostile.py makes, with a table of its own).

Each file is parsed in its own process capped at 20 s and 2 GiB of address space, so a hang
or a memory blow-up fails that file's test instead of taking the run down. Starting a fresh
interpreter per file costs about half a second of imports, which over a hundred files is
most of the run; so one server process imports the library and its engines once and forks
a child per file: the child sets the memory cap, parses and reports, and the server kills
it when the time is up.
"""

from __future__ import annotations

import json
import selectors
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest
import regex

TIME_CAP = 20.0
MEMORY_CAP = 2 << 30
# The server answers within TIME_CAP (it kills a child that runs over); this margin is for
# the server itself, so a wedged server fails the test instead of hanging the run.
SERVER_MARGIN = 30.0

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# One file of each format the readers take, parsed by the server before it forks.
WARM_UP = (
    "stockton_send_2022_seed.txt",
    "pdf/fernbrook_allotments.flow.pdf",
    "docx/fernbrook_allotments.flow.docx",
    "html/moderngov_decision_details.html",
)

# The server: read one JSON-quoted path per line, fork a child to parse it, print one line
# of JSON per path. A child's own output goes to a scratch file, never into the protocol.
SERVER = r"""
import json, os, resource, select, signal, sys, tempfile, threading, time, traceback
import proforma_parser
# Warm the readers and their engines before forking, so each child starts with them loaded.
import proforma_parser.readers.html.reader, proforma_parser.readers.pdf.reader, proforma_parser.readers.word.reader
import docx, ftfy, lxml.etree, pdfplumber

MEMORY_CAP, TIME_CAP = int(sys.argv[1]), float(sys.argv[2])
# A first parse compiles patterns and builds validators; do it once here, not in every child.
for sample in sys.argv[3:]:
    try:
        proforma_parser.parse(sample)
    except Exception:
        pass  # warming only: a sample's own failure is its golden test's business
# fork() is only safe while this process has one thread.
assert threading.active_count() == 1, threading.enumerate()


def outcome(path, engine):
    try:
        record = proforma_parser.parse(path, pdf_engine=engine)
    except proforma_parser.ProformaError as error:
        return {"kind": "error", "types": [t.__name__ for t in type(error).__mro__],
                "message": str(error), "cause": repr(error.__cause__)}
    except BaseException as error:
        return {"kind": "foreign", "types": [type(error).__name__],
                "message": "".join(traceback.format_exception(error))}
    sliced = all(record.text[s.start:s.end] == s.text for s in record.sections)
    return {"kind": "record", "defects": [d.code for d in record.defects],
            "title": record.title, "decision_date": str(record.decision_date),
            "sections": len(record.sections), "sliced": sliced, "text": record.text}


def child(path, engine, writer, scratch):
    os.dup2(scratch.fileno(), 1)
    os.dup2(scratch.fileno(), 2)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
        payload = json.dumps(outcome(path, engine)).encode()
        with os.fdopen(writer, "wb") as out:
            out.write(payload)
    except BaseException:
        traceback.print_exc()
        os._exit(70)
    os._exit(0)


def collect(pid, reader):
    # Read the child's report as it comes (it may outgrow the pipe) until EOF or the cap.
    chunks, deadline = [], time.monotonic() + TIME_CAP
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([reader], [], [], left)[0]:
            os.kill(pid, signal.SIGKILL)
            return None
        chunk = os.read(reader, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


for line in sys.stdin:
    path, engine = json.loads(line)
    reader, writer = os.pipe()
    with tempfile.TemporaryFile() as scratch:
        pid = os.fork()
        if pid == 0:
            os.close(reader)
            child(path, engine, writer, scratch)
        os.close(writer)
        started = time.monotonic()
        payload = collect(pid, reader)
        os.close(reader)
        _, status = os.waitpid(pid, 0)
        seconds = time.monotonic() - started
        scratch.seek(0)
        output = scratch.read().decode("utf-8", "replace")[-2000:]
    if payload is None:
        report = {"kind": "hang", "seconds": seconds}
    elif status != 0 or not payload:
        report = {"kind": "died", "status": status, "output": output}
    else:
        report = json.loads(payload)
    report["seconds"] = seconds
    print(json.dumps(report), flush=True)
"""


class ChildRunner:
    """Parses files one at a time, each in a forked child capped in time and memory."""

    def __init__(self) -> None:
        warm = [str(SAMPLES / name) for name in WARM_UP]
        # The server's own errors (an import that fails) are kept to explain its death.
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self._server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(MEMORY_CAP), str(TIME_CAP), *warm],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            text=True,
        )

    def run(self, path: Path, engine: str = "pdfplumber") -> dict[str, Any]:
        """What parsing `path` gave (PDFs read by `engine`): a record, a ProformaError, or a
        foreign exception."""
        stdin, stdout = self._pipes()
        try:
            stdin.write(json.dumps([str(path), engine]) + "\n")
            stdin.flush()
        except BrokenPipeError:  # the server is gone
            line = ""
        else:
            line = _read_line(stdout, TIME_CAP + SERVER_MARGIN)
        if not line:
            self._errors.seek(0)
            errors = self._errors.read().decode("utf-8", "replace")[-2000:]
            pytest.fail(f"{path.name}: the parsing server died ({self._server.poll()}): {errors}")
        result: dict[str, Any] = json.loads(line)
        if result["kind"] == "hang":
            pytest.fail(f"{path.name}: no outcome within {TIME_CAP:g} s (a hang)")
        if result["kind"] == "died":
            pytest.fail(
                f"{path.name}: the child died (status {result['status']}): {result['output']}"
            )
        return result

    def close(self) -> None:
        stdin, _ = self._pipes()
        stdin.close()  # the server ends at the end of its input
        self._server.wait(timeout=SERVER_MARGIN)
        assert self._server.stdout is not None
        self._server.stdout.close()
        self._errors.close()

    def _pipes(self) -> tuple[IO[str], IO[str]]:
        assert self._server.stdin is not None and self._server.stdout is not None
        return self._server.stdin, self._server.stdout


def _read_line(stream: IO[str], timeout: float) -> str:
    """One line from `stream`, or "" when nothing came within `timeout` seconds."""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        # The server flushes whole lines, so once readable the line is there to read.
        if not selector.select(timeout):
            return ""
    return stream.readline()


# -- the vocabulary -------------------------------------------------------------------------

# Error outcomes of the catalogue and the exception each must be (by class name, so the
# parent never imports what the child ran).
ERRORS: dict[str, tuple[str, ...]] = {
    "Empty": ("EmptySource",),
    "Format": ("UnsupportedFormat",),
    "Corrupt": ("CorruptSource",),
    "Encrypted": ("EncryptedSource",),
    "NoText": ("NoTextLayer",),
    "Limit": ("LimitExceeded",),
    "Unsafe": ("CorruptSource", "UnsupportedFormat"),
    "Path": ("PathError",),
    "Invalid": ("NotADecisionRecord",),  # InvalidRecord is a subclass
    "Encoding": ("UnsupportedFormat",),
}

# Defect codes named by the catalogue's "W(...)" wording, where the wording is that plain.
DEFECT_WORDS: tuple[tuple[str, str], ...] = (
    ("encoding", "encoding"),
    ("mojibake", "encoding"),
    ("nuls", "encoding"),
    ("section order", "out_of_order_section"),
    ("duplicate section", "duplicate_section"),
    ("missing section", "missing_section"),
    ("encrypted", "encrypted"),
    ("leading garbage", "leading_garbage"),
    ("xref repaired", "repaired_xref"),
    ("macro", "macro_enabled"),
    ("multiple documents", "multiple_records"),
    ("split with warning", "multiple_records"),
    ("ocr", "ocr"),
    ("format mismatch", "format_mismatch"),
)

# One outcome in the "right behaviour" column: "OK+W(...)", "OK", "E:Name", or a phrase.
# "OK+W(section order)", "E:Invalid(multiple documents)", "split with warning"
OUTCOME_RE = regex.compile(
    r"OK\+W\((?P<warning>[^)]*)\)|\bOK\b|E:(?P<error>[A-Za-z]+)"
    r"|(?P<split>split with warning)|(?P<budget>time budget)"
)

# What a readable file's record may not contain: the marks of what broke it.
GARBAGE = ("\x00", "\ufeff", "(cid:", "â€", "Ã")


@dataclass(frozen=True)
class Outcome:
    kind: str
    """"ok", "warn" (a record with a defect) or "error"."""
    error: str | None = None
    defect: str | None = None
    """The defect code a "warn" outcome must carry, when the catalogue names one plainly."""


def parse_right_behaviour(text: str) -> tuple[Outcome, ...]:
    """The outcomes a "right behaviour" text allows ("X or Y" allows both)."""
    text = text.split(" -- ")[0]  # what follows " -- " is commentary
    outcomes = []
    for found in OUTCOME_RE.finditer(text):
        if found["warning"] is not None:
            outcomes.append(Outcome("warn", defect=_defect_code(found["warning"])))
        elif found["error"] is not None:
            outcomes.append(Outcome("error", error=found["error"]))
        elif found["split"] is not None:
            outcomes.append(Outcome("warn", defect="multiple_records"))
        elif found["budget"] is not None:
            outcomes.append(Outcome("error", error="Limit"))
        else:
            outcomes.append(Outcome("ok"))
    return tuple(outcomes)


def _defect_code(warning: str) -> str | None:
    lowered = warning.lower()
    return next((code for word, code in DEFECT_WORDS if word in lowered), None)


# -- matching -------------------------------------------------------------------------------


def assert_outcome(
    name: str,
    right: str,
    outcomes: tuple[Outcome, ...],
    result: dict[str, Any],
    control: dict[str, Any],
    path: Path,
) -> None:
    """Fail unless `result` is one of `outcomes` (`right` is their text, for the message)."""
    assert result["kind"] != "foreign", f"a foreign exception escaped: {result['message']}"
    assert outcomes, f"{name}: no outcome in {right!r}"
    failures = [why for why in (mismatch(o, result, control, path) for o in outcomes) if why]
    assert len(failures) < len(outcomes), (
        f"{name}: expected {right!r}; got {describe(result)}; " + "; ".join(failures)
    )


def mismatch(
    outcome: Outcome, result: dict[str, Any], control: dict[str, Any], path: Path
) -> str | None:
    """Why `result` is not `outcome`, or None when it is."""
    if outcome.kind == "error":
        return _error_mismatch(outcome.error or "", result, path)
    if result["kind"] != "record":
        return "expected a record"
    problem = record_problem(result, control)
    if problem is not None:
        return problem
    if outcome.kind == "warn" and not result["defects"]:
        return "expected a record with a defect"
    if outcome.defect is not None and outcome.defect not in result["defects"]:
        return f"expected a {outcome.defect!r} defect"
    return None


def _error_mismatch(error: str, result: dict[str, Any], path: Path) -> str | None:
    if error == "Encoding" and result["kind"] == "record" and "encoding" in result["defects"]:
        return None
    if result["kind"] != "error":
        return f"expected E:{error}"
    if not set(ERRORS[error]) & set(result["types"]):
        return f"expected E:{error} ({' or '.join(ERRORS[error])})"
    if error == "Unsafe" and "unsafe" not in result["message"].lower():
        return "expected the message to say 'unsafe'"
    if path.name not in result["message"]:
        return "expected the message to name the file"
    return None


def record_problem(result: dict[str, Any], control: dict[str, Any]) -> str | None:
    """A record must be the proforma every readable file holds, clean of what broke it."""
    text = result["text"]
    if not result["sliced"]:
        return "a section's offsets do not slice its text"
    if (result["title"], result["decision_date"]) != (control["title"], control["decision_date"]):
        return f"title or date differ from the control: {result['title']!r}"
    if result["sections"] < 6:
        return f"only {result['sections']} sections"
    garbage = [mark for mark in GARBAGE if mark in text]
    return f"garbage in the text: {garbage}" if garbage else None


def describe(result: dict[str, Any]) -> str:
    if result["kind"] == "record":
        return f"a record with defects {result['defects']}"
    return f"{result['types'][0]}: {result['message'][:300]}"
