"""Case-insensitive class and id patterns that run at case-sensitive speed on ASCII text.

sre skips an alternative of a case-sensitive pattern at once when its first letter differs, but
tries every alternative of a case-insensitive one letter by letter: on the long alternations of
:mod:`~newsparse._html.page.selectors` that costs two to three times more per search. Class
and id values are nearly always ASCII, where lower-casing the text and matching case-sensitively
finds exactly what the case-insensitive pattern finds (in ASCII, folding a letter's case is
lower-casing it, and the length is kept); any other text gets the case-insensitive pattern.
"""

from __future__ import annotations

import re

__all__ = ["FoldedPattern", "by_first_letter"]

# A pattern source of plain words (lower-case letters and hyphens) between bars.
_WORDS = re.compile(r"[a-z-]+(?:\|[a-z-]+)*")
# A reference to a group by number or name.
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


class FoldedPattern:
    r"""A case-insensitive pattern whose source is written in lower case.

    Only the truth of :meth:`search` is meant: on ASCII text the match is over a lower-cased
    copy of it.

    Args:
        source: The pattern, its letters in lower case (escapes such as ``\S`` aside).
        hints: Words one of which every match holds (each alternative of ``source`` writes one
            out, letter for letter): lower-cased ASCII text holding none of them is no match,
            told by substring tests before sre scans it position by position (which for an
            alternation behind a separator, ``(?:^|[\s_-])(?:intro|lead|...)``, costs a few
            hundred instructions a character). Empty: no such test.

    Attributes:
        pattern: ``source``.
    """

    __slots__ = ("_any_case", "_hints", "_lower", "_opened", "_words", "pattern")

    def __init__(self, source: str, *, hints: tuple[str, ...] = ()) -> None:
        self.pattern = source
        self._lower = re.compile(source)
        self._any_case = re.compile(source, re.IGNORECASE)
        # A pattern that is nothing but words ("byline|author|...") is found in lower-cased
        # ASCII text by substring tests, several times faster than sre's scan of the text.
        self._words = tuple(source.split("|")) if _WORDS.fullmatch(source) else None
        self._hints = hints
        # A source opening with "(?:^|X)", as a class-name fragment does ("at the start or after
        # a separator"), is searched for as two patterns (see _split_opening).
        # Each as (at the start, anywhere): case-sensitive for lower-cased ASCII text, then
        # case-insensitive.
        opened = _split_opening(source)
        self._opened: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] | None = None
        if opened is not None:
            at_start, anywhere = opened
            self._opened = tuple(
                (re.compile(at_start, flags), re.compile(anywhere, flags))
                for flags in (0, re.IGNORECASE)
            )

    def _hinted(self, lowered: str) -> bool:
        """Whether lower-cased ASCII text holds one of the hints (always, without hints)."""
        hints = self._hints
        if not hints:
            return True
        for hint in hints:  # noqa: SIM110 - a loop costs less than any() over a generator
            if hint in lowered:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        """Where the pattern first matches ``text``, case-insensitively, or ``None``."""
        if text.isascii():
            lowered = text.lower()
            return self._lower.search(lowered) if self._hinted(lowered) else None
        return self._any_case.search(text)

    def found(self, text: str) -> bool:
        """Whether the pattern is found in ``text``: the truth of :meth:`search`, found faster."""
        # (search() written out: a call and a second ASCII test less, on every class string.)
        if text.isascii():
            lowered = text.lower()
            words = self._words
            if words is None:
                hints = self._hints
                if hints:
                    # (_hinted written out: a call less on every class string.)
                    for hint in hints:
                        if hint in lowered:
                            break
                    else:
                        return False
                opened = self._opened
                if opened is None:
                    return self._lower.search(lowered) is not None
                at_start, anywhere = opened[0]
                return at_start.match(lowered) is not None or anywhere.search(lowered) is not None
            for word in words:  # noqa: SIM110 - a loop costs less than any() over a generator
                if word in lowered:
                    return True
            return False
        if self._opened is not None:
            at_start, anywhere = self._opened[1]
            return at_start.match(text) is not None or anywhere.search(text) is not None
        return self._any_case.search(text) is not None


def _split_opening(source: str) -> tuple[str, str] | None:
    r"""``source`` split at an opening group ``(?:^|X)``: one pattern for the start, one for anywhere.

    ``(?:^|[\s_-])(?:ad|nav)`` gives ``(?:ad|nav)`` (matched at 0) and ``[\s_-](?:ad|nav)``
    (searched): ``^`` holds only at the start, so the source is found in a text exactly when
    one of them is. sre cannot skip ahead to where the source may match, as its first element is
    a choice of two, and tries it at every position (several hundred instructions a character
    for the long class alternations); the searched one opens with a character class, which sre
    scans for first. ``None`` when ``source`` does not open so, ``X`` holds a choice, or a group
    is referred to (its number would differ in the parts).
    """
    opening = "(?:^|"
    if not source.startswith(opening) or _BACKREFERENCE.search(source):
        return None  # (a reference would count its group from another place)
    depth = 1
    i = len(opening)
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1  # the escaped character
        elif char == "[":
            i = _class_end(source, i)  # its bars and brackets are characters of the class
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                inner, rest = source[len(opening) : i], source[i + 1 :]
                return rest, inner + rest
        elif char == "|" and depth == 1:
            return None
        i += 1
    return None


def _class_end(source: str, start: int) -> int:
    """Where the character class opening at ``source[start]`` (a ``[``) closes."""
    i = start + 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":
        i += 1  # a "]" first in the class is one of its characters
    while source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


def by_first_letter(alternation: str) -> str:
    r"""``alternation`` (``a|ab|b\w*``) with its alternatives grouped by first letter (``a(?:|b)|b(?:\w*)``).

    sre tries each alternative of a long alternation at each place it may start; grouped, it
    passes over every group whose letter is not there at once (about a quarter fewer instructions
    for :data:`~newsparse._html.page.selectors.NEGATIVE_ATTR` on the class values of the
    development pages). The alternatives keep their order within a group, and one letter
    starts them all, so the same text matches, at the same place, with the same span.

    Raises:
        ValueError: An alternative does not open with a letter.
    """
    parts: list[str] = []
    depth = start = 0
    escaped = False
    for i, char in enumerate(alternation):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
    parts.append(alternation[start:])
    groups: dict[str, list[str]] = {}
    for part in parts:
        if not part[:1].isalpha():
            msg = f"an alternative must open with a letter: {part!r}"
            raise ValueError(msg)
        groups.setdefault(part[0], []).append(part[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
