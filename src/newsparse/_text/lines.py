"""Classify single lines of a text dump. Pure functions of one line; no state."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence

from newsparse._normalize.boilerplate import heads_no_list, line_kinds
from newsparse._normalize.captions import split_credit
from newsparse._normalize.date_tables import MONTHS
from newsparse._normalize.datelines import OUTLET_ADDRESS, find_dateline
from newsparse._normalize.dates import (
    DateMatch,
    find_date,
    has_digit,
    parse_date_line,
    read_date_line,
)
from newsparse._normalize.names import Byline, parse_byline
from newsparse._normalize.phrases import (
    AUTHOR_LABELS,
    CREDIT_LABELS,
    EDITOR_LABELS,
    FIRST_PUBLISHED_LABELS,
    SECTION_WORDS,
    SOURCE_LABELS,
    UPDATE_LABELS,
    phrase_alternation,
)
from newsparse._normalize.whitespace import clean_line

__all__ = [
    "BULLET_STARTS",
    "CAPTION_HEADS",
    "CREDIT_ENDS",
    "DASH_CREDIT_NEVER_ENDS",
    "HAN",
    "HANGUL",
    "HIDDEN_LABEL_OPENINGS",
    "KANA_HAN",
    "LABEL_HEADS",
    "LineFacts",
    "caption_parts",
    "digit_flags",
    "has_dash_credit",
    "is_bullet",
    "is_byline_label",
    "is_cjk_update_line",
    "is_paragraph_like",
    "is_relative_time",
    "is_site_code",
    "may_be_caption",
    "names_no_writer",
    "opens_with_label",
    "paragraph_flags",
    "yearless_cjk_update",
]

_BULLET = re.compile(r"^(?:[*•·▪►]\s*|-\s+)")
_SITE_CODE = re.compile(r"^[A-Z]{2,6}$")
#: A photo label and credit after a dash closing a caption (``... semalam. - Foto Agensi``,
#: ``... - Gambar Outlet/Nama``): a strong credit too, looked for in the line's last characters.
_DASH_CREDIT_PATTERN = r"\s[-–—]\s?(?:foto|gambar|photo|pic)\b[^()\[\]]{1,60}(?<![.!?])$"
_DASH_CREDIT = re.compile(_DASH_CREDIT_PATTERN, re.I)
# A strong credit at the end of a line inside the body: square brackets, or a bracket naming an
# outlet and a person ("(ANTARA/Fulan)", never a date such as "(13/9)"), or a photo label
# ("(Foto: ...)"), or a photo label and its credit after a dash (:data:`_DASH_CREDIT`).
_STRONG_CREDIT = re.compile(
    r"(?:\[[^\[\]]{1,80}\]|\([^()]*[^\W\d]/\s*[^\W\d][^()]*\)|\((?:foto|photo|dok|ist|istimewa)\b[^()]*\)"
    rf")\s*\.?$|{_DASH_CREDIT_PATTERN}",
    re.I,
)
_DASH_CREDIT_REACH = 72
#: The last characters of a line that :data:`_DASH_CREDIT` never ends (public, for a caller that
#: rules out many lines at once: a line ending with one has no dash credit).
DASH_CREDIT_NEVER_ENDS = ".!?"
# The credit sits in the last characters of the line: the pattern only looks there, which keeps it
# linear on a long line of brackets and slashes ("(a/a/a/...").
_CREDIT_REACH = 300
# A line this long is a paragraph that happens to end with a credit-like bracket, not a caption.
_MAX_CAPTION_WORDS = 90
_PHOTO_LABEL = re.compile(r"^(?:foto|photo|gambar)\s*[:：]", re.I)
CREDIT_ENDS = ("]", ")", "].", ").")
_PHOTO_STARTS = ("foto", "photo", "gambar")
#: The characters a line opening with one of :data:`_PHOTO_STARTS` (lowered) opens with: their
#: first letters in both cases (no other character lowers to one opening with them). A line
#: opening otherwise is not lowered to be tested.
_PHOTO_FIRSTS = frozenset(char for start in _PHOTO_STARTS for char in (start[0], start[0].upper()))
#: A page's hidden labels before a picture's credit and caption, as a text extractor keeps them
#: on one line: ``Image copyright Agency Image caption The mayor ...`` (``Image source, Agency``
#: and ``Image caption, ...`` in a later form), and ``Media caption ...`` under a video (after
#: the player's ``Media playback is unsupported on your device``).
_READER_LABELS = re.compile(
    r"^(?:Image (?:copyright|source),? (?P<credit>\S.{0,80}?) (?=Image caption\b)"
    r"|Media playback is unsupported on your device )?"
    r"(?:Image|Media) caption,? (?P<text>\S.*)$"
)
#: The openings of a line :data:`_READER_LABELS` reads (a cheap test before the pattern).
_READER_STARTS = (
    "Image caption",
    "Image copyright",
    "Image source",
    "Media caption",
    "Media playback",
)
#: Their first words (the parser also places a credit's label alone by them).
HIDDEN_LABEL_OPENINGS = frozenset(("Image ", "Media "))
#: The first characters of a line that may open with a photo label (:data:`_PHOTO_FIRSTS`) or a
#: hidden label (:data:`HIDDEN_LABEL_OPENINGS`): a line opening otherwise is not tested further.
_CAPTION_FIRSTS = _PHOTO_FIRSTS | frozenset("IM")
#: Their first three characters: a photo label's first three letters in any case (only those
#: letters lower to them, see :data:`_PHOTO_FIRSTS`) or a hidden label's. A line opening with a
#: letter of :data:`_CAPTION_FIRSTS` but otherwise ("Menurut", "Pada", "Gubernur", as many lines
#: of running text open) is neither: one slice and one lookup, not a lowered slice's tests.
CAPTION_HEADS = frozenset(
    "".join(chars)
    for start in _PHOTO_STARTS
    for chars in itertools.product(*((char, char.upper()) for char in start[:3]))
) | frozenset(opening[:3] for opening in HIDDEN_LABEL_OPENINGS)
#: A date line is short: a longer line is running text that mentions a date, never a date line.
_MAX_DATE_LINE = 160
#: A page's date and time printed without the spaces between them (``Sep 8 20252:27 PM
#: EDTUpdated ...``): a year glued to the clock time after it, and a zone (or ``PM``) glued to the
#: word after it. The line is read again with the spaces put back.
_GLUED_YEAR_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,2}:\d\d)")
_GLUED_ZONE = re.compile(r"([A-Z]{2,5}(?:[+-]\d{1,2})?)(?=[A-Z][a-z])")
#: A labelled byline opens with a label (or splits into segments at a bar or bullet): the first
#: word of every label, lowered, is a cheap test a line must pass before it is parsed as one.
#: (A contributor's label opens a byline too: ``Kontributor: Ani``, ``Kontributor Bandung, Ani``,
#: read by :func:`_byline_variant`, wherever the line stands.)
#: A contributor's or correspondent's label (the Indonesian two first: they may stand without a
#: colon, see :data:`_CONTRIBUTOR`).
_CONTRIBUTOR_LABELS = ("kontributor", "koresponden", "contributor", "correspondent")
_LABEL_STARTS = tuple(
    sorted(
        {label.split()[0].lower() for label in (*AUTHOR_LABELS, *EDITOR_LABELS, *SOURCE_LABELS)}
        | set(_CONTRIBUTOR_LABELS)
    )
)


def _cases(letter: str) -> tuple[str, ...]:
    """``letter`` and every character that lowers to it: its capital (and the Kelvin sign, ``k``)."""
    return (letter, letter.upper(), "\u212a") if letter == "k" else (letter, letter.upper())


#: The characters a line opening with one of :data:`_LABEL_STARTS` (lowered) opens with, as
#: :data:`_PHOTO_FIRSTS` for the photo labels.
_LABEL_FIRSTS = frozenset(char for start in _LABEL_STARTS for char in _cases(start[0]))
#: A byline is short too (a few names and labels).
_MAX_BYLINE = 200
#: The most lines of one parse read as bylines for their label alone (or as bare bylines), no
#: bar or bullet splitting them into a byline's segments: past it, such a line is not a byline.
#: Each reading costs tens of microseconds, and a dump of nothing but "By Name" lines (a hostile
#: input) would read all of them. The 7,234 dumps of ``benchmarks.textsame`` read at most 628
#: lines this way in one parse (41 for a label); lines with bars (tables) are not counted.
_MAX_BYLINE_READS = 5000
#: The most lines of one parse read in full as date lines (those with a date's shape, see
#: :func:`~newsparse._normalize.dates.read_date_line`): past it, a line not read yet is no date
#: line. Each such reading costs tens of microseconds, and a dump of rows that each hold a
#: different date in other words (a table saved as text) would read all of them while no date
#: is known. The dumps of ``benchmarks.textsame`` read at most 477 lines this way in one parse.
_MAX_DATE_READS = 5000


# Words that may stand before a date on a date line of a dump, besides the date reader's labels:
# the outlet's name or domain ("Kompas.com - 14/09/2023, 11:22 WIB") and a footer's sentence
# ("Artikel ini disiarkan pada : Jumaat, ...", "This article was published on ...").
_DATE_LEAD = re.compile(
    r"^(?:[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|my|net|org|co\.uk|de|at|ch)\b\s*[-–—|,:]?\s*"
    r"|(?:artikel|berita|tulisan|this (?:article|story)|the article)\b[^:\d]{0,40}?"
    r"\b(?:pada|on|tarikh|tanggal)\b\s*:?\s*)",
    re.I,
)
_MAX_LEAD_WORDS = 16
# An outlet's name without its domain, one to four capitalised words, before a dash or a comma
# and its date line: "Harian Contoh - 14/09/2023, 11:22 WIB", "Warta Contoh, 22 Julai 2024".
_OUTLET_LEAD = re.compile(r"^[A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*){0,3}(?: [-–—]|,) ")
# The label of an update written after the publication date on the same line: "Kamis, 14 September
# 2023 | 11:22 WIB Diperbarui: Kamis, ...". What stands before it is the date line.
_UPDATE_AFTER = re.compile(rf"(?<!\w)(?:{phrase_alternation(UPDATE_LABELS)})(?!\w)", re.I)
# A line noting a date (:meth:`LineFacts.notes_date`): at most this many spaces, and this many
# words besides the date; not a date after a word that makes it another thing's (``Report of``).
_NOTE_SPACES = 16
_NOTE_WORDS = 8
_DATE_OF = frozenset(("vom", "for", "of", "from", "du", "del", "des", "dal", "från", "fra", "van"))
# The words for "by" a writer's name follows, and the words that link a name to its date.
_NOTE_BY = frozenset(("by", "von", "par", "por", "di", "da", "door", "av", "af", "oleh"))
_NOTE_LINKS = frozenset(("am", "on", "le", "el", "il", "em", "op", "den", "the"))
_NAME_OPENING = re.compile(r"[^\W\d_]+[^\w\s]*\s+[^\W\d_]")
_NUMERIC_DATE = re.compile(r"\d\d?[./-]\d\d?[./-]\d\d")
_WORDISH = re.compile(r"\w")
_DATE_SEGMENTS = (" • ", " | ", " · ")
_MAX_SEGMENTS = 4
#: A time printed relative to the page's visit (``2 jam yang lalu``, ``5 minit lalu``, ``Updated 3
#: hours ago``): a date line that dates nothing, as the visit's day is not known.
RELATIVE_TIME = re.compile(
    r"(?i:(?:"
    + phrase_alternation((*UPDATE_LABELS, *FIRST_PUBLISHED_LABELS, "posted"))
    + r")\s*:?\s*)?(?:[0-9]{1,2}|an?|se)\s*"
    r"(?i:detik|menit|minit|jam|hari|minggu|bulan|tahun|seconds?|secs?|minutes?|mins?|hours?|hrs?"
    r"|days?|weeks?|months?|years?)\s+(?i:(?:yang|yg)\s+)?(?i:lalu|ago|yang lepas|lepas)"
)
#: The last letters of those words for "ago" (``lalu``, ``ago``, ``lepas``), in either case.
_RELATIVE_LAST = "uosUOS"
#: The dashes a date line's trailing words stand behind, and how many words they are at most.
_DASH_TAILS = (" - ", " – ", " — ")
_DASH_TAIL_WORDS = 4
_DASH_BEFORE_WORD = re.compile(r" [-–—] [^\W\d_]")


def _date_behind_words(line: str) -> DateMatch | None:
    """Read a date line that opens with an outlet's name or a footer's words, or sits in one segment of a line.

    An hour word after the clock (``11:22 Uhr``) needs nothing here: the date reader allows it.
    """
    if line.count(" ") >= _MAX_LEAD_WORDS:
        return None
    rest = line
    lead = _DATE_LEAD.match(rest)
    if lead is not None:
        rest = rest[lead.end() :]
    elif (" - " in line or ", " in line or " – " in line or " — " in line) and (
        lead := _OUTLET_LEAD.match(line)
    ):
        rest = line[lead.end() :]
    if rest != line:
        found = parse_date_line(rest)
        if found is not None:
            return found
    for mark in _DASH_TAILS:
        if mark in line:
            # "Kamis, 14 September 2023 11:22 WIB - 2 jam lalu", "... 11:22 WIB - Kota Medan": a
            # few words after a dash that date nothing (a time relative to the visit, a place).
            # (A place has no digit, and no dash stands before a word in the date's part: a
            # list's "05.11.2022 - Band - Hall" or a range "31. Jan - 6. Feb 2022" is no date line.)
            head, _, tail = line.rpartition(mark)
            if (
                tail
                and tail.count(" ") < _DASH_TAIL_WORDS
                and (not has_digit(tail) or is_relative_time(tail))
                and _DASH_BEFORE_WORD.search(head) is None
            ):
                found = parse_date_line(head)
                if found is not None:
                    return found
            break
    for mark in _DATE_SEGMENTS:
        if mark in line:
            # "Published Jun 05, 2026 • 3 minute read": the date is one segment of the line,
            # or two ("14 Sep 2023 | 11:22 WIB | Editor: ...": the clock is the next segment).
            segments = line.split(mark)[:_MAX_SEGMENTS]
            for index, segment in enumerate(segments):
                found = parse_date_line(segment)
                if found is not None:
                    if index + 1 < len(segments):
                        longer = parse_date_line(mark.join(segments[index : index + 2]))
                        if longer is not None:
                            return longer
                    return found
            break
    return None


def is_relative_time(line: str) -> bool:
    """Whether ``line`` is a time relative to the visit (:data:`RELATIVE_TIME`).

    (Such a line ends with the word for "ago": its last letter is looked at first.)
    """
    return line[-1] in _RELATIVE_LAST and RELATIVE_TIME.fullmatch(line) is not None


#: A piece of every label of :data:`_UPDATE_AFTER`, lowered (``pdat`` of ``updated``, ``jour`` of
#: ``mis à jour``): a line that, lowered, holds none holds no label. None holds an ``i``, ``k``
#: or ``s``, whose case-blind match takes letters that lower to something else (``ı``, ``ſ``).
_UPDATE_PIECES = ("pdat", "mod", "perba", "mbaru", "ema", "tual", "zulet", "jour", "orna", "gewer")


def _date_before_update(line: str) -> DateMatch | None:
    """Read the date line that stands before the label of an update on the same line."""
    # The pattern has no first letter to look for (its lookbehind opens it), so its search tries
    # every position of the line: a line holding no label's piece is not searched.
    lowered = line.lower()
    for piece in _UPDATE_PIECES:
        if piece in lowered:
            break
    else:
        return None
    update = _UPDATE_AFTER.search(line, 1)
    if update is None:
        return _update_before_publication(line)
    # (The date may be one segment of what stands before the label, as on a line of its own:
    # "Oleh Jane Doe | Kamis, 14 Agu 2025 15:08 WIB | Pembaruan terakhir: ...". The whole line
    # holds too many words to be read so.)
    head = line[: update.start()].rstrip(" |•·,;-")
    return parse_date_line(head) or _date_behind_words(head)


#: A publication's label on a line after an update's label and date (see
#: :func:`_update_before_publication`).
_PUBLICATION_AFTER = re.compile(
    rf"(?<=[^\W_])\s+(?:{phrase_alternation(FIRST_PUBLISHED_LABELS)})(?!\w)", re.I
)


def _update_before_publication(line: str) -> DateMatch | None:
    """Read the update's date line that opens ``line``, a publication's label and date after it.

    ``Updated 14 Sep 2023 15:00 Published 14 Sep 2023 11:22`` (a page's two date elements copied
    onto one line with no mark between): the line reads as an update's date line, and the
    publication's date is read after its label (see ``later_publication`` of the parser).
    """
    if _UPDATE_AFTER.match(line) is None:
        return None
    publication = _PUBLICATION_AFTER.search(line)
    if publication is None:
        return None
    return parse_date_line(line[: publication.start()].rstrip(" |•·,;-"))


#: The characters of Chinese and Japanese (kana, then the Chinese characters), and of Korean
#: (hangul syllables), as ranges for a pattern's character class.
KANA_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HANGUL = "\uac00-\ud7af"
#: The labels of an update in Chinese, Japanese and Korean (an alternation): ``最終更新``,
#: ``更新日時``, ``更新时间``, ``수정`` ...
_CJK_UPDATE_LABELS = r"最終更新日?|更新日時?|更新時間|更新时间|更新於|更新于|最后更新|修改时间|최종\s?수정|수정|업데이트"


#: What follows a Chinese, Japanese or Korean date line on its line: an update note in brackets
#: (``2025年1月14日 01時28分 (1月14日 01時40分更新)``, perhaps with the story's length after it:
#: ``... （最終更新 1/14 21:17） 789文字``), an update's label and its date
#: (``公開日：2025/01/31 11:30 更新日：2025/01/31 11:30``, ``입력 2025.01.14 01:28 수정 ...``) or
#: a source's label (``2020-02-19 20:29:58 来源：Example Daily``). What stands before it is the
#: date line, and the publication time. (Such a line is a date line to the title model too,
#: unlike a line read up to a spaced language's update label: see :meth:`LineFacts.title_date`.)
_CJK_AFTER = re.compile(
    r"(?:(?<!\s)\s+)?[(（][^()（）]*(?:更新|修改|수정)[^()（）]*[)）](?:\s*[0-9,]+文字)?\s*$"
    rf"|(?<!\s)\s+(?:{_CJK_UPDATE_LABELS}|来源|來源|출처|出典)(?:\s*[:：]\s*|\s+)\S"
)
#: The characters one of :data:`_CJK_AFTER`'s labels opens with: a line holding none holds none.
_CJK_AFTER_FIRSTS = frozenset("更修수업来來출出最")


#: A Chinese, Japanese or Korean line holding only an update's label and its date, perhaps in
#: brackets: ``更新日：2025/01/31 11:30``, ``（最終更新 2025年1月14日 21:17）``,
#: ``수정 2025.01.14 01:28``. (The date is the update's: it fills ``modified``.)
_CJK_UPDATE = re.compile(
    rf"[(（]?\s*(?:{_CJK_UPDATE_LABELS}|更新)(?:\s*[:：]\s*|\s+)"
    r"(?P<date>(?:[^()（）]|[(（][月火水木金土日][)）])+?)\s*[)）]?"
)
#: A year in such a date.
_YEAR = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")
#: The characters such a line opens with: a line opening with none is none.
_CJK_UPDATE_FIRSTS = frozenset("(（更最修수최업")


def _cjk_update(line: str) -> re.Match[str] | None:
    """:data:`_CJK_UPDATE` matched on the whole of ``line``, behind the test of its first character."""
    return _CJK_UPDATE.fullmatch(line) if line[:1] in _CJK_UPDATE_FIRSTS else None


def is_cjk_update_line(line: str) -> bool:
    """Whether ``line`` is a Chinese, Japanese or Korean update's label and date alone (:data:`_CJK_UPDATE`)."""
    return _cjk_update(line) is not None


def yearless_cjk_update(line: str, published: dt.date) -> DateMatch | None:
    """The date of a Chinese, Japanese or Korean update line that prints no year, or ``None``.

    ``（最終更新 1/14 21:17）``, ``最終更新:3/9(木) 18:45``: the update comes after the
    publication (``published``), in its year or, when that would put it before, the next.
    """
    update = _cjk_update(line)
    if update is None or _YEAR.search(date := update.group("date")) is not None:
        return None
    digits = len(date) - len(date.lstrip("0123456789"))
    if not 0 < digits < len(date):
        return None
    mark = "年" if date[digits] == "月" else date[digits]
    for year in (published.year, published.year + 1):
        found = parse_date_line(f"{year}{mark}{date}")
        if found is None or found.value is None:
            return None
        day = found.value.date() if isinstance(found.value, dt.datetime) else found.value
        if day >= (published.date() if isinstance(published, dt.datetime) else published):
            return found
    return None


def _cjk_update_date(line: str) -> DateMatch | None:
    """The date of a Chinese, Japanese or Korean update line (:data:`_CJK_UPDATE`), or ``None``."""
    update = _cjk_update(line)
    return None if update is None else parse_date_line(update.group("date"))


#: A writer's or an outlet's name in Chinese characters or kana before a date line, perhaps
#: glued to it (``山田太郎 2025年1月14日 01時28分``, ``例日新聞2025/1/14 21:17``).
_CJK_LEAD = re.compile(f"^[{KANA_HAN}]{{2,10}} ?(?=[0-9])")


def _date_before_cjk_note(line: str) -> DateMatch | None:
    """Read the Chinese, Japanese or Korean date line before an update or source note (:data:`_CJK_AFTER`).

    Or behind a name (:data:`_CJK_LEAD`).
    """
    if "\u3040" <= line[0] <= "\u9fff" and (lead := _CJK_LEAD.match(line)) is not None:
        line = line[lead.end() :]
        found = parse_date_line(line)
        if found is not None:
            return found
    if _CJK_AFTER_FIRSTS.isdisjoint(line):
        return None
    note = _CJK_AFTER.search(line, 1)
    if note is None:
        return None
    return parse_date_line(line[: note.start()])


#: A word standing where a month's name would, framed by a day and a year: ``NOVERMBER 21,
#: 2015``, ``21 Setpember 2015``. Only such a word is read as a misspelt month.
_FRAMED_MONTH = re.compile(
    r"(?<![^\W\d_])(?P<mdy>[^\W\d_]{5,11})\.? [0-3]?\d(?:st|nd|rd|th)?,? [12]\d{3}(?!\d)"
    r"|(?<!\d)[0-3]?\d(?:st|nd|rd|th|\.)? (?P<dmy>[^\W\d_]{5,11})\.?,? [12]\d{3}(?!\d)"
)
#: How every match of :data:`_FRAMED_MONTH` ends: a day's last digit, perhaps its ordinal, then
#: perhaps the word, then a space and a year. Most lines hold none (``Juli 2014`` holds no day),
#: and are turned away by this search, which skips to the digits at C speed and costs a fraction
#: of trying the frame at every letter.
_FRAME_END = re.compile(r"\d(?:st|nd|rd|th|\.)?,? (?:[^\W\d_]{5,11}\.?,? )?[12]\d{3}(?!\d)")


def _long_months() -> dict[str, int]:
    """Each month's full name of five letters or more, and its number.

    A shorter name is too near ordinary words; a name that languages give to different months
    has the number 0.
    """
    numbers: dict[str, int] = {}
    for _, number, names in MONTHS:
        for name in names.split():
            if len(name) >= 5 and name.isalpha() and name.isascii():
                numbers[name] = number if numbers.get(name, number) == number else 0
    return numbers


_LONG_MONTHS = _long_months()


def _one_edit(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter added, left out, changed, or two swapped."""
    size, other = len(word), len(name)
    if word == name or abs(size - other) > 1:
        return False
    at = 0
    while at < min(size, other) and word[at] == name[at]:
        at += 1
    if size > other:
        return word[at + 1 :] == name[at:]
    if size < other:
        return word[at:] == name[at + 1 :]
    if word[at + 1 :] == name[at + 1 :]:
        return True  # one letter changed
    return (
        word[at + 1 : at + 2] == name[at : at + 1]
        and word[at : at + 1] == name[at + 1 : at + 2]
        and word[at + 2 :] == name[at + 2 :]
    )  # two letters swapped


def _misspelt_month(word: str) -> str | None:
    """The month's name ``word`` misspells by one letter (``Novermber``), if only one month's.

    Case is ignored; the name is returned lower case. A name of a month itself is none.
    """
    lowered = word.lower()
    if lowered in _LONG_MONTHS:
        return None
    found = [name for name in _LONG_MONTHS if _one_edit(lowered, name)]
    numbers = {_LONG_MONTHS[name] for name in found}
    return found[0] if len(numbers) == 1 and 0 not in numbers else None


def _date_with_misspelt_month(line: str) -> DateMatch | None:
    """Read a date line whose month's name is misspelt, framed by a day and a year.

    ``NOVERMBER 21, 2015, 5:34 PM`` reads as ``November 21, 2015, 5:34 PM`` does; the match
    says which word it read as which month.
    """
    if _FRAME_END.search(line) is None:
        return None  # (no match of the frame can end anywhere in the line)
    frame = _FRAMED_MONTH.search(line)
    if frame is None:
        return None
    group = "mdy" if frame.group("mdy") is not None else "dmy"
    word = frame.group(group)
    name = _misspelt_month(word)
    if name is None:
        return None
    start, end = frame.span(group)
    found = parse_date_line(f"{line[:start]}{name}{line[end:]}")
    if found is None or found.value is None:
        return None
    shift = len(word) - len(name)
    return DateMatch(
        found.value,
        found.start if found.start <= start else found.start + shift,
        found.end + shift,
        f"read the misspelt month {word!r} as {name!r}",
    )


_MAX_NAME_WORDS = 6
# Credit lines written as one sentence: "Reported by A; written by B; edited by C".
_CLAUSE = re.compile(
    r"(?:(?<!\s)\s+)?;\s*|,\s+(?=(?:written|edited|reported|photographed)\b)", re.I
)


#: A reporter's role, as a byline names it after the writer's name (lowered).
_WRITER_ROLES = (
    "wartawan",
    "wartawati",
    "kontributor",
    "koresponden",
    "reporter",
    "jurnalis",
    "pewarta",
    "penulis",
    "correspondent",
    "contributor",
    "staff writer",
    "writer",
)
#: A report's label, the reporter's role and outlet, then the name after a comma:
#: ``Laporan Wartawan Kabar.com, Ani Lestari`` ("report by Kabar.com's journalist, ...");
#: or a contributor's role alone and the place (one to three capitalised words) before the comma:
#: ``Kontributor Bandung, Ani Lestari`` (the place is no writer).
_REPORTED_FOR = re.compile(
    rf"^(?:(?:laporan|report)\s+(?:{'|'.join(_WRITER_ROLES)})"
    r"\s+[^,]{1,60}|(?:kontributor|koresponden)\s+(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))"
    r",\s*(?P<name>[^,]{2,60})$",
    re.IGNORECASE,
)
#: A contributor's or correspondent's label before the name, with a colon (``Kontributor: Ani
#: Lestari``, ``Correspondent: Jane Doe``) or, in Indonesian, without one before a name of two
#: words or more and no comma (``Kontributor Ani Lestari``; ``Kontributor Bandung, Ani`` names the
#: place first, read by :data:`_REPORTED_FOR`).
_CONTRIBUTOR = re.compile(
    rf"^(?:(?:{'|'.join(_CONTRIBUTOR_LABELS)})\s*:"
    rf"|(?:{'|'.join(_CONTRIBUTOR_LABELS[:2])})(?=\s+[^\s,]+\s+[^,]*$))\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)
#: A Markdown table's row of two cells, a writer's or editor's label and a name, the name perhaps
#: led by the colon the page printed in its own cell: ``| Penulis | : Ani Lestari |``, or without
#: the outer bars as some renderers write a row (``Editor | : Budi``).
_LABEL_ROW = re.compile(
    r"^\|?\s*(?P<label>"
    + "|".join(
        re.escape(label)
        for label in sorted(
            {*AUTHOR_LABELS, *EDITOR_LABELS}, key=lambda label: (-len(label), label)
        )
    )
    + r")\s*\|\s*:?\s*(?P<name>[^|:\s][^|]*)\|?\s*$",
    re.IGNORECASE,
)
#: The same roles as a set, for a role alone after a slash: ``(Ani Lestari/Wartawan)``.
_ROLE_WORDS = frozenset(_WRITER_ROLES)
#: An opening bracket and a reporter's role, the start of :data:`_SIGNED_TAIL`'s bracket (its
#: last opening bracket: none stands between the role and the closing one).
_ROLE_OPENING = re.compile(rf"\((?:{'|'.join(_WRITER_ROLES)})", re.IGNORECASE)
#: A reporter's role in brackets after the name (``Ani Lestari (Wartawan)``, ``Ani (Kontributor
#: Medan)``, ``Jane Doe (Reporter)``), or the outlet's web address after a dash (``Ani Lestari -
#: Kabar.com``): what stands before it is the byline.
_SIGNED_TAIL = re.compile(
    rf"(?<=\S)\s*(?:\((?:{'|'.join(_WRITER_ROLES)})(?![^\W\d_])[^()]{{0,40}}\)"
    rf"|\s[-–—]\s*{OUTLET_ADDRESS})$",
    re.IGNORECASE,
)
#: The most words such a line holds, its role or address with them.
_SIGNED_WORDS = 9


def _may_be_signed(line: str) -> bool:
    """Whether ``line`` may end with :data:`_SIGNED_TAIL`: a bracket, or an address's ending."""
    last = line[-1:]
    return last == ")" or ("." in line[-4:] and last.isalpha())


def _signed_name(line: str) -> Byline | None:
    """The byline of a name signed with the writer's role or the outlet's address after it."""
    if line.count(" ") >= _SIGNED_WORDS:
        return None
    tail = _SIGNED_TAIL.search(line)
    return None if tail is None else parse_byline(line[: tail.start()], bare=True)


#: An e-mail address closing a labelled byline: ``Oleh Ani Lestari ani@outlet.example``.
_MAIL_TAIL = re.compile(r"(?<=\S)\s+<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?$")


def _slashed_role(inner: str) -> Byline | None:
    """The byline of a bracket's text naming the writer, a slash, then the role (``Ani/Wartawan``).

    A story's closing sign-off; a picture's credit names an agency or an outlet after the slash.
    """
    name, _, role = inner.rpartition("/")
    role = role.strip().lower()
    # (The role alone, or with the place: ``Kontributor Medan``.)
    if not name or (role not in _ROLE_WORDS and role.split(" ", 1)[0] not in _ROLE_WORDS):
        return None
    return parse_byline(name.strip(), bare=True)


def _byline_variant(line: str) -> Byline | None:
    """A labelled byline in another shape: clauses split by ``;``, or an outlet after a bar.

    A report's label and outlet may stand before the name (``Laporan Wartawan Kabar.com, Ani
    Lestari``).
    """
    comma = "," in line and ", " in line  # (one character is found at memchr speed, two are not)
    reported = _REPORTED_FOR.match(line) if comma else None
    if reported is not None:
        return parse_byline(reported.group("name"), bare=True)
    if _may_be_signed(line) and (signed := _signed_name(line)) is not None:
        return signed
    if line[:1] in "KkCc" and (contributor := _CONTRIBUTOR.match(line)) is not None:
        return parse_byline(contributor.group("name"), bare=True)
    if "@" in line and (mail := _MAIL_TAIL.search(line)) is not None:
        return parse_byline(line[: mail.start()])
    if ";" in line or comma:
        joined = _CLAUSE.sub(" | ", line)
        if joined != line:
            found = parse_byline(joined)
            if found is not None:
                return found
    if "|" in line and (row := _LABEL_ROW.match(line)) is not None:
        # A table's row of a label and a name, as a Markdown renderer writes it ("| Penulis | :
        # Ani Lestari |", "Editor | : Budi"): read as the labelled line it stands for.
        return parse_byline(f"{row.group('label')}: {row.group('name').rstrip()}")
    if "|" in line and " | " in line:
        # "By Jane Doe | The Coastal Times": the outlet after the bar names nobody.
        head = line.split(" | ", 1)[0]
        found = parse_byline(head)
        if found is not None and found.authors:
            return found
    return None


#: The labels of :data:`_LABEL_STARTS` by their first two letters (every label has two or more):
#: a line's two first letters pick the few labels it may open with.
_LABELS_BY_OPENING: dict[str, tuple[str, ...]] = {}
for _label in _LABEL_STARTS:
    _LABELS_BY_OPENING[_label[:2]] = (*_LABELS_BY_OPENING.get(_label[:2], ()), _label)
del _label
#: How much of a line the label test lowers: the longest label (none holds a sigma, whose lower
#: case alone depends on what follows it).
_LABEL_REACH = max(map(len, _LABEL_STARTS))
#: The first two characters of a line that may open with a label: each label's first two letters
#: in either case (and the Kelvin sign, lowered "k"). Only ASCII letters lower to them but for
#: those and "İ" (lowered "i" and a combining dot, which no label holds after its "i"), so a line
#: opening otherwise opens with no label, told
#: without lowering its start (most lines of running text open with a letter of
#: :data:`_LABEL_FIRSTS`).
LABEL_HEADS = frozenset(
    first + second
    for label in _LABEL_STARTS
    for first in _cases(label[0])
    for second in _cases(label[1])
)


# CREDIT_ENDS, CAPTION_HEADS and LABEL_HEADS are public for a caller that rules out many lines at
# once, with no call per line: a line that ends with none of CREDIT_ENDS and whose first three
# characters are not among CAPTION_HEADS is no caption in the body (may_be_caption is false), and
# one whose first two are not among LABEL_HEADS opens with no label (opens_with_label is false).


def opens_with_label(line: str) -> bool:
    """Whether ``line``, lowered, opens with one of :data:`_LABEL_STARTS`."""
    if line[:1] not in _LABEL_FIRSTS or line[:2] not in LABEL_HEADS:
        return False
    opening = line[:_LABEL_REACH].lower()
    labels = _LABELS_BY_OPENING.get(opening[:2])
    return labels is not None and opening.startswith(labels)


#: Every byte but an ASCII digit and the line feed, for :func:`digit_flags` to delete.
_NOT_DIGIT_OR_BREAK = bytes(code for code in range(256) if code not in b"0123456789\n")
#: Every ASCII byte: what is left once they go is a text's characters beyond ASCII, in UTF-8.
_ASCII_BYTES = bytes(range(128))


def digit_flags(lines: Sequence[str]) -> list[bool]:
    """:func:`~newsparse._normalize.dates.has_digit` of each of ``lines``, in one pass over them all.

    The lines are joined and encoded once, and all but their ASCII digits and line breaks deleted
    at the speed of copying bytes: a line holds an ASCII digit when its part of what is left is
    not empty. Another script's digit is looked for only among the characters beyond ASCII,
    most texts holding none: ten substring tests and a call for each line cost several times
    the whole. (Lines holding a line break, which no prepared line does, are read one by one.)
    """
    joined = "\n".join(lines).encode("utf-8", "surrogatepass")
    parts = joined.translate(None, _NOT_DIGIT_OR_BREAK).split(b"\n")
    if len(parts) != len(lines):
        return list(map(has_digit, lines))  # (a line breaks: the parts are not the lines)
    flags = list(map(bool, parts))
    wide = joined.translate(None, _ASCII_BYTES)
    if wide and has_digit(wide.decode("utf-8", "surrogatepass")):
        # A digit of another script somewhere: the lines without an ASCII digit read alone.
        return [flag or has_digit(line) for flag, line in zip(flags, lines, strict=True)]
    return flags


class LineFacts:
    """What one parse has learnt about its lines, so that no line is read twice for the same fact.

    The date pattern is the costly test, and a date line always holds a digit, so a line without
    one (most lines of a dump) never reaches it. A line's role, whether it is boilerplate and
    whether it heads a list are read together, from one cleaning of the line. One object lives
    for one parse (no global state).
    """

    __slots__ = (
        "_bare_bylines",
        "_byline_reads",
        "_bylines",
        "_captions",
        "_clean",
        "_date_reads",
        "_datelines",
        "_dates",
        "_digits",
        "_kinds",
        "_noted",
        "_shaped",
        "_strict_captions",
        "_update_heads",
        "printable",
        "spaced",
    )

    def __init__(self, *, clean: bool = False) -> None:
        """Start with nothing learnt.

        Args:
            clean: Every line asked about is a line of
                :func:`~newsparse._text.parser.prepare_lines`: cleaned by
                :func:`~newsparse._normalize.whitespace.clean_line`, and changed since only by
                taking Markdown marks out, which may leave two spaces together. A line without
                two spaces together is then not cleaned again (nor searched for them while
                :attr:`spaced` is false).
        """
        self._clean = clean
        self._dates: dict[str, DateMatch | None] = {}
        self._bylines: dict[str, Byline | None] = {}
        self._bare_bylines: dict[str, Byline | None] = {}
        self._byline_reads = 0  # lines read as bylines for a label alone, or bare
        self._date_reads = 0  # lines with a date's shape read as date lines
        self._kinds: dict[str, tuple[str | None, bool, bool]] = {}
        self._datelines: dict[str, str | None] = {}
        self._update_heads: set[str] = set()  # date lines read only up to an update's label
        self._shaped: set[str] = set()  # no date lines, but a date may stand in them
        self._noted: dict[str, bool] = {}
        self._digits: tuple[list[str], list[bool]] = ([], [])  # the last lines digit_flags read
        self._captions: dict[str, tuple[str, str | None] | None] = {}
        self._strict_captions: dict[str, tuple[str, str | None] | None] = {}
        #: Every line asked about is printable (:meth:`str.isprintable`): set by
        #: :func:`~newsparse._text.parser.prepare_lines` for a text whose only unprintable
        #: characters are no-break spaces (which cleaning turns into spaces) and line breaks,
        #: and once its lines are read, for a text none of whose lines was unprintable.
        self.printable = False
        #: A line asked about may hold two spaces together: set by
        #: :func:`~newsparse._text.parser.prepare_lines` when taking Markdown marks out left two
        #: together in a line. Until then (for most dumps, always), a line of a parse whose lines
        #: are clean is read as clean without a search for them: the lines the parse makes from
        #: them later are parts of them, or them joined by a space.
        self.spaced = False

    @property
    def clean_lines(self) -> bool:
        """Whether every line asked about is clean: :func:`~newsparse._normalize.whitespace.clean_line` gives it back as it is.

        True for a parse whose lines are clean (``clean``) while none may hold two spaces
        together (:attr:`spaced`): such a line holds no space but U+0020, one between two words
        and none at either end, so its words are its spaces and one.
        """
        return self._clean and not self.spaced

    def caption(self, line: str, *, strict: bool) -> tuple[str, str | None] | None:
        """:func:`caption_parts` of ``line``, once per parse for each of ``strict``'s values.

        The strict reading adds guards to the loose one and ends in the same splitting, so a line
        that is no caption read loosely (the header asks so of the first paragraph) is none read
        strictly (as the body asks of it again).
        """
        if strict:
            known = self._strict_captions
            if line in known:  # (not try/except: a raised KeyError costs more than a lookup)
                return known[line]
            if not may_be_caption(line):
                found = None  # (the strict reading's own first test)
            elif line in self._captions and self._captions[line] is None:
                found = None
            else:
                found = caption_parts(
                    line,
                    strict=True,
                    clean=self._clean and (not self.spaced or "  " not in line),
                )
        else:
            known = self._captions
            if line in known:  # (not try/except: a raised KeyError costs more than a lookup)
                return known[line]
            found = caption_parts(
                line, strict=False, clean=self._clean and (not self.spaced or "  " not in line)
            )
        known[line] = found
        return found

    def paragraph_like(self, line: str) -> bool:
        """:func:`is_paragraph_like` of ``line``, told from its spaces when it is clean.

        A clean line's words are its spaces and one, and it ends with no space (see
        :attr:`clean_lines`): it is counted, not split into words.
        """
        if self._clean and (not self.spaced or "  " not in line):
            spaces = line.count(" ")
            return spaces >= _PARAGRAPH_SPACES or (
                spaces >= _SENTENCE_SPACES and line[-1:] in _SENTENCE_ENDS
            )
        return is_paragraph_like(line)

    def kinds(self, line: str) -> tuple[str | None, bool, bool]:
        """:func:`~newsparse._normalize.boilerplate.line_kinds` of ``line``, once per parse.

        The line's role, whether it is boilerplate and whether it heads a list, in one lookup.
        """
        kind = self._kinds.get(line)
        if kind is None:
            kind = self._kinds[line] = line_kinds(
                line, clean=self._clean and (not self.spaced or "  " not in line)
            )
        return kind

    def list_header(self, line: str, *, alone: bool = False) -> bool:
        """:func:`~newsparse._normalize.boilerplate.is_list_header` of ``line``, once per parse.

        ``alone`` says the caller asks no other kind of the line: then a long one is told
        heading no list without reading its kinds (:func:`heads_no_list`).
        """
        kind = self._kinds.get(line)
        if kind is None:
            clean = self._clean and (not self.spaced or "  " not in line)
            if alone and clean and heads_no_list(line):
                return False
            kind = self._kinds[line] = line_kinds(line, clean=clean)
        return kind[2]

    def role(self, line: str) -> str | None:
        """:func:`~newsparse._normalize.boilerplate.line_role` of ``line``, once per parse."""
        kind = self._kinds.get(line)
        if kind is None:
            kind = self._kinds[line] = line_kinds(
                line, clean=self._clean and (not self.spaced or "  " not in line)
            )
        return kind[0]

    def boilerplate(self, line: str) -> bool:
        """:func:`~newsparse._normalize.boilerplate.is_boilerplate` of ``line``, read once per parse."""
        kind = self._kinds.get(line)
        if kind is None:
            kind = self._kinds[line] = line_kinds(
                line, clean=self._clean and (not self.spaced or "  " not in line)
            )
        return kind[1]

    def dateline(self, line: str) -> str | None:
        """:func:`~newsparse._normalize.datelines.find_dateline` of ``line``, once per parse.

        A dateline ends in a dash or a colon, so a line without either is not read.
        """
        if line in self._datelines:  # (asked of most lines again; a miss raises nothing)
            return self._datelines[line]
        found = None
        if "-" in line or ":" in line or "–" in line or "—" in line:
            found = find_dateline(line)
        self._datelines[line] = found
        return found

    def date(self, line: str) -> DateMatch | None:
        """:func:`~newsparse._normalize.dates.parse_date_line` of ``line``, behind cheap guards."""
        if line in self._dates:  # (the title model asks again; a miss raises nothing)
            return self._dates[line]
        if len(line) <= _MAX_DATE_LINE and has_digit(line):
            return self._read_date(line)
        self._dates[line] = None
        return None

    def _read_date(self, line: str) -> DateMatch | None:
        """:meth:`date` of a line not read yet that holds a digit and :data:`_MAX_DATE_LINE` characters at most."""
        found = None
        if self._date_reads < _MAX_DATE_READS:  # (past it: a hostile input, see the bound)
            found, shaped = read_date_line(line)  # (a digit, and short: see date)
            self._date_reads += shaped
            # A line with no date's shape (a price, a phone number, "Juli 2014") is read no
            # further: the readers below read pieces of it cut at spaces, marks or a label, each
            # as a date line, and none finds a date where the whole line shows no shape of one
            # (a capital sigma aside: it may lower otherwise in a piece; see read_date_line).
            if found is None and (shaped or "\u03a3" in line):
                found = _date_before_update(line)
                if found is None and not line.isascii():
                    found = _cjk_update_date(line)
                if found is not None:
                    self._update_heads.add(line)
                else:
                    found = _date_behind_words(line) or _date_before_cjk_note(line)
                    if found is None:
                        self._shaped.add(line)
            elif found is None and (" 1" in line or " 2" in line):
                # (Every frame of a misspelt month has a space, then its year's first digit:
                # two memchr-speed tests turn away most lines, without the call and its search.)
                found = _date_with_misspelt_month(line)
            if (
                found is None
                and shaped
                and ":" in line
                and _GLUED_YEAR_TIME.search(line) is not None
            ):
                spaced = _GLUED_ZONE.sub(r"\1 ", _GLUED_YEAR_TIME.sub(r"\1 \2", line))
                found = self.date(spaced)  # (no year glued to a time in it: read once more)
        self._dates[line] = found
        return found

    def title_date(self, line: str) -> DateMatch | None:
        """:meth:`date` of ``line`` as the title model's evidence reads it.

        The model was fitted before a date line was read up to an update's label on the same
        line (``... 11:22 WIB Diperbarui: ...``), so such a line is no date line to it until it is
        fitted again: it moved titles on held-out dumps without reason.
        """
        found = self.date(line)
        return None if line in self._update_heads else found

    def digits(self, lines: list[str]) -> list[bool]:
        """:func:`digit_flags` of ``lines``, read once for the same lines asked again.

        The title model asks it of the lines near a dump's top for their dates, then for their
        years.
        """
        if lines == self._digits[0]:
            return self._digits[1]
        flags = digit_flags(lines)
        self._digits = (lines, flags)
        return flags

    def title_dated(self, lines: Iterable[str]) -> list[bool]:
        """Whether :meth:`title_date` finds a date in each of ``lines``, in one call.

        The title model asks this of every line near a dump's top: a known line is one
        dictionary lookup here, not two method calls, and a new one that :meth:`date`'s guards
        turn away (most: no digit) is turned away here, without the call (and the failed lookup
        that opens it).
        """
        dates = self._dates
        heads = self._update_heads
        read = self._read_date
        lines = list(lines)
        out = [False] * len(lines)
        # Only the lines holding a digit are looked at (a few of the top's): date finds none in
        # the others, and asked of one later it turns it away by the same test.
        for index in itertools.compress(range(len(lines)), self.digits(lines)):
            line = lines[index]
            if line in dates:
                found = dates[line]
            elif len(line) > _MAX_DATE_LINE:
                found = dates[line] = None
            else:
                found = read(line)  # (the guards of date already passed)
            if found is not None and line not in heads:
                out[index] = True
        return out

    def noted_dates(self, lines: Sequence[str], dated: Sequence[bool]) -> Sequence[bool]:
        """``dated`` (:meth:`title_dated` of ``lines``), also true of each line that notes a date.

        A whole page prints the date with the writer or a label on one line under the headline
        (``Posted on 3 May 2024 by Jane Doe``, ``Jane Doe am 3. Mai 2024``, ``Par Jane Doe le
        03.05.2024 à 11h46``): no date line, but as much a mark of the headline above it. Such a
        line is one :meth:`date` found no date line in but a date may stand in (a few of a page).
        ``lines`` are those :meth:`title_dated` was asked of; ``dated`` itself is returned when
        none of them notes a date.
        """
        shaped = self._shaped
        # (Most pages: none of the lines is one. set.isdisjoint looks each line up in C, about a
        # quarter of the cost of mapping the set's __contains__ over them.)
        if shaped.isdisjoint(lines):
            return dated
        out: list[bool] | None = None  # (``dated`` itself when no line notes a date: most pages)
        # (The few such lines found in C; a line is in _shaped only when it is no date line.)
        for index in itertools.compress(range(len(dated)), map(shaped.__contains__, lines)):
            if self.notes_date(lines[index]):
                if out is None:
                    out = list(dated)
                out[index] = True
        return dated if out is None else out

    def notes_date(self, line: str) -> bool:
        """Whether ``line`` is a date with its writer: a word for "by", or a name just before it.

        ``Posted on 3 May 2024 by Jane Doe``, ``Jane Doe am 3. Mai 2024``, ``Jane Doe | 03.05.24``;
        not a line that dates something else (``Report of 3 May 2024``) nor a sentence, and not
        a teaser's headline or place with its date (``Storm hits the coast 03.05.2024``).
        """
        known = self._noted.get(line)
        if known is not None:
            return known
        # (The date reader only for a line that may be one: short, no sentence, and with a word
        # for "by" or opening with two words, a name's; most lines it is asked of are neither.)
        found = (
            find_date(line)
            if line.count(" ") <= _NOTE_SPACES
            and line[-1:] not in ".!?"  # (an empty line too)
            and (
                _NAME_OPENING.match(line) is not None
                or not _NOTE_BY.isdisjoint(line.lower().split())
            )
            else None
        )
        noted = False
        if found is not None and (
            found.value is not None or _NUMERIC_DATE.search(line, found.start, found.end)
        ):
            before = line[: found.start].split()
            after = line[found.end :]
            words = [word for word in (*before, *after.split()) if _WORDISH.search(word)]
            if len(words) <= _NOTE_WORDS and not (before and before[-1].lower() in _DATE_OF):
                if any(word.lower() in _NOTE_BY for word in words):
                    noted = True
                else:
                    # A name before the date, perhaps with a mark or "am"/"on" between them.
                    while before and (
                        before[-1].lower() in _NOTE_LINKS or not _WORDISH.search(before[-1])
                    ):
                        before.pop()
                    if len(before) >= 2:
                        byline = self.byline(" ".join(before), bare=True)
                        noted = byline is not None and bool(byline.authors)
        self._noted[line] = noted
        return noted

    def bylines(self, lines: Sequence[str]) -> list[Byline | None]:
        """:meth:`byline` of each of ``lines``, in one call.

        The title model asks this of every line near a dump's top. Most of them hold no bar,
        bullet or bracket and open with no label: :meth:`byline`'s guards, read here in line,
        answer ``None`` for those without a method call.
        """
        known = self._bylines
        byline = self.byline
        by_opening = _LABELS_BY_OPENING
        # (The marks are looked for in all the lines at once, then in a line only where one is:
        # a search at memchr speed, where three tests of each line cost more.)
        block = "\n".join(lines)
        marked = "|" in block or "•" in block or "·" in block
        out: list[Byline | None] = []
        append = out.append
        for line in lines:
            if line in known:
                append(known[line])
            elif (
                (marked and ("|" in line or "•" in line or "·" in line))
                or (first := line[:1]) == "("
                # (a role in brackets or an address after the name: _may_be_signed, in line)
                or (last := line[-1:]) == ")"
                or ("." in line[-4:] and last.isalpha())
                # (opens_with_label in line: its first two letters rule most lines out unlowered)
                or (
                    first in _LABEL_FIRSTS
                    and line[:2] in LABEL_HEADS
                    and (labels := by_opening.get((opening := line[:_LABEL_REACH].lower())[:2]))
                    is not None
                    and opening.startswith(labels)
                )
            ):
                append(byline(line))
            else:
                known[line] = None
                append(None)
        return out

    def byline(self, line: str, *, bare: bool = False) -> Byline | None:
        """:func:`~newsparse._normalize.names.parse_byline` of ``line``, read once per parse."""
        known = self._bare_bylines if bare else self._bylines
        if line in known:  # (the title model asks again; a miss raises nothing)
            return known[line]
        found = None
        if len(line) <= _MAX_BYLINE and (
            (marked := "|" in line or "•" in line or "·" in line) or bare or opens_with_label(line)
        ):
            if not marked:
                self._byline_reads += 1
                if self._byline_reads > _MAX_BYLINE_READS:
                    known[line] = None
                    return None  # (a hostile input's thousands of "By Name" lines: see the bound)
            found = parse_byline(line, bare=bare)
            if found is None:  # a labelled byline reads the same where a bare one may stand too
                found = _byline_variant(line)
        elif not bare and (
            # (a closing bracket, or a web address's ending: see _may_be_signed, read in line)
            (last := line[-1:]) == ")" or ("." in line[-4:] and last.isalpha())
        ):
            if line[:1] == "(":
                if last == ")" and line.count(" ") < _MAX_NAME_WORDS:
                    # A closing "(Name)" signs the story, or "(Kontributor Bandung, Name)", or
                    # the name and the role after a slash, "(Name/Wartawan)" ("(abc/xyz)"
                    # initials are a sign-off instead: no role after their slash).
                    inner = line[1:-1]
                    if "/" in inner:
                        found = _slashed_role(inner)
                    else:
                        found = parse_byline(inner, bare=True) or _byline_variant(inner)
            elif (
                line.count(" ") < _SIGNED_WORDS
                and (
                    # (the tail's cheap part first: a role right after the last opening bracket,
                    # or a dash before an address; the pattern tries every character of the line)
                    _ROLE_OPENING.match(line, line.rfind("(")) is not None
                    if last == ")"
                    else ("-" in line or "–" in line or "—" in line)
                )
                and (tail := _SIGNED_TAIL.search(line))
            ):
                # The name, then the role in brackets or the outlet's address: "Ani Lestari
                # (Wartawan)", "Ani Lestari - Kabar.com" (the role or the address labels it).
                found = parse_byline(line[: tail.start()], bare=True)
        known[line] = found
        return found


#: The endings of an outlet's name written as one word (``Kotahub``, ``Wartanews``,
#: ``Citypost``): no person's name ends with one, after three letters or more.
_OUTLET_ENDINGS = ("hub", "news", "post", "times", "today", "daily", "online", "press", "media")
#: Their last three letters (one lookup rules most names out).
_OUTLET_TAILS = frozenset(ending[-3:] for ending in _OUTLET_ENDINGS)
_MIN_OUTLET_STEM = 3


def names_no_writer(line: str) -> bool:
    """Whether ``line``, read as a byline's name, is a word that names no writer.

    A section's label printed over or under a headline (``Opinion``, ``Games``), or an outlet's
    name written as one word (``Kotahub``).
    """
    lowered = line.lower()
    if lowered in SECTION_WORDS:
        return True
    return (
        lowered[-3:] in _OUTLET_TAILS
        and lowered.isalpha()
        and any(
            lowered.endswith(ending) and len(lowered) - len(ending) >= _MIN_OUTLET_STEM
            for ending in _OUTLET_ENDINGS
        )
    )


_AUTHOR_STARTS = tuple(sorted({label.lower() for label in AUTHOR_LABELS}))
_MAX_LABEL_WORDS = 5


def is_byline_label(line: str) -> bool:
    """Whether ``line`` is an author label alone (``Penulis:``, ``Author of the article:``)."""
    return (
        line.endswith((":", "："))
        and line.count(" ") < _MAX_LABEL_WORDS
        and line.lower().startswith(_AUTHOR_STARTS)
    )


#: The marks a list item opens with (:func:`is_bullet` is false of a line opening otherwise).
BULLET_STARTS = frozenset("*•·▪►-")


def is_bullet(line: str) -> bool:
    """Whether ``line`` is a list item of a rendered menu or list (``* Facebook``)."""
    return line[:1] in BULLET_STARTS and _BULLET.match(line) is not None


def is_site_code(line: str) -> bool:
    """Whether ``line`` is a bare agency or site code such as ``MDN``."""
    return bool(_SITE_CODE.match(line))


#: The marks a sentence ends with, for :func:`is_paragraph_like`.
_SENTENCE_ENDS = ".!?\"”'"
#: The spaces of a clean line of 12 words (running text whatever its end), and of 5 (running
#: text when it ends like a sentence): :func:`is_paragraph_like`'s bounds.
_PARAGRAPH_SPACES = 11
_SENTENCE_SPACES = 4


def is_paragraph_like(line: str) -> bool:
    """Whether ``line`` reads as running text: several words ending like a sentence."""
    # At most 11 splits: whether there are 12 words or more is all that matters past 11 (the
    # twelfth part, the rest of the line, is then never empty).
    words = len(line.split(None, _PARAGRAPH_SPACES))
    return words > _PARAGRAPH_SPACES or (
        words > _SENTENCE_SPACES and line.rstrip()[-1:] in _SENTENCE_ENDS
    )


def paragraph_flags(lines: Iterable[str], spaces: Iterable[int] | None = None) -> list[bool]:
    """:func:`is_paragraph_like` of each of ``lines``, in one call (no call per line).

    ``spaces`` is how many spaces each line holds, for lines known clean
    (:attr:`LineFacts.clean_lines`): a clean line's words are its spaces and one, and it ends
    with no space, so it is not split.
    """
    if spaces is not None:
        return [
            count >= _PARAGRAPH_SPACES
            or (count >= _SENTENCE_SPACES and line[-1:] in _SENTENCE_ENDS)
            for line, count in zip(lines, spaces, strict=True)
        ]
    return [
        (words := len(line.split(None, _PARAGRAPH_SPACES))) > _PARAGRAPH_SPACES
        or (words > _SENTENCE_SPACES and line.rstrip()[-1:] in _SENTENCE_ENDS)
        for line in lines
    ]


def may_be_caption(line: str) -> bool:
    """Whether ``line`` may be a caption inside the body (:func:`caption_parts`, ``strict``).

    The cheap guard: a strong credit closes such a line, or a photo label opens it.
    """
    return (
        line.endswith(CREDIT_ENDS)
        or (
            line[:1] in _CAPTION_FIRSTS
            and line[:3] in CAPTION_HEADS
            and (
                (head := line[:6]) in HIDDEN_LABEL_OPENINGS
                or head.lower().startswith(_PHOTO_STARTS)
            )
        )
        or has_dash_credit(line)
    )


def has_dash_credit(line: str) -> bool:
    """Whether a photo label and credit after a dash close ``line`` (``... - Foto Agensi``).

    Such a credit never ends with a full stop, where most paragraphs do: those are told by their
    last character (see :data:`DASH_CREDIT_NEVER_ENDS`), without a search.
    """
    if line[-1:] in DASH_CREDIT_NEVER_ENDS or not ("-" in line or "–" in line or "—" in line):
        return False
    return _DASH_CREDIT.search(line, max(0, len(line) - _DASH_CREDIT_REACH)) is not None


def caption_parts(line: str, *, strict: bool, clean: bool = False) -> tuple[str, str | None] | None:
    """Return ``(text, credit)`` if ``line`` is a photo caption, else ``None``.

    Args:
        line: A cleaned line.
        strict: Inside the body, only a strong credit (square brackets, ``outlet/person``, a photo
            label) makes a caption, since a paragraph may end with a source such as ``(AFP)``.
        clean: ``line`` is known to be what
            :func:`~newsparse._normalize.whitespace.clean_line` gives for it (not cleaned again).
    """
    if strict and not may_be_caption(line):
        return None
    # (Cleaned once: clean_line gives a clean line back as it is, so the credit's split is told.)
    value = line if clean else clean_line(line)
    if value.startswith(_READER_STARTS):
        labelled = _READER_LABELS.match(value)
        # (A credit's label alone, "Image copyright Agency", is the parser's to place.)
        return None if labelled is None else (labelled.group("text"), labelled.group("credit"))
    if strict and (
        len(value.split(None, _MAX_CAPTION_WORDS)) > _MAX_CAPTION_WORDS
        or not (
            _STRONG_CREDIT.search(value, max(0, len(value) - _CREDIT_REACH))
            or _PHOTO_LABEL.match(value)
        )
    ):
        return None
    text, credit = split_credit(value, clean=True)
    if credit is None and not _PHOTO_LABEL.match(value):
        return None
    if credit is not None and ":" in credit and is_embed_tag(credit):
        return None  # (``[Gambas:Video Outlet]``: a player's placeholder, no picture's credit)
    return text, credit


#: A placeholder a publishing system leaves in the text for an embedded player or post, in square
#: brackets: a capitalised word, a colon with no space after it, and what it embeds, capitalised
#: (``[Gambas:Video Outlet]``, ``[Embed:Tweet]``); no web address, no pronunciation (``[bo:s]``).
_EMBED_TAG = re.compile(r"^\[?(?P<word>[A-Z][a-z]{1,19}):[A-Z][^\[\]/:]{0,60}\]?$")
_CREDIT_WORDS = frozenset(label for label in CREDIT_LABELS if " " not in label)


def is_embed_tag(text: str) -> bool:
    """Whether ``text`` is an embed's placeholder (:data:`_EMBED_TAG`), with or without brackets.

    A credit's own label before the colon (``Foto:Agency``, written without a space) is no
    placeholder.
    """
    found = _EMBED_TAG.match(text)
    return found is not None and found.group("word").casefold() not in _CREDIT_WORDS
