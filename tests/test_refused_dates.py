"""A date line refused as ambiguous, and reading it again where the text settles it."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse._normalize.dates import parse_date_line
from newsparse._normalize.refused import RefusedDate, refused_date, settle_refused

_POLISH = (
    "Rząd przyjął projekt ustawy, który jest już gotowy. Nie wiadomo, jak długo potrwa przez "
    "to praca w Sejmie. Minister mówi, że się uda także dla gmin, które czekają na pieniądze."
)
_CROATIAN = (
    "Vlada je usvojila prijedlog zakona koji je već spreman. Nije poznato kako će dugo trajati "
    "rad u Saboru, ali ministar kaže da su pripreme prema planu. Sredstva koja su bila "
    "spremna stižu iz proračuna."
)
_INDONESIAN = (
    "Pemerintah kota mengatakan bahwa jalan yang rusak akan segera diperbaiki. Warga yang "
    "tinggal di sekitar lokasi berharap pekerjaan itu selesai sebelum musim hujan tiba, "
    "karena banyak kendaraan yang melintas setiap hari."
)


def _refused(line: str) -> RefusedDate:
    match = parse_date_line(line)
    assert match is not None
    refused = refused_date(line, match)
    assert refused is not None
    return refused


def test_only_a_clash_the_text_can_settle_is_kept() -> None:
    month = _refused("12 listopada 2023")
    assert (month.kind, month.line) == ("month", "12 listopada 2023")
    assert month.warning == f"date line '12 listopada 2023': {month.problem}"
    assert _refused("8/5/2024").kind == "order"
    # A weekday that contradicts the date (14 September 2023 was a Thursday) is a wrong date,
    # not an open one: no text settles it.
    contradicted = parse_date_line("Monday, 14/09/2023")
    assert contradicted is not None
    assert contradicted.value is None
    assert refused_date("Monday, 14/09/2023", contradicted) is None
    read = parse_date_line("14/09/2023")
    assert read is not None
    assert refused_date("14/09/2023", read) is None


@pytest.mark.parametrize(
    ("sample", "language", "expected"),
    [
        # "listopada" is November in Polish and October in Croatian.
        (_POLISH, None, dt.date(2023, 11, 12)),
        (_CROATIAN, None, dt.date(2023, 10, 12)),
        # A stated language already failed to settle it: the words are not asked.
        (_POLISH, "sr", None),
        ("Short text.", None, None),
    ],
)
def test_a_month_name_of_two_languages_is_settled_by_the_body_s_words(
    sample: str, language: str | None, expected: dt.date | None
) -> None:
    match = settle_refused(
        _refused("12 listopada 2023"), text=sample, sample=sample, language=language
    )
    assert (match.value if match else None) == expected


@pytest.mark.parametrize(
    ("text", "sample", "expected"),
    [
        # Another date that can only be day first (13 May) tells the order.
        ("Filed 8/5/2024, amended 13/05/2024.", "", dt.date(2024, 5, 8)),
        # ... or one that can only be month first (May 13).
        ("Filed 8/5/2024, amended 05/13/2024.", "", dt.date(2024, 8, 5)),
        # With no date that tells, an Indonesian body writes the day first.
        ("8/5/2024", _INDONESIAN, dt.date(2024, 5, 8)),
        # Nothing tells.
        ("8/5/2024", "", None),
    ],
)
def test_an_all_numeric_date_is_settled_by_the_text_s_other_dates_or_its_language(
    text: str, sample: str, expected: dt.date | None
) -> None:
    match = settle_refused(_refused("8/5/2024"), text=text, sample=sample)
    assert (match.value if match else None) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_POLISH, dt.date(2023, 11, 12)),
        (_CROATIAN, dt.date(2023, 10, 12)),
    ],
)
def test_a_page_s_refused_date_line_is_settled_by_its_body_and_its_warning_goes(
    body: str, expected: dt.date
) -> None:
    page = (
        "<html><head><title>Nowa ustawa</title></head><body><article><h1>Nowa ustawa</h1>"
        "<span class='date'>12 listopada 2023</span>"
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    )
    article = newsparse.parse_article(page)
    assert article.published == expected
    assert not any("listopada" in warning for warning in article.warnings)


def test_a_page_whose_body_does_not_tell_keeps_the_line_refused_and_says_so() -> None:
    body = "The text is short and tells no language the month name could belong to."
    page = (
        "<html><head><title>Notes</title></head><body><article><h1>Notes</h1>"
        "<span class='date'>12 listopada 2023</span>"
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    )
    article = newsparse.parse_article(page)
    assert article.published is None
    assert any("listopada" in warning for warning in article.warnings)
