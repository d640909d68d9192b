"""Word automatic numbering, replayed: the "1." and "(a)" Word draws but never stores.

A numbered paragraph stores only (numId, ilvl), directly or through its style. The number
shown comes from numbering.xml: w:num points at a w:abstractNum whose w:lvl gives the start,
the format (decimal, lowerLetter, upperRoman, bullet ...) and the text ("%1.", "(%2)"). Word
keeps one counter per abstract list and level, so the counters are replayed in document
order: using a level counts it up and resets the deeper levels (unless w:lvlRestart says
otherwise), and a w:num with w:startOverride restarts its list the first time it is used.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..numerals import roman
from .styles import StyleIndex
from .xml import Element, attr, child, int_attr, is_on, w

_LEVELS = 9
_PLACEHOLDER_RE = regex.compile(r"%([1-9])")  # "%1.%2." in a multi-level list's lvlText


@dataclass(frozen=True, slots=True)
class Level:
    """One w:lvl of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None
    legal: bool = False
    style_id: str | None = None
    symbol_font: bool = False
    """The level's text is drawn in a symbol font, where a letter is a picture."""


# Fonts whose letters are pictures. Word stores its own bullets as private-use characters
# (U+F0B7 in Symbol); LibreOffice writes a Word 97 bullet back as the plain letter of the
# glyph: "l" in Wingdings is a round bullet, "§" a square one, "Ø" an arrowhead.
_SYMBOL_FONTS = frozenset(("symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings"))


def _read_level(lvl: Element, base: Level | None = None) -> Level:
    """A w:lvl; in a w:lvlOverride only the properties it states replace `base`'s."""
    base = base or Level()
    start = int_attr(child(lvl, "start"))
    text = attr(child(lvl, "lvlText"))
    return Level(
        start=base.start if start is None else start,
        fmt=attr(child(lvl, "numFmt")) or base.fmt,
        text=base.text if text is None else text,
        restart=int_attr(child(lvl, "lvlRestart")),
        legal=is_on(child(lvl, "isLgl")),
        style_id=attr(child(lvl, "pStyle")) or base.style_id,
        symbol_font=_in_symbol_font(lvl) if text is not None else base.symbol_font,
    )


def _in_symbol_font(lvl: Element) -> bool:
    """Whether a w:lvl's run properties draw its text in a symbol font (w:rFonts)."""
    fonts = child(child(lvl, "rPr"), "rFonts")
    font = attr(fonts, "ascii") or attr(fonts, "hAnsi")
    return font is not None and font.strip().lower() in _SYMBOL_FONTS


def _letters(value: int) -> str:
    # Word repeats the letter after z: 27 is "aa", 28 "bb".
    if value <= 0:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def format_number(value: int, fmt: str) -> str:
    """`value` in Word's number format `fmt` (unknown formats fall back to decimal)."""
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return roman(value)
    if fmt == "upperRoman":
        return roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10)
        return f"{value}{suffix or 'th'}"
    if fmt == "none":
        return ""
    return str(value)


def bullet_label(text: str, symbol_font: bool = False) -> str:
    """A bullet as text: Symbol/Wingdings glyphs live in the private use area, or are a
    letter drawn in such a font; either is shown as •."""
    if not text or symbol_font or all("\ue000" <= ch <= "\uf8ff" for ch in text):
        return "•"
    return text


@dataclass(frozen=True, slots=True)
class _Num:
    abstract_id: int
    levels: dict[int, Level]
    starts: dict[int, int]


class Numbering:
    """The list definitions of one document and the counters replayed so far.

    The definitions are read when the first numbered paragraph asks for them: many
    documents (and most headers) number nothing.
    """

    def __init__(self, numbering_element: Element | None, styles: StyleIndex) -> None:
        self._styles = styles
        self._element = numbering_element
        self._abstracts: dict[int, dict[int, Level]] = {}
        self._style_links: dict[int, str] = {}
        self._nums: dict[int, _Num] = {}
        self._counters: dict[int, list[int | None]] = {}
        self._started: set[int] = set()

    def _load(self) -> None:
        element, self._element = self._element, None
        if element is None:
            return
        for abstract in element.iterchildren(w("abstractNum")):
            self._add_abstract(abstract)
        for num in element.iterchildren(w("num")):
            self._add_num(num)

    def _add_abstract(self, abstract: Element) -> None:
        abstract_id = int_attr(abstract, "abstractNumId")
        if abstract_id is None:
            return
        levels = {}
        for lvl in abstract.iterchildren(w("lvl")):
            ilvl = int_attr(lvl, "ilvl")
            if ilvl is not None and 0 <= ilvl < _LEVELS:
                levels[ilvl] = _read_level(lvl)
        self._abstracts[abstract_id] = levels
        link = attr(child(abstract, "numStyleLink"))
        if link is not None:
            self._style_links[abstract_id] = link

    def _add_num(self, num: Element) -> None:
        num_id = int_attr(num, "numId")
        abstract_id = int_attr(child(num, "abstractNumId"))
        if num_id is None or abstract_id is None:
            return
        levels: dict[int, Level] = {}
        starts: dict[int, int] = {}
        for override in num.iterchildren(w("lvlOverride")):
            ilvl = int_attr(override, "ilvl")
            if ilvl is None or not 0 <= ilvl < _LEVELS:
                continue
            start = int_attr(child(override, "startOverride"))
            if start is not None:
                starts[ilvl] = start
            lvl = child(override, "lvl")
            if lvl is not None:
                levels[ilvl] = _read_level(lvl, self._level(abstract_id, ilvl))
        self._nums[num_id] = _Num(abstract_id, levels, starts)

    def _resolve_abstract(self, abstract_id: int) -> int:
        """Follow w:numStyleLink: a list style's abstractNum defers to the style's own num."""
        for _ in range(4):
            link = self._style_links.get(abstract_id)
            linked = self._styles.numbering(link).num_id if link is not None else None
            if linked is None or linked not in self._nums:
                break
            abstract_id = self._nums[linked].abstract_id
        return abstract_id

    def _level(self, abstract_id: int, ilvl: int) -> Level:
        return self._abstracts.get(self._resolve_abstract(abstract_id), {}).get(ilvl, Level())

    def _levels(self, num: _Num) -> list[Level]:
        return [num.levels.get(i) or self._level(num.abstract_id, i) for i in range(_LEVELS)]

    def style_level(self, num_id: int, style_id: str | None) -> int:
        """The level whose w:pStyle names `style_id` ("List Number 2" may own level 1)."""
        self._load()
        num = self._nums.get(num_id)
        if num is None or style_id is None:
            return 0
        for ilvl, level in enumerate(self._levels(num)):
            if level.style_id == style_id:
                return ilvl
        return 0

    def count(self, num_id: int, ilvl: int) -> str | None:
        """Count one paragraph of list `num_id` at level `ilvl`; its label, None if unseen."""
        self._load()
        num = self._nums.get(num_id)
        if num is None:
            return None
        ilvl = min(max(ilvl, 0), _LEVELS - 1)
        levels = self._levels(num)
        counters = self._counters.setdefault(
            self._resolve_abstract(num.abstract_id), [None] * _LEVELS
        )
        if num_id not in self._started:
            # A num with startOverride is a restarted copy of its list (Word's "Restart at").
            self._started.add(num_id)
            for restarted, start in num.starts.items():
                counters[restarted] = start - 1
                _reset_deeper(counters, levels, restarted)
        current = counters[ilvl]
        counters[ilvl] = levels[ilvl].start if current is None else current + 1
        _reset_deeper(counters, levels, ilvl)
        return _render(levels, counters, ilvl)

    def paragraph_label(self, ppr: Element | None, style_id: str | None) -> tuple[str | None, int]:
        """Count a paragraph's numbering (direct w:numPr or its style's); label and level."""
        num_pr = child(ppr, "numPr")
        from_style = self._styles.numbering(style_id)
        num_id = int_attr(child(num_pr, "numId"))
        num_id = from_style.num_id if num_id is None else num_id
        if not num_id:  # numId 0 switches numbering off, even one inherited from a style
            return None, 0
        ilvl = int_attr(child(num_pr, "ilvl"))
        if ilvl is None:
            ilvl = from_style.ilvl
        if ilvl is None:
            ilvl = self.style_level(num_id, style_id)
        return self.count(num_id, ilvl), ilvl


def _reset_deeper(counters: list[int | None], levels: list[Level], ilvl: int) -> None:
    for deeper in range(ilvl + 1, _LEVELS):
        restart = levels[deeper].restart
        # w:lvlRestart 0 means never restart; n means restart after level n (1-based) only.
        if restart is None or (restart != 0 and ilvl <= restart - 1):
            counters[deeper] = None


def _render(levels: list[Level], counters: list[int | None], ilvl: int) -> str | None:
    level = levels[ilvl]
    if level.fmt == "bullet":
        return bullet_label(level.text, level.symbol_font)

    def value(match: regex.Match[str]) -> str:
        index = int(match.group(1)) - 1
        number = counters[index]
        number = levels[index].start if number is None else number
        # isLgl shows every level's number as decimal ("1.1" in a legal list).
        fmt = "decimal" if level.legal and index < ilvl else levels[index].fmt
        return format_number(number, fmt)

    label = _PLACEHOLDER_RE.sub(value, level.text).strip()
    return label or None
