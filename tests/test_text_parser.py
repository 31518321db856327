"""The plain-text dump parser, on the seed and on small hand-written dumps of each family."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import newsparse
from newsparse import Caption
from newsparse.serialize import to_dict

from .conftest import FIXTURES, SEED

WIB = dt.timezone(dt.timedelta(hours=7))
TEXT = FIXTURES / "text"


def test_seed_matches_expected_json_field_by_field() -> None:
    expected = json.loads((FIXTURES / "seed_expected.json").read_text(encoding="utf-8"))
    article = newsparse.parse_file(SEED)
    actual = to_dict(article)
    assert list(actual) == list(expected)
    for field, value in expected.items():
        assert actual[field] == value, field


def test_seed_facts() -> None:
    article = newsparse.parse_file(SEED)
    assert article.title == "Di Hadapan Putin, Kim Jong Un Pastikan Korea Utara Dukung Rusia"
    assert article.authors == ("Binsar",)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert isinstance(article.published, dt.datetime)
    assert article.published.tzinfo is None
    assert article.dateline == "MDN"
    assert len(article.paragraphs) == 18
    assert article.paragraphs[0].startswith("Kantor berita Rusia Tass, ")
    assert article.paragraphs[-1].startswith("Kim terakhir kali mengadakan ")
    assert [c.credit for c in article.captions] == ["ist"]
    for paragraph in article.paragraphs:
        assert paragraph.strip("\u00a0 ")
        assert paragraph == paragraph.strip()
        assert paragraph != "KOMENTAR"
        assert "[ist]" not in paragraph


def test_seed_with_default_timezone() -> None:
    article = newsparse.parse_file(SEED, default_timezone=WIB)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == dt.timedelta(hours=7)


def test_seed_bytes_and_str_agree() -> None:
    raw = SEED.read_bytes()
    assert newsparse.parse_article(raw) == newsparse.parse_article(raw.decode("utf-8"))


CASES: dict[str, dict[str, Any]] = {
    "crlf_wib.txt": {
        "title": "Harga Beras Naik di Pasar Induk",
        "authors": ("Siti Aminah",),
        "published": dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
        "dateline": "JAKARTA",
        "tags": ("beras", "harga", "Jakarta"),
        "captions": (),
        "paragraphs": (
            "Harga beras di Pasar Induk Cipinang naik sepuluh persen pekan ini, kata pedagang.",
            "Pedagang mengatakan pasokan dari Jawa Tengah berkurang karena kemarau panjang.",
            "Pemerintah berjanji menambah operasi pasar mulai pekan depan.",
        ),
    },
    "bom_blank_runs.txt": {
        "title": "Banjir Rendam Ratusan Rumah",
        "authors": ("Ani Suryani", "Budi Santoso", "Citra"),
        "published": dt.datetime(2015, 11, 4, 21, 4, tzinfo=WIB),
        "dateline": "MAMUJU, MDN",
        "captions": (
            Caption(text="Warga mengungsi ke masjid terdekat.", credit="ANTARA FOTO/Budi Setya"),
        ),
        "paragraphs": (
            "Ratusan rumah di Mamuju terendam banjir setelah hujan deras semalaman.",
            "Badan Penanggulangan Bencana Daerah mengerahkan perahu karet untuk mengevakuasi warga.",
        ),
    },
    "reporter_editor.txt": {
        "title": "Pemilu Serentak Digelar Damai",
        "authors": ("Dewi Lestari",),
        "published": dt.datetime(2017, 2, 17, 13, 30, tzinfo=WIB),
        "dateline": "LHOKSEUMAWE, KOMPAS.com",
        "captions": (
            Caption(text="Warga antre di tempat pemungutan suara", credit="Andi/Kompas"),
            Caption(text="Suasana penghitungan suara di TPS 5", credit="Antara"),
        ),
        "paragraphs": (
            "Pemungutan suara di Lhokseumawe berlangsung tertib sejak pagi hari.",
            "Petugas mencatat tingkat partisipasi pemilih mencapai delapan puluh persen.",
            "Hasil penghitungan akan diumumkan komisi pemilihan pekan depan.",
        ),
    },
    "malay_no_byline.txt": {
        "title": "Ringgit Menguat Berbanding Dolar",
        "authors": (),
        "published": dt.datetime(2023, 12, 15, 10, 30),
        "dateline": "KUALA LUMPUR",
        "captions": (),
        "paragraphs": (
            "Ringgit dibuka tinggi berbanding dolar Amerika Syarikat pada pagi ini kerana "
            "sentimen positif.",
            "Peniaga berkata permintaan terhadap mata wang tempatan kekal kukuh sepanjang minggu.",
        ),
    },
    "english_iso.txt": {
        "title": "Quiet Day at the Harbour",
        "authors": ("Jane Doe", "John Roe"),
        "published": dt.datetime(2024, 7, 19, 16, 45),
        "dateline": None,
        "captions": (),
        "paragraphs": (
            "The ferries ran on time and the fishermen came home early, the harbour master said.",
            "No incidents were reported during the afternoon.",
        ),
    },
    "bare.txt": {
        "title": "Tanpa Tanggal dan Penulis",
        "authors": (),
        "published": None,
        "dateline": None,
        "captions": (),
        "paragraphs": (
            "Paragraf pertama tanpa tanggal, tanpa penulis dan tanpa keterangan foto sama sekali.",
            "Paragraf kedua juga biasa saja, ditulis untuk menguji pengurai.",
        ),
    },
    "detik_like.txt": {
        "title": "Galaxy Baru Diluncurkan",
        "authors": ("Fino Yurio Kristo",),
        "published": dt.datetime(2015, 11, 5, 10, 8, tzinfo=WIB),
        "dateline": "Jakarta",
        "captions": (Caption(text="Galaxy S6 Edge & S6", credit="ist"),),
        "paragraphs": (
            "Samsung meluncurkan ponsel baru di Jakarta pada Kamis pagi dengan harga yang lebih murah.",
            "Ponsel itu dijual mulai pekan depan di seluruh Indonesia.",
            "Penjualan awal dilakukan secara daring melalui toko resmi.",
        ),
        # The "Baca Juga" list between two paragraphs is left out, each item named.
        "warnings": (
            "left out an item of a list of other stories: '* Judul lain satu'",
            "left out an item of a list of other stories: '* Judul lain dua'",
        ),
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_text_families(name: str) -> None:
    article = newsparse.parse_file(TEXT / name)
    for field, expected in CASES[name].items():
        assert getattr(article, field) == expected, field
    if "warnings" not in CASES[name]:
        assert article.warnings == ()


def test_whole_page_dump_is_read_from_its_title() -> None:
    article = newsparse.parse_file(TEXT / "full_page.txt")
    assert article.title == "Banjir Surut, Warga Kembali ke Rumah"
    assert article.authors == ("Rina Wulandari",)
    assert article.published == dt.datetime(2024, 5, 20, 9, 15, tzinfo=WIB)
    assert article.dateline == "BEKASI"
    assert article.captions == (
        Caption(
            text="Warga membersihkan lumpur di depan rumah mereka di Bekasi.",
            credit="ANTARA/Andi Saputra",
        ),
    )
    assert article.paragraphs == (
        "Banjir yang merendam ratusan rumah di Bekasi sejak Sabtu mulai surut pada Senin pagi.",
        "Warga mulai membersihkan rumah mereka dari lumpur dan sampah yang terbawa arus.",
        "Petugas membagikan air bersih dan makanan kepada warga yang masih mengungsi.",
    )
    assert article.warnings == (
        "left out 8 lines of page furniture (menus, lists) before the title",
    )


def test_outlet_in_the_dateline_fills_site_name() -> None:
    article = newsparse.parse_file(TEXT / "reporter_editor.txt")
    assert article.site_name == "KOMPAS.com"
    assert newsparse.parse_file(TEXT / "crlf_wib.txt").site_name is None


def test_language_is_guessed_from_the_body() -> None:
    assert newsparse.parse_file(SEED).language == "id"
    assert newsparse.parse_file(TEXT / "malay_no_byline.txt").language in {"ms", None}
    # A language with no table of words, told by its script (it was None).
    dump = (
        "東京の新しい地下鉄路線が開業\n\n"
        "東京都は十日、新しい地下鉄の路線が開業したと発表した。利用者は通勤時間が短くなると歓迎している。\n\n"
        "都は来月から運行本数を増やし、週末の終電も遅くする予定だという。\n"
    )
    assert newsparse.parse_article(dump).language == "ja"


def test_weekday_contradicting_the_date_is_reported() -> None:
    article = newsparse.parse_file(TEXT / "weekday_conflict.txt")
    assert article.published is None
    # "Kabar Kota" (City News) names no person: it stays the title, not a byline.
    assert article.title == "Kabar Kota"
    assert article.authors == ()
    assert len(article.warnings) == 1
    assert "Selasa" in article.warnings[0] or "weekday" in article.warnings[0].lower()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thursday, 14-09-2023 | 12:05 am", dt.datetime(2023, 9, 14, 0, 5)),
        ("Thursday, 14-09-2023 | 12:05 pm", dt.datetime(2023, 9, 14, 12, 5)),
        # A 24-hour clock with a meridiem after it, as a page's template may print it.
        ("Thursday, 14-09-2023 | 00:30 am", dt.datetime(2023, 9, 14, 0, 30)),
        ("Thursday, 14-09-2023 | 13:22 pm", dt.datetime(2023, 9, 14, 13, 22)),
        ("Kamis, 14 September 2023 23:05 PM WIB", dt.datetime(2023, 9, 14, 23, 5, tzinfo=WIB)),
        ("Kamis, 05/11/2015 10:08 WIB", dt.datetime(2015, 11, 5, 10, 8, tzinfo=WIB)),
        ("on 16 Feb 2016 at 09:10 WIB", dt.datetime(2016, 2, 16, 9, 10, tzinfo=WIB)),
        (
            "Kamis, 14 September 2023 | 11:22 WITA",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        ),
        (
            "Kamis, 14 September 2023 | 11:22 WIT",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        ),
        # A slash or a bullet between the date and its clock.
        ("Kamis, 14 September 2023 / 11:22 WIB", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("14 Sep 2023 • 11:22 WIB", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("Kamis, 14 September 2023 · 11:22", dt.datetime(2023, 9, 14, 11, 22)),
        # Indonesian and Malay "posted / written / published on" labels.
        (
            "Diposting pada Kamis, 14 September 2023 11:22 WIB",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
        ),
        ("Ditulis pada 14 September 2023, 11:22 WIB", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)),
        ("Disiarkan pada: 14 Sep 2023 11:22 PG", dt.datetime(2023, 9, 14, 11, 22)),
        # The clock in the segment after the date's, with an editor after it.
        (
            "Kamis, 14 September 2023 | 11:22 WIB | Editor: Budi",
            dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
        ),
    ],
)
def test_date_line_variants(line: str, expected: dt.datetime) -> None:
    article = newsparse.parse_article(
        f"Judul berita\n\n{line}\n\nIsi berita yang cukup panjang untuk paragraf.\n"
    )
    assert article.published == expected
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("line", ["14 Sep 2023 00:30 PM", "14 Sep 2023 13:22 AM"])
def test_a_meridiem_contradicting_a_24_hour_clock_gives_no_time(line: str) -> None:
    from newsparse._normalize.dates import parse_date_line  # noqa: PLC0415

    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Binsar", ("Binsar",)),
        ("Oleh Ani Suryani", ("Ani Suryani",)),
        ("Oleh: Ani Suryani", ("Ani Suryani",)),
        ("Penulis: Ani, Budi", ("Ani", "Budi")),
        ("Reporter: Ani | Editor: Budi", ("Ani",)),
        ("By Jane Doe", ("Jane Doe",)),
        ("Ani dan Budi", ("Ani", "Budi")),
        ("Ani & Budi", ("Ani", "Budi")),
        ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        # The reporter's outlet after the name: a web address, a brand, a code in capitals.
        ("Binsar | Kompas.com", ("Binsar",)),
        ("Binsar, Kompas.com", ("Binsar",)),
        ("Binsar | detikNews", ("Binsar",)),
        ("Binsar | MDN", ("Binsar",)),
        ("Oleh Binsar Simanjuntak (MDN)", ("Binsar Simanjuntak",)),
        ("Laporan: Binsar", ("Binsar",)),
    ],
)
def test_byline_variants(line: str, authors: tuple[str, ...]) -> None:
    text = f"Judul berita\n\n{line}\n\nKamis, 14 September 2023 | 11:22 WIB\n\nIsi berita yang cukup panjang untuk satu paragraf.\n"
    article = newsparse.parse_article(text)
    assert article.authors == authors
    assert article.paragraphs == ("Isi berita yang cukup panjang untuk satu paragraf.",)


_SITE_CODE_DUMP = (
    "Judul berita\n\nBinsar\n\nThursday, 14-09-2023 | 11:22 am\n\nMDN\n{under}\n\n\u00a0\n\n"
    "{first}\n\nParagraf kedua yang juga cukup panjang untuk menjadi isi berita ini.\n"
)
_FIRST = "Kantor berita melaporkan Kim bertemu Putin di Vostochny pada Rabu (13/9) malam."


def test_a_long_site_code_under_the_date_line() -> None:
    text = _SITE_CODE_DUMP.format(under="", first=_FIRST).replace("MDN\n", "REPUBLIKA\n")
    article = newsparse.parse_article(text)
    assert article.dateline == "REPUBLIKA"
    assert article.paragraphs[0] == _FIRST


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Di Hadapan Putin,", "Kim Jong Un Pastikan Dukungan"),
        ("Banjir Rob Melanda Pesisir -", "Ribuan Warga Mengungsi"),
    ],
)
def test_a_headline_wrapped_over_two_lines(first: str, second: str) -> None:
    text = _SITE_CODE_DUMP.format(under="", first=_FIRST).replace(
        "Judul berita\n", f"{first}\n{second}\n"
    )
    article = newsparse.parse_article(text)
    assert article.title == f"{first} {second}"
    assert article.authors == ("Binsar",)
    assert article.paragraphs[0] == _FIRST


def test_a_headline_not_cut_keeps_the_line_under_it_apart() -> None:
    # No comma or dash at the end: the short line under the headline is not joined to it.
    text = _SITE_CODE_DUMP.format(under="", first=_FIRST).replace(
        "Judul berita\n", "Judul berita\nvon Ann Lee\n"
    )
    assert newsparse.parse_article(text).title == "Judul berita"


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("MEDAN (Harian Contoh): ", "Harian Contoh"),
        ("MEDAN, Contoh.id: ", "Contoh.id"),
        ("Contoh.com - ", "Contoh.com"),
    ],
)
def test_a_dateline_naming_the_outlet_is_split_off_the_lede(dateline: str, source: str) -> None:
    article = newsparse.parse_article(_SITE_CODE_DUMP.format(under="", first=dateline + _FIRST))
    assert article.paragraphs[0] == _FIRST
    assert article.dateline == dateline.rstrip(" :-")
    assert article.site_name == source


def test_a_dump_opening_with_a_bare_byline_over_the_date_has_no_title() -> None:
    text = _SITE_CODE_DUMP.format(under="", first=_FIRST).replace("Judul berita\n\n", "")
    article = newsparse.parse_article(text)
    assert article.title is None
    assert article.authors == ("Binsar",)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert article.paragraphs[0] == _FIRST


def test_a_blog_name_over_the_date_and_the_headline_is_no_byline() -> None:
    text = "Catatan Ani\n\n2019-01-01\n\nSelamat tahun baru untuk semua pembaca\n\n" + _FIRST + "\n"
    article = newsparse.parse_article(text)
    assert article.authors == ()
    assert article.title == "Catatan Ani"


@pytest.mark.parametrize("name", ["BINSAR SIMATUPANG", "BINSAR"])
def test_a_byline_in_capitals_above_the_date_line(name: str) -> None:
    text = _SITE_CODE_DUMP.format(under="", first=_FIRST).replace("Binsar\n", f"{name}\n")
    article = newsparse.parse_article(text)
    assert article.authors == (name,)
    assert article.dateline == "MDN"
    assert article.paragraphs[0] == _FIRST


@pytest.mark.parametrize("label", ["NASIONAL", "PUBLISHED ON"])
def test_a_label_in_capitals_above_the_date_line_is_no_byline(label: str) -> None:
    # One word in capitals without a site code under the date line is as often a section's
    # label; a date's label is never a name.
    text = _SITE_CODE_DUMP.format(under="", first=_FIRST).replace("Binsar\n", f"{label}\n")
    if label == "NASIONAL":
        text = text.replace("MDN\n", "")
    assert newsparse.parse_article(text).authors == ()


def test_a_caption_without_credit_under_the_site_code() -> None:
    # Glued to the site code's line and ending without a full stop: the picture's caption.
    caption = "Kim Jong Un bertemu Vladimir Putin di pusat peluncuran Vostochny, Rabu (13/9)"
    article = newsparse.parse_article(_SITE_CODE_DUMP.format(under=caption, first=_FIRST))
    assert article.captions == (Caption(text=caption, credit=None),)
    assert article.paragraphs[0] == _FIRST
    assert len(article.paragraphs) == 2


def test_a_caption_repeating_the_lede_under_the_site_code() -> None:
    # Set apart from the site code, ending in a full stop, but said again by the lede.
    caption = "Kim bertemu Putin di Vostochny pada Rabu (13/9) malam."
    text = _SITE_CODE_DUMP.format(under=caption, first=_FIRST).replace("MDN\n", "MDN\n\n")
    article = newsparse.parse_article(text)
    assert article.captions == (Caption(text=caption, credit=None),)
    assert article.paragraphs[0] == _FIRST


@pytest.mark.parametrize("apart", [False, True])
def test_a_first_paragraph_under_the_site_code_stays_a_paragraph(apart: bool) -> None:
    # No picture: the first paragraph comes right under the site code, and nothing repeats it.
    text = _SITE_CODE_DUMP.format(under=_FIRST, first="Paragraf pertama yang lain sama sekali.")
    article = newsparse.parse_article(text.replace("MDN\n", "MDN\n\n") if apart else text)
    assert article.captions == ()
    assert article.paragraphs[0] == _FIRST


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Kim bertemu Putin, Rabu (13/9) [ist]",
            Caption(text="Kim bertemu Putin, Rabu (13/9)", credit="ist"),
        ),
        ("Kim bertemu Putin [Foto: Antara]", Caption(text="Kim bertemu Putin", credit="Antara")),
        (
            "Kim bertemu Putin. (ANTARA/Fulan)",
            Caption(text="Kim bertemu Putin.", credit="ANTARA/Fulan"),
        ),
        (
            "Kim bertemu Putin (Foto: Fulan/Outlet)",
            Caption(text="Kim bertemu Putin", credit="Fulan/Outlet"),
        ),
        (
            "Foto: Kim bertemu Putin di Vladivostok",
            Caption(text="Kim bertemu Putin di Vladivostok", credit=None),
        ),
        (
            "Kim bertemu Putin di Vladivostok. Jane Doe / Example Agency",
            Caption(text="Kim bertemu Putin di Vladivostok.", credit="Jane Doe / Example Agency"),
        ),
        (
            "Kim bertemu Putin di Vladivostok. Foto: Fulan/Outlet",
            Caption(text="Kim bertemu Putin di Vladivostok.", credit="Fulan/Outlet"),
        ),
        (
            "Kim bertemu Putin di Vladivostok | Foto: Example Agency",
            Caption(text="Kim bertemu Putin di Vladivostok", credit="Example Agency"),
        ),
        (
            "Kim bertemu Putin di Vladivostok. Composite: Example Design; J.Doe/Agency",
            Caption(
                text="Kim bertemu Putin di Vladivostok.", credit="Example Design; J.Doe/Agency"
            ),
        ),
    ],
)
def test_caption_between_paragraphs(caption: str, expected: Caption) -> None:
    text = (
        "Judul berita\n\nOleh: Ani\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita.\n\n"
        f"{caption}\n\nParagraf kedua yang juga cukup panjang untuk menjadi isi berita.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == (expected,)
    assert len(article.paragraphs) == 2


def test_paragraph_ending_with_a_source_stays_a_paragraph() -> None:
    text = (
        "Judul berita\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita ini.\n\n"
        "Paragraf kedua ditutup dengan inisial penyunting, kata dia. (ant/rd)\n\n"
        "Paragraf ketiga ditutup dengan sumbernya, kata juru bicara itu. (AFP)\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "last",
    [
        "Sumber: kementerian luar negeri",  # a source, not a picture's label
        "Foto: ini diambil kemarin sore. Lalu dikirim.",  # a sentence, not a credit
        "Dia berkata, kata dia: foto itu palsu",  # no sentence's end before the label
    ],
)
def test_a_paragraph_ending_with_a_label_like_colon_stays_a_paragraph(last: str) -> None:
    line = f"Paragraf kedua ditutup dengan kutipan yang panjang, kata juru bicara. {last}"
    text = (
        "Judul berita\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita ini.\n\n"
        f"{line}\n\nParagraf ketiga yang juga cukup panjang untuk menjadi isi berita ini.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert article.paragraphs[1] == line


def test_a_lead_caption_with_a_labelled_credit_above_a_pages_headline_is_read() -> None:
    # A page's text: menus, the lead picture's caption closed by its credit, a section word,
    # the headline, the byline and the date, then the story.
    menus = "".join(f"{word}\n" for word in ("Home", "World", "Business", "Sport", "Culture"))
    text = (
        f"{menus}"
        "Boats wait at the quay as the storm passes. Photograph: Jane Doe/Example Agency\n"
        "Travel\n"
        "Harbour reopens after a storm closed it for three days\n"
        "John Smith\n"
        "Tue 4 Mar 2025 09.00 EST\n"
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.\n"
        "Ferries resumed their usual timetable by the afternoon, though some crossings ran late.\n"
        "Traders said the closure had cost them a week of business at the busiest time of year.\n"
    )
    article = newsparse.parse_article(text, kind="text")
    assert article.title == "Harbour reopens after a storm closed it for three days"
    assert article.captions == (
        Caption(
            text="Boats wait at the quay as the storm passes.", credit="Jane Doe/Example Agency"
        ),
    )
    assert article.paragraphs[0].startswith("The harbour reopened")


def test_a_boilerplate_label_is_not_a_dateline() -> None:
    text = (
        "Judul berita\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita ini.\n\n"
        "BACA: Judul lain\n\nParagraf kedua yang juga cukup panjang untuk menjadi isi berita ini.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert article.dateline is None
    assert len(article.paragraphs) == 2


def test_credit_on_its_own_line_joins_the_caption_above() -> None:
    text = (
        "Judul berita\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita ini.\n\n"
        "Warga menonton pertunjukan di alun-alun kota\n\nFoto: ANTARA/Fulan\n\n"
        "Paragraf kedua yang juga cukup panjang untuk menjadi isi berita ini.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == (
        Caption(text="Warga menonton pertunjukan di alun-alun kota", credit="ANTARA/Fulan"),
    )
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("counter", ["1 of 4. ", "[2/5] "])
def test_a_gallery_counter_is_no_part_of_the_caption(counter: str) -> None:
    text = (
        f"{counter}A crane lifts a container at the port of Example Town, May 4, 2023."
        " EXAMPLE/Jane Doe\n\n"
        "EXAMPLE TOWN, May 5 (Example) - The port reopened on Monday after a storm that closed it"
        " for three weeks, officials said.\n\n"
        "Ships waited outside the port for days, and the traders said they lost money.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == (
        Caption(
            text="A crane lifts a container at the port of Example Town, May 4, 2023.",
            credit="EXAMPLE/Jane Doe",
        ),
    )
    assert len(article.paragraphs) == 2


def test_hidden_picture_labels_give_captions_and_credits() -> None:
    text = (
        "Harbour reopens after the storm\n\n"
        "Image copyright Example Agency Image caption Fishermen mend their nets on the quay\n\n"
        "The harbour of Example Town reopened on Monday after a storm that closed it, officials"
        " said.\n\n"
        "Image copyright Jane Doe\nImage caption The quay after the storm\n\n"
        "Ships waited outside the port for days, and the traders said they lost money.\n\n"
        "Image copyright Example Agency\n\n"
        "Media playback is unsupported on your device Media caption Watch: the storm hits\n\n"
        "The mayor said the repairs would cost millions over the next year.\n\n"
        "Media playback is unsupported on your device\n\n"
        "Image source, Example Agency\nImage caption, Boats in the harbour after the storm\n\n"
        "The harbour master said the port had never seen such a storm.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == (
        Caption(text="Fishermen mend their nets on the quay", credit="Example Agency"),
        Caption(text="The quay after the storm", credit="Jane Doe"),
        Caption(text="Watch: the storm hits", credit=None),
        Caption(text="Boats in the harbour after the storm", credit="Example Agency"),
    )
    assert article.paragraphs[0].startswith("The harbour of Example Town")
    assert article.paragraphs[-1] == "The harbour master said the port had never seen such a storm."
    assert len(article.paragraphs) == 4
    assert "left out a picture's credit label: 'Image copyright Example Agency'" in article.warnings
    assert (
        "left out a video player's notice: 'Media playback is unsupported on your device'"
        in article.warnings
    )


@pytest.mark.parametrize(
    "junk",
    ["Baca juga: Judul lain", "Baca Juga Judul lain", "BACA: Judul lain", "Lihat juga",
     "Simak juga", "Editor: Budi", "Terkait", "Share", "\u00a0\u00a0", "\u200b", "VIDEO:",
     "Foto", "Galeri Foto", "Infografis"],
)  # fmt: skip
def test_boilerplate_is_never_a_paragraph(junk: str) -> None:
    text = (
        "Judul berita\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita ini.\n\n"
        f"{junk}\n\nParagraf kedua yang juga cukup panjang untuk menjadi isi berita ini.\n"
    )
    article = newsparse.parse_article(text)
    assert len(article.paragraphs) == 2


def test_update_line_fills_modified_not_published() -> None:
    text = (
        "Judul berita\n\nKamis, 14 September 2023 | 11:22 WIB\n\n"
        "Diperbarui: Jumat, 15 September 2023 | 08:00 WIB\n\n"
        "Isi berita yang cukup panjang untuk menjadi satu paragraf.\n"
    )
    article = newsparse.parse_article(text)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert article.modified == dt.datetime(2023, 9, 15, 8, 0, tzinfo=WIB)
    assert article.paragraphs == ("Isi berita yang cukup panjang untuk menjadi satu paragraf.",)


@pytest.mark.parametrize(
    "line",
    [
        "Kamis, 14 September 2023 | 11:22 WIB Diperbarui: Jumat, 15 September 2023 | 08:00 WIB",
        "Kamis, 14 September 2023 11:22 WIB | Diperbarui: Jumat, 15 September 2023 08:00 WIB",
        "Khamis, 14 September 2023 11:22 WIB, dikemaskini 15 September 2023 08:00 WIB",
    ],
)
def test_an_update_on_the_date_line_leaves_the_publication_time(line: str) -> None:
    text = f"Judul berita\n\n{line}\n\nIsi berita yang cukup panjang untuk menjadi satu paragraf.\n"
    article = newsparse.parse_article(text)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert article.paragraphs == ("Isi berita yang cukup panjang untuk menjadi satu paragraf.",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # An update note in brackets after the date (Japanese, Chinese, Korean).
        ("2023年9月14日 11時22分 (9月14日 13時05分更新)", dt.datetime(2023, 9, 14, 11, 22)),
        ("2023年9月14日 11時22分（最終更新 9月15日 08時00分）", dt.datetime(2023, 9, 14, 11, 22)),
        ("2023-09-14 11:22 (수정 2023-09-15 08:00)", dt.datetime(2023, 9, 14, 11, 22)),
        # An update's label and its date after the publication's.
        ("公開日：2023/09/14 11:22 更新日：2023/09/15 08:00", dt.datetime(2023, 9, 14, 11, 22)),
        ("发布时间：2023-09-14 11:22 更新时间：2023-09-15 08:00", dt.datetime(2023, 9, 14, 11, 22)),
        ("입력 2023.09.14 11:22 수정 2023.09.15 08:00", dt.datetime(2023, 9, 14, 11, 22)),
        # A source's label after the date.
        ("2023-09-14 11:22:05 来源：示例日报", dt.datetime(2023, 9, 14, 11, 22, 5)),
        # A writer's or an outlet's name before the date, spaced or glued; the story's length.
        ("山田太郎 2023年9月14日 11時22分", dt.datetime(2023, 9, 14, 11, 22)),
        ("山田太郎2023年9月14日 11時22分", dt.datetime(2023, 9, 14, 11, 22)),
        (
            "例日新聞 2023/9/14 11:22（最終更新 9/14 13:05） 789文字",
            dt.datetime(2023, 9, 14, 11, 22),
        ),
    ],
)
def test_a_cjk_date_line_with_an_update_or_source_note(line: str, expected: dt.datetime) -> None:
    text = (
        f"示例新闻 港口恢复通航\n\n{line}\n\n这是一段足够长的新闻正文，用来组成文章的第一个段落。\n"
    )
    article = newsparse.parse_article(text)
    assert article.published == expected
    assert article.title == "示例新闻 港口恢复通航"
    assert article.paragraphs == ("这是一段足够长的新闻正文，用来组成文章的第一个段落。",)


@pytest.mark.parametrize(
    "line",
    [
        "更新日：2023/09/15 08:00",
        "（最終更新 2023/9/15 08:00）",
        "更新 2023年9月15日 08時00分",
        "更新时间：2023-09-15 08:00",
        "수정 2023.09.15 08:00",
    ],
)
@pytest.mark.parametrize("published", ["2023年9月14日 11時22分", None])
def test_a_cjk_update_line_fills_modified(line: str, published: str | None) -> None:
    # A line holding only an update's label and date: the update's time, never the publication's.
    date_line = "" if published is None else f"{published}\n\n"
    text = (
        f"示例新闻 港口恢复通航\n\n{date_line}{line}\n\n"
        "这是一段足够长的新闻正文，用来组成文章的第一个段落。\n"
    )
    article = newsparse.parse_article(text)
    assert article.modified == dt.datetime(2023, 9, 15, 8, 0)
    assert article.published == (None if published is None else dt.datetime(2023, 9, 14, 11, 22))
    assert article.paragraphs == ("这是一段足够长的新闻正文，用来组成文章的第一个段落。",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（最終更新 9/15 08:00）", dt.datetime(2023, 9, 15, 8, 0)),
        ("最終更新:9/15(金) 08:00", dt.datetime(2023, 9, 15, 8, 0)),
        ("更新日：9月15日 08時00分", dt.datetime(2023, 9, 15, 8, 0)),
        ("수정 09.15 08:00", dt.datetime(2023, 9, 15, 8, 0)),
        # Earlier in the year than the publication: the next year's.
        ("（最終更新 1/2 08:00）", dt.datetime(2024, 1, 2, 8, 0)),
    ],
)
def test_a_cjk_update_line_without_a_year_takes_the_publications(
    line: str, expected: dt.datetime
) -> None:
    text = (
        f"示例新闻 港口恢复通航\n\n2023年9月14日 11時22分\n\n{line}\n\n"
        "这是一段足够长的新闻正文，用来组成文章的第一个段落。\n"
    )
    article = newsparse.parse_article(text)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert article.modified == expected
    assert article.paragraphs == ("这是一段足够长的新闻正文，用来组成文章的第一个段落。",)


_CJK_BODY = "港で大型船が座礁し、航路は一時閉鎖された。海上保安部が原因を調べている。"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # A page's menu words: in kana, or in Chinese characters or hangul but neither right
        # under the title nor beside the date line.
        ("メニュー\n\nログイン\n\n新規登録\n\nすべて\n\n2023年9月14日 11時22分", ()),
        (
            "首页 | 新闻\n\n下一篇\n\n客户端\n\n关注我们\n\n时政 | 体育\n\n2023年9月14日 11時22分",
            (),
        ),
        ("完了しました\n\n2023年9月14日 11時22分", ()),
        # A writer's bare name: right under the title, or beside the date line.
        ("山田太郎\n\nメニュー\n\nログイン\n\n2023年9月14日 11時22分", ("山田太郎",)),
        ("メニュー\n\nログイン\n\n山田太郎\n\n2023年9月14日 11時22分", ("山田太郎",)),
        ("メニュー\n\n山田太郎\n\n* 社会\n\n* 地震\n\n2023年9月14日 11時22分", ("山田太郎",)),
        ("メニュー\n\nログイン\n\n2023年9月14日 11時22分\n\n大渡 美咲", ("大渡 美咲",)),
        # A name with the writer's role counts anywhere in the header.
        ("メニュー\n\nログイン\n\n記者 王小明\n\n首页", ("王小明",)),
        ("MENU\n\n로그인\n\n김철수 기자\n\n전체", ("김철수",)),
    ],
)
def test_a_bare_cjk_name_stands_under_the_title_or_beside_the_date(
    header: str, authors: tuple[str, ...]
) -> None:
    text = f"港の大型船が座礁 航路を一時閉鎖\n\n{header}\n\n{_CJK_BODY}\n"
    article = newsparse.parse_article(text)
    assert article.authors == authors
    assert article.paragraphs[-1] == _CJK_BODY


@pytest.mark.parametrize(
    "line", ["Kemaskini: 15 Sep 2023 8:00 PG", "Terakhir diperbarui: 15 September 2023 08:00"]
)
def test_malay_and_indonesian_update_labels(line: str) -> None:
    text = (
        "Judul berita\n\nKamis, 14 September 2023 | 11:22 WIB\n\n"
        f"{line}\n\nIsi berita yang cukup panjang untuk menjadi satu paragraf.\n"
    )
    article = newsparse.parse_article(text)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    # The update states no zone: it is read in the zone of the publication time, with a warning.
    assert article.modified == dt.datetime(2023, 9, 15, 8, 0, tzinfo=WIB)
    assert article.paragraphs == ("Isi berita yang cukup panjang untuk menjadi satu paragraf.",)


def test_nothing_after_the_end_marker_is_body() -> None:
    text = (
        "Judul berita\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita ini.\n\n"
        "KOMENTAR\n\nBerita lain yang cukup panjang untuk terlihat seperti paragraf biasa.\n\n"
        "Penulis: Ani Suryani\n"
    )
    article = newsparse.parse_article(text)
    assert article.paragraphs == (
        "Paragraf pertama yang cukup panjang untuk menjadi isi berita ini.",
    )
    assert article.authors == ("Ani Suryani",)


def test_headlines_listed_under_a_heading_are_not_body() -> None:
    # A rendering without bullets: the related stories' headlines one a line under the heading,
    # then the article goes on; a date line under the heading is still read.
    text = (
        "Judul berita\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita ini.\n\n"
        "Berita Terkait\n\nPutin Sambut Kim Jong Un di Vostochny\n\n"
        "Korea Utara Kembali Luncurkan Dua Rudal Balistik\n\n"
        "Kamis, 14 September 2023 | 11:22 WIB\n\n"
        "Paragraf kedua yang juga cukup panjang untuk menjadi isi berita ini.\n\n(bin)\n"
    )
    article = newsparse.parse_article(text)
    assert article.paragraphs == (
        "Paragraf pertama yang cukup panjang untuk menjadi isi berita ini.",
        "Paragraf kedua yang juga cukup panjang untuk menjadi isi berita ini.",
    )
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)


def test_a_short_line_under_a_list_heading_is_no_listed_headline() -> None:
    # A list of tags (commas) or a name (fewer than four words) ends the list.
    text = (
        "Judul berita\n\nParagraf pertama yang cukup panjang untuk menjadi isi berita ini.\n\n"
        "Terkait\n\nSubjudul Pendek\n\n"
        "Paragraf kedua yang juga cukup panjang untuk menjadi isi berita ini.\n"
    )
    article = newsparse.parse_article(text)
    assert "Subjudul Pendek" in article.paragraphs


def test_a_standfirst_above_the_byline_is_the_description() -> None:
    text = (
        "Judul berita yang cukup panjang\n\nKorea Utara siap memasok senjata ke Rusia\n\n"
        "Oleh Binsar\n\nKamis, 14 September 2023 | 11:22 WIB\n\n"
        "Paragraf pertama yang cukup panjang untuk menjadi isi berita ini.\n"
    )
    article = newsparse.parse_article(text)
    assert article.description == "Korea Utara siap memasok senjata ke Rusia"
    assert article.authors == ("Binsar",)
    assert article.paragraphs == (
        "Paragraf pertama yang cukup panjang untuk menjadi isi berita ini.",
    )


def test_a_summary_repeated_by_a_dateline_lede_is_the_description() -> None:
    # Above a paragraph opening with a dateline, a line the lede says again is its summary, not a
    # caption.
    summary = "Sampah antariksa menghantam stasiun dan melubangi lengan robotiknya."
    text = (
        f"Judul berita yang cukup panjang\n\n{summary}\n\n"
        "NEW YORK - Sebuah potongan sampah antariksa menghantam stasiun dan melubangi lengan "
        "robotiknya, kata badan antariksa.\n\nParagraf kedua yang cukup panjang untuk isi berita.\n"
    )
    article = newsparse.parse_article(text)
    assert article.description == summary
    assert article.captions == ()
    assert article.dateline == "NEW YORK"


def test_a_short_line_under_the_byline_is_no_standfirst() -> None:
    # Below the byline and date, an unplaced line is judged as before: a paragraph here.
    text = (
        "Judul berita yang cukup panjang\n\nOleh Binsar\n\nKamis, 14 September 2023 | 11:22 WIB\n\n"
        "Sebuah baris pendek tanpa titik\n\n"
        "Paragraf pertama yang cukup panjang untuk menjadi isi berita ini.\n"
    )
    article = newsparse.parse_article(text)
    assert article.description is None
    assert article.paragraphs[0] == "Sebuah baris pendek tanpa titik"


def test_lf_and_crlf_give_the_same_article() -> None:
    text = (TEXT / "crlf_wib.txt").read_bytes().decode("utf-8")
    assert "\r\n" in text
    assert newsparse.parse_article(text) == newsparse.parse_article(text.replace("\r\n", "\n"))


def test_caption_above_a_related_list_with_its_credit_first() -> None:
    # The caption sits under the share bar and above a "Berita Terkait" list; the dateline
    # paragraph follows the list. The account opening the caption is its credit.
    dump = "\n".join(
        [
            "Samsul Arif Tak Beban Lawan Arema",
            "Selasa, 23 Februari 2016 | 16:37 WIB",
            "* komentar",
            "Shares",
            "Twitter @Persib Samsul Arif dan Purwaka Yudi gabung dengan skuad Persib Bandung.",
            "Berita Terkait",
            "* Dua Mantan Pemain Arema Sudah Ditaksir Persib",
            "* Dua Pemain Persib Tak Dapat Jaminan Starter",
            "* Gol Penalti Samsul Arif Warnai Kemenangan Persib",
            "* Tanggapan Pelatih soal Kepergian Samsul Arif",
            "* Minim Striker, Persib Optimistis Bisa Menang",
            "KUTA, KOMPAS.com - Penyerang anyar Persib Bandung, Samsul Arif, bertekad memberikan "
            "penampilan terbaiknya saat melawan Arema malam nanti.",
            "Samsul memilih meninggalkan Arema untuk memperkuat Persib pada turnamen ini.",
        ]
    )
    article = newsparse.parse_article(dump, kind="text")
    assert article.captions == (
        Caption(
            text="Samsul Arif dan Purwaka Yudi gabung dengan skuad Persib Bandung.",
            credit="Twitter @Persib",
        ),
    )
    assert article.paragraphs[0].startswith("Penyerang anyar")
    assert article.dateline == "KUTA, KOMPAS.com"
    assert len(article.paragraphs) == 2


_BODY_ONLY = (
    "The council voted on Monday evening to build three new protected cycle lanes across the "
    "centre of town, after more than a year of debate.\n\n"
    "Work on the first route is due to begin in January, the council said in a statement.\n\n"
    "Residents who objected to the plan said they would keep campaigning against the second route.\n"
)


@pytest.mark.parametrize(
    ("first", "authors"),
    [
        # A body-only dump may open with its byline or its photo credit: neither is a title.
        ("By John Roe", ("John Roe",)),
        ("Foto: Jane Roe/dpa", ()),
    ],
)
def test_a_byline_or_credit_opening_a_body_is_not_its_title(
    first: str, authors: tuple[str, ...]
) -> None:
    article = newsparse.parse_article(f"{first}\n\n{_BODY_ONLY}", kind="text")
    assert article.title is None
    assert article.authors == authors
    assert article.paragraphs[0].startswith("The council voted")


_CLASH_DUMP = """Example Times: nowa ustawa

Jan Kowalski
12 listopada 2023, 14:30

{body}
"""
_POLISH_BODY = (
    "Rząd przyjął projekt ustawy, który jest już gotowy. Nie wiadomo, jak długo potrwa przez "
    "to praca w Sejmie.\n\nMinister mówi, że się uda także dla gmin, które czekają na pieniądze."
)
_CROATIAN_BODY = (
    "Vlada je usvojila prijedlog zakona koji je već spreman. Nije poznato kako će dugo trajati "
    "rad u Saboru, ali ministar kaže da su pripreme prema planu.\n\nSredstva koja su bila "
    "spremna stižu iz proračuna."
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "listopada" is November in Polish, October in Croatian: the body's words settle it.
        (_POLISH_BODY, dt.datetime(2023, 11, 12, 14, 30)),
        (_CROATIAN_BODY, dt.datetime(2023, 10, 12, 14, 30)),
    ],
)
def test_a_dump_s_body_settles_a_month_name_of_two_languages(
    body: str, expected: dt.datetime
) -> None:
    article = newsparse.parse_article(_CLASH_DUMP.format(body=body))
    assert article.published == expected
    assert article.authors == ("Jan Kowalski",)
    assert not any("listopada" in warning for warning in article.warnings)


def test_a_dump_whose_body_does_not_tell_keeps_the_month_name_refused() -> None:
    body = "Short text.\n\nAnother short line of text."
    article = newsparse.parse_article(_CLASH_DUMP.format(body=body))
    assert article.published is None
    assert any("means different months" in warning for warning in article.warnings)


@pytest.mark.parametrize("ending", ["KOMENTAR", "Komentar", "KOMENTAR (0)", "Komentar [3]", ""])
def test_the_seeds_comment_widget_label_with_or_without_its_count_is_no_paragraph(
    ending: str,
) -> None:
    seed = SEED.read_text(encoding="utf-8")
    assert seed.rstrip().endswith("\nKOMENTAR")
    article = newsparse.parse_article(seed.rstrip()[: -len("KOMENTAR")] + ending + "\n")
    assert article.paragraphs == newsparse.parse_file(SEED).paragraphs
    assert len(article.paragraphs) == 18
    assert article.paragraphs[-1].startswith("Kim terakhir kali mengadakan pembicaraan")


_ORDER_DUMP = """Council approves the new budget for next year

By Jane Doe
8/5/2024 10:30

The council voted on Tuesday to approve the new budget for the coming year, officials said.

The plan was first presented on {other} and was debated for three weeks before the vote.
"""


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # "8/5/2024" reads either way; the dump's other date that only one order reads tells it.
        ("13/05/2024", dt.datetime(2024, 5, 8, 10, 30)),
        ("05/13/2024", dt.datetime(2024, 8, 5, 10, 30)),
        ("a Monday", None),
    ],
)
def test_a_dump_s_other_dates_settle_the_order_of_its_date_line(
    other: str, expected: dt.datetime | None
) -> None:
    article = newsparse.parse_article(_ORDER_DUMP.format(other=other), kind="text")
    assert article.published == expected
    assert article.authors == ("Jane Doe",)


def test_an_indonesian_dump_reads_its_numeric_date_day_first() -> None:
    dump = (
        "Pemerintah kota menyetujui anggaran baru\n\n8/5/2024 10:30\n\n"
        "Pemerintah kota menyetujui anggaran baru untuk tahun depan pada rapat yang digelar di "
        "balai kota.\n\nRencana itu dibahas selama tiga minggu oleh para anggota dewan yang hadir "
        "dalam rapat tersebut.\n\nWarga dapat membaca rencana itu di kantor wali kota."
    )
    assert newsparse.parse_article(dump, kind="text").published == dt.datetime(2024, 5, 8, 10, 30)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\u2029"])
def test_a_dump_reads_the_same_whatever_its_line_breaks(newline: str) -> None:
    # fuzz47: a page rendered a piece of text a line (a headline broken at its inline tags)
    # written with CRLF, CR or Unicode's line or paragraph separator lost its title: the rules
    # that read the text across its lines looked for line feeds only. (CRLF dumps of
    # BeautifulSoup renderings lost paragraphs, titles or authors so.)
    story = (
        " \nHome\nNews\nSport\n \n \nThe Spectacular Story Of \nMetroid\n, One Of Gaming's "
        "Richest Universes\n \n \nBy \nJane Doe\n \n \n"
        "The series began in 1986 on the \nNintendo Entertainment System\n and grew into a saga "
        "of its own.\n \n \nIts heroine, \nSamus Aran\n, was revealed as a woman at the end of the "
        "first game, a twist players still recall.\n \n \nLater games moved to \nthree "
        "dimensions\n and kept the lonely mood that made the first one famous.\n \n \n"
    )
    expected = newsparse.parse_article(story, kind="text")
    assert expected.title == "The Spectacular Story Of Metroid, One Of Gaming's Richest Universes"
    assert newsparse.parse_article(story.replace("\n", newline), kind="text") == expected
