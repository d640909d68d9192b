"""PDF reader: pdfplumber finds the words, the _pdf_* modules put them back in order.

Page by page, the words and ruled tables are copied out of pdfplumber (_pdf_page) and the
page is closed; lines are rebuilt from word positions (_pdf_layout) and the page handed to
the assembly (_pdf_assemble), which sets headers and footers apart (_pdf_furniture), cuts
the page into running text and table cells (_pdf_layout, _pdf_columns) and joins lines into
paragraphs (_pdf_paragraphs), keeping only a few pages at a time, so memory stays flat.

Engine errors never escape: a wrong password is EncryptedSource, a scan NoTextLayer, and
anything pdfminer raises on a damaged file is CorruptSource with the cause chained.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import Document, ReaderDefect
from ..errors import (
    CorruptSource,
    EmptySource,
    EncryptedSource,
    LimitExceeded,
    NoTextLayer,
    ProformaError,
)
from ..limits import DEFAULT_LIMITS, Limits
from ._pdf_assemble import Assembly
from ._pdf_guard import check_page_streams
from ._pdf_layout import lay_out
from ._pdf_page import RawPage, extract_page

MAX_PAGES = 300
"""A decision record runs to a few pages; a long agenda pack is not one."""
TIME_BUDGET = 120.0
"""Seconds of reading after which a PDF is refused (pathological content streams)."""
MAX_CID_SHARE = 0.3
"""Share of "(cid:N)" glyphs (no Unicode mapping) above which the text layer is unusable."""


def read_pdf(
    data: bytes, *, name: str | None, sha256: str, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read a PDF into blocks in reading order, furniture set apart."""
    tally = _Tally()
    assembly = Assembly()
    for page in _raw_pages(data, name, tally):
        assembly.add(lay_out(page))
    if assembly.pages == 0:
        raise EmptySource("the PDF has no pages", path=name)
    defects = _check_text_layer(tally, name)
    blocks = assembly.close()
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


@dataclass
class _Tally:
    """What the pages showed of their text layer, counted while reading."""

    encrypted: bool = False
    chars: int = 0
    cids: int = 0
    images: int = 0

    def count(self, page: RawPage) -> None:
        self.chars += page.chars
        self.cids += page.cid_chars
        self.images += page.images


def _raw_pages(data: bytes, name: str | None, tally: _Tally) -> Iterator[RawPage]:
    """Each page's words and tables, copied out of pdfplumber, the page closed at once.

    Engine errors are translated here; the caller's own work on each page is outside this
    try, so a bug there is not passed off as a damaged file.
    """
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            tally.encrypted = pdf.doc.encryption is not None
            _check_page_count(pdf, name)
            started = time.monotonic()
            for number, page in enumerate(pdf.pages, start=1):
                _check_time(started, number, name)
                check_page_streams(page.page_obj, name=name)
                try:
                    raw = extract_page(page, number)
                finally:
                    page.close()  # drops the page's cached layout objects
                tally.count(raw)
                yield raw
    except ProformaError:
        raise
    except Exception as exc:  # pdfminer raises PSEOF, PDFSyntaxError, TypeError, ...
        raise _translate(exc, name) from exc


def _check_time(started: float, number: int, name: str | None) -> None:
    if time.monotonic() - started > TIME_BUDGET:
        raise LimitExceeded(
            f"reading took over {TIME_BUDGET:.0f} s (stopped at page {number})", path=name
        )


def _check_page_count(pdf: Any, name: str | None) -> None:
    from pdfminer.pdftypes import resolve1

    # /Count in the page tree is read before pdfplumber walks every page object.
    tree = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    if not isinstance(count, int):
        count = len(pdf.pages)
    if count > MAX_PAGES:
        raise LimitExceeded(
            f"the PDF has {count:,} pages, over the limit of {MAX_PAGES:,}", path=name
        )


def _translate(exc: Exception, name: str | None) -> ProformaError:
    # pdfplumber wraps pdfminer's error as PdfminerException(original) without chaining it.
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
    cause = inner or exc.__cause__ or exc
    if "password" in type(cause).__name__.lower() or "encrypt" in type(cause).__name__.lower():
        return EncryptedSource(
            "the PDF is encrypted and needs a password to open; remove it and try again",
            path=name,
        )
    if isinstance(cause, RecursionError):
        return CorruptSource("the PDF's objects nest too deeply to read", path=name)
    detail = str(cause) or type(cause).__name__
    return CorruptSource(f"the PDF is damaged and cannot be read ({detail})", path=name)


def _check_text_layer(tally: _Tally, name: str | None) -> list[ReaderDefect]:
    chars, cids = tally.chars, tally.cids
    defects = []
    if tally.encrypted:
        defects.append(
            ReaderDefect("encrypted", "the PDF is encrypted with an empty user password; read")
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
