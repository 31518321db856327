"""Where page metadata is read from: ``<meta>`` values, JSON-LD, microdata, and value helpers.

These small helpers are shared by :mod:`~newsparse._html.meta.metadata` and the modules that read one
field family each (:mod:`~newsparse._html.meta.titles`, :mod:`~newsparse._html.meta.people`,
:mod:`~newsparse._html.meta.when`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsparse._html.page.jsonld import JsonLd
from newsparse._html.page.tree import Element, text_of, unmarkup
from newsparse._normalize.dates import parse_date
from newsparse._normalize.whitespace import clean_line
from newsparse._urls import join_url, split_url

__all__ = [
    "MetaTags",
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


class MetaTags:
    """The ``<meta>`` values of a page, by lower-cased name, property or itemprop."""

    def __init__(self, elements: Iterable[Element]) -> None:
        self.values: dict[str, list[str]] = {}
        for el in elements:
            content = el.get("content")
            if content is None or not content.strip():
                continue
            # Unescaped and unmarked like a JSON-LD value: CMSs double-escape ("CD&amp;V") or
            # keep the editor's markup ("<p>...") in a description.
            value = " ".join(clean_line(unmarkup(content)).split())
            for attr in ("property", "name", "itemprop", "http-equiv"):
                key = el.get(attr)
                if key:
                    for part in key.lower().split():
                        self.values.setdefault(part, []).append(value)

    def first(self, names: Iterable[str]) -> str | None:
        """The first non-empty value of the first of ``names`` the page has."""
        for name in names:
            for value in self.values.get(name, ()):
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
        text = unmarkup(str(value))
        return " ".join(text.split()) or None
    return None


def date_value(value: str | None) -> dt.date | None:
    """Read a machine-readable date (ISO 8601 and kin) with the shared date normaliser."""
    if not value:
        return None
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


def one_line(text: str) -> str:
    """Clean ``text`` and fold every whitespace run, newlines included, to one space."""
    return " ".join(clean_line(text).split())


def microdata(root: Element, prop: str) -> Iterator[Element]:
    """Yield the elements under ``root`` whose ``itemprop`` names ``prop``."""
    for el in root.iterfind(".//*[@itemprop]"):
        if prop in (el.get("itemprop") or "").split():
            yield el


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
    return next((v for v in values if v), None)


def resolve(link: str | None, base: str | None) -> str | None:
    """Resolve ``link`` against ``base``; ``None`` unless the result is an http(s) address."""
    if not link:
        return None
    joined = join_url(base, link.strip()) if base else link.strip()
    parts = split_url(joined) if joined else None
    return joined if parts is not None and parts.scheme in {"http", "https"} else None


@attrs.frozen
class Sources:
    """Everything metadata is read from: the tree, the ``<meta>`` values and JSON-LD."""

    root: Element
    head: Element | None
    meta: MetaTags
    ld: JsonLd
    art: dict[str, Any]
