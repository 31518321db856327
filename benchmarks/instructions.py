"""CPU instructions a text-dump parse costs, counted by cachegrind: the steady measure of a change.

Wall and CPU time on a shared machine move by several per cent from run to run; the number of
instructions a parse executes moves by well under one. This runs a fresh Python process under
``valgrind --tool=cachegrind --cache-sim=no`` that parses the dumps ``repeat`` times, and another
that parses them once, and divides the difference by the number of parses between them, so that
the import, the start-up and the first parse's compilations drop out.

Two kinds of dump, and the HTML pages of fundus:

- ``seed``: the seed dumps in ``seeds/`` (about 4 KB each);
- ``renderings``: every sixth of the generated corpus's whole-page renderings of 6 to 8 KB
  (``python -m benchmarks.textdumps render`` writes them; the same choice as
  ``benchmarks.textspeed``);
- ``fundus``: the 258 fundus pages of the development data (``--data``, default
  ``../shared/data``), decompressed before the count, each parsed as HTML from its bytes;
  ``fundus-lxml``: the same pages given to lxml's own parse
  (``lxml.etree.fromstring(raw, HTMLParser())``, the floor ``benchmarks.floor`` times), so the
  ratio of the two counts is how far newsparse is from that floor in instructions.

The parser measured is the one ``import newsparse`` finds: set ``PYTHONPATH`` to a checkout's
``src`` to count that checkout. Set ``PYTHONHASHSEED=0`` for counts that repeat to the last few
thousand instructions. Needs ``valgrind`` on the ``PATH`` (Debian: ``apt install valgrind``).

Usage::

    PYTHONHASHSEED=0 python -m benchmarks.instructions
        [--kind seed|renderings|fundus|fundus-lxml] [--repeat N] [--dumps ../cache/dumps]
        [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.datasets import DEFAULT_DATA_DIR, REPO_ROOT

__all__ = ["main", "per_parse", "read_instructions"]

#: The generated corpus's default place, beside the other caches outside the repository.
DEFAULT_DUMPS = REPO_ROOT.parent / "cache" / "dumps"

#: What the child process runs: parse the chosen dumps ``repeat`` times.
_CHILD = """
import sys
from pathlib import Path
from newsparse import NewsparseError, parse_article
repeat, kind, where = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
if kind.startswith("fundus"):
    import gzip, json
    import lxml.etree
    rows = [json.loads(line) for line in (where / "expected.jsonl").open(encoding="utf-8")]
    pages = [gzip.decompress((where / row["file"]).read_bytes()) for row in rows]
    print(f"dumps: {len(pages)}", file=sys.stderr)
    for _ in range(repeat):
        for raw in pages:
            if kind == "fundus-lxml":
                lxml.etree.fromstring(raw, lxml.etree.HTMLParser())
                continue
            try:
                parse_article(raw, kind="html")
            except NewsparseError:
                pass
    sys.exit(0)
if kind == "seed":
    texts = [p.read_text(encoding="utf-8") for p in sorted(where.glob("*.txt"))]
else:
    from benchmarks.textspeed import _whole_pages
    texts = _whole_pages(where)[::6]
print(f"dumps: {len(texts)}", file=sys.stderr)
for _ in range(repeat):
    for text in texts:
        try:
            parse_article(text, kind="text")
        except NewsparseError:
            pass
"""

_I_REFS = re.compile(r"^==\d+== I\s+refs:\s+([\d,]+)\s*$", re.M)
_DUMPS = re.compile(r"^dumps: (\d+)$", re.M)


def read_instructions(report: str) -> tuple[int, int]:
    """Read cachegrind's ``I refs`` total and the child's dump count from the child's stderr.

    Raises:
        ValueError: When either is missing (valgrind failed, or the child did).
    """
    refs = _I_REFS.search(report)
    dumps = _DUMPS.search(report)
    if refs is None or dumps is None:
        raise ValueError(f"no instruction count in the report:\n{report[-2000:]}")
    return int(refs.group(1).replace(",", "")), int(dumps.group(1))


def per_parse(total_many: int, total_once: int, repeat: int, dumps: int) -> float:
    """Instructions of one parse: the extra rounds' cost over their parses."""
    if repeat < 2 or dumps < 1:
        raise ValueError("need two rounds or more over at least one dump")
    return (total_many - total_once) / ((repeat - 1) * dumps)


def _count(repeat: int, kind: str, where: Path) -> tuple[int, int]:
    env = dict(os.environ)
    paths = [p for p in (env.get("PYTHONPATH", ""), str(REPO_ROOT)) if p]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    with tempfile.TemporaryDirectory() as scratch:
        command = [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            f"--cachegrind-out-file={Path(scratch) / 'out'}",
            sys.executable,
            "-c",
            _CHILD,
            str(repeat),
            kind,
            str(where),
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the counted process failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return read_instructions(done.stderr)


def main(argv: list[str] | None = None) -> int:
    """Print the instructions one parse of the chosen dumps costs."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.instructions",
        description="Instructions a parse costs (cachegrind, fresh processes).",
    )
    parser.add_argument(
        "--kind", choices=("seed", "renderings", "fundus", "fundus-lxml"), default="seed"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=0,
        help="rounds over the dumps (default 201 seed, 2 renderings and fundus)",
    )
    parser.add_argument("--dumps", type=Path, default=DEFAULT_DUMPS, help="the generated corpus")
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA_DIR, help="the development data (for fundus)"
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (Debian: apt install valgrind)")
    repeat = args.repeat or (201 if args.kind == "seed" else 2)
    if repeat < 2:
        parser.error("--repeat must be 2 or more")
    where = {"seed": REPO_ROOT / "seeds", "renderings": args.dumps}.get(
        args.kind, args.data / "fundus"
    )
    many, dumps = _count(repeat, args.kind, where)
    once, _ = _count(1, args.kind, where)
    cost = per_parse(many, once, repeat, dumps)
    noun = "pages" if args.kind.startswith("fundus") else "dumps"
    print(f"{args.kind}: {dumps} {noun}, {repeat} rounds against 1")
    print(f"I refs: {many:,} and {once:,}")
    print(f"per parse: {cost / 1e6:.3f} M instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
