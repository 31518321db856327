"""Turn an :class:`~newsparse.model.Article` into a ``dict``, JSON, a text dump or Markdown, and back.

Key order is the field order of :class:`~newsparse.model.Article` and never changes between runs.
Dates are ISO 8601 strings: ``"2023-09-14T11:22:00+07:00"`` for a time with a zone,
``"2023-09-14T11:22:00"`` for a naive time, ``"2023-09-14"`` for a day. Tuples become lists.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs

from newsparse.errors import NewsparseError
from newsparse.model import Article, Caption

__all__ = ["SerializationError", "from_dict", "to_dict", "to_json", "to_markdown", "to_text"]


class SerializationError(NewsparseError, ValueError):
    """A ``dict`` given to :func:`from_dict` does not describe an article."""


_DATES = ("published", "modified")


def _date_to_str(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_str(name: str, value: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        msg = f"{name} must be an ISO 8601 string or null, not {type(value).__name__}"
        raise SerializationError(msg)
    try:
        return (
            dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)
        )
    except ValueError as exc:
        msg = f"{name} is not an ISO 8601 date or date-time: {value!r}"
        raise SerializationError(msg) from exc


def to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as a ``dict`` of JSON types, in field order."""
    data: dict[str, Any] = {}
    for field in attrs.fields(Article):
        value = getattr(article, field.name)
        if field.name in _DATES:
            data[field.name] = _date_to_str(value)
        elif field.name == "captions":
            data[field.name] = [attrs.asdict(caption) for caption in value]
        elif isinstance(value, tuple):
            data[field.name] = list(value)
        else:
            data[field.name] = value
    return data


def _string(name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    msg = f"{name} must be a string or null, not {type(value).__name__}"
    raise SerializationError(msg)


def _strings(name: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        msg = f"{name} must be a list of strings"
        raise SerializationError(msg)
    return tuple(value)


def _caption(value: object) -> Caption:
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        msg = "each caption must be an object with a string 'text'"
        raise SerializationError(msg)
    return Caption(
        text=value["text"],
        credit=_string("caption credit", value.get("credit")),
        image_url=_string("caption image_url", value.get("image_url")),
    )


def from_dict(data: dict[str, Any]) -> Article:
    """Build an :class:`~newsparse.model.Article` from the output of :func:`to_dict`.

    Keys that are not fields (such as the ``path`` the command line adds) are ignored; missing
    keys take their defaults.

    Raises:
        SerializationError: A field holds a value of the wrong type.
    """
    if not isinstance(data, dict):
        msg = f"an article must be given as a dict, not {type(data).__name__}"
        raise SerializationError(msg)
    captions = data.get("captions") or []
    if not isinstance(captions, list | tuple):
        msg = "captions must be a list"
        raise SerializationError(msg)

    def text(name: str) -> str | None:
        return _string(name, data.get(name))

    def strings(name: str) -> tuple[str, ...]:
        return _strings(name, data.get(name))

    def date(name: str) -> dt.date | None:
        return _date_from_str(name, data.get(name))

    return Article(
        title=text("title"),
        authors=strings("authors"),
        published=date("published"),
        modified=date("modified"),
        dateline=text("dateline"),
        site_name=text("site_name"),
        section=text("section"),
        language=text("language"),
        url=text("url"),
        description=text("description"),
        image=text("image"),
        tags=strings("tags"),
        paragraphs=strings("paragraphs"),
        warnings=strings("warnings"),
        captions=tuple(_caption(c) for c in captions),
    )


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """Return ``article`` as JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def to_text(article: Article) -> str:
    """Render ``article`` as a plain-text dump in the conventions :func:`newsparse.parse_article` reads.

    Title, byline (``Oleh: A, B``), date line (ISO 8601), dateline (``PLACE -``), captions with
    their credit in square brackets, paragraphs separated by blank lines, then ``Tags: ...``.
    """
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
    """Render ``article`` as Markdown: a heading, a byline and date line, captions as quotes, the body."""
    blocks: list[str] = []
    if article.title:
        blocks.append(f"# {article.title}")
    meta = []
    if article.authors:
        meta.append("By " + ", ".join(article.authors))
    if article.published is not None:
        meta.append(article.published.isoformat())
    if article.dateline:
        meta.append(article.dateline)
    if meta:
        blocks.append("*" + " · ".join(meta) + "*")
    for caption in article.captions:
        credit = f" ({caption.credit})" if caption.credit else ""
        image = f"![]({caption.image_url})\n" if caption.image_url else ""
        blocks.append(f"{image}> {caption.text}{credit}")
    blocks.extend(article.paragraphs)
    if article.tags:
        blocks.append("Tags: " + ", ".join(article.tags))
    return "\n\n".join(blocks) + "\n"
