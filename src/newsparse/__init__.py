r"""newsparse: turn a news article, an HTML page or a plain-text dump, into one typed ``Article``.

>>> import newsparse
>>> article = newsparse.parse_article("A headline\n\nOleh: Fulan\n\nThe first paragraph of the body.")
>>> article.title, article.authors
('A headline', ('Fulan',))
"""

from __future__ import annotations

from newsparse._api import parse_article, parse_file
from newsparse._batch import Source, parse_many
from newsparse._version import __version__
from newsparse.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    InternalError,
    InvalidArgumentError,
    NewsparseError,
    NotAnArticleError,
    SourceReadError,
)
from newsparse.model import Article, Caption

__all__ = [
    "Article",
    "BinaryInputError",
    "Caption",
    "DecodeError",
    "EmptyInputError",
    "InputTooLargeError",
    "InternalError",
    "InvalidArgumentError",
    "NewsparseError",
    "NotAnArticleError",
    "Source",
    "SourceReadError",
    "__version__",
    "parse_article",
    "parse_file",
    "parse_many",
]
