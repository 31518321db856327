"""Last-resort publication dates, for pages whose markup names none.

Read only when structured data, ``<time>``, date-named elements, the page's address and a bare
date line all gave nothing (see :func:`last_resort_date` and ``docs/html.rst``). Every source
here is weak, so each asks for a date that *looks* like a publication date, not just any date:

1. a date after a publication label anywhere outside sidebars, lists of other stories and
   comment threads (``Erschienen am: 01.11.2023`` after a ``<br>``, ``<b>Date</b> 23.05.2011``);
2. a date line in the page's ``<title>`` or OpenGraph title (``... | DW | 23.05.2011``);
3. a short date line beside the headline: among the few lines just after the first ``<h1>``;
4. a data attribute named as a date (``<div data-deploy-dt="2026.01.29 18:40">``), when every
   such attribute of the page outside sidebars and story lists gives the same day;
5. a date opening one of the first paragraphs of the body (``27.1.2022 - Bei der ...``), see
   :func:`opening_date`.

A date labelled as an update is never taken.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsparse._html.meta.shown import (
    date_in,
    headline,
    in_aside,
    line_date,
    named_not_published,
    publication_parts,
    short_line,
)
from newsparse._html.page import selectors as sel
from newsparse._html.page.sources import Sources, date_value, one_line
from newsparse._html.page.tree import Element, Verdicts, text_of
from newsparse._normalize.boilerplate import is_update_line
from newsparse._normalize.dates import day_of, find_date, has_digit
from newsparse._normalize.phrases import (
    PUBLISHED_LABELS,
    WEAK_PUBLISHED_LABELS,
    phrase_alternation,
    publication_key,
)

__all__ = ["LateDate", "data_date", "last_resort_date", "opening_date"]

_LABEL = re.compile(
    rf"\W*(?:{phrase_alternation((*PUBLISHED_LABELS, *WEAK_PUBLISHED_LABELS))})(?![^\W\d_])\s*:?\s*",
    re.IGNORECASE,
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "select", "option"})
_TITLE_SPLIT = re.compile(r"(?<!\s)\s+[|\-\u2013\u2014\u00b7/]\s+|(?:(?<!\s)\s+)?[|\u00b7]\s*")
_DIGIT = re.compile(r"\d")
_MAX_LABELLED = 100
_MAX_LINE = 80
_MAX_VALUE = 60
# How much of the text node before a date is read for an update label.
_LABEL_REACH = 40
# Beside the headline: this many text nodes after the first <h1>, and no further than the
# second long text (the body has begun).
_NEAR_NODES = 30
_TOPLINE_NODES = 3
_LONG_TEXT = 150
_LONG_TEXTS = 2
_OPENING_PARAGRAPHS = 3
_OPENING_WORDS = 4
_OPENING_AFTER = re.compile(r"\s*(?:$|[-\u2013\u2014:|)\].]|\s*/)")
_OPENING_BEFORE = re.compile(r"[^\W\d_][^\d]*|\W*")
# A data attribute whose name says it holds a date or a time; a name that says update
# (data-re-deploy-dt, data-last-modified-time) is never read.
_DATA_DATE = re.compile(r"data-[\w-]*(?:date|dt|time|published)", re.IGNORECASE)
_DATA_UPDATE = re.compile(r"updat|modif|edit|last|(?:^|-)re-", re.IGNORECASE)


@attrs.frozen
class LateDate:
    """A last-resort publication date and where it was found, for a warning."""

    value: dt.date
    source: str


def _page_texts(src: Sources) -> list[tuple[str, Element, Element | None]]:
    """:func:`_texts` of the page's root, found once for the page (two readers ask)."""
    texts: list[tuple[str, Element, Element | None]] | None = src.memo.get("texts")
    if texts is None:
        texts = src.memo["texts"] = list(_texts(src.root))
    return texts


def _texts(root: Element) -> Iterator[tuple[str, Element, Element | None]]:
    """Every text node in document order: ``(text, owner, labelled)``.

    ``owner`` is the element that holds the text; ``labelled`` is the element the text follows
    when the text is its tail (``<b>Date</b> 23.05.2011``), else ``None``.
    """
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        # (Each read once: lxml makes a new string at each read of a text or a tail.)
        text = el.text
        if text and text.strip():
            yield text, el, None
        tail = el.tail
        if tail and tail.strip():
            parent = el.getparent()
            if parent is not None:
                yield tail, parent, el


def _labelled(src: Sources, day_first: bool | None) -> dt.date | None:
    """The first date after a publication label, outside sidebars, listings and comments."""
    # The text nodes are kept for _near_headline when all of them were read.
    texts: list[tuple[str, Element, Element | None]] = []
    keep = texts.append
    for node in _texts(src.root):
        keep(node)
        text, owner, before = node
        # (one_line only drops and folds spaces: a text without a digit gives a line without.)
        if not has_digit(text):
            continue
        line = one_line(text)
        if len(line) > _MAX_LABELLED:
            continue
        if is_update_line(line):
            # "Updated 5 May 2019, first published 3 May 2019": the date after the second label.
            first = sel.FIRST_PUBLISHED_LABEL.search(line, 1)
            if first is None:
                continue
            rest = line[first.end() :]
        elif (label := _LABEL.match(line)) is not None and label.end() < len(line):
            rest = line[label.end() :]
        elif before is not None and _is_label(one_line(text_of(before))):
            rest = line
        else:
            continue
        found = date_in(rest, None, day_first)
        if found is not None and not in_aside(owner, verdicts=src.index.verdicts):
            return found
    src.memo["texts"] = texts
    return None


def _is_label(text: str) -> bool:
    label = _LABEL.match(text)
    return label is not None and label.end() == len(text) and not is_update_line(text)


def _titled(src: Sources, day_first: bool | None) -> dt.date | None:
    """A date line that is one part of the page's title (``La perte ... | DW | 23.05.2011``)."""
    titles = [src.meta.first(["og:title"]), src.meta.first(["twitter:title"])]
    for container in (src.head, src.root):
        if container is not None:
            titles.extend(text_of(t) for t in container.iterfind(".//title"))
    for title in titles:
        if not title or not _DIGIT.search(title):
            continue
        for part in _TITLE_SPLIT.split(one_line(title)):
            if len(part) > _MAX_VALUE or not _DIGIT.search(part):
                continue
            match = line_date(part, day_first)
            if match is not None and match.value is not None and not is_update_line(part):
                return match.value
    return None


def _near_headline(src: Sources, day_first: bool | None) -> dt.date | None:
    """The first short date line just after the headline, else a date line just before it.

    After the headline, at most :data:`_NEAR_NODES` texts are read, and none after the second
    long one (the body has begun); a date inside a short text counts (``06.11.2023 13:30 von
    Olga``). Before it, only the :data:`_TOPLINE_NODES` texts above, each a date line whole.
    """
    h1 = headline(src)
    if h1 is None:
        return None
    inside = set(h1.iter())
    texts = _page_texts(src)
    at = next(i for i, (_, owner, _) in enumerate(texts) if owner in inside)
    long_texts = 0
    previous = ""  # the text node before: "Last updated" before the date makes it an update's
    for text, owner, _ in texts[at + 1 : at + 1 + _NEAR_NODES]:
        if owner in inside:
            continue
        line = short_line(text, _LONG_TEXT)  # (None for a long text, told by its start)
        if line is None:
            long_texts += 1
            if long_texts >= _LONG_TEXTS:
                break
        before, previous = previous, text
        if line is None or len(line) > _MAX_LINE or not _DIGIT.search(line):
            continue
        if sel.UPDATE_LABEL_END.search(one_line(before)[-_LABEL_REACH:]):
            continue
        for part in publication_parts(line):
            found = (
                date_in(part, None, day_first) if _usable(part, owner, src.index.verdicts) else None
            )
            if found is not None:
                return found
    for text, owner, _ in reversed(texts[max(0, at - _TOPLINE_NODES) : at]):
        line = one_line(text)
        usable = _usable(line, owner, src.index.verdicts)
        match = line_date(line, day_first) if usable else None
        if match is not None and match.value is not None:
            return match.value
    return None


def _usable(line: str, owner: Element, verdicts: Verdicts) -> bool:
    """Whether a short text beside the headline may hold its publication date.

    ``verdicts`` are the page's (see :class:`~newsparse._html.page.tree.Verdicts`).
    """
    if len(line) > _MAX_LINE or not _DIGIT.search(line) or is_update_line(line):
        return False
    return not named_not_published(owner) and not in_aside(owner, layout=False, verdicts=verdicts)


def _data_attribute(src: Sources, day_first: bool | None) -> dt.date | None:
    """The date a date-named ``data-`` attribute holds, when all such attributes agree on the day.

    A page rendered by scripts may keep its date only in the attributes of a hidden element that
    describes the article. A teaser list gives many days and a page-load stamp is all digits:
    neither is read, and attributes that disagree on the day give nothing.
    """
    return _one_day(_attribute_dates(src, day_first))


def _attribute_dates(src: Sources, day_first: bool | None) -> Iterator[dt.date]:
    """The dates of the date-named ``data-`` attributes outside sidebars and story lists."""
    for el in src.root.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        for name, value in el.items():
            if (
                not name.startswith("data-")
                or _DATA_DATE.fullmatch(name) is None
                or _DATA_UPDATE.search(name) is not None
                or not has_digit(value)
                or value.strip().isdigit()
                or len(value) > _MAX_VALUE
            ):
                continue
            value_date = date_in(value.strip(), None, day_first)
            if value_date is not None and not in_aside(el, verdicts=src.index.verdicts):
                yield value_date


def _one_day(values: Iterable[dt.date]) -> dt.date | None:
    """The first of ``values`` when all fall on its day, else ``None`` (or when there are none)."""
    found: dt.date | None = None
    for value in values:
        if found is None:
            found = value
        elif day_of(value) != day_of(found):
            return None
    return found


def last_resort_date(src: Sources, *, day_first: bool | None = None) -> LateDate | None:
    """A publication date from the weak sources of the markup, most trusted first.

    Args:
        src: The page's sources, read before any furniture is removed.
        day_first: How the page's language writes an all-numeric date (a weak hint).

    Returns:
        The date and a phrase naming where it was found, or ``None``.
    """
    for source, read in (
        ("a labelled date line", _labelled),
        ("the page's title", _titled),
        ("a date line beside the headline", _near_headline),
        ("a date-named data attribute", _data_attribute),
    ):
        value = read(src, day_first)
        if value is not None:
            return LateDate(value, source)
    return None


def data_date(scripts: Sequence[str]) -> dt.date | None:
    """The publication date that the page's JSON data records state at their top level.

    A page built by scripts may keep its own record in ``<script type="application/json">``
    (``{"publishDate": "2025-10-21T06:00:00-04:00", ...}``; see
    :attr:`~newsparse._html.page.tree.Page.data`). Only string values of keys that name a
    publication time (``datePublished``, ``publishedAt``, ``first_published_date``, not
    ``publisher`` nor ``lastPublishedDate``) at the top of a JSON object are read: a nested
    value is often one of the stories a page lists. Values that disagree on the day give
    nothing; the first value is kept (they may differ in precision).
    """
    return _one_day(_data_dates(scripts))


def _data_dates(scripts: Sequence[str]) -> Iterator[dt.date]:
    """The dates of the publication keys at the top of each JSON record (see :func:`data_date`)."""
    for script in scripts:
        try:
            record = json.loads(script)
        except (ValueError, RecursionError):  # (a record nested thousands deep)
            continue
        if not isinstance(record, dict):
            continue
        for key, value in record.items():
            if isinstance(value, str) and len(value) <= _MAX_VALUE and publication_key(key):
                value_date = date_value(value.strip())
                if value_date is not None:
                    yield value_date


def opening_date(paragraphs: Sequence[str], *, day_first: bool | None = None) -> dt.date | None:
    """A date that opens one of the first paragraphs, before a separator.

    ``27.1.2022 - Bei der Erinnerung ...`` or ``(21. November 2022) Energieverbraucher ...``,
    after at most a few words of place (``Karlsruhe, (12.11.2021). Traditionell ...``). A date
    inside a sentence (``Am 5. Mai 2020 hat der Rat ...``) is not one.
    """
    for paragraph in paragraphs[:_OPENING_PARAGRAPHS]:
        head = paragraph[: _MAX_LINE + 20]
        match = find_date(head)
        if match is not None and match.value is None and day_first is not None:
            match = find_date(head, day_first=day_first) or match
        if match is None or match.value is None:
            continue
        before = head[: match.start]
        if (
            len(before.split()) <= _OPENING_WORDS
            and _OPENING_BEFORE.fullmatch(before.strip()) is not None
            and _OPENING_AFTER.match(head, match.end) is not None
            and not is_update_line(before)
            and sel.UPDATE_LABEL.search(before) is None
        ):
            return match.value
    return None
