"""The benchmark script still runs: its figures are measured and reported, never asserted
here, but a suite that fails (the memory suite once warmed up on a text that is no record)
must not go unnoticed until someone re-measures."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import needs_tesseract

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_text_suite_reports_a_rate_per_sample(bench: ModuleType) -> None:
    rows = dict(bench.bench_text(1))
    texts = len(list((ROOT / "samples").glob("*.txt")))
    rate = rows[f"`parse_text` over the same {texts} texts"]
    assert rate.endswith("ms/record)")
    assert int(rate.split()[0].replace(",", "")) > 0


def test_memory_probe_parses_a_pdf_in_a_fresh_interpreter(bench: ModuleType) -> None:
    rss_mb, heap_mb = bench._peaks_mb(ROOT / "samples" / "pdf" / "fernbrook_allotments.flow.pdf")
    # A Python process with pdfplumber loaded holds tens of MB; the parse's own heap is
    # smaller than that and more than nothing.
    assert 20 < rss_mb < 2048
    assert 0 < heap_mb < rss_mb


def test_pdf_suite_reports_both_engines_and_both_raw_engines(bench: ModuleType) -> None:
    rows = dict(bench.bench_pdf(1))
    for label in (
        "pypdfium2 characters with their boxes, same PDFs",
        "pypdfium2 plain text (`get_text_range`), same PDFs",
        "`parse`, pdfium engine (default)",
        '`parse`, `pdf_engine="pdfplumber"`',
    ):
        assert rows[label].endswith(" ms/file")
        assert float(rows[label].split()[0]) > 0
    assert float(rows["PDF: pdfplumber engine / pdfium engine"].rstrip("x")) > 0
    assert float(rows["pdfplumber `extract_words` / `parse` (default engine)"].rstrip("x")) > 0


@needs_tesseract
def test_ocr_suite_reports_seconds_per_scanned_page_beside_the_text_layer(
    bench: ModuleType,
) -> None:
    rows = dict(bench.bench_ocr(1))
    ocr = float(rows["`parse`, 3 scanned pages (OCR)"].removesuffix(" s/page"))
    text = float(rows["`parse`, the same pages from their text layer"].removesuffix(" ms/page"))
    assert 0 < text / 1e3 < ocr
    assert float(rows["OCR / text layer, same pages"].rstrip("x")) > 1


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui",
)
def test_legacy_suite_reports_seconds_per_file_for_each_format(bench: ModuleType) -> None:
    rows = dict(bench.bench_legacy(1))
    for kind in ("doc", "rtf", "odt"):
        seconds = rows[f"`parse` on the same record as .{kind}"]
        assert seconds.endswith(" s/file")
        assert 0 < float(seconds.split()[0]) < 60
