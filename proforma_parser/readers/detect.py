"""Tell a file's format from its first bytes, never from its name alone."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

Sniffed = Literal[
    "pdf", "docx", "text", "html", "doc", "ole2", "rtf", "odt", "xlsx", "pptx", "zip", "binary"
]

# PDF readers accept the header after some junk (a saved HTTP response, NUL padding); the
# standard says the first KiB, real files stretch it, so look a little further.
PDF_MAGIC = b"%PDF-"
PDF_HEADER_WINDOW = 4096
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
BINARY_MAGICS: tuple[bytes, ...] = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
    b"MZ",
)


def sniff_format(data: bytes) -> Sniffed:
    """Name the format of `data` from its content."""
    if PDF_MAGIC in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    head = data[:1024]
    if data.startswith(ZIP_MAGIC):
        return _sniff_zip(data)
    if data.startswith(OLE2_MAGIC):
        return "ole2"
    if data.lstrip()[:5].lower() == RTF_MAGIC:
        return "rtf"
    if data.startswith(BINARY_MAGICS):
        return "binary"
    if _looks_like_html(head):
        return "html"
    return "text"


def _sniff_zip(data: bytes) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except Exception:  # hostile bytes make zipfile raise almost anything
        # A damaged zip is still sniffed by its first bytes; its reader says what is wrong.
        return "docx" if b"word/" in data[:4096] else "zip"
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "content.xml" in names:
        return "odt"
    return "zip"


def _looks_like_html(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        head = head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
        start.startswith(b"<") and (b"<div" in start or b"<p>" in start or b"<table" in start)
    )
