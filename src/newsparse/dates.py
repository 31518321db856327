"""The date normaliser both parsers use, for reading dates on their own.

>>> from newsparse.dates import parse_date
>>> parse_date("Kamis, 14 September 2023 | 11:22 WIB").isoformat()
'2023-09-14T11:22:00+07:00'

See the documentation page "Dates" for what it reads and how it decides. An argument of the wrong
type (a text that is no ``str``, a ``reference`` that is no ``datetime``, a ``default_timezone``
that is no ``tzinfo``) raises :class:`~newsparse.errors.InvalidArgumentError` (a
:class:`TypeError` too).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from newsparse._normalize import dates as _dates
from newsparse._normalize.dates import DateMatch, parse_timestamp
from newsparse.errors import InvalidArgumentError

__all__ = ["DateMatch", "find_date", "parse_date", "parse_date_line", "parse_timestamp"]

F = TypeVar("F", bound=Callable[..., Any])

#: What each option may be besides ``None``.
_OPTIONS: dict[str, tuple[type, str]] = {
    "day_first": (bool, "a bool"),
    "reference": (dt.datetime, "a datetime"),
    "default_timezone": (dt.tzinfo, "a tzinfo"),
    "language": (str, "a str"),
}


def _checked(function: F) -> F:
    """``function`` refusing arguments of the wrong type with one clear error.

    (The parsers call the functions beneath directly: the checks cost them nothing. A list as
    the text, or a string as ``reference``, raised ``AttributeError`` from deep inside.)
    """
    first = function.__code__.co_varnames[0]  # ("text", or "line")

    @functools.wraps(function)
    def checked(*args: object, **options: object) -> object:
        text = args[0] if args else options.get(first)
        if not isinstance(text, str):
            msg = f"{function.__name__} takes a str, not {type(text).__name__}"
            raise InvalidArgumentError(msg)
        for name, value in options.items():
            wanted = _OPTIONS.get(name)
            if value is not None and wanted is not None and not isinstance(value, wanted[0]):
                msg = f"{name} must be {wanted[1]} or None, not {type(value).__name__}"
                raise InvalidArgumentError(msg)
        return function(*args, **options)

    return checked  # type: ignore[return-value]


parse_date = _checked(_dates.parse_date)
find_date = _checked(_dates.find_date)
parse_date_line = _checked(_dates.parse_date_line)
