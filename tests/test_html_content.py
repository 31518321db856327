"""Main text of HTML pages: layout families and the furniture that must stay out."""

from __future__ import annotations

from newsparse import parse_article
from newsparse._html import parse_html
from tests.conftest import FIXTURES

P1 = "Hujan deras sejak Senin malam membuat sungai meluap dan merendam ratusan rumah warga."
P2 = "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke balai kelurahan."
P3 = "Hingga Selasa siang air mulai surut, tetapi warga diminta tetap waspada malam ini."
P4 = "Warga yang mengungsi mendapat makanan, selimut dan obat-obatan dari para relawan."


def fixture(name: str) -> str:
    return (FIXTURES / "html" / name).read_text(encoding="utf-8")


def test_semantic_article_with_furniture() -> None:
    article = parse_html(fixture("jsonld_graph.html"))
    assert article.paragraphs == (
        "JAKARTA - Harga beras di pasar induk naik untuk pekan ketiga berturut-turut, kata para "
        "pedagang pada Selasa pagi.",
        "Kenaikan terjadi pada beras medium maupun premium, dengan selisih hingga seribu rupiah "
        "per kilogram dibanding bulan lalu.",
        "Pasokan dari daerah berkurang",
        "Menurut para pedagang, pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur "
        "berkurang karena panen yang mundur.",
        "Beras medium naik menjadi Rp13.500 per kilogram.",
        "Beras premium naik menjadi Rp15.000 per kilogram.",
        "Kami berharap pemerintah segera menggelar operasi pasar agar harga kembali normal.",
    )


def test_sidebar_and_comments_stay_out() -> None:
    article = parse_html(fixture("meta_only.html"))
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("The city council voted")
    text = article.text
    assert "Great news" not in text
    assert "completely different story" not in text


def test_div_soup_with_line_breaks() -> None:
    article = parse_article(fixture("div_soup.html"))
    assert article.paragraphs == (
        "SEMARANG - Hujan deras sejak Senin malam membuat sungai meluap dan merendam ratusan "
        "rumah warga di tiga kelurahan.",
        "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke balai kelurahan yang "
        "lebih tinggi.",
        "Hingga Selasa siang, air mulai surut, tetapi warga diminta tetap waspada karena hujan "
        "diperkirakan turun lagi.",
    )
    assert article.dateline == "SEMARANG"


def test_table_layout() -> None:
    article = parse_html(fixture("table_layout.html"))
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("The village library reopened on Saturday")
    assert "Archive" not in article.text


def test_newsletter_cookie_and_read_more_inserts() -> None:
    html = f"""<html><body>
    <div class="cookie-banner"><p>We use cookies to improve your experience on this website, accept?</p></div>
    <main><div class="story-body">
    <p>{P1}</p>
    <p><a href="/x">Read more: Another story about rain that is not this one at all</a></p>
    <p>{P2}</p>
    <div class="newsletter-signup"><p>Sign up to our newsletter to get the news every morning in your inbox.</p></div>
    <p>{P3}</p>
    </div></main>
    <aside><p>Trending now: an entirely unrelated story about a celebrity wedding abroad.</p></aside>
    </body></html>"""
    assert parse_html(html).paragraphs == (P1, P2, P3)


def test_heading_list_and_quote_in_order() -> None:
    html = f"""<html><body><article>
    <p>{P1}</p><h2>Evacuation</h2><ul><li>Two schools were opened.</li><li>One mosque was opened.</li></ul>
    <blockquote><p>{P2}</p></blockquote><p>{P3}</p>
    </article></body></html>"""
    assert parse_html(html).paragraphs == (
        P1,
        "Evacuation",
        "Two schools were opened.",
        "One mosque was opened.",
        P2,
        P3,
    )


def test_captions_never_leak_into_paragraphs() -> None:
    html = f"""<html><body><article>
    <p>{P1}</p>
    <figure><img src="a.jpg"><figcaption>Warga mengungsi ke balai desa. (ANTARA/Ahmad)</figcaption></figure>
    <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Air sungai meluap.</p></div>
    <p>{P2}</p>
    </article></body></html>"""
    article = parse_html(html)
    assert article.paragraphs == (P1, P2)
    assert [c.text for c in article.captions] == [
        "Warga mengungsi ke balai desa.",
        "Air sungai meluap.",
    ]


def test_script_rendered_page_falls_back_to_jsonld_body() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Port reopens", "articleBody": "The port reopened on Monday after the storm.\\n\\nShips
    queued for hours to enter the harbour, officials said."}</script></head>
    <body><div id="app">Loading</div></body></html>"""
    assert parse_html(html).paragraphs == (
        "The port reopened on Monday after the storm.",
        "Ships queued for hours to enter the harbour, officials said.",
    )


def test_page_in_another_script() -> None:
    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "東京都は月曜日、新しい自転車専用道路の建設を承認したと発表しました。",
            "最初の区間は川沿いで、来年一月に工事が始まる予定です、と担当者は述べました。",
        )
    )
    html = f"<html><body><div class='nav'><a href='/'>ホーム</a></div><div class='content'>{body}</div></body></html>"
    article = parse_html(html)
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("東京都は")


def test_lead_above_the_body_container_is_kept() -> None:
    html = (
        "<html><body><main><article><header><h1>Schnee auf dem Dach</h1></header>"
        f'<div class="intro"><p>{P1} Die Experten raten zur Vorsicht.</p></div>'
        f'<div class="columns"><div class="text"><p>{P2}</p><p>{P3}</p><p>{P4}</p>'
        "</div></div></article></main>"
        "<aside><p>Lesen Sie auch: eine ganz andere Geschichte mit vielen Worten darin.</p></aside>"
        "</body></html>"
    )
    paragraphs = parse_html(html).paragraphs
    assert paragraphs[0] == f"{P1} Die Experten raten zur Vorsicht."
    assert paragraphs[1:] == (P2, P3, P4)


def test_lead_in_the_article_header_is_kept_the_rest_of_the_header_is_not() -> None:
    html = (
        "<html><body><article><header><div class='kicker'>Wetter</div><h1>Schnee</h1>"
        f'<p class="article-intro">{P1} Die Experten raten zur Vorsicht.</p>'
        '<div class="share-tools">Teilen auf Facebook und auf vielen anderen Kanälen</div>'
        '<div class="intro-body hidden">Jetzt registrieren und alle Artikel unbegrenzt lesen!</div>'
        f"</header><div class='text'><p>{P2}</p><p>{P3}</p><p>{P4}</p></div>"
        "</article></body></html>"
    )
    paragraphs = parse_html(html).paragraphs
    assert paragraphs == (f"{P1} Die Experten raten zur Vorsicht.", P2, P3, P4)


def test_furniture_inside_a_kept_wrapper_is_still_removed() -> None:
    # The wrapper's class names a sidebar, but it holds the article, so it stays; the share box
    # inside it, and the menu nested in the navigation, go.
    html = (
        '<html><body><nav><ul class="menu"><li><a href="/">Beranda</a></li></ul></nav>'
        f'<div class="sidebar-grid"><article><p>{P1}</p>'
        '<div class="share-bar"><p>Anna Muster dan Tom Contoh sudah membaca berita ini.</p></div>'
        f"<p>{P2}</p><p>{P3}</p></article></div></body></html>"
    )
    assert parse_html(html).paragraphs == (P1, P2, P3)


def test_post_of_line_breaks_in_a_widget_box_beats_a_paragraph_in_the_header() -> None:
    # Blog templates put the post in a "widget" box as <br>-separated text, while the blog's
    # description above is a real <p>: the post is still the article, not furniture.
    first = "Mein letzter Eintrag ist schon ein halbes Jahr her, und es ist viel passiert seitdem."
    second = "Wir sind umgezogen, der Garten ist neu angelegt, und die Katze hat sich eingelebt."
    third = "Ab jetzt soll hier wieder jede Woche etwas Neues stehen, versprochen ist versprochen."
    description = (
        "Ein Blog über das Leben auf dem Land, über Gärten, Katzen und alles, was sonst noch "
        "so geschieht, wenn man aus der Stadt wegzieht und neu anfängt. Geschrieben seit 2009, "
        "mit Pausen, aber immer aus Freude am Erzählen, am Beobachten und am Aufschreiben."
    )
    page = (
        '<html><body><div id="header"><div class="descriptionwrapper">'
        f'<p class="description">{description}</p></div></div>'
        '<div class="widget Blog"><div class="post hentry"><h3>Wieder da</h3>'
        f'<div class="post-body">{first}<br><br>{second}<br><br>{third}</div></div></div>'
        "</body></html>"
    )
    article = parse_html(page)
    assert article.paragraphs == (first, second, third)


def test_line_broken_text_of_a_modal_dialog_is_not_taken_for_the_post() -> None:
    # A consent dialog's policy text is <br>-separated too; being in an aria-modal box, it is
    # neither protected from furniture removal nor read as the article.
    policy = "Sie haben das Recht, der Weitergabe Ihrer Daten jederzeit zu widersprechen. " * 6
    page = (
        '<html><body><div id="consent-box" aria-modal="true">'
        f"<div>{policy}<br><br>{policy}</div></div>"
        f'<div class="story"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
        "</body></html>"
    )
    article = parse_html(page)
    assert article.paragraphs == (P1, P2, P3)


def test_body_split_into_sections_of_one_template_is_read_whole() -> None:
    # Page-builder rows (vc_row) each hold a part of the text, deep inside its own wrappers;
    # a row holding only a picture sits between them.
    article = parse_html(fixture("split_sections.html"))
    assert [p[:30] for p in article.paragraphs] == [
        "Remote support with smart glas",
        "In body shops the glasses cut ",
        "Several car makers now train t",
        "As the examples show, remote s",
    ]
    assert "Imprint" not in article.text


def test_unclassed_lead_in_header_and_non_paywall_section() -> None:
    article = parse_html(fixture("header_lead.html"))
    assert article.paragraphs == (
        "A heavy blanket of snow on the roof puts a load on solar panels that many owners "
        "underestimate, and experts warn of cracked glass.",
        "The weight of wet snow can reach several hundred kilograms per square metre, far more "
        "than the frames of older installations were designed to carry over a long winter.",
        "Owners should not climb onto the roof themselves but call a roofer, who can clear the "
        "panels with soft tools that leave the coating intact.",
    )


def test_classed_lead_outside_any_article_element() -> None:
    article = parse_html(fixture("lead_outside_article.html"))
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("Le ministre de la Culture a dû s'expliquer")
    assert article.paragraphs[1].startswith("Pendant plus de deux heures")
    assert "Recevez" not in article.text


def test_inline_markup_adds_no_space_before_punctuation() -> None:
    page = (
        "<html><body><article><p>In Northern <b>Ireland</b>, call your <a href='/gp'>GP</a>. "
        "Nach <i>NDR</i>-Recherchen ist die Lage ernst, sagte die Sprecherin am Montag.</p>"
        "</article></body></html>"
    )
    assert parse_html(page).paragraphs == (
        "In Northern Ireland, call your GP. Nach NDR-Recherchen ist die Lage ernst, sagte die "
        "Sprecherin am Montag.",
    )


def test_teaser_card_wrapped_in_a_link_is_not_the_body() -> None:
    teaser = (
        "<li><a href='/other'><div class='card'>Eine ganz andere Geschichte über die Wohnungsnot "
        "in der Stadt, mit vielen Kommas, Zahlen, Namen, Orten und Zitaten, die lang genug ist, "
        "um eine Zeile zu füllen, und noch länger, viel länger, mit Kommas, Kommas, Kommas, "
        "Kommas, Kommas und noch mehr Kommas, bis sie jede kurze Vorschau übertrifft.</div></a></li>"
    )
    page = (
        "<html><body><main><section class='row non-paywall'><div class='preview'>"
        "<p>Gesine aus Tübingen läuft die Zeit davon: Sie sucht seit Wochen ein Zimmer.</p>"
        "<p>Die 18-Jährige hat sich an der Uni Freiburg für ein Jurastudium eingeschrieben.</p>"
        f"</div></section><ul class='cards'>{teaser * 3}</ul></main></body></html>"
    )
    assert parse_html(page).paragraphs == (
        "Gesine aus Tübingen läuft die Zeit davon: Sie sucht seit Wochen ein Zimmer.",
        "Die 18-Jährige hat sich an der Uni Freiburg für ein Jurastudium eingeschrieben.",
    )


def test_heading_over_links_date_stamps_and_closing_headings_stay_out() -> None:
    article = parse_html(fixture("tail_furniture.html"))
    assert article.paragraphs == (
        "Nach drei Jahren Bauzeit können Radfahrer und Fußgänger den Fluss wieder trockenen "
        "Fußes überqueren, früher als geplant.",
        "Am Samstagmorgen hat die Bürgermeisterin das Band durchschnitten, und die ersten "
        "Radfahrer rollten unter dem Beifall von rund zweihundert Zuschauern über die Brücke.",
        "Die Stahlkonstruktion ersetzt einen Holzsteg aus den Fünfzigerjahren, der nach einem "
        "Hochwasser gesperrt werden musste und seither nur noch Tauben trug.",
        "Die Kosten",
        "Gekostet hat das Bauwerk knapp vier Millionen Euro, von denen das Land den größten Teil "
        "übernommen hat, wie die Stadt am Freitag mitteilte.",
    )


def test_heading_over_a_single_link_is_kept() -> None:
    page = (
        "<html><body><article><div class='text'>"
        f"<p>{P1}</p><p>{P2}</p><h3>Weiterführender Link</h3>"
        "<p><a href='/x'>Dokumentasi lengkap di situs pemerintah kota</a></p>"
        f"<p>{P3}</p></div></article></body></html>"
    )
    assert parse_html(page).paragraphs == (P1, P2, "Weiterführender Link", P3)


def test_boxes_inside_the_article_body_stay_out() -> None:
    # An author box, a fact box with a sign-up pitch, an affiliate disclaimer and a consent
    # blocker standing in for an embedded map all sit inside the article's own container.
    page = (
        "<html><body><article><div class='article-text'>"
        f"<p>{P1}</p>"
        "<div class='cbx-Author'><p>Redakteur in der Wirtschaft, schreibt über Energie.</p></div>"
        "<div class='factbox'><p>Never miss the latest news by signing up to our newsletter.</p>"
        "</div>"
        f"<p>{P2}</p>"
        "<p class='aawp-disclaimer'>Bei den Verlinkungen handelt es sich um Affiliate Links.</p>"
        "<div class='_brlbs-content-blocker'><p>Klicken Sie auf den Button, um die Karte zu "
        "laden.</p></div>"
        f"<p>{P3}</p></div></article></body></html>"
    )
    assert parse_html(page).paragraphs == (P1, P2, P3)


def test_comment_thread_larger_than_the_article_is_dropped() -> None:
    # A French blog's comments are a "forum" list holding far more text than the post; the
    # post, found outside it, is the article.
    comment = (
        "Je ne suis pas d'accord avec cette lecture des faits, qui oublie les années de crise "
        "et le rôle des syndicats dans la négociation, comme je l'ai déjà écrit ici. "
    )
    page = (
        "<html><body><div id='contenu'><div class='texte'>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>"
        "<div class='divforum'><ul class='forum'>"
        + "".join(f"<li class='forum-fil'><p>{comment * 2}</p></li>" for _ in range(6))
        + "</ul></div></body></html>"
    )
    assert parse_html(page).paragraphs == (P1, P2, P3)


def test_text_in_a_deep_accordion_panel_is_read_with_the_text_around_it() -> None:
    # The best-scored block sits seven levels below the column holding the rest of the article
    # (a Bootstrap accordion): the column, which holds most of the prose, is read whole.
    intro = [f"{p} Dazu kamen weitere Einzelheiten aus dem Bericht der Behörden." for p in (P1, P2)]
    answers = [
        f"Antwort {n}: Die Lage hat sich in den vergangenen Jahren nicht verbessert, weil die "
        "Reformen immer wieder aufgeschoben wurden und das Vertrauen fehlt."
        for n in range(1, 5)
    ]
    panel = "".join(f"<p>{a}</p>" for a in answers)
    page = (
        "<html><body><div class='col-news'>"
        + "".join(f"<div class='media'><p>{p}</p></div>" for p in intro)
        + "<div class='panel-group'><div class='panel'><div class='panel-collapse collapse'>"
        "<div class='panel-body'><div class='row'><div class='col'>"
        f"<div class='media'>{panel}</div>"
        "</div></div></div></div></div></div></div></body></html>"
    )
    assert parse_html(page).paragraphs == (*intro, *answers)


def test_source_line_wraps_are_spaces_and_pre_keeps_its_lines() -> None:
    wrapped = P1.replace(" sungai ", "\n   sungai\n")
    page = (
        "<html><body><article><h1>Banjir di kota</h1>"
        f"<p>{wrapped}</p><p>{P2}</p><pre>baris satu\nbaris dua</pre><p>{P3}</p>"
        "</article></body></html>"
    )
    article = parse_html(page)
    assert article.paragraphs[0] == P1
    assert "baris satu\nbaris dua" in article.paragraphs
    code = parse_html(page.replace("baris satu\nbaris dua", "\nif x:\n    y()\nz()\n"))
    assert "if x:\n    y()\nz()" in code.paragraphs
    assert all("\n" not in p for p in article.paragraphs if not p.startswith("baris"))


def test_subheadings_are_their_own_paragraphs() -> None:
    page = (
        "<html><body><article><h1>Banjir di kota</h1>"
        f"<p>{P1}</p><h2>Warga mengungsi</h2><p>{P2}</p><h3>Air surut</h3><p>{P3}</p>"
        "</article></body></html>"
    )
    assert parse_html(page).paragraphs == (P1, "Warga mengungsi", P2, "Air surut", P3)


def _teasers(count: int) -> str:
    return "".join(
        f'<article class="teaser"><h2><a href="/news/{i}">Headline number {i} about the town'
        f"</a></h2><p>A short teaser for story {i} that says a little more and invites a click."
        "</p></article>"
        for i in range(count)
    )


def test_a_list_of_teasers_is_not_an_article() -> None:
    page = (
        '<html><head><title>City News</title><meta property="og:type" content="website">'
        f"</head><body><main>{_teasers(30)}</main></body></html>"
    )
    article = parse_article(page, url="https://citynews.example/")
    assert article.title == "City News"
    assert article.paragraphs == ()
    assert len(article.warnings) == 1
    assert "list of 29 teasers" in article.warnings[0]


def test_an_article_with_a_few_teasers_is_read() -> None:
    page = (
        "<html><head><title>Banjir di kota</title></head><body><article><h1>Banjir di kota</h1>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article><aside>{_teasers(4)}</aside></body></html>"
    )
    article = parse_article(page)
    assert article.paragraphs == (P1, P2, P3)
    assert article.warnings == ()


# -- recall rules: text that looked like furniture or links but is the article's -----------------

LONG1 = (
    "The council approved the new harbour budget on Tuesday after a debate that lasted most of "
    "the afternoon and ran well past the planned end of the session."
)
LONG2 = (
    "Members of the opposition said the plan left too little for repairs to the old sea wall, "
    "which was damaged in two winter storms earlier this year."
)
LONG3 = (
    "The mayor answered that the repairs would be paid from a separate fund that the regional "
    "government had promised to top up before the end of the year."
)


def _page(body: str) -> str:
    return f"<html><head><title>Harbour budget</title></head><body>{body}</body></html>"


def test_sentence_with_links_in_it_is_kept() -> None:
    # Mostly links, but a sentence of the text: it opens with words of its own and ends as a
    # sentence does. A teaser line (a label and a link) around it still goes.
    page = _page(
        f"<article><p>{LONG1}</p>"
        '<p>Why did the <a href="/a">council change its mind about the</a> '
        '<a href="/b">budget for the harbour</a>?</p>'
        f'<p>Read more: <a href="/c">Storm damage on the coast road</a></p><p>{LONG2}</p>'
        '<p><a href="/p1">Harbour master Ann Lee of the port authority</a> told '
        '<a href="/p2">the regional council finance committee</a> that the wall would not last '
        "another winter.</p>"
        '<p><a href="/d">Storm damage on the coast road</a> <a href="/e">Ferry fares</a></p>'
        f"<p>{LONG3}</p></article>"
    )
    paragraphs = parse_html(page).paragraphs
    assert paragraphs == (
        LONG1,
        "Why did the council change its mind about the budget for the harbour?",
        LONG2,
        "Harbour master Ann Lee of the port authority told the regional council finance "
        "committee that the wall would not last another winter.",
        LONG3,
    )


def test_label_before_links_is_not_a_sentence() -> None:
    page = _page(
        f"<article><p>{LONG1}</p>"
        '<p>Tip: are you an expert? Test it with <a href="/q">fifteen questions on the harbour, '
        "its ships, its storms and the history of its old sea wall</a>.</p>"
        f"<p>{LONG2}</p><p>{LONG3}</p></article>"
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, LONG3)


def test_sentence_going_on_after_its_link_is_kept() -> None:
    # Most of the sentence is one link, but it goes on in lower case after the link: the
    # article's text. A teaser that ends with its link, and a source line after a linked title,
    # still go.
    kept = (
        'Harbour <a href="/a">master Ann Lee told the finance committee that the old sea wall '
        "would not last</a> another winter."
    )
    page = _page(
        f"<article><p>{LONG1}</p><p>{kept}</p><p>{LONG2}</p>"
        '<p><a href="/b">Storm damage on the coast road closes the ferry to the islands</a>.</p>'
        '<p><a href="/c">"Sea walls of the northern harbours, a survey of their state"</a>. '
        "Coast Office. 2019.</p>"
        f"<p>{LONG3}</p></article>"
    )
    assert parse_html(page).paragraphs == (
        LONG1,
        "Harbour master Ann Lee told the finance committee that the old sea wall would not last "
        "another winter.",
        LONG2,
        LONG3,
    )


def test_list_of_references_is_not_the_body() -> None:
    # A paper's abstract over a long numbered list of references, each with commas enough to
    # outscore it: the list is named as references, so the abstract is the text.
    reference = (
        "<li class='c-article-references__item'><p>Lee A, Berg T, Okafor N, et al. Sea walls, "
        "storms and repairs: a review. J Coast Eng. 2019;12(3):101-9.</p></li>"
    )
    page = _page(
        f"<article><section class='abstract'><p>{LONG1}</p><p>{LONG2}</p></section>"
        f"<section><h2>References</h2><ol class='c-article-references'>{reference * 40}</ol>"
        "</section></article>"
    )
    paragraphs = parse_html(page).paragraphs
    assert paragraphs[:2] == (LONG1, LONG2)
    assert not any("J Coast Eng" in paragraph for paragraph in paragraphs)


def test_body_split_over_boxes_of_one_template() -> None:
    # Each run of paragraphs sits in its own box named like a widget; the box named as a list
    # of related stories is still furniture.
    page = _page(
        '<div class="story-widgets">'
        f'<div class="story-widget story-widget-text"><p>{LONG1}</p></div>'
        '<div class="story-widget story-widget-related">'
        '<a href="/x">Harbour crane collapses</a></div>'
        f'<div class="story-widget story-widget-text"><p>{LONG2}</p><p>{LONG3}</p>'
        f"<p>{LONG1.replace('Tuesday', 'Monday')}</p></div>"
        "</div>"
    )
    paragraphs = parse_html(page).paragraphs
    assert paragraphs[0] == LONG1
    assert LONG2 in paragraphs
    assert "Harbour crane collapses" not in "\n".join(paragraphs)


def test_subheading_with_a_furniture_class_is_kept() -> None:
    page = _page(
        f"<article><p>{LONG1}</p>"
        '<h2 class="widget-title">What the opposition says</h2><div class="ad-slot"></div>'
        f'<p>{LONG2}</p><h3 id="nav_repairs">Who pays for repairs</h3><p>{LONG3}</p>'
        '<h2 class="widget-title">Most read</h2><ul><li><a href="/m">Other story</a></li></ul>'
        "</article>"
    )
    assert parse_html(page).paragraphs == (
        LONG1,
        "What the opposition says",
        LONG2,
        "Who pays for repairs",
        LONG3,
    )


def test_page_state_class_is_not_a_comment_thread() -> None:
    # "comments-enabled" on a wrapper says the page has comments; the wrapper is not a thread,
    # so the article inside it is still found, and a real thread beside it still goes.
    page = _page(
        '<div class="page comments-enabled"><div class="story-widgets">'
        f'<div class="story-widget story-widget-text"><p>{LONG1}</p></div>'
        f'<div class="story-widget story-widget-text"><p>{LONG2}</p><p>{LONG3}</p></div>'
        '</div><div class="comments"><p>Great article, I fully agree with every point made '
        "here about the harbour and the council.</p></div></div>"
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, LONG3)


def test_hidden_class_box_goes_unless_shown_on_wide_screens() -> None:
    # class="hidden" holds a copy for machines (structured data) until a script shows it;
    # "hidden md:block" is hidden only on small screens, and its text is the page's.
    page = _page(
        f"<article><p>{LONG1}</p>"
        '<span class="hidden"><span itemprop="url">https://example.com/pictures/harbour-wall'
        '-2024.jpg</span> <span itemprop="width">2560</span></span>'
        f'<div class="hidden md:block"><p>{LONG2}</p></div><p>{LONG3}</p></article>'
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, LONG3)


def test_written_out_address_is_text_not_a_link() -> None:
    # A link whose text is its own address (or an e-mail address) is text the reader copies; a
    # linked headline is still a link.
    page = _page(
        f"<article><p>{LONG1}</p>"
        '<p>Plans: <a href="https://example.org/harbour-plan">https://example.org/harbour-plan'
        "</a></p>"
        f'<p>{LONG2}</p><p><a href="/x">Storm closes the coast road for a week</a></p>'
        '<p>Contact: <a href="mailto:press@example.org">press@example.org</a></p>'
        f"<p>{LONG3}</p></article>"
    )
    assert parse_html(page).paragraphs == (
        LONG1,
        "Plans: https://example.org/harbour-plan",
        LONG2,
        "Contact: press@example.org",
        LONG3,
    )


def test_gallery_without_text_reads_its_captions_as_the_body() -> None:
    figures = "".join(
        f'<figure><img src="/p{i}.jpg"><figcaption>{text}</figcaption></figure>'
        for i, text in enumerate(
            (
                "Fishing boats wait at the northern quay as the storm passes over the harbour.",
                "Workers inspect the damaged sea wall on Tuesday morning after the high tide.",
            )
        )
    )
    article = parse_html(_page(f'<div class="gallery">{figures}</div>'))
    assert article.paragraphs == tuple(c.text for c in article.captions)
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("Fishing boats wait")


def test_words_of_a_sentence_stay_whatever_their_class() -> None:
    # The end of a sentence wrapped in an inline <span class="paywall"> is the paragraph's text;
    # a paywall box of its own is still furniture.
    page = _page(
        f"<article><p>{LONG1}</p><p>The opposition said the plan "
        '<span class="paywall">left too little for the old sea wall.</span></p>'
        f'<p>{LONG2}</p><div class="paywall"><p>Subscribe now to read every story about the '
        f"harbour, the council and the city for one euro a month.</p></div><p>{LONG3}</p>"
        "</article>"
    )
    assert parse_html(page).paragraphs == (
        LONG1,
        "The opposition said the plan left too little for the old sea wall.",
        LONG2,
        LONG3,
    )


def test_class_stating_a_setting_is_not_furniture() -> None:
    # "share-enabled" says the box has share buttons switched on; it is no share bar.
    short = "The work on the northern quay is to start in the spring, the harbour office said."
    page = _page(
        f'<article><div class="story-part"><p>{LONG1}</p><p>{LONG3}</p></div>'
        f'<div class="story-rest share-enabled"><p>{LONG2}</p><p>{short}</p></div>'
        '<div class="share"><a href="/s">Share on social media</a></div></article>'
    )
    assert parse_html(page).paragraphs == (LONG1, LONG3, LONG2, short)


def test_subheading_that_is_a_jump_target_is_kept() -> None:
    # A table of contents jumps to each subheading through a named <a> with no address: the
    # heading's text is not a link. A named <a> outside a heading (a script's button) is.
    page = _page(
        '<article><ul class="toc"><li><a href="#s1">Sea wall</a></li>'
        '<li><a href="#s2">Harbour budget</a></li></ul>'
        f'<h3><a name="s1">The old sea wall gives way</a></h3><p>{LONG1}</p>'
        f'<h3><a name="s2"><strong>What the repairs will cost</strong></a></h3><p>{LONG2}</p>'
        f'<p>{LONG3}</p><div class="actions"><a name="10">Sign the petition</a></div></article>'
    )
    assert parse_html(page).paragraphs == (
        "The old sea wall gives way",
        LONG1,
        "What the repairs will cost",
        LONG2,
        LONG3,
    )


def test_subheading_with_a_furniture_class_over_a_short_sentence_is_kept() -> None:
    # Under the subheading: a picture box, then a sentence shorter than a paragraph of prose but
    # closed by its full stop. A heading over a short label ("Share") is still furniture.
    short = "Two districts near the river were cleared overnight."
    page = _page(
        f"<article><p>{LONG1}</p>"
        '<h2 class="widget-title">Streets under water</h2>'
        '<div class="widget-image"><img src="/a.jpg" alt=""></div><span></span>'
        f"<p>{short}</p><p>{LONG2}</p>"
        '<h2 class="widget-title">Share this story</h2><p>Share</p>'
        f"<p>{LONG3}</p></article>"
    )
    paragraphs = parse_html(page).paragraphs
    assert paragraphs[:4] == (LONG1, "Streets under water", short, LONG2)
    assert "Share this story" not in paragraphs


def test_classed_lead_in_a_hero_straight_under_body_is_kept() -> None:
    # The hero and the layout holding the article share only <body>; a summary elsewhere in
    # the page (after the body) is not a lead.
    page = _page(
        '<div class="hero"><h1>Harbour budget</h1>'
        f'<p class="summary">{LONG1}</p></div>'
        '<div class="layout"><div class="column"><article><div class="content">'
        f"<p>{LONG2}</p><p>{LONG3}</p></div></article></div></div>"
        '<div class="more"><p class="summary">A summary of another story about the port that '
        "sits below the article.</p></div>"
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, LONG3)


def test_unclassed_lead_set_as_a_div_in_the_header_is_kept() -> None:
    # A standfirst set as a bare <div> of text (inline markup only) in the article's header is
    # the lead, as a <p> there is; the share box beside it still goes with the header.
    lead = (
        "Storms, a tight budget and an old sea wall: the harbour plan the council passed this "
        "week leaves <em>everyone</em> a little unhappy."
    )
    page = _page(
        f"<article><header><h1>Harbour budget</h1><div>{lead}</div>"
        '<div class="share-tools"><a href="/s">Share on the social network of your choice</a>'
        f"</div></header><p>{LONG1}</p><p>{LONG2}</p><p>{LONG3}</p></article>"
    )
    assert parse_html(page).paragraphs == (
        lead.replace("<em>", "").replace("</em>", ""),
        LONG1,
        LONG2,
        LONG3,
    )


def test_a_share_bar_opening_the_text_stays_out() -> None:
    # Share widgets rendered as plain text (no class names say so) leave their words in a line.
    html = (
        "<html><head><title>Banjir</title></head><body><article><h1>Banjir</h1>"
        "<div><span>分享到：</span><a href='#'>微信</a> <a href='#'>微博</a></div>"
        f"<p>{P1}</p><p>{P2}</p><div>Share on Facebook</div><p>{P3}</p></article></body></html>"
    )
    assert parse_html(html).paragraphs == (P1, P2, P3)


def test_a_pull_quote_repeating_the_text_is_read_once() -> None:
    # A sentence lifted out of a paragraph and set apart in large type is a repeat: the
    # paragraph keeps it, the quote box goes. A short line found inside another ("Yes.") stays.
    quote = "the plan left too little for repairs to the old sea wall"
    page = _page(
        f'<article><p>{LONG1}</p><div class="pull-quote"><p>{quote.capitalize()}</p></div>'
        f"<p>{LONG2}</p><p>Yes.</p><p>{LONG3} Yes.</p></article>"
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, "Yes.", f"{LONG3} Yes.")


def test_text_only_a_noscript_holds_is_read_when_the_page_gives_none() -> None:
    # A script writes the post from a template; the <noscript> beside it holds the same post
    # for readers without scripts. With nothing else to read, that is the body.
    post = f"<p>{LONG1}</p><p>{LONG2}</p><br>{LONG3}"
    page = _page(
        '<div class="blog"><h2>Harbour budget</h2><div class="post-body">'
        f'<script type="text/template">{post}</script><noscript>{post}</noscript></div></div>'
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, LONG3)


def test_a_noscript_is_not_read_when_the_page_has_text() -> None:
    # The page's own text is the article; a long "turn on scripts" notice is not added to it.
    notice = (
        "Please turn on JavaScript in your browser to read the comments, see the photo gallery "
        "and take part in the reader survey about the harbour and the budget of the city."
    )
    page = _page(
        f"<article><p>{LONG1}</p><p>{LONG2}</p><noscript><p>{notice}</p></noscript></article>"
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2)


def test_a_short_noscript_is_not_read() -> None:
    # A line under 200 characters in a <noscript> ("JavaScript is off") is no article.
    page = _page(
        '<div id="app"></div><noscript><p>You need to enable JavaScript to run this app, '
        "which shows the harbour budget.</p></noscript>"
    )
    assert parse_html(page).paragraphs == ()


def test_article_in_div_boxes_named_as_furniture_is_read_when_nothing_else_is() -> None:
    # The article is set in <div> boxes (no <p>) inside a box whose class names a widget; the
    # page's only <p> text is its copyright notice. The first reading drops the widget and keeps
    # nothing; the second keeps a box holding most of the page's prose, whatever its markup.
    sentences = (
        LONG1,
        LONG2,
        LONG3,
        "Work on the northern quay is to start in the spring, and the harbour office expects it "
        "to take about eighteen months if the weather allows.",
        "Fishermen asked for a second slipway at the old market, which the plan leaves for a "
        "later budget, and said they would raise it again in the autumn.",
        "The ferry company welcomed the plan, saying the deeper berth would let its new boat "
        "call at the town all year round instead of only in summer.",
        "Shop owners on the quay fear that the works will keep visitors away for two seasons, "
        "and want the council to pay for signs that point the way in.",
        "A council spokesman said the works would be done in stages, so that at least one side "
        "of the harbour stays open to boats and visitors at all times.",
        "The regional government is expected to confirm its share of the money at its meeting "
        "in March, after the budget committee has looked at the figures.",
        "Residents can see the plans at the town hall until the end of the month and send their "
        "comments by post or by e-mail to the harbour office.",
    )
    notice = (
        "Copyright 2013 The Example Courier. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed in any form without permission. "
    )
    story = "".join(f"<div>{text}</div>" for text in sentences)
    page = _page(
        f'<div class="widget story"><h1>Harbour budget</h1>{story}</div>'
        f'<div class="legal"><p>{notice * 2}</p></div>'
    )
    assert parse_html(page).paragraphs == sentences


def test_a_prose_box_named_as_furniture_stays_out_when_the_page_has_text() -> None:
    # The second reading is only for a page whose first gave nothing: beside an article, a
    # widget holding more prose than it is still furniture.
    widget = "".join(
        f"<div>{text} This is what another reader wrote about the harbour.</div>"
        for text in (LONG1, LONG2, LONG3)
    )
    page = _page(
        f"<article><p>{LONG1}</p><p>{LONG2}</p></article>"
        f'<div class="widget reader-voices">{widget}</div>'
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2)


def test_newsletter_and_channel_invitations_closing_the_body_stay_out() -> None:
    # The publisher's invitations after the text go, and so does a label they left closing it;
    # a sentence of the text that names a newsletter, before the end, stays.
    named = (
        "The harbour office said its weekly newsletter had carried the plans for months, but few "
        "residents had written back before the meeting."
    )
    page = _page(
        f"<article><p>{LONG1}</p><p>{named}</p><p>{LONG2}</p>"
        "<p>For more about the harbour, watch this video:</p>"
        "<p>Sign up for the Example Courier's morning newsletter to get the day's news first.</p>"
        "<p>Folgst du schon dem Example-Kurier auf WhatsApp? Abonniere jetzt unseren Kanal.</p>"
        "</article>"
    )
    assert parse_html(page).paragraphs == (LONG1, named, LONG2)


def test_a_closing_sentence_naming_a_messaging_app_is_kept() -> None:
    # Only an invitation (a channel, joining, following) goes: the app named in the text does not.
    closing = "The harbour office said it would answer questions from residents on WhatsApp."
    long_closing = (
        "The harbour master said the works would go on through the winter, and that the "
        "regional government would decide in March whether to pay for the second stage of the "
        "sea wall, which the town council has asked for since the storms; residents can read "
        "the plans in the newsletter the office sends every week to everyone who asked for it."
    )
    page = _page(f"<article><p>{LONG1}</p><p>{LONG2}</p><p>{closing}</p></article>")
    assert parse_html(page).paragraphs == (LONG1, LONG2, closing)
    page = _page(f"<article><p>{LONG1}</p><p>{LONG2}</p><p>{long_closing}</p></article>")
    assert parse_html(page).paragraphs == (LONG1, LONG2, long_closing)


def test_teasers_after_the_text_has_begun_stay_out_a_teaser_named_lead_stays() -> None:
    # A box named for a teaser before the text is the article's own lead; inside the text or
    # after it, it shows another story (a heading link and its summary); around the text, it
    # wraps the article.
    lead = "The harbour wall will be rebuilt next year, the council decided after a long debate."
    other = (
        "Ferry fares rise again in spring, and the operator says the new boats are to blame for "
        "most of the increase."
    )
    teaser = (
        f'<div class="teaser"><h3><a href="/ferry">Ferry fares rise</a></h3>'
        f'<p class="teaser-text">{other}</p></div>'
    )
    page = _page(
        f'<article class="story-teaser-wrap"><div class="article-teaser"><p>{lead}</p></div>'
        f'<div class="text"><p>{LONG1}</p>{teaser}<p>{LONG2}</p><p>{LONG3}</p></div>'
        f'<div class="teaser-list">{teaser}</div></article>'
    )
    assert parse_html(page).paragraphs == (lead, LONG1, LONG2, LONG3)


def test_paragraphs_named_teaser_beside_the_first_one_are_the_text() -> None:
    # A page that names its opening paragraphs for the preview: beside the text's first
    # paragraph, a paragraph is the text's, whatever its class.
    page = _page(
        f'<article><div class="body"><p class="teaser">{LONG1}</p><p class="teaser">{LONG2}</p>'
        f"<p>{LONG3}</p></div></article>"
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, LONG3)


def test_post_marked_as_the_article_body_beats_a_sidebar_of_paragraphs() -> None:
    # Blog templates set the post in <div> lines (no <p>) inside a "widget Blog" box, and mark
    # it itemprop="description articleBody"; the sidebar's about-box is real <p> text. The
    # marked post is the article: its widget box is not furniture, and the sidebar is not read.
    lines = (
        "Every few weeks someone asks me whether a map could use a third axis for cost.",
        "I prefer not to add one, because the map already compresses a lot into two axes.",
        "A third axis turns a picture people can argue over into a chart nobody reads twice.",
        "So the answer stays the same: draw a second map instead, and compare the two maps.",
        "Two maps side by side show the change in a way that a single crowded one never can.",
        "People then argue about the movement between them, which is the point of the work.",
    )
    about = (
        "I am not on the advisory board of any startup, and the four I founded have all been sold.",
        "I do public speaking for the forum I research for, and I teach mapping to public bodies.",
        "My writing here is shared under a Creative Commons licence and earns me no money.",
    )
    post = "".join(f"<div><span>{line}</span></div><div><br></div>" for line in lines)
    page = (
        "<html><head><title>Why not a third axis</title></head><body>"
        '<div class="columns"><div class="column-center"><div class="widget Blog" id="Blog1">'
        '<div class="post hentry"><h3>Why not a third axis</h3>'
        f'<div class="post-body entry-content" itemprop="description articleBody">{post}</div>'
        '</div></div></div><div class="column-right"><div class="widget Text" id="Text1">'
        "<h2>Declaration</h2>" + "".join(f"<p>{line}</p>" for line in about) + "</div></div>"
        "</div></body></html>"
    )
    assert parse_html(page).paragraphs == lines


def test_hidden_copy_marked_as_the_article_body_is_not_kept() -> None:
    # A copy of the text kept for search engines, hidden and marked as the body, is furniture
    # all the same: the text is read once, from the visible article.
    copy = f"{LONG1} {LONG2} {LONG3} {LONG1} {LONG2}"
    page = _page(
        f'<div style="display: none" itemprop="articleBody">{copy}</div>'
        f'<div class="story"><p>{LONG1}</p><p>{LONG2}</p><p>{LONG3}</p></div>'
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, LONG3)


def test_a_line_reading_as_a_short_headline_further_down_stays() -> None:
    # The headline over the text goes; the same words further down, in an address block, are
    # the text's own (the whole body dropped every line equal to the headline).
    html = (
        "<html><head><title>Harbour Cafe</title></head><body><article><h1>Harbour Cafe</h1>"
        f"<p>Harbour Cafe</p><p>{P1}</p><p>{P2}</p><p>Harbour Cafe</p><p>12 Quay Street</p>"
        "</article></body></html>"
    )
    article = parse_html(html)
    assert article.title == "Harbour Cafe"
    assert article.paragraphs == (P1, P2, "Harbour Cafe", "12 Quay Street")


def test_a_picture_credit_on_a_line_of_its_own_stays_out() -> None:
    # What a picture left beside the text when it was taken out: a credit with a picture's
    # label, a credit word alone, an agency among the parts of a bar, a short text named for a
    # credit. A line of two parts with no credit in them, and a short sentence, stay.
    source = "Old quay / new quay"
    sentence = "Photo: the mayor did not want one."
    page = _page(
        f"<article><p>{LONG1}</p><p>Photo: AFP</p><p>REUTERS</p>"
        "<div>Jane Doe | Moment | Getty Images</div>"
        '<div class="image-credit">Harbour Office</div>'
        f"<p>{LONG2}</p><p>{source}</p><p>{sentence}</p><p>{LONG3}</p></article>"
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, source, sentence, LONG3)


LONG4 = (
    "The harbour master said that the works would go on through the winter and into the spring, "
    "and that the quay would stay open to fishing boats on every day of the week while the old "
    "stones of the north wall were taken down and set again."
)


def test_a_box_of_a_picture_and_its_caption_stays_out() -> None:
    # No <figure>: a box holds the picture on one side and a short text on the other, which is
    # the picture's caption. A picture inside a paragraph, a list beside a picture, and a box
    # whose text is longer than a caption's are the article's.
    inline = f'<img src="/sea-wall.jpg" alt=""> {LONG3}'
    steps = "<ul><li>Repair the north wall.</li><li>Raise the quay.</li></ul>"
    page = _page(
        f"<article><p>{LONG1}</p>"
        '<div><div><img src="/harbour.jpg" alt=""></div>'
        "<p>The harbour at low tide on Monday</p></div>"
        f"<p>{LONG2}</p><p>{inline}</p>"
        f'<div><img src="/plan.png" alt="">{steps}</div>'
        f'<div><span><img src="/map.png" alt=""></span><p>{LONG4}</p></div>'
        "</article>"
    )
    assert parse_html(page).paragraphs == (
        LONG1,
        LONG2,
        LONG3,
        "Repair the north wall.",
        "Raise the quay.",
        LONG4,
    )


def test_a_live_posts_time_and_author_stay_out() -> None:
    # Each post of a live blog opens with its time and its author or a mark beside it; the
    # posts' text stays, and so does a sentence with a <time> in it.
    dated = 'The vote is set for <time datetime="2024-05-02">2 May</time>.'
    page = _page(
        "<article><div><div><time>21:00</time><b>Jane Doe</b></div>"
        f"<p>{LONG1}</p></div>"
        "<div><div><time>20:42</time> <mark>KEY EVENT</mark></div>"
        f"<p>{LONG2}</p><p>{dated}</p></div></article>"
    )
    assert parse_html(page).paragraphs == (LONG1, LONG2, "The vote is set for 2 May.")


def test_a_gallery_of_pictures_and_their_captions_is_read() -> None:
    # With nothing but boxes of a picture and its caption, the captions are the text.
    first = "The harbour at low tide on Monday morning"
    second = "Fishing boats waiting for the tide to turn"
    page = _page(
        f'<article><div><div><img src="/a.jpg" alt=""></div><p>{first}</p></div>'
        f'<div><div><img src="/b.jpg" alt=""></div><p>{second}</p></div></article>'
    )
    assert parse_html(page).paragraphs == (first, second)


def test_a_page_with_no_article_text_says_so_in_a_warning() -> None:
    # A podcast's or a video's page: its metadata is read, and the empty body is told, not silent.
    page = (
        "<html><head><title>Episode 4: the harbour at dawn</title>"
        '<meta property="og:title" content="Episode 4: the harbour at dawn">'
        '<meta property="article:published_time" content="2024-05-02T08:00:00+00:00">'
        '</head><body><nav><a href="/">Home</a></nav><div id="player"></div></body></html>'
    )
    article = parse_article(page)
    assert article.title == "Episode 4: the harbour at dawn"
    assert article.paragraphs == ()
    assert any(w.startswith("found no article text on the page") for w in article.warnings)
    # A page with text has no such warning.
    page = page.replace(
        '<div id="player"></div>',
        "<article><p>The harbour reopened on Tuesday after a storm closed it for three days, "
        "and the first ferries left at dawn.</p></article>",
    )
    article = parse_article(page)
    assert article.paragraphs
    assert not any("found no article text" in w for w in article.warnings)


_STORY = (
    "The harbour authority opened the new ferry terminal on Monday after three years of work.",
    "Commuters from the islands will save almost twenty minutes on each crossing, it said.",
    "The old pier, built in 1931, will be turned into a fishing platform next spring.",
    "Local traders welcomed the change but asked for more parking near the ticket hall.",
)
_NOTICE = (
    "Use of this site constitutes acceptance of our user agreement and our privacy policy.",
    "The material on this site may not be reproduced without prior written permission.",
    "Community rules apply to all content you upload or otherwise submit to this site.",
)


def test_a_legal_notice_in_the_footer_is_never_the_articles_holder() -> None:
    # The footer's box holds more paragraph text (3 notices) than either box of the story (2
    # paragraphs each): it must not be kept as the article's, nor read with it.
    story = "".join(
        f'<div class="part">{"".join(f"<p>{p}</p>" for p in half)}</div>'
        for half in (_STORY[:2], _STORY[2:])
    )
    notice = "".join(f"<p>{p}</p>" for p in _NOTICE)
    page = (
        "<html><body><div id='main'><div class='story'><h1>Ferry terminal opens</h1>"
        f"{story}</div><aside><footer><div id='legal'>{notice}</div></footer></aside>"
        "</div></body></html>"
    )
    assert parse_html(page).paragraphs == _STORY


# Fourteen short paragraphs of Chinese (each under the 80 characters that make a block prose).
_SHORT_CJK = (
    "市政府周一宣布，新的地铁线路将于明年年底前全面通车。这是本市第五条地铁线路。",
    "这条线路全长三十二公里，共设二十个车站，连接城东和机场。其中八个车站可以换乘。",
    "官员表示，通车后从市中心到机场只需要二十五分钟。目前乘坐巴士需要一个多小时。",
    "工程自三年前开工，期间曾因地下水问题暂停施工半年。施工方随后修改了设计方案。",
    "部分沿线居民担心施工噪音，市政府承诺夜间停止作业。居民也可以拨打热线投诉。",
    "交通部门预计，新线路每天可以运送大约四十万名乘客。高峰时段每三分钟一班车。",
    "票价将按照里程计算，起步价为三元，最高不超过十元。学生和老人可以享受半价。",
    "市民可以通过手机应用程序提前查询各站的首末班车时间。车站内也会张贴时刻表。",
    "新线路的列车采用无人驾驶技术，每列车有六节车厢。车厢内设有无障碍座位。",
    "市政府还计划在机场站附近建设一个大型停车场。停车场预计可容纳两千辆汽车。",
    "专家认为，新线路将缓解城东地区的交通拥堵问题。但高峰时段仍可能较为拥挤。",
    "开通初期，列车的运营时间为早上六点到晚上十一点。节假日将适当延长运营时间。",
    "沿线的商家对新线路充满期待，希望能吸引更多顾客。一些商家已经开始装修店面。",
    "市政府表示，下一条地铁线路的规划工作也已经启动。具体方案将在明年公布。",
)
_BROWSER_NOTICE = (
    "为了获得最佳的浏览效果，请使用最新版本的浏览器并启用样式表功能。虽然你可以使用目前的浏览器浏览本网站，"
    "但是你将无法获得最佳的视觉体验。请考虑升级你的浏览器软件并启用样式表。"
)


def test_a_notice_outside_a_body_of_short_paragraphs_stays_out() -> None:
    # The notice (86 characters) is the page's only block long enough to count as prose; the
    # body's short paragraphs hold over 500 characters, four times its length and more, so it
    # does not draw the body up to the page around it.
    paragraphs = "".join(f"<p>{p}</p>" for p in _SHORT_CJK)
    page = (
        "<html><body><div id='page'><div class='story'><div class='bodytext'>"
        f"{paragraphs}</div></div><div id='site-foot'><p>{_BROWSER_NOTICE}</p></div>"
        "</div></body></html>"
    )
    assert parse_html(page).paragraphs == _SHORT_CJK


def _story_with(box: str) -> str:
    """The four-paragraph story in an ``<article>``, ``box`` between its second and third paragraph."""
    return (
        "<html><body><article><h1>Ferry terminal opens</h1>"
        f"<p>{_STORY[0]}</p><p>{_STORY[1]}</p>{box}"
        f"<p>{_STORY[2]}</p><p>{_STORY[3]}</p></article></body></html>"
    )


def test_the_choices_of_a_poll_in_the_body_stay_out() -> None:
    # A poll's choices are <label>s of radio buttons: a form's, not the article's text.
    choices = ("Yes, every day.", "Only at weekends.", "Never, I drive.")
    poll = "".join(f"<label><input type='radio' name='q'>{c}</label>" for c in choices)
    assert parse_html(_story_with(f"<div class='poll'>{poll}</div>")).paragraphs == _STORY


def test_a_sign_up_form_in_the_body_stays_out() -> None:
    # The form's two lines are full sentences, but a short form is the page's box, not the text.
    form = (
        "<form><p>Get our award-winning daily email with the stories that matter to the islands.</p>"
        "<input type='email' name='email'><button>Sign up</button>"
        "<p>I would like to be emailed about offers and events. Read our privacy notice.</p></form>"
    )
    assert parse_html(_story_with(form)).paragraphs == _STORY


def test_a_page_set_in_one_form_is_read() -> None:
    # Some frameworks wrap the whole page in a <form>: one holding the article is read.
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    page = (
        "<html><body><form action='/page'><h1>Ferry terminal opens</h1>"
        f"<div class='story'>{paragraphs}</div></form></body></html>"
    )
    assert parse_html(page).paragraphs == _STORY


_BLURBS = (
    "A village school that closed in the spring reopens as a library and a café for walkers.",
    "Storms last winter cost the coastal towns more than any year since records began there.",
    "The island's only doctor retires after forty years, and the council still seeks a successor.",
)


def _story_beside_boxes(box_class: str) -> str:
    """The story's paragraphs (class ``text``) in one column, the blurbs (``box_class``) in the next."""
    story = "".join(f"<p class='text'>{p}</p>" for p in _STORY)
    boxes = "".join(f"<div class='box'><p class='{box_class}'>{b}</p></div>" for b in _BLURBS)
    return (
        "<html><body><div id='page'><div class='main'><div class='story'>"
        f"{story}</div></div><div class='aside-col'>{boxes}</div></div></body></html>"
    )


def test_prose_of_another_shape_beside_the_story_does_not_draw_the_body_up() -> None:
    # The blurbs are prose too (three long sentences, no links), almost as long as the story,
    # and the page's box holds both; but they are paragraphs of another class, in boxes of
    # their own: teasers beside the article, not more of it.
    assert parse_html(_story_beside_boxes("summary")).paragraphs == _STORY


def test_paragraphs_of_the_story_s_shape_in_the_next_column_are_read() -> None:
    # The same page with the boxes' paragraphs made like the story's: a body split in two.
    assert parse_html(_story_beside_boxes("text")).paragraphs == _STORY + _BLURBS


def test_a_message_marked_as_an_alert_stays_out() -> None:
    # role="alert" marks a status or error message (here a sign-in form's, shown by a script);
    # a full sentence, but the page's, not the story's.
    alert = (
        "<div role='alert'><p>No account exists for this e-mail address, or the password you "
        "entered is wrong.</p></div>"
    )
    assert parse_html(_story_with(alert)).paragraphs == _STORY
