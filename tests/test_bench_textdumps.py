"""``benchmarks/textdumps.py``: the paragraph-structure measures of the generated dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks import textdumps
from benchmarks.datasets import Gold, Page
from benchmarks.publishers import joined

GOLD = "BERLIN - The harbour reopened on Tuesday.\nShips queued outside.\nThe port said so."


def test_paragraph_exact_counts_what_the_dump_settles() -> None:
    dump = (
        "Author: ['Jane Doe']\n\nBERLIN - The harbour reopened on Tuesday.\n\n"
        "Ships queued\noutside.\n\nThe port said so. More text glued on."
    )
    # The first paragraph stands as a line, the second as a block of two lines; the third is glued
    # to other words by the dump itself and is not counted.
    assert textdumps.paragraph_exact(
        GOLD, dump, ["The harbour reopened on Tuesday."], "BERLIN"
    ) == (
        1,
        2,
    )
    # A merge of the two counted paragraphs returns neither whole.
    merged = ["BERLIN - The harbour reopened on Tuesday. Ships queued outside."]
    assert textdumps.paragraph_exact(GOLD, dump, merged, None) == (0, 2)
    # Without a dateline read, a paragraph must be returned as the dump printed it.
    assert textdumps.paragraph_exact(GOLD, dump, ["The harbour reopened on Tuesday."], None) == (
        0,
        2,
    )


def test_tool_lines_kept_compares_with_the_bare_dump() -> None:
    bare = "The harbour reopened on Tuesday.\n\nShips queued outside."
    wrapped = (
        f"Author: ['Jane Doe']\nPublish date: 2024-01-02 00:00:00\n\n{bare}\n\n## Keywords\nShips"
    )
    assert not textdumps.tool_lines_kept(wrapped, bare, bare.split("\n\n"))
    assert textdumps.tool_lines_kept(wrapped, bare, ["Publish date: 2024-01-02 00:00:00", bare])
    # A keyword that is also a word of the text is no leak inside a paragraph; alone it is.
    assert not textdumps.tool_lines_kept(wrapped, bare, ["Ships queued outside."])
    assert textdumps.tool_lines_kept(wrapped, bare, ["Ships"])


def test_paragraph_exact_ignores_invisible_characters() -> None:
    # A parser drops soft hyphens; the paragraph is still returned whole.
    gold = "The harbour re\u00adopened on Tuesday."
    assert textdumps.paragraph_exact(gold, gold, ["The harbour reopened on Tuesday."], None) == (
        1,
        1,
    )


def test_paragraph_ends_scores_first_last_and_the_paragraph_set() -> None:
    dump = (
        "BERLIN - The harbour reopened on Tuesday.\n\nRELATED: Ports across the region close\n\n"
        "Ships queued outside.\n\nThe port said so.\n\nShare this article"
    )
    right = ["The harbour reopened on Tuesday.", "Ships queued outside.", "The port said so."]
    assert textdumps.paragraph_ends(GOLD, dump, right, "BERLIN") == (True, True, True)
    # A kept boilerplate line spoils the set (and the last paragraph when it closes the text).
    kept = [*right, "Share this article"]
    assert textdumps.paragraph_ends(GOLD, dump, kept, "BERLIN") == (True, False, False)
    # A dropped body line too.
    assert textdumps.paragraph_ends(GOLD, dump, right[:2], "BERLIN") == (True, False, False)
    # Without the dateline read, the first paragraph must be returned as printed.
    assert textdumps.paragraph_ends(GOLD, dump, right, None) == (False, True, False)


def test_paragraph_ends_leaves_unsettled_dumps_unscored() -> None:
    # The dump glues two gold paragraphs on one line: the set is not scored, the ends still are.
    dump = "BERLIN - The harbour reopened on Tuesday.\n\nShips queued outside. The port said so."
    got = ["BERLIN - The harbour reopened on Tuesday.", "Ships queued outside. The port said so."]
    assert textdumps.paragraph_ends(GOLD, dump, got, None) == (True, False, None)
    # No gold paragraph shown: nothing scored.
    assert textdumps.paragraph_ends(GOLD, "Something else entirely.", ["x"], None) is None


def test_a_labelled_first_paragraph_is_shown() -> None:
    # A tool header writes ``Text: `` before the first paragraph, on its line: that paragraph is
    # shown (the parser that reads the label off it is right), and the dump stays settled.
    dump = (
        "Title: Harbour reopens\nAuthors: Jane Doe\n\n"
        "Text: BERLIN - The harbour reopened on Tuesday.\n\nShips queued outside.\n\nThe port said so."
    )
    right = ["The harbour reopened on Tuesday.", "Ships queued outside.", "The port said so."]
    assert textdumps.paragraph_ends(GOLD, dump, right, "BERLIN") == (True, True, True)
    assert textdumps.paragraph_exact(GOLD, dump, right, "BERLIN") == (3, 3)
    # The label kept in the paragraph is not the gold paragraph.
    kept = ["Text: BERLIN - The harbour reopened on Tuesday.", *right[1:]]
    assert textdumps.paragraph_ends(GOLD, dump, kept, None) == (False, True, False)


# -- the split by publisher: one key across the sets ---------------------------------------------


def test_publisher_key_meets_a_fundus_name_a_host_and_a_readability_case() -> None:
    assert textdumps.publisher_key("fundus", "html/de/DerFreitag_1.html.gz", "DerFreitag") == (
        textdumps.publisher_key("trafilatura", "a.html", "freitag.de")
    )
    assert textdumps.publisher_key("readability", "nytimes-3", "readability:nytimes-3") == (
        textdumps.publisher_key("trafilatura", "b.html", "nytimes.com")
    )
    # a case named after no site stays its own publisher
    assert textdumps.publisher_key("readability", "001", "readability:001") == "001"


def test_is_held_out_tunes_a_publisher_tuned_under_another_name() -> None:
    # freitag: fundus's ``DerFreitag`` is tuned by its hash, trafilatura's ``freitag.de`` held out
    assert not textdumps.held_out("DerFreitag")
    assert textdumps.held_out("freitag.de")
    assert not textdumps.is_held_out("trafilatura", "a.html", "freitag.de")
    # a publisher of one set under one name keeps the hash's answer, held out or tuned
    for name in ("1000things.at", "abc13.com", "dw.com", "achgut.com"):
        assert textdumps.is_held_out("trafilatura", "a.html", name) == textdumps.held_out(name)


def test_read_manifest_settles_held_out_by_the_rule(tmp_path: Path) -> None:
    rows = [
        {"set": "trafilatura", "page": "a.html", "publisher": "freitag.de", "held_out": True},
        {"set": "trafilatura", "page": "b.html", "publisher": "dw.com", "held_out": False},
    ]
    (tmp_path / "manifest.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    settled = textdumps.read_manifest(tmp_path)
    assert [row["held_out"] for row in settled] == [False, textdumps.held_out("dw.com")]


def test_split_on_the_development_data_leaks_no_publisher(shared_data: Path) -> None:
    pages = list(textdumps._pages(shared_data))
    keys = [
        (textdumps.publisher_key(p.set_name, p.page_id, textdumps.publisher(p)), p) for p in pages
    ]
    hashed = [(key, textdumps.held_out(textdumps.publisher(page))) for key, page in keys]
    assert joined(hashed) == textdumps.TUNED_ELSEWHERE
    held = {
        key
        for key, page in keys
        if textdumps.is_held_out(page.set_name, page.page_id, textdumps.publisher(page))
    }
    tuned = {key for key, _ in keys} - held
    assert held
    assert all(
        textdumps.is_held_out(page.set_name, page.page_id, textdumps.publisher(page))
        for key, page in keys
        if key in held
    )
    assert len(tuned) > len(held)


def test_held_out_in_html_keeps_the_pages_the_html_split_holds_out_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def page(name: str) -> Page:
        page_id = f"html/de/{name}_2024_01_01.html.gz"
        return Page(
            set_name="fundus",
            page_id=page_id,
            kind="html",
            path=Path(page_id),
            url=None,
            gold=Gold(),
        )

    # The HTML split holds out FAZ and WAZ and tunes DW (benchmarks.heldout.fold_of's hash).
    pages = [page("FAZ"), page("DW"), page("WAZ")]
    monkeypatch.setattr(textdumps, "load_set", lambda name, data: pages)
    rows = [{"set": "fundus", "page": p.page_id} for p in pages[:2]]
    # WAZ has no row: only the rows' pages are looked up.
    assert textdumps.held_out_in_html(rows, Path("unused")) == {
        ("fundus", "html/de/FAZ_2024_01_01.html.gz")
    }
