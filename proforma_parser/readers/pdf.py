"""PDF reader: pdfplumber finds the words, the _pdf_* modules put them back in order.

Page by page, the words and ruled tables are copied out of pdfplumber and the page is
closed (memory stays flat on long files). Then, over the whole document: headers and
footers are set apart (_pdf_furniture), each page is cut into running text and table cells
(_pdf_layout, _pdf_columns), and lines are joined into paragraphs (_pdf_paragraphs).

Engine errors never escape: a wrong password is EncryptedSource, a scan NoTextLayer, and
anything pdfminer raises on a damaged file is CorruptSource with the cause chained.
"""

from __future__ import annotations

import io
import time
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
from ._pdf_columns import split_columns
from ._pdf_furniture import remove_furniture
from ._pdf_guard import check_page_streams
from ._pdf_layout import PageLayout, lay_out, page_regions
from ._pdf_page import RawPage, extract_page
from ._pdf_paragraphs import merge_across_pages, region_paragraphs, to_blocks

MAX_PAGES = 300
"""A decision record runs to a few pages; a long agenda pack is not one."""
TIME_BUDGET = 120.0
"""Seconds of reading after which a PDF is refused (pathological content streams)."""
MAX_CID_SHARE = 0.3
"""Share of "(cid:N)" glyphs (no Unicode mapping) above which the text layer is unusable."""


def read_pdf(data: bytes, *, name: str | None, sha256: str) -> Document:
    """Read a PDF into blocks in reading order, furniture set apart."""
    pages, encrypted = _extract(data, name)
    defects = _check_text_layer(pages, name)
    if encrypted:
        defects.append(
            ReaderDefect("encrypted", "the PDF is encrypted with an empty user password; read")
        )
    layouts, furniture = remove_furniture([lay_out(page) for page in pages])
    blocks = to_blocks(merge_across_pages(_paragraphs(layouts)))
    if not blocks:
        raise EmptySource("the PDF has no text outside its headers and footers", path=name)
    return Document(
        blocks=tuple(blocks),
        format="pdf",
        name=name,
        sha256=sha256,
        size=len(data),
        pages=len(pages),
        furniture=furniture,
        defects=tuple(defects),
    )


def _paragraphs(layouts: list[PageLayout]) -> list[Any]:
    paragraphs = []
    for layout in layouts:
        for region in page_regions(layout, split_columns):
            paragraphs.extend(region_paragraphs(region))
    return paragraphs


def _extract(data: bytes, name: str | None) -> tuple[list[RawPage], bool]:
    """Every page's words and tables, copied out of pdfplumber; and whether it is encrypted."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            encrypted = pdf.doc.encryption is not None
            return _extract_pages(pdf, name), encrypted
    except ProformaError:
        raise
    except Exception as exc:  # pdfminer raises PSEOF, PDFSyntaxError, TypeError, ...
        raise _translate(exc, name) from exc


def _extract_pages(pdf: Any, name: str | None) -> list[RawPage]:
    _check_page_count(pdf, name)
    started = time.monotonic()
    pages = []
    for number, page in enumerate(pdf.pages, start=1):
        if time.monotonic() - started > TIME_BUDGET:
            raise LimitExceeded(
                f"reading took over {TIME_BUDGET:.0f} s (stopped at page {number})", path=name
            )
        check_page_streams(page.page_obj, name=name)
        try:
            pages.append(extract_page(page, number))
        finally:
            page.close()  # drops the page's cached layout objects
    if not pages:
        raise EmptySource("the PDF has no pages", path=name)
    return pages


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


def _check_text_layer(pages: list[RawPage], name: str | None) -> list[ReaderDefect]:
    chars = sum(page.chars for page in pages)
    cids = sum(page.cid_chars for page in pages)
    if chars == 0:
        if any(page.images for page in pages):
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
        return [ReaderDefect("encoding", f"{cids} glyph(s) without a Unicode mapping dropped")]
    return []
