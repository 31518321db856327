"""Cheap per-line evidence for finding a dump's title, shared by the parser and its training.

Every feature is a number computed from the line and its neighbours: where it stands, how long it
is, how it ends, its case and digits, whether a date line or byline stands near it, whether running
text follows it, and whether the page repeats it (pages print their title in the window title, the
breadcrumbs and the share text too). ``benchmarks/textlines.py`` trains the weights on the generated
corpus of text dumps; the parser applies them in :mod:`newsparse._text.title`, in pure Python.
"""

from __future__ import annotations

import json
import math
import operator
import pkgutil
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import accumulate, compress, filterfalse, product, repeat
from operator import itemgetter

import attrs

from newsparse._normalize.phrases import CREDIT_WORDS
from newsparse._text.lines import (
    BULLET_STARTS,
    KANA_HAN,
    LineFacts,
    is_bullet,
    is_paragraph_like,
    paragraph_flags,
)
from newsparse._text.page import anchored_title

__all__ = [
    "FEATURES",
    "LATE",
    "SOUGHT",
    "WHOLE_PAGE",
    "TitleEvidence",
    "TitleModel",
    "candidate_limit",
    "candidates",
    "cjk_paragraph_flags",
    "cjk_spaces",
    "dump_group",
    "holds_cjk",
    "line_features",
    "load_model",
    "top_dated",
    "top_spaces",
    "trail_end",
    "weighted_sum",
]

FEATURES = (
    "bias",
    "position",
    "log_index",
    "first",
    "words",
    "headline_words",
    "ends_period",
    "ends_question",
    "ends_colon",
    "site_separator",
    "title_case",
    "upper",
    "digits",
    "repeated",
    "prefix_of_other",
    "paragraphs_after",
    "date_after",
    "date_before",
    "byline_after",
    "paragraph_like",
    "boilerplate",
    "heading",
    "previous_paragraph",
    "first_headline",
    "headline_rank",
    "length",
    "next_is_paragraph",
    "comma",
    "main_body_after",
    "body_after_far",
    "like_first_line",
    "first_near_body",
    "rank_near_body",
    "headlines_between",
    "text_before_next_date",
    "anchored",
    "kicker_before",
    "credit_end",
    "body_words",
    "year_after",
    "words_below",
    "paragraphs_below",
    "copies",
    "in_window_title",
    "inside_previous",
    "short_around",
    "shaped_around",
    "gap_to_text",
    "byline",
)
#: Lines looked at as title candidates: the first this many lines of a dump (or more, see
#: :func:`candidate_limit`).
MAX_CANDIDATES = 400
#: How far a long page is read for where its running text is densest (:func:`candidate_limit`).
_FAR_REACH = 2000
_AFTER = 8
_KICKER_WORDS = 3
#: How much of a long line the repetition features look at (a title is at most 300 characters).
_PREFIX_CHARS = 1000
_MAX_WORDS = 40
#: How many of the first lines :func:`_openings` reads (a title may open one of them).
_HEAD_LINES = 40
_SIGNED_WORDS = 12
#: A word for "by" that a whole page may set on a line of its own, the name on the next.
_LONE_BY = frozenset(("by", "von", "par", "por", "di", "door", "av", "af", "oleh", "written by"))
#: The longest such line, in characters (``Written by:``).
_LONE_BY_CHARS = 11
#: Every line that is such a word, in any case, colons after it, up to that length: the lines
#: whose ``rstrip(":").lower()`` is in :data:`_LONE_BY` (no character but ASCII lowers to their
#: letters). A page's lines are looked up in it at once, not lowered one by one.
_LONE_BY_LINES = frozenset(
    "".join(letters) + ":" * colons
    for word in _LONE_BY
    for letters in product(*({char, char.upper()} for char in word))
    for colons in range(_LONE_BY_CHARS - len(word) + 1)
)
#: List items as text renderers write them: "o Energy", "+ Topic", "1. Headline".
_LIST_ITEM = re.compile(r"^(?:[o+]\s|\d{1,2}\.\s)")
_ASCII_DIGIT = re.compile(r"[0-9]")
#: A year as pages print it beside an article's time (``05.06.2025 um 14:46``, ``Jan 3, 2024``).
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A line longer than this is not read as a date stamp.
_SHORT = 80
#: The marks between the steps of a breadcrumb trail (``Home › News › Politics``).
_TRAIL_MARKS = (" > ", " >> ", " › ", " ›› ", " » ", " / ")
_TRAIL_MARK = re.compile(r" (?:>>?|››?|»|/) ")
#: The last step of a trail is its page's headline when it has this many words or more.
_TRAIL_END_WORDS = 3

#: How much of a line's end is read for a photo credit.
_CREDIT_TAIL = 60
#: A label that opens a photo credit near a caption's end (``Photograph: Name/Agency``).
_CREDIT_LABEL = re.compile(r"(?i)(?:^|\W)(?:photo(?:graph)?s?|fotos?|bild|image|credit|quelle)\s*:")
#: Lines of at most this many words are menu items; how far around a line they are counted.
_MENU_WORDS = 2
_AROUND = 4

_BODY = 30
_NEAR = 4
#: The dump group of a whole page rendered to text (see :func:`dump_group`).
WHOLE_PAGE = 2
#: A dump of this many lines or more whose first lines are mostly not running text is read as a
#: whole page (menus first; a whole page may still open with a long window title).
_WHOLE_PAGE_LINES = 40
_OPENING = 10
_OPENING_TEXT = 0.45
#: A shorter dump is a whole page too when this many of its opening lines are menu bullets.
_SHORT_PAGE_LINES = 15
_SHORT_PAGE_MENU = 3
#: The first lines of a page, where a whole-page rendering prints the window title.
_WINDOW_TITLE = 3
#: How far below a line its own text is looked for, and how many paragraphs sharing its words count.
_BELOW = 40
_BELOW_PARAGRAPHS = 10
#: Words shorter than this are not compared with the body; longer ones are cut to it (a crude stem).
_STEM = 5
#: Chinese characters and Japanese kana, written without spaces between words (Korean has them).
_CJK = re.compile(f"[{KANA_HAN}]")
#: The bytes that are no high byte of a character from U+3000 to U+9FFF in UTF-16 (where those
#: of kana and han lie, and few others).
_NOT_CJK_HIGH = bytes(byte for byte in range(256) if not 0x30 <= byte <= 0x9F)
#: A line of them with fewer than one space in this many characters (so 8 characters at least
#: for a line with none: a shorter one is a menu item, as a one-word line is) counts a word for
#: every this many characters.
_CJK_SPACED = 8
_CJK_WORD_CHARS = 4
#: A line of them is running text when it has this many characters, or this many and a sentence's
#: end.
_CJK_TEXT_CHARS = 60
_CJK_SENTENCE_CHARS = 10
_CJK_SENTENCE_ENDS = "。．！？」』"
#: A line of them that is no headline: a link that skips the menus (``メニューをとばして本文へ``,
#: ``跳到主要内容``), a photo caption (``港の様子＝14日、例市``: the mark before its place
#: and date), or a list (three list marks or more: ``例市、例町、例村、例区``, a menu glued into
#: one line ``政治・経済・国際・社会``).
_CJK_NO_HEADLINE = re.compile(
    r"をとばして|を飛ばして|をスキップ|^跳(?:到|转到|至|過|过)"
    r"|本文(?:エリア)?(?:へ|に)(?:移動|スキップ|ジャンプ|進む)?$|＝"
    r"|[、・][^、・]*[、・][^、・]*[、・]"
)


def _date_stops(paragraph: Sequence[bool], dated: Sequence[bool]) -> tuple[list[int], list[int]]:
    """Where the date lines stand, and where those that are no running text do (the line count last).

    What :func:`_text_before_next_date` reads: a page holds few date lines, listed once here.
    """
    at = list(compress(range(len(paragraph)), dated))
    stops = [near for near in at if not paragraph[near]]
    stops.append(len(paragraph))
    return at, stops


def _text_before_next_date(
    index: int, at: Sequence[int], stops: Sequence[int], sums: Sequence[int]
) -> float:
    """Running text under line ``index``'s own date line, up to the next date line.

    ``at`` and ``stops`` are :func:`_date_stops`, ``sums`` the prefix sums of running text. The
    line's own date line is its first date line below, if one stands just below it; the text
    is counted by the sums up to the next date line that is no running text (a list's next item),
    both found by bisection, not by a walk over the lines.
    """
    start = index + 1
    own = bisect_left(at, start)
    if own < len(at) and at[own] < start + _NEAR:
        start = at[own] + 1
    stop = stops[bisect_left(stops, start)]
    half = _BODY // 2
    end = start + half if start + half < stop else stop
    return (sums[end] - sums[start]) / half if end > start else 0.0


def _texts_before_next_date(
    paragraph: Sequence[bool], dated: Sequence[bool], sums: Sequence[int], chosen: Sequence[int]
) -> list[float]:
    """:func:`_text_before_next_date` of each chosen line (``sums``: prefix sums of ``paragraph``)."""
    at, stops = _date_stops(paragraph, dated)
    return [_text_before_next_date(index, at, stops, sums) for index in chosen]


def _blob(top: Sequence[str]) -> str:
    """The lines of ``top``, each cut to :data:`_PREFIX_CHARS`, in one text (one a line)."""
    if max(map(len, top), default=0) > _PREFIX_CHARS:
        return "\n".join([line[:_PREFIX_CHARS] for line in top])
    return "\n".join(top)  # most pages: no line that long, none cut (a slice a line cost more)


def _digits(line: str) -> float:
    """The share of the line's characters that are digits."""
    if line.isascii() and _ASCII_DIGIT.search(line) is None:
        return 0.0  # most lines: no digit at all
    return sum(map(str.isdigit, line)) / len(line)


def _numbered(line: str) -> bool:
    r"""Whether ``line``, opening with a digit, goes on as :data:`_LIST_ITEM`'s numbered item.

    One or two digits, a full stop and a space (the pattern's ``\d`` and ``\s`` are
    :meth:`str.isdecimal` and :meth:`str.isspace` of a character), read without the pattern.
    """
    second = line[1:2]
    if second == ".":
        return line[2:3].isspace()
    return second.isdecimal() and line[2:3] == "." and line[3:4].isspace()


def _short_bylines(top: Sequence[str], found: Sequence[object | None]) -> list[bool]:
    """Which lines of ``top`` are short bylines: ``found`` (their bylines) holds one, of few words.

    The few lines that are a byline are picked out in C: the rest are no short byline.
    """
    signed = [False] * len(top)
    for index in compress(range(len(top)), map(operator.is_not, found, repeat(None))):
        signed[index] = top[index].count(" ") < _SIGNED_WORDS
    return signed


def _sign_split_bylines(top: Sequence[str], signed: list[bool], facts: LineFacts) -> None:
    """Mark a byline set over two lines (``By`` over ``Jane Doe``) in ``signed``, both lines.

    A renderer writing each element of a page on a line of its own parts the by-word from the
    name; read together they are the headline's byline, as on one line.
    """
    # The lines that are a by-word, found in one lookup of each line (few pages hold one), and
    # where they stand: a line of no by-word is passed over, as its test below would.
    found = _LONE_BY_LINES.intersection(top)
    if not found:
        return
    last = len(top) - 1  # (a by-word closing the lines has no name under it)
    indices = []
    for line in found:
        index = -1
        for _ in range(top.count(line)):
            index = top.index(line, index + 1)
            if index < last:
                indices.append(index)
    for index in sorted(indices):
        line = top[index]
        if (
            len(line) <= _LONE_BY_CHARS
            and not signed[index]
            and line.rstrip(":").lower() in _LONE_BY
            and not signed[index + 1]
        ):
            byline = facts.byline(f"{line.rstrip(':')} {top[index + 1]}")
            if byline is not None and byline.authors:
                signed[index] = True


def trail_end(line: str) -> str | None:
    """The last step of ``line`` when two trail marks or more split it (a breadcrumb trail).

    ``None`` for any other line. A page's trail may end with its headline
    (``Home › News › Harbour reopens after the storm``): the step is the title, the rest is not.
    """
    if not (">" in line or "›" in line or "»" in line or " / " in line):
        return None  # most lines: no mark's character at all
    if sum(map(line.count, _TRAIL_MARKS)) < 2:
        return None
    return _TRAIL_MARK.split(line)[-1].strip()


def _short_trail(line: str) -> bool:
    """Whether ``line`` is a breadcrumb trail whose last step is too short to be a headline."""
    end = trail_end(line)
    return end is not None and end.count(" ") < _TRAIL_END_WORDS - 1


def _has_site_separator(line: str) -> bool:
    """Whether a spaced bar or dash splits the line (``Title | Site``, ``Title - Site``)."""
    return (
        " | " in line
        or " - " in line
        or " – " in line
        or " — " in line
        or " :: " in line
        or " · " in line
    )


def _is_kicker(line: str) -> bool:
    """A short label above a headline (a section or topic: ``Gastkommentar``, ``Difesa``)."""
    return line.count(" ") < _KICKER_WORDS and not is_bullet(line) and line[-1:] not in ".:!?"


def _ends_with_credit(line: str) -> bool:
    """Whether a line closes with a photo credit (``... Getty Images``, ``... © Name``).

    The credit may name the photographer after the agency (``Getty Images/Name``) or follow a
    label (``Photograph: Name/Agency``, ``Foto: Name``).
    """
    if "©" in line:
        return True
    tail = line[-_CREDIT_TAIL:]
    if ":" in tail and _CREDIT_LABEL.search(tail) is not None:
        return True
    # The last two words are all that is read (an agency and its photographer may share one,
    # joined by a slash): split those off only.
    words = " ".join(tail.lower().rstrip(" .)]").rsplit(None, 2)[-2:]).replace("/", " ").split()
    return any(
        word in CREDIT_WORDS or " ".join(words[at : at + 2]) in CREDIT_WORDS
        for at, word in enumerate(words)
    )


def _title_case(words: Sequence[str]) -> float:
    """The share of the words opening with a letter that open with a capital."""
    initials = "".join(map(itemgetter(0), words))
    if initials.isalpha():  # most lines: every word opens with a letter
        return sum(map(str.isupper, initials)) / len(initials)
    letters = list(filter(str.isalpha, initials))
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


def _overlap(lowered: list[str], words: set[str]) -> float:
    """The words of a line (``lowered``: lowered, split) it shares with ``words``, over all.

    The share of the words either holds. The caller has found one shared: most lines share none,
    and are told so without a call.
    """
    own = set(lowered)
    shared = len(own & words)
    return shared / (len(own) + len(words) - shared)  # the size of the union, without building it


def _opens_other(
    line: str, words: list[str], openings: dict[str, list[tuple[list[str], int]]]
) -> bool:
    """Whether ``line`` (split into ``words``) is the first words of a line in ``openings``."""
    if not words:
        return False
    others = openings.get(words[0])
    if not others or line != " ".join(words):
        return False  # such a prefix is words joined by single spaces
    count = len(words)
    return any(count <= most and other[:count] == words for other, most in others)


_CUT = itemgetter(slice(None, _STEM))


def _stems(line: str) -> set[str]:
    """The line's longer words, lowercased and cut to :data:`_STEM` letters (inflections agree)."""
    # Every word cut in C, then the short ones dropped from the (smaller) set: a word shorter than
    # _STEM - 1 keeps its length when cut, so it never stands for a longer word's stem.
    cut = set(map(_CUT, line.lower().split()))
    return {stem for stem in cut if len(stem) >= _STEM - 1}


def _body_text(top: Sequence[str], paragraph: Sequence[bool], window: Sequence[int]) -> str:
    """The running text where it is densest (the article body, not the menus), for :class:`_Words`."""
    if not window:
        return ""
    start = max(range(len(window)), key=window.__getitem__)
    # One string for the stretch: lowering it whole lowers each line the same (a space between
    # two lines is no cased letter, so even a final sigma reads as it does at a line's end).
    return " ".join(
        top[near][:_PREFIX_CHARS]
        for near in range(start, min(start + _BODY, len(top)))
        if paragraph[near]
    )


class _Words:
    """Which of a line's stems (:func:`_stems`) a text's words are cut to, without cutting them.

    A stem of :data:`_STEM` letters stands for every word opening with it, a shorter one for the
    word it is: in the lowered text between spaces, the stem after a space, or between two. Each
    search runs in C over the text, where cutting every word of a paragraph into a set built a
    string per word. A text with a space other than U+0020 (the lines of
    :func:`~newsparse._text.parser.prepare_lines` have none) has its words cut as before.
    """

    __slots__ = ("_padded", "_stems")

    def __init__(self, text: str, *, clean: bool = False) -> None:
        # Every space but U+0020 is unprintable; lowering makes no space and takes none away. A
        # part of a clean line (``clean``: see LineFacts.clean_lines) holds no other space: it is
        # not looked through for one.
        lowered = text.lower()
        if clean or lowered.isprintable():
            self._padded: str | None = f" {lowered} "
            self._stems: set[str] = set()
        else:
            self._padded, self._stems = None, _stems(text)

    @classmethod
    def padded(cls, text: str) -> _Words:
        """The words of a text lowered and padded already (as ``_padded`` holds it)."""
        words = cls.__new__(cls)
        words._padded, words._stems = text, set()
        return words

    def shared(self, needles: Sequence[tuple[str, str]]) -> set[str]:
        """The stems of :func:`_needles` that some word of the text is cut to."""
        padded = self._padded
        if padded is None:
            own = self._stems
            return {stem for stem, _ in needles if stem in own}
        return {stem for stem, needle in needles if needle in padded}


def _padded_texts(parts: Sequence[_Words]) -> list[str] | None:
    """The lowered, padded texts of ``parts``; ``None`` if one's words were cut (other spaces).

    A stem's search string (:func:`_needles`) holds no space but at its ends, so it is found in
    these texts put side by side where it is found in one of them, as in the texts joined by a
    space: their words are read without lowering the texts again.
    """
    texts = []
    for part in parts:
        padded = part._padded
        if padded is None:
            return None
        texts.append(padded)
    return texts


def _needles(own: set[str]) -> list[tuple[str, str]]:
    """Each stem of ``own`` and what :meth:`_Words.shared` looks for in a text for it.

    A stem of :data:`_STEM` letters opens a word (after a space), a shorter one is a word (between
    two). Built once for a line, not once for every text it is compared with.
    """
    return [(stem, f" {stem}" if len(stem) == _STEM else f" {stem} ") for stem in own]


def _openings(lines: Sequence[str]) -> dict[str, list[tuple[list[str], int]]]:
    """The lines near the top a title may open ("Title | Site", "Title - Site").

    The words of every such line, by their first word, and how many of them a prefix may take.
    """
    openings: dict[str, list[tuple[list[str], int]]] = {}
    for other in lines[:_HEAD_LINES]:
        words = other[:_PREFIX_CHARS].split()
        if len(words) > 1:
            openings.setdefault(words[0], []).append((words, min(len(words), _MAX_WORDS + 1) - 1))
    return openings


def _year_sums(top: Sequence[str], digits: Sequence[bool]) -> list[int]:
    """How many short lines printing a year (date stamps) stand before each line (prefix sums).

    ``digits`` is :func:`~newsparse._text.lines.digit_flags` of ``top``: only a line holding a
    digit is read.
    """
    # A year holds "19" or "20": the pattern (whose lookbehind rules out a fast scan) runs only
    # on a line that holds either.
    flags = [False] * len(top)
    search = _YEAR.search
    for index in compress(range(len(top)), digits):
        line = top[index]
        if len(line) <= _SHORT and ("19" in line or "20" in line) and search(line) is not None:
            flags[index] = True
    return list(accumulate(flags, initial=0))


def _shaped_sums(
    top: Sequence[str], paragraph: Sequence[bool], spaces: Sequence[int] | None = None
) -> list[int]:
    """How many headline-shaped lines stand before each line (prefix sums).

    ``spaces`` is :func:`top_spaces` of ``top``, when known.
    """
    if spaces is None:
        spaces = top_spaces(top, len(top))
    return list(
        accumulate(
            [
                not para
                and 2 <= count <= 24  # 3 to 25 words
                and line[-1] not in ".:!"
                # (is_bullet read in line, as in candidates)
                and not (
                    (first := line[0]) in BULLET_STARTS and (first != "-" or line[1:2].isspace())
                )
                for line, para, count in zip(top, paragraph, spaces, strict=True)
            ],
            initial=0,
        )
    )


def _windows(sums: Sequence[int], reach: int) -> list[int]:
    """Running text in the :data:`_BODY` lines from each line on, from its prefix ``sums``."""
    # sums[min(i + _BODY, reach)] for every i: the sums from _BODY on, then the last one again.
    upper = list(sums[_BODY : reach + 1])
    upper += [sums[reach]] * (reach - len(upper))
    return list(map(operator.sub, upper, sums))


def _next_texts(paragraph: Sequence[bool]) -> list[int]:
    """The index of the first running-text line at or after each line (or the line count)."""
    reach = len(paragraph)
    next_text = [reach] * (reach + 1)
    for i in range(reach - 1, -1, -1):
        next_text[i] = i if paragraph[i] else next_text[i + 1]
    return next_text


def candidate_limit(lines: Sequence[str], *, cjk: bool = False) -> int:
    """How many of the first lines of ``lines`` may hold the title: :data:`MAX_CANDIDATES`, or more.

    A long page whose running text is densest further down (a page of long menus) prints its
    headline just above that text: the candidates then reach down to its first line. Only a page
    longer than :data:`MAX_CANDIDATES` lines is read for it, up to :data:`_FAR_REACH` lines.
    ``cjk``: running text in Chinese or Japanese is read too (see :func:`cjk_paragraph_flags`).
    """
    if len(lines) <= MAX_CANDIDATES:
        return MAX_CANDIDATES
    top = lines[:_FAR_REACH]
    paragraph = cjk_paragraph_flags(top) if cjk else paragraph_flags(top)
    sums = list(accumulate(paragraph, initial=0))
    window = _windows(sums, len(paragraph))
    # The densest stretch opens at or above its first running text, the headline just above it.
    peak = max(range(len(window)), key=window.__getitem__)
    start = paragraph.index(True, peak) if window[peak] else peak
    return max(MAX_CANDIDATES, start + _AFTER)


def top_dated(lines: Sequence[str], facts: LineFacts, limit: int = MAX_CANDIDATES) -> list[bool]:
    """Whether each line the title evidence reads (the first ones) is a date line to the model.

    :func:`candidates` and :class:`TitleEvidence` both need it: computed once, it is passed to
    each of them. ``limit`` is :func:`candidate_limit` (here and below).
    """
    return facts.title_dated(lines[: limit + _AFTER])


def top_spaces(lines: Sequence[str], limit: int = MAX_CANDIDATES) -> list[int]:
    """How many spaces each line the title evidence reads (the first ones) holds.

    :func:`candidates` and :class:`TitleEvidence` both count words by them (``str.count`` costs
    a thousand instructions a line, most of it the call): counted once, they are passed to each.
    """
    # (str.count mapped in C: no bytecode for each line, whose call is most of the cost.)
    return list(map(str.count, lines[: limit + _AFTER], repeat(" ")))


def holds_cjk(lines: Sequence[str]) -> bool:
    """Whether the first lines of ``lines`` may hold Chinese or Japanese (none do when not).

    As far as the title may be looked for (:func:`candidate_limit`). The lines of more than ASCII
    in one text, and in UTF-16 the high bytes of its characters from U+3000 to U+9FFF: the test
    runs at the speed of copying bytes, where a search of every line cost more than all that
    :func:`cjk_spaces` and :func:`cjk_paragraph_flags` do on a page of other scripts.
    """
    wide = "".join(filterfalse(str.isascii, lines[:_FAR_REACH]))
    return bool(wide.encode("utf-16-le")[1::2].translate(None, _NOT_CJK_HIGH))


def cjk_spaces(lines: Sequence[str], spaces: Sequence[int]) -> Sequence[int]:
    """``spaces`` (:func:`top_spaces` of ``lines``), a line of Chinese or Japanese counted anew.

    Chinese and Japanese write few spaces or none between words: a line of theirs with fewer than
    one space in :data:`_CJK_SPACED` characters counts a word for every :data:`_CJK_WORD_CHARS`
    characters instead, unless it reads as no headline (:data:`_CJK_NO_HEADLINE`). ``spaces``
    itself is given back when no line is counted anew (a page in other scripts). The title model
    counts so on a whole page only.
    """
    # (Lines of other scripts seldom have so few spaces: only those are searched for the script.)
    counted = None
    for index, (line, count) in enumerate(zip(lines, spaces, strict=False)):
        if (
            len(line) >= _CJK_SPACED * (count + 1)
            and not line.isascii()
            and _CJK.search(line) is not None
            and _CJK_NO_HEADLINE.search(line) is None
        ):
            if counted is None:
                counted = list(spaces)
            counted[index] = len(line) // _CJK_WORD_CHARS - 1
    return spaces if counted is None else counted


def cjk_paragraph_flags(lines: Sequence[str], spaces: Sequence[int] | None = None) -> list[bool]:
    """:func:`~newsparse._text.lines.paragraph_flags` of ``lines``, running text in Chinese or Japanese too.

    It has no spaces to count its words by: a line of it is running text when it ends a sentence
    (:data:`_CJK_SENTENCE_ENDS`) or is longer than a headline (:data:`_CJK_TEXT_CHARS`).
    ``spaces`` is :func:`top_spaces` of ``lines`` when they are clean (as for
    :func:`~newsparse._text.lines.paragraph_flags`).
    """
    paragraph = paragraph_flags(lines, spaces)
    for index, (line, running) in enumerate(zip(lines, paragraph, strict=False)):
        if (
            not running
            and (
                (size := len(line)) >= _CJK_TEXT_CHARS
                or (size >= _CJK_SENTENCE_CHARS and line[-1] in _CJK_SENTENCE_ENDS)
            )
            and not line.isascii()
            and _CJK.search(line) is not None
        ):
            paragraph[index] = True
    return paragraph


def candidates(
    lines: Sequence[str],
    facts: LineFacts,
    *,
    dated: Sequence[bool] | None = None,
    spaces: Sequence[int] | None = None,
    limit: int = MAX_CANDIDATES,
) -> list[int]:
    """The indices of the lines that may be a title (short, no list item, date line or trail).

    ``dated`` is :func:`top_dated` and ``spaces`` :func:`top_spaces` of ``lines``, when known.
    """
    if dated is None:
        dated = top_dated(lines, facts, limit)
    if spaces is None:
        spaces = top_spaces(lines, limit)
    # A candidate has 2 to 40 words and 300 characters at most, and is no list item: the tests
    # in line (a call less for each of the first lines), the cheapest first.
    return [
        i
        for i, (line, date, count) in enumerate(zip(lines[:limit], dated, spaces, strict=False))
        if not date
        and len(line) <= 300
        and 0 < count < _MAX_WORDS
        # (is_bullet and _LIST_ITEM read in line, without a pattern: _BULLET's "\s*" after a mark
        # but a dash takes any line, and "\s" is str.isspace of a character; see _numbered)
        and not ((first := line[0]) in BULLET_STARTS and (first != "-" or line[1:2].isspace()))
        and not (line[1:2].isspace() if first in "o+" else first.isdecimal() and _numbered(line))
        # (a breadcrumb trail, "Home › News › Politics", is no title unless it ends with one)
        and not (
            (">" in line or "›" in line or "»" in line or " / " in line) and _short_trail(line)
        )
    ]


def line_features(
    lines: Sequence[str],
    chosen: Sequence[int],
    facts: LineFacts,
    *,
    headings: frozenset[int] = frozenset(),
    dated: Sequence[bool] | None = None,
    limit: int = MAX_CANDIDATES,
    cjk: bool = False,
    noted: Sequence[bool] | None = None,
) -> list[list[float]]:
    """The feature vectors (in :data:`FEATURES` order) of the lines at ``chosen``.

    ``dated`` is :func:`top_dated` of ``lines``, when known, and ``limit`` :func:`candidate_limit`;
    ``cjk`` reads lines of Chinese or Japanese by their characters and ``noted`` adds the lines
    noting a date with its writer to the date lines (as the title model does on a whole page, see
    :class:`TitleEvidence`).
    """
    evidence = TitleEvidence(
        lines, chosen, facts, headings=headings, dated=dated, limit=limit, cjk=cjk, noted=noted
    )
    for position in range(len(chosen)):
        evidence.fill(position)
    return evidence.rows


# The late features (below) that read the words of the running text, then those that read the
# line alone (and the one above it): cheaper than the rest.
_WORD_LATE = tuple(map(FEATURES.index, ("body_words", "words_below", "paragraphs_below")))
_LINE_LATE = tuple(
    map(
        FEATURES.index,
        (
            "boilerplate",
            "title_case",
            "credit_end",
            "repeated",
            "digits",
            "kicker_before",
            "site_separator",
        ),
    )
)
#: The features :meth:`TitleEvidence.partial_sums` leaves out but :meth:`TitleEvidence.row`
#: holds: ``like_first_line`` lowers and splits its line, and few lines share a word with the
#: first line, yet its weight is high; ``text_before_next_date`` looks the line's date lines up
#: by bisection, for every candidate, where few lines' bound turns on it; ``upper``, ``comma``
#: and ``body_after_far`` lower a score (in every group) and seldom decide which line may still
#: win. A search bounds them (each lies between 0 and 1) and computes them only for a line that
#: may still win (:meth:`TitleEvidence.sought_sum`).
SOUGHT = tuple(
    map(
        FEATURES.index,
        ("like_first_line", "text_before_next_date", "upper", "comma", "body_after_far"),
    )
)
_LIKE_FIRST_LINE, _TEXT_BEFORE_NEXT_DATE, _UPPER, _COMMA, _BODY_AFTER_FAR = SOUGHT
#: The features :meth:`TitleEvidence.fill` adds: those that read the words of the running text
#: (the dearest to compute), and those of the line alone whose weights seldom decide which line
#: may still win (what room they leave the bound costs fewer lines filled than computing them for
#: every line did: ``repeated`` searches the whole page). Each lies between 0 and 1.
LATE = _WORD_LATE + _LINE_LATE
_BODY_WORDS, _WORDS_BELOW, _PARAGRAPHS_BELOW = _WORD_LATE
(
    _BOILERPLATE,
    _TITLE_CASE,
    _CREDIT_END,
    _REPEATED,
    _DIGITS,
    _KICKER_BEFORE,
    _SITE_SEPARATOR,
) = _LINE_LATE


def _read_top(
    top: Sequence[str],
    spaces: Sequence[int],
    counted: Sequence[int] | None,
    *,
    clean: bool,
    cjk: bool,
) -> tuple[list[bool], Sequence[int]]:
    """Which lines of ``top`` are running text, and the spaces counted for each line.

    For :class:`TitleEvidence`: lines of Chinese or Japanese are read by their characters when
    ``cjk`` (:func:`cjk_spaces`, :func:`cjk_paragraph_flags`).
    """
    if not cjk:
        return paragraph_flags(top, spaces if clean else None), spaces
    if counted is None:
        counted = cjk_spaces(top, spaces)
    return cjk_paragraph_flags(top, spaces if clean else None), counted


@attrs.define(kw_only=True, eq=False)
class _PageFacts:
    """The facts of a page a :class:`TitleEvidence` reads its rows from, computed once.

    Read by name (:meth:`TitleEvidence._build`, :meth:`TitleEvidence.partial_sums`): a fact has
    one name and no place in an order. The prefix sums hold one more entry than the lines they
    count (the first 0), and a stretch's count is the difference of two of them.

    Never changed once built, yet not frozen: a frozen class sets each of its fields through
    ``object.__setattr__``, which cost about 0.25% of a whole-page rendering's parse.
    """

    #: The dump's lines, how many, and how many of them the rows read (``limit`` + :data:`_AFTER`).
    lines: Sequence[str]
    total: int
    reach: int
    #: Whether the lines are clean (:attr:`~newsparse._text.lines.LineFacts.clean_lines`): a clean
    #: line's words are counted by its spaces, not by splitting it.
    clean: bool
    #: The spaces in each line read, and its words' count (less one) for a headline's shape.
    spaces: Sequence[int]
    counted: Sequence[int]
    #: Which lines read are running text, and the prefix sums of that.
    paragraph: list[bool]
    sums: list[int]
    #: The lines near the top a line may open: in one text (clean lines), else by their words.
    heads: str
    openings: dict[str, list[tuple[list[str], int]]]
    #: Running text in the :data:`_BODY` lines from each line on, and the most of it (or 1).
    window: list[int]
    peak: int
    #: The words of the first line, lowered.
    first_words: set[str]
    #: Prefix sums of the date lines (those noting a date with its writer too), of the date
    #: lines alone (for ``date_before``), of the bylines and of the lines holding a year.
    dated_sums: list[int]
    before_sums: list[int]
    signed_sums: list[int]
    yeared_sums: list[int]
    #: Where the date lines (those noting a date with its writer too) stand, and where those
    #: that are no running text do, the line count last (:func:`_date_stops`).
    date_at: list[int]
    date_stops: list[int]
    #: The line of the headline above the page's best anchor, if any.
    anchored: int | None
    #: Prefix sums of the headline-shaped lines and of the menu items; the first running-text
    #: line at or after each line.
    shaped: list[int]
    menu_sums: list[int]
    next_text: list[int]
    #: ``min(k, reach)`` for every ``k`` a stretch below a candidate may end at.
    clip: list[int]
    #: The lines marked as headings, and how often each line read occurs.
    headings: frozenset[int]
    counts: Counter[str]
    #: The first :data:`_WINDOW_TITLE` lines in one text (the window title stands there).
    opening: str
    #: Which lines read are short bylines.
    signed: list[bool]


class TitleEvidence:
    """The feature vectors of a dump's candidate lines, the dearest features filled on demand.

    A row (:meth:`row`; ``rows`` for all) holds every feature of :data:`FEATURES` but those of
    :data:`LATE`, which stay 0.0 until :meth:`fill` computes them for it; ``anchored`` is the row
    (if any) of the headline above the page's best anchor. A caller that needs the score of only a
    few lines (the title model, which can bound what the late features add) sums every
    candidate's features without building the rows (:meth:`partial_sums`), then builds and fills
    only those rows. ``limit`` is the dump's :func:`candidate_limit` (the lines read are those and
    :data:`_AFTER` more).
    ``cjk`` reads lines of Chinese or Japanese by their characters (:func:`cjk_spaces`,
    :func:`cjk_paragraph_flags`; the title model does on a whole page), and ``counted`` is
    :func:`cjk_spaces` of ``spaces`` when known. ``noted`` is ``dated`` and the lines that note
    a date with its writer (:meth:`~newsparse._text.lines.LineFacts.noted_dates`; the title
    model reads them on a whole page): date lines to every feature but ``date_before``.
    """

    __slots__ = (
        "_blob",
        "_body",
        "_chosen",
        "_clean",
        "_counts",
        "_facts",
        "_headline",
        "_late",
        "_lines",
        "_page",
        "_paragraph",
        "_ranks",
        "_rows",
        "_sums",
        "_top",
        "_under",
        "_window",
        "_words",
        "anchored",
    )

    anchored: int | None
    _body: _Words | None
    #: How often each line of ``top`` occurs, and its lines (cut to ``_PREFIX_CHARS``) in one text.
    _counts: Counter[str]
    _blob: str
    #: The words of each running-text line of ``top``, read when first asked for.
    _words: dict[int, _Words]
    #: Each row once built (:meth:`row`); ``None`` until then.
    _rows: list[list[float] | None]
    #: The late features of a line (:data:`_LINE_LATE` order) read before its row is built
    #: (:meth:`line_late_sum`), kept for :meth:`fill_line`.
    _late: dict[int, tuple[float, ...]]
    #: What the running text under a line gives (``words_below``, ``paragraphs_below``, the
    #: line's stems and their needles), read before its row is built (:meth:`below_sum`), kept
    #: for :meth:`fill_below`.
    _under: dict[int, tuple[float, float, set[str], list[tuple[str, str]]]]
    #: Whether each candidate is headline-shaped, and how many headline-shaped candidates stand
    #: above it (its rank among them).
    _headline: list[bool]
    _ranks: list[int]
    #: What a row is read from (:meth:`_build`, :meth:`partial_sums`).
    _page: _PageFacts

    def __init__(
        self,
        lines: Sequence[str],
        chosen: Sequence[int],
        facts: LineFacts,
        *,
        headings: frozenset[int] = frozenset(),
        dated: Sequence[bool] | None = None,
        spaces: Sequence[int] | None = None,
        limit: int = MAX_CANDIDATES,
        cjk: bool = False,
        counted: Sequence[int] | None = None,
        noted: Sequence[bool] | None = None,
    ) -> None:
        total = len(lines)
        reach = min(total, limit + _AFTER)
        # (A clean line's words are counted by its spaces, not by splitting it.)
        top, clean = list(lines[:reach]), facts.clean_lines
        if spaces is None:
            spaces = top_spaces(top, limit)
        paragraph, counted = _read_top(top, spaces, counted, clean=clean, cjk=cjk)
        counts = Counter(top)
        # The lines near the top a line may open: by their words, or (clean lines) in one text,
        # where a line opening another is found with a space after it at a line's start.
        openings, heads = (
            ({}, "\n" + "\n".join(lines[:_HEAD_LINES])) if clean else (_openings(lines), "")
        )
        if dated is None:
            dated = facts.title_dated(top)
        found = facts.bylines(top)
        signed = _short_bylines(top, found)
        if noted is not None:
            _sign_split_bylines(top, signed, facts)
        blob = _blob(top)
        opening = "\n".join(top[:_WINDOW_TITLE])
        # Running text in the 30 lines from each line on (prefix sums): the article body is where
        # this peaks, and the title stands just above it.
        sums = list(accumulate(paragraph, initial=0))
        window = _windows(sums, reach)
        peak = max(window, default=0) or 1
        first_words = set(lines[0].lower().split()) if lines else set()
        # How many date lines, bylines and year stamps stand before each line (prefix sums):
        # whether any stands in a stretch is a difference of two of them, not a scan of it.
        # A line noting a date with its writer (``noted``, whole pages) counts as a date line
        # but for the date just above a line (a headline's byline line is below it).
        before_sums = list(accumulate(dated, initial=0))
        if noted is None or noted is dated:
            noted, dated_sums = dated, before_sums
        else:
            dated_sums = list(accumulate(noted, initial=0))
        signed_sums = list(accumulate(signed, initial=0))
        yeared_sums = _year_sums(top, facts.digits(top))
        date_at, date_stops = _date_stops(paragraph, noted)
        anchored = anchored_title(
            top, facts, dated=noted, paragraph=paragraph, counts=counts, bylines=found
        )
        # How many other headline-shaped lines stand between a line and the running text after
        # it: none for the title, some for a headline in a list of other stories.
        shaped = _shaped_sums(top, paragraph, counted)
        next_text = _next_texts(paragraph)
        # Menu items (a word or two) around each line, by prefix sums: menus and tag lists are
        # runs of them, lists of other stories runs of headline-shaped lines; an article's
        # headline stands between a short label and running text.
        menu_sums = list(accumulate([count < _MENU_WORDS for count in counted], initial=0))
        # min(k, reach) for every k a stretch below a candidate may end at: a stretch's end is
        # looked up, its start clipped by a conditional (a call of the builtin min or max per
        # bound cost more than the rest of a row).
        clip = list(range(reach)) + [reach] * (_BODY + 2)
        # Which candidates are headline-shaped, and each one's rank among those (the rows' ranks
        # count the headline-shaped candidates above a line: a row built alone needs them).
        headline_rows = []
        ranks = []
        rank = 0
        for index in chosen:
            line = lines[index]
            # (A line of Chinese or Japanese may count more words than it has spaces and one.)
            count = (
                counted[index] + 1
                if clean or counted[index] != spaces[index]
                else len(line.split())
            )
            headline = 3 <= count <= 25 and line[-1] not in ".:!" and not paragraph[index]
            headline_rows.append(headline)
            ranks.append(rank)
            rank += headline
        self._page = _PageFacts(
            lines=lines,
            total=total,
            reach=reach,
            clean=clean,
            spaces=spaces,
            counted=counted,
            paragraph=paragraph,
            heads=heads,
            openings=openings,
            sums=sums,
            window=window,
            peak=peak,
            first_words=first_words,
            dated_sums=dated_sums,
            before_sums=before_sums,
            signed_sums=signed_sums,
            yeared_sums=yeared_sums,
            date_at=date_at,
            date_stops=date_stops,
            anchored=anchored,
            shaped=shaped,
            next_text=next_text,
            menu_sums=menu_sums,
            clip=clip,
            headings=headings,
            counts=counts,
            opening=opening,
            signed=signed,
        )
        self._rows = [None] * len(chosen)
        self._ranks = ranks
        self.anchored = chosen.index(anchored) if anchored in chosen else None
        self._lines, self._chosen, self._facts, self._clean = lines, chosen, facts, clean
        self._headline, self._counts, self._blob = headline_rows, counts, blob
        self._top, self._paragraph, self._window, self._sums = top, paragraph, window, sums
        self._body, self._words, self._late, self._under = None, {}, {}, {}

    @property
    def counts(self) -> Mapping[str, int]:
        """How often each line stands in the lines the rows read."""
        return self._counts

    @property
    def rows(self) -> list[list[float]]:
        """Every candidate's row (each built once; the same lists :meth:`row` gives)."""
        return [self.row(position) for position in range(len(self._rows))]

    def row(self, position: int) -> list[float]:
        """The row of candidate ``position``, built when first asked for.

        Every feature but those of :data:`LATE`, which stay 0.0 until :meth:`fill` computes them.
        """
        row = self._rows[position]
        if row is None:
            row = self._rows[position] = self._build(position)
        return row

    def _build(self, position: int) -> list[float]:
        """The row of candidate ``position`` (see :meth:`row`)."""
        page = self._page
        index = self._chosen[position]
        text_under_date = _text_before_next_date(index, page.date_at, page.date_stops, page.sums)
        rank = self._ranks[position]
        line = page.lines[index]
        # (A clean line is not split: its words are counted by its spaces.)
        words = [] if page.clean else line.split()
        # (A line of Chinese or Japanese may count more words than it has spaces and one.)
        count = (
            page.counted[index] + 1
            if page.clean or page.counted[index] != page.spaces[index]
            else len(words)
        )
        last = line[-1]
        # (index + 1 <= reach always: a candidate stands in the first MAX_CANDIDATES lines.)
        after_start = index + 1
        after_end = page.clip[index + 1 + _AFTER]
        near_end = page.clip[index + 1 + _NEAR]
        is_paragraph = page.paragraph[index]
        headline = self._headline[position]
        ranked = math.log1p(rank) if headline else 0.0
        # (A falsy slice read as (0,): cheaper than a keyword default in the call.)
        near_body = max(page.window[index + 1 : index + 1 + _NEAR * 2] or (0,)) / page.peak
        return [
            1.0,
            index / page.total,
            math.log1p(index),
            1.0 if index == 0 else 0.0,
            (count if count < 40 else 40) / 40,
            1.0 if 4 <= count <= 20 else 0.0,
            1.0 if last in ".。" else 0.0,
            1.0 if last in "?!" else 0.0,
            1.0 if last == ":" else 0.0,
            0.0,  # site_separator: late
            0.0,  # title_case: late
            1.0 if line.isupper() else 0.0,
            0.0,  # digits: late
            0.0,  # repeated: late
            # (The first word looked up first: most lines open no line near the top. A
            # clean line opens one that holds it and a space at its start; _openings
            # reads a line's first _PREFIX_CHARS characters and _MAX_WORDS + 1 words.)
            1.0
            if (
                (
                    f"\n{line} " in page.heads
                    and count <= _MAX_WORDS
                    and len(line) < _PREFIX_CHARS - 1
                )
                if page.clean
                else words
                and words[0] in page.openings
                and _opens_other(line, words, page.openings)
            )
            else 0.0,
            (page.sums[after_end] - page.sums[after_start]) / _AFTER,
            1.0 if page.dated_sums[near_end] > page.dated_sums[after_start] else 0.0,
            1.0
            if page.before_sums[index] > page.before_sums[index - 3 if index > 3 else 0]
            else 0.0,
            1.0 if page.signed_sums[near_end] > page.signed_sums[after_start] else 0.0,
            1.0 if is_paragraph else 0.0,
            0.0,  # boilerplate: late
            1.0 if index in page.headings else 0.0,
            1.0 if index > 0 and page.paragraph[index - 1] else 0.0,
            1.0 if headline and rank == 0 else 0.0,
            ranked,
            (len(line) if len(line) < 300 else 300) / 300,
            1.0 if after_start < page.reach and page.paragraph[after_start] else 0.0,
            1.0 if "," in line else 0.0,
            near_body,
            (page.sums[page.clip[index + 1 + _BODY]] - page.sums[after_start]) / _BODY,
            0.0
            if not index or page.first_words.isdisjoint(lowered := line.lower().split())
            else _overlap(lowered, page.first_words),
            near_body if index == 0 else 0.0,
            ranked * near_body,
            math.log1p(between)
            if (between := page.shaped[page.next_text[after_start]] - page.shaped[after_start])
            else 0.0,
            text_under_date,
            1.0 if index == page.anchored else 0.0,
            0.0,  # kicker_before: late
            0.0,  # credit_end: late
            0.0,  # body_words: late
            1.0 if page.yeared_sums[near_end] > page.yeared_sums[after_start] else 0.0,
            0.0,  # words_below: late
            0.0,  # paragraphs_below: late
            # (The logarithm of 1 or 0 is 0.0: no call for most lines, which occur once.)
            math.log(copies) if (copies := page.counts.get(line, 1)) > 1 else 0.0,
            1.0 if index >= _WINDOW_TITLE and line in page.opening else 0.0,
            1.0
            if index > 0
            and len(page.lines[index - 1]) > len(line)
            and page.lines[index - 1].endswith(line)
            else 0.0,
            (
                page.menu_sums[page.clip[index + 1 + _AROUND]]
                - page.menu_sums[index - _AROUND if index > _AROUND else 0]
                - (page.menu_sums[after_start] - page.menu_sums[index])
            )
            / (2 * _AROUND),
            (
                page.shaped[page.clip[index + 1 + _AROUND]]
                - page.shaped[index - _AROUND if index > _AROUND else 0]
                - (page.shaped[after_start] - page.shaped[index])
            )
            / (2 * _AROUND),
            math.log1p(gap) if (gap := page.next_text[after_start] - after_start) else 0.0,
            1.0 if page.signed[index] else 0.0,
        ]

    def partial_sums(  # noqa: PLR0915 - one loop over the candidates, each feature written out
        self, weights: Sequence[float]
    ) -> list[float]:
        """Each row's sum of its features but those of :data:`LATE` and :data:`SOUGHT`, weighted.

        The sums :meth:`row` weighted would give (rounding aside: the terms are added in another
        order), without building a row: a feature is computed and weighted at once, and one that
        is 0.0 or 1.0 adds its weight or nothing. A caller that scores only a few lines in full
        (the title model, which bounds the rest by these) builds only those rows.
        """
        # The page's facts read by name into locals once: the loop reads them for every candidate.
        page = self._page
        lines = page.lines
        total = page.total
        reach = page.reach
        clean = page.clean
        spaces = page.spaces
        counted = page.counted
        paragraph = page.paragraph
        heads = page.heads
        openings = page.openings
        sums = page.sums
        window = page.window
        peak = page.peak
        dated_sums = page.dated_sums
        before_sums = page.before_sums
        signed_sums = page.signed_sums
        yeared_sums = page.yeared_sums
        anchored = page.anchored
        shaped = page.shaped
        next_text = page.next_text
        menu_sums = page.menu_sums
        clip = page.clip
        headings = page.headings
        counts = page.counts
        opening = page.opening
        signed = page.signed
        (
            w_bias,
            w_position,
            w_log_index,
            w_first,
            w_words,
            w_headline_words,
            w_period,
            w_question,
            w_colon,
            _,  # site_separator: late
            _,  # title_case: late
            _,  # upper: sought
            _,  # digits: late
            _,  # repeated: late
            w_prefix,
            w_paragraphs_after,
            w_date_after,
            w_date_before,
            w_byline_after,
            w_paragraph_like,
            _,  # boilerplate: late
            w_heading,
            w_previous_paragraph,
            w_first_headline,
            w_headline_rank,
            w_length,
            w_next_is_paragraph,
            _,  # comma: sought
            w_main_body_after,
            _,  # body_after_far: sought
            _,  # like_first_line: sought
            w_first_near_body,
            w_rank_near_body,
            w_headlines_between,
            _,  # text_before_next_date: sought
            w_anchored,
            _,  # kicker_before: late
            _,  # credit_end: late
            _,  # body_words: late
            w_year_after,
            _,  # words_below: late
            _,  # paragraphs_below: late
            w_copies,
            w_in_window_title,
            w_inside_previous,
            w_short_around,
            w_shaped_around,
            w_gap_to_text,
            w_byline,
        ) = weights
        log1p = math.log1p
        after, near, near2, around = _AFTER, _NEAR, _NEAR * 2, _AROUND
        # The weights of three counts over a power of two, divided by it once: each product is
        # the row's to the last bit (a division by a power of two is exact), one division less.
        per_after = w_paragraphs_after / _AFTER
        per_short = w_short_around / (2 * _AROUND)
        per_shaped = w_shaped_around / (2 * _AROUND)
        # The first two characters of the lines a clean line may open (see ``heads``): a line
        # opening one (a space after it) shares them, or is one character and a space.
        openers = {head[:2] for head in lines[:_HEAD_LINES]} if clean else set()
        out = []
        for index, headline, rank in zip(self._chosen, self._headline, self._ranks, strict=True):
            line = lines[index]
            if clean:
                count = counted[index] + 1
            else:
                words = line.split()
                # (A line of Chinese or Japanese may count more words than it has spaces.)
                count = counted[index] + 1 if counted[index] != spaces[index] else len(words)
            size = len(line)
            last = line[-1]
            after_start = index + 1
            after_end = clip[after_start + after]
            near_end = clip[after_start + near]
            near_body = max(window[after_start : after_start + near2] or (0,)) / peak
            z = (
                w_bias
                + w_position * (index / total)
                + w_log_index * log1p(index)
                + w_words * ((count if count < 40 else 40) / 40)
                + per_after * (sums[after_end] - sums[after_start])
                + w_length * ((size if size < 300 else 300) / 300)
                + w_main_body_after * near_body
                + per_short
                * (
                    menu_sums[clip[after_start + around]]
                    - menu_sums[index - _AROUND if index > _AROUND else 0]
                    - (menu_sums[after_start] - menu_sums[index])
                )
                + per_shaped
                * (
                    shaped[clip[after_start + around]]
                    - shaped[index - _AROUND if index > _AROUND else 0]
                    - (shaped[after_start] - shaped[index])
                )
            )
            if not index:
                z += w_first + w_first_near_body * near_body
            if 4 <= count <= 20:
                z += w_headline_words
            if last in ".。":
                z += w_period
            elif last in "?!":
                z += w_question
            elif last == ":":
                z += w_colon
            if (
                (
                    (line[:2] if size > 1 else f"{line} ") in openers
                    and f"\n{line} " in heads
                    and count <= _MAX_WORDS
                    and size < _PREFIX_CHARS - 1
                )
                if clean
                else words and words[0] in openings and _opens_other(line, words, openings)
            ):
                z += w_prefix
            if dated_sums[near_end] > dated_sums[after_start]:
                z += w_date_after
            if before_sums[index] > before_sums[index - 3 if index > 3 else 0]:
                z += w_date_before
            if signed_sums[near_end] > signed_sums[after_start]:
                z += w_byline_after
            if paragraph[index]:
                z += w_paragraph_like
            if index in headings:
                z += w_heading
            if index > 0 and paragraph[index - 1]:
                z += w_previous_paragraph
            if headline:
                if rank:
                    ranked = log1p(rank)
                    z += w_headline_rank * ranked + w_rank_near_body * (ranked * near_body)
                else:
                    z += w_first_headline
            if after_start < reach and paragraph[after_start]:
                z += w_next_is_paragraph
            if between := shaped[next_text[after_start]] - shaped[after_start]:
                z += w_headlines_between * log1p(between)
            if index == anchored:
                z += w_anchored
            if yeared_sums[near_end] > yeared_sums[after_start]:
                z += w_year_after
            if (copies := counts.get(line, 1)) > 1:
                z += w_copies * math.log(copies)
            if index >= _WINDOW_TITLE and line in opening:
                z += w_in_window_title
            if index > 0 and len(lines[index - 1]) > size and lines[index - 1].endswith(line):
                z += w_inside_previous
            if gap := next_text[after_start] - after_start:
                z += w_gap_to_text * log1p(gap)
            if signed[index]:
                z += w_byline
            out.append(z)
        return out

    def headrooms(self, weights: Sequence[float]) -> list[float]:
        """The most the :data:`LATE` features can add to each row's sum weighted by ``weights``.

        Each late feature lies between 0 and 1, and adds at most its weight where that is
        positive: :meth:`line_headroom` for those of the line alone, and
        :meth:`word_headrooms` for those that read the running text.
        """
        rest = self.line_headroom(weights)
        return [rest + room for room in self.word_headrooms(weights)]

    @staticmethod
    def line_headroom(weights: Sequence[float]) -> float:
        """The most the late features of the line alone (:meth:`fill_line`) can add to a sum."""
        return sum(max(0.0, weights[feature]) for feature in _LINE_LATE)

    @staticmethod
    def sought_headroom(weights: Sequence[float]) -> float:
        """The most the :data:`SOUGHT` features can add to a sum (:meth:`sought_sum`)."""
        return sum(max(0.0, weights[feature]) for feature in SOUGHT)

    def sought_sum(self, position: int, weights: Sequence[float]) -> float:
        """The :data:`SOUGHT` features of row ``position``, weighted by ``weights`` and summed.

        What :meth:`partial_sums` leaves out of the row's sum: a caller bounding it by
        :meth:`sought_headroom` computes it only for a row that may still win.
        """
        page = self._page
        index = self._chosen[position]
        line = page.lines[index]
        sums = page.sums
        under = weights[_TEXT_BEFORE_NEXT_DATE] * _text_before_next_date(
            index, page.date_at, page.date_stops, sums
        ) + weights[_BODY_AFTER_FAR] * (
            (sums[page.clip[index + 1 + _BODY]] - sums[index + 1]) / _BODY
        )
        if line.isupper():
            under += weights[_UPPER]
        if "," in line:
            under += weights[_COMMA]
        if not index:
            return under
        first_words = page.first_words
        lowered = line.lower().split()
        if first_words.isdisjoint(lowered):
            return under  # most lines: no word of the first line
        return under + weights[_LIKE_FIRST_LINE] * _overlap(lowered, first_words)

    def word_headrooms(self, weights: Sequence[float]) -> list[float]:
        """The most the late features that read the running text can add to each row's sum.

        ``body_words`` is 0 for a line that is not headline-shaped, ``words_below`` and
        ``paragraphs_below`` are 0 for a line with no running text in the :data:`_BELOW` lines
        under it, and ``paragraphs_below`` is at most the share of :data:`_BELOW_PARAGRAPHS`
        that the running-text lines there make.
        """
        body = max(0.0, weights[_BODY_WORDS])
        below = max(0.0, weights[_WORDS_BELOW])
        sharing = max(0.0, weights[_PARAGRAPHS_BELOW])
        sums = self._sums
        end = len(self._top)
        out = []
        for index, headline in zip(self._chosen, self._headline, strict=True):
            room = body if headline else 0.0
            # (index + 1 <= len(self._top) always: a candidate stands in the first lines; the
            # bounds clipped by conditionals, as in the rows, not by calls of the builtin min.)
            stop = index + 1 + _BELOW
            paragraphs = sums[stop if stop < end else end] - sums[index + 1]
            if paragraphs:
                capped = paragraphs if paragraphs < _BELOW_PARAGRAPHS else _BELOW_PARAGRAPHS
                room += below + sharing * capped / _BELOW_PARAGRAPHS
            out.append(room)
        return out

    def fill(self, position: int) -> None:
        """Compute the :data:`LATE` features of row ``position`` (once is enough)."""
        self.fill_line(position)
        self.fill_words(position)

    def fill_line(self, position: int) -> None:
        """Compute the late features of row ``position`` that read its line (and the one above)."""
        late = self._late.pop(position, None)
        row = self.row(position)
        (
            row[_BOILERPLATE],
            row[_TITLE_CASE],
            row[_CREDIT_END],
            row[_REPEATED],
            row[_DIGITS],
            row[_KICKER_BEFORE],
            row[_SITE_SEPARATOR],
        ) = self._line_late(position) if late is None else late

    def line_late_sum(self, position: int, weights: Sequence[float]) -> float:
        """The late features of row ``position``'s line (:meth:`fill_line`'s), weighted and summed.

        Computed without building the row, and kept for :meth:`fill_line`: a caller that bounds
        the rest of the row (:meth:`partial_sums`, :meth:`sought_sum`) builds the row only for a
        line that may still win with them.
        """
        late = self._late.get(position)
        if late is None:
            late = self._late[position] = self._line_late(position)
        boiler, title_case, credit, repeated, digits, kicker, separator = late
        return (
            weights[_BOILERPLATE] * boiler
            + weights[_TITLE_CASE] * title_case
            + weights[_CREDIT_END] * credit
            + weights[_REPEATED] * repeated
            + weights[_DIGITS] * digits
            + weights[_KICKER_BEFORE] * kicker
            + weights[_SITE_SEPARATOR] * separator
        )

    def _line_late(self, position: int) -> tuple[float, ...]:
        """The late features of row ``position``'s line, in :data:`_LINE_LATE` order."""
        index = self._chosen[position]
        line = self._lines[index]
        return (
            1.0 if self._facts.boilerplate(line) else 0.0,
            _title_case(line.split()),
            1.0 if _ends_with_credit(line) else 0.0,
            1.0 if self._counts.get(line, 1) > 1 or self._blob.count(line) > 1 else 0.0,
            _digits(line),
            1.0 if index > 0 and _is_kicker(self._lines[index - 1]) else 0.0,
            1.0 if _has_site_separator(line) else 0.0,
        )

    def fill_words(self, position: int) -> None:
        """Compute the late features of row ``position`` that read the running text.

        The dearest: a caller that can bound them (:meth:`word_headrooms`) computes them only
        for a row that may still win. :meth:`fill_below`, then :meth:`fill_body`.
        """
        self.fill_body(position, self.fill_below(position))

    def fill_below(self, position: int) -> tuple[set[str], list[tuple[str, str]]]:
        """Compute the late features of row ``position`` that read the running text under it.

        ``words_below`` and ``paragraphs_below``; returns the line's stems and their
        :func:`_needles`, for :meth:`fill_body`. A caller that can bound ``body_words``
        (:meth:`body_headrooms`) reads the body for it only when the row may still win.
        """
        under = self._under.pop(position, None)
        if under is None:
            under = self._read_under(position)
        below, paragraphs, own, needles = under
        row = self.row(position)
        row[_WORDS_BELOW], row[_PARAGRAPHS_BELOW] = below, paragraphs
        return own, needles

    def below_sum(self, position: int, weights: Sequence[float]) -> float:
        """``words_below`` and ``paragraphs_below`` of row ``position``, weighted and summed.

        Read without building the row, and kept for :meth:`fill_below`: a caller that bounds
        the rest of the row builds it only for a line that may still win with them.
        """
        under = self._under.get(position)
        if under is None:
            under = self._under[position] = self._read_under(position)
        return weights[_WORDS_BELOW] * under[0] + weights[_PARAGRAPHS_BELOW] * under[1]

    def _read_under(self, position: int) -> tuple[float, float, set[str], list[tuple[str, str]]]:
        """What the running text under row ``position``'s line gives, and the line's stems."""
        index = self._chosen[position]
        own = _stems(self._lines[index])
        needles = _needles(own)
        below, paragraphs = self._below(own, needles, index)
        return below, paragraphs, own, needles

    def fill_body(
        self, position: int, stems: tuple[set[str], list[tuple[str, str]]] | None = None
    ) -> None:
        """Compute ``body_words`` of row ``position``: its stems the article's body takes up.

        ``stems`` is what :meth:`fill_below` gave for the row, when known. 0.0 for a line that is
        not headline-shaped (the row holds it already).
        """
        if not self._headline[position]:
            return
        own, needles = stems if stems is not None else self._stems_of(position)
        if self._body is None:
            self._body = self._body_words()
        self.row(position)[_BODY_WORDS] = len(self._body.shared(needles)) / len(own) if own else 0.0

    def _stems_of(self, position: int) -> tuple[set[str], list[tuple[str, str]]]:
        """The stems of candidate ``position``'s line and their :func:`_needles`."""
        own = _stems(self._lines[self._chosen[position]])
        return own, _needles(own)

    def body_headrooms(self, weights: Sequence[float]) -> list[float]:
        """The most ``body_words`` can add to each row's sum weighted by ``weights``.

        The part of :meth:`word_headrooms` that :meth:`fill_body` computes: its weight where that
        is positive, for a headline-shaped line; 0.0 for any other (its ``body_words`` is 0).
        """
        body = max(0.0, weights[_BODY_WORDS])
        return [body if headline else 0.0 for headline in self._headline]

    def _line_words(self, near: int) -> _Words:
        """The words of line ``near`` of ``top`` (cut to :data:`_PREFIX_CHARS`), read once."""
        words = self._words.get(near)
        if words is None:
            words = self._words[near] = _Words(self._top[near][:_PREFIX_CHARS], clean=self._clean)
        return words

    def _body_words(self) -> _Words:
        """The words of :func:`_body_text`, joined from those of its lines (each lowered once).

        Lowering the text whole lowers each line the same (see :func:`_body_text`), and the lines
        under a candidate, read by :meth:`_below`, are mostly the same lines.
        """
        window = self._window
        if window:
            start = max(range(len(window)), key=window.__getitem__)
            paragraph = self._paragraph
            texts = _padded_texts(
                [
                    self._line_words(near)
                    for near in range(start, min(start + _BODY, len(self._top)))
                    if paragraph[near]
                ]
            )
            if texts is not None:
                return _Words.padded("".join(texts))
        return _Words(_body_text(self._top, self._paragraph, window))

    def _below(
        self, own: set[str], needles: Sequence[tuple[str, str]], index: int
    ) -> tuple[float, float]:
        """How the running text under a line takes up the line's words (its stems ``own``).

        ``needles`` are ``own``'s :func:`_needles`.

        Returns the share of the stems used in the :data:`_BELOW` lines under it, and how many
        paragraphs there (up to :data:`_BELOW_PARAGRAPHS`) use any of them. An article's title
        names what its paragraphs go on to discuss; a teaser's words come back in one short
        blurb at most, a menu item's nowhere.
        """
        if not own:
            return 0.0, 0.0
        paragraph = self._paragraph
        top = self._top
        known = self._words
        clean = self._clean
        texts = []
        for near in range(index + 1, min(index + 1 + _BELOW, len(top))):
            if paragraph[near]:
                # (_line_words in line: a method call a paragraph cost more than the lookup)
                words = known.get(near)
                if words is None:
                    words = known[near] = _Words(top[near][:_PREFIX_CHARS], clean=clean)
                texts.append(words)
        padded = _padded_texts(texts)
        if padded is None:  # a text with other spaces: each paragraph's stems as they are
            used: set[str] = set()
            sharing = 0
            for words in texts:
                shared = words.shared(needles)
                if shared:
                    sharing += 1
                    used |= shared
            return len(used) / len(own), min(sharing, _BELOW_PARAGRAPHS) / _BELOW_PARAGRAPHS
        # The stems used anywhere under the line, searched in all its paragraphs at once; then
        # the paragraphs that use any of them are counted (up to the most that count).
        joined = "".join(padded)
        present = [needle for _, needle in needles if needle in joined]
        if not present:
            return 0.0, 0.0
        sharing = 0
        for text in padded:
            for needle in present:
                if needle in text:
                    sharing += 1
                    break
            else:
                continue
            if sharing == _BELOW_PARAGRAPHS:
                break
        return len(present) / len(own), sharing / _BELOW_PARAGRAPHS


def dump_group(lines: Sequence[str]) -> int:
    """Which weights and threshold a dump takes.

    2 for a long dump whose first lines are mostly not running text (a whole-page rendering: menus,
    lists and footers around an article that nearly always prints its headline somewhere, perhaps
    under a long window title), or for a shorter one of 15 lines or more whose first lines hold
    three menu bullets (a whole page with little text), else 1 for a dump that opens with running
    text (a body-only dump, which often has no title line at all, so the model must be surer
    there), else 0 (a short dump that opens with a heading or a label).
    """
    if len(lines) >= _WHOLE_PAGE_LINES:
        opening = lines[:_OPENING]
        if sum(map(is_paragraph_like, opening)) < _OPENING_TEXT * len(opening):
            return WHOLE_PAGE
    elif (
        len(lines) >= _SHORT_PAGE_LINES
        # (the bullets counted in C: a line opening with "* " follows a newline)
        and "\n".join(["", *lines[:_OPENING]]).count("\n* ") >= _SHORT_PAGE_MENU
    ):
        return WHOLE_PAGE
    return 1 if bool(lines) and is_paragraph_like(lines[0]) else 0


def weighted_sum(weights: Sequence[float], row: Sequence[float]) -> float:
    """The title model's sum for one line: its features' values times their weights."""
    total: float = sum(map(operator.mul, weights, row))
    return total


class TitleModel:
    """A logistic regression over :data:`FEATURES`, read from package data."""

    __slots__ = ("thresholds", "weights")

    def __init__(self, weights: Sequence[Sequence[float]], thresholds: Sequence[float]) -> None:
        self.weights = tuple(tuple(vector) for vector in weights)
        self.thresholds = tuple(thresholds)

    def scores(self, rows: Sequence[Sequence[float]], group: int) -> list[float]:
        """The probability that each row's line is the title, in a dump of ``group``."""
        weights = self.weights[group]
        out = []
        for row in rows:
            z = weighted_sum(weights, row)
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out


def load_model() -> TitleModel:
    """Read the shipped weights (``title_model.json``, written by ``benchmarks/textlines.py``)."""
    # pkgutil, not importlib.resources: the same package data for a tenth of the import time.
    raw = pkgutil.get_data(__name__, "title_model.json")
    if raw is None:
        msg = "title_model.json is missing from the installed package"
        raise RuntimeError(msg)
    data = json.loads(raw)
    if list(data["features"]) != list(FEATURES):
        msg = "title_model.json was trained on other features; retrain it"
        raise RuntimeError(msg)
    return TitleModel(data["weights"], data["thresholds"])
