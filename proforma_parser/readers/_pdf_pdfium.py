"""The pdfium engine: pypdfium2 says where each character and rule is, 15 times faster.

It yields the same RawPage the pdfplumber engine does, so lines, ruled and unruled tables,
furniture and page numbers are found by the same code (_pdf_layout and on). What it has to
match is pdfminer's geometry, which the layout rules were tuned on:

- a character's box is one font size tall, standing on the font's descent below the
  baseline (pdfium's "loose" box is as wide, but as tall as the font's whole ascent and
  descent, and its tight box hugs the glyph, so "." would be a line of its own);
- characters pdfium makes up (the space it infers between words, "\\r\\n" at a line end)
  are dropped: pdfplumber never sees them, and the word rule splits at gaps by itself;
- rules are the straight segments of stroked or filled paths, inside forms too, in
  page coordinates from the top-left corner.

pdfium is C++: a fault there is not an exception but the end of the process (a flate bomb
aborted the interpreter in an earlier probe). So nothing reaches it unguarded: the file's
streams are checked first (_pdf_guard.check_file_streams), the page count before any page
is loaded, and form nesting (against max_nesting) while the page's objects are walked. What pypdfium2 raises is
translated by one table, ENGINE_ERRORS. Nor is pdfium safe to call from two threads at
once (pypdfium2 says so): one lock per process lets one document through at a time, so a
caller's thread pool is slower, never crashed.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

from ..errors import CorruptSource, EmptySource, EncryptedSource, LimitExceeded, ProformaError
from ..limits import Limits
from ._pdf_deadline import Deadline
from ._pdf_engines import password_refused
from ._pdf_page import CID_RE, Char, RawPage, Rule, Ruling, Tally, find_grids, words_from_chars

_FLAT = 0.01
"""Points within which a segment's ends count as level (a rule) rather than slanted."""
_LINE_END_HYPHEN = 0x02
"""What FPDFText_GetUnicode gives for a "-" it takes for a hyphen at a line's end: the
"-" of "pre-\nCovid-19" in a South Somerset record. It is the glyph "-" on the page."""

_LOAD_ERRORS = {
    pdfium_c.FPDF_ERR_UNKNOWN: "unknown error",
    pdfium_c.FPDF_ERR_FILE: "file not found or unreadable",
    pdfium_c.FPDF_ERR_FORMAT: "not a PDF, or damaged",
    pdfium_c.FPDF_ERR_PASSWORD: "password required or incorrect",
    pdfium_c.FPDF_ERR_SECURITY: "unsupported security scheme",
    pdfium_c.FPDF_ERR_PAGE: "page not found or content error",
}
"""pdfium's reasons for refusing to load a document (FPDF_GetLastError)."""

_ONE_AT_A_TIME = threading.RLock()
"""Held while a document is open: pdfium's state is global to the process."""

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def pdfium_pages(
    data: bytes, *, name: str | None, tally: Tally, limits: Limits, clock: Deadline
) -> Iterator[RawPage]:
    """Each page's words and tables, read by pdfium, each page closed once copied out.

    The caller has checked the file's streams (check_file_streams) before this opens it.
    Whatever pypdfium2 raises is translated here (ENGINE_ERRORS); the caller's own work on
    each page runs in its own frame, outside this try.
    """
    with _ONE_AT_A_TIME:
        try:
            document = _open(data, tally.password, name)
            try:
                yield from _pages(document, name=name, tally=tally, limits=limits, clock=clock)
            finally:
                document.close()
        except ProformaError:
            raise
        except Exception as exc:
            raise translate(exc, name, password=tally.password) from exc


def _open(data: bytes, password: str | None, name: str | None) -> Any:
    """The document, opened from `data` (which the caller keeps alive until it is closed).

    Not through PdfDocument(data): for a file of no pages it raises with pdfium's last
    error, which a document that opened leaves as it was, so a blank file read after an
    encrypted one came out as "encrypted". Here a failed open and an empty one are apart.
    """
    secret = (password + "\x00").encode("utf-8") if password else None
    handle = pdfium_c.FPDF_LoadMemDocument64(data, len(data), secret)
    if not handle:
        code = pdfium_c.FPDF_GetLastError()
        reason = _LOAD_ERRORS.get(code, f"error {code}")
        raise pypdfium2.PdfiumError(f"pdfium cannot load it: {reason}", code)
    document = pypdfium2.PdfDocument(handle)
    if len(document) < 1:
        document.close()
        raise EmptySource("the PDF has no pages", path=name)
    return document


def _pages(
    document: Any, *, name: str | None, tally: Tally, limits: Limits, clock: Deadline
) -> Iterator[RawPage]:
    tally.encrypted = pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1
    count = len(document)
    _check_pages(count, limits.max_pages, name)
    for index in range(count):
        clock.check(f"page {index + 1}")
        raw = _read_page(document, index, name=name, limits=limits)
        tally.count(raw)
        yield raw


def _read_page(document: Any, index: int, *, name: str | None, limits: Limits) -> RawPage:
    page = document.get_page(index)
    try:
        left, bottom, right, top = _media_box(page)
        frame = _Frame(left=left, top=top)
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, frame)
        finally:
            textpage.close()
        objects = _Objects(frame=frame, name=name, max_nesting=limits.max_nesting)
        objects.walk_page(page)
    finally:
        page.close()
    width, height = right - left, top - bottom
    cids = sum(1 for char in chars if CID_RE.fullmatch(char.text))
    rules = tuple(objects.rules)
    return RawPage(
        number=index + 1,
        width=width,
        height=height,
        words=tuple(words_from_chars(chars)),
        grids=tuple(find_grids(Ruling((0.0, 0.0, width, height), rules))) if rules else (),
        chars=len(chars),
        cid_chars=cids,
        images=objects.images,
    )


def _media_box(page: Any) -> tuple[float, float, float, float]:
    """The MediaBox pdfplumber measures from, inherited from the page tree if need be.

    pdfium's FPDFPage_GetMediaBox reads only the page's own entry (crbug.com/pdfium/1786)
    and falls back to US Letter: "/Pages << /MediaBox [0 0 595 842] >>" would read as
    612 x 792 and every top 50pt too high. Its page bounding box is inherited (the
    CropBox within the MediaBox), and the same box unless a CropBox is set.
    """
    own = page.get_mediabox(fallback_ok=False)
    box = own if own is not None else page.get_bbox()
    left, bottom, right, top = box
    return float(left), float(bottom), float(right), float(top)


@dataclass(frozen=True, slots=True)
class _Frame:
    """The media box's top-left corner, where pdfplumber's coordinates start."""

    left: float
    top: float

    def x(self, x: float) -> float:
        return x - self.left

    def y(self, y: float) -> float:
        return self.top - y


def _chars(textpage: Any, frame: _Frame) -> list[Char]:
    chars = []
    box = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    for index in range(textpage.count_chars()):
        if pdfium_c.FPDFText_IsGenerated(textpage, index) == 1:
            continue  # a space or line break pdfium inferred; pdfminer has no such glyph
        text = _char_text(textpage, index)
        if not text:
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, box)
        pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)
        # The font size scaled as the glyph is drawn: "/F1 1 Tf 12 0 0 12 72 700 Tm" sets
        # 12pt type at size 1, and pdfium's font size is the 1.
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) * math.hypot(matrix.c, matrix.d)
        bottom = frame.y(box.bottom)
        chars.append(
            Char(
                text,
                x0=frame.x(box.left),
                x1=frame.x(box.right),
                top=bottom - size,
                bottom=bottom,
                size=size,
                # pdfminer's test: no rotation or mirroring, only scaling.
                upright=matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0,
            )
        )
    return chars


def _char_text(textpage: Any, index: int) -> str:
    """The character, "(cid:N)" as pdfminer writes a glyph with no Unicode mapping."""
    code = pdfium_c.FPDFText_GetUnicode(textpage, index)
    if pdfium_c.FPDFText_HasUnicodeMapError(textpage, index) == 1:
        return f"(cid:{code})"
    if code == _LINE_END_HYPHEN:
        return "-"
    if code == 0 or 0xD800 <= code <= 0xDFFF:
        return ""  # no character, or a lone surrogate, which no text encoding can write
    return chr(code)


@dataclass
class _Objects:
    """Walks a page's objects, forms included, for its rules and its image count."""

    frame: _Frame
    name: str | None
    max_nesting: int
    images: int = 0

    def __post_init__(self) -> None:
        self.rules: list[Rule] = []

    def walk_page(self, page: Any) -> None:
        count = pdfium_c.FPDFPage_CountObjects(page)
        self._walk(count, lambda k: pdfium_c.FPDFPage_GetObject(page, k), _IDENTITY, 0)

    def _walk(self, count: int, get: Callable[[int], Any], outer: Matrix, depth: int) -> None:
        for k in range(count):
            obj = get(k)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                self.images += 1
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH and _painted(obj):
                self._add_path(obj, _compose(_matrix(obj), outer))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                self._check_depth(depth + 1)
                inner = pdfium_c.FPDFFormObj_CountObjects(obj)
                self._walk(inner, _form_member(obj), _compose(_matrix(obj), outer), depth + 1)

    def _check_depth(self, depth: int) -> None:
        if depth > self.max_nesting:
            raise LimitExceeded(
                f"form XObjects nest {depth:,} deep, over the limit of "
                f"{self.max_nesting:,} (max_nesting)",
                path=self.name,
            )

    def _add_path(self, obj: Any, matrix: Matrix) -> None:
        for subpath in _subpaths(obj):
            points = [self._place(_apply(matrix, point)) for point in subpath]
            for start, end in itertools.pairwise(points):
                rule = _rule(start, end)
                if rule is not None:
                    self.rules.append(rule)

    def _place(self, point: Point) -> Point:
        return self.frame.x(point[0]), self.frame.y(point[1])


def _form_member(form: Any) -> Callable[[int], Any]:
    return lambda index: pdfium_c.FPDFFormObj_GetObject(form, index)


def _painted(obj: Any) -> bool:
    """Stroked or filled: a path that only clips (operator "n") draws nothing."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke):
        return False
    return bool(stroke.value) or fill.value != pdfium_c.FPDF_FILLMODE_NONE


def _subpaths(obj: Any) -> list[list[Point]]:
    """The runs of straight segments of a path, a closed run ending back at its start.

    A curve ends a run: rules are straight, and pdfminer's rounded boxes make no cell.
    """
    runs: list[list[Point]] = []
    start: Point | None = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = (x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and runs:
            runs[-1].append(point)
        else:  # a move, or a curve's point: a new run starts here
            runs.append([point])
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            runs[-1].append(start)
    return runs


def _rule(start: Point, end: Point) -> Rule | None:
    (x0, y0), (x1, y1) = start, end
    if abs(y0 - y1) <= _FLAT and abs(x0 - x1) > _FLAT:
        return Rule(min(x0, x1), y0, max(x0, x1), y0, "h")
    if abs(x0 - x1) <= _FLAT and abs(y0 - y1) > _FLAT:
        return Rule(x0, min(y0, y1), x0, max(y0, y1), "v")
    return None


def _matrix(obj: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """`inner` then `outer` (PDF's row-vector order: a point times inner times outer)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _apply(matrix: Matrix, point: Point) -> Point:
    a, b, c, d, e, f = matrix
    x, y = point
    return a * x + c * y + e, b * x + d * y + f


def _check_pages(count: int, max_pages: int, name: str | None) -> None:
    if count > max_pages:
        raise LimitExceeded(
            f"the PDF has {count:,} pages, over the limit of {max_pages:,} pages (max_pages)",
            path=name,
        )


# What pypdfium2 raises, and what each becomes. PdfiumError carries pdfium's own reason
# (FPDF_GetLastError) when loading fails; elsewhere ("Failed to load page.") it has none.
Translator = Callable[[BaseException, str | None, str | None], ProformaError]


def _from_pdfium(exc: BaseException, name: str | None, password: str | None) -> ProformaError:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return password_refused(password, name)
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return EncryptedSource(
            "the PDF is encrypted with a security handler pdfium does not support", path=name
        )
    return CorruptSource(f"the PDF is damaged and cannot be read ({exc})", path=name)


def _from_memory(exc: BaseException, name: str | None, password: str | None) -> ProformaError:
    return CorruptSource(
        "the PDF needs more memory than is available to read (an object or stream too large)",
        path=name,
    )


def _from_value(exc: BaseException, name: str | None, password: str | None) -> ProformaError:
    # pypdfium2 checks what it is given (TypeError, ValueError) and pdfium's answers
    # (IndexError past the last page); from a well-formed call, only a damaged file does that.
    return CorruptSource(
        f"the PDF is damaged and cannot be read ({type(exc).__name__}: {exc})", path=name
    )


ENGINE_ERRORS: dict[type[BaseException], Translator] = {
    pypdfium2.PdfiumError: _from_pdfium,
    MemoryError: _from_memory,
    TypeError: _from_value,
    ValueError: _from_value,
    IndexError: _from_value,
    OSError: _from_value,
    ctypes.ArgumentError: _from_value,
}
"""Every exception type the pdfium engine can raise, and what it becomes (checked in
tests/test_pdfium.py against what pypdfium2's functions raise)."""


def translate(exc: BaseException, name: str | None, *, password: str | None) -> ProformaError:
    """Our error for what pypdfium2 raised; a type not in the table is a damaged file too."""
    for kind, translator in ENGINE_ERRORS.items():
        if isinstance(exc, kind):
            return translator(exc, name, password)
    return _from_value(exc, name, password)
