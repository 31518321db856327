"""The benchmark scorer on small hand-made cases whose answers were worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from benchmarks.datasets import Gold, Page
from benchmarks.report import percentile, score_page, set_table
from benchmarks.score import (
    BodyCounts,
    aggregate_body,
    author_prf,
    body_counts,
    caption_score,
    date_matches,
    parse_gold_date,
    shingles,
    snippet_shares,
    split_byline,
    title_matches,
    tokens,
)
from benchmarks.tools import TOOLS, Extraction, html_to_text
from benchmarks.worker import Outcome

PLUS2 = dt.timezone(dt.timedelta(hours=2))
MINUS5 = dt.timezone(dt.timedelta(hours=-5))
MINUS4 = dt.timezone(dt.timedelta(hours=-4))
PLUS1 = dt.timezone(dt.timedelta(hours=1))
WIB = dt.timezone(dt.timedelta(hours=7))
UTC = dt.timezone.utc


# -- body ---------------------------------------------------------------------------------------


def test_tokens_are_unicode_words_with_case_kept() -> None:
    assert tokens("Hello, world! It's 2024 — Jalan-jalan ke Bogor.") == [
        "Hello", "world", "It", "s", "2024", "Jalan", "jalan", "ke", "Bogor",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("a b c", {("a", "b", "c"): 1}),
        ("a b c d e", {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}),
        ("x x x x x", {("x", "x", "x", "x"): 2}),
    ],
)
def test_shingles(text: str, expected: dict[tuple[str, ...], int]) -> None:
    assert dict(shingles(text)) == expected


def test_body_counts_partial_prediction() -> None:
    # gold shingles: abcd, bcde; predicted: abcd -> tp 1, fp 0, fn 1 (of 2)
    counts = body_counts("a b c d e", "a b c d")
    assert counts == BodyCounts(0.5, 0.0, 0.5)
    assert counts.precision == 1.0
    assert counts.recall == 0.5


def test_body_counts_empty_prediction_has_no_precision() -> None:
    counts = body_counts("a b c d e", "")
    assert counts == BodyCounts(0.0, 0.0, 1.0)
    assert counts.precision is None
    assert counts.recall == 0.0


def test_body_counts_extra_text() -> None:
    # 9 tokens -> 6 shingles: zyxw yxwa xwab wabc abcd bcde; 2 of them are gold's
    counts = body_counts("a b c d e", "z y x w a b c d e")
    assert counts.precision == pytest.approx(1 / 3)
    assert counts.recall == 1.0


def test_aggregate_body_leaves_empty_outputs_out_of_precision() -> None:
    pages = [
        body_counts("a b c d e", "a b c d"),  # P 1, R 1/2
        body_counts("a b c d e", ""),  # P none, R 0
        body_counts("a b c d e", "z y x w a b c d e"),  # P 1/3, R 1
    ]
    precision, recall, f1 = aggregate_body(pages)
    assert precision == pytest.approx(2 / 3)  # (1 + 1/3) / 2
    assert recall == pytest.approx(0.5)  # (1/2 + 0 + 1) / 3
    assert f1 == pytest.approx(4 / 7)  # 2 * 2/3 * 1/2 / (2/3 + 1/2)


def test_aggregate_body_of_only_empty_outputs() -> None:
    assert aggregate_body([body_counts("a b", "")]) == (None, 0.0, None)


def test_snippet_shares_normalise_whitespace() -> None:
    body = "The quick  brown fox.\nJumps over"
    shares = snippet_shares(
        body, ["quick brown", "lazy dog", "fox. Jumps"], ["Jumps over", "Cookies"]
    )
    assert shares[0] == pytest.approx(2 / 3)
    assert shares[1] == 0.5
    assert snippet_shares(body, [], []) == (None, None)


# -- title and authors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Foo bar", "  Foo\n bar ", True),
        ("Foo bar", "Foo Bar", False),
        ("Foo bar", "Foo bar | Site", False),
        ("Foo bar", None, False),
    ],
)
def test_title_matches(gold: str, predicted: str | None, *, expected: bool) -> None:
    assert title_matches(gold, predicted) is expected


def test_split_byline() -> None:
    assert split_byline("By Anna Fink, Jan Marchart and Birgit Baumann") == [
        "Anna Fink", "Jan Marchart", "Birgit Baumann",
    ]  # fmt: skip
    assert split_byline("Pewarta: Budisantoso Budiman dan Agus S") == [
        "Pewarta: Budisantoso Budiman", "Agus S",
    ]  # fmt: skip


def test_author_prf_half_recall() -> None:
    precision, recall, f1 = author_prf(
        ["Birgit Baumann", "Anna Giulia Fink"], ["By Birgit Baumann"]
    )
    assert (precision, recall) == (1.0, 0.5)
    assert f1 == pytest.approx(2 / 3)


def test_author_prf_splits_joined_gold_and_ignores_case() -> None:
    precision, recall, f1 = author_prf(
        ["Sarah Hinger; Sylvia Torres-Guillén"],
        ["sarah hinger", "Sylvia Torres-Guillén", "Editor X"],
    )
    assert precision == pytest.approx(2 / 3)
    assert recall == 1.0
    assert f1 == pytest.approx(0.8)


def test_author_prf_empty_prediction_and_empty_gold() -> None:
    assert author_prf(["Binsar"], []) == (0.0, 0.0, 0.0)
    with pytest.raises(ValueError, match="gold name"):
        author_prf([], ["Binsar"])


# -- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "has_time"),
    [
        ("2024-05-03 15:47:42.389000+00:00", dt.datetime(2024, 5, 3, 15, 47, 42, tzinfo=UTC), True),
        ("2021-11-01T10:52:50+0100", dt.datetime(2021, 11, 1, 10, 52, 50, tzinfo=PLUS1), True),
        ("2018-12-21T12:55:00Z", dt.datetime(2018, 12, 21, 12, 55, tzinfo=UTC), True),
        ("2026-05-24 10:05:10-04:00", dt.datetime(2026, 5, 24, 10, 5, 10, tzinfo=MINUS4), True),
        ("2018-04-05T06:00", dt.datetime(2018, 4, 5, 6, 0), True),
        ("2019-08-02", dt.date(2019, 8, 2), False),
        ("2022-11-1", dt.date(2022, 11, 1), False),
        ("2022-01.26", dt.date(2022, 1, 26), False),
    ],
)  # fmt: skip
def test_parse_gold_date(text: str, value: dt.date, *, has_time: bool) -> None:
    gold = parse_gold_date(text)
    assert gold is not None
    assert gold.value == value
    assert type(gold.value) is type(value)
    assert gold.has_time is has_time
    if isinstance(value, dt.datetime):
        assert isinstance(gold.value, dt.datetime)
        assert gold.value.utcoffset() == value.utcoffset()


@pytest.mark.parametrize("text", ["yesterday", "", "2024-13-40", "14/09/2023"])
def test_parse_gold_date_refuses(text: str) -> None:
    assert parse_gold_date(text) is None


@pytest.mark.parametrize(
    ("gold", "predicted", "minute", "day"),
    [
        # an offset gold: same wall minute and same offset
        ("2025-06-05 14:46:12+02:00", dt.datetime(2025, 6, 5, 14, 46, tzinfo=PLUS2), True, True),
        # the same instant in UTC: wrong offset, right day
        ("2025-06-05 14:46:12+02:00", dt.datetime(2025, 6, 5, 12, 46, tzinfo=UTC), False, True),
        # naive against an offset gold
        ("2025-06-05 14:46:12+02:00", dt.datetime(2025, 6, 5, 14, 46), False, True),
        # a date-only value against a minute gold
        ("2025-06-05 14:46:12+02:00", dt.date(2025, 6, 5), False, True),
        ("2025-06-05 14:46:12+02:00", dt.datetime(2025, 6, 5, 14, 47, tzinfo=PLUS2), False, True),
        # the same instant on the previous local day in New York counts as the gold's day
        ("2024-01-07 01:20:00+00:00", dt.datetime(2024, 1, 6, 20, 20, tzinfo=MINUS5), False, True),
        # a naive gold ignores the prediction's offset
        ("2023-09-14T11:22:00", dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB), True, True),
        ("2023-09-14T11:22:00", dt.datetime(2023, 9, 14, 11, 22, 59), True, True),
        # a day gold
        ("2019-08-02", dt.datetime(2019, 8, 2, 23, 0), True, True),
        ("2019-08-02", dt.date(2019, 8, 3), False, False),
        ("2019-08-02", None, False, False),
    ],
)  # fmt: skip
def test_date_matches(gold: str, predicted: dt.date | None, *, minute: bool, day: bool) -> None:
    parsed = parse_gold_date(gold)
    assert parsed is not None
    assert date_matches(parsed, predicted) is minute
    assert date_matches(parsed, predicted, day_only=True) is day


def test_an_instant_gold_takes_the_same_instant_in_another_offset() -> None:
    # metascraper moves every time to UTC: 14:22+07:00 is its 07:22Z.
    parsed = parse_gold_date("2023-09-14T07:22:00.000Z")
    assert parsed is not None
    local = dt.datetime(2023, 9, 14, 14, 22, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert not date_matches(parsed, local)
    instant = attrs.evolve(parsed, instant=True)
    assert date_matches(instant, local)
    assert not date_matches(instant, local.replace(tzinfo=None))  # a naive time is still wrong
    assert not date_matches(instant, local + dt.timedelta(hours=1))


# -- captions -----------------------------------------------------------------------------------


def test_caption_with_inline_credit_matches_and_credit_is_right() -> None:
    score = caption_score(
        [("Galaxy S6 Edge & S6 (ist)", ("ist",))], [("Galaxy S6 Edge & S6", "ist")]
    )
    assert (score.f1, score.matched, score.credits_right) == (1.0, 1, 1)


def test_caption_leading_credit_and_extra_predictions() -> None:
    gold = [
        ("KOMPAS.COM/MASRIADI Penyidik menyerahkan senjata", ("KOMPAS.COM/MASRIADI",)),
        ("Second caption", ()),
    ]
    predicted = [
        ("Penyidik menyerahkan senjata", "Kompas.com/Masriadi"),
        ("Other", None),
        ("Third", None),
    ]
    score = caption_score(gold, predicted)
    # P = 1/3, R = 1/2, F1 = 2 * 1/6 / (5/6) = 0.4
    assert score.f1 == pytest.approx(0.4)
    assert (score.matched, score.credits_right) == (1, 1)


def test_caption_credit_where_gold_has_none_is_wrong() -> None:
    gold = [("Petugas mengawasi abu vulkanik. (ANTARA FOTO/Budi Setya)", ())]
    score = caption_score(gold, [("Petugas mengawasi abu vulkanik.", "ANTARA FOTO/Budi Setya")])
    assert (score.f1, score.matched, score.credits_right) == (1.0, 1, 0)


@pytest.mark.parametrize(
    ("credit", "right"),
    [
        ("AP Photo/Eric Gay", True),
        ("AP Photo/Eric Gay, File", True),
        ("Reuters", False),
        (None, False),
    ],
)
def test_caption_credit_with_several_parts(credit: str | None, *, right: bool) -> None:
    score = caption_score([("A dog runs", ("AP Photo/Eric Gay", "File"))], [("A dog runs", credit)])
    assert score.matched == 1
    assert score.credits_right == int(right)


def test_caption_duplicates_match_once_and_empty_prediction_scores_zero() -> None:
    gold = [("A dog runs", ())]
    score = caption_score(gold, [("A dog runs", None), ("A  DOG runs.", None)])
    assert score.matched == 1
    assert score.f1 == pytest.approx(2 / 3)  # P 1/2, R 1
    assert caption_score(gold, []).f1 == 0.0


# -- rows and tables ----------------------------------------------------------------------------


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(20, 0, -1)]
    assert percentile(values, 0.95) == 19.0
    assert percentile(values, 0.5) == 10.0
    assert percentile([3.0, 1.0, 2.0], 0.95) == 3.0
    assert percentile([7.0], 0.95) == 7.0


def test_html_to_text_keeps_block_boundaries() -> None:
    assert (
        html_to_text("<div><p>One</p><p>Two <b>bold</b></p><br>Three</div>")
        == "One\nTwo bold\nThree"
    )
    assert html_to_text("  ") == ""


def _page(gold: Gold, kind: str = "html") -> Page:
    return Page(set_name="toy", page_id="p1", kind=kind, path=Path("p1.html"), url=None, gold=gold)  # type: ignore[arg-type]


def test_score_page_and_table() -> None:
    gold = Gold(
        title="Foo bar",
        authors=("Ann Lee", "Bo Chen"),
        date=parse_gold_date("2025-06-05 14:46:12+02:00"),
        body="a b c d e",
        captions=(("A dog runs", ("AP",)),),
        credits_scored=True,
    )
    got = Extraction(
        title="Foo bar",
        authors=("Ann Lee",),
        published=dt.date(2025, 6, 5),
        body="a b c d",
        captions=(("A dog runs", "AP"),),
    )
    row = score_page(_page(gold), TOOLS["newsparse"], Outcome(extraction=got, seconds=0.002))
    assert row["title_ok"] == 1
    assert row["authors_f1"] == pytest.approx(2 / 3)
    assert (row["date_ok"], row["day_ok"]) == (0, 1)
    assert (row["body_tp"], row["body_fp"], row["body_fn"]) == (0.5, 0.0, 0.5)
    assert (row["captions_f1"], row["captions_matched"], row["credits_right"]) == (1.0, 1, 1)
    assert row["ms"] == 2.0
    # readability-lxml reads no dates or captions: those stay unscored, not zero
    other = score_page(
        _page(gold), TOOLS["readability-lxml"], Outcome(extraction=got, seconds=0.004)
    )
    assert other["date_ok"] is None
    assert other["captions_f1"] is None

    table = set_table(
        "toy", 1, {"newsparse": [row], "readability-lxml": [other], "goose3": []},
        {"newsparse": True, "readability-lxml": True, "goose3": False},
        reference="readability-lxml",
    )  # fmt: skip
    lines = table.splitlines()
    assert lines[0] == "### toy (1 pages)"
    header = [cell.strip() for cell in lines[2].strip("|").split("|")]
    ours = [cell.strip() for cell in lines[4].strip("|").split("|")]
    cells = dict(zip(header, ours, strict=True))
    assert cells["body F1"] == f"{2 * 0.5 / 1.5:.3f}"  # P 1, R 1/2
    assert cells["title"] == "100.0% (1/1)"
    assert cells["date"] == "0.0% (0/1)"
    assert cells["date (day)"] == "100.0% (1/1)"
    assert cells["credits"] == "100.0% (1/1)"
    assert cells["median × readability-lxml"] == "0.50×"
    theirs = dict(zip(header, [c.strip() for c in lines[5].strip("|").split("|")], strict=True))
    assert theirs["date"] == "n/a"
    # a set that records no credits scores none, rather than zero of the matched captions
    uncredited = score_page(
        _page(attrs.evolve(gold, credits_scored=False)),
        TOOLS["newsparse"],
        Outcome(extraction=got, seconds=0.002),
    )
    assert uncredited["credits_right"] is None
    toy = set_table("toy", 1, {"newsparse": [uncredited]}, {"newsparse": True})
    assert "credits" not in toy
    assert lines[6].count("n/a") == len(header) - 1  # goose3 is not applicable at all
