"""The authors: JSON-LD, microdata, ``<meta>``, ``rel=author`` and visible bylines, in that order.

Each source is read on its own and cleaned of the site's own name; the first source that still
names somebody wins, so a JSON-LD ``author`` that only names the publisher does not hide the
person named by ``<meta name="author">`` or the byline. A news agency named as the author
(``dpa``, ``The Associated Press``) is kept: it is the byline of wire copy. A source naming
only people the page labels as editors gives way to one naming a writer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

import attrs
import lxml.etree

from newsparse._html.meta.bylines import (
    MAX_BYLINE,
    NOT_SHOWN,
    as_byline,
    before_date,
    bold_names,
    heading_bylines,
    in_story_list,
    labelled_authors,
    spaced_text,
    surely_longer,
)
from newsparse._html.meta.shown import headline, short_line
from newsparse._html.meta.sites import SitePage, is_site, read_site, spells_host
from newsparse._html.page import selectors as sel
from newsparse._html.page.index import Names
from newsparse._html.page.jsonld import types_of
from newsparse._html.page.sources import MetaTags, Sources, item_value, one_line, unique
from newsparse._html.page.tree import Element, Question, Verdicts, in_thread
from newsparse._normalize.dates import find_date
from newsparse._normalize.names import (
    is_agency,
    is_date_words,
    is_person_name,
    may_name_editor,
    parse_byline,
    split_authors,
)
from newsparse._normalize.phrases import (
    AUTHOR_LABELS,
    DESK_WORDS,
    NAME_PARTICLES,
    NAME_ROLE_ENDINGS,
    NAME_ROLE_SUFFIXES,
    SOURCE_LABELS,
    phrase_alternation,
)
from newsparse._urls import split_url

__all__ = ["read_authors", "read_site_author"]

_T = TypeVar("_T")

_OUTLET = re.compile(r"\(\s*(?:https?://)?(?:www\.)?[\w-]+\.[a-z]{2,6}\b[^)]*\)", re.IGNORECASE)
_PARTS = re.compile(r"(?:(?<!\s)\s+)?[,;|/]\s*")
# "Doe, Jane", "O'Neil, Mary J.", "Doe, J.", "Jong, Michiel de": a family name, a comma, a given
# name or an initial, maybe an initial, and maybe the family name's particles.
_INVERTED = re.compile(
    r"([^\W\d_][\w'’-]+),\s*([^\W\d_](?:[\w'’-]+|\.)(?:\s+[^\W\d_]\.?)?)"
    r"((?:\s+[^\W\d_][\w'’.]*){0,3})"
)
# One initial standing for the given name: "J." of "Doe, J.".
_INITIAL = re.compile(r"[^\W\d_]\.")
# What may stand between names in a byline: commas, "&", and short conjunctions ("and", "y").
_LEFTOVER = re.compile(r"[\s,;&+]+")
# What a site's name given as the author does not hold: a comma before places, a web address.
_BEYOND_NAME = re.compile(r",|://|\bwww\.", re.IGNORECASE)
# How many mentions of a name, and how many levels up from each, are read for an editor label.
_MAX_MENTIONS = 5
# The most names whose mentions are looked for an editor label: each is a search of the whole
# page, and a longer list (a credits list) is never all editors.
_MAX_EDITOR_NAMES = 20
_MAX_HANDLE = 40
# A "By" the shared label pattern leaves at a byline's start ("By Coast News"), or a source's
# label ("Quelle: coastnews.example/ab").
_BY = re.compile(rf"^(?:by\s+|(?:{phrase_alternation(SOURCE_LABELS)})\s*[:：]\s*)", re.IGNORECASE)
# Class or id words of a picture's box, whose "author" element credits the photographer.
_PICTURE_BOX = re.compile(r"photo|foto|image|picture|bild|gallery|galerie", re.IGNORECASE)
_MAX_AUTHOR_LINKS = 50
# The most byline elements read (each is parsed as a byline, for its names): the development
# pages read at most 27 before one names the writer; a hostile page may hold thousands.
_MAX_BYLINES = 100
_NEAR_TEXTS = 12  # texts read after the headline
_LONG_LINE = 150
_LONG_TEXTS = 2
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"\w+")
_MAX_DESK_WORDS = 5
_POST_AUTHOR = "bypostauthor"
#: Path segments before a writer's own page in a link's address.
_AUTHOR_PATHS = frozenset(
    ("author", "authors", "autor", "autoren", "members", "member", "user", "users", "profile")
)
#: Link texts (letters and digits only) of the reader's own account pages under ``/user/``.
_ACCOUNT_LINKS = frozenset(
    (
        *("login", "logout", "signin", "signout", "signup", "register", "account", "myaccount"),
        *("anmelden", "abmelden", "registrieren", "meinkonto", "konto", "profil"),
    )
)
#: Words of a link's text that name the directory of writers, not one of them.
_DIRECTORY_WORDS = frozenset(
    ("author", "autor", "autoren", "member", "mitglied", "mitglieder", "user", "profile", "list")
)
_AUTHOR_PATH_HINT = re.compile(r"/(?:autor|author|member|user|profile)", re.IGNORECASE)
_SLUG_CHARS = re.compile(r"[\W_]+")
_HANDLE = re.compile(r"[^\W_][\w.-]{1,30}")
_MAX_COMPLETIONS = 20
# A capitalised word of letters (not all capitals): "Todd", "Émile".
_GIVEN_NAME = re.compile(r"[^\W\d_a-z](?:[^\W\d_]*[^\W\d_A-Z][^\W\d_]*)?")
# The longest text read for a full name (a byline box or a credit, not a paragraph).
_MAX_COMPLETION_TEXT = 60
# A copyright notice ("© Ann Lee. All Rights Reserved."): the site's owner, not the byline's.
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
_BYLINE_DEPTH = 3
# The text nodes that hold a name, in document order (compiled once, not at each call). Not
# ".//text()[...]": libxml2 reads that as a step per element, merging each one's matches into
# the result with a duplicate check, which is quadratic in the matches (24,000 text nodes
# naming the author took 19 s); one descendant step with the test is linear.
_MENTIONS = lxml.etree.XPath("descendant::text()[contains(string(), $name)]")
# An element's own text nodes (those of its text and of its children's tails).
_TEXT_CHILDREN = lxml.etree.XPath("text()")
# The label and value pairs of link-preview metadata read (``twitter:label1`` ... ``label4``).
_MAX_META_LABELS = 4
# The words joining the two people of an interview's byline: "Ann Lee im Gespräch mit Bo Kim".
_INTERVIEW = re.compile(
    r"\s+(?:im Gespräch mit|in conversation with|in an interview with|im Interview mit|"
    r"en conversation avec|interviewed by)\s+",
    re.IGNORECASE,
)
# The microdata types of a picture, a video or a sound: their author is a credit.
_MEDIA_ITEM = re.compile(r"(?:Image|Video|Audio|Media)Object|Photograph", re.IGNORECASE)
# Words of a theme's or a site's credit in an author meta tag: its makers, not the writer. A
# credit phrase only: "Jane Doe, developer advocate" is a writer with her job.
_MAKERS = re.compile(
    r"\b(?:designed|design by|web ?design|theme by|developed by|powered by)\b", re.I
)
# The first letter of the scripts whose names are written without spaces (CJK radicals on).
_CJK_FIRST = "\u2e80"
# Roles written beside a name in scripts without spaces: "记者 王小明", "김철수 기자".
_ROLE_WORDS = frozenset((*NAME_ROLE_ENDINGS, *NAME_ROLE_SUFFIXES))
_AUTHOR_LABEL = re.compile(phrase_alternation(AUTHOR_LABELS), re.IGNORECASE)
#: One candidate from a source: its author values as written (one per JSON-LD author), or
#: names a byline rule already read.
_Group = list[str | tuple[str, ...]]
#: The most parts of one value read for names (the pieces between its commas and conjunctions;
#: the development pages give at most 7). A hostile value may name 100,000 people.
_MAX_VALUE_PARTS = 100
#: The most distinct values of one group read for names (the development pages give at most 66:
#: one author tag for each writer of a long list). A page may repeat a tag thousands of times.
_MAX_GROUP_VALUES = 200
#: The most characters of one value read for names (the development pages' longest author value
#: has 81; a hundred long names fit in 5,000). A hostile value may be megabytes long, and each
#: reader splits all of it before taking its first parts.
_MAX_VALUE_CHARS = 5_000
# A responsible editor's line, as Chinese pages close a story: "责任编辑：焦鹏", "(责编：牛镛、岳弘彬)".
_EDITOR_TEXTS = lxml.etree.XPath(
    "//text()[contains(., '责任编辑') or contains(., '责编') or contains(., '責任編輯')]"
)
_EDITOR_LINE = re.compile(r"(?:责任编辑|责编|責任編輯)\s*[:：]\s*(?P<names>[^)）\]】]*)")
_EDITOR_NAMES = re.compile(r"[、，,；;/\s]+")
# The page's copyright notices, and the holder one names: "© 2021 Ann Lee.", "Copyright (c)
# 2012-2020 Ann Lee | Impressum", "(c) Ann Lee - All rights reserved".
_NOTICE_TEXTS = lxml.etree.XPath(
    "//text()[contains(., '©') or contains(., 'opyright') or contains(., '(c)')"
    " or contains(., '(C)')]"
)
_NOTICE = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*"
    r"(?:(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d)?)?\s*,?\s*)?(?:by\s+)?"
    r"(?P<holder>[^\W\d_][^.,;:|·•©()\d]{2,60}?)\s*(?=[.,;:|·•()]|\s[-–—]\s|\ball rights\b|$)",
    re.IGNORECASE,
)
_MAX_NOTICES = 10
_MAX_EDITOR_LINE = 40
_MAX_ORGANISATION = 100  # characters of an organisation author's name


def _distinct(group: _Group) -> list[str | tuple[str, ...]]:
    """The first :data:`_MAX_GROUP_VALUES` distinct values of ``group``, in order.

    Each value is read for names once: a repeated value names nobody new (a page of 24,000
    identical author tags read each one, 0.85 s a megabyte).
    """
    values = itertools.islice(dict.fromkeys(group), _MAX_GROUP_VALUES)
    return [value[:_MAX_VALUE_CHARS] if isinstance(value, str) else value for value in values]


def _group_names(group: _Group, page: SitePage) -> tuple[str, ...]:
    """The names the values of ``group`` give (see :func:`_people`), each name once."""
    return unique(name for value in _distinct(group) for name in _people(value, page))


def _names_from_jsonld(value: Any, objects: tuple[dict[str, Any], ...] = ()) -> Iterator[_Group]:
    """The names in each JSON-LD author value: people, and organisations that are agencies.

    With ``objects``, an author given only as a reference (``{"@id": ".../#author"}``, as a
    ``@graph`` writes it) is the object of ``objects`` with that ``@id``.
    """
    items = value if isinstance(value, list) else [value]
    group: _Group = []
    for value_item in items:
        item = value_item
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = next((obj for obj in objects if obj.get("@id") == item["@id"]), item)
        if isinstance(item, dict):
            name = item.get("name")
            kinds = types_of(item)
            if isinstance(name, list):
                parts = [str(n) for n in name if n]
                people = not kinds or kinds & {"person", "author"}
                if people and len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
                    # ["Ann Lee", "Bo Kim"]: several people under one author object.
                    group.extend(parts)
                    continue
                name = " ".join(parts)
            if not isinstance(name, str) and item.get("givenName"):
                name = f"{item.get('givenName')} {item.get('familyName') or ''}"
            if kinds and not kinds & {"person", "author"}:
                if isinstance(name, str) and is_agency(name):
                    group.append((" ".join(name.split()),))
                continue
            if isinstance(name, str):
                group.append(name)
        elif isinstance(item, str) and not item.startswith(("http://", "https://", "/")):
            group.append(item)
    yield group


def _first_scope(authors: Iterable[Element]) -> Iterator[Element]:
    """Of ``authors`` (the page's ``itemprop="author"`` elements), those of the first item.

    Related-article teasers often carry their own microdata items, each with an author; only the
    first item's authors (the article's, which comes first) are the page's. The author of a
    picture's item (``ImageObject``, ``VideoObject``) is its photographer, never the page's.
    """
    first = True
    scope: Element | None = None
    for el in authors:
        owner = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if owner is not None and _MEDIA_ITEM.search(owner.get("itemtype") or ""):
            continue
        if first:
            first, scope = False, owner
        if owner is scope:
            yield el


def _microdata_authors(src: Sources) -> Iterator[_Group]:
    values = (item_value(el) for el in _first_scope(src.microdata("author")))
    yield [value for value in values if value and len(value) < 120]


def _name_in(text: str, *, strict: bool = True) -> str | None:
    """The one person or agency named by a short byline element's text, or ``None``.

    ``strict=False`` accepts a lower-case pseudonym where the markup says the text is a name
    (``rel="author"``).
    """
    value = sel.BYLINE_PREFIX.sub("", text).strip(" ,:|·-–—")
    names = split_authors(value, strict=strict, agencies=True)
    # The weekday of a date line in the byline box ("Donnerstag, 4. November") names nobody.
    names = tuple(name for name in names if not is_date_words(name))
    return names[0] if len(names) == 1 else None


def _rel_name(el: Element) -> str | None:
    """The name an ``<a rel="author">`` link gives, or ``None`` (another link, or no name)."""
    if "author" not in (el.get("rel") or "").lower().split():
        return None
    return _name_in(spaced_text(el), strict=False)


def _rel_authors(links: Iterable[Element]) -> Iterator[_Group]:
    """The names of the ``rel=author`` links in the byline of the first one.

    Teasers of other stories carry author links of their own further down the page; the first
    link's byline is the largest short box around it (see :func:`_byline_box`). A link in a
    picture's caption credits the photographer and is passed over. ``links`` are
    the page's ``<a>`` elements with a ``rel`` (:attr:`~newsparse._html.page.index.PageIndex.rel_links`).
    """
    for link in links:
        if _rel_name(link) is not None and not _in_picture(link):
            names = (_rel_name(el) for el in _byline_box(link).iter("a"))
            yield [(name,) for name in names if name]
            return
    yield []


def _in_picture(link: Element) -> bool:
    """Whether ``link`` sits in a picture's caption: ``Photo by <a rel="author">``, a credit."""
    return any(node.tag in {"figure", "figcaption"} for node in link.iterancestors())


def _byline_box(link: Element) -> Element:
    """The largest element around ``link`` with no more text than a byline holds."""
    box = link
    for parent in link.iterancestors():
        if surely_longer(parent, MAX_BYLINE) or len(spaced_text(parent)) > MAX_BYLINE:
            break
        box = parent
    return box


def _byline_texts(
    candidates: Iterable[tuple[Element, Names]], verdicts: Verdicts
) -> Iterator[tuple[str, str]]:
    """The texts of byline-like elements, with their attributes (see :func:`_byline_elements`)."""
    for _, text, attrs_ in _byline_elements(candidates, verdicts):
        yield text, attrs_


def _byline_elements(
    candidates: Iterable[tuple[Element, Names]], verdicts: Verdicts
) -> Iterator[tuple[Element, str, str]]:
    """Byline-like elements (by class, id or test id), each with its text and its attributes.

    ``candidates`` are the page's elements with a class, id or test id, with them
    (:attr:`~newsparse._html.page.index.PageIndex.named`). Any tag counts, custom elements (``<storefront-section
    class="authors">``) included. The texts are read only as far as the caller reads (see
    :class:`_Lazy`), and no further than the first :data:`_MAX_BYLINES`. ``verdicts`` are the page's (see :class:`~newsparse._html.page.tree.Verdicts`).
    """
    # Class names repeat a lot: each set is matched once, and joined once (by an f-string: a
    # join over a generator costs a frame per name).
    named: dict[Names, str | None] = {}
    read = 0
    for el, names in candidates:
        # ("" is never a joined set of names, which holds two spaces: one look-up, not two.)
        attrs_ = named.get(names, "")
        if attrs_ == "":
            attrs_ = f"{names[0] or ''} {names[1] or ''} {names[2] or ''}"
            if not sel.BYLINE_ATTR.found(attrs_) or sel.NOT_BYLINE_ATTR.found(attrs_):
                attrs_ = None
            named[names] = attrs_
        if attrs_ is None or surely_longer(el, MAX_BYLINE):
            continue
        text = spaced_text(el)
        if not text or len(text) > MAX_BYLINE or sel.COMMENT_HEADER.search(text):
            continue
        if not in_thread(el, verdicts) and not _outside_story(el, verdicts):
            yield el, text, attrs_
            read += 1
            if read == _MAX_BYLINES:
                return


def _in_figure(node: Element, _: Verdicts) -> bool | None:
    return True if node.tag in {"figure", "figcaption"} else None


_IN_FIGURE: Question[bool] = Question(
    _in_figure, frozenset({"article", "main", "body"}), otherwise=False
)


def _outside_story(el: Element, verdicts: Verdicts) -> bool:
    """Whether a byline-like element belongs to something other than the article's text.

    A picture's credit, inside ``<figure>``: the name there is a photographer's; a byline in a
    list of related stories, a slider or a carousel is another story's (see
    :func:`~newsparse._html.meta.bylines.in_story_list`). Lists named ``teaser`` are not counted: on
    the held-out pages they cost more real bylines, in headers named ``teaser``, than the
    teasers' names they kept out.
    """
    return verdicts.ask(_IN_FIGURE, el.getparent()) or in_story_list(el, verdicts)


def _byline_authors(bylines: Iterable[tuple[str, str]]) -> Iterator[tuple[tuple[str, ...], bool]]:
    """Authors from byline-like elements that read as a byline.

    Yields the names and whether a byline rule read them (``By``, ``Von``, ``Penulis:``); a bare
    one-word text is yielded too, so that a byline naming only the site ends the search.
    """
    for full, attrs_ in bylines:
        text = as_byline(before_date(full))
        byline = parse_byline(text, agencies=True) or parse_byline(
            sel.BYLINE_PREFIX.sub(_as_by, text), agencies=True
        )
        if byline is not None and byline.authors:
            yield byline.authors, True
            continue
        name = _name_in(text)
        if name:
            # hCard markup ("author vcard", "fn") says the text is a name, one word or more, and
            # so does a reporter's role beside it ("记者 王小明", "김철수 기자").
            role = name != text.strip() and any(word in text for word in _ROLE_WORDS)
            yield (name,), role or sel.NAME_MARKUP.found(attrs_)
            continue
        names = _only_names(_INTERVIEW.sub(", ", text), listed="、" in full)
        if names:
            # (A list joined by "、" says its unspaced words are names, as a rule would.)
            yield names, "、" in full


def _signs_as_site(found: tuple[str, ...], page: SitePage) -> bool:
    """Whether a byline names one writer by the site's own name: a blog's owner, most often.

    ``<span class="author vcard"><a class="fn">Creeny</a></span>`` on the blog called Creeny:
    the byline (read by a byline rule, hCard markup or a role word, see
    :func:`_byline_authors`) says the text is a person's name, and a personal blog is named
    after its writer. Only a name that reads as a person's counts (see
    :func:`~newsparse._normalize.names.is_person_name`): not a web address, not an outlet's name
    with ``News`` or ``Daily`` in it, not an agency, at most two words.
    """
    if len(found) != 1:
        return False
    name = found[0]
    return (
        len(name.split()) <= 2
        and is_person_name(name)
        and not is_agency(name)
        and not sel.NOT_AN_AUTHOR.match(name)
    )


def _only_names(text: str, *, listed: bool = False) -> tuple[str, ...]:
    """The names of a byline text that is nothing but two or more full names and separators.

    ``Isabel Caro, Rocío Latorre y José Miguel Wilson``: every name has two words or more, and
    the names are the whole text but for commas and conjunctions. Chinese and Japanese names are
    written without spaces: in a list that was joined by ``、`` (``listed``: ``王小明、李大同``),
    a name of two to six letters of those scripts is a full name too.
    """
    names = split_authors(text, agencies=False)
    if len(names) < 2 or not all(_full_name(name, listed=listed) for name in names):
        return ()
    rest = text
    for name in names:
        rest = rest.replace(name, " ", 1)
    return names if len(_LEFTOVER.sub("", rest)) <= len(names) * 4 else ()


def _full_name(name: str, *, listed: bool) -> bool:
    """Whether ``name`` has two words or more, or is a Chinese or Japanese name in a list.

    In a list joined by ``、`` (``listed``), one unspaced word of two to six letters of the
    scripts from the CJK radicals on (kana, ideographs, Hangul) is a full name.
    """
    if len(name.split()) >= 2:
        return True
    return listed and name.isalpha() and 2 <= len(name) <= 6 and min(name) >= _CJK_FIRST


def _as_by(match: re.Match[str]) -> str:
    """A byline label or author-link phrase opening a text as "By"; one closing it goes."""
    return "By " if match.start() == 0 else ""


def _meta_authors(meta: MetaTags) -> Iterator[_Group]:
    """The values of each author meta tag, one group for all the tags of one name.

    ``<meta name="author">`` given once for each writer names them all. A value that credits
    the site's makers (``"Ann Lee und Bo designed"``, ``"Theme by Studio"``) names the people
    who built the theme, not the writer.
    """
    values = meta.values
    for name in sel.META_AUTHOR:
        found = values.get(name)  # (most pages give none of most names: no list made for them)
        if found:
            group: _Group = [
                value
                for value in found
                if not value.startswith(("http://", "https://", "@", "/"))
                and not _MAKERS.search(value)
            ]
            if group:
                yield group


def _labelled_meta_authors(meta: MetaTags) -> Iterator[_Group]:
    """The value of a ``twitter:dataN`` whose ``twitter:labelN`` is a byline label.

    ``<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ann
    Lee">``, as blog software writes the post's author for link previews.
    """
    for n in range(1, _MAX_META_LABELS + 1):
        label = meta.first([f"twitter:label{n}"])
        if label is None:
            break
        value = meta.first([f"twitter:data{n}"])
        if value and _AUTHOR_LABEL.fullmatch(label.strip(" :：")):
            yield [value]


class _Lazy(Generic[_T]):
    """The items of an iterator, read only as far as anyone asks, and kept for the next reader.

    The byline elements are looked for only on pages whose metadata names nobody, and the walk
    stops at the first byline that names somebody; each byline is read once, however many
    readers go through it.
    """

    def __init__(self, items: Iterator[_T]) -> None:
        self._items = items
        self._seen: list[_T] = []

    def __iter__(self) -> Iterator[_T]:
        yield from self._seen
        for item in self._items:
            self._seen.append(item)
            yield item


#: The names each byline-like element gives, and whether a byline rule read them (see
#: :func:`_byline_authors`).
_Bylines = Iterable[tuple[tuple[str, ...], bool]]


def _mentions(root: Element, name: str, seen: dict[str, list[Any]]) -> list[Any]:
    """The first text nodes of the page that hold ``name``, in document order, found once per name.

    A space of the name stands for any run of whitespace: a no-break space (``B&nbsp;Lee``),
    or a line break where the markup wraps its text. The nodes are found by the name's longest
    word, and those that hold the name only with their whitespace folded are read again so.
    The first :data:`_MAX_COMPLETIONS` are kept: no reader looks further.
    """
    if name not in seen:
        words = name.split(" ")
        if len(words) == 1:
            seen[name] = _text_nodes(root, name, _MAX_COMPLETIONS)
        else:
            seen[name] = _text_nodes(
                root,
                max(words, key=len),
                _MAX_COMPLETIONS,
                lambda node: name in node or name in " ".join(node.split()),
            )
    return seen[name]


def _text_nodes(
    root: Element,
    part: str,
    limit: int | None = None,
    keep: Callable[[str], bool] | None = None,
) -> list[Any]:
    """The text nodes under ``root`` that hold ``part`` (and pass ``keep``), in document order.

    At most ``limit`` of them (all without one). Each is a string that knows its element
    (``getparent()``), as lxml's XPath gives it.

    The elements' own texts are read in a walk over the page's nodes, and only the elements
    whose text holds ``part`` are asked for their text nodes: an XPath search of the whole page
    converts every text node to a string of its own (a third more instructions). lxml joins an
    element's text from adjacent text nodes (a dropped ``<script>`` leaves its tail beside the
    text before it): a text that holds ``part`` holds every node that does, and each of those
    nodes is then found among the element's own. A tail that holds ``part`` (its nodes come
    after the element's descendants, out of the walk's order) has the whole page searched
    (rare: a name set after a label element, ``<b>By</b> Ann Lee``).

    The walk ends once the texts it has found hold every occurrence of ``part`` in the page's
    text (libxml2 joins it in C, a fraction of the walk's cost): the texts and tails of distinct
    nodes are apart in the joined text, so the occurrences they hold, counted apart
    (``str.count``, with no overlaps), are never more than the joined text's count, and once
    the texts hold as many, no later text and no tail holds ``part``: the tails are read only
    when the texts of the whole page hold fewer. A name set only in the page's first texts
    (the byline, the JSON-LD in the head) is found without a walk over the rest.
    """
    holders: list[Element] = []
    # (An empty part is in every text: counted apart, it would seem to run out.)
    left = _text_count(root, part) if part else -1
    if left == 0:
        return []
    for node in root.iter():
        text = node.text
        if text is not None and part in text:
            holders.append(node)
            if isinstance(node.tag, str):  # (a comment's text is not in the page's text)
                left -= text.count(part)
                if left == 0:
                    break
    else:
        # The texts hold fewer occurrences than the page: a tail may hold the others. (Texts and
        # tails are apart in the page's text, so once the texts hold them all no tail holds one,
        # and the tails need not be read.)
        for node in root.iterdescendants():
            tail = node.tail
            if tail is not None and part in tail:
                every = _MENTIONS(root, name=part)
                return [found for found in every if keep is None or keep(found)][:limit]
    found: list[Any] = []
    for holder in holders:
        if not isinstance(holder.tag, str):
            continue  # a comment's or a processing instruction's own text is no text node
        for node in _TEXT_CHILDREN(holder):
            if node.is_tail or part not in node or (keep is not None and not keep(node)):
                continue
            found.append(node)
            if len(found) == limit:
                return found
    return found


def _text_count(root: Element, part: str) -> int:
    """How many times ``part`` occurs, without overlaps, in the text of ``root`` (tail aside).

    Counted in the text's UTF-8 bytes, which libxml2 gives without a decoding: a character's
    bytes never begin inside another's, so the bytes of ``part`` are found where ``part`` is.
    A lone surrogate (from a JSON escape) is written as bytes no page's text holds.
    """
    text = lxml.etree.tostring(root, method="text", encoding="utf-8", with_tail=False)
    return bytes(text).count(part.encode("utf-8", "surrogatepass"))


def _editors(names: Iterable[str], root: Element, seen: dict[str, list[Any]]) -> set[str]:
    """Those of ``names`` that a short line of the page labels as the editor ("Editor : Ann").

    Each name is looked for in the page's text; the element holding it, or a short ancestor,
    is read as a byline. The search ends at the first name that no line labels so: the caller
    asks only whether every name is an editor's. ``seen`` keeps each name's mentions (see
    :func:`_mentions`). A list of more than 20 names is not searched (nothing is found): each
    name's search reads the whole page, and a page naming thousands took the square of its size.
    """
    names = tuple(names)
    if len(names) > _MAX_EDITOR_NAMES:
        return set()
    found: set[str] = set()
    for name in names:
        if not _is_editor(name, root, seen):
            break
        found.add(name.casefold())
    return found


def _is_editor(name: str, root: Element, seen: dict[str, list[Any]]) -> bool:
    """Whether a short line of the page holding ``name`` labels it as the editor."""
    key = name.casefold()
    for node in _mentions(root, name, seen)[:_MAX_MENTIONS]:
        el = node.getparent() if hasattr(node, "getparent") else None
        for _ in range(_BYLINE_DEPTH):
            # (A box of the whole text is told from a byline by its first words, not joined.)
            if el is None or surely_longer(el, MAX_BYLINE):
                break
            text = spaced_text(el)
            if len(text) > MAX_BYLINE:
                break
            byline = parse_byline(text) if may_name_editor(text) else None
            if byline is not None and key in {e.casefold() for e in byline.editors}:
                return True
            el = el.getparent()
    return False


def _is_author(name: str, page: SitePage) -> bool:
    return (
        not sel.NOT_AN_AUTHOR.match(name)
        and name.casefold() not in page.rejected
        and (name.casefold() in page.owners or not is_site(name, page))
    )


def _owners(src: Sources, site: SitePage) -> frozenset[str]:
    """The people a site is named after, as its JSON-LD says: a publisher that is a person.

    A personal blog names its owner as the publisher (``"publisher": {"@id": ".../#/schema/
    person/..."}`` resolving to a ``Person``), and often as the site's name too; that person
    still writes its posts. So does a blog on a host named after its writer
    (``janeroe.blogs.example``), whose JSON-LD author is a ``Person`` of two words or more
    spelling that host name (see :func:`~newsparse._html.meta.sites.spells_host`).
    """
    publisher = src.art.get("publisher")
    items = publisher if isinstance(publisher, list) else [publisher]
    found: set[str] = set()
    author = src.art.get("author")
    for value in author if isinstance(author, list) else [author]:
        name = value.get("name") if isinstance(value, dict) else None
        if (
            isinstance(value, dict)
            and isinstance(name, str)
            and len(name.split()) >= 2
            and "person" in types_of(value)
            and spells_host(name, site)
        ):
            found.add(" ".join(name.split()).casefold())
    for value in items:
        item = value
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = next((obj for obj in src.ld.objects if obj.get("@id") == item["@id"]), item)
        if isinstance(item, dict) and "person" in types_of(item):
            name = item.get("name")
            if isinstance(name, str) and name.strip():
                found.add(" ".join(name.split()).casefold())
    return frozenset(found)


def _inverted(value: str) -> str | None:
    """``"Doe, Jane"`` (one person, family name first, as catalogues write) as ``"Jane Doe"``.

    Only a value of exactly one capitalised word, a comma, and one capitalised word or initial
    with at most one initial after it, then the family name's lower-case particles (``"Jong,
    Michiel de"`` is Michiel de Jong); two agencies (``"Reuters, AFP"``) or a label are not one
    person.
    """
    found = _INVERTED.fullmatch(value.strip())
    if found is None:
        return None
    family, given, particles = found.group(1), found.group(2), found.group(3).split()
    if not (family[0].isupper() and given[0].isupper()) or family.isupper():
        return None
    if given.isupper() and not _INITIAL.fullmatch(given):
        return None
    if any(word not in NAME_PARTICLES and word not in {"v.", "v.d."} for word in particles):
        return None
    if is_agency(family) or is_agency(given.split()[0]):
        return None
    return " ".join((given, *particles, family))


def _people(value: str | tuple[str, ...], page: SitePage) -> tuple[str, ...]:
    """The people (and agencies) one source value names: split, without the site's own name.

    A name followed by a web address in brackets is an outlet's (``"Deutsche Welle
    (www.dw.com)"``). When the value also named the site or an address (``"hessenschau.de,
    Frankfurt, Germany"``), the one-word names left in it are places, not people.
    """
    if isinstance(value, tuple):
        return tuple(name for name in value if _is_author(name, page))
    if _OUTLET.search(value):
        return ()
    if ";" in value and any(_inverted(piece) for piece in value.split(";")):
        return tuple(unique(n for piece in value.split(";") for n in _people(piece, page)))
    inverted = _inverted(value)
    if inverted is not None:
        return (inverted,) if _is_author(inverted, page) else ()
    people = [
        name
        for name in split_authors(value, agencies=True, limit=_MAX_VALUE_PARTS)
        if _is_author(name, page)
    ]
    if any(is_site(part, page) for part in _PARTS.split(value)[:_MAX_VALUE_PARTS]):
        people = [name for name in people if len(name.split()) >= 2 or is_agency(name)]
    return tuple(people)


_SOURCES: tuple[Callable[[Sources], Iterator[_Group]], ...] = (
    lambda src: _names_from_jsonld(src.art.get("author") or src.art.get("creator")),
    _microdata_authors,
    lambda src: _meta_authors(src.meta),
    lambda src: _rel_authors(src.index.rel_links),
)


def _from_sources(src: Sources, page: SitePage, bylines: _Bylines) -> tuple[str, ...]:
    """The names of the first source that names somebody, the visible bylines last.

    A news agency that is the site itself ("Associated Press" on apnews.com) is the author only
    when nothing else names anybody: its own copy carries its name and no other.
    """
    agencies: tuple[str, ...] = ()
    desks: tuple[str, ...] = ()
    for source in _SOURCES:
        for group in source(src):
            if not group:
                continue  # (most sources give an empty group: nothing for the look-ups below)
            values = _distinct(group)
            names = unique(name for value in values for name in _people(value, page))
            if names:
                return names
            agencies = agencies or unique(name for value in values for name in _agencies(value))
            desks = desks or unique(name for value in values if (name := _desk(value)))
    for found, labelled in bylines:
        # The first byline is the article's; later ones are teasers' (a site-only byline ends
        # the search among them; the text may still name the writer).
        names = _people(found, page)
        if names and (labelled or len(names[0].split()) >= 2):
            return names
        if any(is_site(name, page) for name in found):
            if labelled and _signs_as_site(found, page):
                return found  # a blog signed with its own name: its owner
            break
    for finder in (
        lambda root: labelled_authors(root, src.index.verdicts),
        bold_names,
        heading_bylines,
    ):
        for found in finder(src.root):
            names = _people(found, page)
            if names:
                return names
    names = _linked_author(src.root, page, src.index.verdicts) or _dated_name_line(src, page)
    if names:
        return names
    # A JSON-LD author given only by reference, and a link preview's labelled author, are often
    # the account that posted the page, not the writer the byline names: they come last.
    author = src.art.get("author") or src.art.get("creator")
    for group in (
        *_names_from_jsonld(author, src.ld.objects),
        *_labelled_meta_authors(src.meta),
    ):
        if not group:
            continue
        names = _group_names(group, page)
        if names:
            return names
    return agencies or desks or _post_author_comment(src, page)


def _post_author_comment(src: Sources, page: SitePage) -> tuple[str, ...]:
    """The name on a comment that the page marks as the post author's own (``bypostauthor``).

    Blog software marks the comments its writer answers with ``class="comment bypostauthor"``
    and shows the commenter's name in the comment's ``fn`` or ``comment-author`` element: on a
    blog whose post names no writer, that name is the writer's. Read from the page's named
    elements (:attr:`~newsparse._html.page.index.PageIndex.named`), no walk of its own.
    """
    for el, names in src.index.named.items():
        marked = names[0]
        if marked is None or _POST_AUTHOR not in marked or _POST_AUTHOR not in marked.split():
            continue
        # The hCard name first: a "comment-author" box may hold "Ann Lee says:" around it.
        holders: dict[str, Element] = {}
        for holder in el.iter():
            classes = (holder.get("class") or "").split() if isinstance(holder.tag, str) else []
            for name in ("fn", "comment-author"):
                if name in classes:
                    holders.setdefault(name, holder)
        for name in ("fn", "comment-author"):
            text = one_line(spaced_text(holders[name])) if name in holders else ""
            if (
                text
                and len(text) <= _MAX_HANDLE
                and _is_author(text, page)
                and (is_person_name(text, strict=False) or _HANDLE.fullmatch(text))
            ):
                return (text,)
        return ()
    return ()


def _linked_author(root: Element, page: SitePage, verdicts: Verdicts) -> tuple[str, ...]:
    """The writer the first author-page link of the story names, handles included.

    A link to a writer's page (``/author/jane-roe/``, ``/members/quill77.8/``) whose text is
    the name that page's address spells (``Jane Roe``, ``quill77``) names the writer, even
    without a byline class or ``rel="author"``; blogs and forums often sign with a user name
    that no name rule accepts (lower case, digits). Links in menus, comment threads, story
    lists, sidebars and pictures are skipped; only the first link left is read, and a text
    that spells the site's own host (``/author/example-news/``) names nobody. At most the
    first 50 author-page links are looked at (a hostile page may hold thousands).
    """
    tried = 0
    for link in root.iter("a"):
        href = link.get("href") or ""
        if not _may_be_author_path(href):
            continue  # most links: no address to split
        address = split_url(href)
        slug = _author_slug(address.path) if address is not None else None
        if address is None or slug is None:
            continue
        tried += 1
        if tried > _MAX_AUTHOR_LINKS:
            break
        text = sel.BYLINE_PREFIX.sub("", spaced_text(link)).strip(" ,:|·-–—@")
        key = _SLUG_CHARS.sub("", text.casefold())
        if not key or len(text) > _MAX_HANDLE or key not in slug:
            continue
        if key in _ACCOUNT_LINKS or any(
            word.casefold().rstrip("s") in _DIRECTORY_WORDS for word in text.split()
        ):
            continue  # the list itself ("Member list", "Authors"), or the reader's account
        if _in_menu(link) or in_thread(link, verdicts) or _outside_story(link, verdicts):
            continue
        host = _SLUG_CHARS.sub("", (address.hostname or "").casefold())
        words = text.split()
        named = is_person_name(text, strict=False) or (
            len(words) == 1 and _HANDLE.fullmatch(text) is not None
        )
        if named and key not in host and _is_author(text, page):
            return (text,)
        return ()
    return ()


def _dated_name_line(src: Sources, page: SitePage) -> tuple[str, ...]:
    """The writer named on the short line under the headline that also gives the date.

    ``11.12.2019 - Ann Lee``, ``Ann Lee | 3 May 2021``: a line of a date and one name of two
    words or more, nothing else, among the first texts after the headline (before the second
    long one), is the story's date-and-byline line, whatever its class.
    """
    h1 = headline(src)
    if h1 is None:
        return ()
    seen = 0
    long_texts = 0
    for el in _after(h1):
        if not isinstance(el.tag, str) or el.tag in NOT_SHOWN:
            continue
        for text in (el.text, el.tail):
            if not text:
                continue
            line = short_line(text, _LONG_LINE)  # (None for a long text, told by its start)
            if line == "":
                continue
            seen += 1
            if seen > _NEAR_TEXTS:
                return ()
            if line is None:
                long_texts += 1
                if long_texts >= _LONG_TEXTS:
                    return ()  # the body has begun
                continue
            found = find_date(line) if _DIGITS.search(line) else None
            if found is None:
                continue
            rest = (line[: found.start] + " " + line[found.end :]).strip(" -–—|·,/")
            names = split_authors(rest)
            if len(names) == 1 and len(names[0].split()) >= 2 and names[0] == rest:
                return names if _is_author(names[0], page) else ()
    return ()


def _after(el: Element) -> Iterator[Element]:
    """The elements after ``el`` and its own descendants, in document order."""
    node: Element | None = el
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter()
        node = node.getparent()


def _in_menu(el: Element) -> bool:
    """Whether ``el`` sits in the site's navigation or footer (a ``Members`` menu entry)."""
    for node in el.iterancestors():
        if node.tag in {"nav", "footer"} or node.get("role") == "navigation":
            return True
        if node.tag in {"article", "main", "body"}:
            return False
    return False


def _may_be_author_path(href: str) -> bool:
    """Whether ``href`` holds :data:`_AUTHOR_PATH_HINT` (found by substring in ASCII text).

    Lower-casing ASCII text folds its case as the case-insensitive pattern does, and the
    substring tests cost a fraction of sre's search, which stops at every slash of an address.
    """
    if not href.isascii():
        return _AUTHOR_PATH_HINT.search(href) is not None
    lowered = href.lower()
    return (
        "/autor" in lowered
        or "/author" in lowered
        or "/member" in lowered
        or "/user" in lowered
        or "/profile" in lowered
    )


def _author_slug(path: str) -> str | None:
    """The segment after an author-page segment of an address's ``path``, letters and digits only."""
    parts = [part for part in path.split("/") if part]
    for before, after in itertools.pairwise(parts):
        if before.casefold() in _AUTHOR_PATHS:
            return _SLUG_CHARS.sub("", after.casefold())
    return None


def _desk(value: str | tuple[str, ...]) -> str | None:
    """A newsroom desk that a structured author value names: ``"Ars Staff"``, ``"BR24 Redaktion"``.

    Two to five words, one of them a desk's (see
    :data:`~newsparse._normalize.phrases.DESK_WORDS`), no address or handle: the byline of a
    story no one person signs, kept like an agency's when nothing else names anybody.
    """
    if not isinstance(value, str):
        return None
    text = one_line(value)
    words = _WORD.findall(text.casefold())
    if not 2 <= len(text.split()) <= _MAX_DESK_WORDS or any(c in text for c in "@/:;|"):
        return None
    return text if any(word in DESK_WORDS for word in words) else None


def _agencies(value: str | tuple[str, ...]) -> tuple[str, ...]:
    """The news agencies one source value names."""
    names = (
        value
        if isinstance(value, tuple)
        else split_authors(value, agencies=True, limit=_MAX_VALUE_PARTS)
    )
    return tuple(name for name in names if is_agency(name))


def _widened(
    names: tuple[str, ...], src: Sources, page: SitePage, bylines: _Bylines
) -> tuple[str, ...]:
    """``names``, or a longer list that another of the page's sources gives for the same byline.

    Pages often put only the first of two writers into their metadata. The other sources are,
    in order: the ``rel=author`` links of the byline (the largest short box, up to 150
    characters of text, around the first author link naming one of ``names``), the other
    metadata values (JSON-LD ``creator``, ``<meta name=author>``), and the first byline element
    that names anybody, when a byline rule read it (``By``, ``von``, hCard). The first of them
    that names all of ``names`` and more, five people at most, gives the authors.
    """
    wanted = {name.casefold() for name in names}

    def wider(found: tuple[str, ...]) -> bool:
        return len(names) < len(found) <= 5 and wanted <= {n.casefold() for n in found}

    for link in src.index.rel_links:
        name = _rel_name(link)
        if name is None or name.casefold() not in wanted:
            continue
        links = (_rel_name(el) for el in _byline_box(link).iter("a"))
        found = unique(n for n in links if n and _is_author(n, page))
        if wider(found):
            return found
        break
    others = (
        *_names_from_jsonld(src.art.get("creator")),
        *_meta_authors(src.meta),
    )
    for group in others:
        if not group:
            continue
        found = _group_names(group, page)
        if wider(found):
            return found
    for byline, labelled in bylines:
        found = _people(byline, page)
        if found:
            return found if labelled and wider(found) else names
    return names


def read_authors(
    src: Sources, site_names: list[str], urls: Iterable[str | None] = ()
) -> tuple[str, ...]:
    """Read the article's authors from the first source that names a person or an agency.

    Args:
        src: The page's metadata sources.
        site_names: The site's names, which are never authors.
        urls: The page's addresses, whose host names are never authors either.

    Returns:
        The authors' names, in source order, without repeats.
    """
    bylines = _Lazy(_byline_authors(_byline_texts(src.index.named.items(), src.index.verdicts)))
    site = read_site(site_names, urls)
    page = attrs.evolve(site, owners=_owners(src, site))
    names = _from_sources(src, page, bylines)
    seen: dict[str, list[Any]] = {}  # each name's mentions, looked for once
    editors = _editors(names, src.root, seen)
    if names and editors >= {name.casefold() for name in names}:
        # The metadata named the editor; a byline may name the writer.
        writers = _from_sources(src, attrs.evolve(page, rejected=frozenset(editors)), bylines)
        names = writers or names
    if not names:
        return ()
    return _completed(_widened(names, src, page, bylines), src, page, seen)


def read_site_author(
    src: Sources, site_names: list[str], urls: Iterable[str | None] = ()
) -> tuple[str, ...]:
    """The site's own name where the page's metadata gives it as the author, or ``()``.

    ``"author": "DER SPIEGEL"``, ``<meta name="author" content="sportschau.de">``: a story no
    person or agency signs is signed by the site. :func:`read_authors` never takes the site's
    names, so the caller uses this value last, when no source and no byline above the body
    names anybody. The values of the first source that gives one are kept as written; a value
    that goes on after the name (places after a comma, a web address) says more than who signs,
    and is passed over.
    """
    page = read_site(site_names, urls)
    for source in _SOURCES:
        for group in source(src):
            signed = tuple(
                value
                for value in _distinct(group)
                if isinstance(value, str)
                and not _BEYOND_NAME.search(value)
                and is_site(value, page)
            )
            if signed:
                return signed
    return (
        _organisation_author(src)
        or _signed_byline(src, page)
        or _rel_site_author(src, page)
        or _responsible_editors(src, page)
        or _copyright_owner(src, page)
    )


def _copyright_owner(src: Sources, page: SitePage) -> tuple[str, ...]:
    """The person a personal site's copyright notice names, where nobody else signs the story.

    ``Copyright (c) 2012- Ann Lee. All rights reserved.`` on ``annlee.example``: a
    notice's holder whose name, run together, is the site's host name (see
    :func:`~newsparse._html.meta.sites.spells_host`) owns the site and writes it. Only the
    first :data:`_MAX_NOTICES` notices of the page are read; a company's notice (an acronym in
    it: ``WNYC Studios``), or a person's on a site named otherwise, names nobody.
    """
    for node in itertools.islice(_NOTICE_TEXTS(src.root), _MAX_NOTICES):
        owner = node.getparent()
        if owner is None or owner.tag in NOT_SHOWN:
            continue
        for found in _NOTICE.finditer(one_line(str(node))):
            holder = found.group("holder").strip()
            words = holder.split()
            if (
                len(words) >= 2
                and not any(len(word) > 1 and word.isupper() for word in words)
                and is_person_name(holder)
                and not is_agency(holder)
                and spells_host(holder, page)
            ):
                return (holder,)
    return ()


def _responsible_editors(src: Sources, page: SitePage) -> tuple[str, ...]:
    """The names of the page's first responsible-editor line, where nobody else signs the story.

    Chinese pages close a story with its editor (``责任编辑：焦鹏``, ``(责编：牛镛、岳弘彬)``), often
    the only name they give; the person who answers for the story is then its author. Names
    run on with ``、`` or commas; the line ends at a closing bracket. Only a page whose
    ``<title>`` holds CJK text is searched (the search reads every text of the page).
    """
    title = src.head.findtext("title") if src.head is not None else None
    if not title or max(title) < _CJK_FIRST:
        return ()
    for node in _EDITOR_TEXTS(src.root):
        owner = node.getparent()
        if owner is None or owner.tag in {"script", "style", "noscript", "template"}:
            continue
        match = _EDITOR_LINE.search(node)
        if match is None:
            continue
        value = match.group("names").strip()
        if not value or len(value) > _MAX_EDITOR_LINE or _outside_story(owner, src.index.verdicts):
            return ()
        return unique(
            name for part in _EDITOR_NAMES.split(value) if part for name in _people(part, page)
        )
    return ()


def _organisation_author(src: Sources) -> tuple[str, ...]:
    """The name of the organisation that the JSON-LD gives as the author.

    ``"author": {"@type": "Organization", "name": "Coast News"}``, on the Coast News site or
    another's (a wire, a trust, a wiki's contributors): the people sources pass organisations
    over (they are no writers), yet the organisation signs the story. The first author item of
    a type other than ``Person`` whose name is a name alone (at most 100 characters) signs; a
    name that goes on after a comma or holds an address says more than who signs, and is
    passed over.
    """
    author = src.art.get("author")
    for item in author if isinstance(author, list) else [author]:
        if not isinstance(item, dict):
            continue
        name = one_line(item["name"]) if isinstance(item.get("name"), str) else ""
        if (
            0 < len(name) <= _MAX_ORGANISATION
            and types_of(item) - {"person"}
            and not _BEYOND_NAME.search(name)
        ):
            return (name,)
    return ()


def _signed_byline(src: Sources, page: SitePage) -> tuple[str, ...]:
    """The byline element's name where it signs the story by no person's name, as written.

    ``<span class="author">Coast Redaktion</span>``, ``By <a class="fn">coast.example</a>``,
    ``Autor: <a>www.example.org</a>``, ``Quelle: example.org/ab``: the first byline element of
    the article (see :func:`_byline_elements`; not in a picture's box), with its label cut, is a
    short name (four words, no digit, not a date or a placeholder) that is the site's, a desk's
    or a team's (``Support Team``), or that hCard markup says is a name (a lower-case handle).
    Read only when nothing names a person or an agency; any other first byline ends the search,
    except that the byline elements inside it are read too: a byline box that also holds the
    date and the section (``<div class="author">4. Mai 2021 von <span class="author-name">Coast
    Redaktion</span> in Rubrik: Autos</div>``) signs with the name of the element in it.
    """
    box: Element | None = None
    for el, text, attrs_ in _byline_elements(src.index.named.items(), src.index.verdicts):
        if _in_picture_box(el):
            continue
        if box is not None and not _inside(el, box):
            return ()
        value = sel.BYLINE_PREFIX.sub("", as_byline(before_date(text))).strip(" ,:|·-–—")
        value = _BY.sub("", value)
        if not value:
            continue
        if (
            len(value) <= _MAX_HANDLE
            and len(value.split()) <= _MAX_DESK_WORDS - 1
            and not _DIGITS.search(value)
            and not sel.NOT_AN_AUTHOR.match(value)
            and not is_date_words(value)
            and (is_site(value, page) or _desk_or_team(value) or sel.NAME_MARKUP.found(attrs_))
        ):
            return (value,)
        box = box if box is not None else el
    return ()


def _inside(el: Element, box: Element) -> bool:
    """Whether ``el`` is a descendant of ``box``."""
    return any(node is box for node in el.iterancestors())


def _rel_site_author(src: Sources, page: SitePage) -> tuple[str, ...]:
    """The site's name where the page's first author link gives it.

    ``<a rel="author" href="/author/coast-news/">Coast News</a>`` on the Coast News site: the
    link the people sources pass over (the site is no writer) still says who signs the story.
    Only the first ``rel="author"`` link outside a picture's caption is read, as for people
    (see :func:`_rel_authors`).
    """
    for link in src.index.rel_links:
        name = _rel_name(link)
        if name is None or _in_picture(link):
            continue
        return (name,) if not _BEYOND_NAME.search(name) and is_site(name, page) else ()
    return ()


def _in_picture_box(el: Element) -> bool:
    """Whether ``el``'s parent or grandparent is named as a picture's box: a photo credit."""
    for node in itertools.islice(el.iterancestors(), 2):
        if _PICTURE_BOX.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _desk_or_team(value: str) -> bool:
    """Whether ``value`` names a desk (``Coast Redaktion``) or a team (``Support Team``).

    Two words or more, one of them a desk's or ending in "team" (``Webteam``): a desk word
    alone (``Redaktion``) names nobody, as in the metadata (see :func:`_desk`).
    """
    words = [word.casefold() for word in _WORD.findall(value)]
    return len(value.split()) >= 2 and any(w in DESK_WORDS or w.endswith("team") for w in words)


def _completed(
    names: tuple[str, ...], src: Sources, page: SitePage, seen: dict[str, list[Any]]
) -> tuple[str, ...]:
    """A lone given name (``Todd``) completed with the family name the page shows after it.

    A blog's account or a JSON-LD author often gives the writer's first name alone, while a
    short text of the page (the byline box, a credit) writes ``Todd Bates``: when every short
    text that writes the name on with one capitalised word (and no capitalised word after it)
    writes the same full name, that is the writer; two full names (``Andrea Roe a.k.a. Andrea
    Poe``) complete nothing, even when one of them is the site's. Texts in comment threads and
    copyright notices (``© Todd Bates``: the site's owner, who may not be the one posting) are
    not read; an agency is never completed.
    """
    if len(names) != 1 or len(names[0]) < 2 or not _GIVEN_NAME.fullmatch(names[0]):
        return names
    if is_agency(names[0]):
        return names
    name = names[0]
    # The name, then one capitalised word (a hyphen allowed between parts) and no other
    # capitalised word: "Todd Bates", "Todd Bates, editor", not "Todd Bates Rutgers".
    name_on = re.compile(rf"(?<![\w-]){re.escape(name)}[ \t]+([\w-]+)(?![\w-])")
    found: set[str] = set()
    for node in _mentions(src.root, name, seen)[:_MAX_COMPLETIONS]:
        text = one_line(str(node))
        parent = node.getparent() if hasattr(node, "getparent") else None
        if len(text) > _MAX_COMPLETION_TEXT or parent is None or _COPYRIGHT.search(text):
            continue
        if in_thread(parent, src.index.verdicts):
            continue
        for match in name_on.finditer(text):
            family, rest = match.group(1), text[match.end() :].split(None, 1)
            if rest and rest[0][:1].isupper():
                continue  # a longer run of capitalised words: a title, an institution
            if all(_GIVEN_NAME.fullmatch(part) for part in family.split("-")):
                found.add(f"{name} {family}")
    full = found.pop() if len(found) == 1 else ""
    return (full,) if full and is_person_name(full) and _is_author(full, page) else names
