"""The date normaliser both parsers use, for reading dates on their own.

>>> from newsparse.dates import parse_date
>>> parse_date("Kamis, 14 September 2023 | 11:22 WIB").isoformat()
'2023-09-14T11:22:00+07:00'

See the documentation page "Dates" for what it reads and how it decides.
"""

from __future__ import annotations

from newsparse._normalize.dates import (
    DateMatch,
    find_date,
    parse_date,
    parse_date_line,
    parse_timestamp,
)

__all__ = ["DateMatch", "find_date", "parse_date", "parse_date_line", "parse_timestamp"]
