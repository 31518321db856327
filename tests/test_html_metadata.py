"""Metadata read from HTML pages: one hand-written page per source, and their precedence."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse._html import parse_html
from newsparse._html.meta.metadata import read_metadata
from newsparse._html.meta.sites import host_keys
from newsparse._html.meta.titles import _strip_host, _title_from_tag
from newsparse._html.page import selectors as sel
from newsparse._html.page.tree import load_page
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


#: The address of :func:`blog_page`'s post.
BLOG_POST_URL = "https://coastnotes.example/2019/05/harbour-fire.html"


def blog_page(head: str, masthead: str) -> str:
    # A blog's post: a header holding the masthead, then the post (no <article>).
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body>"
        f'<div id="header">{masthead}</div><div class="post">{BODY}</div></body></html>'
    )


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


def test_site_name_signs_only_a_story_nobody_else_signs() -> None:
    head = (
        '<meta property="og:site_name" content="Kabar Kota">'
        '<meta name="author" content="Kabar Kota">'
    )
    # The metadata gives the site as the author and nothing names anybody: the site signs.
    assert parse_html(page(head)).authors == ("Kabar Kota",)
    # A byline over the text names the writer, even one the metadata readers pass over.
    assert parse_html(page(head, "<p>By Konstantin</p>" + BODY)).authors == ("Konstantin",)
    # A value that goes on after the site's name (places, a web address) signs nothing.
    for value in ("Kabar Kota, Jakarta, Indonesia", "Kabar Kota www.kabarkota.example"):
        head = (
            '<meta property="og:site_name" content="Kabar Kota">'
            f'<meta name="author" content="{value}">'
        )
        assert parse_html(page(head)).authors == ()


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        # A desk's byline in the metadata, no person named anywhere: the desk signs the story.
        ('<meta name="author" content="Coast Staff">', "", ("Coast Staff",)),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cycle '
            'lanes", "author": {"@type": "Person", "name": "Coast Newsroom"}}</script>',
            "",
            ("Coast Newsroom",),
        ),
        # A person named by the page's byline comes first.
        (
            '<meta name="author" content="Coast Staff">',
            '<div class="byline">By Jane Holloway</div>',
            ("Jane Holloway",),
        ),
        # A desk word alone, or in a long line, is no byline.
        ('<meta name="author" content="Staff">', "", ()),
        (
            '<meta name="author" content="Notes from the staff of the harbour office in town">',
            "",
            (),
        ),
    ],
)
def test_desk_byline_in_metadata(head: str, body_prefix: str, expected: tuple[str, ...]) -> None:
    assert parse_html(page(head, body_prefix + BODY)).authors == expected


@pytest.mark.parametrize(
    ("body_prefix", "expected"),
    [
        # The metadata gives the writer's first name; the byline box writes it out.
        ('<div class="by"><p>By</p><p class="full-name">Todd Hallam</p></div>', ("Todd Hallam",)),
        ("<p>Photo: Todd Hallam, harbour office</p>", ("Todd Hallam",)),
        # Two full names, or a longer run of capitalised words, complete nothing.
        ("<p>Todd Hallam</p><p>Todd Berwick</p>", ("Todd",)),
        ("<p>Todd Hallam Foundation</p>", ("Todd",)),
    ],
)
def test_given_name_completed_from_the_page(body_prefix: str, expected: tuple[str, ...]) -> None:
    head = '<meta name="author" content="Todd">'
    assert parse_html(page(head, body_prefix + BODY)).authors == expected


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


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        # A page that escaped its <title> twice: the dash is a separator, the site name goes.
        (
            "<title>Harbour fire under control &amp;#8211; Coast News</title>"
            '<meta property="og:site_name" content="Coast News">',
            "",
            "Harbour fire under control",
        ),
        (
            "<title>Harbour council&amp;#8217;s plan approved</title>",
            "",
            "Harbour council’s plan approved",
        ),
        (
            "<title>Tom &amp;amp; Jerry return to the screen</title>",
            "",
            "Tom & Jerry return to the screen",
        ),
        # The <h1> too, and a no-break space written so is a space.
        (
            "<title>Coast News</title>",
            "<h1>Tom &amp;amp; Jerry&amp;nbsp;return to the screen</h1>",
            "Tom & Jerry return to the screen",
        ),
    ],
)
def test_title_references_escaped_twice_are_decoded(
    head: str, body_prefix: str, expected: str
) -> None:
    assert parse_html(page(head, body_prefix + BODY)).title == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # An ampersand that starts no reference stays, and so does a reference escaped once.
        (
            "<title>R&amp;D budget doubles at the harbour lab</title>",
            "R&D budget doubles at the harbour lab",
        ),
        (
            "<title>Why &lt;b&gt; still works in old pages</title>",
            "Why <b> still works in old pages",
        ),
    ],
)
def test_title_text_escaped_once_is_kept(head: str, expected: str) -> None:
    assert parse_html(page(head)).title == expected


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


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        # A JSON-LD author that is only the site does not hide the <meta> author.
        (
            '<meta property="og:site_name" content="Krautreporter">'
            '<meta name="author" content="Shany Littman">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A b c",'
            ' "author": {"@type": "Person", "name": "Krautreporter"}}</script>',
            "",
            ("Shany Littman",),
        ),
        # The publisher's address in a <meta> author names places, not people.
        (
            '<meta name="author" content="kotaterkini.id, Jakarta, Indonesia">',
            "",
            (),
        ),
        # An outlet with its web address in brackets is no person.
        ('<meta name="author" content="Deutsche Welle (www.dw.com)">', "", ()),
        # An e-mail address is skipped; the byline in a custom element is read.
        (
            '<meta name="author" content="a.sleegers@example.com">',
            '<storefront-html class="authors">Anna Sleegers</storefront-html>',
            ("Anna Sleegers",),
        ),
        # Only the first microdata item's authors: later items are teasers.
        (
            "",
            '<div itemscope><span itemprop="author">By Madeleine Howell</span></div>'
            '<ul><li itemscope><span itemprop="author">By Rebecca Astill</span></li></ul>',
            ("Madeleine Howell",),
        ),
        # A reader comment's header is not a byline; the page's own byline is.
        (
            "",
            '<div class="post-author">Von Jessie</div>'
            '<div class="comment-author vcard">Kersti Wolnow sagt:</div>',
            ("Jessie",),
        ),
        # Labels and placeholders left in byline markup name nobody.
        ("", '<span class="author">Veröffentlicht am</span>', ()),
        ("", '<span class="author">Erstellt von Andri Bryner</span>', ("Andri Bryner",)),
        # A byline naming the site ends the search: later bylines belong to teasers. The site
        # signs the story, as nobody else is named.
        (
            '<meta property="og:site_name" content="Dizindaba">',
            '<span class="cm-author">Dizindaba</span><span class="cm-author">Anetta Mangxaba</span>',
            ("Dizindaba",),
        ),
    ],
)
def test_author_sources_fall_through(
    head: str, body_prefix: str, expected: tuple[str, ...]
) -> None:
    assert parse_html(page(head, body_prefix + BODY)).authors == expected


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        # Same instant: the visible WIB line gives the page's own local representation.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A b c",'
            ' "datePublished": "2016-02-16T02:10:56Z"}</script>',
            '<time datetime="2016-02-16 09:10:56">on 16 Feb 2016 at 09:10 WIB</time>',
            dt.datetime(2016, 2, 16, 9, 10, 56, tzinfo=WIB),
        ),
        # Mislabelled zone: the wall clock equals the visible WIB line, so "Z" was wrong.
        (
            '<meta property="article:published_time" content="2016-02-23T16:00:20Z">',
            '<div class="date">Selasa, 23/02/2016 16:00 WIB</div>',
            dt.datetime(2016, 2, 23, 16, 0, 20, tzinfo=WIB),
        ),
        # Different instants: the structured value stands.
        (
            '<meta property="article:published_time" content="2016-02-23T16:00:20Z">',
            '<div class="date">Selasa, 23/02/2016 15:32 WIB</div>',
            dt.datetime(2016, 2, 23, 16, 0, 20, tzinfo=UTC),
        ),
        # A zone other than UTC in the metadata is kept as the page states it.
        (
            '<meta property="article:published_time" content="2016-02-23T18:00:20+09:00">',
            '<div class="date">Selasa, 23/02/2016 16:00 WIB</div>',
            dt.datetime(2016, 2, 23, 18, 0, 20, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        ),
        # No structured date: a zoned line in an unnamed element beats the URL's day.
        (
            "",
            '<div class="msmall grey">Rabu, 4 November 2015 | 21:04 WIB</div>',
            dt.datetime(2015, 11, 4, 21, 4, tzinfo=WIB),
        ),
        # A label names the date: "Datum:" in an element of its own, the date after it.
        ("", "<div><h5>Datum: </h5>03.11.2021</div>", dt.date(2021, 11, 3)),
        # Class names read include data-testid.
        ("", '<span data-testid="article-details-date">3.11.2023</span>', dt.date(2023, 11, 3)),
    ],
)
def test_published_zone_and_visible_lines(head: str, body_prefix: str, expected: dt.date) -> None:
    article = parse_html(page(head, body_prefix + BODY), url="https://x.example/2015/11/04/a")
    assert article.published == expected
    if isinstance(expected, dt.datetime):
        assert isinstance(article.published, dt.datetime)
        assert article.published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        # A metadata title that repeats another with a section appended loses the suffix.
        (
            '<meta property="og:title" content="Thioune fordert Geduld">'
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "headline": "Thioune fordert Geduld | Sport"}</script>',
            "",
            "Thioune fordert Geduld",
        ),
        # After a colon the rest is a subtitle, not a site name: the fuller title wins.
        (
            '<meta property="og:title" content="Ein Entwurf: Ein bisschen Fortschritt">',
            "<h1>Ein Entwurf</h1>",
            "Ein Entwurf: Ein bisschen Fortschritt",
        ),
        # ...unless it is the site's name.
        (
            '<meta property="og:site_name" content="Coast News">'
            '<meta property="og:title" content="Harbour fire: Coast News">',
            "<h1>Harbour fire</h1>",
            "Harbour fire",
        ),
        ('<meta name="parsely-title" content="Parsely headline">', "", "Parsely headline"),
        # One title repeated in several fields (each cleaned once) reads as it does alone.
        (
            '<meta property="og:site_name" content="Coast News">'
            '<meta property="og:title" content="Harbour fire under control | Coast News">'
            '<meta name="twitter:title" content="Harbour fire under control | Coast News">'
            '<meta name="parsely-title" content="Harbour fire under control | Coast News">',
            "",
            "Harbour fire under control",
        ),
        (
            '<meta name="twitter:title" content="Thioune fordert Geduld | Sport">'
            '<meta property="og:title" content="Thioune fordert Geduld">'
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "headline": "Thioune fordert Geduld | Sport"}</script>',
            "",
            "Thioune fordert Geduld",
        ),
        # The visible headline is a proper part of the metadata title: a section label before it
        # and the site after it are labels, the headline is what the page shows.
        (
            '<meta property="og:title" content="Politik | Harbour fire under control | Coast News">',
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        (
            "<title>Harbour - Harbour fire under control</title>",
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        # A kicker before a colon is part of the headline in many newsrooms: when the page shows
        # it, in the heading or just over it, the metadata title keeps it...
        (
            '<meta property="og:title" content="Hafen: Harbour fire under control">',
            "<h1><span>Hafen</span> <span>Harbour fire under control</span></h1>",
            "Hafen: Harbour fire under control",
        ),
        (
            '<meta property="og:title" content="Hafen: Harbour fire under control">',
            '<header><p class="kicker">Hafen</p><h1>Harbour fire under control</h1></header>',
            "Hafen: Harbour fire under control",
        ),
        (
            '<meta property="og:title" content="Hafen: Harbour fire under control">',
            '<p class="kicker">Hafen</p><div><h1>Harbour fire under control</h1></div>',
            "Hafen: Harbour fire under control",
        ),
        # ...a kicker that only the metadata holds is a label for feeds: the heading wins, also
        # after a full-width colon and when the page shows another kicker.
        (
            '<meta property="og:title" content="Hafen: Harbour fire under control">',
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        (
            '<meta property="og:title" content="最新消息：港口火灾已得到控制">',
            "<h1>港口火灾已得到控制</h1>",
            "港口火灾已得到控制",
        ),
        (
            '<meta property="og:title" content="Hafen: Harbour fire under control">',
            "<h1><span>Stadt</span> - <span>Harbour fire under control</span></h1>",
            "Harbour fire under control",
        ),
        # Without a heading there is nothing to tell a kicker by: the title stays whole.
        (
            '<meta property="og:title" content="Hafen: Harbour fire under control">',
            "",
            "Hafen: Harbour fire under control",
        ),
        # A visible headline in a script written without spaces is a proper part too.
        (
            '<meta property="og:title" content="港口火灾已得到控制｜海岸新闻">',
            "<h1>港口火灾已得到控制</h1>",
            "港口火灾已得到控制",
        ),
        # The site's own name set off by a colon, before or after the headline, goes.
        (
            '<meta property="og:site_name" content="Coast News">'
            '<meta property="og:title" content="Coast News: Harbour fire under control">',
            "",
            "Harbour fire under control",
        ),
        (
            '<meta property="og:site_name" content="海岸新闻">'
            "<title>港口火灾已得到控制：海岸新闻</title>",
            "",
            "港口火灾已得到控制",
        ),
        # Full-width separators, and an underscore between CJK words, set off the site's name.
        (
            "<title>港口火灾已得到控制｜海岸新闻</title>",
            "<h1>港口火灾已得到控制</h1>",
            "港口火灾已得到控制",
        ),
        (
            "<title>港口火灾已得到控制_科技_海岸新闻</title>",
            "<h1>港口火灾已得到控制</h1>",
            "港口火灾已得到控制",
        ),
        # A note in brackets after the visible headline (a picture credit), and a site name
        # after it, are labels the page does not show with the headline.
        (
            '<meta property="og:title" content="Harbour fire under control (Photo: Reuters)">',
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        (
            "<title>港口火灾已得到控制 （图片＝路透社） ：海岸新闻</title>"
            '<meta property="og:title" content="港口火灾已得到控制（图片＝路透社）">',
            "<h1><span>港口火灾已得到控制</span><br><span>记者 王小明</span></h1>",
            "港口火灾已得到控制",
        ),
        # ... but not a note that words of the title go on after.
        (
            '<meta property="og:title" content="Harbour fire under control (again) in the old '
            'town">',
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control (again) in the old town",
        ),
        # A leading label set off by a colon in <title> only, over an <h1> without it, goes;
        # " : " and a full-width "：" or "｜" with spaces set off a site's name.
        (
            "<title>Coast News: Harbour fire under control</title>",
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        (
            "<title>Harbour fire under control : Coast News</title>",
            "",
            "Harbour fire under control",
        ),
        (
            "<title>Harbour fire under control ｜ Coast News</title>",
            "",
            "Harbour fire under control",
        ),
        (
            '<meta property="og:site_name" content="Coast News">'
            "<title>Harbour fire under control ： Coast News</title>",
            "",
            "Harbour fire under control",
        ),
        # A full-width colon, like a colon, closes a kicker: the title is kept whole.
        ("<title>港口火灾：已得到控制</title>", "", "港口火灾：已得到控制"),
        # A hyphen between CJK characters sets off the site's name too, without an <h1>.
        ("<title>港口火灾已得到控制！-海岸新闻</title>", "", "港口火灾已得到控制！"),
        # A separator left dangling where the site's name is empty goes.
        (
            '<meta property="og:title" content="Harbour fire under control -">',
            "",
            "Harbour fire under control",
        ),
        # A closing French quotation mark is not a separator.
        (
            '<meta property="og:title" content="« Le feu du port est maîtrisé »">',
            "",
            "« Le feu du port est maîtrisé »",
        ),
        # A site name that holds a separator itself goes whole.
        (
            '<meta property="og:site_name" content="Coast News - Voice of the Coast">'
            '<meta property="og:title" content="Harbour fire under control | Coast News - '
            'Voice of the Coast">',
            "",
            "Harbour fire under control",
        ),
        # An underscore without spaces before the site's own name sets it off too...
        (
            '<meta property="og:site_name" content="Coast News">'
            "<title>Harbour fire under control_Coast News</title>",
            "",
            "Harbour fire under control",
        ),
        # ...but not before another word, nor one that leaves too short a headline.
        (
            "<title>Harbour fire under control_Coast News</title>",
            "",
            ("Harbour fire under control_Coast News"),
        ),
        (
            '<meta property="og:site_name" content="Coast News"><title>Fire_Coast News</title>',
            "",
            "Fire_Coast News",
        ),
        # A metadata title cut short with an ellipsis gives way to the heading it was cut from.
        (
            '<meta property="og:title" content="Harbour fire under control after two...">',
            "<h1>Harbour fire under control after two days</h1>",
            "Harbour fire under control after two days",
        ),
        (
            '<meta property="og:title" content="Harbour fire under control after…">',
            "<h1>Harbour fire under control after two days</h1>",
            "Harbour fire under control after two days",
        ),
        # The whole heading with an ellipsis added is the metadata's style, not a cut.
        (
            '<meta property="og:title" content="Harbour fire under control after two days…">',
            "<h1>Harbour fire under control after two days</h1>",
            "Harbour fire under control after two days…",
        ),
        # A heading that only begins like the metadata title, without an ellipsis, does not.
        (
            '<meta property="og:title" content="Harbour fire under control">',
            "<h1>Harbour fire under control after two days</h1>",
            "Harbour fire under control",
        ),
        # A kicker element opening the <h1>, the headline glued to it (set on lines of their
        # own), is a label when the metadata title puts a separator between them...
        (
            '<meta property="og:title" content="Hafen - Harbour fire under control">',
            '<h1><span class="overline">Hafen</span>Harbour fire under control</h1>',
            "Harbour fire under control",
        ),
        # ...not a word set in an element of its own, with a space after it, nor a split word
        # (the whole <h1> is the headline; an og:title that no headline metadata backs, written
        # otherwise, gives way to it).
        (
            '<meta property="og:title" content="Hafen - Harbour fire under control">',
            "<h1><em>Hafen</em> Harbour fire under control</h1>",
            "Hafen Harbour fire under control",
        ),
        (
            "",
            "<h1><b>Harb</b>our fire under control</h1>",
            "Harbour fire under control",
        ),
        (
            "",
            "<h1><span>港口</span>火灾已得到控制了</h1>",
            "港口火灾已得到控制了",
        ),
        # A section's name before the only bar of a metadata title goes, with no heading too...
        (
            '<meta property="og:title" content="Politics | Harbour fire under control">',
            "",
            "Harbour fire under control",
        ),
        (
            '<meta property="og:title" content="政治｜港口火灾已得到控制">',
            "",
            "港口火灾已得到控制",
        ),
        (
            '<meta property="og:title" content="Économie | Le port rouvre ses quais">',
            "",
            "Le port rouvre ses quais",
        ),
        # ...but not a date, a label of three words, nor one before a short rest.
        (
            '<meta property="og:title" content="30.11. | Harbour fire under control">',
            "",
            "30.11. | Harbour fire under control",
        ),
        (
            '<meta property="og:title" content="Coast and Harbour | Harbour fire under control">',
            "",
            "Coast and Harbour | Harbour fire under control",
        ),
        (
            '<meta property="og:title" content="Politics | Harbour fire">',
            "",
            "Politics | Harbour fire",
        ),
        (
            '<meta property="og:title" content="港口火灾已控制｜海岸新闻日报电子版">',
            "",
            "港口火灾已控制｜海岸新闻日报电子版",
        ),
        # The site's name run onto the end of the <h1> text, with no separator between them.
        (
            '<meta property="og:site_name" content="Coast Trade Directory">'
            '<meta property="og:title" content="Harbour Truck WashCoast Trade Directory">',
            "<h1>Harbour Truck Wash</h1>",
            "Harbour Truck Wash",
        ),
        # More separators around a visible headline: a double colon, a single guillemet, a
        # tilde, a double slash and the CJK bar "丨".
        (
            '<meta property="og:title" content="Harbour fire under control :: Coast News">',
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        (
            "<title>Harbour fire under control › Politics</title>",
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        (
            '<meta property="og:title" content="Harbour fire under control ~ Coast News">',
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        (
            "<title>Harbour fire under control // Coast News</title>",
            "",
            "Harbour fire under control",
        ),
        (
            '<meta property="og:site_name" content="海岸新闻">'
            '<meta property="og:title" content="港口火灾已得到控制丨海岸新闻">',
            "",
            "港口火灾已得到控制",
        ),
        # Guillemets between spaces separate the parts of "Site » Section » Headline".
        (
            '<meta property="og:title" content="Coast News » Blog Archive » '
            'Harbour fire under control">',
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        # In <title> too, a visible headline that is a proper part of the title wins...
        (
            "<title>Harbour fire under control (Video) | Coast News</title>",
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        # ...but a title that only adds a note, with no separator, stays whole.
        (
            "<title>Harbour fire under control [Coast News]</title>",
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control [Coast News]",
        ),
        # A <title> of labels before the headline, with no site name to match them: the site
        # and the section, one or two words each, go (the part before the last separator was
        # taken, "Coast News | Politics")...
        (
            "<title>Coast News | Politics | Harbour fire under control</title>",
            "",
            "Harbour fire under control",
        ),
        # ...but not when a part before it has three words or more: which part is the headline
        # is then left to the rule before (what stands before the last separator).
        (
            "<title>Coast News | Fire on the quay | Harbour fire under control</title>",
            "",
            "Coast News | Fire on the quay",
        ),
        # A <title> that is the site's name and its tagline, over the only <h1>, which shares
        # no word with the tagline: the <h1> is the headline...
        (
            '<meta property="og:site_name" content="Coast News">'
            "<title>Coast News - Your local paper</title>",
            "<h1>Harbour fire under control</h1>",
            "Harbour fire under control",
        ),
        # ...but a <title> that shares a word with it is kept.
        (
            '<meta property="og:site_name" content="Coast News">'
            "<title>Coast News - Harbour fire: the night it began</title>",
            "<h1>Harbour fire under control</h1>",
            "Harbour fire: the night it began",
        ),
        # A site's name without its last words, after a separator, is the site's name...
        (
            '<meta property="og:site_name" content="Coast News Online">'
            '<meta property="og:title" content="Harbour fire under control | Coast News">',
            "",
            "Harbour fire under control",
        ),
        # ...when it has two words at least: one may be the headline's.
        (
            '<meta property="og:site_name" content="Coast News Online">'
            '<meta property="og:title" content="Harbour fire under control | Coast">',
            "",
            "Harbour fire under control | Coast",
        ),
        # A leading site's name goes only before a headline, not before a label: what is left
        # of "Coast News | Jobs" would be one word.
        (
            '<meta property="og:site_name" content="Coast News">'
            '<meta property="og:title" content="Coast News | Harbour fire under control">',
            "",
            "Harbour fire under control",
        ),
        (
            '<meta property="og:site_name" content="Coast News">'
            '<meta property="og:title" content="Coast News | Jobs">',
            "<h1>Coast News</h1>",
            "Coast News | Jobs",
        ),
    ],
)
def test_title_suffixes(head: str, body_prefix: str, expected: str) -> None:
    assert parse_html(page(head, body_prefix + BODY)).title == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # An og:title that no JSON-LD or Dublin Core headline backs, saying something else than
        # the only <h1>: a line written for sharing; the <h1> is the headline.
        (
            '<meta property="og:title" content="Best electric cat toys 2022 - Comparison">',
            "Electric cat toys keep indoor cats busy",
        ),
        # With a JSON-LD headline or a Dublin Core title, the metadata titles lead as before.
        (
            '<meta property="og:title" content="Best electric cat toys 2022 - Comparison">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Best electric cat toys 2022 - Comparison"}</script>',
            "Best electric cat toys 2022 - Comparison",
        ),
        (
            '<meta name="DC.title" content="Best electric cat toys 2022 - Comparison">'
            '<meta property="og:title" content="Best electric cat toys 2022 - Comparison">',
            "Best electric cat toys 2022 - Comparison",
        ),
        # A <title> that repeats the <h1> (a CMS's default) beside an og:title that says
        # something else: that og:title was written by hand, and it stays.
        (
            "<title>Electric cat toys keep indoor cats busy | Pet News</title>"
            '<meta property="og:title" content="Best electric cat toys 2022 - Comparison">',
            "Best electric cat toys 2022 - Comparison",
        ),
        # A <title> that repeats the og:title, not the <h1>: one line for search engines.
        (
            "<title>Best electric cat toys 2022 - Comparison | Pet News</title>"
            '<meta property="og:title" content="Best electric cat toys 2022 - Comparison">',
            "Electric cat toys keep indoor cats busy",
        ),
    ],
)
def test_title_sharing_line_gives_way_to_h1(head: str, expected: str) -> None:
    h1 = "<h1>Electric cat toys keep indoor cats busy</h1>"
    assert parse_html(page(head, h1 + BODY)).title == expected


@pytest.mark.parametrize(
    ("og", "h1", "expected"),
    [
        # An <h1> that holds the og:title, or is held by it, is left to the kicker rules.
        (
            "Indoor cats stay busy with electric toys",
            "<h1><span>Pets</span> Indoor cats stay busy with electric toys</h1>",
            "Indoor cats stay busy with electric toys",
        ),
        # ...and a short <h1> (a section's name) is no headline.
        (
            "Indoor cats stay busy with electric toys",
            "<h1>Pets</h1>",
            "Indoor cats stay busy with electric toys",
        ),
    ],
)
def test_title_sharing_line_kept(og: str, h1: str, expected: str) -> None:
    head = f'<meta property="og:title" content="{og}">'
    assert parse_html(page(head, h1 + BODY)).title == expected


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        # The part naming the registered domain starts the site's labels: all of them go.
        (
            "Harbour fire under control : Coastblog-Archive | Notes on the coast | Since 2005",
            "https://archive.coastblog.example/2895",
            "Harbour fire under control",
        ),
        # A leading part naming the domain is the site's.
        (
            "Jane Roe's Digital Home | Harbour fire under control",
            "https://janeroe.example/blog/harbour",
            "Harbour fire under control",
        ),
    ],
)
def test_title_parts_naming_the_host(title: str, url: str, expected: str) -> None:
    assert parse_html(page(f"<title>{title}</title>"), url=url).title == expected


@pytest.mark.parametrize(
    ("title", "masthead", "expected"),
    [
        # An <h1> that is one link to the home page is the site's name (a blog's masthead): the
        # headline is the rest of <title>, wherever the name stands in it.
        (
            "Harbour fire under control - Coast Notes",
            '<h1><a href="https://coastnotes.example/">Coast Notes</a></h1>',
            "Harbour fire under control",
        ),
        (
            "Coast Notes: Harbour fire under control",
            '<h1 class="title"><a href="/">Coast Notes</a></h1>',
            "Harbour fire under control",
        ),
        # A headline linked to its own article is still the headline.
        (
            "Harbour fire under control - Coast Notes",
            '<h1><a href="/2019/05/harbour-fire.html">Harbour fire under control</a></h1>',
            "Harbour fire under control",
        ),
    ],
)
def test_a_heading_linking_home_is_the_sites_name(title: str, masthead: str, expected: str) -> None:
    html = blog_page(f"<title>{title}</title>", masthead)
    assert parse_html(html, url=BLOG_POST_URL).title == expected


@pytest.mark.parametrize(
    ("head", "masthead", "expected"),
    [
        # An old blog template's "Headline « Blog": the blog's name, known from its masthead,
        # goes with the guillemet before it...
        (
            "<title>Harbour fire under control « Coast Notes</title>",
            '<h1><a href="https://coastnotes.example/">Coast Notes</a></h1>',
            "Harbour fire under control",
        ),
        # ...and so does one known from og:site_name, after a single guillemet...
        (
            '<meta property="og:site_name" content="Coast Notes">'
            '<meta property="og:title" content="Harbour fire under control ‹ Coast Notes">',
            "",
            "Harbour fire under control",
        ),
        # ...or the host's name.
        (
            "<title>Harbour fire under control « Coastnotes</title>",
            "",
            "Harbour fire under control",
        ),
        # A name the page does not give as the site's stays: a spaced guillemet may open a
        # quotation.
        (
            "<title>Harbour fire under control « Coast Diary</title>",
            "",
            "Harbour fire under control « Coast Diary",
        ),
        # A sentence that opens with the host's name is a quotation's, not the site's name.
        (
            "<title>Harbour fire under control « Coastnotes readers saw the smoke from the pier"
            "</title>",
            "",
            "Harbour fire under control « Coastnotes readers saw the smoke from the pier",
        ),
        # A quotation that closes is one, even of the site's own name.
        (
            '<meta property="og:site_name" content="Coast Notes">'
            '<meta property="og:title" content="Le port répond à « Coast Notes »">',
            "",
            "Le port répond à « Coast Notes »",
        ),
        # What is left must read as a headline.
        (
            '<meta property="og:site_name" content="Coast Notes">'
            '<meta property="og:title" content="Harbour fire « Coast Notes">',
            "",
            "Harbour fire « Coast Notes",
        ),
    ],
)
def test_site_name_after_a_guillemet_pointing_back(head: str, masthead: str, expected: str) -> None:
    assert parse_html(blog_page(head, masthead), url=BLOG_POST_URL).title == expected


@pytest.mark.parametrize(
    ("head", "headings", "expected"),
    [
        # An <h1> that holds only a section's name over the <h2> a metadata title holds: the
        # <h2> is the headline, and what the metadata adds after it is labels.
        (
            '<meta property="og:title" content="Harbour fire under control - Photos • Gallery">',
            "<h1>Local</h1><h2>Harbour fire under control</h2>",
            "Harbour fire under control",
        ),
        # The same under an <h1> that is the site's name.
        (
            '<meta property="og:site_name" content="Coast News">'
            '<meta property="og:title" content="Harbour fire under control - Photos • Gallery">',
            "<h1>Coast News</h1><h2>Harbour fire under control</h2>",
            "Harbour fire under control",
        ),
        # An <h2> that no title holds is some other heading: the metadata title stays.
        (
            '<meta property="og:title" content="Harbour fire under control - Photos • Gallery">',
            "<h1>Local</h1><h2>Most read this week</h2>",
            "Harbour fire under control - Photos • Gallery",
        ),
        # Under an <h1> that reads as a headline, the <h2> is not read.
        (
            '<meta name="dc.title" content="Harbour fire under control - Photos • Gallery">',
            "<h1>Crews fight a blaze at the harbour</h1><h2>Harbour fire under control</h2>",
            "Harbour fire under control - Photos • Gallery",
        ),
    ],
)
def test_headline_under_a_label_heading(head: str, headings: str, expected: str) -> None:
    assert parse_html(page(head, headings + BODY)).title == expected


def test_blog_name_in_the_h1_over_the_posts_h2() -> None:
    # An old blog template: the blog's name (no link home, no og:site_name) in the <h1>, the
    # post's title in an <h2> that <title> holds. The <h1> matched a part of <title> and was
    # taken for the headline.
    html = (
        "<html><head><title>Harbour fire under control | Coast Notes</title></head><body>"
        '<div id="header"><h1>Coast Notes</h1></div>'
        f'<div class="post"><h2>Harbour fire under control</h2>{BODY}</div></body></html>'
    )
    assert parse_html(html).title == "Harbour fire under control"


def test_web_address_after_a_separator_is_the_sites() -> None:
    head = '<meta property="og:title" content="Harbour fire - what went wrong | coastnews.test">'
    assert parse_html(page(head)).title == "Harbour fire - what went wrong"


@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        (["https://archive.coastblog.example/a"], {"coastblog"}),
        # A generic second level under a country's domain, and a subdomain, name no site.
        (["https://harbour.coastnews.co.uk/a"], {"coastnews"}),
        # Too short to tell from a word, an address with no host, a bare IP address.
        (["https://abc.example/a", None, "not a url", "http://10.0.0.1/a"], set()),
    ],
)
def test_host_keys(urls: list[str | None], expected: set[str]) -> None:
    assert host_keys(urls) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour fire under control | Coastnews Weekly", "Harbour fire under control"),
        # What is left must still read as a headline.
        ("Harbour fire | Coastnews Weekly", "Harbour fire | Coastnews Weekly"),
        ("Coastnews Weekly | Harbour fire under control", "Harbour fire under control"),
        # A word that only begins with the site's name does not name it.
        (
            "Harbour fire under control | Coastnewsletter sign-up",
            "Harbour fire under control | Coastnewsletter sign-up",
        ),
        ("Harbour fire under control | Coast News Weekly", "Harbour fire under control"),
        # A part that only mentions the site further in does not name it.
        (
            "Harbour fire under control | The Coastnews affair",
            "Harbour fire under control | The Coastnews affair",
        ),
        # A closing guillemet followed by a space is matched as a separator; the part after it
        # opens with the real separator and is not where the title is cut.
        (
            "«Harbour fire under control» - Coastnews Foundation",
            "«Harbour fire under control» - Coastnews Foundation",
        ),
    ],
)
def test_strip_host(title: str, expected: str) -> None:
    assert _strip_host(title, frozenset({"coastnews"})) == expected


def _title_part_named(title: str, headings: list[str]) -> str | None:
    # _title_from_tag's heading search read plainly: each separator's two sides, in order.
    folded = {h.casefold() for h in headings}
    for match in sel.TITLE_SEPARATORS.finditer(title):
        for part in (title[: match.start()].strip(), title[match.end() :].strip()):
            if part.casefold() in folded:
                return part
    return None


@pytest.mark.parametrize(
    "headings",
    [["Fire"], ["Harbour fire"], ["A"], ["Coast News"], ["Fire", "Harbour fire | A"], ["x" * 40]],
)
def test_title_from_tag_finds_the_first_side_that_is_a_heading(headings: list[str]) -> None:
    # Only the first and the last separators' sides are read (the others are too long to be a
    # heading): the same side is found as by reading every separator's two sides in order.
    titles = [
        "Harbour fire | A | A | Coast News",
        "Fire - Harbour fire | Coast News",
        "A | " * 300 + "Harbour fire",
        "Harbour fire | " + "A | " * 300 + "Fire",
        "Coast News | Harbour fire | A",
        "Fire | x | Fire",
    ]
    found = 0
    for title in titles:
        named = _title_part_named(title, headings)
        if named is not None:
            assert _title_from_tag(title, headings) == named
            found += 1
    assert found >= (0 if headings == ["x" * 40] else 2)


@pytest.mark.parametrize(
    ("head", "heading"),
    [
        ("", "<h1>Harbour fire<br>under control</h1>"),
        (
            '<meta property="og:title" content="Harbour fire under control">',
            "<h1>Harbour fire<br/>under control</h1>",
        ),
        # A break inside a kicker's and a headline's elements, the kicker going as before.
        ("", "<h1><span>Coast</span> <span>Harbour fire<br>under control</span></h1>"),
        # A comment beside the break adds nothing.
        ("", "<h1>Harbour fire<!-- a note --><br>under <b>control</b></h1>"),
    ],
)
def test_a_line_break_in_the_headline_is_a_space(head: str, heading: str) -> None:
    # (It read "Harbour fireunder control".)
    assert parse_html(page(head, heading + BODY)).title == "Harbour fire under control"


def test_bare_date_line_is_the_last_resort() -> None:
    body = BODY + '<div class="box"><span>Anna Berg</span> · <span>April 19, 2019</span></div>'
    assert parse_html(page("", body)).published == dt.date(2019, 4, 19)
    # The date in the page's address is better evidence than an unnamed date line.
    url = "https://x.example/2019/04/18/story"
    assert parse_html(page("", body), url=url).published == dt.date(2019, 4, 18)


def test_closing_byline_line_names_the_author() -> None:
    article = parse_html(page("", BODY + "<p>Von Claudia Lindner</p>"))
    assert article.authors == ("Claudia Lindner",)
    assert not any("Claudia" in p for p in article.paragraphs)


def test_hcard_markup_accepts_a_one_word_name() -> None:
    body = '<span class="author vcard"><a class="url fn n" href="/a/">Creeny</a></span>' + BODY
    assert parse_html(page("", body)).authors == ("Creeny",)
    # Without such markup a bare word in a byline-classed element is not enough.
    assert parse_html(page("", '<span class="post-author">Creeny</span>' + BODY)).authors == ()


# Dates: structured data against the date the page shows, and the warnings they leave.

CEST = dt.timezone(dt.timedelta(hours=2))
CDT = dt.timezone(dt.timedelta(hours=-5))


def ld(**fields: str) -> str:
    items = ", ".join(f'"{k}": "{v}"' for k, v in fields.items())
    return (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "Cycle lanes", {items}}}</script>'
    )


def test_utc_time_shown_as_local_time_takes_its_offset() -> None:
    # 22:04 UTC is 00:04 the next day at +02:00, the minute the page shows.
    html = page(
        ld(datePublished="2019-10-18T22:04:00Z"),
        '<span class="date">19. Oktober 2019 00:04 Uhr</span>' + BODY,
    )
    article = parse_html(html)
    assert article.published == dt.datetime(2019, 10, 19, 0, 4, tzinfo=CEST)
    assert article.warnings == ()


def test_utc_time_shown_as_us_local_time() -> None:
    # 05:30:59 UTC on 9 November is 23:30:59 on 8 November at -06:00.
    html = page(
        ld(datePublished="2023-11-09T05:30:59Z"),
        '<time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time>' + BODY,
    )
    article = parse_html(html)
    assert article.published == dt.datetime(
        2023, 11, 8, 23, 30, 59, tzinfo=dt.timezone(dt.timedelta(hours=-6))
    )


def test_time_in_another_offset_shown_a_day_later_takes_the_shown_offset() -> None:
    # 21:00 at -05:00 on 5 May is 02:00 UTC on 6 May, the day and minute the page shows; the
    # article header's date is the story's, not the site header's "today".
    html = page(
        ld(datePublished="2022-05-05T21:00:00-05:00"),
        '<div class="Datetime ArticleHeader-Date">6 May 2022 - 2:00 a. m.</div>' + BODY,
    )
    article = parse_html(html)
    assert article.published == dt.datetime(2022, 5, 6, 2, 0, tzinfo=dt.timezone.utc)
    assert article.warnings == ()
    # A clock that is no whole offset away (02:07) is another time: the stated one is kept.
    html = page(
        ld(datePublished="2022-05-05T21:00:00-05:00"),
        '<div class="Datetime ArticleHeader-Date">6 May 2022 - 2:07 a. m.</div>' + BODY,
    )
    assert parse_html(html).published == dt.datetime(
        2022, 5, 5, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )


def test_zone_less_time_takes_the_offset_another_source_states_for_the_same_minute() -> None:
    head = ld(datePublished="2023-04-28 18:11:01.0")
    head += '<meta name="date" content="2023-04-28T18:11:01+02:00">'
    published = parse_html(page(head)).published
    assert published == dt.datetime(2023, 4, 28, 18, 11, 1, tzinfo=CEST)
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(hours=2)
    # Another minute is another time: the zone-less one stays as it is.
    head = ld(datePublished="2023-04-28 18:11:01") + (
        '<meta name="date" content="2023-04-28T16:11:01+00:00">'
    )
    assert parse_html(page(head)).published == dt.datetime(2023, 4, 28, 18, 11, 1)


def test_zone_less_time_takes_the_offset_of_the_time_element_for_the_same_minute() -> None:
    head = ld(datePublished="2023-04-28 18:11:01")
    body = '<time datetime="2023-04-28T18:11:00+02:00">28. April 2023, 18:11</time>' + BODY
    published = parse_html(page(head, body)).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2023, 4, 28, 18, 11, 1, tzinfo=CEST)
    assert published.utcoffset() == dt.timedelta(hours=2)


def test_page_language_settles_the_zone_of_the_shown_time() -> None:
    body = '<div class="byline">Ravi Menon / <span>Sep 2, 2024, 17:07 IST</span></div>' + BODY
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    published = parse_html(page("", body, lang="en-IN")).published
    assert published == dt.datetime(2024, 9, 2, 17, 7, tzinfo=ist)
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == ist.utcoffset(None)
    # A page in English without a country: IST may be India, Israel or Ireland.
    assert parse_html(page("", body, lang="en")).published == dt.date(2024, 9, 2)


def test_utc_time_one_day_off_the_shown_day_is_kept_without_a_warning() -> None:
    # 23:00 UTC on 4 November is 5 November in Central Europe, the day the page shows: the two
    # agree, and the instant is worth more than the day.
    html = page(
        '<meta property="article:published_time" content="2021-11-04T23:00Z">',
        '<span class="o-metadata--date">5. November 2021</span>' + BODY,
    )
    article = parse_html(html)
    assert article.published == dt.datetime(2021, 11, 4, 23, 0, tzinfo=UTC)
    assert article.warnings == ()


def test_utc_time_one_day_off_the_url_date_is_kept() -> None:
    html = page('<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">')
    article = parse_html(html, url="https://blog.example/2019/01/01/ins-neue-jahr/")
    assert article.published == dt.datetime(2018, 12, 31, 23, 11, 59, tzinfo=UTC)
    assert article.warnings == ()


def test_utc_midnight_is_a_day_not_an_instant() -> None:
    # A day stored as midnight UTC is not moved to the day before by a shown date.
    html = page(
        ld(datePublished="2026-02-06T00:00:00Z"),
        '<span class="date">5 February 2026</span>' + BODY,
    )
    article = parse_html(html)
    assert article.published == dt.datetime(2026, 2, 6, tzinfo=UTC)
    assert len(article.warnings) == 1
    assert "says 2026-02-06, the page shows 2026-02-05; kept 2026-02-06" in article.warnings[0]


def test_shown_date_beats_meta_name_date() -> None:
    html = page(
        '<meta name="date" content="2020-04-30">',
        '<div class="news-single-timedata">29.04.2020</div>' + BODY,
    )
    article = parse_html(html)
    assert article.published == dt.date(2020, 4, 29)
    assert article.warnings == (
        "publication day: <meta name=date> says 2020-04-30, the page shows 2020-04-29; "
        "kept the date the page shows",
    )


def test_structured_date_kept_when_the_page_shows_its_update() -> None:
    html = page(
        ld(datePublished="2021-11-22T18:42:22+01:00", dateModified="2023-01-01T10:00:00+01:00"),
        '<div class="ContentHeaderPublishDate">1. Januar 2023</div>' + BODY,
    )
    article = parse_html(html)
    assert article.published == dt.datetime(
        2021, 11, 22, 18, 42, 22, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert article.warnings == (
        "publication day: JSON-LD datePublished says 2021-11-22, the page shows 2023-01-01 "
        "(the day of its last update); kept 2021-11-22",
    )


def test_date_from_the_url_only_is_reported() -> None:
    article = parse_html(page(""), url="https://www.example.de/home/2017/7/12/unter-uns")
    assert article.published == dt.date(2017, 7, 12)
    assert article.warnings == (
        "the publication date 2017-07-12 comes only from the page's address",
    )


def test_dates_in_comments_and_story_lists_are_not_the_articles() -> None:
    body = (
        BODY + '<div class="comment-box-middle"><time datetime="2020-09-23T18:19:06+02:00">'
        "23.09.20</time></div>"
        + '<ul class="related-articles"><li><span class="date">18. Juni 2020</span></li></ul>'
    )
    assert parse_html(page("", body)).published is None


@pytest.mark.parametrize("name", ["news-slider", "swiper-wrapper", "story-carousel"])
def test_dates_in_sliders_and_carousels_are_not_the_articles(name: str) -> None:
    slides = (
        f'<div class="{name}"><div class="slide"><h3>Another story</h3>'
        '<span class="date">18. Juni 2020</span></div></div>'
    )
    assert parse_html(page("", slides + BODY)).published is None
    shown = '<span class="date">3. Juli 2020</span>'
    assert parse_html(page("", slides + shown + BODY)).published == dt.date(2020, 7, 3)


def test_date_labelled_as_an_update_is_not_the_publication() -> None:
    # Read as metadata: the body reader has its own rules for date lines in the text.
    body = '<div class="timestamp published-date">Updated Mar 12, 2020 @ 10:42 am</div>' + BODY
    meta = read_metadata(load_page(page("", body)))
    assert meta.published is None
    assert meta.shown_date is None


def test_shown_date_contradicted_by_its_weekday_is_reported() -> None:
    # 5 May 2022 was a Thursday.
    body = '<span class="date">Monday, 5 May 2022</span>' + BODY
    article = parse_html(page("", body))
    assert article.published is None
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith("date line 'Monday, 5 May 2022': ")


def test_published_after_modified_is_reported() -> None:
    html = page(ld(datePublished="2022-01-28T08:20:11Z", dateModified="2022-01-27T16:58:24Z"))
    article = parse_html(html)
    assert article.published == dt.datetime(2022, 1, 28, 8, 20, 11, tzinfo=UTC)
    assert article.warnings == (
        "the page says it was published on 2022-01-28, after its last update on 2022-01-27",
    )


def test_misspelt_published_time_meta_name() -> None:
    html = page('<meta property="article:published:time" content="2025-11-06T17:09:00+01:00">')
    expected = dt.datetime(2025, 11, 6, 17, 9, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert parse_html(html).published == expected


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        # og:image wins over a JSON-LD ImageObject (the page's chosen share picture) ...
        (
            '<meta property="og:image" content="/img/lead.jpg">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
            ' "image": {"@type": "ImageObject", "url": "https://cdn.example/ld.jpg"}}</script>',
            BODY,
            "https://news.example/a/1",
            "https://news.example/img/lead.jpg",
        ),
        # ... and JSON-LD is next: a list of ImageObjects gives the first one's address.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
            ' "image": [{"@type": "ImageObject", "contentUrl": "https://cdn.example/1.jpg"},'
            ' "https://cdn.example/2.jpg"]}</script>',
            BODY,
            None,
            "https://cdn.example/1.jpg",
        ),
        (
            '<meta name="twitter:image" content="https://cdn.example/t.png">',
            BODY,
            None,
            "https://cdn.example/t.png",
        ),
        (
            '<link rel="image_src" href="https://cdn.example/s.png">',
            BODY,
            None,
            "https://cdn.example/s.png",
        ),
        # A protocol-relative address with no page address to resolve it takes https.
        (
            '<meta property="og:image" content="//cdn.example/p.jpg">',
            BODY,
            None,
            "https://cdn.example/p.jpg",
        ),
        # A relative address with nothing to resolve it against is no address.
        ('<meta property="og:image" content="img/p.jpg">', BODY, None, None),
        # No metadata: the first captioned picture of the body.
        (
            "",
            '<figure><img src="https://cdn.example/fig.jpg"><figcaption>The river at dawn, where'
            " the first lane will run.</figcaption></figure>" + BODY,
            None,
            "https://cdn.example/fig.jpg",
        ),
        ("", BODY, None, None),
    ],
)
def test_lead_image(head: str, body: str, url: str | None, expected: str | None) -> None:
    assert parse_article(page(head, body), url=url).image == expected


def test_lead_image_in_json() -> None:
    article = parse_article(page('<meta property="og:image" content="https://cdn.example/a.jpg">'))
    data = article.to_dict()
    assert data["image"] == "https://cdn.example/a.jpg"
    assert list(data).index("image") == list(data).index("description") + 1
    assert type(article).from_dict(data) == article


def test_entities_in_meta_values_need_their_semicolon() -> None:
    head = (
        '<meta property="og:image" content="https://cdn.example/v.jpg?f=webp&amp;region=us">'
        '<meta name="description" content="Rock &amp;amp; roll &#39;live&#39;">'
    )
    article = parse_html(page(head))
    assert article.image == "https://cdn.example/v.jpg?f=webp&region=us"
    assert article.description == "Rock & roll 'live'"


KOREAN_BODY = (
    "<h1>서울 지하철 새 노선 개통</h1>"
    "<p>서울시는 오늘 새로운 지하철 노선이 개통되었다고 밝혔다. 시민들은 출퇴근 시간이 크게 "
    "줄어들 것이라며 환영했다.</p>"
    "<p>시는 다음 달부터 배차 간격을 줄이고 주말 운행 시간도 늘릴 계획이라고 덧붙였다.</p>"
)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh-Hant-TW", "zh-Hant-TW"),  # a script subtag was no tag at all: None
        ("ko-KR", "ko-KR"),
        ("", "ko"),  # no lang: told by the script of the body
    ],
)
def test_language_with_a_script_subtag_or_from_the_script(lang: str, expected: str) -> None:
    assert parse_article(page("<title>x</title>", KOREAN_BODY, lang=lang)).language == expected
