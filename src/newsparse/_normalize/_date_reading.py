"""Turn one match of :data:`~newsparse._normalize._date_patterns.DATE_RE` into a date value.

This is where the rules live: which order an all-numeric date is read in, what a weekday settles
or contradicts, how a meridiem moves an hour, which zones are trusted, and how a date without a
year is resolved against a reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

import attrs

from newsparse._normalize import _date_patterns as pat
from newsparse._normalize import date_tables as tables

__all__ = [
    "LEAD_CLOCK_REACH",
    "MONTH_CLASH",
    "ORDER_CLASH",
    "Options",
    "eu_summer_time",
    "language_tag",
    "read_match",
    "solar_hijri_to_gregorian",
]

_DAY_NAMES: Final = (
    "",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_MAX_OFFSET: Final = 14 * 60
#: How far before a date a clock time written before it ("10:06am Dec 11, 2014") may start: the
#: match then starts there.
LEAD_CLOCK_REACH: Final = 40
# Nothing but punctuation or a tag's end up to the end of the text or the next separator.
_CLOSES: Final = re.compile(r"\s*(?:$|[|)\]<,;.]|-\s)")
# (month group, its day groups, its year groups) of the shapes with a month name: one month
# group serves the day-first and year-first shapes, another the month-first and C library ones.
_NAMED_SHAPES: Final = (
    ("m1", ("d1", "d3"), ("y1", "y3")),
    ("m2", ("d2", "d6"), ("y2", "y6")),
    ("m4", ("d4",), ()),
    ("m5", ("d5",), ()),
)
#: The index in a date match's ``groups()`` of each group read (the same shapes by index).
_INDEX: Final = {name: number - 1 for name, number in pat.DATE_RE.groupindex.items()}
_NAMED_SHAPE_INDEXES: Final = tuple(
    (_INDEX[month], tuple(_INDEX[day] for day in days), tuple(_INDEX[year] for year in years))
    for month, days, years in _NAMED_SHAPES
)
_WD, _COMPACT, _PNUM, _PPAREN = _INDEX["wd"], _INDEX["compact"], _INDEX["pnum"], _INDEX["pparen"]
_CTIME, _CH, _CMI, _CS, _CZONE = (_INDEX[n] for n in ("ctime", "ch", "cmi", "cs", "czone"))
_SH, _M8, _Y8, _D8 = _INDEX["sh"], _INDEX["m8"], _INDEX["y8"], _INDEX["d8"]
_YMD, _YY, _YM, _YD = _INDEX["ymd"], _INDEX["yy"], _INDEX["ym"], _INDEX["yd"]
_CY, _CD, _CM = _INDEX["cy"], _INDEX["cd"], _INDEX["cm"]
_CJK, _Y7, _D7, _M7 = _INDEX["cjk"], _INDEX["y7"], _INDEX["d7"], _INDEX["m7"]
_NUM, _N1, _N2, _NY, _NSEP = (_INDEX[n] for n in ("num", "n1", "n2", "ny", "nsep"))
#: The separators of an all-numeric date that write it day first: a dot (not the spaced "5. 11.
#: 2015", which some read month first), and bars ("26 | 01 | 2022"), as the same dates are written
#: with dots.
_DAY_FIRST_SEPARATORS: Final = frozenset((".", "|", " |", "| ", " | "))
_P1, _P2 = _INDEX["p1"], _INDEX["p2"]
_VI, _D9, _M9, _Y9 = (_INDEX[n] for n in ("vi", "d9", "m9", "y9"))
#: The years of the Buddhist era (Thailand's) a Thai date may write: 2400 BE is 1857 CE, and no
#: Gregorian year this high is a date a page was published on.
_BUDDHIST_YEARS: Final = range(2400, 2700)
_BUDDHIST_ERA: Final = 543
_THAI: Final = re.compile("[\u0e00-\u0e7f]")
#: How far around a date a Thai letter is looked for (the line it stands on, at most).
_THAI_REACH: Final = 100
#: The offsets from UTC (minutes) of zones whose countries all write a numeric date day first:
#: +01:00 (Central Europe, West Africa) to +07:00 (Indochina, western Indonesia). A date
#: followed by ``GMT+7`` or ``+03:00`` is read day first; UTC itself, the Americas' offsets, and
#: +08:00 on (the Philippines write the month first, China and Japan the year) give no hint.
_DAY_FIRST_OFFSETS: Final = range(60, 7 * 60 + 1)
#: The groups of a clock match (after or before a date) that :func:`_read_clock` reads.
_CLOCK_GROUPS: Final = (
    "mer",
    "pmer",
    "mi",
    "h",
    "zname",
    "osign",
    "frac",
    "s",
    "zsign",
    "zh",
    "zm",
    "hsep",
    "oh",
    "om",
    "hword",
)
#: The meridiems read only after a connector (see ``MERIDIEMS_AFTER_CONNECTOR`` in the tables),
#: and the connectors' keys.
_AFTER_CONNECTOR: Final = dict(tables.MERIDIEMS_AFTER_CONNECTOR)
#: What a clock's match may open with before its time (separators, a connector's space, ``T``).
_CLOCK_LEADS: Final = " \t,|@;•·-/:.t"
#: A year the date pattern does not read (of four digits or more, past 2999, or before 1000),
#: right after a date without one.
_YEAR_BEYOND: Final = re.compile(r"[ ,./-]{1,3}(\d{4,9})(?![\d.,:/-]\d)(?!\d)")
_YEAR_OUT: Final = (
    "the date has no year that can be read ({!r} after it is no year from 1000 to 2999) and no "
    "reference date was given to take one from"
)
_NO_YEAR: Final = "the date has no year and no reference date was given to take one from"
#: How a problem ends when a month name means different months in different languages (the
#: caller's ``language`` settles it).
MONTH_CLASH: Final = "means different months"
#: The problem of an all-numeric date that reads as two days (``8/5/2024``): evidence from
#: elsewhere (the caller's ``day_first``) settles it.
ORDER_CLASH: Final = "the day and the month could be read either way round"

#: (value or None, start, end, problem or None), the fields of a ``DateMatch``.
Result = tuple[dt.date | None, int, int, str | None]
_Clock = tuple[int, int, int, int]  # hour, minute, second, microsecond


@attrs.frozen
class Options:
    """The caller's options for one call.

    Attributes:
        day_first: The caller's reading order for all-numeric dates, or ``None`` to decide.
        reference: The date the text was written on, if known.
        default_timezone: The zone for a datetime whose source states none.
        whole: Whether the string is meant to be a date (so ``20230914`` alone counts).
        language: The language of the text (``"en-IN"``), which settles some zone abbreviations
            that are ambiguous on their own (``IST``); ``None`` when unknown.
    """

    day_first: bool | None
    reference: dt.datetime | None
    default_timezone: dt.tzinfo | None
    whole: bool
    language: str | None = None


def read_match(found: re.Match[str], folded: str, options: Options) -> Result | None:
    """Read one date expression found in folded text.

    Args:
        found: The match of the date pattern.
        folded: The folded text it was found in.
        options: The caller's options.

    Returns:
        The value, span and problem of the date expression, or ``None`` when the match is not a
        date expression after all (a bare ``3/4``, an 8-digit number inside running text).
    """
    # All groups in one call, then read by index (a call per group costs about as much as this
    # one).
    groups = found.groups()
    start, end = found.start(), found.end()
    weekday_word = groups[_WD]
    if groups[_COMPACT] and not (options.whole and folded.strip() == groups[_COMPACT]):
        return None
    if groups[_PNUM] and not (groups[_PPAREN] or weekday_word):
        return None
    tail = pat.TAIL_RE.match(folded, end)
    clock, zone, zone_problem, hints = _read_clock(tail, folded, language=options.language)
    # (A problem with no clock: an impossible time of day, read over; the day is kept.)
    if tail is not None and (clock is not None or zone_problem is not None):
        end = tail.end()
        if not weekday_word:  # a weekday after the date, or a CJK one
            weekday_word = tail.group("wd2") or tail.group("cjkwd") or tail.group("cjkwd2")
    elif groups[_CTIME]:
        clock = (int(groups[_CH]), int(groups[_CMI]), _second(groups[_CS]), 0)
        if not _is_clock(clock):
            return None, start, end, f"{found.group().strip()!r} holds no possible time of day"
        if groups[_CZONE]:
            zone, zone_problem, hint = _ctime_zone(found, options.language)
            hints.append(hint)
    else:
        lead = pat.LEAD_CLOCK_RE.search(folded, max(0, start - LEAD_CLOCK_REACH), start)
        clock, zone, zone_problem, hints = _read_clock(
            lead, folded, check_after=False, language=options.language
        )
        if lead is not None and clock is not None:
            start = lead.start()
    weekday = 0
    if weekday_word in pat.CJK_WEEKDAY:
        weekday = pat.CJK_WEEKDAY[weekday_word]
    elif weekday_word:
        weekday_key = pat.key(weekday_word)
        weekday = pat.WEEKDAY[weekday_key][0]
        hints.append(_WEEKDAY_HINT[weekday_key])
    candidates, problem = _candidates(groups, options, hints, (folded, start, end))
    if problem is not None:
        return None, start, end, problem
    if weekday:
        matching = [day for day in candidates if day.isoweekday() == weekday]
        if not matching:
            wrong = candidates[0]
            message = (
                f"the weekday {weekday_word.strip(' ,./')!r} does not match {wrong.isoformat()}, "
                f"a {_DAY_NAMES[wrong.isoweekday()]}"
            )
            return None, start, end, message
        candidates = matching
    if len(candidates) != 1:
        if groups[_NUM] or groups[_PNUM]:
            return None, start, end, ORDER_CLASH
        month_name = next(groups[spec[0]] for spec in _NAMED_SHAPE_INDEXES if groups[spec[0]])
        return None, start, end, f"the month name {month_name!r} {MONTH_CLASH}"
    day = candidates[0]
    value: dt.date = day
    if clock is not None and zone_problem is None and _is_clock(clock):
        tzinfo = zone if zone is not None else options.default_timezone
        value = dt.datetime(day.year, day.month, day.day, *clock, tzinfo=tzinfo)
        if isinstance(zone, _RuleZone):
            value = value.replace(tzinfo=_zone(zone.minutes_on(value)))
    if options.reference is not None and _later(value, options.reference):
        return None, start, end, f"{value.isoformat()} is later than the reference date"
    return value, start, end, zone_problem


def _ctime_zone(
    found: re.Match[str], language: str | None
) -> tuple[dt.tzinfo | None, str | None, bool | None]:
    """The zone of Java's layout: a name (``EDT``), or an offset from GMT (``GMT+02:00``).

    As :func:`_named_zone`: the zone, the problem that kept it from being read, an order hint.
    """
    name, sign = found.group("czone"), found.group("csign")
    if not sign:
        return _named_zone(name, language)
    if name not in ("utc", "gmt"):
        return None, f"the zone {name.upper()!r} takes no offset; kept the day only", None
    zone = _zone(_offset(sign, found.group("coh"), found.group("com")))
    problem = None if zone is not None else "the zone offset is out of range; kept the day only"
    return zone, problem, None


def _second(digits: str | None) -> int:
    """The second of a clock time's digits (none: 0); a leap second, ``60``, is read as ``59``.

    ``datetime`` holds no 61st second; ``23:59:60Z`` read as ``23:59`` with no zone lost the zone
    the date stated (fuzz50's lead), so the second is kept in range and the zone is read.
    """
    return 0 if digits is None else min(int(digits), 59)


def _is_clock(clock: _Clock) -> bool:
    """Whether ``clock`` is a time of day ``datetime`` accepts (``29:00`` is not)."""
    hour, minute, second, micro = clock
    return 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= micro < 1_000_000


def _lang_hint(langs: frozenset[str]) -> bool | None:
    """The reading order a word's languages agree on, if they all do."""
    orders = {pat.LANG_DAY_FIRST.get(lang) for lang in langs}
    return orders.pop() if len(orders) == 1 else None


#: :func:`_lang_hint` of each weekday word's languages, read once.
_WEEKDAY_HINT: Final = {word: _lang_hint(langs) for word, (_, langs) in pat.WEEKDAY.items()}


def _order(hints: list[bool | None]) -> bool | None:
    known = {hint for hint in hints if hint is not None}
    return known.pop() if len(known) == 1 else None


def _candidates(
    groups: tuple[str | Any, ...],
    options: Options,
    hints: list[bool | None],
    where: tuple[str, int, int],
) -> tuple[list[dt.date], str | None]:
    """The possible days of a match (its ``groups()``), before the weekday is checked, or a problem.

    ``where`` is the folded text the match was found in, and the match's span.
    """
    year: int | None = None
    thai = False  # a Thai month name
    pairs: list[tuple[int, int]]  # (day, month)
    if groups[_SH]:
        month = pat.SOLAR_HIJRI_MONTH[groups[_M8]]
        day = solar_hijri_to_gregorian(int(groups[_Y8]), month, int(groups[_D8]))
        return ([day], None) if day is not None else ([], "there is no such day")
    if groups[_YMD] and options.language and _is_persian(options.language):
        day = solar_hijri_to_gregorian(int(groups[_YY]), int(groups[_YM]), int(groups[_YD]))
        if day is not None:
            return [day], None
    if groups[_YMD]:
        year, pairs = int(groups[_YY]), [(int(groups[_YD]), int(groups[_YM]))]
    elif groups[_COMPACT]:
        year, pairs = int(groups[_CY]), [(int(groups[_CD]), int(groups[_CM]))]
    elif groups[_CJK]:
        year, pairs = int(groups[_Y7]), [(int(groups[_D7]), int(groups[_M7]))]
    elif groups[_VI]:
        year, pairs = int(groups[_Y9]), [(int(groups[_D9]), int(groups[_M9]))]
    elif groups[_NUM] or groups[_PNUM]:
        if groups[_NUM]:
            first, second = groups[_N1], groups[_N2]
            year = _year(groups[_NY], options.reference)
        else:
            first, second = groups[_P1], groups[_P2]
        if groups[_NSEP] in _DAY_FIRST_SEPARATORS:
            hints.append(True)
        if not where[0].isascii() and _near_thai(*where):
            hints.append(True)  # a Thai line ("12/05/2566 14:30 น."): Thai writes the day first
        order = options.day_first if options.day_first is not None else _order(hints)
        pairs = _numeric_pairs(int(first), int(second), order)
    else:
        named = _named(groups, options)
        if isinstance(named, str):
            return [], named
        pairs, year, thai = named
    if year is not None and year in _BUDDHIST_YEARS and (thai or _is_thai(options, where)):
        year -= _BUDDHIST_ERA  # (a Thai page or line: the year is of the Buddhist era)
    if year is None:
        if options.reference is None:
            beyond = _YEAR_BEYOND.match(where[0], where[2])
            if beyond is not None:
                # ("14 September 9999": a year is there, one the pattern does not read; "the
                # date has no year" sent the reader looking for none.)
                return [], _YEAR_OUT.format(beyond.group(1))
            return [], _NO_YEAR
        days = [day for pair in pairs if (day := _recent(pair, options.reference.date()))]
    else:
        days = [day for pair in pairs if (day := _day(year, *pair))]
    if not days:
        return [], "there is no such day"
    return days, None


def _named(
    groups: tuple[str | Any, ...], options: Options
) -> tuple[list[tuple[int, int]], int | None, bool] | str:
    """The (day, month) pair, year and Thai-ness of a match with a month name, or a problem."""
    month_group, day_groups, year_groups = next(
        spec for spec in _NAMED_SHAPE_INDEXES if groups[spec[0]] is not None
    )
    month_name = groups[month_group]
    month, month_languages = pat.MONTH[pat.key(month_name)]
    if month == 0 and options.language:
        primary = options.language.partition("-")[0].casefold()
        month = pat.MONTH_IN_LANGUAGE.get((pat.key(month_name), primary), 0)
    months = [month] if month else _CLASH_MONTHS[pat.key(month_name)]
    day_text = next(groups[index] for index in day_groups if groups[index] is not None)
    year_text = next((groups[index] for index in year_groups if groups[index] is not None), None)
    year = None if year_text is None else _year(year_text, options.reference)
    return [(int(day_text), number) for number in months], year, "th" in month_languages


#: The months each name that languages give different months means (``listopada``: October in
#: Croatian, November in Polish), in order: a weekday beside the date may settle which.
_CLASH_MONTHS: Final = {
    name: sorted({number for (other, _), number in pat.MONTH_IN_LANGUAGE.items() if other == name})
    for name, _ in pat.MONTH_IN_LANGUAGE
}


#: 1 Farvardin 1400 in the solar Hijri calendar: 21 March 2021.
_SOLAR_HIJRI_EPOCH: Final = (1400, dt.date(2021, 3, 21))
#: The solar Hijri years read: its arithmetic leap rule agrees with the astronomical calendar
#: over them, and a year outside them is not a date a page was published on.
_SOLAR_HIJRI_YEARS: Final = range(1300, 1500)


def _solar_hijri_leap(year: int) -> bool:
    """Whether a solar Hijri year has 366 days (the 33-year arithmetic rule)."""
    return (25 * year + 11) % 33 < 8


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a solar Hijri date (Iran's calendar), or ``None`` if there is none.

    The first six months have 31 days, the next five 30, and Esfand 29, or 30 in a leap year.

    >>> solar_hijri_to_gregorian(1402, 7, 23)
    datetime.date(2023, 10, 15)
    """
    if year not in _SOLAR_HIJRI_YEARS or not 1 <= month <= 12 or day < 1:
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _solar_hijri_leap(year) else 29
    if day > length:
        return None
    epoch_year, epoch = _SOLAR_HIJRI_EPOCH
    days = sum(
        366 if _solar_hijri_leap(y) else 365
        for y in range(min(year, epoch_year), max(year, epoch_year))
    )
    start = epoch + dt.timedelta(days=days if year >= epoch_year else -days)
    into = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return start + dt.timedelta(days=into + day - 1)


def _is_thai(options: Options, where: tuple[str, int, int]) -> bool:
    """Whether the caller's language is Thai or a Thai letter stands near the date."""
    language = options.language
    if language is not None and language_tag(language).split("-")[0] == "th":
        return True
    return _near_thai(*where)


def _near_thai(folded: str, start: int, end: int) -> bool:
    """Whether a Thai letter stands within ``_THAI_REACH`` characters of ``folded[start:end]``."""
    return _THAI.search(folded, max(0, start - _THAI_REACH), end + _THAI_REACH) is not None


def _is_persian(language: str) -> bool:
    """Whether ``language`` is Persian (``fa``, ``fa-IR``), whose all-numeric years are solar Hijri."""
    return language_tag(language).split("-")[0] == "fa"


def _numeric_pairs(first: int, second: int, order: bool | None) -> list[tuple[int, int]]:
    """The (day, month) readings of ``first/second`` that the order and the values allow."""
    if first > 12 or first == second:
        return [(first, second)]
    if second > 12:
        return [(second, first)]
    if order is True:
        return [(first, second)]
    if order is False:
        return [(second, first)]
    return [(first, second), (second, first)]


def _year(text: str, reference: dt.datetime | None) -> int:
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    short = int(digits)
    if reference is not None:
        year = reference.year // 100 * 100 + short
        return year - 100 if year > reference.year else year
    return 2000 + short if short < 50 else 1900 + short


def _day(year: int, day: int, month: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _recent(pair: tuple[int, int], reference: dt.date) -> dt.date | None:
    """The latest day with this day and month on or before ``reference``, within a year."""
    for year in (reference.year, reference.year - 1):
        day = _day(year, *pair)
        if day is not None and day <= reference:
            return day
    return None


def _read_clock(
    found: re.Match[str] | None,
    folded: str,
    *,
    check_after: bool = True,
    language: str | None = None,
) -> tuple[_Clock | None, dt.tzinfo | None, str | None, list[bool | None]]:
    """Read the clock time, zone and reading-order hints of a clock match (before or after a date)."""
    hints: list[bool | None] = []
    if found is None:
        return None, None, None, hints
    # The groups read, in one call (a call per group, or groupdict(), costs more).
    mer, pmer, mi, h, name, sign, frac, sec, zsign, zh, zm, hsep, oh, om, hword = found.group(
        *_CLOCK_GROUPS
    )
    if h is None:  # a word for noon after a connector (see TAIL_RE): 12:00 in no stated zone
        conn = found.group("conn")
        return (12, 0, 0, 0), None, None, [_lang_hint(pat.CONNECTOR_LANGS[pat.key(conn)])]
    meridiem = pat.MERIDIEM.get(pat.key(mer)) if mer else None
    if meridiem is not None and pat.key(mer) in _AFTER_CONNECTOR:
        conn = found.group("conn") if "conn" in found.re.groupindex else None
        if conn is None or pat.key(conn) not in _AFTER_CONNECTOR[pat.key(mer)]:
            return None, None, None, hints  # ("10h30 em Lisboa": no meridiem, no sure time)
    if meridiem is None and pmer:
        meridiem = pat.CLOCK_PREFIX.get(pat.key(pmer))
    if mi is None and meridiem is None and hword is None:
        return None, None, None, hints
    hour = _hour(int(h), meridiem[0] if meridiem else None)
    # (A second past 60, ``23:59:61Z``, makes no time of day either: it was read as a naive
    # 23:59, its zone lost.)
    impossible = hour is None or (sec is not None and int(sec) > 60)
    if impossible and check_after and hsep == ":" and meridiem is None:
        # A 24-hour clock past 23 after a date ("2023-05-01T25:00Z"): the day, and why the time
        # was not read (the line was no date line, and its date went without a word: fuzz49).
        shown = found.group().lstrip(_CLOCK_LEADS)
        return None, None, f"{shown!r} is no time of day; kept the day only", hints
    if name and " " in name.strip():
        name = " ".join(name.split())  # "eastern  time"
    if (
        hour is None
        or impossible
        or (check_after and not (meridiem or name or sign) and _unsure(found, folded))
    ):
        return None, None, None, hints
    fraction = (frac or "")[:6].ljust(6, "0")
    clock = (hour, int(mi or 0), _second(sec), int(fraction))
    if meridiem:
        hints.append(pat.LANG_DAY_FIRST.get(meridiem[1]))
    conn = found.group("conn") if "conn" in found.re.groupindex else None
    if conn:
        hints.append(_lang_hint(pat.CONNECTOR_LANGS[pat.key(conn)]))
    zone: dt.tzinfo | None = None
    problem = None
    if name and zsign and name in ("utc", "gmt"):
        minutes = _offset(zsign, zh, zm)
        zone = _zone(minutes)
        hints.append(True if minutes in _DAY_FIRST_OFFSETS else None)
    elif name in pat.SEASONAL_ZONE:
        # "ET" is a zone after an English meridiem ("12:45 p.m. ET") or closing a colon time
        # ("12:00 ET"); before more words ("10h30 et 11h") it is the French or Latin "and".
        # A spelled-out name must close the expression too: "3 p.m. Eastern Cape" names a
        # place.
        closes = _CLOSES.match(folded, found.end()) is not None
        english = meridiem is not None and meridiem[1] == "en"
        if (english and (closes or len(name) <= 2)) or (hsep == ":" and closes):
            zone = _UsZone(pat.SEASONAL_ZONE[name])
            hints.append(False)
        else:
            return None, None, None, hints
    elif name:
        zone, problem, hint = _named_zone(name, language)
        hints.append(hint)
    elif sign:
        minutes = _offset(sign, oh, om)
        zone = _zone(minutes)
        hints.append(True if minutes in _DAY_FIRST_OFFSETS else None)
    if (name or sign) and zone is None and problem is None:
        problem = "the zone offset is out of range; kept the day only"
    return clock, zone, problem, hints


class _RuleZone(dt.tzinfo):
    """A zone whose offset depends on the date; a date's value gets the fixed offset in force."""

    def __init__(self, standard: int) -> None:
        self.standard = standard

    def minutes_on(self, local: dt.datetime) -> int:
        """The offset in minutes in force at the local wall-clock time ``local``."""
        raise NotImplementedError

    def utcoffset(self, value: dt.datetime | None) -> dt.timedelta:
        minutes = self.standard if value is None else self.minutes_on(value)
        return dt.timedelta(minutes=minutes)

    def dst(self, value: dt.datetime | None) -> dt.timedelta:
        return self.utcoffset(value) - dt.timedelta(minutes=self.standard)

    def tzname(self, value: dt.datetime | None) -> str:
        return "rule"


class _DatedZone(_RuleZone):
    """A zone whose offset was another one for a while (Moscow Time 2011-2014)."""

    def __init__(self, standard: int, periods: tuple[tuple[dt.datetime, dt.datetime, int], ...]):
        super().__init__(standard)
        self.periods = periods

    def minutes_on(self, local: dt.datetime) -> int:
        naive = local.replace(tzinfo=None)
        for start, end, minutes in self.periods:
            if start <= naive < end:
                return minutes
        return self.standard


#: The zones of ``DATED_ZONES`` (the tables), by name.
_DATED: Final = {
    name: _DatedZone(
        pat.ZONE[name][0],
        tuple(
            (dt.datetime(*start), dt.datetime(*end), minutes)
            for other, start, end, minutes in tables.DATED_ZONES
            if other == name
        ),
    )
    for name, *_ in tables.DATED_ZONES
}


class _UsZone(_RuleZone):
    """A US zone named without standard or daylight ("ET"); resolved to a fixed offset per date."""

    def minutes_on(self, local: dt.datetime) -> int:
        return self.standard + (60 if _us_daylight(local) else 0)


def _nth_sunday(year: int, month: int, nth: int) -> dt.date:
    """The ``nth`` Sunday of a month; ``nth=-1`` is the last one."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _us_daylight(local: dt.datetime) -> bool:
    """Whether US daylight saving time is in force at a local wall-clock time.

    From 2007: the second Sunday of March to the first Sunday of November; 1987-2006: the first
    Sunday of April to the last Sunday of October; each switch at 2:00 local time.
    """
    year = local.year
    if year >= 2007:
        start, end = _nth_sunday(year, 3, 2), _nth_sunday(year, 11, 1)
    else:
        start, end = _nth_sunday(year, 4, 1), _nth_sunday(year, 10, -1)
    naive = local.replace(tzinfo=None)
    return dt.datetime.combine(start, dt.time(2)) <= naive < dt.datetime.combine(end, dt.time(1))


def eu_summer_time(instant: dt.datetime) -> bool:
    """Whether European summer time is in force at an aware ``instant``.

    Since 1996 it runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    Sunday of October, the same instant in every zone that keeps it.
    """
    utc = instant.astimezone(dt.timezone.utc).replace(tzinfo=None)
    year = utc.year
    start = dt.datetime.combine(_nth_sunday(year, 3, -1), dt.time(1))
    end = dt.datetime.combine(_nth_sunday(year, 10, -1), dt.time(1))
    return start <= utc < end


def _named_zone(
    name: str, language: str | None = None
) -> tuple[dt.tzinfo | None, str | None, bool | None]:
    """The zone a (folded) abbreviation names, the problem when it is ambiguous, its order hint.

    An ambiguous abbreviation is read when the text's ``language`` settles it (``IST`` on a
    page in ``en-IN`` or ``hi`` is India Standard Time).
    """
    settled = _language_zone(name, language)
    if settled is not None:
        return _zone(settled), None, None
    if name in pat.AMBIGUOUS_ZONE:
        problem = (
            f"the zone {name.upper()!r} may mean {pat.AMBIGUOUS_ZONE[name]}; kept the day only"
        )
        return None, problem, None
    offset, hint = pat.ZONE[name]
    dated = _DATED.get(name)
    return (_zone(offset) if dated is None else dated), None, hint


def language_tag(language: str) -> str:
    """``language`` as the tables spell a tag: lower case, ``-`` between its parts (``en-gb``)."""
    return language.strip().lower().replace("_", "-")


def _language_zone(name: str, language: str | None) -> int | None:
    """The offset in minutes that ``language`` gives the abbreviation ``name``, if it settles it.

    That is an ambiguous abbreviation (``IST``), or one whose usual meaning the language
    overrides (``BST`` on a page from Bangladesh).
    """
    if not language or name not in pat.LANGUAGE_ZONE_NAMES:
        return None
    tag = language_tag(language)
    for abbreviation, languages, offset, _ in tables.LANGUAGE_ZONES:
        if abbreviation == name and any(
            tag == lang or tag.startswith(f"{lang}-") for lang in languages
        ):
            return offset
    return None


def _unsure(found: re.Match[str], folded: str) -> bool:
    """Whether a 12-hour-range time is followed by a short word that might move it ("5.45 ip.")."""
    if int(found.group("h")) > 12:
        return False
    after = pat.AFTER_CLOCK_RE.match(folded, found.end())
    return after is not None and after.group(1) not in pat.CLOCK_WORDS


def _offset(sign: str, hours: str, minutes: str | None) -> int:
    total = int(hours) * 60 + int(minutes or 0)
    return -total if sign == "-" else total


def _zone(minutes: int) -> dt.tzinfo | None:
    if abs(minutes) > _MAX_OFFSET:
        return None
    return dt.timezone.utc if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


def _hour(hour: int, rule: str | None) -> int | None:
    """The 24-hour clock hour of ``hour`` followed by a meridiem word with ``rule``."""
    if rule is None:
        result = hour
    elif rule == "am":
        # (A 24-hour clock with a meridiem after it, as a page's template may print it: "00:30
        # am" can only be half past midnight.)
        result = (0 if hour == 12 else hour) if 1 <= hour <= 12 else 0 if hour == 0 else -1
    elif rule == "pm":
        # ("13:22 pm" can only be 13:22.)
        result = (12 if hour == 12 else hour + 12) if 1 <= hour <= 12 else hour if hour > 12 else -1
    elif rule == "morning":
        result = (0 if hour == 12 else hour) if hour <= 12 else -1
    elif rule == "midday":
        result = hour + 12 if 1 <= hour <= 4 else hour if 10 <= hour <= 16 else -1
    elif rule == "noon":
        result = hour if hour == 12 else -1
    elif rule == "after noon":
        result = hour + 12 if 0 <= hour <= 11 else hour if 12 <= hour <= 23 else -1
    elif rule == "afternoon":
        result = hour + 12 if 1 <= hour <= 11 else hour if 12 <= hour <= 23 else -1
    else:  # night
        result = (
            hour + 12
            if 6 <= hour <= 11
            else 0
            if hour == 12
            else hour
            if hour <= 4 or hour >= 18
            else -1
        )
    return result if 0 <= result <= 23 else None


def _later(value: dt.date, reference: dt.datetime) -> bool:
    """Whether ``value`` is after ``reference`` (compare wall clocks when one side is naive)."""
    if not isinstance(value, dt.datetime):
        return value > reference.date()
    if (value.tzinfo is None) != (reference.tzinfo is None):
        return value.replace(tzinfo=None) > reference.replace(tzinfo=None)
    return value > reference
