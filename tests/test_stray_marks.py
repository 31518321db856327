"""Direction marks and invisible characters beside a word (fuzz48): no field lost, RTL text kept."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse_article
from newsparse._normalize.whitespace import (
    drop_invisible,
    drop_invisible_and_stray,
    drop_stray_marks,
)

_LEDE = (
    "Penyidik Polres Lhokseumawe melimpahkan berkas perkara dan tersangka ke kejaksaan negeri "
    "setempat pada hari Rabu, setelah pemeriksaan yang berlangsung selama dua bulan."
)
_MORE = (
    "Tersangka kini dititipkan ke cabang rumah tahanan negara sambil menunggu jadwal sidang "
    "perdana yang akan digelar di pengadilan negeri dalam beberapa pekan ke depan."
)


def _dump(m: str) -> str:
    """A dump with ``m`` (a mark, or nothing) at the edges of the words the fields come from."""
    return (
        f"Polisi Serahkan{m} Tersangka ke Kejaksaan\n\n"
        f"Rabu, 4{m} November 2015 | 21:04 WIB\n\n"
        f"LHOKSEUMAWE,{m} KABAR.com{m} – {_LEDE}\n\n"
        f"{_MORE}\n\n"
        f"{m}Penulis{m}  : {m}Kontributor Lhokseumawe, {m}Masriadi{m}\n"
        "Editor   : Ervan Hardoko\n"
    )


def _page(m: str) -> str:
    return (
        "<html><head><title>Polisi Serahkan Tersangka ke Kejaksaan</title></head><body><article>"
        f"<h1>Polisi Serahkan{m} Tersangka ke Kejaksaan</h1>"
        f"<p>LHOKSEUMAWE,{m} KABAR.com{m} – {_LEDE}</p><p>{_MORE}</p></article></body></html>"
    )


def _fields(source: str | bytes) -> tuple[object, ...]:
    article = parse_article(source)
    return (
        article.title,
        article.published,
        article.dateline,
        article.site_name,
        article.authors,
        article.paragraphs,
    )


@pytest.mark.parametrize(
    "mark", ["\u200e", "\u200f", "\u061c", "\u180e", "\ufe0f", "\u2063", "\u034f"]
)
@pytest.mark.parametrize("make", [_dump, _page])
def test_a_mark_at_a_words_edge_in_a_left_to_right_line_loses_no_field(make, mark) -> None:  # type: ignore[no-untyped-def]
    # A dateline, its outlet (the site name), an author, a date: each was lost with a
    # direction mark (or a Mongolian vowel separator, a presentation selector, an invisible
    # operator) beside one of its words, as a right-to-left page's editor leaves them; a
    # combining grapheme joiner so too (fuzz49).
    plain = _fields(make(""))
    assert plain[2] == "LHOKSEUMAWE, KABAR.com"
    assert plain[3] == ("KABAR.com" if make is _dump else None)
    text = make(mark)
    assert _fields(text) == plain
    assert _fields(text.encode()) == plain


def test_a_line_of_right_to_left_text_keeps_its_marks() -> None:
    # (marks stand between right-to-left words and the numbers and Latin words beside them)
    hebrew = (
        "\u05d4\u05de\u05d7\u05d9\u05e8 \u200e100 USD\u200e \u05dc\u05d9\u05d7\u05d9\u05d3\u05d4."
    )
    assert drop_stray_marks(hebrew) == hebrew
    arabic = "\u0642\u0627\u0644 \u061cCNN\u061c \u0627\u0644\u064a\u0648\u0645"
    text = f"Judul berita\n{arabic}\nKalimat\u200e biasa.\n"
    assert drop_stray_marks(text) == f"Judul berita\n{arabic}\nKalimat biasa.\n"
    # a line of figures alone (a date a mark turns) keeps them too
    assert drop_stray_marks("\u200f06/05/2024\u200f") == "\u200f06/05/2024\u200f"
    paragraph = " ".join([hebrew] * 8)
    article = parse_article(f"<html><body><article><p>{paragraph}</p></article></body></html>")
    assert "\u200e100 USD\u200e" in article.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Like \u2764\ufe0f it", "Like \u2764\ufe0f it"),  # an emoji is drawn by its selector
        ("Press 1\ufe0f\u20e3 now", "Press 1\ufe0f\u20e3 now"),  # a keycap
        ("Info \u2139\ufe0f here", "Info \u2139\ufe0f here"),  # (a letter, past U+2000)
        ("Note \u00a9\ufe0f, #\ufe0f\u20e3", "Note \u00a9\ufe0f, #\ufe0f\u20e3"),
        ("KABAR,\ufe0f x", "KABAR, x"),
        ("Jane\ufe0f Doe \ufe0fon 14\ufe0f May", "Jane Doe on 14 May"),
        ("\u182a\u180e\u1820 and Ann\u180e Lee", "\u182a\u180e\u1820 and Ann Lee"),  # Mongolian
    ],
)
def test_selectors_and_separators_go_only_where_they_steer_nothing(
    text: str, expected: str
) -> None:
    assert drop_stray_marks(text) == expected


_BODY = "Heavy rain fell over the capital on Monday, flooding several districts and roads. " * 3


@pytest.mark.parametrize("char", ["\u034f", "\u2061", "\u2064", "\u180e", "\ufe0f", "\ufe0e"])
@pytest.mark.parametrize("kind", ["text", "html"])
def test_an_invisible_character_in_a_name_or_a_date_loses_neither(kind: str, char: str) -> None:
    # fuzz48: the combining grapheme joiner, the invisible operators, the Mongolian vowel
    # separator and the presentation selectors, pasted where a zero-width space would stand,
    # lost the author and the date (a zero-width space did not).
    byline, day = f"By Jane{char} Doe", f"14 September{char} 2023"
    if kind == "text":
        source = f"Rain floods the capital\n\n{byline}\n{day}\n\n{_BODY}\n\n{_BODY}\n"
    else:
        source = (
            "<html><head><title>Rain floods the capital</title></head><body><article>"
            f"<h1>Rain floods the capital</h1><p class='byline'>{byline}</p><time>{day}</time>"
            f"<p>{_BODY}</p><p>{_BODY}</p></article></body></html>"
        )
    article = parse_article(source)
    assert article.authors == ("Jane Doe",)
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (2023, 9, 14)


@given(
    st.text(
        alphabet=st.sampled_from(
            list("\u200e\u200f\u061c\u180e\ufe0e\ufe0f\u200b\u00ad\u2019\u2764\u05d0\u1820")
            + list("\u034f\u0308<p>.")
            + list("ab 1\n\r\u20e3\u00e9")
        ),
        max_size=60,
    )
)
def test_a_pages_marks_go_the_same_with_or_without_its_bytes(text: str) -> None:
    # (with the bytes, the search for the invisible characters tells whether a mark stands)
    expected, _ = drop_invisible_and_stray(text, None)
    # (a page's text is read as markup: a right-to-left line's unit is the run between block
    # tags, not the sentence; 'a\u200e. \u05d0' keeps its mark so, found by Hypothesis)
    assert expected == drop_stray_marks(drop_invisible(text)[0], markup=True)
    dropped, utf8 = drop_invisible_and_stray(text, text.encode())
    assert dropped == expected
    assert utf8 == dropped.encode()


_ARABIC = "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c"])
def test_a_minified_page_with_right_to_left_text_elsewhere_loses_no_field(mark: str) -> None:
    # fuzz49: a page minified to one line is one line of source, and a menu entry in Arabic on
    # it kept every mark of the page: the dateline and its outlet were lost. Each block is
    # judged alone now, as in the same page written over many lines.
    def page(m: str, menu: str) -> str:
        return (
            "<html><head><title>Polisi Serahkan Tersangka ke Kejaksaan</title></head><body>"
            f"<nav><ul><li><a href='/ar'>{menu}</a></li></ul></nav><article>"
            f"<h1>Polisi Serahkan{m} Tersangka ke Kejaksaan</h1>"
            f"<p>LHOKSEUMAWE,{m} KABAR.com{m} – {_LEDE}</p><p>{_MORE}</p></article></body></html>"
        )

    plain = _fields(page("", _ARABIC))
    assert plain[2] == "LHOKSEUMAWE, KABAR.com"
    assert _fields(page(mark, _ARABIC)) == plain
    assert _fields(page(mark, _ARABIC).encode()) == plain
    # and the Arabic block keeps its own marks
    marked = f"<li>{_ARABIC}{mark} 2024</li>"
    assert drop_stray_marks(f"<p>Kata{mark} biasa</p>{marked}", markup=True) == (
        f"<p>Kata biasa</p>{marked}"
    )


def test_a_dump_on_one_line_is_judged_sentence_by_sentence() -> None:
    arabic = f"{_ARABIC} \u200f2024\u200f {_ARABIC}."
    line = f"Kata\u200e biasa di sini. {arabic} Penulis:\u200f Ani."
    assert drop_stray_marks(line) == f"Kata biasa di sini. {arabic} Penulis: Ani."
    # (a line of a dump is judged whole when it is one sentence, right to left)
    assert drop_stray_marks(f"{_ARABIC} Kata\u200e biasa") == f"{_ARABIC} Kata\u200e biasa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("u\u034f\u0308ber", "u\u034f\u0308ber"),  # a diaeresis that is no umlaut
        ("\u05d0\u05b8\u034f\u05b7", "\u05d0\u05b8\u034f\u05b7"),  # Hebrew points kept apart
        ("Penulis\u034f: \u034fAni\u034f", "Penulis: Ani"),
        ("\u05d0\u034f \u05d1", "\u05d0 \u05d1"),  # (in a right-to-left line too)
    ],
)
def test_a_combining_grapheme_joiner_stays_only_before_a_combining_mark(
    text: str, expected: str
) -> None:
    assert drop_stray_marks(text) == expected
