"""How far a build has gone, as a line a person can read: documents done, MB/s and time left.

The pipeline reports a :class:`Progress` after each document it builds;
:func:`progress_line` formats one, and a :class:`ProgressPrinter` shows them: on
a terminal one line rewritten in place, elsewhere (a CI log) a plain line now
and then, so that a log neither fills with carriage returns nor stays silent.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

__all__ = ["Progress", "ProgressPrinter", "ProgressTracker", "duration_text", "progress_line"]


@dataclass(frozen=True)
class Progress:
    """A build after some of its documents: those from the cache count as done from the start."""

    done: int
    total: int
    bytes_done: int  # of the documents read and built by this build (the cache's are not counted)
    bytes_todo: int  # of all the documents this build reads and builds
    seconds: float  # since the first document was started

    @property
    def megabytes_per_second(self) -> float | None:
        return self.bytes_done / 1e6 / self.seconds if self.seconds > 0 and self.bytes_done else None

    @property
    def seconds_left(self) -> float | None:
        """At the rate so far; unknown before the first document is done."""
        rate = self.megabytes_per_second
        return (self.bytes_todo - self.bytes_done) / 1e6 / rate if rate else None


def duration_text(seconds: float) -> str:
    """A duration as a person reads it.

    >>> duration_text(4.2), duration_text(75), duration_text(3 * 3600 + 125)
    ('4 s', '1 min 15 s', '3 h 02 min')
    """
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def progress_line(progress: Progress) -> str:
    """One line: documents done of all, the rate, and the time left.

    >>> progress_line(Progress(done=250, total=1000, bytes_done=5_000_000, bytes_todo=20_000_000, seconds=10))
    '250/1000 documents (25%), 0.50 MB/s, 30 s left'
    >>> progress_line(Progress(done=0, total=3, bytes_done=0, bytes_todo=900, seconds=0.1))
    '0/3 documents (0%)'
    """
    share = 100 * progress.done // progress.total if progress.total else 100
    parts = [f"{progress.done}/{progress.total} documents ({share}%)"]
    rate, left = progress.megabytes_per_second, progress.seconds_left
    if rate is not None:
        parts.append(f"{rate:.2f} MB/s")
    if left is not None and progress.done < progress.total:
        parts.append(f"{duration_text(left)} left")
    return ", ".join(parts)


class ProgressTracker:
    """Counts the documents of a build as they finish and makes each :class:`Progress`."""

    def __init__(self, total: int, cached: int, bytes_todo: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started = clock()
        self._done, self._total = cached, total
        self._bytes_done, self._bytes_todo = 0, bytes_todo

    def advance(self, size: int) -> Progress:
        """One more document done, of ``size`` bytes."""
        self._done += 1
        self._bytes_done += size
        return self.current()

    def current(self) -> Progress:
        seconds = self._clock() - self._started
        return Progress(self._done, self._total, self._bytes_done, self._bytes_todo, seconds)


class ProgressPrinter:
    """Shows progress on ``stream``: rewritten in place on a terminal, else a plain line every ``interval`` s.

    On a terminal the line is redrawn at most every ``refresh`` seconds (a thousand
    documents a second would otherwise spend their time drawing); the last one is
    always shown, and :meth:`close` ends the line.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        terminal: bool,
        interval: float = 10.0,
        refresh: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream, self._terminal, self._clock = stream, terminal, clock
        self._every = refresh if terminal else interval
        self._shown_at: float | None = None
        self._width = 0  # of the line on the terminal, to blank what a shorter one leaves
        self._open = False

    def __call__(self, progress: Progress) -> None:
        now = self._clock()
        last = progress.done >= progress.total
        if not last and self._shown_at is not None and now - self._shown_at < self._every:
            return
        self._shown_at = now
        line = progress_line(progress)
        if self._terminal:
            self._stream.write("\r" + line.ljust(self._width))
            self._width, self._open = len(line), True
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def close(self) -> None:
        """End the terminal's line, so that what follows starts on its own."""
        if self._open:
            self._stream.write("\n")
            self._stream.flush()
            self._open = False
