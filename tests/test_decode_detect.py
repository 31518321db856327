import codecs
import random
import re

import pytest

from newsparse import _decode, parse_article
from newsparse._decode import (
    byte_marks,
    decode,
    decode_with_notes,
    is_printable,
    latin1_holds_none,
    lookup_encoding,
)
from newsparse._detect import detect_kind, json_value, looks_like_path
from newsparse.errors import BinaryInputError, DecodeError, InputTooLargeError

TEXT = "Kota Bogor – café “terbuka” ½"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
        (TEXT.encode("cp1252"), TEXT),
        # cp1252 leaves 0x81 undefined; the byte is kept as U+0081, not dropped.
        (b"a\x81b \x93q\x94", "a\x81b “q”"),
        (
            b'<meta charset="iso-8859-1"><p>caf\xe9 \x80</p>',
            '<meta charset="iso-8859-1"><p>café €</p>',
        ),
        (b'<meta charset="-->UTF-8"><p>caf\xc3\xa9</p>', '<meta charset="-->UTF-8"><p>café</p>'),
        (b'<meta charset="koi8-r"><p>\xf0\xd2\xc9</p>', '<meta charset="koi8-r"><p>При</p>'),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data) == expected


def test_caller_encoding_wins_over_declaration() -> None:
    data = '<meta charset="utf-8"><p>При</p>'.encode("koi8-r")
    assert decode(data, encoding="koi8-r").endswith("При</p>")


def test_utf8_with_stray_cp1252_punctuation_is_mended() -> None:
    data = "Café “kopi” – ".encode() + "kata dia “enak” – ya".encode("cp1252")
    assert decode(data) == "Café “kopi” – kata dia “enak” – ya"


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    data = '<meta charset="iso-8859-1"><p>Grüße aus Köln – café</p>'.encode()
    assert decode(data).endswith("<p>Grüße aus Köln – café</p>")
    assert decode(data, encoding="latin-1").endswith("<p>Grüße aus Köln – café</p>")


GERMAN = "<p>Die Straße war gesperrt, sagte der Bürgermeister von Köln am Montag.</p>" * 20


@pytest.mark.parametrize("declared", ["", '<meta charset="utf-8">'])
@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_cut_inside_its_last_character_is_read_as_utf8(declared: str, cut: int) -> None:
    # A download stopped at a byte count was read as cp1252 whole, every "ß" made "ÃŸ", without
    # a word (robust30). The cut character is left out, with a warning.
    data = (declared + GERMAN).encode() + "€".encode()[:cut]
    found = decode_with_notes(data)
    assert found.text == declared + GERMAN
    assert found.notes == (
        f"the input ends inside a utf-8 character (cut short?); its last {cut} byte(s) were left out",
    )
    article = parse_article(data)
    assert article.paragraphs[0].startswith("Die Straße war")
    assert article.warnings == found.notes
    # ASCII text ending in a byte that opens a UTF-8 character is another charset's text.
    assert decode(b"<p>Plain words \xc3") == "<p>Plain words Ã"


@pytest.mark.parametrize("declared", ["", '<meta charset="utf-8">'])
def test_utf8_with_a_few_bytes_of_another_charset_reads_them_as_replacement(
    declared: str,
) -> None:
    data = (declared + GERMAN).encode().replace("ß".encode(), b"\xdf", 1)
    found = decode_with_notes(data)
    assert found.text == (declared + GERMAN).replace("ß", "\ufffd", 1)
    assert found.notes == (
        "1 byte(s) of the input are not UTF-8 as the rest is; they were read as U+FFFD",
    )
    # Many such bytes, or a page in cp1252 alone, are read as cp1252 as before.
    mixed = (declared + GERMAN).encode().replace("ß".encode(), b"\xdf")
    assert decode(mixed) == (declared + GERMAN).replace("ü", "Ã¼").replace("ö", "Ã¶")
    assert decode((declared + GERMAN).encode("cp1252")) == declared + GERMAN


def test_bom_contradicted_by_bytes_is_an_error() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfa")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("latin-1", "cp1252"),
        ("ISO-8859-1", "cp1252"),
        ("utf8", "utf-8"),
        ("no-such", None),
        (None, None),
        # Labels browsers know and Python's registry does not (they gave None: undeclared).
        ("windows-874", "cp874"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("iso88592", "iso8859-2"),
        ("ISO-8859-8-I", "iso8859-8"),
        ("x-cp1251", "cp1251"),
        ("x-gbk", "gb18030"),
        ("windows-949", "cp949"),
        ("unicode-1-1-utf-8", "utf-8"),
    ],
)
def test_lookup_encoding(label: str | None, expected: str | None) -> None:
    assert lookup_encoding(label) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  <html lang='id'><p>x</p>", "html"),
        ("<div class='a'><p>One</p><p>Two</p><p>Three</p></div>", "html"),
        ("<p>Just a fragment.</p>", "html"),
        ("Judul\n\nOleh: Ani\n\nHarga naik <5% kata dia.\n", "text"),
        ("Title\n\nThe tag <p> starts a paragraph in HTML, he wrote.\n", "text"),
        ("Plain text with no markup at all.", "text"),
        # A scraper's dump with its <br> line breaks and <b> names left in: lines open with text.
        (
            "Harbour reopens<br>\nBy <b>Jane Roe</b><br>\n"
            + "The harbour reopened on Tuesday.<br>\n" * 12,
            "text",
        ),
        # The same tags, but each line opens with one: a fragment of a page.
        ("<p>The harbour reopened on Tuesday.<br>Ferries ran.</p>\n" * 12, "html"),
        # Lines that open with text, but tags a page is built of: a page.
        ("Harbour reopens\n" + "<div>The harbour reopened.</div> Ferries ran.\n" * 12, "html"),
        # A whole page rendered to text that kept a <noscript> block's markup on a few of its
        # many lines: a text dump.
        (
            "Harian Contoh\nHome\nNews\n"
            + '<img src="/pixel.gif" width="1"><div class="ad"></div><span></span>\n'
            + '<iframe src="/tag"></iframe><a href="/x">x</a><p></p><br><br>\n'
            + "The harbour reopened on Tuesday after the storm.\n" * 30,
            "text",
        ),
        # The same, opening with the block's tracking pixels on a line of their own (no text on
        # it): a text dump still.
        (
            '<img src="/pixel.gif" width="1" height="1" /><img src="/beacon?id=7" alt="" />\n'
            + "Harian Contoh\nHome\nNews\n"
            + '<iframe src="/tag"></iframe><a href="/x">x</a><p></p><br><br>\n'
            + "The harbour reopened on Tuesday after the storm.\n" * 30,
            "text",
        ),
        # The same with text on that first line: a fragment of a page opening with its lead
        # picture, as before.
        (
            '<img src="/pixel.gif" width="1" height="1" /><img src="/lead.jpg" /> Harbour\n'
            + "Harian Contoh\nHome\nNews\n"
            + '<iframe src="/tag"></iframe><a href="/x">x</a><p></p><br><br>\n'
            + "The harbour reopened on Tuesday after the storm.\n" * 30,
            "html",
        ),
        # The same lines behind a page's frame (an HTTP header or junk before the document).
        (
            "HTTP/1.1 200 OK\n<head><title>Harbour</title></head>\n"
            + '<img src="/pixel.gif" width="1"><div class="ad"></div><span></span>\n'
            + '<iframe src="/tag"></iframe><a href="/x">x</a><p></p><br><br>\n'
            + "The harbour reopened on Tuesday after the storm.\n" * 30,
            "html",
        ),
        # A whole page rendered to text whose comment or <noscript> block quoted a script (and
        # the markup around it) on three of its many lines: a text dump still.
        (
            "Log in\nHome\nNews\nHarbour reopens after the storm\n"
            + '<span class="count">36</span><script>\n'
            + "document.getElementById('count').style.display = 'inline';</script>\n"
            + '<a href="#" class="reply">Discuss<span class="icon"></span></a><img src="/p.gif">\n'
            + "The harbour reopened on Tuesday after the storm.\n" * 30,
            "text",
        ),
        # The same lines behind a page's frame: its head's tags make it a page.
        (
            "HTTP/1.1 200 OK\n<head><meta charset=utf-8></head>\nHarbour reopens\n"
            + '<span class="count">36</span><script>\n'
            + "document.getElementById('count').style.display = 'inline';</script>\n"
            + '<a href="#" class="reply">Discuss<span class="icon"></span></a><img src="/p.gif">\n'
            + "The harbour reopened on Tuesday after the storm.\n" * 30,
            "html",
        ),
    ],
)
def test_detect_kind(text: str, expected: str) -> None:
    assert detect_kind(text) == expected


def test_is_printable_is_str_isprintable() -> None:
    # The byte-table check must agree with str.isprintable on every Latin-1 character, alone
    # and inside text, and on text beyond Latin-1 (checked the plain way).
    texts = [chr(code) for code in range(256)]
    texts += [f"Kim dan Putin{chr(code)} bertemu." for code in range(256)]
    texts += [
        "",
        "신현주 기자",
        "Ünïcödé – “quoted” …",
        "a\u2028b",
        "a\u200bb",
        "\ud800",
        "\U0001f600",
    ]
    for text in texts:
        assert is_printable(text) == text.isprintable(), repr(text)


def test_latin1_holds_none_finds_each_marked_character() -> None:
    # The byte table must tell every marked Latin-1 character, alone and inside text, and pass
    # every other; text beyond Latin-1 gets None.
    marked = {0x00, 0x0A, 0x7F, 0x85, 0xA0, 0xFF}
    marks = byte_marks(marked)
    for code in range(256):
        for text in (chr(code), f"Kim dan Putin{chr(code)} bertemu."):
            assert latin1_holds_none(text, marks) is (code not in marked), repr(text)
    assert latin1_holds_none("", marks) is True
    assert latin1_holds_none("Kim \u2013 Putin", marks) is None
    assert latin1_holds_none("\ud800", marks) is None


@pytest.mark.parametrize(
    ("mark", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF8, "utf-8"),
        (b"", "utf-16-le"),  # (no mark: told by its NULs)
        (b"", "utf-16-be"),
    ],
)
@pytest.mark.parametrize("cut", [1, 2, 3])
def test_utf16_and_utf32_cut_inside_their_last_character_are_read(
    mark: bytes, codec: str, cut: int
) -> None:
    # With a byte-order mark, a page cut short was a DecodeError; UTF-16 without one was taken
    # for binary data (BinaryInputError): the page lost for a byte (robust30).
    data = mark + (GERMAN + "😀").encode(codec)
    found = decode_with_notes(data[:-cut])
    assert found.text == GERMAN
    assert found.notes == (
        f"the input ends inside a {codec} character (cut short?); its last "
        f"{4 - cut} byte(s) were left out",
    )
    # Bytes that are wrong before the end still are an error.
    if mark:
        broken = mark + f"<p>a\udc00</p>{GERMAN}".encode(codec, "surrogatepass")
        with pytest.raises(DecodeError, match="byte-order mark"):
            decode(broken)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"title": "Harbour reopens", "paragraphs": ["The harbour reopened."]}', True),
        ('  [\n  {"title": "Harbour reopens"}\n]\n', True),
        ("[1, 2", False),  # cut short: no JSON document
        ("{Harbour} reopens {today}", False),  # braces around words, no JSON
        ("The harbour reopened on Tuesday.", False),
    ],
)
def test_json_value_is_a_whole_document_or_none(text: str, expected: bool) -> None:
    assert (json_value(text) is not None) is expected


def test_json_value_refuses_json_too_deep_for_the_json_module() -> None:
    # (It was None, and the document was read as a dump of its JSON text, without a word.)
    with pytest.raises(InputTooLargeError, match="nested deeper"):
        json_value("[" * 100_000 + "]" * 100_000)


def test_json_document_without_article_text_is_read_with_a_warning() -> None:
    # A JSON document with no article text under a key newsparse knows (tests/test_record.py
    # has the records it reads): read as plain text, and the warning says what the input was.
    document = (
        '{\n  "headings": ["Harbour reopens after the storm"],\n  "lines": [\n'
        '    "The harbour reopened on Tuesday after a week of storms, the port authority said.",\n'
        '    "Ferries to the islands will run on the winter timetable until Friday."\n  ]\n}\n'
    )
    article = parse_article(document)
    assert any(note.startswith("the input is a JSON document") for note in article.warnings)
    assert any("no article text" in note for note in article.warnings)
    assert any('"lines"' in text for text in (article.title or "", *article.paragraphs))
    plain = parse_article("Harbour reopens\n\nThe harbour reopened on Tuesday after a week.\n")
    assert not any("JSON" in note for note in plain.warnings)


def test_unknown_encoding_is_named_in_a_warning() -> None:
    data = b"Harbour reopens\n\nThe harbour reopened on Tuesday after a week of storms.\n"
    told = parse_article(data, encoding="klingon")
    assert told.warnings == ("encoding='klingon' is not a text encoding newsparse knows; not used",)
    assert told.paragraphs == parse_article(data).paragraphs
    assert parse_article(data, encoding="latin-1").warnings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("page.html", True),
        ("/srv/news/2023/09/000_ba2def52373556d9.txt\n", True),
        ("C:\\dumps\\story.html.gz", True),
        ("https://www.example.com/news/harbour.html", True),
        ("Harbour reopens", False),  # a title: no extension
        ("The harbour reopened, as index.html says.", False),  # a sentence: spaces
        ("Harbour reopens\n\nThe harbour reopened on Tuesday.\n", False),
        ("x" * 2000 + ".html", False),  # too long for a path given by mistake
    ],
)
def test_looks_like_path(text: str, expected: bool) -> None:
    assert looks_like_path(text) is expected


def test_a_path_given_as_the_source_is_named_in_a_warning() -> None:
    # parse_article takes the page itself; a path given instead is read as a one-line text, and
    # the warning says what happened and what to call.
    article = parse_article("news/harbour.html")
    assert article.paragraphs == ("news/harbour.html",)
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith("the input is 'news/harbour.html', which looks like")
    assert "parse_file(path)" in article.warnings[0]
    assert parse_article(b"news/harbour.html").warnings == ()  # bytes are a file's content


def _cesu8(text: str) -> bytes:
    """``text`` in CESU-8: each character past U+FFFF written as its two UTF-16 halves."""
    halves = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    out = bytearray()
    for char in text:
        if ord(char) > 0xFFFF:
            code = ord(char) - 0x10000
            for half in (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)):
                out += chr(half).encode("utf-8", "surrogatepass")
        else:
            out += char.encode("utf-8")
    assert len(halves) == len(text)
    return bytes(out)


def test_utf8_that_encodes_surrogates_is_utf8() -> None:
    # fuzz43: strict UTF-8 refuses an encoded surrogate (ED A0 80), so CESU-8 (Java's and some
    # databases' UTF-8 for characters past U+FFFF), or a lone half let through, had the whole
    # input read as cp1252: "café" became "cafÃ©", with no warning.
    decoded = decode_with_notes(_cesu8("Caf\u00e9 \U0001f600 \u00fcber"))
    assert decoded.text == "Caf\u00e9 \U0001f600 \u00fcber"
    assert decoded.notes
    assert "1 pair(s) were joined, 0 lone" in decoded.notes[0]
    article = parse_article(b"Headline\n\nA lone \xed\xa0\x80 half in a caf\xc3\xa9 of the story.")
    assert article.paragraphs == ("A lone \ufffd half in a caf\u00e9 of the story.",)
    assert any("1 lone half(s) read as U+FFFD" in w for w in article.warnings)


@pytest.mark.parametrize("mark", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf8_behind_a_utf16_mark_is_read_as_utf8(mark: bytes) -> None:
    # fuzz43: read as UTF-16, every two letters became one Chinese character, with no warning.
    article = parse_article(mark + "Headline\n\nThe body of the caf\u00e9 story.".encode())
    assert (article.title, article.paragraphs) == (
        "Headline",
        ("The body of the caf\u00e9 story.",),
    )
    assert any("UTF-16 byte-order mark but is UTF-8" in w for w in article.warnings)
    # Real UTF-16 holds a NUL for each ASCII character, and is read as before.
    assert (
        decode(mark + TEXT.encode("utf-16-le" if mark == codecs.BOM_UTF16_LE else "utf-16-be"))
        == TEXT
    )


@pytest.mark.parametrize("charset", ["cp037", "cp500", "cp1140"])
def test_a_declared_charset_that_does_not_read_its_own_declaration_is_ignored(
    charset: str,
) -> None:
    # fuzz43: an EBCDIC charset declared in an ASCII <meta> turned every letter into another.
    page = (
        f'<html><head><meta charset="{charset}"><title>Harbour reopens</title></head>'
        "<body><p>The harbour reopened on Thursday after three days.</p></body></html>"
    ).encode()
    assert parse_article(page).title == "Harbour reopens"
    # Given by the caller (an HTTP header), it is still used.
    assert decode("Harbour".encode(charset), encoding=charset) == "Harbour"


def test_page_declaring_a_browser_only_label_is_read_in_it() -> None:
    # Thai in windows-874 (a label Python's codec registry lacks): it was read as undeclared.
    thai = "ข่าววันนี้ของประเทศไทย"
    page = f'<html><head><meta charset="windows-874"></head><body><p>{thai}</p></body></html>'
    found = decode_with_notes(page.encode("cp874"))
    assert thai in found.text
    assert found.notes == ()


@pytest.mark.parametrize(
    ("lead", "pattern"),
    [
        (b"\xc2", _decode._UTF8_C1),
        (b"\xef", _decode._UTF8_BMP_NONCHARACTER),
        (b"\xbf", _decode._UTF8_ASTRAL_NONCHARACTER_END),
    ],
)
@pytest.mark.parametrize("lookalikes", [0, 63, 64, 65, 700, 5_000])
def test_a_pattern_is_found_from_its_lead_byte_as_a_search_finds_it(
    lead: bytes, pattern: re.Pattern[bytes], lookalikes: int
) -> None:
    # Tried where the lead byte stands, up to a budget that grows with the bytes, then left to
    # sre: the answer is the search's on either side of the budget.
    filler = "\u00a0\u00bb caf\u00e9 \ufeff\uff0c\u00bf x ".encode() * lookalikes
    for hit in ("\x85", "\x9f", "\ufdd0", "\uffff", "\U0001fffe", ""):
        data = filler + f"tail {hit}".encode("utf-8", "surrogatepass")
        found = _decode._found_from(data, lead, pattern)
        assert found == (pattern.search(data) is not None)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_fragment_loses_only_its_nuls(codec: str) -> None:
    # fuzz47: a UTF-8 page with a UTF-16 paragraph pasted in was refused whole as binary data.
    # Browsers read it as UTF-8 (NULs are characters there, which HTML drops), so does newsparse,
    # with a warning; the fragment's Latin-1 letters are read too (alone, they are cp1252 bytes).
    page = (
        "<html><head><title>Sturm über dem Hafen</title></head><body><p>Der Hafen öffnete.</p><p>"
    ).encode() + ("Die Schiffe warteten stundenlang vor der Einfahrt. " * 50).encode(codec)
    article = parse_article(page + b"</p></body></html>")
    assert article.title == "Sturm über dem Hafen"
    assert article.text.count("Die Schiffe warteten stundenlang vor der Einfahrt.") == 50
    assert any("NUL byte(s)" in warning for warning in article.warnings)
    # Binary data after a tag is still refused: NULs in runs (padding), or random bytes.
    for data in (
        b"<html><title>x</title>" + b"\x00\x00\x00\x01" * 2000,
        b"<html><title>x</title>" + random.Random(47).randbytes(20_000),
    ):
        with pytest.raises(BinaryInputError):
            parse_article(data)


def test_a_utf16_fragment_in_a_single_byte_page_is_not_read_as_the_pages_encoding() -> None:
    # fuzz46: a UTF-8 page holding UTF-16 text (NULs every other byte) past its first tags was
    # read as UTF-16 without a mark: its markup became Chinese characters, the title mojibake and
    # every paragraph lost, without a word. fuzz46 refused it as binary data (a third of its
    # first 4 KiB is NUL); since fuzz47 it is read as browsers read it, in its own encoding with
    # the NULs left out, and a warning says so. A page that opens in UTF-16 is still read as
    # UTF-16.
    head = "<html><head><title>Storm over the port</title></head><body><p>The port reopened.</p>"
    fragment = ("<p>" + "Ships queued for hours to enter the harbour. " * 60 + "</p>").encode(
        "utf-16-le"
    )
    article = parse_article(head.encode() + fragment + b"</body></html>")
    assert article.title == "Storm over the port"
    assert article.text.count("Ships queued for hours to enter the harbour.") == 60
    assert any("NUL byte(s)" in warning for warning in article.warnings)
    whole = (head + "<p>Ships queued for hours to enter the harbour.</p></body></html>").encode(
        "utf-16-le"
    )
    assert parse_article(whole).title == "Storm over the port"


@pytest.mark.parametrize(
    "element",
    [
        "<x-card><x-title>Menu</x-title><x-link href='/a'>Home</x-link></x-card>",  # components
        "<amp-img src='a.jpg' width='1' height='1' layout='fixed'></amp-img>",  # an AMP page
        "<g><path d='M0 0L1 1Z'/><circle r='1'/></g>",  # inline SVG
        "<input type='hidden' name='token' value='x'>",  # a form's hidden fields
        "<frame src='menu.html'>",  # frames (round 46's lead: 20,000 of them)
    ],
)
def test_a_page_made_of_elements_newsparse_does_not_name_is_a_page(element: str) -> None:
    # fuzz47: a page whose first 200,000 characters hold only custom elements (web components,
    # AMP's), inline SVG, form fields, frames or the like, behind a line that is no tag (an HTTP
    # header left in), was read as a text dump: its markup came out as the article's text,
    # without a word.
    article_html = (
        "<article><h1>Storm closes the port</h1><p>"
        + "The port closed on Monday as the storm reached the coast. " * 20
        + "</p></article>"
    )
    filler = "\n".join([element] * (210_000 // len(element)))
    page = f"HTTP/1.1 200 OK\n\n<my-app>{filler}</my-app>{article_html}"
    assert detect_kind(page) == "html"
    article = parse_article(page)
    assert article.title == "Storm closes the port"
    assert article.text.startswith("The port closed on Monday")
    assert "<" not in article.text
    # (a small fragment of them too)
    assert detect_kind(f"<my-app>{element * 12}</my-app>") == "html"


def test_a_dump_that_mentions_a_few_custom_elements_stays_a_dump() -> None:
    dump = (
        "Web components arrive\n\nBy A. Writer\n\n"
        "The new <x-card> element and its <x-title> child replace the old markup.\n\n"
        "Developers write <my-app> at the top of the page and an <svg> for the logo.\n\n"
        + "More of the article follows in plain sentences here.\n\n"
        * 20
    )
    assert detect_kind(dump) == "text"


def test_latin1_control_search_finds_each_control_as_the_class_does() -> None:
    # The cleaner's quick check of a Latin-1 text looks for each control on its own, the C1
    # ones only past ASCII and no-break spaces: every Latin-1 character, alone and in an ASCII
    # text, one with no-break spaces and one with another letter, must get the answer the
    # class of controls gives; a text beyond Latin-1 gets None.
    controls = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
    for code in range(256):
        char = chr(code)
        for text in (
            char,
            f"Kim dan Putin{char} bertemu.\n",
            f"Kim\xa0dan {char}Putin\xa0\n",
            f"caf\xe9 {char}\xa0ini\n",
        ):
            expected = controls.search(text) is None
            assert _decode._latin1_holds_no_control(text) is expected, repr(text)
    assert _decode._latin1_holds_no_control("") is True
    assert _decode._latin1_holds_no_control("Kim \u2013 Putin\x01") is None
    assert _decode._latin1_holds_no_control("\ud800") is None


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("odd", [False, True])
def test_lines_in_utf8_then_utf16_are_each_read_in_their_own(
    codec: str, bom: bool, odd: bool
) -> None:
    # fuzz48: two files joined (a UTF-8 header and a UTF-16 export), were read whole as UTF-16:
    # the opening lines (title, byline, date) came out as CJK characters, lost without a word.
    # (An opening of an odd length shifts the UTF-16 by a byte: it looked like the other order.)
    opening = "Rain floods the capital\n\nBy Jane Doe\n14 September 2023" + ("!" if odd else "")
    opening += "\n\n"
    assert len(opening.encode()) % 2 == odd
    body = "Heavy rain fell over the capital on Monday, flooding several districts. " * 4
    rest = ("\ufeff" if bom else "") + f"{body}\n\n{body}\n"
    decoded = decode_with_notes(opening.encode() + rest.encode(codec))
    assert decoded.text == opening + rest.lstrip("\ufeff")
    assert len(decoded.notes) == 1
    assert codec.upper() in decoded.notes[0]
    article = parse_article(opening.encode() + rest.encode(codec))
    assert article.title == "Rain floods the capital"
    assert article.authors == ("Jane Doe",)
    assert any("UTF-8" in warning for warning in article.warnings)


def test_utf16_opening_with_letters_that_leave_no_nul_is_still_utf16() -> None:
    # (CJK characters in UTF-16 hold no NUL byte: the opening is no text in one byte a character)
    text = "\u65b0\u95fb\u6807\u9898\u5f88\u957f\u7684\u4e00\u4e2a\u6807\u9898\n\n" + (
        "Heavy rain fell over the capital on Monday, flooding several districts. " * 4
    )
    for codec in ("utf-16-le", "utf-16-be"):
        decoded = decode_with_notes(text.encode(codec))
        assert decoded.text == text
        assert decoded.notes == ()
