"""Walk a WordprocessingML body (or header, footer, text box) into blocks, in reading order.

Paragraphs and tables come in document order; content controls (w:sdt), insertions and
hyperlinks are looked through; deletions are dropped, so tracked changes read as accepted;
a vertically merged cell is read once, from the cell where the merge starts; nested tables
and text boxes are read where they are anchored. Page numbers come from Word's record of
its last layout (w:lastRenderedPageBreak) or, failing that, from hard page breaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ...document import Block, BlockKind
from ...errors import LimitExceeded
from .numbering import Numbering, bullet_label
from .styles import StyleIndex
from .xml import Element, attr, child, is_on, mc, w

# Containers whose children are read as if they stood in the parent (see the module doc).
_LOOK_THROUGH = frozenset(
    w(name) for name in ("hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")
)
_INSERTED = frozenset((w("ins"), w("moveTo")))
_DELETED = frozenset((w("del"), w("moveFrom")))
# What a run's non-text children stand for.
_RUN_TEXT = {w("tab"): "\t", w("cr"): "\n", w("noBreakHyphen"): "-", w("softHyphen"): ""}
# "Cabinet  \t Meeting": runs of spaces and tabs inside a line, one space each; a tab among
# them stays a tab, which the normaliser reads ("Date of decision<TAB>12/03/2025": a form's
# label and its value) or folds. A run of spaces stays two, the gap Word draws between a
# form's columns typed with spaces ("Decision taker      Head of Housing and"), which the
# normaliser reads before it folds it.
_SPACES_RE = regex.compile(r"[ \t]+")


@dataclass
class BodyWalk:
    """State of one walk: the blocks so far, the page, and what was seen on the way."""

    styles: StyleIndex
    numbering: Numbering
    page_marks: str | None = None
    """"rendered" (count w:lastRenderedPageBreak), "hard" (page breaks), or None (no pages)."""
    page: int = 1
    blocks: list[Block] = field(default_factory=list)
    insertions: int = 0
    deletions: int = 0
    max_nesting: int = 200
    """Deepest XML element a block container may stand at (tables in tables, text boxes)."""
    name: str | None = None
    """The file, for the message of LimitExceeded."""
    containers: list[tuple[Element, int]] = field(default_factory=list)
    """The block containers being walked, outermost first, each with its XML depth."""

    def current_page(self) -> int | None:
        return self.page if self.page_marks is not None else None


def detect_page_marks(body: Element) -> str | None:
    """How pages can be told in `body`: Word's rendered breaks beat hard breaks."""
    if next(body.iter(w("lastRenderedPageBreak")), None) is not None:
        return "rendered"
    for br in body.iter(w("br")):
        if attr(br, "type") == "page":
            return "hard"
    if next(body.iter(w("pageBreakBefore")), None) is not None:
        return "hard"
    return None


def walk_blocks(container: Element, walk: BodyWalk, kind: BlockKind = "paragraph") -> None:
    """Append the blocks of `container`'s block-level children to `walk.blocks`."""
    walk.containers.append((container, _depth(container, walk)))
    try:
        _walk_children(container, walk, kind)
    finally:
        walk.containers.pop()


def _walk_children(container: Element, walk: BodyWalk, kind: BlockKind) -> None:
    for element in container.iterchildren():
        tag = element.tag
        if tag == w("p"):
            _paragraph(element, walk, kind)
        elif tag == w("tbl"):
            _table(element, walk)
        elif tag == w("sdt"):
            _content_control(element, walk, kind)
        elif tag in _INSERTED:
            walk.insertions += 1
            walk_blocks(element, walk, kind)
        elif tag in _DELETED:
            walk.deletions += 1
        elif tag == w("customXml"):
            walk_blocks(element, walk, kind)
        elif tag == mc("AlternateContent"):
            _alternate(element, walk, kind)


def _depth(container: Element, walk: BodyWalk) -> int:
    """`container`'s depth in the XML, counted up to the container it stands in (so each
    element is counted once in a walk); over `walk.max_nesting` raises LimitExceeded."""
    parent, depth = walk.containers[-1] if walk.containers else (None, 0)
    steps = 1
    for ancestor in container.iterancestors():
        if ancestor is parent:
            break
        steps += 1
    else:
        depth = 0  # the first container, or one outside the last (a header's text box)
    depth += steps
    if depth > walk.max_nesting:
        raise LimitExceeded(
            f"the document's tables and text boxes nest {depth:,} elements deep, over the "
            f"limit of {walk.max_nesting:,} (max_nesting)",
            path=walk.name,
        )
    return depth


def _content_control(sdt: Element, walk: BodyWalk, kind: BlockKind) -> None:
    # An unfilled control shows prompt text ("Click or tap here to enter text."): not content.
    if is_on(child(child(sdt, "sdtPr"), "showingPlcHdr")):
        return
    content = child(sdt, "sdtContent")
    if content is not None:
        walk_blocks(content, walk, kind)


def _alternate(element: Element, walk: BodyWalk, kind: BlockKind) -> None:
    # mc:Choice and mc:Fallback hold the same content twice; read only the first choice.
    choice = element.find(mc("Choice"))
    if choice is not None:
        walk_blocks(choice, walk, kind)


def _table(table: Element, walk: BodyWalk) -> None:
    for row in _rows(table):
        for cell in _cells(row):
            merge = child(child(cell, "tcPr"), "vMerge")
            # A w:vMerge without "restart" continues the cell above: its text was read there.
            if merge is not None and attr(merge) != "restart":
                continue
            walk_blocks(cell, walk, "cell")


def _rows(table: Element) -> list[Element]:
    return _unwrap(table, w("tr"))


def _cells(row: Element) -> list[Element]:
    return _unwrap(row, w("tc"))


def _unwrap(parent: Element, tag: str) -> list[Element]:
    """Children `tag` of `parent`, including those wrapped in content controls or w:ins."""
    found: list[Element] = []
    for element in parent.iterchildren():
        if element.tag == tag:
            found.append(element)
        elif element.tag == w("sdt"):
            found.extend(_unwrap(child(element, "sdtContent"), tag))
        elif element.tag in _INSERTED or element.tag == w("customXml"):
            found.extend(_unwrap(element, tag))
    return found


@dataclass
class _Inline:
    """Text gathered from one paragraph's runs, and the text boxes anchored in it."""

    pieces: list[str] = field(default_factory=list)
    boxes: list[Element] = field(default_factory=list)
    page: int | None = None


def _paragraph(paragraph: Element, walk: BodyWalk, kind: BlockKind) -> None:
    ppr = child(paragraph, "pPr")
    style_id = attr(child(ppr, "pStyle"))
    if walk.page_marks == "hard" and is_on(child(ppr, "pageBreakBefore")):
        walk.page += 1
    inline = _Inline()
    _inline(paragraph, walk, inline)
    label, level = walk.numbering.paragraph_label(ppr, style_id)
    text = _clean("".join(inline.pieces))
    if text:
        if walk.styles.is_heading(style_id):
            kind = "heading"
        elif label is not None:
            kind = "list_item"
        page = inline.page if inline.page is not None else walk.current_page()
        walk.blocks.append(Block(text, kind=kind, page=page, list_number=label, level=level))
    for box in inline.boxes:
        walk_blocks(box, walk, "paragraph")


def _one_space(run: regex.Match[str]) -> str:
    spaces = run.group(0)
    return "\t" if "\t" in spaces else "  " if len(spaces) > 1 else " "


def _clean(text: str) -> str:
    lines = (_SPACES_RE.sub(_one_space, line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _inline(element: Element, walk: BodyWalk, inline: _Inline) -> None:
    for node in element.iterchildren():
        tag = node.tag
        if tag == w("r"):
            _run(node, walk, inline)
        elif tag in _LOOK_THROUGH:
            _inline(node, walk, inline)
        elif tag in _INSERTED:
            walk.insertions += 1
            _inline(node, walk, inline)
        elif tag in _DELETED:
            walk.deletions += 1
        elif tag == w("sdt"):
            content = child(node, "sdtContent")
            if content is not None and not is_on(child(child(node, "sdtPr"), "showingPlcHdr")):
                _inline(content, walk, inline)
        elif tag == w("pPr"):
            _count_mark_changes(node, walk)


def _run(run: Element, walk: BodyWalk, inline: _Inline) -> None:
    for node in run.iterchildren():
        tag = node.tag
        if tag == w("t"):
            if inline.page is None and node.text and node.text.strip():
                inline.page = walk.current_page()
            inline.pieces.append(node.text or "")
        elif tag in _RUN_TEXT:
            inline.pieces.append(_RUN_TEXT[tag])
        elif tag == w("br"):
            _break(node, walk, inline)
        elif tag == w("lastRenderedPageBreak"):
            if walk.page_marks == "rendered":
                walk.page += 1
        elif tag == w("sym"):
            inline.pieces.append(_symbol(node))
        elif tag in (w("drawing"), w("pict"), mc("AlternateContent")):
            inline.boxes.extend(_text_boxes(node))


def _break(br: Element, walk: BodyWalk, inline: _Inline) -> None:
    if attr(br, "type") != "page":
        inline.pieces.append("\n")
    elif walk.page_marks == "hard":
        walk.page += 1


def _symbol(sym: Element) -> str:
    # w:sym stores a glyph of a symbol font (Symbol F0B7 is the usual bullet).
    try:
        return bullet_label(chr(int(attr(sym, "char") or "", 16)))
    except ValueError:
        return ""


def _text_boxes(anchor: Element) -> list[Element]:
    """w:txbxContent under a drawing, skipping mc:Fallback copies and boxes inside boxes."""
    boxes = []
    for box in anchor.iter(w("txbxContent")):
        for ancestor in box.iterancestors():
            if ancestor is anchor:
                boxes.append(box)
                break
            if ancestor.tag in (mc("Fallback"), w("txbxContent")):
                break
    return boxes


def _count_mark_changes(ppr: Element, walk: BodyWalk) -> None:
    # A tracked paragraph mark (pPr/rPr/w:ins or w:del) is a tracked change as well.
    rpr = child(ppr, "rPr")
    if child(rpr, "ins") is not None:
        walk.insertions += 1
    if child(rpr, "del") is not None:
        walk.deletions += 1
