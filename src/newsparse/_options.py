"""The options one parse runs with, gathered in one frozen value."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

__all__ = ["MAX_URL_CHARS", "Kind", "Options"]

Kind = Literal["auto", "html", "text"]

#: The longest address used, given as ``url=`` or stated by a text dump (RFC 9110 asks every
#: sender and recipient to take addresses of 8,000 octets at least). Each link and picture of a
#: page is resolved against it, so a longer one made a page of a thousand pictures cost seconds,
#: and its article hundreds of megabytes.
MAX_URL_CHARS = 8000


@attrs.frozen(kw_only=True)
class Options:
    """What the caller told :func:`newsparse.parse_article` about the source.

    Attributes:
        url: The page's address, used to resolve relative links and as weak evidence.
        default_timezone: The zone given to a naive publication time.
        kind: ``"html"`` or ``"text"`` to force a parser, ``"auto"`` to detect.
        encoding: The charset the caller knows the bytes are in (an HTTP ``Content-Type``).
    """

    url: str | None = None
    default_timezone: dt.tzinfo | None = None
    kind: Kind = "auto"
    encoding: str | None = None
