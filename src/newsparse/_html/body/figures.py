"""Picture captions: ``<figure>``/``<figcaption>``, captioned image containers, and their credits.

A caption's credit comes from a separate credit element when the markup has one (by class name:
``credit``, ``copyright``, ``source``...), else it is split off the caption text by the shared
:func:`~newsparse._normalize.captions.split_credit`. Pictures in page furniture (related-article
teasers, sidebars, navigation) are skipped.
"""

from __future__ import annotations

import re
from collections import deque

from newsparse._html.body.caption_text import (
    caption_parts,
    image_url,
    in_furniture,
    is_credit,
    make_caption,
    plausible,
)
from newsparse._html.page import selectors as sel
from newsparse._html.page.census import CAPTION_HINT, CAPTION_TAGS, Census
from newsparse._html.page.folded import FoldedPattern
from newsparse._html.page.sources import one_line
from newsparse._html.page.tree import Element, text_of
from newsparse._normalize.captions import has_credit_label
from newsparse._normalize.names import MAX_NAME_CHARS, is_person_name
from newsparse._normalize.whitespace import clean_line
from newsparse.model import Caption

__all__ = ["Captions", "read_captions"]

# Elements whose class may be caption-like pass census.CAPTION_HINT, a cheap substring filter;
# the regular expression then decides.
_CAPTION_TAGS = tuple(sorted(CAPTION_TAGS))
_MIN_UNSPACED = 12
# A <figure> inside more <figure>s than this is not read on its own: the figures around it read
# its captions already, and reading each of hundreds of nested figures in full (its captions
# searched for a date) cost the square of the page (real pages nest at most one figure in another).
_MAX_FIGURES_AROUND = 4
# How much of a caption's start is cleaned to tell it is longer than a name (see _may_be_name).
_NAME_REACH = 1000
# How far up from a caption-classed element its picture may sit.
_NEAR_IMAGE_LEVELS = 3
# How far up from a caption the picture of its widget may sit.
_WIDGET_DEPTH = 6
_PICTURE_TAGS = frozenset({"img", "picture", "amp-img", "noscript", "source"})


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


def _figure_credit(el: Element, census: Census | None) -> bool:
    """Whether ``el``, in a figure but outside its caption, is the picture's credit.

    Either marked as one, or a short text of its own opening with a credit label ("Foto: ...",
    "© ...").
    """
    if is_credit(el, in_caption=True, census=census):
        return True
    if next((c for c in el if isinstance(c.tag, str)), None) is not None:
        return False
    text = clean_line(text_of(el))
    return 3 < len(text) < 120 and has_credit_label(text)


def _has_picture(node: Element, memo: dict[Element, bool]) -> bool:
    """Whether ``node`` holds a picture; ``memo`` keeps the answer for the page's other captions.

    Thousands of caption-like siblings would otherwise each search their shared ancestors'
    whole subtrees again (quadratic).
    """
    found = memo.get(node)
    if found is None:
        found = memo[node] = next(node.iter("img", "picture", "amp-img"), None) is not None
    return found


def _picture_holder(el: Element, memo: dict[Element, bool]) -> Element | None:
    """The closest ancestor of ``el`` holding a picture, within the reach of one widget."""
    node = el.getparent()
    for _ in range(_WIDGET_DEPTH):
        if node is None or _has_picture(node, memo):
            return node
        node = node.getparent()
    return None


def _widget_parts(
    el: Element, holder: Element | None, memo: dict[Element, bool]
) -> frozenset[Element]:
    """The link-free elements between ``el`` and the ``holder`` of its picture.

    Their class names name a part of the picture widget (a "ReadMore" expander with a button
    around a long caption), not page furniture, which links elsewhere. ``memo`` keeps whether
    each element holds a link for the page's other captions: thousands of caption-like elements
    in one link-free box would otherwise each search the box whole again (quadratic).
    """
    found = set()
    node = el.getparent()
    while holder is not None and node is not None and node is not holder:
        linked = memo.get(node)
        if linked is None:
            linked = memo[node] = next(node.iter("a"), None) is not None
        if not linked:
            found.add(node)
        node = node.getparent()
    return frozenset(found)


def _near_image(
    el: Element, memo: dict[Element, bool], named: dict[Element, bool]
) -> Element | None:
    """The nearest of ``el``'s closest ancestors that holds or names a picture.

    ``named`` keeps whether each ancestor's class names a picture: thousands of captions under
    one box whose class value is long (junk spliced into it) would otherwise each search the
    value again (the captions times its length).
    """
    node = el.getparent()
    for _ in range(_NEAR_IMAGE_LEVELS):
        if node is None:
            return None
        if _has_picture(node, memo):
            return node
        names = named.get(node)
        if names is None:
            names = named[node] = sel.IMAGE_ATTR.found(node.get("class") or "")
        if names:
            return node
        node = node.getparent()
    return None


class _Reader:
    """The state of one page's caption reading: what was found, and what was already used."""

    def __init__(
        self,
        url: str | None,
        protected: set[Element] | frozenset[Element],
        census: Census | None,
    ) -> None:
        self.url = url
        self.census = census
        self.protected = protected
        self.found: list[Caption] = []
        self.seen: set[str] = set()
        self.used: set[Element] = set()
        self.elements: list[Element] = []
        self.memo: dict[tuple[str, str], bool] = {}
        # Each container's credit elements, found once: thousands of captions in one container
        # would otherwise test every element of it once per caption (issue 11).
        self.credits: dict[Element, deque[Element]] = {}
        self.pictured: dict[Element, bool] = {}  # see _has_picture
        self.linked: dict[Element, bool] = {}  # see _widget_parts
        self.named: dict[Element, bool] = {}  # see _near_image
        self.pictures: dict[Element, str | None] = {}  # see picture_of

    def picture_of(self, container: Element) -> str | None:
        """:func:`image_url` of ``container``, found once for all the captions it holds.

        Thousands of captions in a box of pictures without a usable address would otherwise
        each read every picture of the box again (quadratic).
        """
        if container not in self.pictures:
            self.pictures[container] = image_url(container, self.url)
        return self.pictures[container]

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
            if el is not figure and el not in inside and _figure_credit(el, self.census)
        ]
        credit = one_line(text_of(credit_outside[0])) if credit_outside else None
        picture = image_url(figure, self.url)
        self.used.update(figure.iter())
        for cap in captions:
            text, inner_credit = caption_parts(cap, census=self.census)
            if plausible(text):
                self.add(make_caption(text, inner_credit or credit, picture), cap)
            else:
                self.elements.append(cap)
        self.elements.extend(credit_outside)

    def classed(self, el: Element) -> None:
        """An element with a caption-like class next to a picture."""
        container = _near_image(el, self.pictured, self.named)
        if container is None:
            return
        holder = _picture_holder(el, self.pictured)
        ignore = _widget_parts(el, holder, self.linked)
        if in_furniture(el, self.protected, ignore=ignore, census=self.census):
            return
        self.used.update(el.iter())
        text, credit = caption_parts(el, census=self.census)
        # One word is a label, not a caption; scripts written without spaces count by length.
        if (len(text.split()) < 2 and len(text) < _MIN_UNSPACED) or not plausible(text):
            return
        if credit is None:
            credits = self.credits.get(container)
            if credits is None:
                credits = self.credits[container] = deque(
                    c for c in container.iter() if is_credit(c, census=self.census)
                )
            while credits and credits[0] in self.used:
                credits.popleft()  # used stays used: the first unused one only moves forward
            sibling = credits[0] if credits else None
            if sibling is not None:
                credit = one_line(text_of(sibling))
                self.used.update(sibling.iter())
                self.elements.append(sibling)
        picture = self.picture_of(container)
        if picture is None and holder is not None:
            picture = self.picture_of(holder)
        self.add(make_caption(text, credit, picture), el)


def read_captions(
    root: Element,
    *,
    url: str | None,
    protected: set[Element] | frozenset[Element] = frozenset(),
    census: Census | None = None,
) -> Captions:
    """Read the captions of the article's pictures, in page order.

    Args:
        root: The page tree, before furniture is removed.
        url: The page's address, to resolve image sources.
        protected: The article body's container and its ancestors: class names on these never
            make a picture count as page furniture.
        census: The walk over the page's body, which lists the figures, the caption-like
            elements and the classed boxes holding a picture (the page is walked here when
            not given).

    Returns:
        The captions and the elements they came from.
    """
    reader = _Reader(url, protected, census)
    figures = census.figures if census is not None else None
    for figure in root.iter("figure") if figures is None else figures:
        if sum(1 for _ in figure.iterancestors("figure")) > _MAX_FIGURES_AROUND:
            continue  # (read with the figures around it)
        if not in_furniture(figure, protected, census=census):
            reader.figure(figure)
    candidates = census.captions if census is not None else None
    if candidates is None:
        candidates = _caption_candidates(root, reader.memo)
    # The caption pattern's answer for each class of the page (class names repeat a lot).
    captioned: dict[str, bool] = {}
    used = reader.used
    for el in candidates:
        if el in used:
            continue
        if el.tag == "figcaption":
            # A <figcaption> outside any <figure>: a caption when it says more than a name.
            if not _may_be_name(text_of(el)):
                reader.classed(el)
            continue
        names = census.class_of(el) if census is not None else el.get("class") or ""
        found = captioned.get(names)
        if found is None:
            found = captioned[names] = sel.CAPTION_ATTR.found(names)
        if found:
            reader.classed(el)
    widgets = census.widgets if census is not None else None
    for container in _image_widgets(root) if widgets is None else widgets:
        if container in reader.used:
            continue
        classes = census.class_of(container) if census is not None else container.get("class")
        if not _matches(sel.IMAGE_ATTR, classes or "", reader.memo):
            continue
        caption = _widget_caption(container, url, protected, census)
        if caption is not None:
            reader.used.update(container.iter())
            reader.add(caption, container)
    return Captions(tuple(reader.found), tuple(reader.elements))


def _may_be_name(text: str) -> bool:
    """``is_person_name(clean_line(text))``, with a long text told by its start alone.

    Cleaning a text's start never gives more than cleaning all of it: a start longer than a
    name once cleaned is no name's, and the text is not cleaned whole (hundreds of nested
    ``<figcaption>`` elements each held the whole page, cleaned twice over for each).
    """
    if len(text) > _NAME_REACH and len(clean_line(text[:_NAME_REACH])) > MAX_NAME_CHARS:
        return False
    return is_person_name(clean_line(text))


def _image_widgets(root: Element) -> list[Element]:
    """The classed ``<div>`` and ``<p>`` elements in a ``<body>`` that hold an ``<img>``, in order.

    Used for a page with several ``<body>`` elements, for which the census keeps no list.

    A walk in Python rather than the XPath ``//body//div[@class][.//img]``: libxml2 merges the
    matches found under each ``<body>`` with a duplicate check against all found so far, which
    is quadratic on a page of thousands of ``<body>`` tags (8,000 took 4 s).
    """
    holding: set[Element] = set()  # the ancestors of every picture, each met once
    for img in root.iter("img"):
        node = img.getparent()
        while node is not None and node not in holding:
            holding.add(node)
            node = node.getparent()
    out: list[Element] = []
    seen: set[Element] = set()  # a <body> inside another one would give its elements twice
    for body in root.iter("body"):
        for el in body.iterdescendants("div", "p"):
            if el in holding and el not in seen and el.get("class") is not None:
                seen.add(el)
                out.append(el)
    return out


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
            if (classes is not None and _matches(CAPTION_HINT, classes, memo)) or (
                el.tag == "figcaption" and next(el.iterancestors("figure"), None) is None
            ):
                out.append(el)
    return out


def _matches(
    pattern: re.Pattern[str] | FoldedPattern, value: str, memo: dict[tuple[str, str], bool]
) -> bool:
    """``pattern.search(value)``, remembered for this page: class names repeat a lot."""
    key = (pattern.pattern, value)
    found = memo.get(key)
    if found is None:
        found = memo[key] = (
            pattern.found(value)
            if isinstance(pattern, FoldedPattern)
            else pattern.search(value) is not None
        )
    return found


def _widget_caption(
    container: Element,
    url: str | None,
    protected: set[Element] | frozenset[Element],
    census: Census | None,
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
    classes = container.get("class") or ""
    if sel.NOT_IMAGE_WIDGET_ATTR.found(classes):
        return None
    # A teaser links to another story; a "teaser" picture with no link is the article's lead.
    if sel.TEASER_WIDGET_ATTR.found(classes) and next(container.iter("a"), None) is not None:
        return None
    # The text is read from its own element when it has one, so that a credit closing it there
    # is found: <div><picture/><p>Text <span>Credit</span></p></div>.
    texts = [
        child
        for child in container
        if isinstance(child.tag, str)
        and child.tag not in _PICTURE_TAGS
        and clean_line(text_of(child))
    ]
    alone = len(texts) == 1 and not (container.text or "").strip()
    text, credit = caption_parts(texts[0] if alone else container, census=census)
    if not 10 <= len(text) <= 400 or in_furniture(container, protected, census=census):
        return None
    links = sum(len(one) for a in container.iter("a") if (one := one_line(text_of(a))))
    if links > len(text) / 2 or not plausible(text):
        return None
    return make_caption(text, credit, image_url(container, url))
