"""Run the benchmark: ``python -m benchmarks.run [--sets ...] [--tools ...] [--quick]``.

Each tool runs in its own process, one tool after the other in the same session, over every page of
the chosen sets that it can read. The run prints a Markdown table per set and a speed/memory table,
and writes them with a per-page CSV to ``benchmarks/results/`` (or ``--out``). ``--write-docs``
also refreshes ``docs/benchmark-results.md``, the committed copy the documentation includes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.datasets import (
    DEFAULT_DATA_DIR,
    OPT_IN_SETS,
    QUICK_PER_SET,
    REPO_ROOT,
    SETS,
    Page,
    load_set,
)
from benchmarks.datasets import read_source as read_page
from benchmarks.report import Row, score_page, set_table, speed_table, write_csv
from benchmarks.tools import TOOLS, tool_version
from benchmarks.worker import ToolProcess

__all__ = ["main"]

RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"
DOCS_RESULTS = REPO_ROOT / "docs" / "benchmark-results.md"


def _names(
    values: Sequence[str] | None,
    known: Sequence[str],
    what: str,
    *,
    default: Sequence[str] | None = None,
) -> list[str]:
    if not values:
        return list(known if default is None else default)
    names = [name for value in values for name in value.split(",") if name]
    unknown = [name for name in names if name not in known]
    if unknown:
        msg = f"unknown {what}: {', '.join(unknown)} (known: {', '.join(known)})"
        raise SystemExit(msg)
    return names


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description="Score newsparse and its peers on the shared data sets.",
    )
    parser.add_argument(
        "--sets",
        nargs="+",
        metavar="SET",
        help=f"sets to run ({', '.join(SETS)}; {', '.join(sorted(OPT_IN_SETS))} only when named)",
    )
    parser.add_argument(
        "--tools", nargs="+", metavar="TOOL", help=f"tools to run ({', '.join(TOOLS)})"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"only the first {QUICK_PER_SET} pages of each set (a smoke test, not a measurement)",
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data folder"
    )
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="where results are written")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds allowed per page")
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help=f"also write {DOCS_RESULTS.relative_to(REPO_ROOT)}",
    )
    return parser


def _load_sets(names: Sequence[str], data: Path, *, quick: bool) -> dict[str, list[Page]]:
    sets = {}
    for name in names:
        try:
            sets[name] = load_set(name, data, quick=quick)
        except FileNotFoundError as exc:
            print(f"skipping set {name}: {exc}", file=sys.stderr)
    return sets


def _run_tool(
    tool_name: str, sets: dict[str, list[Page]], timeout: float
) -> tuple[list[Row], int, str]:
    """Run one tool over every page it reads; return its rows, peak RSS (KiB) and a note."""
    tool = TOOLS[tool_name]
    version = tool_version(tool)
    if version is None:
        return [], 0, "not installed (pip install -e '.[bench]')"
    pages = [page for pages in sets.values() for page in pages if page.kind in tool.kinds]
    rows: list[Row] = []
    started = time.perf_counter()
    with ToolProcess(tool_name, timeout=timeout) as worker:
        if worker.load_error is not None:
            return [], 0, f"failed to load: {worker.load_error}"
        for index, page in enumerate(pages, 1):
            outcome = worker.run(read_page(page), page.url, page.kind)
            rows.append(score_page(page, tool, outcome))
            if index % 50 == 0 or index == len(pages):
                elapsed = time.perf_counter() - started
                print(f"  {tool_name}: {index}/{len(pages)} pages, {elapsed:.0f}s", file=sys.stderr)
        peak = worker.peak_rss_kb
    return rows, peak, ""


def _header(argv: Sequence[str], tools: Sequence[str], sets: dict[str, list[Page]]) -> str:
    versions = ", ".join(f"{name} {tool_version(TOOLS[name]) or 'not installed'}" for name in tools)
    command = shlex.join(["python", "-m", "benchmarks.run", *argv])
    counts = ", ".join(f"{name} {len(pages)}" for name, pages in sets.items())
    return (
        "# newsparse benchmark results\n\n"
        f"- date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}\n"
        f"- command: `{command}`\n"
        f"- versions: {versions}\n"
        f"- Python {platform.python_version()} on {platform.system()} {platform.machine()}\n"
        f"- pages: {counts}\n\n"
        'Shares read `right/scored`; "n/a" means the tool does not extract that field or read that '
        "kind of input. Times are the extraction call alone, per page; ratios are to trafilatura "
        "on the same pages. See docs/benchmarks.rst for the definitions.\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(args_list)
    default_sets = [name for name in SETS if name not in OPT_IN_SETS]
    set_names = _names(args.sets, list(SETS), "sets", default=default_sets)
    tool_names = _names(args.tools, list(TOOLS), "tools")
    sets = _load_sets(set_names, args.data, quick=args.quick)
    if not sets:
        print("no data set could be loaded", file=sys.stderr)
        return 1

    rows_by_tool: dict[str, list[Row]] = {}
    peaks: dict[str, int] = {}
    notes: dict[str, str] = {}
    for name in tool_names:
        print(f"running {name}", file=sys.stderr)
        rows_by_tool[name], peaks[name], notes[name] = _run_tool(name, sets, args.timeout)

    parts = [_header(args_list, tool_names, sets)]
    for set_name, pages in sets.items():
        per_tool = {
            tool: [row for row in rows if row["set"] == set_name]
            for tool, rows in rows_by_tool.items()
        }
        applicable = {
            tool: not notes[tool] and any(page.kind in TOOLS[tool].kinds for page in pages)
            for tool in tool_names
        }
        parts.append(set_table(set_name, len(pages), per_tool, applicable))
    parts.append("### speed and memory (all pages each tool read)\n\n")
    parts[-1] += speed_table(rows_by_tool, peaks, notes)
    markdown = "\n".join(parts)
    print(markdown)

    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "")
    (args.out / f"results-{stamp}.md").write_text(markdown, encoding="utf-8")
    write_csv(
        (row for rows in rows_by_tool.values() for row in rows), args.out / f"pages-{stamp}.csv"
    )
    print(f"wrote {args.out / f'results-{stamp}.md'} and pages-{stamp}.csv", file=sys.stderr)
    if args.write_docs:
        DOCS_RESULTS.write_text(markdown, encoding="utf-8")
        print(f"wrote {DOCS_RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
