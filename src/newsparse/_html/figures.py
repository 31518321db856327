"""Picture captions: ``<figure>``/``<figcaption>``, captioned image containers, and their credits.

A caption's credit comes from a separate credit element when the markup has one (by class name:
``credit``, ``copyright``, ``source``...), else it is split off the caption text by the shared
:func:`~newsparse._normalize.captions.split_credit`. Pictures in page furniture (related-article
teasers, sidebars, navigation) are skipped.
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.etree

from newsparse._html import selectors as sel
from newsparse._html.tree import Element, text_of
from newsparse._normalize.boilerplate import is_boilerplate
from newsparse._normalize.captions import (
    clean_credit,
    is_name_list,
    looks_like_credit,
    split_credit,
)
from newsparse._normalize.dates import find_date
from newsparse._normalize.names import is_person_name, parse_byline
from newsparse._normalize.whitespace import clean_line
from newsparse._urls import join_url, split_url
from newsparse.model import Caption

__all__ = ["Captions", "read_captions"]

_IMAGE_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-srcset", "src", "srcset")
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
# Elements whose class may be caption-like: a cheap substring filter that every fragment of
# CAPTION_ATTR passes ("caption", "legend", "keterangan", "bildtext", "image-info", "desc"...);
# the regular expression then decides.
_CAPTION_HINT = re.compile("ap|egend|eterangan|ild|nfo|esc|ubtitle|oto")
_CAPTION_TAGS = ("div", "span", "p", "small", "em", "td", "figcaption")
_IMAGE_WIDGETS = lxml.etree.XPath("//body//div[@class][.//img] | //body//p[@class][.//img]")
_MAX_CAPTION = 1000
_MIN_UNSPACED = 12
# How far up from a caption-classed element its picture may sit.
_NEAR_IMAGE_LEVELS = 3


def _image_url(container: Element, base: str | None) -> str | None:
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


def _in_furniture(el: Element, protected: set[Element] | frozenset[Element]) -> bool:
    node = el.getparent()
    while node is not None and node not in protected:
        attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag in _FURNITURE_TAGS and not (
            node.tag == "aside" and sel.IMAGE_ATTR.search(attrs)
        ):
            return True
        if sel.BOILERPLATE_ATTR.search(attrs) or sel.FIGURE_FURNITURE_ATTR.search(attrs):
            return True
        node = node.getparent()
    return False


def _is_credit(el: Element, *, in_caption: bool = False) -> bool:
    """Whether ``el`` is marked as a photo credit.

    Args:
        el: The element.
        in_caption: ``el`` sits inside a caption or a figure, where an "author" class, a
            ``<cite>`` or a ``<footer>`` names the picture's source.
    """
    attrs = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
    # Short data-attribute values name a part too: data-flag="main-image-source".
    attrs += " ".join(v for k, v in el.attrib.items() if k.startswith("data-") and len(v) < 40)
    if sel.CREDIT_ATTR.search(attrs):
        return True
    return in_caption and (el.tag in sel.CREDIT_TAGS or bool(sel.CAPTION_CREDIT_ATTR.search(attrs)))


# Inline formatting: a name set in bold or italics inside a caption is part of its text.
_INLINE_FORMATTING = frozenset({"b", "i", "em", "strong", "a", "u", "mark", "q"})


def _trailing_credit(el: Element) -> Element | None:
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


def _caption_parts(el: Element) -> tuple[str, str | None]:
    """Return the caption text of ``el`` and the text of a credit element inside it."""
    credits: list[str] = []
    parts: list[str] = []
    trailing = _trailing_credit(el)

    def walk(node: Element) -> None:
        if node is not el and (node is trailing or _is_credit(node, in_caption=True)):
            text = clean_line(text_of(node))
            if text:
                credits.append(text)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    text = clean_line(" ".join(parts))
    return text, " ".join(credits) or None


def _caption(text: str, credit: str | None, image_url: str | None) -> Caption | None:
    text, inner = split_credit(sel.CAPTION_LABEL.sub("", _one_line(text)), known_caption=True)
    text = text.strip(" /|-–—")
    if len(text) < 3 or len(text) > _MAX_CAPTION:
        return None
    # A credit element of its own beats one split off the text.
    credit = clean_credit(credit) if credit else None
    credit = credit or (clean_credit(inner) if inner else None)
    return Caption(text=text, credit=credit, image_url=image_url)


def _one_line(text: str) -> str:
    return " ".join(clean_line(text).split())


class Captions:
    """The captions of a page and the elements they were read from.

    Attributes:
        captions: One caption per captioned picture, in page order, without duplicates.
        elements: The caption and credit elements read, to be kept out of the body text.
    """

    __slots__ = ("captions", "elements")

    def __init__(self, captions: tuple[Caption, ...], elements: tuple[Element, ...]) -> None:
        self.captions = captions
        self.elements = elements


def _figure_credit(el: Element) -> bool:
    """Whether ``el``, in a figure but outside its caption, is the picture's credit.

    Either marked as one, or a short text of its own opening with a credit label ("Foto: ...",
    "© ...").
    """
    if _is_credit(el, in_caption=True):
        return True
    if next((c for c in el if isinstance(c.tag, str)), None) is not None:
        return False
    text = clean_line(text_of(el))
    return 3 < len(text) < 120 and sel.CREDIT_LABEL.match(text) is not None


def _near_image(el: Element) -> Element | None:
    """The nearest of ``el``'s closest ancestors that holds or names a picture."""
    node = el.getparent()
    for _ in range(_NEAR_IMAGE_LEVELS):
        if node is None:
            return None
        if next(node.iter("img", "picture", "amp-img"), None) is not None:
            return node
        if sel.IMAGE_ATTR.search(node.get("class") or ""):
            return node
        node = node.getparent()
    return None


class _Reader:
    """The state of one page's caption reading: what was found, and what was already used."""

    def __init__(self, url: str | None, protected: set[Element] | frozenset[Element]) -> None:
        self.url = url
        self.protected = protected
        self.found: list[Caption] = []
        self.seen: set[str] = set()
        self.used: set[Element] = set()
        self.elements: list[Element] = []
        self.memo: dict[tuple[str, str], bool] = {}

    def add(self, caption: Caption | None, element: Element) -> None:
        """Keep ``caption`` unless its text was seen; remember ``element`` either way."""
        self.elements.append(element)
        if caption is not None and caption.text.casefold() not in self.seen:
            self.seen.add(caption.text.casefold())
            self.found.append(caption)

    def figure(self, figure: Element) -> None:
        """A ``<figure>``: its ``<figcaption>`` (or caption-classed element) and credit."""
        captions = list(figure.iter("figcaption"))
        if not captions:
            captions = [
                el
                for el in figure.iter()
                if el is not figure and sel.CAPTION_ATTR.search(el.get("class") or "")
            ][:1]
        inside = {node for cap in captions for node in cap.iter()}
        credit_outside = [
            el
            for el in figure.iter()
            if el is not figure and el not in inside and _figure_credit(el)
        ]
        credit = _one_line(text_of(credit_outside[0])) if credit_outside else None
        image_url = _image_url(figure, self.url)
        self.used.update(figure.iter())
        for cap in captions:
            text, inner_credit = _caption_parts(cap)
            if _plausible(text):
                self.add(_caption(text, inner_credit or credit, image_url), cap)
            else:
                self.elements.append(cap)
        self.elements.extend(credit_outside)

    def classed(self, el: Element) -> None:
        """An element with a caption-like class next to a picture."""
        container = _near_image(el)
        if container is None or _in_furniture(el, self.protected):
            return
        self.used.update(el.iter())
        text, credit = _caption_parts(el)
        # One word is a label, not a caption; scripts written without spaces count by length.
        if (len(text.split()) < 2 and len(text) < _MIN_UNSPACED) or not _plausible(text):
            return
        if credit is None:
            sibling = next(
                (c for c in container.iter() if c not in self.used and _is_credit(c)), None
            )
            if sibling is not None:
                credit = _one_line(text_of(sibling))
                self.used.update(sibling.iter())
                self.elements.append(sibling)
        self.add(_caption(text, credit, _image_url(container, self.url)), el)


def read_captions(
    root: Element, *, url: str | None, protected: set[Element] | frozenset[Element] = frozenset()
) -> Captions:
    """Read the captions of the article's pictures, in page order.

    Args:
        root: The page tree, before furniture is removed.
        url: The page's address, to resolve image sources.
        protected: The article body's container and its ancestors: class names on these never
            make a picture count as page furniture.

    Returns:
        The captions and the elements they came from.
    """
    reader = _Reader(url, protected)
    for figure in root.iter("figure"):
        if not _in_furniture(figure, protected):
            reader.figure(figure)
    for el in _caption_candidates(root, reader.memo):
        if el in reader.used:
            continue
        if el.tag == "figcaption":
            # A <figcaption> outside any <figure>: a caption when it says more than a name.
            if not is_person_name(clean_line(text_of(el))):
                reader.classed(el)
        elif _matches(sel.CAPTION_ATTR, el.get("class") or "", reader.memo):
            reader.classed(el)
    for container in _IMAGE_WIDGETS(root):
        if not isinstance(container, Element) or container in reader.used:
            continue
        if not _matches(sel.IMAGE_ATTR, container.get("class") or "", reader.memo):
            continue
        caption = _widget_caption(container, url, protected)
        if caption is not None:
            reader.used.update(container.iter())
            reader.add(caption, container)
    return Captions(tuple(reader.found), tuple(reader.elements))


def _caption_candidates(root: Element, memo: dict[tuple[str, str], bool]) -> list[Element]:
    """Elements in ``<body>`` that may hold a caption, in document order.

    Those of a few tags whose class passes the cheap substring filter, and every
    ``<figcaption>`` outside a ``<figure>``. (A walk in Python with the class test remembered
    per page is several times faster here than the equivalent XPath.)
    """
    out: list[Element] = []
    seen: set[Element] = set()  # a <body> inside another one would give its elements twice
    for body in root.iter("body"):
        for el in body.iter(*_CAPTION_TAGS):
            if el is body or el in seen:
                continue
            seen.add(el)
            classes = el.get("class")
            if (classes is not None and _matches(_CAPTION_HINT, classes, memo)) or (
                el.tag == "figcaption" and next(el.iterancestors("figure"), None) is None
            ):
                out.append(el)
    return out


def _matches(pattern: re.Pattern[str], value: str, memo: dict[tuple[str, str], bool]) -> bool:
    """``pattern.search(value)``, remembered for this page: class names repeat a lot."""
    key = (pattern.pattern, value)
    found = memo.get(key)
    if found is None:
        found = memo[key] = pattern.search(value) is not None
    return found


def _plausible(text: str) -> bool:
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


def _widget_caption(
    container: Element, url: str | None, protected: set[Element] | frozenset[Element]
) -> Caption | None:
    """The caption of an image widget with no caption markup: its only short text.

    ``<div class="image-widget"><img><p>Text <span>Credit</span></p></div>`` gives a caption
    when the widget holds one picture, a short text that is not mostly a link, and no heading.
    """
    if (
        sum(1 for _ in container.iter("img", "amp-img")) != 1
        or next(container.iter("h1", "h2", "h3", "figure", "figcaption"), None) is not None
    ):
        return None
    if sel.NOT_IMAGE_WIDGET_ATTR.search(container.get("class") or ""):
        return None
    text, credit = _caption_parts(container)
    if not 10 <= len(text) <= 400 or _in_furniture(container, protected):
        return None
    links = sum(len(one) for a in container.iter("a") if (one := _one_line(text_of(a))))
    if links > len(text) / 2 or not _plausible(text):
        return None
    return _caption(text, credit, _image_url(container, url))
