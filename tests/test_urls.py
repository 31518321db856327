"""The address readers that never raise (``newsparse._urls``)."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._urls import absolute_address, join_url, page_address, split_url


def _split_reading_the_port(url: str) -> SplitResult | None:
    """``split_url`` as first written: the port read on every address."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading the port is what checks it
    except ValueError:
        return None
    return parts


@pytest.mark.parametrize(
    ("url", "read"),
    [
        ("https://news.example/a/b", True),
        ("http://news.example:8080/", True),
        ("http://user:secret@news.example/", True),
        ("http://[::1]:80/", True),
        ("http://news.example:port/", False),
        ("http://news.example:99999/", False),
        ("http://[::1", False),
        ("", True),
    ],
)
def test_split_url(url: str, read: bool) -> None:
    assert (split_url(url) is not None) is read


@given(st.text(alphabet="ab:/@[]19\u0663x.?#% ", max_size=14))
def test_split_url_reads_what_a_port_check_on_every_address_read(text: str) -> None:
    for url in (text, f"http://{text}"):
        assert split_url(url) == _split_reading_the_port(url)


def test_join_url_gives_none_for_a_bad_address() -> None:
    assert join_url("https://news.example/a/b", "../c.jpg") == "https://news.example/c.jpg"
    assert join_url("https://news.example/", "http://news.example:port/x") is None


@pytest.mark.parametrize(
    ("url", "absolute"),
    [
        ("https://news.example/a/b", True),
        ("file:///home/jane/page.html", True),  # a file's address names no host
        ("N/A", False),
        ("/news/a", False),
        ("news.example/a", False),  # no scheme: read as a path
        ("mailto:desk@news.example", False),  # a scheme and no host
        ("http://[::1", False),  # unreadable
    ],
)
def test_absolute_address(url: str, *, absolute: bool) -> None:
    assert (absolute_address(url) is not None) is absolute


@pytest.mark.parametrize(
    ("url", "page"),
    [
        ("https://news.example/2023/09/port-strike", True),
        ("http://news.example/?p=2895", True),  # a post's query: a page
        ("https://news.example/", False),  # a site's home page
        ("https://news.example/a#comments", False),  # a place inside a page
        ("https://news.example/photo.JPG", False),  # a media file
        ("https://news.example/diet-pill...", False),  # cut off for display
        ("https://news.example/a b", False),  # a space
        ("https://news.example/a\xa0b", False),  # unprintable
        ("ftp://news.example/a", False),  # no web scheme
        ("http://[::1/a", False),  # unreadable
    ],
)
def test_page_address(url: str, *, page: bool) -> None:
    assert (page_address(url, longest=100) is not None) is page


def test_page_address_has_a_bound() -> None:
    url = "https://news.example/" + "a" * 79
    assert page_address(url, longest=100) is not None
    assert page_address(url + "a", longest=100) is None
