"""Limits: each is a keyword of `parse`, refused by name, before the work where it can be.

Files the hostile-input folder cannot hold are made here: a FIFO, symlink loops, a 50 MB
text, a 2,000-page PDF, forms that paint themselves, a zip whose sizes lie, and slow pages
(a monkeypatched page reader) for the wall-clock guard.
"""

from __future__ import annotations

import io
import os
import signal
import struct
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import proforma_parser
from proforma_parser import (
    CorruptSource,
    LimitExceeded,
    PathError,
)
from proforma_parser.limits import Limits, MiB
from proforma_parser.readers.deadline import deadline
from proforma_parser.readers.pdf.engines import PdfEngine
from proforma_parser.readers.pdf.reader import read_pdf
from proforma_parser.readers.word import package as _word_package
from proforma_parser.readers.word import reader as word
from proforma_parser.readers.word.reader import read_docx
from tests.hostile import pdf_stream as stream
from tests.hostile import raw_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PROFORMA_TXT = SAMPLES / "stockton_proforma_numbered.txt"
DOCX = SAMPLES / "docx" / "fernbrook_allotments.flow.docx"
PDF = SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf"


def pdf_of_pages(pages: int, line: str = "Hedge policy adopted.") -> bytes:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842), invariant=1)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 760, f"{line} Page {number}.")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def pdf_with_forms(forms: list[tuple[bytes, bytes]]) -> bytes:
    """One page painting /F0; form i (objects 6, 7, ...) has content and /XObject entries.

    `forms` holds (content, xobject dictionary body) for each form, the dictionary naming
    forms by object number ("/F1 7 0 R").
    """
    page_content = b"BT /H 11 Tf 72 760 Td (Hedge policy adopted.) Tj ET /F0 Do"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /H 5 0 R >> /XObject << /F0 6 0 R >> >> >>",
        stream(page_content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for content, xobjects in forms:
        extra = b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
        extra += b"/Resources << /XObject << %s >> >>" % xobjects
        objects.append(stream(content, extra))
    return raw_pdf(*objects)


def read(data: bytes, engine: PdfEngine = "pdfplumber", **limits: Any) -> Any:
    return read_pdf(
        data, name="limits.pdf", sha256="0" * 64, limits=Limits(**limits), engine=engine
    )


# -- pages and time (PDF) -------------------------------------------------------------------


def test_two_thousand_pages_are_refused_quickly_by_max_pages() -> None:
    data = pdf_of_pages(2000)
    started = time.monotonic()
    with pytest.raises(
        LimitExceeded, match=r"2,000 pages, over the limit of 300 pages \(max_pages\)"
    ):
        proforma_parser.parse(data, name="long.pdf")
    assert time.monotonic() - started < 5


def test_max_pages_is_a_keyword_of_parse() -> None:
    with pytest.raises(LimitExceeded, match=r"3 pages, over the limit of 2 pages \(max_pages\)"):
        proforma_parser.parse(pdf_of_pages(3), name="three.pdf", max_pages=2)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_page_count_understated_in_the_page_tree_is_still_capped(engine: PdfEngine) -> None:
    # The page tree is walked before either engine opens the file: all four pages count.
    data = pdf_of_pages(4).replace(b"/Count 4", b"/Count 1")
    assert b"/Count 1" in data
    with pytest.raises(
        LimitExceeded, match=r"has 4 pages, over the limit of 2 pages \(max_pages\)"
    ):
        read(data, engine, max_pages=2)


def test_tiny_timeout_stops_a_many_page_pdf() -> None:
    data = pdf_of_pages(150)
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match=r"over the limit of 0\.05 s \(timeout\)"):
        read(data, timeout=0.05)
    assert time.monotonic() - started < 5


def _spin(seconds: float) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        pass


def _slow_page(seconds: float) -> Callable[[Any, int], Any]:
    """A page reader that spins for `seconds` inside the page, then reads it."""
    from proforma_parser.readers.pdf.page import extract_page as real

    def slow(page: Any, number: int) -> Any:
        _spin(seconds)  # pure Python, as pdfminer's own loops are
        return real(page, number)

    return slow


def test_alarm_stops_a_loop_inside_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # One page spinning for 10 s: only the alarm, not a between-pages check, can stop it.
    monkeypatch.setattr("proforma_parser.readers.pdf.reader.extract_page", _slow_page(10.0))
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match=r"reading the PDF took over the limit of 0\.2 s"):
        read(pdf_of_pages(1), timeout=0.2)
    assert time.monotonic() - started < 2


class _SlowFinaliser:
    def __del__(self) -> None:
        _spin(0.3)


def test_a_ring_inside_a_finaliser_is_not_lost() -> None:
    # Raised inside __del__, the exception would be printed and dropped ("Exception ignored
    # in ..."; an error under this suite's warning filter): the alarm rings again after it.
    started = time.monotonic()
    with (
        pytest.raises(LimitExceeded, match=r"\(timeout\)"),
        deadline(0.1, name="x.pdf", what="PDF"),
    ):
        _SlowFinaliser()  # dropped at once: its __del__ runs past the budget
        _spin(5)
    assert 0.3 <= time.monotonic() - started < 2


def test_the_alarm_leaves_no_timer_and_the_handler_as_it_was() -> None:
    before = signal.getsignal(signal.SIGALRM)
    document = read(PDF.read_bytes(), timeout=30)
    assert document.pages == 2
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_an_outer_handler_and_timer_are_restored() -> None:
    rang: list[int] = []

    def outer(signum: int, frame: Any) -> None:
        rang.append(signum)

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 50.0)
        read(PDF.read_bytes(), timeout=30)
        assert signal.getsignal(signal.SIGALRM) is outer
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 40.0 < left <= 50.0
        assert rang == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_off_the_main_thread_pages_are_checked_between_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("proforma_parser.readers.pdf.reader.extract_page", _slow_page(0.15))
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            read(pdf_of_pages(6), timeout=0.2)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    before = signal.getsignal(signal.SIGALRM)
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive()
    [error] = outcome
    assert isinstance(error, LimitExceeded)
    assert "(timeout); stopped at page 3" in str(error)
    assert signal.getsignal(signal.SIGALRM) is before


def test_word_reader_is_under_the_same_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    def spin(*args: Any, **kwargs: Any) -> None:
        _spin(10)

    monkeypatch.setattr(word, "walk_blocks", spin)
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match=r"Word document took over .* \(timeout\)"):
        proforma_parser.parse(DOCX, timeout=0.3)
    assert time.monotonic() - started < 3


# -- forms that paint themselves, forms nested deep (PDF) -----------------------------------


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_form_painting_itself_is_corrupt_and_named(engine: PdfEngine) -> None:
    data = pdf_with_forms([(b"/F0 Do", b"/F0 6 0 R")])
    with pytest.raises(CorruptSource, match=r"recursive form XObject paints itself \(/F0 -> /F0\)"):
        read(data, engine)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_two_forms_painting_each_other_are_corrupt(engine: PdfEngine) -> None:
    data = pdf_with_forms([(b"/F1 Do", b"/F1 7 0 R"), (b"/F0 Do", b"/F0 6 0 R")])
    with pytest.raises(CorruptSource, match=r"\(/F0 -> /F1 -> /F0\)"):
        read(data, engine)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_forms_sharing_resources_without_painting_themselves_are_read(engine: PdfEngine) -> None:
    # Each form can name the other, as shared resource dictionaries do, but paints nothing.
    data = pdf_with_forms([(b"0 0 m", b"/F1 7 0 R"), (b"0 0 m", b"/F0 6 0 R")])
    document = read(data, engine)
    assert [block.text for block in document.blocks] == ["Hedge policy adopted."]


def test_forms_nested_deeper_than_max_nesting_are_refused() -> None:
    # Five forms, each painting the next; the page's own dictionaries nest 3 deep.
    chain = [(b"/F%d Do" % (n + 1), b"/F%d %d 0 R" % (n + 1, n + 7)) for n in range(5)]
    data = pdf_with_forms([*chain, (b"0 0 m", b"")])
    assert [block.text for block in read(data).blocks] == ["Hedge policy adopted."]
    with pytest.raises(
        LimitExceeded, match=r"form XObjects nest 4 deep, over the limit of 3 \(max_nesting\)"
    ):
        read(data, max_nesting=3)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_objects_nested_deeper_than_max_nesting_are_refused(engine: PdfEngine) -> None:
    data = pdf_with_forms([(b"0 0 m", b"")])
    assert [block.text for block in read(data, engine).blocks] == ["Hedge policy adopted."]
    with pytest.raises(
        LimitExceeded,
        match=r"object 3 of the PDF nests arrays and dictionaries 3 deep, over the limit of 2",
    ):
        read(data, engine, max_nesting=2)


def _page_with(extra_object: bytes) -> bytes:
    """A one-page PDF of one line, and one more object (6) that nothing on the page uses."""
    content = b"BT /H 11 Tf 72 760 Td (Hedge policy adopted.) Tj ET"
    return raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /H 5 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        extra_object,
    )


def test_bomb_outside_the_pages_is_refused_before_opening() -> None:
    # An object stream (or a font) is inflated by pdfminer wherever it is met.
    bomb = zlib.compress(b" " * 200_000, 9)
    data = _page_with(stream(bomb, b"/Type /ObjStm /N 0 /First 0 /Filter /FlateDecode"))
    assert [block.text for block in read(data).blocks] == ["Hedge policy adopted."]
    with pytest.raises(LimitExceeded, match=r"inflates to over 100,000 bytes.*\(max_part_bytes\)"):
        read(data, max_part_bytes=100_000)


def test_large_image_is_not_inflated_to_read_text() -> None:
    image = zlib.compress(b"\x80" * 200_000, 9)
    extra = b"/Type /XObject /Subtype /Image /Width 400 /Height 500 /ColorSpace /DeviceGray "
    extra += b"/BitsPerComponent 8 /Filter /FlateDecode"
    document = read(_page_with(stream(image, extra)), max_part_bytes=100_000)
    assert [block.text for block in document.blocks] == ["Hedge policy adopted."]


def test_wrong_xref_offsets_are_repaired_by_scanning() -> None:
    good = pdf_of_pages(1)
    table = good.rindex(b"\nxref")
    shifted = good[:table] + good[table:].replace(b" 00000 n", b" 00000 x")
    fixed = []
    for line in shifted[table:].split(b"\n"):
        if line.endswith(b" 00000 x "):
            line = b"%010d 00000 n " % (int(line[:10]) + 37)
        fixed.append(line)
    broken = shifted[:table] + b"\n".join(fixed)
    assert broken != good and len(broken) == len(good)
    document = read(broken)
    assert [block.text for block in document.blocks] == ["Hedge policy adopted. Page 1."]


# -- Word packages ---------------------------------------------------------------------------


def rezip(source: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    """`source` with each part passed through `change` (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def read_word(data: bytes, **limits: Any) -> Any:
    return read_docx(data, name="limits.docx", sha256="0" * 64, limits=Limits(**limits))


def test_max_part_bytes_is_a_keyword_of_parse() -> None:
    message = r"inflates to [\d,]+ bytes, over the limit of 2,000 bytes \(max_part_bytes"
    with pytest.raises(LimitExceeded, match=message):
        proforma_parser.parse(DOCX, max_part_bytes=2000)


def test_max_decompressed_bytes_is_a_keyword_of_parse() -> None:
    message = r"over the limit of 20,000 bytes \(max_decompressed_bytes\)"
    with pytest.raises(LimitExceeded, match=message):
        proforma_parser.parse(DOCX, max_decompressed_bytes=20_000)


def test_highly_compressed_part_is_refused_by_max_compression_ratio() -> None:
    package = io.BytesIO(DOCX.read_bytes())
    with zipfile.ZipFile(package, "a") as archive:
        archive.writestr("word/padding.xml", b" " * (2 << 20), compress_type=zipfile.ZIP_DEFLATED)
    padded = package.getvalue()
    with pytest.raises(
        LimitExceeded,
        match=r"word/padding.xml is compressed [\d,]+ to 1, over the limit of 200 to 1 \(max_compression_ratio",
    ):
        proforma_parser.parse(padded, name="padded.docx")
    with pytest.raises(LimitExceeded, match=r"over the limit of 50 to 1 \(max_compression_ratio"):
        proforma_parser.parse(padded, name="padded.docx", max_compression_ratio=50)


def _patch_declared_size(data: bytes, part: bytes, size: int) -> bytes:
    """Make the zip's local header and central directory claim `size` for `part`."""
    out = bytearray(data)
    for signature, size_at, name_length_at, name_at in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        at = out.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", out, at + name_length_at)
            if out[at + name_at : at + name_at + length] == part:
                struct.pack_into("<I", out, at + size_at, size)
            at = out.find(signature, at + 4)
    return bytes(out)


def test_part_whose_header_understates_its_size_cannot_inflate_past_it() -> None:
    grown = rezip(
        DOCX.read_bytes(),
        lambda name, data: data + b" " * (40 << 20) if name == "word/document.xml" else data,
    )
    lying = _patch_declared_size(grown, b"word/document.xml", 4000)
    started = time.monotonic()
    with pytest.raises(CorruptSource, match="Bad CRC-32") as caught:
        proforma_parser.parse(lying, name="lying.docx")
    assert isinstance(caught.value.__cause__, zipfile.BadZipFile)
    assert time.monotonic() - started < 5


def test_part_count_is_read_from_the_end_record_before_the_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = DOCX.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = len(archive.infolist())
    assert _word_package._declared_parts(data) == parts

    def no_directory(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the zip directory was read")

    monkeypatch.setattr(_word_package, "MAX_PARTS", parts - 1)
    monkeypatch.setattr("zipfile.ZipFile", no_directory)
    with pytest.raises(
        LimitExceeded, match=rf"has {parts} parts, over the limit of {parts - 1} parts"
    ):
        read_word(data)


def _nested_tables(depth: int) -> bytes:
    import docx

    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for level in range(depth):
        cell.paragraphs[0].text = f"level {level}"
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "innermost"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_tables_nested_deeper_than_max_nesting_are_refused() -> None:
    data = _nested_tables(6)
    assert [block.text for block in read_word(data).blocks][-1] == "innermost"
    with pytest.raises(
        LimitExceeded, match=r"nest \d+ elements deep, over the limit of 12 \(max_nesting\)"
    ):
        read_word(data, max_nesting=12)


# -- paths ------------------------------------------------------------------------------------


def _parse_in_thread(path: Path) -> BaseException | None:
    """Parse `path` on a daemon thread; a blocked open() fails the test instead of hanging."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            proforma_parser.parse(path)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=5)
    assert not thread.is_alive(), f"parsing {path.name} blocked"
    return outcome[0]


def test_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    error = _parse_in_thread(fifo)
    assert isinstance(error, PathError)
    assert str(error) == f"{fifo}: not a regular file (a FIFO)"


@pytest.fixture
def links(tmp_path: Path) -> Iterator[dict[str, Path]]:
    loop_a, loop_b = tmp_path / "a.txt", tmp_path / "b.txt"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    yield {"loop": loop_a, "dangling": dangling, "directory": tmp_path}


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("loop", r"a\.txt: cannot be read \(Too many levels of symbolic links\)"),
        ("dangling", r"gone\.txt: no such file"),
        ("directory", r": not a regular file \(a directory\)"),
    ],
)
def test_paths_that_are_not_files_are_path_errors(
    links: dict[str, Path], kind: str, message: str
) -> None:
    error = _parse_in_thread(links[kind])
    assert isinstance(error, PathError)
    assert regex.search(message, str(error))


def test_unreadable_file_is_a_path_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # CI runs as root, for whom chmod 000 changes nothing: open() is made to refuse instead.
    path = tmp_path / "locked.txt"
    path.write_bytes(PROFORMA_TXT.read_bytes())
    import proforma_parser.readers as readers

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(readers, "open", refuse, raising=False)
    with pytest.raises(
        PathError, match=r"locked\.txt: cannot be read \(Permission denied\)"
    ) as caught:
        proforma_parser.parse(path)
    assert isinstance(caught.value.__cause__, PermissionError)


@pytest.fixture(scope="module")
def fifty_megabytes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = PROFORMA_TXT.read_bytes()
    path = tmp_path_factory.mktemp("big") / "big.txt"
    with path.open("wb") as out:
        out.write(text)
        # Paragraphs of ten sentences: a long report pasted in, 80,000 lines in all.
        sentence = b"Further background is set out in the appendix to the report. "
        filler = (sentence * 10 + b"\n") * 100
        while out.tell() < 50_000_000:
            out.write(filler)
    return path


def test_fifty_megabytes_of_text_are_refused_at_once_by_max_text_bytes(
    fifty_megabytes: Path,
) -> None:
    # Under max_bytes (100 MB), over max_text_bytes (8 MiB): refused before decoding.
    started = time.monotonic()
    with pytest.raises(
        LimitExceeded,
        match=r"big\.txt: 5[\d,]+ bytes of plain text is over the limit of 8,388,608 bytes "
        r"for text \(max_text_bytes\)",
    ):
        proforma_parser.parse(fifty_megabytes)
    assert time.monotonic() - started < 5


def test_text_under_max_text_bytes_is_parsed_within_five_seconds(tmp_path: Path) -> None:
    # The proforma at its head, a pasted report of 7 MiB running on in its last section.
    path = tmp_path / "long.txt"
    sentence = b"Further background is set out in the appendix to the report. "
    filler = (sentence * 10 + b"\n") * 100
    path.write_bytes(PROFORMA_TXT.read_bytes() + filler * (7 * MiB // len(filler)))
    started = time.monotonic()
    record = proforma_parser.parse(path)
    assert time.monotonic() - started < 5
    assert record.title == proforma_parser.parse(PROFORMA_TXT).title
    assert record.source.size == path.stat().st_size > 6 * MiB
    assert record.sections[-1].text.endswith("set out in the appendix to the report.")


def test_max_text_bytes_is_lifted_through_limits(fifty_megabytes: Path) -> None:
    from proforma_parser.readers import read_source

    document = read_source(fifty_megabytes, limits=Limits(max_text_bytes=60_000_000))
    assert document.format == "text"
    assert document.size >= 50_000_000


def test_over_max_bytes_is_refused_before_the_file_is_opened(
    fifty_megabytes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import proforma_parser.readers as readers

    opened: list[Any] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        opened.append(args)
        raise AssertionError("the file was opened")

    monkeypatch.setattr(readers, "open", spy, raising=False)
    with pytest.raises(
        LimitExceeded,
        match=r"big\.txt: [\d,]+ bytes is over the limit of 10,000,000 bytes \(max_bytes\)",
    ):
        proforma_parser.parse(fifty_megabytes, max_bytes=10_000_000)
    assert opened == []


# -- the time budget scaled to the document ---------------------------------------------------


def test_the_default_time_budget_is_scaled_to_the_document() -> None:
    limits = Limits()
    assert limits.timeout == 0  # AUTO: scaled
    assert limits.time_budget(100 * 1024, pages=2) == pytest.approx(2.0 + 2 * 0.5 + 100 / 1024)
    assert limits.time_budget(30 * MiB, pages=300) == pytest.approx(2.0 + 150.0 + 30.0)
    assert Limits(timeout=7.0).time_budget(30 * MiB, pages=300) == 7.0


def _slow_pdfium_page(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    from proforma_parser.readers.pdf import pdfium as _pdf_pdfium
    from proforma_parser.readers.pdf.words import words_from_glyphs as real

    def slow(glyphs: Any) -> Any:
        _spin(seconds)
        return real(glyphs)

    monkeypatch.setattr(_pdf_pdfium, "words_from_glyphs", slow)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_the_budget_grows_once_the_pages_are_counted(
    monkeypatch: pytest.MonkeyPatch, engine: PdfEngine
) -> None:
    # A base of 0.05 s would be spent by two slow pages; a second a page covers them.
    if engine == "pdfium":
        _slow_pdfium_page(monkeypatch, 0.1)
    else:
        monkeypatch.setattr("proforma_parser.readers.pdf.reader.extract_page", _slow_page(0.1))
    data = pdf_of_pages(2)
    scaled = {"timeout_base": 0.05, "timeout_per_page": 1.0, "timeout_per_mib": 0.0}
    document = read(data, engine, **scaled)
    assert [block.text for block in document.blocks][:1] == ["Hedge policy adopted. Page 1."]
    started = time.monotonic()
    with pytest.raises(
        LimitExceeded,
        match=r"^limits\.pdf: reading the PDF took over its time budget of 0\.07 s \(timeout: "
        r"by default timeout_base, plus timeout_per_page for each page",
    ):
        read(data, engine, **{**scaled, "timeout_per_page": 0.01})
    assert time.monotonic() - started < 2


def test_the_readme_lists_every_limit() -> None:
    import dataclasses

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Limits") : readme.index("### Odd but readable")]
    listed = regex.findall(r"^\| `(\w+)`", table, flags=regex.M)
    assert listed == [field.name for field in dataclasses.fields(Limits)]


def test_a_deadline_never_raises_inside_a_garbage_collectors_callback() -> None:
    """A ring that lands in a `gc.callbacks` function (a test framework times collections)
    would be printed and dropped there: it is left to the next ring, as in a `__del__`."""
    import gc
    import sys

    from proforma_parser.readers.deadline import _in_finaliser

    seen: list[bool] = []

    def timer(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and not seen:
            seen.append(_in_finaliser(sys._getframe()))

    gc.callbacks.append(timer)
    try:
        gc.collect()
    finally:
        gc.callbacks.remove(timer)
    assert seen == [True]
    assert _in_finaliser(sys._getframe()) is False
