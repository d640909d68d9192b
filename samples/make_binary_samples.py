"""Make the binary samples in samples/docx/, samples/pdf/ and samples/legacy/ from one
invented record.

The record (Fernbrook District Council, allotment charges) is made up. It is written in the
two layouts councils publish: the proforma **table** (number | heading | body) and
**flowing** paragraphs whose section and resolution numbers are Word automatic numbering,
with a running header and footer; as .docx (python-docx) and as PDF (reportlab), plus an
unruled (borderless) table PDF; as scans in samples/scanned/: the table PDF's pages
drawn at 200 dpi into an image-only PDF, and a mixed one (a typed cover page before the
flowing PDF's pages as images, one with a typed "received" stamp over it), which the
parser reads by OCR; and each .docx saved by LibreOffice as Word 97-2003 .doc, RTF and
OpenDocument .odt (samples/legacy/; needs `soffice`, Debian's libreoffice-writer-nogui).
Run it from the repository root after changing it:

    uv run python samples/make_binary_samples.py            # .docx and PDF
    uv run python samples/make_binary_samples.py --legacy   # and .doc, .rtf, .odt

The legacy files are remade only when asked: LibreOffice gives an .odt's lists random ids
(xml:id="list773848489") on every save, so remaking them unasked would churn the files.

The tests import the builders from this file, so what is tested is what is committed.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

HEADER = "Fernbrook Cabinet Decision Notice"
PREAMBLE = (
    "FERNBROOK DISTRICT COUNCIL",
    "CABINET DECISION PROFORMA",
    "Cabinet Meeting 9th October 2023",
)
BACKGROUND = (
    "Cabinet considered a report on the rents charged for the district's 612 allotment "
    "plots and on the charge for mains water, which has not changed since 2019 while the "
    "cost of supplying it to the eleven sites has risen by more than half.",
    "The Allotments Forum was consulted over the summer. Plot holders accepted a rise in "
    "rent if the money raised stays with the sites, and asked that concessions for "
    "pensioners and for people receiving benefits be kept.",
    "The report set out the following points:-",
)
BULLETS = (
    "rents at Fernbrook are the lowest of the seven councils in the county;",
    "water meters were fitted at every site in 2022, so usage per site is now known;",
    "the waiting list has grown to 230 households.",
)
LEAD_IN = "RESOLVED that Cabinet:-"
RESOLUTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Approve a rent of £42 per full plot and £21 per half plot from 1 April 2024.", ()),
    (
        "Agree the water charge for 2024/25 as follows:-",
        ("£9 per full plot on a site with mains water;", "£4 per half plot on such a site."),
    ),
    ("Keep the 50 per cent concession for pensioners and benefit recipients.", ()),
)
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Reasons for the Decision", (
        "The new charges recover the cost of water and fund repairs to paths and fences "
        "while keeping allotments affordable.",
    )),
    ("Alternative Options Considered and Rejected", ("None",)),
    ("Declared (Cabinet Member) Conflicts of Interest", ("None",)),
    ("Details of any Dispensations", ("N/A",)),
    ("Date and Time by which Call In must be executed", ("5pm on Tuesday 17th October 2023.",)),
)  # fmt: skip
TITLE = "Allotment Rents and Water Charges 2024/25"
SIGN_OFF = ("Proper Officer", "11 October 2023")


def sections() -> list[tuple[str, list[str]]]:
    """The seven sections as (heading, body paragraphs), sub-items marked with a tab."""
    decision = [*BACKGROUND, *(f"• {b}" for b in BULLETS), LEAD_IN]
    for number, (text, items) in enumerate(RESOLUTIONS, start=1):
        decision.append(f"{number}. {text}")
        decision.extend(f"\t({chr(96 + i)}) {item}" for i, item in enumerate(items, start=1))
    return [
        ("Title of Item/Report", [TITLE]),
        ("Record of the Decision", decision),
        *((heading, list(body)) for heading, body in SECTIONS),
    ]


# -- Word ---------------------------------------------------------------------------------

_NUMBERING = """<w:numbering {ns}>
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/>
<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:start w:val="1"/>
<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>
<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="12"><w:lvl w:ilvl="0"><w:start w:val="1"/>
<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="12"/></w:num>
</w:numbering>"""
HEADINGS_LIST, RESOLUTIONS_LIST, BULLETS_LIST = 1, 2, 3
_NUMBERED_RE = re.compile(r"^[0-9]+\. ")  # a resolution as typed in sections(): "2. Agree"


def _new_docx() -> Any:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part
    numbering._element = parse_xml(_NUMBERING.format(ns=nsdecls("w")))
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    footer._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    return document


def _number(paragraph: Any, num_id: int, level: int = 0) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _add_numbered_text(container: Any, text: str) -> None:
    """A body paragraph, its typed "1." / "(a)" / "•" turned into automatic numbering."""
    if text.startswith("• "):
        _number(container.add_paragraph(text[2:]), BULLETS_LIST)
    elif text.startswith("\t("):
        _number(container.add_paragraph(text.split(") ", 1)[1]), RESOLUTIONS_LIST, 1)
    elif _NUMBERED_RE.match(text):
        _number(container.add_paragraph(text.split(". ", 1)[1]), RESOLUTIONS_LIST)
    else:
        container.add_paragraph(text)


def build_flow_docx() -> bytes:
    document = _new_docx()
    for line in PREAMBLE:
        document.add_paragraph(line)
    for heading, body in sections():
        paragraph = document.add_paragraph()
        paragraph.add_run(heading).bold = True
        _number(paragraph, HEADINGS_LIST)
        for text in body:
            _add_numbered_text(document, text)
    for line in SIGN_OFF:
        document.add_paragraph(line)
    return _save(document)


def build_table_docx() -> bytes:
    document = _new_docx()
    for line in PREAMBLE:
        document.add_paragraph().add_run(line).bold = True
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for number, (heading, body) in enumerate(sections(), start=1):
        number_cell, heading_cell, body_cell = table.add_row().cells
        number_cell.text = f"{number}."
        heading_cell.paragraphs[0].add_run(heading).bold = True
        body_cell.paragraphs[0].text = body[0]
        for text in body[1:]:
            _add_numbered_text(body_cell, text)
    for line in SIGN_OFF:
        document.add_paragraph(line)
    return _save(document)


def _save(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    # python-docx stamps each part with the time of saving; fixed stamps keep the committed
    # files unchanged when the script is run again.
    return _restamped(out.getvalue())


def _restamped(package: bytes) -> bytes:
    """A zip package with every member dated 1980-01-01, its order and compression kept
    (an .odt's first member, "mimetype", must stay first and stored uncompressed)."""
    stable = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(stable, "w", zipfile.ZIP_DEFLATED) as zf,
    ):
        for info in source.infolist():
            zf.writestr(
                zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)),
                source.read(info),
                compress_type=info.compress_type,
            )
    return stable.getvalue()


# -- Legacy word-processor files (LibreOffice) --------------------------------------------

# LibreOffice's export filter for each legacy format, by extension.
LEGACY_FILTERS = {"doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format", "odt": "odt:writer8"}


def save_as_legacy(docx: bytes, kind: str) -> bytes:
    """`docx` saved by LibreOffice as `kind` ("doc", "rtf" or "odt"), in a private folder
    with a profile of its own. The .doc and .rtf take their dates from the .docx's
    properties, so they come out the same on every run; the .odt's zip stamps are fixed."""
    with tempfile.TemporaryDirectory(prefix="fernbrook-") as scratch:
        folder = Path(scratch)
        (folder / "record.docx").write_bytes(docx)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                LEGACY_FILTERS[kind],
                "--outdir",
                str(folder / "out"),
                str(folder / "record.docx"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        saved = (folder / "out" / f"record.{kind}").read_bytes()
    return _restamped(saved) if kind == "odt" else saved


def _legacy_builder(layout: str, kind: str) -> Any:
    build = {"flow": build_flow_docx, "table": build_table_docx}[layout]
    return lambda: save_as_legacy(build(), kind)


# -- PDF ----------------------------------------------------------------------------------


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=13, spaceAfter=8)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold"),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName="Helvetica-Bold", spaceAfter=0
        ),
        "item": ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=0),
        "sub": ParagraphStyle("sub", parent=body, leftIndent=40, bulletIndent=18),
    }


def _body_flowables(texts: list[str], style: dict[str, Any], in_cell: bool) -> list[Any]:
    from reportlab.platypus import Paragraph  # type: ignore[import-untyped]

    plain = style["cell"] if in_cell else style["body"]
    flowables = []
    for text in texts:
        if text.startswith("• "):
            flowables.append(Paragraph(text[2:], style["item"], bulletText="•"))
        elif text.startswith("\t("):
            marker, rest = text.strip().split(" ", 1)
            flowables.append(Paragraph(rest, style["sub"], bulletText=marker))
        elif _NUMBERED_RE.match(text):
            marker, rest = text.split(" ", 1)
            flowables.append(Paragraph(rest, style["item"], bulletText=marker))
        else:
            flowables.append(Paragraph(text, plain))
    return flowables


def _page_furniture(canvas: Any, document: Any) -> None:
    height = document.pagesize[1]
    canvas.saveState()
    canvas.setFont("Helvetica", 9)
    canvas.drawString(document.leftMargin, height - 40, HEADER)
    canvas.drawString(document.leftMargin, 36, f"Page {document.page}")
    canvas.restoreState()


def _build_pdf(flowables: list[Any], **options: Any) -> bytes:
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.platypus import SimpleDocTemplate

    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=A4, topMargin=72, bottomMargin=72, invariant=1, **options
    )
    document.build(flowables, onFirstPage=_page_furniture, onLaterPages=_page_furniture)
    return out.getvalue()


def build_flow_pdf(**options: Any) -> bytes:
    from reportlab.platypus import Paragraph

    style = _styles()
    flowables = [Paragraph(line, style["body"]) for line in PREAMBLE]
    for number, (heading, body) in enumerate(sections(), start=1):
        flowables.append(Paragraph(f"{number}. {heading}", style["bold"]))
        flowables.extend(_body_flowables(body, style, in_cell=False))
    flowables.extend(Paragraph(line, style["body"]) for line in SIGN_OFF)
    return _build_pdf(flowables, **options)


def build_table_pdf(*, ruled: bool = True) -> bytes:
    from reportlab.platypus import Paragraph, Table, TableStyle

    style = _styles()
    rows = [
        [
            Paragraph(f"{number}.", style["cell"]),
            Paragraph(heading, style["cell_bold"]),
            _body_flowables(body, style, in_cell=True),
        ]
        for number, (heading, body) in enumerate(sections(), start=1)
    ]
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    table = Table(rows, colWidths=[30, 120, 300], splitInRow=1, style=TableStyle(commands))
    flowables = [Paragraph(line, style["bold"]) for line in PREAMBLE]
    flowables.append(table)
    flowables.extend(Paragraph(line, style["body"]) for line in SIGN_OFF)
    return _build_pdf(flowables)


def build_unruled_pdf() -> bytes:
    """The table without borders: only the gutters between columns show the layout."""
    return build_table_pdf(ruled=False)


# -- Scans --------------------------------------------------------------------------------

SCAN_DPI = 200
COVER = (
    "FERNBROOK DISTRICT COUNCIL",
    "Democratic Services",
    "Signed executive decision notice, scanned from the paper original.",
)
STAMP = "RECEIVED 11 OCT 2023"


def scanned_pdf(data: bytes, *, dpi: int = SCAN_DPI, stamp: int | None = None) -> bytes:
    """`data` (a PDF) as a scanner would give it: each page drawn at `dpi` as a greyscale
    image filling an image-only page of the same size. `stamp`: the page (1-based) over
    which a line of typed text is drawn, as a filing stamp would be."""
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    for number, (image, width, height) in enumerate(_page_images(data, dpi), start=1):
        canvas.setPageSize((width, height))
        canvas.drawImage(image, 0, 0, width, height)
        if number == stamp:
            canvas.setFont("Helvetica-Bold", 9)
            canvas.drawRightString(width - 40, height - 24, STAMP)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _page_images(data: bytes, dpi: int) -> list[tuple[Any, float, float]]:
    """Each page of `data` rendered by pdfium, as reportlab's image reader and its size."""
    import pypdfium2
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(data)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            pages.append((ImageReader(image), width, height))
            page.close()
        return pages
    finally:
        document.close()


def build_scanned_pdf() -> bytes:
    """The table PDF scanned: every page an image, no text layer at all."""
    return scanned_pdf(build_table_pdf())


def build_mixed_pdf() -> bytes:
    """A typed cover page, then the flowing PDF's pages scanned (the last under a stamp)."""
    from pypdf import PdfReader, PdfWriter

    cover = _build_cover_pdf()
    scans = scanned_pdf(build_flow_pdf(), stamp=2)
    writer = PdfWriter()
    for part in (cover, scans):
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _build_cover_pdf() -> bytes:
    """A page of typed text, without the notice's running header and footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = _styles()
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, topMargin=72, bottomMargin=72, invariant=1)
    document.build([Paragraph(line, style["body"]) for line in COVER])
    return out.getvalue()


BUILT_SAMPLES = {
    "docx/fernbrook_allotments.flow.docx": build_flow_docx,
    "docx/fernbrook_allotments.table.docx": build_table_docx,
    "pdf/fernbrook_allotments.flow.pdf": build_flow_pdf,
    "pdf/fernbrook_allotments.table.pdf": build_table_pdf,
    "pdf/fernbrook_allotments.unruled.pdf": build_unruled_pdf,
    "scanned/fernbrook_allotments.scanned.pdf": build_scanned_pdf,
    "scanned/fernbrook_allotments.mixed.pdf": build_mixed_pdf,
}
LEGACY_SAMPLES = {
    f"legacy/fernbrook_allotments.{layout}.{kind}": _legacy_builder(layout, kind)
    for layout in ("flow", "table")
    for kind in LEGACY_FILTERS
}
SAMPLES = {**BUILT_SAMPLES, **LEGACY_SAMPLES}


def main() -> None:
    root = Path(__file__).resolve().parent
    chosen = SAMPLES if "--legacy" in sys.argv[1:] else BUILT_SAMPLES
    for relative, build in chosen.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build())
        print(f"wrote {path.relative_to(root.parent)}")


if __name__ == "__main__":
    main()
