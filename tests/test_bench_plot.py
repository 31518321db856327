"""benchmarks/plot.py reads the committed results the way a person reads the tables."""

from pathlib import Path

import pytest
from benchmarks.plot import RESULTS, draw, points, read_results


def test_the_committed_results_are_read_cell_by_cell() -> None:
    tables = read_results(RESULTS)
    assert {"fundus", "readability", "trafilatura", "speed"} <= set(tables)
    fundus = {row["tool"]: row for row in tables["fundus"]}
    assert fundus["newsparse"]["body F1"] == "0.952"
    # Checked by hand against docs/benchmark-results.md (the fundus table, run of 2026-12-04 19:17 UTC).
    found = {tool: (ms, value) for tool, ms, value in points(tables, "fundus", "body F1")}
    assert found["newsparse"] == (11.6, 0.952)
    assert found["trafilatura"] == (28.8, 0.942)
    assert len(found) == 5
    titles = {tool: value for tool, _, value in points(tables, "readability", "title")}
    assert titles["newsparse"] == pytest.approx(0.819)
    # A column a tool does not fill ("n/a") gives no point.
    assert points(tables, "fundus", "captions F1") == [("newsparse", 11.6, 0.848)]


def test_the_figure_is_drawn(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    output = tmp_path / "figure.png"
    draw(read_results(RESULTS), output, source="test")
    assert output.read_bytes().startswith(b"\x89PNG")
