"""Decode a web page's bytes as a browser would: byte order mark, then the declared charset.

The order is the HTML standard's: a BOM wins; then a charset the page declares in its first
few KiB (``<meta charset>``, ``<meta http-equiv="Content-Type" content="...; charset=...">``
or an XHTML ``<?xml ... encoding=...?>``), with the standard's label fixes (Latin-1 and
ASCII are read as Windows-1252, a declared UTF-16 as UTF-8); then UTF-8. A page whose bytes
do not fit what it declares, or that is not UTF-8 and declares nothing, is read as
Windows-1252 (what the archives of the 2000s really are) and an ``encoding`` defect says so.
"""

from __future__ import annotations

import codecs
import re

from ...document import ReaderDefect

# How far into the page a charset declaration is looked for. The standard says 1024 bytes;
# pages of the archives carry long <head>s (scripts, styles) before their <meta>, so further.
_PRESCAN_BYTES = 8192

# <meta charset="utf-8">, <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
_META_CHARSET_RE = re.compile(
    r"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?P<label>[A-Za-z0-9_.:+-]+)""", re.IGNORECASE
)
# <?xml version="1.0" encoding="windows-1252"?> (XHTML pages saved by Word or Dreamweaver)
_XML_ENCODING_RE = re.compile(
    r"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'](?P<label>[A-Za-z0-9_.:+-]+)"""
)

# Labels the HTML standard reads as another encoding than their name says.
_LABEL_FIXES = {
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "utf_16": "utf-8",
    "utf_16_le": "utf-8",
    "utf_16_be": "utf-8",
    "utf_32": "utf-8",
    "utf_7": "utf-8",  # never UTF-7: browsers refuse it ("+ADw-script+AD4-" is <script>)
}

# Characters no XML tree may hold (lxml refuses them): C0 controls other than white space,
# and the non-characters U+FFFE and U+FFFF. Form feed and vertical tab are read as spaces.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_SPACE_CONTROLS = {0x0B: " ", 0x0C: " "}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_html(data: bytes) -> tuple[str, list[ReaderDefect]]:
    """Decode a page's bytes, returning the text and the defects the decoding implies."""
    defects: list[ReaderDefect] = []
    text = _decode(data, defects)
    text, removed = _CONTROL_RE.subn("", text.translate(_SPACE_CONTROLS))
    if removed:
        defects.append(
            ReaderDefect("encoding", f"{removed:,} NUL or control characters were removed")
        )
    return text, defects


def _decode(data: bytes, defects: list[ReaderDefect]) -> str:
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_codec, errors="replace")
    label = declared_charset(data)
    encoding = _python_codec(label) if label else None
    if label and encoding is None:
        defects.append(ReaderDefect("encoding", f"the page declares an unknown charset {label!r}"))
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        reason = f"the page declares {label!r} but is not" if encoding else "not valid UTF-8"
        defects.append(ReaderDefect("encoding", f"{reason}; decoded as Windows-1252"))
        return data.decode("cp1252", errors="replace")
    if encoding is not None:
        defects.append(
            ReaderDefect("encoding", f"the page declares {label!r} but is UTF-8; read as UTF-8")
        )
    return text


def declared_charset(data: bytes) -> str | None:
    """The charset label the page declares near its start, as written, or None."""
    head = data[:_PRESCAN_BYTES].decode("latin-1")
    found = _XML_ENCODING_RE.match(head) or _META_CHARSET_RE.search(head)
    return found.group("label") if found else None


def _python_codec(label: str) -> str | None:
    """Python's codec for a charset label, with the HTML standard's fixes; None if unknown."""
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    fixed = _LABEL_FIXES.get(name, name)
    return "utf-8" if fixed == "utf_8" else fixed
