"""The cheap tests standing before the title reader's costly patterns: they never hide a match.

A guard only saves work: where it finds none of the characters it looks for, the pattern it
stands before must find nothing either. Each is checked on every character of the Basic
Multilingual Plane in the places a separator or a quotation mark stands (between spaces, glued
to words, doubled, between letters of another script), and on generated titles.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._html.meta import titles
from newsparse._html.page import selectors as sel


def _others(guard: re.Pattern[str]) -> list[str]:
    """Every character of the Basic Multilingual Plane the guard does not look for."""
    every = (chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF)
    return [ch for ch in every if guard.search(ch) is None]


def _placed(chars: list[str]) -> list[str]:
    """Texts holding each of ``chars`` where a separator or a quotation mark would stand."""
    return [
        " ".join(chars),
        "  ".join(chars),
        "".join(f"word {ch}{ch} word" for ch in chars),
        "".join(f"word{ch} word" for ch in chars),
        "".join(f"word {ch}word" for ch in chars),
        "é".join(chars),
        "é ".join(chars),
    ]


@pytest.mark.parametrize(
    ("guard", "pattern"),
    [
        (titles._SEPARATOR_SIGN, sel.TITLE_SEPARATORS),
        (titles._QUOTES, titles._LOOSE_QUOTES),
        (re.compile("[:：]"), titles._COLON),
    ],
    ids=["separators", "quotes", "colon"],
)
def test_no_match_without_a_guarded_character(
    guard: re.Pattern[str], pattern: re.Pattern[str]
) -> None:
    for text in _placed(_others(guard)):
        assert pattern.search(text) is None


_TITLE_PIECES = st.sampled_from(
    ["Harbour", "council", " ", "  ", "|", " | ", " - ", "-", "–", ":", "：", "«", "»", " » ", "‹",
     "“", "'", "\"", "_", "/", "//", "::", "·", "丨", "｜", "︱", "新闻", "é", "~", "•", "›"]
)  # fmt: skip


@given(st.lists(_TITLE_PIECES, max_size=12).map("".join) | st.text(max_size=40))
def test_guarded_readings_agree_with_the_patterns(title: str) -> None:
    spans = [m.span() for m in sel.TITLE_SEPARATORS.finditer(title)]
    assert [m.span() for m in titles._separators(title)] == spans
    loose = " ".join(titles._LOOSE_QUOTES.sub("'", title).casefold().split())
    assert titles._loose(title) == loose
