"""newsparse.warc and ``newsparse --warc``, on a small WARC file written with warcio."""

import gzip
import io
import json
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsparse import Article, EmptyInputError, SourceReadError
from newsparse.cli import main
from newsparse.warc import WarcPage, html_records, parse_warc

RUSSIAN = "<html><body><h1>Привет мир</h1><p>Это первый абзац статьи о мире и о новостях.</p></body></html>"
ENGLISH = (
    "<html><head><title>Rain in Jakarta</title></head><body><article><h1>Rain in Jakarta</h1>"
    "<p>Heavy rain fell over the capital on Monday, flooding several districts.</p>"
    "</article></body></html>"
)


def _response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    headers: list[tuple[str, str]],
    status: str = "200 OK",
) -> None:
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    # With a length given, warcio does not spool the body to a temporary file it leaves open.
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
    )
    writer.write_record(record)


def write_warc(path: Path) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        _response(
            writer,
            "https://example.com/ru",
            RUSSIAN.encode("koi8-r"),
            [("Content-Type", "text/html; charset=KOI8-R")],
        )
        request = writer.create_warc_record(
            "https://example.com/en",
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders("GET /en HTTP/1.1", [], is_http_request=True),
        )
        writer.write_record(request)
        _response(
            writer,
            "https://example.com/en",
            gzip.compress(ENGLISH.encode()),
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        )
        _response(
            writer,
            "https://example.com/gone",
            b"<html>gone</html>",
            [("Content-Type", "text/html")],
            "404 Not Found",
        )
        _response(
            writer, "https://example.com/a.png", b"\x89PNG....", [("Content-Type", "image/png")]
        )
        _response(writer, "https://example.com/untyped", ENGLISH.encode(), [])
        _response(writer, "https://example.com/empty", b"", [("Content-Type", "text/html")])


SKIPPED = {
    "warcinfo record": 1,
    "request record": 1,
    "HTTP status 404": 1,
    "not HTML (image/png)": 1,
}


@pytest.fixture
def warc_file(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    return path


def test_html_records_take_the_uri_and_charset(warc_file: Path) -> None:
    skipped: Counter[str] = Counter()
    pages = list(html_records(warc_file, skipped=skipped))
    assert [(p.uri, p.charset) for p in pages] == [
        ("https://example.com/ru", "KOI8-R"),
        ("https://example.com/en", None),
        ("https://example.com/untyped", None),
        ("https://example.com/empty", None),
    ]
    assert pages[1].body == ENGLISH.encode()  # the HTTP Content-Encoding is undone
    assert all(p.record_id and p.record_id.startswith("<urn:uuid:") for p in pages)
    assert skipped == SKIPPED


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_warc(warc_file: Path, jobs: int) -> None:
    skipped: Counter[str] = Counter()
    results = list(parse_warc(warc_file, jobs=jobs, skipped=skipped))
    assert [r.uri for r in results] == [
        "https://example.com/ru",
        "https://example.com/en",
        "https://example.com/untyped",
        "https://example.com/empty",
    ]
    russian, english, untyped, empty = (r.result for r in results)
    assert isinstance(russian, Article)
    assert russian.title == "Привет мир"  # only right when the HTTP charset is used
    assert russian.url == "https://example.com/ru"
    assert isinstance(english, Article)
    assert english.title == "Rain in Jakarta"
    assert english.url == "https://example.com/en"
    assert isinstance(untyped, Article)
    assert isinstance(empty, EmptyInputError)
    assert skipped == SKIPPED


def test_not_a_warc_file(tmp_path: Path) -> None:
    path = tmp_path / "not.warc"
    path.write_bytes(b"<html><body>An HTML page, not a WARC file</body></html>\n" * 50)
    with pytest.raises(SourceReadError, match="as a WARC file"):
        list(parse_warc(path))


def test_the_command_line_reads_warc_files(
    warc_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    assert main(["--warc", str(warc_file)], stdout=out) == 1  # the empty record
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["url"], r["title"]) for r in records] == [
        ("https://example.com/ru", "Привет мир"),
        ("https://example.com/en", "Rain in Jakarta"),
        ("https://example.com/untyped", "Rain in Jakarta"),
    ]
    assert all(str(r["path"]).startswith(f"{warc_file}#<urn:uuid:") for r in records)
    err = capsys.readouterr().err
    assert "the input is empty" in err
    assert "3 parsed, 1 failed (EmptyInputError: 1), 4 WARC records skipped (" in err


def test_resume_of_a_warc_run_skips_the_records_already_written(
    warc_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --resume was taken and ignored with --warc: each rerun appended every record again.
    output = warc_file.parent / "out.jsonl"
    assert main(["--warc", str(warc_file), "-o", str(output), "--resume"]) == 1
    first = output.read_text().splitlines()
    assert len(first) == 3
    # A run stopped after its first record: the rerun writes only the two missing.
    output.write_text(first[0] + "\n")
    capsys.readouterr()
    assert main(["--warc", str(warc_file), "-o", str(output), "--resume"]) == 1
    again = output.read_text().splitlines()
    assert sorted(again) == sorted(first)
    assert "2 parsed, 1 failed (EmptyInputError: 1), 1 skipped (output already there)" in (
        capsys.readouterr().err
    )


# --- 11-fuzz3: malformed records are a SourceReadError, not warcio's or zlib's own exception ------


def _one_response(*, gz: bool) -> bytes:
    buffer = io.BytesIO()
    _response(
        WARCWriter(buffer, gzip=gz),
        "https://example.com/en",
        ENGLISH.encode(),
        [("Content-Type", "text/html")],
    )
    return buffer.getvalue()


def test_a_response_record_without_its_address_is_a_source_read_error(tmp_path: Path) -> None:
    # A cut or corrupted header block: warcio raised AttributeError reading the HTTP headers.
    data = _one_response(gz=False).replace(b"WARC-Target-URI:", b"X-Target-URI:")
    path = tmp_path / "no-uri.warc"
    path.write_bytes(data)
    with pytest.raises(SourceReadError, match="malformed record"):
        list(parse_warc(path))


def test_a_corrupt_compressed_warc_file_is_a_source_read_error(tmp_path: Path) -> None:
    # Deflate data with bytes flipped: zlib.error, which is not an OSError, escaped the reader.
    data = bytearray(_one_response(gz=True))
    data[20:40] = b"\xff" * 20
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(bytes(data))
    with pytest.raises(SourceReadError, match="as a WARC file"):
        list(parse_warc(path))


@pytest.mark.parametrize("gz", [True, False])
def test_a_warc_file_cut_short_says_so_after_the_records_before_the_cut(
    tmp_path: Path, gz: bool
) -> None:
    # warcio ended its iteration quietly at a record cut inside its headers or its body: the
    # records after the cut were lost without a word, and the command line exited 0.
    whole = _one_response(gz=gz)
    for fraction in (0.35, 0.5, 0.8):  # in the header blocks or in the body
        path = tmp_path / f"cut{fraction}.warc"
        path.write_bytes(whole + whole[: int(len(whole) * fraction)])
        pages: list[WarcPage] = []
        with pytest.raises(SourceReadError, match="cut short"):
            pages.extend(html_records(path))
        # The whole record before the cut is read (and the cut one too, when its headers were
        # whole: its body is all there is of it).
        assert len(pages) in {1, 2}, fraction
        assert pages[0].body == ENGLISH.encode()
    path = tmp_path / "whole.warc"
    path.write_bytes(whole + whole)
    assert len(list(html_records(path))) == 2


def test_a_corrupt_record_is_told_in_printable_characters(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(_one_response(gz=False) + b"\x1b[2J\x00junk\r\n\r\n")
    with pytest.raises(SourceReadError) as caught:
        list(html_records(path))
    assert str(caught.value).isprintable()


def _plain_record(i: int) -> bytes:
    page = (
        f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1><p>The "
        f"port reopened on Monday after storm number {i}, and ships queued for hours.</p>"
        "</article></body></html>"
    ).encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i:08d}-0000-4000-8000-"
        f"000000000000>\r\nWARC-Target-URI: https://example.com/{i}\r\nWARC-Date: "
        "2023-09-14T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _titles(path: Path) -> list[str | None]:
    titles: list[str | None] = []
    for item in parse_warc(path):
        assert isinstance(item.result, Article)
        assert item.uri is not None
        assert item.result.title == f"Story {item.uri[-1]}"  # (each page under its own address)
        titles.append(item.result.title)
    return titles


@pytest.mark.parametrize("broken", ["cut", "no length"])
def test_a_record_cut_inside_it_is_told_not_merged_with_the_next(
    tmp_path: Path, broken: str
) -> None:
    # fuzz45: in a plain WARC, a record cut inside its header block ran on into the next
    # record's headers: warcio read both as one, and the next record's page came out under the
    # cut record's address, the next record lost, without a word. A record with no
    # Content-Length (as a gzip member cut short and read on into the next members gives, its
    # headers garbled) was read to the end of the file, the records after it lost.
    records = [_plain_record(i) for i in range(5)]
    if broken == "cut":
        cut = records[2].index(b"\r\n", records[2].index(b"WARC-Target-URI")) + 2
        records[2] = records[2][:cut]
    else:
        start = records[2].index(b"Content-Length")
        records[2] = records[2][:start] + records[2][records[2].index(b"\r\n", start) + 2 :]
    path = tmp_path / "cut.warc"
    path.write_bytes(b"".join(records))
    titles: list[str | None] = []
    with pytest.raises(SourceReadError, match="corrupt there"):
        titles.extend(_titles(path))
    # (the records before the cut are given first, by parse_warc as by the iterator)
    assert [page.uri for page in _pages_before_error(path)] == [
        "https://example.com/0",
        "https://example.com/1",
    ]


def _pages_before_error(path: Path) -> list[WarcPage]:
    pages: list[WarcPage] = []
    with pytest.raises(SourceReadError):
        pages.extend(html_records(path))
    return pages
