"""Main-content detection and paragraph extraction.

The page is first cleared of furniture (navigation, footers, share bars, comment threads, related
lists, hidden elements...) recognised by tag, ARIA role, class or id, unless the element holds
most of the page's paragraph text or the article's own container.
Then every text holder (``<p>``, ``<pre>``, ``<blockquote>``, ``<td>``, and any element with enough
text of its own, which covers ``<div>``-soup and ``<br>``-separated layouts) scores its ancestors
by its length and commas, readability-style; scores are damped by link density and shaped by
class names. The best container, plus siblings that score close to it, is read out block by block
in document order, and each block goes through the shared boilerplate filters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs
import lxml.etree

from newsparse._html import selectors as sel
from newsparse._html.tree import Element, drop, in_thread, is_hidden, text_of, unmarkup
from newsparse._normalize.boilerplate import is_boilerplate
from newsparse._normalize.dates import find_date, parse_date_line
from newsparse._normalize.names import parse_byline
from newsparse._normalize.whitespace import clean_line

__all__ = [
    "Body",
    "body_ancestors",
    "extract_paragraphs",
    "remove_furniture",
    "split_body_text",
]

_TEXT_HOLDERS = frozenset({"p", "pre", "blockquote", "td", "dd", "li"})
_OWN_TEXT_HOLDERS = frozenset({"div", "section", "article", "span", "font", "center", "main"})
_INLINE_SKIP = frozenset({"img", "picture", "source", "figure", "figcaption", "br", "hr", "wbr"})
_COMMAS = re.compile("[,،、，;]")
_WORD = re.compile(r"\w+")
_MARKER = re.compile(r"^(?:\+{2,}|\[#|\{\{|<!--)")
_MIN_TEXT = 25
_FURNITURE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "search"}
)
_FURNITURE_CANDIDATES = lxml.etree.XPath(
    ".//*[@class or @id or @role or @hidden or @aria-hidden or @style or self::nav"
    " or self::footer or self::aside or self::menu or self::figure or self::figcaption"
    " or self::header]"
)
_KEEP_SHARE = 0.5
_MIN_LEAD = 60
_MAX_CLOSING = 80


def _attrs(el: Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"


def _squash(text: str) -> str:
    """Fold all whitespace to single spaces: a cheap stand-in for ``clean_line`` when scoring."""
    return " ".join(text.split())


def _text_len(el: Element) -> int:
    return len(_squash(text_of(el)))


def _paragraph_mass(el: Element) -> int:
    """The length of the ``<p>`` text inside ``el`` (paragraphs of 25 characters or more)."""
    total = 0
    for para in el.iter("p"):
        length = len(text_of(para).strip())
        if length >= _MIN_TEXT:
            total += length
    return total


def body_ancestors(body: Element) -> set[Element]:
    """The element holding the most paragraph text in its own ``<p>`` children, and its ancestors."""
    direct: dict[Element, int] = {}
    for para in body.iter("p"):
        parent = para.getparent()
        if parent is not None:
            direct[parent] = direct.get(parent, 0) + len(text_of(para).strip())
    ranked = sorted(direct, key=direct.__getitem__, reverse=True)[:3]
    best = next((el for el in ranked if direct[el] >= 200 and not in_thread(el)), None)
    if best is None:
        return set()
    out: set[Element] = set()
    node: Element | None = best
    while node is not None:
        out.add(node)
        node = node.getparent()
    return out


def remove_furniture(body: Element, *, protected: set[Element] | None = None) -> None:
    """Drop navigation, footers, share bars and other page furniture from ``body``, in place.

    An element that matches is kept anyway when it holds a large share of the page's paragraph
    text (or, on pages without ``<p>``, of all its text), so a page wrapped in
    ``<div class="sidebar-grid">`` or ``<main class="main--with-nav">`` is not emptied.
    """
    doomed: list[Element] = []
    negative: dict[str, bool] = {}
    for el in _FURNITURE_CANDIDATES(body):
        if not isinstance(el, Element):
            continue
        tag = el.tag
        if tag in sel.STRUCTURAL_DROP_TAGS or tag in {"figure", "figcaption"}:
            doomed.append(el)
            continue
        if tag == "header":
            _drop_header(el, doomed)
            continue
        if is_hidden(el):
            doomed.append(el)
            continue
        if (el.get("role") or "").lower() in _FURNITURE_ROLES:
            doomed.append(el)
            continue
        attrs = _attrs(el)
        found = negative.get(attrs)
        if found is None:
            found = negative[attrs] = bool(sel.NEGATIVE_ATTR.search(attrs))
        if found and el.get("itemprop") != "articleBody":
            doomed.append(el)
    if not doomed:
        return
    total_mass = _paragraph_mass(body)
    total = max(_text_len(body), 1)
    if protected is None:
        protected = body_ancestors(body)
    root = body.getroottree().getroot()
    for el in doomed:
        if el in protected or el.getparent() is None:
            continue
        if el.getroottree().getroot() is not root:  # inside an element dropped already
            continue
        if el.tag not in {"figure", "figcaption"}:
            if total_mass >= 200:
                if _paragraph_mass(el) >= _KEEP_SHARE * total_mass:
                    continue
            elif _text_len(el) > _KEEP_SHARE * total:
                continue
        drop(el)


def _leads(top: Element, chosen: list[Element]) -> list[Element]:
    """Prose paragraphs of the article that come before the chosen container.

    The lead (standfirst, teaser) often sits in the article's header or in a block of its own
    above the body, out of reach of the sibling rule; the ``<article>`` or ``<main>`` holding
    the chosen container (up to five levels up) gives its paragraphs that precede it.
    """
    holder = next((a for a in list(top.iterancestors())[:5] if a.tag in {"article", "main"}), None)
    if holder is None or not chosen:
        return []
    inside = set(chosen[0].iterancestors())
    leads: list[Element] = []
    for el in holder.iter():
        if el is chosen[0]:
            return leads
        if el in inside or any(a in leads for a in el.iterancestors()):
            continue
        if el.tag != "p" and not sel.LEAD_ATTR.search(el.get("class") or ""):
            continue
        length = _text_len(el)
        if length >= _MIN_LEAD and _link_density(el, length) < 0.3 and not _boxed(el, holder):
            leads.append(el)
    return []


def _boxed(el: Element, holder: Element) -> bool:
    """Whether ``el`` sits in a box that is hidden or furniture (a paywall's sign-up pitch)."""
    node: Element | None = el
    while node is not None and node is not holder:
        attrs = _attrs(node)
        if sel.HIDDEN_CLASS.search(attrs) or sel.NEGATIVE_ATTR.search(attrs):
            return True
        node = node.getparent()
    return False


def _drop_header(header: Element, doomed: list[Element]) -> None:
    """Mark a ``<header>`` as furniture, all but the lead it holds (``class="intro"``).

    An article's header holds its headline, kicker and byline, and often the lead: that one is
    kept, the rest of the header goes.
    """
    leads = [
        el
        for el in header.iterdescendants()
        if sel.LEAD_ATTR.search(el.get("class") or "") and not _boxed(el, header)
    ]
    if not leads:
        doomed.append(header)
        return
    keep = {a for lead in leads for a in (lead, *lead.iterancestors())}
    inside = {n for lead in leads for n in lead.iter()}
    for el in header.iter():
        if el not in keep and el not in inside and el.getparent() in keep:
            doomed.append(el)


def _link_density(el: Element, length: int) -> float:
    if length == 0:
        return 0.0
    links = sum(len(_squash(text_of(a))) for a in el.iter("a"))
    return min(links / length, 1.0)


def _own_text(el: Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in sel.BLOCK_TAGS:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return _squash(" ".join(parts))


def _class_weight(el: Element) -> float:
    """A factor for an element's score from its tag, class, id and ``itemprop``."""
    weight = 1.0
    attrs = _attrs(el)
    if sel.POSITIVE_ATTR.search(attrs):
        weight += 0.5
    if sel.NEGATIVE_ATTR.search(attrs):
        weight -= 0.5
    if el.get("itemprop") == "articleBody":
        weight += 1.0
    tag = el.tag
    if tag in {"article", "main"}:
        weight += 0.2
    elif tag in {"ul", "ol", "dl", "form", "li", "h1", "h2", "h3", "h4", "h5", "h6"}:
        weight -= 0.3
    return max(weight, 0.1)


def _score(body: Element) -> tuple[dict[Element, float], dict[Element, int]]:
    """Score the candidate containers, and measure the prose each element holds.

    Returns:
        The readability-style score of every scored container, and for every element the
        length of the prose paragraphs (long, few links) inside it.
    """
    scores: dict[Element, float] = {}
    prose: dict[Element, int] = {}
    # Text and link characters seen under each scored container, for its link density.
    chars: dict[Element, list[int]] = {}
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in _TEXT_HOLDERS:
            text = _squash(text_of(el))
            start = el.getparent()
        elif tag in _OWN_TEXT_HOLDERS:
            text = _own_text(el)
            start = el
        else:
            continue
        if len(text) < _MIN_TEXT or start is None:
            continue
        points = float(1 + len(_COMMAS.findall(text)) + min(len(text) // 100, 3))
        if tag == "li":
            points /= 2
        density = _link_density(el, len(text))
        if len(text) >= 80 and density < 0.3:
            node: Element | None = el
            while node is not None:
                prose[node] = prose.get(node, 0) + len(text)
                node = node.getparent()
        node = start
        level = 0
        while node is not None and level < 5:
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            scores[node] = scores.get(node, 0.0) + points / divider
            seen = chars.setdefault(node, [0, 0])
            seen[0] += len(text)
            seen[1] += round(len(text) * density)
            node = node.getparent()
            level += 1
    for el, (length, links) in chars.items():
        scores[el] *= _class_weight(el) * (1 - (links / length if length else 0.0))
    return scores, prose


def _pick(body: Element) -> list[Element]:
    scores, prose = _score(body)
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
        for _ in range(4):
            if node is None or node.tag in {"body", "html"}:
                break
            if prose.get(node, 0) >= 0.7 * total:
                top, best = node, max(best, scores.get(node, 0.0))
                break
            node = node.getparent()
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(10.0, best * 0.2)
    chosen: list[Element] = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top:
            chosen.append(sibling)
            continue
        bonus = best * 0.2 if (sibling.get("class") or "") == (top.get("class") or "") else 0.0
        if scores.get(sibling, 0.0) + bonus >= threshold:
            chosen.append(sibling)
        elif sibling.tag == "p":
            length = _text_len(sibling)
            density = _link_density(sibling, length)
            if (length > 80 and density < 0.25) or (
                0 < length <= 80 and density == 0 and clean_line(text_of(sibling))[-1:] in ".!?"
            ):
                chosen.append(sibling)
    return _leads(top, chosen) + chosen


class _Block:
    __slots__ = ("heading", "link_chars", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.link_chars = 0
        self.heading = False


def _blocks(elements: Iterable[Element]) -> list[tuple[str, float, bool]]:
    out: list[tuple[str, float, bool]] = []
    current = _Block()

    def flush() -> None:
        nonlocal current
        text = clean_line(" ".join(current.parts))
        if text:
            density = current.link_chars / len(text) if text else 0.0
            out.append((text, min(density, 1.0), current.heading))
        current = _Block()

    def walk(el: Element, in_link: bool) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in {"figure", "figcaption"}:
            return
        block = tag in sel.BLOCK_TAGS
        if block or tag == "br":
            flush()
        if tag in sel.HEADING_TAGS:
            current.heading = True
        link = in_link or tag == "a"
        if el.text and tag not in _INLINE_SKIP:
            current.parts.append(el.text)
            if link:
                current.link_chars += len(el.text.strip())
        for child in el:
            walk(child, link)
            if child.tail:
                current.parts.append(child.tail)
                if link:
                    current.link_chars += len(child.tail.strip())
        if block:
            flush()

    for element in elements:
        walk(element, in_link=False)
        flush()
    return out


@attrs.frozen
class Body:
    """The main text of a page and what its leading byline and date lines said.

    Attributes:
        paragraphs: The body, one entry a paragraph, heading or list item.
        authors: The authors named by a byline line above the body, if any.
        published: The date of a date line above the body, if any.
    """

    paragraphs: tuple[str, ...]
    authors: tuple[str, ...] = ()
    published: dt.date | None = None


def _meta_line(text: str) -> tuple[tuple[str, ...], dt.date | None] | None:
    """Read a byline, a date line, or both in one (``By Jane Doe, March 3, 2001``)."""
    if len(text) > 150:
        return None
    byline = parse_byline(text)
    if byline is not None:
        return byline.authors, None
    match = parse_date_line(text)
    if match is not None and match.value is not None:
        return (), match.value
    found = find_date(text)
    if found is None or found.value is None:
        return None
    rest = (text[: found.start] + " " + text[found.end :]).strip(" ,;|-–—·/")
    # Beside a date, a bare name is a byline too: "1. Februar 2022, Daniel Dillenburg".
    byline = parse_byline(rest, bare=True) if rest else None
    if byline is not None:
        return byline.authors, found.value
    return None


def extract_paragraphs(body: Element, *, title: str | None, exclude: Iterable[str] = ()) -> Body:
    """Read the article body of a furniture-free ``body`` as paragraphs in reading order.

    Byline and date lines before the first paragraph are taken out of the text and reported
    apart, so the caller can use them when the page's metadata names no author or date.

    Args:
        body: The page's ``<body>`` (or root) after :func:`remove_furniture`.
        title: The headline, dropped where it repeats in the body.
        exclude: Texts that must not appear as paragraphs (picture captions).

    Returns:
        The paragraphs (headings and list items are entries of their own), and the byline and
        date read above them.
    """
    excluded = {clean_line(t).casefold() for t in exclude if t}
    if title:
        excluded.add(clean_line(title).casefold())
    paragraphs: list[str] = []
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    seen: set[str] = set()
    for text, density, heading in _blocks(_pick(body)):
        folded = text.casefold()
        if folded in excluded or folded in seen:
            continue
        if density > 0.5 and (len(text) < 250 or density > 0.8):
            continue
        if not _WORD.search(text) or is_boilerplate(text):
            continue
        if not heading and not paragraphs:
            meta = _meta_line(text)
            if meta is not None:
                authors = authors or meta[0]
                published = published or meta[1]
                continue
        seen.add(folded)
        paragraphs.append(text)
    if paragraphs and not authors:
        # "Von Claudia Lindner" closing the article: a labelled byline line after the text.
        byline = parse_byline(paragraphs[-1]) if len(paragraphs[-1]) <= _MAX_CLOSING else None
        if byline is not None and byline.authors:
            authors = byline.authors
            paragraphs.pop()
    return Body(tuple(paragraphs), authors, published)


def split_body_text(text: str, *, title: str | None) -> tuple[str, ...]:
    """Split a plain-text article body (JSON-LD ``articleBody``) into filtered paragraphs.

    Markup inside the value is read as text; lines are paragraphs; boilerplate lines and
    template markers (``+++dropcap``) are dropped.
    """
    text = unmarkup(text, keep_lines=True)
    folded_title = clean_line(title).casefold() if title else None
    out: list[str] = []
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line or not _WORD.search(line) or _MARKER.match(line):
            continue
        if line.casefold() == folded_title or is_boilerplate(line):
            continue
        out.append(line)
    return tuple(out)
