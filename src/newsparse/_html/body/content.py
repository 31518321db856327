"""Reading the article body out of the chosen containers, block by block.

The containers :func:`~newsparse._html.body.scoring.pick_containers` chose are read in document
order, one entry per block element, and each block goes through the shared boilerplate filters.
Byline and date lines above the first paragraph are taken out and reported apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs

from newsparse._html.body.caption_text import is_credit
from newsparse._html.body.scoring import pick_containers
from newsparse._html.page import selectors as sel
from newsparse._html.page.census import Census
from newsparse._html.page.measure import text_len
from newsparse._html.page.tree import Element, text_of, unmarkup
from newsparse._normalize.boilerplate import is_boilerplate, is_update_line
from newsparse._normalize.captions import looks_like_credit
from newsparse._normalize.dates import find_date, parse_date_line, read_date_line
from newsparse._normalize.names import parse_byline
from newsparse._normalize.phrases import CREDIT_LABELS, CREDIT_WORDS
from newsparse._normalize.whitespace import clean_line, clean_preformatted

__all__ = ["Body", "extract_paragraphs", "split_body_text"]

_INLINE_SKIP = frozenset({"img", "picture", "source", "figure", "figcaption", "br", "hr", "wbr"})
# Never read as text: a picture's box and caption (read apart), and a form control's label (a
# poll's choices, a sign-up box's fields, once their inputs are gone).
_UNREAD = frozenset({"figure", "figcaption", "label"})
# A form holding at most this much text is a box of the page's, not the article's (see
# _BlockReader.walk).
_MAX_FORM = 400
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_MARKER = re.compile(r"^(?:\+{2,}|\[#|\{\{|<!--)")
_MAX_CLOSING = 80
# A paragraph this long found again inside a longer one is a pull quote (see _drop_repeats).
_MIN_REPEAT = 50
_MAX_REPEAT = 400
# ... searched for in the paragraphs this many places before and after it.
_REPEAT_REACH = 15
_REPEAT_SEPARATOR = "\x00"
# The longest line read as a label over a list ("Lesen Sie auch:", "Schon gelesen?").
_MAX_LABEL = 60
# The longest block read as a byline or date line above the text (see _meta_line).
_MAX_META = 150
# The most blocks of one page read as a byline or date line (see _meta_line and _is_date_line):
# past it, a block not read yet is neither. Each reading costs tens of microseconds, and a page
# of thousands of different dates above its text (an archive's list) read every one twice, 1.7 s
# a MB. The 1,005 development pages read at most 430 blocks this way.
_MAX_DATE_READS = 2000
# A headline this long is looked for inside other blocks, with a kicker up to this long.
_MIN_TITLE = 20
_MAX_KICKER = 80
# A sentence with links in it: at least this long, at most this share of it linked, at least this
# many words before the first link, not after a label's mark, and closed like a sentence.
_MIN_SENTENCE = 60
_MAX_SENTENCE_LINKS = 0.8
_MIN_SENTENCE_OPENING = 3
# ... or, with several links, this many characters outside them.
_MIN_UNLINKED = 40
# ... or at most this share linked and at least this many words after the last link.
_MAX_CLOSED_SENTENCE_LINKS = 0.9
_MIN_SENTENCE_CLOSING = 2
_LABEL_ENDS = frozenset(":|>»›-–—")
# A web or e-mail address written out as a link's whole text.
# (An e-mail address is tried only where a run of its characters opens: a search tried each
# place of a long run, quadratic; whether one is found is the same.)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A label opening a block ("Tipp:", "Mehr zum Thema:"): up to three words and a colon.
_LABEL_OPENING = re.compile(r"\W*(?:\w+[^\w:]+){0,2}\w+\s*:")
_SENTENCE_ENDS = frozenset('.!?…"”’»)')
# An invitation to the publisher's newsletter or messaging channel, in a lowered text (see
# _is_closing_promo).
_NEWSLETTER = re.compile(r"\bnews-?letters?\b|\bnieuwsbrief|\binfolettre")
_CHANNEL = re.compile(
    r"\bwhats-?app\b.{0,80}\b(?:kanal|channel|folg|follow|join|abonn|subscri)"
    r"|\b(?:kanal|channel|folg|follow|join|abonn|subscri)\w*\b.{0,80}\bwhats-?app\b"
)
_MAX_PROMO = 300
# A picture's credit standing as a line of its own ("Photo: AFP", "Getty Images"): at most this
# long (see _is_credit_line).
_MAX_CREDIT = 80
# A post's time and a name or a label beside it (see _is_stamp_line): at most this long, with at
# most this many words besides the time.
_MAX_STAMP = 80
_MAX_STAMP_WORDS = 4
_CREDIT_PARTS = re.compile(r"[/|]")
# The labels that head a picture's credit ("Foto:"; not a source's, "Quelle:").
_PICTURE_LABELS = frozenset(
    label.strip(".")
    for label in CREDIT_LABELS
    if label.split()[0] not in {"source", "quelle", "fuente", "fonte", "sumber", "courtesy"}
)


class _Block:
    __slots__ = ("after", "before", "elements", "heading", "link_chars", "links", "parts", "pre")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.link_chars = 0
        self.links = 0
        self.heading = False
        self.pre = False
        # The text before the block's first link ("" until a link starts).
        self.before = ""
        # Where in ``parts`` the text after the block's last link starts (0 until a link ends).
        self.after = 0
        # The elements whose text the block holds (read only for a date line above the body).
        self.elements: list[Element] = []


_BlockTuple = tuple[str, float, bool, int, str, str, list[Element]]


def _blocks(elements: Iterable[Element]) -> list[_BlockTuple]:
    """The text blocks of ``elements``.

    Returns:
        Per block: its text, link density, whether a heading, link count, the raw text
        before its first link and after its last one, and the elements whose text it holds
        (see :func:`_names_update`).
    """
    elements = list(elements)
    reader = _BlockReader()
    skipped = False
    for element in elements:
        reader.boxes = _picture_boxes(element)
        skipped = skipped or bool(reader.boxes)
        reader.walk(element, in_link=False)
        reader.flush()
    if reader.out or not skipped:
        return reader.out
    # Nothing but pictures and their captions (a gallery): the captions are the text.
    reader = _BlockReader()
    for element in elements:
        reader.walk(element, in_link=False)
        reader.flush()
    return reader.out


def _picture_boxes(container: Element) -> set[Element]:
    """The boxes inside ``container`` that set a picture beside a short text: its caption.

    A page that marks no ``<figure>`` still sets a picture and its caption (or a person's
    portrait and name, or a teaser's image and headline) in one box, one part holding the
    picture and no text, another the text and no picture: ``<div><div><img></div><p>The mayor
    in 2020</p></div>``. A picture inside a paragraph, a list or a cell illustrates the text (a
    recipe's step) and has no such box; nor does a list beside a picture ("Pros" and "Cons"
    under their icons), nor a text longer than a caption.

    Returns:
        Those boxes (``container`` itself never).
    """
    found: set[Element] = set()
    seen: set[Element] = set()
    for picture in container.iter(*_PICTURE_TAGS):
        child, node = picture, picture.getparent()
        while node is not None and node is not container and node not in seen:
            seen.add(node)
            if node.tag in _TEXT_TAGS or (child is not picture and text_of(child).strip()):
                break  # in the flow of the text, or the picture's side holds text as well
            if node.tag in _BOX_TAGS:
                length = len(clean_line(text_of(node)))
                if 0 < length <= _MAX_CAPTION and next(node.iter("ul", "ol"), None) is None:
                    found.add(node)
                    break
                if length:
                    break  # text beside the picture, but no caption's
            child, node = node, node.getparent()
    return found


# The tags of a picture (see _picture_boxes), the boxes that may set one beside its caption, and
# the longest text such a box holds.
_PICTURE_TAGS = ("img", "picture")
_BOX_TAGS = frozenset({"div", "section"})
# What holds text in the flow of the article: a picture inside it, or such a box around a list,
# is no caption's.
_TEXT_TAGS = ("p", "li", "ul", "ol", "td", "dd", "blockquote")
_MAX_CAPTION = 200


class _BlockReader:
    """Reads elements into text blocks (see :func:`_blocks`).

    A class rather than functions nested in :func:`_blocks`: a nested function that calls itself
    is a reference cycle through its closure, which would keep the blocks' elements, and so the
    page's whole tree, alive until the garbage collector found it.

    Attributes:
        out: The blocks read so far.
        current: The block being read.
        boxes: The boxes of a picture and its caption, skipped (see :func:`_picture_boxes`).
    """

    __slots__ = ("boxes", "current", "out")

    def __init__(self) -> None:
        self.out: list[_BlockTuple] = []
        self.current = _Block()
        self.boxes: set[Element] = set()

    def flush(self) -> None:
        """End the current block: keep it when it holds text, and start a new one."""
        current = self.current
        if not current.parts:
            # No text: no block. A block that holds no element yet is as new (every mark is
            # set with an element), and is kept.
            if current.elements:
                self.current = _Block()
            return
        raw = "".join(current.parts)
        # A line break in the source is a space on the page, except inside <pre>, which keeps
        # its lines and their indentation.
        text = clean_preformatted(raw) if current.pre else clean_line(raw.replace("\n", " "))
        if text:
            density = current.link_chars / len(text) if text else 0.0
            self.out.append(
                (
                    text,
                    min(density, 1.0),
                    current.heading,
                    current.links,
                    current.before,
                    "".join(current.parts[current.after :]) if current.links else "",
                    current.elements,
                )
            )
        self.current = _Block()

    def walk(self, el: Element, in_link: bool) -> None:
        """Read ``el`` and everything inside it; ``in_link``: it sits inside a link."""
        tag = el.tag
        if not isinstance(tag, str) or tag in _UNREAD or el in self.boxes:
            return
        if tag == "form" and text_len(el) <= _MAX_FORM:
            return  # a sign-up box, a poll, a search: a page that is one form holds more
        block = tag in sel.BLOCK_TAGS
        current = self.current
        if (block or tag == "br") and (current.parts or current.elements):
            # (A block that holds neither is new: a flush would leave it as it is.)
            self.flush()
            current = self.current
        # (The block may change at a flush below: read again after each.)
        if tag in sel.HEADING_TAGS:
            current.heading = True
        if tag == "pre":
            current.pre = True
        current.elements.append(el)
        # (lxml makes a new string at each read of a text or a tail: each is read once.)
        text = el.text
        # A link that shows its own address (or an e-mail address) is text a reader copies.
        anchor = tag == "a" and not _is_jump_target(el)
        link = in_link or (
            anchor and not _ADDRESS.fullmatch((text_of(el) if len(el) else text or "").strip())
        )
        if anchor:
            if not current.links and not in_link:
                current.before = "".join(current.parts)
            current.links += 1
        if text and tag not in _INLINE_SKIP:
            current.parts.append(text)
            if link:
                current.link_chars += len(text.strip())
        for child in el:
            self.walk(child, link)
            current = self.current
            tail = child.tail
            if tail:
                current.parts.append(tail)
                if link:
                    current.link_chars += len(tail.strip())
        if anchor:
            self.current.after = len(self.current.parts)
        if block:
            self.flush()


def _is_jump_target(link: Element) -> bool:
    """Whether an ``<a>`` is a heading's jump target, not a link: ``<h3><a name="part2">``.

    A table of contents on the page jumps to the subheadings of the text through such named
    anchors; they lead nowhere, so their text is the heading's own. A nameless ``<a>`` without an
    address, or one outside a heading, is a script's button ("Versenden", "Unterschreiben").
    """
    if link.get("href") is not None or not (link.get("name") or "").strip("#"):
        return False
    return any(a.tag in sel.HEADING_TAGS for a in link.iterancestors())


@attrs.frozen
class Body:
    """The main text of a page and what its leading byline and date lines said.

    Attributes:
        paragraphs: The body, one entry a paragraph, heading or list item.
        authors: The authors named by a byline line above the body, if any.
        published: The date of a date line above the body, if any.
        teasers: How many kept paragraphs came right after a block of links (a linked
            headline): one per teaser when the page is a list of stories.
    """

    paragraphs: tuple[str, ...]
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    teasers: int = 0


def _names_update(elements: list[Element]) -> bool:
    """Whether one of a block's elements is named for an update or a comment (``updated``)."""
    for el in elements:
        names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
        if names != "  " and sel.NOT_PUBLISHED_ATTR.found(names):
            return True
    return False


def _meta_line(
    text: str, *, updated: bool = False
) -> tuple[tuple[str, ...], dt.date | None] | None:
    """Read a byline, a date line, or both in one (``By Jane Doe, March 3, 2001``).

    A date labelled as an update (``Updated: May 1, 2020``), or in an element named for one
    (``updated``, see :data:`~newsparse._html.page.selectors.NOT_PUBLISHED_ATTR`), is not the
    publication date and is not read.
    """
    if len(text) > _MAX_META:
        return None
    byline = parse_byline(text)
    if byline is not None:
        return byline.authors, None
    if updated or is_update_line(text):
        return None
    match = parse_date_line(text)
    if match is not None and match.value is not None:
        return (), match.value
    found = find_date(text)
    if found is None or found.value is None:
        return None
    update = sel.UPDATE_LABEL.search(text, 0, found.start)
    if update is not None:
        # "By Ann Lee · Updated 4 May 2020": the byline, without the update's date.
        byline = parse_byline(text[: update.start()].strip(" ,;|-–—·/"))
        return (byline.authors, None) if byline is not None else None
    rest = (text[: found.start] + " " + text[found.end :]).strip(" ,;|-–—·/")
    # Beside a date, a bare name is a byline too: "1. Februar 2022, Daniel Dillenburg".
    byline = parse_byline(rest, bare=True) if rest else None
    if byline is not None:
        return byline.authors, found.value
    return None


def extract_paragraphs(  # noqa: PLR0915 - one loop over the blocks, each kind written out
    body: Element, *, title: str | None, exclude: Iterable[str] = (), census: Census | None = None
) -> Body:
    """Read the article body of a furniture-free ``body`` as paragraphs in reading order.

    Byline and date lines before the first paragraph are taken out of the text and reported
    apart, so the caller can use them when the page's metadata names no author or date.

    Args:
        body: The page's ``<body>`` (or root) after furniture removal
            (:func:`~newsparse._html.body.furniture.remove_furniture`).
        title: The headline, dropped where it repeats in the body.
        exclude: Texts that must not appear as paragraphs (picture captions).
        census: The walk over the page's body, which keeps each element's class and id string
            (made here when not given).

    Returns:
        The paragraphs (headings and list items are entries of their own), and the byline and
        date read above them.
    """
    excluded = {clean_line(t).casefold() for t in exclude if t}
    folded_title = clean_line(title).casefold() if title else ""
    paragraphs: list[str] = []
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    seen: set[str] = set()
    date_lines: set[str] = set()
    # Blocks read as a byline or date line so far (see _MAX_DATE_READS).
    date_reads = 0
    # Whether each entry of ``paragraphs`` is a heading.
    headings: list[bool] = []
    # Links in the link-only blocks skipped since the last paragraph kept.
    skipped_links = 0
    teasers = 0
    for text, density, heading, links, before, after, elements in _blocks(
        pick_containers(body, census=census)
    ):
        folded = text.casefold()
        if folded in excluded or folded in seen or _is_headline(folded, folded_title):
            continue
        if folded == folded_title and (heading or not paragraphs):
            # The headline over the text, or again as a heading in it; a paragraph further down
            # that reads as the headline is the text's own (a name in an address block).
            continue
        if (
            density > 0.5
            and (len(text) < 250 or density > 0.8)
            and (heading or not _is_linked_sentence(text, before, after, density, links))
        ):
            skipped_links += links
            if paragraphs and (
                _is_label(paragraphs[-1], ending=":?!") or (headings[-1] and skipped_links > 1)
            ):
                # "Weiterlesen:", or a heading, over a list of links goes with the links.
                seen.discard(paragraphs.pop().casefold())
                headings.pop()
                skipped_links = 0
            continue
        if (
            not _WORD.search(text)
            or is_boilerplate(text)
            or (
                not heading
                and (_is_credit_line(text, elements, census) or _is_stamp_line(text, elements))
            )
        ):
            continue
        if (
            not heading
            and not paragraphs
            and len(text) <= _MAX_META
            and date_reads < _MAX_DATE_READS
        ):
            date_reads += 1
            meta = _meta_line(text, updated=_names_update(elements))
            if meta is not None:
                authors = authors or meta[0]
                published = published or meta[1]
                continue
        if (
            not heading
            and text not in date_lines
            and date_reads < _MAX_DATE_READS
            and len(text) <= _MAX_LABEL
            and _DIGIT.search(text) is not None
        ):
            # A time stamp inside the body ("Aktualisiert: 11.04.2020, 10:27") is not its text.
            # (Each different one is read once: a page may repeat one by the thousand.)
            date_reads += 1
            if _is_date_line(text):
                date_lines.add(text)
        if not heading and text in date_lines:
            continue
        seen.add(folded)
        if skipped_links and paragraphs:
            teasers += 1
        paragraphs.append(text)
        headings.append(heading)
        skipped_links = 0
    while paragraphs and (
        headings[-1] or _is_label(paragraphs[-1]) or _is_closing_promo(paragraphs[-1])
    ):
        # A label or heading closing the body ("Mehr Themen:") introduced what was left out;
        # an invitation to a newsletter closing it is the publisher's, not the article's.
        paragraphs.pop()
        headings.pop()
    paragraphs = _drop_repeats(paragraphs, headings)
    if paragraphs and not authors:
        # "Von Claudia Lindner" closing the article: a labelled byline line after the text.
        byline = parse_byline(paragraphs[-1]) if len(paragraphs[-1]) <= _MAX_CLOSING else None
        if byline is not None and byline.authors:
            authors = byline.authors
            paragraphs.pop()
    return Body(tuple(paragraphs), authors, published, teasers)


def _drop_repeats(paragraphs: list[str], headings: list[bool]) -> list[str]:
    """Drop each paragraph whose text is repeated inside a longer one: a pull quote set apart.

    A quote lifted out of the text and set in large type beside it (``<div class="quote">``)
    repeats words from within a nearby paragraph (often its closing sentence); the paragraph is
    kept, the repeat is not. Text that opens another paragraph is left alone (a paragraph and
    the same one run on with the next, as a summary may be), and so are short lines ("Ja."),
    which recur inside other sentences by chance. Only the paragraphs up to 15 places either side
    are searched, so a long page costs no more a paragraph than a short one.
    """
    folded = [p.casefold() for p in paragraphs]
    # The folded paragraphs joined by a character no text holds (a cleaned text keeps no NUL):
    # a paragraph repeated inside another after its first character is found by one search of
    # the stretch of its neighbours, at any place but one where a paragraph opens; the one
    # place it is found in its own stretch, its own start, is such a place. (A search per
    # neighbour cost a Python step each.)
    joined = _REPEAT_SEPARATOR.join(folded)
    if joined.count(_REPEAT_SEPARATOR) >= len(folded):  # one of the texts holds it after all
        return _drop_repeats_each(paragraphs, headings, folded)
    starts: list[int] = []
    at = 0
    for this in folded:
        starts.append(at)
        at += len(this) + 1
    starts.append(at)  # where a paragraph after the last would open
    last = len(folded)
    out: list[str] = []
    for i, (text, heading) in enumerate(zip(paragraphs, headings, strict=True)):
        if not heading and _MIN_REPEAT <= len(text) <= _MAX_REPEAT:
            this = folded[i]
            begin = starts[max(i - _REPEAT_REACH, 0)]
            end = starts[min(i + 1 + _REPEAT_REACH, last)] - 1
            found = joined.find(this, begin, end)
            while found != -1 and (found == begin or joined[found - 1] == _REPEAT_SEPARATOR):
                found = joined.find(this, found + 1, end)
            if found != -1:
                continue
        out.append(text)
    return out


def _drop_repeats_each(paragraphs: list[str], headings: list[bool], folded: list[str]) -> list[str]:
    """:func:`_drop_repeats` with a search of each neighbour (when a text holds the separator)."""
    out: list[str] = []
    for i, (text, heading) in enumerate(zip(paragraphs, headings, strict=True)):
        if not heading and _MIN_REPEAT <= len(text) <= _MAX_REPEAT:
            this = folded[i]
            size = len(this)
            near = folded[max(i - _REPEAT_REACH, 0) : i] + folded[i + 1 : i + 1 + _REPEAT_REACH]
            # (A loop: a generator under any() costs a frame resume for each paragraph.)
            repeated = False
            for other in near:
                if len(other) > size and other.find(this, 1) != -1:
                    repeated = True
                    break
            if repeated:
                continue
        out.append(text)
    return out


def _is_headline(folded: str, folded_title: str) -> bool:
    """Whether a block is the headline with a kicker or a label added ("Analyse: <title>").

    Args:
        folded: The block's text, case-folded.
        folded_title: The headline, case-folded; too short a one is not looked for.
    """
    return (
        len(folded_title) >= _MIN_TITLE
        and len(folded) <= len(folded_title) + _MAX_KICKER
        and folded_title in folded
    )


def _is_linked_sentence(text: str, before: str, after: str, density: float, links: int) -> bool:
    """Whether a block that is mostly links is a sentence of the text with links in it.

    A teaser or a "Read more: <link>" insert starts with its link or a label and ends with a
    link; a sentence of the article opens with a few words of its own before the first link
    (``Why had there been such a <a>strong turn away</a>?``), or links several names and keeps
    words of its own between them, or goes on for a few words after its last link (``Prince
    <a>Harry answered the King</a> last year.``, see :func:`_goes_on`), and ends as a sentence
    does.

    Args:
        text: The block's text.
        before: Its text before the first link, as the source has it.
        after: Its text after the last link, as the source has it.
        density: The share of its text inside links.
        links: How many links it holds.
    """
    if len(text) < _MIN_SENTENCE or density > _MAX_CLOSED_SENTENCE_LINKS:
        return False
    before = clean_line(before.replace("\n", " "))
    return (
        (
            (
                density <= _MAX_SENTENCE_LINKS
                and (
                    len(_WORD.findall(before)) >= _MIN_SENTENCE_OPENING
                    or (links >= 2 and len(text) * (1 - density) >= _MIN_UNLINKED)
                )
            )
            or _goes_on(after)
        )
        and before[-1:] not in _LABEL_ENDS
        and not _LABEL_OPENING.match(before)
        and text[-1] in _SENTENCE_ENDS
    )


def _goes_on(after: str) -> bool:
    """Whether the text after a block's last link carries its sentence on (`` when they left.``).

    A few words that go on in lower case continue what the link began; a source after a
    linked title (``. Agency. Retrieved 2 May``) or a bracket does not.
    """
    after = after.lstrip()
    return after[:1].islower() and len(_WORD.findall(after)) >= _MIN_SENTENCE_CLOSING


def _is_date_line(text: str) -> bool:
    """Whether ``text`` is a time stamp, bare or under a one-word label ("Publiziert: 3.4.2020")."""
    if len(text) > _MAX_LABEL or _DIGIT.search(text) is None:
        return False  # every date the normaliser reads has a digit in it
    match, shaped = read_date_line(text)  # (a digit, and short: see read_date_line)
    if match is not None and match.value is not None:
        return True
    if not shaped:
        return False  # (no date's shape anywhere in the line: find_date would find none)
    found = find_date(text)
    if found is None or found.value is None:
        return False
    rest = (text[: found.start] + " " + text[found.end :]).strip(" ,;|-–—·/")
    return rest.endswith(":") and len(rest.split()) == 1


def _is_stamp_line(text: str, elements: list[Element]) -> bool:
    """Whether a block is a post's stamp: a ``<time>`` and a name or a label beside it.

    A live blog heads each post with its time and its author or a mark (``<time>21:00</time>
    <b>Jane Doe</b>``, ``<time>12 mins ago</time> KEY EVENT``): short, with a few words besides
    the time, and no sentence's mark at its end. A sentence holding a ``<time>`` is longer.
    """
    if len(text) > _MAX_STAMP or text[-1] in ".!?":
        return False
    # (Only a <time> that shows a time counts. An empty one was taken out of the text as "",
    # which put a space between every two characters, doubling the text for each such <time>:
    # 40 empty ones nested, a 300-byte page, took gigabytes (fuzz50).)
    shown = [clean_line(text_of(el)) for el in elements if el.tag == "time"]
    shown = [time_text for time_text in shown if time_text]
    if not shown:
        return False
    rest = text
    for time_text in shown:
        rest = rest.replace(time_text, " ")
    return len(_WORD.findall(rest)) <= _MAX_STAMP_WORDS


def _is_credit_line(text: str, elements: list[Element], census: Census | None) -> bool:
    """Whether a block is a picture's credit on a line of its own: "Photo: AFP", "REUTERS".

    A credit left beside the text when its picture is taken out is short and closes with no
    sentence's mark. It is a credit word alone or among the parts a slash or a bar sets apart
    (``Getty Images``, ``iStock/Jane Doe``), a picture's label and a colon before a credit
    (``Foto: Jane Doe``; a source's label, ``Quelle:``, may head the article's own lines), or
    any such text in an element named for a credit (``class="image-credit"``).
    """
    if len(text) > _MAX_CREDIT or text[-1] in ".!?:" or _ADDRESS.search(text):
        return False
    low = text.strip(" ()[]").lower()
    if any(part.strip() in CREDIT_WORDS for part in _CREDIT_PARTS.split(low)):
        return True
    label, colon, rest = low.partition(":")
    if colon and rest.strip() and label.strip() in _PICTURE_LABELS:
        return True
    return bool(elements) and is_credit(elements[0], census=census) and looks_like_credit(text)


def _is_closing_promo(text: str) -> bool:
    """Whether ``text`` invites the reader to a newsletter or a messaging channel.

    Read only where such a line closes the body: a sentence of the article may name a newsletter.
    """
    if len(text) > _MAX_PROMO:
        return False
    low = text.lower()
    # (Substring tests first: a search of the patterns costs tens of times more.)
    if ("letter" in low or "nieuwsbrief" in low or "infolettre" in low) and _NEWSLETTER.search(low):
        return True
    return "whats" in low and _CHANNEL.search(low) is not None


def _is_label(text: str, *, ending: str = ":") -> bool:
    """Whether ``text`` is a short line that introduces what follows it: "Mehr zum Thema:".

    Args:
        text: A paragraph.
        ending: The characters such a label may end with; a question ("Schon gelesen?") is one
            only over a list of links, as a closing question is often the article's own.
    """
    return len(text) <= _MAX_LABEL and text[-1] in ending


def split_body_text(text: str, *, title: str | None) -> tuple[str, ...]:
    """Split a plain-text article body (JSON-LD ``articleBody``) into filtered paragraphs.

    Markup inside the value is read as text; lines are paragraphs; boilerplate lines, template
    markers (``+++dropcap``) and the headline written again over the text are dropped (a line
    further down that reads as the headline is the text's own: an address, a name).
    """
    text = unmarkup(text, keep_lines=True)
    folded_title = clean_line(title).casefold() if title else None
    out: list[str] = []
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line or not _WORD.search(line) or _MARKER.match(line):
            continue
        if (not out and line.casefold() == folded_title) or is_boilerplate(line):
            continue
        out.append(line)
    return tuple(out)
