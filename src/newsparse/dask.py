"""Parse past one machine with Dask (extra ``dask``): bags of files or WARC files, JSON Lines out.

Install with ``pip install 'newsparse[dask]'``. Dask does the scheduling, the retries and the
spreading over machines; these helpers only say what one partition does. Each partition is parsed
in the worker that holds it, one input after another, with the same rules as
:func:`newsparse.parse_many`: one bad input becomes an error record and never stops the others.

A record is a ``dict``: for a parsed input, ``{"path": ..., **article.to_dict()}`` (valid against
the schema of :mod:`newsparse.schema`); for a failed one, ``{"path": ..., "error": <the exception's
class name>, "message": ...}``. Keep one kind with ``bag.filter(lambda r: "error" not in r)``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from typing import Any

from newsparse._batch import Source, parse_many
from newsparse._corpus import record_path
from newsparse._options import Kind
from newsparse.errors import InvalidArgumentError, NewsparseError
from newsparse.model import Article
from newsparse.serialize import to_dict

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - the message is the point
    msg = "newsparse.dask needs the dask extra: pip install 'newsparse[dask]'"
    raise ImportError(msg) from exc

__all__ = ["parse_paths", "parse_warcs", "to_jsonl"]

Record = dict[str, Any]


def _record(label: str, result: Article | NewsparseError) -> Record:
    # (A file name that is not UTF-8 holds lone surrogates: written as escapes, or to_jsonl
    # failed the whole partition with UnicodeEncodeError.)
    label = record_path(label)
    if isinstance(result, NewsparseError):
        return {"path": label, "error": type(result).__name__, "message": record_path(str(result))}
    return {"path": label, **to_dict(result)}


def _source(name: object) -> Source | InvalidArgumentError:
    """``name`` as a file to parse, or the error that is its result (not a path at all)."""
    try:
        return Source(path=os.fsdecode(name))  # type: ignore[arg-type]
    except (TypeError, InvalidArgumentError):
        msg = f"a path must be a str, bytes or os.PathLike, not {type(name).__name__}"
        return InvalidArgumentError(msg)


def _parse_partition(
    paths: Iterable[str],
    default_timezone: dt.tzinfo | None,
    kind: Kind,
    encoding: str | None,
) -> list[Record]:
    names = list(paths)
    # (An item of a bag that is no path, None or a number, raised inside parse_many's inputs and
    # failed the whole partition: it is that item's error record now.)
    sources = [_source(name) for name in names]
    results = parse_many(
        (source for source in sources if isinstance(source, Source)),
        jobs=1,
        default_timezone=default_timezone,
        kind=kind,
        encoding=encoding,
    )
    return [
        _record(
            source.path if isinstance(source, Source) and source.path is not None else repr(name),
            source if isinstance(source, NewsparseError) else next(results),
        )
        for name, source in zip(names, sources, strict=True)
    ]


def parse_paths(
    paths: Sequence[str | os.PathLike[str]] | db.Bag,
    *,
    npartitions: int | None = None,
    default_timezone: dt.tzinfo | None = None,
    kind: Kind = "auto",
    encoding: str | None = None,
) -> db.Bag:
    """A bag of one record per file, in the order of ``paths``.

    Args:
        paths: File names (each readable by the workers), as a list or a bag of strings.
        npartitions: Partitions to split a list into (Dask's default when ``None``); ignored
            for a bag.
        default_timezone: As for :func:`newsparse.parse_article`.
        kind: As for :func:`newsparse.parse_article`.
        encoding: As for :func:`newsparse.parse_many`.

    Returns:
        A lazy bag; nothing is parsed until it is computed or written.
    """
    if isinstance(paths, db.Bag):
        bag = paths
    else:
        bag = db.from_sequence([os.fspath(path) for path in paths], npartitions=npartitions)
    return bag.map_partitions(
        _parse_partition, default_timezone=default_timezone, kind=kind, encoding=encoding
    )


def _parse_warc(path: str, default_timezone: dt.tzinfo | None, kind: Kind) -> list[Record]:
    from newsparse.warc import parse_warc  # noqa: PLC0415 - the warc extra, only when used

    results = parse_warc(path, jobs=1, default_timezone=default_timezone, kind=kind)
    # (a corrupt record has no trustworthy id: its record is the file's, its error names the byte)
    return [
        _record(path if item.record_id is None else f"{path}#{item.record_id}", item.result)
        for item in results
    ]


def _parse_warc_partition(
    paths: Iterable[str], default_timezone: dt.tzinfo | None, kind: Kind
) -> list[Record]:
    records: list[Record] = []
    for path in paths:
        try:
            records.extend(_parse_warc(path, default_timezone, kind))
        except NewsparseError as exc:
            records.append(_record(path, exc))
    return records


def parse_warcs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    default_timezone: dt.tzinfo | None = None,
    kind: Kind = "auto",
) -> db.Bag:
    """A bag of one record per HTML response record, one partition per WARC file.

    Needs the ``warc`` extra as well. A record's ``path`` is ``FILE#<WARC-Record-ID>``; a WARC
    file that cannot be read gives one error record with its name.
    """
    names = [os.fspath(path) for path in paths]
    bag = db.from_sequence(names, npartitions=max(len(names), 1))
    return bag.map_partitions(_parse_warc_partition, default_timezone=default_timezone, kind=kind)


def to_jsonl(records: db.Bag, folder: str | os.PathLike[str]) -> list[str]:
    """Write ``records`` as JSON Lines, one file per partition (``part-0.jsonl``...) in ``folder``.

    Returns:
        The names of the files written.
    """
    pattern = os.path.join(os.fspath(folder), "part-*.jsonl")  # noqa: PTH118 - a Dask glob
    lines = records.map(json.dumps, ensure_ascii=False)
    written: list[str] = lines.to_textfiles(pattern, encoding="utf-8")
    return written
