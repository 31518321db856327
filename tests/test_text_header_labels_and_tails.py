"""Text dumps: a tool's kicker and subheadline labels, a dateline alone over the lede, closing
source and address lines (issue 9, round 33's Indonesian tune dumps; made-up outlets)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

_BODY_ID = (
    "Dewan kota menyetujui anggaran baru untuk taman di tepi sungai pada Senin, kata pejabat"
    " setempat.",
    "Pekerjaan akan dimulai musim semi depan dan memakan waktu dua tahun.",
    "Warga berharap taman itu menjadi tempat bermain anak-anak.",
)
_BODY_EN = (
    "The city council approved a new budget for the riverside park on Monday, officials said.",
    "Work will begin next spring and take two years to finish.",
)


def _parse(dump: str) -> newsparse.Article:
    return newsparse.parse_article(dump, kind="text")


@pytest.mark.parametrize(
    "header",
    [
        # a kicker's label over its value, then the headline's
        "Upper:\nPenantian Panjang Warga Berakhir\nJudul:\nDewan Kota Setujui Anggaran Taman Baru",
        "Kicker:\nPenantian Panjang Warga Berakhir\nJudul:\nDewan Kota Setujui Anggaran Taman Baru",
        # the headline's label, then the subheadline's
        "Judul:\nDewan Kota Setujui Anggaran Taman Baru\nSubjudul:\nWarga Sambut Baik Rencana Itu",
        "Judul: Dewan Kota Setujui Anggaran Taman Baru\nSubtitle: Warga Sambut Baik Rencana Itu",
        # the headline broken over a video's caption lines, up to the next label
        "Judul:\nDewan Kota Setujui\nAnggaran Taman\nBaru\nSubjudul:\nWarga Sambut Baik Rencana Itu",
        # the subheadline's value broken too: its line in lower case goes on with it
        "Judul:\nDewan Kota Setujui Anggaran Taman Baru\nSubjudul:\nWarga Sambut Baik\nrencana itu",
    ],
)
def test_kicker_and_subheadline_labels_are_left_out(header: str) -> None:
    article = _parse(header + "\n\n" + "\n\n".join(_BODY_ID) + "\n")
    assert article.title == "Dewan Kota Setujui Anggaran Taman Baru"
    assert article.authors == ()
    assert article.paragraphs == _BODY_ID


def test_a_subheadline_label_in_english_under_a_title_label() -> None:
    header = (
        "Title:\nCity Council Approves New Park Budget\nSubheadline:\nResidents welcome the plan"
    )
    article = _parse(header + "\n\n" + "\n\n".join(_BODY_EN) + "\n")
    assert article.title == "City Council Approves New Park Budget"
    assert article.authors == ()
    assert article.paragraphs == _BODY_EN


def test_a_short_line_under_a_title_label_is_no_part_of_the_title() -> None:
    # No label after the short lines: the title is the line under its label alone.
    dump = "Title:\nCity Council Approves Budget\nBy Jane Roe\n\n" + "\n\n".join(_BODY_EN) + "\n"
    article = _parse(dump)
    assert article.title == "City Council Approves Budget"
    assert article.authors == ("Jane Roe",)
    assert article.paragraphs == _BODY_EN


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("CONTOH.COM, SURABAYA ", "CONTOH.COM, SURABAYA"),
        ("SURABAYA, Contoh.com", "SURABAYA, Contoh.com"),
    ],
)
def test_a_dateline_alone_over_the_lede_without_its_dash(line: str, dateline: str) -> None:
    dump = (
        "Dewan Kota Setujui Anggaran Taman Baru\nLaporan Wartawan Contoh.com, Budi Santoso\n"
        f"{line}\n\n" + "\n".join(_BODY_ID) + "\n"
    )
    article = _parse(dump)
    assert article.dateline == dateline
    assert article.authors == ("Budi Santoso",)
    assert article.paragraphs == _BODY_ID


def test_a_name_and_an_outlet_over_the_lede_stay_a_byline() -> None:
    dump = "Dewan Kota Setujui Anggaran\nBudi Santoso, Contoh.com\n\n" + "\n".join(_BODY_ID)
    article = _parse(dump)
    assert article.dateline is None
    assert article.authors == ("Budi Santoso",)
    assert article.paragraphs == _BODY_ID


def test_a_lone_dateline_does_not_take_over_the_ledes_own() -> None:
    # The lede has a dateline of its own: the line above is not read as one.
    dump = (
        "Dewan Kota Setujui Anggaran Taman Baru\nCONTOH.COM, SURABAYA\n\n"
        f"MALANG, Contoh.com - {_BODY_ID[0]}\n" + "\n".join(_BODY_ID[1:]) + "\n"
    )
    article = _parse(dump)
    assert article.dateline == "MALANG, Contoh.com"
    assert article.paragraphs[-2:] == _BODY_ID[1:]


_STORY = "Dewan Kota Setujui Anggaran Taman Baru\n\nJakarta - " + "\n".join(_BODY_ID) + "\n\n"


@pytest.mark.parametrize(
    "tail",
    [
        "sumber(contoh.com)\nhttps://www.contoh.com/berita/d-123/dewan-kota-setujui-anggaran\n",
        "https://www.contoh.com/berita/d-123/dewan-kota-setujui-anggaran\n",
        "<https://www.contoh.com/berita/d-123>\n",
        "(Sumber: contoh.com)\n",
        "Source: example.com\nhttps://www.example.com/news/123\n",
    ],
)
def test_a_closing_address_and_source_line_are_no_text(tail: str) -> None:
    article = _parse(_STORY + tail)
    assert article.paragraphs == _BODY_ID
    assert any("closing the text" in warning for warning in article.warnings)


def test_a_list_of_addresses_closing_a_release_is_kept() -> None:
    # A release's contact addresses, one a line: the last of them is no lone address.
    tail = "KONTAK: info@contoh.com\n\nhttps://www.contoh.com/\n\nwww.contoh.com/media\n"
    article = _parse(_STORY + tail)
    assert article.paragraphs[-2:] == ("https://www.contoh.com/", "www.contoh.com/media")


def test_a_source_line_inside_the_text_is_kept() -> None:
    # Only the text's last line is judged: a line naming a source among the paragraphs stays.
    dump = (
        _STORY.rstrip("\n") + "\nsumber(contoh.com)\n" + "Rapat berikutnya digelar pekan depan.\n"
    )
    article = _parse(dump)
    assert "sumber(contoh.com)" in article.paragraphs


def test_an_address_the_line_above_introduces_is_kept() -> None:
    tail = "Jadwal lengkap bisa dilihat di:\n\nwww.contoh.com/jadwal\n"
    article = _parse(_STORY + tail)
    assert article.paragraphs[-2:] == ("Jadwal lengkap bisa dilihat di:", "www.contoh.com/jadwal")


# An update's label alone on its line with its date on the next (as a rendering that writes each
# piece of text on its own line breaks "Updated" from its date: issue 9, round 51).
_STORM = "Harbour reopens after storm"


@pytest.mark.parametrize(
    ("header", "published", "modified"),
    [
        # the publication's date line, then the update's label over its date
        (
            "Published: 3 May 2024 10:00\nUpdated\n5 May 2024 12:30",
            dt.datetime(2024, 5, 3, 10, 0),
            dt.datetime(2024, 5, 5, 12, 30),
        ),
        # the update's first: its date never takes the publication's place
        (
            "Last updated:\n5 May 2024 12:30\nPublished\n3 May 2024 10:00",
            dt.datetime(2024, 5, 3, 10, 0),
            dt.datetime(2024, 5, 5, 12, 30),
        ),
        # an update alone, as on one line ("Updated: ..."): no publication's date
        ("Pembaruan terakhir:\n5 Mei 2024 12:30", None, dt.datetime(2024, 5, 5, 12, 30)),
    ],
)
def test_the_date_under_an_update_label_alone_is_the_updates(
    header: str, published: dt.datetime | None, modified: dt.datetime
) -> None:
    article = _parse(f"{_STORM}\nBy Jane Doe\n{header}\n" + "\n".join(_BODY_EN) + "\n")
    assert article.title == _STORM
    assert article.authors == ("Jane Doe",)
    assert article.published == published
    assert article.modified == modified
    assert article.paragraphs == _BODY_EN


def test_an_update_label_with_no_date_under_it_dates_nothing() -> None:
    # ("Updated" over the lede is no label of a date: the lede is read as before)
    article = _parse(f"{_STORM}\nPublished: 3 May 2024\nUpdated\n" + "\n".join(_BODY_EN) + "\n")
    assert article.published == dt.date(2024, 5, 3)
    assert article.modified is None
    assert article.paragraphs[-2:] == _BODY_EN


@pytest.mark.parametrize("rule", ["----------", "==========", "* * *"])
def test_a_rule_under_the_title_is_no_paragraph(rule: str) -> None:
    # A heading's underline (a setext heading) or a scraper's rule under the title holds no text.
    article = _parse(f"{_STORM}\n{rule}\n" + "\n".join(_BODY_EN) + "\n")
    assert article.title == _STORM
    assert article.paragraphs == _BODY_EN
    assert article.warnings == ()
