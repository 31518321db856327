"""Read a scraper's JSON record of one article: its fields by their keys, its text for a parser.

Scrapers and extraction tools save what they found as a JSON object with a title, the text, a
date and the authors under keys of their own choosing (``maintext``, ``articleBody``,
``date_publish``, ``datePublished``, ``publish_date``, ``content.rendered`` ...). The keys are
matched here by their letters alone (case, ``_`` and ``-`` ignored), from tables of the keys such
tools write, so a record from a tool never seen is read when it names its fields plainly.

Only the mapping lives here. The record's text is parsed by the text or the HTML parser (the
caller picks by :attr:`Record.body_is_html`), and :func:`merged` lays the record's fields over
what that parse found: a field the record states wins, one it lacks is the parser's.
newsparse's own JSON output, given back, is read exactly (:func:`own_output`).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from newsparse._decode import clean_text
from newsparse._detect import detect_kind
from newsparse._normalize.dates import parse_date, parse_timestamp
from newsparse._normalize.language import language_tag
from newsparse._normalize.names import split_authors
from newsparse._normalize.phrases import publication_key
from newsparse._normalize.whitespace import clean_line, is_blank, one_line, shortened
from newsparse.errors import NotAnArticleError, SerializationError
from newsparse.model import Article

__all__ = ["Record", "merged", "own_output", "read_record", "tool_xml_record"]

#: The keys each field is found under, in the order they are tried (the first that holds a value
#: wins), written as :func:`_folded` writes a key: lower case, no ``_``, ``-`` or space.
_TITLE = ("title", "headline", "articletitle", "articleheadline", "judul", "posttitle")
_BODY = (
    "maintext",
    "articlebody",
    "articletext",
    "fulltext",
    "text",
    "cleanedtext",
    "rawtext",
    "content",
    "contenthtml",
    "body",
    "bodyhtml",
    "article",
    "story",
    "paragraphs",
    "isi",
    "isiberita",
    "konten",
    "kandungan",
    # the page itself, when the record holds nothing but (a crawl record)
    "html",
    "rawhtml",
)
_AUTHORS = (
    "authors",
    "author",
    "byline",
    "creator",
    "creators",
    "writer",
    "writers",
    "authorname",
    "penulis",
    "reporter",
    "wartawan",
)
#: The keys of a publication date that do not say so themselves, tried after every key that
#: does (:func:`~newsparse._normalize.phrases.publication_key`: ``datePublished``,
#: ``publishTime``, ``first_published_date``): in a record of one article's fields, its date.
_PUBLISHED = ("published", "pubdate", "date", "tanggal", "timestamp")
_MODIFIED = (
    "datemodified",
    "datemodify",
    "modifieddate",
    "dateupdated",
    "updateddate",
    "lastmodified",
    "modifiedat",
    "updatedat",
    "modified",
    "updated",
)
_URL = (
    "url",
    "canonicalurl",
    "canonicallink",
    "canonical",
    "link",
    "permalink",
    "articleurl",
    "sourceurl",
    "source",
)
_SITE = (
    "sitename",
    "metasitename",
    "publisher",
    "sourcename",
    "sourcehostname",
    "outlet",
    "site",
)
_LANGUAGE = ("language", "lang", "inlanguage", "metalang")
_DESCRIPTION = ("description", "excerpt", "summary", "metadescription", "abstract", "standfirst")
_IMAGE = (
    "image",
    "imageurl",
    "topimage",
    "leadimageurl",
    "leadimage",
    "featuredimage",
    "metaimg",
    "thumbnailurl",
    "thumbnail",
)
_TAGS = ("tags", "keywords", "metakeywords")
_SECTION = ("articlesection", "section", "category", "categories")
#: The UTC twin of a local date that some tools write beside it (``date`` and ``date_gmt``).
_GMT_SUFFIXES = ("gmt", "utc")
#: The keys a nested value's text stands under (``{"rendered": "..."}``, ``{"name": "..."}``).
_INNER = ("rendered", "name", "url", "@value", "value", "text", "content", "href")
#: The objects some tools nest a page's metadata in (``{"meta": {"description": ...}}``): their
#: keys are read where the record's own lack a field.
_NESTED = ("meta", "metadata", "opengraph")
#: What a string listing several tags or sections is split at (``"economy, ports; weather"``).
_LIST_SEPARATORS = re.compile(r"[,;]")
_TAG = re.compile(r"<[^<>]{0,2000}>")
#: The most items of a list field read, and the most parts of an author string split into names.
_MAX_ITEMS = 100
#: A local time and its UTC twin differ by at most this, in whole quarter hours.
_MAX_OFFSET = dt.timedelta(hours=14)


@attrs.frozen
class Record:
    """One JSON record read: its text for a parser, and the fields it states, normalised."""

    body: str
    #: Whether the text is HTML (a page, or a content field of tags): parse it as a page.
    body_is_html: bool
    #: The fields the record states, as an article's (no paragraphs: those are the text's), and
    #: the warnings its reading gave.
    fields: Article


def own_output(value: object) -> Article | None:
    """The article when ``value`` is newsparse's own JSON output of one, given back.

    That output's keys are the article's fields (and the ``path`` the command line adds); it is
    read exactly, as :meth:`Article.from_dict` reads it.
    """
    if not isinstance(value, dict) or not isinstance(value.get("paragraphs"), list):
        return None
    if not set(value) <= _OWN_KEYS:
        return None
    try:
        return Article.from_dict(value)
    except SerializationError:
        return None


_OWN_KEYS = frozenset(
    (*(field.name for field in attrs.fields(Article)), "path", "error", "error_type")
)


def read_record(value: object) -> Record | None:
    """The record ``value`` holds, or ``None`` when it holds no article text under a known key.

    A list holding one record is read as that record.

    Raises:
        NotAnArticleError: ``value`` is a list of several records (each is an article of its
            own: give them one at a time), or a record whose text field is empty or holds
            no text (a list of mixed values, a number).
    """
    if isinstance(value, list):
        records = [item for item in value[: _MAX_ITEMS + 1] if _body_key(item) is not None]
        if len(records) > 1:
            count = f"{len(value):,}" if len(value) <= _MAX_ITEMS else f"over {_MAX_ITEMS}"
            msg = (
                f"the input is a JSON list of {count} records, each an article of its own: "
                "give newsparse one record at a time (on the command line: newsparse --records FILE)"
            )
            raise NotAnArticleError(msg)
        if not records:
            for item in value[:_MAX_ITEMS]:
                if isinstance(item, dict):
                    _refuse_if_unreadable(item)
                    _refuse_if_titled(item)
            _refuse_if_structured(value)
            return None
        value = records[0]
    if not isinstance(value, dict):
        return None
    record: dict[Any, Any] = value
    body_key = _body_key(record)
    if body_key is None and isinstance(record.get("@graph"), list):
        # (structured data of several things, the article one of them: a page, a site, a person)
        for item in record["@graph"]:
            if isinstance(item, dict) and (key := _body_key(item)) is not None:
                record, body_key = item, key
                break
    if body_key is None:
        _refuse_if_unreadable(record)
        _refuse_if_titled(record)
        _refuse_if_structured(record)
        return None
    fields = _fields(record)
    written = {_folded(key): key for key in record if isinstance(key, str)}
    body = _body(record[body_key])
    # (Blank by the policy every input meets: control characters are no text, "\x00" is empty.)
    if body is None or _absent(body) or is_blank(clean_text(body)):
        msg = f"the JSON record's text (its {body_key!r} field) is empty"
        raise NotAnArticleError(msg)
    notes: list[str] = []
    published, published_key = _date(fields, _published_keys(fields, written), notes, written)
    modified, modified_key = _date(fields, _MODIFIED, notes, written)
    stated = Article(
        title=_text(_first(fields, _TITLE)),
        authors=_authors(_first(fields, _AUTHORS)),
        published=_with_local_offset(published, fields, published_key),
        modified=_with_local_offset(modified, fields, modified_key),
        site_name=_text(_first(fields, _SITE)),
        section=_section(_first(fields, _SECTION)),
        language=language_tag(_text(_first(fields, _LANGUAGE))),
        url=_address(fields),
        description=_text(_first(fields, _DESCRIPTION)),
        image=_text(_first(fields, _IMAGE)),
        tags=_strings(_first(fields, _TAGS), notes),
        warnings=tuple(notes),
    )
    return Record(body=body, body_is_html=detect_kind(body) == "html", fields=stated)


#: The tags of a tool's XML ``<main>`` that part its paragraphs (opening or closing), and a
#: line break: what stands between two of them is one paragraph.
_XML_BREAK = re.compile(r"<(?:/?(?:p|head|quote|list|item|table|row|code|main)\b[^>]*|lb\s*/?)>")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")


def tool_xml_record(text: str) -> Record | None:
    """The record of an extraction tool's XML document (see :func:`newsparse._detect.is_tool_xml`).

    Of a ``<doc>`` document, the element's attributes are the record's fields (``title``,
    ``author``, ``date``, ``url`` ...) and the text of ``<main>`` its paragraphs; of a TEI
    document, the fields are read from its header (:func:`_tei_fields`) and the paragraphs from
    the text's ``entry`` division. Comments are not the article. ``None`` when the document
    cannot be read or holds no text.
    """
    import lxml.etree  # noqa: PLC0415 - only for such a document

    # (huge_tree: a text node over 10 MB or nesting over 256 levels ended the parse there, and
    # the rest of the text was lost without a word; entities stay unexpanded, and the input is
    # bounded by MAX_INPUT_CHARS.)
    parser = lxml.etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=True
    )
    try:
        root = lxml.etree.fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        return None
    if root is None:
        return None
    if root.tag == "doc":
        main = root.find("main")
        fields: dict[str, object] = {str(key): str(value) for key, value in root.attrib.items()}
    elif _local(root) == "TEI":
        main = next(_tei_entries(root), None)
        fields = _tei_fields(root)
    else:
        return None
    if main is None:
        return None
    marked = lxml.etree.tostring(main, encoding="unicode", with_tail=False)
    # (the text between the breaks, with the tags within a paragraph taken out: <hi>, <ref>)
    paragraphs = [
        " ".join(html.unescape(_TAG.sub("", part)).split()) for part in _XML_BREAK.split(marked)
    ]
    fields["text"] = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    try:
        record = read_record(fields)
    except NotAnArticleError:
        return None
    limit = next(
        (
            entry.message
            for entry in parser.error_log
            if entry.level_name == "FATAL" and entry.type_name == "ERR_RESOURCE_LIMIT"
        ),
        None,
    )
    if record is None or limit is None:
        return record
    # (nesting over 2,048 levels, even with huge_tree: libxml2 stops reading there)
    cut = limit.split(",")[0].strip()  # ("Excessive depth in document: 2048")
    note = f"the XML document was read only up to where libxml2 stopped ({cut})"
    article = attrs.evolve(record.fields, warnings=(*record.fields.warnings, note))
    return attrs.evolve(record, fields=article)


def _local(element: Any) -> str:
    """An element's tag without its namespace (``""`` for a comment or processing instruction)."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _tei_entries(root: Any) -> Iterator[Any]:
    """The divisions of a TEI document's text that hold the article (``<div type="entry">``)."""
    for element in root.iter():
        if _local(element) == "div" and element.get("type") == "entry":
            yield element


#: The elements of a TEI header that state a field (in any namespace or none).
_TEI_FIELDS = tuple(
    f"{{*}}{name}"
    for name in ("title", "author", "publisher", "ptr", "date", "abstract", "term", "language")
)
#: A TEI header's publisher written with its site's host: ``Example Times (example.com)``.
_PUBLISHER_HOST = re.compile(r"(.{1,200}?)\s*\(([\w.-]{1,200}\.[a-z]{2,24})\)", re.IGNORECASE)


def _tei_fields(root: Any) -> dict[str, object]:
    """The fields a TEI document's header states, under the keys a record writes them.

    The headline and authors of the first ``titleStmt``, the publisher, address and date of the
    ``publicationStmt`` that holds a date (the source's, not the file's), the abstract, the
    keywords' categories and tags, and the language of ``langUsage`` or of the text. Never the
    ``creation`` date: that is the day the file was written.
    """
    fields: dict[str, object] = {}
    authors: list[str] = []
    header = root.find("{*}teiHeader")
    for element in () if header is None else header.iter(_TEI_FIELDS):
        name = _local(element)
        parent = element.getparent()
        within = "" if parent is None else _local(parent)
        if name == "ptr":
            if (element.get("type") or "").lower() == "url":
                fields.setdefault("url", element.get("target") or "")
            continue
        value = " ".join("".join(element.itertext()).split())
        if not value:
            continue
        if name == "title" and within == "titleStmt":
            fields.setdefault("title", value)
        elif name == "author" and within == "titleStmt":
            if value not in authors:
                authors.append(value)
        elif name == "publisher" and "sitename" not in fields:
            found = _PUBLISHER_HOST.fullmatch(value)
            fields["sitename"] = found.group(1) if found else value
        elif name == "date" and within == "publicationStmt":
            fields.setdefault("date", value)
        elif name == "abstract":
            fields.setdefault("description", value)
        elif name == "term":
            key = "tags" if element.get("type") == "tags" else "categories"
            fields[key] = f"{fields[key]}, {value}" if key in fields else value
        elif name == "language":
            fields.setdefault("language", element.get("ident") or value)
    language = root.find("{*}text")
    if "language" not in fields and language is not None:
        stated = language.get("{http://www.w3.org/XML/1998/namespace}lang")
        if stated:
            fields["language"] = stated
    if authors:
        fields["author"] = "; ".join(authors)
    return fields


def _refuse_if_unreadable(value: dict[Any, Any]) -> None:
    """Refuse a record whose text field holds no text newsparse reads, or nothing.

    (A list of mixed values, a number, an object without a ``rendered`` text, ``null``: the
    record was read as a dump of its keys and quotes, its raw JSON coming back as the title.)

    Raises:
        NotAnArticleError: A key of :data:`_BODY` is in ``value`` (none holding text).
    """
    keys = {_folded(key): key for key in value if isinstance(key, str)}
    key = next((keys[name] for name in _BODY if name in keys), None)
    if key is None:
        return
    found = value[key]
    if _absent(found):
        msg = f"the JSON record's text (its {key!r} field) is empty"
    else:
        msg = (
            f"the JSON record's text (its {key!r} field) is {_described(found)}, not text "
            "newsparse reads (a string, a list of strings, or an object with a 'rendered' or "
            "'text' string)"
        )
    raise NotAnArticleError(msg)


#: The names of JSON values' types, as a message names them.
_JSON_TYPES = {str: "string", bool: "boolean", int: "number", float: "number", list: "list"}


def _described(value: object) -> str:
    """What a JSON value is, for a message: ``a list of strings and numbers``, ``a number``."""
    if isinstance(value, list):
        kinds = dict.fromkeys(
            _JSON_TYPES.get(type(item), "object" if isinstance(item, dict) else "null")
            for item in value[:_MAX_ITEMS]
        )
        return "a list of " + " and ".join(f"{kind}s" for kind in kinds)
    if isinstance(value, dict):
        keys = ", ".join(repr(shortened(key)) for key in list(value)[:6])
        return f"an object with the keys {keys}"
    return f"a {_JSON_TYPES.get(type(value), 'value')} ({json.dumps(value)[:40]})"


def _refuse_if_titled(value: dict[str, Any]) -> None:
    """Refuse a record that names an article's headline but holds none of its text.

    (Structured data without the text, a feed's item: read as a dump, its keys and quotes would
    come back as the article.)

    Raises:
        NotAnArticleError: ``value`` has a title under a key newsparse knows, and no text.
    """
    title = _text(_first(_fields(value), _TITLE))
    if title is None:
        return
    # (A key of a megabyte was quoted whole: each is quoted by its first 80 characters.)
    keys = ", ".join(repr(shortened(key)) for key in list(value)[:12] if isinstance(key, str))
    msg = (
        f"the JSON record of {title[:80]!r} holds no article text under a key newsparse knows "
        f"(such as 'text', 'body' or 'articleBody'); its keys: {keys}"
    )
    raise NotAnArticleError(msg)


def _refuse_if_structured(value: dict[str, Any] | list[Any]) -> None:
    """Refuse structured data (JSON-LD: things with an ``@type``) none of which holds text.

    (A page's JSON-LD blocks, a site's and its publisher's: read as a dump, their keys and
    quotes would come back as the article.)

    Raises:
        NotAnArticleError: ``value``, an item of it, or of its ``@graph``, has an ``@type``.
    """
    things = value if isinstance(value, list) else [value]
    if isinstance(value, dict) and isinstance(value.get("@graph"), list):
        things = [value, *value["@graph"]]
    types = [name for thing in things[:_MAX_ITEMS] if (name := _type_name(thing)) is not None]
    if not types:
        return
    shown = ", ".join(dict.fromkeys(types[:12]))
    msg = (
        f"the input is structured data (JSON-LD: {shown}) with no article text under a key "
        "newsparse knows (such as 'articleBody' or 'text'): give newsparse the page or the text "
        "itself"
    )
    raise NotAnArticleError(msg)


def _type_name(thing: object) -> str | None:
    """A JSON-LD thing's ``@type`` (its first, when it has several), or ``None``."""
    if not isinstance(thing, dict):
        return None
    kind = thing.get("@type")
    if isinstance(kind, list) and kind:
        kind = kind[0]
    return kind[:40] if isinstance(kind, str) and kind else None


def merged(record: Record, article: Article) -> Article:
    """``article`` (the parse of the record's text) with the fields the record states laid over it.

    A field the record leaves empty keeps the parse's value; the warnings of both are kept.
    """
    stated = {
        name: value
        for name in _STATED
        if (value := getattr(record.fields, name)) is not None and value != ()
    }
    title = stated.get("title")
    notes: tuple[str, ...] = ()
    if (
        title is not None
        and not record.body_is_html
        and article.title is not None
        and " ".join(article.title.casefold().split()) != " ".join(title.casefold().split())
    ):
        if not article.paragraphs:
            # A text of one line is read as a dump's headline; where the record names another
            # headline, that line is the text (it was dropped, with no warning).
            stated["paragraphs"] = (article.title,)
        else:
            # The text's first line, read as its own headline, gives way to the record's.
            notes = (
                f"the text's first line was read as its headline, {article.title[:80]!r}, and "
                "left out for the record's title",
            )
    return attrs.evolve(
        article, **stated, warnings=(*article.warnings, *record.fields.warnings, *notes)
    )


#: The article's fields a record may state (all but the text's own and the warnings).
_STATED = tuple(
    field.name
    for field in attrs.fields(Article)
    if field.name not in ("paragraphs", "captions", "warnings")
)


def _fields(value: dict[Any, Any]) -> dict[str, Any]:
    """The record's values by their folded keys, with those of its nested metadata beneath."""
    fields = {_folded(key): item for key, item in value.items() if isinstance(key, str)}
    for name in _NESTED:
        nested = fields.get(name)
        if isinstance(nested, dict):
            for key, item in nested.items():
                if isinstance(key, str) and _first(fields, (folded := _folded(key),)) is None:
                    fields[folded] = item
    return fields


def _folded(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "").replace(" ", "")


def _body_key(value: object) -> str | None:
    """The key (as written) of the record's article text, if it has one that holds text."""
    if not isinstance(value, dict):
        return None
    keys = {_folded(key): key for key in value if isinstance(key, str)}
    texts = {
        keys[w]: text for w in _BODY if w in keys and (text := _body(value[keys[w]])) is not None
    }
    # The first that holds more than spaces (a tool may leave "text" empty and keep the page);
    # else the first, empty, for the caller to say so.
    for key, text in texts.items():
        if not _absent(text):
            return key
    return next(iter(texts), None)


def _body(value: object) -> str | None:
    """A text field's text: a string, a list of paragraphs, or a nested ``rendered`` value."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return "\n\n".join(value)
    if isinstance(value, dict):
        for key in ("rendered", "text", "value", "content"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def _first(fields: dict[str, Any], keys: tuple[str, ...]) -> object:
    for key in keys:
        value = fields.get(key)
        if not _absent(value):
            return value
    return None


#: What an export writes for a value it did not have (Python's ``str(None)``, a data frame's).
_NO_VALUE = frozenset(("", "None", "null", "NaN", "nan", "NaT"))


def _absent(value: object) -> bool:
    """Whether ``value`` holds nothing: ``None``, empty, or a missing value's name (``"None"``)."""
    if isinstance(value, str):
        return value.strip() in _NO_VALUE
    return value is None or value in ([], {})


def _scalars(value: object, depth: int = 0) -> Iterator[str]:
    """The strings a field's value holds: itself, a list's items, a nested object's text."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list) and depth < 2:
        for item in value[:_MAX_ITEMS]:
            yield from _scalars(item, depth + 1)
    elif isinstance(value, dict) and depth < 2:
        for key in _INNER:
            if key in value:
                yield from _scalars(value[key], depth + 1)
                return


def _plain(value: str) -> str:
    """A field's value without tags or character references (``Harbour&#8217;s <b>day</b>``).

    On one line, as the same field of a page is: a line break in a title is a space.
    """
    if "<" in value:
        value = _TAG.sub(" ", value)
    if "&" in value:
        value = html.unescape(value)
    return one_line(value)


def _text(value: object) -> str | None:
    for item in _scalars(value):
        if text := _plain(item):
            return text
    return None


def _section(value: object) -> str | None:
    """The section: the first of several a tool joined with semicolons (``"World;Politics"``)."""
    text = _text(value)
    if text is None or ";" not in text:
        return text
    return next((part for part in map(clean_line, text.split(";")) if part), None)


def _address(fields: dict[str, Any]) -> str | None:
    """The article's address: the first of the fields :data:`_URL` names that holds one.

    (``source`` may name the outlet instead of holding the address.)
    """
    for key in _URL:
        text = _text(fields.get(key))
        if text is not None and "://" in text[:12]:
            return text
    return None


def _strings(value: object, notes: list[str]) -> tuple[str, ...]:
    """A list field's strings (a string split at commas and semicolons), each once, the first :data:`_MAX_ITEMS` of them (a note if more)."""
    items: dict[str, None] = {}
    for item in _scalars(value):
        # (one string may list several: "economy, ports, weather")
        parts = _LIST_SEPARATORS.split(item) if not isinstance(value, list) else [item]
        items.update((text, None) for part in parts if (text := _plain(part)))
    if len(items) > _MAX_ITEMS:
        notes.append(f"kept the first {_MAX_ITEMS} of the record's {len(items):,} tags")
    return tuple(items)[:_MAX_ITEMS]


def _authors(value: object) -> tuple[str, ...]:
    names: list[str] = []
    for item in _scalars(value):
        # (an item may name several, "A and B", or none: an outlet, a label alone)
        found = split_authors(_plain(item), strict=False, limit=_MAX_ITEMS)
        names.extend(name for name in found if name not in names)
    if not any(_SLUG.fullmatch(name) for name in names):
        return tuple(names)
    return _unslugged(names)


#: A writer's name as an address writes it (``jane-doe`` of ``/author/jane-doe``), which tools
#: exporting records (newspaper's ``authors``) take for a name.
_SLUG = re.compile(r"[a-z]{2,}(?:-[a-z]{2,}){1,3}")


def _unslugged(names: list[str]) -> tuple[str, ...]:
    """``names`` with each slug written as a name (``jane-doe`` is ``Jane Doe``).

    A slug is left out where the record names the same writer written out.
    """
    written = {name.casefold() for name in names if not _SLUG.fullmatch(name)}
    kept: list[str] = []
    for name in names:
        spelled = name
        if _SLUG.fullmatch(name):
            if name.replace("-", " ") in written:
                continue
            spelled = " ".join(part.capitalize() for part in name.split("-"))
        if spelled not in kept:
            kept.append(spelled)
    return tuple(kept)


def _date(
    fields: dict[str, Any], keys: tuple[str, ...], notes: list[str], written: dict[str, str]
) -> tuple[dt.date | None, str]:
    """The date under the first of ``keys`` that holds one, read as a page's dates are, and its key."""
    for key in keys:
        value = fields.get(key)
        if _absent(value):
            continue
        found: dt.date | None = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            found = parse_timestamp(value)
        else:
            text = _text(value)
            if text is not None:
                found = parse_timestamp(text) or parse_date(text)
        if found is None:
            notes.append(
                f"the record's {written.get(key, key)!r} field is not a date newsparse reads: {value!r:.80}"
            )
            continue
        return found, key
    return None, ""


def _published_keys(fields: dict[str, Any], written: dict[str, str]) -> tuple[str, ...]:
    """The keys of ``fields`` that may hold the publication date, in the order they are tried.

    First the keys that name a publication time, in the record's order (a UTC twin, ``..._gmt``,
    after the others: it is read as the other's offset, see :func:`_with_local_offset`), then
    :data:`_PUBLISHED`. ``written`` gives a key's spelling in the record, whose case tells its
    words apart (``publishedAt``); a nested key is read folded (``publishedat``).
    """
    named = [key for key in fields if publication_key(written.get(key, key))]
    named.sort(key=lambda key: key.endswith(_GMT_SUFFIXES))
    return (*named, *_PUBLISHED)


def _with_local_offset(value: dt.date | None, fields: dict[str, Any], key: str) -> dt.date | None:
    """A naive local time with the offset its UTC twin (``date_gmt``) implies, else as it is."""
    if not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return value
    twin = next(
        (fields[key + s] for s in _GMT_SUFFIXES if isinstance(fields.get(key + s), str)), None
    )
    if twin is None:
        return value
    utc = parse_date(twin)
    if not isinstance(utc, dt.datetime) or utc.tzinfo is not None:
        return value
    offset = value - utc
    quarters, rest = divmod(offset, dt.timedelta(minutes=15))
    if rest or abs(offset) > _MAX_OFFSET:
        return value
    return value.replace(tzinfo=dt.timezone(quarters * dt.timedelta(minutes=15)))
