"""Choose a dump's title line with the trained title model (see :mod:`newsparse._text.features`).

Only the lines that may still win are scored in full. Every candidate's score is first bounded
from above: its features but the dear ones of :data:`~newsparse._text.features.LATE` and the
sought ones of :data:`~newsparse._text.features.SOUGHT`, weighted and summed without building
its row (:meth:`~newsparse._text.features.TitleEvidence.partial_sums`), plus the most those can
add (:meth:`~newsparse._text.features.TitleEvidence.headrooms`,
:meth:`~newsparse._text.features.TitleEvidence.sought_headroom`). The search takes the highest
bound left: a candidate whose sought features are not computed yet gets them
(:meth:`~newsparse._text.features.TitleEvidence.sought_sum`) and waits with its own bound, one
that has them gets its row and is filled in and scored in full, until no bound left can beat
the best score found (nor, when no line is anchored, the threshold). A candidate visited gets
the late features of its line first; the dearest ones, which read the running text under it,
only if its bound with them still reaches that bar, and the article's body for its words (and
its row, built) only if its bound with the text under it still does. The choice is the one that
scoring every line makes: a line left out scores below a line scored, or below the threshold
when that alone decides.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from typing import NamedTuple

from newsparse._text.features import (
    WHOLE_PAGE,
    TitleEvidence,
    TitleModel,
    candidate_limit,
    candidates,
    cjk_spaces,
    dump_group,
    holds_cjk,
    line_features,
    load_model,
    top_dated,
    top_spaces,
    trail_end,
    weighted_sum,
)
from newsparse._text.lines import LineFacts

__all__ = [
    "Candidates",
    "choose_title",
    "is_whole_page",
    "read_candidates",
    "title_lines",
    "with_kicker",
]


#: The shipped weights: package data, read once at import (a value, never changed).
_MODEL: TitleModel = load_model()
#: Room for rounding between a bound summed in pieces and a score summed whole.
_SLACK = 1e-6


def _probability(z: float) -> float:
    # The same expression as TitleModel.scores: a bound must round as a score does.
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Candidates(NamedTuple):
    """The lines :func:`choose_title` weighs, and the page facts it read to find them.

    :func:`read_candidates` makes it; the parser, the training rows of ``benchmarks/textlines.py``
    and the title census all read a dump's candidates through it, so they cannot drift apart.
    """

    #: Which weights and threshold the dump takes (:func:`dump_group`).
    group: int
    #: Whether its lines of Chinese or Japanese are read by their characters (a whole page only).
    cjk: bool
    #: How many of the first lines may hold the title (:func:`candidate_limit`).
    limit: int
    #: Whether each of those lines is a date line (:func:`top_dated`).
    dated: list[bool]
    #: On a whole page, ``dated`` with the lines noting a date and its writer too, else ``None``.
    noted: Sequence[bool] | None
    #: Each line's spaces (:func:`top_spaces`), and its words as counted (:func:`cjk_spaces`).
    spaces: list[int]
    counted: Sequence[int]
    #: The candidates' indices in ``lines`` (:func:`candidates`).
    chosen: list[int]

    def rows(
        self, lines: Sequence[str], facts: LineFacts, headings: frozenset[int] = frozenset()
    ) -> list[list[float]]:
        """Every candidate's whole feature row (:func:`line_features`), all filled.

        :func:`choose_title` fills only the rows its bounds cannot rule out; the training rows of
        ``benchmarks/textlines.py`` and the tests' reference choice take them all from here.
        """
        return line_features(
            lines,
            self.chosen,
            facts,
            headings=headings,
            dated=self.dated,
            limit=self.limit,
            cjk=self.cjk,
            noted=self.noted,
        )


def read_candidates(lines: Sequence[str], facts: LineFacts) -> Candidates:
    """The title's candidates among ``lines``, as :func:`choose_title` weighs them."""
    group = dump_group(lines)
    # On a whole page, lines of Chinese or Japanese are read by their characters.
    whole_page = group == WHOLE_PAGE
    cjk = whole_page and holds_cjk(lines)
    limit = candidate_limit(lines, cjk=cjk)
    dated = top_dated(lines, facts, limit)
    # On a whole page, a line noting the date with its writer is a date line too (no candidate).
    noted = facts.noted_dates(lines[: len(dated)], dated) if whole_page else None
    spaces = top_spaces(lines, limit)
    counted = cjk_spaces(lines, spaces) if cjk else spaces
    chosen = candidates(
        lines, facts, dated=dated if noted is None else noted, spaces=counted, limit=limit
    )
    return Candidates(group, cjk, limit, dated, noted, spaces, counted, chosen)


def choose_title(lines: Sequence[str], headings: frozenset[int], facts: LineFacts) -> int | None:
    """Return the index of the title line, or ``None`` when no line is likely enough to be one."""
    found = title_lines(lines, headings, facts)
    return None if found is None else found[0]


def title_lines(  # noqa: PLR0915 - one best-first search, each step of the bounds written out
    lines: Sequence[str], headings: frozenset[int], facts: LineFacts
) -> tuple[int, int] | None:
    """The index of the title line and of the line whose wording the title takes, or ``None``.

    The first is :func:`choose_title`'s line, where the article's header stands; the second is
    that line, or on a whole page another wording of its story that the page prints more often
    (:func:`_more_printed`).
    """
    found = read_candidates(lines, facts)
    chosen = found.chosen
    if not chosen:
        return None
    group = found.group
    model = _MODEL
    weights = model.weights[group]
    threshold = model.thresholds[group]
    evidence = TitleEvidence(
        lines,
        chosen,
        facts,
        headings=headings,
        dated=found.dated,
        spaces=found.spaces,
        limit=found.limit,
        cjk=found.cjk,
        counted=found.counted,
        noted=found.noted,
    )
    # The bounds as sums: the probability is monotone in the sum, so the order by sum is the order
    # by bound, and only the lines visited have theirs turned into a probability. The sums of the
    # features but the late and sought ones are computed without building the rows: only the
    # lines visited get a row.
    line_room = evidence.line_headroom(weights) + _SLACK
    word_rooms = evidence.word_headrooms(weights)
    partials = evidence.partial_sums(weights)
    sought_room = evidence.sought_headroom(weights)
    anchored = evidence.anchored
    scores: dict[int, float] = {}
    # The headline above the page's best date-and-text anchor is a title even when unsure: with
    # one, only a line that may score above it matters; without, one that may reach the threshold.
    bar = -1.0 if anchored is not None else threshold
    if anchored is not None:
        evidence.fill(anchored)
        bar = scores[anchored] = model.scores([evidence.row(anchored)], group)[0]
    # Best first: a line's bound holds the most its sought features may add until they are
    # computed (then it waits among the lines sought with its own bound), and a line is scored
    # when its bound with them is the highest left: the lines are scored in the order of those
    # bounds, as if every line had them computed. The search ends when no bound left can reach
    # the bar.
    room = sought_room + line_room
    first = [partial + room + words for partial, words in zip(partials, word_rooms, strict=True)]
    order = sorted(range(len(first)), key=first.__getitem__, reverse=True)
    sought: list[tuple[float, int]] = []  # a heap of (-bound, k), the highest bound first
    body_rooms: list[float] | None = None  # (what body_words may add: read when first needed)
    sums: dict[int, float] = {}  # each line sought: its partial and sought features' sum
    at = 0
    while True:
        if at < len(order) and (not sought or first[order[at]] >= -sought[0][0]):
            k = order[at]
            at += 1
            if _probability(first[k]) < bar:
                break  # the bounds left are no higher
            if k not in scores:
                known = sums[k] = partials[k] + evidence.sought_sum(k, weights)
                heapq.heappush(sought, (-(known + line_room + word_rooms[k]), k))
            continue
        if not sought:
            break
        negative, k = heapq.heappop(sought)
        if _probability(-negative) < bar:
            break  # the bounds left are no higher
        # The features of the line alone first, before its row is built: a line they leave
        # below the bar, even with all the running text could add, gets no row and is not read
        # against the running text (the dearer part).
        known = sums[k] + evidence.line_late_sum(k, weights)
        if _probability(known + word_rooms[k] + _SLACK) < bar:
            continue
        # Then the running text under the line, still without a row: a line it leaves below the
        # bar, even with all that the body's words could add, is not read against the body
        # (half the lines read against the text under them on a whole page).
        if body_rooms is None:
            body_rooms = evidence.body_headrooms(weights)
        if _probability(known + evidence.below_sum(k, weights) + body_rooms[k] + _SLACK) < bar:
            continue
        evidence.fill_line(k)
        row = evidence.row(k)
        evidence.fill_body(k, evidence.fill_below(k))
        score = scores[k] = model.scores([row], group)[0]
        bar = max(bar, score)
    if not scores:
        return None
    top = max(scores.values())
    best = min(k for k, score in scores.items() if score == top)
    if top >= threshold or best == anchored:
        worded = (
            _more_printed(lines, chosen, best, evidence, weights) if group == WHOLE_PAGE else best
        )
        return chosen[best], chosen[worded]
    return None


#: A line of the same story as the model's pick shares at least this share of their words.
_SAME_STORY = 0.5
#: How far below the pick's sum such a line may score and still be preferred.
_STORY_MARGIN = 2.0
#: Marks stripped off a word's ends before it is compared.
_WORD_MARKS = ".,:;!?\"'«»„“”‘’()|-"
#: A word shorter than this says little about the story.
_STORY_WORD_CHARS = 4


def _story_words(line: str) -> set[str]:
    """The words of ``line`` that tell its story, lowered and without marks at their ends."""
    return {
        word.strip(_WORD_MARKS).lower() for word in line.split() if len(word) >= _STORY_WORD_CHARS
    }


def _more_printed(
    lines: Sequence[str],
    chosen: Sequence[int],
    best: int,
    evidence: TitleEvidence,
    weights: Sequence[float],
) -> int:
    """The candidate a whole page prints its story under, given the model's pick ``best``.

    A page names its story in more than one wording: a headline with its kicker and one
    without (``Kicker: Headline`` over ``Headline``), a teaser's and the article's. Of the
    wordings that score near the pick (within :data:`_STORY_MARGIN` of its sum) and share most
    of its words, the one the page prints more often than the pick is its title, as the
    page repeats it in its window title, breadcrumb and share text. Most pages print no line
    more often than the pick, and only those lines are weighed.
    """
    pick = lines[chosen[best]]
    copies = evidence.counts.get
    own = copies(pick, 0)
    rivals = [k for k, index in enumerate(chosen) if copies(lines[index], 0) > own]
    if not rivals:
        return best
    words = _story_words(pick)
    if not words:
        return best
    floor = weighted_sum(weights, evidence.row(best)) - _STORY_MARGIN
    found, found_key = best, (own, -math.inf)
    for k in rivals:
        other = _story_words(lines[chosen[k]])
        if not other or len(words & other) < _SAME_STORY * len(words | other):
            continue
        evidence.fill(k)
        z = weighted_sum(weights, evidence.row(k))
        key = (copies(lines[chosen[k]], 0), z)
        if z > floor and key > found_key:
            found, found_key = k, key
    return found


def is_whole_page(lines: Sequence[str]) -> bool:
    """Whether ``lines`` read as a whole page rendered to text (menus first, the article within)."""
    return dump_group(lines) == WHOLE_PAGE


#: Marks that may stand between a headline and a site's name in a window title or share text.
_SUFFIX_MARKS = ("|", "-", "\u2013", "\u2014", "\u00b7", "\u2022", ":")
#: A kicker (the label over a headline) is at most this many words.
_KICKER_WORDS = 6
#: How far down a page its own name for the story (window title, breadcrumb, share text) is read.
_NAMED_REACH = 1000


def _names(text: str, title: str) -> bool:
    """Whether ``text`` is ``title``, perhaps behind a bullet and before a site's name."""
    text = text.removeprefix("* ")
    if not text.startswith(title):
        return False
    rest = text[len(title) :].lstrip()
    return not rest or rest[:1] in _SUFFIX_MARKS


def with_kicker(lines: Sequence[str], index: int) -> str:
    """The title at ``index`` with its kicker, when the page itself names the story so.

    A page typesets the kicker over its headline apart from it, and a renderer writes the two
    as two lines (the colon between them on a line of its own, or lost) or runs them together on
    one. When the page's own name for the story (its window title, a breadcrumb, its share text)
    reads ``Kicker: Headline``, that is the title. A breadcrumb trail chosen for its last step
    (``Home › News › Headline``) gives that step alone.
    """
    title = lines[index]
    end = trail_end(title)
    if end is not None:
        return end  # a breadcrumb trail ending with the headline: the headline alone
    # One text to search in C; a line found in it is then checked on its own.
    page = "\n".join(lines[:_NAMED_REACH])
    above = index - 1
    if above > 0 and lines[above] == ":":
        above -= 1  # the colon between kicker and headline, written as a line of its own
    if above >= 0:
        kicker = lines[above].removesuffix(":").rstrip()
        if kicker and kicker.count(" ") < _KICKER_WORDS and kicker[-1] not in ".!?":
            joined = f"{kicker}: {title}"
            if joined in page and any(
                _names(other, joined) for other in lines[:_NAMED_REACH] if joined in other
            ):
                return joined
    if ": " in title:
        return title
    # The kicker run into the headline on one line: the page names the story with a colon
    # after a few of its first words.
    words = title.split(" ", _KICKER_WORDS)
    for count in range(1, len(words)):
        kicker = " ".join(words[:count])
        joined = f"{kicker}: {title[len(kicker) + 1 :]}"
        if joined in page and any(
            _names(other, joined) for other in lines[:_NAMED_REACH] if joined in other
        ):
            return joined
    return title
