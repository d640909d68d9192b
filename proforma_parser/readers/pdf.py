"""PDF reader: an engine finds the words, the _pdf_* modules put them back in order.

Two engines read the pages: pdfium (pypdfium2, C++; the default, _pdf_pdfium) and
pdfplumber (pdfminer, pure Python; parse about seven times slower, the reference). Page by page, the words
and ruled tables are copied out of the engine (_pdf_page) and the page is closed; lines
are rebuilt from word positions (_pdf_layout) and the page handed to the assembly
(_pdf_assemble), which sets headers and footers apart (_pdf_furniture), cuts the page into
running text and table cells (_pdf_layout, _pdf_columns) and joins lines into paragraphs
(_pdf_paragraphs), keeping only a few pages at a time, so memory stays flat.

Engine errors never escape: a missing or wrong password is EncryptedSource, a scan
NoTextLayer, and anything pdfminer (or pypdfium2, by its table ENGINE_ERRORS) raises on a
damaged file is CorruptSource with the cause chained. Nor do the engines' log lines: pdfminer logs every oddity it works around ("CropBox
missing from /Page, defaulting to MediaBox") as a warning, which would reach the stderr of
any program with logging set up; what matters of them reaches the caller as a defect or an
error, so their loggers are set to ERROR (they alone, never the root logger).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

import regex

from ..defects import CATALOGUE
from ..document import Document, ReaderDefect
from ..errors import (
    CorruptSource,
    EmptySource,
    LimitExceeded,
    NoTextLayer,
    ProformaError,
)
from ..limits import DEFAULT_LIMITS, Limits
from ._pdf_assemble import Assembly
from ._pdf_deadline import Deadline, deadline
from ._pdf_engines import DEFAULT_PDF_ENGINE, PdfEngine, password_refused
from ._pdf_guard import check_file_streams, check_page_streams
from ._pdf_layout import lay_out
from ._pdf_page import RawPage, Tally, extract_page

# "12 0 obj": where a cross-reference offset must point
_OBJECT_RE = regex.compile(rb"\s*(\d+)\s+\d+\s+obj\b")
_OBJECT_WINDOW = 64  # bytes from an offset in which "N G obj" must stand
# "startxref" on a line of its own, before the offset of the last cross-reference table
_STARTXREF_RE = regex.compile(rb"(?<![^\r\n])([ \t]*startxref)(?=[ \t]*(?:[\r\n]|$))")
MAX_CID_SHARE = 0.3
"""Share of "(cid:N)" glyphs (no Unicode mapping) above which the text layer is unusable."""
_REPAIRED = "repaired_xref"
"""Defect code for a rebuilt cross-reference table (noted once the catalogue has it)."""


_ENGINE_LOGGERS = ("pdfminer", "pdfplumber")


def quiet_engine_logs() -> None:
    """Keep the PDF engines' warnings off the caller's stderr (errors still log)."""
    for logger_name in _ENGINE_LOGGERS:
        logger = logging.getLogger(logger_name)
        if logger.level != logging.ERROR:  # setLevel clears every logger's cache
            logger.setLevel(logging.ERROR)


def read_pdf(
    data: bytes,
    *,
    name: str | None,
    sha256: str,
    limits: Limits = DEFAULT_LIMITS,
    password: str | None = None,
    engine: PdfEngine = DEFAULT_PDF_ENGINE,
) -> Document:
    """Read a PDF into blocks in reading order, furniture set apart.

    `engine` names what reads the pages ("pdfplumber" or "pdfium"); the layout after that
    is the same code for both.

    `password` opens a PDF encrypted with a user password; None tries the empty password,
    which opens a PDF that is encrypted only to restrict printing or copying.

    The whole read runs under `limits.timeout` (see _pdf_deadline); the file's compressed
    streams are checked against `limits.max_part_bytes` before it is opened (_pdf_guard),
    pages are counted against `limits.max_pages` before any is read, and each page's forms
    against `limits.max_nesting` and for recursion before pdfminer interprets them.
    """
    quiet_engine_logs()
    with deadline(limits.timeout, name=name, what="PDF") as clock:
        check_file_streams(data, name=name, limits=limits)
        tally = Tally(password=password)
        assembly = Assembly()
        try:
            for page in _engine_pages(engine, data, name, tally, limits, clock):
                assembly.add(lay_out(page))
            blocks = assembly.close()
        except (RecursionError, MemoryError) as exc:
            raise _translate(exc, name) from exc
        if assembly.pages == 0:
            raise EmptySource("the PDF has no pages", path=name)
        defects = _check_text_layer(tally, name)
    if not blocks:
        raise EmptySource("the PDF has no text outside its headers and footers", path=name)
    return Document(
        blocks=tuple(blocks),
        format="pdf",
        name=name,
        sha256=sha256,
        size=len(data),
        pages=assembly.pages,
        furniture=tuple(assembly.furniture),
        defects=tuple(defects),
    )


def _engine_pages(
    engine: PdfEngine, data: bytes, name: str | None, tally: Tally, limits: Limits, clock: Deadline
) -> Iterator[RawPage]:
    if engine == "pdfium":
        from ._pdf_pdfium import pdfium_pages

        return pdfium_pages(data, name=name, tally=tally, limits=limits, clock=clock)
    return _raw_pages(data, name, tally, limits, clock)


def _raw_pages(
    data: bytes, name: str | None, tally: Tally, limits: Limits, clock: Deadline
) -> Iterator[RawPage]:
    """Each page's words and tables, copied out of pdfplumber, the page closed at once.

    Engine errors are translated here; the caller's own work on each page is outside this
    try, so a bug there is not passed off as a damaged file.
    """
    try:
        pdf, tally.repaired = _open(data, tally.password or "")
        with pdf:
            tally.encrypted = pdf.doc.encryption is not None
            _check_pages(_declared_pages(pdf), limits.max_pages, name)
            for number, page in enumerate(pdf.pages, start=1):
                clock.check(f"page {number}")
                _check_pages(number, limits.max_pages, name)  # in case /Count understated
                check_page_streams(page.page_obj, name=name, limits=limits)
                try:
                    raw = extract_page(page, number)
                finally:
                    page.close()  # drops the page's cached layout objects
                tally.count(raw)
                yield raw
    except ProformaError:
        raise
    except Exception as exc:  # pdfminer raises PSEOF, PDFSyntaxError, TypeError, ...
        cause = _unwrap(exc)
        raise _translate(cause, name, password=tally.password) from cause


def _open(data: bytes, password: str) -> tuple[Any, bool]:
    """The pdfplumber PDF, and whether its cross-reference table had to be rebuilt.

    pdfminer trusts a cross-reference table whose offsets point at the wrong bytes and then
    finds no pages at all, without an error. When an offset misses its object the file is
    opened again with its "startxref" hidden, so pdfminer scans the file for its objects.
    """
    import pdfplumber

    pdf = pdfplumber.open(io.BytesIO(data), password=password)
    try:
        if _xref_points_at_objects(pdf.doc, data):
            return pdf, False
    except BaseException:
        pdf.close()
        raise
    pdf.close()
    # "startxref %": the keyword still ends the trailer, but pdfminer's search for the
    # line "startxref" fails, so it falls back to scanning the file for "N 0 obj".
    hidden = _STARTXREF_RE.sub(rb"\1 %", data)
    return pdfplumber.open(io.BytesIO(hidden), password=password), True


def _xref_points_at_objects(doc: Any, data: bytes) -> bool:
    from pdfminer.pdfdocument import PDFXRefFallback

    for xref in doc.xrefs:
        if isinstance(xref, PDFXRefFallback):
            return True  # already found by scanning
        for objid in xref.get_objids():
            stream, offset, _ = xref.get_pos(objid)
            if stream is not None:
                continue  # inside an object stream, found through that stream
            found = _OBJECT_RE.match(data, offset, offset + _OBJECT_WINDOW)
            if found is None or int(found[1]) != objid:
                return False
    return True


def _declared_pages(pdf: Any) -> int:
    """The page count, from the page tree's /Count before pdfplumber walks every page."""
    from pdfminer.pdftypes import resolve1

    tree = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    return count if isinstance(count, int) else len(pdf.pages)


def _check_pages(count: int, max_pages: int, name: str | None) -> None:
    if count > max_pages:
        raise LimitExceeded(
            f"the PDF has {count:,} pages, over the limit of {max_pages:,} pages (max_pages)",
            path=name,
        )


def _unwrap(exc: Exception) -> Exception:
    """pdfminer's own error: pdfplumber wraps it as PdfminerException(original), unchained."""
    inner = exc.args[0] if len(exc.args) == 1 else None
    if type(exc).__name__ == "PdfminerException" and isinstance(inner, Exception):
        return _unwrap(inner)
    return exc


def _translate(cause: Exception, name: str | None, *, password: str | None = None) -> ProformaError:
    if "password" in type(cause).__name__.lower() or "encrypt" in type(cause).__name__.lower():
        return password_refused(password, name)
    if isinstance(cause, RecursionError):
        return CorruptSource("the PDF's objects nest too deeply to read", path=name)
    if isinstance(cause, MemoryError):
        return CorruptSource(
            "the PDF needs more memory than is available to read (an object or stream "
            "too large to inflate)",
            path=name,
        )
    detail = str(cause) or type(cause).__name__
    return CorruptSource(f"the PDF is damaged and cannot be read ({detail})", path=name)


def _check_text_layer(tally: Tally, name: str | None) -> list[ReaderDefect]:
    chars, cids = tally.chars, tally.cids
    defects = []
    if tally.encrypted and not tally.password:
        # Opened with the empty password: the caller did not know it was encrypted.
        defects.append(
            ReaderDefect("encrypted", "the PDF is encrypted with an empty user password; read")
        )
    if tally.repaired and _REPAIRED in CATALOGUE:
        defects.append(
            ReaderDefect(
                _REPAIRED,
                "the PDF's cross-reference table points at the wrong bytes; "
                "its objects were found by scanning the file",
            )
        )
    if chars == 0:
        if tally.images:
            raise NoTextLayer(
                "the PDF's pages are images with no text layer (a scan); OCR is needed",
                path=name,
            )
        raise EmptySource("the PDF's pages are blank", path=name)
    if cids > MAX_CID_SHARE * chars:
        raise NoTextLayer(
            f"{cids / chars:.0%} of the PDF's glyphs have no Unicode mapping ('(cid:N)'); "
            "its text cannot be decoded, OCR is needed",
            path=name,
        )
    if cids:
        defects.append(
            ReaderDefect("encoding", f"{cids} glyph(s) without a Unicode mapping dropped")
        )
    return defects
