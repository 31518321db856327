"""The guard before a tool's header block: lines it turns away hold no block to read.

:func:`newsparse._text.markup.opens_with_no_fields` tells most dumps from their first four lines'
marks; the parser then skips :func:`~newsparse._text.markup.field_table` and
:func:`~newsparse._text.markup.read_front_matter`. Where it says a dump opens with no fields,
both must find none.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse._text.markup import (
    FrontMatter,
    field_table,
    opens_with_no_fields,
    read_front_matter,
)

#: Lines of the kinds a header block is made of, and lines that look like them in part.
_PIECES = st.sampled_from(
    [
        "Title: Harbour reopens",
        "title:",
        "Harbour reopens",
        "## Harbour reopens",
        "Author: Jane Doe",
        "By: Jane Doe",
        "Penulis: Ani",
        "Date: 2023-09-14",
        "Published: 14 Sep 2023",
        "date 2023-08-07 The harbour reopened.",
        "date 2023",
        "---",
        "===== Content =====",
        "=== x ===",
        "| author | Jane Doe |",
        "|---|---|",
        "| date | 2023-09-14 |",
        "| a | b |",
        "Summary:",
        "Text: The harbour reopened.",
        "Content:",
        "Body:",
        "KUALA LUMPUR: The harbour reopened on Monday.",
        "The harbour reopened on Monday, officials said.",
        "Thursday, 14-09-2023 | 11:22 am",
        "MDN",
        "Binsar",
        "Keywords: harbour, ships",
        "Tags: harbour",
        "URL: https://example.com/a",
        "Source: Example Daily",
    ]
)
_LINES = st.lists(
    st.one_of(_PIECES, st.text(st.sampled_from("ab :|-=d#"), min_size=1, max_size=8)),
    max_size=7,
)


@given(_LINES)
@example(["Harbour reopens", "Binsar", "Thursday, 14-09-2023 | 11:22 am", "MDN"])
@example(["Harbour reopens", "A standfirst", "Author: Jane Doe", "Date: 2023-09-14"])
@example(["Harbour reopens", "A standfirst", "| author | Jane Doe |", "|---|---|"])
def test_lines_the_guard_turns_away_hold_no_fields(lines: list[str]) -> None:
    if opens_with_no_fields(lines):
        assert field_table(lines) == (lines, False)
        assert read_front_matter(lines) == (FrontMatter(), None)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # The seed's opening: a title, a byline, a date line with a colon, a site code.
        (["Di Hadapan Putin", "Binsar", "Thursday, 14-09-2023 | 11:22 am", "MDN"], True),
        (["Title: Harbour reopens", "Author: Jane Doe"], False),
        (["Harbour reopens", "Author: Jane Doe", "Date: 2023-09-14"], False),
        (["Harbour reopens", "A standfirst", "Author: Jane Doe", "Date: 2023-09-14"], False),
        (["Harbour reopens", "| author | Jane Doe |", "|---|---|", "| date | 2023 |"], False),
        (["date 2023-08-07 The harbour reopened."], False),
        (["---", "title: Harbour reopens", "---"], False),
        (["===== Content =====", "The harbour reopened."], False),
        ([], True),
    ],
)
def test_the_guard_lets_every_kind_of_block_through(lines: list[str], expected: bool) -> None:
    assert opens_with_no_fields(lines) is expected
    if not expected and lines and lines[0][:1] != "=":
        # (each of these is a block the readers do find: the guard must not hide it)
        table_lines, _ = field_table(lines)
        assert read_front_matter(table_lines, table=table_lines != lines) != (FrontMatter(), None)
