"""Publication and modification dates: structured sources, visible date lines, the URL.

The page's structured data (JSON-LD, ``<meta>``, microdata) is read first; the date the page
shows beside its headline is read too, and settles the cases where they disagree (see
:func:`read_dates` and ``docs/html.rst``). What could not be reconciled is reported in
:attr:`Dates.warnings`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from newsparse._html.meta.shown import (
    DateNotes,
    clock_texts,
    local_line,
    visible_date,
    zoned_clock,
    zoned_line,
)
from newsparse._html.page import selectors as sel
from newsparse._html.page.jsonld import main_entities, own_pages
from newsparse._html.page.sources import (
    Sources,
    date_value,
    item_value,
    text_value,
)
from newsparse._normalize.date_tables import LANGUAGE_ZONES
from newsparse._normalize.dates import central_european_midnight, central_european_time, day_of
from newsparse._normalize.refused import RefusedDate
from newsparse._normalize.whitespace import shortened
from newsparse._urls import split_url

__all__ = ["Dates", "read_dates", "url_date"]

_MINUTE = 60
_UTC = dt.timedelta(0)
# Offsets that zones use; -12:00 is left out, as it is more often a 12-hour clock misread.
_MIN_OFFSET = dt.timedelta(hours=-11)
_MAX_OFFSET = dt.timedelta(hours=14)
_QUARTER_HOUR = 900
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)(?:[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])|"
    r"/([1-9])/([1-9]|[12]\d|3[01]))(?=[/_.-]|$)"
)
_WEAK_SOURCE = "<meta name=date>"
# The <meta> names of a publication time but the weak ones (read last, as _WEAK_SOURCE).
_STRONG_PUBLISHED = tuple(
    name for name in sel.META_PUBLISHED if name not in sel.META_WEAK_PUBLISHED
)
# The <meta> names of the country a page is published for ("IN", "DE-BY": the country first).
_COUNTRY_META = ("geo.country", "geo.region", "twitter:app:country")
_COUNTRY = re.compile(r"([A-Za-z]{2})(?:-[A-Za-z0-9]{1,3})?")


@attrs.frozen
class Dates:
    """The dates of a page and what was doubtful about them.

    Attributes:
        published: The publication date, or ``None``.
        modified: The date of the last update, or ``None``.
        warnings: Sentences for a person about sources that disagreed or dates left out.
        refused: The first date line shown on the page that was refused as ambiguous in a way
            the page's text may settle (its warning is in ``warnings``), else ``None``.
    """

    published: dt.date | None = None
    modified: dt.date | None = None
    warnings: tuple[str, ...] = ()
    refused: RefusedDate | None = None


@attrs.frozen
class _Candidate:
    """A publication date and the source that gave it (``"JSON-LD datePublished"``)."""

    source: str
    value: dt.date


def url_date(url: str | None) -> dt.date | None:
    """The date in a page's address: ``/2019/05/06/``, ``/20190506-``, ``/2017/7/12/``."""
    if not url:
        return None
    parts = split_url(url)
    match = _URL_DATE.search(parts.path) if parts is not None else None
    if not match:
        return None
    year, month, day, short_month, short_day = match.groups()
    try:
        return dt.date(int(year), int(month or short_month), int(day or short_day))
    except ValueError:
        return None


def _with_country(language: str | None, src: Sources) -> str | None:
    """The page's language, with the country its ``<meta>`` names when the language names none.

    ``en`` on a page whose ``geo.country`` (``geo.region``, ``twitter:app:country``) is ``IN``
    is ``en-in``, where ``IST`` is India's. A page that states no language takes the first
    language the zone tables pair with that country (``en-in``), or stays without one.
    """
    if language and "-" in language:
        return language
    country = src.meta.first(_COUNTRY_META)
    found = _COUNTRY.fullmatch(country.strip()) if country else None
    if found is None:
        return language
    code = found.group(1).casefold()
    if language:
        return f"{language}-{code}"
    tags = (tag for _, tags, _, _ in LANGUAGE_ZONES for tag in tags if tag.endswith(f"-{code}"))
    return next(tags, None)


def _page_published(src: Sources) -> str | None:
    """The ``datePublished`` of the page's JSON-LD ``WebPage`` when its article gives none.

    A graph whose ``Article`` holds the headline and the author but no date, beside a
    ``WebPage`` (or ``ItemPage``) that holds the dates: the page's date is the article's. A page
    object whose address has no path is the site's home page, and says nothing of this one.
    """
    if src.art.get("datePublished") is not None:
        return None
    return _first_published(own_pages(src.ld))


def _main_entity_published(src: Sources, url: str | None) -> str | None:
    """The ``datePublished`` of a JSON-LD object whose ``mainEntityOfPage`` is this page.

    A ``HowTo`` (a ``Recipe``) is what such a page publishes, and its date is the page's (see
    :func:`~newsparse._html.page.jsonld.main_entities`). Read only when the article gives no date.
    """
    if url is None or src.art.get("datePublished") is not None:
        return None
    return _first_published(main_entities(src.ld, url))


def _first_published(objects: Iterator[dict[str, Any]]) -> str | None:
    """The first ``datePublished`` the JSON-LD ``objects`` hold (read up to it), or ``None``."""
    for obj in objects:
        value = text_value(obj.get("datePublished"))
        if value is not None:
            return value
    return None


def _structured(
    src: Sources, read: Callable[[str | None], dt.date | None], url: str | None = None
) -> list[_Candidate]:
    """Every structured publication date of the page, most trusted first.

    ``read`` reads a value as :func:`~newsparse._html.page.sources.date_value` does; ``url`` is
    the page's address (see :func:`_main_entity_published`).
    """
    art, meta = src.art, src.meta
    values = (
        ("JSON-LD datePublished", text_value(art.get("datePublished"))),
        ("<meta> publication time", meta.first(_STRONG_PUBLISHED)),
        (
            "microdata datePublished",
            next((item_value(e) for e in src.microdata("datePublished")), None),
        ),
        ("JSON-LD WebPage datePublished", _page_published(src)),
        ("JSON-LD dateCreated", text_value(art.get("dateCreated"))),
        (_WEAK_SOURCE, meta.first(sel.META_WEAK_PUBLISHED)),
        ("JSON-LD main entity datePublished", _main_entity_published(src, url)),
    )
    out = []
    for source, text in values:
        value = read(text)
        if value is not None:
            out.append(_Candidate(source, value))
    return out


def read_dates(
    src: Sources,
    *,
    url: str | None = None,
    day_first: bool | None = None,
    language: str | None = None,
) -> Dates:
    """Read the publication and modification dates of a page.

    Structured sources come first (JSON-LD, ``<meta>``, microdata); the date the page shows
    (a ``<time>`` or a date-named element outside sidebars and comments) is used when they
    give none, and settles a disagreement on the day (see :func:`_settle`). A structured UTC
    time takes the page's own zone when a visible line shows the same instant
    (:func:`_reconcile`, :func:`_local_time`).

    Args:
        src: The page's sources.
        url: The page's address, whose date can name the local day of a UTC time.
        day_first: How the page's language writes an all-numeric date, a hint for visible
            dates whose own words leave the order open (see :func:`line_date`).
        language: The page's language, which settles some zone abbreviations in the dates
            it shows (``IST`` on a page in ``en-IN``).

    Returns:
        The dates, and warnings about what disagreed.
    """
    art, meta, root = src.art, src.meta, src.root
    # Each value is read once: a page's JSON-LD and <meta> tags often give the same timestamp.
    read_values: dict[str | None, dt.date | None] = {}

    def read(text: str | None) -> dt.date | None:
        if text in read_values:
            return read_values[text]
        value = read_values[text] = date_value(text)
        return value

    language = _with_country(language, src)

    # The first source that gives a modification date (the later ones are not read).
    modified = read(text_value(art.get("dateModified")))
    if modified is None:
        modified = read(meta.first(sel.META_MODIFIED))
    if modified is None:
        modified = read(next((item_value(e) for e in src.microdata("dateModified")), None))
    shown_notes = DateNotes()
    notes = shown_notes.sentences
    candidates = _structured(src, read, url)
    verdicts = src.index.verdicts
    shown = visible_date(
        root,
        shown_notes,
        day_first,
        language=language,
        times=src.index.times,
        verdicts=verdicts,
        named=src.index.named,
        headings=src.index.tagged["h1"],
        read=read,
    )
    if not candidates:
        published = shown
    else:
        published = _settle(candidates, shown, modified, url_date(url), notes, language=language)
        published = _zone_from_another_source(published, candidates, shown)
    if modified is not None and published is not None and day_of(modified) < day_of(published):
        notes.append(
            f"the page says it was published on {day_of(published)}, after its last update on "
            f"{day_of(modified)}"
        )
    published = central_european_midnight(published, language) or published
    if isinstance(published, dt.datetime) and published.utcoffset() not in {None, _UTC}:
        return Dates(published, modified, tuple(notes), shown_notes.refused)
    if (lost := _lost_clock(published, read_values)) is not None:
        notes.append(lost)
    # The page's clock lines, found once for the readers below.
    clocks = clock_texts(root)
    zoned = zoned_line(root, language=language, verdicts=verdicts, clocks=clocks)
    if published is None and zoned is not None:
        published = zoned_line(
            root, language=language, updates=False, verdicts=verdicts, clocks=clocks
        )
    elif zoned is not None and published == zoned.date():
        published = zoned
    published = _reconcile(published, zoned)
    if zoned is None and isinstance(published, dt.datetime) and published.utcoffset() == _UTC:
        published = _local_day(
            published,
            local_line(
                root, day_first=day_first, language=language, verdicts=verdicts, clocks=clocks
            ),
        )
    if isinstance(published, dt.datetime) and published.tzinfo is None:
        zone = zoned_clock(root, published, language=language, verdicts=verdicts, clocks=clocks)
        published = published.replace(tzinfo=zone) if zone is not None else published
    if published is None and (unread := _unread_date(read_values)) is not None:
        notes.append(unread)
    return Dates(published, modified, tuple(notes), shown_notes.refused)


#: A time of day after a date, in a machine-readable value ("2020-05-05T10:00").
_CLOCK = re.compile(r"\d[Tt ]\d{1,2}:\d{2}")


def _lost_clock(published: dt.date | None, values: dict[str | None, dt.date | None]) -> str | None:
    """Why the published day has no time, when a structured value gave it with one unread.

    An hour or a zone offset out of range (``10:00:00+99:00``) keeps the day only; a dump's
    date line says so in a warning, and a page's value was read so without a word (fuzz49).
    """
    if published is None or isinstance(published, dt.datetime):
        return None
    for text, value in values.items():
        if (
            text
            and value == published
            and not isinstance(value, dt.datetime)
            and _CLOCK.search(text)
        ):
            shown = shortened(text)
            return (
                f"the page's date {shown!r} has a time that could not be read (an hour or a "
                "zone offset out of range); kept the day only"
            )
    return None


#: A machine-readable date's opening: a year, a month and a day of any size ("9999-13-01").
_ISO_DAY = re.compile(r"\s*[+-]?\d{4,}-\d{1,2}-\d{1,2}(?!\d)")


def _unread_date(values: dict[str | None, dt.date | None]) -> str | None:
    """Why a page with a machine-readable date has none, when one could not be read.

    A year, a month or a day out of range (``9999-05-01``, ``2023-13-01``) gave no date without
    a word (fuzz50), where an hour out of range keeps the day and says so (:func:`_lost_clock`).
    """
    for text, value in values.items():
        if text and value is None and _ISO_DAY.match(text):
            shown = shortened(text)
            return (
                f"the page's date {shown!r} could not be read (a year, a month or a day out of "
                "range); the page has no date"
            )
    return None


def _settle(
    candidates: list[_Candidate],
    shown: dt.date | None,
    modified: dt.date | None,
    in_url: dt.date | None,
    notes: list[str],
    *,
    language: str | None,
) -> dt.date:
    """Choose the publication date when structured data and the page may disagree.

    In order:

    * a structured day without a time, on the day shown with a time (not midnight), takes
      that time;
    * a time with an offset (UTC or another), one day off the zone-less time the page shows,
      is the same instant seen from the page's zone when the two clocks are a whole offset
      apart (see :func:`_local_time`);
      a day alone does not move it, and a known instant is never traded for a day: a UTC time
      that falls on the shown day in some zone agrees with it (see :func:`_seen_from_a_zone`),
      and is moved to Central European Time when that is the page's zone and names the shown
      day (``23:11Z`` on 31 December, on a German page whose address says 1 January);
    * the day shown wins over a date that came only from ``<meta name=date>``, which is often
      the day the page was generated;
    * otherwise the structured date is kept.

    A disagreement on the day that is not settled by a zone is reported in ``notes``.
    """
    best = candidates[0]
    published = best.value
    local = day_of(shown) if shown is not None else in_url
    if local is None or local == day_of(published):
        # A structured day without a time beside the time the page shows on that day: the same
        # day, told more precisely (not a midnight, a day stored as a time).
        if (
            isinstance(shown, dt.datetime)
            and not isinstance(published, dt.datetime)
            and shown.time() != dt.time(0)
        ):
            return shown
        return published
    if isinstance(shown, dt.datetime) and abs((local - day_of(published)).days) == 1:
        shifted = _local_time(published, shown)
        if shifted is not None:
            return shifted
    if _seen_from_a_zone(published, local):
        here = central_european_time(published, language)
        return here if here is not None and here.date() == local else published
    if shown is None:
        return published
    what = (
        "the day of its last update" if modified is not None and day_of(modified) == local else ""
    )
    said = f"publication day: {best.source} says {day_of(published)}, the page shows {local}"
    said += f" ({what})" if what else ""
    if best.source == _WEAK_SOURCE:
        notes.append(f"{said}; kept the date the page shows")
        return shown
    notes.append(f"{said}; kept {day_of(published)}")
    return published


def _zone_from_another_source(
    published: dt.date, candidates: list[_Candidate], shown: dt.date | None
) -> dt.date:
    """A zone-less ``published`` time with the zone another source gives it.

    JSON-LD ``2023-04-28 18:11:01`` beside ``<meta name=date>`` ``2023-04-28T18:11:01+02:00``,
    or beside the ``<time datetime>`` the page shows (``shown``) at that minute: the same
    wall-clock minute, so the same instant, stated with its offset in one place.
    """
    if not isinstance(published, dt.datetime) or published.tzinfo is not None:
        return published
    wall = published.replace(second=0, microsecond=0)
    for value in (*(c.value for c in candidates), shown):
        if (
            isinstance(value, dt.datetime)
            and value.tzinfo is not None
            and value.replace(tzinfo=None, second=0, microsecond=0) == wall
        ):
            return published.replace(tzinfo=value.tzinfo)
    return published


def _seen_from_a_zone(published: dt.date, local: dt.date) -> bool:
    """Whether a UTC time falls on the day ``local`` in some zone from -11:00 to +14:00.

    ``23:00Z`` on 4 November is 5 November in Central Europe: a page that shows the 5th does not
    disagree with it, and the instant is kept rather than traded for a day. Exactly midnight
    UTC is a day stored as a time, so it is not read that way.
    """
    if not isinstance(published, dt.datetime) or published.utcoffset() != _UTC:
        return False
    if published.time() == dt.time(0):
        return False
    wall = published.replace(tzinfo=None)
    return (wall + _MIN_OFFSET).date() <= local <= (wall + _MAX_OFFSET).date()


def _local_time(published: dt.date, shown: dt.date) -> dt.datetime | None:
    """An aware ``published`` moved to the offset at which it reads as the zone-less ``shown``.

    ``22:04:00Z`` beside a visible ``19. Oktober 2019 00:04 Uhr`` is ``00:04+02:00``: the
    same minute, a whole number of quarter hours apart, an offset from -11:00 to +14:00. A time
    stated in another offset moves the same way (``2022-05-05T21:00-05:00`` beside a visible
    ``6 May 2022 - 2:00 a.m.`` is ``02:00+00:00`` on 6 May): the instant is kept, and the
    page's clock says which offset it is shown at.
    """
    if not isinstance(published, dt.datetime) or published.tzinfo is None:
        return None
    if not isinstance(shown, dt.datetime) or shown.tzinfo is not None:
        return None
    utc = published.astimezone(dt.timezone.utc)
    wall = utc.replace(tzinfo=None, second=0, microsecond=0)
    offset = shown.replace(second=0, microsecond=0) - wall
    if not _MIN_OFFSET <= offset <= _MAX_OFFSET or offset.total_seconds() % _QUARTER_HOUR:
        return None
    return published.astimezone(dt.timezone(offset))


def _local_day(published: dt.datetime, line: dt.datetime | None) -> dt.datetime:
    """A UTC ``published`` moved to the offset of the page's zone-less ``line`` on another day.

    ``02:41Z`` on 4 May beside a visible ``3/5/2022 22:41``: the page shows that instant at
    -04:00, on the day before, and the story's day is the one the page shows. Only a move that
    changes the day is made (as in :func:`_settle`, the UTC representation of a time on the
    same day is kept); the line must show the same minute (see :func:`_local_time`).
    """
    if line is None or line.date() == published.date():
        return published
    return _local_time(published, line) or published


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
