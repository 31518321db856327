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
from newsparse.errors import NewsparseError, SourceReadError
from newsparse.model import Article

__all__ = ["WarcPage", "WarcResult", "html_records", "parse_warc", "require"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
_LOOKS_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def require() -> None:
    """Check that the ``warc`` extra is installed.

    Raises:
        ImportError: warcio is missing; the message says how to install it.
    """
    try:
        import warcio  # noqa: F401, PLC0415 - only the check
    except ImportError as exc:
        msg = "reading WARC files needs the warc extra: pip install 'newsparse[warc]'"
        raise ImportError(msg) from exc


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
        uri: The record's ``WARC-Target-URI``.
        record_id: The record's ``WARC-Record-ID``.
        result: The article, or the error parsing the record raised.
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
    path: str | os.PathLike[str], *, skipped: Counter[str] | None = None
) -> Iterator[WarcPage]:
    """Yield the HTML response records of the WARC file at ``path``, in file order.

    Args:
        path: A WARC file, gzip-compressed per record (``.warc.gz``) or not.
        skipped: When given, the records passed over are counted here by reason
            (``"request record"``, ``"HTTP status 404"``, ``"not HTML (image/png)"``...).

    Raises:
        ImportError: The ``warc`` extra is not installed.
        SourceReadError: The file cannot be read, or is not a WARC file.
    """
    require()
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - an optional extra
    from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415

    counts = skipped if skipped is not None else Counter()
    try:
        with open_input(path) as stream:
            _check_warc(stream, path)
            archive = ArchiveIterator(stream)
            for record in _records(archive):
                reason = _skip_reason(record)
                content_type = (
                    "" if reason else record.http_headers.get_header("Content-Type") or ""
                )
                # One byte past the limit is enough for parse_article to refuse the page as too large.
                body = b"" if reason else record.content_stream().read(MAX_INPUT_CHARS + 1)
                if reason is None and not _is_html(content_type, body):
                    reason = f"not HTML ({content_type.split(';')[0].strip() or 'no type'})"
                if reason is not None:
                    counts[reason] += 1
                    continue
                yield WarcPage(
                    uri=record.rec_headers.get_header("WARC-Target-URI"),
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    charset=_charset(content_type),
                    body=body,
                )
            _check_rest(stream, archive)
    except SourceReadError:
        raise  # already says which file and why (it is an OSError too: not wrapped twice)
    except (OSError, EOFError, zlib.error, ArchiveLoadFailed) as exc:
        reason = str(exc)
        reason = reason if len(reason) <= 200 else reason[:200] + "..."
        if not reason.isprintable():  # (warcio quotes the bytes of a corrupt record's first line)
            reason = repr(reason)[1:-1]
        msg = f"cannot read {os.fspath(path)!r} as a WARC file: {reason}"
        raise SourceReadError(msg) from exc


def _records(records: Iterator[Any]) -> Iterator[Any]:
    """The records of ``records``, with warcio's own failures on a malformed record as an OSError.

    warcio reads a record's headers before it checks them: a response record without a
    ``WARC-Target-URI`` (a file cut short or corrupted) raises ``AttributeError`` from inside it.
    """
    previous = None
    while True:
        try:
            record = next(records)
        except StopIteration:
            _check_whole(previous)
            return
        except (AttributeError, TypeError, ValueError, IndexError, KeyError) as exc:
            msg = f"a malformed record ({type(exc).__name__}: {exc})"
            raise OSError(msg) from exc
        _check_whole(previous)  # (read to its end by warcio on the way to this one)
        _check_headers(record)
        previous = record
        yield record


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


def _check_rest(stream: BinaryIO, archive: Any) -> None:
    """Raise an OSError when more than blank lines follow the last record warcio read.

    warcio ends its iteration quietly at a record whose headers were cut short (a file cut
    inside a record's header block), so the records after the cut would be lost without a word.
    """
    info = getattr(archive, "member_info", None)  # (offset, length) of the last record read
    end = 0 if info is None else sum(info)
    stream.seek(end)
    if stream.read(4096).strip(b"\r\n"):
        msg = f"the file holds more than warcio could read: it was cut short or is corrupt at byte {end:,}"
        raise OSError(msg)


def _check_whole(record: Any) -> None:
    """Raise an OSError when ``record``'s block ended before its ``Content-Length``.

    warcio stops quietly at the end of a file cut inside a record, so the records after the cut
    would be lost without a word.
    """
    if record is not None and getattr(record.raw_stream, "limit", 0) > 0:
        msg = "the file ends inside a record: it was cut short"
        raise OSError(msg)


def _check_warc(stream: BinaryIO, path: str | os.PathLike[str]) -> None:
    """Refuse a file that does not start with a WARC record (warcio would guess at it)."""
    head = stream.read(2)
    stream.seek(0)
    if head == b"\x1f\x8b":
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
    ``encoding``; one bad record never stops the others.

    Args:
        path: A WARC file, gzip-compressed per record (``.warc.gz``) or not.
        jobs: Worker processes, as for :func:`newsparse.parse_many` (default: this process).
        default_timezone: As for :func:`newsparse.parse_article`.
        kind: As for :func:`newsparse.parse_article`.
        skipped: When given, the records passed over are counted here by reason.

    Yields:
        One :class:`WarcResult` per HTML record.

    Raises:
        ImportError: The ``warc`` extra is not installed.
        SourceReadError: The file cannot be read, or is not a WARC file.
    """
    pages: deque[WarcPage] = deque()  # the pages in flight, oldest first: parse_many keeps order

    def sources() -> Iterator[Source]:
        for page in html_records(path, skipped=skipped):
            pages.append(page)
            yield Source(content=page.body, url=page.uri, encoding=page.charset)

    for result in parse_many(sources(), jobs=jobs, default_timezone=default_timezone, kind=kind):
        page = pages.popleft()
        yield WarcResult(uri=page.uri, record_id=page.record_id, result=result)
