"""The body reading's guards: a line they turn away is one the call they guard finds nothing in.

:func:`newsparse._text.parser._read_body` reads most lines of a whole page (menus, teasers,
short lines) for every kind in turn; cheap tests written out in the loop turn lines away before
the calls that would find nothing in them (a story's close above the last lines, a described
picture, a bare link to another story, the line's boilerplate read again, a byline with a date
in a line without a digit). Reading with the guards opened (every line passed to the calls)
must give the same article.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import NewsparseError
from newsparse._text import parser
from newsparse.serialize import to_dict

from .strategies import dump_lines

_ROOT = Path(__file__).resolve().parent.parent
_DUMPS = sorted((_ROOT / "tests" / "fixtures" / "text").glob("*.txt")) + sorted(
    (_ROOT / "seeds").glob("*.txt")
)


class _Every:
    """A set holding every string: a guard reading ``x in _Every()`` lets every line through."""

    def __contains__(self, item: object) -> bool:
        return True


class _Capitals:
    """A set holding every string of capitals: the test the bare link's guard stands for."""

    def __contains__(self, item: object) -> bool:
        return isinstance(item, str) and item.isupper()


@contextlib.contextmanager
def _guards_open() -> Iterator[None]:
    """Read the body as before the guards: every line passed to the calls they guard."""
    read_metadata = parser._read_metadata

    def without_boiler(
        line: str, fields: parser._Fields, *, header: bool, boiler: object = None, **rest: Any
    ) -> bool:
        # (boilerplate read again; the header's lines and index passed on as given)
        return read_metadata(line, fields, header=header, **rest)

    with (
        mock.patch.object(parser, "_CLOSING_LAST", _Every()),
        mock.patch.object(parser, "_CREDIT_FIRST_FIRSTS", _Every()),
        mock.patch.object(parser, "_BARE_LINK_FIRSTS", _Capitals()),
        mock.patch.object(parser, "_read_metadata", without_boiler),
        mock.patch.object(parser, "_CAPITALS_LINK_FIRSTS", _Every()),
        mock.patch.object(parser, "_repeats_unescaped", return_value=True),
    ):
        yield


def _parse(text: str) -> dict[str, Any] | None:
    try:
        return to_dict(newsparse.parse_article(text, kind="text"))
    except NewsparseError:
        return None


def _same_with_guards_open(text: str) -> dict[str, Any] | None:
    guarded = _parse(text)
    with _guards_open():
        opened = _parse(text)
    assert guarded == opened
    return guarded


_LONG = (
    "The harbour reopened on Tuesday after a storm closed it for three days, and the ferries"
    " ran again to the islands in the afternoon."
)
_STORY = ["Harbour Reopens After The Storm", "13 September 2023", *[_LONG] * 5]


@pytest.mark.parametrize("path", _DUMPS, ids=lambda path: path.name)
def test_fixtures_read_the_same_with_the_guards_open(path: Path) -> None:
    _same_with_guards_open(path.read_text(encoding="utf-8"))


def test_a_wire_credit_above_the_last_lines_closes_the_story() -> None:
    # A credit in brackets ends with ")": read for a close wherever it stands.
    credit = "(Reporting by Jane Doe in Paris; Editing by Ann Lee)"
    text = "\n\n".join([*_STORY, credit, "Share", "Advertisement", "More stories", "Contact"])
    article = _same_with_guards_open(text)
    assert article is not None
    assert article["authors"] == ["Jane Doe"]
    assert credit not in article["paragraphs"]
    assert "Contact" not in article["paragraphs"]


def test_a_field_label_after_a_body_label_closes_the_story() -> None:
    # "Author:" after the text a body label opened ends with ":": read for a close.
    text = "\n".join(
        ["Title: Harbour Reopens", "Text:", *[_LONG] * 4, "Author:", "Jane Doe", "a", "b", "c"]
    )
    article = _same_with_guards_open(text)
    assert article is not None
    assert "Author:" not in article["paragraphs"]
    assert any("the tool's fields after the text" in warning for warning in article["warnings"])


def test_a_tools_added_lines_above_the_last_lines_close_the_story() -> None:
    # The line under a rule below the story is read for a close however far from the end.
    added = "Key points of the story"
    lines = [*_STORY, *[_LONG] * 6, "---", added, *[f"Point number {n}." for n in range(1, 5)]]
    article = _same_with_guards_open("\n\n".join(lines))
    assert article is not None
    assert added not in article["paragraphs"]
    assert any("what a tool added under a rule" in warning for warning in article["warnings"])


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Getty Images The mayor at the harbour quay", "The mayor at the harbour quay"),
        (
            "This image shows the harbour after the storm",
            "This image shows the harbour after the storm",
        ),
        ("Our mayor at the quay. Photograph: Jane Doe", "Our mayor at the quay."),
        ("Our mayor at the quay. Jane Doe/Example Images", "Our mayor at the quay."),
    ],
)
def test_described_pictures_among_the_paragraphs_are_captions(line: str, caption: str) -> None:
    text = "\n\n".join([*_STORY[:5], line, *[_LONG] * 4])
    article = _same_with_guards_open(text)
    assert article is not None
    assert line not in article["paragraphs"]
    assert caption in [found["text"] for found in article["captions"]]


def test_a_bare_link_to_another_story_is_left_out() -> None:
    link = "Read more flood news from the valley"
    article = _same_with_guards_open("\n\n".join([*_STORY, link, *[_LONG] * 3]))
    assert article is not None
    assert link not in article["paragraphs"]


@given(
    st.lists(
        dump_lines
        | st.sampled_from(
            [
                "(Reporting by Jane Doe; Editing by Ann Lee)",
                "Author:",
                "Text:",
                "---",
                "Getty Images The mayor at the harbour quay",
                "This image shows the harbour",
                "The mayor at the quay. Photograph: Jane Doe",
                "The quay. Jane Doe/Example Images",
                "Read more flood news from the valley",
                "Mayor Says New Bridge Will Open Before The Summer Holidays",
                "Jane Doe | 13 September 2023",
                "Tags: harbour, storm",
                "ALSO READ: Harbour Reopens After The Storm",
                "Officials speak on the flood at the harbour 01:45",
                "The mayor&#39;s plan for the quay",
                "The mayor's plan for the quay",
                "Fish &amp; chips",
                _LONG,
            ]
        ),
        max_size=24,
    ),
    st.sampled_from(["\n", "\n\n"]),
)
@example(lines=["Title", _LONG, _LONG, "(Reporting by Jane Doe)", "a", "b", "c", "d"], join="\n")
# A one-word header line is read with its neighbours (found by Hypothesis: the opened reading
# had dropped them).
@example(lines=["KOMENTAR", "\u0620"], join="\n")
def test_dumps_read_the_same_with_the_guards_open(lines: list[str], join: str) -> None:
    _same_with_guards_open(join.join(lines))


def test_the_guards_sets_are_what_they_stand_for() -> None:
    # Every agency credit opening starts with one of _CREDIT_FIRST_FIRSTS; the bare link's
    # pattern opens with no capital but "R".
    assert all(o[:1] in parser._CREDIT_FIRST_FIRSTS for o in parser._CREDIT_FIRST_OPENINGS)
    capitals = [chr(code) for code in range(0x110000) if chr(code).isupper()]
    opening = [c for c in capitals if parser._BARE_LINK.match(c + "ead more a b c d")]
    assert opening == sorted(parser._BARE_LINK_FIRSTS)
    assert set(parser._CLOSING_LAST) == {":", ")"}


@pytest.mark.parametrize(
    ("lines", "start", "expected"),
    [
        (["a", "The mayor&#39;s plan", "The mayor's plan", "b"], 0, True),
        (["a", "The mayor&#39;s plan", "The mayor's plan", "b"], 1, True),
        (["a", "The mayor&#39;s plan", "The mayor's plan", "b"], 2, False),
        (["The mayor's plan", "The mayor&#39;s plan"], 0, False),  # (the escaped line second)
        (["Fish &amp; chips", "Fish &amp; chips"], 0, False),  # (the same line twice)
        (["Fish & chips", "Fish & chips"], 0, False),  # (no escape: unescaped, the same line)
        (["The mayor&#39;s plan"], 0, False),
        ([], 0, False),
    ],
)
def test_a_line_repeated_unescaped_is_found(lines: list[str], start: int, expected: bool) -> None:
    assert parser._repeats_unescaped(lines, start) is expected


def test_an_escaped_line_over_itself_unescaped_is_read_once() -> None:
    # The guard lets the doubled-line rule see the pair: the caption is written once.
    caption = "The mayor&#39;s plan for the quay."
    text = "\n".join(["Harbour Reopens", _LONG, caption, caption.replace("&#39;", "'"), _LONG])
    article = _same_with_guards_open(text + "\n")
    assert article is not None
    assert article["paragraphs"] == [_LONG, _LONG]  # (the guard closed, both lines stay: a mutant)


_HOSTILE_STORY = (
    "Storm over the port\n\nBy Jane Doe\n\nMay 1, 2024\n\n"
    + "Ships queued for hours to enter the port on Monday after the storm had passed. " * 3
    + "\n\n"
)


def test_past_the_bound_the_bodys_lines_are_kept_unread_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A body of short lines was read line by line to its end (about ten microseconds a line:
    # front matter, numbered lines, bylines by the hundred thousand took 0.6 to 1 s a megabyte).
    lines = [f"{n}. item" for n in range(1, 121)]
    text = _HOSTILE_STORY + "\n".join(lines) + "\n"
    whole = newsparse.parse_article(text)
    assert not any("not running text" in note for note in whole.warnings)
    monkeypatch.setattr(parser, "MAX_READ_LINES", 50)
    bounded = newsparse.parse_article(text)
    assert bounded.paragraphs[-71:] == tuple(lines[-71:])  # (kept as they stand, in order)
    assert (
        "the body held over 50 lines that are not running text; its last 71 lines were kept as "
        "paragraphs without being read for bylines, dates, captions or boilerplate"
    ) in bounded.warnings
    assert bounded.title == whole.title
    assert bounded.authors == whole.authors


@pytest.mark.parametrize(
    "make",
    [
        lambda n: f"{n}. item",  # numbered lines
        lambda n: f"k{n}: v",  # front matter's keys
        lambda n: f"By Jane Doe{n}",  # byline-like lines
    ],
)
def test_a_dump_of_short_lines_reads_a_bounded_number_of_them_for_dates(make: Any) -> None:
    # Each line was read for a date in the body, and again under it for a teaser's date line.
    from newsparse._text import lines as lines_module  # noqa: PLC0415

    text = _HOSTILE_STORY + "\n".join(make(n) for n in range(60_000)) + "\n"
    calls = 0
    original = vars(lines_module)["read_date_line"]

    def counting(line: str, **options: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(line, **options)

    with mock.patch.object(lines_module, "read_date_line", counting):
        article = newsparse.parse_article(text)
    assert calls <= parser.MAX_READ_LINES + parser._MAX_TEASER_READS + 100
    assert len(article.paragraphs) >= 60_000 - parser.MAX_READ_LINES
    assert any("not running text" in note for note in article.warnings)
