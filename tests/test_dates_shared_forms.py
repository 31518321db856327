"""Date forms read by the shared date reading, so every caller reads them: HTML and text dumps.

Each expected value was read off the input by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse._normalize.dates import find_date, parse_date, parse_date_line
from tests.test_dates import same

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
BRT = dt.timezone(dt.timedelta(hours=-3))

LEDE = (
    "The city council of Example City voted on Tuesday to rebuild the old harbour wall, "
    "which storms broke twice last winter, at a cost of four million dollars."
)
SECOND = "Work starts in the spring and should end before the autumn storms, the mayor said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An offset whose hour has one digit, with a dot or a colon before its minutes.
        ("2016-05-14T16:34+5.30", dt.datetime(2016, 5, 14, 16, 34, tzinfo=IST)),
        ("2016-05-14T16:34:10-3:00", dt.datetime(2016, 5, 14, 16, 34, 10, tzinfo=BRT)),
        ("2016-05-14T16:34+05:30", dt.datetime(2016, 5, 14, 16, 34, tzinfo=IST)),
        # Bars between the parts of an all-numeric date: day first, as with dots.
        ("26 | 01 | 2022", dt.date(2022, 1, 26)),
        ("26|01|2022", dt.date(2022, 1, 26)),
        ("05 | 01 | 2020", dt.date(2020, 1, 5)),
        ("Praxis | 26 | 01 | 2022", dt.date(2022, 1, 26)),
        # A run of numbers with bars is no date; nor is a two-digit year after bars.
        ("1 | 2 | 3 | 2019", None),
        ("1|2|3|2019", None),
        ("26 | 01 | 22", None),
    ],
)
def test_the_shared_reading_reads_the_form(text: str, expected: dt.date | None) -> None:
    value = parse_date(text)
    assert value == expected
    assert same(value, expected), value  # (the kind and the offset too)


def test_a_barred_date_inside_a_line_and_as_a_line() -> None:
    match = find_date("Schweiz | 26 | 01 | 2022 | Praxis")
    assert match is not None
    assert match.value == dt.date(2022, 1, 26)
    assert (match.start, match.end) == (10, 24)
    line = parse_date_line("26 | 01 | 2022")
    assert line is not None
    assert line.value == dt.date(2022, 1, 26)


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("26 | 01 | 2022", dt.date(2022, 1, 26)),
        ("2016-05-14T16:34+5.30", dt.datetime(2016, 5, 14, 16, 34, tzinfo=IST)),
    ],
)
def test_a_text_dump_s_date_line_in_the_form(date_line: str, expected: dt.date) -> None:
    text = f"Harbour Wall Vote\n{date_line}\n{LEDE}\n\n{SECOND}\n"
    article = newsparse.parse_article(text, kind="text")
    assert article.title == "Harbour Wall Vote"
    assert article.published == expected
    assert same(article.published, expected), article.published
    assert article.paragraphs == (LEDE, SECOND)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word for noon after a connector is twelve o'clock.
        ("November 19, 2014 at noon", dt.datetime(2014, 11, 19, 12, 0)),
        ("13. veljače 1999. u podne", dt.datetime(1999, 2, 13, 12, 0)),
        # Not without the connector, and not a longer word.
        ("Nov 19, 2014 at noontime", dt.date(2014, 11, 19)),
        # "12 noon" is 12:00 too; "3 noon" is no time of day, so only the day is kept.
        ("November 19, 2014 at 12 noon", dt.datetime(2014, 11, 19, 12, 0)),
        ("19 November 2014 12 noon", dt.datetime(2014, 11, 19, 12, 0)),
        ("Nov 19, 2014 3 noon", dt.date(2014, 11, 19)),
        # Spanish "en" between the date and its clock.
        ("julio 5, 2015 en 1:04 pm", dt.datetime(2015, 7, 5, 13, 4)),
        # Finnish "ip." (iltapäivällä) after the clock: 5.45 in the afternoon is 17:45.
        ("5.7.2018 5.45 ip.", dt.datetime(2018, 7, 5, 17, 45)),
        # Vietnamese month names in words: "Mười Hai" is twelve, "một" one, "Mười Một" eleven.
        ("Tháng Mười Hai 29, 2013, 14:14", dt.datetime(2013, 12, 29, 14, 14)),
        ("05 Tháng một 2015 - 03:54 AM", dt.datetime(2015, 1, 5, 3, 54)),
        ("29 Tháng Mười Một 2013", dt.date(2013, 11, 29)),
        # The numeric Vietnamese form is read as before: day 12 of month 5.
        ("12 tháng 5 năm 2023", dt.date(2023, 5, 12)),
    ],
)
def test_newly_read_forms(text: str, expected: dt.date) -> None:
    value = parse_date(text)
    assert value == expected
    assert same(value, expected), value
