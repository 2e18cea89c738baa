"""Hedge words and the bounds they imply.

"more than 90%" allows (90, inf); "up to 80 per cent" allows [0?, 80]; "about 80%"
allows a tolerance band. The bands are documented constants, not magic numbers in
the checks, so a reader can see what "about" is taken to mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

# "about 80%": the reader is told 80 give or take this share of the value.
APPROXIMATE_TOLERANCE = 0.10
# "an estimated 250,000": estimates are looser than "about".
ESTIMATE_TOLERANCE = 0.25


@dataclass(frozen=True)
class Hedge:
    qualifier: str
    # "nearly 480" is below 480; "just over 500" is above it, but only a little.
    side: Optional[str] = None  # "below" or "above" for approximations from one side


# Longest phrases first so "no more than" wins over "more than".
PREFIX_HEDGES: dict[str, Hedge] = {
    "more than": Hedge("more than"),
    "over": Hedge("more than"),
    "above": Hedge("more than"),
    "in excess of": Hedge("more than"),
    "upwards of": Hedge("more than"),
    "greater than": Hedge("more than"),
    "larger than": Hedge("more than"),
    "higher than": Hedge("more than"),
    "exceeding": Hedge("more than"),
    "well over": Hedge("more than"),
    "at least": Hedge("at least"),
    "no fewer than": Hedge("at least"),
    "no less than": Hedge("at least"),
    "not less than": Hedge("at least"),
    "not fewer than": Hedge("at least"),
    "a minimum of": Hedge("at least"),
    "at most": Hedge("at most"),
    "no more than": Hedge("at most"),
    "not more than": Hedge("at most"),
    "a maximum of": Hedge("at most"),
    "less than": Hedge("less than"),
    "fewer than": Hedge("less than"),
    "under": Hedge("less than"),
    "below": Hedge("less than"),
    "lower than": Hedge("less than"),
    "smaller than": Hedge("less than"),
    "up to": Hedge("up to"),
    "as many as": Hedge("up to"),
    "as much as": Hedge("up to"),
    "as high as": Hedge("up to"),
    "about": Hedge("approximate"),
    "around": Hedge("approximate"),
    "approximately": Hedge("approximate"),
    "approx.": Hedge("approximate"),
    "roughly": Hedge("approximate"),
    "some": Hedge("approximate"),
    "circa": Hedge("approximate"),
    "c.": Hedge("approximate"),
    "~": Hedge("approximate"),
    "close to": Hedge("approximate", "below"),
    "nearly": Hedge("approximate", "below"),
    "almost": Hedge("approximate", "below"),
    "just under": Hedge("approximate", "below"),
    "just below": Hedge("approximate", "below"),
    "just over": Hedge("approximate", "above"),
    "just above": Hedge("approximate", "above"),
    "an estimated": Hedge("estimate"),
    "estimated": Hedge("estimate"),
    "est.": Hedge("estimate"),
    "an approximate": Hedge("approximate"),
    "an average of": Hedge("approximate"),
    "on average": Hedge("approximate"),
}

SUFFIX_HEDGES: dict[str, Hedge] = {
    "or more": Hedge("at least"),
    "or over": Hedge("at least"),
    "plus": Hedge("at least"),
    "or less": Hedge("at most"),
    "or fewer": Hedge("at most"),
    "or so": Hedge("approximate"),
    "odd": Hedge("approximate"),
}


def _phrase_pattern(phrases) -> str:
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [regex.escape(w) for w in phrase.split()]
        parts.append(r"\s+".join(words))
    return "|".join(parts)


# Anchored at the end of the text before a number: "... by more than " -> "more than".
PREFIX_PATTERN = regex.compile(
    rf"(?:(?<=^)|(?<=[\s(\[\"“'‘]))(?P<hedge>{_phrase_pattern(PREFIX_HEDGES)})\s*$",
    regex.IGNORECASE,
)
SUFFIX_PATTERN = regex.compile(
    rf"^(?:\s+|\s*-\s*)(?P<hedge>{_phrase_pattern(SUFFIX_HEDGES)})\b", regex.IGNORECASE
)


def lookup(phrase: str, table: dict[str, Hedge]) -> Hedge:
    return table[regex.sub(r"\s+", " ", phrase.lower())]


def bounds(value: float, hedge: Optional[Hedge]) -> tuple[Optional[float], Optional[float], bool, bool]:
    """(lower, upper, lower_inclusive, upper_inclusive) that a hedged value allows."""
    if hedge is None:
        return value, value, True, True
    q = hedge.qualifier
    magnitude = abs(value)
    if q in ("approximate", "estimate"):
        tolerance = APPROXIMATE_TOLERANCE if q == "approximate" else ESTIMATE_TOLERANCE
        low, high = value - magnitude * tolerance, value + magnitude * tolerance
        if hedge.side == "below":
            high = value
        elif hedge.side == "above":
            low = value
        return _round(low), _round(high), True, True
    if q == "more than":
        return value, None, False, True
    if q == "at least":
        return value, None, True, True
    if q == "less than":
        return None, value, True, False
    if q in ("at most", "up to"):
        return None, value, True, True
    return value, value, True, True


def _round(x: float) -> float:
    r = round(x, 6)
    return float(int(r)) if r == int(r) else r


# Words that make the number a change rather than a level: "cut by 90%", "rose 12%".
CHANGE_DOWN = [
    "cut by", "cut", "reduced by", "reduced", "fell by", "fell", "fallen", "dropped by", "dropped",
    "declined by", "declined", "decreased by", "decreased", "decrease of", "drop of", "fall of",
    "down by", "down", "slashed by", "slashed", "lowered by", "shrank by", "shrank", "plunged",
    "lost", "a cut of", "reduction of", "decline of",
]
CHANGE_UP = [
    "rose by", "rose", "risen", "increased by", "increased", "increase of", "grew by", "grew",
    "grown", "up by", "up", "jumped", "climbed", "gained", "soared", "raised by", "rise of",
    "growth of", "went up by", "doubled",
]
CHANGE_PATTERN = regex.compile(
    rf"(?:^|(?<=[\s(]))(?:(?P<down>{_phrase_pattern(CHANGE_DOWN)})|(?P<up>{_phrase_pattern(CHANGE_UP)}))\s*$",
    regex.IGNORECASE,
)
