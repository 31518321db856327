"""Whole pages rendered a piece of text a line (BeautifulSoup's ``get_text("\\n")``): a headline or
a paragraph broken at the tags inside it is one line again.

Every dump here is written for the test; the expected values were checked by hand against the text.
"""

from __future__ import annotations

import newsparse
from newsparse._text import markup
from newsparse._text.markup import join_inline_breaks

#: The page's whitespace between its tags, written as lines of spaces, as such a rendering does.
_GAP = " \n \n"


def _rendering(headline: str) -> str:
    """A whole page rendered a piece of text a line, its headline as given."""
    menu = "".join(
        f"{word}\n{_GAP}"
        for word in (
            "Home",
            "News",
            "Politics",
            "Business",
            "Sport",
            "Culture",
            "Weather",
            "Podcasts",
            "Newsletters",
            "Contact",
        )
    )
    body = "".join(
        "The harbour reopened on Tuesday after a storm that had closed it for a week, the port "
        f"authority said in statement number {number}.\n{_GAP}"
        for number in range(8)
    )
    return f"{_GAP}HarbourDaily\n{_GAP}{menu}{_GAP}{headline}\n{_GAP}By Jane Roe\n{_GAP}{body}"


def test_a_headline_broken_at_its_tags_is_the_whole_headline() -> None:
    # "<h1>Storm that closed the harbour <em>for a week</em>, officials say</h1>": three pieces
    # on three lines, the spaces around the tags kept on them.
    article = newsparse.parse_article(
        _rendering("Storm that closed the harbour \nfor a week\n, officials say")
    )
    assert article.title == "Storm that closed the harbour for a week, officials say"
    assert article.authors == ("Jane Roe",)


def test_pieces_are_joined_as_the_page_joined_them() -> None:
    text = f"{_GAP}Home\nNews\n{_GAP}Welcome to \nFirefox\n, the browser\n{_GAP}Ehezoff\n der Pochers\n"
    lines = join_inline_breaks(text).split("\n")
    assert "Welcome to Firefox, the browser" in lines
    assert "Ehezoff der Pochers" in lines
    # A menu, one item a line with no space at the break, stays as it is.
    assert lines[2:4] == ["Home", "News"]


def test_a_block_with_a_date_of_its_own_stays_apart() -> None:
    # "by <a>Jane Roe</a> on <time>January 20, 2020</time>": the date is read on its own line.
    text = f"{_GAP}by \nJane Roe\n on \nJanuary 20, 2020\n{_GAP}{_GAP}"
    assert join_inline_breaks(text) == text


def test_list_items_and_quotes_stay_apart() -> None:
    text = f"{_GAP}> * the first way, or \n> * the second way\n{_GAP}{_GAP}"
    assert join_inline_breaks(text) == text


def test_a_typed_dump_is_not_read_for_such_breaks() -> None:
    # No lines of spaces: a title typed with a space at its end stays over its byline.
    text = "Storm closes the harbour \nBy Jane Roe \n\nThe harbour closed. \nFerries stopped.\n"
    assert join_inline_breaks(text) == text
    assert newsparse.parse_article(text).title == "Storm closes the harbour"


def test_fields_ending_in_a_space_stay_on_their_lines() -> None:
    # "Author: Jane Doe " over "Section: World": two fields, each with its key and value, are no
    # pieces of one line (they were joined, and the author lost). A key alone goes on with its
    # value ("Pingback: " over "Harbour works: ferries run again").
    body = "".join(
        f"The harbour reopened on Tuesday after a storm, the port authority said ({number}).\n{_GAP}"
        for number in range(6)
    )
    text = (
        f"{_GAP}Title: Storm closes the harbour \nAuthor: Jane Doe \nSection: World \n{_GAP}"
        f"{body}Pingback: \nHarbour works: ferries run again\n{_GAP}"
    )
    lines = join_inline_breaks(text).split("\n")
    assert lines[2:5] == [
        "Title: Storm closes the harbour ",
        "Author: Jane Doe ",
        "Section: World ",
    ]
    assert "Pingback: Harbour works: ferries run again" in lines
    article = newsparse.parse_article(text, kind="text")
    assert article.title == "Storm closes the harbour"
    assert article.authors == ("Jane Doe",)


def _minified(headline: str, paragraphs: list[str]) -> str:
    """A minified page (no blanks between its tags) rendered a piece of text a line.

    Its blocks stand apart by blank lines (one ``get_text("\\n")`` writes for the page's
    ``<br>`` and empty paragraphs), not by lines of spaces.
    """
    menu = "\n".join(("Home", "News", "Politics", "Sport", "Contact"))
    body = "\n\n".join(paragraphs)
    return f"HarbourDaily\n{menu}\n\n{headline}\n\nBy Jane Roe\n\n{body}\n"


def test_a_minified_page_is_read_for_its_breaks_by_the_lines_going_on_after_a_tag() -> None:
    # Two lines going on after a tag (", officials say" and " after a storm ..."; the other
    # breaks follow a piece's space): the page was written a piece of text a line, though no
    # line of spaces says so.
    paragraphs = [
        "The harbour reopened on \nTuesday\n after a storm that had closed it for a week.",
        "Ferries ran again from the \nnorth quay on the first morning.",
        "Fishing boats were the first to leave, \nlong before the ferries.",
        "Traders at the market said the week had cost them dearly.",
        "The authority expects no more closures this winter.",
    ]
    text = _minified("Storm that closed the harbour \nfor a week\n, officials say", paragraphs)
    assert markup._SPACE_LINE.search(text) is None  # (no line of spaces at all)
    assert len(markup._SPACE_GOES_ON.findall(text)) == 2
    article = newsparse.parse_article(text)
    assert article.title == "Storm that closed the harbour for a week, officials say"
    assert article.authors == ("Jane Roe",)
    assert article.paragraphs[:3] == (
        "The harbour reopened on Tuesday after a storm that had closed it for a week.",
        "Ferries ran again from the north quay on the first morning.",
        "Fishing boats were the first to leave, long before the ferries.",
    )


def test_one_line_going_on_is_not_enough_without_lines_of_spaces() -> None:
    # One such line and lines ending in a space (a typed dump's blanks): no such rendering.
    text = (
        "Storm closes the harbour \nBy Jane Roe \n\nThe harbour closed on \nTuesday\n"
        ", officials said.\n\nFerries stopped.\nBoats stayed in.\n\nMarkets shut.\n"
        "Schools too.\n"
    )
    assert join_inline_breaks(text) == text
    assert newsparse.parse_article(text).title == "Storm closes the harbour"


def _piece_end_by_search(text: str) -> bool:
    """A line ending in a space after text, found as round 47 found it: each " \\n" in turn."""
    at = 0
    while True:
        at = text.find(" \n", at + 1)
        if at < 0:
            return False
        if not text[at - 1].isspace():
            return True


def test_a_line_ending_in_a_space_after_text_is_found_as_by_a_search_of_each() -> None:
    # One pattern finds what a loop over every " \\n" found: the character before the space is
    # no space of any kind (a no-break or an ideographic space is one), and a text opening with
    # " \\n" has no character there.
    pieces = ["a", " ", "\n", "\t", "\xa0", "\u3000", "\u2028", "é", "字", "\r", ".", "  "]
    for first in pieces:
        for second in pieces:
            for third in pieces:
                for text in (
                    first + second + third,
                    f"x\n{first}{second}{third}\ny",
                    first + second + third + " \n",
                ):
                    expected = _piece_end_by_search(text)
                    assert (markup._PIECE_END.search(text) is not None) is expected, repr(text)
