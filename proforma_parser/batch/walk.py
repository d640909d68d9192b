"""Find the files of an archive: folders walked, globs expanded, symlinked folders not followed.

Every path found becomes an `Entry`. A regular file (or a symlink to one) is to be parsed;
anything else found while walking (a FIFO, a device, a socket, a symlink to a folder, a
broken symlink, an unreadable folder, a missing source) is an entry with a `problem`, which
the backfill records as a `PathError` without ever opening it: opening a FIFO would block,
and following symlinked folders can loop or leave the archive.

A source named on the command line is taken as given, even when it is a symlink: it is the
user's choice. Walking is lazy (one folder's listing at a time), so memory does not grow
with the archive.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase

MAGIC = frozenset("*?[")
"""The characters that make a source a glob pattern."""

Parts = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """One path found: absolute (not resolved), and why it will not be opened, if so."""

    path: str
    problem: str | None = None


# The files SQLite keeps beside a database while it is open or being written.
LEDGER_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def walk(sources: Iterable[str], *, skip: str | None = None) -> Iterator[Entry]:
    """Every entry under `sources` (files, folders or glob patterns), in a stable order;
    never the ledger `skip` nor its side files, which a ledger kept in the archive's own
    folder would otherwise bring back as documents ("archive/ledger.sqlite-wal")."""
    own = _own_files(skip)
    for entry in _walk_sources(sources):
        if not own or not _is_own(entry.path, own):
            yield entry


def _own_files(ledger: str | None) -> dict[str, str]:
    """The ledger's files, by name, as real paths."""
    if ledger is None:
        return {}
    real = os.path.realpath(ledger)
    return {os.path.basename(real) + suffix: real + suffix for suffix in LEDGER_SIDE_FILES}


def _is_own(path: str, own: dict[str, str]) -> bool:
    # The name first (cheap); the real path only for a name that could be the ledger's.
    real = own.get(os.path.basename(path))
    return real is not None and os.path.realpath(path) == real


def _walk_sources(sources: Iterable[str]) -> Iterator[Entry]:
    for source in sources:
        if os.path.lexists(source):
            yield from _walk_source(os.path.abspath(source))
        elif MAGIC & set(source):
            yield from _walk_glob(source)
        else:
            yield Entry(os.path.abspath(source), "no such file or folder")


def _walk_source(path: str) -> Iterator[Entry]:
    if os.path.isdir(path):  # follows a symlink: the user named it
        yield from _walk_folder(path, ())
    else:
        yield _classify(path)


def _walk_glob(pattern: str) -> Iterator[Entry]:
    parts = pattern.split(os.sep)
    literal = 0
    while literal < len(parts) - 1 and not MAGIC & set(parts[literal]):
        literal += 1
    fixed = os.sep.join(parts[:literal])
    root = os.sep if parts[0] == "" and not fixed else os.path.abspath(fixed or os.curdir)
    patterns = tuple(parts[literal:])
    if not os.path.isdir(root):
        return
    yield from _walk_folder(root, patterns)


def _walk_folder(root: str, patterns: Parts) -> Iterator[Entry]:
    """Depth-first over `root`; with `patterns`, only what matches them (or lies below a
    folder that matches), and only into folders that could still lead to a match."""
    stack: list[Parts] = [()]
    while stack:
        relative = stack.pop()
        folder = os.path.join(root, *relative)
        try:
            with os.scandir(folder) as listing:
                children = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            yield Entry(folder, f"the folder cannot be read ({exc.strerror or exc})")
            continue
        below: list[Parts] = []
        for child in children:
            parts = (*relative, child.name)
            wanted = not patterns or _included(parts, patterns)
            if child.is_dir(follow_symlinks=False):
                if wanted or _viable(parts, patterns):
                    below.append(parts)
            elif wanted:
                yield _classify(child.path, child)
        stack.extend(reversed(below))


def _classify(path: str, entry: os.DirEntry[str] | None = None) -> Entry:
    """A regular file (or a symlink to one) has no problem; anything else says what it is."""
    try:
        info = entry.stat() if entry is not None else os.stat(path)
    except FileNotFoundError:
        return Entry(path, "a broken symbolic link" if os.path.islink(path) else "no such file")
    except OSError as exc:
        return Entry(path, f"cannot be examined ({exc.strerror or exc})")
    if stat.S_ISREG(info.st_mode):
        return Entry(path)
    if stat.S_ISDIR(info.st_mode):
        return Entry(path, "a symbolic link to a folder (not followed)")
    return Entry(path, f"not a regular file ({_kind(info.st_mode)})")


def _kind(mode: int) -> str:
    kinds: tuple[tuple[Callable[[int], bool], str], ...] = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((name for test, name in kinds if test(mode)), "an unknown kind of file")


def _included(parts: Parts, patterns: Parts) -> bool:
    """True when `parts` or one of the folders above it matches the whole pattern."""
    return any(_matches(parts[:end], patterns) for end in range(1, len(parts) + 1))


def _matches(parts: Parts, patterns: Parts) -> bool:
    if not patterns:
        return not parts
    if patterns[0] == "**":
        return any(_matches(parts[skip:], patterns[1:]) for skip in range(len(parts) + 1))
    return bool(parts) and _matches_one(parts[0], patterns[0]) and _matches(parts[1:], patterns[1:])


def _viable(parts: Parts, patterns: Parts) -> bool:
    """True when some path below the folder `parts` could still match."""
    if not parts:
        return True
    if not patterns:
        return False
    if patterns[0] == "**":
        return True
    return _matches_one(parts[0], patterns[0]) and _viable(parts[1:], patterns[1:])


def _matches_one(name: str, pattern: str) -> bool:
    # As in the shell: a wildcard does not match a leading dot unless the pattern has one.
    if name.startswith(".") and not pattern.startswith("."):
        return False
    return fnmatchcase(name, pattern)
