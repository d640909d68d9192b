"""What the PDF reader keeps of a page: words and ruled tables as plain frozen data.

Everything an engine knows about a page is copied out here, once, so the page can be
closed straight after and memory stays flat however long the file; layout analysis then
works on these small records, never on engine objects. Both engines end in the same steps:
characters become words by pdfplumber's word rule (`words_from_chars`, which pdfplumber's
own `extract_words` runs too) and rules become tables by pdfplumber's table finder
(`find_grids`), so the pdfium engine (pdfium) only has to say where its characters and
rules are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import regex

# Gap, as a share of the font size, that separates two words even without a space glyph.
# pdfplumber's fixed 3pt glues tightly set words ("CabinetMeeting17thMarch2022"); letters of
# one word sit closer than 0.12 em even when tracked.
X_TOLERANCE_RATIO = 0.12
# Characters whose tops differ by less than this sit on one line ("17th" with raised "th").
Y_TOLERANCE = 3.0
# pdfminer's stand-in for a glyph it cannot map to Unicode: "(cid:54)".
CID_RE = regex.compile(r"\(cid:\d+\)")
SYMBOL_BULLET = "\uf0b7"

Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points from the top-left corner, as pdfplumber gives them."""


class Word(NamedTuple):
    """A word and its box. A named tuple rather than a frozen dataclass: a page has hundreds
    and a frozen dataclass costs four times as much to make."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Char:
    """One glyph, placed as pdfminer places it: a box one font size tall above the descent."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    upright: bool


@dataclass(frozen=True, slots=True)
class Rule:
    """A straight horizontal or vertical stroke (or a side of a filled box), top-left based."""

    x0: float
    top: float
    x1: float
    bottom: float
    orientation: Literal["h", "v"]


@dataclass(frozen=True, slots=True)
class Ruling:
    """A page's rules and box, as the table finder reads a page (its `edges` and `bbox`)."""

    bbox: Box
    rules: tuple[Rule, ...]

    @property
    def edges(self) -> list[dict[str, Any]]:
        return [_edge(rule) for rule in self.rules]


def _edge(rule: Rule) -> dict[str, Any]:
    return {
        "object_type": "line",
        "orientation": rule.orientation,
        "x0": rule.x0,
        "x1": rule.x1,
        "top": rule.top,
        "bottom": rule.bottom,
        "doctop": rule.top,
        "width": rule.x1 - rule.x0,
        "height": rule.bottom - rule.top,
    }


@dataclass(frozen=True, slots=True)
class Grid:
    """A ruled table found by pdfplumber: its box and each row's cell boxes (None: merged)."""

    bbox: Box
    rows: tuple[tuple[Box | None, ...], ...]


@dataclass(frozen=True, slots=True)
class RawPage:
    number: int
    width: float
    height: float
    words: tuple[Word, ...]
    grids: tuple[Grid, ...]
    chars: int
    cid_chars: int
    images: int


def extract_page(page: Any, number: int) -> RawPage:
    """Copy what layout needs out of a pdfplumber page (the caller closes the page)."""
    chars = page.chars
    cid_chars = sum(1 for char in chars if CID_RE.fullmatch(char.get("text", "")))
    words = page.extract_words(
        x_tolerance_ratio=X_TOLERANCE_RATIO, y_tolerance=Y_TOLERANCE, keep_blank_chars=False
    )
    return RawPage(
        number=number,
        width=float(page.width),
        height=float(page.height),
        words=tuple(_words(words)),
        grids=tuple(find_grids(page)) if page.lines or page.rects else (),
        chars=len(chars),
        cid_chars=cid_chars,
        images=len(page.images),
    )


def words_from_chars(chars: Iterable[Char]) -> list[Word]:
    """Characters (in content order) into words, by the rule pdfplumber's engine path uses."""
    from pdfplumber.utils.text import WordExtractor

    extractor = WordExtractor(
        x_tolerance_ratio=X_TOLERANCE_RATIO, y_tolerance=Y_TOLERANCE, keep_blank_chars=False
    )
    dicts = [
        {
            "text": char.text,
            "x0": char.x0,
            "x1": char.x1,
            "top": char.top,
            "doctop": char.top,
            "bottom": char.bottom,
            "size": char.size,
            "upright": char.upright,
        }
        for char in chars
    ]
    return _words(extractor.extract_words(dicts)) if dicts else []


def _words(raw: list[dict[str, Any]]) -> list[Word]:
    words = []
    for word in raw:
        if not word.get("upright", True):
            continue  # rotated margin text (a filing stamp) is not part of the record
        text = _word_text(word["text"])
        if text:
            words.append(
                Word(
                    text,
                    x0=float(word["x0"]),
                    x1=float(word["x1"]),
                    top=float(word["top"]),
                    bottom=float(word["bottom"]),
                )
            )
    return words


def _word_text(text: str) -> str:
    # One unmapped glyph standing alone is nearly always a bullet drawn from a symbol font;
    # it becomes the private-use bullet Word's Symbol font uses, which paragraphs turn to "•".
    if CID_RE.fullmatch(text):
        return SYMBOL_BULLET
    return CID_RE.sub("", text).strip()


def find_grids(ruling: Any) -> list[Grid]:
    """The ruled tables of `ruling`: a pdfplumber page, or a `Ruling` from another engine."""
    from pdfplumber.table import TableFinder, TableSettings

    grids = []
    finder = TableFinder(ruling, TableSettings.resolve(_closing_rules(ruling)))
    for table in finder.tables:
        rows = tuple(
            tuple(None if cell is None else _box(cell) for cell in row.cells) for row in table.rows
        )
        grids.append(Grid(_box(table.bbox), rows))
    return grids


def _closing_rules(page: Any) -> dict[str, Any]:
    """Horizontal rules where column rules end, for tables whose row breaks across pages.

    Word and LibreOffice close a table cell cut by a page break with a rule; reportlab and
    others leave it open, and then no cell closes for the table finder. A rule where the
    column rules stop closes it again.
    """
    verticals = [edge for edge in page.edges if edge["orientation"] == "v" and edge["height"] > 2]
    if len(verticals) < 2:
        return {}
    ends = {round(edge[side], 1) for edge in verticals for side in ("top", "bottom")}
    return {"explicit_horizontal_lines": sorted(ends)}


def _box(raw: Any) -> Box:
    x0, top, x1, bottom = raw
    return float(x0), float(top), float(x1), float(bottom)


@dataclass
class Tally:
    """What the pages showed of their text layer, counted while reading."""

    password: str | None = None
    """The password given by the caller; None when none was."""
    encrypted: bool = False
    repaired: bool = False
    chars: int = 0
    cids: int = 0
    images: int = 0

    def count(self, page: RawPage) -> None:
        self.chars += page.chars
        self.cids += page.cid_chars
        self.images += page.images
