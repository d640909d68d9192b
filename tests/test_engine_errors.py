"""The engines' exceptions table is complete, and each row does what it says.

Every exception class each engine defines (found by importing every module of the engine
and looking at what it holds) must be covered by that engine's row of the table in
readers/engine_errors.py, itself or through a listed base class: a reader catches its
engines' rows and nothing else, so a class left out would escape as a foreign exception.
Private classes (a leading underscore: lxml's _TargetParserResult, used for its own control
flow) and warnings (issued, not raised) are left out of the count.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import warnings
from types import ModuleType

import pytest

from proforma_parser.errors import CorruptSource, EncryptedSource, ProformaError
from proforma_parser.readers import engine_errors
from proforma_parser.readers.engine_errors import ENGINES, caught, translate, unwrapped

# The packages behind each row: every module in them is searched for exception classes.
PACKAGES: dict[str, tuple[str, ...]] = {
    "pdfminer": ("pdfminer", "pdfplumber", "cryptography.exceptions"),
    "pdfium": ("pypdfium2",),
    "docx": ("docx", "lxml.etree", "zipfile"),
    "lxml": ("lxml.etree",),
    "tesseract": ("pytesseract",),
    "zip": ("zipfile",),
}
# Python's exceptions the engines raise on damaged input (tests/test_no_foreign_exceptions.py
# makes each entry point raise each of them): every row covers them all.
PYTHON_RAISED = (
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    AssertionError,
    NotImplementedError,
    EOFError,
    OSError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    RecursionError,
    MemoryError,
    ZeroDivisionError,
    __import__("zlib").error,
    __import__("struct").error,
)


def _modules(package: str) -> list[ModuleType]:
    top = importlib.import_module(package)
    found = [top]
    for info in pkgutil.walk_packages(getattr(top, "__path__", []), package + "."):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found.append(importlib.import_module(info.name))
            except ImportError:
                continue  # an optional part whose own dependency is not installed
    return found


def exception_classes(package: str) -> set[type[BaseException]]:
    root = package.split(".")[0]
    classes = set()
    for module in _modules(package):
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__.split(".")[0] == root
                and not value.__name__.startswith("_")
                and not issubclass(value, Warning)
            ):
                classes.add(value)
    return classes


@pytest.mark.parametrize("row", sorted(ENGINES))
def test_each_row_covers_every_exception_its_engines_define(row: str) -> None:
    defined = set().union(*(exception_classes(package) for package in PACKAGES[row]))
    assert len(defined) >= {"zip": 2, "pdfium": 1}.get(row, 3)  # the search finds them
    missing = sorted(
        engine_errors.qualified(kind) for kind in defined if not issubclass(kind, caught(row))
    )
    assert missing == []


@pytest.mark.parametrize("row", sorted(ENGINES))
def test_each_row_covers_what_python_raises_on_damaged_input(row: str) -> None:
    assert [kind.__name__ for kind in PYTHON_RAISED if not issubclass(kind, caught(row))] == []


def test_no_row_catches_everything() -> None:
    # Not `Exception`: a type in no row is a bug, not a damaged file.
    for row in ENGINES:
        assert Exception not in caught(row) and BaseException not in caught(row)
        assert not issubclass(ProformaError, caught(row))


def test_a_row_names_only_exception_classes() -> None:
    for row in ENGINES:
        assert all(isinstance(kind, type) for kind in caught(row))
    with pytest.raises(TypeError, match="is not an exception class"):
        engine_errors._load("zipfile.ZipFile")


def test_pdfplumbers_wrapper_is_unwrapped_to_pdfminers_error() -> None:
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    inner = PDFSyntaxError("No /Root object! - Is this really a PDF?")
    assert unwrapped(PdfminerException(inner), "pdfminer") is inner
    error = translate(inner, "pdfminer", name="a.pdf", doing="the PDF is damaged", what="PDF")
    assert type(error) is CorruptSource
    assert str(error) == "a.pdf: the PDF is damaged (No /Root object! - Is this really a PDF?)"
    refused = translate(
        unwrapped(PdfminerException(PDFPasswordIncorrect()), "pdfminer"),
        "pdfminer",
        name="a.pdf",
        doing="",
        what="PDF",
        password="guess",
    )
    assert (type(refused), str(refused)) == (
        EncryptedSource,
        "a.pdf: the password given does not open the PDF",
    )


@pytest.mark.parametrize(
    ("exc", "says"),
    [
        (MemoryError(), "the Word document needs more memory than is available to read"),
        (RecursionError("deep"), "the Word document's objects nest too deeply to read"),
        (KeyError("word/document.xml"), "cannot be read (KeyError: 'word/document.xml')"),
        (__import__("zlib").error("bad"), "cannot be read (error: bad)"),
    ],
    ids=["memory", "recursion", "python", "zlib"],
)
def test_pythons_exceptions_say_what_they_are(exc: BaseException, says: str) -> None:
    error = translate(exc, "docx", name="a.docx", doing="cannot be read", what="Word document")
    assert type(error) is CorruptSource
    assert says in str(error)


def test_a_type_in_no_row_is_a_bug_not_a_damaged_file() -> None:
    with pytest.raises(TypeError, match=r"builtins\.KeyboardInterrupt is not in the zip row"):
        translate(KeyboardInterrupt(), "zip", name=None, doing="", what="Word document")
