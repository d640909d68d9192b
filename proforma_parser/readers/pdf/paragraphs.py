"""Join a region's lines into paragraphs, the way Word had them before it wrapped them.

Between two lines there is a wrap (join with a space), a line break inside the paragraph,
or a new paragraph. A new paragraph: the gap is wider than the usual line pitch (paragraph
spacing), the next line starts with a bullet, or the text moves back out to the left. A
line that stopped short (the next line's first word would have fitted after it) was ended
on purpose: that starts a new paragraph where paragraphs have no spacing to show (table
cells) or when a list marker follows, and is a line break otherwise. In unspaced text a
sentence ending well short, or followed by "RESOLVED", ends a paragraph too. A paragraph cut
by a page break is put back together.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

import regex

from ...document import Block, BlockKind
from .layout import Line, Region

_PARAGRAPH_GAP = 1.3
"""A line pitch over this many times the usual one is paragraph spacing."""
_PITCH_PER_HEIGHT = 1.4
"""Single spacing is at most this many line heights, whatever the region's spacing."""
_SPACE_EM = 0.25
"""Width of a word space as a share of the line height."""
_SLACK = 1.0
"""Points of rounding allowed when asking whether a word would have fitted."""
_OUTDENT = 4.0
"""Points a line must move left of the one above to start a new paragraph."""
_SHORT_SENTENCE = 0.15
"""In unspaced text, a sentence ending this share of the width short ends a paragraph."""
_HEADING_SIZE = 1.12
"""A line this many times as tall as the line below it is set in larger type: a heading."""
_SAME_COLUMN = 3.0
"""Points within which two regions on consecutive pages are the same column."""

# A line's first word that is a list marker: "1.", "2)", "(a)", "iv.", "•", "-".
_MARKER_RE = regex.compile(
    r"^(\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)]|[•·▪◦‣●○■□➢➤✓–-]|[\ue000-\uf8ff])$",
    regex.IGNORECASE,
)
# A numbered or lettered item's marker, in parts: "(", "12" or "b", ")".
_ITEM_RE = regex.compile(
    r"^(?P<open>\(?)(?P<value>[0-9]{1,2}|[a-z])(?P<close>[.)])$", regex.IGNORECASE
)
# A bullet glyph only ever starts an item ("-" and "2." may also fall at a wrap).
_BULLET_RE = regex.compile(r"^[•·▪◦‣●○■□➢➤✓\ue000-\uf8ff]$")
_PRIVATE_USE_RE = regex.compile(r"^[\ue000-\uf8ff]$")  # Symbol-font bullets: \uf0b7
_PRIVATE_USE_ANY_RE = regex.compile(r"[\ue000-\uf8ff]")
_SENTENCE_END_RE = regex.compile(r"[.:;!?]['\"’”)]?$")
# A paragraph's first word in capitals: "RESOLVED", "RECOMMENDED", "AGREED", "NOTE".
_CAPITALS_RE = regex.compile(r"^[A-Z][A-Z'’-]{2,}[:,.-]*$")


class _Join(Enum):
    WRAP = " "
    LINE_BREAK = "\n"
    PARAGRAPH = ""


@dataclass
class Paragraph:
    """Lines of one paragraph as chunks: lines joined by wrapping, chunks by line breaks."""

    chunks: list[list[Line]]
    kind: BlockKind
    page: int
    region: Region

    @property
    def first(self) -> Line:
        return self.chunks[0][0]

    @property
    def last(self) -> Line:
        return self.chunks[-1][-1]


@dataclass(frozen=True, slots=True)
class _Spacing:
    pitch: float
    """The region's usual line pitch."""
    spaced: bool
    """Whether its paragraphs are set apart by spacing (running text) or not (table cells)."""


def is_marker_word(text: str) -> bool:
    """Is `text` a list marker: "1.", "(a)", "iv)", "•", a symbol-font bullet?"""
    return bool(_MARKER_RE.match(text))


def _first_word(line: Line) -> str:
    return line.words[0].text


def region_paragraphs(region: Region) -> list[Paragraph]:
    """The paragraphs of one region, in order."""
    pitch = _usual_pitch(region.lines)
    spacing = _Spacing(
        pitch, any(b.top - a.top > _PARAGRAPH_GAP * pitch for a, b in pairwise(region.lines))
    )
    paragraphs: list[Paragraph] = []
    for index, line in enumerate(region.lines):
        join = _join(region.lines[index - 1], line, paragraphs[-1], spacing) if index else None
        if join is None or join is _Join.PARAGRAPH:
            kind: BlockKind = "list_item" if _MARKER_RE.match(_first_word(line)) else region.kind
            paragraphs.append(Paragraph([[line]], kind, region.page, region))
        elif join is _Join.LINE_BREAK:
            paragraphs[-1].chunks.append([line])
        else:
            paragraphs[-1].chunks[-1].append(line)
    return paragraphs


def _usual_pitch(lines: tuple[Line, ...]) -> float:
    heights = sorted(line.height for line in lines)
    ceiling = _PITCH_PER_HEIGHT * heights[len(heights) // 2] if heights else 0.0
    pitches = sorted(b.top - a.top for a, b in pairwise(lines) if b.top > a.top)
    usual = pitches[len(pitches) // 2] if pitches else ceiling
    return min(usual, ceiling)


def _join(above: Line, line: Line, paragraph: Paragraph, spacing: _Spacing) -> _Join:
    region = paragraph.region
    if line.top - above.top > _PARAGRAPH_GAP * spacing.pitch:
        return _Join.PARAGRAPH
    if _BULLET_RE.match(_first_word(line)):
        return _Join.PARAGRAPH
    # Moving back left after a wrapped line ends a hanging list item or an indented quote;
    # after a paragraph's first line it is only the first-line indent ending.
    if above is not paragraph.first and line.x0 < above.x0 - _OUTDENT:
        return _Join.PARAGRAPH
    if _next_item(paragraph.first, line):
        return _Join.PARAGRAPH
    if above.height > _HEADING_SIZE * line.height and above.text.isupper():
        # capitals in a larger type over the text below them: a heading, never wrapped into
        # that text ("RECORD OF DECISION TAKEN UNDER DELEGATED POWERS" at 13 points over
        # "Officer: Strategic Director of Resources" at 11). (Capitals only: an OCR'd line's
        # height is its glyphs', and "Alternative Options" stands taller than "Considered
        # and Rejected" below it; capitals, with no descenders, stand shorter.)
        return _Join.PARAGRAPH
    if _ends_with_inline_item(above):
        return _Join.WRAP  # "... be agreed. 2." goes on "That authority ..." on the next line
    if stopped_short(above, line, region.right):
        if not spacing.spaced or _MARKER_RE.match(_first_word(line)):
            return _Join.PARAGRAPH
        return _Join.LINE_BREAK
    if not spacing.spaced and _sentence_ends_paragraph(above, line, region):
        return _Join.PARAGRAPH
    return _Join.WRAP


def _ends_with_inline_item(line: Line) -> bool:
    """Does `line` end in the number of an item run into the text: "agreed. 2.", "to: (a)"?"""
    if len(line.words) < 2 or not _ITEM_RE.match(line.words[-1].text):
        return False
    return bool(_SENTENCE_END_RE.search(line.words[-2].text))


def _next_item(first: Line, line: Line) -> bool:
    """Does `line` start the item after the one `first` starts ("1." then "2.", "(a)" "(b)",
    "3.1" then "3.2")?"""
    if _next_decimal(_first_word(first), _first_word(line)):
        return abs(line.x0 - first.x0) <= _OUTDENT
    this, following = _ITEM_RE.match(_first_word(first)), _ITEM_RE.match(_first_word(line))
    if this is None or following is None or abs(line.x0 - first.x0) > _OUTDENT:
        return False
    if (this["open"], this["close"]) != (following["open"], following["close"]):
        return False
    a, b = this["value"].lower(), following["value"].lower()
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return len(a) == len(b) == 1 and ord(b) == ord(a) + 1


# A decimal paragraph number: "3.1", "2.1.4", "1.2."
_DECIMAL_ITEM_RE = regex.compile(r"^(?P<head>\d{1,2}(?:\.\d{1,2}){0,2})\.(?P<last>\d{1,2})\.?$")


def _next_decimal(this: str, following: str) -> bool:
    a, b = _DECIMAL_ITEM_RE.match(this), _DECIMAL_ITEM_RE.match(following)
    if a is None or b is None or a["head"] != b["head"]:
        return False
    return int(b["last"]) == int(a["last"]) + 1


def _sentence_ends_paragraph(above: Line, line: Line, region: Region) -> bool:
    """Where paragraphs have no spacing (table cells), a sentence end may say it instead."""
    if not _SENTENCE_END_RE.search(above.text):
        return False
    first = _first_word(line)
    if _CAPITALS_RE.match(first):
        return True
    width = region.right - region.left
    return first[:1].isupper() and region.right - above.x1 > _SHORT_SENTENCE * width


def stopped_short(above: Line, line: Line, right: float) -> bool:
    """Would `line`'s first word have fitted at the end of `above`? Then the break was typed."""
    first = line.words[0]
    space = _SPACE_EM * above.height
    return above.x1 + space + (first.x1 - first.x0) < right - _SLACK


def join_lines(lines: list[Line]) -> str:
    """Wrapped lines as one: joined by spaces, a word broken after its hyphen mended."""
    text = ""
    for line in lines:
        if _PRIVATE_USE_ANY_RE.search(line.text):
            piece = " ".join(_visible(line, keep_bullet=not text))
        else:
            piece = _gapped(line)  # no symbol-font glyph: every word shows as it is
        if text.endswith("-") and text[-2:-1].isalnum():
            text += piece  # "multi-" + "agency", "pre-" + "Covid": Word wraps after a hyphen
        else:
            text = f"{text} {piece}" if text else piece
    return text


# A gap between two words of a line this many line heights wide is a gutter, not a word
# space (a justified line's widest is under one): "Decision taker" ... "Head of Housing and"
# on a form whose columns were typed with spaces. It is kept as two spaces, which the
# normaliser reads before it folds them.
_GAP_HEIGHTS = 1.0


def _gapped(line: Line) -> str:
    """A line's text, a gutter between its words kept as two spaces."""
    words = line.words
    if len(words) < 2:
        return line.text
    gap = _GAP_HEIGHTS * line.height
    if all(b.x0 - a.x1 <= gap for a, b in pairwise(words)):
        return line.text  # most lines: no gutter
    pieces = [words[0].text]
    for index, (a, b) in enumerate(pairwise(words)):
        # (not after a list's number or bullet: "1.      Title of Item/Report" is one line)
        wide = b.x0 - a.x1 > gap and not (index == 0 and is_marker_word(a.text))
        pieces.append("  " if wide else " ")
        pieces.append(b.text)
    return "".join(pieces)


def _visible(line: Line, *, keep_bullet: bool) -> list[str]:
    """A line's words; a symbol-font glyph is shown as "•" where it leads, dropped elsewhere."""
    words = []
    for index, word in enumerate(line.words):
        if not _PRIVATE_USE_RE.match(word.text):
            words.append(word.text)
        elif index == 0 and keep_bullet:
            words.append("•")
    return words


def paragraph_text(paragraph: Paragraph) -> str:
    return "\n".join(join_lines(chunk) for chunk in paragraph.chunks)


def merge_across_pages(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Put back together the paragraphs a page break cut in two."""
    merged: list[Paragraph] = []
    for paragraph in paragraphs:
        if merged and _continues(merged[-1], paragraph):
            merged[-1].chunks[-1].extend(paragraph.chunks[0])
            merged[-1].chunks.extend(paragraph.chunks[1:])
            merged[-1].region = paragraph.region
        else:
            merged.append(paragraph)
    return merged


def _continues(before: Paragraph, after: Paragraph) -> bool:
    # Consecutive in reading order and on consecutive pages: last on one, first on the next.
    if after.page != before.page + 1 or after.kind == "list_item":
        return False
    if before.region.kind != after.region.kind:
        return False
    if abs(before.region.left - after.region.left) > _SAME_COLUMN:
        return False
    if stopped_short(before.last, after.first, before.region.right):
        return False
    ended = _SENTENCE_END_RE.search(before.last.text)
    opens = _first_word(after.first)
    # ... nor where a numbered item opens the page after a finished one: "... earmarked
    # reserve." / "2.2 Approve a direct award ...", a list's next item, not a wrapped line
    return not (ended and (opens[:1].isupper() or _ITEM_NUMBER_RE.fullmatch(opens)))


# A list item's number as its first word: "2.2", "3.1.4", "12.", "(b)", "iv)".
_ITEM_NUMBER_RE = regex.compile(r"\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|\(\w{1,4}\)|[ivx]{1,4}\)")


def to_blocks(paragraphs: list[Paragraph]) -> list[Block]:
    return [Block(paragraph_text(p), kind=p.kind, page=p.page) for p in paragraphs]
