"""Binary files are never read as text, and the backfill never walks into its own ledger.

The ledger kept inside the archive folder used to come back as a text decision record (its
pages hold the records' own words between NUL padding) and its -wal/-shm files as failures
parsed again on every run.
"""

from __future__ import annotations

import codecs
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from proforma_parser import UnsupportedFormat, parse
from proforma_parser.batch.walk import walk
from proforma_parser.cli import EXIT_OK, main
from tests.conftest import SAMPLES

SEED = SAMPLES / "stockton_send_2022_seed.txt"


def _database_holding_a_record(path: Path) -> Path:
    """A SQLite file whose pages carry a whole decision record as text, as a ledger does."""
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE t (body TEXT)")
        db.execute("INSERT INTO t VALUES (?)", (SEED.read_text(encoding="utf-8"),))
    return path


def test_a_sqlite_database_is_unsupported_and_named(tmp_path: Path) -> None:
    database = _database_holding_a_record(tmp_path / "decisions.txt")
    with pytest.raises(UnsupportedFormat, match=r"decisions\.txt: .*a SQLite database") as raised:
        parse(database)
    assert raised.value.path == str(database)


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff\xe0", "a JPEG image"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"\x7fELF\x02\x01\x01", "an ELF executable"),
        (b"\x37\x7f\x06\x82\x00\x2d\xe2\x18", "a SQLite write-ahead log"),
        (b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", "a SQLite rollback journal"),
    ],
)
def test_known_magic_numbers_name_their_kind(head: bytes, kind: str) -> None:
    data = head + SEED.read_bytes()  # text after the magic must not rescue it
    with pytest.raises(UnsupportedFormat, match=f"binary data \\({kind}\\)"):
        parse(data, name="x.txt")


def test_nul_riddled_bytes_that_are_not_utf16_are_binary() -> None:
    # A SQLite shared-memory (-shm) file: mostly zeros, a few counters.
    shm = (b"\x18\xe2\x2d\x00" + bytes(60)) * 512 + SEED.read_bytes()
    with pytest.raises(UnsupportedFormat, match="binary data"):
        parse(shm, name="ledger.sqlite-shm")


def test_utf16_without_a_bom_and_text_with_a_few_nuls_stay_readable() -> None:
    text = SEED.read_text(encoding="utf-8")
    utf16 = parse(text.encode("utf-16-be"), name="be.txt")
    assert utf16.title is not None and "\x00" not in utf16.text
    assert not text.encode("utf-16-be").startswith(codecs.BOM_UTF16_BE)
    # A NUL between paragraphs every few lines: a text with stray NULs, not binary.
    lines = text.encode("utf-8").split(b"\n")
    peppered = b"\n".join(line + b"\x00" if i % 3 == 0 else line for i, line in enumerate(lines))
    record = parse(peppered, name="nuls.txt")
    assert record.title == parse(SEED).title
    assert "encoding" in [defect.code for defect in record.defects]


def test_the_walk_skips_the_ledger_and_its_side_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    for name in ("l.sqlite", "l.sqlite-wal", "l.sqlite-shm", "l.sqlite-journal", "other.sqlite"):
        (tmp_path / name).write_bytes(b"")
    found = {Path(e.path).name for e in walk([str(tmp_path)], skip=str(tmp_path / "l.sqlite"))}
    assert found == {"a.txt", "other.sqlite"}


def test_a_ledger_inside_the_archive_is_not_parsed(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "decision.txt").write_bytes(SEED.read_bytes())
    ledger = archive / "ledger.sqlite"
    argv = ["backfill", str(archive), "--ledger", str(ledger), "--workers", "1", "--quiet"]
    assert main(argv) == EXIT_OK
    assert main(argv) == EXIT_OK
    with closing(sqlite3.connect(ledger)) as db, db:
        paths = [row[0] for row in db.execute("SELECT path FROM documents")]
        last = db.execute("SELECT parsed, skipped FROM runs ORDER BY id DESC").fetchone()
    assert paths == [str(archive / "decision.txt")]
    assert tuple(last) == (0, 1)


def test_a_record_saved_as_json_is_not_read_as_a_decision(tmp_path: Path) -> None:
    # The golden file beside a sample: read as text it came back titled "{".
    saved = tmp_path / "decision.txt.expected.json"
    saved.write_text(parse(SEED).model_dump_json(indent=2), encoding="utf-8")
    with pytest.raises(UnsupportedFormat, match=r"decision\.txt\.expected\.json: this is JSON"):
        parse(saved)


@pytest.mark.parametrize(
    "text",
    [
        "{ not JSON: a brace in a council's own text\nRESOLVED that Cabinet:-\n1. Approve.",
        "[Draft] Cabinet Decision Record\nRecord of the Decision\nRESOLVED to approve.",
    ],
)
def test_text_opening_with_a_brace_that_is_not_json_is_still_text(text: str) -> None:
    from proforma_parser.readers.detect import sniff_format

    assert sniff_format(text.encode()) == "text"
