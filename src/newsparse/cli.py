"""The command line: ``newsparse INPUT...`` or ``python -m newsparse INPUT...``."""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import attrs

from newsparse import _corpus
from newsparse._api import MAX_INPUT_CHARS
from newsparse._batch import Source, run_ordered
from newsparse._decode import lookup_encoding
from newsparse._progress import Progress
from newsparse.errors import NewsparseError, SourceReadError

__all__ = ["main"]

_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)

#: Exit statuses, also listed in ``--help``.
OK, FAILED, USAGE, INTERRUPTED, PIPE_CLOSED = 0, 1, 2, 130, 141

_EPILOG = """\
inputs:
  FILE            a page or dump; gzip, bzip2 and xz files are unpacked (by content, not name)
  DIR             every file under DIR, recursively (hidden ones left out), or those --include picks
  -               standard input
  --manifest M    a JSON Lines file of {"path": ..., "url": ...} (and optionally "encoding"),
                  so each file keeps its own address; relative paths start at M's folder
  --records FILE  a JSON Lines file (or a JSON list) of scrapers' records, one article each

exit status:
  0    every input parsed (or was skipped by --resume)
  1    at least one input failed, or no input was found
  2    usage error: a bad option, an unreadable manifest, two inputs with one output name
  130  interrupted (Ctrl-C); outputs written so far are complete
  141  the output pipe was closed early (as by `| head`); the run stops quietly
"""


def _timezone(value: str) -> dt.tzinfo:
    match = _OFFSET.match(value.strip())
    if match:
        sign = -1 if match.group(1) == "-" else 1
        delta = dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
        if delta >= dt.timedelta(hours=24):  # (dt.timezone refuses it, with a message about itself)
            msg = f"not a UTC offset: {value!r} is a day or more"
            raise argparse.ArgumentTypeError(msg)
        return dt.timezone(sign * delta)
    if value.strip().upper() in {"UTC", "Z", "GMT"}:
        return dt.timezone.utc
    # A zone abbreviation with one meaning in news text (WIB, MYT, CET, EST) is its fixed offset.
    # (The date reader's own table, loaded here only when asked: parsing loads it anyway.)
    from newsparse._normalize._date_patterns import ZONE  # noqa: PLC0415

    known = ZONE.get(value.strip().lower())
    if known is not None:
        return dt.timezone(dt.timedelta(minutes=known[0]), value.strip().upper())
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415 - only when asked

        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        msg = f"not a UTC offset (+07:00), a zone name (Asia/Jakarta) or abbreviation (WIB): {value!r}"
        raise argparse.ArgumentTypeError(msg) from exc


def _encoding(value: str) -> str:
    if lookup_encoding(value) is None:
        msg = f"not a text encoding Python knows (utf-8, cp1252, iso-8859-15, ...): {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        msg = f"not a number of processes (0 for one per CPU): {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number or os.cpu_count() or 1


def _tell(message: str) -> None:
    """Print ``message`` on standard error, a file name in it that is not UTF-8 escaped.

    (Printed raw, such a name raised ``UnicodeEncodeError`` on a strict stream, a caller's or a
    notebook's, and the run stopped.)
    """
    print(_corpus.record_path(message), file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """The argument parser, whose errors name a file whose name is not UTF-8 with escapes."""

    def error(self, message: str) -> NoReturn:
        # (escaped, as _tell escapes)
        super().error(_corpus.record_path(message))


def _parser() -> argparse.ArgumentParser:
    from newsparse import __version__  # noqa: PLC0415 - avoids a cycle with the package root

    parser = _Parser(
        prog="newsparse",
        description="Parse news articles (HTML pages or plain-text dumps) and print them.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files, folders, or - for standard input"
    )
    parser.add_argument(
        "--manifest",
        action="append",
        default=[],
        metavar="M",
        help="a JSON Lines file of {path, url} records to parse (may be repeated)",
    )
    parser.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="in folders, parse only files whose name matches, e.g. '*.html.gz' (may be repeated)",
    )
    parser.add_argument(
        "--warc",
        action="store_true",
        help="the inputs are WARC files: parse each HTML response record (needs newsparse[warc])",
    )
    parser.add_argument(
        "--records",
        action="store_true",
        help="the inputs are JSON Lines files (or JSON lists) of records, one article each",
    )
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
        help="zone for times that state none: an offset (+07:00), a name (Asia/Jakarta) or WIB",
    )
    parser.add_argument(
        "--kind", choices=("auto", "html", "text"), default="auto", help="force the input kind"
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        help="the charset of the inputs' bytes when known (a manifest line may differ)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N worker processes (0: one per CPU; default 1; at most 4 per CPU)",
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    out.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one file per input in DIR, named after the input (page.html -> page.html.json)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs whose output exists (in --output-dir, or a record in a JSON Lines --output)",
    )
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        action="store_true",
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    progress.add_argument(
        "--no-progress", dest="progress", action="store_false", help="never show a progress bar"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print no summary (errors are still printed)"
    )
    parser.add_argument(
        "--schema",
        action="store_true",
        help="print the JSON Schema of the JSON output and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


@attrs.define
class _Tally:
    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    found: int = 0
    reasons: Counter[str] = attrs.field(factory=Counter)
    warc_skipped: Counter[str] = attrs.field(factory=Counter)


#: Errors writing one input's file in --output-dir that come from its name, which the file system
#: cannot hold (too long once the suffix is added, or invalid there), not from the folder: that
#: input fails, and the others are written. (Something standing where the output goes, a file
#: where a subfolder must be, still stops the run: the output folder is not the one meant.)
_NAME_ERRNOS = frozenset((errno.ENAMETOOLONG, errno.EILSEQ, errno.EINVAL))


class _Output:
    """Where rendered articles go: a stream, a JSON Lines file, or one file per input."""

    def __init__(
        self, stream: TextIO, *, fmt: str, path: str | None, folder: str | None, append: bool
    ) -> None:
        self._stream = stream
        self._fmt = fmt
        self._folder = Path(folder) if folder else None
        self._fd: int | None = None
        self._own = False
        self._count = 0
        if path is not None:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self._fd = os.open(path, flags, 0o644)
            self._own = True
        elif self._folder is None:
            try:
                stream.flush()
                self._fd = stream.fileno()
            except (AttributeError, OSError, ValueError):
                self._fd = None  # a StringIO or the like: written through its own write()

    def write(self, done: _corpus.Done) -> str | None:
        """Write ``done``'s article; return why its own file cannot be written, if it cannot.

        Raises:
            OSError: The output cannot be written at all (a full disk, no permission).
        """
        assert done.text is not None
        if self._folder is not None:
            name = _corpus.output_name(done.out_name, self._fmt)
            try:
                _corpus.write_file(self._folder, name, done.text)
            except OSError as exc:
                if exc.errno not in _NAME_ERRNOS:
                    raise
                return f"cannot write its output {name!r}: {exc.strerror or exc}"
            return None
        separator = "\n" if self._count and self._fmt != "jsonl" else ""
        text = separator + done.text + "\n"
        self._count += 1
        if self._fd is None:
            self._stream.write(text)
            self._stream.flush()
        else:
            _corpus.write_all(self._fd, text.encode("utf-8"))
        return None

    def close(self) -> None:
        if self._own and self._fd is not None:
            os.close(self._fd)
            self._fd = None


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    _hold_closed_descriptors()
    out = stdout if stdout is not None else sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    if out is None and (args.schema or not (args.output or args.output_dir)):
        # (stdout was closed when the program started, ``>&-``: Python left it None, and the
        # first article written raised AttributeError)
        print(
            "newsparse: standard output is closed: nowhere to write the articles "
            "(give --output FILE or --output-dir DIR)",
            file=sys.stderr,
        )
        return FAILED
    if args.schema:
        from newsparse.schema import schema_text  # noqa: PLC0415 - only when asked

        out.write(schema_text())
        return OK
    if not args.inputs and not args.manifest:
        parser.error("give at least one INPUT (a file, a folder or -) or a --manifest")
    several = (
        len(args.inputs) + len(args.manifest) != 1
        or bool(args.manifest)
        or args.warc
        or args.records
        or any(arg and _corpus.is_folder(arg) for arg in args.inputs)
    )
    if several and args.url:
        parser.error(
            "--url names the address of one article; give one FILE with it, "
            "or give each file its own in a --manifest"
        )
    if args.output_dir == "":
        # (an unset variable, --output-dir "$OUT": the outputs would go to stdout unasked)
        parser.error("--output-dir needs a folder's name")
    if args.resume and not (args.output_dir or args.output):
        parser.error("--resume needs --output-dir DIR or a JSON Lines --output FILE")
    fmt: str = args.format or ("jsonl" if several else "json")
    if args.resume and args.output and fmt != "jsonl":
        parser.error("--resume with --output needs JSON Lines output (--format jsonl)")
    for option in ("warc", "records"):
        if getattr(args, option) and (args.output_dir or args.manifest):
            parser.error(
                f"--{option} writes one stream of articles: use --output FILE or stdout, not"
                " --output-dir or --manifest"
            )
    if args.warc and args.records:
        parser.error("--warc and --records read different files: give one of them")
    if "-" in args.manifest:
        # (It was read as a file named "-": "No such file or directory: '-'".)
        parser.error("--manifest reads files, not standard input")
    if "-" in args.inputs:
        # (Told before any input is read: told when reached, after the files before it were
        # written, it was a usage error that left a part of the output behind.)
        for option in ("warc", "records"):
            if getattr(args, option):
                parser.error(f"--{option} reads files, not standard input")
        if args.inputs.count("-") > 1:
            parser.error("- (standard input) can be read once: give it once")
    if args.records and args.kind != "auto":
        # (a record is read by its keys, its text as the page or dump it is: --kind text made
        # each record's JSON the text of a dump)
        parser.error(f"--records reads each record by its keys: --kind {args.kind} does not apply")
    settings = _corpus.Settings(
        fmt=fmt,
        # (A record resumed into a JSON Lines --output names its input even when it is the only
        # one: a record without a path was never found done, and each rerun appended it again.)
        several=several or bool(args.resume and args.output),
        default_timezone=args.timezone,
        kind=args.kind,
        encoding=args.encoding,
    )
    try:
        return _run(args, settings, out, parser)
    except BrokenPipeError:
        if out is sys.stdout:
            _silence_stdout()
        return PIPE_CLOSED


Tasks = Iterator[tuple[_corpus.Task, _corpus.Settings]]


def _plan(
    args: argparse.Namespace,
    settings: _corpus.Settings,
    tally: _Tally,
    parser: argparse.ArgumentParser,
) -> tuple[Tasks, int | None]:
    """The run's tasks, and their number when known; inputs already done count as skipped."""
    done_before: set[str] = set()
    if args.resume and args.output:
        try:
            done_before = _corpus.jsonl_labels(Path(args.output))
        except (OSError, ValueError) as exc:  # (ValueError: a path holding a NUL)
            reason = getattr(exc, "strerror", None) or str(exc)
            parser.error(f"cannot read {args.output} to see what --resume skips: {reason}")
    if args.warc or args.records:
        if args.warc:
            try:
                from newsparse.warc import require  # noqa: PLC0415 - an optional extra

                require()
            except ImportError as exc:
                parser.error(str(exc))
        inputs = _corpus.find_inputs(args.inputs, [], args.include)
        _check_output(inputs, args, parser)
        if args.warc:
            tasks = _warc_tasks(inputs, settings, tally.warc_skipped, parser)
        else:
            tasks = _record_tasks(inputs, settings, parser)
        return _not_done(tasks, done_before, tally), None
    _check_output_dir(args, parser)
    try:
        inputs = _corpus.find_inputs(
            args.inputs, args.manifest, args.include, leave_out=args.output_dir
        )
    except (OSError, UnicodeDecodeError) as exc:
        parser.error(f"cannot read the manifest: {exc}")
    _check_output(inputs, args, parser)
    inputs = _check_names(inputs, settings.fmt, args, parser)
    kept = [i for i in inputs if not _already_done(i, settings.fmt, args, done_before)]
    tally.skipped = len(inputs) - len(kept)
    tally.found = len(inputs)
    return (_task(i, settings, args) for i in kept), len(kept)


def _where_none(args: argparse.Namespace) -> str:
    """Where the run looked and found no file: its folders (and the --include patterns)."""
    places = [arg for arg in args.inputs if arg != "-" and _corpus.is_folder(arg)]
    if not places:
        return f" in the manifest {', '.join(args.manifest)}" if args.manifest else ""
    where = ", ".join(places)
    if args.include:
        return f": no file in {where} matches --include {' '.join(args.include)}"
    return f": {where} holds no file (hidden files are left out)"


def _run(
    args: argparse.Namespace,
    settings: _corpus.Settings,
    out: TextIO,
    parser: argparse.ArgumentParser,
) -> int:
    tally = _Tally()
    tasks, total = _plan(args, settings, tally, parser)
    if total is not None and not tally.found:
        _tell(f"newsparse: no input found{_where_none(args)}")
        return FAILED
    show = args.progress if args.progress is not None else sys.stderr.isatty() and settings.several
    progress = Progress(sys.stderr, total=total, enabled=bool(show))
    try:
        output = _Output(
            out, fmt=settings.fmt, path=args.output, folder=args.output_dir, append=args.resume
        )
    except OSError as exc:
        parser.error(f"cannot write {args.output}: {exc.strerror or exc}")
    start = time.monotonic()
    status = OK
    results = run_ordered(_corpus.work, tasks, jobs=args.jobs, crashed=_corpus.crashed)
    interrupts = _HeldInterrupts()
    try:
        for result in results:
            done = result
            if done.error is None:
                with interrupts:
                    problem = output.write(done)
                    if problem is None:
                        tally.parsed += 1
                if problem is not None:  # (its own file cannot be made: a name too long)
                    done = attrs.evolve(done, error="output not written", message=problem)
            if done.error is not None:
                tally.failed += 1
                tally.reasons[done.error] += 1
                progress.clear()
                _tell(f"newsparse: {done.label}: {done.message}")
            progress.update(tally.parsed + tally.failed, tally.failed)
    except KeyboardInterrupt:
        status = INTERRUPTED
    except BrokenPipeError:
        raise
    except OSError as exc:  # the output cannot be written (a full disk, no permission)
        progress.clear()
        _tell(f"newsparse: cannot write the output, stopping: {exc}")
        status = FAILED
    finally:
        interrupts.restore()
        getattr(results, "close", lambda: None)()  # stop the worker processes now
        output.close()
    progress.update(tally.parsed + tally.failed, tally.failed, force=True)
    progress.clear()
    _report(tally, status, time.monotonic() - start, quiet=args.quiet or not settings.several)
    if status == OK and tally.failed:
        status = FAILED
    return status


def _report(tally: _Tally, status: int, seconds: float, *, quiet: bool) -> None:
    """Print the run's summary unless ``quiet``, and that it was interrupted, if it was."""
    if status == INTERRUPTED:
        # (Told even with --quiet, as errors are: the run did not end, and the summary alone
        # did not say so.)
        _tell(
            f"newsparse: interrupted (Ctrl-C); {tally.parsed:,} article(s) written whole before "
            "it, the inputs after them not parsed"
        )
    if not quiet:
        print(_summary(tally, seconds), file=sys.stderr)


class _HeldInterrupts:
    """A section that Ctrl-C does not cut: an interrupt in it is raised at its end.

    An article is written and counted in one go: an interrupt between the two (or between
    the system calls of a record longer than a pipe takes at once) left a record written and
    not counted (the summary said 128 parsed over 129 records) or a record cut short. Outside
    the section an interrupt is raised at once, as Python raises it (a long parse is not waited
    for). Only in the main thread, where a handler can be set; elsewhere nothing is held. A run
    started with Ctrl-C ignored (``nohup``, a shell script's background job) keeps ignoring it,
    as Python itself leaves it ignored.
    """

    def __init__(self) -> None:
        self._held = False
        self._pending = False
        self._previous: object = None
        if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
            return
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except (ValueError, OSError):  # not the main thread: nothing held
            self._previous = None

    def _handle(self, signum: int, frame: object) -> None:
        del signum, frame
        if self._held:
            self._pending = True
        else:
            raise KeyboardInterrupt

    def __enter__(self) -> None:
        self._held = True

    def __exit__(self, *exc: object) -> None:
        self._held = False
        if self._pending:
            self._pending = False
            raise KeyboardInterrupt

    def restore(self) -> None:
        """Put back the handler there was before."""
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]
            self._previous = None


def _task(
    found: _corpus.Input, settings: _corpus.Settings, args: argparse.Namespace
) -> tuple[_corpus.Task, _corpus.Settings]:
    source: Source | None = None
    problem, why = found.problem, found.why
    if problem is None:
        url = found.url or args.url
        if found.path is None:
            content, problem = _read_stdin()
            why = "SourceReadError"
            if problem is None:
                source = Source(content=content, url=url, encoding=found.encoding)
        else:
            source = Source(path=found.path, url=url, encoding=found.encoding)
    task = _corpus.Task(
        label=found.label,
        source=source,
        problem=problem,
        why=why,
        out_name=found.out_name,
    )
    return task, settings


def _read_stdin() -> tuple[bytes | str, str | None]:
    """Standard input's bytes, or why they cannot be read (an input of its own that failed).

    At most one byte past :data:`~newsparse._api.MAX_INPUT_CHARS` is read, as
    :func:`newsparse.parse_file` reads a file: a longer input is refused as too large, not read
    to its end (an endless one, ``< /dev/zero``, would never end).
    """
    stream = sys.stdin
    if stream is None:  # (closed when the process started: ``<&-``)
        return b"", "cannot read standard input: it is closed"
    try:
        return getattr(stream, "buffer", stream).read(MAX_INPUT_CHARS + 1), None
    # ValueError: closed since; OSError: not readable (a folder, a broken device).
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return b"", f"cannot read standard input: {reason}"


def _check_output(
    inputs: list[_corpus.Input], args: argparse.Namespace, parser: argparse.ArgumentParser
) -> None:
    """Refuse the run (a usage error) when ``--output`` is one of the inputs.

    Opening the output empties it, or appends to it, before that input is read: the page was
    lost, and then reported as an empty input.
    """
    if not args.output:
        return
    try:
        output = Path(args.output).stat()
    except (OSError, ValueError):
        return  # (no such file yet: it is no input)
    for found in inputs:
        if found.problem is not None:
            continue
        try:
            read = (
                Path(found.path).stat() if found.path is not None else os.fstat(sys.stdin.fileno())
            )
        except (AttributeError, OSError, ValueError):  # (stdin closed, or no file at all)
            continue
        if (read.st_dev, read.st_ino) == (output.st_dev, output.st_ino):
            parser.error(f"{found.label} is the --output file too; writing it would lose it")


def _check_output_dir(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Refuse an ``--output-dir`` that is an input folder; say so when it lies inside one.

    Outputs written beside the inputs would be read as inputs by the next run. Inside an input
    folder, the output folder is left out of the walk (see :func:`_corpus.find_inputs`).
    """
    if not args.output_dir:
        return
    blocked = _not_a_folder(Path(args.output_dir))
    if blocked is not None:
        # (Found when the first output was written, after that input was parsed: the run stopped
        # there, "cannot write the output ... File exists", with exit status 1.)
        if blocked == Path(args.output_dir):
            parser.error(
                f"--output-dir {args.output_dir} is not a folder (a file, a device or a broken "
                "link stands there): give a folder, or a new name to create"
            )
        parser.error(
            f"--output-dir {args.output_dir} cannot be created: {blocked} in its path is not a "
            "folder"
        )
    try:
        output = Path(args.output_dir).resolve()
    except (OSError, RuntimeError, ValueError):
        return
    for arg in args.inputs:
        if arg in ("-", "") or not _corpus.is_folder(arg):
            continue
        folder = Path(arg).resolve()
        if output == folder:
            parser.error(
                f"--output-dir {args.output_dir} is the input folder {arg}: the outputs would be "
                "read as inputs by the next run; choose another folder"
            )
        if output.is_relative_to(folder) and output.is_dir():
            _tell(
                f"newsparse: {args.output_dir} (the --output-dir) is inside the input folder "
                f"{arg}; its files are not read as inputs"
            )


def _not_a_folder(folder: Path) -> Path | None:
    """The nearest existing part of ``folder``'s path when it is no folder, else ``None``.

    (A part that does not exist yet is created when the first output is written.)
    """
    for part in (folder, *folder.parents):
        try:
            if os.path.lexists(part):
                return None if part.is_dir() else part
        except (OSError, ValueError):  # (a NUL in the name: told when it is written)
            return None
    return None


def _check_names(
    inputs: list[_corpus.Input], fmt: str, args: argparse.Namespace, parser: argparse.ArgumentParser
) -> list[_corpus.Input]:
    if not args.output_dir:
        return inputs
    seen: dict[str, str] = {}
    for found in inputs:
        if found.problem is not None:
            continue
        name = _corpus.output_name(found.out_name, fmt)
        if name in seen:
            parser.error(
                f"{seen[name]} and {found.label} would both be written to {name} in "
                f"{args.output_dir}; parse them in separate runs"
            )
        seen[name] = found.label
    return inputs


def _already_done(
    found: _corpus.Input, fmt: str, args: argparse.Namespace, done_before: set[str]
) -> bool:
    if not args.resume or found.problem is not None or found.label == "-":
        return False
    if args.output_dir:
        try:
            return (Path(args.output_dir) / _corpus.output_name(found.out_name, fmt)).is_file()
        except OSError:  # (an output name too long for the system: told when it is written)
            return False
    return _corpus.record_path(found.label) in done_before


def _warc_tasks(
    inputs: list[_corpus.Input],
    settings: _corpus.Settings,
    skipped: Counter[str],
    parser: argparse.ArgumentParser,
) -> Iterator[tuple[_corpus.Task, _corpus.Settings]]:
    from newsparse import warc  # noqa: PLC0415 - an optional extra, checked by the caller

    for found in inputs:
        if found.problem is not None:
            problem = _corpus.Task(
                label=found.label, source=None, problem=found.problem, why=found.why
            )
            yield problem, settings
            continue
        if found.path is None:
            parser.error("--warc reads files, not standard input")
        faults: list[SourceReadError] = []  # (each a corrupt record, told in its place)
        try:
            for page in warc.html_records(found.path, skipped=skipped, faults=faults):
                yield from _warc_faults(found.path, faults, settings)
                label = f"{found.path}#{page.record_id}"
                source = Source(content=page.body, url=page.uri, encoding=page.charset)
                yield _corpus.Task(label=label, source=source), settings
        except (OSError, NewsparseError) as exc:
            problem = _corpus.Task(label=found.path, source=None, problem=str(exc), why="bad WARC")
            yield from _warc_faults(found.path, faults, settings)
            yield problem, settings
        yield from _warc_faults(found.path, faults, settings)


def _warc_faults(
    path: str, faults: list[SourceReadError], settings: _corpus.Settings
) -> Iterator[tuple[_corpus.Task, _corpus.Settings]]:
    for fault in faults:
        yield _corpus.Task(label=path, source=None, problem=str(fault), why="bad WARC"), settings
    faults.clear()


def _record_tasks(
    inputs: list[_corpus.Input], settings: _corpus.Settings, parser: argparse.ArgumentParser
) -> Iterator[tuple[_corpus.Task, _corpus.Settings]]:
    for found in inputs:
        if found.problem is not None or found.path is None:
            if found.path is None and found.problem is None:
                parser.error("--records reads files, not standard input")
            problem = _corpus.Task(
                label=found.label, source=None, problem=found.problem, why=found.why
            )
            yield problem, settings
            continue
        try:
            yield from _corpus.record_tasks(found.path, settings)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            problem = _corpus.Task(
                label=found.path, source=None, problem=f"cannot read it: {reason}", why="bad file"
            )
            yield problem, settings


def _not_done(tasks: Tasks, done_before: set[str], tally: _Tally) -> Tasks:
    """``tasks`` without those a JSON Lines output resumed already holds, counted as skipped."""
    for task in tasks:
        if done_before and _corpus.record_path(task[0].label) in done_before:
            tally.skipped += 1
            continue
        tally.found += 1
        yield task


def _summary(tally: _Tally, seconds: float) -> str:
    line = f"newsparse: {tally.parsed} parsed, {tally.failed} failed"
    if tally.reasons:
        line += " (" + ", ".join(f"{why}: {n}" for why, n in tally.reasons.most_common()) + ")"
    if tally.skipped:
        line += f", {tally.skipped} skipped (output already there)"
    if tally.warc_skipped:
        reasons = ", ".join(f"{why}: {n}" for why, n in tally.warc_skipped.most_common())
        line += f", {sum(tally.warc_skipped.values())} WARC records skipped ({reasons})"
    return line + f", in {seconds:.1f} s"


def _hold_closed_descriptors() -> None:
    """Put the null device on each of file descriptors 0, 1 and 2 that the program started without.

    A shell's ``2>&-`` (or a supervisor's closed descriptors) leaves the number free: the output
    file opened next took it, and what a worker or a library writes to stderr went into the
    articles; and Python's ``sys.stderr`` is ``None``, so the first message (or the progress
    bar's check for a terminal) raised ``AttributeError`` with no word said and no article
    written (fuzz49). Messages go nowhere then, as the caller asked; the articles are written.
    """
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # (the lowest free number: this one)
    if sys.stderr is None:
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 - for good


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush finds no closed pipe."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout is not a real file
        pass
