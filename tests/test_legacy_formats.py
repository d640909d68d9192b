""".doc, .rtf and .odt: told by content, converted to .docx by LibreOffice, read as Word.

Conversions need LibreOffice (`soffice`); where it is missing those tests skip saying what
to install, and the rest (detection, the error without LibreOffice) still run. The corpus
test converts every sixth Word rendering of ../shared/corpus/dev/rendered/ (in sorted
order) to each legacy format in one LibreOffice run per format, then parses each
conversion on its own, as a user's file would be: a conversion costs about a second.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

import proforma_parser
from proforma_parser import CorruptSource, LimitExceeded, UnsupportedFormat
from proforma_parser.cli import EXIT_OK, main
from proforma_parser.readers.detect import sniff_format
from proforma_parser.readers.word import convert
from tests.conftest import SAMPLES, SHARED

INSTALL = "apt-get install libreoffice-writer-nogui"
needs_soffice = pytest.mark.skipif(
    convert.find_soffice() is None,
    reason=f"LibreOffice (soffice) is not installed: {INSTALL}",
)

LEGACY = SAMPLES / "legacy"
KINDS = ("doc", "rtf", "odt")
LAYOUTS = ("flow", "table")
RENDERED = SHARED / "corpus" / "dev" / "rendered"
CORPUS_STEP = 6  # every sixth rendering: 22 of 131, each in three formats


def legacy_sample(layout: str, kind: str) -> Path:
    return LEGACY / f"fernbrook_allotments.{layout}.{kind}"


def comparable(record: proforma_parser.DecisionRecord) -> dict[str, Any]:
    """Everything a record says but where it came from: format, path, hash and size differ
    between a .docx and its .doc by construction."""
    return record.model_dump(mode="json", exclude={"source"})


# -- detection, without LibreOffice ----------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_each_legacy_sample_is_told_by_its_content(kind: str) -> None:
    data = legacy_sample("flow", kind).read_bytes()
    assert sniff_format(data) == {"doc": "ole2", "rtf": "rtf", "odt": "odt"}[kind]


def odf_package(mimetype: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("mimetype", "sniffed"),
    [
        ("application/vnd.oasis.opendocument.text", "odt"),
        ("application/vnd.oasis.opendocument.text-template", "odt"),
        ("application/vnd.oasis.opendocument.spreadsheet", "odf"),
        ("application/epub+zip", "zip"),
    ],
)
def test_an_opendocument_package_is_told_by_its_mimetype_member(
    mimetype: str, sniffed: str
) -> None:
    assert sniff_format(odf_package(mimetype)) == sniffed


def test_a_spreadsheet_is_refused_without_starting_libreoffice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[str] = []

    def no_soffice() -> None:
        started.append("looked for soffice")

    monkeypatch.setattr(convert, "find_soffice", no_soffice)
    spreadsheet = odf_package("application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(UnsupportedFormat, match=r"budget\.ods: .*not a text document"):
        proforma_parser.parse(spreadsheet, name="budget.ods")
    assert started == []


@pytest.mark.parametrize("kind", KINDS)
def test_without_libreoffice_the_error_says_what_to_install(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Neither "soffice" nor "libreoffice" is on PATH.
    monkeypatch.setattr(shutil, "which", lambda command: None)
    path = legacy_sample("table", kind)
    with pytest.raises(UnsupportedFormat) as raised:
        proforma_parser.parse(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: this is ")
    assert INSTALL in message
    assert raised.value.path == str(path)


# -- the samples --------------------------------------------------------------------------


@needs_soffice
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_legacy_sample_gives_the_record_of_its_docx(layout: str, kind: str) -> None:
    docx = proforma_parser.parse(SAMPLES / "docx" / f"fernbrook_allotments.{layout}.docx")
    path = legacy_sample(layout, kind)
    record = proforma_parser.parse(path)
    assert comparable(record) == comparable(docx)
    assert record.title == "Allotment Rents and Water Charges 2024/25"
    assert (record.source.format, record.source.size) == (kind, path.stat().st_size)
    assert record.source.furniture[0] == "Fernbrook Cabinet Decision Notice"


@needs_soffice
@pytest.mark.parametrize("kind", KINDS)
def test_bytes_in_memory_are_converted_too(kind: str) -> None:
    data = legacy_sample("flow", kind).read_bytes()
    record = proforma_parser.parse(data)
    assert (record.source.format, record.source.name, record.source.path) == (kind, None, None)
    assert [r.number for r in record.resolutions] == ["1", "2", "3"]


@needs_soffice
def test_the_legacy_samples_are_what_the_script_makes() -> None:
    from tests.test_word_reader import load_sample_builders

    made = load_sample_builders().SAMPLES["legacy/fernbrook_allotments.flow.rtf"]()
    assert made == legacy_sample("flow", "rtf").read_bytes()


# -- the corpus ---------------------------------------------------------------------------

CORPUS_DOCX = sorted(RENDERED.glob("*.docx"))[::CORPUS_STEP]


def save_all_as(paths: list[Path], kind: str, folder: Path) -> None:
    """`paths` saved by LibreOffice as `kind` into `folder`, in one run (one start-up)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                kind,
                "--outdir",
                str(folder),
                *map(str, paths),
            ],
            check=True,
            capture_output=True,
            timeout=60 + 10 * len(paths),
        )


@pytest.fixture(scope="module")
def corpus_conversions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folders = {}
    for kind in KINDS:
        folders[kind] = tmp_path_factory.mktemp(kind)
        save_all_as(CORPUS_DOCX, kind, folders[kind])
    return folders


def outcome(path: Path) -> dict[str, Any]:
    """A record's comparable fields, or the type of error it raised."""
    try:
        return comparable(proforma_parser.parse(path))
    except proforma_parser.ProformaError as error:
        return {"error": type(error).__name__}


@needs_soffice
@pytest.mark.skipif(not RENDERED.is_dir(), reason=f"no corpus renderings at {RENDERED}")
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("docx", CORPUS_DOCX, ids=[p.stem for p in CORPUS_DOCX])
def test_a_corpus_rendering_saved_as_a_legacy_format_gives_the_same_record(
    docx: Path, kind: str, corpus_conversions: dict[str, Path]
) -> None:
    converted = corpus_conversions[kind] / f"{docx.stem}.{kind}"
    assert outcome(converted) == outcome(docx)


# -- failures -----------------------------------------------------------------------------


def cut_doc() -> bytes:
    """The flow sample's first half: the OLE2 directory, at the end, is gone."""
    data = legacy_sample("flow", "doc").read_bytes()
    return data[: len(data) // 2]


@needs_soffice
def test_a_doc_libreoffice_cannot_open_is_corrupt_naming_the_whole_path(tmp_path: Path) -> None:
    path = tmp_path / "2009" / "decision.doc"
    path.parent.mkdir()
    path.write_bytes(cut_doc())
    with pytest.raises(CorruptSource) as raised:
        proforma_parser.parse(path)
    assert str(raised.value).startswith(f"{path}: LibreOffice cannot read this as a legacy Word")
    assert "wrote nothing" in str(raised.value)


def soffice_processes(marker: str) -> list[int]:
    """The processes whose command line holds `marker` (our private folder's path)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if marker.encode() in command:
            found.append(int(entry.name))
    return found


@pytest.fixture
def another_thread() -> Iterator[None]:
    """A second thread alive in the process, as in a server or a test run that left one:
    the kernel may then hand SIGALRM to it, and Python still runs the deadline's handler
    in the main thread, so holding the signal off by blocking it in one thread fails."""
    release = threading.Event()
    waiting = threading.Thread(target=release.wait, daemon=True)
    waiting.start()
    yield
    release.set()
    waiting.join()


@needs_soffice
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("timeout", [0.002, 0.01, 0.05, 0.3])
@pytest.mark.usefixtures("another_thread")
def test_a_conversion_out_of_time_is_a_limit_and_leaves_nothing_behind(
    timeout: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # LibreOffice takes about a second to start, so each budget runs out: within a few ms
    # around the folder's making, at 50 ms as soffice starts, at 0.3 s while it converts.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    path = legacy_sample("flow", "doc")
    with pytest.raises(LimitExceeded) as raised:
        proforma_parser.parse(path, timeout=timeout)
    assert str(raised.value).startswith(f"{path}: ")
    assert f"{timeout:g} s" in str(raised.value)
    assert soffice_processes(str(tmp_path)) == []
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == []


@needs_soffice
def test_off_the_main_thread_the_conversion_is_stopped_by_its_own_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No SIGALRM deadline away from the main thread: soffice's own time limit stops it.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    raised: list[BaseException] = []

    def parse_in_thread() -> None:
        try:
            proforma_parser.parse(legacy_sample("flow", "rtf"), timeout=0.3)
        except BaseException as error:  # checked below
            raised.append(error)

    thread = threading.Thread(target=parse_in_thread)
    thread.start()
    thread.join(timeout=60)
    assert [type(e) for e in raised] == [LimitExceeded]
    assert "0.3 s" in str(raised[0])
    assert list(tmp_path.iterdir()) == []


@needs_soffice
def test_concurrent_conversions_each_have_a_profile_of_their_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profiles: list[str] = []
    real_run: Callable[..., Any] = convert._run

    def recording_run(command: list[str], **options: Any) -> Any:
        profiles.extend(c for c in command if c.startswith("-env:UserInstallation="))
        return real_run(command, **options)

    monkeypatch.setattr(convert, "_run", recording_run)
    paths = [
        legacy_sample("flow", "doc"),
        legacy_sample("table", "rtf"),
        legacy_sample("flow", "odt"),
        legacy_sample("table", "doc"),
    ]
    results: dict[Path, Any] = {}

    def parse_one(path: Path) -> None:
        try:
            results[path] = proforma_parser.parse(path).title
        except Exception as error:  # the assertion below names it
            results[path] = error

    threads = [threading.Thread(target=parse_one, args=(path,)) for path in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert results == {path: "Allotment Rents and Water Charges 2024/25" for path in paths}
    assert len(profiles) == len(set(profiles)) == 4


# -- batches ------------------------------------------------------------------------------


@needs_soffice
def test_the_backfill_finds_and_reads_legacy_files(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for kind in KINDS:
        (archive / f"decision.{kind}").write_bytes(legacy_sample("table", kind).read_bytes())
    (archive / "cut.doc").write_bytes(cut_doc())
    ledger = tmp_path / "ledger.sqlite"
    argv = ["backfill", str(archive), "--ledger", str(ledger), "--workers", "2", "--quiet"]
    assert main(argv) == EXIT_OK  # a document that fails is recorded, not a failed run
    with closing(sqlite3.connect(ledger)) as db, db:
        rows = db.execute("SELECT path, format, status, error_type FROM documents").fetchall()
    found = {Path(path).name: (fmt, status, error) for path, fmt, status, error in rows}
    assert found == {
        "decision.doc": ("doc", "ok", None),
        "decision.rtf": ("rtf", "ok", None),
        "decision.odt": ("odt", "ok", None),
        "cut.doc": ("ole2", "failed", "CorruptSource"),  # as sniffed: its directory is lost
    }


@needs_soffice
def test_parse_all_reads_a_legacy_file() -> None:
    records = proforma_parser.parse_all(legacy_sample("flow", "odt"))
    assert [(r.source.format, r.title) for r in records] == [
        ("odt", "Allotment Rents and Water Charges 2024/25")
    ]


def test_the_private_folder_is_removed_when_libreoffice_fails_to_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A "soffice" that writes nothing and exits 0, as LibreOffice does on a file it cannot
    # load: CorruptSource, and no folder left in the temporary directory.
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 0\n")
    fake.chmod(0o755)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(CorruptSource, match="could not be loaded"):
        proforma_parser.parse(legacy_sample("flow", "rtf"))
    assert list(scratch.iterdir()) == []


@needs_soffice
def test_the_socket_of_a_killed_soffice_is_found_by_its_profile_and_removed(
    tmp_path: Path,
) -> None:
    # soffice.bin listens on a socket in /tmp named after its profile, and leaves it there
    # when it is killed on a timeout. A soffice with no file to convert keeps running, so
    # the socket can be waited for, then the group killed as a timeout would kill it.
    profile = tmp_path / "profile"
    socket = Path("/tmp") / convert._ipc_socket_name(profile)
    command = [
        str(convert.find_soffice()),
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
    ]
    with convert._session(command, cwd=tmp_path):
        for _ in range(600):
            if socket.exists():
                break
            threading.Event().wait(0.05)
    assert socket.is_socket()
    convert._remove_ipc_socket(profile)
    assert not socket.exists()


@needs_soffice
def test_a_conversion_killed_mid_way_leaves_no_scratch_folder_in_tmpdir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # soffice.bin's "lu<pid>….tmp" scratch folder follows TMPDIR, which is the private folder.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    with pytest.raises(LimitExceeded):
        proforma_parser.parse(legacy_sample("flow", "doc"), timeout=0.6)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
