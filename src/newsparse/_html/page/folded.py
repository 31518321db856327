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

__all__ = ["FoldedPattern"]


class FoldedPattern:
    r"""A case-insensitive pattern whose source is written in lower case.

    Only the truth of :meth:`search` is meant: on ASCII text the match is over a lower-cased
    copy of it.

    Args:
        source: The pattern, its letters in lower case (escapes such as ``\S`` aside).

    Attributes:
        pattern: ``source``.
    """

    __slots__ = ("_any_case", "_lower", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = source
        self._lower = re.compile(source)
        self._any_case = re.compile(source, re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        """Where the pattern first matches ``text``, case-insensitively, or ``None``."""
        if text.isascii():
            return self._lower.search(text.lower())
        return self._any_case.search(text)
