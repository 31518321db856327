"""Text dumps: a wire story's note on where its writers reported from, a date's or a tool's label
alone on its line, datelines (stripped of their marks, alone in the header, an agency before a bar)
and teasers glued to their summaries under the text (issue 9, round 34's tune dumps; made-up
stories)."""

from __future__ import annotations

import pytest

import newsparse

_BODY = (
    "The city council approved a new budget for the riverside park on Monday, officials said.",
    "Work will begin next spring and take two years to finish, the mayor's office said.",
    "Residents said they hoped the park would become a place for children to play.",
    "The council will vote on the final design in the autumn.",
)


def _parse(dump: str) -> newsparse.Article:
    return newsparse.parse_article(dump, kind="text")


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        # after the wire's closing rule, on a line of its own
        (
            "___\n\nRoe reported from Portville. Associated Press writer Ann Lee in Kingston"
            " contributed to this report.",
            ("Roe",),
        ),
        # on the rule's own line
        ("____ Roe and Doe reported from Portville.", ("Roe", "Doe")),
        # the last line of the text, with a second writer and place
        ("Jane Roe reported from Portville, and John Doe from Kingston.", ("Jane Roe", "John Doe")),
    ],
)
def test_a_note_on_where_the_writers_reported_from_names_them(
    note: str, authors: tuple[str, ...]
) -> None:
    article = _parse("\n\n".join(_BODY) + "\n\n" + note + "\n")
    assert article.authors == authors


def test_a_byline_wins_over_the_reporters_note() -> None:
    dump = "By Mary Major\n\n" + "\n\n".join(_BODY) + "\n\n___\n\nRoe reported from Portville.\n"
    assert _parse(dump).authors == ("Mary Major",)


def test_a_sentence_of_the_text_saying_an_outlet_reported_names_nobody() -> None:
    dump = "\n\n".join(_BODY) + "\n\nThe Daily Courier reported from the scene on Monday.\n"
    assert _parse(dump).authors == ()


@pytest.mark.parametrize("label", ["Published", "Posted", "Publiziert", "Updated"])
def test_a_dates_label_over_the_date_line_is_no_writers_name(label: str) -> None:
    dump = (
        "City Council Approves New Park Budget\n\n"
        f"{label}\n14 September 2023\n\n" + "\n\n".join(_BODY) + "\n"
    )
    article = _parse(dump)
    assert article.title == "City Council Approves New Park Budget"
    assert article.authors == ()
    # (an update's label alone over its date: the date is the update's, never the publication's,
    # as on one line; round 51, acc9-51)
    dated = article.modified if label == "Updated" else article.published
    assert dated is not None
    assert dated.isoformat()[:10] == "2023-09-14"
    if label == "Updated":
        assert article.published is None
    assert article.paragraphs == _BODY


@pytest.mark.parametrize(
    "header",
    [
        "Judul\n14 September 2023",  # a tool's title label over the date line, colon lost
        "14 September 2023\nSummary",  # a summary box's heading under it
    ],
)
def test_a_tools_label_by_the_date_line_is_no_writers_name(header: str) -> None:
    dump = "City Council Approves New Park Budget\n\n" + header + "\n\n" + "\n\n".join(_BODY)
    article = _parse(dump + "\n")
    assert article.authors == ()
    assert article.paragraphs == _BODY


def test_a_one_word_name_over_the_date_line_is_still_the_writer() -> None:
    dump = (
        "City Council Approves New Park Budget\n\nBinsar\n14 September 2023\n\n"
        + "\n\n".join(_BODY)
        + "\n"
    )
    assert _parse(dump).authors == ("Binsar",)


_STRIPPED_LEDE = (
    "The city council approved a new budget for the riverside park on Monday officials said"
    " Work will begin next spring and take two years to finish the mayors office said Residents"
    " said they hoped the park would become a place for children to play and that the old"
    " playground would be rebuilt The council will vote on the final design in the autumn after"
    " a round of public meetings in every district of the city"
)


@pytest.mark.parametrize(
    ("place", "lede"),
    [("PORTVILLE NJ", _STRIPPED_LEDE), ("KINGSTON Ill", _STRIPPED_LEDE)],
)
def test_a_dateline_whose_marks_were_stripped_is_split_off(place: str, lede: str) -> None:
    dump = f"Headline: City Council Approves New Park Budget\nArticle: {place}  {lede}\n"
    article = _parse(dump)
    assert article.dateline == place
    assert article.paragraphs == (lede,)


def test_a_lede_with_its_marks_keeps_a_word_in_capitals() -> None:
    # A lede of running text holds a comma or a full stop early: its word in capitals stays.
    lede = "NASA The agency said on Monday, after a long review, that the launch would go ahead."
    dump = "\n\n".join((lede, *_BODY)) + "\n"
    article = _parse(dump)
    assert article.dateline is None
    assert article.paragraphs[0] == lede


_LONGER_BODY = (
    *_BODY,
    "Two playgrounds, a skate park and a cafe are part of the plan, the council said.",
    "The old boathouse will be kept and turned into a small museum of the river's history.",
    "Some residents asked for more trees along the water, and the council agreed to plant them.",
    "A second vote on the cost of the bridge over the river is due next year.",
)


def test_teasers_glued_to_their_summaries_under_the_text_are_left_out() -> None:
    teasers = (
        "Is tea good for you?Here is what the experts say",
        "Which fruit is the healthiest?This one helps the heart.",
    )
    article = _parse("\n\n".join((*_LONGER_BODY, *teasers)) + "\n")
    assert article.paragraphs == _LONGER_BODY
    assert any("teasers" in warning for warning in article.warnings)


def test_one_glued_question_closing_the_text_stays() -> None:
    last = "Who will pay for it?The council did not say."
    article = _parse("\n\n".join((*_LONGER_BODY, last)) + "\n")
    assert article.paragraphs == (*_LONGER_BODY, last)


_BODY_ID = (
    "Dewan kota menyetujui anggaran baru untuk taman di tepi sungai pada Senin, kata pejabat.",
    "Pekerjaan akan dimulai musim semi depan dan memakan waktu dua tahun.",
    "Warga berharap taman itu menjadi tempat bermain anak-anak.",
)


def test_a_place_and_outlet_under_the_date_line_is_the_dateline() -> None:
    dump = (
        "Dewan Kota Setujui Anggaran Taman Baru\n14 September 2023\nKOTA CONTOH, Kabar.com\n\n"
        + "\n\n".join(_BODY_ID)
        + "\n"
    )
    article = _parse(dump)
    assert article.authors == ()
    assert article.dateline == "KOTA CONTOH, Kabar.com"
    assert article.site_name == "Kabar.com"
    assert article.paragraphs == _BODY_ID


def test_a_reporters_name_and_outlet_under_the_date_line_is_the_byline() -> None:
    dump = (
        "Dewan Kota Setujui Anggaran Taman Baru\n14 September 2023\nSiti Aminah, Kabar.com\n\n"
        + "\n\n".join(_BODY_ID)
        + "\n"
    )
    assert _parse(dump).authors == ("Siti Aminah",)


def test_an_agency_dateline_with_a_bar_is_split_off() -> None:
    first = "KOTA CONTOH (KANTOR) | " + _BODY_ID[0]
    article = _parse("\n\n".join((first, *_BODY_ID[1:])) + "\n")
    assert article.dateline == "KOTA CONTOH (KANTOR)"
    assert article.paragraphs == _BODY_ID


@pytest.mark.parametrize("credit", ["© Getty Images", "© Rolf Zoellner/imago", "©Ambroise Tézenas"])
def test_a_picture_credit_after_a_copyright_sign_does_not_end_the_story(credit: str) -> None:
    # copy9-50: a picture's credit under the lede was read as the page's copyright line, and
    # the running text under it left out as the page's.
    dump = "Park budget approved\n\n" + "\n\n".join((_BODY[0], credit, *_BODY[1:])) + "\n"
    article = _parse(dump)
    assert article.paragraphs == _BODY
    assert article.warnings == (f"left out a picture credit without a caption: {credit!r}",)


@pytest.mark.parametrize(
    ("line", "below"),
    [
        ("© 2024 Kabar Media", _BODY[1]),  # a year: the page's copyright line
        ("© Kabar Media. All rights reserved.", _BODY[1]),  # a sentence's stop
        ("© Kabar Media, a part of the Contoh Group", _BODY[1]),  # too many words
        ("© Kabar Media", "Share\n\nImpressum"),  # no running text within two lines under it
    ],
)
def test_a_copyright_line_still_ends_the_story(line: str, below: str) -> None:
    dump = "Park budget approved\n\n" + "\n\n".join((_BODY[0], line, below, *_BODY[2:])) + "\n"
    assert _parse(dump).paragraphs == (_BODY[0],)


_LEDE_ID = (
    "Dewan kota menyetujui anggaran baru untuk taman di tepi sungai pada hari Senin, kata pejabat"
    " setempat kepada wartawan."
)
_CAPTION_ID = "Wali kota meninjau lokasi taman di tepi sungai, Rabu (13/9)"
_MORE_ID = (
    "Pekerjaan akan dimulai musim semi depan dan memakan waktu dua tahun, kata kantor wali kota"
    " kepada wartawan.",
    "Warga berharap taman itu menjadi tempat bermain bagi anak-anak di kota mereka yang padat.",
)


def test_a_credit_in_square_brackets_under_a_caption_credits_it() -> None:
    # copy9-50: a caption's credit on a line of its own (the seed closes a caption line with
    # it) was read as an editor's sign-off, and the running text under it left out.
    dump = "\n\n".join(
        ("Dewan Kota Setujui Anggaran Taman", _LEDE_ID, _CAPTION_ID, "[ist]", *_MORE_ID)
    )
    article = _parse(dump + "\n")
    assert article.paragraphs == (_LEDE_ID, *_MORE_ID)
    assert [(c.text, c.credit) for c in article.captions] == [(_CAPTION_ID, "ist")]
    assert article.warnings == ()


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ((_LEDE_ID,), _MORE_ID[0]),  # under a sentence: an editor's sign-off
        ((_LEDE_ID, _CAPTION_ID), "dan " + _MORE_ID[1]),  # the rest of a sentence: a note's mark
    ],
)
def test_a_sign_off_in_square_brackets_still_ends_the_story(
    above: tuple[str, ...], below: str
) -> None:
    dump = "\n\n".join(("Dewan Kota Setujui Anggaran Taman", *above, "[ab]", below, _MORE_ID[1]))
    article = _parse(dump + "\n")
    assert article.paragraphs == above
    assert article.captions == ()
