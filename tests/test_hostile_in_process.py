"""Every hostile file ends within five seconds in the calling process, with either engine.

tests/test_badinputs.py and tests/test_hostile_local.py parse each file in a capped child
process, so a hang or a crash fails one test rather than the run. A library is called in
its caller's process, though: here each file is parsed in this one, by the default limits
(the time budget scaled to the document, the checks before the engines), and must end with
a record or a ProformaError inside five seconds. Nothing is caught but ProformaError: any
other exception, or the interpreter dying, fails the run.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import proforma_parser
from proforma_parser.readers.pdf.engines import DEFAULT_PDF_ENGINE, PDF_ENGINES, PdfEngine
from tests import hostile
from tests.conftest import SHARED

BADINPUTS = SHARED / "badinputs"
SHARED_FILES = sorted(
    path for path in BADINPUTS.rglob("*") if path.is_file() and path.name != "CATALOGUE.md"
)
SECONDS = 5.0


def _is_pdf(name: str) -> bool:
    return name.startswith("p")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile.build_all(tmp_path_factory.mktemp("in_process"))


def _ends_in_time(path: Path, engine: PdfEngine) -> str:
    started = time.monotonic()
    try:
        record = proforma_parser.parse(path, pdf_engine=engine)
        outcome = f"record {record.title!r}"
    except proforma_parser.ProformaError as error:
        outcome = type(error).__name__
    spent = time.monotonic() - started
    assert spent < SECONDS, f"{path.name} with {engine}: {outcome} after {spent:.1f} s"
    return outcome


@pytest.mark.parametrize(
    ("name", "engine"),
    [
        (name, engine)
        for name in sorted(hostile.HOSTILE)
        for engine in (PDF_ENGINES if _is_pdf(name) else (DEFAULT_PDF_ENGINE,))
    ],
)
def test_each_made_file_ends_in_seconds_in_process(
    name: str, engine: PdfEngine, made: dict[str, Path]
) -> None:
    outcome = _ends_in_time(made[name], engine)
    if name.startswith(("p27", "p28", "p29", "p30", "p31", "p32")):
        assert outcome == "CorruptSource"  # found as a cycle, not stopped by the clock


@pytest.mark.skipif(not SHARED_FILES, reason=f"no hostile-input folder at {BADINPUTS}")
@pytest.mark.parametrize(
    ("path", "engine"),
    [
        pytest.param(path, engine, id=f"{path.relative_to(BADINPUTS)}-{engine}")
        for path in SHARED_FILES
        for engine in (PDF_ENGINES if path.parent.name == "pdf" else (DEFAULT_PDF_ENGINE,))
    ],
)
def test_each_shared_file_ends_in_seconds_in_process(path: Path, engine: PdfEngine) -> None:
    assert _ends_in_time(path, engine)
