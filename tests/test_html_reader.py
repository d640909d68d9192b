"""Tests for the HTML reader: each layout feature on a small inline page.

Pages are written inline so each test states the exact HTML a council's site would serve;
whole pages with golden files are in samples/html/.
"""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

import proforma_parser
from proforma_parser.document import Block, Document
from proforma_parser.errors import CorruptSource, EmptySource, LimitExceeded, ProformaError
from proforma_parser.limits import DEFAULT_LIMITS, Limits
from proforma_parser.readers import read_source
from proforma_parser.readers.html.lists import format_item_number
from proforma_parser.readers.html.reader import read_html

Row = tuple[str, str | None, int, str]
"""(kind, list_number, level, text) of one block."""


def read(page: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    data = page.encode("utf-8") if isinstance(page, str) else page
    return read_html(data, name="page.html", sha256="0" * 64, limits=limits)


def rows(page: str | bytes) -> list[Row]:
    return [(b.kind, b.list_number, b.level, b.text) for b in read(page).blocks]


def texts(page: str | bytes) -> list[str]:
    return [b.text for b in read(page).blocks]


P = "paragraph"


# -- text: inline runs, white space, line breaks, entities ------------------------------------

TEXT_CASES: list[tuple[str, str, list[Row]]] = [
    (
        "moderngov-label",
        '<p><span class="mgLabel">Decision Maker: </span>Cabinet</p>',
        [(P, None, 0, "Decision Maker: Cabinet")],
    ),
    (
        "label-link",
        '<p><span class="mgLabel">Decided at meeting: </span><a href="x">11&#47;02&#47;2021'
        " - Cabinet</a></p>",
        [(P, None, 0, "Decided at meeting: 11/02/2021 - Cabinet")],
    ),
    ("inline-runs-join", "<p>Cab<b>inet</b> <i>Member</i></p>", [(P, None, 0, "Cabinet Member")]),
    (
        "white-space-collapsed",
        "<p>\n  The demolition of the\n\ttower blocks  </p>",
        [(P, None, 0, "The demolition of the tower blocks")],
    ),
    # (a run of spaces within a line of the source is kept as a gap of two, for the
    # normaliser to read a form's columns by before it folds it)
    (
        "run-of-spaces-kept-as-a-gap",
        "<p>\n  Decision taker      Head of Parks\n\tand Open Spaces  </p>",
        [(P, None, 0, "Decision taker  Head of Parks and Open Spaces")],
    ),
    (
        "br-is-a-line-break",
        "<p>Proper Officer <br/> 21 March 2022</p>",
        [
            (P, None, 0, "Proper Officer\n21 March 2022"),
        ],
    ),
    ("br-runs-keep-one-blank", "<p>a<br><br><br><br>b<br></p>", [(P, None, 0, "a\n\nb")]),
    ("nbsp-paragraph-is-empty", "<p>&nbsp;</p><p>x</p>", [(P, None, 0, "x")]),
    ("nbsp-is-a-space", "<p>6&nbsp;January&nbsp;&nbsp;2025</p>", [(P, None, 0, "6 January 2025")]),
    (
        "entities",
        "<p>&pound;5 &amp; &eacute; &#x27;x&#x27; &ndash; &#150; &rsquo; &#47;</p>",
        [(P, None, 0, "£5 & é 'x' – – ’ /")],
    ),
    ("soft-hyphen-and-zero-width", "<p>con\xadsult\u200bation</p>", [(P, None, 0, "consultation")]),
    ("control-entities", "<p>a&#1;b&#xFFFF;c<script>x</script>&#2;d</p>", [(P, None, 0, "abcd")]),
    (
        "headings",
        "<h2>Decision:</h2><h3>Reasons</h3>",
        [
            ("heading", None, 0, "Decision:"),
            ("heading", None, 0, "Reasons"),
        ],
    ),
    (
        "text-around-blocks",
        "<div>before<p>inside</p>after</div>",
        [
            (P, None, 0, "before"),
            (P, None, 0, "inside"),
            (P, None, 0, "after"),
        ],
    ),
    (
        "pre-keeps-lines",
        "<pre>\n  1. one\n     two  \n</pre>",
        [(P, None, 0, "  1. one\n     two")],
    ),
    ("bare-text", "Decision: approved", [(P, None, 0, "Decision: approved")]),
    (
        "image-alt-not-text",
        '<p>Report <img alt="pdf icon" src="x.gif"> PDF 119 KB</p>',
        [
            (P, None, 0, "Report PDF 119 KB"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("page", "expected"), [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES]
)
def test_text(page: str, expected: list[Row]) -> None:
    assert rows(page) == expected


# -- lists: the numbers a browser draws -------------------------------------------------------

LIST_CASES: list[tuple[str, str, list[tuple[str | None, int, str]]]] = [
    ("ol", "<ol><li>a</li><li>b</li></ol>", [("1.", 0, "a"), ("2.", 0, "b")]),
    ("ul-bullet", "<ul><li>a</li><li>b</li></ul>", [("-", 0, "a"), ("-", 0, "b")]),
    ("start", '<ol start="4"><li>a</li><li>b</li></ol>', [("4.", 0, "a"), ("5.", 0, "b")]),
    ("type-a", '<ol type="a"><li>a</li><li>b</li></ol>', [("a.", 0, "a"), ("b.", 0, "b")]),
    ("type-A", '<ol type="A" start="3"><li>a</li></ol>', [("C.", 0, "a")]),
    (
        "type-i",
        '<ol type="i"><li>a</li><li>b</li><li>c</li><li>d</li></ol>',
        [
            ("i.", 0, "a"),
            ("ii.", 0, "b"),
            ("iii.", 0, "c"),
            ("iv.", 0, "d"),
        ],
    ),
    ("type-I", '<ol type="I" start="9"><li>a</li></ol>', [("IX.", 0, "a")]),
    (
        "css-list-style",
        '<ol style="list-style-type: lower-alpha"><li>a</li></ol>',
        [("a.", 0, "a")],
    ),
    (
        "css-shorthand",
        '<ol style="list-style: upper-roman inside"><li>a</li></ol>',
        [("I.", 0, "a")],
    ),
    ("css-none", '<ol style="list-style:none"><li>a</li></ol>', [(None, 0, "a")]),
    (
        "li-value",
        '<ol><li>a</li><li value="7">b</li><li>c</li></ol>',
        [
            ("1.", 0, "a"),
            ("7.", 0, "b"),
            ("8.", 0, "c"),
        ],
    ),
    ("li-type", '<ol><li>a</li><li type="a">b</li></ol>', [("1.", 0, "a"), ("b.", 0, "b")]),
    (
        "reversed",
        "<ol reversed><li>a</li><li>b</li><li>c</li></ol>",
        [
            ("3.", 0, "a"),
            ("2.", 0, "b"),
            ("1.", 0, "c"),
        ],
    ),
    (
        "reversed-start",
        '<ol reversed start="10"><li>a</li><li>b</li></ol>',
        [
            ("10.", 0, "a"),
            ("9.", 0, "b"),
        ],
    ),
    (
        "empty-item-counts",
        "<ol><li>a</li><li> </li><li>c</li></ol>",
        [("1.", 0, "a"), ("3.", 0, "c")],
    ),
    (
        "nested",
        '<ol><li>agree:<ol type="a"><li>x</li><li>y</li></ol></li><li>note</li></ol>',
        [("1.", 0, "agree:"), ("a.", 1, "x"), ("b.", 1, "y"), ("2.", 0, "note")],
    ),
    (
        "nested-ul-in-ol",
        "<ol><li>a<ul><li>b</li></ul>tail</li></ol>",
        [("1.", 0, "a"), ("-", 1, "b"), (None, 0, "tail")],
    ),
    (
        "paragraphs-in-item",
        "<ol><li><p>first</p><p>second</p></li></ol>",
        [("1.", 0, "first"), (None, 0, "second")],
    ),
    (
        "item-through-wrapper",
        "<ol><div><li>a</li></div><li>b</li></ol>",
        [("1.", 0, "a"), ("2.", 0, "b")],
    ),
    ("item-outside-list", "<div><li>stray</li></div>", [("-", 0, "stray")]),
    (
        "typed-number-wins",
        "<ul><li>(a) that</li><li>1. the</li></ul>",
        [(None, 0, "(a) that"), (None, 0, "1. the")],
    ),
    ("text-like-number-kept", "<ol><li>2022/23 budget</li></ol>", [("1.", 0, "2022/23 budget")]),
]


@pytest.mark.parametrize(
    ("page", "expected"), [c[1:] for c in LIST_CASES], ids=[c[0] for c in LIST_CASES]
)
def test_list_numbers(page: str, expected: list[tuple[str | None, int, str]]) -> None:
    assert [(b.list_number, b.level, b.text) for b in read(page).blocks] == expected
    assert {b.kind for b in read(page).blocks} == {"list_item"}


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        (1, "decimal", "1."),
        (26, "lower-alpha", "z."),
        (27, "lower-alpha", "aa."),
        (28, "upper-alpha", "AB."),
        (14, "lower-roman", "xiv."),
        (1999, "upper-roman", "MCMXCIX."),
        (0, "lower-alpha", "0."),
        (-1, "lower-roman", "-1."),
        (5, "decimal-leading-zero", "05."),
        (3, "bullet", "-"),
        (3, "none", None),
    ],
)
def test_format_item_number(value: int, style: str, expected: str | None) -> None:
    assert format_item_number(value, style) == expected


# -- tables -------------------------------------------------------------------------------------

TABLE_CASES: list[tuple[str, str, list[Row]]] = [
    (
        "label-row",
        "<table><tr><td>Decision number:</td><td>161/2018</td></tr></table>",
        [("cell", None, 0, "Decision number:"), ("cell", None, 0, "161/2018")],
    ),
    (
        "rows-in-order-th-and-td",
        "<table><thead><tr><th>No.</th><th>Heading</th></tr></thead><tbody>"
        "<tr><td>1.</td><td>Title</td></tr></tbody></table>",
        [("cell", None, 0, t) for t in ("No.", "Heading", "1.", "Title")],
    ),
    (
        "paragraphs-in-a-cell",
        "<table><tr><td><p>a</p><p>b</p></td><td>c<br>d</td></tr></table>",
        [("cell", None, 0, "a"), ("cell", None, 0, "b"), ("cell", None, 0, "c\nd")],
    ),
    (
        "empty-cells-skipped",
        "<table><tr><td> </td><td>&nbsp;</td><td>x</td></tr></table>",
        [
            ("cell", None, 0, "x"),
        ],
    ),
    (
        "list-in-a-cell",
        "<table><tr><td>RESOLVED that:<ol><li>a</li></ol></td></tr></table>",
        [("cell", None, 0, "RESOLVED that:"), ("list_item", "1.", 0, "a")],
    ),
    (
        "nested-table",
        "<table><tr><td>out<table><tr><td>in</td></tr></table></td><td>next</td></tr></table>",
        [("cell", None, 0, "out"), ("cell", None, 0, "in"), ("cell", None, 0, "next")],
    ),
    (
        "caption",
        "<table><caption>Record</caption><tr><td>x</td></tr></table>",
        [
            (P, None, 0, "Record"),
            ("cell", None, 0, "x"),
        ],
    ),
    (
        "heading-in-a-cell",
        "<table><tr><td><h3>Decision</h3></td></tr></table>",
        [
            ("heading", None, 0, "Decision"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("page", "expected"), [c[1:] for c in TABLE_CASES], ids=[c[0] for c in TABLE_CASES]
)
def test_tables(page: str, expected: list[Row]) -> None:
    assert rows(page) == expected


# -- site chrome ----------------------------------------------------------------------------

CHROME_CASES: list[tuple[str, str]] = [
    ("script", "<script>var d = 'Decision: x';</script>"),
    ("style", "<style>.Decision { color: red }</style>"),
    ("noscript", "<noscript><p>Enable JavaScript</p></noscript>"),
    ("nav", "<nav><ul><li><a href='/'>Home</a></li></ul></nav>"),
    ("role-navigation", "<div role='navigation'><a href='/'>Home</a></div>"),
    ("aside", "<aside><h3>Related pages</h3></aside>"),
    ("site-header", "<header><p>Borough Council</p></header>"),
    ("site-footer", "<footer><p>Cookies | Contact us</p></footer>"),
    ("footer-by-id", "<div id='footer'><p>Council House</p></div>"),
    ("header-by-id", "<div id='header'><p>Borough Council</p></div>"),
    ("alert-banner", "<div class='alert-banner'><p>Offices closed on Monday</p></div>"),
    ("cookie-banner", "<div class='cookie-banner'><p>We use cookies</p><button>OK</button></div>"),
    ("consent-by-id", "<div id='ccc-consent'><p>Analytics cookies</p></div>"),
    ("breadcrumbs", "<ol class='breadcrumb'><li>Home</li><li>Decisions</li></ol>"),
    ("skip-link", "<a href='#main'>Skip to main content</a>"),
    ("search-form", "<form action='/search'><label>Search</label><input name='q'></form>"),
    (
        "moderngov-links",
        "<div class='mgLinks'><ul class='mgActionList'><li>Issue history</li></ul></div>",
    ),
    ("moderngov-header", "<div class='mgHeader'><h1>Decision details</h1></div>"),
    ("visually-hidden", "<span class='visually-hidden'>Step 1</span>"),
    ("dialog", "<dialog open><p>Sign up</p></dialog>"),
]
RECORD = "<p>RESOLVED that the minutes be approved.</p>"


@pytest.mark.parametrize("chrome", [c[1] for c in CHROME_CASES], ids=[c[0] for c in CHROME_CASES])
def test_site_chrome_is_left_out(chrome: str) -> None:
    assert texts(f"<html><body>{chrome}{RECORD}{chrome}</body></html>") == [
        "RESOLVED that the minutes be approved."
    ]


@pytest.mark.parametrize(
    "page",
    [
        "<article><header><h1>Cabinet decision</h1></header>{r}<footer><p>Signed</p></footer></article>",
        "<main><section><header><h2>Cabinet decision</h2></header>{r}</section></main>",
        "<div id='content'><header><h1>Cabinet decision</h1></header>{r}</div>",
        "<div class='header'><h1>Cabinet decision</h1></div>{r}",
        "<div id='cookie-wrapper'><h1>Cabinet decision</h1>{r}</div>",
        "<form id='aspnetForm'><h1>Cabinet decision</h1>{r}<input type='hidden'></form>",
    ],
    ids=[
        "article-header",
        "section-header",
        "content-header",
        "class-header",
        "wrapper-named-cookie",
        "aspnet-form",
    ],
)
def test_content_that_looks_like_chrome_is_kept(page: str) -> None:
    assert "Cabinet decision" in texts(page.format(r=RECORD))


def test_furniture_keeps_short_header_and_footer_text() -> None:
    page = (
        "<header><p>Ashcombe Borough Council</p><nav><a>Home</a></nav></header>"
        f"<main>{RECORD}</main>"
        "<footer><p>Civic Offices, Market Street</p><p>" + "x" * 300 + "</p></footer>"
        "<footer>" + "".join(f"<p>link {n}</p>" for n in range(40)) + "</footer>"
    )
    document = read(page)
    assert document.furniture == ("Ashcombe Borough Council", "Civic Offices, Market Street")
    assert [b.text for b in document.blocks] == ["RESOLVED that the minutes be approved."]


# -- main content ---------------------------------------------------------------------------

MAIN_CASES: list[tuple[str, str, list[str]]] = [
    (
        "moderngov",
        "<div class='mgHeader'><h1>Decision details</h1></div><p>outside</p>"
        "<div class='mgSubTitle'><h2 class='mgSubTitleTxt'>Budget 2025/26</h2></div>"
        "<div class='mgLinks'>Find out more</div><div class='mgContent'>{r}</div>"
        "<div class='mgFooter'><p>footer</p></div>",
        ["Budget 2025/26", "RESOLVED that the minutes be approved."],
    ),
    (
        "moderngov-title-heading-only",
        "<h2 class='mgSubTitleTxt'>Budget</h2><div class='mgContent'>{r}</div><p>after</p>",
        ["Budget", "RESOLVED that the minutes be approved."],
    ),
    (
        "main",
        "<p>outside</p><main>{r}</main><p>after</p>",
        ["RESOLVED that the minutes be approved."],
    ),
    (
        "role-main",
        "<p>outside</p><div role='main'>{r}</div>",
        ["RESOLVED that the minutes be approved."],
    ),
    (
        "id-content",
        "<p>outside</p><div id='content'>{r}</div>",
        ["RESOLVED that the minutes be approved."],
    ),
    (
        "articles",
        "<p>outside</p><article><p>one</p></article><p>between</p><article><p>two</p></article>",
        ["one", "two"],
    ),
    (
        "empty-main-falls-back",
        "<main> </main><div>{r}</div>",
        ["RESOLVED that the minutes be approved."],
    ),
    ("body", "<div><p>outside</p>{r}</div>", ["outside", "RESOLVED that the minutes be approved."]),
]


@pytest.mark.parametrize(
    ("page", "expected"), [c[1:] for c in MAIN_CASES], ids=[c[0] for c in MAIN_CASES]
)
def test_main_content(page: str, expected: list[str]) -> None:
    assert texts(f"<html><body>{page.format(r=RECORD)}</body></html>") == expected


def test_moderngov_title_is_a_heading_block() -> None:
    page = "<div class='mgSubTitle'><h2 class='mgSubTitleTxt'>Budget</h2></div><div class='mgContent'>{r}</div>"
    assert read(page.format(r=RECORD)).blocks[0] == Block("Budget", kind="heading")


# -- encodings ------------------------------------------------------------------------------

POUND_QUOTES = "“£5”"
ENCODING_CASES: list[tuple[str, bytes, list[str]]] = [
    ("utf-8", f"<p>{POUND_QUOTES}</p>".encode(), []),
    ("utf-8-bom", codecs.BOM_UTF8 + f"<p>{POUND_QUOTES}</p>".encode(), []),
    ("utf-16-bom", f"<p>{POUND_QUOTES}</p>".encode("utf-16"), []),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + f"<p>{POUND_QUOTES}</p>".encode("utf-16-be"), []),
    (
        "bom-beats-meta",
        codecs.BOM_UTF8 + f'<meta charset="windows-1252"><p>{POUND_QUOTES}</p>'.encode(),
        [],
    ),
    ("meta-charset", f'<meta charset="windows-1252"><p>{POUND_QUOTES}</p>'.encode("cp1252"), []),
    (
        "http-equiv-latin-1-is-cp1252",
        b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        + f"<p>{POUND_QUOTES}</p>".encode("cp1252"),
        [],
    ),
    (
        "xml-declaration",
        f'<?xml version="1.0" encoding="windows-1252"?><html><p>{POUND_QUOTES}</p></html>'.encode(
            "cp1252"
        ),
        [],
    ),
    ("undeclared-cp1252", f"<p>{POUND_QUOTES}</p>".encode("cp1252"), ["encoding"]),
    (
        "declared-utf-8-but-cp1252",
        f'<meta charset="utf-8"><p>{POUND_QUOTES}</p>'.encode("cp1252"),
        ["encoding"],
    ),
    (
        "declared-shift-jis-but-utf-8",
        f'<meta charset="shift_jis"><p>{POUND_QUOTES}</p>'.encode(),
        ["encoding"],
    ),
    ("utf-7-is-refused", f'<meta charset="utf-7"><p>{POUND_QUOTES}</p>'.encode(), []),
    ("unknown-label", f'<meta charset="x-klingon"><p>{POUND_QUOTES}</p>'.encode(), ["encoding"]),
    ("nul-removed", f"<p>{POUND_QUOTES}\x00</p>".encode(), ["encoding"]),
    ("controls-removed", f"<p \x01>\x0c{POUND_QUOTES}\x1b\x0b</p>".encode(), ["encoding"]),
]


@pytest.mark.parametrize(
    ("data", "codes"), [c[1:] for c in ENCODING_CASES], ids=[c[0] for c in ENCODING_CASES]
)
def test_encodings(data: bytes, codes: list[str]) -> None:
    document = read(data)
    assert [b.text for b in document.blocks] == [POUND_QUOTES]
    assert [d.code for d in document.defects] == codes


def test_utf_7_is_never_decoded() -> None:
    assert texts(b'<meta charset="utf-7"><p>+ADw-b+AD4-bold</p>') == ["+ADw-b+AD4-bold"]


# -- hostile pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [b"", b"  \n", b"<!-- nothing -->", b"<html><head><title>x</title></head><body></body></html>",
     b"<script>document.write('Decision')</script>", b"<p>&nbsp;</p><nav>Home</nav>"],
    ids=["empty", "white-space", "comment", "no-body-text", "script-only", "chrome-only"],
)  # fmt: skip
def test_pages_without_text_are_empty_sources(page: bytes) -> None:
    with pytest.raises(EmptySource):
        read(page)


def test_nesting_over_the_limit() -> None:
    with pytest.raises(LimitExceeded, match="max_nesting"):
        read("<div>" * 60 + "x", limits=Limits(max_nesting=50))
    assert texts("<div>" * 40 + "x") == ["x"]


def test_nesting_over_the_parsers_limit_is_not_silently_cut() -> None:
    with pytest.raises(LimitExceeded):
        read("<div>" * 400 + "x", limits=Limits(max_nesting=10_000))


def test_text_over_the_parsers_limit_is_not_silently_cut() -> None:
    with pytest.raises(LimitExceeded):
        read("<p>" + "word " * 2_100_000 + "</p>")


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    page = (
        f'<!DOCTYPE html [<!ENTITY e SYSTEM "{secret.as_uri()}">]>'
        f'<html><body><p>a &e; b</p><iframe src="{secret.as_uri()}"></iframe></body></html>'
    )
    assert "TOP-SECRET" not in " ".join(texts(page))


def test_entity_expansion_is_not_performed() -> None:
    lol = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    joined = " ".join(texts(lol + "<p>&b;</p>"))
    assert "aaaaaaaaaa" not in joined


def test_parser_errors_become_corrupt_source(monkeypatch: pytest.MonkeyPatch) -> None:
    from lxml import etree

    def broken(*args: object, **kwargs: object) -> None:
        raise etree.ParserError("simulated libxml2 failure")

    monkeypatch.setattr(etree, "fromstring", broken)
    with pytest.raises(CorruptSource) as raised:
        read("<p>x</p>")
    assert isinstance(raised.value.__cause__, etree.ParserError)
    assert isinstance(raised.value, ProformaError)


# -- through the library's door -------------------------------------------------------------

MODERNGOV_PAGE = """<div id="modgov"><div class="mgSubTitle" >
<h2 class="mgSubTitleTxt">Review of Parking Permits</h2></div>
<div class="mgContent" >
<p><span  class="mgLabel" >Decision Maker: </span>Cabinet</p>
<p><span  class="mgLabel" >Is subject to call in?: </span>No</p>
<h3 class="mgSubSubTitleTxt">Decision:</h3>
<div class="mgWordPara"><p class="MsoNormal">RESOLVED that:</p>
<ol><li>the permit charges be approved;</li><li>the changes take effect on 1 April 2025.</li></ol>
</div>
<p><span  class="mgLabel" >Publication date: </span>13&#47;02&#47;2025</p>
<p><span  class="mgLabel" >Date of decision: </span>11&#47;02&#47;2025</p>
</div></div>"""


def test_html_content_in_a_txt_file_is_read_as_html() -> None:
    document = read_source(MODERNGOV_PAGE.encode(), name="decision.txt")
    assert document.format == "html"
    assert [d.code for d in document.defects] == ["format_mismatch"]
    assert read_source(MODERNGOV_PAGE.encode(), name="decision.html").defects == ()


def test_a_moderngov_page_parses_into_a_record() -> None:
    record = proforma_parser.parse(MODERNGOV_PAGE.encode(), name="decision.html")
    assert record.title == "Review of Parking Permits"
    assert record.decision_maker == "Cabinet"
    assert [(r.number, r.text) for r in record.resolutions] == [
        ("1", "the permit charges be approved;"),
        ("2", "the changes take effect on 1 April 2025."),
    ]
    assert str(record.decision_date) == "2025-02-11"
    assert str(record.published_on) == "2025-02-13"
    assert record.source.format == "html"


def test_import_does_not_load_lxml() -> None:
    code = "import sys, proforma_parser; print('lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_list_style_spelt_with_a_long_s_is_read_not_raised() -> None:
    # `re.IGNORECASE` matches "ſquare" (a long s) to "square": the style is looked up by
    # its case-folded name rather than raising KeyError.
    page = (
        "<html><body><p>Decision Maker: Cabinet</p><p>Decision:</p>"
        '<ol style="list-style: ſquare"><li>To approve the plan.</li></ol></body></html>'
    )
    record = proforma_parser.parse(page.encode("utf-8"), name="long-s.html")
    assert [r.text for r in record.resolutions] == ["To approve the plan."]
