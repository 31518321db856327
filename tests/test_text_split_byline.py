"""A whole page's byline set over two lines (the by-word, then the name) signs the story."""

from __future__ import annotations

import pytest

from newsparse._text.features import _sign_split_bylines
from newsparse._text.lines import LineFacts


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (
            ["Harbour reopens after the storm", "By", "Jane Doe", "3 May 2024"],
            [False, True, False, False],
        ),
        (["Neue Brücke kommt erst 2027", "Von:", "Jane Doe"], [False, True, False]),
        (["Neue Brücke kommt erst 2027", "Written by", "Jane Doe"], [False, True, False]),
        # The next line names nobody: no byline.
        (["Harbour reopens after the storm", "By", "the way, it rained all day."], [False] * 3),
        # A by-word closing the lines has no name under it.
        (["Harbour reopens after the storm", "By"], [False, False]),
        # A longer line is no lone by-word.
        (["Harbour reopens after the storm", "Photos by", "Jane Doe"], [False] * 3),
    ],
)
def test_a_lone_by_word_over_a_name_is_a_byline(top: list[str], expected: list[bool]) -> None:
    signed = [False] * len(top)
    _sign_split_bylines(top, signed, LineFacts())
    assert signed == expected
