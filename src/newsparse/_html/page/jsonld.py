"""JSON-LD blocks: tolerant decoding and the article object they describe.

Pages often ship broken JSON-LD (trailing commas, raw newlines in strings, several objects glued
together, HTML comments or CDATA wrappers). Each block is decoded leniently; a block that still
cannot be read is skipped. Objects are gathered from top-level arrays, ``@graph`` arrays and
``WebPage.mainEntity``, and the article is the object whose ``@type`` is an article type.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from newsparse._detect import json_int, json_loads
from newsparse._html.page.selectors import JSONLD_ARTICLE_TYPES
from newsparse._urls import split_url

__all__ = ["JsonLd", "main_entities", "own_pages", "read_jsonld"]

_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
# The first characters a wrapper can start with ("<!--", "<![CDATA[", "// <![CDATA["); every one
# ends with ">".
_WRAPPER_STARTS = frozenset("</")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")
_MAX_DEPTH = 12
_MAX_OBJECTS = 500
# Repair tries a value at each later bracket after a failure; each try may read to the end of the
# block, so the number of tries is bounded to keep a block of unclosed brackets linear.
_MAX_REPAIR_TRIES = 32
# Deeper nesting than this is no real JSON-LD; json would raise RecursionError well before.
_MAX_NESTING = 200
_BRACKET = re.compile(r"[\[{]")
# A string of a block, which _too_deep leaves out: read to its closing quote, or to the block's end
# when it has none. The loop can stop only before a quote, before a lone backslash at the end, or at
# the end, and each of those is followed by what the pattern asks, so the pattern never fails and
# never backtracks: each character is read once. A pattern failing on an unclosed string is tried
# again from every quote inside it (a block of escaped quotes, ``"\"\"\"...``, cost the square of
# its length). (A possessive loop would say the same, but needs Python 3.11.) The loop is written
# as runs of plain characters between escapes: sre reads a run of one character class in a tight
# loop of its own, several times faster than a choice tried at every character (an 840 KB block).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)


class JsonLd:
    """What the JSON-LD blocks of a page say.

    Attributes:
        article: The article object (``NewsArticle`` or a kin), or ``None``.
        objects: Every object found, in page order.
        notes: What a reader of the result should know: blocks left unread for their nesting.
    """

    __slots__ = ("article", "notes", "objects")

    def __init__(
        self,
        article: dict[str, Any] | None,
        objects: tuple[dict[str, Any], ...],
        notes: tuple[str, ...] = (),
    ):
        self.article = article
        self.objects = objects
        self.notes = notes

    def of_type(self, *names: str) -> Iterator[dict[str, Any]]:
        """Yield the objects whose ``@type`` is one of ``names`` (compared lower-case)."""
        wanted = {name.lower() for name in names}
        for obj in self.objects:
            if wanted & types_of(obj):
                yield obj


def types_of(obj: dict[str, Any]) -> set[str]:
    """Return the ``@type`` values of ``obj``, lower-cased, without a schema.org prefix."""
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for v in values if v}


def _too_deep(text: str) -> bool:
    """Whether brackets in ``text`` open deeper than :data:`_MAX_NESTING` (strings ignored roughly)."""
    if text.count("{") + text.count("[") <= _MAX_NESTING:
        return False
    depth = 0
    for char in re.findall(r"[\[\]{}]", _STRING.sub("", text)):
        depth += 1 if char in "[{" else -1
        if depth > _MAX_NESTING:
            return True
    return False


def _decode(text: str) -> list[Any] | None:
    """Decode one block leniently: every value it holds, or ``[]`` when none can be read.

    Linear in the block's length: nesting deeper than :data:`_MAX_NESTING` is refused before
    decoding (json would raise RecursionError), and repair makes at most
    :data:`_MAX_REPAIR_TRIES` attempts. ``None`` tells a block refused for its nesting.
    """
    text = text.strip()
    if text[:1] in _WRAPPER_STARTS or text[-1:] == ">":
        # The pattern's second branch is tried at every character: most blocks start with "{"
        # or "[" and end with a bracket, and have no wrapper to remove.
        text = _WRAPPER.sub("", text).strip()
    if not text:
        return []
    if _too_deep(text):
        return None
    try:
        return [json_loads(text)]
    except (ValueError, RecursionError):
        pass
    repaired = _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))
    decoder = json.JSONDecoder(strict=False, parse_int=json_int)
    found: list[Any] = []
    tries = 0
    bracket = _BRACKET.search(repaired)
    while bracket is not None and tries < _MAX_REPAIR_TRIES:
        tries += 1
        try:
            value, end = decoder.raw_decode(repaired, bracket.start())
        except (ValueError, RecursionError):
            if found:
                break
            bracket = _BRACKET.search(repaired, bracket.start() + 1)
            continue
        found.append(value)
        bracket = _BRACKET.search(repaired, end)
    return found


def _walk(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > _MAX_DEPTH or len(out) >= _MAX_OBJECTS:
        return
    if isinstance(value, list):
        for item in value:
            _walk(item, out, depth + 1)
        return
    if not isinstance(value, dict):
        return
    out.append(value)
    graph = value.get("@graph")
    if graph is not None:
        _walk(graph, out, depth + 1)
    main = value.get("mainEntity") or value.get("mainEntityOfPage")
    if isinstance(main, (dict, list)):
        _walk(main, out, depth + 1)


#: ``WebPage`` and its subtype for a page about one thing; not ``CollectionPage`` or
#: ``SearchResultsPage``, which list other pages.
_PAGE_TYPES = frozenset({"webpage", "itempage"})


def _is_home(obj: dict[str, Any]) -> bool:
    """Whether a ``WebPage`` object describes a site's home page (its address has no path).

    A page object with no address, or only a fragment (``"@id": "#webpage"``), describes the
    page it sits in.
    """
    address = obj.get("url") or obj.get("@id")
    if not isinstance(address, str) or not address.split("#")[0].strip():
        return False
    parts = split_url(address.split("#")[0])
    return parts is None or parts.path in {"", "/"}


def own_pages(ld: JsonLd) -> Iterator[dict[str, Any]]:
    """The ``WebPage`` (or ``ItemPage``) objects of ``ld`` that describe this page, in page order.

    Not the article object itself, nor a page object whose address has no path (the site's home
    page, see :func:`_is_home`): a graph's page object beside an article that gives no date
    of its own may give the page's.
    """
    for obj in ld.objects:
        if obj is not ld.article and _PAGE_TYPES & types_of(obj) and not _is_home(obj):
            yield obj


def main_entities(ld: JsonLd, url: str) -> Iterator[dict[str, Any]]:
    """The objects of ``ld`` whose ``mainEntityOfPage`` is the page at ``url``, in page order.

    A page whose JSON-LD holds no article but a ``HowTo`` (a ``Recipe``, a ``Product``) that
    names the page's own address as the page it is the main subject of: that object is what the
    page publishes. Two addresses name the same page when their hosts (without ``www.``) and
    paths (without a closing slash) agree.
    """
    here = _page_key(url)
    if here is None:
        return
    for obj in ld.objects:
        main = obj.get("mainEntityOfPage")
        if isinstance(main, dict):
            main = main.get("@id")
        if isinstance(main, str) and _page_key(main) == here:
            yield obj


def _page_key(url: str) -> tuple[str, str] | None:
    """A page's host and path, without ``www.`` and a closing slash, to compare two addresses."""
    parts = split_url(url.strip())
    if parts is None or not parts.netloc:
        return None
    host = parts.netloc.casefold().removeprefix("www.")
    return host, parts.path.rstrip("/")


def read_jsonld(blocks: tuple[str, ...]) -> JsonLd:
    """Decode the JSON-LD ``blocks`` of a page and find its article object.

    Args:
        blocks: The text of each ``<script type="application/ld+json">``.

    Returns:
        The objects found and the best article among them (and a note on the blocks nested too
        deep to read): the first one of an article type
        that has a headline, else the first of an article type, else a ``WebPage`` (or
        ``ItemPage``) with a headline, else one with a publication date that is not the home
        page's (a graph that describes only the page).
    """
    objects: list[dict[str, Any]] = []
    deep = 0
    for block in blocks:
        values = _decode(block)
        if values is None:
            deep += 1
            continue
        for value in values:
            _walk(value, objects)
    articles = [obj for obj in objects if JSONLD_ARTICLE_TYPES & types_of(obj)]
    article = next((obj for obj in articles if obj.get("headline")), None)
    if article is None and articles:
        article = articles[0]
    if article is None:
        pages = [obj for obj in objects if _PAGE_TYPES & types_of(obj)]
        article = next((obj for obj in pages if obj.get("headline")), None) or next(
            (obj for obj in pages if obj.get("datePublished") and not _is_home(obj)), None
        )
    notes: tuple[str, ...] = ()
    if deep:
        blocks_were = "a JSON-LD block was" if deep == 1 else f"{deep} JSON-LD blocks were"
        notes = (f"{blocks_were} not read: nested deeper than {_MAX_NESTING} levels",)
    return JsonLd(article, tuple(objects), notes)
