"""Peers' test fixtures with gold: the ``peer-fixtures`` development set (issue #10).

goose3 (Apache-2.0) and newspaper4k (MIT) keep web pages in their test suites together with the
values their extractors are expected to return. This module records, for every page taken from
them, where it came from and under which licence, and turns the fetched files into a set the
benchmark loader reads. The pages and the expected-value files are third-party content and stay
outside the repository: ``peer_fixtures/manifest.jsonl`` beside this file holds, per page, the
repository, the path and commit (or release) of the page and of the file with its expected values,
their SHA-256, the licence, the site, the page's address, the gold values checked by hand against
the page, and notes on each page's quirks.

Three commands, run from the repository root::

    python -m benchmarks.peer_fixtures fetch [--raw DIR]    # needs the network: see below
    python -m benchmarks.peer_fixtures verify [--raw DIR]   # every fetched file against its SHA-256
    python -m benchmarks.peer_fixtures build [--raw DIR] [--out DIR]

``fetch`` downloads the goose3 files from ``raw.githubusercontent.com`` at the recorded commits,
and the newspaper4k files from the newspaper4k 0.9.6 source distribution on PyPI (through ``pip
download``; its ``tests/data`` is the repository's at that release). It needs a machine with
network access and cannot run on the development machine this set was made on. There, the
newspaper4k 0.9.6 files came from its sdist, and the goose3 files and three older newspaper4k
fixtures were copied by hand from a stored copy of the repositories, checked by length only: the
SHA-256 recorded for those is the copy's, so if ``verify`` rejects one after ``fetch``, the copy
differed and the fetched file is the one to keep. Nothing here runs at parse time: the package
never imports ``benchmarks``.

``build`` copies each page to ``OUT/html/<id>.html`` byte for byte and writes ``OUT/gold.jsonl``:
one line per page with ``id``, ``file``, ``source``, ``site``, ``url``, ``title``, ``authors``,
``date`` (ISO 8601 at its precision: a day, a minute or a second, with the offset the page
states), ``date_instant`` (true where the page states the same time in two offsets, so any
offset of that instant is right), ``paragraphs`` (the body, where the peer records one) and ``notes``. Raw files are
read from ``--raw`` (default ``OUT/raw``); ``OUT`` is ``--out``, else :func:`resolve_dir`'s
folder, else ``../cache/peer_fixtures`` beside the repository.

The gold follows the peers where they record a value a reader would agree with, and the page
where they do not (each such case is in the page's notes): titles are the visible headline
without the site name, authors are the people in the byline (no agencies, sites or editors),
dates are the publication time the page states. The bodies are the peers' own snapshots:
newspaper4k's ``tests/data/txt/<name>.txt`` is its output on the page, kept as its tests compare
it, and goose3's ``cleaned_text`` is its output too; neither is a hand-made extraction, so both
carry the peer's habits (an image file name or "Related Stories" line left in, a caption run into
a paragraph). Scores on this set measure agreement with those peers as much as accuracy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "DEFAULT_DIR",
    "ENV_VAR",
    "MANIFEST",
    "Entry",
    "FileRef",
    "build",
    "fetch",
    "gold_row",
    "load_manifest",
    "main",
    "resolve_dir",
    "verify",
]

#: The manifest: one JSON object per page.
MANIFEST = Path(__file__).resolve().parent / "peer_fixtures" / "manifest.jsonl"
#: Where the built set is looked for when neither an argument nor :data:`ENV_VAR` names one.
DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "cache" / "peer_fixtures"
#: The environment variable naming the built set's folder.
ENV_VAR = "NEWSPARSE_PEER_FIXTURES"

_RAW_URL = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"
_SDIST = {"newspaper4k": "newspaper4k"}


@attrs.frozen(kw_only=True)
class FileRef:
    """One file of a peer's repository.

    Attributes:
        path: Its path in the repository.
        commit: The commit it was read at, or ``None`` when it comes from a release.
        sha256: The SHA-256 of its bytes.
    """

    path: str
    commit: str | None
    sha256: str


@attrs.frozen(kw_only=True)
class Entry:
    """One page of the set, as the manifest records it.

    Attributes:
        id: The page's identifier, ``<source>__<site>__<name>``.
        source: The peer (``goose3`` or ``newspaper4k``).
        repo: The peer's GitHub repository, ``owner/name``.
        licence: The repository's licence (SPDX identifier).
        release: The PyPI release the files come from, for a release-sourced peer.
        site: The publisher, the unit the tuned/held-out split keeps on one side.
        url: The page's address, where known.
        page: The HTML page.
        expected: The peer's file of expected values (goose3's JSON, newspaper4k's text).
        metadata: newspaper4k's metadata JSON, where there is one.
        body: Where the gold body comes from: ``"goose3-cleaned_text"``, ``"newspaper4k-text"``
            or ``None`` (no body gold).
        gold: The hand-checked ``title``, ``authors`` and ``date``, where recorded.
        notes: What is odd about the page or its gold.
    """

    id: str
    source: str
    repo: str
    licence: str
    release: str | None
    site: str
    url: str | None
    page: FileRef
    expected: FileRef | None
    metadata: FileRef | None
    body: str | None
    gold: dict[str, Any]
    notes: str

    def files(self) -> tuple[FileRef, ...]:
        """The page and every file of expected values it comes with."""
        return tuple(ref for ref in (self.page, self.expected, self.metadata) if ref is not None)


def _ref(value: Any) -> FileRef | None:
    if not isinstance(value, dict):
        return None
    return FileRef(path=value["path"], commit=value.get("commit"), sha256=value["sha256"])


def load_manifest(path: Path = MANIFEST) -> list[Entry]:
    """Read the manifest, one :class:`Entry` per page, in file order."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        page = _ref(row["page"])
        assert page is not None, row["id"]
        entries.append(
            Entry(
                id=row["id"],
                source=row["source"],
                repo=row["repo"],
                licence=row["licence"],
                release=row.get("release"),
                site=row["site"],
                url=row.get("url"),
                page=page,
                expected=_ref(row.get("expected")),
                metadata=_ref(row.get("metadata")),
                body=row.get("body"),
                gold=dict(row.get("gold") or {}),
                notes=row.get("notes", ""),
            )
        )
    return entries


def resolve_dir(explicit: Path | None = None) -> Path | None:
    """The folder holding the built set (``gold.jsonl`` and ``html/``), or ``None`` if absent.

    ``explicit`` wins, then the folder :data:`ENV_VAR` names, then :data:`DEFAULT_DIR`; a folder
    counts only when its ``gold.jsonl`` exists.
    """
    env = os.environ.get(ENV_VAR)
    for candidate in (explicit, Path(env) if env else None, DEFAULT_DIR):
        if candidate is not None:
            return candidate.resolve() if (candidate / "gold.jsonl").is_file() else None
    return None  # pragma: no cover - DEFAULT_DIR is never None


def _raw_path(raw: Path, entry: Entry, ref: FileRef) -> Path:
    return raw / entry.source / ref.path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify(raw: Path, entries: Sequence[Entry]) -> list[str]:
    """Check every fetched file against the manifest; return one message per problem."""
    problems = []
    for entry in entries:
        for ref in entry.files():
            path = _raw_path(raw, entry, ref)
            if not path.is_file():
                problems.append(f"{entry.id}: missing {path}")
            elif _sha256(path) != ref.sha256:
                problems.append(f"{entry.id}: {path} does not match its SHA-256")
    return problems


def _paragraphs(entry: Entry, raw: Path) -> list[str] | None:
    if entry.body is None or entry.expected is None:
        return None
    text = _raw_path(raw, entry, entry.expected).read_text(encoding="utf-8")
    if entry.body == "goose3-cleaned_text":
        text = json.loads(text)["expected"]["cleaned_text"]
    elif entry.body != "newspaper4k-text":
        raise ValueError(f"{entry.id}: unknown body source {entry.body!r}")
    blocks = (" ".join(block.split()) for block in text.split("\n\n"))
    return [block for block in blocks if block]


def gold_row(entry: Entry, raw: Path) -> dict[str, Any]:
    """The ``gold.jsonl`` line of ``entry``, its body read from the fetched files under ``raw``."""
    return {
        "id": entry.id,
        "file": f"html/{entry.id}.html",
        "source": entry.source,
        "site": entry.site,
        "url": entry.url,
        "title": entry.gold.get("title"),
        "authors": entry.gold.get("authors"),
        "date": entry.gold.get("date"),
        "date_instant": bool(entry.gold.get("date_instant")),
        "paragraphs": _paragraphs(entry, raw),
        "notes": entry.notes,
    }


def build(raw: Path, out: Path, entries: Sequence[Entry]) -> int:
    """Copy the pages to ``out/html`` and write ``out/gold.jsonl``; return the page count.

    Raises:
        ValueError: A fetched file is missing or does not match its SHA-256.
    """
    problems = verify(raw, entries)
    if problems:
        raise ValueError("; ".join(problems))
    (out / "html").mkdir(parents=True, exist_ok=True)
    lines = []
    for entry in entries:
        shutil.copyfile(_raw_path(raw, entry, entry.page), out / "html" / f"{entry.id}.html")
        lines.append(json.dumps(gold_row(entry, raw), ensure_ascii=False))
    (out / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(entries)


def _fetch_sdist(package: str, release: str, raw: Path, wanted: Iterable[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "--dest", tmp, f"{package}=={release}"],
            check=True,
        )  # fmt: skip
        (archive,) = Path(tmp).glob(f"{package}-{release}.tar.gz")
        with tarfile.open(archive) as tar:
            for path in wanted:
                member = tar.extractfile(f"{package}-{release}/{path}")
                if member is None:
                    raise FileNotFoundError(f"{path} is not in {archive.name}")
                target = raw / package / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(member.read())


def fetch(raw: Path, entries: Sequence[Entry]) -> None:
    """Download every file of ``entries`` into ``raw`` (needs the network; see the module doc)."""
    by_release: dict[tuple[str, str], set[str]] = {}
    for entry in entries:
        for ref in entry.files():
            if ref.commit is not None:
                url = _RAW_URL.format(repo=entry.repo, commit=ref.commit, path=ref.path)
                with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - fixed https host
                    data = response.read()
                target = _raw_path(raw, entry, ref)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            elif entry.release is not None:
                by_release.setdefault((_SDIST[entry.source], entry.release), set()).add(ref.path)
            else:
                raise ValueError(f"{entry.id}: {ref.path} has neither a commit nor a release")
    for (package, release), paths in sorted(by_release.items()):
        _fetch_sdist(package, release, raw, sorted(paths))


def main(argv: Iterable[str] | None = None) -> int:
    """Run ``fetch``, ``verify`` or ``build``; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.peer_fixtures", description=__doc__)
    parser.add_argument("command", choices=("fetch", "verify", "build"))
    parser.add_argument("--out", type=Path, help="the built set's folder")
    parser.add_argument("--raw", type=Path, help="where fetched files go (default OUT/raw)")
    args = parser.parse_args(None if argv is None else list(argv))
    env = os.environ.get(ENV_VAR)
    out: Path = args.out or (Path(env) if env else DEFAULT_DIR)
    raw: Path = args.raw or out / "raw"
    entries = load_manifest()
    if args.command == "fetch":
        fetch(raw, entries)
    problems = verify(raw, entries)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    if args.command == "build":
        print(f"{build(raw, out, entries)} pages written to {out}")
    else:
        print(f"{len(entries)} pages, every file matches its SHA-256")
    return 0


if __name__ == "__main__":
    sys.exit(main())
