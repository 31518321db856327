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

__all__ = ["bare_date_line", "read_dates", "url_date"]

_DATE_HOLDERS = ("div", "span", "p", "small", "li", "abbr", "em", "strong", "header", "h5", "h6")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_MAX_ZONED = 80
_MINUTE = 60
_MAX_BARE = 40
_DIGIT = re.compile(r"\d")
_UTC = dt.timedelta(0)
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
    for el in root.iter(*_DATE_HOLDERS):
        if not _dated(el) or _aside(el):
            continue
        found = date_value(el.get("title")) if el.tag == "abbr" else None
        found = found or _date_in(one_line(text_of(el)))
        parent = el.getparent()
        if found is None and parent is not None and sel.PUBLISHED_LABEL.match(el.text or ""):
            # <h5>Datum:</h5> 03.11.2021: the label stands alone, the date follows it.
            found = _date_in(one_line(text_of(parent)))
        if found is None:
            continue
        if isinstance(found, dt.datetime):
            # A time beats a bare day seen first, when they agree on the day.
            if first is None or first == found.date():
                return found, None
            return first, None
        first = first or found
    return first, None


def bare_date_line(root: Element) -> dt.date | None:
    """The first short element whose whole text is a date line, with no class to say so.

    ``<span>April 19, 2019</span>`` beside the byline: weak evidence, used only when nothing
    else, the page's address included, gives a date. Only a text that the date normaliser
    reads whole counts (a date inside a sentence does not), outside sidebars, navigation and
    comment threads.
    """
    for el in root.iter(*_DATE_HOLDERS, "time"):
        text = el.text
        if not text or len(text) > _MAX_BARE or not _DIGIT.search(text) or len(el):
            continue
        match = parse_date_line(one_line(text))
        if match is not None and match.value is not None and not _aside(el):
            return match.value
    return None


def _dated(el: Element) -> bool:
    """Whether ``el`` is named for a publication date, or opens with a date label.

    Class, id and ``data-testid`` are read (``article-details-date``); a label such as
    ``Datum:`` or ``Published on`` at the start of the element's own text counts too.
    """
    attrs_ = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}"
    if sel.NOT_PUBLISHED_ATTR.search(attrs_):
        return False
    return bool(sel.DATE_ATTR.search(attrs_) or sel.PUBLISHED_LABEL.match(el.text or ""))


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
    """Read the publication and modification dates of a page.

    Structured sources (JSON-LD, ``<meta>``, microdata) come first, then visible date lines.
    A visible line that states its zone gives a structured UTC or zone-less time the page's own
    zone where both agree (see :func:`_reconcile`).

    Returns:
        ``(published, modified)``; either may be ``None``.
    """
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
    if isinstance(published, dt.datetime) and published.utcoffset() not in {None, _UTC}:
        return published, modified  # a time in the page's own zone: nothing to reconcile
    zoned = _zoned_line(root)
    if published is None or (zoned is not None and published == zoned.date()):
        published = zoned or published
    return _reconcile(published, zoned), modified


def _zoned_line(root: Element) -> dt.datetime | None:
    """The first short visible line that states a time with its zone.

    ``Rabu, 4 November 2015 | 21:04 WIB`` or ``on 16 Feb 2016 at 09:10 WIB``: a text node of
    at most 80 characters holding a clock time, outside sidebars and comment threads.
    """
    for el in root.iter(*_DATE_HOLDERS, "time"):
        text = el.text
        if not text or len(text) > _MAX_ZONED or not _CLOCK.search(text):
            continue
        match = parse_date_line(one_line(text))
        value = match.value if match is not None else None
        if isinstance(value, dt.datetime) and value.tzinfo is not None and not _aside(el):
            return value
    return None


def _reconcile(published: dt.date | None, zoned: dt.datetime | None) -> dt.date | None:
    """Give a structured publication time the zone the page itself shows, where they agree.

    * A UTC time (``02:10:56Z``) that is the same instant as the visible line (``09:10 WIB``)
      is moved to the visible line's zone: the page's own local representation.
    * A UTC or zone-less time whose wall clock equals the visible line's (``16:00:20Z`` beside
      ``16:00 WIB``) was labelled wrongly or not at all: it takes the visible line's zone.

    Anything else, a time in a zone other than UTC included, is kept as it is.
    """
    if not isinstance(published, dt.datetime) or zoned is None:
        return published
    offset = published.utcoffset()
    if offset not in {None, _UTC} or offset == zoned.utcoffset():
        return published
    wall = published.replace(tzinfo=None, second=0, microsecond=0)
    if wall == zoned.replace(tzinfo=None, second=0, microsecond=0):
        return published.replace(tzinfo=zoned.tzinfo)
    if offset is not None and abs((published - zoned).total_seconds()) < _MINUTE:
        return published.astimezone(zoned.tzinfo)
    return published
