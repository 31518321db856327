"""The faster forms of the HTML parser's scans find exactly what the slower forms found."""

from __future__ import annotations

import re

import lxml.etree
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._html.body.content import _drop_repeats, _drop_repeats_each
from newsparse._html.body.figures import _caption_candidates, _image_widgets
from newsparse._html.body.furniture import remove_furniture
from newsparse._html.body.scoring import _within
from newsparse._html.meta import shown
from newsparse._html.meta.bylines import in_story_list
from newsparse._html.meta.people import _AUTHOR_PATH_HINT, _may_be_author_path
from newsparse._html.meta.shown import in_aside
from newsparse._html.page import census
from newsparse._html.page import selectors as sel
from newsparse._html.page.census import Census
from newsparse._html.page.folded import FoldedPattern, _split_opening, by_first_letter
from newsparse._html.page.index import PageIndex
from newsparse._html.page.measure import squash, squashed_length
from newsparse._html.page.tree import (
    _STATE_CLASS,
    Question,
    Verdicts,
    drop,
    in_thread,
    load_page,
    settings_removed,
    text_of,
)
from newsparse._normalize.phrases import PUBLISHED_LABELS, phrase_alternation
from tests.strategies import census_trees, html_fragments, verdict_trees

# What the census's and the fallback walk's lists of picture widgets must equal: the XPath the
# fallback walk replaced (libxml2 ran it in time quadratic in the number of <body> elements).
_IMAGE_WIDGETS = lxml.etree.XPath("//body//div[@class][.//img] | //body//p[@class][.//img]")

FOLDED = {name: value for name, value in vars(sel).items() if isinstance(value, FoldedPattern)}

PAGE = """<html><body id="top">
<nav><a href="/">Home</a></nav>
<div><p class="">Empty class</p><p>Plain</p><span id="x">id</span><b data-testid="byline">t</b></div>
<section role="region"><p hidden>h</p><p aria-hidden="true">a</p><p style="color: red">s</p></section>
<header><h1>Title</h1></header><aside>side</aside><menu><li>m</li></menu><footer>f</footer>
<figure><img src="a.jpg"><figcaption>cap</figcaption></figure>
<custom-box data-role="x" title="not counted">plain</custom-box><!-- a comment -->
</body></html>"""


def test_the_folded_patterns_are_the_long_attribute_alternations() -> None:
    assert {"NEGATIVE_ATTR", "BYLINE_ATTR", "NOT_BYLINE_ATTR", "POSITIVE_ATTR"} <= set(FOLDED)


@pytest.mark.parametrize("name", sorted(FOLDED))
def test_a_folded_pattern_is_written_in_lower_case(name: str) -> None:
    source = re.sub(r"\\.", "", FOLDED[name].pattern)  # escapes such as \S and \W aside
    assert source == source.lower()


# Letters that fold to ASCII ones (the Kelvin sign, the long s, the dotted capital I), ASCII
# letters in both cases and the separators the patterns look for.
_ATTR_CHARS = st.sampled_from([*"aAbBdDkKsSnNoOtTiI -_\n", "\u212a", "\u017f", "\u0130", "\u0131"])

# One class name for each alternative of the patterns with hints (see FoldedPattern), in mixed
# case: each must be found, so each alternative writes out one of its pattern's hints.
_HINTED_SAMPLES = {
    "LEAD_ATTR": [
        *("Intro", "x-lead", "summary_box", "EXCERPT", "standfirst", "deck", "dek"),
        *("field-perex", "sapo", "Chapo"),
    ],
    "THREAD_ATTR": [
        *("comment", "Comments", "commentlist", "comment-list", "x_disqus", "respond"),
        *("outbrain", "Taboola", "forum"),
    ],
    "FIGURE_FURNITURE_ATTR": [
        *("sidebar", "sidebar-left", "recommended", "trending", "most-read", "mostread"),
        *("more-stories", "morearticles", "more-news", "next-article"),
    ],
    "TODAY_ATTR": ["x today", "Current-Date", "currentdate", "date-Today", "hari-ini", "heute"],
    "NOT_PUBLISHED_ATTR": [
        *("updated", "Modified", "edited", "aktualisiert", "diperbarui", "comment", "reply"),
        *("current-date", "js-currentdate", "current-time", "Currenttime", "header-date"),
        "mh-header-date",
    ],
    "SITE_HEADER_ATTR": [
        *("site-header", "SiteHeader", "masthead", "global-header", "pageheader"),
        *("main-Header", "top-bar", "TopBar", "header-top", "navbar"),
    ],
    "SITE_HEADER_BOX_ATTR": ["site-header", "siteheader", "Masthead", "global-header"],
    "CAPTION_ATTR": [
        *("caption", "keterangan", "legend", "bildunterschrift", "bildtext", "figcap"),
        *("img-info", "imageinfo", "media-info", "mediasubtitle", "image-desc", "photodesc"),
        *("foto-text", "absatzbild__info", "detail-img__desc", "slideshow-descr", "info-desc"),
    ],
}
_ATTR_WORDS = st.sampled_from(
    [
        *("non", "no", "not", "nav", "Share", "AUTHOR", "byline", "img", "article", "Ad", "tags"),
        *sorted({word for words in _HINTED_SAMPLES.values() for word in words}),
        *("apo", "de", "most"),
    ]
)


@pytest.mark.parametrize("name", sorted(FOLDED))
@given(st.lists(st.one_of(_ATTR_CHARS, _ATTR_WORDS), max_size=10))
def test_a_folded_pattern_finds_what_the_case_insensitive_pattern_finds(
    name: str, parts: list[str]
) -> None:
    text = "".join(parts)
    folded = FOLDED[name]
    found = re.compile(folded.pattern, re.IGNORECASE).search(text)
    got = folded.search(text)
    assert (got is None) == (found is None)
    if found is not None and got is not None:
        assert got.span() == found.span()


@pytest.mark.parametrize("name", sorted(FOLDED))
@given(st.lists(st.one_of(_ATTR_CHARS, _ATTR_WORDS), max_size=10))
def test_found_is_the_truth_of_search(name: str, parts: list[str]) -> None:
    text = "".join(parts)
    folded = FOLDED[name]
    assert folded.found(text) is (folded.search(text) is not None)


def test_found_reads_a_pattern_of_plain_words_by_substring() -> None:
    # The fast path is taken for these (plain words), and agrees with sre on them.
    for name in ("BYLINE_ATTR", "DATE_ATTR", "IMAGE_ATTR", "LISTING_ATTR"):
        folded = FOLDED[name]
        assert folded._words is not None
        for word in folded._words:
            assert folded.found(f"x-{word.upper()}-y")
    assert FOLDED["NEGATIVE_ATTR"]._words is None
    assert not sel.BYLINE_ATTR.found("post-title meta")
    assert sel.NOT_PUBLISHED_ATTR.found("js-currentdate")  # current-?date, written out
    assert sel.NOT_PUBLISHED_ATTR.found("Current-Time")
    # A header glued to the word before it is that word's (the article's), not the site's.
    assert not sel.NOT_PUBLISHED_ATTR.found("Datetime ArticleHeader-Date")
    assert sel.BYLINE_ATTR.found("\u212aomentar-AUTHOR")  # not ASCII: the pattern decides


def test_the_hinted_patterns_have_samples() -> None:
    assert {name for name, folded in FOLDED.items() if folded._hints} == set(_HINTED_SAMPLES)


@pytest.mark.parametrize(
    ("name", "text"), [(n, t) for n, ts in _HINTED_SAMPLES.items() for t in ts]
)
def test_each_alternative_of_a_hinted_pattern_holds_a_hint(name: str, text: str) -> None:
    folded = FOLDED[name]
    assert re.compile(folded.pattern, re.IGNORECASE).search(text) is not None
    assert any(hint in text.lower() for hint in folded._hints)
    assert folded.found(text)
    assert folded.search(text) is not None


@pytest.mark.parametrize("name", sorted(_HINTED_SAMPLES))
@given(st.lists(st.one_of(_ATTR_CHARS, _ATTR_WORDS), max_size=8))
def test_ascii_text_without_a_hint_is_no_match(name: str, parts: list[str]) -> None:
    text = "".join(parts)
    folded = FOLDED[name]
    if text.isascii() and not any(hint in text.lower() for hint in folded._hints):
        assert re.compile(folded.pattern, re.IGNORECASE).search(text) is None


def test_the_published_label_is_the_labels_in_turn() -> None:
    # What shown._NOT_LABEL_INITIALS is built from: the pattern opens with one of the labels.
    assert sel.PUBLISHED_LABEL.pattern == rf"\s*(?:{phrase_alternation(PUBLISHED_LABELS)})\b\s*:?"
    assert sel.PUBLISHED_LABEL.flags & re.IGNORECASE


@pytest.mark.parametrize("label", PUBLISHED_LABELS)
def test_no_label_opens_with_a_letter_told_unlabelled(label: str) -> None:
    assert label[0].lower() not in shown._NOT_LABEL_INITIALS
    assert label[0].upper() not in shown._NOT_LABEL_INITIALS
    assert sel.PUBLISHED_LABEL.match(f" {label.upper()}: 3 May") is not None
    for letter in shown._NOT_LABEL_INITIALS:
        assert sel.PUBLISHED_LABEL.match(f" {letter}{label[1:]}: 3 May") is None


@given(st.text(alphabet=st.sampled_from([*"dDsSpPeEvVkKaA \n:", "\u017f", "\u212a"]), max_size=12))
def test_a_text_opening_with_an_unlabelled_letter_holds_no_label(text: str) -> None:
    if text.lstrip()[:1] in shown._NOT_LABEL_INITIALS:
        assert sel.PUBLISHED_LABEL.match(text) is None


# PLAYER_OR_PROMPT as first written, a word boundary before each word.
_PLAYER_OR_PROMPT_FIRST = re.compile(
    r"\b\d{1,2}:\d{2}\s*min\b|\blaufzeit\b|\bverfügbar bis\b|\babspielen\b|"
    r"^(?:mit )?(?:video|audio)\b|^watch in full\b|^powered by\b|"
    r"\bnewsletter\b|\bjavascript\b|\bdigitale ausgabe\b|\be-paper\b|음성으로 듣기",
    re.IGNORECASE,
)
_PROMPT_PARTS = st.sampled_from(
    [
        *("12:30 min", "1:05Min", "Laufzeit", "VERFÜGBAR BIS", "abspielen", "mit video", "Audio"),
        *("watch in full", "Powered by", "newsletter", "JavaScript", "digitale Ausgabe", "e-paper"),
        *("음성으로 듣기", "x", " ", "_", "-", "3", ":", "min", "\u017f", "\u212a", "e-papers"),
    ]
)


@given(st.lists(_PROMPT_PARTS, max_size=6))
def test_player_or_prompt_is_found_where_the_first_pattern_was(parts: list[str]) -> None:
    text = "".join(parts)
    found = _PLAYER_OR_PROMPT_FIRST.search(text) is not None
    assert (sel.PLAYER_OR_PROMPT.search(text) is not None) is found


# NEGATIVE_ATTR as first written: the look back at a negation before the separator.
_NEGATIVE_LOOKING_BACK_FIRST = re.compile(
    r"(?<!\bnon)(?<!\bno)(?<!\bnot)(?:^|[\s_-])"
    + sel.NEGATIVE_ATTR.pattern[sel.NEGATIVE_ATTR.pattern.index("(?:", 3) :],
    re.IGNORECASE,
)


@given(
    st.lists(st.one_of(_ATTR_CHARS, _ATTR_WORDS, st.sampled_from(["ad", "-", "_"])), max_size=12)
)
def test_negative_attr_matches_what_looking_back_first_matched(parts: list[str]) -> None:
    text = "".join(parts)
    found = _NEGATIVE_LOOKING_BACK_FIRST.search(text)
    got = re.compile(sel.NEGATIVE_ATTR.pattern, re.IGNORECASE).search(text)
    assert (got and got.span()) == (found and found.span())


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("no-ad", False),
        ("non-sidebar", False),
        ("not_share", False),
        ("note ad", True),
        ("ad", True),
    ],
)
def test_negative_attr_skips_a_negated_fragment(text: str, furniture: bool) -> None:
    assert (sel.NEGATIVE_ATTR.search(text) is not None) is furniture


def test_a_folded_pattern_reads_non_ascii_letters_case_insensitively() -> None:
    assert sel.BYLINE_ATTR.search("AUTHOR") is not None
    assert sel.BYLINE_ATTR.search("\u212aomentar-AUTHOR") is not None  # not ASCII
    assert sel.NOT_BYLINE_ATTR.search("pi\u212a-Photo") is not None


def test_furniture_candidates_are_what_the_xpath_selected() -> None:
    body = lxml.etree.fromstring(PAGE, lxml.etree.HTMLParser()).find("body")
    assert body is not None
    xpath = body.xpath(
        ".//*[@class or @id or @role or @hidden or @aria-hidden or @style or self::nav"
        " or self::footer or self::aside or self::menu or self::figure or self::figcaption"
        " or self::header]"
    )
    found = Census(body, body).furniture
    assert found == xpath
    assert [el.tag for el in found].count("p") == 4  # the empty class counts; plain <p> does not


def test_byline_candidates_are_what_the_xpath_selected() -> None:
    root = lxml.etree.fromstring(PAGE, lxml.etree.HTMLParser())
    found = list(PageIndex.walk(root).named)
    assert found == root.xpath(".//*[@class or @id or @data-testid]")
    assert {el.tag for el in found} == {"body", "p", "span", "b"}


def _body(markup: str) -> tuple[lxml.etree._Element, lxml.etree._Element]:
    root = lxml.etree.fromstring(f"<html><body>{markup}</body></html>", lxml.etree.HTMLParser())
    body = root.find("body")
    assert body is not None
    return root, body


CAPTIONED = """<figure><img src="a.jpg"><figcaption>In a figure</figcaption></figure>
<figcaption>Alone</figcaption><figcaption id="x">Alone, with an id</figcaption>
<div class="Caption"><img src="b.jpg"></div><p class="">empty</p><p class="foto"><b>x</b></p>
<span class="nav">no hint</span><td class="bildtext">cell</td>
<div class="wrap"><div><img src="c.jpg"></div><p>text<br>more</p></div>
<section id="lines">one<br>two</section>"""


def test_census_lists_what_the_caption_walk_and_the_widget_xpath_found() -> None:
    root, body = _body(CAPTIONED)
    census = Census(root, body)
    assert census.captions == _caption_candidates(root, {})
    assert [el.get("class") for el in census.captions or []] == [
        None,  # the <figcaption> outside a <figure>, with no class
        None,
        "Caption",
        "foto",
        "bildtext",
        "wrap",  # "ap" passes the cheap filter; the caption pattern decides later
    ]
    assert census.widgets == _IMAGE_WIDGETS(root)
    assert [el.get("class") for el in census.widgets or []] == ["Caption", "wrap"]
    assert census.paragraphs == list(body.iter("p"))
    # A <br> counts in its own box only: the <p>'s box is no holder.
    assert [el.get("id") for el in census.holders] == ["lines"]
    # The body is all the root holds: the walk over it met every figure of the page.
    assert census.figures == list(root.iter("figure"))
    assert len(census.figures) == 1


def test_census_leaves_the_figures_of_a_page_with_more_than_a_body_to_the_caption_reader() -> None:
    # A box beside the <body> (a tree changed after parsing): the walk over the body does not
    # see all of the page's figures, so the caption reader walks the page for them.
    root, body = _body("<figure><img src='a.jpg'/></figure>")
    root.append(lxml.etree.fromstring("<div><figure><img src='b.jpg'/></figure></div>"))
    census = Census(root, body)
    assert census.figures is None
    assert len(list(root.iter("figure"))) == 2


def test_census_hint_fragments_are_the_hint_pattern() -> None:
    assert "|".join(census._HINTS) == census.CAPTION_HINT.pattern


@pytest.mark.parametrize("hint", census._HINTS)
@given(st.text(alphabet="apegndlitrnfosucbx -", max_size=12), st.booleans())
def test_census_written_out_hint_test_is_the_fragments(hint: str, text: str, inside: bool) -> None:
    names = f"{text[:6]}{hint}{text[6:]}" if inside else text
    assert census._hinted(names) == any(part in names for part in census._HINTS)
    assert census._hinted(names) == (census.CAPTION_HINT.search(names) is not None)


@given(census_trees)
def test_census_finds_what_the_separate_walks_find(markup: str) -> None:
    root, body = _body(markup)
    census = Census(root, body)
    assert census.captions == _caption_candidates(root, {})
    assert census.widgets == _IMAGE_WIDGETS(root)
    assert census.paragraphs == list(body.iter("p"))
    assert census.figures == list(root.iter("figure"))
    holders = body.iter("div", "td", "article", "section")
    assert census.holders == [el for el in holders if el.find("br") is not None]
    below = [el for el in body.iter(lxml.etree.Element) if el is not body]
    assert census.classes == {el: el.get("class") for el in below if el.keys() == ["class"]}
    for el in below:
        names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        assert census.attrs(el) == names


@given(census_trees)
def test_census_names_are_what_lxml_reads(markup: str) -> None:
    root, body = _body(markup)
    body.set("class", "page")
    # Over the whole page, and over the body alone (its root is then the body).
    for top, walked in ((root, Census(root, body)), (body, Census(body, body))):
        for el in top.iter(lxml.etree.Element):
            assert walked.names(el) == (el.get("class"), el.get("id"), el.get("data-testid"))
            assert walked.class_of(el) == (el.get("class") or "")


def test_census_names_of_its_root_are_read_from_the_root() -> None:
    root, body = _body('<div class="a" id="b"><p>x</p></div>')
    root.set("class", "no-js")
    body.set("id", "top")
    census = Census(root, body)
    assert census.names(root) == ("no-js", None, None)
    assert census.class_of(root) == "no-js"
    assert census.names(body) == (None, "top", None)
    div, para = body.iter("div", "p")
    assert census.names(div) == ("a", "b", None)
    assert census.class_of(para) == ""
    assert Census(body, body).names(body) == (None, "top", None)


def test_census_keeps_the_element_objects_of_the_body_alive() -> None:
    root, body = _body("<div><p>a <b>b</b></p><ul><li>c</li></ul></div><span>d</span>")
    census = Census(root, body)
    # Later walks get the very objects the census walk made, not new ones.
    walked = list(body.iter(lxml.etree.Element))
    assert [el.tag for el in walked] == ["body", "div", "p", "b", "ul", "li", "span"]
    assert all(a is b for a, b in zip(census._elements, walked, strict=True))
    ids = [id(el) for el in body.iter(lxml.etree.Element)]
    assert ids == [id(el) for el in walked]


def test_census_keeps_the_class_of_an_element_with_no_other_attribute() -> None:
    root, body = _body(
        '<div class="a b"><p class="">x</p><span class="c" id="d">y</span>'
        '<nav class="e" role="navigation">z</nav><i>w</i></div>'
    )
    census = Census(root, body)
    assert {el.tag: names for el, names in census.classes.items()} == {"div": "a b", "p": ""}
    assert [census.attrs(el) for el in body.iter("div", "p", "span", "nav", "i")] == [
        "a b  ",
        "  ",
        "c d ",
        "e  navigation",
        "  ",
    ]


@given(verdict_trees)
def test_page_verdicts_answer_as_a_walk_of_its_own_would(markup: str) -> None:
    # One Verdicts for the page, asked of every element in turn (in an order that reads a
    # box's descendants both before and after the box itself), answers as a fresh one per
    # question does: a fresh one keeps nothing from an earlier walk.
    root, _ = _body(markup)
    shared = Verdicts()
    elements = list(root.iter())
    for el in [*elements, *reversed(elements)]:
        assert in_aside(el, verdicts=shared) == in_aside(el)
        assert in_aside(el, layout=False, verdicts=shared) == in_aside(el, layout=False)
        assert in_thread(el, shared) == in_thread(el)
        assert in_story_list(el, shared) == in_story_list(el)


def test_page_verdicts_read_each_box_once() -> None:
    # 50 paragraphs under one thread box: its names are tested once, not 50 times.
    root, _ = _body('<div class="comments"><div>' + "<p>a</p>" * 50 + "</div></div>")
    verdicts = Verdicts()
    seen: list[object] = []

    def named(node: lxml.etree._Element, _: Verdicts) -> bool | None:
        seen.append(node.tag)
        return True if node.get("class") else None

    question = Question(named, frozenset({"body", "html"}), otherwise=False)
    assert all(verdicts.ask(question, p) for p in root.iter("p"))
    assert seen == ["p", "div", "div", *["p"] * 49]
    assert verdicts.ask(question, root.find("body")) is False


def test_census_leaves_a_page_with_two_bodies_to_the_caption_walk() -> None:
    root = lxml.etree.fromstring(
        "<html><body><p>a</p></body><svg><body><p class='caption'>b</p></body></svg></html>",
        lxml.etree.HTMLParser(),
    )
    bodies = list(root.iter("body"))
    census = Census(root, bodies[0])
    if len(bodies) > 1:
        assert census.captions is None
        assert census.widgets is None
    else:  # libxml2 merged them: one body, walked whole
        assert census.captions == _caption_candidates(root, {})


def _tree(shape: list[int]) -> lxml.etree._Element:
    """An ``<html>`` tree built node by node: each number picks a parent among the nodes so
    far and a tag, so ``<body>`` elements nest and repeat as no parser would let them."""
    root = lxml.etree.Element("html")
    nodes = [root]
    for pick in shape:
        parent = nodes[pick % len(nodes)]
        nodes.append(lxml.etree.SubElement(parent, ("body", "div", "p")[pick % 3]))
    return root


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=50),
            st.sampled_from(("body", "div", "p", "img", "span")),
            st.booleans(),
        ),
        max_size=16,
    )
)
def test_the_widget_walk_finds_what_the_xpath_finds(shape: list[tuple[int, str, bool]]) -> None:
    # Trees no parser would build: <body> elements nested and repeated, pictures anywhere.
    root = lxml.etree.Element("html")
    nodes = [root]
    for pick, tag, classed in shape:
        el = lxml.etree.SubElement(nodes[pick % len(nodes)], tag)
        if classed:
            el.set("class", "")
        nodes.append(el)
    assert _image_widgets(root) == _IMAGE_WIDGETS(root)


@given(st.lists(st.integers(min_value=0, max_value=50), max_size=12))
def test_census_knows_the_one_body_as_a_whole_page_search_does(shape: list[int]) -> None:
    root = _tree(shape)
    body = root.find("body")
    if body is None:
        body = root
    bodies = list(root.iter("body"))
    census = Census(root, body)
    assert (census.captions is not None) == (len(bodies) == 1 and bodies[0] is body)


def test_census_remembers_what_was_dropped_and_each_pattern_result() -> None:
    root, body = _body('<div class="Share"><p id="in">x</p></div><p class="Lead">y</p>')
    census = Census(root, body)
    box, inner, lead = census.furniture
    census.dropped(box)
    assert not census.present(box)
    assert not census.present(inner)
    assert census.present(lead)
    assert census.attrs(box) == "Share  "
    assert census.matches(sel.NEGATIVE_ATTR, census.attrs(box))
    assert not census.matches(sel.NEGATIVE_ATTR, census.attrs(lead))


def _furniture_removed(markup: str, *, shared: bool) -> bytes:
    """The body after its caption-classed elements and then its furniture are removed.

    ``shared``: with the census made before the captions were removed (as the parser does),
    else with one made by :func:`remove_furniture` itself afterwards.
    """
    root, body = _body(markup)
    found = Census(root, body)
    if shared:  # every paragraph measured before anything is removed, as the parser does
        for para in body.iter("p"):
            found.paragraph_length(para)
    for el in [el for el in body.iter() if el.get("class") == "caption"]:
        found.dropped(el)
        drop(el)
    remove_furniture(body, census=found if shared else None)
    return lxml.etree.tostring(body)


@given(census_trees)
def test_furniture_removal_with_an_earlier_census_removes_the_same(markup: str) -> None:
    assert _furniture_removed(markup, shared=True) == _furniture_removed(markup, shared=False)


def test_paragraphs_are_measured_again_once_something_inside_them_is_removed() -> None:
    article = "<p>" + "Words of the article. " * 20 + "</p>"
    # The share box inside the long paragraph goes first; then the paragraph alone no longer
    # holds half the page's paragraph text, and the box around it is furniture too.
    markup = (
        '<div class="related"><p>'
        + "Other story words. " * 15
        + '<span class="caption">'
        + "Caption words. " * 40
        + "</span></p></div>"
        + article
        + article
    )
    kept = _furniture_removed(markup, shared=True)
    assert kept == _furniture_removed(markup, shared=False)
    assert b"Other story" not in kept


def test_furniture_inside_a_removed_caption_is_not_judged_again() -> None:
    markup = (
        '<div class="caption"><nav>in the caption</nav></div><nav>menu</nav>'
        + "<p>"
        + "Words of the article. " * 20
        + "</p>"
    )
    assert _furniture_removed(markup, shared=True) == _furniture_removed(markup, shared=False)
    kept = _furniture_removed(markup, shared=True)
    assert b"menu" not in kept
    assert b"in the caption" not in kept
    assert b"Words of the article." in kept


_ALTERNATION = r"ad|ads|adv|advert\w*|author|author-?(?:box|bio)|bio|side-?bar|sidebar\d*|s[ai]t"


@given(st.text(alphabet="adsvertuhobi-x_ 12ADS", max_size=14))
def test_grouping_by_first_letter_keeps_every_match_and_its_span(text: str) -> None:
    grouped = re.compile(by_first_letter(_ALTERNATION))
    assert grouped.pattern.startswith("a(?:d|ds|dv|dvert\\w*|uthor|uthor-?(?:box|bio))|b(?:io)|")
    plain = re.compile(_ALTERNATION)
    for start in range(len(text) + 1):
        found, got = plain.match(text, start), grouped.match(text, start)
        assert (found and found.span()) == (got and got.span())
    found, got = plain.search(text), grouped.search(text)
    assert (found and found.span()) == (got and got.span())


def test_grouping_by_first_letter_refuses_an_alternative_without_one() -> None:
    with pytest.raises(ValueError, match="open with a letter"):
        by_first_letter(r"ad|(?:post|entry)-?tags")


def test_the_separated_class_patterns_are_found_as_two() -> None:
    opened = {name for name, folded in FOLDED.items() if folded._opened is not None}
    assert {"NEGATIVE_ATTR", "HIDDEN_CLASS", "LEAD_ATTR", "THREAD_ATTR"} <= opened
    assert "BYLINE_ATTR" not in opened  # no "(?:^|" opening
    assert "NAME_MARKUP" not in opened


@pytest.mark.parametrize(
    ("source", "split"),
    [
        (r"(?:^|[\s_-])(?:ad|nav)$", (r"(?:ad|nav)$", r"[\s_-](?:ad|nav)$")),
        # The class's bar and bracket are characters, not the group's end or a choice.
        (r"(?:^|[|)])a", ("a", "[|)]a")),
        (r"(?:^|[\]|])a", ("a", r"[\]|]a")),
        (r"(?:^|[]|])a", ("a", "[]|]a")),
        (r"(?:^|\s(?<!\bno\s))a|b", ("a|b", r"\s(?<!\bno\s)a|b")),
        (r"(?:^|a|b)c", None),  # a second choice in the group
        (r"(?:^|(a))\1", None),  # a reference to a group
        (r"a(?:^|b)", None),
        (r"(?:^|\s", None),  # never closed
    ],
)
def test_an_opening_group_is_split_off(source: str, split: tuple[str, str] | None) -> None:
    assert _split_opening(source) == split


_OPENED = FoldedPattern(r"(?:^|[\s_-](?<!\bno[\s_-]))(?:ad|nav\w*|side-?bar)(?:$|[\s_-])|kel")


@given(st.text(alphabet="adnvsibrokelx_- \u212aAN", max_size=16))
def test_a_split_pattern_is_found_where_the_whole_one_is(text: str) -> None:
    assert _OPENED._opened is not None
    whole = re.compile(_OPENED.pattern, re.IGNORECASE).search(text)
    assert _OPENED.found(text) is (whole is not None)


_PATH_PARTS = st.sampled_from(
    ["/", "Autor", "author", "AUTH", "member", "/Members", "usEr", "profile", "pro", "x", "\u017f"]
)


@given(st.lists(_PATH_PARTS, max_size=8).map("".join))
def test_an_author_path_is_told_as_the_pattern_tells_it(href: str) -> None:
    # Substring tests on lower-cased ASCII; the pattern itself on other text ("/u\u017fer").
    assert _may_be_author_path(href) is (_AUTHOR_PATH_HINT.search(href) is not None)


_CLASS_PARTS = st.sampled_from(
    [
        *(" ", "\t", "-", "has", "Is", "no", "show", "WITH", "Comments", "enabled", "On", "off"),
        *("open", "closed", "allowed", "active", "x", "\u212a", "\u0130s"),
    ]
)


@given(st.lists(_CLASS_PARTS, max_size=8).map("".join))
def test_settings_are_removed_as_the_pattern_removes_them(names: str) -> None:
    # A value holding no part the pattern writes out is returned as it is, unsearched.
    assert settings_removed(names) == _STATE_CLASS.sub(" ", names)


# Links and forms nested in each other and in boxes, with comments and processing instructions
# (nodes that are no elements) inside them.
_LINKED_TREES = html_fragments(
    tags=("a", "form", "div", "span", "p"),
    attrs=("", ' href="/"', ' class="card"'),
    texts=("text", "<!-- c -->", "<?pi x?>", "<br>"),
)


def _inside_of(root: lxml.etree._Element, tag: str) -> set[lxml.etree._Element]:
    """The elements inside each ``tag`` element of ``root``, as the Python walk found them."""
    return {
        inner
        for outer in root.iter(tag)
        for inner in outer.iter()
        if isinstance(inner.tag, str)  # the elements: the scoring asks about no other node
    }


@given(_LINKED_TREES)
def test_the_linked_and_form_elements_are_what_the_walk_found(markup: str) -> None:
    root, body = _body(markup)
    for start in (root, body, *body.iterchildren(lxml.etree.Element)):
        assert _within(start, "a") == _inside_of(start, "a")
        assert _within(start, "form") == _inside_of(start, "form")


def test_the_linked_elements_of_a_page() -> None:
    _, body = _body(
        '<p>plain <a href="/"><b>bold</b><!-- c --><i><a href="/x">inner</a></i></a></p>'
        "<form><label>Mail</label><input></form><div>after</div>"
    )
    assert sorted(el.tag for el in _within(body, "a")) == ["a", "a", "b", "i"]
    assert sorted(el.tag for el in _within(body, "form")) == ["form", "input", "label"]
    link = body.find(".//a")
    assert link is not None
    assert _within(link, "a") == set(link.iter()) - set(link.iter(lxml.etree.Comment))


# Every kind of whitespace (and characters beside it that are unprintable but no whitespace).
_SPACED_TEXT = st.text(
    alphabet=st.sampled_from(
        "ab,;\u060c\u3001 \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2003\u2028\u202f\u3000\u200b\x00\x7f"
    )
    | st.characters(),
    max_size=20,
)


@given(_SPACED_TEXT)
def test_squashed_length_is_the_length_of_the_folded_text(text: str) -> None:
    assert squashed_length(text) == len(squash(text))


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("", 0),
        ("plain words", 11),
        (" lead", 4),
        ("trail ", 5),
        ("two  spaces", 10),
        ("no\u00a0break", 8),
        ("line\nbreak", 10),
        ("zero\u200bwidth", 10),  # unprintable, but no whitespace: it stays
    ],
)
def test_squashed_length_of_examples(text: str, length: int) -> None:
    assert squashed_length(text) == length


# Paragraphs made of a few shared sentences, so that one is often found inside another, at its
# start or further on; casefolding changes the length of some ("ß", "İ").
_SENTENCES = st.sampled_from(
    [
        "The sea wall needs repairs. ",
        "the sea wall ",
        "Die Straße bleibt gesperrt. ",
        "İstanbul'da ",
        "x" * 30,
        "Ja. ",
        " ",
    ]
)
_PARAGRAPHS = st.lists(
    st.tuples(st.lists(_SENTENCES, max_size=25).map("".join), st.booleans()), max_size=40
)


@given(_PARAGRAPHS)
def test_the_joined_search_for_repeats_drops_what_a_search_per_neighbour_did(
    rows: list[tuple[str, bool]],
) -> None:
    paragraphs = [text for text, _ in rows]
    headings = [heading for _, heading in rows]
    folded = [p.casefold() for p in paragraphs]
    assert _drop_repeats(paragraphs, headings) == _drop_repeats_each(paragraphs, headings, folded)


def test_the_joined_search_for_repeats_of_examples() -> None:
    quote = "the plan left too little for repairs to the old sea wall"
    long = f"Officials said on Monday that {quote}, and the council agreed."
    opening = f"{quote.capitalize()} and more words follow here."
    far = ["Filler paragraph number one, long enough to count for something."] * 16
    # Repeated inside a longer neighbour: dropped; found only at a neighbour's start: kept.
    assert _drop_repeats([long, quote], [False, False]) == [long]
    assert _drop_repeats([quote, opening], [False, False]) == [quote, opening]
    # A heading is never dropped, nor a repeat more than 15 places away.
    assert _drop_repeats([long, quote], [False, True]) == [long, quote]
    assert _drop_repeats([long, *far, quote], [False] * 18) == [long, *far, quote]
    assert _drop_repeats([long, *far[:14], quote], [False] * 16) == [long, *far[:14]]
    # A text holding the separator is searched neighbour by neighbour, with the same answer.
    odd = [f"{long}\x00", quote]
    assert _drop_repeats(odd, [False, False]) == [odd[0]]


@pytest.mark.parametrize(
    "markup",
    [
        PAGE,
        # A script or a style removed between two texts leaves two text nodes side by side, and
        # an element emptied so (or never filled) none.
        "<p>Hello <script>x()</script>world<style>p{}</style>, again</p><p><script>y</script></p>",
        "<div><b>Bold</b> and <i>italic<br>line</i><span></span>&amp; more</div>",
    ],
)
def test_the_text_of_an_element_is_its_serialisation_as_text(markup: str) -> None:
    root = load_page(markup).root
    for el in root.iter():
        serialised = lxml.etree.tostring(el, method="text", encoding=str, with_tail=False)
        assert text_of(el) == serialised


def test_clock_texts_are_the_short_own_texts_and_tails_holding_a_clock_in_order() -> None:
    root = lxml.etree.fromstring(
        "<html><body><div>Rabu, 4 Nov 2015 | 21:04 WIB<a>Ana</a> - 13:30 WIB"
        "<span>10.15</span> 9:00 <b>x</b>no clock</div><p>Just words. Nothing else</p>"
        "<time>2015-11-04 21:04</time><em>At 8:30, and then a sentence that runs on and on, far "
        "beyond the eighty characters of a date line</em><a>07:00</a></body></html>",
        lxml.etree.HTMLParser(),
    )
    found = [(text, el.tag, own) for text, el, own in shown.clock_texts(root)]
    # The <div>'s own text, then its children's tails (its <span>'s text comes after them,
    # as the walk reaches the <span>); no text without a clock, none too long for a date
    # line, and no text of an element that holds no date (<a>).
    assert found == [
        ("Rabu, 4 Nov 2015 | 21:04 WIB", "div", True),
        (" - 13:30 WIB", "div", False),
        (" 9:00 ", "div", False),
        ("10.15", "span", True),
        ("2015-11-04 21:04", "time", True),
    ]
