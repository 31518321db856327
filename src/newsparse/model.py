"""The value types newsparse returns: :class:`Article` and :class:`Caption`.

Both are frozen ``attrs`` classes: immutable, hashable, with slots and keyword-only constructors.
Collections are tuples. Derive a changed copy with :func:`attrs.evolve`.

Dates: :attr:`Article.published` and :attr:`Article.modified` are a :class:`datetime.datetime` when the
source states a time, and a plain :class:`datetime.date` when it states only the day, so a date-only
value is never confused with midnight. A ``datetime`` carries ``tzinfo`` exactly when the source states a
zone (``WIB`` is UTC+07:00) or the caller passed ``default_timezone``; otherwise it is naive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

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
        dateline: The place (or the agency code of a text dump, such as ``MDN``) that the article is
            filed from.
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
        """Return the article as a JSON-ready ``dict`` (see :func:`newsparse.serialize.to_dict`)."""
        from newsparse.serialize import to_dict  # noqa: PLC0415 - serialize imports this module

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build an article from the output of :meth:`to_dict` (or parsed JSON of it)."""
        from newsparse.serialize import from_dict  # noqa: PLC0415 - serialize imports this module

        return from_dict(data)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the article as a JSON string (see :func:`newsparse.serialize.to_json`)."""
        from newsparse.serialize import to_json  # noqa: PLC0415 - serialize imports this module

        return to_json(self, indent=indent)
