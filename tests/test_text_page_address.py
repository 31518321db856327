"""A text dump's own address fills ``Article.url`` (issue 9, round 50): made-up stories only.

A tool writes the page's address in its header (``url:`` in a fenced block, ``URL:`` or ``Link:``
under the title) or alone on a line over or under the headline. It was read and dropped, or, as a
``URL:`` field alone under the title, shown as the first paragraph.
"""

from __future__ import annotations

import json

import pytest

import newsparse

_TITLE = "Harbour fire under control after two days"
_ADDRESS = "https://example.com/news/harbour-fire"
_STORY = (
    "Firefighters brought the blaze at the old grain store under control on Sunday morning, "
    "two days after it broke out, the harbour authority said.",
    "No one was hurt. The quay stays closed to ships until engineers have checked the pier "
    "under the store, which could take a week.",
)
_BODY = "\n\n".join(_STORY)


def _parse(text: str, url: str | None = None) -> newsparse.Article:
    return newsparse.parse_article(text, kind="text", url=url)


@pytest.mark.parametrize(
    "header",
    [
        f"{_TITLE}\nURL: {_ADDRESS}",
        f"{_TITLE}\n\nURL: {_ADDRESS}",
        f"{_TITLE}\nLink: {_ADDRESS}",
        f"{_TITLE}\nSource URL: {_ADDRESS}",
        f"Title: {_TITLE}\nURL: {_ADDRESS}\nDate: 2024-05-03",
        f"{_TITLE}\nlink: {_ADDRESS}\nauthors: Jane Doe\npublish date: 2024-05-03",
        f"---\ntitle: {_TITLE}\nurl: {_ADDRESS}\nhostname: example.com\n---",
        f"---\ntitle: {_TITLE}\nurl: '{_ADDRESS}'\n---",
        f"{_TITLE}\n{_ADDRESS}",
        f"{_ADDRESS}\n{_TITLE}",
    ],
)
def test_the_dumps_stated_address_is_its_url_and_no_text(header: str) -> None:
    article = _parse(f"{header}\n\n{_BODY}\n")
    assert article.title == _TITLE
    assert article.url == _ADDRESS
    assert article.paragraphs == _STORY
    assert article.dateline is None  # ("URL: ..." read "URL" as a dateline)
    assert article.warnings == ()


def test_the_callers_url_wins_over_the_dumps() -> None:
    given = "https://example.org/2024/05/03/fire"
    for header in (f"{_TITLE}\nURL: {_ADDRESS}", f"{_TITLE}\n{_ADDRESS}"):
        article = _parse(f"{header}\n\n{_BODY}\n", url=given)
        assert article.url == given
        assert article.paragraphs == _STORY


def test_a_second_address_under_the_title_is_left_out_with_a_warning() -> None:
    other = "https://example.com/news/harbour-fire-photos"
    article = _parse(f"{_TITLE}\nURL: {_ADDRESS}\n\n{other}\n\n{_BODY}\n")
    assert article.url == _ADDRESS
    assert article.paragraphs == _STORY
    assert article.warnings == (f"left out an address in the header: {other!r}",)


@pytest.mark.parametrize(
    ("lines", "left_out"),
    [
        # a list of addresses (references): none is the page's
        (
            f"{_ADDRESS}\nhttps://example.org/wiki/Harbour",
            (_ADDRESS, "https://example.org/wiki/Harbour"),
        ),
        # an address a line introduces ("as a video:") is the video's
        (f"The fire as a video:\n{_ADDRESS}", (_ADDRESS,)),
    ],
)
def test_a_cited_address_under_the_title_is_not_the_url(
    lines: str, left_out: tuple[str, ...]
) -> None:
    article = _parse(f"{_TITLE}\n{lines}\n\n{_BODY}\n")
    assert article.url is None
    for address in left_out:
        assert f"left out an address in the header: {address!r}" in article.warnings


@pytest.mark.parametrize(
    "address",
    [
        "https://example.com/",  # a site's home page
        "https://example.com",
        "https://example.com/news/harbour-fire#comments",  # a place in a page
        "https://example.com/media/harbour-fire.mp3",  # a file
        "https://example.com/pictures/harbour-fire.JPG",
        "https://example.com/news/harbour-fi...",  # cut off for display
        "ftp://example.com/news/harbour-fire",  # no web address
        "www.example.com/news/harbour-fire",
        f"https://example.com/{'a' * 8_000}",  # over the 8,000 characters url= takes
    ],
)
def test_an_address_no_article_has_is_no_url(address: str) -> None:
    article = _parse(f"{_TITLE}\n{address}\n\n{_BODY}\n")
    assert article.url is None
    assert article.paragraphs[-2:] == _STORY  # (the ftp address is text, as it was)


def test_a_posts_short_address_is_its_url() -> None:
    address = "https://blog.example.com/?p=2895"
    article = _parse(f"---\ntitle: {_TITLE}\nurl: {address}\n---\n{_BODY}\n")
    assert article.url == address


@pytest.mark.parametrize("value", ["N/A", "/news/harbour-fire", "https://example.com/"])
def test_a_url_field_that_names_no_article_is_not_kept(value: str) -> None:
    article = _parse(f"Title: {_TITLE}\nURL: {value}\nDate: 2024-05-03\n\n{_BODY}\n")
    assert article.url is None
    assert article.paragraphs == _STORY


def test_an_address_under_the_text_is_no_url() -> None:
    # (a scraper's record of the address under the text is left out as before, and names no url)
    article = _parse(f"{_TITLE}\n\n{_BODY}\n\n{_ADDRESS}\n")
    assert article.url is None
    assert article.paragraphs == _STORY


def test_the_callers_url_wins_over_a_records_dump() -> None:
    # A scraper's JSON record whose text is a dump stating its address, the record naming none.
    record = json.dumps({"title": _TITLE, "text": f"{_TITLE}\nURL: {_ADDRESS}\n\n{_BODY}"})
    assert newsparse.parse_article(record).url == _ADDRESS
    given = "https://example.org/2024/05/03/fire"
    assert newsparse.parse_article(record, url=given).url == given


def test_a_pseudo_xml_wrappers_address_is_its_url() -> None:
    # A tool's wrapper states the page's address as an attribute of its opening tag (round 51).
    for opening in (f'<doc id="7" url="{_ADDRESS}">', f"<doc url='{_ADDRESS}' title=\"x\">"):
        article = _parse(f"{opening}\n<title>{_TITLE}</title>\n{_BODY}\n</doc>\n")
        assert article.title == _TITLE
        assert article.url == _ADDRESS
        assert article.paragraphs == _STORY
        assert article.warnings == ()


def test_a_pseudo_xml_wrappers_address_is_read_as_the_headers() -> None:
    # Its character references are read; a home page is no article's address; the caller's wins.
    query = "https://example.com/news?id=7&amp;page=2"
    article = _parse(f'<doc url="{query}">\n<title>{_TITLE}</title>\n{_BODY}\n</doc>\n')
    assert article.url == "https://example.com/news?id=7&page=2"
    home = _parse(f'<doc url="https://example.com/">\n<title>{_TITLE}</title>\n{_BODY}\n</doc>\n')
    assert home.url is None
    assert home.paragraphs == _STORY
    assert home.warnings == ("left out the page's address over the text: 'https://example.com/'",)
    given = "https://example.org/2024/05/03/fire"
    wrapped = f'<doc url="{_ADDRESS}">\n<title>{_TITLE}</title>\n{_BODY}\n</doc>\n'
    assert _parse(wrapped, url=given).url == given
