"""Draw accuracy against time per page for newsparse and its peers: ``python -m benchmarks.plot``.

Reads the committed results (``docs/benchmark-results.md``, written by ``python -m benchmarks.run
--write-docs``) and draws one panel per set: the set's headline accuracy against the median time per
page, one point per tool. Writes ``docs/_static/accuracy-vs-time.png``, which the documentation
shows. Needs matplotlib (in the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from benchmarks.datasets import REPO_ROOT

__all__ = ["PANELS", "Point", "main", "points", "read_results"]

RESULTS = REPO_ROOT / "docs" / "benchmark-results.md"
FIGURE = REPO_ROOT / "docs" / "_static" / "accuracy-vs-time.png"

#: (set, column, axis label) for each panel: the measure that best sums up each set.
PANELS = (
    ("fundus", "body F1", "body F1 (fundus, 258 pages)"),
    ("trafilatura", "with", "'with' snippets found (trafilatura set, 495 pages)"),
    ("readability", "title", "titles exact (readability set, 130 pages)"),
)

_HEADING = re.compile(r"^###\s+(\S+)")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?%?")

Point = tuple[str, float, float]


def read_results(path: Path = RESULTS) -> dict[str, list[dict[str, str]]]:
    """The Markdown tables of a results file, by set name, one ``dict`` per row."""
    tables: dict[str, list[dict[str, str]]] = {}
    current: str | None = None
    header: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = _HEADING.match(line)
        if heading:
            current, header = heading.group(1), []
            tables[current] = []
            continue
        if current is None or not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not header:
            header = cells
        elif not set(line) <= set("|-: "):
            tables[current].append(dict(zip(header, cells, strict=True)))
    return tables


def _value(cell: str) -> float | None:
    """``0.949`` -> 0.949, ``81.4% (210/258)`` -> 0.814, ``n/a`` -> None."""
    match = _NUMBER.match(cell)
    if match is None:
        return None
    text = match.group(0)
    return float(text[:-1]) / 100 if text.endswith("%") else float(text)


def points(tables: dict[str, list[dict[str, str]]], set_name: str, column: str) -> list[Point]:
    """``(tool, median ms, accuracy)`` for every tool with a value in ``column`` of ``set_name``."""
    found = []
    for row in tables.get(set_name, []):
        value, ms = _value(row.get(column, "")), _value(row.get("median ms", ""))
        if value is not None and ms is not None:
            found.append((row["tool"], ms, value))
    return found


def draw(tables: dict[str, list[dict[str, str]]], output: Path, *, source: str) -> None:
    """Draw the panels into ``output`` (a PNG)."""
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, NullFormatter, NullLocator

    figure, axes = plt.subplots(1, len(PANELS), figsize=(5 * len(PANELS), 4.2))
    for axis, (set_name, column, label) in zip(axes, PANELS, strict=True):
        for tool, ms, value in points(tables, set_name, column):
            own = tool == "newsparse"
            axis.scatter(ms, value, s=70 if own else 40, color="C3" if own else "C0", zorder=3)
            axis.annotate(tool, (ms, value), textcoords="offset points", xytext=(6, 4), fontsize=9)
        axis.set_xscale("log")
        axis.xaxis.set_major_locator(FixedLocator([5, 10, 20, 50, 100, 200]))
        axis.xaxis.set_major_formatter(lambda value, _: f"{value:g}")
        axis.xaxis.set_minor_locator(NullLocator())
        axis.xaxis.set_minor_formatter(NullFormatter())
        axis.margins(x=0.3, y=0.12)
        axis.set_xlabel("median time per page, ms (log scale; left is faster)")
        axis.set_ylabel(label)
        axis.grid(visible=True, alpha=0.3)
    figure.suptitle(f"Accuracy against time per page: up and to the left is better ({source})")
    figure.tight_layout()
    output.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(output, dpi=110, metadata={"Software": None})
    plt.close(figure)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.plot", description=__doc__)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--output", type=Path, default=FIGURE)
    args = parser.parse_args(argv)
    text = args.results.read_text(encoding="utf-8")
    date = re.search(r"^- date: (.+)$", text, re.MULTILINE)
    draw(read_results(args.results), args.output, source=f"run of {date.group(1) if date else '?'}")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
