r"""Scoring: compare what a tool extracted with a set's gold values, page by page.

The definitions follow ``../shared/data/README.md`` so the numbers compare with published ones:

* body: the article-extraction-benchmark shingle metric (``\w+`` tokens, 4-token shingles counted
  with repeats, per-page counts normalised, precision and recall averaged over pages, F1 of the
  averages);
* title: exact match after whitespace normalisation;
* authors: set precision/recall/F1 over normalised names, per page;
* dates: a match at the granularity the gold has (day; minute; the UTC offset when the gold has
  one), and separately at day granularity;
* captions: set F1 over normalised caption texts, credit accuracy on the matched captions;
* with/without: the share of ``with`` snippets found in the body, of ``without`` snippets absent.

Every function here is pure: values in, numbers out.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "BodyCounts",
    "CaptionScore",
    "GoldDate",
    "aggregate_body",
    "author_prf",
    "body_counts",
    "caption_score",
    "date_matches",
    "norm_name",
    "norm_space",
    "parse_gold_date",
    "prf",
    "shingles",
    "snippet_shares",
    "split_byline",
    "title_matches",
    "tokens",
]

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_BYLINE_SPLIT = re.compile(r"\s*(?:[,;&|\n]|\band\b|\bund\b|\bdan\b)\s*", re.IGNORECASE)
_BYLINE_PREFIX = re.compile(
    r"^(?:by|von|oleh|par|por|written by|text|texto)\s*:?\s+", re.IGNORECASE
)
_ISO = re.compile(
    r"^\s*(\d{4})-(\d{1,2})[-./](\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)

SHINGLE_SIZE = 4


# -- body ---------------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    r"""Split ``text`` into ``\w+`` tokens (Unicode, case kept, as the benchmark does)."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Count the ``size``-token shingles of ``text``, repeats included.

    A text of fewer than ``size`` tokens (but at least one) is one shorter shingle; an empty text
    has none.
    """
    toks = tokens(text)
    if not toks:
        return Counter()
    return Counter(tuple(toks[i : i + size]) for i in range(max(1, len(toks) - size + 1)))


@attrs.frozen
class BodyCounts:
    """True positives, false positives and false negatives of one page, normalised to sum to 1.

    All three are 0 when both texts are empty.
    """

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """Shingle precision, or ``None`` when the tool returned no text (left out of the mean)."""
        if self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Shingle recall, or ``None`` when the gold has no text."""
        if self.tp + self.fn == 0:
            return None
        return self.tp / (self.tp + self.fn)


def body_counts(gold: str, predicted: str) -> BodyCounts:
    """Match the shingles of ``predicted`` against those of ``gold``."""
    want = shingles(gold)
    got = shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    if total == 0:
        return BodyCounts(0.0, 0.0, 0.0)
    return BodyCounts(tp / total, fp / total, fn / total)


def prf(precision: float | None, recall: float | None) -> float | None:
    """Return the harmonic mean of ``precision`` and ``recall`` (0 when both are 0)."""
    if precision is None or recall is None:
        return None
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def aggregate_body(pages: Iterable[BodyCounts]) -> tuple[float | None, float | None, float | None]:
    """Average precision and recall over pages and return ``(precision, recall, f1)``.

    Pages where the tool returned nothing are left out of the precision mean (they still count
    as zero recall); ``None`` stands for a mean over no pages.
    """
    counts = list(pages)
    precisions = [c.precision for c in counts if c.precision is not None]
    recalls = [c.recall for c in counts if c.recall is not None]
    precision = statistics.fmean(precisions) if precisions else None
    recall = statistics.fmean(recalls) if recalls else None
    return precision, recall, prf(precision, recall)


def snippet_shares(
    body: str, with_: Sequence[str], without: Sequence[str]
) -> tuple[float | None, float | None]:
    """Return the share of ``with_`` snippets found in ``body`` and of ``without`` ones absent.

    Whitespace is normalised on both sides before the substring test.
    """
    text = norm_space(body)
    found = [norm_space(s) in text for s in with_ if norm_space(s)]
    leaked = [norm_space(s) in text for s in without if norm_space(s)]
    share_with = sum(found) / len(found) if found else None
    share_without = (len(leaked) - sum(leaked)) / len(leaked) if leaked else None
    return share_with, share_without


# -- title and authors --------------------------------------------------------------------------


def norm_space(text: str) -> str:
    """NFC-normalise ``text``, collapse runs of whitespace to one space and strip the ends."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def title_matches(gold: str, predicted: str | None) -> bool:
    """Tell whether ``predicted`` equals ``gold`` after whitespace normalisation."""
    return predicted is not None and norm_space(predicted) == norm_space(gold)


def norm_name(name: str) -> str:
    """Normalise a person's name for comparison: a leading "By", case and punctuation go."""
    text = _BYLINE_PREFIX.sub("", norm_space(name))
    return " ".join(tokens(text.casefold()))


def split_byline(byline: str) -> list[str]:
    """Split a one-string byline ("By A, B and C") into names, in order, without empty parts."""
    text = _BYLINE_PREFIX.sub("", norm_space(byline))
    names = [_BYLINE_PREFIX.sub("", part) for part in _BYLINE_SPLIT.split(text)]
    return [name for name in names if tokens(name)]


def author_prf(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """Return set precision, recall and F1 of ``predicted`` names against ``gold`` ones.

    Every name string on either side is first split with :func:`split_byline` (gold files hold
    one-string bylines and ``;``-joined lists), then compared after :func:`norm_name`. An empty
    prediction has precision 0 here (this is a per-page score over pages whose gold names someone).
    """
    want = {norm_name(n) for name in gold for n in split_byline(name)} - {""}
    got = {norm_name(n) for name in predicted for n in split_byline(name)} - {""}
    if not want:
        msg = "author_prf needs at least one gold name"
        raise ValueError(msg)
    hits = len(want & got)
    precision = hits / len(got) if got else 0.0
    recall = hits / len(want)
    f1 = prf(precision, recall)
    assert f1 is not None
    return precision, recall, f1


# -- dates --------------------------------------------------------------------------------------


@attrs.frozen
class GoldDate:
    """A gold date and the precision it is stated at.

    Attributes:
        value: The value as the gold states it: a ``date`` for day precision, else a ``datetime``
            (aware exactly when the gold states an offset).
        has_time: Whether the gold gives a time of day (then compared to the minute).
        instant: Whether the gold moved every time to one zone (metascraper writes UTC), so a
            prediction stating the same instant in another offset is right.
    """

    value: dt.date
    has_time: bool
    instant: bool = False


def parse_gold_date(text: str) -> GoldDate | None:
    """Read an ISO-like gold date string (``2024-05-03 15:47:42.389+00:00``, ``2019-08-02``).

    Also accepts ``Z``, offsets without a colon (``+0100``) and one-digit months or days, which
    some gold files have. Returns ``None`` for anything else.
    """
    match = _ISO.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        day_value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if hour is None:
        return GoldDate(day_value, has_time=False)
    tz: dt.tzinfo | None = None
    if zone is not None:
        if zone == "Z":
            tz = dt.timezone.utc
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    value = dt.datetime.combine(
        day_value, dt.time(int(hour), int(minute), int(second or 0)), tzinfo=tz
    )
    return GoldDate(value, has_time=True)


def _local(value: dt.date, like: dt.date) -> dt.date:
    """Express ``value`` in the offset of ``like`` when both are aware datetimes."""
    if (
        isinstance(value, dt.datetime)
        and isinstance(like, dt.datetime)
        and value.tzinfo is not None
        and like.tzinfo is not None
    ):
        return value.astimezone(like.tzinfo)
    return value


def date_matches(gold: GoldDate, predicted: dt.date | None, *, day_only: bool = False) -> bool:
    """Tell whether ``predicted`` matches ``gold`` at the gold's precision.

    * Day-precision gold: the predicted calendar day must be the gold's.
    * Time-precision gold: the prediction must be a ``datetime`` with the same wall-clock date,
      hour and minute; when the gold states an offset, the prediction must state the same one
      (a naive prediction, or a date without a time, is wrong). For an ``instant`` gold, an aware
      prediction is first moved to the gold's offset.
    * ``day_only=True`` compares the calendar day alone; an aware prediction is first moved to the
      gold's offset so that the same instant counts as the same day.
    """
    if predicted is None:
        return False
    if day_only or not gold.has_time:
        got_day = _local(predicted, gold.value)
        want_day = gold.value
        return _day(got_day) == _day(want_day)
    assert isinstance(gold.value, dt.datetime)
    if not isinstance(predicted, dt.datetime):
        return False
    if gold.instant and gold.value.tzinfo is not None and predicted.tzinfo is not None:
        predicted = predicted.astimezone(gold.value.tzinfo)
    if gold.value.tzinfo is not None and predicted.utcoffset() != gold.value.utcoffset():
        return False
    return predicted.replace(second=0, microsecond=0, tzinfo=None) == gold.value.replace(
        second=0, microsecond=0, tzinfo=None
    )


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


# -- captions -----------------------------------------------------------------------------------


@attrs.frozen
class CaptionScore:
    """The caption score of one page.

    Attributes:
        f1: Set F1 of predicted caption texts against gold ones.
        matched: How many gold captions were matched.
        credits_right: How many of the matched captions have the gold's credit (``None`` included).
    """

    f1: float
    matched: int
    credits_right: int


def _caption_key(text: str, credits: Iterable[str | None]) -> tuple[str, ...]:
    """Tokens of a caption, casefolded, with a credit stripped where it opens or closes the text."""
    toks = tuple(tokens(text.casefold()))
    for credit in credits:
        if not credit:
            continue
        cred = tuple(tokens(credit.casefold()))
        if not cred or len(cred) >= len(toks):
            continue
        if toks[-len(cred) :] == cred:
            toks = toks[: -len(cred)]
        elif toks[: len(cred)] == cred:
            toks = toks[len(cred) :]
    return toks


def _credit_right(gold: Sequence[str], predicted: str | None) -> bool:
    want = [" ".join(tokens(c.casefold())) for c in gold if tokens(c)]
    if not want:
        return predicted is None or not tokens(predicted)
    if predicted is None:
        return False
    got = " ".join(tokens(predicted.casefold()))
    return got in want or got == " ".join(want)


def caption_score(
    gold: Sequence[tuple[str, Sequence[str]]],
    predicted: Sequence[tuple[str, str | None]],
) -> CaptionScore:
    r"""Score one page's captions.

    Args:
        gold: ``(text, credits)`` pairs; ``credits`` lists the gold's credit parts (empty when the
            gold names none).
        predicted: ``(text, credit)`` pairs from the tool.

    A predicted caption matches a gold one when their ``\w+`` tokens (casefolded) are equal once a
    credit — the gold's or the tool's own — is stripped from either end of either text, so a
    caption with its credit left inline still matches. Each gold caption matches at most once.
    """
    if not gold:
        msg = "caption_score needs at least one gold caption"
        raise ValueError(msg)
    used: set[int] = set()
    matched = credits_right = 0
    for text, credit in predicted:
        for index, (gold_text, gold_credits) in enumerate(gold):
            if index in used:
                continue
            credits = [*gold_credits, credit]
            if _caption_key(text, credits) == _caption_key(gold_text, credits):
                used.add(index)
                matched += 1
                credits_right += _credit_right(gold_credits, credit)
                break
    precision = matched / len(predicted) if predicted else 0.0
    recall = matched / len(gold)
    f1 = prf(precision, recall)
    assert f1 is not None
    return CaptionScore(f1=f1, matched=matched, credits_right=credits_right)
