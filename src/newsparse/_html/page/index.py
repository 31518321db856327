"""The elements of a whole page that the metadata readers start from, found in one walk.

The metadata readers each looked for their own few elements with a walk over the whole tree:
the ``<meta>`` tags, the ``<h1>`` headings, the ``<time>`` elements, the microdata properties,
the links with a ``rel``, and the elements with a class, id or test id (byline candidates). Each
walk cost about a tenth of lxml's parse of the page. :class:`PageIndex` holds them all, in
document order; :class:`~newsparse._html.page.census.Census` fills it during the walk over the
body it makes anyway (see :meth:`PageIndex.note`), and :meth:`PageIndex.walk` builds it with a
walk of its own where that cannot be done.

The metadata readers never change the tree, so the index stays true while they read.
"""

from __future__ import annotations

from typing import TypeAlias

import lxml.etree

from newsparse._html.page.tree import Element, Verdicts

__all__ = ["TIME_TAGS", "UNNAMED", "Names", "PageIndex"]

#: Elements holding a machine-readable ``datetime``: ``<time>`` and the custom elements that
#: render one as "3 days ago" in the browser.
TIME_TAGS = ("time", "relative-time", "local-time", "time-ago")
#: The class, id and test id of an element that has none of them.
UNNAMED = (None, None, None)
#: An element's class, id and test id (``data-testid``).
Names: TypeAlias = tuple[str | None, str | None, str | None]


class PageIndex:
    """The elements of a page the metadata readers start from, in document order.

    Attributes:
        tagged: The ``<meta>`` and the ``<h1>`` elements of the page, the root included, by
            tag (``root.iter(tag)``); each of :data:`TIME_TAGS` gives :attr:`times`.
        times: The elements of :data:`TIME_TAGS`, the root included (``root.iter(*TIME_TAGS)``).
        itemprops: The elements under the root with an ``itemprop`` attribute
            (``root.iterfind(".//*[@itemprop]")``).
        rel_links: The ``<a>`` elements under the root with a ``rel`` attribute
            (``root.iterfind(".//a[@rel]")``).
        named: The elements under the root with a class, id or test id, each to them, in
            document order (``root.xpath(".//*[@class or @id or @data-testid]")``): a mapping,
            so that a reader looks an element's names up without a walk of its own.
        verdicts: The readers' answers about the page's elements and their ancestors (in a
            comment thread, a sidebar, a list of other stories), each found once for the page.
    """

    __slots__ = ("itemprops", "named", "rel_links", "tagged", "times", "verdicts")

    def __init__(self) -> None:
        self.times: list[Element] = []
        # Keyed by object: lxml types a tag as any of str, bytes and QName.
        self.tagged: dict[object, list[Element]] = {
            "meta": [],
            "h1": [],
            **dict.fromkeys(TIME_TAGS, self.times),
        }
        self.itemprops: list[Element] = []
        self.rel_links: list[Element] = []
        self.named: dict[Element, Names] = {}
        self.verdicts = Verdicts()

    @classmethod
    def walk(cls, root: Element) -> PageIndex:
        """The index of the page under ``root``, found with a walk of its own."""
        index = cls()
        walk = root.iter(lxml.etree.Element)
        index.note(next(walk), root=True)
        for el in walk:
            index.note(el)
        return index

    def note(self, el: Element, *, root: bool = False) -> None:
        """Add ``el``, the next element of the page in document order (``root``: the root).

        :class:`~newsparse._html.page.census.Census` does the same inline in its walk (the
        tagged elements aside, which lxml finds faster), where a call per element would cost
        more than the walk itself; the two are tested alike.
        """
        found = self.tagged.get(el.tag)
        if found is not None:
            found.append(el)
        if root:
            return
        keys = el.keys()
        if keys:
            if "itemprop" in keys:
                self.itemprops.append(el)
            if "rel" in keys and el.tag == "a":
                self.rel_links.append(el)
            names = (
                el.get("class") if "class" in keys else None,
                el.get("id") if "id" in keys else None,
                el.get("data-testid") if "data-testid" in keys else None,
            )
            if names != UNNAMED:
                self.named[el] = names
