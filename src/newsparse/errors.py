"""The exceptions newsparse raises.

Every error derives from :class:`NewsparseError`, so one ``except`` clause catches them all. The
subclasses also inherit the builtin exception they really are (:class:`ValueError`, :class:`OSError`),
so code that already handles those keeps working.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "DecodeError",
    "DependencyError",
    "EmptyInputError",
    "InputTooLargeError",
    "InternalError",
    "InvalidArgumentError",
    "NewsparseError",
    "NotAnArticleError",
    "SerializationError",
    "SourceReadError",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class DecodeError(NewsparseError, ValueError):
    """The bytes given could not be decoded to text with any encoding tried."""


class DependencyError(NewsparseError, ImportError):
    """An optional dependency (an extra's package) is missing, or of a version newsparse cannot use.

    The message names the package, the version found and how to install one that works.
    """


class EmptyInputError(NewsparseError, ValueError):
    """The input holds no text at all (empty, or only whitespace and invisible characters)."""


class NotAnArticleError(NewsparseError, ValueError):
    """The input holds text, but nothing newsparse can read as an article."""


class InputTooLargeError(NewsparseError, ValueError):
    """The input is larger or more deeply nested than newsparse parses in bounded time and memory."""


class SourceReadError(NewsparseError, OSError):
    """A file given to :func:`newsparse.parse_file` could not be read."""


class BinaryInputError(NewsparseError, ValueError):
    """The bytes are a binary file (an executable, an image, a PDF, an archive), not text."""


class InvalidArgumentError(NewsparseError, TypeError):
    """An argument is of the wrong type, or a value newsparse cannot use.

    A source that is neither ``str`` nor ``bytes``, an option of the wrong type, a
    ``default_timezone`` whose ``utcoffset`` fails, or an item of :func:`newsparse.parse_many`
    that is no input (given for that item, as its result). A :class:`TypeError` too, which these
    were before.
    """


class _InvalidValueError(InvalidArgumentError, ValueError):
    """An argument of the right type whose value newsparse cannot use (``jobs=0``).

    An :class:`InvalidArgumentError`, as every bad argument is, and a :class:`ValueError` too,
    which it was raised as before.
    """


class SerializationError(NewsparseError, ValueError):
    """A ``dict`` given to :meth:`newsparse.Article.from_dict` does not describe an article.

    Also importable as ``newsparse.serialize.SerializationError``.
    """


class InternalError(NewsparseError, RuntimeError):
    """newsparse failed on one input because of a bug in newsparse itself (please report it).

    :func:`newsparse.parse_many` gives this for the input concerned, instead of letting the
    failure end the whole batch; the message names the original exception. It is also given
    when the worker process parsing the input died (a crash or the system's out-of-memory
    killer).
    """
