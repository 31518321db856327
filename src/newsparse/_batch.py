"""Many inputs at once: :func:`parse_many`, and the ordered, bounded process pool behind it.

The pool keeps at most ``window`` chunks of inputs in flight, so an endless iterator of inputs is
read only as fast as results are taken, and memory stays bounded. Results come back in input order.
A worker process that dies (a crash, the out-of-memory killer) costs only the input that killed it:
the inputs that were in flight with it are parsed again one by one in a fresh process.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from newsparse._api import check_options, parse_article, parse_file
from newsparse._options import Kind
from newsparse.errors import (
    InternalError,
    InvalidArgumentError,
    NewsparseError,
    _InvalidValueError,
)
from newsparse.model import Article

if TYPE_CHECKING:
    # The pool's modules are imported when a pool is first needed: ``import newsparse`` stays cheap.
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Source", "most_workers", "parse_many", "run_ordered"]

T = TypeVar("T")
R = TypeVar("R")

#: Inputs sent to a worker process at a time: enough to make the cost of a round trip small next to
#: parsing, few enough that a slow input holds back little.
CHUNK = 4
#: The most worker processes for each CPU. Parsing keeps a CPU busy, so more processes gain
#: nothing; a huge ``jobs`` started one process for each chunk in flight, and read four chunks
#: of inputs ahead for each worker (an endless iterator was read without end).
JOBS_PER_CPU = 4
#: The most worker processes on Windows, where the process pool refuses more.
_WINDOWS_MOST = 61


def most_workers() -> int:
    """The most worker processes a pool starts, whatever ``jobs`` asks."""
    most = JOBS_PER_CPU * (os.cpu_count() or 1)
    if sys.platform == "win32":
        most = min(most, _WINDOWS_MOST)
    return most


def _path(value: str | os.PathLike[str] | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    try:
        return os.fspath(value)
    except TypeError:
        msg = f"Source(path=...) must be a str, an os.PathLike or None, not {type(value).__name__}"
        raise InvalidArgumentError(msg) from None


def _typed(*wanted: type, names: str) -> Callable[[object, attrs.Attribute[Any], Any], None]:
    """A validator refusing a value that is neither ``None`` nor of ``wanted``, in one sentence.

    (attrs' own ``instance_of`` raises a TypeError whose text is a tuple of four values.)
    """

    def check(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, wanted):
            msg = (
                f"Source({attribute.name}=...) must be {names} or None, not {type(value).__name__}"
            )
            raise InvalidArgumentError(msg)

    return check


# A wrong type is refused when the Source is made, not told later as a failure of its input.
_OPTIONAL_STR = _typed(str, names="a str")


def _content(value: str | bytes | bytearray | memoryview | None) -> str | bytes | None:
    # Bytes in another buffer are copied once: a memoryview cannot be sent to a worker process.
    return bytes(value) if isinstance(value, bytearray | memoryview) else value


_CONTENT = _typed(str, bytes, names="str, bytes")


@attrs.frozen(kw_only=True)
class Source:
    """One input to :func:`parse_many`, with what is known about it from outside.

    Give exactly one of ``path`` and ``content``.

    Attributes:
        path: A file to read (compressed files are unpacked, as by :func:`newsparse.parse_file`).
        content: The page or dump itself, as text or bytes.
        url: The article's address, as for :func:`newsparse.parse_article`.
        encoding: The charset of the bytes when known from outside (an HTTP header); it overrides
            the ``encoding`` given to :func:`parse_many`.
    """

    path: str | None = attrs.field(default=None, converter=_path)
    content: str | bytes | None = attrs.field(default=None, converter=_content, validator=_CONTENT)
    url: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    encoding: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)

    def __attrs_post_init__(self) -> None:
        if (self.path is None) == (self.content is None):
            msg = "a Source takes exactly one of path= and content="
            raise InvalidArgumentError(msg)


@attrs.frozen(kw_only=True)
class _Settings:
    default_timezone: dt.tzinfo | None
    kind: Kind
    encoding: str | None


def _as_source(item: object) -> Source | InvalidArgumentError:
    """``item`` as a Source, or the error that is its result (an item of a wrong type)."""
    if isinstance(item, Source):
        return item
    try:
        if isinstance(item, os.PathLike):
            return Source(path=item)
        if isinstance(item, str | bytes | bytearray | memoryview):
            return Source(content=item if isinstance(item, str | bytes) else bytes(item))
    except InvalidArgumentError as exc:
        return exc
    except (OSError, TypeError, ValueError) as exc:
        # (A path object whose __fspath__ fails, a released memoryview: raised here, inside the
        # iterator of inputs, they ended the whole batch.)
        return InvalidArgumentError(
            f"parse_many could not read a {type(item).__name__} item: {type(exc).__name__}: {exc}"
        )
    # (Told as that item's result, as a bad input is: the items after it are still parsed, and an
    # endless iterator cannot be checked before the work starts.)
    return InvalidArgumentError(
        f"parse_many takes Source, pathlib.Path, str or bytes items, not {type(item).__name__}"
    )


def _parse_source(
    task: tuple[Source | InvalidArgumentError, _Settings],
) -> Article | NewsparseError:
    source, settings = task
    if isinstance(source, InvalidArgumentError):
        return source
    options = {
        "url": source.url,
        "default_timezone": settings.default_timezone,
        "kind": settings.kind,
        "encoding": source.encoding or settings.encoding,
    }
    try:
        if source.path is not None:
            return parse_file(source.path, **options)  # type: ignore[arg-type]
        assert source.content is not None
        return parse_article(source.content, **options)  # type: ignore[arg-type]
    except NewsparseError as exc:
        return exc
    except Exception as exc:
        return InternalError(f"internal error, please report it: {type(exc).__name__}: {exc}")


def parse_many(
    sources: Iterable[Source | str | bytes | os.PathLike[str]],
    *,
    jobs: int | None = None,
    default_timezone: dt.tzinfo | None = None,
    kind: Kind = "auto",
    encoding: str | None = None,
    window: int | None = None,
) -> Iterator[Article | NewsparseError]:
    r"""Parse many inputs, in parallel processes, yielding one result per input in input order.

    Each result is the :class:`~newsparse.Article`, or the :class:`~newsparse.errors.NewsparseError` that
    input raised: one bad input never stops the others. An unexpected failure (a bug, or a worker
    process that died) is given as an :class:`~newsparse.errors.InternalError` for that input.

    ``sources`` may be endless: it is read only as results are taken, at most ``window`` chunks of
    a few inputs ahead, so memory stays bounded.

    >>> from newsparse import parse_many
    >>> pages = ["Title one\n\nFirst body paragraph here.", b"", "Title two\n\nSecond body."]
    >>> [getattr(r, "title", type(r).__name__) for r in parse_many(pages, jobs=1)]
    ['Title one', 'EmptyInputError', 'Title two']

    Args:
        sources: The inputs. A :class:`pathlib.Path` (any ``os.PathLike``) is a file to read;
            ``str`` and ``bytes`` are the page itself, as for :func:`~newsparse.parse_article`
            (so give file names as ``Path`` objects); a :class:`Source` adds a URL or an encoding.
        jobs: Worker processes. ``None`` (the default) uses one per CPU; ``1`` parses in this
            process, with no pool at all. More than four per CPU (61 on Windows) start only
            that many. With more than one, the pool starts its processes fresh ("spawn"), so
            a script that calls this must guard its entry point with
            ``if __name__ == "__main__":``.
        default_timezone: As for :func:`~newsparse.parse_article`.
        kind: As for :func:`~newsparse.parse_article`.
        encoding: The charset of every input's bytes, unless its :class:`Source` says otherwise.
        window: Chunks of inputs in flight at once (default: four per worker).

    Yields:
        For each input, in order, its article or its error.

    An item of none of the types above is given an
    :class:`~newsparse.errors.InvalidArgumentError` as its result, and the items after it are
    parsed.

    Raises:
        InvalidArgumentError: An option, ``jobs`` or ``window`` is of the wrong type, a
            ``default_timezone``'s ``utcoffset`` fails, or ``sources`` is not iterable or is one
            ``str`` or ``bytes`` (raised at once; a :class:`TypeError` too).
        InvalidArgumentError: ``jobs`` or ``window`` is below 1 (a :class:`ValueError` too).

    When iterating ``sources`` raises, the results of the inputs read before the error are
    yielded first, then the error is raised.
    """
    check_options(url=None, default_timezone=default_timezone, kind=kind, encoding=encoding)
    settings = _Settings(default_timezone=default_timezone, kind=kind, encoding=encoding)
    # One input given for many: a str was parsed one character at a time, as inputs of its own.
    if isinstance(sources, (str, bytes, bytearray, memoryview)):
        msg = (
            f"sources must be an iterable of inputs, not one {type(sources).__name__} "
            "(for one input, give a list of it, or call parse_article)"
        )
        raise InvalidArgumentError(msg)
    try:
        inputs = iter(sources)
    except TypeError:
        msg = f"sources must be an iterable of inputs, not {type(sources).__name__}"
        raise InvalidArgumentError(msg) from None
    tasks = ((_as_source(item), settings) for item in inputs)
    return run_ordered(_parse_source, tasks, jobs=jobs, window=window)


def run_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int | None,
    window: int | None = None,
    crashed: Callable[[T], R] | None = None,
) -> Iterator[R]:
    """Yield ``fn(item)`` for each item, in order, from a pool of ``jobs`` processes.

    ``jobs`` above :func:`most_workers` start only that many processes.

    ``fn`` must be a module-level function that returns its failures rather than raising them.
    ``crashed(item)`` gives the result for an item whose worker process died (by default an
    :class:`InternalError`, which then has to be a valid ``R``).

    Raises:
        InvalidArgumentError: ``jobs`` or ``window`` is neither an ``int`` nor ``None`` (a
            :class:`TypeError` too).
        InvalidArgumentError: ``jobs`` or ``window`` is below 1 (a :class:`ValueError` too).
    """
    for name, value in (("jobs", jobs), ("window", window)):
        if value is not None and not isinstance(value, int):
            msg = f"{name} must be an int or None, not {type(value).__name__}"
            raise InvalidArgumentError(msg)
    workers = (os.cpu_count() or 1) if jobs is None else jobs
    if workers < 1 or (window is not None and window < 1):
        msg = f"jobs and window must be at least 1, not {jobs!r} and {window!r}"
        raise _InvalidValueError(msg)
    workers = min(workers, most_workers())
    if workers == 1:
        return (fn(item) for item in items)
    return _pooled(fn, iter(items), workers, window or 4 * workers, crashed)


def _died(item: object) -> InternalError:
    del item
    return InternalError("the worker process parsing this input died (a crash, or out of memory)")


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group; the parent stops the pool, the workers stay quiet.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _executor(workers: int) -> ProcessPoolExecutor:
    import multiprocessing  # noqa: PLC0415 - see the TYPE_CHECKING import above
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_ignore_interrupts
    )


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _pooled(
    fn: Callable[[T], R],
    items: Iterator[T],
    workers: int,
    window: int,
    crashed: Callable[[T], R] | None,
) -> Iterator[R]:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    on_crash: Callable[[T], R] = crashed or _died  # type: ignore[assignment]
    pool = _executor(workers)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    # The error the inputs' iterator raised: raised once the inputs read before it are given.
    failure: Exception | None = None
    try:
        while True:
            while failure is None and len(pending) < window:
                chunk, failure = _read_chunk(items)
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_run_chunk, fn, chunk)))
            if not pending:
                if failure is not None:
                    raise failure
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                suspects = [*chunk, *(item for waiting, _ in pending for item in waiting)]
                pending.clear()
                yield from _one_by_one(fn, suspects, on_crash)
                pool = _executor(workers)
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _read_chunk(items: Iterator[T]) -> tuple[list[T], Exception | None]:
    """The next :data:`CHUNK` items, and the error the iterator raised while they were read.

    An iterator that fails (a generator reading files that meets a bad one) cost the results
    of the inputs read before it, which were in flight: those are kept and given first.
    """
    chunk: list[T] = []
    try:
        chunk.extend(islice(items, CHUNK))
    except Exception as exc:  # (any error of the caller's iterator: raised once these are given)
        return chunk, exc
    return chunk, None


def _one_by_one(fn: Callable[[T], R], items: list[T], on_crash: Callable[[T], R]) -> Iterator[R]:
    """Run each item alone in its own worker, so the one that kills its process is known."""
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    pool = _executor(1)
    try:
        for item in items:
            try:
                yield pool.submit(fn, item).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                yield on_crash(item)
                pool = _executor(1)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
