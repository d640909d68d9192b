"""The engines that can read a PDF's pages, named apart from them so that naming one
costs no import of either."""

from __future__ import annotations

from typing import Literal, get_args

from ...errors import EncryptedSource

PdfEngine = Literal["pdfplumber", "pdfium"]
"""pdfium (pypdfium2, C++) or pdfplumber (pdfminer, pure Python; parse about 7x slower)."""
PDF_ENGINES: tuple[PdfEngine, ...] = get_args(PdfEngine)
DEFAULT_PDF_ENGINE: PdfEngine = "pdfium"
"""pdfium: both engines give the same records on the corpus and the samples
(tests/test_pdfium.py), and pdfium reads a page several times faster. pdfplumber stays
the reference the tests compare against."""


def check_pdf_engine(engine: object) -> None:
    """Refuse an engine name that is not one, before any input is read (like `strict`)."""
    if engine not in PDF_ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(PDF_ENGINES)}")


def password_refused(password: str | None, name: str | None) -> EncryptedSource:
    """The error for a PDF that will not open without its password, whichever engine said
    so: a wrong password, or none given."""
    if password:
        return EncryptedSource("the password given does not open the PDF", path=name)
    return EncryptedSource(
        "the PDF is encrypted and needs a password to open; give it (password=..., "
        "or --password on the command line) or remove it",
        path=name,
    )
