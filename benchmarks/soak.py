"""Soak tests: many parses with flat memory, and a large CLI batch with corrupt files in it.

``python -m benchmarks.soak parses --count 100000`` parses a rotation of small pages (the seed,
built-in HTML pages, hostile but readable pages) ``count`` times in one process and prints the
resident memory at each tenth; memory is flat when the last tenth is within 10 % (and 20 MB) of the
first.

``python -m benchmarks.soak batch --files 10000 --corrupt 0.01`` writes ``files`` inputs to a
temporary folder, a ``corrupt`` share of them broken (binary files, empty files, NUL bytes,
undecodable bytes), runs the ``newsparse`` command line once over all of them, and checks that
every good file has exactly one record in its output and every bad one a message on stderr.

Both print one summary line and exit 1 when the check fails; the last results are in
``docs/robustness.rst``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parents[1]

_HTML = (
    "<html><head><title>{title} | Harbour News</title>"
    '<meta name="author" content="Ana Lima"><script type="application/ld+json">'
    '{{"@type": "NewsArticle", "headline": "{title}", "datePublished": "2024-05-{day:02d}T10:00:00+02:00"}}'
    "</script></head><body><article><h1>{title}</h1><p class='byline'>By Ana Lima</p>"
    "<figure><img src='a.jpg'><figcaption>The port at dawn. Photo: Ana Lima</figcaption></figure>"
    "<p>The port reopened on day {day} after the storm, and ships queued for hours to enter.</p>"
    "<p>Officials said the damage was smaller than feared, and the ferries run again.</p>"
    "</article></body></html>"
)
# Readable, though hostile: each of these once crashed a parse or a batch (issue 11).
_HOSTILE = (
    '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": '
    '"Bad \\ud800 title"}</script></head><body><p>The text after a lone surrogate escape.</p></body></html>',
    "<html><body><p>A tail with a noncharacter</p><nav>menu</nav>\ufffe and more words here.</body></html>",
    "<html><body><time>Wed Aug 05 29:00:00 2015</time><p>An impossible time of day.</p></body></html>",
    '<html><head><meta charset="base64"></head><body><p>A charset that is no text encoding.</p></body></html>',
)
_CORRUPT = (
    b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)),
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    b"\x00\x01\x02",
    b"",
    b"   \n\t  ",
)


def _pages() -> list[bytes]:
    pages = [
        _HTML.format(title=f"Storm number {i} over the port", day=1 + i % 28).encode()
        for i in range(20)
    ]
    pages.extend(text.encode("utf-8", "surrogatepass") for text in _HOSTILE)
    pages.extend(path.read_bytes() for path in sorted((ROOT / "seeds").glob("*.txt")))
    return pages


def _rss_mb() -> float:
    """The resident memory of this process, from /proc (Linux), in MB."""
    with Path("/proc/self/statm").open() as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def soak_parses(count: int) -> bool:
    pages = _pages()
    marks: list[float] = []
    start = time.perf_counter()
    failures = 0
    for i in range(count):
        data = pages[i % len(pages)]
        try:
            newsparse.parse_article(data).to_json().encode("utf-8")
        except newsparse.NewsparseError:
            failures += 1
        if (i + 1) % max(1, count // 10) == 0:
            marks.append(_rss_mb())
    elapsed = time.perf_counter() - start
    growth = marks[-1] - marks[0]
    flat = growth <= max(0.1 * marks[0], 20.0)
    print(
        f"{count:,} parses of {len(pages)} pages in {elapsed:.0f} s; NewsparseErrors: {failures}; "
        f"RSS by tenths (MB): {', '.join(f'{m:.0f}' for m in marks)}; "
        f"growth {growth:+.1f} MB: {'flat' if flat else 'NOT flat'}"
    )
    return flat and failures == 0


def soak_batch(files: int, corrupt: float, seed: int) -> bool:
    rng = random.Random(seed)  # noqa: S311 - picks test files, not secrets
    pages = _pages()
    bad_count = round(files * corrupt)
    bad_at = set(rng.sample(range(files), bad_count))
    with tempfile.TemporaryDirectory() as folder:
        paths: list[str] = []
        bad: set[str] = set()
        for i in range(files):
            path = Path(folder) / f"{i:05d}.html"
            if i in bad_at:
                path.write_bytes(rng.choice(_CORRUPT))
                bad.add(str(path))
            else:
                path.write_bytes(pages[i % len(pages)])
            paths.append(str(path))
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "newsparse", *paths],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        elapsed = time.perf_counter() - start
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    printed = [record.get("path") for record in records]
    good = [p for p in paths if p not in bad]
    missing = [p for p in good if p not in set(printed)]
    reported = [p for p in bad if f"{p}:" in done.stderr]
    ok = (
        not missing
        and len(printed) == len(good)
        and len(reported) == len(bad)
        and "Traceback" not in done.stderr
        and done.returncode == 1
    )
    print(
        f"{files:,} files ({len(bad)} corrupt) in {elapsed:.0f} s: {len(printed):,} records for "
        f"{len(good):,} good files ({len(missing)} missing), {len(reported)} of {len(bad)} bad files "
        f"reported, exit status {done.returncode}: {'OK' if ok else 'FAILED'}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    parses = sub.add_parser("parses", help="many parses in one process, memory watched")
    parses.add_argument("--count", type=int, default=100_000)
    batch = sub.add_parser("batch", help="one command-line batch with corrupt files in it")
    batch.add_argument("--files", type=int, default=10_000)
    batch.add_argument("--corrupt", type=float, default=0.01)
    batch.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "parses":
        return 0 if soak_parses(args.count) else 1
    return 0 if soak_batch(args.files, args.corrupt, args.seed) else 1


if __name__ == "__main__":
    raise SystemExit(main())
