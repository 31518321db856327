"""The benchmark's data sets: pages and gold values, read from ``../shared/data`` and ``seeds/``.

Every loader reads a set's own expected-values file and maps its fields onto :class:`Gold`; a field
the set does not record stays ``None`` and is not scored. Pages are read in place (never copied) and
only when a tool needs them. The gold files and their conventions are described in
``../shared/data/README.md``.
"""

from __future__ import annotations

import codecs
import functools
import gzip
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import attrs

from benchmarks import peer_fixtures
from benchmarks.score import GoldDate, parse_gold_date

__all__ = [
    "DEFAULT_DATA_DIR",
    "OPT_IN_SETS",
    "QUICK_PER_SET",
    "REPO_ROOT",
    "SETS",
    "Gold",
    "Page",
    "decode_html",
    "load_set",
    "read_source",
]

Kind = Literal["html", "text"]

#: The repository root (``benchmarks/`` lives directly under it).
REPO_ROOT = Path(__file__).resolve().parents[1]
#: Where the shared development data lives, relative to the repository root.
DEFAULT_DATA_DIR = REPO_ROOT / ".." / "shared" / "data"
#: How many pages of each set the quick mode takes (the first ones in page-id order).
QUICK_PER_SET = 3

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Gold:
    """What a set records about one page; ``None`` means "not recorded, not scored".

    Attributes:
        title: The headline.
        authors: The authors' names (possibly one-string bylines); only pages naming someone.
        date: The publication date at its stated precision.
        body: The article body, for the shingle metric.
        captions: ``(text, credits)`` pairs; only pages with at least one caption.
        credits_scored: Whether the set records caption credits (else credit accuracy is skipped).
        with_: Snippets the body must contain.
        without: Snippets the body must not contain.
        paragraph_count: How many paragraphs the body has, where the set records it.
        image: The lead image's absolute address, where the set records it.
    """

    title: str | None = None
    authors: tuple[str, ...] | None = None
    date: GoldDate | None = None
    body: str | None = None
    captions: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    credits_scored: bool = False
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    paragraph_count: int | None = None
    image: str | None = None


@attrs.frozen(kw_only=True)
class Page:
    """One page of a set.

    Attributes:
        set_name: The set it belongs to.
        page_id: Its identifier within the set (a path relative to the set's folder).
        kind: ``"html"`` for a web page, ``"text"`` for a plain-text dump.
        path: The file holding the source (gzip-compressed when it ends in ``.gz``).
        url: The page's address when the set records it.
        gold: The expected values.
    """

    set_name: str
    page_id: str
    kind: Kind
    path: Path
    url: str | None
    gold: Gold


def decode_html(raw: bytes) -> str:
    """Decode a page's bytes the same way for every tool, before any clock starts.

    A byte-order mark wins, then strict UTF-8, then the charset a ``<meta>`` declares, then cp1252
    with replacement characters.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        if raw.startswith(bom):
            return raw[len(bom) :].decode(name, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(raw[:8192])
    if match is not None:
        try:
            return raw.decode(match.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def read_source(page: Page) -> str:
    """Read and decode the source of ``page``."""
    raw = page.path.read_bytes()
    if page.path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return decode_html(raw) if page.kind == "html" else raw.decode("utf-8")


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _names(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return None
    names = tuple(v for v in value if isinstance(v, str) and v.strip())
    return names or None


def _date(value: Any) -> GoldDate | None:
    return parse_gold_date(value) if isinstance(value, str) else None


def _credits(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(v for v in value if isinstance(v, str) and v.strip())


def _fundus(data: Path) -> list[Page]:
    pages = []
    for row in _jsonl(data / "fundus" / "expected.jsonl"):
        captions = tuple(
            (image["caption"], _credits(image.get("credit")))
            for image in row.get("images") or ()
            if _text(image.get("caption"))
        )
        gold = Gold(
            title=_text(row.get("title")),
            authors=_names(row.get("authors")),
            date=_date(row.get("publishing_date")),
            body="\n".join(row.get("paragraphs") or ()) or None,
            captions=captions or None,
            credits_scored=True,
        )
        path = data / "fundus" / row["file"]
        pages.append(
            Page(
                set_name="fundus",
                page_id=row["file"],
                kind="html",
                path=path,
                url=row.get("url"),
                gold=gold,
            )
        )
    return pages


def _readability(data: Path) -> list[Page]:
    pages = []
    for row in _jsonl(data / "readability" / "expected.jsonl"):
        captions = tuple((c, ()) for c in row.get("figcaptions") or () if _text(c))
        gold = Gold(
            title=_text(row.get("title")),
            authors=_names(row.get("byline")),
            date=_date(row.get("publishedTime")),
            captions=captions or None,
        )
        path = data / "readability" / row["source"]
        pages.append(
            Page(
                set_name="readability",
                page_id=row["case"],
                kind="html",
                path=path,
                url=None,
                gold=gold,
            )
        )
    return pages


def _trafilatura(data: Path) -> list[Page]:
    pages = []
    for row in _jsonl(data / "trafilatura" / "expected.jsonl"):
        author = row.get("author")
        if isinstance(author, str):
            author = author.split(";")
        gold = Gold(
            title=_text(row.get("title")),
            authors=_names(author),
            date=_date(row.get("date")),
            with_=tuple(row.get("with") or ()),
            without=tuple(row.get("without") or ()),
        )
        path = data / "trafilatura" / row["file"]
        pages.append(
            Page(
                set_name="trafilatura",
                page_id=row["file"],
                kind="html",
                path=path,
                url=row.get("url"),
                gold=gold,
            )
        )
    return pages


def _indonesian_html(data: Path) -> list[Page]:
    pages = []
    for row in _jsonl(data / "indonesian" / "html.jsonl"):
        gold = Gold(
            title=_text(row.get("title")),
            date=_date(row.get("date_wib")),
            body=_text(row.get("content")),
        )
        path = data / "indonesian" / row["file"]
        pages.append(
            Page(
                set_name="indonesian-html",
                page_id=row["file"],
                kind="html",
                path=path,
                url=row.get("url"),
                gold=gold,
            )
        )
    return pages


def _indonesian_text(data: Path, *, rendering: str = "article") -> list[Page]:
    """The text dumps of the Indonesian pages: ``article`` crops, or ``full`` whole-page renderings."""
    pages = []
    for row in _jsonl(data / "indonesian" / "text.jsonl"):
        manual = row.get("gold_manual") or {}
        captions = tuple(
            (c["text"], _credits(c.get("credit")))
            for c in manual.get("captions") or ()
            if _text(c.get("text"))
        )
        gold = Gold(
            title=_text(row.get("title")),
            authors=_names(manual.get("authors")),
            date=_date(row.get("date")),
            body=_text(row.get("body")),
            captions=captions or None,
            credits_scored=True,
        )
        path = data / "indonesian" / row[rendering]
        pages.append(
            Page(
                set_name="indonesian-text" if rendering == "article" else f"indonesian-{rendering}",
                page_id=row[rendering],
                kind="text",
                path=path,
                url=row.get("url"),
                gold=gold,
            )
        )
    return pages


def _instant(gold: GoldDate | None) -> GoldDate | None:
    """``gold`` marked as an instant: metascraper moves every time it reads to UTC."""
    return None if gold is None else attrs.evolve(gold, instant=True)


def _metascraper(data: Path) -> list[Page]:
    """The metascraper integration pages: its reviewed snapshot values, the lead image included.

    The gold is metascraper's own output, so its conventions come with it (``og:title`` before
    the visible headline, one author string). A date at midnight or at noon UTC exactly is read as
    day-only: that is how metascraper writes a date that has no time (midnight when the page gives
    an ISO day, noon when its date parser reads a written date and implies the hour; 12 of the 89
    golds are ``T12:00:00.000Z``; of those checked, three pages state no time at all and one states
    15:40Z, so metascraper kept only the day there too).
    """
    pages = []
    for row in _jsonl(data / "metascraper" / "expected.jsonl"):
        date = row.get("date")
        if isinstance(date, str) and date.endswith(("T00:00:00.000Z", "T12:00:00.000Z")):
            date = date[:10]
        gold = Gold(
            title=_text(row.get("title")),
            authors=_names(row.get("author")),
            date=_instant(_date(date)),
            image=_text(row.get("image")),
        )
        pages.append(
            Page(
                set_name="metascraper",
                page_id=row["file"],
                kind="html",
                path=data / "metascraper" / row["file"],
                url=row.get("url"),
                gold=gold,
            )
        )
    return pages


def _peer_fixtures(data: Path) -> list[Page]:
    """Peers' test fixtures (goose3, newspaper4k) with their gold, built outside the repository.

    The folder is ``$NEWSPARSE_PEER_FIXTURES``, else ``../cache/peer_fixtures`` beside the
    repository (see :mod:`benchmarks.peer_fixtures`); without one the set is empty and a line on
    stderr says why, so machines without the files are unaffected.
    """
    del data  # third-party pages never live in the shared data
    folder = peer_fixtures.resolve_dir()
    if folder is None:
        print(
            f"peer-fixtures: no gold.jsonl in ${peer_fixtures.ENV_VAR} or {peer_fixtures.DEFAULT_DIR}"
            " (python -m benchmarks.peer_fixtures fetch, then build); the set is empty",
            file=sys.stderr,
        )
        return []
    pages = []
    for row in _jsonl(folder / "gold.jsonl"):
        gold = Gold(
            title=_text(row.get("title")),
            authors=_names(row.get("authors")),
            date=_instant(_date(row.get("date")))
            if row.get("date_instant")
            else _date(row.get("date")),
            body="\n".join(row.get("paragraphs") or ()) or None,
        )
        pages.append(
            Page(
                set_name="peer-fixtures",
                page_id=row["file"],
                kind="html",
                path=folder / row["file"],
                url=row.get("url"),
                gold=gold,
            )
        )
    return pages


def _seed(data: Path) -> list[Page]:
    """The seed, scored against the expected values its tests use."""
    del data  # the seed lives in the repository, not in the shared data
    expected_file = REPO_ROOT / "tests" / "fixtures" / "seed_expected.json"
    expected: dict[str, Any] = json.loads(expected_file.read_text(encoding="utf-8"))
    captions = tuple(
        (c["text"], _credits(c.get("credit")))
        for c in expected.get("captions") or ()
        if isinstance(c, dict) and _text(c.get("text"))
    )
    paragraphs = expected.get("paragraphs") or []
    gold = Gold(
        title=_text(expected.get("title")),
        authors=_names(expected.get("authors")),
        date=_date(expected.get("published")),
        body="\n".join(paragraphs) or None,
        captions=captions or None,
        credits_scored=True,
        paragraph_count=len(paragraphs),
    )
    return [
        Page(set_name="seed", page_id=path.name, kind="text", path=path, url=None, gold=gold)
        for path in sorted((REPO_ROOT / "seeds").glob("*.txt"))
    ]


#: Every set the harness knows, in report order, with its loader.
SETS: dict[str, Callable[[Path], list[Page]]] = {
    "fundus": _fundus,
    "readability": _readability,
    "trafilatura": _trafilatura,
    "indonesian-html": _indonesian_html,
    "indonesian-text": _indonesian_text,
    "indonesian-full": functools.partial(_indonesian_text, rendering="full"),
    "seed": _seed,
    "metascraper": _metascraper,
    "peer-fixtures": _peer_fixtures,
}

#: Sets that run only when named (``--sets``): their files are not on every machine.
OPT_IN_SETS = frozenset({"peer-fixtures"})


def load_set(name: str, data: Path = DEFAULT_DATA_DIR, *, quick: bool = False) -> list[Page]:
    """Load the pages of the set called ``name``, sorted by page id.

    Args:
        name: A key of :data:`SETS`.
        data: The shared data folder.
        quick: Keep only the first :data:`QUICK_PER_SET` pages.

    Raises:
        KeyError: ``name`` is not a known set.
        FileNotFoundError: The set's files are missing.
    """
    pages = sorted(SETS[name](data), key=lambda page: page.page_id)
    return pages[:QUICK_PER_SET] if quick else pages
