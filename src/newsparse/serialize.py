"""Turn an :class:`~newsparse.model.Article` into a ``dict``, JSON, a text dump or Markdown, and back.

Key order is the field order of :class:`~newsparse.model.Article` and never changes between runs.
Dates are ISO 8601 strings: ``"2023-09-14T11:22:00+07:00"`` for a time with a zone,
``"2023-09-14T11:22:00"`` for a naive time, ``"2023-09-14"`` for a day. Tuples become lists.

The dict form itself is defined by :class:`~newsparse.model.Article` (``to_dict``, ``from_dict``,
``to_json``); this module depends on the model, never the other way round.
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.errors import InvalidArgumentError, SerializationError
from newsparse.model import Article

__all__ = ["SerializationError", "from_dict", "to_dict", "to_json", "to_markdown", "to_text"]


def _check(article: object, name: str) -> None:
    """Refuse what is no article: an input's error from :func:`~newsparse.parse_many`, say.

    (It raised ``AttributeError`` from inside the function: ``'EmptyInputError' object has no
    attribute 'title'``.)
    """
    if not isinstance(article, Article):
        msg = f"{name} takes an Article, not {type(article).__name__}"
        if isinstance(article, BaseException):
            msg += " (parse_many gives an input's error as its result: check for Article first)"
        raise InvalidArgumentError(msg)


def to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as a ``dict`` of JSON types (:meth:`newsparse.Article.to_dict`)."""
    _check(article, "to_dict")
    return article.to_dict()


def from_dict(data: dict[str, Any]) -> Article:
    """Build an :class:`~newsparse.model.Article` from the output of :func:`to_dict`.

    Keys that are not fields (such as the ``path`` the command line adds) are ignored; missing
    keys take their defaults.

    Raises:
        SerializationError: A field holds a value of the wrong type (the class is
            :class:`newsparse.errors.SerializationError`, also importable from here).
    """
    return Article.from_dict(data)


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """Return ``article`` as JSON text (UTF-8 characters kept, not escaped)."""
    _check(article, "to_json")
    return article.to_json(indent=indent)


def to_text(article: Article) -> str:
    """Render ``article`` as a plain-text dump in the conventions :func:`newsparse.parse_article` reads.

    Title, byline (``Oleh: A, B``), date line (ISO 8601), dateline (``PLACE -``), captions with
    their credit in square brackets, paragraphs separated by blank lines, then ``Tags: ...``.
    """
    _check(article, "to_text")
    blocks: list[str] = []
    if article.title:
        blocks.append(article.title)
    if article.authors:
        blocks.append("Oleh: " + ", ".join(article.authors))
    if article.published is not None:
        blocks.append(article.published.isoformat())
    if article.dateline:
        blocks.append(f"{article.dateline} -")
    blocks.extend(
        f"{caption.text} [{caption.credit}]" if caption.credit else f"Foto: {caption.text}"
        for caption in article.captions
    )
    blocks.extend(article.paragraphs)
    if article.tags:
        blocks.append("Tags: " + ", ".join(article.tags))
    return "\n\n".join(blocks) + "\n"


def to_markdown(article: Article) -> str:
    """Render ``article`` as Markdown: heading, byline and date line, captions as quotes, body.

    The article's text is text, not markup: the characters Markdown would read as markup (``*``,
    ``_``, ``[``, ``<``, a ``#`` or ``1.`` opening a line ...) are escaped with a backslash, so a
    paragraph renders as written and a ``<script>`` in it stays text.
    """
    _check(article, "to_markdown")
    blocks: list[str] = []
    if article.title:
        blocks.append(f"# {_md(article.title)}")
    meta = []
    if article.authors:
        meta.append("By " + ", ".join(map(_md, article.authors)))
    if article.published is not None:
        meta.append(article.published.isoformat())
    if article.dateline:
        meta.append(_md(article.dateline))
    if meta:
        blocks.append("*" + " · ".join(meta) + "*")
    for caption in article.captions:
        credit = f" ({_md(caption.credit)})" if caption.credit else ""
        image = f"![]({_md_address(caption.image_url)})\n" if caption.image_url else ""
        blocks.append(f"{image}> {_md(caption.text)}{credit}")
    blocks.extend(map(_md, article.paragraphs))
    if article.tags:
        blocks.append("Tags: " + ", ".join(map(_md, article.tags)))
    return "\n\n".join(blocks) + "\n"


#: Characters that are Markdown markup wherever they stand (emphasis, code, links, raw HTML,
#: strikethrough, table cells), and the backslash that escapes them.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>~|])")
#: What is markup only at the start of a line: a heading, a list item (``-``, ``+``, ``1.``,
#: ``1)``), a rule or a setext underline.
_MD_LINE_START = re.compile(r"^([ \t]*\d*)([#+=.)-])", re.MULTILINE)


def _md(text: str) -> str:
    """``text`` with what Markdown reads as markup escaped, so that it renders as written."""
    return _MD_LINE_START.sub(r"\1\\\2", _MD_INLINE.sub(r"\\\1", text))


def _md_address(url: str) -> str:
    """``url`` as a Markdown link destination: the characters that would end it percent-encoded."""
    return (
        url.replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
    )
