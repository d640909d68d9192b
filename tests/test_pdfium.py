"""The pdfium engine: the same records as pdfplumber's, its errors translated by one table.

Every PDF of samples/pdf, and where ../shared is present every rendering of the corpus, is
parsed by both engines and the records' fields compared; where an engine is known to read
a file differently, ENGINE_DIFFERENCES says why (and an entry that no longer differs fails,
so the table cannot go stale).
"""

from __future__ import annotations

import builtins
import inspect
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
import regex

import proforma_parser
from proforma_parser.errors import CorruptSource, EncryptedSource, LimitExceeded, ProformaError
from proforma_parser.limits import DEFAULT_LIMITS
from proforma_parser.readers.deadline import Deadline
from proforma_parser.readers.engine_errors import caught
from proforma_parser.readers.pdf import pdfium as _pdf_pdfium
from proforma_parser.readers.pdf.page import SYMBOL_BULLET, RawPage, Tally
from proforma_parser.readers.pdf.pdfium import pdfium_pages, translate
from proforma_parser.readers.pdf.reader import _raw_pages
from tests.conftest import SAMPLES, SHARED

RENDERED = SHARED / "corpus" / "dev" / "rendered"
PDFS = sorted((SAMPLES / "pdf").glob("*.pdf")) + sorted(RENDERED.glob("*.pdf"))

FIELDS = (
    "title",
    "decision_date",
    "resolutions",
    "reasons",
    "call_in",
    "authority",
    "decision_maker",
    "published_on",
    "effective_from",
    "sections",
)

ENGINE_DIFFERENCES: dict[str, str] = {}
"""File name -> why the engines' records differ. None do at present: pdfium's line-end
hyphen (U+0002) is read as the "-" it is, its inferred spaces are dropped, and its
characters are placed on pdfminer's one-em boxes (see _pdf_pdfium)."""


_SYMBOL_BULLETS = (
    "pdfminer finds no Unicode for the three bullets of the Symbol font ('(cid:N)', turned "
    "into bullets and reported as an 'encoding' defect); pdfium maps them to '•', no defect"
)
DEFECT_DIFFERENCES: dict[str, tuple[str, str]] = {
    f"fernbrook_allotments.{layout}.pdf": ("encoding", _SYMBOL_BULLETS)
    for layout in ("flow", "table", "unruled")
}
"""File name -> (the defect code only pdfplumber's reading carries, why): pdfium, the
default engine, reads these glyphs right; every other field is the same."""


def outcome(path: Path, engine: str) -> dict[str, Any]:
    """The record's compared fields and defect codes, or the error's type."""
    try:
        record = proforma_parser.parse(path, pdf_engine=engine)  # type: ignore[arg-type]
    except ProformaError as error:
        return {"error": type(error).__name__}
    fields = record.model_dump(mode="json", include=set(FIELDS))
    return {**fields, "defects": sorted(defect.code for defect in record.defects)}


@pytest.mark.parametrize("path", PDFS, ids=[path.name for path in PDFS])
def test_both_engines_give_the_same_record(path: Path) -> None:
    pdfplumber, pdfium = outcome(path, "pdfplumber"), outcome(path, "pdfium")
    if path.name in ENGINE_DIFFERENCES:
        assert pdfplumber != pdfium, f"{path.name} no longer differs: drop it from the table"
        return
    if path.name in DEFECT_DIFFERENCES:
        code, _ = DEFECT_DIFFERENCES[path.name]
        assert code in pdfplumber["defects"]
        pdfplumber["defects"].remove(code)
    assert pdfium == pdfplumber


def test_the_corpus_renderings_are_compared_where_present() -> None:
    assert len(PDFS) >= 3
    if RENDERED.is_dir():
        assert len(PDFS) > 100


def raw_pages(path: Path, engine: str) -> list[RawPage]:
    data = path.read_bytes()
    clock = Deadline(60.0, name=path.name, what="PDF")
    tally = Tally()
    if engine == "pdfium":
        return list(
            pdfium_pages(data, name=path.name, tally=tally, limits=DEFAULT_LIMITS, clock=clock)
        )
    return list(_raw_pages(data, path.name, tally, DEFAULT_LIMITS, clock))


def test_the_engines_place_words_and_ruled_cells_alike() -> None:
    """The ruled sample: the same words within a quarter point, the same table cells."""
    path = SAMPLES / "pdf" / "fernbrook_allotments.table.pdf"
    [plumber], [pdfium] = raw_pages(path, "pdfplumber"), raw_pages(path, "pdfium")
    assert (pdfium.width, pdfium.height) == pytest.approx((plumber.width, plumber.height))
    # pdfminer gives the Symbol font's bullet as its private-use code point, pdfium as "•";
    # the paragraphs turn the one into the other.
    their_texts = [w.text.replace(SYMBOL_BULLET, "•") for w in plumber.words]
    assert SYMBOL_BULLET in "".join(w.text for w in plumber.words)
    assert [w.text for w in pdfium.words] == their_texts
    for ours, theirs in zip(pdfium.words, plumber.words, strict=True):
        # pdfminer finds no width for that bullet in the sample's Symbol font (x1 == x0).
        their_x1 = theirs.x1 if theirs.text != SYMBOL_BULLET else ours.x1
        assert (ours.x0, ours.x1) == pytest.approx((theirs.x0, their_x1), abs=0.25)
        # pdfium's descent comes from the font's box, pdfminer's from its descriptor.
        assert (ours.top, ours.bottom) == pytest.approx((theirs.top, theirs.bottom), abs=0.5)
    assert len(plumber.grids) == 1
    assert len(pdfium.grids) == len(plumber.grids)
    for ours_grid, their_grid in zip(pdfium.grids, plumber.grids, strict=True):
        assert len(ours_grid.rows) == len(their_grid.rows) > 3
        ours_cells = [box for row in ours_grid.rows for box in row]
        their_cells = [box for row in their_grid.rows for box in row]
        assert [box is None for box in ours_cells] == [box is None for box in their_cells]
        for mine, their_box in zip(ours_cells, their_cells, strict=True):
            if mine is not None and their_box is not None:
                assert mine == pytest.approx(their_box, abs=0.5)
    assert (pdfium.chars, pdfium.cid_chars, pdfium.images) == (plumber.chars, 0, 0)


def test_an_unknown_engine_is_refused_before_the_source_is_read(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown PDF engine 'pdfminer'"):
        proforma_parser.parse(tmp_path / "missing.pdf", pdf_engine="pdfminer")  # type: ignore[arg-type]


# The engine's functions that call pdfium: what each can raise must be in pdfium's row.
CALLED: tuple[Callable[..., Any], ...] = (
    # The engine calls pdfium's functions directly (pypdfium2.raw, which raise only
    # ctypes.ArgumentError) and raises pypdfium2's PdfiumError itself where pdfium fails.
    _pdf_pdfium._open,
    _pdf_pdfium._read_page,
    _pdf_pdfium._media_box,
)
_RAISE_RE = regex.compile(r"\braise\s+([A-Za-z_][\w.]*)")


def raised_types(function: Callable[..., Any]) -> set[type[BaseException]]:
    found = set()
    for name in _RAISE_RE.findall(inspect.getsource(function)):
        head, *rest = name.split(".")
        value: Any = function.__globals__.get(head, getattr(builtins, head, None))
        for part in rest:
            value = getattr(value, part, None)
        if isinstance(value, type) and issubclass(value, BaseException):
            found.add(value)
    return found


def test_every_exception_the_engine_can_raise_is_in_pdfiums_row() -> None:
    raised = set().union(*(raised_types(function) for function in CALLED))
    assert pypdfium2.PdfiumError in raised  # the scan sees the engine's own raises
    foreign = {kind for kind in raised if not issubclass(kind, ProformaError)}  # ours pass
    unmapped = {kind for kind in foreign if not issubclass(kind, caught("pdfium"))}
    assert not unmapped
    # The raw ctypes calls (FPDFText_GetUnicode, ...) raise only ctypes.ArgumentError.
    assert issubclass(__import__("ctypes").ArgumentError, caught("pdfium"))


@pytest.mark.parametrize(
    ("exc", "expected", "words"),
    [
        (
            pypdfium2.PdfiumError("bad", err_code=pdfium_c.FPDF_ERR_PASSWORD),
            EncryptedSource,
            "needs a password",
        ),
        (
            pypdfium2.PdfiumError("bad", err_code=pdfium_c.FPDF_ERR_SECURITY),
            EncryptedSource,
            "security handler",
        ),
        (
            pypdfium2.PdfiumError("Failed to load page."),
            CorruptSource,
            "(Failed to load page.)",
        ),
        (MemoryError(), CorruptSource, "more memory"),
        (IndexError("out"), CorruptSource, "IndexError: out"),
        (KeyError("odd"), CorruptSource, "KeyError: 'odd'"),
    ],
    ids=["password", "security", "page", "memory", "index", "key"],
)
def test_engine_errors_are_translated_naming_the_whole_path(
    exc: BaseException, expected: type[ProformaError], words: str
) -> None:
    error = translate(exc, "/archive/2020/decision.pdf", password=None)
    assert type(error) is expected
    assert str(error).startswith("/archive/2020/decision.pdf: ")
    assert words in str(error)


def test_a_wrong_password_is_named_as_such() -> None:
    exc = pypdfium2.PdfiumError("bad", err_code=pdfium_c.FPDF_ERR_PASSWORD)
    error = translate(exc, "a.pdf", password="guess")
    assert str(error) == "a.pdf: the password given does not open the PDF"


def test_forms_nested_past_the_limit_are_refused() -> None:
    objects = _pdf_pdfium._Objects(
        frame=_pdf_pdfium._Frame(left=0.0, top=842.0), name="/a/b.pdf", max_nesting=3
    )
    objects._check_depth(3)
    with pytest.raises(LimitExceeded, match=r"^/a/b\.pdf: form XObjects nest 4 deep"):
        objects._check_depth(4)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ((10.0, 700.0), (200.0, 700.0), (10.0, 700.0, 200.0, 700.0, "h")),
        ((200.0, 700.0), (10.0, 700.004), (10.0, 700.0, 200.0, 700.0, "h")),
        ((50.0, 100.0), (50.0, 20.0), (50.0, 20.0, 50.0, 100.0, "v")),
        ((0.0, 0.0), (10.0, 10.0), None),
        ((5.0, 5.0), (5.0, 5.0), None),
    ],
    ids=["level", "backwards-jitter", "upright", "slanted", "a-point"],
)
def test_straight_segments_become_rules(
    start: tuple[float, float], end: tuple[float, float], expected: tuple[Any, ...] | None
) -> None:
    rule = _pdf_pdfium._rule(start, end)
    got = None if rule is None else (rule.x0, rule.top, rule.x1, rule.bottom, rule.orientation)
    assert got == (None if expected is None else pytest.approx(expected))


def test_matrices_compose_inner_first() -> None:
    # A form scaled by 2, placed by a cm at (100, 50): the form's point (1, 1) is (102, 52).
    placed = _pdf_pdfium._compose((2.0, 0.0, 0.0, 2.0, 0.0, 0.0), (1.0, 0.0, 0.0, 1.0, 100, 50))
    assert _pdf_pdfium._apply(placed, (1.0, 1.0)) == (102.0, 52.0)
    # Translating first and scaling after scales the translation too.
    scaled = _pdf_pdfium._compose((1.0, 0.0, 0.0, 1.0, 10.0, 0.0), (3.0, 0.0, 0.0, 3.0, 0, 0))
    assert _pdf_pdfium._apply(scaled, (0.0, 0.0)) == (30.0, 0.0)


def test_the_time_limit_stops_the_pdfium_engine_inside_a_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Only the alarm can stop work inside one page; pdfium's own calls are not interrupted,
    # but the Python between them (the word rule here) is.
    from proforma_parser.readers.pdf.words import words_from_glyphs as real

    def slow(glyphs: Any) -> Any:
        until = time.monotonic() + 10.0
        while time.monotonic() < until:
            pass
        return real(glyphs)

    monkeypatch.setattr(_pdf_pdfium, "words_from_glyphs", slow)
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match=r"took over the limit of 0\.2 s \(timeout\)"):
        proforma_parser.parse(
            SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf", timeout=0.2, pdf_engine="pdfium"
        )
    assert time.monotonic() - started < 2


def test_threads_reading_with_pdfium_at_once_get_the_records_one_reads_alone() -> None:
    # pdfium is not thread-safe; the engine lets one document through at a time.
    files = sorted((SAMPLES / "pdf").glob("*.pdf")) * 4
    alone = [outcome(path, "pdfium") for path in files]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda path: outcome(path, "pdfium"), files))
    assert together == alone
    assert all(result["title"] == "Allotment Rents and Water Charges 2024/25" for result in alone)


def lzw_run_of_spaces(codes: int) -> bytes:
    """PDF LZW (early change) of a run of spaces: each code stands for one more space than
    the last, so `codes` codes decode to about codes**2 / 2 bytes until the table fills."""
    out, buffer, held = bytearray(), 0, 0

    def emit(code: int, width: int) -> None:
        nonlocal buffer, held
        buffer, held = (buffer << width) | code, held + width
        while held >= 8:
            held -= 8
            out.append((buffer >> held) & 0xFF)
        buffer &= (1 << held) - 1

    width, next_code, started = 9, 258, False
    emit(256, width)
    for _ in range(codes):
        if not started:
            emit(0x20, width)
            started = True
            continue
        emit(next_code, width)  # the code being defined: the last string plus its first byte
        next_code += 1
        if next_code + 1 >= 1 << width:
            width += 1
        if next_code >= 4094:
            emit(256, width)
            width, next_code, started = 9, 258, False
    emit(257, width)
    if held:
        emit(0, 8 - held)
    return bytes(out)


def lzw_pdf(stream: bytes) -> bytes:
    from tests.hostile import raw_pdf

    return raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /LZWDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    )


def test_the_guard_decodes_lzw_as_pdfminer_does() -> None:
    from pdfminer.lzw import lzwdecode

    from proforma_parser.readers.pdf.guard import _lzw_bounded

    stream = lzw_run_of_spaces(3000)
    decoded = _lzw_bounded(stream, 10**8, "a.pdf")
    assert decoded == lzwdecode(stream)
    assert len(decoded) > 4_000_000


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_an_lzw_bomb_is_refused_by_either_engine(engine: str) -> None:
    data = lzw_pdf(lzw_run_of_spaces(3000))  # 4 KB of codes, 4.5 MB of spaces
    with pytest.raises(LimitExceeded, match=r"^bomb\.pdf: a compressed stream decodes to over"):
        proforma_parser.parse(data, name="bomb.pdf", pdf_engine=engine, max_part_bytes=1 << 20)  # type: ignore[arg-type]


BOMB_CHILD = r"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
import proforma_parser
try:
    proforma_parser.parse(sys.argv[1], pdf_engine="pdfium")
except proforma_parser.ProformaError as error:
    print(type(error).__name__)
"""


def _outcome_in_capped_child(path: Path) -> str:
    """What BOMB_CHILD printed for `path`; the child must end normally (no SIGABRT)."""
    done = subprocess.run(
        [sys.executable, "-c", BOMB_CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_a_gigabyte_lzw_bomb_does_not_abort_the_interpreter(tmp_path: Path) -> None:
    # 4 MB of codes that decode to gigabytes: pdfium, unguarded, aborted (SIGABRT) here.
    path = tmp_path / "lzw_bomb.pdf"
    path.write_bytes(lzw_pdf(lzw_run_of_spaces(3_000_000)))
    assert _outcome_in_capped_child(path) == "LimitExceeded"


def flate_zeros(blocks: int) -> bytes:
    """Deflate of `blocks` x 16 MiB of zeros, made in a moment: after a sync flush each
    further block compresses to the same bytes, so one is repeated."""
    compressor, block = zlib.compressobj(9), bytes(1 << 24)
    first = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    again = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return first + again * (blocks - 2) + compressor.compress(block) + compressor.flush()


def inline_image_pdf(data: bytes) -> bytes:
    from tests.hostile import raw_pdf

    content = (
        b"BT /F1 12 Tf 72 700 Td (Decision) Tj ET q 100 0 0 100 72 500 cm "
        b"BI /W 65536 /H 65536 /BPC 8 /CS /G /F /Fl ID " + data + b" EI Q"
    )
    return raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_an_inline_image_bomb_is_refused_by_either_engine(engine: str) -> None:
    data = inline_image_pdf(flate_zeros(3))  # 48 KiB inflating to 48 MiB
    with pytest.raises(LimitExceeded, match=r"^inline\.pdf: a compressed stream inflates"):
        proforma_parser.parse(data, name="inline.pdf", pdf_engine=engine, max_part_bytes=1 << 20)  # type: ignore[arg-type]


def test_a_gigabyte_inline_image_does_not_abort_the_interpreter(tmp_path: Path) -> None:
    # pdfium inflates an inline image while parsing the page; unguarded, this aborted here.
    path = tmp_path / "inline_bomb.pdf"
    path.write_bytes(inline_image_pdf(flate_zeros(192)))  # 3 MB inflating to 3 GiB
    assert _outcome_in_capped_child(path) == "LimitExceeded"
