"""The one exception tree of proforma_parser.

Everything the library raises is a `ProformaError`, so a batch job can write
`except ProformaError` and know nothing else escapes::

    ProformaError                    root
    ├── SourceError                  the input could not be read (.path)
    │   ├── PathError                missing, a directory, a FIFO or device, unreadable, a URL
    │   ├── EmptySource              no bytes, or nothing but white space
    │   ├── UnsupportedFormat        xlsx, binary; .doc/.rtf/.odt without LibreOffice: says what to do
    │   ├── CorruptSource            a damaged PDF, zip or XML (the cause is chained)
    │   ├── EncryptedSource          a password is needed
    │   ├── NoTextLayer              a scanned or glyph-garbled PDF: OCR is needed
    │   └── LimitExceeded            bytes, pages, decompressed size or time over a limit
    ├── NotADecisionRecord           readable, but no recognisable sections
    │   └── InvalidRecord            sections found, but the record's core is empty
    ├── ParserFault                  the parser itself failed on this input: a bug (the cause is chained)
    ├── DefectError                  a defect raised because strict=True (.defect)
    ├── WorkerStartError             a batch worker process could not start
    ├── LedgerError                  the backfill's ledger cannot be used (.path)
    │   └── LedgerBusy               another backfill holds the ledger's lock
    └── ExportError                  an export cannot be written (.path is the output)

Errors from the engines (pdfminer, zipfile, lxml, python-docx, LibreOffice) are translated at the reader
boundary with `raise ... from exc`, so the original stays available as `__cause__`.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Defect


class ProformaError(Exception):
    """Root of every exception the library raises."""


class SourceError(ProformaError):
    """The input could not be read. `path` is the file's whole path as the caller gave it
    (for bytes, the `name` given, else None), and the message starts with it."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        where = path if path is not None else "<input>"
        super().__init__(f"{where}: {message}")


class PathError(SourceError):
    """The path is missing, not a regular file (directory, FIFO, device), or unreadable."""


class EmptySource(SourceError):
    """The input has no content: zero bytes, only white space, or no pages."""


class UnsupportedFormat(SourceError):
    """A format the library does not read; the message names it and what to do."""


class CorruptSource(SourceError):
    """The file claims a supported format but is damaged."""


class EncryptedSource(SourceError):
    """The file needs a password to open."""


class NoTextLayer(SourceError):
    """The document has no usable text (a scan, or undecodable glyphs): OCR is needed."""


class LimitExceeded(SourceError):
    """The input is over a configured limit (bytes, pages, decompressed size, time)."""


class NotADecisionRecord(ProformaError):
    """The text was read but holds no recognisable decision-record structure.

    `name` is the base name, `path` the whole path as given (null for bytes and text); the
    message names the whole path, so same-named files in two folders can be told apart.
    """

    def __init__(self, message: str, *, name: str | None = None, path: str | None = None) -> None:
        self.name = name
        self.path = path
        where = path or name or "<text>"
        super().__init__(f"{where}: {message}")


class InvalidRecord(NotADecisionRecord):
    """Headings were found but the record says nothing: no title, no decision, no
    resolutions (a blank proforma, or text that only imitates headings)."""


class ParserFault(ProformaError):
    """The parser itself failed on this input: a bug, not a fault of the document. The
    message names the whole path (or name), the stage and the line of the parser that
    failed, and the error, which is chained as `__cause__`; a batch records the file as
    failed and goes on. Report it with the file."""

    def __init__(
        self, message: str, *, stage: str, name: str | None = None, path: str | None = None
    ) -> None:
        self.stage = stage
        self.name = name
        self.path = path
        where = path or name or "<text>"
        super().__init__(f"{where}: the parser failed while it {stage}: {message}")


@contextmanager
def faults_of(stage: str, *, name: str | None, path: str | None) -> Iterator[None]:
    """Run a stage of the parser ("read the record's fields") so that a bug in it reaches
    the caller as a `ParserFault` naming the file, the stage and the parser's line that
    failed, never as a bare ValueError or IndexError."""
    try:
        yield
    except ProformaError:
        raise
    except Exception as exc:  # a bug: one typed error naming the file, the cause chained
        frames = traceback.extract_tb(exc.__traceback__)
        at = f" (in {Path(frames[-1].filename).stem}.{frames[-1].name})" if frames else ""
        raise ParserFault(
            f"{type(exc).__name__}: {exc}{at}", stage=stage, name=name, path=path
        ) from exc


class WorkerStartError(ProformaError):
    """A batch worker process could not start (`parse_many`, `proforma-parser backfill`): the
    environment is broken, not a document, so the run stops rather than fail every file."""


class LedgerError(ProformaError):
    """The backfill's ledger cannot be used: its folder is missing, it is not SQLite, it is
    another application's database, it is read-only. `path` names it; the message says
    what to do."""

    def __init__(self, message: str, *, path: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class LedgerBusy(LedgerError):
    """Another backfill, still running, holds the ledger's lock."""


class ExportError(ProformaError):
    """An export cannot be written (a missing folder, no permission); `path` is the output."""

    def __init__(self, message: str, *, path: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class DefectError(ProformaError):
    """A defect raised because `strict` asked for it; `.defect` is the defect, `.name` the
    base name and `.path` the whole path (null for bytes and text), which the message names."""

    def __init__(self, defect: Defect, *, name: str | None = None, path: str | None = None) -> None:
        self.defect = defect
        self.name = name
        self.path = path
        where = path or name or "<text>"
        super().__init__(f"{where}: {defect.code}: {defect.message}")
