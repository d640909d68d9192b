"""The checks on a PDF's objects before either engine opens it (readers/pdf/structure.py).

Cycles are found as what they are and named; the page count is the page tree's real one;
a cross-reference table that points at the wrong bytes, or is missing, is noticed. The
real files (samples and corpus) pass untouched, with pdfium's own page count.
"""

from __future__ import annotations

import time
import zlib
from typing import Any

import pypdfium2.raw as pdfium_c
import pytest

import proforma_parser
from proforma_parser.errors import CorruptSource, LimitExceeded
from proforma_parser.limits import DEFAULT_LIMITS, Limits
from proforma_parser.readers.pdf.engines import PDF_ENGINES, PdfEngine
from proforma_parser.readers.pdf.structure import check_structure, read_objects
from tests import hostile
from tests.conftest import SAMPLES, SHARED

PDFS = sorted((SAMPLES / "pdf").glob("*.pdf")) + sorted(
    (SHARED / "corpus" / "dev" / "rendered").glob("*.pdf")
)


def pdfium_pages(data: bytes) -> int:
    document = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    try:
        return int(pdfium_c.FPDF_GetPageCount(document))
    finally:
        pdfium_c.FPDF_CloseDocument(document)


def test_real_files_pass_with_pdfiums_page_count_and_their_xref_sound() -> None:
    assert len(PDFS) >= 3
    for path in PDFS:
        data = path.read_bytes()
        structure = check_structure(data, name=path.name, limits=DEFAULT_LIMITS)
        assert (structure.pages, structure.repaired) == (pdfium_pages(data), False), path.name


@pytest.mark.parametrize(
    ("made", "message"),
    [
        (hostile.pdf_object_resolving_to_itself, r"object 2 resolves to itself \(2 -> 2\)"),
        (hostile.pdf_references_round_a_circle, r"object 6 resolves to itself \(6 -> 7 -> 6\)"),
        (hostile.pdf_length_round_a_circle, r"object 6 resolves to itself \(6 -> 7 -> 6\)"),
        (hostile.pdf_length_of_itself, r"the /Length of stream 4 depends on itself \(4 -> 4\)"),
        (hostile.pdf_page_tree_loop, r"its page tree loops \(2 -> 2\)"),
        (hostile.pdf_page_tree_loop_below, r"its page tree loops \(2 -> 6 -> 2\)"),
        (hostile.pdf_recursive_form, r"a recursive form XObject paints itself \(/X1 -> /X1\)"),
        (hostile.pdf_deeply_nested_array, r"object 3 nests arrays and dictionaries 50,001 deep"),
    ],
    ids=["self", "circle", "length-circle", "length-self", "tree", "tree-below", "form", "deep"],
)
def test_a_cycle_is_refused_and_named(made: object, message: str) -> None:
    assert callable(made)
    with pytest.raises(CorruptSource, match=r"^bad\.pdf: the PDF is damaged: " + message):
        check_structure(made(), name="bad.pdf", limits=DEFAULT_LIMITS)


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_either_engine_refuses_a_cycle_at_once(engine: PdfEngine) -> None:
    # pdfminer followed each of these without end (until the time limit).
    for made in (
        hostile.pdf_object_resolving_to_itself,
        hostile.pdf_length_round_a_circle,
        hostile.pdf_page_tree_loop_below,
    ):
        started = time.monotonic()
        with pytest.raises(CorruptSource, match=r"^loop\.pdf: the PDF is damaged: "):
            proforma_parser.parse(made(), name="loop.pdf", pdf_engine=engine)
        assert time.monotonic() - started < 2


def test_a_page_listed_twice_is_counted_once_and_no_loop() -> None:
    data = hostile._cyclic_pdf(pages=b"<< /Type /Pages /Kids [3 0 R 3 0 R] /Count 2 >>")
    assert check_structure(data, name=None, limits=DEFAULT_LIMITS).pages == 1


def test_the_real_page_count_is_capped_however_count_understates_it() -> None:
    # Three page objects (6 to 8) under a /Count of 1.
    data = hostile._cyclic_pdf(
        pages=b"<< /Type /Pages /Kids [6 0 R 7 0 R 8 0 R] /Count 1 >>",
        extra=tuple(hostile._page(4, font=5) for _ in range(3)),
    )
    with pytest.raises(LimitExceeded, match=r"the PDF has 3 pages, over the limit of 2 pages"):
        check_structure(data, name=None, limits=Limits(max_pages=2))
    assert check_structure(data, name=None, limits=DEFAULT_LIMITS).pages == 3


def packed_pdf(packed: dict[int, bytes]) -> bytes:
    """A catalogue (1), a content stream (4) and object stream 6 holding `packed`; no
    cross-reference table (the checks scan the file, they do not need one)."""
    header, body = b"", b""
    for number, text in packed.items():
        header += b"%d %d " % (number, len(body))
        body += text + b"\n"
    stream = zlib.compress(header + body)
    objects = [
        (1, hostile.CATALOG),
        (4, hostile.pdf_stream(b"BT ET")),
        (
            6,
            b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
            b"%s\nendstream" % (len(packed), len(header), len(stream), stream),
        ),
    ]
    out = b"%PDF-1.5\n" + b"".join(b"%d 0 obj\n%s\nendobj\n" % pair for pair in objects)
    return out + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def test_objects_packed_in_an_object_stream_are_read() -> None:
    tree = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
    data = packed_pdf({2: tree, 3: page})
    read = read_objects(data, limits=DEFAULT_LIMITS)
    assert (read.bodies[2].strip(), read.bodies[3].strip(), read.root) == (tree, page, 1)
    structure = check_structure(data, name=None, limits=DEFAULT_LIMITS)
    assert (structure.pages, structure.repaired) == (1, True)  # no table: found by scanning
    looping = packed_pdf({2: tree, 3: page, 7: b"8 0 R", 8: b"7 0 R"})
    with pytest.raises(CorruptSource, match=r"object 7 resolves to itself \(7 -> 8 -> 7\)"):
        check_structure(looping, name=None, limits=DEFAULT_LIMITS)


def test_a_stream_holding_object_headers_is_skipped_by_its_length() -> None:
    # Text in a stream that looks like objects must not be read as objects.
    body = b"(9 0 obj 9 0 R endobj) Tj"
    data = hostile._cyclic_pdf(stream=hostile.pdf_stream(body))
    read = read_objects(data, limits=DEFAULT_LIMITS)
    assert 9 not in read.bodies
    assert check_structure(data, name=None, limits=DEFAULT_LIMITS).pages == 1


def test_a_cross_reference_table_pointing_wrong_or_missing_is_noticed() -> None:
    sound = hostile.pdf_baseline()
    assert not check_structure(sound, name=None, limits=DEFAULT_LIMITS).repaired
    shifted = hostile.pdf_broken_xref_offsets()
    assert not hostile.xref_offsets_point_at_objects(shifted)
    assert check_structure(shifted, name=None, limits=DEFAULT_LIMITS).repaired
    without = sound[: sound.rindex(b"xref")]
    assert check_structure(without, name=None, limits=DEFAULT_LIMITS).repaired


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_either_engine_says_the_cross_reference_table_was_done_without(
    engine: PdfEngine,
) -> None:
    record = proforma_parser.parse(hostile.pdf_broken_xref_offsets(), pdf_engine=engine)
    assert [defect.code for defect in record.defects] == ["repaired_xref"]
    assert record.title == hostile.TITLE


def test_the_checks_cost_little_on_real_files() -> None:
    started = time.perf_counter()
    for path in PDFS:
        check_structure(path.read_bytes(), name=None, limits=DEFAULT_LIMITS)
    assert (time.perf_counter() - started) / len(PDFS) < 0.01  # seconds a file, generously


def test_a_table_in_several_sections_is_read_section_by_section() -> None:
    data = hostile.pdf_baseline()
    start = data.rindex(b"\nxref\n") + len(b"\nxref\n")
    head = regex_match(rb"0 (\d+)\s*\n", data, start)
    count = int(head[1])
    entries = data[head.end() : head.end() + 20 * count]
    # The same entries as two sections: objects 0-2, then 3 onwards.
    split = b"0 3\n" + entries[:60] + b"3 %d\n" % (count - 3) + entries[60:]
    rewritten = data[:start] + split + data[head.end() + 20 * count :]
    assert rewritten.count(b" 00000 n") == data.count(b" 00000 n")
    assert not check_structure(rewritten, name=None, limits=DEFAULT_LIMITS).repaired
    wrong = rewritten.replace(b"3 %d\n" % (count - 3), b"4 %d\n" % (count - 3))
    assert check_structure(wrong, name=None, limits=DEFAULT_LIMITS).repaired


def regex_match(pattern: bytes, data: bytes, position: int) -> Any:
    import regex

    found = regex.compile(pattern).match(data, position)
    assert found is not None
    return found
