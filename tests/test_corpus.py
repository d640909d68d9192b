"""The real corpus beside the repository (../shared/corpus), where it is present.

Users' machines do not have it, so the module skips cleanly without it; CI has it. These
guard what the issues promised on real records: the corpus score, and no running header or
footer text inside any section of a rendered PDF or Word file.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import proforma_parser
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"
RENDERED = CORPUS / "dev" / "rendered"

if not (CORPUS / "score.py").is_file():
    pytest.skip("the shared corpus is not beside this checkout", allow_module_level=True)

# Running furniture that LibreOffice's renders carry on every page.
FURNITURE_RE = re.compile(r"^(?:Cabinet Decision Record|Page \d+(?: of \d+)?)$", re.MULTILINE)


# Records numbered 200 and up were added after the first set, from councils the rules were not
# written for (issue 12). The first set is held at 99%; the newer set at the floor reached so
# far, raised as the work on unseen layouts lands, so that no change can quietly lose ground.
NEWER_SET = 200
NEWER_SET_FLOOR = 0.98
# A wrong value is worse than a missing one (issue 12): at most this share of scored fields.
MAX_WRONG_SHARE = 0.01


def _sub_corpus(tmp_path: Path, keep: Callable[[int], bool]) -> Path:
    """A corpus folder of links to the records whose number `keep` accepts."""
    folder = tmp_path / "corpus"
    (folder / "rendered").mkdir(parents=True)
    for path in (CORPUS / "dev").iterdir():
        if path.is_file() and path.name[:3].isdigit() and keep(int(path.name[:3])):
            (folder / path.name).symlink_to(path)
    for path in RENDERED.iterdir():
        if path.name[:3].isdigit() and keep(int(path.name[:3])):
            (folder / "rendered" / path.name).symlink_to(path)
    return folder


def _score(formats: str, tmp_path: Path, keep: Callable[[int], bool]) -> dict[str, object]:
    out = tmp_path / "score.json"
    subprocess.run(
        [
            sys.executable,
            str(CORPUS / "score.py"),
            "--corpus",
            str(_sub_corpus(tmp_path, keep)),
            "--formats",
            formats,
            "--misses",
            "0",
            "--json",
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return result


def test_first_set_text_and_web_pages_score_at_least_99_percent(tmp_path: Path) -> None:
    result = _score("txt,html", tmp_path, lambda number: number < NEWER_SET)
    assert result["errors"] == {}
    overall = result["overall"]
    assert isinstance(overall, float)
    assert overall >= 0.99
    assert _wrong_share(result) <= MAX_WRONG_SHARE


def test_newer_set_holds_its_floor_in_every_format(tmp_path: Path) -> None:
    result = _score("txt,docx,pdf,html", tmp_path, lambda number: number >= NEWER_SET)
    overall = result["overall"]
    assert isinstance(overall, float)
    assert overall >= NEWER_SET_FLOOR
    assert _wrong_share(result) <= MAX_WRONG_SHARE


def _wrong_share(result: dict[str, object]) -> float:
    """Wrong values (not missing ones) over every scored field."""
    by_field = result["by_field"]
    wrong = result["wrong"]
    assert isinstance(by_field, dict) and isinstance(wrong, int)
    scored: int = sum(total for _, total in by_field.values())
    return wrong / scored


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_no_running_header_or_footer_inside_a_section(suffix: str) -> None:
    files = sorted(RENDERED.glob(f"*.flow{suffix}"))
    assert files
    leaks = []
    for path in files:
        try:
            record = proforma_parser.parse(path)
        except proforma_parser.NotADecisionRecord:
            continue  # the raw-HTML fixtures rendered as documents
        leaks += [
            f"{path.name}: {s.heading}" for s in record.sections if FURNITURE_RE.search(s.text)
        ]
    assert leaks == []
