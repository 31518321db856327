"""Is reading WARC records a cost worth choosing a reader for? ``python -m benchmarks.warc_read``.

Writes the development pages' HTML into one WARC file (gzip per record, with warcio), then times,
over the same file: reading every HTML response record's body, URI and charset with warcio (through
:func:`newsparse.warc.html_records`), the same with FastWARC when it is installed, and parsing the
bodies with newsparse. Each figure is milliseconds per record, the best of ``--repeat`` passes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.datasets import DEFAULT_DATA_DIR

__all__ = ["main"]


def write_warc(data: Path, target: Path, pages: int) -> int:
    """Write up to ``pages`` development pages as response records; return how many."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    with target.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for path in sorted(data.glob("*/**/*.html.gz"))[:pages]:
            body = gzip.decompress(path.read_bytes())
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://example.org/{count}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
            writer.write_record(record)
            count += 1
    return count


def read_warcio(path: Path) -> list[bytes]:
    from newsparse.warc import html_records

    return [page.body for page in html_records(path)]


def read_fastwarc(path: Path) -> list[bytes]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    bodies = []
    with path.open("rb") as stream:
        for record in ArchiveIterator(
            stream, record_types=WarcRecordType.response, auto_decode="all"
        ):
            _ = (record.headers.get("WARC-Target-URI"), record.http_charset)
            bodies.append(record.reader.read())
    return bodies


def best(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.warc_read", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from newsparse import parse_article

    with tempfile.TemporaryDirectory(prefix="newsparse-warc-") as temporary:
        path = Path(temporary) / "pages.warc.gz"
        count = write_warc(args.data, path, args.pages)
        print(f"{count} records, {path.stat().st_size / 1e6:.1f} MB")
        bodies = read_warcio(path)
        rows = [
            ("warcio (newsparse.warc.html_records)", best(lambda: read_warcio(path), args.repeat))
        ]
        try:
            same = read_fastwarc(path) == bodies
            rows.append(("FastWARC", best(lambda: read_fastwarc(path), args.repeat)))
            if not same:
                print("FastWARC read different bodies")
        except ImportError:
            print("FastWARC is not installed; skipped")
        rows.append(
            ("newsparse parsing the bodies", best(lambda: [parse_article(b) for b in bodies], 1))
        )
        print("| step | ms per record |")
        print("|---|---|")
        for name, seconds in rows:
            print(f"| {name} | {seconds * 1000 / count:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
