"""Legacy word-processor files (.doc, .rtf, .odt) turned into .docx by LibreOffice, headless.

The Word reader then reads the .docx, so numbering, tables and headers come out exactly as
for a file saved as .docx by hand. Each conversion runs `soffice` in a private temporary
folder holding the input, the output and a user profile of its own: LibreOffice lets one
running instance own a profile, and a second `soffice` started on the same profile hands
its work to the first and returns at once, often with nothing written; so backfill workers
converting at the same time must never share one.

What `soffice --convert-to` does, and what is done about it:

- `soffice` is a shell script that runs `oosplash`, which starts `soffice.bin`: the three
  run in a session of their own, and on a timeout the whole process group is killed, so no
  `soffice.bin` is left behind holding the folder.
- It exits 0 when the input cannot be loaded ("Error: source file could not be loaded"),
  writing nothing: success is the output file, not the exit status.
- The profile is written before the start with macros disabled, the macro security level at
  its highest and links never updated, so a hostile file runs no Basic and fetches nothing.

The conversion stops itself within its `timeout` (and cleans up after itself), so the
caller runs it with the document's deadline held (`Deadline.held`, as for OCR): a SIGALRM
raised in the middle of a cleanup would leave a soffice.bin running or the folder on disk.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ...errors import CorruptSource, LimitExceeded, UnsupportedFormat

LegacyFormat = Literal["doc", "rtf", "odt"]

INSTALL_HINT = "apt-get install libreoffice-writer-nogui"
"""What a Debian or Ubuntu machine needs (macOS: `brew install --cask libreoffice`)."""

# The names LibreOffice's launcher goes by on PATH: Debian links both to the same script.
SOFFICE_NAMES = ("soffice", "libreoffice")

# What each legacy format is called in messages ("reading the RTF document took ...").
# The input is saved with the format as its extension: LibreOffice picks its import filter
# by content, but the extension settles a tie.
NAMES: dict[LegacyFormat, str] = {
    "doc": "legacy Word 97-2003 document (.doc)",
    "rtf": "RTF document",
    "odt": "OpenDocument text document (.odt)",
}
DESCRIPTIONS: dict[LegacyFormat, str] = {kind: f"a {what}" for kind, what in NAMES.items()}
DESCRIPTIONS["rtf"] = "an RTF document"
_OUTPUT_FILTER = "docx:MS Word 2007 XML"
_STEM = "source"  # input and output share it: "source.doc" becomes "source.docx"

# The profile's settings, written before LibreOffice first starts on it. Scripting: no
# macro runs, whatever the document asks (DisableMacrosExecution) and whoever signed it
# (MacroSecurityLevel 3, "very high": trusted folders only, and there are none). Writer's
# Update/Link 2 is "never": an INCLUDETEXT field or a linked image pointing at
# http://attacker/ or file:///etc/passwd is not fetched.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop
 oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop
 oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop
 oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
</oor:items>
"""


def find_soffice() -> str | None:
    """The path of LibreOffice's `soffice` on PATH, or None when it is not installed."""
    for command in SOFFICE_NAMES:
        found = shutil.which(command)
        if found is not None:
            return found
    return None


def not_installed(kind: LegacyFormat, name: str | None) -> UnsupportedFormat:
    """The error for a legacy file on a machine without LibreOffice: what to install."""
    return UnsupportedFormat(
        f"this is {DESCRIPTIONS[kind]}, which is read by converting it with LibreOffice, "
        f"and LibreOffice (soffice) is not on PATH: install it (`{INSTALL_HINT}`), "
        "or save the file as .docx and parse that",
        path=name,
    )


def convert_to_docx(data: bytes, kind: LegacyFormat, *, name: str | None, timeout: float) -> bytes:
    """The .docx LibreOffice makes of `data` (a .doc, .rtf or .odt), within `timeout` s.

    UnsupportedFormat when LibreOffice is not installed, CorruptSource when it cannot open
    the file (or writes nothing), LimitExceeded when it runs out of time; `name` is what
    every error names. The private folder is removed whatever happens.
    """
    soffice = find_soffice()
    if soffice is None:
        raise not_installed(kind, name)
    with _private_folder() as folder:
        job = _Job.in_folder(folder, kind)
        job.source.write_bytes(data)
        _write_profile(job.profile)
        run = _run(job.command(soffice), timeout=timeout, cwd=job.folder)
        if run.timed_out:
            raise LimitExceeded(
                f"converting {DESCRIPTIONS[kind]} with LibreOffice took over {timeout:.3g} s "
                "(the document's time budget: timeout, or timeout_per_conversion on top of "
                "the scaled budget)",
                path=name,
            )
        return _converted(job, run, kind, name)


@contextmanager
def _private_folder() -> Iterator[Path]:
    """A new temporary folder, removed with all it holds when the block ends, however."""
    folder = Path(tempfile.mkdtemp(prefix="proforma-soffice-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        _remove_ipc_socket(_Job.profile_in(folder))


# Where LibreOffice puts its single-instance socket: always /tmp (/var/tmp when /tmp is not
# writable), whatever TMPDIR says.
_IPC_SOCKET_FOLDERS = (Path("/tmp"), Path("/var/tmp"))


def _ipc_socket_name(profile: Path) -> str:
    """The name of the Unix socket a soffice.bin running on `profile` listens on, e.g.
    "OSL_PIPE_0_SingleOfficeIPC_ff6e81e5186312b677df2ae6ed4bc64": the MD5 of the profile's
    URL in UTF-16, each byte in hex without its leading zero. soffice.bin removes it when
    it exits, but not when it is killed on a timeout, so a backfill would leave one in
    /tmp per timeout; the profile is ours alone, so the socket named after it is too."""
    digest = hashlib.md5(profile.as_uri().encode("utf-16-le"), usedforsecurity=False)
    return f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_" + "".join(
        format(byte, "x") for byte in digest.digest()
    )


def _remove_ipc_socket(profile: Path) -> None:
    """Remove the socket of `profile`'s (killed) soffice.bin, if it was left behind."""
    name = _ipc_socket_name(profile)
    for folder in _IPC_SOCKET_FOLDERS:
        socket = folder / name
        with suppress(OSError):  # absent, as after every conversion that ended by itself
            if stat.S_ISSOCK(socket.lstat().st_mode):
                socket.unlink()


@dataclass(frozen=True, slots=True)
class _Job:
    """Where one conversion's files live, all inside its private folder."""

    folder: Path
    source: Path
    output: Path
    profile: Path

    @classmethod
    def in_folder(cls, folder: Path, kind: LegacyFormat) -> _Job:
        return cls(
            folder=folder,
            source=folder / f"{_STEM}.{kind}",
            output=folder / "out" / f"{_STEM}.docx",
            profile=cls.profile_in(folder),
        )

    @staticmethod
    def profile_in(folder: Path) -> Path:
        return folder / "profile"

    def command(self, soffice: str) -> list[str]:
        return [
            soffice,
            # A file:// URL; as_uri() escapes a space or a "%" in the temporary folder's path.
            f"-env:UserInstallation={self.profile.as_uri()}",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",  # no document recovery from an earlier crash on this profile
            "--nolockcheck",
            "--nodefault",
            "--convert-to",
            _OUTPUT_FILTER,
            "--outdir",
            str(self.output.parent),
            str(self.source),
        ]


def _write_profile(profile: Path) -> None:
    user = profile / "user"
    user.mkdir(parents=True)
    (user / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, encoding="utf-8")


@dataclass(frozen=True, slots=True)
class _Run:
    """How one `soffice` run ended: its exit status and what it said, or that time ran out."""

    returncode: int | None
    said: str
    timed_out: bool = False


def _run(command: list[str], *, timeout: float, cwd: Path) -> _Run:
    """Run `command` within `timeout` seconds; what it said, or that time ran out."""
    with _session(command, cwd=cwd) as process:
        try:
            output, _ = process.communicate(timeout=max(timeout, 1e-3))
        except subprocess.TimeoutExpired:
            return _Run(returncode=None, said="", timed_out=True)
    return _Run(returncode=process.returncode, said=output.decode("utf-8", "replace"))


@contextmanager
def _session(command: list[str], *, cwd: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`command` started in a session of its own, whose whole process group is killed when
    the block ends, however: on a timeout, on anything raised meanwhile, and after a normal
    exit too, for a helper oosplash forked that outlived it."""
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=_environment(cwd),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        _kill_group(process)


def _environment(folder: Path) -> dict[str, str]:
    """The child's environment: HOME (and the XDG folders) inside the private folder, so
    nothing of the user's own LibreOffice, fonts cache aside, is read or written. TMPDIR
    too: soffice.bin keeps its scratch files in an "lu<pid>….tmp" folder of TMPDIR, which
    a conversion killed on its timeout never removes, so a backfill left one per timeout
    in /tmp; inside the private folder they go with it."""
    environment = dict(os.environ)
    environment["HOME"] = str(folder)
    environment["TMPDIR"] = str(folder)
    environment.pop("XDG_CONFIG_HOME", None)
    environment.pop("XDG_DATA_HOME", None)
    return environment


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL the session's whole process group (soffice, oosplash, soffice.bin) and reap."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:  # the group has already gone
        pass
    except PermissionError:  # the pid was reused by another user's process: not ours
        pass
    process.wait()
    if process.stdout is not None:
        process.stdout.close()
    _wait_for_group_to_end(process.pid)


# How long to wait for the killed group's grandchildren to be gone, and how often to look.
_GROUP_END_WAIT = 2.0
_GROUP_END_POLL = 0.005


def _wait_for_group_to_end(group: int) -> None:
    """Return once no process of `group` is left (or after `_GROUP_END_WAIT` s). SIGKILL is
    delivered asynchronously: oosplash and soffice.bin, orphaned when the shell script that
    started them is reaped, are still dying for a few milliseconds after it, and a caller
    that looks at once (or removes the folder they hold open) must find them gone. Where
    this process reaps orphans itself (it is PID 1 in a container), they are reaped here."""
    give_up = time.monotonic() + _GROUP_END_WAIT
    while time.monotonic() < give_up:
        with suppress(ChildProcessError):  # none of them is our child: init reaps them
            os.waitpid(-group, os.WNOHANG)
        try:
            os.killpg(group, 0)
        except (ProcessLookupError, PermissionError):  # gone (or the id is another's now)
            return
        time.sleep(_GROUP_END_POLL)


def _converted(job: _Job, run: _Run, kind: LegacyFormat, name: str | None) -> bytes:
    """The .docx written, or CorruptSource saying what LibreOffice said instead."""
    written = job.output.read_bytes() if job.output.is_file() else b""
    if run.returncode == 0 and written:
        return written
    said = _last_words(run.said)
    raise CorruptSource(
        f"LibreOffice cannot read this as {DESCRIPTIONS[kind]} "
        f"(it wrote nothing; exit status {run.returncode}{said})",
        path=name,
    )


def _last_words(output: str) -> str:
    """LibreOffice's own complaint ("Error: source file could not be loaded"), if any."""
    lines = [line.strip() for line in output.splitlines() if "Error" in line]
    return f"; it said {lines[-1][:200]!r}" if lines else ""
