"""Check a .docx package before python-docx inflates it: sizes first, then DTDs.

python-docx reads every part into memory, so a zip bomb (a small archive whose
word/document.xml declares a gigabyte) must be refused from the zip directory alone, and a
part declaring a DOCTYPE (billion laughs, external entities) is refused outright: OOXML
forbids DTDs, so no honest Word file has one.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from ..errors import CorruptSource, LimitExceeded

MAX_PART_BYTES = 64 * 1024 * 1024
"""Largest single part, uncompressed; a long record's document.xml is well under 1 MiB."""
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
"""All parts together, uncompressed (images included)."""
MAX_RATIO = 200
"""Compression ratio above which a large part is a bomb; real XML stays under about 30."""
MAX_PARTS = 5000

_RATIO_FLOOR = 1024 * 1024  # tiny parts (styles of a few KiB) may compress very well
_DOCTYPE_RE = re.compile(rb"<!\s*DOCTYPE", re.IGNORECASE)
_XML_SUFFIXES = (".xml", ".rels")
_ROOT_RE = re.compile(rb"<[A-Za-z_]")  # a start tag: the root element, after the prolog
_CHUNK = 4096


def check_package(data: bytes, *, name: str | None) -> None:
    """Raise if the package is unreadable, too large when inflated, or declares a DTD."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_sizes(infos, name)
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    _check_no_doctype(_prolog(archive, info), info.filename, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise CorruptSource(
            f"not a readable Word package (damaged or truncated zip: {exc})", path=name
        ) from exc
    except (RuntimeError, NotImplementedError) as exc:
        # zipfile raises these for encrypted members and unknown compression methods.
        raise CorruptSource(
            f"a part of the Word package cannot be read ({exc})", path=name
        ) from exc


def _check_sizes(infos: list[zipfile.ZipInfo], name: str | None) -> None:
    if len(infos) > MAX_PARTS:
        raise LimitExceeded(
            f"the package has {len(infos):,} parts, over the limit of {MAX_PARTS:,}", path=name
        )
    total = 0
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise LimitExceeded(
                f"{info.filename} inflates to {info.file_size:,} bytes, over the limit of "
                f"{MAX_PART_BYTES:,} bytes (a zip bomb?)",
                path=name,
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            raise LimitExceeded(
                f"{info.filename} is compressed {ratio:,.0f} to 1, over the limit of "
                f"{MAX_RATIO} to 1 (a zip bomb?)",
                path=name,
            )
        total += info.file_size
    if total > MAX_PACKAGE_BYTES:
        raise LimitExceeded(
            f"the package inflates to {total:,} bytes, over the limit of "
            f"{MAX_PACKAGE_BYTES:,} bytes",
            path=name,
        )


def _prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The part's first bytes, up to its root element: the only place a DOCTYPE can stand.

    Inflating only this much keeps the check cheap; python-docx inflates the parts anyway.
    """
    head = b""
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            head += chunk
            if not chunk or _ROOT_RE.search(head.replace(b"\x00", b"")):
                return head


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
