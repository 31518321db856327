"""Whitespace and invisible characters, the same way for every parser."""

from __future__ import annotations

import heapq
import re
import textwrap
import unicodedata
from collections.abc import Iterator, Sequence

__all__ = [
    "INVISIBLE_FORMAT_CHARS",
    "STRAY_CHARS",
    "clean_line",
    "clean_preformatted",
    "clean_text",
    "drop_invisible",
    "drop_invisible_and_stray",
    "drop_stray_marks",
    "excerpt",
    "has_stray_marks",
    "is_blank",
    "one_line",
    "plain_spaces",
    "quoted_lines",
    "shortened",
]

# Zero-width and formatting characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, BOM,
# soft hyphen, and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069), which only steer how a line is laid out and, pasted round a name ("By
# \u2066Ann Lee\u2069"), split it from its label. (The marks U+200E and U+200F stay: right-to-left
# text uses them between its words.)
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: Other invisible characters that pages paste where a zero-width space would stand: the
#: Mongolian vowel separator (a space until Unicode 6.3), the combining grapheme joiner, the
#: invisible operators (function application, times, separator, plus) and the presentation
#: selectors of emoji. Text keeps them (Mongolian shapes its letters by the first, an emoji is
#: drawn by the last); the rules that read a name or a date read them as nothing there.
INVISIBLE_FORMAT_CHARS = "\u180e\u034f\u2061\u2062\u2063\u2064\ufe0e\ufe0f"
_BIDI_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE_CHARS = _ZERO_WIDTH_CHARS + _BIDI_CHARS
# The bidirectional controls in UTF-8. Searched for in a text's bytes, when they are at hand,
# where a search for each over the text costs many times more: a search for a character looks
# for its low byte first, and theirs are common ones (",", ".", "f", "i").
_BIDI_UTF8 = re.compile(rb"\xe2(?:\x80[\xaa-\xae]|\x81[\xa6-\xa9])")
# What clean_line drops besides: the invisible operators (function application, times,
# separator, plus), which no text shows and pages paste where a zero-width space would stand
# (fuzz48). Unprintable, so a line holding one takes clean_line's slow path, where they are
# looked for; not looked for in a whole text at once (drop_invisible), where a search for one
# of them costs as much as one for "a" to "d", their low bytes.
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}\u2061-\u2064]")
# The same characters, each in UTF-8 (looked for in a page's bytes at memchr speed).
_INVISIBLE_UTF8 = tuple(char.encode() for char in _INVISIBLE_CHARS)
_VISIBLE = re.compile(f"[^\\s{_INVISIBLE_CHARS}]")
# Every Unicode space, including no-break and ideographic spaces, and tabs; not newlines.
_SPACES = re.compile(r"[^\S\n]+")
# What clean_line changes on a line without invisible characters: a space other than " ", two
# spaces, a space at either end. Checked only on long lines, where it is cheaper than rebuilding.
_OTHER_SPACE = re.compile(r"[^\S ]")
_LONG = 10_000


def clean_line(line: str) -> str:
    """Return ``line`` with invisible characters removed, every run of spaces folded to one, trimmed."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        # Already clean: every invisible character and every space but U+0020 is unprintable.
        return line
    if "\n" not in line:
        # The common case, faster: str.split() splits on exactly the characters \s matches, and
        # the invisible characters are all outside ASCII.
        if not line.isascii() and _INVISIBLE.search(line) is not None:
            line = _INVISIBLE.sub("", line)
        elif (
            len(line) > _LONG
            and line[0] != " "
            and line[-1] != " "
            and "  " not in line
            and _OTHER_SPACE.search(line) is None
        ):
            return line  # already clean: the parsers clean a long line many times over
        return " ".join(line.split())
    stripped = line.strip()
    if "\n" not in stripped:
        # One line between blank ones, as markup indents it ("\n    A headline\n  "): cleaning
        # the line alone gives the same, by the faster path above (whitespace is never invisible,
        # so what the trim leaves holds every character the regular expressions keep).
        return clean_line(stripped)
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def one_line(text: str) -> str:
    """Clean ``text`` and fold every whitespace run, newlines included, to one space.

    What a one-line field (a title, a description, a name) is made of, from a page's markup and
    from a JSON record alike.
    """
    line = clean_line(text)
    # clean_line leaves no whitespace but single spaces, and newlines: only they need folding.
    return " ".join(line.split()) if "\n" in line else line


def shortened(text: str, limit: int = 80) -> str:
    """``text`` as a warning quotes it: its first ``limit`` characters, and dots when there are more.

    >>> shortened("a headline", 4)
    'a he...'
    """
    return text if len(text) <= limit else f"{text[:limit]}..."


#: A warning quotes a line of text whole up to this many characters (the longest line a warning
#: quoted on the 7,034 generated dumps had 2,480); a longer one by an excerpt (see
#: :func:`excerpt`).
QUOTED_CHARS = 1_000
#: A warning naming many lines quotes them up to about this many characters and counts the rest
#: (see :func:`quoted_lines`).
QUOTED_LINES_CHARS = 1_000


def excerpt(text: str, limit: int = QUOTED_CHARS) -> str:
    """``text`` as a warning quotes it: whole, or past ``limit`` characters its first 80 and its length.

    A warning quoted a line left out whole, however long (a line of a megabyte in hostile input).

    >>> excerpt("a headline")
    'a headline'
    >>> excerpt("a" * 1_200) == "a" * 80 + "... (1,200 characters)"
    True
    """
    return text if len(text) <= limit else f"{shortened(text)} ({len(text):,} characters)"


def quoted_lines(lines: Sequence[str]) -> str:
    """``lines`` as a warning names them: each quoted (see :func:`excerpt`), the rest counted.

    The quotes run to about :data:`QUOTED_LINES_CHARS` characters (the first line always); the
    lines past them are counted with their characters: a page's tail of 383 lines was quoted
    whole, 13,000 characters in one warning.

    >>> quoted_lines(["Tags", "Share"])
    "'Tags', 'Share'"
    >>> quoted_lines(["x" * 600, "y" * 600, "z"]) == repr("x" * 600) + " and 2 more lines (601 characters)"
    True
    """
    quotes: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        quote = repr(excerpt(line))
        used += len(quote) + 2
        if quotes and used > QUOTED_LINES_CHARS:
            rest = lines[index:]
            more = f"{len(rest):,} more line" + ("s" if len(rest) > 1 else "")
            return f"{', '.join(quotes)} and {more} ({sum(map(len, rest)):,} characters)"
        quotes.append(quote)
    return ", ".join(quotes)


def clean_preformatted(text: str) -> str:
    """Clean preformatted text (``<pre>``) and keep its layout: its lines and their indentation.

    Invisible characters go, every other space becomes ``" "``, trailing spaces and blank lines
    at either end go, and the indentation all lines share is taken off; the rest of each line
    (indentation, spaces that line up columns) stays as the page shows it.
    """
    text = _OTHER_SPACE.sub(_space, _INVISIBLE.sub("", text.expandtabs(8)))
    lines = [line.rstrip() for line in text.split("\n")]
    return textwrap.dedent("\n".join(lines)).strip("\n")


def _space(match: re.Match[str]) -> str:
    return "\n" if match.group() == "\n" else " "


def clean_text(text: str) -> str:
    """Clean a multi-line string line by line, keeping single newlines and dropping empty lines."""
    lines = (clean_line(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def is_blank(text: str) -> bool:
    """Whether ``text`` holds no visible character at all."""
    # A search for the first visible character stops early; a whole-page substitution would not.
    return _VISIBLE.search(text) is None


def drop_invisible_and_stray(text: str, utf8: bytes | None) -> tuple[str, bytes | None]:
    """:func:`drop_invisible`, then :func:`drop_stray_marks`, and ``utf8`` so too.

    Where the bytes tell where the invisible characters are, their search tells too whether a
    direction mark or a presentation selector stands in the page (their UTF-8 opens with the
    same lead bytes), and the Arabic letter mark and the Mongolian vowel separator are looked
    for in the text only when their lead bytes are in the bytes: six searches over a page's
    text (two bytes a character) cost 0.5 M instructions a development page, 0.8% of a parse.
    """
    if text.isascii():
        return text, utf8
    stray = [False]
    spans = None if utf8 is None else _invisible_in_utf8(utf8, stray)
    if utf8 is None or spans is None:
        text, utf8 = drop_invisible(text, utf8)
        found = has_stray_marks(text)
    else:
        if spans:
            text, utf8 = _dropped(text, utf8, spans)
        found = (
            stray[0]
            or (b"\xd8" in utf8 and "\u061c" in text)
            or (b"\xe1" in utf8 and "\u180e" in text)
            or (b"\xcd" in utf8 and _JOINER in text)
        )
    if not found:
        return text, utf8
    unmarked = drop_stray_marks(text, markup=True)
    if len(unmarked) == len(text):
        return text, utf8
    return unmarked, None if utf8 is None else unmarked.encode()


def drop_invisible(text: str, utf8: bytes | None = None) -> tuple[str, bytes | None]:
    """``text`` without the invisible characters :func:`clean_line` removes, and ``utf8`` so too.

    A zero-width space, a byte-order mark or a soft hyphen pasted into a page splits a label from
    its words (``"Posted\u200b by Ann Lee"``, ``"Photo: \ufeffAnn Lee"``) for every rule that
    reads them, and no field keeps one. ``utf8``, when given, is ``text`` in UTF-8, and the bytes
    given back are the text given back in UTF-8 (``None`` when none were given). The text and
    the bytes themselves come back when there is nothing to drop. The bytes, when given, tell
    where the characters are (:func:`_invisible_in_utf8`); else each is looked for in the text,
    where a search for one character costs a fraction of one for its bytes.
    """
    if text.isascii():
        return text, utf8
    if utf8 is not None and (spans := _invisible_in_utf8(utf8)) is not None:
        return _dropped(text, utf8, spans) if spans else (text, utf8)
    for char, code in zip(_INVISIBLE_CHARS, _INVISIBLE_UTF8, strict=True):
        if char in text:
            text = text.replace(char, "")
            if utf8 is not None:
                # (Each of these sequences opens with a lead byte: it is that character wherever
                # it stands in valid UTF-8.)
                utf8 = utf8.replace(code, b"")
    return text, utf8


def _dropped(text: str, utf8: bytes, spans: list[tuple[int, int]]) -> tuple[str, bytes]:
    """``text`` and ``utf8`` without the invisible characters whose bytes stand at ``spans``."""
    # The bytes and the text between the characters, each joined: the k-th character in the
    # bytes is the k-th in the text, found by a search from the one before (no other invisible
    # character stands between), which costs a fraction of reading the joined bytes again.
    spans.sort()
    pieces = []
    text_pieces = []
    last = at = 0
    for start, end in spans:
        pieces.append(utf8[last:start])
        last = end
        found = text.find(_INVISIBLE_OF_UTF8[utf8[start:end]], at)
        if found < 0:  # pragma: no cover - the bytes given were not the text's
            at = -1
            break
        text_pieces.append(text[at:found])
        at = found + 1
    pieces.append(utf8[last:])
    utf8 = b"".join(pieces)
    if at < 0:  # pragma: no cover - (as above) the bytes, read again, are the text
        return utf8.decode("utf-8"), utf8
    text_pieces.append(text[at:])
    return "".join(text_pieces), utf8


#: The invisible characters in UTF-8 by the byte their sequences open with: the lead byte,
#: the sequences' length, and the sequences.
_INVISIBLE_BY_LEAD = tuple(
    (lead, size, frozenset(code for code in _INVISIBLE_UTF8 if code[:1] == lead))
    for lead, size in ((b"\xc2", 2), (b"\xe2", 3), (b"\xef", 3))
)
#: Each invisible character, by its UTF-8 bytes.
_INVISIBLE_OF_UTF8 = dict(zip(_INVISIBLE_UTF8, _INVISIBLE_CHARS, strict=True))
#: The stray characters whose UTF-8 opens with a lead byte :func:`_invisible_in_utf8` tries.
_STRAY_UTF8 = frozenset(char.encode() for char in "\u200e\u200f\ufe0e\ufe0f")
#: :func:`_invisible_in_utf8` tries one place for each this many bytes (and at least 64). A try
#: (a slice looked up in a set) costs a few hundred instructions; the fifteen searches over the
#: text it spares cost about twenty a character on a page with characters past U+00FF (the
#: development pages that ran out of tries at one place for each 512 bytes cost 4.7 M
#: instructions each there; none needs one for each 128).
_BYTES_PER_HOP = 128


def _invisible_in_utf8(
    utf8: bytes, stray: list[bool] | None = None
) -> list[tuple[int, int]] | None:
    """Where the UTF-8 bytes ``utf8`` hold invisible characters, ``None`` when not checked.

    Three searches for a lead byte over a page's bytes cost less than six searches for a
    character over its text, which a page with one character past U+00FF holds in two or four
    bytes a character. A lead byte opens a sequence wherever it stands in valid UTF-8, so each
    place found is tried once; past as many places as :data:`_BYTES_PER_HOP` allows (a page of
    curly quotes and dashes, which open with the same byte) the question is left to the
    searches over the text.

    ``stray[0]``, when ``stray`` is given, is set when a direction mark (U+200E, U+200F) or a
    presentation selector (U+FE0E, U+FE0F) is met among the places tried: their sequences open
    with the same lead bytes.

    Returns:
        The ``(start, end)`` of each character's bytes, in no order.
    """
    hops = max(64, len(utf8) // _BYTES_PER_HOP)
    spans: list[tuple[int, int]] = []
    find = utf8.find
    for lead, size, sequences in _INVISIBLE_BY_LEAD:
        at = find(lead)
        while at >= 0:
            hops -= 1
            if not hops:
                return None
            # (A slice and a look in a set cost a fraction of a regular expression's match.)
            piece = utf8[at : at + size]
            if piece in sequences:
                spans.append((at, at + size))
            elif stray is not None and piece in _STRAY_UTF8:
                stray[0] = True
            at = find(lead, at + 1)
    return spans


#: The direction marks (left-to-right, right-to-left, the Arabic letter mark), the Mongolian
#: vowel separator, the presentation selectors and the combining grapheme joiner: what
#: :func:`drop_stray_marks` may drop.
STRAY_CHARS = "\u200e\u200f\u061c\u180e\ufe0e\ufe0f\u034f"
#: The combining grapheme joiner, which joins a combining mark to what stands before it.
_JOINER = "\u034f"
_MARK_CHARS = "\u200e\u200f\u061c"
#: A character of a script written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the
#: rest of U+0590-U+08FF, their presentation forms, and those beyond U+FFFF), the marks aside.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u061b\u061d-\u08ff\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
#: A letter (what ``\\w`` matches, less digits and the underscore).
_LETTER = re.compile(r"[^\W\d_]")
#: The Mongolian letters, which the vowel separator shapes.
_MONGOLIAN = range(0x1820, 0x18B0)
_KEYCAP = "\u20e3"
_LINE_BREAK = re.compile("[\n\r]")


def has_stray_marks(text: str) -> bool:
    """Whether ``text`` holds one of :data:`STRAY_CHARS`.

    At ``memchr`` speed: a search for a character looks for its low byte first, and theirs are
    rare ones.
    """
    # (each test written out: a generator's steps cost more than the six searches, which in a
    # text of one byte a character end at once)
    return (
        "\u200e" in text
        or "\u200f" in text
        or "\u061c" in text
        or "\u180e" in text
        or "\ufe0f" in text
        or "\ufe0e" in text
        or _JOINER in text
    )


def drop_stray_marks(text: str, *, markup: bool = False) -> str:
    """``text`` without the direction marks and invisible characters that steer nothing there.

    A direction mark (U+200E, U+200F, the Arabic letter mark U+061C) steers how right-to-left
    text and the numbers and signs beside it are laid out, and stays in a line that holds a
    right-to-left letter (or no letter at all: a date's figures, which the mark may turn). In a
    line of letters written left to right and none written right to left it steers nothing a
    reader sees: an editor's leftover (or a page's, pasted round a name, a label or a place),
    which split the words the rules read (``KABAR.com\u200e -``, ``\u200fPenulis: Ani``), and
    the line's site name, dateline, author, title or paragraph was lost (fuzz48). So too, in
    such a line, the Mongolian vowel separator U+180E where no Mongolian letter stands before
    it, and a presentation selector (U+FE0E, U+FE0F) where it follows a line's start, a space,
    ASCII or a letter or digit below U+2000 (no emoji; a keycap, before U+20E3, keeps it).
    The combining grapheme joiner U+034F goes wherever no combining mark follows it
    (:func:`_joins`), in a line of any direction.

    A line of a page's markup (``markup``) is a line of its source, and in one that holds a
    right-to-left letter the unit is narrowed to the run between block-level tags (a paragraph,
    a heading, a list item, a cell, a line break): a minified page is one line, and a menu
    entry in Arabic or a quote in Hebrew anywhere on it kept every mark of the page (fuzz49).
    In a line of a text dump that holds one, the unit is the sentence (up to a full stop, a
    question or exclamation mark before a space): a dump flattened to one line is one too.
    """
    pieces: list[str] = []
    last = 0
    line_end = 0  # where the line of the last character looked at ends (its break, or the end)
    run_end = 0  # where the run (the part of a right-to-left line) looked at last ends
    left_to_right = letters = right_to_left_line = False
    breaks: Iterator[re.Match[str]] = iter(())
    pending: re.Match[str] | None = None
    # (Each character's places are found at memchr speed and merged in order, never held in a
    # list: a text of millions of marks costs no memory for them.)
    for at in heapq.merge(*(_positions(text, char) for char in STRAY_CHARS)):
        if at >= line_end:
            # The line's bounds, looked for back to the last line's end and on to the next
            # break only: each stretch of the text is read once. (A search for a kind of break
            # the text lacks read all of it again for each line: 40,000 lines took 1.2 s.)
            start = max(text.rfind("\n", line_end, at), text.rfind("\r", line_end, at)) + 1
            after = _LINE_BREAK.search(text, at)
            start = start or line_end
            line_end = len(text) if after is None else after.start()
            line = text[start:line_end]
            right_to_left_line = _RIGHT_TO_LEFT.search(line) is not None
            left_to_right = not right_to_left_line
            letters = _LETTER.search(line) is not None
            if right_to_left_line:
                # (the runs' bounds, found once each as the marks move on: linear)
                breaks = (_BLOCK_TAG if markup else _SENTENCE_END).finditer(text, start, line_end)
                pending = next(breaks, None)
                run_end = start
        if right_to_left_line and at >= run_end:
            run_start = run_end
            while pending is not None and pending.end() <= at:
                run_start = pending.end()
                pending = next(breaks, None)
            if pending is None:
                run_end = line_end
            else:  # (a mark inside a tag belongs to the run the tag ends)
                run_end = pending.start() if pending.start() > at else pending.end()
            run = text[run_start:run_end]
            left_to_right = _RIGHT_TO_LEFT.search(run) is None
            letters = _LETTER.search(run) is not None
        if (
            not _joins(text, at)
            if text[at] == _JOINER
            else left_to_right and _is_stray(text, at, letters)
        ):
            pieces.append(text[last:at])
            last = at + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


#: A block-level tag, opening or closing: where a run of a line of markup ends (a right-to-left
#: line's marks are judged run by run).
_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|blockquote|body|br|button|caption|d[dlt]|div|fig(?:caption|ure)"
    r"|footer|form|h[1-6r]|head(?:er)?|html|iframe|li|link|main|meta|nav|noscript|ol|option|p"
    r"|pre|script|section|select|style|t(?:able|body|[dhr]|foot|head|itle)|ul)(?=[\s/>])[^<>]*>?",
    re.IGNORECASE,
)
#: A sentence's end before a space: where a run of a dump's right-to-left line ends.
_SENTENCE_END = re.compile("[.!?\u061f\u06d4\u3002](?=\\s)")


def _joins(text: str, at: int) -> bool:
    """Whether the combining grapheme joiner at ``at`` stands before a combining mark.

    There it keeps the mark from being reordered or read with the letter before (Hebrew points,
    a diaeresis that is no umlaut), in any script. Anywhere else (a word's or a label's edge, a
    space, a comma) it joins nothing, and it split a dateline from its outlet and a title's
    words (fuzz49), so it goes.
    """
    after = text[at + 1 : at + 2]
    return bool(after) and unicodedata.category(after).startswith("M")


def _positions(text: str, char: str) -> Iterator[int]:
    """Where ``char`` stands in ``text``, in order."""
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


def _is_stray(text: str, at: int, letters: bool) -> bool:
    """Whether the character at ``at``, in a line of no right-to-left letter, steers nothing."""
    char = text[at]
    if char in _MARK_CHARS:
        return letters
    before = text[at - 1] if at else " "
    if char == "\u180e":
        return ord(before) not in _MONGOLIAN
    if text[at + 1 : at + 2] == _KEYCAP:
        return False  # (a keycap: "1", "#" or "*", the selector, U+20E3)
    # (No emoji below U+00A9, the copyright sign; none is a letter or a digit below U+2000.)
    return before < "\u00a9" or before.isspace() or (before.isalnum() and before < "\u2000")


#: The no-break spaces: a plain space wherever a dump's line is cleaned.
_NO_BREAK_SPACES = "\u00a0\u2007\u202f"


def plain_spaces(text: str, utf8: bytes | None = None) -> str:
    """``text`` with plain spaces for no-break ones and without invisible characters.

    A dump's lines are cleaned so (:func:`clean_line`) as they are read; a rule that reads the
    text before its lines are cleaned (a header's field compared with a line of the body, a
    label and its value) must not be split from them by a character no reader sees. ``utf8``,
    when given, is ``text`` in UTF-8: the bidirectional controls are looked for in it. The
    direction marks (and a few other invisible characters) go from the lines written left to
    right only (:func:`drop_stray_marks`).
    """
    if text.isascii():
        return text
    if has_stray_marks(text):
        text = drop_stray_marks(text)
    if (
        utf8 is None
        or any(char in text for char in _ZERO_WIDTH_CHARS)
        or _BIDI_UTF8.search(utf8) is not None
    ):
        text, _ = drop_invisible(text)
    for space in _NO_BREAK_SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text
