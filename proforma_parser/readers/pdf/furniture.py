"""Running headers, footers and page numbers: found by position and repetition, set apart.

Word prints its header and footer in the top and bottom margins of every page, where body
text never goes. A line there is furniture when it is a page number ("Page 2", "3 of 4",
"- 5 -"), or when the same line (numbers aside) sits there on several pages. A one-page
document cannot show repetition, so there a margin line also needs clear space between it
and the body, as a header has.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import regex

from .layout import Line, PageLayout

_BAND = 0.085
"""Share of the page height at top and bottom holding headers and footers (0.67in of 11in;
body text starts at Word's 1in margin, a header at 0.5in)."""
_EDGE_LINES = 3
"""Only this many lines at the very top and bottom of a page are looked at."""
_ISOLATION = 1.5
"""How much wider than the body's usual gap between lines the space between a lone page's
header or footer and its body must be."""

_DIGITS_RE = regex.compile(r"\d+")
_SPACE_RE = regex.compile(r"\s+")
# Keys with digits as "#": "page #", "page # of #", "#", "# / #", "- # -".
_PAGE_NUMBER_RE = regex.compile(r"^(page\s*)?#(\s*(of|/)\s*#)?$|^[-–]\s*#\s*[-–]$")


def _key(line: Line) -> str:
    return _SPACE_RE.sub(" ", _DIGITS_RE.sub("#", line.text.casefold())).strip()


def _candidates(layout: PageLayout) -> list[Line]:
    lines = sorted(layout.lines, key=lambda line: line.top)
    top = [line for line in lines[:_EDGE_LINES] if line.bottom <= _BAND * layout.height]
    bottom = [line for line in lines[-_EDGE_LINES:] if line.top >= (1 - _BAND) * layout.height]
    return top + [line for line in bottom if line not in top]


def _isolated(line: Line, layout: PageLayout, candidates: list[Line]) -> bool:
    body = sorted((other for other in layout.lines if other not in candidates), key=_top)
    if len(body) < 2:
        return False  # too little body to tell a header from a first paragraph
    gap = min(max(other.top - line.bottom, line.top - other.bottom, 0.0) for other in body)
    gaps = sorted(max(b.top - a.bottom, 0.0) for a, b in pairwise(body))
    usual = gaps[len(gaps) // 2]
    return gap > max(_ISOLATION * usual, line.height)


def _top(line: Line) -> float:
    return line.top


def edge_keys(layout: PageLayout) -> frozenset[str]:
    """What a page shows in its margins, numbers aside, for comparing with other pages."""
    return frozenset(_key(line) for line in _candidates(layout))


def remove_furniture(
    layout: PageLayout, nearby: list[frozenset[str]], *, alone: bool
) -> tuple[PageLayout, list[str]]:
    """The page without its header and footer lines, and those lines' texts.

    `nearby` holds the edge keys of the pages around this one (not itself): a margin line
    repeated there is furniture. Headers alternate at most between odd and even pages, so
    two pages either side are enough, and pages can be read one at a time.
    """
    candidates = _candidates(layout)
    removed: list[Line] = []
    for line in candidates:
        key = _key(line)
        repeated = any(key in keys for keys in nearby)
        isolated = alone and _isolated(line, layout, candidates)
        if _PAGE_NUMBER_RE.match(key) or repeated or isolated:
            removed.append(line)
    kept = tuple(line for line in layout.lines if not any(line is gone for gone in removed))
    return replace(layout, lines=kept), [line.text for line in removed]
