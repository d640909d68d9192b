"""Readers: bytes in, a `Document` of ordered blocks out; one module per format.

`read_source` is the only door. It resolves the source (path, bytes or binary file),
sniffs the format from the content and hands the bytes to that format's reader. The PDF,
Word and HTML readers import their engines (pdfplumber, python-docx, lxml) lazily, inside
the call, so `import proforma_parser` never pays for them. Legacy word-processor files
(.doc, .rtf, .odt) are converted to .docx by LibreOffice and read by the Word reader
(word/legacy.py).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING, BinaryIO, Union

from ..document import Document, ReaderDefect
from ..errors import EmptySource, EncryptedSource, LimitExceeded, PathError, UnsupportedFormat
from ..limits import DEFAULT_LIMITS, Limits
from .detect import PDF_MAGIC, Sniffed, binary_kind, sniff_format
from .pdf.engines import DEFAULT_PDF_ENGINE, PdfEngine, check_pdf_engine
from .text import describe_binary, read_text, without_footer_blocks

if TYPE_CHECKING:
    from .word.convert import LegacyFormat

Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, BinaryIO]

DEFAULT_MAX_BYTES = DEFAULT_LIMITS.max_bytes

# What to say about each format we do not read, so the user knows what to do next.
_UNSUPPORTED: dict[str, str] = {
    "ole2": "an OLE2 compound file of another Office application (Excel 97-2003, PowerPoint "
    "or Outlook), not a Word document; convert it to .docx or PDF",
    "odf": "an OpenDocument file that is not a text document (a spreadsheet, presentation or "
    "drawing); save it as .odt, .docx or PDF",
    "xlsx": "an Excel workbook (xlsx), not a Word document",
    "pptx": "a PowerPoint presentation (pptx), not a Word document",
    "zip": "a zip archive that is not a Word document; unpack it and parse its files",
    "json": "JSON data, not a document (a record this library wrote, or another tool's data)",
}

# A URL given where a path is expected: said plainly, not "no such file".
_URL_RE = re.compile(r"^(?:https?|ftp)://", re.IGNORECASE)
_NOT_FETCHED = "URLs are not fetched: download the file first, then parse the file"
_TEXT_NOT_PATH = (
    "this is text, not a path: a str is read as a file's path; "
    "call parse_text(text) for text already decoded"
)
# How Python names streams that are not files: "<stdin>", "<fdopen>".
_PSEUDO_NAME_RE = re.compile(r"^<[^<>]*>$")

_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "pdf": (".pdf",),
    "docx": (".docx", ".docm", ".dotx"),
    "text": (".txt", ".text", ".md", ""),
    "html": (".html", ".htm", ".xhtml", ".aspx"),
    "doc": (".doc", ".dot"),
    "rtf": (".rtf",),
    "odt": (".odt", ".ott"),
}


def read_source(
    source: Source,
    *,
    name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    password: str | None = None,
    pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
) -> Document:
    """Read `source` into a Document, detecting its format from its content.

    `password` opens an encrypted PDF and `pdf_engine` names what reads a PDF's pages
    ("pdfplumber" or "pdfium"); other formats ignore both.
    """
    check_pdf_engine(pdf_engine)
    data, origin = _load(source, name=name, max_bytes=limits.max_bytes)
    if not data.strip():
        raise EmptySource("the input is empty (no bytes, or only white space)", path=origin.where)
    sha256 = hashlib.sha256(data).hexdigest()
    kind = sniff_format(data)
    # The readers name the input in their errors by the `name` they are given: give them the
    # whole path, so that 2019/decision.pdf and 2020/decision.pdf can be told apart, then
    # set the Document's name back to the base name (the contract: never a path).
    document = _dispatch(
        kind,
        data,
        name=origin.where,
        sha256=sha256,
        limits=limits,
        password=password,
        pdf_engine=pdf_engine,
    )
    if document.format != "text":  # (a text dump's footers are moved as its lines are read)
        document = without_footer_blocks(document)
    document = replace(document, name=origin.name, path=origin.path)
    mismatch = _extension_mismatch(origin.name, document.format)
    if mismatch is not None:
        document = replace(document, defects=(*document.defects, mismatch))
    return document


@dataclass(frozen=True, slots=True)
class _Origin:
    """How an input is named: in the record, and in errors."""

    name: str | None
    """The base name (or the `name` the caller gave): `Source.name`."""
    path: str | None
    """The path as the caller gave it: `Source.path`; None for bytes and streams."""
    where: str | None
    """What errors name: the whole path, a stream's own name, or the name given."""


def _dispatch(
    kind: Sniffed,
    data: bytes,
    *,
    name: str | None,
    sha256: str,
    limits: Limits,
    password: str | None = None,
    pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
) -> Document:
    if kind == "pdf":
        from .pdf.reader import read_pdf

        skipped = data.find(PDF_MAGIC)
        document = read_pdf(
            data[skipped:],
            name=name,
            sha256=sha256,
            limits=limits,
            password=password,
            engine=pdf_engine,
        )
        if skipped == 0:
            return document
        note = ReaderDefect(
            "leading_garbage", f"{skipped:,} bytes before the PDF header were skipped"
        )
        return replace(document, size=len(data), defects=(note, *document.defects))
    if kind == "docx":
        from .word.reader import read_docx

        return read_docx(data, name=name, sha256=sha256, limits=limits)
    if kind == "html":
        from .html.reader import read_html

        return read_html(data, name=name, sha256=sha256, limits=limits)
    if kind == "text":
        if len(data) > limits.max_text_bytes:
            raise LimitExceeded(
                f"{len(data):,} bytes of plain text is over the limit of "
                f"{limits.max_text_bytes:,} bytes for text (max_text_bytes); a decision "
                "record's text is tens of KB",
                path=name,
            )
        return read_text(data, name=name, sha256=sha256)
    if kind == "ole2" and b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k" in data:
        raise EncryptedSource(
            "a password-protected Office document (encrypted package); "
            "remove the password in Word and save again",
            path=name,
        )
    if kind == "binary":  # named by what it is: "a SQLite database", "a PNG image", ...
        raise UnsupportedFormat(f"this is {describe_binary(binary_kind(data) or '')}", path=name)
    legacy = _legacy_format(kind, data)
    if legacy is not None:
        from .word.legacy import read_legacy

        return read_legacy(data, legacy, name=name, sha256=sha256, limits=limits)
    raise UnsupportedFormat(f"this is {_UNSUPPORTED[kind]}", path=name)


# An OLE2 compound file names its streams in its directory, in UTF-16: a Word document has
# "WordDocument", Excel 97-2003 "Workbook" (Excel 5 "Book"), PowerPoint "PowerPoint
# Document", an Outlook message "__substg1.0_..." streams. One naming none of these (most
# often a .doc cut short, its directory lost with its end) is given to LibreOffice as a
# .doc: it reads what it can, or the file is CorruptSource, never "not a Word document".
_OTHER_OFFICE_STREAMS = tuple(
    name.encode("utf-16-le")
    for name in ("Workbook", "Book\x00", "PowerPoint Document", "__substg1.0_")
)


def _legacy_format(kind: Sniffed, data: bytes) -> LegacyFormat | None:
    """The legacy word-processor format LibreOffice converts for the Word reader, if any."""
    if kind == "ole2":
        return None if any(s in data for s in _OTHER_OFFICE_STREAMS) else "doc"
    if kind in ("doc", "rtf", "odt"):
        return kind
    return None


def _load(source: Source, *, name: str | None, max_bytes: int) -> tuple[bytes, _Origin]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data), max_bytes, name)
        return data, _Origin(name=name, path=None, where=name)
    if isinstance(source, (str, os.PathLike)):
        given = os.fspath(source)
        path = printable_name(given)
        base = name or printable_name(PurePath(given).name)
        return _read_path(given, path, max_bytes), _Origin(name=base, path=path, where=path)
    raw = _stream_path(source)
    where = name or raw
    data = _read_stream(source, max_bytes, where)
    # sys.stdin is named "<stdin>": errors say so, but it is no file name for the record.
    is_file = raw is not None and _PSEUDO_NAME_RE.match(raw) is None
    stream_name = PurePath(raw).name if raw is not None and is_file else None
    return data, _Origin(name=name or stream_name, path=None, where=where)


def is_url(given: str) -> bool:
    """Whether `given` is an http, https or ftp URL rather than a path."""
    return _URL_RE.match(given) is not None


def _read_path(path: str, display: str, max_bytes: int) -> bytes:
    """The bytes at `path`; errors name `display`, the whole path as given, made printable."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if is_url(path):
            raise PathError(_NOT_FETCHED, path=display) from None
        if "\n" in path:
            # parse("STOCKTON-ON-TEES BOROUGH COUNCIL\n\nCABINET DECISION ...") is a record's
            # text passed as a path: say so, and do not print the whole text as a file name.
            first = path.strip().split("\n", 1)[0][:60]
            raise PathError(_TEXT_NOT_PATH, path=f"{first}…") from None
        raise PathError("no such file", path=display) from None
    except OSError as exc:
        if "\n" in path and exc.errno == errno.ENAMETOOLONG:
            first = path.strip().split("\n", 1)[0][:60]
            raise PathError(_TEXT_NOT_PATH, path=f"{first}…") from None
        raise PathError(f"cannot be read ({exc.strerror or exc})", path=display) from exc
    if not stat.S_ISREG(info.st_mode):
        raise PathError(f"not a regular file ({_file_kind(info.st_mode)})", path=display)
    _check_size(info.st_size, max_bytes, display)
    try:
        with open(path, "rb") as handle:
            # Read what stat promised plus one byte (a file may grow): read(n) allocates n
            # bytes up front, so never ask for the whole limit.
            data = _read_capped(handle, min(info.st_size, max_bytes) + 1)
    except OSError as exc:
        raise PathError(f"cannot be read ({exc.strerror or exc})", path=display) from exc
    _check_size(len(data), max_bytes, display)
    return data


def _read_stream(stream: BinaryIO, max_bytes: int, name: str | None) -> bytes:
    try:
        data = _read_capped(stream, max_bytes + 1, name)
    except (OSError, ValueError) as exc:
        raise PathError(f"the file object cannot be read ({exc})", path=name) from exc
    _check_size(len(data), max_bytes, name)
    return data


_CHUNK = 1 << 20


def printable_name(name: str) -> str:
    """A file name as valid UTF-8: bytes that are not (kept by Python as surrogates) are
    written as \\xNN, so the record's JSON can always be written."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _read_capped(stream: BinaryIO, cap: int, where: str | None = None) -> bytes:
    """Read at most `cap` bytes in chunks, so memory follows the data, not the cap; a
    stream open in text mode is refused, naming `where`."""
    chunks: list[bytes] = []
    remaining = cap
    while remaining > 0:
        chunk = stream.read(min(_CHUNK, remaining))
        if not chunk:
            break
        if not isinstance(chunk, bytes):
            raise UnsupportedFormat(
                "the file object is open in text mode; open it with 'rb'", path=where
            )
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _stream_path(stream: BinaryIO) -> str | None:
    """The path a file object was opened with (`open()` sets `.name`), made printable."""
    raw = getattr(stream, "name", None)
    return printable_name(raw) if isinstance(raw, str) else None


def _check_size(size: int, max_bytes: int, name: str | None) -> None:
    if size > max_bytes:
        raise LimitExceeded(
            f"{size:,} bytes is over the limit of {max_bytes:,} bytes (max_bytes)", path=name
        )


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _extension_mismatch(name: str | None, detected: str) -> ReaderDefect | None:
    if name is None:
        return None
    suffix = PurePath(name).suffix.lower()
    known = {ext for exts in _EXTENSIONS.values() for ext in exts if ext}
    if suffix not in known or suffix in _EXTENSIONS.get(detected, ()):
        return None
    return ReaderDefect(
        "format_mismatch", f"the name ends {suffix!r} but the content is {detected}"
    )
