import datetime as dt
import json
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import parse_article
from newsparse._normalize import names
from newsparse._normalize.names import (
    _AUTHOR_LABEL,
    Byline,
    _all_names,
    _bare_names,
    is_agency,
    is_person_name,
    may_name_editor,
    parse_byline,
    split_authors,
)
from newsparse._normalize.phrases import (
    AUTHOR_LABELS,
    EDITOR_LABELS,
    NAME_PARTICLES,
    NOT_A_PERSON,
    phrase_alternation,
)
from newsparse._normalize.whitespace import clean_line


@pytest.mark.parametrize(
    ("line", "bare", "expected"),
    [
        ("Binsar", True, Byline(authors=("Binsar",))),
        ("Binsar", False, None),
        ("Oleh Desca Lidya Natalia", False, Byline(authors=("Desca Lidya Natalia",))),
        # A serial comma before the last name, and an outlet's acronym after it.
        (
            "By Ann Lee, Bo Kim-Park, and Cy Roe, XYZ",
            False,
            Byline(authors=("Ann Lee", "Bo Kim-Park", "Cy Roe")),
        ),
        (
            "Von Anna Müller, und Jörg Schmidt",
            False,
            Byline(authors=("Anna Müller", "Jörg Schmidt")),
        ),
        ("Oleh: Desca Lidya Natalia", False, Byline(authors=("Desca Lidya Natalia",))),
        ("Penulis: Ani, Budi", False, Byline(authors=("Ani", "Budi"))),
        ("Penulis: Ani dan Budi Santoso", False, Byline(authors=("Ani", "Budi Santoso"))),
        (
            "Pewarta: Budisantoso Budiman dan Agus S",
            False,
            Byline(authors=("Budisantoso Budiman", "Agus S")),
        ),
        ("Reporter: Ani | Editor: Budi", False, Byline(authors=("Ani",), editors=("Budi",))),
        ("Editor: Ervan Hardoko", False, Byline(editors=("Ervan Hardoko",))),
        ("By Jane Doe and John Roe", False, Byline(authors=("Jane Doe", "John Roe"))),
        ("By Jane Doe & John Roe", False, Byline(authors=("Jane Doe", "John Roe"))),
        (
            "Von Anna Müller und Jörg Schmidt",
            False,
            Byline(authors=("Anna Müller", "Jörg Schmidt")),
        ),
        ("Penulis  : Kontributor Lhokseumawe, Masriadi", False, Byline(authors=("Masriadi",))),
        ("Fino Yurio Kristo - detikinet", True, Byline(authors=("Fino Yurio Kristo",))),
        ("Pewarta: prwir", False, Byline(authors=("prwir",))),
        # Not bylines: a title, an agency code, a role, a source line, a sentence.
        ("Di Hadapan Putin, Kim Jong Un Pastikan Korea Utara Dukung Rusia", True, None),
        ("MDN", True, None),
        ("Oleh: Redaksi", False, None),
        ("By Staff Reporter", False, None),
        ("Sumber: The Telegraph", False, None),
        ("Oleh karena itu, harga naik tajam pada bulan ini.", False, None),
        # The reporter's outlet after a name is left out; an acronym is not an outlet.
        ("Binsar | Kompas.com", True, Byline(authors=("Binsar",))),
        ("by Bob Yirka , Phys.org", False, Byline(authors=("Bob Yirka",))),
        ("Binsar | MDN", True, Byline(authors=("Binsar",))),
        ("Impressum | Datenschutz | AGB", True, None),
        ("Programm der Tagung (PDF)", True, None),
        ("Häufige Fragen (FAQ)", True, None),
    ],
)
def test_parse_byline(line: str, bare: bool, expected: Byline | None) -> None:
    assert parse_byline(line, bare=bare) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jane Doe, John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe; John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe", ("Jane Doe",)),
        ("Redaksi", ()),
        ("Admin", ()),
        ("kompas.com", ()),
        ("https://example.com/author/jane", ()),
        ("Jane Doe jane@example.com", ("Jane Doe",)),
        ("Jane Doe, Jane Doe", ("Jane Doe",)),
        ("Anna Jervis-Bardy", ("Anna Jervis-Bardy",)),
        ("Tim Hanlon", ("Tim Hanlon",)),
        ("Ole Hansen og Kari Nordmann", ("Ole Hansen", "Kari Nordmann")),
        # The conjunction after a comma is a lower-case word: "En Wang" is a name.
        ("Ann Lee, and Bo Kim", ("Ann Lee", "Bo Kim")),
        ("Ann Lee, En Wang", ("Ann Lee", "En Wang")),
        ("Von", ()),
        ("Twitter Facebook", ()),
        ("SID Nachrichtenagentur", ()),
        # A role word after a name goes: "reporter Shin Hyun-ju".
        ("신현주 기자", ("신현주",)),
        # ... and a Chinese or Japanese role word before one.
        ("編集委員\u3000中沢克二", ("中沢克二",)),
        ("新华社记者 王小明", ("王小明",)),
        # Scripts that write vowels with combining marks: Devanagari and Thai.
        ("रवि शर्मा, प्रिया सिंह", ("रवि शर्मा", "प्रिया सिंह")),
        ("สมชาย ใจดี", ("สมชาย ใจดี",)),
        # Agencies are no people, unless asked for.
        ("Felix Roe und Jörg Doe, dpa", ("Felix Roe", "Jörg Doe")),
        ("Jane Doe - detikcom", ("Jane Doe",)),
        # A byline box running on into the writer's role or a button.
        ("Christoph Hein Chefredakteur", ("Christoph Hein",)),
        ("Steven Salentin Mitglied der Redaktion", ("Steven Salentin",)),
        ("Inga Hoeltmann Follow Transformationsbegleiterin", ("Inga Hoeltmann",)),
        ("Christian Seiler Illustration von Markus Roost", ("Christian Seiler",)),
        # A multi-word role ending in a role word of NOT_A_PERSON rejects the whole text.
        ("Ben Silverman Games Editor", ()),
        # A job title before a name of two words.
        ("Rechtsanwalt Sebastian Einbock", ("Sebastian Einbock",)),
        # Academic degrees and clock words are nobody.
        ("Grant Tinsley, PhD", ("Grant Tinsley",)),
        ("Uhr", ()),
        # The outlet the writers wrote for, closing the byline, is no part of the last name.
        ("By Glen Owen And Brendan Carlin For The Mail On Sunday", ("Glen Owen", "Brendan Carlin")),
        ("By Jane Doe for Dailymail.com", ("Jane Doe",)),
        ("By Jane Doe for The Times of India", ("Jane Doe",)),
        # ... but a role before "for" is no name, and "for" before small words names no outlet.
        ("Jane Doe, Special for USA TODAY", ("Jane Doe",)),
        ("By Jane Doe for the first time", ()),
    ],
)
def test_split_authors(value: str, expected: tuple[str, ...]) -> None:
    assert split_authors(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Binsar", True),
        ("Jörg Schmidt", True),
        ("O'Neil Smith", True),
        ("Ludwig van Beethoven", True),
        ("Mahathir bin Mohamad", True),
        # An abbreviated particle: "v." for "von", "v.d." for "van der".
        ("Klara v. Holtzendorff", True),
        ("Pieter v.d. Steen", True),
        ("Saat pengadilan pertemukan Brotoseno", False),
        ("van der", False),
        ("Reuters", False),
        ("Tim Redaksi", False),
        ("12 September 2023", False),
        ("MDN", False),
        ("", False),
        ("one two three four five six seven", False),
        # Vowel signs are combining marks, no \w: the words are matched without them ...
        ("रवि शर्मा", True),
        ("สมชาย ใจดี", True),
        ("Ба\u0300ба", True),
        # ... but a mark cannot open a word, and digits of any script still rule a name out.
        ("\u093fरवि", False),
        ("रवि १२", False),
    ],
)
def test_is_person_name(name: str, expected: bool) -> None:
    assert is_person_name(name) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Felix Roe und Jörg Doe, dpa", ("Felix Roe", "Jörg Doe", "dpa")),
        ("The Associated Press", ("The Associated Press",)),
        ("Reuters", ("Reuters",)),
        ("SID Nachrichtenagentur", ()),
        ("dpa/lno", ("dpa/lno",)),
        ("dsw / DPA", ("dsw / DPA",)),
        ("Deutsche Presse-Agentur", ("Deutsche Presse-Agentur",)),
        ("Anadolu Ajansı", ("Anadolu Ajansı",)),
        ("Redaksi", ()),
        ("Admin", ()),
    ],
)
def test_split_authors_with_agencies(value: str, expected: tuple[str, ...]) -> None:
    assert split_authors(value, agencies=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dpa", True),
        ("DPA", True),
        ("The Associated Press", True),
        ("Associated Press", True),
        ("AFP/dpa", True),
        ("APA/AP", True),
        ("det/dpa", True),
        ("Anna/dpa", False),  # a desk code is short and lower- or upper-case only
        ("Anna Muster", False),
        ("Daily Example", False),
        ("", False),
    ],
)
def test_is_agency(text: str, expected: bool) -> None:
    assert is_agency(text) is expected


@pytest.mark.parametrize(
    ("line", "agencies", "expected"),
    [
        ("Von dpa", True, Byline(authors=("dpa",))),
        ("Von dpa", False, None),
        ("Von Anna Muster und dpa", True, Byline(authors=("Anna Muster", "dpa"))),
        ("Av Ola Nordmann", False, Byline(authors=("Ola Nordmann",))),
        ("Geschrieben von Anna Muster", False, Byline(authors=("Anna Muster",))),
    ],
)
def test_parse_byline_agencies(line: str, agencies: bool, expected: Byline | None) -> None:
    assert parse_byline(line, agencies=agencies) == expected


def test_phrase_alternation_tries_longer_phrases_first() -> None:
    assert phrase_alternation(["by", "written by", "von"]) == r"written\s+by|von|by"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Where a label says the text is a name, a lower-case pseudonym passes...
        ("prwir", True),
        ("budi santoso", True),
        ("Ann Lee", True),
        # ... but not a phrase mixing capitalised and lower-case words.
        ("Projektleiterin der HSS in Tunesien", False),
    ],
)
def test_is_person_name_not_strict(name: str, expected: bool) -> None:
    assert is_person_name(name, strict=False) is expected


@pytest.mark.parametrize(
    ("line", "bare", "expected"),
    [
        # An outlet's acronym after the names does not make the line something else.
        (
            "Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR",
            False,
            Byline(authors=("Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz")),
        ),
        ("By NDR, WDR", False, None),
        # Weekday and clock words left of a date line name nobody.
        ("Do Uhr | Von Eva Kirchner-Rätsch", True, Byline(authors=("Eva Kirchner-Rätsch",))),
        (
            "Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.",
            False,
            Byline(authors=("Uta Staschewski",)),
        ),
    ],
)
def test_parse_byline_leftovers(line: str, bare: bool, expected: Byline | None) -> None:
    assert parse_byline(line, bare=bare) == expected


@pytest.mark.parametrize(
    ("line", "bare", "expected"),
    [
        # The agency or service code after a slash is not part of the reporter's name.
        ("Von Ann Lee/dpa", False, Byline(authors=("Ann Lee",))),
        ("Autor: Peter Maahn/SP-X", False, Byline(authors=("Peter Maahn",))),
        ("By Jane Doe / AFP / dpa", False, Byline(authors=("Jane Doe",))),
        # A desk code before the agency is the credit itself, and names nobody.
        ("Von det/dpa", False, None),
        # Words on both sides of a slash are not a name and a credit.
        ("By Play / pause", False, None),
        ("Von Hans Roe/Berlin", False, None),
        # Without a label, "Name / AGENCY" may be a photo credit under the headline.
        ("Andrew Roe / AP", True, None),
        # A name printed twice in a row (one copy per screen size) is one name.
        (
            "By Chris Stokel-Walker Chris Stokel-Walker",
            False,
            Byline(authors=("Chris Stokel-Walker",)),
        ),
    ],
)
def test_parse_byline_credits_and_copies(line: str, bare: bool, expected: Byline | None) -> None:
    assert parse_byline(line, bare=bare) == expected


@pytest.mark.parametrize(
    "segment",
    [
        "Binsar",
        "binsar",
        "MDN",
        "Reuters",
        "Redaksi",
        "Admin",
        "Staff",
        "Kompas",
        "Antara",
        "Foto",
        "Editor",
        "Jakarta",
        "Kamis",
        "Uhr",
        "Über",
        "신현주",
        "ǅemal",
        "ßeta",
        "Ab",
        "A",
        "Binsar-",
        "Jr.",
        "O'Neil",
        "Ann Lee",
        "Ann,Lee",
        "Ann Lee - detik",
        "binsar Lee",
    ],
)
def test_bare_names_match_the_plain_reading(segment: str) -> None:
    # The one-word shortcut must give what testing every part, then splitting, gives.
    assert _AUTHOR_LABEL.match(segment) is None  # the caller reads a labelled segment itself
    plain = split_authors(segment) if _all_names(segment) else None
    assert _bare_names(segment, agencies=False) == plain


def _general_is_person_name(text: str) -> bool:
    """:func:`is_person_name` (strict) as written before its quick path for one word of letters."""
    name = clean_line(text)
    if not name or len(name) > 60 or names._has_digit(name):
        return False
    lower = name.lower()
    if (
        "@" in name
        or "/" in name
        or "http" in lower
        or ("." in name and names._DOMAIN_LIKE.search(name))
    ):
        return False
    words = name.split()
    if len(words) > 6 or not all(map(names._is_name_word, words)):
        return False
    if lower in NOT_A_PERSON or not NOT_A_PERSON.isdisjoint(
        [word.lower().strip(".") for word in words]
    ):
        return False
    if lower in names._LABEL_WORDS:
        return False
    capitalised = [
        word[0].isupper()
        or word[0] == word[0].upper()
        or word.lower() in NAME_PARTICLES
        or word.lower() in names._SHORT_PARTICLES
        for word in words
    ]
    if len(words) == 1 and name.isupper() and len(name) <= 4:
        return False
    return all(capitalised) and not all(word.lower() in NAME_PARTICLES for word in words)


_WORDS_OF_NAMES = sorted(
    {*NOT_A_PERSON, *names._LABEL_WORDS, *NAME_PARTICLES, "Binsar", "http", "Https", "MDN", "ANI"}
)


@given(
    st.lists(
        st.sampled_from(_WORDS_OF_NAMES)
        | st.text(st.characters(categories=["L"]), max_size=5)
        | st.sampled_from(["x" * 30, "ǅ", "ß", "İ", "ﬀ", "ᾈ", "Ⅳ", " ", ".", "1"]),
        max_size=4,
    ).map("".join)
)
@example("Binsar")
@example("x" * 61)
@example("ANI")
@example("Anis")
def test_a_word_of_letters_is_read_as_by_the_general_tests(text: str) -> None:
    # is_person_name reads one word of letters by a quick path: it must agree with all the tests.
    for value in (text, text.lower(), text.upper(), text.title()):
        assert is_person_name(value) == _general_is_person_name(value)


def test_every_letter_is_read_as_by_the_general_tests() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isalpha():
            assert is_person_name(char) == _general_is_person_name(char), hex(code)


@given(
    st.sampled_from(sorted(EDITOR_LABELS)),
    st.text(st.characters(categories=["L"]), max_size=4),
    st.sampled_from(["", "ſ", "K", "İ", "ı"]),
)
def test_an_editor_label_in_a_word_of_letters_is_the_whole_word(
    label: str, tail: str, odd: str
) -> None:
    # parse_byline does not look for an editor's label in a segment of one word of letters: a
    # label read there takes the whole word, and nothing (no colon, no name) follows it.
    for word in (label + tail, label.upper() + tail, odd + label + tail, label.title() + odd):
        if word.isalpha():
            editor = names._EDITOR_LABEL.match(word)
            assert editor is None or (editor.end() == len(word) and not editor.group("colon"))


@pytest.mark.parametrize(
    ("line", "may"),
    [
        ("Reporter: Ani | Editor: Budi", True),
        ("Penulis: Ani | REDAKTUR: Budi", True),
        ("Copy  Editor: Ann Lee", True),
        ("By Jane Doe 12 March 2024", False),
        ("Jane Doe", False),
        ("Rédacteur : Ann Lee", True),  # not ASCII: read in full
        ("Von Jürgen Roe", True),
    ],
)
def test_may_name_editor(line: str, may: bool) -> None:
    assert may_name_editor(line) is may


_EDITOR_LINE_PARTS = st.sampled_from(
    [
        *EDITOR_LABELS,
        *(label.upper() for label in EDITOR_LABELS),
        *("Editor", "EDITED  BY", "sub-Editor", "Reporter", "By", "Oleh", "Penulis"),
        *("Ann Lee", "Budi", "Jane Doe", "dpa", ":", " : ", " | ", ", ", " und ", " ", "\n"),
    ]
)


@given(st.lists(_EDITOR_LINE_PARTS, max_size=8))
def test_a_line_that_may_name_no_editor_names_none(parts: list[str]) -> None:
    line = "".join(parts)
    byline = parse_byline(line)
    if byline is not None and byline.editors:
        assert may_name_editor(line)


def test_every_author_label_opens_with_two_ascii_letters() -> None:
    # parse_byline reads an ASCII segment for a label only when its first two characters are
    # those of a label in either case: exact because an ASCII letter matches only itself in
    # either case under the pattern's IGNORECASE, and no label opens otherwise.
    assert all(label[:2].isascii() and label[:2].isalpha() for label in AUTHOR_LABELS)


@pytest.mark.parametrize("label", sorted(AUTHOR_LABELS))
def test_a_label_in_any_case_of_its_first_letters_names_the_writer(label: str) -> None:
    for first in (label[0].lower(), label[0].upper()):
        for second in (label[1].lower(), label[1].upper()):
            line = f"{first}{second}{label[2:]}: Jane Doe"
            assert parse_byline(line) == Byline(authors=("Jane Doe",)), line


@given(st.text(st.characters(max_codepoint=127), max_size=30))
@example("By Jane Doe")
@example("bY: Jane Doe")
@example("Binsar")
@example("O")
def test_an_ascii_segment_opens_with_an_author_label_only_under_its_heads(segment: str) -> None:
    if segment[:2] not in names._AUTHOR_HEADS:
        assert names._AUTHOR_LABEL.match(segment) is None


def test_a_family_name_joined_to_its_particle_is_a_name() -> None:
    assert is_person_name("Ahmed al-Rashid")
    assert split_authors("By Ahmed al-Rashid and Omar el-Sayed") == (
        "Ahmed al-Rashid",
        "Omar el-Sayed",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Two or more codes in capitals after the name are its degrees and titles.
        ("By Jane Doe, MD, MPH", Byline(authors=("Jane Doe",))),
        ("By Sherri J Tenpenny, DO, AOBNMM, ABIHM", Byline(authors=("Sherri J Tenpenny",))),
        # A quote a scraper left at the line's end, with none to open it, is no part of a name.
        ("By Ann Lee, DO, FACP'", Byline(authors=("Ann Lee",))),
        # Agencies among the codes are a credit, read as before (and named by no person here).
        ("By AP, AFP, DPA", None),
    ],
)
def test_parse_byline_letters_after_the_name(line: str, expected: Byline | None) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c"])
def test_a_direction_mark_beside_a_name_or_a_date_loses_neither(mark: str) -> None:
    # fuzz47: right-to-left pages put direction marks (LRM, RLM, the Arabic letter mark) round
    # names, labels and numbers; text keeps them, and a byline, an author's name (in a meta tag,
    # JSON-LD or a scraper's record) or a date line with one beside it was lost without a word.
    for line in (f"By Ana Lima{mark}", f"{mark}By {mark}Ana Lima", f"By Ana{mark} Lima"):
        assert parse_byline(line) == Byline(authors=("Ana Lima",)), line
    assert split_authors(f"{mark}Ana Lima{mark} and John Roe{mark}") == ("Ana Lima", "John Roe")
    story = "The port reopened on Monday after the storm, and ships queued for hours. " * 3
    dump = (
        f"Storm closes the port\n\nBy Ana Lima{mark}\n\nPublished: {mark}May 6, 2024{mark} "
        f"{mark}10:00{mark}\n\n{story}\n\n{story}\n"
    )
    article = parse_article(dump, kind="text")
    assert article.authors == ("Ana Lima",)
    assert article.published == dt.datetime(2024, 5, 6, 10, 0)
    record = json.dumps(
        {"title": "Storm closes the port", "authors": [f"Ana Lima{mark}"], "maintext": story}
    )
    assert parse_article(record).authors == ("Ana Lima",)
    page = (
        f"<html><head><title>Storm</title><meta name='author' content='{mark}Ana Lima{mark}'>"
        f"</head><body><article><h1>Storm</h1><p>{story}</p></article></body></html>"
    )
    assert parse_article(page).authors == ("Ana Lima",)


@pytest.mark.parametrize("name", ["रवि शर्मा", "สมชาย ใจดี"])
def test_a_name_written_with_vowel_signs_signs_a_page_and_a_dump(name: str) -> None:
    story = "The storm reached the port on Tuesday night and closed the harbour, officials said. "
    title = "Storm hits the port city overnight"
    page = (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p class='byline'>By {name}</p><p>{story * 4}</p></article></body></html>"
    )
    assert parse_article(page).authors == (name,)
    # Markup says it is a name without a label: an author's box, the page's metadata.
    boxed = page.replace(
        f"<p class='byline'>By {name}</p>", f"<p><span class='author'>{name}</span></p>"
    )
    assert parse_article(boxed).authors == (name,)
    meta = page.replace("</title>", f"</title><meta name='author' content='{name}'>")
    assert parse_article(meta.replace(f"By {name}", "")).authors == (name,)
    dump = f"{title}\n\nBy {name}\n\n{story * 4}\n\n{story * 3}\n"
    assert parse_article(dump).authors == (name,)


def test_a_bare_line_of_a_script_with_vowel_signs_needs_a_label_to_be_a_byline() -> None:
    # No letter case tells a name in these scripts: a bare line ("a few moments ago", a place)
    # names nobody, and a label makes the same words a byline.
    assert parse_byline("कुछ ही क्षण पहले", bare=True) is None
    assert parse_byline("रवि शर्मा", bare=True) is None
    assert parse_byline("By रवि शर्मा", bare=True) == Byline(authors=("रवि शर्मा",), editors=())
