"""Adapters: run newsparse and each peer the way its own documentation recommends.

Every adapter turns its tool's result into one plain :class:`Extraction`, so the scorer never sees a
tool's own types. A tool's module is imported only inside its worker process (see
:mod:`benchmarks.worker`), never by the harness itself, and never by ``newsparse``.

Offline settings: newspaper4k and goose3 get image fetching turned off; newspaper4k's suffix list
comes from the snapshot bundled with ``tldextract`` (no download); the worker also refuses every
socket connection, so a tool that tries the network fails that page instead of reaching out.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import re
from collections.abc import Callable
from typing import Any

import attrs

from benchmarks.score import parse_gold_date

__all__ = ["TOOLS", "Extract", "Extraction", "Tool", "html_to_text", "tool_version"]


@attrs.frozen(kw_only=True)
class Extraction:
    """What one tool found on one page, in plain types.

    Attributes:
        title: The headline.
        authors: Author names, as the tool gives them.
        published: The publication date: a ``datetime`` when the tool gives a time, else a ``date``.
        body: The article text (paragraphs joined with newlines).
        captions: ``(text, credit)`` pairs.
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    body: str = ""
    captions: tuple[tuple[str, str | None], ...] = ()


#: An extraction call: ``(source, url, kind) -> Extraction``.
Extract = Callable[[str, "str | None", str], Extraction]


@attrs.frozen(kw_only=True)
class Tool:
    """A tool the harness can run.

    Attributes:
        name: The name used on the command line and in reports.
        distribution: The PyPI distribution whose version is reported.
        fields: What the tool extracts at all (``title``, ``authors``, ``date``, ``body``,
            ``captions``); other metrics are "n/a" for it rather than zero.
        kinds: The inputs it reads (``html``, ``text``); other pages are "n/a" for it.
        load: Builds the extraction call (imports the tool, makes its configuration once).
    """

    name: str
    distribution: str
    fields: frozenset[str]
    kinds: frozenset[str]
    load: Callable[[], Extract]


def tool_version(tool: Tool) -> str | None:
    """Return the installed version of ``tool``'s distribution, or ``None`` if it is missing."""
    try:
        return importlib.metadata.version(tool.distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "section", "article", "figure", "figcaption",
)  # fmt: skip
_BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str) -> str:
    """Turn an HTML fragment (readability-lxml's summary) into text, one line per block element."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    return _BLANK_LINES.sub("\n", text).strip()


def _loose_date(value: Any) -> dt.date | None:
    """Read a tool's date: a ``datetime``/``date`` as is, a string at the precision it states."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    gold = parse_gold_date(value)
    if gold is not None:
        return gold.value
    from dateutil import parser as date_parser

    try:
        parsed: dt.datetime = date_parser.parse(value)
    except (ValueError, OverflowError):
        return None
    return parsed if ":" in value else parsed.date()


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())


def _load_newsparse() -> Extract:
    import newsparse

    def extract(source: str, url: str | None, kind: str) -> Extraction:
        article = newsparse.parse_article(
            source, url=url, kind="text" if kind == "text" else "html"
        )
        return Extraction(
            title=article.title,
            authors=article.authors,
            published=article.published,
            body="\n".join(article.paragraphs),
            captions=tuple((c.text, c.credit) for c in article.captions),
        )

    return extract


def _load_trafilatura() -> Extract:
    import trafilatura

    def extract(source: str, url: str | None, kind: str) -> Extraction:
        del kind
        # The documented call for the main text with metadata; JSON keeps the fields apart.
        out = trafilatura.extract(source, url=url, output_format="json", with_metadata=True)
        if not out:
            return Extraction()
        data = json.loads(out)
        return Extraction(
            title=data.get("title") or None,
            authors=_names(data.get("author")),
            published=_loose_date(data.get("date")),
            body=data.get("text") or "",
        )

    return extract


def _load_newspaper() -> Extract:
    from tldextract import tldextract

    # The default extractor downloads the public suffix list on first use; use the bundled copy.
    tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    from newspaper import Article, Config

    config = Config()
    config.fetch_images = False

    def extract(source: str, url: str | None, kind: str) -> Extraction:
        del kind
        article = Article(url or "", config=config)
        article.download(input_html=source)
        article.parse()
        return Extraction(
            title=article.title or None,
            authors=_names(article.authors),
            published=_loose_date(article.publish_date),
            body=article.text or "",
        )

    return extract


def _load_readability() -> Extract:
    from readability import Document

    def extract(source: str, url: str | None, kind: str) -> Extraction:
        del kind
        document = Document(source, url=url)
        return Extraction(
            # readability-lxml's placeholder for "no title found" is not a title.
            title=_no_placeholder(document.title()),
            authors=_names(_no_placeholder(document.author())),
            body=html_to_text(document.summary(html_partial=True)),
        )

    return extract


def _no_placeholder(value: str | None) -> str | None:
    """Drop readability-lxml's placeholders for "not found" (``[no-title]``, ``[no-author]``)."""
    return None if not value or value in {"[no-title]", "[no-author]"} else value


def _load_goose() -> Extract:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False, "http_timeout": 1})

    def extract(source: str, url: str | None, kind: str) -> Extraction:
        del kind
        article = goose.extract(url=url, raw_html=source)
        return Extraction(
            title=article.title or None,
            authors=_names(article.authors),
            # The date string as the page states it (its zone kept), not the UTC conversion.
            published=_loose_date(article.publish_date),
            body=article.cleaned_text or "",
        )

    return extract


_META = frozenset({"title", "authors", "date", "body"})

#: Every tool the harness can run, in report order; trafilatura is the speed reference.
TOOLS: dict[str, Tool] = {
    tool.name: tool
    for tool in (
        Tool(name="newsparse", distribution="newsparse", fields=_META | {"captions"},
             kinds=frozenset({"html", "text"}), load=_load_newsparse),
        Tool(name="trafilatura", distribution="trafilatura", fields=_META,
             kinds=frozenset({"html"}), load=_load_trafilatura),
        Tool(name="newspaper4k", distribution="newspaper4k", fields=_META,
             kinds=frozenset({"html"}), load=_load_newspaper),
        Tool(name="readability-lxml", distribution="readability-lxml",
             fields=frozenset({"title", "authors", "body"}), kinds=frozenset({"html"}),
             load=_load_readability),
        Tool(name="goose3", distribution="goose3", fields=_META,
             kinds=frozenset({"html"}), load=_load_goose),
    )
}  # fmt: skip
