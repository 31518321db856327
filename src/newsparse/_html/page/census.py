"""One walk over a page's body that records what the body readers would otherwise each look up.

Furniture removal, the caption readers, the choice of the article's container and lead reading
each went over the body on their own and read the same ``class``, ``id`` and ``role`` values
again, testing them against the same long patterns. :class:`Census` walks the body once, before
anything is removed from it, and keeps:

* the elements each reader starts from (furniture candidates, caption-like elements, classed
  boxes holding a picture, the paragraph holders), in document order;
* each element's ``class``/``id``/``role`` string, so it is built once;
* the result of each class or id pattern on each such string, as the same names repeat all over
  a page.

Attribute values and tags never change after the page is loaded (the readers only remove
elements), so what the census records stays true while the tree is cleaned; text does change
(a removed element's tail moves to its neighbour), so no text measure is kept.
"""

from __future__ import annotations

import re

import lxml.etree

from newsparse._html.page.folded import FoldedPattern
from newsparse._html.page.index import TIME_TAGS, UNNAMED, Names, PageIndex
from newsparse._html.page.tree import Element, text_of

__all__ = ["Census"]

# The tags and attributes that make an element worth judging as furniture (see
# :mod:`~newsparse._html.body.furniture`).
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "menu", "figure", "figcaption", "header"})
FURNITURE_ATTRS = frozenset({"class", "id", "role", "hidden", "aria-hidden", "style"})
# Tags whose class may make them a caption (see :mod:`~newsparse._html.body.figures`).
CAPTION_TAGS = frozenset({"div", "span", "p", "small", "em", "td", "figcaption"})
# A cheap substring filter for a caption-like class that every fragment of the caption
# pattern passes ("caption", "legend", "keterangan", "bildtext", "image-info", "desc"...).
CAPTION_HINT = re.compile("ap|egend|eterangan|ild|nfo|esc|ubtitle|oto")
# The same fragments, for tests with ``in``: several times faster than sre's search for an
# alternation with no common first letter.
_HINTS = ("ap", "egend", "eterangan", "ild", "nfo", "esc", "ubtitle", "oto")
# Tags of a classed box that may be a picture widget.
_WIDGET_TAGS = frozenset({"div", "p"})
_HOLDER_TAGS = frozenset({"div", "td", "article", "section"})
# The tags whose elements the walk lists for the rest of the census and the page index.
_TAGGED = ("br", "img", "meta", "h1", "body", "figure")
# The attribute names (``el.keys()``) of an element with a class and no other attribute.
_CLASS_ONLY = ["class"]


class _Walked:
    """What :meth:`Census._walk` gathers besides the census's own lists, in document order.

    Attributes:
        boxes: The elements of :data:`_HOLDER_TAGS`, ``body`` included.
        tagged: By tag, the ``<br>``, ``<img>``, ``<meta>``, ``<h1>``, ``<body>`` and ``<figure>``
            elements under ``body`` (``body`` itself too when it is a ``<br>`` or an ``<img>``).
        times: The elements of :data:`~newsparse._html.page.index.TIME_TAGS` (as ``tagged``).
        noted: Each tag of ``tagged`` and of the times, to its list.
        classed: The ``<div>`` and ``<p>`` elements with a class.

    Args:
        body: The element walked, whose own entries are made here.
    """

    __slots__ = ("boxes", "classed", "noted", "tagged", "times")

    def __init__(self, body: Element) -> None:
        self.boxes: list[Element] = []
        self.tagged: dict[str, list[Element]] = {tag: [] for tag in _TAGGED}
        self.times: list[Element] = []
        # Keyed by object: lxml types a tag as any of str, bytes and QName.
        self.noted: dict[object, list[Element]] = dict.fromkeys(TIME_TAGS, self.times)
        for tag, found in self.tagged.items():
            self.noted[tag] = found
        self.classed: list[Element] = []
        if body.tag in _HOLDER_TAGS:
            self.boxes.append(body)
        elif body.tag in {"br", "img"}:
            self.noted[body.tag].append(body)


class Census:
    """What one walk over a page's body found, for the body readers to consult.

    Args:
        root: The page's root element.
        body: The page's ``<body>`` (or the root when it has none).

    Attributes:
        body: The element walked.
        furniture: The elements under ``body`` (not ``body`` itself) that carry a furniture tag
            or an attribute that can mark furniture, in document order.
        captions: The elements of :data:`CAPTION_TAGS` under ``body`` (not ``body`` itself)
            whose class passes :data:`CAPTION_HINT`, and every ``<figcaption>`` outside a
            ``<figure>``, in document order; ``None`` when the page has several ``<body>``
            elements (or none), which the caption reader then walks itself.
        widgets: The ``<div>`` and ``<p>`` elements with a ``class`` attribute that hold an
            ``<img>``, in document order (``None`` like ``captions``).
        paragraphs: The ``<p>`` elements under ``body``, in document order.
        classes: The class of each element under ``body`` (not ``body`` itself) whose class is
            its only attribute: two elements in five on a page, whose attributes the readers
            then need not look up again.
        holders: The ``<div>``, ``<td>``, ``<article>`` and ``<section>`` elements under
            ``body`` (``body`` included when it is one) that hold a ``<br>`` child.
        figures: The ``<figure>`` elements under ``root``, ``root`` included, in document order
            (``root.iter("figure")``), when ``body`` is all ``root`` holds (the walk over it met
            them all); else ``None``.
        page: The index of the whole page under ``root`` that the metadata readers start from.
    """

    __slots__ = (
        "_attrs",
        "_elements",
        "_gone",
        "_lengths",
        "_memo",
        "_root",
        "body",
        "captions",
        "classes",
        "figures",
        "furnishes",
        "furniture",
        "holders",
        "page",
        "paragraphs",
        "widgets",
    )

    def __init__(self, root: Element, body: Element) -> None:
        self.body = body
        self._root = root
        self._attrs: dict[Element, str] = {}
        self._memo: dict[object, dict[str, bool]] = {}
        self._gone: set[Element] = set()
        self._lengths: dict[Element, int] = {}
        self.furniture: list[Element] = []
        # Whether each element's own tag or names make it page furniture (see in_furniture):
        # thousands of figures under a box with a long class value would otherwise each build
        # and look the value up again.
        self.furnishes: dict[Element, bool] = {}
        self.paragraphs: list[Element] = []
        self.classes: dict[Element, str] = {}
        captions: list[Element] = []
        # The whole page's index, filled during the walk over the body when the body is all
        # the root holds (as on nearly every loaded page), else found with a walk of its own.
        whole = body.getparent() is root and len(root) == 1
        self.page = PageIndex()
        if whole:
            self.page.note(root, root=True)
            self.page.note(body)
        walked = self._walk(captions)
        # The boxes holding a <br>: found from the breaks, which is cheaper than a look for one
        # inside every box.
        broken = {br.getparent() for br in walked.tagged["br"]}
        self.holders: list[Element] = [el for el in walked.boxes if el in broken]
        self.figures: list[Element] | None = None
        if whole:
            tagged = self.page.tagged
            tagged["meta"].extend(walked.tagged["meta"])
            tagged["h1"].extend(walked.tagged["h1"])
            self.page.times.extend(walked.times)
            # The caption reader's figures, without a walk of its own over the page.
            self.figures = [el for el in (root, body) if el.tag == "figure"]
            self.figures += walked.tagged["figure"]
        else:
            self.page = PageIndex.walk(root)
        if _only_body(root, body, nested=bool(walked.tagged["body"])):
            self.captions: list[Element] | None = captions
            self.widgets: list[Element] | None = _with_image(
                walked.classed, body, walked.tagged["img"]
            )
        else:
            self.captions = self.widgets = None

    def _walk(self, captions: list[Element]) -> _Walked:  # noqa: PLR0915 - one loop, written out
        """Fill the lists of the census and ``captions``, and gather what the rest needs.

        ``body`` itself counts among the boxes, the breaks and the images, as in lxml's
        filtered walks from it (``body.iter("br")``), which these lists replace. One loop,
        written out: a call per element would cost more than the walk itself.
        """
        furniture, paragraphs, classes = self.furniture, self.paragraphs, self.classes
        hinted: dict[str, bool] = {}
        walked = _Walked(self.body)
        boxes, noted, classed = walked.boxes, walked.noted, walked.classed
        # The page index's lists but its tags, filled inline (see PageIndex.note).
        itemprops, rel_links, named = self.page.itemprops, self.page.rel_links, self.page.named
        # Every element's Python object is kept while the census lives (the whole parse): lxml
        # makes one for each visit to an element that has none alive and frees it once it is
        # unreferenced, so the readers' later walks over the body would each make them again.
        self._elements = list(self.body.iter(lxml.etree.Element))
        walk = iter(self._elements)
        next(walk)  # body itself
        for el in walk:
            tag = el.tag
            keys = el.keys()
            if keys == _CLASS_ONLY:
                # Two elements in five carry a class and nothing else: a path of their own,
                # one comparison instead of the looks below, and the value read as the only
                # one (``get`` encodes and parses the name it is given, every time).
                value = el.values()[0]
                classes[el] = value
                named[el] = (value, None, None)
                furniture.append(el)
                if tag in CAPTION_TAGS:
                    if tag in _WIDGET_TAGS:
                        classed.append(el)
                    found = hinted.get(value)
                    if found is None:
                        found = hinted[value] = _hinted(value)
                    if found or (tag == "figcaption" and _alone(el)):
                        captions.append(el)
            elif keys:
                if "itemprop" in keys:
                    itemprops.append(el)
                if "rel" in keys and tag == "a":
                    rel_links.append(el)
                # (A look in keys costs less than a get of an attribute the element lacks.)
                names = el.get("class") if "class" in keys else None
                ident = el.get("id") if "id" in keys else None
                test_id = el.get("data-testid") if "data-testid" in keys else None
                if names is not None or ident is not None:
                    # A class or an id: FURNITURE_ATTRS has both.
                    named[el] = (names, ident, test_id)
                    furniture.append(el)
                else:
                    if test_id is not None:
                        named[el] = (names, ident, test_id)
                    if tag in FURNITURE_TAGS or not FURNITURE_ATTRS.isdisjoint(keys):
                        furniture.append(el)
                if tag in CAPTION_TAGS:
                    hint = False
                    if names is not None:
                        if tag in _WIDGET_TAGS:
                            classed.append(el)
                        found = hinted.get(names)
                        if found is None:
                            found = hinted[names] = _hinted(names)
                        hint = found
                    if hint or (tag == "figcaption" and _alone(el)):
                        captions.append(el)
            elif tag in FURNITURE_TAGS:
                furniture.append(el)
                if tag == "figcaption" and _alone(el):
                    captions.append(el)
            if tag == "p":
                paragraphs.append(el)
            elif tag in _HOLDER_TAGS:
                boxes.append(el)
            elif tag in noted:
                # The elements that lxml's filtered walks would find (one look-up here costs
                # less than a walk of the tree each; a test with ``in`` less than a ``get``).
                noted[tag].append(el)
        return walked

    def dropped(self, el: Element) -> None:
        """Note that ``el`` is being removed from the tree, with everything inside it."""
        self._gone.update(el.iter())
        self.unmeasure(el)

    def unmeasure(self, el: Element) -> None:
        """Forget the text length of the paragraphs around ``el``, which is being removed.

        Removing an element changes the text of its ancestors only (its tail moves to its
        previous sibling or its parent, both inside its parent).
        """
        lengths = self._lengths
        if lengths:
            for para in el.iterancestors("p"):
                lengths.pop(para, None)

    def paragraph_length(self, para: Element) -> int:
        """The length of the text inside ``para``, stripped (measured once while it holds).

        Every removal of an element inside ``para`` since it was measured must have been noted
        with :meth:`dropped` or :meth:`unmeasure`.
        """
        found = self._lengths.get(para)
        if found is None:
            found = self._lengths[para] = len(text_of(para).strip())
        return found

    def present(self, el: Element) -> bool:
        """Whether ``el`` is still in the tree: not inside an element :meth:`dropped` noted."""
        return el not in self._gone

    def attrs(self, el: Element) -> str:
        """The ``class``, ``id`` and ``role`` of ``el`` in one string (built once per element)."""
        found = self._attrs.get(el)
        if found is None:
            names = self.classes.get(el)
            if names is not None:
                found = f"{names}  "
            elif (known := self.page.named.get(el)) is not None:
                # Its class and id as the walk read them: only the role is looked up.
                found = f"{known[0] or ''} {known[1] or ''} {el.get('role') or ''}"
            else:
                found = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
            self._attrs[el] = found
        return found

    def names(self, el: Element) -> Names:
        """The class, id and test id of ``el``, as the walk read them (``None`` for each it lacks).

        ``el`` is an element of the page under ``root`` (``root`` included): every one but
        ``root`` is in the page index's :attr:`~newsparse._html.page.index.PageIndex.named` when
        it has one of them, and a look-up there costs a fraction of lxml's ``get``.
        """
        found = self.page.named.get(el)
        if found is not None:
            return found
        if el is self._root:
            return (el.get("class"), el.get("id"), el.get("data-testid"))
        return UNNAMED

    def class_of(self, el: Element) -> str:
        """The ``class`` of ``el``, ``""`` without one (see :meth:`names`)."""
        found = self.page.named.get(el)
        if found is not None:
            return found[0] or ""
        return (el.get("class") or "") if el is self._root else ""

    def matches(self, pattern: re.Pattern[str] | FoldedPattern, text: str) -> bool:
        """Whether ``pattern`` is found in ``text`` (a class or id string), remembered per page."""
        memo = self._memo.get(pattern)
        if memo is None:
            memo = self._memo[pattern] = {}
        found = memo.get(text)
        if found is None:
            found = memo[text] = (
                pattern.found(text)
                if isinstance(pattern, FoldedPattern)
                else pattern.search(text) is not None
            )
        return found


def _hinted(names: str) -> bool:
    """Whether ``names`` holds one of :data:`_HINTS`.

    The tests are written out: a generator over the tuple costs more than they do.
    """
    return (
        "ap" in names
        or "egend" in names
        or "eterangan" in names
        or "ild" in names
        or "nfo" in names
        or "esc" in names
        or "ubtitle" in names
        or "oto" in names
    )


def _only_body(root: Element, body: Element, *, nested: bool) -> bool:
    """Whether ``body`` is the one ``<body>`` element of the page.

    ``nested`` says whether the walk met one inside ``body``; the rest of the page is searched
    here (on a loaded page ``body`` is nearly always the root's only child).
    """
    if nested or body.tag != "body" or root.tag == "body":
        return False
    if body.getparent() is not root:
        return list(root.iter("body")) == [body]
    return all(next(child.iter("body"), None) is None for child in root if child is not body)


def _alone(figcaption: Element) -> bool:
    """Whether ``figcaption`` stands outside any ``<figure>``."""
    return next(figcaption.iterancestors("figure"), None) is None


def _with_image(classed: list[Element], body: Element, images: list[Element]) -> list[Element]:
    """The elements of ``classed`` that hold one of ``images`` (``body`` and above never count).

    ``images`` are the ``<img>`` elements of ``body``, in document order.
    """
    holding: set[Element] = set()
    for img in images:
        node = img.getparent()
        while node is not None and node is not body and node not in holding:
            holding.add(node)
            node = node.getparent()
    return [el for el in classed if el in holding]
