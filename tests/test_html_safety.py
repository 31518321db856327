"""Untrusted HTML: no entity expansion, no network, bounded work, only NewsparseError raised."""

from __future__ import annotations

import gc
import re
from random import Random
from typing import Literal

import lxml.etree
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Article, parse_article
from newsparse._html import parse_html
from newsparse._html.page import tree
from newsparse._html.page.tree import (
    DENSE_CHARS,
    DENSE_ELEMENTS,
    MAX_ELEMENTS,
    MAX_HTML_CHARS,
    load_page,
)
from newsparse.errors import InputTooLargeError, NewsparseError, NotAnArticleError
from tests.strategies import html_pages

BODY = "<p>The port reopened on Monday after the storm, and ships queued for hours to enter.</p>"


def test_billion_laughs_is_not_expanded() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    html = (
        f'<!DOCTYPE html [<!ENTITY l0 "ha">{laughs}]><html><body>'
        f"<article>{BODY}<p>&l9;</p></article></body></html>"
    )
    article = parse_html(html)
    assert "haha" not in article.text
    assert len(article.text) < 1000


def test_external_entity_is_not_loaded(tmp_path: pytest.TempPathFactory) -> None:
    secret = tmp_path / "secret.txt"  # type: ignore[operator]
    secret.write_text("TOP SECRET VALUE")
    html = (
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body>'
        f"<article>{BODY}<p>&x;</p></article></body></html>"
    )
    assert "TOP SECRET" not in parse_html(html).text


def test_deep_nesting_is_bounded() -> None:
    html = "<html><body>" + "<div>" * 100_000 + BODY + "</div>" * 100_000 + "</body></html>"
    assert isinstance(parse_html(html), Article)


def test_too_many_elements_is_refused() -> None:
    html = "<html><body>" + "<b></b>" * (MAX_ELEMENTS + 10) + "</body></html>"
    with pytest.raises(InputTooLargeError, match="elements"):
        parse_html(html)


def test_too_long_page_is_refused() -> None:
    html = "<html><body><p>" + "a" * (MAX_HTML_CHARS + 1) + "</p></body></html>"
    with pytest.raises(InputTooLargeError, match="characters"):
        parse_html(html)


def test_markup_without_elements_is_not_an_article() -> None:
    with pytest.raises(NotAnArticleError):
        parse_html("<!-- only a comment -->")


def test_bytes_with_declared_charset() -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 reopens</title></head>'
        f"<body><article>{BODY}</article></body></html>"
    ).encode("cp1252")
    assert parse_article(html).title == "Café reopens"


@pytest.mark.parametrize(
    "prefix",
    [
        "",
        '<?xml version="1.0" encoding="iso-8859-1"?>',
        # (The declaration's bytes are cut from the page's: more bytes than characters here.)
        '\u2003<?xml version="1.0" note="d\u00e9j\u00e0 \u20ac"?>',
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x "y">]>',
        '<!DOCTYPE html [<!ENTITY x "y">]>',
        "\ufeff",
        "<!-- \ufdd0 -->",
    ],
)
def test_utf8_bytes_read_as_their_text(prefix: str) -> None:
    # The page is parsed from the UTF-8 bytes it was decoded from; a declaration or a subset
    # removed before parsing, a control character cleaned away, or a BOM, makes them differ
    # from the text, which is then encoded.
    html = (
        f'{prefix}<html><head><meta charset="iso-8859-1"><title>Müller über Café</title></head>'
        f"<body><article><h1>Müller über Café</h1>{BODY}<p>Zürich, São Paulo \u2014 "
        f"naïve €5 \U0001f600 s{prefix[5:6]}o crème brûlée for everyone who waited in the queue.</p></article>"
        "</body></html>"
    )
    from_bytes = parse_article(html.encode("utf-8"), kind="html")
    assert from_bytes == parse_article(html.removeprefix("\ufeff"), kind="html")
    assert from_bytes.title == "Müller über Café"
    assert "crème brûlée" in from_bytes.paragraphs[-1]


@pytest.mark.parametrize("huge", [False, True])
def test_the_parser_leaves_out_comments_and_processing_instructions(huge: bool) -> None:
    # load_page strips no comment or instruction itself: the parser never makes one.
    html = (
        "<!-- before --><?php echo 1; ?><html><head><!-- h --></head><body><!-- b -->"
        f"<div><?xml-stylesheet href='a'?>{BODY}<!-- c --></div></body></html><!-- after -->"
    )
    if huge:
        html = html.replace(BODY, "<div>" * 300 + BODY + "</div>" * 300)  # flattened
    page = load_page(html)
    assert not list(page.root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction))
    assert bool(page.notes) is huge


@given(html_pages)
def test_any_html_gives_an_article_or_a_newsparse_error(html: str) -> None:
    try:
        article = parse_html(html)
    except NewsparseError:
        return
    assert isinstance(article, Article)
    assert all(p.strip() == p and p for p in article.paragraphs)


@given(st.binary(max_size=300).map(lambda b: b"<html><body><p>" + b))
def test_any_bytes_through_the_api(data: bytes) -> None:
    try:
        article = parse_article(data, kind="html")
    except NewsparseError:
        return
    assert isinstance(article, Article)


def test_malformed_addresses_in_the_page_are_ignored() -> None:
    # urllib raises ValueError on these; a page holding them must still parse.
    html = (
        '<html><head><link rel="canonical" href="http://[::1/story">'
        '<meta property="og:image" content="https://news.example:port/i.jpg"></head><body>'
        f'<article><h1>Flood warning</h1><figure><img src="http://[::1/a.jpg"><figcaption>'
        f"The river at dawn. Photo: Ana Lima</figcaption></figure>{BODY}</article></body></html>"
    )
    article = parse_article(html, url="https://news.example/2024/05/06/flood-warning")
    assert article.title == "Flood warning"
    assert article.url == "https://news.example/2024/05/06/flood-warning"
    assert [(c.text, c.credit, c.image_url) for c in article.captions] == [
        ("The river at dawn.", "Ana Lima", None)
    ]


@pytest.mark.parametrize("kind", ["html", "text"])
def test_malformed_url_argument_is_not_used_and_reported(kind: Literal["html", "text"]) -> None:
    source = (
        f"<html><body><article><h1>Flood warning</h1>{BODY}</article></body></html>"
        if kind == "html"
        else "Flood warning\n\nThe river rose overnight and closed the old bridge to traffic.\n"
    )
    article = parse_article(source, url="http://[::1", kind=kind)
    assert article.title == "Flood warning"
    assert article.url is None
    assert article.warnings[-1] == (
        "url='http://[::1' is not a web address newsparse can read; it was not used"
    )


_CYCLE_PAGE = (
    "<html><head><title>Harbour reopens - Example Times</title></head><body>"
    "<article><h1>Harbour reopens</h1>"
    '<figure><img src="/p.jpg"><figcaption>Ships queue at the harbour mouth. '
    '<span class="credit">Photo: Ann Lee</span></figcaption></figure>'
    '<div class="caption">Cranes idle on the quay. <small class="credit">Photo: Ben Roe</small></div>'
    f"{BODY}<p>Crews worked through the night, <a href='/storm'>the storm's</a> debris cleared"
    " from the channel by dawn.<br>Pilots guided the first ships in at six.</p>"
    f"{BODY}</article></body></html>"
)


def test_a_parse_leaves_no_reference_cycles() -> None:
    """The page's tree is freed when the parse returns, not when the garbage collector runs.

    A cycle holding an element (a recursive helper's closure over the census) kept the whole
    tree, with every element object made for it, alive until a collection found it.
    """
    warm = parse_article(_CYCLE_PAGE, kind="html")
    # The caption and block readers ran.
    assert [c.text for c in warm.captions] == [
        "Ships queue at the harbour mouth.",
        "Cranes idle on the quay.",
    ]
    assert warm.paragraphs[1:] == (
        "Crews worked through the night, the storm's debris cleared from the channel by dawn.",
        "Pilots guided the first ships in at six.",
    )
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        parse_article(_CYCLE_PAGE, kind="html")
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


@pytest.mark.parametrize(
    "flood",
    [
        "<p>x" * 60_000,  # unclosed paragraphs
        "<p>" + "a<br>" * 60_000 + "</p>",  # line breaks in one paragraph
        "<ul><li>" * 30_000 + "x",  # lists nested deep
        "<br>" * 60_000,
    ],
)
def test_a_flood_of_tiny_elements_is_refused_quickly(flood: str) -> None:
    # Each element costs several microseconds in each walk over the page: 250,000 unclosed <p>
    # in a megabyte took 1.0 s, lists nested 125,000 deep 0.7 s.
    html = f"<html><body><h1>A headline here</h1>{BODY}{flood}</body></html>"
    with pytest.raises(InputTooLargeError, match=r"elements in [\d,]+ characters, one every"):
        parse_html(html)


def test_many_elements_with_text_enough_between_them_are_read() -> None:
    # Over the count, but with DENSE_CHARS characters or more for each element: a page.
    item = "<p>" + "word " * 3 + "</p>"
    assert len(item) >= DENSE_CHARS
    html = "<html><body><h1>A headline here</h1>" + item * (DENSE_ELEMENTS + 10) + "</body></html>"
    assert isinstance(parse_html(html), Article)


def test_a_declaration_cut_from_the_text_is_cut_from_its_bytes() -> None:
    # The page is parsed from its bytes, cut as its text is: the declaration and the space
    # before it, more bytes than characters, go, and nothing of them is left as text.
    html = '\u2003<?xml version="1.0" note="d\u00e9j\u00e0 \u20ac"?><html><body><p>Z\u00fcrich</p></body></html>'
    from_bytes = load_page(html, cleaned=True, utf8=html.encode("utf-8"))
    expected = "<html><body><p>Z\u00fcrich</p></body></html>"
    assert lxml.etree.tostring(from_bytes.root, encoding="unicode") == expected


def test_the_written_out_space_class_holds_every_space_and_nothing_else() -> None:
    # The tag patterns write out the characters ``\s`` matches (see tree._SPACE): the same
    # characters in every code point.
    every = "".join(map(chr, range(0x110000)))
    assert re.findall(f"[{tree._SPACE}]", every) == re.findall(r"\s", every)


# The tag patterns as written with ``\s``: the written-out class must read every tag alike.
_OLD_NAME = r"<[A-Za-z][^\s/>]*"
_OLD_ATTRIBUTE = r"""[\s/]*[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?"""
_OLD_START_TAG = re.compile(
    rf"{_OLD_NAME}(?:{_OLD_ATTRIBUTE}){{0,{tree.MAX_ATTRIBUTES - 1}}}(?P<last>{_OLD_ATTRIBUTE})?"
)
_OLD_ATTRIBUTES = re.compile(rf"(?:{_OLD_ATTRIBUTE})*")
# Tag text: names, values, quotes, equals signs, slashes, brackets and spaces of every kind.
_TAG_PARTS = st.lists(
    st.sampled_from(
        [
            "<a",
            "<div",
            "x",
            "data-v",
            "=",
            '"',
            "'",
            "/",
            ">",
            "<",
            " ",
            "\t",
            "\n",
            "\xa0",
            "\u2003",
            "\u3000",
            "\x1c",
            "\x85",
            "\u200b",
            "é",
            "a=b",
            'c="d e"',
            "f='g'",
        ]
    ),
    max_size=40,
)


@given(_TAG_PARTS)
def test_the_tag_patterns_read_a_tag_as_the_patterns_with_backslash_s_did(parts: list[str]) -> None:
    text = "<p " + "".join(parts)
    for at in range(len(text)):
        old, new = _OLD_START_TAG.match(text, at), tree._START_TAG.match(text, at)
        assert (old and (old.span(), old.span("last"))) == (new and (new.span(), new.span("last")))
        old_attributes = _OLD_ATTRIBUTES.match(text, at)
        assert old_attributes is not None  # (a repetition that may match nothing)
        assert old_attributes.end() == tree._attributes_end(text, at)


@given(_TAG_PARTS, st.integers(min_value=1, max_value=3), st.randoms(use_true_random=False))
def test_a_long_run_of_attributes_read_in_pieces_ends_where_one_reading_ends(
    parts: list[str], times: int, rng: Random
) -> None:
    # (fuzz49: read MAX_ATTRIBUTES at a time, the pieces meet where the whole reading goes on)
    pool = parts or ["a=b"]
    text = "<p " + " ".join(rng.choice(pool) for _ in range(times * tree.MAX_ATTRIBUTES + 7))
    for at in (3, len(text) // 2):
        whole = _OLD_ATTRIBUTES.match(text, at)
        assert whole is not None
        assert tree._attributes_end(text, at) == whole.end()


def test_a_tag_of_many_attributes_is_cut_as_before() -> None:
    # Over MAX_ATTRIBUTES attributes, spaced by every kind of space, in a tag, in a script and
    # inside a script: the same cuts as the patterns with ``\s``.
    spaces = " \t\n\xa0\u2003\u3000"
    attrs = "".join(f"a{i}=v{spaces[i % len(spaces)]}" for i in range(2 * tree.MAX_ATTRIBUTES))
    text = f"<html><body><div {attrs}>x</div><script>var s = '<b {attrs}';</script></body></html>"
    trimmed, count = tree._trim_crowded_tags(text)
    assert count == 1
    assert len(trimmed) < len(text)
    for at in (text.index("<div"), text.index("<b ")):
        old, new = _OLD_START_TAG.match(text, at), tree._START_TAG.match(text, at)
        assert old is not None
        assert new is not None
        assert (old.span(), old.span("last")) == (new.span(), new.span("last"))
