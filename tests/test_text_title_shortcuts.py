"""Shortcuts of the title evidence against the plain walks they replace."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from itertools import compress
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._text import parser, title
from newsparse._text.features import (
    _BELOW,
    _BELOW_PARAGRAPHS,
    _BODY,
    _LINE_LATE,
    _LIST_ITEM,
    _MAX_WORDS,
    _NEAR,
    _PREFIX_CHARS,
    FEATURES,
    LATE,
    MAX_CANDIDATES,
    TitleEvidence,
    _body_text,
    _needles,
    _shaped_sums,
    _stems,
    _texts_before_next_date,
    _windows,
    _Words,
    candidates,
)
from newsparse._text.lines import (
    _FRAME_END,
    _FRAMED_MONTH,
    LineFacts,
    _date_with_misspelt_month,
    is_bullet,
    paragraph_flags,
)
from newsparse._text.page import anchored_title
from newsparse._text.parser import prepare_lines

from .strategies import dump_lines

_ROOT = Path(__file__).parent.parent
_DUMPS = sorted((_ROOT / "tests" / "fixtures" / "text").glob("*.txt"))
_WORD_LATE = [feature for feature in LATE if feature not in _LINE_LATE]


def _walked(paragraph: Sequence[bool], dated: Sequence[bool], chosen: Sequence[int]) -> list[float]:
    """Running text under each chosen line's own date line, by walking down line by line."""
    size = len(paragraph)
    out = []
    for index in chosen:
        start = index + 1
        for near in range(index + 1, min(index + 1 + _NEAR, size)):
            if dated[near]:
                start = near + 1  # the line's own date line, just below it
                break
        text = 0
        for near in range(start, min(start + _BODY // 2, size)):
            if dated[near] and not paragraph[near]:
                break  # the next date line that is no running text
            text += paragraph[near]
        out.append(text / (_BODY // 2))
    return out


@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=80), st.data())
def test_text_under_a_date_is_that_of_a_walk(
    flags: list[tuple[bool, bool]], data: st.DataObject
) -> None:
    paragraph = [text for text, _ in flags]
    dated = [date for _, date in flags]
    chosen = data.draw(st.lists(st.integers(0, len(flags) - 1), unique=True).map(sorted))
    sums = [0]
    for text in paragraph:
        sums.append(sums[-1] + text)
    assert _texts_before_next_date(paragraph, dated, sums, chosen) == _walked(
        paragraph, dated, chosen
    )


# Feature values as the rows hold them: zeros of both signs, flags, shares and logarithms.
_VALUES = st.sampled_from([0.0, -0.0, 1.0, 0.25, 1 / 3, 0.7, 2.302585092994046]) | st.floats(
    -50, 50
)


@given(st.data())
def test_a_bound_left_without_zero_features_is_the_whole_sum(data: st.DataObject) -> None:
    # choose_title sums only a row's nonzero features: the same sum.
    for weights in title._MODEL.weights:
        row = data.draw(st.lists(_VALUES, min_size=len(FEATURES), max_size=len(FEATURES)))
        whole = sum(map(operator.mul, weights, row))
        nonzero = sum(map(operator.mul, compress(weights, row), compress(row, row)))
        assert nonzero == whole


_TEXT = "Warga kota itu berkumpul di pasar sejak pagi untuk membeli beras yang naik harganya."


def _anchored(lines: list[str], dated_lines: set[int]) -> int | None:
    facts = LineFacts()
    dated = [index in dated_lines for index in range(len(lines))]
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    return anchored_title(
        lines,
        facts,
        dated=dated,
        paragraph=paragraph_flags(lines),
        counts=counts,
        bylines=[None] * len(lines),
    )


@pytest.mark.parametrize(
    ("second", "chosen"),
    [
        # The first story has five paragraphs under its date (5); the second four, and its
        # headline stands in the menu too (4 + 2 = 6): it is the page's article.
        (4, 8),
        # Five paragraphs (5) against three and a repeated headline (3 + 2 = 5): an anchor that
        # cannot beat the best even repeated loses, and the tie keeps the first.
        (3, 1),
    ],
)
def test_an_anchor_wins_by_its_text_and_its_repeated_headline(second: int, chosen: int) -> None:
    lines = [
        "Harga beras naik lagi di pasar kota",
        "Sungai meluap setelah hujan semalam",
        "14 September 2023",
        *[_TEXT] * 5,
        "Harga beras naik lagi di pasar kota",
        "15 September 2023",
        *[_TEXT] * second,
    ]
    assert _anchored(lines, {2, 9}) == chosen


@pytest.mark.parametrize("path", _DUMPS, ids=lambda path: path.name)
def test_each_part_of_the_late_features_stays_in_its_headroom(path: Path) -> None:
    lines, headings = prepare_lines(path.read_text(encoding="utf-8"))
    facts = LineFacts()
    chosen = candidates(lines, facts)
    for weights in title._MODEL.weights:
        evidence = TitleEvidence(lines, chosen, facts, headings=headings)
        line_room = evidence.line_headroom(weights)
        word_rooms = evidence.word_headrooms(weights)
        for position, row in enumerate(evidence.rows):
            evidence.fill_line(position)
            assert all(row[feature] == 0.0 for feature in _WORD_LATE)  # not read yet
            assert sum(weights[feature] * row[feature] for feature in LATE) <= line_room + 1e-9
            evidence.fill_words(position)
            added = sum(weights[feature] * row[feature] for feature in _WORD_LATE)
            assert added <= word_rooms[position] + 1e-9


@given(
    st.lists(
        dump_lines
        | st.sampled_from(
            ["Kamis, 14 September 2023 11:22 WIB", "14/09/2023", "Rabu (13/9)", "x 1" * 60]
        ),
        max_size=30,
    )
)
def test_title_date_flags_are_those_of_the_date_reader(lines: list[str]) -> None:
    # The flags turn away a line without a digit in line: each must still be what title_date says.
    facts = LineFacts()
    flags = facts.title_dated(lines)
    assert flags == [LineFacts().title_date(line) is not None for line in lines]
    assert [facts.date(line) for line in lines] == [LineFacts().date(line) for line in lines]


# Openings that a bullet, a list item or neither may start with: marks, digits (ASCII and others),
# spaces of every kind after them.
_OPENINGS = st.sampled_from(
    ["*", "•", "·", "▪", "►", "-", "o", "+", "O", "1", "12", "123", "٣", "1.", "12.", "1,", "."]
)
_AFTER_MARK = st.sampled_from([" ", "\u00a0", "\t", "\u2003", "", ".", "x", "-", "1", "o"])


@given(st.lists(st.tuples(_OPENINGS, _AFTER_MARK, _AFTER_MARK, dump_lines), max_size=40))
def test_candidates_and_shapes_test_list_items_as_the_patterns_do(
    parts: list[tuple[str, str, str, str]],
) -> None:
    # candidates and _shaped_sums read is_bullet and _LIST_ITEM in line, without the patterns.
    lines = [f"{mark}{one}{two}{rest}" or "x" for mark, one, two, rest in parts]
    facts = LineFacts()
    dated = facts.title_dated(lines)
    expected = [
        i
        for i, (line, date) in enumerate(zip(lines[:MAX_CANDIDATES], dated, strict=False))
        if not date
        and 0 < line.count(" ") < _MAX_WORDS
        and len(line) <= 300
        and not is_bullet(line)
        and _LIST_ITEM.match(line) is None
    ]
    assert candidates(lines, facts, dated=dated) == expected
    paragraph = paragraph_flags(lines)
    shaped = [0]
    for line, para in zip(lines, paragraph, strict=True):
        shape = (
            not para
            and 2 <= line.count(" ") <= 24
            and line[-1] not in ".:!"
            and not is_bullet(line)
        )
        shaped.append(shaped[-1] + shape)
    assert _shaped_sums(lines, paragraph) == shaped


_PAGE_WORDS = ["Harga", "beras", "naik", "ΟΔΟΣ", "ΟΔΟΣ.", "Straße", "STRASSE", "İstanbul", "pasar"]
# Lines of running text, headlines and menu items built from the same few words, some with a
# no-break or ideographic space (their words are cut as they are) or a final sigma.
_PAGE_LINES = st.lists(st.sampled_from(_PAGE_WORDS), min_size=1, max_size=14).flatmap(
    lambda words: st.sampled_from([" ", " ", " ", "\u00a0", "\u3000"]).map(
        lambda space: space.join(words) + ("." if len(words) > 4 else "")
    )
)


@given(st.lists(_PAGE_LINES | dump_lines, min_size=1, max_size=70))
def test_word_features_are_those_of_each_paragraph_read_alone(lines: list[str]) -> None:
    # The body's words are joined from those of its lines, and the lines under a candidate are
    # searched together before they are counted: the same values as reading each text alone.
    lines = [line for line in lines if line.strip()] or ["x y"]
    facts = LineFacts()
    chosen = candidates(lines, facts)
    evidence = TitleEvidence(lines, chosen, facts)
    top = lines[: len(evidence._top)]
    paragraph = paragraph_flags(top)
    sums = [0]
    for text in paragraph:
        sums.append(sums[-1] + text)
    body = _Words(_body_text(top, paragraph, _windows(sums, len(top))))
    for position, index in enumerate(chosen):
        evidence.fill_words(position)
        row = evidence.rows[position]
        own = _stems(lines[index])
        needles = _needles(own)
        used: set[str] = set()
        sharing = 0
        for near in range(index + 1, min(index + 1 + _BELOW, len(top))):
            if paragraph[near]:
                shared = _Words(top[near][:_PREFIX_CHARS]).shared(needles)
                sharing += bool(shared)
                used |= shared
        assert row[FEATURES.index("words_below")] == (len(used) / len(own) if own else 0.0)
        assert row[FEATURES.index("paragraphs_below")] == (
            min(sharing, _BELOW_PARAGRAPHS) / _BELOW_PARAGRAPHS if own else 0.0
        )
        if evidence._headline[position]:
            expected = len(body.shared(needles)) / len(own) if own else 0.0
            assert row[FEATURES.index("body_words")] == expected


#: Pieces of lines near a misspelt month's frame: words of five letters or more, days, years,
#: the marks and spaces between them.
_FRAME_PIECES = st.sampled_from(
    ["Novermber", "Setpember", "21", "3rd", "2015", "1999", "20150", "315", " ", ", ", ".", "x"]
)


@given(st.lists(_FRAME_PIECES | dump_lines, max_size=8).map("".join))
def test_a_misspelt_months_frame_ends_with_a_space_and_a_year(line: str) -> None:
    # The frame's pattern is tried only on a line where a match of it could end.
    if _FRAME_END.search(line) is None:
        assert _FRAMED_MONTH.search(line) is None
        assert _date_with_misspelt_month(line) is None


@pytest.mark.parametrize(
    ("line", "reads"),
    [
        ("Novermber 21, 2015", True),
        ("21 Setpember 2015", True),
        ("Novermber 21,2015", False),  # (no space before the year: no frame)
        ("Novermber 21", False),
        ("21 Setpember 20150", False),
    ],
)
def test_a_misspelt_month_reads_only_in_its_frame(line: str, reads: bool) -> None:
    assert (_FRAME_END.search(line) is not None) is reads
    assert (_date_with_misspelt_month(line) is not None) is reads


def test_a_whole_page_is_not_read_for_the_usual_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    # A whole page (three menu bullets in its first lines) never takes the usual layout's
    # title, so its first lines are not read for that layout's facts; a dump that opens with
    # its headline still is.
    asked: list[str] = []
    opens = parser._opens_with_title

    def spy(lines: list[str], fields: parser._Fields) -> bool:
        asked.append(lines[0])
        return opens(lines, fields)

    monkeypatch.setattr(parser, "_opens_with_title", spy)
    story = (
        "The harbour ferry will run again from Monday after the repairs to its engines were "
        "finished, the city's transport office said on Thursday."
    )
    page = "\n\n".join(
        [
            "* Home",
            "* News",
            "* Sport",
            "* Weather",
            "Harbour Ferry Returns After Repairs",
            "14 September 2023",
            *[story] * 12,
        ]
    )
    article = parser.parse_text(page)
    assert asked == []
    assert article.title == "Harbour Ferry Returns After Repairs"
    headed = parser.parse_text("\n\n".join(["Harbour Ferry Returns After Repairs", story, story]))
    assert asked == ["Harbour Ferry Returns After Repairs"]
    assert headed.title == "Harbour Ferry Returns After Repairs"
