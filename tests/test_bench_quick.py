"""The benchmark harness still works end to end: quick mode, newsparse alone, in a subprocess."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = (
    "fundus", "readability", "trafilatura", "indonesian-html", "indonesian-text", "indonesian-full",
    "seed", "metascraper",
)  # fmt: skip


def test_quick_run_on_newsparse(shared_data: Path, tmp_path: Path) -> None:
    command = [
        sys.executable, "-m", "benchmarks.run", "--quick", "--tools", "newsparse",
        "--data", str(shared_data), "--out", str(tmp_path), "--timeout", "20",
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    for name in SETS:
        assert f"### {name} (" in done.stdout
    assert "| newsparse |" in done.stdout

    (results,) = tmp_path.glob("results-*-quick.md")
    written = results.read_text(encoding="utf-8")
    assert written.startswith("# newsparse benchmark results")
    assert written.strip() in done.stdout
    (pages,) = tmp_path.glob("pages-*-quick.csv")
    with pages.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # three pages of each shared set, and the one seed
    assert len(rows) == 3 * 7 + 1
    assert {row["tool"] for row in rows} == {"newsparse"}
    assert {row["set"] for row in rows} == set(SETS)
    for row in rows:
        # every page ran to an answer or a recorded error, none hung or killed the worker
        assert row["error"] != "timeout"
        assert not row["error"].startswith("worker died")
        assert row["error"] or row["ms"]
