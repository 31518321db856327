"""The one place that wires decode -> detect -> parse -> finish -> :class:`Article`.

The two parsers are imported on first use, inside :func:`parse_article`: ``import newsparse`` loads
neither, a process that parses only text dumps never loads the HTML parser, and one that parses only
pages never loads the text parser (their compiled patterns are most of what importing costs).
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import io
import operator
import os
import stat
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

import attrs

from newsparse._decode import (
    clean_text,
    clean_text_utf8,
    decode_with_notes,
    is_printable,
    lookup_encoding,
)
from newsparse._detect import (
    broken_json,
    detect_kind,
    is_json_lines,
    is_tool_xml,
    json_value,
    looks_like_path,
    xml_root,
)
from newsparse._normalize.whitespace import (
    drop_invisible,
    drop_invisible_and_stray,
    is_blank,
    plain_spaces,
)
from newsparse._options import MAX_URL_CHARS, Kind, Options
from newsparse._unpack import unpack_with_notes
from newsparse.errors import (
    EmptyInputError,
    InputTooLargeError,
    InvalidArgumentError,
    NotAnArticleError,
    SourceReadError,
)
from newsparse.model import Article, Caption

if TYPE_CHECKING:
    from newsparse._record import Record

__all__ = ["MAX_INPUT_CHARS", "MAX_URL_CHARS", "parse_article", "parse_file"]

#: Inputs longer than this (in characters, or bytes before decoding) are refused rather than parsed:
#: the largest real news pages are a few megabytes.
MAX_INPUT_CHARS = 50_000_000

_KINDS = ("auto", "html", "text")
#: The options of a call that gives none but (at most) the kind, which pass every check: one
#: frozen value a kind, shared by those calls.
_PLAIN_OPTIONS: Mapping[str, Options] = MappingProxyType(
    {"auto": Options(kind="auto"), "html": Options(kind="html"), "text": Options(kind="text")}
)
#: The most characters of an option a warning quotes.
_SHOWN_CHARS = 100
#: The warning on a file's path (or an address) given as the source itself.
_PATH_NOTE = (
    "the input is {!r}, which looks like a file's path or a web address, not a page or a dump: "
    "it was read as the text of an article; to read a file, call parse_file(path) (newsparse "
    "never fetches an address)"
)
#: The warning on a JSON document read as a text dump: no article text under a key newsparse
#: knows, or kind="text" asked for.
_JSON_NOTE = (
    "the input is a JSON document, not an HTML page or a text dump, and {}: it was read as plain "
    "text, so its keys and quotes are part of the text; give newsparse the page or the text itself"
)
#: The warning on a text dump none of whose lines was read as its title or its text.
_NO_DUMP_TEXT = (
    "found no title and no article text in the dump: its lines read as metadata (a byline, a "
    "date, a caption) or as a site's furniture (a menu, a share button, a rule), or held no "
    "readable word"
)
#: The warning on a text dump of a title and lines none of which was read as its text.
_NO_DUMP_BODY = (
    "found a title but no article text in the dump: its other lines read as metadata (a byline, "
    "a date, a caption, an address) or as a site's furniture (a menu, a share button, a rule)"
)
#: The warning on an XML document that is no page (a feed, a sitemap) read as a page or a dump.
_XML_NOTE = (
    "the input looks like an XML document (<{}>, such as a feed or a sitemap), not an HTML page "
    "or a text dump: it was read as {}, so its element names are lost or part of the text; give "
    "newsparse the page or the text itself"
)
#: The first characters of a text that may open as JSON (looked at before the pattern is).
_JSON_OPENERS = "{[ \t\r\n"
#: The warning on a text that opens as a JSON record and is no JSON (cut short or broken).
_BROKEN_JSON_NOTE = (
    "the input opens as a JSON record but is not valid JSON ({}): cut short or broken, it was "
    "read as plain text, so its keys and quotes are part of the text and its fields were not read"
)
_JSON_NO_TEXT = "newsparse found no article text under a key it knows (such as 'text' or 'body')"
_JSON_AS_TEXT = 'kind="text" asked for it to be read as a text dump'


def parse_article(
    source: str | bytes,
    *,
    url: str | None = None,
    default_timezone: dt.tzinfo | None = None,
    kind: Kind = "auto",
    encoding: str | None = None,
) -> Article:
    """Parse one news article from an HTML page or a plain-text dump.

    Args:
        source: The page or dump, as text or as raw bytes (decoded for you: byte-order mark,
            then valid UTF-8, then ``encoding``, then a declared charset, then cp1252). Bytes
            compressed with gzip, bzip2 or xz are unpacked first, recognised by their first
            bytes whatever the file is called. A path is not a source: a ``str`` that looks like
            one (``page.html``) is read as text, with a warning that points to
            :func:`parse_file`.
        url: The article's address, if known. It lets relative links be resolved, and fills
            :attr:`Article.url` when an HTML page or a record names no address of its own (a
            page's canonical address is its publisher's word); over the address a text dump
            states (a scraper's note of where it fetched the text) it wins. A string that is not an absolute address (a scheme and a host, as in
            ``https://example.com/a``; ``"N/A"`` and ``"/news/a"`` are not), or one of over 8,000
            characters, is not used, and :attr:`Article.warnings` says so.
        default_timezone: The zone to give a publication time whose source states none. Without
            it such a time stays naive.
        kind: ``"auto"`` (the default) detects whether ``source`` is HTML, a text dump or a
            JSON record of one article (a scraper's, with its text under a key such as
            ``text``, ``maintext`` or ``articleBody``: its fields are read by their keys and its
            text parsed as a page or a dump; or newsparse's own JSON output, read back exactly);
            ``"html"`` or ``"text"`` forces one. A JSON document with no article text under a
            key newsparse knows is read as a text dump, and :attr:`Article.warnings` says so
            (structured data, JSON-LD things with an ``@type``, is refused instead).
        encoding: The charset the bytes are in, when known from outside (an HTTP header). A
            name Python has no text codec for is not used, and :attr:`Article.warnings` says so.

    Returns:
        The article. Fields the source does not provide are ``None`` or empty tuples.

    Raises:
        DecodeError: ``source`` is bytes that no encoding reads, or a compressed stream that is
            corrupt or cut short.
        BinaryInputError: ``source`` is bytes of a binary file (an executable, an image, a PDF,
            an archive), not an HTML page or a text dump.
        EmptyInputError: ``source`` holds no visible text.
        NotAnArticleError: ``source`` holds text but nothing that reads as an article (or a
            JSON list or JSON Lines of several records, a record whose text field is empty or
            holds no text, or JSON-LD structured data with no article text).
        InputTooLargeError: ``source`` is too large to parse safely, also once unpacked.
        InvalidArgumentError: ``source`` is neither ``str`` nor ``bytes``, ``kind`` is unknown,
            or ``url``, ``default_timezone`` or ``encoding`` is neither ``None`` nor of its type
            (a :class:`TypeError` too).
    """
    if url is None and default_timezone is None and encoding is None and type(kind) is str:
        # (Most calls give a kind at most: their options are built once, at import.)
        options = _PLAIN_OPTIONS.get(kind)
    else:
        options = None
    if options is None:
        check_options(url=url, default_timezone=default_timezone, kind=kind, encoding=encoding)
        options = Options(url=url, default_timezone=default_timezone, kind=kind, encoding=encoding)
    text, notes, utf8 = _read_source(source, encoding)
    # One policy for every text that enters: no surrogates, noncharacters or control characters.
    if utf8 is None:
        cleaned, utf8 = clean_text_utf8(text)
    else:
        cleaned = clean_text(text, utf8=utf8)
    if cleaned is not text:
        utf8 = None  # the bytes hold what was cleaned away
    text = cleaned
    if is_blank(text):
        msg = "the input is empty: it holds no visible text"
        raise EmptyInputError(msg)
    if url is not None:
        # urllib.parse (behind _urls) loads when an address is given or a page parsed, not at import.
        from newsparse._urls import absolute_address  # noqa: PLC0415

        if len(url) > MAX_URL_CHARS:
            notes += (
                f"url= is {len(url):,} characters long, over the {MAX_URL_CHARS:,} of a web "
                f"address newsparse reads ({url[:_SHOWN_CHARS]!r}...); it was not used",
            )
            url = None
            options = attrs.evolve(options, url=None)
        elif absolute_address(url) is None:
            # A malformed address (from a crawl database, say) must not cost the article itself,
            # and a value with no scheme and host ("N/A", "None", "/news/a") is no address: it
            # can neither stand as the article's nor resolve a relative link.
            notes += (f"url={url!r} is not a web address newsparse can read; it was not used",)
            url = None
            options = attrs.evolve(options, url=None)
    if kind == "auto" and is_tool_xml(text) and (found := _read_tool_xml(text, url)):
        article = attrs.evolve(found, warnings=(*found.warnings, *notes))
        return _finish(article, options)
    document = _json_document(text, kind)
    if document is not None and kind == "auto" and (found := _read_json(document, url)):
        # (notes on the source's bytes, such as its charset, stay with the article)
        article = attrs.evolve(found, warnings=(*found.warnings, *notes))
        return _finish(article, options)
    if document is None and kind == "auto" and is_json_lines(text):
        msg = (
            "the input is JSON Lines, one record a line, each an article of its own: "
            "give newsparse one record at a time (on the command line: newsparse --records FILE)"
        )
        raise NotAnArticleError(msg)
    chosen, notes = _chosen_kind(text, kind, document, notes)
    if chosen == "html":
        # (No field keeps an invisible character: none is left to split what the rules read.)
        text, utf8 = drop_invisible_and_stray(text, utf8)
        article = _html_reader()(text, url=url, cleaned=True, utf8=utf8)
        printable = False
    else:
        # (The text parser knows, for most dumps, that the paragraphs are printable.)
        article, printable, title_over_unread = _read_dump(text, utf8, url)
        notes += _no_text_notes(article, title_over_unread=title_over_unread)
        if document is not None:
            notes += (_JSON_NOTE.format(_JSON_AS_TEXT if kind == "text" else _JSON_NO_TEXT),)
    if notes:
        article = attrs.evolve(article, warnings=(*article.warnings, *notes))
    return _finish(article, options, printable=printable)


def _no_text_notes(article: Article, *, title_over_unread: bool) -> tuple[str, ...]:
    """The warning a dump read as ``article`` needs when none of its lines was read as text.

    A title over lines that were all left out (addresses, furniture) said nothing (fuzz49's
    lead); a title alone needs no word. The text parser tells which of the two a title with no
    text is (``title_over_unread``, :class:`~newsparse._text.parser.Reading`).
    """
    if article.paragraphs:
        return ()
    if article.title is None:
        return (_NO_DUMP_TEXT,)
    return (_NO_DUMP_BODY,) if title_over_unread else ()


def _read_dump(text: str, utf8: bytes | None, url: str | None) -> tuple[Article, bool, bool]:
    """The text parser's reading of ``text`` (cleaned), its no-break spaces made plain.

    The parser is given the text as it came too, when that changed it: a line of no-break spaces
    alone is no line of spaces a rendering writes (see :func:`~newsparse._text.read_text`). The
    caller's ``url`` (checked) wins over the address the dump states (in its header).
    """
    plain = plain_spaces(text, utf8)
    article, printable, title_over_unread = _text_reader()(
        plain, cleaned=True, given=None if plain is text else text
    )
    if url is not None and article.url is not None:
        article = attrs.evolve(article, url=url)
    return article, printable, title_over_unread


def _chosen_kind(
    text: str, kind: Kind, document: object, notes: tuple[str, ...]
) -> tuple[Literal["html", "text"], tuple[str, ...]]:
    """The reader for ``text`` (``kind``, unless "auto"), and the notes with this choice's own.

    A detected kind adds a warning on an XML document that is no page
    (:func:`~newsparse._detect.xml_root`), and on a text that opens as a JSON record and is no
    JSON (:func:`~newsparse._detect.broken_json`).
    """
    if kind != "auto":
        return kind, notes
    if document is None and text[:1] in _JSON_OPENERS and (broken := broken_json(text)):
        notes += (_BROKEN_JSON_NOTE.format(broken),)
    # (a JSON document with no article in it is read as a dump, never taken for a page)
    chosen: Literal["html", "text"] = "text" if document is not None else detect_kind(text)
    if document is None and (root := xml_root(text)) is not None:
        notes += (_XML_NOTE.format(root, "an HTML page" if chosen == "html" else "a text dump"),)
    return chosen, notes


def _json_document(text: str, kind: Kind) -> dict[str, object] | list[object] | None:
    """The JSON document ``text`` is (:func:`~newsparse._detect.json_value`), unless ``kind`` is HTML.

    JSON too deep to read raises :class:`InputTooLargeError` when no kind was asked for; asked
    to read it as text, it is text.
    """
    if kind == "html":
        return None
    try:
        return json_value(text)
    except InputTooLargeError:
        if kind == "auto":
            raise
        return None


@functools.cache
def _html_reader() -> Callable[..., Article]:
    """The HTML parser's :func:`~newsparse._html.parse_html`, loaded on first use (as below)."""
    from newsparse._html import parse_html  # noqa: PLC0415 - loaded on first use (see above)

    return parse_html


@functools.cache
def _text_reader() -> Callable[..., tuple[Article, bool, bool]]:
    """The text parser's :func:`~newsparse._text.read_text`, loaded on first use (see above).

    Kept once loaded: an import statement run on each parse costs several thousand instructions
    (a package's names to import are looked up by a Python function of the import system).
    """
    from newsparse._text import read_text  # noqa: PLC0415 - loaded on first use (see above)

    return read_text


def _read_json(document: dict[str, object] | list[object], url: str | None) -> Article | None:
    """The article a JSON document holds: newsparse's own output, or a scraper's record.

    ``None`` when it holds neither (no article text under a key newsparse knows). A record's
    text is parsed as what it is, a page or a dump, and the record's fields laid over the parse.
    """
    from newsparse import _record  # noqa: PLC0415 - loaded on first use (see above)

    own = _record.own_output(document)
    if own is not None:
        return own
    record = _record.read_record(document)
    if record is None:
        return None
    return _parsed_record(record, url)


def _parsed_record(record: Record, url: str | None) -> Article:
    """The article of ``record``: its text parsed as a page or a dump, its fields laid over."""
    from newsparse import _record  # noqa: PLC0415 - loaded on first use (see above)

    if record.body_is_html:
        from newsparse._html import parse_html  # noqa: PLC0415 - loaded on first use (see above)

        body, _ = drop_invisible(record.body)
        article = parse_html(body, url=record.fields.url or url, cleaned=False, utf8=None)
    else:
        article = _text_reader()(record.body)[0]
        if url is not None and article.url is not None:
            article = attrs.evolve(article, url=url)  # (as for a dump given alone)
    return _record.merged(record, article)


def _read_tool_xml(text: str, url: str | None) -> Article | None:
    """The article of an extraction tool's XML document; ``None`` when it holds none."""
    from newsparse import _record  # noqa: PLC0415 - loaded on first use (see above)

    record = _record.tool_xml_record(text)
    return None if record is None else _parsed_record(record, url)


def _read_source(
    source: str | bytes, encoding: str | None
) -> tuple[str, tuple[str, ...], bytes | None]:
    """The source's text, the notes its reading gives, and its exact UTF-8 bytes when known."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
        _check_size(len(raw), unit="bytes")
        unpacked = unpack_with_notes(raw, limit=MAX_INPUT_CHARS)
        decoded = decode_with_notes(unpacked.data, encoding=encoding)
        notes = unpacked.notes + decoded.notes
        if encoding is not None and lookup_encoding(encoding) is None:
            # A misspelt name must not pass for a charset that was used.
            # (Named, not copied whole: a charset of a WARC record's header may be megabytes.)
            shown = (
                repr(encoding)
                if len(encoding) <= _SHOWN_CHARS
                else f"{encoding[:_SHOWN_CHARS]!r}..."
            )
            notes += (f"encoding={shown} is not a text encoding newsparse knows; not used",)
        return decoded.text, notes, decoded.utf8
    if isinstance(source, str):
        _check_size(len(source))
        text = source.removeprefix("\ufeff")
        return text, (_PATH_NOTE.format(text.strip()),) if looks_like_path(text) else (), None
    msg = f"source must be str or bytes, not {type(source).__name__}"
    if isinstance(source, os.PathLike):
        msg += "; to read a file, call parse_file(path)"
    raise InvalidArgumentError(msg)


def parse_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    default_timezone: dt.tzinfo | None = None,
    kind: Kind = "auto",
    encoding: str | None = None,
) -> Article:
    """Read the file at ``path`` and parse it with :func:`parse_article`.

    The file is read as bytes, so its encoding is detected exactly as for bytes given to
    :func:`parse_article`.

    Raises:
        SourceReadError: The file cannot be read (missing, a directory, no permission, a
            path no file can have, such as one holding a NUL, or a named pipe nothing writes
            to within 10 seconds; a pipe with a writer is read to its end).
        NewsparseError: Any error :func:`parse_article` raises.
        InvalidArgumentError: ``path`` is not a path (a number would be taken for an open file
            descriptor, read and closed), or an option is of the wrong type (as for
            :func:`parse_article`); a :class:`TypeError` too.
    """
    if not isinstance(path, str | bytes | os.PathLike):
        msg = f"path must be a str or an os.PathLike, not {type(path).__name__}"
        raise InvalidArgumentError(msg)
    check_options(url=url, default_timezone=default_timezone, kind=kind, encoding=encoding)
    try:
        data = _read_path(path)
    # ValueError: the path holds a NUL or a character the file system's encoding cannot hold.
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
        msg = f"cannot read {os.fspath(path)!r}: {reason}"
        raise SourceReadError(msg) from exc
    return parse_article(
        data, url=url, default_timezone=default_timezone, kind=kind, encoding=encoding
    )


#: How long a named pipe nobody has opened to write is waited for before it is refused: a pipe
#: named by mistake (or whose writer never started) is an error, not a run that never ends.
PIPE_WAIT_SECONDS = 10.0


def _read_path(path: str | bytes | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path``, up to one past :data:`MAX_INPUT_CHARS`.

    A named pipe is opened as :func:`open_input` opens it.

    Raises:
        OSError: The file cannot be read, or is a pipe nothing wrote to in time.
        ValueError: The path holds a NUL or a character the file system cannot hold.
    """
    with open_input(path) as stream:
        # One byte past the limit is enough for parse_article to refuse the file as too large.
        return stream.read(MAX_INPUT_CHARS + 1)


def open_input(path: str | bytes | os.PathLike[str]) -> BinaryIO:
    """The file at ``path`` opened to read its bytes, a named pipe waited for a bounded time.

    A named pipe with a writer (a shell's ``<(command)``) is read to its end; one that nothing
    writes to within :data:`PIPE_WAIT_SECONDS` is refused rather than waited for forever. Every
    file newsparse reads is opened here: an input, a manifest, a records file, a WARC file.

    Raises:
        OSError: The file cannot be opened, or is a pipe nothing wrote to in time.
        ValueError: The path holds a NUL or a character the file system cannot hold.
    """
    # (O_NONBLOCK: opening a named pipe does not wait for a writer; other files ignore it.)
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_BINARY", 0))
    # The builtin, not pathlib: importing pathlib would cost every process that never reads a file.
    stream = open(fd, "rb")  # noqa: PTH123, SIM115 - returned open
    try:
        start = _pipe_start(fd, os.fsdecode(path)) if nonblocking and _is_pipe(fd) else b""
        if nonblocking:
            os.set_blocking(fd, True)
    except BaseException:
        stream.close()
        raise
    return io.BufferedReader(_Started(start, stream)) if start else stream


class _Started(io.RawIOBase):
    """A stream read on from bytes already taken from its start (a pipe's first bytes)."""

    def __init__(self, start: bytes, stream: io.BufferedReader) -> None:
        super().__init__()
        self._start = memoryview(start)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()

    def readinto(self, buffer: Any) -> int:
        if not self._start:
            return self._stream.readinto(buffer)
        size = min(len(buffer), len(self._start))
        buffer[:size] = self._start[:size]
        self._start = self._start[size:]
        return size

    def close(self) -> None:
        self._stream.close()
        super().close()


def _is_pipe(fd: int) -> bool:
    return stat.S_ISFIFO(os.fstat(fd).st_mode)


def _pipe_start(fd: int, name: str) -> bytes:
    """The first bytes of the pipe ``fd`` (opened not to block), once a writer has come.

    Raises:
        OSError: No writer wrote to the pipe (or closed it) within :data:`PIPE_WAIT_SECONDS`.
    """
    import select  # noqa: PLC0415 - loaded on first use (see above)

    try:
        start = os.read(fd, 65536)
    except BlockingIOError:
        return b""  # a writer holds the pipe open and has not written yet: wait for it
    if start:
        return start
    # Nothing to read and no writer now: wait a bounded time for one to write (or to close).
    if not select.select([fd], [], [], PIPE_WAIT_SECONDS)[0]:
        seconds = f"{PIPE_WAIT_SECONDS:g}"
        msg = f"a named pipe that nothing wrote to in {seconds} seconds (no writer)"
        raise OSError(errno.ETIMEDOUT, msg, name)
    return b""


def check_options(*, url: object, default_timezone: object, kind: object, encoding: object) -> None:
    """Refuse an option of the wrong type or value, with an :class:`InvalidArgumentError` naming it.

    Checked before any work, so that a caller's mistake (a number for ``url``, a zone's name for
    ``default_timezone``, a zone whose ``utcoffset`` fails) is told as such rather than failing
    deep inside a parser.
    """
    if kind not in _KINDS:
        msg = f"kind must be one of {', '.join(map(repr, _KINDS))}, not {kind!r}"
        raise InvalidArgumentError(msg)
    for name, value, wanted in (
        ("url", url, str),
        ("encoding", encoding, str),
        ("default_timezone", default_timezone, dt.tzinfo),
    ):
        if value is not None and not isinstance(value, wanted):
            msg = f"{name} must be a {wanted.__name__} or None, not {type(value).__name__}"
            if wanted is dt.tzinfo:
                msg += (
                    " (a zone such as zoneinfo.ZoneInfo('Asia/Jakarta')"
                    " or datetime.timezone(datetime.timedelta(hours=7)))"
                )
            raise InvalidArgumentError(msg)
    if isinstance(default_timezone, dt.tzinfo):
        _zoned(_PROBE, default_timezone)  # (a zone that fails at any time fails here, before work)


# A time a default zone is tried on before a parse.
_PROBE = dt.datetime(2000, 1, 1, 12)  # (naive: the zone is laid over it)


def _zoned(value: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """``value`` in ``zone``; InvalidArgumentError when the zone gives no usable offset for it.

    A ``tzinfo`` of the caller's own may raise from ``utcoffset``, return something else than a
    ``timedelta`` or one of a day or more: datetime raises its own error for each wherever the
    time is compared or written out.
    """
    zoned = value.replace(tzinfo=zone)
    try:
        zoned.utcoffset()
    except Exception as exc:  # (any error of the caller's code)
        msg = (
            f"default_timezone {zone!r} gives no usable UTC offset for {value.isoformat()}: "
            f"{type(exc).__name__}: {exc}"
        )
        raise InvalidArgumentError(msg) from exc
    return zoned


def _check_size(size: int, *, unit: str = "characters") -> None:
    if size > MAX_INPUT_CHARS:
        # (Files and standard input are read one byte past the limit, no further: their size is
        # not known, only that it is over.)
        said = (
            f"{size:,} characters long, over the {MAX_INPUT_CHARS:,}"
            if unit == "characters"
            else f"more than {MAX_INPUT_CHARS:,} bytes, the most"
        )
        msg = f"the input is {said} newsparse parses; it is not a single news article"
        raise InputTooLargeError(msg)


def _with_zone(value: dt.date | None, zone: dt.tzinfo | None) -> dt.date | None:
    if zone is None or not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return value
    return _zoned(value, zone)


#: A warning of one kind (its words up to the first colon: "a photo credit names no caption") is
#: given at most this many times; past them, one warning says how many more were left out. (A
#: dump of thousands of credit lines gave a warning for each, more text than the dump. Of the 7,234
#: development dumps, one gives more than 50 of a kind: 330 bars of links left out.)
MAX_SAME_WARNINGS = 100


def _fold_repeats(warnings: tuple[str, ...]) -> tuple[str, ...]:
    """``warnings`` with each kind's past the first :data:`MAX_SAME_WARNINGS` told as a count."""
    kinds = [warning.split(":", 1)[0] for warning in warnings]
    counts: dict[str, int] = {}
    for kind in kinds:
        counts[kind] = counts.get(kind, 0) + 1
    if max(counts.values()) <= MAX_SAME_WARNINGS:
        return warnings
    seen: dict[str, int] = {}
    kept: list[str] = []
    for kind, warning in zip(kinds, warnings, strict=True):
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] <= MAX_SAME_WARNINGS:
            kept.append(warning)
    kept.extend(
        f"{kind}: {count - MAX_SAME_WARNINGS:,} more such warnings left out"
        for kind, count in counts.items()
        if count > MAX_SAME_WARNINGS
    )
    return tuple(kept)


def _finish(article: Article, options: Options, *, printable: bool = False) -> Article:
    """Apply what the caller told us that the parsers do not need to know, and clean every field.

    ``printable`` says the parser knows every paragraph printable (then they are not read again).
    """
    published = _with_zone(article.published, options.default_timezone)
    modified = _with_zone(article.modified, options.default_timezone)
    warnings = article.warnings
    if (
        isinstance(published, dt.datetime)
        and isinstance(modified, dt.datetime)
        and _aware(published) != _aware(modified)
    ):
        # Both aware or both naive, so that the two always compare: the page stated a zone for
        # one of its times, and the other is read in that zone.
        zone = published.tzinfo or modified.tzinfo
        which = "modification" if published.tzinfo else "publication"
        published, modified = published.replace(tzinfo=zone), modified.replace(tzinfo=zone)
        warnings += (f"the {which} time states no zone; it was read in the zone of the other",)
    if len(warnings) > MAX_SAME_WARNINGS:
        warnings = _fold_repeats(warnings)
    (
        title,
        authors,
        dateline,
        site_name,
        section,
        language,
        url,
        description,
        image,
        tags,
        paragraphs,
        captions,
    ) = (given := _CLEANED_FIELDS(article))
    if (
        published is article.published
        and modified is article.modified
        and warnings is article.warnings
        and (url or not options.url)
        and _nothing_to_clean(given, warnings, printable=printable)
    ):
        return article  # (nearly every article: told by one pass over all its values)
    url = url or options.url
    # (A field that is None or empty has nothing to clean: its cleaner is not called.)
    cleaned = (
        None if title is None else _clean(title),
        _cleans(authors) if authors else authors,
        None if dateline is None else _clean(dateline),
        None if site_name is None else _clean(site_name),
        None if section is None else _clean(section),
        None if language is None else _clean(language),
        None if url is None else _clean_address(url),
        None if description is None else _clean(description),
        None if image is None else _clean_address(image),
        _cleans(tags) if tags else tags,
        _cleans(paragraphs, printable=printable) if paragraphs else paragraphs,
        _clean_captions(captions) if captions else captions,
    )
    # The cleaners return the very value they were given when there is nothing to clean, as for
    # nearly every article: the article is then finished as it is.
    notes = _cleans(warnings) if warnings else warnings
    if (
        published is article.published
        and modified is article.modified
        and notes is article.warnings
        and all(map(operator.is_, cleaned, given))
    ):
        return article
    # evolve, not a new Article: a field added to the model later is kept, never dropped.
    # Any: the values differ in type from field to field, and the model's own types check them.
    fields: dict[str, Any] = dict(zip(_CLEANED_NAMES, cleaned, strict=True))
    return attrs.evolve(article, published=published, modified=modified, warnings=notes, **fields)


#: The fields :func:`_finish` cleans (but for the dates and warnings, which it may change too).
_CLEANED_NAMES = (
    "title",
    "authors",
    "dateline",
    "site_name",
    "section",
    "language",
    "url",
    "description",
    "image",
    "tags",
    "paragraphs",
    "captions",
)
_CLEANED_FIELDS = operator.attrgetter(*_CLEANED_NAMES)


def _nothing_to_clean(
    given: tuple[Any, ...], warnings: tuple[str, ...], *, printable: bool = False
) -> bool:
    """Whether :func:`_finish`'s cleaners would return every value of ``given`` as it is.

    ``given`` holds the fields :data:`_CLEANED_NAMES` names, in that order. A value comes back
    as it is when it is not empty, printable and without a space to trim: the values are checked
    together, the printable test once over them all joined (the paragraphs are left out of it
    when ``printable`` says they are known printable).
    """
    *singles, tags, paragraphs, captions = given
    authors = singles.pop(1)
    values = [value for value in singles if value is not None]
    values.extend(authors)
    values.extend(tags)
    values.extend(warnings)
    for caption in captions:
        values.append(caption.text)
        if caption.credit is not None:
            values.append(caption.credit)
        if caption.image_url is not None:
            values.append(caption.image_url)
    if not printable:
        values.extend(paragraphs)
    return (
        all(values)
        and all(paragraphs)
        and all(map(operator.is_, map(str.strip, values), values))
        and (not printable or all(map(operator.is_, map(str.strip, paragraphs), paragraphs)))
        and is_printable("".join(values))
    )


def _clean(value: str | None) -> str | None:
    """A field's value without surrogates or control characters (JSON-LD escapes can hold them).

    ``value`` itself when there is nothing to clean (``str.strip`` returns the same string).
    """
    if value is None:
        return None
    return clean_text(value).strip() or None


#: What a web address loses wherever it stands, as browsers read one (the URL standard): ASCII
#: tabs and line breaks, which a page's source wraps a long ``href`` or ``content`` with.
_ADDRESS_BREAKS = str.maketrans("", "", "\t\n\r")


def _clean_address(value: str) -> str | None:
    """A web address's field: :func:`_clean`, and no tab or line break inside (fuzz49).

    ``url=`` or a canonical link holding a line feed was given back with it in
    :attr:`Article.url <newsparse.Article.url>`.
    """
    cleaned = _clean(value)
    if cleaned is None or cleaned.isprintable():
        return cleaned
    return cleaned.translate(_ADDRESS_BREAKS) or None


def _cleans(values: tuple[str, ...], *, printable: bool = False) -> tuple[str, ...]:
    """Each of ``values`` cleaned, empty ones dropped; ``values`` itself when none changes.

    ``printable`` says every value is known printable (:meth:`str.isprintable`).
    """
    if (
        all(values)
        and (printable or is_printable("".join(values)))
        and all(map(operator.is_, map(str.strip, values), values))
    ):
        # What _clean gives each value, checked for all at once: none is empty, none holds a
        # character to clean (all are printable), none has a space to trim.
        return values
    out: list[str] = []
    changed = False
    for value in values:
        cleaned = _clean(value)
        if cleaned is not value:
            changed = True
        if cleaned:
            out.append(cleaned)
    return tuple(out) if changed else values


def _clean_captions(captions: tuple[Caption, ...]) -> tuple[Caption, ...]:
    """The captions with every field cleaned, empty ones dropped; ``captions`` when none changes."""
    out: list[Caption] = []
    changed = False
    for caption in captions:
        text = _clean(caption.text)
        if not text:
            changed = True
            continue
        credit, image_url = _clean(caption.credit), _clean(caption.image_url)
        if text is caption.text and credit is caption.credit and image_url is caption.image_url:
            out.append(caption)
        else:
            changed = True
            out.append(Caption(text=text, credit=credit, image_url=image_url))
    return tuple(out) if changed else captions


def _aware(value: dt.date | None) -> bool:
    return isinstance(value, dt.datetime) and value.tzinfo is not None
