"""A one-line progress display for the command line, redrawn at most ten times a second.

A few lines of our own rather than a dependency: the command line needs one counter with a rate and
an estimate of the time left, on a terminal, and nothing else a progress library offers.
"""

from __future__ import annotations

import shutil
import time
from typing import TextIO

__all__ = ["Progress"]

_EVERY = 0.1  # seconds between redraws


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Draws ``[#####.....] 512/1000 51% 43.2/s 0:11 left, 2 failed`` on ``stream``.

    Args:
        stream: Where to draw (standard error).
        total: The number of inputs, when known before the run.
        enabled: Draw nothing at all when false.
    """

    def __init__(self, stream: TextIO, *, total: int | None, enabled: bool) -> None:
        self._stream = stream
        self._total = total
        self._enabled = enabled
        self._start = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0

    def update(self, done: int, failed: int, *, force: bool = False) -> None:
        """Redraw the line for ``done`` inputs, ``failed`` of them failed."""
        if not self._enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn_at < _EVERY:
            return
        self._drawn_at = now
        elapsed = max(now - self._start, 1e-9)
        rate = done / elapsed
        parts = []
        if self._total:
            share = min(done / self._total, 1.0)
            filled = int(share * 20)
            parts.append(f"[{'#' * filled}{'.' * (20 - filled)}] {done}/{self._total} {share:4.0%}")
        else:
            parts.append(f"{done} done")
        parts.append(f"{rate:.1f}/s")
        if self._total and rate > 0 and done < self._total:
            parts.append(f"{_clock((self._total - done) / rate)} left")
        line = " ".join(parts) + (f", {failed} failed" if failed else "")
        columns = shutil.get_terminal_size((80, 24)).columns - 1
        line = line[:columns]
        self._stream.write("\r" + line + " " * max(self._width - len(line), 0))
        self._stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Erase the line, so that a message can be printed in its place."""
        if self._enabled and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0
            self._drawn_at = 0.0
