"""Photo captions: split the credit from the caption text.

Credits come in a handful of shapes, the same in HTML and in text dumps:

* a trailing bracket: ``... Rabu (13/9) [ist]``, ``... (ANTARA/Fulan)``, ``... (Foto: Fulan/Outlet)``;
* a trailing label: ``... at the station. Photo: Reuters``, ``... © Getty Images``;
* a leading label: ``Foto: ANTARA/Fulan``;
* a leading capitalised credit with a slash: ``KOMPAS.COM/MASRIADI Penyidik Polres ...``;
* East Asian forms: ``…（潟沼義樹撮影）`` (photographed by), ``…＝ＡＰ``, ``…（Ｃ）共同通信社``.

Brackets that hold anything else (a date ``(13/9)``, an age ``(37)``, a gloss) stay in the text.
A text already known to be a caption (read from caption markup) may also end in a credit set off
by a spaced slash or bar (``... in Palma / Lorenzo Marina``): :func:`split_credit` takes that
shape only when asked to (``known_caption=True``), since in a text dump it would turn ordinary
lines into captions. :func:`clean_credit` tidies a credit read from an element of its own.
"""

from __future__ import annotations

import re
import unicodedata

from newsparse._normalize.phrases import (
    CREDIT_LABELS,
    CREDIT_PLATFORMS,
    CREDIT_WORDS,
    NAME_ROLE_SUFFIXES,
    phrase_alternation,
)
from newsparse._normalize.whitespace import clean_line

__all__ = [
    "clean_credit",
    "has_credit_label",
    "is_name_list",
    "looks_like_credit",
    "split_bracketed_source",
    "split_credit",
]

_LABELS = phrase_alternation(CREDIT_LABELS)
_LABEL_PREFIX = re.compile(rf"^(?:{_LABELS})\s*(?:[:：=]|by\b|/)\s*", re.I)
_LEADING_LABEL = re.compile(rf"^(?:{_LABELS})\s*[:：]\s*", re.I)
_TRAILING_BRACKET = re.compile(
    r"(?<!\s)\s*(?:\[(?P<square>[^\[\]]{1,80})\]|\((?P<round>[^()]{1,80})\)|"
    r"（(?P<wide>[^（）]{1,40})）)\s*\.?$"
)
# "撮影" closes a Japanese credit: "（潟沼義樹撮影）" is "photographed by 潟沼義樹".
_PHOTOGRAPHED = "撮影"
# A Japanese caption ends "＝ＡＰ" or "＝共同" for its source; "＝13日" (a date) is not one.
_EQUALS_CREDIT = re.compile(r"(?<!\s)\s*[＝=](?P<credit>[^＝=\s\d０-９]{1,20})$")
# A credit set off by a spaced slash or bar: "... in Palma / Lorenzo Marina".
_SEPARATED_TAIL = re.compile(r"(?<!\s)\s+[/|]\s+")  # the lookbehind: a run of spaces is tried once
# A label in front of a credit set in an element of its own: "© ", "Foto: ", "Photo by ",
# "CreditCredit" (screen-reader labels run together, told by the capital after them: case counts
# there, or "Credits: X" would lose "Credit" and keep "s: X").
_CREDIT_ELEMENT_LABEL = re.compile(
    rf"^\s*(?:©|\(c\)|（[cCｃＣ]）|copyright\b\s*:?|(?:credits?)+(?-i:(?=[A-Z]))(?!s(?![a-z]))|by\s|"
    rf"(?:{_LABELS})\s*(?:[:：=]|by\b))\s*",
    re.I,
)
_RIGHTS_RESERVED = re.compile(
    r"(?<!\s)\s*(?:/\s*)?(?:copyright\s*)?(?:©\s*)?(?:\d{4}\s+)?[^/]{0,200}\ball rights reserved\.?$",
    re.I,
)
# What every match of ``_RIGHTS_RESERVED`` ends with, and how far from the text's end it starts
# at most (a full stop, and a line break that ``$`` may stand before): a text without it there is
# not searched, as the search tried up to 200 characters at each character of a long credit.
_RIGHTS_TAIL = re.compile(r"\ball rights reserved\.?$", re.I)
_RIGHTS_TAIL_REACH = len("all rights reserved.") + 1
_TRAILING_LABEL = re.compile(
    rf"(?:^|(?<=[.!?)\]”\"',;])\s+|(?<!\s)\s+[-–—|]\s+)(?P<label>{_LABELS}|©|\(c\))(?!\w)\s*[:：]?\s*"
    r"(?P<credit>[^.!?]{2,80})$",
    re.I,
)
# The last resort: a "Label: credit" closing the caption in any other shape, straight after a word
# ("... Erfolg Foto: Editpress/Name"), with a closing full stop ("Foto: Miles Lilley."), or long
# ("Foto: picture alliance / SZ Photo | Name"). The colon is required, so a label word in running
# text is not taken for one.
_LABELLED_CREDIT = re.compile(
    rf"(?<![\s(\[])[\s(\[]*\b(?:{_LABELS})\s*[:：]\s*(?P<credit>[^()\[\]:：]{{2,120}}?)[)\]]?\s*\.?\s*$",
    re.I,
)
_COPYRIGHT = re.compile(
    r"(?<!\s)\s*(?:©|\(c\)|（[cCｃＣ]）|copyright)\s*(?P<credit>[^©]{2,80})$", re.I
)
_LEADING_CREDIT = re.compile(
    r"^(?P<credit>[A-Z0-9][A-Za-z0-9.&-]*(?:\s[A-Z0-9.&-]+)*/[A-Z][A-Z .'-]*[A-Z])\s+(?=[A-Z][a-z])"
)
_TRAILING_AGENCY = re.compile(
    r"(?<=[.!?])\s+(?P<credit>(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(CREDIT_WORDS, key=len, reverse=True)
        if " " in w or len(w) > 3 or not w.isascii()
    )
    + r"))\.?$",
    re.I,
)
# A credit glued to the caption's last sentence by a slash, an outlet and a name after it
# (``... Kamis (14/9/2023)./Kabar.com/Ani Lestari``), matched from the slash.
_GLUED_CREDIT = re.compile(r"\s?/(?P<credit>[^/\s][^/]{0,40}/[A-Z][^/]{1,40})$")
#: What stands before such a slash: a sentence's end (and a space, perhaps).
_GLUED_OPENINGS = ("./", ". /", "!/", "?/", ")/")
# A credit in an agency's capitals after the caption's last sentence, the editors' initials
# closing it (``... (14/9/2023). KABAR FOTO/Ani Lestari/abc.``), and how such a caption ends.
_INITIALLED_CREDIT = re.compile(
    r"(?<=[.!?)\"”’])\s(?P<credit>[A-Z][A-Z0-9.&-]*(?: [A-Z][A-Z0-9.&-]*){0,3}"
    r"/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:/[a-z]{2,5}){1,3})\.?$"
)
#: How far from a caption's end such a credit starts at most: a space, a slash and two parts of
#: 40 characters, or four words of capitals, four of a name and three sets of initials; and
#: where the slash before a name, or before the initials, stands at the furthest.
_GLUED_REACH = 90
_GLUED_NAME_REACH = 42
_INITIALS_REACH = 7
# Credits that open a caption known to be one: an account ("Twitter @Persib Samsul Arif ...") or
# "Dok." glued to a capitalised source ("Dok.Saleh Husin Menperin bersama ..."), whose last
# capitalised word already opens the caption.
_LEADING_ACCOUNT = re.compile(
    r"^(?P<credit>(?i:" + phrase_alternation(CREDIT_PLATFORMS) + r")\s*@[\w.]+)\s+(?=\S)"
)
_LEADING_DOK = re.compile(
    r"^(?P<label>(?i:dok(?:umentasi)?)\.\s*)(?P<run>(?:[A-Z][\w.&-]*\s+){2,})"
)
# A Korean caption closes with the photographer and a role word: "... 있다. 고영권 기자".
_TRAILING_REPORTER = re.compile(
    r"(?<=[.!?다])\s+(?P<credit>[가-힣]{2,4})\s+(?:"
    + phrase_alternation(NAME_ROLE_SUFFIXES)
    + r")$"
)
# No caption is this long; a longer text is running text, where no credit is looked for.
_MAX_CAPTION_CHARS = 5000
#: The longest match of ``_TRAILING_AGENCY`` in single-spaced text: a space, the longest credit
#: word and a full stop.
_AGENCY_REACH = 2 + max(map(len, CREDIT_WORDS))
#: Endings no ``_TRAILING_AGENCY`` match has: no credit word holds a closing bracket.
_BRACKET_ENDS = (")", "]", "）", ").", "].", "）.")
# A credit is a few words; a longer tail after a separator is the caption's own text.
_MAX_CREDIT_CHARS = 300
_LABEL_WORDS = frozenset(label.lower() for label in CREDIT_LABELS)
#: The credit labels without their dots, a word opening a credit is looked up in (built once).
_LABEL_STEMS = frozenset(label.strip(".") for label in CREDIT_LABELS)
#: What ends the first word of a credit (``Dok.IGI``, ``Foto Budi``).
_FIRST_WORD_END = re.compile(r"[\s.:]")
#: A label that names no one on its own ("(Symbolfoto)" says what the picture is).
_BARE_LABEL_WORDS = _LABEL_WORDS - CREDIT_WORDS
_INITIALS = re.compile(r"^[a-z]{1,5}$")
#: What a page prints in square brackets for an e-mail address it hides from address harvesters
#: ("He can be reached at [email protected]"): no one's credit.
_MASKED_ADDRESS = "email protected"
_DATE_LIKE = re.compile(r"^[\d\s/.,-]+$")


def looks_like_credit(text: str) -> bool:
    """Whether ``text`` (the inside of a bracket, or what follows a label) reads as a photo credit."""
    if text.isascii() and _DATE_LIKE.match(text) is not None:
        # ("13/9": an ASCII date stays one, or empty, once cleaned and normalised.)
        return False
    value = unicodedata.normalize("NFKC", clean_line(text)).strip(" .")
    if not value or _DATE_LIKE.match(value) or len(value.split()) > 8:
        return False
    if "撮影" in value and _photographed(value) is not None:  # (memchr speed first)
        return True
    lowered = value.lower()
    if lowered in CREDIT_WORDS or _label_prefix(value):
        return True
    # "ANTARA/Fulan", "REUTERS/Jane Doe", "AP Photo/John Roe", "Kompas.com/Nabilla": an outlet and a name.
    if "/" in value:
        outlet, _, person = (part.strip() for part in value.partition("/"))
        if _INITIALS.match(outlet) and _INITIALS.match(person):
            return False  # editors' initials signing off a story: "(ant/rd)"
        return bool(outlet) and bool(person) and not any(c.isdigit() for c in value)
    # "Dok.IGI", "Foto Budi": a credit word or label opening the text.
    first = _FIRST_WORD_END.split(lowered, maxsplit=1)[0]
    return first in CREDIT_WORDS or first in _LABEL_STEMS


def is_name_list(text: str) -> bool:
    """Whether ``text`` is a few capitalised words, as a credit naming people or an outlet is."""
    words = [word for word in clean_line(text).split() if word[:1].isalpha()]
    if not words or len(words) > 5 or text.rstrip()[-1:] in ".!?":
        return False
    return all(word[0].isupper() for word in words)


def _label_prefix(value: str) -> re.Match[str] | None:
    """``_LABEL_PREFIX.match(value)``, tried only where it can match.

    After its label the prefix holds a colon, an equals sign, a slash or ``by`` (a ``y`` either
    way round: no other character matches one ignoring case), so a value holding none of them
    (most credits: ``ist``, ``Reuters``) is not tried against the many labels.
    """
    if (
        ":" in value
        or "/" in value
        or "y" in value
        or "Y" in value
        or "=" in value
        or "：" in value
    ):
        return _LABEL_PREFIX.match(value)
    return None


def _strip_label(credit: str) -> str:
    value = clean_line(credit)
    label = _label_prefix(value)
    if label is not None:
        # (Without a label the value is clean already: clean_line gives a clean line back.)
        value = clean_line(value[label.end() :])
    value = value.strip(" .")
    # (A credit closing in "撮影" holds it: one memchr-speed test rules most out.)
    photographed = _photographed(value) if "撮影" in value else None
    if photographed is None:
        return value
    start, end = photographed
    return value[:start] + value[end:] or value


def _photographed(value: str) -> tuple[int, int] | None:
    r"""Where ``\s*撮影$`` matches in ``value`` (the closing "撮影" and the spaces before it).

    Read from the value's end, as that search could start at each space of a long run before
    it (a credit element's text keeps its line breaks) and read to the run's end each time.
    """
    end = len(value) - 1 if value[-1:] == "\n" else len(value)  # ($ stands before a last \n)
    if not value.endswith(_PHOTOGRAPHED, 0, end):
        return None
    return len(value[: end - len(_PHOTOGRAPHED)].rstrip()), end


def has_credit_label(text: str) -> bool:
    """Whether ``text`` opens with the label of a credit (``Foto:``, ``©``, ``Photo by``).

    >>> has_credit_label("Foto: Anna Muster"), has_credit_label("Fotos aus dem Archiv")
    (True, False)
    """
    return _CREDIT_ELEMENT_LABEL.match(text) is not None


def clean_credit(text: str) -> str | None:
    """Tidy a photo credit read from an element of its own.

    Drops the brackets around it, its labels (``Foto:``, ``©``, ``Photo by``, ``Bild:``), a
    closing ``All rights reserved``, and a repeat of the same credit after a bar.

    Returns:
        The credit, or ``None`` when nothing is left.

    >>> clean_credit("(Bild: Hersteller)")
    'Hersteller'
    >>> clean_credit("© Anett Seidler | Anett Seidler")
    'Anett Seidler'
    """
    # (A credit is one line: line breaks in its element's text, as in any markup, are spaces.)
    value = clean_line(text.replace("\n", " ") if "\n" in text else text)
    for _ in range(3):
        before = value
        value = value.strip(" .,;:|/-–—")
        if value[:1] + value[-1:] in {"()", "[]", "（）"}:
            value = value[1:-1].strip()
        value = _CREDIT_ELEMENT_LABEL.sub("", value)
        if value == before:
            break
    # (ASCII text without the words has nothing to remove: told by one substring test, where
    # sre tries the pattern at every place of the text.)
    if (value.isascii() and "all rights reserved" not in value.lower()) or _RIGHTS_TAIL.search(
        value, max(0, len(value) - _RIGHTS_TAIL_REACH)
    ) is None:
        without_rights = value.strip(" /|")
    else:
        without_rights = _RIGHTS_RESERVED.sub("", value).strip(" /|")
    value = without_rights or value
    parts = [part.strip() for part in value.split(" | ")]
    if len(parts) > 1 and len({part.casefold() for part in parts}) == 1:
        value = parts[0]
    value = _strip_label(value) if "撮影" in value and _photographed(value) is not None else value
    return value.strip(" .,;|/-–—") or None


def _separated_credit(caption: str) -> tuple[str, str] | None:
    """Split ``"Text / Credit"`` or ``"Text | Credit"`` at the first separator whose tail is one.

    Only a tail of at most :data:`_MAX_CREDIT_CHARS` can be a credit, so each separator costs a
    bounded amount of work however many a caption holds (``( / / / ...``).
    """
    for found in _SEPARATED_TAIL.finditer(caption):
        if len(caption) - found.end() > _MAX_CREDIT_CHARS:
            continue
        head, tail = caption[: found.start()], caption[found.end() :].strip()
        if len(head.split(maxsplit=2)) < 2 or not tail:
            continue
        if looks_like_credit(tail) or (is_name_list(tail) and len(tail.split()) <= 4):
            return head.rstrip(" ,;"), _strip_label(tail)
    return None


#: The opening bracket of each closing one ``_TRAILING_BRACKET`` reads.
_OPENERS = {")": "(", "]": "[", "）": "（"}


def _bracket_reach(caption: str, closer: str) -> int:
    """Where the search for the bracket closing ``caption`` (with ``closer``) starts.

    What a bracket holds never holds a bracket of its kind, so the match opens at the last
    opening bracket of that kind, or at the space before it on a line :func:`clean_line` gave
    (one space at most); a caption of several lines is searched from its start.
    """
    if "\n" in caption:
        return 0
    return max(0, caption.rfind(_OPENERS[closer]) - 1)


#: How far before its colon a credit label starts at most: the longest label and a space.
_LABEL_REACH = 1 + max(map(len, CREDIT_LABELS))
#: The longest match of ``_TRAILING_LABEL`` on a line :func:`clean_line` gave: a separator
#: (`` - ``), a label, `` : `` and a credit of 80 characters (one more, to spare).
_TRAILING_LABEL_REACH = 3 + _LABEL_REACH + 3 + 80
#: How far after its colon a labelled credit closing a caption ends at most: a space, the
#: credit, a closing bracket, a space, a full stop and a space.
_LABELLED_TAIL = 1 + 120 + 1 + 1 + 1 + 1


def _labelled_credit(caption: str) -> re.Match[str] | None:
    """``_LABELLED_CREDIT`` searched only where it can match.

    Neither the credit nor what may follow it holds a colon, so the label's colon is the last
    one; on a line :func:`clean_line` gave (single spaces), the label starts a few characters
    before it, after a run of spaces and brackets at most, and the line ends a bounded way after
    it. A caption of several lines is searched whole.
    """
    colon = max(caption.rfind(":"), caption.rfind("："))
    if colon < 0:
        return None
    if "\n" in caption:
        return _LABELLED_CREDIT.search(caption)
    if len(caption) - colon - 1 > _LABELLED_TAIL:
        return None
    start = max(0, colon - _LABEL_REACH)
    while start and caption[start - 1] in " ([":
        start -= 1
    return _LABELLED_CREDIT.search(caption, start)


def _trailing_label_start(caption: str) -> int:
    """Where ``_TRAILING_LABEL`` can start matching in ``caption`` at the earliest.

    Its match ends at the caption's end and is bounded on a line :func:`clean_line` gave (single
    spaces, no line break): a separator of at most three characters, the label, a colon with a
    space on either side and a credit of at most 80 characters. The search from there still sees
    the characters before it (for the lookbehinds). A caption of several lines is searched whole.
    """
    if "\n" in caption:
        return 0
    return max(0, len(caption) - _TRAILING_LABEL_REACH)


def split_credit(
    text: str, *, known_caption: bool = False, clean: bool = False
) -> tuple[str, str | None]:
    """Split a caption into its text and its photo credit.

    Args:
        text: The caption.
        known_caption: The text came from caption markup, so a credit set off by a spaced slash
            or bar (``... in Palma / Lorenzo Marina``) may be split off too.
        clean: ``text`` is known to be what :func:`~newsparse._normalize.whitespace.clean_line`
            gives for it, so it is not cleaned again.

    Returns:
        ``(text, credit)``; ``credit`` is ``None`` when the caption names no credit (and for a
        text over 5,000 characters, which is no caption). The credit has
        no brackets and no ``Foto:`` label; the text keeps its own punctuation.

    >>> split_credit("Kim bertemu Putin, Rabu (13/9) [ist]")
    ('Kim bertemu Putin, Rabu (13/9)', 'ist')
    >>> split_credit("Warga mengungsi. (ANTARA FOTO/Budi Setya)")
    ('Warga mengungsi.', 'ANTARA FOTO/Budi Setya')
    """
    caption = text if clean else clean_line(text)
    if len(caption) > _MAX_CAPTION_CHARS:
        return caption, None  # running text, not a caption: no credit search over megabytes
    # (The leading label's colon is in the caption: one memchr-speed test rules most out.)
    colon = ":" in caption or "：" in caption
    labelled = _LEADING_LABEL.match(caption) if colon else None
    if labelled is not None:
        rest = caption[labelled.end() :]
        if (looks_like_credit(rest) or is_name_list(rest)) and not _TRAILING_BRACKET.search(rest):
            return "", _strip_label(rest) or None
        caption = rest
    # Each search below runs only where it can match. A trailing bracket closes the text (but for
    # a full stop and spaces after it).
    closing = caption.rstrip()
    closing = closing[:-1].rstrip() if closing.endswith(".") else closing
    bracket = (
        _TRAILING_BRACKET.search(caption, _bracket_reach(caption, closing[-1]))
        if closing.endswith((")", "]", "）"))
        else None
    )
    if bracket is not None:
        inner = bracket.group("square") or bracket.group("round") or bracket.group("wide") or ""
        # A square bracket at the very end is a credit; a round one only if it reads as one. A
        # label alone names no one: "(Symbolfoto)" says what the picture is.
        label_only = inner.strip(" .").lower() in _BARE_LABEL_WORDS
        square = (
            bracket.group("square") is not None
            and not _DATE_LIKE.match(inner)
            and inner.strip(" .").lower() != _MASKED_ADDRESS
        )
        if not label_only and (square or looks_like_credit(inner)):
            return caption[: bracket.start()].strip(), _strip_label(inner) or None
    # A trailing credit ends in a character other than a sentence's end.
    label = (
        _TRAILING_LABEL.search(caption, _trailing_label_start(caption))
        if caption[-1:] not in ".!?"
        else None
    )
    if label is not None and looks_like_credit(label.group("label") + ": " + label.group("credit")):
        return caption[: label.start()].strip(" -–—|,;"), _strip_label(
            label.group("credit")
        ) or None
    # Each pattern below runs only where it can match (a cheap test of the characters it needs).
    equals = _EQUALS_CREDIT.search(caption) if "=" in caption or "＝" in caption else None
    if equals is not None and equals.start() > 0 and looks_like_credit(equals.group("credit")):
        return caption[: equals.start()].strip(), equals.group("credit")
    lowered = caption.lower()
    copyright_ = (
        _COPYRIGHT.search(caption)
        if "©" in caption or "(c)" in lowered or "（" in caption or "copyright" in lowered
        else None
    )
    if copyright_ is not None:
        return caption[: copyright_.start()].strip(" -–—|"), clean_line(copyright_.group("credit"))
    # (The leading credit's slash is the caption's first, and a capital follows it.)
    slash = caption.find("/")
    leading = (
        _LEADING_CREDIT.match(caption)
        if slash > 0 and "A" <= caption[slash + 1 : slash + 2] <= "Z"
        else None
    )
    if leading is not None:
        return caption[leading.end() :].strip(), leading.group("credit")
    # An agency closing the text is among its last characters: on one line (spaces single, as
    # clean_line leaves them) the search starts there.
    # (No credit word holds a closing bracket, so a text ending in one, or in one and a full
    # stop, "... Rabu (13/9).", ends in no agency.)
    reach = 0 if "\n" in caption else max(0, len(caption) - _AGENCY_REACH)
    agency = None if caption.endswith(_BRACKET_ENDS) else _TRAILING_AGENCY.search(caption, reach)
    if agency is not None:
        return caption[: agency.start()].strip(), agency.group("credit")
    # (A glued credit ends with a name's letter after a slash, or with initials after one.)
    last = caption[-1:]
    glued = (
        _glued_credit(caption)
        if (last.isalpha() and "/" in caption[-_GLUED_NAME_REACH:])
        or ("/" in caption[-_INITIALS_REACH:] and caption.rstrip(".")[-1:].islower())
        else None
    )
    if glued is not None:
        return glued
    # (A caption without a colon holds no labelled credit: the label's colon is in it.)
    labelled_credit = _labelled_credit(caption) if colon else None
    if labelled_credit is not None and labelled_credit.start() > 0:
        return (
            caption[: labelled_credit.start()].rstrip(" ,;|-–—"),
            clean_line(labelled_credit.group("credit")),
        )
    if known_caption:
        return _known_caption_credit(caption)
    return caption, None


def _glued_credit(caption: str) -> tuple[str, str] | None:
    """Split off a credit glued to the caption's last sentence (see :data:`_GLUED_CREDIT`).

    Called only where such a credit may stand (see :func:`split_credit`): a glued credit ends
    with a name's letter and holds a slash among the caption's last characters; an initialled
    one ends with the initials after a slash (and a full stop, perhaps).
    """
    last = caption[-1:]
    if last.isalpha():
        start = max(0, len(caption) - _GLUED_REACH)
        for opening in _GLUED_OPENINGS:
            at = caption.rfind(opening, start)
            if at >= 0:
                found = _GLUED_CREDIT.match(caption, at + 1)
                if found is not None and looks_like_credit(found.group("credit")):
                    return caption[: at + 1].strip(), found.group("credit").strip()
    if last == "." or last.islower():
        initials = caption[-_INITIALS_REACH:].rstrip(".").rpartition("/")[2]
        if len(initials) > 1 and _INITIALS.match(initials):
            found = _INITIALLED_CREDIT.search(caption, max(0, len(caption) - _GLUED_REACH))
            if found is not None:
                return caption[: found.start()].strip(), found.group("credit")
    return None


#: A caption's closing round bracket of a few capitalised words: a source named without a credit
#: word (``... on Monday (Street Maps).``). Searched in the caption's last characters only.
_CAPITALISED_BRACKET = re.compile(
    r"(?:(?<!\s)\s+)?\((?P<credit>[A-Z][\w.&'’-]*(?:[ /][A-Z][\w.&'’-]*){0,3})\)\.?$"
)
_CAPITALISED_REACH = 80


def split_bracketed_source(caption: str) -> tuple[str, str] | None:
    """Split off the source a picture's caption names in its closing bracket, or return ``None``.

    Only for a caption written right after its picture (a Markdown picture's words): a bracket of
    a few capitalised words closing it names where the picture comes from, with no credit word
    (``... on Monday (Street Maps).``). An acronym (``(EU)``), a label (``(Symbolfoto)``) or
    words in lower case (``(left)``) are no source.

    >>> split_bracketed_source("The platform where the fight began (Street Maps).")
    ('The platform where the fight began', 'Street Maps')
    """
    bracket = _CAPITALISED_BRACKET.search(caption, max(0, len(caption) - _CAPITALISED_REACH))
    if bracket is None or len(caption[: bracket.start()].split()) <= 2:
        return None
    source = bracket.group("credit")
    if source.isupper() or source.lower() in _LABEL_WORDS:
        return None
    return caption[: bracket.start()].strip(), source


def _known_caption_credit(caption: str) -> tuple[str, str | None]:
    """The credit shapes taken only from a text known to be a caption (see :func:`split_credit`)."""
    separated = _separated_credit(caption)
    if separated is not None:
        return separated
    account = _LEADING_ACCOUNT.match(caption)
    if account is not None:
        return caption[account.end() :], account.group("credit")
    reporter = _TRAILING_REPORTER.search(caption)
    if reporter is not None:
        return caption[: reporter.start()].strip(), reporter.group("credit")
    dok = _LEADING_DOK.match(caption)
    if dok is not None:
        words = dok.group("run").split()
        credit = dok.group("label").rstrip() + " ".join(words[:-1])
        return words[-1] + " " + caption[dok.end() :], credit
    return caption, None


#: How many words a picture's credit on a line of its own has at most (``Jane Roe / Agency via
#: AP``), how many parts a slash divides it into at most, and the words of such a credit
#: that are not capitalised (``... / Getty Images file``).
_LONE_CREDIT_WORDS = 8
_LONE_CREDIT_PARTS = 3
#: How many words of a credit set in capitals at most (``AFP/GETTY IMAGES``).
_LONE_CREDIT_CAPITALS = 3
_LONE_CREDIT_LOWER = frozenset(("via", "file", "and", "of", "for"))


def lone_credit(line: str) -> bool:
    """Whether ``line``, a line of its own under a picture's caption, is the picture's credit.

    With no label, a credit still shows itself: an agency that sent the picture after ``via``
    (``NASA via AP``), or a photographer's name and an outlet on either side of a slash (``Jane
    Roe / Getty Images file``, ``Jane Roe/Agency/Getty Images``). Every word but a few small ones
    is capitalised, no digit or comma is written and no sentence ends.
    """
    if "/" not in line and " via " not in line:
        return False
    words = line.replace("/", " ").split()
    if not words or len(words) > _LONE_CREDIT_WORDS or line[-1:] in ".!?:;,":
        return False
    if any(char.isdigit() for char in line) or "," in line:
        return False
    if line.isupper() and len(words) > _LONE_CREDIT_CAPITALS:
        return False  # (a button or a call set in capitals: "SIGN IN / REGISTER TO READ MORE")
    if not all(word[:1].isupper() or word in _LONE_CREDIT_LOWER for word in words):
        return False
    if " via " in line:
        agency = line.rsplit(" via ", 1)[1].strip().lower()
        return agency in CREDIT_WORDS
    # (A name and an outlet, or two outlets: no pair of single words such as ``AUD/USD``, and no
    # longer trail of a site's sections.)
    parts = [part.strip() for part in line.split("/")]
    return (
        1 < len(parts) <= _LONE_CREDIT_PARTS and all(parts) and any(" " in part for part in parts)
    )
