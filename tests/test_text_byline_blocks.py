"""Byline blocks of text dumps: a name over a job title or the date, affiliations, boxes run into
one line, and the datelines and headlines around them.

Every dump here is written for the test; the expected values were checked by hand against the text.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse._normalize.names import affiliated_names, is_job_title

PST = dt.timezone(dt.timedelta(hours=-8))

LEDE = (
    "The city council of Example City voted on Tuesday to rebuild the old harbour wall, "
    "which storms broke twice last winter, at a cost of four million dollars."
)
SECOND = "Work starts in the spring and should end before the autumn storms, the mayor said."


def _parse(text: str) -> newsparse.Article:
    return newsparse.parse_article(text, kind="text")


def test_bare_name_over_the_date_line_is_the_byline_not_the_title() -> None:
    article = _parse(f"Jane Doe\nThu, December 3, 2020, 2:49 PM PST\n{LEDE}\n\n{SECOND}\n")
    assert article.title is None
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.datetime(2020, 12, 3, 14, 49, tzinfo=PST)
    assert article.paragraphs == (LEDE, SECOND)


def test_a_headline_whose_words_the_lede_says_again_stays_the_title() -> None:
    # "Harbour" comes again in the lede: a headline, not a writer's name.
    article = _parse(f"Harbour Wall Vote\nThu, December 3, 2020, 2:49 PM PST\n{LEDE}\n\n{SECOND}\n")
    assert article.title == "Harbour Wall Vote"
    assert article.authors == ()


def test_a_heading_over_the_date_line_stays_the_title() -> None:
    article = _parse(f"# Harbour Repairs\n\n2019-12-03\n\n{LEDE}\n\n{SECOND}\n")
    assert article.title == "Harbour Repairs"
    assert article.authors == ()


def test_name_over_job_title_with_share_and_save_buttons() -> None:
    text = (
        "Why the council suddenly wants a new harbour wall\n"
        "3 days ago\n\nShare\n\nSave\n\n"
        "Add this outlet to your preferred sources\n"
        "Jane Doe\nTechnology reporter\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text)
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == (LEDE, SECOND)
    assert any("Technology reporter" in warning for warning in article.warnings)


def test_save_alone_is_a_button_not_a_writer() -> None:
    article = _parse(f"Council votes to rebuild the harbour wall\n\nSave\n\n{LEDE}\n\n{SECOND}\n")
    assert article.authors == ()
    assert article.paragraphs == (LEDE, SECOND)


def test_byline_with_affiliations_and_the_note_on_the_writers_below() -> None:
    byline = "Jane Doe, University of Example and John Roe, Example Institute of Technology"
    note = (
        "Jane Doe, Senior Lecturer, School of Engineering, University of Example and John Roe, "
        "Research Fellow, Example Institute of Technology"
    )
    text = (
        f"Title: How much power does a harbour use?\n\n{byline}\n\n{LEDE}\n\n{SECOND}\n\n{note}\n"
    )
    article = _parse(text)
    assert article.title == "How much power does a harbour use?"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.paragraphs == (LEDE, SECOND)


def test_byline_run_into_one_line_with_the_date_and_buttons() -> None:
    box = "10 June 2025 Share Save Jane Doe Example Times social affairs correspondent Share Save"
    article = _parse(f"Council votes to rebuild the harbour wall\n\n{box}\n\n{LEDE}\n\n{SECOND}\n")
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2025, 6, 10)
    assert article.paragraphs == (LEDE, SECOND)


@pytest.mark.parametrize("dash", ["\\u2013", "--", "–"])
def test_headline_broken_after_a_comma_and_a_press_release_dateline(dash: str) -> None:
    text = (
        "A gala in Example City raises a record sum,\n\n"
        "granting 90 wishes to children in hospital.\n\n"
        f"EXAMPLE CITY, ON, MAY 22, 2025/Example Wire/ {dash} {LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text)
    assert article.title == (
        "A gala in Example City raises a record sum, granting 90 wishes to children in hospital."
    )
    assert article.dateline == "EXAMPLE CITY, ON, MAY 22, 2025/Example Wire/"
    assert article.published == dt.date(2025, 5, 22)
    assert article.paragraphs == (LEDE, SECOND)


def test_outlet_address_and_place_open_the_lede_without_a_dash() -> None:
    lede = "Ribuan warga memadati alun-alun Kota Contoh pada Minggu pagi untuk merayakan ulang tahunnya."
    article = _parse(f"Contoh.com, Jakarta {lede}\n\nAcara berlangsung hingga sore hari.\n")
    assert article.dateline == "Contoh.com, Jakarta"
    assert article.paragraphs[0] == lede


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Technology reporter", True),
        ("Senior Reporter", True),
        ("Example Times social affairs correspondent", True),
        ("Arts & Culture Editor", True),
        ("Editor-in-Chief", True),
        ("Jane Doe", False),
        ("She met the reporter.", False),
        ("technology reporter", False),
        ("One two three four five six seven reporter", False),
    ],
)
def test_is_job_title(line: str, expected: bool) -> None:
    assert is_job_title(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe, University of Example", ("Jane Doe",)),
        (
            "Jane Doe, University of Example and John Roe, Example Institute",
            ("Jane Doe", "John Roe"),
        ),
        (
            "Jane Doe, Research Director, Example Centre, University of Example",
            ("Jane Doe",),
        ),
        ("Jane Doe, the mayor, said the school would close", ()),
        ("Jane Doe, Example Times", ()),  # no institution
        ("Paris, Example University", ()),  # a name of one word
        ("Jane Doe, University of Example.", ()),  # a sentence
    ],
)
def test_affiliated_names(line: str, expected: tuple[str, ...]) -> None:
    assert affiliated_names(line) == expected


def test_outlet_address_before_a_run_of_capitalised_words_is_left_alone() -> None:
    # Where the place ends is not told ("Jakarta Presiden Contoh"): the paragraph stays whole.
    lede = "Contoh.com, Jakarta Presiden Contoh Raya meresmikan jembatan baru pada Senin pagi."
    article = _parse(f"{lede}\n\nAcara berlangsung hingga sore hari.\n")
    assert article.dateline is None
    assert article.paragraphs[0] == lede


@pytest.mark.parametrize("labels", ["Opinion", "Opinion\nGames"])
def test_section_labels_over_the_headline_are_no_title(labels: str) -> None:
    article = _parse(
        f"{labels}\nWhy the harbour wall needs rebuilding now\nJane Doe\nMarch 4, 2024\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Why the harbour wall needs rebuilding now"
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2024, 3, 4)
    assert article.description is None
    assert article.paragraphs == (LEDE, SECOND)
    assert len(article.warnings) == labels.count("\n") + 1


@pytest.mark.parametrize("line", ["Games", "Opinion", "Kotahub", "Wartanews"])
def test_section_label_or_outlet_word_under_the_title_is_no_writer(line: str) -> None:
    article = _parse(
        f"Council votes to rebuild the harbour wall\n{line}\n\nMarch 4, 2024\n\n{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Council votes to rebuild the harbour wall"
    assert article.authors == ()
    assert article.published == dt.date(2024, 3, 4)
    assert article.paragraphs == (LEDE, SECOND)


def test_a_one_word_name_under_the_title_is_still_the_writer() -> None:
    article = _parse(
        f"Council votes to rebuild the harbour wall\nBinsar\n\nMarch 4, 2024\n\n{LEDE}\n\n{SECOND}\n"
    )
    assert article.authors == ("Binsar",)


@pytest.mark.parametrize("word", ["Harbourside", "Wellbeing", "Kortfattet", "Überblick"])
def test_a_word_alone_under_the_title_away_from_the_date_is_no_writer(word: str) -> None:
    # A place, a section or a heading ("the short version") under the title, with no date line
    # next to it and no by-word over it, names nobody; a byline under it still counts.
    title = "Council votes to rebuild the harbour wall"
    article = _parse(f"{title}\n{word}\n\n{LEDE}\n\n{SECOND}\n")
    assert article.title == title
    assert article.authors == ()
    assert article.paragraphs == (LEDE, SECOND)
    assert f"left out a word alone that names no writer: {word!r}" in article.warnings
    article = _parse(f"{title}\n{word}\nJane Doe\n\nMarch 4, 2024\n\n{LEDE}\n\n{SECOND}\n")
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2024, 3, 4)


def test_a_word_ending_with_a_full_stop_over_the_date_is_no_writer() -> None:
    article = _parse(
        f"Council votes to rebuild the harbour wall\nHarbourside.\n\nMarch 4, 2024\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.authors == ()
    assert article.published == dt.date(2024, 3, 4)
    assert article.paragraphs == (LEDE, SECOND)
    assert _parse("Isi.").authors == ()


def test_a_place_and_a_dash_alone_under_the_title_is_the_dateline_not_a_writer() -> None:
    article = _parse(
        f"Council votes to rebuild the harbour wall\n\nHarbourton-\n\n{LEDE}\n\n{SECOND}\n"
    )
    assert article.authors == ()
    assert article.dateline == "Harbourton"
    assert article.paragraphs == (LEDE, SECOND)


@pytest.mark.parametrize(
    "header",
    [
        "Steffi\n\nMarch 4, 2024",  # over the date line
        "\nMarch 4, 2024\nSteffi",  # under it
        "von\nSteffi\n\nMarch 4, 2024",  # under a by-word on a line of its own
    ],
)
def test_a_one_word_name_by_the_date_or_a_by_word_is_the_writer(header: str) -> None:
    article = _parse(f"Council votes to rebuild the harbour wall\n{header}\n\n{LEDE}\n\n{SECOND}\n")
    assert article.authors == ("Steffi",)
    assert article.published == dt.date(2024, 3, 4)
    assert article.paragraphs == (LEDE, SECOND)


def test_caption_opening_with_its_agency_credit() -> None:
    caption = "Reuters The dredger at work in the harbour last year"
    article = _parse(
        "Council votes to rebuild the harbour wall\n\n4 March 2024\n\n"
        f"Getty Images Waves break over the harbour wall at dawn\n\n{LEDE}\n\n{caption}\n\n"
        f"{SECOND}\n\nReuters reported that the vote was seven to two, with two members against\n"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Waves break over the harbour wall at dawn", "Getty Images"),
        ("The dredger at work in the harbour last year", "Reuters"),
    ]
    assert article.paragraphs == (
        LEDE,
        SECOND,
        "Reuters reported that the vote was seven to two, with two members against",
    )


def test_a_by_word_alone_over_the_name_and_the_window_titles_site() -> None:
    # A class scraper's dump of a page: the window title ("headline | site"), the by-word alone,
    # the writer's name run into the site's name, and the story on one line led by a space.
    text = (
        "Harbour wall rebuilt after two winter storms | Example News\n \n      By\n"
        "      Jane Roe  Example News \n"
        f" {LEDE}   {SECOND} \n"
    )
    article = _parse(text)
    assert article.title == "Harbour wall rebuilt after two winter storms"
    assert article.authors == ("Jane Roe",)
    assert article.site_name == "Example News"
    assert article.paragraphs == (f"{LEDE} {SECOND}",)


def test_a_by_word_alone_with_no_name_under_it_is_left_out_with_a_warning() -> None:
    article = _parse(f"Harbour wall rebuilt after two winter storms\n\nBy\n\n{LEDE}\n\n{SECOND}\n")
    assert article.title == "Harbour wall rebuilt after two winter storms"
    assert article.authors == ()
    assert article.paragraphs == (LEDE, SECOND)
    assert any("'By'" in warning for warning in article.warnings)
