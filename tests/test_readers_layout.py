"""The readers are packages, one per format, and shared helpers exist once.

readers/pdf, readers/word and readers/html each hold one format's reader (its door is
`reader.py`), readers/text.py the plain-text one; what more than one format uses (the
time budget, the engines' exceptions, list numerals) sits beside them. No module keeps an
underscore prefix.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import proforma_parser.readers as readers
from proforma_parser.readers.numerals import roman
from proforma_parser.readers.pdf import engines

READERS = Path(readers.__file__).parent


@pytest.mark.parametrize(
    ("package", "door"), [("pdf", "read_pdf"), ("word", "read_docx"), ("html", "read_html")]
)
def test_each_format_is_a_package_with_its_reader(package: str, door: str) -> None:
    module = importlib.import_module(f"proforma_parser.readers.{package}.reader")
    assert callable(getattr(module, door))
    assert [p.name for p in (READERS / package).glob("_*.py")] == ["__init__.py"]


def test_no_reader_module_keeps_an_underscore() -> None:
    underscored = sorted(p.name for p in READERS.rglob("_*.py") if p.name != "__init__.py")
    assert underscored == []
    assert engines.DEFAULT_PDF_ENGINE == "pdfium"


def test_one_roman_numeral_writer_serves_word_and_web_pages() -> None:
    from proforma_parser.readers.html.lists import format_item_number
    from proforma_parser.readers.word.numbering import format_number

    assert [roman(n) for n in (1, 4, 9, 14, 40, 1994)] == ["i", "iv", "ix", "xiv", "xl", "mcmxciv"]
    assert roman(0) == "0"
    assert format_number(14, "upperRoman") == "XIV"
    assert format_item_number(14, "lower-roman") == "xiv."
    sources = [p.read_text() for p in READERS.rglob("*.py")]
    assert sum('(1000, "m")' in text for text in sources) == 1


def test_page_footers_in_a_body_go_to_the_furniture() -> None:
    from proforma_parser.document import Block, Document
    from proforma_parser.readers.text import without_footer_blocks

    footer = "Eastvale District Council | Record of Executive Decision | Page 1 of 3"
    document = Document(
        blocks=(
            Block(f"Reasons for decision:\n{footer}", page=1),
            Block("Eastvale District Council – Decision Notice    Page 2 of 3", page=2),
            Block("The scheme will improve access, as set out on page 3", page=2),
        ),
        format="pdf",
        name="x.pdf",
        sha256="0" * 64,
        size=1,
    )
    moved = without_footer_blocks(document)
    assert [b.text for b in moved.blocks] == [
        "Reasons for decision:",
        "The scheme will improve access, as set out on page 3",
    ]
    assert moved.furniture == (footer, "Eastvale District Council – Decision Notice Page 2 of 3")


def test_the_next_pages_running_header_after_a_footer_goes_to_the_furniture() -> None:
    """The top line's end repeated under a footer is the next page's running header, not
    the first words of the reasons; the same words elsewhere stay."""
    from proforma_parser.document import Block, Document
    from proforma_parser.readers.text import without_footer_blocks

    document = Document(
        blocks=(
            Block("Officer Decision Notice Eastvale District Council"),
            Block("Reasons for the decision:"),
            Block("Officer Decision Notice Page 1 of 2"),
            Block("Eastvale District Council"),
            Block("The grant lets Eastvale District Council widen two paths."),
            Block("Eastvale District Council"),
        ),
        format="docx",
        name="x.docx",
        sha256="0" * 64,
        size=1,
    )
    moved = without_footer_blocks(document)
    assert [b.text for b in moved.blocks] == [
        "Officer Decision Notice Eastvale District Council",
        "Reasons for the decision:",
        "The grant lets Eastvale District Council widen two paths.",
        "Eastvale District Council",
    ]
    assert moved.furniture == ("Officer Decision Notice Page 1 of 2", "Eastvale District Council")


def test_a_text_dumps_running_header_after_a_footer_goes_to_the_furniture() -> None:
    from proforma_parser.readers.text import read_text

    text = (
        "Officer Decision Notice                              Eastvale District Council\n\n"
        "Reasons for the decision:\n\n"
        "Officer Decision Notice                                          Page 1 of 2\n"
        "Eastvale District Council\n\n"
        "The grant lets the Council widen two paths.\n"
    )
    document = read_text(text.encode(), name="x.txt", sha256="0" * 64)
    assert document.blocks[0].text.split("\n") == [
        "Officer Decision Notice                              Eastvale District Council",
        "",
        "Reasons for the decision:",
        "",
        "",
        "The grant lets the Council widen two paths.",
        "",
    ]
    assert document.furniture == (
        "Officer Decision Notice Page 1 of 2",
        "Eastvale District Council",
    )


def test_a_browser_prints_header_and_footer_go_to_the_furniture() -> None:
    """A decisions page printed from a browser: its address and "2/4" at the foot (longer
    than any other footer, for its query string) and the time printed with the page's
    title at the head are furniture, even inside an item ("To delegate authority to the"
    / ... / "Service Director – Legal ...")."""
    from proforma_parser.readers.text import read_text

    address = "https://democracy.example.gov.uk/mgDelegatedDecisions.aspx?" + "&K=0" * 30
    text = (
        "3.2     To delegate authority to the\n"
        f"{address}     2/4\n\n"
        "09/10/2025, 11:42                                   Decisions\n\n"
        "Service Director to finalise the concession agreement.\n"
    )
    document = read_text(text.encode(), name="x.txt", sha256="0" * 64)
    assert [line for line in document.blocks[0].text.split("\n") if line] == [
        "3.2     To delegate authority to the",
        "Service Director to finalise the concession agreement.",
    ]
    assert document.furniture == (f"{address} 2/4", "09/10/2025, 11:42 Decisions")
