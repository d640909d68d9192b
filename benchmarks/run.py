"""Benchmarks: the library against the raw engines, on the same files, in one run.

    uv run python benchmarks/run.py            # all suites, a Markdown table on stdout
    uv run python benchmarks/run.py --quick    # fewer repeats, for a smoke test

Suites:
- import:   `import proforma_parser` (fresh interpreter each time), and the first parse;
- text:     `parse_text` over the seed and the text samples, against reading the files;
- pdf:      `parse` on PDFs with each engine (pdfium, the default, and pdfplumber) against
            the raw engines: pdfplumber's own `extract_words`, pypdfium2's characters with
            their boxes and its plain text, over all pages; all five take turns in each
            round, so their ratios hold on a busy machine;
- docx:     `parse` on .docx against a plain python-docx walk of paragraphs and cells;
- ocr:      `parse` of scanned pages (the Fernbrook table and flowing PDFs drawn at 200 dpi
            into image-only PDFs, read by Tesseract) against `parse` of the same pages from
            their text layer, and Tesseract alone on the rendered pages, taking turns;
- legacy:   `parse` on the .doc, .rtf and .odt samples (LibreOffice converts each to .docx
            first, needs `soffice`) against `parse` on the .docx they were saved from;
            at most 3 rounds, a conversion taking about a second;
- memory:   peak RSS of parsing a 2-page and a 200-page PDF (pages are closed as read);
- backfill: the backfill command with 1 and 2 workers on a generated archive (backfill.py).
PDF and Word suites use samples/pdf and samples/docx, plus the rendered corpus in
../shared/corpus/dev/rendered when it is there (`--no-corpus` to leave it out).
Each figure is the median of several rounds; ratios compare medians taken in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

sys.path.insert(0, str(ROOT))

import proforma_parser  # noqa: E402


def median_seconds(work: Callable[[], object], rounds: int) -> float:
    """Median wall time of `rounds` calls of `work`."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "rendered"
USE_CORPUS = True


def _corpus(pattern: str) -> list[Path]:
    return sorted(CORPUS.glob(pattern)) if USE_CORPUS and CORPUS.is_dir() else []


def parse_quietly(path: Path, pdf_engine: str = "pdfium") -> object:
    """Parse, counting a typed failure as work done (the raw engines read those files too)."""
    try:
        return proforma_parser.parse(path, pdf_engine=pdf_engine)  # type: ignore[arg-type]
    except proforma_parser.ProformaError as exc:
        return exc


def bench_import(rounds: int) -> list[tuple[str, str]]:
    code = (
        "import time; t = time.perf_counter(); import proforma_parser; a = time.perf_counter(); "
        "proforma_parser.parse_text(open({seed!r}, encoding='utf-8').read()); "
        "b = time.perf_counter(); print(a - t, b - a)"
    ).format(seed=str(SAMPLES / "stockton_send_2022_seed.txt"))
    imports, firsts = [], []
    for _ in range(rounds):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    return [
        ("`import proforma_parser`", f"{statistics.median(imports) * 1000:.1f} ms"),
        (
            "first `parse_text` after import (loads pydantic, the models, the patterns)",
            f"{statistics.median(firsts) * 1000:.1f} ms",
        ),
    ]


TEXT_PASSES = 10


def bench_text(rounds: int) -> list[tuple[str, str]]:
    files = sorted(SAMPLES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    for text in texts:  # warm up: the first parse loads the models and patterns
        proforma_parser.parse_text(text)
    # Each round goes over the files TEXT_PASSES times: a round of one pass lasts a few
    # milliseconds, short enough for a shared machine's hiccups to move the median.
    passes = range(TEXT_PASSES)
    reading = median_seconds(
        lambda: [p.read_text(encoding="utf-8") for _ in passes for p in files], rounds
    )
    parsing = median_seconds(
        lambda: [proforma_parser.parse_text(t) for _ in passes for t in texts], rounds
    )
    whole = median_seconds(
        lambda: [proforma_parser.parse(p) for _ in passes for p in files], rounds
    )
    n = len(files) * TEXT_PASSES
    files_n = len(files)
    return [
        (f"read {files_n} text samples (open + decode)", f"{reading / n * 1e6:.0f} µs/file"),
        (
            f"`parse_text` over the same {files_n} texts",
            f"{n / parsing:,.0f} records/s ({parsing / n * 1e3:.2f} ms/record)",
        ),
        ("`parse(path)`: read + detect + parse", f"{n / whole:,.0f} records/s"),
        ("parse cost / read cost", f"{whole / reading:.0f}x"),
        *_distinct_records(rounds),
    ]


# Each corpus record parsed once, in a fresh interpreter warmed on the samples: no line is
# seen twice except what real records share (their layout's headings and labels), so the
# classifier's bounded tables help as much as they would in a batch and no more. The figure
# above repeats the same 19 texts, whose every line the tables have met before.
_DISTINCT_CODE = """
import sys, time
from pathlib import Path
import proforma_parser
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    proforma_parser.parse_text(path.read_text(encoding="utf-8"))
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
start = time.perf_counter()
for text in texts:
    try:
        proforma_parser.parse_text(text)
    except proforma_parser.ProformaError:
        pass
print(len(texts), time.perf_counter() - start)
"""


def _distinct_records(rounds: int) -> list[tuple[str, str]]:
    records = CORPUS.parent
    if not USE_CORPUS or not any(records.glob("*.txt")):
        return []
    rates = []
    for _ in range(max(3, rounds // 3)):
        out = subprocess.run(
            [sys.executable, "-c", _DISTINCT_CODE, str(SAMPLES), str(records)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        rates.append(int(out[0]) / float(out[1]))
    rate = statistics.median(rates)
    return [
        (
            "`parse_text` over the corpus's distinct text records, each once (fresh process)",
            f"{rate:,.0f} records/s ({1000 / rate:.2f} ms/record)",
        )
    ]


def interleaved_medians(works: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median wall time of each work, the works taking turns in every round: on a shared
    machine a busy spell then slows each of them alike, so their ratios hold."""
    times: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(rounds):
        for name, work in works.items():
            start = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(spent) for name, spent in times.items()}


def bench_pdf(rounds: int) -> list[tuple[str, str]]:
    files = sorted(SAMPLES.glob("pdf/*.pdf")) + _corpus("*.pdf")
    if not files:
        return [("PDF", "no PDF samples")]
    n = len(files)
    for path in files:  # warm up: imports, the models and patterns, the file cache
        parse_quietly(path, "pdfium")
        parse_quietly(path, "pdfplumber")
    spent = interleaved_medians(
        {
            "plumber": lambda: _pdfplumber_words(files),
            "charboxes": lambda: _pdfium_charboxes(files),
            "text": lambda: _pdfium_text(files),
            "pdfium": lambda: [parse_quietly(p, "pdfium") for p in files],
            "pdfplumber": lambda: [parse_quietly(p, "pdfplumber") for p in files],
        },
        rounds,
    )
    per_file = {name: f"{seconds / n * 1e3:.1f} ms/file" for name, seconds in spent.items()}
    return [
        (f"pdfplumber `extract_words`, {n} PDFs", per_file["plumber"]),
        ("pypdfium2 characters with their boxes, same PDFs", per_file["charboxes"]),
        ("pypdfium2 plain text (`get_text_range`), same PDFs", per_file["text"]),
        ("`parse`, pdfium engine (default)", per_file["pdfium"]),
        ('`parse`, `pdf_engine="pdfplumber"`', per_file["pdfplumber"]),
        (
            "pdfplumber `extract_words` / `parse` (default engine)",
            f"{spent['plumber'] / spent['pdfium']:.1f}x",
        ),
        ("PDF: ours / raw engine, pdfium", f"{spent['pdfium'] / spent['charboxes']:.2f}x"),
        ("PDF: ours / raw engine, pdfplumber", f"{spent['pdfplumber'] / spent['plumber']:.2f}x"),
        ("PDF: pdfplumber engine / pdfium engine", f"{spent['pdfplumber'] / spent['pdfium']:.1f}x"),
    ]


def bench_ocr(rounds: int) -> list[tuple[str, str]]:
    """Seconds per page read by OCR, against the same pages read from their text layer."""
    from proforma_parser.readers.pdf.ocr import find_tesseract

    missing = find_tesseract()
    if missing is not None:
        return [("OCR", f"not measured: {missing}")]
    texts = [SAMPLES / "pdf" / f"fernbrook_allotments.{kind}.pdf" for kind in ("table", "flow")]
    scans = [_sample_builders().scanned_pdf(path.read_bytes()) for path in texts]
    images = _page_images(scans)
    rounds = min(rounds, 5)  # a round is several seconds

    def parse(source: bytes | Path) -> object:
        # A fixed budget: on a busy machine OCR can outrun the scaled one, and a figure
        # is wanted either way.
        return proforma_parser.parse(source, timeout=600)

    for work in (scans, texts):
        [parse(item) for item in work]  # warm up
    spent = interleaved_medians(
        {
            "ocr": lambda: [parse(scan) for scan in scans],
            "text": lambda: [parse(path) for path in texts],
            "tesseract": lambda: _tesseract(images),
        },
        rounds,
    )
    n = len(images)
    return [
        (f"`parse`, {n} scanned pages (OCR)", f"{spent['ocr'] / n:.2f} s/page"),
        ("`parse`, the same pages from their text layer", f"{spent['text'] / n * 1e3:.1f} ms/page"),
        (
            "Tesseract alone (`image_to_data`), same pages rendered",
            f"{spent['tesseract'] / n:.2f} s/page",
        ),
        ("OCR / text layer, same pages", f"{spent['ocr'] / spent['text']:.0f}x"),
    ]


def _sample_builders() -> Any:
    import importlib.util

    path = SAMPLES / "make_binary_samples.py"
    spec = importlib.util.spec_from_file_location("make_binary_samples", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page_images(pdfs: list[bytes]) -> list[Any]:
    """Each page of `pdfs` rendered as the OCR reader renders it."""
    import pypdfium2

    from proforma_parser.readers.pdf.ocr import DPI

    images = []
    for data in pdfs:
        document = pypdfium2.PdfDocument(data)
        for index in range(len(document)):
            image = document[index].render(scale=DPI / 72, grayscale=True).to_pil()
            images.append(image)
        document.close()
    return images


def _tesseract(images: list[Any]) -> None:
    import pytesseract

    from proforma_parser.readers.pdf.ocr import DPI, LANGUAGE, one_thread

    with one_thread():
        for image in images:
            pytesseract.image_to_data(image, lang=LANGUAGE, config=f"--dpi {DPI}")


def _pdfplumber_words(files: list[Path]) -> None:
    import pdfplumber

    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words()
                page.close()


def _pdfium_text(files: list[Path]) -> None:
    import pypdfium2

    for path in files:
        pdf = pypdfium2.PdfDocument(path.read_bytes())
        for index in range(len(pdf)):
            page = pdf.get_page(index)
            text = page.get_textpage()
            text.get_text_range()
            text.close()
            page.close()
        pdf.close()


def _pdfium_charboxes(files: list[Path]) -> None:
    """What the pdfium engine starts from: each character and its box, page by page."""
    import pypdfium2

    for path in files:
        pdf = pypdfium2.PdfDocument(path.read_bytes())
        for index in range(len(pdf)):
            page = pdf.get_page(index)
            text = page.get_textpage()
            for char in range(text.count_chars()):
                text.get_charbox(char, loose=True)
            text.close()
            page.close()
        pdf.close()


def bench_docx(rounds: int) -> list[tuple[str, str]]:
    import docx

    files = sorted(SAMPLES.glob("docx/*.docx")) + _corpus("*.docx")
    if not files:
        return [("Word", "no .docx samples")]

    def raw() -> None:
        for path in files:
            document = docx.Document(str(path))
            texts = [p.text for p in document.paragraphs]
            for table in document.tables:
                texts.extend(cell.text for row in table.rows for cell in row.cells)

    engine = median_seconds(raw, rounds)
    ours = median_seconds(lambda: [parse_quietly(p) for p in files], rounds)
    return [
        (
            f"python-docx paragraphs + cells, {len(files)} files",
            f"{engine / len(files) * 1e3:.1f} ms/file",
        ),
        ("`parse` on the same .docx", f"{ours / len(files) * 1e3:.1f} ms/file"),
        ("Word: ours / raw engine", f"{ours / engine:.2f}x"),
    ]


LEGACY_KINDS = ("doc", "rtf", "odt")


def bench_legacy(rounds: int) -> list[tuple[str, str]]:
    from proforma_parser.readers.word.convert import INSTALL_HINT, find_soffice

    if find_soffice() is None:
        return [("legacy .doc/.rtf/.odt", f"LibreOffice not installed ({INSTALL_HINT})")]
    rounds = min(rounds, 3)
    docx = sorted(SAMPLES.glob("docx/fernbrook_allotments.*.docx"))
    works = {"docx": _parsing(docx)}
    for kind in LEGACY_KINDS:
        works[kind] = _parsing(sorted(SAMPLES.glob(f"legacy/fernbrook_allotments.*.{kind}")))
    medians = interleaved_medians(works, rounds)
    rows = [("`parse` on the Fernbrook .docx", f"{medians['docx'] / len(docx) * 1e3:.0f} ms/file")]
    for kind in LEGACY_KINDS:
        per_file = medians[kind] / len(docx)
        rows.append((f"`parse` on the same record as .{kind}", f"{per_file:.2f} s/file"))
    return rows


def _parsing(files: list[Path]) -> Callable[[], object]:
    return lambda: [parse_quietly(p) for p in files]


def _long_pdf(pages: int, path: Path) -> None:
    """A PDF of `pages` pages of proforma-like text, made with reportlab (a dev dependency)."""
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    canvas = Canvas(str(path), pagesize=A4)
    lines = (SAMPLES / "stockton_send_2022_seed.txt").read_text(encoding="utf-8").splitlines()
    for page in range(pages):
        text = canvas.beginText(60, 780)
        text.setFont("Helvetica", 9)
        for line in lines[:70]:
            text.textLine(line[:110])
        canvas.drawText(text)
        canvas.drawString(280, 30, f"Page {page + 1}")
        canvas.showPage()
    canvas.save()


def _peaks_mb(path: Path) -> tuple[float, float]:
    """(peak RSS of the whole process, peak Python heap of the parse alone), fresh interpreter."""
    # VmHWM (this process's own high-water mark) rather than ru_maxrss, which Linux carries
    # over from the forking parent across exec.
    code = (
        "import re, tracemalloc, proforma_parser, pdfplumber; "
        # warm up (load the models and patterns) on the seed, so the peak is the PDF's
        f"proforma_parser.parse_text(open({str(SAMPLES / 'stockton_send_2022_seed.txt')!r}).read()); "
        f"tracemalloc.start(); proforma_parser.parse({str(path)!r}); "
        "heap = tracemalloc.get_traced_memory()[1] / 2**20; tracemalloc.stop(); "
        "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
        "print(int(hwm) / 1024, heap)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    rss, heap = out.stdout.split()
    return float(rss), float(heap)


def bench_memory(rounds: int) -> list[tuple[str, str]]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        short, long = Path(folder) / "short.pdf", Path(folder) / "long.pdf"
        _long_pdf(2, short)
        _long_pdf(200, long)
        small = _peaks_mb(short)
        large = _peaks_mb(long)
        sizes = short.stat().st_size / 1024, long.stat().st_size / 1024
    return [
        (f"peak RSS, parse of a 2-page PDF ({sizes[0]:.0f} KB)", f"{small[0]:.0f} MB"),
        (f"peak RSS, parse of a 200-page PDF ({sizes[1]:.0f} KB)", f"{large[0]:.0f} MB"),
        ("peak RSS, 200 pages / 2 pages", f"{large[0] / small[0]:.2f}x"),
        (
            "peak Python heap of the parse itself, 2 / 200 pages",
            f"{small[1]:.1f} MB / {large[1]:.1f} MB (the record of 200 pages is itself 100x "
            "larger)",
        ),
    ]


def bench_backfill(rounds: int) -> list[tuple[str, str]]:
    """benchmarks/backfill.py: 2,000 mixed files (300 with --quick), 1 and 2 workers."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("backfill", ROOT / "benchmarks" / "backfill.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table: list[tuple[str, str]] = module.rows(300 if rounds < 15 else 2000)
    return table


SUITES: dict[str, Callable[[int], list[tuple[str, str]]]] = {
    "import": bench_import,
    "text": bench_text,
    "pdf": bench_pdf,
    "docx": bench_docx,
    "ocr": bench_ocr,
    "legacy": bench_legacy,
    "memory": bench_memory,
    "backfill": bench_backfill,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--suite", choices=sorted(SUITES), action="append")
    parser.add_argument("--no-corpus", action="store_true", help="samples only")
    args = parser.parse_args(argv)
    global USE_CORPUS
    USE_CORPUS = not args.no_corpus
    rounds = 3 if args.quick else 15
    print(
        f"Python {sys.version.split()[0]}, proforma-parser {proforma_parser.__version__}, "
        f"median of {rounds} rounds\n"
    )
    print("| measure | result |\n|---|---|")
    for name in args.suite or list(SUITES):
        for label, value in SUITES[name](rounds):
            print(f"| {label} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
