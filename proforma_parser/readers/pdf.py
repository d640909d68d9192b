"""PDF reader (pdfplumber), built in issue 3."""

from __future__ import annotations

from ..document import Document
from ..errors import UnsupportedFormat


def read_pdf(data: bytes, *, name: str | None, sha256: str) -> Document:
    raise UnsupportedFormat("PDF input is not supported yet", path=name)
