"""newsparse.warc and ``newsparse --warc``, on a small WARC file written with warcio."""

import base64
import gzip
import io
import json
import random
import re
import subprocess
import sys
from collections import Counter
from importlib import import_module, metadata
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("warcio")

from warcio import bufferedreaders
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsparse.errors
from newsparse import Article, DecodeError, EmptyInputError, SourceReadError, warc
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
        list(html_records(path))
    # parse_warc gives it in the record's place (fuzz46), as one bad record among the others
    (only,) = parse_warc(path)
    assert only.uri is None
    assert isinstance(only.result, SourceReadError)
    assert "malformed record" in str(only.result)


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
    results = list(parse_warc(path))
    assert isinstance(results[2].result, SourceReadError)
    assert "corrupt there" in str(results[2].result)
    # (the records before the cut are given first, and since fuzz46 the records after it)
    del results[2]
    assert [item.uri for item in results] == [f"https://example.com/{i}" for i in (0, 1, 3, 4)]
    assert [page.uri for page in _pages_before_error(path)] == [item.uri for item in results]


def _pages_before_error(path: Path) -> list[WarcPage]:
    pages: list[WarcPage] = []
    with pytest.raises(SourceReadError):
        pages.extend(html_records(path))
    return pages


# --- fuzz46: a corrupt record is that record's error, and the records after it are read --------


def _story_warc(*, gz: bool, broken: int | None = None, how: str = "") -> bytes:
    """Five plain records (each its own gzip member when ``gz``), record ``broken`` broken."""
    records = [_plain_record(i) for i in range(5)]
    if broken is not None:
        record = records[broken]
        if how == "first line":
            record = record.replace(b"WARC/1.0", b"WXRC/1.0")
        elif how.startswith("length"):
            stated = int(record.split(b"Content-Length: ")[1].split(b"\r\n")[0])
            wrong = str(stated + int(how.split()[1])).encode()
            record = record.replace(b"Content-Length: %d" % stated, b"Content-Length: " + wrong)
        records[broken] = record
    if gz:
        members = [gzip.compress(record) for record in records]
        if broken is not None and how == "deflate":
            member = bytearray(members[broken])
            member[30:60] = b"\xff" * 30
            members[broken] = bytes(member)
        return b"".join(members)
    return b"".join(records)


def _read_all(path: Path) -> tuple[list[str | None], list[SourceReadError]]:
    """The address of each record parse_warc gives as an article, and its faults."""
    uris: list[str | None] = []
    faults: list[SourceReadError] = []
    for item in parse_warc(path):
        if isinstance(item.result, SourceReadError):
            assert item.uri is None
            faults.append(item.result)
            uris.append(None)
        else:
            assert isinstance(item.result, Article)
            assert item.uri is not None
            assert item.result.title == f"Story {item.uri[-1]}"
            assert item.result.text.endswith("ships queued for hours.")
            uris.append(item.uri)
    return uris, faults


@pytest.mark.parametrize(("gz", "how"), [(False, "first line"), (True, "deflate")])
def test_the_records_after_a_corrupt_record_are_read(
    tmp_path: Path, gz: bool, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reading stopped at the first corrupt record (warcio cannot find the next one): the records
    # after it were lost. Now reading goes on at the next record start.
    path = tmp_path / ("broken.warc.gz" if gz else "broken.warc")
    path.write_bytes(_story_warc(gz=gz, broken=2, how=how))
    start = len(_story_warc(gz=gz)[:0]) + sum(
        len(gzip.compress(_plain_record(i)) if gz else _plain_record(i)) for i in range(2)
    )
    uris, faults = _read_all(path)
    expected = [f"https://example.com/{i}" for i in (0, 1)]
    assert uris == [*expected, None, "https://example.com/3", "https://example.com/4"]
    (fault,) = faults
    assert f"at byte {start:,}" in str(fault)
    # html_records gives every page, then raises; or hands the fault over when asked to
    pages: list[WarcPage] = []
    with pytest.raises(SourceReadError, match=f"at byte {start:,}"):
        pages.extend(html_records(path))
    assert len(pages) == 4
    told: list[SourceReadError] = []
    assert len(list(html_records(path, faults=told))) == 4
    assert len(told) == 1
    # the command line: four records, the fault told, a non-zero status
    out = io.StringIO()
    capsys.readouterr()
    assert main(["--warc", str(path)], stdout=out) == 1
    assert len(out.getvalue().splitlines()) == 4
    err = capsys.readouterr().err
    assert f"at byte {start:,}" in err
    assert "4 parsed, 1 failed" in err


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("delta", [-1, -4, -7, 30])
def test_a_record_whose_content_length_is_wrong_is_told(
    tmp_path: Path, gz: bool, delta: int, capsys: pytest.CaptureFixture[str]
) -> None:
    # A plain record whose Content-Length was a few bytes short gave its page without its last
    # bytes, warcio's warning on stderr the only sign; one too long swallowed the next record.
    path = tmp_path / ("wrong.warc.gz" if gz else "wrong.warc")
    path.write_bytes(_story_warc(gz=gz, broken=2, how=f"length {delta}"))
    capsys.readouterr()
    uris, faults = _read_all(path)
    assert uris == [f"https://example.com/{i}" if i != 2 else None for i in range(5)]
    (fault,) = faults
    assert "Content-Length" in str(fault)
    assert capsys.readouterr().err == ""  # (warcio's warning is not printed)


def test_resync_reads_the_file_a_bounded_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made-up record starts whose Content-Length runs to the end of the file: each is a fault
    # found without reading its body, so the file is read a few times at most, not once a start.
    fake = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: %d\r\n\r\n"
    parts = [_plain_record(0)]
    parts += [fake % (40_100 * (90 - i)) + b"x" * 40_000 for i in range(90)]
    path = tmp_path / "fakes.warc"
    path.write_bytes(b"".join(parts))
    read = [0]

    class Counted(io.FileIO):
        def read(self, size: int | None = -1) -> bytes:
            data = super().read(size)
            read[0] += len(data)
            return data

        def readinto(self, buffer: Any) -> int:
            count = super().readinto(buffer)
            read[0] += count or 0
            return count

    monkeypatch.setattr(warc, "open_input", lambda path: io.BufferedReader(Counted(path)))
    faults: list[SourceReadError] = []
    assert len(list(html_records(path, faults=faults))) == 1
    assert len(faults) == 90
    assert read[0] < 10 * path.stat().st_size  # (read to the end from each: 45 times)


@pytest.mark.parametrize(
    "junk",
    [
        b"WARC/1.0\r\n" * 20_000,  # (warcio reads header lines to a blank one: to the end)
        (b"WARC/1.0\r\n" + b"A: WARC/1.0\r\n" * 4_900 + b"\r\n") * 30,
    ],
)
def test_a_file_of_made_up_record_starts_is_given_up_after_a_bound(
    tmp_path: Path, junk: bytes
) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(_plain_record(0) + junk + _plain_record(1))
    faults: list[SourceReadError] = []
    assert len(list(html_records(path, faults=faults))) == 1
    assert len(faults) == warc.MAX_FAULTS
    assert "the 100th corrupt record, so the rest of the file is not read" in str(faults[-1])


# A .warc.gz broken by fuzz.warc (seed 46003): the gzip member of its second record runs on to the
# end of the file. warcio's count of where the next record starts fell behind the record it had
# given, and reading went on from that record again, a hundred times (before the bound).
_RUN_ON_MEMBER = base64.b64decode(
    "H4sIAAAAAAACA11RXZOaQBB8t8r/sD8gK18LZziOKsWywt2JBjkv+rbCCFSQ3SxD1fnvb4maVPI2O9M9Pd37Pksjw5qY"
    "49G7rmh2keATBZ0UbQe3Zgq5UAWNFz4JetX6fV8XvmnmOfM8hz54x4IyM2d0yhygjn0EzzoVzMrN8L6VqxKQvqWxTypE"
    "6RsGfPCzbGAiVGncxRcctbht2h61bGo+ZObUd5nP7MMNsOGXRvCCLuoSOvRJV3HLT9YrdxZtD5HDlulL8iOKvWcWe/OV"
    "l+yiXZLeuPNG5D//ZW6jOGJsaW/czeYt2y9my/3rfH3YuXv3e+LFz+NRJFqEFm+xcCmbOudYi9YYbDySc1eiHj39DezO"
    "eIW2xEq7cb6OR+PRtyzb6Jgt7c4k65f/NyN8oF55bh5JXnHVAT71eKLTgRoM/TCogBdhgDU2EG5RqHNgXB+BcR0dRXEJ"
    "A66wzoduZd1hugpkmFVApFCoP1dIaKEgoiUr0Rb8QvgJQRHUiG6gfCG8LXREtezIrx56jT0JRSrRq46gIPpuUJPAkFr7"
    "j55x1f/tIhzu/gTTAKFcWgIAAB+LCAAAAAAAAgNdUdFu4jAQfEfiH/wBZxKHEFo3jVSCqgIl9EIoiDcTmyS6EPvsjQR/"
    "f84BV/Xe1rszOzvj7UsaO2Tg9ntbW+HsogRFWhglGyNuzVTkUnM8m1IUtrqhbVtxevAIZ2TMMeN8jH1GPHxw/UdM3Nw/"
    "euMheTw+RPetTBcC8CadUVQCKOo44sxOqhYDqQuH3GBTBlbcc70A223uOHMf6Minvre/AT7YpZaM42lVCAMUmZIRmqyW"
    "o5d4vY+H/mu6SHbxLJj7s2CyDJLP+DNJb9xJLfNf35nz/XCx2kwCfx0kq2Q3eR1td5upl8RZ/HP+Fm/7vVg2IBq4xcKU"
    "qqucQSUbp7PxhE6mADt6/grszngXTQGldeNbd/3eW5Z92JiJdeei1eL/zSDOYFee6ieUl0wbAc9nfJBFazpy2E2isBSM"
    "RyFUUItoDVKfQuf6CJ3r6CD5JQqZhirvuiW5w2wVqigrBVJSg/1eqUQjOJINWsqGswtiRxAagUWYjvIDsYbbkCpl0O9W"
    "tBZ7lBqVstUGgUT2cqEHoaOs9j8956r/10fU3f0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+SIzwBcAgAA"
    "H4sIAAAAAAACA11R23KbMBB994z/QR9QmYsxYEKYcXBT48Q4xTTO5E2G5TLFSBXLTPz3ETVup31b7Z6zZ8/RcZWEmjHT"
    "p5Ojqmh6EeARCZ3gbQdjM4GMy5xGa4/4vWy9vq9zr7CYuWTZic6dYkEt13XpUnd1amQOnPR8CSeLBbetTJaA9EcSeaRC"
    "FJ6mwQc7iwZmXJaaOcLWDJW4qZs2NUyqO6nuegvLs8z3EfDCLg1nOV3XJXToka5ihhfvd4tVeHgP59Zj8hS/hZG9tSL7"
    "YWfHr+FrnIzch4ZnP/9lvs236SZ5th/Tb8doE4Xf493268HZhOncsVeL/XQS8hahxTEWJkRTZwxr3mqDjTty7kpUo/u/"
    "gd0Yz9CWWCk3lop2Otmk6YuK2VDudLJ/+n8zwgeqlefmjmQVkx3gfY8FNeyB6w+DwK+A5YGPNTYQHJDLs69dH752HZ14"
    "fgl8JrHOhm5l3GCq8kWQVkAEl6h+lwtoISe8JTve5uxCWIEgCSpEN1C+ENbmKqNadORXD73CFlySiveyI8iJOhzkzNeE"
    "0v6jp131f9sIhrs/AT6dPvBbAgAAH4sIAAAAAAACA11R227iMBB9R+If/AFrciWUNI1Eg7qbUgKlAVZ9M8nkog2215lI"
    "5e/rLGGr3bfxzDlz5hwfF7vIsCbmeHTUFU0vEnyioJWCtzA0d5AJldN46ZOgU9zvujr3iykU2dwtKFjzOXWzwqKnwvSo"
    "62ZTh3mnO1Y44W0rUyUg3e9in1SI0jcM+GBn2cBEqNJwBtiSoRa3Tdujlk3NWWre+VPXd+33AbBll0awnC7rElr0SVsx"
    "y0826+kienuPHPdpt0p+RrH37Mbe49pLDtEh2Q3cx0Zkv/5lPq2SWfz8uk/saP+yWR5WRzvdLmb20UkW8fftejyKBEfg"
    "OMTCpGzqjGEtuNHbuCfntkQ9evgK7MZ4AV5ipd24Otrx6EeabnXMlnZnks3q/80IH6hXnpt7klVMtYAPJ9aC5/bcoB+E"
    "QQUsDwOssYHwDYU6B8b1ERjX0UnklzBgCuus71bWDaarQIZpBUQKhfp3hQQOORGcrAXP2YWwAkER1Ii2p3wjjOc6o1q2"
    "5HcHncYWQpFKdKolKIg+HNQkMKTW/qtnXPX/2Aj7uz8BPDZipVsCAAA="
)


def test_a_gzip_member_running_on_gives_each_record_once(tmp_path: Path) -> None:
    path = tmp_path / "run-on.warc.gz"
    path.write_bytes(_RUN_ON_MEMBER)
    faults: list[SourceReadError] = []
    pages = list(html_records(path, faults=faults))
    assert [page.uri for page in pages] == [f"http://example.org/{i}" for i in range(4)]
    assert len(faults) == 1


# --- fuzz47: warcio writes nothing on stderr, and a broken compressed body is told ---------------


def _gzip_body_warc(body: bytes, *, chunked: bool = False) -> bytes:
    """A plain WARC: record 0, a response whose body is ``body`` (gzip coded), record 2."""
    headers = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
    if chunked:
        body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
        headers.append(("Transfer-Encoding", "chunked"))
    buffer = io.BytesIO()
    _response(WARCWriter(buffer, gzip=False), "https://example.com/1", body, headers)
    return _plain_record(0) + buffer.getvalue() + _plain_record(2)


def _long_page() -> bytes:
    # Hex of random bytes hardly compresses: the gzip stream runs over warcio's first block.
    words = random.Random(47).randbytes(30_000).hex()
    return f"<html><head><title>Story 1</title></head><body><p>{words}</p></body></html>".encode()


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("damage", ["flipped", "cut"])
def test_a_corrupt_compressed_body_is_told_not_given_garbled(
    tmp_path: Path, chunked: bool, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A response whose gzip body broke after warcio's first block was given garbled or cut short
    # as a good page, warcio's "Error -3 while decompressing data" on stderr the only sign; one
    # cut inside its gzip stream was given cut short without a word.
    body = bytearray(gzip.compress(_long_page()))
    if damage == "flipped":
        body[len(body) // 2 : len(body) // 2 + 64] = b"\xff" * 64
    else:
        del body[len(body) * 2 // 3 :]
    path = tmp_path / "body.warc"
    path.write_bytes(_gzip_body_warc(bytes(body), chunked=chunked))
    capsys.readouterr()
    results = list(parse_warc(path))
    assert capsys.readouterr().err == ""
    assert [item.uri for item in results[::2]] == ["https://example.com/0", "https://example.com/2"]
    # A record fault; or, when warcio met the damage in its first block (one chunk), the
    # body as it came, which newsparse unpacks itself and refuses as corrupt gzip.
    error = results[1].result
    assert isinstance(error, SourceReadError | DecodeError)
    assert "compressed stream" in str(error) or "gzip-compressed but corrupt" in str(error)
    # the same body whole is read whole
    path.write_bytes(_gzip_body_warc(gzip.compress(_long_page()), chunked=chunked))
    (_, page, _) = list(parse_warc(path))
    assert isinstance(page.result, Article)
    assert page.result.text == _long_page().decode().split("<p>")[1].split("</p>")[0]


def test_a_corrupt_gzip_member_past_its_first_block_writes_nothing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # warcio wrote the zlib error of a .warc.gz member broken past its first block on stderr.
    page = _long_page()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    record = _plain_record(1)
    record = record[: record.index(b"Content-Length: ")] + b"Content-Length: %d\r\n\r\n" % len(http)
    member = bytearray(gzip.compress(record + http + b"\r\n\r\n"))
    member[len(member) // 2 : len(member) // 2 + 64] = b"\xff" * 64
    path = tmp_path / "member.warc.gz"
    path.write_bytes(
        gzip.compress(_plain_record(0)) + bytes(member) + gzip.compress(_plain_record(2))
    )
    capsys.readouterr()
    results = list(parse_warc(path))
    assert capsys.readouterr().err == ""
    assert [item.uri for item in results] == [
        "https://example.com/0",
        None,
        "https://example.com/2",
    ]


def test_an_address_with_spaces_writes_nothing_on_stderr(tmp_path: Path) -> None:
    # warcio logs a warning when it percent-encodes the spaces of a WARC-Target-URI; with no
    # logging set up, Python printed it on stderr (a library's output in the caller's stream).
    # Run in a child process: pytest sets up logging, which would catch it.
    buffer = io.BytesIO()
    _response(
        WARCWriter(buffer, gzip=False),
        "https://example.com/a b",
        ENGLISH.encode(),
        [("Content-Type", "text/html")],
    )
    path = tmp_path / "spaces.warc"
    path.write_bytes(buffer.getvalue())
    code = (
        "import sys\nfrom newsparse.warc import parse_warc\n"
        "print([item.uri for item in parse_warc(sys.argv[1])])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['https://example.com/a%20b']"
    assert done.stderr == ""


def test_a_warc_line_in_a_page_does_not_cut_its_record(tmp_path: Path) -> None:
    # fuzz47 check of fuzz46's resync: a page that quotes a WARC record (a line "WARC/1.0") is
    # read whole, and the records around it too; reading looks for a record start only after
    # a fault. (Passes on e1f2508 as well: a guard.)
    quoted = b"<pre>\r\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n</pre>"
    records = [_plain_record(i) for i in range(3)]
    head, http = records[1].split(b"\r\n\r\n", 1)
    http = http[:-4].replace(b"</article>", quoted + b"</article>")
    head = re.sub(rb"Content-Length: \d+", b"Content-Length: %d" % len(http), head)
    records[1] = head + b"\r\n\r\n" + http + b"\r\n\r\n"
    for gz in (False, True):
        path = tmp_path / ("quoted.warc.gz" if gz else "quoted.warc")
        path.write_bytes(b"".join(gzip.compress(r) if gz else r for r in records))
        results = list(parse_warc(path))
        assert [item.uri for item in results] == [f"https://example.com/{i}" for i in range(3)]
        page = results[1].result
        assert isinstance(page, Article)
        assert "WARC-Type: response" in page.text


@pytest.mark.parametrize(("gz", "how"), [(False, "first line"), (True, "deflate")])
def test_a_corrupt_first_record_does_not_lose_the_file(tmp_path: Path, gz: bool, how: str) -> None:
    # fuzz47: a WARC file whose first record was garbled at its start (its first line, its gzip
    # member) was refused whole as "not a WARC file": the records after it were lost. It is that
    # record's error now, and the others are read, as after any corrupt record.
    path = tmp_path / ("first.warc.gz" if gz else "first.warc")
    path.write_bytes(_story_warc(gz=gz, broken=0, how=how))
    uris, faults = _read_all(path)
    assert uris == [None, *(f"https://example.com/{i}" for i in range(1, 5))]
    (fault,) = faults
    assert "as a WARC file" in str(fault)
    assert "read on from the first record start found" in str(fault)
    # A file of another kind is still refused whole, and not read to its end for a record start.
    path.write_bytes(b"<html><body>A page quoting WARC/1.0</body></html>\n" * 50)
    with pytest.raises(SourceReadError, match="does not start with a WARC record"):
        list(parse_warc(path))


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("size", ["small", "long"])
def test_a_gzip_body_of_two_members_is_read_whole(tmp_path: Path, chunked: bool, size: str) -> None:
    # fuzz48: RFC 1952 lets a gzip stream hold members one after another (a server compressing
    # a page in pieces sends it so); the body was read to the end of its first member, the rest
    # of the page lost without a word.
    page = _long_page() if size == "long" else ENGLISH.encode()
    cut = page.index(b"<body>") + len(b"<body>")
    body = gzip.compress(page[:cut]) + gzip.compress(page[cut:])
    path = tmp_path / "members.warc"
    path.write_bytes(_gzip_body_warc(body, chunked=chunked))
    (_, item, _) = list(parse_warc(path))
    assert isinstance(item.result, Article)
    whole = _gzip_body_warc(gzip.compress(page), chunked=chunked)
    path.write_bytes(whole)
    (_, once, _) = list(parse_warc(path))
    assert isinstance(once.result, Article)
    assert item.result.text == once.result.text
    assert item.result.title == once.result.title
    # padding after the last member (NULs, as some servers send) ends the body as before
    path.write_bytes(_gzip_body_warc(body + b"\0" * 8, chunked=chunked))
    (_, padded, _) = list(parse_warc(path))
    assert isinstance(padded.result, Article)
    assert padded.result.text == once.result.text


@pytest.mark.parametrize(
    ("owner", "name"),
    [
        ("warcio.bufferedreaders.BufferedReader", "_decompress"),
        ("warcio.bufferedreaders.BufferedReader", "get_supported_decompressors"),
        ("warcio.recordloader.ArcWarcRecordLoader", "_ensure_target_uri_format"),
    ],
)
def test_a_warcio_without_the_names_the_readers_use_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, owner: str, name: str
) -> None:
    # fuzz48: the strict readers subclass warcio's own, by names warcio keeps to itself; a warcio
    # that renamed one would make every record a fault (an AttributeError inside the reading).
    module, cls = owner.rsplit(".", 1)
    monkeypatch.delattr(getattr(import_module(module), cls), name)
    path = tmp_path / "pages.warc.gz"
    write_warc(path)
    with pytest.raises(newsparse.errors.DependencyError, match=metadata.version("warcio")) as info:
        list(parse_warc(path))
    assert isinstance(info.value, ImportError)
    assert name in str(info.value)
    with pytest.raises(SystemExit) as exit_info:
        main(["--warc", str(path)])
    assert exit_info.value.code == 2


def test_a_warcio_whose_readers_lack_an_attribute_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = bufferedreaders.BufferedReader._init_decomp

    def without_count(self: Any, decomp_type: Any) -> None:
        original(self, decomp_type)
        del self.num_block_read

    monkeypatch.setattr(bufferedreaders.BufferedReader, "_init_decomp", without_count)
    path = tmp_path / "pages.warc.gz"
    write_warc(path)
    with pytest.raises(newsparse.errors.DependencyError, match="num_block_read"):
        list(parse_warc(path))
