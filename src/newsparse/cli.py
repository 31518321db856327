"""The command line: ``newsparse FILE...`` or ``python -m newsparse FILE...``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from typing import TextIO

from newsparse._api import parse_article, parse_file
from newsparse.errors import NewsparseError
from newsparse.model import Article
from newsparse.serialize import to_dict, to_json, to_markdown, to_text

__all__ = ["main"]

_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)


def _timezone(value: str) -> dt.tzinfo:
    match = _OFFSET.match(value.strip())
    if match:
        sign = -1 if match.group(1) == "-" else 1
        delta = dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
        return dt.timezone(sign * delta)
    if value.strip().upper() in {"UTC", "Z", "GMT"}:
        return dt.timezone.utc
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415 - only when asked

        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        msg = f"not a UTC offset (+07:00) or a zone name (Asia/Jakarta): {value!r}"
        raise argparse.ArgumentTypeError(msg) from exc


def _parser() -> argparse.ArgumentParser:
    from newsparse import __version__  # noqa: PLC0415 - avoids a cycle with the package root

    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse news articles (HTML pages or plain-text dumps) and print them.",
        epilog="Exit status: 0 when every input parsed, 1 when any failed, 2 for usage errors.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to parse; - reads stdin")
    parser.add_argument(
        "-f",
        "--format",
        choices=("json", "jsonl", "text", "markdown"),
        help="output format (default: json for one input, jsonl for several)",
    )
    parser.add_argument("--url", help="the article's address, when parsing one input")
    parser.add_argument(
        "--timezone",
        type=_timezone,
        metavar="ZONE",
        help="zone for times that state none: an offset (+07:00) or a name (Asia/Jakarta)",
    )
    parser.add_argument(
        "--kind", choices=("auto", "html", "text"), default="auto", help="force the input kind"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _render(article: Article, fmt: str, path: str, *, several: bool) -> str:
    if fmt == "jsonl":
        record = {"path": path, **to_dict(article)} if several else to_dict(article)
        return json.dumps(record, ensure_ascii=False)
    if fmt == "json":
        return to_json(article)
    if fmt == "markdown":
        return to_markdown(article).rstrip("\n")
    return to_text(article).rstrip("\n")


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    out = stdout if stdout is not None else sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    several = len(args.files) > 1
    if several and args.url:
        parser.error("--url names the address of one article; give one FILE with it")
    fmt: str = args.format or ("jsonl" if several else "json")
    failed = 0
    printed = 0
    for path in args.files:
        try:
            article = _parse_one(path, args)
        except NewsparseError as exc:
            failed += 1
            print(f"newsparse: {path}: {exc}", file=sys.stderr)
            continue
        except Exception as exc:
            failed += 1
            print(
                f"newsparse: {path}: internal error, please report it: {type(exc).__name__}: {exc}",
                file=sys.stderr,
            )
            continue
        if printed and fmt in {"text", "markdown", "json"}:
            out.write("\n")
        out.write(_render(article, fmt, path, several=several) + "\n")
        out.flush()
        printed += 1
    return 1 if failed else 0


def _parse_one(path: str, args: argparse.Namespace) -> Article:
    options = {"url": args.url, "default_timezone": args.timezone, "kind": args.kind}
    if path == "-":
        return parse_article(sys.stdin.buffer.read(), **options)
    return parse_file(path, **options)
