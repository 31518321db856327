"""The metadata sources of a page: one-line values and the microdata index."""

from __future__ import annotations

import lxml.etree
from hypothesis import given
from hypothesis import strategies as st

from newsparse._html.page.sources import Microdata, microdata, one_line
from newsparse._normalize.whitespace import clean_line

_SPACES = st.sampled_from([" ", "\n", "\t", "\r", "\xa0", "\u2028", "\u3000", "\x0b", "\x85"])
_INVISIBLE = st.sampled_from(["\u200b", "\u00ad", "\ufeff"])


@given(st.lists(st.one_of(_SPACES, _INVISIBLE, st.characters()), max_size=20))
def test_one_line_folds_every_whitespace_run_to_one_space(chars: list[str]) -> None:
    text = "".join(chars)
    assert one_line(text) == " ".join(clean_line(text).split())


def test_one_line_examples() -> None:
    assert one_line("  Ann\n\n Lee \u200b") == "Ann Lee"
    assert one_line("Ann\xa0Lee") == "Ann Lee"
    assert one_line("Ann Lee") == "Ann Lee"


_ITEMS = """<html><body itemprop="page">
<div itemscope><span itemprop="author name">Ann</span><meta itemprop="datePublished" content="x">
<span itemprop="author  author">Bo</span><b itemprop="">empty</b>
<p itemprop="articleBody"><i itemprop="author">Cy</i></p></div></body></html>"""


def test_the_microdata_index_finds_what_each_walk_finds() -> None:
    root = lxml.etree.fromstring(_ITEMS, lxml.etree.HTMLParser())
    index = Microdata(root)
    for prop in ("author", "name", "datePublished", "articleBody", "page", "", "missing"):
        assert index.items(prop) == list(microdata(root, prop)), prop
    assert [el.text for el in index.items("author")] == ["Ann", "Bo", "Cy"]
    assert [el.tag for el in index.items("page")] == ["body"]
