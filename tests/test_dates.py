"""The date normaliser, family by family, on cases whose values were worked out by hand."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsparse._normalize._date_reading import eu_summer_time
from newsparse._normalize.dates import (
    DateMatch,
    find_date,
    has_digit,
    page_day_first,
    parse_date,
    parse_date_line,
    parse_timestamp,
)

UTC = dt.timezone.utc
WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def same(value: dt.date | None, expected: dt.date | None) -> bool:
    """Equal, of the same kind (date or datetime), with the same offset."""
    if type(value) is not type(expected):
        return False
    if isinstance(value, dt.datetime) and isinstance(expected, dt.datetime):
        return value == expected and value.utcoffset() == expected.utcoffset()
    return value == expected


MACHINE: list[tuple[str, dt.date]] = [
    ("2023-09-14T11:22:00+07:00", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("2023-09-14T11:22:00.250Z", dt.datetime(2023, 9, 14, 11, 22, 0, 250000, tzinfo=UTC)),
    ("2023-09-14T04:22:00+0000", dt.datetime(2023, 9, 14, 4, 22, tzinfo=UTC)),
    ("2023-09-14 11:22", dt.datetime(2023, 9, 14, 11, 22)),
    ("2023-09-14 11:22:33", dt.datetime(2023, 9, 14, 11, 22, 33)),
    ("1999-12-31 19:00:00 -0500", dt.datetime(1999, 12, 31, 19, tzinfo=tz(-5))),
    ("2023-09-14", dt.date(2023, 9, 14)),
    ("2014/11/17", dt.date(2014, 11, 17)),
    ("20230914", dt.date(2023, 9, 14)),
    ("Thu, 14 Sep 2023 04:22:00 GMT", dt.datetime(2023, 9, 14, 4, 22, tzinfo=UTC)),
    ("Thu, 14 Sep 2023 11:22:00 +0700", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("Wed Aug 05 12:00:00 2015", dt.datetime(2015, 8, 5, 12)),
    # A browser clock's string: the zone's name in brackets after the offset is not noise.
    (
        "Tue Feb 20 2018 01:00:00 GMT+0100 (Central European Standard Time)",
        dt.datetime(2018, 2, 20, 1, tzinfo=tz(1)),
    ),
    (
        "Wed Jan 06 2021 19:34:00 GMT-0500 (Eastern Standard Time)",
        dt.datetime(2021, 1, 6, 19, 34, tzinfo=tz(-5)),
    ),
]

HUMAN: list[tuple[str, dt.date]] = [
    ("14 September 2023", dt.date(2023, 9, 14)),
    ("September 14, 2023", dt.date(2023, 9, 14)),
    ("Sep. 14 2023", dt.date(2023, 9, 14)),
    ("14. September 2023", dt.date(2023, 9, 14)),
    ("14. März 2023", dt.date(2023, 3, 14)),
    ("14 de septiembre de 2023", dt.date(2023, 9, 14)),
    ("14 de março de 2023", dt.date(2023, 3, 14)),
    ("14 settembre 2023", dt.date(2023, 9, 14)),
    ("14 août 2023", dt.date(2023, 8, 14)),
    ("1er février 2023", dt.date(2023, 2, 1)),
    ("14 maart 2023", dt.date(2023, 3, 14)),
    ("14 Agustus 2023", dt.date(2023, 8, 14)),
    ("15 Disember 2023", dt.date(2023, 12, 15)),
    ("15 Ogos 2023", dt.date(2023, 8, 15)),
    ("14-Sep-2023", dt.date(2023, 9, 14)),
    ("4 Sep '23", dt.date(2023, 9, 4)),
    ("Kamis, 14/09/2023", dt.date(2023, 9, 14)),
    ("14-09-2023", dt.date(2023, 9, 14)),
    ("14.09.2023", dt.date(2023, 9, 14)),
    ("Do., 14.09.2023", dt.date(2023, 9, 14)),
    ("jeudi 14 septembre 2023", dt.date(2023, 9, 14)),
    ("miércoles, 13 de septiembre de 2023", dt.date(2023, 9, 13)),
    ("quinta-feira, 14 de setembro de 2023", dt.date(2023, 9, 14)),
    ("giovedì 14 settembre 2023", dt.date(2023, 9, 14)),
    ("donderdag 14 september 2023", dt.date(2023, 9, 14)),
    ("JUM'AT, 15 SEPTEMBER 2023", dt.date(2023, 9, 15)),
    ("Jum’at, 15 September 2023", dt.date(2023, 9, 15)),
    ("Published: 14 September 2023", dt.date(2023, 9, 14)),
    ("Diperbarui 14 Sep 2023", dt.date(2023, 9, 14)),
    ("Senin, 4 Desember 2023", dt.date(2023, 12, 4)),
]

TIMES: list[tuple[str, dt.date]] = [
    ("14 September 2023 11:22", dt.datetime(2023, 9, 14, 11, 22)),
    ("14 September 2023 11.22", dt.datetime(2023, 9, 14, 11, 22)),
    ("14 September 2023, 11:22:05", dt.datetime(2023, 9, 14, 11, 22, 5)),
    ("September 14, 2023 at 11:22 am", dt.datetime(2023, 9, 14, 11, 22)),
    ("September 14, 2023 12:05 am", dt.datetime(2023, 9, 14, 0, 5)),
    ("September 14, 2023 12:05 pm", dt.datetime(2023, 9, 14, 12, 5)),
    ("September 14, 2023 4:32 p.m.", dt.datetime(2023, 9, 14, 16, 32)),
    ("September 14, 2023 9 pm", dt.datetime(2023, 9, 14, 21)),
    ("10:06am Dec 11, 2014", dt.datetime(2014, 12, 11, 10, 6)),
    ("18 octobre 2012 à 19 h 21", dt.datetime(2012, 10, 18, 19, 21)),
    ("14. September 2023 um 11:22 Uhr", dt.datetime(2023, 9, 14, 11, 22)),
    ("Jumaat, 15 Disember 2023 | 10:30 pagi", dt.datetime(2023, 12, 15, 10, 30)),
    ("15 Disember 2023 12:30 pagi", dt.datetime(2023, 12, 15, 0, 30)),
    ("15 Disember 2023 1:15 tengah hari", dt.datetime(2023, 12, 15, 13, 15)),
    ("15 Disember 2023 4.30 petang", dt.datetime(2023, 12, 15, 16, 30)),
    ("15 Desember 2023 pukul 3.30 sore", dt.datetime(2023, 12, 15, 15, 30)),
    ("15 Desember 2023 pukul 8.00 malam", dt.datetime(2023, 12, 15, 20, 0)),
    ("15 Desember 2023 pukul 11.00 siang", dt.datetime(2023, 12, 15, 11, 0)),
    ("15 Desember 2023 21:04 malam", dt.datetime(2023, 12, 15, 21, 4)),
]

ZONES: list[tuple[str, dt.date]] = [
    ("14 Sep 2023 11:22 WIB", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("14 Sep 2023 12:22 WITA", dt.datetime(2023, 9, 14, 12, 22, tzinfo=WITA)),
    ("14 Sep 2023 13:22 WIT", dt.datetime(2023, 9, 14, 13, 22, tzinfo=WIT)),
    ("14 Sep 2023 12:22 MYT", dt.datetime(2023, 9, 14, 12, 22, tzinfo=tz(8))),
    ("14 Sep 2023 12:22 SGT", dt.datetime(2023, 9, 14, 12, 22, tzinfo=tz(8))),
    ("14 Sep 2023 11:22 ICT", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("14 Sep 2023 12:22 PHT", dt.datetime(2023, 9, 14, 12, 22, tzinfo=tz(8))),
    ("14 Sep 2023 04:22 UTC", dt.datetime(2023, 9, 14, 4, 22, tzinfo=UTC)),
    ("14 Sep 2023 04:22 Z", dt.datetime(2023, 9, 14, 4, 22, tzinfo=UTC)),
    ("14 Sep 2023 11:22 GMT+7", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("14 Sep 2023 11:22 UTC+07:00", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("14 Sep 2023 05:30 GMT+5:30", dt.datetime(2023, 9, 14, 5, 30, tzinfo=tz(5.5))),
    ("14 Sep 2023 11:22 (WIB)", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("14 Sep 2023 06:22 CEST", dt.datetime(2023, 9, 14, 6, 22, tzinfo=tz(2))),
    ("14 Jan 2023 06:22 CET", dt.datetime(2023, 1, 14, 6, 22, tzinfo=tz(1))),
    ("14 Sep 2023 05:22 BST", dt.datetime(2023, 9, 14, 5, 22, tzinfo=tz(1))),
    ("Sep 14, 2023 | 4:32 pm EDT", dt.datetime(2023, 9, 14, 16, 32, tzinfo=tz(-4))),
    ("Jan 14, 2023 4:32 pm EST", dt.datetime(2023, 1, 14, 16, 32, tzinfo=tz(-5))),
    ("Jan 14, 2023 4:32 pm PST", dt.datetime(2023, 1, 14, 16, 32, tzinfo=tz(-8))),
    ("Sep 14, 2023 4:32 pm PDT", dt.datetime(2023, 9, 14, 16, 32, tzinfo=tz(-7))),
    # An ambiguous abbreviation keeps the day only.
    ("14 Sep 2023 11:22 IST", dt.date(2023, 9, 14)),
]

# The forms the text-dump issue lists.
DUMP_LINES: list[tuple[str, dt.date]] = [
    ("Thursday, 14-09-2023 | 11:22 am", dt.datetime(2023, 9, 14, 11, 22)),
    ("Kamis, 14 September 2023 | 11:22 WIB", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("Rabu, 4 November 2015 | 21:04 WIB", dt.datetime(2015, 11, 4, 21, 4, tzinfo=WIB)),
    ("Jum'at, 17 Februari 2017 - 13:30 wib", dt.datetime(2017, 2, 17, 13, 30, tzinfo=WIB)),
    ("Kamis, 05/11/2015 10:08 WIB", dt.datetime(2015, 11, 5, 10, 8, tzinfo=WIB)),
    ("Jumaat, 15 Disember 2023 | 10:30 pagi", dt.datetime(2023, 12, 15, 10, 30)),
    ("2024-07-19 16:45", dt.datetime(2024, 7, 19, 16, 45)),
    ("on 16 Feb 2016 at 09:10 WIB", dt.datetime(2016, 2, 16, 9, 10, tzinfo=WIB)),
    (
        "Kamis, 5 November 2015 14:56 WIB | 1.229 Views",
        dt.datetime(2015, 11, 5, 14, 56, tzinfo=WIB),
    ),
    # More labels.
    ("Publish: 12 Sep 2023 20:14 WIB", dt.datetime(2023, 9, 12, 20, 14, tzinfo=WIB)),
    ("Posted at: 12 Sep 2023 20:14 WIB", dt.datetime(2023, 9, 12, 20, 14, tzinfo=WIB)),
    # A counter whose word comes first.
    (
        "Kamis, 14 September 2023 11:22 WIB | Dibaca: 1.234 kali",
        dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
    ),
    (
        "Selasa, 16 Februari 2016 | 09:10 WIB | Dibaca 1.200 kali",
        dt.datetime(2016, 2, 16, 9, 10, tzinfo=WIB),
    ),
    (
        "Kamis, 14 September 2023 11:22 WIB - Dilihat 87 kali",
        dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
    ),
]

# A person's field set off from the date by a bar: the name's words are not the date's noise.
# (Not date lines: the text parser must still read the name.)
PERSON_FIELDS: list[tuple[str, dt.date]] = [
    (
        "Reporter : Budi Santoso Putra | Selasa, 16 Februari 2016 09:10",
        dt.datetime(2016, 2, 16, 9, 10),
    ),
    (
        "Oleh Siti Rahma Dewi | Kamis, 14/09/2023 11:22 WIB",
        dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
    ),
    ("14 Sep 2023 11:22 WIB | Editor: Ann Marie Lee", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ("16 February 2016 | By Jane Alice Doe", dt.date(2016, 2, 16)),
]

REFUSED = [
    "",
    "   ",
    "hello world",
    "05/11/2015",  # either way round, and nothing says which
    "Friday, 14-09-2023",  # 14 September 2023 was a Thursday
    "Senin, 4 Desember 2024",  # 4 December 2024 was a Wednesday
    "Rabu (13/9)",  # no year and no reference
    "13 September",  # same
    "September 2023",  # no day
    "31 February 2023",
    "2023-02-30",
    "14/13/2023",
    "1:30",
    "1.229 Views",
    "Kim bertemu Putin di Vladivostok pada April 2019 dan membahas banyak hal",
    "[ist]",
    # Words in brackets are read as a zone's name only after a numeric offset.
    "Tue Feb 20 2018 01:00:00 (later changed by the desk)",
    # Only a person's labelled field is set aside, not any words behind a bar.
    "Harga cabai naik lagi di pasar induk | Selasa, 16 Februari 2016 09:10",
    "Selasa, 16 Februari 2016 09:10 | Harga cabai naik lagi di pasar induk",
]


@pytest.mark.parametrize(("text", "expected"), MACHINE + HUMAN + TIMES + ZONES + DUMP_LINES)
def test_parse_date(text: str, expected: dt.date) -> None:
    value = parse_date(text)
    assert same(value, expected), value


@pytest.mark.parametrize(("text", "expected"), PERSON_FIELDS)
def test_parse_date_sets_a_person_field_aside(text: str, expected: dt.date) -> None:
    value = parse_date(text)
    assert same(value, expected), value
    assert parse_date_line(text) is None


@pytest.mark.parametrize("text", REFUSED)
def test_parse_date_refuses(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), DUMP_LINES)
def test_dump_forms_are_date_lines(text: str, expected: dt.date) -> None:
    match = parse_date_line(text)
    assert match is not None
    assert same(match.value, expected)
    assert match.problem is None


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("05/11/2015", True, dt.date(2015, 11, 5)),
        ("05/11/2015", False, dt.date(2015, 5, 11)),
        ("11/05/2015", None, None),
        ("14/09/2023", False, dt.date(2023, 9, 14)),  # 14 cannot be a month
        ("09/14/2023", None, dt.date(2023, 9, 14)),
        ("Kamis, 05/11/2015", None, dt.date(2015, 11, 5)),  # Indonesian: day first
        ("Thursday, 05/11/2015", None, dt.date(2015, 11, 5)),  # 11 May 2015 was a Monday
        ("Monday, 05/11/2015", None, dt.date(2015, 5, 11)),
        ("Tuesday, 05/11/2015", None, None),  # neither reading is a Tuesday
        ("05/11/2015 10:08 WIB", None, dt.datetime(2015, 11, 5, 10, 8, tzinfo=WIB)),
        ("05/11/2015 10:08 EST", None, dt.datetime(2015, 5, 11, 10, 8, tzinfo=tz(-5))),
        ("05.11.2015", None, dt.date(2015, 11, 5)),  # dots are day first
        ("05/11/15", True, dt.date(2015, 11, 5)),
    ],
)
def test_day_first(text: str, day_first: bool | None, expected: dt.date | None) -> None:
    assert same(parse_date(text, day_first=day_first), expected)


REFERENCE = dt.datetime(2023, 9, 14, 11, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabu (13/9)", dt.date(2023, 9, 13)),
        ("Kamis (14/9)", dt.date(2023, 9, 14)),
        ("(15/9)", dt.date(2022, 9, 15)),  # the 15th is after the reference: the year before
        ("Selasa (12/9)", dt.date(2023, 9, 12)),
        ("Jumat (13/9)", None),  # 13 September 2023 was a Wednesday
        ("4 September", dt.date(2023, 9, 4)),
        ("September 4", dt.date(2023, 9, 4)),
        ("24 Desember", dt.date(2022, 12, 24)),
        ("14 September 2023 11:23", None),  # a minute after the reference
        ("15 September 2023", None),
        ("14 September 2023", dt.date(2023, 9, 14)),
        ("14/09/23", dt.date(2023, 9, 14)),
    ],
)
def test_reference(text: str, expected: dt.date | None) -> None:
    assert same(parse_date(text, reference=REFERENCE), expected)


def test_default_timezone() -> None:
    assert same(
        parse_date("14 September 2023 11:22", default_timezone=WIB),
        dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
    )
    # A stated zone wins; a day alone stays a day.
    assert same(
        parse_date("14 September 2023 11:22 WITA", default_timezone=WIB),
        dt.datetime(2023, 9, 14, 11, 22, tzinfo=WITA),
    )
    assert same(parse_date("14 September 2023", default_timezone=WIB), dt.date(2023, 9, 14))


def test_find_date_in_the_seed_caption() -> None:
    caption = (
        "Dukungan tersebut disampaikan Kim saat berdialog dengan Presiden Rusia, "
        "Vladimir Putin, Rabu (13/9) [ist]"
    )
    match = find_date(caption, reference=REFERENCE)
    assert match is not None
    assert match.value == dt.date(2023, 9, 13)
    assert caption[match.start : match.end] == "Rabu (13/9)"


def test_find_date_reports_a_contradiction() -> None:
    match = find_date("Dirilis Jumat, 14 September 2023 oleh redaksi")
    assert match is not None
    assert match.value is None
    assert match.problem is not None
    assert "Thursday" in match.problem


def test_find_date_without_reference_reports_the_missing_year() -> None:
    match = find_date("Putin, Rabu (13/9).")
    assert match == DateMatch(None, 7, 18, match.problem if match else None)
    assert match is not None
    assert match.problem is not None


def test_find_date_keeps_original_offsets_with_accents() -> None:
    text = "Émis le jeudi 14 septembre 2023 à 11 h 22"
    match = find_date(text)
    assert match is not None
    assert text[match.start : match.end] == "jeudi 14 septembre 2023 à 11 h 22"
    assert match.value == dt.datetime(2023, 9, 14, 11, 22)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The page's language settles an abbreviation that is ambiguous on its own.
        ("14 Sep 2023 11:22 IST", "en-IN", dt.datetime(2023, 9, 14, 11, 22, tzinfo=tz(5.5))),
        ("14 Sep 2023 11:22 IST", "hi", dt.datetime(2023, 9, 14, 11, 22, tzinfo=tz(5.5))),
        ("14 Sep 2023 11:22 IST", "he-IL", dt.datetime(2023, 9, 14, 11, 22, tzinfo=tz(2))),
        ("14 Sep 2023 11:22 IST", "en_IE", dt.datetime(2023, 9, 14, 11, 22, tzinfo=tz(1))),
        ("2023年9月14日 11:22 CST", "zh-CN", dt.datetime(2023, 9, 14, 11, 22, tzinfo=tz(8))),
        ("14 Sep 2023 11:22 MST", "ms", dt.datetime(2023, 9, 14, 11, 22, tzinfo=tz(8))),
        # A clock word between the time and the zone does not hide the zone.
        ("25 May, 2016 04:07 hrs IST", "en-IN", dt.datetime(2016, 5, 25, 4, 7, tzinfo=tz(5.5))),
        ("25 May, 2016 04:07 hrs IST", None, dt.date(2016, 5, 25)),
        ("25.05.2016, 11:22 Uhr MEZ", "de", dt.datetime(2016, 5, 25, 11, 22, tzinfo=tz(1))),
        # A language that does not settle it leaves the day alone.
        ("14 Sep 2023 11:22 IST", "en", dt.date(2023, 9, 14)),
        ("Sep 14, 2023 11:22 CST", "en-GB", dt.date(2023, 9, 14)),
        ("14 Sep 2023 11:22 IST", None, dt.date(2023, 9, 14)),
        # The language never changes a zone that has one meaning.
        ("14 Sep 2023 11:22 WIB", "en-IN", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
    ],
)
def test_language_settles_an_ambiguous_zone(
    text: str, language: str | None, expected: dt.date
) -> None:
    assert same(parse_date(text, language=language), expected)


def test_ist_in_brackets_is_a_credit_not_a_zone() -> None:
    match = find_date("Kim dan Putin, Rabu (13/9) pukul 10.00 [ist]", reference=REFERENCE)
    assert match is not None
    assert match.value == dt.datetime(2023, 9, 13, 10, 0)


@pytest.mark.parametrize(
    "line",
    [
        "Kim Jong Un memastikan negaranya mendukung penuh Rusia, Rabu (13/9) [ist]",
        "The New York Times melaporkan pada 4 September 2023, mengutip pejabat AS dan sekutunya.",
        "Binsar",
        "MDN",
        "Kamis (14/9/2023) polisi menahan dua orang di Medan",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line, reference=REFERENCE) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 14 September 2023", dt.date(2023, 9, 14)),
        ("Kamis, 14/09/2023 11:22 WIB - detikinet", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("  Diperbarui 14 Sep 2023, 11:22 WIB  ", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        # A weekday with its numeric date in brackets (14 September 2023 was a Thursday, Kamis).
        ("Kamis (14/9/2023) 11:22 WIB", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("Kamis (14/09/2023)", dt.date(2023, 9, 14)),
        # Indonesia's zone written before the clock.
        ("Kamis, 14 September 2023 WIB 11:22", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("Kamis (14/9/2023) WIB 11.22", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("WIB 11.22 Kamis, 14/9/2023", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("Kamis, 14 September 2023 WIB", dt.date(2023, 9, 14)),
    ],
)
def test_date_lines(line: str, expected: dt.date) -> None:
    match = parse_date_line(line)
    assert match is not None
    assert same(match.value, expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1694665320, dt.datetime(2023, 9, 14, 4, 22, tzinfo=UTC)),
        (1694665320000, dt.datetime(2023, 9, 14, 4, 22, tzinfo=UTC)),
        ("1694665320", dt.datetime(2023, 9, 14, 4, 22, tzinfo=UTC)),
        (1694665320.5, dt.datetime(2023, 9, 14, 4, 22, 0, 500000, tzinfo=UTC)),
        (631152000, dt.datetime(1990, 1, 1, tzinfo=UTC)),
        (631151999, None),  # before 1990
        (4102444800, None),  # 2100
        (0, None),
        (-1, None),
        ("abc", None),
        ("", None),
        (float("nan"), None),
        (True, None),
    ],
)
def test_parse_timestamp(value: int | float | str, expected: dt.datetime | None) -> None:
    assert parse_timestamp(value) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-GB", True),
        ("en_gb", True),
        ("en-US", False),
        ("en", None),
        ("en-CA", None),
        ("de-DE", True),
        ("fr", True),
        ("ja", None),
        (None, None),
        ("", None),
    ],
)
def test_page_day_first(language: str | None, expected: bool | None) -> None:
    assert page_day_first(language) is expected


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        # A space after each dot (typeset German): read, but the order is not assumed.
        ("24. 2. 2022", None, dt.date(2022, 2, 24)),
        ("4. 2. 2022", None, None),
        ("4. 2. 2022", True, dt.date(2022, 2, 4)),
        # A two-digit year is not read after a spaced dot: "Kapitel 4. 2. 22" is no date.
        ("4. 2. 22", True, None),
        ("14.09.23", None, dt.date(2023, 9, 14)),
    ],
)
def test_spaced_dotted_dates(text: str, day_first: bool | None, expected: dt.date | None) -> None:
    assert parse_date(text, day_first=day_first) == expected


def test_eu_summer_time_switches_at_one_utc_on_the_last_sundays() -> None:
    utc = dt.timezone.utc
    # 2024: the last Sunday of March is the 31st, of October the 27th.
    assert not eu_summer_time(dt.datetime(2024, 3, 31, 0, 59, tzinfo=utc))
    assert eu_summer_time(dt.datetime(2024, 3, 31, 1, 0, tzinfo=utc))
    assert eu_summer_time(dt.datetime(2024, 10, 27, 0, 59, tzinfo=utc))
    assert not eu_summer_time(dt.datetime(2024, 10, 27, 1, 0, tzinfo=utc))
    # The same instant given at another offset is read the same way.
    assert eu_summer_time(dt.datetime(2024, 3, 31, 3, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))))


def test_has_digit_is_the_pattern_s_digit_test() -> None:
    # has_digit looks for the ASCII digits first and asks the pattern only of other texts: it
    # must say what ``\d`` says, for every decimal digit of every script and for non-digits.
    digits = [chr(code) for code in range(0x110000) if chr(code).isdecimal()]
    others = ["", "Rabu", "²", "½", "Ⅻ", "é–", "\u0660x", "ab\uff19", "x" * 300]
    for text in [*digits, *others, *(f"a{digit}é" for digit in digits)]:
        assert has_digit(text) == (re.search(r"\d", text) is not None), repr(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("17.04.2024, 12:24Lesezeit: 5 Min.", dt.datetime(2024, 4, 17, 12, 24)),
        ("28.04.2023, 19:09  3 Min.", dt.datetime(2023, 4, 28, 19, 9)),
        ("May 3, 2024 · 5 min read", dt.date(2024, 5, 3)),
        ("Published 3 May 2024 | 4 minute read", dt.date(2024, 5, 3)),
        ("03.05.2024 | Lesedauer etwa 2 Min.", dt.date(2024, 5, 3)),
        ("3 de mayo de 2024 Tiempo de lectura: 8 min", dt.date(2024, 5, 3)),
        (
            "Kamis, 14 Sep 2023 11:22 WIB | 3 menit baca",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
        ),
        # A spaced dash after the zone is a separator, not the sign of an offset.
        (
            "Kamis, 14 Sep 2023 11:22 WIB - 3 menit baca",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
        ),
        (
            "14 Sep 2023 11:22 GMT - 3 min read",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=dt.timezone.utc),
        ),
        (
            "14 Sep 2023 11:22 GMT -3",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=dt.timezone(-dt.timedelta(hours=3))),
        ),
    ],
)
def test_a_reading_time_may_trail_a_date_line(line: str, expected: dt.date) -> None:
    found = parse_date_line(line)
    assert found is not None
    assert found.value == expected


@pytest.mark.parametrize(
    "line", ["3 May 2024 5 ministers resigned", "3 May 2024 10 minutes from the port"]
)
def test_running_text_after_a_date_is_no_reading_time(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("03.05.2024, 10:00 Uhr", dt.datetime(2024, 5, 3, 10, 0)),
        ("3. Mai 2024, 10:00 Uhr", dt.datetime(2024, 5, 3, 10, 0)),
        ("Veröffentlicht am 03.05.2024 um 10:00 Uhr", dt.datetime(2024, 5, 3, 10, 0)),
        ("3 mei 2024 14.30 uur", dt.datetime(2024, 5, 3, 14, 30)),
        ("03.05.2024, 10:00 Uhr | Lesedauer: 4 Min.", dt.datetime(2024, 5, 3, 10, 0)),
    ],
)
def test_an_hour_word_may_trail_a_date_line(line: str, expected: dt.date) -> None:
    found = parse_date_line(line)
    assert found is not None
    assert found.value == expected


@pytest.mark.parametrize("line", ["3. Mai 2024 Uhrzeit unbekannt", "3 May 2024 hours later"])
def test_an_hour_word_must_stand_alone(line: str) -> None:
    assert parse_date_line(line) is None
