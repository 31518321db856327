import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import Article
from newsparse.cli import main

from .conftest import SEED


def run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(args, stdout=out)
    return code, out.getvalue()


def test_one_file_prints_one_json_object() -> None:
    code, out = run([str(SEED)])
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Di Hadapan Putin, Kim Jong Un Pastikan Korea Utara Dukung Rusia"
    assert data["published"] == "2023-09-14T11:22:00"
    assert "path" not in data


def test_several_files_print_json_lines_and_a_broken_one_does_not_stop_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out = run([str(SEED), str(empty), str(missing), str(SEED)])
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records] == [str(SEED), str(SEED)]
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert str(empty) in err[0]
    assert "empty" in err[0]
    assert str(missing) in err[1]
    assert err[2].startswith(
        "newsparse: 2 parsed, 2 failed (EmptyInputError: 1, SourceReadError: 1), in "
    )


@pytest.mark.parametrize(
    ("fmt", "start"), [("text", "Di Hadapan Putin"), ("markdown", "# Di Hadapan Putin")]
)
def test_text_and_markdown_formats(fmt: str, start: str) -> None:
    code, out = run(["--format", fmt, str(SEED)])
    assert code == 0
    assert out.startswith(start)


def test_timezone_option() -> None:
    code, out = run(["--timezone", "+07:00", str(SEED)])
    assert code == 0
    assert json.loads(out)["published"] == "2023-09-14T11:22:00+07:00"


@pytest.mark.parametrize(
    ("zone", "published"),
    [
        ("WIB", "2023-09-14T11:22:00+07:00"),  # Waktu Indonesia Barat
        ("wita", "2023-09-14T11:22:00+08:00"),  # Waktu Indonesia Tengah, written in lower case
        ("MYT", "2023-09-14T11:22:00+08:00"),  # Malaysia Time
    ],
)
def test_timezone_option_takes_a_zone_abbreviation(zone: str, published: str) -> None:
    code, out = run(["--timezone", zone, str(SEED)])
    assert code == 0
    assert json.loads(out)["published"] == published


def test_unknown_timezone_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--timezone", "Nowhere Time", str(SEED)])
    assert exc.value.code == 2
    assert "'Nowhere Time'" in capsys.readouterr().err


def test_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    # A misspelt charset was ignored without a word; the run now stops before reading anything.
    with pytest.raises(SystemExit) as exc:
        main(["--encoding", "klingon", str(SEED)])
    assert exc.value.code == 2
    assert "not a text encoding" in capsys.readouterr().err


def test_an_unexpected_error_on_one_file_does_not_stop_the_batch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = newsparse.parse_file

    def flaky(path: str, **options: object) -> Article:
        if "boom" in str(path):
            raise RuntimeError("simulated bug")
        return real(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("newsparse._batch.parse_file", flaky)
    code, out = run([str(SEED), "boom.txt", str(SEED)])
    assert code == 1
    assert len(out.splitlines()) == 2
    err = capsys.readouterr().err
    assert "boom.txt: internal error" in err
    assert "RuntimeError: simulated bug" in err


def test_url_with_several_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--url", "https://example.com/a", str(SEED), str(SEED)])
    assert exc.value.code == 2
    assert "--manifest" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--format", "yaml", str(SEED)])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--timezone", "Nowhere/Land", str(SEED)])
    assert exc.value.code == 2
    assert "zone" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["--timezone", "+99:00", str(SEED)])  # (an offset dt.timezone refuses)
    assert exc.value.code == 2
    assert "not a UTC offset" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("option", "told"),
    [
        ("--records", "--records reads files, not standard input"),
        ("--warc", "--warc reads files, not standard input"),
        (None, "- (standard input) can be read once"),
    ],
)
def test_standard_input_where_it_cannot_be_read_is_told_before_any_output(
    option: str | None, told: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --records FILE - wrote FILE's articles, then ended as a usage error (exit 2); "- -" read
    # standard input twice, the second time empty (audit33).
    pytest.importorskip("warcio")
    records = tmp_path / "export.jsonl"
    records.write_text('{"title": "Harbour reopens", "text": "Ships queued for hours."}\n')
    args = [option, str(records), "-"] if option else [str(SEED), "-", "-"]
    out = io.StringIO()
    with pytest.raises(SystemExit) as exc:
        main(args, stdout=out)
    assert exc.value.code == 2
    assert out.getvalue() == ""
    assert told in capsys.readouterr().err


def test_python_dash_m_and_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["authors"] == ["Binsar"]
    version = subprocess.run(
        [sys.executable, "-m", "newsparse", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.returncode == 0
    assert version.stdout.startswith("newsparse ")
