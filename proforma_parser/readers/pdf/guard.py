"""Check a page's content streams and form XObjects before pdfminer interprets them.

Two faults are refused here, before they cost anything:

- A decompression bomb: pdfminer inflates a whole content stream into memory, and a 3 MB
  file can hold a stream that inflates to gigabytes. Each Flate stream of a page (its
  contents and the forms it paints) whose raw size could inflate past
  `limits.max_part_bytes` is inflated first with a bounded zlib call, which stops at the
  limit; ordinary streams pay nothing.
- A form that paints itself (``/X1 Do`` inside X1, directly or through other forms):
  pdfminer follows it without end. The forms reachable from the page's resources are
  walked depth first; a form met again on its own path is a cycle, and when each form on
  the cycle paints the next (its content says ``/Name Do``) the file is refused as damaged.
  Forms nested deeper than `limits.max_nesting` are refused as over that limit.

Before the file is opened, `check_file_streams` decodes, no further than the limit, every
stream in the file that is not an image and could grow past it (object streams, fonts,
forms alike), following its filter chain (ASCII85 and ASCIIHex undone, Flate and LZW
bounded): pdfminer inflates those wherever it meets them, and not only as a page's
content. It is the only check the pdfium engine gets before pdfium (C++, which aborts the
process when an allocation fails) decodes anything, so it also decodes what may paint a
page (content streams, forms) and checks the compressed inline images in it, which pdfium
inflates while parsing the page: an LZW stream and an inline image, each 3-4 MB decoding
to gigabytes, aborted the interpreter under a 2 GiB cap before these checks.
"""

from __future__ import annotations

import itertools
import zlib
from dataclasses import dataclass, field
from typing import Any

import regex

from ...errors import CorruptSource, LimitExceeded
from ...limits import Limits
from ..engine_errors import caught

_DEFLATE_MAX_RATIO = 1032  # deflate cannot compress better than about 1032 to 1
# LZW: a code of at least 9 bits stands for at most 4096 - 258 bytes (the longest entry)
_LZW_MAX_RATIO = 3500
_MAX_RATIO = {b"FlateDecode": _DEFLATE_MAX_RATIO, b"Fl": _DEFLATE_MAX_RATIO}
_MAX_RATIO |= {b"LZWDecode": _LZW_MAX_RATIO, b"LZW": _LZW_MAX_RATIO}
# Streams that paint nothing, so hold no inline image: fonts, cross-reference and object
# streams, metadata.
_NOT_PAINTED_RE = regex.compile(
    rb"/Length[123]\b|/Type\s*/(?:XRef|ObjStm|Metadata|EmbeddedFile)\b"
    rb"|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType|XML)\b"
)
# "BI /W 4 /H 4 /BPC 8 /CS /G /F /Fl ID ": an inline image's head, up to its data
_INLINE_IMAGE_RE = regex.compile(
    rb"(?<![^\s\[\]()<>{}/%])BI\s(?P<head>.{0,4096}?)\sID\s", regex.DOTALL
)
_INLINE_FILTER_RE = regex.compile(
    rb"/(?:F|Filter)\s*(?:\[(?P<many>[^\]]*)\]|(?P<one>/[A-Za-z0-9]+))"
)
_INLINE_NAMES = {b"Fl": b"FlateDecode", b"LZW": b"LZWDecode", b"A85": b"ASCII85Decode"}
_LZW_CLEAR, _LZW_END, _LZW_TABLE, _LZW_WIDEST = 256, 257, 4096, 12
# "stream\r\n" after a stream's dictionary (not the end of "endstream")
_STREAM_RE = regex.compile(rb"(?<!end)stream\r?\n")
# "/Subtype /Image": image data, which reading text never inflates
_IMAGE_RE = regex.compile(rb"/Subtype\s*/Image\b")
# "/Filter /FlateDecode" or "/Filter [/ASCII85Decode /FlateDecode]": the filters in order
_FILTER_RE = regex.compile(rb"/Filter\s*(?:\[(?P<many>[^\]]*)\]|(?P<one>/[A-Za-z0-9]+))")
_NAME_RE = regex.compile(rb"/([A-Za-z0-9]+)")

_DICTIONARY_WINDOW = 4096  # bytes before "stream" searched for the stream's dictionary


def check_file_streams(data: bytes, *, name: str | None, limits: Limits) -> None:
    """Raise LimitExceeded if a Flate or LZW stream anywhere in `data` decodes past the limit.

    The scan goes on from each stream's end, so it is linear however the file is built.
    """
    smallest = limits.max_part_bytes // (_DEFLATE_MAX_RATIO * _LZW_MAX_RATIO)
    position = 0
    while (found := _STREAM_RE.search(data, position)) is not None:
        start = found.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        position = end + 1
        if end - start <= smallest:
            continue
        head = data[max(0, found.start() - _DICTIONARY_WINDOW) : found.start()]
        dictionary = head[head.rfind(b"obj") + 1 :]
        if _IMAGE_RE.search(dictionary):
            continue  # image data: reading text never decodes it
        _check_stream_bytes(data[start:end], dictionary, limits.max_part_bytes, name)


def _check_stream_bytes(raw: bytes, dictionary: bytes, max_bytes: int, name: str | None) -> None:
    """Decode the stream, bounded, if it could grow past the limit or could paint a page;
    in what a page paints, check the inline images too."""
    filters = _filters(dictionary)
    paints = _NOT_PAINTED_RE.search(dictionary) is None
    if not paints and len(raw) * _growth(filters) <= max_bytes:
        return
    decoded = _decode_bounded(raw, filters, max_bytes, name)
    if paints and decoded is not None and b"ID" in decoded:
        _check_inline_images(decoded, max_bytes, name)


def _check_inline_images(content: bytes, max_bytes: int, name: str | None) -> None:
    """Decode each compressed inline image ("BI /F /Fl ... ID <data> EI"), bounded.

    pdfium inflates an inline image while it parses the page, to find where its data ends:
    a 3 MB inline image that inflates to 3 GiB aborted the process under a memory cap. The
    data is decoded from just after "ID" on; each decoder stops where its own data ends.
    """
    for found in _INLINE_IMAGE_RE.finditer(content):
        filters = _inline_filters(found["head"])
        if filters:
            _decode_bounded(content[found.end() :], filters, max_bytes, name)


def _filters(dictionary: bytes) -> list[bytes]:
    found = _FILTER_RE.search(dictionary)
    if found is None:
        return []
    return _NAME_RE.findall(found["many"] if found["many"] is not None else found["one"])


def _growth(filters: list[bytes]) -> int:
    """How many times larger than its raw bytes a stream with `filters` can decode."""
    growth = 1
    for filter_name in filters:
        growth *= _MAX_RATIO.get(filter_name, 1)
    return growth


def _inline_filters(head: bytes) -> list[bytes]:
    found = _INLINE_FILTER_RE.search(head)
    if found is None:
        return []
    names = _NAME_RE.findall(found["many"] if found["many"] is not None else found["one"])
    return [_INLINE_NAMES.get(filter_name, filter_name) for filter_name in names]


def _decode_bounded(
    raw: bytes, filters: list[bytes], max_bytes: int, name: str | None
) -> bytes | None:
    """Run the stream's filters in order, none producing more than the limit; None when a
    filter is not decoded here (RunLength, images' own), which ends the check.

    reportlab writes "/Filter [ /ASCII85Decode /FlateDecode ]": inflating the ASCII85 text
    itself fails at once, and a bomb behind it would pass unseen; so the text filters are
    undone too.
    """
    from pdfminer.ascii85 import ascii85decode, asciihexdecode

    for filter_name in filters:
        if filter_name in (b"FlateDecode", b"Fl"):
            raw = _inflate_bounded(raw, max_bytes, name)
        elif filter_name in (b"LZWDecode", b"LZW"):
            raw = _lzw_bounded(raw, max_bytes, name)
        elif filter_name in (b"ASCII85Decode", b"A85", b"ASCIIHexDecode", b"AHx"):
            try:
                if filter_name in (b"ASCII85Decode", b"A85"):
                    raw = ascii85decode(raw)
                else:
                    raw = asciihexdecode(raw)
            except caught("pdfminer"):
                return None  # damaged text encoding: the engines read what they can of it
        else:
            return None
    return raw


def _lzw_bounded(data: bytes, max_bytes: int, name: str | None) -> bytes:
    """LZW-decode `data` (PDF's variant: early change) no further than `max_bytes`.

    pdfium decodes an LZW content stream whole, and when the allocation fails it aborts
    the process: a 4 MB stream of codes that each add one byte to the last decodes to
    gigabytes. Each step here adds to the output count before anything is built.
    """
    table = [bytes((byte,)) for byte in range(256)] + [b"", b""]
    width, buffer, held, size = 9, 0, 0, 0
    previous: bytes | None = None
    out: list[bytes] = []
    for byte in data:
        buffer, held = (buffer << 8) | byte, held + 8
        while held >= width:
            held -= width
            code = (buffer >> held) & ((1 << width) - 1)
            buffer &= (1 << held) - 1
            if code == _LZW_CLEAR:
                del table[258:]
                width, previous = 9, None
                continue
            if code == _LZW_END:
                return b"".join(out)
            if code < len(table):
                entry = table[code]
            elif code == len(table) and previous is not None:
                entry = previous + previous[:1]
            else:
                return b"".join(out)  # a damaged stream ends here, as the engines end it
            size += len(entry)
            if size > max_bytes:
                raise LimitExceeded(
                    f"a compressed stream decodes to over {max_bytes:,} bytes, the limit for "
                    "one stream (max_part_bytes); a decompression bomb?",
                    path=name,
                )
            out.append(entry)
            if previous is not None and len(table) < _LZW_TABLE:
                table.append(previous + entry[:1])
                if len(table) + 1 >= 1 << width and width < _LZW_WIDEST:
                    width += 1  # PDF's EarlyChange 1: one code before the table fills
            previous = entry
    return b"".join(out)


def check_page_streams(page_obj: Any, *, name: str | None, limits: Limits) -> None:
    """Raise if a stream of `page_obj` (a pdfminer PDFPage) is a bomb or a form recurses."""
    from pdfminer.pdftypes import PDFStream, resolve1

    walk = _FormWalk(name=name, limits=limits)
    streams = [resolve1(stream) for stream in page_obj.contents]
    walk.visit(page_obj.resources, ())
    for stream in [*streams, *walk.forms]:
        if isinstance(stream, PDFStream):
            _check_stream(stream, limits.max_part_bytes, name)
    for cycle in walk.cycles:
        _check_cycle(cycle, limits.max_part_bytes, name)


_Step = tuple[str, Any]
"""A form on the walk's path: the name it was painted by, and the form (a PDFStream)."""


@dataclass
class _FormWalk:
    name: str | None
    limits: Limits
    forms: list[Any] = field(default_factory=list)
    cycles: list[tuple[_Step, ...]] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)

    def visit(self, resources: Any, path: tuple[_Step, ...]) -> None:
        """Walk the forms named in `resources`; `path` is the chain of forms that led here."""
        from pdfminer.pdftypes import PDFStream, resolve1

        resources = resolve1(resources)
        xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
        if not isinstance(xobjects, dict):
            return
        for key, ref in xobjects.items():
            form = resolve1(ref)
            if not isinstance(form, PDFStream) or not _is_form(form):
                continue
            ancestors = [step[1] for step in path]
            if any(form is ancestor for ancestor in ancestors):
                start = next(i for i, a in enumerate(ancestors) if a is form)
                self.cycles.append((*path[start:], (str(key), form)))
                continue
            if id(form) in self.seen:
                continue
            self.seen.add(id(form))
            self.forms.append(form)
            self._check_depth(len(path) + 1)
            # A form without /Resources uses those it was painted with (PDF 1.7, 4.9.1).
            self.visit(form.get("Resources") or resources, (*path, (str(key), form)))

    def _check_depth(self, depth: int) -> None:
        if depth > self.limits.max_nesting:
            raise LimitExceeded(
                f"form XObjects nest {depth:,} deep, over the limit of "
                f"{self.limits.max_nesting:,} (max_nesting)",
                path=self.name,
            )


def _is_form(stream: Any) -> bool:
    return getattr(stream.get("Subtype"), "name", None) == "Form"


def _check_cycle(cycle: tuple[_Step, ...], max_bytes: int, name: str | None) -> None:
    """Refuse the file if each form of `cycle` paints the next (the last paints the first)."""
    for (_, painter), (painted, _) in itertools.pairwise(cycle):
        if not _paints(painter, painted, max_bytes, name):
            return  # the forms only share resources; nothing paints itself
    names = " -> ".join(f"/{step[0]}" for step in cycle)
    raise CorruptSource(
        f"the PDF is damaged: a recursive form XObject paints itself ({names}); "
        "refused rather than followed without end",
        path=name,
    )


def _paints(form: Any, key: str, max_bytes: int, name: str | None) -> bool:
    content = _decoded(form, max_bytes, name)
    if content is None:
        return True  # a filter not decoded here: assume the worst of a cycle
    pattern = rb"/" + regex.escape(key.encode("latin-1", "replace")) + rb"\s+Do\b"
    return regex.search(pattern, content) is not None


def _check_stream(stream: Any, max_bytes: int, name: str | None) -> None:
    data = stream.rawdata
    if data is None or len(data) * _DEFLATE_MAX_RATIO <= max_bytes:
        return
    _decoded(stream, max_bytes, name)


def _decoded(stream: Any, max_bytes: int, name: str | None) -> bytes | None:
    """`stream`'s data, inflated no further than `max_bytes`; None for other filters."""
    from pdfminer.ascii85 import ascii85decode, asciihexdecode
    from pdfminer.pdftypes import (
        LITERALS_ASCII85_DECODE,
        LITERALS_ASCIIHEX_DECODE,
        LITERALS_FLATE_DECODE,
    )

    data = stream.rawdata
    if data is None:
        return None
    for filter_name, _ in stream.get_filters():
        if filter_name in LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)
        elif filter_name in LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif filter_name in LITERALS_FLATE_DECODE:
            data = _inflate_bounded(data, max_bytes, name)
        else:
            return None  # LZW, images: not inflated when text is read, or not a bomb risk here
    return bytes(data)


def _inflate_bounded(data: bytes, max_bytes: int, name: str | None) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        return b""  # pdfminer reads what it can of a damaged stream; not a size problem
    if len(out) > max_bytes:
        raise LimitExceeded(
            f"a compressed stream inflates to over {max_bytes:,} bytes, the limit for one "
            "stream (max_part_bytes); a decompression bomb?",
            path=name,
        )
    return out
