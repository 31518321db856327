"""Read an :class:`~newsparse.model.Article` from an HTML page.

The steps, in order: load the page safely (:mod:`~newsparse._html.page.tree`), walk the body once for
what the readers share (:mod:`~newsparse._html.page.census`, :mod:`~newsparse._html.page.index`), read
its metadata from every source (:mod:`~newsparse._html.meta.metadata`), read the picture captions
(:mod:`~newsparse._html.body.figures`), remove page furniture (:mod:`~newsparse._html.body.furniture`),
choose the main-text containers (:mod:`~newsparse._html.body.scoring`, :mod:`~newsparse._html.body.lead`)
and read them out (:mod:`~newsparse._html.body.content`).
"""

from __future__ import annotations

import datetime as dt
import re

from newsparse._html.body.content import Body, extract_paragraphs, split_body_text
from newsparse._html.body.figures import read_captions
from newsparse._html.body.furniture import body_ancestors, remove_furniture
from newsparse._html.meta.metadata import Metadata, read_metadata
from newsparse._html.meta.when_fallback import opening_date
from newsparse._html.page.census import Census
from newsparse._html.page.sources import date_value
from newsparse._html.page.tree import drop, load_page, text_of
from newsparse._normalize.datelines import find_dateline
from newsparse._normalize.dates import page_day_first
from newsparse._normalize.language import guess_language
from newsparse._normalize.refused import settle_refused
from newsparse.model import Article

__all__ = ["parse_html"]

# A body of at least this many paragraphs that follow a linked headline, making up at least this
# share of it, is a list of teasers (no development article comes near both).
_MIN_TEASERS = 8
_TEASER_SHARE = 0.75
_DC_DATE = re.compile(
    r"""dc:date\s*=\s*["']([^"'<>]{8,40})["']|<dc:date>\s*([^"'<>]{8,40}?)\s*</dc:date>"""
)
# A caption element longer than this is a wrapper around more than a caption; it is not removed.
_MAX_CAPTION_CHARS = 1500
# How many of the body's first paragraphs the language of a refused date line is guessed from.
_SAMPLE_PARAGRAPHS = 10
_WORD = re.compile(r"\w+")
#: The opening words of the markup's text looked for in a JSON-LD ``articleBody`` with fewer
#: paragraphs than the markup's (see :func:`_prefer_structured_body`).
_OPENING_WORDS = 12


def parse_html(
    text: str,
    *,
    url: str | None = None,
    cleaned: bool = False,
    utf8: bytes | None = None,
    noscript: bool = False,
    second: bool = False,
) -> Article:
    """Parse an HTML page into an article.

    Args:
        text: The page's markup, already decoded.
        url: The address the page was fetched from: resolves relative links and serves as weak
            evidence (a date in the path).
        cleaned: ``text`` has been through :func:`~newsparse._decode.clean_text` already (as
            :func:`newsparse.parse_article` does to every input), so the page is not read for it
            twice.
        utf8: ``text`` in UTF-8 (the bytes it was decoded from), when the caller has them: the
            page is parsed from them instead of encoding ``text`` again.
        noscript: Read the content of ``<noscript>`` elements as part of the page.
        second: This is the second reading of a page whose first gave no article text: an
            element named as furniture that holds most of the page's prose is kept (see
            :func:`~newsparse._html.body.furniture.remove_furniture`), and ``noscript`` is set
            when a ``<noscript>`` held text (the article as a reader without scripts sees it,
            on pages a script writes).

    Returns:
        The article; fields the page does not provide are ``None`` or empty.

    Raises:
        InputTooLargeError: The page is too large to parse in bounded time.
        NotAnArticleError: The markup holds no HTML elements.
    """
    page = load_page(text, cleaned=cleaned, utf8=utf8, noscript=noscript)
    body = page.root.find("body")
    if body is None:
        body = page.root
    # One walk over the body, before anything is removed, for the readers to share: it also
    # indexes the whole page for the metadata readers, which never change the tree.
    census = Census(page.root, body)
    meta = read_metadata(page, url=url, index=census.page)
    protected = body_ancestors(body, census=census)
    read = read_captions(page.root, url=url, protected=protected, census=census)
    captions = read.captions
    for element in read.elements:
        if len(text_of(element)) < _MAX_CAPTION_CHARS:
            census.dropped(element)
            drop(element)
    remove_furniture(body, protected=protected, census=census, keep_prose=second)
    found = extract_paragraphs(
        body, title=meta.title, exclude=[c.text for c in captions], census=census
    )
    if not found.paragraphs and not second:
        return parse_html(
            text, url=url, cleaned=cleaned, utf8=utf8, noscript=page.noscript_text, second=True
        )
    if _is_listing(found, meta):
        return _listing(meta, found.teasers)
    paragraphs = found.paragraphs
    if not paragraphs:
        # A photo gallery's text is its captions: with nothing else to read, they are the body.
        paragraphs = tuple(dict.fromkeys(c.text for c in captions if c.text))
    if meta.body:
        paragraphs = _prefer_structured_body(paragraphs, meta.body, meta.title)
    dateline = find_dateline(paragraphs[0]) if paragraphs else None
    published = meta.published or _rdf_date(text) or found.published
    warnings = page.notes + meta.warnings
    if not paragraphs:
        # (Never an empty body without a word: a video's, a podcast's or a script-built page's.)
        warnings += (_NO_TEXT,)
    if published is None and meta.data_date is not None:
        published = meta.data_date
        warnings += (f"the publication date {published} comes only from the page's script data",)
    if published is None and meta.url_date is not None:
        published = meta.url_date
        warnings += (f"the publication date {published} comes only from the page's address",)
    published = published or meta.shown_date
    if published is None:
        published, warnings = _settle_refused(paragraphs, meta, warnings)
    if published is None:
        published, warnings = _late_date(meta, paragraphs, warnings)
    return Article(
        title=meta.title,
        authors=meta.authors or found.authors or meta.site_author,
        published=published,
        modified=meta.modified,
        dateline=dateline,
        site_name=meta.site_name,
        section=meta.section,
        language=meta.language or (guess_language(" ".join(paragraphs)) if paragraphs else None),
        url=meta.url,
        description=meta.description,
        image=meta.image or next((c.image_url for c in captions if c.image_url), None),
        tags=meta.tags,
        paragraphs=paragraphs,
        captions=captions,
        warnings=warnings,
    )


#: The warning of a page read with no article text.
_NO_TEXT = (
    "found no article text on the page (a video's, a podcast's or a page a script writes "
    "holds none the parser can read); its metadata was read"
)


def _is_listing(found: Body, meta: Metadata) -> bool:
    """Whether the page is a list of teasers (a home or section page), not one article.

    The body read is then mostly paragraphs each right after a linked headline, and the page
    does not declare itself an article.
    """
    return (
        not meta.declared_article
        and found.teasers >= _MIN_TEASERS
        and found.teasers >= _TEASER_SHARE * len(found.paragraphs)
    )


def _listing(meta: Metadata, teasers: int) -> Article:
    """What a list of teasers gives: the page's metadata, no body, and a warning that says why."""
    warning = (
        f"the page looks like a list of {teasers} teasers (a home or section page), not one "
        "article; its body was not read"
    )
    return Article(
        title=meta.title,
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        section=meta.section,
        language=meta.language,
        url=meta.url,
        description=meta.description,
        image=meta.image,
        tags=meta.tags,
        warnings=(*meta.warnings, warning),
    )


def _rdf_date(text: str) -> dt.date | None:
    """The ``dc:date`` of an RDF block that blogs once put in a comment for trackbacks.

    An attribute or an element of its own (``<dc:date>2008-06-18</dc:date>``) in
    ``<!-- <rdf:RDF ...><rdf:Description ... dc:date="2008-06-18T12:34:56+00:00" /> -->``: the
    tree is read without comments, so the raw markup is searched (only from where RDF starts).
    """
    start = text.find("<rdf:RDF")
    if start < 0:
        return None
    found = _DC_DATE.search(text, start, start + 5000)
    return date_value(found.group(1) or found.group(2)) if found else None


def _settle_refused(
    paragraphs: tuple[str, ...], meta: Metadata, warnings: tuple[str, ...]
) -> tuple[dt.date | None, tuple[str, ...]]:
    """Read a date line refused as ambiguous again, where the page's text settles it.

    The body's common words may name the language of a month name that languages give
    different months, and its other numeric dates the order of ``8/5/2024`` (see
    :func:`~newsparse._normalize.refused.settle_refused`). The line's warning goes once it is
    read; otherwise nothing changes.
    """
    refused = meta.refused_date
    if refused is None or refused.warning not in warnings:
        return None, warnings
    match = settle_refused(
        refused,
        text=" ".join(paragraphs),
        sample=" ".join(paragraphs[:_SAMPLE_PARAGRAPHS]),
        language=meta.language,
    )
    if match is None:
        return None, warnings
    index = warnings.index(refused.warning)
    return match.value, (*warnings[:index], *warnings[index + 1 :])


def _late_date(
    meta: Metadata, paragraphs: tuple[str, ...], warnings: tuple[str, ...]
) -> tuple[dt.date | None, tuple[str, ...]]:
    """The last-resort publication date, and the warnings with one that says where it is from.

    A labelled date, a date in the title or beside the headline (:attr:`Metadata.late_date`),
    else a date opening one of the first paragraphs.
    """
    value: dt.date | None
    if meta.late_date is not None:
        value, source = meta.late_date.value, meta.late_date.source
    else:
        value = opening_date(paragraphs, day_first=page_day_first(meta.language))
        source = "a date opening the text"
    if value is None:
        return None, warnings
    return value, (*warnings, f"the publication date {value} comes only from {source}")


def _prefer_structured_body(
    paragraphs: tuple[str, ...], body: str, title: str | None
) -> tuple[str, ...]:
    """Use the JSON-LD ``articleBody`` when the page's markup gave much less text.

    Pages rendered by scripts carry their text only in data; some cut the markup short behind
    a paywall while the structured data holds the whole article. Such a body either holds the
    markup's opening words (the teaser is the article's start) or splits into at least as many
    paragraphs as the markup gave: a longer body of fewer paragraphs without the markup's
    opening words is another text (a value of one long line of filler), and the page's own
    paragraphs stay.
    """
    found = sum(len(p.split()) for p in paragraphs)
    structured = split_body_text(body, title=title)
    if sum(len(p.split()) for p in structured) <= 2 * found + 10:
        return paragraphs
    if len(structured) >= len(paragraphs):
        return structured
    opening = " ".join(_WORD.findall(paragraphs[0].casefold())[:_OPENING_WORDS])
    return structured if opening in " ".join(_WORD.findall(body.casefold())) else paragraphs
