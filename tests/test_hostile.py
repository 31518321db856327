"""Hostile and broken input: each case gives an Article or a NewsparseError, and loses no text.

Every class of failure the fuzz campaign of issue 11 found has a member here, as a regression case.
Timing is not asserted here: tests/test_linear.py guards growth rates, benchmarks/ measures speed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import random
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import (
    Article,
    BinaryInputError,
    InputTooLargeError,
    NewsparseError,
    parse_article,
)
from newsparse._decode import (
    binary_format_of,
    clean_text,
    clean_text_utf8,
    compression_of,
    decode_with_notes,
)
from newsparse._text import parser as text_parser
from newsparse.dates import find_date, parse_date
from tests.strategies import HOSTILE_FRAGMENTS

PARAGRAPH = "The port reopened on Monday after the storm, and ships queued for hours to enter."
LAST = "After the hostile part this paragraph must still be read in full."


def page(body: str = "", head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Storm over the port</h1><p>{PARAGRAPH}</p>"
        f"{body}<p>{LAST}</p></article></body></html>"
    )


def jsonld(value: str) -> str:
    return f'<script type="application/ld+json">{value}</script>'


def assert_clean(article: Article) -> None:
    """Every field encodes as UTF-8 and holds no control character; to_json never fails."""
    article.to_json().encode("utf-8")
    for value in (
        article.title,
        article.description,
        *article.authors,
        *article.paragraphs,
        *article.tags,
        *(c.text for c in article.captions),
    ):
        assert value is None or clean_text(value) == value, value


# --- wrong exception types -------------------------------------------------------------------


@pytest.mark.parametrize(
    "codec", ["base64", "hex", "zlib", "rot13", "bz2", "uu", "quopri", "punycode", "undefined"]
)
@pytest.mark.parametrize("tail", [b"", b"caf\xe9"])
def test_a_charset_that_is_not_a_text_encoding_is_ignored(codec: str, tail: bytes) -> None:
    data = page(head=f'<meta charset="{codec}">').encode() + tail
    article = parse_article(data)
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize("codec", ["base64", "zlib", "undefined", "utf-7"])
def test_an_encoding_argument_that_is_not_a_text_encoding_is_ignored(codec: str) -> None:
    assert parse_article(page().encode(), encoding=codec).paragraphs[-1] == LAST


@pytest.mark.parametrize(
    "block",
    [
        '{"a":' * 1000 + "1" + "}" * 1000,
        "[" * 100_000,
        '{"a": [' * 20_000,
        "{" * 30_000,
        '{"@type": "NewsArticle", "headline": "Deep", "x": ' + "[" * 5000 + "]" * 5000 + "}",
    ],
)
def test_deeply_nested_or_broken_jsonld_is_skipped(block: str) -> None:
    article = parse_article(page(head=jsonld(block)))
    assert article.paragraphs == (PARAGRAPH, LAST)


def test_broken_jsonld_is_still_repaired_when_it_can_be() -> None:
    block = '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Repaired",}'
    assert parse_article(page(head=jsonld(block))).title == "Repaired"


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "&#xFFFE;", "&#xFFFF;", "&#1;", "\x01"])
def test_noncharacters_in_the_tail_of_a_removed_element(char: str) -> None:
    body = f"<figure><img src='a.jpg'><figcaption>A ship</figcaption></figure>{char} then words<nav>menu</nav>{char} more"
    article = parse_article(page(body))
    assert_clean(article)
    assert article.paragraphs[-1] == LAST


@pytest.mark.parametrize(
    "text",
    ["Wed Aug 05 29:00:00 2015", "Wed Aug 05 24:00:00 2015", "on Thu Aug 06 25:30 2015 it"],
)
def test_an_impossible_time_is_no_date(text: str) -> None:
    assert parse_date(text) is None
    found = find_date(text)
    assert found is None or found.value is None


def test_an_impossible_time_in_a_page_or_a_dump() -> None:
    meta = '<meta property="article:published_time" content="Wed Aug 05 29:00:00 2015">'
    html = parse_article(page("<time>Wed Aug 05 29:00:00 2015</time>", meta))
    dump = parse_article(f"Storm over the port\n\nWed Aug 05 29:00:00 2015\n\n{PARAGRAPH}\n")
    assert html.published is None
    assert dump.published is None
    assert parse_date("Wed Aug 05 23:59:00 2015") == dt.datetime(2015, 8, 5, 23, 59)


# --- a crash that costs other files: every field encodes ------------------------------------------


def test_jsonld_escapes_of_surrogates_and_controls_are_replaced() -> None:
    block = json.dumps(
        {"@type": "NewsArticle", "headline": "Bad \ud800 title", "description": "x\x00y\x1bz"}
    )
    assert "\\ud800" in block
    article = parse_article(page(head=jsonld(block)))
    assert article.title == "Bad \ufffd title"
    assert article.description == "xyz"
    assert_clean(article)


def test_no_field_keeps_a_nul() -> None:
    article = parse_article("Title\x00 with a NUL\n\nThe body\x00 has one too, and more words.\n")
    assert article.title == "Title with a NUL"
    assert_clean(article)


# --- silent loss ---------------------------------------------------------------------------------


def test_a_lone_surrogate_in_a_str_page_does_not_end_the_parse() -> None:
    article = parse_article(page("<p>Before \ud800 the break, some text.</p>"))
    assert article.paragraphs == (PARAGRAPH, "Before \ufffd the break, some text.", LAST)


def test_a_text_node_over_10_mb_does_not_end_the_parse() -> None:
    huge = "word " * 2_200_000  # 11 MB in one text node: over libxml2's limit without huge_tree
    article = parse_article(page(f"<p>{huge}</p>"))
    assert article.paragraphs[0] == PARAGRAPH
    assert article.paragraphs[-1] == LAST
    assert sum(p.count("word") for p in article.paragraphs) == 2_200_000


@pytest.mark.parametrize("depth", [300, 3000, 100_000])
def test_nesting_deeper_than_libxml2_reads_is_flattened_with_a_warning(depth: int) -> None:
    deep = (
        "<div>" * depth
        + "<p>Deep inside the nesting sits this whole paragraph.</p>"
        + "</div>" * depth
    )
    article = parse_article(page(deep))
    # The flattened headline is read as text too, as the warning says.
    assert article.paragraphs[-3:] == (
        PARAGRAPH,
        "Deep inside the nesting sits this whole paragraph.",
        LAST,
    )
    assert any("flattened" in w for w in article.warnings)


def test_200_000_nested_boxes_are_read_as_the_page_they_are() -> None:
    # The flattening made a line break of each of the 400,000 tags (open and close), and the
    # page was refused as "over 400,000 elements" though it held 200,000. A run of block tags
    # is one line break now.
    depth = 200_000
    deep = "<div>" * depth + "<p>Deep inside the nesting sits this whole paragraph.</p>"
    article = parse_article(page(deep + "</div>" * depth))
    assert article.paragraphs[-3:] == (
        PARAGRAPH,
        "Deep inside the nesting sits this whole paragraph.",
        LAST,
    )
    assert any("flattened" in w for w in article.warnings)


def test_a_flattened_page_over_the_element_bound_says_what_was_counted() -> None:
    # 410,000 boxes with a word in each, under boxes nested too deep: each box leaves a line
    # break of its own once flattened.
    boxes = "<div>" * 300 + "<div>a</div>" * 410_000 + "</div>" * 300
    with pytest.raises(InputTooLargeError, match="elements and line breaks once its layout"):
        parse_article(page(boxes))


# --- garbage accepted as an article --------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)), "an ELF executable"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "a ZIP archive (or an Office document)"),
        (b"\x00\x01\x02", "binary data"),
        (bytes(range(32)) * 20, "binary data"),
    ],
)
def test_binary_input_is_refused(data: bytes, kind: str) -> None:
    assert binary_format_of(data) == kind
    with pytest.raises(BinaryInputError, match="not an HTML page or a text dump") as caught:
        parse_article(data)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, NewsparseError)


@pytest.mark.parametrize("size", [100, 500, 4096, 100_000])
def test_random_bytes_with_no_signature_are_binary(size: int) -> None:
    # Encrypted or compressed data of a format with no known signature holds about a tenth of
    # control bytes: 35% to 50% of such blobs were read as cp1252 text (audit33).
    rng = random.Random(size)
    blobs = [rng.randbytes(size) for _ in range(50)]
    assert all(binary_format_of(blob) == "binary data" for blob in blobs)
    with pytest.raises(BinaryInputError, match="binary data"):
        parse_article(blobs[0])


@pytest.mark.parametrize(
    "data",
    [
        ("Новости дня: в Москве идёт снег. " * 40).encode("cp1251"),
        ("Новости дня: в Москве идёт снег. " * 40).encode("koi8-r"),
        ("Новости\x01 дня: в Москве идёт снег. " * 40).encode("utf-8"),
        ("Nachrichten\x01 über Straßen und Städte. " * 40).encode("cp1252"),
    ],
)
def test_legacy_text_and_text_with_a_few_control_bytes_are_not_binary(data: bytes) -> None:
    assert binary_format_of(data) is None


@pytest.mark.parametrize(
    "text",
    ["BMKG memperkirakan hujan lebat", "MZ Pictures merilis film baru", "ID3 tag", "OTTO"],
)
def test_text_that_starts_like_a_short_signature_is_text(text: str) -> None:
    assert binary_format_of(f"{text}\n\n{PARAGRAPH}\n".encode()) is None


def test_compression_is_named_for_the_caller_that_decompresses() -> None:
    assert compression_of(b"\x1f\x8b\x08\x00") == "gzip"
    assert compression_of(b"BZh91AY&SY") == "bzip2"
    assert compression_of(b"\xfd7zXZ\x00\x00") == "xz"
    assert compression_of(page().encode()) is None


def test_bomless_utf16_is_read() -> None:
    assert parse_article(page().encode("utf-16-le")).paragraphs[-1] == LAST
    assert parse_article(page().encode("utf-16-be")).paragraphs[-1] == LAST


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_bomless_utf32_is_read_as_utf32(codec: str) -> None:
    # It was read as UTF-16 with the NULs cleaned away: right for ASCII by luck, wrong past it.
    text = f"{page()}<!-- 東京 😀 -->"
    assert decode_with_notes(text.encode(codec)).text == text
    assert parse_article(text.encode(codec)).paragraphs[-1] == LAST


@pytest.mark.parametrize(
    "data",
    [
        bytes(1000),
        b"\x89PNG\r\n\x1a\n" + bytes(100),
        b"\x00\x06\x15\x61" + bytes(200) + b"\x01\x02" + bytes(3000),  # a database's page
    ],
)
def test_bytes_padded_with_nuls_are_binary_not_utf16(data: bytes) -> None:
    # Both halves of the bytes NUL: it was read as UTF-16 of garbage (a database file gave an
    # "article" titled in CJK-looking characters), or a PNG signature was never looked at (audit33).
    with pytest.raises(BinaryInputError):
        parse_article(data)


RUSSIAN = "Москва приняла решение о строительстве новой дороги между двумя городами области."
JAPANESE = "東京都は新しい道路の建設を決定しました。住民はこの決定を歓迎しています。"


@pytest.mark.parametrize(
    ("codec", "sentence"),
    [("cp1251", RUSSIAN), ("koi8-r", RUSSIAN), ("shift_jis", JAPANESE)],
)
def test_an_xhtml_pages_xml_declaration_names_its_encoding(codec: str, sentence: str) -> None:
    # It was "declares no encoding" and cp1252 mojibake (or a detector's guess) (audit33).
    data = f'<?xml version="1.0" encoding="{codec.upper()}"?>\n<html><body><article>'
    data += (
        f"<h1>{sentence[:20]}</h1><p>{sentence}</p><p>{sentence[::-1]}</p></article></body></html>"
    )
    decoded = decode_with_notes(data.encode(codec))
    assert decoded.text == data
    assert decoded.notes == ()
    article = parse_article(data.encode(codec))
    assert article.title == sentence[:20]
    assert article.warnings == ()


def test_a_meta_charset_wins_over_the_xml_declaration() -> None:
    data = '<?xml version="1.0" encoding="koi8-r"?><html><head><meta charset="cp1251"></head>'
    data += f"<body><article><h1>Новости</h1><p>{RUSSIAN}</p></article></body></html>"
    assert decode_with_notes(data.encode("cp1251")).text == data


@pytest.mark.parametrize(
    ("codec", "sentence"),
    [("cp1251", RUSSIAN), ("koi8-r", RUSSIAN), ("shift_jis", JAPANESE)],
)
def test_an_undeclared_legacy_encoding_is_detected_or_flagged(codec: str, sentence: str) -> None:
    data = (
        f"<html><body><article><h1>Новости</h1>{f'<p>{sentence}</p>' * 4}</article></body></html>"
    )
    data_bytes = data.replace("Новости", sentence[:6]).encode(codec)
    decoded = decode_with_notes(data_bytes)
    assert len(decoded.notes) == 1
    pytest.importorskip("charset_normalizer")
    assert sentence in decoded.text
    assert "a guess" in decoded.notes[0]
    assert "a guess" in parse_article(data_bytes).warnings[-1]


def test_an_undeclared_legacy_encoding_without_the_detector_is_flagged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "charset_normalizer", None)
    data = f"<html><body><p>{RUSSIAN}</p><p>{RUSSIAN}</p></body></html>".encode("cp1251")
    decoded = decode_with_notes(data)
    assert "newsparse[charset]" in decoded.notes[0]


@pytest.mark.parametrize(
    "text",
    [
        "Café “kopi” – the naïve façade of the Köln Straße, déjà vu.",
        "São Paulo: a população de Brasília e a educação são questões.",
        "Grüße aus Köln, schöne Größe, Äpfel und Öl für Übermorgen.",
    ],
)
def test_western_cp1252_is_read_without_a_note(text: str) -> None:
    decoded = decode_with_notes(f"<p>{text}</p>".encode("cp1252"))
    assert decoded.text == f"<p>{text}</p>"
    assert decoded.notes == ()


def test_clean_text_policy() -> None:
    assert clean_text("a\x00b\x1bc\x7fd\x9fe") == "abcde"
    assert clean_text("a\x0cb\x0bc\x85d") == "a\nb\nc\nd"
    # Every control str.splitlines reads as a line break becomes one (U+001C to U+001E were
    # removed, gluing the lines they split).
    assert clean_text("a\x1cb\x1dc\x1ed\x1fe") == "a\nb\nc\nde"
    assert clean_text("tab\tnl\ncr\r") == "tab\tnl\ncr\r"
    assert clean_text("\ud800\udfff\ufdd0\ufffe\U0010ffff") == "\ufffd" * 5
    assert clean_text("ok \u00e9 \U0001f600") == "ok \u00e9 \U0001f600"


def test_a_bom_for_utf16_still_wins() -> None:
    data = codecs.BOM_UTF16_LE + page().encode("utf-16-le")
    assert parse_article(data).paragraphs[-1] == LAST


# --- consistency ---------------------------------------------------------------------------------

CZECH = (
    "Vláda dnes schválila návrh zákona o státním rozpočtu na příští rok. Ministr financí řekl, že "
    "schodek se sníží a že vláda bude pokračovat v reformách. Opozice návrh kritizovala a tvrdí, že "
    "rozpočet je nereálný. Poslanci o něm budou hlasovat v prosinci, a pokud ho schválí, začne platit "
    "od ledna. Na jednání se sešli také zástupci krajů a obcí, kteří žádají více peněz do dopravy a "
    "do škol."
)
DANISH = (
    "Regeringen har i dag fremlagt et forslag til en ny finanslov for det kommende år. "
    "Finansministeren siger, at underskuddet vil blive mindre, og at regeringen vil fortsætte med "
    "reformerne. Oppositionen kritiserer forslaget og mener, at det er urealistisk. Folketinget skal "
    "stemme om det i december, og hvis det bliver vedtaget, træder det i kraft fra januar. De er "
    "enige om en del, men en stor del af det er stadig uafklaret."
)
NORWEGIAN = (
    "Regjeringen har i dag lagt fram et forslag til nytt statsbudsjett for neste år. "
    "Finansministeren sier at underskuddet vil bli mindre, og at regjeringen vil fortsette med "
    "reformene. Opposisjonen kritiserer forslaget og mener at det er urealistisk. Stortinget skal "
    "stemme over det i desember, og hvis det blir vedtatt, trer det i kraft fra januar. De er enige "
    "om en del, men en stor del er fortsatt uavklart."
)
PORTUGUESE = (
    "O governo apresentou hoje uma proposta de um novo orçamento para o próximo ano. O ministro das "
    "finanças disse que o défice será menor e que o governo vai continuar com as reformas. A oposição "
    "criticou a proposta e disse que não é realista. O parlamento vai votar em dezembro, e se for "
    "aprovada, entra em vigor em janeiro, com mais verbas para os municípios e para as escolas."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(CZECH, None), (DANISH, None), (NORWEGIAN, None), (PORTUGUESE, "pt")],
)
def test_language_is_none_rather_than_wrong(text: str, expected: str | None) -> None:
    article = parse_article(
        f"<html><body><article><h1>Budget</h1><p>{text}</p></article></body></html>"
    )
    assert article.language == expected


@pytest.mark.parametrize(
    ("published", "modified", "zone"),
    [
        ("2024-09-30T07:50:48+02:00", "2024-09-30T09:10:00", "+02:00"),
        ("2024-09-30T07:50:48", "2024-09-30T09:10:00Z", "+00:00"),
    ],
)
def test_published_and_modified_are_both_aware_or_both_naive(
    published: str, modified: str, zone: str
) -> None:
    head = (
        f'<meta property="article:published_time" content="{published}">'
        f'<meta property="article:modified_time" content="{modified}">'
    )
    article = parse_article(page(head=head))
    assert isinstance(article.published, dt.datetime)
    assert isinstance(article.modified, dt.datetime)
    assert article.published.isoformat().endswith(zone)
    assert article.modified.isoformat().endswith(zone)
    assert article.published < article.modified  # comparable: no TypeError
    assert any("states no zone" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Minister for CD&amp;amp;V again", "Minister for CD&V again"),
        ("&lt;p&gt;The debate went on.&lt;/p&gt;", "The debate went on."),
        ("He said &amp;#039;unity&amp;#039; twice", "He said 'unity' twice"),
        ("Price &amp;nbsp;rises", "Price \u00a0rises"),
    ],
)
def test_meta_values_are_unescaped_like_jsonld_values(content: str, expected: str) -> None:
    article = parse_article(page(head=f'<meta name="description" content="{content}">'))
    assert article.description == " ".join(expected.split())


# --- a batch carries on ----------------------------------------------------------------------


def test_a_cli_batch_carries_on_past_bad_files(tmp_path: pytest.TempPathFactory) -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    folder = Path(str(tmp_path))
    surrogate = jsonld('{"@type": "NewsArticle", "headline": "Bad \\ud800 title"}')
    files = {
        "1-good.html": page().encode(),
        "2-surrogate.html": page(head=surrogate).encode(),
        "3-elf.bin": b"\x7fELF\x02\x01\x01\x00" + bytes(range(64)),
        "4-empty.txt": b"",
        "5-good.html": page(head="<title>Second</title>").encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", *(str(folder / name) for name in files)],
        capture_output=True,
        check=False,
        encoding="utf-8",
    )
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [Path(r["path"]).name for r in records] == [
        "1-good.html",
        "2-surrogate.html",
        "5-good.html",
    ]
    assert records[1]["title"] == "Bad \ufffd title"
    assert "3-elf.bin" in done.stderr
    assert "4-empty.txt" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.returncode == 1


@given(
    st.lists(st.sampled_from(HOSTILE_FRAGMENTS), min_size=1, max_size=4),
    st.sampled_from(["html", "text", "bytes"]),
)
def test_hostile_fragments_anywhere_give_an_article_or_an_error(
    fragments: list[str], how: str
) -> None:
    body = "".join(fragments)
    source: str | bytes = page(body) if how != "text" else f"Storm\n\n{body}\n\n{PARAGRAPH}\n"
    if how == "bytes":
        source = str(source).encode("utf-8", "surrogatepass")
    try:
        article = parse_article(source)
    except NewsparseError:
        return
    assert_clean(article)


# --- the linear forms of the patterns read what the old ones read --------------------------------


def test_keywords_split_at_a_separator_after_a_separator() -> None:
    article = parse_article(page(head='<meta name="keywords" content="Ann Lee , , Port; | Storm">'))
    assert article.tags == ("Ann Lee", "Port", "Storm")


def test_a_dated_byline_wrapped_in_a_teaser_box_is_read() -> None:
    body = (
        '<div class="teaser-small__meta"><p class="byline__author">Von <a href="/a">Ann Lee</a> '
        "am 3. März 2021</p></div>"
    )
    html = f"<html><body><article><h1>Storm</h1>{body}<p>{PARAGRAPH}</p><p>{LAST}</p></article></body></html>"
    assert parse_article(html).published == dt.date(2021, 3, 3)


def _clean_by_definition(text: str) -> str:
    """clean_text's policy, one character at a time (the slow, obvious reading of it)."""
    out = []
    for char in text:
        code = ord(char)
        if char in "\x0b\x0c\x1c\x1d\x1e\x85":
            out.append("\n")
        elif (code < 0x20 and char not in "\t\n\r") or 0x7F <= code < 0xA0:
            continue
        elif 0xD800 <= code < 0xE000 or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
            out.append("\ufffd")
        else:
            out.append(char)
    return "".join(out)


# Characters next to what clean_text changes, in Latin-1, in the BMP (a curly quote sends a text
# to the UTF-8 check) and beyond: U+07FF, U+0FFE and U+1FBFF end in the UTF-8 bytes of an astral
# noncharacter's end or start; U+FFFD and U+FDF0 sit next to the BMP noncharacters.
_NEAR = [*"\x00\x08\t\n\x0b\x0c\r\x1b\x1c\x1e\x1f ~\x7f\x80\x85\x9e\x9f\xa0\xe9", "\u07ff", "\u0ffe",
         "\u0fff", "\u2019", "\ud800", "\udfff", "\ufdcf", "\ufdd0", "\ufdef", "\ufdf0", "\ufefe",
         "\ufffd", "\ufffe", "\uffff", "\U0001f600", "\U0001fbff", "\U0001fffe", "\U0002ffff",
         "\U0010fffe", "\U0010ffff"]  # fmt: skip
_NEAR_CLEANED = st.sampled_from(_NEAR)


@pytest.mark.parametrize("char", _NEAR)
@pytest.mark.parametrize("before", ["", "caf\xe9 ", "it\u2019s ", "\U0001f600 "])
def test_clean_text_matches_its_definition_for_each_character(before: str, char: str) -> None:
    text = f"{before}a{char}b\n"
    assert clean_text(text) == _clean_by_definition(text)


@given(st.lists(st.one_of(_NEAR_CLEANED, st.characters()), max_size=12))
def test_clean_text_matches_its_definition_character_by_character(chars: list[str]) -> None:
    for text in ("".join(chars), "\u2019" + "".join(chars), "\xe9" + "".join(chars)):
        assert clean_text(text) == _clean_by_definition(text)


@pytest.mark.parametrize("unit", ["\x00", "\x0b\x01", "\ud800\x00", "\x85\U0001f600"])
def test_clean_text_of_millions_of_controls_makes_no_call_for_each(unit: str) -> None:
    # A gzip file of 20 KB unpacks to 20 MB of NULs: each control was found by a loop over the
    # text and replaced through a function, two Python calls each (2.9 s of CPU for the page;
    # a str of 20 million NULs, 5.7 s). Now a few searches and replacements in C (0.6 s, 1.1 s).
    text = unit * 20_000
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        cleaned = clean_text(text)
    finally:
        sys.setprofile(None)
    assert cleaned == _clean_by_definition(text)
    assert calls < 50


def _utf8_of(text: str) -> bytes | None:
    """``text`` in UTF-8, as the decoder hands it on, or ``None`` (a surrogate has no UTF-8)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


@given(st.lists(st.one_of(_NEAR_CLEANED, st.characters()), max_size=12))
def test_clean_text_reads_the_given_utf8_bytes_to_the_same_result(chars: list[str]) -> None:
    for text in ("".join(chars) + "\n", "\u2019" + "".join(chars), "\xe9" + "".join(chars)):
        utf8 = _utf8_of(text)
        if utf8 is not None:
            assert clean_text(text, utf8=utf8) == _clean_by_definition(text)


@given(st.lists(st.one_of(_NEAR_CLEANED, st.characters()), max_size=12))
def test_clean_text_with_utf8_gives_back_the_text_itself_when_nothing_is_cleaned(
    chars: list[str],
) -> None:
    # The bytes are read first, a printable text too (a page on one line): the caller tells
    # from identity whether the bytes still stand for the text.
    for text in ("".join(chars), "\u2019" + "".join(chars), "\xe9" + "".join(chars) + "\U0001f600"):
        utf8 = _utf8_of(text)
        if utf8 is not None:
            cleaned = clean_text(text, utf8=utf8)
            assert cleaned == _clean_by_definition(text)
            assert (cleaned is text) == (cleaned == text)


@given(st.lists(st.one_of(_NEAR_CLEANED, st.characters()), max_size=12))
def test_clean_text_utf8_gives_the_cleaned_text_and_its_bytes_only_when_unchanged(
    chars: list[str],
) -> None:
    for text in ("".join(chars) + "\n", "\u2019" + "".join(chars) + "\n", "\xe9" + "".join(chars)):
        cleaned, utf8 = clean_text_utf8(text)
        assert cleaned == _clean_by_definition(text)
        if utf8 is not None:
            assert cleaned is text
            assert utf8 == text.encode("utf-8")


@pytest.mark.parametrize("char", [c for c in _NEAR if _utf8_of(c) is not None])
def test_utf8_bytes_are_kept_for_the_cleaner_and_give_the_same_page(char: str) -> None:
    data = page(body=f"<p>caf\xe9 a{char}b and more words after it</p>").encode("utf-8")
    decoded = decode_with_notes(data)
    assert decoded.utf8 is data
    assert parse_article(data) == parse_article(data.decode("utf-8"))


def test_a_dump_of_too_many_lines_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each line costs a few microseconds, whatever its length: 400,000 lines of three characters
    # took 1.4 s a megabyte, 50 MB of them a minute (robust28-30). Blank lines do not count.
    limit = text_parser.MAX_DUMP_LINES
    with pytest.raises(InputTooLargeError, match=f"over {limit:,} lines"):
        parse_article("ab\n" * (limit + 1))
    monkeypatch.setattr(text_parser, "MAX_DUMP_LINES", 300)
    lines = [
        "A headline for the story",
        *(f"Line {i} of the story, told at length." for i in range(299)),
    ]
    spaced = "\n\n \n\t\n".join(lines)  # (empty and white lines between them)
    assert len(parse_article(spaced).paragraphs) == 299
    with pytest.raises(InputTooLargeError):
        parse_article(spaced + "\nOne line too many.")


@pytest.mark.parametrize(
    "separator", ["\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
)
def test_every_line_break_str_splitlines_knows_splits_a_dumps_lines(separator: str) -> None:
    # U+001C to U+001E were removed as controls, gluing the title, byline and paragraphs into one.
    lines = [
        "Storm over the port",
        "",
        "By Jane Doe",
        "",
        "Ships queued for hours to enter the port on Monday.",
        "",
        "The harbour master said the wait would end soon.",
    ]
    expected = parse_article("\n".join(lines))
    assert expected.title == "Storm over the port"
    assert expected.authors == ("Jane Doe",)
    assert len(expected.paragraphs) == 2
    text = separator.join(lines)
    assert text.splitlines() == lines
    for source in (text, text.encode("utf-8")):
        article = parse_article(source)
        assert (article.title, article.authors, article.paragraphs) == (
            expected.title,
            expected.authors,
            expected.paragraphs,
        )


_THREE = (
    "The port reopened on Monday after the storm, and ships queued for hours to enter.",
    "Officials said the damage was smaller than feared, though two piers stay closed.",
    "Fishermen hope to sail again by the end of the week, the harbour master said.",
)


def _with_body(body: str) -> str:
    block = json.dumps({"@type": "NewsArticle", "headline": "Storm", "articleBody": body})
    return (
        f'<html><head><script type="application/ld+json">{block}</script></head><body>'
        "<article><h1>Storm</h1>" + "".join(f"<p>{p}</p>" for p in _THREE) + "</article>"
        "</body></html>"
    )


@pytest.mark.parametrize("words", [200, 300_000])
def test_a_long_jsonld_body_of_one_line_of_filler_leaves_the_pages_paragraphs(words: int) -> None:
    # (round 39's fuzzing: a 1.8 MB articleBody of "word. word." replaced the three paragraphs)
    article = parse_article(_with_body("word. " * words))
    assert article.paragraphs == _THREE


def test_a_long_jsonld_body_of_one_line_that_opens_with_the_pages_text_still_wins() -> None:
    # (a paywall's teaser: the markup shows the start, the data holds the whole article)
    rest = " ".join(f"The cranes at berth {i} were checked one by one." for i in range(20))
    article = parse_article(_with_body(" ".join(_THREE) + " " + rest))
    assert article.paragraphs == (" ".join(_THREE) + " " + rest,)


def test_thousands_of_the_same_warning_are_told_as_a_count() -> None:
    # fuzz46: a dump of 2,000 picture credits without captions gave a warning for each, more
    # text in its warnings than in the dump; each kind of warning is given 100 times now, and
    # one more warning says how many were left out.
    credits = "".join(f"(Photo: Reuters {i})\n" for i in range(2_000))
    body = "The port reopened on Monday after the storm, and ships queued for hours to enter.\n"
    article = parse_article(f"Storm over the port\n\n{credits}\n{body}")
    assert 1 < len(article.warnings) <= 250
    left_out = [w for w in article.warnings if w.endswith("more such warnings left out")]
    assert left_out
    told = sum(int(w.rsplit(": ", 1)[1].split()[0].replace(",", "")) for w in left_out)
    assert told + len(article.warnings) - len(left_out) >= 2_000  # (each credit still counted)


def test_millions_of_attributes_in_one_tag_are_read_in_bounded_memory() -> None:
    # fuzz49: an unclosed quote over megabytes of words is one tag of millions of attributes;
    # the run of them was read in one match, whose repeat held a state for each: 1 million took
    # 320 MB, 6 million (18 MB of page) 1.9 GB, and a page of 50 MB would take 5 GB.
    import tracemalloc  # noqa: PLC0415

    from newsparse._html.page import tree  # noqa: PLC0415

    text = '<p title="' + "a b" * 1_000_000
    tracemalloc.start()
    try:
        trimmed, count = tree._trim_crowded_tags(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 1
    assert trimmed.startswith('<p title="a ba b')
    assert len(trimmed) < 2_000
    assert peak < 20_000_000  # (the text itself is 3 MB; 0.2 MB measured)
    article = parse_article(
        "<html><head><title>Rain floods the capital</title></head><body><h1>Rain floods the "
        f"capital</h1>{text}"
    )
    assert article.title == "Rain floods the capital"
    assert any("over 500 attributes" in warning for warning in article.warnings)


def _page_dated(where: str, value: str) -> str:
    """A page whose publication date is ``value``, given in a ``<meta>``, a ``<time>`` or JSON-LD."""
    head = {
        "meta": f"<meta property='article:published_time' content='{value}'>",
        "json-ld": (
            "<script type='application/ld+json'>"
            f'{{"@type": "NewsArticle", "datePublished": "{value}"}}</script>'
        ),
        "time": "",
    }[where]
    shown = f"<time datetime='{value}'>5 May</time>" if where == "time" else ""
    body = "Heavy rain fell over the capital on Monday, flooding several districts. " * 3
    return (
        f"<html><head><title>Rain</title>{head}</head><body><article><h1>Rain</h1>{shown}"
        f"<p>{body}</p></article></body></html>"
    )


@pytest.mark.parametrize("offset", ["+99:00", "+24:00", "-25:30"])
@pytest.mark.parametrize("where", ["meta", "time", "json-ld"])
def test_a_pages_time_with_an_offset_out_of_range_keeps_the_day_and_says_so(
    where: str, offset: str
) -> None:
    # fuzz49: a dump's date line says the time was dropped; a page's value dropped it unsaid.
    value = f"2020-05-05T10:00:00{offset}"
    article = parse_article(_page_dated(where, value))
    assert article.published == dt.date(2020, 5, 5)
    assert any(value in w and "kept the day only" in w for w in article.warnings)


@pytest.mark.parametrize("value", ["9999-05-05T10:00:00Z", "2020-13-05T10:00:00Z", "2020-02-30"])
@pytest.mark.parametrize("where", ["meta", "time", "json-ld"])
def test_a_pages_date_out_of_range_is_no_date_and_says_so(where: str, value: str) -> None:
    # fuzz50: a year, a month or a day out of range gave no date and no word.
    article = parse_article(_page_dated(where, value))
    assert article.published is None
    assert f"the page's date {value!r} could not be read" in " ".join(article.warnings)


@pytest.mark.parametrize(
    ("line", "day", "time"),
    [
        ("2023-05-01T25:00Z", dt.date(2023, 5, 1), "'25:00z'"),
        ("Published: 2023-05-01 24:30", dt.date(2023, 5, 1), "'24:30'"),
        ("Kamis, 14 September 2023 | 25:22 WIB", dt.date(2023, 9, 14), "'25:22 wib'"),
    ],
)
def test_a_dump_date_line_with_an_hour_out_of_range_keeps_the_day_and_says_so(
    line: str, day: dt.date, time: str
) -> None:
    # fuzz49's lead: the line was no date line, so the dump had no date and no word why (or,
    # for the last, the day without a word that its time was dropped).
    article = parse_article(f"Storm over the port\n\n{line}\n\n{PARAGRAPH}\n")
    assert article.published == day
    assert article.paragraphs == (PARAGRAPH,)
    assert f"date line {line!r}: {time} is no time of day; kept the day only" in article.warnings


def test_a_date_whose_year_is_out_of_range_is_not_said_to_have_none() -> None:
    # fuzz49's lead: "14 September 9999" was refused as "the date has no year".
    found = find_date("Kamis, 14 September 9999 | 11:22 WIB")
    assert found is not None
    assert found.value is None
    assert found.problem == (
        "the date has no year that can be read ('9999' after it is no year from 1000 to 2999) "
        "and no reference date was given to take one from"
    )
    assert parse_date("14 September 2023 25:00") == dt.date(2023, 9, 14)
    assert parse_date("14 September 2023 23:00") == dt.datetime(2023, 9, 14, 23, 0)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://example.com/news/\n2020/rain", "https://example.com/news/2020/rain"),
        ("https://example.com/news/\t2020/rain\r\n", "https://example.com/news/2020/rain"),
    ],
)
def test_a_given_address_loses_its_tabs_and_line_breaks(given: str, expected: str) -> None:
    # fuzz49: Article.url kept a line feed of url= (browsers drop tabs and line breaks from an
    # address wherever they stand).
    body = "Heavy rain fell over the capital on Monday, flooding several districts. " * 3
    page = f"<html><body><article><h1>Rain</h1><p>{body}</p></article></body></html>"
    assert parse_article(page, url=given).url == expected
    assert parse_article(f"Rain\n\n{body}\n\n{body}\n", url=given).url == expected


@pytest.mark.parametrize(
    ("first", "shown"),
    [
        ("7" * 10_000_000, "holds 10,000,000 characters, no headline: '" + "7" * 80 + "...'"),
        ("9" * 2_001, "holds 2,001 characters"),
        ("2024/05", "holds no letter, no headline: '2024/05'"),
    ],
)
def test_a_line_of_digits_is_no_title_and_stays_in_the_text(first: str, shown: str) -> None:
    # A dump opening with a line of 10 MB of digits had it as its title, without a word (fuzz49).
    article = parse_article(f"{first}\n\n{PARAGRAPH}\n")
    assert article.title is None
    assert article.paragraphs == (first, PARAGRAPH)
    assert any(shown in warning for warning in article.warnings), article.warnings


def test_a_title_at_the_bar_is_kept_one_past_it_is_text() -> None:
    title = "Storm over the port " + "x" * 1_980  # (2,000 characters: the bar)
    article = parse_article(f"{title}\n\n{PARAGRAPH}\n")
    assert article.title == title
    assert article.paragraphs == (PARAGRAPH,)
    assert article.warnings == ()
    article = parse_article(f"{title}x\n\n{PARAGRAPH}\n")
    assert article.title is None
    assert article.paragraphs == (f"{title}x", PARAGRAPH)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dump_of_a_title_over_addresses_says_it_holds_no_text(gap: str) -> None:
    # The addresses were left out as the story's source line, the article was a title alone,
    # and nothing said so (fuzz49).
    urls = ["https://example.com/a/b", "https://example.com/c/d", "https://example.org/e"]
    article = parse_article("Storm over the port\n\n" + gap.join(urls) + "\n")
    assert article.title == "Storm over the port"
    assert article.paragraphs == ()
    for url in urls:
        assert f"left out an address in the header: {url!r}" in article.warnings
    assert any(w.startswith("found a title but no article text") for w in article.warnings)


def test_a_dump_of_a_title_alone_has_no_warning() -> None:
    for text in ("Storm over the port\n", "\n  Storm over the port  \n\n\n"):
        article = parse_article(text)
        assert article.title is not None
        assert article.warnings == ()


@pytest.mark.parametrize("marker", ["(fyk/ash)", "Copyright 2023", "KOMENTAR"])
def test_running_text_after_the_storys_end_is_counted_in_a_warning(marker: str) -> None:
    # fuzz50: a paragraph after an end marker went without a word (the trailer is the page's).
    after = "Officials said the damage was smaller than feared, and the port will stay open."
    article = parse_article(
        f"Storm over the port\n\n{PARAGRAPH}\n\n{marker}\n\n{after}\n\n{after[:-1]}\n\nShare\n"
    )
    assert article.paragraphs == (PARAGRAPH,)
    assert article.warnings == (
        f"left out 1 line(s) of running text after the story's end, {marker!r}",
    )


def test_empty_time_elements_nested_beside_a_name_are_read_in_bounded_memory() -> None:
    # fuzz50: each empty <time> of a short block was taken out of its text as "", putting a
    # space between every two characters: the text doubled for each, 25 nested took 11 s and
    # 40 (a page of 300 bytes) more memory than the machine had.
    import tracemalloc  # noqa: PLC0415

    page_text = page("<div>Jane Doe " + "<time>" * 24 + "</div>")
    tracemalloc.start()
    try:
        article = parse_article(page_text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert article.paragraphs == (PARAGRAPH, "Jane Doe", LAST)
    assert peak < 30_000_000  # (the doubled text was 160 MB at 24; a few MB measured)


def test_a_standfirst_between_a_title_and_a_tools_fields_is_the_description() -> None:
    # fuzz50: the line between the title and the fields (a byline's label, tags) was left out
    # without a word; without the tags line under the byline it was the description already.
    standfirst = "The port reopens after a week of storms, and the ships waiting outside come in."
    article = parse_article(
        f"Storm over the port\n\n{standfirst}\n\nPenulis: Budi Santoso\n\nTags: port, storm\n\n"
        f"{PARAGRAPH}\n"
    )
    assert article.title == "Storm over the port"
    assert article.description == standfirst
    assert article.authors == ("Budi Santoso",)
    assert article.tags == ("port", "storm")
    assert article.paragraphs == (PARAGRAPH,)
