"""Date forms read since the first release: CJK, Arabic and Persian, Java's layout, US zones.

Every expected value was worked out by hand from the calendar and the zone rules cited.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._normalize.dates import find_date, numeric_order, parse_date, parse_date_line
from tests.test_dates import same, tz

CASES: list[tuple[str, dt.date | None]] = [
    # Java's Date.toString(): the zone between the time and the year.
    ("Mon Aug 03 12:45:00 EDT 2015", dt.datetime(2015, 8, 3, 12, 45, tzinfo=tz(-4))),
    ("Tue Jan 28 15:28:56 CET 2020", dt.datetime(2020, 1, 28, 15, 28, 56, tzinfo=tz(1))),
    # A zone Java cannot name is written as its offset from GMT.
    ("Mon Aug 03 12:45:00 GMT+02:00 2015", dt.datetime(2015, 8, 3, 12, 45, tzinfo=tz(2))),
    ("Mon Aug 03 12:45:00 GMT-05:00 2015", dt.datetime(2015, 8, 3, 12, 45, tzinfo=tz(-5))),
    ("Mon Aug 03 12:45:00 GMT+0530 2015", dt.datetime(2015, 8, 3, 12, 45, tzinfo=tz(5.5))),
    ("Mon Aug 03 12:45:00 GMT+20:00 2015", dt.date(2015, 8, 3)),  # no such offset
    # CST may be US Central or China Standard Time: the day only.
    ("Mon Aug 03 12:45:00 CST 2015", dt.date(2015, 8, 3)),
    # Chinese, Japanese and Korean dates, full-width digits included.
    ("2015年8月3日 12時45分", dt.datetime(2015, 8, 3, 12, 45)),
    ("2015年8月3日10时05分", dt.datetime(2015, 8, 3, 10, 5)),
    ("2015年8月3日 12:45", dt.datetime(2015, 8, 3, 12, 45)),
    ("２０１５年０８月０３日", dt.date(2015, 8, 3)),
    ("2023년 9월 14일 11:22", dt.datetime(2023, 9, 14, 11, 22)),
    # A weekday between the date and its time; 3 August 2015 was a Monday (月, 星期一), 14
    # September 2023 a Thursday (목).
    ("2015年8月3日（月）12時45分", dt.datetime(2015, 8, 3, 12, 45)),
    ("2015年8月3日(月曜日) 12:45", dt.datetime(2015, 8, 3, 12, 45)),
    ("2015/08/03(月) 12:45", dt.datetime(2015, 8, 3, 12, 45)),
    ("2015年8月3日 星期一 12:45", dt.datetime(2015, 8, 3, 12, 45)),
    ("2023년 9월 14일 (목) 11:22", dt.datetime(2023, 9, 14, 11, 22)),
    ("2015年8月3日（火）12時45分", None),  # not a Tuesday
    ("2015年8月3日 周日 12:45", None),  # not a Sunday
    # Arabic month names (Egyptian, Levantine), Arabic-Indic and Persian digits.
    ("3 أغسطس 2015", dt.date(2015, 8, 3)),
    ("الخميس 3 آب 2023", dt.date(2023, 8, 3)),  # 3 August 2023 was a Thursday
    ("الأحد 3 آب 2023", None),  # ... not a Sunday
    ("15 تشرين الأول 2020", dt.date(2020, 10, 15)),
    ("٣ أغسطس ٢٠١٥ 14:30", dt.datetime(2015, 8, 3, 14, 30)),
    ("۱۲ اوت ۲۰۱۵", dt.date(2015, 8, 12)),  # Persian name of the Gregorian August
    # The solar Hijri calendar: 1 Farvardin is Nowruz (20 March 2020, 20 March 2024, 21 March
    # 2025); 22 Bahman 1357 is 11 February 1979; Mehr opens on 23 September, so 23 Mehr 1402 is
    # 15 October 2023. 1403 is a leap year (30 Esfand is 20 March 2025), 1402 is not.
    ("۱ فروردین ۱۳۹۹", dt.date(2020, 3, 20)),
    ("۱ فروردین ۱۴۰۳", dt.date(2024, 3, 20)),
    ("1 فروردین 1404", dt.date(2025, 3, 21)),
    ("۲۲ بهمن ۱۳۵۷", dt.date(1979, 2, 11)),
    ("۲۳ مهر ۱۴۰۲ ساعت ۱۴:۳۰", dt.datetime(2023, 10, 15, 14, 30)),
    ("۳۰ اسفند ۱۴۰۳", dt.date(2025, 3, 20)),
    ("۳۰ اسفند ۱۴۰۲", None),
    ("۳۲ مهر ۱۴۰۲", None),
    ("3 أغسطس 2015 الساعة 14:30", dt.datetime(2015, 8, 3, 14, 30)),
    # US zones named without standard or daylight: the offset in force that day. Since 2007
    # daylight time runs from the second Sunday of March to the first Sunday of November.
    ("August 3, 2015 12:45 PM ET", dt.datetime(2015, 8, 3, 12, 45, tzinfo=tz(-4))),
    ("January 3, 2015 12:45 PM ET", dt.datetime(2015, 1, 3, 12, 45, tzinfo=tz(-5))),
    ("Aug. 3, 2015 at 9:45 a.m. PT", dt.datetime(2015, 8, 3, 9, 45, tzinfo=tz(-7))),
    ("July 4, 2021, 5:00 p.m. MT", dt.datetime(2021, 7, 4, 17, 0, tzinfo=tz(-6))),
    ("December 4, 2021, 5:00 p.m. CT", dt.datetime(2021, 12, 4, 17, 0, tzinfo=tz(-6))),
    ("March 8, 2020 3:00 a.m. ET", dt.datetime(2020, 3, 8, 3, 0, tzinfo=tz(-4))),  # switch day
    ("March 8, 2020 1:30 a.m. ET", dt.datetime(2020, 3, 8, 1, 30, tzinfo=tz(-5))),  # before 2:00
    ("November 1, 2020 3:00 a.m. ET", dt.datetime(2020, 11, 1, 3, 0, tzinfo=tz(-5))),
    ("April 6, 2016 12:00 ET", dt.datetime(2016, 4, 6, 12, 0, tzinfo=tz(-4))),
    # 1987-2006: the first Sunday of April to the last Sunday of October.
    ("March 20, 2005 12:00 p.m. ET", dt.datetime(2005, 3, 20, 12, 0, tzinfo=tz(-5))),
    ("April 3, 2005 3:00 a.m. ET", dt.datetime(2005, 4, 3, 3, 0, tzinfo=tz(-4))),
    ("October 30, 2005 3:00 a.m. ET", dt.datetime(2005, 10, 30, 3, 0, tzinfo=tz(-5))),
    ("5 July 2021 10:00 HST", dt.datetime(2021, 7, 5, 10, 0, tzinfo=tz(-10))),
    # The same zones spelled out, with that day's daylight saving.
    ("August 3, 2015 12:45 p.m. Eastern", dt.datetime(2015, 8, 3, 12, 45, tzinfo=tz(-4))),
    ("January 3, 2015 9:05 a.m. Pacific Time", dt.datetime(2015, 1, 3, 9, 5, tzinfo=tz(-8))),
    ("July 4, 2021, 5:00 p.m. Central Time", dt.datetime(2021, 7, 4, 17, 0, tzinfo=tz(-5))),
    ("December 4, 2021 5:00 PM Mountain Time", dt.datetime(2021, 12, 4, 17, 0, tzinfo=tz(-7))),
    ("April 6, 2016 12:00 Eastern", dt.datetime(2016, 4, 6, 12, 0, tzinfo=tz(-4))),
    # Chinese, Japanese and Korean write the meridiem before the clock: 下午/午後/오후 after
    # noon, 上午/午前/오전 before it, 晚上 in the evening. Japanese counts the hour after noon
    # from 0 (午後0時15分 is 12:15); an hour past 12 must agree with the word.
    ("2015年8月3日 下午3:15", dt.datetime(2015, 8, 3, 15, 15)),
    ("2015年8月3日 上午10:05", dt.datetime(2015, 8, 3, 10, 5)),
    ("2015年8月3日 晚上8:30", dt.datetime(2015, 8, 3, 20, 30)),
    ("2015年8月3日 下午15:15", dt.datetime(2015, 8, 3, 15, 15)),
    ("2015年8月3日 午後3時15分", dt.datetime(2015, 8, 3, 15, 15)),
    ("2015年8月3日 午後0時15分", dt.datetime(2015, 8, 3, 12, 15)),
    ("2015年8月3日 午前0時15分", dt.datetime(2015, 8, 3, 0, 15)),
    ("下午3:15 2015年8月3日", dt.datetime(2015, 8, 3, 15, 15)),
    # An hour alone, closed by the word for it (時, 时, 点, 시), is that hour on the minute.
    ("2015年8月3日 13時", dt.datetime(2015, 8, 3, 13, 0)),
    ("2015年8月3日 15时", dt.datetime(2015, 8, 3, 15, 0)),
    ("2015年8月3日 8点", dt.datetime(2015, 8, 3, 8, 0)),
    ("2015년 8월 3일 13시", dt.datetime(2015, 8, 3, 13, 0)),
    ("2015年8月3日 25時", dt.date(2015, 8, 3)),  # no such hour: the day alone
    # Korean numeric dates close each part with a dot, often spaced: 2023. 9. 14.
    ("2023. 9. 14. 오후 3:15", dt.datetime(2023, 9, 14, 15, 15)),
    ("2023.09.14. 오전 11:22", dt.datetime(2023, 9, 14, 11, 22)),
    ("2023.09.14. 오후 12:05", dt.datetime(2023, 9, 14, 12, 5)),
    ("2023. 9. 14.", dt.date(2023, 9, 14)),
    # Arabic meridiems after the clock: م (evening, after noon) and ص (morning), short or in
    # full; 3 August 2015 was a Monday (الاثنين).
    ("3 أغسطس 2015 - 03:15 م", dt.datetime(2015, 8, 3, 15, 15)),
    ("3 أغسطس 2015 09:10 ص", dt.datetime(2015, 8, 3, 9, 10)),
    ("الاثنين 3 أغسطس 2015 03:15 مساءً", dt.datetime(2015, 8, 3, 15, 15)),
    ("3 أغسطس 2015 - 15:15 ص", None),  # 15:15 is not a morning hour
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_new_forms(text: str, expected: dt.date | None) -> None:
    assert same(parse_date(text), expected), parse_date(text)


def test_a_place_named_eastern_is_no_zone() -> None:
    found = find_date("August 3, 2015 3 p.m. Eastern Cape")
    assert found is not None
    assert same(found.value, dt.date(2015, 8, 3))


def test_french_et_is_a_word_not_a_zone() -> None:
    found = find_date("le 3 mars 2015 à 10:30 et 11:00")
    assert found is not None
    assert same(found.value, dt.date(2015, 3, 3))
    found = find_date("3 mars 2015, 10h30 et demie")
    assert found is not None
    assert same(found.value, dt.date(2015, 3, 3))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # On a US or Canadian page CST and MST are the US standard times, in any season: the
        # abbreviation names standard time (CDT and MDT are the daylight ones).
        ("January 3, 2021 10:15 a.m. CST", "en-US", dt.datetime(2021, 1, 3, 10, 15, tzinfo=tz(-6))),
        ("July 3, 2021 10:15 a.m. CST", "en-CA", dt.datetime(2021, 7, 3, 10, 15, tzinfo=tz(-6))),
        ("January 3, 2021 10:15 a.m. MST", "en-US", dt.datetime(2021, 1, 3, 10, 15, tzinfo=tz(-7))),
        ("3 de enero de 2021 10:15 CST", "es-MX", dt.datetime(2021, 1, 3, 10, 15, tzinfo=tz(-6))),
        ("January 3, 2021 10:15 a.m. AST", "en-CA", dt.datetime(2021, 1, 3, 10, 15, tzinfo=tz(-4))),
        # Without a region, or in another country, they stay ambiguous: the day only.
        ("January 3, 2021 10:15 a.m. CST", "en", dt.date(2021, 1, 3)),
        ("January 3, 2021 10:15 a.m. MST", "en-GB", dt.date(2021, 1, 3)),
        # BST is British Summer Time, except on a page from Bangladesh (Bangladesh Standard Time).
        ("3 July 2021 10:15 BST", "en-GB", dt.datetime(2021, 7, 3, 10, 15, tzinfo=tz(1))),
        ("3 July 2021 10:15 BST", None, dt.datetime(2021, 7, 3, 10, 15, tzinfo=tz(1))),
        ("3 July 2021 10:15 BST", "en-BD", dt.datetime(2021, 7, 3, 10, 15, tzinfo=tz(6))),
        ("3 July 2021 10:15 BST", "bn", dt.datetime(2021, 7, 3, 10, 15, tzinfo=tz(6))),
    ],
)
def test_the_page_language_settles_a_zone(
    text: str, language: str | None, expected: dt.date
) -> None:
    assert same(parse_date(text, language=language), expected), parse_date(text, language=language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # On a Persian page an all-numeric year of the 1300s or 1400s is solar Hijri.
        ("۱۴۰۲/۰۷/۲۳ - ۱۴:۳۰", "fa-IR", dt.datetime(2023, 10, 15, 14, 30)),
        ("1402-07-23", "fa", dt.date(2023, 10, 15)),
        # A Gregorian date on the same page is read as one.
        ("2023-10-15", "fa", dt.date(2023, 10, 15)),
    ],
)
def test_persian_numeric_dates_are_solar_hijri(text: str, language: str, expected: dt.date) -> None:
    assert same(parse_date(text, language=language), expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Chinese, Japanese and Korean publication labels open a date line ...
        ("发布时间：2023-09-14 15:15", dt.datetime(2023, 9, 14, 15, 15)),
        ("公開日：2023年9月14日 15時15分", dt.datetime(2023, 9, 14, 15, 15)),
        ("입력 2023.09.14. 오후 3:15", dt.datetime(2023, 9, 14, 15, 15)),
        ("기사입력 : 2023-09-14 22:09", dt.datetime(2023, 9, 14, 22, 9)),
        ("発行日：2023/09/14 15:15", dt.datetime(2023, 9, 14, 15, 15)),
        ("掲載 2023年9月14日", dt.date(2023, 9, 14)),
        ("发表于 2023-09-14 15:15", dt.datetime(2023, 9, 14, 15, 15)),
        ("發布時間：2023-09-14", dt.date(2023, 9, 14)),
        ("작성일 2023.09.14 22:09", dt.datetime(2023, 9, 14, 22, 9)),
        ("최초 입력 2023.09.14 22:09", dt.datetime(2023, 9, 14, 22, 9)),
        # ... an update label does not: that line is no publication date.
        ("수정 2023.09.14 22:09", None),
        ("更新日：2023/09/14 15:15", None),
    ],
)
def test_cjk_publication_labels_open_a_date_line(line: str, expected: dt.date | None) -> None:
    found = parse_date_line(line)
    assert same(found.value if found else None, expected), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 мая 2023 г.", dt.date(2023, 5, 12)),
        ("12 мая 2023, 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("1 января 2024 в 09:05", dt.datetime(2024, 1, 1, 9, 5)),
        ("3 листопада 2022 о 04:27", dt.datetime(2022, 11, 3, 4, 27)),
        ("12 maja 2023", dt.date(2023, 5, 12)),
        ("5 października 2021 o 08:40", dt.datetime(2021, 10, 5, 8, 40)),
        ("12. května 2023 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("1. júna 2022", dt.date(2022, 6, 1)),
        ("06. travnja 2021.", dt.date(2021, 4, 6)),
        ("13. studenog 1989.", dt.date(1989, 11, 13)),
        ("8 Haziran 2014, 11:07", dt.datetime(2014, 6, 8, 11, 7)),
        ("17.Şubat.2014, 17:51", dt.datetime(2014, 2, 17, 17, 51)),
        ("14-Aralık-2012, 20:56", dt.datetime(2012, 12, 14, 20, 56)),
        ("12 MAYIS 2023", dt.date(2023, 5, 12)),
        ("20 NİSAN 2026", dt.date(2026, 4, 20)),
        ("3 EKİM 2022 14:30", dt.datetime(2022, 10, 3, 14, 30)),
        ("22 decembrie 2014 la 02:38", dt.datetime(2014, 12, 22, 2, 38)),
        ("12. toukokuuta 2023", dt.date(2023, 5, 12)),
        ("12.5.2020 klo 16:45", dt.datetime(2020, 5, 12, 16, 45)),
        ("12 Μαΐου 2023", dt.date(2023, 5, 12)),
        ("12 ΜΑΪΟΥ 2023", dt.date(2023, 5, 12)),
        ("12 de maig de 2023", dt.date(2023, 5, 12)),
        ("12 augusti 2023", dt.date(2023, 8, 12)),
        ("2023. május 12.", dt.date(2023, 5, 12)),
        ("2023. május 12. 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("2021. szeptember 3. 8.05", dt.datetime(2021, 9, 3, 8, 5)),
        ("12 मई 2023", dt.date(2023, 5, 12)),
        ("3 सितम्बर 2021, 14:30", dt.datetime(2021, 9, 3, 14, 30)),
        ("3 सितंबर 2021", dt.date(2021, 9, 3)),
        ("2016 March 3", dt.date(2016, 3, 3)),
        ("24.03.2019. u 22:22", dt.datetime(2019, 3, 24, 22, 22)),
        ("13. svibanj 2022. u 14:34", dt.datetime(2022, 5, 13, 14, 34)),
        # Serbian in both its scripts (Cyrillic read no month before), with "у" / "u" before the clock.
        ("12. маја 2023.", dt.date(2023, 5, 12)),
        ("25. децембар 2023", dt.date(2023, 12, 25)),
        ("3. октобра 2022. у 14:30", dt.datetime(2022, 10, 3, 14, 30)),
        ("1. јул 2023.", dt.date(2023, 7, 1)),
        ("12. marta 2023. u 09:15", dt.datetime(2023, 3, 12, 9, 15)),
        ("12 Hulyo 2003 13:01", dt.datetime(2003, 7, 12, 13, 1)),
        ("12 במאי 2023", dt.date(2023, 5, 12)),
        ("18 לאוקטובר 2012 בשעה 19:21", dt.datetime(2012, 10, 18, 19, 21)),
        ("3 ستمبر 2021 14:30", dt.datetime(2021, 9, 3, 14, 30)),
        # Polish and Czech listopad is November, Croatian October: no language, no month.
        ("12 listopada 2023", None),
    ],
)
def test_month_names_read_with_their_year(text: str, expected: dt.date | None) -> None:
    assert same(parse_date(text), expected), parse_date(text)


@pytest.mark.parametrize(
    "text", ["Maja 12", "12 Ekim", "Nisan 3", "Mart 14", "Маја 12", "12 Marta"]
)
def test_month_names_that_need_a_year_make_no_date_without_one(text: str) -> None:
    reference = dt.datetime(2023, 12, 31, tzinfo=dt.timezone.utc)
    assert parse_date(text, reference=reference) is None
    assert find_date(f"Vidimo se {text} kod kuće", reference=reference) is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", dt.date(2023, 11, 12)),
        ("pl-PL", dt.date(2023, 11, 12)),
        ("hr", dt.date(2023, 10, 12)),
    ],
)
def test_the_page_language_settles_a_month_name(language: str, expected: dt.date) -> None:
    assert parse_date("12 listopada 2023", language=language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Romanian abbreviations of June (iunie) and July (iulie).
        ("12-Iun-2013", dt.date(2013, 6, 12)),
        ("3 iul. 2020, 10:15", dt.datetime(2020, 7, 3, 10, 15)),
    ],
)
def test_romanian_month_abbreviations(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Czech three-letter months with a weekday: 16 June 2014 was a Monday (pondělí), 14
        # November 2013 a Thursday (čtvrtek); čer and čvn are June, čvc July.
        ("pon 16. čer 2014 10:07:43", dt.datetime(2014, 6, 16, 10, 7, 43)),
        ("čtv 14. lis 2013 12:38:43", dt.datetime(2013, 11, 14, 12, 38, 43)),
        ("3. čvn 2020", dt.date(2020, 6, 3)),
        ("3. čvc 2020", dt.date(2020, 7, 3)),
        ("28. úno 2019", dt.date(2019, 2, 28)),
        # Without its year, an abbreviation is a word ("lis" is a fox, "pro" means "for").
        ("14. lis", None),
        ("16 pro", None),
    ],
)
def test_czech_month_abbreviations(text: str, expected: dt.date | None) -> None:
    reference = dt.datetime(2023, 12, 31, tzinfo=dt.timezone.utc)
    assert same(parse_date(text, reference=reference), expected), parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 May 2023 2:30pm NZST", dt.datetime(2023, 5, 12, 14, 30, tzinfo=tz(12))),
        ("12 January 2023 2:30pm NZDT", dt.datetime(2023, 1, 12, 14, 30, tzinfo=tz(13))),
        ("12 May 2023 14:30 SAST", dt.datetime(2023, 5, 12, 14, 30, tzinfo=tz(2))),
        ("12 May 2023, 2:30 PM PKT", dt.datetime(2023, 5, 12, 14, 30, tzinfo=tz(5))),
        ("12 May 2023 14:30 AWST", dt.datetime(2023, 5, 12, 14, 30, tzinfo=tz(8))),
        ("12 May 2023 14:30 ACST", dt.datetime(2023, 5, 12, 14, 30, tzinfo=tz(9.5))),
        ("12/05/2023 14h30 BRT", dt.datetime(2023, 5, 12, 14, 30, tzinfo=tz(-3))),
    ],
)
def test_more_zone_abbreviations(text: str, expected: dt.datetime) -> None:
    assert same(parse_date(text), expected), parse_date(text)


def test_a_zone_abbreviation_that_is_a_word_is_not_read() -> None:
    # "eat" is not East Africa Time here: the time is kept, without a zone.
    found = find_date("12 May 2023 at 7:30 pm eat dinner together")
    assert found is not None
    assert same(found.value, dt.datetime(2023, 5, 12, 19, 30))


def test_a_dot_after_the_year_is_no_separator_before_a_sentence() -> None:
    found = find_date("It opened on 12 May 2023. 10 people came.")
    assert found is not None
    assert same(found.value, dt.date(2023, 5, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday of the languages read since round 32, after the date or before it; each
        # agrees with its date (12 May 2023 was a Friday, 15 May 2023 a Monday).
        ("12 Mayıs 2023 Cuma 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("Pazartesi, 15 Mayıs 2023", dt.date(2023, 5, 15)),
        ("PAZARTESİ, 15 MAYIS 2023", dt.date(2023, 5, 15)),
        ("2 Ocak 2015 Cuma, 16:49", dt.datetime(2015, 1, 2, 16, 49)),
        ("poniedziałek, 15 maja 2023 o 14:30", dt.datetime(2023, 5, 15, 14, 30)),
        ("Piątek, 12 maja 2023", dt.date(2023, 5, 12)),
        ("pátek 12. května 2023", dt.date(2023, 5, 12)),
        ("piatok, 12. mája 2023", dt.date(2023, 5, 12)),
        ("petak, 12. svibnja 2023. u 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("петак, 12. маја 2023.", dt.date(2023, 5, 12)),
        ("petek, 12. maj 2023", dt.date(2023, 5, 12)),
        ("пятница, 12 мая 2023, 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("п'ятниця, 12 травня 2023", dt.date(2023, 5, 12)),
        ("vineri, 12 mai 2023", dt.date(2023, 5, 12)),
        ("2016. augusztus 14. vasárnap 10:21", dt.datetime(2016, 8, 14, 10, 21)),
        ("perjantaina 12. toukokuuta 2023", dt.date(2023, 5, 12)),
        ("Παρασκευή 12 Μαΐου 2023", dt.date(2023, 5, 12)),
        ("divendres, 12 de maig de 2023", dt.date(2023, 5, 12)),
        ("4 augusti 2007 lördag 02:44", dt.datetime(2007, 8, 4, 2, 44)),
        ("fredag, 12 maj 2023", dt.date(2023, 5, 12)),
        ("Biyernes, 12 Mayo 2023", dt.date(2023, 5, 12)),
        ("शुक्रवार, 12 मई 2023", dt.date(2023, 5, 12)),
        ("יום שישי, 12 במאי 2023", dt.date(2023, 5, 12)),
        # A weekday that disagrees still rejects the date (12 May 2023 was no Thursday).
        ("12 Mayıs 2023 Perşembe 14:30", None),
        ("czwartek, 12 maja 2023", None),
    ],
)
def test_weekdays_of_the_later_languages(text: str, expected: dt.date | None) -> None:
    assert same(parse_date(text), expected), parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thai months with a year of the Buddhist era (2566 BE = 2023 CE, 2560 BE = 2017 CE).
        ("12 พฤษภาคม 2566", dt.date(2023, 5, 12)),
        ("12 พ.ค. 2566 14:30 น.", dt.datetime(2023, 5, 12, 14, 30)),
        ("วันศุกร์ที่ 12 พฤษภาคม 2566", dt.date(2023, 5, 12)),
        ("วันเสาร์ที่ 16 ธันวาคม 2560 7:00 pm", dt.datetime(2017, 12, 16, 19, 0)),
        ("๑๒ พ.ค. ๒๕๖๖", dt.date(2023, 5, 12)),  # Thai digits
        ("12 พฤษภาคม 2023", dt.date(2023, 5, 12)),  # a Gregorian year stays
        # An all-numeric date's year is the Buddhist era's only on a Thai line or page.
        ("12/05/2566 14:30 น.", dt.datetime(2023, 5, 12, 14, 30)),
        ("31/12/2566", dt.date(2566, 12, 31)),
    ],
)
def test_thai_dates(text: str, expected: dt.date | None) -> None:
    assert same(parse_date(text), expected), parse_date(text)


def test_a_thai_page_s_numeric_year_is_buddhist() -> None:
    assert parse_date("31/12/2566", language="th") == dt.date(2023, 12, 31)
    assert parse_date("2566-12-31", language="th-TH") == dt.date(2023, 12, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 12 tháng 5 năm 2023", dt.date(2023, 5, 12)),
        ("Thứ Năm, ngày 8 tháng 1 năm 2015", dt.date(2015, 1, 8)),
        ("9 Tháng 1 2015 lúc 15:08", dt.datetime(2015, 1, 9, 15, 8)),
        ("Thứ Sáu, 12/5/2023, 14:30 (GMT+7)", dt.datetime(2023, 5, 12, 14, 30, tzinfo=tz(7))),
        ("Thứ 6, 12/05/2023 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("CHỦ NHẬT, 14/5/2023 07:00 (GMT+7)", dt.datetime(2023, 5, 14, 7, 0, tzinfo=tz(7))),
        # An offset of +01:00 to +07:00 is used only where the day comes first.
        ("12/5/2023 14:30 (GMT+7)", dt.datetime(2023, 5, 12, 14, 30, tzinfo=tz(7))),
        ("05/11/2015 10:00 +03:00", dt.datetime(2015, 11, 5, 10, 0, tzinfo=tz(3))),
        ("05/11/2015 10:00 GMT-5", None),
        ("05/11/2015 10:00 +08:00", None),
        ("Thứ Năm, 12/5/2023", None),  # 12 May 2023 was a Friday (Thứ Sáu)
    ],
)
def test_vietnamese_dates(text: str, expected: dt.date | None) -> None:
    assert same(parse_date(text), expected), parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Moscow Time was +03:00, then +04:00 from 27 March 2011 to 26 October 2014, then +03:00.
        ("12 мая 2010, 14:30 МСК", dt.datetime(2010, 5, 12, 14, 30, tzinfo=tz(3))),
        ("12 мая 2012, 14:30 МСК", dt.datetime(2012, 5, 12, 14, 30, tzinfo=tz(4))),
        ("12 января 2013 14:30 мск", dt.datetime(2013, 1, 12, 14, 30, tzinfo=tz(4))),
        ("12 мая 2015, 14:30 МСК", dt.datetime(2015, 5, 12, 14, 30, tzinfo=tz(3))),
        ("27 марта 2011, 01:30 МСК", dt.datetime(2011, 3, 27, 1, 30, tzinfo=tz(3))),
        ("27 марта 2011, 03:30 МСК", dt.datetime(2011, 3, 27, 3, 30, tzinfo=tz(4))),
        ("26 октября 2014, 02:30 МСК", dt.datetime(2014, 10, 26, 2, 30, tzinfo=tz(3))),
        ("Sat Aug 03 12:45:00 MSK 2013", dt.datetime(2013, 8, 3, 12, 45, tzinfo=tz(4))),
        ("12 May 2009 14:30 MSD", dt.datetime(2009, 5, 12, 14, 30, tzinfo=tz(4))),
    ],
)
def test_moscow_time(text: str, expected: dt.datetime) -> None:
    assert same(parse_date(text), expected), parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The word between a date and its clock in more languages (each refused before).
        ("12 maja 2023, godz. 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 maja 2023 o godz. 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("22. prosinec 2014 v 2:38", dt.datetime(2014, 12, 22, 2, 38)),
        ("12.05.2023 v 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12. maja 2023 ob 14.30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 Mayıs 2023 saat 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 mai 2023, ora 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 mai 2023, la ora 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 Μαΐου 2023 στις 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 de maig de 2023 a les 14:30", dt.datetime(2023, 5, 12, 14, 30)),
    ],
)
def test_connectors_of_the_later_languages(text: str, expected: dt.datetime) -> None:
    assert same(parse_date(text), expected), parse_date(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The word "year" after a Slavic date's year, and publication labels of the languages
        # read later, on a date line.
        ("12 мая 2023 года в 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 мая 2023 г., 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 травня 2023 року о 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 maja 2023 r., godz. 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("12 maja 2023 r.", dt.date(2023, 5, 12)),
        ("Опубликовано: 12 мая 2023, 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("Opublikowano: 12 maja 2023", dt.date(2023, 5, 12)),
        ("Yayınlanma: 12 Mayıs 2023 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("Objavljeno: 12. svibnja 2023. u 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        ("Julkaistu 12.5.2023 klo 14.30", dt.datetime(2023, 5, 12, 14, 30)),
        ("Δημοσιεύθηκε: 12 Μαΐου 2023 στις 14:30", dt.datetime(2023, 5, 12, 14, 30)),
        # (An update label of these languages is not a publication label: no date line.)
        ("Обновлено: 13 мая 2023, 10:00", None),
    ],
)
def test_date_lines_of_the_later_languages(line: str, expected: dt.date | None) -> None:
    found = parse_date_line(line)
    assert same(found.value if found else None, expected), found


def test_a_word_after_the_year_that_is_no_year_word_is_left() -> None:
    found = find_date("On 12 May 2023 reports said")
    assert found is not None
    assert (found.value, found.end) == (dt.date(2023, 5, 12), len("On 12 May 2023"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # German "am <date> um <time>" on a line of its own (the label "Veröffentlicht" or the
        # writer's name on the line above it).
        ("am 5. März 2024 um 14:30 Uhr", dt.datetime(2024, 3, 5, 14, 30)),
        ("Am 05.03.2024 um 14:30", dt.datetime(2024, 3, 5, 14, 30)),
        # The Slavic year word after an all-numeric date.
        ("05.03.2024 г.", dt.date(2024, 3, 5)),
        ("05.03.2024 г. в 14:30", dt.datetime(2024, 3, 5, 14, 30)),
        ("Опубликовано: 05.03.2024 г., 14:30", dt.datetime(2024, 3, 5, 14, 30)),
        ("05.03.2024 r.", dt.date(2024, 3, 5)),
        # Hebrew's article or "on" glued to the day ("the 19th of March").
        ("ה-19 במרץ 2024", dt.date(2024, 3, 19)),
        ("ב-19 במרץ 2024, 14:30", dt.datetime(2024, 3, 19, 14, 30)),
        # Norwegian "Publisert", and Swedish/Norwegian "em" (afternoon) after "kl.".
        ("Publisert 5. mars 2024 kl. 02.30 em", dt.datetime(2024, 3, 5, 14, 30)),
        ("publicerad 5 mars 2024 kl 9.15 fm", dt.datetime(2024, 3, 5, 9, 15)),
        # Thai weekdays abbreviated: 5 March 2024 was a Tuesday (อ.), 10 March a Sunday (อา.);
        # 2567 BE is 2024.
        ("อ. 5 มี.ค. 2567 14:30 น.", dt.datetime(2024, 3, 5, 14, 30)),
        ("อา. 10 มี.ค. 2567", dt.date(2024, 3, 10)),
        ("จ. 5 มี.ค. 2567", None),  # not a Monday
        # A dot closing the year, then "@" and the clock (Croatian "studenoga" is November).
        ("20. studenoga 2010. @ 07:28", dt.datetime(2010, 11, 20, 7, 28)),
    ],
)
def test_date_lines_with_labels_year_words_and_prefixes_of_more_languages(
    line: str, expected: dt.date | None
) -> None:
    found = parse_date_line(line)
    assert same(found.value if found else None, expected), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Serbian and Croatian words for the part of the day move a 12-hour clock.
        ("5. март 2024. у 2:30 поподне", dt.datetime(2024, 3, 5, 14, 30)),
        ("5. mart 2024. u 2:30 popodne", dt.datetime(2024, 3, 5, 14, 30)),
        ("5. ožujka 2024. u 9:30 ujutro", dt.datetime(2024, 3, 5, 9, 30)),
        ("5. mart 2024. u 9:30 uveče", dt.datetime(2024, 3, 5, 21, 30)),
        # Portuguese "em" (in) after a clock is no meridiem: the time is not sure, the day is.
        ("5 de março de 2024 10h30 em Lisboa", None),
    ],
)
def test_words_for_the_part_of_the_day_move_a_twelve_hour_clock(
    text: str, expected: dt.date | None
) -> None:
    assert same(parse_date(text), expected), parse_date(text)


def test_a_portuguese_em_after_a_clock_moves_no_hour() -> None:
    found = find_date("Publicado 5 de março de 2024 10h30 em Lisboa")
    assert found is not None
    assert found.value == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "listopada": Polish November, Croatian October; a weekday says which. 5 November 2024
        # was a Tuesday (wtorek), 5 October 2024 a Saturday (subota).
        ("wtorek, 5 listopada 2024", dt.date(2024, 11, 5)),
        ("subota, 5. listopada 2024.", dt.date(2024, 10, 5)),
        ("poniedziałek, 5 listopada 2024", None),  # a Monday in neither month
        ("5 listopada 2024", None),
    ],
)
def test_a_weekday_settles_a_month_name_of_two_languages(
    text: str, expected: dt.date | None
) -> None:
    assert same(parse_date(text), expected), parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filed 8/5/2024, amended 13/05/2024.", True),
        ("Filed 8/5/2024, amended 05/13/2024.", False),
        ("Filed 8/5/2024, amended 13/05/2024 and 05/13/2024.", None),
        ("Filed 8/5/2024.", None),
        ("Version 2.13.4 on 2024-05-13", None),
    ],
)
def test_the_order_a_text_writes_its_numeric_dates_in(text: str, expected: bool | None) -> None:
    assert numeric_order(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A colon between the date and a clock written with one. 1 February 2016 is in winter:
        # ET is EST, -05:00.
        ("February 1, 2016: 1:28 AM ET", dt.datetime(2016, 2, 1, 1, 28, tzinfo=tz(-5))),
        (
            "First published February 1, 2016: 1:28 AM ET",
            dt.datetime(2016, 2, 1, 1, 28, tzinfo=tz(-5)),
        ),
        ("2023-05-14: 10:30", dt.datetime(2023, 5, 14, 10, 30)),
    ],
)
def test_a_colon_between_the_date_and_its_clock(text: str, expected: dt.datetime) -> None:
    assert same(parse_date(text), expected), parse_date(text)


@pytest.mark.parametrize("text", ["14 May 2023: 10 people came", "14 May 2023: 10.50 euros"])
def test_a_colon_before_a_number_that_is_no_clock_keeps_the_day(text: str) -> None:
    found = find_date(text)
    assert found is not None
    assert same(found.value, dt.date(2023, 5, 14))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The meridiem with a space inside, as Spanish writes it (a no-break space too).
        ("6 de mayo de 2022 - 2:00 p. m.", dt.datetime(2022, 5, 6, 14, 0)),
        ("6 de mayo de 2022, 2:00 p.\u00a0m.", dt.datetime(2022, 5, 6, 14, 0)),
        ("6 de mayo de 2022 - 12:15 a. m.", dt.datetime(2022, 5, 6, 0, 15)),
        ("mayo 6, 2022 11:40 a. m.", dt.datetime(2022, 5, 6, 11, 40)),
    ],
)
def test_a_meridiem_with_a_space_inside(text: str, expected: dt.datetime) -> None:
    assert same(parse_date(text), expected), parse_date(text)
