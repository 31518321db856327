"""Page furniture removal: navigation, footers, share bars, hidden and related boxes.

Furniture is recognised by tag, ARIA role, class or id; an element that matches is kept anyway
when it holds most of the page's paragraph text or the article's own container.
"""

from __future__ import annotations

import re

from newsparse._html.page import selectors as sel
from newsparse._html.page.census import Census
from newsparse._html.page.index import UNNAMED
from newsparse._html.page.measure import (
    MAX_PROSE_LINKS,
    MIN_PROSE,
    TEXT_BLOCK_TAGS,
    TEXT_BOX_TAGS,
    Folded,
    folded,
    joined,
    link_density,
    own_text,
    squashed_length,
    text_len,
)
from newsparse._html.page.tree import (
    Element,
    drop,
    in_thread,
    is_hidden,
    is_marked_body,
    settings_removed,
    text_of,
)

__all__ = ["body_ancestors", "remove_furniture"]

_MIN_TEXT = 25
# ARIA roles of the page's own parts; an "alert" or "alertdialog" is a status or error message
# (a form's "wrong password", a notice), not the article's text.
_FURNITURE_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "dialog",
        "search",
        "alert",
        "alertdialog",
    }
)
_KEEP_SHARE = 0.5
# How many times the page's text the furniture removal measures in full (see _TextLengths).
_MEASURED_PAGES = 4
# ... or, on a page with at least this much prose, this share of it, in <p> or not: blocks of text
# (paragraphs, cells, list items, and boxes by their own text) this long, with few links.
_PROSE_SHARE = 0.8
_MIN_PAGE_PROSE = 1000
_PROSE_HOLDERS = tuple(TEXT_BLOCK_TAGS | TEXT_BOX_TAGS)
# Own text (outside block children) a holder needs before it counts as holding paragraphs.
_MIN_OWN_TEXT = 200
# A paragraph in a <header> that is prose (MIN_PROSE long, hardly linked) is the article's lead;
# ... or a sentence this long, closed by its mark, under a subheading.
_MIN_SENTENCE = 40
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A <header> inside more <header>s than this is not read for its lead and furniture apart: the
# headers around it read its parts already, and reading each of hundreds of nested headers in
# full cost the square of the page (real pages nest at most one header in another).
_MAX_HEADERS_AROUND = 4
_INLINE = frozenset({"span", "em", "strong", "b", "i", "u", "mark", "small", "font", "q"})
# The tags of running text in a header (see _is_prose).
_PROSE_TAGS = frozenset({"p", "h2", "h3", "h4", "div"})
# A teaser of a story: another story's, once the article's text has begun (before it, the
# article's own lead often carries the name: see _teaser_after_start).
_TEASER = re.compile(r"(?:^|[\s_-])teaser", re.IGNORECASE)
# A class that shows an element again from some screen width on (``md:block``, ``d-lg-flex``).
_SHOWN_AT = re.compile(
    r"(?:^|\s)(?:[\w-]+:|d-[a-z]+-)(?:block|flex|grid|inline[\w-]*|table[\w-]*|contents)(?=\s|$)"
)


def _paragraph_mass(el: Element, census: Census) -> int:
    """The length of the ``<p>`` text inside ``el`` (paragraphs of 25 characters or more)."""
    total = 0
    measure = census.paragraph_length
    for para in el.iter("p"):
        length = measure(para)
        if length >= _MIN_TEXT:
            total += length
    return total


def _body_mass(body: Element, census: Census) -> int:
    """:func:`_paragraph_mass` of ``body``, from the census's paragraphs still in the tree.

    The census listed every ``<p>`` under ``body`` (``body`` itself aside) before anything was
    removed, and notes every removal since: no walk over the page is needed to find them.
    """
    if census.body is not body or body.tag == "p":
        return _paragraph_mass(body, census)
    total = 0
    measure, present = census.paragraph_length, census.present
    for para in census.paragraphs:
        if present(para):
            length = measure(para)
            if length >= _MIN_TEXT:
                total += length
    return total


def _prose_length(el: Element) -> int:
    """The length of the prose inside ``el``, whatever its markup.

    Each block of text counts when it is 80 characters or longer and hardly linked: a paragraph,
    a table cell, a list item by all its text, and a ``<div>``, ``<span>`` or ``<font>`` box by
    its own text (outside its block children). A block inside another counts in both, as the
    same blocks do for the page as a whole.
    """
    total = 0
    for block in el.iter(*_PROSE_HOLDERS):
        text = text_of(block) if block.tag in TEXT_BLOCK_TAGS else own_text(block)
        length = len(text.strip())
        if length >= MIN_PROSE and link_density(block, length) < MAX_PROSE_LINKS:
            total += length
    return total


def body_ancestors(body: Element, *, census: Census | None = None) -> set[Element]:
    """The element holding the most paragraph text in its own ``<p>`` children, and its ancestors.

    Args:
        body: The page's ``<body>`` (or root).
        census: The walk over ``body`` (made here when not given), which lists its paragraphs
            and the boxes holding a ``<br>``.

    Returns:
        The elements that furniture removal must keep; empty when no element holds 200
        characters of paragraphs outside comment threads.
    """
    if census is None:
        census = Census(body, body)
    direct: dict[Element, int] = {}
    for para in census.paragraphs:
        parent = para.getparent()
        if parent is not None:
            direct[parent] = direct.get(parent, 0) + census.paragraph_length(para)
    # Text set straight in a <div> between <br> breaks counts as its paragraphs (blog posts).
    for holder in census.holders:
        if any(_boxes_text(a) for a in holder.iterancestors()):
            continue
        length = len(own_text(holder))
        if length >= _MIN_OWN_TEXT:
            direct[holder] = direct.get(holder, 0) + length
    ranked = sorted(direct, key=direct.__getitem__, reverse=True)[:3]
    # A holder inside a footer or an aside (the legal notice a broken page nests beside the
    # text) is never the article's: the next one is.
    best = next(
        (
            el
            for el in ranked
            if direct[el] >= 200
            and not in_thread(el)
            and not any(_boxes_text(a) for a in el.iterancestors())
        ),
        None,
    )
    # The element the page marks as the article's body wins over a holder outside it that
    # holds less text (the sidebar of a blog whose posts are set without <p>).
    marked = _marked_body(census)
    if marked is not None:
        holder, length = marked
        if best is None or (holder not in best.iterancestors() and length >= direct[best]):
            best = holder
    if best is None:
        return set()
    out: set[Element] = set()
    node: Element | None = best
    while node is not None:
        out.add(node)
        node = node.getparent()
    return out


def _marked_body(census: Census) -> tuple[Element, int] | None:
    """The element the page marks as its article's body (``itemprop="articleBody"``), if any.

    The mark may share its attribute with other properties (``itemprop="description
    articleBody"``, as blog templates write it). Only the first marked element that holds
    200 characters of text and is shown counts: one in a comment thread, in a box that is never
    the article's, or hidden (a copy of the text kept for search engines) does not.

    Returns:
        The element and the length of its text.
    """
    for el in census.page.itemprops:
        if not is_marked_body(el) or not census.present(el) or in_thread(el):
            continue
        length = text_len(el)
        if length < _MIN_OWN_TEXT:
            continue
        chain = [el, *el.iterancestors()]
        if any(_boxes_text(a) or _hides(a) for a in chain):
            continue
        return el, length
    return None


def _hides(el: Element) -> bool:
    """Whether ``el`` is hidden, by its attributes or by a class that hides it."""
    names = el.get("class") or ""
    return is_hidden(el) or (sel.HIDDEN_CLASS.found(names) and not _SHOWN_AT.search(names))


def _boxes_text(el: Element) -> bool:
    """Whether ``el`` is a box whose text is never the article's: an aside or a modal dialog."""
    return el.tag in sel.STRUCTURAL_DROP_TAGS or el.get("aria-modal") == "true"


def remove_furniture(
    body: Element,
    *,
    protected: set[Element] | None = None,
    census: Census | None = None,
    keep_prose: bool = False,
) -> None:
    """Drop navigation, footers, share bars and other page furniture from ``body``, in place.

    An element that matches is kept anyway when it holds a large share of the page's paragraph
    text (or, on pages without ``<p>``, of all its text), so a page wrapped in
    ``<div class="sidebar-grid">`` or ``<main class="main--with-nav">`` is not emptied. A
    comment thread (``class="comments"``, ``class="forum"``) is dropped whatever its size when
    ``protected`` is not empty: the article was then found outside it.

    Elements are judged and dropped in document order, and nothing inside an element dropped
    already is looked at again: most candidates on a real page sit in a few large boxes
    (navigation, footers, teaser lists).

    Args:
        body: The page's ``<body>`` (or root).
        protected: Elements never dropped; by default :func:`body_ancestors` of ``body``.
        census: The walk over ``body`` made before anything was removed from it (made here
            when not given); elements removed since must have been noted with
            :meth:`~newsparse._html.page.census.Census.dropped`.
        keep_prose: Keep, too, an element that holds most of the page's prose in any markup
            (:func:`_prose_length`): an article set in ``<div>`` boxes or table cells, on a page
            whose ``<p>`` text is elsewhere (a footer, a sidebar). Measuring that costs a walk
            over the page, so it is done on a second reading of a page whose first gave no text.
    """
    if census is None:
        census = Census(body, body)
    total_mass = _body_mass(body, census)
    # Pages without enough <p> text compare all text instead (measured only for them).
    lengths = _TextLengths() if total_mass < 200 else None
    total = max(lengths(body), 1) if lengths is not None else 0
    if protected is None:
        protected = body_ancestors(body, census=census)
    negative: dict[str, bool] = {}
    headed: dict[Element, bool] = {}  # see _is_subheading
    # Where the article's text begins (see _TextStart).
    start = _TextStart(_text_start(protected))
    # The page's prose, measured before anything is removed (see _prose_length).
    page_prose = _prose_length(body) if keep_prose else 0

    def discard(el: Element) -> bool:
        if el in protected or el.getparent() is None:
            return False
        # A comment thread goes whatever its size once the article was found outside it.
        thread = bool(protected) and census.matches(sel.THREAD_ATTR, census.attrs(el))
        if el.tag not in {"figure", "figcaption"} and not thread:
            if total_mass >= 200:
                if _paragraph_mass(el, census) >= _KEEP_SHARE * total_mass:
                    return False
            elif lengths is not None and lengths(el) > _KEEP_SHARE * total:
                return False
            if page_prose >= _MIN_PAGE_PROSE and _prose_length(el) >= _PROSE_SHARE * page_prose:
                return False
        # (Judged in document order, no later candidate holds a paragraph around ``el``; its
        # measures are forgotten all the same, so the census stays true.)
        census.unmeasure(el)
        if lengths is not None:
            lengths.forget(el)
        drop(el)
        return True

    # Dropped elements are disjoint and each one's descendants follow it in document order:
    # only the last one dropped can hold the next candidate.
    inside: set[Element] = set()
    for el in census.furniture:
        if el in inside or not census.present(el):
            continue  # removed with a caption, or with furniture around it
        tag = el.tag
        if tag == "header":
            if sum(1 for _ in el.iterancestors("header")) > _MAX_HEADERS_AROUND:
                continue
            parts = _header_furniture(el, census)
            dropped = [part for part in parts if discard(part)]
            if dropped == [el]:
                inside = set(el.iter())
        elif _is_furniture(
            el, negative, headed, protected, census, tag=tag, start=start
        ) and discard(el):
            inside = set(el.iter())


def _is_furniture(
    el: Element,
    negative: dict[str, bool],
    headed: dict[Element, bool],
    protected: set[Element],
    census: Census,
    *,
    tag: object,
    start: _TextStart,
) -> bool:
    """Whether ``el`` (not a ``<header>``) looks like furniture by tag, role, class or id.

    Args:
        el: The element.
        negative: A cache of the negative-pattern test by attribute string, for this page.
        headed: :func:`_is_subheading`'s answers by element, for this page.
        protected: The element holding the article's paragraphs and its ancestors.
        census: The page's walk, which keeps each element's class, id and role string.
        tag: The tag of ``el``, which the caller has read (lxml makes a new string at each read).
        start: Where the article's text begins.
    """
    if tag in sel.STRUCTURAL_DROP_TAGS or tag in {"figure", "figcaption"}:
        return True
    names = census.classes.get(el)
    if names is None:
        # (A look in the keys costs less than a get of an attribute the element lacks, and
        # most candidates lack all of these but their class or id.)
        keys = el.keys()
        if (("hidden" in keys or "aria-hidden" in keys or "style" in keys) and is_hidden(el)) or (
            "role" in keys and (el.get("role") or "").lower() in _FURNITURE_ROLES
        ):
            return True
        names = census.class_of(el) if "class" in keys else ""
    # (Else the class is the element's only attribute: it is neither hidden nor given a role.)
    if (
        ("hid" in names or "d-none" in names)
        and sel.HIDDEN_CLASS.found(names)
        and not _SHOWN_AT.search(names)
    ):
        # Hidden until a script shows it (structured-data copies, sign-in boxes); "hidden
        # md:block" is only hidden on small screens.
        return True
    if tag == "main":
        # The page's main region by definition; its id is often a skip link's target.
        return False
    attrs = census.attrs(el)
    found = negative.get(attrs)
    if found is None:
        # Through the census, whose answers the container scoring and lead reading share.
        found = negative[attrs] = census.matches(sel.NEGATIVE_ATTR, attrs) and census.matches(
            sel.NEGATIVE_ATTR, settings_removed(attrs)
        )
    if not found and "easer" in attrs and _TEASER.search(attrs):
        # (The substring test first: most names hold no teaser, and it costs less than a search.)
        found = start.precedes(el)
    return (
        found
        and not is_marked_body(el)
        and not _in_sentence(el)
        and not _twin_of_body(el, protected)
        and not _is_subheading(el, headed)
    )


def _text_start(protected: set[Element]) -> Element | None:
    """The first paragraph (25 characters or more) of the element holding the article's text."""
    holder = next((el for el in protected if not any(c in protected for c in el)), None)
    if holder is None:
        return None
    return next((p for p in holder.iter("p") if len(text_of(p).strip()) >= _MIN_TEXT), None)


class _TextStart:
    """Where the article's text begins: tells the elements that come after its first paragraph.

    A box named for a teaser after the text has begun (inside it or after it) shows another
    story; one before it is often the article's own lead (``article-teaser``, ``teaser-text``
    over the body), and one around it wraps the article.
    """

    __slots__ = ("_box", "_chain", "_later")

    def __init__(self, paragraph: Element | None) -> None:
        # The box holding the paragraph: a paragraph beside it is the text's, whatever its class.
        self._box = None if paragraph is None else paragraph.getparent()
        # Each ancestor of the paragraph, to its child on the way down to it.
        self._chain: dict[Element, Element] = {}
        if paragraph is not None:
            node = paragraph
            for ancestor in paragraph.iterancestors():
                self._chain[ancestor] = node
                node = ancestor
        # For an ancestor, its children after the one on the way down (made when first asked).
        self._later: dict[Element, set[Element]] = {}

    def precedes(self, el: Element) -> bool:
        """Whether the paragraph comes before ``el`` (and is not inside it)."""
        chain = self._chain
        if not chain or el in chain:
            return False  # no text known, or around it
        if el.tag == "p" and el.getparent() is self._box:
            return False  # a paragraph of the text (``<p class="teaser">`` opening it)
        # The lowest ancestor of the paragraph that holds ``el`` too: below it, ``el``'s side
        # comes after the paragraph's side when it is one of the children after it. (Those
        # children are listed once a level: a page of thousands of teasers side by side costs
        # one pass over them, not one each.)
        node, parent = el, el.getparent()
        while parent is not None and parent not in chain:
            node, parent = parent, parent.getparent()
        if parent is None:
            return False
        later = self._later.get(parent)
        if later is None:
            later = self._later[parent] = set(chain[parent].itersiblings())
        return node in later


def _in_sentence(el: Element) -> bool:
    """Whether ``el`` is an inline part of a paragraph's text, whatever its class says.

    ``<p>... hicieron <span class="paywall">que solo pudieran ...</span></p>``: the words of a
    sentence are the paragraph's; an inline box with a furniture name is no box of its own.
    """
    if el.tag not in _INLINE:
        return False
    parent = el.getparent()
    return parent is not None and parent.tag == "p" and bool((el.tail or "").strip() or parent.text)


def _twin_of_body(el: Element, protected: set[Element]) -> bool:
    """Whether ``el`` is a section of the article built from the same template as its sibling.

    A body split over sibling boxes (``<div class="article-widget article-widget-text">``, one
    per run of paragraphs) names them all alike; the one holding the most paragraphs is
    protected, and a sibling of the same tag whose class and id look like furniture only
    through the class names they share is another part of the text. A sibling with a furniture
    name of its own (``article-widget-related``) is still furniture.
    """
    parent = el.getparent()
    if parent is None or parent not in protected or el in protected:
        return False
    # Looked for from the protected side (one element and its ancestors: a short chain), not by
    # scanning the parent's children, which a box of thousands of look-alike children would
    # scan once for each of them. The first in document order, should several be protected.
    twins = [child for child in protected if child.getparent() is parent]
    twin = twins[0] if len(twins) == 1 else min(twins, key=parent.index, default=None)
    if twin is None or twin.tag != el.tag:
        return False
    shared = set((twin.get("class") or "").split())
    own = [name for name in (el.get("class") or "").split() if name not in shared]
    if len(own) == len((el.get("class") or "").split()):
        return False  # nothing in common: not a twin
    rest = f"{' '.join(own)} {el.get('id') or ''} {el.get('role') or ''}"
    return not sel.NEGATIVE_ATTR.search(rest)


def _is_subheading(el: Element, headed: dict[Element, bool]) -> bool:
    """Whether ``el`` is a subheading of the text, whatever its class or id says.

    A heading followed in its parent by a paragraph of prose (the first sibling with any text
    is a ``<p>`` of 80 characters or more, or a sentence of 40 closed by its mark, hardly
    linked; a picture box between them has no text) heads that paragraph:
    ``<h2 class="widget-title">`` or ``<h3 id="nav_...">`` (an anchor for a table of contents)
    over running text. Furniture boxes around such a pair are judged on their own names.

    ``headed`` remembers the answer for each sibling passed on the way (empty ones: the same first
    sibling with text follows them), so a run of thousands of empty headings is read once, not
    once for each of them (which cost the square of the run).
    """
    if el.tag not in _SUBHEADINGS:
        return False
    found = headed.get(el)
    if found is not None:
        return found
    passed = [el]
    found = False
    for sibling in el.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        length = text_len(sibling)
        if length:
            found = (
                sibling.tag == "p"
                and (
                    length >= MIN_PROSE
                    or (length >= _MIN_SENTENCE and text_of(sibling).rstrip()[-1:] in ".!?")
                )
                and link_density(sibling, length) < MAX_PROSE_LINKS
            )
            break
        passed.append(sibling)
    # (Candidates are judged in document order: nothing after them changes before the next.)
    for sibling in passed:
        headed[sibling] = found
    return found


def _header_furniture(header: Element, census: Census) -> list[Element]:
    """The furniture of a ``<header>``: all of it but the lead it holds (``class="intro"``).

    An article's header holds its headline, kicker and byline, and often the lead: that one is
    kept, the rest of the header goes.

    Returns:
        ``[header]`` when it holds no lead, else the parts of it beside the lead, in document
        order.
    """
    # (An element without a class matches no lead class, and only the tags of
    # :data:`_PROSE_TAGS` can be prose: both are told before any call.)
    boxed = _Boxed(header, census)
    # (Each class as the census read it: a look-up costs a fraction of lxml's ``get``.)
    named = census.page.named
    leads = [
        el
        for el in header.iterdescendants()
        if (
            ((names := named.get(el, UNNAMED)[0]) and census.matches(sel.LEAD_ATTR, names))
            or (el.tag in _PROSE_TAGS and _is_prose(el))
        )
        and not boxed(el)
    ]
    if not leads:
        return [header]
    # The leads and their ancestors, and what is inside the leads: each element added once (an
    # ancestor met again has its own ancestors in already, a lead inside another its elements),
    # however many leads share a deep chain of boxes.
    keep: set[Element] = set()
    inside: set[Element] = set()
    for lead in leads:
        node: Element | None = lead
        while node is not None and node not in keep:
            keep.add(node)
            node = node.getparent()
        if lead not in inside:
            inside.update(lead.iter())
    return [
        el for el in header.iter() if el not in keep and el not in inside and el.getparent() in keep
    ]


class _TextLengths:
    """:func:`~newsparse._html.page.measure.text_len` of the elements the furniture removal weighs.

    Measured as ``text_len`` measures (libxml2 gathers the text, which is split and joined) until
    the text measured comes to a few times the first element's (the page's body, measured
    first); past that (boxes nested hundreds deep,
    each holding the whole page, measured each in full), an element's length is put together
    from its own text, its children's lengths and their tails, each child's measured once and
    remembered: the work stays linear in the page however the boxes nest. An element dropped
    since must be forgotten (:meth:`forget`) before it is.
    """

    __slots__ = ("_budget", "_known")

    def __init__(self) -> None:
        self._budget: int | None = None
        self._known: dict[Element, Folded] = {}

    def __call__(self, el: Element) -> int:
        if self._budget is None or self._budget >= 0:
            text = text_of(el)
            if self._budget is None:
                self._budget = _MEASURED_PAGES * len(text)
            self._budget -= len(text)
            return squashed_length(text)
        return self._parts(el)[0]

    def _parts(self, el: Element) -> Folded:
        found = self._known.get(el)
        if found is None:
            found = folded(el.text)
            for child in el:
                if isinstance(child.tag, str):
                    found = joined(found, self._parts(child))
                tail = child.tail
                if tail:
                    found = joined(found, folded(tail))
            self._known[el] = found
        return found

    def forget(self, el: Element) -> None:
        """Forget what was put together of ``el``'s ancestors, which ``el`` is about to leave."""
        if self._known:
            for ancestor in el.iterancestors():
                self._known.pop(ancestor, None)


class _Boxed:
    """:func:`~newsparse._html.body.lead.is_boxed` for the elements of one holder, remembered.

    Whether an element is boxed is whether it or one of its ancestors below the holder is a
    hidden or furniture box: each element's answer is its parent's or its own, so each element
    is tested once, not once for every element below it (thousands of paragraphs hundreds of
    boxes deep walked the same chain each).
    """

    __slots__ = ("_census", "_found")

    def __init__(self, holder: Element, census: Census) -> None:
        self._census = census
        self._found: dict[Element, bool] = {holder: False}

    def __call__(self, el: Element) -> bool:
        found = self._found
        path: list[Element] = []
        node: Element | None = el
        while node is not None and node not in found:
            path.append(node)
            node = node.getparent()
        answer = found[node] if node is not None else False
        census = self._census
        for node in reversed(path):
            if not answer:
                attrs = census.attrs(node)
                answer = census.matches(sel.HIDDEN_CLASS, attrs) or census.matches(
                    sel.NEGATIVE_ATTR, attrs
                )
            found[node] = answer
        return answer


def _is_text_box(el: Element) -> bool:
    """Whether ``el`` is a ``<div>`` set as a paragraph: text of its own, and only inline markup."""
    return (
        el.tag == "div"
        and bool((el.text or "").strip())
        and all(not isinstance(c.tag, str) or c.tag in _INLINE or c.tag == "a" for c in el)
    )


def _is_prose(el: Element) -> bool:
    """Whether ``el`` is running text (a ``<p>``, subheading or text ``<div>``): long, few links.

    Such an element in a ``<header>`` is the lead without a class.
    """
    tag = el.tag
    if tag not in {"p", "h2", "h3", "h4"} and (tag != "div" or not _is_text_box(el)):
        return False
    length = text_len(el)
    return length >= MIN_PROSE and link_density(el, length) < MAX_PROSE_LINKS
