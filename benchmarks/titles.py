"""Where the gold titles come from: each title source of a page against the gold, per set.

Run ``python -m benchmarks.titles`` from the repository root (``--sets`` picks the sets). For every
HTML page with a gold title it reads the page's title sources — the JSON-LD ``headline``,
``og:title``, ``twitter:title``, ``<title>`` (each with and without the site name the page
declares) and the first ``<h1>`` — and counts how often each equals the gold, the way the benchmark
scores a title (whitespace and NFC normalised). It then scores every fixed priority order of the
five sources (JSON-LD, OpenGraph, Twitter and ``<title>``, each stripped of the site name, and the
``<h1>``), and the ceiling no rule choosing among them can pass: the pages where at least one
source, or newsparse's own cleaned title, equals the gold. Last, over the pages whose OpenGraph,
Twitter or JSON-LD title carries a site name that newsparse removes, how often the gold keeps that
name and how often it drops it: the sets' conventions differ there (``--fold`` limits the count to
one fold of :mod:`benchmarks.heldout`).

This is the evidence behind the title numbers in ``docs/benchmarks.rst``: when the gold of one
publisher is its ``og:title`` and of the next its ``<h1>``, no order that treats pages alike
reaches the best of both. The script uses newsparse's internal readers, so it is a development
tool, not an example of the public API.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks import datasets
from benchmarks.heldout import FOLDS, fold_of
from benchmarks.score import norm_space
from newsparse._html.meta.metadata import _site_names, read_metadata
from newsparse._html.meta.titles import _strip_site, heading_text
from newsparse._html.page.jsonld import read_jsonld
from newsparse._html.page.sources import MetaTags, Sources, text_value
from newsparse._html.page.tree import load_page, text_of

__all__ = ["RANKED", "main", "sources_of", "tally"]

#: The sources a fixed priority order ranks (each without the site name).
RANKED = ("jsonld", "og", "twitter", "title", "h1")


def sources_of(html: str, url: str | None = None) -> tuple[dict[str, str | None], str | None]:
    """The title sources of a page, and the title newsparse returns for it.

    Args:
        html: The page's markup.
        url: The page's address, as the benchmark passes it to newsparse.

    Returns:
        The sources by name (``jsonld``, ``og``, ``twitter``, ``title``, each also as
        ``<name>+site`` before the site name is removed, and ``h1``), and newsparse's title.
    """
    page = load_page(html)
    metas = list(page.head.iter("meta")) if page.head is not None else []
    metas.extend(page.root.iter("meta"))
    ld = read_jsonld(page.jsonld)
    src = Sources(page.root, page.head, MetaTags(metas), ld, ld.article or {})
    sites = _site_names(src)
    title_el = next(
        (
            el
            for el in (c.find(".//title") for c in (page.head, page.root) if c is not None)
            if el is not None
        ),
        None,
    )
    raw = {
        "jsonld": text_value(src.art.get("headline")),
        "og": src.meta.first(["og:title"]),
        "twitter": src.meta.first(["twitter:title"]),
        "title": " ".join(text_of(title_el).split()) or None if title_el is not None else None,
    }
    found: dict[str, str | None] = {}
    for name, value in raw.items():
        found[f"{name}+site"] = value
        found[name] = _strip_site(value, sites) if value else None
    found["h1"] = next((h for h in (heading_text(el) for el in page.root.iter("h1")) if h), None)
    return found, read_metadata(page, url=url).title


def tally(pages: Sequence[datasets.Page]) -> Counter[str]:
    """Count, over ``pages``, the hits of each source, of each fixed order and of the ceiling."""
    counts: Counter[str] = Counter()
    for page in pages:
        if page.kind != "html" or not page.gold.title:
            continue
        gold = norm_space(page.gold.title)
        found, ours = sources_of(datasets.read_source(page), page.url)
        hits = {name for name, value in found.items() if value and norm_space(value) == gold}
        counts["pages"] += 1
        right = bool(ours and norm_space(ours) == gold)
        counts["newsparse"] += right
        counts["any source"] += bool(hits) or right
        counts.update(f"source {name}" for name in hits)
        # Where a metadata title names the site, does the gold keep the name or drop it?
        named = [
            k for k in ("og", "twitter", "jsonld") if found[k] and found[k] != found[f"{k}+site"]
        ]
        if named:
            counts["site named"] += 1
            counts["site kept"] += any(f"{k}+site" in hits for k in named)
            counts["site dropped"] += any(k in hits for k in named)
        for order in itertools.permutations(RANKED):
            value = next((found[name] for name in order if found[name]), None)
            counts["order " + " > ".join(order)] += bool(value and norm_space(value) == gold)
    return counts


def _report(name: str, counts: Counter[str]) -> str:
    total = counts["pages"]

    def share(key: str) -> str:
        return f"{counts[key] / total:.1%} ({counts[key]}/{total})" if total else "n/a"

    orders = sorted((k for k in counts if k.startswith("order ")), key=lambda k: -counts[k])
    sources = sorted((k for k in counts if k.startswith("source ")), key=lambda k: -counts[k])
    lines = [f"### {name} ({total} pages with a gold title)", "", "| what | equals the gold |"]
    lines.append("|---|---|")
    lines.append(f"| newsparse | {share('newsparse')} |")
    lines.append(f"| best fixed order: {orders[0][6:]} | {share(orders[0])} |" if orders else "")
    lines.append(f"| worst fixed order: {orders[-1][6:]} | {share(orders[-1])} |" if orders else "")
    lines.append(f"| ceiling: some source (or newsparse) equals the gold | {share('any source')} |")
    named = counts["site named"]
    for key in ("kept", "dropped"):
        hits = counts[f"site {key}"]
        lines.append(
            f"| of {named} pages whose metadata title names the site, the gold {key} the name "
            f"| {hits / named:.1%} ({hits}/{named}) |"
            if named
            else ""
        )
    lines.extend(f"| {key[7:]} | {share(key)} |" for key in sources)
    return "\n".join(line for line in lines if line) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Print, per set, how often each title source and each fixed order equals the gold."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.titles", description=__doc__)
    parser.add_argument(
        "--sets", nargs="+", default=["fundus", "readability", "trafilatura", "metascraper"]
    )
    parser.add_argument("--data", type=Path, default=datasets.DEFAULT_DATA_DIR)
    parser.add_argument(
        "--fold", choices=FOLDS, help="only the pages of this fold (see benchmarks.heldout)"
    )
    args = parser.parse_args(argv)
    combined: Counter[str] = Counter()
    for name in args.sets:
        pages = datasets.load_set(name, args.data)
        if args.fold:
            pages = [page for page in pages if fold_of(page) == args.fold]
        counts = tally(pages)
        combined.update(counts)
        print(_report(name, counts))
    if len(args.sets) > 1:
        print(_report("all these sets together", combined))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
