import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse._normalize.boilerplate import (
    _LONG_HEADS,
    _LONG_OPENINGS_BY_FIRST,
    _LONGEST_LINE,
    heads_no_list,
    is_boilerplate,
    is_list_header,
    is_signoff,
    is_terminal,
    key,
    line_kinds,
    line_role,
    of_no_kind,
    parse_tags_line,
)
from newsparse._normalize.datelines import Dateline, find_dateline, read_dateline
from newsparse._normalize.phrases import (
    BOILERPLATE_LINES,
    BOILERPLATE_PREFIXES,
    LIST_HEADERS,
    SHARE_WORDS,
    TERMINAL_LINES,
    TERMINAL_PREFIXES,
)
from newsparse._normalize.whitespace import clean_line


@pytest.mark.parametrize(
    "line",
    [
        "KOMENTAR",
        "Baca juga: Harga beras naik lagi",
        "Baca Juga",
        "BACA: Harga beras naik",
        "Lihat juga",
        "Simak juga video ini",
        "Editor: Ade Marboen",
        "Editor   : Ervan Hardoko",
        "Tags: politik, rusia",
        "Sumber  : The Telegraph",
        "13Shares",
        "* Facebook",
        "(fyk/ash)",
        "(Cas/Isk)",
        "dibaca 53,203 kali",
        "COPYRIGHT © ANTARA 2015",
        "\u00a0",
        "/",
        "Bisher keine Kommentare",
        "Keine Kommentare.",
        "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.",
        "Das könnte Sie auch interessieren!",
        "Über den Autor",
        "Empfohlene Beiträge",
        "(Noch keine Bewertungen)",
        "Titelbild: Geyres Christophe/picture-alliance",
        "Fehler gefunden?Jetzt melden.",
        "You must be logged in to post a comment.",
        "Zum Weiterlesen:",
        "Anzeige",
        "Anzeige, enthält Affiliate Links",
        "(Alle Angaben ohne Gewähr)",
        "Permalien https://p.dw.com/p/RPYx",
        "Photograph by Ed Marshall, Restoration Programme",
        "Bildrechte: MDR/David Straub",
        "Lust auf mehr? Lass dir die besten Geschichten jede Woche schicken.",
        "Hauptinhalt",
        # A call to follow the outlet on a channel.
        "Ikuti Contoh.com di Google News",
        "Follow Example Times on Google News",
        "Simak berita pilihan lainnya di WhatsApp Channel",
        "Sertai saluran Telegram kami",
        # A share bar's residue: a share word and networks' names, in several languages.
        "Share",
        "Share on Facebook",
        "Share: Facebook Twitter Email",
        "Partager sur Facebook",
        "Beitrag teilen:",
        "分享到：",
        "分享到：微信微博QQ空间",
        "シェアする",
        "공유하기",
        # A widget's label with the count it shows.
        "KOMENTAR (0)",
        "Kommentare(0)",
        "Comments [1,024]",
        # The rule under a Markdown table's first row, as renderers write it.
        "---|---",
        "|---|---|",
        "| :--- | ---: |",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)
    assert line_kinds(line)[1]


@pytest.mark.parametrize(
    "line",
    [
        "Kim dan Putin menggelar diskusi di pusat peluncuran.",
        "Komentar Presiden itu disambut hangat oleh para menteri.",
        "Editor senior itu mengundurkan diri kemarin.",
        "Baca buku setiap hari, kata dia.",
        "Keine Kommentare gab es von der Stadtverwaltung zu den Plänen.",
        "Teilen wollte er die Beute nicht.",
        "Anzeigen gegen den Bürgermeister wurden nicht erstattet.",
        "Werbung für Tabak ist seit 2021 verboten.",
        "Photographers gathered outside the court on Monday.",
        # A sentence naming a channel, going on past its name or holding a comma.
        "Ikuti perkembangan kasus ini di WhatsApp resmi pemkot Contoh.",
        "Baca pesan itu di Telegram, kata Budi.",
        "Follow the money, the Google News team said.",
        "Update: the police said the video was first shared on Telegram",
        # A share word opening a sentence, or before a word that is no network's name.
        "Share prices fell sharply on Monday.",
        "Share Xbox games with your family",
        "Partager la route avec les cyclistes reste difficile.",
        "分享经济发展迅速。",
        # A count after words that are no widget's label.
        "Pasal 5 (2)",
        "Komentar Presiden (2)",
        # A table's row of words, or a score written with bars and hyphens, is no rule.
        "| Editor | Budi |",
        "--- 2 | 1 ---",
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)
    assert not line_kinds(line)[1]


def test_a_counted_widget_label_ends_nothing() -> None:
    # "Comments (32)" also stands under a headline, over the story: only the label alone ends it.
    assert is_terminal("KOMENTAR")
    assert not is_terminal("KOMENTAR (0)")
    assert line_kinds("KOMENTAR (0)") == (None, True, False)


def test_terminal_list_and_signoff() -> None:
    assert is_terminal("KOMENTAR")
    assert is_terminal("Berita Lainnya")
    assert is_terminal("COPYRIGHT © ANTARA 2015")
    assert not is_terminal("Baca juga")
    assert is_list_header("Baca Juga")
    assert is_list_header("Terkait")
    assert is_list_header("People are also reading…")
    assert not is_list_header("Terkait hal itu, polisi menahan dua orang.")
    assert is_signoff("(fyk/ash)")
    assert not is_signoff("(13/9)")
    # One editor's initials in lower case sign off too; capitals in brackets are an agency.
    assert is_signoff("(bin)")
    assert is_signoff("[dmk]")
    assert not is_signoff("(AFP)")
    assert not is_signoff("(Reuters)")
    assert not is_signoff("(abcde)")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tags: politik, Rusia, Korea Utara", ("politik", "Rusia", "Korea Utara")),
        ("Topik: #pemilu #jakarta", ("pemilu", "jakarta")),
        ("Kata kunci: a; b; a", ("a", "b")),
        ("Tagihan listrik naik", None),
    ],
)
def test_parse_tags_line(line: str, expected: tuple[str, ...] | None) -> None:
    assert parse_tags_line(line) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("JAKARTA - Harga beras naik.", "JAKARTA"),
        # The dateline as printed, without its dash or colon.
        ("MAMUJU, MDN - Warga berkumpul.", "MAMUJU, MDN"),
        (
            "LHOKSEUMAWE, KOMPAS.com – Penyidik Polres melimpahkan berkas.",
            "LHOKSEUMAWE, KOMPAS.com",
        ),
        ("KUALA LUMPUR: The ringgit rose on Friday.", "KUALA LUMPUR"),
        (
            "Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.",
            "Mataram, NTB (ANTARA News)",
        ),
        ("Liputan6.com, Jakarta - Indonesia memasuki fase dinamis.", "Liputan6.com, Jakarta"),
        ("Jakarta -", "Jakarta"),
        # A run of dashes after the place is the dash, not part of the place's word.
        ("SOLO--- Warga berkumpul.", "SOLO"),
        ("Jakarta-Bandung - Tol dibuka.", "Jakarta-Bandung"),
        ("Kim dan Putin menggelar diskusi - kata dia.", None),
        ("Kata dia: ini penting.", None),
        ("Kantor berita Rusia Tass, melaporkan pemimpin Korea Utara.", None),
    ],
)
def test_find_dateline(paragraph: str, expected: str | None) -> None:
    assert find_dateline(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("JAKARTA - Harga beras naik.", Dateline("JAKARTA", place="JAKARTA")),
        ("MAMUJU, MDN - Warga berkumpul.", Dateline("MAMUJU, MDN", place="MAMUJU")),
        (
            "LHOKSEUMAWE, KOMPAS.com – Penyidik.",
            Dateline("LHOKSEUMAWE, KOMPAS.com", place="LHOKSEUMAWE", source="KOMPAS.com"),
        ),
        (
            "Liputan6.com, Jakarta - Indonesia.",
            Dateline("Liputan6.com, Jakarta", place="Jakarta", source="Liputan6.com"),
        ),
        (
            "Mataram, NTB (ANTARA News) - Sebanyak.",
            Dateline("Mataram, NTB (ANTARA News)", place="Mataram", source="ANTARA News"),
        ),
        (
            "PORT TOWN, Ore. — The council met.",  # a state's abbreviation after the town
            Dateline("PORT TOWN, Ore.", place="PORT TOWN"),
        ),
        # A wire story's filing day between the place and the agency, or with no place at all
        # (then the agency stands for the place).
        (
            "PORTVILLE, Oct 19 (Kabar Wire) - Shares fell.",
            Dateline("PORTVILLE, Oct 19 (Kabar Wire)", "PORTVILLE", "Kabar Wire"),
        ),
        (
            "PORTVILLE, 3 March 2024 (Kabar Wire) - Shares.",
            Dateline("PORTVILLE, 3 March 2024 (Kabar Wire)", "PORTVILLE", "Kabar Wire"),
        ),
        (
            "KOTA CONTOH, 5 Okt (Kabar) - Harga naik.",
            Dateline("KOTA CONTOH, 5 Okt (Kabar)", "KOTA CONTOH", "Kabar"),
        ),
        (
            "Oct 19 (Kabar Wire) - Three boats sank.",
            Dateline("Oct 19 (Kabar Wire)", "Kabar Wire", "Kabar Wire"),
        ),
        # Places a story was filed from at once, joined by slashes.
        (
            "PORTVILLE/EAST HAVEN, March 7 (Kabar Wire) - Shares fell.",
            Dateline(
                "PORTVILLE/EAST HAVEN, March 7 (Kabar Wire)", "PORTVILLE/EAST HAVEN", "Kabar Wire"
            ),
        ),
        (
            "Portville/Easton - Die Preise steigen.",
            Dateline("Portville/Easton", "Portville/Easton"),
        ),
        # A colon after the outlet in brackets or after its address, a comma before the
        # brackets, an address in capitals or opening in lower case, and the address alone.
        (
            "KOTA CONTOH (Harian Contoh): Harga naik.",
            Dateline("KOTA CONTOH (Harian Contoh)", "KOTA CONTOH", "Harian Contoh"),
        ),
        ("MEDAN, Contoh.id: Harga naik.", Dateline("MEDAN, Contoh.id", "MEDAN", "Contoh.id")),
        ("MEDAN, (HC) - Harga naik.", Dateline("MEDAN, (HC)", "MEDAN", "HC")),
        (
            "KABAR.CO, Jakarta - Harga naik.",
            Dateline("KABAR.CO, Jakarta", "Jakarta", "KABAR.CO"),
        ),
        ("JAKARTA, eKabar.id - Harga.", Dateline("JAKARTA, eKabar.id", "JAKARTA", "eKabar.id")),
        ("Contoh.com - Harga beras naik.", Dateline("Contoh.com", "Contoh.com", "Contoh.com")),
        ("Harga beras naik pekan ini.", None),
        ("May 8 - the day the board met.", None),  # a day alone, no agency: no dateline
        ("Jakarta (Harian Contoh): Harga naik.", None),  # a colon needs a place in capitals
        ("Contoh.com: Harga naik.", None),  # ... and an address alone, a dash
    ],
)
def test_read_dateline_names_the_outlet(paragraph: str, expected: Dateline | None) -> None:
    assert read_dateline(paragraph) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "  ",
        "KOMENTAR",
        "Copyright 2023 PT Media",
        "(fyk/ash)",
        "[ant/rd].",
        "(Foto: Ani)",
        "Baca juga",
        "Baca juga: Harga beras naik",
        "Berita Terkait",
        "Tags: politik, ekonomi",
        "13 Shares",
        "***",
        "---|---",
        "Kim dan Putin menggelar diskusi di pusat peluncuran ruang angkasa.",
        "(Reuters) Kim dan Putin bertemu.",
    ],
)
def test_line_kinds_match_the_three_tests(line: str) -> None:
    # line_kinds reads the line once for all three; each answer must be the plain test's.
    assert line_kinds(line) == (line_role(line), is_boilerplate(line), is_list_header(line))


def test_line_kinds_of_long_lines_opening_with_a_phrase() -> None:
    # A line too long for the tables, opening with no phrase, bracket or digit and holding no
    # colon, is settled at once as none of the kinds: each phrase a key may open with must still
    # make a long line opening with it the kind the three tests say.
    tail = " kata dia di depan para wartawan yang menunggu di luar gedung sejak pagi hari"
    for phrase in (*BOILERPLATE_PREFIXES, *TERMINAL_PREFIXES, "1.229 views", "dibaca 53 kali"):
        line = phrase + tail
        assert len(key(line)) > _LONGEST_LINE
        kinds = line_kinds(line)
        assert kinds == (line_role(line), is_boilerplate(line), is_list_header(line)), line
    assert line_kinds("Tags: " + tail) == (None, True, False)


_OPENINGS = st.sampled_from(
    [*BOILERPLATE_PREFIXES, *TERMINAL_PREFIXES, *SHARE_WORDS, *LIST_HEADERS, "Tags", "13 views"]
)


@given(
    st.one_of(_OPENINGS, _OPENINGS.map(str.upper), _OPENINGS.map(str.title), st.just("")),
    st.sampled_from(["", " ", ": ", ":", "\uff1a", "\u03a3", "\u0130", "- ", "* ", "("]),
    st.text(st.sampled_from("aB \u03a3\u0130.:-*(1"), max_size=12),
    st.integers(min_value=0, max_value=120),
    st.sampled_from(["", ".", "..", " .", ":", "\u03a3.", ")"]),
)
@example("Bagikan", " ", "", 100, ".")  # a long paragraph opening with a share word's letters
@example("", "", "Pada", 100, "")
@example("Tags", ": ", "", 100, "")  # a long tags line: its colon keeps it from the quick path
@example("Komentar", "", "", 100, "..")  # long, and its key loses two closing marks
@example("", "* ", "Baca juga", 100, "")  # a bullet opens it: the key's start is stripped
def test_line_kinds_of_lines_long_and_short_match_the_three_tests(
    opening: str, glue: str, middle: str, length: int, end: str
) -> None:
    # Long lines are told from their first characters lowered, short ones opening with no phrase
    # skip the phrase tests: around both thresholds (82 characters, the longest phrase), with
    # phrases, marks, capital sigmas and dotted capitals, each answer must be the plain test's.
    line = clean_line(opening + glue + middle + "kata dia " * (length // 9) + end)
    expected = (line_role(line), is_boilerplate(line), is_list_header(line))
    assert line_kinds(line, clean=True) == expected


def test_line_kinds_read_every_phrase_of_the_line_tables() -> None:
    # line_kinds looks a key up in the tables only when no longer than their longest phrase: each
    # phrase that is its own key, the longest ones included, must still be found.
    assert max(map(len, (*BOILERPLATE_LINES, *LIST_HEADERS, *TERMINAL_LINES))) == _LONGEST_LINE
    for table, kind in ((BOILERPLATE_LINES, 1), (LIST_HEADERS, 2)):
        for phrase in table:
            if key(phrase) == phrase:
                assert line_kinds(phrase)[kind], phrase
    for phrase in TERMINAL_LINES:
        if key(phrase) == phrase:
            assert line_kinds(phrase)[0] == "end", phrase
    longest = [p for p in BOILERPLATE_LINES if len(p) == _LONGEST_LINE and key(p) == p]
    assert longest, "the test reads no phrase of the longest length"


_TAIL = " kata dia di depan para wartawan yang menunggu di luar gedung sejak pagi hari."


def test_every_ascii_case_of_a_long_opening_is_read_in_full() -> None:
    # A long line opening with three ASCII characters outside _LONG_HEADS is settled without
    # lowering its start: every opening, its first three letters in any ASCII case, must still
    # make the line the kind the three tests say (dropping a head from the set fails this).
    openings = [opening for group in _LONG_OPENINGS_BY_FIRST.values() for opening in group]
    assert all(len(opening) >= 3 or not opening.isascii() for opening in openings)
    for opening in openings:
        for mask in range(8):
            head = "".join(
                char.upper() if mask >> index & 1 else char
                for index, char in enumerate(opening[:3])
            )
            line = head + opening[3:] + _TAIL
            expected = (line_role(line), is_boilerplate(line), is_list_header(line))
            assert line_kinds(line, clean=True) == expected, line
            assert not of_no_kind([line])[0] or expected == (None, False, False), line
    assert "BAC" in _LONG_HEADS
    assert "bAc" in _LONG_HEADS


@given(
    st.one_of(_OPENINGS, _OPENINGS.map(str.upper), _OPENINGS.map(str.title), st.just("")),
    st.sampled_from(["", " ", ":", "\u212a", "\u0130", "\u03a3", "1", "( ", "- ", "\u00c0 "]),
    st.text(st.sampled_from("aBkK \u212a\u0130.:-(1"), max_size=6),
    st.integers(min_value=60, max_value=120),
    st.sampled_from(["", ".", "..", ":", ")"]),
)
@example("", "\u212a", "lik di sini", 100, ".")  # a Kelvin sign lowers to "k"
@example("", "", "Klik di sini", 100, ".")
@example("", "\u0130", "kuti berita", 100, ".")  # a dotted capital I lowers to two characters
@example("", "", "1.229 views", 100, "")  # a counter opens with a digit
def test_of_no_kind_says_no_kind_only_of_lines_of_no_kind(
    opening: str, glue: str, middle: str, length: int, end: str
) -> None:
    # of_no_kind tells many lines at once by line_kinds' first test: a line it says is of no
    # kind must be of none by the three tests, with colons looked for or not.
    line = clean_line(opening + glue + middle + "kata dia " * (length // 9) + end)
    if not line:
        return
    kinds = (line_role(line), is_boilerplate(line), is_list_header(line))
    assert line_kinds(line, clean=True) == kinds
    flags = of_no_kind([line]) + (of_no_kind([line], colons=False) if ":" not in line else [])
    assert not any(flags) or kinds == (None, False, False)


@given(st.one_of(st.sampled_from(sorted(LIST_HEADERS)), st.text(max_size=40)))
@example("Baca juga")
@example("Berita terkait.")
@example("* Baca juga")
def test_heads_no_list_is_said_only_of_lines_heading_no_list(text: str) -> None:
    for line in (text, text + ".", text + " :", "- " + text, text * 3, text.upper()):
        cleaned = clean_line(line)
        if cleaned and heads_no_list(cleaned):
            assert not is_list_header(cleaned), cleaned


def test_heads_no_list_tells_a_paragraph() -> None:
    assert heads_no_list("Kim dan Putin menggelar diskusi di pusat peluncuran ruang angkasa.")
    assert not heads_no_list("Berita Terkait")


_ONE_WORD_KEYS = sorted(
    word for word in (*BOILERPLATE_LINES, *LIST_HEADERS, *TERMINAL_LINES) if word.isalpha()
)


@given(
    st.sampled_from(_ONE_WORD_KEYS).flatmap(
        lambda word: st.sampled_from([word, word.upper(), word.title(), word + "s"])
    )
    | st.text(alphabet="abcdefghijklmnopqrstuvwxyzKMNTİßé", min_size=1, max_size=90)
)
def test_line_kinds_of_a_word_match_the_three_tests(line: str) -> None:
    # A word of letters is read by a shorter path; each answer must still be the plain test's.
    assert line_kinds(line) == (line_role(line), is_boilerplate(line), is_list_header(line))
