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

import lxml.etree

from newsparse._html.body.lead import leads_before
from newsparse._html.page import selectors as sel
from newsparse._html.page.census import Census
from newsparse._html.page.measure import (
    MAX_PROSE_LINKS,
    MIN_PROSE,
    TEXT_BLOCK_TAGS,
    TEXT_BOX_TAGS,
    Folded,
    folded,
    joined,
    link_density,
    own_raw,
    squashed_length,
    text_len,
)
from newsparse._html.page.selectors import BLOCK_TAGS
from newsparse._html.page.tree import Element, is_marked_body, text_of
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
# ... when the prose outside comes to at least this share of the text outside links in the best
# container: a notice in the footer is no part of a body of short paragraphs (CJK ones are
# shorter than the length that makes a block prose).
_MIN_OUTSIDE_SHARE = 0.25
# How many characters of text the scoring reads in full (see _Reader); each reading counts as
# this many more besides.
_FULL_READS = 2_000_000
_READ_COST = 64


def _within(body: Element, tag: str) -> set[Element]:
    """The elements inside a ``tag`` under ``body`` (each such ``tag`` too, and ``body`` when it is one).

    Each ``tag`` not inside another adds its elements in one lxml walk, so every element is
    added once. (The XPath ``descendant-or-self::a/descendant-or-self::*`` merged each link's
    elements into those found before, checking each against them: tens of thousands of links
    cost the square of their number, 80,000 empty ones 10 s. On the development pages the walk
    also takes less time than the XPath did.)
    """
    found: set[Element] = set()
    for el in body.iter(tag):
        if el not in found:
            found.update(el.iter(lxml.etree.Element))
    return found


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
    if is_marked_body(el):
        weight += 1.0
    tag = el.tag
    if tag in {"article", "main"}:
        weight += 0.2
    elif tag in {"ul", "ol", "dl", "form", "li", "h1", "h2", "h3", "h4", "h5", "h6"}:
        weight -= 0.3
    return max(weight, 0.1)


def _score(body: Element, census: Census) -> tuple[dict[Element, float], dict[Element, int]]:
    """Score the candidate containers, and measure the prose paragraphs.

    Returns:
        The readability-style score of every scored container, and the length of each prose
        paragraph (a text holder, long, with few links).
    """
    scores: dict[Element, float] = {}
    # The prose paragraphs' lengths (the caller sums them for their ancestors).
    prose: dict[Element, int] = {}
    # Text and link characters seen under each scored container, for its link density.
    chars: dict[Element, list[int]] = {}
    # Text inside a link (a teaser card wrapped in <a>) is all link, whatever its markup.
    linked = _within(body, "a")
    # Text in a form (sign-up choices, a contact form) is rarely the article's.
    in_form = _within(body, "form")
    reader = _Reader()
    for el in body.iter(*_HOLDERS):
        tag = el.tag
        if not len(el):
            # No children: the text is the element's own (a short one cannot score).
            raw = el.text
            if raw is None or len(raw) < _MIN_TEXT:
                continue
            # (The folding keeps every comma: they are counted in the text as it stands.)
            size = squashed_length(raw)
            # (Five counts, each at memchr speed, cost less than a findall's list of matches.)
            commas = (
                raw.count(",") + raw.count("،") + raw.count("、") + raw.count("，") + raw.count(";")
            )
            start = el.getparent() if tag in TEXT_BLOCK_TAGS else el
        elif tag in TEXT_BLOCK_TAGS:
            size, commas = reader.block(el)
            start = el.getparent()
        else:
            size, commas = reader.box(el)
            start = el
        if size < _MIN_TEXT or start is None:
            continue
        points = float(1 + commas + min(size // 100, 3))
        if tag == "li":
            points /= 2
        if el in in_form:
            points /= 4
        # (No link inside an element without children.)
        density = 1.0 if el in linked else reader.link_density(el, size) if len(el) else 0.0
        if size >= MIN_PROSE and density < MAX_PROSE_LINKS:
            prose[el] = size
        linked_size = round(size * density)
        node: Element | None = start
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


def _summed(sizes: dict[Element, int]) -> dict[Element, int]:
    """For each element with some of ``sizes`` inside, the sum of those inside it (itself too).

    Each element's sum is added to its parent's once, the deepest first, rather than each size
    to every ancestor: holders nested hundreds deep cost as many additions as elements.
    """
    depths: dict[Element, int] = {}
    for el in sizes:
        chain = []
        node: Element | None = el
        while node is not None and node not in depths:
            chain.append(node)
            node = node.getparent()
        depth = -1 if node is None else depths[node]
        for node in reversed(chain):
            depth += 1
            depths[node] = depth
    sums = dict.fromkeys(depths, 0)
    sums.update(sizes)
    for el in sorted(depths, key=depths.__getitem__, reverse=True):
        parent = el.getparent()
        if parent is not None:
            sums[parent] += sums[el]
    return sums


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
    scores, paragraphs = _score(body, census)
    prose = _summed(paragraphs)
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
    outside = total - prose.get(top, 0)
    if outside > 0.3 * total and outside > _MIN_OUTSIDE_SHARE * _unlinked_length(top):
        node = top.getparent()
        for _ in range(_PROSE_LEVELS):
            if node is None or node.tag in {"body", "html"}:
                break
            if prose.get(node, 0) >= 0.7 * total:
                if _alike(top, node, paragraphs):
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


def _alike(top: Element, node: Element, paragraphs: dict[Element, int]) -> bool:
    """Whether the prose in ``node`` outside ``top`` looks like the paragraphs in ``top``.

    A body split across sections repeats its paragraphs' tag and first class; the prose of a
    teaser rail, a fact box or a page set around the article mostly does not. Told by
    characters: the prose outside of a shape found inside must come to at least the rest.
    A ``top`` that is a list (a comment thread, teasers) or holds no prose has no article
    paragraphs to compare with, and always gives way.
    """
    if top.tag in {"ul", "ol"}:
        return True
    shapes = {_shape(el) for el in top.iter() if el in paragraphs}
    if not shapes:
        return True
    inside = set(top.iter())
    same = other = 0
    for el in node.iter():
        if el in paragraphs and el not in inside:
            if _shape(el) in shapes:
                same += paragraphs[el]
            else:
                other += paragraphs[el]
    return same >= other


def _shape(el: Element) -> tuple[str, str]:
    """A paragraph's tag and first class (``""`` without one)."""
    classes = (el.get("class") or "").split()
    return _tag(el), classes[0] if classes else ""


def _unlinked_length(el: Element) -> float:
    """The length of ``el``'s text outside its links."""
    length = text_len(el)
    return length * (1 - link_density(el, length)) if length else 0.0


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


def _commas(text: str) -> int:
    """How many commas (of four scripts) and semicolons ``text`` holds."""
    return text.count(",") + text.count("،") + text.count("、") + text.count("，") + text.count(";")


class _Reader:
    """The measurements of the text holders the scoring weighs, each read once when nested.

    A text block is measured by its whole text (whitespace folded), a text box by its own text
    (:func:`~newsparse._html.page.measure.own_text`), each with its commas, and either by the
    share of its text in links. They are read in full (libxml2 gathers the text, which is split
    and joined) until the text read comes to :data:`_FULL_READS` characters; past that (blocks or
    inline boxes nested hundreds deep, each holding the whole page, read each in full), an
    element's measures are put together from its own text, its children's measures and their
    tails, each child's made once and remembered: the work stays linear in the page however the
    holders nest. The same numbers either way; the tree must not change meanwhile.
    """

    __slots__ = ("_budget", "_known")

    def __init__(self) -> None:
        self._budget = _FULL_READS
        # Per element: its text folded, its commas, and the folded length of its links' texts.
        self._known: dict[Element, tuple[Folded, int, int]] = {}

    def block(self, el: Element) -> tuple[int, int]:
        """The length of ``el``'s whole text, whitespace folded, and its commas."""
        if self._budget >= 0:
            raw = text_of(el)
            self._budget -= len(raw) + _READ_COST
            return squashed_length(raw), _commas(raw)
        found, commas, _ = self._parts(el)
        return found[0], commas

    def box(self, el: Element) -> tuple[int, int]:
        """The length of ``el``'s own text (:func:`own_text`), and its commas."""
        if self._budget >= 0:
            joint = own_raw(el)  # (own_text unfolded, to count what is read)
            self._budget -= len(joint) + _READ_COST
            if not joint or joint.isspace():
                return 0, 0  # (no text of its own, as most boxes of blocks: nothing to count)
            return squashed_length(joint), _commas(joint)
        text = el.text
        # The parts are joined with spaces: each adds its folded length, and one space before
        # it unless it is the first with text.
        length = commas = 0
        if text:
            length = squashed_length(text)
            commas = _commas(text)
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and tag not in BLOCK_TAGS:
                found, child_commas, _ = self._parts(child)
                if found[0]:
                    length += found[0] + (length > 0)
                commas += child_commas
            tail = child.tail
            if tail:
                tail_length = squashed_length(tail)
                if tail_length:
                    length += tail_length + (length > 0)
                commas += _commas(tail)
        return length, commas

    def link_density(self, el: Element, length: int) -> float:
        """:func:`~newsparse._html.page.measure.link_density` of ``el``."""
        if length == 0:
            return 0.0
        if self._budget >= 0:
            texts = list(map(text_of, el.iter("a")))
            self._budget -= sum(map(len, texts)) + _READ_COST * len(texts)
            links = sum(map(squashed_length, texts))
        else:
            links = self._parts(el)[2]
        return min(links / length, 1.0)

    def _parts(self, el: Element) -> tuple[Folded, int, int]:
        found = self._known.get(el)
        if found is None:
            text = el.text
            whole = folded(text)
            commas = _commas(text) if text else 0
            links = 0
            for child in el:
                if isinstance(child.tag, str):
                    child_whole, child_commas, child_links = self._parts(child)
                    whole = joined(whole, child_whole)
                    commas += child_commas
                    links += child_links
                tail = child.tail
                if tail:
                    whole = joined(whole, folded(tail))
                    commas += _commas(tail)
            if el.tag == "a":
                links += whole[0]
            found = self._known[el] = (whole, commas, links)
        return found
