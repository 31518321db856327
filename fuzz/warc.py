"""WARC fuzzer: small WARC files, broken the ways a cut download or a bad disk breaks them.

Each round writes a WARC file of four HTML responses with warcio (plain or gzip per record),
breaks it once (cut short, bytes flipped, a bad ``Content-Length``, blank lines, NULs or a gzip
signature spliced in, the status line or ``WARC-Type`` rewritten) and reads it with
:func:`newsparse.warc.parse_warc`. Only a :class:`~newsparse.NewsparseError` may escape, every
article must serialise, no record may be given twice (reading goes on after a corrupt record)
and no file may take over 5 s of CPU. Needs the ``warc`` extra. Run::

    python -m fuzz.warc --seconds 60 --seed 5
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

import newsparse
from newsparse.warc import parse_warc

_PAGE = (
    b"<html><head><title>Storm</title></head><body><article><h1>Storm</h1><p>The port reopened "
    b"on Monday after the storm, and ships queued for hours to enter.</p></article></body></html>"
)
_CHARSETS = ("utf-8", "x-bogus", "utf-16", "base64")
_SPLICES = (b"\r\n\r\n", b"WARC/1.0\r\n", b"\x00" * 100, b"\x1f\x8b\x08\x00")
_LENGTHS = (b"-1", b"99999999999", b"0", b"x", b"1e9", b"")
_STATUS = (b"200", b"2xx OK", b"", b"200 OK\r\nX: " + b"a" * 100_000)
#: A file of a few kilobytes read for longer than this is a finding (a stall).
_MAX_SECONDS = 5.0
_TYPES = (b"WARC-Type: ", b"WARC-Type: resource", b"WARC-Type: response\r\nWARC-Type: request")


def _warc(*, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i, charset in enumerate(_CHARSETS):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"http://example.org/{i}",
            "response",
            payload=io.BytesIO(_PAGE),
            length=len(_PAGE),
            http_headers=headers,
        )
        writer.write_record(record)
    return buffer.getvalue()


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Break ``data`` (a WARC file) one way."""
    out = bytearray(data)
    choice = rng.randrange(6)
    if choice == 0:
        del out[rng.randrange(len(out)) :]
    elif choice == 1:
        for _ in range(rng.randint(1, 10)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif choice == 2:
        at = data.find(b"Content-Length: ")
        if at >= 0:
            end = data.find(b"\r\n", at)
            out[at + 16 : end] = rng.choice(_LENGTHS)
    elif choice == 3:
        at = rng.randrange(len(out))
        out[at:at] = rng.choice(_SPLICES)
    elif choice == 4:
        out = bytearray(data.replace(b"200 OK", rng.choice(_STATUS)))
    else:
        out = bytearray(data.replace(b"WARC-Type: response", rng.choice(_TYPES)))
    return bytes(out)


def check(path: Path) -> str | None:
    """Read the WARC file at ``path``; return what broke the contract, or ``None``."""
    given: Counter[str | None] = Counter()
    start = time.process_time()
    try:
        with contextlib.suppress(newsparse.NewsparseError):
            for result in parse_warc(path, skipped=Counter()):
                if isinstance(result.result, newsparse.Article):
                    result.result.to_json().encode("utf-8")
                    given[result.record_id] += 1
    except Exception:  # any other exception is the finding itself
        return "raised " + traceback.format_exc(limit=-3)
    # (a record whose WARC-Record-ID a mutation garbled has None: two such are no repeat)
    twice = [record for record, times in given.items() if times > 1 and record is not None]
    if twice:  # (reading on after a corrupt record must never give a record again)
        return f"gave record {twice[0]} {given[twice[0]]} times"
    seconds = time.process_time() - start
    if seconds > _MAX_SECONDS:  # (a file of a few kilobytes: a stall)
        return f"took {seconds:.1f} s of CPU"
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; return 1 when anything broke the contract."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to run")
    parser.add_argument("--seed", type=int, default=0, help="the random seed (runs repeat)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "findings")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    bases = (_warc(gz=False), _warc(gz=True))
    deadline = time.monotonic() + args.seconds
    runs = findings = 0
    with tempfile.TemporaryDirectory() as folder:
        while time.monotonic() < deadline:
            data = mutate(rng.choice(bases), rng)
            path = Path(folder) / ("w.warc.gz" if data[:2] == b"\x1f\x8b" else "w.warc")
            path.write_bytes(data)
            runs += 1
            problem = check(path)
            if problem is not None:
                findings += 1
                args.out.mkdir(parents=True, exist_ok=True)
                name = f"warc-{args.seed}-{runs}"
                (args.out / f"{name}.warc").write_bytes(data)
                (args.out / f"{name}.txt").write_text(problem + "\n", encoding="utf-8")
                print(f"finding {name}: {problem.splitlines()[-1]}", file=sys.stderr)
    print(f"{runs:,} WARC files, seed {args.seed}: {findings} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
