"""HTML list numbering, restored as a browser draws it: the "1." "b." "iv." never in the text.

An ``<ol>`` counts its items from ``start`` (or down from it when ``reversed``), in the
style its ``type`` attribute or CSS ``list-style-type`` names; an item's ``value`` resets
the count and its own ``type`` restyles it. A ``<ul>`` (or ``<menu>``, or an item with no
list) draws a bullet, written "-" as the pipeline writes bullets. Items are owned by their
nearest list ancestor, as in the HTML standard, wrappers (a ``<div>``) in between or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..numerals import roman

# An lxml element; lxml ships no type information, so the HTML reader says Any once here.
Element = Any

# The type attribute of <ol> and <li> is case-sensitive: "a" and "A" differ.
_TYPE_STYLES = {
    "1": "decimal",
    "a": "lower-alpha",
    "A": "upper-alpha",
    "i": "lower-roman",
    "I": "upper-roman",
    "disc": "bullet",
    "circle": "bullet",
    "square": "bullet",
    "none": "none",
}
_CSS_STYLES = {
    "decimal": "decimal",
    "decimal-leading-zero": "decimal-leading-zero",
    "lower-alpha": "lower-alpha",
    "lower-latin": "lower-alpha",
    "upper-alpha": "upper-alpha",
    "upper-latin": "upper-alpha",
    "lower-roman": "lower-roman",
    "upper-roman": "upper-roman",
    "disc": "bullet",
    "circle": "bullet",
    "square": "bullet",
    "none": "none",
}
# style="list-style-type: lower-alpha", style="list-style: upper-roman outside"
_CSS_LIST_STYLE_RE = re.compile(
    r"list-style(?:-type)?\s*:[^;]*?\b(" + "|".join(_CSS_STYLES) + r")\b", re.IGNORECASE
)
_LISTS = ("ol", "ul", "menu", "dir")


def _style_of(element: Element) -> str | None:
    """The numbering style `element` asks for by CSS or by its type attribute, if any."""
    css = _CSS_LIST_STYLE_RE.search(element.get("style") or "")
    if css:
        # casefold: IGNORECASE also matches "ſquare" (a long s) and a Kelvin sign for "k"
        return _CSS_STYLES.get(css.group(1).casefold())
    kind = (element.get("type") or "").strip()
    return _TYPE_STYLES.get(kind) or _TYPE_STYLES.get(kind.lower())


def _int_attribute(element: Element, name: str) -> int | None:
    found = re.match(r"\s*([+-]?\d{1,9})", element.get(name) or "")
    return int(found.group(1)) if found else None


def _letters(value: int) -> str:
    """Bijective base 26, as browsers count: a ... z, aa, ab ..."""
    out = ""
    while value > 0:
        value, rest = divmod(value - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def format_item_number(value: int, style: str) -> str | None:
    """The marker a browser draws for item `value` in `style`: "3.", "c.", "iii.", "-"."""
    if style == "none":
        return None
    if style == "bullet":
        return "-"
    if style in ("lower-alpha", "upper-alpha") and value > 0:
        letters = _letters(value)
        return f"{letters.upper() if style == 'upper-alpha' else letters}."
    if style in ("lower-roman", "upper-roman") and 0 < value < 4000:
        numeral = roman(value)
        return f"{numeral.upper() if style == 'upper-roman' else numeral}."
    if style == "decimal-leading-zero" and 0 <= value < 10:
        return f"0{value}."
    return f"{value}."


def _owned_items(element: Element) -> int:
    """How many <li> have `element` as their nearest list ancestor."""
    return sum(1 for item in element.iter("li") if next(item.iterancestors(*_LISTS)) is element)


@dataclass
class ListCounter:
    """The count of one list as its items are met, in document order."""

    style: str
    next_value: int = 1
    step: int = 1

    @classmethod
    def for_list(cls, element: Element) -> ListCounter:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        style = _style_of(element) or ("decimal" if tag == "ol" else "bullet")
        if tag != "ol":
            return cls(style)
        start = _int_attribute(element, "start")
        if element.get("reversed") is not None:
            return cls(style, _owned_items(element) if start is None else start, -1)
        return cls(style, 1 if start is None else start)

    def number(self, item: Element) -> str | None:
        """The marker of `item`, the next item of this list; counts it."""
        value = _int_attribute(item, "value")
        if value is not None and self.style not in ("bullet", "none"):
            self.next_value = value
        marker = format_item_number(self.next_value, _style_of(item) or self.style)
        self.next_value += self.step
        return marker
