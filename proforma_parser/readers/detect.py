"""Tell a file's format from its first bytes, never from its name alone."""

from __future__ import annotations

import codecs
import io
import json
import zipfile
from typing import Literal

from .engine_errors import caught

Sniffed = Literal[
    "pdf",
    "docx",
    "text",
    "html",
    "doc",
    "ole2",
    "rtf",
    "odt",
    "odf",
    "xlsx",
    "pptx",
    "zip",
    "binary",
    "json",
]

# PDF readers accept the header after some junk (a saved HTTP response, NUL padding); the
# standard says the first KiB, real files stretch it, so look a little further.
PDF_MAGIC = b"%PDF-"
PDF_HEADER_WINDOW = 4096
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
# An OpenDocument package names its kind in its first member, "mimetype", stored
# uncompressed: "application/vnd.oasis.opendocument.text" for a Writer .odt, "...spreadsheet"
# for an .ods, whose content.xml would otherwise pass for a text document's.
ODF_MIMETYPE = "mimetype"
ODF_PREFIX = b"application/vnd.oasis.opendocument."
ODF_TEXT_TYPES = (
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
)
_MIMETYPE_MAX = 256  # bytes; the longest ODF media type is under 80
# Formats with no text to read, by their first bytes, and what to call them in a message.
BINARY_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\x00", "a SQLite database"),
    # A ledger's side files: "-wal" (either byte order of its checksums) and "-journal".
    (b"\x37\x7f\x06\x82", "a SQLite write-ahead log"),
    (b"\x37\x7f\x06\x83", "a SQLite write-ahead log"),
    (b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", "a SQLite rollback journal"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
)

# Bytes that no text holds: C0 controls other than tab, newlines, vertical tab, form feed
# and escape, and DEL. NUL is among them; UTF-16 text is told apart before they are counted.
_CONTROL_BYTES = bytes((*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F))
_TEXT_BYTES = bytes(sorted(set(range(256)) - set(_CONTROL_BYTES)))
# Share of control bytes above which the content is binary. Text with stray NULs stays
# under it: a council file with NULs between its paragraphs and inside words has 4.7%
# ("BOROUGH COUNCIL\n\x00\x00\nCABINET RECOMMENDATIONS\n\x00\x00\n"); a SQLite
# shared-memory file is over 90%, random bytes about 10.5%.
MAX_CONTROL_SHARE = 0.10
_SAMPLE = 8192


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
    if binary_kind(data) is not None:
        return "binary"
    if _is_json(data):
        return "json"
    if _looks_like_html(head):
        return "html"
    return "text"


def _is_json(data: bytes) -> bool:
    """Whole-file JSON, such as a record this library wrote (`{"schema_version": "1", ...`)
    left beside its source: read as text it would become a "decision" titled "{". No
    decision record opens with a brace or a bracket, so only those are tried."""
    if data.lstrip()[:1] not in (b"{", b"["):
        return False
    try:
        json.loads(data)
    except (ValueError, RecursionError):  # not JSON after all (UnicodeError is a ValueError)
        return False
    return True


def binary_kind(data: bytes) -> str | None:
    """What binary content `data` is ("a SQLite database", "a PNG image", ...), or None when
    it may be text. UTF-16 and UTF-32 text, NUL in every other byte, is text."""
    for magic, kind in BINARY_MAGICS:
        if data.startswith(magic):
            return kind
    sample = data[:_SAMPLE]
    if not sample or utf16_or_32(sample):
        return None
    share = len(sample.translate(None, _TEXT_BYTES)) / len(sample)
    if share > MAX_CONTROL_SHARE:
        return f"{share:.0%} of the first bytes are control characters"
    return None


def utf16_or_32(data: bytes) -> str | None:
    """The encoding of UTF-16 or UTF-32 text, by its byte order mark or, for UTF-16 of
    Latin script without one, by a NUL in every other byte; else None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    return None


def _sniff_zip(data: bytes) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            odf_type = _odf_mimetype(archive) if ODF_MIMETYPE in names else None
    except caught("zip"):  # hostile bytes make zipfile raise almost anything (the table)
        # A damaged zip is still sniffed by its first bytes; its reader says what is wrong.
        return _sniff_damaged_zip(data)
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if odf_type is not None and odf_type.startswith(ODF_PREFIX):  # not EPUB's mimetype
        return "odt" if odf_type in ODF_TEXT_TYPES else "odf"
    if odf_type is None and "content.xml" in names:  # an .odt that lost its mimetype member
        return "odt"
    return "zip"


def _sniff_damaged_zip(data: bytes) -> Sniffed:
    """A zip whose directory cannot be read, by its first member: a .docx names "word/" in
    its first few entries, an .odt starts with its stored mimetype member (at byte 30,
    right after the first local header: "mimetypeapplication/vnd.oasis.opendocument.text")."""
    if b"word/" in data[:4096]:
        return "docx"
    if data[30:38] == ODF_MIMETYPE.encode() and data[38:].startswith(ODF_TEXT_TYPES):
        return "odt"
    return "zip"


def _odf_mimetype(archive: zipfile.ZipFile) -> bytes:
    """The media type a package's mimetype member names (OpenDocument, EPUB); empty for a
    member too large to be one (a hostile file's bomb is not inflated to find out)."""
    if archive.getinfo(ODF_MIMETYPE).file_size > _MIMETYPE_MAX:
        return b""
    return archive.read(ODF_MIMETYPE).strip()


def _looks_like_html(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        head = head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
        start.startswith(b"<") and (b"<div" in start or b"<p>" in start or b"<table" in start)
    )
