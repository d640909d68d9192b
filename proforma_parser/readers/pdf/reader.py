"""PDF reader: an engine finds the words, the modules of this package put them back in order.

Two engines read the pages: pdfium (pypdfium2, C++; the default, pdfium) and
pdfplumber (pdfminer, pure Python; parse about seven times slower, the reference). Page by page, the words
and ruled tables are copied out of the engine (page) and the page is closed; lines
are rebuilt from word positions (layout) and the page handed to the assembly
(assemble), which sets headers and footers apart (furniture), cuts the page into
running text and table cells (layout, columns) and joins lines into paragraphs
(paragraphs), keeping only a few pages at a time, so memory stays flat.

A page that is a picture of text (a scan) is read by OCR (ocr), its words fed to the same
layout; without Tesseract it is NoTextLayer.

Engine errors never escape: a missing or wrong password is EncryptedSource, a scan that
cannot be OCR'd NoTextLayer, and what pdfminer or pypdfium2 raise on a damaged file is
CorruptSource with the cause chained, each by one table (engine_errors). Nor do the engines' log lines: pdfminer logs every oddity it works around ("CropBox
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

from ...defects import CATALOGUE
from ...document import Document, ReaderDefect
from ...errors import (
    EmptySource,
    LimitExceeded,
    NoTextLayer,
    ProformaError,
)
from ...limits import DEFAULT_LIMITS, Limits
from ..deadline import Deadline, deadline
from ..engine_errors import caught, translate, unwrapped
from .assemble import Assembly
from .engines import DEFAULT_PDF_ENGINE, PdfEngine
from .guard import check_file_streams, check_page_streams
from .layout import lay_out
from .ocr import PageOcr
from .page import RawPage, Tally, extract_page
from .structure import check_structure

# "12 0 obj": where a cross-reference offset must point
_OBJECT_RE = regex.compile(rb"\s*(\d+)\s+\d+\s+obj\b")
_OBJECT_WINDOW = 64  # bytes from an offset in which "N G obj" must stand
# "startxref" on a line of its own, before the offset of the last cross-reference table
_STARTXREF_RE = regex.compile(rb"(?<![^\r\n])([ \t]*startxref)(?=[ \t]*(?:[\r\n]|$))")
MAX_CID_SHARE = 0.3
"""Share of "(cid:N)" glyphs (no Unicode mapping) above which the text layer is unusable."""
_REPAIRED = "repaired_xref"
_DAMAGED = "the PDF is damaged and cannot be read"
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

    Before either engine opens the file, its compressed streams are checked against
    `limits.max_part_bytes` (guard) and its objects for references round a circle and
    a page tree that loops or holds more than `limits.max_pages` pages (structure).
    The whole read runs under the time budget (`limits.time_budget`, see deadline.py):
    what the file's size allows at first, raised for its pages once they are counted. Each
    page's forms are checked against `limits.max_nesting` and for recursion before pdfminer
    interprets them.
    """
    quiet_engine_logs()
    size = len(data)
    scaled = limits.timeout <= 0
    with deadline(limits.time_budget(size), name=name, what="PDF", scaled=scaled) as clock:
        check_file_streams(data, name=name, limits=limits)
        structure = check_structure(data, name=name, limits=limits)
        clock.extend_to(limits.time_budget(size, structure.pages or 0))
        tally = Tally(password=password, repaired=structure.repaired)
        assembly = Assembly()
        scans = PageOcr(data, name, password, limits, clock)
        try:
            for page in _engine_pages(engine, data, name, tally, limits, clock):
                assembly.add(lay_out(scans.read(page)))  # a scanned page OCR'd, others as read
            blocks = assembly.close()
        except (RecursionError, MemoryError) as exc:  # the layout's own, on a vast page
            row = "pdfium" if engine == "pdfium" else "pdfminer"
            raise translate(exc, row, name=name, doing=_DAMAGED, what="PDF") from exc
        finally:
            scans.close()
        scans.check()
        if assembly.pages == 0:
            raise EmptySource("the PDF has no pages", path=name)
        defects = _check_text_layer(tally, name, ocr_pages=scans.pages_read) + scans.defects
        doubtful = scans.doubtful
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
        doubtful=doubtful,
    )


def _engine_pages(
    engine: PdfEngine, data: bytes, name: str | None, tally: Tally, limits: Limits, clock: Deadline
) -> Iterator[RawPage]:
    if engine == "pdfium":
        from .pdfium import pdfium_pages

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
        pdf, reopened = _open(data, tally.password or "")
        tally.repaired = tally.repaired or reopened
        with pdf:
            tally.encrypted = pdf.doc.encryption is not None
            declared = _declared_pages(pdf)
            _check_pages(declared, limits.max_pages, name)
            clock.extend_to(limits.time_budget(len(data), declared))
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
    except caught("pdfminer") as exc:  # PSEOF, PDFSyntaxError, KeyError, ... (the table)
        cause = unwrapped(exc, "pdfminer")
        raise translate(
            cause, "pdfminer", name=name, doing=_DAMAGED, what="PDF", password=tally.password
        ) from cause


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


def _check_text_layer(tally: Tally, name: str | None, *, ocr_pages: int) -> list[ReaderDefect]:
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
    if chars == 0 and not ocr_pages:  # the engines' count: OCR'd pages had none
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
