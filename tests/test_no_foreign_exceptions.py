"""No engine's exception escapes `parse`: each is translated, the original kept as cause.

The engines' entry points (pdfplumber.open, pdfminer's page interpreter, python-docx's
package open, zipfile.ZipFile, lxml's parser, pdfium's calls) are made to raise each kind
of error their engine's row of the table (readers/engine_errors.py) lists, Python's own
included, and a well-formed sample is parsed through them: what comes out must be a
ProformaError whose ``__cause__`` is the very exception raised. An exception in no row is
not caught at all (a bug is not a damaged file): the last test shows it.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import proforma_parser
from proforma_parser import ProformaError
from proforma_parser.readers.engine_errors import ENGINES, caught

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PDF = SAMPLES / "pdf" / "fernbrook_allotments.table.pdf"
DOCX = SAMPLES / "docx" / "fernbrook_allotments.table.docx"


def _xml_syntax_error() -> BaseException:
    from lxml import etree

    try:
        etree.fromstring(b"<w:t>unclosed")
    except etree.XMLSyntaxError as error:
        syntax_error: BaseException = error
        return syntax_error
    raise AssertionError("lxml parsed a broken document")


def _pdfminer(name: str) -> Callable[[], BaseException]:
    def make() -> BaseException:
        from pdfminer import pdfdocument, pdfparser, psparser

        kinds: dict[str, Any] = {
            "PDFSyntaxError": pdfparser.PDFSyntaxError,
            "PSEOF": psparser.PSEOF,
            "PDFPasswordIncorrect": pdfdocument.PDFPasswordIncorrect,
        }
        error: BaseException = kinds[name](f"{name} from a hostile file")
        return error

    return make


def _pdfplumber_wrapped() -> BaseException:
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    error: BaseException = PdfminerException(PDFSyntaxError("No /Root object!"))
    return error


def _package_not_found() -> BaseException:
    from docx.opc.exceptions import PackageNotFoundError

    error: BaseException = PackageNotFoundError("Package not found at '<stream>'")
    return error


# Each error, made fresh for each test.
ERRORS: dict[str, Callable[[], BaseException]] = {
    "PDFSyntaxError": _pdfminer("PDFSyntaxError"),
    "PSEOF": _pdfminer("PSEOF"),
    "PDFPasswordIncorrect": _pdfminer("PDFPasswordIncorrect"),
    "PdfminerException": _pdfplumber_wrapped,
    "BadZipFile": lambda: zipfile.BadZipFile("File is not a zip file"),
    "LargeZipFile": lambda: zipfile.LargeZipFile("Zipfile size would require ZIP64"),
    "zlib.error": lambda: zlib.error("Error -3 while decompressing data"),
    "struct.error": lambda: struct.error("unpack requires a buffer of 4 bytes"),
    "XMLSyntaxError": _xml_syntax_error,
    "PackageNotFoundError": _package_not_found,
    "UnicodeDecodeError": lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid byte"),
    "UnicodeEncodeError": lambda: UnicodeEncodeError("ascii", "£", 0, 1, "not ascii"),
    "RecursionError": lambda: RecursionError("maximum recursion depth exceeded"),
    "MemoryError": lambda: MemoryError("Unable to allocate output buffer."),
    "KeyError": lambda: KeyError("There is no item named 'word/document.xml'"),
    "ValueError": lambda: ValueError("file is not a Word file"),
    "TypeError": lambda: TypeError("'NoneType' object is not subscriptable"),
    "AttributeError": lambda: AttributeError("'PDFObjRef' object has no attribute 'get'"),
    "IndexError": lambda: IndexError("list index out of range"),
    "AssertionError": lambda: AssertionError("assert kwd is KWD(b'trailer')"),
    "NotImplementedError": lambda: NotImplementedError("zip file version 25.5"),
    "EOFError": lambda: EOFError("Compressed file ended before the end-of-stream marker"),
    "OSError": lambda: OSError(22, "Invalid argument"),
}

# Where each engine is entered, and a sample that goes through it.
ENTRY_POINTS: dict[str, tuple[str, Path]] = {
    "pdfplumber.open": ("pdfplumber.open", PDF),
    "pdfminer.process_page": ("pdfminer.pdfinterp.PDFPageInterpreter.process_page", PDF),
    "docx.Package.open": ("docx.package.Package.open", DOCX),
    "lxml.etree.fromstring": ("lxml.etree.fromstring", DOCX),
    "zipfile.ZipFile": ("zipfile.ZipFile", DOCX),
}


# The pdfium engine's: opening, a page, its text page, its text, a character's box, the
# characters' text objects, its objects.
PDFIUM_ENTRY_POINTS: tuple[str, ...] = (
    "pypdfium2.raw.FPDF_LoadMemDocument64",
    "pypdfium2.raw.FPDF_LoadPage",
    "pypdfium2.raw.FPDFText_LoadPage",
    "proforma_parser.readers.pdf.pdfium._GET_TEXT",
    "proforma_parser.readers.pdf.pdfium._LOOSE_BOX",
    "proforma_parser.readers.pdf.pdfium._TEXT_OBJECT",
    "pypdfium2.raw.FPDFPage_CountObjects",
)


# The row of the table each entry point's reader catches.
ROW_OF_ENTRY: dict[str, str] = {
    "pdfplumber.open": "pdfminer",
    "pdfminer.process_page": "pdfminer",
    "docx.Package.open": "docx",
    "lxml.etree.fromstring": "docx",
    "zipfile.ZipFile": "zip",  # the package check opens the zip first
}


def _in_row(row: str, error_name: str) -> bool:
    return isinstance(ERRORS[error_name](), caught(row))


def _cases() -> list[Any]:
    return [
        pytest.param(entry, error, id=f"{entry}-{error}")
        for entry in ENTRY_POINTS
        for error in ERRORS
        if _in_row(ROW_OF_ENTRY[entry], error)
    ]


def test_the_cases_leave_out_only_other_engines_errors() -> None:
    # pdfplumber is not made to raise a zip error; every error is raised somewhere.
    left_out = {
        (entry, error)
        for entry in ENTRY_POINTS
        for error in ERRORS
        if not _in_row(ROW_OF_ENTRY[entry], error)
    }
    assert {error for _, error in left_out} == {
        "BadZipFile",
        "LargeZipFile",
        "XMLSyntaxError",
        "PackageNotFoundError",
        "PDFSyntaxError",
        "PSEOF",
        "PDFPasswordIncorrect",
        "PdfminerException",
    }
    assert all(any(_in_row(row, error) for row in ENGINES) for error in ERRORS)


@pytest.mark.parametrize(("entry", "error_name"), _cases())
def test_engine_error_comes_out_as_a_proforma_error_with_its_cause(
    monkeypatch: pytest.MonkeyPatch, entry: str, error_name: str
) -> None:
    target, sample = ENTRY_POINTS[entry]
    raised = ERRORS[error_name]()
    calls: list[int] = []

    def fail(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        raise raised

    monkeypatch.setattr(target, fail)
    with pytest.raises(ProformaError) as caught:
        proforma_parser.parse(sample, pdf_engine="pdfplumber")
    assert calls, f"{target} was never called"
    # pdfplumber's wrapper is unwrapped to the pdfminer error it carries, unchained.
    unwrapped = error_name == "PdfminerException" and sample is PDF
    expected = raised.args[0] if unwrapped else raised
    assert caught.value.__cause__ is expected
    assert sample.name in str(caught.value)


@pytest.mark.parametrize("target", PDFIUM_ENTRY_POINTS)
@pytest.mark.parametrize("error_name", [name for name in ERRORS if _in_row("pdfium", name)])
def test_pdfium_engine_errors_come_out_as_proforma_errors_with_their_cause(
    monkeypatch: pytest.MonkeyPatch, target: str, error_name: str
) -> None:
    raised = ERRORS[error_name]()
    calls: list[int] = []

    def fail(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        raise raised

    monkeypatch.setattr(target, fail)
    with pytest.raises(ProformaError) as caught:
        proforma_parser.parse(PDF, pdf_engine="pdfium")
    assert calls, f"{target} was never called"
    assert caught.value.__cause__ is raised
    assert str(caught.value).startswith(f"{PDF}: ")


def test_every_sample_parses_without_the_patches() -> None:
    # The same samples, untouched, are records: the errors above come from the patches.
    for sample in (PDF, DOCX):
        record = proforma_parser.parse(sample)
        assert record.title == "Allotment Rents and Water Charges 2024/25"
    record = proforma_parser.parse(PDF, pdf_engine="pdfplumber")
    assert record.title == "Allotment Rents and Water Charges 2024/25"


@pytest.mark.parametrize("error_name", [name for name in ERRORS if _in_row("zip", name)])
def test_word_reader_translates_whatever_zipfile_raises(
    monkeypatch: pytest.MonkeyPatch, error_name: str
) -> None:
    # The Word reader alone (past the format sniffer): every error becomes a ProformaError.
    from proforma_parser.readers.word.reader import read_docx

    raised = ERRORS[error_name]()

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise raised

    monkeypatch.setattr("zipfile.ZipFile", fail)
    with pytest.raises(ProformaError, match=r"^table\.docx: ") as caught:
        read_docx(DOCX.read_bytes(), name="table.docx", sha256="0" * 64)
    assert caught.value.__cause__ is raised


class _NotAnEngineError(Exception):
    """No engine raises this: a bug in the library's own code, say."""


def test_an_exception_in_no_row_is_not_passed_off_as_a_damaged_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raised = _NotAnEngineError("a bug")

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise raised

    monkeypatch.setattr("proforma_parser.readers.pdf.pdfium._TEXT_OBJECT", fail)
    with pytest.raises(_NotAnEngineError) as caught_bug:
        proforma_parser.parse(PDF)
    assert caught_bug.value is raised


def test_a_bug_in_a_parsing_stage_comes_out_as_a_parser_fault_naming_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The parser's own bug (here an int() of a roman numeral, as once in the numbering
    check) is not a damaged file, but it still reaches the caller as a ProformaError that
    names the whole path and the stage, with the bug chained as its cause."""
    from proforma_parser import ParserFault, build

    raised = ValueError("invalid literal for int() with base 10: 'i'")

    def fail(reading: Any) -> None:
        raise raised

    stages = tuple((name, fail if name == "checks" else stage) for name, stage in build.STAGES)
    monkeypatch.setattr(build, "STAGES", stages)
    path = tmp_path / "minutes.txt"
    path.write_text((SAMPLES / "stockton_send_2022_seed.txt").read_text("utf-8"), "utf-8")
    with pytest.raises(ParserFault) as fault:
        proforma_parser.parse(path)
    assert fault.value.__cause__ is raised
    assert fault.value.path == str(path)
    assert str(fault.value) == (
        f"{path}: the parser failed while it read the record's fields: "
        "ValueError: invalid literal for int() with base 10: 'i' "
        "(in test_no_foreign_exceptions.fail)"
    )
