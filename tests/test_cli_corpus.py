"""The command line over corpora: folders, manifests, --jobs, output folders, resume, pipes."""

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsparse import _corpus as corpus_module
from newsparse import parse_file
from newsparse._api import MAX_INPUT_CHARS
from newsparse._corpus import jsonl_labels
from newsparse.cli import main
from newsparse.schema import load_schema

from .conftest import FIXTURES, SEED

HTML = FIXTURES / "html" / "jsonld_graph.html"


def run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(args, stdout=out)
    return code, out.getvalue()


def _corpus(root: Path) -> Path:
    """A small folder: two pages in a subfolder, one gzipped, a hidden file, an empty file."""
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "seed.txt").write_bytes(SEED.read_bytes())
    (root / "a" / "b" / "page.html.gz").write_bytes(gzip.compress(HTML.read_bytes()))
    (root / "a" / "b" / "notes.md").write_text("Not a page\n\nbut parseable text here.\n")
    (root / "a" / ".hidden.txt").write_bytes(SEED.read_bytes())
    (root / "a" / "empty.txt").write_text("")
    return root / "a"


def _records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_a_folder_is_read_recursively_in_name_order_hidden_files_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path)
    code, out = run([str(folder)])
    assert code == 1  # the empty file
    paths = [r["path"] for r in _records(out)]
    assert paths == [
        str(folder / "b" / "notes.md"),
        str(folder / "b" / "page.html.gz"),
        str(folder / "seed.txt"),
    ]
    err = capsys.readouterr().err
    assert "empty.txt: the input is empty" in err
    assert "newsparse: 3 parsed, 1 failed (EmptyInputError: 1)" in err


def test_include_patterns_pick_files_in_folders(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    code, out = run([str(folder), "--include", "*.html.gz", "--include", "*.txt", "-q"])
    assert code == 1
    assert [Path(str(r["path"])).name for r in _records(out)] == ["page.html.gz", "seed.txt"]
    gz = _records(out)[0]
    assert gz["title"] == parse_file(HTML).title  # the gzipped page, unpacked


def test_an_empty_folder_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(tmp_path)]) == (1, "")
    assert f"no input found: {tmp_path} holds no file" in capsys.readouterr().err


def test_an_include_that_picks_nothing_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path)
    assert run([str(folder), "--include", "*.pdf"]) == (1, "")
    assert f"no input found: no file in {folder} matches --include *.pdf" in capsys.readouterr().err


def test_a_manifest_gives_each_file_its_own_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "one.txt").write_bytes(SEED.read_bytes())
    manifest = tmp_path / "manifest.jsonl"
    lines = [
        {"path": "pages/one.txt", "url": "https://example.com/one"},
        "not json",
        {"url": "https://example.com/nothing"},
        {"path": str(SEED), "url": "https://example.com/two"},
        {"path": " "},  # (was the manifest's folder: "cannot read '.': Is a directory", audit33)
    ]
    manifest.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n"
    )
    code, out = run(["--manifest", str(manifest)])
    assert code == 1
    records = _records(out)
    assert [(r["path"], r["url"]) for r in records] == [
        ("pages/one.txt", "https://example.com/one"),
        (str(SEED), "https://example.com/two"),
    ]
    err = capsys.readouterr().err
    assert f"{manifest}:2: not a JSON line" in err
    assert f'{manifest}:3: not an object with a "path" string' in err
    assert f'{manifest}:5: its "path" is empty' in err
    assert "2 parsed, 3 failed (bad manifest line: 3)" in err


def test_a_manifest_line_that_is_not_utf8_fails_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (the whole manifest was refused, with a usage error, before anything was parsed)
    manifest = tmp_path / "manifest.jsonl"
    good = json.dumps({"path": str(SEED)}).encode()
    manifest.write_bytes(
        b"\xef\xbb\xbf" + good + b"\n" + b'{"path": "caf\xe9.txt"}\n' + good + b"\n"
    )
    code, out = run(["--manifest", str(manifest)])
    assert code == 1
    assert [r["path"] for r in _records(out)] == [str(SEED), str(SEED)]
    err = capsys.readouterr().err
    assert f"{manifest}:2: not UTF-8 text" in err
    assert "2 parsed, 1 failed (bad manifest line: 1)" in err


@pytest.mark.parametrize(
    "line",
    [
        "[" * 100_000,  # deeper than json can decode: RecursionError
        "1" * 5_000,  # an integer longer than int() reads: ValueError
        '{"path": "x.txt", "size": ' + "9" * 5_000 + "}",
    ],
)
def test_a_manifest_line_past_jsons_limits_fails_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    # (json raised RecursionError or ValueError, not JSONDecodeError: a traceback ended the run
    # before anything was parsed)
    manifest = tmp_path / "manifest.jsonl"
    good = json.dumps({"path": str(SEED)})
    manifest.write_text(f"{good}\n{line}\n{good}\n")
    code, out = run(["--manifest", str(manifest)])
    assert code == 1
    assert [r["path"] for r in _records(out)] == [str(SEED), str(SEED)]
    err = capsys.readouterr().err
    assert f"{manifest}:2: not a JSON line newsparse can read" in err
    assert "2 parsed, 1 failed (bad manifest line: 1)" in err


def test_resume_skips_lines_of_its_output_past_jsons_limits(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text("[" * 100_000 + "\n" + "1" * 5_000 + "\n")
    code, out = run([str(SEED), str(SEED), "-o", str(output), "--resume", "-q"])
    assert (code, out) == (0, "")
    lines = output.read_text().splitlines()
    assert len(lines) == 4
    assert [json.loads(line)["path"] for line in lines[2:]] == [str(SEED), str(SEED)]


def test_resume_of_one_input_into_a_json_lines_output_skips_it_on_a_rerun(tmp_path: Path) -> None:
    # The record of a lone input had no "path", so --resume never found it done: each rerun
    # parsed it again and appended a second record.
    output = tmp_path / "out.jsonl"
    for _ in range(3):
        assert main([str(SEED), "-o", str(output), "-f", "jsonl", "--resume", "-q"]) == 0
    lines = output.read_text().splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(SEED)]
    assert json.loads(lines[0])["title"] == parse_file(SEED).title


def test_resume_into_an_output_that_is_a_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It ended the run with an IsADirectoryError traceback from reading the output's records.
    with pytest.raises(SystemExit) as exc:
        main([str(SEED), "-o", str(tmp_path), "-f", "jsonl", "--resume"])
    assert exc.value.code == 2
    assert f"cannot read {tmp_path} to see what --resume skips" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_resume_into_a_device_reads_no_records_from_it(tmp_path: Path) -> None:
    # Its records were read to the end first: from /dev/zero (or /dev/full) that never ended,
    # and memory grew without bound. A device or a pipe holds no records to skip.
    output = tmp_path / "zero.jsonl"
    output.symlink_to("/dev/zero")
    assert main([str(SEED), "-o", str(output), "-f", "jsonl", "--resume", "-q"]) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_resume_reads_no_records_from_a_named_pipe() -> None:
    # Opening a pipe to read its records waited for a writer; as standard output (-o /dev/stdout
    # piped on), the writer is the run itself, so it waited forever.
    reader, writer = os.pipe()
    try:
        assert jsonl_labels(Path(f"/dev/fd/{writer}")) == set()
    finally:
        os.close(reader)
        os.close(writer)


def test_resume_cuts_only_a_last_line_cut_short(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_bytes(b'{"path": "a"}\n{"path": 5}\n{"path": "b", "ti')
    assert jsonl_labels(output) == {"a"}
    assert output.read_bytes() == b'{"path": "a"}\n{"path": 5}\n'
    assert jsonl_labels(output) == {"a"}
    assert output.read_bytes() == b'{"path": "a"}\n{"path": 5}\n'


class _Stdin:
    """A standard input whose bytes come from ``read`` (which records how much was asked)."""

    def __init__(self, read: Callable[[int], bytes]) -> None:
        self.buffer = self
        self._read = read
        self.asked: list[int] = []

    def read(self, size: int = -1) -> bytes:
        self.asked.append(size)
        return self._read(size)


def test_standard_input_is_read_no_further_than_the_largest_input(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (``sys.stdin.buffer.read()`` read an endless input, ``< /dev/zero``, until memory ran out)
    stdin = _Stdin(lambda size: SEED.read_bytes())
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out = run(["-", "-q"])
    assert code == 0
    assert json.loads(out)["authors"] == ["Binsar"]
    assert stdin.asked == [MAX_INPUT_CHARS + 1]


def _unreadable(size: int) -> bytes:
    raise IsADirectoryError(21, "Is a directory")


@pytest.mark.parametrize(
    ("stdin", "reason"),
    [(None, "it is closed"), (_Stdin(_unreadable), "Is a directory")],
)
def test_standard_input_that_cannot_be_read_fails_alone(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: object,
    reason: str,
) -> None:
    # (a closed standard input raised AttributeError, an unreadable one was taken for an output
    # that cannot be written: either ended the run before the other inputs)
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out = run(["-", str(SEED)])
    assert code == 1
    assert [r["path"] for r in _records(out)] == [str(SEED)]
    err = capsys.readouterr().err
    assert f"-: cannot read standard input: {reason}" in err
    assert "1 parsed, 1 failed (SourceReadError: 1)" in err


def test_encoding_option() -> None:
    page = "<html><body><h1>Привет мир</h1><p>Это первый абзац статьи о мире.</p></body></html>"
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "--encoding", "koi8-r", "-"],
        input=page.encode("koi8-r"),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Привет мир"


def test_output_folder_one_file_per_input_and_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path)
    out_dir = tmp_path / "out"
    code, out = run([str(folder), "--output-dir", str(out_dir), "--include", "*.txt"])
    assert (code, out) == (1, "")
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*"))
    assert written == ["seed.txt.json"]
    assert json.loads((out_dir / "seed.txt.json").read_text())["authors"] == ["Binsar"]
    capsys.readouterr()
    code, _ = run([str(folder), "--output-dir", str(out_dir), "--resume", "-q"])
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*.json"))
    assert written == ["b/notes.md.json", "b/page.html.gz.json", "seed.txt.json"]
    assert capsys.readouterr().err.count("empty.txt") == 1
    code, _ = run([str(folder), "--output-dir", str(out_dir), "--resume"])
    assert "0 parsed, 1 failed (EmptyInputError: 1), 3 skipped" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="file modes and the umask are POSIX's")
@pytest.mark.parametrize(
    ("umask", "expected"), [(0o022, 0o644), (0o077, 0o600)], ids=["umask-022", "umask-077"]
)
def test_output_folder_files_have_the_mode_of_an_output_file(
    tmp_path: Path, umask: int, expected: int
) -> None:
    # (each --output-dir file was written through tempfile.mkstemp, so it was 0o600 whatever
    # the umask, readable by its owner alone, where -o FILE gave 0o644)
    old = os.umask(umask)
    try:
        assert run([str(SEED), "--output-dir", str(tmp_path / "out")])[0] == 0
        assert run([str(SEED), "-o", str(tmp_path / "one.json")])[0] == 0
    finally:
        os.umask(old)
    written = tmp_path / "out" / f"{SEED.name}.json"
    assert written.stat().st_mode & 0o777 == expected
    assert (tmp_path / "one.json").stat().st_mode & 0o777 == expected
    assert [p.name for p in (tmp_path / "out").iterdir()] == [written.name]


def test_an_output_file_that_cannot_be_made_fails_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (a file name too long once the suffix is added stopped the whole run as an output that
    # cannot be written: the inputs after it were not parsed, and it was counted nowhere)
    folder = tmp_path / "pages"
    folder.mkdir()
    long_name = "b" * (255 - len(".html")) + ".html"  # the longest name most file systems take
    for name in ("a.html", long_name, "c.html", "d.html"):
        (folder / name).write_bytes(HTML.read_bytes())
    out_dir = tmp_path / "out"
    code, out = run([str(folder), "--output-dir", str(out_dir)])
    assert (code, out) == (1, "")
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "a.html.json",
        "c.html.json",
        "d.html.json",
    ]
    assert json.loads((out_dir / "d.html.json").read_text())["title"] == parse_file(HTML).title
    err = capsys.readouterr().err
    assert f"{folder / long_name}: cannot write its output" in err
    assert "File name too long" in err
    assert "3 parsed, 1 failed (output not written: 1)" in err


def test_two_inputs_with_one_output_name_are_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    copy = tmp_path / "x" / SEED.name
    copy.write_bytes(SEED.read_bytes())
    with pytest.raises(SystemExit) as exc:
        main([str(SEED), str(copy), "--output-dir", str(tmp_path / "o")])
    assert exc.value.code == 2


def test_resume_needs_somewhere_to_look() -> None:
    with pytest.raises(SystemExit) as exc:
        main([str(SEED), "--resume"])
    assert exc.value.code == 2


def test_a_killed_run_leaves_whole_lines_and_resume_completes_it(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(150):
        (folder / f"{number:03d}.html").write_bytes(HTML.read_bytes())
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsparse", str(folder), "-o", str(output), "-q"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (
        not output.exists() or output.read_bytes().count(b"\n") < 10
    ):
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    # Cut the last line short too, as a kill in the middle of a write would.
    data = output.read_bytes()
    assert data.endswith(b"\n")
    lines = data.splitlines()
    assert 10 <= len(lines) < 150
    assert all(json.loads(line)["title"] for line in lines)
    output.write_bytes(data + lines[0][:50])
    done = subprocess.run([*command, "--resume", "--jobs", "2"], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in output.read_bytes().splitlines()]
    assert sorted(r["path"] for r in records) == [str(folder / f"{n:03d}.html") for n in range(150)]


def test_jobs_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    outputs = []
    for jobs in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "newsparse", str(folder), "--jobs", jobs],
            capture_output=True,
            check=False,
        )
        assert done.returncode == 1
        assert b"3 parsed, 1 failed" in done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") == 3


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(300):
        (folder / f"{number:03d}.txt").write_bytes(SEED.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "newsparse", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait() == 141
    assert json.loads(first)["authors"] == ["Binsar"]
    assert err == b""


@pytest.mark.parametrize(("flag", "shown"), [("--progress", True), ("--no-progress", False)])
def test_progress_is_drawn_on_stderr_only_when_asked_off_a_terminal(
    flag: str, shown: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run([str(SEED), str(SEED), flag])
    assert code == 0
    assert len(out.splitlines()) == 2
    err = capsys.readouterr().err
    assert ("[####################] 2/2 100%" in err) is shown
    assert "2 parsed, 0 failed" in err
    code, _ = run([str(SEED), str(SEED)])  # stderr here is not a terminal: no bar
    assert "[" not in capsys.readouterr().err


def test_help_documents_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    for status in ("0 ", "1 ", "2 ", "130", "141"):
        assert f"\n  {status}" in text


def test_schema_option_prints_the_shipped_schema() -> None:
    code, out = run(["--schema"])
    assert code == 0
    assert json.loads(out) == load_schema()


def test_no_input_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--jobs", "2"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--jobs", "-1", str(SEED)])
    assert exc.value.code == 2


def test_stdin_is_one_input_among_several(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()))
    monkeypatch.setattr("sys.stdin", fake)
    code, out = run(["-", str(SEED)])
    assert code == 0
    records = _records(out)
    assert [r["path"] for r in records] == ["-", str(SEED)]
    assert records[0]["title"] == records[1]["title"]


def test_an_unreadable_manifest_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--manifest", str(tmp_path / "missing.jsonl")])
    assert exc.value.code == 2
    assert "cannot read the manifest" in capsys.readouterr().err


def test_an_output_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main([str(SEED), str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")])
    assert exc.value.code == 2
    assert "cannot write" in capsys.readouterr().err
    folder = _corpus(tmp_path / "in")
    code, _ = run([str(folder), "--output-dir", str(tmp_path), "--include", "*.gz"])
    assert code == 0
    # A file where the output's subfolder must go: the write fails, the run stops with a message.
    (tmp_path / "b").rename(tmp_path / "b-moved")
    (tmp_path / "b").write_text("not a folder")
    code, _ = run([str(folder), "--output-dir", str(tmp_path), "--include", "*.gz"])
    assert code == 1
    assert "cannot write the output, stopping" in capsys.readouterr().err


def test_a_tree_of_folders_thousands_deep_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # os.walk recursed (before Python 3.12): 1,500 nested folders raised RecursionError (robust28).
    folders = [tmp_path / "d"]
    for _ in range(1499):  # (one at a time: mkdir(parents=True) recurses too)
        folders.append(folders[-1] / "d")
    try:
        for folder in folders:
            folder.mkdir()
        (folders[-1] / "seed.txt").write_bytes(SEED.read_bytes())
        (tmp_path / "top.txt").write_bytes(SEED.read_bytes())
        code, out = run([str(tmp_path)])
        assert code == 0
        paths = [r["path"] for r in _records(out)]
        assert paths == [str(folders[-1] / "seed.txt"), str(tmp_path / "top.txt")]
        assert "newsparse: 2 parsed, 0 failed" in capsys.readouterr().err
    finally:
        # (removed from the bottom up: shutil.rmtree, as pytest clears its old folders with,
        # recurses as well, and would fail on this tree in later sessions)
        (folders[-1] / "seed.txt").unlink(missing_ok=True)
        for folder in reversed(folders):
            if folder.exists():
                folder.rmdir()


def test_a_folder_that_cannot_be_listed_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # os.walk skipped such a folder without a word: its files were lost, exit status 0 (robust28).
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b" / "inner").mkdir()
    (tmp_path / "b" / "inner" / "seed.txt").write_bytes(SEED.read_bytes())
    scandir = os.scandir

    def refused(path: Any) -> Any:
        if Path(path).name == "b":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refused)
    code, out = run([str(tmp_path)])
    assert code == 1
    assert [r["path"] for r in _records(out)] == [
        str(tmp_path / "a" / "seed.txt"),
        str(tmp_path / "c" / "seed.txt"),
    ]
    err = capsys.readouterr().err
    assert f"newsparse: {tmp_path / 'b'}: cannot list the folder: Permission denied" in err
    assert "2 parsed, 1 failed (folder not listed: 1)" in err


def test_links_to_folders_are_not_followed_links_to_files_are(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "again").symlink_to(tmp_path / "real")
    (tmp_path / "linked.txt").symlink_to(tmp_path / "real" / "seed.txt")
    code, out = run([str(tmp_path)])
    assert code == 0
    assert [r["path"] for r in _records(out)] == [
        str(tmp_path / "linked.txt"),
        str(tmp_path / "real" / "seed.txt"),
    ]


def test_a_link_to_a_folder_outside_the_tree_is_reported_not_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was skipped without a word, its files lost to the run (fuzz49's lead).
    tree, outside = tmp_path / "tree", tmp_path / "outside"
    (tree / "real").mkdir(parents=True)
    outside.mkdir()
    (tree / "real" / "seed.txt").write_bytes(SEED.read_bytes())
    (outside / "other.txt").write_bytes(SEED.read_bytes())
    (tree / "loop").symlink_to(tree)  # (into the tree: its files are read under their own path)
    (tree / "away").symlink_to(outside)
    code, out = run([str(tree)])
    assert code == 1
    assert [r["path"] for r in _records(out)] == [str(tree / "real" / "seed.txt")]
    err = capsys.readouterr().err
    assert f"newsparse: {tree / 'away'}: a link to a folder outside the folder being read" in err
    assert "name the folder itself to read it" in err
    assert "1 parsed, 1 failed (folder link: 1)" in err
    code, out = run([str(tree), str(tree / "away")])  # (named, it is read)
    assert [r["path"] for r in _records(out)][-1] == str(tree / "away" / "other.txt")


@pytest.mark.parametrize("resume", [False, True])
def test_an_output_file_that_is_also_an_input_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, resume: bool
) -> None:
    # Opening the output emptied that input before it was read: the page was lost, and reported
    # as an empty input (robust28).
    page = tmp_path / "page.html"
    page.write_bytes(HTML.read_bytes())
    other = tmp_path / "other.txt"
    other.write_bytes(SEED.read_bytes())
    link = tmp_path / "link.html"
    link.symlink_to(page)
    extra = ["--resume", "-f", "jsonl"] if resume else []
    for inputs in ([str(other), str(page)], [str(tmp_path)], [str(link)]):
        with pytest.raises(SystemExit) as exc:
            main([*inputs, "-o", str(page), *extra])
        assert exc.value.code == 2
        assert page.read_bytes() == HTML.read_bytes()
    with page.open("rb") as stdin:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stdin))
        with pytest.raises(SystemExit) as exc:
            main(["-", "-o", str(page), *extra])
    assert exc.value.code == 2
    assert page.read_bytes() == HTML.read_bytes()
    assert main([str(other), "-o", str(tmp_path / "out.json")]) == 0
    assert main([str(other), "-o", str(tmp_path / "out.json")]) == 0  # (written over)


def test_an_output_folder_inside_the_input_folder_is_not_read_on_a_rerun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A rerun parsed the outputs of the run before as inputs (robust28's lead), writing
    # parsed/parsed/a.html.json.json beside them, one level deeper each run.
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_bytes(HTML.read_bytes())
    (pages / "seed.txt").write_bytes(SEED.read_bytes())
    out_dir = pages / "parsed"
    for _ in range(2):
        code, out = run([str(pages), "--output-dir", str(out_dir)])
        assert (code, out) == (0, "")
    written = sorted(p.relative_to(pages).as_posix() for p in pages.rglob("*"))
    assert written == ["a.html", "parsed", "parsed/a.html.json", "parsed/seed.txt.json", "seed.txt"]
    err = capsys.readouterr().err
    assert err.count("(the --output-dir) is inside the input folder") == 1
    assert err.count("2 parsed, 0 failed") == 2
    # Reached by another spelling of its path, it is the same folder.
    code, _ = run([str(pages), "--output-dir", str(tmp_path / "pages" / "." / "parsed")])
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.html.json", "seed.txt.json"]


def test_an_output_folder_that_is_the_input_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_bytes(HTML.read_bytes())
    with pytest.raises(SystemExit) as exc:
        main([str(pages), "--output-dir", str(tmp_path / "pages" / ".")])
    assert exc.value.code == 2
    assert "is the input folder" in capsys.readouterr().err
    assert [p.name for p in pages.iterdir()] == ["a.html"]


def test_an_empty_input_name_is_a_file_that_cannot_be_read_not_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # An empty argument (an unset variable: `newsparse "$PAGE"`) was Path(""), that is ".": the
    # whole working folder was parsed (robust30).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "other.txt").write_bytes(SEED.read_bytes())
    code, out = run(["", str(SEED), "-q"])
    assert code == 1
    assert [record["path"] for record in _records(out)] == [str(SEED)]
    assert "newsparse: : cannot read '': No such file or directory" in capsys.readouterr().err
    code, out = run([""])
    assert (code, out) == (1, "")


def test_an_empty_output_folder_name_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # --output-dir "" was taken for no --output-dir: the outputs went to stdout unasked.
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with pytest.raises(SystemExit) as exc:
        main([str(SEED), "--output-dir", ""], stdout=out)
    assert (exc.value.code, out.getvalue()) == (2, "")
    assert "--output-dir needs a folder's name" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero and /dev/urandom")
@pytest.mark.parametrize(
    ("device", "reason"),
    [
        ("/dev/zero", "line 1 is over 1,000,000 characters long: not a manifest"),
        ("/dev/urandom", "none of its first 1,000 lines names an input: not a manifest"),
    ],
)
def test_an_endless_manifest_is_refused_with_a_usage_error(
    capsys: pytest.CaptureFixture[str], device: str, reason: str
) -> None:
    # It was read without end: one line of NULs growing in memory, or endless bad lines.
    with pytest.raises(SystemExit) as stopped:
        run(["--manifest", device])
    assert stopped.value.code == 2
    assert f"cannot read the manifest: {device}: {reason}" in capsys.readouterr().err


def test_a_manifest_of_bad_lines_only_fails_line_by_line_up_to_the_bound(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus_module, "MAX_BAD_OPENING", 3)
    good = json.dumps({"path": str(SEED)})
    manifest = tmp_path / "manifest.jsonl"
    # Two bad lines, then a good one: the bad ones are told in their place, then the rest read
    # (bad lines after a good one are not counted against the bound).
    manifest.write_text(f"x\n\ny\n{good}\nz\nz\nz\nz\n{good}\n")
    code, out = run(["--manifest", str(manifest)])
    assert code == 1
    assert [r["path"] for r in _records(out)] == [str(SEED), str(SEED)]
    err = capsys.readouterr().err
    assert err.index(f"{manifest}:1: not a JSON line") < err.index(f"{manifest}:3: not a JSON")
    assert "2 parsed, 6 failed (bad manifest line: 6)" in err
    # Three bad lines with no good one before them: no manifest.
    manifest.write_text(f"x\ny\nz\n{good}\n")
    with pytest.raises(SystemExit) as stopped:
        run(["--manifest", str(manifest)])
    assert stopped.value.code == 2
    assert "none of its first 3 lines names an input: not a manifest" in capsys.readouterr().err
    # A manifest line over the bound (here 50 characters) refuses the manifest.
    monkeypatch.setattr(corpus_module, "MANIFEST_LINE_CHARS", 50)
    manifest.write_text(json.dumps({"path": "a" * 60}) + "\n")
    with pytest.raises(SystemExit):
        run(["--manifest", str(manifest)])
    assert "line 1 is over 50 characters long: not a manifest" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["file", "below a file", "device", "name not UTF-8"])
def test_an_output_folder_that_is_no_folder_is_a_usage_error_before_any_parse(
    tmp_path: Path,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A file (or /dev/null) given as --output-dir was found when the first output was written:
    # that input was parsed, then the run stopped ("cannot write the output ... File exists").
    blocker = tmp_path / ("out\udcff" if kind == "name not UTF-8" else "out")
    blocker.write_text("kept\n")
    folder = {"file": blocker, "below a file": blocker / "sub", "name not UTF-8": blocker}.get(
        kind, Path(os.devnull)
    )
    parsed: list[object] = []
    monkeypatch.setattr(corpus_module, "work", parsed.append)
    out = io.StringIO()
    with pytest.raises(SystemExit) as exc:
        main([str(SEED), str(HTML), "--output-dir", str(folder)], stdout=out)
    assert (exc.value.code, out.getvalue(), parsed) == (2, "", [])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    shown = str(folder).encode("utf-8", "backslashreplace").decode("utf-8")
    if kind == "below a file":
        assert (
            f"--output-dir {shown} cannot be created: {blocker} in its path is not a folder" in err
        )
    else:
        assert f"--output-dir {shown} is not a folder" in err
    assert blocker.read_text() == "kept\n"


def test_an_output_file_holds_this_runs_articles_only_even_when_none_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (-o FILE is this run's output: a run whose inputs all fail leaves it empty, never holding
    # the run before's articles as if they were this run's.)
    monkeypatch.chdir(tmp_path)
    Path("old.jsonl").write_text('{"title": "the run before"}\n')
    assert run(["missing.txt", "-q", "-o", "old.jsonl"]) == (1, "")
    assert Path("old.jsonl").read_text() == ""


@pytest.mark.parametrize("name", ["", "new/", "missing/out.jsonl"])
def test_an_output_file_that_cannot_be_created_is_still_a_usage_error_before_any_parse(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (-o FILE is opened before any input is parsed: a FILE that cannot be is told first.)
    monkeypatch.chdir(tmp_path)
    parsed: list[object] = []
    monkeypatch.setattr(corpus_module, "work", parsed.append)
    with pytest.raises(SystemExit) as exc:
        main([str(SEED), "-o", name])
    assert (exc.value.code, parsed, list(tmp_path.iterdir())) == (2, [], [])
