"""atheris harness: any bytes into `proforma_parser.parse`; only a ProformaError may come out.

A crash is any other exception, a record whose sections do not slice out of its text, or a
ProformaError that hides a bug of the library's own: one whose chained cause was raised
inside proforma_parser itself (an engine's error, raised inside pdfminer, lxml, zipfile or
python-docx, is what translation is for). See fuzz/README.md for the command.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

import atheris  # type: ignore[import-untyped]

# The library loads its pipeline and readers lazily; import them here so all are instrumented
# (pdfminer too: the PDF engine is where hostile input goes deepest).
with atheris.instrument_imports(include=["proforma_parser", "pdfminer", "pdfplumber"]):
    import proforma_parser
    import proforma_parser.api
    import proforma_parser.readers.pdf
    import proforma_parser.readers.word
    from proforma_parser import DecisionRecord, ProformaError

# pdfminer logs a warning for every oddity of a mutated file; the harness wants crashes only.
logging.getLogger("pdfminer").setLevel(logging.CRITICAL)

PACKAGE = str(Path(proforma_parser.__file__).resolve().parent)


# Triage mode: with PROFORMA_FUZZ_KEEP_GOING=DIR set, a crash is written to DIR (input and
# traceback, once per place it was raised) and fuzzing goes on; unset, the first crash stops.
KEEP_GOING = os.environ.get("PROFORMA_FUZZ_KEEP_GOING")


def test_one_input(data: bytes) -> None:
    try:
        parse_one(data)
    except Exception as crash:
        if not KEEP_GOING:
            raise
        record_crash(data, crash)


def parse_one(data: bytes) -> None:
    try:
        # Small budgets keep one execution short: the harness fuzzes behaviour, not defaults.
        record = proforma_parser.parse(
            data, name="fuzz.bin", max_bytes=4 << 20, max_pages=20, timeout=10.0
        )
    except ProformaError as error:
        check_cause(error)
        return
    check_record(record)


def record_crash(data: bytes, crash: Exception) -> None:
    """Keep one input per (exception type, innermost line): a new place, a new file."""
    frames = traceback.extract_tb(crash.__traceback__)
    where = f"{type(crash).__name__} {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    key = hashlib.sha1(where.encode()).hexdigest()[:12]
    folder = Path(KEEP_GOING or ".")
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / f"crash-{key}").exists():
        (folder / f"crash-{key}").write_bytes(data)
        report = "".join(traceback.format_exception(crash))
        (folder / f"crash-{key}.txt").write_text(f"{where}\n\n{report}", encoding="utf-8")


def check_record(record: DecisionRecord) -> None:
    for section in record.sections:
        if record.text[section.start : section.end] != section.text:
            raise AssertionError(f"section {section.heading!r} does not slice out of the text")
    record.model_dump_json()  # the record must serialise


def check_cause(error: ProformaError) -> None:
    cause = error.__cause__
    if cause is None or isinstance(cause, (ProformaError, RecursionError, MemoryError)):
        return
    frame = _innermost(cause.__traceback__)
    if frame is not None and frame.startswith(PACKAGE):
        raise AssertionError(f"a bug of the library's own, passed off as {error!r}") from cause


def _innermost(traceback: TracebackType | None) -> str | None:
    filename = None
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        traceback = traceback.tb_next
    return filename


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
