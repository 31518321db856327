r"""What other tools write around a dump's text: Markdown marks, and a header block of fields.

Markdown converters (html2text and the like) write ``# Heading``, ``**bold**``, ``[text](url)``
links, ``![alt](src)`` images and backslash escapes (``3\. Mai``). Extractors and crawlers write a
block of fields before the text: a ``---`` fenced block (``title:``, ``author:``, ``date:``), or
``URL:``/``Title:``/``Date:`` lines, or a ``date 2023-08-07`` prefix glued to the first line. This
module reads both as what they are; it never guesses at the article itself.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["FrontMatter", "read_front_matter", "strip_markdown", "unwrap"]

_HEADING = re.compile(r"^#{1,6}\s+")
# Linear on any input: the text excludes brackets and the address excludes parentheses and spaces,
# so a scan that fails stops at the next delimiter.
_IMAGE = re.compile(r'!\[([^\[\]]{0,500})\]\(([^()\s]{0,2000})(?:\s+"[^"]{0,300}")?\)')
_LINK = re.compile(r'\[([^\[\]]{0,500})\]\(([^()\s]{0,2000})(?:\s+"[^"]{0,300}")?\)')
_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_QUOTE = re.compile(r"^(?:>\s?)+")
#: A line longer than this is running text; Markdown is not searched for in it beyond this.
_MAX_MARKUP = 20_000


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
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    if line[:2] in ("**", "__"):
        match = _EMPHASIS.match(line)
        if match is not None:
            line = match.group(2)
    # A mark taken out leaves the spaces around it ("[ Log in ](/login) [ Join ](/join)").
    return " ".join(line.split())


@attrs.frozen
class FrontMatter:
    """The fields a tool wrote before the text, and how many lines they took."""

    lines: int = 0
    title: str | None = None
    authors: str | None = None
    date: str | None = None
    site_name: str | None = None
    tags: str | None = None


_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,20}?)\s*:\s?(?P<value>.*)$")
_KEYS = {
    "title": "title",
    "judul": "title",
    "headline": "title",
    "author": "authors",
    "authors": "authors",
    "byline": "authors",
    "penulis": "authors",
    "date": "date",
    "published": "date",
    "tanggal": "date",
    "sitename": "site_name",
    "site": "site_name",
    "tags": "tags",
}
#: Keys that say a block of fields is a tool's header (a line "Date: ..." alone may be the article's).
_HEADER_KEYS = frozenset(("url", "link", "source url", "hostname", "title", "fingerprint", "id"))
_OTHER_KEYS = _HEADER_KEYS | frozenset(
    ("description", "categories", "hostname", "language", "lang", "image", "license", "source")
)
_DATE_PREFIX = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s+(?=\S)")
_MAX_FIELDS = 20


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"')
    return value.strip()


def read_front_matter(lines: list[str]) -> tuple[FrontMatter, str | None]:
    """Read a tool's header block at the top of ``lines`` (cleaned, non-empty lines).

    Returns:
        The fields and how many lines they took, and the text that was glued behind a
        ``date 2023-08-07`` prefix on the first line (``None`` when there was no such prefix).
    """
    if not lines:
        return FrontMatter(), None
    first = lines[0]
    if first.startswith("date ") and first[5:6].isdigit():
        match = _DATE_PREFIX.match(first)
        if match is not None:
            return FrontMatter(lines=0, date=match.group(1)), first[match.end() :]
    fenced = first == "---"
    fields: dict[str, str] = {}
    keys: set[str] = set()
    index = 1 if fenced else 0
    while index < len(lines) and index < _MAX_FIELDS + 1:
        line = lines[index]
        if fenced and line == "---":
            index += 1
            break
        match = _FIELD.match(line) if len(line) < 2000 else None
        if match is None:
            if fenced:
                return FrontMatter(), None  # an opening rule, not a header block
            break
        key = match.group("key").strip().lower()
        if not fenced and key not in _KEYS and key not in _OTHER_KEYS:
            break  # "KUALA LUMPUR: ..." opens the text; a crawler's block holds known keys only
        keys.add(key)
        name = _KEYS.get(key)
        value = _unquote(match.group("value"))
        if name is not None and value and name not in fields:
            fields[name] = value
        index += 1
    else:
        if fenced:
            return FrontMatter(), None
    if not fenced and (len(keys) < 2 or not keys & _HEADER_KEYS):
        return FrontMatter(), None
    return FrontMatter(lines=index, **fields), None


#: A hard-wrapped dump breaks its lines at a width between these (html2text: 78, mail: 72).
_WRAP_WIDTHS = (40, 120)
#: How full a wrapped line is, at least, as a share of the width.
_FULL = 0.75
#: How many full lines a dump needs, and what share of its longer lines, to count as wrapped.
_MIN_FULL_LINES = 6
_FULL_SHARE = 0.5
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", ":")


def unwrap(raw_lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped dump back into paragraphs; other dumps come back as they are.

    A dump is hard-wrapped when no line is longer than a wrapping width and most of its longer
    lines fill that width: then a paragraph is a block of lines between blank lines, and a line
    that fills the width continues on the next one. Short lines (a title, a byline, a date) are
    never joined.

    >>> words = "the harbour reopened on tuesday after a storm closed it for days".split()
    >>> wrapped = [" ".join(words[i % 5 :] + words[: i % 5]) for i in range(8)]
    >>> [len(line) for line in unwrap(["A title", "", *wrapped[:4], "", *wrapped[4:]])]
    [7, 0, 259, 0, 259]
    """
    if not raw_lines or max(map(len, raw_lines)) > _WRAP_WIDTHS[1] * 2:
        return raw_lines  # a long line (even with spaces around it): not wrapped, and cheap to tell
    stripped = [line.strip() for line in raw_lines]
    lengths = [len(line) for line in stripped if line]
    if not lengths:
        return raw_lines
    width = max(lengths)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return raw_lines
    full_lines = [line for line in stripped if len(line) >= _FULL * width]
    longer = sum(length >= width / 2 for length in lengths)
    open_ended = sum(not line.endswith(_SENTENCE_ENDS) for line in full_lines)
    if (
        len(full_lines) < _MIN_FULL_LINES
        or len(full_lines) < _FULL_SHARE * longer
        or open_ended < _FULL_SHARE * len(full_lines)
    ):
        return raw_lines  # lines that end their sentences are paragraphs, however long
    out: list[str] = []
    parts: list[str] = []  # the lines of the paragraph being joined (one join, linear)
    for line in stripped:
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
        if parts and len(line) < _FULL * width:
            out.append(" ".join(parts))  # a short line closes its paragraph
            parts = []
    if parts:
        out.append(" ".join(parts))
    return out
