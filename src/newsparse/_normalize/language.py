"""Guess the language of an article body from its most common function words.

Only a guess for the languages newsparse has tables for; anything else gives ``None``. HTML pages
usually state their language (``<html lang>``), which wins over this guess.
"""

from __future__ import annotations

import itertools
import operator
import re
import struct
from typing import TypeVar

__all__ = ["guess_language", "guess_month_language", "language_tag"]


#: A language and maybe its script and region, as pages and records write them (``en``,
#: ``en_US``, ``pt-BR``, ``es-419``, ``zh-Hans-CN``, ``sr-Latn``), then maybe a variant or an
#: extension (``de-DE-1996``, ``en-US-x-twain``), which the tag leaves out.
_LOCALE = re.compile(
    r"^([a-z]{2,3})(?:[_-]([a-z]{4}))?(?:[_-]([a-z]{2}|\d{3}))?(?:[_-][a-z\d]{1,8})*$",
    re.IGNORECASE,
)


def language_tag(value: str | None) -> str | None:
    """The BCP 47 tag of a stated language (``en_us`` gives ``en-US``), or ``None`` for none.

    The first of a list (``de, en``) counts. A value that is not a language code and maybe a
    region (``english``, ``Bahasa Indonesia``) is none: ``Article.language`` holds tags only.

    >>> language_tag("en_us"), language_tag(" ID "), language_tag("english")
    ('en-US', 'id', None)
    >>> language_tag("zh-hans-cn"), language_tag("sr-Latn"), language_tag("de-DE-1996")
    ('zh-Hans-CN', 'sr-Latn', 'de-DE')
    """
    if not value:
        return None
    match = _LOCALE.match(value.strip().split(",")[0].strip())
    if not match:
        return None
    lang, script, region = match.groups()
    parts = [lang.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


# Function words frequent in running text, and rare in the other languages listed. Indonesian and
# Malay share most of theirs, so each also lists the spellings that tell them apart.
def _words(text: str) -> frozenset[str]:
    """The set of whitespace-separated words in ``text``."""
    return frozenset(text.split())


_WORDS: dict[str, frozenset[str]] = {
    "id": _words(
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena bahwa "
        "sudah saat telah oleh menjadi kata mengatakan kami tersebut bisa saja hingga"
    ),
    "ms": _words(
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke kerana bahawa "
        "telah oleh menjadi katanya beliau ialah daripada iaitu boleh sahaja hingga"
    ),
    "en": _words(
        "the of and to in is that for it was on with as by at from his her they this have be"
    ),
    "de": _words("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine"),
    "fr": _words("le la les de des et en un une du est pour que qui dans pas sur au par"),
    "es": _words("el la de que y en los del se las por un para con una su al es lo como"),
    "pt": _words("o a de que e do da em um para com não uma os no se na por mais as dos"),
    "it": _words("il di che e la per un in del della una sono non le si con da è alla"),
    "nl": _words("de het een en van in is dat op te zijn met voor niet aan er ook als"),
}
#: Every word the guess counts (all of them letters only), and the languages it counts for.
_KNOWN = frozenset().union(*_WORDS.values())
_LANGS_OF = {
    word: tuple(lang for lang, words in _WORDS.items() if word in words) for word in _KNOWN
}
#: The words of each language of two letters or more (see ``_MIN_DISTINCT``).
_LONGER_WORDS = {
    lang: frozenset(word for word in words if len(word) > 1) for lang, words in _WORDS.items()
}
_TOKEN = re.compile(r"[^\W\d_]+")
#: A byte table: every ASCII character but the letters to a space (none is part of a run of
#: ``_TOKEN``), every other byte to itself.
_ASCII_NON_LETTERS = bytes(
    code if code >= 128 or chr(code).isalpha() else ord(" ") for code in range(256)
)
#: The same table that also lowers the ASCII capitals, for a text that is all ASCII (whose
#: ``str.lower`` lowers only those).
_ASCII_LOWERED_LETTERS = _ASCII_NON_LETTERS.translate(
    bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
)
_MIN_HITS = 8
# A text in a language without a table still hits a few short words of one that has one (Czech
# "a", "o", "se", "na", "do" are Portuguese words too; Danish "de", "en", "er" are Dutch): the
# guess needs this many different function words of two letters or more of its language, not
# just many hits.
_MIN_DISTINCT = 5


#: The words that tell Indonesian from Malay (see :func:`guess_language`).
_INDONESIAN = ("karena", "bahwa", "sudah", "saat", "bisa", "saja", "kata")
_MALAY = ("kerana", "bahawa", "beliau", "ialah", "daripada", "iaitu", "boleh", "sahaja")
#: The languages in table order (the order that breaks ties), then the two tallies of the words
#: that tell Indonesian from Malay: the fields of a word's score unit.
_TALLIES = (*_WORDS, "id only", "ms only")
#: How many bits a tally's field holds: more than the words the guess reads can fill (it reads
#: at most 20,000 characters, so at most 10,000 words).
_FIELD_BYTES = 2
_FIELD_BITS = 8 * _FIELD_BYTES
_SAMPLE_CHARS = 20_000
#: The tallies' fields as the sum's bytes hold them, little-endian on every host: an unsigned
#: short (two bytes, :data:`_FIELD_BYTES`) a tally.
_FIELDS = struct.Struct(f"<{len(_TALLIES)}H")
#: Each known word's score unit: an integer holding 1 in the field of each tally that counts it.
#: The sum of the units of a text's known words holds every tally at once, added in C.
_UNITS = {
    word: sum(
        1 << (_FIELD_BITS * field)
        for field, tally in enumerate(_TALLIES)
        if word in _WORDS.get(tally, ())
        or (tally == "id only" and word in _INDONESIAN)
        or (tally == "ms only" and word in _MALAY)
    )
    for word in _KNOWN
}
_LANGS = len(_WORDS)
_ID_ONLY, _MS_ONLY = _LANGS, _LANGS + 1
#: The tables above for an all-ASCII text, read in its bytes (see :func:`_ascii_known_words`):
#: its known words are the ASCII ones, each as its ASCII bytes.
#: Each known ASCII word as its bytes, to itself: the tables below hold these very objects, so a
#: word looked up in them through this table is found by identity, with no bytes compared.
_ASCII_KNOWN = {word.encode("ascii"): word.encode("ascii") for word in _KNOWN if word.isascii()}
_ASCII_UNITS = {
    _ASCII_KNOWN[word.encode("ascii")]: _UNITS[word] for word in _UNITS if word.isascii()
}
_ASCII_LONGER_WORDS = {
    lang: frozenset(_ASCII_KNOWN[word.encode("ascii")] for word in words if word.isascii())
    for lang, words in _LONGER_WORDS.items()
}
_Word = TypeVar("_Word", str, bytes)


def guess_language(text: str) -> str | None:
    """Return a language code (``"id"``, ``"en"``, ...) for ``text``, or ``None`` when unsure.

    >>> guess_language(
    ...     "Kim mengatakan bahwa hubungan dengan Rusia adalah prioritas utama bagi negara "
    ...     "kita saat ini dan bahwa pembicaraan itu akan menjadi dorongan yang kuat."
    ... )
    'id'
    >>> guess_language("Too short to tell.") is None
    True
    """
    sample = text[:_SAMPLE_CHARS]
    if sample.isascii():
        # (Read in its bytes, the text is split with no decoding, into bytes that cost less to
        # make than strings.)
        return _verdict(_ascii_known_words(sample), _ASCII_UNITS, _ASCII_LONGER_WORDS)
    return _verdict(_known_words(sample), _UNITS, _LONGER_WORDS) or _script_language(sample)


#: The scripts that name their language, with the share of a text's letters that must be
#: written in one for the text to be in its language. Japanese mixes kana with Chinese
#: characters (see :func:`_script_language`); Hangul, Thai, Greek and Hebrew letters are
#: written for one language each, in news.
_SCRIPTS = (
    ("ko", re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"), 0.4),
    ("th", re.compile(r"[\u0e00-\u0e7f]"), 0.5),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), 0.5),
    ("he", re.compile(r"[\u05d0-\u05ea]"), 0.5),
)
_KANA = re.compile(r"[\u3041-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: A letter of any script above (one search rules out a text that holds none: most texts).
_ANY_SCRIPT = re.compile(
    "["
    + "".join(pattern.pattern[1:-1] for pattern in (*(s for _, s, _ in _SCRIPTS), _KANA, _HAN))
    + "]"
)
#: How much of a text the script guess reads, and the fewest letters it decides on.
_SCRIPT_SAMPLE = 3000
_SCRIPT_MIN_LETTERS = 20


def _script_language(text: str) -> str | None:
    """The language that the script of most of ``text``'s letters is written for, if one is.

    Korean (Hangul), Japanese (kana among Chinese characters: a tenth of the letters at least),
    Chinese (Chinese characters with hardly any kana), Thai, Greek and Hebrew: the languages
    with no table of function words, whose script tells them. Anything else gives ``None``.

    >>> _script_language("서울 시민들은 오늘 아침 새로운 지하철 노선의 개통을 축하했다.")
    'ko'
    >>> _script_language("東京都は十日、新しい地下鉄の路線が開業したと発表した。")
    'ja'
    >>> _script_language("北京市政府十日宣布，新的地铁线路正式开通运营。")
    'zh'
    """
    sample = text[:_SCRIPT_SAMPLE]
    if _ANY_SCRIPT.search(sample) is None:
        # None of the scripts' letters: every count below is 0, and no share of 20 letters or
        # more is (nor is fewer letters read).
        return None
    letters = sum(map(str.isalpha, sample))
    if letters < _SCRIPT_MIN_LETTERS:
        return None
    for language, script, share in _SCRIPTS:
        if len(script.findall(sample)) >= share * letters:
            return language
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    if kana >= 0.1 * letters and kana + han >= 0.5 * letters:
        return "ja"
    if han >= 0.5 * letters and kana <= 0.02 * letters:
        return "zh"
    return None


def _verdict(
    words: list[_Word], units: dict[_Word, int], longer_words: dict[str, frozenset[_Word]]
) -> str | None:
    """:func:`guess_language`'s answer for a text's known words, with the tables they are in."""
    tallies = _tallies(words, units)
    scores = tallies[:_LANGS]
    top = max(scores)
    best = _TALLIES[scores.index(top)]  # (the first in table order of those scoring the most)
    if top < _MIN_HITS or len(longer_words[best].intersection(words)) < _MIN_DISTINCT:
        return None
    if best in {"id", "ms"}:
        # Malay only when its own words outnumber Indonesian's.
        return "ms" if tallies[_MS_ONLY] > tallies[_ID_ONLY] else "id"
    return best if scores.count(top) == 1 else None


def _tallies(words: list[_Word], units: dict[_Word, int]) -> list[int]:
    """Each tally of :data:`_TALLIES` over ``words`` (known words): each language's score first.

    A language's score is how many of ``words`` it lists. The words' score units (``units``:
    :data:`_UNITS`, or :data:`_ASCII_UNITS` for words as bytes) are summed in one pass (no count
    per word, no loop over languages in Python), and the sum's fields read out of its bytes.
    """
    # (One C call looks all the words up; ``itemgetter`` of one word gives its value, not a
    # tuple, and of none fails.)
    total = (
        sum(operator.itemgetter(*words)(units))
        if len(words) > 1
        else sum(map(units.__getitem__, words))
    )
    # (Little-endian on every host, written and read: the lowest field, the first tally, first.)
    return list(_FIELDS.unpack(total.to_bytes(_FIELDS.size, "little")))


def _known_words(text: str) -> list[str]:
    """The runs of letters of ``text``, lowered, that the guess knows, in the text's order.

    The same as the known words among ``_TOKEN.findall(text.lower())``.
    """
    # The runs of letters of the text, kept for the words the guess looks at. An ASCII
    # character that is no letter ends a run as a space does, so those become spaces first, in
    # the text's UTF-8 bytes (a byte table's work; no byte of a longer sequence is ASCII): a word
    # between spaces that is all letters is then one run, and only a word holding another
    # character ("“dan”") is searched for runs. An ASCII text is lowered by the same byte table.
    if text.isascii():
        return [word.decode("ascii") for word in _ascii_known_words(text)]
    lowered = text.lower()
    tokens = (
        lowered.encode("utf-8", "surrogatepass")
        .translate(_ASCII_NON_LETTERS)
        .decode("utf-8", "surrogatepass")
        .split()
    )
    known = list(filter(_KNOWN.__contains__, tokens))
    if not lowered.isascii():
        odd = " ".join(itertools.filterfalse(str.isalpha, tokens))
        known.extend(filter(_KNOWN.__contains__, _TOKEN.findall(odd)))
    return known


def _ascii_known_words(text: str) -> list[bytes]:
    """:func:`_known_words` of an all-ASCII ``text``, each as its ASCII bytes.

    Every ASCII character that is no letter ends a run of letters, and becomes a space, and every
    capital is lowered, by one byte table: the runs of letters are then the words between spaces.
    """
    words = text.encode("ascii").translate(_ASCII_LOWERED_LETTERS).split()
    # (Each known word as the tables' own object: see _ASCII_KNOWN.)
    return list(filter(None, map(_ASCII_KNOWN.get, words)))


#: Frequent words of the languages whose month names clash (Polish and Czech ``listopad`` is
#: November, Croatian October), each found in running text of one of them only.
_CLASH_WORDS: dict[str, frozenset[str]] = {
    "pl": _words(
        "się jest nie przez oraz który która które jak dla już tylko także może jego było"
    ),
    "cs": _words("není jako který která které pro jeho také může byl být podle jsou než"),
    "hr": _words("su da koji koja koje što će nije kao iz ali bio bila biti prema"),
}
_CLASH_OF = {word: lang for lang, words in _CLASH_WORDS.items() for word in words}
#: How many of its words a language needs, and by what factor it must outnumber the next one.
_CLASH_MIN_HITS = 5
_CLASH_LEAD = 2


def guess_month_language(text: str) -> str | None:
    """Return ``"pl"``, ``"cs"`` or ``"hr"`` for a body in one of them, or ``None`` when unsure.

    Only for settling a month name those languages give different months (``listopada``); the
    article's language is :func:`guess_language`'s.

    >>> guess_month_language(
    ...     "Rząd przyjął projekt, który jest już gotowy. Nie wiadomo, jak długo potrwa "
    ...     "przez to praca, ale minister mówi, że się uda także dla gmin."
    ... )
    'pl'
    """
    counts = dict.fromkeys(_CLASH_WORDS, 0)
    for word in _TOKEN.findall(text[:_SAMPLE_CHARS].lower()):
        lang = _CLASH_OF.get(word)
        if lang is not None:
            counts[lang] += 1
    first, second = sorted(counts.values(), reverse=True)[:2]
    if first < _CLASH_MIN_HITS or first < _CLASH_LEAD * second:
        return None
    return next(lang for lang, count in counts.items() if count == first)
