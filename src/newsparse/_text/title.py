"""Choose a dump's title line with the trained title model (see :mod:`newsparse._text.features`)."""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._text.features import (
    FEATURES,
    WHOLE_PAGE,
    TitleModel,
    candidates,
    dump_group,
    line_features,
    load_model,
)
from newsparse._text.lines import LineFacts

__all__ = ["choose_title", "is_whole_page"]


_ANCHORED = FEATURES.index("anchored")
#: The shipped weights: package data, read once at import (a value, never changed).
_MODEL: TitleModel = load_model()


def choose_title(lines: Sequence[str], headings: frozenset[int], facts: LineFacts) -> int | None:
    """Return the index of the title line, or ``None`` when no line is likely enough to be one."""
    chosen = candidates(lines, facts)
    if not chosen:
        return None
    model = _MODEL
    group = dump_group(lines)
    rows = line_features(lines, chosen, facts, headings=headings)
    scores = model.scores(rows, group)
    best = max(range(len(chosen)), key=scores.__getitem__)
    if scores[best] >= model.thresholds[group] or rows[best][_ANCHORED]:
        # The headline above the page's best date-and-text anchor is a title even when unsure.
        return chosen[best]
    return None


def is_whole_page(lines: Sequence[str]) -> bool:
    """Whether ``lines`` read as a whole page rendered to text (menus first, the article within)."""
    return dump_group(lines) == WHOLE_PAGE
