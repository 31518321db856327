"""Article metadata from every source a page offers, best first.

Each field is read from an ordered list of sources; the first source that gives a usable value
wins, and sources that can give several values (authors, tags) are not mixed. The order for each
field is documented in ``docs/html.rst`` and in :func:`read_metadata`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsparse._html.meta.people import read_authors, read_site_author
from newsparse._html.meta.sections import read_section
from newsparse._html.meta.shown import bare_date_line
from newsparse._html.meta.titles import read_title
from newsparse._html.meta.when import read_dates, url_date
from newsparse._html.meta.when_fallback import LateDate, data_date, last_resort_date
from newsparse._html.page import selectors as sel
from newsparse._html.page.index import PageIndex
from newsparse._html.page.jsonld import read_jsonld, types_of
from newsparse._html.page.selectors import JSONLD_ARTICLE_TYPES
from newsparse._html.page.sources import (
    MetaTags,
    Sources,
    first,
    one_line,
    resolve,
    text_value,
    unique,
)
from newsparse._html.page.tree import Element, Page, data_texts, text_of
from newsparse._normalize.dates import page_day_first
from newsparse._normalize.language import language_tag
from newsparse._normalize.refused import RefusedDate
from newsparse._urls import split_url

__all__ = ["Metadata", "read_metadata"]

_KEYWORD_SPLIT = re.compile(r"(?:(?<!\s)\s+)?[,;|]\s*")
_MAX_TAGS = 30


@attrs.frozen(kw_only=True)
class Metadata:
    """The metadata of one page, before the body is read.

    The fields mirror :class:`~newsparse.model.Article`, plus ``site_author`` (the site's own
    name where the metadata gives it as the author, read only when ``authors`` is empty: the
    author last of all, see :func:`~newsparse._html.meta.people.read_site_author`), ``image`` (the lead picture),
    ``body`` (a JSON-LD ``articleBody``, for script-rendered pages), ``data_date`` (a
    publication date the page's JSON data records state, read only when the markup names none:
    see :func:`~newsparse._html.meta.when_fallback.data_date`), ``url_date`` (a date found
    in the page's address), ``shown_date`` (a bare date line with no markup to name it) and
    ``late_date`` (a labelled date, a date in the title or beside the headline: see
    :func:`~newsparse._html.meta.when_fallback.last_resort_date`), the weakest evidence of
    publication, in that order, ``refused_date`` (a date line refused as ambiguous, which the
    body may settle: see :func:`~newsparse._normalize.refused.settle_refused`), ``warnings``
    about dates that disagreed, and
    ``declared_article``: whether the page says it is an article (a JSON-LD article type, or
    ``og:type`` ``article``).
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    site_author: tuple[str, ...] = ()
    published: dt.date | None = None
    modified: dt.date | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    body: str | None = None
    data_date: dt.date | None = None
    url_date: dt.date | None = None
    shown_date: dt.date | None = None
    late_date: LateDate | None = None
    refused_date: RefusedDate | None = None
    warnings: tuple[str, ...] = ()
    section: str | None = None
    declared_article: bool = False


def _with_region(language: str | None, others: Iterable[str | None]) -> str | None:
    """``language`` with the region another declaration of the same language gives it.

    ``en`` beside ``og:locale`` ``en_IN`` is ``en-IN``; a tag that has a region already, or a
    declaration of another language (``en`` beside ``fr_FR``), leaves it as it is.
    """
    if language is None or "-" in language:
        return language
    for value in others:
        other = language_tag(value)
        if other is not None and other.startswith(f"{language}-"):
            return other
    return language


def _keywords(values: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        # (A tag is one line: a JSON-LD string may hold line breaks, as meta values may not.)
        out.extend(one_line(part) for part in _KEYWORD_SPLIT.split(value))
    return unique(v for v in out if v and len(v) <= 80)[:_MAX_TAGS]


def _jsonld_keywords(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return _keywords([value])
    if isinstance(value, list):
        return _keywords(str(v) for v in value if isinstance(v, (str, int)))
    return ()


def _site_names(src: Sources) -> list[str]:
    publisher = src.art.get("publisher")
    values = (
        src.meta.first(["og:site_name"]),
        text_value(publisher) if isinstance(publisher, (dict, list)) else None,
        src.meta.first(["application-name"]),
        next((text_value(o.get("name")) for o in src.ld.of_type("website", "organization")), None),
    )
    return [v for v in values if v]


def _canonical(src: Sources, url: str | None) -> str | None:
    canonical = None
    for container in (src.head, src.root):
        if container is None or canonical is not None:
            continue
        # (Every <link>, not only those with a rel: lxml finds them by tag faster than by a path.)
        for link in container.iter("link"):
            if "canonical" in (link.get("rel") or "").lower().split():
                canonical = link.get("href")
                break
    page_url = resolve(
        first(canonical, src.meta.first(["og:url"]), text_value(src.art.get("url"))), url
    )
    parts = split_url(page_url) if page_url else None
    if parts is not None and url and parts.path in {"", "/"}:
        return None
    return page_url


def _tags(src: Sources) -> tuple[str, ...]:
    keywords = src.art.get("keywords")
    tags = _jsonld_keywords(keywords) if keywords else ()
    if not tags and src.meta.values:  # (many small pages have no <meta> value at all)
        tags = _keywords(src.meta.all("article:tag"))
        if not tags:
            tags = _keywords(src.meta.all("news_keywords") or src.meta.all("keywords"))
    if not tags and src.index.rel_links:
        tags = _keywords(
            one_line(text_of(a))
            for a in src.index.rel_links
            if "tag" in (a.get("rel") or "").lower().split()
        )
    return tags


def _ld_image(value: Any, depth: int = 0) -> str | None:
    """The first picture address in a JSON-LD ``image`` value (a string, list or ImageObject)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and depth < 3:
        return _ld_image(value[0], depth + 1)
    if isinstance(value, dict) and depth < 3:
        return _ld_image(value.get("url") or value.get("contentUrl"), depth + 1)
    return None


def _image(src: Sources, base: str | None) -> str | None:
    """The lead picture: JSON-LD ``image``, ``og:image``, ``twitter:image``, ``<link rel=image_src>``."""
    for candidate in _image_candidates(src):
        value = candidate.strip() if isinstance(candidate, str) else None
        if value and value.startswith("//") and base is None:
            value = "https:" + value
        resolved = resolve(value, base)
        if resolved:
            return resolved
    return None


def _image_candidates(src: Sources) -> Iterator[Any]:
    """The lead picture's candidates, best first; the ``<link>`` is looked for only when needed."""
    yield src.meta.first(sel.META_IMAGE)
    yield _ld_image(src.art.get("image"))
    yield next(
        (
            el.get("href")
            for el in (src.head if src.head is not None else src.root).iter("link")
            if (el.get("rel") or "").strip().lower() == "image_src"
        ),
        None,
    )


def read_metadata(
    page: Page, *, url: str | None = None, index: PageIndex | None = None
) -> Metadata:
    """Read a page's metadata.

    Order of the sources, best first, per field:

    * title: JSON-LD ``headline``, Dublin Core, OpenGraph, Twitter title (an ``<h1>`` equal to
      one of them up to quotes or a site-name suffix wins), then ``<title>`` cleaned of the site
      name, then the only ``<h1>``.
    * authors: JSON-LD ``author`` (people only), microdata ``itemprop=author``, ``rel=author``
      links, ``<meta name=author>`` and kin, then byline-like elements; site names are dropped
      (a metadata author that is the site's name is kept apart, :attr:`Metadata.site_author`).
    * published / modified: JSON-LD, ``article:*`` and other ``<meta>``, microdata; published
      also from ``<time>`` and visible date lines, which settle a disagreement on the day (see
      :func:`~newsparse._html.meta.when.read_dates`). The date in the URL is kept apart
      (:attr:`Metadata.url_date`), the last resort.
    * site_name, section, description, language, url, tags: see ``docs/html.rst``.

    Args:
        page: The loaded page.
        url: The address the caller fetched it from, used to resolve links and as evidence.
        index: The elements of ``page.root`` the readers start from, when the caller has them
            (:attr:`~newsparse._html.page.census.Census.page`); else they are found here.

    Returns:
        The metadata found; absent fields are ``None`` or ``()``.
    """
    root, head = page.root, page.head
    metas: list[Element] = []
    if head is not None:
        metas.extend(head.iter("meta"))
    if index is None:
        index = PageIndex.walk(root)
    metas.extend(index.tagged["meta"])
    ld = read_jsonld(page.jsonld)
    src = Sources(root, head, MetaTags(metas), ld, ld.article or {}, index)
    meta, art = src.meta, src.art

    site_names = _site_names(src)
    page_url = _canonical(src, url)
    language = language_tag(
        first(
            root.get("lang"),
            root.get("{http://www.w3.org/XML/1998/namespace}lang"),
            root.get("xml:lang"),  # the HTML parser keeps an XHTML page's prefix in the name
            meta.first(["og:locale", "content-language", "language", "dc.language"]),
            text_value(art.get("inLanguage")),
        )
    )
    # The dates are read in the most precise tag the page gives: <html lang="en"> beside
    # og:locale "en_IN" is Indian English, where "IST" and the order of "02/10/2020" are settled.
    dates_language = _with_region(
        language,
        (
            meta.first(["og:locale"]),
            meta.first(["content-language"]),
            text_value(art.get("inLanguage")),
        ),
    )
    day_first = page_day_first(dates_language)
    dates = read_dates(src, url=page_url or url, day_first=day_first, language=dates_language)
    description = first(
        meta.first(sel.META_DESCRIPTION[:3]),
        meta.first(["description"]),
        text_value(art.get("description")),
        meta.first(["twitter:description"]),
    )
    body = art.get("articleBody")
    shown = (
        None
        if dates.published
        else bare_date_line(root, day_first=day_first, url=page_url or url, verdicts=index.verdicts)
    )
    return Metadata(
        title=read_title(src, site_names, (page_url, url)),
        authors=(authors := read_authors(src, site_names, (page_url, url))),
        site_author=() if authors else read_site_author(src, site_names, (page_url, url)),
        published=dates.published,
        modified=dates.modified,
        site_name=site_names[0] if site_names else None,
        language=language,
        url=page_url,
        description=description,
        tags=_tags(src),
        image=_image(src, url or page_url),
        data_date=None if dates.published or not page.data else data_date(data_texts(page)),
        url_date=url_date(page_url) or url_date(url),
        shown_date=shown,
        late_date=None if dates.published or shown else last_resort_date(src, day_first=day_first),
        body=body if isinstance(body, str) else None,
        refused_date=dates.refused,
        warnings=ld.notes + dates.warnings,
        section=read_section(src, (page_url, url)),
        declared_article=bool(ld.article and JSONLD_ARTICLE_TYPES & types_of(ld.article))
        or (meta.first(["og:type"]) or "").strip().lower() == "article",
    )
