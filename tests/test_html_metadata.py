"""Metadata read from HTML pages: one hand-written page per source, and their precedence."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse._html import parse_html
from tests.conftest import FIXTURES

WIB = dt.timezone(dt.timedelta(hours=7))
UTC = dt.timezone.utc
BODY = (
    "<p>The council voted on Monday evening to build three new protected cycle lanes across the "
    "centre of town, after more than a year of debate.</p>"
    "<p>Work on the first route, along the river, is due to begin in January and should be "
    "finished before the spring, the council said.</p>"
)


def page(head: str, body: str = BODY, *, lang: str = "") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{attr}><head>{head}</head><body><article>{body}</article></body></html>"


def test_jsonld_graph_page() -> None:
    article = parse_article(
        (FIXTURES / "html" / "jsonld_graph.html").read_bytes(),
        url="https://kabarkota.example/ekonomi/x",
    )
    assert article.title == "Harga beras naik di pasar induk"
    assert article.authors == ("Siti Rahma", "Budi Santoso")
    assert article.published == dt.datetime(2024, 3, 5, 9, 30, tzinfo=WIB)
    assert article.modified == dt.datetime(2024, 3, 5, 11, 0, tzinfo=WIB)
    assert article.site_name == "Kabar Kota"
    assert article.language == "id"
    assert article.url == "https://kabarkota.example/ekonomi/2024/03/05/harga-beras-naik"
    assert article.description == "Pedagang mengeluhkan kenaikan harga beras."
    assert article.tags == ("beras", "harga pangan", "pasar induk")
    assert article.dateline == "JAKARTA"


def test_opengraph_page() -> None:
    article = parse_html((FIXTURES / "html" / "meta_only.html").read_text(encoding="utf-8"))
    assert article.title == "Council approves new cycle lanes"
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.datetime(2023, 10, 2, 8, 15, tzinfo=UTC)
    assert article.modified == dt.datetime(2023, 10, 2, 10, 45, tzinfo=UTC)
    assert article.site_name == "The Riverside Post"
    assert article.language == "en-GB"
    assert article.url == "https://riverside.example/news/cycle-lanes"
    assert article.description == "Three new routes will open next spring."
    assert article.tags == ("Transport", "Local politics")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # Broken JSON: a trailing comma and a raw newline inside a string.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Floods\n'
            'hit the coast", "author": {"@type": "Person", "name": "Ana Lima"},}</script>',
            ("Floods hit the coast", ("Ana Lima",)),
        ),
        # A WebPage whose mainEntity is the article; an Organization author is not a person.
        (
            '<script type="application/ld+json">{"@type": "WebPage", "mainEntity": '
            '{"@type": "ReportageNewsArticle", "headline": "Port reopens", "author": '
            '[{"@type": "Organization", "name": "Port Daily"}, {"@type": "Person", '
            '"name": "Li Wei"}]}}</script>',
            ("Port reopens", ("Li Wei",)),
        ),
        # Several blocks; the first is not an article.
        (
            '<script type="application/ld+json">{"@type": "BreadcrumbList"}</script>'
            '<script type="application/ld+json">[{"@type": "BlogPosting", "headline": '
            '"My garden in May", "author": "Maria Rossi"}]</script>',
            ("My garden in May", ("Maria Rossi",)),
        ),
        # Twitter card and Dublin Core when nothing else is there.
        (
            '<meta name="twitter:title" content="Storm warning for the weekend">'
            '<meta name="DC.creator" content="Peter Smith">',
            ("Storm warning for the weekend", ("Peter Smith",)),
        ),
        (
            '<meta name="dc.title" content="Bridge closed for repairs">'
            '<meta name="author" content="By Anna Berg and Jonas Ek">',
            ("Bridge closed for repairs", ("Anna Berg", "Jonas Ek")),
        ),
    ],
)
def test_title_and_authors_sources(head: str, expected: tuple[str, tuple[str, ...]]) -> None:
    article = parse_html(page(head))
    assert (article.title, article.authors) == expected


@pytest.mark.parametrize(
    ("head", "body_prefix", "url", "expected"),
    [
        ('<meta name="pubdate" content="2022-05-01">', "", None, dt.date(2022, 5, 1)),
        (
            '<meta property="article:published_time" content="2022-05-01T10:00:00+02:00">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "X y z",'
            ' "datePublished": "2022-05-01T08:00:00Z"}</script>',
            "",
            None,
            dt.datetime(2022, 5, 1, 8, 0, tzinfo=UTC),
        ),
        (
            "",
            '<time datetime="2021-12-24T18:00:00+07:00">24 Desember</time>',
            None,
            dt.datetime(2021, 12, 24, 18, 0, tzinfo=WIB),
        ),
        (
            "",
            '<div class="tanggal">Selasa, 5 Maret 2024 14:30 WIB</div>',
            None,
            dt.datetime(2024, 3, 5, 14, 30, tzinfo=WIB),
        ),
        ("", "", "https://news.example/2020/07/14/some-story", dt.date(2020, 7, 14)),
        ("", "", None, None),
    ],
)
def test_published_sources(
    head: str, body_prefix: str, url: str | None, expected: dt.date | None
) -> None:
    assert parse_html(page(head, body_prefix + BODY), url=url).published == expected


def test_modified_is_not_published() -> None:
    head = '<meta property="article:modified_time" content="2022-05-02T10:00:00Z">'
    article = parse_html(page(head))
    assert article.published is None
    assert article.modified == dt.datetime(2022, 5, 2, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body_prefix", "expected"),
    [
        (
            '<span itemprop="author" itemscope><span itemprop="name">Rui Costa</span></span>',
            ("Rui Costa",),
        ),
        ('<a rel="author" href="/staff/ines">Inês Duarte</a>', ("Inês Duarte",)),
        ('<div class="byline">Oleh Desca Lidya Natalia</div>', ("Desca Lidya Natalia",)),
        ("<p>Penulis: Ani Suryani | Editor: Budi Hartono</p>", ("Ani Suryani",)),
        ('<div class="author">Redaksi</div>', ()),
    ],
)
def test_visible_authors(body_prefix: str, expected: tuple[str, ...]) -> None:
    assert parse_html(page("", body_prefix + BODY)).authors == expected


def test_site_name_is_not_an_author() -> None:
    head = (
        '<meta property="og:site_name" content="Kabar Kota">'
        '<meta name="author" content="Kabar Kota">'
    )
    assert parse_html(page(head)).authors == ()


def test_title_without_site_suffix() -> None:
    head = (
        "<title>Harbour fire under control - Coast News</title>"
        '<meta property="og:site_name" content="Coast News">'
    )
    assert parse_html(page(head)).title == "Harbour fire under control"


def test_visible_headline_wins_over_suffixed_meta_title() -> None:
    head = '<meta property="og:title" content="Harbour fire under control | Coast News">'
    body = "<h1>Harbour fire under control</h1>" + BODY
    assert parse_html(page(head, body)).title == "Harbour fire under control"


def test_language_and_canonical() -> None:
    head = '<link rel="canonical" href="/a/b.html"><meta property="og:locale" content="pt_BR">'
    article = parse_html(page(head), url="https://site.example/x?utm=1")
    assert article.language == "pt-BR"
    assert article.url == "https://site.example/a/b.html"


def test_keywords_are_split_and_deduplicated() -> None:
    head = '<meta name="news_keywords" content="flood; Flood, rain ,  coast">'
    assert parse_html(page(head)).tags == ("flood", "rain", "coast")


def test_byline_and_date_on_one_line() -> None:
    body = "<p>By Tom Baker, March 3, 2001</p>" + BODY
    article = parse_html(page("", body))
    assert article.authors == ("Tom Baker",)
    assert article.published == dt.date(2001, 3, 3)
    assert not any("Tom Baker" in p for p in article.paragraphs)
