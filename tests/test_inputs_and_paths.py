"""What `parse` takes and how it names it: whole paths in records and errors; and on the
command line, folders, globs, standard input, URLs refused, encrypted PDFs, a quiet engine.

Two archives often hold files of the same base name (`2019/decision.txt`,
`2020/decision.txt`); an error or a record that names only the base name cannot say which.
"""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from proforma_parser import (
    CorruptSource,
    DefectError,
    EmptySource,
    EncryptedSource,
    NotADecisionRecord,
    PathError,
    UnsupportedFormat,
    parse,
    parse_text,
)
from proforma_parser.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from tests.conftest import SAMPLES


@pytest.fixture
def two_years(tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`2019/decision.txt` and `2020/decision.txt` under the working folder."""
    for year in ("2019", "2020"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "decision.txt").write_bytes(seed_path.read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_source_path_is_the_path_as_given(two_years: Path) -> None:
    record = parse("2019/decision.txt")
    assert record.source.path == "2019/decision.txt"
    assert record.source.name == "decision.txt"


def test_source_path_of_a_path_object_is_its_string(two_years: Path) -> None:
    given = two_years / "2020" / "decision.txt"
    record = parse(given)
    assert record.source.path == str(given)
    assert record.source.name == "decision.txt"


def test_source_path_is_not_resolved(two_years: Path) -> None:
    record = parse("2019/../2020/./decision.txt")
    assert record.source.path == "2019/../2020/./decision.txt"


def test_a_name_given_replaces_the_name_but_not_the_path(two_years: Path) -> None:
    record = parse("2019/decision.txt", name="cabinet-2019.txt")
    assert record.source.name == "cabinet-2019.txt"
    assert record.source.path == "2019/decision.txt"


def test_bytes_streams_and_text_have_no_path(seed_path: Path) -> None:
    data = seed_path.read_bytes()
    assert parse(data).source.path is None
    assert parse(io.BytesIO(data)).source.path is None
    with seed_path.open("rb") as stream:
        from_file = parse(stream)
    assert from_file.source.path is None
    assert from_file.source.name == seed_path.name
    assert parse_text(data.decode("utf-8"), name="seed.txt").source.path is None


def test_path_error_names_the_whole_path() -> None:
    with pytest.raises(PathError) as raised:
        parse("/nope/gone.pdf")
    assert raised.value.path == "/nope/gone.pdf"
    assert str(raised.value).startswith("/nope/gone.pdf: ")


def test_a_directory_is_named_whole(two_years: Path) -> None:
    with pytest.raises(PathError) as raised:
        parse("2019")
    assert raised.value.path == "2019"
    assert "2019: not a regular file (a directory)" in str(raised.value)


def _write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path.relative_to(Path.cwd()))


def test_reader_errors_tell_same_named_files_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = _write(tmp_path / "2019" / "decision.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\n")
    second = _write(tmp_path / "2020" / "decision.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\n")
    messages = []
    for given in (first, second):
        with pytest.raises((CorruptSource, EmptySource)) as raised:
            parse(given)
        assert raised.value.path == given
        assert str(raised.value).startswith(f"{given}: ")
        messages.append(str(raised.value))
    assert messages[0] != messages[1]


def test_an_empty_file_is_named_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    given = _write(tmp_path / "2019" / "decision.txt", b"   \n")
    with pytest.raises(EmptySource) as raised:
        parse(given)
    assert raised.value.path == "2019/decision.txt"
    assert str(raised.value).startswith("2019/decision.txt: ")


def test_not_a_record_names_the_whole_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    given = _write(tmp_path / "2020" / "decision.txt", b"Shopping list: eggs, milk, bread.\n")
    with pytest.raises(NotADecisionRecord) as raised:
        parse(given)
    assert raised.value.path == "2020/decision.txt"
    assert raised.value.name == "decision.txt"
    assert str(raised.value).startswith("2020/decision.txt: ")


def test_a_strict_defect_names_the_whole_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "moderngov_listing.txt"
    monkeypatch.chdir(tmp_path)
    given = _write(tmp_path / "2019" / "listing.txt", sample.read_bytes())
    with pytest.raises(DefectError) as raised:
        parse(given, strict=True)
    assert raised.value.path == "2019/listing.txt"
    assert raised.value.name == "listing.txt"
    assert str(raised.value).startswith("2019/listing.txt: missing_section: ")


# --- the command line: folders, globs, standard input, URLs ---------------------------------

SEED = SAMPLES / "stockton_send_2022_seed.txt"
CLI = [sys.executable, "-c", "from proforma_parser.cli import run; run()"]


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """archive/2019/decision.txt, archive/2020/decision.txt, archive/notes/empty.txt."""
    for year in ("2019", "2020"):
        (tmp_path / "archive" / year).mkdir(parents=True)
        (tmp_path / "archive" / year / "decision.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "archive" / "notes").mkdir()
    (tmp_path / "archive" / "notes" / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "archive"


def _jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def _paths(records: list[dict[str, object]]) -> list[object]:
    return [record["source"]["path"] for record in records]  # type: ignore[index]


def test_a_folder_is_walked(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jsonl", "--no-text", "archive"]) == EXIT_FAILED
    captured = capsys.readouterr()
    records = _jsonl(captured.out)
    assert _paths(records) == ["archive/2019/decision.txt", "archive/2020/decision.txt"]
    assert "error: EmptySource: archive/notes/empty.txt: " in captured.err


def test_a_folder_gives_an_array_even_of_one(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", "--no-text", "archive/2019"]) == EXIT_OK
    payload = json.loads(capsys.readouterr().out)
    assert isinstance(payload, list)
    assert _paths(payload) == ["archive/2019/decision.txt"]


def test_a_folder_is_walked_by_the_batch_walker(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The backfill's walker does not follow a symlinked folder, and says so; os.walk or
    # glob would have parsed the same files twice.
    (archive / "again").symlink_to(archive / "2019", target_is_directory=True)
    os.mkfifo(archive / "2020" / "pipe.txt")
    assert main(["parse", "--jsonl", "--no-text", "archive"]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert len(_jsonl(captured.out)) == 2
    assert "error: PathError: archive/again: a symbolic link to a folder (not followed)" in (
        captured.err
    )
    assert "error: PathError: archive/2020/pipe.txt: not a regular file (a FIFO)" in (captured.err)


def test_a_glob_is_expanded(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jsonl", "--no-text", "archive/**/decision.txt"]) == EXIT_OK
    records = _jsonl(capsys.readouterr().out)
    assert _paths(records) == ["archive/2019/decision.txt", "archive/2020/decision.txt"]


def test_a_glob_matching_nothing_is_a_usage_error(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", "archive/2019/decision.txt", "archive/**/*.pdf"]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert "'archive/**/*.pdf' matches no file" in captured.err
    assert captured.out == ""  # refused before anything was parsed


def test_several_files_give_an_array_and_one_file_an_object(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = "archive/2019/decision.txt"
    assert main(["parse", "--no-text", one]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["source"]["path"] == one
    assert main(["parse", "--no-text", one, "archive/2020/decision.txt"]) == EXIT_OK
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_standard_input_is_read_for_a_dash() -> None:
    done = subprocess.run(
        [*CLI, "parse", "--no-text", "-"], input=SEED.read_bytes(), capture_output=True, check=False
    )
    assert done.returncode == EXIT_OK, done.stderr
    record = json.loads(done.stdout)
    assert record["source"]["name"] is None
    assert record["source"]["path"] is None
    assert record["source"]["format"] == "text"
    assert record["decision_date"] == "2022-03-17"


def test_standard_input_format_is_read_from_the_content(tmp_path: Path) -> None:
    pdf = _seed_pdf(tmp_path / "seed.pdf")
    done = subprocess.run(
        [*CLI, "parse", "--no-text", "-"], input=pdf.read_bytes(), capture_output=True, check=False
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["source"]["format"] == "pdf"


def test_standard_input_errors_say_stdin() -> None:
    done = subprocess.run([*CLI, "parse", "-"], input=b"", capture_output=True, check=False)
    assert done.returncode == EXIT_FAILED
    assert done.stderr.decode().startswith("error: EmptySource: <stdin>: ")


def test_a_url_is_not_fetched(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://example.org/decisions/2019/decision.pdf"
    assert main(["parse", url, "ftp://example.org/*.pdf"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert f"error: PathError: {url}: URLs are not fetched: download the file first" in err
    assert "ftp://example.org/*.pdf: URLs are not fetched" in err
    assert "no such file" not in err
    with pytest.raises(PathError, match="URLs are not fetched") as raised:
        parse("http://example.org/decision.txt")
    assert raised.value.path == "http://example.org/decision.txt"


def test_help_lists_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--help"]) == EXIT_OK
    help_text = " ".join(capsys.readouterr().out.split())
    formats = ("plain text", "PDF", "Word (.docx, .docm; .doc, .rtf and .odt", "HTML")
    for format_name in (*formats, "folder", "glob"):
        assert format_name in help_text
    assert "- (a dash): the bytes of standard input" in help_text


# --- encrypted PDFs and the PDF engine's log lines ------------------------------------------


def _seed_pdf(path: Path, *, encrypt: str | None = None, literal: str | None = None) -> Path:
    """The seed record drawn as a PDF: optionally encrypted with a user password, optionally
    with a raw content operator first (one pdfminer warns about and works around)."""
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    if literal is not None:
        pdf.addLiteral(literal)
    top = y = 800
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if y < 40:
            pdf.showPage()
            y = top
        pdf.setFont("Helvetica", 8)
        pdf.drawString(40, y, line)
        y -= 11
    pdf.save()
    return path


def test_an_encrypted_pdf_opens_with_its_password(tmp_path: Path) -> None:
    path = _seed_pdf(tmp_path / "locked.pdf", encrypt="secret")
    record = parse(path, password="secret")
    assert record.decision_date is not None and record.decision_date.isoformat() == "2022-03-17"
    assert record.title.startswith("Special Educational Needs")
    assert "encrypted" not in {d.code for d in record.defects}  # the caller knew


def test_a_missing_or_wrong_password_is_encrypted_source_naming_the_path(tmp_path: Path) -> None:
    path = _seed_pdf(tmp_path / "locked.pdf", encrypt="secret")
    with pytest.raises(EncryptedSource, match="needs a password") as missing:
        parse(path)
    assert missing.value.path == str(path)
    with pytest.raises(EncryptedSource, match="password given does not open") as wrong:
        parse(path, password="guess")
    assert wrong.value.path == str(path)
    assert str(wrong.value).startswith(f"{path}: ")


def test_cli_password(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(_seed_pdf(tmp_path / "locked.pdf", encrypt="secret"))
    assert main(["parse", "--no-text", path]) == EXIT_FAILED
    assert f"error: EncryptedSource: {path}: " in capsys.readouterr().err
    assert main(["parse", "--no-text", "--password", "secret", path]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["source"]["format"] == "pdf"


def test_pdfminer_warnings_do_not_reach_stderr(tmp_path: Path) -> None:
    path = _seed_pdf(tmp_path / "odd.pdf", literal="(x) w")
    # The file does make pdfminer warn: with logging left as it is, the warning shows.
    show = "import pdfplumber, sys; pdfplumber.open(sys.argv[1]).pages[0].extract_words()"
    engine = subprocess.run(
        [sys.executable, "-c", show, str(path)], capture_output=True, check=True
    )
    assert b"Cannot set line width" in engine.stderr
    done = subprocess.run([*CLI, "parse", "--no-text", str(path)], capture_output=True, check=False)
    assert done.returncode == EXIT_OK
    assert done.stderr == b""


def test_only_the_engine_loggers_are_quietened(tmp_path: Path) -> None:
    root_level = logging.getLogger().level
    parse(_seed_pdf(tmp_path / "seed.pdf"))
    assert logging.getLogger("pdfminer").level == logging.ERROR
    assert logging.getLogger("pdfplumber").level == logging.ERROR
    assert logging.getLogger().level == root_level


def test_a_text_mode_stream_is_refused_naming_its_file(two_years: Path) -> None:
    with (
        open("2019/decision.txt", encoding="utf-8") as stream,
        pytest.raises(UnsupportedFormat, match="open it with 'rb'") as raised,
    ):
        parse(stream)  # type: ignore[arg-type]
    assert raised.value.path == "2019/decision.txt"


@pytest.mark.parametrize("size", [300, 20_000])
def test_text_given_as_a_path_is_said_to_be_text(size: int) -> None:
    # A record's text passed to parse() is read as a path: the error says so (short, or
    # over the system's name limit), and does not print the whole text as a file name.
    text = ("STOCKTON-ON-TEES BOROUGH COUNCIL\n\nCABINET DECISION\n" * 400)[:size]
    with pytest.raises(PathError, match=r"this is text, not a path.*parse_text") as raised:
        parse(text)
    assert raised.value.path == "STOCKTON-ON-TEES BOROUGH COUNCIL…"
    assert len(str(raised.value)) < 200
