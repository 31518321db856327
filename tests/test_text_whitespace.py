"""A dump's Article does not change when the dump changes only in whitespace no reader sees.

Blanks at a line's end (typed, or added by an editor or a tool), other line breaks, a byte-order
mark, blank lines around the text or doubled, blank lines holding spaces, a missing final line
break: none of them is part of the article. (A rendering that writes a piece of text a line is
the exception: there a space at a line's end is the page's own, between two words.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse._text.markup import join_inline_breaks
from newsparse.serialize import to_json
from tests.conftest import SEED
from tests.test_text_layouts import DUMPS

SOURCES = {"seed": SEED.read_text(encoding="utf-8"), **DUMPS}


def _at_line(text: str, index: int, blank: str) -> str:
    """``text`` with ``blank`` after its ``index``-th line that holds text (counted round)."""
    lines = text.split("\n")
    filled = [number for number, line in enumerate(lines) if line.strip()]
    lines[filled[index % len(filled)]] += blank
    return "\n".join(lines)


def _every_line(text: str, blank: str, *, blank_lines: bool = False, last: bool = True) -> str:
    lines = text.split("\n")
    # (the empty piece after a closing line break is no line)
    end = len(lines) - 1 if text.endswith("\n") else len(lines)
    return "\n".join(
        line + blank
        if number < end and (blank_lines or line.strip()) and (last or number < end - 1)
        else line
        for number, line in enumerate(lines)
    )


def _blank_lines(text: str, blank: str, times: int = 1) -> str:
    lines = text.split("\n")
    end = len(lines) - 1 if text.endswith("\n") else len(lines)
    out: list[str] = []
    for number, line in enumerate(lines):
        out += [blank] * times if number < end and not line.strip() else [line]
    return "\n".join(out)


TRANSFORMS: dict[str, Callable[[str, int], str]] = {
    "a space after one line": lambda text, index: _at_line(text, index, " "),
    "a tab after one line": lambda text, index: _at_line(text, index, "\t"),
    "a no-break space after one line": lambda text, index: _at_line(text, index, "\xa0"),
    "a space after every line": lambda text, _: _every_line(text, " "),
    "a space after every line but the last": lambda text, _: _every_line(text, " ", last=False),
    "a space after every line, blank ones too": lambda text, _: _every_line(
        text, " ", blank_lines=True
    ),
    "a tab after every line": lambda text, _: _every_line(text, "\t"),
    "a no-break space after every line": lambda text, _: _every_line(text, "\xa0"),
    "CRLF": lambda text, _: text.replace("\n", "\r\n"),
    "CR": lambda text, _: text.replace("\n", "\r"),
    "U+2028": lambda text, _: text.replace("\n", "\u2028"),
    "U+2029": lambda text, _: text.replace("\n", "\u2029"),
    "a byte-order mark": lambda text, _: "\ufeff" + text,
    "blank lines above": lambda text, _: "\n\n\n" + text,
    "blank lines below": lambda text, _: text + "\n\n\n",
    "blank lines doubled": lambda text, _: _blank_lines(text, "", 2),
    "blank lines of spaces": lambda text, _: _blank_lines(text, "   "),
    "no final line break": lambda text, _: text.rstrip("\n"),
}


@functools.cache
def _read(text: str) -> str:
    return to_json(newsparse.parse_article(text, kind="text"))


@settings(max_examples=120, deadline=None)
@given(
    name=st.sampled_from(sorted(SOURCES)),
    transform=st.sampled_from(sorted(TRANSFORMS)),
    index=st.integers(min_value=0, max_value=40),
)
def test_whitespace_no_reader_sees_leaves_the_article_alone(
    name: str, transform: str, index: int
) -> None:
    text = SOURCES[name]
    assert _read(TRANSFORMS[transform](text, index)) == _read(text)


@pytest.mark.parametrize(
    "dump",
    [
        # The site's code typed with a space after it, over the picture's caption.
        SEED.read_text(encoding="utf-8").replace("\nMDN\n", "\nMDN \n"),
        # A space (or a no-break one) after every line, or every line but the last.
        _every_line(SEED.read_text(encoding="utf-8"), " "),
        _every_line(SEED.read_text(encoding="utf-8"), " ", last=False),
        _every_line(SEED.read_text(encoding="utf-8"), " ", blank_lines=True),
        _every_line(SEED.read_text(encoding="utf-8"), "\xa0"),
        # Two lines typed with a space after them, over the ad slots' lines of no-break spaces.
        SEED.read_text(encoding="utf-8")
        .replace("\nMDN\n", "\nMDN \n")
        .replace("\nBinsar\n", "\nBinsar \n"),
    ],
    ids=["site code", "every line", "every line but the last", "blank lines too", "nbsp", "two"],
)
def test_the_seed_reads_the_same_with_blanks_at_its_lines_ends(dump: str) -> None:
    # The seed's ad slots are lines of no-break spaces: they made it read as a whole page
    # rendered a piece of text a line, once a line ended in a space, and the site's code was
    # joined to the caption under it (its dateline lost).
    article = newsparse.parse_article(dump, kind="text")
    assert article.dateline == "MDN"
    assert article.captions[0].text.startswith("Kim Jong Un memastikan")
    assert to_json(article) == _read(SEED.read_text(encoding="utf-8"))


def test_a_line_ending_in_a_space_among_lines_of_spaces_is_not_joined_to_the_next() -> None:
    # A copy of a page with lines of spaces alone (its source's indentation) and one line typed
    # with a space after it: no rendering of a piece of text a line, whose pieces are joined.
    body = [
        "The harbour reopened on Tuesday after a storm closed it for three days, officials said.",
        "Ferries resumed their usual timetable by the afternoon, the operator said.",
        "Fishermen checked their boats for damage along the eastern quay.",
    ]
    lines = ["Title: Harbour reopens after storm ", "By: Jane Doe", "", "      "]
    for paragraph in body:
        lines += [f"      {paragraph}", "      ", "    ", ""]
    article = newsparse.parse_article("\n".join(lines) + "\n", kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == tuple(body)


@pytest.mark.parametrize("blanks", [" ", "  ", " \t"])
def test_a_sentence_broken_at_a_links_text_with_blanks_after_its_space(blanks: str) -> None:
    # The space left before a link's text at the end of the line above; an editor's blank after
    # it changes nothing (a second one made the lede's first words the title).
    text = "\n".join(
        [
            "Mar. 3, 2024, 10:15 AM UTC",
            "By ",
            "Ann Lee",
            f"The city council has{blanks}",
            "approved",
            " a plan to rebuild the old market hall, even though residents had asked it to wait.",
            "Figures from the council's own survey show that most of the traders want it rebuilt.",
            "The mayor will present the budget for the work to the council at its next meeting.",
        ]
    )
    article = newsparse.parse_article(text)
    assert article.title is None
    assert article.authors == ("Ann Lee",)
    assert article.paragraphs[0] == (
        "The city council has approved a plan to rebuild the old market hall, even though"
        " residents had asked it to wait."
    )


def test_a_line_flush_left_among_paragraphs_indented_with_tabs_is_furniture() -> None:
    # The paragraphs indented with a tab, not with spaces: the line between them printed flush
    # left is furniture all the same.
    places = ["quay", "pier", "slipway", "lock", "breakwater", "dock", "jetty", "marina"]
    body = [
        f"Engineers inspected the {place} on Tuesday after the storm and said it was safe again."
        for place in places
    ]
    body += [
        "The council said it would count the cost of the storm next week.",
        "The mayor thanked the crews who kept the channel clear.",
    ]
    lines = ["Harbour reopens after storm | Harbour News", ""]
    for number, paragraph in enumerate(body):
        lines += ["\t" + paragraph, ""]
        if number == 2:
            lines += ["Council approves new budget for the coming year", ""]
    article = newsparse.parse_article("\n".join(lines) + "\n", kind="text")
    assert article.title == "Harbour reopens after storm"
    assert article.paragraphs == tuple(body)


def test_a_hard_wrapped_paragraphs_first_line_indented_with_a_tab_fills_the_width() -> None:
    # As with an indent of spaces: the tab counts towards the width the wrapping filled.
    lines = [
        "Harbour reopens after the storm",
        "",
        "\tExample City – The port authority said on Tuesday",
        "that the harbour would reopen to ferries and fishing boats after a",
        "storm closed it for three days, and that the quay had been cleared",
        "of the debris the waves had thrown onto it during the weekend.",
        "",
        "\tFerry services resumed their usual timetable by",
        "the afternoon, and the first boats left the harbour for the islands",
        "with more passengers than on any day since the summer holidays, a",
        "spokeswoman for the ferry company said at the terminal on Tuesday.",
        "",
        "\tShops along the quay opened again in the evening,",
        "and the town council said it would pay for the repairs to the sea",
        "wall that the storm had damaged near the lighthouse at the harbour.",
    ]
    article = newsparse.parse_article("\n".join(lines) + "\n", kind="text")
    assert article.dateline == "Example City"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1] == " ".join(line.strip() for line in lines[12:15])


def test_lines_of_no_break_spaces_alone_are_no_rendering_s_lines_of_spaces() -> None:
    # A typed dump's ad slots (``&nbsp;``) made plain spaces: the text as given tells them from
    # the lines of spaces a rendering of a whole page writes between its tags.
    lines = ["Home", "News", "Sport", "Tech", "", "", "Welcome to ", "Firefox", ", the browser"]
    lines += ["", "", ""]
    given = "".join(f"{line or chr(0xA0)}\n" for line in lines)
    spaced = "".join(f"{line or ' '}\n" for line in lines)
    assert "Welcome to Firefox, the browser" in join_inline_breaks(spaced)
    assert join_inline_breaks(spaced, given) == spaced
