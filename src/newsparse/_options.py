"""The options one parse runs with, gathered in one frozen value."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

__all__ = ["Kind", "Options"]

Kind = Literal["auto", "html", "text"]


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
