"""What a reader hands to the pipeline: ordered blocks of text with provenance.

Readers know file formats; the pipeline knows decision records. This is the seam between
them (python-docx's two layers): small frozen dataclasses, no Pydantic, no engine objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "cell", "list_item", "heading"]
DocumentFormat = Literal["text", "pdf", "docx", "html", "doc", "rtf", "odt"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, table cell, list item or heading, in reading order."""

    text: str
    kind: BlockKind = "paragraph"
    page: int | None = None
    """1-based page (PDF pages, or Word's rendered page breaks); None for plain text."""
    list_number: str | None = None
    """The number a list supplies outside the text, as rendered: "1.", "(a)", "ii)"."""
    level: int = 0
    """List nesting level, 0 for the outermost."""


@dataclass(frozen=True, slots=True)
class ReaderDefect:
    """A defect noticed while reading (encoding guessed, tracked changes, ...)."""

    code: str
    message: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A whole input as the pipeline sees it."""

    blocks: tuple[Block, ...]
    format: DocumentFormat
    name: str | None
    sha256: str
    size: int
    pages: int | None = None
    furniture: tuple[str, ...] = ()
    defects: tuple[ReaderDefect, ...] = field(default_factory=tuple)
    path: str | None = None
    """The path as the caller gave it (not resolved); None for bytes, streams and text."""
    doubtful: frozenset[str] = frozenset()
    """Words OCR read, on a scanned page, only ever under 50% confidence ("AHWBO034" for
    "AHWB034"); empty for a text layer, Word or HTML."""
