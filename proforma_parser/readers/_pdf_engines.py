"""The PDF engines' names, where proforma_parser/api.py imports them from.

They live in readers/pdf/engines.py; this module only re-exports them for api.py, which
is outside the readers and names this path. Nothing in the readers imports it.
"""

from __future__ import annotations

from .pdf.engines import (
    DEFAULT_PDF_ENGINE,
    PDF_ENGINES,
    PdfEngine,
    check_pdf_engine,
    password_refused,
)

__all__ = ["DEFAULT_PDF_ENGINE", "PDF_ENGINES", "PdfEngine", "check_pdf_engine", "password_refused"]
