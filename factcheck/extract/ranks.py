"""Ranks and superlatives: "the third most lucrative", "number one", "the first country in the world".

A rank claim's value is the position. "one of the most lucrative forms of crime
after drug and arms trafficking" names the two above it, so it is third.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from .numbers import ORDINAL_WORDS, TENS_WORDS, parse_ordinal, _alternation
from .prefilter import fold, word_set, words

_ORDINAL = rf"(?:\d+(?:st|nd|rd|th)|(?:(?:{_alternation(TENS_WORDS)})[\s-]*)?(?:{_alternation(ORDINAL_WORDS)}))"

# Words that, opening a sentence with a comma, order the text rather than the world.
DISCOURSE_OPENERS = regex.compile(rf"^\s*(?:{_ORDINAL}|finally|lastly|next)(?:ly)?\s*[,:]", regex.IGNORECASE)
# The words DISCOURSE_OPENERS opens with (its ordinals in words: "third", "twenty first"), for cheap tests.
OPENER_WORDS = [*ORDINAL_WORDS, *(f"{t} {o}" for t in TENS_WORDS for o in ORDINAL_WORDS), "finally", "lastly", "next"]

# One of a series named by a capitalised word and its number, inside what is ranked: "the slowest Category 1|
# response times".
_SERIES_NAME = r"(?-i:[A-Z][a-z]+)\s+\d{1,2}\b(?![.,]\d)"
# An ordinal and what it ranks: "third most lucrative", "second-largest", "first country".
ORDINAL_RANK = regex.compile(
    rf"""
    \b(?P<ordinal>{_ORDINAL})\b
    (?P<superlative>
        (?:\s+|-)(?:most|least|highest|lowest|largest|biggest|smallest|greatest|leading|best|worst|top|\w+est)\b
        # (past an adverb and its participle, the word that says what is ranked: "second-largest publicly owned
        # ferry operator" ranks ferry operators)
        (?:\s+[a-z]{{3,}}ly\s+(?:[a-z]+(?:ed|en)|held|run|built|made|read|known|spoken|seen|grown|sold)(?=\s+[a-z]))?
        (?:\s+(?!(?:of|in|and|to|for|on|at|since|ever|yet|so|by|record)\b)(?:{_SERIES_NAME}|[a-z][\w-]*)(?=\s))?
      | \s+(?:lucrative|important|richest|busiest|major|leading)\b
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

NUMBER_ONE = regex.compile(r"\b(?:number|no\.)\s+(?P<value>one|two|three|four|five|\d{1,2})\b(?![,.]\d)(?!\s+of\b)",
                           regex.IGNORECASE)  # (not "armed forces number 22,000")

# "one of the most lucrative forms of crime after drug and arms trafficking"
ONE_OF_AFTER = regex.compile(
    r"""
    \bone\s+of\s+the\s+(?:most\s+\w+|\w+est|largest|biggest|leading|top)\b
    (?P<between>[^.;:]{0,80}?)
    \b(?:after|behind|following|next\s+to|second\s+only\s+to|only\s+to)\s+
    (?P<list>(?:the\s+)?[\w-]+(?:\s+[\w-]+)*?(?:\s*,\s*(?:and\s+)?[\w-]+(?:\s+[\w-]+)*?)*(?:\s+and\s+[\w-]+(?:\s+[\w-]+)*?)?)
    (?=\s*[.;,)]|\s*$)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@dataclass(frozen=True)
class RankMention:
    start: int
    end: int
    position: float  # (2.5 for "Tier 2 Watch List", half a tier below Tier 2)
    scope: Optional[str]  # "most lucrative", "largest", or None for a plain position


_LIST_SEPARATOR = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+")


def count_listed(listing: str) -> int:
    """How many things a list names: 'drug and arms trafficking' -> 2; 'heart disease, stroke and cancer' -> 3."""
    items = [part for part in _LIST_SEPARATOR.split(listing.strip()) if part.strip()]
    return max(1, len(items))


# "the longest bridge in Europe", "the leading cause of death": first place in a ranking with a stated
# domain. Superlatives without one ("the most recent law", "the best interests") rank nothing.
# Where a superlative's ranking is: "in the world", "in Europe", and the records: "on record", "since records
# began", "ever recorded".
# (and among how many: "the highest rate of the four regions", "of its 12 hospitals")
_SCOPE = (r"(?:(?:in|of|on|among)\s+(?:the\s+|its\s+|their\s+|any\s+(?:other\s+)?)?"
          r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+)?(?:world|country|region|continent|"
          r"district|city|county|state|province|area|borough|ward|nation|sector|industry|market|league|union|bloc|"
          r"[A-Z])|on\s+record\b|"
          r"since\s+records\s+began\b|ever\s+recorded\b)")
_FOR_WHOM = r"(?:for\s+(?:[a-z][\w-]*\s+){1,4}?)?"  # ("the highest refusal rate for civil legal aid applications of")
BARE_SUPERLATIVE = regex.compile(
    rf"""
    (?<!\bone\s+of\s)(?<!\bamong\s)(?:\b[Tt]he|(?<=[A-Z][\w-]*['’]s))\s+
    (?P<superlative>leading(?=\s+causes?\s+of\b)
      # (what it is most of may come between: "the most dangerous country for journalists in the world")
      | (?:most|least)\s+[a-z]+(?=\s+[a-z][\w-]*\s+{_FOR_WHOM}{_SCOPE})
      | (?!(?:latest|interest|forest|honest|modest|request|contest|protest|harvest|earnest|west|rest|test|best)\b)
        [a-z]+est(?=(?:\s+(?:[a-z][\w-]*|{_SERIES_NAME})){{1,3}}\s+{_FOR_WHOM}{_SCOPE})
      | (?:largest|biggest|top)(?=(?:\s+[a-z][\w-]*){{1,3}}\s+{_FOR_WHOM}{_SCOPE})
      # "the highest number of completions", "the lowest share of renters": first in a measure, whatever the scope
      | (?:highest|lowest|largest|smallest|biggest|greatest)(?=\s+(?:number|share|proportion|rate|level|percentage)\s+of\s)
    )\b
    """,
    regex.VERBOSE,
)


# "Europe's busiest airport", "Norland's largest employer": a possessive names the ranking's domain, so no scope
# phrase need follow (as "the largest employer" needs "in the country").
POSSESSIVE_SUPERLATIVE = regex.compile(
    # (not the group a position is among: "ranks fourth among Europe's costliest rail projects")
    r"(?<!\bamong\s+[A-Z][\w-]*['’]s)"
    r"(?<=\b[A-Z][\w-]*['’]s)\s+(?P<superlative>(?:most|least)\s+[a-z]+"
    r"|(?!(?:latest|interest|forest|honest|modest|request|contest|protest|harvest|earnest|west|rest|test|best)\b)"
    r"[a-z]+est|biggest|top|leading)(?=\s+[a-z][\w-]*\b(?!['’]))"
    # (not "Brazil's top three grocers": a group of three, no first place)
    r"(?!\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)")


# The rivals named after a superlative: "the most lucrative crime in the world| after drug and arms trafficking".
_RIVALS_AFTER = regex.compile(
    r"[^.;:]{0,80}?\b(?:after|behind|second\s+only\s+to)\s+"
    r"(?P<list>(?:the\s+)?[\w-]+(?:\s+[\w-]+)*?(?:\s*,\s*(?:and\s+)?[\w-]+(?:\s+[\w-]+)*?)*(?:\s+and\s+[\w-]+(?:\s+[\w-]+)*?)?)"
    r"(?=\s*[.;,)]|\s*$)", regex.IGNORECASE)
# ... but not a time: "after 2020", "after the war".
_NOT_RIVALS = regex.compile(r"(?:the\s+)?(?:\d|(?:war|pandemic|crisis|election|reform|collapse|storm|earthquake|"
                            r"flood|attack|coup|end|start|launch|opening)\b)", regex.IGNORECASE)


# What a plain position ranks by, stated after it: "second in the region for the number of convictions",
# "third by number of convictions", "fifth in terms of GDP".
_CRITERION = regex.compile(
    r"[^.;:]{0,50}?\b(?:(?:for|by)\s+(?:the\s+)?(?:number|share|amount|volume|value|level)\s+of|in\s+terms\s+of)\s+"
    r"(?:(?:the|its|their)\s+)?(?P<what>[A-Za-z][\w-]*(?:\s+(?!(?:in|at|on|for|and|or|by|of|with|since|among|behind|"
    r"after|ahead|than|to|from|per|is|was|are|were)\b)[a-z][\w-]*){0,2})",
    regex.IGNORECASE)
# ... or a lower-case noun after "for", "on" or "in": "first in the region in reading scores", "second for reading",
# "ninth of 27 states on incarceration rate", "third for its murder rate".
_CRITERION_NOUN = regex.compile(
    r"[^.;:]{0,50}?\b(?:(?:for|on)\s+(?:(?:its|their)\s+)?|in\s+)"
    r"(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|all)\b)"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    # ("for road deaths per 100,000 people": the rate's base is part of what is ranked, and says nothing new)
    r"(?:\s+per\s+[\d,]+(?:\s+[a-z]+)?)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|among|after|behind|ahead|with|and|since|last|this|of\s+[A-Z]|worldwide)\b)")
# What a superlative ranks by, after it and where: "third-highest| in England for care home fees".
_FOR_CRITERION = regex.compile(
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+for\s+(?:(?:its|their)\s+)?"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|among|with|and|since|last|this|of|at)\b)")
# Words that open no criterion ("first in a series", "second in each group") or only frame one ("scores").
_NOT_CRITERIA = frozenset("the a an its their his her our this that these those each every all terms line turn "
                          "time place row order part case fact".split())
_FRAMING_NOUNS = frozenset("score scores result results performance ranking rankings test tests level levels "
                           "terms".split())


_AMONG_GROUP = regex.compile(
    # (a possessive says whose peers, not what ranks them: "among the world's coffee producers", "among Europe's")
    r"\s*(?:place\s+)?among\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|for|by|since|last|this|after|behind|of)\b)", regex.IGNORECASE)


# A ranking named with what it ranks: "14th place in the world ranking of military spenders", "fifth in the
# league table of ports".
_RANKING_OF = regex.compile(
    r"\s*(?:place\s+)?(?:in|on)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ranking|rankings|league\s+table|"
    r"table|list|index)\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|for|by|since|last|this|after|behind|with|up|down)\b)", regex.IGNORECASE)


def _criterion_noun(text: str, at: int, end: int) -> Optional[str]:
    """What a plain position ranks by when a bare noun says it: 'reading scores' -> 'reading'."""
    m = _CRITERION_NOUN.match(text, at, end)
    if not m:
        return None
    what = m.group("what").split()
    if what[0] in _NOT_CRITERIA:
        return None
    while len(what) > 1 and what[-1] in _FRAMING_NOUNS:
        what.pop()
    # The phrase without participles: "installed solar capacity" -> "solar capacity"; "solar power" and "wind
    # power" are two rankings.
    kept = [w for w in what if not w.endswith("ed")] or what[-1:]
    return fold(" ".join(kept))


_SPACES = regex.compile(r"\s+")
# A tier of a rating, as the US Trafficking in Persons reports give them: "Tier 1", "Tier 2 Watch List".
_TIER = regex.compile(r"\bTier\s+(?P<tier>[1-3])(?P<watch>\s+Watch\s+List)?\b(?![.,]\d)")
_ONE_OF_THE_HEAD = regex.compile(r"one\s+of\s+the\s+(most\s+\w+|\w+)", regex.IGNORECASE)
_LEADING_GAP = regex.compile(r"^[\s-]+")


# A fraction of a group named by where it stands: "the poorest| fifth", "the top| tenth" (then "of households").
_SHARE_OF_A_GROUP = regex.compile(r".*\b(?:poorest|richest|wealthiest|top|bottom|lowest|highest|middle)\s+"
                                  r"(?:fifth|tenth|quarter|third|twentieth|hundredth)", regex.IGNORECASE)
_OF_AFTER = regex.compile(r"\s+of\b")


# Words each pattern needs, for cheap tests before the scans (see prefilter.words): an ordinal is a word of
# its own ("third", "twentyfirst") or ends in "st", "nd", "rd", "th" after digits ("21st").
_ORDINAL_RUNS = word_set(*ORDINAL_WORDS, *(t + o for t in TENS_WORDS for o in ORDINAL_WORDS), "st", "nd", "rd", "th")
_SCOPE_RUNS = word_set("in", "of", "on", "among", "records", "recorded")


def find_ranks(text: str, start: int, end: int, runs: Optional[set[bytes]] = None) -> Iterator[RankMention]:
    """Ranks in text[start:end]. runs: prefilter.words(text[start:end]), when the caller has it."""
    if runs is None:
        runs = words(text[start:end])
    # "the leading cause of", "the largest ... in", "Norland's warmest year since records began": "the" or a
    # possessive, then "of", "in", "on" or a record.
    bare = (b"the" in runs or b"s" in runs) and not _SCOPE_RUNS.isdisjoint(runs)
    for m in BARE_SUPERLATIVE.finditer(text, start, end) if bare else ():
        scope = _SPACES.sub(" ", m.group("superlative").lower())
        rivals = _RIVALS_AFTER.match(text, m.end(), end)
        # "the most lucrative crime in the world after drug trafficking": second, after the rivals it names
        position = count_listed(rivals.group("list")) + 1 if rivals and not _NOT_RIVALS.match(rivals.group("list")) \
            else 1
        yield RankMention(m.start("superlative"), m.end("superlative"), position, scope)
    if b"s" in runs:
        for m in POSSESSIVE_SUPERLATIVE.finditer(text, start, end):
            if bare and BARE_SUPERLATIVE.match(text, m.start() - 0, end):
                continue
            scope = _SPACES.sub(" ", m.group("superlative").lower())
            yield RankMention(m.start("superlative"), m.end("superlative"), 1, scope)
    for m in ONE_OF_AFTER.finditer(text, start, end) if b"one" in runs and b"of" in runs else ():
        position = count_listed(m.group("list")) + 1
        head = _ONE_OF_THE_HEAD.match(m.group(0))
        scope = head.group(1).lower() if head else None
        yield RankMention(m.start(), m.end(), position, scope)
    for m in _TIER.finditer(text, start, end) if b"tier" in runs else ():
        # "placed Honduras on Tier 2 Watch List": a rating's tier, the watch list half a tier below its tier
        yield RankMention(m.start(), m.end(), int(m.group("tier")) + (0.5 if m.group("watch") else 0), "tier")
    for m in NUMBER_ONE.finditer(text, start, end) if b"number" in runs or b"no" in runs else ():
        raw = fold(m.group("value"))
        position = int(raw) if raw.isdigit() else {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}[raw]
        yield RankMention(m.start(), m.end(), position, _plain_scope(text, m.end(), end))
    for m in ORDINAL_RANK.finditer(text, start, end) if not _ORDINAL_RUNS.isdisjoint(runs) else ():
        ordinal = parse_ordinal(m.group("ordinal"))
        if ordinal is None or _SHARE_OF_A_GROUP.fullmatch(text, max(start, m.start() - 25), m.end()) \
                and _OF_AFTER.match(text, m.end(), end):
            continue  # ("the poorest fifth of households": a fifth of them, which no ranking places
        position = ordinal
        superlative = m.group("superlative")
        scope = _LEADING_GAP.sub("", superlative).lower() if superlative else _plain_scope(text, m.end(), end)
        if superlative and " " not in scope:
            # "ranked third-highest in England for care home fees": the superlative's criterion, after it
            criterion = _FOR_CRITERION.match(text, m.end(), end)
            if criterion:
                scope = f"{scope} {fold(criterion.group('what'))}"
        yield RankMention(m.start(), m.end(), position, scope)


def _plain_scope(text: str, at: int, end: int) -> Optional[str]:
    """What a plain position ("second", "No. 4") ranks, from the words after it; None where they do not say."""
    # "ranks second in the region for the number of convictions": the ranking is by convictions
    criterion = _CRITERION.match(text, at, end)
    scope = fold(criterion.group("what")) if criterion else _criterion_noun(text, at, end)
    if scope is None:
        # "ranked third among coastal destinations", "slipped to second place among ...": the peer group
        among = _AMONG_GROUP.match(text, at, end) or _RANKING_OF.match(text, at, end)
        scope = fold(among.group("what")) if among else None
    return scope
