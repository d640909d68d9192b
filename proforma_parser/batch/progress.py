"""Progress on stderr and the summary on stdout.

On a terminal: a live bar (rich) with counts by status and the rate. Anywhere else (a log
file, cron, CI): a plain line every `PLAIN_EVERY` seconds and one at the end, because a
redrawn bar in a log is noise. Either way, each failed document is a line naming its whole
path, so "2019/decision.txt" and "2020/decision.txt" are told apart. `--quiet`: nothing. rich is imported only here, and only
when a bar is drawn.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any, TextIO

from .ledger import RunSummary

PLAIN_EVERY = 10.0
_STATUSES = ("ok", "defects", "failed", "skipped")


def make_progress(*, quiet: bool, stream: TextIO | None = None) -> Counts:
    """The right reporter for `stream` (stderr by default)."""
    out = stream if stream is not None else sys.stderr
    if quiet:
        return Counts()
    if out.isatty():
        return Bar(out)
    return PlainLines(out)


class Counts:
    """Counts by status and the rate; reports nothing (the `--quiet` reporter)."""

    needs_total = False

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.total = 0
        self.started = time.monotonic()

    def start(self, total: int) -> None:
        self.total = total
        self.started = time.monotonic()

    def advance(self, status: str) -> None:
        self.counts[status] += 1

    def failure(self, line: str) -> None:
        """A document failed: `line` names it by its whole path (not shown here)."""
        return None

    def finish(self) -> None:
        return None

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def rate(self) -> float:
        parsed = self.done - self.counts["skipped"]
        elapsed = time.monotonic() - self.started
        return parsed / elapsed if elapsed > 0 else 0.0

    def describe(self) -> str:
        counts = ", ".join(f"{status} {self.counts[status]:,}" for status in _STATUSES)
        return f"{counts}; {self.rate():,.1f} docs/s"


class PlainLines(Counts):
    """A line every PLAIN_EVERY seconds: for logs, where a redrawn bar is noise."""

    needs_total = True

    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self.out = out
        self.last = time.monotonic()

    def advance(self, status: str) -> None:
        super().advance(status)
        if time.monotonic() - self.last >= PLAIN_EVERY:
            self._line()

    def failure(self, line: str) -> None:
        print(line, file=self.out)

    def finish(self) -> None:
        self._line()

    def _line(self) -> None:
        self.last = time.monotonic()
        print(f"backfill: {self.done:,}/{self.total:,} files ({self.describe()})", file=self.out)
        self.out.flush()


class Bar(Counts):
    """A live rich bar, redrawn by rich's own thread; updated at most ten times a second."""

    needs_total = True

    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self.out = out
        self.bar: Any = None
        self.task: Any = None
        self.shown = 0.0

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import Progress

        super().start(total)
        self.bar = Progress(*_bar_columns(total), console=Console(file=self.out), expand=True)
        self.task = self.bar.add_task("backfill", total=total, counts=self.describe())
        self.bar.start()

    def advance(self, status: str) -> None:
        super().advance(status)
        if time.monotonic() - self.shown >= 0.1:
            self._show()

    def failure(self, line: str) -> None:
        # Through the bar's console, which prints above the bar instead of through it.
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=self.out)

    def finish(self) -> None:
        if self.bar is not None:
            self._show()
            self.bar.stop()

    def _show(self) -> None:
        self.shown = time.monotonic()
        self.bar.update(self.task, completed=self.done, counts=self.describe())


def _bar_columns(total: int) -> list[Any]:
    """The bar's columns, laid out so that a narrow terminal cuts the least useful first.

    rich shares out the width by ratio and cuts text that may wrap; left to itself, it cut
    the done/total count to "0/" at 80 columns. The count, the label and the times never
    wrap and the count is never narrower than "123456/123456"; the counts by status take
    what is left and end in an ellipsis; the bar shrinks to 4 cells before anything else.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Column

    whole = Column(no_wrap=True)
    count_width = 2 * len(str(total)) + 1  # rich pads done to the width of total
    return [
        TextColumn("backfill", table_column=whole),
        BarColumn(bar_width=None, table_column=Column(ratio=1, min_width=4)),
        MofNCompleteColumn(table_column=Column(no_wrap=True, min_width=count_width)),
        TextColumn(
            "{task.fields[counts]}",
            table_column=Column(ratio=3, no_wrap=True, overflow="ellipsis"),
        ),
        TimeElapsedColumn(table_column=Column(no_wrap=True)),
        TimeRemainingColumn(table_column=Column(no_wrap=True)),
    ]


def format_summary(summary: RunSummary, ledger: str) -> str:
    """The end-of-run report: this run's counts, then what the ledger now holds."""
    lines = [
        f"backfill done in {summary.seconds:,.1f} s: {summary.files:,} files, "
        f"{summary.parsed:,} recorded, {summary.skipped:,} skipped (already in the ledger); "
        f"{summary.docs_per_second:,.1f} docs/s",
        "  by status:    " + _counts(summary.by_status, ("ok", "defects", "failed")),
    ]
    if summary.error_types:
        lines.append("  error types:  " + _counts(summary.error_types))
    if summary.defect_codes:
        lines.append("  defect codes: " + _counts(summary.defect_codes))
    if summary.defect_fields:
        lines.append("  by field:     " + _counts(summary.defect_fields))
    if summary.worker_peak_rss_kb:
        lines.append(f"  worker peak memory: {summary.worker_peak_rss_kb / 1024:,.0f} MiB")
    held = sum(summary.totals.values())
    totals = _counts(summary.totals, _STATUSES[:3])
    lines.append(f"ledger {ledger}: {held:,} documents ({totals})")
    return "\n".join(lines)


def _counts(counts: dict[str, int], order: tuple[str, ...] = ()) -> str:
    keys = list(order) or list(counts)
    return ", ".join(f"{key} {counts.get(key, 0):,}" for key in keys)
