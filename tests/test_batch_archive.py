"""The backfill end to end: an archive of samples and hostile inputs, a run killed part-way
with SIGKILL, a resumed run, and exports that hold exactly the parsed records.

The command line runs as a subprocess in its own process group, so the kill takes the
parent and its workers at once, as an operator's `kill -9` or the OOM killer would.
Worker faults come from the test hook `PROFORMA_PARSER_TEST_FAULT` (see batch/child.py):
`slow=S` makes every document take S seconds, so the kill lands mid-run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from contextlib import closing
from pathlib import Path

import duckdb
import jsonschema
import pyarrow.parquet as pq

from tests.conftest import SAMPLES

CLI = "from proforma_parser.cli import run; run()"
FAULTS = "hang,crash,oom"


def build_archive(root: Path, *, small: bool = False) -> Path:
    """Samples, hostile inputs, worker faults, a FIFO and symlinks, in nested folders."""
    texts = sorted(SAMPLES.glob("*.txt"))[: 5 if small else None]
    binaries = [*sorted(SAMPLES.glob("docx/*.docx")), *sorted(SAMPLES.glob("pdf/*.pdf"))]
    archive = root / "archive"
    for index, sample in enumerate([*texts, *binaries[:: 2 if small else 1]]):
        folder = archive / f"{2015 + index % 3}" / ("word" if index % 2 else "text")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / sample.name).write_bytes(sample.read_bytes())
    hostile = archive / "hostile"
    hostile.mkdir()
    (hostile / "empty.txt").write_bytes(b"")
    (hostile / "random.bin").write_bytes(bytes(range(256)) * 8 + os.urandom(512))
    pdf = (SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf").read_bytes()
    (hostile / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (hostile / "fault-crash.txt").write_bytes((SAMPLES / "label_sheet.txt").read_bytes())
    if not small:
        (hostile / "bomb.docx").write_bytes(_zip_bomb())
        (hostile / "fault-hang.txt").write_bytes(b"hangs in the worker")
        (hostile / "fault-oom.txt").write_bytes(b"exhausts the worker's memory")
    os.mkfifo(hostile / "pipe.fifo")
    (archive / "linked-folder").symlink_to(archive / "2015", target_is_directory=True)
    (archive / "alias.txt").symlink_to(texts[0])
    return archive


def _zip_bomb() -> bytes:
    """A .docx whose document part inflates 2,000 to one."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"<w:document>" + b" " * 40_000_000)
    return buffer.getvalue()


def regular_files(archive: Path) -> set[str]:
    """What the ledger must hold once each: regular files and symlinks to them, found
    without following symlinked folders."""
    found = set()
    for folder, _dirs, files in os.walk(archive, followlinks=False):
        found |= {os.path.join(folder, f) for f in files if os.path.isfile(os.path.join(folder, f))}
    return found


def run_cli(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLI, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: parent and workers die together
    )


def ledger_rows(ledger: Path) -> int:
    try:
        with closing(sqlite3.connect(ledger)) as db, db:
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def kill_part_way(process: subprocess.Popen[str], ledger: Path, rows: int, limit: float) -> None:
    """SIGKILL the whole process group once the ledger holds `rows` rows."""
    deadline = time.monotonic() + limit
    while ledger_rows(ledger) < rows:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the run wrote no rows in time"
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def documents(ledger: Path) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(ledger)) as db, db:
        db.row_factory = sqlite3.Row
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return list(db.execute("SELECT * FROM documents"))


def backfill_killed_and_resumed(archive: Path, ledger: Path, engine: list[str]) -> None:
    env = {**os.environ, "PROFORMA_PARSER_TEST_FAULT": f"{FAULTS},slow=0.25"}
    args = ["backfill", str(archive), "--ledger", str(ledger), "--timeout", "3"]
    args += ["--max-memory", "1GiB", "--workers", "1", *engine]
    killed = run_cli(*args, env=env)
    kill_part_way(killed, ledger, rows=4, limit=60)
    assert killed.returncode == -signal.SIGKILL
    done_before = len(documents(ledger))
    assert 0 < done_before < len(regular_files(archive))
    env["PROFORMA_PARSER_TEST_FAULT"] = FAULTS
    resumed = run_cli(*args, env=env)
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert f"{done_before:,} skipped" in out
    with closing(sqlite3.connect(ledger)) as db, db:
        finished = [row[0] for row in db.execute("SELECT finished_at FROM runs ORDER BY id")]
    assert finished[0] is None and finished[1] is not None  # the killed run shows as such


def check_ledger(archive: Path, ledger: Path) -> list[sqlite3.Row]:
    rows = documents(ledger)
    paths = [row["path"] for row in rows]
    assert len(paths) == len(set(paths))
    regular = regular_files(archive)
    assert regular <= set(paths)
    assert set(paths) - regular == {
        str(archive / "hostile" / "pipe.fifo"),
        str(archive / "linked-folder"),
    }
    assert not any(p.startswith(str(archive / "linked-folder") + os.sep) for p in paths)
    for row in rows:
        assert (row["status"] == "failed") == (row["error_type"] is not None), dict(row)
        assert (row["status"] == "failed") == (row["record"] is None)
    return rows


def check_exports(ledger: Path, out: Path, rows: list[sqlite3.Row]) -> None:
    parsed = {row["path"]: row for row in rows if row["status"] != "failed"}
    for fmt in ("jsonl", "csv", "parquet"):
        target = str(out / f"records.{fmt}")
        done = subprocess.run(
            [sys.executable, "-c", CLI, "export", str(ledger), "--format", fmt, "--out", target],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert sorted(r["source"]["sha256"] for r in records) == sorted(
        row["sha256"] for row in parsed.values()
    )
    # Each line is the ledger's path and status, then the record as the ledger holds it.
    assert {r.pop("path"): r.pop("status") for r in records} == {
        path: row["status"] for path, row in parsed.items()
    }
    assert sorted(json.dumps(r, sort_keys=True) for r in records) == sorted(
        json.dumps(json.loads(row["record"]), sort_keys=True) for row in parsed.values()
    )
    validator = jsonschema.Draft202012Validator(printed_schema())
    for record in records:
        assert list(validator.iter_errors(record)) == []
    with open(out / "records.csv", encoding="utf-8", newline="") as handle:
        assert sorted(r["path"] for r in csv.DictReader(handle)) == sorted(parsed)
    table = pq.read_table(out / "records.parquet")
    assert sorted(table.column("path").to_pylist()) == sorted(parsed)
    with duckdb.connect() as con:
        found = con.execute(f"SELECT path FROM '{out / 'records.parquet'}'").fetchall()
    assert sorted(path for (path,) in found) == sorted(parsed)


def printed_schema() -> dict[str, object]:
    printed = subprocess.run(
        [sys.executable, "-c", CLI, "schema"], capture_output=True, text=True, check=True
    )
    schema: dict[str, object] = json.loads(printed.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def test_backfill_killed_resumed_and_exported(tmp_path: Path) -> None:
    archive = build_archive(tmp_path)
    ledger = tmp_path / "ledger.sqlite"
    backfill_killed_and_resumed(archive, ledger, engine=[])
    rows = check_ledger(archive, ledger)
    failures = {Path(row["path"]).name: row["error_type"] for row in rows if row["error_type"]}
    assert failures == {
        "empty.txt": "EmptySource",
        "random.bin": "UnsupportedFormat",
        "truncated.pdf": "CorruptSource",
        "bomb.docx": "LimitExceeded",
        "fault-crash.txt": "Crashed",
        "fault-hang.txt": "Timeout",
        "fault-oom.txt": "MemoryLimit",
        "pipe.fifo": "PathError",
        "linked-folder": "PathError",
    }
    check_exports(ledger, tmp_path, rows)


def test_backfill_on_a_dask_local_cluster(tmp_path: Path) -> None:
    archive = build_archive(tmp_path, small=True)
    ledger = tmp_path / "ledger.sqlite"
    backfill_killed_and_resumed(
        archive, ledger, engine=["--engine", "dask", "--scheduler", "local"]
    )
    rows = check_ledger(archive, ledger)
    assert {row["error_type"] for row in rows} >= {None, "Crashed", "PathError", "EmptySource"}
    check_exports(ledger, tmp_path, rows)


def _group_members(group: int) -> list[int]:
    """Live processes in a process group (read from /proc)."""
    members = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def test_sigterm_stops_the_run_keeps_the_results_and_leaves_no_worker(tmp_path: Path) -> None:
    archive = build_archive(tmp_path, small=True)
    ledger = tmp_path / "ledger.sqlite"
    env = {**os.environ, "PROFORMA_PARSER_TEST_FAULT": "slow=0.3"}
    args = ["backfill", str(archive), "--ledger", str(ledger), "--workers", "2", "--quiet"]
    process = run_cli(*args, env=env)
    deadline = time.monotonic() + 60
    while ledger_rows(ledger) < 2:
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGTERM)  # the parent only, as a service manager would
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "run again to resume" in err
    assert _group_members(process.pid) == []  # its workers were stopped, not orphaned
    assert 2 <= len(documents(ledger)) < len(regular_files(archive))
