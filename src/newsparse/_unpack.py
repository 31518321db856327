"""Compressed input: gzip, bzip2 and xz, recognised by their magic bytes and unpacked with a bound.

Crawls and scrapers store pages compressed (``page.html.gz``), and a file's name is no guide to its
content, so the first bytes decide. The output is bounded by ``limit``: a small file that unpacks to
more than a news article could hold (a "decompression bomb") is refused as too large, without ever
holding more than ``limit`` bytes of it in memory.

Zip archives are not unpacked: a zip is a folder of files, not one compressed page, and picking one of
its members would be a guess.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from typing import Protocol

import attrs

from newsparse.errors import DecodeError, InputTooLargeError

__all__ = ["Unpacked", "compression", "unpack", "unpack_with_notes"]

# gzip: ID1 ID2 and CM=8 (deflate), the only method RFC 1952 defines.
_GZIP = b"\x1f\x8b\x08"
_XZ = b"\xfd7zXZ\x00"
# bzip2: "BZh", the block size 1-9, then the magic of the first block (pi) or of the end of stream
# (sqrt pi), so a text dump that starts with "BZh" is not mistaken for one.
_BZIP2 = re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)")
_CHUNK = 1 << 16
# The first piece of a stream fed to its decompressor (see _unpacked).
_FIRST_FEED = 256
# The most layers of compression unpacked, one in another (a body compressed twice, by a
# server and again by a crawler's store, is two). Each layer's output is bounded by the limit;
# the count bounds the work (a gzip file can unpack to itself).
_MAX_LAYERS = 3


class _Decompressor(Protocol):
    @property
    def eof(self) -> bool: ...

    @property
    def unused_data(self) -> bytes: ...

    def decompress(self, data: bytes | memoryview, max_length: int = -1, /) -> bytes: ...


def _gzip() -> _Decompressor:
    return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)


def _formats() -> dict[str, Callable[[], _Decompressor]]:
    # bz2 and lzma load their C libraries: only for a compressed input, not at import.
    import bz2  # noqa: PLC0415
    import lzma  # noqa: PLC0415

    return {"gzip": _gzip, "bzip2": bz2.BZ2Decompressor, "xz": lzma.LZMADecompressor}


def compression(data: bytes) -> str | None:
    """Return ``"gzip"``, ``"bzip2"`` or ``"xz"`` when ``data`` starts like one, else ``None``."""
    if data.startswith(_GZIP):
        return "gzip"
    if data.startswith(_XZ):
        return "xz"
    if _BZIP2.match(data):
        return "bzip2"
    return None


@attrs.frozen
class Unpacked:
    """Unpacked bytes, and what was left out of them.

    Attributes:
        data: The input, decompressed when it was compressed.
        notes: Warnings for :attr:`Article.warnings <newsparse.Article.warnings>`: bytes after
            the last compressed stream that were not unpacked.
    """

    data: bytes
    notes: tuple[str, ...] = ()


def unpack(data: bytes, *, limit: int) -> bytes:
    """Return ``data`` decompressed when it is gzip, bzip2 or xz, else ``data`` itself.

    Concatenated streams (``cat a.gz b.gz``) are read whole, as ``gunzip`` reads them.

    Args:
        data: The raw input.
        limit: The most bytes the unpacked input may hold.

    Raises:
        InputTooLargeError: The unpacked input would hold more than ``limit`` bytes.
        DecodeError: The input starts like a compressed stream but is corrupt or cut short.
    """
    return unpack_with_notes(data, limit=limit).data


def unpack_with_notes(data: bytes, *, limit: int) -> Unpacked:
    """Unpack ``data`` as :func:`unpack` does, and say when bytes after the last stream were left.

    Zero bytes there are padding (tape blocks, xz's stream padding) and are dropped without a
    word, as ``gunzip`` drops them; any other bytes (a page appended to the file, a stream of
    another format) are left out with a note, where ``gunzip`` warns of "trailing garbage".

    Unpacked bytes that are themselves compressed (a body gzipped twice: by a server that
    compresses what its application compressed already, or a store that gzips what it fetched
    gzipped) are unpacked again, each layer within ``limit``, with a note; past
    :data:`_MAX_LAYERS` layers the input is refused.

    Raises:
        InputTooLargeError: The unpacked input would hold more than ``limit`` bytes.
        DecodeError: The input starts like a compressed stream but is corrupt or cut short,
            or is compressed more than :data:`_MAX_LAYERS` times over.
    """
    kinds: list[str] = []
    notes: tuple[str, ...] = ()
    while (kind := compression(data)) is not None:
        if len(kinds) == _MAX_LAYERS:
            msg = (
                f"the input is compressed more than {_MAX_LAYERS} times over "
                f"({' in '.join(reversed(kinds))}, then {kind} again); it is no news article"
            )
            raise DecodeError(msg)
        out, rest = _unpacked(data, kind, limit)
        if rest.strip(b"\0"):
            other = compression(rest)
            what = (
                f"a {other} stream" if other is not None else "bytes that are no compressed stream"
            )
            notes += (
                f"the {kind} input ends with {len(rest):,} bytes after its last stream ({what}); "
                "they were left out",
            )
        kinds.append(kind)
        data = bytes(out)
    if len(kinds) > 1:
        layers = " in ".join(reversed(kinds))
        notes += (
            f"the input was compressed {len(kinds)} times over ({layers}), as some servers and "
            "tools do to a body compressed already; each layer was unpacked",
        )
    return Unpacked(data, notes)


def _unpacked(data: bytes, kind: str, limit: int) -> tuple[bytearray, bytes]:
    """The streams of ``kind`` at the start of ``data`` unpacked, and the bytes after them.

    The input is fed in pieces, small at each stream's start and doubling: a decompressor hands
    back what it was given past its stream's end as a copy, so feeding it all that is left made
    a file of thousands of tiny streams (``cat`` of empty ones) quadratic.
    """
    import lzma  # noqa: PLC0415 - see _formats

    make = _formats()[kind]
    view = memoryview(data)
    out = bytearray()
    pos = 0  # the first byte not yet given to a decompressor
    try:
        while True:
            engine = make()
            # zlib hands back the input it did not get to; bz2 and lzma keep it themselves.
            tail: bytes | memoryview = b""
            size = _FIRST_FEED
            stalled = 0
            while not engine.eof:
                feed = tail
                if not feed and getattr(engine, "needs_input", True) and pos < len(view):
                    feed = view[pos : pos + size]
                    pos += len(feed)
                    size = min(2 * size, _CHUNK)
                # At most one byte past the limit is ever produced: enough to know it is over.
                piece = engine.decompress(feed, min(_CHUNK, limit + 1 - len(out)))
                tail = getattr(engine, "unconsumed_tail", b"")
                out += piece
                if len(out) > limit:
                    msg = (
                        f"the {kind} input unpacks to more than {limit:,} bytes, over what "
                        "newsparse parses; it is not a single news article"
                    )
                    raise InputTooLargeError(msg)
                stalled = 0 if piece or feed else stalled + 1
                if stalled > 1:
                    msg = f"the input is {kind}-compressed but cut short; unpack it and check it"
                    raise DecodeError(msg)
            # (At the end, all that was given past it is in unused_data; zlib may still show
            # some of it as unconsumed_tail too.)
            pos -= len(engine.unused_data)
            if pos >= len(view) or compression(bytes(view[pos : pos + 16])) != kind:
                break  # bytes after the last stream (see unpack_with_notes)
    except (zlib.error, OSError, EOFError, lzma.LZMAError) as exc:
        msg = f"the input is {kind}-compressed but corrupt ({exc}); unpack it and check it"
        raise DecodeError(msg) from exc
    return out, bytes(view[pos:])
