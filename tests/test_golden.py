"""Whole documents: every sample in samples/ against its golden .expected.json beside it.

Run `uv run pytest tests/test_golden.py --update-golden` after a deliberate change, then
review the diff of the golden files like any other code change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import proforma_parser
from proforma_parser.readers.word.convert import INSTALL_HINT, find_soffice
from tests.conftest import SAMPLES, SCANNED, needs_tesseract

# .doc, .rtf and .odt (samples/legacy/) are read through LibreOffice: without it they skip.
LEGACY_SUFFIXES = (".doc", ".rtf", ".odt")
SAMPLE_SUFFIXES = (".txt", ".docx", ".pdf", ".html", *LEGACY_SUFFIXES)
SAMPLE_FILES = sorted(p for p in SAMPLES.rglob("*") if p.suffix in SAMPLE_SUFFIXES and p.is_file())
_NO_SOFFICE = pytest.mark.skipif(
    find_soffice() is None, reason=f"LibreOffice (soffice) is not installed: {INSTALL_HINT}"
)
# A scanned sample (samples/scanned/) is read by OCR: without Tesseract it skips.
SAMPLE_PARAMS = [
    pytest.param(
        p,
        id=p.name,
        marks=[_NO_SOFFICE]
        if p.suffix in LEGACY_SUFFIXES
        else [needs_tesseract]
        if SCANNED in p.parents
        else [],
    )
    for p in SAMPLE_FILES
]


def golden_path(sample: Path) -> Path:
    return sample.with_name(sample.name + ".expected.json")


def as_golden(record: proforma_parser.DecisionRecord) -> str:
    # The version is left out so that a release does not rewrite every golden file.
    data = record.model_dump(mode="json", exclude={"source": {"parser_version"}})
    # The path is as given (absolute here), so the golden keeps it relative to the samples.
    if data["source"]["path"] is not None:
        data["source"]["path"] = Path(data["source"]["path"]).relative_to(SAMPLES).as_posix()
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_there_are_samples_of_every_layout() -> None:
    assert len([p for p in SAMPLE_FILES if p.suffix == ".txt"]) >= 14


@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_sample_matches_golden(sample: Path, update_golden: bool) -> None:
    actual = as_golden(proforma_parser.parse(sample))
    golden = golden_path(sample)
    if update_golden:
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file for {sample.name}; run with --update-golden"
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_section_offsets_index_the_text(sample: Path) -> None:
    record = proforma_parser.parse(sample)
    assert record.sections, "every sample has sections"
    for section in record.sections:
        assert record.text[section.start : section.end] == section.text
        assert section.start <= section.end


def test_every_golden_has_its_sample() -> None:
    orphans = [
        g.name
        for g in SAMPLES.rglob("*.expected.json")
        if not g.with_name(g.name.removesuffix(".expected.json")).exists()
    ]
    assert orphans == []


def _without_offsets(value: object) -> object:
    """A dump without `evidence` and `lead_in` spans: offsets index each rendering's own
    text, which differs by format."""
    if isinstance(value, dict):
        return {
            k: _without_offsets(v) for k, v in value.items() if k not in ("evidence", "lead_in")
        }
    if isinstance(value, list):
        return [_without_offsets(v) for v in value]
    return value


def _essentials(record: proforma_parser.DecisionRecord) -> object:
    """What every rendering of one record must agree on, whatever its format."""
    dump = record.model_dump(
        mode="json",
        include={
            "authority",
            "decision_maker",
            "document_type",
            "decision_date",
            "title",
            "resolutions",
            "alternative_options",
            "conflicts_of_interest",
            "dispensations",
            "call_in",
            "published_on",
            "effective_from",
        },
    )
    return _without_offsets(dump)


RENDERED = sorted({p.name.split(".")[0] for p in SAMPLE_FILES if p.suffix in (".docx", ".pdf")})


@pytest.mark.parametrize(
    "stem",
    [
        pytest.param(stem, marks=[needs_tesseract] if any(SCANNED.glob(f"{stem}.*")) else [])
        for stem in RENDERED
    ],
)
# The legacy renderings are compared with their .docx by tests/test_legacy_formats.py.
def test_every_rendering_of_a_record_gives_the_same_record(stem: str) -> None:
    renders = sorted(
        p for p in SAMPLE_FILES if p.name.split(".")[0] == stem and p.suffix in (".docx", ".pdf")
    )
    assert {p.suffix for p in renders} == {".docx", ".pdf"}
    records = {p.name: _essentials(proforma_parser.parse(p)) for p in renders}
    first = next(iter(records.values()))
    assert isinstance(first, dict) and first["resolutions"], "the sample has resolutions"
    for name, record in records.items():
        assert record == first, name
    for path in renders:
        parsed = proforma_parser.parse(path)
        furniture = " ".join(parsed.source.furniture)
        assert "Page 1" in furniture
        assert all("Page 1" not in s.text for s in parsed.sections)
