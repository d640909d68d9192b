"""Read a .doc, .rtf or .odt: converted to .docx by LibreOffice (convert.py), then read by the
Word reader, the conversion's time counted against the document's own time limit."""

from __future__ import annotations

from dataclasses import replace

from ...document import Document
from ...errors import EmptySource, LimitExceeded
from ...limits import DEFAULT_LIMITS, Limits
from ..deadline import Deadline, deadline
from .convert import NAMES, LegacyFormat, convert_to_docx
from .reader import read_docx


def read_legacy(
    data: bytes,
    kind: LegacyFormat,
    *,
    name: str | None,
    sha256: str,
    limits: Limits = DEFAULT_LIMITS,
) -> Document:
    """Read a legacy word-processor file as the .docx LibreOffice makes of it.

    The Document is the original's: its format ("doc", "rtf", "odt"), hash and size, not
    the intermediate .docx's. The time budget is the document's (`limits.time_budget`)
    plus `limits.timeout_per_conversion` when scaled, or `limits.timeout` when given: one
    clock for starting LibreOffice, converting, and reading the result.
    """
    scaled = limits.timeout <= 0
    budget = limits.time_budget(len(data))
    if scaled:
        budget += limits.timeout_per_conversion
    with deadline(budget, name=name, what=NAMES[kind], scaled=scaled) as clock:
        converted = _convert(data, kind, name=name, clock=clock)
        clock.check("the conversion by LibreOffice")
        document = _read_converted(
            converted, kind, name=name, sha256=sha256, limits=limits, clock=clock
        )
    return replace(document, format=kind, sha256=sha256, size=len(data))


def _convert(data: bytes, kind: LegacyFormat, *, name: str | None, clock: Deadline) -> bytes:
    """LibreOffice's .docx of `data`, given what is left of the document's time; running out
    is said as the document's budget, as when the SIGALRM deadline stops it first."""
    try:
        # The conversion stops itself in time; the deadline must not cut its cleanup short.
        with clock.held():
            return convert_to_docx(data, kind, name=name, timeout=clock.seconds_left())
    except LimitExceeded as exc:
        raise clock.expired() from exc


def _read_converted(
    converted: bytes,
    kind: LegacyFormat,
    *,
    name: str | None,
    sha256: str,
    limits: Limits,
    clock: Deadline,
) -> Document:
    """The Word reader on the converted file, given what is left of the document's time."""
    left = replace(limits, timeout=clock.seconds_left())
    try:
        return read_docx(converted, name=name, sha256=sha256, limits=left)
    except EmptySource as exc:  # "the Word document has no text": say which document
        raise EmptySource(f"the {NAMES[kind]} has no text in its body", path=name) from exc
    except LimitExceeded as exc:
        # Its own clock ran out on what was left of ours: say it was the document's budget
        # ("... its time budget of 32 s"), not a sub-second limit nobody set.
        if clock.seconds_left() <= 0.05:
            raise clock.expired() from exc
        raise
