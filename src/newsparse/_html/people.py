"""The authors: JSON-LD, microdata, ``rel=author``, ``<meta>`` and visible bylines, in that order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from newsparse._html import selectors as sel
from newsparse._html.jsonld import types_of
from newsparse._html.sources import MetaTags, Sources, item_value, microdata, unique
from newsparse._html.tree import Element
from newsparse._normalize.names import is_person_name, parse_byline, split_authors
from newsparse._normalize.whitespace import clean_line

__all__ = ["read_authors"]

_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"(?<=\w)-(?=\w)")


def _names_from_jsonld(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            kinds = types_of(item)
            if kinds and not kinds & {"person", "author"}:
                continue
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(n) for n in name)
            if not isinstance(name, str) and item.get("givenName"):
                name = f"{item.get('givenName')} {item.get('familyName') or ''}"
            if isinstance(name, str):
                names.extend(_authors(name))
        elif isinstance(item, str) and not item.startswith(("http://", "https://", "/")):
            names.extend(_authors(item))
    return unique(names)


def _authors(text: str) -> tuple[str, ...]:
    """Split an author value into names, keeping hyphenated names whole.

    The shared splitter treats a hyphen as a separator, so a hyphen inside a word is masked by a
    letter sequence no name contains while it runs.
    """
    text = _HYPHENATED.sub("qxhyq", " ".join(clean_line(text).split()))
    return tuple(name.replace("qxhyq", "-") for name in split_authors(text))


def _microdata_authors(root: Element) -> tuple[str, ...]:
    names: list[str] = []
    for el in microdata(root, "author"):
        value = item_value(el)
        if value and len(value) < 120:
            names.extend(_authors(value))
    return unique(names)


def _spaced_text(el: Element) -> str:
    """The text of ``el`` with a space between text nodes, so ``<b>By</b><a>Ann</a>`` reads apart."""
    return " ".join(" ".join(el.itertext()).split())


def _name_in(text: str) -> str | None:
    """The person named by a short byline element's text, or ``None``."""
    text = sel.BYLINE_PREFIX.sub("", text).strip(" ,:|·-–—")
    return text if text and is_person_name(text) else None


def _rel_authors(root: Element) -> tuple[str, ...]:
    names: list[str] = []
    for el in root.iterfind(".//a[@rel]"):
        if "author" in (el.get("rel") or "").lower().split():
            name = _name_in(_spaced_text(el))
            if name:
                names.append(name)
    return unique(names)


def _byline_authors(root: Element) -> tuple[str, ...]:
    """Authors from the first byline-like element (by class or id) that reads as a byline."""
    for el in root.iter("div", "span", "p", "a", "address", "li", "strong", "small"):
        attrs_ = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not sel.BYLINE_ATTR.search(attrs_):
            continue
        text = _spaced_text(el)
        if not text or len(text) > 150:
            continue
        byline = parse_byline(_HYPHENATED.sub("qxhyq", sel.BYLINE_PREFIX.sub("By ", text)))
        if byline is not None and byline.authors:
            return unique(a.replace("qxhyq", "-") for a in byline.authors)
        name = _name_in(text)
        if name and len(name.split()) >= 2:
            return (name,)
    return ()


def _meta_authors(meta: MetaTags) -> tuple[str, ...]:
    for name in sel.META_AUTHOR:
        for value in meta.all(name):
            if value.startswith(("http://", "https://", "@", "/")):
                continue
            authors = _authors(value)
            if authors:
                return authors
    return ()


def _squashed(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def _site_keys(site_names: list[str], urls: Iterable[str | None]) -> tuple[set[str], set[str]]:
    """Squashed site names, and host names (``vnexpress`` for ``www.vnexpress.net``)."""
    names = {_squashed(name) for name in site_names}
    hosts: set[str] = set()
    for url in urls:
        host = urlsplit(url).hostname if url else None
        if host:
            labels = [p for p in host.split(".") if p not in {"www", "m", "amp", "mobile"}]
            if labels:
                hosts.add(_squashed(labels[0]))
    return {k for k in names if len(k) >= 3}, {k for k in hosts if len(k) >= 3}


def _is_site(name: str, keys: tuple[set[str], set[str]]) -> bool:
    """Whether ``name`` is the site's: it starts with a site name, or is the host's name."""
    squashed = _squashed(name)
    names, hosts = keys
    return squashed in hosts or any(squashed.startswith(key) for key in names)


def read_authors(
    src: Sources, site_names: list[str], urls: Iterable[str | None] = ()
) -> tuple[str, ...]:
    authors = _names_from_jsonld(src.art.get("author") or src.art.get("creator"))
    if not authors:
        authors = _microdata_authors(src.root)
    if not authors:
        authors = _rel_authors(src.root)
    if not authors:
        authors = _meta_authors(src.meta)
    if not authors:
        authors = _byline_authors(src.root)
    keys = _site_keys(site_names, urls)
    return tuple(a for a in authors if not _is_site(a, keys))
