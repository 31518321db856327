"""Run one tool in its own process, page by page, with a timeout per page.

The harness talks to a worker through a pipe: it sends one decoded page at a time and gets back the
:class:`~benchmarks.tools.Extraction`, the seconds the extraction call took (decoding and pickling
are outside the clock), any error, and the process's peak resident memory so far. The clock is the
worker's own CPU time (``time.process_time``) by default, which does not count the time the worker
waits while other jobs hold the processor; ``clock="wall"`` takes the wall clock instead. A page that
takes longer than the timeout gets the worker killed; the next page starts a fresh one. Workers are
started with ``spawn`` so each tool's memory is its own, not a copy of the harness's.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import resource
import socket
import sys
import time
import warnings
from multiprocessing.connection import Connection
from typing import Any, NoReturn

import attrs

from benchmarks.tools import TOOLS, Extraction

__all__ = ["CLOCKS", "Outcome", "ToolProcess"]

#: Seconds to wait for a tool to import and set itself up.
LOAD_TIMEOUT = 120.0


@attrs.frozen(kw_only=True)
class Outcome:
    """What running one tool on one page gave.

    Attributes:
        extraction: The tool's result; empty when it failed.
        seconds: How long the extraction call took; ``None`` when it timed out or the worker died.
        error: ``"ExceptionName: message"`` when the call raised, ``"timeout"`` when it was killed.
        peak_rss_kb: The worker's peak resident memory so far, in KiB (0 when unknown).
    """

    extraction: Extraction
    seconds: float | None
    error: str | None = None
    peak_rss_kb: int = 0


def _no_network(*args: object, **kwargs: object) -> NoReturn:
    del args, kwargs
    msg = "network access is disabled in benchmark workers"
    raise OSError(msg)


#: The clocks a worker can time the extraction call with.
CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}


def _serve(tool_name: str, conn: Connection, clock_name: str = "cpu") -> None:
    """The worker's main loop (runs in the child process)."""
    clock = CLOCKS[clock_name]
    socket.socket.connect = _no_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _no_network  # type: ignore[method-assign]
    socket.create_connection = _no_network
    socket.getaddrinfo = _no_network
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    try:
        extract = TOOLS[tool_name].load()
    except Exception as exc:  # reported to the harness, which reports it to the user
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", ""))
    while True:
        task = conn.recv()
        if task is None:
            return
        source, url, kind = task
        error = None
        start = clock()
        try:
            result = extract(source, url, kind)
        except Exception as exc:  # one page's failure must not stop the run
            result = Extraction()
            error = f"{type(exc).__name__}: {exc}"
        seconds = clock() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            conn.send((result, seconds, error, peak))
        except Exception as exc:  # an unpicklable result is that page's error
            conn.send((Extraction(), seconds, f"unpicklable result: {exc}", peak))


class ToolProcess:
    """A tool running in a child process, restarted after a page that times out.

    Use it as a context manager; :meth:`run` one page at a time.
    """

    def __init__(self, tool_name: str, *, timeout: float, clock: str = "cpu") -> None:
        if clock not in CLOCKS:
            msg = f"unknown clock {clock!r} (known: {', '.join(CLOCKS)})"
            raise ValueError(msg)
        self.tool_name = tool_name
        self.timeout = timeout
        self.clock = clock
        self.load_error: str | None = None
        self.peak_rss_kb = 0
        self._context = multiprocessing.get_context("spawn")
        self._process: Any = None
        self._conn: Connection | None = None

    def __enter__(self) -> ToolProcess:
        self._start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(self.tool_name, child, self.clock), name=f"bench-{self.tool_name}"
        )
        process.start()
        child.close()
        self._process, self._conn = process, parent
        if not parent.poll(LOAD_TIMEOUT):
            self.load_error = "timeout while loading"
            self._kill()
            return
        try:
            status, message = parent.recv()
        except EOFError:
            status, message = "error", "the worker died while loading"
        if status != "ready":
            self.load_error = message
            self._kill()

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def run(self, source: str, url: str | None, kind: str) -> Outcome:
        """Extract one page; never raises for the tool's own failures."""
        if self.load_error is not None:
            return Outcome(extraction=Extraction(), seconds=None, error=self.load_error)
        if self._conn is None:
            self._start()
            if self._conn is None:
                return Outcome(extraction=Extraction(), seconds=None, error=self.load_error)
        conn = self._conn
        try:
            conn.send((source, url, kind))
            if not conn.poll(self.timeout):
                self._kill()
                return Outcome(extraction=Extraction(), seconds=None, error="timeout")
            result, seconds, error, peak = conn.recv()
        except (EOFError, OSError) as exc:
            self._kill()
            return Outcome(extraction=Extraction(), seconds=None, error=f"worker died: {exc}")
        self.peak_rss_kb = max(self.peak_rss_kb, peak)
        return Outcome(extraction=result, seconds=seconds, error=error, peak_rss_kb=peak)

    def close(self) -> None:
        """Stop the worker."""
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(None)
        if self._process is not None:
            self._process.join(timeout=10)
        self._kill()


def _main() -> None:  # pragma: no cover - a manual smoke test: python -m benchmarks.worker TOOL
    with ToolProcess(sys.argv[1], timeout=30) as worker:
        print(worker.run("<html><body><p>Hello.</p></body></html>", None, "html"))


if __name__ == "__main__":  # pragma: no cover
    _main()
