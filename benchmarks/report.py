"""Turn outcomes into per-page rows (the CSV) and per-set Markdown tables.

Each page's scores are worked out once, into a row; the tables are aggregated from those rows only,
so a number in a table can always be traced back to the pages in the CSV.
"""

from __future__ import annotations

import csv
import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets import Page
from benchmarks.score import (
    BodyCounts,
    aggregate_body,
    author_prf,
    body_counts,
    caption_score,
    date_matches,
    snippet_shares,
    title_matches,
)
from benchmarks.tools import Tool
from benchmarks.worker import Outcome

__all__ = [
    "CSV_FIELDS",
    "Row",
    "percentile",
    "score_page",
    "set_table",
    "speed_table",
    "write_csv",
]

Row = dict[str, Any]

#: The per-page CSV's columns, in order.
CSV_FIELDS = (
    "set", "page", "tool", "error", "ms",
    "body_tp", "body_fp", "body_fn",
    "title_ok", "authors_f1", "date_ok", "day_ok",
    "captions_f1", "captions_matched", "captions_gold", "credits_right",
    "with_found", "with_total", "without_absent", "without_total", "paragraphs_ok",
    "title", "authors", "published",
)  # fmt: skip

NA = "n/a"


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def score_page(page: Page, tool: Tool, outcome: Outcome) -> Row:
    """Score one tool's outcome on one page; metrics the page or the tool lacks stay ``None``."""
    got = outcome.extraction
    gold = page.gold
    has = tool.fields.__contains__
    row: Row = dict.fromkeys(CSV_FIELDS)
    row.update(set=page.set_name, page=page.page_id, tool=tool.name, error=outcome.error)
    row["ms"] = None if outcome.seconds is None else round(outcome.seconds * 1000, 3)
    row["title"], row["authors"] = got.title, "; ".join(got.authors)
    row["published"] = None if got.published is None else got.published.isoformat()
    if gold.body is not None and has("body"):
        counts = body_counts(gold.body, got.body)
        row.update(body_tp=counts.tp, body_fp=counts.fp, body_fn=counts.fn)
    if gold.title is not None and has("title"):
        row["title_ok"] = _flag(title_matches(gold.title, got.title))
    if gold.authors is not None and has("authors"):
        row["authors_f1"] = author_prf(gold.authors, got.authors)[2]
    if gold.date is not None and has("date"):
        row["date_ok"] = _flag(date_matches(gold.date, got.published))
        row["day_ok"] = _flag(date_matches(gold.date, got.published, day_only=True))
    if gold.captions is not None and has("captions"):
        captions = caption_score(gold.captions, got.captions)
        row.update(captions_f1=captions.f1, captions_matched=captions.matched)
        row["captions_gold"] = len(gold.captions)
        if gold.credits_scored:
            row["credits_right"] = captions.credits_right
    if (gold.with_ or gold.without) and has("body"):
        share_with, share_without = snippet_shares(got.body, gold.with_, gold.without)
        if share_with is not None:
            row["with_total"] = len(gold.with_)
            row["with_found"] = round(share_with * len(gold.with_))
        if share_without is not None:
            row["without_total"] = len(gold.without)
            row["without_absent"] = round(share_without * len(gold.without))
    if gold.paragraph_count is not None and has("body"):
        count = sum(1 for line in got.body.split("\n") if line.strip())
        row["paragraphs_ok"] = _flag(count == gold.paragraph_count)
    return row


def write_csv(rows: Iterable[Row], path: Path) -> None:
    """Write ``rows`` to ``path`` as CSV with :data:`CSV_FIELDS` as header."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)


# -- aggregation --------------------------------------------------------------------------------


def _share(rows: Sequence[Row], key: str) -> str | None:
    values = [row[key] for row in rows if row[key] is not None]
    if not values:
        return None
    right = sum(values)
    return f"{right / len(values):.1%} ({right}/{len(values)})"


def _mean(rows: Sequence[Row], key: str) -> str | None:
    values = [row[key] for row in rows if row[key] is not None]
    return f"{statistics.fmean(values):.3f}" if values else None


def _exact(rows: Sequence[Row], key: str) -> str | None:
    values = [row[key] for row in rows if row[key] is not None]
    if not values:
        return None
    right = sum(1 for v in values if v == 1.0)
    return f"{right}/{len(values)}"


def _ratio(rows: Sequence[Row], right: str, total: str) -> str | None:
    scored = [row for row in rows if row[total] is not None and row[right] is not None]
    if not scored:
        return None
    hits = sum(row[right] or 0 for row in scored)
    count = sum(row[total] for row in scored)
    return f"{hits / count:.1%} ({hits}/{count})" if count else None


def _body(rows: Sequence[Row], index: int) -> str | None:
    counts = [
        BodyCounts(row["body_tp"], row["body_fp"], row["body_fn"])
        for row in rows
        if row["body_tp"] is not None
    ]
    if not counts:
        return None
    value = aggregate_body(counts)[index]
    return "–" if value is None else f"{value:.3f}"


def percentile(values: Sequence[float], share: float) -> float:
    """Return the ``share`` quantile of ``values`` (nearest rank, so always one of them)."""
    ordered = sorted(values)
    rank = min(max(1, math.ceil(share * len(ordered))), len(ordered))
    return ordered[rank - 1]


def _times(rows: Sequence[Row]) -> list[float]:
    return [row["ms"] for row in rows if row["ms"] is not None]


#: Quality columns: the header and how the column is aggregated from a tool's rows on one set.
_QUALITY: tuple[tuple[str, Callable[[Sequence[Row]], str | None]], ...] = (
    ("body P", lambda rows: _body(rows, 0)),
    ("body R", lambda rows: _body(rows, 1)),
    ("body F1", lambda rows: _body(rows, 2)),
    ("with", lambda rows: _ratio(rows, "with_found", "with_total")),
    ("without", lambda rows: _ratio(rows, "without_absent", "without_total")),
    ("title", lambda rows: _share(rows, "title_ok")),
    ("authors F1", lambda rows: _mean(rows, "authors_f1")),
    ("authors exact", lambda rows: _exact(rows, "authors_f1")),
    ("date", lambda rows: _share(rows, "date_ok")),
    ("date (day)", lambda rows: _share(rows, "day_ok")),
    ("captions F1", lambda rows: _mean(rows, "captions_f1")),
    ("captions exact", lambda rows: _exact(rows, "captions_f1")),
    ("credits", lambda rows: _ratio(rows, "credits_right", "captions_matched")),
    ("paragraphs", lambda rows: _share(rows, "paragraphs_ok")),
)


def _speed(rows: Sequence[Row], reference: Sequence[Row] | None) -> list[str]:
    times = _times(rows)
    if not times:
        return [NA] * 4
    median = statistics.median(times)
    cells = [
        f"{median:.1f}",
        f"{percentile(times, 0.95):.1f}",
        f"{1000 * len(times) / sum(times):.1f}",
    ]
    ref = {row["page"]: row["ms"] for row in reference or () if row["ms"] is not None}
    shared = [row for row in rows if row["ms"] is not None and row["page"] in ref]
    if shared and reference is not None:
        ratio = statistics.median(row["ms"] for row in shared) / statistics.median(
            ref[row["page"]] for row in shared
        )
        cells.append(f"{ratio:.2f}×")
    else:
        cells.append(NA)
    return cells


def _table(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in body]
    return "\n".join(lines)


def set_table(
    set_name: str,
    pages: int,
    rows_by_tool: dict[str, list[Row]],
    applicable: dict[str, bool],
    *,
    reference: str = "trafilatura",
) -> str:
    """Render one set's Markdown table: a row per tool, a column per metric the set can score.

    Args:
        set_name: The set's name, for the heading.
        pages: How many pages the set has.
        rows_by_tool: Each tool's per-page rows on this set (empty for a tool that was not run).
        applicable: Whether each tool reads this set's pages at all ("n/a" everywhere if not).
        reference: The tool that speed ratios are taken against.
    """
    columns = [
        (name, aggregate)
        for name, aggregate in _QUALITY
        if any(aggregate(rows) is not None for rows in rows_by_tool.values() if rows)
    ]
    header = ["tool", "pages", "errors", *(n for n, _ in columns)]
    header += ["median ms", "p95 ms", "docs/s", f"median × {reference}"]
    body = []
    ref_rows = rows_by_tool.get(reference) or None
    for tool, rows in rows_by_tool.items():
        if not applicable[tool] or not rows:
            body.append([tool, NA, NA] + [NA] * (len(header) - 3))
            continue
        errors = sum(1 for row in rows if row["error"])
        cells = [tool, str(len(rows)), str(errors)]
        cells += [aggregate(rows) or NA for _, aggregate in columns]
        cells += _speed(rows, ref_rows)
        body.append(cells)
    return f"### {set_name} ({pages} pages)\n\n{_table(header, body)}\n"


def speed_table(
    rows_by_tool: dict[str, list[Row]],
    peak_rss_kb: dict[str, int],
    notes: dict[str, str],
    *,
    reference: str = "trafilatura",
) -> str:
    """Render the speed and memory summary over every page each tool ran."""
    header = ["tool", "pages", "errors", "timeouts", "median ms", "p95 ms", "docs/s",
              f"median × {reference}", f"p95 × {reference}", "peak RSS MB", "note"]  # fmt: skip
    ref = {
        (row["set"], row["page"]): row["ms"]
        for row in rows_by_tool.get(reference, ())
        if row["ms"] is not None
    }
    body = []
    for tool, rows in rows_by_tool.items():
        times = _times(rows)
        cells = [tool, str(len(rows)), str(sum(1 for r in rows if r["error"])),
                 str(sum(1 for r in rows if r["error"] == "timeout"))]  # fmt: skip
        if times:
            cells += [f"{statistics.median(times):.1f}", f"{percentile(times, 0.95):.1f}",
                      f"{1000 * len(times) / sum(times):.1f}"]  # fmt: skip
        else:
            cells += [NA] * 3
        pairs = [
            (r["ms"], ref[r["set"], r["page"]])
            for r in rows
            if r["ms"] is not None and (r["set"], r["page"]) in ref
        ]
        if pairs:
            mine, theirs = [p[0] for p in pairs], [p[1] for p in pairs]
            cells.append(f"{statistics.median(mine) / statistics.median(theirs):.2f}×")
            cells.append(f"{percentile(mine, 0.95) / percentile(theirs, 0.95):.2f}×")
        else:
            cells += [NA, NA]
        rss = peak_rss_kb.get(tool, 0)
        cells.append(f"{rss / 1024:.0f}" if rss else NA)
        cells.append(notes.get(tool, ""))
        body.append(cells)
    return _table(header, body) + "\n"
