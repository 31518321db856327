"""A whole page's byline set over two lines (the by-word, then the name) signs the story."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._text import features
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


def _signed_line_by_line(top: list[str], facts: LineFacts) -> list[bool]:
    """The rule as first written: every line but the last lowered and looked up in turn."""
    signed = [False] * len(top)
    for index, line in enumerate(top[:-1]):
        if (
            len(line) <= features._LONE_BY_CHARS
            and not signed[index]
            and line.rstrip(":").lower() in features._LONE_BY
            and not signed[index + 1]
        ):
            byline = facts.byline(f"{line.rstrip(':')} {top[index + 1]}")
            if byline is not None and byline.authors:
                signed[index] = True
    return signed


def _is_lone_by(line: str) -> bool:
    return len(line) <= features._LONE_BY_CHARS and line.rstrip(":").lower() in features._LONE_BY


def test_the_lone_by_lines_are_every_line_the_rule_lowers_to_a_by_word() -> None:
    # The table holds the rule's lines, and every one of them: no character beyond ASCII lowers
    # to ASCII alone but the Kelvin sign ("k", in no by-word), so a line the rule lowers to a
    # by-word is one of its words in ASCII letters of either case, colons after it.
    assert all(map(_is_lone_by, features._LONE_BY_LINES))
    beyond = [chr(code) for code in range(0x80, 0x110000) if chr(code).lower().isascii()]
    assert beyond == ["\u212a"]
    assert "k" not in "".join(features._LONE_BY)
    assert len(features._LONE_BY_LINES) == sum(
        2 ** sum(char.isalpha() for char in word) * (features._LONE_BY_CHARS - len(word) + 1)
        for word in features._LONE_BY
    )
    assert {"bY", "BY::", "Written BY:", "oLEH", "di" + ":" * 9} <= features._LONE_BY_LINES
    assert not {"by ", "By:\u00a0", "di" + ":" * 10, "Written by::", "by:\n"} & (
        features._LONE_BY_LINES
    )


@pytest.mark.parametrize(
    "top",
    [
        ["BY", "Jane Doe", "Harbour reopens after the storm"],
        ["Harbour reopens", "bY:", "Jane Doe", "by", "John Roe", "By"],
        ["Harbour reopens", "By", "By", "Jane Doe"],
        ["Harbour reopens", "WRITTEN BY:", "Jane Doe", "Von::", "Ann Lee", "Von::", "Ann Lee"],
        ["By", "By"],
        ["By"],
        [],
    ],
)
def test_a_lone_by_word_is_found_as_a_look_at_each_line_finds_it(top: list[str]) -> None:
    signed = [False] * len(top)
    _sign_split_bylines(top, signed, LineFacts())
    assert signed == _signed_line_by_line(top, LineFacts())


_LINES = st.sampled_from(
    [
        "By",
        "by:",
        "BY",
        "Von:",
        "di",
        "Written by",
        "oleh",
        "Jane Doe",
        "Ann Lee",
        "The harbour",
        "By Jane Doe",
        "3 May 2024",
        "bye",
        "Photos by",
        "\u212aby",
        "by\u00a0",
        "",
    ]
) | st.text(alphabet="byBYvonVON:dixX \u0130\u0131\u212a", max_size=12)


@given(st.lists(_LINES, max_size=12))
def test_the_lookup_signs_what_the_line_by_line_rule_signs(top: list[str]) -> None:
    signed = [False] * len(top)
    _sign_split_bylines(top, signed, LineFacts())
    assert signed == _signed_line_by_line(top, LineFacts())
