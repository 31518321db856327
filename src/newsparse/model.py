"""The value types newsparse returns: :class:`Article` and :class:`Caption`.

Both are frozen ``attrs`` classes: immutable, hashable, with slots and keyword-only constructors.
Collections are tuples. Derive a changed copy with :func:`attrs.evolve`.

The dict form (:meth:`Article.to_dict`, :meth:`Article.from_dict`, :meth:`Article.to_json`) is
defined here, beside the fields it lists; :mod:`newsparse.serialize` builds on it and adds the text
and Markdown renderings. This module imports nothing from newsparse but :mod:`newsparse.errors`.

Dates: :attr:`Article.published` and :attr:`Article.modified` are a :class:`datetime.datetime` when the
source states a time, and a plain :class:`datetime.date` when it states only the day, so a date-only
value is never confused with midnight. A ``datetime`` carries ``tzinfo`` exactly when the source states a
zone (``WIB`` is UTC+07:00) or the caller passed ``default_timezone``; otherwise it is naive.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import Any

import attrs

from newsparse.errors import SerializationError

__all__ = ["Article", "Caption"]


@attrs.frozen(kw_only=True)
class Caption:
    """The caption of one picture in an article.

    Attributes:
        text: The caption itself, without its photo credit.
        credit: Who the picture is credited to (``"ist"``, ``"ANTARA/Fulan"``), without brackets or
            a ``Foto:`` label; ``None`` when the caption names nobody.
        image_url: The picture's address when the source gives one (HTML pages), else ``None``.
    """

    text: str
    credit: str | None = None
    image_url: str | None = None


def _captions(value: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Article:
    """One news article, as parsed from an HTML page or a plain-text dump.

    Every field that the source does not provide is ``None`` (scalars) or ``()`` (collections).

    Attributes:
        title: The headline.
        authors: The people who wrote the article, in the order given; editors are not authors.
        published: When the article was published: a ``datetime`` when a time is known, a ``date``
            when only the day is (see the module documentation for zones).
        modified: When the article was last updated, in the same form as ``published``.
        dateline: The dateline opening the story, as printed without its dash or colon: the place it
            is filed from, with the outlet, agency or filing day when they are printed with it
            (``JAKARTA``, ``JAKARTA, KABAR.com``, ``PORTVILLE, Oct 19 (Agency)``); for a text dump
            with none, its agency code (``MDN``).
        site_name: The publication's name.
        section: The section or desk the publication files the article under (``"Politik"``,
            ``"sport"``), as the source names it.
        language: The article's language as a BCP 47 tag (``"id"``, ``"en-GB"``) when known.
        url: The article's canonical address when known.
        description: A short summary given by the source.
        image: The absolute address of the article's lead picture (HTML pages: structured data,
            ``og:image``, ``twitter:image``, else the first picture of the body).
        tags: Keywords or topics given by the source.
        paragraphs: The body text, one entry a paragraph, in reading order, without captions or
            boilerplate.
        captions: The captions of the article's pictures, with their credits.
        warnings: Things the parser noticed and could not reconcile (for example a weekday that
            contradicts its date); each is a sentence meant for a person.
    """

    title: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    published: dt.date | None = None
    modified: dt.date | None = None
    dateline: str | None = None
    site_name: str | None = None
    section: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_captions)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    @property
    def text(self) -> str:
        """Return the body as one string, the paragraphs joined with blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as a ``dict`` of JSON types, in field order.

        Key order is the field order and never changes between runs. Dates are ISO 8601 strings:
        ``"2023-09-14T11:22:00+07:00"`` for a time with a zone, ``"2023-09-14T11:22:00"`` for a
        naive time, ``"2023-09-14"`` for a day. Tuples become lists.
        """
        data: dict[str, Any] = {}
        for field in attrs.fields(Article):
            value = getattr(self, field.name)
            if field.name in _DATES:
                data[field.name] = None if value is None else value.isoformat()
            elif field.name == "captions":
                data[field.name] = [attrs.asdict(caption) for caption in value]
            elif isinstance(value, tuple):
                data[field.name] = list(value)
            else:
                data[field.name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build an article from the output of :meth:`to_dict` (or parsed JSON of it).

        Keys that are not fields (such as the ``path`` the command line adds) are ignored; missing
        keys take their defaults.

        Raises:
            SerializationError: A field holds a value of the wrong type.
        """
        if not isinstance(data, dict):
            msg = f"an article must be given as a dict, not {type(data).__name__}"
            raise SerializationError(msg)
        captions = data.get("captions") or []
        if not isinstance(captions, list | tuple):
            msg = "captions must be a list"
            raise SerializationError(msg)

        def text(name: str) -> str | None:
            return _string(name, data.get(name))

        def strings(name: str) -> tuple[str, ...]:
            return _string_list(name, data.get(name))

        def date(name: str) -> dt.date | None:
            return _date_from_str(name, data.get(name))

        return cls(
            title=text("title"),
            authors=strings("authors"),
            published=date("published"),
            modified=date("modified"),
            dateline=text("dateline"),
            site_name=text("site_name"),
            section=text("section"),
            language=text("language"),
            url=text("url"),
            description=text("description"),
            image=text("image"),
            tags=strings("tags"),
            paragraphs=strings("paragraphs"),
            warnings=strings("warnings"),
            captions=tuple(_caption(c) for c in captions),
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the article as JSON text of :meth:`to_dict` (UTF-8 characters kept, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


_DATES = ("published", "modified")


def _date_from_str(name: str, value: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        msg = f"{name} must be an ISO 8601 string or null, not {type(value).__name__}"
        raise SerializationError(msg)
    try:
        if _ISO_DATE.fullmatch(value) is None:
            # (datetime.fromisoformat reads more than it writes from Python 3.11 on: a run of
            # 5,000 digits is a date in the year 1111 there. Only what isoformat writes is read.)
            raise ValueError(name)
        return (
            dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)
        )
    except ValueError as exc:
        # (Quoted whole up to a date-time's length and a little over, or by its first 80
        # characters and its length: a hostile record's value may be megabytes long.)
        shown = (
            repr(value) if len(value) <= 80 else f"{value[:80]!r}... ({len(value):,} characters)"
        )
        msg = f"{name} is not an ISO 8601 date or date-time: {shown}"
        raise SerializationError(msg) from exc


#: What ``date.isoformat`` and ``datetime.isoformat`` write: the day, then maybe the time (to the
#: minute, second, millisecond or microsecond, after a "T" or a space) and its offset from UTC.
_ISO_DATE = re.compile(
    r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{3}(?:\d{3})?)?)?"
    r"(?:Z|[+-]\d\d:\d\d(?::\d\d(?:\.\d{6})?)?)?)?",
    re.ASCII,
)


def _string(name: str, value: object) -> str | None:
    if value is None:
        return value
    if isinstance(value, str):
        _check_encodable(name, value)
        return value
    msg = f"{name} must be a string or null, not {type(value).__name__}"
    raise SerializationError(msg)


def _string_list(name: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        msg = f"{name} must be a list of strings"
        raise SerializationError(msg)
    for item in value:
        _check_encodable(name, item)
    return tuple(value)


def _check_encodable(name: str, value: str) -> None:
    """Raise when ``value`` holds a lone surrogate, which no UTF-8 text (nor JSON output) can hold."""
    if value.isascii():
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        msg = f"{name} holds a character that is not text (a lone surrogate) at {exc.start}"
        raise SerializationError(msg) from exc


def _caption(value: object) -> Caption:
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        msg = "each caption must be an object with a string 'text'"
        raise SerializationError(msg)
    return Caption(
        text=value["text"],
        credit=_string("caption credit", value.get("credit")),
        image_url=_string("caption image_url", value.get("image_url")),
    )
