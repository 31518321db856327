"""What ``import newsparse`` costs, and what a first parse and one CLI call cost, each in a fresh process.

A process that parses one file (a shell loop over ``newsparse FILE``, a worker that is started for
each job) pays the import every time, so it is measured apart from the parse. Every run starts a new
interpreter, so nothing is cached but the bytecode on disk (one unmeasured warm-up round first
writes it). The rounds interleave the scenarios, so that a burst of other work on the machine
touches them all alike; the report gives the median and the best of ``--runs`` rounds:

* ``baseline``: ``import attrs, lxml.etree, json, re``, what any parser built on these pays;
* ``import``: ``import newsparse``;
* ``import + first HTML parse``: the import, then :func:`newsparse.parse_article` on a small page;
* ``import + first text parse``: the import, then the seed text dump;
* ``CLI``: ``python -m newsparse SEED`` end to end, timed from outside (interpreter start-up and
  JSON output included), beside ``python -c pass``, the interpreter's own start-up.

Bytecode: an installed wheel has its ``.pyc`` files (pip writes them), so by default the processes
read and write bytecode under a temporary ``PYTHONPYCACHEPREFIX`` (the warm-up round fills it), even
where ``PYTHONDONTWRITEBYTECODE`` is set. ``--as-is`` runs them in the caller's environment instead:
with ``PYTHONDONTWRITEBYTECODE=1`` and no ``__pycache__`` beside the sources, every process compiles
newsparse from source, which costs about as much again.

``--against SRC`` times a second copy of the sources (the ``src`` directory of an older checkout,
``git archive main src | tar -x -C /tmp/main``) in the same rounds, through ``PYTHONPATH``, so that
a before/after comparison sees the same load on the machine; the table then gives both and their
ratio.

The first four are timed inside the process, from before the first import to after the parse.
Then ``-X importtime`` gives the modules with the largest self time (median over the runs), for
``import newsparse`` alone or, with ``--after html`` or ``--after text``, up to the end of a first
parse (the modules loaded on first use included)::

    python -m benchmarks.importtime [--runs 15] [--top 15] [--after import|html|text] [--as-is]\
        [--against OLD/src]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.datasets import REPO_ROOT

__all__ = ["SCENARIOS", "main", "self_times"]

SEED = REPO_ROOT / "seeds" / "000_ba2def52373556d9.txt"

#: A small page: a title, a byline, a date and two paragraphs.
SMALL_PAGE = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>A small page - Site</title>"
    "<meta property='article:published_time' content='2024-03-01T10:00:00Z'></head><body>"
    "<article><h1>A small page</h1><p class='byline'>By Ann Writer</p>"
    "<p>The first paragraph of the body says something that a reader would want to read.</p>"
    "<p>The second paragraph goes on for a while, long enough to count as the body.</p>"
    "</article></body></html>"
)

_CLOCK = "import time\n_t = time.perf_counter()\n"
_REPORT = "\nprint((time.perf_counter() - _t) * 1000)\n"

#: Scenario name -> the code a fresh interpreter runs; it prints its own time in milliseconds.
SCENARIOS: dict[str, str] = {
    "baseline: import attrs, lxml.etree, json, re": _CLOCK
    + "import attrs, lxml.etree, json, re"
    + _REPORT,
    "import newsparse": _CLOCK + "import newsparse" + _REPORT,
    "import + first HTML parse (small page)": _CLOCK
    + f"import newsparse\nnewsparse.parse_article({SMALL_PAGE!r})"
    + _REPORT,
    "import + first text parse (seed dump)": _CLOCK
    + f"import newsparse\nnewsparse.parse_file({str(SEED)!r})"
    + _REPORT,
}

_OUTSIDE: dict[str, list[str]] = {
    "python -c pass (start-up, from outside)": ["-c", "pass"],
    "CLI: python -m newsparse SEED (from outside)": ["-m", "newsparse", str(SEED)],
}

_AFTER = {
    "import": "import newsparse",
    "html": f"import newsparse\nnewsparse.parse_article({SMALL_PAGE!r})",
    "text": f"import newsparse\nnewsparse.parse_file({str(SEED)!r})",
}


def _inside(code: str, env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
        env=env,
    )
    return float(done.stdout.strip().splitlines()[-1])


def _outside(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, *args], stdout=subprocess.DEVNULL, check=True, cwd=REPO_ROOT, env=env
    )
    return (time.perf_counter() - started) * 1000


def self_times(code: str, runs: int, env: dict[str, str]) -> dict[str, float]:
    """Return each module's median self time in ms under ``-X importtime``, over ``runs`` runs."""
    seen: defaultdict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO_ROOT,
            env=env,
        )
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, _, name = line.removeprefix("import time:").split("|")
            seen[name.strip()].append(int(own) / 1000)
    # A module imported in only some runs counts as 0 in the others.
    return {
        name: statistics.median(values + [0.0] * (runs - len(values)))
        for name, values in seen.items()
    }


def main(argv: list[str] | None = None) -> int:
    """Print the table of times, then the modules with the largest import self time."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.importtime")
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per scenario")
    parser.add_argument("--top", type=int, default=15, help="modules to list by self time")
    parser.add_argument(
        "--after", choices=tuple(_AFTER), default="import", help="what -X importtime covers"
    )
    parser.add_argument(
        "--as-is", action="store_true", help="keep the caller's bytecode settings (see above)"
    )
    parser.add_argument(
        "--against", metavar="SRC", help="a second source tree to time in the same rounds"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="importtime-") as cache:
        env = dict(os.environ)
        if not args.as_is:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
        envs = {"this": env}
        if args.against:
            envs["against"] = {**env, "PYTHONPATH": str(Path(args.against).resolve())}
        _report(args.runs, args.top, args.after, envs)
    return 0


def _report(runs: int, top: int, after: str, envs: dict[str, dict[str, str]]) -> None:
    times: defaultdict[tuple[str, str], list[float]] = defaultdict(list)
    for round_ in range(runs + 1):
        for which, env in envs.items():
            for name, code in SCENARIOS.items():
                value = _inside(code, env)
                if round_:
                    times[name, which].append(value)
            for name, command in _OUTSIDE.items():
                value = _outside(command, env)
                if round_:
                    times[name, which].append(value)
    env = envs["this"]
    bytecode = (
        "bytecode cached in a temporary PYTHONPYCACHEPREFIX"
        if env.get("PYTHONPYCACHEPREFIX", "").rpartition("/")[2].startswith("importtime-")
        else f"as is: PYTHONDONTWRITEBYTECODE={env.get('PYTHONDONTWRITEBYTECODE', '')!r}"
    )
    print(f"Python {sys.version.split()[0]}, {runs} fresh processes each, {bytecode}\n")
    if "against" in envs:
        print(f"against: {envs['against']['PYTHONPATH']}\n")
        print("| scenario | median ms | min ms | against: median | min | median ratio |")
        print("|---|---:|---:|---:|---:|---:|")
    else:
        print("| scenario | median ms | min ms |")
        print("|---|---:|---:|")
    for name in (*SCENARIOS, *_OUTSIDE):
        row = f"| {name} |"
        for which in envs:
            values = times[name, which]
            row += f" {statistics.median(values):.1f} | {min(values):.1f} |"
        if "against" in envs:
            ratio = statistics.median(times[name, "this"]) / statistics.median(
                times[name, "against"]
            )
            row += f" {ratio:.2f} |"
        print(row)
    own = self_times(_AFTER[after], runs, env)
    total = sum(value for name, value in own.items() if name.startswith("newsparse"))
    print(f"\nTop {top} modules by -X importtime self time (median ms), up to: {after}")
    print(f"(all newsparse modules together: {total:.1f} ms)\n")
    print("| module | self ms |")
    print("|---|---:|")
    for name, value in sorted(own.items(), key=lambda item: -item[1])[:top]:
        print(f"| {name} | {value:.1f} |")


if __name__ == "__main__":
    raise SystemExit(main())
