"""The faster forms of the HTML parser's scans find exactly what the slower forms found."""

from __future__ import annotations

import re

import lxml.etree
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._html.body.furniture import _candidates
from newsparse._html.meta.people import _named
from newsparse._html.page import selectors as sel
from newsparse._html.page.folded import FoldedPattern

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
_ATTR_WORDS = st.sampled_from(
    ["non", "no", "not", "nav", "Share", "AUTHOR", "byline", "img", "article", "Ad", "tags"]
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
    found = _candidates(body)
    assert found == xpath
    assert [el.tag for el in found].count("p") == 4  # the empty class counts; plain <p> does not


def test_byline_candidates_are_what_the_xpath_selected() -> None:
    root = lxml.etree.fromstring(PAGE, lxml.etree.HTMLParser())
    found = [el for el, _ in _named(root)]
    assert found == root.xpath(".//*[@class or @id or @data-testid]")
    assert {el.tag for el in found} == {"body", "p", "span", "b"}
