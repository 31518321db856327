r"""A generated corpus of text dumps, and its scores per field on tuned and held-out publishers.

Every development HTML page (fundus, readability, trafilatura and the Indonesian pages) is rendered
to text the ways people really write dumps:

* ``inscriptis``: browser-like text of the whole page (menus, lists and footers included);
* ``html2text``: Markdown of the whole page (no line wrapping);
* ``soup``: BeautifulSoup's whole-page ``get_text("\n")``;
* ``trafilatura``: trafilatura's plain-text output (the article alone, often without a title);
* ``trafilatura-meta``: the same behind its ``---``/``title:``/``author:``/``date:`` header;
* ``newspaper``: newspaper4k's ``article.text`` alone (the page's HTML given, nothing downloaded);
* ``newspaper-header``: the same behind a plain header a script wrote;
* ``newspaper-md``: the same in a Markdown file a script wrote.

The ``newspaper*`` dumps copy how scripts in public repositories write newspaper's output to
``.txt`` and ``.md`` files (found with the code search over public repositories; none of the
repositories of the hand-labelled real dumps). One convention is picked per page by a fixed hash of
its file name, so every convention covers a share of every publisher:

* text alone (``newspaper``): ``f.write(article.text)``, as in ``katurian/snatch``
  (``GetArticle.py``), ``Shumin115/IOS-Project`` (``url2txt/newspaper_lib.py``) and ``fglass/bloog``
  (``backend/article.py``);
* plain header (``newspaper-header``), three conventions: ``Author: {article.authors}`` (the Python
  list, ``['A', 'B']``) and ``Publish date: {article.publish_date}`` (``2023-08-07 00:00:00``, or
  ``None``) above a blank line, no title (``vince-lam/gpt-summariser``,
  ``gpt_summariser/download_text.py``); ``Title:`` alone on its line, the title, ``Article Text:``,
  the text, then ``Article Keywords:`` with one keyword a line after the text (``rikuh00/FreshStocks``,
  ``stock_news.py``); ``Title: ...``, ``Authors: A, B``, ``Publish Date: ...``, ``Top Image: <url>``,
  a blank line and ``Text: <text>`` (a Scrapy spider's ``index.txt`` writer that the index showed
  without naming its repository);
* Markdown (``newspaper-md``), two conventions: ``# title``, the day (``%Y-%m-%d``), ``## Article``,
  the text, ``## Keywords`` with the keywords joined by commas, ``---`` and ``*Extracted from article
  by A, B*`` (``msaum/url_doc_to_markdown``, ``url2markdown.py``); ``# title``, the text with
  ``Advertisement`` lines dropped, ``---`` and ``Source: <url>`` (``spr0ut7/gettr``, ``gettr.py``).

Those scripts' ``## Summary`` / ``Article Summary:`` sections are left out, and their keywords come
from the page's ``<meta name="keywords">`` (``article.meta_keywords``): ``article.nlp()`` needs NLTK
data that cannot be downloaded here. newspaper4k comes with the ``bench`` extra (never the package's
own dependencies); without it the ``newspaper*`` dumps are skipped.

Each dump takes its gold from its page's gold, restricted to what the dump can show: a title is
expected only when the gold title stands on a line of its own (a body-only rendering without it
expects ``title=None``, as does a newspaper dump whose header has no title line); authors and a
date whose year the dump never prints are expected absent.

Besides the fields, ``score`` measures the paragraph structure (``¶ exact``): of the gold paragraphs
that stand verbatim as one block of the dump (a line, or a blank-line-separated block with its lines
joined), the share the parser returns as exactly one paragraph, neither merged with a neighbour nor
split (a first paragraph counts too when the parser returned it without the dateline it read).
Paragraphs the dump breaks or glues itself are not counted, so the measure asks only what the dump
settles. Where a dump wraps another rendering's text in a tool's lines (``newspaper-header`` and
``newspaper-md`` around ``newspaper``, ``trafilatura-meta`` around ``trafilatura``), ``no tool ¶``
is the share of dumps where no paragraph holds a line the tool wrote (a header field, a keyword, an
image or source line): those lines are found by comparing the two dumps, not by any rule of the
parser's.

The pages are split by publisher (a fixed hash of each set's name for it, so the split never
moves): one in three publishers is *held out* and is never looked at while tuning the parser; the
scores are reported for both. The sets name one outlet differently (fundus ``DerFreitag``,
trafilatura ``freitag.de``), so a publisher is held out only if every name it goes by is
(:func:`is_held_out`, with :func:`benchmarks.publishers.canonical`'s one key per outlet); the
manifest's ``held_out`` is settled again by that rule whenever it is read (:func:`read_manifest`).

Usage (renderers from the ``textdumps`` extra; dumps go outside the repository)::

    python -m benchmarks.textdumps render [--out /work/cache/dumps]
    python -m benchmarks.textdumps score [--out /work/cache/dumps] [--split held-out]

``--split held-out-both`` scores the held-out dumps whose page ``benchmarks/heldout.py``'s HTML
split holds out too (:func:`held_out_in_html`): the two splits hash publishers differently, and at
ca79ac1 131 of the 267 held-out pages here belong to publishers tuned on in the HTML split.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmarks.datasets import DEFAULT_DATA_DIR, Page, load_set, read_source
from benchmarks.publishers import canonical
from benchmarks.score import (
    aggregate_body,
    author_prf,
    body_counts,
    date_matches,
    norm_space,
    parse_gold_date,
)

__all__ = [
    "RENDERERS",
    "TUNED_ELSEWHERE",
    "held_out",
    "is_held_out",
    "main",
    "publisher",
    "publisher_key",
    "read_manifest",
]

DEFAULT_OUT = Path("/work/cache/dumps")
HTML_SETS = ("fundus", "readability", "trafilatura", "indonesian-html")
#: One publisher in this many is held out.
HOLD_OUT_EVERY = 3

_MARKDOWN = re.compile(r"^(?:#{1,6}\s+|[*_]{1,3})|[*_]{1,3}$")


def publisher(page: Page) -> str:
    """The publisher of a page: fundus names it; elsewhere the host of its address, or the case."""
    if page.set_name == "fundus":
        return page.page_id.split("/")[-1].split("_")[0]
    if page.url:
        host = urlsplit(page.url).hostname or ""
        return host.removeprefix("www.") or page.page_id
    return f"{page.set_name}:{page.page_id}"


def held_out(name: str) -> bool:
    """Whether a fixed hash of the publisher name ``name`` holds it out (see :func:`is_held_out`)."""
    return zlib.crc32(name.encode("utf-8")) % HOLD_OUT_EVERY == 0


#: The publisher keys (:func:`publisher_key`) that :func:`held_out` put on both sides under their
#: sets' names: some of their pages were tuned on, so all of them are tuned. Checked against the
#: development data by ``tests/test_bench_textdumps.py``.
TUNED_ELSEWHERE = frozenset(
    {
        "antaranews",
        "faz",
        "freitag",
        "heise",
        "kompas",
        "lefigaro",
        "lifehacker",
        "medium",
        "mitteldeutschezeitung",
        "netzpolitik",
        "nytimes",
        "salon",
        "standard",
        "tagesanzeiger",
        "tagesspiegel",
        "thetelegraph",
        "washingtonpost",
        "wikipedia",
        "wired",
        "wochenblatt",
        "yahoo",
        "zeit",
    }
)


def publisher_key(set_name: str, page_id: str, name: str) -> str:
    """The key shared by every set's name of one publisher (``name`` from :func:`publisher`)."""
    if set_name != "fundus" and name.startswith(f"{set_name}:"):
        return canonical(Path(page_id).name.split(".")[0])  # a readability case
    return canonical(name)


def is_held_out(set_name: str, page_id: str, name: str) -> bool:
    """Whether the page ``page_id`` of ``set_name``, published by ``name``, is held out.

    It is when the hash of ``name`` holds it out (:func:`held_out`) and the publisher was not
    tuned on under another name (:data:`TUNED_ELSEWHERE`).
    """
    return held_out(name) and publisher_key(set_name, page_id, name) not in TUNED_ELSEWHERE


def read_manifest(out: Path) -> list[dict[str, Any]]:
    """The rows of ``out/manifest.jsonl``, each row's ``held_out`` settled by :func:`is_held_out`.

    A manifest written before the rule holds the hash's answer alone; reading it through here
    gives every reader the same split without rendering again. A row that names no publisher keeps
    the ``held_out`` it has.
    """
    with (out / "manifest.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    for row in rows:
        if {"set", "page", "publisher"} <= row.keys():
            row["held_out"] = is_held_out(row["set"], row["page"], row["publisher"])
    return rows


# -- renderers ----------------------------------------------------------------------------------


def _inscriptis(html: str) -> str:
    from inscriptis import get_text

    return str(get_text(html))


def _html2text(html: str) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    return str(converter.handle(html))


def _soup(html: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text("\n")


def _trafilatura_meta(html: str) -> str:
    import trafilatura

    return str(trafilatura.extract(html, output_format="txt", with_metadata=True) or "")


def _strip_header(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5 :]
    return text


RENDERERS: dict[str, Callable[[str], str]] = {
    "inscriptis": _inscriptis,
    "html2text": _html2text,
    "soup": _soup,
    "trafilatura-meta": _trafilatura_meta,
}
#: Whole-page renderings (the article with the site around it).
WHOLE_PAGE = ("inscriptis", "html2text", "soup")
#: newspaper4k's text, alone, behind a plain header and in a Markdown file (one extraction each page).
NEWSPAPER = ("newspaper", "newspaper-header", "newspaper-md")
#: How many conventions each newspaper rendering has (see the module docstring).
_CONVENTIONS = {"newspaper": 1, "newspaper-header": 3, "newspaper-md": 2}
#: The (rendering, convention) pairs whose dump has no title line.
_TITLELESS = {("newspaper", 0), ("newspaper-header", 0)}
ALL_RENDERINGS = (*RENDERERS, "trafilatura", *NEWSPAPER)


def _convention(renderer: str, stem: str) -> int:
    """Which of a newspaper rendering's conventions writes the page ``stem`` (a fixed hash)."""
    return zlib.crc32(f"{renderer}:{stem}".encode()) % _CONVENTIONS[renderer]


def _newspaper_renderings(html: str, page: Page) -> dict[str, str]:
    """newspaper4k's extraction of one page, written the ways scripts write it (module docstring)."""
    import newspaper

    url = page.url or "https://example.com/article"
    article = newspaper.Article(url, fetch_images=False)
    article.download(input_html=html)
    article.parse()
    text = str(article.text or "").strip()
    if not text:
        return dict.fromkeys(NEWSPAPER, "")
    title = str(article.title or "")
    authors = [str(name) for name in article.authors]
    date = article.publish_date
    keywords = [str(word) for word in article.meta_keywords if str(word).strip()]
    stem = _stem(page)
    plain = (
        f"Author: {authors}\nPublish date: {date}\n\n{text}",
        f"Title:\n{title}\n\nArticle Text:\n{text}\n\n\nArticle Keywords:\n" + "\n".join(keywords),
        f"Title: {title}\nAuthors: {', '.join(authors)}\nPublish Date: {date}\n"
        f"Top Image: {article.top_image}\n\nText: {text}",
    )
    day = date.strftime("%Y-%m-%d") if date is not None else ""
    kept: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.casefold() == "advertisement" or (not line and (not kept or not kept[-1])):
            continue
        kept.append(line)
    markdown = (
        f"# {title}\n\n{day}\n\n## Article\n{text}\n\n## Keywords\n{', '.join(keywords)}\n\n---\n"
        f"*Extracted from article by {', '.join(authors) if authors else 'Unknown author'}*\n",
        f"# {title}\n\n" + "\n".join(kept).strip() + f"\n\n---\nSource: {url}\n",
    )
    return {
        "newspaper": text,
        "newspaper-header": plain[_convention("newspaper-header", stem)],
        "newspaper-md": markdown[_convention("newspaper-md", stem)],
    }


# -- gold restricted to what a dump shows --------------------------------------------------------


def _lines(text: str) -> list[str]:
    out = []
    for raw in text.splitlines():
        line = norm_space(_MARKDOWN.sub("", raw.strip()))
        if line:
            out.append(line)
    return out


def dump_gold(page: Page, renderer: str, text: str) -> dict[str, Any]:
    """The gold of one dump, as JSON: a key left out is not scored."""
    gold = page.gold
    lines = _lines(text)
    line_set = set(lines)
    newspaper = renderer in NEWSPAPER
    for line in lines[:20]:  # a header block's "title: ..." field shows the title too
        if line.startswith("title: ") or (newspaper and line[:7].casefold() == "title: "):
            line_set.add(norm_space(line[7:].strip().strip('"')))
    titleless = renderer == "trafilatura" or (
        newspaper and (renderer, _convention(renderer, _stem(page))) in _TITLELESS
    )
    folded = text.casefold()
    out: dict[str, Any] = {}
    if gold.title is not None:
        title = norm_space(gold.title)
        if title in line_set:
            out["title"] = title
        elif titleless:
            out["title"] = None  # a body-only rendering without its headline
    elif titleless and len(lines) > 0:
        out["title"] = None
    if gold.authors is not None:
        shown = all(name.split()[-1].casefold() in folded for name in gold.authors if name.split())
        out["authors"] = list(gold.authors) if shown else []
    elif page.set_name in ("fundus", "readability"):
        out["authors"] = []  # these sets record "nobody" as an empty byline
    if gold.date is not None:
        year = str(gold.date.value.year)
        out["date"] = gold.date.value.isoformat() if year in text else None
    if gold.body is not None:
        out["body"] = gold.body
    return out


# -- render -------------------------------------------------------------------------------------


def _pages(data: Path) -> Iterator[Page]:
    for name in HTML_SETS:
        yield from load_set(name, data)


def _stem(page: Page) -> str:
    return re.sub(r"[^\w.-]+", "_", f"{page.set_name}__{page.page_id}")


def _render_page(html: str, page: Page, out: Path) -> dict[str, str]:
    """Render one page, or read its dumps back when an earlier run wrote them all."""
    stem = _stem(page)
    paths = {name: out / name / f"{stem}.txt" for name in RENDERERS}
    if all(path.exists() for path in paths.values()):
        texts = {name: path.read_text(encoding="utf-8") for name, path in paths.items()}
    else:
        texts = {}
        for name, renderer in RENDERERS.items():
            try:
                texts[name] = renderer(html)
            except Exception as error:  # a renderer's failure skips one dump
                print(f"{name} failed on {page.page_id}: {error!r}", file=sys.stderr)
                texts[name] = ""
            paths[name].parent.mkdir(parents=True, exist_ok=True)
            paths[name].write_text(texts[name], encoding="utf-8")
    texts["trafilatura"] = _strip_header(texts.get("trafilatura-meta", ""))
    path = out / "trafilatura" / f"{stem}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(texts["trafilatura"], encoding="utf-8")
    texts.update(_render_newspaper(html, page, out))
    return texts


def _render_newspaper(html: str, page: Page, out: Path) -> dict[str, str]:
    """The newspaper renderings of one page (read back when written before); none without it."""
    paths = {name: out / name / f"{_stem(page)}.txt" for name in NEWSPAPER}
    if all(path.exists() for path in paths.values()):
        return {name: path.read_text(encoding="utf-8") for name, path in paths.items()}
    try:
        texts = _newspaper_renderings(html, page)
    except ImportError:
        return {}
    except Exception as error:  # a renderer's failure skips the page's dumps
        print(f"newspaper failed on {page.page_id}: {error!r}", file=sys.stderr)
        texts = dict.fromkeys(NEWSPAPER, "")
    for name, path in paths.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(texts[name], encoding="utf-8")
    return texts


def render(data: Path, out: Path) -> int:
    """Render every page with every renderer into ``out``; write ``out/manifest.jsonl``.

    Dumps already written are read back rather than rendered again, so an interrupted run resumes.
    """
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    manifest = out / "manifest.jsonl"
    partial = out / "manifest.jsonl.partial"  # replaced at the end, so readers never see half of it
    with partial.open("w", encoding="utf-8") as handle:
        for number, page in enumerate(_pages(data)):
            texts = _render_page(read_source(page), page, out)
            for name, text in texts.items():
                if not text.strip():
                    continue
                row = {
                    "path": f"{name}/{_stem(page)}.txt",
                    "renderer": name,
                    "set": page.set_name,
                    "page": page.page_id,
                    "publisher": publisher(page),
                    "held_out": is_held_out(page.set_name, page.page_id, publisher(page)),
                    "gold": dump_gold(page, name, text),
                }
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
            handle.flush()
            if number % 50 == 0:
                print(f"{number} pages rendered", file=sys.stderr)
    partial.replace(manifest)
    return count


# -- score --------------------------------------------------------------------------------------


def _parse(text: str) -> Any:
    from newsparse import NewsparseError, parse_article

    try:
        return parse_article(text)
    except NewsparseError:
        return None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: Invisible characters (soft hyphens, zero-width spaces and joiners) that a parser may drop.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
#: The labels a renderer above writes on the same line as the text's first paragraph
#: (``Text: <first paragraph>``): that paragraph is shown, behind the label.
_TEXT_LABELS = ("Text: ",)


def _visible(text: str) -> str:
    """``text`` whitespace-normalised without invisible characters."""
    return norm_space(_INVISIBLE.sub("", text)) if not text.isascii() else norm_space(text)


def _unlabelled(line: str) -> str:
    """``line`` without a leading :data:`_TEXT_LABELS` label."""
    for label in _TEXT_LABELS:
        if line.startswith(label):
            return line[len(label) :]
    return line


def _blocks(text: str) -> set[str]:
    """The dump's lines and its blank-line-separated blocks (lines joined), whitespace normalised.

    A line that opens with one of :data:`_TEXT_LABELS` counts without that label.
    """
    found: set[str] = set()
    for block in _BLANK_LINE.split(text):
        lines = [_visible(_unlabelled(line)) for line in block.splitlines() if line.strip()]
        found.update(lines)
        if lines:
            found.add(" ".join(lines))
    return found


def paragraph_exact(
    gold_body: str, text: str, paragraphs: Any, dateline: str | None
) -> tuple[int, int]:
    """``(returned whole, counted)`` for the gold paragraphs that stand as one block of ``text``.

    A gold paragraph is counted when it equals a line of the dump or a blank-line-separated block
    (its lines joined); it is returned whole when one of ``paragraphs`` equals it, or equals it
    without the ``dateline`` the parser read off its start (invisible characters such as soft
    hyphens, which the parser drops, are left out on both sides).
    """
    blocks = _blocks(text)
    wanted = [line for line in map(_visible, gold_body.split("\n")) if line and line in blocks]
    got = {_visible(paragraph) for paragraph in paragraphs}
    mark = _visible(dateline) if dateline else ""
    whole = 0
    for line in wanted:
        if line in got or (
            mark
            and line.startswith(mark)
            and any(len(p) < len(line) <= len(p) + len(mark) + 8 and line.endswith(p) for p in got)
        ):
            whole += 1
    return whole, len(wanted)


#: A line of the dump this long that is part of the gold body, or holds a gold paragraph this
#: long, without being one (the dump broke or glued the body's paragraphs) leaves the paragraph set
#: unsettled.
_OVERLAP = 20


def _same_paragraph(gold: str, got: str, mark: str) -> bool:
    """Whether the parsed paragraph ``got`` is the gold one (its dateline ``mark`` read off)."""
    return gold == got or bool(
        mark
        and gold.startswith(mark)
        and len(got) < len(gold) <= len(got) + len(mark) + 8
        and gold.endswith(got)
    )


def paragraph_ends(
    gold_body: str, text: str, paragraphs: Any, dateline: str | None
) -> tuple[bool, bool, bool | None] | None:
    """``(first right, last right, paragraphs right)`` against the gold paragraphs ``text`` shows.

    The gold paragraphs shown are those standing as one block of the dump (as for
    :func:`paragraph_exact`), in the gold's order; ``None`` when there is none. The first (last)
    is right when the parser's first (last) paragraph is that gold paragraph (the first may lack
    the dateline the parser read). The paragraphs are right when the parser returns exactly the
    shown gold paragraphs, in order: no boilerplate line kept, no body line dropped. That is
    scored (not ``None``) only when the dump settles it: no line of :data:`_OVERLAP` characters
    or more is a piece of the gold body, or holds such a gold paragraph, without being one.
    """
    blocks = _blocks(text)
    gold = [line for line in map(_visible, gold_body.split("\n")) if line]
    wanted = [line for line in gold if line in blocks]
    if not wanted:
        return None
    got = [_visible(paragraph) for paragraph in paragraphs]
    got = [paragraph for paragraph in got if paragraph]
    mark = _visible(dateline) if dateline else ""
    first = bool(got) and _same_paragraph(wanted[0], got[0], mark)
    last = bool(got) and _same_paragraph(wanted[-1], got[-1], mark if len(wanted) == 1 else "")
    shown = set(wanted)
    body = "\n".join(gold)
    settled = True
    for raw in text.splitlines():
        line = _visible(_unlabelled(raw))
        if len(line) < _OVERLAP or line in shown:
            continue
        if line in body or any(len(g) >= _OVERLAP and g in line for g in gold):
            settled = False
            break
    if not settled:
        return first, last, None
    right = len(got) == len(wanted) and all(
        _same_paragraph(g, p, mark if i == 0 else "")
        for i, (g, p) in enumerate(zip(wanted, got, strict=True))
    )
    return first, last, right


#: The renderings that wrap another's text in a tool's lines, and that other rendering.
_WRAPPED = {
    "newspaper-header": "newspaper",
    "newspaper-md": "newspaper",
    "trafilatura-meta": "trafilatura",
}
#: A line the tool wrote is found inside a paragraph only when it is this long (a keyword alone on
#: its line is also a word of the text).
_LEAK_INSIDE = 20


def tool_lines_kept(text: str, bare: str, paragraphs: Any) -> bool:
    """Whether a paragraph holds a line the tool wrote around the text (a header or footer line).

    The tool's lines are the lines of ``text`` that are not lines of ``bare``, the same extraction
    written alone; a paragraph holds one when it is that line, or contains it whole (a line of
    :data:`_LEAK_INSIDE` characters or more).
    """
    written = {norm_space(line) for line in text.splitlines()} - {
        norm_space(line) for line in bare.splitlines()
    }
    written.discard("")
    for paragraph in map(norm_space, paragraphs):
        if paragraph in written:
            return True
        if any(len(line) >= _LEAK_INSIDE and line in paragraph for line in written):
            return True
    return False


def score_rows(rows: list[dict[str, Any]], out: Path) -> dict[tuple[str, bool], dict[str, Any]]:
    """Parse each dump and tally the fields per (renderer, held out)."""
    tally: dict[tuple[str, bool], dict[str, Any]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    bodies: dict[tuple[str, bool], list[Any]] = defaultdict(list)
    for row in rows:
        key = (row["renderer"], row["held_out"])
        text = (out / row["path"]).read_text(encoding="utf-8")
        article = _parse(text)
        gold = row["gold"]
        counts = tally[key]
        counts["dumps"][1] += 1
        counts["dumps"][0] += article is not None
        whole = True
        if "title" in gold:
            got = None if article is None or article.title is None else norm_space(article.title)
            right = got == gold["title"]
            counts["title"][0] += right
            counts["title"][1] += 1
            if gold["title"] is None:
                counts["title none"][0] += right
                counts["title none"][1] += 1
            whole &= right
        if "authors" in gold:
            names = list(article.authors) if article is not None else []
            if gold["authors"]:
                f1 = author_prf(gold["authors"], names)[2]
                right = f1 == 1.0
                counts["authors F1"][0] += f1
            else:
                right = not names
                counts["authors F1"][0] += right
            counts["authors F1"][1] += 1
            whole &= right
        if "date" in gold:
            got_date = article.published if article is not None else None
            if gold["date"] is None:
                right = got_date is None
            else:
                wanted = parse_gold_date(gold["date"].replace("T", " "))
                right = wanted is not None and date_matches(wanted, got_date, day_only=True)
            counts["date (day)"][0] += right
            counts["date (day)"][1] += 1
            whole &= right
        if "body" in gold:
            predicted = "\n".join(article.paragraphs) if article is not None else ""
            bodies[key].append(body_counts(gold["body"], predicted))
            whole_paragraphs, counted = paragraph_exact(
                gold["body"],
                text,
                article.paragraphs if article is not None else (),
                article.dateline if article is not None else None,
            )
            counts["¶ exact"][0] += whole_paragraphs
            counts["¶ exact"][1] += counted
            ends = paragraph_ends(
                gold["body"],
                text,
                article.paragraphs if article is not None else (),
                article.dateline if article is not None else None,
            )
            if ends is not None:
                for name, right in zip(("first ¶", "last ¶", "¶ set"), ends, strict=True):
                    if right is not None:
                        counts[name][0] += right
                        counts[name][1] += 1
        bare_name = _WRAPPED.get(row["renderer"])
        bare_path = out / row["path"].replace(row["renderer"], bare_name, 1) if bare_name else None
        if bare_path is not None and bare_path.exists():
            kept = article is not None and tool_lines_kept(
                text, bare_path.read_text(encoding="utf-8"), article.paragraphs
            )
            counts["no tool ¶"][0] += not kept
            counts["no tool ¶"][1] += 1
        counts["whole dump"][0] += whole
        counts["whole dump"][1] += 1
    result: dict[tuple[str, bool], dict[str, Any]] = {}
    for key, counts in tally.items():
        result[key] = {
            name: (hit / total if total else None, total) for name, (hit, total) in counts.items()
        }
        if bodies[key]:
            result[key]["body F1"] = (aggregate_body(bodies[key])[2], len(bodies[key]))
    return result


FIELDS = (
    "dumps",
    "title",
    "title none",
    "authors F1",
    "date (day)",
    "body F1",
    "¶ exact",
    "first ¶",
    "last ¶",
    "¶ set",
    "no tool ¶",
    "whole dump",
)


def held_out_in_html(rows: list[dict[str, Any]], data: Path) -> set[tuple[str, str]]:
    """The ``(set, page)`` of ``rows`` that the HTML split holds out too.

    ``benchmarks/heldout.py`` splits the pages by publisher as well, but with its own hash
    (:func:`benchmarks.heldout.fold_of`): a publisher held out here may be tuned on there. The
    pages held out in both are those no tuning of either parser has looked at.
    """
    from benchmarks.heldout import fold_of

    wanted = {(row["set"], row["page"]) for row in rows}
    held = set()
    for name in sorted({set_name for set_name, _ in wanted}):
        for page in load_set(name, data):
            key = (name, page.page_id)
            if key in wanted and fold_of(page) == "held-out":
                held.add(key)
    return held


def _format(result: dict[tuple[str, bool], dict[str, Any]]) -> str:
    rows = ["| rendering | publishers | " + " | ".join(FIELDS) + " |"]
    rows.append("|---" * (len(FIELDS) + 2) + "|")
    for renderer in ALL_RENDERINGS:
        for hold in (False, True):
            cells = result.get((renderer, hold))
            if cells is None:
                continue
            shown = []
            for field in FIELDS:
                value = cells.get(field)
                if value is None or value[0] is None:
                    shown.append("n/a")
                else:
                    shown.append(f"{value[0]:.1%} ({value[1]})")
            split = "held out" if hold else "tuned"
            rows.append(f"| {renderer} | {split} | " + " | ".join(shown) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Render the corpus or score newsparse on it."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.textdumps")
    parser.add_argument("command", choices=("render", "score"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--split",
        choices=("all", "tuned", "held-out", "held-out-both"),
        default="all",
        help="held-out-both: the held-out dumps whose page the HTML split holds out too",
    )
    parser.add_argument("--renderers", nargs="*", default=None, help="only these renderings")
    parser.add_argument("--every", type=int, default=1, help="score one dump in this many")
    args = parser.parse_args(argv)
    if args.command == "render":
        started = time.perf_counter()
        count = render(args.data, args.out)
        print(f"{count} dumps in {time.perf_counter() - started:.0f} s -> {args.out}")
        return 0
    rows = read_manifest(args.out)
    if args.renderers:
        rows = [row for row in rows if row["renderer"] in args.renderers]
    rows = rows[:: args.every]
    if args.split == "held-out-both":
        rows = [row for row in rows if row["held_out"]]
        held = held_out_in_html(rows, args.data)
        rows = [row for row in rows if (row["set"], row["page"]) in held]
    elif args.split != "all":
        rows = [row for row in rows if row["held_out"] == (args.split == "held-out")]
    print(_format(score_rows(rows, args.out)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
