"""Hedge words and the bounds they imply.

"more than 90%" allows (90, inf); "up to 80 per cent" allows [0?, 80]; "about 80%"
allows a tolerance band. The bands are documented constants, not magic numbers in
the checks, so a reader can see what "about" is taken to mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from .prefilter import ending, fold, leads

# "about 80%": the reader is told 80 give or take this share of the value.
APPROXIMATE_TOLERANCE = 0.10
# "an estimated 250,000": estimates are looser than "about".
ESTIMATE_TOLERANCE = 0.25
# "some 438", "about 18,420", "an estimated 1.42 million": written to three digits or more, a hedged figure is known
# closer than a round one ("about 450,000").
PRECISE_TOLERANCE = 0.05


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
    "exceed": Hedge("more than"),
    "exceeds": Hedge("more than"),
    "exceeded": Hedge("more than"),
    "surpass": Hedge("more than"),
    "surpasses": Hedge("more than"),
    "surpassing": Hedge("more than"),
    "surpassed": Hedge("more than"),
    "topped": Hedge("more than"),  # ("the prison population topped 48,000")
    "tops": Hedge("more than"),
    "has passed": Hedge("more than"),  # ("the death toll has passed 4,800"; a bill "passed 312 votes to 200" did not)
    "have passed": Hedge("more than"),
    "bigger than": Hedge("more than"),
    "well over": Hedge("more than"),
    "well above": Hedge("more than"),
    ">": Hedge("more than"),
    "greater than or equal to": Hedge("at least"),
    "greater than or equal": Hedge("at least"),
    "more than or equal to": Hedge("at least"),
    "higher than or equal to": Hedge("at least"),
    "larger than or equal to": Hedge("at least"),
    "bigger than or equal to": Hedge("at least"),
    "greater or equal than": Hedge("at least"),
    "greater or equal to": Hedge("at least"),
    "higher or equal than": Hedge("at least"),
    "higher or equal to": Hedge("at least"),
    "bigger or equal than": Hedge("at least"),
    "bigger or equal to": Hedge("at least"),
    "larger or equal than": Hedge("at least"),
    "larger or equal to": Hedge("at least"),
    "more or equal than": Hedge("at least"),
    "more or equal to": Hedge("at least"),
    "equal to or more than": Hedge("at least"),
    "equal to or greater than": Hedge("at least"),
    "equal to or higher than": Hedge("at least"),
    "equal to or larger than": Hedge("at least"),
    "equal to or bigger than": Hedge("at least"),
    "equal or more than": Hedge("at least"),
    "equal or greater than": Hedge("at least"),
    "at least or equal to": Hedge("at least"),
    ">=": Hedge("at least"),
    "≥": Hedge("at least"),
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
    "less than or equal to": Hedge("at most"),
    "less than or equal": Hedge("at most"),
    "fewer than or equal to": Hedge("at most"),
    "lower than or equal to": Hedge("at most"),
    "smaller than or equal to": Hedge("at most"),
    "less or equal than": Hedge("at most"),
    "less or equal to": Hedge("at most"),
    "lower or equal than": Hedge("at most"),
    "lower or equal to": Hedge("at most"),
    "smaller or equal than": Hedge("at most"),
    "smaller or equal to": Hedge("at most"),
    "equal to or less than": Hedge("at most"),
    "equal to or fewer than": Hedge("at most"),
    "equal to or lower than": Hedge("at most"),
    "equal to or smaller than": Hedge("at most"),
    "equal or less than": Hedge("at most"),
    "equal or lower than": Hedge("at most"),
    "<=": Hedge("at most"),
    "=<": Hedge("at most"),
    "≤": Hedge("at most"),
    "less than": Hedge("less than"),
    "fewer than": Hedge("less than"),
    "under": Hedge("less than"),
    "below": Hedge("less than"),
    "lower than": Hedge("less than"),
    "smaller than": Hedge("less than"),
    "<": Hedge("less than"),
    "sub-": Hedge("less than"),
    "north of": Hedge("more than"),
    "south of": Hedge("less than"),
    "as few as": Hedge("at least"),  # (the low end a speaker stresses: "as few as 500 people")
    "as little as": Hedge("at least"),
    "as low as": Hedge("at least"),
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
    "≈": Hedge("approximate"),
    "close to": Hedge("approximate", "below"),
    "nearly": Hedge("approximate", "below"),
    "almost": Hedge("approximate", "below"),
    "just under": Hedge("approximate", "below"),
    "just shy of": Hedge("approximate", "below"),
    "shy of": Hedge("approximate", "below"),
    "just below": Hedge("approximate", "below"),
    "just over": Hedge("approximate", "above"),
    "just above": Hedge("approximate", "above"),
    "an estimated": Hedge("estimate"),
    "estimated": Hedge("estimate"),
    "estimated at": Hedge("estimate"),  # ("the backlog was estimated at 64,000 cases")
    "est.": Hedge("estimate"),
    "an approximate": Hedge("approximate"),
    "an average of": Hedge("exact"),  # (an average is a figure of its own, not a rough one)
    "on average": Hedge("exact"),  # ("earned on average £7.90 an hour": a mean, stated exactly)
}

# "more than 5000 or equal to it": the suffix turns a strict bound into an inclusive one.
OR_EQUAL = Hedge("or equal")

SUFFIX_HEDGES: dict[str, Hedge] = {
    "or more": Hedge("at least"),
    "or over": Hedge("at least"),
    "plus": Hedge("at least"),
    "or greater": Hedge("at least"),
    "or greater than": Hedge("at least"),
    "or higher": Hedge("at least"),
    "or above": Hedge("at least"),
    "or larger": Hedge("at least"),
    "or bigger": Hedge("at least"),
    "or upwards": Hedge("at least"),
    "and more": Hedge("at least"),
    "and above": Hedge("at least"),
    "and over": Hedge("at least"),
    "or less": Hedge("at most"),
    "or fewer": Hedge("at most"),
    "or lower": Hedge("at most"),
    "or below": Hedge("at most"),
    "or smaller": Hedge("at most"),
    "or under": Hedge("at most"),
    "and under": Hedge("at most"),
    "and below": Hedge("at most"),
    "and less": Hedge("at most"),
    "or equal to it": OR_EQUAL,
    "or equal to": OR_EQUAL,
    "or equal": OR_EQUAL,
    "or so": Hedge("approximate"),
    "odd": Hedge("approximate"),
    "at most": Hedge("at most"),
    "at the most": Hedge("at most"),
    "at least": Hedge("at least"),
    "at the least": Hedge("at least"),
    "+": Hedge("at least"),  # "500+ people"
}


def _phrase_pattern(phrases) -> str:
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [regex.escape(w) for w in phrase.split()]
        parts.append(r"\s+".join(words))
    return "|".join(parts)


_WORD_PREFIXES = [p for p in PREFIX_HEDGES if any(ch.isalpha() for ch in p)]

# Anchored at the end of the text before a number: "... by more than " -> "more than"; also the
# comparison signs, which need no space before them: "x>10", "when <= 30".
PREFIX_PATTERN = regex.compile(
    rf"(?:(?:(?<=^)|(?<=[\s(\[\"“'‘]))(?P<hedge>{_phrase_pattern(_WORD_PREFIXES)})"
    rf"|(?P<hedge>[<>]\s*=|=\s*<|[<>≤≥~≈]))\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
# How what PREFIX_PATTERN matches ends, for prefilter.may_end_with().
PREFIX_ENDING = ending(_WORD_PREFIXES + ["=", "<", ">", "≤", "≥", "~", "≈"])

# Not when a second number follows: "5000 or less than 6000", "200 or greater than 190" are two bounds.
_WORD_SUFFIXES = [p for p in SUFFIX_HEDGES if p != "+"]
SUFFIX_PATTERN = regex.compile(
    # "500+ people": a plus sign right after the number, before no digit (not "5+3").
    r"^(?P<hedge>\+)(?![\w.+])|"
    # "20 and less or equal than 35": "and less" opens the next bound, it does not close this one.
    rf"^(?:\s+|\s*-\s*)(?P<hedge>{_phrase_pattern(_WORD_SUFFIXES)})\b(?!\s*than\b)(?!\s+or\s+equal\b)"
    r"(?!\s*[-−$€£]?\s?\d)(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|a\s+half)\b)",
    regex.IGNORECASE,
)


_SPACES = regex.compile(r"\s+")


# What SUFFIX_PATTERN can start with, for prefilter.may_start_with().
SUFFIX_LEADS = leads(SUFFIX_HEDGES)


def lookup(phrase: str, table: dict[str, Hedge]) -> Hedge:
    key = _SPACES.sub(" ", fold(phrase))
    if not any(ch.isalpha() for ch in key):
        key = key.replace(" ", "")  # "< =" -> "<="
    return table[key]


def combine(prefix: Optional[Hedge], suffix: Optional[Hedge]) -> Optional[Hedge]:
    """One hedge from the words before and after a number: "more than 5000 or equal" is at least 5000;
    "about 500 or more" is at least 500 (the bound is the stronger statement)."""
    if suffix is OR_EQUAL or (suffix is not None and suffix.qualifier == "or equal"):
        if prefix is None:
            return None
        if prefix.qualifier == "more than":
            return Hedge("at least")
        if prefix.qualifier == "less than":
            return Hedge("at most")
        return prefix
    if prefix is None:
        return suffix
    if suffix is not None and prefix.qualifier in ("approximate", "estimate"):
        return suffix
    return prefix


def bounds(value: float, hedge: Optional[Hedge], significant: int = 1) -> tuple[Optional[float], Optional[float], bool,
                                                                             bool]:
    """(lower, upper, lower_inclusive, upper_inclusive) that a hedged value allows. significant: how many
    significant digits the number is written with ("8,412,300": 5), which narrows an estimate's band."""
    if hedge is None:
        return value, value, True, True
    q = hedge.qualifier
    magnitude = abs(value)
    if q in ("approximate", "estimate"):
        # (a figure written to three digits or more, "some 438", "estimated at 8,412,300", "an estimated 1.42
        # million", is known closer than "about" a round one)
        tolerance = PRECISE_TOLERANCE if significant >= 3 else \
            APPROXIMATE_TOLERANCE if q == "approximate" else ESTIMATE_TOLERANCE
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
    """x without the float noise of the band's arithmetic (4500.000000000001 -> 4500.0), to twelve significant
    digits: a fixed number of decimals would round the bounds of "about 1.99e-30 kg" to zero."""
    return float(f"{x:.12g}")


# Words that make the number a change rather than a level: "cut by 90%", "rose 12%".
CHANGE_DOWN = [
    "cut by", "cut", "narrowed by", "narrowed", "saving of", "savings of", "reduced by", "reduced", "fell by", "fell", "fallen", "dropped by", "dropped",
    "declined by", "declined", "decreased by", "decreased", "decrease of", "drop of", "fall of",
    "down by", "down", "slashed by", "slashed", "lowered by", "shrank by", "shrank", "plunged",
    "lost", "a cut of", "reduction of", "decline of", "slid", "slid by", "slipped", "slipped by", "sank",
    "sank by", "dipped", "dipped by", "eased", "eased by", "shed", "tumbled", "tumbled by", "plummeted",
    "plummeted by", "edged down", "edged lower", "decrease by", "decrease", "drop", "drop by", "fall", "fall by",
    "decline", "decline by", "retreated", "slumped", "slumped by", "contracted by", "lower by", "sliding",
    "falling", "dropping", "declining", "plummeting", "plunging", "tumbling", "sinking", "slipping", "dipping",
    "slumping", "shrinking", "losing", "loses", "falls", "drops", "declines", "decreases", "sheds",
    "fallen by", "gone down by", "gone down",
    "falls by", "drops by", "declines by", "decreases by", "shrinks by", "slides by", "slips by", "dips by",
    "shrink by", "shrunk by", "shrank by", "contract by", "contracted", "dwindled", "dwindled by",
    # flows out of a stock: "laid off 900 employees", "closed 35 stores" (not the headcount or the store count)
    # ("closed" and "opened" are no such flows: "shares closed 34.4% higher", "opened at 7,425")
    "laid off", "lays off", "eliminated", "eliminates", "axed", "axes", "fired", "dismissed",
    "made redundant",
    # (a change named by its noun: "a slump of 12%", "a dip of 3%")
    "slump of", "dip of", "plunge of", "slide of", "contraction of", "cut of",
]
CHANGE_UP = [
    "rose by", "rose", "risen", "increased by", "increased", "increase of", "grew by", "grew",
    "grown", "up by", "up", "jumped", "climbed", "gained", "soared", "raised by", "rise of",
    "growth of", "went up by", "advanced", "advanced by", "added", "surged", "surged by", "rallied",
    "edged up", "edged higher", "increase by", "increase", "rise", "rise by", "grow by", "grow", "higher by",
    "expanded by", "expanded", "expands", "spiked", "trending up", "rising", "climbing", "gaining", "jumped by", "climbed by",
    "gained by", "soared by", "soaring", "surging", "jumping", "growing", "advancing", "increasing", "rises",
    "gains", "jumps", "climbs", "grows", "increases", "surges", "soars",
    "widened", "widened by",  # (a margin or a spread: "widened 150 basis points")
    "risen by", "grown by", "gone up by", "gone up",
    "rises by", "grows by", "increases by", "climbs by", "jumps by", "gains by", "surges by", "soars by",
    # flows into a stock: "hired 1,500 employees", "created 5,000 jobs"
    "hired", "hires", "recruited", "recruits", "created", "creates", "adds", "adding", "will add",
    # (a cost beyond its budget: "an overrun of 28%")
    "overrun of", "an overrun of", "cost overrun of",
    # (a change named by its noun: "a jump of 21%", "a hike of 9%")
    "jump of", "surge of", "leap of", "gain of", "climb of", "hike of", "boost of", "rebound of", "uplift of",
]
_CHANGE_VERBS_DOWN = "cut|reduced|slashed|lowered|trimmed|decreased|shrank|halved|reduce|slash|lower|trim|decrease|halve"
_CHANGE_VERBS_UP = "increased|raised|boosted|expanded|grew|lifted|doubled|raise|increase|boost|expand|lift|double"
CHANGE_PATTERN = regex.compile(
    rf"(?:^|(?<=[\s(]))(?:(?P<down>{_phrase_pattern(CHANGE_DOWN)})|(?P<up>{_phrase_pattern(CHANGE_UP)})"
    # "slashed its culture budget by 25 per cent": the verb, what it acts on, then "by".
    # ("cut the rate of hospitalization for heart failure by 35%": what it acts on may take seven words)
    rf"|(?P<down_by>\b(?:{_CHANGE_VERBS_DOWN})\s+(?:[\w'’-]+(?:\.\d+)?\s+){{1,7}}?by)"
    rf"|(?P<up_by>\b(?:{_CHANGE_VERBS_UP})\s+(?:[\w'’-]+(?:\.\d+)?\s+){{1,7}}?by))\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
# "Women make up 38%", "broken down into 40% and 60%": the particle of a phrasal verb that is no change.
_PHRASAL_VERB_BEFORE = regex.compile(
    r"\b(?:make|makes|made|making|take|takes|took|taken|taking|set|sets|setting|add|adds|"
    r"added|adding|sum|sums|summed|summing|pick|picks|picked|picking|break|breaks|broke|broken|breaking|shut|"
    r"shuts|shutting|turn|turns|turned|turning|narrow|narrows|narrowed|narrowing|write|writes|wrote|written|"
    r"sign|signs|signed|signing|show|shows|showed|showing|"
    # "handed down 47 convictions", "tracked down 30 suspects", "rounded up 30 suspects", "called up 5,000"
    r"hand|hands|handed|handing|track|tracks|tracked|tracking|hunt|hunts|hunted|hunting|round|rounds|rounded|"
    r"rounding|call|calls|called|calling|shoot|shoots|shot|shooting)\s+$",
    regex.IGNORECASE)


def states_change(match: regex.Match, before: str) -> bool:
    """Whether a CHANGE_PATTERN match in `before` names a change: not "up" or "down" after a verb it belongs to
    ("make up", "broken down")."""
    word = match.group("up") or match.group("down") or ""
    return word.lower() not in ("up", "down") or not _PHRASAL_VERB_BEFORE.search(before, 0, match.start())


# How what CHANGE_PATTERN matches ends, for prefilter.may_end_with(): one of the phrases, or a verb and "by".
CHANGE_ENDING = ending(CHANGE_DOWN + CHANGE_UP, anywhere={
    "by": (_CHANGE_VERBS_DOWN + "|" + _CHANGE_VERBS_UP).split("|")})
