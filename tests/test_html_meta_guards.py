"""The cheap tests the metadata readers run before cleaning or scanning a text tell what the full work tells."""

from __future__ import annotations

import re

import lxml.etree
from hypothesis import given
from hypothesis import strategies as st

from newsparse._html.meta.people import _text_nodes
from newsparse._html.meta.shown import short_line
from newsparse._html.page.sources import one_line
from newsparse._normalize.dates import has_digit

# Letters, digits, every kind of space the cleaning folds, and characters it drops.
_PIECES = st.sampled_from(
    [
        "a",
        "Bc",
        "7",
        " ",
        "  ",
        "\n",
        "\t",
        "\r",
        "\u00a0",
        "\u3000",
        "\u200b",
        "\u00ad",
        "\ufeff",
        "é",
        "٣",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=400).map("".join)


def _short_by_cleaning_all(text: str, limit: int) -> str | None:
    line = one_line(text)
    return line if len(line) <= limit else None


@given(_TEXTS, st.sampled_from([1, 40, 80, 150]))
def test_short_line_is_the_cleaned_line_within_the_limit(text: str, limit: int) -> None:
    assert short_line(text, limit) == _short_by_cleaning_all(text, limit)


def test_short_line_tells_a_paragraph_long_and_keeps_a_word_padded_with_spaces() -> None:
    paragraph = "The council met on Tuesday to approve the budget for the parks. " * 5
    assert short_line(paragraph, 150) is None
    # 300 spaces before one word: the start, cleaned, is empty, so the whole is read.
    assert short_line(" " * 300 + "Monday\n", 150) == "Monday"
    assert short_line("\u200b" * 250 + "3 May 2021", 80) == "3 May 2021"


@given(_TEXTS)
def test_has_digit_is_a_search_for_any_digit(text: str) -> None:
    assert has_digit(text) == (re.search(r"\d", text) is not None)


def test_has_digit_finds_every_digit_in_long_text_and_nothing_else() -> None:
    filler = "no number here, just words " * 4
    digits = [chr(code) for code in range(0x10000) if re.fullmatch(r"\d", chr(code))]
    assert {"0", "9", "٣"} <= set(digits)
    assert len(digits) > 100
    for digit in digits:
        assert has_digit(filler + digit + filler)
    assert not has_digit(filler)
    assert not has_digit(filler + "é")
    assert not has_digit(filler + "½ Ⅻ ²")  # numbers, but no decimal digits


# Texts with the searched parts in them, overlapping ("aa" in "aaa") and split across nodes.
_NODE_TEXTS = st.lists(
    st.sampled_from(["", "a", "aa", "Ann Lee", "Ann", " Lee", "x", "\n"]), max_size=4
).map("".join)


@st.composite
def _trees(draw: st.DrawFn, depth: int = 3) -> str:
    """Markup of nested elements, comments and dropped scripts, with texts and tails."""
    parts = [draw(_NODE_TEXTS)]
    for _ in range(draw(st.integers(0, 3 if depth else 0))):
        kind = draw(st.sampled_from(["element", "comment", "script"]))
        if kind == "element":
            parts.append(f"<p>{draw(_trees(depth - 1))}</p>")
        elif kind == "comment":
            parts.append(f"<!--{draw(_NODE_TEXTS)}-->")
        else:
            parts.append("<script>Ann Lee</script>")
        parts.append(draw(_NODE_TEXTS))
    return "".join(parts)


@given(
    _trees(), st.sampled_from(["Ann Lee", "Ann", "a", "aa", "Lee"]), st.sampled_from([None, 1, 2])
)
def test_text_nodes_end_their_walk_only_when_no_later_node_holds_the_part(
    markup: str, part: str, limit: int | None
) -> None:
    # The walk stops once the nodes found hold every occurrence of the page's joined text: the
    # same nodes as an XPath search of every text node, dropped elements' joined tails and
    # comments (whose text is no text node) included.
    root = lxml.etree.fromstring(f"<div>{markup}</div>")
    lxml.etree.strip_elements(root, "script", with_tail=False)
    expected = root.xpath("descendant::text()[contains(string(), $part)]", part=part)
    found = _text_nodes(root, part, limit)
    assert [(str(n), n.getparent(), n.is_tail) for n in found] == [
        (str(n), n.getparent(), n.is_tail) for n in expected[:limit]
    ]


def test_text_nodes_of_a_part_no_text_can_hold_are_none() -> None:
    # A lone surrogate (a JSON escape of a name) is in no text of a page; a name absent from the
    # page's text is found without a walk.
    root = lxml.etree.fromstring("<div><p>Ann Lee</p>Ann<!--Bo Kim--></div>")
    assert _text_nodes(root, "Ann\ud800") == []
    assert _text_nodes(root, "Bo Kim") == []
    assert [str(node) for node in _text_nodes(root, "Ann")] == ["Ann Lee", "Ann"]


def test_text_nodes_read_the_tails_when_the_texts_hold_too_few() -> None:
    # The texts hold one "Ann" of the page's three: the tails hold the rest ("<b>By</b> Ann
    # Lee"), and every node holding the name is found, tails included, in document order.
    root = lxml.etree.fromstring("<div><p>Ann</p><p><b>By</b> Ann Lee</p><i>x</i>Ann</div>")
    found = _text_nodes(root, "Ann")
    assert [(str(node), node.is_tail) for node in found] == [
        ("Ann", False),
        (" Ann Lee", True),
        ("Ann", True),
    ]
