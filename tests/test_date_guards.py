"""The cheap tests standing before the costly date readings: they never turn away a line the reading reads.

A guard only saves work: where it says "no", the reading it stands before must find nothing. Each
is checked against the reading on generated lines, on every date string of the development data
and on the lines the tests' date cases are made of.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._normalize.date_tables import MONTHS
from newsparse._normalize.dates import has_digit
from newsparse._text.lines import _FRAME_END, _FRAMED_MONTH, _date_with_misspelt_month, digit_flags
from newsparse._text.parser import _GLUED_DATE

from .strategies import dump_lines

#: The pattern the glued byline's date was found with before it opened with the month: a look-behind
#: tried at every character (the reference the faster pattern must agree with).
_GLUED_DATE_BY_EVERY_CHARACTER = re.compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)"
)

_MONTH_WORDS = sorted(
    {name.capitalize() for _, _, names in MONTHS for name in names.split() if name.isascii()}
)
_PIECES = (
    st.sampled_from(_MONTH_WORDS)
    | st.sampled_from(["Novermber", "Setpember", "Jane Doe", "Sept", "Mayor", "doe", "JULY"])
    | st.sampled_from(["1", "3", "21", "315", "2015", "1999", "20150", "st", "nd", "th", "rd"])
    | st.sampled_from([" ", ", ", ",", ".", ". ", "-", "/", "x", "\t", "\u00a0"])
)
_LINES = st.lists(_PIECES | dump_lines | st.text(max_size=3), max_size=10).map("".join)


def _date_strings(shared: Path) -> Iterator[str]:
    """Every date string of ``shared/dates``: the visible date lines and dateparser's cases."""
    for path in sorted((shared / "dates").glob("*.jsonl")):
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            if "visible" in row:
                yield row["visible"]
            for value in row.get("args", {}).values():
                if isinstance(value, str):
                    yield value


def _check_frame_guard(line: str) -> None:
    if " 1" not in line and " 2" not in line:
        # LineFacts.date's test before the reading: a frame's year follows a space.
        assert _FRAME_END.search(line) is None, line
    if _FRAME_END.search(line) is None:
        assert _FRAMED_MONTH.search(line) is None, line
        assert _date_with_misspelt_month(line) is None, line


def _check_glued_date(line: str) -> None:
    found = _GLUED_DATE.search(line)
    reference = _GLUED_DATE_BY_EVERY_CHARACTER.search(line)
    assert (found is None) is (reference is None), line
    if found is not None and reference is not None:
        assert found.start() == reference.start(), line


@given(_LINES)
def test_the_misspelt_months_frame_guard_never_turns_away_a_frame(line: str) -> None:
    _check_frame_guard(line)


@given(_LINES)
def test_the_glued_date_opens_where_the_look_behind_finds_it(line: str) -> None:
    _check_glued_date(line)


def test_the_guards_on_every_date_string_of_the_development_data(shared_data: Path) -> None:
    strings = list(_date_strings(shared_data))
    assert len(strings) > 100
    for text in strings:
        for line in (text, f"Jane Doe{text}", f"NOVERMBER {text}", f"{text} Setpember 2015"):
            _check_frame_guard(line)
            _check_glued_date(line)


@pytest.mark.parametrize(
    ("line", "frame"),
    [
        ("Juli 2014", False),  # an archive's month and year: no day before the year
        ("Copyright 2008 - 2016", False),
        ("+49 221 / 29 23 560", False),
        ("Novermber 21, 2015", True),
        ("NOVERMBER 21st, 2015, 5:34 PM", True),
        ("21 Setpember 2015", True),
        ("21. Setpember, 2015", True),
    ],
)
def test_the_frame_guard_asks_for_a_day_before_the_year(line: str, frame: bool) -> None:
    assert (_FRAME_END.search(line) is not None) is frame


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Jane DoeJuly 24, 2022 at 7 p.m.", "July 24"),
        ("Ann LeeSept. 3, 2023", "Sept. 3"),
        ("Ann LeeDec 3", "Dec 3"),
        ("Ann Lee Dec 3", None),  # (a space before the month: nothing glued)
        ("Ann LEEDec 3", None),
        ("Ann LeeDecember 2023", None),  # (no day)
    ],
)
def test_a_glued_date_is_found_from_its_month(line: str, date: str | None) -> None:
    found = _GLUED_DATE.search(line)
    assert (found.group() if found is not None else None) == date


@given(st.lists(_LINES | st.text(), max_size=12))
def test_digit_flags_agree_with_has_digit_on_each_line(lines: list[str]) -> None:
    """The batched digit test says of every line what the test of that line alone says."""
    assert digit_flags(lines) == [has_digit(line) for line in lines]


def test_digit_flags_find_other_scripts_digits_and_lines_with_breaks() -> None:
    """A digit of another script counts; a line with a break in it is still read as one line."""
    lines = ["Rabu", "١٤ سبتمبر", "Kamis 14/9", "", "a\nb", "２０２３年", "caf\u00e9"]
    assert digit_flags(lines) == [False, True, True, False, False, True, False]
