"""The public entry points: `parse` for files, bytes and streams; `parse_text` for text."""

from __future__ import annotations

import hashlib

from .build import build_record
from .defects import Strict, StrictRule, strict_rule
from .document import Document
from .errors import DefectError, EmptySource, faults_of
from .limits import DEFAULT_LIMITS as _LIMITS
from .limits import Limits
from .model import DecisionRecord
from .readers import Source, read_source
from .readers.pdf.engines import DEFAULT_PDF_ENGINE, PdfEngine
from .readers.text import document_from_str
from .structure.normalise import Layout, normalise
from .structure.records import split_records


def parse(
    source: Source,
    *,
    strict: Strict = False,
    name: str | None = None,
    password: str | None = None,
    pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
    max_bytes: int = _LIMITS.max_bytes,
    max_pages: int = _LIMITS.max_pages,
    max_part_bytes: int = _LIMITS.max_part_bytes,
    max_decompressed_bytes: int = _LIMITS.max_decompressed_bytes,
    max_compression_ratio: float = _LIMITS.max_compression_ratio,
    max_nesting: int = _LIMITS.max_nesting,
    timeout: float = _LIMITS.timeout,
) -> DecisionRecord:
    """Parse one decision record from a path, bytes or a binary file object.

    The format (text, PDF, Word, HTML) is detected from the content. Odd but readable
    records come back with `defects`. `strict=True` makes the first defect raise
    `DefectError`; `strict={"missing_section", "unparsed_date"}` only defects of those codes,
    and "code:field" (e.g. "missing_section:alternative_options") only that code on that
    field. An unknown code raises ValueError (TypeError for what is not a collection of
    codes) at once, before the source is read.

    `password` opens a PDF encrypted with a user password (other formats ignore it); a PDF
    that needs one and is given none, or the wrong one, raises `EncryptedSource`.
    `pdf_engine` names what reads a PDF's pages: "pdfium" (the default) or "pdfplumber"
    (the reference: about seven times slower, the same records on the corpus); another name
    is a ValueError.
    The `max_*` and `timeout` arguments bound what one document may cost (see
    `proforma_parser.limits.Limits` for each default). Everything raised is a
    `ProformaError`.
    """
    rule = strict_rule(strict)
    limits = Limits(
        max_bytes=max_bytes,
        max_pages=max_pages,
        max_part_bytes=max_part_bytes,
        max_decompressed_bytes=max_decompressed_bytes,
        max_compression_ratio=max_compression_ratio,
        max_nesting=max_nesting,
        timeout=timeout,
    )
    document = read_source(
        source, name=name, limits=limits, password=password, pdf_engine=pdf_engine
    )
    return _finish(build_record(document, _normalised(document)), rule)


def parse_all(
    source: Source,
    *,
    strict: Strict = False,
    name: str | None = None,
    password: str | None = None,
    pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
    max_bytes: int = _LIMITS.max_bytes,
    max_pages: int = _LIMITS.max_pages,
    timeout: float = _LIMITS.timeout,
) -> list[DecisionRecord]:
    """Every record in one input, in order: two proformas in one text dump, the entries of
    a decisions listing, the items of minutes that each resolved. `parse` returns the first
    of them with a `multiple_records` defect; this returns each (record texts and section
    offsets are each record's own; an item of minutes is read under the meeting's header
    lines, which its text starts with)."""
    rule = strict_rule(strict)
    limits = Limits(max_bytes=max_bytes, max_pages=max_pages, timeout=timeout)
    document = read_source(
        source, name=name, limits=limits, password=password, pdf_engine=pdf_engine
    )
    layout = _normalised(document)
    with faults_of("split the text into records", name=document.name, path=document.path):
        records = split_records(layout)
    return [
        _finish(build_record(document, record.layout, record.split), rule) for record in records
    ]


def parse_text(text: str, *, strict: Strict = False, name: str | None = None) -> DecisionRecord:
    """Parse one decision record given as text (already decoded); `strict` as for `parse`."""
    rule = strict_rule(strict)
    data = text.encode("utf-8", errors="surrogatepass")
    if not text.strip():
        raise EmptySource("the text is empty (nothing but white space)", path=name)
    document = document_from_str(
        text, name=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data)
    )
    return _finish(build_record(document, _normalised(document)), rule)


def _normalised(document: Document) -> Layout:
    with faults_of("normalised the text", name=document.name, path=document.path):
        return normalise(document)


def _finish(record: DecisionRecord, rule: StrictRule) -> DecisionRecord:
    raised = rule.first_raised(record.defects)
    if raised is not None:
        raise DefectError(raised, name=record.source.name, path=record.source.path)
    return record
