"""Safe, bounded loading of an HTML page into an lxml tree.

The page is parsed by libxml2's HTML parser with network access off, no entity expansion beyond
the HTML built-ins, and libxml2's default limits (no ``XML_PARSE_HUGE``). Those limits end the parse
where they are hit, which would silently drop the rest of the page, so a parse that hit one is
redone: with ``huge_tree`` when a text node or attribute is over libxml2's 10 MB (our own bound,
:data:`MAX_HTML_CHARS`, stays in force), and with the page's layout flattened (containers removed,
paragraphs, links, list items and line breaks kept) when elements nest deeper than 256. Either way
:attr:`Page.notes` says so, and no text is lost. Pages over :data:`MAX_HTML_CHARS` or with more
than :data:`MAX_ELEMENTS` elements are refused with :class:`~newsparse.errors.InputTooLargeError`.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from typing import Any, Generic, TypeAlias, TypeVar

import attrs
import lxml.etree

from newsparse._decode import clean_text
from newsparse._html.page.selectors import DROP_TAGS, THREAD_ATTR
from newsparse.errors import InputTooLargeError, NotAnArticleError

__all__ = [
    "MAX_ATTRIBUTES",
    "MAX_DATA_CHARS",
    "MAX_ELEMENTS",
    "MAX_HTML_CHARS",
    "MIN_NOSCRIPT_TEXT",
    "Element",
    "Page",
    "Question",
    "Verdicts",
    "data_texts",
    "drop",
    "in_thread",
    "is_marked_body",
    "load_page",
    "settings_removed",
    "text_of",
    "unescape",
    "unmarkup",
]

#: The element type of a loaded page: plain lxml elements, which are faster than lxml.html's.
Element: TypeAlias = lxml.etree._Element
# How many elements the tree holds, the root included.
_COUNT_ELEMENTS: Callable[[Element], float] = lxml.etree.XPath("count(descendant-or-self::*)")

#: The text a ``<noscript>`` must hold, in characters, to be worth reading when the rest of the
#: page gives no article text (a "please turn on JavaScript" line is shorter).
MIN_NOSCRIPT_TEXT = 200

#: The largest page, in characters, that the HTML parser reads.
MAX_HTML_CHARS = 20_000_000
#: The most elements a page may hold: far above any real article page (a few thousand).
MAX_ELEMENTS = 400_000
#: A page of over this many elements must hold at least :data:`DENSE_CHARS` characters of markup
#: for each: a flood of tiny ones (``<br>`` or ``<p>a`` by the hundred thousand, lists nested
#: deep) costs several microseconds an element in each walk over the page, against a fraction of
#: one for a character. The development pages hold at most 13,049 elements, and those of over
#: 5,000 one for every 34 characters or more.
DENSE_ELEMENTS = 50_000
DENSE_CHARS = 16

# An XML declaration with an encoding is refused by lxml on str input; a DOCTYPE internal subset
# would show up as text. Both are removed before parsing.
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[[^\]]*\]\s*>", re.IGNORECASE)


#: The most attributes an element keeps: libxml2 compares each attribute of an element with every
#: one before it (a page of junk inside a tag, 40,000 "attributes", took 2.4 s to parse).
MAX_ATTRIBUTES = 500
#: Tags are looked for in stretches of this many characters without a "<" or without a ">".
_CROWD_WINDOW = 2048
#: A start tag's name, and one attribute with the separators before it, as an HTML parser reads
#: them (the tokenizer of the HTML standard, which libxml2 follows): a name may hold quotes and
#: "<", an unquoted value anything but a space or ">", and a quoted value needs no space after it.
#: A start tag is its name and its attributes (the pattern ends there, so nothing after them can
#: fail and make the engine try the attributes another way: matching is linear).
#: (Every character ``\s`` matches, written out as a class: sre tests a class of characters and
#: ranges by a table, where ``\s`` in a class costs a call for each character, a third of the
#: instructions of reading a long tag. The characters for which ``str.isspace`` holds.)
_SPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TAG_NAME = rf"<[A-Za-z][^{_SPACE}/>]*"
_ATTRIBUTE_TEXT = (
    rf"[{_SPACE}/]*[^{_SPACE}/>][^{_SPACE}/>=]*"
    rf"""(?:[{_SPACE}]*=[{_SPACE}]*(?:"[^"]*"|'[^']*'|[^{_SPACE}>]+))?"""
)
#: A start tag up to its :data:`MAX_ATTRIBUTES`-th attribute, which group ``last`` holds when the
#: tag has that many: the tag's attributes are then read on (:func:`_attributes_end`), and one more
#: means the tag is trimmed. (One reading of a long tag tells both where it ends and where it
#: is cut.)
_START_TAG = re.compile(
    rf"{_TAG_NAME}(?:{_ATTRIBUTE_TEXT}){{0,{MAX_ATTRIBUTES - 1}}}(?P<last>{_ATTRIBUTE_TEXT})?"
)
#: Up to :data:`MAX_ATTRIBUTES` attributes, the last in group ``last`` (nothing can fail: linear).
_SOME_ATTRIBUTES = re.compile(
    rf"(?:{_ATTRIBUTE_TEXT}){{0,{MAX_ATTRIBUTES - 1}}}(?P<last>{_ATTRIBUTE_TEXT})?"
)
_ATTRIBUTE = re.compile(_ATTRIBUTE_TEXT)
_TAG_OPENING = re.compile(r"<[A-Za-z]")
#: The start tag of an element whose content an HTML parser reads as text up to its end tag: a
#: "<" in a script (``for(i=0;i<n.length;i++)``) opens no tag there.
_RAW_TEXT_START = re.compile(r"<(script|style)[\s/>]", re.IGNORECASE)
_RAW_TEXT_END = {
    "script": re.compile(r"</script", re.IGNORECASE),
    "style": re.compile(r"</style", re.IGNORECASE),
}

_TAG = re.compile(r"<[^<>]{0,2000}>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BREAK_TAG = re.compile(r"<(?:br|/p|/div|/li|/h\d)\b[^<>]{0,200}>", re.IGNORECASE)


def unmarkup(value: str, *, keep_lines: bool = False) -> str:
    """Turn a metadata value that may hold markup or entities into plain text.

    Args:
        value: A string from JSON-LD or a ``<meta>`` tag.
        keep_lines: Turn ``<br>``, ``</p>`` and kin into line breaks instead of spaces.
    """
    if "<" in value:
        if keep_lines:
            value = _BREAK_TAG.sub("\n", value)
        value = _TAG.sub(" ", value)
    return unescape(value)


def unescape(value: str) -> str:
    """Decode the character references left in a text whose page escaped it twice.

    ``<title>Headline &amp;#8211; Site</title>`` reads as ``"Headline &#8211; Site"``; no reader
    is meant to see the reference. Only references closed by ``";"``: in an address
    ``"&region=us"`` is a parameter, not ``"®ion"``.
    """
    if "&" in value:
        value = _ENTITY.sub(lambda found: html.unescape(found.group()), value)
    return value


def text_of(el: Element) -> str:
    """All the text inside ``el``, as one string (lxml.html's ``text_content``).

    The same string as joining ``el.itertext()``, and as XPath's ``string()``: libxml2 gathers
    the text of every text node inside ``el`` in one buffer (the function XPath's string value
    calls too), where the iterator makes a Python object for every element and every piece of
    text. Serialised as text, without the XPath evaluation's set-up: a third of the time of
    ``string()`` on a paragraph. An element without children holds nothing but text nodes (the
    parser keeps no comment or processing instruction), all of which ``el.text`` joins: read
    so, in two thirds of the time of the serialisation.
    """
    if not len(el):
        return el.text or ""
    return lxml.etree.tostring(el, method="text", encoding=str, with_tail=False)


def drop(el: Element) -> None:
    """Remove ``el`` and its subtree from the tree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        target = previous if previous is not None else parent
        joined = ((previous.tail if previous is not None else parent.text) or "") + tail
        try:
            _set_text(target, joined, tail=previous is not None)
        except ValueError:  # lxml keeps characters it parsed (&#1;, &#xFFFE;) but refuses them here
            _set_text(target, clean_text(joined), tail=previous is not None)
    parent.remove(el)


def _set_text(el: Element, value: str, *, tail: bool) -> None:
    if tail:
        el.tail = value
    else:
        el.text = value


class Page:
    """A parsed page: the cleaned tree plus what had to be read before cleaning.

    Attributes:
        root: The ``<html>`` element, with scripts, styles and comments removed.
        jsonld: The text of every ``<script type="application/ld+json">`` block, in page order.
        data: Every ``<script type="application/json">`` element, in page order, removed from
            the tree but kept for its text: a page built by scripts may state its date only
            there (read only when the markup names none; see :func:`data_texts`).
        head: The ``<head>`` element (kept apart, as it is dropped from ``root``), or ``None``.
        notes: What a reader of the result should know about the parse (limits hit, tags cut).
        noscript_text: Whether a ``<noscript>`` removed from the page held text (at least
            :data:`MIN_NOSCRIPT_TEXT` characters): what the page shows a reader without scripts.
    """

    __slots__ = ("data", "head", "jsonld", "noscript_text", "notes", "root")

    def __init__(
        self,
        root: Element,
        jsonld: tuple[str, ...],
        head: Element | None,
        notes: tuple[str, ...] = (),
        *,
        noscript_text: bool = False,
        data: tuple[Element, ...] = (),
    ) -> None:
        self.root = root
        self.jsonld = jsonld
        self.data = data
        self.head = head
        self.notes = notes
        self.noscript_text = noscript_text


def _parser(*, huge: bool = False, utf8: bool = False) -> lxml.etree.HTMLParser:
    """A parser for a ``str`` page, or with ``utf8`` for its UTF-8 bytes."""
    return lxml.etree.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=huge,
        default_doctype=False,
        collect_ids=False,
        encoding="utf-8" if utf8 else None,
    )


#: The longest ``<script type="application/json">`` read for a publication date, in characters:
#: the data that states a page's own dates is a short record (the development pages' longest
#: such record holding one at the top is under 4,000), where a whole application's state runs
#: to hundreds of thousands and holds the dates of every story it lists.
MAX_DATA_CHARS = 20_000
_PUBLI = re.compile("publi", re.IGNORECASE)


def data_texts(page: Page) -> list[str]:
    """The texts of the page's JSON data scripts that may name a publication.

    Those of :attr:`Page.data` of at most :data:`MAX_DATA_CHARS` characters that hold
    ``publi`` in any case (``datePublished``, ``publication_date``), in page order.
    """
    texts = []
    for script in page.data:
        text = script.text or ""
        if len(text) <= MAX_DATA_CHARS and _PUBLI.search(text) is not None:
            texts.append(text)
    return texts


#: How deep elements may nest before the page is flattened (libxml2's own limit without
#: ``huge_tree``; every real page stays far below it).
MAX_DEPTH = 256

# Tags kept when a page nested too deep is flattened: each one closes itself, cannot hold
# elements, or is closed by the next of its kind, so the flattened page cannot nest deep.
_FLAT_KEEP = (
    "p|br|hr|li|a|img|meta|link|script|style|title|head|body|html|textarea|noscript|template"
)
_FLAT_DROP = re.compile(rf"</?(?!(?:{_FLAT_KEEP})\b)[a-zA-Z][^<>]{{0,2000}}>", re.IGNORECASE)
# A run of block tags with nothing but spaces between them (each tag starts with "<", which no
# space is, so the run is read one way only).
_FLAT_BLOCKS = re.compile(
    r"(?:</?(?:div|section|article|main|header|footer|aside|nav|h[1-6]|figure|figcaption|ul|ol|dl"
    r"|dd|dt|table|tbody|thead|tr|td|th|blockquote|pre|center|form|fieldset)\b[^<>]{0,2000}>\s*)+",
    re.IGNORECASE,
)


def _flatten(text: str) -> str:
    """The page with every container tag removed: block tags become line breaks, inline ones spaces.

    A run of block tags becomes one line break, as many would read (a line break with no text
    since the last one starts no new paragraph): 200,000 nested boxes are two line breaks, not
    400,000 elements.
    """
    return _FLAT_DROP.sub(" ", _FLAT_BLOCKS.sub("<br>", text))


def _limit_hit(parser: lxml.etree.HTMLParser) -> str | None:
    """The message of a libxml2 resource limit that ended the parse early, if one did."""
    for entry in parser.error_log:
        if entry.level_name == "FATAL" and entry.type_name == "ERR_RESOURCE_LIMIT":
            return entry.message
    return None


def _too_deep(root: Element) -> bool:
    depth = 0
    for event, _ in lxml.etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            return True
    return False


def _parse(text: str, utf8: bytes | None = None) -> tuple[Element | None, tuple[str, ...]]:
    """Parse ``text``, redoing the parse when a libxml2 limit ended it early (see the module doc).

    ``utf8`` is ``text`` in UTF-8: libxml2 reads it in about three quarters of the instructions
    it takes for a ``str``, which lxml hands over in UTF-16 or UCS-4 for most pages.
    """
    if utf8 is None:
        parser = _parser()
        root = lxml.etree.fromstring(text, parser=parser)
    else:
        parser = _parser(utf8=True)
        root = lxml.etree.fromstring(utf8, parser=parser)
    limit = _limit_hit(parser)
    if limit is None:
        return root, ()
    notes: list[str] = []
    if "depth" not in limit:
        # A text node or attribute over 10 MB: read it whole, within our own size bound.
        parser = _parser(huge=True)
        root = lxml.etree.fromstring(text, parser=parser)
        limit = _limit_hit(parser)
        if limit is None and (root is None or not _too_deep(root)):
            return root, ()
    notes.append(
        f"the page nests elements deeper than {MAX_DEPTH}; its layout was flattened to read "
        "all of its text, so boxes such as menus may have been read as text"
    )
    parser = _parser(huge=True)
    root = lxml.etree.fromstring(_flatten(text), parser=parser)
    if _limit_hit(parser) is not None:  # pragma: no cover - flattened markup cannot nest deep
        notes.append("the page could not be read to its end")
    return root, tuple(notes)


def _crowded_tags(text: str) -> list[tuple[int, int, int]]:
    """The start tags of ``text`` longer than :data:`_CROWD_WINDOW`, as ``(start, end, cut)``.

    ``cut`` is where the tag's :data:`MAX_ATTRIBUTES`-th attribute ends, ``-1`` when it has
    fewer. A tag with many attributes is a long stretch without a ``<`` (or, when its values
    hold one, without a ``>``), so only such stretches are looked at: every whole window of the
    text without one of them is found by two searches that stop at the first hit, and each
    stretch is read once.
    """
    window = _CROWD_WINDOW
    found: list[tuple[int, int, int]] = []
    done = 0  # everything before this was looked at
    for start in range(0, len(text) - window + 1, window):
        end = start + window
        if start < done:
            continue
        if text.find("<", start, end) < 0:
            opening = text.rfind("<", 0, start)
            stretch_end = text.find("<", end)
            tag = opening if opening >= done and _TAG_OPENING.match(text, opening) else -1
        elif text.find(">", start, end) < 0:
            closing = text.rfind(">", 0, start)
            stretch_end = text.find(">", end)
            match = _TAG_OPENING.search(text, max(closing + 1, done), end)
            tag = match.start() if match is not None else -1
        else:
            continue
        done = len(text) if stretch_end < 0 else stretch_end
        if tag >= 0:
            tag_end = _START_TAG.match(text, tag)
            if tag_end is None:  # pragma: no cover - _TAG_OPENING matched there
                continue
            cut = tag_end.end("last")
            # (Greedy, with nothing after it that can fail: the attributes read on from the
            # cut are the ones a reading of the whole tag at once finds.)
            tag_stop = tag_end.end()
            if cut >= 0:
                tag_stop = _attributes_end(text, cut)
            if tag_stop - tag > window:
                found.append((tag, tag_stop, cut))
                done = max(done, tag_stop)
    return found


def _attributes_end(text: str, at: int) -> int:
    """Where the run of attributes from ``at`` on ends, read :data:`MAX_ATTRIBUTES` at a time.

    Read all in one match, a repeat of millions held a backtracking state for each:
    3 million attributes (an unclosed quote over 9 MB of words) took 960 MB, the 50 MB a page
    may hold would take 5 GB (fuzz49). Each attribute is read greedily with nothing after it
    that can fail, so the pieces end where the whole would.
    """
    while (found := _SOME_ATTRIBUTES.match(text, at)) is not None and found.end() > at:
        at = found.end()
    return at


def _trim_crowded_tags(text: str) -> tuple[str, int]:
    """``text`` with every element's attributes past the first :data:`MAX_ATTRIBUTES` left out.

    A "tag" read inside a script or a style element (:func:`_raw_texts`) is code (a loop's
    ``i<n.length;i++){...`` with no ">" for 2 KB), not a tag. It is not counted, so a page's own
    script gives no warning, and its cut stops at the element's end tag, which stays: the
    "attributes" may run on through ``</script`` to the next ">", and cutting them all would
    leave the script open and the rest of the page inside it. It is cut all the same, for were
    the element's start a fake one (inside an attribute's value), the tag would be real: the
    "attributes" past the end tag are then a tag's too, and are cut when they are
    :data:`MAX_ATTRIBUTES` again.

    Returns:
        The text, and how many tags were trimmed outside scripts and styles.
    """
    pieces: list[str] = []
    last = 0
    trimmed = 0
    raw_texts: tuple[list[int], list[int]] | None = None
    for start, tag_end, cut in _crowded_tags(text):
        if cut < 0 or _ATTRIBUTE.match(text, cut, tag_end) is None:
            continue
        if raw_texts is None:
            raw_texts = _raw_texts(text)
        starts, ends = raw_texts
        at = bisect.bisect_right(starts, start) - 1
        end = tag_end
        if at < 0 or ends[at] <= start:
            trimmed += 1
        elif ends[at] < end:
            tail = _SOME_ATTRIBUTES.match(text, ends[at], end)
            if tail is None or tail.group("last") is None:
                end = ends[at]
                if cut >= end:
                    continue  # (fewer than MAX_ATTRIBUTES before the end tag, and after it)
        pieces += (text[last:cut], " ")
        last = end
    if not pieces:
        return text, 0
    pieces.append(text[last:])
    return "".join(pieces), trimmed


def _raw_texts(text: str) -> tuple[list[int], list[int]]:
    """Where the contents of the script and style elements of ``text`` start and end.

    Each runs from its start tag to its end tag, or to the end of the text when it has none;
    the scan goes on after each end, so the text is read once.
    """
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    while (opening := _RAW_TEXT_START.search(text, at)) is not None:
        closing = _RAW_TEXT_END[opening.group(1).lower()].search(text, opening.end())
        starts.append(opening.end())
        ends.append(len(text) if closing is None else closing.start())
        if closing is None:
            break
        at = closing.end()
    return starts, ends


def _refuse_crowded(root: Element, text: str, *, flattened: bool) -> None:
    """Raise :class:`InputTooLargeError` when the tree of ``text`` holds too many elements.

    Too many: over :data:`MAX_ELEMENTS`, or over :data:`DENSE_ELEMENTS` with fewer than
    :data:`DENSE_CHARS` characters of ``text`` each. Only a page that long can hold that many
    elements. They are counted by libxml2 (comments and processing instructions are never kept,
    so every node the tree walk would meet is an element): a few instructions a node, where
    counting the "<" of the source took a few a byte, and a walk in Python hundreds an element. The elements of a ``flattened`` page are
    those left of its layout, line breaks among them.
    """
    if len(text) <= 3 * DENSE_ELEMENTS:  # (an element's tag is 3 characters or more: "<p>")
        return
    count = int(_COUNT_ELEMENTS(root))
    if count > MAX_ELEMENTS:
        msg = f"the page holds over {MAX_ELEMENTS:,} elements; it is not a single news article"
        if flattened:
            msg = (
                f"the page holds over {MAX_ELEMENTS:,} elements and line breaks once its layout, "
                f"nested deeper than {MAX_DEPTH}, is flattened; it is not a single news article"
            )
        raise InputTooLargeError(msg)
    if count > DENSE_ELEMENTS and count * DENSE_CHARS > len(text):
        msg = (
            f"the page holds {count:,} elements in {len(text):,} characters, one every "
            f"{len(text) / count:.1f}: a flood of tiny elements, not a single news article"
        )
        raise InputTooLargeError(msg)


def load_page(
    text: str, *, cleaned: bool = False, utf8: bytes | None = None, noscript: bool = False
) -> Page:
    """Parse ``text`` as HTML and strip what never holds article text.

    Args:
        text: The page's markup.
        cleaned: ``text`` has been through :func:`~newsparse._decode.clean_text` already.
        utf8: ``text`` in UTF-8, when the caller has it (the bytes it was decoded from); else
            ``text`` is encoded here, as libxml2 reads UTF-8 faster than lxml can hand it a
            ``str``.
        noscript: Read the content of ``<noscript>`` elements as part of the page (what a
            reader without scripts sees) instead of removing it.

    Returns:
        The cleaned page.

    Raises:
        InputTooLargeError: The page is larger than the parser reads in bounded time.
        NotAnArticleError: The markup holds no elements at all.
    """
    if len(text) > MAX_HTML_CHARS:
        msg = (
            f"the page is {len(text):,} characters long, over the {MAX_HTML_CHARS:,} the HTML "
            "parser reads; it is not a single news article"
        )
        raise InputTooLargeError(msg)
    given = text
    start = text[:4096]
    if "<?" in start:
        text = _XML_DECL.sub("", text, count=1)
        if utf8 is not None and text is not given:
            # The declaration opens the text: its bytes open ``utf8``, which is cut as the text
            # is, with no need to encode the rest of the page again.
            utf8 = utf8[len(given[: len(given) - len(text)].encode("utf-8")) :]
            given = text
    if "[" in start:
        opening = text[:4096]
        without = _DOCTYPE_SUBSET.sub("", opening, count=1)
        if without is not opening:  # (sub gives back the very string it found nothing in)
            text = without + text[4096:]
    # lxml refuses surrogates, noncharacters and most control characters in a str; removing a
    # declaration or a DOCTYPE subset adds none.
    if not cleaned:
        text = clean_text(text)
    text, trimmed = _trim_crowded_tags(text)
    if utf8 is None or text is not given:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:  # pragma: no cover - cleaned text holds no surrogate
            utf8 = None
    try:
        root, notes = _parse(text, utf8)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        msg = f"the page holds no HTML elements to read ({exc})"
        raise NotAnArticleError(msg) from exc
    if root is None:
        msg = "the page holds no HTML elements to read"
        raise NotAnArticleError(msg)
    # (The only notes _parse gives: the layout was flattened, or cut.)
    _refuse_crowded(root, text, flattened=bool(notes))
    if trimmed:
        notes += (
            f"{trimmed} tag(s) held over {MAX_ATTRIBUTES} attributes (junk inside a tag); only "
            f"their first {MAX_ATTRIBUTES} were read",
        )
    # The JSON-LD blocks, the buttons and the <noscript> elements, in one walk.
    scripts: list[Element] = []
    buttons: list[Element] = []
    noscripts: list[Element] = []
    # Keyed by object: lxml types a tag as any of str, bytes and QName.
    found: dict[object, list[Element]] = {
        "script": scripts,
        "button": buttons,
        "noscript": noscripts,
    }
    for el in root.iter("script", "button", "noscript"):
        found[el.tag].append(el)
    jsonld, data = _data_scripts(scripts)
    head = root.find("head")
    if head is not None:
        root.remove(head)
        if buttons:
            buttons = [b for b in buttons if _outside_head(b, head)]
        if noscripts:
            noscripts = [n for n in noscripts if _outside_head(n, head)]
    noscript_text = _strip(root, buttons, noscripts, noscript=noscript)
    return Page(root, tuple(jsonld), head, notes, noscript_text=noscript_text, data=tuple(data))


def _data_scripts(scripts: list[Element]) -> tuple[list[str], list[Element]]:
    """The texts of the JSON-LD scripts among ``scripts``, and the JSON data scripts."""
    jsonld: list[str] = []
    data: list[Element] = []
    for script in scripts:
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind:
            jsonld.append(script.text or "")
        elif kind == "application/json":
            data.append(script)
    return jsonld, data


def _outside_head(el: Element, head: Element) -> bool:
    """Whether ``el`` is not inside ``head``, the page's ``<head>``."""
    return all(node is not head for node in el.iterancestors("head"))


def is_hidden(el: Element) -> bool:
    """Whether ``el`` is hidden from readers (``hidden``, ``aria-hidden``, ``display: none``)."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return "display:none" in (el.get("style") or "").replace(" ", "").lower()


def is_marked_body(el: Element) -> bool:
    """Whether ``el``'s ``itemprop`` names it the article's body (among other properties)."""
    value = el.get("itemprop")
    return value is not None and "articleBody" in value.split()


def _strip(
    root: Element, buttons: list[Element], noscripts: list[Element], *, noscript: bool = False
) -> bool:
    """Remove what never holds article text from ``root``.

    Args:
        root: The page's root element.
        buttons: Its ``<button>`` elements outside the ``<head>``, in document order.
        noscripts: Its ``<noscript>`` elements outside the ``<head>``, in document order.
        noscript: Keep the content of ``<noscript>`` elements, as plain boxes.

    Returns:
        Whether a ``<noscript>`` removed held text (:data:`MIN_NOSCRIPT_TEXT` characters).
    """
    # A button wrapped around a figure opens a picture viewer: the figure is the article's, so
    # the button is kept as a plain box rather than dropped with the other controls.
    for button in buttons:
        if next(button.iter("figure", "figcaption", "picture"), None) is None:
            continue
        button.tag = "div"
    noscript_text = False
    for element in noscripts:
        if noscript:
            element.tag = "div"
        elif not noscript_text and len(text_of(element).strip()) >= MIN_NOSCRIPT_TEXT:
            noscript_text = True
    lxml.etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    # Comments and processing instructions are left out by the parser itself (``remove_comments``,
    # ``remove_pis``): no walk is needed to strip them.
    return noscript_text


_T = TypeVar("_T")


@attrs.frozen(eq=False)
class Question(Generic[_T]):
    """A question about an element that the nearest of it and its ancestors to decide answers.

    ``<div class="related"><ul><li>...`` puts the ``<li>`` in a list of other stories because
    of a box above it. :meth:`Verdicts.ask` walks up from an element until ``decide`` gives a
    node's own answer (``None`` leaves the question to the node's parent), or until a node whose
    tag is in ``stops``, or the root, is reached: the answer is then ``otherwise``.

    Attributes:
        decide: A node's own answer, or ``None``; it is given the page's
            :class:`Verdicts`, to ask other questions of its own.
        stops: The tags where the walk ends (not asked themselves): ``body`` and ``html``,
            and boxes such as ``article`` whose names describe the layout around them.
        otherwise: The answer when no node on the walk decides.
    """

    decide: Callable[[Element, Verdicts], _T | None]
    stops: frozenset[str]
    otherwise: _T


class Verdicts:
    """The answers to :class:`Question` on one page's elements, each node's kept for the page.

    A page asks about many elements that share ancestors (every ``<time>``, every byline-like
    element): each node's answer is found once, however many elements sit under it and however
    deep they nest, so the work stays linear in the page (a hostile page gives one ancestor a
    class value of tens of thousands of characters, over thousands of elements). The tree must
    not change while one :class:`Verdicts` is in use: the metadata readers share one per page
    (:attr:`~newsparse._html.page.index.PageIndex.verdicts`), and they never change it.
    """

    __slots__ = ("_known",)

    def __init__(self) -> None:
        # Keyed by the question (compared by identity), then by node.
        self._known: dict[Question[Any], dict[Element, Any]] = {}

    def ask(self, question: Question[_T], node: Element | None) -> _T:
        """The answer to ``question`` for ``node`` (the walk starts at ``node`` itself)."""
        known = self._known.get(question)
        if known is None:
            known = self._known[question] = {}
        stops, decide = question.stops, question.decide
        walked: list[Element] = []
        verdict: _T = question.otherwise
        while node is not None and node.tag not in stops:
            if node in known:
                verdict = known[node]
                break
            walked.append(node)
            found = decide(node, self)
            if found is not None:
                verdict = found
                break
            node = node.getparent()
        # Each node walked sits inside the one the walk stopped at, so it shares its answer.
        for walked_node in walked:
            known[walked_node] = verdict
        return verdict


def _names_thread(node: Element, _: Verdicts) -> bool | None:
    """``True`` when ``node``'s names, its setting classes left out, call it a comment thread."""
    names = node.get("class") or ""
    if THREAD_ATTR.search(f"{names} {node.get('id') or ''}") and THREAD_ATTR.search(
        f"{settings_removed(names)} {node.get('id') or ''}"
    ):
        return True
    return None


# The walk stops at <body>, whose classes describe the page (``showing-comments``).
_IN_THREAD: Question[bool] = Question(_names_thread, frozenset({"body", "html"}), otherwise=False)


def in_thread(el: Element, verdicts: Verdicts | None = None) -> bool:
    """Whether ``el`` is, or sits in, a comment thread or a recommendation widget.

    The walk stops at ``<body>``, whose classes describe the page (``showing-comments``).
    ``verdicts`` keeps the answer for every element walked, for a caller that asks of many
    elements in one tree (see :class:`Verdicts`).
    """
    return (Verdicts() if verdicts is None else verdicts).ask(_IN_THREAD, el)


def settings_removed(names: str) -> str:
    """``names`` (a ``class`` value) without the classes that state a setting of the page.

    ``"page comments-enabled"`` gives ``"page "``: ``comments-enabled``, ``has-comments``,
    ``share-active`` say whether a feature is on, not that the element is that feature's box.
    """
    if names.isascii():
        # Every such class writes one of these (a case-insensitive match of the pattern in
        # ASCII text is a match in its lower-cased copy): most values hold none, and are
        # returned without sre's try at every position.
        lowered = names.lower()
        for part in _STATE_PARTS:
            if part in lowered:
                break
        else:
            return names
    return _STATE_CLASS.sub(" ", names)


# A class that states whether a feature is on (``comments-enabled``, ``has-comments``) names a
# setting of the page, not the box of that feature.
_STATE_CLASS = re.compile(
    r"(?:^|(?<=\s))(?:(?:has|with|show|no|is)-\S+|\S+-(?:enabled|disabled|open|closed|on|off|allowed|active))(?=\s|$)",
    re.IGNORECASE,
)
# What each alternative of _STATE_CLASS writes out, letter for letter ("-o": open, on, off).
_STATE_PARTS = (
    *("has-", "with-", "show-", "no-", "is-"),
    *("-enabled", "-disabled", "-o", "-closed", "-allowed", "-active"),
)
