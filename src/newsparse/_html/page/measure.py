"""Cheap measurements of an element's text shared by furniture removal, scoring and lead reading."""

from __future__ import annotations

from newsparse._html.page.selectors import BLOCK_TAGS
from newsparse._html.page.tree import Element, text_of

__all__ = [
    "MAX_PROSE_LINKS",
    "MIN_PROSE",
    "TEXT_BLOCK_TAGS",
    "TEXT_BOX_TAGS",
    "Folded",
    "folded",
    "joined",
    "link_density",
    "own_raw",
    "own_text",
    "squash",
    "squashed_length",
    "text_len",
]

#: Elements whose whole text is one block of text: a paragraph, a table cell, a list item.
TEXT_BLOCK_TAGS = frozenset({"p", "pre", "blockquote", "td", "dd", "li"})
#: Boxes whose own text (outside their block children, :func:`own_text`) is a block of text.
TEXT_BOX_TAGS = frozenset({"div", "section", "article", "span", "font", "center", "main"})
#: A block of text this long, with less than this share of it in links, is prose.
MIN_PROSE = 80
MAX_PROSE_LINKS = 0.3


def squash(text: str) -> str:
    """Fold all whitespace to single spaces: a cheap stand-in for ``clean_line`` when scoring."""
    return " ".join(text.split())


def squashed_length(text: str) -> int:
    """``len(squash(text))``, without the folded copy when ``text`` is folded already.

    Every whitespace character but U+0020 is unprintable, so a printable text with no two
    spaces in a row and none at either end is its own folding (the common case of a line of
    prose); :meth:`str.isprintable` tells that in one pass, without a list of its words.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return len(text)
    return len(" ".join(text.split()))


def text_len(el: Element) -> int:
    """The length of the text inside ``el``, whitespace folded."""
    return squashed_length(text_of(el))


def link_density(el: Element, length: int) -> float:
    """The share of ``length`` characters of ``el``'s text that sits in links, at most 1."""
    if length == 0:
        return 0.0
    links = sum(squashed_length(text_of(a)) for a in el.iter("a"))
    return min(links / length, 1.0)


def own_text(el: Element) -> str:
    """The text of ``el`` outside its block children (``<br>``-separated text), folded."""
    if not len(el):
        text = el.text
        return squash(text) if text else ""
    return squash(own_raw(el))


def own_raw(el: Element) -> str:
    """:func:`own_text` before folding: the parts joined by spaces."""
    # Empty parts are left out: they only add spaces, which the folding removes.
    text = el.text
    parts = [text] if text else []
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in BLOCK_TAGS:
            parts.append(text_of(child))
        tail = child.tail
        if tail:
            parts.append(tail)
    return " ".join(parts)


#: A text's folded length (:func:`squash`), and whether its first and
#: its last character are whitespace: enough to tell the folded length of two texts joined.
Folded = tuple[int, bool, bool]
_NOTHING: Folded = (0, False, False)


def folded(text: str | None) -> Folded:
    """The :data:`Folded` of ``text``."""
    if not text:
        return _NOTHING
    return squashed_length(text), text[0].isspace(), text[-1].isspace()


def joined(first: Folded, second: Folded) -> Folded:
    """The :data:`Folded` of two texts joined, from theirs."""
    length, lead, trail = first
    length2, lead2, trail2 = second
    if not length:
        # (All whitespace or empty: it only adds whitespace before the second.)
        return length2, lead or lead2, trail2 or (trail and not length2)
    if not length2:
        return length, lead, trail or trail2
    # Two words meet without a space (and join into one) unless whitespace stands between.
    return length + length2 + (trail or lead2), lead, trail2
