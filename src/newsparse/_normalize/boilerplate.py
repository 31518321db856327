"""Lines that are never part of an article: widget labels, inserts, share bars, sign-offs, tags.

The phrases live in :mod:`newsparse._normalize.phrases`; this module only applies them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from newsparse._normalize.phrases import (
    BOILERPLATE_LINES,
    BOILERPLATE_PREFIXES,
    EDITOR_LABELS,
    LIST_HEADERS,
    SHARE_CHANNELS,
    SHARE_WORDS,
    SOURCE_LABELS,
    TAG_LABELS,
    TERMINAL_LINES,
    TERMINAL_PREFIXES,
    UPDATE_LABELS,
    phrase_alternation,
)
from newsparse._normalize.whitespace import clean_line

__all__ = [
    "KIND_BEFORE_LAST",
    "KIND_FIRSTS",
    "LONG_KIND_HEADS",
    "NO_KIND_MIN_CHARS",
    "heads_no_list",
    "is_boilerplate",
    "is_list_header",
    "is_signoff",
    "is_terminal",
    "is_update_label",
    "is_update_line",
    "key",
    "line_kinds",
    "line_role",
    "of_no_kind",
    "parse_tags_line",
]

_TAGS = re.compile(
    r"^(?:" + phrase_alternation(TAG_LABELS) + r")\s*[:：]\s*(?P<rest>.+)$",
    re.I,
)
_SOURCE = re.compile(
    rf"^(?:{phrase_alternation((*SOURCE_LABELS, *EDITOR_LABELS))})\s*[:：]\s*\S",
    re.I,
)
# Editors' initials closing an Indonesian story: "(fyk/ash)", "(Cas/Isk)", "(ant/rd)", or one
# editor's in lower case, "(bin)" (in capitals, "(AFP)", it is an agency's credit).
_SIGNOFF = re.compile(r"^[(\[](?:(?i:(?:[a-z]{2,6}\s*/\s*)+[a-z]{2,6})|[a-z]{2,4})[)\]]\.?$")
# Counters and share-bar residue: "13Shares", "1.229 Views", "dibaca 53,203 kali", "Like (0)",
# and a video player's countdown to the next clip ("Next up in 5").
_COUNTER = re.compile(
    r"^(?:\d[\d.,]*\s*(?:shares?|views?|comments?|komentar|kali dibaca|likes?)|"
    r"dibaca\s+[\d.,]+\s+kali|(?:like|dislike|share)\s*\(\d+\)|next up in \d{1,2})$",
    re.I,
)
#: A line asking the reader to follow the outlet on a channel (``Ikuti Contoh.com di Google News``,
#: ``Dapatkan berita terbaru di WhatsApp Channel``, ``Sertai saluran Telegram kami``), read on
#: the lower-case key of a line of ``_MIN_FOLLOW`` to ``_MAX_FOLLOW`` characters with no comma
#: and no colon (an ``Update: ...`` note is the story's): a call's verb opens it and a channel's
#: name stands among its last three words (a sentence going on past the name, ``Ikuti ... di
#: WhatsApp resmi pemkot itu``, is none).
_FOLLOW = re.compile(
    r"(?:simak|ikuti|follow|dapatkan|baca|update|cek|klik|gabung|bergabung|join|sertai|"
    r"langgan|pantau|kunjungi|jangan lewatkan)\b.{0,80}?\b(?:google news|whatsapp|telegram)\b"
    r"(?: \S+){0,2}$"
)
#: A page's notice of a story's age over the headline (``This article is more than 4 years
#: old``), read on the lower-case key of the line: whole, or in the two lines a page breaks it
#: into (``this article is more than`` over ``4 years old``).
_AGE = r"\d{1,2} (?:years?|months?|weeks?|days?) old"
_AGE_NOTICE = re.compile(rf"this (?:article|story) is more than(?: {_AGE})?|{_AGE}")
_AGE_NOTICE_HEADS = ("this ", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
_AGE_NOTICE_LONGEST = len("this article is more than 10 months old")
_MIN_FOLLOW = 16
_MAX_FOLLOW = 100
_MAX_SEPARATOR = 6
_SEPARATORS = re.compile(rf"^[\W_]{{1,{_MAX_SEPARATOR}}}$")
#: The rule a Markdown renderer writes under a table's first row (``---|---``, ``|:---|---:|``):
#: a table's rows of a writer's and an editor's name, say, stand around it. It is no text.
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
# A share bar's residue: a share word and nothing but networks' names ("分享到：微信 微博",
# "Share: Facebook Twitter Email"), read on the lower-case key of a short line. A name in Latin
# letters ends where a word does ("Share Xbox" is no bar), one in CJK may run into the next.
_SHARE_BAR = re.compile(
    rf"(?:{phrase_alternation(SHARE_WORDS)})(?:[\s:：,、/|·•]|(?:{phrase_alternation(SHARE_CHANNELS)})"
    r"(?:(?<=[a-z])(?![a-z])|(?<![a-z])))*"
)
_SHARE_STARTS = tuple(sorted({word[:2] for word in SHARE_WORDS}))
# The longest share bar looked at.
_MAX_SHARE_BAR = 80


def _by_first(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``phrases`` by their first character, each group in the order of ``phrases``."""
    grouped: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        grouped[phrase[:1]] = (*grouped.get(phrase[:1], ()), phrase)
    return grouped


#: The boilerplate prefixes by their first character: a line's first character picks the few it
#: may open with, where a test of all of them would try each.
_PREFIXES_BY_FIRST = _by_first(BOILERPLATE_PREFIXES)
#: The longest key the line tables hold: a longer key (a paragraph's) is in none of them, and is
#: not hashed to be looked up.
_LONGEST_LINE = max(map(len, (*BOILERPLATE_LINES, *LIST_HEADERS, *TERMINAL_LINES)))
#: Every key of the line tables at once: a key in none of them (most short lines') is looked up
#: once, not in each table.
_TABLED_LINES = frozenset((*BOILERPLATE_LINES, *LIST_HEADERS, *TERMINAL_LINES))
#: The words a counter that does not open with a digit opens with (see ``_COUNTER``).
_COUNTER_WORDS = ("dibaca", "like", "dislike", "share", "next up")
#: Every phrase a line's key may open with to be of a kind (:func:`line_kinds`), at once.
_OPENINGS = (*TERMINAL_PREFIXES, *BOILERPLATE_PREFIXES, *_COUNTER_WORDS, *_SHARE_STARTS)
#: :data:`_OPENINGS` by their first character, as :data:`_PREFIXES_BY_FIRST` (a test of all 85
#: tries each in turn, on every paragraph).
_OPENINGS_BY_FIRST = _by_first(_OPENINGS)
#: :data:`_OPENINGS` but the share words' openings: the phrases a key longer than
#: :data:`_MAX_SHARE_BAR` may open with to be of a kind (no such key is a share bar).
_LONG_OPENINGS = (*TERMINAL_PREFIXES, *BOILERPLATE_PREFIXES, *_COUNTER_WORDS)
#: :data:`_LONG_OPENINGS` by their first character.
_LONG_OPENINGS_BY_FIRST = _by_first(_LONG_OPENINGS)
#: How much of a line's start :func:`line_kinds` lowers to test a long line's opening: the
#: longest of those phrases.
_OPENING_REACH = max(map(len, _LONG_OPENINGS))
#: The marks :func:`key` strips from a line's start (bullets, dashes) and from its end.
_KEY_LEAD = "*•·-–— "
_KEY_TRAIL = " :：."
#: What a long line of a kind may open with besides a phrase: a mark :func:`key` strips, a
#: bracket (a sign-off) or an ASCII digit (a counter).
_KIND_FIRSTS = f"{_KEY_LEAD}([0123456789"
#: The first three characters of the phrases of :data:`_LONG_OPENINGS_BY_FIRST` written in ASCII,
#: in every case: a line opening with three ASCII characters (lowered by ASCII's rules alone,
#: whatever follows them) opens with no such phrase unless they are among these. (Every such
#: phrase has three characters or more; one of fewer opens with a character outside ASCII.)
_LONG_HEADS = frozenset(
    "".join(chars)
    for openings in _LONG_OPENINGS_BY_FIRST.values()
    for opening in openings
    if opening[:3].isascii()
    for chars in itertools.product(*({char, char.upper()} for char in opening[:3]))
)
#: What :func:`line_kinds` gives for a line of none of the kinds.
_NO_KIND: tuple[str | None, bool, bool] = (None, False, False)
#: :func:`of_no_kind`'s test of a line (its first way) as data, for a reader that folds it into a
#: pass over the lines of its own: a line of ``NO_KIND_MIN_CHARS`` characters or more, with none
#: of ``KIND_BEFORE_LAST`` before its last character, opening with none of ``KIND_FIRSTS`` and
#: with three ASCII characters not among ``LONG_KIND_HEADS``, and holding no colon, is of no kind.
NO_KIND_MIN_CHARS = _MAX_SHARE_BAR + 3
KIND_BEFORE_LAST = _KEY_TRAIL
KIND_FIRSTS = _KIND_FIRSTS
LONG_KIND_HEADS = _LONG_HEADS


def key(line: str) -> str:
    """The form a line is compared in: cleaned, lower case, without list bullets or a trailing colon."""
    return _key(clean_line(line))


def _key(cleaned: str) -> str:
    """:func:`key` of a line :func:`~newsparse._normalize.whitespace.clean_line` already cleaned."""
    return cleaned.lower().lstrip(_KEY_LEAD).rstrip(_KEY_TRAIL)


#: A widget's label with its count in brackets: ``KOMENTAR (0)``, ``Kommentare [12]``.
_COUNTED = re.compile(r"(.*?\S)\s*(?:\(\d[\d.,]{0,8}\)|\[\d[\d.,]{0,8}\])")
_COUNT_ENDS = ")]"
#: A person's mark to discard the line, at its end (``Bantah ... Bersumpah (BUANG)``), as at
#: its start (see the prefixes).
_DISCARD_ENDS = (" (buang)", " (hapus)")


def _counted_label(k: str) -> bool:
    """Whether a line's key is a known label with the count it shows (``komentar (0)``).

    Such a line is boilerplate, as its label alone is. It ends nothing, even where the label
    alone does: a count of comments also stands under a headline, over the story.
    """
    counted = _COUNTED.fullmatch(k)
    if counted is None:
        return False
    label = counted.group(1).rstrip(_KEY_TRAIL)
    return label in BOILERPLATE_LINES or label in TERMINAL_LINES


def is_signoff(line: str) -> bool:
    """Whether ``line`` is an editors'-initials sign-off such as ``(fyk/ash)``."""
    return bool(_SIGNOFF.match(clean_line(line)))


def is_boilerplate(line: str) -> bool:
    """Whether ``line`` is a known non-article line (``KOMENTAR``, ``Baca juga: ...``, ``Editor: X``)."""
    cleaned = clean_line(line)
    return not cleaned or _is_boilerplate(cleaned, _key(cleaned))


def _is_boilerplate(cleaned: str, k: str) -> bool:
    """:func:`is_boilerplate` of a non-empty cleaned line and its :func:`key`."""
    if len(cleaned) <= _MAX_SEPARATOR and _SEPARATORS.match(cleaned):
        return True
    if "|" in cleaned and cleaned[0] in "|-:" and _TABLE_RULE.fullmatch(cleaned) is not None:
        return True
    if len(k) <= _LONGEST_LINE and k in BOILERPLATE_LINES:
        return True
    prefixes = _PREFIXES_BY_FIRST.get(k[:1])
    if prefixes is not None and k.startswith(prefixes):
        return True
    # Each pattern runs only where it can match: a counter opens with a digit or one of its words, a sign-off opens with a
    # bracket, and a tags or source label ends in a colon.
    if (k[:1].isdigit() or k.startswith(_COUNTER_WORDS)) and _COUNTER.match(k):
        return True
    if cleaned[0] in "([" and _SIGNOFF.match(cleaned):
        return True
    if len(k) <= _MAX_SHARE_BAR and k.startswith(_SHARE_STARTS) and _SHARE_BAR.fullmatch(k):
        return True
    if _asks_to_follow(k):
        return True
    if _is_age_notice(k):
        return True
    if k[-1:] in _COUNT_ENDS and (_counted_label(k) or k.endswith(_DISCARD_ENDS)):
        return True
    if ":" in cleaned or "：" in cleaned:
        return bool(_TAGS.match(cleaned) or _SOURCE.match(cleaned))
    return False


def _is_age_notice(k: str) -> bool:
    """Whether a line's :func:`key` is a notice of the story's age (``this article is more than``)."""
    return (
        len(k) <= _AGE_NOTICE_LONGEST
        and k.startswith(_AGE_NOTICE_HEADS)
        and _AGE_NOTICE.fullmatch(k) is not None
    )


def _asks_to_follow(k: str) -> bool:
    """Whether a line's :func:`key` asks the reader to follow the outlet on a channel.

    (The channel's name is in the line: memchr-speed tests rule most lines out.)
    """
    return (
        _MIN_FOLLOW <= len(k) <= _MAX_FOLLOW
        and ("news" in k or "whatsapp" in k or "telegram" in k)
        and "," not in k
        and ":" not in k
        and _FOLLOW.match(k) is not None
    )


def is_list_header(line: str) -> bool:
    """Whether ``line`` heads a list of other stories (``Baca juga``, ``Terkait``)."""
    return key(line) in LIST_HEADERS


#: The longest list heading: a longer key heads no list.
_LONGEST_LIST_HEADER = max(map(len, LIST_HEADERS))


def heads_no_list(cleaned: str) -> bool:
    """Whether a cleaned line is sure to head no list (:func:`is_list_header` is false of it).

    A line that opens with no mark :func:`key` strips, and has none before its last character,
    has for its key the line lowered (lowering makes no such mark) without its last character
    at most, which is as long at least as the line without it (lowering never shortens a text):
    longer than every list heading, it is none. False says nothing.
    """
    return (
        len(cleaned) > _LONGEST_LIST_HEADER + 1
        and cleaned[0] not in _KEY_LEAD
        and cleaned[-2] not in _KEY_TRAIL
    )


def is_terminal(line: str) -> bool:
    """Whether nothing after ``line`` belongs to the article body (``KOMENTAR``, a copyright line)."""
    k = key(line)
    return k in TERMINAL_LINES or k.startswith(TERMINAL_PREFIXES)


def line_role(line: str) -> str | None:
    """``"end"`` for an end marker or sign-off, ``"list"`` for a list heading, else ``None``.

    One reading of the line for what :func:`is_terminal`, :func:`is_signoff` and
    :func:`is_list_header` tell apart, for callers that ask all three of every line.
    """
    cleaned = clean_line(line)
    return _role(cleaned, _key(cleaned))


def _role(cleaned: str, k: str) -> str | None:
    """:func:`line_role` of a cleaned line and its :func:`key`."""
    if k in TERMINAL_LINES or k.startswith(TERMINAL_PREFIXES):
        return "end"
    if cleaned[:1] in ("(", "[") and _SIGNOFF.match(cleaned):
        return "end"
    if k in LIST_HEADERS:
        return "list"
    return None


def line_kinds(line: str, *, clean: bool = False) -> tuple[str | None, bool, bool]:
    """:func:`line_role`, :func:`is_boilerplate` and :func:`is_list_header` of ``line`` at once.

    One cleaning of the line and one :func:`key` serve all three, for a parser that asks them of
    every line. ``clean`` says the caller knows ``line`` is what
    :func:`~newsparse._normalize.whitespace.clean_line` gives for it, so it is not cleaned again.
    """
    cleaned = line if clean else clean_line(line)
    if not cleaned:
        return None, True, False
    if cleaned.isalpha() and len(cleaned) <= _MAX_SHARE_BAR + 2:
        # One word of letters (a bare name, a site code, a widget's label), read as the tests
        # below read it: its key is the word lowered (no mark to strip: lowering a letter makes
        # none), and it is no sign-off, run of separators, count, counter or colon's line.
        k = cleaned.lower()
        first = k[:1]
        openings = _OPENINGS_BY_FIRST.get(first)
        opens = openings is not None and k.startswith(openings)
        short = len(k) <= _LONGEST_LINE
        if not short and not opens:
            return _NO_KIND  # (in no table, opening with no phrase)
        tabled = short and k in _TABLED_LINES
        listed = tabled and k in LIST_HEADERS
        if opens:
            ended = (tabled and k in TERMINAL_LINES) or k.startswith(TERMINAL_PREFIXES)
            return (
                ("end" if ended else "list" if listed else None),
                _is_boilerplate(cleaned, k),
                listed,
            )
        boiler = (
            (tabled and k in BOILERPLATE_LINES)
            or (first == "t" and _is_age_notice(k))
            or (
                _MIN_FOLLOW <= len(k) <= _MAX_FOLLOW
                and ("news" in k or "whatsapp" in k or "telegram" in k)
                and _asks_to_follow(k)
            )
        )
        if tabled and k in TERMINAL_LINES:
            return "end", boiler, listed
        return ("list" if listed else None), boiler, listed
    if (
        len(cleaned) > _MAX_SHARE_BAR + 2
        and cleaned[-2] not in _KEY_TRAIL
        and cleaned[0] not in _KIND_FIRSTS
        and ":" not in cleaned
        and "：" not in cleaned
    ):
        # Most lines (paragraphs), told without lowering the whole line: the key is the line
        # lowered, nothing stripped from its start (no mark opens it, and lowering makes none)
        # and at most one character from its end (the one before is no mark), so it is longer
        # than any share bar or line of the tables (lowering never shortens a text). Its start
        # is its first characters lowered: lowering reads no context but for a capital sigma's
        # following letters, and no phrase holds a sigma. Three ASCII characters first are
        # looked up as they are (see _LONG_HEADS), without lowering.
        if (head := cleaned[:3]).isascii() and head not in _LONG_HEADS:
            return _NO_KIND
        head = cleaned[:_OPENING_REACH].lower()
        openings = _LONG_OPENINGS_BY_FIRST.get(head[:1])
        if not head[:1].isdigit() and (openings is None or not head.startswith(openings)):
            return _NO_KIND
    k = cleaned.lower().lstrip(_KEY_LEAD).rstrip(_KEY_TRAIL)  # _key(cleaned), without a call
    short = len(k) <= _LONGEST_LINE  # else in none of the line tables
    # (The key's first character, and whether it is a digit, read once: the tests below ask
    # them again and again, and a slice and a method call cost more than a local's read.)
    first = k[:1]
    digit = first.isdigit()
    openings = _OPENINGS_BY_FIRST.get(first)
    opens = openings is not None and k.startswith(openings)
    if (
        not short
        and not opens
        and cleaned[0] not in "(["
        and not digit
        and ":" not in cleaned
        and "：" not in cleaned
        and len(cleaned) > _MAX_SEPARATOR
    ):
        # Most lines (paragraphs): too long for the tables, opening with no phrase, bracket or
        # digit, and holding no label's colon, they are none of the kinds. The tests below
        # would each find nothing.
        return _NO_KIND
    tabled = short and k in _TABLED_LINES  # (else in none of the tables)
    listed = tabled and k in LIST_HEADERS
    # A sign-off is both an end marker and boilerplate: one match tells both.
    signoff = cleaned[0] in "([" and _SIGNOFF.match(cleaned) is not None
    if not opens:
        # (A short line mostly: a byline, a date line, a site code.) Opening with none of the
        # phrases, it opens with no end marker's, boilerplate's, counter's or share word's: of
        # :func:`_is_boilerplate`'s tests only those of the whole line, a digit or a colon remain.
        boiler = (
            signoff
            or (
                len(cleaned) <= _MAX_SEPARATOR
                and not cleaned[0].isalnum()  # (``\w``: no run of separators opens with one)
                and _SEPARATORS.match(cleaned) is not None
            )
            or (
                "|" in cleaned
                and cleaned[0] in "|-:"
                and _TABLE_RULE.fullmatch(cleaned) is not None
            )
            or (tabled and k in BOILERPLATE_LINES)
            or (k[-1:] in _COUNT_ENDS and _counted_label(k))
            or (digit and _COUNTER.match(k) is not None)
            or ((first == "t" or digit) and _is_age_notice(k))
            # (The length and the channel's name first, without a call: most short lines are
            # a menu's words, or name no channel.)
            or (
                _MIN_FOLLOW <= len(k) <= _MAX_FOLLOW
                and ("news" in k or "whatsapp" in k or "telegram" in k)
                and _asks_to_follow(k)
            )
            or (
                (":" in cleaned or "：" in cleaned)
                and (_TAGS.match(cleaned) is not None or _SOURCE.match(cleaned) is not None)
            )
        )
        if signoff or (tabled and k in TERMINAL_LINES):
            return "end", boiler, listed
        return ("list" if listed else None), boiler, listed
    if signoff or (tabled and k in TERMINAL_LINES) or k.startswith(TERMINAL_PREFIXES):
        role: str | None = "end"
    else:
        role = "list" if listed else None
    return role, signoff or _is_boilerplate(cleaned, k), listed


def of_no_kind(lines: list[str], *, colons: bool = True) -> list[bool]:
    """Whether each of ``lines`` (cleaned) is told of none of :func:`line_kinds`' kinds at once.

    True only where :func:`line_kinds` (with ``clean``) gives ``(None, False, False)`` by its
    first test, the one most paragraphs pass: a long line that opens with no phrase, bracket,
    digit or mark and holds no colon. False says nothing (the line is to be read in full). One
    pass over the lines, with no call per line, for a parser that reads runs of paragraphs.
    ``colons`` false says the caller knows that no line holds a colon (none is looked for).
    """
    return [
        len(line) > _MAX_SHARE_BAR + 2
        and line[-2] not in _KEY_TRAIL
        and line[0] not in _KIND_FIRSTS
        and (not colons or (":" not in line and "：" not in line))
        and (
            ((head := line[:3]).isascii() and head not in _LONG_HEADS)
            or (
                not (head := line[:_OPENING_REACH].lower())[:1].isdigit()
                and (
                    (openings := _LONG_OPENINGS_BY_FIRST.get(head[:1])) is None
                    or not head.startswith(openings)
                )
            )
        )
        for line in lines
    ]


def is_update_line(line: str) -> bool:
    """Whether ``line`` is labelled as the time of an update (``Diperbarui: ...``, ``Updated ...``)."""
    return key(line).startswith(UPDATE_LABELS)


#: The update labels, for a label alone on its line, and their first words (a line opening with
#: another word needs no cleaning to be told apart).
_UPDATE_LABEL_SET = frozenset(UPDATE_LABELS)
_UPDATE_LABEL_HEADS = frozenset(label.split()[0] for label in UPDATE_LABELS)


def is_update_label(line: str) -> bool:
    """Whether ``line`` is an update's label alone (``Updated``, ``Pembaruan terakhir:``)."""
    head = line.lstrip(_KEY_LEAD).split(None, 1)[:1]
    if not head or head[0].lower().rstrip(_KEY_TRAIL) not in _UPDATE_LABEL_HEADS:
        return False
    return key(line) in _UPDATE_LABEL_SET


def parse_tags_line(line: str) -> tuple[str, ...] | None:
    """Return the tags of a ``Tags: a, b, c`` line, or ``None`` if ``line`` is not one."""
    if ":" not in line and "：" not in line:
        return None
    match = _TAGS.match(clean_line(line))
    if match is None:
        return None
    tags = (clean_line(t).strip(" #.") for t in re.split(r"[,;|#]", match.group("rest")))
    return tuple(dict.fromkeys(t for t in tags if t))
