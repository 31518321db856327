"""Where newsparse spends its time over a set: the top functions of a cProfile run.

``python -m benchmarks.profile [--sets fundus] [--top 25] [--sort tottime|cumulative]`` parses
every page of the sets once (pages read and decoded before profiling starts) and prints the
functions that took the most time, newsparse's own and the library calls (``re``, lxml) they make.
Profiling slows everything down by about the same factor, so read shares, not milliseconds.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import newsparse
from benchmarks.datasets import DEFAULT_DATA_DIR, load_set, read_source

__all__ = ["main", "profile_sources"]


def profile_sources(sources: Sequence[tuple[str, str]], *, top: int, sort: str) -> str:
    """Profile :func:`newsparse.parse_article` over ``(source, kind)`` pairs; the report text."""
    profiler = cProfile.Profile()
    profiler.enable()
    for source, kind in sources:
        with contextlib.suppress(newsparse.NewsparseError):
            newsparse.parse_article(source, kind="text" if kind == "text" else "html")
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats(sort).print_stats(top)
    return out.getvalue()


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("--sets", nargs="+", default=["fundus"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", choices=("tottime", "cumulative"), default="tottime")
    args = parser.parse_args(None if argv is None else list(argv))
    sources = [
        (read_source(page), page.kind) for name in args.sets for page in load_set(name, args.data)
    ]
    print(f"{len(sources)} pages of {', '.join(args.sets)}")
    print(profile_sources(sources, top=args.top, sort=args.sort))
    return 0


if __name__ == "__main__":
    sys.exit(main())
