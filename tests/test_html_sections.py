"""The section an HTML article is filed under: each source, their order, and the address rules."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse._html.meta.sections import url_section

BODY = (
    "<p>The council voted on Monday evening to build three new protected cycle lanes across the "
    "centre of town, after more than a year of debate.</p>"
    "<p>Work on the first route, along the river, is due to begin in January and should be "
    "finished before the spring, the council said.</p>"
)


def page(head: str = "", body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def ld(section: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cycle lanes",'
        f' "articleSection": {section}}}</script>'
    )


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        (page(ld('"Lokales"')), None, "Lokales"),
        # A list of sections: the first is the article's own.
        (page(ld('["Politik", "Inland"]')), None, "Politik"),
        (page('<meta property="article:section" content="Sport">'), None, "Sport"),
        # JSON-LD beats <meta>.
        (page(ld('"Wirtschaft"') + '<meta property="article:section" content="Home">'), None,
         "Wirtschaft"),
        (page(body='<div itemscope itemtype="https://schema.org/NewsArticle">'
                   '<meta itemprop="articleSection" content="Kultur">' + BODY + "</div>"),
         None, "Kultur"),
        # Structured data beats the address.
        (page('<meta property="article:section" content="Sport">'),
         "https://news.example/politik/wahl-2024", "Sport"),
        # The address, last: the canonical link first, then the caller's address.
        (page('<link rel="canonical" href="https://news.example/sport/match-report">'),
         "https://news.example/amp/match-report", "sport"),
        (page(), "https://news.example/en/business/markets-rally", "business"),
        (page(), "https://news.example/2024/05/06/markets-rally", None),
        (page(), None, None),
    ],
)  # fmt: skip
def test_section_sources(html: str, url: str | None, expected: str | None) -> None:
    assert parse_article(html, url=url, kind="html").section == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/politik/wahl-ergebnis-123.html", "politik"),
        ("https://news.example/de-at/wirtschaft/inflation", "wirtschaft"),
        ("https://news.example/world-news/ceasefire-talks", "world-news"),
        # One segment is the article itself, not a section.
        ("https://news.example/ceasefire-talks", None),
        # Dates, numbers and generic path words are not sections.
        ("https://news.example/2024/ceasefire-talks", None),
        ("https://news.example/article/12345", None),
        ("https://news.example/amp/ceasefire-talks", None),
        ("https://news.example/news/ceasefire-talks", None),
        ("https://news.example/read/2015/11/04/ceasefire", None),
        ("https://news.example/p/ceasefire-talks", None),
        # The same generic words in other languages: "news", "current", "authors".
        ("https://news.example/nachrichten/ceasefire-talks", None),
        ("https://news.example/aktuell/ceasefire-talks", None),
        ("https://news.example/autoren/anna-muster", None),
        (None, None),
    ],
)
def test_url_section(url: str | None, expected: str | None) -> None:
    assert url_section(url) == expected


def test_text_dumps_have_no_section() -> None:
    article = parse_article(
        "Judul berita\n\nJAKARTA - Paragraf pertama berita ini cukup panjang.\n"
    )
    assert article.section is None


def test_comma_joined_sections_give_the_first() -> None:
    assert parse_article(page(ld('"Articles,Highlight,Legal"')), kind="html").section == "Articles"
    assert parse_article(page(ld('"Arts, Culture"')), kind="html").section == "Arts, Culture"
