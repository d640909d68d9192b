"""Tests for the PDF reader: layout features on small PDFs drawn here (reportlab) or in samples/.

Every test that reads through `read` runs once per PDF engine (pdfplumber, pdfium): the
layout after the engine is shared, so both must pass the same tests.

Drawing with the canvas puts each word exactly where a test wants it (tight spacing, a
header in the margin); platypus makes real tables and flowing paragraphs; a few files are
written byte by byte where reportlab will not produce the fault (a font with no Unicode map).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from proforma_parser.document import Block, Document
from proforma_parser.errors import (
    CorruptSource,
    EmptySource,
    EncryptedSource,
    LimitExceeded,
    NoTextLayer,
)
from proforma_parser.limits import DEFAULT_LIMITS, Limits
from proforma_parser.readers import read_source
from proforma_parser.readers.pdf.engines import DEFAULT_PDF_ENGINE, PDF_ENGINES, PdfEngine
from proforma_parser.readers.pdf.layout import Line, Region
from proforma_parser.readers.pdf.page import Word
from proforma_parser.readers.pdf.paragraphs import (
    Paragraph,
    join_lines,
    merge_across_pages,
    region_paragraphs,
)
from proforma_parser.readers.pdf.reader import read_pdf
from proforma_parser.readers.word.reader import read_docx
from tests.hostile import raw_pdf

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0


ENGINE: list[PdfEngine] = [DEFAULT_PDF_ENGINE]
"""The engine `read` uses: set for each test by the `engine` fixture."""


@pytest.fixture(autouse=True, params=PDF_ENGINES)
def engine(request: pytest.FixtureRequest) -> Iterator[PdfEngine]:
    chosen: PdfEngine = request.param
    ENGINE[0] = chosen
    yield chosen
    ENGINE[0] = DEFAULT_PDF_ENGINE


def read(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    return read_pdf(data, name="test.pdf", sha256="0" * 64, limits=limits, engine=ENGINE[0])


def lines(document: Document) -> list[str]:
    return [_line(block) for block in document.blocks]


def _line(block: Block) -> str:
    return f"{block.list_number} {block.text}" if block.list_number else block.text


def draw_pdf(draw: Callable[[Any, int], None], *, pages: int = 1, **options: Any) -> bytes:
    """A PDF of `pages` pages, each drawn by `draw(canvas, page_number)`."""
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, **options)
    for number in range(1, pages + 1):
        draw(canvas, number)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def put(canvas: Any, x: float, top: float, text: str, size: float = 11) -> None:
    """Draw `text` with its top `top` points below the top of the page."""
    canvas.setFont("Helvetica", size)
    canvas.drawString(x, PAGE_HEIGHT - top - 0.8 * size, text)


def flow_pdf(flowables: Callable[[dict[str, Any]], list[Any]], **page: Any) -> bytes:
    """A PDF of platypus flowables, given the sample styles (body, cell, item ...)."""
    from reportlab.platypus import SimpleDocTemplate  # type: ignore[import-untyped]

    out = io.BytesIO()
    size = page.pop("pagesize", (PAGE_WIDTH, PAGE_HEIGHT))
    document = SimpleDocTemplate(out, pagesize=size, invariant=1, **page)
    document.build(flowables(styles()))
    return out.getvalue()


def styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=13, spaceAfter=8)
    return {"body": body, "cell": ParagraphStyle("cell", parent=body, spaceAfter=0)}


def grid_table(rows: list[list[Any]], widths: list[float], *, ruled: bool = True) -> Any:
    from reportlab.platypus import Table, TableStyle

    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    return Table(rows, colWidths=widths, splitInRow=1, style=TableStyle(commands))


# -- words and lines ----------------------------------------------------------------------


def test_tightly_set_words_are_not_glued() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    def draw(canvas: Any, _: int) -> None:
        x = 72.0
        for word in ("Cabinet", "Meeting", "17th", "March", "2022"):
            put(canvas, x, 100, word)
            x += stringWidth(word, "Helvetica", 11) + 2.0  # a 2pt gap and no space glyph
        put(canvas, 72, 130, "Meeting17th stays as typed")

    assert lines(read(draw_pdf(draw))) == [
        "Cabinet Meeting 17th March 2022",
        "Meeting17th stays as typed",
    ]


def word(text: str, x0: float, x1: float, top: float) -> Word:
    return Word(text, x0=x0, x1=x1, top=top, bottom=top + 11)


def test_join_lines_mends_words_broken_at_a_hyphen() -> None:
    first = Line((word("a", 72, 80, 100), word("multi-", 83, 110, 100)))
    second = Line((word("agency", 72, 105, 114), word("plan", 108, 130, 114)))
    spaced = Line((word("Strategy", 72, 110, 128), word("-", 113, 117, 128)))
    assert join_lines([first, second]) == "a multi-agency plan"
    assert join_lines([spaced, second]) == "Strategy - agency plan"


def test_join_lines_keeps_a_gutter_between_a_lines_words_as_a_gap() -> None:
    # "Decision taker" ... "Head of Parks": a form's columns typed with spaces, the gap
    # far wider than a word space (not after a list's number: "1." ... "Title")
    row = Line(
        (word("Decision", 72, 112, 100), word("taker", 115, 140, 100), word("Head", 200, 225, 100))
    )
    numbered = Line((word("1.", 72, 80, 114), word("Title", 110, 135, 114)))
    assert join_lines([row]) == "Decision taker  Head"
    assert join_lines([numbered]) == "1. Title"


def cell_region(*texts: tuple[str, float]) -> Region:
    """A table cell from 72 to 300 whose lines (text, right end) are 13pt apart."""
    rows = []
    for index, (text, x1) in enumerate(texts):
        words, x = [], 72.0
        step = (x1 - 72.0) / len(text.split())
        for piece in text.split():
            words.append(word(piece, x, x + step - 3, 100 + 13 * index))
            x += step
        rows.append(Line(tuple(words)))
    return Region("cell", tuple(rows), 72.0, 300.0, 1)


def test_a_heading_in_larger_type_is_not_wrapped_into_the_label_below() -> None:
    # 13-point capitals filling the line, then an 11-point label line 17 points lower
    words = "RECORD OF DECISION TAKEN UNDER POWERS".split()
    heading = Line(
        tuple(
            Word(w, x0=72 + 40 * i, x1=108 + 40 * i, top=98, bottom=111)
            for i, w in enumerate(words)
        )
    )
    label = Line((word("Officer:", 72, 110, 115), word("Director", 113, 150, 115)))
    region = Region("cell", (heading, label), 72.0, heading.x1, 1)
    paragraphs = region_paragraphs(region)
    assert [join_lines([ln for chunk in p.chunks for ln in chunk]) for p in paragraphs] == [
        "RECORD OF DECISION TAKEN UNDER POWERS",
        "Officer: Director",
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([("wrapped because the next", 298), ("word did not fit", 160)], ["wrapped because the next word did not fit"]),
        ([("a short line", 150), ("Then a new paragraph", 240)], ["a short line", "Then a new paragraph"]),
        ([("the point is made in full here.", 296), ("RESOLVED that it be noted.", 240)], ["the point is made in full here.", "RESOLVED that it be noted."]),
        ([("a list follows this full line:", 299), ("• first", 120)], ["a list follows this full line:", "• first"]),
        ([("1. first item runs on and on and", 299), ("on.", 90), ("2. second", 130)], ["1. first item runs on and on and on.", "2. second"]),
        ([("That it be agreed. 2.", 200), ("That it be noted.", 200)], ["That it be agreed. 2. That it be noted."]),
    ],
    ids=["wrap", "stopped-short", "capital-lead-in", "bullet", "next-item", "inline-item"],
)  # fmt: skip
def test_cell_lines_join_into_paragraphs(
    texts: list[tuple[str, float]], expected: list[str]
) -> None:
    paragraphs = region_paragraphs(cell_region(*texts))
    assert [join_lines([ln for chunk in p.chunks for ln in chunk]) for p in paragraphs] == expected


# -- tables and columns -------------------------------------------------------------------


def _proforma_rows(style: dict[str, Any]) -> list[list[Any]]:
    from reportlab.platypus import Paragraph

    decision = (
        "Cabinet considered a report on hedge heights along the district's bridleways and "
        "the complaints received from riders during the winter."
    )
    return [
        [Paragraph("1.", style["cell"]), Paragraph("Title of Item/Report", style["cell"]),
         [Paragraph("Bridleway Hedges", style["cell"])]],
        [Paragraph("2.", style["cell"]), Paragraph("Record of the Decision", style["cell"]),
         [Paragraph(decision, style["cell"]), Paragraph("RESOLVED that the policy be adopted.", style["cell"])]],
    ]  # fmt: skip


PROFORMA_LINES = [
    "1.",
    "Title of Item/Report",
    "Bridleway Hedges",
    "2.",
    "Record of the Decision",
    "Cabinet considered a report on hedge heights along the district's bridleways and "
    "the complaints received from riders during the winter.",
    "RESOLVED that the policy be adopted.",
]


def test_ruled_table_is_read_row_by_row_cell_by_cell() -> None:
    data = flow_pdf(lambda style: [grid_table(_proforma_rows(style), [30, 80, 300])])
    document = read(data)
    assert lines(document) == PROFORMA_LINES
    assert [b.kind for b in document.blocks][1:3] == ["cell", "cell"]


def test_unruled_table_is_read_by_its_gutters() -> None:
    data = flow_pdf(lambda style: [grid_table(_proforma_rows(style), [30, 80, 300], ruled=False)])
    # Without rules the number and heading read as one line, as a numbered heading.
    assert lines(read(data)) == [
        "1. Title of Item/Report",
        *PROFORMA_LINES[2:3],
        "2. Record of the Decision",
        *PROFORMA_LINES[5:],
    ]


def test_table_cell_cut_by_a_page_break_is_joined() -> None:
    from reportlab.platypus import Paragraph

    long_text = " ".join(
        f"Point {n} of the report was noted by the members present." for n in range(1, 9)
    )

    def rows(style: dict[str, Any]) -> list[Any]:
        body = [
            Paragraph(long_text, style["cell"]),
            Paragraph("RESOLVED that it be noted.", style["cell"]),
        ]
        return [
            grid_table(
                [[Paragraph("2.", style["cell"]), Paragraph("Decision", style["cell"]), body]],
                [30, 60, 150],
            )
        ]

    document = read(flow_pdf(rows, pagesize=(300, 300), topMargin=40, bottomMargin=40))
    assert document.pages is not None and document.pages >= 2
    assert lines(document) == ["2.", "Decision", long_text, "RESOLVED that it be noted."]
    assert document.blocks[2].page == 1


# -- furniture ----------------------------------------------------------------------------


def test_running_header_and_footer_are_removed_from_every_page() -> None:
    document = read((SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf").read_bytes())
    assert document.pages == 2
    assert document.furniture == ("Fernbrook Cabinet Decision Notice", "Page 1", "Page 2")
    assert not any(
        "Decision Notice" in b.text or b.text.startswith("Page ") for b in document.blocks
    )


def test_furniture_is_found_page_by_page_through_a_long_file() -> None:
    def draw(canvas: Any, number: int) -> None:
        # Odd and even pages carry different headers, as Word's "different odd and even" does.
        put(canvas, 72, 30, "Hedges Notice" if number % 2 else "Cabinet, 9 October 2023", size=9)
        if number == 1:
            put(canvas, 72, 52, "HEDGES DISTRICT COUNCIL")  # in the margin band, on one page only
        put(canvas, 72, 100, f"Paragraph on page {number}.")
        put(canvas, 260, 800, f"{number} of 7", size=9)

    document = read(draw_pdf(draw, pages=7))
    assert lines(document) == [
        "HEDGES DISTRICT COUNCIL",
        *(f"Paragraph on page {number}." for number in range(1, 8)),
    ]
    assert [b.page for b in document.blocks] == [1, 1, 2, 3, 4, 5, 6, 7]
    assert document.furniture == (
        "Hedges Notice",
        "1 of 7",
        "Cabinet, 9 October 2023",
        *(f"{number} of 7" for number in range(2, 8)),
    )


def test_header_of_a_lone_page_is_removed_when_set_apart() -> None:
    def draw(canvas: Any, _: int) -> None:
        put(canvas, 72, 30, "Hedges Notice", size=9)
        for index, text in enumerate(("First line of the body", "Second line", "Third line")):
            put(canvas, 72, 80 + 14 * index, text)
        put(canvas, 72, 800, "3", size=9)

    document = read(draw_pdf(draw))
    assert document.furniture == ("Hedges Notice", "3")
    assert [b.text for b in document.blocks] == [
        "First line of the body",
        "Second line",
        "Third line",
    ]


def test_body_starting_high_on_a_lone_page_is_kept() -> None:
    def draw(canvas: Any, _: int) -> None:
        for index, text in enumerate(("HEDGES DISTRICT COUNCIL", "CABINET", "PROFORMA")):
            put(canvas, 50, 42 + 26 * index, text)

    document = read(draw_pdf(draw))
    assert document.furniture == ()
    assert lines(document) == ["HEDGES DISTRICT COUNCIL", "CABINET", "PROFORMA"]


# -- samples ------------------------------------------------------------------------------


def test_flow_pdf_reads_like_the_word_document_it_was_made_from() -> None:
    from_pdf = read((SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf").read_bytes())
    word_data = (SAMPLES / "docx" / "fernbrook_allotments.flow.docx").read_bytes()
    from_word = read_docx(word_data, name="flow.docx", sha256="0" * 64)
    assert lines(from_pdf) == lines(from_word)
    assert [b.page for b in from_pdf.blocks][-2:] == [1, 2]


def test_unruled_sample_keeps_the_sign_off_out_of_the_table() -> None:
    got = lines(read((SAMPLES / "pdf" / "fernbrook_allotments.unruled.pdf").read_bytes()))
    assert got[-4:] == [
        "7. Date and Time by which Call In must be executed",
        "5pm on Tuesday 17th October 2023.",
        "Proper Officer",
        "11 October 2023",
    ]


# -- no text, encryption, damage, limits ----------------------------------------------------


def test_image_only_page_needs_ocr() -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

    image = ImageReader(Image.new("L", (40, 20), color=128))
    data = draw_pdf(lambda canvas, _: canvas.drawImage(image, 72, 600, width=200, height=100))
    with pytest.raises(NoTextLayer, match="images with no text layer"):
        read(data)


def test_blank_page_is_empty() -> None:
    with pytest.raises(EmptySource, match="blank"):
        read(draw_pdf(lambda canvas, _: None))


def test_glyphs_without_unicode_need_ocr() -> None:
    content = b"BT /F1 12 Tf 72 700 Td <0041004200430044004500460047> Tj ET"
    data = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Secret /Encoding /Identity-H "
        b"/DescendantFonts [5 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Secret "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    )
    with pytest.raises(NoTextLayer, match=r"100% of the PDF's glyphs have no Unicode mapping"):
        read(data)


def _one_line(canvas: Any, _: int) -> None:
    put(canvas, 72, 100, "Hedge policy adopted.")


def test_empty_user_password_is_tried_and_noted() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption  # type: ignore[import-untyped]

    data = draw_pdf(_one_line, encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    document = read(data)
    assert lines(document) == ["Hedge policy adopted."]
    assert [d.code for d in document.defects] == ["encrypted"]


def test_user_password_is_needed() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = draw_pdf(_one_line, encrypt=StandardEncryption("secret", ownerPassword="owner"))
    with pytest.raises(EncryptedSource, match="needs a password"):
        read(data)


def test_truncated_file_is_corrupt_with_the_cause_kept() -> None:
    data = draw_pdf(_one_line)
    with pytest.raises(CorruptSource, match="damaged") as caught:
        read(data[: len(data) // 2])
    assert caught.value.__cause__ is not None


def test_content_stream_inflating_past_the_limit_is_refused() -> None:
    def draw(canvas: Any, _: int) -> None:
        for n in range(40):
            put(canvas, 72, 60 + 12 * n, "x" * 60)

    data = draw_pdf(draw, pageCompression=1)
    with pytest.raises(LimitExceeded, match=r"inflates to over 200 bytes.*\(max_part_bytes\)"):
        read(data, Limits(max_part_bytes=200))


def test_pages_over_the_limit_are_refused() -> None:
    with pytest.raises(LimitExceeded, match=r"2 pages, over the limit of 1 pages \(max_pages\)"):
        read(draw_pdf(_one_line, pages=2), Limits(max_pages=1))


def test_pdf_named_docx_is_read_as_pdf_with_a_defect() -> None:
    document = read_source(draw_pdf(_one_line), name="hedges.docx")
    assert document.format == "pdf"
    assert lines(document) == ["Hedge policy adopted."]
    assert [d.code for d in document.defects] == ["format_mismatch"]


def test_type_set_at_size_one_and_scaled_by_its_matrix_keeps_its_height() -> None:
    # "/F1 1 Tf 12 0 0 12 72 700 Tm": 12pt type drawn at font size 1 (Word's "Microsoft
    # Print to PDF" writes text so); a line must still be 12pt tall, not 1pt.
    content = (
        b"BT /F1 1 Tf 12 0 0 12 72 700 Tm (Decision Maker:) Tj ET "
        b"BT /F1 12 Tf 1 0 0 1 72 686 Tm (Cabinet Member for Resources) Tj ET"
    )
    data = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    )
    words = raw_words(data)
    assert [w.text for w in words] == "Decision Maker: Cabinet Member for Resources".split()
    decision, cabinet = words[0], words[2]
    assert decision.bottom - decision.top == pytest.approx(12.0)
    assert cabinet.top - decision.top == pytest.approx(14.0, abs=0.01)


def raw_words(data: bytes) -> list[Word]:
    """The words of a one-page PDF as the engine under test places them."""
    from proforma_parser.readers.deadline import Deadline
    from proforma_parser.readers.pdf.page import Tally
    from proforma_parser.readers.pdf.pdfium import pdfium_pages
    from proforma_parser.readers.pdf.reader import _raw_pages

    clock, tally = Deadline(60.0, name="test.pdf", what="PDF"), Tally()
    if ENGINE[0] == "pdfium":
        pages = pdfium_pages(data, name="t", tally=tally, limits=DEFAULT_LIMITS, clock=clock)
    else:
        pages = _raw_pages(data, "t", tally, DEFAULT_LIMITS, clock)
    [page] = list(pages)
    return list(page.words)


def test_a_bomb_behind_an_ascii85_filter_is_refused_before_the_file_is_opened() -> None:
    # reportlab's "/Filter [ /ASCII85Decode /FlateDecode ]": the guard must undo the
    # ASCII85 before inflating, or it inflates nothing and lets the stream through to pdfium.
    import base64
    import zlib

    from proforma_parser.readers.pdf.guard import check_file_streams

    bomb = base64.a85encode(zlib.compress(b" " * 4_000_000, 9)) + b"~>"
    data = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
        b"<< /Length %d /Filter [ /ASCII85Decode /FlateDecode ] >>\nstream\n%s\nendstream"
        % (len(bomb), bomb),
    )
    with pytest.raises(LimitExceeded, match=r"^/in/bomb\.pdf: a compressed stream inflates"):
        check_file_streams(data, name="/in/bomb.pdf", limits=Limits(max_part_bytes=1_000_000))
    check_file_streams(data, name="/in/bomb.pdf", limits=Limits(max_part_bytes=5_000_000))


def test_a_media_box_inherited_from_the_page_tree_places_the_words() -> None:
    # "/Pages << ... /MediaBox [0 0 595 842] >>" and none on the page: pdfium's own call
    # would fall back to US Letter and put the top line 50pt higher.
    content = b"BT /F1 12 Tf 72 800 Td (Top line) Tj ET"
    data = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )
    words = raw_words(data)
    assert [w.text for w in words] == ["Top", "line"]
    assert words[0].bottom == pytest.approx(842 - 800 + 2.5, abs=0.5)  # the descent below


def test_a_file_of_no_pages_is_empty_whatever_was_read_before() -> None:
    # pdfium keeps its last error across documents: a file of no pages read after a
    # damaged one must not be reported with the damaged one's reason.
    no_pages = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"
    )
    with pytest.raises(CorruptSource):
        read(b"%PDF-1.4\nnot a pdf at all\n")
    with pytest.raises(EmptySource, match="no pages"):
        read(no_pages)


def _page_paragraph(text: str, page: int) -> Paragraph:
    """A one-line paragraph that fills the column (72 to 300), at the top of `page`."""
    line = cell_region((text, 300.0)).lines[0]
    return Paragraph([[line]], "paragraph", page, Region("cell", (line,), 72.0, 300.0, page))


@pytest.mark.parametrize(
    ("opening", "joined"),
    [
        ("2.2 Approve a direct award of grants to the providers.", False),
        ("(b) approve a direct award of grants to the providers.", False),
        ("providers to deliver the extended programme.", True),
    ],
)
def test_a_numbered_item_opening_the_next_page_is_not_joined_to_the_last(
    opening: str, joined: bool
) -> None:
    # "... funded from the earmarked reserve." at the foot of page 1, "2.2 Approve a direct
    # award ..." at the head of page 2: the list's next item, not the first's wrapped end.
    last = _page_paragraph("half-term at a cost of £385,000, funded from the reserve.", 1)
    merged = merge_across_pages([last, _page_paragraph(opening, 2)])
    assert len(merged) == (1 if joined else 2)
