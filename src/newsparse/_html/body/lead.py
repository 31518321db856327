"""The article's lead: a standfirst or teaser set apart from the body, above the chosen container."""

from __future__ import annotations

from newsparse._html.page import selectors as sel
from newsparse._html.page.census import Census
from newsparse._html.page.measure import link_density, text_len
from newsparse._html.page.tree import Element

__all__ = ["is_boxed", "leads_before"]

_MIN_LEAD = 60
# A heading this long is a standfirst set as a subheading, not the title of a section.
_MIN_HEADING_LEAD = 80
_LEAD_TAGS = frozenset({"p", "h2", "h3", "h4"})
# How many levels above a paragraph the article's head is looked for.
_HEAD_LEVELS = 3
# How many levels above the body a lead outside any <article> is looked for.
_LEAD_LEVELS = 6


def leads_before(top: Element, chosen: list[Element], census: Census) -> list[Element]:
    """Prose paragraphs of the article that come before the chosen container.

    The lead (standfirst, teaser) often sits in the article's header or in a block of its own
    above the body, out of reach of the sibling rule; the ``<article>`` or ``<main>`` holding
    the chosen container (up to five levels up) gives its paragraphs that precede it. Without
    such an element, only an element with a lead's class (``field-perex``, ``intro-text``) in a
    block a few levels above the body counts.

    Args:
        top: The best-scored container.
        chosen: The containers to read, in document order (``top`` and its siblings).
        census: The walk over the page's body: class and id strings and pattern results.

    Returns:
        The lead elements in document order; empty when there is no such holder, or when the
        first chosen container is not inside it.
    """
    if not chosen:
        return []
    first = chosen[0]
    holder = next((a for a in list(top.iterancestors())[:5] if a.tag in {"article", "main"}), None)
    leads = _leads_in(holder, first, census, classed_only=False) if holder is not None else []
    if not leads:
        # No article element, or no lead in it: the nearest block above the body holding a
        # classed lead (a standfirst set in a "hero" above the <article>).
        holder = _nearest_lead_holder(first, census)
        leads = _leads_in(holder, first, census, classed_only=True) if holder is not None else []
    return leads


def _leads_in(
    holder: Element, first: Element, census: Census, *, classed_only: bool
) -> list[Element]:
    """The lead elements of ``holder`` before ``first``; empty if ``first`` is not inside it."""
    inside = set(first.iterancestors())
    leads: list[Element] = []
    for el in holder.iter():
        if el is first:
            return leads
        if el in inside or any(a in leads for a in el.iterancestors()):
            continue
        classed = _is_classed(el, census)
        if not classed and (classed_only or not _is_lead_tag(el, holder)):
            continue
        length = text_len(el)
        least = (
            _MIN_LEAD
            if el.tag == "p" or census.matches(sel.LEAD_ATTR, census.class_of(el))
            else _MIN_HEADING_LEAD
        )
        if length >= least and link_density(el, length) < 0.3 and not is_boxed(el, holder, census):
            leads.append(el)
    return []


def _blocks_above(el: Element) -> list[Element]:
    """The ancestors of ``el`` a lead may share with it: a few levels, up to ``<body>``.

    A standfirst set in a hero straight under ``<body>``, above the layout that holds the
    article, shares only ``<body>`` with it.
    """
    out: list[Element] = []
    for ancestor in el.iterancestors():
        if ancestor.tag == "html" or len(out) == _LEAD_LEVELS:
            break
        out.append(ancestor)
    return out


def _nearest_lead_holder(first: Element, census: Census) -> Element | None:
    """The nearest of :func:`_blocks_above` ``first`` that holds a classed lead before it.

    The highest block is walked once, up to ``first``; each classed lead found there is placed
    in the lowest of the blocks that holds it.
    """
    above = _blocks_above(first)
    if not above:
        return None
    level = {block: i for i, block in enumerate(above)}
    best = len(above)
    for el in above[-1].iter():
        if el is first:
            break
        if isinstance(el.tag, str) and _is_classed(el, census) and text_len(el) >= _MIN_LEAD:
            # Before ``first`` in document order: one of its ancestors, or inside one of them.
            node: Element | None = el
            while node is not None and node not in level:
                node = node.getparent()
            if node is not None and level[node] < best:
                best = level[node]
                if best == 0:
                    break
    return above[best] if best < len(above) else None


def _is_lead_tag(el: Element, holder: Element) -> bool:
    """Whether ``el`` may be an unclassed lead: a paragraph, or a subheading set right in ``holder``."""
    return el.tag == "p" or (el.tag in _LEAD_TAGS and el.getparent() is holder)


def _is_classed(el: Element, census: Census) -> bool:
    """Whether ``el`` is marked as a lead: by its class, or as prose in the article's head.

    A paragraph or subheading just inside a ``<header>``, ``<hgroup>`` or an element of a head's
    class (``article-header``, ``hero``) is the standfirst set under the headline.
    """
    if census.matches(sel.LEAD_ATTR, census.class_of(el)):
        return True
    if el.tag not in _LEAD_TAGS:
        return False
    for level, ancestor in enumerate(el.iterancestors()):
        if level == _HEAD_LEVELS:
            break
        if ancestor.tag in {"header", "hgroup"} or census.matches(
            sel.ARTICLE_HEAD_ATTR, census.class_of(ancestor)
        ):
            return True
    return False


def is_boxed(el: Element, holder: Element, census: Census) -> bool:
    """Whether ``el`` sits in a box that is hidden or furniture (a paywall's sign-up pitch).

    Args:
        el: The element to test.
        holder: The ancestor where the walk up stops (not itself tested).
        census: The walk over the page's body: class and id strings and pattern results.
    """
    node: Element | None = el
    while node is not None and node is not holder:
        attrs = census.attrs(node)
        if census.matches(sel.HIDDEN_CLASS, attrs) or census.matches(sel.NEGATIVE_ATTR, attrs):
            return True
        node = node.getparent()
    return False
