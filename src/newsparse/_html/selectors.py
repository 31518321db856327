"""Tables the HTML parser applies: tag sets, class and id patterns, meta names, as data.

Nothing here runs any logic; :mod:`newsparse._html.tree`, :mod:`~newsparse._html.metadata`,
:mod:`~newsparse._html.content` and :mod:`~newsparse._html.figures` read these tables.
"""

from __future__ import annotations

import re

__all__ = [
    "BLOCK_TAGS",
    "BOILERPLATE_ATTR",
    "BYLINE_ATTR",
    "BYLINE_PREFIX",
    "BYLINE_START",
    "CAPTION_ATTR",
    "CAPTION_LABEL",
    "CREDIT_ATTR",
    "CREDIT_LABEL",
    "DATE_ATTR",
    "DROP_TAGS",
    "FIGURE_FURNITURE_ATTR",
    "HEADING_TAGS",
    "IMAGE_ATTR",
    "JSONLD_ARTICLE_TYPES",
    "META_AUTHOR",
    "META_DESCRIPTION",
    "META_KEYWORDS",
    "META_MODIFIED",
    "META_PUBLISHED",
    "META_SECTION",
    "META_SITE_NAME",
    "META_TITLE",
    "NEGATIVE_ATTR",
    "NOT_A_CAPTION",
    "NOT_IMAGE_WIDGET_ATTR",
    "NOT_PUBLISHED_ATTR",
    "POSITIVE_ATTR",
    "SITE_SUFFIX",
    "STRUCTURAL_DROP_TAGS",
    "THREAD_ATTR",
    "TITLE_SEPARATORS",
    "TRAILING_CREDIT",
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
NEGATIVE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:"
    r"ad|ads|adv|advert\w*|anzeige|banner|sponsor\w*|promo\w*|outbrain|taboola|dfp|"
    r"share\w*|sharing|social\w*|sosmed|follow|"
    r"comments?|comment-?(?:list|form|section|area|box|thread)|komentar|disqus|respond|reply|"
    r"related\w*|terkait|recommend\w*|more-?stories|read-?more|baca-?juga|also|"
    r"newsletter\w*|subscri\w*|signup|paywall|"
    r"cookie\w*|consent|gdpr|modal|popup|overlay|"
    r"nav|navbar|navigation|menu\w*|breadcrumbs?|pagination|pager|"
    r"sidebar|side-?bar|widget\w*|rail|"
    r"footer|masthead|site-?header|topbar|"
    r"author-?(?:box|bio|info|card)|bio|"
    r"tags|tag-?(?:list|cloud|links)|(?:post|article|entry|story)-?tags|keywords|topics|"
    r"print|toolbar|tools|utility|skip|visually-?hidden|sr-only|screen-reader\w*|"
    r"trending|popular|most-?read|terpopuler|"
    r"login|search|video-?player|podcast|"
    r"caption|figcaption|credits?"
    r")(?:$|[\s_-])",
    re.IGNORECASE,
)

# Class and id fragments of the article body itself.
POSITIVE_ATTR = re.compile(
    r"article|body|content|entry|main|post|story|text|detail|isi|berita|news|"
    r"artikel|inhalt|texto|read",
    re.IGNORECASE,
)

# Fragments of the above that mean the element is the wrapper of the body, so that a negative
# fragment next to them ("article-tags") is not enough to drop it.
BOILERPLATE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:"
    r"share\w*|social\w*|comments?|commentlist|related|newsletter|cookie\w*|consent|"
    r"breadcrumbs?|ad|ads|advert\w*|promo|outbrain|taboola|baca-?juga|read-?more|"
    r"author-?(?:box|bio)|tags|tag-?list|subscribe|paywall"
    r")(?:$|[\s_-])",
    re.IGNORECASE,
)

# Class and id fragments of reader comments and recommendation widgets: text in them is never the
# article's, however long.
THREAD_ATTR = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|comment-?list|disqus|respond|outbrain|taboola)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)

# Class and id fragments of page parts whose pictures are not the article's: teasers, rails.
FIGURE_FURNITURE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:sidebar(?=$|\s|[-_](?:right|left|primary|secondary|widget))|"
    r"recommend\w*|trending|most-?read|"
    r"more-?(?:stories|articles|news)|next-?article)(?:$|[\s_-])",
    re.IGNORECASE,
)

# Class and id fragments of picture captions and of photo credits.
CAPTION_ATTR = re.compile(
    r"caption|keterangan|legend|bildunterschrift|bildtext|figcap|img-?info|image-?info|"
    r"media-?info|mediasubtitle|image-?desc|photo-?desc|foto-?text|absatzbild__info|"
    r"detail-img__desc|slide\w*-?desc\w*|info-?desc\w*",
    re.IGNORECASE,
)
CREDIT_ATTR = re.compile(
    r"credit|copyright|source|photographer|fotograf|quelle|distributor|rights|agency",
    re.IGNORECASE,
)
# Class fragments of containers that hold a picture, even when the <img> is lazy-loaded by script.
IMAGE_ATTR = re.compile(r"image|img|photo|foto|bild|picture|media|figure|gallery", re.IGNORECASE)

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
)
META_PUBLISHED = (
    "article:published_time",
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
)
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
)
META_KEYWORDS = ("news_keywords", "keywords", "article:tag", "dc.subject", "parsely-tags")
META_SECTION = ("article:section",)


# -- metadata ----------------------------------------------------------------------------------

#: Separators between a headline and a site or section name in a title.
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·»•/]\s+|\s+[|»•]\s*|\s*[|»•]\s+")
#: What may follow a headline in a metadata title: a separator and a short site name.
SITE_SUFFIX = re.compile(r"\s*[|\-–—›»·:/]\s*\S.{0,40}")
#: Class and id fragments of elements that show a date.
DATE_ATTR = re.compile(r"date|time|publish|tanggal|datum|fecha|posted|meta|byline", re.IGNORECASE)
#: Class and id fragments of elements that show an update, not the publication.
NOT_PUBLISHED_ATTR = re.compile(
    r"updat|modif|edited|aktualisiert|diperbarui|comment|reply", re.IGNORECASE
)
#: Class and id fragments of byline elements.
BYLINE_ATTR = re.compile(r"byline|author|penulis|reporter|writer|autor|verfasser", re.IGNORECASE)
#: Phrases around a name in blog bylines and author links: "View all posts by", "Veröffentlicht
#: von", "Author", "More posts".
BYLINE_PREFIX = re.compile(
    r"^(?:view all posts by|all posts by|posts by|posted by|published by|written by|"
    r"zeige alle beiträge von|alle beiträge von|veröffentlicht von|geschrieben von|verfasst von|"
    r"publié par|publicado por|pubblicato da|diposting oleh|"
    r"author|autor|autorin|auteur|penulis)\s*:?\s*|\s*(?:more posts|weitere beiträge)$",
    re.IGNORECASE,
)

# -- captions ----------------------------------------------------------------------------------

#: A credit closing a caption after a label the shared splitter may not know: "... Quelle: dpa",
#: "... (Bild: heise online)", "... Symbolfoto: picture alliance".
TRAILING_CREDIT = re.compile(
    r"[\s(\[]*\b(?:symbol|archiv)?(?:foto|fotos|photo|photos|bild|quelle|source|credit|image|"
    r"fuente|crédit|credito|sumber|ảnh|isithombe|фото|nuotr\.?)"
    r"\s*:\s*(?P<credit>[^()\[\]:]{2,120}?)[)\]]?\s*$",
    re.IGNORECASE,
)
#: A label opening a caption: "Legende:", "Caption:", "Keterangan foto:".
CAPTION_LABEL = re.compile(
    r"^\s*(?:legende|bildlegende|caption|keterangan(?: foto)?|bildunterschrift|légende|leyenda)"
    r"\s*:\s*",
    re.IGNORECASE,
)
#: Class fragments of picture containers that hold something other than an article picture.
NOT_IMAGE_WIDGET_ATTR = re.compile(
    r"author|avatar|byline|logo|newsletter|teaser|promo|profile|icon|ad-|sponsor", re.IGNORECASE
)
#: The opening of a byline: "Von Anna Muster", "By Jane Doe", "Oleh Budi".
BYLINE_START = re.compile(r"^(?:von|by|oleh|par|por|door|av|af)\s+\S", re.IGNORECASE)
#: Texts in caption-like elements that are not captions: counters, durations, gallery sizes.
NOT_A_CAPTION = re.compile(
    r"^[\d\s:/.,|-]*(?:min|sec|sek|bilder|fotos|photos|images)?\.?$", re.IGNORECASE
)
#: A label in front of a credit set in an element of its own: "© ", "Foto: ", "Photo by ".
CREDIT_LABEL = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b\s*:?|credits?\s*:|by\s|"
    r"(?:symbol|archiv)?(?:foto|photo|bild|image|picture)s?\s*(?:credit\s*)?(?::|by\b))\s*",
    re.IGNORECASE,
)
