"""What importing newsparse and a first parse load, checked in a fresh interpreter (no timings).

``import newsparse`` loads neither parser: each is imported on first use by ``_api``, so a process
that parses only text dumps never loads the HTML parser, and the other way round. The layering
itself (which module may import which) is checked by import-linter (``lint-imports``).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from benchmarks.datasets import REPO_ROOT

SEED = REPO_ROOT / "seeds" / "000_ba2def52373556d9.txt"
PAGE = "<html><head><title>A page</title></head><body><p>One paragraph of text.</p></body></html>"

# Standard-library modules that nothing needs before a first parse (or at all, for most inputs).
HEAVY_STDLIB = (
    "pathlib",
    "importlib.resources",
    "importlib.metadata",
    "bz2",
    "lzma",
    "concurrent.futures",
    "multiprocessing",
    "zoneinfo",
    "argparse",
    "urllib.parse",
)
PARSERS = ("newsparse._html", "newsparse._text", "newsparse._normalize.dates")


def loaded_after(code: str) -> set[str]:
    """Return the names in ``sys.modules`` after ``code`` runs in a fresh interpreter."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_loads_no_parser_and_no_heavy_stdlib_module() -> None:
    loaded = loaded_after("import newsparse")
    assert "newsparse._api" in loaded  # the check itself sees the package's modules
    assert loaded.isdisjoint(PARSERS + HEAVY_STDLIB), sorted(loaded & {*PARSERS, *HEAVY_STDLIB})


@pytest.mark.parametrize(
    ("call", "wanted", "unwanted"),
    [
        (f"newsparse.parse_file({str(SEED)!r})", "newsparse._text", "newsparse._html"),
        (f"newsparse.parse_article({PAGE!r})", "newsparse._html", "newsparse._text"),
    ],
)
def test_a_parse_loads_only_its_own_parser(call: str, wanted: str, unwanted: str) -> None:
    loaded = loaded_after(f"import newsparse\n{call}")
    assert wanted in loaded
    assert unwanted not in loaded
