"""Bylines and author names, the same way for text dumps and HTML pages.

A byline is a line naming who wrote an article, with or without a label (``Oleh``, ``Penulis:``,
``By``, ``Von``) and possibly naming editors too (``Reporter: A | Editor: B``). Editors, sources and
site names are never authors.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import attrs

from newsparse._normalize.date_tables import CLOCK_WORDS, WEEKDAYS
from newsparse._normalize.phrases import (
    AFFILIATION_WORDS,
    AUTHOR_LABELS,
    EDITOR_LABELS,
    JOB_TITLE_ENDS,
    NAME_CONJUNCTIONS,
    NAME_PARTICLES,
    NAME_ROLE_ENDINGS,
    NAME_ROLE_SUFFIXES,
    NAME_ROLE_WORDS,
    NAME_TITLE_WORDS,
    NEWS_AGENCIES,
    NOT_A_PERSON,
    SECTION_WORDS,
    SOURCE_LABELS,
    phrase_alternation,
)
from newsparse._normalize.whitespace import INVISIBLE_FORMAT_CHARS, clean_line

__all__ = [
    "MAX_NAME_CHARS",
    "Byline",
    "affiliated_names",
    "is_agency",
    "is_date_words",
    "is_job_title",
    "is_person_name",
    "may_name_editor",
    "parse_byline",
    "split_authors",
]


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class Byline:
    """What one byline line says: who wrote the article and who edited it."""

    authors: tuple[str, ...] = attrs.field(default=(), converter=_names)
    editors: tuple[str, ...] = attrs.field(default=(), converter=_names)


_AUTHOR_LABEL = re.compile(
    rf"^(?:{phrase_alternation(AUTHOR_LABELS)})\b\s*(?P<colon>[:：])?\s*", re.I
)
#: The first two letters of every author label, in either case: an ASCII segment that opens
#: with none of them opens with no label (``_AUTHOR_LABEL`` compares an ASCII letter only with
#: the same letter in either case, and every label opens with two ASCII letters).
_AUTHOR_HEADS = frozenset(
    first + second
    for label in AUTHOR_LABELS
    for first in (label[0].lower(), label[0].upper())
    for second in (label[1].lower(), label[1].upper())
)
_EDITOR_LABEL = re.compile(
    rf"^(?:{phrase_alternation(EDITOR_LABELS)})\b\s*(?P<colon>[:：])?\s*", re.I
)


def _shortest_words(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` without those that hold another of them (a text holding one holds that one)."""
    found = set(words)
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


# The longest word of each ASCII editor label, lower-cased: an ASCII line that holds none of
# them names no editor (see may_name_editor).
_EDITOR_WORDS = _shortest_words(
    max(label.lower().split(), key=len) for label in EDITOR_LABELS if label.isascii()
)
_SOURCE_LABEL = re.compile(rf"^(?:{phrase_alternation(SOURCE_LABELS)})\s*[:：]\s*", re.I)
#: An outlet's name after a byline's names has at most this many words.
_MAX_OUTLET_WORDS = 5
_SEGMENT_SPLIT = re.compile(r"\s*[|•·]\s*|\s{3,}")
# A second labelled field run on after the first with a space or a slash, where a page printed
# them on two lines: "Penulis: Ani Editor: Budi", "Reporter: Ani / Editor: Budi".
_NEXT_FIELD = re.compile(
    rf"(?<!\s)\s+(?:/\s+)?(?=(?:{phrase_alternation((*AUTHOR_LABELS, *EDITOR_LABELS))})\s*[:：])",
    re.I,
)
# A comma before the last name's conjunction (the serial comma of "A, B, and C") belongs to it;
# the conjunction after a comma is read in lower case only, so a name such as "En Wang" stays whole.
_CONJUNCTION = re.compile(
    rf"(?:(?<!\s)\s+)?(?:[,;]\s*(?-i:{phrase_alternation(NAME_CONJUNCTIONS)})\s|[,;&+]"
    rf"|\s(?:{phrase_alternation(NAME_CONJUNCTIONS)})\s)\s*",
    re.I,
)
# Trailing noise after a name: " - detikinet", an e-mail address, a handle, a date.
_TRAILING = re.compile(
    r"(?<!\s)\s*(?:\s[-–—]\s*[\w.]+$|(?<!\S)\S+@\S+$|\(@?[\w.]+\)$|@\w+$|\s\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.*$)"
)
# An outlet the writers wrote for, closing a byline ("... for The Harbour Times on Sunday", "... for
# HarbourOnline", "... for Harbourtimes.com"): capitalised words (small joining words between them)
# or a web address after a lone "for".
_FOR_OUTLET = re.compile(
    r"(?<!\s)\s+[Ff]or\s+(?:[A-Z0-9][\w'’&.-]*(?:\s+(?:(?:of|on|the|and|de|du|der|di)\s+)*"
    r"[A-Z0-9][\w'’&.-]*){0,5}|[\w-]+(?:\.[\w-]+)+)$"
)
_LABEL_WORDS = frozenset(label.lower() for label in (*AUTHOR_LABELS, *EDITOR_LABELS))
_SITE_SUFFIX = re.compile(r"\s[-–—]\s*[\w.]+$")
# An outlet named after a reporter: a web address ("Outlet.com", "news.example.id") or a brand
# written in camel case ("cityNews"); after a label, or as a byline's last segment, also a short
# code in capitals ("XYZ"), which after a bare name in brackets is as likely an acronym ("(FAQ)").
_WEB_OR_BRAND = (
    r"(?i:[a-z\d][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|id|my|co|tv|news|info|sg|ph|in|uk|au))"
    r"|[a-z]+[A-Z]\w*"
)
_CODE = r"[A-Z]{2,6}"
_WEB_OR_BRAND_RE = re.compile(_WEB_OR_BRAND)
_CAPITALS_CODE = re.compile(_CODE)
# The outlet after a comma or in brackets at the end of a byline: "Ani, Outlet.com", "Ani (XYZ)".
_OUTLET_TAIL = re.compile(rf"(?:(?:(?<!\s)\s+)?,\s*|(?<!\s)\s+\(\s*)(?:{_WEB_OR_BRAND})\s*\)?$")
_LABELLED_OUTLET_TAIL = re.compile(
    rf"(?:(?:(?<!\s)\s+)?,\s*|(?<!\s)\s+\(\s*)(?:{_WEB_OR_BRAND}|{_CODE})\s*\)?$"
)
# The letters after a writer's name, two or more codes in capitals each behind a comma: the
# degrees and titles of "By Ann Lee, MD, MPH". (One code alone may be the outlet's, as above.)
_LETTERS_TAIL = re.compile(r"(?:(?:(?<!\s)\s+)?,\s*[A-Z]{2,6}){2,}$")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Abbreviated particles of family names: "John v. Berenberg", "Jan v.d. Berg".
_SHORT_PARTICLES = frozenset({"v.", "v.d."})
# Words left of a date line once its date is cut out: weekday names and "Uhr".
_DATE_WORDS = frozenset(
    (*CLOCK_WORDS, *(name for _, _, names in WEEKDAYS for name in names.split()))
)
_ASCII_DIGIT = re.compile(r"[0-9]")
# A domain's ending inside a name ("Ani.com", "news.co"): a site, not a person.
_DOMAIN_LIKE = re.compile(r"\.\w{2,3}\b")
# An outlet's acronym closing a list of names: the "NDR" of "Ann Lee und Bo Kim, NDR".
_OUTLET_CODE = re.compile(r"^[^\W\d_]{2,6}$")
# A desk or office code beside an agency: the "lno" of "dpa/lno", the "dsw" of "dsw / DPA".
_DESK_CODE = re.compile(r"^[^\W\d_]{2,5}$")
# A credit code after a slash: the "SP-X" of "Peter Maahn/SP-X", the "lno" of "dpa/lno".
_CREDIT_CODE = re.compile(r"^[^\W\d_]{1,5}(?:-[^\W\d_]{1,3})?$")


def _without_letters(value: str, letters: re.Match[str]) -> str:
    """``value`` without the codes :data:`_LETTERS_TAIL` found closing it.

    Unless one of them names an agency: ``Ann Lee, AP, AFP`` credits the agencies.
    """
    codes = letters.group().replace(",", " ").split()
    if any(_one_agency(code) for code in codes):
        return value
    return value[: letters.start()]


def _has_digit(text: str) -> bool:
    """Whether any character of ``text`` is a digit (:meth:`str.isdigit`: superscripts too)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None  # the only ASCII digits are 0-9
    return any(ch.isdigit() for ch in text)


def is_agency(text: str) -> bool:
    """Whether ``text`` names a news agency (``dpa``, ``The Associated Press``, ``dpa/lno``).

    A slash-joined credit counts when one part is an agency and the others are agencies or
    short desk codes in one case (``APA/AP``, ``det/dpa``; not ``Anna/dpa``).

    >>> is_agency("The Associated Press"), is_agency("Anna Muster")
    (True, False)
    """
    name = clean_line(text)
    if "/" in name:
        parts = [part.strip() for part in name.split("/")]
        return any(_one_agency(p) for p in parts) and all(
            _one_agency(p) or _is_desk_code(p) for p in parts
        )
    return _one_agency(name)


def _is_outlet_code(text: str) -> bool:
    return bool(_OUTLET_CODE.match(text)) and text.isupper()


def _is_desk_code(text: str) -> bool:
    return bool(_DESK_CODE.match(text)) and (text.islower() or text.isupper())


def _one_agency(name: str) -> bool:
    return " ".join(_THE.sub("", name).split()).casefold() in NEWS_AGENCIES


def _without_credit(name: str) -> str:
    """``name`` without the agency or desk credit written after a slash.

    ``"Ann Lee/dpa"`` and ``"Peter Maahn / SP-X"`` are Ann Lee and Peter Maahn: a reporter's
    name followed by the agency or the capitalised code of the service that carried the story.
    An agency or desk code before the slash is left alone (``"det/dpa"`` stays a credit), and
    so is a slash between words (``"Play / pause"``).
    """
    if "/" not in name:
        return name
    head, *tails = (part.strip() for part in name.split("/"))
    if not head or not tails:
        return name
    for tail in tails:
        if not ((_CREDIT_CODE.match(tail) and tail.isupper()) or _one_agency(tail)):
            return name
    return name if _one_agency(head) or _is_desk_code(head) else head


def _undoubled(name: str) -> str:
    """``name`` once where a page printed it twice in a row (a mobile and a desktop copy).

    >>> _undoubled("Ann Lee Ann Lee")
    'Ann Lee'
    """
    words = name.split()
    half = len(words) // 2
    if half >= 1 and len(words) == 2 * half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _without_role(name: str) -> str:
    """``name`` without a role written around it.

    A role word after a name goes ("신현주 기자" is 신현주), and so does the rest of a byline box
    that runs on from a name of two words or more into the writer's role or a button ("Christoph
    Hein Chefredakteur", "Ann Lee Follow"); a job title before a name of two words goes too
    ("Rechtsanwalt Sebastian Einbock"), and so does a Chinese or Japanese role word before a name
    ("編集委員　中沢克二").
    """
    words = _undoubled(_without_credit(name)).split()
    if len(words) < 2:
        return " ".join(words)  # (a word alone has no role around it: the rules below keep it)
    if words[-1] in NAME_ROLE_SUFFIXES:
        return " ".join(words[:-1])
    if len(words) == 2 and not words[0].isascii() and words[0].endswith(NAME_ROLE_ENDINGS):
        return words[1]  # "編集委員　中沢克二": the role before a Chinese or Japanese name
    folded = [word.casefold().strip(".,:") for word in words]
    cut = next((i for i in range(2, len(words)) if folded[i] in NAME_ROLE_WORDS), None)
    if cut is not None:
        words = words[:cut]
    if len(words) > 2 and folded[0] in NAME_TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def is_date_words(text: str) -> bool:
    """Whether ``text`` is nothing but words a date line leaves: weekday names, ``"Uhr"``.

    ``"Donnerstag"``, left in a byline box once its date is cut out, names nobody.
    """
    words = text.split()
    for word in words:  # (a loop: most texts are one word, and no list or generator is made)
        if word.strip(".,").casefold() not in _DATE_WORDS:
            return False
    return bool(words)


#: The longest text, cleaned, that :func:`is_person_name` reads as a name.
MAX_NAME_CHARS = 60


def _particle_joined(word: str) -> bool:
    """Whether ``word`` is a family name joined to its lower-case particle: ``al-Rashid``."""
    particle, _, rest = word.partition("-")
    return particle in NAME_PARTICLES and rest[:1].isupper()


def _is_name_word(word: str) -> bool:
    r"""Whether ``word`` is letters (with apostrophes, dots, hyphens), its script's marks allowed.

    Scripts such as Devanagari and Thai write vowels with combining marks (Unicode categories
    ``Mn`` and ``Mc``: ``रवि``, ``สมชาย``), which are no ``\w``. Such a word is matched with its
    marks left out; a mark still cannot open a word.
    """
    if _NAME_WORD.match(word):
        return True
    if word.isascii() or unicodedata.category(word[0]).startswith("M"):
        return False
    letters = "".join(char for char in word if not unicodedata.category(char).startswith("M"))
    return _NAME_WORD.match(letters) is not None


def _has_combining_mark(text: str) -> bool:
    """Whether ``text`` holds a combining mark (Unicode categories ``Mn``, ``Mc``, ``Me``)."""
    return any(unicodedata.category(char).startswith("M") for char in text)


def is_person_name(text: str, *, strict: bool = True) -> bool:
    """Whether ``text`` reads as the name of a person (one to six words, letters, not a role or outlet).

    Single-word names are accepted (many Indonesian writers have one name). Site names, agencies,
    job titles, dates, addresses and handles are not.

    Args:
        text: The candidate name.
        strict: Require a capital letter and reject a short all-capitals word (an acronym such as
            ``MDN``). Pass ``False`` where a label already says the text is a name
            (``Pewarta: prwir``).
    """
    name = clean_line(text)
    if strict and name.isalpha() and len(name) <= MAX_NAME_CHARS:
        # One word of letters ("Binsar"), the usual bare byline: no letter is a digit, "@", "/"
        # or ".", and a letter opens a name's word, so the tests below come down to these.
        lower = name.lower()
        return (
            "http" not in lower
            and lower not in NOT_A_PERSON
            and lower not in _LABEL_WORDS
            and lower not in NAME_PARTICLES
            and (name[0].isupper() or name[0] == name[0].upper())
            and not (name.isupper() and len(name) <= 4)
        )
    if not name or len(name) > MAX_NAME_CHARS or _has_digit(name):
        return False
    lower = name.lower()
    if "@" in name or "/" in name or "http" in lower or ("." in name and _DOMAIN_LIKE.search(name)):
        return False
    words = name.split()
    if len(words) > 6 or not (
        all(map(_NAME_WORD.match, words)) or (not name.isascii() and all(map(_is_name_word, words)))
    ):
        return False
    if lower in NOT_A_PERSON or not NOT_A_PERSON.isdisjoint(
        [word.lower().strip(".") for word in words]
    ):
        return False
    if lower in _LABEL_WORDS:
        return False  # a label left alone ("Von", "Oleh") names nobody
    # Every word of a name is capitalised (or written in a script without case), but for the
    # particles of surnames ("van", "bin", "de la").
    capitalised = [
        word[0].isupper()
        or word[0] == word[0].upper()
        or word.lower() in NAME_PARTICLES
        or word.lower() in _SHORT_PARTICLES
        or _particle_joined(word)
        for word in words
    ]
    if not strict:
        # A pseudonym may be all lower case ("prwir"); a phrase that mixes the two, such as
        # "Projektleiterin der HSS in Tunesien", is not a name.
        return all(capitalised) or not any(word[0].isupper() for word in words)
    if len(words) == 1 and name.isupper() and len(name) <= 4:
        return False
    return all(capitalised) and not all(word.lower() in NAME_PARTICLES for word in words)


#: The most words a writer's job title on a line of its own has (:func:`is_job_title`).
MAX_JOB_TITLE_WORDS = 7
_MAX_JOB_TITLE_CHARS = 80
# A job title's words: letters, with an ampersand or hyphens ("Editor-in-Chief", "Arts & Culture").
_JOB_TITLE = re.compile(r"[^\W\d_][\w'’&-]*(?: (?:&|[^\W\d_][\w'’&-]*))*")


def is_job_title(line: str) -> bool:
    """Whether ``line`` is a writer's job title alone, as a byline box prints it under the name.

    A few words of letters, the first capitalised, ending in a word such as ``reporter`` or
    ``correspondent``, with no sentence's end: ``Senior Reporter``, ``Technology reporter``,
    ``Example Times social affairs correspondent``.

    >>> is_job_title("Technology reporter"), is_job_title("Arts & Culture Editor")
    (True, True)
    >>> is_job_title("She met the reporter.")
    False
    """
    if len(line) > _MAX_JOB_TITLE_CHARS:
        return False
    words = line.split()
    return (
        0 < len(words) <= MAX_JOB_TITLE_WORDS
        and words[-1].casefold() in JOB_TITLE_ENDS
        and line[0].isupper()
        and _JOB_TITLE.fullmatch(line) is not None
    )


# The small words a Title Case affiliation holds in lower case ("University of Example").
_AFFILIATION_SMALL = frozenset(("of", "for", "and", "the", "in", "at", "on", "&", "de", "du"))


def _is_affiliation(segment: str) -> bool:
    """Whether every word of ``segment`` is capitalised, but for small linking words."""
    words = segment.split()
    return bool(words) and all(word[0].isupper() or word in _AFFILIATION_SMALL for word in words)


def affiliated_names(line: str) -> tuple[str, ...]:
    """The writers of a byline that follows each name with its affiliation, else ``()``.

    ``Jane Doe, University of Example and John Roe, Example Institute``: each name opens the line
    or follows the ``and`` that closes the affiliation before it; every other part, split at
    commas, is in Title Case (a role, ``Research Director``, may stand before the institution),
    and one names an institution (:data:`AFFILIATION_WORDS`).

    >>> affiliated_names("Jane Doe, University of Example and John Roe, Example Institute")
    ('Jane Doe', 'John Roe')
    >>> affiliated_names("Jane Doe, the mayor, said the school would close")
    ()
    """
    first = line.find(", ")
    # (The first name is tested before the line is split: most lines fail there.)
    if (
        not 0 < first <= MAX_NAME_CHARS
        or " " not in line[:first]
        or len(line) > _MAX_AFFILIATED_CHARS
        or line[-1:] in ".!?:"
        or not is_person_name(line[:first])
    ):
        return ()
    segments = line.split(", ")
    names = [segments[0]]
    institution = False
    for segment in segments[1:]:
        affiliation = segment
        if " and " in segment:
            left, right = segment.rsplit(" and ", 1)
            if " " in right and is_person_name(right):
                names.append(right)
                affiliation = left
        if not _is_affiliation(affiliation) or _has_digit(affiliation):
            return ()
        institution = institution or any(
            word.casefold() in AFFILIATION_WORDS for word in affiliation.split()
        )
    return tuple(names) if institution else ()


#: The longest line :func:`affiliated_names` reads.
_MAX_AFFILIATED_CHARS = 400


def split_authors(
    text: str, *, strict: bool = True, agencies: bool = False, limit: int | None = None
) -> tuple[str, ...]:
    """Split a byline value into author names, dropping labels and anything that is not a person.

    Args:
        text: The byline value.
        strict: As for :func:`is_person_name`.
        agencies: Keep news agencies (``dpa``, ``Reuters``) as authors too, as written.
        limit: Read only the first ``limit`` parts of the value (the pieces between its
            commas and conjunctions); ``None``: all of them.

    >>> split_authors("By Jane Doe and John Roe")
    ('Jane Doe', 'John Roe')
    >>> split_authors("Kontributor Lhokseumawe, Masriadi")
    ('Masriadi',)
    >>> split_authors("Anna Muster, dpa", agencies=True)
    ('Anna Muster', 'dpa')
    """
    value = _without_marks(clean_line(text))
    value = _AUTHOR_LABEL.sub("", value, count=1)
    if " for " in value or " For " in value:
        # Only after a full name ("Jane Doe for The Times"), not a role ("Special for USA TODAY").
        cut = _FOR_OUTLET.sub("", value, count=1)
        if cut != value and len(_CONJUNCTION.split(cut)[-1].split()) >= 2:
            value = cut
    names: list[str] = []
    parts = _CONJUNCTION.split(value)
    for part in parts if limit is None else parts[:limit]:
        name = _TRAILING.sub("", part).strip(" .,:;-–—\"'“”")
        if agencies and is_agency(name):
            name = " ".join(name.split())
        else:
            name = _without_role(name)
            if not is_person_name(name, strict=strict):
                continue
        names.append(name)
    # Each name once, in order, by a dict at the end: a value of thousands of names searched
    # the list of those kept for each one, the square of their number (most values give one).
    return tuple(dict.fromkeys(names)) if len(names) > 1 else tuple(names)


#: The direction marks that text keeps (left-to-right, right-to-left, Arabic letter mark), and
#: the other invisible characters it keeps (:data:`INVISIBLE_FORMAT_CHARS`).
_DIRECTION_MARKS = re.compile(f"[\u200e\u200f\u061c{INVISIBLE_FORMAT_CHARS}]")
_INVISIBLE_FORMAT = re.compile(f"[{INVISIBLE_FORMAT_CHARS}]")


def _without_marks(line: str) -> str:
    """``line`` (cleaned) without direction marks and invisible characters, which no name holds.

    Right-to-left pages put marks round names and labels, and a byline or an author's name with
    one beside it named nobody (fuzz47); so did a name with a Mongolian vowel separator or an
    invisible operator in it, pasted as a zero-width space is (fuzz48). A mark reads as a
    space (it stands between right-to-left words), the others as nothing.
    """
    if line.isascii() or _DIRECTION_MARKS.search(line) is None:
        return line
    return " ".join(_DIRECTION_MARKS.sub(" ", _INVISIBLE_FORMAT.sub("", line)).split())


def parse_byline(line: str, *, bare: bool = False, agencies: bool = False) -> Byline | None:
    """Read a byline line, or return ``None`` if ``line`` is not one.

    Args:
        line: One line of text.
        bare: Also accept a line of names with no label (``"Binsar"``). Only sensible where the
            line's position says it is a byline, such as under a dump's title.
        agencies: Keep news agencies named as authors (``Von dpa``), as :func:`split_authors`.

    >>> parse_byline("Reporter: Ani | Editor: Budi")
    Byline(authors=('Ani',), editors=('Budi',))
    >>> parse_byline("Oleh Desca Lidya Natalia")
    Byline(authors=('Desca Lidya Natalia',), editors=())
    """
    if (
        bare
        and not agencies
        and line.isalpha()
        and line.isascii()
        and len(line) <= 200
        and line[:2] not in _AUTHOR_HEADS
    ):
        # One word of ASCII letters (``Binsar``), the usual bare byline, read as the loop below
        # reads it without its steps: clean already, one segment, no editor's or source's
        # label, no outlet after a name, and its one name (see _bare_names), which
        # _without_role gives back as it is (no slash, no role around a word alone).
        if line.isupper() or line.casefold() in _DATE_WORDS:
            return None  # (capitals are a site code; a weekday names nobody: is_date_words)
        return Byline(authors=(line,), editors=()) if is_person_name(line) else None
    text = _without_marks(clean_line(line))
    if not text or len(text) > 200:
        return None
    if text[-1] == "'" and text[-2:-1].isalnum() and text.count("'") == 1:
        text = text[:-1]  # (a quote left at the line's end with none to open it: a scraper's)
    authors: list[str] = []
    editors: list[str] = []
    recognised = False
    # A cleaned line holds no run of spaces but across a line break: without a line break or a
    # bar or bullet, the line is one segment.
    segments = (
        _SEGMENT_SPLIT.split(text)
        if "|" in text or "•" in text or "·" in text or "\n" in text
        else [text]
    )
    if text.count(":") + text.count("：") > 1:
        segments = [part for segment in segments for part in _NEXT_FIELD.split(segment)]
    for number, segment in enumerate(segments, 1):
        if not segment or is_date_words(segment):
            continue  # "Do Uhr" left of a date cut from "Do 25.04.24 | 14:07 Uhr" names nobody
        # (A label read in a word of letters is the whole word, with nothing after it: skipped.)
        editor = None if segment.isalpha() else _EDITOR_LABEL.match(segment)
        if editor is not None and (editor.group("colon") or segment[editor.end() :]):
            names = split_authors(segment[editor.end() :], strict=not editor.group("colon"))
            if editor.group("colon") or names:
                editors.extend(names)
                recognised = True
                continue
        if (":" in segment or "：" in segment) and _SOURCE_LABEL.match(segment):
            recognised = True
            continue
        if authors and number == len(segments) and _is_outlet_segment(segment, len(segments)):
            recognised = True  # "Ani | Outlet.com": the reporter's outlet, no author
            continue
        label = (
            _AUTHOR_LABEL.match(segment)
            if segment[:2] in _AUTHOR_HEADS or not segment.isascii()
            else None  # (a match costs several times the lookup)
        )
        if label is not None:
            rest = segment[label.end() :]
            if rest[-1:].isupper() and (letters := _LETTERS_TAIL.search(rest)) is not None:
                rest = _without_letters(rest, letters)
            rest = _without_outlet_desk(_LABELLED_OUTLET_TAIL.sub("", rest))
            names = split_authors(rest, strict=not label.group("colon"), agencies=agencies)
            # Without a colon the label word might just start a sentence: every part must be a name.
            if label.group("colon") or (names and _all_names(rest, agencies=agencies)):
                authors.extend(names)
                recognised = True
                continue
            return None
        # A bare "Name / AGENCY" is as likely a photo credit as a byline; a label settles it.
        if bare and "/" not in segment and not segment.isupper():
            # (The outlet's tail opens with a comma or a bracket.)
            outletless = (
                _without_outlet_desk(_OUTLET_TAIL.sub("", segment))
                if "," in segment or "(" in segment
                else segment
            )
            bare_names = _bare_names(outletless, agencies=agencies)
            if bare_names is not None:
                authors.extend(bare_names)
                recognised = True
                continue
        return None
    if not recognised or not (authors or editors):
        return None
    return Byline(authors=_unique(authors), editors=_unique(editors))


def may_name_editor(line: str) -> bool:
    """Whether :func:`parse_byline` may find an editor in ``line``; ``False`` only when it cannot.

    An editor is named only after an editor label (``Editor:``, ``Redaktur``) opening a segment
    of the cleaned line. Cleaning an ASCII line only folds its spaces, so one that holds no word
    of any label (in any case) names no editor: told by substring tests, where
    reading the byline costs tens of thousands of instructions. Any other line may.
    """
    if not line.isascii():
        return True
    lowered = line.lower()
    for word in _EDITOR_WORDS:  # noqa: SIM110 - a loop costs less than any() over a generator
        if word in lowered:
            return True
    return False


def _is_outlet_segment(segment: str, segments: int) -> bool:
    """Whether a byline's last segment names the outlet.

    A web address or a brand, or a short code in capitals after the one segment of names
    (``Ani | MDN``, not ``Impressum | Datenschutz | AGB``).
    """
    if _WEB_OR_BRAND_RE.fullmatch(segment):
        return True
    return segments == 2 and (
        _CAPITALS_CODE.fullmatch(segment) is not None or _is_outlet_desk(segment)
    )


#: The words of an outlet's desk after a byline's names: at least two, at most this many.
_DESK_WORDS = 4
#: An outlet's code in capitals opening its desk's name (``KNN Business``): three letters or
#: more (a name may open with two initials in capitals: ``TB Hasanuddin``).
_DESK_CODE_OPENING = re.compile(r"[A-Z]{3,6}")


def _is_outlet_desk(part: str) -> bool:
    """Whether a byline's last part names an outlet's desk or edition, not a writer.

    A few capitalised words, the outlet's name then a section's (``KNN Business``, ``Harbour
    Sports``: the last word a word of :data:`SECTION_WORDS`), or the outlet's code in capitals
    then its edition or section (``KNN Indonesia``, ``KBC News Indonesia``). A name holds
    neither a section's word last nor a word of three capitals or more first.
    """
    words = part.split()
    if not 2 <= len(words) <= _DESK_WORDS or not all(word[:1].isupper() for word in words):
        return False
    if words[-1].lower() in SECTION_WORDS:
        return True
    return _DESK_CODE_OPENING.fullmatch(words[0]) is not None and not words[-1].isupper()


def _without_outlet_desk(value: str) -> str:
    """``value`` (names and more after a comma) without an outlet's desk closing it.

    ``Jane Doe, KNN Business``: the outlet and its section (see :func:`_is_outlet_desk`) name
    nobody; ``Jane Doe, Ann Lee`` stays.
    """
    head, _, tail = value.rpartition(",")  # (no comma: no head, the value is given back)
    return head.rstrip() if head.strip() and _is_outlet_desk(tail.strip()) else value


#: Marks a bare name never opens with: a line opening with one goes on with a sentence.
_SENTENCE_MARKS = ".,;:"


def _bare_names(segment: str, *, agencies: bool) -> tuple[str, ...] | None:
    """The names of a byline segment without a label, or ``None`` when not every part is a name.

    A segment of one word of letters (``"Binsar"``), the usual bare byline, is one part for both
    :func:`_all_names` and :func:`split_authors`, which then clean nothing off it (no space, no
    punctuation, and no author label, as the caller has checked): both test the same name, once.
    """
    if segment[:1] in _SENTENCE_MARKS:
        return None  # the rest of a sentence broken at a link (". Or"), not a name
    if not agencies and segment.isalpha():
        # (No combining mark is a letter: such a word is told by the test below.)
        name = _without_role(segment)
        return (name,) if is_person_name(name) else None
    if not _all_names(segment, agencies=agencies):
        return None
    if not segment.isascii() and _has_combining_mark(segment):
        # A script that writes its vowels with marks (Devanagari, Thai) has no letter case: a
        # bare line of it has no name's shape (a dateline, a section, "a few moments ago"), so
        # only a label (``By``, ``Oleh``) makes its words a name. (Tested last: only a segment
        # read as names is looked at character by character.)
        return None
    return split_authors(segment, agencies=agencies)


def _is_outlet_name(text: str) -> bool:
    """Whether ``text`` is an outlet's or a desk's name (``Warta Contoh``, ``Staff Writer``).

    Capitalised words, one of them a word of :data:`NOT_A_PERSON`.
    """
    words = text.split()
    return (
        len(words) <= _MAX_OUTLET_WORDS
        and all(word[:1].isupper() for word in words)
        and not NOT_A_PERSON.isdisjoint(word.lower() for word in words)
    )


def _all_names(text: str, *, agencies: bool = False) -> bool:
    """Whether every part of ``text`` is a name.

    An outlet's short acronym after the names ("Von Ann Lee und Bo Kim, NDR") does not count
    against them, nor does an outlet's or a desk's name (a word of :data:`NOT_A_PERSON`) after
    them ("Oleh Ahmad Zaki, Warta Contoh", "By Jane Doe, Staff Writer").
    """
    value = _SITE_SUFFIX.sub("", clean_line(text))
    parts = [p.strip(" .") for p in _CONJUNCTION.split(value) if p.strip(" .")]
    names = [
        is_person_name(_without_role(part)) or (agencies and is_agency(part)) for part in parts
    ]
    # (Each such part from the end: a role, then the outlet, ``Jane Doe, Staff Writer, The
    # Example Times``.)
    while (
        len(names) > 1
        and not names[-1]
        and (_is_outlet_code(parts[len(names) - 1]) or _is_outlet_name(parts[len(names) - 1]))
    ):
        names.pop()
    return bool(names) and all(names)


def _unique(names: list[str]) -> tuple[str, ...]:
    if len(names) < 2:
        return tuple(names)  # (most bylines name one writer, and no editor)
    return tuple(dict.fromkeys(names))
