"""HTML reader (lxml), built in issue 6."""

from __future__ import annotations

from ..document import Document
from ..errors import UnsupportedFormat
from ..limits import DEFAULT_LIMITS, Limits


def read_html(
    data: bytes, *, name: str | None, sha256: str, limits: Limits = DEFAULT_LIMITS
) -> Document:
    raise UnsupportedFormat("HTML input is not supported yet", path=name)
