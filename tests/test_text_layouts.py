"""Layouts of text dumps beyond the seed's: body-only dumps, bylines and dates elsewhere, tool headers.

Every dump here is written for the test; the expected values were checked by hand against the text.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import pytest

import newsparse
from newsparse._text.lines import LineFacts, is_cjk_update_line, is_embed_tag
from newsparse._text.markup import _long_line_below_head, unwrap
from newsparse._text.parser import prepare_lines
from newsparse.model import Caption
from tests.conftest import SEED

WIB = dt.timezone(dt.timedelta(hours=7))

DUMPS: dict[str, str] = {
    "agency": (
        "Mataram (ANTARA) - Sebanyak 29 penerbangan dari Bandara Internasional Lombok dibatalkan akibat abu vulkanik Gunung Barujari.\n"
        "\n"
        "Kepala bandara mengatakan pembatalan berlaku hingga Rabu sore.\n"
        "\n"
        "(Rina Wulandari)\n"
    ),
    "body_only": (
        "JAKARTA, Kompas.com – Pemerintah menaikkan harga bahan bakar minyak mulai pekan depan, kata menteri energi pada Senin.\n"
        "\n"
        "Kenaikan itu disebut perlu untuk menjaga anggaran negara tetap sehat di tengah harga minyak dunia yang tinggi.\n"
        "\n"
        "Warga mengeluhkan kenaikan tersebut karena harga kebutuhan pokok ikut naik.\n"
    ),
    "crawler": (
        "date 2023-08-07 Banjir surut di Bekasi setelah tiga hari, warga mulai membersihkan rumah mereka dari lumpur.\n"
        "Petugas membagikan air bersih kepada warga.\n"
    ),
    "english": (
        "Harbour reopens after storm\n"
        "\n"
        "By Jane Doe | The Coastal Times\n"
        "\n"
        "LONDON — The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
        "\n"
        "Reported by Tom Lee; written by Jane Doe; edited by Sam Roe\n"
    ),
    "footer": (
        "Harga Cabai Turun Jelang Lebaran\n"
        "\n"
        "Harga cabai di pasar tradisional turun tajam menjelang Lebaran karena pasokan dari petani melimpah.\n"
        "\n"
        "Pedagang berharap harga stabil hingga akhir bulan.\n"
        "\n"
        "Penulis: Siti Aminah\n"
        "Editor: Budi Santoso\n"
    ),
    "header_block": (
        "URL: https://example.com/berita/1\n"
        "Title: Banjir Surut di Bekasi\n"
        "Date: 2023-08-07\n"
        "Banjir surut di Bekasi setelah tiga hari, warga mulai membersihkan rumah mereka dari lumpur.\n"
        "Petugas membagikan air bersih kepada warga.\n"
    ),
    "malay": (
        "Ringgit dibuka tinggi berbanding dolar\n"
        "\n"
        "Oleh Ahmad Faiz\n"
        "\n"
        "KUALA LUMPUR: Ringgit dibuka tinggi berbanding dolar Amerika Syarikat pada pagi ini kerana sentimen positif.\n"
        "\n"
        "Peniaga berkata permintaan terhadap mata wang tempatan kekal kukuh sepanjang minggu.\n"
        "\n"
        "Artikel ini disiarkan pada : Jumaat, 15 Disember 2023 @ 10:30 AM\n"
    ),
    "outletdate": (
        "Banjir Rendam Ratusan Rumah\n"
        "Kompas.com - 14/09/2023, 11:22 WIB\n"
        "Ratusan rumah di Bekasi terendam banjir setelah hujan deras semalaman, kata petugas.\n"
        "Petugas mengevakuasi warga dengan perahu karet.\n"
    ),
    "pukul": (
        "Gempa Guncang Lombok\n"
        "14/09/2023 pukul 11.22 WIB\n"
        "Gempa berkekuatan 5,2 mengguncang Lombok pada Kamis pagi, kata badan meteorologi.\n"
        "Tidak ada laporan kerusakan.\n"
    ),
    "uhr": (
        "Bahn streikt erneut\n"
        "14.09.2023, 11:22 Uhr\n"
        "Die Lokführer legen am Donnerstag erneut die Arbeit nieder, teilte die Gewerkschaft mit.\n"
        "Reisende müssen mit Ausfällen rechnen.\n"
    ),
}

EXPECTED: dict[str, dict[str, Any]] = {
    "agency": {
        "title": None,
        "authors": ("Rina Wulandari",),
        "dateline": "Mataram (ANTARA)",
        "site_name": "ANTARA",
        "paragraphs": 2,
    },
    "body_only": {
        "title": None,
        "authors": (),
        "published": None,
        "dateline": "JAKARTA, Kompas.com",
        "site_name": "Kompas.com",
        "paragraphs": 3,
    },
    "crawler": {"title": None, "published": dt.date(2023, 8, 7), "paragraphs": 2},
    "english": {
        "title": "Harbour reopens after storm",
        "authors": ("Jane Doe", "Tom Lee"),
        "dateline": "LONDON",
        "paragraphs": 2,
    },
    "footer": {
        "title": "Harga Cabai Turun Jelang Lebaran",
        "authors": ("Siti Aminah",),
        "paragraphs": 2,
    },
    "header_block": {
        "title": "Banjir Surut di Bekasi",
        "published": dt.date(2023, 8, 7),
        "paragraphs": 2,
    },
    "malay": {
        "title": "Ringgit dibuka tinggi berbanding dolar",
        "authors": ("Ahmad Faiz",),
        "published": dt.datetime(2023, 12, 15, 10, 30),
        "dateline": "KUALA LUMPUR",
        "paragraphs": 2,
    },
    "outletdate": {
        "title": "Banjir Rendam Ratusan Rumah",
        "published": dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
        "paragraphs": 2,
    },
    "pukul": {
        "title": "Gempa Guncang Lombok",
        "published": dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
        "paragraphs": 2,
    },
    "uhr": {
        "title": "Bahn streikt erneut",
        "published": dt.datetime(2023, 9, 14, 11, 22),
        "paragraphs": 2,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout(name: str) -> None:
    article = newsparse.parse_article(DUMPS[name], kind="text")
    for field, expected in EXPECTED[name].items():
        if field == "paragraphs":
            assert len(article.paragraphs) == expected, article.paragraphs
        else:
            assert getattr(article, field) == expected, field


def test_markdown_marks_are_read_as_text() -> None:
    dump = (
        "[Home](/) [World](/world)\n\n"
        "# Harbour reopens after storm\n\n"
        "By Jane Doe\n\n"
        "3\\. May 2024, 17:47\n\n"
        "![The harbour at dawn](https://example.com/a.jpg)\n\n"
        "The harbour reopened on **Tuesday** after a storm closed it for three days, officials said.\n\n"
        "Ferries resumed their [usual timetable](https://example.com/t) by the afternoon, they said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.datetime(2024, 5, 3, 17, 47)
    assert article.paragraphs[-1] == (
        "Ferries resumed their usual timetable by the afternoon, they said."
    )


def test_fenced_header_block_fills_the_fields_and_is_not_text() -> None:
    dump = (
        "---\n"
        'title: "Harbour reopens after storm"\n'
        "author: Jane Doe; Tom Lee\n"
        "url: https://example.com/harbour\n"
        'date: "2024-05-03"\n'
        "---\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe", "Tom Lee")
    assert article.published == dt.date(2024, 5, 3)
    assert len(article.paragraphs) == 1


def test_fields_under_a_title_line_are_a_tool_header() -> None:
    # An archiver's Markdown: a heading, then keywords, authors and a publish date, then the text.
    dump = (
        "## Harbour reopens after storm\n"
        "\n"
        "keywords: harbour, storm, ferries\n"
        "\n"
        "authors: Jane Doe, Tom Lee\n"
        "\n"
        "publish date: 2024-05-03 00:00:00\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe", "Tom Lee")
    assert article.published == dt.datetime(2024, 5, 3)  # the tool's 00:00:00 is as written
    assert article.tags == ("harbour", "storm", "ferries")
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon.",
    )


def test_a_labelled_header_ends_at_the_label_of_the_text() -> None:
    # A scraper's labels: the outlet after the name is no author, "Article:" opens the text.
    dump = (
        "Headline: Harbour reopens after storm\n"
        "Author: JANE DOE (Coastal Press)\n"
        "Published: May 3, 2024\n"
        "Article:\n"
        "LONDON — The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("JANE DOE",)
    assert article.published == dt.date(2024, 5, 3)
    assert article.dateline == "LONDON"
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon.",
    )


def test_an_author_field_and_a_date_field_alone_are_a_tool_header() -> None:
    # A script writing newspaper's output: the authors as a Python list, the date as printed.
    dump = (
        "Author: ['Jane Doe', 'Tom Lee']\n"
        "Publish date: 2024-05-03 00:00:00\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title is None
    assert article.authors == ("Jane Doe", "Tom Lee")
    assert article.published == dt.datetime(2024, 5, 3)
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon.",
    )
    # Nothing found: an empty list and the date None are no values.
    empty = dump.replace("['Jane Doe', 'Tom Lee']", "[]").replace("2024-05-03 00:00:00", "None")
    article = newsparse.parse_article(empty, kind="text")
    assert (article.title, article.authors, article.published) == (None, (), None)
    assert len(article.paragraphs) == 2


def test_a_top_image_field_and_the_fields_after_the_text_are_the_tools() -> None:
    # A "Top Image:" line within the header; keywords a label lists after the labelled text.
    dump = (
        "Title: Harbour reopens after storm\n"
        "Authors: Jane Doe\n"
        "Publish Date: 2024-05-03 09:30:00+00:00\n"
        "Top Image: https://example.com/harbour.jpg\n"
        "\n"
        "Text: The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon.",
    )
    dump = (
        "Title:\n"
        "Weather: Harbour reopens after storm\n"  # (a colon in the value)
        "\n"
        "Article Text:\n"
        "The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
        "\n"
        "\n"
        "Article Keywords:\n"
        "harbour\n"
        "ferries\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Weather: Harbour reopens after storm"
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon.",
    )


def test_a_keywords_heading_under_the_text_closes_the_story() -> None:
    # A script's Markdown: the text under "## Article", then "## Keywords" and a closing rule.
    dump = (
        "# Harbour reopens after storm\n"
        "\n"
        "2024-05-03\n"
        "\n"
        "## Article\n"
        "The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
        "\n"
        "## Keywords\n"
        "harbour, storm, ferries\n"
        "\n"
        "---\n"
        "*Extracted from article by Jane Doe*\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon.",
    )


def test_a_labelled_summary_is_not_text() -> None:
    dump = (
        "Title: Harbour reopens after storm\n"
        "\n"
        "Summary: \n"
        "A generated summary: the harbour is open again and the ferries run.\n"
        "\n"
        "Full Article: \n"
        "The harbour reopened on Tuesday after a storm closed it for three days.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
    )
    # A "Title:" label alone on the first line is a header too; a body label may hold the text.
    single = newsparse.parse_article(
        "Title: Harbour reopens\nText: The harbour reopened on Tuesday after the storm.\n",
        kind="text",
    )
    assert single.title == "Harbour reopens"
    assert single.paragraphs == ("The harbour reopened on Tuesday after the storm.",)


@pytest.mark.parametrize(
    "label", ["Content:", "Isi Berita:", "===== Isi Berita =====", "=== Article ==="]
)
def test_a_label_of_the_text_opening_the_dump_is_no_title(label: str) -> None:
    # A script printed a label (or a heading of equals signs) over the pasted text: the text
    # starts under it, and the label is neither the title nor a paragraph.
    dump = (
        f"{label}\n"
        "\n"
        "Sebuah mal di Kota Contoh siap memfasilitasi sekolah yang ingin menggelar pameran.\n"
        "\n"
        "Pengelola mal mengatakan harga khusus disiapkan untuk sekolah, kata dia, Selasa.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title is None
    assert article.paragraphs == (
        "Sebuah mal di Kota Contoh siap memfasilitasi sekolah yang ingin menggelar pameran.",
        "Pengelola mal mengatakan harga khusus disiapkan untuk sekolah, kata dia, Selasa.",
    )


@pytest.mark.parametrize("first", ["===== Harbour reopens after storm =====", "Story: The harbour"])
def test_a_heading_of_equals_signs_or_a_glued_label_is_not_taken_for_a_text_label(
    first: str,
) -> None:
    # A heading between equals signs that is no label of the text, or a "Story:" line holding
    # words, is no tool's header: the first line is read as before (here, the title).
    lede = "The harbour reopened on Tuesday after a storm closed it for three days."
    article = newsparse.parse_article(f"{first}\n\n{lede}\n", kind="text")
    assert article.title == first
    assert article.paragraphs == (lede,)


def test_an_embedded_players_placeholder_is_no_credit() -> None:
    # A publishing system's placeholder for an embedded video ("[Gambas:Video Outlet]"), glued
    # to a paragraph or on its own line, is no picture's credit: the paragraphs stay text, and
    # the placeholder alone on its line is left out.
    lede = "Pemerintah kota membuka kembali pelabuhan setelah badai menutupnya selama tiga hari."
    second = "Kepala dinas mengatakan kapal feri kembali berlayar sesuai jadwal sejak Selasa sore."
    dump = (
        f"Kota Contoh, Warta Contoh -- {lede}\n\n"
        f"{second} [Gambas:Video Contoh]\n\n"
        "[Gambas:Video Contoh]\n\n"
        "Warga menyambut baik keputusan itu karena pasokan bahan pokok kembali lancar, ujarnya.\n\n"
        "Pihak pelabuhan meminta penumpang datang lebih awal untuk menghindari antrean di loket.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.captions == ()
    assert article.dateline == "Kota Contoh, Warta Contoh"
    assert article.paragraphs == (
        lede,
        f"{second} [Gambas:Video Contoh]",
        "Warga menyambut baik keputusan itu karena pasokan bahan pokok kembali lancar, ujarnya.",
        "Pihak pelabuhan meminta penumpang datang lebih awal untuk menghindari antrean di loket.",
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("[Gambas:Video Contoh]", True),
        ("Embed:Tweet", True),
        ("[Foto:Agensi Contoh]", False),  # a credit's own label, written without a space
        ("Photo: Jane Doe", False),
        ("https://example.com/video", False),
        ("[Jobs at the Example Times]", False),
        ("[bo:s]", False),  # a pronunciation
        ("责任编辑:肖春芳", False),  # an editor's label and name
    ],
)
def test_is_embed_tag(text: str, tag: bool) -> None:
    assert is_embed_tag(text) is tag


def test_a_lede_broken_off_at_a_comma_is_no_title() -> None:
    # A pasted lede hard-wrapped by its copy: the first line breaks off at a comma and the next
    # goes on right under it. It is the first paragraph's start, not a headline.
    dump = (
        "Dalam rangka meningkatkan mutu pendidikan serta kualitas lulusan, \n"
        "program studi Teknik Contoh melaksanakan studi banding ke sebuah universitas di luar negeri. \n"
        "Rombongan dosen dan mahasiswa disambut hangat oleh mahasiswa asal Indonesia di kampus itu.\n"
        "\n"
        "Kampus itu dipilih karena termasuk universitas terbaik di kawasan, kata ketua program studi.\n"
        "\n"
        "Kunjungan ditutup dengan diskusi bersama para pengajar tentang kurikulum dan laboratorium.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title is None
    assert article.paragraphs == (
        "Dalam rangka meningkatkan mutu pendidikan serta kualitas lulusan, program studi Teknik"
        " Contoh melaksanakan studi banding ke sebuah universitas di luar negeri. Rombongan dosen"
        " dan mahasiswa disambut hangat oleh mahasiswa asal Indonesia di kampus itu.",
        "Kampus itu dipilih karena termasuk universitas terbaik di kawasan, kata ketua program studi.",
        "Kunjungan ditutup dengan diskusi bersama para pengajar tentang kurikulum dan laboratorium.",
    )


@pytest.mark.parametrize(
    ("dump", "title"),
    [
        # In Title Case, a headline broken over two lines at a comma
        (
            "Ferries Return to the Example Harbour,\nShops Reopen After the Storm\n\n",
            "Ferries Return to the Example Harbour, Shops Reopen After the Storm",
        ),
        # with a blank line under its first line
        (
            "Harbour gala in Example City raises record sums for families,\n\n"
            "granting wishes to forty children across the province\n\n",
            "Harbour gala in Example City raises record sums for families, granting wishes to forty"
            " children across the province",
        ),
    ],
)
def test_a_headline_broken_at_a_comma_stays_the_title(dump: str, title: str) -> None:
    body = (
        "The harbour reopened on Tuesday after a storm closed it for three days, the port said.\n\n"
        "Ferry services resumed their usual timetable by the afternoon, and shops opened again.\n"
    )
    article = newsparse.parse_article(dump + body, kind="text")
    assert article.title == title
    assert len(article.paragraphs) == 2


def test_a_hard_wrapped_paragraphs_indented_first_line_fills_the_width() -> None:
    # A copy hard-wrapped with every paragraph's first line indented: the indent counts towards
    # the width, so that first line goes on in the next one (it was taken for a short line
    # closing its paragraph, and each paragraph split in two).
    lines = [
        "Harbour reopens after the storm",
        "",
        "     Example City – The port authority said on Tuesday",
        "that the harbour would reopen to ferries and fishing boats after a",
        "storm closed it for three days, and that the quay had been cleared",
        "of the debris the waves had thrown onto it during the weekend.",
        "",
        "     Ferry services resumed their usual timetable by",
        "the afternoon, and the first boats left the harbour for the islands",
        "with more passengers than on any day since the summer holidays, a",
        "spokeswoman for the ferry company said at the terminal on Tuesday.",
        "",
        "     Shops along the quay opened again in the evening,",
        "and the town council said it would pay for the repairs to the sea",
        "wall that the storm had damaged near the lighthouse at the harbour.",
    ]
    article = newsparse.parse_article("\n".join(lines) + "\n", kind="text")
    assert article.title == "Harbour reopens after the storm"
    assert article.dateline == "Example City"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0] == " ".join([lines[2].partition("– ")[2], *lines[3:6]])
    assert article.paragraphs[-1] == " ".join(line.strip() for line in lines[12:15])


def test_an_article_opening_with_one_date_label_keeps_its_text() -> None:
    # One "Date:" line is the article's own, not a tool's header: the text after it stays text.
    dump = "Date: 3 May 2024\nSummary: the harbour reopened on Tuesday after the storm.\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.published == dt.date(2024, 5, 3)
    assert article.paragraphs


@pytest.mark.parametrize(
    "ending",
    [
        "Associated Press writer Tom Lee in Dover contributed to this report.\n",
        "___ Associated Press writer Tom Lee in Dover contributed to this report.\n",
        "__\nThe agency receives support from several private foundations for this coverage.\n",
        "Jane Roe and Tom Lee contributed.\n",
        "Staff writer Tom Lee contributed reporting.\n",
    ],
)
def test_a_contributor_credit_and_the_notes_after_a_closing_rule_are_not_text(ending: str) -> None:
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "LONDON (AP) — The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
        "\n"
    )
    article = newsparse.parse_article(dump + ending, kind="text")
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon.",
    )
    assert article.authors == ()  # a contributor is not a byline


def test_a_dump_with_a_scrapers_tags_left_in_reads_as_without_them() -> None:
    plain = SEED.read_text(encoding="utf-8")
    tagged = plain.replace("\n\n", "<br>\n\n").replace("Binsar", "<b>Binsar</b>")
    expected = newsparse.parse_article(plain)
    article = newsparse.parse_article(tagged)  # detected as a text dump, not a page
    assert article.title == expected.title
    assert article.authors == ("Binsar",)
    assert article.published == expected.published
    assert article.captions == expected.captions
    assert article.paragraphs == expected.paragraphs


def test_a_long_item_under_a_related_list_heading_in_the_header_is_not_text() -> None:
    # (Longer than the headline, so only the list's own test leaves it out.)
    item = "* Another story about the harbour that runs on far longer than the headline above it"
    dump = "\n\n".join(
        (
            "Harbour fees rise",
            "Baca juga:",
            item,
            "The port of Example Bay will raise its fees next year, the harbour board said on"
            " Tuesday.",
            "Ferries resumed their usual timetable by the afternoon, the board said.",
        )
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The port of Example Bay will raise its fees next year, the harbour board said on Tuesday.",
        "Ferries resumed their usual timetable by the afternoon, the board said.",
    )
    assert article.warnings == (f"left out an item of a list of other stories: {item!r}",)


def test_the_title_written_again_under_itself_is_not_text() -> None:
    # A tool's title field over the page's own headline: the byline under it is still a byline.
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "Harbour Reopens After Storm\n"
        "\n"
        "By Jane Roe\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Roe",)
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon.",
    )


def test_a_sentence_ending_in_contributed_stays_text() -> None:
    # Only names or a reporter's role make a bare "... contributed." a credit.
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Officials said high tides and a broken sea wall both contributed.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert (
        article.paragraphs[-1]
        == "Officials said high tides and a broken sea wall both contributed."
    )


def test_a_rule_of_underscores_high_up_does_not_end_the_story() -> None:
    # Converters write "__" for empty bold spans anywhere on a page: only near the end is it a rule.
    body = "\n\n".join(
        f"Paragraph {n} of the story tells what happened at the harbour." for n in range(6)
    )
    dump = f"Harbour reopens after storm\n\n__\n\n{body}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert len(article.paragraphs) == 6


# A whole page's menu and eight lines of its story, shared by the whole-page tests below.
_PAGE_MENU = "Home\nWorld\nBusiness\nSport\nLog in\nSubscribe\n"
_PAGE_BODY = "\n".join(
    f"Paragraph {n} of the story tells what happened at the harbour on the stormy day."
    for n in range(8)
)


def test_a_wire_dateline_with_the_filing_day_is_split_off() -> None:
    # A wire story under a pseudo header: the day (and no place) before the agency in brackets.
    dump = (
        "Title: Three fishing boats sink off the northern coast\n"
        "\n"
        "Oct 19 (Kabar Wire) - Three fishing boats sank off the northern coast early on Thursday, "
        "the coast guard said, and all twelve crew members were rescued by a passing ferry.\n"
        "\n"
        "The boats had left the harbour on Wednesday evening despite a storm warning.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Three fishing boats sink off the northern coast"
    assert article.published is None  # "Oct 19" has no year
    assert article.paragraphs[0].startswith("Three fishing boats sank off the northern coast")
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("field", "title"),
    [
        # A window title's site name after the bar is not part of the headline.
        (
            "Harbour reopens after the winter storm | Harian Contoh",
            "Harbour reopens after the winter storm",
        ),
        (
            "Harbour reopens after the winter storm | Contoh News Online",
            "Harbour reopens after the winter storm",
        ),
        # A short part before the bar, or a long one after it, is kept whole.
        ("Live | Harbour reopens after the storm", "Live | Harbour reopens after the storm"),
        (
            "Harbour reopens | what the new rules mean for fishing boats",
            "Harbour reopens | what the new rules mean for fishing boats",
        ),
    ],
)
def test_a_title_field_loses_the_site_name_after_a_bar(field: str, title: str) -> None:
    dump = (
        f"Title: {field}\n"
        "Date: 2024-02-08\n"
        "\n"
        "The harbour reopened on Thursday after a storm closed it for three days, the port said.\n"
        "\n"
        "Fishing boats were the first to leave, followed by two ferries bound for the islands.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == title
    assert len(article.paragraphs) == 2


def test_a_picture_tag_with_italics_under_it_has_a_caption() -> None:
    # A story written as HTML: the caption in italics under the picture, a line break between.
    dump = (
        "---\n"
        "title: Man arrested after a fight on a train platform\n"
        "author: Jane Roe\n"
        "---\n"
        '<div><img alt="fight.jpeg" src="https://example-news.id/fight.jpeg" width="640"> <br> '
        "<i> The platform where the fight began, according to police (Street Maps). </i></div>\n"
        "\n"
        "<p>A man was arrested on Monday after a fight on a train platform, police said.</p>\n"
        "\n"
        "<p>He faces charges of assault and is due in court next week, a spokesman said.</p>\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The platform where the fight began, according to police", "Street Maps")
    ]
    assert article.paragraphs == (
        "A man was arrested on Monday after a fight on a train platform, police said.",
        "He faces charges of assault and is due in court next week, a spokesman said.",
    )


@pytest.mark.parametrize(
    ("author", "authors"),
    [
        ("NEWSBot", ()),  # an acronym run on with a word: the digest tool's brand
        ("AIDigest", ()),
        ("Jane Roe", ("Jane Roe",)),
        ("AMournfulHowl", ("AMournfulHowl",)),  # a user name, in more capitals
        ("Suharti", ("Suharti",)),  # a one-word name
    ],
)
def test_a_brand_in_a_front_matter_author_field_is_no_author(
    author: str, authors: tuple[str, ...]
) -> None:
    dump = (
        "---\n"
        "title: Harbour reopens after the winter storm\n"
        f"author: {author}\n"
        "date: '2024-02-08'\n"
        "---\n"
        "\n"
        "The harbour reopened on Thursday after a storm closed it for three days, the port said.\n"
    )
    assert newsparse.parse_article(dump, kind="text").authors == authors


def test_an_embedded_player_in_a_story_written_as_html_is_no_paragraph() -> None:
    dump = (
        "---\n"
        "title: Harbour reopens after the winter storm\n"
        "---\n"
        "<p>The harbour reopened on Thursday after a storm closed it for three days.</p>\n"
        '<p><iframe width="640" height="360" src="//video.example-news.id/embed/x1" '
        "allowfullscreen></iframe></p>\n"
        "<p>Fishing boats were the first to leave, followed by two ferries.</p>\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The harbour reopened on Thursday after a storm closed it for three days.",
        "Fishing boats were the first to leave, followed by two ferries.",
    )


def test_whole_page_menus_are_not_the_title() -> None:
    dump = f"{_PAGE_MENU}Harbour reopens after storm\nBy Jane Doe\n3 May 2024\n{_PAGE_BODY}\nShare this article\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2024, 5, 3)
    assert len(article.paragraphs) == 8


def test_hard_wrapped_dump_is_read_as_paragraphs() -> None:
    first = (
        "The harbour reopened on Tuesday after a storm closed it for three days, and\n"
        "the ferries ran on their usual timetable by the afternoon, officials said,\n"
        "while fishermen checked their boats for damage along the eastern quay and\n"
        "the harbour master thanked the crews who had kept the channel clear.\n"
    )
    second = (
        "Shops on the waterfront opened again as the wind dropped, and the council\n"
        "said it would count the cost of the storm once the last of the debris was\n"
        "cleared from the roads that lead down to the water by the end of the week.\n"
    )
    dump = f"Harbour reopens after storm\n\nBy Jane Doe\n\n{first}\n{second}"
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == (" ".join(first.split()), " ".join(second.split()))


def test_a_short_wrapped_line_whose_next_word_did_not_fit_goes_on() -> None:
    # The wrapping (at 72 columns) moved a long word down, leaving a short line mid-paragraph.
    first = (
        "The harbour reopened on Tuesday after a storm closed it for three days,\n"
        "and the ferries ran on their usual timetable by the afternoon, while a\n"
        "crowd gathered on the quay to watch the first of the\n"
        "Councillor-commissioned-and-harbourmaster-approved sailings leave.\n"
    )
    second = (
        "Shops on the waterfront opened again as the wind dropped, and the\n"
        "council said it would count the cost of the storm once the debris was\n"
        "cleared from the roads that lead down to the water by the end of the\n"
        "week, when the last of the fishing boats are due back in the harbour.\n"
    )
    third = (
        "The storm was the worst to reach the coast in a decade, forecasters\n"
        "said, and more wind is expected at the weekend along the eastern quay.\n"
    )
    dump = f"{first}\n{second}\n{third}"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == tuple(" ".join(part.split()) for part in (first, second, third))


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # The next word would have run past the width: the wrapping moved it down.
        (
            [
                "Sailings " * 5 + "end of the",
                "Overlong-compound-word-the-wrapping-moved-down here.",
            ],
            1,
        ),
        # The next word would have fit: the short line ended its paragraph.
        (["Sailings " * 5 + "end of it.", "Next paragraph opens here."], 2),
        # A title and a byline without a blank line between them stay apart.
        (["Harbour reopens", "By Jane Doe"], 2),
    ],
)
def test_unwrap_joins_a_short_line_only_when_the_next_word_did_not_fit(
    lines: list[str], joined: int
) -> None:
    body = ["The harbour reopened on Tuesday after a storm closed it for three days and"] * 8
    out = [line for line in unwrap([*body, "", *lines, "", *body]) if line]
    assert len(out) == 2 + joined


_LONG = "x" * 241  # longer than twice the widest wrapping width (120): never a wrapped line


@pytest.mark.parametrize(
    ("raw_lines", "long_below"),
    [
        # Five non-blank lines above it, the blank ones not counted: the long line is below.
        (["a", "", "b", " ", "c", "d", "\t", "e", _LONG], True),
        # Only four non-blank lines above it: it stands in the head.
        (["a", "", "b", "c", "d", _LONG, "e", "f"], False),
        # Far below the head, after many blank lines (a whole page's).
        (["a", "b", "c", "d", "e", *([""] * 300), "f", _LONG, "g"], True),
        # A line of 241 spaces below the head is as long.
        (["a", "b", "c", "d", "e", " " * 241], True),
        # No long line, or no line at all.
        (["a", "b", "c", "d", "e", "f", "x" * 240], False),
        ([], False),
    ],
)
def test_a_long_line_counts_only_below_the_first_five_non_blank_lines(
    raw_lines: list[str], long_below: bool
) -> None:
    assert _long_line_below_head(raw_lines) is long_below


def test_a_wrapped_body_under_long_unwrapped_fields_is_unwrapped() -> None:
    # The tool wrapped the body at 78 columns but left its title and summary lines whole.
    first = (
        "The harbour reopened on Tuesday after a storm closed it for three days, and\n"
        "the ferries ran on their usual timetable by the afternoon, officials said,\n"
        "while fishermen checked their boats for damage along the eastern quay.\n"
    )
    second = (
        "Shops on the waterfront opened again as the wind dropped, and the council\n"
        "said it would count the cost of the storm once the last of the debris was\n"
        "cleared from the roads that lead down to the water by the end of the week.\n"
    )
    summary = "A summary the tool wrote on one line: " + "the harbour is open again. " * 8
    dump = (
        "Title: The harbour on the east coast reopens after a storm that closed it for three whole days\n"
        f"\nSummary: \n{summary}\n\nFull Article: \n{first}\n{second}"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (" ".join(first.split()), " ".join(second.split()))


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        (
            "Oleh Ani - Rabu, 13 Sep 2023 15:04 WIB",
            ("Ani",),
            dt.datetime(2023, 9, 13, 15, 4, tzinfo=WIB),
        ),
        ("Posted on September 13, 2023 by Ani Suryani", ("Ani Suryani",), dt.date(2023, 9, 13)),
        ("By Jane Doe | 13 Sep 2023", ("Jane Doe",), dt.date(2023, 9, 13)),
        # A middle dot between them, as newsparse's own Markdown writes it (the name was lost).
        ("By Jane Doe · 13 Sep 2023", ("Jane Doe",), dt.date(2023, 9, 13)),
        (
            "By Jane Doe, Ani Suryani · 2023-09-13T15:04:00 · JAKARTA",
            ("Jane Doe", "Ani Suryani"),
            dt.datetime(2023, 9, 13, 15, 4),
        ),
        # Set in emphasis: the date was lost, the name read alone.
        ("*By Jane Doe | 13 Sep 2023*", ("Jane Doe",), dt.date(2023, 9, 13)),
        ("_By Jane Doe · 13 Sep 2023_", ("Jane Doe",), dt.date(2023, 9, 13)),
        (
            "Fino Yurio Kristo - detikinet | Kamis, 05/11/2015 10:08 WIB",
            ("Fino Yurio Kristo",),
            dt.datetime(2015, 11, 5, 10, 8, tzinfo=WIB),
        ),
        # A blog theme's publication label, date and writer in German, French, Spanish, Italian.
        (
            "Veröffentlicht am 13. September 2023 von Ani Suryani",
            ("Ani Suryani",),
            dt.date(2023, 9, 13),
        ),
        ("Veröffentlicht am 13.09.2023 von Jane Doe", ("Jane Doe",), dt.date(2023, 9, 13)),
        ("Publié le 13 septembre 2023 par Jane Doe", ("Jane Doe",), dt.date(2023, 9, 13)),
        ("Publicado el 13 de septiembre de 2023 por Jane Doe", ("Jane Doe",), dt.date(2023, 9, 13)),
        ("Pubblicato il 13 settembre 2023 da Jane Doe", ("Jane Doe",), dt.date(2023, 9, 13)),
        # The writer's label glued after the date's zone or meridiem, with no mark between.
        (
            "Rabu, 13/09/2023 15:04 WIB Oleh: Ani Suryani",
            ("Ani Suryani",),
            dt.datetime(2023, 9, 13, 15, 4, tzinfo=WIB),
        ),
        (
            "Rabu, 13 September 2023 | 15:04 WIB Penulis: Ani Suryani",
            ("Ani Suryani",),
            dt.datetime(2023, 9, 13, 15, 4, tzinfo=WIB),
        ),
        (
            "Wednesday, 13-09-2023 | 03:04 pm By: Jane Doe",
            ("Jane Doe",),
            dt.datetime(2023, 9, 13, 15, 4),
        ),
    ],
)
def test_byline_and_date_on_one_line(
    line: str, authors: tuple[str, ...], published: dt.date
) -> None:
    dump = f"Judul Berita Hari Ini\n{line}\nIsi berita yang cukup panjang untuk menjadi satu paragraf.\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == authors
    assert article.published == published
    assert len(article.paragraphs) == 1


def test_a_labelled_date_with_von_in_a_sentence_is_no_byline() -> None:
    # Only a line that opens with the label is read so: "von" in running text names nobody.
    dump = (
        "Neue Brücke über den Fluss kommt erst 2027\n"
        "Die Pläne wurden am 3. Mai 2024 von Jane Doe im Stadtrat vorgestellt, der zustimmte.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ()

    dump = (
        "# Harbour reopens after storm\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the port said.\n"
        "\n"
        "[Storm closes the harbour](https://example.com/storm) | [Ferry fares rise](/fares)\n"
        "\n"
        "Fishing boats are expected back on Thursday.\n"
        "\n"
        "[12 March 2024](https://example.com/2024/03/12/harbour)\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon, the port said.",
        "Fishing boats are expected back on Thursday.",
    )
    assert article.published == dt.date(2024, 3, 12)
    # Above the lede a line of links may be the title or a byline: it is read as before.
    linked = newsparse.parse_article(
        "[Harbour reopens after storm](https://example.com/h)\n\n" + dump.split("\n", 2)[2],
        kind="text",
    )
    assert linked.title == "Harbour reopens after storm"


def test_a_wrapped_picture_with_its_caption_and_glued_credit_is_a_caption() -> None:
    first = (
        "The harbour reopened on Tuesday after a storm closed it for three days, and\n"
        "the ferries ran on their usual timetable by the afternoon, officials said,\n"
        "while fishermen checked their boats for damage along the eastern quay and\n"
        "the harbour master thanked the crews who had kept the channel clear for an\n"
        "understanding.\n"
    )
    # The wrapping broke the picture's address at its hyphens, a piece longer than the width; the
    # caption follows the picture on its line, its credit glued to its last sentence.
    picture = (
        "![Ferries at the eastern quay on Tuesday morning, after the storm had passed\n"
        "over.](https://images.example.com/upload/w_760,f_auto,q_auto:best/rockcms/2024-03/harbour-ferries-\n"
        "quay-east.jpg)Ferries at the eastern quay on Tuesday morning, after the storm\n"
        "had passed.Jane Doe / Coastal Photos\n"
    )
    second = (
        "Shops on the waterfront opened again as the wind dropped, and the council\n"
        "said it would count the cost of the storm once the last of the debris was\n"
        "cleared from the roads that lead down to the water by the end of the week.\n"
    )
    third = (
        "Fishing boats are expected back at the quay on Thursday, when the harbour\n"
        "master will open the inner basin again to boats of every size and kind.\n"
    )
    dump = f"Title: Harbour reopens after storm\n\n{first}\n{picture}\n{second}\n{third}"
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.paragraphs == tuple(" ".join(p.split()) for p in (first, second, third))
    assert article.captions == (
        Caption(
            text="Ferries at the eastern quay on Tuesday morning, after the storm had passed.",
            credit="Jane Doe / Coastal Photos",
        ),
    )


@pytest.mark.parametrize(
    "line",
    [
        "Tom Lee contributed to this report.",
        "Tom Lee CONTRIBUTED REPORTING TO THIS ARTICLE.",
        "Tom Lee contributed reporting.",
        "Tom Lee contributed.",
        "Tom Lee xcontributed to this report.",  # no word boundary before it
        "xcontributed to this report.",
        "contributed reporting to this article.",
        "ycontributed reporting to this article.",  # the boundary's character lies before the reach
        "contributed to this story. ",
        "Tom Lee contributed to this report.\n",
        "Reporting contributed to this story" + "." * 3,
        "",
        "Tom Lee contr\u0131buted to this report.",  # a dotless i, which the pattern matches too
        "Tom Lee CONTRIBUTED.",
        "Tom Lee contributing to this report.",
    ],
)
def test_contributor_credit_search_from_the_end_matches_a_search_of_the_line(line: str) -> None:
    # The credit is searched for in the line's last characters only, and only when they hold the
    # letters the cheap test looks for: that must find what a search of the whole line finds,
    # the word boundary before it included.
    from newsparse._text.parser import _CONTRIBUTED, _is_contributor_credit  # noqa: PLC0415

    assert _is_contributor_credit(line) == (_CONTRIBUTED.search(line) is not None)


@pytest.mark.parametrize(
    "line",
    [
        "Oleh Ani - Rabu, 13 Sep 2023 15:04 WIB",
        "By Jane Doe | 13 Sep 2023",
        "Posted on September 13, 2023 BY Ani",
        "Ani\u2013 oleh\t13 Sep 2023",  # spaces other than U+0020 around the split
        "Ani\xa0-\xa013 Sep 2023",
        "Ani \u2014 13 Sep 2023",
        "Ani \u2022 13 Sep 2023",
        "Jakarta-1 13 Sep 2023 by",  # the word without a space after it
        "Kim bertemu Putin-Kim pada 13 September, kata Rossiya-1.",
        "Harga naik - tanpa angka",
        "",
    ],
)
def test_cheap_split_test_admits_every_line_the_pattern_splits(line: str) -> None:
    # A byline with a date is looked for only where the cheap test allows: it must allow every
    # line holding a digit that the split pattern splits.
    from newsparse._normalize.dates import has_digit  # noqa: PLC0415
    from newsparse._text.lines import LineFacts  # noqa: PLC0415
    from newsparse._text.parser import (  # noqa: PLC0415
        _BYLINE_DATE_SPLIT,
        _may_hold_byline_and_date,
    )

    splits = has_digit(line) and _BYLINE_DATE_SPLIT.search(line) is not None
    assert _may_hold_byline_and_date(line, LineFacts()) or not splits


_HARBOUR_BODY = (
    "The harbour reopened on Tuesday after a storm closed it for three days.\n"
    "Ferries resumed their usual timetable by the afternoon, the port said.\n"
)


@pytest.mark.parametrize(
    "title_field",
    ["Harbour reopens after the storm", "Harbour reopens after the storm | The Coastal Times"],
)
def test_a_tool_title_over_a_whole_page_skips_the_menus_to_the_headline(title_field: str) -> None:
    # A tool's fields over a page rendered whole: the menus above the page's own headline are
    # no text, the byline under it is a byline, and the site's name after a bar is no headline.
    dump = (
        f"Title: {title_field}\nURL: https://example.com/harbour\n\n"
        f"{_PAGE_MENU}Harbour reopens after the storm\nBy Jane Roe\n{_HARBOUR_BODY}"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after the storm"
    assert article.authors == ("Jane Roe",)
    assert article.paragraphs == tuple(_HARBOUR_BODY.splitlines())


def test_a_tool_title_written_again_below_the_text_leaves_the_text_alone() -> None:
    # The title field's words come back as a heading after three paragraphs: not the headline.
    body = "".join(
        f"Paragraph {n} tells what the harbour crews did on the stormy day.\n" for n in range(3)
    )
    dump = f"Title: Contact the harbour office\n\n{body}Contact the harbour office\nCall us.\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Contact the harbour office"
    assert article.paragraphs[:3] == tuple(body.splitlines())


def test_a_greeting_under_the_title_is_not_a_byline() -> None:
    dump = (
        "Every night my cat sheds dirt from its fur\n"
        "Hello,\n"
        "My cat sleeps on the windowsill at night and leaves black crumbs on the cover.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ()
    assert article.paragraphs[0] == "Hello,"


@pytest.mark.parametrize("below", ["", "4 May 2024\n"])
def test_a_date_right_above_a_pages_headline_is_the_articles_when_none_is_under_it(
    below: str,
) -> None:
    # The menus above the headline are left out, but for the date printed over the kicker; a
    # date line under the headline, in the article's own header, would come first.
    dump = f"{_PAGE_MENU}3 May 2024\nWEATHER\nHarbour reopens after storm\nBy Jane Doe\n{below}{_PAGE_BODY}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.published == (dt.date(2024, 5, 4) if below else dt.date(2024, 5, 3))
    assert len(article.paragraphs) == 8


def test_a_digest_with_a_field_table_a_standfirst_and_added_summaries() -> None:
    # An RSS digester's Markdown: title, standfirst, a two-column table of fields, a bold
    # dateline, the text, then summaries it generated under a rule.
    dump = (
        "# Harga cabai naik jelang Lebaran\n"
        "\n"
        "Harga cabai rawit naik dua kali lipat di pasar tradisional.\n"
        "\n"
        "| Field | Value |\n"
        "|-------|-------|\n"
        "| 👤 Author | Budi Santoso |\n"
        "| ✏️ Editor | Sari Dewi |\n"
        "\n"
        "**SEMARANG, KOMPAS.com --** Harga cabai rawit di pasar tradisional naik dua kali lipat.\n"
        "\n"
        "Pedagang mengatakan pasokan dari petani berkurang karena hujan.\n"
        "\n"
        "---\n"
        "\n"
        "Ringkasan: harga cabai naik karena pasokan berkurang.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harga cabai naik jelang Lebaran"
    assert article.authors == ("Budi Santoso",)  # the editor's row is no byline
    assert article.dateline == "SEMARANG, KOMPAS.com"
    assert article.paragraphs == (
        "Harga cabai rawit di pasar tradisional naik dua kali lipat.",
        "Pedagang mengatakan pasokan dari petani berkurang karena hujan.",
    )


def test_a_table_in_the_text_stays_text() -> None:
    dump = (
        "Harbour traffic in May\n"
        "\n"
        "The harbour handled more ships in May than in any month before, officials said.\n"
        "\n"
        "| Month | Ships |\n"
        "|---|---|\n"
        "| April | 310 |\n"
        "| May | 342 |\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert "| May | 342 |" in article.paragraphs


def test_a_fenced_block_with_values_over_several_lines_and_an_html_story() -> None:
    # A blog export: YAML values folded over lines and lists, then the story as HTML, closed by
    # a wire credit and the exporter's own lines.
    dump = (
        "---\n"
        "ID: 7\n"
        "post_title: >\n"
        "  Harbour reopens after\n"
        "  three-day storm\n"
        "post_date: 2024-05-03 16:52:25\n"
        "original_cats:\n"
        "  - worldNews\n"
        "canonical_url:\n"
        "  - >\n"
        "    http://example.com/story01.htm\n"
        "---\n"
        " [ad_1]\n"
        "<div><p>The harbour reopened on Tuesday, the port&#x2019;s &quot;best&quot; news "
        "in weeks.</p><p>Ferries ran again by the afternoon, officials said.</p>\n"
        "<p> (Reporting by Jane Doe in Dover and Tom Lee; Editing by Ann Roe)</p></div>\n"
        "[ad_2]\n"
        '<a href="http://example.com/story01.htm">Source </a>\n'
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after three-day storm"
    assert article.published == dt.datetime(2024, 5, 3, 16, 52, 25)
    assert article.authors == ("Jane Doe", "Tom Lee")  # the editor is no author
    assert article.paragraphs == (
        'The harbour reopened on Tuesday, the port\u2019s "best" news in weeks.',
        "Ferries ran again by the afternoon, officials said.",
    )


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        (
            "(Reporting by Jane Doe in Dover; Writing by Tom Lee; Editing by Ann Roe)",
            ("Jane Doe", "Tom Lee"),
        ),
        ("(Additional reporting by Ann Roe; Writing by Tom Lee)", ("Tom Lee",)),
        # Without brackets the credit still closes the story, but signs nothing.
        ("Reporting by Jane Doe and Tom Lee; Editing by Ann Roe", ()),
    ],
)
def test_a_wire_credit_names_the_reporters_and_is_not_text(
    credit: str, authors: tuple[str, ...]
) -> None:
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "LONDON (Reuters) - The harbour reopened on Tuesday after a storm closed it.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
        "\n"
        f"{credit}\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == authors
    assert article.paragraphs[-1] == "Ferries resumed their usual timetable by the afternoon."


def test_source_lines_under_the_title_are_not_text_but_an_address_in_the_text_is() -> None:
    dump = (
        "# Harbour reopens after storm\n"
        "\n"
        "https://example.com/news/harbour-reopens\n"
        "\n"
        "[Original article](https://example.com/news/harbour-reopens) [Translation](/t.md)\n"
        "\n"
        "(Port Authority)\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "The timetable is posted online:\n"
        "\n"
        "www.example.com/ferries\n"
        "\n"
        "This article originally appeared on Example News at https://example.com/news/harbour\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ()  # the picture's bracketed credit signs nothing
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "The timetable is posted online:",
        "www.example.com/ferries",
    )


def test_a_dated_page_of_one_story_with_its_sources_and_related_lists() -> None:
    dump = (
        "### [2016-10-15](/news/2016/10/15/index.md)\n"
        "\n"
        "# Storm closes the harbour for three days.\n"
        "\n"
        "Officials closed the harbour on Tuesday as a storm moved in.\n"
        "\n"
        "### Sources:\n"
        "\n"
        "1. [Example News](http://example.com/story)\n"
        "\n"
        "### Related:\n"
        "\n"
        "1. [Ferries return after a storm. ](/news/2016/11/7/ferries.md)\n"
        "2. [A second storm hits the coast. ](/news/2016/11/9/storm.md)\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Storm closes the harbour for three days."
    assert article.published == dt.date(2016, 10, 15)
    assert article.paragraphs == ("Officials closed the harbour on Tuesday as a storm moved in.",)


def test_a_rule_of_hyphens_below_the_text_ends_the_story() -> None:
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
        "\n"
        "---\n"
        "\n"
        "Key points\n"
        "\n"
        "The harbour is open again and ferries run to the timetable.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
    )


def test_a_pseudo_xml_wrapper_is_read_as_title_and_text() -> None:
    dump = (
        "<doc>\r\n"
        "<title>Harbour reopens after storm</title>\r\n"
        "<content>The harbour reopened on Tuesday after a storm closed it for three days.\r\n"
        "\r\n"
        "Ferries resumed their usual timetable by the afternoon, the port said.</content>\r\n"
        "</doc>\r\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon, the port said.",
    )


def test_tag_lines_of_a_code_listing_stay_text() -> None:
    # Without a wrapper opening the dump, a line of tags is the article's own.
    dump = (
        "How to start a page\n\n"
        "Every page you write should open with the same two lines of markup, like this:\n\n"
        '<meta charset="utf-8">\n\n'
        "Browsers then read the rest of the page in the right encoding.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert '<meta charset="utf-8">' in article.paragraphs


@pytest.mark.parametrize("loose_first", [True, False])
def test_line_facts_keep_the_strict_and_the_loose_caption_reading_apart(loose_first: bool) -> None:
    # A paragraph closing with its source "(AFP)" is a caption read loosely (in the header) but
    # none read strictly (in the body), whichever reading the parse asks for first; a line with
    # a strong credit is one either way, and a plain sentence is none either way.
    from newsparse._text.lines import LineFacts  # noqa: PLC0415

    sourced = "Warga menonton pawai di Jalan Contoh pada Senin (13/9) pagi, kata polisi (AFP)."
    credited = "Presiden meninjau lokasi banjir (Harian Contoh/Budi)"
    plain = "Warga menonton pawai di Jalan Contoh pada Senin pagi."
    expected = {
        (sourced, False): (sourced.removesuffix(" (AFP)."), "AFP"),
        (sourced, True): None,
        (credited, False): ("Presiden meninjau lokasi banjir", "Harian Contoh/Budi"),
        (credited, True): ("Presiden meninjau lokasi banjir", "Harian Contoh/Budi"),
        (plain, False): None,
        (plain, True): None,
    }
    facts = LineFacts(clean=True)
    order = (False, True) if loose_first else (True, False)
    for _ in range(2):  # the second round is answered from what the first learnt
        for line in (sourced, credited, plain):
            for strict in order:
                assert facts.caption(line, strict=strict) == expected[line, strict]


def test_a_list_of_other_stories_and_a_bar_of_links_between_paragraphs_are_not_text() -> None:
    # A body-only page: a "People are also reading…" widget (its headline under it, one a line,
    # indented as the page printed it) and a podcast's bar of channels between paragraphs.
    dump = (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
        "\n"
        "            People are also reading…\n"
        "                Council approves new budget for the coming year\n"
        "                Local bakery wins a national prize for its bread\n"
        "                Two roads close for repairs next week\n"
        "\n"
        "Fishermen said the storm had damaged several boats in the outer basin.\n"
        "Listen now and subscribe: Apple Podcasts | Google Podcasts | Spotify | RSS Feed\n"
        "Repairs to the breakwater are expected to take a month.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
        "Fishermen said the storm had damaged several boats in the outer basin.",
        "Repairs to the breakwater are expected to take a month.",
    )


@pytest.mark.parametrize(
    ("line", "bar"),
    [
        ("Listen now and subscribe: Apple Podcasts | Google Podcasts | Spotify | RSS Feed", True),
        ("Home | News | Sport | Weather", True),
        ("Prices rose | wages fell | rents climbed sharply this year in the city.", False),
        ("The vote was close: 12 | 10 | 3 abstentions, the clerk said.", False),
        # Rows of a table: a Markdown row between bars, a row of figures.
        ("| Portville | Jane Doe | Harbour Party |", False),
        ("Results | 120 | 125 | 130", False),
    ],
)
def test_a_bar_of_links_is_short_items_split_by_bars(line: str, bar: bool) -> None:
    from newsparse._text.parser import _is_link_bar  # noqa: PLC0415

    assert _is_link_bar(line) is bar


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        # Written the American way, an ambiguous CST is US Central (UTC-6).
        ("Published: 5:34 AM CST February 8, 2024", "2024-02-08T05:34:00-06:00"),
        ("February 8, 2024 10:40 a.m. MST", "2024-02-08T10:40:00-07:00"),
        # Written otherwise, CST may be China's: the day only.
        ("8 February 2024 17:34 CST", "2024-02-08"),
        ("2024-02-08 17:34 CST", "2024-02-08"),
    ],
)
def test_an_ambiguous_zone_in_an_american_date_is_the_us_zone(
    date_line: str, expected: str
) -> None:
    dump = (
        "Harbour reopens after storm\n"
        f"{date_line}\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.published is not None
    assert article.published.isoformat() == expected


def test_a_wrapped_body_without_blank_lines_ends_a_paragraph_at_a_sentence_end() -> None:
    # A title, then a body wrapped at about 75 columns with no blank line anywhere: the blocks
    # tell nothing, so a line ending a sentence (even a full one) ends its paragraph.
    first = (
        "The harbour reopened on Tuesday after a storm closed it for three days, and\n"
        "the ferries ran on their usual timetable by the afternoon, officials said,\n"
        "while fishermen checked their boats for damage along the eastern quay and\n"
        "the harbour master thanked the crews who had kept the channel clear today.\n"
    )
    second = (
        "Shops on the waterfront opened again as the wind dropped, and the council\n"
        "said it would count the cost of the storm once the last of the debris was\n"
        "cleared from the roads that lead down to the water.\n"
    )
    third = (
        '"We were lucky this time," the mayor told reporters at the town hall on a\n'
        "grey Wednesday morning, adding that repairs would start within a fortnight.\n"
    )
    dump = f"Harbour reopens after storm\n{first}{second}{third}"
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.paragraphs == tuple(" ".join(part.split()) for part in (first, second, third))


def test_a_name_set_apart_below_a_body_of_one_paragraph_a_line_is_the_writer() -> None:
    body = (
        "JAKARTA - Pelabuhan dibuka kembali pada Selasa setelah badai menutupnya selama tiga hari.\n"
        "Kapal feri kembali berlayar sesuai jadwal pada sore harinya, kata operator.\n"
        "Nelayan memeriksa perahu mereka di dermaga timur untuk mencari kerusakan.\n"
        "Pemerintah kota menyatakan akan menghitung kerugian akibat badai pekan depan.\n"
    )
    # One blank line, or several holding spaces (the fuzzer's harmless change lost the writer).
    for gap in ("\n", "\n\n", "  \n\t\n"):
        article = newsparse.parse_article(
            f"Pelabuhan dibuka kembali\n\n{body}{gap}Siti Rahmawati Putri\n", kind="text"
        )
        assert article.authors == ("Siti Rahmawati Putri",)
        assert article.paragraphs[-1] == (
            "Pemerintah kota menyatakan akan menghitung kerugian akibat badai pekan depan."
        )
    # Right under the body (no blank line), or under a body of blank-line-separated paragraphs,
    # a short last line is left as the dump printed it.
    for dump in (
        f"Pelabuhan dibuka kembali\n\n{body}Siti Rahmawati Putri\n",
        f"Pelabuhan dibuka kembali\n\n{body.replace(chr(10), chr(10) * 2)}Siti Rahmawati Putri\n",
    ):
        article = newsparse.parse_article(dump, kind="text")
        assert article.authors == ()
        assert article.paragraphs[-1] == "Siti Rahmawati Putri"


def test_a_byline_glued_between_the_sentences_of_a_feed_description_names_the_writer() -> None:
    dump = (
        "---\n"
        'title: "Harbour reopens after storm"\n'
        "date: 2025-05-20 22:39:43 +0000\n"
        "---\n"
        "\n"
        "Ferries are running again after three days of gales.By Jane DoeThe harbour reopened on "
        "Tuesday after a storm closed it for three days, officials said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == (
        "Ferries are running again after three days of gales.",
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # A name not glued to a capital after it, or "By" not after a sentence's end.
        "Ferries are running again. By Jane Doe the harbour was reopened on Tuesday.",
        "Ferries are running again.By Tuesday the harbour was open and boats were out.",
        "Ferries were stopped by Jane DoeThe harbour master on Tuesday, officials said.",
    ],
)
def test_a_glued_byline_needs_a_sentence_end_before_and_a_capital_glued_after(
    paragraph: str,
) -> None:
    article = newsparse.parse_article(f"Harbour reopens after storm\n\n{paragraph}\n", kind="text")
    assert article.authors == ()


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # A headline in Title Case, a full stop after it, over the lede.
        (
            "11-Year-Old Girl Graduates From City College.",
            "11-Year-Old Girl Graduates From City College.",
        ),
        # A sentence (words in lower case) is the lede of a body-only dump.
        ("An 11-year-old girl graduated from a city college.", None),
        # Three words are too few to tell a headline from a short sentence.
        ("Ferries Run Again.", None),
    ],
)
def test_a_title_case_headline_may_end_with_a_full_stop(first: str, title: str | None) -> None:
    dump = (
        f"{first}\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == title
    assert article.paragraphs[-1] == (
        "Ferries resumed their usual timetable by the afternoon, the operator said."
    )


def test_a_dump_wrapped_in_part_joins_the_lines_of_a_broken_block() -> None:
    # Blocks between blank lines; some were copied with their line breaks (a line breaks off
    # mid-sentence and the next goes on in lower case): such a block is one paragraph, all its
    # lines joined. A block of one paragraph a line, or a title over the lede, stays as it is.
    dump = (
        "Harbour Reopens After The Storm.\n"
        "The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator \n"
        "said in a statement on its website. \n"
        "Fishermen checked their boats for damage.\n"
        "\n"
        "Shops on the waterfront opened again as the wind dropped and the council said it would count the cost.\n"
        "\n"
        '"We were lucky," the mayor said.\n'
        "Repairs will start next week.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour Reopens After The Storm."
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon, the operator said in a statement"
        " on its website. Fishermen checked their boats for damage.",
        "Shops on the waterfront opened again as the wind dropped and the council said it would"
        " count the cost.",
        '"We were lucky," the mayor said.',
        "Repairs will start next week.",
    )


def test_a_broken_lede_behind_its_dateline_is_joined() -> None:
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "JAKARTA - The harbour reopened on Tuesday after a storm closed it for three\n"
        "days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon.\n"
        "\n"
        "Repairs will start next week.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline == "JAKARTA"
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon.",
        "Repairs will start next week.",
    )


def test_closing_wire_matter_is_not_text() -> None:
    # Under a wire story: an exchange-rate note, a line asking readers to write to the writer, and
    # the source's link named for the agency (which reads as a byline, but points to the source).
    dump = (
        "---\n"
        'title: "Harbour reopens after storm"\n'
        'date: "2025-02-08 02:07:00"\n'
        "---\n"
        "\n"
        "By Jane Doe\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Repairs will cost about 2 million pounds, the port said in a statement on Wednesday.\n"
        "\n"
        "($1 = 0.8079 pounds)\n"
        "\n"
        "Write to Jane Doe at jane.doe@example.com\n"
        "\n"
        "[Dow Jones Newswires](https://example.com/news/harbour-reopens)\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Repairs will cost about 2 million pounds, the port said in a statement on Wednesday.",
    )


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("Listen to our podcast on Sounds. Send your story ideas to news@example.com", False),
        ("Anyone with information is asked to email the police at tips@example.com.", True),
    ],
)
def test_a_closing_line_asking_readers_to_write_in_is_not_text(last: str, kept: bool) -> None:
    dump = (
        "Harbour reopens after storm\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
        f"{last}\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert (article.paragraphs[-1] == last) is kept


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("– Jane Doe", ("Jane Doe",)),
        ("-- By Jane Doe", ("Jane Doe",)),
        ("Doe writes for the Associated Press. AP writer Tom Lee contributed.", ("Doe",)),
        # A dash before words that name nobody is left as printed.
        ("— and that was that", ()),
    ],
)
def test_a_closing_signature_names_the_writer(closing: str, authors: tuple[str, ...]) -> None:
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
        "\n"
        f"{closing}\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == authors
    last = "Ferries resumed their usual timetable by the afternoon, the operator said."
    assert (article.paragraphs[-1] == last) is bool(authors)


def test_a_window_title_over_the_text_is_the_headline_without_the_site_name() -> None:
    # A long headline (it would read as running text) with a bar and the site's name after it.
    headline = (
        "Harbour reopens after a storm that closed it for three days and kept ferries in port,"
        " officials say"
    )
    dump = (
        f"{headline} | Harbour News\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == headline
    assert article.paragraphs[0] == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said."
    )


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ('<span class="location">CHICAGO</span> The', "CHICAGO"),
        ("<b>JEFFERSON CITY, Mo.</b> The", "JEFFERSON CITY, Mo."),
        # An element of a word in capitals inside the sentence is no dateline.
        ("The <b>NASA</b> team said the", None),
    ],
)
def test_a_dateline_set_as_an_element_of_an_html_story(opening: str, dateline: str | None) -> None:
    dump = (
        "---\n"
        "title: Harbour reopens after storm\n"
        "date: 2016-01-12 16:52:25\n"
        "---\n"
        f"<p>{opening} harbour reopened on Tuesday after a storm closed it for three days.</p>"
        "<p>Ferries resumed their usual timetable by the afternoon, the operator said.</p>\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline == dateline
    assert article.paragraphs[0].endswith(
        "harbour reopened on Tuesday after a storm closed it for three days."
    )
    if dateline is not None:
        assert article.paragraphs[0].startswith("The harbour")


@pytest.mark.parametrize(
    ("field", "authors"),
    [
        # A list as a program prints it; an outlet's acronym in title case is no person.
        ("authors: ['Jane Doe', 'Cnn Business']", ("Jane Doe",)),
        ('authors: ["Jane O\'Brien", "Tom Lee"]', ("Jane O'Brien", "Tom Lee")),
        ("authors: Jane Doe, Bbc News Online", ("Jane Doe",)),
        # Names with few vowels, or in other scripts, stay names.
        ("authors: Jörg Zschoche, Tobias Költzsch", ("Jörg Zschoche", "Tobias Költzsch")),
    ],
)
def test_a_tool_author_field_as_a_list_and_outlets_in_it(
    field: str, authors: tuple[str, ...]
) -> None:
    dump = (
        "## Harbour reopens after the storm\n"
        "\n"
        "keywords: harbour, storm\n"
        f"{field}\n"
        "publish date: 2020-03-04 00:00:00\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after the storm"
    assert article.authors == authors


def test_a_caption_printed_twice_with_a_credit_line_is_one_caption() -> None:
    # A page's text prints a picture's alt text and its caption (the same words) and then the
    # credit on a line of its own, between paragraphs; or the second time with its credit.
    dump = (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries queue at the eastern quay on Tuesday morning.\n"
        "Ferries queue at the eastern quay on Tuesday morning.\n"
        "Jane Doe/Agency/Getty Images\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
        "\n"
        "Fishermen check their boats for damage.\n"
        "Fishermen check their boats for damage. (Tom Lee/For the Harbour News)\n"
        "\n"
        "Repairs will start next week, the port said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.captions == (
        Caption(
            text="Ferries queue at the eastern quay on Tuesday morning.",
            credit="Jane Doe/Agency/Getty Images",
        ),
        Caption(
            text="Fishermen check their boats for damage.", credit="Tom Lee/For the Harbour News"
        ),
    )
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
        "Repairs will start next week, the port said.",
    )


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("This image shows the flooded quay of the harbour on Tuesday, during the storm.", True),
        ("In this photo provided by the port, ferries queue at the eastern quay on Monday.", True),
        ("This image of a town in decline was painted by critics of the council for years.", False),
        ("In this town, the harbour is the biggest employer, the mayor said on Tuesday.", False),
    ],
)
def test_a_line_saying_what_a_picture_shows_is_a_caption(line: str, caption: bool) -> None:
    dump = (
        "WASHINGTON — The harbour reopened on Tuesday after a storm closed it for three days.\n"
        f"{line}\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert (article.captions == (Caption(text=line, credit=None),)) is caption
    assert (line in article.paragraphs) is not caption


def test_a_standfirst_without_a_full_stop_under_the_title_is_the_description() -> None:
    standfirst = (
        "In the last instalment of our series, we keep it quick and easy with a few harbour"
        " favourites"
    )
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        f"{standfirst}\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.description == standfirst
    assert article.paragraphs[0].startswith("The harbour reopened")
    # A first line ending with a full stop is the lede, as before.
    article = newsparse.parse_article(dump.replace("favourites", "favourites."), kind="text")
    assert article.paragraphs[0] == standfirst + "."


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Laporan Wartawan Kabar.com, Ani Lestari", ("Ani Lestari",)),
        ("Laporan Reporter Kabar Kota, Budi Santoso", ("Budi Santoso",)),
    ],
)
def test_a_report_label_and_outlet_before_the_name_is_a_byline(
    line: str, authors: tuple[str, ...]
) -> None:
    dump = (
        "Harga beras naik lagi\n"
        "\n"
        f"{line}\n"
        "\n"
        "KABAR.COM, JAKARTA - Harga beras naik lagi pekan ini di pasar-pasar Jakarta, kata pedagang.\n"
        "\n"
        "Pedagang mengatakan pasokan dari daerah berkurang karena musim hujan.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == authors
    assert article.dateline == "KABAR.COM, JAKARTA"
    assert len(article.paragraphs) == 2


def test_a_lower_case_label_over_a_republished_body_and_its_trailer() -> None:
    # A one-word label in lower case is no headline; the republisher's "Artikel ini telah tayang
    # di ..." line closes the story, and what follows it is the page's.
    dump = (
        "artikel\n"
        "JAKARTA, KABAR.com - Harga beras naik lagi pekan ini di pasar-pasar Jakarta, kata pedagang."
        " Pedagang mengatakan pasokan dari daerah berkurang karena musim hujan.\n"
        "\n"
        'Artikel ini telah tayang di Kabar.com dengan judul "Harga Beras Naik Lagi", Klik untuk'
        " baca: https://www.kabar.com/read/2024/03/31/harga-beras\n"
        "\n"
        "Kabar+ baca berita tanpa iklan: https://kbr.im/plus\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title is None
    assert article.dateline == "JAKARTA, KABAR.com"
    assert article.paragraphs == (
        "Harga beras naik lagi pekan ini di pasar-pasar Jakarta, kata pedagang. Pedagang"
        " mengatakan pasokan dari daerah berkurang karena musim hujan.",
    )


def test_a_byline_glued_to_the_date_and_a_doubled_caption_in_the_header() -> None:
    dump = (
        "Harbour reopens after storm\n"
        "Jane DoeJuly 24, 2022 at 7:13 p.m. EDT\n"
        "Ferries queue at the eastern quay on Tuesday morning.\n"
        "Ferries queue at the eastern quay on Tuesday morning. (Tom Lee/For the Harbour News)\n"
        "PORTVILLE, Maine — The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ("Jane Doe",)
    assert article.published is not None
    assert article.published.isoformat() == "2022-07-24T19:13:00-04:00"
    assert article.captions == (
        Caption(
            text="Ferries queue at the eastern quay on Tuesday morning.",
            credit="Tom Lee/For the Harbour News",
        ),
    )
    assert article.dateline == "PORTVILLE, Maine"
    assert len(article.paragraphs) == 2


def test_reading_time_and_share_button_lines_are_widget_text() -> None:
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "January 27, 2024\n"
        "\n"
        "< 1 MIN READ\n"
        "facebook sharing button\n"
        "twitter sharing button\n"
        "whatsapp sharing button\n"
        "email sharing button\n"
        "print sharing button\n"
        "sharethis sharing button\n"
        "\n"
        "Harbour reopens after storm\n"
        "\n"
        "PORTVILLE: The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
        "\n"
        "5 min read\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.published == dt.date(2024, 1, 27)
    assert article.dateline == "PORTVILLE"
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
    )


def test_a_dateline_and_its_dash_on_lines_of_their_own_over_the_lede() -> None:
    dump = (
        "PORTVILLE\n"
        "—\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title is None
    assert article.dateline == "PORTVILLE"
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
    )


def test_a_page_copy_with_its_byline_block_twice_and_other_stories_bylines_below() -> None:
    # A select-all copy of a page: the byline and date block twice (the second with the zone and
    # a bar), the text, then a list of other stories, each with its date and byline.
    dump = (
        "\n"
        "\tBy Jane Doe\n"
        "March 15, 2024 1:03 PM\n"
        "\n"
        "\t\tBy \t\tJane Doe | \n"
        "\t\t\tMarch 15, 2024 1:03 PM ET\t\t\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
        "Repairs to the breakwater will start next week and take a month, the port said.\n"
        "\n"
        "March 25, 2024 5:32 PM ET \n"
        "·\n"
        "\t\t\tBy: \t\t\tTom Lee \n"
        "\n"
        "The council approved its budget for the coming year on Monday evening (…)\n"
        "\n"
        "March 25, 2024 4:07 PM ET \n"
        "·\n"
        "\t\t\tBy: \t\t\tAnn Roe \n"
        "\n"
        "A local bakery won a national prize for its bread at the weekend, the judges said (…)\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title is None
    assert article.authors == ("Jane Doe",)
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-15T13:03:00-04:00"
    assert article.paragraphs[0].startswith("The harbour reopened")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "The mayor thanks the crews at the quay. Jane Doe/Harbour Images",
            Caption(
                text="The mayor thanks the crews at the quay.", credit="Jane Doe/Harbour Images"
            ),
        ),
        # A sentence that names a route with a slash is text.
        ("Ferries run on the Portville/Eastham route again, the operator said.", None),
    ],
)
def test_a_short_caption_with_a_slashed_credit_after_it(line: str, caption: Caption | None) -> None:
    dump = (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        f"{line}\n"
        "Repairs to the breakwater will start next week and take a month, the port said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.captions == ((caption,) if caption else ())
    assert (line in article.paragraphs) is (caption is None)


def test_captions_with_credits_in_capitals_and_a_dateline_glued_to_the_text() -> None:
    # A page copied as text: the lead photo's caption (a kicker, then the credit in capitals after
    # its last sentence) over the byline, the dateline's dashes glued to the first word, and a
    # caption in the body whose credit is printed twice.
    dump = (
        "ARUS BALIK - Penumpang tiba di stasiun Senen, Jakarta, Minggu (3/1/2021). KABAR KOTA/ANI"
        " LESTARI\n"
        "\n"
        "Laporan Wartawan Kabar.com, Budi Santoso\n"
        "\n"
        "KABAR.COM, JAKARTA --Periode libur Natal dan Tahun Baru di depan mata.\n"
        "\n"
        "Kendaraan melintasi jalan tol di Medan, Rabu (23/12/2020). KABAR MEDAN/DANI (KABAR MEDAN/DANI)\n"
        "\n"
        "Masyarakat diminta bersiap agar liburan tetap aman dan terkendali.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ("Budi Santoso",)
    assert article.dateline == "KABAR.COM, JAKARTA"
    assert article.captions == (
        Caption(
            text="ARUS BALIK - Penumpang tiba di stasiun Senen, Jakarta, Minggu (3/1/2021).",
            credit="KABAR KOTA/ANI LESTARI",
        ),
        Caption(
            text="Kendaraan melintasi jalan tol di Medan, Rabu (23/12/2020).",
            credit="KABAR MEDAN/DANI",
        ),
    )
    assert article.paragraphs == (
        "Periode libur Natal dan Tahun Baru di depan mata.",
        "Masyarakat diminta bersiap agar liburan tetap aman dan terkendali.",
    )


def test_a_digests_outlet_prefix_quoted_standfirst_and_headed_captions() -> None:
    dump = (
        "## Harbour Times: Harbour Reopens After the Storm, but Repairs Will Take Months\n"
        "\n"
        "> The storm that closed the harbour for three days left damage that will take long to mend.\n"
        "\n"
        "![Ferries queue at the quay. Jane Doe/Agency](https://example.com/ferries.jpg)\n"
        "\n"
        "###### Ferries queue at the quay. Jane Doe/Agency\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "###### The mayor thanked the crews on Wednesday. Tom Lee/Agency, via Picture Desk\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour Reopens After the Storm, but Repairs Will Take Months"
    assert article.description == (
        "The storm that closed the harbour for three days left damage that will take long to mend."
    )
    assert article.captions == (
        Caption(text="Ferries queue at the quay.", credit="Jane Doe/Agency"),
        Caption(
            text="The mayor thanked the crews on Wednesday.",
            credit="Tom Lee/Agency, via Picture Desk",
        ),
    )
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
    )
    # A quoted speaker before a colon is no outlet.
    quoted = newsparse.parse_article(dump.replace("Harbour Times:", "Mayor:"), kind="text")
    assert quoted.title == ("Mayor: Harbour Reopens After the Storm, but Repairs Will Take Months")


# Tagged: the text prepare_lines reads is not the dump as given (its tags taken out), so the lines
# it split are not handed on and the dump is split again to tell its indentation.
@pytest.mark.parametrize("tagged", [False, True])
def test_a_line_flush_left_among_paragraphs_indented_alike_is_furniture(tagged: bool) -> None:
    indent = " " * 12
    body = [
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
        "Fishermen checked their boats for damage along the eastern quay.",
        "The council said it would count the cost of the storm next week.",
        "Shops on the waterfront opened again as the wind dropped.",
        "Repairs to the breakwater are expected to take a month.",
        "The port said traffic was back to its usual level by Thursday.",
        "Insurers said claims from the storm were still being counted.",
        "The weather service expects calmer seas for the rest of the month.",
        "The mayor thanked the crews who kept the channel clear.",
    ]
    head = "<b>Harbour reopens after storm</b>" if tagged else "Harbour reopens after storm"
    lines = [f"{head} | Harbour News", ""]
    for number, paragraph in enumerate(body):
        lines += [indent + paragraph, "    ", ""]
        if number == 2:
            lines += ["Council approves new budget for the coming year", ""]
    article = newsparse.parse_article("\n".join(lines) + "\n", kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.paragraphs == tuple(body)
    assert any("flush left" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    ("text", "split"),
    [
        # The dump as given: its lines and each stripped are handed on.
        (
            "Title line\n\n    An indented paragraph.  \n",
            [
                (
                    ["Title line", "", "    An indented paragraph.  "],
                    ["Title line", "", "An indented paragraph."],
                )
            ],
        ),
        # Tags taken out: the lines read are not the dump's, and none are handed on.
        ("<b>Title line</b>\n\n    An indented paragraph.\n", []),
    ],
)
def test_prepare_lines_hands_on_the_lines_it_split(
    text: str, split: list[tuple[list[str], list[str]]]
) -> None:
    received: list[tuple[list[str], list[str]]] = []
    prepare_lines(text, split=received)
    assert received == split


@pytest.mark.parametrize(
    ("text", "printable"),
    [
        # All in Latin-1: known from the text's bytes before its lines are read.
        ("Harbour reopens\n\nThe ferry sails again.\n", True),
        # Beyond Latin-1 (curly quotes, a dash): known once every line was read printable.
        ("\u201cHarbour\u201d reopens\n\nThe ferry \u2014 at last \u2014 sails.\n", True),
        # A left-to-right mark (unprintable) in one line: the lines are not known printable.
        ("Harbour \u2014 reopens\n\nThe ferry\u200e sails again.\n", False),
    ],
)
def test_prepare_lines_learns_whether_every_line_is_printable(text: str, printable: bool) -> None:
    facts = LineFacts(clean=True)
    lines, _ = prepare_lines(text, facts)
    assert facts.printable is printable
    assert all(line.isprintable() for line in lines) or not printable


@pytest.mark.parametrize(
    ("prompt", "kept"),
    [
        ("For more click on", False),
        # A whole prompt (its words all there) is left as printed.
        ("Click the map to see every ferry route", True),
    ],
)
def test_a_cut_off_prompt_to_click_closes_the_story(prompt: str, kept: bool) -> None:
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
        "\n"
        f"{prompt}\n"
        "\n"
        "Harbour NewsChart:\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert (prompt in article.paragraphs) is kept
    if not kept:
        assert article.paragraphs[-1] == (
            "Ferries resumed their usual timetable by the afternoon, the operator said."
        )


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Editor's note: The above video was published on Nov. 1, 2023.", False),
        ("Editor's note: An earlier version of this story misstated the mayor's name.", True),
    ],
)
def test_an_editors_note_on_the_pages_video_is_not_text(note: str, kept: bool) -> None:
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        f"{note}\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert (note in article.paragraphs) is kept


def test_a_page_copy_broken_at_its_links_without_blank_lines_is_joined_back() -> None:
    dump = (
        "The harbour reopened on Tuesday after a storm closed it for three days, and a\n"
        "ruling by the port authority\n"
        "means ferries can run again.\n"
        "Shares of operators like Harbour Lines (\n"
        "HBL\n"
        ") and Coast Ferries (\n"
        "CFY\n"
        ") rose on the news.\n"
        "Repairs will start next week.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, and a ruling by"
        " the port authority means ferries can run again.",
        "Shares of operators like Harbour Lines ( HBL ) and Coast Ferries ( CFY ) rose on the news.",
        "Repairs will start next week.",
    )


def test_a_link_broken_off_before_its_comma_or_stop_is_joined_back() -> None:
    # A page copied one paragraph a line, a link's text on a line of its own: the comma or the
    # full stop after it opens the next line, and no paragraph opens with one.
    dump = (
        "Title: Harbour reopens after storm\n\n"
        "The harbour reopened on Tuesday after a storm closed it for three days.\n"
        "Officials met at dawn, according to\n"
        "a statement\n"
        ", and agreed the quays were safe.\n"
        "Ferries resumed their timetable, as the operators\n"
        "had promised\n"
        ". Some crossings were late.\n"
        "Repairs will start next week.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days.",
        "Officials met at dawn, according to a statement, and agreed the quays were safe.",
        "Ferries resumed their timetable, as the operators had promised. Some crossings were late.",
        "Repairs will start next week.",
    )


@pytest.mark.parametrize(
    ("opening", "dateline", "first"),
    [
        # One hyphen or a dash glued to the first word, as two are.
        (
            "JAKARTA -Harga cabai naik lagi pekan ini.",
            "JAKARTA",
            "Harga cabai naik lagi pekan ini.",
        ),
        ("MEDAN –Warga antre sejak pagi.", "MEDAN", "Warga antre sejak pagi."),
        # A hyphen before a capital that follows no place is no dateline.
        (
            "Warga menyebut jalan itu -Jalan Baru- sejak lama.",
            None,
            "Warga menyebut jalan itu -Jalan Baru- sejak lama.",
        ),
    ],
)
def test_a_dateline_with_one_dash_glued_to_the_text(
    opening: str, dateline: str | None, first: str
) -> None:
    dump = f"Harga naik menjelang libur\n\n{opening}\n\nPedagang berharap pasokan segera pulih.\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline == dateline
    assert article.paragraphs[0] == first


@pytest.mark.parametrize(
    "line",
    [
        "Kamis, 14 September 2023 | 11:22 WIB Diperbarui: Kamis, 14 September 2023",
        "14 Sep 2023 LAST UPDATED 15 Sep 2023",
        "5. Juni 2025 zuletzt geändert 6. Juni 2025",
        "5 juin 2025 Dernière mise à jour 6 juin 2025",
        "5 Jun 2025 Di\u212aemask\u0130n\u0130 6 Jun 2025",  # a Kelvin sign, capital dotted Is
        "5 Jun 2025 laatst bijgewerkt 6 Jun 2025",
        "14 Sep 2023 | 11:22 WIB",
    ],
)
def test_update_label_pieces_admit_every_line_the_label_pattern_finds(line: str) -> None:
    # A date line is read up to an update's label only where a piece of a label stands: every
    # label holds one, and every letter the case-blind pattern takes for a piece's lowers to it.
    import re  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from newsparse._normalize.phrases import UPDATE_LABELS  # noqa: PLC0415
    from newsparse._text.lines import _UPDATE_AFTER, _UPDATE_PIECES  # noqa: PLC0415

    assert all(any(piece in label for piece in _UPDATE_PIECES) for label in UPDATE_LABELS)
    letters = sorted(set("".join(_UPDATE_PIECES)))
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    # The characters the pattern may take for a piece's letters, found in one pass.
    for char in re.findall(f"[{''.join(letters)}]", every, re.IGNORECASE):
        for letter in letters:
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert char.lower() == letter, (letter, char)
    lowered = line.lower()
    found = _UPDATE_AFTER.search(line, 1) is not None
    assert any(piece in lowered for piece in _UPDATE_PIECES) or not found


def test_a_two_word_headline_over_the_date_line_stays_the_title() -> None:
    # A headline of two capitalised words reads like a name; over the date line it is still the
    # title (a rule reading it as the writer was tried on one tune dump and taken out).
    dump = (
        "Harga Naik\n"
        "\n"
        "Kamis, 14 September 2023 | 11:22 WIB\n"
        "\n"
        "Harga cabai naik lagi pekan ini, kata pedagang di pasar induk kota.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harga Naik"
    assert article.authors == ()
    assert article.published is not None
    assert article.published.isoformat() == "2023-09-14T11:22:00+07:00"


@pytest.mark.parametrize("repeat", [1, 40])
def test_a_key_value_dump_with_labels_over_values_and_fields_after_the_body(repeat: int) -> None:
    # Each label on its own line with its value on the next, the text on the body label's
    # line (long or not), and the author and date fields after the text.
    body = " ".join(
        ["The harbour reopened on Tuesday after a storm closed it for three days, officials said."]
        * repeat
    )
    dump = (
        "URL: https://example.com/2024/02/12/harbour-reopens\n"
        "\n"
        "Headline: \n"
        "      Harbour reopens after storm\n"
        "    \n"
        f"Body: {body}\n"
        "\n"
        "Author: \n"
        "\t\t\tBy Jane Doe\n"
        "\t\t\n"
        "Timestamp: \n"
        "  Published\n"
        "        2:23 PM EST, Mon February 12, 2024\n"
        "    \n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.datetime(
        2024, 2, 12, 14, 23, tzinfo=dt.timezone(-dt.timedelta(hours=5))
    )
    assert article.paragraphs == (body,)


def test_headlines_and_paragraphs_labels_over_their_values() -> None:
    dump = (
        "Headlines:\n"
        "Harbour reopens after storm\n"
        "Paragraphs:\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert len(article.paragraphs) == 2


def test_an_article_title_and_publisher_header_is_read_as_a_header() -> None:
    # A scraper names its fields "Article Title:" and "Publisher:"; the label is no part of the
    # title, the publisher is the site's name, and neither line is text.
    dump = (
        "Article Title: Harbour reopens after storm\n"
        "Publisher: Example Times\n"
        "Author: Jane Doe\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.site_name == "Example Times"
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs[0].startswith("The harbour reopened")
    assert len(article.paragraphs) == 2


def test_a_by_label_and_a_last_updated_label_are_read_as_a_header() -> None:
    # A scraper labels the byline "By:" and gives only the latest revision's date, "Last updated
    # on:"; neither line is text, and the date is the revision's, never taken as the publication's.
    dump = (
        "Article title: Harbour reopens after storm\n"
        "By: Jane Doe\n"
        "Last updated on: March 4, 2024 at 2:00 p.m. EST\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe",)
    assert article.published is None
    assert article.modified is not None
    assert article.modified.isoformat() == "2024-03-04T14:00:00-05:00"
    assert article.paragraphs[0].startswith("The harbour reopened")
    assert len(article.paragraphs) == 2


def test_a_header_with_a_publication_and_an_update_date_keeps_each_in_its_field() -> None:
    dump = (
        "By: Jane Doe\n"
        "Last updated on: March 5, 2024 at 9:30 a.m. EST\n"
        "Published: March 4, 2024 at 2:00 p.m. EST\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ("Jane Doe",)
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-04T14:00:00-05:00"
    assert article.modified is not None
    assert article.modified.isoformat() == "2024-03-05T09:30:00-05:00"
    assert article.paragraphs[0].startswith("The harbour reopened")


@pytest.mark.parametrize(
    ("field", "title"),
    [
        ("'Up' wins 'Best Film' at harbour festival", "'Up' wins 'Best Film' at harbour festival"),
        ("'Harbour reopens after storm'", "Harbour reopens after storm"),
        ('"Harbour reopens after storm"', "Harbour reopens after storm"),
    ],
)
def test_a_title_field_keeps_the_quote_marks_of_quoted_words(field: str, title: str) -> None:
    dump = (
        f"Title: {field}\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    assert newsparse.parse_article(dump, kind="text").title == title


@pytest.mark.parametrize(
    ("field", "authors"),
    [
        ("JANE DOE Associated Press", ("Jane Doe",)),
        ("Jane Doe (Associated Press)", ("Jane Doe",)),
        ("Associated Press", ()),
    ],
)
def test_an_agency_run_on_after_the_writer_in_an_author_field(
    field: str, authors: tuple[str, ...]
) -> None:
    dump = (
        "Headline: Harbour reopens after storm\n"
        f"Author: {field}\n"
        "Article: The harbour reopened on Tuesday after a storm closed it for three days, officials"
        " said. Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert tuple(name.title() for name in article.authors) == authors


def test_an_embedded_post_is_not_text() -> None:
    # An extractor writes a post embedded in the page as its text (ending in the post's short
    # link) and a line naming who posted it and when.
    dump = (
        "Harbour reopens after storm\n"
        "\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "\n"
        "The ferries are back on time this morning pic.twitter.com/AbC123xyz\n"
        "\n"
        "— Port Authority (@portauthority) March 5, 2024\n"
        "\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
    )


_BODY = (
    "The harbour reopened on Tuesday after a storm closed it for three days, the port said.\n"
    "Ferries resumed their usual timetable by the afternoon, though some crossings were late.\n"
    "Traders said the closure had cost them a week of business at the busiest time of year.\n"
)


@pytest.mark.parametrize(
    "trailer",
    [
        "This article is republished from Example Review under a Creative Commons license. "
        "Read the original article.",
        "Sign me up for the Example Times' free weekly email newsletter",
        "Sign up for the Morning Example newsletter",
        "When you purchase through links on our site, we may earn an affiliate commission.",
        "We may earn a commission from links on this page.",
        "Join Example Times' Telegram channel and get the latest breaking news delivered to you.",
    ],
)
def test_a_republication_notice_or_a_promotion_closes_the_story(trailer: str) -> None:
    article = newsparse.parse_article(
        f"Title: Harbour reopens after storm\n\n{_BODY}{trailer}\n", kind="text"
    )
    assert article.paragraphs == tuple(_BODY.splitlines())


def test_a_teaser_in_capitals_between_paragraphs_is_no_paragraph() -> None:
    # Another story's headline and a call to read more, set in capitals between the paragraphs;
    # a short subhead in capitals stays (subheads are paragraphs).
    lines = _BODY.splitlines()
    dump = (
        "Title: Harbour reopens after storm\n\n"
        f"{lines[0]}\n"
        "STORM LEAVES THOUSANDS WITHOUT POWER ACROSS THE COAST FOR A SECOND NIGHT\n"
        f"{lines[1]}\n"
        "WHAT COMES NEXT\n"
        "LIKE WHAT YOU'RE READING? CLICK HERE FOR MORE LOCAL NEWS\n"
        f"{lines[2]}\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (lines[0], lines[1], "WHAT COMES NEXT", lines[2])


def test_a_line_of_a_script_without_case_is_no_teaser() -> None:
    # An acronym in a line of a script without capitals: no letter is in lower case, yet the
    # line is text.
    lines = _BODY.splitlines()
    line = "NASA 的 新 望远镜 将 于 明年 发射 并 开始 观测 远方 的 星系"
    dump = f"Title: Harbour reopens after storm\n\n{lines[0]}\n{line}\n{lines[1]}\n{lines[2]}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (lines[0], line, lines[1], lines[2])


def test_a_text_set_all_in_capitals_keeps_its_paragraphs() -> None:
    body = _BODY.upper()
    article = newsparse.parse_article(f"Harbour reopens after storm\n\n{body}", kind="text")
    assert article.paragraphs == tuple(body.splitlines())


@pytest.mark.parametrize(
    ("header", "note", "authors"),
    [
        # The byline's writer says who she is: the note is no paragraph.
        ("By Jane Doe\n", "Jane Doe is a staff writer covering transport.", ("Jane Doe",)),
        ("By Jane Doe\n", "Jane Doe covers the port for the Example Times.", ("Jane Doe",)),
        # No byline: the name of the outlet's writer opening the note is the author.
        ("", "Jane Doe is an elections correspondent for the Example Times.", ("Jane Doe",)),
    ],
)
def test_a_note_on_the_writer_closing_the_text_is_no_paragraph(
    header: str, note: str, authors: tuple[str, ...]
) -> None:
    dump = f"Title: Harbour reopens after storm\n\n{header}\n{_BODY}{note}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == tuple(_BODY.splitlines())
    assert article.authors == authors


def test_a_note_on_the_writer_opening_with_their_year_is_no_paragraph() -> None:
    # The note opens with the writer's year, then names the writer by surname with the trade.
    note = (
        "The 2024 season marks Jane Doe's 20th year on the coast. In her role today, Doe covers"
        " shipping and ports as a writer and photographer."
    )
    dump = f"Title: Harbour reopens after storm\n\nBy Jane Doe\n\n{_BODY}{note}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == tuple(_BODY.splitlines())
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "closing",
    [
        # Another person's trade, not the byline's writer's.
        "Mary Smith, who worked with Jane Doe for years, covers the harbour cafe's history.",
        # The writer named, but no trade of the writer's after the surname.
        "Jane Doe thanks the harbour master, who said Doe was welcome back next year.",
    ],
)
def test_a_closing_sentence_naming_the_writer_without_a_note_stays_text(closing: str) -> None:
    dump = f"Title: Harbour reopens after storm\n\nBy Jane Doe\n\n{_BODY}{closing}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (*_BODY.splitlines(), closing)


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        # The topics the page files the story under, links gone: no paragraph.
        ("Harbour Authority, Ferries, Storm Season 2024", False),
        ("Sebring 12 Hours, IMSA, WeatherTech Sportscar Championship", False),
        # Two names only, a word in lower case, or a full stop: text.
        ("Harbour Authority, Ferries", True),
        ("Ferries, boats and yachts, All Back", True),
        ("Harbour Authority, Ferries, Storm Season.", True),
    ],
)
def test_a_closing_line_of_topic_tags_is_no_paragraph(closing: str, kept: bool) -> None:
    dump = f"Title: Harbour reopens after storm\n\n{_BODY}{closing}\n"
    article = newsparse.parse_article(dump, kind="text")
    body = tuple(_BODY.splitlines())
    assert article.paragraphs == ((*body, closing) if kept else body)


def test_a_closing_sentence_about_someone_else_stays_text() -> None:
    # A name that is no writer of the story, or a note without a writer's trade, is text.
    closing = "Mary Smith is a baker who has run the harbour cafe for twenty years."
    dump = f"Title: Harbour reopens after storm\n\n{_BODY}{closing}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (*_BODY.splitlines(), closing)
    assert article.authors == ()


def test_a_wrapped_link_does_not_split_its_paragraph() -> None:
    # Markdown wrapped at 78 columns (html2text's default): a link's last word and its address
    # did not fit on the line above, which is short but goes on.
    words = (
        "The harbour reopened on Tuesday after a storm closed it for three days, the port said,"
        " as [forecasters warned](https://example.com/weather/forecast-2024-storm-warning) of"
        " more rain for the rest of the week and into the weekend."
    )
    paragraph = (
        "Ferries resumed their usual timetable by the afternoon, though some crossings were"
        " late and several of the smaller boats stayed in port until the evening tide."
    )
    wrapped = textwrap.fill(words, 78, break_long_words=False, break_on_hyphens=False)
    assert "[forecasters\nwarned](" in wrapped
    body = "\n\n".join([wrapped, *(textwrap.fill(paragraph, 78) for _ in range(6))])
    article = newsparse.parse_article(f"# Harbour reopens after storm\n\n{body}\n", kind="text")
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].startswith("The harbour reopened on Tuesday")
    assert article.paragraphs[0].endswith("into the weekend.")


@pytest.mark.parametrize(
    "label", ["READ:", "WATCH:", "UPDATE:", "EDITOR'S NOTE:", "Read:", "Watch:"]
)
def test_a_labelled_line_under_the_lede_is_no_colon_dateline(label: str) -> None:
    # A label in capitals before a colon is no place: the lede above stays the first paragraph
    # (it was read as a caption over a "dateline" paragraph), and a link to another story is no
    # paragraph.
    lines = _BODY.splitlines()
    line = f"{label} Mayor says the new bridge will open in June"
    dump = f"Harbour reopens after storm\n\n{lines[0]}\n\n{line}\n\n{lines[1]}\n\n{lines[2]}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline is None
    assert article.captions == ()
    assert article.paragraphs[0] == lines[0]
    link = label.rstrip(":").casefold() in {"read", "watch"}
    assert article.paragraphs[1:] == ((lines[1], lines[2]) if link else (line, lines[1], lines[2]))


@pytest.mark.parametrize(
    ("line", "link"),
    [
        ("Read more flood news from the coast and the valley", True),
        ("Flood watch:Rivers crest as rain moves east across the valley", True),
        ("Sponsored Video", True),
        ("Report ad", True),
        # a call to read more of few words may head a list; a sentence is text
        ("Read more stories", False),
        ("Read more about the plan on the council's website.", False),
        ("Ferry times:See the timetable posted at the harbour office.", False),
    ],
)
def test_a_bare_link_or_an_ad_label_between_paragraphs_is_no_paragraph(
    line: str, link: bool
) -> None:
    # A scraper keeps an inline link to another story with no "label: " form (a "Read more ..."
    # call, a label glued to its headline) and an ad widget's labels on lines of their own.
    lines = _BODY.splitlines()
    dump = f"Harbour reopens after storm\n\n{lines[0]}\n\n{line}\n\n{lines[1]}\n\n{lines[2]}\n"
    article = newsparse.parse_article(dump, kind="text")
    kept = (lines[0], lines[1], lines[2]) if link else (lines[0], line, lines[1], lines[2])
    assert article.paragraphs == kept


@pytest.mark.parametrize("glued", [True, False])
def test_a_standfirst_written_on_the_titles_heels_is_no_paragraph(glued: bool) -> None:
    # The title and a summary under it with no blank line between make one block; the story
    # starts under the blank line. Apart from the title, the same line is the first paragraph.
    summary = "'A hard week,' the harbour master told 'Example Radio'"
    gap = "\n" if glued else "\n\n"
    dump = f"Harbour reopens after storm{gap}{summary}\n\n{_BODY.replace(chr(10), chr(10) * 2)}"
    article = newsparse.parse_article(dump, kind="text")
    lines = _BODY.splitlines()
    if glued:
        assert article.description == summary
        assert article.paragraphs == tuple(lines)
    else:
        assert article.paragraphs == (summary, *lines)


def test_a_video_players_lines_between_the_standfirst_and_the_byline_are_left_out() -> None:
    # A page's player labels ("More Videos", an autoplay countdown) between the standfirst and
    # the labelled byline and date: the standfirst is still read as one, and the text starts at
    # the dateline.
    dump = (
        "Harbour reopens after storm\n"
        "The port closed for three days while crews cleared the channel of debris.\n"
        "More Videos\n"
        "Next up in 5\n"
        "Author: Jane Doe\n"
        "Published: 5:18 PM EDT April 3, 2023\n"
        "PORTVILLE, Pa. — The harbour reopened on Tuesday after a storm closed it, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, though some crossings ran late.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.description == (
        "The port closed for three days while crews cleared the channel of debris."
    )
    assert article.authors == ("Jane Doe",)
    assert article.dateline == "PORTVILLE, Pa."
    assert article.paragraphs[0].startswith("The harbour reopened on Tuesday")
    assert len(article.paragraphs) == 2


def test_a_colon_dateline_in_capitals_is_still_read() -> None:
    dump = (
        "Harbour reopens after storm\n\n"
        "PORTVILLE: The harbour reopened on Tuesday after a storm closed it for three days.\n\n"
        "Ferries resumed their usual timetable by the afternoon, the port said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline == "PORTVILLE"
    assert article.paragraphs[0] == (
        "The harbour reopened on Tuesday after a storm closed it for three days."
    )


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Portville", "Portville"),
        ("New Portville", "New Portville"),
        # a label in title case, a speaker's words, a lede in another language: no dateline
        ("Summary", None),
        ("Update", None),
        ("Jane Doe", None),
        ("Anmerkung", None),
    ],
)
def test_a_place_in_title_case_before_a_colon_opens_the_lede(
    opening: str, dateline: str | None
) -> None:
    # Some outlets print the dateline in title case before a colon ("Portville: The ..."). It
    # is read only at a lede of running text in English that is no speech.
    ledes = {
        "Jane Doe": "I think the harbour will reopen on Tuesday after the storm, and the ferries too.",
        "Anmerkung": "Der Hafen wurde am Dienstag nach einem Sturm wieder geöffnet, sagte die Behörde.",
    }
    lede = ledes.get(
        opening,
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
    )
    dump = (
        "Harbour reopens after storm\n\n"
        f"{opening}: {lede}\n\n"
        "Ferries resumed their usual timetable by the afternoon, the port said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline == dateline
    assert article.paragraphs[0] == (lede if dateline else f"{opening}: {lede}")


def test_a_short_line_with_a_place_in_title_case_before_a_colon_keeps_it() -> None:
    # A short line is no lede of running text: "Portville: ..." over a list stays as printed.
    dump = (
        "Harbour reopens after storm\n\n"
        "Portville: The ferry times\n\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline is None
    assert article.paragraphs[0] == "Portville: The ferry times"


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Follow Jane Doe on Twitter: @janedoe.", ("Jane Doe",)),
        ("Jane Doe can be reached at 555-0100 or jdoe@example.com.", ("Jane Doe",)),
        ("Reach Jane Doe at jdoe@example.com or 555-0100.", ("Jane Doe",)),
        ("Contact Jane Doe at jdoe@example.com.", ("Jane Doe",)),
        ("Jane Doe: 555-0100, jdoe@example.com", ("Jane Doe",)),
        ("Follow her on Instagram @janedoe.", ()),
        ("Follow Example Times on Facebook", ()),
    ],
)
def test_how_to_reach_the_writer_closes_the_story_and_names_the_author(
    closing: str, authors: tuple[str, ...]
) -> None:
    dump = f"Title: Harbour reopens after storm\n\n{_BODY}{closing}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == tuple(_BODY.splitlines())
    assert article.authors == authors


def test_a_closing_sentence_naming_someone_with_a_comma_stays_text() -> None:
    closing = "Mary Smith, who runs the harbour cafe, said the storm was the worst she had seen."
    dump = f"Title: Harbour reopens after storm\n\n{_BODY}{closing}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (*_BODY.splitlines(), closing)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("(ABC) ", "(ABC)"),
        ("(ABC)", "(ABC)"),  # the space lost by a scraper
        ("Portville (ABC News) ", "Portville (ABC News)"),
        ("PORTVILLE (XYZ) ", "PORTVILLE (XYZ)"),
    ],
)
def test_an_outlet_in_brackets_without_a_dash_is_a_dateline(opening: str, dateline: str) -> None:
    lines = _BODY.splitlines()
    dump = f"Harbour reopens after storm\n\n{opening}{lines[0]}\n\n{lines[1]}\n\n{lines[2]}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline == dateline
    assert article.paragraphs == tuple(lines)


@pytest.mark.parametrize(
    "opening", ["(UPDATED) ", "The United Nations (UN) ", "(Example News) ", "Mr Doe (R) "]
)
def test_brackets_opening_the_lede_that_name_no_outlet_are_text(opening: str) -> None:
    lines = _BODY.splitlines()
    first = f"{opening}{lines[0]}"
    dump = f"Harbour reopens after storm\n\n{first}\n\n{lines[1]}\n\n{lines[2]}\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline is None
    assert article.paragraphs[0] == first


def test_a_related_headline_in_title_case_between_paragraphs_is_no_paragraph() -> None:
    # Another story's headline pasted between the paragraphs without its label, every word
    # capitalised; subheads in title case keep their short words low, or are shorter.
    lines = _BODY.splitlines()
    subhead = "What the New Rules Mean for Traders and Their Customers"
    dump = (
        "Harbour reopens after storm\n\n"
        f"{lines[0]}\n\n"
        "Mayor Says New Bridge Will Open Before The Start Of Summer\n\n"
        f"{lines[1]}\n\n"
        f"{subhead}\n\n"
        "What Comes Next For Traders\n\n"
        f"{lines[2]}\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        lines[0],
        lines[1],
        subhead,
        "What Comes Next For Traders",
        lines[2],
    )


def test_a_headline_printed_twice_without_a_space_is_the_headline_once() -> None:
    headline = "Harbour reopens after storm"
    dump = f"{headline}{headline}\n\n" + _BODY.replace("\n", "\n\n")
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == headline
    assert article.paragraphs == tuple(_BODY.splitlines())
    # A headline whose halves differ, or a single word written twice, is kept as printed.
    dump = "ByeBye\n\n" + _BODY.replace("\n", "\n\n")
    assert newsparse.parse_article(dump, kind="text").title != "Bye"


#: A story of four long sentences and a short closing one, for the page-tail tests.
_TAIL_STORY = (
    "The harbour reopened on Tuesday after a storm closed it for three days, officials of the"
    " port authority said.",
    "Ferries resumed their usual timetable by the afternoon, and the first crossing left the"
    " eastern quay at two o'clock.",
    "Fishermen spent the morning checking their boats for damage, and most said the harm was"
    " lighter than they had feared.",
    "The council said it would count the cost of the storm next week, once the engineers have"
    " inspected the breakwater.",
    "The harbour is open again.",
)
#: What a page prints under its story: other stories' headlines and dates, footer links.
_TAIL_FURNITURE = (
    "More from Example Times",
    "Council approves new budget for the coming year",
    "March 4, 2024",
    "New ferry route to the islands announced",
    "March 3, 2024",
    "Terms of Use",
    "Contact us",
)


def _whole_page(tail: tuple[str, ...], between: str | None = None) -> str:
    """A page's text: a menu, the headline, a byline and date, the story, then ``tail``."""
    lines = ["Home", "News", "Sport", "Harbour reopens after the storm", "By Jane Doe"]
    lines += ["March 5, 2024", ""]
    for number, paragraph in enumerate(_TAIL_STORY):
        lines += [paragraph, ""]
        if between and number < len(_TAIL_STORY) - 1:
            lines += [between, ""]
    for line in tail:
        lines += [line, ""]
    return "\n".join(lines)


def test_the_page_tail_under_the_story_is_left_out() -> None:
    article = newsparse.parse_article(_whole_page(_TAIL_FURNITURE), kind="text")
    assert article.title == "Harbour reopens after the storm"
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2024, 3, 5)
    # The short sentence closing the story stays; the seven lines under it go.
    assert article.paragraphs == _TAIL_STORY
    # The warning names every line left out, so nothing is lost without a word.
    assert (
        "left out the page's tail under the story (7 lines): "
        + ", ".join(repr(line) for line in _TAIL_FURNITURE)
        in article.warnings
    )


def test_a_short_run_under_the_story_is_no_page_tail() -> None:
    # Three lines under the story are too few to call a tail: they are kept.
    article = newsparse.parse_article(_whole_page(_TAIL_FURNITURE[:3]), kind="text")
    assert article.paragraphs == _TAIL_STORY + _TAIL_FURNITURE[:3]


def test_a_line_repeated_between_the_paragraphs_ends_no_story() -> None:
    # The page prints "Story continues below" between every two paragraphs, the last short
    # sentence under it too: the story runs on to that sentence, and the tail under it goes.
    between = "Story continues below"
    article = newsparse.parse_article(_whole_page(_TAIL_FURNITURE, between), kind="text")
    assert article.paragraphs[-2:] == (between, "The harbour is open again.")
    assert [paragraph for paragraph in article.paragraphs if paragraph != between] == list(
        _TAIL_STORY
    )


@pytest.mark.parametrize(
    "calls",
    [
        ("Download the Example News app.",),
        ("Sign up for our emails", "Watch Now"),
        (
            "Get our best stories every morning: Sign up for The Brief.",
            "(Top photo: Jane Roe / Example Pictures)",
            "Subscribe to Example Times for in-depth coverage of your town. Try a week on us.",
        ),
        ("Subscribe to our newsletters Subscribe Subscribe",),
    ],
)
def test_a_call_to_subscribe_under_the_story_is_left_out(calls: tuple[str, ...]) -> None:
    # A call to sign up, subscribe or download the outlet's app closes the page's story, with a
    # line or two of the same kind under it: they are the page's, and the warning names them.
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join((*_TAIL_STORY, *calls)) + "\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == _TAIL_STORY
    assert (
        "left out a call to subscribe under the story: " + ", ".join(map(repr, calls))
        in article.warnings
    )


@pytest.mark.parametrize(
    "closing",
    [
        # the story's own sentence about signing up: no call opens it
        "More than two hundred readers had signed up for the harbour tour by Friday.",
        "Residents can subscribe to the port's alerts, the harbour master said.",
        "Subscribers to the ferry pass rose by a tenth.",
        # a call with a line of running text of 200 characters or more under it: kept
        "Sign up for the harbour tour.\n\n" + "The harbour master said " + "the tour " * 25 + ".",
    ],
)
def test_a_story_that_speaks_of_signing_up_keeps_its_closing_lines(closing: str) -> None:
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join((*_TAIL_STORY, closing)) + "\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (*_TAIL_STORY, *closing.split("\n\n"))


@pytest.mark.parametrize(
    "notes",
    [
        (
            "In the UK, Samaritans can be contacted on freephone 116 123. In the US, call or"
            " text the 988 Suicide & Crisis Lifeline at 988.",
        ),
        (
            "If you or someone you know is struggling, call the Example Helpline on 0800 000 000.",
            "In Australia, support is available at Lifeline on 13 11 14.",
        ),
    ],
)
def test_notes_on_where_to_find_help_under_the_story_are_left_out(notes: tuple[str, ...]) -> None:
    # A story on mental health closes with the outlet's note naming helplines and their numbers.
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join((*_TAIL_STORY, *notes)) + "\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == _TAIL_STORY
    assert (
        "left out the notes on where to find help under the story: " + ", ".join(map(repr, notes))
        in article.warnings
    )


@pytest.mark.parametrize(
    "closing",
    [
        # the story's own sentences: no helpline, or no number, or an opening of no such note
        "In the UK, the harbour's 116 berths were all taken by Friday, the port said.",
        "If you are visiting, the Example Helpline desk on the quay is open daily.",
        "The charity said its helpline took 300 calls from fishermen during the storm.",
    ],
)
def test_a_closing_sentence_about_help_is_kept(closing: str) -> None:
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join((*_TAIL_STORY, closing)) + "\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (*_TAIL_STORY, closing)


def test_a_story_ending_in_running_text_keeps_every_paragraph() -> None:
    # Short lines between long sentences are the story's (subheadings): the tail starts only
    # under the last long sentence.
    story = list(_TAIL_STORY[:4])
    story[1:1] = ["What the port said", "The first ferries", "Damage on the quay"]
    story[5:5] = ["The cost", "What comes next"]
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join(story) + "\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == tuple(story)


@pytest.mark.parametrize(
    ("line", "expected", "word", "name"),
    [
        ("NOVERMBER 21, 2015, 5:34 PM", dt.datetime(2015, 11, 21, 17, 34), "NOVERMBER", "november"),
        ("21 Setpember 2021", dt.date(2021, 9, 21), "Setpember", "september"),
        ("Tuesday, Sepember 21, 2021", dt.date(2021, 9, 21), "Sepember", "september"),
    ],
)  # fmt: skip
def test_a_misspelt_month_between_a_day_and_a_year_is_read(
    line: str, expected: dt.date, word: str, name: str
) -> None:
    body = (
        "Five people were hurt in a fire that broke out on the tenth floor of a tower in"
        " Example City, officials said on Saturday.\n"
        "None of the injuries was serious, a fire department spokesperson said.\n"
    )
    article = newsparse.parse_article(
        f"Five hurt in fire at city tower\n\n{line}\n{body}", kind="text"
    )
    assert article.published == expected
    assert type(article.published) is type(expected)
    assert article.paragraphs[0].startswith("Five people were hurt")
    assert len(article.paragraphs) == 2
    assert article.warnings == (
        f"date line {line!r}: read the misspelt month {word!r} as {name!r}",
    )


@pytest.mark.parametrize(
    "line",
    [
        # No day and year around the word, or a word near no month (or near two).
        "Sold 5 Novermber items in 2015",
        "Chapter 21, 2015 edition",
        "Jugio 21, 2015",
    ],
)
def test_a_word_near_no_month_or_without_a_frame_is_no_date(line: str) -> None:
    assert LineFacts(clean=True).date(line) is None


def test_a_tools_article_heading_is_no_byline() -> None:
    # A script's Markdown: "# title", the day, "## Article" over the text, keywords, a footer.
    dump = (
        "# Council approves new budget for city parks\n\n2024-03-05\n\n## Article\n"
        "The city council approved a new budget for parks on Tuesday, adding money for"
        " playgrounds and trails.\n\n"
        "Lorem\n\n"
        "The vote was seven to two, after a long debate.\n\n"
        "## Keywords\nparks, budget\n\n---\n*Extracted from article by Unknown author*\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Council approves new budget for city parks"
    assert article.authors == ()
    assert article.published == dt.date(2024, 3, 5)
    assert article.paragraphs[0].startswith("The city council approved")
    assert article.paragraphs[1] == "Lorem"  # (the line under the heading is the text's)
    assert "left out a tool's heading over the text: 'Article'" in article.warnings


#: Other stories' teasers under a story: a date, then a summary the page cut off, three times,
#: then the footer (long lines: no page tail of short ones; the text ends in no running text).
_TEASERS = (
    "March 4, 2024 5:32 PM",
    "The council approved a new budget for the coming year after a long debate on the cost of"
    " the new schools and the roads that lead (…)",
    "March 4, 2024 1:20 PM",
    "A new ferry route to the islands will open in the summer, the operator said on Monday,"
    " with two crossings every day from the eastern quay and (…)",
    "March 3, 2024 9:50 AM",
    "Firefighters were called to a warehouse near the station on Sunday night after neighbours"
    " saw smoke rising above the roofs of the old (…)",
    "All contents copyright 2024 Example Times. All rights reserved. This material may not be"
    " published, broadcast, rewritten or redistributed.",
    "Terms of Use",
)


def test_other_stories_teasers_under_the_story_are_left_out() -> None:
    article = newsparse.parse_article(_whole_page(_TEASERS), kind="text")
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2024, 3, 5)
    assert article.paragraphs == _TAIL_STORY
    assert (
        "left out other stories' teasers under the story (8 lines): "
        + ", ".join(repr(line) for line in _TEASERS)
        in article.warnings
    )


def test_a_timeline_of_dated_paragraphs_is_no_teaser_run() -> None:
    # Dated entries whose paragraphs are finished sentences (running text) are the story's own
    # timeline.
    timeline = (
        "March 1, 2024",
        "The storm formed far out at sea and turned towards the coast overnight, faster than"
        " the forecasters had expected.",
        "March 2, 2024",
        "Wind closed the harbour at noon, and the ferries stayed in port while the crews tied"
        " down everything on the quay.",
        "March 3, 2024",
        "Engineers found cracks in the breakwater once the waves had eased, and the port"
        " authority kept the harbour shut.",
    )
    article = newsparse.parse_article(_whole_page(timeline), kind="text")
    assert article.paragraphs == _TAIL_STORY + timeline
    assert not any("teasers" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    "link",
    [
        # A page's bold label run into the link to another story, no space after its colon.
        "Harbour works:Ferry company adds two crossings for the summer season",
        "Storm damage:Council counts the cost of repairs to the breakwater",
        # A link label in capitals before the headline (and its summary).
        "LEARN MORE Council approves new budget for the coming year Critics say the plan cuts"
        " money for the schools.",
        "Learn More: Seven tips for keeping your boat safe in a storm",
    ],
)
def test_a_link_to_another_story_run_into_its_label_is_left_out(link: str) -> None:
    story = list(_TAIL_STORY)
    story.insert(2, link)
    dump = "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 5, 2024\n\n" + "\n\n".join(
        story
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == _TAIL_STORY
    assert f"left out a link to another story: {link!r}" in article.warnings


@pytest.mark.parametrize(
    "line",
    [
        "Halo:Reach Team",  # (a name written with a colon: too short for a headline)
        "UPDATE:The ferry company said the first crossing would leave at two o'clock.",
    ],
)
def test_a_name_or_a_sentence_with_a_glued_colon_stays(line: str) -> None:
    story = list(_TAIL_STORY)
    story.insert(2, line)
    dump = "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 5, 2024\n\n" + "\n\n".join(
        story
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == tuple(story)


def test_a_cjk_note_that_is_no_update_leaves_the_line_unread() -> None:
    facts = LineFacts()
    # Words before the bracket that are no date: the line is no date line.
    assert facts.date("記者会見 2023年 (更新)") is None
    assert facts.date("2023年9月14日 11時22分 世界(更新)") is None
    # An update's label alone dates the update, not the publication (see test_text_parser).
    assert facts.date("更新日：2023/09/15 08:00") is not None
    assert facts.title_date("更新日：2023/09/15 08:00") is None
    assert is_cjk_update_line("更新日：2023/09/15 08:00")
    assert not is_cjk_update_line("2023年9月14日 11時22分 (9月14日 13時05分更新)")
    # A headline's words before a date are no name: a digit among them, or more than ten.
    assert facts.date("震度5弱 2023年9月14日") is None
    assert facts.date("港の大型船が座礁して航路が閉鎖 2023年9月14日") is None


_LEDE_STORY = (
    "Harga cabai rawit di pasar tradisional naik hingga dua kali lipat dalam sepekan terakhir, menurut para pedagang.",
    "Pemerintah daerah berjanji menggelar operasi pasar pekan depan.",
    '"Kami berharap harga segera turun," kata seorang pedagang, Kamis (14/8/2025).',
)


@pytest.mark.parametrize(
    ("header", "dateline"),
    [
        (
            "Baca berita tanpa iklan. Gabung Kabar Contoh+ BEKASI, KABARCONTOH.com -",
            "BEKASI, KABARCONTOH.com",
        ),
        ("Iklan Pilihan Ruang Pembaca Kabarcontoh.com, Jakarta -", "Kabarcontoh.com, Jakarta"),
        (
            "Berita Utama Ekonomi KOTA CONTOH BARU, Kabarcontoh.co.id --",
            "KOTA CONTOH BARU, Kabarcontoh.co.id",
        ),
        ("Ikuti kami di media sosial Jakarta, Kabar Contoh —", "Jakarta, Kabar Contoh"),
        ("Kabarcontoh.com, Jakarta -", "Kabarcontoh.com, Jakarta"),  # alone on its line
    ],
)
def test_a_dateline_closing_the_header_line_over_the_lede_is_read(
    header: str, dateline: str
) -> None:
    article = newsparse.parse_article(header + "\n\n" + "\n\n".join(_LEDE_STORY), kind="text")
    assert article.dateline == dateline
    assert article.title is None
    assert article.paragraphs == _LEDE_STORY


def test_a_writer_glued_into_the_header_line_before_the_editor_is_the_author() -> None:
    header = (
        "Harga Cabai Naik Menjelang Lebaran Pasar tradisional ramai pembeli. Penulis: Budi Santoso "
        "Editor: Rina Wati Laporan Wartawan Kabar Contoh, Budi Santoso KABARCONTOH.COM, JAKARTA -"
    )
    article = newsparse.parse_article(header + "\n\n" + "\n\n".join(_LEDE_STORY), kind="text")
    assert article.authors == ("Budi Santoso",)
    assert article.dateline == "KABARCONTOH.COM, JAKARTA"
    assert article.paragraphs == _LEDE_STORY


@pytest.mark.parametrize(
    "header",
    [
        "Harga Cabai Naik di Pasar JAKARTA -",  # a place alone: no outlet named
        "Harga Naik, Kata Menteri -",  # no outlet after the comma
    ],
)
def test_a_line_ending_in_a_dash_without_an_outlets_dateline_is_not_read_as_one(
    header: str,
) -> None:
    article = newsparse.parse_article(header + "\n\n" + "\n\n".join(_LEDE_STORY), kind="text")
    assert article.dateline is None
    assert article.title == header
    assert article.paragraphs == _LEDE_STORY


def test_the_header_dateline_needs_the_lede_under_it() -> None:
    header = "Baca berita tanpa iklan. BEKASI, KABARCONTOH.com -"
    article = newsparse.parse_article(
        header + "\n\nEkonomi\n\n" + "\n\n".join(_LEDE_STORY), kind="text"
    )
    assert article.dateline is None


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "BERITA UTAMA Kabar Contoh Kamis, 14 Agu 2025 15:08 WIB Jakarta, Kabar Contoh -- (abc/def)",
            dt.datetime(2025, 8, 14, 15, 8, tzinfo=WIB),
        ),
        (
            "Harga Cabai Naik Menjelang Lebaran 15 Agustus 2025 9:26 WIB · waktu baca 1 menit",
            dt.datetime(2025, 8, 15, 9, 26, tzinfo=WIB),
        ),
        (
            "Ekonomi Terkini 14/08/2025, 18:20 WITA Harga Cabai Naik Menjelang Lebaran",
            dt.datetime(2025, 8, 14, 18, 20, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        ),
    ],
)
def test_a_zoned_header_date_glued_into_the_first_line_dates_the_story(
    header: str, published: dt.datetime
) -> None:
    article = newsparse.parse_article(header + "\n\n" + "\n\n".join(_LEDE_STORY), kind="text")
    assert article.published == published


@pytest.mark.parametrize(
    "first",
    [
        # A time in the story's text: after "pukul" ("at"), written with a dot.
        "Rapat digelar pada Kamis, 14 Agustus 2025 pukul 15.08 WIB di kantor wali kota, kata juru bicara.",
        "Rapat digelar pada Kamis, 14 Agustus 2025 pukul 15:08 WIB di kantor wali kota, kata juru bicara.",
        # The date without a clock time.
        "Rapat digelar pada Kamis, 14 Agustus 2025 di kantor wali kota, kata juru bicara pemerintah WIB.",
    ],
)
def test_a_time_in_the_ledes_text_does_not_date_the_story(first: str) -> None:
    article = newsparse.parse_article(first + "\n\n" + "\n\n".join(_LEDE_STORY), kind="text")
    assert article.published is None
    assert article.paragraphs[0] == first


def test_a_date_line_of_the_dump_wins_over_a_glued_header_date() -> None:
    dump = (
        "Harga Cabai Naik 15 Agustus 2025 9:26 WIB · waktu baca 1 menit\n\n"
        "Senin, 18 Agustus 2025 10:00 WIB\n\n" + "\n\n".join(_LEDE_STORY)
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.published == dt.datetime(2025, 8, 18, 10, 0, tzinfo=WIB)


def test_an_embedded_post_glued_to_its_signature_is_left_out() -> None:
    # The post's text and its signature on one line (the extractor joined them): the whole line
    # is the embedded post, not the story's.
    post = (
        "UPDATE: The council has approved the harbour budget for next year. @ExampleNews— Jane Roe"
        " (@janeroe) April 4, 2023"
    )
    story = list(_TAIL_STORY)
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join([*story[:2], post, *story[2:]])
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == _TAIL_STORY
    assert f"left out an embedded post with its signature: {post!r}" in article.warnings


def test_a_sentence_naming_a_handle_and_a_year_is_kept() -> None:
    # A handle in brackets and a year at the end, but no dash before a name: the story's own.
    line = "The port posted the new timetable on its account (@examplport) on May 2, 2023"
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join([*_TAIL_STORY[:3], line])
    assert newsparse.parse_article(dump, kind="text").paragraphs[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        "Last modified on Tue 9 Dec 2025 02.02 EST",
        "Last modified: Tue 9 Dec 2025 02:02 EST",
    ],
)
def test_a_last_modified_line_dates_the_update(line: str) -> None:
    dump = (
        "Harbour reopens after the storm\n\nJane Doe\n\nTue 9 Dec 2025 00.00 EST\n\n"
        + line
        + "\n\n"
        + "\n\n".join(_TAIL_STORY)
    )
    article = newsparse.parse_article(dump, kind="text")
    est = dt.timezone(dt.timedelta(hours=-5))
    assert article.published == dt.datetime(2025, 12, 9, 0, 0, tzinfo=est)
    assert article.modified == dt.datetime(2025, 12, 9, 2, 2, tzinfo=est)
    assert article.paragraphs == _TAIL_STORY


_RELEASE_NOTES = (
    "About Example Harbour Trust",
    "Founded in 1994, the Example Harbour Trust keeps the town's quays, ferries and lighthouses"
    " running, with more than two hundred volunteers who give their weekends to the harbour, and"
    " it has raised over four million pounds for the repair of the old breakwater since then.",
    "For more information or interview requests, please contact:",
    "Jane Roe | Example Harbour Trust",
    "p: 555-010-0199 | e: jane.roe@example.com",
)


@pytest.mark.parametrize(
    "notes",
    [
        _RELEASE_NOTES,
        _RELEASE_NOTES[2:],
        ("Media contact: Jane Roe, jane.roe@example.com", *_RELEASE_NOTES[:2]),
    ],
)
def test_a_press_releases_notes_on_its_issuer_and_contact_are_left_out(
    notes: tuple[str, ...],
) -> None:
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join((*_TAIL_STORY, *notes)) + "\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == _TAIL_STORY
    assert (
        "left out a press release's notes on its issuer and contact: " + ", ".join(map(repr, notes))
        in article.warnings
    )


@pytest.mark.parametrize(
    "closing",
    [
        # a subheading of the story's own, with no address or number under it
        ("About the breakwater", "Engineers will inspect it next week, the council said."),
        # an address in the story's last line, but no heading of such notes above it
        ("Readers can write to the harbour master at harbour@example.com.",),
    ],
)
def test_a_story_closing_with_a_subheading_or_an_address_keeps_its_lines(
    closing: tuple[str, ...],
) -> None:
    dump = "Harbour reopens after the storm\n\n" + "\n\n".join((*_TAIL_STORY, *closing)) + "\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (*_TAIL_STORY, *closing)


@pytest.mark.parametrize(
    "header",
    [
        "BERITA UTAMA Kabar Contoh Kamis, 14 Agu 2025 15:08 WIB Jakarta, Warta Contoh -- (abc/def)"
        " [Gambas:Video Warta]",
        "Ikuti kami Jakarta, Warta Contoh -- [Gambas:Video Warta]",
    ],
)
def test_a_dateline_before_the_editors_initials_closing_the_header_line_is_read(
    header: str,
) -> None:
    # The page's header run into one line goes on past the lede's dateline with the editors'
    # initials and an embed's placeholder: the dateline is read, though its outlet is no known
    # outlet's name, and the line is no title.
    article = newsparse.parse_article(header + "\n\n" + "\n\n".join(_LEDE_STORY), kind="text")
    assert article.dateline == "Jakarta, Warta Contoh"
    assert article.title is None
    assert article.paragraphs == _LEDE_STORY


def test_a_header_line_closing_in_initials_after_no_dateline_is_left_alone() -> None:
    header = "Harga cabai naik di pasar -- (abc/def)"
    article = newsparse.parse_article(header + "\n\n" + "\n\n".join(_LEDE_STORY), kind="text")
    assert article.dateline is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        (
            "Published Mon, Sep 8 20252:27 PM EDTUpdated Mon, Sep 8 20253:16 PM EDT",
            dt.datetime(2025, 9, 8, 14, 27, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        (
            "March 7, 20247:55 AM UTCUpdated ago",
            dt.datetime(2024, 3, 7, 7, 55, tzinfo=dt.timezone.utc),
        ),
    ],
)
def test_a_date_line_printed_without_its_spaces_dates_the_story(
    line: str, published: dt.datetime
) -> None:
    # The page's date, time and update label printed with no space between them: the year is
    # glued to the clock time, the zone to the label after it.
    dump = "Harbour reopens after the storm\n\n" + line + "\n\n" + "\n\n".join(_TAIL_STORY)
    article = newsparse.parse_article(dump, kind="text")
    assert article.published == published
    assert article.paragraphs == _TAIL_STORY


def test_a_number_glued_to_a_time_in_the_text_dates_nothing() -> None:
    # A year before a clock time in running text is the text's (and a duration is no time).
    line = "The 2023 race ran 202312:36 min in all."
    assert LineFacts(clean=True).date(line) is None


_SUMMARY = "The harbour reopened on Tuesday after a storm closed it for three days."


def test_a_line_over_the_dateline_that_a_later_paragraph_opens_with_is_the_summary() -> None:
    # Above a lede behind its dateline, a sentence that a paragraph further down opens with
    # again is the story's summary (its description), not a picture's caption.
    dump = (
        f"{_SUMMARY}\n\nPORTVILLE — Ferries resumed their usual timetable by the afternoon, and the"
        " first crossing left the eastern quay at two o'clock.\n\nFishermen spent the morning"
        f" checking their boats.\n\n{_SUMMARY} The council said it would count the cost next week."
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.description == _SUMMARY
    assert article.captions == ()
    assert article.paragraphs[-1].startswith(_SUMMARY)


def test_a_line_over_the_dateline_said_nowhere_else_is_a_caption() -> None:
    # The same line said again nowhere below (a trailing space on its own line aside).
    dump = (
        f"{_SUMMARY} \n\nPORTVILLE — Ferries resumed their usual timetable by the afternoon, and"
        " the first crossing left the eastern quay at two o'clock.\n\nFishermen spent the morning"
        " checking their boats.\n\nThe council said it would count the cost next week."
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.description is None
    assert article.captions == (Caption(text=_SUMMARY, credit=None),)


_RATES_STORY = (
    "The port of Example Bay will raise the fees it charges ships by a tenth from January, its"
    " board said on Monday.",
    "The board said the money would pay for a new quay and for dredging the channel.",
)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Publication date: 26 May 2025", dt.date(2025, 5, 26)),
        ("Article publication date: Monday 26 May 2025 07:14", dt.datetime(2025, 5, 26, 7, 14)),
        ("Date of publication: 26 May 2025", dt.date(2025, 5, 26)),
    ],
)
def test_a_publication_date_label_dates_the_story(line: str, published: dt.date) -> None:
    # "Publication date:" labels the date line as "Published:" does: no paragraph of the text.
    dump = "Harbour fees to rise next year\n\n" + line + "\n\n" + "\n\n".join(_RATES_STORY)
    article = newsparse.parse_article(dump, kind="text")
    assert article.published == published
    assert article.paragraphs == _RATES_STORY


_KEY_POINTS = (
    "* The port will raise its fees by a tenth from January, the board said.",
    "* Shippers said the rise would be passed on to buyers.",
)


@pytest.mark.parametrize("heading", ["Key Points", "Key takeaways:", "KEY POINTS"])
def test_a_key_points_list_above_the_text_is_no_byline_and_no_text(heading: str) -> None:
    # A heading over the story's key points, under the date line, names nobody; it and its list
    # are a summary that the text then tells in full.
    dump = "\n\n".join(
        (
            "# Harbour fees to rise next year",
            "Published Mon, Sep 8 2025 2:27 PM EDT",
            heading,
            *_KEY_POINTS,
            *_RATES_STORY,
        )
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ()
    assert article.paragraphs == _RATES_STORY
    assert any("key points" in warning for warning in article.warnings)


def test_a_highlights_heading_names_nobody_and_its_list_is_kept() -> None:
    # A post's own "Highlights" section is its text, not a summary box: the list stays, and the
    # heading under the date line is no byline.
    dump = "\n\n".join(
        (
            "# Harbour fees to rise next year",
            "Published Mon, Sep 8 2025 2:27 PM EDT",
            "Highlights",
            *_KEY_POINTS,
            *_RATES_STORY,
        )
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ()
    assert article.paragraphs[-4:] == (*_KEY_POINTS, *_RATES_STORY)


def test_a_key_points_heading_with_no_list_under_it_is_kept() -> None:
    # Without bullets under it the line is not read as a key-points box.
    dump = "\n\n".join(("Harbour fees to rise next year", "Key points", *_RATES_STORY))
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs[-2:] == _RATES_STORY
    assert not any("key points" in warning for warning in article.warnings)


_FEED_POST = (
    "---\n"
    'title: "Harbour fees to rise next year"\n'
    "date: 2021-02-12T12:07:09+01:00\n"
    'author: "{author}"\n'
    "draft: false\n"
    "---\n\n"
    "The port of Example Bay will raise the fees it charges ships by a tenth from January. \n\n"
    "{tail}\n"
)


@pytest.mark.parametrize("author", ["HarbourBot", "News Bot", "bot"])
def test_a_bot_account_in_an_author_field_names_nobody(author: str) -> None:
    # A feed's poster is no writer; a surname ending in "bot" (Talbot) still is one.
    dump = _FEED_POST.format(author=author, tail="Fishermen welcomed the plan.")
    assert newsparse.parse_article(dump, kind="text").authors == ()
    dump = _FEED_POST.format(author="Jane Talbot", tail="Fishermen welcomed the plan.")
    assert newsparse.parse_article(dump, kind="text").authors == ("Jane Talbot",)


@pytest.mark.parametrize(
    "tail",
    [
        "Read more: https://www.example.com/harbour-fees",
        "Διαβάστε περισσότερα: https://www.example.com/harbour-fees",
        "Baca selengkapnya: www.example.com/harbour-fees",
    ],
)
def test_a_closing_label_and_address_is_no_text(tail: str) -> None:
    # A feed item's "read more" line, in any language: a label, a colon and the story's address.
    dump = _FEED_POST.format(author="HarbourBot", tail=tail)
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == (
        "The port of Example Bay will raise the fees it charges ships by a tenth from January.",
    )
    # (the English and Indonesian labels were known already; the Greek one is read by its shape)
    assert tail.isascii() or any(tail in warning for warning in article.warnings)


def test_a_closing_sentence_with_an_address_stays_text() -> None:
    tail = "The full plan can be read on the port's site at https://www.example.com/plan today."
    dump = _FEED_POST.format(author="HarbourBot", tail=tail)
    assert newsparse.parse_article(dump, kind="text").paragraphs[-1] == tail


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("2020-09-06-04-20-05", dt.datetime(2020, 9, 6, 4, 20, 5)),
        ("2020-09-06", dt.date(2020, 9, 6)),
    ],
)
def test_a_post_date_with_hyphens_in_its_clock_dates_the_story(
    value: str, published: dt.date
) -> None:
    # A static-site generator's post date: "YYYY-MM-DD-HH-MM-SS".
    dump = (
        "---\nextends: _layouts.post\ntitle: Harbour fees to rise next year \n"
        f"date: {value} \n--- \n" + "\n\n".join(_RATES_STORY)
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.published == published
    assert article.paragraphs == _RATES_STORY


def test_a_snake_case_key_names_its_field() -> None:
    # published_date is the published date's key; collected_date (the tool's own) is no date.
    dump = (
        "---\ntitle: Harbour fees to rise next year\n"
        "published_date: 2025-05-28T10:21:35.962000\n"
        "collected_date: 2025-05-29T13:21:52.430935\n---\n\n" + "\n\n".join(_RATES_STORY)
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.published == dt.datetime(2025, 5, 28, 10, 21, 35, 962000)
    assert article.paragraphs == _RATES_STORY


_PICKED = (
    "- The port will raise its fees by a tenth from January.",
    "- Shippers said the rise would be passed on to buyers.",
)


@pytest.mark.parametrize("heading", ["## Highlights", "Key takeaways:", "TL;DR"])
def test_a_summary_a_tool_added_under_the_text_is_left_out(heading: str) -> None:
    # A digester prints the story, then the sentences its summariser picked under a heading.
    dump = "\n\n".join(
        ("# Harbour fees to rise next year", *_RATES_STORY, heading, "\n".join(_PICKED), "---")
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == _RATES_STORY
    assert any("summary added under the text" in warning for warning in article.warnings)


def test_a_list_under_a_summary_heading_with_text_below_it_is_kept() -> None:
    # The heading opens a section the text goes on after: the list is the story's own.
    dump = "\n\n".join(
        (
            "# Harbour fees to rise next year",
            _RATES_STORY[0],
            "Highlights",
            "\n".join(_PICKED),
            _RATES_STORY[1],
        )
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs[-1] == _RATES_STORY[1]
    assert len(article.paragraphs) == 5


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("*By Jane Roe*", ("Jane Roe",)),
        ("_By Jane Roe_", ("Jane Roe",)),
        ("By Jane Roe Staff Writer", ("Jane Roe",)),
        ("By Example Times Staff Writer", ()),
        ("By The Associated Press", ()),
        ("*By Example Times Staff*", ()),
    ],
)
def test_a_header_byline_in_emphasis_or_naming_staff_is_no_text(
    byline: str, authors: tuple[str, ...]
) -> None:
    # A byline set in emphasis is a byline; one naming the outlet or its staff names nobody.
    dump = "\n\n".join(("# Harbour fees to rise next year", byline, *_RATES_STORY))
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == authors
    assert article.paragraphs == _RATES_STORY


def test_a_byline_holding_only_a_date_dates_the_story() -> None:
    # A tool wrote the date where the writer's name goes: "*By May 08, 2025 — 09:35 am EDT*".
    dump = "\n\n".join(
        ("# Harbour fees to rise next year", "*By May 08, 2025 — 09:35 am EDT*", *_RATES_STORY)
    )
    article = newsparse.parse_article(dump, kind="text")
    edt = dt.timezone(dt.timedelta(hours=-4))
    assert article.published == dt.datetime(2025, 5, 8, 9, 35, tzinfo=edt)
    assert article.authors == ()
    assert article.paragraphs == _RATES_STORY


def test_a_byline_with_a_name_and_a_date_keeps_the_name() -> None:
    dump = "\n\n".join(
        ("# Harbour fees to rise next year", "By Jane Roe - May 8, 2025", *_RATES_STORY)
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ("Jane Roe",)
    assert article.published == dt.date(2025, 5, 8)


def test_the_description_printed_again_cut_off_is_no_text() -> None:
    # A collector prints the feed's description, cut off, above the text that opens with it.
    cut = " ".join(_RATES_STORY[0].split()[:12]) + "..."
    dump = "\n\n".join(("# Harbour fees to rise next year", cut, *_RATES_STORY))
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == _RATES_STORY
    assert article.description == cut


def test_a_short_line_cut_off_above_the_text_is_kept() -> None:
    # Fewer than eight words: not read as a description (a kicker, a teaser).
    dump = "\n\n".join(("# Harbour fees to rise next year", "The port of...", *_RATES_STORY))
    article = newsparse.parse_article(dump, kind="text")
    assert article.description is None
    assert article.paragraphs == ("The port of...", *_RATES_STORY)


@pytest.mark.parametrize(
    "note",
    [
        "Developing story, check back for updates.",
        "This is a developing story. Check back for updates.",
        "This story is developing and will be updated.",
    ],
)
def test_a_closing_note_that_the_story_is_developing_is_no_text(note: str) -> None:
    dump = "\n\n".join(("Harbour fees to rise next year", *_RATES_STORY, note))
    article = newsparse.parse_article(dump, kind="text")
    assert article.paragraphs == _RATES_STORY
    assert any(note in warning for warning in article.warnings)


def test_a_closing_sentence_on_a_developing_story_is_kept() -> None:
    # Running text that speaks of a developing story is the story's own line.
    line = "Officials said the developing story of the harbour would be told at the next meeting."
    dump = "\n\n".join(("Harbour fees to rise next year", *_RATES_STORY, line))
    assert newsparse.parse_article(dump, kind="text").paragraphs[-1] == line


@pytest.mark.parametrize("labels", [("Markets & Industries", "Report"), ("Business",), ("Review",)])
def test_sections_labels_above_the_headline_name_nobody(labels: tuple[str, ...]) -> None:
    # A site's section and the story's kind, printed between the date and the headline.
    head = "---\ntitle: Harbour fees to rise next year\nsource: Example Times\n---"
    title = "# Harbour fees to rise next year"
    dump = "\n\n".join((head, title, "5 August 2024\n" + "\n".join(labels), title, *_RATES_STORY))
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ()
    assert article.paragraphs == _RATES_STORY


def test_two_names_joined_are_still_a_byline() -> None:
    dump = "\n\n".join(("# Harbour fees to rise next year", "Jane Roe & John Doe", *_RATES_STORY))
    assert newsparse.parse_article(dump, kind="text").authors == ("Jane Roe", "John Doe")


def _collected(published: str, line: str) -> str:
    head = (
        "---\ntitle: Harbour fees to rise next year\nurl: https://example.com/harbour\n"
        f"published_date: {published}\ncollected_date: 2025-05-28T13:21:52.430408\n"
        "source: Example Times\n---"
    )
    return "\n\n".join((head, "# Harbour fees to rise next year", line, *_RATES_STORY))


def test_a_date_line_wins_over_the_time_the_page_was_collected() -> None:
    # The collector wrote the time it fetched the page as the date: the header's line dates it.
    dump = _collected("2025-05-28T13:21:52.430348", "May 8, 2025")
    assert newsparse.parse_article(dump, kind="text").published == dt.date(2025, 5, 8)


def test_the_collection_time_dates_a_story_that_gives_no_other_date() -> None:
    dump = _collected("2025-05-28T13:21:52.430348", "By Jane Roe")
    article = newsparse.parse_article(dump, kind="text")
    assert article.published == dt.datetime(2025, 5, 28, 13, 21, 52, 430348)
    assert article.authors == ("Jane Roe",)


def test_a_publication_date_before_the_collection_is_kept() -> None:
    dump = _collected("2025-05-28T10:21:35", "May 8, 2025")
    assert newsparse.parse_article(dump, kind="text").published == dt.datetime(
        2025, 5, 28, 10, 21, 35
    )


def test_a_lead_pictures_caption_and_credit_over_the_headline_are_no_title() -> None:
    # A page's text opens with its lead picture: the caption over its labelled credit, printed
    # twice with a button's label between, then the headline, the byline and the date.
    caption = "‘Boats wait at the quay, and the harbour stays shut.’"
    dump = (
        f"{caption}\nPhotograph: Jane Roe/Example Images\nView image in fullscreen\n"
        f"{caption}\nPhotograph: Jane Roe/Example Images\n"
        "Harbour reopens after the storm that closed it for days\nBy John Doe\n"
        "Mon 23 Nov 2020 04.00 EST\n\n"
        f"{_BODY}"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.title == "Harbour reopens after the storm that closed it for days"
    assert article.captions == (Caption(text=caption, credit="Jane Roe/Example Images"),)
    assert article.authors == ("John Doe",)
    assert article.paragraphs == tuple(_BODY.splitlines())


def test_a_sentence_broken_at_a_links_text_is_no_title() -> None:
    # A copy of a page with one paragraph a line and no blank lines set each link's text on a
    # line of its own: the lede's first words, broken off mid-sentence, are no headline.
    text = "\n".join(
        [
            "Feb. 12, 2024, 9:33 PM UTC",
            "By ",
            "Jane Roe",
            "The harbour board has ",
            "voted",
            " to reopen the old ferry quay, even though the council had said it would stay shut.",
            "Numbers from the board's own survey show that most of the fishermen want it open.",
            "The council will meet again next week to decide how the repairs are to be paid for.",
        ]
    )
    article = newsparse.parse_article(text)
    assert article.title is None
    assert article.authors == ("Jane Roe",)
    assert article.paragraphs[0] == (
        "The harbour board has voted to reopen the old ferry quay, even though the council had"
        " said it would stay shut."
    )
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        (
            "Diperbarui 14 Sep 2023 13:00 WIB | Diterbitkan 14 Sep 2023 11:22 WIB",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
            dt.datetime(2023, 9, 14, 13, 0, tzinfo=WIB),
        ),
        (
            "Dikemaskini: 14 Sep 2023 1:00 PTG | Diterbitkan: 14 Sep 2023 11:22 PG",
            dt.datetime(2023, 9, 14, 11, 22),
            dt.datetime(2023, 9, 14, 13, 0),
        ),
        (
            "Updated: 14/09/2023 13:00 | Published: 14/09/2023 11:22",
            dt.datetime(2023, 9, 14, 11, 22),
            dt.datetime(2023, 9, 14, 13, 0),
        ),
        # The publication first, then the update: as before.
        (
            "Diterbitkan 14 Sep 2023 11:22 WIB | Diperbarui 14 Sep 2023 13:00 WIB",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
            dt.datetime(2023, 9, 14, 13, 0, tzinfo=WIB),
        ),
    ],
)
def test_an_update_line_going_on_with_the_publication_gives_both(
    line: str, published: dt.datetime, modified: dt.datetime
) -> None:
    # An update's time is not the publication's: the date after the publication's label is.
    dump = f"Judul Berita Hari Ini\n\n{line}\n\nIsi berita yang cukup panjang untuk menjadi satu paragraf.\n"
    article = newsparse.parse_article(dump, kind="text")
    assert article.published == published
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == published.utcoffset()
    assert article.modified == modified
    assert len(article.paragraphs) == 1


_SEED_TEXT = SEED.read_text(encoding="utf-8")
_SEED_ARTICLE = newsparse.parse_article(_SEED_TEXT)


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [
        # The outlet's web address where the site code stands.
        ("\nMDN\n", "\nKabar.com\n", {"dateline": "Kabar.com", "site_name": "Kabar.com"}),
        ("\nMDN\n", "\nKABAR.co.id\n", {"dateline": "KABAR.co.id", "site_name": "KABAR.co.id"}),
        # Empty ad slots written as the no-break space's character reference.
        ("\u00a0", "&nbsp;", {}),
        ("\u00a0", " &nbsp;&nbsp; ", {}),
        # A heading of tags under the text, each tag on a line of its own.
        ("KOMENTAR", "Tag:\n\nKorea Utara\n\nRusia\n\nKim Jong Un", {}),
        ("KOMENTAR", "TOPIK:\nKorea Utara\nRusia", {}),
        # A time relative to the visit in the date line's place: no date, nothing else lost.
        ("Thursday, 14-09-2023 | 11:22 am", "2 jam yang lalu", {"published": None}),
        ("Thursday, 14-09-2023 | 11:22 am", "Updated 3 hours ago", {"published": None}),
    ],
)
def test_a_seed_layout_variant_reads_as_the_seed(
    old: str, new: str, changed: dict[str, Any]
) -> None:
    assert old in _SEED_TEXT
    for text in (_SEED_TEXT.replace(old, new), _SEED_TEXT.replace(old, new).replace("\n", "\r\n")):
        article = newsparse.parse_article(text)
        for field in (
            "title",
            "authors",
            "published",
            "dateline",
            "site_name",
            "captions",
            "paragraphs",
        ):
            expected = changed.get(field, getattr(_SEED_ARTICLE, field))
            assert getattr(article, field) == expected, field
        assert all(
            new.strip() not in warning or "left out" in warning for warning in article.warnings
        )


def test_the_rest_of_a_sentence_broken_at_a_link_in_the_header_names_no_writer() -> None:
    # Under a relative time (left out), a sign-up prompt broken at its link: ". Or" is no name.
    dump = (
        "Harbour reopens after the storm that closed it for three days\n"
        "Published May 07, 2025\n"
        "Last updated 21 hours ago\n"
        "You can save this article by registering for free\n"
        "here\n"
        ". Or\n"
        "sign-in\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, the operator said.\n"
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.authors == ()
    assert article.published == dt.date(2025, 5, 7)
    assert "Last updated 21 hours ago" not in article.paragraphs
