"""The title-source tally of ``benchmarks/titles.py`` on two hand-made pages.

Page A's gold is its ``og:title``; page B's gold is its ``<h1>`` (which ``<title>`` repeats). Every
fixed priority order of the sources is therefore right on exactly one of them, while the ceiling
(some source is right) is two.
"""

from __future__ import annotations

import math
from pathlib import Path

from benchmarks.datasets import Gold, Page
from benchmarks.titles import RANKED, sources_of, tally

_PAGE = """<html><head><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="{og}"></head>
<body><article><h1>{h1}</h1><p>Some text of the article, long enough to be one.</p></article>
</body></html>"""


def _page(tmp_path: Path, name: str, gold: str, **parts: str) -> Page:
    path = tmp_path / f"{name}.html"
    path.write_text(_PAGE.format(**parts), encoding="utf-8")
    return Page(set_name="t", page_id=name, kind="html", path=path, url=None, gold=Gold(title=gold))


def test_sources_are_read_and_the_site_name_stripped() -> None:
    found, ours = sources_of(
        _PAGE.format(title="Rain in Spain", og="Rain in Spain | Example News", h1="Rain falls")
    )
    assert found["og+site"] == "Rain in Spain | Example News"
    assert found["og"] == "Rain in Spain"
    assert found["title"] == "Rain in Spain"
    assert found["h1"] == "Rain falls"
    assert found["jsonld"] is None
    assert ours == "Rain in Spain"


def test_conflicting_conventions_cap_every_fixed_order(tmp_path: Path) -> None:
    pages = [
        _page(tmp_path, "a", "Storm warning issued", title="Storms ahead", og="Storm warning issued",
              h1="Storms ahead"),
        _page(tmp_path, "b", "Markets rally again", title="Markets rally again", og="Stocks up on Friday",
              h1="Markets rally again"),
    ]  # fmt: skip
    counts = tally(pages)
    assert counts["pages"] == 2
    assert counts["source og"] == 1
    assert counts["source h1"] == 1
    assert counts["any source"] == 2
    orders = [key for key in counts if key.startswith("order ")]
    assert len(orders) == math.factorial(len(RANKED))
    assert all(counts[key] == 1 for key in orders)


def test_site_names_kept_or_dropped_by_the_gold(tmp_path: Path) -> None:
    pages = [
        # The gold keeps the site name that og:title carries...
        _page(tmp_path, "a", "Storm warning issued | Example News", title="Storm warning issued",
              og="Storm warning issued | Example News", h1="Storm warning issued"),
        # ...drops it...
        _page(tmp_path, "b", "Markets rally again", title="Markets rally again",
              og="Markets rally again | Example News", h1="Markets rally again"),
        # ...or the page's og:title names no site.
        _page(tmp_path, "c", "Rain in Spain", title="Rain in Spain", og="Rain in Spain",
              h1="Rain in Spain"),
    ]  # fmt: skip
    counts = tally(pages)
    assert (counts["site named"], counts["site kept"], counts["site dropped"]) == (2, 1, 1)
