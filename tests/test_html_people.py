"""Authors of HTML pages: one small hand-written page per author source and per rule."""

from __future__ import annotations

import json
from typing import Any

import lxml.etree
import pytest

from newsparse import parse_article
from newsparse._html.meta.people import _text_nodes

LONG = (
    "The council voted on Monday evening to build three new protected cycle lanes across the "
    "centre of town, after more than a year of debate in the chamber and in the streets."
)
BODY = f"<p>{LONG}</p><p>Work on the first route is due to begin in January, the council said.</p>"


def page(head: str = "", body: str = BODY, *, site: str = "Daily Example") -> str:
    meta = f'<meta property="og:site_name" content="{site}">'
    return (
        f"<!DOCTYPE html><html><head><title>Cycle lanes</title>{meta}{head}</head>"
        f"<body><article><h1>Cycle lanes</h1>{body}</article></body></html>"
    )


def jsonld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def authors(html: str, url: str = "https://www.dailyexample.com/news/lanes") -> tuple[str, ...]:
    return parse_article(html, url=url).authors


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # An agency in the author slot is the byline of wire copy, as written.
        (jsonld({"@type": "Person", "name": "dpa"}), ("dpa",)),
        (jsonld({"@type": "Person", "name": "The Associated Press"}), ("The Associated Press",)),
        (jsonld({"@type": "Organization", "name": "Reuters"}), ("Reuters",)),
        (
            jsonld(
                [
                    {"@type": "Person", "name": "Paula Steiger"},
                    {"@type": "Organization", "name": "SDA"},
                ]
            ),
            ("Paula Steiger", "SDA"),
        ),
        (
            jsonld({"@type": "Person", "name": "Felix Roe und Jörg Doe, dpa"}),
            ("Felix Roe", "Jörg Doe", "dpa"),
        ),
        # A list of full names under one author object is several people.
        (
            jsonld({"@type": "Person", "name": ["Ida Kranz", "Jonas Brandt"]}),
            ("Ida Kranz", "Jonas Brandt"),
        ),
        # A name written in parts is one person.
        (jsonld({"@type": "Person", "name": ["Ida", "Kranz"]}), ("Ida Kranz",)),
        # An organisation that is not an agency (the publisher) is no writer: the site signs
        # the story as written, only as nobody else is named.
        (jsonld({"@type": "Organization", "name": "Daily Example"}), ("Daily Example",)),
        ('<meta name="author" content="AFP">', ("AFP",)),
        # A role word after a Korean name: "Shin Hyun-ju, reporter".
        ('<meta name="author" content="신현주 기자">', ("신현주",)),
        # "Nachrichten" (news) is a section, not a person.
        ('<meta name="author" content="Nachrichten">', ()),
    ],
)
def test_metadata_authors(head: str, expected: tuple[str, ...]) -> None:
    assert authors(page(head)) == expected


def test_site_name_is_not_an_author_even_beside_an_agency() -> None:
    head = '<meta name="author" content="Daily Example, dpa">'
    assert authors(page(head)) == ("dpa",)


def test_byline_element_with_an_agency() -> None:
    body = f'<div class="byline">Von dpa</div>{BODY}'
    assert authors(page(body=body)) == ("dpa",)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # The label in an element of its own, the name after it.
        ("<ul><li><strong>Autorin/Autor</strong> Roman Muster</li></ul>", ("Roman Muster",)),
        # The label as the element's own text, the names in links.
        (
            '<ul><li>Von: <a href="/a/bill">Bill MCCARTHY</a>, <a href="/a/mg">Marisha GOLD</a></li></ul>',
            ("Bill MCCARTHY", "Marisha GOLD"),
        ),
        (
            '<p class="meta">von <a href="/autoren/kolter">Dr. Max Kolter</a></p>',
            ("Dr. Max Kolter",),
        ),
        # The text after a label element ends at a line break: the tags are not names.
        (
            '<p><strong>Autor:</strong> <a href="/p/1">Klaus Friedrich</a><br/>'
            '<strong>Tags:</strong> <a href="/t/1">leipzig</a>, <a href="/t/2">nag</a></p>',
            ("Klaus Friedrich",),
        ),
        # A label word opening a sentence is no byline.
        (f"<p><b>Von</b> der Leyen sagte am Montag: {LONG}</p>", ()),
        # An element whose whole text is one labelled byline.
        ('<p class="bodytext">Von Claudia Lindner</p>', ("Claudia Lindner",)),
        (
            "<div><p>Auteur : Kossivi Tiassou</p><p>Edition : M-A. Pioerron</p></div>",
            ("Kossivi Tiassou",),
        ),
        ("<h5><em>Von Leonora Holling</em></h5>", ("Leonora Holling",)),
        # ... read up to a date.
        ("<p>Von Ann Lee, 3. Mai 2021</p>", ("Ann Lee",)),
        # The names after a label-only text end at a line break.
        (
            f'<p>Von <strong><a href="/rb">Roland Brockmann</a></strong> und <strong>'
            f'<a href="/sd">Sebastian Drescher</a></strong><br/>{LONG}</p>',
            ("Roland Brockmann", "Sebastian Drescher"),
        ),
        # A credit in a caption and a byline inside a teaser's link are not the article's.
        (
            '<figure><img src="a.jpg"><figcaption>Foto <a href="/jw">von Justin Watt</a>'
            "</figcaption></figure>",
            (),
        ),
        (
            '<ul><li><a href="/other"><h3>Other story</h3><h6>By Ben Blanchard and Yimou Lee</h6>'
            "</a></li></ul>",
            (),
        ),
    ],
)
def test_labelled_byline(byline: str, expected: tuple[str, ...]) -> None:
    assert authors(page(body=byline + BODY)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A bold line of names opening the text.
        (f"<p><strong>Ann Lee/Bo Kim</strong></p><p>{LONG}</p>", ("Ann Lee", "Bo Kim")),
        # ... or closing it, with nothing after.
        (
            f'<p>{LONG}</p><p style="text-align:right"><strong>Lê Phương</strong></p>',
            ("Lê Phương",),
        ),
        # A bold heading before a list is not a closing byline.
        (f"<p>{LONG}</p><p><b>Weitere Informationen</b></p><ul><li>Link one</li></ul>", ()),
        # A bold line in the middle of the text is a subheading.
        (f"<p>{LONG}</p><p><strong>Ann Lee</strong></p><p>{LONG} Again.</p>", ()),
        # One word is not enough.
        (f"<p><strong>Background</strong></p><p>{LONG}</p>", ()),
    ],
)
def test_bold_line_of_names(body: str, expected: tuple[str, ...]) -> None:
    assert authors(page(body=body)) == expected


def test_account_named_after_the_site_gives_way_to_the_byline_in_the_text() -> None:
    head = jsonld({"@type": "Person", "name": "Ilanga D"})
    body = f"<p><strong>MTHOBISI SITHOLE</strong></p><p>{LONG}</p>"
    html = page(head, body, site="Ilanga News")
    assert authors(html, "https://ilanganews.co.za/story/") == ("MTHOBISI SITHOLE",)


def test_metadata_naming_the_editor_gives_way_to_the_writer() -> None:
    head = jsonld({"@type": "Person", "name": "Heryadi"})
    body = (
        f'<div class="author-2">Naufal Zuhdi</div>{BODY}'
        '<div class="info-author">Editor : <a class="author" href="/author/112">Heryadi</a></div>'
    )
    assert authors(page(head, body)) == ("Naufal Zuhdi",)


def test_metadata_naming_an_editor_with_an_apostrophe_gives_way_to_the_writer() -> None:
    # The name's longest word, which the page's text nodes are searched for, holds a quote.
    head = jsonld({"@type": "Person", "name": "Dara O'Neil"})
    body = (
        f'<div class="author-2">Naufal Zuhdi</div>{BODY}'
        """<div class="info-author">Editor : <a class="author" href="/a/1">Dara O'Neil</a></div>"""
    )
    assert authors(page(head, body)) == ("Naufal Zuhdi",)


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Neil", ["Dara O'Neil", 'Jo "Neil" Lee', "O'Neil\"s"]),
        ("O'Neil", ["Dara O'Neil", "O'Neil\"s"]),  # written between double quotes
        ('"Neil"', ['Jo "Neil" Lee']),  # between single quotes
        ('Neil"s', ["O'Neil\"s"]),  # no quote can enclose it: passed as a variable
        ("O'Neil\u00ads", []),  # not printable (a soft hyphen): passed as a variable
    ],
)
def test_text_nodes_holding_a_name_are_found_whatever_quotes_it_holds(
    part: str, expected: list[str]
) -> None:
    root = lxml.etree.fromstring(
        """<div><p>Dara O'Neil</p><p>Jo "Neil" Lee</p><p>By <b>O'Neil"s</b> desk</p></div>"""
    )
    assert [str(node) for node in _text_nodes(root, part)] == expected


def _nodes(found: list[Any]) -> list[tuple[str, str, bool]]:
    return [(str(node), node.getparent().tag, node.is_tail) for node in found]


@pytest.mark.parametrize(
    "markup",
    [
        # A dropped element leaves its tail beside the text before it: lxml joins the two
        # nodes into one text, which holds the name that neither node holds.
        "<div><p>Ann <script>x</script>Lee</p><p>Ann Lee</p></div>",
        # Each of two adjacent nodes holds it: two nodes.
        "<div><p>Ann Lee, <script>x</script>Ann Lee</p></div>",
        # Tails: a name set after a label element, and after a comment, in document order.
        "<div><p><b>By</b> Ann Lee</p><p>Ann Lee<!-- c -->Ann Lee</p><i>Ann Lee</i></div>",
        # A tail after a deeper descendant's tail, before the next element's text.
        "<div><p>x<span><b>Ann Lee</b>Ann Lee</span>Ann Lee</p>Ann Lee<p>Ann Lee</p></div>",
    ],
)
def test_text_nodes_are_the_nodes_an_xpath_search_finds(markup: str) -> None:
    root = lxml.etree.fromstring(markup)
    lxml.etree.strip_elements(root, "script", with_tail=False)
    expected = root.xpath("descendant::text()[contains(string(), 'Ann Lee')]")
    for limit in (None, 1, 2):
        found = _text_nodes(root, "Ann Lee", limit)
        assert _nodes(found) == _nodes(expected[:limit])


def test_text_nodes_are_kept_by_the_test_given_up_to_the_limit() -> None:
    root = lxml.etree.fromstring(
        "<div><p>Ann\nLee</p><p>Ann Bo</p><p>Lee Ann</p><p>Ann Lee</p></div>"
    )
    found = _text_nodes(root, "Ann", 2, lambda node: "Ann Lee" in " ".join(node.split()))
    assert [str(node) for node in found] == ["Ann\nLee", "Ann Lee"]


def test_metadata_editor_is_kept_when_nobody_else_is_named() -> None:
    head = jsonld({"@type": "Person", "name": "Heryadi"})
    body = f'{BODY}<div class="info-author">Editor : Heryadi</div>'
    assert authors(page(head, body)) == ("Heryadi",)


def test_author_links_of_the_byline_widen_the_metadata() -> None:
    head = jsonld([{"@type": "Person", "name": "Marlene Holm"}])
    links = (
        '<div class="bylines"><a rel="author" href="mailto:i@x.no">Ingrid Treborg</a> '
        '<a rel="author" href="mailto:m@x.no">Marlene Holm</a></div>'
    )
    assert authors(page(head, links + BODY)) == ("Ingrid Treborg", "Marlene Holm")


def test_meta_author_naming_the_same_writer_and_more_widens_the_metadata() -> None:
    head = jsonld({"@type": "Person", "name": "Mira Castell"})
    head += '<meta name="author" content="Mira Castell,Jonas Brandt">'
    assert authors(page(head)) == ("Mira Castell", "Jonas Brandt")


def test_visible_byline_naming_the_same_writer_and_more_widens_the_metadata() -> None:
    head = jsonld({"@type": "Person", "name": "Mira Castell"})
    byline = '<div class="author"><span class="fn">von Mira Castell, Jonas Brandt</span></div>'
    assert authors(page(head, byline + BODY)) == ("Mira Castell", "Jonas Brandt")


def test_a_byline_naming_someone_else_does_not_widen_the_metadata() -> None:
    head = jsonld({"@type": "Person", "name": "Mira Castell"})
    body = '<div class="byline">By Jonas Brandt and Lea Ott</div>'
    assert authors(page(head, body + BODY)) == ("Mira Castell",)


def graph_with_author_reference() -> str:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": "Cycle lanes",
                "author": {"@id": "https://www.dailyexample.com/#/person/7"},
            },
            {
                "@type": "Person",
                "@id": "https://www.dailyexample.com/#/person/7",
                "name": "Ida Kranz",
            },
        ],
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_jsonld_author_given_by_reference_is_the_graph_node_it_names() -> None:
    assert authors(page(graph_with_author_reference())) == ("Ida Kranz",)


def test_a_visible_byline_beats_a_jsonld_author_given_by_reference() -> None:
    # The referenced person is often the account that posted the page.
    byline = '<div class="byline">By Jonas Brandt</div>'
    assert authors(page(graph_with_author_reference(), byline + BODY)) == ("Jonas Brandt",)


def test_author_links_of_teasers_do_not_widen_the_metadata() -> None:
    head = jsonld([{"@type": "Person", "name": "Marlene Holm"}])
    byline = '<div class="info"><a rel="author" href="/a/mh">Marlene Holm</a></div>'
    teasers = (
        f'<aside><div><h3>Other story</h3><p>{LONG}</p><a rel="author" href="/a/jd">Jane Doe</a>'
        "</div></aside>"
    )
    assert authors(page(head, byline + BODY + teasers)) == ("Marlene Holm",)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A byline element running on into its date: the date and its label are cut off.
        (
            '<div class="byline">By Alex Bozarjian Thursday, November 9, 2023 4:41AM</div>',
            ("Alex Bozarjian",),
        ),
        ('<div class="author vcard">Von Tomas Spahn Fr, 18. Oktober 2019</div>', ("Tomas Spahn",)),
        (
            '<div class="byline__author">VON MORITZ GATHMANN am 21. April 2020</div>',
            ("MORITZ GATHMANN",),
        ),
        ('<div class="author">Sara Zinnecker Stand: 3.5.2022</div>', ("Sara Zinnecker",)),
        # A date label and a date before the byline.
        (
            '<div class="post-meta-author">Posted on September 21, 2020 by Ann Lee</div>',
            ("Ann Lee",),
        ),
        ('<div class="author">Veröffentlicht am 3. Mai 2021 von Jörg Doe</div>', ("Jörg Doe",)),
        # A byline box that runs on into the writer's role.
        (
            '<div class="post-author">Steven Salentin Mitglied der Redaktion</div>',
            ("Steven Salentin",),
        ),
    ],
)
def test_byline_element_text_around_the_name(body: str, expected: tuple[str, ...]) -> None:
    assert authors(page(body=body + BODY)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # Nothing but full names, commas and a conjunction: each name is an author.
        (
            "<a href='/a/1'>Inés Caro</a>, <a href='/a/2'>Rocío Marín</a> y "
            "<a href='/a/3'>José Luis Vidal</a>",
            ("Inés Caro", "Rocío Marín", "José Luis Vidal"),
        ),
        ("Clara Löw &amp; Siddhant Rao", ("Clara Löw", "Siddhant Rao")),
        # A serial comma before the last name, and the outlet after it.
        (
            "By Ann Lee, Bo Kim-Park, and Cy Roe, XYZ",
            ("Ann Lee", "Bo Kim-Park", "Cy Roe"),
        ),
        # A one-word part may be a place: not a list of names.
        ("Ann Lee, Berlin", ()),
    ],
)
def test_byline_element_of_several_unlabelled_names(byline: str, expected: tuple[str, ...]) -> None:
    body = f'<div class="byline"><div class="name">{byline}</div></div>' + BODY
    assert authors(page(body=body)) == expected


def test_author_links_of_teasers_are_not_the_authors() -> None:
    byline = '<p class="meta"><a rel="author" href="/a/tt">Tatyana Turner</a></p>'
    teasers = "".join(
        f'<div class="card"><h3>Story {n}</h3><p>{LONG}</p><a rel="author" href="/a/{n}">'
        f"{name}</a></div>"
        for n, name in enumerate(["Claire Stottlemyer", "Emma Whitford"])
    )
    assert authors(page(body=byline + BODY + teasers)) == ("Tatyana Turner",)


def test_meta_article_author_names() -> None:
    head = '<meta name="articleAuthor" content="Anadolu Ajansı">'
    assert authors(page(head)) == ("Anadolu Ajansı",)


def test_agency_that_is_the_site_is_the_last_resort() -> None:
    head = jsonld({"@type": "Person", "name": "Associated Press"})
    html = page(head, site="Associated Press")
    assert authors(html, "https://apnews.com/article/x") == ("Associated Press",)
    byline = '<div class="byline">By Ann Lee</div>'
    assert authors(page(head, byline + BODY, site="Associated Press")) == ("Ann Lee",)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Family name first, as library catalogues and some CMSs write: one person.
        ("Doe, Jane", ("Jane Doe",)),
        ("O'Neil, Mary J.", ("Mary J. O'Neil",)),
        ("Doe, Jane; Smith, John", ("Jane Doe", "John Smith")),
        # ...with the family name's particles after the given name, or an initial for it.
        ("Jong, Michiel de", ("Michiel de Jong",)),
        ("Berg, Jan van der", ("Jan van der Berg",)),
        ("Doe, J.", ("J. Doe",)),
        # Two names of two words each, or two agencies, are two authors.
        ("Jane Doe, John Smith", ("Jane Doe", "John Smith")),
        ("Reuters, AFP", ("Reuters", "AFP")),
        # Names with lower-case particles, and CJK names, are names.
        ("Ursula von der Leyen", ("Ursula von der Leyen",)),
        ("山田太郎", ("山田太郎",)),
    ],
)
def test_meta_author_values(value: str, expected: tuple[str, ...]) -> None:
    head = f'<meta name="author" content="{value}">'
    assert parse_article(page(head)).authors == expected


def test_an_author_meta_tag_for_each_writer_names_them_all() -> None:
    head = '<meta name="author" content="Doe, Jane"><meta name="author" content="John Smith">'
    assert parse_article(page(head)).authors == ("Jane Doe", "John Smith")
    # The site's own name among them is still nobody's.
    head = '<meta name="author" content="John Smith"><meta name="author" content="Daily Example">'
    assert parse_article(page(head)).authors == ("John Smith",)


def test_visible_byline_beats_a_social_handle() -> None:
    head = '<meta name="author" content="@janedoe"><meta name="twitter:creator" content="@jd">'
    body = '<p class="byline">By Jane Doe</p>' + BODY
    assert parse_article(page(head, body)).authors == ("Jane Doe",)


@pytest.mark.parametrize("name", ["related-stories", "news-slider", "carousel"])
def test_a_byline_in_a_list_of_other_stories_is_not_the_articles(name: str) -> None:
    others = (
        f'<div class="{name}"><div><h3>Other story</h3>'
        '<span class="byline">By Jane Doe</span></div></div>'
    )
    assert authors(page(body=others + BODY)) == ()
    byline = '<p class="byline">By Ann Lee</p>'
    assert authors(page(body=others + byline + BODY)) == ("Ann Lee",)


def test_a_byline_inside_a_figure_is_a_photographer() -> None:
    body = (
        '<figure><img src="a.jpg"><figcaption>The river at dawn.</figcaption>'
        '<span class="byline">Anna Lens</span></figure>' + BODY
    )
    assert parse_article(page(body=body)).authors == ()


def test_a_french_author_class_names_the_byline() -> None:
    body = f'<p class="article-auteur">Marie Laurent</p>{BODY}'
    assert authors(page(body=body)) == ("Marie Laurent",)


def personal_blog_graph(publisher_type: str) -> str:
    person = "https://www.idakranz.example/#/person/1"
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "BlogPosting",
                "headline": "Cycle lanes",
                "author": {"@id": person},
                "publisher": {"@id": person},
            },
            {"@type": publisher_type, "@id": person, "name": "Ida Kranz"},
        ],
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_the_person_a_blog_is_named_after_writes_its_posts() -> None:
    # The publisher is a person, and the site is named after her: she is no site name.
    html = page(personal_blog_graph("Person"), site="Ida Kranz")
    assert authors(html, "https://www.idakranz.example/2024/lanes/") == ("Ida Kranz",)


def test_an_organisation_named_like_a_person_is_still_the_site() -> None:
    html = page(personal_blog_graph("Organization"), site="Ida Kranz")
    assert authors(html, "https://www.idakranz.example/2024/lanes/") == ()


def test_the_weekday_of_a_date_in_the_author_box_is_nobody() -> None:
    box = '<div class="author vcard"><time>Donnerstag, 4. November 2021</time></div>'
    assert authors(page(body=box + BODY)) == ()
    box = '<div class="article-author">Ann Lee, Donnerstag, 4. November 2021</div>'
    assert authors(page(body=box + BODY)) == ("Ann Lee",)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # A reporter's role beside a name written without spaces says it is a byline...
        ('<div class="author">记者 王小明</div>', ("王小明",)),
        ('<div class="author">김철수 기자</div>', ("김철수",)),
        # ...a name alone in an author box says no more than a one-word Latin name does.
        ('<div class="author">王小明</div>', ()),
        ('<div class="author">Ivo</div>', ()),
    ],
)
def test_a_role_beside_an_unspaced_name(byline: str, expected: tuple[str, ...]) -> None:
    assert authors(page(body=byline + BODY)) == expected


@pytest.mark.parametrize(
    ("author", "url", "expected"),
    [
        # A blog on a host named after its writer: the person's JSON-LD name is hers.
        (
            {"@type": "Person", "name": "Ida Kranz"},
            "https://idakranz.blogs.example/p/lanes",
            ("Ida Kranz",),
        ),
        # Not an organisation, a one-word name, nor a name opening with an article (an outlet's):
        # those are the site's own names, which sign the post only as nobody else is named.
        (
            {"@type": "Organization", "name": "Ida Kranz"},
            "https://idakranz.blogs.example/p",
            ("Ida Kranz",),
        ),
        (
            {"@type": "Person", "name": "Idakranz"},
            "https://idakranz.blogs.example/p",
            ("Idakranz",),
        ),
        ({"@type": "Person", "name": "Der Hafen"}, "https://derhafen.example/p", ("Der Hafen",)),
        # A person named otherwise than the host is an author anyway.
        (
            {"@type": "Person", "name": "Ann Lee"},
            "https://idakranz.blogs.example/p/lanes",
            ("Ann Lee",),
        ),
    ],
)
def test_a_person_named_like_the_host(author: object, url: str, expected: tuple[str, ...]) -> None:
    assert authors(page(jsonld(author), site="Blogs Example"), url) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # A byline set in the headline element, after a line break.
        (
            "<h1><span>港口火灾已得到控制</span><br><span>编辑委员\u3000王小明</span></h1>",
            ("王小明",),
        ),
        (
            "<h1><span>Cycle lanes for the centre</span><br><span>By Ann Lee</span></h1>",
            ("Ann Lee",),
        ),
        # A kicker before the headline is no byline, nor a bare name after it.
        ("<h1><span>Ann Lee</span> <span>Cycle lanes for the centre</span></h1>", ()),
        ("<h1><span>Cycle lanes for the centre</span><br><span>Ann Lee</span></h1>", ()),
    ],
)
def test_byline_inside_the_headline(heading: str, expected: tuple[str, ...]) -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Cycle lanes</title></head>"
        f"<body><article>{heading}{BODY}</article></body></html>"
    )
    assert authors(html) == expected


def _preview(label: str, value: str) -> str:
    return (
        f'<meta name="twitter:label1" content="{label}">'
        f'<meta name="twitter:data1" content="{value}">'
    )


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # A link preview's labelled author names the writer when nothing else does.
        (_preview("Written by", "Ann Lee"), BODY, ("Ann Lee",)),
        (_preview("Verfasst von", "Jörg Doe"), BODY, ("Jörg Doe",)),
        # Another label is not an author, and a visible byline comes first.
        (_preview("Est. reading time", "4 minutes"), BODY, ()),
        (_preview("Written by", "annlee83"), '<p class="byline">By Bo Kim</p>' + BODY, ("Bo Kim",)),
    ],
)
def test_link_preview_labelled_author(head: str, body: str, expected: tuple[str, ...]) -> None:
    assert authors(page(head, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A link to the writer's page whose text is the name its address spells names the
        # writer, a user name with digits or in lower case included.
        ('<p>Posted by <a href="/author/quill77/">quill77</a></p>' + BODY, ("quill77",)),
        ('<div><a href="/forums/members/inkpot.8/">Inkpot</a></div>' + BODY, ("Inkpot",)),
        ('<div><a href="/autor/ann-lee">Ann Lee</a></div>' + BODY, ("Ann Lee",)),
        # A link text the address does not spell is not the writer's name.
        ('<p><a href="/author/quill77/">All posts</a></p>' + BODY, ()),
        # The directory of members, the reader's account and the site's own account are nobody.
        ('<div><a href="/user/memberlist">Member List</a></div>' + BODY, ()),
        ('<div><a href="/user/login">Login</a></div>' + BODY, ()),
        (
            '<p><a href="https://www.dailyexample.com/author/dailyexample/">dailyexample</a></p>'
            + BODY,
            (),
        ),
        # Menus and comment threads hold other people's links.
        ('<nav><a href="/author/quill77/">quill77</a></nav>' + BODY, ()),
        (BODY + '<div class="comments"><a href="/user/quill77">quill77</a></div>', ()),
        # A byline that names somebody comes first.
        (
            '<p class="byline">By Bo Kim</p><p><a href="/author/quill77/">quill77</a></p>' + BODY,
            ("Bo Kim",),
        ),
    ],
)
def test_author_page_link(body: str, expected: tuple[str, ...]) -> None:
    assert authors(page(body=body)) == expected


def _under_headline(line: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Cycle lanes</title>"
        '<meta property="og:site_name" content="Daily Example"></head>'
        f"<body><h1>Cycle lanes for the centre</h1><div>Essay</div><div>{line}</div>{BODY}"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The line under the headline that gives the date and one full name, nothing else,
        # names the writer, whatever its class.
        ("11.12.2019 - Ann Lee", ("Ann Lee",)),
        ("Bo Kim | 3 May 2021", ("Bo Kim",)),
        # A first name alone, more words than a name, the site, or no date: nobody.
        ("11.12.2019 - Ann", ()),
        ("11.12.2019 - Ann Lee and her students", ()),
        ("3 May 2021 - Daily Example", ()),
        ("Ann Lee", ()),
    ],
)
def test_date_and_name_line_under_the_headline(line: str, expected: tuple[str, ...]) -> None:
    assert authors(_under_headline(line)) == expected


def test_date_and_name_line_far_below_the_headline_is_not_read() -> None:
    # Once the body has begun (two long texts), a date-and-name line is another story's.
    html = _under_headline(f"<p>{LONG}</p><p>{LONG}</p><div>11.12.2019 - Ann Lee</div>")
    assert authors(html) == ()


@pytest.mark.parametrize(
    ("body", "url", "expected"),
    [
        # A blog named after its writer, signed in hCard markup with that name: the writer.
        (
            '<span class="author vcard"><a class="url fn n" href="/author/creeny/">Creeny</a>'
            f"</span>{BODY}",
            "https://creeny.blogs.example/2020/01/fog/",
            ("Creeny",),
        ),
        (
            f'<div class="byline">By Creeny</div>{BODY}',
            "https://creeny.blogs.example/2020/01/fog/",
            ("Creeny",),
        ),
        # An outlet's name is no person's name, nor is a web address: the site signs the story,
        # as written, only as nobody else is named.
        (
            f'<div class="byline">By Coast News</div>{BODY}',
            "https://coastnews.example/a/",
            ("Coast News",),
        ),
        (
            f'<div class="byline">By idakranz.example</div>{BODY}',
            "https://www.idakranz.example/2024/lanes/",
            ("idakranz.example",),
        ),
        (
            f'<div class="author-box">Ida Kranz</div>{BODY}',
            "https://www.idakranz.example/a/",
            ("Ida Kranz",),
        ),
    ],
)
def test_a_byline_signed_with_the_blogs_own_name(
    body: str, url: str, expected: tuple[str, ...]
) -> None:
    site = "Coast News" if "coastnews" in url else "Ida Kranz" if "idakranz" in url else "Creeny"
    assert authors(page(body=body, site=site), url) == expected


def _blog_with_comments(comments: str) -> str:
    return page(body=f'{BODY}<ol class="comment-list">{comments}</ol>', site="Notes from the Coast")


@pytest.mark.parametrize(
    ("comments", "expected"),
    [
        # The post names no writer; the comment its writer answered is marked as the post
        # author's, and names them.
        (
            '<li class="comment byuser comment-author-quill77 bypostauthor">'
            '<div class="comment-author vcard"><cite class="fn">quill77</cite> says:</div>'
            "<p>Thank you, glad you liked it.</p></li>",
            ("quill77",),
        ),
        (
            '<li class="comment"><p class="comment-author">Ann Reader</p><p>Nice post.</p></li>'
            '<li class="comment bypostauthor"><p class="comment-author">Hans Ehrlich</p>'
            "<p>Thanks!</p></li>",
            ("Hans Ehrlich",),
        ),
        # Readers' comments alone name nobody.
        ('<li class="comment"><p class="comment-author">Ann Reader</p><p>Nice.</p></li>', ()),
    ],
)
def test_the_post_authors_own_comment_names_the_writer(
    comments: str, expected: tuple[str, ...]
) -> None:
    assert (
        authors(_blog_with_comments(comments), "https://coastnotes.example/2020/fog/") == expected
    )


def test_a_byline_comes_before_the_post_authors_comment() -> None:
    comments = (
        '<li class="comment bypostauthor"><p class="comment-author">quill77</p><p>Thanks!</p></li>'
    )
    html = page(
        body=f'<div class="byline">By Ann Lee</div>{BODY}<ol class="comment-list">{comments}</ol>'
    )
    assert authors(html) == ("Ann Lee",)


@pytest.mark.parametrize(
    "credit", ["Peter Amende und Fuchsy designed", "Theme by Studio Nord", "Webdesign Ann Roe"]
)
def test_an_author_meta_tag_crediting_the_sites_makers_names_nobody(credit: str) -> None:
    head = f'<meta name="author" content="{credit}">'
    body = f'<p class="byline">By Harald Bauer</p>{BODY}'
    assert authors(page(head, body)) == ("Harald Bauer",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Blog Beitrag von Margarita Roe", ("Margarita Roe",)),
        ("Ein Beitrag von Anna Muster", ("Anna Muster",)),
        ("Text &amp; Fotos: Anna Muster", ("Anna Muster",)),
        ("<strong>Text und Fotos:</strong> Anna Muster", ("Anna Muster",)),
        ("作者：王小明、李大同", ("王小明", "李大同")),
    ],
)
def test_a_paragraph_opening_with_a_contribution_label_names_the_writer(
    line: str, expected: tuple[str, ...]
) -> None:
    assert authors(page(body=f"<p>{line}</p>{BODY}")) == expected


def test_a_byline_listing_chinese_names_with_the_enumeration_comma_names_each() -> None:
    body = f'<div class="author">王小明、李大同</div>{BODY}'
    assert authors(page(body=body)) == ("王小明", "李大同")


def test_an_author_meta_tag_naming_a_writers_job_still_names_the_writer() -> None:
    # "developer" is her job here, not a credit to the theme's makers ("developed by").
    head = '<meta name="author" content="Jane Doe, developer advocate">'
    assert authors(page(head)) == ("Jane Doe",)


def test_the_author_of_a_pictures_microdata_item_is_its_photographer() -> None:
    figure = (
        '<figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
        '<img src="/lanes.jpg"><figcaption>The new lane. <span itemprop="author">John Smith'
        "</span></figcaption></figure>"
    )
    html = (
        "<html><head><title>Cycle lanes</title></head><body>"
        '<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Cycle lanes</h1>'
        f'{figure}<p class="byline">By Jane Doe</p>{BODY}</article></body></html>'
    )
    assert authors(html) == ("Jane Doe",)


def test_an_author_link_in_a_caption_credits_the_photographer() -> None:
    figure = (
        '<figure><img src="/lanes.jpg"><figcaption>Photo by <a rel="author" '
        'href="/people/john-smith">John Smith</a></figcaption></figure>'
    )
    body = f'{figure}<p class="byline">By Jane Doe</p>{BODY}'
    assert authors(page(body=body)) == ("Jane Doe",)


def test_an_interviews_byline_names_both_people() -> None:
    body = f'<p class="author">Richard Roe im Gespräch mit Karin Lee</p>{BODY}'
    assert authors(page(body=body)) == ("Richard Roe", "Karin Lee")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # "Posted by" and one name right over the post's first paragraph, a date between.
        ("<span>Posted by Konstantin</span><span>21.10.2019</span>", ("Konstantin",)),
        # The same line with a menu's short texts between it and the post names nobody.
        (
            "<span>Posted by Konstantin</span><ul><li>Home</li><li>Topics</li><li>Archive</li>"
            "<li>Contact</li></ul>",
            (),
        ),
    ],
)
def test_a_one_name_posted_by_line_over_the_text(header: str, expected: tuple[str, ...]) -> None:
    assert authors(page(body=f"<div>{header}</div><div>{BODY}</div>")) == expected


def test_a_copyright_notice_does_not_complete_a_given_name() -> None:
    # The footer's owner may be someone else than the one posting: the name stays as written.
    posted = "<div><span>Posted by Konstantin</span></div>"
    html = page(body=f"{posted}<div>{BODY}</div>").replace(
        "</body>",
        "<footer><span>© Konstantin Tretyakov. All Rights Reserved.</span></footer></body>",
    )
    assert authors(html) == ("Konstantin",)
    # A byline box writing the name out completes it.
    html = html.replace("</h1>", '</h1><div class="author-name">Konstantin Tretyakov</div>', 1)
    assert authors(html) == ("Konstantin Tretyakov",)


@pytest.mark.parametrize(
    ("author", "body", "expected"),
    [
        # The site itself, as an organisation, is the author: it signs the story.
        ({"@type": "NewsMediaOrganization", "name": "Daily Example"}, BODY, ("Daily Example",)),
        # So does another organisation, where nobody else signs; a person's byline comes first.
        ({"@type": "Organization", "name": "Harbour Trust"}, BODY, ("Harbour Trust",)),
        (
            {"@type": "Organization", "name": "Harbour Trust"},
            '<p class="byline">By Ann Lee</p>' + BODY,
            ("Ann Lee",),
        ),
        # A name that goes on after a comma says more than who signs.
        ({"@type": "Organization", "name": "Harbour Trust, Leeds"}, BODY, ()),
        ({"@type": "Organization", "name": "  "}, BODY, ()),
        (
            {"@type": "Organization", "name": "Daily Example"},
            '<p class="byline">By Ann Lee</p>' + BODY,
            ("Ann Lee",),
        ),
    ],
)
def test_an_organisation_as_the_jsonld_author_signs_the_story(
    author: object, body: str, expected: tuple[str, ...]
) -> None:
    assert authors(page(jsonld(author), body)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # The site's own name, a web address or a team in the byline signs the story, as written.
        ('<span class="author">By Daily Example</span>', ("Daily Example",)),
        (
            '<span class="post-author">Autor: <a href="/">www.harbourblog.org</a></span>',
            ("www.harbourblog.org",),
        ),
        ('<p class="byline">Quelle: dailyexample.com/ab</p>', ("dailyexample.com/ab",)),
        (
            '<span class="author vcard"><a class="url fn n" href="/">Support Team</a></span>',
            ("Support Team",),
        ),
        # hCard markup says a lower-case handle is a name.
        ('<span class="author vcard"><a class="url fn n" href="/">oz</a></span>', ("oz",)),
        # A desk word alone names nobody; nor does a photo credit in a picture's box.
        ('<span class="author">Redaktion</span>', ()),
        (
            '<div class="photo"><img src="a.jpg" alt=""><span class="author">'
            "DAILYEXAMPLE.com/ANN LEE</span> The harbour at dawn.</div>",
            (),
        ),
    ],
)
def test_a_byline_signed_by_no_persons_name(byline: str, expected: tuple[str, ...]) -> None:
    assert authors(page(body=byline + BODY)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # A byline box that also holds the date and the section: the name in it signs.
        (
            '<div class="author">4. Mai 2021 von <span class="author-name">Daily Example '
            "Redaktion</span> in Rubrik: Autos</div>",
            ("Daily Example Redaktion",),
        ),
        # A byline element after the box, not in it, is not read.
        ('<div class="author">4. Mai 2021</div><span class="writer">Daily Example</span>', ()),
    ],
)
def test_the_name_inside_a_byline_box_with_a_date_signs_the_story(
    byline: str, expected: tuple[str, ...]
) -> None:
    assert authors(page(body=byline + BODY)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The first author link names the site: the site signs the story.
        (
            '<div class="dateline"><a rel="author" href="/author/pixel-garden">Pixel Garden'
            "</a> on February 23, 2016</div>" + BODY,
            ("Pixel Garden",),
        ),
        # Not in a picture's caption: that is a credit.
        (
            '<figure><img src="a.jpg" alt=""><figcaption>Photo: <a rel="author" href="/">'
            "Pixel Garden</a></figcaption></figure>" + BODY,
            (),
        ),
    ],
)
def test_an_author_link_naming_the_site_signs_the_story(
    body: str, expected: tuple[str, ...]
) -> None:
    html = page(body=body, site="Pixel Garden")
    assert authors(html, url="https://www.pixelgarden.example/news/lanes") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The only names on the page: the responsible editors sign the story.
        ('<div class="edit cf">(责编：牛镛、岳弘彬)</div>', ("牛镛", "岳弘彬")),
        ("<span>【责任编辑:张樵苏】</span>", ("张樵苏",)),
        ("<span><a>【纠错】</a></span>\n责任编辑： \n焦鹏 \n", ("焦鹏",)),
    ],
)
def test_a_responsible_editor_line_signs_a_story_nobody_else_signs(
    line: str, expected: tuple[str, ...]
) -> None:
    assert authors(chinese_page(f"{BODY}{line}")) == expected


def test_a_responsible_editor_line_gives_way_to_the_writer() -> None:
    body = f'<div class="author">记者 王小明</div>{BODY}<div>(责编：牛镛)</div>'
    assert authors(chinese_page(body)) == ("王小明",)


def test_a_responsible_editor_line_is_read_only_on_a_page_titled_in_cjk() -> None:
    assert authors(page(body=f"{BODY}<div>(责编：牛镛)</div>")) == ()


def chinese_page(body: str) -> str:
    return page(body=body).replace(
        "<title>Cycle lanes</title>", "<title>港口火灾已得到控制</title>"
    )


@pytest.mark.parametrize(
    ("footer", "url", "expected"),
    [
        # A personal site's notice: the holder's name run together is the host name.
        (
            "<p>Copyright (c) 2012- Ann Lee. All rights reserved. Design by Studio.</p>",
            "https://annlee.example/blog/lanes",
            ("Ann Lee",),
        ),
        (
            "<p>© 2019–2023 Ann Lee | Impressum</p>",
            "https://www.annlee.example/lanes",
            ("Ann Lee",),
        ),
        # A person's notice on a site named otherwise, or a company's, names nobody.
        ("<p>© 2021 Ann Lee</p>", "https://www.dailyexample.com/news/lanes", ()),
        ("<p>© 2021 WNYC Studios</p>", "https://www.wnycstudios.example/lanes", ()),
    ],
)
def test_a_personal_sites_copyright_holder_signs_a_story_nobody_else_signs(
    footer: str, url: str, expected: tuple[str, ...]
) -> None:
    html = page(body=BODY, site="Notes").replace(
        "</article>", f"</article><footer>{footer}</footer>"
    )
    assert authors(html, url) == expected


def test_a_copyright_holder_gives_way_to_the_byline() -> None:
    body = '<p class="byline">By Bo Kim</p>' + BODY
    html = page(body=body, site="Notes").replace(
        "</article>", "</article><footer><p>© 2021 Ann Lee</p></footer>"
    )
    assert authors(html, "https://annlee.example/lanes") == ("Bo Kim",)
