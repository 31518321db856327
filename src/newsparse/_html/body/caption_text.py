"""The text and credit of one caption element, shared by the caption readers.

Pure functions of an element (or a text): where a caption's credit sits inside it, whether a text
read from caption markup reads as a caption, and which picture a container shows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsparse._html.page import selectors as sel
from newsparse._html.page.census import Census
from newsparse._html.page.folded import FoldedPattern
from newsparse._html.page.sources import one_line
from newsparse._html.page.tree import Element, text_of
from newsparse._normalize.boilerplate import is_boilerplate
from newsparse._normalize.captions import (
    clean_credit,
    is_name_list,
    looks_like_credit,
    split_credit,
)
from newsparse._normalize.dates import find_date
from newsparse._normalize.names import parse_byline
from newsparse._normalize.whitespace import clean_line
from newsparse._urls import join_url, split_url
from newsparse.model import Caption

__all__ = [
    "caption_parts",
    "image_url",
    "in_furniture",
    "is_credit",
    "make_caption",
    "plausible",
    "trailing_credit",
]

_IMAGE_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-srcset", "src", "srcset")
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
_MAX_CAPTION = 1000


def image_url(container: Element, base: str | None) -> str | None:
    for img in container.iter("img", "source", "amp-img"):
        for attr in _IMAGE_ATTRS:
            value = (img.get(attr) or "").strip()
            if not value or value.startswith("data:"):
                continue
            if "srcset" in attr:
                value = value.split(",")[0].strip().split(" ")[0]
            link = join_url(base, value) if base else value
            parts = split_url(link) if link else None
            if link and parts is not None and parts.scheme in {"http", "https", ""}:
                return link
    return None


def _search(pattern: re.Pattern[str] | FoldedPattern, text: str) -> bool:
    if isinstance(pattern, FoldedPattern):
        return pattern.found(text)
    return pattern.search(text) is not None


def in_furniture(
    el: Element,
    protected: set[Element] | frozenset[Element],
    *,
    ignore: frozenset[Element] = frozenset(),
    census: Census | None = None,
) -> bool:
    """Whether ``el`` sits in page furniture (navigation, a sidebar, a share bar, a teaser list).

    Args:
        el: The element.
        protected: The article body's container and its ancestors, never furniture.
        ignore: Ancestors whose class names do not count.
        census: The page's walk, to remember each class pattern's result on the page.
    """
    search = census.matches if census is not None else _search
    memo = census.furnishes if census is not None else {}
    node = el.getparent()
    while node is not None and node not in protected:
        if node in ignore:
            node = node.getparent()
            continue
        furnishes = memo.get(node)
        if furnishes is None:
            furnishes = memo[node] = _furnishes(node, search)
        if furnishes:
            return True
        node = node.getparent()
    return False


def _furnishes(
    node: Element, search: Callable[[re.Pattern[str] | FoldedPattern, str], bool]
) -> bool:
    """Whether ``node``'s own tag or names make it page furniture (see :func:`in_furniture`)."""
    attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
    if node.tag in _FURNITURE_TAGS and not (node.tag == "aside" and search(sel.IMAGE_ATTR, attrs)):
        return True
    return search(sel.BOILERPLATE_ATTR, attrs) or search(sel.FIGURE_FURNITURE_ATTR, attrs)


def is_credit(el: Element, *, in_caption: bool = False, census: Census | None = None) -> bool:
    """Whether ``el`` is marked as a photo credit.

    Args:
        el: The element.
        in_caption: ``el`` sits inside a caption or a figure, where an "author" class, a
            ``<cite>`` or a ``<footer>`` names the picture's source.
        census: The page's walk, to remember each class pattern's result on the page.
    """
    keys = el.keys()
    if not keys:  # most elements of a figure: no name that the patterns could match
        return in_caption and el.tag in sel.CREDIT_TAGS
    if census is not None:
        # (The class and id as the census read them: a look-up costs less than lxml's get.)
        names, ident, _ = census.names(el)
    else:
        names, ident = el.get("class"), el.get("id")
    prop = el.get("itemprop") if "itemprop" in keys else None
    attrs = f"{names or ''} {ident or ''} {prop or ''}"
    # (One search of the names joined: no name holds a space, and a generator costs more.)
    if " data-" in f" {' '.join(keys)}":
        # Short data-attribute values name a part too: data-flag="main-image-source".
        attrs += " ".join(v for k, v in el.attrib.items() if k.startswith("data-") and len(v) < 40)
    search = census.matches if census is not None else _search
    if search(sel.CREDIT_ATTR, attrs):
        return True
    return in_caption and (el.tag in sel.CREDIT_TAGS or search(sel.CAPTION_CREDIT_ATTR, attrs))


# Inline formatting: a name set in bold or italics inside a caption is part of its text.
_INLINE_FORMATTING = frozenset({"b", "i", "em", "strong", "a", "u", "mark", "q"})


def trailing_credit(el: Element) -> Element | None:
    """A last child of caption ``el`` set apart from its text that reads as a credit.

    ``<figcaption><span>Text.</span><span>Name/Agency</span></figcaption>`` and
    ``<p>Text. <span>(Name)</span></p>``: the last element, with no text after it, holding a
    credit (``outlet/person``, a credit word) or a few capitalised names after a whole sentence.
    """
    node = el
    while True:
        kids = [c for c in node if isinstance(c.tag, str) and c.tag != "br"]
        if len(kids) != 1 or (node.text or "").strip() or (kids[0].tail or "").strip():
            break
        node = kids[0]
    if len(kids) < 1 or (kids[-1].tail or "").strip():
        return None
    last = kids[-1]
    text = clean_line(text_of(last))
    before = clean_line(text_of(node)[: -len(text_of(last)) or None])
    if not text or len(text) > 120 or len(before.split()) < 3:
        return None
    bare = text.strip("()[]（） ")
    if looks_like_credit(bare) and (bare != text or last.tag not in _INLINE_FORMATTING):
        return last
    if last.tag in _INLINE_FORMATTING or before[-1:] not in '.!?"”»)':
        return None
    return last if is_name_list(bare) and len(bare.split()) <= 4 else None


def caption_parts(el: Element, *, census: Census | None = None) -> tuple[str, str | None]:
    """Return the caption text of ``el`` and the text of a credit element inside it.

    Args:
        el: The caption element.
        census: The page's walk, to remember each class pattern's result on the page.
    """
    credits: list[str] = []
    parts: list[str] = []
    _caption_text(el, trailing_credit(el), census, parts, credits)
    text = clean_line(" ".join(parts))
    return text, " ".join(credits) or None


def _caption_text(
    node: Element,
    trailing: Element | None,
    census: Census | None,
    parts: list[str],
    credits: list[str],
) -> None:
    """Add the text inside ``node`` to ``parts``, and each credit element's in it to ``credits``.

    ``trailing`` is the caption's trailing credit (see :func:`trailing_credit`). A function of
    the module, not one nested in :func:`caption_parts`: a nested function that calls itself is a
    reference cycle through its closure, which would keep the census, and so the page's whole
    tree, alive until the garbage collector found it.
    """
    text = node.text  # (read once: lxml makes a new string at each read)
    if text:
        parts.append(text)
    for child in node:
        if isinstance(child.tag, str):
            if child is trailing or is_credit(child, in_caption=True, census=census):
                text = clean_line(text_of(child))
                if text:
                    credits.append(text)
            else:
                _caption_text(child, trailing, census, parts, credits)
        tail = child.tail
        if tail:
            parts.append(tail)


def make_caption(text: str, credit: str | None, image_url: str | None) -> Caption | None:
    text = sel.SLIDE_COUNTER.sub("", sel.CAPTION_LABEL.sub("", one_line(text)))
    text, inner = split_credit(text, known_caption=True)
    text = text.strip(" /|-–—")
    if len(text) < 3 or len(text) > _MAX_CAPTION:
        return None
    # A credit element of its own beats one split off the text.
    credit = clean_credit(credit) if credit else None
    credit = credit or (clean_credit(inner) if inner else None)
    return Caption(text=text, credit=credit, image_url=image_url)


def plausible(text: str) -> bool:
    """Whether a text found in caption-like markup reads as a caption.

    Counters and durations, bylines, boilerplate, time stamps (``16.05.2024, 11:26 Uhr``), media
    player labels and sign-up or script prompts sit in the same kind of markup and are not
    captions.
    """
    if sel.NOT_A_CAPTION.match(text) or sel.BYLINE_START.match(text):
        return False
    if sel.PLAYER_OR_PROMPT.search(text):
        return False
    if parse_byline(text) or is_boilerplate(text):
        return False
    found = find_date(text)
    return not (found and isinstance(found.value, dt.datetime))
