"""Real text dumps, labelled by hand: how the text parser does on dumps other tools wrote.

Run ``python -m benchmarks.real_dumps [DIR] [--set held-out|tune]`` from the repository root.
There are two sets, drawn from different repositories:

- ``held-out`` (the default): ``manifest.jsonl`` and ``gold.jsonl``, the check the parser is
  measured on and never tuned on; nobody reads its texts or its ``--failures`` while changing
  the parser;
- ``tune``: ``tune_manifest.jsonl`` and ``tune_gold.jsonl``, the dumps whose failures may be read
  to find what to fix.

The dumps themselves are third-party text and are not in the repository: a manifest records,
for each one, the public repository, path and commit it was fetched from, its licence and the
SHA-256 of its text, and the gold file holds the hand-written labels. The texts are read from
``DIR``, else from the directory named by ``NEWSPARSE_REAL_DUMPS`` (``NEWSPARSE_REAL_DUMPS_TUNE``
for the tune set), else from ``../cache/real_dumps`` (``../cache/real_dumps_tune``) beside the
repository; when none is there the run says so and stops without failing.

Every dump is parsed with ``newsparse.parse_article(text, kind="text")`` and eight fields are
compared with the gold (``README.md`` beside the data states the labelling conventions):

- ``title``: equal after whitespace normalisation, or both ``None``;
- ``authors``: the same set of names (case, punctuation and a leading "By" ignored);
- ``published``: the same day for a day-only gold; for a gold with a time, the same wall-clock
  minute (and second, when the gold's is not zero) and the same UTC offset, ``None`` for a naive
  gold; ``None`` when the gold is ``None``;
- ``dateline``: equal after whitespace normalisation, or both ``None``;
- ``captions``: the same multiset of (text, credit) pairs after whitespace normalisation;
- ``first_paragraph`` / ``last_paragraph``: the first / last of ``Article.paragraphs`` equal to
  the gold's after whitespace normalisation;
- ``paragraph_count``: ``len(Article.paragraphs)`` equal to the gold's count.

The report gives, per language and over all dumps, the share of dumps right in each field, the
share of all labelled fields that are right, and how many dumps are right in every field.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

import newsparse
from benchmarks.score import norm_name, norm_space
from newsparse import Article, NewsparseError

__all__ = [
    "DEFAULT_DIR",
    "FIELDS",
    "SETS",
    "DumpScore",
    "DumpSet",
    "Entry",
    "Gold",
    "GoldCaption",
    "Summary",
    "load_gold",
    "load_manifest",
    "main",
    "parse_text",
    "published_matches",
    "resolve_dir",
    "score_article",
    "score_dumps",
    "summarise",
]

#: The labelled fields, in report order.
FIELDS = (
    "title",
    "authors",
    "published",
    "dateline",
    "captions",
    "first_paragraph",
    "last_paragraph",
    "paragraph_count",
)

_HERE = Path(__file__).resolve().parent
_DATA = _HERE / "real_dumps"
#: Where the texts are looked for when neither an argument nor the environment names a place.
DEFAULT_DIR = _HERE.parent.parent / "cache" / "real_dumps"
_ENV = "NEWSPARSE_REAL_DUMPS"


@attrs.frozen(kw_only=True)
class DumpSet:
    """One labelled set: its manifest and gold files, and where its texts are looked for."""

    manifest: Path
    gold: Path
    default_dir: Path
    env: str


#: The labelled sets by name: ``held-out`` is measured on only, ``tune`` may be tuned on.
SETS = {
    "held-out": DumpSet(
        manifest=_DATA / "manifest.jsonl",
        gold=_DATA / "gold.jsonl",
        default_dir=DEFAULT_DIR,
        env=_ENV,
    ),
    "tune": DumpSet(
        manifest=_DATA / "tune_manifest.jsonl",
        gold=_DATA / "tune_gold.jsonl",
        default_dir=_HERE.parent.parent / "cache" / "real_dumps_tune",
        env=_ENV + "_TUNE",
    ),
}


@attrs.frozen(kw_only=True)
class Entry:
    """Where one dump came from (a line of ``manifest.jsonl``)."""

    id: str
    repo: str
    path: str
    commit: str
    licence: str
    language: str
    layout: str
    sha256: str


@attrs.frozen(kw_only=True)
class GoldCaption:
    """One hand-labelled caption: its text and its credit (``None`` when it names nobody)."""

    text: str
    credit: str | None = None


@attrs.frozen(kw_only=True)
class Gold:
    """The hand labels of one dump (a line of ``gold.jsonl``)."""

    id: str
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    dateline: str | None
    captions: tuple[GoldCaption, ...]
    first_paragraph: str
    last_paragraph: str
    paragraph_count: int
    notes: str = ""
    #: Fields left unlabelled because the dump does not settle them (the notes say why).
    unlabelled: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class DumpScore:
    """Which fields of one dump the parser got right, or why it could not be scored."""

    id: str
    language: str
    layout: str
    fields: Mapping[str, bool]
    error: str | None = None

    @property
    def all_right(self) -> bool:
        """Whether every labelled field is right."""
        return self.error is None and all(self.fields.values())


@attrs.frozen(kw_only=True)
class Summary:
    """The scores of a group of dumps (one language, or all)."""

    dumps: int
    field_right: Mapping[str, int]
    field_labelled: Mapping[str, int]
    all_right: int
    errors: int

    @property
    def fields_right(self) -> int:
        """How many labelled fields, over all dumps, are right."""
        return sum(self.field_right.values())

    @property
    def fields_labelled(self) -> int:
        """How many fields, over all dumps, are labelled."""
        return sum(self.field_labelled.values())

    @property
    def field_share(self) -> float:
        """The share of all labelled fields that are right."""
        return self.fields_right / self.fields_labelled if self.fields_labelled else 0.0


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            msg = f"{path}:{number}: not a JSON line ({error.msg})"
            raise ValueError(msg) from error
        if not isinstance(row, dict):
            msg = f"{path}:{number}: a line must hold a JSON object"
            raise ValueError(msg)
        rows.append(row)
    return rows


def load_manifest(path: Path = _DATA / "manifest.jsonl") -> dict[str, Entry]:
    """Read the manifest: the source, licence, language, layout and hash of every dump, by id."""
    entries: dict[str, Entry] = {}
    for row in _read_jsonl(path):
        entry = Entry(**{field.name: str(row[field.name]) for field in attrs.fields(Entry)})
        if entry.id in entries:
            msg = f"{path}: dump id {entry.id!r} appears twice"
            raise ValueError(msg)
        entries[entry.id] = entry
    return entries


def load_gold(path: Path = _DATA / "gold.jsonl") -> dict[str, Gold]:
    """Read the hand labels of every dump, by id."""
    golds: dict[str, Gold] = {}
    for row in _read_jsonl(path):
        gold = Gold(
            id=row["id"],
            title=row["title"],
            authors=tuple(row["authors"]),
            published=row["published"],
            dateline=row["dateline"],
            captions=tuple(
                GoldCaption(text=item["text"], credit=item.get("credit"))
                for item in row["captions"]
            ),
            first_paragraph=row["first_paragraph"],
            last_paragraph=row["last_paragraph"],
            paragraph_count=int(row["paragraph_count"]),
            notes=row.get("notes", ""),
            unlabelled=tuple(row.get("unlabelled", ())),
        )
        unknown = set(gold.unlabelled) - set(FIELDS)
        if unknown:
            msg = f"{path}: dump {gold.id!r} leaves unknown fields unlabelled: {sorted(unknown)}"
            raise ValueError(msg)
        if gold.id in golds:
            msg = f"{path}: dump id {gold.id!r} appears twice"
            raise ValueError(msg)
        golds[gold.id] = gold
    return golds


def published_matches(gold: str | None, predicted: dt.date | None) -> bool:
    """Tell whether a parsed publication date matches the gold at the gold's precision.

    A day-only gold (``2023-09-14``) needs the same day. A gold with a time needs a ``datetime``
    with the same wall-clock minute (and second, when the gold's is not zero) and the same UTC
    offset; a naive gold needs a naive time.
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if "T" not in gold:
        day = predicted.date() if isinstance(predicted, dt.datetime) else predicted
        return day == dt.date.fromisoformat(gold)
    if not isinstance(predicted, dt.datetime):
        return False
    want = dt.datetime.fromisoformat(gold)
    same_minute = (want.date(), want.hour, want.minute) == (
        predicted.date(),
        predicted.hour,
        predicted.minute,
    )
    same_second = want.second in (0, predicted.second)
    return same_minute and same_second and want.utcoffset() == predicted.utcoffset()


def _same_text(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return norm_space(gold) == norm_space(predicted)


def _caption_pairs(items: Iterable[tuple[str, str | None]]) -> Counter[tuple[str, str | None]]:
    return Counter(
        (norm_space(text), None if credit is None else norm_space(credit)) for text, credit in items
    )


def score_article(article: Article, gold: Gold) -> dict[str, bool]:
    """Compare one parsed article with its gold, field by field (see the module documentation).

    Fields the gold leaves unlabelled are not in the result.
    """
    paragraphs = article.paragraphs
    right = {
        "title": _same_text(gold.title, article.title),
        "authors": {norm_name(name) for name in gold.authors}
        == {norm_name(name) for name in article.authors},
        "published": published_matches(gold.published, article.published),
        "dateline": _same_text(gold.dateline, article.dateline),
        "captions": _caption_pairs((c.text, c.credit) for c in gold.captions)
        == _caption_pairs((c.text, c.credit) for c in article.captions),
        "first_paragraph": bool(paragraphs) and _same_text(gold.first_paragraph, paragraphs[0]),
        "last_paragraph": bool(paragraphs) and _same_text(gold.last_paragraph, paragraphs[-1]),
        "paragraph_count": len(paragraphs) == gold.paragraph_count,
    }
    return {name: ok for name, ok in right.items() if name not in gold.unlabelled}


def _no_fields(gold: Gold | None) -> dict[str, bool]:
    skipped = () if gold is None else gold.unlabelled
    return {name: False for name in FIELDS if name not in skipped}


def parse_text(text: str) -> Article:
    """Parse one dump the way the benchmark does: ``newsparse.parse_article(text, kind="text")``."""
    return newsparse.parse_article(text, kind="text")


def score_dumps(
    directory: Path,
    manifest: Mapping[str, Entry],
    golds: Mapping[str, Gold],
    *,
    parse: Callable[[str], Article] = parse_text,
) -> list[DumpScore]:
    """Parse every dump of the manifest found in ``directory`` and score it against its gold.

    A dump whose file is missing, whose text no longer has the recorded SHA-256, or which has no
    gold line is reported with an error and every field wrong; so is one the parser rejects with a
    ``NewsparseError``. ``parse`` is the parser under test.
    """
    scores: list[DumpScore] = []
    for dump_id, entry in sorted(manifest.items()):
        error: str | None = None
        gold = golds.get(dump_id)
        fields = _no_fields(gold)
        path = directory / f"{dump_id}.txt"
        if gold is None:
            error = "no gold line"
        elif not path.is_file():
            error = f"missing file {path}"
        else:
            raw = path.read_bytes()
            if hashlib.sha256(raw).hexdigest() != entry.sha256:
                error = "text differs from the recorded SHA-256"
            else:
                try:
                    article = parse(raw.decode("utf-8"))
                except NewsparseError as exc:
                    error = f"{type(exc).__name__}: {exc}"
                else:
                    fields = score_article(article, gold)
        scores.append(
            DumpScore(
                id=dump_id, language=entry.language, layout=entry.layout, fields=fields, error=error
            )
        )
    return scores


def summarise(scores: Sequence[DumpScore]) -> Summary:
    """Add up a group of dump scores."""
    field_right = {name: sum(score.fields.get(name, False) for score in scores) for name in FIELDS}
    field_labelled = {name: sum(name in score.fields for score in scores) for name in FIELDS}
    return Summary(
        dumps=len(scores),
        field_right=field_right,
        field_labelled=field_labelled,
        all_right=sum(score.all_right for score in scores),
        errors=sum(score.error is not None for score in scores),
    )


def resolve_dir(
    argument: str | None, environ: Mapping[str, str] = os.environ, *, dump_set: str = "held-out"
) -> Path:
    """Pick the directory of dump texts: the argument, else the set's variable, else its default."""
    chosen = SETS[dump_set]
    if argument:
        return Path(argument)
    if environ.get(chosen.env):
        return Path(environ[chosen.env])
    return chosen.default_dir


def _table(groups: Sequence[tuple[str, Summary]]) -> list[str]:
    head = ["group", "dumps", *FIELDS, "fields right", "all right", "errors"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, summary in groups:
        cells = [name, str(summary.dumps)]
        cells += [
            f"{summary.field_right[field]}/{summary.field_labelled[field]}"
            if summary.field_labelled[field]
            else "-"
            for field in FIELDS
        ]
        cells += [
            f"{summary.fields_right}/{summary.fields_labelled} ({summary.field_share:.1%})",
            f"{summary.all_right}/{summary.dumps}",
            str(summary.errors),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def report(scores: Sequence[DumpScore]) -> str:
    """Render the scores as Markdown tables: per language and overall, then per layout."""
    languages = sorted({score.language for score in scores})
    layouts = sorted({score.layout for score in scores})
    by_language = [
        (language, summarise([s for s in scores if s.language == language]))
        for language in languages
    ]
    by_layout = [
        (layout, summarise([s for s in scores if s.layout == layout])) for layout in layouts
    ]
    lines = _table([*by_language, ("all", summarise(scores))])
    lines += ["", *_table(by_layout)]
    return "\n".join(lines)


def _failures(directory: Path, scores: Sequence[DumpScore], golds: Mapping[str, Gold]) -> list[str]:
    lines: list[str] = []
    for score in scores:
        if score.all_right:
            continue
        lines.append(f"== {score.id} ({score.language}, {score.layout})")
        if score.error is not None:
            lines.append(f"   error: {score.error}")
            continue
        article = parse_text((directory / f"{score.id}.txt").read_text(encoding="utf-8"))
        gold = golds[score.id]
        got: dict[str, object] = {
            "title": article.title,
            "authors": list(article.authors),
            "published": None if article.published is None else article.published.isoformat(),
            "dateline": article.dateline,
            "captions": [(c.text, c.credit) for c in article.captions],
            "first_paragraph": article.paragraphs[0] if article.paragraphs else None,
            "last_paragraph": article.paragraphs[-1] if article.paragraphs else None,
            "paragraph_count": len(article.paragraphs),
        }
        want: dict[str, object] = {
            "title": gold.title,
            "authors": list(gold.authors),
            "published": gold.published,
            "dateline": gold.dateline,
            "captions": [(c.text, c.credit) for c in gold.captions],
            "first_paragraph": gold.first_paragraph,
            "last_paragraph": gold.last_paragraph,
            "paragraph_count": gold.paragraph_count,
        }
        for name in FIELDS:
            if name in score.fields and not score.fields[name]:
                lines.append(f"   {name}: want {want[name]!r}")
                lines.append(f"   {' ' * len(name)}   got {got[name]!r}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.real_dumps", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "directory",
        nargs="?",
        help="where the dump texts are (default: the set's environment variable, else its directory"
        " under ../cache)",
    )
    parser.add_argument(
        "--failures", action="store_true", help="also list every wrong field, gold against parsed"
    )
    parser.add_argument("--json", action="store_true", help="print the per-dump scores as JSON")
    parser.add_argument(
        "--set",
        choices=sorted(SETS),
        default="held-out",
        dest="dump_set",
        help="which labelled set to score: held-out (default; measure only) or tune",
    )
    args = parser.parse_args(argv)
    chosen = SETS[args.dump_set]
    directory = resolve_dir(args.directory, dump_set=args.dump_set)
    if not directory.is_dir():
        print(
            f"real dumps: no texts at {directory} (pass a directory or set {chosen.env}); skipped",
            file=sys.stderr,
        )
        return 0
    golds = load_gold(chosen.gold)
    scores = score_dumps(directory, load_manifest(chosen.manifest), golds)
    if args.json:
        rows = [
            {"id": s.id, "language": s.language, "layout": s.layout, "error": s.error, **s.fields}
            for s in scores
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(report(scores))
    if args.failures:
        print("\n".join(["", *_failures(directory, scores, golds)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
