"""Compressed input (``_unpack.py``): recognised by its first bytes, unpacked with a bound."""

import bz2
import gzip
import lzma
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import DecodeError, InputTooLargeError, parse_article, parse_file
from newsparse._unpack import compression, unpack, unpack_with_notes

from .conftest import FIXTURES, SEED

COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "bzip2": bz2.compress,
    "xz": lzma.compress,
}
HTML = FIXTURES / "html" / "jsonld_graph.html"


@pytest.mark.parametrize("name", sorted(COMPRESSORS))
@pytest.mark.parametrize("page", [SEED, HTML], ids=["text-dump", "html"])
def test_a_compressed_page_parses_exactly_like_the_plain_one(
    name: str, page: Path, tmp_path: Path
) -> None:
    raw = page.read_bytes()
    packed = COMPRESSORS[name](raw)
    assert compression(packed) == name
    plain = parse_article(raw)
    assert parse_article(packed) == plain
    # The file's name says nothing: the first bytes decide.
    misnamed = tmp_path / "page.txt"
    misnamed.write_bytes(packed)
    assert parse_file(misnamed) == plain


def test_a_gzipped_development_page_parses_like_its_unpacked_bytes(shared_data: Path) -> None:
    for path in sorted((shared_data / "fundus" / "html").glob("*/*.html.gz"))[:5]:
        assert parse_file(path) == parse_article(gzip.decompress(path.read_bytes())), path


def test_concatenated_streams_are_read_whole() -> None:
    assert unpack(gzip.compress(b"one ") + gzip.compress(b"two"), limit=100) == b"one two"
    assert unpack(bz2.compress(b"a") + bz2.compress(b"b"), limit=100) == b"ab"


@pytest.mark.parametrize("name", sorted(COMPRESSORS))
@pytest.mark.parametrize("tail", ["<p>appended</p>", "\x1f\x8b", "another format"])
def test_bytes_after_the_last_stream_are_left_out_with_a_warning(name: str, tail: str) -> None:
    # (they were dropped without a word; gunzip warns of "trailing garbage")
    what = "bytes that are no compressed stream"
    extra = tail.encode("latin-1")
    if tail == "another format":
        what = "bzip2" if name != "bzip2" else "gzip"
        extra = COMPRESSORS[what](b"x")
        what = f"a {what} stream"
    raw = SEED.read_bytes()
    packed = COMPRESSORS[name](raw)
    found = unpack_with_notes(packed + extra, limit=len(raw))
    assert found.data == raw
    assert found.notes == (
        f"the {name} input ends with {len(extra)} bytes after its last stream ({what}); "
        "they were left out",
    )
    assert parse_article(packed + extra).warnings == (*parse_article(raw).warnings, *found.notes)
    # Zero bytes are padding: left out without a word, as gunzip leaves them.
    assert unpack_with_notes(packed + b"\0" * 512, limit=len(raw)).notes == ()
    assert parse_article(packed + b"\0" * 512) == parse_article(raw)


def test_a_stream_after_a_whole_one_that_is_cut_short_is_a_decode_error() -> None:
    first = gzip.compress(SEED.read_bytes())
    second = gzip.compress(HTML.read_bytes())
    with pytest.raises(DecodeError, match="cut short"):
        unpack(first + second[: len(second) // 2], limit=10**6)


@pytest.mark.parametrize(
    "data",
    [b"plain text", b"BZh9 is how a text could start", b"\x1f\x8b", b"", b"PK\x03\x04zip"],
)
def test_other_bytes_pass_through_untouched(data: bytes) -> None:
    assert compression(data) is None
    assert unpack(data, limit=1) is data


@pytest.mark.parametrize("name", sorted(COMPRESSORS))
def test_the_unpacked_size_is_bounded(name: str) -> None:
    packed = COMPRESSORS[name](b"x" * 5000)
    assert unpack(packed, limit=5000) == b"x" * 5000
    with pytest.raises(InputTooLargeError, match="unpacks to more than 4,999 bytes"):
        unpack(packed, limit=4999)


def test_a_decompression_bomb_is_refused_by_parse_article() -> None:
    # 50 MB of zeros packs into about 50 kB; the limit is the one for plain input.
    bomb = gzip.compress(b"\0" * (newsparse._api.MAX_INPUT_CHARS + 1), compresslevel=1)
    assert len(bomb) < newsparse._api.MAX_INPUT_CHARS // 100
    with pytest.raises(InputTooLargeError):
        parse_article(bomb)


@pytest.mark.parametrize("name", sorted(COMPRESSORS))
def test_a_truncated_stream_is_a_decode_error(name: str) -> None:
    packed = COMPRESSORS[name](SEED.read_bytes())
    with pytest.raises(DecodeError, match=name):
        parse_article(packed[: len(packed) // 2])


def test_a_corrupt_stream_is_a_decode_error() -> None:
    packed = bytearray(gzip.compress(SEED.read_bytes()))
    packed[20:40] = b"\xff" * 20
    with pytest.raises(DecodeError, match="gzip"):
        parse_article(bytes(packed))


@given(
    magic=st.sampled_from([b"\x1f\x8b\x08", b"\xfd7zXZ\x00", b"BZh91AY&SY"]),
    rest=st.binary(max_size=200),
)
def test_any_bytes_after_a_magic_number_unpack_or_raise_a_decode_error(
    magic: bytes, rest: bytes
) -> None:
    try:
        result = unpack(magic + rest, limit=10_000)
    except (DecodeError, InputTooLargeError):
        return
    assert isinstance(result, bytes)


def test_a_file_of_half_a_million_empty_streams_is_read_once() -> None:
    # Each stream's decompressor was given all that was left, and handed back as a copy what lay
    # past its stream's end: 100,000 empty gzip streams (2 MB) took 2.5 s, this 10 MB minutes
    # (robust29).
    page = HTML.read_bytes()
    packed = gzip.compress(b"") * 500_000 + gzip.compress(page)
    assert unpack_with_notes(packed, limit=len(page)) == unpack_with_notes(
        gzip.compress(page), limit=len(page)
    )


@pytest.mark.parametrize("inner", sorted(COMPRESSORS))
@pytest.mark.parametrize("outer", ["gzip", "bzip2"])
def test_a_body_compressed_twice_is_unpacked_with_a_warning(outer: str, inner: str) -> None:
    # fuzz49: a page gzipped by its application and again by its server (or a crawler's store)
    # was refused as "gzip-compressed data, not an HTML page".
    raw = HTML.read_bytes()
    packed = COMPRESSORS[outer](COMPRESSORS[inner](raw))
    found = unpack_with_notes(packed, limit=len(raw))
    assert found.data == raw
    assert found.notes == (
        f"the input was compressed 2 times over ({inner} in {outer}), as some servers and tools "
        "do to a body compressed already; each layer was unpacked",
    )
    plain = parse_article(raw)
    assert parse_article(packed).warnings == (*plain.warnings, *found.notes)
    assert parse_article(packed).title == plain.title == "Harga beras naik di pasar induk"


def test_layers_of_compression_are_bounded_in_number_and_each_in_size() -> None:
    # Each layer's bytes are held to the limit (a bomb inside a small outer stream is one),
    # and the layers to three (a gzip file can unpack to itself: no end).
    bomb = gzip.compress(gzip.compress(b"\0" * 100_001, compresslevel=1))
    with pytest.raises(InputTooLargeError, match="unpacks to more than 100,000 bytes"):
        unpack(bomb, limit=100_000)
    packed = b"<p>x</p>"
    for _ in range(4):
        packed = gzip.compress(packed)
    with pytest.raises(DecodeError, match="compressed more than 3 times over"):
        parse_article(packed)
    three = unpack_with_notes(gzip.compress(bz2.compress(gzip.compress(b"x"))), limit=100)
    assert three.data == b"x"
    assert three.notes == (
        "the input was compressed 3 times over (gzip in bzip2 in gzip), as some servers and "
        "tools do to a body compressed already; each layer was unpacked",
    )
