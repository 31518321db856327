"""The command line's corpus work: finding the inputs, parsing them in workers, writing the outputs.

Inputs are listed before the run (a folder of 100,000 files is 100,000 short names), so the output
names can be checked for collisions and the progress display knows the total. Each worker parses one
input and renders it to text, so the parent only writes. Every output is written whole: a JSON Lines
record in one ``write`` call, a ``.json`` file under a temporary name then renamed, so a run killed
part way leaves only complete records, and a rerun with ``--resume`` finds exactly what is done.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import fnmatch
import gzip
import io
import json
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, AnyStr, BinaryIO, TypeVar, cast

import attrs

from newsparse._api import open_input
from newsparse._batch import Source
from newsparse._detect import json_loads
from newsparse._options import Kind
from newsparse._unpack import compression
from newsparse.errors import InternalError, NewsparseError
from newsparse.model import Article
from newsparse.serialize import to_dict, to_json, to_markdown, to_text

__all__ = [
    "Done",
    "Input",
    "Settings",
    "Task",
    "crashed",
    "find_inputs",
    "jsonl_labels",
    "output_name",
    "record_path",
    "record_tasks",
    "work",
]

#: The file name ending of each format in an output folder.
SUFFIXES = {"json": ".json", "jsonl": ".json", "text": ".txt", "markdown": ".md"}


@attrs.frozen(kw_only=True)
class Input:
    """One input found on the command line: a file, standard input, or a broken manifest line."""

    label: str
    path: str | None = None
    url: str | None = None
    encoding: str | None = None
    out_name: str = ""
    problem: str | None = None
    why: str = "bad manifest line"


@attrs.frozen(kw_only=True)
class Settings:
    """How every input of one run is parsed and rendered."""

    fmt: str
    several: bool
    default_timezone: dt.tzinfo | None
    kind: Kind
    encoding: str | None


@attrs.frozen(kw_only=True)
class Task:
    """One input, ready to be parsed in a worker."""

    label: str
    source: Source | None
    problem: str | None = None
    why: str = "bad manifest line"
    out_name: str = ""


@attrs.frozen(kw_only=True)
class Done:
    """What a worker hands back: the rendered article, or why there is none."""

    label: str
    text: str | None = None
    error: str | None = None
    message: str | None = None
    out_name: str = ""


def is_folder(path: str) -> bool:
    """Whether ``path`` names a folder (or a link to one); ``False`` when that cannot be told.

    ``Path.is_dir`` raises for a name longer than the system takes or a folder it may not look
    in: a command line naming such a path ended with a traceback before any input was read.
    """
    try:
        return Path(path).is_dir()
    except OSError:
        return False


def _folder_id(path: str | None) -> tuple[int, int] | None:
    """The (device, inode) of the folder at ``path``, or ``None`` when there is none."""
    if path is None:
        return None
    try:
        found = Path(path).stat()
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISDIR(found.st_mode) else None


def _walk(
    root: str, include: Sequence[str], leave_out: tuple[int, int] | None = None
) -> Iterator[Input]:
    """Every file under ``root`` matching ``include`` (all files when empty), hidden ones left out.

    The files come in the order of their paths' parts, so ``a/b/x`` comes before ``a/y``. A
    folder that cannot be listed (no permission, a path too long for the system) is an input of
    its own that failed, in its place in that order: its files are not lost without a word.
    """
    found: list[tuple[Path, str | None]] = []
    links: list[Path] = []
    walked: list[Path] = []
    for folder, files, problem in _folders(Path(root), leave_out, links):
        walked.append(folder)
        if problem is not None:
            found.append((folder, problem))
        found.extend(
            (folder / name, None)
            for name in files
            if not include or any(fnmatch.fnmatch(name, pattern) for pattern in include)
        )
    found.extend((link, _LINK_OUT) for link in _links_out(links, walked, leave_out))
    for path, unlisted in sorted(found, key=lambda item: item[0].parts):
        label, out_name = str(path), str(path.relative_to(root))
        if unlisted is _LINK_OUT:
            yield Input(label=label, out_name=out_name, problem=unlisted, why="folder link")
        elif unlisted is not None:
            yield Input(label=label, out_name=out_name, problem=unlisted, why="folder not listed")
        elif _special(path):
            # Opening a named pipe waits for a writer that may never come, stalling the run.
            problem = "not a regular file (a named pipe, a socket or a device); it was not read"
            yield Input(label=label, out_name=out_name, problem=problem, why="not a file")
        else:
            yield Input(label=label, path=label, out_name=out_name)


#: Why a link to a folder outside the folders read is not read.
_LINK_OUT = (
    "a link to a folder outside the folder being read; not followed (a link may lead to a whole "
    "disk or back up the tree): name the folder itself to read it"
)


def _links_out(
    links: list[Path], walked: list[Path], leave_out: tuple[int, int] | None
) -> list[Path]:
    """The ``links`` to folders that lead out of the ``walked`` folders (and not to ``leave_out``).

    A link into the tree (back to a folder above it, or across to a sibling) loses nothing: the
    files it leads to are read under their own path. One that leads elsewhere was skipped
    without a word (fuzz49's lead); it is reported now, not followed.
    """
    if not links:
        return []
    inside = {key for folder in walked if (key := _folder_id(str(folder))) is not None}
    if leave_out is not None:
        inside.add(leave_out)
    return [link for link in links if _folder_id(str(link)) not in inside]


def _folders(
    root: Path, leave_out: tuple[int, int] | None = None, links: list[Path] | None = None
) -> Iterator[tuple[Path, list[str], str | None]]:
    """Each folder under ``root`` (itself first), the names of its files, and why it cannot be listed.

    The names are those of its entries that are not hidden and not folders (files, links to
    files, broken links, pipes); the reason is ``None`` when the folder can be listed. Folders still to list wait in a list, with no recursion: ``os.walk`` recurses before
    Python 3.12, so a tree of folders over a thousand deep raised ``RecursionError`` and ended
    the run, and it skips a folder it cannot list without a word. As ``os.walk`` does, links to
    folders are not followed (a link may lead back up the tree); they are added to ``links``
    when it is given. The folder whose (device, inode) is ``leave_out`` is not entered.
    """
    pending = [root]
    while pending:
        folder = pending.pop()
        subfolders: list[Path] = []
        files: list[str] = []
        problem = None
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if not _is_folder(entry):
                        files.append(entry.name)
                    elif entry.is_symlink():
                        if links is not None:
                            links.append(folder / entry.name)
                    elif not _is_folder_id(entry, leave_out):
                        subfolders.append(folder / entry.name)
        except OSError as exc:  # (what was listed before the error is kept)
            problem = f"cannot list the folder: {exc.strerror or exc}"
        yield folder, files, problem
        pending.extend(reversed(subfolders))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a folder or a link to one (``False`` when that cannot be told)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_folder_id(entry: os.DirEntry[str], wanted: tuple[int, int] | None) -> bool:
    if wanted is None or entry.inode() != wanted[1]:  # (the inode is known without a stat)
        return False
    try:
        return entry.stat(follow_symlinks=False).st_dev == wanted[0]
    except OSError:
        return False


def _special(path: Path) -> bool:
    """Whether ``path`` is a named pipe, a socket or a device rather than a file to read."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # a broken link: reading it reports why
    return not stat.S_ISREG(mode)


#: A manifest line json cannot read for its own limits rather than its syntax.
_BEYOND_JSON_LIMITS = "not a JSON line newsparse can read (a number too long or nesting too deep)"


_T = TypeVar("_T")

#: The longest line of a manifest (a path, an address and a charset): a longer one, or a file
#: with no line break (``/dev/zero``), is no manifest, and reading it would not end.
MANIFEST_LINE_CHARS = 1_000_000
#: Lines of a file of lines (a manifest, a records file) read with none among them good before
#: the file is refused as no such file: an endless stream of noise (``/dev/urandom``) is not
#: read to its end, nor told a line at a time.
MAX_BAD_OPENING = 1000


def _bounded_lines(
    lines: IO[AnyStr], limit: int, what: str, *, name: str = ""
) -> Iterator[tuple[int, AnyStr]]:
    """The numbered lines of ``lines``, each read up to ``limit`` characters (bytes).

    ``what`` is what the file is meant to be and ``name`` what the error calls it, if anything.

    Raises:
        OSError: A line is longer than ``limit``, as every line of an endless device is.
    """
    number = 0
    while line := lines.readline(limit + 1):
        number += 1
        if len(line) > limit:
            where = f"{name}: " if name else ""
            msg = f"{where}line {number:,} is over {limit:,} characters long: not {what}"
            raise OSError(msg)
        yield number, line


def _held_opening(found: Iterator[tuple[bool, _T]], refusal: str) -> Iterator[_T]:
    """The items of ``found`` (each with whether it is good), in order.

    The bad ones before the first good one are held back until it comes: a file none of whose
    first :data:`MAX_BAD_OPENING` lines is good is no such file, and is refused rather than told
    a line at a time (an endless stream of noise would never end).

    Raises:
        OSError: ``refusal``, when the first :data:`MAX_BAD_OPENING` items are all bad.
    """
    held: list[_T] | None = []
    for good, item in found:
        if held is None:
            yield item
        elif good:
            yield from held
            held = None
            yield item
        else:
            held.append(item)
            if len(held) == MAX_BAD_OPENING:
                raise OSError(refusal)
    yield from held or ()  # (fewer bad ones than the bound, and no good one)


def _manifest(manifest: str) -> Iterator[Input]:
    """The inputs a manifest lists (each bad line an input that failed).

    Raises:
        OSError: The manifest cannot be read, holds a line over :data:`MANIFEST_LINE_CHARS`, or
            none of its first :data:`MAX_BAD_OPENING` lines names an input.
    """
    refusal = (
        f"{manifest}: none of its first {MAX_BAD_OPENING:,} lines names an input: not a manifest"
    )
    yield from _held_opening(_manifest_entries(manifest), refusal)


def _manifest_entries(manifest: str) -> Iterator[tuple[bool, Input]]:
    """Each input of a manifest's lines, and whether its line was good."""
    base = Path(manifest).parent
    # (surrogateescape: a line that is not UTF-8 is told as a bad line, not the whole manifest
    # refused; utf-8-sig: a byte-order mark does not spoil the first line)
    # (open_input: a named pipe no writer opens is refused after a bounded wait, not waited for.)
    raw = open_input(manifest)
    with io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape") as lines:
        for number, line in _bounded_lines(lines, MANIFEST_LINE_CHARS, "a manifest", name=manifest):
            if not line.strip():
                continue
            entry = _manifest_problem(line)
            if isinstance(entry, str):
                yield False, Input(label=f"{manifest}:{number}", problem=entry)
                continue
            written = entry["path"]
            clean = os.path.normpath(written)
            inside = not Path(clean).is_absolute() and not clean.startswith("..")
            yield (
                True,
                Input(
                    label=written,
                    path=str(base / written),  # an absolute path stays as it is
                    url=entry.get("url"),
                    encoding=entry.get("encoding"),
                    out_name=clean if inside else Path(clean).name,
                ),
            )


def _manifest_problem(line: str) -> str | dict[str, Any]:
    """Why a manifest's line names no input, or its entry."""
    if not _is_utf8(line):
        return "not UTF-8 text"
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not a JSON line ({exc.msg})"
    except (ValueError, RecursionError):
        # (json's own limits: an integer of over 4,300 digits, or nesting deeper than the
        # interpreter's stack; either would end the whole run.)
        return _BEYOND_JSON_LIMITS
    if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
        return 'not an object with a "path" string'
    if not entry["path"].strip():
        # (an empty path was the manifest's own folder: "cannot read '.'")
        return 'its "path" is empty'
    if not isinstance(entry.get("url"), str | None) or not isinstance(
        entry.get("encoding"), str | None
    ):
        return '"url" and "encoding" must be strings'
    return entry


#: Bytes read from a records file before its first record shows whether it is a JSON list.
_SNIFF = 4096


def record_tasks(path: str, settings: Settings) -> Iterator[tuple[Task, Settings]]:
    """One task for each record of a file of scrapers' records: JSON Lines, or one JSON list.

    A record is labelled ``PATH#LINE`` (``PATH#[INDEX]`` in a list). A line that is not a JSON
    object is an input of its own that failed, told by its label; the others are parsed. A file
    compressed with gzip, bzip2 or xz is unpacked as it is read (``export.jsonl.gz``), and one in
    UTF-16 or UTF-32 with a byte-order mark is decoded (an export saved on Windows).

    Raises:
        OSError: The file cannot be read, or it is compressed and corrupt or cut short.
    """
    import lzma  # noqa: PLC0415 - its error class; loaded by a run with --records only

    with open_input(path) as raw:
        if not raw.seekable():
            msg = (
                "a named pipe cannot be read as records (their reading goes back to its start): "
                "write the records to a file first"
            )
            raise OSError(msg)
        try:
            stream = _opened_records(raw)
            head = stream.read(_SNIFF).lstrip(b"\xef\xbb\xbf \t\r\n")
            stream.seek(0)
            if head[:1] == b"[":
                yield from _listed_records(path, _read_list(stream), settings)
                return
            if head[:1] == b"{" and (whole := _one_record(stream)) is not None:
                yield Task(label=f"{path}#1", source=Source(content=whole)), settings
                return
            yield from _line_records(path, stream, settings)
        except (EOFError, lzma.LZMAError) as exc:  # (gzip's own errors are OSErrors)
            msg = f"the compressed file is corrupt or cut short ({exc})"
            raise OSError(msg) from exc


def _line_records(
    path: str, stream: BinaryIO, settings: Settings
) -> Iterator[tuple[Task, Settings]]:
    """The records of a JSON Lines file (see :func:`record_tasks`).

    Raises:
        OSError: A line is over :data:`RECORD_BYTES`, or none of the first
            :data:`MAX_BAD_OPENING` lines is a record.
    """
    refusal = f"none of its first {MAX_BAD_OPENING:,} lines is a JSON record: not a records file"
    empty = True
    for task in _held_opening(_line_tasks(path, stream), refusal):
        empty = False
        yield task, settings
    if empty:
        # (As a run's empty folder or manifest is told: nothing to parse is no success.)
        problem = "it holds no record (the file is empty or blank)"
        yield Task(label=path, source=None, problem=problem, why="bad file"), settings


def _line_tasks(path: str, stream: BinaryIO) -> Iterator[tuple[bool, Task]]:
    """Each task of a JSON Lines file's lines, and whether its line was a record."""
    for number, line in _record_lines(stream):
        label = f"{path}#{number}"
        if line is None:
            too_long = f"the line is over {RECORD_BYTES:,} bytes long: too large a record to parse"
            yield False, Task(label=label, source=None, problem=too_long, why="bad record")
            continue
        if not line.strip():
            continue
        problem = _not_a_record(line)
        if problem is None:
            yield True, Task(label=label, source=Source(content=line))
        else:
            yield False, Task(label=label, source=None, problem=problem, why="bad record")


def _record_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """The numbered lines of a JSON Lines file, each read up to :data:`RECORD_BYTES`.

    A longer line is ``None``: it is read on to its end a chunk at a time, never held, so that
    one oversized record is told as its line's failure and the records after it are read.

    Raises:
        OSError: A line runs on past :data:`RECORD_SKIP_BYTES` (an endless device such as
            ``/dev/zero``, or no JSON Lines at all).
    """
    number = 0
    while line := stream.readline(RECORD_BYTES + 1):
        number += 1
        if len(line) <= RECORD_BYTES:
            yield number, line
            continue
        skipped = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_SKIP_CHUNK)
            skipped += len(line)
            if not line:
                break
            if skipped > RECORD_SKIP_BYTES:
                msg = (
                    f"line {number:,} is over {RECORD_SKIP_BYTES:,} bytes long: "
                    "not a JSON Lines file of records"
                )
                raise OSError(msg)
        yield number, None


def _read_list(stream: BinaryIO) -> bytes:
    """The whole of a records file written as one JSON list, up to :data:`RECORDS_LIST_BYTES`.

    It is read a chunk at a time, and each chunk is checked for what no JSON text holds (bytes
    that are not UTF-8, a NUL byte), so that a device or a binary file that happens to open with
    ``[`` fails at its first chunk instead of being read whole up to the bound.

    Raises:
        OSError: The file is longer (it is read whole to be parsed as one JSON value), or a chunk
            of it is not JSON text.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_LIST_CHUNK, RECORDS_LIST_BYTES + 1 - size)):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            msg = f"not a JSON list: byte {size + exc.start:,} is not UTF-8 text"
            raise OSError(msg) from None
        if (nul := chunk.find(b"\x00")) >= 0:
            msg = f"not a JSON list: byte {size + nul:,} is a NUL"
            raise OSError(msg)
        chunks.append(chunk)
        size += len(chunk)
        if size > RECORDS_LIST_BYTES:
            msg = (
                f"a JSON list of over {RECORDS_LIST_BYTES:,} bytes, too large to read whole: "
                "write the records as JSON Lines, one a line"
            )
            raise OSError(msg)
    return b"".join(chunks)


#: The longest line of a JSON Lines file of records: one record holds one article, which
#: newsparse parses up to 50 million characters. A longer line is that record's failure, and the
#: lines after it are read.
RECORD_BYTES = 50_000_000
#: How far a line over :data:`RECORD_BYTES` is read on to find its end: an endless one (from
#: ``/dev/zero``) fails the file rather than being read for ever.
RECORD_SKIP_BYTES = 1_000_000_000
#: The chunk an oversized line is read on in.
_SKIP_CHUNK = 1 << 16
#: The largest records file written as one JSON list (read whole, then parsed).
RECORDS_LIST_BYTES = 1_000_000_000
#: The chunk a records file written as one JSON list is read and checked in.
_LIST_CHUNK = 1 << 20


#: The byte-order marks of the encodings other than UTF-8 that a records file is read in
#: (UTF-32's first: its little-endian mark starts with UTF-16's).
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


_ZSTD = b"\x28\xb5\x2f\xfd"


def _opened_records(raw: BinaryIO) -> BinaryIO:
    """``raw`` unpacked when it is compressed, and as UTF-8 when it is in UTF-16 or UTF-32.

    Raises:
        OSError: ``raw`` is compressed in a format newsparse does not unpack (zstd).

    (bz2 and lzma load their C libraries: only for a compressed file, not at import.)
    """
    stream: BinaryIO = raw
    start = raw.read(16)
    raw.seek(0)
    if start.startswith(_ZSTD):
        msg = "it is compressed with zstd, which newsparse does not unpack: unpack it first"
        raise OSError(msg)
    kind = compression(start)
    # (The unpacking readers are left open: they hold nothing of their own, and the caller
    # closes the file beneath them.)
    if kind == "gzip":
        stream = cast("BinaryIO", gzip.GzipFile(fileobj=raw, mode="rb"))
    elif kind == "bzip2":
        import bz2  # noqa: PLC0415

        stream = cast("BinaryIO", bz2.BZ2File(raw))
    elif kind == "xz":
        import lzma  # noqa: PLC0415

        stream = cast("BinaryIO", lzma.LZMAFile(raw))  # noqa: SIM115
    head = stream.read(4)
    stream.seek(0)
    encoding = next((name for bom, name in _WIDE_BOMS if head.startswith(bom)), None)
    if encoding is None:
        return stream
    # (Re-encoded in UTF-8, as JSON Lines are written, a chunk at a time; an odd byte is a
    # replacement mark.)
    return cast("BinaryIO", io.BufferedReader(_Recoded(stream, encoding)))


class _Recoded(io.RawIOBase):
    """A stream of text in ``encoding`` read as UTF-8, a chunk at a time (not held whole).

    It can only go back to its start (``seek(0)``), as the records' reading does after a look.
    """

    _CHUNK = 1 << 16

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        super().__init__()
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if (offset, whence) != (0, io.SEEK_SET):
            msg = "a re-encoded records file can only go back to its start"
            raise io.UnsupportedOperation(msg)
        self._stream.seek(0)
        self._decoder.reset()
        self._pending = memoryview(b"")
        return 0

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = self._stream.read(self._CHUNK)
            self._pending = memoryview(self._decoder.decode(chunk, final=not chunk).encode("utf-8"))
            if not chunk:
                break
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


#: The most bytes of a file read to see whether it is one record written over several lines.
_ONE_RECORD_BYTES = 50_000_000


def _one_record(stream: BinaryIO) -> bytes | None:
    """The file's bytes when it is one JSON object written over several lines (indented).

    Only when its first line is no record; the stream is left at its start.
    """
    first = stream.readline(_ONE_RECORD_BYTES + 1)
    stream.seek(0)
    if _not_a_record(first) is None:
        return None
    data = stream.read(_ONE_RECORD_BYTES + 1)
    stream.seek(0)
    if len(data) > _ONE_RECORD_BYTES:
        return None
    try:
        value = json_loads(data, strict=False)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(value, dict) else None


def _listed_records(path: str, data: bytes, settings: Settings) -> Iterator[tuple[Task, Settings]]:
    try:
        items: Any = json_loads(data, strict=False)  # (a list: the caller saw "[" open it)
    except (ValueError, RecursionError) as exc:
        problem = f"not JSON Lines and not a JSON list ({exc})"
        yield Task(label=path, source=None, problem=problem, why="bad record"), settings
        return
    if items == []:
        problem = "it holds no record (an empty JSON list)"
        yield Task(label=path, source=None, problem=problem, why="bad file"), settings
    for index, item in enumerate(items):
        label = f"{path}#[{index}]"
        if not isinstance(item, dict):
            problem = f"not a JSON object but {type(item).__name__}"
            yield Task(label=label, source=None, problem=problem, why="bad record"), settings
            continue
        content = json.dumps(item, ensure_ascii=False)
        yield Task(label=label, source=Source(content=content)), settings


def _not_a_record(line: bytes) -> str | None:
    """Why a line of a records file is no record (a JSON object), or ``None``."""
    try:
        # (A tab or a carriage return inside a string is read, as parse_article reads it.)
        value = json_loads(line, strict=False)
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except json.JSONDecodeError as exc:
        return f"not a JSON line ({exc.msg})"
    except (ValueError, RecursionError):
        return _BEYOND_JSON_LIMITS
    if not isinstance(value, dict):
        return f"not a JSON object but {type(value).__name__}"
    return None


def _is_utf8(line: str) -> bool:
    """Whether ``line``, read with ``surrogateescape``, was valid UTF-8 (no byte was escaped)."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def find_inputs(
    args: Sequence[str],
    manifests: Sequence[str],
    include: Sequence[str],
    *,
    leave_out: str | None = None,
) -> list[Input]:
    """List the inputs the command line names, in order: arguments first, then manifests.

    ``leave_out`` names a folder (the output folder) whose files are not inputs when it lies in
    a folder being read: a rerun would otherwise parse the outputs of the run before.

    Raises:
        OSError: A manifest cannot be read.
    """
    found: list[Input] = []
    for arg in args:
        if arg == "-":
            found.append(Input(label="-", out_name="stdin"))
        elif arg and is_folder(arg):  # ("" is no folder, though Path("") is ".")
            found.extend(_walk(arg, include, _folder_id(leave_out)))
        else:
            found.append(Input(label=arg, path=arg, out_name=Path(arg).name))
    for manifest in manifests:
        found.extend(_manifest(manifest))
    return found


def output_name(out_name: str, fmt: str) -> str:
    """The file an input's output is written to, relative to the output folder."""
    return out_name + SUFFIXES[fmt]


def jsonl_labels(path: Path) -> set[str]:
    """The ``path`` of every complete record in the JSON Lines file ``path`` (for ``--resume``).

    A last line cut short by a killed run is removed from the file, so appending starts clean.
    Only a regular file holds records: a device, a pipe or a folder gives none (reading
    ``/dev/zero`` would never end, and a pipe would wait for a writer, perhaps this process).
    The file is read a line at a time, so a large one is never held whole.

    Raises:
        OSError: The file is there but cannot be read (no permission), or is a folder.
    """
    try:
        # (O_NONBLOCK: opening a named pipe does not wait for a writer; a regular file ignores it.)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return set()
    labels: set[str] = set()
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        return labels
    end = 0  # (the bytes of the complete lines read)
    cut = False
    with os.fdopen(fd, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                cut = True
                break
            end += len(line)
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                continue  # (not a record, nor one past json's limits: a number or nesting too long)
            if isinstance(record, dict) and isinstance(record.get("path"), str):
                labels.add(record["path"])
    if cut:
        with path.open("r+b") as handle:
            handle.truncate(end)
    return labels


def record_path(label: str) -> str:
    r"""``label`` as a JSON Lines record's ``path`` gives it, always valid UTF-8.

    A file name's bytes that are not UTF-8 (read as lone surrogates) are written as escapes,
    ``\udcff``, rather than failing the whole run when the record is written.
    """
    return label.encode("utf-8", "backslashreplace").decode("utf-8")


def render(article: Article, label: str, settings: Settings) -> str:
    """The article as the run's format writes it (without a final newline)."""
    if settings.fmt == "jsonl":
        data = to_dict(article)
        record = {"path": record_path(label), **data} if settings.several else data
        return json.dumps(record, ensure_ascii=False)
    if settings.fmt == "json":
        return to_json(article)
    if settings.fmt == "markdown":
        return to_markdown(article).rstrip("\n")
    return to_text(article).rstrip("\n")


def work(job: tuple[Task, Settings]) -> Done:
    """Parse and render one input; every failure comes back as a :class:`Done` with an error."""
    task, settings = job
    if task.problem is not None or task.source is None:
        return Done(label=task.label, error=task.why, message=task.problem)
    from newsparse._batch import _parse_source, _Settings  # noqa: PLC0415 - one parse path

    options = _Settings(
        default_timezone=settings.default_timezone, kind=settings.kind, encoding=settings.encoding
    )
    result = _parse_source((task.source, options))
    if isinstance(result, NewsparseError):
        return Done(label=task.label, error=type(result).__name__, message=str(result))
    try:
        text = render(result, task.label, settings)
    except Exception as exc:
        error = InternalError(f"internal error, please report it: {type(exc).__name__}: {exc}")
        return Done(label=task.label, error="InternalError", message=str(error))
    return Done(label=task.label, text=text, out_name=task.out_name)


def crashed(job: tuple[Task, Settings]) -> Done:
    """The result for an input whose worker process died."""
    return Done(
        label=job[0].label,
        error="InternalError",
        message="the worker process parsing this input died (a crash, or out of memory)",
    )


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to ``fd``, normally in one system call, so a record is never split."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_file(folder: Path, name: str, text: str) -> None:
    """Write ``text`` to ``folder/name`` under a temporary name, then rename it into place.

    The file gets the mode ``-o FILE`` gets, 0o644 less the umask (``tempfile.mkstemp`` would
    make it 0o600, readable by its owner alone).
    """
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = _create_temporary(target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _create_temporary(folder: Path) -> tuple[int, Path]:
    """Create a new hidden file in ``folder`` for writing; return its descriptor and path."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = folder / f".newsparse-{os.urandom(6).hex()}.tmp"
        try:
            return os.open(temporary, flags, 0o644), temporary
        except FileExistsError:  # pragma: no cover - 48 random bits met an earlier name
            continue
    msg = f"no free temporary name in {folder}"  # pragma: no cover
    raise FileExistsError(msg)  # pragma: no cover
