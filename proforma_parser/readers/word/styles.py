"""Paragraph styles, as far as reading needs them: the numbering a style carries and headings.

Word lets a style supply a paragraph's list numbering ("List Number" carries numId 5), and
styles inherit through w:basedOn, so both are resolved up the chain here, once per style.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .xml import Element, attr, child, int_attr, w

# Built-in heading style ids and names: "Heading1", "heading 2", "Title".
_HEADING_RE = regex.compile(r"^(heading\s*[1-9]|title)$", regex.IGNORECASE)

# Guards a w:basedOn cycle (A based on B based on A) in a hostile styles part.
_MAX_DEPTH = 16


@dataclass(frozen=True, slots=True)
class StyleNumbering:
    """The list numbering a paragraph style supplies: numId and, when the style says, ilvl."""

    num_id: int | None
    ilvl: int | None


@dataclass(frozen=True, slots=True)
class _Style:
    based_on: str | None
    name: str
    num_id: int | None
    ilvl: int | None
    outline: bool


class StyleIndex:
    """Paragraph styles of one document, looked up by style id.

    A template defines a hundred or more styles and a record uses a handful, so each style
    is read from its element the first time it is asked for.
    """

    def __init__(self, styles_element: Element | None) -> None:
        self._elements: dict[str, Element] = {}
        self._styles: dict[str, _Style] = {}
        self.default_id: str | None = None
        if styles_element is None:
            return
        for style in styles_element.iterchildren(w("style")):
            style_id = attr(style, "styleId")
            if attr(style, "type") != "paragraph" or style_id is None:
                continue
            self._elements[style_id] = style
            if attr(style, "default") in ("1", "true", "on"):
                self.default_id = style_id

    def _style(self, style_id: str) -> _Style | None:
        if style_id not in self._styles:
            element = self._elements.get(style_id)
            if element is None:
                return None
            self._styles[style_id] = _read_style(element, style_id)
        return self._styles[style_id]

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        current = style_id if style_id is not None else self.default_id
        while current is not None and len(chain) < _MAX_DEPTH:
            style = self._style(current)
            if style is None:
                break
            chain.append(style)
            current = style.based_on
        return chain

    def numbering(self, style_id: str | None) -> StyleNumbering:
        """The numbering `style_id` carries, itself or through the styles it is based on."""
        for style in self._chain(style_id):
            if style.num_id is not None:
                return StyleNumbering(style.num_id, style.ilvl)
        return StyleNumbering(None, None)

    def is_heading(self, style_id: str | None) -> bool:
        """Heading 1-9, Title, or a style with an outline level (how custom headings mark up)."""
        for style in self._chain(style_id):
            if style.outline or _HEADING_RE.match(style.name):
                return True
        return False


def _read_style(style: Element, style_id: str) -> _Style:
    ppr = child(style, "pPr")
    num_pr = child(ppr, "numPr")
    return _Style(
        based_on=attr(child(style, "basedOn")),
        name=attr(child(style, "name")) or style_id,
        num_id=int_attr(child(num_pr, "numId")),
        ilvl=int_attr(child(num_pr, "ilvl")),
        outline=child(ppr, "outlineLvl") is not None,
    )
