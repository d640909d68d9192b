"""A wall-clock budget for reading one document, enforced even inside an engine's loop.

pdfminer can spin inside one page (a self-referencing object, a pathological content
stream), where a check between pages never runs. On the main thread of a Unix process the
budget is a real-time interval timer (SIGALRM) whose handler raises out of whatever the
engine is doing; the previous handler and timer are always restored. Elsewhere (another
thread, Windows) only `Deadline.check`, called between steps, enforces it. The Word reader
uses the same clock.
"""

from __future__ import annotations

import gc
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from ..errors import LimitExceeded

_LONGEST_TIMER = 1e6  # seconds; a longer (or infinite) budget is not worth a timer
_REPEAT = 0.05  # seconds between rings once the budget is spent
_FINALISER_DEPTH = 64  # frames looked through for a __del__


class _OutOfTime(BaseException):
    """Raised by the alarm handler. A BaseException, so an engine's `except Exception`
    cannot swallow it on the way out."""


class Deadline:
    """The time left for one document; `check` raises LimitExceeded once it has run out.

    `scaled` says the budget was worked out from the document (Limits.time_budget) rather
    than given; `extend_to` raises it once more is known (the page count), re-arming the
    alarm when one is set.
    """

    def __init__(
        self, timeout: float, *, name: str | None, what: str, scaled: bool = False
    ) -> None:
        self.timeout = timeout
        self.name = name
        self.what = what
        self.scaled = scaled
        self.started = time.monotonic()
        self._rearm: Callable[[float], None] | None = None
        self._alarm: _Alarm | None = None

    def expired(self) -> LimitExceeded:
        if self.scaled:
            return LimitExceeded(
                f"reading the {self.what} took over its time budget of {self.timeout:.3g} s "
                "(timeout: by default timeout_base, plus timeout_per_page for each page, "
                "timeout_per_mib for each MiB and timeout_per_ocr_page for each page OCR'd)",
                path=self.name,
            )
        return LimitExceeded(
            f"reading the {self.what} took over the limit of {self.timeout:g} s (timeout)",
            path=self.name,
        )

    def extend_to(self, timeout: float) -> None:
        """Make the whole budget `timeout` seconds from the start, if that is more."""
        if timeout <= self.timeout:
            return
        self.timeout = timeout
        if self._rearm is not None:
            self._rearm(self.seconds_left())

    def seconds_left(self) -> float:
        """What is left of the budget (at least a moment, so that a limit set from it is
        never 0): the timeout given to a call that stops itself, Tesseract or LibreOffice."""
        return max(self.timeout - (time.monotonic() - self.started), 1e-3)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Keep the alarm from raising inside the block; once it ends, the alarm rings again
        within `_REPEAT` if the budget ran out meanwhile. For a call that must not be left
        half-way and stops itself in time: OCR, whose Tesseract process is given what is
        left of the budget and killed after it (an exception raised out of subprocess's
        wait would leave it running)."""
        alarm = self._alarm
        if alarm is None:
            yield
            return
        was, alarm.held = alarm.held, True
        try:
            yield
        finally:
            alarm.held = was

    def check(self, where: str = "") -> None:
        """Between-steps check: raise if the budget is spent (`where` says how far it got)."""
        if time.monotonic() - self.started > self.timeout:
            error = self.expired()
            if where:
                error.args = (f"{error.args[0]}; stopped at {where}",)
            raise error


@contextmanager
def deadline(
    timeout: float, *, name: str | None, what: str, scaled: bool = False
) -> Iterator[Deadline]:
    """Run the block under a wall-clock budget of `timeout` seconds (see the module doc)."""
    clock = Deadline(timeout, name=name, what=what, scaled=scaled)
    if not _can_arm(timeout):
        yield clock
        return
    alarm = _Alarm()
    previous_handler = signal.signal(signal.SIGALRM, alarm.ring)
    previous_timer = signal.setitimer(signal.ITIMER_REAL, timeout, _REPEAT)
    clock._rearm = _set_timer
    clock._alarm = alarm
    try:
        try:
            yield clock
        finally:
            alarm.armed = False  # from here on a late alarm is ignored
            clock._rearm = None
            clock._alarm = None
    except _OutOfTime:
        raise clock.expired() from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        _rearm(previous_timer, clock.started)


def _set_timer(seconds: float) -> None:
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)


def _can_arm(timeout: float) -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and 0 < timeout < _LONGEST_TIMER
        # A handler installed from C cannot be put back from Python: leave it alone.
        and signal.getsignal(signal.SIGALRM) is not None
    )


class _Alarm:
    """The SIGALRM handler: raises while the block runs, ignores a signal that comes late.

    The timer repeats every `_REPEAT` seconds once due, so a ring that lands where an
    exception would be swallowed (an object's ``__del__`` run by the garbage collector, an
    engine's bare ``except``) is followed by another.
    """

    def __init__(self) -> None:
        self.armed = True
        self.held = False
        """Set by `Deadline.held`: a ring then does nothing, and the next one raises."""

    def ring(self, signum: int, frame: FrameType | None) -> None:
        if self.armed and not self.held and not _in_finaliser(frame):
            raise _OutOfTime


def _in_finaliser(frame: FrameType | None) -> bool:
    """True inside a ``__del__`` or a garbage collector's callback (``gc.callbacks``: a
    test framework's timer of collections), where Python prints an exception and drops it
    instead of passing it to the code that was running."""
    callbacks = {getattr(callback, "__code__", None) for callback in gc.callbacks}
    for _ in range(_FINALISER_DEPTH):
        if frame is None:
            return False
        if frame.f_code.co_name == "__del__" or frame.f_code in callbacks:
            return True
        frame = frame.f_back
    return False


def _rearm(previous: tuple[float, float], started: float) -> None:
    """Give an outer timer back what is left of it (at least a moment, so it still fires)."""
    delay, interval = previous
    if delay > 0:
        left = delay - (time.monotonic() - started)
        signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), interval)
