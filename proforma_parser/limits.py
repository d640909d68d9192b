"""Limits on what one document may cost, checked before the work where possible.

Every limit is a keyword argument of `parse` with a safe default; `Limits` carries them to
the readers. A document over a limit raises `LimitExceeded` naming the limit.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost. The defaults suit a council archive: records are 1-10
    pages; a 300-page PDF is already an agenda pack, not a decision record."""

    max_bytes: int = 100 * MiB
    """Input size; checked with stat before a file is read."""
    max_pages: int = 300
    """PDF pages; checked from the page tree before any page is read."""
    max_part_bytes: int = 64 * MiB
    """One decompressed part: a .docx zip member, or a PDF content stream."""
    max_decompressed_bytes: int = 256 * MiB
    """All of a .docx package's parts together, decompressed (from the zip directory)."""
    max_compression_ratio: float = 200.0
    """Decompressed / compressed size of one .docx part (zip bombs are thousands to one)."""
    max_nesting: int = 200
    """Depth of nested XML elements or PDF objects."""
    timeout: float = 120.0
    """Wall-clock seconds for reading one PDF or Word document (pdfminer can loop)."""


DEFAULT_LIMITS = Limits()
