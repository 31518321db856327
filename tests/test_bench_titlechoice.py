"""The pure parts of ``benchmarks/titlechoice.py``: candidates, their features, the census kinds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.datasets import Gold, Page
from benchmarks.titlechoice import (
    TAGS,
    agreement,
    candidates,
    classify,
    evidence,
    features,
    scored_pick,
    title_inputs,
)

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


def test_evidence_says_where_the_page_shows_a_candidate(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = "The harbour opened on Monday after ten years of works on the quay and the locks. " * 2
    path.write_text(
        "<html><head><title>Quay ready after ten years | Coast News</title>"
        '<meta property="og:title" content="Quay ready after ten years">'
        '<meta property="og:site_name" content="Coast News"></head>'
        "<body><nav><h2>Coast News</h2></nav><article><header><h1>Harbour opens at last</h1>"
        f"</header><p>{body}</p></article><h2>More news</h2></body></html>",
        encoding="utf-8",
    )
    page = Page(set_name="x", page_id="page.html", kind="html", path=path,
                url="https://coastnews.example/a", gold=Gold(title="x"))  # fmt: skip
    (row,) = title_inputs([page])
    texts = list(candidates(row))
    heading = evidence("Harbour opens at last", row, texts)
    # The <h1> in the article's header, above the first long paragraph.
    assert heading["dom_h1"] == heading["in_article"] == heading["in_header"] == 1.0
    assert heading["before_body"] == heading["visible"] == 1.0
    assert heading["in_main"] == heading["dom_h2"] == 0.0
    og = evidence("Quay ready after ten years", row, texts)
    # The og:title (and <title> without its site name): two sources, shown nowhere on the page.
    assert og["loose_sources"] == 2.0
    assert og["visible"] == og["dom_h1"] == og["before_body"] == 0.0
    raw = evidence("Quay ready after ten years | Coast News", row, texts)
    assert raw["opens_other"] == 0.0
    assert og["opens_other"] == 1.0
    assert raw["site_words"] == 2 / 7  # "coast" and "news" of seven words
    # The <h2> after the article is below the body; the site's name in <nav> is a heading too.
    assert row["dom"]["more news"]["before_body"] == 0.0
    assert row["dom"]["coast news"]["dom_h2"] == 1.0
    shout = evidence("HARBOUR OPENS AT LAST", row, texts)
    assert shout["dom_h1"] == 1.0  # shown up to letter case
    assert shout["title_case"] == 1.0
    assert shout["lower"] == 0.0
    # Two sources give the og:title, one the <h1>: counted alone, they win; an <h1> above the
    # body worth two more sources wins back (the rules, without a JSON-LD headline, take it).
    assert row["rule"] == "Harbour opens at last"
    assert heading["loose_sources"] == 1.0
    assert scored_pick(row, 0.0, 0.0) == "Quay ready after ten years"
    assert scored_pick(row, 2.0, 0.0) == "Harbour opens at last"
