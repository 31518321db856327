"""Publication and modification dates: structured sources, visible date lines, the URL."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from newsparse._html import selectors as sel
from newsparse._html.sources import (
    Sources,
    date_value,
    first,
    item_value,
    microdata,
    one_line,
    text_value,
)
from newsparse._html.tree import Element, text_of
from newsparse._normalize.dates import find_date, parse_date_line

__all__ = ["read_dates", "url_date"]

_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def _visible_dates(root: Element) -> tuple[dt.date | None, dt.date | None]:
    """The publication date shown on the page: ``<time>``, then date-like elements.

    Elements named for an update or sitting in comments are skipped.
    """
    for el in root.iter("time"):
        if sel.NOT_PUBLISHED_ATTR.search(f"{el.get('class') or ''} {el.get('itemprop') or ''}"):
            continue
        value = el.get("datetime")
        found = date_value(value) if value else None
        if found is None:
            found = _date_in(one_line(text_of(el)))
        if found is not None:
            return found, None
    first: dt.date | None = None
    for el in root.iter("div", "span", "p", "small", "li", "abbr", "em", "strong", "header"):
        attrs_ = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not sel.DATE_ATTR.search(attrs_) or sel.NOT_PUBLISHED_ATTR.search(attrs_) or _aside(el):
            continue
        found = date_value(el.get("title")) if el.tag == "abbr" else None
        found = found or _date_in(one_line(text_of(el)))
        if found is None:
            continue
        if isinstance(found, dt.datetime):
            # A time beats a bare day seen first, when they agree on the day.
            if first is None or first == found.date():
                return found, None
            return first, None
        first = first or found
    return first, None


def _aside(el: Element) -> bool:
    """Whether ``el`` sits in a sidebar, widget, related list or comment thread.

    The walk stops at ``<article>``, ``<main>`` and ``<body>``, whose classes often name the
    page's layout (``has-sidebar``) rather than what they hold.
    """
    node = el.getparent()
    while node is not None and node.tag not in {"article", "main", "body", "html"}:
        attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag == "nav" or sel.THREAD_ATTR.search(attrs):
            return True
        if sel.FIGURE_FURNITURE_ATTR.search(attrs):
            return True
        node = node.getparent()
    return False


def _date_in(text: str) -> dt.date | None:
    """A date in a short visible text: the whole line, else a date inside it."""
    if not text or len(text) > 100:
        return None
    match = parse_date_line(text) or find_date(text)
    return match.value if match is not None else None


def url_date(url: str | None) -> dt.date | None:
    if not url:
        return None
    match = _URL_DATE.search(urlsplit(url).path)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def read_dates(src: Sources) -> tuple[dt.date | None, dt.date | None]:
    art, meta, root = src.art, src.meta, src.root
    published = first(
        date_value(text_value(art.get("datePublished"))),
        date_value(meta.first(sel.META_PUBLISHED)),
        date_value(next((item_value(e) for e in microdata(root, "datePublished")), None)),
        date_value(text_value(art.get("dateCreated"))),
    )
    modified = first(
        date_value(text_value(art.get("dateModified"))),
        date_value(meta.first(sel.META_MODIFIED)),
        date_value(next((item_value(e) for e in microdata(root, "dateModified")), None)),
    )
    if published is None:
        published, _ = _visible_dates(root)
    return published, modified
