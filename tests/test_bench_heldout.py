"""``benchmarks.heldout --peers``: a full run's per-page CSV scored over the publisher folds."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from benchmarks.datasets import OPT_IN_SETS, Gold, Page, load_set
from benchmarks.heldout import (
    FOLDS,
    SPLIT_SETS,
    TUNED_ELSEWHERE,
    fold_of,
    hashed_fold,
    main,
    peer_scores,
    publisher_key,
    publisher_of,
    title_summary,
)
from benchmarks.publishers import canonical, canonical_host, joined
from benchmarks.report import CSV_FIELDS


def _row(page: str, tool: str = "trafilatura", **values: object) -> dict[str, str]:
    row = dict.fromkeys(CSV_FIELDS, "")
    row.update(set="fundus", page=page, tool=tool)
    row.update({key: str(value) for key, value in values.items()})
    return row


ROWS = [
    _row("a", body_tp=0.8, body_fp=0.1, body_fn=0.1, title_ok=1, with_found=2, with_total=3,
         without_absent=1, without_total=1),
    _row("b", body_tp=0.5, body_fp=0.0, body_fn=0.5, title_ok=0),
    _row("c", body_tp=1.0, body_fp=0.0, body_fn=0.0),
    _row("d", body_tp=0.0, body_fp=1.0, body_fn=0.0),
    _row("a", tool="goose3", body_tp=0.0, body_fp=0.0, body_fn=1.0),
]  # fmt: skip


def test_peer_scores_average_each_fold_by_hand() -> None:
    scores = peer_scores(ROWS, {"a": "tune", "b": "tune", "c": "held-out"})
    tune = scores["tune", "trafilatura"]
    # P = mean(0.8/0.9, 1.0) = 0.944; R = mean(0.8/0.9, 0.5) = 0.694; F1 = 2PR/(P+R) = 0.800
    assert tune["body F1"] == "0.800 (P 0.944 R 0.694)"
    assert tune["pages"] == "2"
    assert tune["title"] == "50.0% (1/2)"
    assert tune["with / without"] == "66.7% (2/3) / 100.0% (1/1)"
    assert scores["held-out", "trafilatura"]["body F1"] == "1.000 (P 1.000 R 1.000)"
    # A page outside the folds given ("d") is skipped; an empty output has no precision.
    assert set(scores) == {("tune", "trafilatura"), ("held-out", "trafilatura"), ("tune", "goose3")}
    assert "body F1" not in scores["tune", "goose3"]


def test_diff_lists_changed_bodies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = '{{"set_name": "s", "page_id": "p", "fold": "tune", "error": null, "body": "{}"}}\n'
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text(line.format("one"), encoding="utf-8")
    new.write_text(line.format("one two"), encoding="utf-8")
    assert main(["--diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "s p [tune] body: '3 chars' -> '7 chars'" in out
    assert "1 field(s) changed" in out


def test_diff_compares_a_page_whose_fold_moved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = '{{"set_name": "s", "page_id": "p", "fold": "{}", "error": null, "title": "{}"}}\n'
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text(line.format("held-out", "A"), encoding="utf-8")
    new.write_text(line.format("tune", "B"), encoding="utf-8")
    assert main(["--diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "s p [tune] title: 'A' -> 'B'" in out
    assert "1 field(s) changed on 1 pages" in out
    assert "1 page(s) moved fold between the runs" in out


def test_title_summary_pools_folds_with_and_without_the_peer_convention_sets() -> None:
    counts = {
        ("fundus", "tune"): (7, 10),
        ("fundus", "held-out"): (8, 10),
        ("metascraper", "held-out"): (1, 10),
        ("readability", "tune"): (0, 5),
        ("trafilatura", "held-out"): (18, 20),
    }
    pooled, single = title_summary(counts)
    # tune 7/15; held-out (8 + 1 + 18) / 40 = 27/40; without metascraper/readability
    # tune 7/10 and held-out (8 + 18) / 30 = 26/30.
    assert pooled == "Titles exact, all sets: tune 46.7% (7/15), held-out 67.5% (27/40)"
    assert single == (
        "Titles exact, without metascraper, readability: tune 70.0% (7/10), held-out 86.7% (26/30)"
    )


# -- one publisher key across the sets, and the folds settled on it ------------------------------


def _page(set_name: str, page_id: str, url: str | None = None) -> Page:
    return Page(
        set_name=set_name, page_id=page_id, kind="html", path=Path(page_id), url=url, gold=Gold()
    )


def test_canonical_meets_one_outlet_under_its_fundus_name_host_and_case() -> None:
    # fundus names the outlet, the sets with addresses give a host, readability a numbered case
    assert canonical("DW") == canonical("dw.com") == canonical("www.dw.com") == "dw"
    assert canonical("TheIntercept") == canonical("theintercept.com") == "theintercept"
    assert canonical("bbc-1") == canonical("BBC") == canonical("news.bbc.co.uk") == "bbc"
    assert canonical("x", "https://m.bbc.com/news/1") == "bbc"  # the address wins over the name
    # an alias checked on the data: readability's short name and fundus's name with its article
    assert canonical("wapo-2") == canonical("WashingtonPost") == "washingtonpost"
    assert canonical("DieWelt") == canonical("welt.de") == "welt"
    # different outlets stay apart: a brand another outlet shares, two numbered cases of two sites
    assert canonical("express.de") != canonical("Express") == canonical("www.express.co.uk")
    assert canonical("lazy-image-2") != canonical("lazy-image-3")


def test_canonical_host_strips_two_part_public_suffixes_and_prefixes() -> None:
    assert canonical_host("www.dailymail.co.uk") == "dailymail"
    assert canonical_host("amp.theage.com.au") == "theage"
    assert canonical_host("nasional.kompas.co.id") == "kompas"
    assert canonical_host("m.thestar.com.my") == "thestar"
    assert canonical_host("www.asahi.co.jp") == "asahi"
    assert canonical_host("example.or.jp") == "example"
    # "com" under a generic top-level domain is a name, not a suffix; two labels keep the first
    assert canonical_host("abcnews.go.com") == "go"
    assert canonical_host("news.cn") == "news"
    # a blog on a shared blog host is its own publisher
    assert canonical_host("alice.wordpress.com") == "alice.wordpress"
    assert canonical_host("alice.wordpress.com") != canonical_host("bob.wordpress.com")


def test_canonical_falls_back_sanely_on_unknown_hosts() -> None:
    assert canonical_host("fakehost") == "fakehost"
    assert canonical_host("LOCALHOST.") == "localhost"
    assert canonical_host("127.0.0.1") == "127.0.0.1"
    assert canonical_host("") == ""
    assert canonical("goose3-synthetic") == "goose3synthetic"
    # an archived page is the archived site's
    archived = "https://web.archive.org/web/20140226054445/http://www.example.de/2013/08/a/"
    assert canonical("web.archive.org", archived) == "example"


def test_joined_keeps_the_keys_on_both_sides() -> None:
    pages = [("a", True), ("a", False), ("b", True), ("b", True), ("c", False)]
    assert joined(pages) == {"a"}


def test_fold_of_tunes_a_leaking_publisher_and_keeps_a_single_one() -> None:
    # dw: fundus names it ``dw`` (its hash: tune), trafilatura ``dw.com`` (its hash: held out)
    fundus = _page("fundus", "html/de/DW_2024_05_01.html.gz")
    host = _page("trafilatura", "x.html", "https://www.dw.com/de/a/b")
    assert hashed_fold(fundus) == "tune"
    assert hashed_fold(host) == "held-out"
    assert fold_of(host) == fold_of(fundus) == "tune"
    # a publisher of one set under one name keeps its hash's fold, on either side
    for url in ("https://1000things.at/a", "https://1hundetagebuch.wordpress.com/a"):
        page = _page("trafilatura", "y.html", url)
        assert fold_of(page) == hashed_fold(page)
    assert {hashed_fold(_page("trafilatura", "y", "https://1000things.at/a")), "tune"} == set(FOLDS)


def _split_pages(data: Path) -> list[Page]:
    pages = []
    for name in SPLIT_SETS:
        try:
            pages.extend(load_set(name, data))
        except FileNotFoundError:
            assert name in OPT_IN_SETS  # the peer fixtures are built outside the repository
    return pages


def test_folds_on_the_development_data_leak_no_publisher(shared_data: Path) -> None:
    pages = _split_pages(shared_data)
    # the tuned keys are exactly those the names' hashes put on both sides
    hashed = [(publisher_key(page), hashed_fold(page) == "held-out") for page in pages]
    assert joined(hashed) == TUNED_ELSEWHERE
    # no held-out page's publisher has a tuned page in any set
    tuned = {publisher_key(page) for page in pages if fold_of(page) == "tune"}
    held = {publisher_key(page) for page in pages if fold_of(page) == "held-out"}
    assert held
    assert not held & tuned
    # a publisher that one set alone names, under one name, keeps its fold
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for page in pages:
        names[publisher_key(page)].add((page.set_name, publisher_of(page)))
    single = [page for page in pages if len(names[publisher_key(page)]) == 1]
    assert len(single) > 800
    assert all(fold_of(page) == hashed_fold(page) for page in single)
    # only held-out pages move, and only to tune
    moved = [page for page in pages if fold_of(page) != hashed_fold(page)]
    assert all(hashed_fold(page) == "held-out" for page in moved)
    assert 30 < len(moved) < 60
