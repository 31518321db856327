"""parse_many and the ordered, bounded process pool behind it (``_batch.py``)."""

import gzip
import itertools
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from newsparse import (
    Article,
    EmptyInputError,
    InternalError,
    InvalidArgumentError,
    NewsparseError,
    Source,
    SourceReadError,
    parse_article,
    parse_many,
)
from newsparse._batch import most_workers, run_ordered

from . import _workers
from .conftest import SEED


def _mixed(tmp_path: Path) -> list[object]:
    packed = tmp_path / "seed.txt.gz"
    packed.write_bytes(gzip.compress(SEED.read_bytes()))
    return [
        SEED,
        b"",
        Source(content="Judul\n\nIsi berita yang pertama.", url="https://example.com/a"),
        tmp_path / "missing.txt",
        packed,
        "Another title\n\nAnother body paragraph.",
    ]


def _summary(results: list[Article | NewsparseError]) -> list[tuple[str, str | None]]:
    return [(type(r).__name__, r.title if isinstance(r, Article) else None) for r in results]


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_result_per_input_in_order_errors_included(tmp_path: Path, jobs: int) -> None:
    results = list(parse_many(_mixed(tmp_path), jobs=jobs))  # type: ignore[arg-type]
    seed_title = parse_article(SEED.read_bytes()).title
    assert _summary(results) == [
        ("Article", seed_title),
        ("EmptyInputError", None),
        ("Article", "Judul"),
        ("SourceReadError", None),
        ("Article", seed_title),
        ("Article", "Another title"),
    ]
    assert isinstance(results[1], EmptyInputError)
    assert isinstance(results[3], SourceReadError)
    assert "missing.txt" in str(results[3])
    assert isinstance(results[2], Article)
    assert results[2].url == "https://example.com/a"
    assert results[0] == results[4]  # the gzipped copy parses exactly like the plain file


def test_the_pool_gives_what_one_process_gives(tmp_path: Path) -> None:
    inputs = _mixed(tmp_path) * 3
    one = list(parse_many(inputs, jobs=1))  # type: ignore[arg-type]
    two = list(parse_many(inputs, jobs=2, window=2))  # type: ignore[arg-type]
    assert [r for r in one if isinstance(r, Article)] == [r for r in two if isinstance(r, Article)]
    assert _summary(one) == _summary(two)


def test_source_encoding_overrides_the_default() -> None:
    page = "<html><body><h1>Привет мир</h1><p>Это первый абзац статьи о мире.</p></body></html>"
    raw = page.encode("koi8-r")
    guessed, told = parse_many([raw, Source(content=raw, encoding="koi8-r")], jobs=1)
    assert isinstance(told, Article)
    assert told.title == "Привет мир"
    assert isinstance(guessed, Article)
    assert guessed.title != "Привет мир"


def _counting(consumed: list[int]) -> Iterator[str]:
    for number in itertools.count():
        consumed.append(number)
        yield f"Title {number}\n\nBody paragraph number {number}."


@pytest.mark.parametrize(("jobs", "window", "most"), [(1, None, 1), (2, 2, 2 * 4 + 4)])
def test_an_endless_iterator_is_read_only_a_bounded_window_ahead(
    jobs: int, window: int | None, most: int
) -> None:
    consumed: list[int] = []
    results = parse_many(_counting(consumed), jobs=jobs, window=window)
    taken = list(itertools.islice(results, 3))
    assert [getattr(r, "title", None) for r in taken] == ["Title 0", "Title 1", "Title 2"]
    # At most ``window`` chunks of four inputs in flight, plus the chunk being handed out.
    assert len(consumed) <= max(most, 3)
    results.close()  # type: ignore[attr-defined]


def test_a_huge_jobs_starts_a_bounded_pool_and_reads_a_bounded_window_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # jobs=10**6 made a pool of a million processes (one started for each chunk in flight) and
    # read four chunks ahead for each: an endless iterator was read without end (fuzz35). A
    # thread pool stands in for the processes, so the test starts none.
    asked: list[int] = []

    def pool(workers: int) -> ThreadPoolExecutor:
        asked.append(workers)
        return ThreadPoolExecutor(2)

    monkeypatch.setattr("newsparse._batch._executor", pool)
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    consumed: list[int] = []
    results = parse_many(itertools.islice(_counting(consumed), 1_000), jobs=10**6)
    taken = list(itertools.islice(results, 2))
    assert [getattr(r, "title", None) for r in taken] == ["Title 0", "Title 1"]
    assert asked == [4 * 3]
    # Four chunks of four inputs in flight for each of the 12 workers, and the chunk handed out.
    assert len(consumed) <= 4 * 12 * 4 + 4
    results.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("cpus", "most"), [(1, 4), (None, 4), (2, 8), (64, 256)])
def test_the_most_workers_is_four_per_cpu(
    monkeypatch: pytest.MonkeyPatch, cpus: int | None, most: int
) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: cpus)
    monkeypatch.setattr("sys.platform", "linux")
    assert most_workers() == most
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setattr("os.cpu_count", lambda: 64)
    assert most_workers() == 61  # the most Windows' process pool takes


def test_a_worker_that_dies_costs_only_its_own_input() -> None:
    items = [1, 2, -1, 3, 4, 5, 6, 7, 8, 9, 10]
    results = list(
        run_ordered(_workers.square_or_die, items, jobs=2, window=2, crashed=_workers.died)
    )
    assert results == [1, 4, "died on -1", 9, 16, 25, 36, 49, 64, 81, 100]


def test_a_dead_worker_is_an_internal_error_by_default() -> None:
    results = list(run_ordered(_workers.square_or_die, [2, -1], jobs=2))
    assert results[0] == 4
    assert isinstance(results[1], InternalError)
    assert "died" in str(results[1])


def test_an_unexpected_exception_is_given_for_its_input(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(source: object, **options: object) -> Article:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr("newsparse._batch.parse_article", broken)
    (result,) = parse_many(["anything"], jobs=1)
    assert isinstance(result, InternalError)
    assert "RuntimeError: simulated bug" in str(result)


def test_bad_arguments() -> None:
    # A Source's own errors are newsparse's, and still a TypeError as they were before.
    with pytest.raises(InvalidArgumentError, match="exactly one"):
        Source()
    with pytest.raises(InvalidArgumentError, match="exactly one"):
        Source(path="a", content="b")
    with pytest.raises(InvalidArgumentError) as wrong_path:
        Source(path=5)  # type: ignore[arg-type]
    assert str(wrong_path.value) == (
        "Source(path=...) must be a str, an os.PathLike or None, not int"
    )
    assert isinstance(wrong_path.value, TypeError)
    (wrong,) = parse_many([1], jobs=1)  # type: ignore[list-item]
    assert isinstance(wrong, InvalidArgumentError)
    assert isinstance(wrong, TypeError)
    assert str(wrong).endswith("str or bytes items, not int")
    with pytest.raises(ValueError, match="at least 1"):
        parse_many([], jobs=0)
    # A wrong option's type is told at once, not as an internal error for each input.
    with pytest.raises(TypeError, match="default_timezone must be"):
        parse_many(["x"], jobs=1, default_timezone="UTC")  # type: ignore[arg-type]
    # One sentence each (attrs' validators gave a tuple of four values, audit33).
    with pytest.raises(InvalidArgumentError) as caught:
        Source(content="x", url=5)  # type: ignore[arg-type]
    assert str(caught.value) == "Source(url=...) must be a str or None, not int"
    with pytest.raises(InvalidArgumentError) as caught:
        Source(content="x", encoding=b"utf-8")  # type: ignore[arg-type]
    assert str(caught.value) == "Source(encoding=...) must be a str or None, not bytes"
    # A content of another type was taken, then told as an "internal error, please report it".
    with pytest.raises(InvalidArgumentError) as caught:
        Source(content=123)  # type: ignore[arg-type]
    assert str(caught.value) == "Source(content=...) must be str, bytes or None, not int"
    with pytest.raises(TypeError, match="content"):
        Source(content=["Title", "Body"])  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="jobs must be an int"):
        parse_many(["x"], jobs="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="window must be an int"):
        parse_many(["x"], jobs=1, window=0.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(("jobs", "window"), [(0, None), (-2, None), (1, 0), (None, -1)])
def test_jobs_or_window_below_one_is_an_invalid_argument(
    jobs: int | None, window: int | None
) -> None:
    # Round 44: a value below 1 raised a plain ValueError, the only bad argument of the API that
    # was not an InvalidArgumentError. It is both now, so an ``except ValueError`` still holds.
    for run in (
        lambda: parse_many(["x"], jobs=jobs, window=window),
        lambda: run_ordered(str, [1], jobs=jobs, window=window),
    ):
        with pytest.raises(InvalidArgumentError, match="at least 1") as caught:
            run()
        assert isinstance(caught.value, ValueError)


def test_a_source_of_a_memoryview_goes_to_a_worker_process() -> None:
    # A memoryview cannot be pickled: with a pool, the whole batch stopped with a TypeError
    # traceback (and the inputs after it were lost). Its bytes are copied when the Source is made.
    page = b"Title one\n\nThe first paragraph of the body of the story."
    source = Source(content=memoryview(page))
    assert source.content == page
    assert Source(content=bytearray(page)).content == page
    results = list(parse_many([source, "Title two\n\nThe second body of the story."], jobs=2))
    assert [getattr(r, "title", r) for r in results] == ["Title one", "Title two"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_item_of_a_wrong_type_is_its_own_result_and_the_others_are_parsed(jobs: int) -> None:
    # It raised TypeError when reached, which ended the iteration: the items after it were lost.
    items: list[object] = [
        "Title one\n\nThe first body paragraph.",
        123,
        None,
        b"Title two\n\nThe second body paragraph.",
        ["a", "list"],
        Source(content="Title three\n\nThe third body paragraph."),
    ]
    results = list(parse_many(items, jobs=jobs))  # type: ignore[arg-type]
    assert [getattr(r, "title", None) for r in results] == [
        "Title one",
        None,
        None,
        "Title two",
        None,
        "Title three",
    ]
    assert [str(r) for r in results if isinstance(r, InvalidArgumentError)] == [
        "parse_many takes Source, pathlib.Path, str or bytes items, not int",
        "parse_many takes Source, pathlib.Path, str or bytes items, not NoneType",
        "parse_many takes Source, pathlib.Path, str or bytes items, not list",
    ]


class _BrokenPath:
    """A path object whose ``__fspath__`` gives no path."""

    def __fspath__(self) -> str:
        return 5  # type: ignore[return-value]


def _released() -> memoryview:
    view = memoryview(b"Title\n\nThe body of the story.")
    view.release()
    return view


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("bad", [_BrokenPath, _released], ids=["fspath", "released"])
def test_an_item_that_cannot_be_made_a_source_is_its_own_result(
    jobs: int, bad: Callable[[], object]
) -> None:
    # fuzz45: a path object whose __fspath__ fails, or a released memoryview, raised while the
    # item was made a Source, inside the iterator of inputs: the batch ended there.
    items = ["Title one\n\nThe first body paragraph.", bad(), "Title two\n\nThe second body."]
    results = list(parse_many(items, jobs=jobs))  # type: ignore[arg-type]
    assert [getattr(r, "title", type(r).__name__) for r in results] == [
        "Title one",
        "InvalidArgumentError",
        "Title two",
    ]


def _breaking(count: int) -> Iterator[str]:
    """``count`` dumps, then the error of a generator that met a bad file."""
    for i in range(count):
        yield f"Title {i}\n\nThe body of story number {i} in the batch."
    msg = "the generator of inputs broke"
    raise OSError(msg)


@pytest.mark.parametrize("count", [2, 10])
@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_read_before_the_iterator_fails_are_given_then_its_error(
    jobs: int, count: int
) -> None:
    # fuzz43: with a pool, the error came out of the first chunk read ahead, and the results of
    # every input in flight were lost (2 inputs: 0 results; 40: 12).
    titles: list[str | None] = []

    def take_all() -> None:
        for result in parse_many(_breaking(count), jobs=jobs, window=2):
            assert isinstance(result, Article)
            titles.append(result.title)

    with pytest.raises(OSError, match="generator of inputs broke"):
        take_all()
    assert titles == [f"Title {i}" for i in range(count)]


def test_sources_that_are_no_iterable_of_inputs_are_refused() -> None:
    # fuzz43: one str was parsed one character at a time, each an article of its own; an int
    # gave Python's own "'int' object is not iterable".
    for sources in ("Title\n\nA body of the story.", b"Title\n\nBody", 5, None):
        with pytest.raises(InvalidArgumentError, match="sources must be an iterable of inputs"):
            parse_many(sources, jobs=1)  # type: ignore[arg-type]
    assert [r.title for r in parse_many(("Title\n\nA body of the story.",), jobs=1)] == ["Title"]  # type: ignore[union-attr]
