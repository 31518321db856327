"""Hypothesis strategies shared by the tests. Each part of the package has its own section."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsparse import Article, Caption

# --- text ---

_WORDS = [
    "rumah",
    "warga",
    "kota",
    "harga",
    "beras",
    "naik",
    "pasar",
    "petani",
    "hujan",
    "sungai",
    "jalan",
    "sekolah",
    "murid",
    "guru",
    "kantor",
    "pemerintah",
    "menteri",
    "rapat",
    "pagi",
    "malam",
    "kapal",
    "laut",
    "pulau",
    "gunung",
    "hutan",
    "api",
    "air",
    "listrik",
    "mobil",
    "motor",
    "kereta",
    "bandara",
    "pesawat",
    "dokter",
    "pasien",
    "obat",
    "sakit",
    "sehat",
    "makan",
    "minum",
    "kopi",
    "teh",
    "buku",
    "kertas",
    "pena",
    "lagu",
    "musik",
    "film",
    "bioskop",
    "taman",
    "bunga",
    "pohon",
    "burung",
    "ikan",
    "kucing",
    "anjing",
]
_NAMES = (
    "Ani Suryani",
    "Budi Santoso",
    "Citra Dewi",
    "Dedi",
    "Eka Putra",
    "Fajar Nugroho",
    "Binsar",
)
_CITIES = ("JAKARTA", "KUALA LUMPUR", "MAMUJU", "MEDAN", "SURABAYA")
_CREDITS = ("ist", "Antara", "ANTARA/Fulan", "Foto: Budi/Kompas", "Reuters")
_ZONES = (
    None,
    dt.timezone.utc,
    dt.timezone(dt.timedelta(hours=7)),
    dt.timezone(dt.timedelta(hours=-5)),
)


def sentence(min_words: int, max_words: int, end: str = ".") -> st.SearchStrategy[str]:
    """A sentence of plain lowercase words, capitalised, ending with ``end``."""
    return st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words).map(
        lambda words: " ".join(words).capitalize() + end
    )


paragraphs = sentence(12, 30)
titles = sentence(3, 9, end="")


@st.composite
def published_values(draw: st.DrawFn) -> dt.date | None:
    """``None``, a day, or a minute-precision time with or without a zone."""
    day = draw(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31)))
    kind = draw(st.sampled_from(("none", "day", "time")))
    if kind == "none":
        return None
    if kind == "day":
        return day
    hour = draw(st.integers(0, 23))
    minute = draw(st.integers(0, 59))
    return dt.datetime(
        day.year, day.month, day.day, hour, minute, tzinfo=draw(st.sampled_from(_ZONES))
    )


@st.composite
def renderable_articles(draw: st.DrawFn) -> Article:
    """Articles inside the conventions :func:`newsparse.serialize.to_text` writes and the parser reads."""
    captions = draw(
        st.lists(
            st.builds(
                Caption,
                text=sentence(4, 10, end=""),
                credit=st.sampled_from(("ist", "Antara", "ANTARA/Fulan", "Reuters")),
            ),
            max_size=2,
        )
    )
    return Article(
        title=draw(titles),
        authors=tuple(dict.fromkeys(draw(st.lists(st.sampled_from(_NAMES), max_size=3)))),
        published=draw(published_values()),
        dateline=draw(st.sampled_from((None, *_CITIES))),
        tags=tuple(dict.fromkeys(draw(st.lists(st.sampled_from(_WORDS), max_size=3)))),
        paragraphs=tuple(draw(st.lists(paragraphs, min_size=1, max_size=6))),
        captions=tuple(captions),
    )


# Control characters are removed on entry (tests/test_hostile.py covers them); with them a line such
# as "0\x1b" would be compared against a field that holds "0".
_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=40)
# The zones JSON can carry: a fixed UTC offset in whole minutes. A named zone's time in a DST gap
# or overlap is not equal to the same wall time at the offset it serialises to (PEP 495).
_FIXED_OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
articles = st.builds(
    Article,
    title=st.none() | _TEXT,
    authors=st.lists(_TEXT, max_size=3).map(tuple),
    published=st.none() | st.dates() | st.datetimes(timezones=st.none() | _FIXED_OFFSETS),
    modified=st.none() | st.dates() | st.datetimes(),
    dateline=st.none() | _TEXT,
    site_name=st.none() | _TEXT,
    section=st.none() | _TEXT,
    language=st.none() | st.sampled_from(("id", "ms", "en-GB")),
    url=st.none() | _TEXT,
    description=st.none() | _TEXT,
    image=st.none() | _TEXT,
    tags=st.lists(_TEXT, max_size=3).map(tuple),
    paragraphs=st.lists(_TEXT, max_size=4).map(tuple),
    captions=st.lists(
        st.builds(Caption, text=_TEXT, credit=st.none() | _TEXT, image_url=st.none() | _TEXT),
        max_size=2,
    ).map(tuple),
    warnings=st.lists(_TEXT, max_size=2).map(tuple),
)
"""Any article at all, for serialisation round trips."""

junk_lines = st.sampled_from(
    (
        "KOMENTAR", "Baca juga: Judul lain", "BACA: Judul lain", "Lihat juga", "Simak juga",
        "Editor: Budi", "Share", "\u00a0", "\u00a0\u00a0", "\u200b", "13Shares", "* Facebook",
        "Advertisement", "Tags: kota, warga",
    )
)  # fmt: skip
dump_lines = st.one_of(
    paragraphs, junk_lines, sentence(3, 8, end=""), _TEXT.filter(lambda s: len(s.splitlines()) <= 1)
)

# --- dates ---

_DATE_LANGS = ("id", "ms", "en", "de", "fr", "es", "pt", "it", "nl")


def _first_names(rows: tuple[tuple[str, int, str], ...]) -> dict[tuple[str, int], str]:
    """(language, number) -> the full name, the first one in a table row."""
    return {(lang, number): names.split()[0] for lang, number, names in rows}


def _offset_text(value: dt.datetime, colon: bool = True) -> str:
    offset = value.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{mins:02d}"


aware_datetimes = st.builds(
    lambda day, seconds, offset: (
        dt.datetime.combine(day, dt.time(0), dt.timezone(offset)) + dt.timedelta(seconds=seconds)
    ),
    st.dates(min_value=dt.date(1990, 1, 2), max_value=dt.date(2098, 12, 30)),
    st.integers(0, 86399),
    st.integers(-12 * 60, 14 * 60).map(lambda m: dt.timedelta(minutes=m)),
)
"""Aware datetimes with whole seconds and any whole-minute offset, 1990 to 2098."""


def format_date(value: dt.datetime, pattern: str, lang: str) -> str:
    """Write an aware datetime in one of the patterns the date normaliser reads."""
    import email.utils  # noqa: PLC0415 - imports of this section stay in it

    from newsparse._normalize import date_tables  # noqa: PLC0415 - same

    month = _first_names(date_tables.MONTHS)[lang, value.month]
    weekday = _first_names(date_tables.WEEKDAYS)[lang, value.isoweekday()]
    clock = f"{value:%H:%M:%S}"
    if pattern == "iso":
        return value.isoformat()
    if pattern == "rfc2822":
        return email.utils.format_datetime(value)
    if pattern == "human":
        return f"{weekday}, {value.day} {month} {value.year} {clock} {_offset_text(value)}"
    if pattern == "human-gmt":
        return f"{value.day} {month} {value.year} | {clock} GMT{_offset_text(value)}"
    if pattern == "month-first":
        hour = value.hour % 12 or 12
        meridiem = "am" if value.hour < 12 else "pm"
        return (
            f"{month} {value.day}, {value.year} at {hour}:{value:%M:%S} {meridiem} "
            f"UTC{_offset_text(value, colon=False)}"
        )
    if pattern == "dotted":
        return f"{value:%d.%m.%Y} {clock} {_offset_text(value)}"
    raise ValueError(pattern)


DATE_PATTERNS = ("iso", "rfc2822", "human", "human-gmt", "month-first", "dotted")
date_languages = st.sampled_from(_DATE_LANGS)
date_patterns = st.sampled_from(DATE_PATTERNS)

_DATE_PIECES = (
    "Kamis, ", "14 September 2023", "(13/9)", "Rabu ", "13/9", "2023-09-14T11:22:00+07:00",
    " | ", "11:22", " WIB", " am", " pagi", "05/11/2015", "4 September", "September 4",
    "2030-01-01", "31/12/2099", "Jum'at", " - ", "[ist]", "1.229 Views", "20230914", " pukul ",
    "GMT+7", "12.30", "tahun", "  ", "\u00a0", "on ", "at ", "99", "2024", ".", ",",
)  # fmt: skip
date_like_texts = st.lists(st.sampled_from(_DATE_PIECES) | st.text(max_size=4), max_size=8).map(
    "".join
)
"""Strings built from pieces of dates, separators and noise."""

references = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.none()
) | st.datetimes(
    min_value=dt.datetime(1990, 1, 1),
    max_value=dt.datetime(2100, 1, 1),
    timezones=st.sampled_from((dt.timezone.utc, dt.timezone(dt.timedelta(hours=7)))),
)
"""Reference times, naive or aware."""

# --- html ---

_HTML_TAGS = (
    "p",
    "div",
    "span",
    "a",
    "article",
    "main",
    "section",
    "figure",
    "figcaption",
    "img",
    "link",
    "br",
    "h1",
    "h2",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "script",
    "style",
    "time",
    "meta",
    "nav",
)
_HTML_ATTRS = (
    "",
    ' class="content"',
    ' class="share"',
    ' id="comments"',
    ' itemprop="articleBody"',
    " hidden",
    ' datetime="2024-03-05T09:30:00+07:00"',
    ' src="/a.jpg"',
    ' src="http://[::1/a.jpg"',
    ' href="https://news.example:port/"',
    ' rel="canonical" href="http://[::1"',
    ' property="og:title"',
    ' content="A title"',
    ' type="application/ld+json"',
    ' rel="author"',
    ' lang="id"',
)
_HTML_TEXTS = (
    "Harga beras naik di pasar induk pekan ini, kata pedagang.",
    "Foto: ANTARA/Budi",
    "Baca juga:",
    "&amp; &lt;&gt; &nbsp;",
    '{"@type": "NewsArticle",',
    "Oleh Siti Rahma",
    "5 Maret 2024 14:30 WIB",
    "<!-- c -->",
    "<![CDATA[x]]>",
    "]]>",
    "<",
    "</",
    "\x00",
    "\u200b",
    "é",
    "<!DOCTYPE x [<!ENTITY a 'b'>]>",
    "&a;",
)


@st.composite
def html_fragments(
    draw: st.DrawFn,
    depth: int = 0,
    *,
    tags: tuple[str, ...] = _HTML_TAGS,
    attrs: tuple[str, ...] = _HTML_ATTRS,
    texts: tuple[str, ...] = _HTML_TEXTS,
) -> str:
    """Markup-like text: nested tags (closed or not), attributes, entities and broken bits."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 3))
        if kind == 0 or depth > 3:
            parts.append(draw(st.sampled_from(texts) | st.text(max_size=12)))
        else:
            tag = draw(st.sampled_from(tags))
            attr = draw(st.sampled_from(attrs))
            inner = draw(html_fragments(depth + 1, tags=tags, attrs=attrs, texts=texts))
            close = draw(st.sampled_from([f"</{tag}>", ""]))
            parts.append(f"<{tag}{attr}>{inner}{close}")
    return "".join(parts)


html_pages = (
    st.builds(
        lambda head, body: f"<html><head>{head}</head><body>{body}</body></html>",
        html_fragments(),
        html_fragments(),
    )
    | html_fragments()
)

_CENSUS_TAGS = (
    "div",
    "p",
    "span",
    "figure",
    "figcaption",
    "img",
    "br",
    "td",
    "section",
    "nav",
    "a",
)
_CENSUS_ATTRS = (
    "",
    ' class=""',
    ' class="caption"',
    ' class="Foto-box"',
    ' class="img"',
    ' id="x"',
)
_CENSUS_TEXTS = ("text", "<br>", '<img src="a.jpg">')
census_trees = html_fragments(tags=_CENSUS_TAGS, attrs=_CENSUS_ATTRS, texts=_CENSUS_TEXTS)
"""Boxes with and without caption-like classes, pictures and line breaks."""

_INDEX_TAGS = ("div", "a", "meta", "h1", "time", "local-time", "span", "body", "html", "head")
_INDEX_ATTRS = (
    "",
    ' itemprop="author"',
    ' itemprop=""',
    ' rel="author"',
    ' rel=""',
    ' class="byline"',
    ' id="x"',
    ' data-testid="t"',
    ' class="a" itemprop="name" rel="tag"',
    ' href="/"',
)
index_trees = html_fragments(tags=_INDEX_TAGS, attrs=_INDEX_ATTRS, texts=("text", "<br>"))
"""Pages of the elements :class:`~newsparse._html.page.index.PageIndex` lists, and others."""


_VERDICT_TAGS = ("div", "article", "main", "aside", "nav", "header", "figure", "a", "p", "h1")
_VERDICT_ATTRS = (
    "",
    ' class="related"',
    ' class="comments"',
    ' class="comments-enabled"',
    ' class="sidebar"',
    ' class="site-header"',
    ' class="today"',
    ' id="x"',
)
verdict_trees = html_fragments(tags=_VERDICT_TAGS, attrs=_VERDICT_ATTRS, texts=("text",))
"""Nested boxes named as sidebars, story lists, threads and site headers, and articles in them."""


# --- hostile input (issue 11): small members of each class the fuzz campaign found ---

HOSTILE_FRAGMENTS: tuple[str, ...] = (
    " " * 3000,
    "( " + "/ " * 500,
    "(" + "a/" * 500,
    "<div>" * 300,
    '<div itemscope itemprop="author">' * 50,
    '<script type="application/ld+json">' + '{"a": [' * 300 + "</script>",
    '<script type="application/ld+json">' + '{"a":' * 1000 + "1" + "}" * 1000 + "</script>",
    '<script type="application/ld+json">{"headline": "\\ud800\\u0000x"}</script>',
    "\x00\x01\x0b\x0c\x1b\x7f\x85\ud800\udfff\ufffe\uffff",
    "&#xFFFE;&#1;&#xD800;&#0;&#x110000;",
    "<nav>menu</nav>\ufffe tail",
    "Wed Aug 05 29:00:00 2015",
    '<meta charset="base64"><meta charset="undefined">',
    "Tags: " + ", ".join(f"t{i}" for i in range(300)),
    "\nOleh: Budi Santoso\n" * 50,
    "<p><b>Budi Santoso</b></p>" * 50,
    '<div class="caption">Caption. Foto: Ana</div>' * 50,
    '<meta name="author" content="' + "Ab Cd, " * 300 + '">',
    "<figcaption>Foto: " + "Ab " * 300 + "</figcaption>",
    "<!--" + "-" * 100,
    "\n" * 1000,
)
