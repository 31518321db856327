"""Properties of parsing, serialising and rendering, over generated inputs."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sys
from typing import Any
from unittest import mock

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse
else:
    import sre_parse

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, NewsparseError
from newsparse._decode import clean_text
from newsparse._normalize import boilerplate
from newsparse._normalize.captions import split_credit
from newsparse._normalize.dates import has_digit, parse_date_line, read_date_line
from newsparse._normalize.names import parse_byline
from newsparse._normalize.whitespace import clean_line, drop_stray_marks
from newsparse._text import lines as line_facts
from newsparse._text import markup, parser
from newsparse._text.lines import is_paragraph_like
from newsparse._text.markup import broken_block_lines, strip_markdown, strip_tags, unwrap
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


_RUNNING = "Rumah rumah rumah dibangun kembali setelah banjir besar melanda desa itu pada pekan lalu, kata warga."


@given(titles, st.lists(dump_lines, min_size=1, max_size=12))
# A page's tail under the story (five short lines under three of running text) is left out: each
# of its lines must be named in the warning, not only the first (found by Hypothesis).
@example("Rumah rumah rumah", [_RUNNING, _RUNNING, _RUNNING, "00", "00", "00", "00", "000"])
# An item under a list heading in the header ("Lihat juga", "see also") is named in a warning too
# (found by Hypothesis).
@example("Rumah rumah rumah", ["Lihat juga", "·1"])
# ... and so is one under a list heading below the text's first paragraph (found by Hypothesis).
@example("Rumah rumah rumah", [_RUNNING, "Lihat juga", "*1"])
# A noncharacter is cleaned to U+FFFD before the text is read (found by Hypothesis).
@example("Rumah rumah rumah", ["0\ufffe"])
# A "tag" across a blank line is no tag: its words are text (found by Hypothesis).
@example("Rumah rumah rumah", ["<I", ">"])
@example("Rumah rumah rumah", ["Kabar <b dari desa", "> itu baik"])
# A byline's label alone on the dump's last line, no name under it, is named in a warning too
# (found by Hypothesis in round 46).
@example("Rumah rumah rumah", [_RUNNING, "BY"])
# A presentation selector after a digit steers nothing and goes before the dump is read: "0\ufe0e"
# is the counter "0", a widget's line (found by Hypothesis in round 50).
@example("Rumah rumah rumah", [_RUNNING, "0\ufe0e"])
# A tag that marks up words, alone on its line, is markup: read as nothing (found in round 50).
@example("Rumah rumah rumah", [_RUNNING, "<I>"])
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
    # A warning naming many lines quotes the first and counts the rest ("and 3 more lines"):
    # that many lines may be named by the count alone.
    counted = sum(
        int(count.replace(",", ""))
        for warning in article.warnings
        for count in re.findall(r"' and ([\d,]+) more lines? \(", warning)
    )
    for raw in lines:
        # Markdown marks are markup, not text: "**a**" is read as "a", an image line as nothing.
        # (as the parse cleans it first: a noncharacter becomes U+FFFD, and a mark or a
        # presentation selector that steers nothing goes)
        # HTML tags that mark up words are markup too: "<I>" alone is no text (strip_tags).
        line = strip_markdown(clean_line(strip_tags(drop_stray_marks(clean_text(raw)))))
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
        if not kept and counted:
            counted -= 1
            continue
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
    facts = line_facts.LineFacts(clean=True)
    assert prepare_lines(text, facts)[0] == expected
    # The parse takes its lines for printable, unread, when prepare_lines says they are.
    assert not facts.printable or all(line.isprintable() for line in expected)


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
    # may_be_caption looks up a line's first three characters (CAPTION_HEADS) before lowering
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
    # The first two characters' lookup (LABEL_HEADS) turns away no line the lowered test takes.
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


def test_a_parse_reads_a_bounded_number_of_lines_as_bylines() -> None:
    # A hostile dump of thousands of different "By Name" lines: each is read as a byline up to
    # the bound, then no more (a byline split by bars is not counted).
    bound = line_facts._MAX_BYLINE_READS
    facts = line_facts.LineFacts()
    with mock.patch.object(line_facts, "parse_byline", wraps=parse_byline) as reader:
        found = [facts.byline(f"By Jane Doe{i}") for i in range(bound + 50)]
        assert reader.call_count == bound
        barred = facts.byline("By Jane Doe | Example Times")
        assert reader.call_count > bound
    assert barred is not None
    assert barred.authors == ("Jane Doe",)
    assert found == [None] * (bound + 50)
    # Under the bound a labelled line is read as before.
    labelled = line_facts.LineFacts().byline("By Jane Doe")
    assert labelled is not None
    assert labelled.authors == ("Jane Doe",)
    dump = "A headline for the story\n\nBy Jane Doe\n\n" + "".join(
        f"By Ann Lee{i}\n" for i in range(bound + 10)
    )
    assert newsparse.parse_article(dump).authors == ("Jane Doe",)


def test_a_parse_reads_a_bounded_number_of_lines_as_date_lines() -> None:
    # A hostile dump of tens of thousands of rows that each hold a different date among other
    # words ("17,Jane Doe,2024-05-01,12.5": no date line): each was read in full while no date
    # was known, about 30 microseconds a row (1.1 s of CPU a megabyte). Up to the bound, then
    # no more lines with a date's shape are read.
    bound = line_facts._MAX_DATE_READS
    facts = line_facts.LineFacts()
    with mock.patch.object(line_facts, "read_date_line", wraps=read_date_line) as reader:
        assert [facts.date(f"{i},Jane Doe,2024-05-01,12.5") for i in range(bound + 50)] == [
            None
        ] * (bound + 50)
        assert reader.call_count == bound
        assert facts.date("May 1, 2024") is None  # (past the bound: not read)
    # Under the bound a date line reads as before, and a dump's date above such rows is found.
    found = line_facts.LineFacts().date("May 1, 2024")
    assert found is not None
    assert found.value == dt.date(2024, 5, 1)
    rows = "".join(f"{i},Jane Doe,2024-05-01,12.5\n" for i in range(3 * bound))
    with mock.patch.object(line_facts, "read_date_line", wraps=read_date_line) as reader:
        article = newsparse.parse_article(f"A headline for the story\n\n{rows}")
    assert reader.call_count <= bound + 10
    assert article.published is None
    assert len(article.paragraphs) == 3 * bound
    dated = newsparse.parse_article(f"A headline for the story\n\nMay 2, 2024\n\n{rows}")
    assert dated.published == dt.date(2024, 5, 2)


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
        line.endswith(line_facts.CREDIT_ENDS)
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
                    or (
                        raw_lines[index + 1].lstrip()[:2] in (", ", "; ", ". ")
                        and raw_lines[index + 1].lstrip()[2:3].isalnum()
                        and raw_lines[index].rstrip()[-1:].isalnum()
                    )
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
        ", the port said",
        ". Ferries ran.",
        ".",
        "Author: Jane Doe",
        "# Heading",
    ]
)


@given(st.lists(_WRAPPED_LINES, max_size=14))
@example(["A", "b", "", "The harbour reopened on Tuesday after a storm", "had closed it."])
@example(["The harbour reopened on Tuesday after a storm", "had closed it.", "", "x", "", "y"])
@example(["Source", "the harbour reopened on Tuesday after a storm", "", "x", "", "y", "", "a"])
def test_broken_block_lines_find_the_blocks_a_walk_finds(raw_lines: list[str]) -> None:
    # The blocks are found by byte searches over one mark a line, and the lines may come
    # stripped already: the same lines as a walk over the lines finds.
    expected = _broken_blocks_by_hand(raw_lines)
    assert broken_block_lines(raw_lines) == expected
    assert broken_block_lines(raw_lines, [line.strip() for line in raw_lines]) == expected


_BODY_LINES = st.sampled_from(
    [
        "Kantor berita itu melaporkan pemimpin kedua negara bertemu di pusat peluncuran ruang"
        " angkasa di timur jauh untuk membahas kerja sama militer dan ekonomi mereka.",
        "Korea Utara gagal menempatkan satelit mata-mata militer pertamanya ke orbit pada bulan Mei.",
        "Harga naik 5 persen - kata pejabat itu kepada wartawan di kantor pada hari Senin pagi.",
        "The ship was built by the yard in 1990 and sailed for many years across the bay.",
        "The ship was built by the yard and sailed for many years across the bay and back.",
        "Reporter: Jane Doe",
        "By Jane Doe and Tom Roe",
        "Publisher Jane Doe spoke to the harbour master about the ferries on Monday.",
        "Jane Doe and Tom Roe contributed reporting to this article.",
        "Several factors, many people and many more things besides them contributed.",
        "Warga mengungsi di tengah banjir yang melanda kota itu pada Senin pagi. (ANTARA/Budi Setya)",
        "Foto: Ani Lestari, warga mengungsi di tengah banjir yang melanda kota itu pada Senin pagi",
        "Editor's note: The above video was published on Nov. 1, 2023.",
        "This image provided by the agency shows the harbour at dawn on a cold morning in January.",
        "The mayor at the quay on Monday morning. Jane Doe/Agency Images",
        "Listen now and subscribe: Apple Podcasts | Spotify | RSS Feed",
        "Baca juga: Harga beras naik lagi di pasar induk kota pada pekan ini menurut para pedagang",
        "Berita Terkait",
        "* Another story about the harbour",
        "KOMENTAR",
        "This article was originally published on Example Times and is reprinted here with the"
        " kind permission of its editors and writers.",
        "Jane Doe writes for the Example Times and covers the harbour, the courts and the council.",
        "(Reporting by Jane Doe in Paris and Tom Roe; Editing by Ann Lee for the desk tonight)",
        "Write to Jane Doe at jane.doe@example.com about this story and the harbour's other news.",
        "___",
        "Sources:",
        "Tags: politik, ekonomi",
        "Kamis, 14 September 2023 11:22 WIB",
        "Even so, the harbour master said the ferries would run again once the storm had passed"
        " over the bay and the sea had calmed down for the night.",
        "In this photo made from video, the harbour is seen at dawn with the ferries still tied up.",
        "Penulis:",
        "Jane Doe",
        "The harbour master · who spoke on Monday · said the ferries would run again this week.",
        "Image caption The harbour at dawn on a cold morning, with the ferries still tied up there",
        "JAKARTA - Harga beras naik lagi di pasar induk kota pada pekan ini menurut para pedagang.",
        "Jane Doe in Paris, Tom Roe in Berlin and Ann Lee in Rome contributed reporting to this"
        " article.",
        "Thursday, September 14, 2023 by Jane Doe, Tom Roe, Ann Lee, Budi Setya and Ani Lestari",
        "Warga mengungsi di tengah banjir yang melanda kota itu pada Senin pagi dan malam"
        " (ANTARA/Budi Setya).",
        "Writing by Jane Doe in Paris and Tom Roe in Berlin; Editing by Ann Lee and Budi Setya"
        " for the desk",
        "By Jane Doe, Tom Roe, Ann Lee, Budi Setya, Ani Lestari, Tom Lee, Jim Low, Ed Best and"
        " Al Dee",
        "HARGA BERAS NAIK LAGI DI PASAR INDUK KOTA PADA PEKAN INI MENURUT PARA PEDAGANG DAN"
        " PEMBELI",
        "Harga Beras Naik Lagi di Pasar Induk Kota pada Pekan Ini Menurut Para Pedagang dan"
        " Pembeli",
        "Harga Beras Naik Lagi Di Pasar Induk Kota Pada Pekan Ini Menurut Para Pedagang Dan"
        " Pembeli Beras",
        "Jane Doe can be reached at the harbour desk of the paper on most days of the week and"
        " evenings.",
    ]
)
_LONG_LINE = (
    "Kantor berita itu melaporkan pemimpin kedua negara bertemu di pusat peluncuran ruang"
    " angkasa di timur jauh untuk membahas kerja sama militer dan ekonomi mereka."
)


#: Every line of the body read in full: none told plain.
_NONE_PLAIN = mock.patch.multiple(
    parser, _plain_lines=lambda *_: b"", _line_verdict=lambda *_: parser._READ_IN_FULL
)
#: The fields a body reading fills, compared between a quick reading and the full one.
_READ_FIELDS = ("paragraphs", "captions", "warnings", "authors", "published", "tags", "dateline")


def _body_read(
    lines: list[str],
    patched: contextlib.AbstractContextManager[object],
    picture: str | None,
    *,
    dated: bool,
    authored: bool,
    lede: bool,
) -> parser._Fields:
    """``lines`` read as a body with ``patched`` in force, after the header gave what is asked.

    ``picture`` is the text after a picture on its line, if any; ``dated`` and ``authored``: the
    header gave a date and a writer; ``lede``: a paragraph was read before these lines.
    """
    fields = parser._Fields(text="\n".join(lines))
    fields.facts.printable = True
    if dated:
        fields.published = dt.date(2023, 9, 14)
    if authored:
        fields.authors.append("Ani Lestari")
    if lede:
        fields.paragraphs.append("The lede of the story, with a few words in it.")
    if picture is not None:
        fields.pictures.add(picture)
    with patched:
        parser._read_body(lines, 0, fields)
    return fields


@given(
    lines=st.lists(_BODY_LINES, min_size=1, max_size=12),
    dated=st.booleans(),
    authored=st.booleans(),
    lede=st.booleans(),
    pictured=st.booleans(),
)
@example(
    lines=[
        "Korea Utara gagal menempatkan satelit mata-mata militer pertamanya ke orbit pada bulan Mei.",
        "Jane Doe and Tom Roe contributed reporting to this article.",
        "KOMENTAR",
    ],
    dated=True,
    authored=False,
    lede=True,
    pictured=False,
)
@example(
    lines=[
        "Jane Doe in Paris, Tom Roe in Berlin and Ann Lee in Rome contributed reporting to this"
        " article.",
        "Thursday, September 14, 2023 by Jane Doe, Tom Roe, Ann Lee, Budi Setya and Ani Lestari",
        "Warga mengungsi di tengah banjir yang melanda kota itu pada Senin pagi dan malam"
        " (ANTARA/Budi Setya).",
        "By Jane Doe, Tom Roe, Ann Lee, Budi Setya, Ani Lestari, Tom Lee, Jim Low, Ed Best and"
        " Al Dee",
        *[_LONG_LINE] * 4,
    ],
    dated=True,
    authored=False,
    lede=True,
    pictured=True,
)
@example(
    lines=[
        _LONG_LINE,
        "Harga Beras Naik Lagi Di Pasar Induk Kota Pada Pekan Ini Menurut Para Pedagang Dan"
        " Pembeli Beras",
        *[_LONG_LINE] * 3,
        "Jane Doe can be reached at the harbour desk of the paper on most days of the week and"
        " evenings.",
    ],
    dated=True,
    authored=False,
    lede=True,
    pictured=False,
)
@example(
    lines=[
        *[_LONG_LINE] * 4,
        "Writing by Jane Doe in Paris and Tom Roe in Berlin; Editing by Ann Lee and Budi Setya"
        " for the desk",
    ],
    dated=True,
    authored=False,
    lede=True,
    pictured=False,
)
def test_plain_lines_are_read_as_the_full_reading_reads_them(
    lines: list[str], *, dated: bool, authored: bool, lede: bool, pictured: bool
) -> None:
    # The body reading keeps the lines _plain_lines tells plain at once: what it finds must be
    # what reading every line for every kind finds.
    setting = {"dated": dated, "authored": authored, "lede": lede}
    picture = _LONG_LINE if pictured else None
    fast = _body_read(lines, contextlib.nullcontext(), picture, **setting)
    # (The running text told in one pass whatever the lines' length, as a story's body is.)
    one_pass = mock.patch.object(parser, "_PLAIN_LINE_CHARS", 0)
    passed = _body_read(lines, one_pass, picture, **setting)
    full = _body_read(lines, _NONE_PLAIN, picture, **setting)
    for name in _READ_FIELDS:
        assert getattr(fast, name) == getattr(full, name), name
        assert getattr(passed, name) == getattr(full, name), name


_SHORT_BODY_LINES = st.sampled_from(
    [
        "Kontakt",
        "* Datenschutz",
        "Newsletter-Anmeldung",
        "Never miss a story",
        "Read more flood news from the valley",
        "Editor",
        "Image caption The mayor",
        "Media",
        "Foto hiasan",
        "Gambar fail",
        "Reporter",
        "By Jane Doe",
        "Oleh Ani Lestari",
        "Penulis",
        "Jane Doe",
        "Jakarta -",
        "Jakarta, Kabar.com",
        "13 September 2023",
        "Rabu, 13 Sep 2023 15:04 WIB",
        "5 min read",
        "facebook sharing button",
        "Facebook Sharing Button",
        "Tags: banjir, hujan",
        "Baca juga",
        "Berita Terkait",
        "KOMENTAR",
        "Komentar (0)",
        "(ant/rd)",
        "(Jane Doe)",
        "***",
        "—",
        "Share",
        "Follow us on Google News",
        "Ikuti berita kami di Google News",
        "Jane Doe / Agency",
        "Jane Doe | Agency",
        "jane@example.com",
        "Harga naik - Foto Agensi",
        "Warga mengungsi. (ANTARA/Budi)",
        "This image shows the harbour",
        "In this photo the mayor",
        "READ MORE: Another story",
        "LEARN MORE",
        "Liputan6",
        "Ende",
        "Copyright",
        "___",
        "[Gambas:Video Outlet]",
        "Listen | Share | Save",
        "Image copyright Agency",
        "Die Sonne scheint heute",
    ]
)


@given(
    lines=st.lists(_SHORT_BODY_LINES, min_size=1, max_size=12),
    dated=st.booleans(),
    authored=st.booleans(),
    lede=st.booleans(),
    pictured=st.booleans(),
)
@example(
    lines=["Kontakt", "Editor", "Gambar fail", "Jakarta -", *["Kontakt"] * 4],
    dated=True,
    authored=False,
    lede=True,
    pictured=False,
)
def test_plain_short_lines_are_read_as_the_full_reading_reads_them(
    lines: list[str], *, dated: bool, authored: bool, lede: bool, pictured: bool
) -> None:
    # The body reading keeps the short lines _plain_lines tells plain at once: what it finds
    # must be what reading every line for every kind finds.
    setting = {"dated": dated, "authored": authored, "lede": lede}
    picture = "Kontakt" if pictured else None
    fast = _body_read(lines, contextlib.nullcontext(), picture, **setting)
    full = _body_read(lines, _NONE_PLAIN, picture, **setting)
    for name in _READ_FIELDS:
        assert getattr(fast, name) == getattr(full, name), name


def test_plain_short_lines_leave_what_may_be_read_to_the_full_reading() -> None:
    # A menu's words are plain; a line with a digit, a label's colon, a bar, a label or a
    # furniture's opening, or ending like a sentence or a dateline, is read in full.
    fields = parser._Fields()
    fields.published = dt.date(2023, 9, 14)
    fields.paragraphs.append("The lede.")

    def verdict(line: str) -> int:
        return parser._line_verdict(line, 10, fields)

    assert verdict("Kontakt") == parser._PLAIN_SHORT
    assert verdict("* Datenschutz") == parser._PLAIN_SHORT
    assert verdict("Newsletter-Anmeldung") == parser._PLAIN_SHORT
    for line in (
        "13 September 2023",
        "Tags: banjir",
        "Jane Doe | Agency",
        "By Jane Doe",
        "Jakarta -",
        "Read more flood news from the valley",
        "facebook sharing button",
        "Harga naik - Foto Agensi",
        "Warga mengungsi. (ANTARA/Budi)",
        "Gambar fail",
    ):
        assert verdict(line) == parser._READ_IN_FULL, line


def test_plain_lines_tell_running_text_at_once() -> None:
    lines = [
        "Kantor berita itu melaporkan pemimpin kedua negara bertemu di pusat peluncuran ruang"
        " angkasa di timur jauh untuk membahas kerja sama militer dan ekonomi mereka.",
        "Korea Utara gagal menempatkan satelit mata-mata militer pertamanya ke orbit pada bulan Mei.",
        "Warga mengungsi di tengah banjir yang melanda kota itu pada Senin pagi. (ANTARA/Budi Setya)",
        "Reporter: Jane Doe",
        "KOMENTAR",
    ]
    fields = parser._Fields(text="\n".join(lines))
    fields.published = dt.date(2023, 9, 14)
    plain, full = parser._PLAIN_TEXT, parser._READ_IN_FULL
    assert list(parser._plain_lines(lines, 0, fields)) == [plain, plain, full, full, full]


def test_plain_lines_first_test_leaves_marked_lines_to_the_full_reading() -> None:
    # The first test tells a long line ending with a full stop running text at once: a full stop
    # closes no credit, and ends no dash credit or labelled one, and the heads the full reading
    # reads a line for (a kind's phrase, a caption's head, a label in capitals, a described
    # picture's opening) are heads it leaves to that reading.
    assert "." not in parser._CREDIT_CLOSERS
    assert "." in line_facts.DASH_CREDIT_NEVER_ENDS
    assert "." in parser._NO_CREDIT_ENDS
    assert boilerplate.LONG_KIND_HEADS <= parser._PLAIN_NEVER_HEADS
    assert line_facts.CAPTION_HEADS <= parser._PLAIN_NEVER_HEADS
    assert {"LEA", "REA", "The", "In "} <= parser._PLAIN_NEVER_HEADS
    lines = [
        "The mayor opened the new bridge over the river on Monday morning, and hundreds of people"
        " walked across it before the first cars were let on in the afternoon, officials said.",
        "Kim dan Putin menggelar diskusi di pusat peluncuran ruang angkasa di timur jauh, dan"
        " keduanya membahas kerja sama militer serta ekonomi kedua negara itu pada Rabu pagi.",
    ]
    fields = parser._Fields(text="\n".join(lines))
    fields.published = dt.date(2023, 9, 14)
    fields.paragraphs.append("The lede.")
    # (The first line opens with a described picture's first letters: left to its verdict.)
    plain, full = parser._PLAIN_TEXT, parser._READ_IN_FULL
    assert list(parser._plain_lines(lines, 0, fields)) == [full, plain]
    assert parser._line_verdict(lines[0], 10, fields) == plain  # (10 lines below it)


@given(
    st.lists(
        st.sampled_from(
            [
                *("Harga naik.", "", " ", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85"),
                *("\u2028", "\u2029", "\xa0", "\t", "  Jane Doe  ", "Warga mengungsi di sana."),
            ]
        ),
        max_size=12,
    )
)
@example(["Harga naik.", "\n"])
@example(["\n", "\n"])
@example([])
def test_cleaned_text_splits_into_the_same_lines(parts: list[str]) -> None:
    # _unwrapped splits a cleaned text at its line feeds, where it holds no other line break:
    # the lines (and their strips) are str.splitlines'.
    text = clean_text("".join(parts))
    quick: list[tuple[list[str], list[str]]] = []
    full: list[tuple[list[str], list[str]]] = []
    assert parser._unwrapped(text, set(), quick, cleaned=True) == parser._unwrapped(
        text, set(), full
    )
    assert quick == full


def test_copy_trailer_opens_with_one_of_its_first_letters() -> None:
    # _plain_lines searches a last line for a copy trailer only when it opens with one of
    # _COPY_TRAILER_FIRSTS: every alternative of the pattern opens with a, c, j, r, s, t or w, and
    # these are every character the pattern reads as one of them (ignoring case).
    firsts = re.compile("[acjrstw]", re.IGNORECASE)
    every = {chr(code) for code in range(0x110000) if firsts.match(chr(code))}
    assert every == set(parser._COPY_TRAILER_FIRSTS)
    trailers = [
        "This article originally appeared on Example Times.",
        "Read the full story at example.com",
        "Artikel ini telah tayang di Contoh.com",
        "Sign up for our daily newsletter.",
        "This story was republished from The Conversation.",
        "Sign me up for the morning briefing",
        "Sign up for the weekly newsletter here.",
        "When you buy through our links we earn a fee. See links below.",
        "We may earn a commission from these offers.",
        "Join our WhatsApp channel for more news.",
        "Credits: example.com",
    ]
    # Each alternative's first item is one of those letters (the pattern as sre reads it).
    parsed: Any = sre_parse.parse(parser._COPY_TRAILER.pattern, parser._COPY_TRAILER.flags)
    (_, (_, branches)) = parsed[1]  # (the non-capturing group is read as its branch)
    assert len(branches) >= len(trailers)
    for branch in branches:
        kind, code = branch[0]
        assert str(kind) == "LITERAL"
        assert chr(code) in parser._COPY_TRAILER_FIRSTS
    for trailer in trailers:
        assert parser._COPY_TRAILER.match(trailer) is not None, trailer
        assert trailer[0] in parser._COPY_TRAILER_FIRSTS
        # (Any other first character, even one that lowers close to the letter, is no match.)
        for other in ("\u0131", "\u212a", "x", "\u0130"):
            assert parser._COPY_TRAILER.match(other + trailer[1:]) is None


def test_developing_note_opens_with_one_of_its_first_letters() -> None:
    # _drop_closing_link tries _DEVELOPING_NOTE only on a line opening with one of
    # _DEVELOPING_NOTE_OPENINGS: every alternative opens with "this", "developing", "breaking" or
    # "check", and these are every character the pattern reads as t, d, b or c (ignoring case).
    firsts = re.compile("[tdbc]", re.IGNORECASE)
    every = {chr(code) for code in range(0x110000) if firsts.match(chr(code))}
    assert every == set(parser._DEVELOPING_NOTE_OPENINGS)
    notes = [
        "This is a developing story.",
        "Developing story, check back for updates.",
        "Breaking news story: more to follow",
        "This story will be updated.",
        "Check back later for more updates.",
    ]
    for note in notes:
        assert parser._DEVELOPING_NOTE.match(note) is not None, note
        assert note[0] in parser._DEVELOPING_NOTE_OPENINGS
        for other in ("\u0131", "\u212a", "x", "\u0130", "\u0442"):
            assert parser._DEVELOPING_NOTE.match(other + note[1:]) is None


@given(st.text(max_size=40))
@example(text="developing story")
@example(text="Check back for updates")
def test_developing_note_guard_skips_no_match(text: str) -> None:
    if parser._DEVELOPING_NOTE.match(text) is not None:
        assert text[:1] in parser._DEVELOPING_NOTE_OPENINGS


def test_case_folding_never_shortens_a_line() -> None:
    # _read_header skips the title-again test for a line longer than the folded title: a line's
    # case folding is each character's folding in turn, and none folds to nothing.
    assert min(len(chr(code).casefold()) for code in range(0x110000)) == 1
    assert "Straße".casefold() == "strasse"  # (it may grow)


@given(st.text(max_size=30))
@example(text="STRASSE")
@example(text="\u0130stanbul")
def test_case_folding_is_never_shorter(text: str) -> None:
    assert len(text.casefold()) >= len(text)


def test_header_guards_hold_every_opening_they_stand_for() -> None:
    # The first characters tested before the readings' own tests.
    assert {start[0] for start in parser._BY_STARTS} == set(parser._BY_FIRSTS) == set("Bb*_")
    assert set(parser._KEY_POINTS_OPENINGS) == {"K", "k"}
    assert all(first[0] in parser._KEY_POINTS_OPENINGS for first in parser._KEY_POINTS_FIRSTS)
    # (_drop_added_summary's test of a closing paragraph: is_bullet's own first test)
    assert {item[0] for item in ("* a", "• a", "- a", "▪ a")} <= line_facts.BULLET_STARTS
    assert not line_facts.is_bullet("Highlights")


def _unguarded_date(line: str) -> object:
    """LineFacts.date's readings without its date-shape guard (what it read before)."""
    found = parse_date_line(line)
    if found is None:
        found = line_facts._date_before_update(line)
        if found is None:
            found = line_facts._date_behind_words(line)
    return found


@given(
    parts=st.lists(
        st.sampled_from(
            [
                "Juli",
                "Sep",
                "14",
                "2014",
                "11:22",
                "WIB",
                " | ",
                " • ",
                " - ",
                ", ",
                " ",
                ".",
                "/",
                "Diperbarui:",
                "Updated",
                "example.com",
                "Artikel ini tayang pada",
                "Harian Contoh",
                "Rp 90.000",
                "Tlf: +299 38 39 40",
                "Σ",
                "ΣΕΠ",
                "Maret",
                "年",
            ]
        ),
        max_size=8,
    )
)
@example(parts=["Harian Contoh", " - ", "14", "/", "09", "/", "2023", ", ", "11:22", " ", "WIB"])
@example(parts=["Juli", " ", "2014"])
@example(parts=["Tlf: +299 38 39 40", " | ", "14", " ", "Sep", " ", "2014"])
@example(parts=["14", " ", "Sep", " ", "2014", " | ", "11:22", " ", "WIB", " ", "Diperbarui:"])
def test_date_shape_guard_keeps_readings(parts: list[str]) -> None:
    # LineFacts.date reads no line without a date's shape: the readers it skips find nothing there.
    line = "".join(parts)
    if not line or not has_digit(line) or len(line) > line_facts._MAX_DATE_LINE:
        return
    assert line_facts.LineFacts().date(line) == _unguarded_date(line)


def test_writers_are_added_in_time_linear_in_their_number() -> None:
    # Each name was looked for in the list of those found, and each byline line under the header
    # looked for its names there too (robust30): 200,000 names would take minutes. Same names, in
    # order, each once.
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [f"Jane D{letters[i % 26]}{letters[i // 26 % 26]}{i // 676:04}" for i in range(200_000)]
    fields = parser._Fields(text="")
    for name in names:
        fields.add_authors((name, name))
    assert fields.authors == names
    assert fields.known_authors == set(names)
    assert all(map(fields.has_author, names[::1000]))
    assert not fields.has_author("Jane Doe")
    few = parser._Fields(text="")
    few.add_authors(("Jane Doe", "Jane Doe", "John Roe"))
    assert (few.authors, few.known_authors) == (["Jane Doe", "John Roe"], None)
    assert few.has_author("John Roe")


def test_short_line_marks_in_ascii_are_the_full_marks() -> None:
    # The verdict on an ASCII short line searches it for the ASCII marks alone: in ASCII they
    # are every character the full set of marks (with any script's digits) holds.
    for code in range(128):
        char = chr(code)
        full = parser._SHORT_PLAIN_MARKS.match(char) is not None
        assert (parser._SHORT_ASCII_MARKS.match(char) is not None) is full, repr(char)


@given(
    word=st.text(alphabet="abinsrABINSRMDOYlhjuecgkdtwfp", min_size=1, max_size=12)
    | st.sampled_from(["Binsar", "MDN", "Oleh", "By", "Kamis", "Thursday", "Redaksi", "Admin"])
)
def test_a_bare_word_reads_as_the_whole_byline_reading(word: str) -> None:
    # parse_byline reads one word of ASCII letters by a shorter path; with a lone quote after it
    # (which the reading drops) the word takes the whole reading, which must agree.
    assert parse_byline(word, bare=True) == parse_byline(word + "'", bare=True)


_SIGNED_PIECES = st.lists(
    st.sampled_from(
        [
            "Ani",
            "Lestari",
            " ",
            "(",
            ")",
            "/",
            "-",
            " - ",
            " – ",
            "—",
            ".",
            "Kabar.com",
            "co.id",
            "wartawan",
            "Wartawan",
            "KONTRIBUTOR",
            "Staff writer",
            "Medan",
            "\u212a",  # (KELVIN SIGN: the pattern's case-blind match reads it as "k")
            "\u0130",
            "1",
        ]
    ),
    max_size=12,
).map("".join)


@given(_SIGNED_PIECES)
@example("Ani Lestari (Wartawan)")
@example("Ani Lestari (\u212aontributor Medan)")
@example("Ani Lestari (Wartawan) (2)")
@example("Ani Lestari - Kabar.com")
@example("Ani (Reporter")
def test_the_signed_tail_s_cheap_test_never_turns_away_a_tail(line: str) -> None:
    # LineFacts.byline tries _SIGNED_TAIL only where its cheap part stands: a role right after
    # the last opening bracket for a line closed by a bracket, a dash for one closed by a letter.
    if line_facts._SIGNED_TAIL.search(line) is None:
        return
    if line[-1:] == ")":
        assert line_facts._ROLE_OPENING.match(line, line.rfind("(")) is not None
    else:
        assert "-" in line or "\u2013" in line or "\u2014" in line
