"""Every hostile file of ../shared/badinputs/ ends in the outcome its catalogue names.

CATALOGUE.md's table gives each file's right behaviour ("OK", "OK+W(encoding=utf-16)",
"E:Corrupt", "E:Invalid or OK+W(duplicate section 2)", ...). Each file is parsed in a child
process capped at 20 s and 2 GiB of address space (tests/outcomes.py, which also reads the
outcome vocabulary), so a hang, a memory blow-up or a crash (pdfium is C++: a fault there
ends the process) fails its own test instead of taking the run down. The PDFs are read by
each PDF engine in turn. The folder lives beside the repository, not in it: where it is absent (a user's
checkout) the module is skipped, and tests/test_hostile_local.py, whose files are made at
test time, still runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import regex

from proforma_parser.readers.word.convert import find_soffice
from tests.conftest import OCR_MISSING
from tests.hostile import xref_offsets_point_at_objects
from tests.outcomes import ChildRunner, Outcome, assert_outcome, parse_right_behaviour

BADINPUTS = Path(__file__).resolve().parents[2] / "shared" / "badinputs"
if not (BADINPUTS / "CATALOGUE.md").is_file():
    pytest.skip(f"no hostile-input folder at {BADINPUTS}", allow_module_level=True)

# "| `txt/t00_good_baseline.txt` | what it is | right behaviour | raw libraries did |"
ROW_RE = regex.compile(r"^\|\s*`(?P<file>[^`]+)`\s*\|(?P<what>[^|]*)\|(?P<right>[^|]*)\|")

# Where the catalogue's expectation cannot be met as written, and why; each is checked.
INTACT_DESPITE_CATALOGUE = {
    # Described as "every xref offset shifted by +37 bytes", but every offset in the file
    # points at its object (checked below): nothing is repaired, so no defect is due.
    # Files whose offsets really are wrong are made by tests/hostile.py and by
    # tests/test_limits.py's test_wrong_xref_offsets_are_repaired_by_scanning.
    "pdf/p04_broken_xref_offsets.pdf",
}
# Scans, which the catalogue (written before OCR) says need it: where Tesseract is
# installed they are read by OCR, a record with an `ocr` defect; elsewhere NoTextLayer.
READ_BY_OCR = {"pdf/p11_image_only_scanned.pdf"}


# Legacy word-processor files the catalogue expects refused (E:Format): it was written when
# the library did not read them. With LibreOffice installed they are converted and read
# (d18's own row allows it: "or convert via LibreOffice/antiword if enabled"), so each must
# give the control record, the two named .docx saying their content is not; without
# LibreOffice the catalogue's E:Format holds as written.
CONVERTED_DESPITE_CATALOGUE: dict[str, Outcome] = {
    "docx/d17_legacy_doc_named_docx.docx": Outcome("warn", defect="format_mismatch"),
    "docx/d18_legacy_doc_real.doc": Outcome("ok"),
    "docx/d19_rtf_named_docx.docx": Outcome("warn", defect="format_mismatch"),
}


@dataclass(frozen=True)
class Expectation:
    file: str
    right: str
    outcomes: tuple[Outcome, ...]


def read_catalogue() -> list[Expectation]:
    rows = []
    for line in (BADINPUTS / "CATALOGUE.md").read_text(encoding="utf-8").splitlines():
        row = ROW_RE.match(line)
        if row is not None:
            right = row["right"].strip()
            rows.append(Expectation(row["file"], right, parse_right_behaviour(right)))
    return rows


CATALOGUE = read_catalogue()
CONTROL = "txt/t00_good_baseline.txt"


@pytest.fixture(scope="module")
def control(runner: ChildRunner) -> dict[str, Any]:
    result = runner.run(BADINPUTS / CONTROL)
    assert result["kind"] == "record", result
    assert result["title"].startswith("Special Educational Needs and/or Disabilities (SEND)")
    return result


def test_the_catalogue_lists_every_file_once_with_an_outcome() -> None:
    listed = [row.file for row in CATALOGUE]
    on_disk = sorted(
        str(path.relative_to(BADINPUTS))
        for path in BADINPUTS.rglob("*")
        if path.is_file() and path.name != "CATALOGUE.md"
    )
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed) == 56
    assert all(row.outcomes for row in CATALOGUE), [r.right for r in CATALOGUE if not r.outcomes]


# Where pdfium reads a file otherwise than the catalogue says (pdfplumber's outcome), and
# why; still a typed error or a record in the calling process. None today: the checks
# before either engine (readers/pdf/structure.py) refuse a form painting itself (p16) and objects
# nested past any reader (p17) for both, and say when a cross-reference table had to be
# done without (p05), which pdfium rebuilds without a word.
PDFIUM_OUTCOMES: dict[str, tuple[Outcome, str]] = {}
PDF_ROWS = [row for row in CATALOGUE if row.file.startswith("pdf/")]


@pytest.mark.parametrize("row", CATALOGUE, ids=[row.file for row in CATALOGUE])
def test_badinput(row: Expectation, runner: ChildRunner, control: dict[str, Any]) -> None:
    _check_outcome(row, "pdfplumber", runner, control)


@pytest.mark.parametrize("row", PDF_ROWS, ids=[row.file for row in PDF_ROWS])
def test_badinput_pdfium(row: Expectation, runner: ChildRunner, control: dict[str, Any]) -> None:
    _check_outcome(row, "pdfium", runner, control)


def _check_outcome(
    row: Expectation, engine: str, runner: ChildRunner, control: dict[str, Any]
) -> None:
    path = BADINPUTS / row.file
    result = runner.run(path, engine)
    outcomes = row.outcomes
    if row.file in INTACT_DESPITE_CATALOGUE:
        assert xref_offsets_point_at_objects(path.read_bytes())
        outcomes = (Outcome("ok"),)
    if row.file in READ_BY_OCR and OCR_MISSING is None:
        outcomes = (Outcome("warn", defect="ocr"),)
    if row.file in CONVERTED_DESPITE_CATALOGUE and find_soffice() is not None:
        outcomes = (CONVERTED_DESPITE_CATALOGUE[row.file],)
    if engine == "pdfium" and row.file in PDFIUM_OUTCOMES:
        outcomes = (PDFIUM_OUTCOMES[row.file][0],)
    assert_outcome(row.file, row.right, outcomes, result, control, path)
