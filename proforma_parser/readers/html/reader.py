"""HTML reader: a council's web page (ModernGov's "Decision details", a CMS page) as blocks.

lxml's HTML parser (libxml2) reads the page, with no network access and no entities from
outside, and within libxml2's own limits (elements 255 deep, text runs of 10 MB); the
bytes are decoded first as a browser would (`decode`), the site chrome is removed and
the main content found (`page`), and the content is walked into blocks with list
numbers restored (`blocks`, `lists`). lxml is imported inside the call, so
`import proforma_parser` never pays for it.
"""

from __future__ import annotations

import re
from typing import Any

from ...document import Block, Document
from ...errors import EmptySource, LimitExceeded
from ...limits import DEFAULT_LIMITS, Limits
from ..engine_errors import caught, translate
from .blocks import walk_page
from .decode import decode_html
from .lists import Element
from .page import main_content, strip_chrome


def read_html(
    data: bytes, *, name: str | None, sha256: str, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read a web page's main content into blocks, its site chrome left out."""
    text, defects = decode_html(data)
    document = _parse(text, name)
    _check_depth(document, limits, name)
    furniture = strip_chrome(document)
    blocks = _content_blocks(document)
    if not blocks:
        raise EmptySource("the web page has no text in its main content", path=name)
    return Document(
        blocks=tuple(blocks),
        format="html",
        name=name,
        sha256=sha256,
        size=len(data),
        furniture=furniture,
        defects=tuple(defects),
    )


def _parse(text: str, name: str | None) -> Element:
    from lxml import etree

    parser = etree.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        document = etree.fromstring(text.encode("utf-8"), parser)
    except caught("lxml") as exc:
        doing = "the web page cannot be parsed"
        raise translate(exc, "lxml", name=name, doing=doing, what="web page") from exc
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise LimitExceeded(
                f"the web page is over the HTML parser's limits ({_limit_message(error)})",
                path=name,
            )
    if document is None:
        raise EmptySource("the web page has no content (no elements, no text)", path=name)
    return document


def _limit_message(error: Any) -> str:
    """libxml2's message without its advice to the programmer ("try XML_PARSE_HUGE")."""
    return re.sub(r",?\s*(?:use|try) XML_PARSE_HUGE.*", "", str(error.message)).strip()


def _check_depth(document: Element, limits: Limits, name: str | None) -> None:
    from lxml import etree

    depth = deepest = 0
    for event, _element in etree.iterwalk(document, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    if deepest > limits.max_nesting:
        raise LimitExceeded(
            f"elements nested {deepest:,} deep, over the limit of {limits.max_nesting:,} "
            "(max_nesting)",
            path=name,
        )


def _content_blocks(document: Element) -> list[Block]:
    for roots in main_content(document):
        blocks = walk_page(roots) if roots else []
        if blocks:
            return blocks
    return []
