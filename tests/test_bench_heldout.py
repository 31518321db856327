"""``benchmarks.heldout --peers``: a full run's per-page CSV scored over the publisher folds."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.heldout import main, peer_scores, title_summary
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
