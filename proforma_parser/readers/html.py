"""HTML reader (lxml), built in issue 6."""

from __future__ import annotations

from ..document import Document
from ..errors import UnsupportedFormat


def read_html(data: bytes, *, name: str | None, sha256: str) -> Document:
    raise UnsupportedFormat("HTML input is not supported yet", path=name)
