"""The site's own names, which are never an article's authors.

A name is the site's when it is a web address, one of the site's names (with or without a leading
article: "Die FURCHE" on furche.at), the host's name, or an account named after the site ("Ilanga
D" on ilanganews.co.za). :func:`host_keys` gives the names a page's address spells, for the title
reader to cut from a headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from newsparse._normalize.phrases import NAME_PARTICLES
from newsparse._urls import split_url

__all__ = ["SitePage", "host_keys", "is_site", "read_site", "spells_host"]

_WORD = re.compile(r"\w+")
_DOMAIN = re.compile(r"(?<![\w-])(?:www\.)?[\w-]+\.(?:[a-z]{2,6})\b", re.IGNORECASE)
# A leading article, so that "Die FURCHE" is recognised as the site furche.at.
# Second-level labels under a country's domain that name no site ("co" of "example.co.uk").
_GENERIC_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "or", "ne", "go", "gv"})
_ARTICLE = re.compile(r"^(?:the|die|der|das|la|le|les|el|il|de)\s+", re.IGNORECASE)


@attrs.frozen
class SitePage:
    """What tells a page's people from other names on it.

    Attributes:
        names: Squashed site names (``derspiegel``).
        hosts: Squashed host names (``vnexpress`` for ``www.vnexpress.net``).
        words: The first words of the site names that start the host name too, case-folded
            (``ilanga`` of "Ilanga News" on ilanganews.co.za).
        rejected: Case-folded names that are nobody's byline here (editors, on a second look).
        owners: Case-folded names of the people the site is named after (a personal blog),
            who may be authors though they are the site's names.
    """

    names: frozenset[str]
    hosts: frozenset[str]
    words: frozenset[str]
    rejected: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()


def _squashed(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def read_site(site_names: list[str], urls: Iterable[str | None]) -> SitePage:
    """What tells the site's own names from people on a page with ``site_names`` at ``urls``."""
    names = {_squashed(name) for name in site_names}
    hosts: set[str] = set()
    for url in urls:
        parts = split_url(url) if url else None
        host = parts.hostname if parts is not None else None
        if host:
            labels = [p for p in host.split(".") if p not in {"www", "m", "amp", "mobile"}]
            if labels:
                hosts.add(_squashed(labels[0]))
    words = {name.split()[0].casefold() for name in site_names if name.split()}
    return SitePage(
        frozenset(k for k in names if len(k) >= 3),
        frozenset(k for k in hosts if len(k) >= 3),
        # A site's first word that also starts its host name: "Ilanga" of ilanganews.co.za.
        frozenset(
            w
            for w in words
            if len(w) >= 4 and w not in NAME_PARTICLES and any(h.startswith(w) for h in hosts)
        ),
    )


def is_site(name: str, page: SitePage) -> bool:
    """Whether ``name`` is the site's.

    That is a web address, a site name, the host's name, or an account named after the site
    ("Ilanga D" on "Ilanga News").
    """
    first = name.split(maxsplit=1)[0].casefold() if name.strip() else ""
    # (A web address holds a dot: the pattern runs only on a name that has one.)
    if first in page.words or ("." in name and _DOMAIN.search(name)):
        return True
    for squashed in {_squashed(name), _squashed(_ARTICLE.sub("", name))}:
        if squashed in page.hosts or any(squashed.startswith(key) for key in page.names):
            return True
    return False


def spells_host(name: str, page: SitePage) -> bool:
    """Whether ``name`` run together is the page's host name, as a person's name may be.

    ``"Jane Roe"`` on ``janeroe.blogs.example`` does; a name opening with an article (``"The
    Coast"``, ``"Der Hafen"``) is an outlet's, not a person's, and does not.
    """
    return _ARTICLE.match(name) is None and _squashed(name) in page.hosts


def host_keys(urls: Iterable[str | None]) -> frozenset[str]:
    """The squashed names of the pages' registered domains, which name the site.

    ``archive.coastblog.example`` gives ``coastblog``, ``news.harbour.co.uk`` ``harbour``: the
    label before the public suffix (the top-level domain, with a generic second level such as
    ``co.``), of four letters or more. Subdomains (``archiv.``, ``forum.``) name sections.
    """
    keys: set[str] = set()
    for url in urls:
        parts = split_url(url) if url else None
        host = parts.hostname if parts is not None else None
        if not host or host.replace(".", "").isdigit():
            continue
        labels = host.casefold().split(".")[:-1]
        if len(labels) >= 2 and labels[-1] in _GENERIC_SECOND_LEVEL:
            labels = labels[:-1]
        key = _squashed(labels[-1]) if labels else ""
        if len(key) >= 4:
            keys.add(key)
    return frozenset(keys)
