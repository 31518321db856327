"""Classify single lines of a text dump. Pure functions of one line; no state."""

from __future__ import annotations

import re

from newsparse._normalize.captions import split_credit
from newsparse._normalize.whitespace import clean_line

__all__ = [
    "caption_parts",
    "is_bullet",
    "is_paragraph_like",
    "is_site_code",
]

_BULLET = re.compile(r"^(?:[*•·▪►]\s*|-\s+)")
_SITE_CODE = re.compile(r"^[A-Z]{2,6}$")
# A strong credit at the end of a line inside the body: square brackets, or a bracket naming an
# outlet and a person ("(ANTARA/Fulan)"), or a photo label ("(Foto: ...)").
_STRONG_CREDIT = re.compile(
    r"(?:\[[^\[\]]{1,80}\]|\([^()]*\w/\s*\w[^()]*\)|\((?:foto|photo|dok|ist|istimewa)\b[^()]*\))\s*\.?$",
    re.I,
)
# The credit sits in the last characters of the line: the pattern only looks there, which keeps it
# linear on a long line of brackets and slashes ("(a/a/a/...").
_CREDIT_REACH = 300
# A line this long is a paragraph that happens to end with a credit-like bracket, not a caption.
_MAX_CAPTION_WORDS = 90
_PHOTO_LABEL = re.compile(r"^(?:foto|photo|gambar)\s*[:：]", re.I)


def is_bullet(line: str) -> bool:
    """Whether ``line`` is a list item of a rendered menu or list (``* Facebook``)."""
    return bool(_BULLET.match(line))


def is_site_code(line: str) -> bool:
    """Whether ``line`` is a bare agency or site code such as ``MDN``."""
    return bool(_SITE_CODE.match(line))


def is_paragraph_like(line: str) -> bool:
    """Whether ``line`` reads as running text: several words ending like a sentence."""
    words = line.split()
    return len(words) >= 12 or (len(words) >= 5 and line.rstrip()[-1:] in ".!?\"”'")


def caption_parts(line: str, *, strict: bool) -> tuple[str, str | None] | None:
    """Return ``(text, credit)`` if ``line`` is a photo caption, else ``None``.

    Args:
        line: A cleaned line.
        strict: Inside the body, only a strong credit (square brackets, ``outlet/person``, a photo
            label) makes a caption, since a paragraph may end with a source such as ``(AFP)``.
    """
    value = clean_line(line)
    if strict and (
        len(value.split()) > _MAX_CAPTION_WORDS
        or not (
            _STRONG_CREDIT.search(value, max(0, len(value) - _CREDIT_REACH))
            or _PHOTO_LABEL.match(value)
        )
    ):
        return None
    text, credit = split_credit(value)
    if credit is None and not _PHOTO_LABEL.match(value):
        return None
    return text, credit
