"""``benchmarks/textsame.py`` (saving and comparing outputs) and ``textspeed --profile``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks import textsame, textspeed

from newsparse import parse_article


def test_save_then_compare(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Harbour reopens after the storm\n\nThe harbour reopened on Tuesday after a storm "
        "closed it for three days, the port authority said.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert textsame.save(iter([article, empty]), first) == 2
    rows = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert [row["path"] for row in rows] == [str(article), str(empty)]
    assert json.loads(rows[0]["out"])["title"] == "Harbour reopens after the storm"
    assert rows[1]["out"].startswith("EmptyInputError: ")
    textsame.save(iter([article, empty]), second)
    assert textsame.compare(first, second) == []
    assert textsame.main(["compare", str(first), str(second)]) == 0
    # A changed output, and a dump only one save holds, are both differences.
    changed = [{"path": str(article), "out": "other"}, {"path": "only-here", "out": ""}]
    second.write_text("".join(json.dumps(row) + "\n" for row in changed), encoding="utf-8")
    assert textsame.compare(first, second) == sorted([str(article), str(empty), "only-here"])
    assert textsame.main(["compare", str(first), str(second)]) == 1


def test_textspeed_profile_names_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Harbour reopens\n\nThe harbour reopened on Tuesday after a storm closed it for days."
    textspeed.profile(parse_article, [text], 0.01, 5, "tiny")
    out = capsys.readouterr().out
    assert out.startswith("## tiny\n")
    assert "parse_article" in out


def test_compare_keys_repo_dumps_by_their_path_inside_the_checkout(tmp_path: Path) -> None:
    # The same seed saved from two checkouts is one dump; a changed output there still shows.
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    rows = [{"path": "/work/main/seeds/one.txt", "out": "x"}]
    first.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    moved = {"path": "/work/wt-other/seeds/one.txt", "out": "x"}
    second.write_text(json.dumps(moved) + "\n", encoding="utf-8")
    assert textsame.compare(first, second) == []
    moved["out"] = "y"
    second.write_text(json.dumps(moved) + "\n", encoding="utf-8")
    assert textsame.compare(first, second) == ["seeds/one.txt"]


def test_textspeed_rate_reads_the_clock_it_is_given() -> None:
    # A clock that moves one second a reading: two passes over three texts take two seconds
    # (after the first text handled once, off the clock).
    ticks = iter(range(100))
    seen: list[str] = []
    per_second = textspeed.rate(seen.append, ["a", "b", "c"], 2.0, lambda: float(next(ticks)))
    assert seen == ["a", "a", "b", "c", "a", "b", "c"]
    assert per_second == 3.0


def test_textspeed_rate_handles_a_text_before_the_clock_starts() -> None:
    # The first parse pays for imports and first use (compiling a module with no cached
    # bytecode): it is done before the clock starts, so a rate is what a dump costs.
    events: list[str] = []
    ticks = iter([0.0, 1.0])

    def clock() -> float:
        events.append("clock")
        return next(ticks)

    assert textspeed.rate(events.append, ["a"], 0.5, clock) == 1.0
    assert events == ["a", "clock", "a", "clock"]
