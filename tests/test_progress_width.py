"""The backfill's progress bar keeps its "done/total" count whole on narrow terminals."""

from __future__ import annotations

import io
import re

import pytest

from proforma_parser.batch import progress

_ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _last_frame(screen: Terminal) -> str:
    """The bar as last drawn: rich redraws in place, so the final line is what stays."""
    lines = re.split(r"[\r\n]", _ANSI_RE.sub("", screen.getvalue()))
    return [line for line in lines if line.strip()][-1]


@pytest.mark.parametrize("width", [80, 40])
def test_the_count_is_whole_on_a_narrow_terminal(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    screen = Terminal()
    bar = progress.make_progress(quiet=False, stream=screen)
    assert isinstance(bar, progress.Bar)
    bar.start(123_456)
    for status in ["ok"] * 1000 + ["defects"] * 200 + ["failed"] * 34:
        bar.advance(status)
    bar.finish()
    frame = _last_frame(screen)
    assert "1234/123456" in frame
    assert len(frame) <= width


def test_the_counts_by_status_show_when_there_is_room(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    screen = Terminal()
    bar = progress.make_progress(quiet=False, stream=screen)
    bar.start(50)
    for status in ["ok", "ok", "failed"]:
        bar.advance(status)
    bar.finish()
    frame = _last_frame(screen)
    assert "3/50" in frame
    assert "ok 2, defects 0, failed 1, skipped 0" in frame
