"""Plain text: decode the bytes honestly and say how.

UTF-8 (with or without BOM) is read silently; UTF-16 (BOM, or guessed from NUL-riddled
bytes) and the cp1252 fallback are recorded as `encoding` defects, as are removed NULs.
"""

from __future__ import annotations

import codecs
from dataclasses import replace

import regex

from ..document import Block, Document, ReaderDefect
from ..errors import UnsupportedFormat
from .detect import binary_kind, utf16_or_32

# Line separators other than LF that councils' files really contain: CRLF (Windows),
# CR (classic Mac), form feed (page breaks in text dumps), Unicode line/paragraph separators.
_NEWLINES = ("\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x85")


# UTF-8 read as Windows-1252 and saved again: "Councilâ€™s", "â€œendorse", "Ã©".
MOJIBAKE_RE = regex.compile(r"â€[\x80-\xbf\u0152-\u2122œ™ž“”˜]|Ã[\x80-\xbf]|Â[\xa0-\xbf]")


def _may_hold_mojibake(text: str) -> bool:
    return "â" in text or "Ã" in text or "Â" in text


def repair_mojibake(text: str) -> tuple[str, ReaderDefect | None]:
    """Undo double-encoding with ftfy (loaded only when the tell-tale sequences appear)."""
    # Mojibake is never plain ASCII, and every pattern's branch opens with one of three
    # letters: most texts are turned away by those tests, not a search of their whole text.
    if text.isascii() or not _may_hold_mojibake(text) or not MOJIBAKE_RE.search(text):
        return text, None
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, ReaderDefect("encoding", "mojibake suspected (UTF-8 read as Windows-1252)")
    return fixed, ReaderDefect(
        "encoding", "mojibake repaired: the text had been decoded as Windows-1252 and saved again"
    )


def decode_text(data: bytes) -> tuple[str, list[ReaderDefect]]:
    """Decode `data` to str, returning the defects the decoding implies."""
    defects: list[ReaderDefect] = []
    text = _decode(data, defects)
    text, mojibake = repair_mojibake(text)
    if mojibake is not None:
        defects.append(mojibake)
    if "\x00" in text:
        text = text.replace("\x00", "")
        defects.append(ReaderDefect("encoding", "NUL characters were removed from the text"))
    return text, defects


def _decode(data: bytes, defects: list[ReaderDefect]) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        defects.append(ReaderDefect("encoding", "decoded as UTF-32 (byte order mark)"))
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        defects.append(ReaderDefect("encoding", "decoded as UTF-16 (byte order mark)"))
        return data.decode("utf-16", errors="replace")
    guessed = _guess_utf16(data)
    if guessed is not None:
        defects.append(
            ReaderDefect("encoding", f"decoded as {guessed} without a byte order mark (guessed)")
        )
        return data.decode(guessed, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        defects.append(ReaderDefect("encoding", "not valid UTF-8; decoded as Windows-1252"))
        return data.decode("cp1252", errors="replace")


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 text of Latin script has a NUL in every other byte; plain NULs do not."""
    guessed = utf16_or_32(data)
    return guessed if guessed in ("utf-16-be", "utf-16-le") else None


def split_lines(text: str) -> list[str]:
    """Split on every kind of newline, keeping form feeds as their own empty-line marker."""
    for newline in _NEWLINES:
        text = text.replace(newline, "\n")
    return text.replace("\f", "\n\f\n").split("\n")


# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.05
_CONTROL_CHARS = frozenset(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, 0xFFFD))


def read_text(data: bytes, *, name: str | None, sha256: str) -> Document:
    """Read plain text: one block per line, in order. Binary content is refused before it
    is decoded: decoding drops NULs, and what is left of a database is its records' words."""
    kind = binary_kind(data)
    if kind is not None:
        raise UnsupportedFormat(f"this is {describe_binary(kind)}", path=name)
    text, defects = decode_text(data)
    if _looks_binary(text):
        raise UnsupportedFormat(
            "this is binary data, not text (too many control characters); "
            "if it is a document, save it as PDF, .docx or plain text",
            path=name,
        )
    lines, furniture = _page_furniture(split_lines(text))
    # One block: plain text has no structure beyond its lines, which normalise() splits.
    blocks = (Block("\n".join(lines)),)
    return Document(
        blocks=blocks,
        furniture=furniture,
        format="text",
        name=name,
        sha256=sha256,
        size=len(data),
        defects=tuple(defects),
    )


# A page footer left in a text dump by a PDF extraction, in the middle of a list:
# "Executive Decision Notice – EDN 2023/041            Page 1 of 2", "Page 3", "- 2 -"; and a
# page's security marking, alone or at the end of its running header: "OFFICIAL",
# "Decision Notice CMR-HT-2025-014                    OFFICIAL"
_MARKING = r"(?-i:OFFICIAL)(?:[\s–-]+(?-i:SENSITIVE))?"
# A web page printed from a browser: its address and "page/pages" at the foot ("https://
# democracy.example.gov.uk/mgDelegatedDecisions.aspx?...     2/4", the address perhaps
# wrapped), and the time it was printed before the page's title at the head ("09/10/2025,
# 11:42     Decisions").
_PRINTED_ADDRESS = r"https?://\S+(?: \S+)*?\s+\d{1,3}/\d{1,3}"
_PRINTED_AT = r"\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[APap][Mm])?"
PAGE_FOOTER_RE = regex.compile(
    r"(?i)^.{0,100}?\bpage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$|^\s*-\s*\d{1,3}\s*-\s*$"
    # the page's number alone at the right margin: "                    2"
    r"|^\s{30,}\d{1,3}\s*$"
    # "- 4 -                    Cabinet 3.6.15": the page's number, then its running title
    r"|^\s*-\s*\d{1,3}\s*-\s+(?-i:[A-Z])[^.]{0,60}(?:\.\d[^.]{0,10})*$"
    rf"|^\s*{_MARKING}\s*$|^.{{0,100}}?\S\s{{3,}}{_MARKING}\s*$"
    # a web page printed from a browser (above): its address at the foot, the time at the head
    rf"|^\s*{_PRINTED_ADDRESS}\s*$|^\s*{_PRINTED_AT}\s{{3,}}\S.{{0,80}}$"
)


# What every footer holds somewhere ("page 3", a line opening "- 2"): two searches of the
# whole text (each starts from a literal, so it is quick), so that most texts, which have
# no footer, skip the line-by-line test.
_PAGE_NUMBER_RE = regex.compile(r"(?i)\bpage\s+\d")
_DASH_NUMBER_LINE_RE = regex.compile(r"\n\s*-\s*\d")


# A page's number alone at the right margin, as a text dump keeps it.
_RIGHT_NUMBER_RE = regex.compile(r"(?m)^ {30,}\d{1,3} *$")


def _may_have_footer(text: str) -> bool:
    return bool(
        _PAGE_NUMBER_RE.search(text)
        or ("          " in text and _RIGHT_NUMBER_RE.search(text) is not None)
        or _DASH_NUMBER_LINE_RE.search("\n" + text)
        or "OFFICIAL" in text
        or "://" in text
    )


def _page_furniture(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Lines that are page furniture, moved out of the body into `Document.furniture`."""
    if not _may_have_footer("\n".join(lines)):
        return lines, ()
    kept: list[str] = []
    furniture: list[str] = []
    first_cells = _first_line_cells(lines)
    running = _running_titles(
        lines,
        [len(line) < _MAX_FOOTER_CHARS and bool(PAGE_FOOTER_RE.match(line)) for line in lines],
    )
    after_footer = False  # whether the lines since the last footer are all furniture
    for line in lines:
        if after_footer and not line.strip():
            kept.append(line)
            continue
        if after_footer and (
            line.strip() in first_cells
            or line.strip() in running
            or (_dated_running_header(line) and _page_above(kept))
            or (bool(furniture) and furniture[-1] in running and _DATE_ALONE_RE.match(line))
        ):
            # "Leeds City Council" under "Delegated Decision Notice     Page 1 of 2": the
            # next page's running header, a cell of the first page's top line (or the
            # record's kind and date, "Cabinet Decision Proforma          12 June 2025")
            furniture.append(" ".join(line.split()))
            continue
        after_footer = False
        # (a printed page's address may be long: its query string)
        if (len(line) < 160 or line.lstrip()[:4] == "http") and PAGE_FOOTER_RE.match(line):
            after_footer = True
            marked = _MARKED_HEADER_RE.match(line) if not any(kept) else None
            labelled = _LABELLED_FOOTER_RE.match(line) if ": " in line else None
            if marked is not None:
                # The first page's header names the council: "London Borough of Richmond
                # upon Thames            OFFICIAL" keeps its name; later pages' copies go
                kept.append(marked.group("header"))
                line = marked.group("marking")
            elif labelled is not None:
                # "Minutes published: 22nd September 2009         Page 3 of 3": a label
                # and its value beside the page's number, which alone is furniture
                kept.append(labelled.group("label"))
                line = labelled.group("page")
            furniture.append(" ".join(line.split()))
        else:
            kept.append(line)
    return kept, tuple(furniture)


def _running_titles(texts: list[str], marks: list[bool]) -> frozenset[str]:
    """The texts printed right under two page numbers or footers or more (`marks` says
    which texts are): a running title ("Cabinet Decision Proforma" under each page's
    number), furniture wherever it follows one. A text dump's lines or a file's paragraphs."""
    seen: dict[str, int] = {}
    for index, marked in enumerate(marks):
        if marked:
            below = next((x.strip() for x in texts[index + 1 : index + 3] if x.strip()), "")
            if below and "\n" not in below:
                seen[below] = seen.get(below, 0) + 1
    return frozenset(text for text, count in seen.items() if count > 1)


_MAX_FOOTER_CHARS = 160
# A date alone on its line, under a running title: "13 March 2025".
_DATE_ALONE_RE = regex.compile(
    r"^\s*(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}\s*$"
)


# A gap wide enough to part a header's cells: "Delegated Decision Notice" and, far to
# the right, "Leeds City Council".
_CELL_GAP_RE = regex.compile(r" {3,}")


def _first_line_cells(lines: list[str]) -> frozenset[str]:
    """The cells of the text's first line, where it has several: what a running header
    repeats at the top of later pages."""
    first = next((line.strip() for line in lines if line.strip()), "")
    cells = _CELL_GAP_RE.split(first)
    return frozenset(cells) if len(cells) > 1 else frozenset()


_LABELLED_FOOTER_RE = regex.compile(
    r"^\s*(?P<label>[A-Z][\w ]{1,40}:\s*\S.{0,80}?\S)\s{3,}"
    r"(?P<page>(?i:page)\s+\d{1,3}(?:\s+of\s+\d{1,3})?)\s*$"
)
_MARKED_HEADER_RE = regex.compile(
    rf"^\s*(?P<header>\S.{{0,100}}?\S)\s{{3,}}(?P<marking>{_MARKING})\s*$"
)


def without_footer_blocks(document: Document) -> Document:
    """`document` with each paragraph that is a page footer alone moved to its furniture,
    as `_page_furniture` moves a text dump's: a Word file or page made from a PDF keeps the
    footer "Worthing Borough Council – Decision Notice    Page 1 of 2" in its body, between
    a heading and its text."""
    blocks = document.blocks
    if not any(
        _may_have_footer(block.text) or _PAGE_DIGITS_RE.fullmatch(block.text.strip())
        for block in blocks
    ):
        return document
    kept: list[Block] = []
    moved: list[str] = []
    top = " ".join(blocks[0].text.split()) if blocks else ""
    running = _running_titles(
        [block.text for block in blocks],
        [
            _is_footer_block(block) or _PAGE_DIGITS_RE.fullmatch(block.text.strip()) is not None
            for block in blocks
        ],
    )
    after_footer = False
    for index, block in enumerate(blocks):
        following = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
        if _is_footer_block(block) or _numbers_a_page(block, following, running):
            moved.append(" ".join(block.text.split()))
            after_footer = True
            continue
        if after_footer and (
            _repeats_top_line(" ".join(block.text.split()), top)
            or block.text.strip() in running
            or (bool(moved) and moved[-1] in running and _DATE_ALONE_RE.match(block.text))
            or (_dated_running_header(block.text) and _page_above([b.text for b in kept]))
            or _PRINTED_AT_RE.match(block.text.strip()) is not None
        ):
            # the next page's running header: "Leeds City Council", the end of the first
            # page's "Delegated Decision Notice Leeds City Council"
            moved.append(" ".join(block.text.split()))
            continue
        after_footer = False
        if block.kind == "paragraph" and "\n" in block.text and _PAGE_OF_RE.search(block.text):
            # "Reasons for decision:" / "Vale of White Horse District Council | Record of
            # Executive Decision | Page 1 of 3" as one block of a PDF: the footer's line
            lines = block.text.split("\n")
            footers = [line for line in lines if len(line) < 160 and _PAGE_OF_LINE_RE.match(line)]
            if footers and len(footers) < len(lines):
                moved.extend(" ".join(line.split()) for line in footers)
                rest = "\n".join(line for line in lines if line not in footers)
                block = replace(block, text=rest)
        kept.append(block)
    if not moved or not kept:
        return document
    return replace(document, blocks=tuple(kept), furniture=(*document.furniture, *moved))


# The fewest lines with text a page holds above the footer that ends it.
_MIN_PAGE_LINES = 5


def _page_above(kept: list[str]) -> bool:
    """Whether a page of the record stands above the footer just read (a header that
    prints the page's number, "Cabinet Decision Record     Page 1 of 2", tops the first)."""
    return sum(1 for line in kept if line.strip()) >= _MIN_PAGE_LINES


def _dated_running_header(text: str) -> bool:
    """A short line that ends on a day, month and year: what a page's running header
    prints at the top of the page after a footer ("Cabinet Decision Proforma    12 June
    2025"), never a section's first words (read only right after a footer, and not on the
    first page, whose "Cabinet Meeting 15 October 2014" under "Cabinet Decision Record
    Page 1 of 2" is the meeting's own line)."""
    return "\n" not in text.strip() and _DATED_HEADER_RE.match(text) is not None


# (five words at most before the date: "Cabinet – 14 October 2025" too)
_DATED_HEADER_RE = regex.compile(
    r"^\s*(?:[\w'’&,–-]+\s+){1,5}\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}\s*$"
)


def _repeats_top_line(text: str, top: str) -> bool:
    """Whether `text` is the document's top line, or its first or last words (two or
    more), as a running header repeats it."""
    if not text or len(text.split()) < 2:
        return False
    return text == top or top.startswith(f"{text} ") or top.endswith(f" {text}")


# Inside a block, only the fuller footer counts: "... Page 1 of 3" ("as set out on page 3"
# may end a wrapped line of a sentence).
_PAGE_OF_RE = regex.compile(r"(?i)\bpage\s+\d{1,3}\s+of\s+\d{1,3}\s*(?:\n|$)")
_PAGE_OF_LINE_RE = regex.compile(r"(?i)^.{0,100}?\bpage\s+\d{1,3}\s+of\s+\d{1,3}\s*$")


_PAGE_DIGITS_RE = regex.compile(r"\d{1,3}")


def _numbers_a_page(block: Block, following: str, running: frozenset[str]) -> bool:
    """A paragraph that is only a number, over a running title ("2" / "Cabinet Decision
    Proforma"): the page's number (a number alone elsewhere may be an item's)."""
    return following in running and _PAGE_DIGITS_RE.fullmatch(block.text.strip()) is not None


def _is_footer_block(block: Block) -> bool:
    """A paragraph that is only a footer: "... Page 1 of 2", "Page 3", "- 2 -" (not a
    sentence that ends "as set out on page 3")."""
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and len(text) < 160
        and "\n" not in text
        and (
            _PAGE_OF_LINE_RE.match(text) is not None
            or _PAGE_ALONE_RE.match(text) is not None
            or _NAMED_PAGE_RE.match(text) is not None
            or (text[:4] == "http" and _PRINTED_PAGE_ADDRESS_RE.match(text) is not None)
        )
    )


# ... as a Word file or page made from the print keeps them, their gaps closed: "https://
# democracy.example.gov.uk/mgDelegatedDecisions.aspx?... 3/7", "05/10/2025, 14:22
# Decisions - Somerset Council".
_PRINTED_PAGE_ADDRESS_RE = regex.compile(_PRINTED_ADDRESS + "$")
_PRINTED_AT_RE = regex.compile(_PRINTED_AT + r"\s+\S.{0,80}$")


# A running footer's name then the page's number: "North Somerset Council Page 8" (a
# capitalised name; "as set out on page 3" ends a sentence).
_NAMED_PAGE_RE = regex.compile(r"^(?:[A-Z][\w'’&.,-]*\s+){1,6}Page\s+\d{1,3}$")


_PAGE_ALONE_RE = regex.compile(
    rf"(?i)^(?:page\s+\d{{1,3}}|-\s*\d{{1,3}}\s*-|{_MARKING})$"
    r"|^-\s*\d{1,3}\s*-\s+(?-i:[A-Z])[^.]{0,60}(?:\.\d[^.]{0,10})*$"
)


def describe_binary(kind: str) -> str:
    """The message for binary content of `kind` (see `detect.binary_kind`)."""
    return f"binary data ({kind}), not a document with text; nothing in it can be parsed"


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ch in _CONTROL_CHARS)
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def document_from_str(text: str, *, name: str | None, sha256: str, size: int) -> Document:
    """Wrap text given directly (``parse_text``) as a Document."""
    defects: list[ReaderDefect] = []
    if text.startswith("\ufeff"):
        text = text[1:]
    text, mojibake = repair_mojibake(text)
    if mojibake is not None:
        defects.append(mojibake)
    if "\x00" in text:
        text = text.replace("\x00", "")
        defects.append(ReaderDefect("encoding", "NUL characters were removed from the text"))
    lines, furniture = _page_furniture(split_lines(text))
    # One block: plain text has no structure beyond its lines, which normalise() splits.
    blocks = (Block("\n".join(lines)),)
    return Document(
        blocks=blocks,
        furniture=furniture,
        format="text",
        name=name,
        sha256=sha256,
        size=size,
        defects=tuple(defects),
    )
