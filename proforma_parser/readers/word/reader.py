"""Word .docx reader: python-docx opens the package, the modules of this package read its XML.

python-docx's friendly layer (``Document.paragraphs``) drops what councils' files hold:
table cells in order, content controls, tracked insertions, text boxes and, above all, the
list numbers Word draws from numbering.xml ("1." and "(a)" are not in the text). So
python-docx is used as the raw layer (package, parts, a safe XML parser) and the body is
walked here. Headers and footers are read apart and reported as furniture.
"""

from __future__ import annotations

import io
import threading
from typing import Any

from ...document import Block, Document, ReaderDefect
from ...errors import CorruptSource, EmptySource, ProformaError, UnsupportedFormat
from ...limits import DEFAULT_LIMITS, Limits
from ..deadline import deadline
from ..engine_errors import caught, translate
from .body import BodyWalk, detect_page_marks, walk_blocks
from .numbering import Numbering
from .package import check_package
from .styles import StyleIndex
from .xml import Element, w

_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
_MACRO_TEMPLATE = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
_WORD_MAIN_TYPES = frozenset((_MAIN, _TEMPLATE, _MACRO_MAIN, _MACRO_TEMPLATE))

_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_STYLES = _RELATIONSHIPS + "styles"
_NUMBERING = _RELATIONSHIPS + "numbering"
_FURNITURE = (_RELATIONSHIPS + "header", _RELATIONSHIPS + "footer")

# A python-docx Part; the library ships no type information.
Part = Any


_WHAT = "Word document"


def read_docx(
    data: bytes, *, name: str | None, sha256: str, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read a Word .docx (or .docm, .dotx) into blocks, numbering restored.

    The package is checked against the size limits before anything is inflated, the walk
    against `limits.max_nesting`, and the whole read against `limits.time_budget`. Whatever
    else goes wrong on a hostile file (an engine error not met before, deep recursion, no
    memory) is CorruptSource with the cause chained: nothing but a ProformaError escapes.
    """
    budget = limits.time_budget(len(data))
    with deadline(budget, name=name, what=_WHAT, scaled=limits.timeout <= 0) as clock:
        try:
            check_package(data, name=name, limits=limits)
            clock.check("the package check")
            part = _open_main_part(data, name)
            clock.check("opening the package")
            walk = _walk_body(part, limits, name)
            clock.check("reading the body")
            furniture = _furniture(part, walk.styles, limits, name)
        except ProformaError:
            raise
        except caught("docx") as exc:  # an engine error not met before, deep recursion, ...
            raise translate(
                exc, "docx", name=name, doing="the Word document cannot be read", what=_WHAT
            ) from exc
    if not walk.blocks:
        raise EmptySource("the Word document has no text in its body", path=name)
    return Document(
        blocks=tuple(walk.blocks),
        format="docx",
        name=name,
        sha256=sha256,
        size=len(data),
        pages=walk.page if walk.page_marks == "rendered" else None,
        furniture=furniture,
        defects=tuple(_defects(part, walk)),
    )


def _walk_body(part: Part, limits: Limits, name: str | None) -> BodyWalk:
    body = _part_element(part, name).find(w("body"))
    if body is None:
        raise CorruptSource("word/document.xml has no w:body element", path=name)
    styles = StyleIndex(_related_element(part, _STYLES, name))
    numbering = Numbering(_related_element(part, _NUMBERING, name), styles)
    walk = BodyWalk(styles, numbering, max_nesting=limits.max_nesting, name=name)
    walk.page_marks = detect_page_marks(body)
    walk_blocks(body, walk)
    return walk


# python-docx's part classes are registered at the end of `docx/__init__.py`
# (PartFactory.part_class_selector); a second thread opening a package while the first is
# still importing docx met "type object 'PartFactory' has no attribute
# 'part_class_selector'". So the first import is made by one thread at a time.
_IMPORTING_DOCX = threading.Lock()


def _package_type() -> Any:
    with _IMPORTING_DOCX:
        import docx  # noqa: F401  (whole, so that its part classes are registered)
        from docx.package import Package
    return Package


def _open_main_part(data: bytes, name: str | None) -> Part:
    Package = _package_type()
    try:
        part = Package.open(io.BytesIO(data)).main_document_part
    except ProformaError:
        raise
    except caught("docx") as exc:  # python-docx raises KeyError, ValueError, lxml errors ...
        raise translate(
            exc, "docx", name=name, doing="the Word package cannot be opened", what=_WHAT
        ) from exc
    if part.content_type not in _WORD_MAIN_TYPES:
        raise UnsupportedFormat(
            f"the main part is {part.content_type!r}, not a Word document", path=name
        )
    return part


def _part_element(part: Part, name: str | None) -> Element:
    """The parsed XML of `part`; python-docx parses only the part types it knows."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml

    try:
        return parse_xml(part.blob)
    except caught("lxml") as exc:  # lxml.etree.XMLSyntaxError and friends
        doing = f"{part.partname} is not well-formed XML"
        raise translate(exc, "lxml", name=name, doing=doing, what=_WHAT) from exc


def _related_parts(part: Part, reltypes: tuple[str, ...]) -> list[Part]:
    return [
        rel.target_part
        for rel in part.rels.values()
        if not rel.is_external and rel.reltype in reltypes
    ]


def _related_element(part: Part, reltype: str, name: str | None) -> Element | None:
    related = _related_parts(part, (reltype,))
    return _part_element(related[0], name) if related else None


def _furniture(part: Part, styles: StyleIndex, limits: Limits, name: str | None) -> tuple[str, ...]:
    """Text of every header and footer (first page, even pages, default), once each."""
    seen: dict[str, None] = {}
    for furniture_part in _related_parts(part, _FURNITURE):
        numbering = Numbering(_related_element(part, _NUMBERING, name), styles)
        walk = BodyWalk(styles, numbering, max_nesting=limits.max_nesting, name=name)
        walk_blocks(_part_element(furniture_part, name), walk)
        for block in walk.blocks:
            seen.setdefault(_block_line(block), None)
    return tuple(seen)


def _block_line(block: Block) -> str:
    return f"{block.list_number} {block.text}" if block.list_number else block.text


def _defects(part: Part, walk: BodyWalk) -> list[ReaderDefect]:
    defects = []
    if walk.insertions or walk.deletions:
        defects.append(
            ReaderDefect(
                "tracked_changes",
                "the document has tracked changes; read as if all were accepted "
                f"({walk.insertions} insertion(s) kept, {walk.deletions} deletion(s) dropped)",
            )
        )
    if part.content_type in (_MACRO_MAIN, _MACRO_TEMPLATE):
        defects.append(
            ReaderDefect("macro_enabled", "a macro-enabled Word file (.docm); macros were ignored")
        )
    return defects
