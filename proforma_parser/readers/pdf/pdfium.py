"""The pdfium engine: pypdfium2 says where each character and rule is, 15 times faster.

It yields the same RawPage the pdfplumber engine does, so lines, ruled and unruled tables,
furniture and page numbers are found by the same code (layout and on). What it has to
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
streams are checked first (guard.check_file_streams), the page count before any page
is loaded, and form nesting (against max_nesting) while the page's objects are walked.
What pypdfium2 raises is translated by the engines' table (engine_errors, pdfium's row).
Nor is pdfium safe to call from two threads at once (pypdfium2 says so): one lock per process lets one document through at a time, so a
caller's thread pool is slower, never crashed.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import operator
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Any, cast

import pypdfium2
import pypdfium2.raw as pdfium_c
import regex

from ...errors import CorruptSource, EmptySource, EncryptedSource, LimitExceeded, ProformaError
from ...limits import Limits
from .. import engine_errors
from ..deadline import Deadline
from ..engine_errors import caught
from .engines import password_refused
from .page import CID_RE, RawPage, Rule, Ruling, Tally, find_grids
from .words import Glyphs, words_from_glyphs

_FLAT = 0.01
"""Points within which a segment's ends count as level (a rule) rather than slanted."""

_LOAD_ERRORS = {
    pdfium_c.FPDF_ERR_UNKNOWN: "unknown error",
    pdfium_c.FPDF_ERR_FILE: "file not found or unreadable",
    pdfium_c.FPDF_ERR_FORMAT: "not a PDF, or damaged",
    pdfium_c.FPDF_ERR_PASSWORD: "password required or incorrect",
    pdfium_c.FPDF_ERR_SECURITY: "unsupported security scheme",
    pdfium_c.FPDF_ERR_PAGE: "page not found or content error",
}
"""pdfium's reasons for refusing to load a document (FPDF_GetLastError)."""

PDFIUM_LOCK = threading.RLock()
"""Held while a document is open: pdfium's state is global to the process."""

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def pdfium_pages(
    data: bytes, *, name: str | None, tally: Tally, limits: Limits, clock: Deadline
) -> Iterator[RawPage]:
    """Each page's words and tables, read by pdfium, each page closed once copied out.

    The caller has checked the file's streams (check_file_streams) before this opens it.
    What pypdfium2 raises is translated here (the engines' table); the caller's own work on
    each page runs in its own frame, outside this try.
    """
    with PDFIUM_LOCK:
        try:
            document = _open(data, tally.password, name)
            try:
                yield from _pages(
                    document, len(data), name=name, tally=tally, limits=limits, clock=clock
                )
            finally:
                pdfium_c.FPDF_CloseDocument(document)
        except ProformaError:
            raise
        except caught("pdfium") as exc:
            raise translate(exc, name, password=tally.password) from exc


def _open(data: bytes, password: str | None, name: str | None) -> Any:
    """The document's handle, opened from `data` (which the caller keeps alive until
    FPDF_CloseDocument).

    pdfium's own calls rather than pypdfium2's PdfDocument: for a file of no pages that
    raises with pdfium's last error, which a document that opened leaves as it was, so a
    blank file read after an encrypted one came out as "encrypted"; and its page objects
    (finalisers, parent links) cost more to make than a short page costs to read.
    """
    secret = (password + "\x00").encode("utf-8") if password else None
    handle = pdfium_c.FPDF_LoadMemDocument64(data, len(data), secret)
    if not handle:
        code = pdfium_c.FPDF_GetLastError()
        reason = _LOAD_ERRORS.get(code, f"error {code}")
        raise pypdfium2.PdfiumError(f"pdfium cannot load it: {reason}", code)
    if pdfium_c.FPDF_GetPageCount(handle) < 1:
        pdfium_c.FPDF_CloseDocument(handle)
        raise EmptySource("the PDF has no pages", path=name)
    return handle


def _pages(
    document: Any, size: int, *, name: str | None, tally: Tally, limits: Limits, clock: Deadline
) -> Iterator[RawPage]:
    tally.encrypted = pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1
    count = pdfium_c.FPDF_GetPageCount(document)
    _check_pages(count, limits.max_pages, name)
    clock.extend_to(limits.time_budget(size, count))
    for index in range(count):
        clock.check(f"page {index + 1}")
        raw = _read_page(document, index, name=name, limits=limits)
        tally.count(raw)
        yield raw


def _read_page(document: Any, index: int, *, name: str | None, limits: Limits) -> RawPage:
    page = pdfium_c.FPDF_LoadPage(document, index)
    if not page:
        raise pypdfium2.PdfiumError("Failed to load page.")
    try:
        left, bottom, right, top = _media_box(page)
        frame = _Frame(left=left, top=top)
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            raise pypdfium2.PdfiumError("Failed to load text page.")
        try:
            glyphs = _glyphs(_address(textpage), frame)
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
        objects = _Objects(frame=frame, name=name, max_nesting=limits.max_nesting)
        objects.walk_page(page)
    finally:
        pdfium_c.FPDF_ClosePage(page)
    width, height = right - left, top - bottom
    rules = tuple(objects.rules)
    return RawPage(
        number=index + 1,
        width=width,
        height=height,
        words=tuple(words_from_glyphs(glyphs)),
        grids=tuple(find_grids(Ruling((0.0, 0.0, width, height), rules))) if rules else (),
        chars=len(glyphs),
        cid_chars=_unmapped_count(glyphs.texts),
        images=objects.images,
    )


def _unmapped_count(texts: list[str]) -> int:
    """How many glyphs read "(cid:N)" (no Unicode mapping)."""
    if "(cid:" not in "".join(texts):
        return 0
    return sum(1 for text in texts if len(text) > 1 and CID_RE.fullmatch(text))


def _media_box(page: Any) -> tuple[float, float, float, float]:
    """The MediaBox pdfplumber measures from, inherited from the page tree if need be.

    pdfium's FPDFPage_GetMediaBox reads only the page's own entry (crbug.com/pdfium/1786)
    and falls back to US Letter: "/Pages << /MediaBox [0 0 595 842] >>" would read as
    612 x 792 and every top 50pt too high. Its page bounding box is inherited (the
    CropBox within the MediaBox), and the same box unless a CropBox is set.
    """
    left, bottom, right, top = (
        ctypes.c_float(),
        ctypes.c_float(),
        ctypes.c_float(),
        ctypes.c_float(),
    )
    if pdfium_c.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        return left.value, bottom.value, right.value, top.value
    box = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page, box):
        raise pypdfium2.PdfiumError("Failed to get the page's bounding box.")
    return box.left, box.bottom, box.right, box.top


@dataclass(frozen=True, slots=True)
class _Frame:
    """The media box's top-left corner, where pdfplumber's coordinates start."""

    left: float
    top: float

    def x(self, x: float) -> float:
        return x - self.left

    def y(self, y: float) -> float:
        return self.top - y


def _address(handle: Any) -> int:
    """A pdfium handle (or function) as the plain address the calls below take."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _by_address(function: Any, restype: Any, *argtypes: Any) -> Any:
    """`function` again, taking plain addresses (ints) where pypdfium2 types its pointers.

    pypdfium2 checks each typed handle (LP_fpdf_textpage_t, ...) on every call; an
    out-parameter cannot be handed to `map` as a typed pointer, only as an address. The
    copy is of the same function-pointer class, so it keeps the library's calling
    convention.
    """
    copy = type(function)(_address(function))
    copy.argtypes = argtypes or None
    copy.restype = restype
    return copy


Pointer = Any
"""A pointer as ctypes passes it with no conversion: c_void_p.from_param(address), a
ctypes "CArgObject" made once (see _held)."""


def pointer(address: int) -> Pointer:
    """`address` as the calls made by _held take a pointer."""
    return ctypes.c_void_p.from_param(address)


_HOLDS_THE_GIL = ctypes.PYFUNCTYPE(None)._flags_ & ~ctypes.CFUNCTYPE(None)._flags_
"""The flag by which a ctypes function keeps the GIL during the call (what PyDLL's have)."""


def _held(function: Any, restype: Any) -> Any:
    """`function` for the calls made once per character: no argument types, the GIL held.

    Around each call ctypes lets go of the GIL and takes it back (two mutexes and a
    condition variable), and converts each argument by its declared type, or by its
    class's `paramfunc` for a c_void_p (a table search and a new object each call): for
    FPDFText_GetLooseCharBox, called for each of a page's 1,200 characters, that cost
    more than pdfium's own work (callgrind, corpus PDFs). So these take a Pointer (made
    once, which ctypes copies as it is), ints as C ints and out-parameters by byref, and
    keep the GIL, as PyDLL's functions do: each returns within a microsecond, and only
    one thread is in pdfium at a time anyway (PDFIUM_LOCK). The class is the
    library's own with the one flag added, so the calling convention stays the library's.
    """
    base = type(function)
    namespace = {"_flags_": base._flags_ | _HOLDS_THE_GIL}
    # A class with no `_restype_` returns a C int, read as one with no lookup; declared as
    # c_int, each call's result went through a search of ctypes' table of field types
    # (GetResult's `_ctypes_get_fielddesc("O")`), a tenth of each FPDFText_GetLooseCharBox
    # call in callgrind.
    if restype is not ctypes.c_int:
        namespace["_restype_"] = restype
    holding = type(f"Held{base.__name__}", (base,), namespace)
    return holding(_address(function))


_P, _I = ctypes.c_void_p, ctypes.c_int
_COUNT_CHARS = _by_address(pdfium_c.FPDFText_CountChars, _I, _P)
_GET_TEXT = _by_address(pdfium_c.FPDFText_GetText, _I, _P, _I, _I, _P)
# Called once per character, or per run of one text object's characters: see _held.
# Each takes the text page as a Pointer and a character's index as an int.
_LOOSE_BOX = _held(pdfium_c.FPDFText_GetLooseCharBox, _I)
"""(text page, index, FS_RECTF by byref)."""
_IS_GENERATED = _held(pdfium_c.FPDFText_IsGenerated, _I)
_TEXT_OBJECT = _held(pdfium_c.FPDFText_GetTextObject, _P)
_UNICODE = _held(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
_MAP_ERROR = _held(pdfium_c.FPDFText_HasUnicodeMapError, _I)
_FONT_SIZE = _held(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_MATRIX = _held(pdfium_c.FPDFText_GetMatrix, _I)
"""(text page, index, FS_MATRIX by byref)."""
_FONT = _held(pdfium_c.FPDFTextObj_GetFont, _P)
"""(text object as a Pointer)."""
_BOX_SIZE = ctypes.sizeof(pdfium_c.FS_RECTF)

_ODD_RE = regex.compile(r"[\x02\ufffe\ud800-\udfff]")
"""Characters pdfium gives that are not the glyph's text (see _plain)."""


def _glyphs(textpage: int, frame: _Frame) -> Glyphs:
    """The page's characters, placed as pdfminer places them (see the module doc).

    pdfium is asked for the whole page's text at once, for each character's box through
    `map` (no Python frame per call), and for what a text object fixes for all its
    characters (font size, matrix, font) once per object (_object_facts).
    """
    count = _COUNT_CHARS(textpage)
    if count <= 0:
        return Glyphs()
    text_page = pointer(textpage)
    texts = _texts(text_page, count)
    # Characters pdfium made up (the space it infers between words, "\r\n" at a line end)
    # are dropped: pdfplumber never sees them, and the word rule splits at gaps by itself.
    # pdfium only ever makes up white space, so only white space is asked about.
    # Glyphs with no text at all are dropped too.
    blanks = list(compress(range(count), map(str.isspace, texts)))
    made = map(_IS_GENERATED, repeat(text_page), blanks)
    dropped = list(compress(blanks, map((1).__eq__, made)))
    if "" in texts:
        dropped = sorted(dropped + list(compress(range(count), map(operator.not_, texts))))
    if dropped:
        keep = [True] * count
        for index in dropped:
            keep[index] = False
        kept = list(compress(range(count), keep))
        texts = list(compress(texts, keep))
    else:
        kept = list(range(count))
    if not kept:
        return Glyphs()
    # Where a run of dropped characters starting at index d, the i-th dropped, is followed
    # by a kept one, that one is kept[d - i]: the gaps between stretches of consecutive
    # characters, found from the few dropped ones rather than from every kept one.
    stops = dict.fromkeys(d - i for i, d in enumerate(dropped))
    gaps = [stop for stop in stops if 0 < stop < len(kept)]
    sizes, uprights = _object_facts(text_page, kept, texts, gaps)
    joined = "".join(texts)
    # Of the odd characters only U+0002 is ASCII: a page of ASCII needs no search.
    if "\x02" in joined or (not joined.isascii() and _ODD_RE.search(joined)):
        texts = [_plain(text) for text in texts]
        readable = list(map(bool, texts))
        kept, texts = list(compress(kept, readable)), list(compress(texts, readable))
        sizes, uprights = list(compress(sizes, readable)), list(compress(uprights, readable))
        if not kept:
            return Glyphs()
    x0, x1, bottom = _loose_boxes(text_page, kept)
    # In PDF space, y up from the media box's foot; pdfplumber's is from its top-left.
    left, height = frame.left, frame.top
    bottoms = list(map(operator.sub, repeat(height), bottom))
    if left:
        x0, x1 = [x - left for x in x0], [x - left for x in x1]
    return Glyphs(
        texts=texts,
        x0=x0,
        x1=x1,
        top=list(map(operator.sub, bottoms, sizes)),
        bottom=bottoms,
        size=sizes,
        upright=uprights,
    )


def _loose_boxes(
    text_page: Pointer, indices: list[int]
) -> tuple[list[float], list[float], list[float]]:
    """The lefts, rights and bottoms of the loose boxes of characters `indices`: pdfium
    writes each box into an array of FS_RECTF (left, top, right, bottom), whose columns
    are read back as floats. Its top is not read: a glyph's top is its bottom less its
    size (the module doc), and each float read is an object made."""
    count = len(indices)
    if count <= _SCRATCH_BOXES:
        boxes, where = _scratch()
    else:
        boxes = (pdfium_c.FS_RECTF * count)()
        where = list(map(ctypes.byref, repeat(boxes), range(0, count * _BOX_SIZE, _BOX_SIZE)))
    deque(map(_LOOSE_BOX, repeat(text_page), indices, where), maxlen=0)
    written = memoryview(boxes).cast("B")[: count * _BOX_SIZE].cast("f")
    return (
        cast(list[float], written[0::4].tolist()),
        cast(list[float], written[2::4].tolist()),
        cast(list[float], written[3::4].tolist()),
    )


_SCRATCH_BOXES = 8192
"""Characters on a page up to which their boxes are written into one array kept for the
process (a page's worth is 128 KB), with a pointer made once to each of its places: making
a pointer for each character (ctypes.byref) cost a fifth of the call. Only one document is
read at a time (PDFIUM_LOCK), so one array serves; its contents are overwritten for
each page and never read beyond what the page wrote."""
_scratch_boxes: list[tuple[Any, list[Any]]] = []


def _scratch() -> tuple[Any, list[Any]]:
    if not _scratch_boxes:
        boxes = (pdfium_c.FS_RECTF * _SCRATCH_BOXES)()
        step = range(0, _SCRATCH_BOXES * _BOX_SIZE, _BOX_SIZE)
        _scratch_boxes.append((boxes, list(map(ctypes.byref, repeat(boxes), step))))
    return _scratch_boxes[0]


def _texts(text_page: Pointer, count: int) -> list[str]:
    """Each character's text, one string per character index.

    The whole page's text in one call is one character per index unless pdfium left some
    out of it (a hyphen it took for a line-end one, a glyph mapped to nothing): then the
    text is shorter, and each character is asked for on its own.
    """
    buffer = (ctypes.c_char * (4 * count + 4))()  # room for surrogate pairs
    address = ctypes.addressof(buffer)
    written = _GET_TEXT(text_page, 0, count, address)
    if written > 1:
        text = ctypes.string_at(address, 2 * (written - 1)).decode("utf-16-le", "surrogatepass")
        if len(text) == count and ord(text[-1]) == _UNICODE(text_page, count - 1):
            texts = list(text)
            if "\ufffe" not in text:
                return texts
            # U+FFFE stands in the page's text for a glyph pdfium gives no text of its own:
            # a hyphen it took for a line-end one (U+0002), or one mapped to nothing.
            for index in compress(range(count), map("\ufffe".__eq__, texts)):
                code = _UNICODE(text_page, index)
                texts[index] = chr(code) if 0 < code <= 0x10FFFF else ""
            return texts
    return [
        chr(code) if 0 < code <= 0x10FFFF else ""
        for code in map(_UNICODE, repeat(text_page, count), range(count))
    ]


def _plain(text: str) -> str:
    """A character's text as the glyph reads: pdfium gives U+0002 for a "-" it takes for a
    hyphen at a line's end (the glyph on the page is "-"), and lone surrogates or U+FFFE
    for glyphs mapped to nothing a text encoding can write."""
    if text == "\x02":
        return "-"
    return "" if len(text) == 1 and _ODD_RE.match(text) else text


def _object_facts(
    text_page: Pointer, kept: list[int], texts: list[str], gaps: list[int] | None = None
) -> tuple[list[float], list[bool]]:
    """The size and uprightness of each character kept (at index `kept[k]`, its text
    `texts[k]`), from its text object; and in `texts`, "(cid:N)" for a glyph with no
    Unicode mapping (pdfminer's stand-in).

    A character's size and matrix are its text object's (pdfium sets them per object), so
    they are asked for once per run of one object's characters (_object_runs), all runs
    in one `map` each.
    """
    runs = _object_runs(text_page, kept, gaps)
    firsts = [kept[start] for start, _, _ in runs]
    matrices = (pdfium_c.FS_MATRIX * len(runs))()
    step = ctypes.sizeof(pdfium_c.FS_MATRIX)
    where = map(ctypes.byref, repeat(matrices), range(0, len(runs) * step, step))
    deque(map(_MATRIX, repeat(text_page), firsts, where), maxlen=0)
    font_sizes = map(_FONT_SIZE, repeat(text_page), firsts)
    sizes: list[float] = []
    uprights: list[bool] = []
    for (start, end, _), font_size, matrix in zip(runs, font_sizes, matrices, strict=True):
        # The font size scaled as the glyph is drawn: "/F1 1 Tf 12 0 0 12 72 700 Tm" sets
        # 12pt type at size 1, and pdfium's font size is the 1.
        sizes.extend(repeat(font_size * math.hypot(matrix.c, matrix.d), end - start))
        # pdfminer's test: no rotation or mirroring, only scaling.
        upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
        uprights.extend(repeat(upright, end - start))
    _mark_unmapped(text_page, kept, texts, runs)
    return sizes, uprights


def _object_runs(
    text_page: Pointer, kept: list[int], gaps: list[int] | None = None
) -> list[tuple[int, int, int | None]]:
    """(start, end, text object) for each run of `kept[start:end]` drawn by one object.

    pdfium adds each text object's characters to the text page in one go (the spaces it
    makes up inside a TJ array belong to the object too), so an object's characters are
    consecutive: two characters drawn by one object have only that object's between them.
    So pdfium is asked at the ends of each stretch of consecutive characters (between
    made-up ones), and only where the ends differ is the change searched for, by halves.
    A character of no object (pdfium knows none) is a run of its own.
    tests/test_pdf_words.py checks the runs against asking every character.
    """
    count = len(kept)
    if not count:
        return []
    if gaps is None:  # each k where kept[k] does not follow kept[k - 1]
        gaps = list(compress(range(1, count), map(operator.ne, kept[1:], map((1).__add__, kept))))
    starts = [0, *gaps]
    stops = [*gaps, count]
    # The owners at both ends of every stretch, asked for in one `map` each.
    firsts = map(_TEXT_OBJECT, repeat(text_page), map(kept.__getitem__, starts))
    lasts = map(_TEXT_OBJECT, repeat(text_page), map(kept.__getitem__, map((-1).__add__, stops)))
    runs: list[tuple[int, int, int | None]] = []
    for start, stop, first, last in zip(starts, stops, firsts, lasts, strict=True):
        if first is not None and first == last:
            # One object's: joined to the run before when that is the same object's, as
            # a space pdfium made up inside its TJ array (a gap here) belongs to it too.
            if runs and runs[-1][2] == first:
                runs[-1] = (runs[-1][0], stop, first)
            else:
                runs.append((start, stop, first))
            continue
        position = start
        while position < stop:
            owner = _TEXT_OBJECT(text_page, kept[position])
            end = stop
            if owner is None:
                end = position + 1
            elif _TEXT_OBJECT(text_page, kept[stop - 1]) != owner:
                low, high = position + 1, stop - 1  # kept[high] is another object's
                while low < high:
                    middle = (low + high) // 2
                    if _TEXT_OBJECT(text_page, kept[middle]) == owner:
                        low = middle + 1
                    else:
                        high = middle
                end = low
            runs.append((position, end, owner))
            position = end
    return runs


def _mark_unmapped(
    text_page: Pointer, kept: list[int], texts: list[str], runs: list[tuple[int, int, int | None]]
) -> None:
    """Write "(cid:N)" in `texts` for each glyph with no Unicode mapping.

    Whether a glyph has a mapping is a question of its font and code, and pdfium gives the
    code as the text of an unmapped glyph: so pdfium is asked once per font and text, at
    one of the places it occurs. (A font that mapped one code to the text another code
    has, and left that code unmapped, would be misread.) A character of no object is
    asked about on its own.
    """
    fonts = [_FONT(pointer(owner)) if owner is not None else None for _, _, owner in runs]
    asked: dict[int | None, set[str]] = {}
    unmapped: set[tuple[int | None, str]] = set()
    # Only the texts a font has not shown yet are asked about, each at its first place in
    # the run: a run is mostly letters its font's earlier runs had. When every text is one
    # character (nearly always) the runs are slices of the page's text, searched at C speed
    # by str.find, rather than a dict of every character's place being built (callgrind:
    # the whole check is still about a tenth of reading the glyphs, 0.85M instructions a
    # corpus file, down from 1.0M).
    line = "".join(texts)
    single = len(line) == len(texts)
    for (start, end, _), font in zip(runs, fonts, strict=True):
        known = asked.setdefault(font, set())
        new = set(line[start:end] if single else texts[start:end]).difference(known)
        known.update(new)
        for text in new:
            place = line.find(text, start, end) if single else texts.index(text, start, end)
            if _MAP_ERROR(text_page, kept[place]) == 1:
                unmapped.add((font, text))
    if not unmapped:
        return
    for (start, end, _), font in zip(runs, fonts, strict=True):
        for position in range(start, end):
            if (font, texts[position]) in unmapped:
                texts[position] = f"(cid:{_UNICODE(text_page, kept[position])})"


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


def _from_pdfium(exc: BaseException, name: str | None, password: str | None) -> ProformaError:
    """pypdfium2's PdfiumError by pdfium's own reason (FPDF_GetLastError) when loading
    failed; elsewhere ("Failed to load page.") it carries none."""
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return password_refused(password, name)
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return EncryptedSource(
            "the PDF is encrypted with a security handler pdfium does not support", path=name
        )
    return CorruptSource(f"the PDF is damaged and cannot be read ({exc})", path=name)


def translate(exc: BaseException, name: str | None, *, password: str | None) -> ProformaError:
    """Our error for what the pdfium engine raised, by the engines' table (pdfium's row)."""
    return engine_errors.translate(
        exc,
        "pdfium",
        name=name,
        doing="the PDF is damaged and cannot be read",
        what="PDF",
        password=password,
        pdfium=_from_pdfium,
    )
