"""The title model's choice (``_text/title.py``) against scoring every candidate in full."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse_article
from newsparse._text import title
from newsparse._text.features import (
    FEATURES,
    LATE,
    SOUGHT,
    WHOLE_PAGE,
    TitleEvidence,
    _needles,
    _PageFacts,
    _Words,
    candidate_limit,
    candidates,
    cjk_paragraph_flags,
    cjk_spaces,
    dump_group,
    holds_cjk,
    line_features,
    top_dated,
    top_spaces,
    trail_end,
)
from newsparse._text.lines import LineFacts, is_paragraph_like, paragraph_flags
from newsparse._text.parser import _Fields, _read_front_matter, prepare_lines

from .strategies import dump_lines

_ROOT = Path(__file__).parent.parent
_DUMPS = sorted((_ROOT / "tests" / "fixtures" / "text").glob("*.txt")) + sorted(
    (_ROOT / "seeds").glob("*.txt")
)
_ANCHORED = FEATURES.index("anchored")


def _full_choice(lines: Sequence[str], headings: frozenset[int]) -> int | None:
    """The choice made by scoring every candidate (what the parser did before its bounds)."""
    facts = LineFacts()
    found = title.read_candidates(lines, facts)
    chosen = found.chosen
    if not chosen:
        return None
    model = title._MODEL
    rows = found.rows(lines, facts, headings)
    scores = model.scores(rows, found.group)
    best = max(range(len(chosen)), key=scores.__getitem__)
    if scores[best] >= model.thresholds[found.group] or rows[best][_ANCHORED]:
        return chosen[best]
    return None


def _lines(text: str) -> tuple[list[str], frozenset[int]]:
    lines, headings = prepare_lines(text)
    return _read_front_matter(lines, _Fields()), headings


@pytest.mark.parametrize("path", _DUMPS, ids=lambda path: path.name)
def test_choice_is_that_of_scoring_every_line(path: Path) -> None:
    lines, headings = _lines(path.read_text(encoding="utf-8"))
    assert title.choose_title(lines, headings, LineFacts()) == _full_choice(lines, headings)


@given(st.lists(dump_lines, min_size=1, max_size=60))
def test_choice_is_that_of_scoring_every_line_on_any_lines(raw: list[str]) -> None:
    lines, headings = _lines("\n".join(raw))
    if lines:
        assert title.choose_title(lines, headings, LineFacts()) == _full_choice(lines, headings)


@pytest.mark.parametrize("path", _DUMPS, ids=lambda path: path.name)
def test_headroom_bounds_what_the_late_features_add(path: Path) -> None:
    lines, headings = _lines(path.read_text(encoding="utf-8"))
    facts = LineFacts()
    chosen = candidates(lines, facts)
    evidence = TitleEvidence(lines, chosen, facts, headings=headings)
    for weights in title._MODEL.weights:
        rooms = evidence.headrooms(weights)
        for position, row in enumerate(evidence.rows):
            assert all(row[feature] == 0.0 for feature in LATE)  # not filled yet
            evidence.fill(position)
            added = sum(weights[feature] * row[feature] for feature in LATE)
            assert all(0.0 <= row[feature] <= 1.0 for feature in LATE)
            assert added <= rooms[position] + 1e-9
            for feature in LATE:
                row[feature] = 0.0


@pytest.mark.parametrize("path", _DUMPS, ids=lambda path: path.name)
def test_words_read_in_two_steps_are_those_read_at_once(path: Path) -> None:
    """fill_below then fill_body fill a row as fill_words does; body_headrooms bounds the body's part.

    The title search reads the text under a line first (below_sum, before the row is built) and
    the body only if the line may still win: the sum must be the row's, the two steps must leave
    the row fill_words leaves, and the body's room must bound what ``body_words`` adds (and be
    the part of word_headrooms that fill_body fills).
    """
    lines, headings = _lines(path.read_text(encoding="utf-8"))
    whole = LineFacts()
    chosen = candidates(lines, whole)
    at_once = TitleEvidence(lines, chosen, whole, headings=headings)
    facts = LineFacts()
    stepped = TitleEvidence(lines, chosen, facts, headings=headings)
    body = FEATURES.index("body_words")
    below = [FEATURES.index("words_below"), FEATURES.index("paragraphs_below")]
    for weights in title._MODEL.weights:
        bodies = stepped.body_headrooms(weights)
        words = stepped.word_headrooms(weights)
        for position in range(len(chosen)):
            at_once.fill_words(position)
            added = stepped.below_sum(position, weights)  # (before the row is read)
            row = stepped.row(position)
            stems = stepped.fill_below(position)
            assert added == pytest.approx(
                sum(weights[feature] * row[feature] for feature in below), abs=1e-12
            )
            assert row[body] == 0.0  # (not read yet)
            stepped.fill_body(position, stems)
            assert row == at_once.row(position)
            assert weights[body] * row[body] <= bodies[position] + 1e-12
            assert 0.0 <= bodies[position] <= words[position]
            stepped.fill_body(position)  # (its stems found anew: the same row)
            assert row == at_once.row(position)
            row[body] = 0.0


@pytest.mark.parametrize("path", _DUMPS, ids=lambda path: path.name)
def test_line_features_summed_before_the_row_are_the_rows(path: Path) -> None:
    """line_late_sum weighs the features fill_line writes, and fill_line writes them after it.

    The title search sums a line's own late features before building its row, to build rows
    only for lines that may still win: the sum must be the row's, and the row the same.
    """
    lines, headings = _lines(path.read_text(encoding="utf-8"))
    chosen = candidates(lines, LineFacts())
    plain = TitleEvidence(lines, chosen, LineFacts(), headings=headings)
    summed = TitleEvidence(lines, chosen, LineFacts(), headings=headings)
    line_late = [feature for feature in LATE if FEATURES[feature] not in _WORD_FEATURES]
    for weights in title._MODEL.weights:
        for position in range(len(chosen)):
            plain.fill_line(position)
            row = plain.row(position)
            added = summed.line_late_sum(position, weights)
            assert added == pytest.approx(
                sum(weights[feature] * row[feature] for feature in line_late), abs=1e-12
            )
            summed.fill_line(position)
            assert summed.row(position) == row


_WORD_FEATURES = ("body_words", "words_below", "paragraphs_below")


def _clean_lines(text: str) -> tuple[list[str], frozenset[int], LineFacts]:
    """The lines as the parser reads them, with its facts (which know its lines clean)."""
    facts = LineFacts(clean=True)
    lines, headings = prepare_lines(text, facts)
    return _read_front_matter(lines, _Fields(facts=facts)), headings, facts


def _assert_clean_rows_agree(text: str, *, cjk: bool = False) -> None:
    lines, headings, facts = _clean_lines(text)
    assert facts.clean_lines
    # Every line near the top, not only the candidates: the shortcuts hold for any line.
    chosen = list(range(min(len(lines), 400)))
    clean = line_features(lines, chosen, facts, headings=headings, cjk=cjk)
    assert clean == line_features(lines, chosen, LineFacts(), headings=headings, cjk=cjk)


@pytest.mark.parametrize("path", _DUMPS, ids=lambda path: path.name)
def test_clean_lines_give_the_features_of_any_lines(path: Path) -> None:
    # The parser's lines are clean (LineFacts.clean_lines): their words are counted by their
    # spaces, the lines they open are found in one text, and their words are read unchecked.
    _assert_clean_rows_agree(path.read_text(encoding="utf-8"))


@given(st.lists(dump_lines, min_size=1, max_size=60))
def test_clean_lines_give_the_features_of_any_lines_on_any_lines(raw: list[str]) -> None:
    _assert_clean_rows_agree("\n".join(raw))


@pytest.mark.parametrize(
    "raw",
    [
        # A line opening another, the two far past the words and characters _openings reads.
        [" ".join(["word"] * 45), " ".join(["word"] * 46), "Some running text follows here."],
        ["x" * 999, "x" * 999 + " y", "z"],
        ["x" * 998, "x" * 998 + " y", "z"],
        ["Harbour reopens", "Harbour reopens | Example Times", "Harbour reopens\tafter storm"],
        # Held inside another line, not at its start: it opens none.
        ["Harbour reopens", "News: Harbour reopens after the storm", "Text."],
    ],
)
def test_clean_lines_open_other_lines_as_their_words_do(raw: list[str]) -> None:
    _assert_clean_rows_agree("\n".join(raw))


@pytest.mark.parametrize("words", range(1, 15))
@pytest.mark.parametrize("end", ["", ".", "!", "\u201d", ":"])
def test_paragraph_flags_count_a_clean_lines_words_by_its_spaces(words: int, end: str) -> None:
    line = " ".join(["word"] * words) + end
    assert paragraph_flags([line], [line.count(" ")]) == [is_paragraph_like(line)]


@given(st.lists(dump_lines, min_size=1, max_size=30))
def test_paragraph_flags_of_clean_lines_by_their_spaces(raw: list[str]) -> None:
    lines, _, facts = _clean_lines("\n".join(raw))
    assert facts.clean_lines
    assert paragraph_flags(lines, [line.count(" ") for line in lines]) == paragraph_flags(lines)


@pytest.mark.parametrize("words", range(1, 15))
@pytest.mark.parametrize("end", ["", ".", "!", "\u201d", ":"])
def test_line_facts_tell_a_clean_paragraph_by_its_spaces(words: int, end: str) -> None:
    line = " ".join(["word"] * words) + end
    assert LineFacts(clean=True).paragraph_like(line) is is_paragraph_like(line)
    assert LineFacts(clean=True).paragraph_like(line) is (
        words >= 12 or (words >= 5 and end in {".", "!", "\u201d"})
    )


@given(st.lists(dump_lines, min_size=1, max_size=30))
def test_line_facts_paragraph_like_is_is_paragraph_like(raw: list[str]) -> None:
    # Lines of a parse (clean) are told by their spaces, the others (two spaces together once a
    # mark was taken out) by their words: the same answer as is_paragraph_like either way.
    lines, _, facts = _clean_lines("\n".join(raw))
    assert [facts.paragraph_like(line) for line in lines] == list(map(is_paragraph_like, lines))
    facts.spaced = True
    spaced = [f"{line}  x y z." for line in lines]
    assert [facts.paragraph_like(line) for line in spaced] == list(map(is_paragraph_like, spaced))


def _cut_stems(text: str) -> set[str]:
    """The stems of ``text`` the slow way: every word lowered and cut, the short ones dropped."""
    return {word[:5] for word in text.lower().split() if len(word[:5]) >= 4}


@pytest.mark.parametrize(
    ("text", "own", "shared"),
    [
        # A stem of five letters stands for any word opening with it; one of four for that word.
        ("Harbours reopened after the storm", {"harbo", "storm", "open"}, {"harbo", "storm"}),
        ("the open sea", {"open", "opene"}, {"open"}),
        ("Reopen", {"reope", "open"}, {"reope"}),
        # Spaces other than U+0020 (a tab, an ideographic space) split words too.
        ("storm\tharbour\u3000open", {"storm", "harbo", "open"}, {"storm", "harbo", "open"}),
        ("", {"storm"}, set()),
    ],
)
def test_words_find_the_stems_the_text_is_cut_to(
    text: str, own: set[str], shared: set[str]
) -> None:
    assert _Words(text).shared(_needles(own)) == shared
    assert _Words(text).shared(_needles(own)) == own & _cut_stems(text)


@given(
    st.text(alphabet="abcdeABΣς \t\u3000.", max_size=60),
    st.sets(st.text("abcdeΣσς", min_size=4, max_size=5)),
)
def test_words_agree_with_cutting_every_word(text: str, own: set[str]) -> None:
    assert _Words(text).shared(_needles(own)) == own & _cut_stems(text)


_KICKER_PAGE = [
    "Stadtrat: Neue Brücke kommt erst 2027 - Harian Contoh",
    "Home",
    "Politik",
    "Stadtrat",
    "Neue Brücke kommt erst 2027",
    "Von Jane Doe",
]


@pytest.mark.parametrize(
    ("lines", "index", "expected"),
    [
        # The kicker on the line above, the window title naming "Kicker: Headline | Site".
        (_KICKER_PAGE, 4, "Stadtrat: Neue Brücke kommt erst 2027"),
        # The colon between them written as a line of its own.
        (
            [*_KICKER_PAGE[:4], ":", *_KICKER_PAGE[4:]],
            5,
            "Stadtrat: Neue Brücke kommt erst 2027",
        ),
        # Kicker and headline run together on one line; a breadcrumb names them with a colon.
        (
            [
                "* Stadtrat: Neue Brücke kommt erst 2027",
                "Politik",
                "Stadtrat Neue Brücke kommt erst 2027",
            ],
            2,
            "Stadtrat: Neue Brücke kommt erst 2027",
        ),
        # Nothing on the page names the story with its kicker: the headline as printed.
        (_KICKER_PAGE[1:], 3, "Neue Brücke kommt erst 2027"),
        # The window title goes on with more words, not a site's name: no kicker.
        (
            ["Stadtrat: Neue Brücke kommt erst 2027 und wird teurer", *_KICKER_PAGE[1:]],
            4,
            "Neue Brücke kommt erst 2027",
        ),
        # The line above is a sentence, not a kicker.
        (
            [
                "Das sagt der Rat.: Neue Brücke kommt erst 2027",
                "Das sagt der Rat.",
                "Neue Brücke kommt erst 2027",
            ],
            2,
            "Neue Brücke kommt erst 2027",
        ),
    ],
)
def test_kicker_joins_the_title_when_the_page_names_it_so(
    lines: list[str], index: int, expected: str
) -> None:
    assert title.with_kicker(lines, index) == expected


_WORDED = [
    "Stadtrat: Neue Brücke kommt erst 2027",
    "Politik",
    "Neue Brücke kommt erst 2027",
    "Von Jane Doe",
    "Die neue Brücke über den Fluss wird zwei Jahre später fertig als geplant, teilte der Rat mit.",
    "Stadtrat: Neue Brücke kommt erst 2027",
]
#: The feature of a line's words (counted up to 40, over 40).
_WORDS = FEATURES.index("words")


def _worded(lines: Sequence[str], weights: Sequence[float]) -> str:
    """The wording :func:`title._more_printed` takes for the pick ``Neue Brücke ...`` (line 2)."""
    facts = LineFacts()
    found = title.read_candidates(lines, facts)
    evidence = TitleEvidence(
        lines, found.chosen, facts, dated=found.dated, spaces=found.spaces, limit=found.limit
    )
    best = found.chosen.index(2)
    evidence.fill(best)
    return lines[found.chosen[title._more_printed(lines, found.chosen, best, evidence, weights)]]


def test_whole_page_title_takes_the_wording_its_page_prints_more_often() -> None:
    flat = [0.0] * len(FEATURES)
    # The kicker's wording, printed twice, against the headline printed once: all score alike.
    assert _worded(_WORDED, flat) == "Stadtrat: Neue Brücke kommt erst 2027"
    # Scored by their words alone (the headline has 5, the kicker's wording 6), the headline
    # scores 1 above it: within the margin of 2; 3 above it: the headline as the model picked it.
    near = [-40.0 if k == _WORDS else 0.0 for k in range(len(FEATURES))]
    assert _worded(_WORDED, near) == "Stadtrat: Neue Brücke kommt erst 2027"
    far = [-120.0 if k == _WORDS else 0.0 for k in range(len(FEATURES))]
    assert _worded(_WORDED, far) == "Neue Brücke kommt erst 2027"
    # Another story printed twice is no wording of this one.
    other = ["Wetter: Sonne am Wochenende", *_WORDED[1:5], "Wetter: Sonne am Wochenende"]
    assert _worded(other, flat) == "Neue Brücke kommt erst 2027"
    # Printed as often as the pick (once): the pick.
    assert _worded(_WORDED[:5], flat) == "Neue Brücke kommt erst 2027"


_MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Anmelden", "Suche"]
_STORY = [
    "Stadtrat",
    "Neue Brücke über den Fluss kommt erst 2027",
    "Von Jane Doe",
    "3. Mai 2024, 10:15 Uhr",
    "Die neue Brücke über den Fluss wird zwei Jahre später fertig als geplant, teilte der Stadtrat"
    " am Dienstag mit.",
    "Grund seien gestiegene Kosten für Stahl und Beton sowie ein langwieriges Verfahren beim Land.",
    "Die Bauarbeiten an der Brücke sollen nun im Frühjahr beginnen und rund drei Jahre dauern.",
    "Bis dahin bleibt die alte Brücke für Autos gesperrt; Fußgänger können sie weiter nutzen.",
]


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (
            "Stadtrat: Neue Brücke über den Fluss kommt erst 2027 | Harian Contoh",
            "Stadtrat: Neue Brücke über den Fluss kommt erst 2027",
        ),
        ("Harian Contoh", "Neue Brücke über den Fluss kommt erst 2027"),
    ],
)
def test_whole_page_title_takes_the_kicker_its_window_title_names(
    window: str, expected: str
) -> None:
    page = "\n".join([window, *_MENU, *_MENU, *_STORY, *_MENU, *_MENU, *_MENU])
    assert parse_article(page, kind="text").title == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Home › News › Harbour reopens after the storm", "Harbour reopens after the storm"),
        ("Startseite > Politik > Stadtrat", "Stadtrat"),
        ("home / Lokales / Neue Brücke kommt erst 2027", "Neue Brücke kommt erst 2027"),
        ("Home ›› Politik ›› Neue Brücke kommt erst 2027", "Neue Brücke kommt erst 2027"),
        # One mark is no trail (a headline may hold one), and most lines hold none.
        ("Energie / Klima: Neue Brücke kommt erst 2027", None),
        ("Harbour reopens after the storm", None),
        ("Tickets > 2024", None),
    ],
)
def test_a_breadcrumb_trail_ends_with_its_last_step(line: str, expected: str | None) -> None:
    assert trail_end(line) == expected


def test_a_trail_is_a_candidate_only_when_it_ends_with_a_headline() -> None:
    lines = [
        "Startseite › Politik › Stadtrat",
        "Startseite › Politik › Neue Brücke über den Fluss kommt erst 2027",
        "Neue Brücke über den Fluss kommt erst 2027",
    ]
    assert candidates(lines, LineFacts()) == [1, 2]
    # The trail chosen gives its last step, the headline, as the title.
    assert title.with_kicker(lines, 1) == "Neue Brücke über den Fluss kommt erst 2027"


def test_whole_page_title_loses_its_emphasis_marks() -> None:
    story = ["Stadtrat", "_Neue Brücke über den Fluss kommt erst 2027_", *_STORY[2:]]
    page = "\n".join(["Harian Contoh", *_MENU, *_MENU, *story, *_MENU, *_MENU, *_MENU])
    assert parse_article(page, kind="text").title == "Neue Brücke über den Fluss kommt erst 2027"


def test_a_long_page_reads_its_title_down_to_its_running_text() -> None:
    # Over 400 lines of menus, then the story: the candidates reach down to the running text.
    menus = [f"{item} {number}" for number in range(60) for item in _MENU]
    page = "\n".join([*menus, *_STORY, *_MENU])
    lines, headings = _lines(page)
    assert candidate_limit(lines) > 400
    assert title.choose_title(lines, headings, LineFacts()) == _full_choice(lines, headings)
    assert parse_article(page, kind="text").title == "Neue Brücke über den Fluss kommt erst 2027"
    # A page of fewer lines reads its first 400 only, without looking further.
    assert candidate_limit(lines[:400]) == 400


@pytest.mark.parametrize(
    ("line", "spaces"),
    [
        # Chinese and Japanese: a word counted for every four characters, spaces or not.
        ("例市で新しい橋の建設が始まる", 2),
        ("例市で新しい橋の建設が始まる 来年春に完成", 4),
        ("例市新桥明年春天建成通车", 2),
        # Too short for a headline, a skip link, a caption, lists and a menu glued into one line.
        ("ニュース", 0),
        ("メニューをとばして本文へ", 0),
        ("港の様子＝14日、例市", 0),
        ("例市、例町、例村、例区", 0),
        ("政治・経済・国際・社会", 0),
        # Other scripts keep their spaces (Korean writes them between words).
        ("예시시새다리건설시작합니다", 0),
        ("Stadtentwicklungsplanung", 0),
        ("Harbour reopens after the storm", 4),
    ],
)
def test_a_line_of_chinese_or_japanese_counts_words_by_its_characters(
    line: str, spaces: int
) -> None:
    assert cjk_spaces([line], top_spaces([line])) == [spaces]


def test_top_spaces_counts_each_read_lines_spaces() -> None:
    # Only U+0020 counts (a no-break space or a tab is no space to it), and only the first
    # ``limit`` lines and the eight read after them are counted.
    lines = ["Harbour reopens after the storm", "By\xa0Jane Doe", "a\tb", "x", *["a b"] * 20]
    assert top_spaces(lines, limit=2) == [4, 1, 0, 0, 1, 1, 1, 1, 1, 1]


def test_a_page_in_other_scripts_keeps_its_spaces() -> None:
    spaces = top_spaces(_STORY)
    assert cjk_spaces(_STORY, spaces) is spaces


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Home", "例市で新しい橋の建設が始まる"], True),
        (["例市新桥明年春天建成通车"], True),
        (["ホーム"], True),
        (["「」、。"], True),  # Chinese and Japanese punctuation (U+3000 on)
        # Curly quotes, dashes, accents, Cyrillic, Korean, emoji: none of those.
        (["“Harbour” reopens – at last…", "Neue Brücke über den Fluss", "Пример"], False),
        (["예시시 새 다리 건설 시작", "🙂 Example Times"], False),
        (["Harbour reopens"], False),
        ([], False),
    ],
)
def test_a_page_holds_chinese_or_japanese(lines: list[str], expected: bool) -> None:
    assert holds_cjk(lines) is expected
    # The same as looking for kana and han in each line (the page test admits their punctuation).
    if not expected:
        assert not any(cjk_spaces([line], [0]) != [0] for line in lines)


def test_running_text_in_chinese_or_japanese_is_read_by_its_characters() -> None:
    lines = [
        "例市で新しい橋の建設が始まった。",
        "例市で新しい橋の建設が始まる",
        "例" * 60,
        "Harbour",
    ]
    assert paragraph_flags(lines) == [False, False, False, False]
    assert cjk_paragraph_flags(lines) == [True, False, True, False]


_MENU_JA = ["ホーム", "ニュース", "政治", "経済", "国際", "社会", "スポーツ", "ライフ", "ログイン"]
_STORY_JA = [
    "特集",
    "例市の新しい橋、完成は2年遅れの2027年に",
    "例田花子",
    "2024年5月3日 10時15分",
    "例市は3日、川に架ける新しい橋の完成が予定より2年遅れ、2027年になると発表した。",
    "鋼材やコンクリートの値上がりに加え、県との協議が長引いたことが理由だという。",
    "工事は来年春に始まり、約3年かかる見通しだ。それまで古い橋は車両の通行止めが続く。",
    "歩行者は引き続き古い橋を渡ることができる。市は説明会を開く予定だ。",
]
_GLUED_MENU_JA = "政治・経済・国際・社会・スポーツ"
_PAGE_JA = "\n".join(
    ["例新聞デジタル", *_MENU_JA, *_MENU_JA, _GLUED_MENU_JA, *_STORY_JA, *_MENU_JA, *_MENU_JA]
)


def test_whole_page_title_in_japanese_without_spaces() -> None:
    # The headline has no space: counted by its characters, it is a candidate and wins over the
    # site name, the kicker and the menu glued into one line.
    article = parse_article(_PAGE_JA, kind="text")
    assert article.title == "例市の新しい橋、完成は2年遅れの2027年に"
    assert article.authors == ("例田花子",)
    assert article.paragraphs[0] == _STORY_JA[4]
    lines, headings = _lines(_PAGE_JA)
    assert dump_group(lines) == WHOLE_PAGE
    assert title.choose_title(lines, headings, LineFacts()) == _full_choice(lines, headings)
    _assert_clean_rows_agree(_PAGE_JA, cjk=True)


def _assert_partial_sums_are_the_rows_sums(
    lines: list[str], headings: frozenset[int], clean: LineFacts, *, cjk: bool = False
) -> None:
    """partial_sums weighs each feature as the row holds it, for the parser's facts and any."""
    assert clean.clean_lines
    for facts in (clean, LineFacts()):
        spaces = top_spaces(lines)
        counted = cjk_spaces(lines, spaces) if cjk else spaces
        chosen = candidates(lines, facts, spaces=counted)
        evidence = TitleEvidence(
            lines, chosen, facts, headings=headings, spaces=spaces, cjk=cjk, counted=counted
        )
        rows = [list(row) for row in evidence.rows]  # (before any late feature is filled)
        for feature, name in enumerate(FEATURES):
            unit = [0.0] * len(FEATURES)
            unit[feature] = 1.0
            left_out = feature in LATE or feature in SOUGHT
            expected = [0.0 if left_out else row[feature] for row in rows]
            assert evidence.partial_sums(unit) == expected, name
            alone = [0.0 if feature not in SOUGHT else row[feature] for row in rows]
            assert [evidence.sought_sum(k, unit) for k in range(len(rows))] == alone, name
        for weights in title._MODEL.weights:
            sums = evidence.partial_sums(weights)
            for position, (row, partial) in enumerate(zip(rows, sums, strict=True)):
                sought = evidence.sought_sum(position, weights)
                assert sought <= evidence.sought_headroom(weights)
                assert partial + sought == pytest.approx(
                    sum(w * value for w, value in zip(weights, row, strict=True)), abs=1e-9
                )


@pytest.mark.parametrize("path", _DUMPS, ids=lambda path: path.name)
def test_partial_sums_weigh_the_features_of_the_rows(path: Path) -> None:
    _assert_partial_sums_are_the_rows_sums(*_clean_lines(path.read_text(encoding="utf-8")))


#: Lines sharing words with a first line, in other cases and scripts (a final sigma, a dotted
#: capital I that lowers to two characters), some opening or holding another line.
_SHARED_LINES = st.lists(
    st.sampled_from(["Harbour", "HARBOUR", "reopens", "ΟΔΟΣ", "οδος", "İstanbul", "i̇stanbul", "x"]),
    min_size=1,
    max_size=6,
).map(" ".join)


@given(st.lists(_SHARED_LINES | dump_lines, min_size=1, max_size=40))
def test_partial_sums_weigh_the_features_of_the_rows_on_any_lines(raw: list[str]) -> None:
    lines, headings, facts = _clean_lines("\n".join(raw))
    if lines:
        _assert_partial_sums_are_the_rows_sums(lines, headings, facts)


@pytest.mark.parametrize(
    "raw",
    [
        # A candidate opening a line near the top (a window title), of one character, and none.
        ["Harbour reopens | Example Times", "Menu", "Harbour reopens", "Some text here."],
        ["A b", "A b c", "x y", "Running text follows here and goes on."],
        ["Menu", "Search", "Harbour reopens", "Harbour", "Harbour reopens after the storm."],
    ],
)
def test_partial_sums_read_the_lines_a_line_opens(raw: list[str]) -> None:
    lines, headings, facts = _clean_lines("\n".join(raw))
    _assert_partial_sums_are_the_rows_sums(lines, headings, facts)
    prefix = FEATURES.index("prefix_of_other")
    chosen = candidates(lines, facts)
    evidence = TitleEvidence(lines, chosen, facts, headings=headings)
    unit = [0.0] * len(FEATURES)
    unit[prefix] = 1.0
    opens = [any(other.startswith(lines[index] + " ") for other in lines[:40]) for index in chosen]
    assert evidence.partial_sums(unit) == [1.0 if flag else 0.0 for flag in opens]


def test_partial_sums_weigh_the_features_of_chinese_and_japanese_rows() -> None:
    # Lines of kana and han counted by their characters: the sums read the same counts as the rows.
    lines, headings, facts = _clean_lines(_PAGE_JA)
    assert cjk_spaces(lines, top_spaces(lines)) != top_spaces(lines)
    _assert_partial_sums_are_the_rows_sums(lines, headings, facts, cjk=True)


@pytest.mark.parametrize(
    "methods",
    [(TitleEvidence._build,), (TitleEvidence.partial_sums, TitleEvidence.sought_sum)],
    ids=["rows", "sums"],
)
def test_rows_and_partial_sums_read_every_page_fact_by_name(
    methods: tuple[Callable[..., object], ...],
) -> None:
    # Both read the page's facts by name from ``page`` (no order to keep in step), and each reads
    # every fact (the sums with the sought features): a fact one of them left unread would be a
    # feature the two compute apart.
    read = {
        node.attr
        for method in methods
        for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(method))))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "page"
    }
    names = {field.name for field in attrs.fields(_PageFacts)}
    assert len(names) == 28
    assert read == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on May 3, 2024 by Jane Example", True),
        ("Veröffentlicht am 3. Mai 2024 von Jana Beispiel", True),
        ("Jana Beispiel am 3. Mai 2024", True),
        ("Par Jeanne Exemple le 03.05.2024 à 11h46", True),
        ("Jane Example | 03.05.24", True),
        ("di Giovanna Esempio 3 maggio 2024", True),
        ("Report of 3 May 2024", False),  # a date of something else
        ("Storm hits the coast 03.05.2024", False),  # a teaser's headline and its date
        ("Beispielstadt 03.05.2024", False),  # one word is no name
        ("The council met on 3 May 2024 and voted by a show of hands.", False),  # a sentence
        ("Page 3 of 12 by size", False),  # no date
        ("Jane Example", False),
        ("", False),
    ],
)
def test_a_line_notes_a_date_with_its_writer(line: str, expected: bool) -> None:
    assert LineFacts().notes_date(line) is expected


def test_noted_dates_add_the_notes_to_the_date_lines() -> None:
    lines = [
        "Die Markthalle bleibt stehen",
        "Jana Beispiel am 3. Mai 2024",
        "3. Mai 2024",
        "Storm hits the coast 03.05.2024",
        "* Home",
    ]
    facts = LineFacts()
    dated = facts.title_dated(lines)
    assert dated == [False, False, True, False, False]
    assert facts.noted_dates(lines, dated) == [False, True, True, False, False]


_MARKET_BODY = [
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die alte Markthalle im"
    " Zentrum der Stadt zu erhalten und in den kommenden zwei Jahren zu sanieren.",
    "Die Kosten von rund vier Millionen Euro sollen zum Teil aus Mitteln des Landes kommen, wie die"
    " Bürgermeisterin nach der Sitzung vor Journalisten erklärte.",
    "Gegen den Beschluss stimmten nur drei Mitglieder des Rates, die einen Neubau am Stadtrand für"
    " günstiger gehalten hatten und dies auch in der Sitzung vortrugen.",
    "Die Händler auf dem Markt zeigten sich erleichtert: Viele von ihnen verkaufen seit"
    " Jahrzehnten in der Halle und hatten um ihre Stände gefürchtet.",
]


def test_whole_page_headline_over_a_line_noting_its_date() -> None:
    # On a whole page, the line giving the date and the writer is a date line to the title
    # model: no candidate, and a date just below the headline (not just above the text).
    menu = [f"* {item}" for item in ("Home", "Politik", "Wirtschaft", "Kultur", "Sport", "Reisen")]
    note = "Jana Beispiel am 3. Mai 2024"
    text = "\n".join(
        [
            "Beispielstadt Nachrichten",
            "Neues aus der Region",
            *menu,
            "* Kontakt",
            "* Impressum",
            "Suchen",
            "Die Markthalle bleibt stehen",
            note,
            "",
            "\n\n".join(_MARKET_BODY),
            "",
            *(f"* Mehr aus {place}" for place in ("Nord", "Süd", "Ost", "West") * 6),
            "© Beispielstadt Nachrichten",
        ]
    )
    lines, headings = prepare_lines(text)
    assert dump_group(lines) == WHOLE_PAGE
    facts = LineFacts()
    limit = candidate_limit(lines, cjk=True)
    dated = top_dated(lines, facts, limit)
    noted = facts.noted_dates(lines[: len(dated)], dated)
    at = lines.index(note)
    assert not dated[at]
    assert noted[at]
    assert at in candidates(lines, facts, dated=dated, limit=limit)
    chosen = candidates(lines, facts, dated=noted, limit=limit)
    assert at not in chosen
    headline = chosen.index(at - 1)
    after, before = FEATURES.index("date_after"), FEATURES.index("date_before")
    plain = line_features(lines, chosen, facts, headings=headings, dated=dated, limit=limit)
    read = line_features(
        lines, chosen, facts, headings=headings, dated=dated, limit=limit, noted=noted
    )
    assert (plain[headline][after], read[headline][after]) == (0.0, 1.0)
    under = chosen.index(at + 1)  # the first paragraph: no date line above it either way
    assert plain[under][before] == read[under][before] == 0.0
    assert (
        title.choose_title(lines, headings, LineFacts()) == at - 1 == _full_choice(lines, headings)
    )
    assert parse_article(text).title == "Die Markthalle bleibt stehen"


@pytest.mark.parametrize("headline", ["Downloading Python", "Why the harbour reopens late"])
def test_a_short_page_opening_with_a_menu_is_read_as_a_whole_page(headline: str) -> None:
    # Fewer than 40 lines, but the first ones are a menu's bullets: a page rendered whole, whose
    # headline over the running text is its title (it was weighed as a short dump's, and left out).
    menu = ["* Front Page", "* Recent Changes", "* Find Page", "* Help Contents", "Search:"]
    body = [
        "Before you start, you will need Python on your computer.",
        "Check whether you already have an up to date version of Python installed by entering"
        " python in a command line window.",
        "On Windows, try py first: the launcher has a better chance of avoiding some of the path"
        " problems.",
        "If you have no Python yet, the download page offers installers for every common system.",
    ]
    footer = [
        "* Impressum",
        "* Datenschutz",
        "* Kontakt",
        "Page last edited 2019",
        "© 2019 Example",
    ]
    page = "\n".join([*menu, headline, *body, *footer])
    lines, _ = _lines(page)
    assert dump_group(lines) == WHOLE_PAGE
    assert parse_article(page, kind="text").title == headline
    # Two bullets are no menu: the short dump keeps its own weights.
    assert dump_group(lines[3:]) != WHOLE_PAGE
