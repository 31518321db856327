"""How much faster ``newsparse DIR --jobs N`` is than ``--jobs 1``: ``python -m benchmarks.jobs``.

Copies up to ``--pages`` development pages (the gzipped HTML pages of every set, then the Indonesian
text dumps) into one temporary folder, runs the command line over it once per ``--jobs`` value, one
after the other, ``--repeat`` times, and reports the best wall-clock time of each with its speed-up
over one process. Each run's JSON Lines are checked: every page exactly once, and the same records
whatever the number of processes.

The machine's other load moves the absolute times; the ratios, measured in the same session, are
what to compare. To tell what the machine itself allows, the run starts by timing a plain Python
loop in one process, then the same loop in two processes at once: on two free cores the two finish
in the time of one (a capacity of 2.0x); on a machine busy with other work they do not, and no
``--jobs`` can do better than that capacity. The CPU seconds of all of a run's processes, and the
cores they amount to over its wall-clock time, show the rest: what the pool adds to the work
(starting its workers, passing results), and how much of the machine the run was given.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.datasets import DEFAULT_DATA_DIR, load_set

__all__ = ["main"]


def gather(data: Path, folder: Path, pages: int) -> int:
    """Copy up to ``pages`` development pages into ``folder``; return how many were copied."""
    sources = sorted(data.glob("*/**/*.html.gz"))
    copied = 0
    for path in sources[:pages]:
        target = folder / path.relative_to(data)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copied += 1
    for page in load_set("indonesian-text", data)[: max(pages - copied, 0)]:
        target = folder / "indonesian-text" / page.path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page.path, target)
        copied += 1
    return copied


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(folder: Path, jobs: int, output: Path) -> tuple[float, float]:
    """Run the command line once; return its wall-clock and CPU seconds (all its processes)."""
    command = [sys.executable, "-m", "newsparse", str(folder), "--jobs", str(jobs)]
    command += ["--output", str(output), "--quiet", "--no-progress"]
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, _children_cpu() - cpu


def records(output: Path) -> dict[str, str]:
    """The output's records by path; fails if a page is there twice."""
    lines = output.read_text(encoding="utf-8").splitlines()
    paths = Counter(json.loads(line)["path"] for line in lines)
    twice = [path for path, count in paths.items() if count > 1]
    if twice:
        msg = f"{len(twice)} pages written more than once, e.g. {twice[0]}"
        raise SystemExit(msg)
    return {json.loads(line)["path"]: line for line in lines}


_LOOP = "total = 0\nfor number in range(20_000_000):\n    total += number\n"


def capacity() -> float:
    """How many loops' worth of work two processes at once do in the time of one loop."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _LOOP], check=True)
    one = time.perf_counter() - start
    start = time.perf_counter()
    pair = [subprocess.Popen([sys.executable, "-c", _LOOP]) for _ in range(2)]
    for process in pair:
        process.wait()
    two = time.perf_counter() - start
    return 2 * one / two


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.jobs", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsparse-jobs-") as temporary:
        folder = Path(temporary) / "pages"
        count = gather(args.data, folder, args.pages)
        print(f"{count} pages in {folder}, {os.cpu_count()} CPUs")
        print(f"the machine's capacity for two processes now: {capacity():.2f}x")
        best: dict[int, tuple[float, float]] = {}
        outputs: dict[int, dict[str, str]] = {}
        for _ in range(args.repeat):
            for jobs in args.jobs:
                output = Path(temporary) / f"jobs-{jobs}.jsonl"
                wall, cpu = run_once(folder, jobs, output)
                best[jobs] = min(best.get(jobs, (wall, cpu)), (wall, cpu))
                outputs[jobs] = records(output)
        first = args.jobs[0]
        print(
            f"| --jobs | pages written | wall s (best of {args.repeat}) | speed-up | CPU s | cores used |"
        )
        print("|---|---|---|---|---|---|")
        for jobs in args.jobs:
            same = outputs[jobs] == outputs[first]
            wall, cpu = best[jobs]
            print(
                f"| {jobs} | {len(outputs[jobs])}{'' if same else ' (differs!)'} "
                f"| {wall:.1f} | {best[first][0] / wall:.2f}x | {cpu:.1f} | {cpu / wall:.2f} |"
            )
        print(f"the machine's capacity for two processes after the runs: {capacity():.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
