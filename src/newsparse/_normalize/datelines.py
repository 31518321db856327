"""Datelines: where (and by whom, or on what day) a story is filed, opening its first paragraph.

``JAKARTA - ...``, ``MAMUJU, MDN - ...``, ``LHOKSEUMAWE, KABAR.com – ...``, ``KUALA LUMPUR: ...``,
``Mataram, NTB (Kantor Kabar) - ...``, ``Kabar6.com, Jakarta - ...``, and a wire story's filing
day before its agency, ``PORTVILLE, Oct 19 (Agency) - ...`` (with no place, the agency stands for
the place). The paragraph itself is not changed; the dateline is read as printed (without its dash
or colon), and its place and outlet apart.
"""

from __future__ import annotations

import re

import attrs

from newsparse._normalize.date_tables import MONTHS
from newsparse._normalize.phrases import CREDIT_LABELS, OUTLET_WORDS, SECTION_WORDS
from newsparse._normalize.whitespace import clean_line

__all__ = [
    "MAX_DATELINE_CHARS",
    "OUTLET_ADDRESS",
    "OUTLET_TLD",
    "Dateline",
    "find_dateline",
    "read_dateline",
    "split_dateline",
    "split_titled_dateline",
]

# Up to five words before a dash (or a colon after a capitalised place), with an optional agency
# in brackets: the words are capitalised (places filed from at once are joined by slashes,
# "PARIS/LONDON") or are a domain such as "Outlet.com".
#: The endings of an outlet's web address a news text prints (``Outlet.com``, ``Kabar.co.id``).
OUTLET_TLD = r"(?:com|co\.id|co|id|net|org|my|tv)"
#: An outlet's whole web address (``Kabar.com``, ``berita.kabar.co.id``), for a pattern to take in.
OUTLET_ADDRESS = rf"[\w-]+(?:\.[\w-]+)*\.{OUTLET_TLD}"
_WORD = rf"(?:[A-Z][\w.'’-]*(?:/[A-Z][\w.'’-]*)*|[a-z0-9][\w-]*\.{OUTLET_TLD})"
#: The languages whose month names a dateline's day may use.
_DAY_LANGUAGES = frozenset(("en", "id", "ms"))
# The day a wire story was filed, before its agency in brackets: "PORTVILLE, Oct 19 (Agency) -",
# "KOTA CONTOH, 8 May (Kabar) --", or with no place, "Oct 19 (Agency) -". A month's name and
# a day, perhaps the year.
_MONTH = "|".join(
    sorted(
        {
            name
            for language, _, names in MONTHS
            if language in _DAY_LANGUAGES
            for name in names.split()
        },
        key=len,
        reverse=True,
    )
)
_DAY = rf"(?:(?i:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH})\.?)(?:,?\s+(?:19|20)\d\d)?"
_AGENCY = r"\((?P<agency>[^()]{1,40})\)"
_DATELINE = re.compile(
    rf"^(?P<printed>(?:(?P<head>{_WORD}(?:[ ,]+{_WORD}){{0,4}})(?:,\s*(?P<day>{_DAY})(?=\s*[(–—-]))?"
    rf"|(?P<lone_day>{_DAY})(?=\s*\())(?:\s*(?:,\s*)?{_AGENCY})?)\s*"
    # (The dash run starts where no dash stands before it: a place word may hold dashes, and
    # a word backing off through a long run of them would read the rest of the run at each
    # step, quadratic on a line of thousands of dashes.)
    r"(?:(?<![-–—])[-–—]+(?:\s+|$)|(?<=[\w)]):\s+)"
)
_DOMAIN = re.compile(rf"\.{OUTLET_TLD}$", re.I)
#: An outlet's web address and nothing else: all a line holds after a reporter's name and a dash.
_ADDRESS_ALONE = re.compile(rf"{OUTLET_ADDRESS}\W*", re.I)
#: The longest dateline read: a longer run of words before a dash is no place and outlet (the
#: development dumps' longest dateline is 46 characters, a press release's place, day and wires).
MAX_DATELINE_CHARS = 160
#: The most words an outlet's name after the dateline's place has (``Kabar Contoh``).
_OUTLET_WORDS_MAX = 4
#: A filing day in the agency's brackets (``KUALA LUMPUR (Sept 14): ...``): no outlet.
_BRACKETED_DAY = re.compile(rf"{_DAY}")
#: Labels a page sets in capitals before a colon, opening a line that is no story's lede: a link
#: to another story or a video, a note on the story. None is a place.
_COLON_LABELS = frozenset(
    (
        "read",
        "watch",
        "listen",
        "update",
        "updated",
        "updates",
        "video",
        "videos",
        "photo",
        "photos",
        "gallery",
        "audio",
        "podcast",
        "live",
        "more",
        "related",
        "editor's note",
        "editor’s note",
        "editors' note",
        "note",
        "correction",
        "clarification",
        "breaking",
        "exclusive",
        "analysis",
        "opinion",
        "explainer",
        "factbox",
        "timeline",
        "graphic",
        "map",
        "poll",
        "quiz",
        "sponsored",
        "advertisement",
        "warning",
        "also",
        "see also",
        "trending",
        "recommended",
        "don't miss",
        "don’t miss",
        "must read",
        "top stories",
    )
)

#: A lede's dateline in title case before a colon (``Mumbai: ...``, ``New Delhi: ...``), as some
#: outlets print it: one to three capitalised words of letters, a colon, a space and the lede's
#: capital. Read only at a lede of running text (see
#: :func:`split_titled_dateline`); a colon label in title case is no place.
_TITLED_DATELINE = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}): (?=[A-Z])")
#: How far into the lede the colon stands at most, and how long the lede is at least.
_TITLED_DATELINE_REACH = 32
_TITLED_DATELINE_LEDE = 90
#: The lede behind such a dateline is English (this many of its first characters hold one of
#: these words: elsewhere a capitalised noun before a colon is a label, ``Anmerkung: ...``) and
#: opens with no word of speech (a transcript's speaker, ``Jane Doe: I think ...``).
_TITLED_LEDE_SAMPLE = 160
_ENGLISH_WORDS = (" the ", " and ", " to ", " on ", " for ", " said")
_SPEECH_OPENINGS = frozenset(
    (
        "I",
        "I'm",
        "I’m",
        "I've",
        "I’ve",
        "We",
        "We're",
        "We’re",
        "Well,",
        "Yes,",
        "No,",
        "Thank",
        "Thanks",
        "Thanks,",
    )
)
_SPEECH_REACH = 8
#: Labels in title case before a colon opening a paragraph that are no place, besides
#: :data:`_COLON_LABELS`: a section's name (:data:`~newsparse._normalize.phrases.SECTION_WORDS`),
#: a picture's credit label (:data:`~newsparse._normalize.phrases.CREDIT_LABELS`) and these.
_TITLED_LABELS = frozenset(
    (
        "sources",
        "summary",
        "background",
        "abstract",
        "introduction",
        "overview",
        "context",
        "disclaimer",
        "disclosure",
        "spoiler",
        "spoilers",
        "tip",
        "question",
        "answer",
        "highlights",
        "key points",
        "bottom line",
        "important",
        "attention",
        "caution",
        "reminder",
        "announcement",
        "notice",
        "breaking news",
        "latest",
        "watch live",
        "in pictures",
        "in photos",
        "review",
        "interview",
        "letter",
        "letters",
        "feature",
        "news",
    )
).union(label.casefold() for label in (*SECTION_WORDS, *CREDIT_LABELS))


@attrs.frozen
class Dateline:
    """What a dateline says: its words as printed, the place, and the outlet or agency, if named.

    ``printed`` is the dateline without its dash or colon (``JAKARTA, KABAR.com``,
    ``PORTVILLE, Oct 19 (Agency)``): what a reader sees opening the story, and what
    :attr:`newsparse.Article.dateline` holds.
    """

    printed: str
    place: str
    source: str | None = None


def read_dateline(paragraph: str) -> Dateline | None:
    """Read the dateline opening ``paragraph``, or return ``None``.

    The source is a domain (``KABAR.com``, ``Kabar6.com``) or an agency in brackets
    (``(Kantor Kabar)``); a bare code such as ``MDN`` is not taken for one.

    >>> read_dateline("LHOKSEUMAWE, KABAR.com – Penyidik Polres melimpahkan berkas.")
    Dateline(printed='LHOKSEUMAWE, KABAR.com', place='LHOKSEUMAWE', source='KABAR.com')
    >>> read_dateline("Mataram, NTB (Kantor Kabar) - Sebanyak 29 penerbangan dibatalkan.")
    Dateline(printed='Mataram, NTB (Kantor Kabar)', place='Mataram', source='Kantor Kabar')
    """
    if not _may_open_with_dateline(paragraph):
        return None
    text = clean_line(paragraph)
    match = _DATELINE.match(text)
    if match is None:
        return None
    if _ADDRESS_ALONE.fullmatch(text, match.end()) is not None:
        return None  # a name, a dash and the outlet's address: a sign-off, no story after it
    agency = match.group("agency")
    source = clean_line(agency) if agency and "/" not in agency else None
    if source is not None and _BRACKETED_DAY.fullmatch(source):
        source = None  # the day in brackets, as a Malaysian outlet prints it: no agency
    printed = match.group("printed").strip()
    if len(printed) > MAX_DATELINE_CHARS:
        return None  # a word of thousands of letters before a dash: no place
    day = match.group("day")
    if day is not None and agency is None and not match.group("head").isupper():
        # A day and a dash with no agency ("PETALING JAYA, Sept 14 - ..."): only under a place
        # in capitals, as a wire story prints it ("Monday, Sept 14 - ..." is no dateline).
        return None
    if match.group("head") is None:
        # A day and an agency with no place ("Oct 19 (Agency) -"): the agency is the dateline.
        return None if source is None else Dateline(printed, place=source, source=source)
    parts = [p.strip() for p in match.group("head").split(",") if p.strip()]
    places = [p for p in parts if not _DOMAIN.search(p)]
    if not places:
        # The outlet's address alone ("Contoh.com - ..."): the outlet stands for the place.
        domain = parts[0] if len(parts) == 1 and match.group("day") is None else None
        if domain is None or text[match.end() - 2 : match.end()].strip() == ":":
            return None
        return Dateline(printed, place=domain, source=domain)
    place = places[0]
    # A colon dateline must be in capitals ("KUALA LUMPUR: ..."), or it is a title or a label;
    # a label set in capitals ("WATCH: ...", "UPDATE: ...") is no place either.
    if text[match.end() - 2 : match.end()].strip() == ":" and (
        not place.isupper() or place.casefold() in _COLON_LABELS
    ):
        return None
    if len(place.split()) > 3:
        return None
    domains = [p for p in parts if _DOMAIN.search(p)]
    if domains:
        source = domains[0]
    elif source is None and len(parts) > 1:
        # An outlet named without its domain after the place: "Jakarta, Kabar Contoh - ...".
        source = next((p for p in parts[1:] if _is_outlet(p)), None)
    return Dateline(printed, place=place, source=source)


def _is_outlet(part: str) -> bool:
    """Whether a dateline's part after the place is an outlet's name (``Kabar Contoh``).

    Two to four capitalised words, one of them a word naming a newspaper or a news site
    (``Kabar``, ``Warta``, ``Times``): a province or a code (``Jawa Barat``, ``NTB``) is none.
    """
    words = part.split()
    return (
        1 < len(words) <= _OUTLET_WORDS_MAX
        and all(word[:1].isupper() for word in words)
        and not OUTLET_WORDS.isdisjoint(word.casefold() for word in words)
    )


def _may_open_with_dateline(paragraph: str) -> bool:
    """Whether ``paragraph`` holds a dash or a colon, which ends every dateline ``_DATELINE`` reads.

    A substring test at ``memchr`` speed, where the pattern's failing match on a paragraph without
    either (most first paragraphs) backtracks through its words and month names.
    """
    return "-" in paragraph or ":" in paragraph or "–" in paragraph or "—" in paragraph


def split_titled_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """Split a dateline in title case before a colon off a lede: ``(dateline, the lede's text)``.

    Only a paragraph of at least :data:`_TITLED_DATELINE_LEDE` characters ending in a stop (a
    lede of running text, not a heading or a label over a list) is read, the words must be no
    label (``Summary:``, ``Update:``), and the lede must read as English and not as speech (see
    :data:`_ENGLISH_WORDS`). ``read_dateline`` takes a colon dateline in capitals
    only, as elsewhere a title-case word before a colon is a title's or a label's.

    >>> lede = "The city's metro will run two more lines to the airport from May, its operator said."
    >>> split_titled_dateline("New Delhi: " + lede)[0]
    Dateline(printed='New Delhi', place='New Delhi', source=None)
    >>> split_titled_dateline("Summary: " + lede) is None
    True
    """
    if len(paragraph) < _TITLED_DATELINE_LEDE or paragraph.rstrip("'\"’”) ")[-1:] not in ".!?":
        return None
    found = _TITLED_DATELINE.match(paragraph, 0, _TITLED_DATELINE_REACH)
    if found is None:
        return None
    place = found.group("place")
    folded = place.casefold()
    if folded in _COLON_LABELS or folded in _TITLED_LABELS:
        return None
    lede = paragraph[found.end() :]
    sample = lede[:_TITLED_LEDE_SAMPLE]
    if lede[:_SPEECH_REACH].split(" ", 1)[0] in _SPEECH_OPENINGS or not any(
        word in sample for word in _ENGLISH_WORDS
    ):
        return None
    return Dateline(place, place=place), lede


def find_dateline(paragraph: str) -> str | None:
    """Return the dateline opening ``paragraph`` as printed (without its dash), or ``None``.

    >>> find_dateline("JAKARTA - Harga beras naik.")
    'JAKARTA'
    >>> find_dateline("Kabar6.com, Jakarta - Indonesia memasuki fase dinamis.")
    'Kabar6.com, Jakarta'
    """
    dateline = read_dateline(paragraph)
    return None if dateline is None else dateline.printed


def split_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """Split the dateline opening ``paragraph`` off: ``(dateline, the paragraph's own text)``.

    >>> split_dateline("JAKARTA - Harga beras naik.")
    (Dateline(printed='JAKARTA', place='JAKARTA', source=None), 'Harga beras naik.')
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
