"""Tests for the Word reader: every layout feature on a small .docx made here or in samples/.

Most packages are written by hand (`make_docx`) so each test states the exact XML Word
would store; the samples are made with python-docx by samples/make_binary_samples.py.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from proforma_parser import parse
from proforma_parser.document import Block, Document
from proforma_parser.errors import (
    CorruptSource,
    EmptySource,
    LimitExceeded,
    UnsupportedFormat,
)
from proforma_parser.readers import read_source
from proforma_parser.readers.word.numbering import format_number
from proforma_parser.readers.word.reader import read_docx

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_docx(
    body: str,
    *,
    numbering: str | None = None,
    styles: str | None = None,
    header: str | None = None,
    footer: str | None = None,
    main_type: str = MAIN,
) -> bytes:
    """A minimal .docx whose word/document.xml body is `body` (WordprocessingML)."""
    parts: dict[str, tuple[str, str | None, str]] = {"word/document.xml": (main_type, None, "")}
    if styles is not None:
        parts["word/styles.xml"] = (
            f"{_WML}.styles+xml",
            "styles",
            f"<w:styles {NS}>{styles}</w:styles>",
        )
    if numbering is not None:
        parts["word/numbering.xml"] = (
            f"{_WML}.numbering+xml",
            "numbering",
            f"<w:numbering {NS}>{numbering}</w:numbering>",
        )
    section = ""
    for kind, tag, text in (("header", "hdr", header), ("footer", "ftr", footer)):
        if text is not None:
            parts[f"word/{kind}1.xml"] = (
                f"{_WML}.{kind}+xml",
                kind,
                f"<w:{tag} {NS}>{text}</w:{tag}>",
            )
            section += f'<w:{kind}Reference w:type="default" r:id="{kind}"/>'
    document = (
        f"<w:document {NS}><w:body>{body}<w:sectPr>{section}</w:sectPr></w:body></w:document>"
    )
    return _zip(parts, document)


def _zip(parts: dict[str, tuple[str, str | None, str]], document: str) -> bytes:
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{ctype}"/>'
        for name, (ctype, _, _) in parts.items()
    )
    rels = "".join(
        f'<Relationship Id="{rel}" Type="{_REL}/{rel}" Target="{name[5:]}"/>'
        for name, (_, rel, _) in parts.items()
        if rel is not None
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>",
        )
        archive.writestr("word/document.xml", document)
        for name, (_, _, xml) in parts.items():
            if xml:
                archive.writestr(name, xml)
    return out.getvalue()


def p(text: str, ppr: str = "") -> str:
    """A paragraph of one run."""
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def numbered(text: str, num_id: int, ilvl: int = 0) -> str:
    return p(text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def cell(*content: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(content)}</w:tc>"


def row(*cells: str) -> str:
    return f"<w:tr>{''.join(cells)}</w:tr>"


def table(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


def level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def abstract(abstract_id: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def read(data: bytes) -> Document:
    return read_docx(data, name="test.docx", sha256="0" * 64)


def lines(document: Document) -> list[str]:
    """The lines the pipeline makes of the blocks: list numbers put back in front."""
    return [_line(block) for block in document.blocks]


def _line(block: Block) -> str:
    return f"{block.list_number} {block.text}" if block.list_number else block.text


# -- tables -------------------------------------------------------------------------------


def test_table_row_is_read_cell_by_cell_in_order() -> None:
    body = table(
        row(cell(p("1.")), cell(p("Title of Item/Report")), cell(p("Hedge Policy"), p("Second"))),
        row(
            cell(p("2.")), cell(p("Record of the Decision")), cell(p("RESOLVED that it be noted."))
        ),
    )
    document = read(make_docx(body))
    assert lines(document) == [
        "1.",
        "Title of Item/Report",
        "Hedge Policy",
        "Second",
        "2.",
        "Record of the Decision",
        "RESOLVED that it be noted.",
    ]
    assert {block.kind for block in document.blocks} == {"cell"}


def test_merged_cells_are_read_once() -> None:
    spanned = cell(p("Spans two columns"), props='<w:gridSpan w:val="2"/>')
    top = cell(p("Merged down"), props='<w:vMerge w:val="restart"/>')
    below = cell(
        p("Merged down"), props="<w:vMerge/>"
    )  # Word repeats nothing; a copy proves the skip
    body = table(row(spanned, top), row(cell(p("a")), cell(p("b")), below))
    assert lines(read(make_docx(body))) == ["Spans two columns", "Merged down", "a", "b"]


def test_nested_table_is_read_where_it_stands() -> None:
    inner = table(row(cell(p("inner 1")), cell(p("inner 2"))))
    body = table(row(cell(p("before"), inner, p("after")), cell(p("next cell"))))
    assert lines(read(make_docx(body))) == ["before", "inner 1", "inner 2", "after", "next cell"]


# -- numbering ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (7, "decimalZero", "07"),
        (2, "lowerLetter", "b"),
        (27, "lowerLetter", "aa"),
        (28, "upperLetter", "BB"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (1999, "lowerRoman", "mcmxcix"),
        (2, "ordinal", "2nd"),
        (12, "ordinal", "12th"),
        (5, "none", ""),
        (6, "chineseCounting", "6"),
    ],
    ids=lambda value: str(value),
)
def test_format_number(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


LEGAL_LIST = abstract(1, level(0, "decimal", "%1."), level(1, "lowerLetter", "(%2)"))


def test_levels_count_and_deeper_levels_restart() -> None:
    body = "".join(
        (
            numbered("Approve", 1),
            numbered("first part", 1, 1),
            numbered("second part", 1, 1),
            numbered("Agree", 1),
            numbered("only part", 1, 1),
        )
    )
    document = read(make_docx(body, numbering=LEGAL_LIST + num(1, 1)))
    assert lines(document) == [
        "1. Approve",
        "(a) first part",
        "(b) second part",
        "2. Agree",
        "(a) only part",
    ]
    assert [block.level for block in document.blocks] == [0, 1, 1, 0, 1]
    assert {block.kind for block in document.blocks} == {"list_item"}


def test_start_override_restarts_and_shared_lists_continue() -> None:
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    numbering = LEGAL_LIST + num(1, 1) + num(2, 1) + num(3, 1, restart)
    body = "".join(numbered(text, n) for text, n in (("a", 1), ("b", 1), ("c", 2), ("d", 3)))
    # numId 2 shares abstract list 1 with no override: Word carries on counting ("3.").
    assert lines(read(make_docx(body, numbering=numbering))) == ["1. a", "2. b", "3. c", "1. d"]


def test_roman_letters_start_values_and_multi_level_text() -> None:
    numbering = abstract(
        4, level(0, "upperLetter", "%1)", start=3), level(1, "lowerRoman", "%1.%2")
    ) + num(9, 4)
    body = numbered("x", 9) + numbered("y", 9, 1) + numbered("z", 9, 1)
    assert lines(read(make_docx(body, numbering=numbering))) == ["C) x", "C.i y", "C.ii z"]


STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
    '<w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="SectionHeading"><w:name w:val="Section Heading"/>'
    '<w:basedOn w:val="ListNumber"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
)


def test_numbering_from_style_and_from_the_style_it_is_based_on() -> None:
    numbering = abstract(7, level(0, "decimal", "%1.")) + num(5, 7)
    body = "".join(
        (
            p("Title of Item/Report", '<w:pStyle w:val="ListNumber"/>'),
            p("Record of the Decision", '<w:pStyle w:val="SectionHeading"/>'),
            # numId 0 switches off the numbering the style would give.
            p(
                "Unnumbered",
                '<w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr>',
            ),
            p("Reasons for the Decision", '<w:pStyle w:val="ListNumber"/>'),
        )
    )
    document = read(make_docx(body, numbering=numbering, styles=STYLES))
    assert lines(document) == [
        "1. Title of Item/Report",
        "2. Record of the Decision",
        "Unnumbered",
        "3. Reasons for the Decision",
    ]


def test_bullets_become_a_bullet_sign_and_headings_are_marked() -> None:
    numbering = abstract(2, level(0, "bullet", "\uf0b7")) + num(4, 2)
    body = p("Background", '<w:pStyle w:val="Heading1"/>') + numbered("a point", 4)
    document = read(make_docx(body, numbering=numbering, styles=STYLES))
    assert [(b.kind, _line(b)) for b in document.blocks] == [
        ("heading", "Background"),
        ("list_item", "• a point"),
    ]


def test_a_bullet_letter_drawn_in_a_symbol_font_is_a_bullet_sign() -> None:
    # LibreOffice saves a Word 97 bullet as the letter of its glyph in the glyph's font:
    # "l" in Wingdings is a round bullet, "§" a square one. The same letter in a text font
    # ("o" in Courier New, a hollow bullet) is what the reader shows.
    def bullet_level(ilvl: int, text: str, font: str) -> str:
        fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
        return level(ilvl, "bullet", text).replace("</w:lvl>", f"{fonts}</w:lvl>")

    levels = (
        bullet_level(0, "l", "Wingdings"),
        bullet_level(1, "§", "Wingdings"),
        bullet_level(2, "o", "Courier New"),
    )
    numbering = abstract(2, *levels) + num(4, 2)
    body = numbered("round", 4) + numbered("square", 4, 1) + numbered("hollow", 4, 2)
    document = read(make_docx(body, numbering=numbering))
    assert [_line(b) for b in document.blocks] == ["• round", "• square", "o hollow"]


# -- runs, revisions, controls, boxes -----------------------------------------------------


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_tracked_changes_read_as_accepted_with_a_defect() -> None:
    paragraph = (
        "<w:p>"
        + run("Approve the ")
        + '<w:del w:id="1" w:author="A"><w:r><w:delText>draft </w:delText></w:r></w:del>'
        + '<w:ins w:id="2" w:author="A">'
        + run("final ")
        + "</w:ins>"
        + run("plan.")
        + "</w:p>"
    )
    document = read(make_docx(paragraph))
    assert lines(document) == ["Approve the final plan."]
    assert [(d.code, d.message) for d in document.defects] == [
        (
            "tracked_changes",
            "the document has tracked changes; read as if all were accepted "
            "(1 insertion(s) kept, 1 deletion(s) dropped)",
        )
    ]


def test_content_controls_are_read_and_placeholders_skipped() -> None:
    block_control = (
        f"<w:sdt><w:sdtPr/><w:sdtContent>{p('Decision Maker: Cabinet')}</w:sdtContent></w:sdt>"
    )
    placeholder = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
        f"<w:sdtContent>{p('Click or tap here to enter text.')}</w:sdtContent></w:sdt>"
    )
    inline = (
        "<w:p>"
        + run("Date: ")
        + f"<w:sdt><w:sdtPr/><w:sdtContent>{run('9 October 2023')}</w:sdtContent></w:sdt>"
        + "</w:p>"
    )
    document = read(make_docx(block_control + placeholder + inline))
    assert lines(document) == ["Decision Maker: Cabinet", "Date: 9 October 2023"]


def test_text_box_is_read_once_after_its_anchor() -> None:
    box = f"<w:txbxContent>{p('Boxed note')}</w:txbxContent>"
    drawing = (
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    body = "<w:p>" + run("Anchor") + drawing + "</w:p>" + p("After")
    assert lines(read(make_docx(body))) == ["Anchor", "Boxed note", "After"]


def test_breaks_tabs_and_symbols_inside_a_paragraph() -> None:
    paragraph = (
        "<w:p><w:r><w:t>Proper Officer</w:t><w:br/><w:t>11 October</w:t><w:tab/>"
        "<w:t>2023</w:t><w:noBreakHyphen/><w:t>x</w:t>"
        '<w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>'
    )
    # (the tab is kept for the normaliser, which folds it or reads a label before it)
    assert read(make_docx(paragraph)).blocks[0].text == "Proper Officer\n11 October\t2023-x•"


def test_a_form_row_of_label_tab_value_and_a_footer_left_in_the_body() -> None:
    row_ = "<w:p><w:r><w:t>Date of decision</w:t><w:tab/><w:t>12/03/2025</w:t></w:r></w:p>"
    body = (
        p("Reasons for the decision:")
        + p("Eastvale Council – Decision Notice    Page 1 of 2")
        + p("The lowest tender was accepted.")
        + row_
        + p("Decision:")
        + p("That the tender be accepted.")
    )
    record = parse(make_docx(body))
    assert record.decision_date == dt.date(2025, 3, 12)
    assert record.reasons == "The lowest tender was accepted."
    assert record.source.furniture == ["Eastvale Council – Decision Notice Page 1 of 2"]


def test_headers_and_footers_are_furniture_not_body() -> None:
    footer = (
        '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r>'
        '<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    )
    data = make_docx(p("Body text"), header=p("Cabinet Decision Notice"), footer=footer)
    document = read(data)
    assert lines(document) == ["Body text"]
    assert document.furniture == ("Cabinet Decision Notice", "Page 1")


def test_pages_come_from_rendered_page_breaks() -> None:
    second = "<w:p><w:r><w:lastRenderedPageBreak/><w:t>On page two</w:t></w:r></w:p>"
    document = read(make_docx(p("On page one") + second + p("Also two")))
    assert [(b.text, b.page) for b in document.blocks] == [
        ("On page one", 1),
        ("On page two", 2),
        ("Also two", 2),
    ]
    assert document.pages == 2


def test_pages_are_unknown_without_page_breaks() -> None:
    document = read(make_docx(p("One") + p("Two")))
    assert [b.page for b in document.blocks] == [None, None]
    assert document.pages is None


# -- refusals -----------------------------------------------------------------------------


def test_zip_bomb_is_refused_before_inflating() -> None:
    data = make_docx(p("x"))
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(LimitExceeded, match=r"padding\.bin is compressed [0-9,]+ to 1"):
        read(out.getvalue())


@pytest.mark.parametrize(
    "prolog",
    [b"<!DOCTYPE d [<!ENTITY e 'x'>]>", b"<!--" + b"pad " * 5000 + b"--><!DOCTYPE d>"],
    ids=["at-start", "after-a-long-comment"],
)
def test_doctype_is_refused_as_unsafe(prolog: bytes) -> None:
    evil = _rewrite(make_docx(p("x")), "word/document.xml", lambda xml: prolog + xml)
    with pytest.raises(CorruptSource, match=r"unsafe: word/document\.xml declares a DOCTYPE"):
        read(evil)


def test_doctype_written_as_text_is_only_text() -> None:
    assert lines(read(make_docx(p("&lt;!DOCTYPE html&gt; was typed")))) == [
        "<!DOCTYPE html> was typed"
    ]


def _rewrite(data: bytes, member: str, change: Callable[[bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == member:
                content = change(content)
            target.writestr(info.filename, content)
    return out.getvalue()


def test_malformed_xml_is_corrupt_with_the_cause_kept() -> None:
    broken = _rewrite(
        make_docx(p("x")), "word/document.xml", lambda xml: xml.replace(b"</w:t>", b"")
    )
    with pytest.raises(CorruptSource, match="cannot be opened") as caught:
        read(broken)
    assert caught.value.__cause__ is not None
    assert caught.value.path == "test.docx"


def test_truncated_package_is_corrupt() -> None:
    data = make_docx(p("x"))
    with pytest.raises(CorruptSource, match="damaged or truncated zip"):
        read(data[: len(data) // 2])


def test_blank_document_is_empty() -> None:
    with pytest.raises(EmptySource, match="no text in its body"):
        read(make_docx(p("   ") + table(row(cell(p(""))))))


def test_macro_enabled_document_is_read_with_a_defect() -> None:
    document = read(make_docx(p("Body"), main_type=MACRO_MAIN))
    assert lines(document) == ["Body"]
    assert [d.code for d in document.defects] == ["macro_enabled"]


def test_main_part_of_another_kind_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormat, match="not a Word document"):
        read(make_docx(p("x"), main_type="application/xml"))


def test_read_source_sniffs_a_docx_by_content() -> None:
    document = read_source(make_docx(p("Sniffed")), name="notes.docx")
    assert (document.format, lines(document)) == ("docx", ["Sniffed"])


# -- samples and import cost --------------------------------------------------------------


def load_sample_builders() -> ModuleType:
    """samples/make_binary_samples.py, imported from its path (samples/ is no package)."""
    path = SAMPLES / "make_binary_samples.py"
    spec = importlib.util.spec_from_file_location("make_binary_samples", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FLOW_LINES = [
    "FERNBROOK DISTRICT COUNCIL",
    "CABINET DECISION PROFORMA",
    "Cabinet Meeting 9th October 2023",
    "1. Title of Item/Report",
    "Allotment Rents and Water Charges 2024/25",
    "2. Record of the Decision",
]
RESOLUTION_LINES = [
    "RESOLVED that Cabinet:-",
    "1. Approve a rent of £42 per full plot and £21 per half plot from 1 April 2024.",
    "2. Agree the water charge for 2024/25 as follows:-",
    "(a) £9 per full plot on a site with mains water;",
    "(b) £4 per half plot on such a site.",
    "3. Keep the 50 per cent concession for pensioners and benefit recipients.",
]


def test_flow_sample_restores_headings_and_resolution_numbers() -> None:
    document = read((SAMPLES / "docx" / "fernbrook_allotments.flow.docx").read_bytes())
    got = lines(document)
    assert got[:6] == FLOW_LINES
    start = got.index("RESOLVED that Cabinet:-")
    assert got[start : start + 7] == [*RESOLUTION_LINES, "3. Reasons for the Decision"]
    assert got[-4:] == [
        "7. Date and Time by which Call In must be executed",
        "5pm on Tuesday 17th October 2023.",
        "Proper Officer",
        "11 October 2023",
    ]
    assert document.furniture == ("Fernbrook Cabinet Decision Notice", "Page 1")


def test_table_sample_reads_number_heading_body() -> None:
    got = lines(read((SAMPLES / "docx" / "fernbrook_allotments.table.docx").read_bytes()))
    assert got[3:6] == ["1.", "Title of Item/Report", "Allotment Rents and Water Charges 2024/25"]
    start = got.index("RESOLVED that Cabinet:-")
    assert got[start : start + 8] == [*RESOLUTION_LINES, "3.", "Reasons for the Decision"]


def test_samples_are_what_the_script_makes() -> None:
    builders = load_sample_builders()
    for relative in ("docx/fernbrook_allotments.flow.docx", "docx/fernbrook_allotments.table.docx"):
        made = read(builders.SAMPLES[relative]())
        assert lines(made) == lines(read((SAMPLES / relative).read_bytes())), relative


def test_importing_the_library_does_not_import_the_engines() -> None:
    code = (
        "import sys, proforma_parser; "
        "print(sorted(m for m in ('docx', 'pdfplumber', 'pdfminer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_run_of_spaces_is_kept_as_a_gap_for_the_normaliser() -> None:
    # (a form's columns typed with spaces: Word draws the gap, which the normaliser reads a
    # wrapped label by before it folds it to one space)
    body = p("Decision taker        Head of Parks and Open") + p("(name and title):     Spaces")
    document = read(make_docx(body))
    assert lines(document) == [
        "Decision taker  Head of Parks and Open",
        "(name and title):  Spaces",
    ]
    assert parse(make_docx(body)).decision_maker == "Head of Parks and Open Spaces"
