r"""What other tools write around a dump's text: Markdown marks, and a header block of fields.

Markdown converters (html2text and the like) write ``# Heading``, ``**bold**``, ``[text](url)``
links, ``![alt](src)`` images and backslash escapes (``3\. Mai``). Extractors and crawlers write a
block of fields before the text: a ``---`` fenced block (``title:``, ``author:``, ``date:``), or
``URL:``/``Title:``/``Date:`` lines, or a ``date 2023-08-07`` prefix glued to the first line. This
module reads both as what they are; it never guesses at the article itself.
"""

from __future__ import annotations

import re
from itertools import islice

import attrs

from newsparse._normalize.names import is_agency, is_person_name

__all__ = [
    "LABEL_WORDS",
    "FrontMatter",
    "address_field",
    "field_table",
    "is_body_label",
    "is_field_label",
    "is_link_line",
    "opens_with_no_fields",
    "pictures_as_markdown",
    "read_front_matter",
    "strip_markdown",
    "strip_tags",
    "unemphasised",
    "unwrap",
]

_HEADING = re.compile(r"^#{1,6}\s+")
# Linear on any input: the text excludes brackets and the address excludes parentheses and spaces
# but for a few escaped ones (html2text writes ``[Name](/wiki/Name_\(band\))`` and
# ``[](javascript:void\(0\);)``), so a scan that fails stops at the next delimiter.
_ADDRESS = r"[^()\s\\]{0,2000}(?:\\[^\s][^()\s\\]{0,2000}){0,16}"
_IMAGE = re.compile(rf'!\[([^\[\]]{{0,500}})\]\(({_ADDRESS})(?:\s+"[^"]{{0,300}}")?\)')
_LINK = re.compile(rf'\[([^\[\]]{{0,500}})\]\(({_ADDRESS})(?:\s+"[^"]{{0,300}}")?\)')
#: A line of one link with no text (a share or print button, perhaps a list's item), whose
#: address html2text wrote with spaces in it (``* [ ](mailto:?subject=Storm over the port)``):
#: :data:`_LINK` reads no address with a space, and the line holds no text either way.
_EMPTY_LINK_LINE = re.compile(r"(?:[*+-] +)?\[ ?\]\((?:[a-z][a-z+.-]{0,20}:|/)[^\n]{0,4000}\)")
_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_QUOTE = re.compile(r"^(?:>\s?)+")
#: A line longer than this is running text; Markdown is not searched for in it beyond this.
_MAX_MARKUP = 20_000
#: HTML tags a scraper left in the text it wrote (``<br>`` line breaks, ``<p>``, ``<b>``): those
#: that break a line, and those that only mark up words or embed a player (``<iframe>``), whose
#: tags hold no text. Linear: a tag holds no ``<`` or ``>``.
_BREAKING_TAG = re.compile(
    r"</?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|figure|figcaption)(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)
#: A blank line (inside what reads as a tag).
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_INLINE_TAG = re.compile(
    r"</?(?:a|span|strong|em|b|i|u|small|sup|sub|font|time|img|iframe|embed|video|audio|source)"
    r"(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)


def strip_markdown(line: str) -> str:
    r"""Return a cleaned line without its Markdown marks (heading hashes, emphasis, links, escapes).

    An image is left out (its address is no text); a link keeps its text. Lines without any of
    the marks come back unchanged, so a plain dump is read exactly as before.

    >>> strip_markdown("# Nach Kalifat-Rufen in Hamburg")
    'Nach Kalifat-Rufen in Hamburg'
    >>> strip_markdown('[Panorama](/panorama "Panorama")')
    'Panorama'
    >>> strip_markdown("3\\. Mai 2024, 17:47")
    '3. Mai 2024, 17:47'
    """
    if len(line) > _MAX_MARKUP:
        return line
    first = line[:1]
    if first == "#":
        line = _HEADING.sub("", line)
    elif first == ">":
        line = _QUOTE.sub("", line)
    if "](" in line:
        line = _IMAGE.sub("", line) if "![" in line else line
        line = _LINK.sub(r"\1", line)
        if (
            line[:1] in "[*+-"
            and line.count("](") == 1
            and _EMPTY_LINK_LINE.fullmatch(line) is not None
        ):
            return ""
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    if line[:2] in ("**", "__"):
        match = _EMPHASIS.match(line)
        if match is not None:
            line = match.group(2)
    # A mark taken out leaves the spaces around it ("[ Log in ](/login) [ Join ](/join)").
    return " ".join(line.split())


def unemphasised(line: str) -> str:
    """``line`` without the single emphasis marks around the whole of it (``_Headline_``).

    Markdown converters write a headline set in italics so (:func:`strip_markdown` takes off the
    doubled marks of bold, which the text's readers never see). A mark must touch the words it
    holds on both sides, as Markdown reads it.

    >>> unemphasised("_Harbour reopens after the storm_")
    'Harbour reopens after the storm'
    >>> unemphasised("_ a rule _")
    '_ a rule _'
    """
    mark = line[:1]
    if (
        mark in ("_", "*")
        and len(line) > 2
        and line[-1] == mark
        and line[1] != mark
        and line[-2] != mark
        and not line[1].isspace()
        and not line[-2].isspace()
    ):
        return line[1:-1]
    return line


def strip_tags(text: str) -> str:
    r"""``text`` without the HTML tags a scraper left in it.

    A tag that breaks a line (``<br>``, ``<p>``, ``</li>``) becomes a line break; one that marks
    up words (``<b>``, ``<a href=...>``) goes. Only the tags of the names above are read, so a
    dump that quotes ``<other>`` text keeps it.

    >>> strip_tags("Harbour reopens<br>By <b>Jane Roe</b>")
    'Harbour reopens\nBy Jane Roe'
    """
    if "<" not in text:
        return text
    return _INLINE_TAG.sub(_inline_tag, _BREAKING_TAG.sub(_breaking_tag, text))


# A "tag" across a blank line is no tag but two paragraphs' text that happens to hold a "<" and
# a ">": it is left as it is (it was dropped, and the words in it with it).
def _breaking_tag(found: re.Match[str]) -> str:
    tag = found.group()
    return tag if "\n" in tag and _BLANK_LINE.search(tag) else "\n"


def _inline_tag(found: re.Match[str]) -> str:
    tag = found.group()
    return tag if "\n" in tag and _BLANK_LINE.search(tag) else ""


# A picture tag with words in italics after it in the same block (line breaks between them at
# most): the words are its caption. Linear: a tag holds no "<" or ">".
_PICTURE_TAG = re.compile(
    r"<img(?:\s[^<>]{0,2000})?/?>(?:\s|<br\s*/?>)*(?=<(?:i|em)[\s>])",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"""\ssrc\s*=\s*["']?([^"'\s<>()]{1,2000})""", re.IGNORECASE)


def pictures_as_markdown(text: str) -> str:
    r"""``text`` with each HTML picture that italics follow written as a Markdown picture before them.

    A page's HTML may set a caption under a picture with nothing but a line break between them
    (``<img src="a.jpg"> <br> <i>Caption</i>``); as a Markdown picture on the caption's line, the
    words read as its caption. Any other picture is left as it is (whole pages rendered to text
    may hold tags of their menus).

    >>> pictures_as_markdown('<div><img src="a.jpg"><br><i>The harbour.</i></div>')
    '<div>![](a.jpg) <i>The harbour.</i></div>'
    """
    if "<img" not in text and "<IMG" not in text:
        return text

    def markdown(found: re.Match[str]) -> str:
        source = _SOURCE.search(found.group())
        return f"![]({source.group(1) if source else ''}) "

    return _PICTURE_TAG.sub(markdown, text)


#: What may stand around the links of a line of nothing but links (separators, bold marks).
_LINK_SEPARATORS = " |•·,*-."


def is_link_line(line: str) -> bool:
    """Whether ``line`` holds nothing but Markdown links.

    >>> is_link_line("[Harbour master praises crews](https://example.com/more)")
    True
    >>> is_link_line("[Ferries run again](/ferries) | **[more](/ferries)**")
    True
    >>> is_link_line("The [harbour](https://example.com/h) reopened on Tuesday.")
    False
    """
    if len(line) > _MAX_MARKUP:
        return False
    rest, links = _LINK.subn("", line)
    return links > 0 and all(char in _LINK_SEPARATORS or char.isspace() for char in rest)


@attrs.frozen
class FrontMatter:
    """The fields a tool wrote before the text, and how many lines they took."""

    lines: int = 0
    title: str | None = None
    authors: str | None = None
    date: str | None = None
    #: The date of the latest revision (``Last updated on:``), which is not the publication's.
    modified: str | None = None
    site_name: str | None = None
    tags: str | None = None
    #: The date field when it is the time a collector fetched the page (read only if the text
    #: gives no date).
    fetched: str | None = None
    #: Whether the block ended with a label of the text itself (``Article Text:``, ``Text: The ...``).
    body_label: bool = False
    #: The standfirst between the title line and the fields, if one stood there.
    standfirst: str | None = None
    #: The value of a field naming the page's address (``URL:``, ``Link:``, ``Source URL:``), as
    #: written: whether it is an address is for the reader to judge.
    url: str | None = None


#: No fields (frozen: one value serves every dump without a header block).
_NO_FRONT_MATTER = FrontMatter()
_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,20}?)\s*:\s?(?P<value>.*)$")
#: How much of a line too long to match whole is matched for a body label (``Body: The ...``).
_LONG_LINE_HEAD = 40
_KEYS = {
    "title": "title",
    "post title": "title",
    "judul": "title",
    "headline": "title",
    "headlines": "title",
    "article title": "title",
    "article headline": "title",
    "author": "authors",
    "authors": "authors",
    "byline": "authors",
    "by": "authors",
    "penulis": "authors",
    "date": "date",
    "post date": "date",
    "published": "date",
    "timestamp": "date",
    "publish date": "date",
    "published date": "date",
    "publication date": "date",
    "date published": "date",
    # the latest revision's date ("Last updated on: November 23, 2022 ..."): never the publication's
    "last updated on": "modified",
    "last updated": "modified",
    "updated on": "modified",
    "tanggal": "date",
    # when a collector fetched the page ("collected_date:", "Scraped at:"): never the publication's
    "collected date": "collected",
    "collected at": "collected",
    "date collected": "collected",
    "scraped at": "collected",
    "scraped date": "collected",
    "crawled at": "collected",
    "fetched at": "collected",
    "retrieved at": "collected",
    "date retrieved": "collected",
    "sitename": "site_name",
    "site": "site_name",
    "publisher": "site_name",
    "tags": "tags",
    "keywords": "tags",
    "article keywords": "tags",
}
#: Labels of the text itself on a line of their own ("Article:"): the header ends there. With a
#: value on the same line ("Text: The harbour ..."), the value is the body's first line.
_BODY_KEYS = frozenset(
    (
        "article",
        "full article",
        "article text",
        "text",
        "full text",
        "content",
        "body",
        "story",
        "paragraphs",
        # Indonesian and Malay ("Isi berita:", "Kandungan:")
        "isi",
        "isi berita",
        "isi artikel",
        "konten",
        "kandungan",
    )
)
#: A label set between rules of equals signs on its own line (``===== Content =====``), as
#: scripts print a section's heading.
_BANNER = re.compile(r"^={3,}\s*([^=]{1,40}?)\s*={3,}$")


def is_body_label(text: str) -> bool:
    """Whether ``text`` is a tool's label of the article's text (``Article``, ``Full text``)."""
    return text.casefold() in _BODY_KEYS


#: Labels of a summary a tool wrote or generated ("Summary:" alone on its line, the summary under
#: it): the summary is no part of the article and runs to the next label.
_SUMMARY_KEYS = frozenset(
    ("summary", "article summary", "abstract", "excerpt", "description", "standfirst")
)
#: How many lines a labelled summary runs to at most before the next label.
_SUMMARY_LINES = 4
#: Labels of the lines a tool prints over and under the headline: the kicker (``Upper:``,
#: ``Kicker:``) and the subheadline (``Subjudul:``, ``Subtitle:``), each alone on its line over
#: its value as often as before it. Neither is the title or text: the field and its value are
#: left out.
_ASIDE_KEYS = frozenset(
    (
        "kicker",
        "upper",
        "overline",
        "supertitle",
        "subtitle",
        "sub title",
        "subheadline",
        "sub headline",
        "subhead",
        "dek",
        # Indonesian and Malay ("Subjudul:", "Anak judul:")
        "subjudul",
        "sub judul",
        "anak judul",
        "sari berita",
    )
)
#: A value on the lines under its label runs over at most this many lines, each of at most
#: :data:`_BROKEN_VALUE_WORDS` words (a headline broken into a video's caption lines).
_VALUE_LINES = 4
_BROKEN_VALUE_WORDS = 6
#: Keys that name the article's own headline: one such line on top is a tool's header by itself.
_TITLE_KEYS = frozenset(
    ("title", "headline", "headlines", "judul", "article title", "article headline")
)
#: Keys that name the page's own address (``URL: https://...``).
_ADDRESS_KEYS = frozenset(("url", "link", "source url"))
#: Keys that say a block of fields is a tool's header (a line "Date: ..." alone may be the article's).
_HEADER_KEYS = frozenset(_ADDRESS_KEYS | {"hostname", "title", "fingerprint", "id"})
_OTHER_KEYS = (
    _HEADER_KEYS
    | _SUMMARY_KEYS
    | _ASIDE_KEYS
    | frozenset(
        (
            "description",
            "categories",
            "hostname",
            "language",
            "lang",
            "image",
            "top image",
            "license",
            "source",
        )
    )
)
#: Every key a tool's field may have, for a label alone on its line.
_LABEL_KEYS = frozenset(_KEYS) | _OTHER_KEYS
#: The tools' field labels of one word (``judul``, ``summary``), lower-cased, without the colon.
LABEL_WORDS = frozenset(key for key in _LABEL_KEYS if " " not in key)


def is_field_label(line: str) -> bool:
    """Whether ``line`` is a tool's field label alone on its line (``Author:``, ``Timestamp:``)."""
    return line[-1:] == ":" and line[:-1].strip().lower().replace("_", " ") in _LABEL_KEYS


#: An agency's name run on after the writer's in an author field has at most this many words.
_AGENCY_WORDS = 3
#: An outlet in brackets after an author's name in a tool's field.
_AGENCY_TAIL = re.compile(r"(?:(?<!\s)\s+)?\([^()\d]{1,60}\)$")
_DATE_PREFIX = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s+(?=\S)")
_MAX_FIELDS = 20
#: A fenced block (``---`` ... ``---``) is read up to this many lines (its values may run over
#: several lines each).
_MAX_FENCED_LINES = 80
#: What stands after a key whose value runs on the lines below it (YAML's block text, a list).
_BLOCK_MARKS = frozenset(("", ">", ">-", ">+", "|", "|-", "|+"))


def _unquote(value: str) -> str:
    value = value.strip()
    if (
        len(value) >= 2
        and value[0] == value[-1]
        and value[0] in "\"'"
        # (not a value opening and closing with quoted words: "'Up' wins 'Best Film'")
        and value[0] not in value[1:-1].replace('\\"', "")
    ):
        value = value[1:-1].replace('\\"', '"')
    return value.strip()


def _key(match: re.Match[str]) -> str:
    """A field's key as the tables name it: in lower case, its words joined by spaces.

    A tool may join a key's words by underscores (``published_date``, ``post_title``).
    """
    return match.group("key").strip().lower().replace("_", " ")


def _known_key(line: str) -> str | None:
    """The key of a ``key: value`` line whose key a tool writes, else ``None``."""
    match = _FIELD.match(line) if len(line) < 2000 and ":" in line else None
    if match is None:
        return None
    key = _key(match)
    return key if key in _KEYS or key in _OTHER_KEYS or key in _BODY_KEYS else None


def address_field(line: str) -> str | None:
    """The value of a field naming the page's address (``URL: https://...``), else ``None``."""
    match = _FIELD.match(line) if len(line) < 2000 and ":" in line else None
    if match is None or _key(match) not in _ADDRESS_KEYS:
        return None
    return _unquote(match.group("value"))


def _summary_end(lines: list[str], start: int) -> int | None:
    """Where the label after a labelled summary stands (the summary runs up to it), if near."""
    for index in range(start, min(start + _SUMMARY_LINES + 1, len(lines))):
        if _known_key(lines[index]) is not None:
            return index
    return None


#: The keys any one of which makes a tool's header (the union built once).
_HEADER_TITLE_BODY_KEYS = frozenset(_HEADER_KEYS | _TITLE_KEYS | _BODY_KEYS)
#: The fields of a header made of an author field and a date field alone (as scripts write
#: newspaper's output): what :data:`_KEYS` maps their labels to (the date may be an update's).
_AUTHOR_AND_DATE = (frozenset(("authors", "date")), frozenset(("authors", "modified")))


def _is_tool_header(keys: set[str], *, titled: bool) -> bool:
    """Whether the keys read make a tool's header, not an article's own "Date: ..." line."""
    if not keys:
        return titled  # (no field read: a title line alone makes one, as the tests below find)
    if len(keys) == 1:
        # "Title: ..." alone on the first line is a scraper's label, never the article's text.
        return not titled and bool(keys & _TITLE_KEYS)
    return bool(
        titled
        or not _HEADER_TITLE_BODY_KEYS.isdisjoint(keys)
        or len(keys) >= 3  # three distinct known labels in a row
        # an author field and a date field opening the text ("Author: [...]", "Publish date: ...")
        or {_KEYS.get(key) for key in keys} in _AUTHOR_AND_DATE
    )


#: A row of a Markdown table (``| author | Jane Doe |``), and the rule under its first row.
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
#: A table of a tool's fields starts within this many lines of the top (under a title line and a
#: standfirst).
_TABLE_REACH = 3
#: A table of fields has a key and a value in each row, and at least this many rows.
_TABLE_CELLS = 2
_TABLE_ROWS = 2
#: What may stand before a table cell's key: marks and the pictograms some tools put there.
_KEY_MARKS = re.compile(r"^[\W_]+")


def _table_key(cell: str) -> str:
    """The key a table's first cell names (``**Author**``, ``👤 Author`` give ``author``)."""
    return _KEY_MARKS.sub("", cell).strip(" *_").lower().replace("_", " ")


def opens_with_no_fields(lines: list[str]) -> bool:
    """Whether ``lines`` open with no tool's fields, told from their first four lines' marks.

    When it says so, :func:`field_table` gives ``lines`` as they are and :func:`read_front_matter`
    finds no header (it may say ``False`` of lines that hold none): no table row opens within
    the first four lines; the first line opens no date prefix, fence or banner; neither of the
    first two lines holds a colon (every field's key ends with one, as does a field under a title
    line); nor do both the third and fourth (a title and a standfirst over two fields). Most
    dumps are told by it, without the reading.
    """
    head = lines[:4]
    for line in head:
        if line[:1] == "|":
            return False
    return not head or (
        ":" not in head[0]
        and not head[0].startswith(("date ", "---", "==="))
        and (len(head) < 2 or ":" not in head[1])
        and (len(head) < 4 or ":" not in head[2] or ":" not in head[3])
    )


def field_table(lines: list[str]) -> tuple[list[str], bool]:
    """``lines`` with a table of a tool's fields near the top written as ``key: value`` lines.

    A tool may write its fields as a two-column Markdown table (``| Field | Value |``, a rule, then
    ``| author | Jane Doe |`` rows) under the title. A table of two columns and a few rows there
    is such a header when a row names a key a tool writes; its rows with other keys (``editor``,
    a short link) and its head are left out. Any other table is left as it is.

    Returns:
        The lines, and whether a table was rewritten.
    """
    start = next((n for n, line in enumerate(lines[: _TABLE_REACH + 1]) if line[:1] == "|"), None)
    if start is None:
        return lines, False
    end = start
    while end < len(lines) and lines[end][:1] == "|" and lines[end][-1:] == "|":
        end += 1
    if end - start < _TABLE_ROWS:
        return lines, False
    fields: list[str] = []
    for row in lines[start:end]:
        if _TABLE_RULE.match(row):
            continue
        cells = row[1:-1].split("|")
        if len(cells) != _TABLE_CELLS:
            return lines, False
        key = _table_key(cells[0])
        if key in _KEYS or key in _OTHER_KEYS:
            fields.append(f"{key}: {cells[1].strip()}")
    if not fields:
        return lines, False
    return [*lines[:start], *fields, *lines[end:]], True


def _title_above(lines: list[str], *, table: bool) -> tuple[bool, bool]:
    """Whether a title line stands above the fields, and whether a standfirst stands under it.

    A title line right above two fields ("## Title", "keywords: ...", "authors: ..."), or above a
    standfirst and two fields (one, when they were a table): the standfirst is no part of the
    text (it is the article's description: :attr:`FrontMatter.standfirst`).
    """
    if _known_key(lines[0]) is not None or len(lines) < 3:
        return False, False
    if _known_key(lines[1]) is not None:
        return _known_key(lines[2]) is not None, False
    standfirst = (
        len(lines) > 3
        and _known_key(lines[2]) is not None
        and (table or _known_key(lines[3]) is not None)
    )
    return standfirst, standfirst


def _without_agency_words(value: str) -> str:
    """An author field's value without an agency's name run on after the writer's name.

    ``WAYNE PARRY Associated Press`` gives ``WAYNE PARRY``; a value of an agency alone, or with
    more than one writer's name before the agency, is kept.
    """
    words = value.split()
    for size in range(min(_AGENCY_WORDS, len(words) - 2), 0, -1):
        rest = " ".join(words[:-size])
        if is_agency(" ".join(words[-size:])) and is_person_name(rest):
            return rest
    return value


def _take_field(fields: dict[str, str], key: str, value: str) -> None:
    """Keep the value of a known key, unless the field was given already."""
    name = "url" if key in _ADDRESS_KEYS else _KEYS.get(key)
    if name == "authors":
        value = _AGENCY_TAIL.sub("", value)  # "MARK SHERMAN (Associated Press)"
        value = _without_agency_words(value)  # "MARK SHERMAN Associated Press"
    if name is not None and value and name not in fields:
        fields[name] = value


def read_front_matter(lines: list[str], *, table: bool = False) -> tuple[FrontMatter, str | None]:
    """Read a tool's header block at the top of ``lines`` (cleaned, non-empty lines).

    ``table`` says the fields were a table (:func:`field_table`): then one field under a title
    and a standfirst is enough to make a header.

    The block may stand under a title line (``## Title`` then ``authors:``, ``publish date:``),
    may hold a tool's summary under a ``Summary:`` label (left out), and may end with a label of
    the text itself (``Article:``, ``Full Article:``).

    Returns:
        The fields and how many lines they took, and the text that was glued behind a
        ``date 2023-08-07`` prefix on the first line or a body label (``Text: The ...``),
        ``None`` when there was none.
    """
    if not lines:
        return _NO_FRONT_MATTER, None
    first = lines[0]
    if first.startswith("date ") and first[5:6].isdigit():
        match = _DATE_PREFIX.match(first)
        if match is not None:
            return FrontMatter(lines=0, date=match.group(1)), first[match.end() :]
    if first == "---":
        return _read_fenced(lines), None
    if first[:3] == "===":
        banner = _BANNER.match(first)
        if banner is not None and banner.group(1).casefold() in _BODY_KEYS:
            # The text's label set as a heading ("===== Content =====") opens the text.
            return _front(1, {}, body_label=True), None
    titled, standfirst = _title_above(lines, table=table)
    fields: dict[str, str] = {}
    keys: set[str] = set()
    glued: str | None = None
    body_label = False
    index = 2 if standfirst else 1 if titled else 0
    while index < len(lines) and index < _MAX_FIELDS + 1 + titled + standfirst:
        line = lines[index]
        # (A body label may carry the whole text on its line: only its head is matched then.)
        match = (
            _FIELD.match(line if len(line) < 2000 else line[:_LONG_LINE_HEAD])
            if ":" in line
            else None
        )
        if match is None:
            break
        key = _key(match)
        if key not in _KEYS and key not in _OTHER_KEYS and key not in _BODY_KEYS:
            break  # "KUALA LUMPUR: ..." opens the text; a crawler's block holds known keys only
        if len(line) >= 2000 and key not in _BODY_KEYS:
            break
        value = _unquote(line[match.start("value") :])
        if key in _BODY_KEYS:
            keys.add(key)
            index += 1
            glued = value or None
            body_label = True
            break
        if key in _SUMMARY_KEYS and not value:
            end = _summary_end(lines, index + 1)
            if end is None:
                break  # no label after it: what follows is the text
            keys.add(key)
            index = end
            continue
        keys.add(key)
        if not value and (key in _KEYS or key in _ASIDE_KEYS) and index + 1 < len(lines):
            below, index = _value_lines(lines, index)
            value = below or ""
        _take_field(fields, key, value)
        index += 1
    if (
        not (table and keys)
        and not _is_tool_header(keys, titled=titled)
        # a label of the text alone on the first line ("Content:"): the text is under it
        and not (body_label and index == 1 and glued is None)
    ):
        return _NO_FRONT_MATTER, None
    if titled:
        fields.setdefault("title", first)
    shown = lines[1] if standfirst else None
    return _front(index, fields, body_label=body_label, standfirst=shown), glued


def _front(
    lines: int,
    fields: dict[str, str],
    *,
    body_label: bool = False,
    standfirst: str | None = None,
) -> FrontMatter:
    """The header of ``lines`` lines with the ``fields`` read from it."""
    date = fields.get("date")
    collected = fields.get("collected")
    fetched = None
    if date is not None and collected is not None and _same_minute(date, collected):
        date, fetched = None, date  # a collector's time of fetching, where no date was given
    return FrontMatter(
        fetched=fetched,
        lines=lines,
        title=fields.get("title"),
        authors=fields.get("authors"),
        date=date,
        modified=fields.get("modified"),
        site_name=fields.get("site_name"),
        tags=fields.get("tags"),
        body_label=body_label,
        standfirst=standfirst,
        url=fields.get("url"),
    )


#: An ISO date and time to the minute ("2025-05-28T13:21", "2025-05-28 13:21").
_ISO_MINUTE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _same_minute(date: str, collected: str) -> bool:
    """Whether two ISO date values name the same minute (a date alone names no minute)."""
    found = _ISO_MINUTE.match(date)
    return found is not None and collected[: found.end()].replace(
        " ", "T"
    ) == found.group().replace(" ", "T")


def _value_lines(lines: list[str], index: int) -> tuple[str | None, int]:
    """The value under the label alone on ``lines[index]``, and the index of its last line.

    The value is the line under the label (:func:`_value_below`), or the short lines up to the
    next label when they are broken parts of one value (a headline set over a video's caption
    lines, ``Judul:`` over ``Harga Naik`` and ``di Pasar Baru``, then ``Subjudul:``). A line in
    lower case right under the last label's value goes on with it (``yang Makin ...``).
    """
    below = _value_below(lines[index + 1])
    if below is None:
        return None, index
    end = index + 1
    while (
        end + 1 < len(lines)
        and end - index < _VALUE_LINES
        and lines[end + 1].count(" ") < _BROKEN_VALUE_WORDS
        and lines[end].count(" ") < _BROKEN_VALUE_WORDS
        and lines[end][-1:] not in ".!?:"
        and _known_key(lines[end + 1]) is None
    ):
        end += 1
    if end > index + 1 and (
        (end + 1 < len(lines) and _known_key(lines[end + 1]) is not None)
        or all(line[:1].islower() for line in lines[index + 2 : end + 1])
    ):
        return " ".join(_unquote(line) for line in lines[index + 1 : end + 1]), end
    return below, index + 1


def _value_below(line: str) -> str | None:
    """The value of a label alone on its line, when ``line`` under it is one (not another field).

    A scraper may print each label on a line of its own and its value on the next
    (``Headline:`` then the headline). A value may hold a colon of its own (``Tech: A ...``).
    """
    if len(line) >= 2000 or (":" in line and _known_key(line) is not None):
        return None
    return _unquote(line)


def _read_fenced(lines: list[str]) -> FrontMatter:
    """Read a block of fields between two ``---`` rules; nothing when the first rule opens none.

    A value may run over the lines below its key (YAML's folded ``key: >`` and literal
    ``key: |`` text, ``- item`` lists): those lines are the value's, joined, not keys.
    """
    fields: dict[str, str] = {}
    block: tuple[str, list[str]] | None = None  # a key whose value is on the lines below
    for index in range(1, min(len(lines), _MAX_FENCED_LINES)):
        line = lines[index]
        if line == "---":
            if block is not None:
                _take_field(fields, block[0], " ".join(block[1]))
            return _front(index + 1, fields)
        match = _FIELD.match(line) if len(line) < 2000 else None
        if match is None or (block is not None and line[:2] == "- "):
            if block is None:
                return _NO_FRONT_MATTER  # an opening rule, not a header block
            item = line[2:].strip() if line[:2] == "- " else line
            if item not in _BLOCK_MARKS:
                block[1].append(_unquote(item))
            continue
        if block is not None:
            _take_field(fields, block[0], " ".join(block[1]))
            block = None
        key = _key(match)
        value = _unquote(match.group("value"))
        if value in _BLOCK_MARKS:
            block = (key, [])
        else:
            _take_field(fields, key, value)
    return _NO_FRONT_MATTER


#: A hard-wrapped dump breaks its lines at a width between these (html2text: 78, mail: 72).
_WRAP_WIDTHS = (40, 120)
#: How full a wrapped line is, at least, as a share of the width.
_FULL = 0.75
#: How many full lines a dump needs, and what share of its longer lines, to count as wrapped.
_MIN_FULL_LINES = 6
_FULL_SHARE = 0.5
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", ":")
#: A line ending a sentence: a full stop, question or exclamation mark, and a closing quote or
#: bracket after it.
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")
#: A dump wrapped in part: how many blank-line-separated blocks it has at least, and how long
#: every line of a wrapped block but its last is (a wrapped line, not a paragraph on one line nor
#: a piece of one that a link or a tag broke off).
_MIN_BLOCKS = 3
#: ... and how many lines it has at most (a whole page is longer: its renderer breaks lines at
#: links and tags, not by wrapping).
_MAX_BROKEN_DUMP = 200
_BROKEN_SHORTEST = 40
_BROKEN_LONGEST = 160
#: No line's index.
_NO_LINES: frozenset[int] = frozenset()
#: The marks that open a line going on with the one above (the punctuation after a link's text).
_GOING_ON_MARKS = frozenset(",;.")
#: A line opening with one of these is markup (a fence, a tag, a heading, a list item, a quote or
#: a table row), not wrapped running text.
_MARKUP_STARTS = frozenset("-<#*>|![+=_")
#: A wrapped dump may open with a few lines the wrapping left alone (a tool's title or summary
#: field): its first lines do not set the width, and a field among them longer than the width
#: stands by itself, as does any line longer than this share of the width.
_HEAD_LINES = 5
_OVERLONG = 1.2


def _long_line_below_head(raw_lines: list[str]) -> bool:
    """Whether a line below the first few non-blank ones is too long to have been wrapped."""
    limit = _WRAP_WIDTHS[1] * 2
    # The head's non-blank lines counted first, then each line below them measured alone (a
    # whole page reads hundreds of lines, most blank, before a long one: half the bytecode a
    # line when its blanks are not looked for).
    rest = iter(raw_lines)
    seen = 0
    for line in rest:
        if line and not line.isspace():
            seen += 1
            if seen == _HEAD_LINES:
                break
    else:
        return False  # (fewer non-blank lines than the head's)
    for line in rest:  # noqa: SIM110 - a loop costs less than any() over a generator
        if len(line) > limit:
            return True
    return False


def _opens_address(line: str) -> bool:
    """Whether ``line`` ends inside a Markdown link's address (``[text](https://exa``)."""
    start = line.rfind("](")
    return start >= 0 and ")" not in line[start + 2 :]


def _measured_lengths(stripped: list[str]) -> list[int]:
    """The lengths of the non-blank lines but for those continuing a broken link address."""
    lengths: list[int] = []
    in_address = False
    for line in stripped:
        if not line:
            in_address = False
        elif " " not in line and (in_address or _opens_address(line)):
            in_address = ")" not in line[line.rfind("](") + 2 :]
        else:
            lengths.append(len(line))
            in_address = _opens_address(line)
    return lengths


def broken_block_lines(raw_lines: list[str], stripped: list[str] | None = None) -> frozenset[int]:
    """Which lines go on with the line above them, in a dump wrapped in part: their indexes.

    A dump may be hard-wrapped in part (a paragraph copied with its line breaks, the next on one
    line): too few lines fill a width for :func:`unwrap`. A block of lines between blank lines in
    which a line of some length breaks off mid-sentence (it ends in a letter, a digit or a comma,
    and the next line goes on in lower case) is then one paragraph: every line of it but the
    first goes on with the one above. Other blocks (a title over the lede, one paragraph a line)
    stay as they are. ``stripped``, when given, is ``raw_lines`` each stripped.

    >>> sorted(broken_block_lines(["A title", "", "The harbour reopened on Tuesday after a storm",
    ...     "had closed it.", "Ferries ran.", "", "Boats sailed.", "", "Shops opened."]))
    [3, 4]
    """
    if len(raw_lines) > _MAX_BROKEN_DUMP:
        return frozenset()  # a whole page, whose renderer broke lines at links and tags
    if stripped is None:
        stripped = list(map(str.strip, raw_lines))
    # One byte a line, 1 for a line that is not blank: a block is a run of 1s. (first, last + 1)
    # of each block of two lines or more (only those hold a line going on with the one above),
    # and how many blocks there are, found by byte searches.
    marks = bytes(map(bool, stripped))
    blocks = marks.count(b"\x00\x01") + (marks[:1] == b"\x01")
    runs: list[tuple[int, int]] = []
    first = marks.find(b"\x01\x01")
    while first >= 0:
        end = marks.find(b"\x00", first)
        end = len(marks) if end < 0 else end
        runs.append((first, end))
        first = marks.find(b"\x01\x01", end)
    if blocks < _MIN_BLOCKS:
        # No blank lines between the paragraphs (one a line): a line breaking off mid-sentence,
        # however short (a link's text the copy put on a line of its own), goes on in the next.
        return frozenset(
            index + 1
            for first, end in runs
            for index in range(first, end - 1)
            if _plain_wrapped(raw_lines[index], shortest=1, longest=None)
            and (
                _breaks_off(raw_lines[index], raw_lines[index + 1], shortest=1)
                # (a bracket broken around a link's text: "Acme (" / "ACME" / "), Beta (")
                or raw_lines[index].rstrip().endswith("(")
                or raw_lines[index + 1].lstrip()[:1] == ")"
                or _punctuation_goes_on(raw_lines[index], raw_lines[index + 1])
            )
        )
    found: list[int] = []
    for first, end in runs:
        # (Written with map, not generators: most dumps hold one block or two.) A block whose
        # lines but its last are all shorter than a broken-off line (a source over a paragraph)
        # has none breaking off: the lengths of the stripped lines tell it, at less cost.
        if (
            max(map(len, stripped[first : end - 1])) >= _BROKEN_SHORTEST
            and all(map(_plain_wrapped, raw_lines[first : end - 1]))
            and any(map(_breaks_off, raw_lines[first : end - 1], raw_lines[first + 1 : end]))
        ):
            found.extend(range(first + 1, end))
    return frozenset(found) if found else _NO_LINES


def _plain_wrapped(line: str, *, shortest: int = 0, longest: int | None = _BROKEN_LONGEST) -> bool:
    """Whether ``line`` may be a wrapped line of running text: no field, markup or overlong line."""
    line = line.strip()
    return (
        shortest <= len(line) <= (longest or len(line))
        and line[:1] not in _MARKUP_STARTS
        and _FIELD.match(line) is None
    )


def _breaks_off(line: str, following: str, *, shortest: int = _BROKEN_SHORTEST) -> bool:
    """Whether ``line`` breaks off mid-sentence and ``following`` goes on with it."""
    line = line.strip()
    return (
        len(line) >= shortest
        and (line[-1].isalnum() or line[-1] == ",")
        and following.lstrip()[:1].islower()
    )


def _punctuation_goes_on(line: str, following: str) -> bool:
    """Whether ``following`` goes on with ``line`` from a comma or a full stop that opens it.

    A link's text the copy put on a line of its own leaves the punctuation after it to open the
    next line (``was released in 2013`` over ``, I was asked ...``): no paragraph opens with a
    comma, a semicolon or a full stop followed by a space and a word (a lone mark, an ellipsis
    or a path such as ``./run`` is not one).
    """
    following = following.lstrip()
    return (
        following[:1] in _GOING_ON_MARKS
        and following[1:2] == " "
        and following[2:3].isalnum()
        and line.rstrip()[-1:].isalnum()
    )


def _filled(raw_lines: list[str], index: int, line: str) -> int:
    """How much of the wrapping width ``raw_lines[index]`` (``line`` stripped) fills.

    A paragraph's first line indented beyond the line under it (``     Example City - The
    ministry ...`` over ``said on ...``) fills it with its indent, as the wrapping counted it;
    a margin every line shares counts for none.
    """
    raw = raw_lines[index]
    if raw[:1] not in " \t" or index + 1 >= len(raw_lines):
        return len(line)
    below = raw_lines[index + 1]
    indent = len(raw) - len(raw.lstrip())
    if not below.strip() or len(below) - len(below.lstrip()) >= indent:
        return len(line)
    # (An indent of tabs fills as many columns as the spaces it stands for: to stops of eight.)
    return len(raw.rstrip().expandtabs()) if raw[0] == "\t" else len(raw.rstrip())


def _no_blank_below_head(stripped: list[str]) -> bool:
    """Whether no blank line stands between the text's lines below the first few."""
    seen = 0
    blank = False
    for line in stripped:
        if not line:
            blank = seen > 0
        else:
            if blank and seen > _HEAD_LINES:
                return False
            blank = False
            seen += 1
    return True


def _fills_width(stripped: list[str], lengths: list[int], width: int) -> bool:
    """Whether enough lines fill ``width``, most of the longer ones, and most of those run on."""
    full_lines = [line for line in stripped if len(line) >= _FULL * width]
    longer = sum(length >= width / 2 for length in lengths)
    open_ended = sum(not line.endswith(_SENTENCE_ENDS) for line in full_lines)
    return not (
        len(full_lines) < _MIN_FULL_LINES
        or len(full_lines) < _FULL_SHARE * longer
        or open_ended < _FULL_SHARE * len(full_lines)
    )


#: Marks of code or of a field in a token: no word of running text holds them.
_CODE_MARKS = re.compile(r"[:=()<>{};\\]")
_OPENING_MARKS = "\"'(“„‚‘<["
_ADDRESSES = ("http://", "https://")
#: The end of a Markdown link's text and the start of its address: ``](https://``, ``](/``.
_LINK_END = re.compile(r"\]\((?:https?://|/)")


def _next_word_overran(line: str, stripped: list[str], index: int, width: int) -> bool:
    """Whether the wrapping broke ``line`` (``stripped[index]``) early: the next word did not fit.

    A line shorter than most is a paragraph's last, unless the first word of the line under it
    is so long that it would have run past the width on it (``... the first`` over
    ``Championship-qualifying matches ...``): the wrapping moved the word down.
    """
    following = stripped[index + 1] if index + 1 < len(stripped) else ""
    if not following or following[:1] in _MARKUP_STARTS:
        return False
    word = following.partition(" ")[0]
    # (A long token of code or a header field, ``expect(x).to.equal(y);``, ``Accept:``, is no word
    # the wrapping moved; a web address is one, and so is a link's last word with its address,
    # ``warned](https://example.com/...)``.)
    return len(line) + 1 + len(word) > width and (
        _CODE_MARKS.search(word) is None
        or word.lstrip(_OPENING_MARKS).startswith(_ADDRESSES)
        or _LINK_END.search(word) is not None
    )


def unwrap(raw_lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped dump back into paragraphs; other dumps come back as they are.

    A dump is hard-wrapped when its lines, but for a few on top that stand far out (a tool's title
    or summary field, left as they are), are no longer than a wrapping width and most of its longer
    lines fill that width: then a paragraph is a block of lines between blank lines, and a line
    that fills the width continues on the next one. Short lines (a title, a byline, a date) are
    never joined.

    >>> words = "the harbour reopened on tuesday after a storm closed it for days".split()
    >>> wrapped = [" ".join(words[i % 5 :] + words[: i % 5]) for i in range(8)]
    >>> [len(line) for line in unwrap(["A title", "", *wrapped[:4], "", *wrapped[4:]])]
    [7, 0, 259, 0, 259]
    """
    if not raw_lines or _long_line_below_head(raw_lines):
        return raw_lines  # a long line (even with spaces around it): not wrapped, cheap to tell
    stripped = [line.strip() for line in raw_lines]
    lengths = [len(line) for line in stripped if line]
    if not lengths:
        return raw_lines
    # The width is the longest line's, the first lines left aside when the dump is long enough
    # to tell (a tool's fields above the text are not wrapped).
    # The pieces of a Markdown link's address the wrapping broke (at its hyphens: an address holds
    # no spaces) overrun the width and do not set it.
    measured = _measured_lengths(stripped)
    if not measured:
        return raw_lines
    width = max(measured[_HEAD_LINES:] if len(measured) > _HEAD_LINES else measured)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return raw_lines
    if not _fills_width(stripped, lengths, width):
        return raw_lines  # lines that end their sentences are paragraphs, however long
    # Without a blank line in the text below the head, the blocks say nothing of the paragraphs:
    # a line that ends a sentence ends its paragraph (a wrapped line rarely ends at a full stop).
    sentences_end = _no_blank_below_head(stripped)
    out: list[str] = []
    parts: list[str] = []  # the lines of the paragraph being joined (one join, linear)
    overlong = width * _OVERLONG
    head = _HEAD_LINES  # non-blank lines still to pass before the text below the head
    in_address = False  # the line above broke a Markdown link's address (no spaces in it)
    for index, line in enumerate(stripped):
        if line:
            head -= 1
        if in_address and parts and line:
            # The wrapping broke the address (at a hyphen): its pieces join without a space.
            parts[-1] += line
            in_address = ")" not in line
            if not in_address and len(line) < _FULL * width:
                out.append(" ".join(parts))
                parts = []
            continue
        in_address = False
        if (len(line) > overlong and not (parts and _opens_address(line))) or (
            head >= 0 and len(line) > width and _FIELD.match(line) is not None
        ):
            # A line the wrapping left alone (a field on top, longer than the width) stands alone.
            if parts:
                out.append(" ".join(parts))
                parts = []
            out.append(line)
            continue
        if parts and line:
            parts.append(line)
        else:
            if parts:
                out.append(" ".join(parts))
                parts = []
            if line:
                parts.append(line)
            else:
                out.append(line)
        in_address = bool(parts) and _opens_address(line)
        if (
            parts
            and (
                (
                    _filled(raw_lines, index, line) < _FULL * width
                    and not _next_word_overran(line, stripped, index, width)
                )
                or (sentences_end and _ENDS_SENTENCE.search(line))
            )
            and not in_address
        ):
            out.append(" ".join(parts))  # a short line closes its paragraph
            parts = []
    if parts:
        out.append(" ".join(parts))
    return out


#: A rendering that writes each piece of text between two tags on a line of its own (as
#: BeautifulSoup's ``get_text("\n")`` does) leaves a piece's own space at the break: ``"Welcome to
#: "`` over ``"Firefox Developer Edition"``. A dump with no such break is not read for them.
#: Such a rendering writes the spaces between the page's tags too, on lines of nothing else: a
#: dump with fewer of those lines is no such rendering (a title over its byline, typed with a
#: space at its end, stays apart from it).
_MIN_SPACE_LINES = 5
#: Nor is a dump with one line ending in a space after its text (a space typed or left at a
#: line's end, ``"MDN "`` over a caption, would join the two lines), unless a piece of it goes
#: on after a tag on the next line (:data:`_SPACE_GOES_ON`), which no blank at a line's end makes.
_SPACE_GOES_ON = re.compile(r"\n(?<=\S\n)(?: [^\W\d_]|[,.;:!?](?: |\n|\Z))")
_SPACE_LINE = re.compile(r"\n[ \t]+(?=\n)")
#: Or a dump with lines of spaces: two lines going on after a tag are enough
#: (:func:`_goes_on_often`).
_MIN_GOES_ON = 2
#: The same in a text as given, whose line breaks may be of any kind (CR, U+2028, ...).
_GIVEN_SPACE_LINE = re.compile(r"[\n\r\u2028\u2029][ \t]+(?=[\n\r\u2028\u2029])")
#: A line that ends in a space after text (not a line of spaces alone). The pattern opens with
#: its literal space and line break, which sre looks for at a few instructions a character, and
#: only then looks behind: one search, where a loop of ``str.find`` stopped in Python at every
#: line of spaces (a typed dump's ad slots) and read the frequent space a little slower.
_PIECE_END = re.compile(r" \n(?<=\S \n)")
#: A line that ends in its text, no blank after it (found as :data:`_PIECE_END` is). Such a
#: rendering ends most pieces so (24 lines or more in each of the development dumps it was read
#: for); in a dump with fewer (every line, or every line but its last, ending in a blank an
#: editor or a tool added) no space at a line's end tells a piece's own.
_TEXT_END = re.compile(r"\n(?<=\S\n)")
_MIN_TEXT_ENDS = 5
#: A line break that may go on (:func:`_goes_on`): after a space that follows text and before
#: text, or before a space and a letter, or before a mark and a space (or the line's end).
_MAY_GO_ON = re.compile(r"\n(?=(?<=\S \n)\S|(?<=\S\n)(?: [^\W\d_]|[,.;:!?](?: |\n|\Z)))")
#: Marks that open the rest of a sentence broken off before them (``"Ehezoff"`` / ``": "`` / ...).
_GOING_ON_MARKS = frozenset(",.;:!?")
#: The openings of a Markdown list item, quote or heading.
_ITEM_MARKS = frozenset(("* ", "- ", "+ ", "> ", "# "))
#: A piece of at most this many characters holding a year is a date set apart (``"by "`` / ``"Jane
#: Doe"`` / ``" on "`` / ``"January 20, 2020"``): the date is read best on a line of its own.
_DATE_PIECE = 40
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: A field's key opening a line: a word or up to four, a colon and a space or the line's end
#: (``Author: ``, ``Öffnung in mm:``).
_FIELD_KEY = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3}:(?: |$)")
#: A field's key and its value (a key alone, ``Pingback: ``, goes on with its value below).
_KEYED_VALUE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3}: \S")


def _goes_on(upper: str, lower: str) -> bool:
    """Whether ``lower`` goes on with ``upper`` on one line: a break a renderer made at a tag.

    ``upper`` ends with one space after its text (``"Welcome to "``) and ``lower`` opens with
    text; or ``upper`` ends with its text and ``lower`` opens with one space and a lower-case
    letter (``" der Pochers"``), or with a mark and a space (``", One Of"``, ``": "``).
    """
    if upper[-1:] == " ":
        # (a line opening with a list's or a quote's mark is an item of its own, and so is a
        # field under another: "Author: Jane Doe " over "Section: World")
        return (
            not upper[-2:-1].isspace()
            and not lower[:1].isspace()
            and lower[:2] not in _ITEM_MARKS
            and not (":" in upper and _KEYED_VALUE.match(upper) and _FIELD_KEY.match(lower))
        )
    if upper[-1:].isspace():
        return False
    first = lower[:1]
    if first == " ":
        return lower[1:2].islower()
    return first in _GOING_ON_MARKS and lower[1:2] in (" ", "")


def _block_end(text: str, at: int) -> int:
    """Where the block of lines holding ``text[at]`` ends: its last line's end (or the text's)."""
    size = len(text)
    while at < size:
        below = text.find("\n", at + 1)
        below = size if below < 0 else below
        line = text[at + 1 : below]
        if not line or line.isspace():
            return at
        at = below
    return size


def _written_a_piece_a_line(text: str, given: str | None = None) -> bool:
    """Whether ``text`` has the marks of a rendering that writes a piece of text a line.

    Lines ending in a piece's own space (after its text), lines of spaces alone, and lines
    ending in their text; each test stops at what it needs (most dumps are no such rendering). A
    line of spaces alone, as an ad slot leaves in a typed dump, ends in no piece's space. (Three
    lines ending in a space of any kind were asked for first: a typed dump with a few ad slots
    had them, and was read in full for breaks, at 7% of a seed dump's parse.) Blanks a writer or
    a tool leaves at the lines' ends alone are no such marks: one line ending in a space, or
    every line. The lines of spaces are counted in ``given``, when given: the text before its
    no-break spaces were made plain, where a typed dump's ad slot (``&nbsp;``) is no line of
    spaces. Of the 7,234 development dumps, 3 of the 898 BeautifulSoup renderings are no longer
    read so (their pieces joined by one line ending in a space, or with lines of no-break
    spaces among the lines of spaces it counted). A rendering of a minified page, with no lines
    of spaces, is told by its lines going on after a tag instead (:func:`_goes_on_often`).
    """
    first = _PIECE_END.search(text)
    if first is None:
        return False
    if _PIECE_END.search(text, first.end()) is None and _SPACE_GOES_ON.search(text) is None:
        return False  # (one line ending in a space, and no piece going on after a tag)
    if not _space_lines(text if given is None else given) and not _goes_on_often(text):
        return False
    return sum(1 for _ in islice(_TEXT_END.finditer(text), _MIN_TEXT_ENDS)) >= _MIN_TEXT_ENDS


def _goes_on_often(text: str) -> bool:
    """Whether :data:`_MIN_GOES_ON` lines of ``text`` or more go on after a tag (a minified page).

    A page whose source holds no blanks between its tags (minified) leaves no lines of spaces
    in such a rendering, but its links and emphases still break its sentences: the line under
    one opens with a space and a lower-case letter or with a mark (:data:`_SPACE_GOES_ON`).
    Of the 7,034 generated dumps this reads 88 more BeautifulSoup renderings (72 of tuned
    publishers) and the text trafilatura extracted from two pages (a forum, a blog; no block of
    them joins); of the 190 real tune dumps, four, three of them pieces of articles one scraper
    wrote so (no blank line between their paragraphs, so no block of them joins either). Three
    such lines were asked for first: two read 14 more renderings, and held-out ones gained.
    """
    found = islice(_SPACE_GOES_ON.finditer(text), _MIN_GOES_ON)
    return sum(1 for _ in found) >= _MIN_GOES_ON


def _space_lines(text: str) -> bool:
    """Whether ``text`` holds :data:`_MIN_SPACE_LINES` lines of spaces alone (any line breaks).

    Looked for at line feeds first (a pattern opening with one is read at memchr speed); at
    every kind of break only in a text holding another.
    """
    if sum(1 for _ in islice(_SPACE_LINE.finditer(text), _MIN_SPACE_LINES)) >= _MIN_SPACE_LINES:
        return True
    return ("\r" in text or "\u2028" in text or "\u2029" in text) and sum(
        1 for _ in islice(_GIVEN_SPACE_LINE.finditer(text), _MIN_SPACE_LINES)
    ) >= _MIN_SPACE_LINES


def join_inline_breaks(text: str, given: str | None = None) -> str:
    r"""``text`` with each block broken at inline tags written on one line.

    A whole page rendered a piece of text a line writes a headline or a paragraph with a link, an
    emphasis or a span in it over several lines with no blank line between (``"The Spectacular
    Story Of "`` / ``"Metroid"`` / ``", One Of Gaming's Richest Universes"``), and keeps the spaces
    that stood around the tags. A block of lines between blank ones whose every break is such
    a break (:func:`_goes_on`) is one line again, its pieces joined as the page joined them.
    Other blocks (menus, lists, one item a line) are left as they are, and so is a block with
    a date of its own in it (``"by "`` / ``"Jane Doe"`` / ``" on "`` / ``"January 20, 2020"``).
    ``given``, when given, is ``text`` before its no-break spaces were made plain (see
    :func:`_written_a_piece_a_line`).

    >>> join_inline_breaks("Home\nNews\nSport\nTech\n \n \nWelcome to \nFirefox\n, the browser\n \n \n \n")
    'Home\nNews\nSport\nTech\n \n \nWelcome to Firefox, the browser\n \n \n \n'
    """
    if not _written_a_piece_a_line(text, given):
        return text
    # Only the blocks around a break that may go on are read (the line breaks after a space, or
    # before a space and a letter or before a mark; :func:`_goes_on` tells which do).
    size = len(text)
    parts: list[str] = []
    copied = read = 0  # the text copied to ``parts``, and the end of the last block read
    for match in _MAY_GO_ON.finditer(text):
        at = match.start()
        if at < read:
            continue  # a break of a block read already
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at + 1)
        end = size if end < 0 else end
        first = text[start:at]
        last = text[at + 1 : end]
        if not first or first.isspace() or not _goes_on(first, last):
            continue
        # Up to the blank line above and down to the one below, while every break goes on (a
        # block with one that does not stays as it is; its other breaks find the same).
        while start:
            above = text.rfind("\n", 0, start - 1) + 1
            line = text[above : start - 1]
            if not line or line.isspace():
                break
            if not _goes_on(line, first):
                start = -1
                break
            first, start = line, above
        while start >= 0 and end < size:
            below = text.find("\n", end + 1)
            below = size if below < 0 else below
            line = text[end + 1 : below]
            if not line or line.isspace():
                break
            if not _goes_on(last, line):
                start = -1
                break
            last, end = line, below
        if start < 0:
            # A block with a break that does not go on stays as it is: its other breaks are not
            # read again (each read of the block from one of them made a long block quadratic).
            read = _block_end(text, end)
            continue
        read = end
        block = text[start:end].split("\n")
        if not any(len(piece) <= _DATE_PIECE and _YEAR.search(piece) for piece in block):
            parts.append(text[copied:start])
            parts.append("".join(block))
            copied = end
    if not parts:
        return text
    parts.append(text[copied:])
    return "".join(parts)
