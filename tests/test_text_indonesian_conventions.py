"""How Indonesian and Malay outlets print an article's parts, in dumps laid out as the seed's scraper does.

Each row varies one part of the same made-up story (outlet "Contoh.com", agency "KABARNUSA", people
"Budi Santoso" and "Siti Rahma", all invented) and states what the part means, read by hand: the
date a date line gives, the writers a byline names, the place and outlet of a dateline, a
caption's text and credit, and that a line of page furniture is no paragraph. The weekdays agree
with the calendar: 14 September 2023 was a Thursday (Kamis, Malay Khamis), 13 September a
Wednesday (Rabu), 15 September a Friday (Jumat), 14 August 2023 a Monday (Senin).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse.model import Article, Caption

WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))
MYT = WITA

TITLE = "Pemkot Contoh Resmikan Jembatan Baru di Kali Besar"
BODY = (
    "Pemerintah Kota Contoh meresmikan jembatan baru yang menghubungkan dua kecamatan di tepi Kali"
    " Besar, Kamis pagi.",
    "Wali Kota Contoh, Budi Santoso, mengatakan jembatan itu dibangun selama delapan bulan dengan"
    " anggaran daerah sebesar Rp 12 miliar.",
    '"Kami berharap jembatan ini memperlancar arus barang dan orang di kawasan tersebut," kata Budi'
    " kepada wartawan di lokasi peresmian.",
    "Warga setempat menyambut baik peresmian jembatan tersebut karena selama ini mereka harus"
    " memutar sejauh lima kilometer.",
)
PICTURE = "Warga melintasi jembatan baru di Kali Besar, Kota Contoh, Kamis (14/9/2023)."
ELEVEN_22 = dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)


def _cap(text: str, credit: str | None) -> Caption:
    return Caption(text=text, credit=credit)


def _dump(
    *,
    byline: str | None = "Penulis: Budi Santoso",
    date: str | None = "Kamis, 14 September 2023 11:22 WIB",
    caption: str | None = None,
    dateline: str = "JAKARTA, Contoh.com - ",
    middle: str | None = None,
    footer: str | None = None,
) -> str:
    """The story with a title, byline, date line, caption, dateline, inserted line and footer."""
    parts = [TITLE, ""]
    for part in (byline, date, caption):
        if part is not None:
            parts += [part, ""]
    parts += [dateline + BODY[0], "", BODY[1], ""]
    if middle is not None:
        parts += [middle, ""]
    parts += [BODY[2], "", BODY[3], ""]
    if footer is not None:
        parts += [footer, ""]
    return "\n".join(parts)


def _parse(text: str) -> Article:
    article = parse_article(text, kind="text")
    assert article.title == TITLE
    return article


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kamis, 14 September 2023 11:22 WIB", ELEVEN_22),
        ("Kamis 14 Sep 2023, 11:22 WIB", ELEVEN_22),
        ("14/09/2023, 11:22 WIB", ELEVEN_22),
        ("Kamis, 14 September 2023 - 11:22 WIB", ELEVEN_22),
        ("Kamis, 14 September 2023 | 11:22 WIB", ELEVEN_22),
        # A dot in the clock, as most Indonesian style guides write it.
        ("14 September 2023 | 11.22 WIB", ELEVEN_22),
        ("Kamis, 14 Sep 2023 pukul 11.22 WIB", ELEVEN_22),
        ("Kamis, 14 September 2023 jam 11:22 WIB", ELEVEN_22),
        ("Kamis, 14/09/2023 11:22 WIB", ELEVEN_22),
        ("Kamis (14/9/2023) 11:22 WIB", ELEVEN_22),
        ("Kamis, 14-09-2023 | 11:22 WIB", ELEVEN_22),
        ("14.09.2023 11:22 WIB", ELEVEN_22),
        ("KAMIS, 14 SEPTEMBER 2023 11:22 WIB", ELEVEN_22),
        ("Kamis,14 September 2023,11:22 WIB", ELEVEN_22),
        ("Kamis, 14 September 2023 | 11:22 WIB | Dibaca 1.234 kali", ELEVEN_22),
        ("14 Sep 2023 11:22 WIB · 3 menit baca", ELEVEN_22),
        ("Jumat, 15 September 2023 / 08:10 WIB", dt.datetime(2023, 9, 15, 8, 10, tzinfo=WIB)),
        ("Rabu, 13 Sep 2023 23:50 WIB", dt.datetime(2023, 9, 13, 23, 50, tzinfo=WIB)),
        ("Senin, 14 Agu 2023 11:22 WIB", dt.datetime(2023, 8, 14, 11, 22, tzinfo=WIB)),
        ("Kamis, 14 Sep 2023 11:22:05 WIB", dt.datetime(2023, 9, 14, 11, 22, 5, tzinfo=WIB)),
        # Central and eastern Indonesian time.
        ("Kamis, 14 September 2023 | 11:22 WITA", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WITA)),
        ("Kamis, 14 September 2023 11.22 WIT", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIT)),
        # No zone stated: the time stays naive.
        ("Kamis, 14 September 2023 | 11:22", dt.datetime(2023, 9, 14, 11, 22)),
        ("Thursday, 14-09-2023 | 11:22 am", dt.datetime(2023, 9, 14, 11, 22)),
        # Labels: published, shown, released, posted.
        ("Dipublikasikan: Kamis, 14 September 2023 11:22 WIB", ELEVEN_22),
        ("Terbit: Kamis, 14 September 2023 11:22 WIB", ELEVEN_22),
        ("Diunggah: Kamis, 14 September 2023 11:22 WIB", ELEVEN_22),
        ("Ditayangkan: 14/09/2023 11:22 WIB", ELEVEN_22),
        ("Tayang: Kamis, 14 September 2023 11:22 WIB", ELEVEN_22),
        ("Dirilis: 14 September 2023 11:22 WIB", ELEVEN_22),
        ("Diposkan pada 14 September 2023 11:22 WIB", ELEVEN_22),
        ("Tanggal: 14 September 2023", dt.date(2023, 9, 14)),
        # Malay: Khamis, "pagi"/"petang" for the half of the day, MYT (+08:00).
        ("Diterbitkan: Khamis, 14 September 2023 11:22 AM", dt.datetime(2023, 9, 14, 11, 22)),
        ("Khamis, 14 Sep 2023 @ 11:22 pagi", dt.datetime(2023, 9, 14, 11, 22)),
        ("Diterbitkan pada 14 Sep 2023, 3:45 petang", dt.datetime(2023, 9, 14, 15, 45)),
        ("14 Sep 2023, 11:22 MYT", dt.datetime(2023, 9, 14, 11, 22, tzinfo=MYT)),
        ("Khamis, 14 September 2023 @ 11:22 AM", dt.datetime(2023, 9, 14, 11, 22)),
        ("14 Sept 2023 @ 11:22am", dt.datetime(2023, 9, 14, 11, 22)),
        ("Isnin, 14 Ogos 2023 @ 11:22 PM", dt.datetime(2023, 8, 14, 23, 22)),
        ("14 Mac 2023 @ 11:22 AM", dt.datetime(2023, 3, 14, 11, 22)),
        ("14 Dis 2023 @ 11:22 AM", dt.datetime(2023, 12, 14, 11, 22)),
        # The zone written before the clock.
        ("Kamis, 14 September 2023 WIB 11:22", ELEVEN_22),
        ("Kamis, 14 September 2023 WIB 11.22", ELEVEN_22),
        ("Kamis (14/9/2023) WIB 11.22", ELEVEN_22),
        ("14 September 2023 | WIB 11:22", ELEVEN_22),
        ("Kamis, 14 Sep 2023 WIB 11:22:05", dt.datetime(2023, 9, 14, 11, 22, 5, tzinfo=WIB)),
        ("Kamis, 14 September 2023 WITA 11:22", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WITA)),
        ("Kamis, 14 September 2023 WIT 11.22", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIT)),
    ],
)
def test_date_lines(line: str, expected: dt.date) -> None:
    article = _parse(_dump(date=line))
    assert article.published == expected
    assert type(article.published) is type(expected)
    assert article.modified is None
    assert article.authors == ("Budi Santoso",)
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Diperbarui: Kamis, 14 September 2023 15:30 WIB",
        "Diperbarui 14 Sep 2023, 15:30 WIB",
        "Update: 14 Sep 2023 15:30 WIB",
        "Updated: 14/09/2023, 15:30 WIB",
        "Terakhir diperbarui: 14 September 2023 15:30 WIB",
        # (Malay, with no zone: the story's WIB is not lent to it.)
    ],
)
def test_update_lines_fill_modified(line: str) -> None:
    article = _parse(_dump(date=f"Kamis, 14 September 2023 11:22 WIB\n{line}"))
    assert article.published == ELEVEN_22
    assert article.modified == dt.datetime(2023, 9, 14, 15, 30, tzinfo=WIB)
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        # The update printed after the publication on the same line, behind a bar, comma or
        # bracket.
        (
            "Diterbitkan: 14 Sep 2023 11:22 AM | Dikemaskini: 14 Sep 2023 3:30 PM",
            dt.datetime(2023, 9, 14, 11, 22),
            dt.datetime(2023, 9, 14, 15, 30),
        ),
        (
            "Kamis, 14 Sep 2023 11:22 WIB | Diperbarui: 14 Sep 2023 15:30 WIB",
            ELEVEN_22,
            dt.datetime(2023, 9, 14, 15, 30, tzinfo=WIB),
        ),
        (
            "Dipublikasikan: 14 Sep 2023 11:22 WIB, Diperbarui: 14 Sep 2023 15:30 WIB",
            ELEVEN_22,
            dt.datetime(2023, 9, 14, 15, 30, tzinfo=WIB),
        ),
        (
            "14 Sep 2023, 11:22 WIB (Diperbarui 14 Sep 2023, 15:30 WIB)",
            ELEVEN_22,
            dt.datetime(2023, 9, 14, 15, 30, tzinfo=WIB),
        ),
        # No update label: one date.
        ("Kamis, 14 September 2023 | 11:22 WIB | Dibaca 1.234 kali", ELEVEN_22, None),
    ],
)
def test_update_on_the_publication_line(
    line: str, published: dt.datetime, modified: dt.datetime | None
) -> None:
    article = _parse(_dump(date=line))
    assert article.published == published
    assert article.modified == modified
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Oleh Budi Santoso | Kamis, 14 September 2023 11:22 WIB | Pembaruan terakhir: Kamis, "
        "14 September 2023 15:30 WIB",
        "Oleh Budi Santoso | 14 Sep 2023 11:22 WIB | Diperbarui: 14 Sep 2023 15:30 WIB",
    ],
)
def test_a_byline_the_date_and_the_update_on_one_line(line: str) -> None:
    # Too many words on the line for a date behind words: the publication's date is one of the
    # segments before the update's label. Both dates were lost, with no warning.
    article = _parse(_dump(byline=None, date=line))
    assert article.authors == ("Budi Santoso",)
    assert article.published == ELEVEN_22
    assert article.modified == dt.datetime(2023, 9, 14, 15, 30, tzinfo=WIB)
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Penulis: Budi Santoso", ("Budi Santoso",)),
        ("Oleh: Budi Santoso", ("Budi Santoso",)),
        ("Oleh Budi Santoso", ("Budi Santoso",)),
        ("Ditulis oleh Budi Santoso", ("Budi Santoso",)),
        ("Jurnalis: Budi Santoso", ("Budi Santoso",)),
        ("Wartawan: Budi Santoso", ("Budi Santoso",)),
        ("Pewarta: Budi Santoso", ("Budi Santoso",)),
        # The editor is no writer.
        ("Reporter: Budi Santoso | Editor: Siti Rahma", ("Budi Santoso",)),
        ("Reporter: Budi Santoso\nEditor: Siti Rahma", ("Budi Santoso",)),
        ("Penulis : Budi Santoso Editor : Siti Rahma", ("Budi Santoso",)),
        ("Oleh: Budi Santoso | Editor: Siti Rahma", ("Budi Santoso",)),
        ("Laporan Wartawan Contoh.com, Budi Santoso", ("Budi Santoso",)),
        ("Laporan Koresponden Contoh.com, Budi Santoso", ("Budi Santoso",)),
        ("Kontributor Contoh.com, Budi Santoso", ("Budi Santoso",)),
        ("Budi Santoso - Contoh.com", ("Budi Santoso",)),
        ("Budi Santoso | Contoh.com", ("Budi Santoso",)),
        ("Penulis: Budi Santoso (Contoh.com)", ("Budi Santoso",)),
        ("Penulis: Budi Santoso dan Siti Rahma", ("Budi Santoso", "Siti Rahma")),
        # A name in capitals is kept as printed.
        ("Oleh BUDI SANTOSO", ("BUDI SANTOSO",)),
        ("Oleh BUDI SANTOSO dan SITI RAHMA", ("BUDI SANTOSO", "SITI RAHMA")),
        ("Reporter: Budi Santoso, Siti Rahma\nEditor: Agus Wijaya", ("Budi Santoso", "Siti Rahma")),
        # A newsroom is no person.
        ("Penulis: Tim Redaksi", ()),
    ],
)
def test_bylines_under_the_title(byline: str, authors: tuple[str, ...]) -> None:
    article = _parse(_dump(byline=byline))
    assert article.authors == authors
    assert article.published == ELEVEN_22
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Diposting pada 14 September 2023 oleh Budi Santoso", dt.date(2023, 9, 14)),
        ("Ditulis oleh Budi Santoso - Kamis, 14 September 2023 11:22 WIB", ELEVEN_22),
        ("Oleh Budi Santoso - Kamis, 14 September 2023 11:22 WIB", ELEVEN_22),
    ],
)
def test_byline_and_date_on_one_line(line: str, published: dt.date) -> None:
    article = _parse(_dump(byline=line, date=None))
    assert article.authors == ("Budi Santoso",)
    assert article.published == published
    assert article.captions == ()
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("footer", "authors"),
    [
        ("Penulis: Budi Santoso\nEditor: Siti Rahma", ("Budi Santoso",)),
        ("Penulis : Budi Santoso\nEditor : Siti Rahma", ("Budi Santoso",)),
        ("Pewarta: Budi Santoso\nEditor: Siti Rahma\nCOPYRIGHT © CONTOH 2023", ("Budi Santoso",)),
        ("Penulis: Budi Santoso Editor: Siti Rahma", ("Budi Santoso",)),
        ("Laporan: Budi Santoso", ("Budi Santoso",)),
        ("(Budi Santoso)", ("Budi Santoso",)),
        # The same footer as a table, rendered in Markdown with or without the outer bars.
        ("| Penulis | : Budi Santoso |\n| Editor | : Siti Rahma |", ("Budi Santoso",)),
        ("Penulis| : Budi Santoso\n---|---\nEditor | : Siti Rahma", ("Budi Santoso",)),
        # An editor alone, editors' initials and a source name no writer.
        ("Editor: Siti Rahma", ()),
        ("(ant/bds)", ()),
        ("(bds)", ()),
        ("Sumber: Contoh.com", ()),
        ("(bds/srh)\nBaca Juga: Warga Keluhkan Macet", ()),
    ],
)
def test_footers(footer: str, authors: tuple[str, ...]) -> None:
    article = _parse(_dump(byline=None, footer=footer))
    assert article.authors == authors
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("opening", "dateline", "site_name"),
    [
        ("JAKARTA, Contoh.com - ", "JAKARTA, Contoh.com", "Contoh.com"),
        ("BANDUNG, Contoh.com – ", "BANDUNG, Contoh.com", "Contoh.com"),
        ("KOTA BARU, Contoh.co.id - ", "KOTA BARU, Contoh.co.id", "Contoh.co.id"),
        ("Contoh.com, Jakarta - ", "Contoh.com, Jakarta", "Contoh.com"),
        ("CONTOH.COM, JAKARTA - ", "CONTOH.COM, JAKARTA", "CONTOH.COM"),
        ("Jakarta (KABARNUSA) - ", "Jakarta (KABARNUSA)", "KABARNUSA"),
        ("JAKARTA, Harian Contoh - ", "JAKARTA, Harian Contoh", "Harian Contoh"),
        ("Contoh.com - ", "Contoh.com", "Contoh.com"),
        ("JAKARTA - ", "JAKARTA", None),
        ("JAKARTA -- ", "JAKARTA", None),
        ("KUALA LUMPUR: ", "KUALA LUMPUR", None),
        # A place in square brackets, with or without a dash, perhaps before the outlet.
        ("[JAKARTA] ", "JAKARTA", None),
        ("[KOTA BARU] - ", "KOTA BARU", None),
        ("[JAKARTA] Contoh.com - ", "JAKARTA, Contoh.com", "Contoh.com"),
        # A bar between the place and its outlet.
        ("JAKARTA | CONTOH.COM - ", "JAKARTA | CONTOH.COM", "CONTOH.COM"),
        ("Jakarta | Contoh.com – ", "Jakarta | Contoh.com", "Contoh.com"),
        ("JAKARTA | Kabar Contoh - ", "JAKARTA | Kabar Contoh", "Kabar Contoh"),
        # A wire's filing day in Malay, before its agency.
        (
            "KUALA LUMPUR, 14 Sept (KABARNUSA) -- ",
            "KUALA LUMPUR, 14 Sept (KABARNUSA)",
            "KABARNUSA",
        ),
        ("IPOH, 4 Dis (Kabarnusa) -- ", "IPOH, 4 Dis (Kabarnusa)", "Kabarnusa"),
        ("PUTRAJAYA, 14 Mac (Kabarnusa) — ", "PUTRAJAYA, 14 Mac (Kabarnusa)", "Kabarnusa"),
        ("KOTA BHARU, 14 Ogos (Kabarnusa) -- ", "KOTA BHARU, 14 Ogos (Kabarnusa)", "Kabarnusa"),
    ],
)
def test_datelines(opening: str, dateline: str, site_name: str | None) -> None:
    article = _parse(_dump(dateline=opening))
    assert article.dateline == dateline
    assert article.site_name == site_name
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "opening",
    ["[VIDEO] ", "[FOTO] ", "[UPDATE] ", "[CEK FAKTA] ", "JAKARTA | ", "Politik | Nasional - "],
)
def test_no_dateline(opening: str) -> None:
    # A label in brackets is no place, and a bar with no outlet after it ends no dateline.
    article = _parse(_dump(dateline=opening))
    assert article.dateline is None
    assert article.paragraphs == (opening + BODY[0], *BODY[1:])


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (f"{PICTURE} Foto: Contoh.com/Budi Santoso", _cap(PICTURE, "Contoh.com/Budi Santoso")),
        (f"{PICTURE} (FOTO: KABARNUSA/Budi Santoso)", _cap(PICTURE, "KABARNUSA/Budi Santoso")),
        (f"{PICTURE} (KABARNUSA FOTO/Budi Santoso)", _cap(PICTURE, "KABARNUSA FOTO/Budi Santoso")),
        (f"{PICTURE} (Contoh.com/Budi Santoso)", _cap(PICTURE, "Contoh.com/Budi Santoso")),
        (f"{PICTURE} [ist]", _cap(PICTURE, "ist")),
        (f"{PICTURE} (Istimewa)", _cap(PICTURE, "Istimewa")),
        (f"{PICTURE} (Foto: Istimewa)", _cap(PICTURE, "Istimewa")),
        (f"{PICTURE} | Foto: Budi Santoso", _cap(PICTURE, "Budi Santoso")),
        (f"{PICTURE} - Foto: Budi Santoso", _cap(PICTURE, "Budi Santoso")),
        (f"{PICTURE} (Dok. Humas Pemkot Contoh)", _cap(PICTURE, "Dok. Humas Pemkot Contoh")),
        (f"{PICTURE} (Sumber: Dok. Pemkot Contoh)", _cap(PICTURE, "Dok. Pemkot Contoh")),
        ("Ilustrasi jembatan (Freepik)", _cap("Ilustrasi jembatan", "Freepik")),
        ("Ilustrasi jembatan. Foto: Shutterstock", _cap("Ilustrasi jembatan.", "Shutterstock")),
        # A personal collection ("dokumentasi pribadi"), a screen grab, a reproduction.
        (f"{PICTURE} (dokpri)", _cap(PICTURE, "dokpri")),
        (f"{PICTURE} (Dok. Pribadi)", _cap(PICTURE, "Dok. Pribadi")),
        (f"{PICTURE} (Tangkap layar)", _cap(PICTURE, "Tangkap layar")),
        (f"{PICTURE} (Repro)", _cap(PICTURE, "Repro")),
        (f"{PICTURE} [doc]", _cap(PICTURE, "doc")),
        (f"{PICTURE} KABARNUSA/Budi Santoso", _cap(PICTURE, "KABARNUSA/Budi Santoso")),
        # The credit on a line of its own under the caption.
        (f"{PICTURE}\nFoto: Budi Santoso/Contoh.com", _cap(PICTURE, "Budi Santoso/Contoh.com")),
        (f"{PICTURE}\n\nFoto: Budi Santoso/Contoh.com", _cap(PICTURE, "Budi Santoso/Contoh.com")),
        (f"{PICTURE}\nFOTO: KABARNUSA/Budi Santoso", _cap(PICTURE, "KABARNUSA/Budi Santoso")),
        # The credit on a line of its own over the caption.
        (f"Foto: Budi Santoso/Contoh.com\n{PICTURE}", _cap(PICTURE, "Budi Santoso/Contoh.com")),
        (f"Foto: Budi Santoso/Contoh.com\n\n{PICTURE}", _cap(PICTURE, "Budi Santoso/Contoh.com")),
        (f"FOTO: KABARNUSA/Budi Santoso\n{PICTURE}", _cap(PICTURE, "KABARNUSA/Budi Santoso")),
        (f"(Foto: Budi Santoso/Contoh.com)\n{PICTURE}", _cap(PICTURE, "Budi Santoso/Contoh.com")),
        # A credit glued to the caption's last sentence by a slash, or closed by the editors'
        # initials.
        (f"{PICTURE}/Contoh.com/Budi Santoso", _cap(PICTURE, "Contoh.com/Budi Santoso")),
        (f"{PICTURE} /Contoh.com/Budi Santoso", _cap(PICTURE, "Contoh.com/Budi Santoso")),
        (
            f"{PICTURE} KABARNUSA FOTO/Budi Santoso/bds.",
            _cap(PICTURE, "KABARNUSA FOTO/Budi Santoso/bds"),
        ),
        (
            f"{PICTURE} KABARNUSA FOTO/Budi Santoso/bds/sgd.",
            _cap(PICTURE, "KABARNUSA FOTO/Budi Santoso/bds/sgd"),
        ),
        (
            f"{PICTURE} (KABARNUSA FOTO/Budi Santoso/bds)",
            _cap(PICTURE, "KABARNUSA FOTO/Budi Santoso/bds"),
        ),
    ],
)
def test_captions_and_credits(caption: str, expected: Caption) -> None:
    article = _parse(_dump(caption=caption))
    assert article.captions == (expected,)
    assert article.paragraphs == BODY
    assert article.warnings == ()


def test_credit_line_over_no_caption() -> None:
    # Above the text, with no caption under it: left out, with a warning.
    article = _parse(_dump(caption="Foto: Budi Santoso/Contoh.com"))
    assert article.captions == ()
    assert article.paragraphs == BODY
    assert article.warnings == ("a photo credit names no caption: 'Budi Santoso/Contoh.com'",)


def test_credit_line_over_a_credited_caption() -> None:
    # The caption under it names its own credit: the line over it credits nothing.
    article = _parse(_dump(caption=f"Foto: Budi Santoso/Contoh.com\n{PICTURE} (Foto: Siti Rahma)"))
    assert article.captions == (_cap(PICTURE, "Siti Rahma"),)
    assert article.paragraphs == BODY
    assert article.warnings == ("a photo credit names no caption: 'Budi Santoso/Contoh.com'",)


def test_picture_kind_over_a_caption_credits_no_one() -> None:
    # "Gambar hiasan" (an illustrative picture) over the caption says what the picture is.
    article = _parse(_dump(caption=f"Gambar hiasan\n{PICTURE}"))
    assert article.captions == (_cap(PICTURE, None),)
    assert article.paragraphs == BODY
    assert article.warnings == ("left out a note on the kind of a picture: 'hiasan'",)


RELATED = (
    "Pemkot Contoh Tambah Anggaran Jembatan",
    "Warga keluhkan macet di Kali Besar",
    "Jembatan Lama Akan Dibongkar Tahun Depan, Ini Kata Wali Kota",
)


@pytest.mark.parametrize(
    "middle",
    [
        # Unbulleted lists of other stories under their heading, with or without blank lines.
        "\n".join(("Berita Terkait", *RELATED)),
        "\n\n".join(("Berita Terkait:", *RELATED)),
        "\n".join(("Artikel Terkait", *RELATED)),
        "\n".join(("BACA JUGA", *RELATED)),
        "\n\n".join(("Bacaan Lainnya", *RELATED)),
        # Calls to follow the outlet elsewhere.
        "Ikuti Contoh.com di Google News",
        "Dapatkan berita terbaru di Google News",
        "Baca berita lainnya di Google News",
        "Simak berita pilihan lainnya di WhatsApp Channel",
        "Ikuti saluran WhatsApp Contoh.com",
        "Sertai saluran Telegram kami",
        "Follow Contoh.com di Google News",
        "Konten Sponsor",
        "Baca Juga: Pemkot Contoh Tambah Anggaran Jembatan",
        "BACA JUGA: Pemkot Contoh Tambah Anggaran Jembatan",
        "Baca juga:\nPemkot Contoh Tambah Anggaran Jembatan",
        "(Baca juga: Pemkot Contoh Tambah Anggaran Jembatan)",
        "Baca selengkapnya: Pemkot Contoh Tambah Anggaran Jembatan",
        "Baca Juga\n* Pemkot Contoh Tambah Anggaran Jembatan\n* Warga Keluhkan Macet",
        "Lihat Juga: Pemkot Contoh Tambah Anggaran Jembatan",
        "Artikel Terkait:\nPemkot Contoh Tambah Anggaran Jembatan",
        "Pilihan Redaksi\nPemkot Contoh Tambah Anggaran Jembatan",
        "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT",
        "Scroll untuk melanjutkan membaca",
        "Iklan",
        "Halaman 1 2 Selanjutnya",
        "Halaman selanjutnya",
    ],
)
def test_furniture_inside_the_text(middle: str) -> None:
    article = _parse(_dump(middle=middle))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "footer",
    [
        "Simak berita lainnya di Google News",
        "Cek berita dan artikel yang lain di Google News",
        "Ikuti berita Contoh.com di Google News",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Contoh.com.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Update berita terkini di Google News Contoh.com",
        "\n".join(("Berita Terkait", *RELATED)),
        "KOMENTAR",
        "Tag: jembatan, Kota Contoh",
        "Topik: jembatan, pemkot",
        "Kata kunci: jembatan, pemkot",
        "Bagikan\nFacebook\nTwitter\nWhatsApp",
        "Copyright © 2023 Contoh.com",
        "Halaman 1 2 Selanjutnya",
    ],
)
def test_furniture_under_the_text(footer: str) -> None:
    article = _parse(_dump(footer=footer))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "middle",
    [
        "Ikuti perkembangan kasus ini di WhatsApp resmi pemkot Contoh.",
        "Baca pesan itu di Telegram, kata Budi kepada wartawan.",
        "Pantau harga bahan pokok lewat kanal Telegram milik pemerintah kota.",
    ],
)
def test_sentences_naming_a_channel_are_text(middle: str) -> None:
    # A sentence going on past the channel's name, or with a comma, is no call to follow.
    article = _parse(_dump(middle=middle))
    assert article.paragraphs == (*BODY[:2], middle, *BODY[2:])


def test_seed_layout_with_another_site_code_and_bracketed_credit() -> None:
    # The seed's layout: a bare name, an English date line, the site's code over the caption,
    # blank-looking lines of a single space between the paragraphs.
    header = [TITLE, "", "Budi Santoso", "", "Thursday, 14-09-2023 | 11:22 am", "", "KBR"]
    body = [BODY[0], "", BODY[1], "", " ", "", BODY[2], "", BODY[3]]
    text = "\n".join([*header, f"{PICTURE} [dok]", "", " ", "", *body])
    article = _parse(text)
    assert article.authors == ("Budi Santoso",)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert article.captions == (_cap(PICTURE, "dok"),)
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("glued", "credit"),
    [
        ("/KBR/Budi Santoso", "KBR/Budi Santoso"),
        (" KABARNUSA FOTO/Budi/bds.", "KABARNUSA FOTO/Budi/bds"),
    ],
)
def test_seed_layout_with_a_glued_credit(glued: str, credit: str) -> None:
    # The seed's layout, its caption ending in a date in brackets with the credit glued to it.
    header = [TITLE, "", "Budi Santoso", "", "Thursday, 14-09-2023 | 11:22 am", "", "KBR"]
    caption = "Warga melintasi jembatan baru di Kali Besar, Kota Contoh, Kamis (14/9)"
    text = "\n".join([*header, caption + glued, "", *BODY])
    article = _parse(text)
    assert article.captions == (_cap(caption, credit),)
    assert article.paragraphs == BODY
