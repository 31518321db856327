"""How far newsparse is from the floor: lxml's own parse of the same pages, timed in the same run.

A parser built on lxml cannot be faster than lxml parsing the page, plus one walk over the tree.
For every page of each HTML set this times, one after the other in one process, from the page's
bytes (already read and unzipped, before any clock starts):

* ``lxml parse``: ``lxml.etree.fromstring(raw, HTMLParser())``;
* ``parse + walk``: the same, then every element's text and tail read once;
* ``newsparse``: :func:`newsparse.parse_article` on the same bytes.

Each is the best of ``--repeat`` runs per page (the least disturbed by the machine's other work),
and the report gives the median per set and the ratio of newsparse to the lxml parse:
``python -m benchmarks.floor [--sets fundus] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import lxml.etree

import newsparse
from benchmarks.datasets import DEFAULT_DATA_DIR, load_set

__all__ = ["main", "time_page"]

DEFAULT_SETS = ("fundus", "readability", "trafilatura", "indonesian-html", "metascraper")


def _parse(raw: bytes) -> object:
    return lxml.etree.fromstring(raw, lxml.etree.HTMLParser())


def _parse_and_walk(raw: bytes) -> object:
    root = lxml.etree.fromstring(raw, lxml.etree.HTMLParser())
    if root is None:
        return None
    chars = 0
    for el in root.iter():
        chars += len(el.text or "") + len(el.tail or "")
    return chars


def _newsparse(raw: bytes) -> object:
    try:
        return newsparse.parse_article(raw, kind="html")
    except newsparse.NewsparseError:
        return None


STEPS: tuple[tuple[str, Callable[[bytes], object]], ...] = (
    ("lxml parse", _parse),
    ("parse + walk", _parse_and_walk),
    ("newsparse", _newsparse),
)


def time_page(raw: bytes, repeat: int) -> list[float]:
    """Best-of-``repeat`` milliseconds of each step of :data:`STEPS` on one page."""
    best = []
    for _, step in STEPS:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            step(raw)
            times.append(time.perf_counter() - start)
        best.append(min(times) * 1000)
    return best


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.floor", description=__doc__)
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--repeat", type=int, default=3, help="runs per page; the best counts")
    args = parser.parse_args(None if argv is None else list(argv))
    names = [name for name, _ in STEPS]
    print("| set | pages | " + " | ".join(f"{n} (median ms)" for n in names) + " | ratio |")
    print("|---|---|" + "---|" * (len(names) + 1))
    for name in args.sets:
        times: list[list[float]] = []
        for page in load_set(name, args.data):
            raw = page.path.read_bytes()
            if page.path.suffix == ".gz":
                raw = gzip.decompress(raw)
            times.append(time_page(raw, args.repeat))
        medians = [statistics.median(t[i] for t in times) for i in range(len(names))]
        cells = " | ".join(f"{m:.1f}" for m in medians)
        print(f"| {name} | {len(times)} | {cells} | {medians[-1] / medians[0]:.1f}× |")
    print("\nratio: newsparse's median over the lxml parse's median, on the same pages in this run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
