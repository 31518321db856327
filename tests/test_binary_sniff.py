"""binary_format_of against the regex and the loop it replaced, on arbitrary bytes."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._decode import (
    _BINARY_MAGIC,
    _CONTROL_BYTES,
    _MAX_CONTROL_SHARE,
    _NOISE_CONTROL_SHARE,
    _NOISE_HIGH_SHARE,
    _RIFF_KINDS,
    _SNIFF_BYTES,
    binary_format_of,
    compression_of,
)

# What the control bytes were counted with before: C0 controls but tab, LF, VT, FF, CR and ESC.
_CONTROL_SEARCH = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")

# Bytes near the signatures and the control bytes, so that both sides of every test are reached.
_STARTS = st.sampled_from([magic for magic, _ in _BINARY_MAGIC] + [b"RIFF....WEBP", b"", b"<"])
# (Past ASCII too, valid UTF-8 or not, for the share of random-looking bytes.)
_PIECES = [
    b"\x00",
    b"\x08",
    b"\x09",
    b"\x0e",
    b"\x1a",
    b"\x1b",
    b"\x1f",
    b" ",
    b"a",
    b"\x80",
    b"\xe9",
]
_PIECES += [b"\xc3\xa9", b"\xe2\x80", b"\xff"]
_BYTES = st.binary(max_size=300) | st.lists(
    st.sampled_from(_PIECES),
    max_size=300,
).map(b"".join)


def _old_binary_format_of(data: bytes) -> str | None:
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    head = data[:_SNIFF_BYTES]
    controls = len(_CONTROL_SEARCH.findall(head))
    if head and (
        controls > _MAX_CONTROL_SHARE * len(head)
        or (controls > _NOISE_CONTROL_SHARE * len(head) and _old_noise(head))
    ):
        compressed = compression_of(data)
        return f"{compressed}-compressed data" if compressed else "binary data"
    return None


def _old_noise(head: bytes) -> bool:
    if len(re.findall(rb"[\x80-\xff]", head)) <= _NOISE_HIGH_SHARE * len(head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Not UTF-8, but for a character cut at the end.
        return not (exc.reason == "unexpected end of data" and exc.end == len(head))
    return False


@given(st.binary(max_size=2000))
def test_the_deleted_bytes_are_the_ones_the_search_found(data: bytes) -> None:
    assert len(data) - len(data.translate(None, _CONTROL_BYTES)) == len(
        _CONTROL_SEARCH.findall(data)
    )


def test_the_deleted_bytes_are_the_ones_the_search_found_one_by_one() -> None:
    for byte in range(256):
        one = bytes([byte])
        assert (one.translate(None, _CONTROL_BYTES) == b"") == bool(_CONTROL_SEARCH.match(one))


@given(_STARTS, _BYTES)
def test_binary_format_of_reads_as_before(start: bytes, rest: bytes) -> None:
    data = start + rest
    assert binary_format_of(data) == _old_binary_format_of(data)
