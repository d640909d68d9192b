"""Whole paths: `source.path` as the caller gave it, and every error naming the whole path.

Two archives often hold files of the same base name (`2019/decision.txt`,
`2020/decision.txt`); an error or a record that names only the base name cannot say which.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from proforma_parser import (
    CorruptSource,
    DefectError,
    EmptySource,
    NotADecisionRecord,
    PathError,
    parse,
    parse_text,
)


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
