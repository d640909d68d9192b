"""One table: what each engine raises on a damaged or hostile file, and the error it becomes.

The readers hand bytes to engines (pdfminer through pdfplumber, pdfium through pypdfium2,
python-docx, lxml, zipfile) that signal a damaged file with their own exceptions, and
with Python's (a KeyError from a missing object, a struct.error from a cut zip). Each
reader catches exactly the types of its engines (`caught`), and `translate` turns what
it caught into a ProformaError by this table, the original chained as its cause. A type
in no engine's row is not caught: it is a bug to fix, not a damaged file to report.

Rows name classes by their qualified names, so an engine is imported only by the reader
that uses it; tests/test_engine_errors.py imports every engine and checks that each
exception class it defines is covered by its row (itself, or a base class listed there).
"""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..errors import CorruptSource, EncryptedSource, NoTextLayer, ProformaError, SourceError
from .pdf.engines import password_refused


@dataclass(frozen=True, slots=True)
class Rule:
    """What an engine's exception becomes: our error type, and its message when the
    exception's own says less than a fixed one ("{what}" is what was being read)."""

    error: type[SourceError]
    says: str | None = None


DAMAGED = Rule(CorruptSource)
"""Damaged input: "<what the reader was doing> (<the engine's own words>)"."""
UNWRAP = Rule(CorruptSource, "unwrap")
"""pdfplumber's wrapper: what it carries (a pdfminer error, unchained) is translated."""
PASSWORD = Rule(EncryptedSource, "password")
"""A password missing or wrong: said the same whichever engine found it."""
PDFIUM = Rule(CorruptSource, "pdfium")
"""pypdfium2's one exception: its error code says what pdfium found (see _pdf_pdfium)."""
MEMORY = Rule(
    CorruptSource,
    "the {what} needs more memory than is available to read (an object or stream too large)",
)
NESTED = Rule(CorruptSource, "the {what}'s objects nest too deeply to read")
OCR_FAILED = Rule(NoTextLayer)
"""Tesseract failed on a page rendered from the file: "<page N could not be read by OCR>
(<its own words>)". The page still has no text: NoTextLayer, not a damaged file."""
NO_TESSERACT = Rule(
    NoTextLayer,
    "the {what} has pages that are images with no text layer, and the Tesseract program "
    "is not installed; install OCR with `pip install 'proforma-parser[ocr]'` and "
    "`apt-get install tesseract-ocr tesseract-ocr-eng`",
)
"""Tesseract gone between the look-up and the call (readers/pdf/ocr.py looks first)."""

FIRST: tuple[tuple[str, Rule], ...] = (
    ("builtins.MemoryError", MEMORY),
    ("builtins.RecursionError", NESTED),
)
"""Python's exceptions with a message of their own, first in every row (RecursionError is
a RuntimeError, which some rows list as damage)."""
PYTHON: tuple[tuple[str, Rule], ...] = (
    # What engines raise from their own code on input they did not expect.
    ("builtins.LookupError", DAMAGED),  # KeyError, IndexError
    ("builtins.ValueError", DAMAGED),  # UnicodeError too
    ("builtins.TypeError", DAMAGED),
    ("builtins.AttributeError", DAMAGED),
    ("builtins.AssertionError", DAMAGED),
    ("builtins.ArithmeticError", DAMAGED),  # ZeroDivisionError, OverflowError
    ("builtins.RuntimeError", DAMAGED),  # NotImplementedError; zipfile's encrypted member
    ("builtins.EOFError", DAMAGED),
    ("builtins.OSError", DAMAGED),
    ("zlib.error", DAMAGED),
    ("struct.error", DAMAGED),
)
"""Python's own exceptions, as the engines raise them on damaged input."""

ENGINES: dict[str, tuple[tuple[str, Rule], ...]] = {
    "pdfminer": (
        *FIRST,
        ("pdfplumber.utils.exceptions.PdfminerException", UNWRAP),
        ("pdfplumber.utils.exceptions.MalformedPDFException", DAMAGED),
        ("pdfplumber.structure.StructTreeMissing", DAMAGED),
        ("pdfminer.pdfdocument.PDFPasswordIncorrect", PASSWORD),
        (
            "pdfminer.pdfdocument.PDFEncryptionError",
            Rule(EncryptedSource, "the PDF is encrypted in a way that cannot be read"),
        ),
        ("pdfminer.psexceptions.PSException", DAMAGED),  # PDFException and all of pdfminer's
        # pdfminer decrypts AES with the cryptography package.
        ("cryptography.exceptions.UnsupportedAlgorithm", DAMAGED),
        ("cryptography.exceptions.AlreadyFinalized", DAMAGED),
        ("cryptography.exceptions.AlreadyUpdated", DAMAGED),
        ("cryptography.exceptions.NotYetFinalized", DAMAGED),
        ("cryptography.exceptions.InvalidTag", DAMAGED),
        ("cryptography.exceptions.InvalidSignature", DAMAGED),
        ("cryptography.exceptions.InternalError", DAMAGED),
        ("cryptography.exceptions.InvalidKey", DAMAGED),
        *PYTHON,
    ),
    "pdfium": (
        *FIRST,
        ("pypdfium2._helpers.misc.PdfiumError", PDFIUM),
        ("pypdfium2._helpers.pageobjects._ImageExtractionError", DAMAGED),
        ("ctypes.ArgumentError", DAMAGED),
        *PYTHON,
    ),
    "docx": (
        *FIRST,
        ("docx.opc.exceptions.OpcError", DAMAGED),  # PackageNotFoundError
        ("docx.exceptions.PythonDocxError", DAMAGED),
        ("docx.oxml.exceptions.XmlchemyError", DAMAGED),
        ("docx.image.exceptions.InvalidImageStreamError", DAMAGED),
        ("docx.image.exceptions.UnexpectedEndOfFileError", DAMAGED),
        ("docx.image.exceptions.UnrecognizedImageError", DAMAGED),
        ("lxml.etree.Error", DAMAGED),
        ("zipfile.BadZipFile", DAMAGED),
        ("zipfile.LargeZipFile", DAMAGED),
        *PYTHON,
    ),
    "tesseract": (
        *FIRST,
        ("pytesseract.pytesseract.TesseractNotFoundError", NO_TESSERACT),
        ("pytesseract.pytesseract.TesseractError", OCR_FAILED),  # "Failed loading language"
        ("pytesseract.pytesseract.TSVNotSupported", OCR_FAILED),  # Tesseract before 3.05
        ("pytesseract.pytesseract.ALTONotSupported", OCR_FAILED),
        ("pytesseract.pytesseract.PandasNotSupported", OCR_FAILED),
        # get_tesseract_version exits the interpreter on a version it cannot parse.
        ("builtins.SystemExit", OCR_FAILED),
        # Pillow writing the page image, and subprocess starting Tesseract; a timeout is
        # pytesseract's RuntimeError("Tesseract process timeout"), which ocr.py tells apart.
        *((name, OCR_FAILED) for name, _ in PYTHON),
    ),
    "lxml": (*FIRST, ("lxml.etree.Error", DAMAGED), *PYTHON),
    "zip": (
        *FIRST,
        ("zipfile.BadZipFile", DAMAGED),
        ("zipfile.LargeZipFile", DAMAGED),
        *PYTHON,
    ),
}
"""Each engine's row: the exceptions it raises (a listed class covers its subclasses),
most particular first."""


def qualified(kind: type[BaseException]) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


@cache
def caught(engine: str) -> tuple[type[BaseException], ...]:
    """The exception types `engine` raises on damaged input (imported on first use)."""
    return tuple(_load(name) for name, _ in ENGINES[engine])


def _load(name: str) -> type[BaseException]:
    module, _, attribute = name.rpartition(".")
    found = getattr(
        builtins if module == "builtins" else importlib.import_module(module), attribute
    )
    if not (isinstance(found, type) and issubclass(found, BaseException)):
        raise TypeError(f"{name} is not an exception class")
    return found


def rule_for(engine: str, exc: BaseException) -> Rule | None:
    """The rule of `engine`'s row for `exc`: the first listed class it is an instance of."""
    for kind, (_, rule) in zip(caught(engine), ENGINES[engine], strict=True):
        if isinstance(exc, kind):
            return rule
    return None


PdfiumTranslator = Callable[[BaseException, str | None, str | None], ProformaError]


def unwrapped(exc: BaseException, engine: str) -> BaseException:
    """What a wrapper carries (pdfplumber's PdfminerException holds pdfminer's error,
    unchained): the exception to translate and to chain as the cause."""
    inner = exc.args[0] if len(exc.args) == 1 else None
    if rule_for(engine, exc) is UNWRAP and isinstance(inner, BaseException):
        return unwrapped(inner, engine)
    return exc


def translate(
    exc: BaseException,
    engine: str,
    *,
    name: str | None,
    doing: str,
    what: str,
    password: str | None = None,
    pdfium: PdfiumTranslator | None = None,
) -> ProformaError:
    """Our error for `exc` (already unwrapped), raised by `engine` while the reader was
    `doing` something ("the PDF is damaged and cannot be read") to the `what` ("PDF").
    The caller chains `exc` as its cause."""
    rule = rule_for(engine, exc)
    if rule is None:
        raise TypeError(f"{qualified(type(exc))} is not in the {engine} row") from exc
    if rule is PASSWORD:
        return password_refused(password, name)
    if rule is PDFIUM and pdfium is not None:
        return pdfium(exc, name, password)
    if rule.says is not None and rule not in (UNWRAP, PDFIUM):
        return rule.error(rule.says.format(what=what), path=name)
    return rule.error(f"{doing} ({detail(exc)})", path=name)


def detail(exc: BaseException) -> str:
    """The engine's own words: its message, with the type when that is Python's own (a
    bare "KeyError: 'Root'" says more with its name)."""
    text = str(exc)
    if type(exc).__module__ in ("builtins", "zlib", "struct", "ctypes") or not text:
        return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text
