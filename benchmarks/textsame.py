"""Save what the text parser gives for every known dump, and compare two saves.

A change meant to make the text parser faster must leave its output alone. ``save`` writes one JSON
line per dump (its path, and the article's JSON or the error's class and message) for every dump of
the generated corpus, every real dump, the seed and the text fixtures of the tests; ``compare``
lists the dumps whose line differs between two saves and exits non-zero if any does.

Usage::

    python -m benchmarks.textsame save OUT.jsonl [--dumps /work/cache/dumps]
        [--real /work/cache/real_dumps]
    python -m benchmarks.textsame compare OLD.jsonl NEW.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from benchmarks.datasets import REPO_ROOT

__all__ = ["compare", "dump_paths", "main", "save"]


def dump_paths(dumps: Path, real: Path) -> Iterator[Path]:
    """Every text dump to check, in a fixed order."""
    yield from sorted((REPO_ROOT / "seeds").glob("*.txt"))
    yield from sorted((REPO_ROOT / "tests" / "fixtures" / "text").glob("*.txt"))
    yield from sorted(path for path in real.rglob("*") if path.is_file())
    yield from sorted(path for path in dumps.rglob("*.txt") if path.is_file())


def _outcome(data: bytes) -> str:
    from newsparse import NewsparseError, parse_article
    from newsparse.serialize import to_json

    try:
        # As str (what the text parser reads after decoding), forced to the text parser.
        article = parse_article(data.decode("utf-8", errors="replace"), kind="text")
    except NewsparseError as exc:
        return f"{type(exc).__name__}: {exc}"
    return to_json(article)


def save(paths: Iterator[Path], out: Path) -> int:
    """Write one line per dump to ``out``; return how many were written."""
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for path in paths:
            row = {"path": str(path), "out": _outcome(path.read_bytes())}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _read(path: Path) -> dict[str, str]:
    rows: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows[_key(row["path"])] = row["out"]
    return rows


#: Where the repository's own dumps start in a saved path: saves made in two checkouts (a worktree
#: and the main one) then compare by what follows, not by the checkout's directory.
_IN_REPO = ("/seeds/", "/tests/fixtures/")


def _key(path: str) -> str:
    """A saved path, cut to its part inside the repository when it is one of the repo's dumps."""
    for marker in _IN_REPO:
        if marker in path:
            return path[path.index(marker) + 1 :]
    return path


def compare(old: Path, new: Path) -> list[str]:
    """The paths whose output differs (or that only one save holds)."""
    before, after = _read(old), _read(new)
    return sorted(
        path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
    )


def main(argv: list[str] | None = None) -> int:
    """Run ``save`` or ``compare``."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.textsame")
    sub = parser.add_subparsers(dest="command", required=True)
    saving = sub.add_parser("save")
    saving.add_argument("out", type=Path)
    saving.add_argument("--dumps", type=Path, default=Path("/work/cache/dumps"))
    saving.add_argument("--real", type=Path, default=Path("/work/cache/real_dumps"))
    comparing = sub.add_parser("compare")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "save":
        count = save(dump_paths(args.dumps, args.real), args.out)
        print(f"{count} dumps saved to {args.out}")
        return 0
    differing = compare(args.old, args.new)
    for path in differing:
        print(path)
    print(f"{len(differing)} dumps differ", file=sys.stderr)
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
