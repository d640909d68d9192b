"""OCR for the pages of a PDF that are pictures of text (a scan), page by page.

A page is read by OCR when its text layer is empty or negligible beside an image that
covers it: a scanned officer decision, or one with a one-line text stamp ("Received
12 Oct 2023") drawn over the scan. Pages with text are read as before, and only the
pages that need it are OCR'd, so a text cover page before scanned pages keeps its text.

The page is rendered by pdfium (stamp included, as the page shows it) and read by
Tesseract through pytesseract, whose words and boxes become the same `Word`s the engines
give (pixel boxes scaled to points from the page's top-left), so lines, tables,
running headers and footers and page provenance are found by the same layout code. A
scan's ruled tables have no vector rules: long dark runs in the rendered image stand in
for them (`raster_rules`), and pdfplumber's table finder reads them as it reads
a born-digital page's.

Each OCR'd page gives an `ocr` defect with its mean word confidence. Without Tesseract
(the `ocr` extra or the program missing) such pages are refused as `NoTextLayer`, naming
them and what to install. OCR costs about a second a page: each page OCR'd raises the
document's time budget by `Limits.timeout_per_ocr_page`, and Tesseract is given only
what is left of it.

pytesseract, Pillow and Tesseract are imported or looked up only when a page needs OCR.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from ...document import ReaderDefect
from ...errors import LimitExceeded, NoTextLayer, ProformaError
from ...limits import Limits
from ..deadline import Deadline
from ..engine_errors import caught, translate
from .page import RawPage, Rule, Ruling, Word, find_grids

if TYPE_CHECKING:
    from PIL.Image import Image

INSTALL = (
    "install OCR with `pip install 'proforma-parser[ocr]'` (or `uv sync --extra ocr`) and "
    "`apt-get install tesseract-ocr tesseract-ocr-eng`"
)
NEGLIGIBLE_CHARS = 150
"""Characters of text layer that a covering image outweighs: a filing stamp or a scanner's
"Scanned with ..." line is tens; a page of a typed record is over a thousand."""
COVERED = 0.5
"""Share of the page that images must cover for its few characters to count as a scan."""
DPI = 300
"""Resolution the page is rendered at for Tesseract, whose models are trained on text about
20-30 pixels tall: 10pt type at 300 dpi. A scan at 200 dpi renders up, which reads better
than at its own size."""
MAX_PIXELS = 50_000_000
"""Pixels of one rendered page (A4 at 300 dpi is 8.7 million); a vast page is rendered at
a lower resolution rather than into gigabytes."""
MAX_IMAGE_PIXELS = 200_000_000
"""Pixels of a page's images together that rendering may decode: an A3 page scanned in
colour at 600 dpi is 70 million; an image dictionary claiming 100,000 x 100,000 would
need tens of gigabytes."""
LOW_CONFIDENCE = 80
"""Mean word confidence (Tesseract's 0-100) below which the defect says the text may be
misread: clean print reads at 90-96."""
LANGUAGE = "eng"
DOUBTFUL = 50
"""Word confidence below which the `ocr` defect names the word: of the corpus's words
read below it, 18 of 31 are not in the text layer ("AHWB034" read "AHWBO034" at 30%)."""
DOUBTFUL_SAID = 5
"""Doubtful words the defect names before saying how many more there are."""
GIVEN_BACK = frozenset({"\u2022", "\u2013"})
"""The glyphs `_as_drawn` gives back ("•" read "e", "–" read "-")."""
SPECK_CONFIDENCE = 50
"""Word confidence below which a word whose size is no letter's is a speck, not text: the
threshold docling gives its EasyOCR and RapidOCR readers (0.5). Real words are read below
it too (see `_is_speck`), so confidence alone drops nothing."""
SPECK_SMALLEST = 0.3
"""Share of the page's typical word height below which a low-confidence word is a speck:
dotted leaders are a fifth of it; the smallest real word read low, a bullet read "¢",
two fifths."""
SPECK_TALLEST = 2.5
"""Times the typical word height above which a low-confidence word is a rule or a
picture's edge: 24pt heading type is about twice the height of 11pt body text."""
BULLET_MAX_SIZE = 0.5
"""Share of its line's height a bullet may span: bullets measure 0.33-0.43 of it, an
asterisk ("* DENOTES KEY DECISION") 0.6."""
BULLET_ROUNDNESS = 0.7
"""Least ratio of a bullet's narrower side to its wider: a dot is round (15 by 16 pixels);
a hyphen starting a line is a stroke (12 by 4)."""
BULLET_RAISED = 0.15
"""Share of its line's height by which a bullet's foot is above the baseline: bullets
float 0.2-0.5 of it above; a small letter ("a", "e") stands on it (0), and the capitals
measured up to 0.2 above it ("I" in "I approve") are ruled out by their size."""
EN_DASH_ASPECT = 4.0
"""Least length-to-thickness of a stroke read "-" for it to be an en dash (19 by 3 or 4
pixels measured; hyphens 12 by 4 or 5)."""
EN_DASH_LENGTH = 0.35
"""Least length of an en dash, as a share of its line's height (0.41-0.56 measured;
hyphens 0.22-0.34)."""

_DARK = 160
"""Grey level (0 black, 255 white) below which a rendered pixel is ink."""
_RULE_MIN_H = 20.0
"""Points a horizontal run of ink must span to be a rule: longer than any letter's stroke
(an em dash of 14pt type is 14pt) and shorter than the narrowest table cell."""
_RULE_MIN_V = 16.0
"""Points a vertical run must span: longer than the "l" of 18pt type (13pt), shorter than
a table row of one line (about 18pt)."""
_RULE_MAX_THICK = 4.0
"""Points a rule may be thick; a thicker dark band is a filled box, whose edges are rules."""
_HEADSTART = 0.1
"""Seconds before the document's deadline at which Tesseract is stopped."""
_SLACK_PX = 2
"""Pixels by which the ends of one rule's rows may differ (anti-aliasing)."""


def find_tesseract() -> str | None:
    """Why OCR cannot run here (the extra or the program missing), or None when it can."""
    try:
        import pytesseract
    except ImportError:
        return "the ocr extra (pytesseract) is not installed"
    command = str(pytesseract.pytesseract.tesseract_cmd)
    if shutil.which(command) is None:
        return f"the Tesseract program ({command!r}) is not installed"
    return None


def needs_ocr(page: RawPage) -> bool:
    """Whether `page` may be a scan: an image, and no more than a stamp's worth of text.
    Whether the image covers the page is asked of pdfium after this (`covered`)."""
    return page.images > 0 and page.chars <= NEGLIGIBLE_CHARS


@dataclass
class PageOcr:
    """OCR of one document's scanned pages, as the engine hands the pages over.

    `read` gives each page back as it came, or OCR'd; `check` refuses the document if
    some page needed OCR and could not have it; `defects` are the `ocr` defects.
    The document is opened by pdfium for rendering only at the first page that may need
    OCR, and closed by `close`.
    """

    data: bytes
    name: str | None
    password: str | None
    limits: Limits
    clock: Deadline
    defects: list[ReaderDefect] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)
    """Pages that needed OCR while it was unavailable."""
    missing: str | None = None
    surest: dict[str, float] = field(default_factory=dict)
    """Each word read by OCR, with the highest confidence it was read at."""
    _document: Any = None

    @property
    def pages_read(self) -> int:
        return len(self.defects)

    @property
    def doubtful(self) -> frozenset[str]:
        """The words read only ever under DOUBTFUL: a word read once at 30% and once at
        96% is not doubtful ("a" is read at 0% beside a bullet and at 96% elsewhere)."""
        return frozenset(
            word
            for word, confidence in self.surest.items()
            if confidence < DOUBTFUL and word not in GIVEN_BACK
        )

    def read(self, page: RawPage) -> RawPage:
        if not needs_ocr(page) or not self._covered(page.number):
            return page
        if self.missing is None:
            self.missing = find_tesseract()
        if self.missing is not None:
            self.unread.append(page.number)
            return page
        if self.limits.timeout <= 0:  # the budget scales with the work: OCR is work
            self.clock.extend_to(self.clock.timeout + self.limits.timeout_per_ocr_page)
        self.clock.check(f"page {page.number}")
        image = self._render(page.number)
        scan = self._recognise(image, page.number)
        self.defects.append(scan.defect(page.number))
        for word, confidence in zip(scan.words, scan.confidences, strict=True):
            self.surest[word.text] = max(confidence, self.surest.get(word.text, confidence))
        return scan.page(page)

    def check(self) -> None:
        """Refuse the document if pages needed OCR and it was not available."""
        if not self.unread:
            return
        raise NoTextLayer(
            f"{_pages(self.unread)} of the PDF are images with no text layer (a scan), "
            f"and OCR is not available: {self.missing}; {INSTALL}",
            path=self.name,
        )

    def close(self) -> None:
        if self._document is not None:
            with _pdfium_lock():
                self._document.close()
            self._document = None

    def _covered(self, number: int) -> bool:
        """Whether images cover at least COVERED of page `number` (1-based).

        Rendering decodes the page's images, which reading its text never does (guard.py
        leaves image streams alone): so their sizes in pixels, which pdfium reads from
        their dictionaries without decoding them, are checked here first.
        """
        import pypdfium2.raw as pdfium_c

        with _pdfium_lock(), self._pdfium_errors():
            page = self._open()[number - 1]
            try:
                box = page.get_bbox()
                area = float(max((box[2] - box[0]) * (box[3] - box[1]), 1e-6))
                covered = pixels = 0.0
                for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
                    covered += _clipped_area(image.get_bounds(), box)
                    width, height = image.get_px_size()
                    pixels += width * height
            finally:
                page.close()
        if pixels > MAX_IMAGE_PIXELS:
            raise LimitExceeded(
                f"page {number}'s images hold {pixels:,.0f} pixels, over the "
                f"{MAX_IMAGE_PIXELS:,} that OCR decodes for a page",
                path=self.name,
            )
        return covered >= COVERED * area

    def _render(self, number: int) -> Image:
        with _pdfium_lock(), self._pdfium_errors():
            page = self._open()[number - 1]
            try:
                width, height = page.get_size()
                dpi = min(DPI, (MAX_PIXELS / max(width * height / 72**2, 1e-6)) ** 0.5)
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                image: Image = bitmap.to_pil()
                image.info["dpi"] = (dpi, dpi)
                return image
            finally:
                page.close()

    def _recognise(self, image: Image, number: int) -> Scan:
        import pytesseract

        # pytesseract's own timeout stops Tesseract (it kills the process) a little before
        # the deadline; the deadline's alarm is held off meanwhile, as raising out of
        # subprocess's calls would leave Tesseract running.
        left = max(self.clock.seconds_left() - _HEADSTART, 1e-3)
        try:
            with one_thread(), self.clock.held():
                data = pytesseract.image_to_data(
                    image,
                    lang=LANGUAGE,
                    # --psm 3, Tesseract's default: it finds the page's blocks and columns.
                    config=f"--dpi {round(image.info['dpi'][0])}",
                    output_type=pytesseract.Output.DICT,
                    timeout=left,
                )
        except ProformaError:
            raise
        except caught("tesseract") as exc:
            if str(exc) == "Tesseract process timeout":  # pytesseract's, on `timeout`
                error = self.clock.expired()
                error.args = (f"{error.args[0]}; stopped at OCR of page {number}",)
                raise error from None
            raise translate(
                exc,
                "tesseract",
                name=self.name,
                doing=f"page {number} of the PDF could not be read by OCR",
                what="PDF",
            ) from exc
        return Scan.of(data, image)

    def _open(self) -> Any:
        if self._document is None:
            import pypdfium2

            self._document = pypdfium2.PdfDocument(self.data, password=self.password)
        return self._document

    @contextmanager
    def _pdfium_errors(self) -> Iterator[None]:
        """pypdfium2's errors, by the pdfium engine's row of the table."""
        from .pdfium import translate as pdfium_translate

        try:
            yield
        except ProformaError:
            raise
        except caught("pdfium") as exc:
            raise pdfium_translate(exc, self.name, password=self.password) from exc


@dataclass(frozen=True, slots=True)
class Scan:
    """What Tesseract read on one page: its words in points, their confidences, and the
    rules seen in the image."""

    words: tuple[Word, ...]
    confidences: tuple[float, ...]
    rules: tuple[Rule, ...]
    width: float
    height: float

    @classmethod
    def of(cls, data: dict[str, list[Any]], image: Image) -> Scan:
        points = 72 / image.info["dpi"][0]
        words, confidences = ocr_words(data, points)
        width, height = image.width * points, image.height * points
        return cls(
            tuple(words), tuple(confidences), tuple(raster_rules(image, points)), width, height
        )

    @property
    def confidence(self) -> int:
        """Mean word confidence, rounded as it is said (79.6 is said 80 and is not low)."""
        return round(sum(self.confidences) / len(self.confidences)) if self.confidences else 0

    def defect(self, number: int) -> ReaderDefect:
        if not self.words:
            said = "Tesseract found no words on it"
        else:
            said = f"{len(self.words):,} words, mean word confidence {self.confidence}%"
            if self.confidence < LOW_CONFIDENCE:
                said += f", low (under {LOW_CONFIDENCE}%): words may be misread"
            said += self._doubtful()
        return ReaderDefect(
            "ocr", f"page {number} is an image and was read by OCR ({said})", page=number
        )

    def _doubtful(self) -> str:
        """The words read below DOUBTFUL, said so a reader can check them: "AHWB034" read
        as "AHWBO034" at 30% in a title, where the page's mean is 92%. Nothing is said
        when there are none, nor for a bullet or dash given back by its shape, whose
        confidence is Tesseract's for the letter it took it for ("e" for "•", at 7%)."""
        doubtful = [
            f"{word.text!r} ({round(confidence)}%)"
            for word, confidence in zip(self.words, self.confidences, strict=True)
            if confidence < DOUBTFUL and word.text not in GIVEN_BACK
        ]
        if not doubtful:
            return ""
        said = ", ".join(doubtful[:DOUBTFUL_SAID])
        if len(doubtful) > DOUBTFUL_SAID:
            said += f" and {len(doubtful) - DOUBTFUL_SAID:,} more"
        return f"; read under {DOUBTFUL}%, perhaps misread: {said}"

    def page(self, raw: RawPage) -> RawPage:
        """`raw` with the words read by OCR in place of its text layer's."""
        rules = self.rules
        grids = find_grids(Ruling((0.0, 0.0, self.width, self.height), rules)) if rules else []
        return RawPage(
            number=raw.number,
            width=self.width,
            height=self.height,
            words=self.words,
            grids=tuple(grids),
            chars=sum(len(word.text) for word in self.words),
            cid_chars=0,
            images=raw.images,
        )


class _Read(NamedTuple):
    """One word as Tesseract read it: its text, its ink box in pixels, its confidence."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float

    @property
    def bottom(self) -> int:
        return self.top + self.height


def ocr_words(data: dict[str, list[Any]], points: float) -> tuple[list[Word], list[float]]:
    """Tesseract's words (image_to_data as a dict) as `Word`s in points, with confidences.

    A PDF engine gives every character of a line the same top and bottom (the font size
    above the descent), and the layout finds lines and paragraph gaps from those; an OCR
    word's box hugs its ink ("on" is lower than "The"). So each word takes the top and
    bottom of the whole line Tesseract put it on. Specks are left out (`_is_speck`), and
    a bullet or an en dash that Tesseract read as a letter or a hyphen is given back as
    the glyph the page shows (`_as_drawn`).
    """
    lines = _read_lines(data)
    typical = _typical_height(lines)
    words: list[Word] = []
    confidences: list[float] = []
    for line in lines:
        shown = [_as_drawn(line, index) for index in range(len(line))]
        kept = [read for read in shown if not _is_speck(read, typical)]
        if not kept:
            continue
        top = min(read.top for read in kept) * points
        bottom = max(read.bottom for read in kept) * points
        for read in kept:
            x0 = read.left * points
            words.append(Word(read.text, x0, x0 + read.width * points, top, bottom))
            confidences.append(read.confidence)
    return words, confidences


def _read_lines(data: dict[str, list[Any]]) -> list[list[_Read]]:
    """Tesseract's words with text, line by line, as it grouped them."""
    lines: dict[tuple[int, int, int], list[_Read]] = {}
    for index, text in enumerate(data.get("text", [])):
        if data["level"][index] == 5 and str(text).strip():
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            lines.setdefault(key, []).append(
                _Read(
                    str(text).strip(),
                    data["left"][index],
                    data["top"][index],
                    data["width"][index],
                    data["height"][index],
                    float(data["conf"][index]),
                )
            )
    return list(lines.values())


def _typical_height(lines: list[list[_Read]]) -> float:
    """The median height of the page's words: the size of its body text, in pixels."""
    heights = sorted(read.height for line in lines for read in line)
    return float(heights[len(heights) // 2]) if heights else 0.0


def _is_speck(read: _Read, typical: float) -> bool:
    """Whether a "word" is ink that is no text: read with low confidence and far from the
    size of a letter. A dotted leader line read as "ceeceeceeeeceecne..." (6 pixels tall
    beside text 35 tall, confidence 0), a table rule read as "Pw" (241 pixels tall).

    Confidence alone is no test: over the corpus's 131 records scanned, 13 of the 31
    words Tesseract read below 50% are real words the text layer has ("a" and "further"
    at 0%), so a word of a plausible size is kept whatever its confidence.
    """
    if read.confidence >= SPECK_CONFIDENCE or typical <= 0:
        return False
    return not SPECK_SMALLEST * typical <= read.height <= SPECK_TALLEST * typical


def _as_drawn(line: list[_Read], index: int) -> _Read:
    """The word at `index` of `line`, a misread bullet or dash given its glyph back."""
    read = line[index]
    if index == 0 and _is_bullet(line):
        return read._replace(text="\u2022")
    if read.text == "-" and _is_en_dash(read, line):
        return read._replace(text="\u2013")
    return read


def _is_bullet(line: list[_Read]) -> bool:
    """Whether the line's first "word" is a bullet that Tesseract read as a letter: a
    round dot, small beside the line, that floats above the line's baseline. "• General"
    is read "e General" (and "•" as "¢"): the dot is 15 pixels across, its foot 10 above
    the foot of "General" on a line 37 tall, where a letter "e" or "a" stands on the
    baseline and an asterisk is over half the line's height.
    """
    if len(line) < 2 or len(line[0].text) != 1:
        return False
    mark, rest = line[0], line[1:]
    height = max(read.bottom for read in line) - min(read.top for read in line)
    baseline = sorted(read.bottom for read in rest)[len(rest) // 2]
    size = max(mark.width, mark.height)
    return (
        size <= BULLET_MAX_SIZE * height
        and min(mark.width, mark.height) >= BULLET_ROUNDNESS * size
        and baseline - mark.bottom >= BULLET_RAISED * height
    )


def _is_en_dash(read: _Read, line: list[_Read]) -> bool:
    """Whether a "-" standing alone is an en dash, which Tesseract reads as a hyphen: a
    stroke at least four times as long as it is thick and over a third of the line's
    height long ("Review – learning event": 19 by 3 pixels on a line 45 tall), where a
    hyphen is at most three times as long as thick (12 by 4) and a quarter of the line.
    The text layer of the same page has "–" where these are measured, "-" where not.
    """
    height = max(word.bottom for word in line) - min(word.top for word in line)
    return (
        read.width >= EN_DASH_ASPECT * max(read.height, 1) and read.width >= EN_DASH_LENGTH * height
    )


def raster_rules(image: Image, points: float) -> list[Rule]:
    """The straight rules drawn in a rendered page: runs of ink long enough not to be a
    letter's stroke, horizontal and vertical, in points from the top-left."""
    from PIL import Image as PILImage

    ink = image.convert("L").point(lambda level: 0 if level < _DARK else 255)
    across = _runs(ink, _RULE_MIN_H / points)
    down = _runs(ink.transpose(PILImage.Transpose.TRANSPOSE), _RULE_MIN_V / points)
    rules = []
    for upper, lower, start, end in _bands(across, _RULE_MAX_THICK / points):
        for y in dict.fromkeys((upper, lower)):  # a filled box: its top and bottom edges
            rules.append(Rule(start * points, y * points, end * points, y * points, "h"))
    for leftmost, rightmost, start, end in _bands(down, _RULE_MAX_THICK / points):
        for x in dict.fromkeys((leftmost, rightmost)):
            rules.append(Rule(x * points, start * points, x * points, end * points, "v"))
    return rules


def _runs(ink: Image, shortest: float) -> list[tuple[int, int, int]]:
    """(row, start, end) of each run of at least `shortest` ink pixels along the rows."""
    width = ink.width
    pattern = regex.compile(rb"\x00{%d,}" % max(round(shortest), 1))
    pixels = ink.tobytes()
    runs: list[tuple[int, int, int]] = []
    for row in range(ink.height):
        line = pixels[row * width : (row + 1) * width]
        if b"\x00" in line:
            runs.extend((row, found.start(), found.end()) for found in pattern.finditer(line))
    return runs


def _bands(
    runs: list[tuple[int, int, int]], thickest: float
) -> list[tuple[float, float, int, int]]:
    """Runs on consecutive rows with the same ends joined into one stroke: (middle row,
    middle row, start, end) for a rule, or (first row, last row, start, end) for a stroke
    thicker than `thickest`, a filled box whose two edges are rules."""
    open_bands: list[list[int]] = []  # [first row, last row, start, end]
    done: list[list[int]] = []
    for row, start, end in runs:
        for band in open_bands:
            if (
                band[1] == row - 1
                and abs(band[2] - start) <= _SLACK_PX
                and abs(band[3] - end) <= _SLACK_PX
            ):
                band[1] = row
                break
        else:
            open_bands.append([row, row, start, end])
        done.extend(band for band in open_bands if band[1] < row - 1)
        open_bands = [band for band in open_bands if band[1] >= row - 1]
    done.extend(open_bands)
    strokes: list[tuple[float, float, int, int]] = []
    for first, last, start, end in done:
        if last + 1 - first > thickest:
            strokes.append((float(first), float(last + 1), start, end))
        else:
            middle = (first + last + 1) / 2
            strokes.append((middle, middle, start, end))
    return strokes


def _clipped_area(bounds: tuple[float, float, float, float], page: tuple[float, ...]) -> float:
    left, bottom, right, top = bounds
    width = min(right, page[2]) - max(left, page[0])
    height = min(top, page[3]) - max(bottom, page[1])
    return max(width, 0.0) * max(height, 0.0)


def _pages(numbers: list[int]) -> str:
    """ "page 3", "pages 1, 2 and 4"."""
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return f"pages {', '.join(map(str, numbers[:-1]))} and {numbers[-1]}"


@contextmanager
def _pdfium_lock() -> Iterator[None]:
    """pdfium's process-wide lock (pdfium is not safe from two threads at once); the pdfium
    engine already holds it while it reads this document, and it is re-entrant."""
    from .pdfium import PDFIUM_LOCK

    with PDFIUM_LOCK:
        yield


_THREADS = threading.Lock()
_callers = 0
_OMP = "OMP_THREAD_LIMIT"


@contextmanager
def one_thread() -> Iterator[None]:
    """Tesseract on one core, unless the caller set OMP_THREAD_LIMIT.

    Tesseract's OpenMP threads fight each other and the backfill's workers for the cores:
    on two busy cores one A4 page took 4.9 s with them and 1.4 s without. pytesseract
    passes the process's environment to Tesseract and takes no other, so the variable is
    set for the calls under way (counted across threads) and removed after the last.
    """
    global _callers
    with _THREADS:
        ours = _callers > 0 or _OMP not in os.environ
        if ours:
            _callers += 1
            os.environ[_OMP] = "1"
    try:
        yield
    finally:
        if ours:
            with _THREADS:
                _callers -= 1
                if _callers == 0:
                    os.environ.pop(_OMP, None)
