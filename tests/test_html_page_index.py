"""The page index lists the elements the metadata readers would find with their own walks."""

from __future__ import annotations

import lxml.etree
from hypothesis import given

from newsparse._html.page.census import Census
from newsparse._html.page.index import TIME_TAGS, PageIndex
from newsparse._html.page.tree import Element
from tests.strategies import index_trees

PAGE = """<html lang="en"><body class="page">
<meta itemprop="datePublished" content="2024-01-02">
<header id="top"><h1>Site</h1><a rel="home" href="/">Home</a><a href="/a">A</a></header>
<article><h1 itemprop="headline">Story</h1>
<p class="byline">By <a rel="author" href="/ann">Ann</a> <time datetime="2024-01-02">Jan 2</time></p>
<div data-testid="body"><p>Text <link rel="x"> <local-time>now</local-time></p></div>
<span itemprop="">empty</span></article></body></html>"""


def _parse(markup: str) -> Element:
    return lxml.etree.fromstring(markup, lxml.etree.HTMLParser())


def _as_walked(root: Element) -> dict[str, list[Element]]:
    """What each metadata reader's own walk finds under ``root``."""
    return {
        "meta": list(root.iter("meta")),
        "h1": list(root.iter("h1")),
        "times": list(root.iter(*TIME_TAGS)),
        "itemprops": list(root.iterfind(".//*[@itemprop]")),
        "rel_links": list(root.iterfind(".//a[@rel]")),
        "named": root.xpath(".//*[@class or @id or @data-testid]"),
    }


def _as_indexed(index: PageIndex) -> dict[str, list[Element]]:
    return {
        "meta": index.tagged["meta"],
        "h1": index.tagged["h1"],
        "times": index.times,
        "itemprops": index.itemprops,
        "rel_links": index.rel_links,
        "named": list(index.named),
    }


def _census_index(root: Element) -> PageIndex:
    body = root.find("body")
    return Census(root, root if body is None else body).page


def test_the_index_lists_the_elements_of_a_page() -> None:
    root = _parse(PAGE)
    index = PageIndex.walk(root)
    texts = {key: [el.text for el in found] for key, found in _as_indexed(index).items()}
    assert texts["h1"] == ["Site", "Story"]
    assert texts["times"] == ["Jan 2", "now"]
    assert texts["itemprops"] == [None, "Story", "empty"]  # the <meta>, the <h1>, the <span>
    assert texts["rel_links"] == ["Home", "Ann"]  # not the <a> without rel, nor the <link>
    assert [el.tag for el in index.tagged["meta"]] == ["meta"]
    assert list(index.named.values()) == [
        ("page", None, None),
        (None, "top", None),
        ("byline", None, None),
        (None, None, "body"),
    ]


def test_the_census_fills_the_same_index_in_its_walk_over_the_body() -> None:
    root = _parse(PAGE)
    assert _as_indexed(_census_index(root)) == _as_indexed(PageIndex.walk(root))


def test_a_page_with_more_than_its_body_is_indexed_whole() -> None:
    # A root holding the body and another element: the census's walk over the body does not
    # reach it, so the index comes from a walk of its own.
    root = _parse(PAGE)
    extra = lxml.etree.SubElement(root, "h1")
    extra.text = "After"
    lxml.etree.SubElement(extra, "a", rel="author", itemprop="name")
    index = _census_index(root)
    assert _as_indexed(index) == _as_walked(root)
    assert [el.text for el in index.tagged["h1"]] == ["Site", "Story", "After"]


def test_the_root_itself_counts_for_tags_only() -> None:
    # root.iter() yields the root; the ".//" searches do not.
    root = _parse('<h1 itemprop="x" class="y">T</h1>')
    h1 = lxml.etree.Element("h1", itemprop="x")
    h1.text = "Alone"
    index = PageIndex.walk(h1)
    assert index.tagged["h1"] == [h1]
    assert index.itemprops == []
    assert index.named == {}
    assert _as_indexed(PageIndex.walk(root)) == _as_walked(root)


@given(index_trees)
def test_the_index_is_what_the_walks_find(markup: str) -> None:
    try:
        root = _parse(markup or "<p></p>")
    except lxml.etree.XMLSyntaxError:  # nothing to parse
        return
    if root is None:
        return
    walked = _as_walked(root)
    assert _as_indexed(PageIndex.walk(root)) == walked
    assert _as_indexed(_census_index(root)) == walked
    for el, names in PageIndex.walk(root).named.items():
        assert names == (el.get("class"), el.get("id"), el.get("data-testid"))
