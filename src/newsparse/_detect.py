"""Tell an HTML page from a plain-text dump.

A text dump may mention ``<`` or even quote a tag, and an HTML fragment may have no ``<html>``.
The test is therefore about proportion: HTML is text whose start is a doctype or a root tag, or
whose markup (known tag names, closed) makes up a real share of the input.
"""

from __future__ import annotations

import re
from typing import Literal

from newsparse.errors import InputTooLargeError

__all__ = [
    "broken_json",
    "detect_kind",
    "is_json_lines",
    "is_tool_xml",
    "json_int",
    "json_loads",
    "json_value",
    "looks_like_path",
    "xml_root",
]

_LEADING_MARKUP = re.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|article|div|section|main|p|figure)\b",
    re.IGNORECASE | re.DOTALL,
)
# Tags a page is built of, which a scraper's text dump never keeps (it keeps <br>, <p>, <b>).
_PAGE_TAG = re.compile(
    r"<(?:html|head|body|meta|link|script|style|article|section|main|header|footer|nav|div|"
    r"table|figure|img|span)\b",
    re.IGNORECASE,
)
#: A dump with tags left in has lines: a title, a byline, paragraphs.
_MIN_DUMP_LINES = 4
# A file's path or name given where its content belongs: one short line, no space, ending in an
# extension a page or a dump is saved with (``page.html``, ``/data/001.txt``, ``x.html.gz``).
_PATH_LIKE = re.compile(
    r"[^\s<>]{0,1000}\.(?:s?html?|xhtml|txt|text|md|json|jsonl|xml|warc)(?:\.(?:gz|bz2|xz))?",
    re.IGNORECASE,
)
# The tags that frame a document, which no rendering of a page keeps. (A ``<script>`` or
# ``<style>`` is no such mark: a renderer writes a ``<noscript>`` block or a comment that quotes
# one out as text, and a page behind junk holds its head's tags too.)
_DOCUMENT_TAG = re.compile(r"<(?:html|head|body|meta|link|title)\b", re.IGNORECASE)
#: A page rendered to text has many lines, and at most a tenth of them hold a tag it kept.
_MIN_RENDERING_LINES = 20
_STRAY_TAG_SHARE = 0.1
#: A line of nothing but empty elements a rendering keeps from a ``<noscript>`` block (a tracking
#: pixel's ``<img ...>``): no text.
_ONLY_TAGS = re.compile(
    r"(?:\s*<(?:img|iframe)\b[^<>]*>(?:\s*</(?:img|iframe)>)?)+\s*", re.IGNORECASE
)
# Tags that HTML pages are made of; a dump quoting one now and then does not reach the threshold.
_TAG = re.compile(
    r"</?(?:a|p|div|span|br|img|figure|figcaption|article|section|main|header|footer|nav|ul|ol|li|"
    r"h[1-6]|table|tr|td|strong|em|b|i|blockquote|time|meta|link|script|style|head|body|html)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)

#: Elements of a page that :data:`_TAG` does not name: HTML's others (forms, frames, media, the
#: rest of a table, legacy ones), a custom element (a web component's or an AMP page's, its name
#: holding a hyphen, as the HTML standard requires), an element with a namespace prefix, and
#: those of inline SVG and MathML.
_FOREIGN_NAMES = (
    r"frameset|frame|noframes|iframe|form|input|button|select|option|optgroup|textarea|label|"
    r"fieldset|legend|aside|picture|source|video|audio|track|canvas|noscript|dl|dt|dd|th|thead|"
    r"tbody|tfoot|caption|colgroup|col|center|font|hr|pre|code|sup|sub|small|big|abbr|cite|"
    r"mark|details|summary|dialog|map|area|object|embed|param|wbr|nobr|marquee|base|title|menu|"
    r"hgroup|address|ins|del|var|kbd|samp|output|progress|meter|bdi|bdo|ruby|rt|rp|tt|"
    r"[a-z][a-z0-9]*-[a-z0-9._-]*|[a-z][a-z0-9]*:[a-z][a-z0-9._-]*|svg|g|path|rect|circle|"
    r"ellipse|polyline|polygon|defs|symbol|use|lineargradient|radialgradient|stop|clippath|"
    r"math|mi|mo|mn|mrow|template|slot"
)
_FOREIGN_TAG = re.compile(rf"</?(?:{_FOREIGN_NAMES})(?:\s[^<>]*)?/?>", re.IGNORECASE)
#: :data:`_TAG` and :data:`_FOREIGN_TAG` in one.
_ANY_TAG = re.compile(f"{_TAG.pattern}|{_FOREIGN_TAG.pattern}", re.IGNORECASE)


def detect_kind(text: str) -> Literal["html", "text"]:
    """Return ``"html"`` if ``text`` is an HTML page or fragment, ``"text"`` if it is a text dump."""
    if "<" not in text:
        return "text"  # (both patterns below need a tag's "<": a search at memchr speed tells)
    if _LEADING_MARKUP.match(text):
        return "html"
    sample = text[:200_000]
    if _markup(sample, _TAG):
        return "html"
    # Elements the test above does not know by name (frames, forms, a web component's, an AMP
    # page's, inline SVG's) are markup too: a page whose first 200,000 characters were made of
    # them was read as a text dump of its markup, without a word (fuzz47). Looked for only when the known tags did not
    # decide, so no other input's kind changes.
    if _FOREIGN_TAG.search(sample) is not None and _markup(sample, _ANY_TAG):
        return "html"
    return "text"


def _markup(sample: str, tag: re.Pattern[str]) -> bool:
    """Whether ``sample`` is markup, its tags those ``tag`` finds."""
    tags = tag.findall(sample)
    if len(tags) < 3:
        return False
    markup = sum(len(found) for found in tags)
    # A fragment of real markup has many tags and a fair share of its characters inside them.
    return (
        (len(tags) >= 10 or markup >= 0.05 * len(sample.strip()))
        and not _tagged_dump(sample)
        and not _rendering_with_stray_tags(sample, tag)
    )


def _rendering_with_stray_tags(sample: str, tag: re.Pattern[str]) -> bool:
    """Whether ``sample`` is a page rendered to text that kept a few tags as text.

    A renderer writes a ``<noscript>`` block's markup out as text (``<img src=...>``), so a whole
    page's rendering may hold page tags. It opens with a line of text and keeps its tags to a few
    of its many lines, where a fragment of markup (which does not open with text) has tags on
    most lines; and it never holds the tags that frame a document (``<head>``, ``<meta>``,
    ``<title>``), which a page behind a line of junk or an HTTP header does. A ``<script>`` it
    may hold: a comment or ``<noscript>`` block quoting one is written out as text too.
    """
    if _DOCUMENT_TAG.search(sample) is not None:
        return False
    lines = [line for line in sample.splitlines() if line and not line.isspace()]
    if len(lines) < _MIN_RENDERING_LINES or (
        tag.search(lines[0]) is not None and not _ONLY_TAGS.fullmatch(lines[0])
    ):
        return False
    with_tags = sum(1 for line in lines if "<" in line and tag.search(line) is not None)
    return with_tags <= len(lines) * _STRAY_TAG_SHARE


def _tagged_dump(sample: str) -> bool:
    """Whether ``sample`` is a dump with a scraper's tags left in, not a fragment of a page.

    Such a dump has only tags that break or mark up its lines (``<br>``, ``<p>``, ``<b>``), none
    of the tags a page is built of, and most of its lines open with text, where a fragment's
    lines open with tags.
    """
    if _PAGE_TAG.search(sample) is not None:
        return False
    lines = [line for line in sample.splitlines() if line and not line.isspace()]
    opening_with_tags = sum(1 for line in lines if line.lstrip()[:1] == "<")
    return len(lines) >= _MIN_DUMP_LINES and opening_with_tags * 2 < len(lines)


def json_value(text: str) -> dict[str, object] | list[object] | None:
    """The JSON object or array ``text`` is, whole; ``None`` for any other text.

    The ends are looked at first, on short slices: a dump is not copied to be told it is no JSON.

    Raises:
        InputTooLargeError: ``text`` is JSON nested deeper than ``json`` reads.
    """
    if text[:64].lstrip()[:1] not in ("{", "[") or text[-64:].rstrip()[-1:] not in ("}", "]"):
        return None
    try:
        # (Not strict: a line break or tab inside a string is read, as in a scraper's record
        # written with raw line breaks, or one whose NEL the cleaning made a line break; the json
        # module refused the record, which was then read as a dump of its JSON text.)
        value = json_loads(text, strict=False)
    except ValueError:
        return None
    except RecursionError as exc:
        # (Read as a dump, the record's JSON text became its title and text, without a word.)
        msg = (
            "the input is a JSON document nested deeper than Python's json module reads "
            "(about a thousand levels); newsparse cannot read it as a record"
        )
        raise InputTooLargeError(msg) from exc
    return value if isinstance(value, dict | list) else None


#: The opening of a JSON object with a key (``{"title": ...``), or of a list of them.
_JSON_RECORD_START = re.compile(r'\s*(?:\[\s*)?\{\s*"')


def broken_json(text: str) -> str | None:
    """What is wrong with ``text`` when it opens as a JSON record and is no JSON (else ``None``).

    For a text :func:`json_value` did not read: a record cut short (a download stopped at a byte
    count) or broken was read as a dump of its JSON text, its keys lost, without a word.
    """
    if _JSON_RECORD_START.match(text, 0, 64) is None:
        return None
    import json  # noqa: PLC0415 - only for input that opens as JSON

    try:
        json_loads(text, strict=False)
    except RecursionError:
        return "nested deeper than Python's json module reads"
    except json.JSONDecodeError as exc:
        return f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
    except ValueError as exc:
        return str(exc)
    return None


def json_int(digits: str) -> int | float:
    """A JSON integer, as ``json`` reads it unless it has more digits than ``int`` takes.

    Python refuses to read an integer of over 4,300 digits from text (a guard against slow
    conversions), and ``json`` then refuses the whole document. Such a number is read as a float
    here (infinite), which no field takes, so the document's other values are still read.
    """
    try:
        return int(digits)
    except ValueError:
        return float(digits)


def json_loads(text: str | bytes, *, strict: bool = True) -> object:
    """``json.loads`` of ``text``, with an integer of over 4,300 digits read by :func:`json_int`.

    The document is decoded plainly first: ``json_int`` costs a call for each integer, and only a
    document that plain decoding refuses for a long integer is decoded again with it. Bytes are
    decoded as ``json.loads`` decodes them (UTF-8, or UTF-16 or UTF-32 told by their first bytes).
    ``strict=False`` reads control characters (a line break, a tab) inside strings, as
    ``json.loads`` does with it.

    Raises:
        UnicodeDecodeError: ``text`` is bytes that are not text in that encoding.
        ValueError: ``text`` is no JSON document (``json.JSONDecodeError``).
        RecursionError: ``text`` nests deeper than ``json`` reads.
    """
    import json  # noqa: PLC0415 - only for input that is JSON

    if isinstance(text, bytes):
        text = text.decode(json.detect_encoding(text), "surrogatepass")
    try:
        return json.loads(text, strict=strict)
    except json.JSONDecodeError:
        raise
    except ValueError:
        # (an integer over the interpreter's digit limit; a document that fails again for another
        # reason raises that)
        return json.loads(text, parse_int=json_int, strict=strict)


def is_json_lines(text: str) -> bool:
    """Whether ``text`` is JSON Lines: a line that is a JSON object, and another that starts one.

    Such a file holds one record a line (several articles, as a scraper's export), not one page
    or one dump. Only the first two lines are read; the second need not be whole JSON (an export
    may hold a broken record, a scraper's last line cut short).
    """
    if text[:64].lstrip()[:1] != "{":
        return False
    start = found = 0
    for _ in range(4):  # (two records, and a blank line after each at most)
        end = text.find("\n", start)
        line = (text[start:] if end < 0 else text[start:end]).strip()
        if line:
            if line[:1] != "{" or (not found and json_value(line) is None):
                return False
            found += 1
            if found == 2:
                return True
        if end < 0:
            return False
        start = end + 1
    return False


# An XML document's prolog: its declaration, then perhaps a document type (with no internal
# subset: one holds entity declarations, which newsparse leaves unexpanded anyway).
_PROLOG = r"\A\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!DOCTYPE\s[^<>\[]{0,1000}>\s*)?"
#: The opening of an extraction tool's XML document of one article: ``<doc title=... >``
#: (after an XML declaration, perhaps), its text in ``<main>``.
_TOOL_XML = re.compile(_PROLOG + r"<doc\s[^>]{0,20000}>\s*<main\b")
# A TEI document of one text (an extraction tool's XML-TEI output): its header, then the text.
_TOOL_TEI = re.compile(_PROLOG + r"<TEI\b[^>]{0,2000}>\s*<teiHeader\b", re.IGNORECASE)


def is_tool_xml(text: str) -> bool:
    """Whether ``text`` is an extraction tool's XML document of one article.

    Two shapes: ``<doc ...><main>``, whose metadata are the ``<doc>`` element's attributes and
    whose text the paragraphs of ``<main>``; and a TEI document (``<TEI><teiHeader>...<text>``),
    whose metadata stand in its header. Read as a page, the metadata would be lost.
    """
    end = text[-64:].rstrip()
    if end.endswith("</doc>"):
        return _TOOL_XML.match(text) is not None
    return end.endswith(("</TEI>", "</tei>")) and _TOOL_TEI.match(text) is not None


def looks_like_path(text: str) -> bool:
    """Whether ``text`` is a file's path or name (``page.html``), not a page or a dump.

    Only the text is looked at, never the file system: a caller who meant the file's content
    is told so in a warning.
    """
    return len(text) <= 1024 and _PATH_LIKE.fullmatch(text.strip()) is not None


_SPACES = re.compile(r"\s*")
_OPENING_SPACES = re.compile("[\ufeff \t\r\n]*")
# The name an element opens with ("<rss", "<rdf:RDF").
_ELEMENT = re.compile(r"<([A-Za-z_][\w.:-]{0,100})[\s/>]")
#: The most declarations, instructions and comments passed over before an XML document's root.
_MAX_PROLOG_PARTS = 20
#: The elements an HTML page or fragment opens with: no XML document of another kind.
_HTML_ELEMENTS = (
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas "
    "caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em "
    "embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr "
    "html i iframe img input ins kbd label legend li link main map mark menu meta meter nav "
    "noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp "
    "script search section select slot small source span strong style sub summary sup svg table "
    "tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr"
)
_HTML_ROOTS = frozenset(_HTML_ELEMENTS.split())


def xml_root(text: str) -> str | None:
    """The root element's name of an XML document that is no HTML page (``rss``, ``urlset``).

    An XML document is a text that opens with an XML declaration, or one that opens with an
    element (after comments and a document type, perhaps) and ends with that element's closing
    tag, when the element is not one a page is made of. A feed, a sitemap or another program's
    XML is neither a page nor a text dump, and reading it as either keeps its markup or loses its
    element names. ``None`` for any other text.
    """
    at = _OPENING_SPACES.match(text).end()  # type: ignore[union-attr]
    if not text.startswith("<", at):
        return None  # (most texts: a dump, not copied to look past its first spaces)
    declared = text.startswith("<?xml", at)
    for _ in range(_MAX_PROLOG_PARTS):
        if text.startswith("<?", at):
            end, close = text.find("?>", at), 2
        elif text.startswith("<!--", at):
            end, close = text.find("-->", at + 4), 3
        elif text[at : at + 9].upper() == "<!DOCTYPE":
            end, close = text.find(">", at), 1
        else:
            break
        if end < 0:
            return None
        at = _SPACES.match(text, end + close).end()  # type: ignore[union-attr]
    found = _ELEMENT.match(text, at)
    if found is None:
        return None
    name = found.group(1)
    if name.lower() in _HTML_ROOTS:
        return None
    if declared or text[-len(name) - 200 :].rstrip().endswith(f"</{name}>"):
        return name
    return None
