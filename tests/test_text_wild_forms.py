"""Text dumps as other scrapers write them: contributors' and reporters' bylines, a date line's
trailing words, Indonesian date labels, a reporter's sign-off with the outlet's address (issue 9,
round 46; made-up outlets and people)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse._normalize.datelines import read_dateline
from newsparse._normalize.names import parse_byline
from newsparse._text.lines import LineFacts

WIB = dt.timezone(dt.timedelta(hours=7))
_TITLE = "Banjir Rendam Ratusan Rumah di Pinggiran Kota Setelah Hujan Deras"
_BODY = (
    "Hujan deras yang mengguyur sejak Rabu malam membuat sungai di pinggiran kota meluap dan"
    " merendam ratusan rumah warga di tiga kelurahan.",
    "Kepala badan penanggulangan bencana setempat mengatakan ketinggian air mencapai satu meter"
    " di beberapa titik, sehingga warga mengungsi ke masjid terdekat.",
    "Hingga Kamis siang air mulai surut, namun warga diminta tetap waspada karena hujan masih"
    " akan turun hingga akhir pekan.",
)
_DATE = "Kamis, 14 September 2023 11:22 WIB"
_PUBLISHED = dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)


def _dump(*header: str, footer: tuple[str, ...] = ()) -> str:
    return "\n\n".join((_TITLE, *header, *_BODY, *footer)) + "\n"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # A contributor's label with a colon, or without one before a name of two words.
        ("Kontributor: Rizky Pratama", "Rizky Pratama"),
        ("Kontributor: Hendra", "Hendra"),
        ("Kontributor Rizky Pratama", "Rizky Pratama"),
        ("Koresponden: Rizky Pratama", "Rizky Pratama"),
        ("Correspondent: Jane Doe", "Jane Doe"),
        # The reporter's role in brackets after the name.
        ("Rizky Pratama (Wartawan)", "Rizky Pratama"),
        ("Hendra (Kontributor Medan)", "Hendra"),
        ("Jane Doe (Reporter)", "Jane Doe"),
        # The place after the label, the name after the comma (as before).
        ("Kontributor Bandung, Rizky Pratama", "Rizky Pratama"),
    ],
)
def test_contributor_and_role_bylines_name_the_writer(byline: str, author: str) -> None:
    article = parse_article(_dump(byline, _DATE), kind="text")
    assert article.authors == (author,)
    assert article.published == _PUBLISHED
    assert article.paragraphs == _BODY


def test_a_contributor_label_and_one_word_names_no_writer() -> None:
    # "Kontributor Bandung" may be the place with no name after it: one word is not read.
    article = parse_article(_dump("Kontributor Bandung", _DATE), kind="text")
    assert article.authors == ()
    assert article.paragraphs == _BODY


@pytest.mark.parametrize(
    "line",
    [
        f"{_DATE} - 2 jam lalu",
        f"{_DATE} - 2 jam yang lalu",
        f"{_DATE} - Kota Medan",
        "Kamis, 14 Sep 2023 | 11:22 WIB - 5 menit lalu",
        "Kamis, 14 September 2023 - 11:22 WIB - Kota Medan",
    ],
)
def test_a_date_line_with_trailing_words_after_a_dash_is_read(line: str) -> None:
    article = parse_article(_dump("Rizky Pratama", line), kind="text")
    assert article.published == _PUBLISHED
    assert article.authors == ("Rizky Pratama",)  # (the place after the dash is no writer)
    assert article.paragraphs == _BODY


@pytest.mark.parametrize(
    "line",
    [
        # a list's row: a date, an act, a hall; a range of days; a number after the dash
        "05.11.2022 - Dives - Stadthalle",
        "31. Januar - 6. Februar 2022",
        "14 September 2023 - 2 Oktober",
    ],
)
def test_a_dash_before_a_word_in_the_date_or_a_number_after_it_is_no_date_line(
    line: str,
) -> None:
    assert LineFacts().date(line) is None


def test_pembaruan_terakhir_dates_the_update_and_dibuat_the_publication() -> None:
    updated = parse_article(_dump("Rizky Pratama", f"Pembaruan terakhir: {_DATE}"), kind="text")
    assert updated.published is None
    assert updated.modified == _PUBLISHED
    assert updated.paragraphs == _BODY
    both = parse_article(
        _dump(
            "Rizky Pratama",
            "Kamis, 14 September 2023 09:00 WIB | Pembaruan terakhir: " + _DATE,
        ),
        kind="text",
    )
    assert both.published == dt.datetime(2023, 9, 14, 9, 0, tzinfo=WIB)
    assert both.modified == _PUBLISHED
    for label in ("Dibuat: ", "Dibuat pada "):
        made = parse_article(_dump("Rizky Pratama", label + _DATE), kind="text")
        assert made.published == _PUBLISHED
        assert made.modified is None
        assert made.paragraphs == _BODY


@pytest.mark.parametrize("line", [". Or", ", Or", "; Budi Santoso", ". Ani Lestari"])
def test_a_line_opening_with_a_sentence_mark_names_no_one(line: str) -> None:
    # The rest of a sentence broken at a link is no bare name, wherever the name reader reads it.
    assert parse_byline(line, bare=True) is None


def test_a_reporters_sign_off_with_the_outlets_address_is_no_dateline() -> None:
    assert read_dateline("Rizky Pratama - Kabarkota.com") is None
    assert read_dateline("JAKARTA - Kabarkota.com melaporkan hujan turun.") is not None
    # A short story signed off so keeps its paragraphs (they were read as a standfirst and left
    # out: the sign-off read as a dateline ahead of them held them as header lines).
    article = parse_article(
        _dump(_DATE, footer=("Rizky Pratama - Kabarkota.com", "Editor: Ani Suryani")),
        kind="text",
    )
    assert article.paragraphs[: len(_BODY)] == _BODY
    assert article.description is None


def test_a_tools_author_field_with_the_editor_after_a_bar_names_the_writer() -> None:
    dump = (
        f"Title: {_TITLE}\nAuthor: Rizky Pratama | Editor: Ani Suryani\nDate: 2023-09-14\n\n"
        + "\n\n".join(_BODY)
    )
    article = parse_article(dump, kind="text")
    assert article.authors == ("Rizky Pratama",)


@pytest.mark.parametrize("outlet", ["Kabarkota.co", "Kabarkota.tv", "Kabarkota.co.id"])
def test_an_outlets_address_and_place_open_the_lede(outlet: str) -> None:
    lede = "Warga kota berkumpul di alun-alun pada pagi hari untuk merayakan hari jadi kota."
    article = parse_article(
        "\n\n".join((_TITLE, _DATE, f"{outlet}, Jakarta {lede}", *_BODY[1:])) + "\n",
        kind="text",
    )
    assert article.dateline == f"{outlet}, Jakarta"
    assert article.paragraphs[0] == lede


def test_a_section_label_over_the_date_line_is_no_writer() -> None:
    dump = "\n\n".join(("Die Freiheit der Planung", "Essay", "25.10.2022", *_BODY)) + "\n"
    article = parse_article(dump, kind="text")
    assert article.authors == ()
    assert article.published == dt.date(2022, 10, 25)


@pytest.mark.parametrize(
    "byline",
    [
        "Kontributor: Rizky Pratama",
        "Kontributor Bandung, Rizky Pratama",
        # a place of two words and a name of three: too long for a bare name's line
        "Kontributor Jawa Barat, Rizky Adi Pratama",
    ],
)
def test_a_contributors_byline_is_read_wherever_it_stands(byline: str) -> None:
    name = byline.rsplit(", ", 1)[-1].removeprefix("Kontributor: ")
    # Under the text, over an editor's line.
    footer = parse_article(_dump(_DATE, footer=(byline, "Editor: Ani Suryani")), kind="text")
    assert footer.authors == (name,)
    assert footer.paragraphs == _BODY
    # Under the headline of a whole page's rendering: a byline, not the title.
    menu = ("Beranda", "Berita", "Olahraga", "Ekonomi")
    page = parse_article(
        "\n".join(menu) + "\n\n" + _dump(byline, _DATE, footer=("Berita Terkait",)),
        kind="text",
    )
    assert page.title == _TITLE
    assert page.authors == (name,)


@pytest.mark.parametrize(
    "closing", ["(Kontributor Bandung, Rizky Pratama)", "(Kontributor: Rizky Pratama)"]
)
def test_a_closing_contributors_byline_in_brackets_names_the_writer(closing: str) -> None:
    article = parse_article(_dump(_DATE, footer=(closing,)), kind="text")
    assert article.authors == ("Rizky Pratama",)
    assert article.paragraphs == _BODY
