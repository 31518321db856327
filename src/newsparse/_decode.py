"""Bytes to text: byte-order marks, a charset the caller knows, a declared charset, then fallbacks.

The order: a BOM wins; then UTF-8 when the bytes are valid UTF-8 (and not plain ASCII), since
pages that declare latin-1 but are UTF-8 are far more common than legacy text that happens to be
valid UTF-8; then the encoding the caller passes (an HTTP ``Content-Type``); then a
``<meta charset>`` or ``http-equiv`` declaration in the first bytes; then cp1252 for the legacy
Western pages that are most of the rest. UTF-8 with stray Windows-1252 punctuation pasted in is
mended with BeautifulSoup's ``detwingle`` before it would fall to cp1252. A declared ``latin-1`` / ``iso-8859-1`` / ``ascii`` is read as cp1252, as the WHATWG encoding
standard says. A declaration naming no known codec is ignored rather than trusted.
"""

from __future__ import annotations

import codecs
import re

from newsparse.errors import DecodeError

__all__ = ["decode", "lookup_encoding"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16-LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels that browsers map to another codec (WHATWG Encoding Standard, "legacy single-byte").
_ALIASES: dict[str, str] = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}

_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]{1,40})""", re.IGNORECASE
)


def lookup_encoding(label: str | None) -> str | None:
    """Return the Python codec name for an encoding label, or ``None`` if no codec has that name.

    Args:
        label: A charset label as found in a header or a ``<meta>`` tag.
    """
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # A page cannot really be in a UTF-16/32 codec without a BOM; such declarations are wrong.
    if info.name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return info.name


def _declared(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    return lookup_encoding(match.group(1).decode("ascii", "replace"))


def decode(data: bytes, *, encoding: str | None = None) -> str:
    """Decode ``data`` to text, never leaving a byte-order mark in the result.

    Args:
        data: The raw bytes of a page or a text dump.
        encoding: A charset the caller knows from outside (for example an HTTP header); ignored
            when it names no known codec.

    Raises:
        DecodeError: No encoding tried reads the bytes (only possible for bytes with a BOM or a
            trusted charset that they contradict, and no fallback that fits).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                msg = f"the input starts with a {codec} byte-order mark but is not valid {codec}: {exc}"
                raise DecodeError(msg) from exc
    if not data.isascii():
        # Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever a header or a
        # <meta> says: legacy text almost never forms valid multi-byte sequences by chance, and
        # pages that declare latin-1 but are UTF-8 are common.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    candidates: list[str] = []
    for label in (lookup_encoding(encoding), _declared(data)):
        if label is not None and label not in candidates:
            candidates.append(label)
    for codec in (*candidates, "utf-8"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    mixed = _detwingle(data) if not candidates or candidates == ["utf-8"] else None
    return mixed if mixed is not None else _decode_cp1252(data)


def _detwingle(data: bytes) -> str | None:
    """Read UTF-8 with Windows-1252 punctuation pasted in (smart quotes from an ad or a CMS field).

    BeautifulSoup's ``UnicodeDammit.detwingle`` re-encodes the stray cp1252 bytes as UTF-8; this is
    the one place bs4 does a job better than code of our own would.
    """
    from bs4.dammit import UnicodeDammit  # noqa: PLC0415 - imported only for these rare inputs

    try:
        return UnicodeDammit.detwingle(data).decode("utf-8")
    except UnicodeDecodeError:
        return None


# cp1252 leaves five bytes undefined; they are read as the C1 controls latin-1 gives them, so no byte
# of the input is dropped.
_CP1252_HOLES = re.compile(rb"([\x81\x8d\x8f\x90\x9d])")


def _decode_cp1252(data: bytes) -> str:
    pieces = _CP1252_HOLES.split(data)
    return "".join(
        piece.decode("latin-1") if i % 2 else piece.decode("cp1252")
        for i, piece in enumerate(pieces)
    )
