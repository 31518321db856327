"""Compiled patterns and lookups built once from :mod:`newsparse._normalize.date_tables`.

Everything here works on *folded* text (see :func:`fold`): lower case, accents removed, typographic
apostrophes, dashes and spaces replaced by plain ones, and, crucially, the same length as the
original, so a span found in the folded text is the same span in the original.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from newsparse._normalize import date_tables as tables
from newsparse._normalize.phrases import AUTHOR_LABELS, EDITOR_LABELS
from newsparse._normalize.whitespace import INVISIBLE_FORMAT_CHARS

__all__ = [
    "AFTER_CLOCK_RE",
    "AMBIGUOUS_ZONE",
    "CJK_WEEKDAY",
    "CLOCK_PREFIX",
    "CLOCK_WORDS",
    "CONNECTOR_LANGS",
    "DATE_RE",
    "LANGUAGE_ZONE_NAMES",
    "LANG_DAY_FIRST",
    "LEAD_CLOCK_RE",
    "LEAD_LABEL_RE",
    "LEAD_RE",
    "MERIDIEM",
    "MONTH",
    "MONTH_CUT_RUNS",
    "MONTH_IN_LANGUAGE",
    "MONTH_RUNS",
    "SEASONAL_ZONE",
    "SOLAR_HIJRI_MONTH",
    "TAIL_RE",
    "TRAIL_RE",
    "WEEKDAY",
    "WORD_RE",
    "ZONE",
    "fold",
    "key",
]


def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    return base if len(base) == 1 else lower


_SPECIAL: Final = {
    **dict.fromkeys("\u2018\u2019\u02bc\u0060\u00b4\u2032", "'"),
    **dict.fromkeys("\u00a0\u2007\u2009\u202f\u3000\t", " "),
    # The direction marks (left-to-right, right-to-left, Arabic letter mark), which text keeps
    # (right-to-left text needs them between its words) and pages put round a date's numbers
    # ("\u200f06/05/2024\u200f"): a date beside one was not read (fuzz47).
    **dict.fromkeys("\u200e\u200f\u061c", " "),
    # And the invisible characters pages paste as a zero-width space is (the Mongolian vowel
    # separator, the combining grapheme joiner, the invisible operators U+2061-U+2064, a
    # presentation selector), which no date holds: one beside a date's word lost it (fuzz48).
    **dict.fromkeys(INVISIBLE_FORMAT_CHARS, " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),
    # Arabic-Indic, Persian, Thai and full-width digits, and full-width punctuation, one for one.
    **{chr(base + i): str(i) for base in (0x0660, 0x06F0, 0x0E50, 0xFF10) for i in range(10)},
    "\uff1a": ":",
    "\uff0c": ",",
    "\u060c": ",",
    "\uff0f": "/",
}
#: What :func:`fold` translates a line by before lowering it. ASCII and the general punctuation
#: (curly quotes, the ellipsis, bullets) are in it as themselves: ``str.translate`` of a text
#: beyond ASCII raises and clears a ``KeyError`` for every character the table lacks, which cost
#: a line of Latin script with one accent several times the lookups of its characters.
_FOLD: Final[Mapping[int, str]] = MappingProxyType(
    {
        **{code: chr(code) for code in range(0x80)},
        **{code: _fold_char(chr(code)) for code in range(0x80, 0x250)},
        # Vietnamese letters of Latin Extended Additional, with two marks ("ứ", "ậ").
        **{code: _fold_char(chr(code)) for code in range(0x1EA0, 0x1EFA)},
        **{code: chr(code) for code in range(0x2000, 0x2070)},
        **{ord(char): repl for char, repl in _SPECIAL.items()},
    }
)


#: Every character :data:`_FOLD` maps to another: a text holding none translates to itself.
_FOLD_CHANGES: Final = re.compile(
    "["
    + "".join(re.escape(chr(code)) for code, to in sorted(_FOLD.items()) if to != chr(code))
    + "]"
)


def fold(text: str) -> str:
    """Return ``text`` lower-cased and without accents, character for character (same length)."""
    if text.isascii():
        # The table's only ASCII entries are the tab and the grave accent; the rest of ASCII
        # only lowers (a lookup of every other character in the table would be a miss, each
        # one costly).
        folded = text.lower()
        if "\t" in folded or "`" in folded:
            folded = folded.replace("\t", " ").replace("`", "'")
        return folded
    # (A translation beyond ASCII looks every character up in the table, some hundred
    # instructions each. One search at C speed finds the first character it changes: none in
    # most lines of Cyrillic, Greek or CJK, or whose only mark is a bullet; and what stands
    # before it translates to itself. The text is lowered whole: a capital sigma lowers by the
    # letters around it.)
    change = _FOLD_CHANGES.search(text)
    if change is None:
        folded = text.lower()
    else:
        at = change.start()
        folded = (text[:at] + text[at:].translate(_FOLD)).lower()
    if len(folded) == len(text):
        return folded
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))


_KEY_DROP: Final = str.maketrans("", "", "'.- ")


def key(word: str) -> str:
    """Return the lookup key of a matched word: without apostrophes, dots, hyphens, spaces."""
    if word.isalpha():
        return word  # nothing to drop (most words): no splitting or translating
    return " ".join(word.split()).translate(_KEY_DROP)


def _word_pattern(name: str) -> str:
    parts = []
    for char in name:
        if char == "'":
            parts.append("'?")
        elif char == "-":
            parts.append("[- ]?")
        elif char == " ":
            parts.append(r"\s+")
        elif char == ".":
            parts.append(r"\.?")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


#: The characters :func:`_word_pattern` writes otherwise than as themselves (``'?``, ``[- ]?``,
#: ``\.?``, ``\s+``): a name opening with one may start with another character, or none.
_WRITTEN_OTHERWISE: Final = "'-. "
#: Each alternation of names in the patterns (see :func:`_alternation`) and its names, in order
#: (:func:`_listed_alternation` writes them as they were written before they were grouped):
#: filled once, at import, for the tests that prove both match alike.
_LISTED: Final[dict[str, tuple[str, ...]]] = {}


def _listed_alternation(unique: Iterable[str]) -> str:
    """The names (sorted, no two the same) as one alternation, in their order."""
    return "(?:" + "|".join(_word_pattern(n) for n in unique) + ")"


def _alternation(names: Iterable[str]) -> str:
    """The names as one alternation, longest first: the first name that fits wins.

    The names are grouped by their first character (``(?:s(?:eptember|ept|ep)|o(?:ctober|ct))``),
    which matches as the same names listed one by one: a name can match only where its first
    character stands, so one group at most can match, and its names are tried in their order.
    Where the listed alternation tries each of its names at every position it is tried at (the
    month names are hundreds), the grouped one tries a few dozen first characters, then the names
    of one of them.
    """
    unique = sorted(set(names), key=lambda n: (-len(n), n))
    if any(name[0] in _WRITTEN_OTHERWISE for name in unique):
        return _listed_alternation(unique)
    groups: dict[str, list[str]] = {}
    for name in unique:
        groups.setdefault(name[0], []).append(_word_pattern(name[1:]))
    grouped = (
        "(?:"
        + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
        + ")"
    )
    _LISTED[grouped] = tuple(unique)
    return grouped


def _lookup(
    rows: Iterable[tuple[str, int, str]],
) -> tuple[dict[str, int], dict[str, frozenset[str]]]:
    """Map each name to its number (0 when languages disagree) and to its languages."""
    numbers: dict[str, int] = {}
    langs: dict[str, set[str]] = {}
    for lang, number, names in rows:
        for name in names.split():
            k = key(name)
            numbers[k] = number if numbers.get(k, number) == number else 0
            langs.setdefault(k, set()).add(lang)
    return numbers, {k: frozenset(v) for k, v in langs.items()}


_MONTH_NUM, _MONTH_LANGS = _lookup((*tables.MONTHS, *tables.MONTHS_WITH_YEAR))
_WEEKDAY_NUM, _WEEKDAY_LANGS = _lookup(tables.WEEKDAYS)

#: Month name key -> (month number or 0 if the name means different months, languages).
MONTH: Final[Mapping[str, tuple[int, frozenset[str]]]] = MappingProxyType(
    {k: (n, _MONTH_LANGS[k]) for k, n in _MONTH_NUM.items()}
)
#: (Month name key, language) -> month number, for the names that mean different months in
#: different languages (:data:`MONTH` gives them 0): the page's language settles them.
MONTH_IN_LANGUAGE: Final[Mapping[tuple[str, str], int]] = MappingProxyType(
    {
        (key(name), lang): number
        for lang, number, names in (*tables.MONTHS, *tables.MONTHS_WITH_YEAR)
        for name in names.split()
        if _MONTH_NUM[key(name)] == 0
    }
)
#: Weekday name key -> (ISO weekday or 0 if the name means different days, languages).
WEEKDAY: Final[Mapping[str, tuple[int, frozenset[str]]]] = MappingProxyType(
    {k: (n, _WEEKDAY_LANGS[k]) for k, n in _WEEKDAY_NUM.items()}
)
#: Meridiem word key -> (rule, language).
MERIDIEM: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {key(word): (rule, lang) for word, rule, lang in tables.MERIDIEMS}
)
#: Key of a meridiem written before the clock ("下午") -> (rule, language).
CLOCK_PREFIX: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {key(word): (rule, lang) for word, rule, lang in tables.CLOCK_PREFIXES}
)
#: Connector key -> languages.
CONNECTOR_LANGS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        key(word): frozenset(lang for w, lang in tables.CONNECTORS if key(w) == key(word))
        for word, _ in tables.CONNECTORS
    }
)
#: Zone abbreviation -> (offset in minutes, day-first hint).
ZONE: Final[Mapping[str, tuple[int, bool | None]]] = MappingProxyType(
    {name: (offset, day_first) for name, offset, day_first, _ in tables.ZONES}
)
#: US zone abbreviation without standard or daylight -> standard offset in minutes.
SEASONAL_ZONE: Final[Mapping[str, int]] = MappingProxyType(
    {name: offset for name, offset, _ in tables.SEASONAL_ZONES}
)
#: Ambiguous zone abbreviation -> what it may mean.
AMBIGUOUS_ZONE: Final[Mapping[str, str]] = MappingProxyType(dict(tables.AMBIGUOUS_ZONES))
#: The abbreviations some language settles (see ``LANGUAGE_ZONES`` in the tables).
LANGUAGE_ZONE_NAMES: Final[frozenset[str]] = frozenset(name for name, *_ in tables.LANGUAGE_ZONES)
#: Language -> day-first (None: either order is in use).
LANG_DAY_FIRST: Final[Mapping[str, bool | None]] = MappingProxyType(dict(tables.LANGUAGES))

_LETTER_AFTER = r"(?![^\W\d_])"
_NO_LETTER_BEFORE = r"(?<![^\W\d_'])"
_NUM_START = r"(?<!\d)(?<!\d[.,:/-])"
# An ordinal's ending after the day: "14th", "1er", "14.", and Malay "10hb" (haribulan).
_ORD = r"(?:st|nd|rd|th|er|eme|hb|o|\.)?"

_weekday_names = [n for _, _, names in tables.WEEKDAYS for n in names.split()]
_WD_LONG = _alternation(n for n in _weekday_names if len(n) > 2)
_WD_SHORT = _alternation(n for n in _weekday_names if len(n) <= 2)
# The long names read after a date too (see WEEKDAY_FIRST_LANGUAGES in the tables).
_WD_AFTER = _alternation(
    name
    for lang, _, names in tables.WEEKDAYS
    if lang not in tables.WEEKDAY_FIRST_LANGUAGES
    for name in names.split()
    if len(name) > 2
)
# A weekday: long names with an optional dot; one- and two-letter ones need a dot or comma after.
# Vietnamese writes "ngày" (day) between the weekday and its date. (The lookahead skips every
# name at once where no letter stands, as at a date's first digit.)
_WD = (
    rf"(?=[^\W\d_]){_NO_LETTER_BEFORE}(?P<wd>{_WD_LONG}{_LETTER_AFTER}\.?|{_WD_SHORT}(?=[.,])\.?)"
    r"(?:\s*,\s*|\s*/\s*|\s+|(?<=\.))(?:ngay\s+)?"
)
_partial_names = {n for _, _, names in tables.MONTHS for n in names.split()}
_month_names = _partial_names | {
    n for _, _, names in tables.MONTHS_WITH_YEAR for n in names.split()
}
_MON = rf"{_NO_LETTER_BEFORE}{_alternation(_month_names)}{_LETTER_AFTER}"
# A month before its day ("September 14, 2023", C's "Aug 05 12:00:00 2015"): the languages that
# write it so; the names that need their year are written after the day (or after the year).
_MON_FIRST = rf"{_NO_LETTER_BEFORE}{_alternation(_partial_names)}{_LETTER_AFTER}"
# Partial dates (no year) only with names long enough not to be ordinary words, and none of the
# names that need their year.
_MON_PARTIAL = (
    rf"{_NO_LETTER_BEFORE}"
    rf"{_alternation(n for n in _partial_names if len(n) >= 4 and n != 'mars')}{_LETTER_AFTER}"
)
_YEAR4_END = r"(?!\d|[.:]\d)"
# The word "year" a Slavic date writes after its year: "12 мая 2023 г.", "12 мая 2023 года",
# "12 травня 2023 року", "12 maja 2023 r." (and "roku").
_YEAR_WORD = r"(?:\s*(?:года|году|г|року|р|roku|r)\.?(?![^\W\d_]))?"
_YEAR_END = r"(?!\d|[.:/-]\d)"
# A barred numeric date ("26 | 01 | 2022") is not one of a run of numbers with bars ("1|2|3").
_NO_BAR_BEFORE = r"(?!(?:(?<=\d\|)|(?<=\d \|)|(?<=\d\| )|(?<=\d \| ))[0-3]?\d ?\|)"
_NO_BAR_AFTER = r"(?!(?<=\|\d{4})\||(?<=\| \d{4})\|)"

#: Persian name of a solar Hijri month -> its number (1 = Farvardin).
SOLAR_HIJRI_MONTH: Final[Mapping[str, int]] = MappingProxyType(
    {name: number for number, names in tables.SOLAR_HIJRI_MONTHS for name in names.split()}
)
_SOLAR_HIJRI = rf"{_NO_LETTER_BEFORE}{_alternation(SOLAR_HIJRI_MONTH)}{_LETTER_AFTER}"

_LETTERS = re.compile(r"[^\W\d_]*")
#: How :func:`_word_pattern` lets a name's character be written (a space is any whitespace).
_WRITTEN: Final = {"'": ("", "'"), "-": ("", "-", " "), ".": ("", "."), " ": (" ",)}


def _month_runs(names: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The runs of letters a month name opens with, in every way the pattern lets it be written.

    Returns every such run, and those of them after which the name goes on (past a hyphen, an
    apostrophe or a dot): the first word of a hyphenated name written with its hyphen. A run that
    is a whole name ends where the name does, since the pattern lets no letter follow a name.
    """
    runs: set[str] = set()
    cut: set[str] = set()
    for name in names:
        for written in map("".join, itertools.product(*(_WRITTEN.get(c, (c,)) for c in name))):
            found = _LETTERS.match(written)
            run = found.group() if found is not None else ""
            if not run:
                raise ValueError(f"a month name must open with a letter: {name!r}")
            runs.add(run)
            if run != written:
                cut.add(run)
    return frozenset(runs), frozenset(cut)


#: The runs of letters (``[^\W\d_]+``) a month name of :data:`DATE_RE` (Gregorian or solar
#: Hijri) opens with, and those after which the name may go on (see :func:`_month_runs`): a
#: month name in a text starts a run of letters (no letter or apostrophe may precede it) that is
#: one of these.
MONTH_RUNS, MONTH_CUT_RUNS = _month_runs([*_month_names, *SOLAR_HIJRI_MONTH])

_ZONE_NAMES = _alternation(
    [name for name, *_ in tables.ZONES]
    + list(AMBIGUOUS_ZONE)
    + [name for name, *_ in tables.SEASONAL_ZONES]
)

#: What stands before each alternation of month names in :data:`DATE_RE`: a letter, which every
#: name opens with (:func:`_month_runs` makes sure). It changes no match; where no letter stands
#: (``4. 20/02/2019``: a day, then digits) it fails at once, where each of the hundreds of names
#: would be tried in turn, and tried again on each way back through the day's ordinal and
#: separators (a failing match at that line's start cost about five times a whole date's).
_NAME_AHEAD: Final = r"(?=[^\W\d_])"


def _date_pattern(ahead: str) -> str:
    """The pattern of :data:`DATE_RE`, with ``ahead`` before each alternation of month names.

    ``_date_pattern("")`` is the pattern without the lookaheads, which matches the same.
    """
    return (
        rf"(?:{_WD})?(?:"
        # 2023-09-14, 2014/11/17, 2023.09.14; Korean 2023. 9. 14. and 2023.09.14. (a dot closes it)
        rf"(?P<ymd>{_NUM_START}(?P<yy>[12]\d{{3}})(?P<ysep>[-/]|\.(?P<ydot> ?))(?P<ym>[01]?\d)(?P=ysep)"
        r"(?P<yd>[0-3]?\d)(?(ydot)(?:\.(?=\s|$))?)(?!\d|[.,/]\d))"
        # 20230914 (accepted alone only)
        r"|(?P<compact>(?<![\w.,])(?P<cy>(?:19|20)\d\d)(?P<cm>[01]\d)(?P<cd>[0-3]\d)(?![\w.,]))"
        # 14/09/2023, 14-09-2023, 14.09.2023, 14/09/23; 4. 2. 2022 (spaced: no day-first hint); a
        # Slavic year word after it too ("05.03.2024 г.", "05.03.2024 r."); bars between the parts,
        # read as dots ("26 | 01 | 2022": no bar right before or after it, the year in four digits)
        rf"|(?P<num>{_NUM_START}{_NO_BAR_BEFORE}(?P<n1>[0-3]?\d)(?P<nsep>[-/]|\. ?| ?\| ?)"
        rf"(?P<n2>[0-3]?\d)(?P=nsep)"
        rf"(?P<ny>[12]\d{{3}}|(?<![.|] )(?<!\|)\d\d){_YEAR_END}{_NO_BAR_AFTER}{_YEAR_WORD})"
        # 14 September 2023, 14. September 2023, 14 de septiembre de 2023, 14-Sep-2023, 4 Sep '23,
        # and the year first: 2014-Sep-03, 2016 March 3, Hungarian 2023. május 12. (Both orders share
        # one alternation of the month names, which costs most of the pattern's compiling.)
        rf"|(?P<dmy>{_NUM_START}(?:(?P<y3>[12]\d{{3}})(?:[-/ ]|\. ?)"
        rf"|(?P<d1>[0-3]?\d){_ORD}(?:\s*[-/.]\s*|\s+(?:de\s+|of\s+)?|\s*))(?P<m1>{ahead}{_MON})\.?"
        r"(?(y3)[-/ ](?P<d3>[0-3]?\d)(?!\d)\.?"
        rf"|(?:\s*[-/.,]\s*|\s+(?:de\s+|del\s+)?)(?P<y1>[12]\d{{3}}|'?\d\d){_YEAR_END}{_YEAR_WORD}))"
        # September 14, 2023; Sep. 14 2023; and the C library's layout, the time before the year
        # (Wed Aug 05 12:00:00 2015), Java's with a zone before the year (Mon Aug 03 12:45:00 EDT
        # 2015; GMT+02:00 for a zone it cannot name)
        rf"|(?P<mdy>(?P<m2>{ahead}{_MON_FIRST})(?:\.?(?:\s*[-/]\s*|\s*)(?P<d2>[0-3]?\d){_ORD}"
        rf"(?:\s*,\s*|\s+|-)(?P<y2>[12]\d{{3}}){_YEAR4_END}"
        r"|(?P<ctime>\s+(?P<d6>[0-3]?\d)\s+(?P<ch>[0-2]?\d):(?P<cmi>[0-5]\d)"
        rf"(?::(?P<cs>[0-5]\d|60))?\s+(?:(?P<czone>{_ZONE_NAMES})(?:(?P<csign>[+-])(?P<coh>\d\d?)"
        r"(?::?(?P<com>\d\d))?)?\s+)?(?P<y6>[12]\d{3})(?!\d))))"
        # (13/9) -- partial, needs a reference date; also 13/9 right after a weekday
        r"|(?P<pnum>(?:(?P<pparen>\()\s*)?(?P<p1>[0-3]?\d)/(?P<p2>[01]?\d)(?(pparen)\s*\))(?![/\d]))"
        # 13 September -- partial
        rf"|(?P<pdm>{_NUM_START}(?P<d4>[0-3]?\d){_ORD}(?:\s+(?:de\s+|of\s+)?|\s*[-.]\s*)"
        rf"(?P<m4>{ahead}{_MON_PARTIAL})\.?)"
        # September 13 -- partial
        rf"|(?P<pmd>(?P<m5>{ahead}{_MON_PARTIAL})\.?\s+(?P<d5>[0-3]?\d){_ORD}(?![\d\w])(?!\s*(?:,\s*)?\d))"
        # ۲۳ مهر ۱۴۰۲ (the solar Hijri calendar, Persian month names; folded digits)
        rf"|(?P<sh>{_NUM_START}(?P<d8>[0-3]?\d)\s+(?P<m8>{ahead}{_SOLAR_HIJRI})(?:\s*,\s+|\s+)(?P<y8>1[34]\d\d)(?!\d))"
        # Vietnamese 12 tháng 5 năm 2023 (day, "month" 5, "year" 2023), 9 tháng 1 2015
        rf"|(?P<vi>{_NUM_START}(?P<d9>[0-3]?\d)\s+thang\s+(?P<m9>[01]?\d)(?:\s+nam\s+|\s*,\s*|\s+)"
        r"(?P<y9>[12]\d{3})(?!\d))"
        # 2015年8月3日 (Chinese and Japanese), 2015년 8월 3일 (Korean)
        r"|(?P<cjk>(?<!\d)(?P<y7>[12]\d{3})\s*[年년]\s*(?P<m7>[01]?\d)\s*[月월]\s*(?P<d7>[0-3]?\d)"
        r"\s*[日일号])"
        r")"
    )


#: A date expression: an optional weekday, then one of the date shapes (named alternatives).
DATE_RE: Final = re.compile(_date_pattern(_NAME_AHEAD))

_MER = _alternation(word for word, _, _ in tables.MERIDIEMS)
_PRE_MER = _alternation(word for word, _, _ in tables.CLOCK_PREFIXES)
_CONN = _alternation(word for word, _ in tables.CONNECTORS)
_NOON = _alternation(tables.NOON_WORDS)
# A clock time, then a meridiem, then a zone: 11:22, 11.22, 19 h 21, 10:30 pagi, 4:32 pm EDT,
# 11:22:00.123+07:00, 09:10 WIB, 14:00 GMT+7, 04:07 hrs IST, 下午3:15, 오후 3:15, 13時.
_CLOCK = (
    rf"(?:(?P<pmer>{_PRE_MER})\s?)?"
    r"(?<![\d])(?P<h>[0-2]?\d)"
    r"(?:(?P<hsep>[:.]|\s?h\s?|\s?[時时点시]\s?)(?P<mi>[0-5]\d)"
    r"(?:[:.](?P<s>\d\d)(?:[.,](?P<frac>\d{1,9}))?|\s?[分분])?"
    # an hour alone, closed by the CJK word for it: 13時, 13时, 13点, 13시
    r"|\s?(?P<hword>[時时点시]))?"
    r"(?![\d])"
    rf"(?:\s*(?P<mer>{_MER})(?!\w))?"
    # "04:07 hrs IST", "11:22 Uhr MEZ": a clock word between the time and its zone
    rf"(?:\s*(?:uhr|hrs?)(?=\s*\(?\s*(?:{_ZONE_NAMES})(?!\w)))?"
    r"(?:\s*(?:\(\s*)?(?:"
    # The offset's sign stands against its hours ("GMT+7", "GMT -3"): after "WIB - 3 menit baca"
    # the spaced dash is a separator.
    rf"(?P<zname>{_ZONE_NAMES})(?:\s?(?P<zsign>[+-])(?P<zh>\d{{1,2}})(?::?(?P<zm>\d\d))?)?"
    # (an offset's hour in one digit, with its minutes: "+5.30", "-3:00")
    r"|(?P<osign>[+-])(?P<oh>\d\d|\d(?=[.:]\d\d))"
    r"(?:(?:(?<=[+-]\d)[.:]|(?<![+-]\d):?)(?P<om>\d\d))?"
    r")(?![\d])(?!\w)\s*\)?)?"
)

#: A Chinese, Japanese or Korean weekday after a date, by its last character: ``(月)``,
#: ``（목）``, ``星期一``, ``周日`` -> ISO weekday (1 = Monday).
CJK_WEEKDAY: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{char: day for day, char in enumerate("月火水木金土日", 1)},
        **{char: day for day, char in enumerate("월화수목금토일", 1)},
        **{char: day for day, char in enumerate("一二三四五六", 1)},
        "天": 7,
    }
)
_CJK_WD = (
    r"\s*(?:[(\uff08]\s*(?P<cjkwd>[月火水木金土日월화수목금토일])(?:曜日?|요일)?\s*[)\uff09]"
    r"|(?:星期|周|週)(?P<cjkwd2>[一二三四五六日天]))"
)

#: What may follow a date: a weekday, a separator or connector, a clock time, a meridiem, a zone.
#: No two ``\s*`` stand side by side: on a long run of spaces their splits multiply (issue 11).
TAIL_RE: Final = re.compile(
    rf"(?:\s*(?:,\s*)?(?=[^\W\d_]){_NO_LETTER_BEFORE}(?P<wd2>{_WD_AFTER}){_LETTER_AFTER}\.?"
    rf"|{_CJK_WD})?"
    # A dot closing the year separates only before a connector and its clock ("24.03.2019. u
    # 22:22", "20. studenoga 2010. @ 07:28", "13. veljače 1999. u podne"): "12 May 2023. 10
    # people" is a sentence.
    # A colon separates only before a clock written with one ("February 1, 2016: 1:28 AM ET"):
    # after "14 May 2023: 10 people" a sentence goes on.
    rf"(?:\s*(?:(?:[|,@;•·]|-(?!\d)|/(?=\s)|:(?=\s*[0-2]?\d:[0-5]\d(?!\d))"
    rf"|\.(?=\s*{_CONN}\s+(?:\d|{_NOON}))|\.\s*@)\s*)?"
    rf"(?:(?P<conn>{_CONN})(?:\s+|(?<=\.)))?|t)"
    # After a connector, a word for twelve o'clock ("at noon", Croatian "u podne").
    rf"(?:(?(conn)(?P<noon>{_NOON}){_LETTER_AFTER}|(?!))|{_CLOCK})"
)
#: A clock time written before its date ("10:06am Dec 11, 2014"); search it with endpos = start.
LEAD_CLOCK_RE: Final = re.compile(_CLOCK + r"\s*[,|@-]?\s*$")
#: A word right after a clock time that might change it (an unknown meridiem such as "ip.").
AFTER_CLOCK_RE: Final = re.compile(r"\s*([^\W\d_]{1,4})(?:\.|\s|$)")
#: Words that may follow a clock time without changing it.
CLOCK_WORDS: Final = frozenset(tables.CLOCK_WORDS)

_LABELS = _alternation(tables.LABELS)
_COUNTERS = _alternation(tables.COUNTERS)
_PUNCT = r"[\W_]*"

#: Labels and separators that may stand in front of a date line.
LEAD_RE: Final = re.compile(rf"{_PUNCT}(?:(?:{_LABELS}){_LETTER_AFTER}{_PUNCT})*")
#: A label after nothing but punctuation: every way :data:`LEAD_RE` has of reaching past a line's
#: first letter or digit opens with one.
LEAD_LABEL_RE: Final = re.compile(rf"{_PUNCT}(?:{_LABELS})")
#: A reading time after a date line: "5 min read", "Lesedauer: 5 Min.", "3 menit baca".
_READING_TIME = (
    r"(?:(?:lesezeit|lesedauer|reading time|waktu baca|masa membaca|tiempo de lectura"
    r"|temps de lecture|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*(?:etwa\s*|ca\.\s*)?)?"
    r"\d{1,3}\s*(?:minutes?|minuten|minutos|minuti|mins?|menit)(?![^\W\d_])\.?"
    r"(?:\s*(?:read|reading|lesezeit|lesedauer|baca|membaca)(?![^\W\d_]))?"
)
#: An hour word the clock time leaves behind ("10:00 Uhr", "14.30 uur", "9 h"), or words saying
#: the time is the place's own, which state no zone ("6:10 petang waktu tempatan").
_HOUR_WORD = r"(?:uhr|uur|hrs?|h|waktu tempatan|local time|น)(?![^\W\d_])\.?"
#: A counter whose word comes first: "Dibaca: 1.234 kali", "dilihat 53 kali", "views 1,204".
_COUNTER_FIRST = r"(?:dibaca|dilihat|views?|reads|pembaca)\s*:?\s*\d[\d.,]*(?:\s*(?:kali|times|x))?"
#: The labels of a person's field that may stand beside a date, set off by a bar: "Reporter :
#: Jane Doe | Selasa, 16 Februari 2016", "16 Feb 2016 | Editor: Ann Lee" (folded, longest first).
PERSON_LABELS: Final = tuple(
    sorted({fold(label) for label in (*AUTHOR_LABELS, *EDITOR_LABELS)}, key=len, reverse=True)
)
#: Zone words, a reading time, counters and a short source tag that may trail a date line.
TRAIL_RE: Final = re.compile(
    rf"{_PUNCT}(?:{_HOUR_WORD}{_PUNCT})?(?:(?:{_ZONE_NAMES}){_LETTER_AFTER}{_PUNCT})?"
    rf"(?:{_READING_TIME}{_PUNCT})?"
    rf"(?:(?:\d[\d.,]*\s*(?:{_COUNTERS})|{_COUNTER_FIRST}){_LETTER_AFTER}{_PUNCT})?"
    rf"(?:(?:(?<=[-|])|(?<=[-|]\s))\s*[^\W\d_][\w.]*{_PUNCT})?"
)
#: A word or number, for counting what is left around a date.
WORD_RE: Final = re.compile(r"\w+")
