"""OCR of scanned PDF pages (readers/pdf/ocr.py).

Scans are made here, as the samples are (samples/make_binary_samples.py `scanned_pdf`):
each page of a real record's PDF rendering (../shared/corpus/dev/rendered) drawn at 200 dpi
into an image-only PDF. Tesseract must read from those the same title, decision date and
call-in as the text layer gives. OCR costs a second or two a page, so the corpus test
takes every tenth rendering in name order (14 of 131), not a hand-picked few.

Tests that run Tesseract skip, saying what to install, only where it is missing; the
tests of what happens without it make it missing themselves.
"""

from __future__ import annotations

import io
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import proforma_parser
from proforma_parser import DecisionRecord, LimitExceeded, NoTextLayer, ProformaError
from proforma_parser.limits import Limits
from proforma_parser.readers import read_source
from proforma_parser.readers.deadline import Deadline, deadline
from proforma_parser.readers.pdf import ocr
from proforma_parser.readers.pdf.page import Ruling, Word, find_grids
from tests.conftest import SCANNED, SHARED, needs_tesseract
from tests.hostile import pdf_stream, raw_pdf
from tests.test_word_reader import load_sample_builders

RENDERED = SHARED / "corpus" / "dev" / "rendered"
EVERY = 10
"""The corpus test takes every EVERY-th PDF rendering, sorted by name."""
CORPUS_PDFS = sorted(RENDERED.glob("*.pdf"))[::EVERY]
SCANNED_PDF = SCANNED / "fernbrook_allotments.scanned.pdf"
MIXED_PDF = SCANNED / "fernbrook_allotments.mixed.pdf"
BUILDERS = load_sample_builders()


def scan(data: bytes, **options: Any) -> bytes:
    scanned: bytes = BUILDERS.scanned_pdf(data, **options)
    return scanned


def essentials(record: DecisionRecord) -> dict[str, object]:
    call_in = (
        record.call_in.model_dump(mode="json", exclude={"evidence"}) if record.call_in else None
    )
    return {"title": record.title, "decision_date": record.decision_date, "call_in": call_in}


def ocr_pages(record: DecisionRecord) -> list[int | None]:
    return [defect.page for defect in record.defects if defect.code == "ocr"]


def without_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine as one without the Tesseract program: its look-up finds nothing."""
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "tesseract-not-installed")


# -- real records, scanned ----------------------------------------------------------------


def test_the_corpus_sample_is_a_tenth_of_the_renderings() -> None:
    assert len(CORPUS_PDFS) >= 10
    assert len(CORPUS_PDFS) == -(-len(list(RENDERED.glob("*.pdf"))) // EVERY)


@needs_tesseract
@pytest.mark.parametrize("rendering", CORPUS_PDFS, ids=[p.name for p in CORPUS_PDFS])
def test_a_scanned_record_reads_as_its_text_layer_does(rendering: Path, tmp_path: Path) -> None:
    scanned = tmp_path / rendering.name
    scanned.write_bytes(scan(rendering.read_bytes()))
    from_text, from_scan = outcome(rendering), outcome(scanned)
    if isinstance(from_text, ProformaError):  # a rendering of what is no record (raw HTML)
        assert type(from_scan) is type(from_text)
        return
    assert isinstance(from_scan, DecisionRecord), from_scan
    assert essentials(from_scan) == essentials(from_text)
    assert ocr_pages(from_scan) == list(range(1, (from_scan.source.pages or 0) + 1))
    assert ocr_pages(from_text) == []


def outcome(path: Path) -> DecisionRecord | ProformaError:
    try:
        return proforma_parser.parse(path)
    except ProformaError as exc:
        return exc


# -- which pages are OCR'd ----------------------------------------------------------------


@needs_tesseract
def test_a_mixed_document_ocrs_only_its_image_pages() -> None:
    record = proforma_parser.parse(MIXED_PDF)
    # Page 1 is typed (the cover), pages 2 and 3 are images; page 3 also has a typed stamp.
    assert ocr_pages(record) == [2, 3]
    assert record.text.startswith("FERNBROOK DISTRICT COUNCIL\n\nDemocratic Services")
    assert record.title == "Allotment Rents and Water Charges 2024/25"
    assert str(record.decision_date) == "2023-10-09"
    stamped = record.defects[[d.page for d in record.defects].index(3)]
    assert stamped.field is None
    assert "page 3 is an image and was read by OCR" in stamped.message
    assert "mean word confidence" in stamped.message


@needs_tesseract
def test_a_typed_page_then_a_scanned_page_of_a_real_record(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    rendering = next(p for p in CORPUS_PDFS if len(PdfReader(p).pages) >= 2)
    scanned = PdfReader(io.BytesIO(scan(rendering.read_bytes())))
    writer = PdfWriter()
    writer.add_page(PdfReader(rendering).pages[0])
    for page in scanned.pages[1:]:
        writer.add_page(page)
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as out:
        writer.write(out)
    record = proforma_parser.parse(mixed)
    assert ocr_pages(record) == list(range(2, len(scanned.pages) + 1))
    assert essentials(record) == essentials(proforma_parser.parse(rendering))


def test_a_typed_page_with_a_full_page_picture_behind_it_is_read_as_text(
    tmp_path: Path,
) -> None:
    # A letterhead drawn as one page-sized image under the typed text: the text layer is
    # the page's, and OCR (even where Tesseract is missing) is never asked for.
    from PIL import Image
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    record_text = (SHARED / "corpus" / "dev").glob("*.txt")
    lines = next(iter(sorted(record_text))).read_text(encoding="utf-8").splitlines()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842), invariant=1)
    canvas.drawImage(ImageReader(Image.new("L", (595, 842), 235)), 0, 0, 595, 842)
    canvas.setFont("Helvetica", 9)
    for row, line in enumerate(line for line in lines if line.strip()):
        canvas.drawString(40, 800 - 11 * row, line[:110])
        if row == 60:
            break
    canvas.save()
    path = tmp_path / "letterhead.pdf"
    path.write_bytes(out.getvalue())
    document = read_source(path)
    assert [defect.code for defect in document.defects] == []
    typed = " ".join(block.text for block in document.blocks)
    assert lines[5].strip()[:40] in typed


# -- without Tesseract --------------------------------------------------------------------


def test_without_tesseract_a_scan_is_no_text_layer_naming_its_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    without_tesseract(monkeypatch)
    with pytest.raises(NoTextLayer) as raised:
        proforma_parser.parse(SCANNED_PDF)
    message = str(raised.value)
    assert message.startswith(f"{SCANNED_PDF}: page 1 of the PDF are images")
    assert "the Tesseract program ('tesseract-not-installed') is not installed" in message
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in message
    assert "pip install 'proforma-parser[ocr]'" in message
    assert raised.value.path == str(SCANNED_PDF)


def test_without_tesseract_a_mixed_document_is_no_text_layer_not_an_invalid_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Its typed cover page and the typed stamp on page 3 are text enough to build a
    # (wrong) record from: without OCR that would be NotADecisionRecord.
    without_tesseract(monkeypatch)
    with pytest.raises(NoTextLayer, match=r"pages 2 and 3 of the PDF are images"):
        proforma_parser.parse(MIXED_PDF)


def test_without_the_ocr_extra_the_message_says_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pytesseract", None)  # import pytesseract fails
    with pytest.raises(NoTextLayer, match=r"the ocr extra \(pytesseract\) is not installed"):
        proforma_parser.parse(SCANNED_PDF)


def test_without_tesseract_a_text_pdf_reads_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    without_tesseract(monkeypatch)
    record = proforma_parser.parse(SCANNED.parent / "pdf" / "fernbrook_allotments.table.pdf")
    assert record.title == "Allotment Rents and Water Charges 2024/25"
    assert ocr_pages(record) == []


# -- failures are ours, and OCR counts against the time budget ---------------------------


@needs_tesseract
def test_tesseract_failing_is_no_text_layer_naming_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "LANGUAGE", "zzz")  # no such traineddata: Tesseract exits 1
    with pytest.raises(NoTextLayer) as raised:
        proforma_parser.parse(SCANNED_PDF)
    assert str(raised.value).startswith(
        f"{SCANNED_PDF}: page 1 of the PDF could not be read by OCR ("
    )
    assert "zzz" in str(raised.value)
    assert type(raised.value.__cause__).__name__ == "TesseractError"


@needs_tesseract
def test_ocr_time_counts_against_the_time_budget() -> None:
    # The budget without OCR's share is half a second: not enough for Tesseract.
    tight = Limits(timeout_base=0.5, timeout_per_page=0, timeout_per_mib=0)
    with pytest.raises(LimitExceeded, match="time budget"):
        read_source(SCANNED_PDF, limits=replace(tight, timeout_per_ocr_page=0))
    document = read_source(SCANNED_PDF, limits=tight)  # its per-page OCR share is added
    assert [defect.code for defect in document.defects] == ["ocr"]


@needs_tesseract
def test_a_fixed_timeout_stops_ocr_with_limit_exceeded() -> None:
    with pytest.raises(LimitExceeded, match=r"over the limit of 0\.3 s"):
        proforma_parser.parse(SCANNED_PDF, timeout=0.3)


def test_a_scan_whose_image_claims_vast_dimensions_is_refused_before_it_is_decoded() -> None:
    # One byte of data that says it is 100,000 x 100,000 grey pixels (10 GB decoded),
    # painted over the page: the scan to OCR, if it were rendered.
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    image = b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 "
    image += b"/ColorSpace /DeviceGray /BitsPerComponent 8"
    data = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        pdf_stream(b"x", image),
        pdf_stream(content),
    )
    with pytest.raises(LimitExceeded, match=r"page 1's images hold 10,000,000,000 pixels"):
        proforma_parser.parse(data, name="vast.pdf")


def test_the_alarm_held_for_tesseract_rings_once_it_is_done() -> None:
    # What the OCR call runs under: the budget runs out inside, the alarm waits until after.
    finished = False
    with (
        pytest.raises(LimitExceeded, match=r"over the limit of 0\.05 s"),
        deadline(0.05, name="held.pdf", what="PDF") as clock,
    ):
        with clock.held():
            time.sleep(0.3)
            finished = True
        time.sleep(1.0)  # the alarm rings again within 50 ms and raises here
    assert finished


# -- the parts ----------------------------------------------------------------------------


def test_the_defect_says_when_confidence_is_low() -> None:
    word = Word("Cabinet", 72.0, 110.0, 100.0, 110.0)
    sure = ocr.Scan((word, word), (96.0, 92.0), (), 595.0, 842.0).defect(2)
    unsure = ocr.Scan((word, word), (61.0, 40.0), (), 595.0, 842.0).defect(4)
    blank = ocr.Scan((), (), (), 595.0, 842.0).defect(5)
    assert (sure.code, sure.page) == ("ocr", 2)
    assert sure.message == (
        "page 2 is an image and was read by OCR (2 words, mean word confidence 94%)"
    )
    assert unsure.message == (
        "page 4 is an image and was read by OCR (2 words, mean word confidence 50%, "
        "low (under 80%): words may be misread; read under 50%, perhaps misread: "
        "'Cabinet' (40%))"
    )
    assert (
        blank.message == "page 5 is an image and was read by OCR (Tesseract found no words on it)"
    )


def test_ocr_words_take_their_lines_top_and_bottom_in_points() -> None:
    # Tesseract's TSV as pytesseract's dict: "The" (cap height) and "on" (x-height) share
    # line 1; a second line below. At 144 dpi a pixel is half a point.
    data: dict[str, list[Any]] = {
        "level": [4, 5, 5, 5],
        "block_num": [1, 1, 1, 1],
        "par_num": [1, 1, 1, 1],
        "line_num": [1, 1, 1, 2],
        "left": [100, 100, 180, 100],
        "top": [200, 200, 210, 260],
        "width": [200, 60, 40, 80],
        "height": [40, 30, 22, 30],
        "conf": [-1, 95, 91, 88],
        "text": ["", "The", "on", "Cabinet"],
    }
    words, confidences = ocr.ocr_words(data, 0.5)
    assert words == [
        Word("The", 50.0, 80.0, 100.0, 116.0),
        Word("on", 90.0, 110.0, 100.0, 116.0),
        Word("Cabinet", 50.0, 90.0, 130.0, 145.0),
    ]
    assert confidences == [95.0, 91.0, 88.0]


TESSERACT_KEYS = "level block_num par_num line_num left top width height conf text".split()


def tesseract_lines(*lines: list[tuple[str, int, int, int, int, float]]) -> dict[str, list[Any]]:
    """pytesseract's dict for `lines` of (text, left, top, width, height, confidence)."""
    data: dict[str, list[Any]] = {key: [] for key in TESSERACT_KEYS}
    for number, line in enumerate(lines, start=1):
        for text, left, top, width, height, confidence in line:
            for key, value in zip(
                TESSERACT_KEYS,
                (5, 1, 1, number, left, top, width, height, confidence, text),
                strict=True,
            ):
                data[key].append(value)
    return data


def test_a_bullet_read_as_a_letter_is_a_bullet_and_a_letter_stays_a_letter() -> None:
    # As Tesseract read a Birmingham record at 300 dpi: "• General" as "e General", the dot
    # 15 x 16 pixels with its foot 10 above the baseline; "a lease" with "a" on the line.
    data = tesseract_lines(
        [("e", 455, 1021, 15, 16, 65.0), ("General", 500, 1010, 170, 37, 95.0)],
        [("a", 450, 1110, 24, 25, 96.0), ("lease", 490, 1099, 100, 36, 96.0)],
        [("*", 450, 1200, 21, 21, 92.0), ("DENOTES", 490, 1200, 200, 35, 92.0)],
    )
    words, _ = ocr.ocr_words(data, 72 / 300)
    assert [word.text for word in words] == ["•", "General", "a", "lease", "*", "DENOTES"]


def test_an_en_dash_read_as_a_hyphen_is_an_en_dash_and_a_hyphen_stays_a_hyphen() -> None:
    # "Domestic Homicide Review – learning event": the dash 19 x 3 pixels on a line 45
    # tall; "2017 - Contract": a hyphen 12 x 4.
    review = [("Review", 400, 1000, 150, 35, 96.0), ("-", 565, 1020, 19, 3, 92.0)]
    review.append(("learning", 600, 1000, 170, 45, 96.0))
    contract = [("2017", 400, 1100, 90, 35, 96.0), ("-", 505, 1120, 12, 4, 92.0)]
    contract.append(("Contract", 530, 1100, 180, 45, 96.0))
    data = tesseract_lines(review, contract)
    words, _ = ocr.ocr_words(data, 72 / 300)
    assert [word.text for word in words] == [
        "Review",
        "\u2013",
        "learning",
        "2017",
        "-",
        "Contract",
    ]


def test_specks_are_left_out_and_real_words_read_at_low_confidence_kept() -> None:
    # A dotted leader read as letters (6 pixels tall, 0%) and a table rule read as "Pw"
    # (241 tall, 0%) are no text; "a" and "further" at 0% and "RESOLVED:" at 5% are real
    # words of a Trafford and a Merton record, the size of the text around them.
    data = tesseract_lines(
        [("Cabinet", 400, 1000, 160, 35, 96.0), ("ceeceeceeeeceecne", 580, 1029, 775, 6, 0.0)],
        [("a", 400, 1100, 24, 25, 0.0), ("further", 440, 1090, 165, 36, 0.0)],
        [("RESOLVED:", 400, 1200, 256, 49, 5.0), ("Pw", 700, 1100, 38, 241, 0.0)],
    )
    words, confidences = ocr.ocr_words(data, 0.5)
    assert [word.text for word in words] == ["Cabinet", "a", "further", "RESOLVED:"]
    assert confidences == [96.0, 0.0, 0.0, 5.0]
    # the line is measured without its speck: from the top to the foot of "Cabinet"
    assert (words[0].top, words[0].bottom) == (500.0, 517.5)


def test_a_title_ocr_read_mostly_at_low_confidence_is_null_with_a_defect() -> None:
    # The Fernbrook record's text layer, as if OCR had read some of its words only under
    # 50%: most of the title's letters doubtful gives no title; one doubtful word keeps it.
    from proforma_parser.build import build_record
    from proforma_parser.structure.normalise import normalise

    document = read_source(SCANNED.parent / "pdf" / "fernbrook_allotments.table.pdf")
    misread = replace(document, doubtful=frozenset({"Allotment", "Rents", "Charges"}))
    record = build_record(misread, normalise(misread))
    assert record.title == ""  # the contract's empty title, as for a record with none
    uncertain = [d for d in record.defects if d.code == "uncertain_field"]
    assert [(d.field, d.message) for d in uncertain] == [
        (
            "title",
            "the title 'Allotment Rents and Water Charges 2024/25' was read by OCR mostly "
            "from words it read under 50% confidence ('Allotment', 'Rents', 'Charges')",
        )
    ]
    assert str(record.decision_date) == "2023-10-09"
    one_word = replace(document, doubtful=frozenset({"2024/25"}))
    kept = build_record(one_word, normalise(one_word))
    assert kept.title == "Allotment Rents and Water Charges 2024/25"
    assert [d.code for d in kept.defects if d.field == "title"] == []


def test_ocr_remembers_the_words_it_only_ever_read_at_low_confidence() -> None:
    scans = ocr.PageOcr(b"", None, None, Limits(), Deadline(10.0, name=None, what="PDF"))
    scans.surest.update({"AHWBO034": 30.0, "a": 96.0, "\u2022": 7.0})
    assert scans.doubtful == frozenset({"AHWBO034"})


def test_rules_drawn_in_a_scan_make_a_table() -> None:
    # A 2 x 2 ruled table drawn at 200 dpi, and a line of text-sized ink that is no rule.
    from PIL import Image, ImageDraw

    image = Image.new("L", (1000, 800), 255)
    draw = ImageDraw.Draw(image)
    for y in (100, 300, 500):
        draw.line([(100, y), (900, y)], fill=0, width=3)
    for x in (100, 400, 900):
        draw.line([(x, 100), (x, 500)], fill=0, width=3)
    draw.line([(100, 700), (130, 700)], fill=0, width=3)  # 11pt long: a dash, not a rule
    points = 72 / 200
    rules = ocr.raster_rules(image, points)
    assert sorted(
        (rule.orientation, round(rule.top)) for rule in rules if rule.orientation == "h"
    ) == [
        ("h", 36),
        ("h", 108),
        ("h", 180),
    ]
    grids = find_grids(Ruling((0.0, 0.0, 1000 * points, 800 * points), tuple(rules)))
    assert [len(row) for grid in grids for row in grid.rows] == [2, 2]
