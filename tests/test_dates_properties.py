"""Properties of the date normaliser: round trips, no exceptions, nothing after the reference."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._normalize import _date_patterns as pat
from newsparse._normalize._date_reading import Options, read_match
from newsparse._normalize.date_tables import MONTHS, MONTHS_WITH_YEAR, WEEKDAYS
from newsparse._normalize.dates import (
    _DIGIT,
    _NUMERIC_DATE_LINE,
    DateMatch,
    _first,
    _is_line,
    _may_hold_date,
    _numeric_date_line,
    find_date,
    parse_date,
    parse_date_line,
    parse_timestamp,
)

from .strategies import (
    aware_datetimes,
    date_languages,
    date_like_texts,
    date_patterns,
    format_date,
    references,
)


def _not_after(value: dt.date, reference: dt.datetime) -> bool:
    """The documented comparison: days by day; wall clocks when only one side has a zone."""
    if not isinstance(value, dt.datetime):
        return value <= reference.date()
    if (value.tzinfo is None) != (reference.tzinfo is None):
        return value.replace(tzinfo=None) <= reference.replace(tzinfo=None)
    return value <= reference


@given(aware_datetimes, date_patterns, date_languages)
def test_format_then_parse_round_trips(value: dt.datetime, pattern: str, lang: str) -> None:
    text = format_date(value, pattern, lang)
    parsed = parse_date(text)
    assert isinstance(parsed, dt.datetime), text
    assert parsed == value, text
    assert parsed.utcoffset() == value.utcoffset(), text
    match = parse_date_line(text)
    assert match is not None, text
    assert match.value == value


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    parse_date(text)
    parse_date(text, day_first=True, reference=dt.datetime(2023, 9, 14))
    find_date(text)
    parse_date_line(text, default_timezone=dt.timezone.utc)


@given(date_like_texts, st.none() | st.booleans())
def test_never_raises_on_date_like_text(text: str, day_first: bool | None) -> None:
    for function in (parse_date, find_date, parse_date_line):
        function(text, day_first=day_first)


@given(st.one_of(st.integers(), st.floats(), st.text(alphabet="0123456789. -e")))
def test_timestamps_never_raise(value: int | float | str) -> None:
    result = parse_timestamp(value)
    assert result is None or result.tzinfo is dt.timezone.utc


@given(date_like_texts | aware_datetimes.map(dt.datetime.isoformat), references)
def test_never_after_the_reference(text: str, reference: dt.datetime) -> None:
    value = parse_date(text, reference=reference)
    assert value is None or _not_after(value, reference)
    match = find_date(text, reference=reference)
    assert match is None or match.value is None or _not_after(match.value, reference)


@given(date_like_texts)
def test_a_result_reparses_from_its_iso_form(text: str) -> None:
    value = parse_date(text)
    if value is not None:
        again = parse_date(value.isoformat())
        assert again == value
        assert type(again) is type(value)


def _first_by_scanning(folded: str, options: Options) -> DateMatch | None:
    """The first acceptable date by trying the pattern at every position (the definition)."""
    for found in pat.DATE_RE.finditer(folded):
        match = read_match(found, folded, options)
        if match is not None:
            return DateMatch(*match)
    return None


_NAMES = sorted(
    {name for _, _, names in (*WEEKDAYS, *MONTHS, *MONTHS_WITH_YEAR) for name in names.split()}
)
_NAMED_PIECES = st.sampled_from(_NAMES) | st.sampled_from(
    ["(", ")", "/", "-", ".", ",", "'", " ", "’", "年", "1", "13", "2023", "09", "x", "é"]
)


@given(
    st.lists(_NAMED_PIECES | st.text(max_size=3), max_size=12).map("".join) | date_like_texts,
    st.booleans(),
)
def test_the_date_search_skips_only_where_no_date_starts(text: str, whole: bool) -> None:
    # _first tries the pattern only at digits, brackets and runs of letters that are names; it
    # must find what trying every position finds.
    folded = pat.fold(text)
    options = Options(None, None, None, whole=whole)
    assert _first(folded, options) == _first_by_scanning(folded, options)


_MONTH_NAMES = sorted(
    {name for _, _, names in (*MONTHS, *MONTHS_WITH_YEAR) for name in names.split()}
    | set(pat.SOLAR_HIJRI_MONTH)
)
_SHAPE_PIECES = (
    st.sampled_from(_MONTH_NAMES)
    | st.sampled_from(["1", "14", "2023", "20230914", "1402", "th", "o", "eme", "de ", "of "])
    | st.sampled_from([" ", "  ", ".", ". ", "-", "/", ",", "'", "(", ")", "\t", "\n", ":", "+"])
    | st.sampled_from(["年", "월", "x"])
)


@given(st.lists(_SHAPE_PIECES | st.text(max_size=3), max_size=10).map("".join) | date_like_texts)
def test_a_text_without_a_date_shape_holds_no_date(text: str) -> None:
    # The cheap test before the search must never turn away a text the pattern matches in.
    folded = pat.fold(text)
    if not _may_hold_date(folded):
        assert pat.DATE_RE.search(folded) is None


def _as_listed(pattern: str) -> str:
    """``pattern`` with each of its alternations of names listed one by one, not grouped."""
    for grouped in sorted(pat._LISTED, key=len, reverse=True):
        pattern = pattern.replace(grouped, pat._listed_alternation(pat._LISTED[grouped]))
    return pattern


#: The patterns as they were written before their names were grouped and the date pattern had
#: its lookaheads for a letter before its month names.
_AS_WRITTEN = {
    "DATE_RE": (pat.DATE_RE, re.compile(_as_listed(pat._date_pattern("")))),
    "TAIL_RE": (pat.TAIL_RE, re.compile(_as_listed(pat.TAIL_RE.pattern))),
    "LEAD_RE": (pat.LEAD_RE, re.compile(_as_listed(pat.LEAD_RE.pattern))),
    "LEAD_LABEL_RE": (pat.LEAD_LABEL_RE, re.compile(_as_listed(pat.LEAD_LABEL_RE.pattern))),
    "LEAD_CLOCK_RE": (pat.LEAD_CLOCK_RE, re.compile(_as_listed(pat.LEAD_CLOCK_RE.pattern))),
    "TRAIL_RE": (pat.TRAIL_RE, re.compile(_as_listed(pat.TRAIL_RE.pattern))),
}
_WEEKDAY_NAMES = sorted({name for _, _, names in WEEKDAYS for name in names.split()})
_PATTERN_PIECES = (
    st.sampled_from(_MONTH_NAMES)
    | st.sampled_from(_WEEKDAY_NAMES)
    | st.sampled_from([*sorted(pat.ZONE), "am", "p.m.", "uhr", "wib", "um", "at", "pukul", "h"])
    | st.sampled_from(["published", "stand:", "diperbarui", "views", "kali", "5 min read"])
    | st.sampled_from(["1", "4", "14", "31", "09", "2023", "19", "1402", "20230914", "12:45"])
    | st.sampled_from(["th", "o", "er", "hb", "de ", "of ", "del ", "thang ", "nam ", "r.", "г."])
    | st.sampled_from([" ", "  ", ".", ". ", "-", "/", ",", ", ", "'", "(", ")", "|", " | "])
    | st.sampled_from(["\t", ":", "+", "+07:00", "年", "月", "日", "x", "é", "_"])
)
_PATTERN_NUMBERS = st.sampled_from(["1", "4.", "14", "14th", "31", "09", "2023", "2023.", "1402"])
_PATTERN_SEPARATORS = st.sampled_from([" ", "", ". ", "-", "/", ", ", " de ", " of ", "  "])
#: A number, a name and a number, with separators: the shapes of the pattern with a month name.
_PATTERN_TRIPLES = st.tuples(
    _PATTERN_NUMBERS,
    _PATTERN_SEPARATORS,
    st.sampled_from(_MONTH_NAMES) | st.sampled_from(_WEEKDAY_NAMES),
    _PATTERN_SEPARATORS,
    _PATTERN_NUMBERS,
).map("".join)


@given(
    st.lists(_PATTERN_TRIPLES | _PATTERN_PIECES | st.text(max_size=3), max_size=8).map("".join)
    | date_like_texts
)
def test_the_patterns_match_as_written_before_they_were_made_cheaper(text: str) -> None:
    # The names of each alternation are grouped by their first character, and each place of a
    # month name in the date pattern opens with a lookahead for a letter (every name opens with
    # one): each pattern must match as before at every position (span and groups).
    folded = pat.fold(text)
    for name, (new_pattern, old_pattern) in _AS_WRITTEN.items():
        for at in range(len(folded) + 1):
            new = new_pattern.match(folded, at)
            old = old_pattern.match(folded, at)
            assert (new is None) == (old is None), (name, folded, at)
            if new is not None and old is not None:
                assert (new.span(), new.groups()) == (old.span(), old.groups()), (name, folded, at)


def test_every_alternation_of_names_is_grouped() -> None:
    # Fourteen alternations of names, all grouped (none has a name opening with a mark), and
    # the lookaheads before the five places of a month name (and the weekday's own).
    assert len(pat._LISTED) == 14
    for _, old_pattern in _AS_WRITTEN.values():
        assert not any(grouped in old_pattern.pattern for grouped in pat._LISTED)
    assert pat.DATE_RE.pattern.count(pat._NAME_AHEAD) == 6
    assert _AS_WRITTEN["DATE_RE"][1].pattern.count(pat._NAME_AHEAD) == 1
    assert _AS_WRITTEN["DATE_RE"][1].groupindex == pat.DATE_RE.groupindex


_SOME_NAMES = st.lists(
    st.text(alphabet="abé'-. ", min_size=1, max_size=5).filter(lambda n: n[0] not in "'-. "),
    min_size=1,
    max_size=12,
)


@given(
    _SOME_NAMES,
    st.sampled_from(["", r"\.?\s+\d", r"(?![^\W\d_])", r"b?\d", r"(?:a|é)*$"]),
    st.text(alphabet="abé'-. 1", max_size=10),
)
def test_a_grouped_alternation_matches_as_the_listed_one(
    names: list[str], after: str, text: str
) -> None:
    # Whatever follows it (a failure after it tries the next name), the names grouped by their
    # first character match as the names listed longest first.
    unique = sorted(set(names), key=lambda n: (-len(n), n))
    grouped = re.compile(pat._alternation(names) + after)
    listed = re.compile(pat._listed_alternation(unique) + after)
    for at in range(len(text) + 1):
        new, old = grouped.match(text, at), listed.match(text, at)
        assert (new and new.span()) == (old and old.span()), (text, at)


@pytest.mark.parametrize(
    ("line", "may"),
    [
        ("Juli 2014", False),  # an archive's month: a year, no day
        ("Juli 2012 (1)", False),
        ("+49 221 / 29 23 560", False),  # a phone number
        ("0631-369215", False),
        ("139,99 € 131,55 €", False),  # prices
        ("12.50 €", False),
        ("© 2008 - 2016 Example Times", False),
        ("Juli 14", True),
        ("14. Juli", True),
        ("3rd of May", True),
        ("2016-Mar-03", True),
        ("2023. május 12.", True),
        ("12 мая 2023", True),
        ("(13/9)", True),
        ("14.09.23", True),
        ("4. 2. 2022", True),
        ("20230914", True),
        ("2015年8月3日", True),
        ("23 مهر 1402", True),
    ],
)
def test_the_cheap_date_shape_test(line: str, may: bool) -> None:
    assert _may_hold_date(pat.fold(line)) is may
    if not may:
        assert parse_date_line(line) is None
        assert find_date(line) is None


def _date_line_unbounded(line: str) -> DateMatch | None:
    """:func:`parse_date_line` by its definition: the first date anywhere, then the line test."""
    if _DIGIT.search(line) is None:
        return None
    folded = pat.fold(line)
    match = _first(folded, Options(None, None, None, whole=True))
    if match is None or not _is_line(folded, match.start, match.end):
        return None
    return match


_LINE_PIECES = st.sampled_from(
    ["12:43, ", "10:06am ", "Published on ", "Stand: ", "Von Jule Radeck ", "Vom ", "Die ", "am "]
)


@pytest.mark.parametrize(
    "line",
    [
        "12:43, 20 Apr 2026",  # a clock opens the line: the date starts with it, further on
        "10:06am Dec 11, 2014",
        "Published on 5 May 2024 | 11:22 WIB",  # a label: the date may start anywhere after it
        "Stand: 17.06.2025 18:24",
        "Von Jule Radeck Vom 3. Februar 2022 0",
        "Die Zutaten (4-6 Personen)",
        "- 14/09/2023 11:22 WIB",
        "Thursday, 14-09-2023 | 11:22 am",
    ],
)
def test_a_date_line_is_read_as_by_its_definition(line: str) -> None:
    assert parse_date_line(line) == _date_line_unbounded(line)


@given(
    st.lists(_LINE_PIECES | _NAMED_PIECES | st.text(max_size=3), max_size=12).map("".join)
    | date_like_texts
)
def test_the_date_line_search_stops_only_where_no_date_line_starts(text: str) -> None:
    # parse_date_line looks for the date no further than a date line's date can start (the first
    # letter or digit, 40 characters on after a digit, anywhere after a label); it must find
    # what the search along the whole line and the line test find.
    assert parse_date_line(text) == _date_line_unbounded(text)


def _number(low: int, high: int) -> st.SearchStrategy[str]:
    """A number written bare or padded to two digits (``7``, ``07``)."""
    return st.builds(
        lambda value, padded: f"{value:02d}" if padded else str(value),
        st.integers(low, high),
        st.booleans(),
    )


_WEEKDAY_WORDS = st.sampled_from(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "SUNDAY"]
)
_DMY = st.builds(
    lambda first, sep, second, sep2, year: f"{first}{sep}{second}{sep2}{year}",
    _number(0, 32),
    st.sampled_from("-/.:"),
    _number(0, 32),
    st.sampled_from("-/.-/."),
    st.integers(1890, 2110).map(str)
    | st.integers(0, 9999).map("{:04d}".format)
    | st.sampled_from(["0000", "23", "2023"]),
)
_ISO = st.builds(
    lambda year, month, day: f"{year}-{month}-{day}",
    st.integers(1890, 2110).map(str) | st.integers(0, 9999).map("{:04d}".format),
    _number(0, 14),
    _number(0, 33),
)
_CLOCK = st.builds(
    lambda sep, hour, minute, second, mer: f"{sep}{hour}:{minute}{second}{mer}",
    st.sampled_from([" | ", ", ", " ", "  ", "T", " - ", "|"]),
    _number(0, 25),
    _number(0, 61),
    st.just("") | _number(0, 61).map(":{}".format),
    st.sampled_from(["", " am", " pm", "am", "PM", " a.m.", " Am", " WIB"]),
)
_NUMERIC_LINES = st.builds(
    lambda weekday, date, clock: weekday + date + clock,
    st.just("") | st.builds("{}{}".format, _WEEKDAY_WORDS, st.sampled_from([", ", ",", " "])),
    _DMY | _ISO,
    st.just("") | _CLOCK,
)


@given(_NUMERIC_LINES)
def test_the_numeric_date_line_reading_is_the_general_one(line: str) -> None:
    # The common all-numeric date lines are read without the general reader: where that reading
    # answers, the general reader must give the same match (value, span and problem).
    # (_date_line_unbounded reads by the definition, with no quick reading.)
    general = _date_line_unbounded(line)
    found = _NUMERIC_DATE_LINE.fullmatch(pat.fold(line))
    if found is not None and (quick := _numeric_date_line(found)) is not None:
        assert quick == general
    assert parse_date_line(line) == general


@pytest.mark.parametrize(
    "line",
    [
        "Thursday, 14-09-2023 | 11:22 am",
        "14/09/2023 11:22",
        "09.14.2023, 23:05:09",
        "2023-09-14",
        "Sunday, 2023-09-17 12:00 pm",
    ],
)
def test_the_common_numeric_date_lines_take_the_quick_reading(line: str) -> None:
    found = _NUMERIC_DATE_LINE.fullmatch(pat.fold(line))
    assert found is not None
    assert _numeric_date_line(found) == _date_line_unbounded(line)
    assert parse_date_line(line) == _date_line_unbounded(line)


@pytest.mark.parametrize(
    "line",
    [
        "05-09-2023 | 11:22 am",  # either order: the general reader weighs the meridiem
        "Monday, 14-09-2023",  # the weekday disagrees: the general reader says so
        "31-02-2023",  # no such day
        "14-09-2023 | 13:22 pm",  # no such time
    ],
)
def test_the_quick_reading_leaves_the_unsure_lines_to_the_general_one(line: str) -> None:
    found = _NUMERIC_DATE_LINE.fullmatch(pat.fold(line))
    assert found is not None
    assert _numeric_date_line(found) is None


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text(max_size=20))
def test_fold_of_ascii_is_the_table_s(text: str) -> None:
    # ASCII is folded by lower() and two replacements rather than through the table.
    expected = text.translate(pat._FOLD).lower()
    if len(expected) == len(text):
        assert pat.fold(text) == expected


def _folds_by_the_old_table() -> dict[int, str]:
    # The table before ASCII and the general punctuation were put in it as themselves.
    return {
        **{code: pat._fold_char(chr(code)) for code in range(0x80, 0x250)},
        **{code: pat._fold_char(chr(code)) for code in range(0x1EA0, 0x1EFA)},
        **{ord(char): repl for char, repl in pat._SPECIAL.items()},
    }


def test_the_fold_table_s_own_entries_fold_nothing_more() -> None:
    # ASCII and the general punctuation stand in the table as themselves (a character the table
    # lacks costs str.translate a raised KeyError): every character translates as it did.
    old = _folds_by_the_old_table()
    for code in range(0x110000):
        char = chr(code)
        assert char.translate(pat._FOLD) == char.translate(old), hex(code)
    own = [code for code in pat._FOLD if code not in old]
    # ASCII but tab and grave; the punctuation block but its 17 folded characters (spaces, dashes,
    # quotes, the prime, the two direction marks U+200E and U+200F and, since fuzz48, the four
    # invisible operators U+2061 to U+2064, read as spaces).
    assert len(own) == 0x80 - 2 + 0x70 - 17
    assert all(pat._FOLD[code] == chr(code) for code in own)
    # The tab and the grave accent are still folded, as are the dashes and curly quotes.
    assert pat.fold("\u00e9t\u00e9\t`\u2013\u2019") == "ete '-'"


@given(st.text(max_size=30))
def test_fold_is_the_old_table_s_fold(text: str) -> None:
    old = _folds_by_the_old_table()
    expected = text.translate(old).lower()
    if len(expected) == len(text):
        assert pat.fold(text) == expected


@given(st.text(alphabet=st.characters(), max_size=12))
def test_date_word_key_of_a_bare_word_is_the_word(word: str) -> None:
    # A word of letters only skips the splitting and dropping: what they give must be the word.
    full = " ".join(word.split()).translate(pat._KEY_DROP)
    assert pat.key(word) == full
    if word.isalpha():
        assert full == word


def test_date_word_key_drops_marks_and_spaces() -> None:
    assert pat.key("Thursday") == "Thursday"
    assert pat.key("Sept.") == "Sept"
    assert pat.key("jum'at") == "jumat"
    assert pat.key("a.m.") == "am"
    assert pat.key("Selasa  pagi") == "Selasapagi"


def _fold_by_table(text: str) -> str:
    """:func:`~newsparse._normalize._date_patterns.fold` by its definition: every character
    translated by the table, then the text lowered (each character alone if that changes its
    length)."""
    translated = text.translate(pat._FOLD)
    folded = translated.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in translated)


# Characters the table maps and leaves (accents, digits of other scripts, curly quotes, dashes,
# spaces, bullets), capital sigma and letters that lower to two, Cyrillic, CJK, and ASCII.
_FOLD_CHARS = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x80, max_codepoint=0x250),
    st.characters(min_codepoint=0x1EA0, max_codepoint=0x1EFA),
    st.characters(min_codepoint=0x2000, max_codepoint=0x2070),
    st.sampled_from("\t`Σσςİ\u0660\u06f5\u0e52\uff11\uff1a\u060cЖжä年\u3000"),
    st.characters(min_codepoint=0x370, max_codepoint=0x4FF),
)


@given(st.text(_FOLD_CHARS, max_size=40))
def test_fold_translates_only_where_the_table_changes_a_character(text: str) -> None:
    # fold skips the table's lookups before the first character it changes: the same text.
    folded = pat.fold(text)
    assert folded == _fold_by_table(text)
    assert len(folded) == len(text)
