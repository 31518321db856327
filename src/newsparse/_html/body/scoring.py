"""Main-content scoring: which containers of a page hold the article body.

Every text holder (``<p>``, ``<pre>``, ``<blockquote>``, ``<td>``, and any element with enough
text of its own, which covers ``<div>``-soup and ``<br>``-separated layouts) scores its ancestors
by its length and commas, readability-style; scores are damped by link density and shaped by
class names; text in links or forms counts for little. The best container is widened to its
parent or to the ancestor holding most of the prose, or to the section it belongs to when the
body is split into sibling sections of one template, and read with the siblings that score close
to it (or are sections of that template) and the lead above it.
"""

from __future__ import annotations

import re

from newsparse._html.body.lead import leads_before
from newsparse._html.page import selectors as sel
from newsparse._html.page.census import Census
from newsparse._html.page.measure import (
    MAX_PROSE_LINKS,
    MIN_PROSE,
    TEXT_BLOCK_TAGS,
    TEXT_BOX_TAGS,
    link_density,
    own_text,
    squash,
    text_len,
)
from newsparse._html.page.tree import Element, text_of
from newsparse._normalize.whitespace import clean_line

__all__ = ["pick_containers"]

# Both kinds of holder, for a walk that lxml filters by tag (in document order, as a walk over
# every element).
_HOLDERS = tuple(sorted(TEXT_BLOCK_TAGS | TEXT_BOX_TAGS))
_MIN_TEXT = 25
# What a holder's points are divided by for its container and each of the four above it.
_DIVIDERS = (1, 2, 6, 9, 12)
# How far above the best container the ancestor holding most of the page's prose is looked for.
_PROSE_LEVELS = 8


def _class_weight(el: Element, by_names: dict[str, float], census: Census) -> float:
    """A factor for an element's score from its tag, class, id and ``itemprop``.

    ``by_names`` keeps the part the class and id names give, for the page, since the same
    names repeat across it.
    """
    attrs = census.attrs(el)
    weight = by_names.get(attrs)
    if weight is None:
        weight = by_names[attrs] = (
            1.0
            + (0.5 if sel.POSITIVE_ATTR.found(attrs) else 0.0)
            # (Through the census: furniture removal has tested most of these strings.)
            - (0.5 if census.matches(sel.NEGATIVE_ATTR, attrs) else 0.0)
        )
    if el.get("itemprop") == "articleBody":
        weight += 1.0
    tag = el.tag
    if tag in {"article", "main"}:
        weight += 0.2
    elif tag in {"ul", "ol", "dl", "form", "li", "h1", "h2", "h3", "h4", "h5", "h6"}:
        weight -= 0.3
    return max(weight, 0.1)


def _score(body: Element, census: Census) -> tuple[dict[Element, float], dict[Element, int]]:
    """Score the candidate containers, and measure the prose each element holds.

    Returns:
        The readability-style score of every scored container, and for every element the
        length of the prose paragraphs (long, few links) inside it.
    """
    scores: dict[Element, float] = {}
    prose: dict[Element, int] = {}
    # Text and link characters seen under each scored container, for its link density.
    chars: dict[Element, list[int]] = {}
    # Text inside a link (a teaser card wrapped in <a>) is all link, whatever its markup.
    linked = {inner for link in body.iter("a") for inner in link.iter()}
    # Text in a form (sign-up choices, a contact form) is rarely the article's.
    in_form = {inner for form in body.iter("form") for inner in form.iter()}
    for el in body.iter(*_HOLDERS):
        tag = el.tag
        if not len(el):
            # No children: the text is the element's own (a short one cannot score).
            raw = el.text
            if raw is None or len(raw) < _MIN_TEXT:
                continue
            text = squash(raw)
            start = el.getparent() if tag in TEXT_BLOCK_TAGS else el
        elif tag in TEXT_BLOCK_TAGS:
            text = squash(text_of(el))
            start = el.getparent()
        else:
            text = own_text(el)
            start = el
        if len(text) < _MIN_TEXT or start is None:
            continue
        # (Five counts, each at memchr speed, cost less than a findall's list of matches.)
        commas = (
            text.count(",")
            + text.count("،")
            + text.count("、")
            + text.count("，")
            + text.count(";")
        )
        points = float(1 + commas + min(len(text) // 100, 3))
        if tag == "li":
            points /= 2
        if el in in_form:
            points /= 4
        size = len(text)
        density = 1.0 if el in linked else link_density(el, size)
        if size >= MIN_PROSE and density < MAX_PROSE_LINKS:
            node: Element | None = el
            while node is not None:
                prose[node] = prose.get(node, 0) + size
                node = node.getparent()
        linked_size = round(size * density)
        node = start
        for divider in _DIVIDERS:
            if node is None:
                break
            scores[node] = scores.get(node, 0.0) + points / divider
            seen = chars.get(node)
            if seen is None:
                chars[node] = [size, linked_size]
            else:
                seen[0] += size
                seen[1] += linked_size
            node = node.getparent()
    by_names: dict[str, float] = {}
    for el, (length, links) in chars.items():
        scores[el] *= _class_weight(el, by_names, census) * (
            1 - (links / length if length else 0.0)
        )
    return scores, prose


def pick_containers(body: Element, *, census: Census | None = None) -> list[Element]:
    """The containers of the article body, leads first, in document order.

    Args:
        body: The page's ``<body>`` (or root) after furniture removal.
        census: The walk over the page's body, which keeps each element's class and id string
            (made here when not given).

    Returns:
        The elements to read out; ``[body]`` when nothing holds enough text to score.
    """
    if census is None:
        census = Census(body, body)
    scores, prose = _score(body, census)
    if not scores:
        return [body]
    top = max(scores, key=scores.__getitem__)
    best = scores[top]
    # Climb while the parent is scored nearly as high: the body is split across children.
    parent = top.getparent()
    while parent is not None and parent.tag not in {"body", "html"}:
        parent_score = scores.get(parent, 0.0)
        if parent_score < best * 0.6:
            break
        siblings_scored = sum(1 for c in parent if scores.get(c, 0.0) >= best * 0.3)
        if siblings_scored < 2 and parent_score < best:
            break
        top, best = parent, max(best, parent_score)
        parent = top.getparent()
    # Climb further while most of the page's prose lies outside: a body split across sections.
    total = prose.get(body, 0)
    if prose.get(top, 0) < 0.7 * total:
        node = top.getparent()
        for _ in range(_PROSE_LEVELS):
            if node is None or node.tag in {"body", "html"}:
                break
            if prose.get(node, 0) >= 0.7 * total:
                top, best = node, max(best, scores.get(node, 0.0))
                break
            node = node.getparent()
    inner = _kind(top)
    top = _section_of(top, prose)
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(10.0, best * 0.2)
    chosen: list[Element] = []
    family = _family(top)
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top or (
            family and _family(sibling) == family and _holds_kind(sibling, inner, prose)
        ):
            chosen.append(sibling)
            continue
        bonus = best * 0.2 if (sibling.get("class") or "") == (top.get("class") or "") else 0.0
        if scores.get(sibling, 0.0) + bonus >= threshold:
            chosen.append(sibling)
        elif sibling.tag == "p":
            length = text_len(sibling)
            density = link_density(sibling, length)
            if (length > 80 and density < 0.25) or (
                0 < length <= 80 and density == 0 and clean_line(text_of(sibling))[-1:] in ".!?"
            ):
                chosen.append(sibling)
    return leads_before(top, chosen, census) + chosen


_DIGITS = re.compile(r"\d+")
# How far above the best container a split body's sections are looked for.
_SECTION_LEVELS = 6


def _kind(el: Element) -> str:
    """The template an element was made from: its tag, class and numberless id; ``""`` if bare."""
    name = f"{el.get('class') or ''}#{_DIGITS.sub('', el.get('id') or '')}".strip()
    return f"{_tag(el)}.{name}" if name != "#" else ""


def _family(el: Element) -> str:
    """A looser template: the tag, the first class and the numberless id; ``""`` if bare."""
    classes = (el.get("class") or "").split()
    name = f"{classes[0] if classes else ''}#{_DIGITS.sub('', el.get('id') or '')}"
    return f"{_tag(el)}.{name}" if name != "#" else ""


def _tag(el: Element) -> str:
    return el.tag if isinstance(el.tag, str) else ""


def _section_of(top: Element, prose: dict[Element, int]) -> Element:
    """The section of a body split into sibling sections of one template that holds ``top``.

    Page builders set an article as a row of sections (``vc_row``, ``content-section``), each
    with a paragraph or two; the best container is then one of them. The ancestor of ``top``
    (up to a few levels up) whose siblings of the same tag and class hold prose too is that
    section: the caller reads it with those siblings.

    Returns:
        That section, or ``top`` when the body is not split.
    """
    inner = _kind(top)
    if not inner:
        return top
    found = node = top
    for _ in range(_SECTION_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag == "html":
            break
        family = _family(node)
        if family and any(
            other is not node and _family(other) == family and _holds_kind(other, inner, prose)
            for other in parent
        ):
            found = node
        node = parent
    return found


def _holds_kind(section: Element, kind: str, prose: dict[Element, int]) -> bool:
    """Whether ``section`` is, or holds, an element of template ``kind`` with prose in it."""
    return any(prose.get(el, 0) and _kind(el) == kind for el in section.iter())
