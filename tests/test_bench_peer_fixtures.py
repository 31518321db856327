"""The ``peer-fixtures`` set: its manifest, its build step and its loader, on hand-made files.

The peers' pages are third-party content kept outside the repository (CI does not have them), so
the build and the loader are exercised on two tiny pages written here; the manifest itself is
checked for the facts every entry must record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest
from benchmarks import peer_fixtures
from benchmarks.datasets import OPT_IN_SETS, SETS, load_set
from benchmarks.heldout import fold_of, publisher_of
from benchmarks.peer_fixtures import Entry, FileRef, build, gold_row, load_manifest, verify
from benchmarks.score import date_matches, parse_gold_date

LICENCES = {"goose3": "Apache-2.0", "newspaper4k": "MIT"}
# The sets this project never develops on; a fixture copied from one of them has no place here.
FORBIDDEN = (
    "article-extraction-benchmark",
    "postlight",
    "htmldate",
    "l3s",
    "indonesian-news-scraper",
)


def test_every_manifest_entry_records_source_licence_and_checksums() -> None:
    entries = load_manifest()
    assert len({entry.id for entry in entries}) == len(entries)
    for entry in entries:
        assert entry.id.split("__")[:2] == [entry.source, entry.site]
        assert entry.licence == LICENCES[entry.source]
        assert entry.repo in {"goose3/goose3", "AndyTheFactory/newspaper4k"}
        for ref in entry.files():
            assert re.fullmatch("[0-9a-f]{64}", ref.sha256)
            assert ref.path.startswith("tests/data/")
            assert not any(name in ref.path.casefold() for name in FORBIDDEN)
            # a commit pins every file, except newspaper4k's that come from its release's sdist
            if ref.commit is not None:
                assert re.fullmatch("[0-9a-f]{40}", ref.commit)
            else:
                assert entry.source == "newspaper4k"
                assert entry.release is not None
        gold = entry.gold
        assert gold or entry.body, f"{entry.id} has no gold at all"
        assert set(gold) <= {"title", "authors", "date", "date_instant"}
        if "date" in gold:
            assert parse_gold_date(gold["date"]) is not None, entry.id
        if entry.body is not None:
            assert entry.expected is not None
        assert entry.notes


def _entry(tmp: Path, name: str, html: bytes, expected: bytes, **gold: object) -> Entry:
    page = f"tests/data/html/{name}.html"
    text = f"tests/data/txt/{name}.txt"
    for path, data in ((page, html), (text, expected)):
        target = tmp / "raw" / "newspaper4k" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return Entry(
        id=f"newspaper4k__{name}.example__{name}",
        source="newspaper4k",
        repo="AndyTheFactory/newspaper4k",
        licence="MIT",
        release="0.9.6",
        site=f"{name}.example",
        url=f"https://{name}.example/story",
        page=FileRef(path=page, commit=None, sha256=hashlib.sha256(html).hexdigest()),
        expected=FileRef(path=text, commit=None, sha256=hashlib.sha256(expected).hexdigest()),
        metadata=None,
        body="newspaper4k-text",
        gold=dict(gold),
        notes="hand-made",
    )


PAGE = b"<html><head><title>T</title></head><body><p>One two three four five.</p></body></html>"


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Entry]:
    entries = [
        _entry(tmp_path, "alpha", PAGE, b"First  paragraph\nwrapped.\n\n\nSecond one.\n",
               title="Alpha headline", authors=["Ann Lee"], date="2024-05-03T10:20:00+02:00"),
        _entry(tmp_path, "beta", PAGE, b"Only one.", date="2024-05-03T08:20:00+00:00",
               date_instant=True),
    ]  # fmt: skip
    assert build(tmp_path / "raw", tmp_path / "set", entries) == 2
    monkeypatch.setenv(peer_fixtures.ENV_VAR, str(tmp_path / "set"))
    return entries


def test_build_copies_pages_byte_for_byte_and_writes_the_gold(
    built: list[Entry], tmp_path: Path
) -> None:
    out = tmp_path / "set"
    assert (out / "html" / f"{built[0].id}.html").read_bytes() == PAGE
    rows = [json.loads(line) for line in (out / "gold.jsonl").read_text().splitlines()]
    assert rows[0]["paragraphs"] == ["First paragraph wrapped.", "Second one."]
    assert rows[0]["authors"] == ["Ann Lee"]
    assert rows[0]["date_instant"] is False
    assert rows[1] == gold_row(built[1], tmp_path / "raw")
    assert rows[1]["title"] is None


def test_loader_reads_the_built_set(built: list[Entry]) -> None:
    alpha, beta = load_set("peer-fixtures")
    assert alpha.page_id == f"html/{built[0].id}.html"
    assert alpha.url == "https://alpha.example/story"
    assert alpha.gold.title == "Alpha headline"
    assert alpha.gold.authors == ("Ann Lee",)
    assert alpha.gold.body == "First paragraph wrapped.\nSecond one."
    assert publisher_of(alpha) == "alpha.example"
    assert fold_of(alpha) in {"tune", "held-out"}
    # beta's page states one instant in two offsets: any offset of it is right, unlike alpha's
    same_instant = dt.datetime(2024, 5, 3, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert beta.gold.date is not None
    assert alpha.gold.date is not None
    assert date_matches(beta.gold.date, same_instant)
    assert not date_matches(alpha.gold.date, same_instant.astimezone(dt.timezone.utc))


def test_loader_without_the_files_is_empty_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(peer_fixtures.ENV_VAR, str(tmp_path / "nothing-here"))
    assert load_set("peer-fixtures") == []
    assert "peer-fixtures" in capsys.readouterr().err


def test_verify_and_build_refuse_a_changed_file(built: list[Entry], tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    assert verify(raw, built) == []
    (raw / "newspaper4k" / built[1].page.path).write_bytes(PAGE + b" ")
    (problem,) = verify(raw, built)
    assert "SHA-256" in problem
    with pytest.raises(ValueError, match="SHA-256"):
        build(raw, tmp_path / "again", built)


def test_the_set_runs_only_when_named() -> None:
    assert set(SETS) >= OPT_IN_SETS
    assert "peer-fixtures" in OPT_IN_SETS
