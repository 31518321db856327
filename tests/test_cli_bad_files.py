"""A folder holding every kind of bad file beside good ones, through the command line.

Each bad file is told on standard error by its name, with what is wrong with it; the run exits
with 1; every good file still comes out; nothing raises (round 41: issues 9 and 10, "hostile
input can still crash it or stall it").
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from newsparse.cli import main

from .conftest import FIXTURES, SEED

HTML = FIXTURES / "html" / "jsonld_graph.html"


def _folder(root: Path) -> tuple[list[str], dict[str, str]]:
    """Good files (their paths) and bad ones (each path and the words its message must hold)."""
    good = [root / "page.html", root / "seed.txt", root / "packed.html.gz"]
    good[0].write_bytes(HTML.read_bytes())
    good[1].write_bytes(SEED.read_bytes())
    good[2].write_bytes(gzip.compress(HTML.read_bytes()))
    bad: dict[Path, str] = {
        root / "empty.html": "empty",
        root / "binary.html": "binary data",
        root / "huge.html": "more than 50,000,000 bytes",
        root / "cut.html.gz": "cut short",
        root / "loop-a.html": "Too many levels of symbolic links",
        root / "loop-b.html": "Too many levels of symbolic links",
    }
    (root / "empty.html").write_bytes(b"")
    (root / "binary.html").write_bytes(bytes(range(256)) * 16)
    with (root / "huge.html").open("wb") as huge:  # (sparse: no 50 MB written)
        huge.write(b"<html><body><p>A page of zeros.</p>")
        huge.truncate(50_000_001)
    (root / "cut.html.gz").write_bytes(gzip.compress(HTML.read_bytes())[:40])
    (root / "loop-a.html").symlink_to(root / "loop-b.html")
    (root / "loop-b.html").symlink_to(root / "loop-a.html")
    if hasattr(os, "mkfifo"):  # (opening a pipe to read it would wait for a writer)
        os.mkfifo(root / "pipe.html")
        bad[root / "pipe.html"] = "not a regular file"
    if sys.platform == "linux":  # a name that is not UTF-8 (other systems refuse one)
        odd = Path(os.fsdecode(os.fsencode(str(root)) + b"/caf\xe9-\xff.txt"))
        odd.write_bytes(SEED.read_bytes())
        good.append(odd)
        binary_odd = Path(os.fsdecode(os.fsencode(str(root)) + b"/bin\xfe.html"))
        binary_odd.write_bytes(bytes(range(256)) * 16)
        bad[binary_odd] = "binary data"
    return sorted(map(str, good)), {str(path): words for path, words in bad.items()}


@pytest.mark.parametrize("extra", [[], ["-f", "text"], ["--kind", "text"]])
def test_every_good_file_of_a_folder_of_bad_ones_comes_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    good, bad = _folder(tmp_path)
    out = io.StringIO()
    code = main([str(tmp_path), "--no-progress", *extra], stdout=out)
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    for path, words in bad.items():
        shown = path.encode("utf-8", "backslashreplace").decode("utf-8")  # (bin\udcfe.html)
        told = [line for line in err.splitlines() if line.startswith(f"newsparse: {shown}: ")]
        assert len(told) == 1, (path, err)
        assert words in told[0], told[0]
    assert f"{len(good)} parsed, {len(bad)} failed" in err
    if not extra:
        shown_good = [p.encode("utf-8", "backslashreplace").decode("utf-8") for p in good]
        paths = [json.loads(line)["path"] for line in out.getvalue().splitlines()]
        assert sorted(paths) == sorted(shown_good)


def test_a_folder_of_bad_files_writes_every_good_one_to_the_output_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs, written = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    good, bad = _folder(inputs)
    assert main([str(inputs), "--no-progress", "--output-dir", str(written)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{len(good)} parsed, {len(bad)} failed" in err
    assert len(list(written.iterdir())) == len(good)
