import re
import sys
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse._normalize import captions
from newsparse._normalize.captions import (
    clean_credit,
    looks_like_credit,
    split_bracketed_source,
    split_credit,
)
from newsparse._normalize.phrases import CREDIT_LABELS, CREDIT_WORDS
from newsparse._normalize.whitespace import clean_line


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Kim bertemu Putin, Rabu (13/9) [ist]", ("Kim bertemu Putin, Rabu (13/9)", "ist")),
        ("Demo di Jakarta [Foto: Antara]", ("Demo di Jakarta", "Antara")),
        (
            "Warga mengungsi. (ANTARA FOTO/Budi Setya)",
            ("Warga mengungsi.", "ANTARA FOTO/Budi Setya"),
        ),
        ("Pemandangan kota (Foto: Ani/Kompas)", ("Pemandangan kota", "Ani/Kompas")),
        ("Galaxy S6 Edge & S6 (ist)", ("Galaxy S6 Edge & S6", "ist")),
        ("Foto: ANTARA/Fulan", ("", "ANTARA/Fulan")),
        ("Foto: Kim bertemu Putin (Reuters)", ("Kim bertemu Putin", "Reuters")),
        ("Kim at the station. Photo: Reuters", ("Kim at the station.", "Reuters")),
        ("A crowd in London. Getty Images", ("A crowd in London.", "Getty Images")),
        ("The team celebrates © AFP", ("The team celebrates", "AFP")),
        ("© Getty Images", ("", "Getty Images")),
        ("Foto: Budi", ("", "Budi")),
        ("Foto: Budi Santoso/Kompas", ("", "Budi Santoso/Kompas")),
        ("Quelle: dpa", ("", "dpa")),
        ("Un hombre en la calle, Foto: Ana Pérez", ("Un hombre en la calle", "Ana Pérez")),
        ("Un hombre en la calle. Fuente: EFE", ("Un hombre en la calle.", "EFE")),
        ("Un uomo in strada. Credito: Ansa", ("Un uomo in strada.", "Ansa")),
        ("Friedrich Merz Foto: REUTERS/Jane Roe", ("Friedrich Merz", "REUTERS/Jane Roe")),
        ("Ein Hund im Park. Foto: Miles Lilley.", ("Ein Hund im Park.", "Miles Lilley")),
        (
            "Ein Abend in Leipzig. Foto: picture alliance / SZ Photo | Anna Muster",
            ("Ein Abend in Leipzig.", "picture alliance / SZ Photo | Anna Muster"),
        ),
        ("Ein Mann am Bahnhof. Quelle: Anna Muster", ("Ein Mann am Bahnhof.", "Anna Muster")),
        (
            "KOMPAS.COM/MASRIADI Penyidik Polres Lhokseumawe menyerahkan senjata",
            ("Penyidik Polres Lhokseumawe menyerahkan senjata", "KOMPAS.COM/MASRIADI"),
        ),
        # Brackets that are not credits stay in the text.
        ("Warga (37) menonton, Rabu (13/9)", ("Warga (37) menonton, Rabu (13/9)", None)),
        ("Poster London Love Story", ("Poster London Love Story", None)),
        ("Some words (in brackets)", ("Some words (in brackets)", None)),
        ("Harga naik, katanya. (ant/rd)", ("Harga naik, katanya. (ant/rd)", None)),
        # A label alone names no one.
        (
            "Welche Folgen der Zins hat. (Symbolfoto)",
            ("Welche Folgen der Zins hat. (Symbolfoto)", None),
        ),
        # A credit word closing a sentence, in any script.
        ("Guest rooms were redesigned. Supplied", ("Guest rooms were redesigned.", "Supplied")),
        ("후보가 연설하고 있다. 연합뉴스", ("후보가 연설하고 있다.", "연합뉴스")),
        (
            "Wisuda Magister Manajemen ke-XV(Dok.IGI )",
            ("Wisuda Magister Manajemen ke-XV", "Dok.IGI"),
        ),
        ("사진은 모습. [사진 출처 = 캠프]", ("사진은 모습.", "캠프")),
        # Japanese forms: "photographed by", "＝source", a full-width copyright sign.
        (
            "警視庁を出る容疑者＝13日、東京で（潟沼義樹撮影）",
            ("警視庁を出る容疑者＝13日、東京で", "潟沼義樹"),
        ),
        (
            "テレビで見る国民（ソウルで、３日）＝ＡＰ",
            ("テレビで見る国民（ソウルで、３日）", "ＡＰ"),
        ),
        ("日本代表の石川（Ｃ）共同通信社", ("日本代表の石川", "共同通信社")),
        ("評価検討会＝１３日午後１０時３１分", ("評価検討会＝１３日午後１０時３１分", None)),
        # A credit glued to the last sentence by a slash, or closed by the editors' initials.
        (
            "Warga melintasi jembatan./Kabar.com/Ani Lestari",
            ("Warga melintasi jembatan.", "Kabar.com/Ani Lestari"),
        ),
        (
            "Warga melintasi jembatan. KABAR FOTO/Ani Lestari/abc.",
            ("Warga melintasi jembatan.", "KABAR FOTO/Ani Lestari/abc"),
        ),
        ("Lihat example.com/berita/jembatan", ("Lihat example.com/berita/jembatan", None)),
        (
            "Harga naik 3/4 persen. Warga/pedagang/abc",
            ("Harga naik 3/4 persen. Warga/pedagang/abc", None),
        ),
        # A spaced slash is split only when the text is known to be a caption.
        (
            "Polizei-Razzia in La Soledat / Lorenzo Marina",
            ("Polizei-Razzia in La Soledat / Lorenzo Marina", None),
        ),
    ],
)
def test_split_credit(caption: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(caption) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ist", True), ("ANTARA/Fulan", True), ("Foto: Fulan", True), ("13/9", False), ("37", False)],
)
def test_looks_like_credit(text: str, expected: bool) -> None:
    assert looks_like_credit(text) is expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Polizei-Razzia in La Soledat / Lorenzo Marina",
            ("Polizei-Razzia in La Soledat", "Lorenzo Marina"),
        ),
        (
            "Povilas Aleksandravičius / J. Stacevičiaus / LRT nuotr.",
            ("Povilas Aleksandravičius", "J. Stacevičiaus / LRT nuotr"),
        ),
        (
            "She will succeed Michael D. Higgins. | Niall Carson/PA Images via Getty Images",
            ("She will succeed Michael D. Higgins.", "Niall Carson/PA Images via Getty Images"),
        ),
        # A place after the slash is no credit.
        ("Blick auf die Altstadt / bei Nacht", ("Blick auf die Altstadt / bei Nacht", None)),
    ],
)
def test_split_credit_of_a_known_caption(caption: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(caption, known_caption=True) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A closing bracket of a few capitalised words names the picture's source.
        (
            "The platform where the fight began, according to police (Street Maps).",
            ("The platform where the fight began, according to police", "Street Maps"),
        ),
        ("Dig a hole in the sand. (Jane Roe)", ("Dig a hole in the sand.", "Jane Roe")),
        # An acronym, a label, or words in lower case in the closing bracket name no source.
        ("Ministers met in Brussels on Monday, the European Union (EU).", None),
        ("Sinken die Zinsen? (Symbolfoto)", None),
        ("The mayor cuts the ribbon (left).", None),
        ("Street Maps (Harbour)", None),  # too short a caption around it
    ],
)
def test_split_bracketed_source(caption: str, expected: tuple[str, str] | None) -> None:
    assert split_bracketed_source(caption) == expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("(Bild: Hersteller)", "Hersteller"),
        ("© Anett Seidler | Anett Seidler", "Anett Seidler"),
        ("Foto: Graeme Sloan (Getty)", "Graeme Sloan (Getty)"),
        ("IMAGO/ZUMA Press", "IMAGO/ZUMA Press"),
        ("Frank Franklin II/Copyright 2026 The AP. All rights reserved.", "Frank Franklin II"),
        # Not ASCII: the pattern itself is searched, in any case.
        ("Jürgen Roe / © 2024 Example Times. ALL RIGHTS RESERVED", "Jürgen Roe"),
        ("Ann Lee / Example Wire", "Ann Lee / Example Wire"),
        ("CreditCreditChang W. Lee/The New York Times", "Chang W. Lee/The New York Times"),
        # The plural label is a label, not a glued "Credit" before "s: ...".
        ("Credits: Jane Doe", "Jane Doe"),
        ("CREDITS: JANE DOE", "JANE DOE"),
        ("Image credits: Jane Doe/Example Wire", "Jane Doe/Example Wire"),
        ("Photo credits: Example Wire", "Example Wire"),
        ("CreditSusan Lee", "Susan Lee"),
        ("by Yusof Mat Isa", "Yusof Mat Isa"),
        ("사진 = 김혜진 기자", "김혜진 기자"),
        ("（代表撮影）", "代表"),
        ("©", None),
    ],
)
def test_clean_credit(credit: str, expected: str | None) -> None:
    assert clean_credit(credit) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # An account opening a caption is its source.
        (
            "Twitter @Persib Samsul Arif dan Purwaka Yudi gabung dengan skuad Persib.",
            ("Samsul Arif dan Purwaka Yudi gabung dengan skuad Persib.", "Twitter @Persib"),
        ),
        # "Dok." glued to a source: the last capitalised word opens the caption itself.
        (
            "Dok.Saleh Husin Menperin bersama pejabat Kementerian Perindustrian di Qingdao.",
            ("Menperin bersama pejabat Kementerian Perindustrian di Qingdao.", "Dok.Saleh Husin"),
        ),
        # A Korean caption closing with the photographer and "기자" (reporter).
        (
            "후보가 시민들에게 큰절을 올리고 있다. 고영권 기자",
            ("후보가 시민들에게 큰절을 올리고 있다.", "고영권"),
        ),
    ],
)
def test_credits_of_known_captions(caption: str, expected: tuple[str, str]) -> None:
    assert split_credit(caption, known_caption=True) == expected
    # In a text not known to be a caption these shapes name no credit: a paragraph may open
    # with an account or close with a reporter's name.
    assert split_credit(caption) == (caption, None)


def test_dok_needs_a_source_and_a_caption() -> None:
    text = "Dok.Kompas menunjukkan data itu."
    assert split_credit(text, known_caption=True) == (text, None)


_CREDIT_PIECES = st.sampled_from(
    [*sorted(CREDIT_WORDS), "Foto", "Photo", "(", ")", "[", "]", "（", "）", ".", "!", " ", "\n"]
) | st.text(max_size=3)


@given(
    st.lists(_CREDIT_PIECES, max_size=12).map("".join),
    st.sampled_from(["", ". ", "! ", " "]),
    st.sampled_from(["", *sorted(CREDIT_WORDS)]),
    st.sampled_from(["", ".", " ", ")", "]"]),
)
def test_the_credit_searches_skip_only_where_nothing_matches(
    head: str, stop: str, credit: str, end: str
) -> None:
    text = head + stop + credit + end
    # split_credit runs three searches only behind cheap tests; each test must hold wherever the
    # search finds something.
    caption = clean_line(text)
    closing = caption.rstrip()
    closing = closing[:-1].rstrip() if closing.endswith(".") else closing
    if captions._TRAILING_BRACKET.search(caption):
        assert closing.endswith((")", "]", "）"))
    if captions._TRAILING_LABEL.search(caption):
        assert caption[-1:] not in ".!?"
    agency = captions._TRAILING_AGENCY.search(caption)
    if agency is not None:
        assert not caption.endswith(captions._BRACKET_ENDS)
    if agency is not None and "\n" not in caption:
        assert agency.start() >= len(caption) - captions._AGENCY_REACH


def test_no_credit_word_matches_a_closing_bracket_ignoring_case() -> None:
    # A text ending in a closing bracket (and a full stop) is not searched for a closing agency.
    for word in CREDIT_WORDS:
        for char in word:
            for bracket in ")]）":
                assert re.fullmatch(re.escape(char), bracket, re.I) is None


@given(st.text(alphabet="0123456789 /.,-\t\n\u00a0\u200b", max_size=12))
@example("13/9")
@example(" . ")
def test_an_ascii_date_is_no_credit(text: str) -> None:
    # looks_like_credit answers an ASCII date at once: cleaned and normalised it stays a date or
    # is empty, which the full reading also rules out.
    value = unicodedata.normalize("NFKC", clean_line(text)).strip(" .")
    if text.isascii() and captions._DATE_LIKE.match(text):
        assert not value or captions._DATE_LIKE.match(value)
    if not value or captions._DATE_LIKE.match(value):
        assert not looks_like_credit(text)


_CAPTION_PIECES = st.sampled_from(
    [
        "Warga ",
        "(",
        ")",
        "[",
        "]",
        "（",
        "）",
        " ",
        ".",
        "ANTARA/Budi",
        "Foto: Ani",
        "13/9",
        "x" * 40,
    ]
)


@given(st.lists(_CAPTION_PIECES | st.text(max_size=3), max_size=16).map("".join))
@example("Warga mengungsi [" + "x" * 80 + "] .")
@example("Warga mengungsi (ANTARA/" + "x" * 70 + ").")
@example("Warga mengungsi\n(ANTARA/Budi)")
@example("Warga (13/9) mengungsi (ANTARA/Budi) .")
@example("Warga [ist] [Foto: Ani]")
def test_the_closing_bracket_is_found_from_the_last_opening_one(text: str) -> None:
    # split_credit looks for a closing bracket only from the last opening bracket of its kind
    # (or the space before it) on a caption of one line: it must split as the search along the
    # whole caption does.
    near_end = split_credit(text)
    original = captions._bracket_reach
    captions._bracket_reach = lambda caption, closer: 0
    try:
        assert near_end == split_credit(text)
    finally:
        captions._bracket_reach = original


_LABELLED_PIECES = st.sampled_from(
    ["Warga ", "Foto", "Photo by", ":", "：", " ", "(", "[", ")", ".", "Ani/Kompas", "x" * 60]
)


@given(st.lists(_LABELLED_PIECES | st.text(max_size=3), max_size=16).map("".join))
@example("Warga mengungsi Foto: Ani")
@example("Warga mengungsi ((((((((((((((((Foto: Ani")
@example("Kata dia: banjir. Foto: Ani/Kompas.")
@example("Warga mengungsi Foto: " + "x" * 119 + ")")
@example("Warga mengungsi Foto: " + "x" * 121)
@example("Warga\nFoto: Ani")
def test_a_labelled_credit_is_found_from_the_last_colon(text: str) -> None:
    # split_credit looks for a "Label: credit" ending a one-line caption only around its last
    # colon, and not at all when the line runs on too far after it: it must split as the search
    # along the whole caption does.
    near_colon = split_credit(text)
    original = captions._labelled_credit
    captions._labelled_credit = lambda caption: (
        captions._LABELLED_CREDIT.search(caption) if ":" in caption or "：" in caption else None
    )
    try:
        assert near_colon == split_credit(text)
    finally:
        captions._labelled_credit = original


@given(st.lists(_LABELLED_PIECES | st.text(max_size=3), max_size=16).map("".join))
@example("Warga mengungsi Foto Ani")
def test_a_labelled_credit_needs_a_colon(text: str) -> None:
    # split_credit does not look for a "Label: credit" in a caption without a colon.
    if captions._LABELLED_CREDIT.search(text) is not None:
        assert ":" in text or "：" in text


#: The pattern the closing "撮影" was found with (now read from the credit's end).
_PHOTOGRAPHED = re.compile(r"\s*撮影$")


def _strip_label_by_patterns(credit: str) -> str:
    """The credit's label and a closing "撮影" taken off by the patterns alone, as before."""
    value = clean_line(captions._LABEL_PREFIX.sub("", clean_line(credit))).strip(" .")
    return _PHOTOGRAPHED.sub("", value) or value


def _label_prefix_tried_always(value: str) -> re.Match[str] | None:
    return captions._LABEL_PREFIX.match(value)


_LABEL_PIECES = st.sampled_from(
    [
        *sorted(CREDIT_LABELS),
        "by",
        "BY",
        "bY",
        ":",
        "：",
        "=",
        "/",
        " ",
        ".",
        "撮影",
        " 撮影",
        "ist",
        "Reuters",
        "\n",
        "\u00a0",
    ]
)


@given(st.lists(_LABEL_PIECES | st.text(max_size=3), max_size=8).map("".join))
@example("Foto: Ani")
@example("Photo by Ani")
@example("Foto/Ani")
@example("Foto = Ani")
@example("ist")
@example("潟沼義樹撮影")
@example(" Foto :  Ani . ")
def test_the_credit_label_is_looked_for_only_where_it_can_stand(text: str) -> None:
    # A credit's label is tried only on a value holding a colon, an equals sign, a slash or a
    # "y", and "撮影" only where it stands: _strip_label and looks_like_credit must answer as
    # the patterns tried on every value do.
    assert captions._strip_label(text) == _strip_label_by_patterns(text)
    value = clean_line(text)
    found = captions._label_prefix(value)
    expected = captions._LABEL_PREFIX.match(value)
    assert (found and found.span()) == (expected and expected.span())
    looks = captions.looks_like_credit(text)
    original = captions._label_prefix
    captions._label_prefix = _label_prefix_tried_always
    try:
        assert looks == captions.looks_like_credit(text)
    finally:
        captions._label_prefix = original


def test_only_y_and_capital_y_match_a_y_ignoring_case() -> None:
    # (The reason "by" is looked for as a "y" or a "Y".)
    pattern = re.compile("y", re.IGNORECASE)
    assert [chr(code) for code in range(sys.maxunicode + 1) if pattern.match(chr(code))] == [
        "Y",
        "y",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("NASA via AP", True),
        ("Jane Roe / NASA via AP", True),
        ("Jane Roe / Getty Images file", True),
        ("Jane Roe/Example Pool", True),
        ("Jane Roe/AFP/Getty Images", True),
        ("Sent via Email", False),  # ("Email" names no agency)
        ("AUD/USD", False),  # (two single words: a currency pair)
        ("Home / World / Europe / Politics Today", False),  # (a trail of a site's sections)
        ("A few slices of orange and/or apple", False),
        ("He travelled via AP.", False),
        ("Photo 2/5 via AP", False),
        ("SIGN IN / REGISTER TO READ MORE", False),  # (a call in capitals)
        ("Listen: Jane Roe, Harbour Songs / Example Records", False),  # (a comma: a list)
        ("AFP/GETTY IMAGES", True),
    ],
)
def test_a_credit_on_a_line_of_its_own_is_told_without_a_label(line: str, expected: bool) -> None:
    assert captions.lone_credit(line) is expected


_STORY_LINES = [
    "The space agency launched its newest climate satellite before dawn on Thursday morning.",
    "The satellite will spend at least three years studying the oceans and the air above them.",
    "The satellite detaches from the rocket in orbit on Thursday.",
    "NASA via AP",
    "Scientists expect to start getting data from the new satellite in a month or two.",
    "The project persevered despite several efforts over the years to cancel it outright.",
]


def test_a_caption_over_its_unlabelled_credit_line_is_a_caption() -> None:
    article = newsparse.parse_article("\n\n".join(_STORY_LINES))
    assert [(found.text, found.credit) for found in article.captions] == [
        ("The satellite detaches from the rocket in orbit on Thursday.", "NASA via AP")
    ]
    assert list(article.paragraphs) == [*_STORY_LINES[:2], *_STORY_LINES[4:]]


def test_a_pictures_button_label_is_no_part_of_its_caption() -> None:
    lines = [
        *_STORY_LINES[:2],
        "View image in fullscreen A boat waits at the quay. Photograph: Jane Roe/Example Images",
        *_STORY_LINES[4:],
    ]
    article = newsparse.parse_article("\n\n".join(lines))
    assert [(found.text, found.credit) for found in article.captions] == [
        ("A boat waits at the quay.", "Jane Roe/Example Images")
    ]


def test_a_hidden_email_address_in_square_brackets_is_no_credit() -> None:
    line = "Jane Roe has covered the courts since 2010. She can be reached at [email protected]"
    assert split_credit(line) == (line, None)
    assert split_credit("The quay at dawn. [Jane Roe]") == ("The quay at dawn.", "Jane Roe")
