"""A council web page: its main content found, its site chrome left out.

Chrome is what every page of a site repeats around the record: scripts and styles, the
navigation, cookie banners, breadcrumbs, "Skip to main content" links, forms and their
controls, ModernGov's ``mgLinks``/``mgActionList``, and the site's header and footer: a
``<header>``/``<footer>`` outside any article, section or main content (the HTML standard's
banner and contentinfo), ``role="banner"``/``"contentinfo"``, ``id="header"``/``"footer"``,
ModernGov's ``mgHeader``/``mgFooter``. The header's and footer's short lines (the site name,
the footer's address) are kept as the document's furniture. A chrome element found by its
class or id that holds most of the page's text is a wrapper, not chrome, and is kept; a form
is chrome only when it holds no paragraphs, headings or tables (ASP.NET pages sit in one).

The main content is, in order of preference: ModernGov's ``div.mgContent`` with the title
before it (``div.mgSubTitle`` or ``h2.mgSubTitleTxt``), ``<main>`` or ``[role=main]``,
``#content``, the page's ``<article>`` elements, and at last the whole ``<body>``.
Candidates are found with XPath (in libxml2, not element by element in Python).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .blocks import strip_invisible, walk_page
from .lists import Element

# Never content: code, media, form controls and what only a script would show.
_DROPPED_TAGS = (
    *("script", "style", "noscript", "template", "iframe", "object", "embed", "applet"),
    *("svg", "math", "canvas", "audio", "video", "map", "img", "picture", "dialog"),
    *("input", "select", "textarea", "button", "option", "datalist", "head"),
)
# (banner and contentinfo, the site's header and footer, are furniture: see below)
_CHROME_ROLES = frozenset(("navigation", "search", "complementary", "dialog", "alertdialog"))
# class="cookie-banner", id="ccc-consent", class="breadcrumbs", class="skip-link",
# class="visually-hidden" (text a browser does not draw)
_CHROME_NAME_RE = re.compile(
    r"cookie|consent|gdpr|breadcrumb|skip-?(?:link|nav|to)|sr-only|visually-?hidden",
    re.IGNORECASE,
)
# The site's header and footer in pages older than <header>: id="header", id="site-footer",
# class="site-header", class="masthead", class="alert-banner". A bare class="header" is not
# enough: content has those too.
_FURNITURE_ID_RE = re.compile(
    r"^(?:site|global|page)?[-_]?(?:header|footer|masthead)$|banner", re.I
)
_FURNITURE_CLASS_RE = re.compile(r"^(?:site|global)[-_](?:header|footer)$|masthead|banner", re.I)
_MODERNGOV_CHROME = frozenset(("mgLinks", "mgActionList"))  # mgHeader, mgFooter: furniture
_FURNITURE_ROLES = frozenset(("banner", "contentinfo"))
_FURNITURE_CLASSES = frozenset(("mgHeader", "mgFooter"))
_TITLE_CLASSES = frozenset(("mgSubTitle", "mgSubTitleTxt"))
# "Skip to main content", "Skip navigation", "Skip to content"
_SKIP_LINK_RE = re.compile(r"^\s*skip\s+(?:to|navigation|over)\b", re.IGNORECASE)
# Sectioning elements, inside which a <header>/<footer> belongs to the content, not the site.
_SECTIONING = ("article", "aside", "main", "nav", "section")
_CONTENT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ol", "pre", "blockquote")
_MAIN_IDS = ("content", "main-content", "maincontent", "main")
# Furniture is kept when short: a site name, a footer line; not a footer of fifty links.
_MAX_FURNITURE_CHARS = 200
_MAX_FURNITURE_LINES = 12


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_DROPPED_XPATH = " | ".join(f"//{tag}" for tag in _DROPPED_TAGS)
_CHROME_XPATH = "//nav | //aside | //a | //*[@role] | //*[@class]"
_NAMED_CHROME_XPATH = "//form | //body//*[@class or @id]"
_FURNITURE_XPATH = "//header | //footer | //body//*[@role or @class or @id]"
_MODERNGOV_XPATH = f"//div[{_has_class('mgContent')}]"
_TITLE_XPATH = f"preceding::*[{_has_class('mgSubTitle')} or {_has_class('mgSubTitleTxt')}]"


def classes(element: Element) -> set[str]:
    return set((element.get("class") or "").split())


def _role(element: Element) -> str:
    return (element.get("role") or "").strip().lower()


def _words(element: Element) -> int:
    return len("".join(element.itertext()).split())


def drop(element: Element) -> None:
    """Remove `element` and what it holds, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = strip_invisible((previous.tail or "") + element.tail)
        else:
            parent.text = strip_invisible((parent.text or "") + element.tail)
    parent.remove(element)


def strip_chrome(document: Element) -> tuple[str, ...]:
    """Remove the site chrome from `document` (in place); return its short furniture text."""
    for element in _outermost(document.xpath(_DROPPED_XPATH)):
        drop(element)
    page_words = _words(document)
    for element in _select(document, _CHROME_XPATH, _is_chrome):
        drop(element)
    for element in _select(document, _NAMED_CHROME_XPATH, _is_named_chrome):
        if element.tag == "form" or _words(element) * 2 <= page_words:
            drop(element)
    furniture: dict[str, None] = {}
    for element in _select(document, _FURNITURE_XPATH, _is_furniture):
        if _words(element) * 2 > page_words:
            continue  # a wrapper named "header" holding the page
        lines = [block.text.replace("\n", " ") for block in walk_page([element])]
        if len(lines) <= _MAX_FURNITURE_LINES:
            furniture.update((line, None) for line in lines if len(line) <= _MAX_FURNITURE_CHARS)
        drop(element)
    return tuple(furniture)


def _select(document: Element, xpath: str, test: Callable[[Element], bool]) -> list[Element]:
    return _outermost([e for e in document.xpath(xpath) if test(e)])


def _outermost(found: list[Element]) -> list[Element]:
    """`found` without the elements inside another of them, in document order."""
    chosen = set(found)
    return [e for e in found if not any(a in chosen for a in e.iterancestors())]


def _is_chrome(element: Element) -> bool:
    """Navigation, search, skip links and ModernGov's link lists: never the record."""
    if element.tag in ("nav", "aside") or _role(element) in _CHROME_ROLES:
        return True
    if element.tag == "a" and _SKIP_LINK_RE.match("".join(element.itertext())):
        return True
    return bool(classes(element) & _MODERNGOV_CHROME)


def _is_named_chrome(element: Element) -> bool:
    """Chrome known by its class or id (cookie banners, breadcrumbs), or a form."""
    if element.tag == "form":
        return next(element.iter(*_CONTENT_TAGS), None) is None
    name = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_CHROME_NAME_RE.search(name))


def _is_furniture(element: Element) -> bool:
    """The site's header and footer (not an article's), ModernGov's too."""
    if element.tag in ("header", "footer"):
        return not any(_holds_content(a) for a in element.iterancestors())
    if _role(element) in _FURNITURE_ROLES or classes(element) & _FURNITURE_CLASSES:
        return True
    if _FURNITURE_ID_RE.search(element.get("id") or ""):
        return True
    return any(_FURNITURE_CLASS_RE.search(name) for name in classes(element))


def _holds_content(element: Element) -> bool:
    """A sectioning element or the main content: a <header> inside it is the content's."""
    return (
        element.tag in _SECTIONING
        or _role(element) == "main"
        or element.get("id") in _MAIN_IDS
        or "mgContent" in classes(element)
    )


def main_content(document: Element) -> Iterator[list[Element]]:
    """Candidates for the page's main content, best first (the caller takes the first that
    holds text)."""
    moderngov = _outermost(document.xpath(_MODERNGOV_XPATH))
    if moderngov:
        titles = _outermost(moderngov[0].xpath(_TITLE_XPATH))
        yield [titles[-1], *moderngov] if titles else moderngov
    yield _outermost(document.xpath("//main | //*[@role='main']"))
    for identity in _MAIN_IDS:
        yield _outermost(document.xpath("//*[@id=$identity]", identity=identity))
    yield _outermost(document.xpath("//article"))
    body = document.find("body")
    yield [body if body is not None else document]
