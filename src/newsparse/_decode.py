"""Bytes to text: byte-order marks, a charset the caller knows, a declared charset, then fallbacks.

The order: a BOM wins; then UTF-8 when the bytes are valid UTF-8 (and not plain ASCII), since
pages that declare latin-1 but are UTF-8 are far more common than legacy text that happens to be
valid UTF-8; then the encoding the caller passes (an HTTP ``Content-Type``); then a
``<meta charset>`` or ``http-equiv`` declaration in the first bytes; then cp1252 for the legacy
Western pages that are most of the rest. UTF-8 with stray Windows-1252 punctuation pasted in is
mended with BeautifulSoup's ``detwingle`` before it would fall to cp1252. A declared ``latin-1`` / ``iso-8859-1`` / ``ascii`` is read as cp1252, as the WHATWG encoding
standard says. A declaration naming no known codec, or a codec that is not a text encoding
(``base64``, ``zlib``, ``rot13``) or not a page encoding (``undefined``, ``punycode``, ``utf-7``), is
ignored rather than trusted.

Bytes that start with the signature of a binary format (an executable, an image, a PDF, an archive)
or that are mostly control bytes are refused with :class:`~newsparse.errors.BinaryInputError`
before any decoding (but for text with a UTF-16 fragment pasted in, whose lone NULs are left
out, with a note, as browsers drop them). Compressed data (gzip, bzip2, xz, zstd) is recognised by
:func:`compression_of` for a caller that decompresses first.

An undeclared page that is neither UTF-8 nor plausible cp1252 (Cyrillic or Japanese bytes read as
cp1252 give runs of accented letters no Western language writes) is handed to charset-normalizer
when it is installed (the ``charset`` extra); either way the result carries a note saying the
encoding was guessed, so mojibake is never silent.

:func:`clean_text` is the second half of the policy: it runs on every text that enters (decoded
bytes, a ``str`` page, values decoded from JSON-LD) and replaces surrogates and Unicode
noncharacters with U+FFFD and removes control characters other than tab and line breaks.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable

from newsparse.errors import BinaryInputError, DecodeError

__all__ = [
    "Decoded",
    "binary_format_of",
    "byte_marks",
    "clean_text",
    "clean_text_utf8",
    "compression_of",
    "decode",
    "decode_with_notes",
    "is_printable",
    "latin1_holds_none",
    "lookup_encoding",
]

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
    # Labels of the same standard that Python's codec registry does not know (a page declaring
    # one of them was read as undeclared, with a guess and a warning): forms written without
    # hyphens, with an ``x-`` or ``cs`` prefix, and vendors' names.
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "iso88591": "cp1252",
    "x-cp1252": "cp1252",
    "iso88599": "cp1254",
    "iso885911": "cp874",
    "dos-874": "cp874",
    "windows-874": "cp874",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "x-cp1253": "cp1253",
    "x-cp1254": "cp1254",
    "x-cp1255": "cp1255",
    "x-cp1256": "cp1256",
    "x-cp1257": "cp1257",
    "x-cp1258": "cp1258",
    "iso88592": "iso8859-2",
    "iso88593": "iso8859-3",
    "iso88594": "iso8859-4",
    "iso88595": "iso8859-5",
    "iso88596": "iso8859-6",
    "iso-8859-6-e": "iso8859-6",
    "iso-8859-6-i": "iso8859-6",
    "csiso88596e": "iso8859-6",
    "csiso88596i": "iso8859-6",
    "iso88597": "iso8859-7",
    "sun_eu_greek": "iso8859-7",
    "iso88598": "iso8859-8",
    "iso-8859-8-e": "iso8859-8",
    "iso-8859-8-i": "iso8859-8",
    "csiso88598e": "iso8859-8",
    "csiso88598i": "iso8859-8",
    "visual": "iso8859-8",
    "logical": "iso8859-8",
    "iso885910": "iso8859-10",
    "iso885913": "iso8859-13",
    "iso885914": "iso8859-14",
    "iso885915": "iso8859-15",
    "csisolatin9": "iso8859-15",
    "koi": "koi8-r",
    "koi8": "koi8-r",
    "koi8-ru": "koi8-u",
    "mac": "mac-roman",
    "csmacintosh": "mac-roman",
    "x-mac-roman": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "csgb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    "cn-big5": "big5",
    "x-x-big5": "big5",
    "x-euc-jp": "euc_jp",
    "cseucpkdfmtjapanese": "euc_jp",
    "windows-31j": "cp932",
    "cseuckr": "euc_kr",
    "csksc56011987": "euc_kr",
    "iso-ir-149": "euc_kr",
    "ks_c_5601-1989": "euc_kr",
    "ksc_5601": "euc_kr",
    "windows-949": "cp949",
}

# Text codecs that are no page's encoding: reading a page with them either fails outright
# (``undefined``), turns markup into something else (``punycode``, the escape codecs) or is an
# injection vector that browsers refuse (``utf-7``).
_NOT_PAGE_CODECS = frozenset(
    {
        "undefined",
        "punycode",
        "idna",
        "unicode-escape",
        "raw-unicode-escape",
        "utf-7",
        "utf-8-sig",  # a declared BOM-codec: the BOM itself was handled already
    }
)

# Signatures of binary formats that are never a page (from each format's specification). Only
# signatures that no text starts with are listed: "MZ", "BM" or "ID3" may open a text dump, and
# those files are caught by their control bytes instead.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "an ELF executable"),
    (b"\xfe\xed\xfa\xce", "a Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", "a Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or universal binary"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
    (b"\x00\x01\x00\x00\x00", "a TrueType font"),
)
# Every signature above, for one test of the start (the loop finds which only on a hit).
_BINARY_STARTS = tuple(magic for magic, _ in _BINARY_MAGIC)
# RIFF containers: the kind is at offset 8.
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

_COMPRESSION_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)

# Bytes that no text holds: C0 controls other than tab, line feed, form feed, carriage return and
# ESC (which ISO-2022 encodings use).
# (Counted by deleting them with bytes.translate, which costs less than a regex search.)
_CONTROL_BYTES = bytes((*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)))
# A start of the input with more of those than this share is not text.
_MAX_CONTROL_SHARE = 0.1
# Random-looking bytes (encrypted or compressed data with no signature newsparse knows) hold about
# a tenth of control bytes, so half of them pass the share above: they are told by a smaller share
# of control bytes together with many bytes past ASCII that are not UTF-8 (text in a legacy charset
# has the second but hardly a control byte; text with stray control bytes is mostly ASCII or UTF-8).
_NOISE_CONTROL_SHARE = 0.03
_NOISE_HIGH_SHARE = 0.25
_HIGH_BYTES = bytes(range(0x80, 0x100))

_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]{1,40})""", re.IGNORECASE
)
#: The XML declaration that opens an XHTML page: ``<?xml version="1.0" encoding="koi8-r"?>``.
_XML_ENCODING = re.compile(
    rb"""\s{0,64}<\?xml\s[^>]{0,200}?\bencoding\s*=\s*["']([a-zA-Z0-9_:.+-]{1,40})["']""",
    re.IGNORECASE,
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
    except (LookupError, ValueError):  # ValueError: a NUL or a lone surrogate in the name
        return None
    # Only text codecs read a page: base64, zlib, rot13 and kin transform bytes to bytes.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CODECS:
        return None
    # A page cannot really be in a UTF-16/32 codec without a BOM; such declarations are wrong.
    if info.name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return info.name


def _declared(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        # An XHTML page's XML declaration, when no <meta> names a charset: it was told
        # "declares no encoding" and read as cp1252 (audit33).
        match = _XML_ENCODING.match(data)
        if match is None:
            return None
    codec = lookup_encoding(match.group(1).decode("ascii", "replace"))
    # The declaration was read as ASCII: a charset that does not read it so (EBCDIC's cp037,
    # cp500) cannot be the page's, whose every letter it turned into another.
    if codec is None or _ASCII_DECLARATION.decode(codec, "replace") != _ASCII_DECLARATION_TEXT:
        return None
    return codec


_ASCII_DECLARATION = b'<meta charset="x-name_1.2:3">'
_ASCII_DECLARATION_TEXT = _ASCII_DECLARATION.decode("ascii")


class Decoded:
    """Decoded text and what the decoder had to guess.

    Attributes:
        text: The text, not yet cleaned (see :func:`clean_text`).
        notes: Sentences for :attr:`~newsparse.model.Article.warnings` (a guessed encoding).
        utf8: The bytes ``text`` was decoded from when they are its exact UTF-8 form, else
            ``None``; :func:`clean_text` checks them instead of encoding ``text`` again.
    """

    __slots__ = ("notes", "text", "utf8")

    def __init__(
        self, text: str, notes: tuple[str, ...] = (), *, utf8: bytes | None = None
    ) -> None:
        self.text = text
        self.notes = notes
        self.utf8 = utf8


def decode(data: bytes, *, encoding: str | None = None) -> str:
    """Decode ``data`` to text, never leaving a byte-order mark in the result.

    Args:
        data: The raw bytes of a page or a text dump.
        encoding: A charset the caller knows from outside (for example an HTTP header); ignored
            when it names no known text codec.

    Raises:
        BinaryInputError: The bytes are an executable, an image, a document or an archive, or
            mostly control bytes.
        DecodeError: No encoding tried reads the bytes (only possible for bytes with a BOM or a
            trusted charset that they contradict, and no fallback that fits).
    """
    return decode_with_notes(data, encoding=encoding).text


def decode_with_notes(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode ``data`` as :func:`decode` does, and say when the encoding was a guess.

    Raises:
        BinaryInputError: As for :func:`decode`.
        DecodeError: As for :func:`decode`.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            payload = data[len(bom) :]
            if codec.startswith("utf-16") and b"\x00" not in payload:
                lying = _utf8_after_utf16_mark(payload)
                if lying is not None:
                    return lying
            try:
                return Decoded(payload.decode(codec))
            except UnicodeDecodeError as exc:
                cut = _cut_short(payload, exc, codec)
                if cut is not None:
                    return cut
                msg = f"the input starts with a {codec} byte-order mark but is not valid {codec}: {exc}"
                raise DecodeError(msg) from exc
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    kind = binary_format_of(data)
    if kind is not None:
        fragment = _utf16_fragment_dropped(data, encoding) if kind == "binary data" else None
        if fragment is not None:
            return fragment
        msg = f"the input is {kind}, not an HTML page or a text dump"
        raise BinaryInputError(msg)
    if not data.isascii():
        # Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever a header or a
        # <meta> says: legacy text almost never forms valid multi-byte sequences by chance, and
        # pages that declare latin-1 but are UTF-8 are common.
        try:
            return Decoded(data.decode("utf-8"), utf8=data)
        except UnicodeDecodeError as exc:
            cut = _cut_utf8(data, exc)
            if cut is not None:
                return cut
            if exc.reason == _INVALID_CONTINUATION:
                passed = _with_surrogates(data)
                if passed is not None:
                    return passed
    candidates: list[str] = []
    for label in (lookup_encoding(encoding), _declared(data)):
        if label is not None and label not in candidates:
            candidates.append(label)
    for codec in (*candidates, "utf-8"):
        try:
            return Decoded(data.decode(codec))
        except UnicodeError:  # UnicodeDecodeError, or a codec that refuses to decode at all
            continue
    if candidates and candidates != ["utf-8"]:
        return Decoded(_decode_cp1252(data))
    mixed = _detwingle(data)
    if mixed is not None:
        return Decoded(mixed)
    # (Here no charset but UTF-8 is declared.) UTF-8 but for a few bytes: those bytes are
    # replaced, not the whole page read as cp1252 (each accented letter turned into two, silently).
    replaced = _mostly_utf8(data)
    if replaced is not None:
        return replaced
    return _undeclared(data)


# What the UTF-8 decoder says of an encoded surrogate (ED A0 80): its second byte is out of range.
_INVALID_CONTINUATION = "invalid continuation byte"


def _with_surrogates(data: bytes) -> Decoded | None:
    """UTF-8 that encodes surrogates, as CESU-8 and Java's modified UTF-8 write astral characters.

    A writer that encodes UTF-16 code units one by one (or lets a lone half of a pair through)
    leaves three-byte surrogates that strict UTF-8 refuses: the whole page was read as cp1252,
    each accented letter turned into two. A pair is joined into its character; a lone half
    becomes U+FFFD when the text is cleaned.
    """
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return None
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    pairs = len(text) - len(joined)
    lone = len(_SURROGATES.findall(joined))
    note = (
        f"the input is UTF-8 that encodes surrogates one by one (CESU-8): {pairs:,} pair(s) "
        f"were joined, {lone:,} lone half(s) read as U+FFFD"
    )
    return Decoded(joined, (note,))


_SURROGATES = re.compile("[\ud800-\udfff]")


def _utf8_after_utf16_mark(payload: bytes) -> Decoded | None:
    """UTF-8 behind a UTF-16 byte-order mark: text with no NUL byte, and valid UTF-8.

    UTF-16 writes every ASCII character (a space, a line break, a tag's bracket) with a NUL
    byte, so a page or a dump in it holds NULs; UTF-8 behind the mark (a file joined to
    another's mark) was read as UTF-16, every two letters one Chinese character, with no
    warning.
    """
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        return None
    note = "the input starts with a UTF-16 byte-order mark but is UTF-8; it was read as UTF-8"
    return Decoded(text, (note,), utf8=payload)


def _cut_utf8(data: bytes, error: UnicodeDecodeError) -> Decoded | None:
    """UTF-8 cut short inside its last character (a download or a copy stopped at a byte count).

    ``error`` is the one strict decoding of ``data`` raised. The bytes before the cut are the
    text when they hold some multi-byte character (so are not text of another charset that
    happens to end in a byte that opens a UTF-8 character).
    """
    if data[: error.start].isascii():
        return None
    return _cut_short(data, error, "utf-8")


def _cut_short(data: bytes, error: UnicodeDecodeError, codec: str) -> Decoded | None:
    """``data`` read up to its last character when ``error`` is only that character cut short.

    The decoder reports the first error, so the bytes before it decode; the cut ones are left
    out with a warning (a page was lost whole for a byte a download did not finish).
    """
    if error.reason not in _CUT_SHORT or error.end != len(data):
        return None
    head = data[: error.start]
    note = (
        f"the input ends inside a {codec} character (cut short?); its last "
        f"{len(data) - error.start} byte(s) were left out"
    )
    return Decoded(head.decode(codec), (note,), utf8=head if codec == "utf-8" else None)


# What the UTF-8, UTF-16 and UTF-32 decoders say of data that ends inside a character.
_CUT_SHORT = frozenset(("unexpected end of data", "truncated data"))


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bytes that are not: those bytes read as U+FFFD, with a warning.

    Only when the characters UTF-8 reads beyond ASCII outnumber the bytes it cannot read ten to
    one: text in another charset forms hardly any valid multi-byte character.
    """
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # (those written in the page)
    # Each ASCII byte is one character: the rest are the characters beyond ASCII (counted in C).
    ascii_bytes = len(data) - len(data.translate(None, _ASCII_BYTES))
    good = len(text) - ascii_bytes - bad
    if bad <= 0 or good < _UTF8_SHARE * bad:
        return None
    note = f"{bad:,} byte(s) of the input are not UTF-8 as the rest is; they were read as U+FFFD"
    return Decoded(text, (note,))


_ASCII_BYTES = bytes(range(128))
#: How many characters beyond ASCII UTF-8 must read for each byte it cannot (see _mostly_utf8).
_UTF8_SHARE = 10


def compression_of(data: bytes) -> str | None:
    """Name the compression format ``data`` starts with (``"gzip"``, ``"bzip2"``, ``"xz"``, ``"zstd"``).

    :func:`decode` does not decompress; a caller that accepts compressed files calls this first.
    """
    for magic, name in _COMPRESSION_MAGIC:
        if data.startswith(magic):
            return name
    return None


def binary_format_of(data: bytes) -> str | None:
    """Describe the binary format ``data`` is in (``"a PNG image"``), or ``None`` for text.

    A known signature at the start decides; otherwise bytes whose first 4 KiB are more than a tenth
    control bytes (NUL and kin, never in text) are binary, and so are bytes that look random: more
    than 3% control bytes, over a quarter past ASCII, and not UTF-8. Compressed data is binary
    here too; see :func:`compression_of` to recognise it first.
    """
    if data.startswith(_BINARY_STARTS):
        for magic, name in _BINARY_MAGIC:
            if data.startswith(magic):
                return name
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    head = data[:_SNIFF_BYTES]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and (
        controls > _MAX_CONTROL_SHARE * len(head)
        or (controls > _NOISE_CONTROL_SHARE * len(head) and _noise(head))
    ):
        compressed = compression_of(data)
        return f"{compressed}-compressed data" if compressed else "binary data"
    return None


def _noise(head: bytes) -> bool:
    """Whether ``head`` (which holds some control bytes) looks like random bytes, not text.

    Over a quarter of it past ASCII, and not UTF-8 (a character cut at the end is not held
    against it).
    """
    if len(head) - len(head.translate(None, _HIGH_BYTES)) <= _NOISE_HIGH_SHARE * len(head):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return True
    return False


def _bomless_utf16(data: bytes) -> Decoded | None:
    """Read UTF-16 (or UTF-32) without a byte-order mark: ASCII leaves every other byte NUL.

    The other bytes, the characters', must be mostly not NUL: a binary file padded with NULs
    (a database, an index) has both kinds NUL, and was read as UTF-16 of garbage.
    """
    head = data[:_SNIFF_BYTES]
    if len(head) < 8 or head.count(0) < len(head) // 3 or _opens_single_byte_markup(head):
        return None
    for codec, zeros, chars in (
        # (UTF-32 first: its ASCII leaves three bytes of four NUL, which also reads as UTF-16)
        ("utf-32-le", head[2::4] + head[3::4], head[0::4]),
        ("utf-32-be", head[0::4] + head[1::4], head[3::4]),
        ("utf-16-le", head[1::2], head[0::2]),
        ("utf-16-be", head[0::2], head[1::2]),
    ):
        if zeros.count(0) > 0.9 * len(zeros) and chars.count(0) < 0.5 * len(chars):
            opening = _opening_then_utf16(data, codec)
            if opening is not None:
                return opening
            try:
                return Decoded(data.decode(codec))
            except UnicodeDecodeError as exc:
                return _cut_short(data, exc, codec)  # (cut short, or not this codec: None)
    return None


#: The shortest opening in one byte a character :func:`_opening_then_utf16` reads apart.
_OPENING_MIN = 16


def _opening_then_utf16(data: bytes, codec: str) -> Decoded | None:
    """Lines in UTF-8 (or ASCII), then UTF-16: each part read in its own encoding, with a warning.

    Two files joined (``cat`` of a UTF-8 header and a UTF-16 export, a tool's note written
    before a UTF-16 text): the input was read whole as UTF-16, the opening lines turned into
    strings of CJK characters without a word (fuzz48). An opening is taken apart where the
    first NUL stands (the UTF-16 in the byte order ``codec`` names, or, when the opening's
    length is odd, in the other), when it is at least :data:`_OPENING_MIN` bytes of valid UTF-8
    without control characters, ends with a line break (a UTF-16 byte-order mark may follow it)
    and the rest reads as UTF-16 (cut short at the end at most). ``None`` otherwise: text in
    UTF-16 whose first characters leave no NUL (CJK) gives no such opening.
    """
    first = data.find(b"\x00")
    # (A NUL after its ASCII character in little-endian UTF-16, before it in big-endian. Each
    # order is tried, the one named first: the other may read too, shifted by a byte, and cut
    # short at the end, where the right one is not.)
    starts = {"utf-16-le": first - 1, "utf-16-be": first}
    cut_reading: Decoded | None = None
    for order in sorted(starts, key=lambda name: name != codec):
        start = starts[order]
        if start < _OPENING_MIN:
            continue
        opening = data[:start]
        bom = codecs.BOM_UTF16_LE if order == "utf-16-le" else codecs.BOM_UTF16_BE
        if opening.endswith(bom):
            opening = opening[: -len(bom)]
        if opening[-1:] not in (b"\n", b"\r"):
            continue
        try:
            head = opening.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if _holds_any(opening, _ASCII_CONTROLS):
            return None  # (a tab and line breaks it may hold; the UTF-8 bytes tell)
        rest = data[start:]
        note = (
            f"the input opens with {start:,} bytes in UTF-8 and goes on in {order.upper()}; "
            "each part was read in its own encoding"
        )
        try:
            return Decoded(head + rest.decode(order), (note,))
        except UnicodeDecodeError as exc:
            cut = _cut_short(rest, exc, order)
            if cut is not None and cut_reading is None:
                cut_reading = Decoded(head + cut.text, (note, *cut.notes))
    return cut_reading


def _utf16_fragment_dropped(data: bytes, encoding: str | None) -> Decoded | None:
    """Text in one byte a character with UTF-16 pasted in: read with the NUL bytes left out.

    A page or a dump in UTF-8 (or a legacy charset) that holds a fragment of UTF-16 (text
    copied from another program) has a NUL beside each ASCII character of the fragment, and
    enough of them made the whole input "binary data". Browsers read it in the page's own
    encoding (the HTML standard's sniffing looks at a byte-order mark, a declaration and the
    transport, never at NULs, which are characters of UTF-8) and drop the NULs; so is it read
    here, with a warning. A NUL stands alone there (its neighbours are the fragment's
    letters), where a binary file pads with runs of them; and without its NULs the input must
    be text (random bytes still hold other control bytes). ``None`` when it is not so.
    """
    head = data[:_SNIFF_BYTES]
    if b"\x00\x00" in head:
        return None
    kept = data.replace(b"\x00", b"")
    if binary_format_of(kept) is not None:
        return None
    # (No NUL is left in them: this reads the bytes once more, at most.)
    decoded = decode_with_notes(kept, encoding=encoding)
    dropped = len(data) - len(kept)
    note = (
        f"the input holds {dropped:,} NUL byte(s) (text in UTF-16 pasted into a page in one "
        "byte a character?); it was read with them left out"
    )
    return Decoded(decoded.text, (note, *decoded.notes), utf8=decoded.utf8)


def _opens_single_byte_markup(head: bytes) -> bool:
    """Whether ``head`` opens with a tag in one byte a character, no NUL among its first 16 bytes.

    UTF-16 writes ``<`` with a NUL beside it: a page that opens so is in a single-byte encoding
    (or UTF-8), and NULs further on are a fragment pasted in (UTF-16 text in a UTF-8 page), not
    the page's encoding. (Read as UTF-16 without a mark, its markup was Chinese characters, its
    title and text lost, without a word.)
    """
    start = head.lstrip(b" \t\r\n")[:16]
    return start[:1] == b"<" and len(start) == 16 and b"\x00" not in start


# Western text rarely puts three non-ASCII letters in a row; Cyrillic, Greek or Japanese bytes read
# as cp1252 do it all the time.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3,}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _doubtful_cp1252(text: str) -> bool:
    """Whether ``text``, read as cp1252, looks like mojibake of some other encoding."""
    runs = _NON_ASCII_RUN.findall(text)
    if len(runs) < 3:
        return False
    in_runs = sum(len(run) for run in runs)
    return in_runs > 0.3 * len(_NON_ASCII.findall(text))


def _undeclared(data: bytes) -> Decoded:
    """Read bytes that declare no encoding and are not UTF-8: cp1252, or a detector's guess."""
    text = _decode_cp1252(data)
    if not _doubtful_cp1252(text):
        return Decoded(text)
    try:
        import charset_normalizer  # noqa: PLC0415 - optional, and needed only for these pages
    except ImportError:
        note = (
            "the input declares no encoding and does not read as UTF-8; it was read as cp1252, "
            "but looks like another encoding (install newsparse[charset] to detect it)"
        )
        return Decoded(text, (note,))
    best = charset_normalizer.from_bytes(data).best()
    codec = lookup_encoding(best.encoding) if best is not None else None
    if codec is None or codec == "cp1252":
        note = "the input declares no encoding; it was read as cp1252, which may be wrong"
        return Decoded(text, (note,))
    try:
        guessed = data.decode(codec)
    except UnicodeError:
        note = "the input declares no encoding; it was read as cp1252, which may be wrong"
        return Decoded(text, (note,))
    return Decoded(guessed, (f"the input declares no encoding; it was read as {codec}, a guess",))


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


def _noncharacters() -> str:
    planes = "".join(f"\\U{plane:04x}fffe\\U{plane:04x}ffff" for plane in range(1, 17))
    return f"\\ud800-\\udfff\\ufdd0-\\ufdef\\ufffe\\uffff{planes}"


# Surrogates (only a str can hold them: a JSON-LD escape, a str page) and noncharacters, which
# neither lxml nor a UTF-8 encoder accepts, become U+FFFD.
_NOT_CHARACTERS = re.compile(f"[{_noncharacters()}]")
# Control characters other than tab, line feed and carriage return; the ones str.splitlines
# reads as line breaks (vertical tab, form feed, the file, group and record separators U+001C to
# U+001E, NEL) break lines, the rest are removed (NUL is refused by PostgreSQL text columns, and
# none of them is visible text).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# _CONTROLS split by what becomes of them: removed, or a line feed.
_DROPPED_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_BREAKING_CONTROLS = re.compile("[\x0b\x0c\x1c-\x1e\x85]")
# What else clean_text may change: a surrogate or BMP noncharacter, an astral character (which
# may be one of the sixteen astral noncharacters).
_SUSPECT_CHARACTERS = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")


def byte_marks(codes: Iterable[int]) -> bytes:
    """A table for :meth:`bytes.translate` that marks the bytes of ``codes``.

    Each marked byte maps to another byte, every other byte to itself: bytes translated with it
    are unchanged exactly when they hold no marked byte. (:func:`latin1_holds_none` reads text
    with it; with no byte to delete, :meth:`bytes.translate` takes its fastest loop.)
    """
    marked = frozenset(codes)
    return bytes((code + 1) % 256 if code in marked else code for code in range(256))


def latin1_holds_none(text: str, marks: bytes) -> bool | None:
    """Whether ``text`` holds none of the characters ``marks`` marks (see :func:`byte_marks`).

    ``None`` when ``text`` is not all in Latin-1. Its Latin-1 bytes are a copy, and the table
    maps them in one pass of simple byte work, where :meth:`str.isprintable` or a character class
    looks each character up.
    """
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return raw.translate(marks) == raw


#: The ASCII characters ``_CONTROLS`` matches: the same single bytes in UTF-8, where no byte of a
#: longer sequence is below 0x80.
_ASCII_CONTROLS = (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)
#: The C1 controls, which ``_CONTROLS`` matches too, as their Latin-1 bytes.
_C1_CONTROLS = tuple(range(0x80, 0xA0))


def _latin1_holds_no_control(text: str) -> bool | None:
    """Whether ``text`` holds no character ``_CONTROLS`` matches; ``None`` when it is not Latin-1.

    Each control is looked for in the text's Latin-1 bytes (a copy) at memchr speed, the C1
    controls only in a text that holds a character past ASCII other than the no-break space:
    the searches cost fewer instructions than one pass of a byte table
    (:func:`latin1_holds_none`, about nine a byte) over a dump of a few kilobytes.
    """
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    if _holds_any(raw, _ASCII_CONTROLS):
        return False
    return (
        text.isascii()
        # (A dump past ASCII by its no-break spaces alone, as a page's text copied often is:
        # the bytes with plain spaces for them are ASCII, told at the cost of copying them.)
        or (160 in raw and raw.replace(b"\xa0", b" ").isascii())
        or not _holds_any(raw, _C1_CONTROLS)
    )


#: U+0080-U+009F in UTF-8 (0xC2 only ever leads a sequence).
_UTF8_C1 = re.compile(rb"\xc2[\x80-\x9f]")
#: U+FDD0-U+FDEF, U+FFFE and U+FFFF in UTF-8.
_UTF8_BMP_NONCHARACTER = re.compile(rb"\xef(?:\xb7[\x90-\xaf]|\xbf[\xbe\xbf])")
#: The last two bytes of every astral noncharacter (U+1FFFE to U+10FFFF), and of a few ordinary
#: characters, which then take the exact path.
_UTF8_ASTRAL_NONCHARACTER_END = re.compile(rb"\xbf[\xbe\xbf]")


def _nothing_to_clean_in_utf8(text: str, utf8: bytes | None = None) -> bool:
    """Whether ``text`` certainly holds nothing :func:`clean_text` changes, read in UTF-8.

    Each thing to clean has a byte pattern there that sre finds at memchr speed from its literal
    first byte, where a character class of all of them costs several times more per character.
    A surrogate cannot be encoded, and a pattern that only may stand for something to clean
    gives ``False``: the exact path then decides. ``utf8``, when given, is ``text`` in UTF-8.
    """
    if utf8 is None:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:
            return False
    # A control is one byte, looked for with memchr, byte by byte: 29 such scans cost fewer
    # instructions than one byte table's pass (a tenth of an instruction a byte, against nine).
    # Each pattern opens with one byte that most pages hold rarely or never (0xC2 leads only
    # U+0080 to U+00BF, 0xEF only U+F000 to U+FFFF, 0xBF ends few characters of Latin scripts).
    return (
        not _holds_any(utf8, _ASCII_CONTROLS)
        and not _found_from(utf8, b"\xc2", _UTF8_C1)
        and not _found_from(utf8, b"\xef", _UTF8_BMP_NONCHARACTER)
        and not _found_from(utf8, b"\xbf", _UTF8_ASTRAL_NONCHARACTER_END)
    )


def _holds_any(data: bytes, codes: tuple[int, ...]) -> bool:
    """Whether ``data`` holds one of the bytes ``codes`` (each looked for at memchr speed)."""
    for code in codes:  # noqa: SIM110 - a loop costs less than any() over a generator
        if code in data:
            return True
    return False


#: How many places :func:`_found_from` tries the pattern at before it lets sre scan the rest:
#: one for each :data:`_BYTES_PER_HOP` bytes, and at least :data:`_MAX_HOPS`. A try costs about
#: what sre's scan for the lead byte costs over a hundred bytes or so.
_MAX_HOPS = 64
_BYTES_PER_HOP = 128


def _found_from(data: bytes, lead: bytes, pattern: re.Pattern[bytes]) -> bool:
    """Whether ``pattern``, which opens with the byte ``lead``, is found in ``data``.

    The same answer as ``pattern.search(data)``, found by trying the pattern only where ``lead``
    stands: a byte is found at memchr speed, where sre's own scan for it costs several
    instructions a byte. Past :data:`_MAX_HOPS` places, or one for each :data:`_BYTES_PER_HOP`
    bytes of a longer ``data`` (a byte the page holds often), sre scans the rest.
    """
    find = data.find
    at = find(lead)
    hops = max(_MAX_HOPS, len(data) // _BYTES_PER_HOP)
    while at >= 0:
        if pattern.match(data, at) is not None:
            return True
        hops -= 1
        if not hops:
            return pattern.search(data, at + 1) is not None
        at = find(lead, at + 1)
    return False


def clean_text(text: str, *, utf8: bytes | None = None) -> str:
    r"""Replace surrogates and noncharacters with U+FFFD and drop control characters.

    Tab, line feed and carriage return are kept; the other controls :meth:`str.splitlines` reads
    as line breaks (vertical tab, form feed, U+001C to U+001E, NEL) become line feeds. Linear in
    the length of ``text``, and free when there is nothing to clean.
    ``utf8``, when given, must be exactly ``text`` in UTF-8 (:attr:`Decoded.utf8`): the check
    for something to clean then reads it instead of encoding ``text``.

    >>> clean_text("a\x00b\ud800c\uffffd\x0ce") == "ab\ufffdc\ufffdd\ne"
    True
    """
    if utf8 is not None:
        # A whole page's bytes: they tell at memchr speed, where isprintable, which stops at the
        # first line break, reads a page written on one line character by character first.
        # (The exact path gives back a printable text itself: nothing in it is cleaned.)
        if _nothing_to_clean_in_utf8(text, utf8):
            return text
        return _clean_exactly(text)
    if text.isprintable():
        # The common case of one line (a field's value): a control, surrogate or noncharacter is
        # never printable, and a printable astral character is kept.
        return text
    return clean_text_utf8(text)[0]


#: The Latin-1 characters that are not printable (controls, no-break and soft hyphen), marked.
_LATIN1_UNPRINTABLE = byte_marks(code for code in range(256) if not chr(code).isprintable())


def is_printable(text: str) -> bool:
    """:meth:`str.isprintable` of ``text``, at a byte table's cost when ``text`` is all Latin-1.

    ``str.isprintable`` looks each character up in the Unicode database; a long printable text
    (an article's paragraphs, joined) costs several times less as Latin-1 bytes
    (:func:`latin1_holds_none`).
    """
    printable = latin1_holds_none(text, _LATIN1_UNPRINTABLE)
    return text.isprintable() if printable is None else printable


def clean_text_utf8(text: str) -> tuple[str, bytes | None]:
    """:func:`clean_text`, and ``text`` in UTF-8 when the check encoded it and nothing changed.

    The HTML parser reads the page from those bytes, so a page given as ``str`` is not encoded
    twice. ``None`` when ``text`` was cleaned, or checked without encoding it (Latin-1).
    """
    if text.isprintable():
        return text, None
    # A text all in Latin-1 (most dumps) holds no surrogate, noncharacter or astral character:
    # only a control can be cleaned, and its bytes tell if there is one.
    no_controls = _latin1_holds_no_control(text)
    if no_controls is None:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:  # a surrogate: cleaned
            return _clean_exactly(text), None
        if _nothing_to_clean_in_utf8(text, utf8):
            return text, utf8
    elif no_controls:
        return text, None
    return _clean_exactly(text), None


def _clean_exactly(text: str) -> str:
    """:func:`clean_text` once the quick checks could not rule out something to clean."""
    # A search for a control stops at the first; the characters are looked for among the
    # suspects that are no control, one by one only where the class cannot tell (an astral
    # character may be a noncharacter): a class holding the sixteen astral noncharacters one by
    # one costs several times more per character than this. (A loop over every suspect made a
    # text of millions of controls cost a call each, as did replacing them through a function.)
    controls = _CONTROLS.search(text) is not None
    characters = False
    for found in _SUSPECT_CHARACTERS.finditer(text):
        code = ord(found.group())
        if code < 0x10000 or code & 0xFFFE == 0xFFFE:
            characters = True
            break
    if characters:
        text = _NOT_CHARACTERS.sub("\ufffd", text)
    if controls:
        text = _DROPPED_CONTROLS.sub("", text)
        if _BREAKING_CONTROLS.search(text) is not None:
            text = _BREAKING_CONTROLS.sub("\n", text)
    return text
