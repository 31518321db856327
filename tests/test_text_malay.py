"""Malay and Indonesian dumps in the layouts their outlets print, made up for these tests.

Every outlet here is invented ("Warta Contoh", "Harian Contoh"); each expected value was read off
the dump by hand. The weekdays agree with the calendar: 14 September 2023 was a Thursday
(Khamis), 4 December 2023 a Monday (Isnin), 2 March 2024 a Saturday (Sabtu), 6 March 2024 a
Wednesday (Rabu), 31 January 2024 a Wednesday (Rabu).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse._normalize.datelines import read_dateline
from newsparse._normalize.names import parse_byline
from newsparse.dates import parse_date_line

MYT = dt.timezone(dt.timedelta(hours=8))
WIB = dt.timezone(dt.timedelta(hours=7))

_BODY = (
    "JOHOR BAHRU: Polis menahan tiga lelaki dipercayai terbabit dalam kes samun sebuah kedai"
    " emas di sini, petang semalam.\n\n"
    "Ketua Polis Daerah berkata, ketiga-tiga suspek berusia antara 25 hingga 32 tahun ditahan"
    " dalam satu serbuan.\n\n"
    "Kes disiasat mengikut Seksyen 395 Kanun Keseksaan.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "tengahari" is the one-word spelling of "tengah hari" (midday): 1:30 is 13:30.
        ("2 Mac 2024 | 1:30 tengahari", dt.datetime(2024, 3, 2, 13, 30)),
        ("2 Mac 2024 | 10:30 tengahari", dt.datetime(2024, 3, 2, 10, 30)),
        # "tengah malam" (midnight): 12:15 is a quarter past midnight, 11:15 the hour before it.
        ("Rabu, 6 Mac 2024 | 12:15 tengah malam", dt.datetime(2024, 3, 6, 0, 15)),
        ("Rabu, 6 Mac 2024 | 11:15 tengah malam", dt.datetime(2024, 3, 6, 23, 15)),
        # Indonesian "dini hari" (the small hours) keeps a morning hour.
        ("Senin, 4 Desember 2023 01.30 dini hari", dt.datetime(2023, 12, 4, 1, 30)),
        # "Dikemas kini" (updated), the dictionary's spelling in two words, is a label.
        ("Dikemas kini: 31 Januari 2024 10:30 pagi", dt.datetime(2024, 1, 31, 10, 30)),
        ("Dikemas kini pada 31 Januari 2024 10:30 pagi", dt.datetime(2024, 1, 31, 10, 30)),
        ("Kemas kini: Rabu, 31 Januari 2024 3:45 petang", dt.datetime(2024, 1, 31, 15, 45)),
        # "waktu tempatan" (local time) after the clock states no zone.
        ("22 Julai 2024, 6:10 petang waktu tempatan", dt.datetime(2024, 7, 22, 18, 10)),
        ("Selasa, 20 Ogos 2024 3:30 PM MYT", dt.datetime(2024, 8, 20, 15, 30, tzinfo=MYT)),
        # "hb" (haribulan) after the day, and the weekdays' three-letter abbreviations.
        ("10hb Disember 2023", dt.date(2023, 12, 10)),
        ("Isn, 11hb Disember 2023 10:30 pagi", dt.datetime(2023, 12, 11, 10, 30)),
        ("Sel, 30 Jan 2024", dt.date(2024, 1, 30)),
        ("Rab, 31 Jan 2024", dt.date(2024, 1, 31)),
        ("Kha, 14 Sep 2023", dt.date(2023, 9, 14)),
        ("Jum, 2 Feb 2024 | 9:05 malam", dt.datetime(2024, 2, 2, 21, 5)),
        ("Sab, 3hb Feb 2024", dt.date(2024, 2, 3)),
        ("Ahd, 17hb Mac 2024", dt.date(2024, 3, 17)),
    ],
)
def test_malay_date_lines(line: str, expected: dt.date) -> None:
    found = parse_date_line(line)
    assert found is not None
    assert found.value == expected
    assert type(found.value) is type(expected)


def test_update_label_in_two_words_fills_modified() -> None:
    text = (
        "Sultan titah rakyat bersatu\n\n"
        "Khamis, 14 Sep 2023 11:22 AM\n"
        "Dikemas kini: Khamis, 14 Sep 2023 3:45 PM\n\n"
        "Oleh Nurul Ain\n\n" + _BODY
    )
    article = parse_article(text, kind="text")
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert article.modified == dt.datetime(2023, 9, 14, 15, 45)
    assert article.description is None
    assert article.authors == ("Nurul Ain",)


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        # The outlet's name without its domain before the date (and a zone word after it).
        ("Harian Contoh - 14/09/2023, 11:22 WIB", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("Warta Contoh, 4 Disember 2023 8:15 malam", dt.datetime(2023, 12, 4, 20, 15)),
        # ... or after a bar, with the local-time words after the clock.
        (
            "Warta Contoh | 22 Julai 2024, 6:10 petang waktu tempatan",
            dt.datetime(2024, 7, 22, 18, 10),
        ),
    ],
)
def test_date_behind_an_outlet_name(date_line: str, expected: dt.date) -> None:
    text = f"Polis tahan tiga suspek samun kedai emas\n\n{date_line}\n\n{_BODY}"
    article = parse_article(text, kind="text")
    assert article.published == expected
    assert article.dateline == "JOHOR BAHRU"
    assert article.paragraphs[0].startswith("Polis menahan tiga lelaki")
    assert len(article.paragraphs) == 3
    assert article.captions == ()


def test_footer_date_under_the_text_is_no_paragraph() -> None:
    text = (
        "Polis tahan tiga suspek samun kedai emas\n\n"
        "Oleh Ahmad Zaki\n\n"
        "Isnin, 4 Disember 2023 | 8:15 malam\n\n"
        + _BODY
        + "\nArtikel ini disiarkan pada : Isnin, 4 Disember 2023 @ 8:15 PM\n"
    )
    article = parse_article(text, kind="text")
    assert article.published == dt.datetime(2023, 12, 4, 20, 15)
    assert article.paragraphs[-1] == "Kes disiasat mengikut Seksyen 395 Kanun Keseksaan."
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("closing", ["-- AFP", "- dpa", "— AFP", "- AGENSI", "–Agensi"])
def test_wire_sign_off_on_its_own_line(closing: str) -> None:
    text = f"Polis tahan tiga suspek samun kedai emas\n\nOleh Ahmad Zaki\n\n{_BODY}\n{closing}\n"
    article = parse_article(text, kind="text")
    assert article.paragraphs[-1] == "Kes disiasat mengikut Seksyen 395 Kanun Keseksaan."
    assert article.authors == ("Ahmad Zaki",)
    assert f"left out the closing credit: {closing!r}" in article.warnings


def test_dash_and_a_name_that_is_no_agency_stays() -> None:
    text = f"Polis tahan tiga suspek samun kedai emas\n\nOleh Ahmad Zaki\n\n{_BODY}\n- Ahmad\n"
    assert parse_article(text, kind="text").paragraphs[-1] == "- Ahmad"


@pytest.mark.parametrize(
    "widgets",
    [
        "KOMEN\n\nKongsi\n",
        "Kongsi artikel ini\nFacebook\nTwitter\nWhatsApp\n\nKomen\n",
        "Ikuti kami di Telegram dan WhatsApp untuk berita terkini.\n",
        "Berita berkaitan\n",
    ],
)
def test_malay_widget_lines_are_not_text(widgets: str) -> None:
    text = f"Polis tahan tiga suspek samun kedai emas\n\nOleh Ahmad Zaki\n\n{_BODY}\n{widgets}"
    article = parse_article(text, kind="text")
    assert article.paragraphs[-1] == "Kes disiasat mengikut Seksyen 395 Kanun Keseksaan."
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "outlet",
    [
        "Warta Contoh",
        "Harian Contoh",
        "Utusan Contoh",
        "Kabar Contoh",
        "Contoh Zeitung",
        "Example Gazette",
    ],
)
def test_outlet_name_under_the_title_is_no_author(outlet: str) -> None:
    text = f"Polis tahan tiga suspek samun kedai emas\n\n{outlet}\n\nIsnin, 4 Disember 2023 | 8:15 malam\n\n{_BODY}"
    article = parse_article(text, kind="text")
    assert article.authors == ()
    assert article.published == dt.datetime(2023, 12, 4, 20, 15)


@pytest.mark.parametrize(
    ("paragraph", "printed", "place", "source"),
    [
        # A wire story's filing day after the place, with no agency (Malay and English months).
        ("PUTRAJAYA, 20 Ogos -- Malaysia dan Singapura hari ini ...", "PUTRAJAYA, 20 Ogos",
         "PUTRAJAYA", None),
        ("PETALING JAYA, Sept 14 — The Health Ministry today reported ...",
         "PETALING JAYA, Sept 14", "PETALING JAYA", None),
        ("KUALA LUMPUR, 14 Sept (Agensi Contoh) -- Bursa dibuka tinggi ...",
         "KUALA LUMPUR, 14 Sept (Agensi Contoh)", "KUALA LUMPUR", "Agensi Contoh"),
        # A television outlet's address.
        ("JAKARTA, KABAR.TV - Harga beras naik lagi ...", "JAKARTA, KABAR.TV", "JAKARTA",
         "KABAR.TV"),
        # An outlet named without its address after the place.
        ("Jakarta, Kabar Contoh - Ratusan warga menggelar aksi ...", "Jakarta, Kabar Contoh",
         "Jakarta", "Kabar Contoh"),
        ("KUALA LUMPUR, Warta Harian Contoh - Bursa dibuka tinggi ...",
         "KUALA LUMPUR, Warta Harian Contoh", "KUALA LUMPUR", "Warta Harian Contoh"),
        # A province after the place is no outlet.
        ("Bandung, Jawa Barat - Ratusan warga menggelar aksi ...", "Bandung, Jawa Barat",
         "Bandung", None),
        # The day in brackets names no outlet.
        ("KUALA LUMPUR (Sept 14): The ringgit opened higher ...", "KUALA LUMPUR (Sept 14)",
         "KUALA LUMPUR", None),
    ],
)  # fmt: skip
def test_malaysian_datelines(paragraph: str, printed: str, place: str, source: str | None) -> None:
    dateline = read_dateline(paragraph)
    assert dateline is not None
    assert (dateline.printed, dateline.place, dateline.source) == (printed, place, source)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Monday, Sept 14 - the day the harbour reopened after the storm.",
        "Jakarta, 14 September - Harga beras naik lagi.",
    ],
)
def test_day_without_agency_needs_a_place_in_capitals(paragraph: str) -> None:
    assert read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("Penulis: Ahmad Zaki Editor: Siti Aminah", ("Ahmad Zaki",), ("Siti Aminah",)),
        ("Penulis: Ahmad Zaki / Editor: Siti Aminah", ("Ahmad Zaki",), ("Siti Aminah",)),
        ("Jurnalis: Ahmad Zaki", ("Ahmad Zaki",), ()),
        ("Disunting oleh: Siti Aminah", (), ("Siti Aminah",)),
        # The outlet after the names, without a colon after "Oleh" or "By", is no author.
        ("Oleh Ahmad Zaki, Warta Contoh", ("Ahmad Zaki",), ()),
        ("By Jane Doe and Tom Lee, The Coastal Times", ("Jane Doe", "Tom Lee"), ()),
        ("Oleh Ahmad Zaki, Siti Aminah", ("Ahmad Zaki", "Siti Aminah"), ()),
    ],
)
def test_malay_and_indonesian_credit_lines(
    line: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.editors) == (authors, editors)


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Anggota polis mengawal kawasan itu. - Foto Agensi", "Anggota polis mengawal kawasan itu.",
         "Agensi"),
        ("Anggota polis mengawal kawasan itu. - Gambar Warta Contoh/AHMAD ALI",
         "Anggota polis mengawal kawasan itu.", "Warta Contoh/AHMAD ALI"),
        ("Anggota polis mengawal kawasan itu. — Foto Agensi", "Anggota polis mengawal kawasan itu.",
         "Agensi"),
    ],
)  # fmt: skip
def test_caption_closed_by_a_dash_and_a_photo_label_in_the_body(
    line: str, text: str, credit: str
) -> None:
    dump = (
        "Polis tahan tiga suspek samun kedai emas\n\nOleh Ahmad Zaki\n\n"
        "Isnin, 4 Disember 2023 | 8:15 malam\n\n" + _BODY.replace("\n\nKes", f"\n\n{line}\n\nKes")
    )
    article = parse_article(dump, kind="text")
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit)]
    assert line not in article.paragraphs
    assert len(article.paragraphs) == 3


def test_a_dash_and_a_word_about_a_picture_in_running_text_stays_a_paragraph() -> None:
    line = (
        "Anggota polis mengawal kawasan itu semalam - gambar yang tular di media sosial"
        " menunjukkan orang ramai berkumpul di luar kedai emas itu sejak awal pagi."
    )
    dump = "Polis tahan tiga suspek samun kedai emas\n\nOleh Ahmad Zaki\n\n" + _BODY.replace(
        "\n\nKes", f"\n\n{line}\n\nKes"
    )
    article = parse_article(dump, kind="text")
    assert line in article.paragraphs
    assert article.captions == ()


@pytest.mark.parametrize(
    "line",
    ["By Tuesday, the news had spread.", "By Friday, Reuters said", "Oleh itu, berita ini"],
)
def test_a_sentence_opening_with_by_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


_HEADER_BODY = (
    "Harga cabai rawit di sejumlah pasar tradisional di kota itu naik dua kali lipat dalam"
    " sepekan terakhir, menurut para pedagang yang ditemui pada Senin pagi.\n\n"
    "Para pedagang menyebut pasokan dari sentra produksi berkurang karena hujan yang terus turun"
    " sejak awal bulan ini di wilayah tersebut.\n"
)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # An e-mail address after the name, on the byline's line, is no part of it.
        ("Oleh Ahmad Zaki Hassan ahmadzaki@wartacontoh.example", "Ahmad Zaki Hassan"),
        ("By Jane Doe jane.doe@example.com", "Jane Doe"),
        # A contributor's role and place before the comma: the place ("Bandung") is no writer.
        ("Kontributor Bandung, Dedi Kurniawan", "Dedi Kurniawan"),
        ("Kontributor Kota Bandung Barat, Dedi Kurniawan", "Dedi Kurniawan"),
        ("Koresponden Bandung, Dedi Kurniawan", "Dedi Kurniawan"),
    ],
)
def test_byline_with_mail_or_contributor_place(byline: str, author: str) -> None:
    text = (
        f"Harga cabai di pasar tradisional naik dua kali lipat\n\n{byline}\n"
        f"Senin, 15 Januari 2024 10:30 WIB\n\n{_HEADER_BODY}"
    )
    article = parse_article(text, kind="text")
    assert article.authors == (author,)
    assert article.published == dt.datetime(2024, 1, 15, 10, 30, tzinfo=WIB)
    assert article.description is None
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("Harga cabai rawit")


def test_a_line_of_text_opening_with_a_contributor_is_no_byline() -> None:
    line = "Kontributor kami di Bandung melaporkan harga cabai rawit naik tajam."
    text = (
        "Harga cabai di pasar tradisional naik dua kali lipat\n\n"
        f"Senin, 15 Januari 2024 10:30 WIB\n\n{line}\n\n{_HEADER_BODY}"
    )
    article = parse_article(text, kind="text")
    assert article.authors == ()
    assert article.paragraphs[0] == line


def test_illustrative_picture_label_credits_no_one() -> None:
    # "Gambar hiasan" (an illustrative picture) alone names no credit and no caption.
    dump = (
        "Polis tahan tiga suspek samun kedai emas\n\nOleh Ahmad Zaki\n\n"
        "Isnin, 4 Disember 2023 | 8:15 malam\n\nGambar hiasan\n\n" + _BODY
    )
    article = parse_article(dump, kind="text")
    assert article.captions == ()
    assert article.warnings == ("left out a note on the kind of a picture: 'hiasan'",)
    assert article.authors == ("Ahmad Zaki",)
    assert article.paragraphs[0].startswith("Polis menahan tiga lelaki")
    assert len(article.paragraphs) == 3
    # After a caption's dash it says what the picture is: the caption has no credit.
    line = "Anggota polis mengawal kawasan itu. - Gambar hiasan"
    dump = (
        "Polis tahan tiga suspek samun kedai emas\n\nOleh Ahmad Zaki\n\n"
        "Isnin, 4 Disember 2023 | 8:15 malam\n\n" + _BODY.replace("\n\nKes", f"\n\n{line}\n\nKes")
    )
    article = parse_article(dump, kind="text")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Anggota polis mengawal kawasan itu.", None)
    ]
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("note", ["Gambar hiasan", "Gambar fail", "Foto: Hiasan"])
def test_picture_kind_alone_among_the_paragraphs_is_left_out(note: str) -> None:
    # Between two paragraphs, "Gambar hiasan" alone is a note on a picture: no paragraph.
    dump = (
        "Polis tahan tiga suspek samun kedai emas\n\nOleh Ahmad Zaki\n\n"
        "Isnin, 4 Disember 2023 | 8:15 malam\n\n" + _BODY.replace("\n\nKes", f"\n\n{note}\n\nKes")
    )
    article = parse_article(dump, kind="text")
    assert article.captions == ()
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1] == "Kes disiasat mengikut Seksyen 395 Kanun Keseksaan."
    assert article.warnings == (f"left out a note on the kind of a picture: {note!r}",)


def test_outlet_after_the_place_fills_the_site_name() -> None:
    dump = (
        "Warga Gelar Aksi Bersih Sungai\n\nPenulis: Rina Susanti\n\n"
        "Kamis, 14 September 2023 11:22 WIB\n\n"
        "Jakarta, Kabar Contoh - Ratusan warga menggelar aksi bersih sungai pada Kamis pagi.\n\n"
        "Kegiatan ini diikuti oleh relawan dari berbagai komunitas.\n"
    )
    article = parse_article(dump, kind="text")
    assert article.dateline == "Jakarta, Kabar Contoh"
    assert article.site_name == "Kabar Contoh"
    assert article.authors == ("Rina Susanti",)
    assert article.paragraphs[0] == "Ratusan warga menggelar aksi bersih sungai pada Kamis pagi."
