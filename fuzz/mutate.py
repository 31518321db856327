"""Mutation fuzzer: real pages, broken the ways an attacker or a broken crawler breaks them.

Each round takes a page (the development pages in ``../shared/data`` when they are there, the
repository's ``seeds/`` and a few built-in pages otherwise), applies one to three mutations (a
hostile fragment spliced in, bytes flipped, a cut, a doubled part, a re-encoding, a byte-order mark
anywhere, a part in another charset) and parses the result as bytes (half the time with odd
options) and as text. It checks the contract of :func:`newsparse.parse_article`:

* it returns an :class:`~newsparse.Article` or raises a :class:`~newsparse.NewsparseError`;
* the article serialises (``to_json`` encodes as UTF-8, no field holds a control character, and
  the one-line fields are whitespace-clean);
* it takes at most ``max(3 s, 2 s per MB)`` of CPU time (timed, not enforced by a signal: an input
  over the budget is reported as a finding).

Every finding is written to ``--out`` (default ``fuzz/findings/``) as the input and a note; keep
each one as a regression case in ``tests/test_hostile.py``. The input being checked is there too,
as ``current-<seed>.bin`` with its note (the options it is parsed with), until its check ends: a
run stopped while stuck on one input keeps that input. Run::

    python -m fuzz.mutate --seconds 45            # the CI smoke
    nice python -m fuzz.mutate --seconds 14400    # a long campaign (see docs/robustness.rst)
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsparse
from newsparse._decode import clean_text
from newsparse._normalize.whitespace import clean_line

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"

_BUILT_IN = (
    b"<html><head><title>Storm | Site</title><meta charset='utf-8'>"
    b'<meta name="author" content="Ana Lima"><script type="application/ld+json">'
    b'{"@type": "NewsArticle", "headline": "Storm", "datePublished": "2024-05-06T10:00:00+02:00"}'
    b"</script></head><body><article><h1>Storm over the port</h1><p class='byline'>By Ana Lima</p>"
    b"<figure><img src='a.jpg'><figcaption>The port at dawn. Photo: Ana Lima</figcaption></figure>"
    b"<p>The port reopened on Monday after the storm, and ships queued for hours to enter.</p>"
    b"<p>Officials said the damage was smaller than feared.</p></article></body></html>",
    b"Kim Jong Un Pastikan Korea Utara Dukung Rusia\n\nOleh: Binsar\n\nKamis, 14 September 2023 | "
    b"11:22 WIB\n\nMOSKOW - Pemimpin Korea Utara bertemu Putin. (Foto: ANTARA/Fulan)\n\nIa "
    b"mengatakan bahwa hubungan itu penting.\n\nTags: korea, rusia\n",
    # A scraper's JSON record and an extraction tool's XML record (fuzz34: each lost its fields
    # to a number or a nesting past what json or libxml2 reads by default).
    b'{"title": "Storm over the port", "authors": ["Ana Lima"], "date_publish": '
    b'"2024-05-06 10:00:00", "id": 1714982400, "maintext": "The port reopened on Monday after '
    b'the storm.\n\nOfficials said the damage was smaller than feared."}',
    b'<doc title="Storm over the port" author="Ana Lima" date="2024-05-06"><main><p>The port '
    b"reopened on Monday after the storm.</p><p>Officials said the damage was smaller than "
    b"feared.</p></main></doc>",
)

# Fragments that broke the parser once, or are built to break one: long runs, deep nesting,
# broken JSON-LD, characters lxml and UTF-8 refuse, binary signatures, impossible dates.
_FRAGMENTS: tuple[Callable[[random.Random], str], ...] = (
    lambda r: " " * r.randint(1_000, 50_000),
    lambda r: "( " + "/ " * r.randint(1_000, 20_000),
    lambda r: "(" + "a/" * r.randint(1_000, 20_000),
    lambda r: "<div>" * r.randint(200, 5_000),
    lambda r: '<div itemscope itemprop="author">' * r.randint(100, 1_000),
    lambda r: (
        '<script type="application/ld+json">' + '{"a": [' * r.randint(100, 20_000) + "</script>"
    ),
    lambda r: '<script type="application/ld+json">{"headline": "\\ud800\\u0000x"}</script>',
    lambda r: "".join(
        r.choice("\x00\x01\x0b\x0c\x1b\x7f\x85\ud800\udfff\ufffe\uffff") for _ in range(50)
    ),
    lambda r: "&#xFFFE;&#1;&#xD800;&#0;&#x110000;",
    lambda r: "Wed Aug 05 29:00:00 2015",
    lambda r: (
        '<meta charset="' + r.choice(["base64", "zlib", "rot13", "undefined", "utf-7", "x"]) + '">'
    ),
    lambda r: "Tags: " + ", ".join(f"t{i}" for i in range(r.randint(1_000, 20_000))),
    lambda r: "\nOleh: Budi Santoso\n" * r.randint(100, 5_000),
    lambda r: "<p><b>Budi Santoso</b></p>" * r.randint(100, 2_000),
    lambda r: '<div class="caption">Caption. Foto: Ana</div>' * r.randint(100, 2_000),
    lambda r: "<p>" + "word " * r.randint(10_000, 300_000) + "</p>",
    lambda r: '<meta name="author" content="' + "Ab Cd, " * r.randint(1_000, 20_000) + '">',
    lambda r: "<figcaption>Foto: " + "Ab " * r.randint(1_000, 20_000) + "</figcaption>",
    lambda r: "<!--" + "-" * r.randint(10, 10_000),
    lambda r: "<![CDATA[" + "]" * r.randint(10, 1_000),
    lambda r: "\n" * r.randint(1_000, 100_000),
    # Found by the campaign of 11-fuzz: look-alike boxes, captions and separators by the thousand.
    lambda r: '<div class="share-bar"></div>' * r.randint(1_000, 10_000),
    lambda r: '<p class="caption">A caption of the picture.</p>' * r.randint(1_000, 10_000),
    lambda r: "<title>" + "Storm | " * r.randint(1_000, 20_000) + "</title>",
    lambda r: "\n[ Log in ](/login) [ Join ](/join) " + "[ x ](/y) " * r.randint(1, 50) + "\n",
    lambda r: '<script type="application/ld+json">{"headline": "Zusammen\\u00adarbeit"}</script>',
    # Shapes of 11-fuzz2: date, title and byline candidates by the thousand, long runs of breaks
    # and cells, deep quotes, JSON-LD blocks by the hundred, dumps of date-like or byline lines.
    lambda r: "".join(
        f'<time datetime="2024-05-{i % 28 + 1:02d}T10:00">{i % 28 + 1} May 2024</time>'
        for i in range(r.randint(500, 5_000))
    ),
    lambda r: "".join(
        f'<meta property="article:published_time" content="2024-05-{i % 28 + 1:02d}">'
        for i in range(r.randint(500, 5_000))
    ),
    lambda r: "<h1>Storm over the port</h1>" * r.randint(500, 5_000),
    lambda r: "".join(
        f'<span class="byline author">By Ana Lima{i}</span>' for i in range(r.randint(500, 5_000))
    ),
    lambda r: "<br>" * r.randint(1_000, 50_000),
    lambda r: "<table><tr>" + "<td>cell</td>" * r.randint(1_000, 20_000) + "</tr></table>",
    lambda r: "<blockquote>" * r.randint(200, 3_000) + "Quoted." + "</blockquote>" * 10,
    lambda r: (
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm", '
            '"datePublished": "2024-05-06", "author": {"name": "Ana Lima"}}</script>'
        )
        * r.randint(100, 3_000)
    ),
    lambda r: "".join(
        f"\nKamis, {i % 28 + 1} September 2023 | 11:22 WIB\n" for i in range(r.randint(200, 5_000))
    ),
    lambda r: "".join(f"\nBy Ana Lima{i}\n" for i in range(r.randint(200, 5_000))),
    lambda r: "\n" + "kata " * r.randint(20_000, 200_000) + "\n",
    # Shapes of 11-fuzz3: deep inline tags, figures and metas by the thousand, JSON-LD deep or
    # wide, long lines with no space, Markdown links and pictures, byte-order marks inside a page,
    # lone surrogates where an attribute or a JSON-LD value holds them.
    lambda r: "<b><i>" * r.randint(200, 20_000) + "Deep text." + "</i></b>" * r.randint(0, 100),
    lambda r: (
        "".join(
            f"<{tag}>"
            for tag in r.choices(
                ["b", "i", "em", "span", "a", "u", "font"], k=r.randint(200, 5_000)
            )
        )
        + "Deep text."
        + "</span></b>" * r.randint(0, 50)
    ),
    lambda r: "<p>Line" + "<br>Line" * r.randint(1_000, 30_000) + "</p>",
    lambda r: "<br/>\n" * r.randint(1_000, 30_000),
    lambda r: "".join(
        f'<figure><img src="p{i}.jpg"><figcaption>A ship at dawn {i}. Foto: Ana Lima'
        "</figcaption></figure>"
        for i in range(r.randint(200, 4_000))
    ),
    lambda r: "<figure>" + "<figcaption>Caption. Photo: Ana</figcaption>" * r.randint(200, 5_000),
    lambda r: "<figure>" * r.randint(100, 2_000) + '<img src="a.jpg">',
    lambda r: (
        '<script type="application/ld+json">'
        + '{"@type": "NewsArticle", "a": ' * r.randint(50, 199)
        + '"x"'
        + "}" * r.randint(0, 199)
        + "</script>"
    ),
    lambda r: (
        '<script type="application/ld+json">{"@graph": ['
        + ", ".join(
            f'{{"@type": "NewsArticle", "headline": "Storm {i}", "author": {{"name": "Ana {i}"}}, '
            f'"datePublished": "2024-05-{i % 28 + 1:02d}T10:00:00Z", "keywords": ["a", "b"]}}'
            for i in range(r.randint(500, 10_000))
        )
        + "]}</script>"
    ),
    lambda r: (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        + ", ".join(
            f'{{"@type": "Person", "name": "Ana Lima{i}"}}' for i in range(r.randint(500, 20_000))
        )
        + '], "keywords": "'
        + ", ".join(f"k{i}" for i in range(r.randint(500, 20_000)))
        + '"}</script>'
    ),
    lambda r: "".join(
        f'<meta name="{r.choice(["description", "author", "keywords", "og:title", "twitter:title", "news_keywords", "article:section", "og:site_name", "date", "article:tag"])}" content="Value {i}">'
        for i in range(r.randint(500, 10_000))
    ),
    lambda r: (
        r.choice(["x", "ab", "a-", "a/", "a.", "1", "_", "\u00e9", "\u4e00"])
        * r.randint(10_000, 300_000)
    ),
    lambda r: "https://example.org/" + "a/b?c=d&" * r.randint(5_000, 50_000),
    lambda r: "".join(
        f"\n{r.choice(['Updated', 'Published', 'Diperbarui', 'Posted'])}: {i % 28 + 1} Sep 2023 11:{i % 60:02d}\n"
        for i in range(r.randint(200, 5_000))
    ),
    lambda r: "".join(
        f"\n{r.choice(['Reporter', 'Editor', 'Penulis', 'Writer', 'Photo', 'Foto'])}: Ana Lima{i}\n"
        for i in range(r.randint(200, 5_000))
    ),
    lambda r: "".join(f"\n2023-09-{i % 28 + 1:02d}\n" for i in range(r.randint(200, 5_000))),
    lambda r: (
        "\n"
        + " ".join(f"[link {i}](https://x.org/{i})" for i in range(r.randint(500, 20_000)))
        + "\n"
    ),
    lambda r: "".join(
        f"\n![picture {i}](https://x.org/{i}.jpg)\n" for i in range(r.randint(500, 10_000))
    ),
    lambda r: "".join(
        f"\n[![p](i{i}.jpg)](https://x.org/{i})\n" for i in range(r.randint(200, 5_000))
    ),
    lambda r: "\n" + "[" * r.randint(1_000, 20_000) + "x" + "](y)" * r.randint(0, 1_000) + "\n",
    lambda r: "\ufeff" * r.randint(1, 1_000),
    lambda r: '<img alt="\ud800' + "\udc80" * r.randint(1, 100) + '" src="a.jpg">',
    lambda r: (
        '<script type="application/ld+json">{"headline": "a\\udc80b\\ud83d", "author": "\\ud800"}</script>'
    ),
    lambda r: "<p>" + "\ud83d\ude00" * r.randint(100, 10_000) + "\udc00" + "</p>",
    # Shapes of 13-hunt25, for the rules of stops 23-24: author rules (desks, given names, a
    # site's owner, the post author's comment, "for <Outlet>", author-page links), pull quotes,
    # tool headers of text dumps and the closing lines of a dump.
    lambda r: (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        + ", ".join(f'{{"name": "Ana Lima{i}"}}' for i in range(r.randint(200, 3_000)))
        + "]}</script>"
        + "".join(f"<p>Editor: Ana Lima{i}</p>" for i in range(r.randint(200, 3_000)))
    ),
    lambda r: '<meta name="author" content="Todd">' + "<p>Todd Bates</p>" * r.randint(200, 5_000),
    lambda r: (
        '<meta name="author" content="'
        + r.choice(["Jane Doe for ", "Jane Doe For ", "Ana Lima for The "])
        + r.choice(["of ", "The ", "For ", "a.", "X "]) * r.randint(500, 20_000)
        + '">'
    ),
    lambda r: "".join(
        f'<span class="byline">By Jane Doe{i} for The Times</span>'
        for i in range(r.randint(200, 5_000))
    ),
    lambda r: (
        '<ol class="comments">'
        + '<li class="comment bypostauthor"><span class="fn">Ana</span><p>Hi.</p></li>'
        * r.randint(200, 5_000)
        + "</ol>"
    ),
    lambda r: "".join(
        f'<a href="/author/{r.choice(["", "jane-roe", "x" * 50])}{i}/">Jane Roe{i}</a>'
        for i in range(r.randint(200, 5_000))
    ),
    lambda r: (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        + ", ".join(f'"Desk{i} Staff"' for i in range(r.randint(200, 5_000)))
        + "]}</script>"
    ),
    lambda r: "".join(
        f"<p>{'a' * r.randint(50, 400)}{i}</p><p>x{i}{'a' * r.randint(400, 5_000)}</p>"
        for i in range(r.randint(50, 1_000))
    ),
    lambda r: "".join(f"<p>11.12.2019 - Ana Lima{i}</p>" for i in range(r.randint(200, 5_000))),
    lambda r: "\n" + "click," * r.randint(1_000, 50_000) + "on\n",
    lambda r: (
        "\n"
        + r.choice(["Body:", "Paragraphs:", "Headlines:", "Author:", "Timestamp:"])
        * r.randint(1, 3)
        + "\n" * r.randint(0, 2)
        + "kata " * r.randint(0, 100_000)
    ),
    lambda r: "".join(
        f"\n{r.choice(['Body', 'Paragraphs', 'Headlines', 'Author', 'Timestamp', 'Title'])}:\n"
        for _ in range(r.randint(200, 5_000))
    ),
    lambda r: "".join(f"\nJane Doe{i}July 24, 2022\n" for i in range(r.randint(200, 5_000))),
    lambda r: "\n" + " | ".join(f"Item {i}" for i in range(r.randint(500, 20_000))) + "\n",
    lambda r: "".join(
        f"\nThe mayor at the quay {i}\nThe mayor at the quay {i} (Jane Doe/Agency)\n"
        for i in range(r.randint(200, 5_000))
    ),
    lambda r: (
        "\n"
        + r.choice(["Write to ", "-- ", "Doe writes for ", "This image shows "])
        + r.choice(["a ", "x", "A/", ". "]) * r.randint(1_000, 50_000)
        + "\n"
    ),
    lambda r: "\n" + "    An indented paragraph of the story.\nflush\n" * r.randint(200, 5_000),
    # Shapes of robust29: a preformatted paragraph keeps its line breaks, so a run of them sits
    # inside a paragraph's text where every rule reads it; bylines that name nobody.
    lambda r: (
        "<pre>"
        + r.choice(["JAKARTA, KABAR.com", "By Ana Lima", "12 May 2024", "Foto:", "JAKARTA"])
        + r.choice(["\n", " \n", "\n\t"]) * r.randint(1_000, 40_000)
        + r.choice(["x - ", "- ", "(Kabar) ", ": ", ""])
        + "The story goes on.</pre>"
    ),
    lambda r: "".join(
        f'<span class="byline">By Ana Lima{i} and Jo Roe{i}, Staff</span>'
        for i in range(r.randint(500, 8_000))
    ),
    # Shapes of fuzz34: JSON numbers past int's digit limit or a float's range, JSON nested past
    # what json reads, XML nested past libxml2's default depth or with a node over 10 MB.
    lambda r: ', "n": ' + r.choice(["-", ""]) + "7" * r.choice([400, 4_301, 20_000]) + ", ",
    lambda r: ', "x": ' + "[" * (depth := r.randint(500, 5_000)) + "]" * depth + ", ",
    lambda r: "<hi>" * (depth := r.randint(200, 3_000)) + "deep" + "</hi>" * depth,
    lambda r: "<p>" + "word " * r.randint(2_000_000, 2_200_000) + "</p>",
    # Shapes of fuzz39: nesting far past libxml2's limit, one huge attribute value, comment,
    # script or JSON-LD string, siblings and metas by the hundred thousand, JSON-LD objects nested
    # a thousand deep, text of entities only, charsets a BOM contradicts, runs of NUL.
    lambda r: "<div>" * r.randint(20_000, 100_000) + "<p>Deep.</p>",
    lambda r: (
        '<p class="'
        + r.choice(["a", "a ", "<a>", "&amp;"]) * r.randint(1_000_000, 5_000_000)
        + '">text</p>'
    ),
    lambda r: "<p>para</p>" * r.randint(50_000, 200_000),
    lambda r: (
        r.choice(["<!--", "<script>", "<style>", "<![CDATA["])
        + "x -- " * r.randint(200_000, 2_000_000)
        + r.choice(["-->", "</script>", "</style>", "]]>", ""])
    ),
    lambda r: (
        '<script type="application/ld+json">'
        + '{"@type": "NewsArticle", "author": ' * (depth := r.randint(500, 1_000))
        + '"Ana Lima"'
        + "}" * depth
        + "</script>"
    ),
    lambda r: (
        '<script type="application/ld+json">{"@type": "NewsArticle", "'
        + r.choice(["headline", "author", "datePublished", "articleBody", "description"])
        + '": "'
        + r.choice(["a", "Ab ", "\\u00e9", "2024-05-06 ", "\\n"]) * r.randint(500_000, 2_500_000)
        + '"}</script>'
    ),
    lambda r: (
        "<p>"
        + "".join(
            r.choice(["&amp;", "&#x41;", "&eacute;", "&nbsp;", "&zz;", "&#0;"]) for _ in range(50)
        )
        * r.randint(2_000, 20_000)
        + "</p>"
    ),
    lambda r: "".join(
        f'<meta {r.choice(["name", "property"])}="'
        f'{r.choice(["author", "og:title", "description", "article:published_time", "keywords"])}"'
        f' content="{"Ab, " * r.randint(10_000, 200_000)}">'
        for _ in range(r.randint(2, 20))
    ),
    lambda r: '<meta charset="' + r.choice(["utf-16", "utf-32", "utf-16be", "utf-8", "gbk"]) + '">',
    lambda r: "\x00" * r.randint(1, 1_000_000),
    # Shapes of fuzz40: an author value of thousands of different names (each reader split all
    # of it), in a <meta> or JSON-LD, and a JSON-LD articleBody of one long line of filler.
    lambda r: (
        f'<meta name="{r.choice(["author", "article:author", "dc.creator"])}" content="'
        + ", ".join(f"Ana Lima{i}" for i in range(r.randint(20_000, 300_000)))
        + '">'
    ),
    lambda r: (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": "'
        + r.choice([", ", " and ", "; ", " / "]).join(
            f"Jo Roe{i}" for i in range(r.randint(20_000, 300_000))
        )
        + '"}</script>'
    ),
    lambda r: (
        '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "'
        + r.choice(["word. ", "Ab cd. ", "x ", "\\u00e9. "]) * r.randint(1_000, 500_000)
        + '"}</script>'
    ),
)
_BINARY = (b"\x7fELF\x02\x01", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n", b"PK\x03\x04", b"\x00\x01\x02")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_CODECS = ("utf-16", "utf-16-be", "utf-32", "cp1251", "shift_jis", "latin-1", "gb18030", "koi8-r")


class _NoOffset(dt.tzinfo):
    """A zone that knows no offset (``utcoffset`` gives ``None``): legal, and odd."""

    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta | None:
        return None

    def dst(self, when: dt.datetime | None) -> dt.timedelta | None:
        return None

    def tzname(self, when: dt.datetime | None) -> str | None:
        return None


# Odd but legal options for the Python API: addresses that are no addresses, charsets that are
# no text codecs, extreme zones, a kind that does not fit the input.
_URLS = (
    None,
    "",
    "http://[::1",
    "javascript:alert(1)",
    "http://" + "a" * 100_000 + ".org/",
    "http://x.org/\x00a",
    "http://x.org/\ud800",
    "//x.org/a",
    "a/b",
    "http://u:p@host:99999/x",
    "http://xn--/",
    " http://x.org/a b ",
)
_ENCODINGS = (
    None,
    "",
    "utf-16",
    "utf-32",
    "base64",
    "x" * 1_000,
    "utf-8\x00",
    "\ud800",
    "shift_jis",
    "rot13",
    " latin-1 ",
    "UTF8",
    "mbcs",
    "cp65001",
)
_ZONES = (
    None,
    dt.timezone.utc,
    dt.timezone(dt.timedelta(hours=23, minutes=59)),
    dt.timezone(dt.timedelta(hours=-23, minutes=-59)),
    _NoOffset(),
)


def _pages(limit: int | None) -> list[bytes]:
    pages = list(_BUILT_IN)
    pages.extend(path.read_bytes() for path in sorted((ROOT / "seeds").glob("*.txt")))
    if DATA.is_dir():
        for path in sorted(DATA.glob("*/html/**/*.html.gz"))[:limit]:
            pages.append(gzip.decompress(path.read_bytes()))
        for path in sorted(DATA.glob("*/pages/*/source.html.gz"))[:limit]:
            pages.append(gzip.decompress(path.read_bytes()))
    return pages


def mutate(page: bytes, rng: random.Random) -> bytes:
    """Apply one to three random mutations to ``page``."""
    data = bytearray(page)
    for _ in range(rng.randint(1, 3)):
        choice = rng.randrange(9)
        at = rng.randint(0, len(data))
        if choice <= 2:  # splice a hostile fragment in
            fragment = rng.choice(_FRAGMENTS)(rng)
            data[at:at] = fragment.encode("utf-8", "surrogatepass")
        elif choice == 3 and data:  # flip some bytes
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif choice == 4:  # cut the page short
            del data[at:]
        elif choice == 5 and data:  # double a part of it
            end = rng.randint(at, min(len(data), at + 100_000))
            data[at:at] = data[at:end]
        elif choice == 7:  # a byte-order mark, in front or anywhere
            where = 0 if rng.random() < 0.5 else at
            data[where:where] = rng.choice(_BOMS)
        elif choice == 8 and data:  # a part of the page in another encoding (mixed encodings)
            end = rng.randint(at, min(len(data), at + 50_000))
            part = bytes(data[at:end]).decode("utf-8", "replace")
            data[at:end] = part.encode(rng.choice(_CODECS), "replace")
        elif rng.random() < 0.3:  # a binary signature in front
            data[0:0] = rng.choice(_BINARY)
        else:  # the page re-encoded
            text = bytes(data).decode("utf-8", "replace")
            data = bytearray(
                text.encode(rng.choice(["utf-16", "cp1251", "shift_jis", "latin-1"]), "replace")
            )
    return bytes(data)


# The text campaign (``--text``): text dumps in the legacy charsets people's dumps come in, with
# lines far longer than any layout has (a CJK paragraph holds no space, a converter may drop every
# line break). Each codec with the letters it can write, so a swapped part is not all "?".
_HAN = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 400))
_KANA = "".join(chr(c) for c in range(0x3041, 0x3094))
_HANGUL = "".join(chr(c) for c in range(0xAC00, 0xAC00 + 400))
_ARABIC = "".join(chr(c) for c in range(0x0621, 0x063B)) + "".join(
    chr(c) for c in range(0x0641, 0x064B)
)
_ACCENTED = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿšžœŸ€"
_SCRIPTS: dict[str, str] = {
    "shift_jis": _HAN[:200] + _KANA,
    "gb18030": _HAN,
    "euc_kr": _HANGUL,
    "cp1252": _ACCENTED,
    "cp1256": _ARABIC,
    "utf-16": _HAN + _HANGUL + _ARABIC,
    "utf-16-le": _HAN + _KANA + _ACCENTED,
    "utf-16-be": _HANGUL + _ARABIC,
    "utf-8": _HAN + _HANGUL + _ARABIC + _ACCENTED,
}
_TEXT_CODECS = tuple(_SCRIPTS)
_MARKS = ("@", ":", "/", ".", "-", "(", ",", "|", "#", "'", '"', "_", "+", "=", "&", "?")


def _script_line(rng: random.Random, letters: str, n: int) -> str:
    """``n`` letters of one script in a line with no space, with one or two marks somewhere."""
    chars = [rng.choice(letters) for _ in range(n)]
    for _ in range(rng.randint(1, 2)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(_MARKS))
    return "".join(chars)


def _text_fragment(rng: random.Random, letters: str) -> str:
    """A hostile line for a text dump.

    A long run of one kind of character, a long line of a script with no space and one mark, or
    a long line of words with no break.
    """
    n = rng.choice([1_000, 10_000, 50_000, 200_000])
    shape = rng.randrange(7)
    if shape == 0:
        line = _script_line(rng, letters, n)
    elif shape == 1:
        unit = rng.choice(
            ["a", "Z", "1", ".", " ", "\u00a0", "-", "=", "_", "*", "#", "/", "9.", "a.", "- "]
        )
        line = unit * n
    elif shape == 2:
        line = rng.choice(["Foto: ", "By ", "Oleh ", "Tags: ", "Source: ", "(", "Jakarta - "]) + (
            _script_line(rng, letters, n)
        )
    elif shape == 3:
        words = [_script_line(rng, letters, rng.randint(1, 8)) for _ in range(n // 5)]
        line = rng.choice([" ", ", ", " - ", ". ", "\u3000", "\u00a0"]).join(words)
    elif shape == 4:
        line = (
            rng.choice(["2023", "14", "11:22", "Mei", "WIB", "@"])
            + rng.choice([" ", "\u00a0", "-", "/", "."]) * n
            + rng.choice(["2023", "x", "11:22", ""])
        )
    elif shape == 5:
        line = rng.choice(_MARKS) * n + _script_line(rng, letters, 10)
    else:
        line = "".join(rng.choice(letters + "@:/. ") for _ in range(n))
    return "\n" + line + "\n" if rng.random() < 0.8 else line


def _text_pages(limit: int | None) -> list[str]:
    """The text dumps to start from.

    The built-in dump, the seeds, the cached renderings of the development pages and the real
    dumps (when ``../cache`` holds them).
    """
    pages = [_BUILT_IN[1].decode("utf-8")]
    pages.extend(path.read_text("utf-8") for path in sorted((ROOT / "seeds").glob("*.txt")))
    cache = ROOT / ".." / "cache"
    for folder in [*sorted((cache / "dumps").glob("*/")), cache / "real_dumps_tune"]:
        for path in sorted(folder.glob("*.txt"))[:limit]:
            pages.append(path.read_text("utf-8", "replace"))
    return pages


def mutate_text(page: str, rng: random.Random) -> tuple[bytes, str]:
    """Apply one to three text mutations to the dump ``page`` and encode it.

    Give the bytes and the codec they are in (``utf-16`` writes a byte-order mark,
    ``utf-16-le`` and ``utf-16-be`` none).
    """
    codec = rng.choice(_TEXT_CODECS)
    letters = _SCRIPTS[codec]
    text = page
    for _ in range(rng.randint(1, 3)):
        choice = rng.randrange(8)
        at = rng.randint(0, len(text))
        if choice <= 1:  # a hostile line of the codec's script
            text = text[:at] + _text_fragment(rng, letters) + text[at:]
        elif choice == 2:  # a part written in the codec's script (letters swapped one for one)
            end = rng.randint(at, min(len(text), at + 50_000))
            swapped = "".join(rng.choice(letters) if ch.isalpha() else ch for ch in text[at:end])
            text = text[:at] + swapped + text[end:]
        elif choice == 3:  # the line breaks of a part dropped (or made spaces): one huge line
            end = rng.randint(at, len(text)) if rng.random() < 0.5 else len(text)
            joined = text[at:end].replace("\n", rng.choice(["", " ", "\u3000", "\r"]))
            text = text[:at] + joined + text[end:]
        elif choice == 4:  # a line repeated on one line, thousands of times
            start = text.rfind("\n", 0, at) + 1
            stop = text.find("\n", at)
            line = text[start : stop if stop >= 0 else len(text)]
            times = min(rng.randint(100, 5_000), 2_000_000 // max(len(line), 1))
            text = text[:at] + line * times + text[at:]
        elif choice == 5:  # an old fragment (built for HTML pages, most of them text too)
            fragment = rng.choice(_FRAGMENTS)(rng)
            text = text[:at] + fragment + text[at:]
        elif choice == 6:  # Windows or old Mac line ends
            text = text.replace("\n", rng.choice(["\r\n", "\r", "\u2028", "\x85"]))
        else:  # cut short
            text = text[:at]
    data = text.encode(codec, "replace") if codec != "utf-8" else text.encode("utf-8", "replace")
    if rng.random() < 0.1 and data:  # and some bytes flipped
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        data = bytes(flipped)
    return data, codec


def _parse_quietly(source: bytes | str, options: dict[str, Any]) -> None:
    with contextlib.suppress(newsparse.NewsparseError):
        newsparse.parse_article(source, **options)


def odd_options(rng: random.Random) -> dict[str, Any]:
    """Keyword options for :func:`newsparse.parse_article`: the defaults or odd legal values."""
    if rng.random() < 0.5:
        return {}
    return {
        "url": rng.choice(_URLS),
        "encoding": rng.choice(_ENCODINGS),
        "default_timezone": rng.choice(_ZONES),
        "kind": rng.choice(("auto", "auto", "html", "text")),
    }


def check(
    data: bytes, options: dict[str, Any] | None = None, text: str | None = None
) -> str | None:
    """Parse ``data`` as bytes and as text; return what broke the contract, or ``None``.

    ``options`` are passed to the parse of the bytes (the text is parsed with the defaults);
    ``text`` is the str to parse (``data`` read as UTF-8 when not given).
    """
    budget = max(3.0, 2.0 * len(data) / 1e6)
    if text is None:
        try:  # keeps lone surrogates a fragment put in, as a str page from elsewhere may hold them
            text = data.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            text = data.decode("utf-8", "replace")
    runs: tuple[tuple[bytes | str, dict[str, Any]], ...] = ((data, options or {}), (text, {}))
    for source, kwargs in runs:
        start = time.process_time()
        try:
            article = newsparse.parse_article(source, **kwargs)
        except newsparse.NewsparseError:
            article = None
        except Exception:  # any other exception is the finding itself
            return f"raised with options {kwargs!r:.300}\n" + traceback.format_exc(limit=-3)
        elapsed = time.process_time() - start
        if elapsed > budget:  # time it again: a busy machine may have slowed the first run
            start = time.process_time()
            _parse_quietly(source, kwargs)
            elapsed = min(elapsed, time.process_time() - start)
        if elapsed > budget:
            return (
                f"took {elapsed:.1f} s, over the budget of {budget:.1f} s for {len(data):,} bytes"
            )
        if article is not None:
            try:
                article.to_json().encode("utf-8")
            except Exception:
                return "to_json failed " + traceback.format_exc(limit=-3)
            fields = (article.title, article.description, *article.paragraphs, *article.authors)
            if any(value is not None and clean_text(value) != value for value in fields):
                return "a field holds a control character, a surrogate or a noncharacter"
            lines = (article.title, article.description, *article.authors, *article.tags)
            if any(value is not None and clean_line(value) != value for value in lines):
                return "a one-line field keeps two spaces, an edge space or an invisible character"
    return None


def _keep(
    out: Path, name: str, data: bytes, *, options: dict[str, Any], codec: str, note: str
) -> tuple[Path, Path]:
    """Write ``data`` to ``out/<name>.bin`` and a note on how it is checked to ``<name>.txt``."""
    out.mkdir(parents=True, exist_ok=True)
    paths = (out / f"{name}.bin", out / f"{name}.txt")
    paths[0].write_bytes(data)
    note = f"{note}\noptions of the bytes parse: {options!r:.500}\n"
    if codec:
        note += f"the text parse read the bytes as {codec}\n"
    paths[1].write_text(note, encoding="utf-8", errors="backslashreplace")
    return paths


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; return 1 when anything broke the contract."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=45.0, help="how long to run")
    parser.add_argument("--seed", type=int, default=0, help="the random seed (runs repeat)")
    parser.add_argument(
        "--pages", type=int, default=None, help="use at most this many pages per set"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz" / "findings")
    parser.add_argument(
        "--text",
        action="store_true",
        help="mutate text dumps (legacy charsets, UTF-16, huge lines) and parse them as text",
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pages: list[bytes | str] = [*(_text_pages(args.pages) if args.text else _pages(args.pages))]
    deadline = time.monotonic() + args.seconds
    runs = findings = 0
    largest = 0
    while time.monotonic() < deadline:
        page, codec = rng.choice(pages), ""
        if isinstance(page, str):
            data, codec = mutate_text(page, rng)
            text: str | None = data.decode(codec, "replace")
            options: dict[str, Any] = {"kind": "text"}
            if rng.random() < 0.3:  # the charset known from outside, or a wrong one
                options["encoding"] = rng.choice([codec, codec, "utf-8", "cp1252", "shift_jis"])
        else:
            data, text = mutate(page, rng), None
            options = odd_options(rng)
        largest = max(largest, len(data))
        runs += 1
        # The input is on disk while it is checked: a run stopped on a stall keeps it.
        current = _keep(
            args.out,
            f"current-{args.seed}",
            data,
            options=options,
            codec=codec,
            note=f"input {runs}",
        )
        problem = check(data, options, text)
        if problem is not None:
            findings += 1
            name = f"finding-{args.seed}-{runs}"
            print(f"finding {name}: {problem.splitlines()[0]}", file=sys.stderr)
            _keep(args.out, name, data, options=options, codec=codec, note=problem)
        for path in current:
            path.unlink(missing_ok=True)
    print(
        f"{runs:,} inputs from {len(pages):,} pages (largest {largest / 1e6:.1f} MB), "
        f"seed {args.seed}: {findings} findings"
    )
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
