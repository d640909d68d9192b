"""Finding the files of an archive: folders, globs, symlinks, things that are not files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from proforma_parser.batch.walk import walk


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.pdf", "sub/c.txt", "sub/deep/d.docx", "other/e.pdf", ".hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link-to-sub").symlink_to(tmp_path / "sub", target_is_directory=True)
    (tmp_path / "link-to-a.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "dangling").symlink_to(tmp_path / "gone")
    return tmp_path


def _found(root: Path, sources: list[str]) -> dict[str, str | None]:
    return {os.path.relpath(e.path, root): e.problem for e in walk(sources)}


def test_a_folder_gives_every_entry_and_follows_no_symlinked_folder(tree: Path) -> None:
    assert _found(tree, [str(tree)]) == {
        ".hidden.txt": None,
        "a.txt": None,
        "b.pdf": None,
        "dangling": "a broken symbolic link",
        "link-to-a.txt": None,
        "link-to-sub": "a symbolic link to a folder (not followed)",
        "pipe": "not a regular file (a FIFO)",
        "other/e.pdf": None,
        "sub/c.txt": None,
        "sub/deep/d.docx": None,
    }


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.pdf", {"b.pdf"}),
        ("**/*.pdf", {"b.pdf", "other/e.pdf"}),
        ("sub/**/*.docx", {"sub/deep/d.docx"}),
        ("su*", {"sub/c.txt", "sub/deep/d.docx"}),
        ("*/*.txt", {"sub/c.txt"}),
        ("*.txt", {"a.txt", "link-to-a.txt"}),
    ],
    ids=["one-level", "recursive", "under-a-folder", "matching-folder", "second-level", "no-dot"],
)
def test_globs(tree: Path, pattern: str, expected: set[str]) -> None:
    assert set(_found(tree, [str(tree / pattern)])) == expected


def test_a_symlinked_folder_named_as_a_source_is_walked(tree: Path) -> None:
    found = _found(tree, [str(tree / "link-to-sub")])
    assert found == {"link-to-sub/c.txt": None, "link-to-sub/deep/d.docx": None}


def test_a_missing_source_is_an_entry_with_a_problem(tree: Path) -> None:
    assert _found(tree, [str(tree / "nowhere"), str(tree / "a.txt")]) == {
        "nowhere": "no such file or folder",
        "a.txt": None,
    }


def test_paths_are_absolute_and_not_resolved(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    paths = [entry.path for entry in walk(["link-to-a.txt", "sub"])]
    assert paths == [
        str(tree / "link-to-a.txt"),
        str(tree / "sub/c.txt"),
        str(tree / "sub/deep/d.docx"),
    ]
