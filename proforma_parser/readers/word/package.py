"""Check a .docx package before python-docx inflates it: sizes first, then DTDs.

python-docx reads every part into memory, so a zip bomb (a small archive whose
word/document.xml declares a gigabyte) must be refused from the zip directory alone, and a
part declaring a DOCTYPE (billion laughs, external entities) is refused outright: OOXML
forbids DTDs, so no honest Word file has one. The number of parts is read from the zip's
end record before `zipfile` builds an object for each entry of the directory. A part whose
header understates its size cannot inflate past it either: `zipfile` stops reading a member
at its declared size (and fails its CRC check).
"""

from __future__ import annotations

import io
import struct
import zipfile

import regex

from ...errors import CorruptSource, LimitExceeded
from ...limits import Limits
from ..engine_errors import caught, translate

MAX_PARTS = 5000
"""Most parts in one package; a Word file has a few dozen. (`Limits` has no field for it
yet, so `limits.max_parts` is used when it exists.)"""

_RATIO_FLOOR = 1024 * 1024  # tiny parts (styles of a few KiB) may compress very well
# "<!DOCTYPE w:document [ <!ENTITY lol "lol"> ]>"
_DOCTYPE_RE = regex.compile(rb"<!\s*DOCTYPE", regex.IGNORECASE)
_XML_SUFFIXES = (".xml", ".rels")
# "<w:document xmlns:w=...": a start tag, the root element after the prolog
_ROOT_RE = regex.compile(rb"<[A-Za-z_]")
_CHUNK = 4096
_EOCD = b"PK\x05\x06"  # end of central directory record
_EOCD64 = b"PK\x06\x06"  # zip64 end of central directory record
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD_SEARCH = 22 + 65535  # the record, and the longest comment that may follow it


def check_package(data: bytes, *, name: str | None, limits: Limits) -> None:
    """Raise if the package is unreadable, too large when inflated, or declares a DTD."""
    max_parts: int = getattr(limits, "max_parts", MAX_PARTS)
    _check_part_count(_declared_parts(data), max_parts, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_part_count(len(infos), max_parts, name)
            _check_sizes(infos, limits, name)
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    _check_no_doctype(_prolog(archive, info), info.filename, name)
    except caught("zip") as exc:  # a cut or damaged zip, an encrypted member, ...
        raise translate(
            exc,
            "zip",
            name=name,
            doing="not a readable Word package (a damaged or truncated zip)",
            what="Word document",
        ) from exc


def _declared_parts(data: bytes) -> int:
    """The entry count in the zip's end record (zip64 when it says so); 0 when not found."""
    end = data.rfind(_EOCD, max(0, len(data) - _EOCD_SEARCH))
    if end < 0 or end + 22 > len(data):
        return 0  # zipfile will say what is wrong
    (count,) = struct.unpack_from("<H", data, end + 10)
    locator = end - 20
    if count == 0xFFFF and locator >= 0 and data[locator : locator + 4] == _EOCD64_LOCATOR:
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if data[offset : offset + 4] == _EOCD64 and offset + 40 <= len(data):
            (count,) = struct.unpack_from("<Q", data, offset + 32)
    return int(count)


def _check_part_count(count: int, max_parts: int, name: str | None) -> None:
    if count > max_parts:
        raise LimitExceeded(
            f"the package has {count:,} parts, over the limit of {max_parts:,} parts (max_parts)",
            path=name,
        )


def _check_sizes(infos: list[zipfile.ZipInfo], limits: Limits, name: str | None) -> None:
    total = 0
    for info in infos:
        if info.file_size > limits.max_part_bytes:
            raise LimitExceeded(
                f"{info.filename} inflates to {info.file_size:,} bytes, over the limit of "
                f"{limits.max_part_bytes:,} bytes (max_part_bytes; a zip bomb?)",
                path=name,
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > limits.max_compression_ratio:
            raise LimitExceeded(
                f"{info.filename} is compressed {ratio:,.0f} to 1, over the limit of "
                f"{limits.max_compression_ratio:,g} to 1 (max_compression_ratio; a zip bomb?)",
                path=name,
            )
        total += info.file_size
    if total > limits.max_decompressed_bytes:
        raise LimitExceeded(
            f"the package inflates to {total:,} bytes, over the limit of "
            f"{limits.max_decompressed_bytes:,} bytes (max_decompressed_bytes)",
            path=name,
        )


def _prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The part's first bytes, up to its root element: the only place a DOCTYPE can stand.

    Inflating only this much keeps the check cheap; python-docx inflates the parts anyway.
    Each chunk is searched once (with a few bytes of the one before, for a tag cut in two),
    so a long prolog costs linear time.
    """
    chunks: list[bytes] = []
    tail = b""
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            chunks.append(chunk)
            window = tail + chunk
            if not chunk or _ROOT_RE.search(window.replace(b"\x00", b"")):
                return b"".join(chunks)
            tail = window[-4:]


def _check_no_doctype(content: bytes, part: str, name: str | None) -> None:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A UTF-16 part: look at it without the NUL bytes of each character.
        content = content.replace(b"\x00", b"")
    if _DOCTYPE_RE.search(content):
        raise CorruptSource(
            f"unsafe: {part} declares a DOCTYPE (DTD or entities), which Word documents never "
            "contain; refused without reading it",
            path=name,
        )
