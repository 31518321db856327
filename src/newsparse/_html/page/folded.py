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

    __slots__ = ("_any_case", "_hints", "_lower", "_words", "pattern")

    def __init__(self, source: str, *, hints: tuple[str, ...] = ()) -> None:
        self.pattern = source
        self._lower = re.compile(source)
        self._any_case = re.compile(source, re.IGNORECASE)
        # A pattern that is nothing but words ("byline|author|...") is found in lower-cased
        # ASCII text by substring tests, several times faster than sre's scan of the text.
        self._words = tuple(source.split("|")) if _WORDS.fullmatch(source) else None
        self._hints = hints

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
                return self._hinted(lowered) and self._lower.search(lowered) is not None
            for word in words:  # noqa: SIM110 - a loop costs less than any() over a generator
                if word in lowered:
                    return True
            return False
        return self._any_case.search(text) is not None


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
