"""Named pipes given as inputs, and file names that are not UTF-8 in the command line's messages.

A pipe nothing writes to is refused after a bounded wait, by name, wherever it is named (a
path given to ``parse_file`` or ``parse_many``, an argument, a manifest's line); a pipe with a
writer (a shell's ``<(command)``) is read. The cases that once waited forever run in a child
process with a time limit, so a stall fails the test instead of hanging the suite (round 41:
"never a stall; bad input gets a clear error").
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import main

from .conftest import SEED

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

#: The child's wait for a writer, short so the test is quick (the library waits 10 seconds).
_PRELUDE = "import newsparse._api as api; api.PIPE_WAIT_SECONDS = 0.3\n"


def _run(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a child Python that reads this checkout, stopped if it stalls."""
    env = {**os.environ, "PYTHONPATH": str(Path(newsparse.__file__).parents[1])}
    try:
        return subprocess.run(
            [sys.executable, "-c", _PRELUDE + script],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the child process stalled on a named pipe nothing writes to")


def test_parse_file_refuses_a_pipe_nothing_writes_to(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.html")
    done = _run(
        "from newsparse import parse_file\n"
        "from newsparse.errors import SourceReadError\n"
        f"try: parse_file({str(tmp_path / 'pipe.html')!r})\n"
        "except SourceReadError as exc: print('refused:', exc)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused: cannot read"), done.stdout
    assert "pipe.html" in done.stdout
    assert "no writer" in done.stdout


def test_parse_many_tells_a_pipe_nothing_writes_to_as_its_result(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.html")
    done = _run(
        "from pathlib import Path\n"
        "from newsparse import parse_many\n"
        f"paths = [Path({str(tmp_path / 'pipe.html')!r}), Path({str(SEED)!r})]\n"
        "for result in parse_many(paths, jobs=1): print(type(result).__name__)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["SourceReadError", "Article"]


@pytest.mark.parametrize("how", ["argument", "manifest"])
def test_the_command_line_tells_a_pipe_nothing_writes_to_and_goes_on(
    tmp_path: Path, how: str
) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    if how == "manifest":
        manifest = tmp_path / "list.jsonl"
        lines = [json.dumps({"path": "pipe.txt"}), json.dumps({"path": str(SEED)})]
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        args = ["--manifest", str(manifest)]
    else:
        args = [str(pipe), str(SEED)]
    done = _run(
        f"from newsparse.cli import main\nraise SystemExit(main({[*args, '--no-progress', '-j', '1']!r}))\n"
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    told = [line for line in done.stderr.splitlines() if "pipe.txt" in line]
    assert len(told) == 1, done.stderr
    assert "no writer" in told[0]
    assert "1 parsed, 1 failed" in done.stderr
    assert len(done.stdout.splitlines()) == 1  # (the seed's record)


def test_a_pipe_with_a_writer_is_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(SEED.read_bytes(),), daemon=True)
    writer.start()
    out = io.StringIO()
    assert main([str(pipe), "--no-progress", "-f", "text"], stdout=out) == 0
    writer.join(timeout=30)
    first = next(line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip())
    assert out.getvalue().startswith(first.strip())


# A name that is not UTF-8 (read as lone surrogates) in a message of the command line: written
# with escapes, not a UnicodeEncodeError on a strict standard error (pytest's capture is strict).
_ODD = b"caf\xe9-\xff"


@pytest.mark.skipif(sys.platform != "linux", reason="other systems refuse a name not UTF-8")
def test_an_output_that_cannot_be_written_is_named_with_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/" + _ODD + b"/out.jsonl"))
    with pytest.raises(SystemExit) as stop:
        main([str(SEED), "--no-progress", "-o", str(missing)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "cannot write" in err
    assert "caf\\udce9-\\udcff" in err


@pytest.mark.skipif(sys.platform != "linux", reason="other systems refuse a name not UTF-8")
def test_an_output_folder_inside_the_input_folder_is_told_with_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/" + _ODD))
    (inputs / "out").mkdir(parents=True)
    (inputs / "seed.txt").write_bytes(SEED.read_bytes())
    code = main([str(inputs), "--no-progress", "--output-dir", str(inputs / "out")])
    assert code == 0
    err = capsys.readouterr().err
    assert "(the --output-dir) is inside the input folder" in err
    assert "caf\\udce9-\\udcff/out" in err


# The file of lines a run reads its inputs from (a manifest, a records file, a WARC file), when it
# is itself a named pipe nothing writes to: refused after the bounded wait, like an input (round
# 42; it waited forever, as the file was opened with a blocking open).


def test_a_manifest_that_is_a_pipe_nothing_writes_to_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "list.jsonl")
    args = ["--manifest", str(tmp_path / "list.jsonl"), "--no-progress"]
    done = _run(f"from newsparse.cli import main\nraise SystemExit(main({args!r}))\n")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "cannot read the manifest" in done.stderr
    assert "no writer" in done.stderr
    assert "list.jsonl" in done.stderr


@pytest.mark.parametrize("option", ["--records", "--warc"])
def test_a_records_or_warc_file_that_is_a_pipe_nothing_writes_to_is_told_and_the_run_goes_on(
    tmp_path: Path, option: str
) -> None:
    if option == "--warc":
        pytest.importorskip("warcio")
    os.mkfifo(tmp_path / "pipe")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"title": "A title", "text": "The body of it."}) + "\n")
    args = [option, str(tmp_path / "pipe"), str(good), "--no-progress", "-j", "1"]
    done = _run(f"from newsparse.cli import main\nraise SystemExit(main({args!r}))\n")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    told = [line for line in done.stderr.splitlines() if "pipe" in line]
    assert len(told) == 1, done.stderr
    assert "no writer" in told[0]
    # (The file after it is read: a record parsed, or a file told as no WARC file.)
    assert ("0 parsed, 2 failed" if option == "--warc" else "1 parsed, 1 failed") in done.stderr


def _write_later(pipe: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        with contextlib.suppress(BrokenPipeError):  # (a reader may close it unread)
            pipe.write_bytes(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return writer


def test_a_manifest_in_a_pipe_with_a_writer_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "list.jsonl"
    os.mkfifo(pipe)
    # (Over the first read from the pipe, 64 KiB, so that the lines run on past it.)
    missing = [json.dumps({"path": str(SEED) + "x" * 200}) for _ in range(400)]
    lines = [*missing, json.dumps({"path": str(SEED)})]
    writer = _write_later(pipe, ("\n".join(lines) + "\n").encode())
    out = io.StringIO()
    assert main(["--manifest", str(pipe), "--no-progress", "-j", "1"], stdout=out) == 1
    writer.join(timeout=30)
    assert len(out.getvalue().splitlines()) == 1
    assert "1 parsed, 400 failed" in capsys.readouterr().err


def test_a_records_file_in_a_pipe_with_a_writer_is_told_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "records.jsonl"
    os.mkfifo(pipe)
    writer = _write_later(pipe, json.dumps({"title": "A", "text": "B"}).encode() + b"\n")
    assert main(["--records", str(pipe), "--no-progress", "-j", "1"], stdout=io.StringIO()) == 1
    writer.join(timeout=30)
    err = capsys.readouterr().err
    assert "a named pipe cannot be read as records" in err
    assert "Traceback" not in err


def test_the_bytes_read_to_see_a_writer_are_kept_at_the_start(tmp_path: Path) -> None:
    # The first read from a pipe, made to tell a writer from none, takes bytes out of the pipe:
    # they must come first in what the file gives (the pipe is filled before it is opened).
    from newsparse._api import open_input  # noqa: PLC0415 - new in round 42: the others run on e4d7055

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    data = bytes(range(256)) * 1000  # 256,000 bytes: over the pipe's buffer and the first read
    holder = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # (lets the writer open without waiting)
    writer = os.open(pipe, os.O_WRONLY)
    os.write(writer, data[:30_000])

    def rest() -> None:
        with contextlib.suppress(BrokenPipeError):
            os.write(writer, data[30_000:])
        os.close(writer)

    with open_input(pipe) as stream:
        thread = threading.Thread(target=rest, daemon=True)
        thread.start()
        os.close(holder)
        assert stream.read() == data
    thread.join(timeout=30)
