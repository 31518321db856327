"""Photo captions: split the credit from the caption text.

Credits come in a handful of shapes, the same in HTML and in text dumps:

* a trailing bracket: ``... Rabu (13/9) [ist]``, ``... (ANTARA/Fulan)``, ``... (Foto: Fulan/Outlet)``;
* a trailing label: ``... at the station. Photo: Reuters``, ``... © Getty Images``;
* a leading label: ``Foto: ANTARA/Fulan``;
* a leading capitalised credit with a slash: ``KOMPAS.COM/MASRIADI Penyidik Polres ...``.

Brackets that hold anything else (a date ``(13/9)``, an age ``(37)``, a gloss) stay in the text.
"""

from __future__ import annotations

import re

from newsparse._normalize.phrases import CREDIT_LABELS, CREDIT_WORDS
from newsparse._normalize.whitespace import clean_line

__all__ = ["looks_like_credit", "split_credit"]

_LABELS = "|".join(re.escape(label) for label in sorted(CREDIT_LABELS, key=len, reverse=True))
_LABEL_PREFIX = re.compile(rf"^(?:{_LABELS})\s*(?:[:：]|by\b|/)\s*", re.I)
_LEADING_LABEL = re.compile(rf"^(?:{_LABELS})\s*[:：]\s*", re.I)
_TRAILING_BRACKET = re.compile(
    r"\s*(?:\[(?P<square>[^\[\]]{1,80})\]|\((?P<round>[^()]{1,80})\))\s*\.?$"
)
_TRAILING_LABEL = re.compile(
    rf"(?:^|(?<=[.!?)\]”\"',;])\s+|\s+[-–—|]\s+)(?P<label>{_LABELS}|©|\(c\))(?!\w)\s*[:：]?\s*"
    r"(?P<credit>[^.!?]{2,80})$",
    re.I,
)
# The last resort: a "Label: credit" closing the caption in any other shape, straight after a word
# ("... Erfolg Foto: Editpress/Name"), with a closing full stop ("Foto: Miles Lilley."), or long
# ("Foto: picture alliance / SZ Photo | Name"). The colon is required, so a label word in running
# text is not taken for one.
_LABELLED_CREDIT = re.compile(
    rf"[\s(\[]*\b(?:{_LABELS})\s*[:：]\s*(?P<credit>[^()\[\]:：]{{2,120}}?)[)\]]?\s*\.?\s*$",
    re.I,
)
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|copyright)\s*(?P<credit>[^©]{2,80})$", re.I)
_LEADING_CREDIT = re.compile(
    r"^(?P<credit>[A-Z0-9][A-Za-z0-9.&-]*(?:\s[A-Z0-9.&-]+)*/[A-Z][A-Z .'-]*[A-Z])\s+(?=[A-Z][a-z])"
)
_TRAILING_AGENCY = re.compile(
    r"(?<=[.!?])\s+(?P<credit>(?:"
    + "|".join(
        re.escape(w) for w in sorted(CREDIT_WORDS, key=len, reverse=True) if " " in w or len(w) > 3
    )
    + r"))\.?$",
    re.I,
)
_INITIALS = re.compile(r"^[a-z]{1,5}$")
_DATE_LIKE = re.compile(r"^[\d\s/.,-]+$")


def looks_like_credit(text: str) -> bool:
    """Whether ``text`` (the inside of a bracket, or what follows a label) reads as a photo credit."""
    value = clean_line(text).strip(" .")
    if not value or _DATE_LIKE.match(value) or len(value.split()) > 8:
        return False
    lowered = value.lower()
    if lowered in CREDIT_WORDS or _LABEL_PREFIX.match(value):
        return True
    # "ANTARA/Fulan", "REUTERS/Jane Doe", "AP Photo/John Roe", "Kompas.com/Nabilla": an outlet and a name.
    if "/" in value:
        outlet, _, person = (part.strip() for part in value.partition("/"))
        if _INITIALS.match(outlet) and _INITIALS.match(person):
            return False  # editors' initials signing off a story: "(ant/rd)"
        return bool(outlet) and bool(person) and not any(c.isdigit() for c in value)
    first = value.split()[0].lower().strip(".:")
    return first in CREDIT_WORDS or first in {label.strip(".") for label in CREDIT_LABELS}


def _is_name_list(text: str) -> bool:
    """Whether ``text`` is a few capitalised words, as a credit naming people or an outlet is."""
    words = [word for word in clean_line(text).split() if word[:1].isalpha()]
    if not words or len(words) > 5 or text.rstrip()[-1:] in ".!?":
        return False
    return all(word[0].isupper() for word in words)


def _strip_label(credit: str) -> str:
    return clean_line(_LABEL_PREFIX.sub("", clean_line(credit))).strip(" .")


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a caption into its text and its photo credit.

    Returns:
        ``(text, credit)``; ``credit`` is ``None`` when the caption names no credit. The credit has
        no brackets and no ``Foto:`` label; the text keeps its own punctuation.

    >>> split_credit("Kim bertemu Putin, Rabu (13/9) [ist]")
    ('Kim bertemu Putin, Rabu (13/9)', 'ist')
    >>> split_credit("Warga mengungsi. (ANTARA FOTO/Budi Setya)")
    ('Warga mengungsi.', 'ANTARA FOTO/Budi Setya')
    """
    caption = clean_line(text)
    labelled = _LEADING_LABEL.match(caption)
    if labelled is not None:
        rest = caption[labelled.end() :]
        if (looks_like_credit(rest) or _is_name_list(rest)) and not _TRAILING_BRACKET.search(rest):
            return "", _strip_label(rest) or None
        caption = rest
    bracket = _TRAILING_BRACKET.search(caption)
    if bracket is not None:
        inner = bracket.group("square") or bracket.group("round") or ""
        # A square bracket at the very end is a credit; a round one only if it reads as one.
        if (
            bracket.group("square") is not None and not _DATE_LIKE.match(inner)
        ) or looks_like_credit(inner):
            return caption[: bracket.start()].strip(), _strip_label(inner) or None
    label = _TRAILING_LABEL.search(caption)
    if label is not None and looks_like_credit(label.group("label") + ": " + label.group("credit")):
        return caption[: label.start()].strip(" -–—|,;"), _strip_label(
            label.group("credit")
        ) or None
    copyright_ = _COPYRIGHT.search(caption)
    if copyright_ is not None:
        return caption[: copyright_.start()].strip(" -–—|"), clean_line(copyright_.group("credit"))
    leading = _LEADING_CREDIT.match(caption)
    if leading is not None:
        return caption[leading.end() :].strip(), leading.group("credit")
    agency = _TRAILING_AGENCY.search(caption)
    if agency is not None:
        return caption[: agency.start()].strip(), agency.group("credit")
    labelled_credit = _LABELLED_CREDIT.search(caption)
    if labelled_credit is not None and labelled_credit.start() > 0:
        return (
            caption[: labelled_credit.start()].rstrip(" ,;|-–—"),
            clean_line(labelled_credit.group("credit")),
        )
    return caption, None
