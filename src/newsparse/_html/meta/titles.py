"""The headline: metadata titles, visible ``<h1>`` headings and ``<title>``, reconciled."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import lxml.etree

from newsparse._html.meta.sites import host_keys
from newsparse._html.page import selectors as sel
from newsparse._html.page.sources import MAX_VALUE_CHARS, Sources, one_line, text_value
from newsparse._html.page.tree import Element, text_of, unescape
from newsparse._normalize.whitespace import clean_line
from newsparse._urls import split_url

__all__ = ["heading_text", "read_title"]

_QUOTES = re.compile("[\"'‘’‚‛“”„‟«»‹›]")
# A quotation mark, but not a guillemet standing between spaces: "Site » Section » Headline"
# uses it as a separator, and a loosened title must keep it for one.
_LOOSE_QUOTES = re.compile("[\"'‘’‚‛“”„‟]|(?<!\\s)[«»‹›]|[«»‹›](?!\\s)")
_WORD = re.compile(r"\w+")
# A title part that is a web address: "coastnews.test", "www.coastnews.test".
_DOMAIN_PART = re.compile(r"(?:[\w-]+\.)+[a-z]{2,6}", re.IGNORECASE)
# A separator sign opening a title part: the part is a separator's leftover, not a name.
_SEPARATOR_SIGNS = "|-–—:·»›•/_~丨"
# A colon, ASCII or full-width, with the spaces around it: "Site: Headline", "标题：网站".
_COLON = re.compile(r"\s*(?<!:)[:：](?!:)\s*")
# A colon closing a kicker, at the end of what stands before a headline.
_KICKER_END = re.compile(r"\s*[:：]\s*$")
# The most words a site's name after a guillemet pointing back has (see _cut_back_guillemet).
_NAME_WORDS = 5
# How much text before a heading is looked at for a kicker shown above it.
_NEAR = 300
# The paths of a site's home page, between their slashes.
_HOME_PATHS = frozenset({"", "index.html", "index.htm", "index.php"})
# A bar between a section label and a headline: "Politics | Headline", "政治｜标题".
_SECTION_BAR = re.compile(r"\s+\|\s+|\s*[｜︱]\s*")
# A short note in brackets after a headline: "(Photo: Agency)", "（写真＝筆者）", "[Video]".
_NOTE = re.compile(r"\s*[(（\[【][^()（）\[\]【】]{1,40}[)）\]】]")
# The signs one of which every title separator holds (see :data:`sel.TITLE_SEPARATORS`): a
# title without any has no separator, and the separators' pattern, which tries every position
# of a title, is not run over it.
_SEPARATOR_SIGN = re.compile(r"[|\-–—:·»›•/_~｜︱丨]")


def _loose(text: str) -> str:
    # (A text without a quotation mark has none to replace; the test is much cheaper.)
    if _QUOTES.search(text) is not None:
        text = _LOOSE_QUOTES.sub("'", text)
    return " ".join(text.casefold().split())


def _separators(title: str) -> list[re.Match[str]]:
    """The title separators in ``title`` (:data:`sel.TITLE_SEPARATORS`), in order."""
    if _SEPARATOR_SIGN.search(title) is None:
        return []
    return list(sel.TITLE_SEPARATORS.finditer(title))


def _shown_text(el: Element) -> str:
    """The text of ``el`` (see :func:`text_of`), a line break in it read as a space.

    ``<h1>Harbour fire<br>under control</h1>`` is set on two lines, and reads
    ``"Harbour fire under control"``, not ``"Harbour fireunder control"``.
    """
    if not len(el) or next(el.iter("br"), None) is None:
        return text_of(el)
    pieces: list[str] = []
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if isinstance(node.tag, str):  # (not a comment's text)
                pieces.append(" " if node.tag == "br" else node.text or "")
        elif node is not el:
            pieces.append(node.tail or "")
    return "".join(pieces)


def heading_text(el: Element) -> str:
    """The headline of a heading element, without a kicker set in an element of its own.

    ``<h1><span>Premier League</span> <span>Liverpool loses at Everton</span></h1>`` reads as the
    longest part when the heading is split into several elements that each hold text. A line
    break in a heading is a space between its words.
    """
    parts = [one_line(_shown_text(child)) for child in el if isinstance(child.tag, str)]
    parts = [p for p in parts if p]
    own = one_line((el.text or "") + " ".join(child.tail or "" for child in el))
    if len(parts) >= 2 and not own.strip(" :|-–—"):
        return max(parts, key=len)
    kicker = _glued_kicker(el)
    if kicker is not None:
        return one_line(kicker.tail or "")
    return one_line(_shown_text(el))


def _glued_kicker(el: Element) -> Element | None:
    """A kicker element opening a heading, its headline following it with no space between.

    ``<h1><span class="overline">Harbour</span>Fire under control at last</h1>``: the kicker
    is set on a line of its own (no reader would run "HarbourFire" together), so the headline
    is what follows it, when that is long enough to be one.
    """
    children = [child for child in el if isinstance(child.tag, str)]
    if (el.text or "").strip() or not children:
        return None
    first = children[0]
    label, tail = text_of(first), first.tail or ""
    if any(text_of(child).strip() for child in children[1:]) or any(c.tail for c in children[1:]):
        return None
    # The headline opens with a capital or a quotation mark: not the rest of a split word
    # ("<b>Harb</b>our"), nor a script without capitals, where words always touch.
    opens = tail[:1].isupper() or bool(_QUOTES.match(tail))
    if not label[-1:].isalnum() or not opens:
        return None
    return first if _long_enough(tail) and len(label.split()) <= 5 else None


def _names_host(part: str, hosts: frozenset[str]) -> bool:
    """Whether a title part names the site by its host.

    ``"Jane Roe's Digital Home"`` on ``janeroe.example`` does, and so does a web address
    (``"coastnews.test"``) on any host.
    """
    if _DOMAIN_PART.fullmatch(part.strip()):
        return True
    # The name's opening words, run together, must spell the key: "Coastblog-Archive" and
    # "Jane Roe's" do for coastblog and janeroe, "Coastblogger tips" does not.
    opening = ""
    for word in _WORD.findall(part.casefold()):
        opening += word
        if opening in hosts:
            return True
        if not any(key.startswith(opening) for key in hosts):
            return False
    return False


def _cut_back_guillemet(title: str, names_site: Callable[[str], bool]) -> str:
    """``"Headline « Site"`` without the site's name, which ``names_site`` must recognise.

    Old blog templates join the headline and the blog's name with a guillemet pointing back at
    the headline (``«`` or ``‹``, set between spaces). In French a spaced ``«`` opens a
    quotation, so only the last one counts, with no guillemet after it (``"… « Le Monde »"`` is
    a quotation) and the site's own name after it, a few words at most (a quotation's sentence
    may open with the name); the headline left must be long enough to be one (see
    :func:`_long_enough`).
    """
    at = max(title.rfind("«"), title.rfind("‹"))
    if at <= 0 or "»" in title[at:] or "›" in title[at:]:
        return title
    before, after = title[:at], title[at + 1 :]
    if not before[-1].isspace() or not after[:1].isspace():
        return title
    name = after.strip()
    if len(name.split()) <= _NAME_WORDS and names_site(name) and _long_enough(before):
        return before.strip()
    return title


def _strip_host(title: str, hosts: frozenset[str]) -> str:
    """Cut a title at the first separator followed by a part that names the host.

    ``"Headline : Blog-Archive | Tagline | Founded 2005"`` on ``archive.blog.example`` keeps the
    headline; ``"Blog Home | Headline"`` loses the leading part. The headline left must still
    be long enough to be one (see :func:`_long_enough`). A host's name after a guillemet
    pointing back (``"Headline « Coastblog"``) goes too (see :func:`_cut_back_guillemet`).
    """
    if hosts:
        title = _cut_back_guillemet(title, lambda part: _names_host(part, hosts))
    matches = _separators(title)
    if not matches:
        return title
    bounds = [0, *(m.start() for m in matches), len(title)]
    starts = [0, *(m.end() for m in matches)]
    parts = [title[starts[i] : bounds[i + 1]] for i in range(len(starts))]
    # Each different part is read once: a title of thousands of separators repeats its parts.
    named: dict[str, bool] = {}
    for i, part in enumerate(parts[1:], start=1):
        if part.strip()[:1] in _SEPARATOR_SIGNS:
            continue
        names = named.get(part)
        if names is None:
            names = named[part] = _names_host(part, hosts)
        if names and _long_enough(title[: matches[i - 1].start()]):
            return title[: matches[i - 1].start()].strip()
    if _names_host(parts[0], hosts) and len(matches) == 1:
        rest = title[matches[0].end() :].strip()
        if _long_enough(rest) and not _names_host(rest, hosts):
            return rest
    return title


def _strip_site(title: str, site_names: Iterable[str]) -> str:
    """Remove a ``" | Site"`` suffix or ``"Site: "`` prefix naming the site.

    A separator left dangling at the end (``"Headline -"``, the site name left empty) goes too,
    and so does a site name that holds separators itself (``"Headline | Site - Tagline"``), and
    one after a guillemet pointing back (``"Headline « Site"``, see :func:`_cut_back_guillemet`).
    """
    title = sel.TITLE_DANGLING.sub("", title)
    names = {clean_line(s).casefold() for s in site_names if s}
    if not names:
        return title
    title = _strip_colon_site(title, names)
    title = _cut_back_guillemet(title, lambda part: part.casefold() in names)
    folded = title.casefold()
    for name in names:
        # "Headline_Site": an underscore, even without spaces, sets off the site's own name.
        if folded.endswith("_" + name) and _long_enough(title[: -len(name) - 1]):
            return title[: -len(name) - 1].strip()
    # (Each separator holds a sign, so the title splits in one part more than it has them.)
    separators = _separators(title)
    if not separators:
        return title
    for name in names:
        if len(name) < len(folded) and folded.endswith(name):
            head = title[: len(title) - len(name)]
            separator = sel.TITLE_SEPARATOR_END.search(head)
            if separator is not None and _long_enough(head[: separator.start()]):
                return head[: separator.start()].strip()
    first, last = separators[0], separators[-1]
    tail = title[last.end() :].casefold()
    for name in names:
        # "Headline | Site" and "Headline - Site Section" lose the site part, and so does a
        # site's name without its last words ("Headline | Coast News" on "Coast News Online"):
        # two words at least, so that one common word is not taken for the name.
        if (
            tail == name
            or (tail.startswith(name) and len(tail.split()) <= len(name.split()) + 2)
            or (len(tail.split()) >= 2 and name.startswith(tail + " "))
        ):
            return title[: last.start()].strip()
        if (
            first
            and title[: first.start()].casefold() == name
            and _long_enough(title[first.end() :])
        ):
            return title[first.end() :].strip()
    return title


def _strip_colon_site(title: str, names: set[str]) -> str:
    """Remove a site name set off by a colon: ``"Site: Headline"``, ``"Headline：Site"``.

    A colon is no title separator (what stands before one is a kicker), but a kicker or a
    subtitle that is the site's own name is a label all the same.
    """
    if not names or ("：" not in title and ":" not in title):
        return title
    colons = list(_COLON.finditer(title))
    if not colons:
        return title
    first, last = colons[0], colons[-1]
    if title[: first.start()].casefold() in names and _long_enough(title[first.end() :]):
        return title[first.end() :]
    if title[last.end() :].casefold() in names and _long_enough(title[: last.start()]):
        return title[: last.start()]
    return title


def _is_site_suffix(rest: str, sites: list[str]) -> bool:
    """Whether ``rest``, what a metadata title adds after the ``<h1>`` text, names the site.

    ``" | Sport"`` or ``" - Güncel haberler"`` do; after a colon the rest is a subtitle
    (``"Stuttgart hat's drauf: Stadt der Superlative"``) unless it is one of the site's names.
    """
    if not sel.SITE_SUFFIX.fullmatch(rest):
        return False
    if rest.lstrip()[:1] != ":":
        return True
    name = rest.lstrip()[1:].strip().casefold()
    return any(name == site.casefold() for site in sites)


def _is_proper_part(heading: str, title: str) -> bool:
    """Whether ``heading`` is a whole part of ``title`` set off by title separators.

    ``"Politik | Headline | Site"`` or ``"Kicker: Headline"`` around a visible ``<h1>`` that
    reads ``"Headline"``: the page shows the headline, the metadata adds labels around it. Both
    are already loosened (see :func:`_loose`).
    """
    if len(heading) < 12 and not _long_enough(heading):
        return False
    start = title.find(heading)
    if start < 0 or len(heading) == len(title):
        return False
    before, after = title[:start], title[start + len(heading) :]
    before_ok = not before or bool(sel.TITLE_SEPARATOR_END.search(before))
    return before_ok and _labels_after(after)


def _labels_after(after: str) -> bool:
    """Whether ``after``, what a title adds after the headline, is only labels.

    Nothing, a separator and what follows it, or a short note in brackets (a picture credit,
    ``"(Video)"``), itself followed by nothing, a separator or a colon and a site name.
    """
    if not after or sel.TITLE_SEPARATORS.match(after):
        return True
    note = _NOTE.match(after)
    if note is None:
        return False
    rest = after[note.end() :]
    return not rest.strip() or bool(sel.TITLE_SEPARATORS.match(rest) or _COLON.match(rest))


def _unshown_kicker(heading: str, title: str, shown: Callable[[], str]) -> bool:
    """Whether ``title`` is ``"Kicker: heading"`` with a kicker the page does not show.

    A newsroom that writes a kicker shows it over the headline, in the ``<h1>`` or just before
    it, and then the title keeps it; a kicker that only the metadata holds (``"Klimaschutz:
    Headline"`` over an ``<h1>`` that reads ``"Headline"``) is a label for search engines and
    feeds. ``heading`` and ``title`` are already loosened (see :func:`_loose`); ``shown`` gives
    the loosened text around the page's headings.
    """
    if len(heading) >= len(title) or not title.endswith(heading) or not _long_enough(heading):
        return False
    colon = _KICKER_END.search(title[: len(title) - len(heading)])
    if colon is None:
        return False
    kicker = title[: colon.start()].strip()
    return bool(kicker) and kicker not in shown()


def _abbreviates(title: str, heading: str) -> bool:
    """Whether ``title`` is ``heading`` cut short and closed with an ellipsis.

    A metadata title trimmed to a length limit (``"Harbour council approves plan for..."``)
    over the ``<h1>`` it was cut from: the heading is the whole headline. Both are already
    loosened (see :func:`_loose`).
    """
    stem = title.removesuffix("...").removesuffix("…").rstrip()
    # The whole heading with an ellipsis added is the metadata's own style, not a cut.
    cut = len(stem) < len(title) and len(stem) < len(heading)
    return cut and _long_enough(stem) and heading.startswith(stem)


def _strip_section(title: str) -> str:
    """A metadata title without a leading section label: ``"Politics | Headline"``.

    The label is one or two words without digits (a few characters in a script written
    without spaces) before the title's only bar; what follows must be long enough to be a
    headline (see :func:`_long_enough`). Only a title that no heading on the page confirms is
    cut so: beside an ``<h1>``, the heading tells.
    """
    bar = _SECTION_BAR.search(title)
    if bar is None or _SECTION_BAR.search(title, bar.end()) is not None:
        return title
    label, rest = title[: bar.start()].strip(), title[bar.end() :].strip()
    # A date or a number before the bar ("30.11. | Book of the week") is no section's name; in
    # a script written without spaces a section's name has a few characters ("政治", "国际新闻").
    named = bool(label) and not any(ch.isdigit() for ch in label)
    spaced = " " in label or any(ch.lower() != ch.upper() for ch in label)
    short = len(label.split()) <= 2 if spaced else len(label) <= 4
    if named and short and _long_enough(rest) and len(rest) > len(label):
        return rest
    return title


def _shared_only(shared: str, headings: list[str], tag_title: str | None) -> bool:
    """Whether the page's one ``<h1>`` beats an ``og:title`` that no headline metadata backs.

    On a page without a JSON-LD or Dublin Core headline, ``shared`` is the ``og:title``
    (without its site name). When it and the only ``<h1>`` hold different texts, neither a part
    of the other, and ``<title>`` does not repeat the ``<h1>`` either, the ``og:title`` is a line
    written for search engines and sharing (``"Best cat toys 2022 - Comparison"``, often in
    ``<title>`` too) and the ``<h1>`` the headline readers see over the story. A ``<title>``
    that repeats the ``<h1>`` is a CMS's default; an ``og:title`` beside it that says something
    else was written by hand, and the metadata title stays. An ``<h1>`` that holds the
    ``og:title`` or is held by it is left to the other rules (a kicker, a site name, a cut).
    """
    if len(headings) != 1 or not _long_enough(headings[0]):
        return False
    key, loose = _loose(headings[0]), _loose(shared)
    if tag_title and key in _loose(tag_title):
        return False
    return key not in loose and loose not in key


def _drop_suffixed(candidates: list[str]) -> list[str]:
    """Metadata titles, each replaced by another one it repeats with a suffix appended.

    ``"Headline | Sport"`` in JSON-LD beside ``"Headline"`` in OpenGraph: the shorter one is the
    headline, the suffix a section or site name one source adds.
    """
    out: list[str] = []
    for candidate in candidates:
        shorter = next(
            (
                other
                for other in candidates
                if len(other) < len(candidate)
                and candidate.startswith(other)
                and sel.TITLE_SEPARATORS.match(candidate[len(other) :])
            ),
            candidate,
        )
        out.append(shorter)
    return out


#: The separators tried at each end of a ``<title>`` for a part that is the page's heading (see
#: :func:`_title_from_tag`): the development pages' titles hold at most 6 separators; a title
#: of tens of thousands of separators beside a heading as long cost the square of its length.
_MOST_PARTS = 32


def _title_from_tag(title: str, headings: list[str]) -> str:
    """The ``<title>`` element, without what looks like a site name next to a separator."""
    folded = {h.casefold() for h in headings}
    if title.casefold() in folded:
        return title
    matches = _separators(title)
    if not matches:
        if (
            (len(title) < 15 or len(title) > 150)
            and len(headings) == 1
            and len(headings[0].split()) > 4
        ):
            return headings[0]
        return title
    # Only a part about as long as a heading can be one (casefolding never shortens a text, and
    # the title has single spaces): measured before it is cut out, so a title of many separators
    # is not copied once for each of them.
    longest = max(map(len, folded), default=0) + 2
    # The parts before a separator grow, and those after one shrink, along the title: only the
    # first and the last separators' parts can be short enough (a title of thousands of
    # separators is not walked through between them). The parts are tried in the title's order.
    # A heading as long as the title leaves every part short enough: the first and the last
    # _MOST_PARTS separators are tried (each part costs its length to compare).
    size = len(title)
    count = len(matches)
    early = 0
    while early < min(count, _MOST_PARTS) and matches[early].start() <= longest:
        early += 1
    late = count
    while late > max(early, count - _MOST_PARTS) and size - matches[late - 1].end() <= longest:
        late -= 1
    for index in (*range(early), *range(late, count)):
        match = matches[index]
        for start, end in ((0, match.start()), (match.end(), size)):
            if end - start <= longest:
                part = title[start:end].strip()
                if part.casefold() in folded:
                    return part
    # "Site | Section | Headline": labels of one or two words each before the last part, which
    # is long enough to be the headline (the head before the last separator is only labels).
    if len(matches) >= 2:
        last = title[matches[-1].end() :].strip()
        starts = [0, *(m.end() for m in matches[:-1])]
        if len(last.split()) >= 3 and all(
            len(title[start : m.start()].split()) <= 2
            for start, m in zip(starts, matches, strict=True)
        ):
            return last
    head = title[: matches[-1].start()].strip()
    if len(head.split()) >= 3 or (len(matches) == 1 and _long_enough(head)):
        return head
    tail = title[matches[0].end() :].strip()
    if len(tail.split()) >= 3:
        return tail
    return title


def _long_enough(part: str) -> bool:
    """Whether a part of a title is long enough to be a headline rather than a label.

    Three words, or, in a script written without spaces (Chinese, Japanese), eight characters.
    """
    part = part.strip()
    if len(part.split()) >= 3:
        return True
    return len(part) >= 8 and " " not in part and not part.isascii()


def _pick_title(
    candidates: list[str | None],
    headings: list[str],
    tag_title: str | None,
    sites: list[str],
    *,
    hosts: frozenset[str] = frozenset(),
    shown: Callable[[], str] = str,
    shared: str | None = None,
) -> str | None:
    """Choose the headline among the metadata titles, the ``<h1>`` elements and ``<title>``.

    Metadata titles come first (JSON-LD, Dublin Core, OpenGraph, Twitter), except that an
    ``<h1>`` that equals one of them up to quote style, or that one of them repeats with a site
    name appended, wins; without metadata, ``<title>`` (cleaned of a site name) is used, and the
    only ``<h1>`` when ``<title>`` is missing or says nothing.

    A metadata title with a kicker the page does not show (``"Kicker: Headline"``) gives way to
    the ``<h1>``. ``shown`` gives the loosened text of the ``<h1>`` elements and of what stands
    just before each (see :func:`_shown_near`); it is read only for such a title. ``shared`` is
    the ``og:title`` of a page without a JSON-LD or Dublin Core headline (one of
    ``candidates``): an only ``<h1>`` that says something else, and that ``<title>`` does not
    repeat, wins over it (see :func:`_shared_only`).
    """
    # Each title cleaned once: the metadata often repeats one title in several fields.
    stripped: dict[str, str] = {}
    for candidate in candidates:
        if candidate and candidate not in stripped:
            stripped[candidate] = _strip_host(_strip_site(candidate, sites), hosts)
    cleaned = _drop_suffixed([stripped[c] for c in candidates if c])
    folded = {h.casefold(): h for h in headings}
    for candidate in cleaned:
        if candidate.casefold() in folded:
            return candidate
    site_folded = {s.casefold() for s in sites}
    usable = [h for h in headings if h.casefold() not in site_folded and len(h) > 3]
    if cleaned:
        for heading in usable:
            key = _loose(heading)
            for candidate in cleaned:
                loose = _loose(candidate)
                # The heading, or the heading and a site's name after a separator or run on
                # with none ("HeadlineSite", a template that forgot the separator).
                if loose == key or (
                    loose.startswith(key)
                    and (
                        _is_site_suffix(candidate[len(heading) :], sites)
                        or candidate[len(heading) :].strip().casefold() in site_folded
                    )
                ):
                    return heading
                if (
                    _is_proper_part(key, loose)
                    or _unshown_kicker(key, loose, shown)
                    or _abbreviates(loose, key)
                ):
                    return heading
        if shared and _shared_only(stripped[shared], usable, tag_title):
            return usable[0]
        return _strip_section(cleaned[0])
    if tag_title:
        title = _strip_host(_strip_site(tag_title, sites), hosts)
        loose = _loose(title)
        for heading in usable:
            # "Site: Headline" over <h1>Headline</h1>: a label the page does not show by it;
            # "Headline (Video) | Site": labels around the headline the page shows.
            key = _loose(heading)
            if _unshown_kicker(key, loose, shown) or (
                _is_proper_part(key, loose) and sel.TITLE_SEPARATORS.search(loose) is not None
            ):
                return heading
        # "Site - Tagline", the site's own title on every page, over the only <h1>, which
        # shares no word with what is left once the site's name is gone: the <h1> is the
        # headline.
        if (
            title != tag_title
            and len(usable) == 1
            and _long_enough(usable[0])
            and not set(_WORD.findall(loose)) & set(_WORD.findall(_loose(usable[0])))
        ):
            return usable[0]
        return _title_from_tag(title, usable)
    return usable[0] if usable else None


def _shown_near(el: Element) -> str:
    """The text of a heading and of the element just before it (or before its parent).

    That is where a kicker over the headline stands; only the first few hundred characters of
    the element before are read, so a long menu there costs little.
    """
    before, parent = el.getprevious(), el.getparent()
    if before is None and parent is not None:
        before = parent.getprevious()
    # Not a comment or a processing instruction.
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    near = ""
    if before is not None:
        for piece in before.itertext():
            near += piece
            if len(near) > _NEAR:
                break
    return f"{near} {text_of(el)}"


def _links_home(el: Element) -> bool:
    """Whether all the text of a heading is one link to a site's home page.

    ``<h1><a href="https://coastnotes.example/">Coast Notes</a></h1>``, the masthead of many
    blogs: the site's name, not the headline.
    """
    links = [a for a in el.iter("a") if a.get("href") is not None]
    if len(links) != 1 or one_line(text_of(links[0])) != one_line(text_of(el)):
        return False
    parts = split_url((links[0].get("href") or "").strip())
    return parts is not None and not parts.query and parts.path.strip("/") in _HOME_PATHS


#: How many ``<h2>`` elements are read under an ``<h1>`` that holds only a label (see
#: :func:`_under_label`): the headline under a section's name is among the page's first ones.
_LABEL_H2S = 6


def _is_label(heading: str, names: set[str]) -> bool:
    """Whether an ``<h1>`` text is a label rather than a headline.

    A site's name (``names`` casefolded), or a text too short to be a headline (see
    :func:`_long_enough`): a section's name (``"Literature"``) set as the page's ``<h1>``.
    """
    return heading.casefold() in names or len(heading) <= 3 or not _long_enough(heading)


def _under_label(root: Element, titles: Iterable[str | None]) -> tuple[Element, str] | None:
    """The ``<h2>`` that is the headline of a page whose ``<h1>`` elements hold only labels.

    ``<h1>Literature</h1>`` over ``<h2>Book of the week</h2>``, under an ``og:title`` that reads
    ``"Book of the week - Author (ed.) • Title"``: the ``<h2>`` is the headline the page shows,
    and a metadata title or ``<title>`` (``titles``) that holds it confirms it. Only the first
    :data:`_LABEL_H2S` ``<h2>`` elements are read; the first long enough (see
    :func:`_long_enough`) and held by one of ``titles`` is the headline, with its text.
    """
    texts = [_loose(title) for title in titles if title]
    if not texts:
        return None
    for count, el in enumerate(root.iter("h2")):
        if count >= _LABEL_H2S:
            break
        text = heading_text(el)[:MAX_VALUE_CHARS]
        key = _loose(text)
        if key and _long_enough(text) and any(key in title for title in texts):
            return el, text
    return None


def read_title(src: Sources, site_names: list[str], urls: Iterable[str | None] = ()) -> str | None:
    """The page's headline (see :func:`_pick_title`); ``urls`` are its addresses, best first."""
    h1s: list[Element] = []
    mastheads: list[str] = []
    for h1 in src.index.tagged["h1"]:
        if _links_home(h1):
            mastheads.append(one_line(text_of(h1)))  # the site's name, as the page shows it
        else:
            h1s.append(h1)
    # The <title> and <h1> texts are cut like a <meta> or JSON-LD value: a title of megabytes
    # is never real, and the sources then agree on what a huge title gives.
    # A reference left in them (the page wrote "&amp;#8217;") is decoded, as in a metadata value.
    # (heading_text gives one line: only a cut or decoded one is folded again.)
    headings = [
        one_line(unescape(h[:MAX_VALUE_CHARS])) if len(h) > MAX_VALUE_CHARS or "&" in h else h
        for h in map(heading_text, h1s)
        if h
    ]
    headings = [h for h in headings if h]
    tag_title = None
    for container in (src.head, src.root):
        el = container.find(".//title") if container is not None else None
        if el is not None:
            tag_title = one_line(unescape(text_of(el)[:MAX_VALUE_CHARS])) or None
            break
    headline = text_value(src.art.get("headline"))
    dc_title = src.meta.first(
        ["dc.title", "dc:title", "dcterms.title", "dcterm:title", "dcterms:title"]
    )
    og_title = src.meta.first(["og:title"])
    candidates = [
        headline,
        dc_title,
        og_title,
        src.meta.first(["twitter:title"]),
        src.meta.first(["parsely-title"]),
        text_value(src.art.get("name")) if src.art else None,
    ]
    names = [*site_names, *(m for m in mastheads if m)]
    folded_names = {name.casefold() for name in names}
    if headings and all(_is_label(h, folded_names) for h in headings):
        found = _under_label(src.root, [*candidates, tag_title])
        if found is not None:
            h1s, headings = [found[0]], [found[1]]
    shown_text: list[str] = []

    def shown() -> str:
        # Read at most once, and only for a title with a kicker before an <h1> text.
        if not shown_text:
            shown_text.append(_loose(" ".join(_shown_near(el) for el in h1s)))
        return shown_text[0]

    return _pick_title(
        candidates,
        headings,
        tag_title,
        names,
        hosts=host_keys(urls),
        shown=shown,
        shared=None if headline or dc_title else og_title,
    )
