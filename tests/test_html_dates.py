"""Publication dates of HTML pages: the page language's reading order and the last resorts."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse._html import parse_html
from newsparse._html.meta.metadata import read_metadata
from newsparse._html.meta.shown import DateNotes, visible_date
from newsparse._html.meta.when_fallback import LateDate, opening_date
from newsparse._html.page import selectors as sel
from newsparse._html.page.tree import load_page

BODY = (
    "<p>The council voted on Monday evening to build three new protected cycle lanes across the "
    "centre of town, after more than a year of debate.</p>"
    "<p>Work on the first route, along the river, is due to begin in January and should be "
    "finished before the spring, the council said.</p>"
)
HEADLINE = "<h1>Council votes for new cycle lanes</h1>"


def page(body: str, *, head: str = "", html_attrs: str = "") -> str:
    return f"<!DOCTYPE html><html{html_attrs}><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("html_attrs", "expected"),
    [
        (' lang="en-GB"', dt.date(2020, 10, 2)),
        (' xml:lang="en-GB"', dt.date(2020, 10, 2)),
        (' lang="en-US"', dt.date(2020, 2, 10)),
        (' lang="de"', dt.date(2020, 10, 2)),
    ],
)
def test_page_language_orders_an_ambiguous_visible_date(html_attrs: str, expected: dt.date) -> None:
    body = f'<article>{HEADLINE}<span class="time">02/10/2020</span>{BODY}</article>'
    article = parse_html(page(body, html_attrs=html_attrs))
    assert article.published == expected
    assert article.warnings == ()


def test_without_a_page_language_an_ambiguous_date_is_refused() -> None:
    body = f'<article>{HEADLINE}<span class="time">02/10/2020</span>{BODY}</article>'
    article = parse_html(page(body))
    assert article.published is None
    assert article.warnings == (
        "date line '02/10/2020': the day and the month could be read either way round",
    )


def test_the_date_s_own_words_beat_the_page_language() -> None:
    # A month above 12 settles the order whatever the page's language says.
    body = f'<article>{HEADLINE}<span class="time">10/13/2020</span>{BODY}</article>'
    assert parse_html(page(body, html_attrs=' lang="en-GB"')).published == dt.date(2020, 10, 13)


def test_labelled_date_after_a_line_break() -> None:
    tail = "<p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p>"
    article = parse_html(page(f"<article>{HEADLINE}{BODY}</article>{tail}"))
    assert article.published == dt.date(2023, 11, 1)
    assert article.warnings == (
        "the publication date 2023-11-01 comes only from a labelled date line",
    )


def test_label_in_its_own_element() -> None:
    box = '<div class="col"><ul><li><strong>Date</strong> 23.05.2011</li></ul></div>'
    article = parse_html(page(f"<article>{HEADLINE}{BODY}</article>{box}"))
    assert article.published == dt.date(2011, 5, 23)


def test_update_label_is_not_a_publication_date() -> None:
    tail = "<p>Aktualisiert am: 01.11.2023</p>"
    assert parse_html(page(f"<article>{HEADLINE}{BODY}</article>{tail}")).published is None


def test_labelled_date_in_a_comment_thread_is_not_taken() -> None:
    thread = '<ol class="commentlist"><li><b>Date</b> 03.04.2019 Great read!</li></ol>'
    assert parse_html(page(f"<article>{HEADLINE}{BODY}</article>{thread}")).published is None


def test_date_in_the_title() -> None:
    head = "<title>La perte des terres fertiles | Environnement | DW | 23.05.2011</title>"
    article = parse_html(page(f"<article>{HEADLINE}{BODY}</article>", head=head))
    assert article.published == dt.date(2011, 5, 23)
    assert article.warnings == ("the publication date 2011-05-23 comes only from the page's title",)


def test_date_line_beside_the_headline_in_a_sidebar_layout() -> None:
    # The whole layout is named "right-sidebar"; the comment dates below are not the article's.
    body = (
        '<div class="content_block right-sidebar"><h1>iMac Lightroom Performance gelöst</h1>'
        "<div><span>Paddy</span><span>·</span><span>April 19, 2019</span></div>"
        f"{BODY}"
        '<ol class="commentlist"><li><span>April 12, 2019</span> Danke!</li></ol></div>'
    )
    meta = read_metadata(load_page(page(body, html_attrs=' lang="de-DE"')))
    assert meta.published is None
    assert meta.shown_date is None
    assert meta.late_date == LateDate(dt.date(2019, 4, 19), "a date line beside the headline")


def test_date_named_data_attribute_is_the_last_resort() -> None:
    # A script-rendered page keeps its date only on a hidden element that describes the
    # article; the redeploy stamp beside it names an update and is not read.
    data = (
        '<div style="display:none" data-article-id="A1" data-deploy-dt="2026.01.29 18:40"'
        ' data-re-deploy-dt="2026.01.30 09:15"></div>'
    )
    meta = read_metadata(load_page(page(f"{data}<article>{HEADLINE}{BODY}</article>")))
    assert meta.published is None
    assert meta.late_date == LateDate(
        dt.datetime(2026, 1, 29, 18, 40), "a date-named data attribute"
    )


def test_date_named_data_attributes_that_disagree_give_nothing() -> None:
    # Teasers each carry their own day: no one of them is the page's.
    teasers = (
        '<div><div data-date="03.02.2021">Eins</div><div data-date="05.02.2021">Zwei</div></div>'
        '<div data-load-time="1612345678">x</div>'
    )
    meta = read_metadata(load_page(page(f"<article>{HEADLINE}{BODY}</article>{teasers}")))
    assert meta.late_date is None


def test_headline_is_the_h1_the_title_names() -> None:
    # The site's logo is an <h1> too: the date beside the article's headline is found.
    body = (
        "<header><h1>Attac France</h1><p>Rejoignez-nous depuis 1998</p>"
        "<p>Agenda</p><p>Adhérer</p></header>"
        f"<article><h1>Les privatisations, au profit de qui ?</h1>"
        f"<div>jeudi 13 juin 2019</div>{BODY}</article>"
    )
    head = "<title>Les privatisations, au profit de qui ? - Attac France</title>"
    assert parse_html(page(body, head=head)).published == dt.date(2019, 6, 13)


def test_date_above_the_headline() -> None:
    body = f'<article><p class="topline">Presse</p><p>02.12.2022</p>{HEADLINE}{BODY}</article>'
    assert parse_html(page(body)).published == dt.date(2022, 12, 2)


def test_structured_date_is_never_overridden() -> None:
    head = '<meta property="article:published_time" content="2023-10-30">'
    tail = "<p>Rezension<br>Erschienen am: 01.11.2023</p>"
    article = parse_html(page(f"<article>{HEADLINE}{BODY}</article>{tail}", head=head))
    assert article.published == dt.date(2023, 10, 30)
    assert article.warnings == ()


def test_url_date_comes_before_the_last_resorts() -> None:
    tail = "<p>Rezension<br>Erschienen am: 01.11.2023</p>"
    url = "https://x.example/2023/10/31/story"
    article = parse_html(page(f"<article>{HEADLINE}{BODY}</article>{tail}"), url=url)
    assert article.published == dt.date(2023, 10, 31)


def test_date_opening_the_text() -> None:
    body = (
        f"<article>{HEADLINE}<p>27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes "
        "wird an viele Gruppen gedacht, an manche bis heute kaum.</p>" + BODY + "</article>"
    )
    article = parse_html(page(body, html_attrs=' lang="de"'))
    assert article.published == dt.date(2022, 1, 27)
    assert article.warnings == (
        "the publication date 2022-01-27 comes only from a date opening the text",
    )


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("27.1.2022 - Bei der Erinnerung an die Verfolgten",), dt.date(2022, 1, 27)),
        (("(21. November 2022) Energieverbraucher erhalten",), dt.date(2022, 11, 21)),
        (("Karlsruhe, (12.11.2021). Traditionell gedenken",), dt.date(2021, 11, 12)),
        (("Intro line.", "BERLIN, 5. Mai 2020: Der Rat tagt."), dt.date(2020, 5, 5)),
        # A date inside a sentence is what the story is about, not when it was written.
        (("Am 5. Mai 2020 hat der Rat beschlossen, die Wege zu bauen.",), None),
        (("Seit dem 1. Oktober 2022 gilt ein neuer Satz.",), None),
        (("Der Rat tagte, 2019 und 2020. 1. 2. 3. 4.",), None),
        (("a", "b", "c", "27.1.2022 - the fourth paragraph is too far"), None),
        # Bars between the parts of an all-numeric date, day first.
        (("26 | 01 | 2022", "Schweiz | Praxis | Video"), dt.date(2022, 1, 26)),
        # Bars between numbers that are no date: a page list, a day and month without a year.
        (("1 | 2 | 3 | 4", "26 | 01 | Seite 3"), None),
    ],
)
def test_opening_date(paragraphs: tuple[str, ...], expected: dt.date | None) -> None:
    assert opening_date(paragraphs, day_first=True) == expected


def _dated_page(head: str, body_extra: str = "", tail: str = "") -> str:
    text = (
        "<p>The council voted on Monday evening to build three new protected cycle lanes across "
        "the centre of town, after more than a year of debate among residents.</p>"
    )
    return (
        f"<html><head><title>Cycle lanes approved</title>{head}</head><body><article>"
        f"<h1>Cycle lanes approved</h1>{body_extra}{text * 3}</article>{tail}</body></html>"
    )


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        # The meridiem before the clock, and a Korean date whose parts close with dots.
        ("입력 2023.09.14. 오후 3:15", "ko", dt.datetime(2023, 9, 14, 15, 15)),
        ("2023年9月14日 午後0時15分", "ja", dt.datetime(2023, 9, 14, 12, 15)),
        ("发布时间：2023年9月14日 下午3:15", "zh-CN", dt.datetime(2023, 9, 14, 15, 15)),
        ("14 سبتمبر 2023 - 03:15 م", "ar", dt.datetime(2023, 9, 14, 15, 15)),
    ],
)
def test_shown_date_with_a_meridiem_of_its_language(
    line: str, lang: str, expected: dt.datetime
) -> None:
    page = _dated_page("", f'<p class="date">{line}</p>').replace("<html>", f'<html lang="{lang}">')
    assert parse_article(page).published == expected


@pytest.mark.parametrize(
    "aside",
    [
        # A sidebar of other stories, with or without a heading, a <time> or a date-named span.
        "<aside><h2>Related</h2><ul><li><a href='/bus-fares'>Bus fares rise</a>"
        "<time datetime='2021-04-01'>1 April 2021</time></li></ul></aside>",
        "<aside><ul><li><a href='/bridge'>Bridge shut</a>"
        "<span class='date'>2 April 2021</span></li></ul></aside>",
        "<aside><p>1 April 2021</p></aside>",
        # A teaser <article> in the sidebar: the walk up from its date stops at that article.
        "<aside><article><a href='/bridge'>Bridge shut</a>"
        "<time datetime='2021-04-02'>2 April 2021</time></article></aside>",
    ],
)
def test_a_sidebar_outside_the_article_does_not_date_it(aside: str) -> None:
    assert parse_article(_dated_page("", tail=aside)).published is None


def test_an_aside_inside_the_article_may_hold_its_own_date() -> None:
    meta = "<aside class='meta'><span>By Ann Lee</span><time datetime='2021-05-05'>5 May</time></aside>"
    assert parse_article(_dated_page("", meta)).published == dt.date(2021, 5, 5)


def test_relative_time_element_is_read() -> None:
    page = _dated_page("", '<relative-time datetime="2021-10-13T09:57:01Z">Oct 13</relative-time>')
    assert parse_article(page).published == dt.datetime(
        2021, 10, 13, 9, 57, 1, tzinfo=dt.timezone.utc
    )


@pytest.mark.parametrize(
    "description",
    [
        # dc:date as an attribute of the description, and as an element inside it.
        ' dc:title="Cycle lanes approved" dc:date="2008-06-18T12:34:56+00:00" />',
        "><dc:title>Cycle lanes approved</dc:title>"
        "<dc:date>2008-06-18T12:34:56+00:00</dc:date></rdf:Description>",
    ],
)
def test_rdf_date_in_a_comment_is_read(description: str) -> None:
    rdf = (
        '<!-- <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description'
        f' rdf:about="https://blog.example/2008/06/post"{description}</rdf:RDF> -->'
    )
    page = _dated_page("", tail=rdf)
    assert parse_article(page).published == dt.datetime(
        2008, 6, 18, 12, 34, 56, tzinfo=dt.timezone.utc
    )


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "https://news.example/2021/05/cycle-lanes",
            dt.datetime(2021, 5, 3, 8, 0, tzinfo=dt.timezone.utc),
        ),
        # A graph's WebPage for the home page dates the site, not this article.
        ("https://news.example/", None),
    ],
)
def test_graph_with_only_a_webpage(address: str, expected: dt.date | None) -> None:
    graph = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "@id": "https://news.example/#website"},'
        f'{{"@type": "WebPage", "@id": "{address}#webpage", "url": "{address}",'
        ' "datePublished": "2021-05-03T08:00:00+00:00", "dateModified": "2021-05-04T08:00:00+00:00"}'
        "]}</script>"
    )
    assert parse_article(_dated_page(graph)).published == expected
    # WebPage's subtype for a page about one thing is read the same way; a CollectionPage
    # lists other pages and is not.
    assert parse_article(_dated_page(graph.replace('"WebPage"', '"ItemPage"'))).published == (
        expected
    )
    collection = graph.replace('"WebPage"', '"CollectionPage"')
    assert parse_article(_dated_page(collection)).published is None


@pytest.mark.parametrize("address", ['"@id": "#webpage", ', ""])
def test_graph_with_only_a_webpage_of_no_address(address: str) -> None:
    # A page object with no address, or a fragment of this page's, describes this page.
    graph = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        f'{{"@type": "WebPage", {address}"datePublished": "2021-05-03T08:00:00+00:00"}}'
        "]}</script>"
    )
    expected = dt.datetime(2021, 5, 3, 8, 0, tzinfo=dt.timezone.utc)
    assert parse_article(_dated_page(graph)).published == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "https://news.example/2021/05/cycle-lanes",
            dt.datetime(2021, 5, 3, 8, 0, tzinfo=dt.timezone.utc),
        ),
        # The home page's WebPage dates the site, not this article.
        ("https://news.example/", None),
    ],
)
def test_a_graphs_webpage_dates_an_article_node_without_a_date(
    address: str, expected: dt.date | None
) -> None:
    # The Article node holds the headline and the author but no date; the WebPage holds it.
    graph = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "headline": "Cycle lanes approved",'
        ' "author": {"@type": "Person", "name": "Ann Lee"}},'
        f'{{"@type": "WebPage", "@id": "{address}#webpage", "url": "{address}",'
        ' "datePublished": "2021-05-03T08:00:00+00:00"}'
        "]}</script>"
    )
    assert parse_article(_dated_page(graph)).published == expected
    # An Article node with its own date keeps it.
    dated = graph.replace(
        '"headline": "Cycle lanes approved",',
        '"headline": "Cycle lanes approved", "datePublished": "2021-05-02T07:00:00+00:00",',
    )
    assert parse_article(_dated_page(dated)).published == dt.datetime(
        2021, 5, 2, 7, 0, tzinfo=dt.timezone.utc
    )


def test_java_style_meta_value_with_a_later_update() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cycle lanes'
        ' approved", "datePublished": "Tue Jan 28 15:28:56 CET 2020",'
        ' "dateModified": "Tue Jan 28 15:49:07 CET 2020"}</script>'
    )
    article = parse_article(_dated_page(ld))
    cet = dt.timezone(dt.timedelta(hours=1))
    assert article.published == dt.datetime(2020, 1, 28, 15, 28, 56, tzinfo=cet)
    assert article.modified == dt.datetime(2020, 1, 28, 15, 49, 7, tzinfo=cet)


@pytest.mark.parametrize(
    "chrome",
    [
        # A page-level header holding the navigation, and a top bar named for today's date.
        "<header><span class='date'>Wednesday, 2 December 2026</span><nav><a href='/'>Home</a></nav></header>",
        "<header class='masthead'><div class='date'>2 December 2026</div></header>",
        "<div class='top-bar'><span class='today'>Wednesday, 2 December 2026</span></div>",
        # A page-level header with no headline in it, outside the article, named for nothing.
        "<header><a href='/'><img src='/logo.png' alt='Town News'></a>"
        "<div class='date'>Wednesday, 2 December 2026</div></header>",
        # A site header that is a <div>, named as one, with no headline in it.
        "<div class='site-header'><div class='date'>Wednesday, 2 December 2026</div></div>",
        "<div id='masthead'><a href='/'>Town News</a><span class='date'>2 December 2026</span></div>",
    ],
)
def test_the_site_headers_date_is_today_not_the_articles(chrome: str) -> None:
    page = _dated_page("").replace("<body>", "<body>" + chrome)
    assert parse_article(page).published is None
    dated = _dated_page("", "<div class='date'>Monday, 30 November 2026</div>")
    assert parse_article(dated.replace("<body>", "<body>" + chrome)).published == dt.date(
        2026, 11, 30
    )


def test_a_header_date_name_is_the_sites_unless_glued_to_what_it_heads() -> None:
    # "header-date" alone, or after a separator, names the site header's today.
    for names in ("header-date", "mh-header-date"):
        shown = f"<div class='{names}'>Wednesday, 2 December 2026</div>"
        assert parse_article(_dated_page("", shown)).published is None
    # Glued to a word, the header is that word's: the article header shows the story's date.
    shown = "<div class='ArticleHeader-Date'>Monday, 30 November 2026</div>"
    assert parse_article(_dated_page("", shown)).published == dt.date(2026, 11, 30)


# -- a day kept as Central European midnight and printed in UTC ----------------------------------


@pytest.mark.parametrize(
    ("stamp", "lang", "expected"),
    [
        # Winter: midnight in Berlin is 23:00 UTC the day before (UTC+01:00).
        (
            "2021-11-04T23:00:00Z",
            "de",
            dt.datetime(2021, 11, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        # Summer: 22:00 UTC (UTC+02:00); 30 June 2022 is inside summer time.
        (
            "2022-06-29T22:00:00+00:00",
            "fr-BE",
            dt.datetime(2022, 6, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        # 22:00 UTC in winter is 23:00 in Berlin, not midnight: kept as it is.
        ("2021-11-04T22:00:00Z", "de", dt.datetime(2021, 11, 4, 22, tzinfo=dt.timezone.utc)),
        # An English page, or French from Canada, says nothing about Central Europe.
        ("2021-11-04T23:00:00Z", "en", dt.datetime(2021, 11, 4, 23, tzinfo=dt.timezone.utc)),
        ("2021-11-04T23:00:00Z", "fr-CA", dt.datetime(2021, 11, 4, 23, tzinfo=dt.timezone.utc)),
        # A time with seconds is a real moment, not a stored day.
        (
            "2021-11-04T23:00:12Z",
            "de",
            dt.datetime(2021, 11, 4, 23, 0, 12, tzinfo=dt.timezone.utc),
        ),
    ],
)
def test_central_european_midnight_in_utc_names_the_local_day(
    stamp: str, lang: str, expected: dt.datetime
) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    body = f"<article>{HEADLINE}{BODY}</article>"
    article = parse_html(page(body, head=head, html_attrs=f' lang="{lang}"'))
    assert isinstance(article.published, dt.datetime)
    assert article.published == expected
    assert article.published.utcoffset() == expected.utcoffset()


# -- a label in its own element, teasers of other stories, a UTC time near midnight ---------------


def test_date_in_the_element_after_its_label_beats_meta_name_date() -> None:
    # <meta name=date> is often the day the page was generated; the page's own labelled date,
    # in the element after the label, is the publication's. The label's box also holds an
    # address, too long to be read as a date line.
    head = '<meta name="date" content="2021-10-15">'
    box = (
        '<div class="box"><span class="box__label">Erschienen am:</span>'
        "<h2>13.10.2021</h2><strong>Herausgeber:</strong> Pressestelle des Verbands, "
        "Musterstraße 13, 12345 Musterstadt, Telefon 0123 456789, presse@example.org</div>"
    )
    article = parse_html(page(f"<article>{HEADLINE}{BODY}{box}</article>", head=head))
    assert article.published == dt.date(2021, 10, 13)


def test_a_label_alone_does_not_take_an_unrelated_next_element() -> None:
    box = '<div class="box"><span>Erschienen am:</span><h2>Pressemeldung</h2></div>'
    article = parse_html(page(f"<article>{HEADLINE}{BODY}{box}</article>"))
    assert article.published is None


def _with_teaser(linked: bool) -> str:
    headline = "<h2>Another story from the desk</h2>"
    if linked:
        headline = f'<a href="/news/other-story">{headline}</a>'
    teaser = f'<div class="tile"><div>{headline}</div><div class="row"><p>21. Januar 2022</p></div></div>'
    byline = "<p><br> 1. Februar 2022 , Anna Muster</p>"
    return page(f"<main><h1>Council votes for new cycle lanes</h1>{byline}{BODY}{teaser}</main>")


def test_the_date_of_a_teaser_beside_a_linked_headline_is_not_the_articles() -> None:
    meta = read_metadata(load_page(_with_teaser(linked=True)))
    assert meta.shown_date is None
    assert meta.late_date == LateDate(dt.date(2022, 2, 1), "a date line beside the headline")


def test_a_blog_title_linked_to_its_own_address_is_not_a_teaser() -> None:
    # Blog themes print the post's title as an <h2> linked to the post's permalink.
    body = (
        '<div class="post"><h2><a href="/2019/04/lightroom/" rel="bookmark">Lightroom gelöst'
        "</a></h2><div class='row'><span>April 19, 2019</span></div>"
        f"{BODY}</div>"
    )
    here = read_metadata(load_page(page(body)), url="https://blog.example/2019/04/lightroom")
    assert here.shown_date == dt.date(2019, 4, 19)
    elsewhere = read_metadata(load_page(page(body)), url="https://blog.example/2019/05/other/")
    assert elsewhere.shown_date is None


def test_a_bare_date_line_under_an_unlinked_heading_is_still_read() -> None:
    meta = read_metadata(load_page(_with_teaser(linked=False)))
    assert meta.shown_date == dt.date(2022, 1, 21)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        # 23:11 UTC on New Year's Eve is 00:11 on 1 January in Berlin, the day the address names.
        (
            "de-DE",
            dt.datetime(2019, 1, 1, 0, 11, 59, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        # An English page says nothing about the zone: the instant is kept in UTC.
        ("en", dt.datetime(2018, 12, 31, 23, 11, 59, tzinfo=dt.timezone.utc)),
    ],
)
def test_utc_time_takes_the_central_european_day_the_address_names(
    lang: str, expected: dt.datetime
) -> None:
    head = '<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">'
    url = "https://blog.example/2019/01/01/ins-neue-jahr/"
    body = f"<article>{HEADLINE}{BODY}</article>"
    article = parse_html(page(body, head=head, html_attrs=f' lang="{lang}"'), url=url)
    assert isinstance(article.published, dt.datetime)
    assert article.published == expected
    assert article.published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("26 | 01 | 2022", dt.date(2022, 1, 26)),
        ("26|01|2022 | Schweiz | Praxis", dt.date(2022, 1, 26)),
        # Day and month stay in the page's order (German: day first): 5 January.
        ("05 | 01 | 2020", dt.date(2020, 1, 5)),
    ],
)
def test_a_date_with_bars_between_its_parts(shown: str, expected: dt.date) -> None:
    body = f'<article>{HEADLINE}<span class="date">{shown}</span>{BODY}</article>'
    assert parse_html(page(body, html_attrs=' lang="de"')).published == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # 1676551869 seconds after the epoch is 2023-02-16 12:51:09 UTC (checked with GNU date -d @).
        ("1676551869", dt.datetime(2023, 2, 16, 12, 51, 9, tzinfo=dt.timezone.utc)),
        ('"1676551869000"', dt.datetime(2023, 2, 16, 12, 51, 9, tzinfo=dt.timezone.utc)),
        (
            '"20180619T055000+0900"',
            dt.datetime(2018, 6, 19, 5, 50, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        ),
        ('"20180619T0550Z"', dt.datetime(2018, 6, 19, 5, 50, tzinfo=dt.timezone.utc)),
        # Milliseconds after a colon: the zone after them still counts.
        (
            '"2022-01-10T22:06:08:684Z"',
            dt.datetime(2022, 1, 10, 22, 6, 8, 684000, tzinfo=dt.timezone.utc),
        ),
    ],
)
def test_json_ld_unix_time_and_iso_basic_format(value: str, expected: dt.datetime) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Council votes for new cycle lanes", "datePublished": {value}}}</script>'
    )
    article = parse_html(page(f"<article>{HEADLINE}{BODY}</article>", head=head))
    assert article.published == expected


@pytest.mark.parametrize(
    ("main", "expected"),
    [
        # A HowTo that names this page as the page it is the subject of dates the page.
        (
            '"https://news.example/diy/round-tablecloth/"',
            dt.datetime(2022, 1, 10, 22, 6, 8, tzinfo=dt.timezone.utc),
        ),
        (
            '{"@id": "https://www.news.example/diy/round-tablecloth"}',
            dt.datetime(2022, 1, 10, 22, 6, 8, tzinfo=dt.timezone.utc),
        ),
        # One that is another page's subject says nothing of this one.
        ('"https://news.example/diy/square-tablecloth"', None),
    ],
)
def test_a_json_ld_object_whose_main_page_is_this_one_dates_it(
    main: str, expected: dt.datetime | None
) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "HowTo", "name": "A round tablecloth", '
        f'"mainEntityOfPage": {main}, "datePublished": "2022-01-10T22:06:08Z"}}</script>'
    )
    html = page(f"<article>{HEADLINE}{BODY}</article>", head=head)
    article = parse_article(html, url="https://news.example/diy/round-tablecloth")
    assert article.published == expected


@pytest.mark.parametrize("value", ["1234567890123456", "123456789", "0000000000"])
def test_other_digit_strings_are_no_unix_time(value: str) -> None:
    head = f'<meta property="article:published_time" content="{value}">'
    article = parse_html(page(f"<article>{HEADLINE}{BODY}</article>", head=head))
    assert article.published is None


# -- an update is never the publication --------------------------------------------------------


@pytest.mark.parametrize(
    "shown",
    [
        # Labelled as an update, in English, German, Spanish and French, as the body's first line.
        "<p class='date'>Updated: 1 May 2020</p>",
        "<p>Zuletzt aktualisiert: 01.05.2020</p>",
        "<p>Actualizado el 1 de mayo de 2020</p>",
        "<p>Mis à jour le 1 mai 2020</p>",
        # Named as an update by its class or its microdata property, with no label.
        "<time class='updated' datetime='2020-05-01T10:00:00Z'>1 May 2020</time>",
        "<time itemprop='dateModified' datetime='2020-05-01T10:00:00Z'>1 May 2020</time>",
        "<span class='last-modified'>May 1, 2020</span>",
        # A zoned time that is the update's.
        "<span>Updated May 1, 2020 10:15 a.m. EDT</span>",
        # The label before the date's own element: its text, its tail, its parent's text.
        "<div class='meta'><span>Last updated:</span> <time datetime='2020-05-01'>1 May</time></div>",
        (
            "<div class='meta'><span class='author'>Ann Lee</span> · Updated on "
            "<time datetime='2020-05-01'>1 May 2020</time></div>"
        ),
        "<p class='byline'>By Ann Lee · Updated 1 May 2020</p>",
        "<p>Aktualisiert am <time datetime='2020-05-01T10:00'>01.05.2020</time></p>",
        "<p>Updated <span class='date'>1 May 2020</span></p>",
        "<div>Last updated</div><div>1 May 2020</div>",
    ],
)
def test_an_update_alone_is_not_the_publication_date(shown: str) -> None:
    assert parse_article(_dated_page("", shown)).published is None


def test_the_published_line_beside_an_update_line_is_read() -> None:
    shown = (
        "<p class='date'>Updated: 4 May 2020</p><p class='date'>Published: 1 May 2020</p>"
        "<time class='updated' datetime='2020-05-04'>4 May 2020</time>"
    )
    assert parse_article(_dated_page("", shown)).published == dt.date(2020, 5, 1)


@pytest.mark.parametrize(
    "shown",
    [
        "<p class='date'>Updated 4 May 2020, first published 1 May 2020</p>",
        "<p>Updated: 4 May 2020 | Originally published: 1 May 2020</p>",
        "<p>Aktualisiert am 04.05.2020, erstmals veröffentlicht am 01.05.2020</p>",
        (
            "<p class='meta'>Updated <time datetime='2020-05-04T09:00'>4 May 2020</time>, "
            "first published <time datetime='2020-05-01T08:00'>1 May 2020</time></p>"
        ),
    ],
)
def test_the_first_publication_named_in_an_update_line_is_read(shown: str) -> None:
    published = parse_article(_dated_page("", shown)).published
    assert published is not None
    assert (published.date() if isinstance(published, dt.datetime) else published) == dt.date(
        2020, 5, 1
    )


def test_an_update_line_still_names_the_zone_of_the_same_instant() -> None:
    # 14:22 UTC is 10:22 in New York on 14 September 2023 (daylight time, UTC-04:00).
    head = '<meta property="article:published_time" content="2023-09-14T14:22:00Z">'
    shown = "<span>Updated Sep 14, 2023 10:22 a.m. EDT</span>"
    published = parse_article(_dated_page(head, shown)).published
    assert published == dt.datetime(2023, 9, 14, 14, 22, tzinfo=dt.timezone.utc)
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(hours=-4)


# -- the region another declaration gives the page's language -----------------------------------


@pytest.mark.parametrize(
    ("head", "shown", "expected"),
    [
        # <html lang="en"> with og:locale en_IN: Indian English, where IST is +05:30.
        (
            '<meta property="og:locale" content="en_IN">',
            "<p class='date'>3 July 2021 10:15 IST</p>",
            dt.datetime(2021, 7, 3, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        ),
        # ... and with en_GB, day first: 2 October.
        (
            '<meta property="og:locale" content="en_GB">',
            "<p class='date'>02/10/2020</p>",
            dt.date(2020, 10, 2),
        ),
        # A locale of another language says nothing about this one: the day only, and an
        # all-numeric date left open.
        (
            '<meta property="og:locale" content="he_IL">',
            "<p class='date'>3 July 2021 10:15 IST</p>",
            dt.date(2021, 7, 3),
        ),
        ('<meta property="og:locale" content="fr_FR">', "<p class='date'>02/10/2020</p>", None),
    ],
)
def test_a_locale_gives_the_page_language_its_region(
    head: str, shown: str, expected: dt.date | None
) -> None:
    html = _dated_page(head, shown).replace("<html>", '<html lang="en">')
    article = parse_article(html)
    assert article.published == expected
    if isinstance(expected, dt.datetime):
        assert isinstance(article.published, dt.datetime)
        assert article.published.utcoffset() == expected.utcoffset()
    assert article.language == "en"


# -- the country a page's <meta> names settles a zone abbreviation -------------------------------

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


@pytest.mark.parametrize(
    ("html_attrs", "head", "expected"),
    [
        # No language at all, a country of India: 10.34PM IST is 22:34 at +05:30.
        (
            "",
            '<meta content="IN" name="twitter:app:country">',
            dt.datetime(2016, 1, 12, 22, 34, tzinfo=IST),
        ),
        # English without a region, and a region code whose country is India.
        (
            ' lang="en"',
            '<meta name="geo.region" content="IN-MH">',
            dt.datetime(2016, 1, 12, 22, 34, tzinfo=IST),
        ),
        # A country that none of the zone's meanings belongs to settles nothing: the day only.
        ("", '<meta name="geo.country" content="FR">', dt.date(2016, 1, 12)),
        # A free-text region is no country code.
        ("", '<meta name="geo.region" content="india">', dt.date(2016, 1, 12)),
    ],
)
def test_the_page_s_country_settles_an_ambiguous_zone(
    html_attrs: str, head: str, expected: dt.date
) -> None:
    shown = '<div class="publish_on">12 Jan, 2016, 10.34PM IST</div>'
    html = _dated_page(head, shown).replace("<html>", f"<html{html_attrs}>")
    published = parse_article(html).published
    assert published == expected
    if isinstance(expected, dt.datetime):
        assert isinstance(published, dt.datetime)
        assert published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-05-14T16:34+5.30", dt.datetime(2016, 5, 14, 16, 34, tzinfo=IST)),
        (
            "2016-05-14T16:34:10-3:00",
            dt.datetime(2016, 5, 14, 16, 34, 10, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
        ),
    ],
)
def test_a_machine_offset_with_a_one_digit_hour(value: str, expected: dt.datetime) -> None:
    head = f'<meta content="{value}" itemprop="datePublished">'
    published = parse_article(_dated_page(head)).published
    assert published == expected
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == expected.utcoffset()


# -- a zone-less machine time and the same minute shown with its zone ----------------------------


@pytest.mark.parametrize(
    ("stamp", "shown", "expected_offset"),
    [
        # The page shows the time apart from its date: 13:30 WIB is +07:00.
        (
            "2023-09-14T13:30:00",
            "<span class='date'>Kamis, 14 Sep 2023</span> <span>13:30 WIB</span>",
            dt.timedelta(hours=7),
        ),
        # 10:15 a.m. ET on 3 July 2021 is daylight time: -04:00.
        ("2021-07-03T10:15:00", "<p><span>10:15 a.m. ET</span></p>", dt.timedelta(hours=-4)),
        # The clock after a byline's link, and a date line after the writer's name.
        (
            "2023-09-14T13:30:00",
            "<div class='byline'><a href='/ana'>Ana Ruiz</a> - 13:30 WIB</div>",
            dt.timedelta(hours=7),
        ),
        (
            "2023-09-14T13:30:00",
            "<p>Ana Ruiz, Antara | Kamis, 14/09/2023 13:30 WIB</p>",
            dt.timedelta(hours=7),
        ),
        # Another minute is another time: the value stays without a zone.
        ("2023-09-14T13:30:00", "<span>14:30 WIB</span>", None),
        # A clock in a list of other stories is not this page's.
        (
            "2023-09-14T13:30:00",
            "<ul class='related'><li><span>13:30 WIB</span></li></ul>",
            None,
        ),
    ],
)
def test_a_zone_less_time_takes_the_zone_of_the_same_minute_shown(
    stamp: str, shown: str, expected_offset: dt.timedelta | None
) -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cycle lanes'
        f' approved", "datePublished": "{stamp}"}}</script>'
    )
    published = parse_article(_dated_page(ld, shown)).published
    assert isinstance(published, dt.datetime)
    assert published.replace(tzinfo=None) == dt.datetime.fromisoformat(stamp)
    assert published.utcoffset() == expected_offset


@pytest.mark.parametrize(
    ("clocks", "expected_offset"), [(999, dt.timedelta(hours=7)), (1000, None)]
)
def test_the_zone_of_the_same_minute_is_looked_for_in_the_first_thousand_clock_lines(
    clocks: int, expected_offset: dt.timedelta | None
) -> None:
    # A page of tens of thousands of clock lines cost three date readings each (zoned_line,
    # zoned_clock, the body's date-line check); the zone readings stop after 1,000 lines (the
    # development pages need at most 143).
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cycle lanes'
        ' approved", "datePublished": "2023-09-14T13:30:00"}</script>'
    )
    shown = "<span>10:00</span>" * clocks + "<span>13:30 WIB</span>"
    published = parse_article(_dated_page(ld, shown)).published
    assert isinstance(published, dt.datetime)
    assert published.replace(tzinfo=None) == dt.datetime(2023, 9, 14, 13, 30)
    assert published.utcoffset() == expected_offset


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        # 02:41 UTC on 4 May is 22:41 on 3 May at -04:00: the day and the minute the page shows.
        (
            "<p><a href='/author/ana'>Ana Ruiz</a> <span>3/5/2022 22:41</span></p>",
            dt.datetime(2022, 5, 3, 22, 41, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        # The same after the byline's link, in the text that follows it.
        (
            "<p><a href='/author/ana'>Ana Ruiz</a> 3/5/2022 22:41</p>",
            dt.datetime(2022, 5, 3, 22, 41, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        # A wall clock of the same day keeps the UTC time as it is written.
        (
            "<p><span>4/5/2022 05:41</span></p>",
            dt.datetime(2022, 5, 4, 2, 41, tzinfo=dt.timezone.utc),
        ),
        # Another minute is another time.
        (
            "<p><span>3/5/2022 22:40</span></p>",
            dt.datetime(2022, 5, 4, 2, 41, tzinfo=dt.timezone.utc),
        ),
        # A clock in a list of other stories is not this page's.
        (
            "<ul class='related'><li><span>3/5/2022 22:41</span></li></ul>",
            dt.datetime(2022, 5, 4, 2, 41, tzinfo=dt.timezone.utc),
        ),
    ],
)
def test_a_utc_time_takes_the_offset_of_the_wall_clock_shown_on_another_day(
    shown: str, expected: dt.datetime
) -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cycle lanes'
        ' approved", "datePublished": "2022-05-04T02:41:00Z"}</script>'
    )
    # Spanish writes the day first: 3/5/2022 is 3 May.
    html = _dated_page(ld, shown).replace("<html>", '<html lang="es">', 1)
    published = parse_article(html).published
    assert isinstance(published, dt.datetime)
    assert published == expected
    assert published.utcoffset() == expected.utcoffset()


def test_a_date_line_repeated_by_the_thousand_is_kept_out_of_the_body() -> None:
    # Each different date line of the body is read once: 5,000 of the same are one reading.
    stamps = '<p class="date">May 1, 2024 10:00</p>' * 5000
    article = parse_article(page(f"<article>{HEADLINE}{BODY}{stamps}</article>"))
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("The council voted on Monday evening")


# -- teasers that are <article> elements of their own --------------------------------------------

_TEASERS = (
    "<section class='more-stories'>"
    "<article><h2><a href='/a'>Bridge repairs begin</a></h2>"
    "<time datetime='2020-05-01T10:00'>1 May</time></article>"
    "<article><h2><a href='/b'>Library reopens</a></h2>"
    "<time datetime='2020-04-28T09:00'>28 April</time></article>"
    "</section>"
)


def test_a_teaser_article_in_a_list_of_stories_is_not_the_pages_date() -> None:
    assert parse_article(_dated_page("", tail=_TEASERS)).published is None
    dated = _dated_page("", "<time datetime='2020-05-03T08:15'>3 May 2020</time>", tail=_TEASERS)
    assert parse_article(dated).published == dt.datetime(2020, 5, 3, 8, 15)


def test_a_list_name_around_the_only_article_is_the_pages_layout() -> None:
    shown = "<time datetime='2020-05-03T08:15'>3 May 2020</time>"
    html = (
        _dated_page("", shown)
        .replace("<body>", "<body><div class='sliderBox'>")
        .replace("</body>", "</div></body>")
    )
    assert parse_article(html).published == dt.datetime(2020, 5, 3, 8, 15)


def test_a_box_named_header_alone_may_hold_the_articles_date() -> None:
    # An article's title block named "header", outside any <article>, with no <h1> in it.
    html = (
        "<html><head><title>Cycle lanes approved</title></head><body><div class='header'>"
        "<div class='h-title'>Cycle lanes approved</div>"
        "<span class='h-time'>2020-02-19 20:29:58</span></div>"
        f"<div class='main'>{BODY}</div></body></html>"
    )
    assert parse_article(html).published == dt.datetime(2020, 2, 19, 20, 29, 58)


def test_the_articles_header_outside_the_article_is_read() -> None:
    # The headline's header sits before the <article>, outside it: it holds the <h1>.
    header = (
        "<header><h1>Cycle lanes approved</h1><div class='date'>Monday, 30 November 2026</div>"
        "</header>"
    )
    html = _dated_page("").replace("<h1>Cycle lanes approved</h1>", "")
    html = html.replace("<body>", "<body>" + header)
    assert parse_article(html).published == dt.date(2026, 11, 30)


def test_a_persian_page_shows_a_solar_hijri_date() -> None:
    # 23 Mehr 1402 is 15 October 2023 (Mehr opens on 23 September).
    shown = "<span class='date'>یکشنبه ۲۳ مهر ۱۴۰۲ - ۱۴:۳۰</span>"
    html = _dated_page("", shown).replace("<html>", '<html lang="fa-IR">')
    assert parse_article(html).published == dt.datetime(2023, 10, 15, 14, 30)


def _story_list(box: str) -> str:
    return (
        f"<div class='{box}'><ul>"
        "<li><a href='/bridge'>Bridge repairs begin</a> <time datetime='2020-05-01T10:00'>1 May</time></li>"
        "<li><a href='/library'>Library reopens</a> <time datetime='2020-04-28T09:00'>28 Apr</time></li>"
        "</ul></div>"
    )


@pytest.mark.parametrize(
    "box",
    [
        # Named for a list of other stories ...
        "trending",
        "most-popular",
        "most-read",
        "recommended",
        "read-next",
        "also-read",
        "splide",
        "glide__track",
        "you-may-like",
        "top-stories",
        # ... or named for nothing of the kind: a list whose items each hold a link and a time.
        "sidebar",
        "widget",
        "box",
    ],
)
def test_the_dates_of_a_list_of_other_stories_are_not_the_pages(box: str) -> None:
    assert parse_article(_dated_page("", tail=_story_list(box))).published is None


def test_a_lone_linked_time_in_a_list_item_is_still_read() -> None:
    # One item, no other story beside it: a byline list, not a list of stories.
    shown = (
        "<ul class='meta'><li><a href='/author/ann'>Ann Lee</a> "
        "<time datetime='2020-05-03T08:15'>3 May 2020</time></li><li>5 min read</li></ul>"
    )
    assert parse_article(_dated_page("", shown)).published == dt.datetime(2020, 5, 3, 8, 15)


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            '<meta name="pub_date" content="2019-05-03T10:00:00Z">',
            dt.datetime(2019, 5, 3, 10, 0, tzinfo=dt.timezone.utc),
        ),
        ('<meta name="publication-date" content="2019-05-03">', dt.date(2019, 5, 3)),
        ('<meta name="published_date" content="2019-05-03">', dt.date(2019, 5, 3)),
        ('<meta name="date-published" content="2019-05-03">', dt.date(2019, 5, 3)),
        ('<meta name="DC.date.created" content="2019-05-03">', dt.date(2019, 5, 3)),
        ('<meta property="dcterms:created" content="2019-05-03">', dt.date(2019, 5, 3)),
        ('<meta name="citation_publication_date" content="2019/05/03">', dt.date(2019, 5, 3)),
        ('<meta name="prism.publicationDate" content="2019-05-03">', dt.date(2019, 5, 3)),
        ('<meta itemprop="dateCreated" content="2019-05-03">', dt.date(2019, 5, 3)),
        (
            '<meta property="https://vocabulary.example/ns/article#published_time" '
            'content="2019-05-03T10:00:00+02:00">',
            dt.datetime(2019, 5, 3, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
    ],
)
def test_rarer_publication_meta_names(meta: str, expected: dt.date) -> None:
    article = parse_article(page(f"<article>{HEADLINE}{BODY}</article>", head=meta))
    assert article.published == expected
    assert type(article.published) is type(expected)


def test_a_rarer_meta_name_comes_after_the_common_ones() -> None:
    head = (
        '<meta name="published_date" content="2001-01-01">'
        '<meta property="article:published_time" content="2019-05-03T10:00:00Z">'
    )
    article = parse_article(page(f"<article>{HEADLINE}{BODY}</article>", head=head))
    assert article.published == dt.datetime(2019, 5, 3, 10, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="date.updated" content="2019-06-01T09:00:00Z">',
        '<meta name="revision_date" content="2019-06-01T09:00:00Z">',
        '<meta property="article:modified" content="2019-06-01T09:00:00Z">',
    ],
)
def test_rarer_modification_meta_names(meta: str) -> None:
    head = f'<meta property="article:published_time" content="2019-05-03T10:00:00Z">{meta}'
    article = parse_article(page(f"<article>{HEADLINE}{BODY}</article>", head=head))
    assert article.modified == dt.datetime(2019, 6, 1, 9, 0, tzinfo=dt.timezone.utc)
    assert article.published == dt.datetime(2019, 5, 3, 10, 0, tzinfo=dt.timezone.utc)


def test_a_structured_day_takes_the_time_shown_on_that_day() -> None:
    head = '<meta name="published_date" content="2019-05-03">'
    shown = '<time datetime="2019-05-03T10:30:00+02:00">3 May 2019, 10:30</time>'
    article = parse_article(page(f"<article>{HEADLINE}{shown}{BODY}</article>", head=head))
    assert article.published == dt.datetime(
        2019, 5, 3, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )


def test_a_shown_midnight_does_not_replace_a_structured_day() -> None:
    head = '<meta name="published_date" content="2019-05-03">'
    shown = '<time datetime="2019-05-03T00:00:00Z">3 May 2019</time>'
    article = parse_article(page(f"<article>{HEADLINE}{shown}{BODY}</article>", head=head))
    assert article.published == dt.date(2019, 5, 3)
    assert not isinstance(article.published, dt.datetime)


@pytest.mark.parametrize(
    "chrome",
    [
        # A top bar named for nothing but a date, before the page's header.
        "<div class='topbar'><span class='date'>Friday, 7 June 2024</span></div>",
        "<div id='strip'><time datetime='2024-06-07'>7 June 2024</time></div>",
        # A teaser's date in a box before the article, named for nothing.
        "<div class='box'><a href='/b'>Bridge repairs begin</a> <span class='date'>6 June 2024</span></div>",
    ],
)
def test_a_date_inside_the_headlines_article_beats_one_before_it(chrome: str) -> None:
    dated = _dated_page("", "<p class='date'>3 May 2019</p>")
    assert parse_article(dated.replace("<body>", "<body>" + chrome)).published == dt.date(
        2019, 5, 3
    )
    # Alone, the date outside the article is still read: nothing inside contradicts it.
    alone = parse_article(_dated_page("").replace("<body>", "<body>" + chrome)).published
    assert alone is not None
    assert alone.year == 2024


@pytest.mark.parametrize(
    ("lang", "shown", "expected"),
    [
        ("pl", "12 listopada 2023, 08:40", dt.datetime(2023, 11, 12, 8, 40)),
        ("hr", "12. listopada 2023. u 08:40", dt.datetime(2023, 10, 12, 8, 40)),
        ("ru", "1 января 2024 в 09:05", dt.datetime(2024, 1, 1, 9, 5)),
        ("tr", "20 Nisan 2026 • Güncelleme : 21 Nisan 2026", dt.date(2026, 4, 20)),
        ("fi", "19.2.2020 klo 14.00", dt.datetime(2020, 2, 19, 14, 0)),
    ],
)
def test_a_shown_date_with_a_month_name_of_the_pages_language(
    lang: str, shown: str, expected: dt.date
) -> None:
    body = f'<article>{HEADLINE}<span class="date">{shown}</span>{BODY}</article>'
    published = parse_html(page(body, html_attrs=f' lang="{lang}"')).published
    assert published == expected
    assert type(published) is type(expected)


_POLISH_PARAGRAPHS = (
    "<p>Rząd przyjął projekt ustawy, który jest już gotowy. Nie wiadomo, jak długo potrwa przez "
    "to praca w Sejmie, ale minister mówi, że się uda także dla gmin.</p>"
    "<p>Pieniądze, które były obiecane, mają trafić do gmin jeszcze w tym roku, oraz do szkół, "
    "jak mówi minister.</p>"
)
_CROATIAN_PARAGRAPHS = (
    "<p>Vlada je usvojila prijedlog zakona koji je već spreman. Nije poznato kako će dugo trajati "
    "rad u Saboru, ali ministar kaže da su pripreme prema planu.</p>"
    "<p>Sredstva koja su bila spremna stižu iz proračuna, a koje će biti podijeljena kao što je "
    "rečeno.</p>"
)


@pytest.mark.parametrize(
    ("paragraphs", "shown", "expected"),
    [
        # No language stated: "listopada" is November in Polish, October in Croatian, and the
        # body's common words tell which.
        (_POLISH_PARAGRAPHS, "5 listopada 2024", dt.date(2024, 11, 5)),
        (_CROATIAN_PARAGRAPHS, "5. listopada 2024.", dt.date(2024, 10, 5)),
        (BODY, "5 listopada 2024", None),
    ],
)
def test_a_page_without_a_language_settles_a_month_name_by_its_body(
    paragraphs: str, shown: str, expected: dt.date | None
) -> None:
    body = f'<article>{HEADLINE}<p class="date">{shown}</p>{paragraphs}</article>'
    article = parse_html(page(body))
    assert article.published == expected
    assert any("listopada" in warning for warning in article.warnings) is (expected is None)


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # "8/5/2024" reads either way on a page in bare English; another date in the text that
        # only one order reads tells the page's order.
        ("13/05/2024", dt.date(2024, 5, 8)),
        ("05/13/2024", dt.date(2024, 8, 5)),
        ("last month", None),
    ],
)
def test_the_page_s_other_dates_settle_the_order_of_a_numeric_date(
    other: str, expected: dt.date | None
) -> None:
    text = f"<p>The plan was first presented on {other} and debated for three weeks.</p>"
    body = f'<article>{HEADLINE}<p class="date">8/5/2024</p>{BODY}{text}</article>'
    assert parse_html(page(body, html_attrs=' lang="en"')).published == expected


def test_a_naive_time_takes_the_zone_of_a_date_line_showing_the_same_minute() -> None:
    # The first clock line with a zone shows another time (an update's); the line that shows
    # 1:28 AM ET on 1 February 2016 (winter: -05:00) gives the zone-less <meta> time its zone.
    head = '<meta name="date" content="2016-02-01 01:28:49">'
    body = (
        '<p class="stamp"><span>February 1, 2016: 12:41 PM ET</span></p>'
        '<p class="stamp"><span>First published February 1, 2016: 1:28 AM ET</span></p>'
    )
    got = parse_article(_dated_page(head, body)).published
    assert got == dt.datetime(2016, 2, 1, 1, 28, 49, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert isinstance(got, dt.datetime)
    assert got.utcoffset() == dt.timedelta(hours=-5)


def test_a_time_element_of_a_day_takes_the_clock_it_shows() -> None:
    time = '<p><time datetime="2021-04-28">28.04.2021 - 07:18</time> | Source: dpa</p>'
    assert parse_article(_dated_page("", time)).published == dt.datetime(2021, 4, 28, 7, 18)


def test_a_time_element_of_a_day_ignores_a_clock_on_another_day() -> None:
    time = '<p><time datetime="2021-04-28">27.04.2021 - 07:18</time></p>'
    assert parse_article(_dated_page("", time)).published == dt.date(2021, 4, 28)


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        # A label in a box named for nothing: the date it opens is read.
        ('<p class="note">Published: 3 May 2019</p>', dt.date(2019, 5, 3)),
        # The same label in a box named for an update, alone or inside a bare wrapper: not read.
        ('<p class="modified-note">Published: 3 May 2019</p>', None),
        ('<div><p class="modified-note">Published: 3 May 2019</p></div>', None),
        # A box named for a date and for an update: not read either.
        ('<p class="date-updated">3 May 2019</p>', None),
    ],
)
def test_a_date_label_in_a_box_named_for_an_update(box: str, expected: dt.date | None) -> None:
    # (The shown date alone: a labelled line outside it is read by a later fallback.)
    root = load_page(page(f"<article>{HEADLINE}{BODY}</article>{box}")).root
    assert visible_date(root, DateNotes(), None) == expected


def test_update_names_are_looked_for_only_under_a_date_name_or_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Boxes whose names name no date and whose text opens with no date label are passed over
    without the update names' substring tests (most boxes of a page): the verdict is the same.
    """
    asked: list[str] = []
    real = sel.NOT_PUBLISHED_ATTR

    class Counting:
        def found(self, text: str) -> bool:
            asked.append(text)
            return real.found(text)

    monkeypatch.setattr(sel, "NOT_PUBLISHED_ATTR", Counting())
    boxes = "".join(
        f'<div class="box-{n}"><p class="text-{n}">Some words.</p></div>' for n in range(5)
    )
    dated = '<div class="modified-note">Published: 3 May 2019</div>'
    root = load_page(page(f"{boxes}{dated}<span class='post-date'>4 May 2019</span>")).root
    assert visible_date(root, DateNotes(), None) == dt.date(2019, 5, 4)
    assert sorted(asked) == ["modified-note  ", "post-date  "]


# -- the page's JSON data records ----------------------------------------------------------------


def _data_page(record: str, *, extra: str = "") -> str:
    body = f'<article>{HEADLINE}{BODY}</article><script type="application/json">{record}</script>'
    return page(body + extra)


def test_a_script_built_page_gives_its_date_in_a_json_data_record() -> None:
    record = '{"section": "city", "publishDate": "2021-03-04T09:15:00-05:00", "words": 120}'
    article = parse_html(_data_page(record))
    want = dt.datetime(2021, 3, 4, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert article.published == want
    assert any("script data" in w for w in article.warnings)


@pytest.mark.parametrize(
    "record",
    [
        # a nested value is another story's, or anything's
        '{"related": {"publishDate": "2021-03-04T09:15:00Z"}}',
        # the publisher is no date, an update is not the publication
        '{"publisher": "2021-03-04", "lastPublishedDate": "2021-03-04T09:15:00Z"}',
        '{"updatedAt": "2021-03-04T09:15:00Z"}',
        # two records that disagree on the day
        '{"published_at": "2021-03-04"}</script>'
        '<script type="application/json">{"published_at": "2021-02-11"}',
    ],
)
def test_json_data_that_names_no_date_of_its_own_gives_none(record: str) -> None:
    assert parse_html(_data_page(record)).published is None


def test_a_json_data_key_written_in_lower_case_is_read_by_its_words() -> None:
    # The same key as publishedAt, folded by the tool that wrote the record.
    record = '{"section": "city", "publishedat": "2021-03-04T09:15:00Z", "words": 120}'
    article = parse_html(_data_page(record))
    assert article.published == dt.datetime(2021, 3, 4, 9, 15, tzinfo=dt.timezone.utc)


def test_a_json_data_date_comes_after_the_markup_s_own() -> None:
    record = '{"datePublished": "2021-03-04T09:15:00Z"}'
    meta = '<meta property="article:published_time" content="2021-02-11T08:00:00+01:00">'
    body = f'<article>{HEADLINE}{BODY}</article><script type="application/json">{record}</script>'
    article = parse_html(page(body, head=meta))
    assert article.published == dt.datetime(
        2021, 2, 11, 8, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )


def test_a_json_data_date_in_the_head_is_read_and_a_json_ld_block_stays_apart() -> None:
    head = (
        '<script type="application/json">{"first_published_date": "Thursday, 4 March 2021"}'
        '</script><script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Council votes for new cycle lanes"}</script>'
    )
    loaded = load_page(page(f"<article>{HEADLINE}{BODY}</article>", head=head))
    assert len(loaded.jsonld) == 1
    assert len(loaded.data) == 1
    assert parse_html(page(f"<article>{HEADLINE}{BODY}</article>", head=head)).published == (
        dt.date(2021, 3, 4)
    )


def test_a_json_data_record_nested_too_deep_to_read_is_skipped() -> None:
    deep = "[" * 9000 + "]" * 9000
    record = f'{{"publishDate": "2021-03-04", "rest": {deep}}}'
    assert parse_html(_data_page(record)).published is None
