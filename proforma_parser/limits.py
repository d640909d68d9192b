"""Limits on what one document may cost, checked before the work where possible.

The main limits are keyword arguments of `parse`, each with a safe default; `Limits`
carries them to the readers, and `read_source(..., limits=Limits(...))` sets any of them,
the time budget's parts and `max_text_bytes` included. A document over a limit raises
`LimitExceeded` naming the limit.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024
BACKFILL_TIMEOUT = 240.0
"""Seconds a worker may spend on one document before it is killed. Archives hold scans:
OCR costs 1.5 s an A4 page on a free core and over 10 s on an overloaded one, and each
OCR'd page adds 15 s to the document's own budget (Limits.timeout_per_ocr_page), so a
10-page scan may take 157 s before its reader gives up with LimitExceeded; the kill comes
after that, for a worker stuck in C."""

AUTO = 0.0
"""A `timeout` of 0: the time budget scaled to the document (Limits.time_budget)."""


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost. The defaults suit a council archive: records are 1-10
    pages; a 300-page PDF is already an agenda pack, not a decision record."""

    max_bytes: int = 100 * MiB
    """Input size; checked with stat before a file is read."""
    max_text_bytes: int = 8 * MiB
    """Plain-text input, checked before it is decoded: a decision record's text is tens of
    KB and a long minutes dump a few MB, while parsing runs at roughly 10-15 MB a second, so
    a 50 MB text (a database export, a log) is refused at once rather than parsed for
    seconds. PDF, Word and HTML files are bounded by `max_bytes` and their own limits."""
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
    timeout: float = AUTO
    """Wall-clock seconds for reading one PDF or Word document. AUTO (0, the default)
    scales the budget to the document (`time_budget`): a 2-page PDF gets a few seconds, a
    300-page one a few minutes. A positive number is the budget whatever the document.
    Damage that makes an engine loop (objects resolving to themselves, page tree loops,
    forms painting themselves) is refused by the checks before the engines; the budget
    is the last resort for what no check foresees."""
    timeout_base: float = 2.0
    """Seconds any document gets (opening, the checks, building the record)."""
    timeout_per_page: float = 0.5
    """Seconds more for each PDF page (pdfplumber takes 20-100 ms a page; pdfium 1-5)."""
    timeout_per_mib: float = 1.0
    """Seconds more for each MiB of input (fonts, images and streams to decode)."""
    timeout_per_ocr_page: float = 15.0
    """Seconds more for each page read by OCR (a scanned page; readers/pdf/ocr.py), added
    when the page is found to need it. Tesseract takes about 1.5 s an A4 page on a free
    core, and took over 10 s on two cores at a load of 9."""
    timeout_per_conversion: float = 30.0
    """Seconds more for a .doc, .rtf or .odt, converted to .docx by LibreOffice before it is
    read: starting LibreOffice on a fresh profile and converting a record takes about 1 s
    on an idle machine (README, "Legacy word-processor files"), several times that with a
    backfill's workers sharing the cores."""

    def time_budget(self, size: int, pages: int = 0) -> float:
        """The seconds one document of `size` bytes and `pages` pages may take to read
        (before OCR: each page OCR'd adds `timeout_per_ocr_page`)."""
        if self.timeout > 0:
            return self.timeout
        return self.timeout_base + self.timeout_per_page * pages + self.timeout_per_mib * size / MiB


DEFAULT_LIMITS = Limits()
