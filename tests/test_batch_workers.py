"""The worker pool and `parse_many`: one document per worker, killed and replaced on a hang,
a crash or memory exhaustion, recycled after N documents.

Faults are acted out by the worker through the test hook `PROFORMA_PARSER_TEST_FAULT`
(see proforma_parser/batch/child.py): a file named fault-hang*, fault-crash* or fault-oom*.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import proforma_parser
from proforma_parser.batch import Outcome
from proforma_parser.batch.workers import Pool
from tests.conftest import SAMPLES


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROFORMA_PARSER_TEST_FAULT", "hang,crash,oom")


def _files(tmp_path: Path, names: list[str]) -> list[str]:
    seed = (SAMPLES / "stockton_send_2022_seed.txt").read_bytes()
    for name in names:
        (tmp_path / name).write_bytes(seed)
    return [str(tmp_path / name) for name in names]


@pytest.mark.usefixtures("faults")
def test_hang_crash_and_oom_are_recorded_and_the_pool_goes_on(tmp_path: Path) -> None:
    names = ["a.txt", "fault-hang.txt", "b.txt", "fault-crash.txt", "fault-oom.txt", "c.txt"]
    pool = Pool(2, timeout=2, max_memory=512 << 20, recycle_after=100)
    results = {Path(r.path).name: r for r in pool.imap(_files(tmp_path, names))}
    assert {name: r.error_type for name, r in results.items()} == {
        "a.txt": None,
        "b.txt": None,
        "c.txt": None,
        "fault-hang.txt": "Timeout",
        "fault-crash.txt": "Crashed",
        "fault-oom.txt": "MemoryLimit",
    }
    assert "SIGSEGV" in (results["fault-crash.txt"].error_message or "")
    assert "after 2 s" in (results["fault-hang.txt"].error_message or "")
    # A failure still knows the file, so a resumed run can skip it.
    assert results["fault-hang.txt"].sha256 == results["a.txt"].sha256
    assert pool.slots == [None, None]  # closed: every worker stopped


def test_workers_are_recycled_after_n_documents(tmp_path: Path) -> None:
    pool = Pool(1, timeout=30, max_memory=0, recycle_after=2)
    results = list(pool.imap(_files(tmp_path, [f"{n}.txt" for n in range(5)])))
    assert [r.status for r in results] == ["ok"] * 5
    # Each worker reports its own peak memory; a fresh one starts low again.
    assert all(r.peak_rss_kb for r in results)
    assert pool.spawned == 3


def test_run_one_keeps_the_worker_for_the_next(tmp_path: Path) -> None:
    first, second = _files(tmp_path, ["one.txt", "two.txt"])
    pool = Pool(1, timeout=30, max_memory=1 << 30)
    try:
        assert pool.run_one(first).status == "ok"
        assert pool.run_one(second).status == "ok"
        assert pool.spawned == 1
    finally:
        pool.close()


@pytest.mark.usefixtures("faults")
def test_parse_many_yields_one_outcome_per_path(tmp_path: Path) -> None:
    paths = [*_files(tmp_path, ["good.txt", "fault-crash.txt"]), str(tmp_path / "missing.txt")]
    outcomes = list(proforma_parser.parse_many(paths, workers=2, timeout=10))
    assert sorted(o.path for o in outcomes) == sorted(paths)
    by_name = {Path(o.path).name: o for o in outcomes}
    good = by_name["good.txt"]
    assert isinstance(good, Outcome) and good.ok
    assert good.record is not None and good.record.decision_maker == "Cabinet"
    assert (by_name["fault-crash.txt"].ok, by_name["fault-crash.txt"].error_type) == (
        False,
        "Crashed",
    )
    assert by_name["missing.txt"].error_type == "PathError"
    assert "no such file" in (by_name["missing.txt"].error_message or "")


def test_stopping_parse_many_early_stops_the_workers(tmp_path: Path) -> None:
    paths = _files(tmp_path, [f"{n}.txt" for n in range(4)])
    outcomes = proforma_parser.parse_many(paths, workers=1)
    assert next(outcomes).ok
    outcomes.close()  # no ResourceWarning (filterwarnings=error): pipes and workers closed


def test_import_loads_no_batch_machinery() -> None:
    code = (
        "import sys, proforma_parser, proforma_parser.cli; "
        "print(sorted(m for m in ('rich', 'pyarrow', 'dask', 'distributed', 'sqlite3', "
        "'proforma_parser.batch') if m in sys.modules)); "
        "proforma_parser.parse_many; "
        "print(sorted(m for m in ('rich', 'pyarrow', 'dask', 'sqlite3') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "[]"]


@pytest.mark.parametrize(("engine", "codes"), [("pdfium", ()), ("pdfplumber", ("encoding",))])
def test_the_workers_read_pdfs_with_the_engine_given(engine: str, codes: tuple[str, ...]) -> None:
    # pdfminer finds no Unicode for the sample's three Symbol bullets; pdfium maps them.
    pool = Pool(1, timeout=30, max_memory=0, pdf_engine=engine)  # type: ignore[arg-type]
    try:
        result = pool.run_one(str(SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf"))
    finally:
        pool.close()
    assert (result.status, result.defect_codes) == ("defects" if codes else "ok", codes)
    assert result.record_json is not None
    assert "Allotment Rents and Water Charges 2024/25" in result.record_json
