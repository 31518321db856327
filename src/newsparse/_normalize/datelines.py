"""Datelines: the place a story is filed from, opening its first paragraph.

``JAKARTA - ...``, ``MAMUJU, MDN - ...``, ``LHOKSEUMAWE, KOMPAS.com – ...``, ``KUALA LUMPUR: ...``,
``Mataram, NTB (ANTARA News) - ...``, ``Liputan6.com, Jakarta - ...``. The paragraph itself is not
changed; only the place is read.
"""

from __future__ import annotations

import re

import attrs

from newsparse._normalize.whitespace import clean_line

__all__ = ["Dateline", "find_dateline", "read_dateline", "split_dateline"]

# Up to five words before a dash (or a colon after a capitalised place), with an optional agency
# in brackets: the words are capitalised or are a domain such as "Liputan6.com".
_WORD = r"(?:[A-Z][\w.'’-]*|[a-z0-9]+\.(?:com|co\.id|id|net|org|my))"
_DATELINE = re.compile(
    rf"^(?P<head>{_WORD}(?:[ ,]+{_WORD}){{0,4}})\s*(?:\((?P<agency>[^()]{{1,40}})\))?\s*"
    r"(?:[-–—]+(?:\s+|$)|(?<=[A-Z]):\s+)"
)
_DOMAIN = re.compile(r"\.(?:com|co\.id|id|net|org|my)$", re.I)


@attrs.frozen
class Dateline:
    """What a dateline says: the place, and the outlet or agency filing from it, if named."""

    place: str
    source: str | None = None


def read_dateline(paragraph: str) -> Dateline | None:
    """Read the dateline opening ``paragraph``, or return ``None``.

    The source is a domain (``KOMPAS.com``, ``Liputan6.com``) or an agency in brackets
    (``(ANTARA News)``); a bare code such as ``MDN`` is not taken for one.

    >>> read_dateline("LHOKSEUMAWE, KOMPAS.com – Penyidik Polres melimpahkan berkas.")
    Dateline(place='LHOKSEUMAWE', source='KOMPAS.com')
    >>> read_dateline("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.")
    Dateline(place='Mataram', source='ANTARA News')
    """
    text = clean_line(paragraph)
    match = _DATELINE.match(text)
    if match is None:
        return None
    parts = [p.strip() for p in match.group("head").split(",") if p.strip()]
    places = [p for p in parts if not _DOMAIN.search(p)]
    if not places:
        return None
    place = places[0]
    # A colon dateline must be in capitals ("KUALA LUMPUR: ..."), or it is a title or a label.
    if text[match.end() - 2 : match.end()].strip() == ":" and not place.isupper():
        return None
    if len(place.split()) > 3:
        return None
    domains = [p for p in parts if _DOMAIN.search(p)]
    agency = match.group("agency")
    source = (
        domains[0] if domains else (clean_line(agency) if agency and "/" not in agency else None)
    )
    return Dateline(place=place, source=source)


def find_dateline(paragraph: str) -> str | None:
    """Return the place named by the dateline opening ``paragraph``, or ``None``.

    >>> find_dateline("JAKARTA - Harga beras naik.")
    'JAKARTA'
    >>> find_dateline("Liputan6.com, Jakarta - Indonesia memasuki fase dinamis.")
    'Jakarta'
    """
    dateline = read_dateline(paragraph)
    return None if dateline is None else dateline.place


def split_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """Split the dateline opening ``paragraph`` off: ``(dateline, the paragraph's own text)``.

    >>> split_dateline("JAKARTA - Harga beras naik.")
    (Dateline(place='JAKARTA', source=None), 'Harga beras naik.')
    >>> split_dateline("Harga beras naik.") is None
    True
    """
    dateline = read_dateline(paragraph)
    if dateline is None:
        return None
    text = clean_line(paragraph)
    match = _DATELINE.match(text)
    assert match is not None  # read_dateline matched the same text
    return dateline, text[match.end() :].strip()
