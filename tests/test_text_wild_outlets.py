"""Text dumps as other scrapers write them, round 48: headlines as long as a sentence, an outlet's
desk after the writer, a writer's bare name and the date on one line, "Posted by ... on ..."
(issue 9; made-up outlets and people, forms as Indonesian, Malay and English outlets print them)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse._normalize.names import parse_byline

from .test_text_wild_forms import _BODY, _DATE, _PUBLISHED, _TITLE, _dump

_EN_BODY = (
    "Heavy rain that began on Wednesday evening caused the river on the edge of the city to burst"
    " its banks, flooding hundreds of homes in three districts.",
    "The head of the local disaster agency said the water reached one metre in several places,"
    " forcing residents to shelter in mosques and nearby schools.",
    "By Thursday afternoon the water had begun to recede in some areas, but residents were told"
    " to stay alert as more rain is expected through the weekend.",
)
_DAY = dt.date(2023, 9, 14)


def _en_dump(title: str, *header: str) -> str:
    return "\n\n".join((title, *header, *_EN_BODY)) + "\n"


@pytest.mark.parametrize(
    "title",
    [
        # Title Case of twelve words and more: as many words as a sentence.
        "Flash Floods Swamp Hundreds of Homes After a Night of Heavy Rain",
        "Flash Floods Swamp Hundreds of Homes in Three Districts as Residents Flee to Mosques",
        # A question in Title Case ends with its mark, as a sentence does.
        "Why Do the Floods Keep Coming Back Every Rainy Season?",
    ],
)
def test_a_long_or_asking_headline_in_title_case_over_a_bare_byline_is_the_title(
    title: str,
) -> None:
    # The date line goes on with the update after a bar: the title model does not read it as
    # the date line it was fitted on, so only the usual layout's rules find the headline.
    text = _en_dump(
        title,
        "Rizky Pratama",
        "Kamis, 14 September 2023 09:00 WIB | Pembaruan terakhir: Kamis, 14 September 2023 11:22 WIB",
    )
    article = parse_article(text, kind="text")
    assert article.title == title
    assert article.authors == ("Rizky Pratama",)
    assert article.paragraphs == _EN_BODY


def test_a_long_headline_in_sentence_case_over_a_byline_with_its_date_is_the_title() -> None:
    title = "Flash floods swamp hundreds of homes after a night of heavy rain in the city"
    article = parse_article(
        _en_dump(title, "By Rizky Pratama on September 14, 2023 at 11:22 am"), kind="text"
    )
    assert article.title == title
    assert article.authors == ("Rizky Pratama",)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert article.paragraphs == _EN_BODY


def test_a_wrapped_lede_is_no_headline() -> None:
    # The lede's first line, twelve words and no full stop, goes on in the line under it: no
    # byline nor date line stands there, so the line is no long headline.
    wrapped = (
        "Heavy rain that began on Wednesday evening caused the river on the edge of\n"
        "the city to burst its banks, flooding hundreds of homes in three districts."
    )
    article = parse_article("\n\n".join((wrapped, *_EN_BODY[1:])) + "\n", kind="text")
    assert article.title is None
    assert article.paragraphs == _EN_BODY


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # An outlet's code in capitals and its desk or edition after the writer: no writer.
        ("By Rizky Pratama, KNN Business", ("Rizky Pratama",)),
        ("By Rizky Pratama, KNBC Indonesia", ("Rizky Pratama",)),
        ("By Rizky Pratama and Jane Doe, KTV Sports", ("Rizky Pratama", "Jane Doe")),
        # An outlet's name and a section's word.
        ("By Rizky Pratama, Harbour Business", ("Rizky Pratama",)),
        # A role, then the outlet.
        ("By Rizky Pratama, Business Reporter, The Harbour Times", ("Rizky Pratama",)),
        # Two initials in capitals open a name: a second writer.
        ("By Rizky Pratama, TB Hasanuddin", ("Rizky Pratama", "TB Hasanuddin")),
        ("By Rizky Pratama, Jane Doe", ("Rizky Pratama", "Jane Doe")),
    ],
)
def test_an_outlets_desk_after_the_writer_names_no_writer(
    line: str, authors: tuple[str, ...]
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors


def test_a_bare_name_and_the_outlets_desk_after_a_bar() -> None:
    byline = parse_byline("Rizky Pratama | KNN Business", bare=True)
    assert byline is not None
    assert byline.authors == ("Rizky Pratama",)


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("Rizky Pratama | Kamis, 14 September 2023 11:22 WIB", "Rizky Pratama", _PUBLISHED),
        ("Rizky Pratama - Kamis, 14 September 2023 11:22 WIB", "Rizky Pratama", _PUBLISHED),
        ("Nur Aisyah Binti Ahmad | 14 Sep 2023", "Nur Aisyah Binti Ahmad", _DAY),
        ("Rizky Pratama, Kabarkota.com | 14 Sep 2023", "Rizky Pratama", _DAY),
        ("Hendra, Kabarkota.com | 14 Sep 2023", "Hendra", _DAY),
        ("Rizky Pratama · 14 September 2023", "Rizky Pratama", _DAY),
        # The writer's role after a comma (a journalist's) names nobody.
        (
            "Rizky Pratama, Jurnalis · Kamis 14 September 2023 11:22 WIB",
            "Rizky Pratama",
            _PUBLISHED,
        ),
    ],
)
def test_a_bare_name_and_the_date_on_one_line_under_the_title(
    line: str, author: str, published: dt.date
) -> None:
    article = parse_article(_dump(line), kind="text")
    assert article.title == _TITLE
    assert article.authors == (author,)
    assert article.published == published
    assert article.paragraphs == _BODY


@pytest.mark.parametrize(
    "line",
    [
        # A label's words before the name: five words, no bare name of a writer.
        "Ein Artikel von Pamela Sladky | 14.09.2023 - 11:22",
        # One word before the bar (a place, a section) names nobody.
        "Jakarta | Kamis, 14 September 2023 11:22 WIB",
    ],
)
def test_no_bare_name_read_before_the_date_in_other_shapes(line: str) -> None:
    article = parse_article(_dump(line), kind="text")
    assert article.authors == ()


def test_a_bare_name_before_a_date_in_the_body_is_no_byline() -> None:
    # Under the text, a list of other stories: a name and a date there sign nothing.
    article = parse_article(
        _dump(_DATE, footer=("Berita Lain", "Ani Lestari | 13 Sep 2023")), kind="text"
    )
    assert article.authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Rizky Pratama on September 14, 2023",
        "Written by Rizky Pratama on September 14, 2023",
        "Ditulis oleh Rizky Pratama pada 14 September 2023",
    ],
)
def test_a_labelled_byline_going_on_with_its_date_after_on(line: str) -> None:
    article = parse_article(_dump(line), kind="text")
    assert article.authors == ("Rizky Pratama",)
    assert article.published == _DAY
    assert article.paragraphs == _BODY


@pytest.mark.parametrize(
    "byline",
    [
        "Laporan Wartawati Kabarkota.com, Rizky Pratama",
        "Laporan Pewarta Kabarkota.com, Rizky Pratama",
        "Laporan Penulis Kabarkota.com, Rizky Pratama",
    ],
)
def test_a_reports_label_with_any_writers_role_before_the_name(byline: str) -> None:
    # The report's label, the role (any of a signed writer's) and the outlet, then the name.
    article = parse_article(_dump(byline, _DATE), kind="text")
    assert article.authors == ("Rizky Pratama",)
    assert article.published == _PUBLISHED
    assert article.paragraphs == _BODY
