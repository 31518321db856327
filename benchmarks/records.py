"""Do newsparse's JSON-record readings keep what the tools that wrote the records found?

``python -m benchmarks.records [--sets fundus] [--limit N]`` (needs the ``bench`` extra): for each
development page, trafilatura's JSON, XML and XML-TEI outputs (with their metadata) and
newspaper4k's ``to_json()`` are made from the page, then each record is given to
:func:`newsparse.parse_article` as a user
holding such an export would. A field counts as kept when newsparse's value is the record's:
the title exactly, the date to the day the record states, the authors as the same set of names
(both sides split and normalised as :mod:`benchmarks.score` does a byline), and the text by the
body F1 of the article-extraction benchmark against the record's own text. Neither authors nor
text are expected to be kept always: newsparse leaves outlets, agencies and labels out of an
author field (``Salzburger Nachrichten``, ``Associated Press``, ``Autor Jane Doe``), as it does
on pages, and its text parser leaves furniture out of a tool's text.

This measures the key mapping on real tools' output, not the tools: the record's values are the
reference, whatever the page's gold says (for XML-TEI, the values of the tool's JSON record of the
same page, read by the benchmark as for the JSON tool).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
import warnings
from collections.abc import Callable, Iterable

import newsparse
from benchmarks.datasets import DEFAULT_DATA_DIR, load_set, read_source
from benchmarks.score import aggregate_body, body_counts, norm_name, split_byline

__all__ = ["main"]


def _trafilatura(page: str) -> str | None:
    import trafilatura

    text = trafilatura.extract(page, output_format="json", with_metadata=True)
    return text if isinstance(text, str) else None


def _trafilatura_xml(page: str) -> str | None:
    import trafilatura

    text = trafilatura.extract(page, output_format="xml", with_metadata=True)
    return text if isinstance(text, str) else None


def _trafilatura_tei(page: str) -> str | None:
    import trafilatura

    text = trafilatura.extract(page, output_format="xmltei", with_metadata=True)
    return text if isinstance(text, str) else None


def _values(record: str) -> dict[str, object]:
    """The record's own values: a JSON object's, or an XML ``<doc>``'s attributes and text."""
    if not record.lstrip().startswith("<"):
        value = json.loads(record)
        return value if isinstance(value, dict) else {}
    import lxml.etree

    root = lxml.etree.fromstring(record.encode(), parser=lxml.etree.XMLParser(recover=True))
    main = root.find("main")
    text = "" if main is None else " ".join(main.itertext())
    return {**{str(k): str(v) for k, v in root.attrib.items()}, "text": text}


def _newspaper(page: str) -> str | None:
    import newspaper

    article = newspaper.Article("https://example.com/article")
    article.download(input_html=page)
    article.parse()
    text = article.to_json(as_string=True)
    return text if isinstance(text, str) else None


_TOOLS: dict[str, Callable[[str], str | None]] = {
    "trafilatura": _trafilatura,
    "trafilatura-xml": _trafilatura_xml,
    "trafilatura-tei": _trafilatura_tei,
    "newspaper4k": _newspaper,
}
#: The tools whose records are measured against the values of another of the tool's records made
#: from the same page (a TEI header's values are those of the tool's JSON, in other places).
_REFERENCE: dict[str, str] = {"trafilatura-tei": "trafilatura"}


def _names(value: object) -> set[str]:
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return {norm_name(name) for item in items for name in split_byline(item) if name.strip()}


def _day(value: object) -> str | None:
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


def score(tool: str, pages: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Per field, how many records kept it out of how many stated it; and errors."""
    make = _TOOLS[tool]
    kept: dict[str, list[int]] = {f: [0, 0] for f in ("title", "date", "authors", "errors")}
    bodies = []
    for page in pages:
        with warnings.catch_warnings(), contextlib.suppress(Exception):
            warnings.simplefilter("ignore")
            record = make(page)
        if not record:
            continue
        reference = record
        if tool in _REFERENCE:
            with warnings.catch_warnings(), contextlib.suppress(Exception):
                warnings.simplefilter("ignore")
                reference = _TOOLS[_REFERENCE[tool]](page) or ""
            if not reference:
                continue
        data = _values(reference)
        kept["errors"][1] += 1
        try:
            article = newsparse.parse_article(record)
        except newsparse.NewsparseError:
            kept["errors"][0] += 1
            continue
        if data.get("title"):
            kept["title"][1] += 1
            kept["title"][0] += article.title == " ".join(str(data["title"]).split())
        day = _day(data.get("date") or data.get("publish_date"))
        if day is not None:
            kept["date"][1] += 1
            published = article.published
            kept["date"][0] += isinstance(published, dt.date) and published.isoformat()[:10] == day
        names = _names(data.get("author") or data.get("authors"))
        if names:
            kept["authors"][1] += 1
            kept["authors"][0] += _names(list(article.authors)) == names
        text = data.get("text")
        if isinstance(text, str) and text.strip():
            bodies.append(body_counts(text, article.text))
    result = {field: (counts[0], counts[1]) for field, counts in kept.items()}
    f1 = aggregate_body(bodies)[2]
    result["body F1 x1000"] = (round((f1 or 0) * 1000), len(bodies))
    return result


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.records", description=__doc__)
    parser.add_argument("--sets", nargs="+", default=["fundus"])
    parser.add_argument("--limit", type=int, default=60, help="pages per set (default 60)")
    args = parser.parse_args(None if argv is None else list(argv))
    pages = [
        read_source(page)
        for name in args.sets
        for page in load_set(name, DEFAULT_DATA_DIR)[: args.limit]
        if page.kind == "html"
    ]
    print(f"{len(pages)} pages of {', '.join(args.sets)}")
    print("| tool's records | title kept | day kept | authors kept | body F1 | refused |")
    print("|---|---|---|---|---|---|")
    for tool in _TOOLS:
        got = score(tool, pages)

        def share(field: str, got: dict[str, tuple[int, int]] = got) -> str:
            done, total = got[field]
            return f"{done}/{total}"

        f1, bodies = got["body F1 x1000"]
        print(
            f"| {tool} | {share('title')} | {share('date')} | {share('authors')} "
            f"| {f1 / 1000:.3f} ({bodies}) | {share('errors')} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
