"""The title failure census of ``benchmarks/titlecensus.py`` on made-up whole-page renderings."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.textlines import parser_lines
from benchmarks.titlecensus import census, classify, where_gold

_MENU = ["Harian Contoh", "Beranda", "Nasional", "Ekonomi", "Olahraga", "Hiburan", "Teknologi"]
_TEXT = [
    "Warga kota berkumpul di alun-alun pada Senin pagi untuk melihat jembatan yang baru selesai "
    f"dibangun setelah dua tahun pengerjaan, kata petugas di lokasi kepada wartawan ({n})."
    for n in range(12)
]
_FOOTER = [f"Tautan {n}" for n in range(30)]


def _page(*headline: str) -> str:
    """A whole page: menus, the headline line(s), a date line, running text, a long footer."""
    return "\n".join([*_MENU, *headline, "Senin, 3 Maret 2025 10:15 WIB", *_TEXT, *_FOOTER])


def test_right_titles_give_no_failure() -> None:
    assert classify(_page("Jembatan baru di tepi sungai dibuka untuk warga"),
                    "Jembatan baru di tepi sungai dibuka untuk warga") is None  # fmt: skip


def test_a_one_word_title_is_no_candidate() -> None:
    failure = classify(_page("Jembatan"), "Jembatan")
    assert failure is not None
    assert failure["kind"] == "no candidate: one word"


def test_a_title_run_into_a_label_is_inside_a_line() -> None:
    failure = classify(_page("Kota Contoh Jembatan baru dibuka untuk warga"),
                       "Jembatan baru dibuka untuk warga")  # fmt: skip
    assert failure is not None
    assert failure["kind"] == "gold inside a line"


def test_a_headline_split_over_two_lines() -> None:
    failure = classify(_page("Jembatan baru di tepi sungai", "dibuka untuk warga kota"),
                       "Jembatan baru di tepi sungai dibuka untuk warga kota")  # fmt: skip
    assert failure is not None
    assert failure["kind"] == "gold split"


def test_census_reads_only_tuned_whole_pages(tmp_path: Path) -> None:
    (tmp_path / "inscriptis").mkdir()
    (tmp_path / "inscriptis" / "a.txt").write_text(
        _page("Jembatan baru di tepi sungai dibuka untuk warga"), encoding="utf-8"
    )
    (tmp_path / "inscriptis" / "b.txt").write_text(_page("Jembatan"), encoding="utf-8")
    rows = [
        {"path": "inscriptis/a.txt", "renderer": "inscriptis", "held_out": False,
         "gold": {"title": "Jembatan baru di tepi sungai dibuka untuk warga"}},
        {"path": "inscriptis/b.txt", "renderer": "inscriptis", "held_out": False,
         "gold": {"title": "Jembatan"}},
        # Never opened: a held-out publisher, and a rendering that is no whole page.
        {"path": "inscriptis/missing.txt", "renderer": "inscriptis", "held_out": True,
         "gold": {"title": "Anything"}},
        {"path": "trafilatura/missing.txt", "renderer": "trafilatura", "held_out": False,
         "gold": {"title": "Anything"}},
    ]  # fmt: skip
    (tmp_path / "manifest.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    tally, failures = census(tmp_path)
    assert dict(tally["inscriptis"]) == {"right": 1, "no candidate: one word": 1}
    assert [failure["path"] for failure in failures] == ["inscriptis/b.txt"]


def test_where_gold_sorts_failures_by_the_gold_lines_place() -> None:
    assert where_gold({"kind": "gold split"}) == "gold on no line"
    assert where_gold({"kind": "no candidate: past the top"}) == "no candidate"
    assert where_gold({"kind": "model: line above", "rank": 2}) == "rank 2"
    assert where_gold({"kind": "model: line below", "rank": 3}) == "rank 3"
    assert where_gold({"kind": "model: line below", "rank": 5}) == "rank 4-5"
    assert where_gold({"kind": "model: holds the gold", "rank": 6}) == "rank 6+"
    assert where_gold({"kind": "model: none", "rank": 1}) == "rank 1, under the threshold"
    assert where_gold({"kind": "after the model", "rank": 1}) == "after the model"


def test_a_failure_of_the_model_records_the_gold_lines_rank() -> None:
    # A section label over the headline, taken as the gold: the model prefers the headline under
    # it, so the label is a candidate ranked second or lower.
    text = _page("Berita Kota", "Jembatan baru di tepi sungai dibuka untuk warga")
    failure = classify(text, "Berita Kota")
    assert failure is not None
    assert failure["kind"].startswith("model:")
    assert failure["rank"] >= 2


def test_lines_are_read_as_the_parser_reads_them() -> None:
    # A rendering that writes a piece of text a line (and the page's spaces on lines of their
    # own) breaks the headline at its link; the parser joins the pieces before it looks for the
    # title, and so do the census and the title model's training rows.
    pieces = ["Jembatan baru di ", "tepi sungai", " dibuka untuk warga"]
    text = "\n".join([" ", *_MENU, " ", " ", *pieces, " ", " ", " ", *_TEXT[:3]])
    lines, _, fields = parser_lines(text)
    assert "Jembatan baru di tepi sungai dibuka untuk warga" in lines
    assert fields.title is None
