"""Articles straight from WARC files, the format web crawls are stored in (extra ``warc``).

Install with ``pip install 'newsparse[warc]'``, which brings warcio (on PyPI), the Webrecorder project's
WARC reader: pure Python (it installs wherever Python does), gzip per record or plain, and it also
writes WARC files. Reading is not where the time goes: parsing a page costs newsparse some
milliseconds, far more than reading its record.

Only ``response`` records with a 2xx HTTP status and an HTML body are parsed; every other record
is skipped and counted by reason. Each page takes the record's ``WARC-Target-URI`` as its ``url``
and the ``charset`` of its HTTP ``Content-Type`` as its ``encoding``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import re
import zlib
from collections import Counter, deque
from collections.abc import Iterator
from typing import Any, BinaryIO

import attrs

from newsparse._api import MAX_INPUT_CHARS, open_input
from newsparse._batch import Source, parse_many
from newsparse._options import Kind
from newsparse._unpack import _unpacked
from newsparse.errors import DependencyError, NewsparseError, SourceReadError
from newsparse.model import Article

__all__ = ["WarcPage", "WarcResult", "html_records", "parse_warc", "require"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
_LOOKS_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
#: The first bytes of a gzip member.
_GZIP_MAGIC = b"\x1f\x8b"


def require() -> None:
    """Check that the ``warc`` extra is installed, in a warcio whose readers newsparse can use.

    newsparse's strict readers build on warcio's own readers, some of them by names warcio keeps
    to itself (``BufferedReader._decompress``, its ``num_block_read`` and ``decompressor``,
    ``ArcWarcRecordLoader._ensure_target_uri_format``), which a later warcio may rename: without
    them every record would read as corrupt, or a page lose text without a word.

    Raises:
        DependencyError: warcio is missing, or lacks one of those names; the message names the
            version found and says how to install one that works. (An ``ImportError`` too.)
    """
    try:
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415
        from warcio.bufferedreaders import (  # noqa: PLC0415
            BufferedReader,
            ChunkedDataReader,
            DecompressingBufferedReader,
        )
        from warcio.recordloader import ArcWarcRecordLoader  # noqa: PLC0415
    except ImportError as exc:
        msg = "reading WARC files needs the warc extra: pip install 'newsparse[warc]'"
        raise DependencyError(msg) from exc
    missing = [
        f"{owner.__name__}.{name}"
        for owner, names in (
            (BufferedReader, ("_decompress", "get_supported_decompressors")),
            (ArcWarcRecordLoader, ("_ensure_target_uri_format",)),
            (ArchiveIterator, ("read_to_end",)),
        )
        for name in names
        if not callable(getattr(owner, name, None))
    ]
    try:
        reader = BufferedReader(io.BytesIO(), decomp_type="gzip")
    except Exception:  # (any failure of warcio's constructor is the same answer)
        missing.append("BufferedReader(decomp_type=...)")
    else:
        missing.extend(
            f"BufferedReader().{name}"
            for name in ("num_block_read", "decompressor")
            if not hasattr(reader, name)
        )
    missing.extend(
        f"{kind.__name__}(BufferedReader)"
        for kind in (ChunkedDataReader, DecompressingBufferedReader)
        if not issubclass(kind, BufferedReader)
    )
    if missing:
        msg = (
            f"newsparse cannot read WARC files with warcio {_installed_version('warcio')}: it lacks "
            f"{', '.join(missing)}, which newsparse's readers use; install a warcio it knows: "
            "pip install 'warcio>=1.7.4,<2'"
        )
        raise DependencyError(msg)


def _installed_version(name: str) -> str:
    """The version of the installed distribution ``name``, or ``"of an unknown version"``."""
    from importlib import metadata  # noqa: PLC0415 - only on an error's path

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "of an unknown version"


@attrs.frozen(kw_only=True)
class WarcPage:
    """One HTML response record of a WARC file.

    Attributes:
        uri: The record's ``WARC-Target-URI``.
        record_id: The record's ``WARC-Record-ID``.
        charset: The ``charset`` of the HTTP ``Content-Type``, when it names one.
        body: The HTTP body, with any chunked or compressed transfer undone.
    """

    uri: str | None
    record_id: str | None
    charset: str | None
    body: bytes = attrs.field(repr=lambda body: f"<{len(body)} bytes>")


@attrs.frozen(kw_only=True)
class WarcResult:
    """What :func:`parse_warc` gives for one HTML record.

    Attributes:
        uri: The record's ``WARC-Target-URI`` (``None`` for a corrupt record).
        record_id: The record's ``WARC-Record-ID`` (``None`` for a corrupt record).
        result: The article, or the error parsing the record raised, or for a corrupt record
            the :class:`~newsparse.errors.SourceReadError` that says where it is and why.
    """

    uri: str | None
    record_id: str | None
    result: Article | NewsparseError


def _skip_reason(record: Any) -> str | None:
    if record.rec_type != "response":
        return f"{record.rec_type} record"
    headers = record.http_headers
    if headers is None:
        return "response without HTTP headers"
    status = headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP status {status or 'missing'}"
    return None


def _charset(content_type: str) -> str | None:
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


def html_records(
    path: str | os.PathLike[str],
    *,
    skipped: Counter[str] | None = None,
    faults: list[SourceReadError] | None = None,
) -> Iterator[WarcPage]:
    """Yield the HTML response records of the WARC file at ``path``, in file order.

    A corrupt record (its header block garbled or cut, its ``Content-Length`` not where the
    record ends, its gzip member broken) is one fault: reading goes on at the next record start
    found after it (a ``WARC/1.0`` or ``WARC/1.1`` line, or in a ``.warc.gz`` the next gzip
    member that opens with one), so the records after it are read too.

    Args:
        path: A WARC file, gzip-compressed per record (``.warc.gz``) or not.
        skipped: When given, the records passed over are counted here by reason
            (``"request record"``, ``"HTTP status 404"``, ``"not HTML (image/png)"``...).
        faults: When given, each corrupt stretch is added here, as a
            :class:`~newsparse.errors.SourceReadError` that names its byte offset, as it is
            found; when not, they are raised as one :class:`~newsparse.errors.SourceReadError`
            after the last record.

    Raises:
        ImportError: The ``warc`` extra is not installed.
        SourceReadError: The file cannot be read, or is not a WARC file; or, without
            ``faults``, part of it is corrupt (raised after every readable record is given).
    """
    found: list[SourceReadError] = []
    for item in _read(path, Counter() if skipped is None else skipped):
        if isinstance(item, WarcPage):
            yield item
        elif faults is not None:
            faults.append(item)
        else:
            found.append(item)
    if len(found) == 1:
        raise found[0]
    if found:
        msg = f"{found[0]} (and {len(found) - 1:,} more corrupt records after it)"
        raise SourceReadError(msg)


#: The corrupt records of one file told before the rest of it is given up: each costs a search
#: for the next record start and up to :data:`MAX_HEADER_BYTES` of header lines read, so a file
#: made of made-up record starts is not read from each of them.
MAX_FAULTS = 100

#: The longest header block of a record (a plain file's; the longest seen in practice are a few
#: kilobytes): a record start with no blank line within this many bytes is corrupt. warcio reads
#: header lines until a blank one, so without a bound each of many made-up record starts in a row
#: would be read to the end of the file.
MAX_HEADER_BYTES = 65_536

#: How far into a file that does not open with a WARC record its first record start is looked
#: for (past a first record garbled at its start): a file of another kind passed as a WARC file
#: is not read to its end for one.
MAX_FIRST_RECORD_BYTES = 64 << 20

#: What warcio raises on a malformed record (beside its own ``ArchiveLoadFailed``): it reads a
#: record's headers before it checks them, so a garbled header block fails inside it.
_WARCIO_FAILURES = (AttributeError, TypeError, ValueError, IndexError, KeyError)


def _read(
    path: str | os.PathLike[str], counts: Counter[str]
) -> Iterator[WarcPage | SourceReadError]:
    """The HTML pages of the WARC file at ``path`` and its corrupt stretches, in file order."""
    require()
    from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415 - an optional extra

    name = os.fspath(path)
    try:
        stream = open_input(path)
    except (OSError, ValueError) as exc:
        msg = f"cannot read {name!r} as a WARC file: {_said(exc)}"
        raise SourceReadError(msg) from exc
    with stream:
        start: int | None = 0
        told = 0
        try:
            gz = _check_warc(stream, path)
        except (OSError, EOFError, zlib.error) as exc:
            error = (
                exc
                if isinstance(exc, SourceReadError)
                else SourceReadError(f"cannot read {name!r} as a WARC file: {_said(exc)}")
            )
            # A first record whose first bytes are garbled (its gzip member broken) was the
            # whole file's error, the records after it lost (fuzz47): read on from the first
            # record start found near the start, as after any corrupt record.
            stream.seek(0)
            gz = stream.read(2) == _GZIP_MAGIC
            start = _next_start(stream, 1, gz=gz, before=MAX_FIRST_RECORD_BYTES)
            if start is None:
                raise error from exc
            told = 1
            yield SourceReadError(
                f"{error}; read on from the first record start found, at byte {start:,}"
            )
        while start is not None:
            at = [start]  # where the record being read starts
            try:
                yield from _pages(stream, at, counts, gz=gz)
            except (OSError, EOFError, zlib.error, ArchiveLoadFailed, *_WARCIO_FAILURES) as exc:
                reason = _said(exc)
            else:
                return
            told += 1
            start = None if told == MAX_FAULTS else _next_start(stream, at[0] + 1, gz=gz)
            if told == MAX_FAULTS:
                after = f"the {told:,}th corrupt record, so the rest of the file is not read"
            elif start is None:
                after = "no record start after it, so nothing more was read"
            else:
                after = f"read on from the next record start found, at byte {start:,}"
            yield SourceReadError(
                f"cannot read {name!r} as a WARC file at byte {at[0]:,}: {reason}; {after}"
            )


def _said(exc: BaseException) -> str:
    """``exc``'s message, at most 200 characters and printable."""
    reason = str(exc) or type(exc).__name__
    if isinstance(exc, _WARCIO_FAILURES) and not isinstance(exc, OSError):
        reason = f"a malformed record ({type(exc).__name__}: {exc})"
    reason = reason if len(reason) <= 200 else reason[:200] + "..."
    if not reason.isprintable():  # (warcio quotes the bytes of a corrupt record's first line)
        reason = repr(reason)[1:-1]
    return reason


def _pages(
    stream: BinaryIO, at: list[int], counts: Counter[str], *, gz: bool
) -> Iterator[WarcPage]:
    """The HTML pages of ``stream`` from the record at ``at[0]`` on, to the end or a fault.

    ``at[0]`` is kept at the start of the record being read, for the caller to say where a
    fault is. Each record is read to its end (with the blank lines after it) before its page is
    given, so a record that does not end where its ``Content-Length`` says is its own fault.
    """
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - an optional extra

    readers = _StrictReaders()

    class Archive(ArchiveIterator):  # type: ignore[misc]
        INC_RECORD = ""  # (warcio's warning on stderr: the fault is told here instead)

        def __init__(self, fileobj: BinaryIO) -> None:
            super().__init__(fileobj)
            # warcio reads a .warc.gz with a reader that writes a broken member's error on
            # stderr and reads on as if the member had ended; this one raises it.
            self.reader = readers.decompressing(self.fh)
            self.loader = readers.loader()

    size = stream.seek(0, io.SEEK_END)
    stream.seek(at[0])
    archive = Archive(stream)
    while True:
        if not gz:
            _check_head(stream, at[0])
        record = next(archive, None)
        if record is None:
            break
        _check_headers(record)
        if not gz:
            _check_end(stream, archive, record, size)
        reason = _skip_reason(record)
        content_type = "" if reason else record.http_headers.get_header("Content-Type") or ""
        # One byte past the limit is enough for parse_article to refuse the page as too large.
        body = b"" if reason else readers.body(record, MAX_INPUT_CHARS + 1)
        archive.read_to_end()  # (the rest of the record and the blank lines after it)
        _check_whole(record)
        if archive.err_count:
            msg = (
                "the record does not end where its Content-Length says (the next record does "
                "not start there)"
            )
            raise OSError(msg)
        if reason is None and not _is_html(content_type, body):
            reason = f"not HTML ({content_type.split(';')[0].strip() or 'no type'})"
        # The next record's start. (warcio's count, which in a gzip member that does not end
        # where the record does can fall behind: never before this record, which is given.)
        at[0] = max(archive.offset, at[0] + 1)
        if reason is not None:
            counts[reason] += 1
            continue
        yield WarcPage(
            uri=record.rec_headers.get_header("WARC-Target-URI"),
            record_id=record.rec_headers.get_header("WARC-Record-ID"),
            charset=_charset(content_type),
            body=body,
        )
    _check_rest(stream, at)


class _StrictReaders:
    """warcio's readers, made to raise where warcio writes to stderr and reads on.

    warcio writes a decompression error after the first block (a record's HTTP body in gzip,
    deflate or brotli, or a ``.warc.gz`` member, corrupt) to stderr and ends the data there, so
    a page was given cut short or garbled with no warning a caller could see, and a library
    wrote to the process's stderr; a body cut short in its compressed stream was given without
    a word. Here both raise an OSError, a fault of the record. The loader percent-encodes the
    spaces of a ``WARC-Target-URI`` as warcio's does, without logging a warning (which, with no
    logging set up, Python prints to stderr): the address is the same.
    """

    def __init__(self) -> None:
        from warcio.bufferedreaders import (  # noqa: PLC0415 - an optional extra
            BufferedReader,
            ChunkedDataReader,
            DecompressingBufferedReader,
        )
        from warcio.recordloader import ArcWarcRecordLoader  # noqa: PLC0415

        def strict(reader: Any, data: bytes) -> bytes:
            decompressor = reader.decompressor
            if decompressor is None or not data or reader.num_block_read == 0:
                # (The first block: warcio reads a stream that does not decompress as plain,
                # as from a server that says gzip and sends none; never an error on stderr.)
                return bytes(BufferedReader._decompress(reader, data))
            try:
                return bytes(decompressor.decompress(data))
            except Exception as exc:  # (zlib.error, or brotli's error when it is installed)
                msg = f"a compressed stream in the record is corrupt ({_said(exc)})"
                raise OSError(msg) from exc

        class Plain(BufferedReader):  # type: ignore[misc]
            _decompress = strict

        class Chunked(ChunkedDataReader):  # type: ignore[misc]
            _decompress = strict

        class Decompressing(DecompressingBufferedReader):  # type: ignore[misc]
            _decompress = strict

        class Loader(ArcWarcRecordLoader):  # type: ignore[misc]
            def _ensure_target_uri_format(self, rec_headers: Any) -> str | None:
                uri: str | None = rec_headers.get_header("WARC-Target-URI")
                if uri is not None and uri.startswith("<") and uri.endswith(">"):
                    uri = uri[1:-1]  # (the form WARC 1.0 printed)
                    rec_headers.replace_header("WARC-Target-URI", uri)
                if uri is not None and " " in uri:
                    uri = uri.replace(" ", "%20")
                    rec_headers.replace_header("WARC-Target-URI", uri)
                return uri

        self._plain = Plain
        self._chunked = Chunked
        self._decompressing = Decompressing
        self._loader = Loader
        self._supported = frozenset(BufferedReader.get_supported_decompressors())

    def decompressing(self, stream: BinaryIO) -> Any:
        """The reader of a WARC file (gzip members, or plain when it does not decompress)."""
        return self._decompressing(stream)

    def loader(self) -> Any:
        """The record loader, with warcio's defaults for an archive iterator."""
        return self._loader(verify_http=False, arc2warc=False)

    def body(self, record: Any, limit: int) -> bytes:
        """``record``'s HTTP body, at most ``limit`` bytes, its transfer coding undone.

        Raises:
            OSError: The body is in a compressed coding and corrupt or cut short.
        """
        headers = record.http_headers
        coding = (headers.get_header("Content-Encoding") or "").strip().lower()
        coding = coding if coding in self._supported else ""
        if headers.get_header("Transfer-Encoding") == "chunked":
            reader = self._chunked(record.raw_stream, decomp_type=coding or None)
        elif coding:
            reader = self._plain(record.raw_stream, decomp_type=coding)
        else:
            return bytes(record.raw_stream.read(limit))
        body = bytes(reader.read(limit))
        decompressor = reader.decompressor
        if len(body) < limit and decompressor is not None and not _ended(decompressor):
            msg = f"the record's HTTP body ({coding}) ends before its compressed stream does"
            raise OSError(msg)
        if (
            coding == "gzip"
            and len(body) < limit
            and decompressor is not None
            and decompressor.unused_data[:2] == _GZIP_MAGIC
        ):
            # A gzip body of more than one member (RFC 1952 allows it; a server compressing a
            # page in pieces sends it) was read to the end of its first, the rest of the page
            # lost without a word (fuzz48). warcio reads no further than a member's end: the
            # rest of the body is read as it stands (still de-chunked) and its members
            # decompressed here. Bytes after a member that open none (padding) end the body.
            rest = decompressor.unused_data
            reader.decompressor = None
            rest += reader.read(limit)
            body = _gzip_members(body, rest, limit)
        return body


def _gzip_members(body: bytes, rest: bytes, limit: int) -> bytes:
    """``body`` and the data of the gzip members ``rest`` opens with, at most ``limit`` bytes.

    Read as a gzip input is (:func:`newsparse._unpack.unpack_with_notes`: members by the
    thousand in linear time; padding or other bytes after the last member end it).

    Raises:
        OSError: A member is corrupt or cut short, or the members hold more than ``limit``.
    """
    try:
        data, _ = _unpacked(rest, "gzip", limit - len(body))
    except NewsparseError as exc:  # (DecodeError, InputTooLargeError)
        msg = f"the record's HTTP body is gzip in more than one member, and {exc}"
        raise OSError(msg) from exc
    return body + data


def _ended(decompressor: Any) -> bool:
    """Whether a zlib (or brotli) decompressor has read its stream's end."""
    eof = getattr(decompressor, "eof", None)
    if eof is None:
        finished = getattr(decompressor, "is_finished", None)
        return True if finished is None else bool(finished())
    return bool(eof)


def _next_start(
    stream: BinaryIO, position: int, *, gz: bool, before: int | None = None
) -> int | None:
    """The offset of the first record start at or after ``position``, or ``None``.

    ``before``, when given, bounds the search: a start at or past it is not looked for.

    In a plain file a record starts at ``WARC/1.0`` or ``WARC/1.1`` and a line break (not
    only at the start of a line: a record cut short runs straight into the next); in a ``.warc.gz``
    at a gzip member whose first bytes decompress to ``WARC/``. One pass over the rest of the
    file, read a block at a time.
    """
    mark = b"\x1f\x8b\x08" if gz else b"WARC/1."
    block = 4096  # (doubled at each read, to 1 MiB: a record start near the fault reads little)
    stream.seek(position)
    base = stream.tell()
    data = stream.read(block)
    found = 0
    while True:
        hit = data.find(mark, found)
        if hit < 0:
            if len(data) < len(mark) or (before is not None and base + len(data) >= before):
                return None
            base += len(data) - len(mark) + 1
            block = min(2 * block, 1 << 20)
            data = data[-len(mark) + 1 :] + stream.read(block)
            found = 0
            continue
        found = hit + 1
        start = base + hit
        if before is not None and start >= before:
            return None
        if _opens_record(stream, start, gz=gz):
            return start


_RECORD_LINE = re.compile(rb"WARC/1\.[01]\r?\n")


def _opens_record(stream: BinaryIO, start: int, *, gz: bool) -> bool:
    here = stream.tell()
    stream.seek(start)
    head = stream.read(4096)
    stream.seek(here)
    if gz:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
    return _RECORD_LINE.match(head) is not None


#: The WARC headers a record states once (WARC 1.1, section 5): two mean two records' header
#: blocks run together.
_ONCE = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")


def _check_headers(record: Any) -> None:
    """Raise an OSError when ``record``'s header block is two records' or no record's.

    A record cut inside its header block runs on into the next record's headers (warcio reads
    both as one block, and gives the next record's page under this record's address, the next
    record lost); in a gzip member cut short, the rest of the file is read as garbled headers
    with no ``Content-Length``, and the records after it were passed over as "not HTML".
    """
    names = [name.lower() for name, _ in record.rec_headers.headers]
    if "content-length" not in names:
        problem = "no Content-Length"
    elif (twice := next((n for n in _ONCE if names.count(n.lower()) > 1), None)) is not None:
        problem = f"two {twice} headers"
    else:
        return
    msg = f"a record with {problem}: the file is corrupt there (a record cut short or run together)"
    raise OSError(msg)


def _check_rest(stream: BinaryIO, at: list[int]) -> None:
    """Raise an OSError when more than blank lines follow the last record warcio read.

    warcio ends its iteration quietly at a record whose headers were cut short (a file cut
    inside a record's header block), so the records after the cut would be lost without a word.
    ``at[0]`` is where the last record read ends.
    """
    end = at[0]
    stream.seek(end)
    if stream.read(4096).strip(b"\r\n"):
        msg = f"the file holds more than warcio could read: it was cut short or is corrupt at byte {end:,}"
        raise OSError(msg)


def _check_head(stream: BinaryIO, start: int) -> None:
    """Raise an OSError when a blank line does not end the header block at ``start`` in time."""
    here = stream.tell()
    stream.seek(start)
    head = stream.read(4096)
    if b"\n\r\n" not in head and b"\n\n" not in head and len(head) == 4096:
        head += stream.read(MAX_HEADER_BYTES - 4096 + 3)
        if b"\n\r\n" not in head and b"\n\n" not in head and len(head) > MAX_HEADER_BYTES:
            stream.seek(here)
            msg = f"a record whose header block runs past {MAX_HEADER_BYTES:,} bytes"
            raise OSError(msg)
    stream.seek(here)


def _check_end(stream: BinaryIO, archive: Any, record: Any, size: int) -> None:
    """Raise an OSError when a plain record's ``Content-Length`` does not end at a line break.

    Looked at before the block is read: a record whose length runs past the end of the file or
    into the next record is not read to its stated end (a file of many such made-up records
    would be read to its end from each).
    """
    here = stream.tell()
    end = here - archive.reader.rem_length() + record.raw_stream.limit
    if end > size:
        msg = "the file ends before the record's Content-Length: it was cut short (or the length is wrong)"
        raise OSError(msg)
    stream.seek(end)
    after = stream.read(2)
    stream.seek(here)
    if after not in {b"", b"\r\n"} and after[:1] != b"\n":
        msg = (
            "the record does not end where its Content-Length says (no line break follows it there)"
        )
        raise OSError(msg)


def _check_whole(record: Any) -> None:
    """Raise an OSError when ``record``'s block ended before its ``Content-Length``.

    warcio stops quietly at the end of a file cut inside a record, so the records after the cut
    would be lost without a word.
    """
    if record is not None and getattr(record.raw_stream, "limit", 0) > 0:
        msg = "the file ends before the record's Content-Length: it was cut short (or the length is wrong)"
        raise OSError(msg)


def _check_warc(stream: BinaryIO, path: str | os.PathLike[str]) -> bool:
    """Refuse a file that does not start with a WARC record (warcio would guess at it).

    Returns:
        Whether the file is gzip-compressed.
    """
    gz = stream.read(2) == _GZIP_MAGIC
    stream.seek(0)
    if gz:
        with gzip.GzipFile(fileobj=stream) as member:
            head = member.read(5)
    else:
        head = stream.read(5)
    stream.seek(0)
    if head != b"WARC/":
        msg = (
            f"cannot read {os.fspath(path)!r} as a WARC file: it does not start with a WARC record"
        )
        raise SourceReadError(msg)
    return gz


def _is_html(content_type: str, body: bytes) -> bool:
    kind = content_type.split(";", maxsplit=1)[0].strip().lower()
    if kind:
        return kind in _HTML_TYPES
    return bool(_LOOKS_HTML.search(body[:1024]))  # no declared type: look at the body


def parse_warc(
    path: str | os.PathLike[str],
    *,
    jobs: int | None = 1,
    default_timezone: dt.tzinfo | None = None,
    kind: Kind = "auto",
    skipped: Counter[str] | None = None,
) -> Iterator[WarcResult]:
    """Parse every HTML response record of a WARC file, in file order.

    Each record is parsed with its ``WARC-Target-URI`` as ``url`` and its HTTP charset as
    ``encoding``; one bad record never stops the others. A corrupt record (see
    :func:`html_records`) is given in its place as a :class:`WarcResult` whose ``result`` is a
    :class:`~newsparse.errors.SourceReadError` naming its byte offset (its ``uri`` and
    ``record_id`` are ``None``: they cannot be trusted), and the records after it are read.

    Args:
        path: A WARC file, gzip-compressed per record (``.warc.gz``) or not.
        jobs: Worker processes, as for :func:`newsparse.parse_many` (default: this process).
        default_timezone: As for :func:`newsparse.parse_article`.
        kind: As for :func:`newsparse.parse_article`.
        skipped: When given, the records passed over are counted here by reason.

    Yields:
        One :class:`WarcResult` per HTML record, and one per corrupt record.

    Raises:
        ImportError: The ``warc`` extra is not installed.
        SourceReadError: The file cannot be read, or is not a WARC file.
    """
    # The pages in flight and the faults between them, oldest first (parse_many keeps order).
    pages: deque[WarcPage | SourceReadError] = deque()
    faults: list[SourceReadError] = []

    def sources() -> Iterator[Source]:
        for page in html_records(path, skipped=skipped, faults=faults):
            pages.extend(faults)  # (found before this page)
            faults.clear()
            pages.append(page)
            yield Source(content=page.body, url=page.uri, encoding=page.charset)
        pages.extend(faults)

    def faults_first() -> Iterator[WarcResult]:
        while pages and isinstance(fault := pages[0], SourceReadError):
            pages.popleft()
            yield WarcResult(uri=None, record_id=None, result=fault)

    for result in parse_many(sources(), jobs=jobs, default_timezone=default_timezone, kind=kind):
        yield from faults_first()
        page = pages.popleft()
        assert isinstance(page, WarcPage)  # (faults_first took the faults before it)
        yield WarcResult(uri=page.uri, record_id=page.record_id, result=result)
    yield from faults_first()
