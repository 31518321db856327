"""The dates a page shows its readers: ``<time>``, date-named elements and visible date lines.

:mod:`~newsparse._html.meta.when` weighs them against the page's structured data; the last-resort
search of :mod:`~newsparse._html.meta.when_fallback` reads them too. Sidebars, lists of other stories
and comment threads are never read, nor are dates labelled as updates. The page's headline
(:func:`headline`), beside which a byline or a date may stand, is found here once for the readers
that ask.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import string
from collections.abc import Callable, Iterable, Mapping
from typing import TypeAlias

import attrs

from newsparse._html.page import selectors as sel
from newsparse._html.page.index import TIME_TAGS, UNNAMED, Names
from newsparse._html.page.sources import Sources, date_value, one_line
from newsparse._html.page.tree import Element, Question, Verdicts, text_of
from newsparse._normalize.boilerplate import is_update_line, key
from newsparse._normalize.dates import DateMatch, find_date, parse_date_line
from newsparse._normalize.phrases import PUBLISHED_LABELS, UPDATE_LABELS
from newsparse._normalize.refused import RefusedDate, refused_date
from newsparse._urls import join_url, split_url

__all__ = [
    "ClockTexts",
    "DateNotes",
    "after_update_label",
    "bare_date_line",
    "clock_texts",
    "date_in",
    "headline",
    "in_aside",
    "line_date",
    "local_line",
    "named_not_published",
    "publication_parts",
    "short_line",
    "visible_date",
    "zoned_clock",
    "zoned_line",
]

_DATE_HOLDERS = ("div", "span", "p", "small", "li", "abbr", "em", "strong", "header", "h5", "h6")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_MAX_ZONED = 80
_MAX_BARE = 40
# How many clock-holding lines zoned_line and zoned_clock read at most: the development pages
# need at most 143 (a page of reader comments), and a page of tens of thousands of clock lines
# would cost a date reading each, three times over.
_MAX_CLOCK_LINES = 1000
# The longest visible text read as a date line (see date_in).
_MAX_DATE_LINE = 100
# How much of the text before a date is read for an update label (see after_update_label).
_LABEL_REACH = 40
# How many boxes up from a date a teaser's headline is looked for (see :func:`_in_teaser`).
_TEASER_LEVELS = 4
_HEADINGS = ("h1", "h2", "h3", "h4")
# How many date-named elements are read at most: real pages have a few dozen, and a page of tens
# of thousands would cost a date search each.
_MAX_DATED = 1000
# A date-named element's text longer than this is told too long for a date line by its start
# (see _dated_value), which says, once cleaned, whether it opens with an update label.
_LONG_TEXT = 2000
# The most characters, and elements, of an element read for a date line (see _short_line): a
# date line's box holds a few elements and, laid out with indents, a few hundred characters.
_SHORT_LINE_CHARS = 10 * _LONG_TEXT
_SHORT_LINE_ELEMENTS = 250
_LONGEST_UPDATE_LABEL = max(map(len, UPDATE_LABELS))
_DIGIT = re.compile(r"\d")
# How much more than its limit of a text short_line cleans first, to tell a long text by its start.
_START_SLACK = 50
# An all-numeric date with bars between its parts ("26 | 01 | 2022"), read as one with dots.
# A names verdict not looked for yet (see _names_verdict).
_UNJUDGED = object()
# A names verdict half looked for: the names do not name a date, and whether they name an update
# (``False``) or nothing (``None``) is looked for only when the element's text opens with a date
# label, which is when it matters (see _names_verdict).
_UNDATED = object()
# The ASCII letters no label of sel.PUBLISHED_LABEL opens with, in either case (a pattern of the
# labels, matched ignoring case): a text that opens with one is told unlabelled without sre's
# try of each label in turn, as most texts of a page are.
_NOT_LABEL_INITIALS = frozenset(
    letter
    for letter in string.ascii_letters
    if not any(
        re.fullmatch(re.escape(label[0]), letter, re.IGNORECASE) for label in PUBLISHED_LABELS
    )
)


def short_line(text: str, limit: int) -> str | None:
    """``one_line(text)`` when it is at most ``limit`` characters long, else ``None``.

    Cleaning drops and folds characters but never adds any, and the cleaned start of a text is
    the start of the cleaned text: a start that is longer than ``limit`` once cleaned tells a
    long text (a paragraph of the body) without cleaning all of it, a split into every word.
    """
    cut = limit + _START_SLACK
    if len(text) > cut and len(one_line(text[:cut])) > limit:
        return None
    line = one_line(text)
    return line if len(line) <= limit else None


@attrs.define
class DateNotes:
    """What reading the dates a page shows noticed, for the caller to report or act on.

    Attributes:
        sentences: Sentences for a person: the first date line refused, and why.
        refused: That line, when it was refused as ambiguous in a way the page's text may
            settle (see :func:`~newsparse._normalize.refused.settle_refused`), else ``None``.
    """

    sentences: list[str] = attrs.Factory(list)
    refused: RefusedDate | None = None


def visible_date(
    root: Element,
    notes: DateNotes,
    order: bool | None,
    *,
    language: str | None = None,
    times: Iterable[Element] | None = None,
    verdicts: Verdicts | None = None,
    named: Mapping[Element, Names] | None = None,
    headings: Iterable[Element] | None = None,
    read: Callable[[str], dt.date | None] = date_value,
) -> dt.date | None:
    """The publication date shown on the page: the first ``<time>``, else date-named elements.

    When the page's first ``<h1>`` sits in an ``<article>`` or ``<main>``, a date shown inside
    it beats one outside (a top bar's "today", a teaser's date); one outside is taken only when
    none inside is found. ``headings`` are the page's ``<h1>`` elements in document order, when
    the caller has them.

    Elements named for an update or labelled as one (``Updated Mar 12``), and those in
    sidebars, lists of other stories or comment threads, are skipped. A date line rejected by
    the normaliser (a weekday that contradicts it, an ambiguous day) is reported in ``notes``;
    ``order`` is the page language's reading of all-numeric dates (see :func:`line_date`), and
    ``language`` the page's language, which settles some zone abbreviations (``IST``).
    ``times`` are the :data:`~newsparse._html.page.index.TIME_TAGS` elements under ``root``,
    the root included, in document order, when the caller has them (else they are found here).
    ``verdicts`` are the page's (see :class:`~newsparse._html.page.tree.Verdicts`): thousands
    of undated ``<time>`` elements under the same deep boxes share their ancestors' answers.
    ``named`` maps the elements under ``root`` (not ``root``) with a class, id or test id to
    them (:attr:`~newsparse._html.page.index.PageIndex.named`), when the caller has them
    (else each element's are read here). ``read`` reads a ``<time>``'s ``datetime`` as
    :func:`~newsparse._html.page.sources.date_value` does (the caller's, which remembers the
    values it read from the page's metadata).
    """
    if verdicts is None:
        verdicts = Verdicts()
    scope = _article_of(root.iter("h1") if headings is None else headings)
    fallback: dt.date | None = None  # the first date outside the headline's article
    for el in root.iter(*TIME_TAGS) if times is None else times:
        found = _time_value(el, notes, order, language, verdicts, read=read)
        if found is not None:
            if scope is None or _inside(el, scope):
                return found
            fallback = fallback or found
    values = []
    # Each element's names, looked up rather than read from the element: an element missing
    # from the mapping has none, the root aside.
    listed = named
    names_of = listed.get if listed is not None else None
    by_names: dict[Names, object] = {}  # names repeat a lot: each set is matched once
    context = (listed, root)
    label = sel.PUBLISHED_LABEL.match
    tried = 0
    for el in root.iter(*_DATE_HOLDERS):
        names = (
            names_of(el, UNNAMED)
            if names_of is not None and el is not root
            else _names_of(el, None, root)
        )
        # (_dated written out: a call for each of the page's hundreds of boxes cost more than
        # the test itself.)
        verdict = by_names.get(names, _UNJUDGED)
        if verdict is _UNJUDGED:
            verdict = _names_verdict(names, by_names)
        if verdict is None or verdict is _UNDATED:
            # (_opens_with_label written out, for the same reason; the text is stripped only
            # when it opens with a space.)
            text = el.text
            if not text:
                continue
            first = text[0]
            if first.isspace():
                first = text.lstrip()[:1]
            if not first.isalpha() or first in _NOT_LABEL_INITIALS or label(text) is None:
                continue
            if verdict is _UNDATED and _update_named(names, by_names) is False:
                continue
        elif not verdict:
            continue
        if _wraps_one_dated(el, context, by_names, verdicts) or in_aside(el, verdicts=verdicts):
            continue
        tried += 1
        if tried > _MAX_DATED:  # the publication date is shown near the top, not after these
            break
        found = _dated_value(el, notes, order, language)
        if found is not None:
            if scope is not None and not _inside(el, scope):
                fallback = fallback or found
                continue
            values.append(found)
            if isinstance(found, dt.datetime):
                break
    return _with_time(values) if values else fallback


def _article_of(headings: Iterable[Element]) -> Element | None:
    """The ``<article>`` or ``<main>`` around the page's first ``<h1>``, else ``None``."""
    h1 = next(iter(headings), None)
    if h1 is None:
        return None
    return next((a for a in h1.iterancestors("article", "main")), None)


def _inside(el: Element, scope: Element) -> bool:
    """Whether ``el`` is ``scope`` (an ``<article>`` or ``<main>``) or sits inside it."""
    return el is scope or any(a is scope for a in el.iterancestors("article", "main"))


def _time_value(
    el: Element,
    notes: DateNotes,
    order: bool | None,
    language: str | None,
    verdicts: Verdicts,
    *,
    read: Callable[[str], dt.date | None],
) -> dt.date | None:
    """The date of a ``<time>`` that may show the publication, else ``None``.

    A ``datetime`` that gives the day alone takes the time the element shows on that day
    (``<time datetime="2021-04-28">28.04.2021 - 07:18</time>``).
    """
    if named_not_published(el) or in_aside(el, layout=False, verdicts=verdicts) or _listed_time(el):
        return None
    text = one_line(text_of(el))
    if is_update_line(text) or after_update_label(el):
        return None
    value = el.get("datetime")
    found = read(value) if value else None
    if found is None:
        return date_in(text, notes, order, language=language)
    if not isinstance(found, dt.datetime) and _CLOCK.search(text):
        shown = date_in(text, None, order, language=language)
        if isinstance(shown, dt.datetime) and shown.date() == found:
            return shown
    return found


def publication_parts(text: str) -> tuple[str, ...]:
    """The parts of a date line that may hold the publication date: all of it, or none of an update.

    In a line with an update label, the text before the label (``By Ann Lee`` of ``By Ann Lee
    · Updated 4 May 2019``) and the text after a publication label that follows it (``3 May
    2019`` of ``Updated 5 May 2019, first published 3 May 2019``); a line without one is
    returned whole, as itself.
    """
    update = sel.UPDATE_LABEL.search(text)
    cut = update.start() if update is not None else (0 if is_update_line(text) else None)
    if cut is None:
        return (text,)
    first = sel.FIRST_PUBLISHED_LABEL.search(text, cut + 1)
    parts = (text[:cut], text[first.end() :] if first else "")
    return tuple(part for part in parts if part.strip())


def after_update_label(el: Element) -> bool:
    """Whether the text just before ``el`` is an update label: ``Updated <time>...</time>``.

    That text is the tail of the element before ``el``, else that element's own short text
    (``<span>Last updated:</span> <time>``), else, for a first child, its parent's text.
    """
    previous = el.getprevious()
    if previous is None:
        parent = el.getparent()
        before = parent.text if parent is not None else None
    else:
        before = previous.tail
        if (not before or before.isspace()) and isinstance(previous.tag, str):
            before = text_of(previous)
    if not before or before.isspace():
        return False
    return sel.UPDATE_LABEL_END.search(before[-_LABEL_REACH:]) is not None


def _listed_time(el: Element) -> bool:
    """Whether a time element dates one item of a list of linked stories.

    The nearest ``<li>`` around it (at most :data:`_TEASER_LEVELS` levels up) holds a link,
    and another item of the same list holds a link and a time element too: a list of other
    stories, whatever its box is named (``sidebar``, ``widget``).
    """
    node = el.getparent()
    for _ in range(_TEASER_LEVELS):
        if node is None or node.tag in {"article", "main", "body", "html"}:
            return False
        if node.tag == "li":
            break
        node = node.getparent()
    else:
        return False
    items = node.getparent()
    if items is None or next(node.iter("a"), None) is None:
        return False
    return any(
        other is not node
        and other.tag == "li"
        and next(other.iter("a"), None) is not None
        and next(other.iter(*TIME_TAGS), None) is not None
        for other in items
    )


def named_not_published(el: Element) -> bool:
    """Whether ``el`` is named for an update or a comment.

    ``<time class="updated">`` and ``<time itemprop="dateModified">``: the names say what the
    time shows, and it is not the publication (see
    :data:`~newsparse._html.page.selectors.NOT_PUBLISHED_ATTR`). A box around it is not read:
    ``<div class="date-update-wrapper">`` holds the publication date as often as not.
    """
    names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
    return sel.NOT_PUBLISHED_ATTR.found(names)


def _wraps_one_dated(
    el: Element,
    listed: tuple[Mapping[Element, Names] | None, Element],
    named: dict[Names, object],
    verdicts: Verdicts,
) -> bool:
    """Whether ``el`` only wraps one date-named element, which is read in its place.

    ``listed`` and ``named`` are as :func:`_names_of` and :func:`_dated` take them.

    Both hold the same text; reading each of a thousand nested boxes would cost the nesting's
    depth times the text (issue 11).
    """
    if len(el) != 1 or el.tag == "abbr" or (el.text or "").strip():
        return False
    if _marks_aside(el, layout=True, verdicts=verdicts):
        return False  # the child would be in an aside, where the wrapper is not
    child = el[0]
    return (
        not (child.tail or "").strip()
        and child.tag in _DATE_HOLDERS
        and _dated(child, _names_of(child, *listed), named)
    )


def _dated_value(
    el: Element, notes: DateNotes, order: bool | None, language: str | None
) -> dt.date | None:
    """The date in a date-named element, or after its label.

    After a label, the date is the text that follows the label element (``<h5>Datum:</h5>
    03.11.2021``), else the next element when the label stands alone (``<span>Erschienen
    am:</span> <h2>13.10.2021</h2>``), else the text of the label's parent.
    """
    raw = text_of(el)
    if len(raw) > _LONG_TEXT:
        head = one_line(raw[:_LONG_TEXT])
        start = key(head)
        if len(head) > _MAX_DATE_LINE and len(start) > _LONGEST_UPDATE_LABEL:
            # Too long for a date line, and its start says whether it is an update's: what the
            # reading below gives such a text, without cleaning it whole (hundreds of nested
            # date-named boxes each hold the rest of the page).
            if after_update_label(el) or start.startswith(UPDATE_LABELS):
                return None
            return date_value(el.get("title")) if el.tag == "abbr" else None
    text = one_line(raw)
    if after_update_label(el):
        return None
    if len(text) > _MAX_DATE_LINE:
        # Too long for date_in to read whole; only a label may still lead to a date.
        if is_update_line(text):
            return None
    else:
        parts = publication_parts(text)
        if len(parts) != 1 or parts[0] is not text:
            return next(
                (v for part in parts if (v := date_in(part, notes, order, language=language))),
                None,
            )
    found = date_value(el.get("title")) if el.tag == "abbr" else None
    found = found or date_in(text, notes, order, language=language)
    parent = el.getparent()
    if found is None and parent is not None and sel.PUBLISHED_LABEL.match(el.text or ""):
        after = _after_label(el, text)
        if after:
            found = date_in(after, notes, order, language=language)
        if found is None and (line := _short_line(parent)) is not None:
            found = date_in(line, notes, order, language=language)
    return found


def _short_line(el: Element) -> str | None:
    """``el``'s text as one line (:func:`one_line`), or ``None`` once it is too long for a date line.

    The text is read a piece at a time, and given up on as soon as what was read is longer than
    a date line: a label's parent may be the page's body, and a thousand labels under it read it
    whole each (fuzz51: 60 s on a page of 400 kB). It is given up on too past
    :data:`_SHORT_LINE_CHARS` characters, blanks mostly, and on an element of more than
    :data:`_SHORT_LINE_ELEMENTS` elements, empty ones mostly: a thousand labels under a parent
    opening with 200 kB of blanks, or thousands of ``<br>``, read them each (fuzz52: 3 s for
    400 labels, the square of their number).
    """
    if next(itertools.islice(el.iter(), _SHORT_LINE_ELEMENTS, None), None) is not None:
        return None
    pieces: list[str] = []
    size = 0
    reach = _LONG_TEXT
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > _SHORT_LINE_CHARS:
            return None
        if size > reach:
            if len(one_line("".join(pieces))) > _MAX_DATE_LINE:
                return None
            reach *= 2
    return one_line("".join(pieces))


def _after_label(el: Element, text: str) -> str | None:
    """The text after a label element whose whole text is the label.

    That is the label's tail, else the text of the next element.
    """
    label = sel.PUBLISHED_LABEL.match(text)
    if label is None or text[label.end() :].strip():
        return None
    tail = one_line(el.tail or "")
    if tail:
        return tail
    following = el.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return _short_line(following) if following is not None else None


def _with_time(values: list[dt.date]) -> dt.date:
    """The first of ``values``, or the time of the next one when it falls on the same day."""
    first = values[0]
    if isinstance(first, dt.datetime) or len(values) == 1:
        return first
    following = next((v for v in values[1:] if isinstance(v, dt.datetime)), None)
    return following if following is not None and following.date() == first else first


def bare_date_line(
    root: Element,
    *,
    day_first: bool | None = None,
    url: str | None = None,
    verdicts: Verdicts | None = None,
) -> dt.date | None:
    """The first short element whose whole text is a date line, with no class to say so.

    ``<span>April 19, 2019</span>`` beside the byline: weak evidence, used only when nothing
    else, the page's address included, gives a date. Only a text that the date normaliser
    reads whole counts (a date inside a sentence does not, nor one labelled as an update),
    outside sidebars, navigation and comment threads, and not beside another story's linked
    headline (see :func:`_in_teaser`; ``url``, the page's address, tells its own links apart).
    ``day_first`` is the page language's reading of all-numeric dates (see :func:`line_date`);
    ``verdicts`` are the page's (see :class:`~newsparse._html.page.tree.Verdicts`).
    """
    if verdicts is None:
        verdicts = Verdicts()
    boxes: dict[Element, bool | None] = {}  # many date lines' teaser's headline, found once
    for el in root.iter(*_DATE_HOLDERS, "time"):
        text = el.text
        if not text or len(text) > _MAX_BARE or not _DIGIT.search(text) or len(el):
            continue
        line = one_line(text)
        match = line_date(line, day_first)
        if match is None or match.value is None or is_update_line(line):
            continue
        if in_aside(el, verdicts=verdicts):
            continue
        if named_not_published(el) or after_update_label(el):
            continue
        if _in_teaser(el, url, boxes):
            continue
        return match.value
    return None


def _in_teaser(el: Element, url: str | None, boxes: dict[Element, bool | None]) -> bool:
    """Whether ``el`` sits in a teaser of another story: beside a linked headline.

    The nearest enclosing box (at most :data:`_TEASER_LEVELS` levels up) that holds a heading
    decides: a ``<h2>`` to ``<h4>`` inside a link or holding one is the headline of another
    story (``<a href=...><h2>...</h2></a> <p>21. Januar 2022</p>``), unless the link leads to
    the page's own address ``url`` (a blog's title linked to its permalink). The page's own
    ``<h1>`` is never a teaser's. ``boxes`` keeps, per page, each box's verdict (``None`` when
    it holds no heading), so a box of thousands of dates is searched for its heading once.
    """
    node = el.getparent()
    for _ in range(_TEASER_LEVELS):
        if node is None or node.tag in {"body", "html"}:
            return False
        if node in boxes:
            verdict = boxes[node]
        else:
            heading = next(node.iter(*_HEADINGS), None)
            if heading is None:
                verdict = None
            else:
                link = _link_of(heading, node) if heading.tag != "h1" else None
                verdict = link is not None and not _leads_to(link.get("href"), url)
            boxes[node] = verdict
        if verdict is not None:
            return verdict
        node = node.getparent()
    return False


def _link_of(heading: Element, box: Element) -> Element | None:
    """The link ``heading`` holds or sits in inside ``box``, else ``None``."""
    inner = next(heading.iter("a"), None)
    if inner is not None:
        return inner
    node: Element | None = heading.getparent()
    while node is not None and node is not box:
        if node.tag == "a":
            return node
        node = node.getparent()
    return box if box.tag == "a" else None


def _leads_to(href: str | None, url: str | None) -> bool:
    """Whether the link ``href`` leads to the address ``url`` (its path, without a last slash)."""
    if not href or not url:
        return False
    target = join_url(url, href.strip())
    here, there = split_url(url), split_url(target) if target else None
    if here is None or there is None:
        return False
    return (there.netloc, there.path.rstrip("/")) == (here.netloc, here.path.rstrip("/"))


def _names_of(el: Element, listed: Mapping[Element, Names] | None, root: Element) -> Names:
    """The class, id and test id of ``el`` under ``root`` (each ``None`` when it lacks it).

    ``listed`` holds them for every element under ``root`` (not ``root``) that has one, when
    the caller has them (see :func:`visible_date`); else they are read from ``el``.
    """
    if listed is not None and el is not root:
        return listed.get(el, UNNAMED)
    # (A look in the keys costs less than a get of an attribute the element lacks.)
    keys = el.keys()
    if not keys:
        return UNNAMED
    return (
        el.get("class") if "class" in keys else None,
        el.get("id") if "id" in keys else None,
        el.get("data-testid") if "data-testid" in keys else None,
    )


def _dated(el: Element, names: Names, named: dict[Names, object]) -> bool:
    """Whether ``el`` is named for a publication date, or opens with a date label.

    ``names`` are its class, id and ``data-testid`` (``article-details-date``); a label such
    as ``Datum:`` or ``Published on`` at the start of the element's own text counts too,
    unless the names say the element shows an update. ``named`` keeps what each set of names
    says (dated, not dated, or nothing), since the same ones repeat across a page.
    """
    verdict = named[names] if names in named else _names_verdict(names, named)
    if verdict is True or verdict is False:
        return verdict
    return _opens_with_label(el.text) and (verdict is None or _update_named(names, named) is None)


def _opens_with_label(text: str | None) -> bool:
    """Whether ``text`` opens with a publication date's label (``Published:``, ``Datum``).

    A text opening with no letter, or with one no label opens with, is told without the
    pattern (most texts of a page).
    """
    if not text:
        return False
    first = text.lstrip()[:1]
    return (
        first.isalpha()
        and first not in _NOT_LABEL_INITIALS
        and sel.PUBLISHED_LABEL.match(text) is not None
    )


def _names_verdict(names: Names, named: dict[Names, object]) -> object:
    """What ``names`` say of an element (see :func:`_dated`), noted in ``named``.

    ``False``: they name an update or something else that is not the publication; ``True``:
    they name a date; ``None``: neither; :data:`_UNDATED`: they name no date, and whether they
    name an update is not known yet (:func:`_update_named` tells). The names of most boxes
    name neither, and tell so for half the substring tests when the update names are only
    looked for in the few whose text opens with a date label.
    """
    attrs_ = _joined(names)
    verdict = named[names] = (
        (not sel.NOT_PUBLISHED_ATTR.found(attrs_)) if sel.DATE_ATTR.found(attrs_) else _UNDATED
    )
    return verdict


def _update_named(names: Names, named: dict[Names, object]) -> bool | None:
    """The verdict on ``names`` that :func:`_names_verdict` left :data:`_UNDATED`, noted in ``named``.

    ``False`` when they name an update (or something else that is not the publication), else
    ``None``.
    """
    verdict = named[names] = False if sel.NOT_PUBLISHED_ATTR.found(_joined(names)) else None
    return verdict


def _joined(names: Names) -> str:
    """An element's class, id and test id in one string, as the name patterns read them."""
    return f"{names[0] or ''} {names[1] or ''} {names[2] or ''}"


def _marks_aside(node: Element, *, layout: bool, verdicts: Verdicts) -> bool:
    """Whether ``node`` itself is a sidebar, widget, story list, thread or site header.

    See :func:`in_aside`. A page-level ``<header>`` named as the site's or holding the
    navigation, and a box named for today's date, show the day the page was served. An
    ``<aside>`` outside every ``<article>`` is a sidebar; one inside the article often holds its
    own byline and date.
    """
    attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
    return bool(
        node.tag == "nav"
        or sel.THREAD_ATTR.found(attrs)
        or sel.LISTING_ATTR.found(attrs)
        or sel.TODAY_ATTR.found(attrs)
        or (
            node.tag == "header"
            and (
                sel.SITE_HEADER_ATTR.found(attrs) or _has_nav(node) or _page_header(node, verdicts)
            )
        )
        or (_site_header_box(node, attrs) and _page_header(node, verdicts))
        or (node.tag == "aside" and not verdicts.ask(_IN_ARTICLE, node.getparent()))
        or (layout and sel.FIGURE_FURNITURE_ATTR.found(attrs))
    )


def _is_article(node: Element, _: Verdicts) -> bool | None:
    return True if node.tag == "article" else None


def _is_article_or_main(node: Element, _: Verdicts) -> bool | None:
    return True if node.tag in {"article", "main"} else None


# Whether an element sits in an <article> (or <main>), up to the root.
_IN_ARTICLE: Question[bool] = Question(_is_article, frozenset(), otherwise=False)
_IN_ARTICLE_OR_MAIN: Question[bool] = Question(_is_article_or_main, frozenset(), otherwise=False)


def _aside_box(node: Element, verdicts: Verdicts, *, layout: bool) -> bool | None:
    """An ancestor's own answer for :func:`in_aside`: ``None`` leaves it to the node's parent.

    An ``<article>`` decides (see :func:`_listed_article`); its layout names are not read.
    """
    if node.tag == "article":
        return _listed_article(node, verdicts)
    return True if _marks_aside(node, layout=layout, verdicts=verdicts) else None


# The walks of in_aside stop at <main> and <body>, whose classes often name the page's layout.
_ASIDE_STOPS = frozenset({"main", "body", "html"})
_IN_ASIDE: Question[bool] = Question(
    lambda node, verdicts: _aside_box(node, verdicts, layout=True), _ASIDE_STOPS, otherwise=False
)
_IN_ASIDE_NOT_LAYOUT: Question[bool] = Question(
    lambda node, verdicts: _aside_box(node, verdicts, layout=False), _ASIDE_STOPS, otherwise=False
)


def in_aside(el: Element, *, layout: bool = True, verdicts: Verdicts | None = None) -> bool:
    """Whether ``el`` sits in a sidebar, widget, list of other stories, comment thread or site header.

    The walk stops at ``<article>``, ``<main>`` and ``<body>``, whose classes often name the
    page's layout (``has-sidebar``) rather than what they hold. With ``layout=False`` the
    sidebar and widget names are not read (a ``<time>`` is markup enough to trust inside a
    column named ``content-area sidebar``); navigation, comments and story lists still count.
    A caller that asks about many elements passes the page's ``verdicts``, so each ancestor is
    read once, however deep the elements nest, and so is each box around many ``<article>``
    elements (see :func:`_listed_article` and :class:`~newsparse._html.page.tree.Verdicts`).
    """
    if sel.TODAY_ATTR.found(f"{el.get('class') or ''} {el.get('id') or ''}"):
        return True
    question = _IN_ASIDE if layout else _IN_ASIDE_NOT_LAYOUT
    return (Verdicts() if verdicts is None else verdicts).ask(question, el.getparent())


#: The share of a headline's words that the page's title must hold (see :func:`headline`).
_SAME_TITLE = 0.8
_WORD = re.compile(r"\w+")


def headline(src: Sources) -> Element | None:
    """The headline: the first ``<h1>`` whose words the page's title holds, else the first.

    Only ``<h1>`` elements of two words or more outside navigation, listings and comments
    count (a site's logo is often an ``<h1>`` too). Sidebar names are not read here, nor
    beside the headline: a page without ``<article>`` or ``<main>`` often names its whole
    layout ``right-sidebar``. Found once for the page (two readers ask).
    """
    memo = src.memo
    if "headline" not in memo:
        memo["headline"] = _headline(src)
    found: Element | None = memo["headline"]
    return found


def _headline(src: Sources) -> Element | None:
    titles = [src.meta.first(["og:title"]) or ""]
    if src.head is not None:
        titles.extend(text_of(t) for t in src.head.iterfind("title"))
    title_words = [set(_WORD.findall(t.casefold())) for t in titles if t]
    first = None
    for h1 in src.index.tagged["h1"]:
        words = set(_WORD.findall(text_of(h1).casefold()))
        if len(words) < 2 or in_aside(h1, layout=False, verdicts=src.index.verdicts):
            continue
        if any(len(words & title) >= _SAME_TITLE * len(words) for title in title_words):
            return h1
        if first is None:
            first = h1
    return first


def _listing_box(node: Element, _: Verdicts) -> Element | None:
    """``node`` when its names call it a story list, a thread or navigation, else ``None``."""
    attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
    if node.tag == "nav" or sel.LISTING_ATTR.found(attrs) or sel.THREAD_ATTR.found(attrs):
        return node
    return None


# The nearest box so named around an element, below <main> and <body>.
_LISTING_BOX: Question[Element | None] = Question(_listing_box, _ASIDE_STOPS, otherwise=None)


def _listed_article(article: Element, verdicts: Verdicts) -> bool:
    """Whether an ``<article>`` is one of several teasers in a list of other stories.

    The walk of :func:`in_aside` ends at an ``<article>`` (its layout names are not read), but
    an ``<article>`` without the page's ``<h1>``, inside a box named for a story list
    (``more-stories``, ``related``), a thread or navigation that holds other ``<article>``
    elements too, is another story's teaser. A box so named around the only article (a page
    wrapped whole in a ``sliderBox``) says nothing about it. An ``<article>`` without the
    ``<h1>`` in a sidebar ``<aside>`` (one in no article) is a teaser too. The nearest such box
    is one of the page's ``verdicts``, so a box around many articles is read once.
    """
    box = verdicts.ask(_LISTING_BOX, article.getparent())
    if box is None:
        return next(article.iter("h1"), None) is None and verdicts.ask(
            _IN_SIDEBAR, article.getparent()
        )
    return next(article.iter("h1"), None) is None and any(
        other is not article for other in box.iter("article")
    )


def _sidebar(node: Element, verdicts: Verdicts) -> bool | None:
    """``True`` at an ``<aside>`` in no ``<article>``: a sidebar (an article's own aside is not)."""
    if node.tag == "aside":
        return not verdicts.ask(_IN_ARTICLE, node.getparent())
    return None


# Whether an element sits in a sidebar <aside>, below <main> and <body>.
_IN_SIDEBAR: Question[bool] = Question(_sidebar, _ASIDE_STOPS, otherwise=False)


def _page_header(header: Element, verdicts: Verdicts) -> bool:
    """Whether a ``<header>`` is the page's, not the article's: no headline in it, in no article.

    A ``<header>`` outside every ``<article>`` and ``<main>`` that holds no ``<h1>`` or ``<h2>``
    is the site's header or top bar (its date is the day the page was served); the article's
    own header holds its headline, or sits inside the ``<article>``.
    """
    if next(header.iter("h1", "h2"), None) is not None:
        return False
    return not verdicts.ask(_IN_ARTICLE_OR_MAIN, header.getparent())


def _site_header_box(node: Element, attrs: str) -> bool:
    """Whether a box other than ``<header>`` is named as the site's header (``site-header``).

    With no headline in it and in no article (see :func:`_page_header`), it is the site's top
    bar. It needs fewer names than a ``<header>`` (:data:`~newsparse._html.page.selectors.SITE_HEADER_BOX_ATTR`).
    """
    return node.tag != "header" and sel.SITE_HEADER_BOX_ATTR.found(attrs)


def _has_nav(el: Element) -> bool:
    return next(el.iter("nav"), None) is not None


def line_date(
    text: str, day_first: bool | None, *, language: str | None = None
) -> DateMatch | None:
    """:func:`~newsparse._normalize.dates.parse_date_line`, with the page's order as a weak hint.

    A date the line's own words leave open (``02/10/2020``) is read again in the order of the
    page's language, ``day_first`` (see :func:`~newsparse._normalize.dates.page_day_first`);
    a date the words settle, or ``day_first=None``, is read as the normaliser alone reads it.
    ``language`` settles some zone abbreviations (see
    :func:`~newsparse._normalize.dates.parse_date`).
    """
    match = parse_date_line(text, language=language)
    if match is not None and match.value is None and day_first is not None:
        return parse_date_line(text, day_first=day_first, language=language) or match
    return match


def _find_in(text: str, day_first: bool | None, language: str | None) -> DateMatch | None:
    """:func:`~newsparse._normalize.dates.find_date`, with the page's order as a weak hint."""
    match = find_date(text, language=language)
    if match is not None and match.value is None and day_first is not None:
        return find_date(text, day_first=day_first, language=language) or match
    return match


def date_in(
    text: str,
    notes: DateNotes | None,
    day_first: bool | None = None,
    *,
    language: str | None = None,
) -> dt.date | None:
    """A date in a short visible text: the whole line, else a date inside it.

    The first date rejected with a reason is reported in ``notes``, when given (see
    :class:`DateNotes`); ``day_first`` is the page language's reading of all-numeric dates (see
    :func:`line_date`), and ``language`` the page's language.
    """
    if not text or len(text) > _MAX_DATE_LINE:
        return None
    match: DateMatch | None = line_date(text, day_first, language=language) or _find_in(
        text, day_first, language
    )
    if match is None:
        return None
    if match.value is None and match.problem and notes is not None and not notes.sentences:
        notes.sentences.append(f"date line {text!r}: {match.problem}")
        notes.refused = refused_date(text, match)
    return match.value


def zoned_line(
    root: Element,
    *,
    language: str | None = None,
    updates: bool = True,
    verdicts: Verdicts | None = None,
    clocks: ClockTexts | None = None,
) -> dt.datetime | None:
    """The first short visible line that states a time with its zone.

    ``Rabu, 4 November 2015 | 21:04 WIB`` or ``on 16 Feb 2016 at 09:10 WIB``: a text node of
    at most 80 characters holding a clock time, outside sidebars and comment threads.
    ``language``, the page's, settles some zone abbreviations (``17:07 IST`` on an Indian page).
    With ``updates=False``, a line labelled or named as an update is skipped: it may name the
    zone of the publication time, but is never the publication time itself. ``verdicts`` are
    the page's (see :class:`~newsparse._html.page.tree.Verdicts`), and ``clocks`` its
    :func:`clock_texts`, when the caller has them. Only the elements' own texts are read, and
    only the first :data:`_MAX_CLOCK_LINES` of them that hold a clock.
    """
    if verdicts is None:
        verdicts = Verdicts()
    read = 0
    for text, el, own in clock_texts(root) if clocks is None else clocks:
        if not own:
            continue
        if not updates and (
            is_update_line(one_line(text)) or named_not_published(el) or after_update_label(el)
        ):
            continue
        read += 1
        if read > _MAX_CLOCK_LINES:
            break
        match = parse_date_line(one_line(text), language=language)
        value = match.value if match is not None else None
        if (
            isinstance(value, dt.datetime)
            and value.tzinfo is not None
            and not in_aside(el, verdicts=verdicts)
        ):
            return value
    return None


#: The short texts of a page's date-holding elements that hold a clock time (see
#: :func:`clock_texts`): each with its element, and whether it is the element's own text.
ClockTexts: TypeAlias = list[tuple[str, Element, bool]]


def clock_texts(root: Element) -> ClockTexts:
    """The short texts of the date-holding elements under ``root`` that hold a clock time.

    An element's own text, and the text that follows each of its children (the ``- 13:30 WIB``
    after a byline's link in ``<div><a>Ana Ruiz</a> - 13:30 WIB</div>``), in document order,
    each with that element and whether it is the element's own text: the texts of at most
    :data:`_MAX_ZONED` characters in which the clock pattern finds a time. The readers of clock
    lines (:func:`zoned_line`, :func:`zoned_clock`, :func:`local_line`) share one list, found in
    one walk, instead of reading every element's text each.
    """
    found: ClockTexts = []
    clock = _CLOCK.search
    for el in root.iter(*_DATE_HOLDERS, "time"):
        # (Most short texts hold neither a colon nor a dot: two substring tests rule them out
        # for less than the clock pattern's search.)
        text = el.text
        if text and len(text) <= _MAX_ZONED and (":" in text or "." in text) and clock(text):
            found.append((text, el, True))
        for child in el:
            tail = child.tail
            if tail and len(tail) <= _MAX_ZONED and (":" in tail or "." in tail) and clock(tail):
                found.append((tail, el, False))
    return found


def zoned_clock(
    root: Element,
    wall: dt.datetime,
    *,
    language: str | None = None,
    verdicts: Verdicts | None = None,
    clocks: ClockTexts | None = None,
) -> dt.tzinfo | None:
    """The zone of a short visible clock time that shows ``wall``'s hour and minute.

    A zone-less machine time (JSON-LD ``2023-09-14T13:30:00``) on a page that shows ``13:30
    WIB`` apart from its date (``<span>Kamis, 14 Sep 2023</span><span>13:30 WIB</span>``) is
    that minute in that zone. The text is read as a time on ``wall``'s day, so the zone is the
    one that day has (``10:15 a.m. ET`` is -04:00 in summer); a text of at most
    :data:`_MAX_BARE` characters, outside sidebars and comment threads, counts. So does a date
    line of at most :data:`_MAX_ZONED` characters that shows that day and minute with a zone
    (``First published February 1, 2016: 1:28 AM ET``), wherever it stands among the page's
    clock lines.
    ``verdicts`` are the page's (see :class:`~newsparse._html.page.tree.Verdicts`), and
    ``clocks`` its :func:`clock_texts`, when the caller has them. Only the first
    :data:`_MAX_CLOCK_LINES` lines holding a clock are read.
    """
    day = wall.date().isoformat()
    if verdicts is None:
        verdicts = Verdicts()
    found = clock_texts(root) if clocks is None else clocks
    for text, el, _ in found[:_MAX_CLOCK_LINES]:
        line = one_line(text)
        # A short text is read as a clock on the day, else as a date line of its own ("First
        # published February 1, 2016: 1:28 AM ET"), which must then name the same day, else
        # as a line holding one after a name ("Ana Ruiz, Antara | Kamis, 14/09/2023 13:30 WIB").
        match = None
        if len(text) <= _MAX_BARE:
            match = parse_date_line(f"{day} {line}", language=language)
        if match is None or not isinstance(match.value, dt.datetime):
            match = parse_date_line(line, language=language) or find_date(line, language=language)
        value = match.value if match is not None else None
        if (
            isinstance(value, dt.datetime)
            and value.tzinfo is not None
            and (value.date(), value.hour, value.minute) == (wall.date(), wall.hour, wall.minute)
            and not in_aside(el, verdicts=verdicts)
        ):
            return value.tzinfo
    return None


def local_line(
    root: Element,
    *,
    day_first: bool | None = None,
    language: str | None = None,
    verdicts: Verdicts | None = None,
    clocks: ClockTexts | None = None,
) -> dt.datetime | None:
    """The first short visible line that shows a date and a clock time without a zone.

    ``<span>3/5/2022 22:41</span>`` beside the byline: the page's own wall clock, which tells
    the offset of a UTC machine time of the same minute (see ``when._local_time``). A clock
    text of the page (see :func:`clock_texts`; ``clocks``, when the caller has them) outside sidebars and comment threads, read whole
    as a date line; ``day_first`` is the page language's reading of all-numeric dates (see
    :func:`line_date`). A line that states a zone is passed over (:func:`zoned_line` reads
    those), and so is one labelled or named as an update.
    """
    if verdicts is None:
        verdicts = Verdicts()
    found = clock_texts(root) if clocks is None else clocks
    for text, el, _ in found[:_MAX_CLOCK_LINES]:
        line = one_line(text)
        match = line_date(line, day_first, language=language)
        value = match.value if match is not None else None
        if not isinstance(value, dt.datetime) or value.tzinfo is not None:
            continue
        if is_update_line(line) or named_not_published(el) or after_update_label(el):
            continue
        if not in_aside(el, verdicts=verdicts):
            return value
    return None
