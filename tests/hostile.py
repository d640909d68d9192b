"""Hostile and broken input files, made at test time.

The project's own versions of the kinds in the shared catalogue of broken files
(../shared/badinputs/CATALOGUE.md): damaged, encrypted, disguised, oversized and unsafe text,
PDF and Word files, plus paths that are not files. Every readable one holds the same
Stockton proforma (PROFORMA), so its record can be compared with the control's.

`build_all(folder)` writes each file of HOSTILE into `folder` and returns their paths; no
binary file is committed. The bombs inflate to more than the library's limits yet are made
in well under a second and stay small on disk.
"""

from __future__ import annotations

import codecs
import io
import os
import random
import struct
import textwrap
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import regex

MiB = 1024 * 1024

# -- the proforma every readable file holds -------------------------------------------------

TITLE = (
    "Special Educational Needs and/or Disabilities (SEND) Strategy - "
    "Progress and next steps for 2022/23"
)
DECISION_DATE = "2022-03-17"
HEADER = (
    "STOCKTON-ON-TEES BOROUGH COUNCIL",
    "CABINET RECOMMENDATIONS",
    "PROFORMA",
    "Cabinet Meeting 17th March 2022",
)
# Section 2 carries £, curly quotes and an en dash: what cp1252 and mojibake damage.
POUNDS = "£2.4 million"
QUOTED = "“Getting out and about”"
SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("1", "Title of Item/Report", (TITLE,)),
    (
        "2",
        "Record of the Decision",
        (
            "Cabinet received a report which provided an overview of the six strategic "
            f"priorities and of the Borough’s {POUNDS} {QUOTED} programme – its first year.",
            "RESOLVED that Cabinet:-",
            "1. Note progress to date in delivering against the 6 strategic outcome areas "
            "in the SEND strategy.",
            "2. Endorse the outline action plan for 2022/23.",
        ),
    ),
    (
        "3",
        "Reasons for the Decision",
        (
            "The SEND strategy supports the key priority of making the Borough a place where "
            "people are healthy, safe and protected from harm.",
        ),
    ),
    ("4", "Alternative Options Considered and Rejected", ("None",)),
    ("5", "Declared (Cabinet Member) Conflicts of Interest", ("None",)),
    ("6", "Details of any Dispensations", ("N/A",)),
    (
        "7",
        "Date and Time by which Call In must be executed",
        ("Midnight - Friday 25th March 2022.",),
    ),
)
FOOTER = ("Proper Officer", "21 March 2022")


def proforma_blocks(
    order: Sequence[str] = "1234567",
    *,
    bodies: bool = True,
    extra: dict[str, tuple[str, ...]] | None = None,
) -> list[str]:
    """The proforma's paragraphs: header, the sections numbered in `order`, footer.

    `bodies=False` leaves only the headings; `extra` maps a section number to a second
    copy of it, with other body text, placed right after the first.
    """
    by_number = {number: (heading, body) for number, heading, body in SECTIONS}
    blocks = list(HEADER)
    for number in order:
        heading, body = by_number[number]
        blocks.append(f"{number}. {heading}")
        blocks.extend(body if bodies else ())
        if extra and number in extra:
            blocks.append(f"{number}. {heading}")
            blocks.extend(extra[number])
    return [*blocks, *FOOTER]


def proforma_text(blocks: Iterable[str] | None = None, newline: str = "\n") -> str:
    """Paragraphs separated by a blank line, as councils' text exports have them."""
    text = "\n\n".join(proforma_blocks() if blocks is None else blocks) + "\n"
    return text.replace("\n", newline)


# -- the registry ---------------------------------------------------------------------------

Builder = Callable[[Path], None]
HOSTILE: dict[str, Builder] = {}
"""File name -> what makes it at a given path (the name's extension is part of the case)."""


def _writes(name: str) -> Callable[[Callable[[], bytes]], Callable[[], bytes]]:
    """Register a function returning a file's bytes under the file's name."""

    def register(make: Callable[[], bytes]) -> Callable[[], bytes]:
        def write(path: Path) -> None:
            path.write_bytes(make())

        HOSTILE[name] = write
        return make

    return register


def _makes(name: str) -> Callable[[Builder], Builder]:
    """Register a function that makes something other than a regular file at a path."""

    def register(make: Builder) -> Builder:
        HOSTILE[name] = make
        return make

    return register


def build_all(folder: Path) -> dict[str, Path]:
    """Make every file of HOSTILE in `folder`; return each one's path by name."""
    paths = {}
    for name, make in HOSTILE.items():
        path = folder / name
        make(path)
        paths[name] = path
    return paths


# -- text -----------------------------------------------------------------------------------


@_writes("t00_baseline.txt")
def text_baseline() -> bytes:
    return proforma_text().encode("utf-8")


@_writes("t01_zero_byte.txt")
def text_zero_byte() -> bytes:
    return b""


@_writes("t02_whitespace_only.txt")
def text_whitespace_only() -> bytes:
    return b"  \t \r\n\n   \t\r\n" * 20


@_writes("t03_utf8_bom.txt")
def text_utf8_bom() -> bytes:
    return codecs.BOM_UTF8 + text_baseline()


@_writes("t04_utf16le_bom.txt")
def text_utf16le_bom() -> bytes:
    """What Notepad saves as "Unicode": UTF-16 LE, byte order mark, CRLF."""
    return codecs.BOM_UTF16_LE + proforma_text(newline="\r\n").encode("utf-16-le")


@_writes("t05_utf16be_no_bom.txt")
def text_utf16be_no_bom() -> bytes:
    return proforma_text().encode("utf-16-be")


@_writes("t06_cp1252_pound_smartquotes.txt")
def text_cp1252() -> bytes:
    return proforma_text(newline="\r\n").encode("cp1252")


@_writes("t07_mojibake_double_encoded.txt")
def text_mojibake() -> bytes:
    """UTF-8 read as Windows-1252 and saved as UTF-8 again ("Borough’s" -> "Boroughâ€™s").

    Windows leaves the five bytes cp1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D) as
    the C1 controls of the same number, so "”" (E2 80 9D) becomes "â€" plus U+009D.
    """
    utf8 = proforma_text().encode("utf-8")
    misread = "".join(_cp1252_or_control(byte) for byte in utf8)
    return misread.encode("utf-8")


def _cp1252_or_control(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


@_writes("t08_nul_bytes.txt")
def text_nul_bytes() -> bytes:
    text = proforma_text().replace("Borough", "Bor\0ough").replace("\n\n1. ", "\n\0\n1. ")
    return text.encode("utf-8")


@_writes("t09_headings_only.txt")
def text_headings_only() -> bytes:
    return proforma_text(proforma_blocks(bodies=False)).encode("utf-8")


@_writes("t10_sections_out_of_order.txt")
def text_sections_out_of_order() -> bytes:
    return proforma_text(proforma_blocks("1325476")).encode("utf-8")


@_writes("t11_duplicate_section.txt")
def text_duplicate_section() -> bytes:
    conflicting = ("RESOLVED that Cabinet:-", "1. Defer the SEND strategy to a later meeting.")
    return proforma_text(proforma_blocks(extra={"2": conflicting})).encode("utf-8")


@_writes("t12_missing_section_5.txt")
def text_missing_section_5() -> bytes:
    return proforma_text(proforma_blocks("123467")).encode("utf-8")


@_writes("t16_cr_only_line_endings.txt")
def text_cr_only() -> bytes:
    return proforma_text(newline="\r").encode("utf-8")


@_writes("t18_two_documents_concatenated.txt")
def text_two_records() -> bytes:
    """Two proformas, the second of another meeting and title, split by a form feed."""
    second = (
        proforma_text()
        .replace("17th March 2022", "21st April 2022")
        .replace(TITLE, "Adult Social Care Charging Policy 2022/23")
    )
    return (proforma_text() + "\f" + second).encode("utf-8")


@_writes("t19_html_saved_as_txt.txt")
def text_html_saved_as_txt() -> bytes:
    paragraphs = "\n".join(f"<p>{_escape_html(block)}</p>" for block in proforma_blocks())
    page = (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Decision</title></head>\n"
        f"<body>\n{paragraphs}\n</body></html>\n"
    )
    return page.encode("utf-8")


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@_writes("t20_binary_named_txt.txt")
def text_png_bytes() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + random.Random(20).randbytes(4096)


@_writes("t21_single_2mb_line.txt")
def text_two_megabyte_line() -> bytes:
    """Near-miss headings with no newline: bait for a pattern that backtracks."""
    near_misses = (
        "1 . Title of Itemm/Report 2) Recrod of the Decison 3.. Reasons for the Desicion "
        "4 Alternative Optoins Considred and 5. Declared (Cabinet Member Conflicts of "
        "6.Details of any Dispensation 7. Date and Time by which Call In must be "
    )
    return (near_misses * (2 * MiB // len(near_misses) + 1)).encode("ascii")[: 2 * MiB]


@_writes("t23_uppercase_ext.TXT")
def text_uppercase_extension() -> bytes:
    return text_baseline()


# -- PDF --------------------------------------------------------------------------------------


def _canvas_pdf(draw: Callable[[Any], None], **options: Any) -> bytes:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842), invariant=1, **options)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _wrapped_lines(blocks: Iterable[str], width: int = 95) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        lines.extend(textwrap.wrap(block, width) or [""])
        lines.append("")
    return lines


def _draw_proforma(canvas: Any) -> None:
    canvas.setFont("Helvetica", 10)
    for number, line in enumerate(_wrapped_lines(proforma_blocks())):
        canvas.drawString(56, 790 - 13 * number, line)


@_writes("p00_baseline.pdf")
def pdf_baseline() -> bytes:
    return _canvas_pdf(_draw_proforma)


@_writes("p01_zero_byte.pdf")
def pdf_zero_byte() -> bytes:
    return b""


@_writes("p02_random_bytes.pdf")
def pdf_random_bytes() -> bytes:
    return random.Random(2).randbytes(64 * 1024)


@_writes("p03_truncated_50pct.pdf")
def pdf_truncated() -> bytes:
    data = pdf_baseline()
    return data[: len(data) // 2]


@_writes("p04_broken_xref_offsets.pdf")
def pdf_broken_xref_offsets() -> bytes:
    """Every in-use xref entry points 37 bytes past its object; the length stays the same."""
    data = pdf_baseline()
    table = data.rindex(b"\nxref")

    def shifted(entry: regex.Match[bytes]) -> bytes:
        return b"%010d 00000 n" % (int(entry[1]) + 37)

    return data[:table] + regex.sub(rb"(\d{10}) 00000 n", shifted, data[table:])


@_writes("p05_no_xref_no_startxref.pdf")
def pdf_no_xref() -> bytes:
    data = pdf_baseline()
    return data[: data.rindex(b"\nxref") + 1]


@_writes("p06_garbage_before_header.pdf")
def pdf_garbage_before_header() -> bytes:
    """A saved HTTP response: its header, then NUL padding, then the PDF."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n"
    return http + b"\0" * 1000 + pdf_baseline()


def _pypdf_encrypted(user: str, algorithm: str, *, extract: bool = True) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import UserAccessPermissions

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_baseline())))
    permissions = UserAccessPermissions.PRINT
    if extract:
        permissions |= UserAccessPermissions.EXTRACT
    writer.encrypt(user, "owner-secret", permissions_flag=permissions, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@_writes("p07_encrypted_user_password_aes128.pdf")
def pdf_aes128_user_password() -> bytes:
    return _pypdf_encrypted("secret", "AES-128")


@_writes("p08_encrypted_user_password_aes256.pdf")
def pdf_aes256_user_password() -> bytes:
    return _pypdf_encrypted("secret", "AES-256")


@_writes("p09_encrypted_empty_user_password.pdf")
def pdf_aes128_empty_user_password() -> bytes:
    """Opens without a password; the owner forbade copying text, which a reader may ignore."""
    return _pypdf_encrypted("", "AES-128", extract=False)


@_writes("p10_encrypted_empty_user_password_rc4_40.pdf")
def pdf_rc4_empty_user_password() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption  # type: ignore[import-untyped]

    encryption = StandardEncryption("", ownerPassword="owner-secret", strength=40)
    return _canvas_pdf(_draw_proforma, encrypt=encryption)


@_writes("p11_image_only_scanned.pdf")
def pdf_image_only() -> bytes:
    """A scan: the page is one picture of the proforma's text, with no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

    # Drawn at 200 dpi (an A4 page is 1654 x 2339 pixels) in Pillow's scalable default font,
    # as an office scanner gives it: at 72 dpi in a bitmap font Tesseract misreads headings.
    scale = 200 / 72
    picture = Image.new("L", (round(595 * scale), round(842 * scale)), color=255)
    pen = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=round(10 * scale))
    for number, line in enumerate(_wrapped_lines(proforma_blocks())):
        pen.text((40 * scale, (40 + 13 * number) * scale), line, fill=0, font=font)
    image = ImageReader(picture)
    return _canvas_pdf(lambda canvas: canvas.drawImage(image, 0, 0, width=595, height=842))


def raw_pdf(*objects: bytes) -> bytes:
    """A PDF written object by object (1 is the catalogue), with a correct xref table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
    return out + trailer % (len(objects) + 1, xref)


def pdf_stream(body: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(body), extra, body)


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _page(contents: int, *, font: int | None = None, extra: bytes = b"") -> bytes:
    resources = b"<< /Font << /F1 %d 0 R >> >>" % font if font is not None else b"<< >>"
    return b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s %s" % (
        resources,
        extra + b" /Contents %d 0 R >>" % contents,
    )


def _proforma_content() -> bytes:
    """A content stream drawing the proforma in Helvetica (WinAnsi covers its characters)."""
    lines = []
    for line in _wrapped_lines(proforma_blocks()):
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        lines.append(b"(" + escaped.encode("cp1252") + b") Tj T*")
    return b"BT /F1 10 Tf 13 TL 56 790 Td\n" + b"\n".join(lines) + b"\nET"


@_writes("p12_zero_pages.pdf")
def pdf_zero_pages() -> bytes:
    return raw_pdf(CATALOG, b"<< /Type /Pages /Kids [] /Count 0 >>")


@_writes("p16_recursive_form_xobject.pdf")
def pdf_recursive_form() -> bytes:
    """A form XObject whose content paints itself (cf. pdfminer.six #1113)."""
    return raw_pdf(
        CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /X1 5 0 R >> >> /Contents 4 0 R >>",
        pdf_stream(b"/X1 Do"),
        pdf_stream(
            b"/X1 Do",
            b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
            b"/Resources << /XObject << /X1 5 0 R >> >>",
        ),
    )


@_writes("p17_deeply_nested_array.pdf")
def pdf_deeply_nested_array() -> bytes:
    """The page's MediaBox nested 50,000 arrays deep: recursion bait for the parser."""
    depth = 50_000
    media_box = b"[" * depth + b"0 0 595 842" + b"]" * depth
    return raw_pdf(
        CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>" % media_box,
        pdf_stream(_proforma_content()),
        HELVETICA,
    )


PAGES_OVER_LIMIT = 2000
"""Far over the library's page cap (300), each page carrying the whole proforma."""


@_writes("p18_2000_pages.pdf")
def pdf_many_pages() -> bytes:
    """Every page shares one content stream, so 2,000 pages cost a few hundred KiB."""
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(PAGES_OVER_LIMIT))
    return raw_pdf(
        CATALOG,
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, PAGES_OVER_LIMIT),
        HELVETICA,
        pdf_stream(_proforma_content()),
        *(_page(4, font=3) for _ in range(PAGES_OVER_LIMIT)),
    )


FLATE_BOMB_BYTES = 96 * MiB
"""What the bomb's content stream inflates to: over the library's 64 MiB per stream."""


@_writes("p19_flate_bomb.pdf")
def pdf_flate_bomb() -> bytes:
    filler = b" " * MiB  # white space: a valid content stream however far it is inflated
    body = deflate_repeated(_proforma_content() + b"\n", filler, FLATE_BOMB_BYTES // MiB)
    return raw_pdf(
        CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4, font=5),
        pdf_stream(body, b"/Filter /FlateDecode"),
        HELVETICA,
    )


def deflate_repeated(head: bytes, filler: bytes, count: int) -> bytes:
    """zlib data inflating to head + filler * count, made in the time of one filler.

    After a full flush deflate forgets what came before, so the block that compresses
    `filler` after one is the same every time and can be repeated as it is.
    """
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = raw.compress(head) + raw.flush(zlib.Z_FULL_FLUSH)
    block = raw.compress(filler) + raw.flush(zlib.Z_FULL_FLUSH)
    end = raw.flush(zlib.Z_FINISH)
    checksum = zlib.adler32(head)
    for _ in range(count):
        checksum = zlib.adler32(filler, checksum)
    return b"\x78\xda" + start + block * count + end + struct.pack(">I", checksum)


@_writes("p20_identity_h_no_tounicode.pdf")
def pdf_identity_h_without_tounicode() -> bytes:
    """Two-byte glyph ids in a font with no /ToUnicode and no embedded font program."""
    glyphs = proforma_text().replace("\n", " ").encode("utf-16-be").hex().upper().encode()
    content = b"BT /F1 10 Tf 56 790 Td <%s> Tj ET" % glyphs[:4000]
    return raw_pdf(
        CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Secret /Encoding /Identity-H "
        b"/DescendantFonts [5 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Secret "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        pdf_stream(content),
    )


@_writes("p23_uppercase_ext.PDF")
def pdf_uppercase_extension() -> bytes:
    return pdf_baseline()


@_writes("p24_no_extension_pdf")
def pdf_without_extension() -> bytes:
    return pdf_baseline()


@_writes("p26_valid_one_blank_page.pdf")
def pdf_blank_page() -> bytes:
    return _canvas_pdf(lambda canvas: None)


# -- objects that lead round in circles: pdfminer followed each for good ------------------


def _cyclic_pdf(
    *,
    page: bytes = b"",
    contents: bytes = b"4 0 R",
    pages: bytes = b"",
    stream: bytes | None = None,
    extra: tuple[bytes, ...] = (),
) -> bytes:
    """The proforma on one page (objects 1-5: catalogue, page tree, page, content, font),
    with parts of it replaced and objects 6, 7, ... added."""
    content = _proforma_content()
    return raw_pdf(
        CATALOG,
        pages or b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page
        or b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents %s >>"
        % contents,
        stream if stream is not None else pdf_stream(content),
        HELVETICA,
        *extra,
    )


@_writes("p27_object_resolves_to_itself.pdf")
def pdf_object_resolving_to_itself() -> bytes:
    """The page tree is object 2, and object 2 is "2 0 R": a reference to itself."""
    return _cyclic_pdf(pages=b"2 0 R")


@_writes("p28_references_round_a_circle.pdf")
def pdf_references_round_a_circle() -> bytes:
    """The page's /Contents is object 6, which is "7 0 R", which is "6 0 R"."""
    return _cyclic_pdf(contents=b"6 0 R", extra=(b"7 0 R", b"6 0 R"))


@_writes("p29_length_round_a_circle.pdf")
def pdf_length_round_a_circle() -> bytes:
    """The content stream's /Length is object 6, which is "7 0 R", which is "6 0 R"."""
    body = b"<< /Length 6 0 R >>\nstream\n%s\nendstream" % _proforma_content()
    return _cyclic_pdf(stream=body, extra=(b"7 0 R", b"6 0 R"))


@_writes("p30_length_of_itself.pdf")
def pdf_length_of_itself() -> bytes:
    """The content stream (object 4) gives its /Length as "4 0 R": itself."""
    body = b"<< /Length 4 0 R >>\nstream\n%s\nendstream" % _proforma_content()
    return _cyclic_pdf(stream=body)


@_writes("p31_page_tree_loop.pdf")
def pdf_page_tree_loop() -> bytes:
    """The page tree lists itself among its kids."""
    return _cyclic_pdf(pages=b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>")


@_writes("p32_page_tree_loop_below.pdf")
def pdf_page_tree_loop_below() -> bytes:
    """The page tree's one kid is a node (6) that lists the page and the page tree."""
    node = b"<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 1 >>"
    return _cyclic_pdf(pages=b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>", extra=(node,))


def xref_offsets_point_at_objects(data: bytes) -> bool:
    """True when every in-use entry of the last xref table points at "N G obj"."""
    start = int(regex.findall(rb"startxref\s+(\d+)", data)[-1])
    table = regex.match(rb"xref\s+(\d+)\s+(\d+)\s+", data[start:])
    assert table is not None
    first, count = int(table[1]), int(table[2])
    entries = regex.findall(rb"(\d{10}) (\d{5}) ([nf])", data[start + table.end() :])[:count]
    for number, (offset, _, used) in enumerate(entries, start=first):
        found = regex.match(rb"(\d+)\s+\d+\s+obj", data[int(offset) :])
        if used == b"n" and (found is None or int(found[1]) != number):
            return False
    return len(entries) == count


# -- Word ---------------------------------------------------------------------------------

DOCUMENT_XML = "word/document.xml"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"


def _saved(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@_writes("d00_baseline.docx")
def docx_baseline() -> bytes:
    """A python-docx document with one paragraph per block of the proforma."""
    import docx

    document = docx.Document()
    for block in proforma_blocks():
        document.add_paragraph(block)
    return _saved(document)


def rezip(data: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    """The package `data` with each part passed through `change` (None leaves it out)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            content = change(info.filename, old.read(info))
            if content is not None:
                new.writestr(info.filename, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _rewrite_part(part: str, change: Callable[[bytes], bytes]) -> bytes:
    return rezip(docx_baseline(), lambda name, data: change(data) if name == part else data)


@_writes("d01_zero_byte.docx")
def docx_zero_byte() -> bytes:
    return b""


@_writes("d02_truncated_50pct.docx")
def docx_truncated() -> bytes:
    data = docx_baseline()
    return data[: len(data) // 2]


ZIP_BOMB_BYTES = 72 * MiB
"""What the bomb's document.xml inflates to: over the library's 64 MiB per part."""


@_writes("d03_zip_bomb_document_xml.docx")
def docx_zip_bomb() -> bytes:
    """document.xml padded with white space between its elements (still well-formed XML),
    so both its declared and its real size are over the limit."""
    source = docx_baseline()
    out = io.BytesIO()
    # Level 1 is fast, and white space still packs about 250 to 1.
    writer = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
    with zipfile.ZipFile(io.BytesIO(source)) as old, writer as new:
        for info in old.infolist():
            content = old.read(info)
            if info.filename != DOCUMENT_XML:
                new.writestr(info.filename, content)
                continue
            head, tail = content.split(b"<w:body>", 1)
            with new.open(DOCUMENT_XML, "w") as part:
                part.write(head + b"<w:body>")
                for _ in range(ZIP_BOMB_BYTES // MiB):
                    part.write(b" " * MiB)
                part.write(tail)
    return out.getvalue()


def _with_doctype(doctype: bytes, reference: bytes) -> bytes:
    """document.xml with `doctype` after its declaration and a run using `reference`."""

    def change(xml: bytes) -> bytes:
        declaration, rest = xml.split(b"?>", 1)
        body = b"<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p>" % reference
        return declaration + b"?>\n" + doctype + rest.replace(b"<w:body>", body, 1)

    return _rewrite_part(DOCUMENT_XML, change)


@_writes("d05_billion_laughs_entities.docx")
def docx_billion_laughs() -> bytes:
    entities = [b'<!ENTITY lol0 "lol">']
    for level in range(1, 10):
        entities.append(b'<!ENTITY lol%d "%s">' % (level, b"&lol%d;" % (level - 1) * 10))
    return _with_doctype(b"<!DOCTYPE w:document [%s]>" % b"".join(entities), b"&lol9;")


@_writes("d06_xxe_external_entity_etc_passwd.docx")
def docx_external_entity() -> bytes:
    doctype = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return _with_doctype(doctype, b"&xxe;")


@_writes("d08_missing_document_xml.docx")
def docx_missing_document_xml() -> bytes:
    return rezip(docx_baseline(), lambda name, data: None if name == DOCUMENT_XML else data)


@_writes("d09_docm_macro_content_type.docx")
def docx_macro_content_type() -> bytes:
    return _rewrite_part(
        "[Content_Types].xml", lambda xml: xml.replace(MAIN_TYPE.encode(), MACRO_TYPE.encode())
    )


@_writes("d10_xlsx_renamed_docx.docx")
def docx_is_a_spreadsheet() -> bytes:
    """A minimal one-sheet workbook, as Excel packages it."""
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{sheet}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{sheet}.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'xmlns:r="{rel}"><sheets><sheet name="Decisions" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Record of the Decision</t>'
            "</is></c></row></sheetData></worksheet>"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return out.getvalue()


@_writes("d11_content_only_in_table.docx")
def docx_content_only_in_table() -> bytes:
    """The council layout: a two-column table, heading | body, and no paragraph outside."""
    import docx

    by_number = {number: (heading, body) for number, heading, body in SECTIONS}
    rows = [(" ".join(HEADER[:3]), HEADER[3])]
    rows += [(f"{n}. {by_number[n][0]}", "\n".join(by_number[n][1])) for n in "1234567"]
    rows.append(FOOTER)
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=2)
    for row, (left, right) in zip(table.rows, rows, strict=True):
        row.cells[0].text = left
        row.cells[1].text = right
    return _saved(document)  # python-docx's template has no paragraph of its own


@_writes("d15_malformed_xml.docx")
def docx_malformed_xml() -> bytes:
    """The first run's text element closed with the wrong tag."""
    return _rewrite_part(DOCUMENT_XML, lambda xml: xml.replace(b"</w:t>", b"</w:r>", 1))


@_writes("d16_password_protected.docx")
def docx_password_protected() -> bytes:
    """What Word saves for a .docx with a password: an OLE2 compound file holding the
    EncryptionInfo and EncryptedPackage streams (their content is noise here)."""
    noise = random.Random(16).randbytes(4096)
    info = b"\x04\x00\x04\x00\x40\x00\x00\x00" + b'<?xml version="1.0"?><encryption/>'
    info += bytes(4096 - len(info))  # 4 KiB or more keeps it out of the mini stream
    return compound_file([("EncryptionInfo", info), ("EncryptedPackage", noise)])


def _legacy_doc() -> bytes:
    """A Word 97-2003 file: an OLE2 compound file whose WordDocument stream starts with the
    Word binary format's signature (0xA5EC)."""
    word = b"\xec\xa5\xc1\x00" + bytes(4092)
    return compound_file([("1Table", bytes(4096)), ("WordDocument", word)])


@_writes("d17_legacy_doc_named_docx.docx")
def docx_legacy_doc_renamed() -> bytes:
    return _legacy_doc()


@_writes("d18_legacy_doc_real.doc")
def doc_legacy() -> bytes:
    return _legacy_doc()


@_writes("d19_rtf_named_docx.docx")
def docx_rtf_renamed() -> bytes:
    def rtf_escape(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
        return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in escaped)

    paragraphs = "\n".join(f"{rtf_escape(block)}\\par" for block in proforma_blocks())
    rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22\n" + paragraphs + "\n}"
    return rtf.encode("ascii")


@_writes("d23_valid_but_blank.docx")
def docx_blank() -> bytes:
    import docx

    return _saved(docx.Document())


def compound_file(streams: Sequence[tuple[str, bytes]]) -> bytes:
    """A minimal OLE2 compound file (version 3, 512-byte sectors) holding `streams`.

    Each stream is at least 4,096 bytes, so all live in ordinary sectors (no mini stream).
    Sector 0 is the FAT, sector 1 the directory (root + up to three streams), then the
    streams one after another. Streams are listed in the directory's order, which must be
    by name length, then name: the root's child is the first, each next its right sibling.
    """
    assert len(streams) <= 3 and all(len(data) >= 4096 for _, data in streams)
    end, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [fat_sector, end]
    starts = []
    for _, data in streams:
        sectors = -(-len(data) // 512)
        starts.append(len(fat))
        fat += [len(fat) + n + 1 for n in range(sectors - 1)] + [end]
    assert len(fat) <= 128, "one FAT sector maps 128 sectors"
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded,
            len(encoded),
            kind,
            1,  # black: a tree of black nodes down one side is a valid red-black tree
            no_stream,
            right,
            child,
            bytes(16),
            0,
            0,
            0,
            start,
            size,
        )

    directory = entry("Root Entry", 5, no_stream, 1 if streams else no_stream, end, 0)
    for index, ((name, data), start) in enumerate(zip(streams, starts, strict=True)):
        right = index + 2 if index + 1 < len(streams) else no_stream
        directory += entry(name, 2, right, no_stream, start, len(data))
    directory += entry("", 0, no_stream, no_stream, free, 0) * (3 - len(streams))

    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        bytes(16),
        0x3E,  # minor version
        3,  # major version: 512-byte sectors
        0xFFFE,  # little-endian
        9,  # sector size 2**9
        6,  # mini sector size 2**6
        bytes(6),
        0,  # directory sectors (always 0 in version 3)
        1,  # FAT sectors
        1,  # first directory sector
        0,  # transaction signature
        4096,  # mini stream cutoff
        end,  # first mini FAT sector: none
        0,
        end,  # first DIFAT sector: none
        0,
    )
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108  # DIFAT: FAT in sector 0
    body = b"".join(data + bytes(-len(data) % 512) for _, data in streams)
    return header + struct.pack("<128I", *fat) + directory + body


# -- paths that are not regular files -----------------------------------------------------


@_makes("x01_missing.pdf")
def path_missing(path: Path) -> None:
    """Nothing is made: the path names no file."""


@_makes("x02_directory.docx")
def path_directory(path: Path) -> None:
    path.mkdir()


@_makes("x03_symlink_loop.txt")
def path_symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)


@_makes("x04_fifo.txt")
def path_fifo(path: Path) -> None:
    """A named pipe: opening it for reading would wait for a writer for ever."""
    os.mkfifo(path)
