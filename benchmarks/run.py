"""Run the benchmark: ``python -m benchmarks.run [--sets ...] [--tools ...] [--quick]``.

Each tool runs in its own process over every page of the chosen sets that it can read; the tools
take turns page by page, so that the machine's load falls on all of them alike, and each call is
timed by the worker's CPU time unless ``--clock wall`` is given. The run prints a Markdown table per set and a speed/memory table,
and writes them with a per-page CSV to ``benchmarks/results/`` (or ``--out``). ``--write-docs``
also refreshes ``docs/benchmark-results.md``, the committed copy the documentation includes.
"""

from __future__ import annotations

import argparse
import contextlib
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
from benchmarks.worker import CLOCKS, ToolProcess

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
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="time the extraction call by the worker's CPU time (default) or the wall clock",
    )
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


def _run_tools(
    tool_names: Sequence[str], sets: dict[str, list[Page]], timeout: float, clock: str
) -> tuple[dict[str, list[Row]], dict[str, int], dict[str, str]]:
    """Run every tool over every page it reads, the tools taking turns page by page.

    Return each tool's rows, peak RSS (KiB) and note. Each tool keeps its own process for the
    whole run; for each page the tools run one after another, starting one tool further on
    each page, so that a change in the machine's load during the run falls on every tool alike.
    """
    rows: dict[str, list[Row]] = {name: [] for name in tool_names}
    peaks = dict.fromkeys(tool_names, 0)
    notes = dict.fromkeys(tool_names, "")
    pages = [page for pages in sets.values() for page in pages]
    with contextlib.ExitStack() as stack:
        workers: dict[str, ToolProcess] = {}
        for name in tool_names:
            if tool_version(TOOLS[name]) is None:
                notes[name] = "not installed (pip install -e '.[bench]')"
                continue
            print(f"starting {name}", file=sys.stderr)
            worker = stack.enter_context(ToolProcess(name, timeout=timeout, clock=clock))
            if worker.load_error is not None:
                notes[name] = f"failed to load: {worker.load_error}"
                continue
            workers[name] = worker
        order = list(workers)
        started = time.perf_counter()
        for index, page in enumerate(pages):
            turn = index % len(order) if order else 0
            source = read_page(page)
            for name in order[turn:] + order[:turn]:
                if page.kind in TOOLS[name].kinds:
                    outcome = workers[name].run(source, page.url, page.kind)
                    rows[name].append(score_page(page, TOOLS[name], outcome))
            if (index + 1) % 50 == 0 or index + 1 == len(pages):
                elapsed = time.perf_counter() - started
                print(f"  {index + 1}/{len(pages)} pages, {elapsed:.0f}s", file=sys.stderr)
        for name, worker in workers.items():
            peaks[name] = worker.peak_rss_kb
    return rows, peaks, notes


def _header(
    argv: Sequence[str], tools: Sequence[str], sets: dict[str, list[Page]], clock: str
) -> str:
    timed_by = "the worker's CPU time" if clock == "cpu" else "the wall clock"
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
        "kind of input. Times are the extraction call alone, per page "
        f"({timed_by}; the tools take turns page by page); ratios are to trafilatura on the "
        "same pages. See docs/benchmarks.rst for the definitions.\n"
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

    rows_by_tool, peaks, notes = _run_tools(tool_names, sets, args.timeout, args.clock)

    parts = [_header(args_list, tool_names, sets, args.clock)]
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
