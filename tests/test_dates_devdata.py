"""The date normaliser on the development data: the visible date lines and dateparser's cases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from benchmarks.dates import load_cases, tally

from newsparse._normalize.dates import parse_date, parse_date_line

# Measured with `python -m benchmarks.dates` (182 cases, of them 60 in a stated supported
# language): exact 127 (69.8%), partial 1, refused 54, wrong 0; in a stated language, exact 50
# of 60 (83.3%). The floors sit just below.
EXACT_FLOOR = 0.69
LABELLED_EXACT_FLOOR = 0.80
WRONG_CEILING = 0.01


@pytest.fixture
def dates_dir(shared_data: Path) -> Path:
    return shared_data / "dates"


def _gold(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_every_visible_date_line_parses_to_its_gold(dates_dir: Path) -> None:
    text = (dates_dir / "visible_date_strings.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert rows
    for row in rows:
        gold = _gold(row["gold"])
        assert row["visible_precision"] == "minute"
        value = parse_date(row["visible"])
        assert isinstance(value, dt.datetime), row["visible"]
        assert value.replace(second=0, microsecond=0) == gold.replace(second=0, microsecond=0)
        assert value.second == 0  # the page shows minutes only
        assert value.utcoffset() == gold.utcoffset(), row["visible"]
        match = parse_date_line(row["visible"])
        assert match is not None
        assert match.value == value


def test_dateparser_cases_floor_and_ceiling(dates_dir: Path) -> None:
    cases = load_cases(dates_dir / "dateparser_all_cases.jsonl")
    counts = tally(cases, parse_date)
    total = counts["total"]
    size = sum(total.values())
    assert size == len(cases) > 150
    assert total["exact"] / size >= EXACT_FLOOR
    assert total["wrong"] / size <= WRONG_CEILING
    labelled = [case for case in cases if case.language != "unlabelled"]
    exact = tally(labelled, parse_date)["total"]["exact"]
    assert exact / len(labelled) >= LABELLED_EXACT_FLOOR
