"""The pure-Python parts of ``benchmarks/titlererank.py``: its trees and its shortlist's features."""

from __future__ import annotations

from benchmarks.titlererank import RERANK_FEATURES, Reranker, shortlist_rows

from newsparse._text.features import FEATURES


def test_trees_start_from_the_linear_sum() -> None:
    score = RERANK_FEATURES.index("score")
    rank = RERANK_FEATURES.index("rank")
    # One stump: a line ranked below the best gains 5, the best gains nothing.
    stump: list[list[float]] = [[rank, -1, -1], [0.5, 0.0, 5.0], [1, -1, -1], [2, -1, -1]]
    reranker = Reranker([stump], 2)
    best = [0.0] * len(RERANK_FEATURES)
    best[score] = 3.0
    second = [0.0] * len(RERANK_FEATURES)
    second[score], second[rank] = 1.0, 1.0
    assert reranker.score(best) == 3.0
    assert reranker.score(second) == 6.0
    assert reranker.pick([best, second]) == 1
    assert Reranker([], 2).pick([best, second]) == 0


def test_shortlist_rows_have_every_feature() -> None:
    lines = ["Menu", "Politics", "A headline that runs to some words", "Body text " * 8]
    rows = [[float(k)] * len(FEATURES) for k in range(2)]
    out = shortlist_rows(lines, [2, 1], rows, [2.0, 0.5])
    assert [len(row) for row in out] == [len(RERANK_FEATURES)] * 2
    names = dict(zip(RERANK_FEATURES, out[1], strict=True))
    assert names["rank"] == 1.0
    assert names["gap_best"] == -1.5
    assert names["below_shortlisted"] == 1.0  # the best line stands right below it
    assert names["document_rank"] == 0.0
