"""Why the text parser misses whole-page titles: a census of the failures, on tuned publishers only.

Every whole-page rendering (inscriptis, html2text, ``get_text``) of a *tuned* publisher whose gold
names a title is parsed, and each wrong title is put in one kind:

* ``seed layout``: the dump was read as opening with its title (the rules, not the model);
* ``gold split``: no line is the gold, but one is its opening (the headline broken over lines);
* ``gold inside a line``: no line is the gold, but one holds it (a breadcrumb or kicker run in);
* ``gold on no line``: the prepared lines hold the gold nowhere;
* ``no candidate: one word`` / ``: date`` / ``: past the top`` / ``: other``: the gold line is no
  candidate of the title model, and why;
* ``model: none``: no candidate was likely enough;
* ``model: holds the gold`` / ``: part of the gold`` / ``: line above`` / ``: line below``: the
  model preferred another line, told apart by how that line relates to the gold one;
* ``after the model``: the model chose the gold line, and what came after (the kicker) changed it.

Held-out publishers are never read, so the census may steer features without spending them::

    python -m benchmarks.titlecensus [--dumps /work/cache/dumps] [--show KIND] [--ranks]

``--show`` prints each failure of a kind (its path, the gold and what was found). ``--ranks``
prints where the gold stands in each failure instead (:func:`where_gold`): on no line of its own,
on a line that is no candidate, or a candidate the model ranks second, third, fourth or fifth, or
lower (every candidate scored in full): how much a second stage choosing among the model's best
few lines could win at most.

At e1f2508 (``--ranks``; inscriptis, html2text, ``get_text``, of 484, 427 and 538 tuned titles):
92, 37 and 67 wrong; the gold on no line 7, 2, 0 and no candidate 9, 8, 9; ranked second 44, 10,
31, third 7, 3, 6, fourth or fifth 11, 8, 1, lower 11, 4, 10; the rest under the threshold or
after the model (a kicker joined, the seed's layout). Half of the inscriptis misses are the model's
second line, but not one pattern of lines: a kicker or section label over the headline, a deck or
caption under it, the headline's other version (the page's display headline against its search
title), a blog's name and tagline over the post; the same shapes win the other way round as often
(see :mod:`benchmarks.titlererank` for the swaps fitted on them).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from benchmarks.score import norm_space
from benchmarks.textdumps import read_manifest
from benchmarks.textlines import parser_lines

__all__ = ["Failure", "census", "classify", "main", "where_gold"]

#: The whole-page renderings of ``benchmarks/textdumps.py``.
WHOLE_PAGE = ("inscriptis", "html2text", "soup")
#: A line that opens the gold counts as a split headline only with this many characters.
_SPLIT_CHARS = 10

Failure = dict[str, Any]


def classify(text: str, gold: str) -> Failure | None:
    """The kind of failure (with what was found) of one dump, or ``None`` when its title is right."""
    from newsparse import NewsparseError, parse_article
    from newsparse._text import parser
    from newsparse._text.title import _MODEL, choose_title, is_whole_page, read_candidates

    try:
        got = parse_article(text).title
    except NewsparseError:
        got = None
    if got is not None and norm_space(got) == gold:
        return None
    lines, headings, fields = parser_lines(text)
    found: Failure = {"gold": gold, "got": got}
    at = [index for index, line in enumerate(lines) if norm_space(line) == gold]
    # (The candidates as the parser reads them; most failures are told apart before they matter.)
    facts = fields.facts
    found_candidates = read_candidates(lines, facts)
    limit = found_candidates.limit
    top = [norm_space(line) for line in lines[:limit]]
    if (
        lines
        and parser._opens_with_title(lines, fields)
        and (not headings or 0 in headings)
        and not is_whole_page(lines)
    ):
        found["kind"] = "seed layout"
        return found
    if not at:
        if any(len(line) > _SPLIT_CHARS and gold.startswith(line) for line in top):
            found["kind"] = "gold split"
        elif any(gold in line for line in top):
            found["kind"] = "gold inside a line"
        else:
            found["kind"] = "gold on no line"
        return found
    # (A line noting a date with its writer is no candidate on a whole page either.)
    noted = found_candidates.noted
    dated = found_candidates.dated if noted is None else noted
    chosen = set(found_candidates.chosen)
    if not chosen.intersection(at):
        first = at[0]
        if first >= limit:
            why = "past the top"
        elif " " not in lines[first]:
            why = "one word"
        elif dated[first]:
            why = "date"
        else:
            why = "other"
        found["kind"] = f"no candidate: {why}"
        return found
    index = choose_title(lines, headings, facts)
    found["chosen"] = None if index is None else lines[index]
    # Where the model ranks the gold line, every candidate scored in full (failures only).
    scores = _MODEL.scores(found_candidates.rows(lines, facts, headings), found_candidates.group)
    gold_best = max(
        score for k, score in zip(found_candidates.chosen, scores, strict=True) if k in at
    )
    found["rank"] = 1 + sum(score > gold_best for score in scores)
    if index is None:
        found["kind"] = "model: none"
    elif index in at:
        found["kind"] = "after the model"
    else:
        line = norm_space(lines[index])
        if gold in line:
            found["kind"] = "model: holds the gold"
        elif line in gold:
            found["kind"] = "model: part of the gold"
        else:
            side = "above" if index < min(at) else "below"
            found["kind"] = f"model: line {side}"
    return found


#: The buckets of :func:`where_gold`, in the order ``--ranks`` prints them.
PLACES = (
    "gold on no line",
    "no candidate",
    "rank 2",
    "rank 3",
    "rank 4-5",
    "rank 6+",
    "rank 1, under the threshold",
    "after the model",
)


def where_gold(failure: Failure) -> str:
    """Where a failure's gold stands: no line, no candidate, or its rank among the candidates."""
    kind = failure["kind"]
    if kind in ("gold split", "gold inside a line", "gold on no line"):
        return "gold on no line"
    if kind.startswith("no candidate"):
        return "no candidate"
    rank = failure.get("rank")
    if kind in ("seed layout", "after the model") or rank is None:
        return "after the model"
    if rank == 1:
        return "rank 1, under the threshold"
    if rank <= 3:
        return f"rank {rank}"
    return "rank 4-5" if rank <= 5 else "rank 6+"


def census(dumps: Path) -> tuple[dict[str, Counter[str]], list[Failure]]:
    """Tally right titles and failure kinds per rendering, over the tuned publishers' whole pages."""
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    failures = []
    rows = read_manifest(dumps)
    for row in rows:
        if row["held_out"] or row["renderer"] not in WHOLE_PAGE:
            continue  # held-out publishers are never read one by one
        gold = row["gold"].get("title")
        if gold is None:
            continue
        text = (dumps / row["path"]).read_text(encoding="utf-8")
        failure = classify(text, gold)
        if failure is None:
            tally[row["renderer"]]["right"] += 1
            continue
        failure["path"] = row["path"]
        failure["renderer"] = row["renderer"]
        tally[row["renderer"]][failure["kind"]] += 1
        failures.append(failure)
    return tally, failures


def main(argv: list[str] | None = None) -> int:
    """Print the census as a table (a row per kind, a column per rendering)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.titlecensus")
    parser.add_argument("--dumps", type=Path, default=Path("/work/cache/dumps"))
    parser.add_argument("--show", default=None, help="print every failure of this kind")
    parser.add_argument("--ranks", action="store_true", help="where the gold stands instead")
    args = parser.parse_args(argv)
    tally, failures = census(args.dumps)
    renderings = [name for name in WHOLE_PAGE if name in tally]
    if args.ranks:
        places: dict[str, Counter[str]] = defaultdict(Counter)
        for failure in failures:
            places[failure["renderer"]][where_gold(failure)] += 1
        print("| gold | " + " | ".join(renderings) + " |")
        print("|---" * (len(renderings) + 1) + "|")
        for place in PLACES:
            print(
                f"| {place} | " + " | ".join(str(places[name][place]) for name in renderings) + " |"
            )
        return 0
    kinds = sorted(
        {kind for counts in tally.values() for kind in counts},
        key=lambda kind: (kind != "right", -sum(counts[kind] for counts in tally.values())),
    )
    print("| kind | " + " | ".join(renderings) + " |")
    print("|---" * (len(renderings) + 1) + "|")
    for kind in kinds:
        cells = []
        for name in renderings:
            total = sum(tally[name].values())
            cells.append(f"{tally[name][kind]} ({tally[name][kind] / total:.1%})")
        print(f"| {kind} | " + " | ".join(cells) + " |")
    if args.show is not None:
        for failure in failures:
            if failure["kind"] == args.show:
                print(f"{failure['path']}\n  gold {failure['gold']!r}\n  got  {failure['got']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
