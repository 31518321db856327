"""newsparse.dask on a LocalCluster with two worker processes."""

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db
import distributed
from jsonschema import Draft202012Validator

from newsparse import Article, parse_many
from newsparse.dask import parse_paths, parse_warcs, to_jsonl
from newsparse.schema import load_schema

from .conftest import FIXTURES, SEED
from .test_warc import write_warc


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def _files(root: Path) -> list[Path]:
    html = FIXTURES / "html" / "jsonld_graph.html"
    (root / "page.html.gz").write_bytes(gzip.compress(html.read_bytes()))
    (root / "empty.txt").write_text("")
    return [SEED, root / "page.html.gz", root / "empty.txt", root / "missing.txt", html, SEED]


def test_a_bag_of_paths_on_two_workers(client: object, tmp_path: Path) -> None:
    files = _files(tmp_path)
    bag = parse_paths(files, npartitions=2)
    assert bag.npartitions == 2
    records = bag.compute()
    expected = list(parse_many(files, jobs=1))
    assert [r["path"] for r in records] == [str(f) for f in files]
    for record, result in zip(records, expected, strict=True):
        if isinstance(result, Article):
            assert record == {"path": record["path"], **result.to_dict()}
        else:
            assert record["error"] == type(result).__name__
    assert [r.get("error") for r in records] == [
        None,
        None,
        "EmptyInputError",
        "SourceReadError",
        None,
        None,
    ]
    # Both workers took part.
    assert len(client.run(lambda: 1)) == 2  # type: ignore[attr-defined]
    written = to_jsonl(bag, tmp_path / "out")
    assert [Path(name).name for name in written] == ["part-0.jsonl", "part-1.jsonl"]
    lines = [json.loads(line) for name in written for line in Path(name).read_text().splitlines()]
    assert lines == records
    validator = Draft202012Validator(load_schema())
    for record in records:
        if "error" not in record:
            validator.validate(record)


def test_a_bag_of_warc_files(client: object, tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    records = parse_warcs([warc, tmp_path / "missing.warc.gz"]).compute()
    assert [r.get("url") for r in records[:3]] == [
        "https://example.com/ru",
        "https://example.com/en",
        "https://example.com/untyped",
    ]
    assert records[0]["title"] == "Привет мир"
    assert records[3]["error"] == "EmptyInputError"
    assert records[4] == {
        "path": str(tmp_path / "missing.warc.gz"),
        "error": "SourceReadError",
        "message": records[4]["message"],
    }
    assert "missing.warc.gz" in records[4]["message"]


def test_odd_paths_are_error_records_and_every_record_is_written(tmp_path: Path) -> None:
    # fuzz45: a bag item that is no path (None, a number) raised inside the partition's inputs
    # and failed the whole partition; a file name that is not UTF-8 (lone surrogates in the
    # record's path) failed to_jsonl with UnicodeEncodeError.
    odd = os.fsdecode(b"odd-\xff-name.txt")
    (tmp_path / odd).write_bytes(SEED.read_bytes())
    items = [
        str(SEED),
        None,
        5,
        str(tmp_path / odd),
        str(tmp_path / "missing\udcff.txt"),
        str(SEED),
    ]
    bag = parse_paths(db.from_sequence(items, npartitions=1))
    records = bag.compute(scheduler="synchronous")
    assert [r.get("error") for r in records] == [
        None,
        "InvalidArgumentError",
        "InvalidArgumentError",
        None,
        "SourceReadError",
        None,
    ]
    assert records[3]["path"].endswith("odd-\\udcff-name.txt")
    written = to_jsonl(bag, tmp_path / "out")
    lines = [
        json.loads(line) for name in written for line in Path(name).read_text("utf-8").splitlines()
    ]
    assert len(lines) == len(items)
