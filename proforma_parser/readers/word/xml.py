"""WordprocessingML names and tiny element helpers shared by the Word reader's modules.

Kept free of python-docx imports so the raw layer can be type-checked and tested alone; the
elements themselves are lxml elements that python-docx parsed (with entities off).
"""

from __future__ import annotations

from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"

# An lxml element; python-docx ships no type information, so the raw layer says Any once here.
Element = Any


def w(local: str) -> str:
    """Clark name of a w: element or attribute: w("p") -> "{...main}p"."""
    return f"{{{W_NS}}}{local}"


def mc(local: str) -> str:
    return f"{{{MC_NS}}}{local}"


def child(element: Element, local: str) -> Element | None:
    """The first w:`local` child of `element`, or None."""
    return None if element is None else element.find(w(local))


def attr(element: Element | None, local: str = "val") -> str | None:
    """The w:`local` attribute (w:val by default) of `element`, or None."""
    if element is None:
        return None
    value = element.get(w(local))
    return value if isinstance(value, str) else None


def int_attr(element: Element | None, local: str = "val") -> int | None:
    """An integer attribute, None when absent or not a number (hostile files say anything)."""
    value = attr(element, local)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def is_on(element: Element | None) -> bool:
    """An OOXML on/off property: present means on unless w:val says "0", "false" or "off"."""
    if element is None:
        return False
    return attr(element) not in ("0", "false", "off")
