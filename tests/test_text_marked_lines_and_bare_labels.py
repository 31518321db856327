"""Text dumps: lines a person marked to discard, a tool's closing address list, a story's age
notice, a byline label alone on its line and a Markdown byline of links (issue 9)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._normalize.boilerplate import is_boilerplate

_STORY = (
    "Pemerintah kota meresmikan jembatan baru di atas sungai itu pada Senin pagi, "
    "setelah pembangunan yang berlangsung hampir dua tahun.",
    "Wali kota mengatakan jembatan itu akan memangkas waktu tempuh warga ke pasar "
    "dan sekolah di seberang sungai.",
    "Warga menyambut jembatan tersebut dengan gembira karena selama ini mereka harus "
    "menyeberang dengan perahu kecil.",
)

_ENGLISH = (
    "The harbour reopened to fishing boats on Tuesday after a storm closed it for most "
    "of last week, the port authority said.",
    "Crews worked through the weekend to clear debris from the channel and to repair "
    "two damaged moorings near the fish market.",
    "Traders said the closure had cost them several days of catches at the height of the season.",
)

_HEADLINE = "Harbour reopens to fishing boats after a week-long storm closure"
_STANDFIRST = (
    "Fishing crews return to the water after days of lost catches and repairs to the "
    "harbour's channel and moorings."
)


def _dump(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_lines_marked_to_discard_are_not_paragraphs_or_the_title() -> None:
    text = _dump(
        "(BUANG) Baca berita dengan sedikit iklan, klik di sini",
        _STORY[0],
        "(BUANG) Advertisement",
        _STORY[1],
        _STORY[2],
        "(BUANG) Pilihan",
    )
    article = newsparse.parse_article(text, kind="text")
    assert article.title is None
    assert article.paragraphs == _STORY


def test_a_discard_mark_is_boilerplate_only_at_the_line_start_or_end() -> None:
    assert is_boilerplate("(BUANG) Lihat Juga : | TOPIK TERKAIT")
    assert is_boilerplate("(hapus) Pilihan")
    assert is_boilerplate("Bantah Janjikan Hadiah, Warga: Saya Sudah Bersumpah (BUANG)")
    assert is_boilerplate("Jembatan Baru Diresmikan (hapus)")
    assert not is_boilerplate("Warga membuang sampah (buang) ke sungai.")


def test_a_headline_marked_to_discard_at_its_end_is_no_paragraph() -> None:
    # A related story's headline a person marked at its end, between the story's paragraphs.
    text = _dump(
        _STORY[0], "Bantah Janjikan Hadiah, Warga: Saya Sudah Bersumpah (BUANG)", *_STORY[1:]
    )
    article = newsparse.parse_article(text, kind="text")
    assert article.paragraphs == _STORY


def test_a_closing_list_of_addresses_under_a_one_word_heading_is_left_out() -> None:
    text = _dump(
        *_STORY,
        "testing:\n- https://news.example/read/1/jembatan-baru\n- https://news.example/read/2/pasar",
    )
    article = newsparse.parse_article(text, kind="text")
    assert article.paragraphs == _STORY
    assert any("closing list of addresses" in warning for warning in article.warnings)


def test_a_sentence_introducing_its_addresses_keeps_them() -> None:
    intro = "The schedules for both ferries are posted on the port's pages:"
    links = ("- https://port.example/ferry-a", "- https://port.example/ferry-b")
    text = _dump(*_ENGLISH, f"{intro}\n{links[0]}\n{links[1]}")
    article = newsparse.parse_article(text, kind="text")
    assert article.paragraphs[-3:] == (intro, *links)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("This article is more than 4 years old", True),
        ("This article is more than", True),
        ("4 years old", True),
        ("This story is more than 11 months old", True),
        ("This article is more than 1 year old.", True),
        ("4 years old today", False),
        ("This article is more than a review of the season.", False),
        ("This article is more than 4 years old and still read.", False),
    ],
)
def test_age_notice_is_boilerplate(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


def test_an_age_notice_cut_in_two_over_the_headline_is_no_title() -> None:
    text = _dump(
        "This article is more than",
        "4 years old",
        _HEADLINE,
        "This article is more than 4 years old",
        "Jane Doe",
        "Tue 3 Mar 2020 09.00 GMT",
        *_ENGLISH,
    )
    article = newsparse.parse_article(text, kind="text")
    # (The notice was the title; which line is then the title is the title model's call.)
    assert article.title in (None, _HEADLINE)
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == _ENGLISH


@pytest.mark.parametrize("label", ["By", "Written by", "BY", "Oleh"])
def test_a_byline_label_alone_names_the_writer_on_the_next_line(label: str) -> None:
    # A whole page's byline box under the standfirst and its buttons, one element a line.
    lines = (_HEADLINE, _STANDFIRST, "Bookmark", "Share", "Travel", label, "Jane Doe")
    text = "\n".join((*lines, "Travel Reporter", "11:58, 23 APR 2024", *_ENGLISH)) + "\n"
    article = newsparse.parse_article(text, kind="text")
    assert article.title == _HEADLINE
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs[-3:] == _ENGLISH


def test_only_the_first_lone_label_names_the_writer() -> None:
    lines = (_HEADLINE, _STANDFIRST, "Share", "Travel", "By", "Jane Doe", "11:58, 23 APR 2024")
    related = ("More stories", "Ferry fares to rise in the spring", "By", "John Roe")
    text = "\n".join((*lines, *_ENGLISH, *related)) + "\n"
    article = newsparse.parse_article(text, kind="text")
    assert article.authors == ("Jane Doe",)


def test_a_markdown_byline_of_a_name_and_handles_names_the_writer() -> None:
    text = _dump(
        f"# {_HEADLINE}",
        "Published Tue, Mar 3 2020 9:00 AM EST",
        "[Jane Doe](https://news.example/jane-doe/)[@jane.doe.1](https://social.example/jane.doe.1)"
        "[@JaneDoeNews](https://microblog.example/JaneDoeNews)",
        *_ENGLISH,
    )
    article = newsparse.parse_article(text, kind="text")
    assert article.title == _HEADLINE
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == _ENGLISH
