import collections
import re
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse._normalize import language
from newsparse._normalize.language import guess_language, guess_month_language
from newsparse._normalize.whitespace import (
    clean_line,
    clean_preformatted,
    clean_text,
    drop_invisible,
    is_blank,
    plain_spaces,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  a  b ", "a b"),
        ("\u00a0\u00a0", ""),
        ("a\u200bb", "ab"),
        ("a\tb\u3000c", "a b c"),
        ("\ufeffTitle", "Title"),
        ("\n    Example  Times\u200b \n  ", "Example Times"),
        ("\n \u200b\n Example\n", "Example"),
        ("a \n\t b", "a \n b"),
    ],
)
def test_clean_line(line: str, expected: str) -> None:
    assert clean_line(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indentation and blank lines inside stay; what all lines share, and the ends, go.
        ("\n    if x:\n        y()   \n\n    z()\n\n", "if x:\n    y()\n\nz()"),
        # Columns stay lined up; a tab goes to the next multiple of eight, as shown.
        ("a==1    # b\nc\td", "a==1    # b\nc       d"),
        ("\u00a0 x\u200b\r\n\u00a0 y", "x\ny"),
    ],
)
def test_clean_preformatted(text: str, expected: str) -> None:
    assert clean_preformatted(text) == expected


def test_clean_text_and_blank() -> None:
    assert clean_text("a \n\n \u00a0\n b") == "a\nb"
    assert is_blank(" \u200b\n\t")
    assert not is_blank(" x ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted\u200b by \ufeffAnn Lee", "Posted by Ann Lee"),
        ("Zusam\u00admen\u2060arbeit, \u200c\u200d", "Zusammenarbeit, "),
        (
            "no invisible character: caf\u00e9 \u2014 \u00a0",
            "no invisible character: caf\u00e9 \u2014 \u00a0",
        ),
        ("ascii only", "ascii only"),
    ],
)
def test_drop_invisible_drops_them_from_the_text_and_its_bytes(text: str, expected: str) -> None:
    assert drop_invisible(text) == (expected, None)
    assert drop_invisible(text, text.encode()) == (expected, expected.encode())
    if expected == text:  # nothing to drop: the very same values come back
        utf8 = text.encode()
        dropped, same = drop_invisible(text, utf8)
        assert dropped is text
        assert same is utf8


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_drop_invisible_finds_each_character_among_bytes_that_open_like_it(char: str) -> None:
    # Curly quotes, dashes, a no-break space and a replacement character open with the same
    # bytes in UTF-8 as the invisible characters; far more of them than one check tries.
    lookalikes = "\u201cA\u2014B\u201d \u00a0\ufffd "
    texts = (
        lookalikes + f"Zu{char}sammen",
        f"{char}Zu{char}{char}sam\u00e9{char}\u201cmen{char}",
        lookalikes * 40 + f"Zu{char}sammen",
    )
    for text in texts:
        expected = text.replace(char, "")
        assert drop_invisible(text, text.encode()) == (expected, expected.encode())
    plain = lookalikes * 40 + "Zusammen"
    utf8 = plain.encode()
    dropped, same = drop_invisible(plain, utf8)
    assert dropped is plain
    assert same is utf8


# Every invisible character, and characters whose UTF-8 or low byte looks like one's.
_LOOKALIKE_TEXT = st.text(
    alphabet=st.sampled_from(
        list("\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e")
        + list("\u2066\u2067\u2068\u2069\u200e\u200f\u2014\u201c\u00a0\u202f\u2007")
        + list(",.fghi*+-é ab\n\ufffd\u0100")
    ),
    max_size=60,
)


@given(_LOOKALIKE_TEXT)
@example("By \u2066Ann Lee\u2069, caf\u00e9 \u2014 f")
@example("\u2014 \u202c")
def test_plain_spaces_reads_the_same_with_or_without_the_bytes(text: str) -> None:
    # With the bytes, the bidirectional controls are looked for in them (one search, where
    # nine over the text stop at every comma and "f"): the same text must come back.
    expected = plain_spaces(text)
    assert not any(char in expected for char in "\u202a\u202e\u2066\u2069\u200b\u00a0")
    assert plain_spaces(text, text.encode()) == expected


@given(st.text())
def test_drop_invisible_agrees_with_clean_line(text: str) -> None:
    try:
        utf8 = text.encode()
    except UnicodeEncodeError:  # a surrogate: no page's bytes hold one
        return
    dropped, dropped_utf8 = drop_invisible(text, utf8)
    assert dropped_utf8 == dropped.encode()
    assert clean_line(dropped) == clean_line(text)
    assert drop_invisible(dropped) == (dropped, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kim mengatakan bahwa hubungan bilateral dengan Rusia adalah prioritas utama bagi negara "
            "kita saat ini dan bahwa pembicaraannya dengan Putin akan menjadi dorongan yang kuat.",
            "id",
        ),
        (
            "Kerajaan berkata bahawa beliau telah memaklumkan perkara itu kerana ia adalah penting "
            "bagi rakyat yang tinggal di kawasan tersebut dan juga daripada negeri lain.",
            "ms",
        ),
        (
            "The president said on Monday that the government would not change its plans for the "
            "economy, and that it was working with the states to be ready for the winter.",
            "en",
        ),
        (
            "Die Regierung hat am Montag mitgeteilt, dass sie die Pläne für die Wirtschaft nicht "
            "ändern wird und dass sie mit den Ländern an einer Lösung für den Winter arbeitet.",
            "de",
        ),
        ("Too short to tell.", None),
        # No table of words: the script tells the language, where one script is one language.
        ("서울시는 오늘 새로운 지하철 노선이 개통되었다고 밝혔다. 시민들은 환영했다.", "ko"),
        ("東京都は十日、新しい地下鉄の路線が開業したと発表した。利用者は歓迎している。", "ja"),
        ("北京市政府十日宣布，新的地铁线路正式开通运营，市民表示欢迎。", "zh"),
        ("กรุงเทพมหานครประกาศเปิดให้บริการรถไฟฟ้าสายใหม่ในวันนี้", "th"),
        ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας.", "el"),
        ("הממשלה הודיעה היום על צעדים חדשים לכלכלת המדינה ולתושבים.", "he"),
        # Cyrillic is written for many languages: no guess.
        ("Правительство сегодня объявило о новых мерах для экономики страны.", None),
        # A few Chinese characters quoted in another language's text are not its language.
        ("Le maire a cité le proverbe 塞翁失马 devant la presse du quartier ce matin.", None),
        ("서울", None),  # too few letters to tell
    ],
)
def test_guess_language(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en_us", "en-US"),
        (" ID ", "id"),
        ("es-419", "es-419"),
        ("zh-hans-cn", "zh-Hans-CN"),
        ("zh-Hant-TW", "zh-Hant-TW"),
        ("sr-Latn", "sr-Latn"),
        ("de-DE-1996", "de-DE"),  # a variant is left out
        ("en-US-x-twain", "en-US"),  # and a private-use extension
        ("de, en", "de"),
        ("english", None),
        ("Bahasa Indonesia", None),
        ("zh-Hans-CN-", None),
        ("", None),
    ],
)
def test_language_tag(value: str, expected: str | None) -> None:
    assert language.language_tag(value) == expected


@given(st.text())
def test_is_blank_agrees_with_cleaning(text: str) -> None:
    assert is_blank(text) == (clean_text(text) == "")


@given(st.text())
def test_clean_line_is_idempotent(text: str) -> None:
    assert clean_line(clean_line(text)) == clean_line(text)


_SPACE_LIKE = st.sampled_from(
    [" ", "\t", "\r", "\n", "\xa0", "\u3000", "\u2009", "\u2028", "\x85", "\x1c", "\x0b"]
)
_INVISIBLES = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])


@given(st.lists(st.one_of(st.characters(), _SPACE_LIKE, _INVISIBLES), max_size=30).map("".join))
def test_clean_line_fast_path_matches_its_definition(text: str) -> None:
    # Invisible characters removed, then every run of whitespace other than a newline folded to
    # one space, then trimmed: the definition, written out with regular expressions.
    invisible = "[\u200b\u200c\u200d\u2060\ufeff\u00ad]"
    expected = re.sub(r"[^\S\n]+", " ", re.sub(invisible, "", text)).strip()
    assert clean_line(text) == expected


@given(
    st.lists(st.sampled_from(["\n", " ", "\t", "\u3000", "\u2028"]), max_size=4).map("".join),
    st.lists(st.one_of(_SPACE_LIKE, _INVISIBLES, st.sampled_from("ab.")), max_size=12).map("".join),
    st.lists(st.sampled_from(["\n", " ", "\xa0", "\x85"]), max_size=4).map("".join),
)
def test_clean_line_reads_a_line_between_blank_ones_as_its_definition(
    before: str, line: str, after: str
) -> None:
    # The path for one line of text with blank lines around it (markup's indented text).
    text = f"{before}\n{line}{after}"
    invisible = "[\u200b\u200c\u200d\u2060\ufeff\u00ad]"
    expected = re.sub(r"[^\S\n]+", " ", re.sub(invisible, "", text)).strip()
    assert clean_line(text) == expected


_LANGUAGE_WORDS = st.sampled_from(
    [
        "yang",
        "dan",
        "di",
        "the",
        "of",
        "der",
        "die",
        "le",
        "la",
        "el",
        "que",
        "il",
        "de",
        "het",
        "kerana",
        "bahawa",
        "beliau",
        "karena",
        "bahwa",
    ]
)


@given(
    st.lists(
        _LANGUAGE_WORDS | st.text(max_size=6) | st.sampled_from([" ", "\n", ",", "(", "1", "_"]),
        max_size=60,
    ).map(" ".join)
)
def test_guess_language_counts_every_run_of_letters(text: str) -> None:
    # The guess counts runs of letters; it finds them between spaces first, which must count
    # the same as searching the whole text for them.
    counts = collections.Counter(re.findall(r"[^\W\d_]+", text.lower()))
    expected = _guess_from_counts(counts)
    assert guess_language(text) == expected


@given(
    st.lists(
        _LANGUAGE_WORDS
        | st.text(max_size=4)
        | st.sampled_from(
            [" ", ",", "'", "1", "_", "-", "“", "”", "é", "\u212a", "\u0130", "\ud800"]
        ),
        max_size=80,
    ).map("".join)
)
@example("dan_yang, di1the (l'avis)")
@example("dan_yang “dan”")
def test_guess_language_finds_runs_inside_words(text: str) -> None:
    # Punctuation, digits and other scripts glued to the words: the ASCII ones are made spaces
    # before the text is split, which must count the runs a search of the text finds.
    runs = re.findall(r"[^\W\d_]+", text.lower())
    expected = collections.Counter(run for run in runs if run in language._KNOWN)
    assert collections.Counter(language._known_words(text)) == expected


def _guess_from_counts(counts: collections.Counter[str]) -> str | None:
    """The documented rule, written out over counts of every word."""
    scores = {lang: sum(counts[w] for w in words) for lang, words in language._WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    distinct = sum(1 for w in language._WORDS[best] if counts[w] and len(w) > 1)
    if scores[best] < language._MIN_HITS or distinct < language._MIN_DISTINCT:
        return None
    if best in {"id", "ms"}:
        indonesian = sum(counts[w] for w in language._INDONESIAN)
        malay = sum(counts[w] for w in language._MALAY)
        return "ms" if malay > indonesian else "id"
    return None if ranked[1] == scores[best] else best


@given(st.lists(_LANGUAGE_WORDS, max_size=60))
def test_language_tallies_sum_each_languages_words(words: list[str]) -> None:
    # The summed score units must give each language the sum of its words' counts, in table
    # order (the order that breaks ties), then the counts of Indonesian's and Malay's own words.
    known = [word for word in words if word in language._KNOWN]
    counts = collections.Counter(known)
    expected = [sum(counts[w] for w in table) for table in language._WORDS.values()]
    expected.append(sum(counts[w] for w in language._INDONESIAN))
    expected.append(sum(counts[w] for w in language._MALAY))
    assert language._tallies(known, language._UNITS) == expected


def test_language_tallies_hold_the_most_words_a_guess_reads() -> None:
    # The guess reads at most 20,000 characters: 10,000 one-letter words, each in every field
    # it counts for, must not spill into the next field.
    words = ["a"] * (language._SAMPLE_CHARS // 2)
    tallies = language._tallies(words, language._UNITS)
    assert tallies[list(language._WORDS).index("pt")] == 10_000
    assert sum(tallies) == 10_000 * sum(1 for table in language._WORDS.values() if "a" in table)


@given(
    st.lists(
        _LANGUAGE_WORDS.map(str.upper)
        | _LANGUAGE_WORDS.map(str.title)
        | _LANGUAGE_WORDS
        | st.text(st.characters(max_codepoint=127), max_size=4),
        max_size=80,
    ).map(" ".join)
)
@example("Yang DAN di, Ini itu (Dengan) untuk TIDAK dari Dalam; akan PADA juga")
@example("Dan YANG di The OF der DIE le LA el Que il DE het yang dan di itu")
def test_guess_language_lowers_ascii_text_in_its_byte_table(text: str) -> None:
    # An all-ASCII text is lowered by the byte table that blanks the non-letters: the same
    # counts, and the same guess, as lowering the text and searching it for runs of letters.
    counts = collections.Counter(re.findall(r"[^\W\d_]+", text.lower()))
    assert collections.Counter(language._known_words(text)) == collections.Counter(
        {w: n for w, n in counts.items() if w in language._KNOWN}
    )
    assert guess_language(text) == _guess_from_counts(counts)


# Every ASCII word the guess knows, in upper, title and lower case, or any other ASCII text.
_ASCII_LANGUAGE_WORDS = st.sampled_from(sorted(w for w in language._KNOWN if w.isascii()))


@given(
    st.lists(
        _ASCII_LANGUAGE_WORDS.map(str.upper)
        | _ASCII_LANGUAGE_WORDS.map(str.title)
        | _ASCII_LANGUAGE_WORDS
        | st.text(st.characters(max_codepoint=127), max_size=4),
        max_size=80,
    ).map(" ".join)
)
@example("Yang DAN di, Ini itu (Dengan) untuk TIDAK dari Dalam; akan PADA juga karena")
@example("Kerana BAHAWA beliau, ialah daripada iaitu boleh sahaja yang dan di ini itu")
@example("The of AND to in is that for it was on with as by at from his her they this")
def test_ascii_text_is_guessed_in_its_bytes_as_in_its_string(text: str) -> None:
    # An all-ASCII text is read in its bytes, with tables of the ASCII words as bytes: the same
    # known words, and the same answer, as reading it as a string with the tables of strings.
    as_bytes = language._ascii_known_words(text)
    runs = re.findall(r"[^\W\d_]+", text.lower())
    assert [word.decode("ascii") for word in as_bytes] == [r for r in runs if r in language._KNOWN]
    assert language._tallies(as_bytes, language._ASCII_UNITS) == language._tallies(
        [word.decode("ascii") for word in as_bytes], language._UNITS
    )
    assert guess_language(text) == _guess_from_counts(collections.Counter(runs))


def test_ascii_tables_hold_every_ascii_word_the_guess_knows() -> None:
    # Each ASCII word of every language's table is found, counted and told distinct in bytes.
    words = sorted(w for w in language._KNOWN if w.isascii())
    found = language._ascii_known_words(" ".join(words).upper())
    assert [word.decode("ascii") for word in found] == words
    assert all(language._ASCII_UNITS[w.encode("ascii")] == language._UNITS[w] for w in words)
    for lang, longer in language._LONGER_WORDS.items():
        assert {w.decode("ascii") for w in language._ASCII_LONGER_WORDS[lang]} == {
            w for w in longer if w.isascii()
        }


def test_ascii_known_words_are_the_tables_own_objects() -> None:
    # Each known word found in an ASCII text is the very bytes object the tables hold (so it is
    # found in them by identity), and only the known words are kept, in the text's order.
    found = language._ascii_known_words("The cat OF-the dog; and 2 x yang.")
    assert found == [b"the", b"of", b"the", b"and", b"yang"]
    units = {id(word) for word in language._ASCII_UNITS}
    longer = {id(word) for words in language._ASCII_LONGER_WORDS.values() for word in words}
    assert all(id(word) in units for word in found)
    assert all(id(word) in longer for word in found)
    assert set(language._ASCII_KNOWN) == {w.encode("ascii") for w in language._KNOWN if w.isascii()}


def test_language_tallies_do_not_follow_the_hosts_byte_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The tallies are fields of one integer's bytes. Read in the host's byte order (as until
    # round 49), a big-endian host got them in reverse (the "id only" tally where "id" stands),
    # and every guess wrong. They are written and read little-endian now: a host that says it
    # is big-endian gets the same tallies (this machine cannot run a big-endian read itself).
    words = ["yang", "dan", "the", "bahwa", "kerana"]
    expected = [sum(w in table for w in words) for table in language._WORDS.values()]
    expected += [
        sum(w in language._INDONESIAN for w in words),
        sum(w in language._MALAY for w in words),
    ]
    monkeypatch.setattr(sys, "byteorder", "big")
    assert language._tallies(words, language._UNITS) == expected
    assert (
        guess_language("Kata dia bahwa yang dan ini itu di ke dari untuk pada dengan " * 3) == "id"
    )


@pytest.mark.parametrize("size", [0, 1, 2, 3])
def test_language_tallies_of_few_words(size: int) -> None:
    # None, one or a few words: the lookup of one word gives no tuple, of none nothing to sum.
    words = ["yang", "the", "de"][:size]
    expected = [sum(w in table for w in words) for table in language._WORDS.values()]
    assert language._tallies(words, language._UNITS) == [*expected, 0, 0]
    as_bytes = [w.encode("ascii") for w in words]
    assert language._tallies(as_bytes, language._ASCII_UNITS) == [*expected, 0, 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rząd przyjął projekt, który jest już gotowy. Nie wiadomo, jak długo potrwa przez "
            "to praca, ale minister mówi, że się uda także dla gmin.",
            "pl",
        ),
        (
            "Vlada je usvojila prijedlog koji je već spreman. Nije poznato kako će dugo trajati "
            "rad, ali ministar kaže da su pripreme prema planu.",
            "hr",
        ),
        (
            "Vláda schválila návrh, který podle ministra není hotový. Jsou to změny, jako byl "
            "plán pro obce, které také může být lepší než dnes.",
            "cs",
        ),
        ("Too short to tell, and English.", None),
    ],
)
def test_guess_month_language(text: str, expected: str | None) -> None:
    assert guess_month_language(text) == expected


def test_any_script_guard_matches_the_script_patterns_over_the_bmp() -> None:
    """The script guess's first search finds a character exactly where one of its counts would."""
    patterns = [script for _, script, _ in language._SCRIPTS] + [language._KANA, language._HAN]
    for code in range(0x10000):
        char = chr(code)
        counted = any(pattern.match(char) for pattern in patterns)
        assert (language._ANY_SCRIPT.match(char) is not None) == counted, hex(code)


def test_script_guess_of_a_text_in_no_listed_script_is_none() -> None:
    """Latin letters with accents and quotes, no listed script: no script language."""
    assert language._script_language("Überraschung: «café» à Zürich, naïve façade, ﬁn") is None
    assert language._script_language("Ελληνικά νέα σήμερα από την Αθήνα") == "el"


@given(_LOOKALIKE_TEXT, st.sampled_from([0, 30, 200, 2_000]), st.sampled_from([0, 600]))
def test_drop_invisible_reads_the_same_from_the_bytes_past_many_lookalikes(
    text: str, copies: int, plain: int
) -> None:
    # The bytes are searched from each lead byte up to a budget that grows with them (lookalikes
    # among plain text stay within it), then the text is: either way, and with the characters
    # dropped from the text where the bytes have them, the same comes back.
    page = ("\u201cQ\u2014\u201d\u00a0" + "a" * plain) * copies + text + "\u2019" * copies
    utf8 = page.encode()
    expected, _ = drop_invisible(page)
    assert drop_invisible(page, utf8) == (expected, expected.encode())
