"""The floor and profile commands of benchmarks/ run end to end on a small hand-made page."""

from __future__ import annotations

from benchmarks.floor import STEPS, time_page
from benchmarks.profile import profile_sources

PAGE = (
    "<html><head><title>Harbour fire under control</title></head><body><article>"
    "<h1>Harbour fire under control</h1><p>Firefighters worked through the night to bring the "
    "blaze at the old harbour warehouse under control, the city said on Tuesday.</p>"
    "</article></body></html>"
)


def test_time_page_gives_one_time_per_step() -> None:
    times = time_page(PAGE.encode(), repeat=2)
    assert len(times) == len(STEPS) == 3
    assert all(t >= 0 for t in times)


def test_profile_names_the_parser() -> None:
    report = profile_sources([(PAGE, "html")], top=40, sort="cumulative")
    assert "parse_article" in report
    assert "function calls" in report
