"""The pure parts of ``benchmarks/titlechoice.py``: candidates, their features, the census kinds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.datasets import Gold, Page
from benchmarks.titlechoice import TAGS, agreement, candidates, classify, features, title_inputs

from newsparse._html.meta import titles


def _inputs(**values: Any) -> dict[str, Any]:
    inputs: dict[str, Any] = {
        "candidates": [None, None, "Harbour opens at last | Coast News", None, None, None],
        "headings": ["Harbour opens at last"],
        "main": [],
        "tag": "Harbour opens at last | Coast News",
        "sites": ["Coast News"],
        "hosts": ["coastnews"],
        "shown": "harbour opens at last",
        "rule": "Harbour opens at last",
    }
    inputs.update(values)
    return inputs


def test_candidates_carry_every_source_that_gives_them() -> None:
    found = candidates(_inputs())
    # The og:title cleaned of the site's name is the <h1> and the rules' pick: one candidate.
    assert found["Harbour opens at last"] >= {"rule", "og_clean", "h1_first", "tag_clean"}
    assert found["Harbour opens at last | Coast News"] == {"og_raw", "tag_raw"}
    assert set(found) == {"Harbour opens at last", "Harbour opens at last | Coast News"}


def test_features_tell_the_raw_title_from_the_pick() -> None:
    inputs = _inputs()
    found = candidates(inputs)
    raw = features("Harbour opens at last | Coast News", found["Harbour opens at last | Coast News"],
                   inputs, list(found))  # fmt: skip
    assert raw["source_og_raw"] == 1.0
    assert raw["source_rule"] == 0.0
    assert raw["holds_rule"] == 1.0  # it holds the pick and adds " | Coast News"
    assert raw["names_site"] == raw["names_host"] == raw["separator"] == 1.0
    assert raw["shown_as_h1"] == 0.0
    assert raw["is_title_tag"] == 1.0
    assert len(raw) == len(TAGS) + 21  # 21 features besides the source tags


def test_classify_names_the_kind_of_a_miss() -> None:
    assert classify("Harbour opens at last", _inputs()) == "right"
    assert classify("Harbour opens at last | Coast News", _inputs()) == "site name kept"
    assert classify("HARBOUR OPENS AT LAST", _inputs()) == "letter case"
    assert (
        classify("Harbour ‘opens’ at last", _inputs(rule="Harbour 'opens' at last"))
        == "quote style"
    )
    assert classify("Harbour opens at\u00adlast", _inputs(rule="Harbour opens atlast")) == (
        "invisible characters"
    )
    assert classify("Opens at last", _inputs(rule="Harbour: Opens at last")) == "kicker dropped"
    assert classify("Coast: Harbour opens at last", _inputs()) == "kicker kept"
    rewritten = _inputs(candidates=[None, None, "Quay ready after ten years", None, None, None])
    assert classify("Quay ready after ten years", rewritten) == "source: og"
    assert classify("Something else entirely", _inputs()) == "in no source"


def test_agreement_tells_which_side_the_gold_takes() -> None:
    # One metadata title only (the og:title, the <h1> once its site name is cut): no dispute.
    assert agreement("Harbour opens at last", _inputs()) is None
    og = "Quay ready after ten years | Coast News"
    split = _inputs(candidates=["Harbour opens at last", None, og, None, None, None])
    assert agreement("Harbour opens at last", split) == "with the heading"
    # The og:title without " | Coast News", a text the <h1> does not show.
    assert agreement("Quay ready after ten years", split) == "a title the heading does not show"
    assert agreement("Something else entirely", split) == "none of them"
    rewritten = _inputs(candidates=["Quay ready after ten years", "Pier works end", None, None])
    assert agreement("Harbour opens at last", rewritten) == "the heading alone"
    assert agreement("Harbour opens at last", _inputs(headings=[], candidates=[og, "x"])) is None


def test_title_inputs_record_what_the_rules_saw(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Harbour opens at last | Coast News</title>"
        '<meta property="og:title" content="Harbour opens at last | Coast News"></head>'
        "<body><article><h1>Harbour opens at last</h1><p>Text.</p></article></body></html>",
        encoding="utf-8",
    )
    page = Page(set_name="x", page_id="page.html", kind="html", path=path,
                url="https://coastnews.example/a", gold=Gold(title="x"))  # fmt: skip
    original = titles._pick_title
    (row,) = title_inputs([page])
    assert titles._pick_title is original  # put back after the run
    assert row["rule"] == "Harbour opens at last"
    assert row["candidates"][2] == "Harbour opens at last | Coast News"
    assert row["headings"] == ["Harbour opens at last"]
    assert row["main"] == ["Harbour opens at last"]  # the <h1> inside <article>
    assert row["hosts"] == ["coastnews"]
    assert row["set"] == "x"
