"""Shared fixtures and the --update-golden option."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.outcomes import ChildRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


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
