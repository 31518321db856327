"""Text dumps as other scrapers write them: a writer signed under the text with the role or the
outlet's address, two date elements run together on one line, a byline going on with its date
after "on"/"pada" (issue 9, round 47; made-up outlets and people)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article

from .test_text_wild_forms import _BODY, _DATE, _PUBLISHED, _TITLE, WIB, _dump

# (The story, its date line and the dump's layout are round 46's: test_text_wild_forms.)
_UPDATED = dt.datetime(2023, 9, 14, 15, 0, tzinfo=WIB)


@pytest.mark.parametrize(
    "credit",
    [
        "Rizky Pratama (Wartawan)",
        "Rizky Pratama (Kontributor Medan)",
        "Rizky Pratama (Reporter)",
        "Rizky Pratama - Kabarkota.com",
    ],
)
@pytest.mark.parametrize("editor", [(), ("Editor: Ani Suryani",)])
def test_a_writer_signed_with_the_role_or_address_under_the_text_is_the_author(
    credit: str, editor: tuple[str, ...]
) -> None:
    article = parse_article(_dump(_DATE, footer=(credit, *editor)), kind="text")
    assert article.authors == ("Rizky Pratama",)
    assert article.published == _PUBLISHED
    assert article.paragraphs == _BODY


@pytest.mark.parametrize(
    "closing", ["(Rizky Pratama/Wartawan)", "(Rizky Pratama/Kontributor Medan)", "(Hendra/Pewarta)"]
)
def test_a_closing_name_and_role_after_a_slash_signs_the_story(closing: str) -> None:
    # Not a picture's credit: the last paragraph is no caption (it was taken as one, and lost).
    article = parse_article(_dump(_DATE, footer=(closing,)), kind="text")
    assert article.authors == (closing[1:].partition("/")[0],)
    assert article.paragraphs == _BODY
    assert article.captions == ()


@pytest.mark.parametrize(
    "line",
    [
        "Diterbitkan 14 Sep 2023 11:22 WIB Diperbarui 14 Sep 2023 15:00 WIB",
        "Diperbarui 14 Sep 2023 15:00 WIB Diterbitkan 14 Sep 2023 11:22 WIB",
        "Diperbarui: 14 Sep 2023 15:00 WIB Diterbitkan: 14 Sep 2023 11:22 WIB",
    ],
)
def test_a_publication_and_an_update_on_one_line_with_no_mark_between(line: str) -> None:
    # The publication is the date after its label, the update never the publication.
    article = parse_article(_dump("Rizky Pratama", line), kind="text")
    assert article.published == _PUBLISHED
    assert article.modified == _UPDATED
    assert article.authors == ("Rizky Pratama",)
    assert article.title == _TITLE
    assert article.paragraphs == _BODY


def test_an_update_first_on_one_line_in_english_dates_both() -> None:
    line = "Updated 14 Sep 2023 15:00 Published 14 Sep 2023 11:22"
    article = parse_article(_dump("By Jane Doe", line), kind="text")
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert article.modified == dt.datetime(2023, 9, 14, 15, 0)
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Oleh Rizky Pratama pada 14 September 2023", dt.date(2023, 9, 14)),
        (f"Oleh Rizky Pratama pada {_DATE}", _PUBLISHED),
        ("By Rizky Pratama on September 14, 2023", dt.date(2023, 9, 14)),
    ],
)
def test_a_byline_going_on_with_its_date_after_on_reads_both(line: str, published: dt.date) -> None:
    article = parse_article(_dump(line), kind="text")
    assert article.authors == ("Rizky Pratama",)
    assert article.published == published
    assert article.paragraphs == _BODY


@pytest.mark.parametrize(
    ("value", "published", "modified"),
    [
        (f"{_DATE} - 2 jam lalu", _PUBLISHED, None),
        ("Thursday, September 14, 2023 - 3 hours ago", dt.date(2023, 9, 14), None),
        (
            "Kamis, 14 September 2023 11:22 WIB | Diperbarui: Kamis, 14 September 2023 15:00 WIB",
            _PUBLISHED,
            _UPDATED,
        ),
    ],
)
def test_a_tools_date_field_holding_a_pages_date_line_is_read_as_one(
    value: str, published: dt.date, modified: dt.date | None
) -> None:
    header = f"Title: {_TITLE}\nDate: {value}\nURL: https://kabarkota.example/berita/banjir\n\n"
    article = parse_article(header + "\n\n".join(_BODY) + "\n", kind="text")
    assert article.title == _TITLE
    assert article.published == published
    assert article.modified == modified
    assert article.paragraphs == _BODY


def test_the_note_pointing_to_the_original_story_dates_an_undated_one() -> None:
    note = (
        f'Artikel ini telah tayang di Kabarkota.com dengan judul "{_TITLE}", pada Kamis,'
        " 14/09/2023 @ 11:22"
    )
    article = parse_article(_dump(footer=(note,)), kind="text")
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert article.paragraphs == _BODY


def test_a_sentence_ending_on_a_date_under_the_text_is_no_date_line() -> None:
    # (A note of the story's series names a date after "on": it stays, and dates nothing.)
    closing = (
        "This article is part of a series on the floods reporting on the city as we approach"
        " its anniversary on July 4, 2026."
    )
    article = parse_article(_dump(_DATE, footer=(closing,)), kind="text")
    assert article.published == _PUBLISHED
    assert article.paragraphs == (*_BODY, closing)


def test_the_writers_e_mail_address_under_the_byline_is_left_out() -> None:
    article = parse_article(_dump("Oleh RIZKY PRATAMA", "rizky@kabarkota.example"), kind="text")
    assert article.paragraphs == _BODY
    assert any("e-mail address" in warning for warning in article.warnings)


@pytest.mark.parametrize("name", ["Rizky Pratama", "Hendra", "Nur Aisyah Binti Ahmad"])
def test_a_bare_name_over_the_editors_credit_under_the_text_is_the_author(name: str) -> None:
    article = parse_article(_dump(_DATE, footer=(name, "Editor: Ani Suryani")), kind="text")
    assert article.authors == (name,)
    assert article.paragraphs == _BODY


def test_a_closing_sentence_over_the_editors_credit_stays_a_paragraph() -> None:
    article = parse_article(_dump(_DATE, footer=("Demikian.", "Editor: Ani Suryani")), kind="text")
    assert article.authors == ()
    assert article.paragraphs == (*_BODY, "Demikian.")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("14/09/2023 - Rizky Pratama", dt.date(2023, 9, 14)),
        ("14/09/2023, 11:22 WIB - Rizky Pratama", _PUBLISHED),
        ("14.09.2023 – Rizky Pratama", dt.date(2023, 9, 14)),
    ],
)
def test_a_name_after_a_date_in_figures_and_a_dash_is_the_author(
    line: str, published: dt.date
) -> None:
    article = parse_article(_dump(line), kind="text")
    assert article.authors == ("Rizky Pratama",)
    assert article.published == published
    assert article.paragraphs == _BODY


@pytest.mark.parametrize("line", ["14/09/2023 - Jakarta", "14/09/2023 | Ekonomi Bisnis"])
def test_a_word_after_a_date_in_figures_or_a_section_after_a_bar_is_no_writer(line: str) -> None:
    article = parse_article(_dump(line), kind="text")
    assert article.authors == ()
    assert article.published == dt.date(2023, 9, 14)


def test_a_name_a_dash_and_the_outlets_word_run_into_the_date_reads_both() -> None:
    article = parse_article(_dump("Rizky Pratama - kabarNews Kamis, 14 Sep 2023 11:22 WIB"))
    assert article.authors == ("Rizky Pratama",)
    assert article.published == _PUBLISHED
    assert article.paragraphs == _BODY


def test_a_place_a_dash_and_a_word_before_a_date_name_no_writer() -> None:
    # (A comma in the place, and no time in the date: no page's byline and date element.)
    article = parse_article(_dump(_DATE, footer=("Kota Medan, Sumatera - Posko 14 Sep 2023",)))
    assert article.authors == ()


_STORY = (
    "Heavy rain that began on Wednesday evening caused the river on the edge of the city to burst"
    " its banks, flooding hundreds of homes in three districts.",
    "The head of the local disaster agency said the water reached one metre in several places,"
    " forcing residents to shelter in mosques and nearby schools.",
)


@pytest.mark.parametrize(
    "note",
    [
        "Follow reporter Jane Doe on Twitter @janedoe_news.",
        "Jane Doe covers the city council. Reach her on Twitter @janedoe_news.",
    ],
)
def test_a_closing_note_on_how_to_follow_the_writer_names_the_author(note: str) -> None:
    text = "CITY — " + "\n".join(_STORY) + "\n" + note + "\n"
    article = parse_article(text, kind="text")
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs[-1] == _STORY[-1]


def test_a_byline_label_and_name_over_the_headline_of_a_page_name_the_writer() -> None:
    items = ("Home", "Markets", "Shares", "Forex", "News", "Analysis", "Help", "Log in")
    menu = "\n".join(f"  * {item}" for item in items * 4)
    head = ["Written by", "Jane Doe", "Market Analyst", "Published: 14 September 2023 11:22"]
    title = "Flash Floods Swamp Hundreds of Homes After a Night of Heavy Rain"
    window = f"# {title} | Coastal Markets"
    text = "\n\n".join((window, menu, *head, f"## {title}", *_STORY)) + "\n"
    article = parse_article(text, kind="text")
    assert article.title == title
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == _STORY
