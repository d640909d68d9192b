"""Shared fixtures and the --update-golden option."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from proforma_parser.readers.pdf.ocr import INSTALL, find_tesseract
from tests.outcomes import ChildRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SCANNED = SAMPLES / "scanned"
"""Samples read by OCR: they need Tesseract."""

OCR_MISSING = find_tesseract()
needs_tesseract = pytest.mark.skipif(
    OCR_MISSING is not None, reason=f"OCR is not available here: {OCR_MISSING}; {INSTALL}"
)
"""Skips a test only where Tesseract or the ocr extra is missing, saying what to install."""


def sample_params(paths: list[Path]) -> list[object]:
    """`paths` as parameters, each scanned sample marked `needs_tesseract`."""
    return [
        pytest.param(path, id=path.name, marks=[needs_tesseract] if SCANNED in path.parents else [])
        for path in paths
    ]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite samples/**/*.expected.json from the current parser (review the diff)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seed_path() -> Path:
    return SAMPLES / "stockton_send_2022_seed.txt"


@pytest.fixture(scope="module")
def runner() -> Iterator[ChildRunner]:
    """The capped child process that parses hostile files (tests/outcomes.py), one a module."""
    runner = ChildRunner()
    yield runner
    runner.close()
