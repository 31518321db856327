"""The date normaliser against dateparser and dateutil: accuracy and dates per second.

Run ``python -m benchmarks.dates`` from the repository root. The cases come from
``../shared/data/dates/dateparser_all_cases.jsonl``, a dump of dateparser's own test parameters;
:func:`load_cases` keeps the rows that are absolute dates (the year is written in the string) with
a checkable expected value, in the languages newsparse reads. A peer that is not installed is
skipped with a message (``pip install -e '.[bench]'`` installs them).

Each case is judged ``exact`` (the expected value at the precision the string states),
``partial`` (the right day, the time dropped), ``refused`` (no date) or ``wrong``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsparse._normalize.dates import parse_date

__all__ = ["LANGUAGES", "Case", "judge", "load_cases", "main", "tally"]

ROOT = Path(__file__).resolve().parents[1]
DATA = (ROOT / ".." / "shared" / "data" / "dates").resolve()
#: The languages the normaliser reads. Rows in no stated language are grouped as "unlabelled"
#: unless they are written in a script none of these languages uses.
LANGUAGES = ("id", "ms", "en", "de", "fr", "es", "pt", "it", "nl")
UNLABELLED = "unlabelled"
VERDICTS = ("exact", "partial", "refused", "wrong")

# Arguments that make dateparser read a row differently from its defaults (a forced order, a base
# date, a format list, a zone conversion); such rows say nothing about a plain parse.
_SKIP_ARGS = frozenset(
    {
        "order",
        "date_order",
        "date_formats",
        "date_format",
        "relative_base",
        "today",
        "prefer_day",
        "prefer_month",
        "test_settings",
        "setting_timezone",
        "locales",
    }
)
# Tests whose settings are in the test's code, not in its parameters (a preference for future dates).
_SKIP_TESTS = ("test_preferably_future", "test_prefer_dates_from")
_SKIP_SETTINGS = frozenset({"DATE_ORDER", "PREFER_LOCALE_DATE_ORDER", "TIMEZONE", "TO_TIMEZONE"})
# Letters of scripts none of the supported languages is written in (Cyrillic, Greek, Arabic,
# Hebrew, Indic, Thai, CJK, Hangul, ...): an unlabelled row with one is in another language.
_OTHER_SCRIPT = re.compile(r"[\u0370-\u1dff\u2e80-\ud7ff\uf900-\ufaff\uff66-\uffdc]")
_TIMESTAMP = re.compile(r"-?\d{9,}")
# The English that dateparser translates a row into, read strictly: only an unambiguous day.
_EN_MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
_EN_WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
_TRANSLATION_TOKEN = re.compile(r"(\d{1,2}):(\d\d)(?::(\d\d))?|(\d+)|([a-z]+)|(\S)")


@attrs.frozen
class Case:
    """One absolute date with its expected value.

    Attributes:
        language: The row's language (one of :data:`LANGUAGES`) or ``"unlabelled"``.
        text: The date string.
        expected: The expected naive datetime, as dateparser's test states it.
        source: The dateparser test the row comes from.
    """

    language: str
    text: str
    expected: dt.datetime
    source: str


def load_cases(path: Path | None = None) -> list[Case]:
    """Read the absolute-date cases in the supported languages from the dateparser dump.

    Args:
        path: The JSON Lines file; by default the one in ``../shared/data/dates``.

    Returns:
        The cases, without duplicates, in file order.
    """
    path = path or DATA / "dateparser_all_cases.jsonl"
    seen: set[tuple[str, str, dt.datetime]] = set()
    cases: list[Case] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            for case in _row_cases(row["test"], row["args"]):
                marker = (case.language, case.text, case.expected)
                if marker in seen or not _is_absolute(case.text, case.expected):
                    continue
                if not (case.language == UNLABELLED and _OTHER_SCRIPT.search(case.text)):
                    seen.add(marker)
                    cases.append(case)
    return cases


def _row_cases(test: str, args: dict[str, Any]) -> Iterator[Case]:
    if _SKIP_ARGS & args.keys() or test.startswith(_SKIP_TESTS):
        return
    settings = args.get("settings") or {}
    if _SKIP_SETTINGS & settings.keys():
        return
    language = _language(args)
    if language is None:
        return
    text = args.get("date_string", args.get("datetime_string"))
    expected = args.get("expected", args.get("expected_result", args.get("expected_date")))
    if isinstance(expected, list) and expected and isinstance(expected[0], list):
        for pair in expected:  # search tests: [found text, value, (language)]
            pair_language = pair[2] if len(pair) > 2 else language
            if pair_language in (*LANGUAGES, UNLABELLED) and isinstance(pair[0], str):
                yield Case(pair_language, pair[0], dt.datetime.fromisoformat(pair[1]), test)
        return
    if isinstance(expected, list) and len(expected) == 3:  # [value, period, language]
        expected, language = expected[0], expected[2]
        if language not in LANGUAGES:
            return
    if not isinstance(text, str):
        return
    if isinstance(expected, str):
        yield Case(language, text, dt.datetime.fromisoformat(expected), test)
    elif test == "test_translation" and language != UNLABELLED:
        value = _read_translation(args["expected_translation"])
        if value is not None:
            yield Case(language, text, value, test)


def _language(args: dict[str, Any]) -> str | None:
    """The row's language if it is a supported one, ``"unlabelled"`` if none is stated."""
    stated = args.get("shortname") or args.get("language")
    if stated is None and isinstance(args.get("languages"), list):
        stated = args["languages"][0] if len(args["languages"]) == 1 else "many"
    if stated is None:
        return UNLABELLED
    return stated if stated in LANGUAGES else None


def _read_translation(text: str) -> dt.datetime | None:
    """Read dateparser's English translation when it is one unambiguous day, else ``None``."""
    day = month = year = None
    clock = (0, 0, 0)
    meridiem = None
    for found in _TRANSLATION_TOKEN.finditer(text):
        hours, minutes, seconds, number, word, other = found.groups()
        if hours is not None:
            clock = (int(hours), int(minutes), int(seconds or 0))
        elif number is not None and len(number) == 4 and year is None:
            year = int(number)
        elif number is not None and len(number) <= 2 and day is None:
            day = int(number)
        elif word in _EN_MONTHS and month is None:
            month = _EN_MONTHS.index(word) + 1
        elif word in ("am", "pm"):
            meridiem = word
        elif not (word in _EN_WEEKDAYS or other in (",", ".")):
            return None
    if day is None or month is None or year is None:
        return None
    hour = clock[0]
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    try:
        return dt.datetime(year, month, day, hour, clock[1], clock[2])
    except ValueError:
        return None


def _is_absolute(text: str, expected: dt.datetime) -> bool:
    """Whether the string writes the year itself (four digits, or two beside a day and month)."""
    if _TIMESTAMP.fullmatch(text.strip()):
        return False  # Unix timestamps are parse_timestamp's business, not parse_date's
    if re.search(rf"(?<!\d){expected.year}(?!\d)", text):
        return True
    short = f"{expected.year % 100:02d}"
    return bool(re.search(rf"(?<!\d)'?{short}(?!\d)", text)) and len(re.findall(r"\d+", text)) >= 3


def judge(value: dt.date | None, expected: dt.datetime) -> str:
    """Classify one answer: ``exact``, ``partial``, ``refused`` or ``wrong``.

    A ``date`` is exact when the expected value is that day at midnight (the string had no time)
    and partial when the expected value has a time. An aware ``datetime`` is exact when its wall
    clock or its UTC time equals the expected naive value (dateparser's tests use both).
    """
    if value is None:
        return "refused"
    if not isinstance(value, dt.datetime):
        if value != expected.date():
            return "wrong"
        return "exact" if expected.time() == dt.time(0) else "partial"
    if value.replace(tzinfo=None) == expected:
        return "exact"
    if value.tzinfo is not None:
        utc = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        if utc == expected:
            return "exact"
    return "wrong"


def tally(cases: Sequence[Case], parse: Callable[[str], dt.date | None]) -> dict[str, Counter[str]]:
    """Judge every case; return the verdict counts per language and under ``"total"``."""
    counts: dict[str, Counter[str]] = {}
    for case in cases:
        try:
            value = parse(case.text)
        except Exception:  # a peer that raises has refused
            value = None
        verdict = judge(value, case.expected)
        counts.setdefault(case.language, Counter())[verdict] += 1
        counts.setdefault("total", Counter())[verdict] += 1
    return counts


def _peers() -> dict[str, Callable[[str], dt.date | None]]:
    parsers: dict[str, Callable[[str], dt.date | None]] = {"newsparse": parse_date}
    try:
        import dateparser
    except ImportError:
        print("dateparser is not installed: skipped (pip install -e '.[bench]')")
    else:

        def dateparser_parse(text: str) -> dt.date | None:
            value = dateparser.parse(text)
            return value if isinstance(value, dt.datetime) else None

        parsers["dateparser"] = dateparser_parse
    try:
        from dateutil import parser as dateutil_parser
    except ImportError:
        print("python-dateutil is not installed: skipped (pip install -e '.[bench]')")
    else:

        def dateutil_parse(text: str) -> dt.date | None:
            try:
                value = dateutil_parser.parse(text, fuzzy=True)
            except (ValueError, OverflowError):
                return None
            return value if isinstance(value, dt.datetime) else None

        parsers["dateutil"] = dateutil_parse
    return parsers


def _rate(parse: Callable[[str], dt.date | None], texts: Sequence[str], budget: float) -> float:
    """Dates per second: whole passes over ``texts`` until ``budget`` seconds have gone by."""
    done = 0
    started = time.perf_counter()
    while True:
        for text in texts:
            try:
                parse(text)
            except Exception:  # noqa: S112 - speed only; accuracy is measured apart
                continue
        done += len(texts)
        elapsed = time.perf_counter() - started
        if elapsed >= budget:
            return done / elapsed


def _table(name: str, counts: dict[str, Counter[str]]) -> Iterable[str]:
    yield f"\n{name}: verdicts on the absolute-date cases"
    yield f"{'language':<12}{'cases':>7}" + "".join(f"{v:>10}" for v in VERDICTS)
    for language in (*LANGUAGES, UNLABELLED, "total"):
        row = counts.get(language)
        if not row:
            continue
        total = sum(row.values())
        shares = "".join(f"{row[v] / total:>10.1%}" for v in VERDICTS)
        yield f"{language:<12}{total:>7}{shares}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the accuracy tables and the speed comparison; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dates", description=__doc__)
    parser.add_argument("--budget", type=float, default=2.0, help="seconds per speed run")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"{DATA} is missing: nothing to measure")
        return 1
    cases = load_cases()
    print(f"{len(cases)} absolute-date cases from {DATA / 'dateparser_all_cases.jsonl'}")
    parsers = _peers()
    for name, parse in parsers.items():
        for line in _table(name, tally(cases, parse)):
            print(line)
    texts = [case.text for case in cases]
    print(f"\nspeed on the same {len(texts)} strings (whole passes, >= {args.budget:g} s each)")
    rates = {name: _rate(parse, texts, args.budget) for name, parse in parsers.items()}
    for name, rate in rates.items():
        ratio = rates["newsparse"] / rate
        print(f"{name:<12}{rate:>12,.0f} dates/s   newsparse is {ratio:,.1f}x as fast")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
