"""Picture captions and credits read from HTML."""

from __future__ import annotations

import pytest

from newsparse._html import parse_html
from newsparse._html.page.tree import load_page
from newsparse.model import Caption

BODY = (
    "<p>Hujan deras sejak Senin malam membuat sungai meluap dan merendam ratusan rumah warga di "
    "tiga kelurahan, kata petugas.</p>"
)


def captions(
    figures: str, url: str | None = "https://news.example/a/story.html"
) -> tuple[Caption, ...]:
    html = f"<html><body><article>{BODY}{figures}{BODY.replace('Senin', 'Selasa')}</article></body></html>"
    return parse_html(html, url=url).captions


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (
            '<figure><img src="/img/a.jpg"><figcaption>Warga mengungsi. (ANTARA/Ahmad Subaidi)'
            "</figcaption></figure>",
            Caption(
                text="Warga mengungsi.",
                credit="ANTARA/Ahmad Subaidi",
                image_url="https://news.example/img/a.jpg",
            ),
        ),
        (
            '<figure><img data-src="b.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>'
            "Banjir di Semarang. Foto: Budi Santoso</figcaption></figure>",
            Caption(
                text="Banjir di Semarang.",
                credit="Budi Santoso",
                image_url="https://news.example/a/b.jpg",
            ),
        ),
        (
            '<figure><img src="https://cdn.example/c.jpg"><figcaption><span class="caption-text">'
            'Rescuers at work.</span> <span class="credit">Photo: Jane Roe/Reuters</span>'
            "</figcaption></figure>",
            Caption(
                text="Rescuers at work.",
                credit="Jane Roe/Reuters",
                image_url="https://cdn.example/c.jpg",
            ),
        ),
        (
            '<figure><img src="d.jpg"><figcaption>Jalan tergenang air [ist]</figcaption></figure>',
            Caption(
                text="Jalan tergenang air", credit="ist", image_url="https://news.example/a/d.jpg"
            ),
        ),
        (
            '<figure><img src="e.jpg"><figcaption>Floodwater in the square.</figcaption>'
            '<small class="copyright">© Getty Images</small></figure>',
            Caption(
                text="Floodwater in the square.",
                credit="Getty Images",
                image_url="https://news.example/a/e.jpg",
            ),
        ),
        (
            '<div class="image"><img src="f.jpg"><p class="image-caption">A dry riverbed.</p></div>',
            Caption(text="A dry riverbed.", credit=None, image_url="https://news.example/a/f.jpg"),
        ),
    ],
)
def test_caption_forms(figure: str, expected: Caption) -> None:
    assert captions(figure) == (expected,)


def test_teaser_figures_in_related_lists_are_skipped() -> None:
    figure = (
        '<div class="related-posts"><figure><img src="r.jpg"><figcaption>Another story'
        "</figcaption></figure></div>"
    )
    assert captions(figure) == ()


def test_relative_source_without_url_stays_relative() -> None:
    figure = '<figure><img src="/g.jpg"><figcaption>Dry fields.</figcaption></figure>'
    assert captions(figure, url=None) == (Caption(text="Dry fields.", image_url="/g.jpg"),)


def test_same_caption_twice_is_kept_once() -> None:
    figure = '<figure><img src="h.jpg"><figcaption>Dry fields.</figcaption></figure>'
    assert len(captions(figure * 2)) == 1


def test_image_widget_without_caption_markup() -> None:
    figure = (
        '<div class="image-widget"><picture><img src="w.jpg"></picture>'
        "<p>Reader Nicole Bresler at the book fair. <span>Fouzia van der Fort</span></p></div>"
    )
    assert [c.text for c in captions(figure)] == [
        "Reader Nicole Bresler at the book fair. Fouzia van der Fort"
    ]


def test_credit_element_inside_caption_element() -> None:
    figure = (
        '<figure><img src="r.jpg"><figcaption class="image__caption">'
        '<span class="image__caption__desc">José Rizal, a national hero.</span>'
        '<span class="image__caption__credit">Foto: picture alliance / prisma</span>'
        "</figcaption></figure>"
    )
    assert captions(figure) == (
        Caption(
            text="José Rizal, a national hero.",
            credit="picture alliance / prisma",
            image_url="https://news.example/a/r.jpg",
        ),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Von Christian Unger, Redakteur 09.09.2025, 09:58 Uhr",
        "16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten",
        "44 Bilder",
        "01:43 min",
        "Feuerwehrleute sollen später in Pension | aktuell 02:57 Min. Verfügbar bis 06.05.2024",
        "Audio Biden-Regierung im Dilemma abspielen. Laufzeit 8 Minuten 15 Sekunden.",
        "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.",
        "Bitte aktivieren Sie Javascript.",
    ],
)
def test_bylines_and_counters_are_not_captions(text: str) -> None:
    figure = f'<figure><img src="a.jpg"><figcaption>{text}</figcaption></figure>'
    assert captions(figure) == ()


def test_picture_aside_is_not_furniture() -> None:
    figure = (
        '<aside class="image wide"><img src="t.jpg"><p class="caption">Tanner Fischer leads a '
        "rally of workers.</p></aside>"
    )
    assert [c.text for c in captions(figure)] == ["Tanner Fischer leads a rally of workers."]


def test_figcaption_outside_a_figure() -> None:
    figure = (
        '<picture><img src="k.jpg"></picture><figcaption><span>Kawasaki wird es 2025 nicht mehr '
        "geben, Foto: LAT Images</span></figcaption>"
    )
    assert [(c.text, c.credit) for c in captions(figure)] == [
        ("Kawasaki wird es 2025 nicht mehr geben", "LAT Images")
    ]


def test_a_name_alone_under_a_picture_is_no_caption() -> None:
    figure = '<div><img src="p.jpg"><figcaption>Alex Kirsch</figcaption></div>'
    assert captions(figure) == ()


def test_caption_in_a_script_without_spaces() -> None:
    figure = (
        '<div class="wrap"><div class="image"><img src="j.jpg"></div>'
        '<p class="caption">移送のため警視庁を出る容疑者＝13日、東京・霞ケ関で</p></div>'
    )
    assert [c.text for c in captions(figure)] == [
        "移送のため警視庁を出る容疑者＝13日、東京・霞ケ関で"
    ]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Shapes the shared split_credit leaves alone, read by the HTML-side trailing label rule.
        (
            "Friedrich Merz Foto: REUTERS/Nadja Wohlleben",
            ("Friedrich Merz", "REUTERS/Nadja Wohlleben"),
        ),
        ("Rejoice Ndlovu. Isithombe: Sithunyelwe", ("Rejoice Ndlovu.", "Sithunyelwe")),
        (
            "Ein Protestzug füllt die Avenue de la Liberté Foto: Editpress/Fabrizio Pizzolante",
            ("Ein Protestzug füllt die Avenue de la Liberté", "Editpress/Fabrizio Pizzolante"),
        ),
    ],
)
def test_trailing_credit_label_after_a_word(caption: str, expected: tuple[str, str]) -> None:
    figure = f'<figure><img src="t.jpg"><figcaption>{caption}</figcaption></figure>'
    assert [(c.text, c.credit) for c in captions(figure)] == [expected]


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        # A <cite> closing the caption.
        (
            '<figure><img src="a.jpg"><figcaption><p>Trump stayed for an hour. <cite>AP</cite>'
            "</p></figcaption></figure>",
            ("Trump stayed for an hour.", "AP"),
        ),
        # Two spans with hashed class names: text, then an outlet/person credit.
        (
            '<figure><img src="a.jpg"><figcaption><span class="x1">Viel Ruhe hilft, wieder zu '
            'Kräften zu kommen.</span><span class="x2">Unsplash/Kelly Sikkema</span></figcaption>'
            "</figure>",
            ("Viel Ruhe hilft, wieder zu Kräften zu kommen.", "Unsplash/Kelly Sikkema"),
        ),
        # The picture's "author" inside the caption is its photographer.
        (
            '<figure><img src="a.jpg"><figcaption><span class="fc--text">El policía detenido '
            'junto a su familia</span> <span class="fc--author">Pella News</span></figcaption>'
            "</figure>",
            ("El policía detenido junto a su familia", "Pella News"),
        ),
        # A bracketed name set apart after a whole sentence.
        (
            '<figure><img src="a.jpg"><figcaption><span>Báez intenta marcharse de un defensor.'
            "</span> <span>(Edu Luque)</span></figcaption></figure>",
            ("Báez intenta marcharse de un defensor.", "Edu Luque"),
        ),
        # A <footer> in the figure, outside the caption.
        (
            '<figure><img src="a.jpg"><figcaption>Nach der Demo in Hamburg.</figcaption>'
            "<footer>Imago/Blaulicht-News.de</footer></figure>",
            ("Nach der Demo in Hamburg.", "Imago/Blaulicht-News.de"),
        ),
        # A short labelled text of its own in the figure.
        (
            '<figure><img src="a.jpg"><div><span>Foto: Renata Matějková, Seznam Zprávy</span>'
            "</div><figcaption>Premiér v demisi Petr Fiala.</figcaption></figure>",
            ("Premiér v demisi Petr Fiala.", "Renata Matějková, Seznam Zprávy"),
        ),
        # A source named only by a data attribute.
        (
            '<figure><img src="a.jpg"><figcaption><span>Demonstration im September 2022.</span> '
            '<span data-flag="main-image-source">Uncredited/AP/dpa</span></figcaption></figure>',
            ("Demonstration im September 2022.", "Uncredited/AP/dpa"),
        ),
        # A credit element wins over a gloss in brackets, which stays in the text.
        (
            '<figure><img src="a.jpg"><figcaption>Sinken die Zinsen? (Symbolfoto) '
            '<span class="credit">© Getty Images/iStockphoto | filmfoto</span></figcaption></figure>',
            ("Sinken die Zinsen? (Symbolfoto)", "Getty Images/iStockphoto | filmfoto"),
        ),
    ],
)
def test_credit_markup(figure: str, expected: tuple[str, str]) -> None:
    assert [(c.text, c.credit) for c in captions(figure)] == [expected]


def test_a_name_in_bold_closing_a_caption_stays_in_the_text() -> None:
    figure = (
        '<figure><img src="a.jpg"><figcaption>Die neue Bürgermeisterin der Stadt, '
        "<strong>Anna Muster</strong></figcaption></figure>"
    )
    assert [(c.text, c.credit) for c in captions(figure)] == [
        ("Die neue Bürgermeisterin der Stadt, Anna Muster", None)
    ]


def test_credit_elements_stay_out_of_the_body() -> None:
    html = (
        f"<html><body><article>{BODY}<figure><img src='a.jpg'><figcaption><span>Ein Hund im "
        "Park.</span><span>Anna Muster/dpa</span></figcaption></figure></article></body></html>"
    )
    article = parse_html(html, url="https://news.example/a/story.html")
    assert article.captions[0].credit == "Anna Muster/dpa"
    assert not any("Anna Muster" in p or "Hund" in p for p in article.paragraphs)


def test_figure_inside_a_picture_viewer_button() -> None:
    # A lightbox opener wraps the whole figure in a <button>; other buttons are still dropped.
    figure = (
        '<button type="button" aria-label="Open image viewer"><figure><img src="/img/v.jpg">'
        "<figcaption>Petugas memeriksa tanggul yang jebol. Foto: Rina Sari</figcaption></figure>"
        "</button><button>Bagikan</button>"
    )
    assert captions(figure) == (
        Caption(
            text="Petugas memeriksa tanggul yang jebol.",
            credit="Rina Sari",
            image_url="https://news.example/img/v.jpg",
        ),
    )
    html = f"<html><body><article>{BODY}{figure}</article></body></html>"
    assert "Bagikan" not in " ".join(parse_html(html).paragraphs)


def test_only_the_body_s_picture_viewer_buttons_become_boxes() -> None:
    # The <head> is kept apart as it was parsed: a button there is left alone.
    viewer = "<button><figure><img src='a.jpg'></figure></button>"
    page = load_page(f"<html><head><title>t</title>{viewer}</head><body>{viewer}</body></html>")
    assert page.head is not None
    assert [el.tag for el in page.head.iter("button", "div")] == ["button"]
    assert [el.tag for el in page.root.iter("button", "div")] == ["div"]


def test_only_the_body_s_noscript_text_is_noted() -> None:
    # A <noscript> in the <head> (a tracking picture, a notice) is not what the page shows a
    # reader without scripts; the same text in the body is.
    notice = (
        "<noscript><p>"
        + "Turn on scripts to read the harbour budget story. " * 5
        + "</p></noscript>"
    )
    in_head = load_page(f"<html><head>{notice}</head><body><p>x</p></body></html>")
    in_body = load_page(f"<html><head></head><body><p>x</p>{notice}</body></html>")
    assert (in_head.noscript_text, in_body.noscript_text) == (False, True)
    kept = load_page(f"<html><head>{notice}</head><body>{notice}</body></html>", noscript=True)
    assert kept.head is not None
    assert [el.tag for el in kept.head.iter("noscript", "div")] == ["noscript"]
    assert [el.tag for el in kept.root.iter("noscript", "div")] == ["div"]


def test_teaser_picture_without_a_link_is_the_lead_picture() -> None:
    # "teaser" names the lead picture here: nothing links to another story.
    widget = (
        '<div class="article__picture article__picture--teaser"><picture>'
        '<img src="lead.jpg"></picture><p>Der Trainer will noch viele Punkte sammeln. '
        "<span>IMAGO/Nico Herbertz</span></p></div>"
    )
    assert captions(widget) == (
        Caption(
            text="Der Trainer will noch viele Punkte sammeln.",
            credit="IMAGO/Nico Herbertz",
            image_url="https://news.example/a/lead.jpg",
        ),
    )
    teaser = widget.replace("<picture>", '<a href="/other-story.html"><picture>').replace(
        "</picture>", "</picture></a>"
    )
    assert captions(teaser) == ()


def test_carousel_caption_behind_a_read_more_button() -> None:
    # The caption sits in an expander whose class reads like a "read more" link list, and opens
    # with the slide counter.
    slide = (
        '<div class="CarouselSlide"><div class="CarouselSlide-media"><img src="s.jpg"></div>'
        '<div class="CarouselSlide-info"><div class="ReadMore">'
        '<div class="CarouselSlide-info-content"><span class="CarouselSlide-infoDescription">'
        "<p>2 of 12 | A supporter cheers at a campaign event, Friday, Aug. 30, 2024, in "
        "Johnstown, Pa. (AP Photo/Alex Brandon)</p></span></div>"
        "<button>Read More</button></div></div></div>"
    )
    assert captions(slide) == (
        Caption(
            text="A supporter cheers at a campaign event, Friday, Aug. 30, 2024, in Johnstown, Pa.",
            credit="AP Photo/Alex Brandon",
            image_url="https://news.example/a/s.jpg",
        ),
    )


def test_read_more_list_of_links_stays_furniture() -> None:
    listing = (
        '<div class="read-more"><a href="/b.html"><img src="b.jpg"></a>'
        '<span class="caption">Another story about the floods in the north</span></div>'
    )
    assert captions(listing) == ()
