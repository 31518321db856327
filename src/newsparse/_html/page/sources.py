"""Where page metadata is read from: ``<meta>`` values, JSON-LD, microdata, and value helpers.

These small helpers are shared by :mod:`~newsparse._html.meta.metadata` and the modules that read one
field family each (:mod:`~newsparse._html.meta.titles`, :mod:`~newsparse._html.meta.people`,
:mod:`~newsparse._html.meta.when`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsparse._html.page.index import PageIndex
from newsparse._html.page.jsonld import JsonLd
from newsparse._html.page.tree import Element, text_of, unmarkup
from newsparse._normalize.dates import parse_date, parse_timestamp
from newsparse._normalize.whitespace import clean_line, one_line
from newsparse._urls import join_url, split_url

__all__ = [
    "MAX_VALUE_CHARS",
    "MetaTags",
    "Microdata",
    "Sources",
    "date_value",
    "first",
    "item_value",
    "microdata",
    "one_line",
    "resolve",
    "text_value",
    "unique",
]


#: The most characters of a ``<meta>`` or JSON-LD text value read, and of a ``<title>`` or ``<h1>``
#: read as a title (the development pages' longest value read by name, a JSON-LD description,
#: has 2,397; their longest ``<meta>`` value of any name 20,840). A hostile page may hold a value
#: of megabytes, which each reader would clean and split whole.
MAX_VALUE_CHARS = 50_000


class MetaTags:
    """The ``<meta>`` values of a page, by lower-cased name, property or itemprop."""

    def __init__(self, elements: Iterable[Element]) -> None:
        self.values: dict[str, list[str]] = {}
        for el in elements:
            # (A look in the keys costs less than a get of an attribute the element lacks.)
            keys = el.keys()
            content = el.get("content") if "content" in keys else None
            if content is None or not content.strip():
                continue
            if len(content) > MAX_VALUE_CHARS:
                content = content[:MAX_VALUE_CHARS]
            # Unescaped and unmarked like a JSON-LD value: CMSs double-escape ("CD&amp;V") or
            # keep the editor's markup ("<p>...") in a description.
            value = one_line(unmarkup(content))
            for attr in ("property", "name", "itemprop", "http-equiv"):
                key = el.get(attr) if attr in keys else None
                if key:
                    for part in key.lower().split():
                        self.values.setdefault(part, []).append(value)
                        if "#" in part:
                            # A name written out as its vocabulary's address, ".../ns/article#
                            # published_time": also under its short form, "article:published_time".
                            short = part.rsplit("/", 1)[-1].replace("#", ":", 1)
                            self.values.setdefault(short, []).append(value)

    def first(self, names: Iterable[str]) -> str | None:
        """The first non-empty value of the first of ``names`` the page has."""
        values = self.values
        if values:  # many small pages have no <meta> value at all
            for name in names:
                found = values.get(name)
                if found is not None:
                    for value in found:
                        if value:
                            return value
        return None

    def all(self, name: str) -> list[str]:
        """Every value given for ``name``, in page order (``article:tag`` repeats)."""
        return self.values.get(name, [])


def text_value(value: Any) -> str | None:
    """The text of a JSON-LD or ``<meta>`` value: a string, a number, or an object's name."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, dict))), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        # one_line, not a bare split: a value keeps no soft hyphen or zero-width space either.
        return one_line(unmarkup(str(value)[:MAX_VALUE_CHARS])) or None
    return None


#: ISO 8601's basic format, without separators: ``20180619T055000+0900``.
_ISO_BASIC = re.compile(
    r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)?(\.\d{1,9})?(Z|[+-]\d\d(?::?\d\d)?)?", re.I
)
#: An ISO 8601 time whose fraction of a second follows a colon: ``2022-01-10T22:06:08:684Z``.
_COLON_FRACTION = re.compile(r"([T ]\d\d:\d\d:\d\d):(\d{3})(?=Z|[+-]\d\d|$)", re.I)
#: A Unix time in seconds or milliseconds (ten or thirteen digits).
_EPOCH_LENGTHS = (10, 13)


def date_value(value: str | None) -> dt.date | None:
    """Read a machine-readable date (ISO 8601 and kin) with the shared date normaliser.

    Besides what :func:`~newsparse._normalize.dates.parse_date` reads, a value may be a Unix time
    (``1676551869``, or in milliseconds) or ISO 8601 in its basic format
    (``20180619T055000+0900``), and its milliseconds may follow a colon
    (``2022-01-10T22:06:08:684Z``, read as ``.684``).
    """
    if not value:
        return None
    if value.isdigit() and len(value) in _EPOCH_LENGTHS:
        return parse_timestamp(value)
    if value.count(":") >= 3:
        value = _COLON_FRACTION.sub(r"\1.\2", value, count=1)
    basic = _ISO_BASIC.fullmatch(value) if "T" in value or "t" in value else None
    if basic is not None:
        year, month, day, hour, minute, second, fraction, zone = basic.groups()
        value = f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{fraction or ''}{zone or ''}"
    return parse_date(value)


def unique(values: Iterable[str]) -> tuple[str, ...]:
    """Drop empty values and case-insensitive repeats, keeping the first spelling."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


def microdata(root: Element, prop: str) -> Iterator[Element]:
    """Yield the elements under ``root`` whose ``itemprop`` names ``prop``.

    Each call walks the tree; :meth:`Sources.microdata` reads a page's whole tree once for all.
    """
    for el in root.iterfind(".//*[@itemprop]"):
        if prop in (el.get("itemprop") or "").split():
            yield el


class Microdata:
    """The elements under a root with an ``itemprop``, by property, found in one walk on first use.

    Args:
        root: The element whose descendants are read (not ``root`` itself, as :func:`microdata`).
        elements: The elements under ``root`` with an ``itemprop``, in document order, when
            the caller has them (:attr:`~newsparse._html.page.index.PageIndex.itemprops`).
    """

    __slots__ = ("_by_prop", "_elements", "_root")

    def __init__(self, root: Element, elements: Iterable[Element] | None = None) -> None:
        self._root = root
        self._elements = elements
        self._by_prop: dict[str, list[Element]] | None = None

    def items(self, prop: str) -> list[Element]:
        """The elements whose ``itemprop`` names ``prop``, in document order."""
        if self._by_prop is None:
            by_prop: dict[str, list[Element]] = {}
            elements = self._elements
            if elements is None:
                elements = self._root.iterfind(".//*[@itemprop]")
            for el in elements:
                # A property named twice on one element ("author author") lists it once, as
                # microdata() yields it once.
                for name in dict.fromkeys((el.get("itemprop") or "").split()):
                    by_prop.setdefault(name, []).append(el)
            self._by_prop = by_prop
        return self._by_prop.get(prop, [])


def item_value(el: Element) -> str | None:
    """The value of a microdata property: ``content``, ``datetime``, a nested name, or text."""
    for attr in ("content", "datetime"):
        value = el.get(attr)
        if value and value.strip():
            return clean_line(value)
    name = next(microdata(el, "name"), None)
    if name is not None:
        return item_value(name)
    return clean_line(text_of(el)) or None


def first(*values: Any) -> Any:
    """The first truthy value, or ``None``."""
    for value in values:
        if value:
            return value
    return None


def resolve(link: str | None, base: str | None) -> str | None:
    """Resolve ``link`` against ``base``; ``None`` unless the result is an http(s) address."""
    if not link:
        return None
    joined = join_url(base, link.strip()) if base else link.strip()
    parts = split_url(joined) if joined else None
    return joined if parts is not None and parts.scheme in {"http", "https"} else None


@attrs.frozen
class Sources:
    """Everything metadata is read from: the tree, the ``<meta>`` values and JSON-LD.

    ``index`` holds the elements of the tree the readers start from (found with a walk of its
    own when not given); ``items`` indexes the tree's microdata properties, read on first use.
    """

    root: Element
    head: Element | None
    meta: MetaTags
    ld: JsonLd
    art: dict[str, Any]
    index: PageIndex = attrs.field(
        default=attrs.Factory(lambda self: PageIndex.walk(self.root), takes_self=True), eq=False
    )
    items: Microdata = attrs.field(
        default=attrs.Factory(
            lambda self: Microdata(self.root, self.index.itemprops), takes_self=True
        ),
        eq=False,
    )
    #: What the readers found on the page that more than one of them asks for, by name (the
    #: headline, the page's text nodes), kept for the page: the readers never change the tree.
    memo: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    def microdata(self, prop: str) -> list[Element]:
        """The elements of the page whose ``itemprop`` names ``prop`` (:func:`microdata`)."""
        return self.items.items(prop)
