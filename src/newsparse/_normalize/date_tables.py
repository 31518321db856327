"""The words the date normaliser reads, as data: one row per language and meaning.

Every name is written folded: lower case, accents removed (``Mär`` is ``mar``, ``miércoles`` is
``miercoles``). An apostrophe inside a name (``jum'at``) also matches the name without it. Adding a
language means adding its rows to :data:`LANGUAGES`, :data:`MONTHS` and :data:`WEEKDAYS`, and, if it
has them, to :data:`MERIDIEMS`, :data:`CONNECTORS` and :data:`LABELS`; the code that applies the
tables never names a language.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AMBIGUOUS_ZONES",
    "CENTRAL_EUROPEAN_LANGUAGES",
    "CENTRAL_EUROPEAN_REGIONS",
    "CLOCK_PREFIXES",
    "CLOCK_WORDS",
    "CONNECTORS",
    "COUNTERS",
    "LABELS",
    "LANGUAGES",
    "LANGUAGE_ZONES",
    "MERIDIEMS",
    "MONTHS",
    "PAGE_ORDERS",
    "SEASONAL_ZONES",
    "SOLAR_HIJRI_MONTHS",
    "WEEKDAYS",
    "ZONES",
]

# (language tag, day first?) -- True: numeric dates are day/month/year; None: both orders are in
# use (English is month-first in the US, day-first elsewhere): a numeric date needs more evidence.
LANGUAGES: Final[tuple[tuple[str, bool | None], ...]] = (
    ("id", True),
    ("ms", True),
    ("en", None),
    ("de", True),
    ("fr", True),
    ("es", True),
    ("pt", True),
    ("it", True),
    ("nl", True),
    ("ar", True),
    ("fa", True),
)

# Regions that write English dates day first, and other languages newsparse meets that do.
_DAY_FIRST_ENGLISH = ("gb", "ie", "au", "nz", "in", "za", "ng", "ke", "sg", "my", "pk")
_DAY_FIRST_OTHERS = (
    "ca", "da", "nb", "nn", "no", "fi", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "ro", "ru",
    "uk", "el", "tr", "vi",
)  # fmt: skip

# (language tag or language-REGION tag, lower case, day first?): how pages that state this language
# write an all-numeric date. A weak hint, used only when the date's own words do not settle it; a
# tag missing here (bare "en", "en-ca") gives none. A language-REGION row wins over its language.
PAGE_ORDERS: Final[tuple[tuple[str, bool], ...]] = (
    ("en-us", False),
    ("en-ph", False),
    *((f"en-{region}", True) for region in _DAY_FIRST_ENGLISH),
    *((tag, order) for tag, order in LANGUAGES if order is not None),
    *((tag, True) for tag in _DAY_FIRST_OTHERS),
)

# (language, month number, names): the full name first, then other spellings and abbreviations.
MONTHS: Final[tuple[tuple[str, int, str], ...]] = (
    ("id", 1, "januari jan"),
    ("id", 2, "februari pebruari feb peb"),
    ("id", 3, "maret mar"),
    ("id", 4, "april apr"),
    ("id", 5, "mei"),
    ("id", 6, "juni jun"),
    ("id", 7, "juli jul"),
    ("id", 8, "agustus agu agt ags agst"),
    ("id", 9, "september sep sept"),
    ("id", 10, "oktober okt"),
    ("id", 11, "november nov nop nopember"),
    ("id", 12, "desember des"),
    ("ms", 1, "januari jan"),
    ("ms", 2, "februari feb"),
    ("ms", 3, "mac"),
    ("ms", 4, "april apr"),
    ("ms", 5, "mei"),
    ("ms", 6, "jun"),
    ("ms", 7, "julai jul"),
    ("ms", 8, "ogos ogo"),
    ("ms", 9, "september sep sept"),
    ("ms", 10, "oktober okt"),
    ("ms", 11, "november nov"),
    ("ms", 12, "disember dis"),
    ("en", 1, "january jan"),
    ("en", 2, "february feb"),
    ("en", 3, "march mar"),
    ("en", 4, "april apr"),
    ("en", 5, "may"),
    ("en", 6, "june jun"),
    ("en", 7, "july jul"),
    ("en", 8, "august aug"),
    ("en", 9, "september sep sept"),
    ("en", 10, "october oct"),
    ("en", 11, "november nov"),
    ("en", 12, "december dec"),
    ("de", 1, "januar jan janner jaenner"),
    ("de", 2, "februar feb feber"),
    ("de", 3, "marz maerz mrz"),
    ("de", 4, "april apr"),
    ("de", 5, "mai"),
    ("de", 6, "juni jun"),
    ("de", 7, "juli jul"),
    ("de", 8, "august aug"),
    ("de", 9, "september sep sept"),
    ("de", 10, "oktober okt"),
    ("de", 11, "november nov"),
    ("de", 12, "dezember dez"),
    ("fr", 1, "janvier janv jan"),
    ("fr", 2, "fevrier fevr fev"),
    ("fr", 3, "mars"),
    ("fr", 4, "avril avr"),
    ("fr", 5, "mai"),
    ("fr", 6, "juin"),
    ("fr", 7, "juillet juil"),
    ("fr", 8, "aout"),
    ("fr", 9, "septembre sept sep"),
    ("fr", 10, "octobre oct"),
    ("fr", 11, "novembre nov"),
    ("fr", 12, "decembre dec"),
    ("es", 1, "enero ene"),
    ("es", 2, "febrero feb"),
    ("es", 3, "marzo mar"),
    ("es", 4, "abril abr"),
    ("es", 5, "mayo may"),
    ("es", 6, "junio jun"),
    ("es", 7, "julio jul"),
    ("es", 8, "agosto ago"),
    ("es", 9, "septiembre setiembre sept sep set"),
    ("es", 10, "octubre oct"),
    ("es", 11, "noviembre nov"),
    ("es", 12, "diciembre dic"),
    ("pt", 1, "janeiro jan"),
    ("pt", 2, "fevereiro fev"),
    ("pt", 3, "marco mar"),
    ("pt", 4, "abril abr"),
    ("pt", 5, "maio mai"),
    ("pt", 6, "junho jun"),
    ("pt", 7, "julho jul"),
    ("pt", 8, "agosto ago"),
    ("pt", 9, "setembro set"),
    ("pt", 10, "outubro out"),
    ("pt", 11, "novembro nov"),
    ("pt", 12, "dezembro dez"),
    ("it", 1, "gennaio gen"),
    ("it", 2, "febbraio feb"),
    ("it", 3, "marzo mar"),
    ("it", 4, "aprile apr"),
    ("it", 5, "maggio mag"),
    ("it", 6, "giugno giu"),
    ("it", 7, "luglio lug"),
    ("it", 8, "agosto ago"),
    ("it", 9, "settembre set"),
    ("it", 10, "ottobre ott"),
    ("it", 11, "novembre nov"),
    ("it", 12, "dicembre dic"),
    ("nl", 1, "januari jan"),
    ("nl", 2, "februari feb"),
    ("nl", 3, "maart mrt mar"),
    ("nl", 4, "april apr"),
    ("nl", 5, "mei"),
    ("nl", 6, "juni jun"),
    ("nl", 7, "juli jul"),
    ("nl", 8, "augustus aug"),
    ("nl", 9, "september sep sept"),
    ("nl", 10, "oktober okt"),
    ("nl", 11, "november nov"),
    ("nl", 12, "december dec"),
    # Arabic: the Egyptian and Gulf names, the Levantine and Iraqi ones (two-word names joined with
    # a hyphen, which matches a space), and the Maghreb ones; spellings with and without hamza.
    ("ar", 1, "يناير كانون-الثاني جانفي"),
    ("ar", 2, "فبراير شباط فيفري"),
    ("ar", 3, "مارس آذار اذار"),
    ("ar", 4, "أبريل ابريل إبريل نيسان أفريل افريل"),
    ("ar", 5, "مايو أيار ايار ماي"),
    ("ar", 6, "يونيو يونيه حزيران جوان"),
    ("ar", 7, "يوليو يوليه تموز جويلية"),
    ("ar", 8, "أغسطس اغسطس آب أوت"),
    ("ar", 9, "سبتمبر أيلول ايلول"),
    ("ar", 10, "أكتوبر اكتوبر تشرين-الأول تشرين-الاول"),
    ("ar", 11, "نوفمبر تشرين-الثاني"),
    ("ar", 12, "ديسمبر كانون-الأول كانون-الاول"),
    # Persian names of the Gregorian months (the solar Hijri calendar is not read).
    ("fa", 1, "ژانویه"),
    ("fa", 2, "فوریه"),
    ("fa", 3, "مارس"),
    ("fa", 4, "آوریل"),
    ("fa", 5, "مه"),
    ("fa", 6, "ژوئن"),
    ("fa", 7, "ژوئیه ژوییه"),
    ("fa", 8, "اوت"),
    ("fa", 9, "سپتامبر"),
    ("fa", 10, "اکتبر"),
    ("fa", 11, "نوامبر"),
    ("fa", 12, "دسامبر"),
)

# The months of the solar Hijri calendar (Iran's), in Persian, 1 = Farvardin .. 12 = Esfand.
# A date named with them (``۲۳ مهر ۱۴۰۲``) is converted to the Gregorian calendar.
SOLAR_HIJRI_MONTHS: Final[tuple[tuple[int, str], ...]] = (
    (1, "فروردین"),
    (2, "اردیبهشت"),
    (3, "خرداد"),
    (4, "تیر"),
    (5, "مرداد امرداد"),
    (6, "شهریور"),
    (7, "مهر"),
    (8, "آبان"),
    (9, "آذر"),
    (10, "دی"),
    (11, "بهمن"),
    (12, "اسفند"),
)

# (language, ISO weekday 1 = Monday .. 7 = Sunday, names): full name first, then abbreviations.
# Two-letter abbreviations are only read directly in front of a date, where nothing else fits.
WEEKDAYS: Final[tuple[tuple[str, int, str], ...]] = (
    ("id", 1, "senin sen"),
    ("id", 2, "selasa sel"),
    ("id", 3, "rabu rab"),
    ("id", 4, "kamis kam"),
    ("id", 5, "jum'at jumat jum"),
    ("id", 6, "sabtu sab"),
    ("id", 7, "minggu ahad min"),
    ("ms", 1, "isnin isn"),
    ("ms", 2, "selasa sel"),
    ("ms", 3, "rabu rab"),
    ("ms", 4, "khamis kha"),
    ("ms", 5, "jumaat jum"),
    ("ms", 6, "sabtu sab"),
    ("ms", 7, "ahad ahd"),
    ("ar", 1, "الاثنين الإثنين"),
    ("ar", 2, "الثلاثاء"),
    ("ar", 3, "الأربعاء الاربعاء"),
    ("ar", 4, "الخميس"),
    ("ar", 5, "الجمعة"),
    ("ar", 6, "السبت"),
    ("ar", 7, "الأحد الاحد"),
    ("en", 1, "monday mon"),
    ("en", 2, "tuesday tue tues"),
    ("en", 3, "wednesday wed"),
    ("en", 4, "thursday thu thur thurs"),
    ("en", 5, "friday fri"),
    ("en", 6, "saturday sat"),
    ("en", 7, "sunday sun"),
    ("de", 1, "montag mo"),
    ("de", 2, "dienstag di"),
    ("de", 3, "mittwoch mi"),
    ("de", 4, "donnerstag do"),
    ("de", 5, "freitag fr"),
    ("de", 6, "samstag sonnabend sa"),
    ("de", 7, "sonntag so"),
    ("fr", 1, "lundi lun"),
    ("fr", 2, "mardi mar"),
    ("fr", 3, "mercredi mer"),
    ("fr", 4, "jeudi jeu"),
    ("fr", 5, "vendredi ven"),
    ("fr", 6, "samedi sam"),
    ("fr", 7, "dimanche dim"),
    ("es", 1, "lunes lun"),
    ("es", 2, "martes mar"),
    ("es", 3, "miercoles mie"),
    ("es", 4, "jueves jue"),
    ("es", 5, "viernes vie"),
    ("es", 6, "sabado sab"),
    ("es", 7, "domingo dom"),
    ("pt", 1, "segunda-feira segunda seg"),
    ("pt", 2, "terca-feira terca ter"),
    ("pt", 3, "quarta-feira quarta qua"),
    ("pt", 4, "quinta-feira quinta qui"),
    ("pt", 5, "sexta-feira sexta sex"),
    ("pt", 6, "sabado sab"),
    ("pt", 7, "domingo dom"),
    ("it", 1, "lunedi lun"),
    ("it", 2, "martedi mar"),
    ("it", 3, "mercoledi mer"),
    ("it", 4, "giovedi gio"),
    ("it", 5, "venerdi ven"),
    ("it", 6, "sabato sab"),
    ("it", 7, "domenica dom"),
    ("nl", 1, "maandag ma"),
    ("nl", 2, "dinsdag di"),
    ("nl", 3, "woensdag wo"),
    ("nl", 4, "donderdag do"),
    ("nl", 5, "vrijdag vr"),
    ("nl", 6, "zaterdag za"),
    ("nl", 7, "zondag zo"),
)

# (word, rule, language or "" for all): how a word after a clock time moves its hour.
# "am": 12 -> 0; "pm": 1..11 -> +12; "morning": 12 -> 0, 1..11 kept; "midday": 11 and 12 kept,
# 1..4 -> +12; "afternoon": 1..11 -> +12; "night": 6..11 -> +12, 12 -> 0. An hour already past 12
# is accepted only when the word agrees with it ("21:04 malam"). "after noon": 0..11 -> +12 (the
# Japanese "午後0時15分" is 12:15), 12..23 kept.
MERIDIEMS: Final[tuple[tuple[str, str, str], ...]] = (
    ("am", "am", "en"),
    ("a.m.", "am", "en"),
    ("a.m", "am", "en"),
    ("pm", "pm", "en"),
    ("p.m.", "pm", "en"),
    ("p.m", "pm", "en"),
    ("pagi", "morning", "id"),
    ("pg", "morning", "ms"),
    ("siang", "midday", "id"),
    ("tengah hari", "midday", "ms"),
    ("tengahari", "midday", "ms"),
    ("sore", "afternoon", "id"),
    ("petang", "afternoon", "ms"),
    ("ptg", "afternoon", "ms"),
    ("malam", "night", "id"),
    ("tengah malam", "night", "ms"),
    ("dini hari", "morning", "id"),
    ("mlm", "night", "ms"),
    # Arabic: "03:15 م" (masaan, after noon), "09:10 ص" (sabahan, before noon), in full or short.
    ("م", "after noon", "ar"),
    ("مساء", "after noon", "ar"),
    ("مساءً", "after noon", "ar"),
    ("مساءا", "after noon", "ar"),
    ("ص", "morning", "ar"),
    ("صباحا", "morning", "ar"),
    ("صباحاً", "morning", "ar"),
    ("صباح", "morning", "ar"),
)

# (word, rule, language): meridiems written before the clock time, as Chinese, Japanese and
# Korean do ("下午3:15", "午後3時15分", "오후 3:15"); rules as in MERIDIEMS.
CLOCK_PREFIXES: Final[tuple[tuple[str, str, str], ...]] = (
    ("上午", "morning", "zh"),
    ("早上", "morning", "zh"),
    ("凌晨", "morning", "zh"),
    ("中午", "midday", "zh"),
    ("下午", "after noon", "zh"),
    ("晚上", "night", "zh"),
    ("午前", "morning", "ja"),
    ("午後", "after noon", "ja"),
    ("오전", "morning", "ko"),
    ("오후", "after noon", "ko"),
)

# Words that may stand between a date and its clock time: (word, language).
CONNECTORS: Final[tuple[tuple[str, str], ...]] = (
    ("at", "en"),
    ("pukul", "id"),
    ("pkl.", "id"),
    ("pkl", "id"),
    ("jam", "id"),
    ("jam", "ms"),
    ("um", "de"),
    ("a las", "es"),
    ("a la", "es"),
    ("as", "pt"),
    ("a", "fr"),
    ("alle", "it"),
    ("alle ore", "it"),
    ("ore", "it"),
    ("om", "nl"),
    ("kl.", "nl"),
    ("ساعت", "fa"),
    ("الساعة", "ar"),
)

# Short words that may follow a clock time without changing it ("11:22 Uhr", "19 h 21 min").
# Any other short word right after a 12-hour-range time might be a meridiem this table does not
# know, so the time is dropped rather than risked.
CLOCK_WORDS: Final[tuple[str, ...]] = ("uhr", "h", "hr", "hrs", "min", "uur", "ore", "jam", "wib")

# Labels that may precede a date line ("Published: ..."), any language.
LABELS: Final[tuple[str, ...]] = (
    "published on",
    "published at",
    "published",
    "publish",
    "posted on",
    "posted at",
    "posted",
    "updated on",
    "last updated",
    "last modified on",
    "last modified",
    "updated",
    "first published",
    "on",
    "date",
    "dipublikasikan",
    "dipublikasikan pada",
    "diterbitkan",
    "diperbarui",
    "diperbaharui",
    "diupdate",
    "update",
    "terbit",
    "diposting",
    "ditulis",
    "dimuat",
    "diunggah",
    "disiarkan",
    "ditayangkan",
    "tayang",
    "dirilis",
    "diposkan",
    "pada",
    "tanggal",
    "tarikh",
    "dikemaskini",
    "kemaskini",
    "dikemas kini",
    "kemas kini",
    "terakhir diperbarui",
    "terakhir dikemaskini",
    "terakhir dikemas kini",
    "veroffentlicht am",
    "veroffentlicht",
    "aktualisiert am",
    "aktualisiert",
    "stand",
    "publie le",
    "publie",
    "mis a jour le",
    "le",
    "publicado el",
    "publicado em",
    "publicado",
    "actualizado",
    "atualizado em",
    "atualizado",
    "pubblicato il",
    "pubblicato",
    "aggiornato",
    "gepubliceerd op",
    "gepubliceerd",
    "bijgewerkt",
    # Chinese, Japanese and Korean publication labels ("发布时间：", "公開日", "입력"); their update
    # labels (更新, 수정) are left out, so an update line is not read as the publication.
    "发布时间",
    "发布日期",
    "发布于",
    "公開日",
    "配信日",
    "掲載日",
    "投稿日",
    "公開",
    "掲載",
    "発行日",
    "発行",
    "作成日",
    "发表于",
    "发表时间",
    "發布時間",
    "發佈時間",
    "發表於",
    "입력",
    "기사입력",
    "최초 입력",
    "최초입력",
    "작성일",
    "등록일",
    "게재일",
    "등록",
)

# Words of a counter that may trail a date line ("| 1.229 Views").
COUNTERS: Final[tuple[str, ...]] = (
    "views",
    "view",
    "reads",
    "comments",
    "comment",
    "shares",
    "dilihat",
    "kali dibaca",
    "dibaca",
    "komentar",
    "pembaca",
    "aufrufe",
    "kommentare",
    "vues",
    "visitas",
    "visualizacoes",
    "visualizzazioni",
    "weergaven",
)

# (abbreviation, offset from UTC in minutes, day first?, what it stands for): zones with one meaning
# in news text. The third column says how the zone's region writes numeric dates (None: no hint);
# a US zone makes ``09/10/2023`` month-first.
ZONES: Final[tuple[tuple[str, int, bool | None, str], ...]] = (
    ("utc", 0, None, "Coordinated Universal Time"),
    ("gmt", 0, None, "Greenwich Mean Time"),
    ("z", 0, None, "Zulu (UTC)"),
    ("wib", 7 * 60, True, "Waktu Indonesia Barat"),
    ("wita", 8 * 60, True, "Waktu Indonesia Tengah"),
    ("wit", 9 * 60, True, "Waktu Indonesia Timur"),
    ("myt", 8 * 60, True, "Malaysia Time"),
    ("sgt", 8 * 60, True, "Singapore Time"),
    ("ict", 7 * 60, None, "Indochina Time"),
    ("pht", 8 * 60, None, "Philippine Time"),
    ("hkt", 8 * 60, None, "Hong Kong Time"),
    ("jst", 9 * 60, None, "Japan Standard Time"),
    ("kst", 9 * 60, None, "Korea Standard Time"),
    ("aest", 10 * 60, None, "Australian Eastern Standard Time"),
    ("aedt", 11 * 60, None, "Australian Eastern Daylight Time"),
    ("wet", 0, True, "Western European Time"),
    ("west", 60, True, "Western European Summer Time"),
    ("cet", 60, True, "Central European Time"),
    ("cest", 2 * 60, True, "Central European Summer Time"),
    ("mez", 60, True, "Mitteleuropaische Zeit"),
    ("mesz", 2 * 60, True, "Mitteleuropaische Sommerzeit"),
    ("eet", 2 * 60, True, "Eastern European Time"),
    ("eest", 3 * 60, True, "Eastern European Summer Time"),
    ("bst", 60, True, "British Summer Time"),
    ("est", -5 * 60, False, "US Eastern Standard Time"),
    ("edt", -4 * 60, False, "US Eastern Daylight Time"),
    ("cdt", -5 * 60, False, "US Central Daylight Time"),
    ("mdt", -6 * 60, False, "US Mountain Daylight Time"),
    ("pst", -8 * 60, False, "US Pacific Standard Time"),
    ("pdt", -7 * 60, False, "US Pacific Daylight Time"),
    ("akst", -9 * 60, False, "Alaska Standard Time"),
    ("akdt", -8 * 60, False, "Alaska Daylight Time"),
    ("hst", -10 * 60, False, "Hawaii Standard Time"),
)

# (abbreviation, standard offset in minutes, name): US zones written without saying standard or
# daylight time ("12:45 p.m. ET"); the offset is the one in force on that day under US daylight
# saving rules. Read only after an English meridiem: "et" is also a French and Latin word.
SEASONAL_ZONES: Final[tuple[tuple[str, int, str], ...]] = (
    ("et", -5 * 60, "US Eastern Time"),
    ("ct", -6 * 60, "US Central Time"),
    ("mt", -7 * 60, "US Mountain Time"),
    ("pt", -8 * 60, "US Pacific Time"),
    # Spelled out: "3:15 p.m. Eastern", "9 a.m. Pacific Time" ("central" and "mountain" alone
    # are left out: "Central European Time" and plain words).
    ("eastern", -5 * 60, "US Eastern Time"),
    ("eastern time", -5 * 60, "US Eastern Time"),
    ("central time", -6 * 60, "US Central Time"),
    ("mountain time", -7 * 60, "US Mountain Time"),
    ("pacific", -8 * 60, "US Pacific Time"),
    ("pacific time", -8 * 60, "US Pacific Time"),
)

# (abbreviation, the zones it may mean): stated zones that are never guessed. A time in one of
# these keeps only its day.
AMBIGUOUS_ZONES: Final[tuple[tuple[str, str], ...]] = (
    ("ist", "India, Israel or Irish Standard Time"),
    ("cst", "US Central, China or Cuba Standard Time"),
    ("ast", "Atlantic or Arabia Standard Time"),
    ("mst", "US Mountain or Malaysia Standard Time"),
    ("sst", "Samoa or Singapore Standard Time"),
    ("gst", "Gulf or South Georgia Standard Time"),
    ("amt", "Amazon or Armenia Time"),
)

# (abbreviation, language tags, offset from UTC in minutes, what it stands for): an ambiguous
# abbreviation that the page's language settles, or (BST) one whose usual meaning the page's
# language overrides. A tag matches the page's language exactly or as its prefix ("hi" matches
# "hi-IN"). Each names one fixed offset: "CST" is standard time, whatever the season ("CDT" is
# the daylight one).
LANGUAGE_ZONES: Final[tuple[tuple[str, tuple[str, ...], int, str], ...]] = (
    (
        "ist",
        ("en-in", "hi", "bn", "gu", "kn", "ml", "mr", "or", "pa", "ta", "te", "ur-in"),
        5 * 60 + 30,
        "India Standard Time",
    ),
    ("ist", ("he", "iw"), 2 * 60, "Israel Standard Time"),
    ("ist", ("en-ie", "ga"), 60, "Irish Standard Time"),
    ("cst", ("zh",), 8 * 60, "China Standard Time"),
    ("cst", ("en-us", "en-ca", "es-mx", "es-us"), -6 * 60, "US Central Standard Time"),
    ("mst", ("en-us", "en-ca", "es-mx", "es-us"), -7 * 60, "US Mountain Standard Time"),
    ("ast", ("en-ca", "fr-ca", "en-pr", "es-pr"), -4 * 60, "Atlantic Standard Time"),
    ("bst", ("bn", "en-bd"), 6 * 60, "Bangladesh Standard Time"),
    ("mst", ("ms", "en-my"), 8 * 60, "Malaysia Standard Time"),
    ("sst", ("en-sg",), 8 * 60, "Singapore Standard Time"),
    ("ast", ("ar-sa", "ar-kw", "ar-qa", "ar-bh", "ar-iq", "ar-ye"), 3 * 60, "Arabia Standard Time"),
)

# Languages whose pages, written without a region or with one of CENTRAL_EUROPEAN_REGIONS, are
# mostly published from Central European Time (UTC+01:00, +02:00 in summer). Spanish and
# Portuguese are left out: most of their pages come from the Americas or from Western European
# Time. A region outside the list ("fr-CA") rules the page out.
CENTRAL_EUROPEAN_LANGUAGES: Final[frozenset[str]] = frozenset(
    {"bs", "cs", "da", "de", "fr", "hr", "hu", "it", "lb", "mk", "nb", "nl", "nn", "no", "pl"}
    | {"sk", "sl", "sq", "sr", "sv"}
)
CENTRAL_EUROPEAN_REGIONS: Final[frozenset[str]] = frozenset(
    {"ad", "al", "at", "ba", "be", "ch", "cz", "de", "dk", "es", "fr", "hr", "hu", "it", "li"}
    | {"lu", "mc", "me", "mk", "mt", "nl", "no", "pl", "rs", "se", "si", "sk", "sm", "va"}
)
