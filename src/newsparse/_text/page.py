"""Find where the article starts in a dump of a whole page (menus, sidebars and all).

Most dumps open with the title. A scraper that renders the whole page instead writes the site's
menus first, so the first line is a menu item. The article is then found by its anchor: a date
line (or a labelled byline) with a headline just above it and running text soon after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsparse._normalize.names import Byline
from newsparse._text.lines import LineFacts, is_bullet

__all__ = ["anchored_title"]

#: How far above an anchor its headline may stand, and how far below it the body must start.
_ABOVE = 4
_BELOW = 14
#: How many lines of running text must follow an anchor for its headline to count.
_MIN_TEXT = 2
#: What a headline the page repeats adds to its anchor's score.
_REPEATED_BONUS = 2


def _is_headline(line: str, facts: LineFacts) -> bool:
    words = line.split()
    return (
        3 <= len(words) <= 30
        and not is_bullet(line)
        and " | " not in line
        and not line.endswith(".")
        and not facts.boilerplate(line)
    )


def _is_anchor(line: str, dated: bool, facts: LineFacts) -> bool:
    if dated:
        return True
    byline = facts.byline(line)
    return byline is not None and bool(byline.authors)


def _headline_above(
    lines: Sequence[str], anchor: int, dated: Sequence[bool], facts: LineFacts
) -> int | None:
    """The headline standing just above an anchor, past its byline and date lines."""
    for above in range(anchor - 1, max(anchor - 1 - _ABOVE, -1), -1):
        line = lines[above]
        if _is_anchor(line, dated[above], facts) or _is_short_byline(line, facts):
            continue  # the byline and date lines of the same header
        return above if _is_headline(line, facts) else None
    return None


def _is_short_byline(line: str, facts: LineFacts) -> bool:
    """A bare byline that is no headline: a name with a site, several names, or one short name."""
    byline = facts.byline(line, bare=True)
    if byline is None:
        return False
    return " - " in line or len(byline.authors) > 1 or len(line.split()) <= 3


def anchored_title(
    lines: Sequence[str],
    facts: LineFacts,
    *,
    dated: Sequence[bool],
    paragraph: Sequence[bool],
    counts: Mapping[str, int],
    bylines: Sequence[Byline | None],
) -> int | None:
    """Return the index of the headline above the best anchor in ``lines``, or ``None``.

    Every anchor (a date line or labelled byline) with a headline just above it is a candidate;
    the one followed by the most running text before the next date line wins, with a bonus for a
    headline the page repeats (pages print their title in breadcrumbs and lists too).

    ``dated`` and ``paragraph`` say of each line whether it is a date line and whether it reads
    as running text, ``counts`` how often each line occurs, and ``bylines`` each line's
    :meth:`~newsparse._text.lines.LineFacts.byline`: the title features know them already.
    """
    best, best_score = None, 0
    total = len(lines)
    # The anchors: date lines, and bylines naming someone (picked out in one comprehension).
    anchors = [
        index
        for index, (date, found) in enumerate(zip(dated, bylines, strict=True))
        if date or (found is not None and found.authors)
    ]
    for index in anchors:
        score = 0
        for following in range(index + 1, min(index + 1 + _BELOW, total)):
            if dated[following]:
                break  # the next dated item (a list of stories): what follows is not this one's
            score += paragraph[following]
        # The text below is counted first: an anchor without enough, or one that cannot beat the
        # best even with the bonus, needs no headline looked for (the dearer test: bylines).
        if score < _MIN_TEXT or score + _REPEATED_BONUS <= best_score:
            continue
        headline = _headline_above(lines, index, dated, facts)
        if headline is None:
            continue
        score += _REPEATED_BONUS if counts[lines[headline]] > 1 else 0
        if score > best_score:
            best, best_score = headline, score
    return best
