"""The header's cheap guards: lines they turn away are none of what the full readings look for.

:func:`newsparse._text.parser._read_metadata` reads a header line longer than
``_MAX_BYLINE_CHARS`` with more than ``_BYLINE_WORDS`` words only for boilerplate (and a CJK
update once the date is known): it must be no date line and no byline, bare or labelled.
:func:`newsparse._text.parser._dateline_ahead` turns away the next few lines at once when each
is long enough to head no list and none holds a dash or a colon: none of them may end a dateline
or head a list.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse._normalize.boilerplate import heads_no_list
from newsparse._text import lines as line_facts
from newsparse._text import parser
from newsparse._text.lines import LineFacts

#: Words of the kinds a date line, a byline, a dateline or a list heading is made of.
_WORDS = st.sampled_from(
    [
        "By",
        "Oleh",
        "Penulis:",
        "Jane",
        "Doe",
        "Binsar",
        "|",
        "•",
        "14",
        "Sep",
        "2023",
        "14-09-2023",
        "11:22",
        "WIB",
        "Thursday,",
        "JAKARTA",
        "-",
        "KOMPAS.com",
        "Baca",
        "juga",
        "(13/9)",
        "[ist]",
        "jane@example.com",
        "Rabu",
        "harbour.",
        "reopened",
        "2023年9月14日",
        "更新",
    ]
)


@given(st.lists(_WORDS, min_size=parser._BYLINE_WORDS + 1, max_size=60))
@example(["Oleh"] + ["Jane Doe"] * 40)
def test_a_long_header_line_is_no_date_line_and_no_byline(words: list[str]) -> None:
    line = " ".join(words)
    if len(line) <= parser._MAX_BYLINE_CHARS:
        return
    facts = LineFacts(clean=True)
    assert facts.date(line) is None
    assert facts.byline(line) is None
    assert facts.byline(line, bare=True) is None


def test_the_header_bound_covers_the_readers_bounds() -> None:
    assert parser._MAX_BYLINE_CHARS >= line_facts._MAX_BYLINE
    assert parser._MAX_BYLINE_CHARS >= line_facts._MAX_DATE_LINE


_LINES = st.lists(
    st.lists(_WORDS, min_size=1, max_size=20).map(" ".join),
    min_size=1,
    max_size=parser._DATELINE_LOOKAHEAD,
)


@given(_LINES)
@example(["Kim dan Putin menggelar diskusi di pusat peluncuran ruang angkasa Vostochny."] * 4)
def test_lines_the_look_ahead_turns_away_end_no_dateline(lines: list[str]) -> None:
    block = "\n".join(lines)
    if not all(map(heads_no_list, lines)) or any(mark in block for mark in "-:–—"):
        return
    facts = LineFacts(clean=True)
    for line in lines:
        assert facts.dateline(line) is None
        assert not facts.list_header(line)
    assert not parser._dateline_ahead(lines, 0, facts)
