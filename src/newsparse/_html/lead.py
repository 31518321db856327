"""The article's lead: a standfirst or teaser set apart from the body, above the chosen container."""

from __future__ import annotations

from newsparse._html import selectors as sel
from newsparse._html.measure import attr_text, link_density, text_len
from newsparse._html.tree import Element

__all__ = ["is_boxed", "leads_before"]

_MIN_LEAD = 60
# How many levels above the body a lead outside any <article> is looked for.
_LEAD_LEVELS = 4


def leads_before(top: Element, chosen: list[Element]) -> list[Element]:
    """Prose paragraphs of the article that come before the chosen container.

    The lead (standfirst, teaser) often sits in the article's header or in a block of its own
    above the body, out of reach of the sibling rule; the ``<article>`` or ``<main>`` holding
    the chosen container (up to five levels up) gives its paragraphs that precede it. Without
    such an element, only an element with a lead's class (``field-perex``, ``intro-text``) in a
    block a few levels above the body counts.

    Args:
        top: The best-scored container.
        chosen: The containers to read, in document order (``top`` and its siblings).

    Returns:
        The lead elements in document order; empty when there is no such holder, or when the
        first chosen container is not inside it.
    """
    if not chosen:
        return []
    holder = next((a for a in list(top.iterancestors())[:5] if a.tag in {"article", "main"}), None)
    classed_only = holder is None
    if holder is None:
        # No article element: the nearest block above the body holding a classed lead.
        holder = next((a for a in _blocks_above(chosen[0]) if _has_lead_before(a, chosen[0])), None)
    if holder is None:
        return []
    inside = set(chosen[0].iterancestors())
    leads: list[Element] = []
    for el in holder.iter():
        if el is chosen[0]:
            return leads
        if el in inside or any(a in leads for a in el.iterancestors()):
            continue
        classed = bool(sel.LEAD_ATTR.search(el.get("class") or ""))
        if not classed and (classed_only or el.tag != "p"):
            continue
        length = text_len(el)
        if length >= _MIN_LEAD and link_density(el, length) < 0.3 and not is_boxed(el, holder):
            leads.append(el)
    return []


def _blocks_above(el: Element) -> list[Element]:
    """The ancestors of ``el`` a lead may share with it: a few levels, below ``<body>``."""
    out: list[Element] = []
    for ancestor in el.iterancestors():
        if ancestor.tag in {"body", "html"} or len(out) == _LEAD_LEVELS:
            break
        out.append(ancestor)
    return out


def _has_lead_before(holder: Element, first: Element) -> bool:
    """Whether ``holder`` holds an element with a lead's class before ``first``."""
    for el in holder.iter():
        if el is first:
            return False
        if isinstance(el.tag, str) and sel.LEAD_ATTR.search(el.get("class") or ""):
            return True
    return False


def is_boxed(el: Element, holder: Element) -> bool:
    """Whether ``el`` sits in a box that is hidden or furniture (a paywall's sign-up pitch).

    Args:
        el: The element to test.
        holder: The ancestor where the walk up stops (not itself tested).
    """
    node: Element | None = el
    while node is not None and node is not holder:
        attrs = attr_text(node)
        if sel.HIDDEN_CLASS.search(attrs) or sel.NEGATIVE_ATTR.search(attrs):
            return True
        node = node.getparent()
    return False
