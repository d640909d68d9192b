"""Walk the main content of a page into blocks, as a browser lays it out.

Block elements (``<p>``, ``<div>``, headings, list items, table cells ...) start and end a
block; inline elements run together, white space collapsed to one space as a browser draws
it; ``<br>`` is a line break inside the block; ``<pre>`` keeps its lines. A block's kind
comes from the nearest heading, cell or list item around it; a list item's first block
carries the number its list draws (see `lists`), unless the text already starts with
a number of its own ("(a) ...", typed by hand), which is then the item's number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...document import Block, BlockKind
from .lists import Element, ListCounter

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_CELLS = frozenset(("td", "th"))
_LISTS = frozenset(("ol", "ul", "menu", "dir"))
_PREFORMATTED = frozenset(("pre", "listing", "xmp", "plaintext"))
# Elements a browser lays out as blocks (CSS display: block, list-item, table-*).
_BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "caption", "center", "dd"),
        *("details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure"),
        *("footer", "form", "header", "hgroup", "hr", "html", "legend", "li", "main"),
        *("nav", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "tr"),
        *_HEADINGS,
        *_CELLS,
        *_LISTS,
        *_PREFORMATTED,
    )
)
# HTML white space and U+00A0 (a browser keeps it apart; a reader of records wants a space),
# and characters a browser draws as nothing.
_SPACE_RE = re.compile(r"[ \t\n\r\f\xa0]+")
_SPACES_RE = re.compile(" {2,}")
# A run of spaces within a line of the source, kept as a gap (two spaces, after the
# collapse), which the normaliser reads before it folds it: the columns of a form typed with
# spaces ("Decision taker          Head of Housing and"). A run that holds a newline is the
# source's layout, and two are a typist's ("6&nbsp;January&nbsp;&nbsp;2025") or two text
# nodes' ("Report <img> PDF 119 KB"): one space.
_GAP = "\x1f"
_MIN_GAP = 3


def _one_space(run: re.Match[str]) -> str:
    spaces = run.group(0)
    kept = len(spaces) >= _MIN_GAP and "\n" not in spaces and "\r" not in spaces
    return _GAP if kept else " "


_BLANK_LINES_RE = re.compile(r"\n{3,}")
# Control characters (from "&#1;") and non-characters (U+FFFF), which lxml also refuses to
# set as text, go too; a vertical tab or form feed is a space.
_INVISIBLE: dict[int, str | None] = {
    **dict.fromkeys((*range(0x00, 0x09), *range(0x0E, 0x20), 0xFFFE, 0xFFFF)),
    **dict.fromkeys(map(ord, "\xad\u200b\ufeff")),
    0x0B: " ",
    0x0C: " ",
}
# A number typed at the start of an item's text: "1.", "(a)", "b)", "iv.", "A:".
_TYPED_NUMBER_RE = re.compile(r"^\(?(?:\d{1,3}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,7})[.):](?:\s|$)")


@dataclass
class PageWalk:
    """State of one walk: the blocks so far and the open block's inline text."""

    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    kinds: list[BlockKind] = field(default_factory=lambda: ["paragraph"])
    lists: list[ListCounter] = field(default_factory=list)
    pending_number: str | None = None
    """The number of the list item whose first block is still to come."""
    level: int = 0

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(_SPACE_RE.sub(_one_space, text.translate(_INVISIBLE)))

    def flush(self) -> None:
        """End the open block: its collapsed text, if any, becomes a Block."""
        if not self.parts:
            return
        text = collapse_lines("".join(self.parts))
        if _GAP in text:
            text = "\n".join(line.strip(_GAP).replace(_GAP, "  ") for line in text.split("\n"))
        self.parts.clear()
        if text:
            self.emit(text)

    def emit(self, text: str) -> None:
        number, self.pending_number = self.pending_number, None
        if number is not None and _TYPED_NUMBER_RE.match(text):
            number = None
        kind = self.kinds[-1]
        level = self.level if kind == "list_item" else 0
        self.blocks.append(Block(text, kind=kind, list_number=number, level=level))


def strip_invisible(text: str) -> str:
    """`text` without what a browser draws as nothing (and lxml will not store)."""
    return text.translate(_INVISIBLE)


def collapse_lines(text: str) -> str:
    """Strip each line (lines come from <br>), and blank lines at the ends; keep one between."""
    if "\n" not in text:
        return _SPACES_RE.sub(" ", text).strip()
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip("\n")


def tag_of(element: Element) -> str:
    """The lower-case tag of an element; "" for comments and processing instructions."""
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def walk_page(roots: list[Element]) -> list[Block]:
    """The blocks of `roots` (the page's main content), in reading order."""
    walk = PageWalk()
    for root in roots:
        walk_element(root, walk)
        walk.flush()
    return walk.blocks


def walk_element(element: Element, walk: PageWalk) -> None:
    """Walk one element (not its tail, which belongs to the parent's flow)."""
    tag = tag_of(element)
    if tag == "br":
        walk.parts.append("\n")
    elif tag in _PREFORMATTED:
        _walk_preformatted(element, walk)
    elif tag in _LISTS:
        _walk_list(element, walk)
    elif tag == "li":
        _walk_item(element, walk)
    elif tag in _BLOCKS:
        kind = _kind_of(tag, walk.kinds[-1])
        walk.flush()
        walk.kinds.append(kind)
        _walk_children(element, walk)
        walk.flush()
        walk.kinds.pop()
    elif tag:
        _walk_children(element, walk)


def _kind_of(tag: str, outer: BlockKind) -> BlockKind:
    if tag in _HEADINGS:
        return "heading"
    if tag in _CELLS:
        return "cell"
    return outer


def _walk_children(element: Element, walk: PageWalk) -> None:
    walk.add(element.text)
    for child in element:
        walk_element(child, walk)
        walk.add(child.tail)


def _walk_list(element: Element, walk: PageWalk) -> None:
    walk.flush()
    walk.lists.append(ListCounter.for_list(element))
    _walk_children(element, walk)
    walk.flush()
    walk.lists.pop()


def _walk_item(element: Element, walk: PageWalk) -> None:
    walk.flush()
    outer_level = walk.level
    # An item outside any list is drawn with a bullet.
    walk.pending_number = walk.lists[-1].number(element) if walk.lists else "-"
    walk.level = max(len(walk.lists) - 1, 0)
    walk.kinds.append("list_item")
    _walk_children(element, walk)
    walk.flush()
    walk.kinds.pop()
    walk.pending_number = None
    walk.level = outer_level


def _walk_preformatted(element: Element, walk: PageWalk) -> None:
    """<pre>: lines as written (the newline right after the tag is not content)."""
    walk.flush()
    text = "".join(element.itertext()).translate(_INVISIBLE).replace("\r\n", "\n")
    lines = [line.rstrip() for line in text.removeprefix("\n").split("\n")]
    body = "\n".join(lines).strip("\n")
    if body.strip():
        walk.emit(body)
