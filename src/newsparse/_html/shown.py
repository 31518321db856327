"""The dates a page shows its readers: ``<time>``, date-named elements and visible date lines.

:mod:`~newsparse._html.when` weighs them against the page's structured data; the last-resort
search of :mod:`~newsparse._html.when_fallback` reads them too. Sidebars, lists of other stories
and comment threads are never read, nor are dates labelled as updates.
"""

from __future__ import annotations

import datetime as dt
import re

from newsparse._html import selectors as sel
from newsparse._html.sources import date_value, one_line
from newsparse._html.tree import Element, text_of
from newsparse._normalize.boilerplate import is_update_line
from newsparse._normalize.dates import DateMatch, find_date, parse_date_line

__all__ = ["bare_date_line", "date_in", "in_aside", "line_date", "visible_date", "zoned_line"]

_DATE_HOLDERS = ("div", "span", "p", "small", "li", "abbr", "em", "strong", "header", "h5", "h6")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_MAX_ZONED = 80
_MAX_BARE = 40
_DIGIT = re.compile(r"\d")
#: Elements holding a machine-readable ``datetime``: ``<time>`` and the custom elements that
#: render one as "3 days ago" in the browser.
_TIME_TAGS = ("time", "relative-time", "local-time", "time-ago")


def visible_date(root: Element, notes: list[str], order: bool | None) -> dt.date | None:
    """The publication date shown on the page: the first ``<time>``, else date-named elements.

    Elements named for an update or labelled as one (``Updated Mar 12``), and those in
    sidebars, lists of other stories or comment threads, are skipped. A date line rejected by
    the normaliser (a weekday that contradicts it, an ambiguous day) is reported in ``notes``;
    ``order`` is the page language's reading of all-numeric dates (see :func:`line_date`).
    """
    for el in root.iter(*_TIME_TAGS):
        found = _time_value(el, notes, order)
        if found is not None:
            return found
    values = []
    named: dict[str, bool | None] = {}  # class names repeat a lot: each is matched once
    for el in root.iter(*_DATE_HOLDERS):
        if not _dated(el, named) or in_aside(el):
            continue
        found = _dated_value(el, notes, order)
        if found is not None:
            values.append(found)
            if isinstance(found, dt.datetime):
                break
    return _with_time(values) if values else None


def _time_value(el: Element, notes: list[str], order: bool | None) -> dt.date | None:
    """The date of a ``<time>`` that may show the publication, else ``None``."""
    names = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
    if sel.NOT_PUBLISHED_ATTR.search(names) or in_aside(el, layout=False):
        return None
    text = one_line(text_of(el))
    if is_update_line(text):
        return None
    value = el.get("datetime")
    return (date_value(value) if value else None) or date_in(text, notes, order)


def _dated_value(el: Element, notes: list[str], order: bool | None) -> dt.date | None:
    """The date in a date-named element, or after its label (``<h5>Datum:</h5> 03.11.2021``)."""
    text = one_line(text_of(el))
    if is_update_line(text):
        return None
    found = date_value(el.get("title")) if el.tag == "abbr" else None
    found = found or date_in(text, notes, order)
    parent = el.getparent()
    if found is None and parent is not None and sel.PUBLISHED_LABEL.match(el.text or ""):
        found = date_in(one_line(text_of(parent)), notes, order)
    return found


def _with_time(values: list[dt.date]) -> dt.date:
    """The first of ``values``, or the time of the next one when it falls on the same day."""
    first = values[0]
    if isinstance(first, dt.datetime) or len(values) == 1:
        return first
    following = next((v for v in values[1:] if isinstance(v, dt.datetime)), None)
    return following if following is not None and following.date() == first else first


def bare_date_line(root: Element, *, day_first: bool | None = None) -> dt.date | None:
    """The first short element whose whole text is a date line, with no class to say so.

    ``<span>April 19, 2019</span>`` beside the byline: weak evidence, used only when nothing
    else, the page's address included, gives a date. Only a text that the date normaliser
    reads whole counts (a date inside a sentence does not, nor one labelled as an update),
    outside sidebars, navigation and comment threads. ``day_first`` is the page language's
    reading of all-numeric dates (see :func:`line_date`).
    """
    for el in root.iter(*_DATE_HOLDERS, "time"):
        text = el.text
        if not text or len(text) > _MAX_BARE or not _DIGIT.search(text) or len(el):
            continue
        line = one_line(text)
        match = line_date(line, day_first)
        if match is None or match.value is None or is_update_line(line) or in_aside(el):
            continue
        return match.value
    return None


def _dated(el: Element, named: dict[str, bool | None]) -> bool:
    """Whether ``el`` is named for a publication date, or opens with a date label.

    Class, id and ``data-testid`` are read (``article-details-date``); a label such as
    ``Datum:`` or ``Published on`` at the start of the element's own text counts too, unless
    the names say the element shows an update. ``named`` keeps what each set of names says
    (dated, not dated, or nothing), since the same ones repeat across a page.
    """
    attrs_ = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}"
    if attrs_ in named:
        verdict = named[attrs_]
    else:
        verdict = named[attrs_] = (
            False
            if sel.NOT_PUBLISHED_ATTR.search(attrs_)
            else (True if sel.DATE_ATTR.search(attrs_) else None)
        )
    if verdict is not None:
        return verdict
    text = el.text
    return bool(text and text.lstrip()[:1].isalpha() and sel.PUBLISHED_LABEL.match(text))


def in_aside(el: Element, *, layout: bool = True) -> bool:
    """Whether ``el`` sits in a sidebar, widget, list of other stories, comment thread or site header.

    A page-level ``<header>`` (named as the site's, or holding the navigation) and elements named
    for today's date (``today``, ``current-date``) show the day the page was served.

    The walk stops at ``<article>``, ``<main>`` and ``<body>``, whose classes often name the
    page's layout (``has-sidebar``) rather than what they hold. With ``layout=False`` the
    sidebar and widget names are not read (a ``<time>`` is markup enough to trust inside a
    column named ``content-area sidebar``); navigation, comments and story lists still count.
    """
    if sel.TODAY_ATTR.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
        return True
    node = el.getparent()
    while node is not None and node.tag not in {"article", "main", "body", "html"}:
        attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag == "nav" or sel.THREAD_ATTR.search(attrs) or sel.LISTING_ATTR.search(attrs):
            return True
        if sel.TODAY_ATTR.search(attrs) or (
            node.tag == "header" and (sel.SITE_HEADER_ATTR.search(attrs) or _has_nav(node))
        ):
            # The site's header or top bar shows today's date, not the article's.
            return True
        if layout and sel.FIGURE_FURNITURE_ATTR.search(attrs):
            return True
        node = node.getparent()
    return False


def _has_nav(el: Element) -> bool:
    return next(el.iter("nav"), None) is not None


def line_date(text: str, day_first: bool | None) -> DateMatch | None:
    """:func:`~newsparse._normalize.dates.parse_date_line`, with the page's order as a weak hint.

    A date the line's own words leave open (``02/10/2020``) is read again in the order of the
    page's language, ``day_first`` (see :func:`~newsparse._normalize.dates.page_day_first`);
    a date the words settle, or ``day_first=None``, is read as the normaliser alone reads it.
    """
    match = parse_date_line(text)
    if match is not None and match.value is None and day_first is not None:
        return parse_date_line(text, day_first=day_first) or match
    return match


def _find_in(text: str, day_first: bool | None) -> DateMatch | None:
    """:func:`~newsparse._normalize.dates.find_date`, with the page's order as a weak hint."""
    match = find_date(text)
    if match is not None and match.value is None and day_first is not None:
        return find_date(text, day_first=day_first) or match
    return match


def date_in(text: str, notes: list[str], day_first: bool | None = None) -> dt.date | None:
    """A date in a short visible text: the whole line, else a date inside it.

    The first date rejected with a reason is reported in ``notes``; ``day_first`` is the
    page language's reading of all-numeric dates (see :func:`line_date`).
    """
    if not text or len(text) > 100:
        return None
    match: DateMatch | None = line_date(text, day_first) or _find_in(text, day_first)
    if match is None:
        return None
    if match.value is None and match.problem and not notes:
        notes.append(f"date line {text!r}: {match.problem}")
    return match.value


def zoned_line(root: Element) -> dt.datetime | None:
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
        if isinstance(value, dt.datetime) and value.tzinfo is not None and not in_aside(el):
            return value
    return None
