"""The section an article is filed under: structured data first, the page's address last.

``articleSection`` in JSON-LD or microdata and ``article:section`` in ``<meta>`` name it directly.
Without them, the first segment of the address's path is used when the path reads as
``/<section>/<slug>``: a word, not a date, a number, a language code or a generic path word such
as ``article`` or ``amp``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote

from newsparse._html.page import selectors as sel
from newsparse._html.page.sources import Sources, item_value, text_value
from newsparse._urls import split_url

__all__ = ["read_section", "url_section"]

# A path segment that can name a section: a word (letters first, then letters, digits, "-", "_").
_WORD = re.compile(r"^[^\W\d_][\w-]{2,29}$")
# A language code leading the path: "en", "de-at", "pt_br".
_LANGUAGE = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$", re.IGNORECASE)
_MAX_SECTION = 60
# A comma with no space after it joins several sections ("Articles,Highlight,Legal").
_JOINED = re.compile(r",(?=\S)")


def _clean(value: str | None) -> str | None:
    """One section name: the first of a comma-joined list (``"Politik,Inland"``), trimmed."""
    if not value:
        return None
    value = _JOINED.split(value, maxsplit=1)[0]
    value = " ".join(value.split())
    return value if 0 < len(value) <= _MAX_SECTION else None


def url_section(url: str | None) -> str | None:
    """The section named by the first segment of ``url``'s path, or ``None``.

    >>> url_section("https://news.example/politik/wahl-ergebnis-123.html")
    'politik'
    >>> url_section("https://news.example/en/sport/match-report")
    'sport'
    >>> url_section("https://news.example/2020/07/14/some-story") is None
    True
    >>> url_section("https://news.example/article/12345") is None
    True
    """
    if not url:
        return None
    parts = split_url(url)
    if parts is None:
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if segments and _LANGUAGE.match(segments[0]):
        segments = segments[1:]
    if len(segments) < 2:
        return None
    first = segments[0]
    if not _WORD.match(first) or first.casefold() in sel.NOT_A_SECTION_PATH:
        return None
    return first


def read_section(src: Sources, urls: Iterable[str | None]) -> str | None:
    """The article's section: JSON-LD, ``<meta>``, microdata, then the address.

    Args:
        src: The page's sources.
        urls: The page's addresses, best first (canonical, then the caller's).

    Returns:
        The section as the page names it, or ``None``.
    """
    found = (
        _clean(text_value(src.art.get("articleSection")))
        or _clean(src.meta.first(sel.META_SECTION))
        or _clean(next((item_value(e) for e in src.microdata("articleSection")), None))
    )
    if found:
        return found
    return next((s for s in (url_section(u) for u in urls) if s), None)
