"""Visible bylines that carry no byline class: a labelled field, or a bold line of names.

:mod:`~newsparse._html.meta.people` tries these last, after every metadata source and the elements
whose class or id says "author": ``<li><strong>Autor</strong> Ann Lee</li>`` or
``<p>von <a>Dr. Ann Lee</a></p>``, and ``<p><strong>Ann Lee/Bo Kim</strong></p>`` opening or closing
the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree

from newsparse._html.page.tree import Element, Question, Verdicts, in_thread
from newsparse._normalize.dates import find_date
from newsparse._normalize.names import is_agency, parse_byline, split_authors
from newsparse._normalize.phrases import (
    AUTHOR_LABELS,
    NAME_CONJUNCTIONS,
    NAME_ROLE_ENDINGS,
    PUBLISHED_LABELS,
    UPDATE_LABELS,
    phrase_alternation,
)

__all__ = [
    "MAX_BYLINE",
    "NOT_SHOWN",
    "as_byline",
    "before_date",
    "bold_names",
    "heading_bylines",
    "in_story_list",
    "labelled_authors",
    "spaced_text",
]

#: The longest text a byline element holds.
MAX_BYLINE = 150
# The most labelled lines read as bylines (each is parsed for its names): the development pages
# parse at most 8; a hostile page may hold thousands of "By ..." lines that name nobody.
_MAX_LABELLED = 100
# How many times its limit :func:`surely_longer` reads of a text at most (and one piece more).
_READ_AHEAD = 8
# Byline labels read in a page's elements only (the text parser's rules do not take them):
# "Ein Beitrag von Ann Lee", "Text & Fotos: Ann Lee", "作者：王小明".
_ELEMENT_LABELS = (
    *("beitrag von", "ein beitrag von", "gastbeitrag von", "blogbeitrag von", "blog beitrag von"),
    *("text & fotos", "text und fotos", "作者"),
)
_ALL_LABELS = (*AUTHOR_LABELS, *_ELEMENT_LABELS)
# One of those opening a text, with its colon if any, before a space or a colon.
_ELEMENT_LABEL = re.compile(
    rf"^(?:{phrase_alternation(_ELEMENT_LABELS)})(?:\s*(?P<colon>[:：])|(?=\s))\s*", re.I
)
# An element's own text that is only a byline label: "Von:", "Autorin/Autor", "By".
_LABELS = phrase_alternation(_ALL_LABELS)
_LABEL_ONLY = re.compile(rf"^(?:{_LABELS})(?:\s*/\s*(?:{_LABELS}))*\s*(?P<colon>[:：])?$", re.I)
# An element's own text opening with a byline label and going on: "Von Claudia Lindner".
_LABEL_START = re.compile(rf"^(?:{_LABELS})(?:\s+|\s*[:：]\s*)\w", re.I)
# The letters a byline label starts with, in any case: an element's own text that starts with
# none of them matches neither pattern above, and most texts are ruled out by this one test.
_LABEL_FIRST = re.compile(
    f"[{''.join(sorted({re.escape(label[0]) for label in _ALL_LABELS}))}]", re.I
)
# Lists of other stories that never hold the article's byline: related stories, sliders.
_OTHER_STORIES = re.compile(
    r"related|more-stories|recent-posts|latest-posts|slider|carousel|swiper", re.IGNORECASE
)
_LABEL_COLON = re.compile(rf"^(?:{_LABELS})\s*[:：]", re.I)
# A date label left at the end of a byline once its date is cut off: "Ann Lee Stand:".
_DATE_LABEL_END = re.compile(
    rf"(?<!\s)\s*(?<!\w)(?:{phrase_alternation((*PUBLISHED_LABELS, *UPDATE_LABELS))})\s*[:：]?$",
    re.IGNORECASE,
)
# The parts of a line of names: "Ann Lee/Bo Kim", "Ann Lee and Bo Kim".
_WORDS = phrase_alternation(w for w in NAME_CONJUNCTIONS if w.isalpha())
_NAME_PARTS = re.compile(rf"(?:(?<!\s)\s+)?[/,;&]\s*|(?<!\s)\s+(?:{_WORDS})\s+", re.IGNORECASE)
_BOLD = frozenset({"strong", "b"})
# Elements whose bylines are not the article's: pictures and their captions, links to other stories.
_NOT_BYLINE_BOXES = frozenset({"figure", "figcaption", "a"})
# A paragraph of running text, beside which a bold line of names is the byline.
_TEXT_LENGTH = 150
# The short texts (a date, a label) that may stand between a one-name byline and the text.
_NEAR_SHORT = 3
#: The elements whose text a page does not show.
NOT_SHOWN = frozenset(("script", "style", "noscript", "template"))


def spaced_text(el: Element) -> str:
    """The text of ``el`` with a space between text nodes, so ``<b>By</b><a>Ann</a>`` reads apart."""
    return " ".join(" ".join(el.itertext()).split())


def surely_longer(el: Element, limit: int) -> bool:
    """Whether :func:`spaced_text` of ``el`` is longer than ``limit``, told from its first words.

    ``True`` only when it is; ``False`` when it may not be. The text as libxml2 joins it, its
    whitespace folded, is never longer than the spaced text (which only adds spaces between
    nodes), and is longer than ``limit`` once it holds ``limit + 1`` words: the split stops
    there. So a box holding a whole page is told from a byline without the page's text split
    into words and joined again, for each of hundreds of such boxes nested in one another. Only
    the text's start is read, a few times ``limit`` characters and twice as much each time that
    does not tell (its words are the first words of the whole text, the last perhaps cut short):
    nor is the whole page gathered for each box.
    """
    pieces: list[str] = []
    size = 0
    ahead = _READ_AHEAD * limit
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > ahead:
            if _longer("".join(pieces), limit):
                return True
            ahead *= 2
    return _longer("".join(pieces), limit)


def _longer(text: str, limit: int) -> bool:
    """Whether ``text``, whitespace folded, is longer than ``limit``."""
    words = text.split(None, limit)
    # (``limit`` splits made: at least ``limit + 1`` words, with a space between each two.)
    return len(words) > limit or sum(map(len, words)) + len(words) - 1 > limit


def _names_other_stories(node: Element, _: Verdicts) -> bool | None:
    return (
        True if _OTHER_STORIES.search(f"{node.get('class') or ''} {node.get('id') or ''}") else None
    )


_IN_STORY_LIST: Question[bool] = Question(
    _names_other_stories, frozenset({"article", "main", "body"}), otherwise=False
)


def in_story_list(el: Element, verdicts: Verdicts | None = None) -> bool:
    """Whether ``el`` sits in a list of other stories: related stories, a slider, a carousel.

    The walk stops at ``<article>``, ``<main>`` and ``<body>``. Lists named ``teaser`` are not
    counted: many pages name the article's own header that way. ``verdicts`` keeps, for a caller
    that asks of many elements in one tree, whether each ancestor walked is or sits in such a
    list, so that each one's names are tested once (see
    :class:`~newsparse._html.page.tree.Verdicts`).
    """
    return (Verdicts() if verdicts is None else verdicts).ask(_IN_STORY_LIST, el.getparent())


def _not_byline_box(node: Element, _: Verdicts) -> bool | None:
    return True if node.tag in _NOT_BYLINE_BOXES else None


# Inside a picture, its caption or a link, up to the root.
_IN_NOT_BYLINE_BOX: Question[bool] = Question(_not_byline_box, frozenset(), otherwise=False)


def labelled_authors(root: Element, verdicts: Verdicts | None = None) -> Iterator[tuple[str, ...]]:
    """Names after an element's own byline label.

    ``<li>Von: <a>Ann Lee</a></li>``, ``<li><strong>Autor</strong> Ann Lee</li>`` and
    ``<p>von <a>Dr. Ann Lee</a></p>`` all name Ann Lee. Without a colon, only names of two words
    or more (or agencies) count, since a lone capital word after "Text" or "By" may be anything.
    Only the first :data:`_MAX_LABELLED` labelled texts are read as bylines.
    ``verdicts`` are the page's (see :class:`~newsparse._html.page.tree.Verdicts`).
    """
    if verdicts is None:
        verdicts = Verdicts()
    read = 0
    for el in root.iter(lxml.etree.Element):
        text = el.text
        if text is None:
            continue
        own = text.strip()
        if not own or _LABEL_FIRST.match(own) is None:
            continue
        if read == _MAX_LABELLED:
            return
        match = _LABEL_ONLY.match(own) if len(own) <= 40 else None
        if match is None:
            if _LABEL_START.match(own) and not in_story_list(el, verdicts):
                read += 1
                names = _labelled_line(el, verdicts)
                if names:
                    yield names
            continue
        if in_thread(el, verdicts) or in_story_list(el, verdicts):
            continue
        rest = _line_inside(el) if len(el) else _text_after(el)
        rest = " ".join(rest.split()).strip(" :：")
        if not rest or len(rest) > MAX_BYLINE:
            continue
        colon = match.group("colon")
        read += 1
        byline = parse_byline(f"By{':' if colon else ''} {rest}", agencies=True)
        if byline is None or not byline.authors:
            continue
        if colon or all(len(n.split()) >= 2 or is_agency(n) for n in byline.authors):
            yield byline.authors


def _labelled_line(el: Element, verdicts: Verdicts) -> tuple[str, ...]:
    """The names of an element whose text is one labelled byline, or ``()``.

    ``<p>Von Claudia Lindner</p>``, ``<p>Auteur : Ann Lee</p>``: with no colon after the label,
    only names of two words or more (or agencies) count. A date after the names is cut off.
    ``verdicts`` are the page's (see :class:`~newsparse._html.page.tree.Verdicts`).
    """
    text = spaced_text(el)
    if len(text) > MAX_BYLINE or in_thread(el, verdicts):
        return ()
    if verdicts.ask(_IN_NOT_BYLINE_BOX, el.getparent()):
        return ()  # a picture's credit ("von Justin Watt"), or a teaser's link to its story
    byline = parse_byline(as_byline(before_date(text)), agencies=True)
    if byline is None or not byline.authors:
        return ()
    if _LABEL_COLON.match(text) or all(len(n.split()) >= 2 or is_agency(n) for n in byline.authors):
        return byline.authors
    if len(byline.authors) == 1 and _opens_text(el):
        return byline.authors  # "Posted by Konstantin" right over the post's first paragraph
    return ()


def _opens_text(el: Element) -> bool:
    """Whether the first long text after ``el`` comes before any other but a few short ones.

    A labelled line with one short name ("Posted by Konstantin") is a byline when it stands
    right over the article's first paragraph: at most :data:`_NEAR_SHORT` short texts (a date)
    between them, then a text of :data:`_TEXT_LENGTH` characters or more (a ``<p>`` counts
    whole, its links and emphasis included).
    """
    seen = 0
    node: Element | None = el
    while node is not None:
        for sibling in node.itersiblings():
            # Elements, and the tails to read once their children are read.
            stack: list[Element | str | None] = [sibling]
            while stack:
                item = stack.pop()
                if item is None or isinstance(item, str):
                    texts: tuple[str | None, ...] = (item,)
                elif not isinstance(item.tag, str) or item.tag in NOT_SHOWN:
                    texts = (item.tail,)
                elif item.tag == "p":
                    texts = (spaced_text(item), item.tail)
                else:
                    texts = (item.text,)
                    stack.append(item.tail)
                    stack.extend(reversed(item))
                for text in texts:
                    size = len(text.strip()) if text else 0
                    if size >= _TEXT_LENGTH:
                        return True
                    if size:
                        seen += 1
                        if seen > _NEAR_SHORT:
                            return False
        node = node.getparent()
    return False


def as_byline(text: str) -> str:
    """``text`` as the shared byline reader reads it: a label only elements are read for as "By".

    "Ein Beitrag von Ann Lee" reads "By Ann Lee", and "作者：王小明" reads "By: 王小明". The
    enumeration comma of Chinese and Japanese lists ("王小明、李大同") is a comma.
    """
    if "、" in text:
        text = text.replace("、", ", ")
    found = _ELEMENT_LABEL.match(text)
    if found is None:
        return text
    return f"By{':' if found.group('colon') else ''} {text[found.end() :]}"


def before_date(text: str) -> str:
    """``text`` up to a date in it: a byline often runs on into the day it was published.

    "By Ann Lee Thursday, November 9, 2023" is read as "By Ann Lee", and "Ann Lee Stand:
    3.5.2022" as "Ann Lee"; after a date that only a date label stands before, the byline that
    follows is read: "Posted on May 3, 2021 by Ann Lee" as "by Ann Lee".
    """
    if not any(ch.isdigit() for ch in text):
        return text
    found = find_date(text)
    if found is None or found.start == 0:
        return text
    head = _DATE_LABEL_END.sub("", text[: found.start].rstrip(" ,;|·-–—"))
    if head.strip(" :："):
        return head
    # "Posted on September 21, 2020 by Ann Lee": only a date label before the date, and the
    # byline after it.
    rest = text[found.end :].strip(" ,;|·-–—")
    return rest if _LABEL_START.match(rest) else head


def _line_inside(el: Element) -> str:
    """The text of ``el`` after its own text, up to a line break.

    ``<p>Von <a>Ann Lee</a> und <a>Bo Kim</a><br>First sentence...</p>`` reads "Ann Lee und Bo Kim".
    """
    parts: list[str] = []
    for child in el:
        if child.tag == "br":
            break
        parts.extend((spaced_text(child), child.tail or ""))
    return " ".join(parts)


def _text_after(el: Element) -> str:
    """The text after a label element, up to a line break or the next element like it."""
    parts = [el.tail or ""]
    for sibling in el.itersiblings():
        if sibling.tag in {"br", el.tag}:
            break
        parts.extend((spaced_text(sibling), sibling.tail or ""))
    return " ".join(parts)


def bold_names(root: Element) -> Iterator[tuple[str, ...]]:
    """Names in a paragraph that is one bold line opening or closing the text.

    ``<p><strong>Ann Lee/Bo Kim</strong></p>`` right before the first paragraph of running text
    in its box, or right after the last, is the byline. Each name has two words or more.
    """
    boxes: dict[int, _Box] = {}
    for p in root.iter("p"):
        if len(p) != 1 or (p.text or "").strip() or p[0].tag not in _BOLD:
            continue
        if (p[0].tail or "").strip():
            continue
        text = spaced_text(p)
        if not text or len(text) > 80:
            continue
        names = _line_of_names(text)
        if names and _beside_text(p, boxes):
            yield names


def _line_of_names(text: str) -> tuple[str, ...]:
    """The names of a line that is nothing but names of two words or more, else ``()``."""
    names: list[str] = []
    for part in _NAME_PARTS.split(text):
        found = split_authors(part, agencies=True)
        if len(found) != 1 or found[0] != part.strip(" .") or len(found[0].split()) < 2:
            return ()
        names.append(found[0])
    return tuple(names)


class _Box:
    """What :func:`_beside_text` needs to know about one parent's paragraphs, read once.

    A page of thousands of bold paragraphs in one box would otherwise read every sibling's text
    once per bold paragraph (issue 11).
    """

    __slots__ = ("at", "children", "first_long", "lengths", "next_text", "prev_text", "text_after")

    def __init__(self, parent: Element) -> None:
        # The parent and its children are kept: lxml's element objects live only while
        # referenced, and the ids below must stay theirs.
        self.children = [parent, *parent]
        siblings = [el for el in parent if el.tag == "p"]
        self.at = {id(el): i for i, el in enumerate(siblings)}
        self.lengths = [len(spaced_text(el)) for el in siblings]
        count = len(siblings)
        self.first_long = next((i for i, n in enumerate(self.lengths) if n >= _TEXT_LENGTH), count)
        # The nearest paragraph with text after and before each one.
        self.next_text = [count] * count
        following = count
        for i in range(count - 1, -1, -1):
            self.next_text[i] = following
            if self.lengths[i]:
                following = i
        self.prev_text = [-1] * count
        preceding = -1
        for i in range(count):
            self.prev_text[i] = preceding
            if self.lengths[i]:
                preceding = i
        # Whether any element (of any tag) after each child holds text.
        self.text_after: dict[int, bool] = {}
        seen = False
        for child in reversed(self.children[1:]):
            self.text_after[id(child)] = seen
            seen = seen or bool(spaced_text(child))


def _beside_text(p: Element, boxes: dict[int, _Box]) -> bool:
    """Whether ``p`` opens or closes its box's running text.

    It opens it with no long paragraph before it and one right after; it closes it with one
    right before and no text after.
    """
    parent = p.getparent()
    if parent is None:
        return False
    box = boxes.get(id(parent))
    if box is None:
        box = boxes[id(parent)] = _Box(parent)
    at = box.at[id(p)]
    after, before = box.next_text[at], box.prev_text[at]
    opens = after < len(box.lengths) and box.lengths[after] >= _TEXT_LENGTH and box.first_long >= at
    closes = before >= 0 and box.lengths[before] >= _TEXT_LENGTH and not box.text_after[id(p)]
    return opens or closes


def heading_bylines(root: Element) -> Iterator[tuple[str, ...]]:
    """Names in a part of an ``<h1>`` set after its headline.

    ``<h1><span>Headline</span><br><span>編集委員　中沢克二</span></h1>``: a part after the
    longest one (the headline) that is a labelled byline (``By Ann Lee``), or a name after a
    Chinese or Japanese role word, names the writer.
    """
    for heading in root.iter("h1"):
        parts = [spaced_text(child) for child in heading if isinstance(child.tag, str)]
        parts = [part for part in parts if part]
        if len(parts) < 2:
            continue
        longest = max(range(len(parts)), key=lambda i: len(parts[i]))
        for part in parts[longest + 1 :]:
            byline = parse_byline(part)
            first = part.split()[0]
            if byline is None and not first.isascii() and first.endswith(NAME_ROLE_ENDINGS):
                byline = parse_byline(part, bare=True)
            if byline is not None and byline.authors:
                yield byline.authors
                break
