"""Web addresses read without ever raising: a malformed one is no address at all.

``urllib.parse`` raises :class:`ValueError` on some malformed addresses (``http://[::1``, a port
that is not a number). Pages and callers both hand newsparse such strings; every parser reads
addresses through these functions instead, so a bad link can never end a parse.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit

__all__ = ["absolute_address", "join_url", "page_address", "split_url"]


def split_url(url: str) -> SplitResult | None:
    """``urlsplit(url)``, or ``None`` when ``url`` cannot be read as an address.

    >>> split_url("https://news.example/a/b").path
    '/a/b'
    >>> split_url("http://[::1") is None
    True
    """
    try:
        parts = urlsplit(url)
        if ":" in parts.netloc:
            # Reading the port is what checks it; an address with no colon after its scheme
            # names none (urllib then reads no port and raises nothing).
            parts.port  # noqa: B018
    except ValueError:
        return None
    return parts


def absolute_address(url: str) -> SplitResult | None:
    """``url``'s parts when it is an absolute address (a scheme and a host, or a file's), else ``None``.

    What newsparse takes for an article's own address: ``"N/A"`` and ``"/news/a"`` are none.

    >>> absolute_address("https://news.example/a").netloc
    'news.example'
    >>> absolute_address("/news/a") is None
    True
    """
    parts = split_url(url)
    if parts is None or not (parts.scheme and (parts.netloc or parts.scheme == "file")):
        return None
    return parts


#: The schemes of a web page's address.
_WEB_SCHEMES = frozenset(("http", "https"))
#: The ends of an address cut off for display.
_CUT_OFF = ("...", "…")
#: The suffixes of a file's address (a picture, a recording, a document): no article's.
_FILE_SUFFIXES = frozenset(
    (
        *("jpg", "jpeg", "png", "gif", "webp", "svg", "avif"),
        *("mp3", "m4a", "wav", "ogg", "mp4", "mov", "webm", "m3u8"),
        *("pdf", "doc", "docx", "zip", "xml", "json", "js", "css"),
    )
)


def page_address(url: str, *, longest: int) -> SplitResult | None:
    """``url``'s parts when it names an article's web page, as a text states its page's, else ``None``.

    An :func:`absolute_address` of the web (``http`` or ``https``, a host) of no more than
    ``longest`` characters, printable and with no space in it. It names no article when it is a
    site's home page (no path, no query), a place inside a page (a ``#fragment``), a media
    file (``.mp3``, ``.jpg``), or cut off (``.../diet-pill...``).

    >>> page_address("https://news.example/2023/port-strike", longest=8000).path
    '/2023/port-strike'
    >>> page_address("https://news.example/", longest=8000) is None
    True
    """
    if (
        len(url) > longest
        or url[:4].lower() != "http"
        or not url.isprintable()
        or " " in url
        or url.endswith(_CUT_OFF)
    ):
        return None
    parts = absolute_address(url)
    if (
        parts is None
        or parts.scheme not in _WEB_SCHEMES
        or (parts.path.strip("/") == "" and not parts.query)  # ("/?p=2895" is a post's)
        or parts.fragment
        or parts.path.rpartition(".")[2].lower() in _FILE_SUFFIXES
    ):
        return None
    return parts


def join_url(base: str, link: str) -> str | None:
    """``urljoin(base, link)``, or ``None`` when either cannot be read as an address.

    >>> join_url("https://news.example/a/b", "../c.jpg")
    'https://news.example/c.jpg'
    >>> join_url("https://news.example/", "http://[::1/x") is None
    True
    """
    if split_url(base) is None or split_url(link) is None:
        return None
    try:
        return urljoin(base, link)
    except ValueError:
        return None
