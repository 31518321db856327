r"""newsparse: turn a news article, an HTML page or a plain-text dump, into one typed ``Article``.

>>> import newsparse
>>> article = newsparse.parse_article("A headline\n\nOleh: Fulan\n\nThe first paragraph of the body.")
>>> article.title, article.authors
('A headline', ('Fulan',))
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from newsparse._api import parse_article, parse_file
from newsparse._batch import Source, parse_many
from newsparse.errors import (
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    InternalError,
    NewsparseError,
    NotAnArticleError,
    SourceReadError,
)
from newsparse.model import Article, Caption

try:
    __version__ = version("newsparse")
except (
    PackageNotFoundError
):  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "Caption",
    "DecodeError",
    "EmptyInputError",
    "InputTooLargeError",
    "InternalError",
    "NewsparseError",
    "NotAnArticleError",
    "Source",
    "SourceReadError",
    "__version__",
    "parse_article",
    "parse_file",
    "parse_many",
]
