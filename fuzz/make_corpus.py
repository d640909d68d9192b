"""Write the seed corpus, fuzz/corpus/, from the inputs in samples/ (not the golden JSON).

    uv run python fuzz/make_corpus.py

The copies are made, not committed: samples/ stays the one source of the files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORPUS = ROOT / "fuzz" / "corpus"
INPUTS = (".txt", ".pdf", ".docx", ".html")


def make_corpus() -> list[Path]:
    CORPUS.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(SAMPLES.rglob("*")):
        if source.is_file() and source.suffix.lower() in INPUTS:
            target = CORPUS / "_".join(source.relative_to(SAMPLES).parts)
            shutil.copyfile(source, target)
            written.append(target)
    return written


if __name__ == "__main__":
    files = make_corpus()
    size = sum(path.stat().st_size for path in files)
    print(f"{len(files)} seed files, {size:,} bytes, in {CORPUS}")
