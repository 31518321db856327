"""One date normaliser for both parsers: machine and human date strings to ``date``/``datetime``.

The rules, in short (the documentation page ``dates`` has the long form):

* A time makes a :class:`~datetime.datetime`; a day alone makes a :class:`~datetime.date`.
* A stated zone (``WIB``, ``+07:00``, ``GMT+7``) makes the datetime aware; without one it stays
  naive unless the caller passes ``default_timezone``. A zone abbreviation with several meanings
  (``IST``) is never guessed: the day is kept, the time dropped.
* ``14/09/2023`` is read day-first or month-first from the words around it (a weekday, a zone,
  a meridiem), a value above 12, or the caller's ``day_first``; when nothing settles it, and the
  weekday does not either, there is no date: no date is better than a wrong one.
* A weekday that contradicts its date rejects the date, and says so in :attr:`DateMatch.problem`.
* A date without a year (``Rabu (13/9)``) is read only against a ``reference`` date, and no
  function returns a date later than ``reference``. Today's date is never used.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Final

import attrs

from newsparse._normalize import _date_patterns as pat
from newsparse._normalize._date_reading import (
    LEAD_CLOCK_REACH,
    MONTH_CLASH,
    ORDER_CLASH,
    Options,
    eu_summer_time,
    language_tag,
    read_match,
)
from newsparse._normalize.date_tables import (
    CENTRAL_EUROPEAN_LANGUAGES,
    CENTRAL_EUROPEAN_REGIONS,
    MONTHS,
    PAGE_ORDERS,
    WEEKDAYS,
)

__all__ = [
    "MONTH_CLASH",
    "ORDER_CLASH",
    "DateMatch",
    "central_european_midnight",
    "central_european_time",
    "day_of",
    "find_date",
    "has_digit",
    "numeric_order",
    "page_day_first",
    "parse_date",
    "parse_date_line",
    "parse_timestamp",
    "read_date_line",
]

_MIN_TIMESTAMP: Final = dt.datetime(1990, 1, 1, tzinfo=dt.timezone.utc).timestamp()
_MAX_TIMESTAMP: Final = dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc).timestamp()
_TIMESTAMP_RE: Final = re.compile(r"\s*(\d{9,13})(?:\.(\d+))?\s*")
_PAGE_ORDER: Final = dict(PAGE_ORDERS)
# Words left around a date that :func:`parse_date` tolerates ("light noise").
_MAX_NOISE_WORDS: Final = 2
_DIGIT: Final = re.compile(r"\d")
#: The longest string :func:`parse_date` and :func:`parse_date_line` read: a date line with its
#: labels, zone and counter is far shorter, and a longer string is running text.
MAX_DATE_LINE_CHARS: Final = 500
#: Where a date expression can start: a digit, an opening bracket (``(13/9)``), or the start of a
#: run of letters (a weekday or month name never follows a letter or an apostrophe).
_STARTS: Final = re.compile(r"\d|\(|(?<![^\W\d_'])(?P<run>[^\W\d_]+)")
#: The runs of letters a weekday or month name can start with: every name, glued ("jumat",
#: "quartafeira") and up to its first hyphen or apostrophe ("jum", "quarta"), which the pattern
#: allows to be left out, and up to its first character that is no letter (a vowel sign of Thai
#: or Devanagari, "วันเสาร์" opening with the run "ว").
_NO_LETTER: Final = re.compile(r"[\W\d_]")
_NAME_RUNS: Final = frozenset(
    run
    for _, _, names in (*WEEKDAYS, *MONTHS)
    for name in names.split()
    for variant in (
        name.replace("-", "").replace("'", ""),
        name.replace("'", "-").split("-", 1)[0],
    )
    for run in (variant, variant if variant.isalpha() else _NO_LETTER.split(variant, 1)[0])
)
#: The options of :func:`parse_date_line` when the caller gives none (frozen, so shared).
_LINE_OPTIONS: Final = Options(None, None, None, whole=True)
#: A line's first letter or digit (what :data:`~newsparse._normalize._date_patterns.LEAD_RE`
#: cannot pass without a label).
_FIRST_WORD_CHAR: Final = re.compile(r"[^\W_]")
# A word (the weekday) and a numeric date in brackets opening a line: "Kamis (14/9/2023)".
_BRACKETED_DATE: Final = re.compile(r"\W*[^\W\d_]+\s*(\(\d{1,2}/\d{1,2}/\d{4}\))")
#: Indonesia's zones written before the clock (``Kamis, 14 September 2023 WIB 11:22``), on a
#: folded line: the zone and the time trade places, which keeps the line's length.
_ZONE_BEFORE_CLOCK: Final = re.compile(
    r"\b(wib|wita|wit)(\s+)(\d{1,2}[:.]\d\d(?:[:.]\d\d)?)(?![\d:.])"
)
#: A numeric offset closing a date (``GMT+0100``, ``+01:00``), and a zone's name in brackets
#: after it (see :func:`_zone_name_end`).
_OFFSET_END: Final = re.compile(r"[+-]\d\d:?\d\d\s*$")
#: How far back from a date's end its closing offset is looked for (``+01:00`` and spaces).
_OFFSET_REACH: Final = 40
_ZONE_NAME: Final = re.compile(r"\s*\((?:[^\W\d_]|[\s'\u2019.-]){2,60}\)")
#: How far into a string :func:`find_date` looks: the date search costs about a second per
#: megabyte, so it is bounded where a 20 MB single-line dump would otherwise take minutes.
MAX_FIND_CHARS: Final = 20_000


@attrs.frozen
class DateMatch:
    """A date expression found in a string.

    Attributes:
        value: The date (a ``datetime`` when a time is stated), or ``None`` when a date expression
            was seen but rejected (ambiguous, contradicted by its weekday, impossible, or without a
            year and without a reference date).
        start: Where the expression starts in the searched string.
        end: Where it ends (exclusive).
        problem: A sentence for a person: why the date was rejected, or what was odd about it;
            ``None`` when nothing was.
    """

    value: dt.date | None
    start: int
    end: int
    problem: str | None = None


def parse_date(
    text: str,
    *,
    day_first: bool | None = None,
    reference: dt.datetime | None = None,
    default_timezone: dt.tzinfo | None = None,
    language: str | None = None,
) -> dt.date | None:
    """Parse a string that is a date expression, machine or human.

    Light noise around the date is tolerated: a weekday, labels such as ``on``, ``at``,
    ``pada``, ``Published:`` or ``Diperbarui``, ``|`` or ``-`` separators, a trailing counter
    (``| 1.229 Views``, ``| Dibaca: 1.234 kali``), a person's labelled field set off by a bar
    (``Reporter : Jane Doe |`` before the date, ``| Editor: Ann Lee`` after it), and up to two
    other words. A string over 500 characters is not a date expression and gives ``None``
    without being searched.

    Args:
        text: The string, such as ``"Kamis, 14 September 2023 | 11:22 WIB"`` or
            ``"2023-09-14T11:22:00+07:00"``.
        day_first: How to read an all-numeric date such as ``05/11/2015``: ``True`` day first,
            ``False`` month first, ``None`` decide from the words around it (a weekday, zone or
            meridiem of a day-first language), a value above 12, or the weekday; otherwise refuse.
        reference: The date the text was written on, if known. A date without a year is
            resolved against it (the latest such date on or before it), and no date later than
            it is returned.
        default_timezone: A zone to attach to a datetime whose source states none.
        language: The text's language (``"en-IN"``, ``"zh"``), which settles zone
            abbreviations that are ambiguous on their own: ``IST`` is India Standard Time on an
            Indian page, ``CST`` China Standard Time on a Chinese one. Without it, a time in such
            a zone keeps only its day.

    Returns:
        A ``datetime`` when a time is stated (aware when a zone is stated or ``default_timezone``
        is given), a ``date`` when only the day is, or ``None`` when the string is not a date or the
        date is ambiguous or contradictory.

    Example:
        >>> parse_date("Rabu, 4 November 2015 | 21:04 WIB").isoformat()
        '2015-11-04T21:04:00+07:00'
        >>> parse_date("14 September 2023")
        datetime.date(2023, 9, 14)
    """
    if len(text) > MAX_DATE_LINE_CHARS:
        return None
    options = Options(day_first, reference, default_timezone, whole=True, language=language)
    folded = pat.fold(text)
    match = _first(folded, options)
    if match is None or not _is_light_noise(folded, match.start, match.end):
        return None
    return match.value


def find_date(
    text: str,
    *,
    day_first: bool | None = None,
    reference: dt.datetime | None = None,
    default_timezone: dt.tzinfo | None = None,
    language: str | None = None,
) -> DateMatch | None:
    """Find the first date expression inside a longer string (a paragraph, a caption, a byline).

    Only the first 20,000 characters are searched, which keeps the search bounded
    on a huge string.

    Args:
        text: The string to search.
        day_first: As for :func:`parse_date`.
        reference: As for :func:`parse_date`; needed to read a date without a year such as
            ``Rabu (13/9)``.
        default_timezone: As for :func:`parse_date`.
        language: As for :func:`parse_date`.

    Returns:
        The first date expression, with its span and its value (``None`` when it was rejected, with
        the reason in ``problem``), or ``None`` when the string holds no date expression.

    Example:
        >>> find_date("Kim bertemu Putin, Rabu (13/9).", reference=dt.datetime(2023, 9, 14))
        DateMatch(value=datetime.date(2023, 9, 13), start=19, end=30, problem=None)
    """
    options = Options(day_first, reference, default_timezone, whole=False, language=language)
    return _first(pat.fold(text[:MAX_FIND_CHARS]), options)


def parse_date_line(
    line: str,
    *,
    day_first: bool | None = None,
    reference: dt.datetime | None = None,
    default_timezone: dt.tzinfo | None = None,
    language: str | None = None,
) -> DateMatch | None:
    """Match a line only when the line *is* a date line.

    The date expression must cover the line except separators, labels (``Published:``), an hour
    word after the clock time (``10:00 Uhr``), a zone word, a reading time (``5 min read``), a
    counter (``| 1.229 Views``) and a one-word source tag (``- detikinet``). A paragraph that
    merely mentions a date gives ``None``.

    Args:
        line: One line of text.
        day_first: As for :func:`parse_date`.
        reference: As for :func:`parse_date`.
        default_timezone: As for :func:`parse_date`.
        language: As for :func:`parse_date`.

    Returns:
        The match (its value may be ``None`` with a ``problem`` when the date was rejected), or
        ``None`` when the line is not a date line (a line over 500
        characters never is).

    Example:
        >>> parse_date_line("Kamis, 5 November 2015 14:56 WIB | 1.229 Views").value.isoformat()
        '2015-11-05T14:56:00+07:00'
    """
    if len(line) > MAX_DATE_LINE_CHARS or not has_digit(line):
        return None
    if day_first is None and reference is None and default_timezone is None and language is None:
        options = _LINE_OPTIONS  # the parsers' usual call: no options object built per line
    else:
        options = Options(day_first, reference, default_timezone, whole=True, language=language)
    return _read_line(line, options)[0]


def read_date_line(line: str) -> tuple[DateMatch | None, bool]:
    """:func:`parse_date_line` of ``line`` (no options), and whether a date may stand in it.

    ``line`` holds a digit and 500 characters at most: :func:`parse_date_line`'s own tests, which
    its caller has made (:meth:`~newsparse._text.lines.LineFacts.date`), are not made again.

    The second is ``False`` only where no date expression can stand anywhere in ``line``
    (:func:`_may_hold_date`): that proves :func:`parse_date_line` ``None`` of every piece of
    ``line`` cut where no letter run is split, no day cut from a digit after it and no capital
    sigma stands (a piece folds as it does in ``line``): each of the piece's month names, numeric
    shapes and CJK signs is one of ``line``.
    """
    return _read_line(line, _LINE_OPTIONS)


def _read_line(line: str, options: Options) -> tuple[DateMatch | None, bool]:
    """:func:`parse_date_line` of a line of 500 characters at most holding a digit.

    And whether :func:`_may_hold_date` of the folded line is true (or not asked: a quick match).
    """
    folded = pat.fold(line)
    if (
        options is _LINE_OPTIONS
        and folded[-1] in _QUICK_ENDS
        and (
            folded[0] in _ASCII_DIGITS
            or (folded[0] in _WEEKDAY_FIRSTS and folded.startswith(_EN_WEEKDAY_NAMES))
        )
    ):
        # (A line opening with a digit or an English weekday and closing with a digit or a
        # meridiem's "m" may be a common numeric date line.)
        found = _NUMERIC_DATE_LINE.fullmatch(folded)
        if found is not None:
            quick = _numeric_date_line(found)
            if quick is not None:
                return quick, True
    if not _may_hold_date(folded):
        # (A phone number, a price, an archive's "Juli 2014": no date's shape at all.)
        return None, False
    if "(" in folded:
        # "Kamis (14/9/2023) 11:22 WIB": a weekday, then its numeric date in brackets; the
        # brackets become spaces, so that every position in the line stays where it was.
        bracketed = _BRACKETED_DATE.match(folded)
        if bracketed is not None:
            start, end = bracketed.span(1)
            folded = f"{folded[:start]} {folded[start + 1 : end - 1]} {folded[end:]}"
    if "wi" in folded and ("wib " in folded or "wita " in folded or "wit " in folded):
        # (A memchr-speed test first: most lines name none of the zones.)
        folded = _ZONE_BEFORE_CLOCK.sub(r"\3\2\1", folded)
    # Only labels and punctuation may stand before a date line's date, so on a line that does not
    # open with a label the date starts at the first letter or digit at the latest (a clock time
    # before it, which the date then starts with, opens with that digit): a date accepted further
    # on would fail the test below, and is not looked for.
    limit = None
    if pat.LEAD_LABEL_RE.match(folded) is None:
        first = _FIRST_WORD_CHAR.search(folded)
        limit = first.start() if first is not None else len(folded)
        if folded[limit : limit + 1].isdecimal():
            limit += LEAD_CLOCK_REACH
    match = _first(folded, options, limit, shaped=True)
    if match is None or not _is_line(folded, match.start, match.end):
        return None, True
    return match, True


#: English weekday names (folded) and their ISO numbers, for :data:`_NUMERIC_DATE_LINE`.
_EN_WEEKDAYS: Final = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), 1
    )
}
_EN_WEEKDAY_NAMES: Final = tuple(_EN_WEEKDAYS)
_WEEKDAY_FIRSTS: Final = "mtwfs"
_ASCII_DIGITS: Final = "0123456789"
_QUICK_ENDS: Final = "0123456789m"
#: The common all-numeric date lines, read exactly as the general reader reads them (see
#: :func:`_numeric_date_line`): an English weekday, then a day-month-year date
#: (``14-09-2023``, ``14/09/2023``, ``14.09.2023``) or an ISO one (``2023-09-14``), then a clock
#: time (``| 11:22 am``, ``11:22:05``) with no zone. A year is one the general reader takes (1000
#: to 2999).
_NUMERIC_DATE_LINE: Final = re.compile(
    r"(?:(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday), )?"
    r"(?:(?P<first>[0-9]{1,2})(?P<sep>[-/.])(?P<second>[0-9]{1,2})(?P=sep)(?P<year>[12][0-9]{3})"
    r"|(?P<iy>[12][0-9]{3})-(?P<im>[0-9][0-9])-(?P<id>[0-9][0-9]))"
    r"(?:(?: \| |, | )(?P<h>[0-9]{1,2}):(?P<mi>[0-9][0-9])(?::(?P<s>[0-9][0-9]))?(?: ?(?P<mer>[ap]m))?)?"
)


#: The numbers of one or two ASCII digits, by their text (``"7"``, ``"07"``, ``"59"``).
_TWO_DIGITS: Final = {
    text: number for number in range(100) for text in (str(number), f"{number:02d}")
}


def _numeric_date_line(found: re.Match[str]) -> DateMatch | None:
    """:func:`parse_date_line` of a common numeric date line, or ``None`` to read it in full.

    ``found`` is the match of :data:`_NUMERIC_DATE_LINE` on the whole folded line. Only the
    cases whose answer is plain are read here: the day and the month told apart by their values
    (one above 12, or both the same), a day that exists, a weekday that agrees with it, and a
    possible time of day. Everything else (both orders possible, no such day, a contradicting
    weekday, no such time) gives ``None``, for the general reader, which says why in its
    ``problem``.
    """
    # All groups in one call; the numbers of one or two digits looked up, not parsed.
    weekday, first, _, second, year, iso_year, iso_month, iso_day, hour, minute, sec, mer = (
        found.groups()
    )
    if first is not None:
        day, month = _TWO_DIGITS[first], _TWO_DIGITS[second]
        if day <= 12 and day != month:
            if month <= 12:
                return None  # either order: the general reader weighs the hints
            day, month = month, day
        number = int(year)
    else:
        number, month, day = int(iso_year), _TWO_DIGITS[iso_month], _TWO_DIGITS[iso_day]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        date = dt.date(number, month, day)
    except ValueError:
        return None
    if weekday is not None and date.isoweekday() != _EN_WEEKDAYS[weekday]:
        return None
    if hour is None:
        return DateMatch(date, 0, found.end(), None)
    clock = _TWO_DIGITS[hour]
    if mer is not None:
        if not 1 <= clock <= 12:
            return None
        clock = (clock % 12) + (12 if mer == "pm" else 0)
    minutes, seconds = _TWO_DIGITS[minute], _TWO_DIGITS[sec] if sec is not None else 0
    if clock > 23 or minutes > 59 or seconds > 59:
        return None
    value = dt.datetime(number, month, day, clock, minutes, seconds)
    return DateMatch(value, 0, found.end(), None)


def has_digit(text: str) -> bool:
    r"""Whether ``text`` holds a decimal digit of any script (what ``\d`` matches).

    The ten ASCII digits are looked for first, each at ``memchr`` speed; only a text that holds
    none of them and is not all ASCII is searched for another script's digits, whose test costs a
    lookup in the Unicode database per character.

    >>> has_digit("Rabu (13/9)"), has_digit("Rabu"), has_digit("٢٠٢٣")
    (True, False, True)
    """
    # Ten substring tests written out: each runs at memchr speed, with none of the cost of
    # calling ``text.__contains__`` through ``map`` (about three times the work on a line).
    if (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    ):
        return True
    return not text.isascii() and _DIGIT.search(text) is not None


def parse_timestamp(value: int | float | str) -> dt.datetime | None:
    """Read a Unix timestamp in seconds or milliseconds as an aware UTC datetime.

    Args:
        value: The timestamp, as a number or a string of digits (a 13-digit value is milliseconds).

    Returns:
        The moment in UTC, or ``None`` when the value is not a plausible news timestamp (before
        1990 or from 2100 on) or not a number.

    Example:
        >>> parse_timestamp(1694665320)
        datetime.datetime(2023, 9, 14, 4, 22, tzinfo=datetime.timezone.utc)
    """
    seconds: float
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        found = _TIMESTAMP_RE.fullmatch(value)
        if found is None:
            return None
        seconds = float(found.group(1) + ("." + found.group(2) if found.group(2) else ""))
    elif isinstance(value, float):
        seconds = value
    elif isinstance(value, int):
        # (an integer past a float's range, as a JSON record may hold, is no timestamp: float()
        # would raise OverflowError)
        if not -_MAX_TIMESTAMP * 1000 < value < _MAX_TIMESTAMP * 1000:
            return None
        seconds = float(value)
    else:
        return None
    if math.isnan(seconds):
        return None
    if seconds >= _MAX_TIMESTAMP:
        seconds /= 1000
    if not _MIN_TIMESTAMP <= seconds < _MAX_TIMESTAMP:
        return None
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)


def day_of(value: dt.date) -> dt.date:
    """The day of a date or of a datetime (in the datetime's own zone).

    >>> day_of(dt.datetime(2023, 9, 14, 11, 22)), day_of(dt.date(2023, 9, 14))
    (datetime.date(2023, 9, 14), datetime.date(2023, 9, 14))
    """
    return value.date() if isinstance(value, dt.datetime) else value


def page_day_first(language: str | None) -> bool | None:
    """How a page in ``language`` writes an all-numeric date, as a ``day_first`` hint.

    ``en-GB`` and most languages write the day first, ``en-US`` the month; bare ``en`` and
    languages not in :data:`~newsparse._normalize.date_tables.PAGE_ORDERS` give ``None``. The
    hint is weak: a caller passes it only after the date's own words left the order open.

    >>> page_day_first("en-GB"), page_day_first("en_US"), page_day_first("de"), page_day_first("en")
    (True, False, True, None)
    """
    if not language:
        return None
    tag = language_tag(language)
    found = _PAGE_ORDER.get(tag)
    return _PAGE_ORDER.get(tag.split("-")[0]) if found is None else found


#: An all-numeric date with a slash or a hyphen (``13/05/2024``, ``5-13-24``), its two first
#: numbers in groups 1 and 3: :func:`numeric_order` counts the ones whose values tell the order.
_NUMERIC_DATES: Final = re.compile(
    r"(?<![\d/.-])([0-3]?\d)([/-])([0-3]?\d)\2(?:[12]\d{3}|\d\d)(?![\d/-]|\.\d)"
)


def numeric_order(text: str) -> bool | None:
    """The order a text's all-numeric dates are written in, where their values tell it.

    ``13/05/2024`` can only be day first and ``05/13/2024`` only month first: when the text's
    dates with a slash or a hyphen that tell at all all tell the same order, that order is
    returned as a ``day_first`` hint for a date the text leaves open (``8/5/2024``); otherwise,
    or when none tells, ``None``. Only the first 20,000 characters are read.

    >>> numeric_order("Filed 8/5/2024, amended 13/05/2024."), numeric_order("8/5/2024")
    (True, None)
    """
    firsts = seconds = 0
    if "/" not in text and "-" not in text:
        return None
    for found in _NUMERIC_DATES.finditer(text, 0, MAX_FIND_CHARS):
        first, second = int(found.group(1)), int(found.group(3))
        if 12 < first <= 31 and 1 <= second <= 12:
            firsts += 1
        elif 12 < second <= 31 and 1 <= first <= 12:
            seconds += 1
    if firsts and not seconds:
        return True
    if seconds and not firsts:
        return False
    return None


def central_european_midnight(value: dt.date | None, language: str | None) -> dt.datetime | None:
    """A UTC time that is exactly midnight in Central Europe, on a page written there.

    Publishing systems that keep a day as local midnight and print it in UTC write 5 November
    in Berlin as ``2021-11-04T23:00:00Z`` (``22:00:00Z`` in summer). On a page whose language
    is mostly written in Central European Time (``de``, ``fr``, ``pl``, ..., with no region or
    a region in that zone), such a value is returned as the same instant at the local offset,
    which names the right day; anything else gives ``None``.

    >>> central_european_midnight(dt.datetime(2021, 11, 4, 23, tzinfo=dt.timezone.utc), "de")
    datetime.datetime(2021, 11, 5, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
    >>> central_european_midnight(dt.datetime(2021, 11, 4, 23, tzinfo=dt.timezone.utc), "en")
    """
    if not isinstance(value, dt.datetime) or value.minute or value.second or value.microsecond:
        return None
    local = central_european_time(value, language)
    return local if local is not None and local.time() == dt.time(0) else None


def central_european_time(value: dt.date | None, language: str | None) -> dt.datetime | None:
    """A UTC time moved to Central European Time, on a page written there, else ``None``.

    The page's ``language`` must be one mostly written in that zone, with no region or a region
    in it (see :func:`central_european_midnight`); the offset is ``+01:00``, or ``+02:00`` in
    European summer time.

    >>> central_european_time(dt.datetime(2018, 12, 31, 23, 11, tzinfo=dt.timezone.utc), "de-DE")
    datetime.datetime(2019, 1, 1, 0, 11, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
    >>> central_european_time(dt.datetime(2018, 12, 31, 23, 11, tzinfo=dt.timezone.utc), "fr-CA")
    """
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        return None
    if not language:
        return None
    primary, *subtags = language_tag(language).split("-")
    # (The region is the subtag after the language, or after its script: ``sr-latn-rs``.)
    region = next((subtag for subtag in subtags if len(subtag) != 4), "")
    if primary not in CENTRAL_EUROPEAN_LANGUAGES:
        return None
    if region and region not in CENTRAL_EUROPEAN_REGIONS:
        return None
    hours = 2 if eu_summer_time(value) else 1
    return value.astimezone(dt.timezone(dt.timedelta(hours=hours)))


def _first(
    folded: str, options: Options, limit: int | None = None, *, shaped: bool = False
) -> DateMatch | None:
    """Return the first acceptable date expression in folded text.

    ``limit``, when given, is the last position a date expression is looked for at; ``shaped``
    says that :func:`_may_hold_date` of ``folded`` is already known to be true.
    """
    if not has_digit(folded):
        return None  # every date expression has a day or a year in digits
    if not shaped and len(folded) <= MAX_DATE_LINE_CHARS and not _may_hold_date(folded):
        return None  # (a phone number, a price, an archive's "Juli 2014": no date's shape at all)
    # What ``DATE_RE.finditer`` finds, trying the pattern only where a match can start: most
    # positions are inside words, where trying every name of the pattern costs about a
    # microsecond each.
    pos = 0
    for start in _STARTS.finditer(folded):
        at = start.start()
        if limit is not None and at > limit:
            break
        if at < pos or (start.lastgroup and start.group() not in _NAME_RUNS):
            continue
        if (
            at
            and folded[at].isdecimal()
            and folded[at - 1].isdecimal()
            and "/" not in folded[at + 1 : at + 3]
        ):
            continue  # inside a number only "13/9" can start, and its slash is near
        found = pat.DATE_RE.match(folded, at)
        if found is None:
            continue
        match = read_match(found, folded, options)
        if match is not None:
            return DateMatch(*match)
        pos = found.end()
    return None


#: What every numeric date shape of :data:`~newsparse._normalize._date_patterns.DATE_RE` holds:
#: a digit, a separator, one or two digits, the same separator and a digit (``14.09.2023``,
#: ``2023-09-14``, ``4. 2. 2022``, ``26 | 01 | 2022``), a slash between digits (``13/9``), or
#: eight digits (``20230914``).
#: (The digit opens the pattern, so a search skips every other character at C speed.)
_NUMERIC_SHAPE: Final = re.compile(r"\d(?:/\d|(-|\. ?| ?\| ?)\d\d?\1\d|\d{7})")
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")
#: Every byte but an ASCII letter made a space: an ASCII text's runs of letters are then its
#: words (a translation and a split of bytes at C speed, where a search or a translation of a
#: ``str`` costs dozens of instructions a character).
_ASCII_LETTERS_ONLY: Final = bytes(
    code if chr(code).isascii() and chr(code).isalpha() else 32 for code in range(256)
)
#: What stands right before a month name that a date's digits come before, at the least: digits
#: and an ordinal, separators, ``de`` or ``of`` (``14. Juli``, ``3rd of May``, ``2016-Mar``).
_BEFORE_MONTH: Final = re.compile(r"\d(?:[^\W\d_]{1,3}|\.)?[\s/.-]*(?:(?:de|of)\s+)?$")
#: What follows a month name that a date's day comes after, at the least: one or two digits
#: alone (``Juli 14``, ``Sep. 3, 2023``; not the year of ``Juli 2014``).
_AFTER_MONTH: Final = re.compile(r"\.?[\s/-]*\d\d?(?!\d)")


def _may_hold_date(folded: str) -> bool:
    """Whether :data:`~newsparse._normalize._date_patterns.DATE_RE` may match in ``folded``.

    ``False`` is a proof that it matches nowhere: every date shape holds a numeric date's shape
    (:data:`_NUMERIC_SHAPE`), a CJK year or month sign, Vietnamese's ``thang``, or a month name
    with a digit right before it or a day right after it. The test costs a few searches, where
    trying the pattern at each digit costs some microseconds.
    """
    if (
        "年" in folded
        or "년" in folded
        or _NUMERIC_SHAPE.search(folded) is not None
        or "thang" in folded  # Vietnamese "12 tháng 5 năm 2023"
    ):
        return True
    if folded.isascii():
        runs = folded.encode().translate(_ASCII_LETTERS_ONLY).decode().split()
    else:
        runs = _LETTER_RUN.findall(folded)
    if pat.MONTH_RUNS.isdisjoint(runs):
        return False
    end = 0
    for run in runs:
        # (Only non-letters stand between two runs: the next run is where its letters next are.)
        start = folded.find(run, end)
        end = start + len(run)
        if run in pat.MONTH_RUNS and (
            run in pat.MONTH_CUT_RUNS
            or _AFTER_MONTH.match(folded, end) is not None
            or _BEFORE_MONTH.search(folded, 0, start) is not None
        ):
            return True
    return False


def _zone_name_end(folded: str, end: int) -> int:
    """Where a date ends once the zone's name in brackets after its offset is read too.

    A browser's clock writes ``Tue Feb 20 2018 01:00:00 GMT+0100 (Central European Standard
    Time)``: the offset says it all, and the name, in the browser's language, is not noise.
    """
    # Only the end of the date can hold its offset: look there, not along the whole text.
    if _OFFSET_END.search(folded, max(0, end - _OFFSET_REACH), end) is None:
        return end
    name = _ZONE_NAME.match(folded, end)
    return name.end() if name is not None else end


def _is_light_noise(folded: str, start: int, end: int) -> bool:
    """Whether at most a few words besides labels, zone words and counters surround the date."""
    end = _zone_name_end(folded, end)
    if _is_line(folded, start, end):
        return True
    lead = pat.LEAD_RE.match(folded, 0, start)
    before = folded[lead.end() if lead else 0 : start]
    bar = before.find("|")
    if bar != -1 and _is_person_field(before[:bar]):
        before = before[bar + 1 :]
    stop = folded.rfind("|", end)
    if stop == -1 or not _is_person_field(folded[stop + 1 :]):
        stop = len(folded)
    trail = pat.TRAIL_RE.match(folded, end, stop)
    after = folded[trail.end() if trail else end : stop]
    return len(pat.WORD_RE.findall(before + " " + after)) <= _MAX_NOISE_WORDS


def _is_person_field(folded: str) -> bool:
    """Whether ``folded`` is a person's labelled field: ``reporter : jane doe``, ``editor: ann``."""
    field = folded.strip(" \t:-")
    if not field.startswith(pat.PERSON_LABELS) or len(field) > 80:
        return False
    label = next(label for label in pat.PERSON_LABELS if field.startswith(label))
    name = field[len(label) :]
    if not name[:1].isspace() and name[:1] != ":":
        return False
    name = name.lstrip(" \t:")
    return bool(name) and name[:1].isalpha() and not any(c.isdigit() or c in ":|" for c in name)


def _is_line(folded: str, start: int, end: int) -> bool:
    """Whether only labels, separators, a zone, a counter and a source tag surround the date."""
    end = _zone_name_end(folded, end)
    lead = pat.LEAD_RE.match(folded, 0, start)
    if lead is None or lead.end() != start:
        return False
    trail = pat.TRAIL_RE.match(folded, end)
    return trail is not None and trail.end() == len(folded)
