"""Properties of parsing, serialising and rendering, over generated inputs."""

from __future__ import annotations

import contextlib
import re

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, NewsparseError
from newsparse._normalize import boilerplate
from newsparse._normalize.captions import split_credit
from newsparse._normalize.names import parse_byline
from newsparse._normalize.whitespace import clean_line
from newsparse._text import lines as line_facts
from newsparse._text import markup, parser
from newsparse._text.lines import is_paragraph_like
from newsparse._text.markup import broken_block_lines, strip_markdown, unwrap
from newsparse._text.parser import prepare_lines
from newsparse.serialize import from_dict, to_dict, to_text

from .strategies import articles, dump_lines, renderable_articles, titles


@given(st.text() | st.binary())
def test_any_input_gives_an_article_or_a_newsparse_error(source: str | bytes) -> None:
    try:
        result = newsparse.parse_article(source, kind="text")
    except NewsparseError:
        return
    assert isinstance(result, Article)


@given(st.text() | st.binary())
def test_auto_detection_never_leaks_another_error(source: str | bytes) -> None:
    with contextlib.suppress(NewsparseError):
        newsparse.parse_article(source)


@given(articles)
def test_dict_round_trip(article: Article) -> None:
    assert from_dict(to_dict(article)) == article


@given(renderable_articles())
def test_rendered_dump_parses_back_to_the_same_article(article: Article) -> None:
    parsed = newsparse.parse_article(to_text(article))
    # The language is guessed from the body, which the generated words do not settle.
    assert attrs.evolve(parsed, language=None) == article


@given(titles, st.lists(dump_lines, min_size=1, max_size=12))
def test_no_line_of_a_dump_is_silently_dropped(title: str, lines: list[str]) -> None:
    try:
        article = newsparse.parse_article("\n\n".join([title, *lines]), kind="text")
    except NewsparseError:
        return
    ended = False
    # Lines above the title of a whole-page dump are page furniture, counted in one warning.
    skipped = next(
        (
            int(w.split()[2])
            for w in article.warnings
            if w.startswith("left out ") and "before the title" in w
        ),
        0,
    )
    seen = 1 if strip_markdown(clean_line(title)) else 0
    for raw in lines:
        # Markdown marks are markup, not text: "**a**" is read as "a", an image line as nothing.
        line = strip_markdown(clean_line(raw))
        if not line:
            continue
        seen += 1
        if ended or seen <= skipped:
            continue
        if boilerplate.is_terminal(line) or boilerplate.is_signoff(line):
            ended = True  # what follows the article's end is trailer, by position
            continue
        credit = split_credit(line)[1]
        kept = (
            line in (article.title, article.description)
            or line in article.paragraphs
            or any(c.text and c.text in line for c in article.captions)
            or any(line in warning or repr(line) in warning for warning in article.warnings)
            or any(c.credit and c.credit in line for c in article.captions)
            or (
                credit is not None
                and any(credit in w or repr(credit) in w for w in article.warnings)
            )
            or boilerplate.is_boilerplate(line)
            or parse_byline(line, bare=True) is not None
            or (article.dateline is not None and line.startswith(article.dateline))
            or (article.published is not None and any(ch.isdigit() for ch in line))
        )
        assert kept, f"line {line!r} is in no field and not boilerplate: {article!r}"


_LINE_CHARACTERS = st.sampled_from(
    ["a", "B", " ", "  ", "\xa0", "\t", "\x1f", "\x85", "\u2028", "\r", "\n", "\u200b", "é", "–"]
)


@given(st.lists(_LINE_CHARACTERS | st.text(max_size=3), max_size=40).map("".join))
@example("Title\n\na\tb\n")
@example("x\x1fy z")
@example("A  b\n\xa0\nc\xa0d\n \xa0 \n")
@example("a\u200bb\n\u2028 c")
def test_prepared_lines_are_the_cleaned_non_empty_lines(text: str) -> None:
    # prepare_lines trims each line and cleans only a line that is unprintable or holds two
    # spaces, told for a dump all in Latin-1 from one pass over it: the lines must be those
    # clean_line gives (the alphabet holds no Markdown marks).
    text = text.replace("#", "").replace(">", "").replace("\\", "").replace("]", "")
    text = text.replace("*", "").replace("_", "")
    expected = [line for line in map(clean_line, unwrap(text.splitlines())) if line]
    assert prepare_lines(text)[0] == expected


# The block-quote and site-code searches look behind each place a line's start stands, where a
# pattern was once compiled from each line: they must find what those patterns find.
_SEARCHED = st.text(alphabet=" \t\xa0\r\n>abM.", max_size=40)


@given(text=_SEARCHED, start=st.text(alphabet=" \t>abM.", max_size=4))
@example(text="x\n  > \tab", start="ab")
@example(text=">ab", start="")
def test_a_block_quote_is_found_as_the_pattern_finds_it(text: str, start: str) -> None:
    found = re.search(rf"(?m)^[ \t]*>[ \t]*{re.escape(start)}", text) is not None
    assert parser._quote_opens_with(text, start) == found


@given(
    text=_SEARCHED,
    above=st.text(alphabet=" \t\xa0\rM>", max_size=3),
    start=st.text(alphabet=" \t\xa0ab\n", max_size=3),
)
@example(text="MDN \xa0\r\n ab", above="MDN", start="ab")
@example(text="M\r\r\nab", above="M\r", start="ab")
@example(text="M \t\nab", above="M ", start="ab")
def test_a_line_under_the_site_code_is_found_as_the_pattern_finds_it(
    text: str, above: str, start: str
) -> None:
    pattern = rf"{re.escape(above)}[ \t\xa0]*\r?\n[ \t\xa0]*{re.escape(start)}"
    found = re.search(pattern, text) is not None
    assert parser._written_under(text, above, start) == found


@pytest.mark.parametrize(
    ("starts", "firsts"),
    [
        (line_facts._PHOTO_STARTS, line_facts._PHOTO_FIRSTS),
        (line_facts._LABEL_STARTS, line_facts._LABEL_FIRSTS),
    ],
)
def test_every_character_lowered_to_a_label_start_is_a_first(
    starts: tuple[str, ...], firsts: frozenset[str]
) -> None:
    # may_be_caption and opens_with_label lower a line's start only when its first character is
    # one of the firsts: every character whose lower case opens like a label must be there.
    letters = {start[0] for start in starts}
    missing = [
        char
        for char in map(chr, range(0x110000))
        if char.lower()[:1] in letters and char not in firsts
    ]
    assert missing == []


def _opens_with_label(line: str) -> bool:
    """opens_with_label as it read before its first-character test."""
    opening = line[: line_facts._LABEL_REACH].lower()
    labels = line_facts._LABELS_BY_OPENING.get(opening[:2])
    return labels is not None and opening.startswith(labels)


@given(
    lead=st.sampled_from(["", "İ", "K", " ", "1"]),
    start=st.sampled_from(line_facts._LABEL_STARTS),
    capitals=st.lists(st.booleans(), max_size=8),
    rest=st.text(alphabet="ab :İ", max_size=6),
)
@example(lead="", start="oleh", capitals=[True], rest=" Ani")
@example(lead="", start="rédacteur", capitals=[False, True], rest=" Ani")
def test_opens_with_label_reads_as_the_whole_test(
    lead: str, start: str, capitals: list[bool], rest: str
) -> None:
    cased = "".join(
        char.upper() if index < len(capitals) and capitals[index] else char
        for index, char in enumerate(start)
    )
    line = lead + cased + rest
    assert line_facts.opens_with_label(line) == _opens_with_label(line)


def test_only_a_photo_labels_letters_lower_to_its_next_letters() -> None:
    # may_be_caption looks up a line's first three characters (_CAPTION_HEADS) before lowering
    # its start: a character lowering to open like a label's second or third letter is that
    # letter in either case.
    letters = {char for start in line_facts._PHOTO_STARTS for char in start[1:3]}
    cased = letters | {char.upper() for char in letters}
    missing = [
        char
        for char in map(chr, range(0x110000))
        if char.lower()[:1] in letters and char not in cased
    ]
    assert missing == []


def test_every_label_opens_a_line_in_any_case_of_its_first_two_letters() -> None:
    missing = [
        first + second + label[2:]
        for label in line_facts._LABEL_STARTS
        for first in (label[0], label[0].upper())
        for second in (label[1], label[1].upper())
        if not line_facts.opens_with_label(f"{first}{second}{label[2:]} Ani")
    ]
    assert missing == []


@given(line=st.text(alphabet="dDiIİtTuUlLoOpPbBrRéÉKkyYaAfF :", max_size=8))
@example(line="dİtulis Ani")
@example(line="DItulis")
@example(line="dItulis")
@example(line="By Ani")
@example(line="AF")
@example(line="rÉdacteur")
def test_opens_with_label_reads_as_the_test_without_its_head(line: str) -> None:
    # The first two characters' lookup (_LABEL_HEADS) turns away no line the lowered test takes.
    assert line_facts.opens_with_label(line) == _opens_with_label(line)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "İ", "K", "(", "* "]),
            st.sampled_from(line_facts._LABEL_STARTS),
            st.lists(st.booleans(), max_size=3),
            st.sampled_from([" Jane Doe", ": Ani Lestari", " | Example Times", "", " 1"]),
        ),
        max_size=12,
    )
)
def test_the_bylines_of_many_lines_are_each_lines_byline(
    parts: list[tuple[str, str, list[bool], str]],
) -> None:
    # LineFacts.bylines reads opens_with_label's guards in line: the same answers as byline.
    lines = [
        lead
        + "".join(
            char.upper() if index < len(capitals) and capitals[index] else char
            for index, char in enumerate(start)
        )
        + rest
        for lead, start, capitals, rest in parts
    ]
    assert line_facts.LineFacts().bylines(lines) == [
        line_facts.LineFacts().byline(line) for line in lines
    ]


@given(line=st.text(alphabet="fFpPgGoOtThHaAmMbBrRIiEedMi İ])(.:", max_size=10))
@example(line="Foto: Ani")
@example(line="PHOTO Ani")
@example(line="gambar")
@example(line="fOTO")
@example(line="gAmbar")
@example(line="Imag")
@example(line="Image caption")
@example(line="Media x")
@example(line="Melansir")
def test_may_be_caption_reads_as_the_whole_test(line: str) -> None:
    whole = (
        line.endswith(line_facts._CREDIT_ENDS)
        or line[:6].lower().startswith(line_facts._PHOTO_STARTS)
        or line[:6] in ("Image ", "Media ")
    )
    assert line_facts.may_be_caption(line) == whole


@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(
                ["Menu", "One two three four five six.", "A b c d e f g h i j k l", ""]
            ),
            st.booleans(),
        ),
        max_size=12,
    )
)
def test_running_text_above_is_counted_as_a_walk_counts_it(steps: list[tuple[str, bool]]) -> None:
    # prepare_lines counts the running text above a line only when a line of links or a rule
    # asks: each answer must be that of counting every line as it is added.
    above = parser._TextAbove()
    lines: list[str] = []
    for line, ask in steps:
        if ask:
            walked = sum(map(is_paragraph_like, lines)) >= parser._TEXT_BEFORE_LINKS
            assert above.enough(lines) == walked
        lines.append(line)


def _broken_blocks_by_hand(raw_lines: list[str]) -> frozenset[int]:
    """broken_block_lines written out: the blocks found by a walk over the lines."""
    if len(raw_lines) > markup._MAX_BROKEN_DUMP:
        return frozenset()
    blocks: list[tuple[int, int]] = []
    start = -1
    for index, line in enumerate([*raw_lines, ""]):
        if line.strip() and start < 0:
            start = index
        elif not line.strip() and start >= 0:
            blocks.append((start, index))
            start = -1
    runs = [(first, end) for first, end in blocks if end - first > 1]
    found: set[int] = set()
    for first, end in runs:
        pairs = range(first, end - 1)
        if len(blocks) < markup._MIN_BLOCKS:
            found.update(
                index + 1
                for index in pairs
                if markup._plain_wrapped(raw_lines[index], shortest=1, longest=None)
                and (
                    markup._breaks_off(raw_lines[index], raw_lines[index + 1], shortest=1)
                    or raw_lines[index].rstrip().endswith("(")
                    or raw_lines[index + 1].lstrip()[:1] == ")"
                )
            )
        elif all(markup._plain_wrapped(raw_lines[i]) for i in pairs) and any(
            markup._breaks_off(raw_lines[i], raw_lines[i + 1]) for i in pairs
        ):
            found.update(range(first + 1, end))
    return frozenset(found)


_WRAPPED_LINES = st.sampled_from(
    [
        "",
        " ",
        "\xa0",
        "A title",
        "The harbour reopened on Tuesday after a storm",
        "had closed it.",
        "Ferries ran.",
        "and the boats sailed,",
        "Acme (",
        ") and Beta",
        "Author: Jane Doe",
        "# Heading",
    ]
)


@given(st.lists(_WRAPPED_LINES, max_size=14))
@example(["A", "b", "", "The harbour reopened on Tuesday after a storm", "had closed it."])
@example(["The harbour reopened on Tuesday after a storm", "had closed it.", "", "x", "", "y"])
def test_broken_block_lines_find_the_blocks_a_walk_finds(raw_lines: list[str]) -> None:
    # The blocks are found by byte searches over one mark a line, and the lines may come
    # stripped already: the same lines as a walk over the lines finds.
    expected = _broken_blocks_by_hand(raw_lines)
    assert broken_block_lines(raw_lines) == expected
    assert broken_block_lines(raw_lines, [line.strip() for line in raw_lines]) == expected
