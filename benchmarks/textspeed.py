"""Parses per second of text dumps on one core, beside a trivial baseline measured in the same run.

The baseline splits a dump into lines and strips them, the least any reader of a dump does; the
ratio between it and the parser is what to compare across machines. Two kinds of dump are timed:
the seed (about 4 KB, the layout the parser was first built for) and whole-page renderings of the
generated corpus (``python -m benchmarks.textdumps render``) of 6 to 8 KB.

``--clock cpu`` counts the process's own CPU time instead of the wall clock: on a machine other
jobs share, a preempted parse then does not count as a slow one.

``--profile N`` prints instead the N functions that take the most time (cProfile, cumulative)
over each set, to see where a dump's time goes.

Usage::

    python -m benchmarks.textspeed [--dumps /work/cache/dumps] [--seconds 2] [--clock cpu]
        [--profile 25]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.datasets import REPO_ROOT

__all__ = ["main", "profile", "rate"]


def rate(
    function: Callable[[str], object],
    texts: list[str],
    seconds: float,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Return how many texts ``function`` handles per second of ``clock``, over at least ``seconds``.

    The first text is handled once before the clock starts: imports and first-use work (a
    module compiled from source where no bytecode was cached, 5-7% of a two-second seed run)
    are not what a dump costs.
    """
    if texts:
        function(texts[0])
    done = 0
    started = clock()
    elapsed = 0.0
    while elapsed < seconds:
        for text in texts:
            function(text)
        done += len(texts)
        elapsed = clock() - started
    return done / elapsed


def profile(
    function: Callable[[str], object], texts: list[str], seconds: float, top: int, name: str
) -> None:
    """Print the ``top`` functions by cumulative time while ``function`` handles ``texts``."""
    for text in texts:
        function(text)  # warm up: imports and first-use work are not what a dump costs
    profiler = cProfile.Profile()
    profiler.enable()
    rate(function, texts, seconds)
    profiler.disable()
    print(f"## {name}")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def _baseline(text: str) -> object:
    return [line.strip() for line in text.splitlines()]


def _whole_pages(dumps: Path, low: int = 6000, high: int = 8000) -> list[str]:
    texts: list[str] = []
    manifest = dumps / "manifest.jsonl"
    if not manifest.exists():
        return texts
    with manifest.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["renderer"] not in ("inscriptis", "soup", "html2text"):
                continue
            text = (dumps / row["path"]).read_text(encoding="utf-8")
            if low <= len(text.encode("utf-8")) <= high:
                texts.append(text)
    return texts


def main(argv: list[str] | None = None) -> int:
    """Print parses per second for the seed and for whole-page renderings."""
    from newsparse import NewsparseError, parse_article

    def parse(text: str) -> object:
        try:
            return parse_article(text, kind="text")
        except NewsparseError:
            return None

    parser = argparse.ArgumentParser(prog="python -m benchmarks.textspeed")
    parser.add_argument("--dumps", type=Path, default=Path("/work/cache/dumps"))
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print top N functions")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="cpu: count the process's own CPU time, steadier on a machine other jobs share",
    )
    args = parser.parse_args(argv)
    seed = [
        path.read_text(encoding="utf-8") for path in sorted((REPO_ROOT / "seeds").glob("*.txt"))
    ]
    sets = {"seed (4 KB)": seed}
    pages = _whole_pages(args.dumps)
    if pages:
        sets[f"whole-page renderings, 6-8 KB ({len(pages)} dumps)"] = pages
    if args.profile:
        for name, texts in sets.items():
            profile(parse, texts, args.seconds, args.profile, name)
        return 0
    print("| dumps | newsparse parses/s | splitlines+strip/s | ratio |")
    print("|---|---|---|---|")
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    for name, texts in sets.items():
        ours = rate(parse, texts, args.seconds, clock)
        base = rate(_baseline, texts, args.seconds, clock)
        print(f"| {name} | {ours:,.0f} | {base:,.0f} | {base / ours:,.0f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
