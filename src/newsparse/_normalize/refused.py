"""A date line refused as ambiguous, and reading it again where the text around it settles it.

Both parsers meet the same two ambiguities. ``12 listopada 2023`` is 12 November in Polish and 12
October in Croatian; ``8/5/2024`` is 8 May or August 5. The normaliser refuses such a line
rather than guess (see :mod:`newsparse._normalize.dates`). A parser keeps the line it refused as
a :class:`RefusedDate` and, once it has read the whole text, asks :func:`settle_refused`
whether the text settles it.
"""

from __future__ import annotations

from typing import Final

import attrs

from newsparse._normalize.dates import (
    MONTH_CLASH,
    ORDER_CLASH,
    DateMatch,
    find_date,
    numeric_order,
    page_day_first,
    parse_date_line,
)
from newsparse._normalize.language import guess_language, guess_month_language

__all__ = ["RefusedDate", "refused_date", "settle_refused"]

#: The problems a text can settle (see :func:`refused_date`).
_MONTH: Final = "month"
_ORDER: Final = "order"


@attrs.frozen
class RefusedDate:
    """A date line the normaliser refused as ambiguous, and why.

    Attributes:
        line: The line as it was read.
        problem: The normaliser's reason (:attr:`~newsparse._normalize.dates.DateMatch.problem`).
        kind: ``"month"`` for a month name that languages give different months, ``"order"``
            for an all-numeric date that reads either day first or month first.
    """

    line: str
    problem: str
    kind: str

    @property
    def warning(self) -> str:
        """The sentence a reader is told while the line stays unread."""
        return f"date line {self.line!r}: {self.problem}"


def refused_date(line: str, match: DateMatch) -> RefusedDate | None:
    """The line as a :class:`RefusedDate` when ``match`` refused it for a clash a text can settle.

    >>> from newsparse._normalize.dates import parse_date_line
    >>> refused_date("8/5/2024", parse_date_line("8/5/2024")).kind
    'order'
    >>> refused_date("14/09/2023", parse_date_line("14/09/2023")) is None
    True
    """
    problem = match.problem
    if match.value is not None or not problem:
        return None
    if problem.endswith(MONTH_CLASH):
        return RefusedDate(line, problem, _MONTH)
    if problem == ORDER_CLASH:
        return RefusedDate(line, problem, _ORDER)
    return None


def settle_refused(
    refused: RefusedDate, *, text: str, sample: str, language: str | None = None
) -> DateMatch | None:
    """Read a refused date line again, where the text around it settles what the line left open.

    A month name of several languages is read in the language the common words of ``sample``
    (the body's first paragraphs) are guessed to be in
    (:func:`~newsparse._normalize.language.guess_month_language`), unless the page states its
    ``language``: that one already failed to settle it. An all-numeric date is read in the order
    the other numeric dates of ``text`` tell (``13/05/2024`` elsewhere, see
    :func:`~newsparse._normalize.dates.numeric_order`), else the order of the language ``sample``
    is guessed to be in (Indonesian writes the day first; English either way, which settles
    nothing).

    Args:
        refused: The line and why it was refused.
        text: All the text the line stands in.
        sample: The body's first paragraphs, enough for a guess at its language.
        language: The language the page states, if any.

    Returns:
        The date the line gives once settled, or ``None`` when the text settles nothing.

    >>> order = refused_date("8/5/2024", parse_date_line("8/5/2024"))
    >>> settle_refused(order, text="Filed 8/5/2024, amended 13/05/2024.", sample="")
    DateMatch(value=datetime.date(2024, 5, 8), start=0, end=8, problem=None)
    >>> settle_refused(order, text="8/5/2024", sample="") is None
    True
    """
    line = refused.line
    if refused.kind == _MONTH:
        month_language = None if language else guess_month_language(sample)
        if month_language is None:
            return None
        match = parse_date_line(line, language=month_language) or find_date(
            line, language=month_language
        )
    else:
        order = numeric_order(text)
        if order is None:
            order = page_day_first(guess_language(sample))
        if order is None:
            return None
        match = parse_date_line(line, day_first=order) or find_date(line, day_first=order)
    return match if match is not None and match.value is not None else None
