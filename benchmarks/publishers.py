"""One name for each publisher across the development sets, so the tune/held-out splits meet.

Each set names its publishers its own way: fundus by a name (``DW``, ``TheIntercept``), the sets with
addresses by a host (``dw.com``, ``www.theintercept.com``), readability by a test case
(``nytimes-3``). :func:`canonical` turns any of these into one key (``dw``, ``theintercept``,
``nytimes``): the name casefolded without punctuation, or the host's label just before its public
suffix (``bbc`` for ``news.bbc.co.uk``), or a blog's own name on a shared blog host.

The folds themselves still come from each set's hash of its own name (the folds that earlier rounds
tuned on); :func:`joined` finds the keys whose pages those hashes put on both sides, which the
splits then keep in the tuned part.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

__all__ = ["canonical", "canonical_host", "joined"]

#: Second-level labels under which a country's registry sells names (``co.uk``, ``com.au``,
#: ``co.id``, ``or.jp``): below a two-letter top-level domain they belong to the suffix.
_SECOND_LEVEL = frozenset(
    {"ac", "co", "com", "edu", "go", "gob", "gov", "gv", "ne", "net", "nic", "or", "org", "web"}
)
#: Hosts that serve many people's blogs under their own subdomain: the subdomain is the publisher.
_SHARED_HOSTS = frozenset(
    {
        "blogspot.com",
        "forumieren.com",
        "github.io",
        "googleblog.com",
        "hypotheses.org",
        "pixnet.net",
        "substack.com",
        "tumblr.com",
        "wordpress.com",
    }
)
#: An archive whose addresses carry the archived page's own address after a timestamp.
_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(?:https?://)?", re.IGNORECASE)
#: Keys that name one outlet another way (a readability case's short name, a fundus name with its
#: article, an outlet's short host): each pair checked on the development data to be one outlet.
_ALIASES = {
    "ars": "arstechnica",
    "cnetsvgclasses": "cnet",
    "derfreitag": "freitag",
    "diewelt": "welt",
    "diezeit": "zeit",
    "eveningstandard": "standard",
    "firefoxnightlyblog": "mozilla",
    "frankfurterrundschau": "fr",
    "guardian": "theguardian",
    "lifehackerpostcommentload": "lifehacker",
    "lifehackerworking": "lifehacker",
    "mzweb": "mitteldeutschezeitung",
    "netzpolitikorg": "netzpolitik",
    "telegraph": "thetelegraph",
    "theindependent": "independent",
    "wapo": "washingtonpost",
}
#: Whole names whose outlet is not what the rules above make of them: readability cases named after
#: a feature (their pages come from the sites given), and hosts whose brand another outlet shares.
_NAMES = {
    "elpais.com.uy": "elpaisuy",
    "express.de": "expressde",
    "lazy-image-1": "medium",
    "lazy-image-2": "kotaku",
    "lazy-image-3": "juejin",
    "rtl-1": "rtl1",
    "rtl-2": "rtl2",
    "rtl-3": "rtl3",
    "rtl-4": "rtl4",
    "videos-1": "vox",
    "videos-2": "liberation",
    "yahoo-4": "yahoojapan",
    "zdnet.de": "zdnetde",
}
_NUMBERED = re.compile(r"-\d+$")
_PUNCTUATION = re.compile(r"[^\w]+")


def canonical_host(host: str) -> str:
    """The publisher's key of a host: its label before the public suffix, or a blog's own name.

    ``www.``, ``m.`` and ``amp.`` prefixes and any other subdomain are dropped (``news.bbc.co.uk``
    and ``bbc.com`` give ``bbc``); a blog on a shared blog host keeps its subdomain
    (``someone.wordpress.com`` gives ``someone.wordpress``). A host of one label is its own key, and
    so is an IP address.
    """
    host = host.casefold().strip(".")
    if ":" in host or host.replace(".", "").isdigit():
        return host  # an IP address names no outlet: it stands for itself
    labels = [label for label in host.split(".") if label]
    for start in range(len(labels) - 1):
        named = _NAMES.get(".".join(labels[start:]))
        if named:
            return named
    if not labels:
        return ""
    if len(labels) >= 2 and ".".join(labels[-2:]) in _SHARED_HOSTS:
        blog = labels[-3] if len(labels) >= 3 and labels[-3] not in ("www", "m", "amp") else ""
        return f"{_key(blog)}.{_key(labels[-2])}" if blog else _key(labels[-2])
    suffix = 2 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 1
    if len(labels) <= suffix:
        return _key(labels[0])
    return _key(labels[-suffix - 1])


def _key(name: str) -> str:
    key = _PUNCTUATION.sub("", name.casefold()).replace("_", "")
    return _ALIASES.get(key, key)


def canonical(name: str, url: str | None = None) -> str:
    """The key of a publisher named ``name`` (a fundus name, a host or a case), or of ``url``'s host.

    Args:
        name: What a set calls the publisher: a name (``TheIntercept``), a host (``dw.com``) or a
            test case (``nytimes-3``, whose number is dropped).
        url: The page's address, when it has one: its host wins over ``name`` (an archived page's
            own address wins over the archive's).

    Returns:
        A lower-case key, the same for every set's name of one publisher.
    """
    if url:
        host = urlsplit(_ARCHIVE.sub("https://", url)).hostname or ""
        if host:
            return canonical_host(host)
    name = name.strip()
    if name.casefold() in _NAMES:
        return _NAMES[name.casefold()]
    if "." in name and " " not in name:
        return canonical_host(name)
    return _key(_NUMBERED.sub("", name))


def joined(pages: Iterable[tuple[str, bool]]) -> frozenset[str]:
    """The keys that have pages on both sides of a split: they belong with the tuned publishers.

    Args:
        pages: ``(key, held out)`` for every page of every set, as each set's own split put it.

    Returns:
        The keys with at least one tuned page and at least one held-out page.
    """
    sides: dict[str, set[bool]] = defaultdict(set)
    for key, held in pages:
        sides[key].add(held)
    return frozenset(key for key, seen in sides.items() if len(seen) == 2)
