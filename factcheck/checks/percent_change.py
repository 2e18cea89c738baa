"""percent-change: a stated percentage change does not match the figures it links.

Flags:
    A sentence that gives a starting figure, a percentage change (or a change by an amount: "rose by 30,
    from 48 to 72") and the resulting
    figure ("a budget of US $6.0 million was cut by 40% to US $1.2 million") where the
    change computed from the figures (here 80%) falls outside what the wording allows
    ("40%" with rounding, "more than 90%" from 90 up), with a tolerance in percentage points;
    and a change in percentage points (or basis points, or bare points that link two
    shares) that is not the difference of the two shares, beyond what the rounding of
    the three figures allows ("fell 3 percentage points, from 7.5% to 5.1%" is 2.4).
Why it matters:
    Percentages are usually computed by hand from the two figures; a slip makes a cut
    look twice as large or half as large, and the figures themselves are usually right.
Example:
    "US $4.2 million was allocated, but this budget was cut by more than 90% to US
    $313,000" is consistent: (4.2 million - 313,000) / 4.2 million = 92.5%.
"""

from __future__ import annotations

import bisect
from typing import Iterable

import regex

from ..align import Alignment
from ..align.events import position_in_sentence
from ..align.keys import half_last_digit, interval, is_rate_in_a_population, rounding_halfwidth
from ..config import AuditConfig
from ..extract.units import FOLD
from ..models import Claim, Finding
from .base import Check, Example, fmt, name, quote


# Between a change and the figure it started from: "down 20% from £14 million", "up 3% on last year's 410".
# ("a 60% increase on the 105,131", "60% more than the 105,131": a change noun or a comparative first)
# ("38% above its original budget of| €500 million": a cost against what was planned)
_PLANNED = r"(?:(?:its|the|an?|their)\s+)?(?:(?:original|initial|approved|planned|agreed|first)\s+)?" \
           r"(?:budget|estimate|forecast|target|plan|cost\s+estimate)\s+of\s+"
_FROM_GAP = regex.compile(r"\s*,?\s*(?:(?:(?:increase|rise|jump|gain|growth|decrease|decline|drop|fall|reduction|cut|more|"
                          r"fewer|less|higher|lower|greater)\s+)?(?:from|compared\s+(?:with|to)|on|than)\s+"
                          r"(?:(?:a|the|last|this)\s+\w+['’]?s?\s+|the\s+|(?:19|20)\d\d['’]s\s+)?"
                          rf"|(?:above|over|below|under)\s+{_PLANNED}"
                          # ("60% more than the England average of £157.68", "about 11% above the national rate of")
                          r"|(?:(?:more|higher|greater|less|lower|fewer|cheaper|dearer)\s+than|above|below)\s+(?:the\s+)?"
                          r"(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:average|median|mean|level|figure|rate|price|cost|total|"
                          r"wage|benchmark|threshold)\s+"
                          r"(?:of\s+)?)",
                          regex.IGNORECASE)


def _gap(first: Claim, second: Claim) -> str:
    """The sentence's words between two of its claims."""
    sentence = first.sentence
    return sentence[position_in_sentence(first) + len(" ".join(first.text.split())):position_in_sentence(second)]


# Words between a level and the next change that open another subject: "... to 99.20, while the S&P 500
# gained", "... and Valdor Mining rallied". ("..., then fell 20%" goes on with the same subject.)
_NEW_SUBJECT = regex.compile(r"\b(?:while|whereas|as|the|a|an)\b|\b[A-Z]")


def _reached_by_earlier_change(claims: list[Claim], change: Claim, figure: Claim) -> bool:
    """Whether figure is the level an earlier percentage change in the sentence led to (that change is
    before it, with no other level between them) and another subject's change follows it."""
    for earlier in claims:
        if earlier is change or earlier.kind != "percent" or earlier.change is None or earlier.start >= figure.start:
            continue
        between = [c for c in claims if earlier.start < c.start < figure.start
                   and c.kind in ("money", "count", "quantity") and c.change is None]
        if not between:
            sentence = change.sentence
            gap = sentence[position_in_sentence(figure) + len(" ".join(figure.text.split())):
                           position_in_sentence(change)]
            return bool(_NEW_SUBJECT.search(gap) or _OTHER_CLAUSE.search(gap))
    return False


# The words between a change and the levels after it: "fell 25%, from| 12,400 |to| 9,300", "rose 8% to| $2.7
# billion in 2021 |from| $2.4 billion" (and not "to $2.06, wiping more than $340 million from the company").
_FROM_LEAD = regex.compile(r"(?:(?!\bto\b)[^;.]){0,40}?\bfrom\s+", regex.IGNORECASE)  # ("in two years, from")
# A unit a price is per, glued with a slash: "$161|/kWh| in 2022 to $139/kWh".
_PER_UNIT = r"(?:/[A-Za-z][\w²³]*)?"
_TO_LEAD_PATTERN = r"\s*,?\s*(?:by\s+)?to\s+"
# When a level is for: "in 2021", "in 2021/22", "in the 2021 season", "in January", "last year", "the year before".
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = (r"(?:(?:in|by|during|for|as\s+of|(?:at\s+)?the\s+(?:end|close|start)\s+of|end-)\s*(?:the\s+)?(?:(?:[A-Z][a-z]+\.?\s+)?(?:FY\s?)?\d{4}(?:[/–-]\d{2,4})?(?:\s+(?:season|crop\s+year|"
         r"fiscal\s+year|financial\s+year|marketing\s+year|school\s+year))?|"
         # (a span of months: "in July to September 2022")
         + _MONTH + r"(?:\s*(?:to|[–-])\s*" + _MONTH + r"(?:\s+\d{4})?)?)"
         # (a day or a span back from the report, in news: "on Tuesday", "over the past week", "last month")
         r"|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
         r"|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:(?:two|three|four|five|six|seven|ten|\d+)\s+)?"
         r"(?:days?|weeks?|months?|years?)|(?:last|this)\s+(?:week|month)"
         # (a day, in situation reports: "from $80 million on 1 March to $118.6 million on 15 March")
         r"|(?:on|as\s+of|by|at)\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?"
         # (a year to a month, in UK statistics: "in the year ending March 2022", "in the 12 months to June 2023")
         r"|(?:in|for|over)\s+the\s+(?:year|12\s+months|twelve\s+months)\s+(?:ending|ended|to)\s+(?:\d{1,2}\s+)?"
         + _MONTH + r"(?:\s+\d{4})?"
         # (a quarter or a half: "in the third quarter of 2023", "in Q3 2023", "in the quarter")
         r"|(?:in|during|for|over)\s+(?:the\s+)?(?:(?:(?:first|second|third|fourth|final)\s+(?:quarter|half)|quarter)"
         r"(?:\s+of\s+(?:the\s+year|\d{4}))?|[QH][1-4](?:\s+\d{4})?))")
# (or the basis of the change: "fell 4.9% year on year to 302.1 million")
_TIME_PHRASE = (rf"(?:{_WHEN}|between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|(?:last|this)\s+year|(?:a|the)\s+year\s+(?:before|earlier)|the\s+(?:previous|prior)\s+year|"
                r"(?:year|quarter|month)[\s-]+(?:on|over)[\s-]+(?:year|quarter|month))")
# (the level's own noun may come first: "to 420,000 bags| from |300,000 bags")
# (or what it is compared with: "rose 15% to £262,000|, compared with |£240,000 a year earlier")
_FROM_AFTER_LEVEL = regex.compile(rf"{_PER_UNIT}(?:\s+(?!from\b|compared\b|against\b)[a-z][\w-]*){{0,2}}?(?:\s+{_TIME_PHRASE})?\s*,?\s*"
                                  r"(?:(?:up\s+|down\s+)?from|compared\s+(?:with|to)|against)\s+", regex.IGNORECASE)
_WHOLE_OF_A_SHARE = regex.compile(r"%\s*of\s+(?:the\s+|its\s+|their\s+)?$|\bper\s*cent\s+of\s+(?:the\s+)?$", regex.IGNORECASE)
# ("reached 48,200| in 2023, up from |46,900": the level's time may come between)
# ("budgeted Rs 60,000 crore| for the scheme, down from |Rs 73,000 crore": what it is for may come between)
# (the figure's noun and verb may come between: "364 people died on the roads| in 2022, up from 275")
# ("6,842 complaints about damp and mould in social housing| in 2024-25, up from": up to nine words)
_COMPARED_GAP = regex.compile(r"(?:\s+(?!up\b|down\b|compared\b|against\b)[A-Za-z][\w-]*){0,9}?"
                              rf"(?:\s+{_WHEN})?\s*,?\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+"
                              rf"(?:{_PLANNED})?(?:(?:about|around|some)\s+)?",
                              regex.IGNORECASE)
# Between a count and a change its counted things each went through: "38| products rose by |10% or more", "1,200|
# households saw bills rise |12%".
_EACH_CHANGED_GAP = regex.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}?(?:rose|fell|grew|increased|decreased|declined|dropped|"
                                  r"climbed|jumped|went\s+up|went\s+down|rise|fall|grow|increase)\s+(?:by\s+)?"
                                  r"(?:(?:more\s+than|at\s+least|over|under|less\s+than|up\s+to)\s+)?")
# Two levels each with its year: "547 investigations| in 2021 and |655 in 2022".
_DATED_AND_GAP = regex.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+in\s+(?P<year>(?:19|20)\d\d)\s*,?\s+and\s+(?:to\s+)?")
_YEAR_AFTER_LEVEL = regex.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+in\s+(?P<year>(?:19|20)\d\d)\b")
_TO_END = regex.compile(r"\bto\s+$", regex.IGNORECASE)
_FROM_END = regex.compile(r"\bfrom\s+$", regex.IGNORECASE)
_TO_GAP = regex.compile(rf"{_PER_UNIT}\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_TIME_PHRASE}\s*)?,?\s*to\s+(?:(?:about|around|some|nearly|almost|over|just)\s+)?",
                        regex.IGNORECASE)
# A word of the levels' own noun, not a word that opens a phrase of time or place.
_LEVEL_NOUN = (r"(?!(?:in|on|by|at|for|and|or|but|while|from|to|of|with|the|a|an|up|down|over|during|last|this)\b)"
               r"[a-z][a-z-]*")
# After the level reached, the change that links the two levels: ", an increase of 30%", " (up 30%)", ", or 30%".
_CHANGE_AFTER_LEVELS = regex.compile(
    # ("rose from 54.2 points to 61.8 points in 2022, an increase of 24%": the levels' word for what they count)
    # ("from 280 people to 327 people", or a noun of its own after the levels)
    # (two words: "from £50 to £65 per unit", "to 327 hospital admissions")
    rf"(?:\s+(?:points?|pts|index\s+points|(?:per|a|an|each)\s+[a-z][a-z-]*|"
    rf"(?:{_LEVEL_NOUN}\s+)?{_LEVEL_NOUN}))?(?:\s+{_TIME_PHRASE})?\s*[,(;]?\s*(?:(?:an?\s+)?(?:(?:relative|overall|total|net)\s+)?(?:increase|rise|jump|growth|gain|decrease|decline|drop|fall|"
    r"cut|reduction|saving|overrun|surge|climb|leap|hike|boost|rebound|slump|dip|plunge|slide|contraction)\s+of\s+|up\s+(?:by\s+)?|down\s+(?:by\s+)?|or\s+|an?\s+)?",
    regex.IGNORECASE,
)


# A clause of its own, with its own subject, between a level and a change: ", and the apprentice rate goes up".
# (or what another noun did: ", and imports increased", " and unemployment rose")
_OTHER_CLAUSE = regex.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+|a\s+|an\s+|its\s+|[A-Z])"
                              # ("and sales of memory chips fell": up to five words of the other subject)
                              r"|(?:,\s*|\s+)(?:and|but|while|whereas)\s+(?:[a-z][\w-]*\s+){1,5}?(?:rose|fell|increased|"
                              r"decreased|dropped|grew|declined|climbed|jumped|slipped|edged|gained|lost|was|were|is|are)\b")
# Between a change and the level it led to: "cut by 40%| to |US $1.2 million", "| to a mere |".
# ("fell 30% in 2023 to $2.9 billion from $3.5 billion", "cut by 25% this year, to $3 million": the change's time
# between)
_TO_LEAD = regex.compile(rf"(?:\s+{_TIME_PHRASE})?{_TO_LEAD_PATTERN}", regex.IGNORECASE)
_TO_LEVEL = regex.compile(rf"(?:\s+{_TIME_PHRASE})?\s*,?\s*(?:(?:to|at)\s+(?:[a-z]+\s+){{0,2}}|"
                          r"(?:reaching|hitting|to\s+reach|to\s+stand\s+at|to\s+end\s+at)\s+)", regex.IGNORECASE)
_FRAME_BEFORE = regex.compile(r"\b(?:in|over|within|during|for|after|past|last|next|the)\s+$", regex.IGNORECASE)


def _time_frame(claim: Claim) -> bool:
    """A duration that says over how long a change happened ("fell 15% in two years"), not a level."""
    if claim.kind != "duration":
        return False
    at = position_in_sentence(claim)
    return bool(_FRAME_BEFORE.search(claim.sentence, max(0, at - 12), at))


def _open_away(level: Claim, direction: str, towards: str) -> bool:
    """Whether a level's bound is open on the side that makes the change larger: "more than 1,200" reached in a
    rise, "fewer than 900" reached in a fall (towards "up" for the level reached; "down" for the level left, whose
    open side is the other)."""
    upward = level.qualifier in ("more than", "at least")
    downward = level.qualifier in ("less than", "at most", "up to")
    if towards == "up":
        return upward and direction == "up" or downward and direction == "down"
    return upward and direction == "down" or downward and direction == "up"


_JUST_TO = regex.compile(r"\s+to\s+")


def _base_written_once(old: Claim, new: Claim) -> bool:
    """Whether two levels share a population base written once, after the second: "fell from 1,180 to 1,020
    prescriptions per 1,000 inhabitants"."""
    first, second = sorted((old, new), key=lambda c: c.start)
    if is_rate_in_a_population(first) or not is_rate_in_a_population(second) or first.sentence != second.sentence:
        return False
    first_end = position_in_sentence(first) + len(" ".join(first.text.split()))
    return _JUST_TO.fullmatch(first.sentence, first_end, position_in_sentence(second)) is not None


_GROUP_BEFORE = regex.compile(r"\b(?:by|of|among|from|in|for|with|across|to|between)\s+(?:the|its|their|these|those)\s+$",
                             regex.IGNORECASE)


def _names_a_group(claim: Claim) -> bool:
    """Whether a count in words names a known group after a preposition ("caused by the three pathogens")."""
    if claim.kind != "count" or not claim.text[:1].isalpha():
        return False
    at = position_in_sentence(claim)
    return _GROUP_BEFORE.search(claim.sentence, max(0, at - 20), at) is not None


def _levels_then_change(before: list[Claim], change: Claim):
    """(from, to) for "grew from $25 million to $38 million, an increase of 30%": both levels, then the change."""
    if len(before) < 2 or before[-2].value is None or before[-1].value is None:
        return None
    first, second, sentence = before[-2], before[-1], change.sentence
    at_first, at_second, at_change = (position_in_sentence(c) for c in (first, second, change))
    first_end = at_first + len(" ".join(first.text.split()))
    if not _CHANGE_AFTER_LEVELS.fullmatch(sentence, at_second + len(" ".join(second.text.split())), at_change):
        return None
    if _FROM_END.search(sentence, max(0, at_first - 8), at_first) and _TO_GAP.fullmatch(sentence, first_end, at_second):
        return first, second
    if _TO_END.search(sentence, max(0, at_first - 8), at_first) \
            and _FROM_AFTER_LEVEL.fullmatch(sentence, first_end, at_second):
        return second, first  # "rose to 84 from 71, an increase of 12%": the level reached, then where it started
    if _COMPARED_GAP.fullmatch(sentence, first_end, at_second):
        return second, first  # "costs £96, up from £88, a rise of 12%": the level now, then the earlier one
    dated = _DATED_AND_GAP.fullmatch(sentence, first_end, at_second)
    if dated is not None:
        # "547 investigations in 2021 and 655 in 2022, an increase of 25%": the levels in the order of their years
        later = _YEAR_AFTER_LEVEL.match(sentence, at_second + len(" ".join(second.text.split())))
        if later is not None and int(later.group("year")) != int(dated.group("year")):
            return (first, second) if int(dated.group("year")) < int(later.group("year")) else (second, first)
    return None


# A change measured after inflation, which the nominal figures beside it cannot give: "a rise of 1.8%| in real
# terms", "grew 2%| at constant prices", "a real-terms| cut of 4%".
_REAL_TERMS_AFTER = regex.compile(r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:in\s+real\s+terms|at\s+constant\s+(?:\d{4}\s+)?"
                                  r"(?:prices|exchange\s+rates|dollars)|in\s+constant\s+(?:\d{4}\s+)?(?:prices|dollars|terms)|"
                                  r"(?:once|when|after)\s+(?:adjusted|adjusting)\s+for\s+inflation|adjusted\s+for\s+inflation|"
                                  r"after\s+inflation|in\s+volume\s+terms|in\s+inflation-adjusted\s+terms)\b", regex.IGNORECASE)
_REAL_TERMS_BEFORE = regex.compile(r"\b(?:real[\s-]terms?|real|inflation-adjusted|volume)\s+(?:[a-z]+\s+){0,2}"
                                   r"(?:of\s+|by\s+)?(?:(?:about|around|some|nearly|almost|over|just)\s+)?$", regex.IGNORECASE)


def _in_real_terms(change: Claim) -> bool:
    at = position_in_sentence(change)
    end = at + len(change.text)
    sentence = change.sentence
    return bool(_REAL_TERMS_AFTER.match(sentence, end) or _REAL_TERMS_BEFORE.search(sentence, max(0, at - 40), at))


class PercentChange(Check):
    id = "percent-change"
    severity = "error"
    examples = [
        Example("a change whose verb says only better or worse (bus punctuality)", {
            "a.md": "---\npublished: 2024-06-20\n---\nPunctuality improved from 78.9% to 80.2%, a rise of 2.3 percentage "
                    "points.\n",
        }, True, ("2.3 percentage points",)),
        Example("a change named by another noun (cancer referrals)", {
            "a.md": "---\npublished: 2023-11-14\n---\nReferrals rose from 3,410 to 3,980, a surge of 21%.\n",
        }, True, ("21%",)),
        Example("levels at a day of the year (transplant waiting lists)", {
            "a.md": "---\npublished: 2023-04-20\n---\nThe waiting list rose from 6,268 at 31 March 2022 to 7,012 at 31 March "
                    "2023, an increase of 18%.\n",
        }, True, ("18%",)),
        Example("levels of years ending in a month (crime statistics)", {
            "a.md": "---\npublished: 2023-11-24\n---\nThe charge rate fell from 9.4% in the year ending March 2022 to 7.8% in "
                    "the year ending March 2023, a fall of 2.6 percentage points.\n",
        }, True, ("2.6 percentage points",)),
        Example("the level of one clause is no start of the next clause's change (chip sales)", {
            "a.md": "---\npublished: 2024-02-05\n---\nLogic sales rose 1.1% to $178.6 billion, and sales of memory chips "
                    "fell 31.0% to $92.3 billion.\n",
        }, False),
        Example("the year before's figure in brackets (results releases)", {
            "a.md": "---\npublished: 2024-09-25\n---\nGroup revenue rose 12% to £212.5 million (2022: £197.9 million).\n",
        }, True, ("12%",)),
        Example("... before the change", {
            "a.md": "---\npublished: 2024-09-25\n---\nPassengers made 44.0 million journeys in 2023 (2022: 45.3 million), "
                    "a fall of 6%.\n",
        }, True, ("6%",)),
        Example("... and right", {
            "a.md": "---\npublished: 2024-09-25\n---\nGroup revenue rose 7% to £212.5 million (2022: £197.9 million).\n",
        }, False),
        Example("a level and how far above a reference figure it is (childcare costs)", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn London a part-time nursery place costs £203.14 a week, 60% more "
                    "than the England average of £157.68.\n",
        }, True, ("60%", "£157.68", "£203.14 a week")),
        Example("... and right", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn London a part-time nursery place costs £203.14 a week, 29% more "
                    "than the England average of £157.68.\n",
        }, False),
        Example("... above a named rate (pay surveys)", {
            "a.md": "---\npublished: 2024-03-05\n---\nThe average hourly pay of childcare staff was £10.60, about 11% "
                    "above the National Living Wage of £10.42.\n",
        }, True, ("about 11%",)),
        Example("a level, then its change as an amount from the level before (dental workforce)", {
            "a.md": "---\npublished: 2023-08-24\n---\nIn 2022-23, 24,151 dentists performed NHS activity in England, down "
                    "1,695 from 24,846 in 2021-22.\n",
        }, True, ("1,695", "24,846", "24,151")),
        Example("... and right", {
            "a.md": "---\npublished: 2023-08-24\n---\nIn 2022-23, 24,151 dentists performed NHS activity in England, down "
                    "695 from 24,846 in 2021-22.\n",
        }, False),
        Example("'more than doubled' is a bound, not a loose 'doubled' (farm compensation)", {
            "a.md": "---\npublished: 2023-01-20\n---\nCompensation more than doubled, from €38.2 million in 2021 to €71.6 "
                    "million in 2022.\n",
        }, True, ("more than doubled",)),
        Example("... and true", {
            "a.md": "---\npublished: 2023-01-20\n---\nCompensation more than doubled, from €38.2 million in 2021 to €79.6 "
                    "million in 2022.\n",
        }, False),
        Example("a change stated as an amount between two levels (outbreak reports)", {
            "a.md": "---\npublished: 2023-01-20\n---\nThe number of infected farms rose by 30, from 48 in 2021 to 72 in "
                    "2022.\n",
        }, True, ("30", "48", "72")),
        Example("... and right, within the rounding of the figures", {
            "a.md": "---\npublished: 2023-01-20\n---\nOutput rose by 1.2 million tonnes, from 3.4 million tonnes to 4.7 "
                    "million tonnes.\n",
        }, False),
        Example("a sentence that refers to the figure before it (homelessness statistics)", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn 2023, 5,300 households were assessed as homeless. This was up "
                    "from 5,000 in 2022, an increase of 4.9%.\n",
        }, True, ("4.9%", "5,000", "5,300")),
        Example("... and right", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn 2023, 5,300 households were assessed as homeless. This was up "
                    "6% from 5,000 in 2022.\n",
        }, False),
        Example("... but not across paragraphs", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn 2023, 5,300 households were assessed as homeless.\n\nThis was "
                    "up from 5,000 in 2022, an increase of 4.9%.\n",
        }, False),
        Example("a change after inflation beside nominal levels (development aid)", {
            "a.md": "---\npublished: 2024-04-11\n---\nODA totalled $223.7 billion in 2023, up from $211.0 billion in 2022, "
                    "a rise of 1.8% in real terms.\n",
        }, False),
        Example("... said before the figure", {
            "a.md": "---\npublished: 2024-04-11\n---\nSpending was $50 billion in 2023, up from $40 billion in 2022, a "
                    "real-terms rise of 3%.\n",
        }, False),
        Example("... but a nominal change is checked", {
            "a.md": "---\npublished: 2024-04-11\n---\nODA totalled $223.7 billion in 2023, up from $211.0 billion in 2022, "
                    "a rise of 1.8%.\n",
        }, True, ("1.8%",)),
        Example("levels per a unit (alcohol duty)", {
            "a.md": "---\npublished: 2024-02-08\n---\nThe duty rose from £50 to £65 per unit, an increase of 25%.\n",
        }, True, ("25%",)),
        Example("levels that are shares of a whole in two words (tax gap estimates)", {
            "a.md": "---\npublished: 2023-06-20\n---\nThe gap fell by 0.6 percentage points, from 8.9% of total revenue in "
                    "2020 to 7.8% in 2021.\n",
        }, True, ("0.6 percentage points",)),
        Example("levels on two weekdays (disaster situation reports)", {
            "a.md": "---\npublished: 2025-03-14\n---\nThe number of people displaced rose from 45,000 on Tuesday to "
                    "63,000 on Thursday, an increase of 60%.\n",
        }, True, ("60%",)),
        Example("... and over the past week", {
            "a.md": "---\npublished: 2024-09-02\n---\nThe number of people in relief camps rose from 380,000 to 520,000 "
                    "over the past week, a 45% increase.\n",
        }, True, ("45%",)),
        Example("levels with their noun after each (court statistics)", {
            "a.md": "---\npublished: 2023-03-30\n---\nPrisoners rose from 280 people to 327 people, an increase of 25%.\n",
        }, True, ("25%",)),
        Example("levels in fiscal years written 'FY2020/21'", {
            "a.md": "---\npublished: 2022-11-15\n---\nCases filed rose 20% from 370,000 in FY2020/21 to 410,000 in "
                    "FY2021/22.\n",
        }, True, ("20%",)),
        Example("levels in spans of months", {
            "a.md": "---\npublished: 2023-03-30\n---\nThe median wait rose 25% from 280 days in July to September 2022 "
                    "to 327 days in October to December 2022.\n",
        }, True, ("25%",)),
        Example("levels at the end of two years (telecoms statistics)", {
            "a.md": "---\npublished: 2024-03-15\n---\nMobile broadband subscriptions rose from 18.2 million at the end "
                    "of 2022 to 21.5 million at the end of 2023, an increase of 24%.\n",
        }, True, ("24%",)),
        Example("levels on two days (situation reports)", {
            "a.md": "---\npublished: 2024-03-20\n---\nFunding for the appeal rose from $64 million on 2 March to $90 "
                    "million on 16 March, an increase of 25%.\n",
        }, True, ("25%",)),
        Example("levels counted in points, then the change (index reports)", {
            "a.md": "---\npublished: 2023-03-22\n---\nThe index score rose from 54.2 points to 61.8 points in 2022, an "
                    "increase of 24%.\n",
        }, True, ("24%",)),
        Example("... that agrees", {
            "a.md": "---\npublished: 2023-03-22\n---\nThe index score rose from 54.2 points to 61.8 points in 2022, an "
                    "increase of 14%.\n",
        }, False),
        # (road safety: the figure's noun and verb between it and "up from")
        Example("a level, its verb phrase, then the earlier level", {
            "a.md": "---\npublished: 2023-01-05\n---\nIn 2022, 364 people died on the roads, up from 275 in 2021, a rise "
                    "of 18%.\n",
        }, True, ("18%",)),
        Example("... with a place in the phrase, and a right change", {
            "a.md": "---\npublished: 2023-01-05\n---\nIn 2022, 364 people died on Queensland roads, up from 275 in "
                    "2021, a rise of 32%.\n",
        }, False),
        Example("a change each counted thing went through is no change of the count (drug prices)", {
            "a.md": "---\npublished: 2024-01-20\n---\nOnly 38 products rose by 10% or more, compared with 61 in January "
                    "2023.\n",
        }, False),
        Example("a count between the level and its change (venture capital)", {
            "a.md": "---\npublished: 2024-02-20\n---\nStartups raised €4.2 billion in 2023 across 587 deals, a drop of "
                    "25% from the €6.1 billion raised in 2022.\n",
        }, True, ("25%",)),
        Example("cut by 40% from 6.0 to 1.2 million is an 80% cut", {
            "a.md": "---\npublished: 2017-04-20\n---\nThe annual budget of US $6.0 million was cut by 40% to US $1.2 million.\n",
        }, True, ("40%", "US $6.0 million", "US $1.2 million")),
        Example("cut by more than 90% from 4.2 million to 313,000 is consistent", {
            "a.md": "---\npublished: 2012-08-01\n---\nInitially US $4.2 million was allocated, but this budget was cut by more than 90% to a mere US $313,000.\n",
        }, False),
        Example("rose 12% from 1,000 to 1,120 patients is consistent", {
            "a.md": "---\npublished: 2020-01-01\n---\nAdmissions rose 12% from 1,000 to 1,120 patients.\n",
        }, False),
        Example("fell 25%, from 12,400 to 9,300 tonnes, is consistent", {
            "a.md": "---\npublished: 2020-01-01\n---\nLandfill waste fell 25%, from 12,400 tonnes to 9,300 tonnes.\n",
        }, False),
        Example("fell 40%, from 12,400 to 9,300 tonnes, is not", {
            "a.md": "---\npublished: 2020-01-01\n---\nLandfill waste fell 40%, from 12,400 tonnes to 9,300 tonnes.\n",
        }, True, ("40%", "12,400 tonnes")),
        Example("more than doubled from $4 billion to $10.8 billion is consistent", {
            "a.md": "---\npublished: 2020-01-01\n---\nExports more than doubled from $4 billion to $10.8 billion.\n",
        }, False),
        Example("more than doubled from $4 billion to $7 billion is not", {
            "a.md": "---\npublished: 2020-01-01\n---\nExports more than doubled from $4 billion to $7 billion.\n",
        }, True, ("more than doubled", "$7 billion")),
        Example("two changes, each to its own level, are no change between the levels", {
            "a.md": "---\npublished: 2020-01-01\n---\nNorland Steel rose 8.1% to 99.20 crowns and Valdor Mining "
                    "rallied 7% to 47.65 crowns.\n",
        }, False),
        Example("one thing's level, then its next change: checked", {
            "a.md": "---\npublished: 2020-01-01\n---\nSales rose 10% to $5m in 2018, then fell 40% to $4m in 2019.\n",
        }, True, ("40%", "$5m", "$4m")),
        Example("a change restated in points starts nowhere", {
            "a.md": "---\npublished: 2020-01-01\n---\nThe Norland index lost 162.31 points, or 2.14%, to fall to "
                    "7,425.81.\n",
        }, False),
        Example("a level, then its change from an earlier figure: consistent", {
            "a.md": "---\npublished: 2021-01-15\n---\nThe transport budget for 2021 is £12 million, down 14% from "
                    "£14 million in 2020.\n",
        }, False),
        Example("a level, then its change from an earlier figure: wrong size", {
            "a.md": "---\npublished: 2021-01-15\n---\nThe transport budget for 2021 is £12 million, down 20% from "
                    "£14 million in 2020.\n",
        }, True, ("20%", "£14 million", "£12 million")),
        Example("doubled from $2.5 billion to $4 billion is not a doubling", {
            "a.md": "---\npublished: 2020-01-01\n---\nExports doubled to $4 billion from $2.5 billion.\n",
        }, True, ("doubled", "$2.5 billion", "$4 billion")),
        Example("rose 8% to $2.7 billion from $2.4 billion is a 12.5% rise", {
            "a.md": "---\npublished: 2022-01-01\n---\nSpending rose 8% to $2.7 billion in 2021 from $2.4 billion in "
                    "2020.\n",
        }, True, ("8%", "$2.4 billion", "$2.7 billion")),
        Example("a level, then an amount taken 'from' something else", {
            "a.md": "---\npublished: 2022-01-01\n---\nNorland Steel shares plummeted 40.8 per cent to $2.06, wiping more "
                    "than $340 million from the company's value.\n",
        }, False),
        Example("two levels each with its year, then the change", {
            "a.md": "---\npublished: 2023-06-01\n---\nThe government reported 547 investigations in 2021 and 655 in "
                    "2022, an increase of 25%.\n",
        }, True, ("25%", "547", "655")),
        Example("... that matches", {
            "a.md": "---\npublished: 2023-06-01\n---\nThe government reported 547 investigations in 2021 and 655 in "
                    "2022, an increase of 20%.\n",
        }, False),
        Example("a cost against its budget, and the overrun", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe Harbour Link cost 2.9 billion crowns, against an original "
                    "budget of 2.1 billion crowns, an overrun of 28%.\n",
        }, True, ("28%", "2.1 billion crowns", "2.9 billion crowns")),
        Example("... and the share above the budget", {
            "a.md": "---\npublished: 2024-01-01\n---\nTerminal 2 cost €640 million, 28% above its original budget of "
                    "€500 million.\n",
        }, False),
        Example("a relative reduction between two shares", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe stroke rate fell from 10.1% to 6.3%, a relative reduction of "
                    "52%.\n",
        }, True, ("52%", "10.1%", "6.3%")),
        Example("a level for something, then where it started and the change", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe Centre has budgeted $60,000 million for the scheme, down "
                    "from $73,000 million, a cut of 21.7%.\n",
        }, True, ("21.7%", "$60,000 million", "$73,000 million")),
        Example("journey times cut from 52 to 38 minutes, a saving of 27%: consistent", {
            "a.md": "---\npublished: 2022-12-12\n---\nThe line cut journey times from 52 to 38 minutes, a saving of "
                    "27%.\n",
        }, False),
        Example("... a saving of 40%: not", {
            "a.md": "---\npublished: 2022-12-12\n---\nThe line cut journey times from 52 to 38 minutes, a saving of "
                    "40%.\n",
        }, True, ("40%", "52", "38 minutes")),
        Example("a change against a base the sentence gives no figure for", {
            "a.md": "---\npublished: 2019-01-01\n---\nThe Norland index will end 2019 at 16,644, 16 per cent above its "
                    "2018 closing level, according to the average of eight estimates.\n",
        }, False),
        Example("a rate halved from 12% to 7% is not halved", {
            "a.md": "---\npublished: 2022-01-01\n---\nThe dropout rate was halved, from 12% in 2016 to 7% in 2021.\n",
        }, True, ("halved", "12%", "7%")),
        Example("halved from 840 to 410 tonnes is about half", {
            "a.md": "---\npublished: 2020-01-01\n---\nLandfill waste was halved from 840 tonnes to 410 tonnes.\n",
        }, False),
        Example("rose threefold from 1,000 to 3,100 is consistent", {
            "a.md": "---\npublished: 2020-01-01\n---\nAdmissions rose threefold from 1,000 to 3,100.\n",
        }, False),
        Example("grew from $25 million to $38 million, an increase of 30%, is not", {
            "a.md": "---\npublished: 2020-01-01\n---\nIts budget grew from $25 million to $38 million, an increase "
                    "of 30%.\n",
        }, True, ("30%", "$25 million", "$38 million")),
        Example("another measure's change in a second clause", {
            "a.md": "---\npublished: 2024-02-01\n---\nExports dropped 3.7% to 18.2 billion lira, and imports increased "
                    "1.2% to 15.8 billion lira.\n",
        }, False),
        Example("a level in another clause is no starting point", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe adult rate will rise to £8.60, and the apprentice rate goes up "
                    "21.2% to £6.40.\n",
        }, False),
        Example("levels with their months, then the change", {
            "a.md": "---\npublished: 2023-09-15\n---\nThe waiting list fell from 7.0 million in April 2023 to 6.8 million "
                    "in July 2023, a fall of 6%.\n",
        }, True, ("6%", "7.0 million", "6.8 million")),
        Example("rose to 84 from 71, an increase of 12%, is not", {
            "a.md": "---\npublished: 2024-01-01\n---\nCyclist deaths rose to 84 from 71, an increase of 12%.\n",
        }, True, ("12%", "71", "84")),
        Example("rose to 84 from 71, an increase of 18%, is consistent", {
            "a.md": "---\npublished: 2024-01-01\n---\nCyclist deaths rose to 84 from 71, an increase of 18%.\n",
        }, False),
        Example("a 60% increase on the 105,131 of the year before is not 157,652", {
            "a.md": "---\npublished: 2024-01-01\n---\nItaly recorded 157,652 arrivals by sea in 2023, a 60% increase on "
                    "the 105,131 who landed in 2022.\n",
        }, True, ("60%", "105,131", "157,652")),
        Example("50% more than the 105,131 of the year before is 157,652", {
            "a.md": "---\npublished: 2024-01-01\n---\nItaly recorded 157,652 arrivals by sea in 2023, 50% more than the "
                    "105,131 recorded in 2022.\n",
        }, False),
        Example("rose from 1,000 to 1,120 patients (up 12%) is consistent", {
            "a.md": "---\npublished: 2020-01-01\n---\nAdmissions rose from 1,000 to 1,120 patients (up 12%).\n",
        }, False),
        Example("rose 25% from 1,000 to 1,120 patients is not", {
            "a.md": "---\npublished: 2020-01-01\n---\nAdmissions rose 25% from 1,000 to 1,120 patients.\n",
        }, True, ("25%",)),
        Example("a change in percentage points against its shares", {
            "a.md": "---\npublished: 2024-01-01\n---\nUnemployment fell by 3 percentage points, from 7.5% to 5.1%, in "
                    "2023.\n",
        }, True, ("3 percentage points", "7.5%", "5.1%")),
        Example("percentage points that the shares' rounding allows", {
            "a.md": "---\npublished: 2024-01-01\n---\nUnemployment fell by 2 percentage points, from 7.5% to 5.1%, in "
                    "2023.\n",
        }, False),
        Example("basis points against the rates they link", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe central bank raised its policy rate by 50 basis points to "
                    "5.25% from 4.5%.\n",
        }, True, ("50 basis points", "5.25%", "4.5%")),
        Example("bare points between two shares", {
            "a.md": "---\npublished: 2024-01-01\n---\nTurnout was 64%, up 3 points on 2019's 61%.\n",
        }, False),
        Example("bare points that the shares contradict", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe party's share rose 9 points to 41%, from 36% in 2019.\n",
        }, True, ("9 points", "41%", "36%")),
        Example("a change in per cent between shares that fits neither reading", {
            "a.md": "---\npublished: 2024-01-01\n---\nPrevalence rose 5%, from 9.6% to 11.8%.\n",
        }, True, ("5%", "9.6%", "11.8%")),
        Example("... that fits the points", {
            "a.md": "---\npublished: 2024-01-01\n---\nPrevalence rose 2.2%, from 9.6% to 11.8%.\n",
        }, False),
        Example("... that fits the ratio", {
            "a.md": "---\npublished: 2024-01-01\n---\nPrevalence rose 23%, from 9.6% to 11.8%.\n",
        }, False),
        Example("levels dated with a split year and their own noun", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe wheat harvest rose 15% from 3.1 million tonnes in 2021/22 to "
                    "4.2 million tonnes in 2022/23.\n",
        }, True, ("15%", "3.1 million tonnes", "4.2 million tonnes")),
        Example("the level reached, its noun, then where it started", {
            "a.md": "---\npublished: 2024-01-01\n---\nOutput rose 12% to 420,000 bags from 300,000 bags.\n",
        }, True, ("12%", "420,000", "300,000")),
        Example("a change, the level it reached, then what it is compared with", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe average house price in Valdoria rose 15% to £262,000, compared "
                    "with £240,000 a year earlier.\n",
        }, True, ("15%", "£262,000", "£240,000")),
        Example("... that matches", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe average house price in Valdoria rose 9% to £262,000, compared "
                    "with £240,000 a year earlier.\n",
        }, False),
        Example("a level reached said as 'more than' allows a larger rise (tree planting)", {
            "a.md": "---\npublished: 2025-01-10\n---\nVolunteers planted more than 1,200 trees in 2024, up from 1,000 in "
                    "2023, a rise of 25%.\n",
        }, False),
        Example("... but not a smaller one", {
            "a.md": "---\npublished: 2025-01-10\n---\nVolunteers planted more than 1,200 trees in 2024, up from 1,000 in "
                    "2023, a rise of 12%.\n",
        }, True, ("12%",)),
        Example("a level with a long noun phrase before 'up from' (housing complaints)", {
            "a.md": "---\npublished: 2025-06-01\n---\nThe ombudsman received 6,842 complaints about damp and mould in "
                    "social housing in 2024-25, up from 4,950 in 2023-24, an increase of 52%.\n",
        }, True, ("52%",)),
        Example("two rates in a population whose base is written once, after the second (prescribing data)", {
            "a.md": "---\npublished: 2025-04-14\n---\nCommunity prescribing fell from 1,180 to 1,020 prescriptions per "
                    "1,000 inhabitants between 2023 and 2024, a drop of 18%.\n",
        }, True, ("18%",)),
        Example("a count naming a group inside the level's phrase is no level (infection surveillance)", {
            "a.md": "---\npublished: 2025-03-01\n---\nThe hospital reported 174 bloodstream infections caused by the "
                    "three priority pathogens in 2024, up from 151 in 2023, an increase of 15%.\n",
        }, False),
        Example("a level and its year, 'up from' the earlier one, then the change", {
            "a.md": "---\npublished: 2024-01-10\n---\nEnrolment in Valdoria reached 48,200 in 2023, up from 46,900 in "
                    "2022, an increase of 6.5%.\n",
        }, True, ("6.5%", "46,900", "48,200")),
        Example("... that matches", {
            "a.md": "---\npublished: 2024-01-10\n---\nEnrolment in Valdoria reached 48,200 in 2023, up from 46,900 in "
                    "2022, an increase of 2.8%.\n",
        }, False),
        Example("a level, 'up from' the earlier one, then the change", {
            "a.md": "---\npublished: 2024-01-01\n---\nWaste collection costs £96, up from £88, a rise of 12%.\n",
        }, True, ("12%", "£96", "£88")),
        Example("... that agrees", {
            "a.md": "---\npublished: 2024-01-01\n---\nWaste collection costs £96, up from £88, a rise of 9%.\n",
        }, False),
        Example("compared with the year before", {
            "a.md": "---\npublished: 2024-01-01\n---\nCrews fixed 42,600 potholes, compared with 32,000 the year before, a "
                    "rise of 40%.\n",
        }, True, ("40%", "42,600", "32,000")),
        Example("the change's year between it and 'to X from Y'", {
            "a.md": "---\npublished: 2024-03-12\n---\nArms exports fell 30% in 2023 to $2.9 billion from $3.5 billion.\n",
        }, True, ("30%", "$2.9 billion", "$3.5 billion")),
        Example("... which a right change satisfies", {
            "a.md": "---\npublished: 2024-03-12\n---\nArms exports fell 17% in 2023 to $2.9 billion from $3.5 billion.\n",
        }, False),
        Example("'this year' and commas between the change and 'to X, from Y'", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe city cut its parks budget by 25% this year, to $3 million, "
                    "from $5 million.\n",
        }, True, ("25%", "$3 million", "$5 million")),
        Example("... and 'down from' after the level", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe city cut its parks budget by 40% last year to $3 million, "
                    "down from $5 million.\n",
        }, False),
        Example("levels rounded to two figures leave room for the change they round away", {
            "a.md": "---\npublished: 2022-02-01\n---\nBicycle sales rose 60% in 2021 to 3.9 million, up from 2.4 million "
                    "in 2020.\n",
        }, False),
        Example("... but not for a change past that room", {
            "a.md": "---\npublished: 2022-02-01\n---\nBicycle sales rose 70% in 2021 to 3.9 million, up from 2.4 million "
                    "in 2020.\n",
        }, True, ("70%", "3.9 million", "2.4 million")),
        Example("what aircraft dropped is a level, whose change is checked (wildfire reports)", {
            "a.md": "---\npublished: 2024-02-01\n---\nAir tankers dropped 12 million litres of retardant in 2023, up 80% "
                    "from 8 million litres in 2022.\n",
        }, True, ("80%", "12 million litres", "8 million litres")),
        Example("a rate between the level and its change is not the level", {
            "a.md": "---\npublished: 2023-01-20\n---\nHonduras closed 2022 with 3,641 homicides, a rate of 35.8 per "
                    "100,000 inhabitants, down 11.6% from the 4,119 homicides of 2021.\n",
        }, False),
        Example("... against which the change is checked", {
            "a.md": "---\npublished: 2023-01-20\n---\nHonduras closed 2022 with 3,641 homicides, a rate of 35.8 per "
                    "100,000 inhabitants, down 21.6% from the 4,119 homicides of 2021.\n",
        }, True, ("21.6%", "3,641", "4,119")),
        Example("the whole of a share between the level and its change is not the level", {
            "a.md": "---\npublished: 2024-06-01\n---\nDonors have disbursed $640 million, or 53% of the $1.2 billion "
                    "pledged, up 39% from $460 million in May.\n",
        }, False),
        Example("a level said again as a rate is not the level (battery demand)", {
            "a.md": "---\npublished: 2023-11-27\n---\nGlobal demand for batteries reached about 950 GWh in 2023, or "
                    "around 2.6 GWh a day, up 41% from roughly 675 GWh in 2022.\n",
        }, False),
        Example("prices per unit written with a slash (battery prices)", {
            "a.md": "---\npublished: 2024-02-02\n---\nBattery pack prices fell 17% from $161/kWh in 2022 to $139/kWh in "
                    "2023.\n",
        }, True, ("17%", "$161", "$139")),
        Example("a quarter between the level and the level it started from (market research)", {
            "a.md": "---\npublished: 2023-10-16\n---\nSmartphone shipments fell 4.9% to 302.1 million in the third "
                    "quarter of 2023, from 313.2 million a year earlier.\n",
        }, True, ("4.9%", "302.1 million", "313.2 million")),
        Example("... and the basis of the change before the level", {
            "a.md": "---\npublished: 2023-10-16\n---\nSmartphone shipments fell 4.9% year on year to 302.1 million "
                    "from 313.2 million.\n",
        }, True, ("4.9%", "302.1 million", "313.2 million")),
        Example("... that matches", {
            "a.md": "---\npublished: 2023-10-16\n---\nSmartphone shipments fell 3.5% year on year to 302.1 million "
                    "from 313.2 million.\n",
        }, False),
        Example("a change between two rates by the day (active travel reports)", {
            "a.md": "---\npublished: 2024-03-14\n---\nCycle trips rose 31% from 251,000 a day in 2019 to 312,000 a day in "
                    "2023.\n",
        }, True, ("31%", "251,000 a day", "312,000 a day")),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        earlier = _EarlierFigures(aligned.claims)
        for claims in aligned.sentences():
            for change in claims:
                multiplier = change.kind == "quantity" and change.unit == FOLD
                if change.kind in _ADDABLE and not multiplier and change.change is not None:
                    yield from self._check_difference(claims, change, config)
                    continue
                if change.kind != "percent" and not multiplier or change.change is None:
                    continue
                if _in_real_terms(change):
                    continue  # "up from $211.0 billion, a rise of 1.8% in real terms": after inflation, not the figures'
                points = not multiplier and _IN_POINTS.search(change.text) is not None
                # Levels only: "lost 162.31 points, or 2.14%" states the change twice, it starts nowhere.
                # A percentage change of a share is ambiguous, points or per cent, unless it says points ("fell
                # 0.3 percentage points, from 4.4% to 4.1%"); a multiplier of one is not: "halved, from 12% to 7%".
                # (a change in per cent between two shares may mean either: it is checked against both readings)
                # ("rose 31% from 251,000 a day in 2019 to 312,000 a day": rates by the same time change as levels do)
                kinds = ("percent",) if points else ("money", "count", "quantity", "duration", "percent", "rate")
                figures = [c for c in claims if c.kind in kinds and c.change is None and not _time_frame(c)]
                levels = _levels(claims, change, figures) or earlier.level_referred_back_to(claims, change, figures)
                if levels is None:
                    continue
                old, new, old_value, new_value = levels
                if old.kind != new.kind or old.unit != new.unit or old.per != new.per or not old_value and not points:
                    continue
                if is_rate_in_a_population(old) != is_rate_in_a_population(new) and not _base_written_once(old, new):
                    continue  # "3,641 homicides, a rate of 35.8 per 100,000, down 11.6% from 4,119": a rate is no count
                if any(c.kind == "count" and c.end <= change.start and _EACH_CHANGED_GAP.fullmatch(
                        c.sentence, position_in_sentence(c) + len(" ".join(c.text.split())), position_in_sentence(change))
                       for c in (old, new)):
                    continue  # "Only 38 products rose by 10% or more, compared with 61": what each of them did
                if points:
                    yield from self._check_points(change, old, new, old_value, new_value)
                elif old.kind == "percent" and not multiplier:
                    # "rose 5%, from 9.6% to 11.8%": 2.2 points, or a 22.9% rise; wrong only if it is neither
                    as_points = list(self._check_points(change, old, new, old_value, new_value))
                    as_ratio = list(self._check_ratio(change, old, new, old_value, new_value, multiplier, config))
                    if as_points and as_ratio:
                        relative = as_ratio[0].numbers["computed_change_percent"]
                        gap = as_points[0].numbers["computed_change_points"]
                        direction = as_ratio[0].numbers["direction"]
                        said = (f"a {fmt(relative)}% {'cut' if direction == 'down' else 'rise'}, or "
                                f"{fmt(gap)} percentage points")
                        yield self._finding(change, old, new, old_value, new_value, said,
                                            {**as_ratio[0].numbers, "computed_change_points": gap})
                else:
                    yield from self._check_ratio(change, old, new, old_value, new_value, multiplier, config)

    def _check_difference(self, claims: list[Claim], change: Claim, config: AuditConfig) -> Iterable[Finding]:
        """A change stated as an amount, between two levels written out: "rose by 30, from 48 in 2021 to 72 in
        2022" (a rise of 24), "cut by $2 million from $14 million to $12 million"."""
        if change.qualifier != "exact" or not isinstance(change.value, float):
            return
        sentence = change.sentence
        at = position_in_sentence(change)
        after = [c for c in claims if c.start > change.start and c.kind == change.kind and c.unit == change.unit
                 and c.change is None and isinstance(c.value, float)]
        before = [c for c in claims if c.start < change.start and c.kind == change.kind and c.unit == change.unit
                  and c.change is None and isinstance(c.value, float)]
        if _BY_BEFORE.search(sentence, max(0, at - 12), at) and len(after) >= 2 \
                and _FROM_LEAD.fullmatch(_gap(change, after[0])) and _TO_GAP.fullmatch(_gap(after[0], after[1])):
            old, new = after[0], after[1]  # "rose by 30, from 48 in 2021 to 72 in 2022"
        elif _UP_OR_DOWN_BEFORE.search(sentence, max(0, at - 12), at) and before and after \
                and _LEVEL_THEN_CHANGE_GAP.fullmatch(_gap(before[-1], change)) \
                and _FROM_GAP.fullmatch(_gap(change, after[0])):
            old, new = after[0], before[-1]  # "24,151 dentists in 2022-23, down 1,695 from 24,846 in 2021-22"
        else:
            return  # (only "by", or "up" or "down" between a level and the one before: "added 150,000" is a flow)
        computed = new.value - old.value
        direction = "down" if computed < 0 else "up"
        # (each figure as rounded when written: "rose by 1.2 million, from 3.4 million to 4.6 million")
        slack = sum(rounding_halfwidth(c, 0.0) for c in (change, old, new)) + abs(change.value) * 1e-9
        if direction == change.change and abs(abs(computed) - change.value) <= slack:
            return
        said = f"a {'fall' if direction == 'down' else 'rise'} of {fmt(abs(computed))}"
        yield self._finding(change, old, new, old.value, new.value, said,
                            {"computed_change": round(abs(computed), 6), "stated_change": change.value,
                             "direction": direction})

    def _check_ratio(self, change: Claim, old: Claim, new: Claim, old_value: float, new_value: float,
                     multiplier: bool, config: AuditConfig) -> Iterable[Finding]:
        """A change in per cent of the starting figure ("cut by 40%"), or a multiplier ("doubled")."""
        computed = (new_value - old_value) / old_value * 100.0
        direction = "down" if computed < 0 else "up"
        low, high = interval(change, config.tolerances.rounding)
        if multiplier:
            # "doubled", "fell tenfold": the ratio of the figures, the larger over the smaller
            if not new_value or (new_value > 0) != (old_value > 0):
                return
            magnitude = max(new_value / old_value, old_value / new_value)
            relative = config.tolerances.multiplier
            if change.qualifier in ("more than", "at least", "less than", "at most", "up to"):
                # A bound is a bound: "more than doubled" from €38.2 million to €71.6 million (1.87 times) did not,
                # however loosely a bare "doubled" may be said: the slack is only what the figures' rounding allows
                # (the two relative errors in quadrature), never more than a bare multiplier's.
                relative = min(relative, sum((rounding_halfwidth(c, 0.0) / abs(c.value)) ** 2 for c in (old, new)) ** 0.5)
            ok = low * (1 - relative) <= magnitude <= high * (1 + relative) and direction == change.change
            said = f"a {fmt(magnitude)}-fold {'fall' if direction == 'down' else 'rise'}"
        else:
            magnitude = abs(computed)
            slack = config.tolerances.percent_points
            # The levels are rounded too: "rose 60% to 3.9 million from 2.4 million" may be a 58% to 67% rise,
            # so 60% fits (the rounding of the written digits only; no hedge widens it).
            least, most = _change_range(old_value, rounding_halfwidth(old, 0.0),
                                        new_value, rounding_halfwidth(new, 0.0), direction)
            # (the configured slack is a floor for that allowance, not added to it)
            least, most = min(least, magnitude - slack), max(most, magnitude + slack)
            if _open_away(new, direction, "up") or _open_away(old, direction, "down"):
                # "more than 1,200 trees, up from 1,000, a rise of 25%": a level open away from the other allows any
                # larger change
                most = float("inf")
            ok = low <= most and least <= high and direction == change.change
            said = f"a {fmt(magnitude)}% {'cut' if direction == 'down' else 'rise'}"
        if ok:
            return
        yield self._finding(change, old, new, old_value, new_value, said,
                            {("computed_multiplier" if multiplier else "computed_change_percent"): round(magnitude, 2),
                             "stated_low": None if low == float("-inf") else low,
                             "stated_high": None if high == float("inf") else high, "direction": direction})

    def _check_points(self, change: Claim, old: Claim, new: Claim, old_value: float,
                      new_value: float) -> Iterable[Finding]:
        """A change in percentage points between two shares: the difference of the shares, within what the
        three figures' rounding allows ("fell 2 points, from 7.5% to 5.1%": 2.4 points, and "2" is 1.5 to 2.5)."""
        computed = round(new_value - old_value, 9)
        direction = "down" if computed < 0 else "up"
        low = change.lower if isinstance(change.lower, float) else float("-inf")
        high = change.upper if isinstance(change.upper, float) else float("inf")
        rounding = sum(half_last_digit(c) for c in (old, new)) + (
            half_last_digit(change) if change.qualifier == "exact" else 0.0)
        magnitude = abs(computed)
        # (rounding is half-open on each side: "3 points" is 2.5 to 3.5, and 7.5 to 5.1 is 2.3 to 2.5, which do
        # not meet)
        lowest, highest = round(low - rounding, 9), round(high + rounding, 9)
        within = lowest < magnitude < highest if rounding else low <= magnitude <= high
        if within and direction == change.change:
            return
        said = f"a {'fall' if direction == 'down' else 'rise'} of {fmt(magnitude)} percentage points"
        yield self._finding(change, old, new, old_value, new_value, said,
                            {"computed_change_points": round(magnitude, 4),
                             "stated_low": None if low == float("-inf") else low,
                             "stated_high": None if high == float("inf") else high, "direction": direction})

    def _finding(self, change: Claim, old: Claim, new: Claim, old_value: float, new_value: float, said: str,
                 numbers: dict) -> Finding:
        figures_text = (f"{quote(old)}" if old is new else f"from {quote(old)} to {quote(new)}")
        message = (
            f"{name(change)} line {change.line}: {quote(change)} does not match its figures: "
            f"{figures_text} ({fmt(old_value)} to {fmt(new_value)}) is {said}."
        )
        return self.finding(
            message, [(change, "stated change"), (old, "from"), (new, "to")] if old is not new
            else [(change, "stated change"), (old, "figures")], numbers)


# A change stated in points of a share: "0.3 percentage points", "2 pp", "25 basis points".
_IN_POINTS = regex.compile(r"\bpoints?\b|\bpps?\b|\bbps?\b", regex.IGNORECASE)

_ADDABLE = ("count", "money", "quantity")
_UP_OR_DOWN_BEFORE = regex.compile(r"\b(?:up|down)\s+(?:by\s+)?(?:[$€£¥₹]\s?)?$")
# Between a level and the change after it: "24,151 dentists ... in England|, |down 1,695".
_LEVEL_THEN_CHANGE_GAP = regex.compile(r"[^;:.()\d]{0,80}?,\s*(?:(?:a|an)\s+)?(?=up|down)(?:up|down)\s+(?:by\s+)?"
                                       r"(?:[$€£¥₹]\s?)?")
_BY_BEFORE = regex.compile(r"\bby\s+(?:(?:about|around|some|nearly|almost|just|only)\s+)?(?:[$€£¥₹]\s?)?$")
# A sentence that opens with the figure of the sentence before, then the level it came from: "This was up from|
# 5,000 in 2022, an increase of 4.9%", "That was down 12% from| 410".
_REFERS_BACK = regex.compile(r"\s*(?:This|That|It|The\s+(?:figure|number|total))\s+(?:was|is|has\s+been)\s+(?:up|down)\b")
_FROM_BEFORE = regex.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|almost|just|only)\s+)?$")


class _EarlierFigures:
    """Each document's figures in reading order, for a sentence that refers to the figure before it."""

    def __init__(self, claims: list[Claim]):
        self._by_source: dict[str, list[Claim]] = {}
        for claim in claims:
            if claim.kind != "date":
                self._by_source.setdefault(claim.source, []).append(claim)
        for figures in self._by_source.values():
            figures.sort(key=lambda c: c.start)
        self._starts = {source: [c.start for c in figures] for source, figures in self._by_source.items()}

    def level_referred_back_to(self, claims: list[Claim], change: Claim, figures: list[Claim]):
        """(from claim, to claim, from value, to value) where the sentence opens with "This was up (by X%) from"
        a level: the level it rose to is the last figure of the sentence before, of its kind and unit, in the same
        paragraph; None otherwise."""
        sentence = change.sentence
        if not _REFERS_BACK.match(sentence):
            return None
        old = next((c for c in figures if _FROM_BEFORE.search(sentence, 0, position_in_sentence(c))), None)
        if old is None or old.value is None or old.kind == "percent" or any(
                c.start < old.start and c.kind == old.kind and c.change is None for c in figures):
            return None
        sentence_start = min(c.start for c in claims) - position_in_sentence(min(claims, key=lambda c: c.start))
        source = self._by_source.get(change.source, [])
        at = bisect.bisect_left(self._starts.get(change.source, []), sentence_start)
        if not at or not 0 <= change.line - source[at - 1].line <= 1:
            return None  # (no figure before it in its paragraph)
        before = source[at - 1].sentence
        # The sentence before's own figure of the kind: not a part of it ("117,450 households, including 74,530
        # with children": 117,450), and only where it gives one
        levels = [c for c in source[:at] if c.sentence == before and c.kind == old.kind and c.unit == old.unit
                  and c.change is None and c.value is not None and c.per == old.per and c.part is None]
        if len(levels) != 1:
            return None
        return old, levels[0], old.value, levels[0].value


def _change_range(old: float, old_half: float, new: float, new_half: float, direction: str) -> tuple[float, float]:
    """The least and the most change in per cent (its size, in `direction`) that levels written as `old` and `new`
    may hide, each being off by up to its rounding half-width.

    The two relative errors add in quadrature, as independent errors do, rather than both at their worst at
    once: "rose 60% to 3.9 million from 2.4 million" (62.5%, give or take 4 points) passes, while "£14 million to
    £12 million, down 20%" (14.3%, give or take 4.7 points) does not, though the corners of the two roundings
    could just reach 20%."""
    ratio = new / old
    spread = ((old_half / old) ** 2 + (new_half / new) ** 2) ** 0.5 if old and new else 0.0
    sign = 1.0 if direction == "up" else -1.0
    ends = [sign * (ratio * (1 + d) - 1) * 100.0 for d in (-spread, spread)]
    return min(ends), max(ends)


# Between a level and the year before's in brackets: "£212.5 million| (2022: |£197.9 million)".
_PRIOR_YEAR_BRACKET = regex.compile(r"(?:\s+[a-z][\w-]*){0,2}(?:\s+in\s+(?:19|20)\d\d)?\s*\(\s*(?:FY\s?)?(?:19|20)\d\d"
                                    r"(?:[/–-]\d{2,4})?\s*:\s*")
# From such a bracket's figure to the change after it: "45.3 million|), a fall of |6%".
_BRACKET_THEN_CHANGE = regex.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*\)\s*,?\s*(?:(?:an?\s+)?(?:increase|rise|jump|growth|gain|"
                                     r"decrease|decline|drop|fall|cut|reduction)\s+of\s+|up\s+(?:by\s+)?|down\s+(?:by\s+)?)")


def _levels(claims: list[Claim], change: Claim, figures: list[Claim]):
    """(from claim, to claim, from value, to value): the two figures a change links, in the sentence's word orders,
    or None when it links none."""
    after = [c for c in figures if c.start > change.start]
    # (not a count that names a group inside another figure's phrase: "174 infections caused by the three priority
    # pathogens, up from 151": no level of the change)
    before = [c for c in figures if c.start < change.start and c.value is not None and not _names_a_group(c)]
    if after and after[0].qualifier == "range" and after[0].text.lower().startswith("from"):
        # "rose 12% from 1,000 to 1,120": one range claim holds both figures.
        return after[0], after[0], after[0].lower, after[0].upper
    if len(after) >= 2 and after[1].value is not None and after[0].value is not None and \
            _FROM_LEAD.fullmatch(_gap(change, after[0])) and _TO_GAP.fullmatch(_gap(after[0], after[1])):
        # "fell 25%, from 12,400 to 9,300": both figures follow the change.
        return after[0], after[1], after[0].value, after[1].value
    if len(after) >= 2 and after[1].value is not None and after[0].value is not None and \
            _TO_LEAD.fullmatch(_gap(change, after[0])) and _FROM_AFTER_LEVEL.fullmatch(_gap(after[0], after[1])):
        # "doubled to $4 billion from $2.5 billion": the level first, then where it started.
        return after[1], after[0], after[1].value, after[0].value
    if len(after) >= 2 and after[1].value is not None and after[0].value is not None and \
            _TO_LEAD.fullmatch(_gap(change, after[0])) and _PRIOR_YEAR_BRACKET.fullmatch(_gap(after[0], after[1])):
        # "rose 12% to £212.5 million (2022: £197.9 million)": the year before's figure in brackets, as results
        # releases give it
        return after[1], after[0], after[1].value, after[0].value
    if len(before) >= 2 and before[-1].value is not None and before[-2].value is not None \
            and _PRIOR_YEAR_BRACKET.fullmatch(_gap(before[-2], before[-1])) \
            and _BRACKET_THEN_CHANGE.fullmatch(_gap(before[-1], change)):
        # "44.0 million journeys in 2023 (2022: 45.3 million), a fall of 6%"
        return before[-1], before[-2], before[-1].value, before[-2].value
    levels = _levels_then_change(before, change)
    if levels is not None:
        # "grew from $25 million to $38 million, an increase of 30%": the figures, then the change.
        return levels[0], levels[1], levels[0].value, levels[1].value
    if not before or not after or after[0].value is None:
        return None
    if _FROM_GAP.fullmatch(_gap(change, after[0])):
        # "£12 million, down 20% from £14 million": the figure after "from" is where it started; the level is the
        # last figure before the change that is not the whole of a share ("$640 million, or 53% of the $1.2 billion
        # pledged, up 39% from $460 million": $640 million)
        # (and of the start's kind: "3,641 homicides, a rate of 35.8 per 100,000, down 11.6% from 4,119": 3,641)
        start_is_rate = is_rate_in_a_population(after[0])
        level = next((c for c in reversed(before) if not _WHOLE_OF_A_SHARE.search(
            c.sentence, max(0, position_in_sentence(c) - 12), position_in_sentence(c))
            and is_rate_in_a_population(c) == start_is_rate
            # (and of the start's kind and unit: "€4.2 billion in 2023 across 587 deals, a drop of 25% from the
            # €6.1 billion raised in 2022": €4.2 billion, not the count of deals between)
            and c.kind == after[0].kind and c.unit == after[0].unit
            # (nor a rate said again: "950 GWh in 2023, or around 2.6 GWh a day, up 41% from 675 GWh": 950 GWh)
            and (c.per is None) == (after[0].per is None)), None)
        if level is None:
            return None
        return after[0], level, after[0].value, level.value
    if _reached_by_earlier_change(claims, change, before[-1]):
        # "A rose 8.1% to 99.20 yuan and B rallied 7% to 47.65 yuan": 99.20 is where A ended, not where B started.
        return None
    if not _TO_LEVEL.fullmatch(_gap(change, after[0])):
        return None  # "16,644, 16 per cent above its 2018 level, according to eight estimates": no level
    if _OTHER_CLAUSE.search(_gap(before[-1], change)):
        return None  # "will rise to £8.60, and the apprentice rate goes up 21.2% to £6.40": another rate
    return before[-1], after[0], before[-1].value, after[0].value
