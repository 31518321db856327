"""Tuned and held-out scores of newsparse alone, with the development pages split by publisher.

Every page belongs to a publisher (the fundus file's prefix, the site in a peer-fixtures file
name, the host of a page's address, a readability case's name, a metascraper site). A stable
hash of that name puts the publisher in fold ``tune`` or fold ``held-out``. The sets name one
publisher differently (fundus ``dw``, trafilatura ``dw.com``), so the hash alone could put one
outlet on both sides; :func:`benchmarks.publishers.canonical` gives every set's name of an outlet
one key, and a held-out page whose key has tuned pages anywhere (:data:`TUNED_ELSEWHERE`) is tuned
too: the held-out fold holds only publishers never tuned on, and no other page moved. A rule is
worth keeping only if it helps ``held-out``: that fold stands in for the pages nobody has looked at.

This runs newsparse in-process (no peers, no worker processes), so it takes a minute, not the full
harness's many: ``python -m benchmarks.heldout [--sets fundus metascraper] [--save FILE]``.
Under the table, the title figure pooled over every set run, and pooled again without the sets
whose gold keeps the site name in the title (:data:`PEER_CONVENTION_SETS`): the other sets' gold
drops it, so no one rule can match both. ``--save`` writes each page's output as JSON Lines, and
``--diff OLD NEW`` lists the pages whose title, authors, date, image or body changed between two
saved runs. ``--peers CSV`` reads the per-page CSV of a full run
(``benchmarks/results/pages-*.csv``) and adds, under newsparse's row of each set and fold, one row
per tool of that run, scored over the same pages of the same fold, so the peers are compared
without running them again.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

import newsparse
from benchmarks.datasets import DEFAULT_DATA_DIR, Page, load_set, read_source
from benchmarks.publishers import canonical
from benchmarks.score import (
    BodyCounts,
    aggregate_body,
    author_prf,
    body_counts,
    date_matches,
    norm_space,
    title_matches,
)

__all__ = [
    "FOLDS",
    "PEER_CONVENTION_SETS",
    "SPLIT_SETS",
    "TUNED_ELSEWHERE",
    "fold_of",
    "hashed_fold",
    "main",
    "peer_scores",
    "publisher_key",
    "publisher_of",
    "title_hits",
    "title_summary",
]

#: The two folds, in report order.
FOLDS = ("tune", "held-out")


DEFAULT_SETS = ("fundus", "readability", "trafilatura", "indonesian-html", "metascraper")

#: The sets that the folds are settled over (every set this module runs).
SPLIT_SETS = (*DEFAULT_SETS, "peer-fixtures")

#: The publisher keys (:func:`publisher_key`) that the hash of each set's own name put on both sides:
#: some of their pages were tuned on, so all of them are tuned. Checked against the development data
#: by ``tests/test_bench_heldout.py``; a publisher added to the data on both sides goes here.
TUNED_ELSEWHERE = frozenset(
    {
        "antaranews",
        "bbc",
        "cnet",
        "cnn",
        "dailymail",
        "detik",
        "dw",
        "ehow",
        "engadget",
        "freitag",
        "hessenschau",
        "kompas",
        "lifehacker",
        "mdr",
        "medicalnewstoday",
        "medium",
        "mitteldeutschezeitung",
        "mozilla",
        "nytimes",
        "reuters",
        "salon",
        "standard",
        "stern",
        "tagesschau",
        "theintercept",
        "webmd",
        "welt",
        "wikipedia",
        "zdf",
    }
)

#: Sets whose gold titles keep the site name (``Headline - Site``), where the others drop it.
PEER_CONVENTION_SETS = frozenset({"metascraper", "readability"})


def publisher_of(page: Page) -> str:
    """Name the publisher of ``page``: what the split keeps on one side."""
    if page.set_name == "fundus":
        # html/<country>/<Publisher>_<date>.html.gz
        return Path(page.page_id).name.split("_")[0].casefold()
    if page.set_name == "peer-fixtures":
        # html/<source>__<site>__<name>.html: the site, so every peer's pages of one site stay together
        return Path(page.page_id).name.split("__")[1].casefold()
    if page.url:
        host = urlsplit(page.url).hostname or ""
        host = host.removeprefix("www.").removeprefix("m.").removeprefix("amp.")
        if host:
            return host
    return Path(page.page_id).name.split(".")[0].casefold()


def publisher_key(page: Page) -> str:
    """The key of ``page``'s publisher shared by every set (:func:`benchmarks.publishers.canonical`)."""
    name = publisher_of(page)
    if page.set_name in ("fundus", "peer-fixtures"):
        return canonical(name)
    return canonical(name, page.url)


def hashed_fold(page: Page) -> str:
    """The fold a stable hash of ``page``'s publisher name (:func:`publisher_of`) gives it."""
    digest = hashlib.sha256(publisher_of(page).encode("utf-8")).digest()
    return FOLDS[digest[0] % 2]


def fold_of(page: Page) -> str:
    """Put ``page`` in ``"tune"`` or ``"held-out"``: its name's hash, unless tuned on elsewhere.

    A page whose publisher key is in :data:`TUNED_ELSEWHERE` is tuned wherever its name's hash
    puts it; every other page keeps the fold of :func:`hashed_fold`.
    """
    if publisher_key(page) in TUNED_ELSEWHERE:
        return "tune"
    return hashed_fold(page)


@attrs.frozen(kw_only=True)
class Output:
    """What newsparse returned for one page, in plain types (one ``--save`` line)."""

    set_name: str
    page_id: str
    fold: str
    error: str | None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    image: str | None = None
    body: str = ""


def run_page(page: Page) -> tuple[Output, Any]:
    """Parse one page; return its plain output and the article (``None`` on an error)."""
    fold = fold_of(page)
    try:
        article = newsparse.parse_article(read_source(page), url=page.url, kind=page.kind)
    except newsparse.NewsparseError as exc:
        return Output(set_name=page.set_name, page_id=page.page_id, fold=fold, error=str(exc)), None
    published = article.published.isoformat() if article.published else None
    output = Output(
        set_name=page.set_name,
        page_id=page.page_id,
        fold=fold,
        error=None,
        title=article.title,
        authors=article.authors,
        published=published,
        image=getattr(article, "image", None),
        body="\n".join(article.paragraphs),
    )
    return output, article


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.1%} ({hits}/{total})" if total else "n/a"


def title_hits(pages: Sequence[Page], articles: Sequence[Any]) -> tuple[int, int]:
    """Count the exact titles of one fold of one set: ``(hits, pages with a gold title)``."""
    hits = total = 0
    for page, article in zip(pages, articles, strict=True):
        if page.gold.title:
            total += 1
            hits += title_matches(page.gold.title, article.title if article else None)
    return hits, total


def title_summary(counts: dict[tuple[str, str], tuple[int, int]]) -> list[str]:
    """Pool the title counts of every set by fold, then again without :data:`PEER_CONVENTION_SETS`.

    Args:
        counts: ``(hits, total)`` keyed by ``(set, fold)``.

    Returns:
        Two lines: all sets pooled, and the sets of one convention pooled.
    """
    lines = []
    for label, left_out in (
        ("all sets", frozenset[str]()),
        ("without " + ", ".join(sorted(PEER_CONVENTION_SETS)), PEER_CONVENTION_SETS),
    ):
        cells = []
        for fold in FOLDS:
            pairs = [
                pair for (name, f), pair in counts.items() if f == fold and name not in left_out
            ]
            hits, total = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
            cells.append(f"{fold} {_share(hits, total)}")
        lines.append(f"Titles exact, {label}: " + ", ".join(cells))
    return lines


def score(pages: Sequence[Page], articles: Sequence[Any]) -> dict[str, str]:
    """Score one fold of one set: the same metrics as the full harness, for newsparse alone."""
    counts = []
    authors_n = dates = days = images = with_hits = with_n = wo_hits = wo_n = 0
    date_n = image_n = 0
    author_f1 = 0.0
    for page, article in zip(pages, articles, strict=True):
        gold = page.gold
        body = "\n".join(article.paragraphs) if article else ""
        if gold.body:
            counts.append(body_counts(gold.body, body))
        if gold.with_ or gold.without:
            text = norm_space(body)
            with_ = [norm_space(s) for s in gold.with_ if norm_space(s)]
            without = [norm_space(s) for s in gold.without if norm_space(s)]
            with_hits += sum(s in text for s in with_)
            with_n += len(with_)
            wo_hits += sum(s not in text for s in without)
            wo_n += len(without)
        if gold.authors:
            authors_n += 1
            author_f1 += author_prf(gold.authors, article.authors if article else ())[2]
        if gold.date:
            date_n += 1
            got = article.published if article else None
            dates += date_matches(gold.date, got)
            days += date_matches(gold.date, got, day_only=True)
        if gold.image:
            image_n += 1
            images += (getattr(article, "image", None) if article else None) == gold.image
    out = {"pages": str(len(pages))}
    if counts:
        precision, recall, f1 = aggregate_body(counts)
        out["body F1"] = f"{f1:.3f} (P {precision:.3f} R {recall:.3f})"
    if with_n or wo_n:
        out["with / without"] = f"{_share(with_hits, with_n)} / {_share(wo_hits, wo_n)}"
    out["title"] = _share(*title_hits(pages, articles))
    out["authors F1"] = f"{author_f1 / authors_n:.3f} ({authors_n})" if authors_n else "n/a"
    out["date"] = _share(dates, date_n)
    out["date (day)"] = _share(days, date_n)
    out["image"] = _share(images, image_n)
    return out


def _number(value: str) -> float | None:
    return float(value) if value else None


def _csv_share(rows: Sequence[dict[str, str]], key: str) -> str:
    values = [int(float(row[key])) for row in rows if row[key]]
    return _share(sum(values), len(values))


def _csv_snippets(rows: Sequence[dict[str, str]]) -> str:
    found = sum(int(row["with_found"]) for row in rows if row["with_total"])
    total = sum(int(row["with_total"]) for row in rows if row["with_total"])
    absent = sum(int(row["without_absent"]) for row in rows if row["without_total"])
    wo_total = sum(int(row["without_total"]) for row in rows if row["without_total"])
    return f"{_share(found, total)} / {_share(absent, wo_total)}"


def peer_scores(
    rows: Iterable[dict[str, str]], folds: dict[str, str]
) -> dict[tuple[str, str], dict[str, str]]:
    """Score the tools of a full run's per-page CSV over one set's folds.

    Args:
        rows: The CSV rows of one set (``benchmarks/report.py``'s columns).
        folds: Each page's fold, by page id; rows of other pages are skipped.

    Returns:
        The columns of :func:`score`, keyed by ``(fold, tool)``.
    """
    grouped: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        fold = folds.get(row["page"])
        if fold is not None:
            grouped[fold, row["tool"]].append(row)
    out: dict[tuple[str, str], dict[str, str]] = {}
    for key, group in grouped.items():
        cells = {"pages": str(len(group))}
        counts = [
            BodyCounts(float(row["body_tp"]), float(row["body_fp"]), float(row["body_fn"]))
            for row in group
            if row["body_tp"]
        ]
        if counts:
            precision, recall, f1 = aggregate_body(counts)
            if precision is not None and recall is not None and f1 is not None:
                cells["body F1"] = f"{f1:.3f} (P {precision:.3f} R {recall:.3f})"
        if any(row["with_total"] or row["without_total"] for row in group):
            cells["with / without"] = _csv_snippets(group)
        cells["title"] = _csv_share(group, "title_ok")
        authors = [f for f in (_number(row["authors_f1"]) for row in group) if f is not None]
        if authors:
            cells["authors F1"] = f"{sum(authors) / len(authors):.3f} ({len(authors)})"
        cells["date"] = _csv_share(group, "date_ok")
        cells["date (day)"] = _csv_share(group, "day_ok")
        out[key] = cells
    return out


def _read_peers(path: Path) -> dict[str, list[dict[str, str]]]:
    by_set: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_set[row["set"]].append(row)
    return by_set


def _diff(old_path: Path, new_path: Path) -> int:
    def read(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        return {(row["set_name"], row["page_id"]): row for row in rows}

    old, new = read(old_path), read(new_path)
    changed = 0
    for key in sorted(old.keys() & new.keys()):
        for field in ("error", "title", "authors", "published", "image", "body"):
            if old[key].get(field) != new[key].get(field):
                changed += 1
                before, after = old[key].get(field), new[key].get(field)
                if field == "body":
                    before, after = f"{len(before or '')} chars", f"{len(after or '')} chars"
                print(f"{key[0]} {key[1]} [{new[key]['fold']}] {field}: {before!r} -> {after!r}")
    print(f"{changed} field(s) changed on {len(old.keys() & new.keys())} pages")
    moved = sum(old[key].get("fold") != new[key].get("fold") for key in old.keys() & new.keys())
    if moved:
        print(
            f"{moved} page(s) moved fold between the runs (compared all the same; lines name the new)"
        )
    return 0


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.heldout", description=__doc__)
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--save", type=Path, help="write each page's output here (JSON Lines)")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("OLD", "NEW"))
    parser.add_argument(
        "--peers", type=Path, metavar="CSV", help="a full run's per-page CSV: score its tools too"
    )
    args = parser.parse_args(None if argv is None else list(argv))
    if args.diff:
        return _diff(*args.diff)
    peers = _read_peers(args.peers) if args.peers else {}
    saved = []
    titles: dict[tuple[str, str], tuple[int, int]] = {}
    print("| set | fold | tool | " + " | ".join(_COLUMNS) + " |")
    print("|---|---|---|" + "---|" * len(_COLUMNS))
    for name in args.sets:
        pages = load_set(name, args.data)
        grouped: dict[str, tuple[list[Page], list[Any]]] = defaultdict(lambda: ([], []))
        for page in pages:
            output, article = run_page(page)
            saved.append(output)
            grouped[output.fold][0].append(page)
            grouped[output.fold][1].append(article)
        folds = {page.page_id: fold_of(page) for page in pages}
        others = peer_scores(peers.get(name, ()), folds)
        for fold in FOLDS:
            if fold in grouped:
                _print_row(name, fold, "newsparse", score(*grouped[fold]))
                titles[name, fold] = title_hits(*grouped[fold])
            for (other_fold, tool), row in sorted(others.items()):
                if other_fold == fold:
                    label = f"{tool} (csv)" if tool == "newsparse" else tool
                    _print_row(name, fold, label, row)
    print()
    for line in title_summary(titles):
        print(line)
    if args.save:
        with args.save.open("w", encoding="utf-8") as handle:
            for output in saved:
                handle.write(json.dumps(attrs.asdict(output), ensure_ascii=False) + "\n")
    return 0


def _print_row(name: str, fold: str, tool: str, row: dict[str, str]) -> None:
    cells = " | ".join(row.get(column, "") for column in _COLUMNS)
    print(f"| {name} | {fold} | {tool} | {cells} |")


_COLUMNS = (
    "pages",
    "body F1",
    "with / without",
    "title",
    "authors F1",
    "date",
    "date (day)",
    "image",
)

if __name__ == "__main__":
    sys.exit(main())
