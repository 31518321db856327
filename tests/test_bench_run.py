"""The benchmark run: every tool reads every page it can, the tools taking turns page by page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from benchmarks import run
from benchmarks.datasets import Gold, Kind, Page
from benchmarks.tools import TOOLS
from benchmarks.worker import ToolProcess


class _FakeWorker:
    """Stands in for a tool's process and records the order of calls."""

    calls: list[tuple[str, str]]

    def __init__(self, tool_name: str, *, timeout: float, clock: str) -> None:
        del timeout
        self.tool_name = tool_name
        self.clock = clock
        self.load_error = None
        self.peak_rss_kb = 7

    def __enter__(self) -> _FakeWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def run(self, source: str, url: str | None, kind: str) -> str:
        del url, kind
        _FakeWorker.calls.append((self.tool_name, source))
        return source


def _page(name: str, kind: Kind) -> Page:
    return Page(
        set_name="s",
        page_id=name,
        kind=kind,
        path=Path(name),
        url=None,
        gold=Gold(),
    )


def test_tools_take_turns_page_by_page(monkeypatch: pytest.MonkeyPatch) -> None:
    _FakeWorker.calls = []
    monkeypatch.setattr(run, "ToolProcess", _FakeWorker)
    monkeypatch.setattr(run, "tool_version", lambda tool: "1.0")
    monkeypatch.setattr(run, "read_page", lambda page: page.page_id)
    monkeypatch.setattr(
        run, "score_page", lambda page, tool, outcome: {"tool": tool.name, "page": outcome}
    )
    pages = [_page("p1", "html"), _page("p2", "html"), _page("t3", "text"), _page("p4", "html")]
    tools = ["newsparse", "trafilatura", "goose3"]
    assert "text" not in TOOLS["trafilatura"].kinds  # the peers read HTML only
    rows, peaks, notes = run._run_tools(tools, {"s": pages}, 5.0, "cpu")

    assert _FakeWorker.calls == [
        ("newsparse", "p1"), ("trafilatura", "p1"), ("goose3", "p1"),
        ("trafilatura", "p2"), ("goose3", "p2"), ("newsparse", "p2"),
        ("newsparse", "t3"),  # goose3's turn to start, but only newsparse reads a text dump
        ("newsparse", "p4"), ("trafilatura", "p4"), ("goose3", "p4"),
    ]  # fmt: skip
    assert [row["page"] for row in rows["newsparse"]] == ["p1", "p2", "t3", "p4"]
    assert [row["page"] for row in rows["goose3"]] == ["p1", "p2", "p4"]
    assert peaks == {"newsparse": 7, "trafilatura": 7, "goose3": 7}
    assert notes == {"newsparse": "", "trafilatura": "", "goose3": ""}


def test_a_tool_not_installed_is_noted_and_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    _FakeWorker.calls = []
    monkeypatch.setattr(run, "ToolProcess", _FakeWorker)
    monkeypatch.setattr(run, "tool_version", lambda tool: None if tool.name == "goose3" else "1")
    monkeypatch.setattr(run, "read_page", lambda page: page.page_id)
    monkeypatch.setattr(run, "score_page", lambda page, tool, outcome: {"page": outcome})
    rows, _, notes = run._run_tools(
        ["newsparse", "goose3"], {"s": [_page("p1", "html")]}, 5.0, "cpu"
    )
    assert _FakeWorker.calls == [("newsparse", "p1")]
    assert rows["goose3"] == []
    assert notes["goose3"].startswith("not installed")


def test_an_unknown_clock_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown clock"):
        ToolProcess("newsparse", timeout=1.0, clock="sundial")


def test_the_clock_is_a_command_line_choice() -> None:
    parser: Any = run.build_parser()
    assert parser.parse_args([]).clock == "cpu"
    assert parser.parse_args(["--clock", "wall"]).clock == "wall"
    with pytest.raises(SystemExit):
        parser.parse_args(["--clock", "sundial"])
