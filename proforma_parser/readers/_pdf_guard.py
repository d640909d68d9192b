"""Refuse a page whose content streams inflate past a limit, before pdfminer inflates them.

pdfminer decompresses a whole content stream into memory; a 3 MB file can hold a stream
that inflates to gigabytes. Each Flate stream of a page (its contents and the form
XObjects it paints) is inflated here first with a bounded zlib call, which stops at the
limit. A stream whose raw size could not inflate past the limit is skipped, so ordinary
files pay nothing.
"""

from __future__ import annotations

import zlib
from typing import Any

from ..errors import LimitExceeded

MAX_STREAM_BYTES = 64 * 1024 * 1024
"""Largest inflated content stream; a dense page of text is well under 1 MiB."""
_DEFLATE_MAX_RATIO = 1032  # deflate cannot compress better than about 1032 to 1
_MAX_DEPTH = 8  # forms painting forms; deeper nesting is not looked into


def check_page_streams(page_obj: Any, *, name: str | None) -> None:
    """Raise LimitExceeded if a content stream of `page_obj` (pdfminer PDFPage) is a bomb."""
    from pdfminer.pdftypes import PDFStream, resolve1

    streams = [resolve1(stream) for stream in page_obj.contents]
    seen: set[int] = set()
    _collect_forms(page_obj.resources, streams, seen, 0)
    for stream in streams:
        if isinstance(stream, PDFStream):
            _check_stream(stream, name)


def _collect_forms(resources: Any, streams: list[Any], seen: set[int], depth: int) -> None:
    from pdfminer.pdftypes import PDFStream, resolve1

    resources = resolve1(resources)
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, dict) or depth > _MAX_DEPTH:
        return
    for ref in xobjects.values():
        xobject = resolve1(ref)
        if not isinstance(xobject, PDFStream) or id(xobject) in seen:
            continue
        seen.add(id(xobject))
        if getattr(xobject.get("Subtype"), "name", None) == "Form":
            streams.append(xobject)
            _collect_forms(xobject.get("Resources"), streams, seen, depth + 1)


def _check_stream(stream: Any, name: str | None) -> None:
    from pdfminer.ascii85 import ascii85decode, asciihexdecode
    from pdfminer.pdftypes import (
        LITERALS_ASCII85_DECODE,
        LITERALS_ASCIIHEX_DECODE,
        LITERALS_FLATE_DECODE,
    )

    data = stream.rawdata
    if data is None or len(data) * _DEFLATE_MAX_RATIO <= MAX_STREAM_BYTES:
        return
    for filter_name, _ in stream.get_filters():
        if filter_name in LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)
        elif filter_name in LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif filter_name in LITERALS_FLATE_DECODE:
            data = _inflate_bounded(data, name)
        else:
            return  # LZW, images: not inflated when text is read, or not a bomb risk here


def _inflate_bounded(data: bytes, name: str | None) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_STREAM_BYTES + 1)
    except zlib.error:
        return b""  # pdfminer reads what it can of a damaged stream; not a size problem
    if len(out) > MAX_STREAM_BYTES:
        raise LimitExceeded(
            f"a content stream inflates to over {MAX_STREAM_BYTES:,} bytes (a decompression bomb?)",
            path=name,
        )
    return out
