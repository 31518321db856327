"""The authors: JSON-LD, microdata, ``<meta>``, ``rel=author`` and visible bylines, in that order.

Each source is read on its own and cleaned of the site's own name; the first source that still
names somebody wins, so a JSON-LD ``author`` that only names the publisher does not hide the
person named by ``<meta name="author">`` or the byline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from newsparse._html import selectors as sel
from newsparse._html.jsonld import types_of
from newsparse._html.sources import MetaTags, Sources, item_value, microdata, unique
from newsparse._html.tree import Element, in_thread
from newsparse._normalize.names import parse_byline, split_authors

__all__ = ["read_authors"]

_WORD = re.compile(r"\w+")
_DOMAIN = re.compile(r"\b(?:www\.)?[\w-]+\.(?:[a-z]{2,6})\b", re.IGNORECASE)
_MAX_BYLINE = 150
_OUTLET = re.compile(r"\(\s*(?:https?://)?(?:www\.)?[\w-]+\.[a-z]{2,6}\b[^)]*\)", re.IGNORECASE)
_PARTS = re.compile(r"\s*[,;|/]\s*")
# A leading article, so that "Die FURCHE" is recognised as the site furche.at.
_ARTICLE = re.compile(r"^(?:the|die|der|das|la|le|les|el|il|de)\s+", re.IGNORECASE)

#: Site keys: squashed site names, and host names (``vnexpress`` for ``www.vnexpress.net``).
_SiteKeys = tuple[set[str], set[str]]
#: One candidate from a source: its author values as written (one per JSON-LD author), or
#: names a byline rule already read.
_Group = list[str | tuple[str, ...]]


def _names_from_jsonld(value: Any) -> Iterator[_Group]:
    """The names in each JSON-LD author value (people only; organisations are skipped)."""
    items = value if isinstance(value, list) else [value]
    group: _Group = []
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
                group.append(name)
        elif isinstance(item, str) and not item.startswith(("http://", "https://", "/")):
            group.append(item)
    yield group


def _first_scope(root: Element) -> Iterator[Element]:
    """The ``itemprop="author"`` elements of the first item that has any.

    Related-article teasers often carry their own microdata items, each with an author; only the
    first item's authors (the article's, which comes first) are the page's.
    """
    first = True
    scope: Element | None = None
    for el in microdata(root, "author"):
        owner = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if first:
            first, scope = False, owner
        if owner is scope:
            yield el


def _microdata_authors(root: Element) -> Iterator[_Group]:
    values = (item_value(el) for el in _first_scope(root))
    yield [value for value in values if value and len(value) < 120]


def _spaced_text(el: Element) -> str:
    """The text of ``el`` with a space between text nodes, so ``<b>By</b><a>Ann</a>`` reads apart."""
    return " ".join(" ".join(el.itertext()).split())


def _name_in(text: str, *, strict: bool = True) -> str | None:
    """The one person named by a short byline element's text, or ``None``.

    ``"von APA"`` names an agency, not a person; ``strict=False`` accepts a lower-case
    pseudonym where the markup says the text is a name (``rel="author"``).
    """
    names = split_authors(sel.BYLINE_PREFIX.sub("", text).strip(" ,:|·-–—"), strict=strict)
    return names[0] if len(names) == 1 else None


def _rel_authors(root: Element) -> Iterator[_Group]:
    group: _Group = []
    for el in root.iterfind(".//a[@rel]"):
        if "author" in (el.get("rel") or "").lower().split():
            name = _name_in(_spaced_text(el), strict=False)
            if name:
                group.append((name,))
    yield group


def _byline_authors(root: Element) -> Iterator[tuple[tuple[str, ...], bool]]:
    """Authors from byline-like elements (by class, id or test id) that read as a byline.

    Any tag counts, custom elements (``<storefront-section class="authors">``) included. Yields
    the names and whether a byline rule read them (``By``, ``Von``, ``Penulis:``); a bare
    one-word text is yielded too, so that a byline naming only the site ends the search.
    """
    named: dict[str, bool] = {}  # class names repeat a lot: each is matched once
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        attrs_ = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}"
        found = named.get(attrs_)
        if found is None:
            found = named[attrs_] = bool(
                sel.BYLINE_ATTR.search(attrs_) and not sel.NOT_BYLINE_ATTR.search(attrs_)
            )
        if not found:
            continue
        text = _spaced_text(el)
        if not text or len(text) > _MAX_BYLINE or sel.COMMENT_HEADER.search(text):
            continue
        if in_thread(el):
            continue
        byline = parse_byline(sel.BYLINE_PREFIX.sub("By ", text))
        if byline is not None and byline.authors:
            yield byline.authors, True
            continue
        name = _name_in(text)
        if name:
            # hCard markup ("author vcard", "fn") says the text is a name, one word or more.
            yield (name,), bool(sel.NAME_MARKUP.search(attrs_))


def _meta_authors(meta: MetaTags) -> Iterator[_Group]:
    for name in sel.META_AUTHOR:
        for value in meta.all(name):
            if not value.startswith(("http://", "https://", "@", "/")):
                yield [value]


def _squashed(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def _site_keys(site_names: list[str], urls: Iterable[str | None]) -> _SiteKeys:
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


def _is_site(name: str, keys: _SiteKeys) -> bool:
    """Whether ``name`` is the site's: a web address, a site name, or the host's name."""
    if _DOMAIN.search(name):
        return True
    names, hosts = keys
    for squashed in {_squashed(name), _squashed(_ARTICLE.sub("", name))}:
        if squashed in hosts or any(squashed.startswith(key) for key in names):
            return True
    return False


def _is_author(name: str, keys: _SiteKeys) -> bool:
    return not sel.NOT_AN_AUTHOR.match(name) and not _is_site(name, keys)


def _people(value: str | tuple[str, ...], keys: _SiteKeys) -> tuple[str, ...]:
    """The people one source value names: split, and without the site's own name.

    A name followed by a web address in brackets is an outlet's (``"Deutsche Welle
    (www.dw.com)"``). When the value also named the site or an address (``"hessenschau.de,
    Frankfurt, Germany"``), the one-word names left in it are places, not people.
    """
    if isinstance(value, tuple):
        return tuple(name for name in value if _is_author(name, keys))
    if _OUTLET.search(value):
        return ()
    people = [name for name in split_authors(value) if _is_author(name, keys)]
    if any(_is_site(part, keys) for part in _PARTS.split(value)):
        people = [name for name in people if len(name.split()) >= 2]
    return tuple(people)


_SOURCES: tuple[Callable[[Sources], Iterator[_Group]], ...] = (
    lambda src: _names_from_jsonld(src.art.get("author") or src.art.get("creator")),
    lambda src: _microdata_authors(src.root),
    lambda src: _meta_authors(src.meta),
    lambda src: _rel_authors(src.root),
)


def read_authors(
    src: Sources, site_names: list[str], urls: Iterable[str | None] = ()
) -> tuple[str, ...]:
    """Read the article's authors from the first source that names a person.

    Args:
        src: The page's metadata sources.
        site_names: The site's names, which are never authors.
        urls: The page's addresses, whose host names are never authors either.

    Returns:
        The authors' names, in source order, without repeats.
    """
    keys = _site_keys(site_names, urls)
    for source in _SOURCES:
        for group in source(src):
            names = unique(name for value in group for name in _people(value, keys))
            if names:
                return names
    for found, labelled in _byline_authors(src.root):
        # The first byline is the article's; later ones are teasers' (a site-only byline ends it).
        names = _people(found, keys)
        if names and (labelled or len(names[0].split()) >= 2):
            return names
        if any(_is_site(name, keys) for name in found):
            return ()
    return ()
