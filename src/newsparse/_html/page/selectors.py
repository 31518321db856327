"""Tables the HTML parser applies: tag sets, class and id patterns, meta names, as data.

Nothing here runs any logic; :mod:`newsparse._html.page.tree`, :mod:`~newsparse._html.meta.metadata`,
:mod:`~newsparse._html.body.furniture`, :mod:`~newsparse._html.body.scoring`,
:mod:`~newsparse._html.body.content` and :mod:`~newsparse._html.body.figures` read these tables.
"""

from __future__ import annotations

import re

from newsparse._html.page.folded import FoldedPattern, by_first_letter
from newsparse._normalize.phrases import (
    AUTHOR_LABELS,
    AUTHOR_LINK_PREFIXES,
    AUTHOR_LINK_SUFFIXES,
    BYLINE_WORDS,
    FIRST_PUBLISHED_LABELS,
    PUBLISHED_LABELS,
    UPDATE_LABELS,
    phrase_alternation,
)

__all__ = [
    "ARTICLE_HEAD_ATTR",
    "BLOCK_TAGS",
    "BOILERPLATE_ATTR",
    "BYLINE_ATTR",
    "BYLINE_PREFIX",
    "BYLINE_START",
    "CAPTION_ATTR",
    "CAPTION_CREDIT_ATTR",
    "CAPTION_LABEL",
    "COMMENT_HEADER",
    "CREDIT_ATTR",
    "CREDIT_TAGS",
    "DATE_ATTR",
    "DROP_TAGS",
    "FIGURE_FURNITURE_ATTR",
    "FIRST_PUBLISHED_LABEL",
    "HEADING_TAGS",
    "HIDDEN_CLASS",
    "IMAGE_ATTR",
    "JSONLD_ARTICLE_TYPES",
    "LEAD_ATTR",
    "LISTING_ATTR",
    "META_AUTHOR",
    "META_DESCRIPTION",
    "META_KEYWORDS",
    "META_MODIFIED",
    "META_PUBLISHED",
    "META_SECTION",
    "META_SITE_NAME",
    "META_TITLE",
    "META_WEAK_PUBLISHED",
    "NAME_MARKUP",
    "NEGATIVE_ATTR",
    "NOT_AN_AUTHOR",
    "NOT_A_CAPTION",
    "NOT_A_SECTION_PATH",
    "NOT_BYLINE_ATTR",
    "NOT_IMAGE_WIDGET_ATTR",
    "NOT_PUBLISHED_ATTR",
    "PLAYER_OR_PROMPT",
    "POSITIVE_ATTR",
    "PUBLISHED_LABEL",
    "SITE_HEADER_ATTR",
    "SITE_SUFFIX",
    "SLIDE_COUNTER",
    "STRUCTURAL_DROP_TAGS",
    "TEASER_WIDGET_ATTR",
    "THREAD_ATTR",
    "TITLE_DANGLING",
    "TITLE_SEPARATORS",
    "TITLE_SEPARATOR_END",
    "TODAY_ATTR",
    "UPDATE_LABEL",
    "UPDATE_LABEL_END",
]

#: Elements whose content is never article text; removed before anything else is looked at.
DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "input",
        "button",
        "select",
        "textarea",
        "option",
        "dialog",
        "head",
    }
)

#: Page furniture removed when it does not hold most of the page's text.
STRUCTURAL_DROP_TAGS = frozenset({"nav", "footer", "aside", "menu"})

#: Elements that start a paragraph of their own when the body is read out.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "footer",
        "figure",
        "figcaption",
        "center",
        "address",
        "hr",
        "form",
        "fieldset",
        "details",
        "summary",
        "body",
        "html",
    }
)

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Class and id fragments of page furniture (matched against "class id" of an element).
NEGATIVE_ATTR = FoldedPattern(
    # A fragment negated in the name is not furniture: "non-paywall", "no-sidebar". The
    # separator is matched before the look back at the negation, so that most positions fail at
    # once (1.5x faster than looking back first, with the same matches).
    # The fragments are grouped by first letter (see by_first_letter).
    r"(?:^|[\s_-](?<!\bnon[\s_-])(?<!\bno[\s_-])(?<!\bnot[\s_-]))(?:"
    + by_first_letter(
        r"ad|ads|adv|advert\w*|anzeige|banner|sponsor\w*|promo\w*|outbrain|taboola|dfp|"
        r"share\w*|sharing|social\w*|sosmed|follow|"
        r"comments?|comment-?(?:list|form|section|area|box|thread)|komentar|disqus|respond|reply|"
        r"kommentare|kommentar-?(?:liste|bereich|formular)|forum|"
        r"related\w*|terkait|recommend\w*|more-?stories|read-?more|baca-?juga|also|"
        r"newsletter\w*|news-letter\w*|subscri\w*|signup|paywall|cta|"
        r"disclaimer|disclosure|affiliate\w*|"
        r"cookie\w*|consent|gdpr|content-?blocker|modal|popup|overlay|"
        r"nav|navbar|navigation|menu\w*|breadcrumbs?|pagination|pager|"
        r"sidebar\d*|side-?bar|widget\w*|rail|"
        r"footer|masthead|site-?header|topbar|"
        r"author|autor|author-?(?:box|bio|info|card)|bio|info-?box\w*|fact-?box\w*|"
        r"tags|tag-?(?:list|cloud|links)|post-?tags|article-?tags|entry-?tags|story-?tags|"
        r"keywords|topics|references|bibliography|reflist|"
        r"print|toolbar|tools|utility|skip|visually-?hidden|sr-only|screen-reader\w*|"
        r"trending|popular|most-?read|terpopuler|"
        r"login|sign-?in|search|video-?player|podcast|"
        r"caption|figcaption|credits?"
    )
    + r")(?:$|[\s_-])"
)

#: A class that hides an element until a script shows it (a paywall or sign-in box).
HIDDEN_CLASS = FoldedPattern(r"(?:^|\s)(?:hidden|is-hidden|d-none|hide)(?:$|\s)")
#: Class fragments of an article's lead (standfirst, teaser) set apart from the body.
LEAD_ATTR = FoldedPattern(
    r"(?:^|[\s_-])(?:"
    + by_first_letter(r"intro|lead|summary|excerpt|standfirst|deck|dek|perex|sapo|chapo")
    + r")(?:$|[\s_-])",
    hints=("intro", "lead", "summary", "excerpt", "standfirst", "deck", "dek", "perex", "apo"),
)

#: Class fragments of an article's head (headline, kicker, standfirst) set above the body.
ARTICLE_HEAD_ATTR = FoldedPattern(r"header|hero|headline|hgroup")

# Class and id fragments of the article body itself.
POSITIVE_ATTR = FoldedPattern(
    r"article|body|content|entry|main|post|story|text|detail|isi|berita|news|"
    r"artikel|inhalt|texto|read"
)

# Fragments of the above that mean the element is the wrapper of the body, so that a negative
# fragment next to them ("article-tags") is not enough to drop it.
BOILERPLATE_ATTR = FoldedPattern(
    r"(?:^|[\s_-])(?:"
    r"share\w*|social\w*|comments?|commentlist|related|newsletter|cookie\w*|consent|"
    r"breadcrumbs?|ad|ads|advert\w*|promo|outbrain|taboola|baca-?juga|read-?more|"
    r"author-?(?:box|bio)|tags|tag-?list|subscribe|paywall"
    r")(?:$|[\s_-])"
)

# Class and id fragments of reader comments and recommendation widgets: text in them is never the
# article's, however long.
THREAD_ATTR = FoldedPattern(
    r"(?:^|[\s_-])(?:comments?|commentlist|comment-?list|disqus|respond|outbrain|taboola|"
    r"forum)(?:$|[\s_-])",
    hints=("comment", "disqus", "respond", "outbrain", "taboola", "forum"),
)

#: Class and id fragments of lists of other stories, sliders and carousels included, whose dates
#: are not the article's.
LISTING_ATTR = FoldedPattern(
    # (Plain words only, an optional hyphen written out: see FoldedPattern.found.)
    r"teaser|related|latest-posts|recent-posts|article-list|more-stories|post-list|"
    r"slider|carousel|swiper|splide|glide|slick-|trending|popular|most-read|mostread|recommend|"
    r"read-next|readnext|also-read|alsoread|you-may-like|you-maylike|youmay-like|youmaylike|"
    r"more-from|morefrom|top-stories|topstories"
)
#: Class and id fragments of a site's header and top bar (whose date is today's).
SITE_HEADER_ATTR = FoldedPattern(
    r"site-?header|masthead|global-?header|page-?header|main-?header|top-?bar|header-?top|navbar",
    hints=("header", "masthead", "bar"),
)
#: The names of :data:`SITE_HEADER_ATTR` that mark a site's header on a box other than a
#: ``<header>`` too: ``header`` alone often names an article's title block, and a ``topbar`` box
#: alone may hold the article's date.
SITE_HEADER_BOX_ATTR = FoldedPattern(
    r"site-?header|masthead|global-?header", hints=("header", "masthead")
)
#: Class and id fragments of an element that shows today's date.
TODAY_ATTR = FoldedPattern(
    r"\btoday\b|current-?date|date-?today|hari-?ini|heute",
    hints=("today", "current", "hari", "heute"),
)
# Class and id fragments of page parts whose pictures are not the article's: teasers, rails.
FIGURE_FURNITURE_ATTR = FoldedPattern(
    r"(?:^|[\s_-])(?:sidebar(?=$|\s|[-_](?:right|left|primary|secondary|widget))|"
    r"recommend\w*|trending|most-?read|"
    r"more-?(?:stories|articles|news)|next-?article)(?:$|[\s_-])",
    hints=("sidebar", "recommend", "trending", "most", "more", "next"),
)

# Class and id fragments of picture captions and of photo credits.
CAPTION_ATTR = FoldedPattern(
    r"caption|keterangan|legend|bildunterschrift|bildtext|figcap|img-?info|image-?info|"
    r"media-?info|mediasubtitle|image-?desc|photo-?desc|foto-?text|absatzbild__info|"
    r"detail-img__desc|slide\w*-?desc\w*|info-?desc\w*",
    hints=(
        "caption",
        "keterangan",
        "legend",
        "bild",
        "figcap",
        "info",
        "mediasubtitle",
        "desc",
        "foto",
    ),
)
CREDIT_ATTR = FoldedPattern(
    r"credit|copyright|source|photographer|fotograf|quelle|distributor|rights|agency"
)
#: Class and itemprop fragments that mark a credit once inside a caption or a figure, where the
#: "author" is the picture's: ``<span class="caption-author">``, ``<span itemprop="author">``.
CAPTION_CREDIT_ATTR = FoldedPattern(r"author|autor|byline|bildrechte")
#: Tags that hold a credit when they sit inside a caption or a figure.
CREDIT_TAGS = frozenset({"cite", "footer"})
# Class fragments of containers that hold a picture, even when the <img> is lazy-loaded by script
# (a carousel's slides load theirs as they come into view).
IMAGE_ATTR = FoldedPattern(r"image|img|photo|foto|bild|picture|media|figure|gallery|carousel")

#: JSON-LD ``@type`` values that describe the article itself.
JSONLD_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "article",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "posting",
    }
)

# <meta> names and properties, lower-cased, best first within each field.
META_TITLE = ("dc.title", "dcterms.title", "og:title", "twitter:title", "parsely-title", "title")
META_DESCRIPTION = (
    "dc.description",
    "dcterms.description",
    "og:description",
    "description",
    "twitter:description",
)
META_SITE_NAME = ("og:site_name", "application-name", "twitter:site", "dc.publisher")
META_AUTHOR = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
    "cxenseparse:author",
    "twitter:creator",
    "content_author",
    "dtk:author",
    "article:author_name",
    "og:article:author",
    "og:author",
    "dc:creator",
    "articleauthor",
    "article:byline",
    "dcsext.author",
    "twitter:author",
)
META_PUBLISHED = (
    "article:published_time",
    "article:published:time",  # a misspelling some sites ship
    "og:article:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "originalpublicationdate",
    "content_publishdate",
    "dtk:publishdate",
    "og:published_time",
    "cxenseparse:recs:publishtime",
    "article:post_date",
    # Rarer spellings, read only where none of the above is given: Dublin Core with a colon,
    # PRISM and citation names, and CMS names.
    "dc:date.issued",
    "dc:date.created",
    "dcterms:issued",
    "dcterms:created",
    "dc.date.created",
    "date.created",
    "date.available",
    "prism.publicationdate",
    "citation_publication_date",
    "citation_online_date",
    "cxenseparse:publishtime",
    "content:publishdate",
    "published",
    "published_at",
    "published-date",
    "published_date",
    "publication-date",
    "publicationdate",
    "date-published",
    "date_published",
    "pub_date",
    "pub-date",
    "pdate",
    "og:pubdate",
    "article:published_date",
    "displaydate",
    "datecreated",
)
#: ``<meta>`` names that often carry the day the page was generated rather than published; the
#: date the page shows beats them when the two disagree.
META_WEAK_PUBLISHED = ("date", "dc.date", "dcterms.date")
META_MODIFIED = (
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "article.updated",
    "modified_time",
    "article:modified",
    "dc.date.modified",
    "dc:date.modified",
    "dcterms:modified",
    "date.modified",
    "date.updated",
    "last_modified",
    "last_updated",
    "lastupdate",
    "revision_date",
)
META_KEYWORDS = ("news_keywords", "keywords", "article:tag", "dc.subject", "parsely-tags")
META_SECTION = ("article:section", "og:section", "parsely-section", "section")
#: First path segments that do not name a section (``/article/123``, ``/amp/...``): generic path
#: words, and "news", "article", "current" or "author" in the languages newsparse meets most.
NOT_A_SECTION_PATH = frozenset(
    (
        "a", "amp", "art", "article", "articles", "artikel", "author", "authors", "autor",
        "autoren", "auteur", "auteurs", "blog", "blogs", "c", "category", "categories", "content",
        "detail", "details", "entry", "html", "id", "index", "item", "m", "mobile", "n", "node",
        "p", "page", "pages", "post", "posts", "print", "read", "s", "search", "share", "stories",
        "story", "tag", "tags", "topic", "topics", "video", "videos", "view", "web", "wp", "www",
        "news", "nachrichten", "aktuell", "aktuelles", "meldung", "meldungen", "berita", "clanek",
        "clanky", "nyheter", "nyheder", "uutiset", "nieuws", "noticias", "noticia", "notizie",
        "notizia", "actualites", "actualite", "actualidad", "articulo", "articulos", "articolo",
        "articoli", "haber", "haberler", "wiadomosci", "zpravy", "hirek",
    )
)  # fmt: skip


# -- metadata ----------------------------------------------------------------------------------

#: Separators between a headline and a site or section name in a title.
TITLE_SEPARATORS = re.compile(
    r"(?<!\s)\s+(?:(?:::|//|[|\-–—:·»›•/_~])\s+|[|»•]\s*)|[|»•]\s+|(?<!\s)\s*[｜︱丨]\s*"
    r"|(?<=[^\x00-\x7f])[_-](?=[^\x00-\x7f])"
)
#: A separator left dangling at the end of a title whose site name is empty (``"Headline -"``).
#: Not ``»``, which closes a French quotation.
TITLE_DANGLING = re.compile(r"\s+[|\-–—/_｜]\s*$")
#: A separator closing a section or site label before a headline (``"Politik | "``). A colon is
#: not one: what stands before it is a kicker, part of the headline in many newsrooms.
TITLE_SEPARATOR_END = re.compile(r"(?:\s(?:::|//|[|\-–—·»›•/_~])|[|»•｜︱丨])\s*$")
#: What may follow a headline in a metadata title: a separator and a short site name.
SITE_SUFFIX = re.compile(r"\s*(?:::|//|[|\-–—›»·:/~丨])\s*\S.{0,40}")
#: Class and id fragments of elements that show a date.
DATE_ATTR = FoldedPattern(
    r"date|time|publish|tanggal|datum|fecha|posted|meta|byline|submitted|author|subline|topline"
)
#: Labels opening a visible publication date: "Datum:", "Stand:", "Published on", "Diterbitkan"
#: (the words are :data:`~newsparse._normalize.phrases.PUBLISHED_LABELS`).
PUBLISHED_LABEL = re.compile(
    rf"\s*(?:{phrase_alternation(PUBLISHED_LABELS)})\b\s*:?", re.IGNORECASE
)
#: A publication label inside a line that opens with an update label (see
#: :data:`~newsparse._normalize.phrases.FIRST_PUBLISHED_LABELS`); the date follows it.
FIRST_PUBLISHED_LABEL = re.compile(
    rf"(?<!\w)(?:{phrase_alternation(FIRST_PUBLISHED_LABELS)})(?!\w)\s*:?", re.IGNORECASE
)
#: An update label anywhere in a text (``By Ann Lee · Updated 4 May 2020``).
UPDATE_LABEL = re.compile(rf"(?<!\w)(?:{phrase_alternation(UPDATE_LABELS)})(?!\w)", re.IGNORECASE)
#: An update label that ends a text (``Last updated on``, ``Aktualisiert am:``): the date
#: that follows it, in the next element, is the update's.
UPDATE_LABEL_END = re.compile(
    rf"(?<!\w)(?:{phrase_alternation(UPDATE_LABELS)})"
    r"(?:\s+(?:on|at|am|le|el|em|il|op|pada))?\s*:?\s*$",
    re.IGNORECASE,
)
_NOT_PUBLISHED_WORDS = (
    "updat|modif|edited|aktualisiert|diperbarui|comment|reply|current-date|currentdate|"
    "current-time|currenttime"
)
#: Class and id fragments of elements that show an update, not the publication, or today's
#: date in the site's header ("current-time", "header-date"). A header glued to a word before
#: it is that thing's header, not the site's: ``ArticleHeader-Date`` shows the story's date.
NOT_PUBLISHED_ATTR = FoldedPattern(
    _NOT_PUBLISHED_WORDS + r"|(?<![a-z])header-date",
    hints=(*_NOT_PUBLISHED_WORDS.split("|"), "header-date"),
)
#: Class and id fragments of byline elements.
BYLINE_ATTR = FoldedPattern(r"byline|author|penulis|reporter|writer|autor|auteur|verfasser")
#: Class fragments of markup that says its text is a person's name (hCard and kin).
NAME_MARKUP = FoldedPattern(r"vcard|(?:^|\s)fn(?:$|\s)|author-?name")
#: Class fragments of elements that look like bylines but are buttons or picture credits.
NOT_BYLINE_ATTR = FoldedPattern(r"btn|follow|bildautor|foto|photo|image|img")
#: Phrases around a name in blog bylines and author links: the byline labels of
#: :data:`~newsparse._normalize.phrases.AUTHOR_LABELS` ("Veröffentlicht von", "Author"), the
#: author-link phrases ("View all posts by", "More posts"), and a dangling "on" or "am".
BYLINE_PREFIX = re.compile(
    rf"^(?:{phrase_alternation((*AUTHOR_LABELS, *AUTHOR_LINK_PREFIXES))})\b\s*:?\s*|"
    rf"(?<!\s)\s*(?:{phrase_alternation(AUTHOR_LINK_SUFFIXES)})$|"
    r"(?<!\s)\s+(?:on|am|le)$",
    re.IGNORECASE,
)
#: Texts of byline-like elements that name nobody: date labels left without their date, links to
#: an author's archive, placeholders, theme credits. Matched against a whole candidate name.
NOT_AN_AUTHOR = re.compile(
    r"^(?:posted|published|updated|publiziert|veröffentlicht|aktualisiert|erstellt|publié|"
    r"publicado|diterbitkan)(?:\s+(?:on|am|le|el|em|pada))?$|"
    r"^(?:alle beiträge|all posts|show all articles.*|afficher mon profil.*|view profile|"
    r"no author|unknown|anonymous|gesponserte inhalte|sponsored content|fotos videos|"
    r"photos videos|themegrill|uhr|wib|wita|wit)$",
    re.IGNORECASE,
)
#: The closing word of a reader comment's header: "Anna sagt:", "Tom says".
COMMENT_HEADER = re.compile(r"\s(?:sagt|says|schreibt|meint|wrote|dice)\s*:?$", re.IGNORECASE)

# -- captions ----------------------------------------------------------------------------------

#: A label opening a caption: "Legende:", "Caption:", "Keterangan foto:".
CAPTION_LABEL = re.compile(
    r"^\s*(?:legende|bildlegende|caption|keterangan(?: foto)?|bildunterschrift|légende|leyenda)"
    r"\s*:\s*",
    re.IGNORECASE,
)
#: A gallery's slide counter opening a caption: "2 of 12 |", "3 von 8 ·", "4/10 -".
SLIDE_COUNTER = re.compile(
    r"^\s*\d{1,3}\s*(?:of|von|de|sur|/)\s*\d{1,3}\s*[|·:–—-]\s*", re.IGNORECASE
)
#: Class fragments of picture containers that hold something other than an article picture.
NOT_IMAGE_WIDGET_ATTR = FoldedPattern(
    r"author|avatar|byline|logo|newsletter|promo|profile|icon|ad-|sponsor"
)
#: Class fragments of picture containers that are teasers for another story when they hold a link.
TEASER_WIDGET_ATTR = FoldedPattern(r"teaser")
#: The opening of a byline: "Von Anna Muster", "By Jane Doe", "Oleh Budi".
BYLINE_START = re.compile(rf"^(?:{phrase_alternation(BYLINE_WORDS)})\s+\S", re.IGNORECASE)
#: Texts in caption-like elements that are not captions: counters, durations, gallery sizes.
NOT_A_CAPTION = re.compile(
    r"^[\d\s:/.,|-]*(?:min|sec|sek|bilder|fotos|photos|images)?\.?$", re.IGNORECASE
)
#: Texts in caption-like markup that belong to a media player or a prompt, not to a picture:
#: durations ("02:57 Min.", "Laufzeit 8 Minuten"), play labels, newsletter consent, script and
#: e-paper prompts, widget credits.
PLAYER_OR_PROMPT = re.compile(
    # (Only the truth of a search is meant. The word boundary is tested once for the words
    # after it, not once for each: at every place of a long text that is one test, not eight.)
    r"\b(?:\d{1,2}:\d{2}\s*min|laufzeit|verfügbar bis|abspielen|newsletter|javascript|"
    r"digitale ausgabe|e-paper)\b|"
    r"^(?:mit )?(?:video|audio)\b|^watch in full\b|^powered by\b|음성으로 듣기",
    re.IGNORECASE,
)

#: ``<meta>`` names (and OpenGraph properties) naming the lead picture, best first.
META_IMAGE = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "thumbnail",
)
