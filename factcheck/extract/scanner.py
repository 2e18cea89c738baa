"""Turn one document's text into claim records.

For each sentence: find dates, ranks and numbers (skipping non-claims), read the
words around each number (hedge, currency, scale, unit, percent, rate), merge
ranges, then attach what the number is about. Each step is a small function;
the lexicons live in their own modules.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

import regex

from ..models import KINDS, QUALIFIERS, Claim, Document
from . import context, currency, hedges, initialisms, units
from .dates import MONTH_STARTS, MONTHS, ROLLING_PATTERN, YEAR_IN_TEXT, DateMention, find_dates, rolling_span, year_part
from .noise import DISCOURSE_NOUNS, NoiseIndex
from .numbers import (SCALE_ABBREVIATIONS, SCALE_WORDS, TENS_WORDS, UNITS_WORDS, NumberMention, find_numbers,
                      may_hold_article_measure, may_hold_glued_fold)
from .prefilter import DIGIT, ending, fold, lead, leads, may_end_with, may_start_with, tail, word_set, words
from .ranks import DISCOURSE_OPENERS, OPENER_WORDS, find_ranks
from .sentences import split_sentences
from .tables import table_context

# A leading article, which a label drops: "the Northmoor Trust" -> "Northmoor Trust".
_LEADING_THE = regex.compile(r"^(?:The|the)\s+")
# Cheap test for "might this sentence hold a number at all?", so most prose costs one search.
_MAYBE_NUMERIC = regex.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|trillion|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|twentieth|number|half|quarters?|dozens?|lakh|crore|nought|naught)\b"
    # (as many words between a superlative and its scope as ranks.BARE_SUPERLATIVE allows)
    r"|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]|\bthe\s+(?:leading\s+cause|(?:most|least)\s+\w+\s+(?:\w+\s+){1,3}(?:for\s+(?:\w+\s+){1,4}?)?"
    r"(?:in|of|on|among)|\w+est\s+(?:\w+\s+){1,3}(?:for\s+(?:\w+\s+){1,4}?)?(?:in|of|on|among))\b",
    regex.IGNORECASE,
)

# The words _MAYBE_NUMERIC looks for, and those that end its superlatives ("the largest city in"): without
# one of them (and "the" for the second), a digit or a fraction sign (not ASCII), it cannot match.
_MAYBE_NUMERIC_RUNS = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion "
    "trillion dozen first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth "
    "number half quarter quarters dozens lakh crore nought naught")
_MAYBE_SUPERLATIVE_RUNS = word_set("cause in of on among")
_SUPERLATIVE_LEADS = word_set("leading most least")


def _may_be_superlative(runs: set) -> bool:
    """Whether a sentence's words hold what _MAYBE_NUMERIC's superlatives need: "leading", "most", "least", or a word
    ending in "est" ("the largest city in")."""
    return not _SUPERLATIVE_LEADS.isdisjoint(runs) or any(r.endswith(b"est") for r in runs)
# Bare "pesos" are Mexico's, bare "crowns" Czech and bare "kroner" Danish, unless the figure's place, or the document's country, uses
# another of that name.
_SHARED_NAMES = {
    "MXN": {"Philippines": "PHP", "Argentina": "ARS", "Chile": "CLP", "Colombia": "COP", "Cuba": "CUP",
            "Dominican Republic": "DOP", "Uruguay": "UYU"},
    "CZK": {"Sweden": "SEK", "Norway": "NOK", "Denmark": "DKK", "Iceland": "ISK"},
    "DKK": {"Norway": "NOK", "Iceland": "ISK", "Sweden": "SEK"},  # bare "kroner" in a Norwegian story
    "ZMW": {"Malawi": "MWK", "Papua New Guinea": "PGK", "Myanmar": "MMK"},  # a bare "K1.9 billion" in Malawi
    "KES": {"Uganda": "UGX", "Tanzania": "TZS", "Somalia": "SOS"},  # bare "shillings" in a Ugandan story
}
# "Norland's largest employer", "Europe's most visited city": a possessive ("s") and one of these, or a word in -est.
_POSSESSIVE_RANK_RUNS = word_set("most least top leading")

# ("percentage points" before "percentage": the longer spelling first)
# ("4.5pc": the British press's per cent, glued to its figure)
_PERCENT = regex.compile(r"^\s*(?:%|％|percentage\s+points?\b|per\s*cent(?:age)?\b|percent(?:age)?\b|pct\b|pp\b|(?<!\s)pc\b|"
                         r"(?P<basis>basis\s+points?\b|bps?\b))",
                         regex.IGNORECASE)
_SCALE_AFTER = regex.compile(
    # (a scale word may be joined by a hyphen to make an adjective: "a $2-billion project", "a Rs 2,000-crore plan")
    r"^(?:\s*|-(?=(?:thousand|million|billion|trillion|lakh|crore)\b))(?P<scale>thousand|million|billion|trillion|lakhs?|crores?|mn|mln|bn|bln|trn|tn|tln|mil|mio|(?-i:MM)|m|b|k|t)\b",
    regex.IGNORECASE)
# What _PERCENT, _SCALE_AFTER and _AGE_AFTER can start with, for prefilter.may_start_with().
_POINTS_OF_SHARES = regex.compile(
    r"\s*(?:points?|pts?\.?)(?=[^.;%\d]{0,30}?\b(?:to|from|on|at|of)\s+(?:(?:19|20)\d\d['’]s\s+|the\s+|a\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b))",
    regex.IGNORECASE)
_PERCENT_LEADS = leads(["%", "％", "per cent", "per centage", "percent", "percentage", "pct", "pc", "percentage points", "pp",
                        "basis points", "bp", "bps"])
_SCALE_LEADS = leads(["thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores", "mn", "mln",
                      "bn", "bln", "trn", "tn", "tln", "mil", "mio", "mm", "m", "b", "k", "t"])
_AGE_LEADS = leads([f"{y} {t}" for y in ("year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days")
                    for t in ("old", "of age")])
# What DISCOURSE_OPENERS can start with: an ordinal, "finally", "lastly", "next" (maybe with "ly"), a digit.
_OPENER_LEADS = leads([w + ly for w in OPENER_WORDS for ly in ("", "ly")] + list("0123456789"))
# Words after "5m" that make it five metres, not five million: "5m tall", "a 100m-long wall", "37m (121ft)".
_METRE_AFTER = regex.compile(
    r"^(?:\s*(?:[-(/.,;:)²³]|$)|[\s-]+(?:tall|high|long|wide|deep|away|above|below|thick|across|in\s+(?:length|"
    r"height|diameter|width|depth)|from(?!\s+(?:about\s+|around\s+)?[\d$£€])|of\s+(?:water|snow|rain|ice|soil|rock|sand|cable|wire|fabric)|per|race|"
    r"sprint|dash|freestyle|butterfly|breaststroke|backstroke|hurdles|relay|final|event|record|mark|radius|"
    r"stretch|section|square|cubic)\b)",
    regex.IGNORECASE)
# The earlier time a change is measured against, right after it: "13% lower than| a year earlier", "up 4% on| the
# year before".
_RELATIVE_BASE_AFTER = regex.compile(
    r"\s+(?:(?:lower|higher|more|less|fewer|greater|smaller|up|down)\s+)?(?:than|on|from|compared\s+(?:with|to)|"
    r"against)\s+(?P<base>(?:a|the|one)\s+(?:year|month|quarter)\s+(?:earlier|before|ago))", regex.IGNORECASE)
# Things counted in millions, before "to 33.1m." at the end of a clause: "Employment rose to 33.1m."
_COUNTED_BEFORE = regex.compile(
    r"\b(?:employment|jobs|people|users|visitors|passengers|customers|subscribers|sales|viewers|households|homes|"
    r"cases|votes|members|tourists|students|residents|population|workers|employees|downloads|listeners|readers|"
    r"followers|arrivals|claimants|patients|migrants|refugees)\b[^.;:]{0,40}$", regex.IGNORECASE)
# Things counted in millions after "30m": "30m customers", "900m daily active users" (a plural noun, maybe after
# one or two words; not a length's "30m high walls", which _METRE_AFTER reads first).
_COUNTED_PLURAL_AFTER = regex.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}?(?:people|[a-z]{2,}[^s\W]s)\b")
# A temperature in the sentence makes a glued "K" kelvin: "573.15K".
_TEMPERATURE_WORDS = regex.compile(r"°|\b(?:degrees?|celsius|fahrenheit|kelvin|temperatures?)\b", regex.IGNORECASE)
# "15 dollars 50", "thirteen dollars and forty-five cents": the minor unit after the major one.
_MINOR_AFTER = regex.compile(
    r"^\s*(?:and\s+)?(?P<minor>\d{1,2}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))(?P<cents>\s*(?:cents?|c|pence|p)\b)?"
    r"(?=(?P<end>\s*(?:[.,;:!?)]|$))?)",
    regex.IGNORECASE)
# "5 ft 2 in", "5 feet and 2 inches", "7 lb 4 oz": a second, smaller unit that completes the first.
_COMPOUND_UNITS = {
    "foot": (regex.compile(r"\s*(?:and\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?:inch(?:es)?\b|in\b|\"|″)", regex.IGNORECASE), 12.0),
    "pound": (regex.compile(r"\s*(?:and\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?:ounces?\b|oz\b)", regex.IGNORECASE), 16.0),
}
# A length of time in two units: "3 hours 20 minutes", "2 years and 6 months", "4 min 30 s".
_COMPOUND_DURATIONS = {
    "hour": (regex.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2})\s*(?:minutes?|mins?)\b", regex.IGNORECASE), 60.0),
    "minute": (regex.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2})\s*(?:seconds?|secs?|s)\b", regex.IGNORECASE), 60.0),
    "year": (regex.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2})\s*months?\b", regex.IGNORECASE), 12.0),
    "week": (regex.compile(r"\s*(?:and\s+)?(?P<n>\d)\s*days?\b", regex.IGNORECASE), 7.0),
}
# Time spent, and on what: "spent |4 hours a day| on their phones", "spend |5 hours a week| watching TV".
_TIME_SPENT_BEFORE = regex.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:an?\s+average\s+of|on\s+average|about|"
                                   r"around|some|nearly|almost|over|more\s+than|less\s+than|up\s+to)\s+)?$",
                                   regex.IGNORECASE)
_TIME_SPENT_ON_AFTER = regex.compile(
    r"(?:\s+on\s+average)?\s+(?P<what>online|on\s+(?:(?:the|their|its|his|her|our|your)\s+)?"
    r"(?P<on>[a-z][\w-]*(?:\s+(?!(?:in|on|at|for|by|and|or|during|last|this|than|compared)\b)[a-z][\w-]*)?)"
    r"|[a-z]{3,}ing(?:\s+(?!(?:in|on|at|for|by|and|or|during|last|this)\b)[A-Za-z][\w-]*){0,2})", regex.IGNORECASE)
# The ages of the people a time was spent by: "Children |aged 3-4| spent".
# A sentence that opens with a group by its ages: "People aged 16 to 24| accounted for".
_AGED_GROUP_OPENER = regex.compile(r"\s*(?:[-*•]\s+)?(?:(?:In|During)\s+(?:19|20)\d\d(?:/\d\d)?\s*,\s*)?[A-Z][a-z]+(?:\s+[a-z]+)?"
                                   r"\s+aged\s+(?P<ages>\d{1,2}\s*(?:to|-|–)\s*\d{1,2}|\d{1,2}\s+and\s+(?:over|above|older)|"
                                   r"(?:over|under)\s+\d{1,2})\b")
_AGED_GROUP_BEFORE = regex.compile(r"\baged\s+(?P<ages>\d{1,2}\s*(?:to|-|–)\s*\d{1,2})\b")
_GLUED_SCALE = regex.compile(r"^(?P<scale>k|m|bn|mn|b|g)\b", regex.IGNORECASE)
_AGE_AFTER = regex.compile(r"^[\s-]*(?P<unit>years?|yrs?|months?|weeks?|days?)[\s-]*(?:old|of\s+age)\b",
                           regex.IGNORECASE)
_AGED_BEFORE = regex.compile(r"\b(?:aged|age|ages\s+of|the\s+ages\s+of|the\s+age\s+of)\s*$", regex.IGNORECASE)
_AGED_ENDING = ending(["aged", "age", "ages of", "the ages of", "the age of"])
# "c. 1520", "ca. 1520", "circa 1520": a year known only roughly, taken as within _CIRCA_YEARS either way.
_CIRCA_BEFORE = regex.compile(r"(?<![\w.])(?:c\.|ca\.|circa)\s*$", regex.IGNORECASE)
_CIRCA_YEARS = 5
_TEMPORAL_BEFORE = regex.compile(
    r"\b(?:in|since|by|from|until|till|to|of|during|between|before|after|the|early|late|mid|year|fiscal|"
    r"around|circa|and|or|until|through|on|for|its|their|our)\s*$|[(,]\s*$"
    # ("Kenya's 2022 emissions": whose figures of that year)
    r"|[A-Za-z]['’]s\s+$",
    regex.IGNORECASE,
)
# (A year before "levels", "prices", "figures"... names the year they are of: "below 1990 levels".)
_PLURAL_NOUN_AFTER = regex.compile(r"^\s+(?!years?\b|is\b|was\b|has\b|as\b|its\b|this\b|levels\b|prices\b|figures\b|"
                                   r"rates\b|values\b|terms\b|standards\b|estimates\b|results\b)"
                                   r"(?:[a-z]+s|people|children|men|women|police|staff|personnel)\b")
# "one" as a pronoun or determiner, not a count: "one of the pillars", "one such", "no one".
_ONE_NOT_COUNT_AFTER = regex.compile(
    r"^\s*(?:of|such|another|or|and|by|to|who|that|which|way|hand|day|time|thing|another|must|should|can|"
    r"could|would|will|may|might|is|was|has|had|in|on|at|for|with|from|[,.;:!?)\"”’'])", regex.IGNORECASE
)
_ONE_NOT_COUNT_BEFORE = regex.compile(r"\b(?:no|any|every|each|the|this|that|which|some|someone|anyone|no-)\s*$",
                                      regex.IGNORECASE)
# Kinds that measure something in a period, as opposed to dates, durations and ranks.
MEASURE_KINDS = frozenset({"count", "percent", "money", "quantity", "rate"})
_TIME_FRAME_BEFORE = regex.compile(r"\b(?:in|during|from|since|between|by|for|throughout)\s+$", regex.IGNORECASE)
# "one in ten", "three out of four", "one school in ten" (a noun between only with a small denominator).
# After "one school in ten" comes a verb or punctuation, not the noun of a count ("12 nurses in 40 districts").
_RATIO_END = regex.compile(r"\s*(?:[,.;:)]|$|(?:had|have|has|was|were|is|are|do|does|did|can|could|will|would|"
                           r"may|might|must|should|now|still|already)\b)")
_RATIO_JOIN = regex.compile(r"\s+(?P<noun>[a-z][\w-]*\s+)?(?:in|out\s+of)\s+(?:every\s+)?")
# "8- to 16-meter": a hyphen left hanging before "to" belongs to the unit written once, at the end.
_RANGE_JOIN = regex.compile(
    r"^\s*(?:-\s*(?=to\b))?(?P<word>-|–|—|~|to|and|through|thru)\s*(?P<currency>US\s?\$|\$US|\$|€|£|¥|₹|RM|Rs\.?|(?-i:[A-Z]{3}))?\s*$",
    regex.IGNORECASE)
# The patterns written inline in the methods below, compiled once.
_COUNT_BEFORE_ORDINAL = regex.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a))\s*-?\s*$",
                                      regex.IGNORECASE)
# After a count and its noun, that some counted it together: "2,460 screens| between them".
_BETWEEN_THEM_AFTER = regex.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:between|among|amongst)\s+them\b")
# A survey's sample, before its size: "a survey of| 1,100 apprentices", "a poll of more than| 2,000 adults".
# (and a study by watching: "Our monitoring of| 3,100 grant-funded homes", "a field trial in| 400 homes"; not "a
# trial of 43,000 adults", the trial's size, which its enrolment states too)
_SAMPLE_BEFORE = regex.compile(r"\b(?:(?:survey|surveys|poll|polls|sample|questionnaire|panel|study|monitoring)\s+"
                               r"(?:[a-z]+\s+)?of|(?:trial|trials|pilot|pilots)\s+(?:in|across))\s+"
                               r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|just\s+over|"
                               r"just\s+under)\s+)?$", regex.IGNORECASE)
_SAMPLE_RUNS = word_set("survey surveys poll polls sample questionnaire panel study responded replied responses "
                        "replies monitoring trial trials pilot pilots")
# ... or after the count and its noun, those who answered: "64 sponsor groups| that responded to our survey", "2,000
# adults| took part in the poll"; or before it, "responses from| 64 groups".
_RESPONDED_AFTER = regex.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:(?:that|who|which)\s+)?(?:(?:had|have|has)\s+)?(?:responded|replied|"
    r"(?:answered|completed|returned|filled\s+in|took\s+part\s+in|participated\s+in)\s+(?:(?:the|our|a|an|its|their|"
    r"this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:survey|questionnaire|poll|consultation)s?)\b")
_RESPONSES_FROM_BEFORE = regex.compile(r"\b(?:responses|replies|answers)\s+(?:came\s+)?from\s+"
                                       r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", regex.IGNORECASE)
# After a count and its noun, the means that paid for some of them: "235,900 starts| were supported by levy funds".
_FUNDED_BY_AFTER = regex.compile(r"(?:\s+[a-z][\w-]*){1,3}?\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
                                 r"(?:(?:wholly|partly|fully|directly)\s+)?(?P<verb>funded|supported|financed|paid\s+for|"
                                 r"sponsored|subsidi[sz]ed|backed)\s+(?:by|through|from|with)\s+(?:the\s+)?"
                                 r"(?P<by>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*(?:[,.;:]|$|\s+(?:in|on|and|at|during)\b))")
_FUNDED_RUNS = word_set("funded supported financed paid sponsored subsidised subsidized backed")
# After a count and its noun, another kind of thing counted with them: "2,300 food banks| and community food projects"
# (not another figure's noun: "1,200 people and 300 vehicles").
_JOINED_NOUN_AFTER = regex.compile(r"\s+(?:and|or|&)\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|"
                                   r"other|more|some|many|most|all|about|around|over|nearly)\b)"
                                   r"(?P<other>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s)\b(?!\s*\d)(?!['’])")
# After a count, in its clause, what caused those counted: "1,829 sailings in 2023| because of bad weather".
_CAUSE_AFTER = regex.compile(
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|for\s+(?:a\s+)?lack\s+of)\s+"
    r"(?!be\b)(?:(?:the|a|an)\s+)?(?P<cause>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|on|at|during|from|between|over|last|this|while|but|alone)\b)")
_CAUSE_RUNS = word_set("because due owing result lack")
# ... or the named route, line or crossing they were on: "611 sailings were cancelled| on the Inchmurra route".
_NAMED_ROUTE_AFTER = regex.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:on|along|over|across)\s+(?:the|its|their)\s+"
    r"(?P<route>(?:[A-Z][\w’'-]*\s+){1,3}?(?:(?:to|and|-|–)\s+(?:[A-Z][\w’'-]*\s+){1,2})?(?:route|line|crossing|"
    r"service|corridor|branch)s?)\b")
_ROUTE_RUNS = word_set("route routes line lines crossing crossings service services corridor corridors branch branches")
# A sum over several things, before it: "a combined sample of| 21,000", "their cumulative total of|".
_COMBINED_BEFORE = regex.compile(r"\b(?:combined|cumulative|pooled|aggregate)\s+(?:[a-z]+\s+){0,2}?(?:of\s+)?"
                                 r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$", regex.IGNORECASE)
# Between an amount and those who hold or owe it: "$1.44 trillion of the total|, held by |37.8 million borrowers".
_HELD_BY_GAP = regex.compile(r"(?:\s+of\s+(?:the\s+)?[a-z]+)?\s*,?\s+(?:held|owed|used|taken|shared|claimed|received|"
                             r"paid)\s+(?:out\s+)?(?:by|to)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?")
_PER_BEFORE = regex.compile(r"\b(?:per|a|each)\s+$", regex.IGNORECASE)
_ENDS_CLAUSE = regex.compile(r"^\s*(?:[,;:.)!?]|$)")
_RANK_VERB_BEFORE = regex.compile(r"\b(?:the|its|their|was|is|ranks?|ranked)\s*$", regex.IGNORECASE)
_PART_AFTER_ORDINAL = regex.compile(
    r"^[\s-]*(?:time|times|half|place|hand|thing|things|step|steps|point|question|part|section|chapter|paragraph|page|"
    r"round|reading|quarter|clause|article|sentence|line|item|bullet|table|figure|appendix|annex|footnote|option|"
    r"aspect|reason|argument|century|centuries|millennium|dose|doses|wave|waves|term|terms|phase|phases|instalment|"
    r"installment|tranche|leg|lap|innings|edition|year\s+running|consecutive|straight|"
    r"successive|time\s+running|year\s+in\s+a\s+row)\b", regex.IGNORECASE)
# "rose 45%| over |10 years", "an increase| over |a decade": a change, then the time it took.
# (or an amount: "pledged £2.5bn over five years", "worth €450 million over five years": the package's span)
_CHANGED_BEFORE_OVER = regex.compile(r"(?:%|\bper\s*cent|\bpercent|\b(?:increase|rise|fall|decline|drop|growth|cut|"
                                     r"reduction|rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|"
                                     r"doubled|tripled|halved|million|billion|trillion|bn|mn|m)|[$€£¥₹]\s?[\d.,]+(?:bn|mn|m|k)?)\s*$",
                                     regex.IGNORECASE)
_DURATION_AHEAD = regex.compile(r"[\w.,-]+\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|hours?)\b",
                                regex.IGNORECASE)
_CAPITALISED_WORD_BEFORE = regex.compile(r"(?<![.!?:]\s)\b[A-Z][a-z]+\s+$")  # (not a sentence's first word)
_PLACE_IN_A_RANKING = regex.compile(r"^\s+place\b")
_TO_A_PLACE_BEFORE = regex.compile(r"\b(?:to|into|in|took|takes|finished|finishes|came|comes|ranked|ranks|"
                                   r"remained|remains|stayed|stays)\s+$", regex.IGNORECASE)
_KIND_AFTER_ORDINAL = regex.compile(r"^[\s-]*(?:class|rate|hand|party|person|degree|generation)\b", regex.IGNORECASE)
_WORD_AFTER = regex.compile(r"^\s+[a-z]")
_VERB_AFTER_FIRST = regex.compile(r"^\s+(?:[a-z]+ed|began|became|came|went|made|met|saw|took|won|appeared|emerged|"
                                  r"arrived|set|ran|wrote|told|heard|drew)\b")
_DETERMINER_BEFORE = regex.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that|whose)|['’]s)\s*$",
                                   regex.IGNORECASE)
# Between a rate and the same rate over another time: "€1,850 a year|, or |€170 a month", "45 homes a week|, |roughly".
_RATE_RESTATED_GAP = regex.compile(r"(?:(?:\s+[\w-]+){0,3}?\s+(?:a|an|per|each|every)\s+\w+)?"
                                   r"(?:\s+(?:in|during)\s+(?:19|20)\d\d)?"  # ("3,440 a month in 2023, or 51,280 a year")
                                   r"\s*(?:,\s*(?:or\s+)?|\s+or\s+|\s*\(\s*|\s*[–—-]\s*)"
                                   # ("£45,000 a week, which amounts to £3.5 million a year")
                                   r"(?:(?:which|that)\s+(?:\w+\s+){0,3}?(?:amounts?|comes?|works?\s+out)\s+to\s+"
                                   r"|(?:the\s+)?equivalent\s+(?:of|to)\s+|equal\s+to\s+)?")
# A name whose population or people's measure a figure is: "Dranport's population was|", "the population of
# Velmora was|", "Tarsk's birth rate fell to|".
# (and the measures of a whole people a statistics office gives: "Bihar's poverty headcount ratio", "Kano's
# literacy rate", "Ostmark's GDP")
_PEOPLE_MEASURES = (r"(?:population|residents|inhabitants|citizens|birth\s+rate|death\s+rate|fertility\s+rate|"
                    r"life\s+expectancy|murder\s+rate|homicide\s+rate|crime\s+rate|poverty|unemployment|literacy|"
                    r"mortality|GDP|inflation|stunting|electrification|immunisation|immunization|vaccination\s+coverage)")
_PLACE_OF_PEOPLE = regex.compile(
    rf"(?:(?<![\w'’-])(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}{_PEOPLE_MEASURES}"
    rf"|\b{_PEOPLE_MEASURES}\s+of\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    # ("The fastest-growing city was Kessel, whose population reached| 537,000")
    rf"|(?<![\w'’-])(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),\s+whose\s+(?:[a-z][\w-]*\s+){{0,2}}{_PEOPLE_MEASURES})"
    r"\b[^,;:.]{0,40}$")
# A word each of _PEOPLE_MEASURES holds: a cheap test before the pattern, on every claim.
_PEOPLE_MEASURE_RUNS = word_set("population residents inhabitants citizens rate expectancy poverty unemployment "
                                "literacy mortality gdp inflation stunting electrification immunisation immunization "
                                "coverage")
# Capitalised words that open a sentence and name no place: "The", "Its".
_CAPITALISED_OPENER_WORDS = regex.compile(r"(?:The|This|That|Its|Their|Our|Her|His)\b")
# "half an hour", "a quarter of a century": the unit a fraction is of.
_FRACTION_OF_A_UNIT = regex.compile(r"\s+(?:of\s+)?an?\s+(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b",
                                    regex.IGNORECASE)
# The words before the level a change started from: "up from| 171,000", "fell to 11,800 from| 13,400".
_EARLIER_LEVEL_BEFORE = regex.compile(
    r"\b(?:up|down|rising|falling|increasing|decreasing|higher\s+than|lower\s+than)\s+from\s+(?:about\s+|around\s+)?$"
    r"|\b(?:rose|fell|increased|decreased|dropped|climbed|declined|grew|jumped|slipped|slid|eased|shrank|went|"
    r"risen|fallen|cut|reduced|slashed|lowered|raised|boosted|lifted)\b"
    r"(?:[^.;:]|\.(?=\d)){0,50}\bto\s+(?:[^.;:]|\.(?=\d)){1,40}?\bfrom\s+(?:about\s+|around\s+)?$",
    regex.IGNORECASE)
# A time after the earlier level that a relative phrase gives ("up from 171,000 a year earlier"): find_period's.
# The level a change started from, with its own date, before the level it reached: "rose from| 64.1% in 2019 |to".
_START_LEVEL_BEFORE = regex.compile(r"\bfrom\s+(?P<gap>(?:about\s+|around\s+)?[$€£¥₹]?\s?\d(?:[^;:.]|\.(?=\d)){0,50}?)"
                                    r"\bto\s+(?:(?:about|around|some|nearly|almost|over|just)\s+)?$", regex.IGNORECASE)
_TIME_AFTER_LEVEL = regex.compile(r"[^,;.]{0,20}?\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the)\s+"
                                  r"(?:years?|months?|quarters?|weeks?|seasons?)\s+(?:earlier|before|ago)\b"
                                  r"|\s+(?:in\s+)?(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+"
                                  r"(?:year|quarter|month|season)\b",
                                  regex.IGNORECASE)
# Who spends a share of their own money: "Low-income households spent| 30% of their budget", "households in the
# lowest income quintile spent|", "The poorest fifth of households spent|".
_SPENDER_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<who>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"(?:\s+in\s+the\s+(?P<group>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))?\s+"
    r"(?:spent|spend|spends|devoted|devote|devotes|allocated|allocate|allocates|put|puts|saved|save|saves)\s+"
    r"(?:(?:about|around|some|nearly|almost|just|only|over|roughly)\s+)?$")
_OF_THEIR_AFTER = regex.compile(r"\s+of\s+(?:their|its|his|her)\s")
# Who used, made or gave off a quantity, before the verb: "Coal plants (in Lindmark) emitted| 11 Mt".
_ACTOR_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<actor>[A-Za-z][a-z-]*(?:\s+[a-z][\w-]*)?)(?:\s+(?:in|of|across)\s+(?:the\s+)?[A-Z][\w'’-]*)?\s+"
    r"(?:emitted|emits|produced|produces|generated|generates|consumed|consumes|used|uses|burned|burnt|burns|"
    r"released|releases|exported|exports|imported|imports|"
    # (what people eat and drink: "Adults ate an average of| 2,450 kcal")
    r"ate|eat|eats|drank|drink|drinks)\s+(?:(?:an\s+average\s+of|on\s+average|about|around|some|nearly|almost)\s+)?$")
# Between a unit and the unit it is per: "212 g| per |kWh", "0.212 kg|/|kWh".
_PER_UNIT = regex.compile(r"\s*/\s*|\s+per\s+", regex.IGNORECASE)
# After a unit of a unit: the end of the phrase, or a word ("212 g/kWh in 2023"), not more digits ("6 l/100 km").
_CLOSES_UNIT_OR_WORD = regex.compile(r"(?![\w/])|(?=\s+[A-Za-z])")
_PLUS_BEFORE = regex.compile(r"(?:^|(?<=[\s(]))\+$")
# Words that weigh a change without saying which way it goes: "grew by just 3%", "fell a further 2%".
_FOCUS_BEFORE = regex.compile(r"(?<=\s)(?:just|only|merely|a\s+mere|another|a\s+further|a\s+whopping|a\s+modest)\s+$",
                              regex.IGNORECASE)
_CLOSES_UNIT = regex.compile(r"^\s*(?:[.,;:)]|/(?=\s*[A-Za-z])|$)")  # (or a unit it is per: "190 g/kWh")
# "4,850 TB cases": tuberculosis, not terabytes.
_DISEASE_WORD_AFTER = regex.compile(r"\s+(?:cases?|patients?|deaths?|infections?|notifications?|treatments?|drugs?|"
                                    r"clinics?|screenings?|tests?|testing|incidence|prevalence|programmes?|programs?)\b",
                                    regex.IGNORECASE)
_ENDS_CLAUSE_AFTER = regex.compile(r"^\s*(?:[.,;:!?)]|$)")
_ENDS_OR_WORD_AFTER = regex.compile(r"^\s*(?:[.,;:!?)]|$|[a-z])")
_OF_AFTER = regex.compile(r"^\s+of\b")
_BETWEEN_AGES = regex.compile(r"(?i)between\s+the\s+ages?\s+of")
# "children under five", "people over 65 make up": a bound on the age of the people named before it, when no
# noun of its own follows ("children under 12 cases" would count cases).
_AGE_BOUNDS = frozenset({"less than", "more than", "at least", "at most", "up to"})
_PEOPLE_BEFORE = regex.compile(
    r"\b(?P<people>children|kids|infants|babies|boys|girls|teenagers|adolescents|youths?|young\s+people|people|"
    r"persons|adults|men|women|patients|residents|workers|employees|voters|those|anyone|everyone)\s+"
    r"(?:(?:is|are|was|were)\s+)?$"
    # (or people named by what they do, before "are": "regular borrowers are| over 65", "claimants were| under 25")
    r"|\b(?P<people>(?!(?:numbers|orders|others|meters|metres|centers|centres|parameters|indicators|factors|sectors|"
    r"errors|monitors|figures|totals|waters|powers|borders|quarters|headquarters)\b)"
    r"[a-z]{2,}(?:ers|ants|ents|ees|ists|ors|ians))\s+(?:are|were)\s+$",
    regex.IGNORECASE)
# "Mara Holt, 44,": a person's name, then an age between commas (news style).
# (or a person named by what they are: "The man, 34, was jailed", "the driver, 27,")
_NAME_BEFORE_COMMA = regex.compile(r"(?<![\w'’-])(?:[A-Z][a-z][\w'’-]*\s+)?(?P<name>[A-Z][a-z][\w'’-]*),\s$"
                                   r"|\b(?i:the|a)\s+(?P<name>man|woman|boy|girl|teenager|driver|victim|suspect|mother|"
                                   r"father|pensioner|defendant|pilot|worker|student),\s$")
_YOUNGER_OLDER = regex.compile(r"\b(younger|older)\s+than\s+$", regex.IGNORECASE)
_AGE_END = regex.compile(
    r"\s*(?:[,.;:)]|$|(?:and|or|who|were|are|was|is|have|has|had|make|made|makes|account|accounts|accounted|in|at|"
    r"with|will|would|can|could|may|might|should|must|do|did|does|living|live|lives|die|died|dying|get|gets|got|"
    r"receive|receives|received|need|needs|needed|"
    # (a past tense: "Cases among children under five fell 10%", "deaths of children under 5 declined")
    rf"[a-z]{{2,}}ed|{context.IRREGULAR_PASTS}|fall|rise|grow|remain)\b)",
    regex.IGNORECASE)
_LOWER_BOUNDS = frozenset({"more than", "at least"})
_UPPER_BOUNDS = frozenset({"less than", "at most", "up to"})
# "more than 10 and less than 20", "at least 100, at most 300": a comma alone may join the two bounds.
_BOUND_JOIN = regex.compile(r"(?:\s*,\s*(?:(?:and|but)\s+)?|\s+(?:and|but)\s+)(?:(?:it\s+)?(?:is|was|are|were)\s+)?",
                            regex.IGNORECASE)
_RANGED_BEFORE = regex.compile(r"\b(?:rang(?:ed|es|ing)|var(?:ied|ies|ying)|spann?(?:ed|s|ing))\s+(?:from\s+)?$",
                              regex.IGNORECASE)
_RANGE_LEAD = regex.compile(r"\b(?P<lead>between|from)\s+(?:(?:the\s+)?(?:ages?|range)\s+of\s+)?$", regex.IGNORECASE)


# How far into a document a dateline may stand.
DATELINE_REACH = 500
# A dateline opens a line: the date alone, or after a place, a source or a label and a comma or colon ("Mexico City,
# 30 July 2016.", "*IRSA News, 11 February 2019*", "**Date of answer:** 3 October 2018"), then a break.
_DATELINE_LEAD = regex.compile(r"[ \t>*_#-]*(?:[A-Z][^\n]{0,80}?[,:][ \t*_]*)?")
# A place in capitals that opens a line, maybe its state or country, then a dash: "HOUSTON, Texas —", "NAIROBI —",
# "GENEVA (Reuters) -".
_PLACE_DATELINE = regex.compile(r"(?m)^[ \t>*_]*(?P<place>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
                                r"(?:,[ \t]+[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2})?)[ \t]*"
                                r"(?:\([A-Za-z .]{2,30}\)[ \t]*)?[—–-]{1,2}[ \t]")
_DATELINE_END = regex.compile(r"[ \t*_]*(?:[-–—:|.(/]|\n|$)")


# A change whose verb is left out, after one that has it: "rose 12% in 2023| and Finland's by |54%", "exports fell
# 3%|, and imports by |5%".
# (the first change's end, a coordinator, then whose or what the second change is: "Finland's", "imports")
_ELIDED_BY_LEAD = (r"\s*(?:(?:per\s*cent|percent|points?)\s*)?(?:(?:in|on|over)\s+[\w-]+\s*)?"
                   r"(?:,\s*|\s+)(?:and|while|but|whereas)\s+(?:the\s+)?")
_ELIDED_BY_BEFORE = regex.compile(rf"[\d%]{_ELIDED_BY_LEAD}"
                                  r"(?:[A-Z][\w-]*['’]s|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+by\s+$")
# ... and between the two figures, where an owner names the second: "12% in 2023| and Finland's by |54%".
_ELIDED_OWNER_BY_GAP = regex.compile(rf"{_ELIDED_BY_LEAD}[A-Z][\w-]*['’]s\s+by\s+")
# The preposition of a phrase right after a figure: "€1.14 billion| for |research".
_PREPOSITION_AFTER = regex.compile(r"\s+(in|for|during|over|at|on|to)\s")
# A sentence that opens with a place as its subject: "(. )Germany's first reactor", "(. )In Germany, ...".
_SENTENCE_OPENING_NAME = regex.compile(r"(?:^|[.!?]\s+)(?:In\s+)?(?:the\s+|The\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
                                       r"(?:['’]s\b|\s*,|\s+(?:has|had|is|was|recorded|reported|saw)\b)")
# A verb right after a figure, which a listing that leaves out noun and verb has none of: "320| were rated".
_VERB_AFTER_FIGURE = regex.compile(r"\s+(?:were|was|are|is|had|have|has|did|do|does|will|would|could|can|may|"
                                   r"(?!(?:aged|based|related)\b)[a-z]{3,}ed)\b")


def _past_words(text: str, at: int, words: str) -> int:
    """Where `words` end if they follow `at` after a space ("96| deceased donors" -> after "donors"); else at."""
    lead = len(text) - len(text[at:].lstrip()) if text[at:at + 1].isspace() else at
    return lead + len(words) if text.startswith(words, lead) else at


# Between two figures of a listing whose later items leave out the noun and the verb: "96 deceased donors in 2022|,
# Wales |67", "53.0% in the fourth quarter| and |54.4%" (a time or place phrase, then a name it may open with).
_ELIDED_LISTING_GAP = regex.compile(
    r"(?:\s+(?:in|for|during|over|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while|but)\s+)"
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?")
# The last number before a point: "rose |12| per cent".
DIGIT_RUN_BEFORE = regex.compile(r"\d[\d,.]*(?=\D*$)", regex.REVERSE)
# Before an allocation ratio: "randomized| 2:1", "assigned in a| 1:1".
_ALLOCATION_BEFORE = regex.compile(r"\b(?:randomi[sz]ed|allocated|assigned|split)\s+(?:(?:in|at)\s+(?:a\s+)?)?$",
                                   regex.IGNORECASE)
_RATIO_WORD_AFTER = regex.compile(r"\s*(?:ratio|allocation|randomi[sz]ation)\b", regex.IGNORECASE)
# A year's level named before its figure: "81% of the 2019 level of| 17.5 million", "the 2010 peak of| 3,400".
_YEARS_LEVEL_BEFORE = regex.compile(r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:level|total|figure|peak|high|low|count|"
                                    r"record)\s+of\s+(?:about\s+|around\s+|some\s+)?$", regex.IGNORECASE)
# After a superlative with no noun of its own, the group it ranks among: "the second highest| of Scotland's 32".
_OF_A_GROUP_AFTER = regex.compile(r"\s+(?:of|among|in)\s+(?:the\s+|all\s+|any\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                                  r"(?:\d[\d,]*\s+)?[a-z]")
_THE_BEFORE = regex.compile(r"\bthe\s+$", regex.IGNORECASE)
# A multiplier in words: "threefold", "two-fold".
_MULTIPLIER_AHEAD = regex.compile(r"[a-z]+-?fold\b", regex.IGNORECASE)
# An amount written as money is: with a scale word, or with thousands separators.
_LARGE_AMOUNT = regex.compile(r"\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m|k)\b|\d{1,3}(?:,\d{3})+",
                              regex.IGNORECASE)


@dataclass
class Draft:
    """A claim being assembled: the span grows as words around the number are read."""

    start: int
    end: int
    kind: str
    value: Any  # a float, an ISO date string, or None for a date range
    lower: Any = None
    upper: Any = None
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    qualifier: str = "exact"
    unit: Optional[str] = None
    currency_assumed: bool = False
    change: Optional[str] = None
    per: Optional[str] = None
    scope: Optional[str] = None
    subject: Optional[str] = None
    event: Optional[str] = None
    number_end: int = 0  # where the number (with scale, unit) ends, before any trailing rate words
    text_is_one_of: bool = False  # a rank written "one of the most X after A and B"
    time_frame: bool = False  # a date that times the sentence's other numbers, not an event
    extras: dict = field(default_factory=dict)


class Extractor:
    """Extracts claims from one document. Create one per document; call `run()`."""

    def __init__(self, document: Document) -> None:
        # The period each figure (kind, value, unit, subject head) was first given for, for its restatements.
        self._stated_periods: dict[tuple, str] = {}
        self.doc = document
        self.text = document.text
        # Built when first needed: the noise index on the first number read, line starts on the first claim.
        self._noise: Optional[NoiseIndex] = None
        self._line_starts: Optional[list[int]] = None
        self._main_country_found: Optional[tuple[Optional[str]]] = None
        self._noise_ends: Optional[tuple[list[int], list[int]]] = None
        self._contexts: dict[tuple[int, int], context.SentenceContext] = {}
        self._text_runs: Optional[set[bytes]] = None  # prefilter.words(text), made when first needed
        self._sentence_runs: dict[int, frozenset] = {}  # sentence start -> its words, for cheap tests
        # The currency a name of several words gave a name's last word ("CFA francs": francs), for the bare name
        self._named_currencies: dict[str, currency.Currency] = {}

    @functools.cached_property
    def _title_year(self) -> Optional[str]:
        """The one year (or split year) a document's title names, if it is not after the document's own date."""
        year = year_named_in(self.doc.title) if self.doc.title else None
        published = self.doc.published
        return year if year is None or published is None or int(year[:4]) <= published.year else None

    @functools.cached_property
    def _company_release(self) -> Optional[str]:
        """The company a document is the own release of: its publisher, where the publisher is a company
        ("Castlegate Insurance plc") and the title names it ("Castlegate Insurance plc: preliminary results 2023");
        None otherwise (a ministry's annual report speaks for its country, a consultancy's survey for a market)."""
        publisher, title = self.doc.publisher, self.doc.title
        if not publisher or not title:
            return None
        words = regex.sub(r"\s*\([^()]*\)", "", publisher).replace(",", " ").split()
        if not words or words[-1].lower().rstrip(".") not in _COMPANY_FORMS:
            return None
        owner = publisher_owner(publisher)
        if not owner or owner.split()[0].lower() not in title.lower():
            return None
        return owner

    def _of_the_whole_market(self, claim: Claim, s_start: int, s_end: int) -> bool:
        """Whether a company's release speaks of its market, not of itself: "The Arvenian motor market grew 11%"."""
        subject = (claim.subject or "").lower()
        if _MARKET_WORDS.search(subject):
            return True
        return "share" not in subject and _MARKET_WORDS.search(self.text, s_start, s_end) is not None

    @property
    def noise(self) -> NoiseIndex:
        """Non-claim spans, the dateline included."""
        if self._noise is None:
            if self._text_runs is None:
                self._text_runs = words(self.text)
            self._noise = NoiseIndex(self.text, self._text_runs)
            self._mark_dateline()
            self._mark_place_dateline()
        return self._noise

    @property
    def country(self) -> Optional[str]:
        """The document's main country (one scan of the text, made only if a claim's sentence needs it)."""
        if self._main_country_found is None:
            self._main_country_found = (self._main_country(),)
        return self._main_country_found[0]

    # -------------------------------------------------------------- driver

    def _mark_dateline(self) -> None:
        """A dateline ("4 August 2011 - In a move...") repeats the document's own date: metadata, not a claim."""
        published = self.doc.published
        if published is None:
            return
        head = min(len(self.text), DATELINE_REACH)
        # The date's year is written in it (in ASCII text, as it is: a year's first two digits are ASCII, the
        # others may be any digits), and its month.
        opening = self.text[:head]
        if opening.isascii():
            if str(published.year) not in opening:
                return
            # A whole date: its month spelled out ("4 August 2011", "Aug. 4, 2011") or in digits ("2011-08-04").
            if MONTH_STARTS[published.month - 1] not in opening.lower() \
                    and f"{published.year:04d}-{published.month:02d}-" not in opening:
                return
        for date in find_dates(self.text, 0, head, published):
            if date.value == published.isoformat():
                line_start = self.text.rfind("\n", 0, date.start) + 1
                # Only a date that opens a line ("4 August 2011 - In a move...", "Mexico City, 30 July 2016.") and
                # stands apart: "the earthquake struck on 6 February 2023" on the day of the story is a claim.
                if _DATELINE_LEAD.fullmatch(self.text, line_start, date.start) \
                        and _DATELINE_END.match(self.text, date.end):
                    self.noise.add(date.start, date.end, "dateline")
                return

    def _mark_place_dateline(self) -> None:
        """A news dateline's place ("HOUSTON, Texas — In 2023, ...") is where the story was filed, not where its
        figures are: metadata too."""
        m = _PLACE_DATELINE.search(self.text, 0, min(len(self.text), DATELINE_REACH))
        if m is not None:
            self.noise.add(m.start("place"), m.end("place"), "dateline")

    def run(self) -> list[Claim]:
        text = self.text
        drafts: list[tuple[Draft, int, int]] = []
        sentences = list(split_sentences(text))
        if len(sentences) == 1:
            sentence_runs = [self._runs(*sentences[0])]
        else:
            # The sentences hold all of the text's letters (only spaces lie between them), and no run of
            # letters crosses from one to the next: the text's runs are theirs together.
            sentence_runs = [words(text[s_start:s_end]) for s_start, s_end in sentences]
            if self._text_runs is None:
                self._text_runs = set().union(*sentence_runs)
        self._sentence_runs = dict(zip((start for start, _ in sentences), sentence_runs))
        for (s_start, s_end), runs in zip(sentences, sentence_runs):
            if DIGIT.search(text, s_start, s_end) is None and not may_hold_article_measure(runs) \
                    and not may_hold_glued_fold(runs) and _MULTIPLIER_RUNS.isdisjoint(runs):
                # a digit is enough; else try the words first
                possessive_rank = b"s" in runs and any(r.endswith(b"est") or r in _POSSESSIVE_RANK_RUNS for r in runs)
                if not possessive_rank:
                    if _MAYBE_NUMERIC_RUNS.isdisjoint(runs) and not (b"the" in runs and _MAYBE_SUPERLATIVE_RUNS & runs
                                                                     and _may_be_superlative(runs)) \
                            and text[s_start:s_end].isascii():
                        continue  # _MAYBE_NUMERIC cannot match: none of its words, no fraction sign
                    if not _MAYBE_NUMERIC.search(text, s_start, s_end):
                        continue
            drafts.extend((draft, s_start, s_end) for draft in self._sentence(s_start, s_end, runs))
        if not drafts:
            return []
        self._settle_dollar_sign([d for d, _, _ in drafts])
        claims: list[Claim] = []
        seen: dict[tuple[str, str], int] = {}
        # The year of the last figure a paragraph gave ("reported 2023 revenue of $4.5 billion."): what its later
        # sentences in the past tense speak of ("Net profit was $230 million.") when they state none.
        carried: Optional[str] = None  # for this sentence, from the earlier ones
        pending: Optional[str] = None  # this sentence's first figure's year, for the next ones
        sentence_start = paragraph_end = -1
        headings = _heading_years(text) if "#" in text else []
        heading_starts = [h[0] for h in headings]
        for draft, s_start, s_end in drafts:
            if s_start != sentence_start:
                sentence_start = s_start
                if s_start >= paragraph_end:
                    # A new paragraph starts with the year of the heading above it, if that heading names one
                    # ("## Outturn 2021" over "The council spent £4.1 million on parks.")
                    at = bisect.bisect_right(heading_starts, s_start) - 1
                    carried, pending = (headings[at][1] if at >= 0 else None), None
                    paragraph_end = self._paragraph_end(s_start)
                elif pending is not None:
                    carried, pending = pending, None
                if carried is not None and len(carried) == 7 and _WHOLE_YEAR_WORDS.search(text, s_start, s_end):
                    carried = carried[:4]  # ("In December 2023, ... . Over the year, China flew 67": the year's)
                first_figure = True
                names_a_dated_source = None  # (found when first needed, once a sentence)
            # (a report's year in its title, "Sustainability Report 2023", is what its past-tense sentences tell of
            # when no paragraph says otherwise)
            claim = self._finish(draft, s_start, s_end, seen, carried or self._title_year)
            if claim.kind in ("count", "money", "percent", "quantity", "rate") and claim.period:
                carries = _carries_on(claim.period)
                if carries and names_a_dated_source is None:
                    names_a_dated_source = _SOURCE_OF_ITS_YEAR.search(text, s_start, s_end) is not None
                if carries and not names_a_dated_source \
                        and (first_figure or pending is not None
                                                                and claim.period[:4] in text[s_start:s_end]):
                    # the sentence's latest year goes on to the next: "rose from 1.2 million in 2022 to 1.5 million
                    # in 2023. The port received 352 ship calls" (2023's)
                    # (a quarter goes on whole: "302.1 million in the third quarter of 2023. Samsung shipped 60.2
                    # million" is the quarter's)
                    # (and a month: "67.4 Mt in December 2023, down 14.9%. India produced 12.4 Mt" is December's)
                    pending = max(pending or "", claim.period if "/" in claim.period else claim.period[:7])
                # (a sentence whose first figure is of a day carries no year: not that of "down from 3,120 a year
                # earlier" after "2,950 at 31 March 2024")
                first_figure = False
            elif claim.kind == "date" and first_figure and len(claim.value or "") >= 7 and pending is None \
                    and _dates_an_event(text, s_start, claim):
                # The day or month something happened on is the time of what the next sentences in the past tense
                # say it did: "Storm Elin struck on 12 November 2022. It left 310,000 customers without power."
                pending = claim.value[:4]
            claim = self._related(claim, claims, s_start, s_end)
            if claim.subject is None and claims and claim.kind in ("percent", "count", "money", "quantity", "rate") \
                    and _IT_THEN_VERB.search(text, max(s_start, claim.start - 30), claim.start):
                claim = self._what_it_is(claim, claims, s_start)
            if claim.kind == "count" and claims and claims[-1].start >= s_start:
                claim = self._in_the_currency_before(claim, claims, s_start)
            if claim.kind == "money" and claim.currency_assumed and claim.unit in _SHARED_NAMES:
                code = _SHARED_NAMES[claim.unit].get(claim.place or self.country or "")
                if code is not None and code != claim.unit:
                    claim = claim.model_copy(update={"unit": code})  # "2.5 billion pesos" in the Philippines (assumed)
            if claims:
                claim = self._converted_hedge(claim, claims[-1])
            if claim.change is None and claims and claims[-1].change is not None and claims[-1].start >= s_start \
                    and _RESTATED_GAP.fullmatch(text, claims[-1].end, claim.start):
                # "lost 190 points, or 0.6%", "fell 3% ($2 billion)": the same change, said again
                claim = claim.model_copy(update={"change": claims[-1].change})
            elif claim.change is None and claim.kind == "percent" and claims:
                # (past the year between them, a claim of its own)
                earlier = claims[-2] if claims[-1].kind == "date" and len(claims) > 1 else claims[-1]
                if earlier.change is not None and earlier.kind == "percent" and earlier.start >= s_start \
                        and _ELLIPTIC_CHANGE_GAP.fullmatch(text, earlier.end, claim.start) \
                        and not _SHARE_OF_AFTER.match(text, claim.end, s_end):
                    # "Rail fares rose 4% in 2023 and 3% in 2022": the verb and what changed, left out the second time
                    claim = claim.model_copy(update={"change": earlier.change, "subject": claim.subject or
                                                     earlier.subject, "subject_head": claim.subject_head or
                                                     earlier.subject_head})
            if claim.subject is None and claim.kind in ("quantity", "money", "count") and claims:
                earlier = claims[-2] if claims[-1].kind == "date" and len(claims) > 1 else claims[-1]
                if earlier.start >= s_start and earlier.kind == claim.kind and earlier.unit == claim.unit \
                        and earlier.subject is not None and _NEXT_TARGET_GAP.fullmatch(text, earlier.end, claim.start):
                    # "restore 5 million hectares by 2025 and 12 million hectares by 2030": the same thing, later
                    claim = claim.model_copy(update={"subject": earlier.subject, "subject_head": earlier.subject_head})
            if claim.qualifier == "range" and claims and claims[-1].start >= s_start and claims[-1].kind == claim.kind \
                    and _INTERVAL_BEFORE.search(text, max(s_start, claim.start - 40), claim.start):
                # "91% effective (95% CI 84-95%)": the interval is how sure the estimate before it is
                estimate = claims[-1]
                if isinstance(estimate.value, float) and claim.lower <= estimate.value <= claim.upper:
                    claims[-1] = estimate.model_copy(update={
                        "lower": claim.lower, "upper": claim.upper, "lower_inclusive": True, "upper_inclusive": True,
                        "qualifier": "estimate"})
                continue
            if claim.kind != "date" and _NEGATED_BEFORE.search(text, max(s_start, claim.start - 12), claim.start):
                continue  # "fell by a quarter, not by 45%": the figure a document rejects is not its claim
            if claim.kind == "count" and claim.qualifier == "exact" and claim.subject_head in DISCOURSE_NOUNS \
                    and self._counts_the_text(claim, s_start):
                continue  # "this article answers four questions": the text counting its own parts
            claims.append(claim)
        claims = _waiting_thresholds(claims, text)
        if any(c.unit in units.TEMPERATURES for c in claims):
            claims = _temperatures(claims, text)
        if self.doc.published is not None:
            claims = _levels_reached_from_a_dated_level(claims, text, self.doc.published.year)
        claims = _changes_between_dated_levels(claims)
        claims = _levels_reached_at_a_span_end(claims, text)
        claims = _intervals_as_rates(claims, text)
        if "|" in text or "\t" in text:
            claims = table_context(self.text, claims, sentences)
        if "(" in text:
            claims = initialisms.spell_out_subjects(claims, initialisms.definitions(text))
        return self._settle_cents(claims)

    def _what_it_is(self, claim: Claim, claims: list[Claim], s_start: int) -> Claim:
        """The subject "it" stands for: that of the last figure of the kind in the sentence before, in the same
        paragraph ("Train punctuality stood at 89.6% in 2022. In 2023 it reached 87.9%."), or of the sentence's own
        figure before it ("In Zambia the ratio is 213 per 100,000, and in Mozambique it is 289")."""
        before = next((c for c in reversed(claims) if c.kind != "date"), None)
        if before is not None and before.start < s_start:
            if self._paragraph_end(before.start) <= s_start:
                return claim
        elif before is not None and before.kind != claim.kind:
            # (a figure of another kind in the sentence: the last of this kind before the sentence)
            before = next((c for c in reversed(claims) if c.start < s_start and c.kind != "date"), None)
            if before is None or self._paragraph_end(before.start) <= s_start:
                return claim
        if before is None or before.kind != claim.kind or before.subject is None or before.unit != claim.unit:
            return claim
        return claim.model_copy(update={"subject": before.subject, "subject_head": before.subject_head,
                                        "part": claim.part or before.part,
                                        # (where it was too, unless the sentence says: "In Scotland it was 80%")
                                        "place": claim.place or before.place})

    def _settle_cents(self, claims: list[Claim]) -> list[Claim]:
        """"28.4 cents per kWh" in a document that names one currency (€0.284 elsewhere) is in that currency's cents
        (still assumed): cents are a hundredth of many currencies, not only of the US dollar."""
        named = {c.unit for c in claims if c.kind == "money" and not c.currency_assumed}
        if len(named) != 1:
            return claims
        code = next(iter(named))
        return [c.model_copy(update={"unit": code}) if c.kind == "money" and c.currency_assumed
                and "cent" in c.text.lower() and c.unit != code else c for c in claims]

    def _related(self, claim: Claim, claims: list[Claim], s_start: int, s_end: int) -> Claim:
        """The claim with what the claims before it in its sentence say about it: the subject it shares with
        the amount it converts or the whole it is part of, and its `part` (a subset, a share of people, an
        owner's figure)."""
        text = self.text
        source = self._subject_source(claim, claims, s_start)
        if source is not None:
            update = {"subject": source.subject, "subject_head": source.subject_head}
            if claim.entity is None and source.entity is not None:
                update["entity"] = source.entity  # ("Castel earns £45,000 a week, or £2.3 million a year": his)
            if source.part is not None and claim.part is None and (claim.change is not None
                                                                   or claim.per is not None and source.per is not None):
                # "Heathrow handled 79.2 million passengers, up 28.6%": Heathrow's rise; "The Fund received 520
                # donations a day, or 142,000 a year": the Fund's too
                update["part"] = source.part
            if source.per is not None and claim.per is None and claim.kind == source.kind \
                    and claim.change is None and source.change is None \
                    and _COMPARED_LEVEL_BETWEEN.search(text, source.end, claim.start):
                update["per"] = source.per  # "€265.30 per week in 2023, up from €253.30 in 2022": a week's too
            if claim.place is None and source.place is not None and claim.change is None and source.change is None \
                    and _COMPARED_LEVEL_BETWEEN.search(text, source.end, claim.start):
                update["place"] = source.place  # "46,750 births in Portugal in 2023, down 3.0% from 52,000": its too
            claim = claim.model_copy(update=update)
        elif claim.per is None and claim.change is None and claims:
            # (the sentence's first of its kind: not a rate that restates it, "950 GWh, or around 2.6 GWh a day, up 41%
            # from 675 GWh")
            level = next((c for c in claims if c.kind == claim.kind and c.start >= s_start), None)
            if level is not None and level.per is not None and level.unit == claim.unit and level.change is None \
                    and claim.subject in (None, level.subject) and level.start >= s_start \
                    and _COMPARED_LEVEL_BETWEEN.search(text, level.end, claim.start):
                # (its subject its own: "The full state pension was €265.30 per week in 2023, up from €253.30"; or
                # none: "£203.14 a week, 60% more than the England average of £157.68")
                claim = claim.model_copy(update={"per": level.per, "subject": level.subject,
                                                 "subject_head": level.subject_head})
        if claim.part is None and claim.change is None and claims and claim.kind in ("money", "count", "quantity"):
            change = next((c for c in reversed(claims) if c.kind != "date"), None)
            level = next((c for c in reversed(claims) if change is not None and c.end <= change.start
                          and c.kind != "date"), None)
            if change is not None and change.change is not None and change.start >= s_start and level is not None \
                    and level.start >= s_start and level.kind == claim.kind and level.unit == claim.unit \
                    and level.part is not None and _FROM_AFTER_CHANGE_GAP.fullmatch(text, change.end, claim.start):
                # "Revenue of the top ten foundries reached $30.5 billion, up 7.9% from| $28.3 billion": theirs before
                claim = claim.model_copy(update={"part": level.part})
        if claim.per is not None and claims and claims[-1].per not in (None, claim.per) \
                and claims[-1].kind == claim.kind and claims[-1].start >= s_start \
                and _RATE_RESTATED_GAP.fullmatch(text, claims[-1].end, claim.start):
            # "The Fund received 520 donations a day, or 142,000 donations a year", "The centre in Mavuso admits 35
            # patients per day, or more than 25,000 a year": the same owner's and place's, by the year
            update = {}
            if claim.part is None and claims[-1].part is not None:
                update["part"] = claims[-1].part
            if claims[-1].place is not None:
                update["place"] = claims[-1].place
            claim = claim.model_copy(update=update)
        if claim.kind in ("count", "money", "quantity") and claim.part is None \
                and _COMBINED_BEFORE.search(text, max(s_start, claim.start - 40), claim.start):
            # "14 polls, with a combined sample of about 21,000 respondents": a sum over several, no one poll's
            claim = claim.model_copy(update={"part": "combined"})
        # (each rule below only where the sentence holds its words: these run for every claim)
        runs = self._sentence_runs.get(s_start)
        if claim.kind in ("count", "money", "quantity") and claim.part is None and (runs is None or b"aged" in runs):
            aged = _AGED_GROUP_OPENER.match(text, s_start, claim.start)
            if aged is not None:
                # "People aged 16 to 24 accounted for 31.5 million admissions": that age group's, a part of all
                claim = claim.model_copy(update={"part": "aged " + regex.sub(r"\s*(?:to|-|–)\s*", "-",
                                                                            aged.group("ages").lower())})
        if claim.kind in ("count", "money", "quantity") and claim.part is None and (runs is None or b"them" in runs) \
                and _BETWEEN_THEM_AFTER.match(text, claim.end, s_end):
            # "The three largest chains operated 2,460 screens between them": a sum over some, no count of all
            claim = claim.model_copy(update={"part": "combined"})
        if claim.kind == "count" and claim.part is None and claim.text[:1].isalpha() and claim.subject \
                and _THE_BEFORE.search(text, max(s_start, claim.start - 4), claim.start):
            named = _NAMED_MEMBERS_AFTER.match(text, _past_words(text, claim.end, claim.subject), s_end)
            if named is not None and len(_NAME_LIST_SEPARATOR.split(named.group("names"))) == claim.value:
                # "The two plants, Kestrel Point and Brennock, supply ...": the ones named, which the text has spoken
                # of, no count of all the plants
                claim = claim.model_copy(update={"part": "named"})
        if claim.kind == "count" and claim.part is None and (runs is None or not _SAMPLE_RUNS.isdisjoint(runs)) \
                and (_SAMPLE_BEFORE.search(text, max(s_start, claim.start - 40), claim.start)
                     or _RESPONSES_FROM_BEFORE.search(text, max(s_start, claim.start - 40), claim.start)
                     or _RESPONDED_AFTER.match(text, claim.end, s_end)):
            # "A survey of 1,100 apprentices found ...": the people asked, no count of all apprentices
            claim = claim.model_copy(update={"part": "sample"})
        if claim.kind in ("count", "money") and claim.part is None and claim.subject \
                and (runs is None or not _FUNDED_RUNS.isdisjoint(runs)):
            funded = _FUNDED_BY_AFTER.match(text, claim.end, s_end)
            if funded is not None:
                # "235,900 starts were supported by levy funds": those starts, a part of all starts
                claim = claim.model_copy(update={"part": f"{funded.group('verb').lower()} by "
                                                         f"{context.singular_phrase(funded.group('by').lower().split())}"})
        if claim.kind == "count" and claim.part is None and claim.subject and (runs is None or b"and" in runs):
            past_noun = _past_words(text, claim.end, claim.subject)
            joined = _JOINED_NOUN_AFTER.match(text, past_noun, s_end) if past_noun > claim.end else None
            if joined is not None:
                # "around 2,300 food banks and community food projects": a count of both kinds, no count of the first
                claim = claim.model_copy(update={"part": "with " + context.singular_phrase(
                    joined.group("other").lower().split())})
        if claim.kind in ("count", "money", "quantity") and claim.part is None and claim.change is None \
                and (runs is None or not _CAUSE_RUNS.isdisjoint(runs)):
            cause = _CAUSE_AFTER.match(text, claim.end, s_end)
            if cause is not None:
                # "cancelled 1,829 sailings in 2023 because of bad weather": those the cause accounts for, a part
                claim = claim.model_copy(update={"part": "due to " + " ".join(cause.group("cause").lower().split())})
        if claim.kind in ("count", "money", "quantity") and claim.part is None \
                and (runs is None or not _ROUTE_RUNS.isdisjoint(runs)):
            route = _NAMED_ROUTE_AFTER.match(text, claim.end, s_end)
            if route is not None:
                # "611 sailings were cancelled on the Inchmurra route": that route's, a part of the network's
                claim = claim.model_copy(update={"part": " ".join(route.group("route").lower().split())})
        if claim.kind == "count" and claim.part is None and claims and claims[-1].part is not None \
                and claims[-1].start >= s_start and _HELD_BY_GAP.fullmatch(text, claims[-1].end, claim.start):
            # "Direct Loans accounted for $1.44 trillion of the total, held by 37.8 million borrowers": the
            # borrowers of that part, no count of all borrowers
            claim = claim.model_copy(update={"part": claims[-1].part})
        if claim.kind == "percent" and claim.part is None and claim.change is None and claims:
            amount = next((c for c in reversed(claims) if c.kind != "date"), None)
            if amount is not None and amount.kind in ("money", "count", "quantity", "duration") and amount.subject \
                    and amount.start >= s_start and amount.change is None \
                    and _SHARE_RESTATING_GAP.fullmatch(text, amount.end, claim.start) \
                    and _OF_RIGHT_AFTER.match(text, claim.end, s_end):
                # "support measures cost EUR 7.3 billion in 2020, about 4.3% of GDP": the share of GDP the amount
                # is, not another one
                claim = claim.model_copy(update={"part": context.singular_phrase(amount.subject.lower().split())})
        if text[s_start] in "-*•" and claim.kind in ("percent", "count", "money", "quantity"):
            claim = self._from_list_lead(claim, s_start)
        if claim.per is None and claim.kind in ("money", "quantity") and claim.change is None and text[s_start] in "-*•":
            per = self._list_lead_rate(s_start)
            if per is not None:
                claim = claim.model_copy(update={"per": per})  # "Average weekly payments:" over "- Pension: €241.60"
        if claim.kind in ("count", "money", "quantity") \
                and (_SUBSET_BEFORE.search(text, max(s_start, claim.start - 30), claim.start)
                     or self._next_item(claim, claims, s_start)):
            # "21 million people, of whom 4.8 million were in sexual exploitation": a part of its subject
            update = {"part": _subset_label(text, claim.end, s_end)}
            whole = next((c for c in reversed(claims) if c.start >= s_start and c.kind != "date"), None)
            if whole is not None and self._names_its_own_kind(claim, whole):
                # "9,400 staff, including 1,180 nurses": a count of nurses, which another report may give too
                update = {}
            elif whole is not None and whole.kind == claim.kind and whole.unit == claim.unit and whole.subject:
                # "a budget of €48 million, of which €30 million came from the Global Fund": the budget's
                update.update(subject=whole.subject, subject_head=whole.subject_head)
            if whole is not None and self._context(s_start, s_end).own_date(claim.end) is None:
                update["period"] = whole.period  # "2,150 homes last year, of which 470 were affordable": that year
            claim = claim.model_copy(update=update)
        elif claim.kind == "percent" and claims and claims[-1].start >= s_start \
                and claims[-1].kind in ("count", "money", "quantity") \
                and _SUBSET_BEFORE.search(text, max(s_start, claim.start - 30), claim.start):
            # "cost $38 million, of which 60% came from a loan": a share of that amount's subject
            whole = claims[-1]
            claim = claim.model_copy(update={"subject": whole.subject, "subject_head": whole.subject_head,
                                             "part": _subset_label(text, claim.end, s_end)})
        group = _GROUP_AFTER_SHARE.match(text, claim.end) if claim.kind == "percent" and claim.part is None \
            else None
        if group is not None:
            # "Of the 1,200 victims, 27% women and 14% children", "The workforce is 27% women": the group is
            # which part of the whole; the whole is the count before, or the noun before the verb
            whole = next((c for c in reversed(claims) if c.start >= s_start and c.kind == "count"), None)
            before = _words_before(text, s_start, max(s_start, claim.start - 40), claim.start)
            subject = whole.subject if whole is not None else _measured_noun(before)
            claim = claim.model_copy(update={"part": context.singular(group.group(1)), "subject": subject,
                                             "subject_head": context.head_of(subject)})
        if claim.part is None and claim.kind == "count" and claim.subject:
            setting = _SETTING_AFTER.match(text, claim.end, s_end)
            if setting is not None and not (set(setting.group("group").lower().split()) & _NOT_SETTINGS) \
                    and (claim.place or "").lower() != setting.group("group").lower():  # ("in Dunmore": the place)
                # "52,300 teachers in primary schools", "1,940 cases in rural areas": those in that setting
                group = setting.group("group").lower().split()
                claim = claim.model_copy(update={"part": context.singular_phrase(group)})
        if claim.part is None and claim.kind in ("count", "money", "quantity") and claim.subject:
            whole = _OF_THE_WHOLE_AFTER.match(text, claim.end, s_end)
            if whole is not None and not _ALL_BEFORE.search(text, max(s_start, claim.start - 6), claim.start):
                # "3,200 of the prisoners in Valdoria were women": a part of the prisoners, not their number ("Around
                # €640 million of that budget was used": a part of the budget)
                label = _PART_AFTER_VERB.match(text, whole.end(), s_end)
                claim = claim.model_copy(update={"part": context.singular(label.group("part")) if label else "part"})
        if claim.kind == "duration" and claim.subject is None \
                and _TIME_SPENT_BEFORE.search(text, max(s_start, claim.start - 20), claim.start):
            on = _TIME_SPENT_ON_AFTER.match(text, claim.end, s_end)
            if on is not None:
                # "spent 4 hours a day on their phones", "3 hours 20 minutes a day online": time spent on that
                # (named as a time measure is: "online time", "phone time", "watching tv time")
                what = on.group("what").lower()
                if on.group("on"):
                    what = context.singular_phrase(on.group("on").lower().split())
                update = {"subject": f"{what} time", "subject_head": "time"}
                ages = _AGED_GROUP_BEFORE.search(text, s_start, claim.start)
                if ages is not None and claim.part is None:
                    # "Children aged 3-4 spent about 1 hour 15 minutes a day": that age group's time
                    update["part"] = "aged " + regex.sub(r"\s*(?:to|-|–)\s*", "-", ages.group("ages"))
                claim = claim.model_copy(update=update)
        if claim.kind == "money" and claim.subject is None and claim.change is None:
            lost_to = _lost_to_what(text, claim.end, s_end)
            if lost_to is not None and (_LOST_PASSIVE_AFTER.match(text, claim.end, s_end) or claims
                                        and claims[-1].subject == "losses" and claims[-1].start >= s_start
                                        and _ANOTHER_LOSS_BETWEEN.fullmatch(text, claims[-1].end, claim.start)):
                # "€162 million was lost through investment scams and| €71 million through impersonation scams"
                claim = claim.model_copy(update={"subject": "losses", "subject_head": "losses", "part": lost_to})
        if claim.kind == "money" and claim.subject is None:
            verb = _MONEY_VERB_BEFORE.search(text, max(s_start, claim.start - 60), claim.start)
            if verb is not None and claim.change is not None and verb.group("verb").lower().startswith("los"):
                verb = None  # ("Shares lost $2 to close at $40": a fall, not a loss)
            if verb is not None:
                # "Luis Brandt spent $2.9 million", "Castel earns £45,000 a week": the verb names the measure;
                # the name before it, whose it is
                measure = _MEASURE_OF_MONEY_VERB[" ".join(verb.group("verb").lower().split())]
                update: dict = {"subject": measure, "subject_head": measure}
                if measure == "losses" and claim.part is None:
                    update["part"] = _lost_to_what(text, claim.end, s_end)
                    who = _LOSING_GROUP_BEFORE.search(text, max(s_start, claim.start - 80), claim.start)
                    if who is not None:
                        # "Older people lost €127.9 million": their losses, some of all victims' (to what, after)
                        group = f"{who.group('which').lower()} {who.group('who').lower()}"
                        update["part"] = f"{group} {update['part']}" if update["part"] else group
                if verb.group("label") is not None and claim.entity is None \
                        and verb.group("label").split()[0].lower() not in context.STOP_WORDS - {"the"} \
                        and not context.is_place_name(_LEADING_THE.sub("", verb.group("label"))):
                    update["entity"] = _LEADING_THE.sub("", verb.group("label"))
                claim = claim.model_copy(update=update)
        if claim.kind == "quantity" and claim.subject is None \
                or claim.kind == "count" and claim.subject in _COUNTED_IN_CONTAINERS:
            # (units of what the verb moves: "Samsung shipped 60.2 million units" are its shipments)
            verb = _QUANTITY_VERB_BEFORE.search(text, max(s_start, claim.start - 30), claim.start)
            if verb is not None:
                # "Valdoria emitted 412.6 MtCO2e", "Norland exported 3.4 million tonnes": the verb names the measure
                measure = _MEASURE_OF_QUANTITY_VERB[verb.group("verb").lower()]
                goods = _OF_GOODS_AFTER.match(text, claim.end, s_end) if claim.kind == "count" else None
                if goods is not None:
                    measure_phrase = f"{goods.group('goods').lower()} {measure}"  # ("5.76 million bags of coffee")
                    claim = claim.model_copy(update={"subject": measure_phrase, "subject_head": measure})
                else:
                    claim = claim.model_copy(update={"subject": measure, "subject_head": measure})
        if claim.kind == "money" and claim.entity is None:
            donor = _DONOR_BEFORE.search(text, max(s_start, claim.start - 60), claim.start)
            if donor is not None and donor.group("label").split()[0].lower() not in context.STOP_WORDS - {"the"}:
                # "The EU pledged €45m for Sudan", "Japan gave ¥150 billion": whose money, as its entity (a place
                # that gives is no place of the money's: that is where it goes)
                label = _LEADING_THE.sub("", donor.group("label"))
                claim = claim.model_copy(update={"entity": label})
        if claim.kind in ("count", "money", "quantity") and claim.entity is None \
                and (runs is None or not _USER_VERB_RUNS.isdisjoint(runs)):
            user = _USER_BEFORE.search(text, max(s_start, claim.start - 60), claim.start)
            if user is not None and user.group("label").split()[0].lower() not in context.STOP_WORDS - {"the"} \
                    and not context.is_place_name(user.group("label")):
                # "Kestrel Logistics emitted 1.86 million tonnes": whose emissions, as its entity (another
                # emitter's are another figure; one that names none may be the same)
                claim = claim.model_copy(update={"entity": _LEADING_THE.sub("", user.group("label"))})
        if claim.kind in ("count", "money", "percent"):
            business = self._business_owner(claim, s_start)
            if business is not None:
                name = business.group("label")
                words = [w for w in name.split() if w.lower() not in _OWNER_GENERIC]
                if words and words[0].lower() not in context.STOP_WORDS and not context.is_place_name(name) \
                        and not any(w.lower() in _NO_OWNER for w in words):
                    # "Orbis's revenue", "Orbis had a 28% market share": the company whose figure it is, as its
                    # entity: another company's is another figure, one that names none may be the same
                    claim = claim.model_copy(update={"entity": " ".join(words)})
        if claim.part is None and claim.kind == "percent" and claims and claims[-1].start >= s_start \
                and claims[-1].kind == "percent" and claims[-1].part is not None \
                and _NEXT_SHARE_OF_SAME_PART.fullmatch(text, claims[-1].end, claim.start):
            # "Women made up 38% of the workforce and 29% of senior management": the same part's second share
            claim = claim.model_copy(update={"part": claims[-1].part})
        if claim.part is None and claim.kind in ("count", "money", "quantity", "percent", "rate"):
            listing = bool(claims) and claims[-1].start >= s_start and claims[-1].kind == claim.kind
            owner = self._owner(claim, s_start, listing, labelled=listing and claims[-1].part is not None)
            if owner is not None:
                # "Labour won 15 seats", "Greens 28 seats, Labour 15 seats": each party's seats are a part
                claim = claim.model_copy(update={"part": owner})
                if claim.subject is None and claims and claims[-1].start >= s_start \
                        and claims[-1].kind == claim.kind and claims[-1].part is not None:
                    # "Labour won 15 seats, the Liberals 6": the listing leaves out the noun
                    claim = claim.model_copy(update={"subject": claims[-1].subject,
                                                     "subject_head": claims[-1].subject_head})
        if claim.part is None and claim.kind == "count":
            target = _TARGET_OF_BEFORE.search(text, max(s_start, claim.start - 80), claim.start)
            if target is not None and target.group("who").split()[0].lower() not in context.STOP_WORDS:
                # "Local government bodies were hit by 150 ransomware attacks": the attacks on them, a part of all
                claim = claim.model_copy(update={"part": " ".join(
                    [w.lower() for w in target.group("who").split()[:-1]]
                    + [context.singular(target.group("who").split()[-1].lower())])})
        if claim.part is None and claim.entity is None and self.doc.publisher \
                and (claim.kind in ("count", "money", "quantity", "rate", "duration")
                     or claim.kind == "percent" and (claim.subject or "").endswith("share")) \
                and _FIRST_PERSON_BEFORE.search(text, max(s_start, claim.start - 80), claim.start):
            # (and its share of a market: "lifting our share of the Arvenian motor market to 18.6%")
            # "In 2023 we housed 410 families", in a charity's report: the publisher's own figure, as its entity
            # (another charity's is another figure; one that names no owner may be the same)
            owner = publisher_owner(self.doc.publisher)
            if owner:
                claim = claim.model_copy(update={"entity": owner})
        elif claim.part is None and claim.entity is None and claim.kind in _OWNED_KINDS | {"rate"} \
                and self._company_release is not None and not self._of_the_whole_market(claim, s_start, s_end):
            # "Motor gross written premiums rose 12.5% to €1.49 billion", in "Castlegate Insurance plc: results
            # 2023" published by Castlegate: the company's own figures, not the market's
            claim = claim.model_copy(update={"entity": self._company_release})
        if claim.change is None and claim.kind == "count" and claim.subject_head in _FACILITIES:
            verb = _OPENED_OR_CLOSED_BEFORE.search(text, max(s_start, claim.start - 20), claim.start)
            if verb is not None:
                # "closed 35 stores", "opened 12 new clinics": a flow in or out of the stock, not how many there are
                claim = claim.model_copy(update={"change": "down" if verb.group("closed") else "up"})
        if claim.part is None and claim.kind == "percent" and (claim.subject_head or "").lower() in _SHARE_BASES:
            spent_on = _SPENT_ON_AFTER.match(text, claim.end, s_end)
            if spent_on is not None:
                # "will spend 2.4% of GDP on defence": the share of GDP that goes on defence, not GDP's
                claim = claim.model_copy(update={"part": context.singular(spent_on.group("what").lower())})
            elif claim.subject_head.lower() in context.OUTPUT_MEASURES:
                measure = _measure_of_output(text, max(s_start, claim.start - 90), claim.start)
                if measure is not None:
                    # "a deficit of 3.2% of GDP", "public debt is expected to reach 62% of GDP": the deficit's
                    # ratio to output and the debt's are two measures, not two values of GDP's share
                    claim = claim.model_copy(update={"part": measure})
        if claim.part is None and claim.entity is None and claim.kind in _OWNED_KINDS and claim.subject \
                and ("'" in text[max(s_start, claim.start - 60):claim.start]
                     or "’" in text[max(s_start, claim.start - 60):claim.start]):
            owner = _BODY_POSSESSIVE_BEFORE.search(text, max(s_start, claim.start - 60), claim.start)
            if owner is not None and claim.subject.split()[0].lower() in owner.group("words").lower().split() \
                    and (claim.kind == "money" or owner.group("owner").lower().split()[-1] in _LOCAL_BODIES):
                # "The transport department's budget is| £2.1bn": the department's budget, not the health
                # department's; "The trust's waiting list stood at| 412,300": one trust's, not the nation's
                claim = claim.model_copy(update={"part": " ".join(owner.group("owner").lower().split())})
        if claim.part is None and claim.subject and claim.kind in ("count", "money", "quantity", "percent", "duration"):
            complement = self._complement(claim, s_start)
            field = self._field_opening(claim, s_start) if complement is None else None
            if field is not None and _FOR_OPENING.match(text, s_start):
                # "For breast cancer, five-year survival was 88.9%": which survival, as "survival for breast cancer"
                complement, field = context.singular_phrase(field.split()), None
            *kind_of_area, last = (complement or field or "").split() or [""]
            subgroup = kind_of_area if kind_of_area and last in _AREA_NOUNS else \
                field.split() if field and claim.kind == "percent" else None
            if subgroup:
                # "Coverage in rural areas was 72%": rural coverage, a subgroup's figure, as "rural coverage" is;
                # "In engineering the dropout rate was 14.2%": engineering's rate, no rate of all students
                first, _, rest = claim.subject.partition(" ")
                first = first.lower() if first.istitle() and first[:1].isalpha() and not context.is_place_name(first) \
                    else first
                subject = " ".join(subgroup + [first] + ([rest] if rest else []))
                claim = claim.model_copy(update={"subject": subject, "subject_head": context.head_of(subject)})
            elif complement is not None or field is not None:
                complement = complement or field
                # "Spending on libraries will be £4.2 million", "Support for Labour stands at 38%": which
                # spending, whose support
                claim = claim.model_copy(update={"part": complement})
        if claim.kind in ("count", "money", "quantity", "percent") and claims and claims[-1].start >= s_start:
            whole = next((c for c in claims if c.start >= s_start), None)
            if whole is not None and whole.period != claim.period and whole.kind in ("count", "money", "quantity") \
                    and _OF_THE_WHOLE_OPENER.match(text, s_start, whole.start) \
                    and self._context(s_start, s_end).own_date(claim.end) is None \
                    and not YEAR_IN_TEXT.search(text, s_start, s_end):
                # "Of the 31,000 child labourers, 19,800 were boys": the parts are of the whole's time
                claim = claim.model_copy(update={"period": whole.period})
        if self._whole_of_the_last(claim, claims, s_start):
            # "The Democratic Centre won 61 of 150 seats": the chamber's seats, not the party's: all of them
            claim = claim.model_copy(update={"entity": None, "part": "all"})
            if claims[-1].part is None:
                # "Only 24 of the 167 countries were full democracies": 24 is some of them, never a figure for all
                update = {"part": self._what_the_part_is(claim.end, s_end)}
                if (claims[-1].subject or "").endswith(("'s", "’s")):
                    # ("1,200 of the country's 4,000 pharmacies": the whole's noun)
                    update.update(subject=claim.subject, subject_head=claim.subject_head)
                claims[-1] = claims[-1].model_copy(update=update)
        elif claim.kind == "count" and claim.part is None:
            whose = _OF_A_WHOLES_POSSESSIVE.match(text, claim.end, s_end)
            if whose is not None:
                # "NCOA members operate 28,400 of the nation's screens": some of them, never a figure for all
                noun = context.noun_phrase_after(text, whose.end(), s_end)
                if noun:
                    claim = claim.model_copy(update={"part": "some", "subject": noun,
                                                     "subject_head": context.head_of(noun)})
        if claim.part is not None and claim.place is not None \
                and claim.part == context.singular_phrase(claim.place.lower().split()):
            # "The South West recorded 1,200 cases, the East Midlands 900": a list item labelled by its place is
            # that place's figure, as "In the East Midlands, 900 cases" is, not a part of something
            claim = claim.model_copy(update={"part": None})
        return claim

    def _in_the_currency_before(self, claim: Claim, claims: list[Claim], s_start: int) -> Claim:
        """A scaled amount with no noun of its own after an amount of money in the same sentence is in that
        money's currency: "Of the 9.07 trillion pesos, 1.9 trillion go to pensions", "to 42.5 million pesos, from
        65.4 million in 2020"."""
        if not _SCALE_IN_TEXT.search(claim.text) or (claim.subject is not None
                                                      and claim.subject.split()[0].lower() not in _VERBS_AFTER_AMOUNT):
            return claim
        money = next((c for c in reversed(claims) if c.start >= s_start and c.kind in ("money", "count")), None)
        if money is None or money.kind != "money" or not _SCALE_IN_TEXT.search(money.text):
            return claim
        update: dict = {"kind": "money", "unit": money.unit, "currency_assumed": money.currency_assumed}
        if claim.subject is not None:
            update.update(subject=money.subject, subject_head=money.subject_head)
        return claim.model_copy(update=update)

    def _what_the_part_is(self, whole_end: int, s_end: int) -> str:
        """The part of a whole that its complement names ("24 of the 167 countries were| full democracies" ->
        "full democracy"), else "some"; never a verb ("were won by women")."""
        what = _PART_COMPLEMENT_AFTER.match(self.text, whole_end, s_end)
        if what is None:
            return "some"
        words = what.group("what").lower().split()
        if words[0].endswith(("ed", "en")) or words[0] in _IRREGULAR_PARTICIPLES:
            return "some"
        return context.singular_phrase(words)

    def _whole_of_the_last(self, claim: Claim, claims: list[Claim], s_start: int) -> bool:
        """Whether a count is the whole the one before it is a part of: "won 61 of| 150 seats"."""
        return bool(claims) and claims[-1].start >= s_start and claims[-1].kind == claim.kind == "count" \
            and _OF_THE_GAP.fullmatch(self.text, claims[-1].end, claim.start) is not None

    def _field_opening(self, claim: Claim, s_start: int) -> Optional[str]:
        """The field a sentence opens with, which its figures are about: "In engineering| the first-year dropout rate
        was 14.2%" -> "engineering", "In rural areas, coverage was 72%" -> "rural area"; not "In total," or "In
        March,"."""
        if claim.kind not in ("percent", "count") or not claim.subject:
            return None
        m = _FIELD_OPENING.match(self.text, s_start, claim.start)
        if m is None:
            return None
        if m.group().lstrip().startswith("For") and not m.group().rstrip().endswith(","):
            return None  # ("For breast cancer, survival was ...": a field only as an opener with its comma)
        words = m.group("what").split()
        if len(words) == 2 and words[1] in context.STOP_WORDS:
            words = words[:1]  # ("In engineering the| first-year dropout rate": the field, then the subject)
        if any(w in _NOT_A_FIELD or w in MONTHS or w in context.STOP_WORDS for w in words) \
                or " ".join(words) in claim.subject.lower():
            return None
        if context.singular(words[-1]) in _AREA_NOUNS:
            words[-1] = context.singular(words[-1])  # ("In rural areas,": a kind of area)
        return " ".join(words)

    def _complement(self, claim: Claim, s_start: int) -> Optional[str]:
        """What the subject before a figure is for, on, with or to: "Spending on libraries will be| £4.2m" ->
        "library", "Support for the Greens stands at| 32%" -> "green"; None for a place, a time or a number."""
        text = self.text
        lo = max(s_start, claim.start - 70)
        last = claim.subject.split()[-1]
        for m in _COMPLEMENT_BEFORE.finditer(text, lo, claim.start):
            if m.group("noun").lower() != last.lower() or _DIGIT_OR_TIME.search(m.group("object")):
                continue
            words = [w for w in m.group("object").split() if w.lower() not in _COMPLEMENT_DETERMINERS]
            for k in range(1, len(words) - 1):
                if words[k] in _PLACE_PREPOSITIONS and context.is_place_name(" ".join(words[k + 1:])):
                    words = words[:k]  # ("the employment rate for women in Wales": the women's; Wales is where)
                    break
            if m.group("preposition") == "in" and not all(w.islower() for w in words):
                return None  # ("children in child labour", "unemployment in rural areas"; not "in Norland")
            if words and words[0].lower() in ("all", "every", "any") and m.group("preposition") == "for":
                return "all"  # "survival for all cancers combined was 52.3%": the whole, no one cancer
            if m.group("preposition") == "of" and (" " in claim.subject or not all(w.islower() for w in words)):
                return None  # (only whose a bare measure is: "Revenue of the top ten foundries reached"; not "the
                # population of Lanmore", a place, nor "the price of petrol", whose subject says so already)
            if not words or context.is_place_name(" ".join(words)) or words[0].lower() in context.STOP_WORDS:
                return None
            return context.singular_phrase(words).lower()
        return None

    def _subject_source(self, claim: Claim, claims: list[Claim], s_start: int) -> Optional[Claim]:
        """The earlier claim whose subject this one shares: the amount it converts ("87 mph (140 km/h)",
        "US $4.2 million (5 million pesos)"), or, for a count or amount with no subject of its own, the one of
        its kind it is a part of or compared with ("6 million homes, including 1.5 million in the delta",
        "1,245 cases, up from 1,102")."""
        text = self.text
        if not claims:
            return None
        last = claims[-1]
        if last.kind == claim.kind and last.subject is not None and _CONVERSION_GAP.fullmatch(text, last.end, claim.start):
            return last
        rate = next((c for c in reversed(claims) if c.kind != "date"), None)  # ("3,440 a month in 2023, or ...")
        # (its own noun may be the rate's counted noun again: "110,000 bags a day, or 47.3 million bags a year")
        if (claim.subject is None or rate is not None and text[rate.end:rate.end + 40].lstrip().lower().startswith(
                claim.subject.lower())) and rate is not None and rate.per is not None and claim.per is not None \
                and rate.per != claim.per and rate.kind == claim.kind and rate.unit == claim.unit \
                and rate.subject is not None and rate.start >= s_start \
                and _RATE_RESTATED_GAP.fullmatch(text, rate.end, claim.start):
            return rate  # "The typical bill is €1,850 a year, or €170 a month": the same bill, by the month
        if claim.subject is None and last.change is not None and claim.change in (None, last.change) \
                and last.subject is not None and last.start >= s_start \
                and _RESTATED_GAP.fullmatch(text, last.end, claim.start):
            return last  # "The Dow lost 190 points, or 0.6%": the same change, in another measure
        figure = next((c for c in reversed(claims) if c.kind != "date"), None)
        if claim.subject is None and claim.kind == "percent" and claim.change is not None and figure is not None \
                and figure.kind in ("count", "money", "quantity") and figure.subject is not None \
                and figure.start >= s_start and _CHANGE_AFTER_LEVEL_GAP.fullmatch(text, figure.end, claim.start):
            return figure  # "a crop of 3.4 million tonnes, up 21% on last year": the crop's change
        if claim.subject is None and claim.change is None and figure is not None and figure.kind == claim.kind \
                and figure.change is not None and figure.subject is not None and figure.start >= s_start \
                and _LEVEL_AFTER_CHANGE_GAP.fullmatch(text, figure.end, claim.start):
            return figure  # "raised its benchmark rate by 25 basis points to 5.25%": the rate's level
        if claim.subject is None and claim.change is None and figure is not None and figure.kind == claim.kind \
                and figure.unit == claim.unit and figure.change is None and figure.subject is not None \
                and figure.start >= s_start and _EARLIER_LEVEL_GAP.fullmatch(text, figure.end, claim.start):
            return figure  # "Inflation eased to 3.0% in June from 4.0% in May": inflation in May
        if claim.subject is None and claim.change is None and figure is not None and figure.kind == "percent" \
                and figure.change is not None and figure.start >= s_start \
                and _FROM_AFTER_CHANGE_GAP.fullmatch(text, figure.end, claim.start):
            # "612 deals in 2023, down 28% from| 845 in 2022": the level the change started from, of the level
            # before the change
            level = next((c for c in reversed(claims) if c.end <= figure.start and c.kind != "date"), None)
            if level is not None and level.kind == claim.kind and level.unit == claim.unit and level.change is None \
                    and level.subject is not None and level.start >= s_start \
                    and _CHANGE_AFTER_LEVEL_GAP.fullmatch(text, level.end, figure.start):
                return level
        if claim.subject is None and claim.change is not None and figure is not None and figure.kind == claim.kind \
                and figure.change == claim.change and figure.subject is not None and figure.start >= s_start \
                and _ELIDED_OWNER_BY_GAP.fullmatch(text, figure.end, claim.start):
            return figure  # "Sweden's spending rose 12% in 2023 and Finland's by 54%": Finland's spending
        if claim.subject is None and claim.change is not None and figure is not None and figure.kind == claim.kind \
                and figure.change is not None and figure.subject is not None and figure.start >= s_start \
                and _COMPARED_CHANGE_GAP.fullmatch(text, figure.end, claim.start):
            return figure  # "the economy grew 0.4%, slower than the 1.2% expansion in the second quarter"
        if claim.subject is None and figure is not None and figure.kind == claim.kind and figure.subject is not None \
                and figure.start >= s_start and _EARLIER_YEAR_GAP.fullmatch(text, figure.end, claim.start):
            return figure  # "Leakage rate: 31% (2021: 34%)": the same measure in another year
        if claim.subject is None and figure is not None and figure.kind == claim.kind and figure.unit == claim.unit \
                and figure.change == claim.change and figure.per == claim.per and figure.subject is not None \
                and figure.start >= s_start and _ELIDED_LISTING_GAP.fullmatch(
                    text, _past_words(text, figure.end, figure.subject), claim.start) \
                and not _VERB_AFTER_FIGURE.match(text, claim.end) \
                and not _OF_THE_WHOLE_OPENER.fullmatch(text, s_start, figure.start) \
                and not self._parallel_phrase(figure, claim):
            # "Scotland had 96 deceased donors in 2022, Wales 67", "Gross margin was 53.0% in the fourth quarter and
            # 54.4% for the full year": the same measure, its noun and verb left out
            return figure
        if claim.subject is None and claim.kind in ("count", "money") \
                and _PART_AFTER.search(text, max(s_start, claim.start - 30), claim.start):
            whole = next((c for c in reversed(claims) if c.kind == claim.kind and c.start >= s_start), None)
            if whole is not None and whole.subject is not None:
                return whole
        return None

    def _parallel_phrase(self, figure: Claim, claim: Claim) -> bool:
        """Whether the figure after another opens a phrase with the preposition the other's has: "€1.14 billion for
        research and €0.80 billion for| other purposes" names what each is, no measure left out."""
        text = self.text
        first = _PREPOSITION_AFTER.match(text, _past_words(text, figure.end, figure.subject or ""))
        second = _PREPOSITION_AFTER.match(text, claim.end)
        return first is not None and second is not None and first.group(1).lower() == second.group(1).lower()

    def _list_lead(self, s_start: int) -> Optional[str]:
        """The lead-in line ending in a colon over a list whose item starts at s_start ("Shares of the motor market in
        2023 were:" over "- Castlegate Insurance: 17.9%"), or None."""
        text = self.text
        line_start = text.rfind("\n", 0, s_start) + 1
        if not context.LIST_ITEM.match(text, line_start):
            return None
        at = line_start
        while at > 0:
            previous = text.rfind("\n", 0, at - 1) + 1
            line = text[previous:at - 1].strip()
            if line and not context.LIST_ITEM.match(line):
                return line if line.endswith(":") else None
            at = previous
        return None

    def _from_list_lead(self, claim: Claim, s_start: int) -> Claim:
        """A labelled list item with what its lead-in line says of all items: their year, and for shares of a
        market, the measure, the label being whose share it is."""
        lead = self._list_lead(s_start)
        if lead is None:
            return claim
        update: dict = {}
        years = set(YEAR_IN_TEXT.findall(lead))
        if len(years) == 1 and not YEAR_IN_TEXT.search(claim.sentence) and self.doc.published is not None \
                and claim.period == str(self.doc.published.year):
            update["period"] = years.pop()  # ("Shares of the motor market in 2023 were:": 2023's shares)
        if claim.subject and claim.kind in ("count", "money", "quantity") \
                and (context.place_name(claim.subject) or claim.place and claim.subject.lower() in claim.place.lower()):
            # "Visits to member sites by nation, 2023:" over "- Wales: 4.3 million": visits in Wales, not "Wales"
            noun = context.noun_phrase_after(lead, 0, len(lead))
            if noun and not context.place_name(noun) and noun.lower() not in context.STOP_WORDS:
                update.update(subject=noun, subject_head=context.head_of(noun))
        share = _SHARE_OF_A_MARKET.search(lead) if claim.kind == "percent" else None
        if share is not None and claim.subject and claim.subject[:1].isupper() and claim.entity is None:
            update.update(subject=share_of_a_market(share), subject_head="share", entity=claim.subject)
        return claim.model_copy(update=update) if update else claim

    def _list_lead_rate(self, s_start: int) -> Optional[str]:
        """The period a list's lead-in line gives its items ("Average weekly payments:" over "- State Pension:
        €241.60" -> "week"), for a sentence that is an item of a list; None otherwise."""
        lead = self._list_lead(s_start)
        m = _LEAD_RATE.search(lead) if lead is not None else None
        return context.ADJECTIVE_PERIODS[m.group(1).lower()] if m else None

    def _names_its_own_kind(self, part: Claim, whole: Claim) -> bool:
        """Whether a subset count names a kind of its own right after it ("9,400 staff, including 1,180
        nurses"), rather than the whole's ("21 million people, of whom 4.8 million people were children") or
        none ("of whom 4.8 million were in sexual exploitation")."""
        head = (part.subject_head or "").lower()
        if not head or head == (whole.subject_head or "").lower():
            return False
        named = _OWN_NOUN_AFTER.match(self.text, part.end)
        return named is not None and head in {context.singular(w) for w in named.group(0).lower().split()}

    def _next_item(self, claim: Claim, claims: list[Claim], s_start: int) -> bool:
        """Whether a count goes on a breakdown of the count before it: the next item after a subset ("of whom
        28 million were in forced labour and| 22 million in forced marriage"), or an item after a colon that
        says what it is ("49.6 million people: 27.6 million in forced labour and 23 million in ...")."""
        text = self.text
        if _SUBSET_WHAT.match(text, claim.end) is None:
            return False
        earlier: list[Claim] = []  # this sentence's figures of the same measure, in order
        for c in reversed(claims):
            if c.start < s_start:
                break
            if c.kind == claim.kind and c.unit == claim.unit:
                earlier.insert(0, c)
        if not earlier:
            return False
        last = earlier[-1]
        if last.part is not None and _NEXT_ITEM_GAP.search(text, last.end, claim.start):
            return True
        colon = text.find(":", earlier[0].end, claim.start)
        return colon != -1 and (len(earlier) == 1 or earlier[-1].part is not None)

    def _owner(self, claim: Claim, s_start: int, listing: bool = True, labelled: bool = False) -> Optional[str]:
        """Whose share of a whole a figure is, as a `part`: the name that wins or holds it ("The Green Party won
        28 of the 51 seats" -> "green") or labels it in a listing ("Final results: Greens 28 seats, Labour 15
        seats, the Liberals 6" -> "green", "labour", "liberal"). Not a place, which is the claim's place."""
        text = self.text
        lo = max(s_start, claim.start - 60)  # ("Kestrel Bay International Airport welcomed| 24.6 million")
        runs = self._sentence_runs.get(s_start)
        if "," in text[lo:claim.start]:
            lo = max(s_start, claim.start - 120)  # (past an apposition: "Transsion, the maker of ..., shipped|")
        m = _OWNER_VERB_BEFORE.search(text, lo, claim.start) if runs is None or not _OWNER_VERB_RUNS.isdisjoint(runs) \
            else None
        with_owner = False
        if m is None and "with" in text[lo:claim.start]:
            m = _WITH_OWNER_BEFORE.search(text, max(s_start, claim.start - 70), claim.start)
            with_owner = m is not None
        m = m or _LISTING_LABEL_BEFORE.search(text, lo, claim.start)
        if m is None:
            if runs is None or not _CARRIER_VERB_RUNS.isdisjoint(runs):
                carrier = _CARRIER_BEFORE.search(text, lo, claim.start)
                if carrier is not None and not _GENERIC_CARRIERS.intersection(carrier.group("label").split()):
                    # "The metro carried| 438 million passengers", "The city's buses carried| 108 million": one
                    # service's passengers, not all of them
                    return " ".join(context.singular(w) for w in carrier.group("label").split())
            return None
        label = m.group("label")
        if _PREPOSITION_BEFORE.search(text, max(s_start, m.start("label") - 12), m.start("label")):
            return None  # "households in Lanmore produced| 250,000 tonnes": a place, not who produced it
        if label.islower() and not with_owner and not (label.endswith("s") and not label.endswith("ss") and listing or labelled
                                    and _LAST_LISTED_LABEL.search(text, lo, m.start("label"))):
            # (", worth| some €950 million", ", taking| 41.2%": no label; "and independents| 3" is one, after the
            # listing's earlier figures, and so is "and trading| £4.9 million" after labelled ones; "The stadium,
            # opened in 1998, holds| 34,000" has none)
            return None
        words = [w for w in label.split() if w.lower() not in _OWNER_GENERIC]
        if not words or words[0].lower() in context.STOP_WORDS or context.is_place_name(label) \
                or any(w.lower() in _NO_OWNER for w in words):
            return None
        return " ".join(context.singular(w) for w in words).lower()

    def _business_owner(self, claim: Claim, s_start: int):
        """The company or body whose measure a figure is: "Orbis's revenue rose to $5.2 billion", "Orbis had a
        28% market share", "Orbis reported revenue of $5.2 billion", "the bank has 30m customers" (a match with
        the name as `label`, or None). Only for what a body owns: money, shares, and its customers or stores."""
        text = self.text
        if (claim.subject_head or "").lower() not in OWNED_MEASURES:
            return None  # (not "Norland's unemployment rate": an invented place's, or a country's emissions)
        lo = max(s_start, claim.start - 60)
        if "'" in text[lo:claim.start] or "’" in text[lo:claim.start]:
            first = claim.subject.split()[0]
            m = _POSSESSIVE_OWNER_BEFORE.search(text, lo, claim.start)
            if m is not None and first.lower() in m.group("words").lower().split():
                return m  # "Orbis's revenue rose to": the subject after the possessive is the owner's
        # (a name of two or three words before "today announced consolidated revenue of" may start further back)
        return _OWNING_VERB_BEFORE.search(text, max(s_start, claim.start - 100), claim.start)

    def _converted_hedge(self, claim: Claim, last: Claim) -> Claim:
        """A conversion in brackets keeps the hedge of what it converts: "more than 100 km (60 miles)" is more
        than 60 miles, "nearly 7 miles (11 km)" nearly 11 km."""
        if claim.qualifier != "exact" or last.qualifier in ("exact", "range") or last.kind != claim.kind \
                or not isinstance(claim.value, float) or not _CONVERSION_GAP.fullmatch(self.text, last.end, claim.start):
            return claim
        side = None
        if last.qualifier in ("approximate", "estimate"):
            side = "below" if last.upper == last.value else "above" if last.lower == last.value else None
        lower, upper, lower_inclusive, upper_inclusive = hedges.bounds(claim.value, hedges.Hedge(last.qualifier, side))
        return claim.model_copy(update={"qualifier": last.qualifier, "lower": lower, "upper": upper,
                                        "lower_inclusive": lower_inclusive, "upper_inclusive": upper_inclusive})

    def _counts_the_text(self, claim: Claim, s_start: int) -> bool:
        """A small count of questions, points, sections... that the text itself makes: "this article
        answers four questions", "Two points are criticised". Not "22 goals", "lost 190 points"."""
        value = claim.value
        if not (isinstance(value, float) and value == int(value) and 1 <= value <= 10) or claim.change is not None:
            return False
        if claim.subject is not None and not all(w.lower() in _DISCOURSE_ADJECTIVES for w in claim.subject.split()[:-1]):
            return False  # "two powertrain options: ...": a kind of thing in the world ("two important ways: ..." is not)
        # The text must point at itself: a text noun ("this article"), "these"/"the following" right before the
        # count, a colon or a passive after it ("four questions:", "Two points are criticised"), or a
        # "First," opening the next sentence. "The team scored 2 points" counts something in the world.
        text = self.text
        if _TEXT_NOUN.search(claim.sentence) or _ITEMS_BEFORE.search(text, max(s_start, claim.start - 20), claim.start):
            return True
        sentence_end = _SENTENCE_END.search(text, claim.end)
        rest_end = sentence_end.start() if sentence_end else len(text)
        if _ITEMS_AFTER.match(text, claim.end, rest_end):
            return True
        return sentence_end is not None and _FIRST_NEXT.match(text, sentence_end.end()) is not None

    def _settle_dollar_sign(self, drafts: list[Draft]) -> None:
        """A bare "$" takes the currency the same document spells out for "$" ("$539,600 pesos"), still assumed."""
        spelled = {d.unit for d in drafts if d.extras.get("dollar_sign") and d.extras.get("named_currency")}
        if len(spelled) != 1:
            return
        code = spelled.pop()
        for d in drafts:
            if d.extras.get("dollar_sign") and not d.extras.get("named_currency") and d.currency_assumed:
                d.unit = code

    def _main_country(self) -> Optional[str]:
        """The country a document is mostly about: what "across the country" refers to."""
        return context.main_country(self.text)

    def _runs(self, s_start: int, s_end: int) -> set[bytes]:
        """prefilter.words() of the sentence text[s_start:s_end] (the document's own when it is one sentence)."""
        text = self.text
        if (s_start == 0 or text[:s_start].isspace()) and (s_end == len(text) or text[s_end:].isspace()):
            if self._text_runs is None:
                self._text_runs = words(text)
            return self._text_runs
        return words(text[s_start:s_end])

    def _sentence(self, s_start: int, s_end: int, runs: Optional[set[bytes]] = None) -> list[Draft]:
        text = self.text
        if runs is None:
            runs = self._runs(s_start, s_end)
        taken: list[tuple[int, int]] = []
        drafts: list[Draft] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        # The sentence's context reads the same dates again for the periods of its claims.
        for date in self._context(s_start, s_end).dates(s_start, s_end):
            if self.noise.covering(date.start, date.end) not in (None, "day of month", "code" if date.year_part else None):
                continue  # (a day of a month is noise only where no date reads it with its year; "Q3" of "Q3 2023")
            draft = self._date_draft(date)
            if draft is None:
                continue
            drafts.append(draft)
            taken.append((draft.start, draft.end))

        # The pattern starts with "^": it can match only where the text starts.
        opener = DISCOURSE_OPENERS.match(text, s_start, s_end) \
            if s_start == 0 and may_start_with(lead(text[:s_end][:40]), _OPENER_LEADS) else None
        for rank in find_ranks(text, s_start, s_end, runs):
            tier = rank.scope == "tier"  # ("Tier 2": a label's number, and a rank of its own)
            # (noise is looked for where the rank starts: a label inside what is ranked is still ranked, "the
            # second slowest Category 1 response times")
            if not free(rank.start, rank.end) or not tier and self.noise.covering(rank.start, rank.start + 1):
                continue
            if opener and rank.start < opener.end():
                continue
            if not tier and not self._is_rank_context(rank.start, rank.end, s_start):
                if not text[rank.start].isdigit():
                    continue
                after = text[rank.end:rank.end + 20]
                if _PART_AFTER_ORDINAL.match(after) or _KIND_AFTER_ORDINAL.match(after):
                    taken.append((rank.start, rank.end))  # "the 2nd quarter": an ordinal still, never a count
                    continue
                earlier = next((d for d in reversed(drafts) if d.kind == "rank"), None)
                if earlier is not None and _LISTED_RANK_BEFORE.search(text, max(s_start, rank.start - 40), rank.start):
                    # "Peru ranked 25th on the index and Ecuador| 39th": the next item of the ranking's list
                    rank = dataclasses.replace(rank, scope=earlier.scope)
                # (else a position in no ranking the sentence names, "(41st)", "the 21st": a rank still, never a
                # count, and in no ranking group)
            drafts.append(Draft(rank.start, rank.end, "rank", float(rank.position), float(rank.position),
                                float(rank.position), scope=rank.scope, number_end=rank.end,
                                text_is_one_of=text[rank.start:rank.end].lower().startswith("one of")))
            taken.append((rank.start, rank.end))

        # "Exports doubled to $4 billion", "the budget was halved": a multiplier said by its verb.
        for m in _MULTIPLIER_VERB.finditer(text, s_start, s_end) if not _MULTIPLIER_RUNS.isdisjoint(runs) else ():
            if not free(m.start(), m.end()) or self.noise.covering(m.start(), m.end()):
                continue
            factor, change = _MULTIPLIER_VERBS[fold(m.group("verb"))]
            draft = Draft(m.start(), m.end(), "quantity", factor, factor, factor, unit=units.FOLD, change=change,
                          number_end=m.end())
            hedged = hedges.PREFIX_PATTERN.search(text, max(s_start, m.start() - 25), m.start())
            if hedged and not free(hedged.start(), m.start()):
                hedged = None
            if hedged:
                # "more than doubled", "nearly tripled": the hedge bounds the factor
                hedge = hedges.lookup(hedged.group("hedge"), hedges.PREFIX_HEDGES)
                draft.start = hedged.start()
                draft.lower, draft.upper, draft.lower_inclusive, draft.upper_inclusive = hedges.bounds(factor, hedge)
                draft.qualifier = hedge.qualifier
            lo = max(s_start, m.start() - 60)
            doer = _NOUN_BEFORE_VERB.search(text, lo, m.start())
            if doer and doer.group("noun").lower() not in context.STOP_WORDS:
                # "Exports doubled", "the budget was halved", "the dropout rate in secondary schools halved"
                draft.subject = _head_through_phrases(text[lo:m.start()], doer.start("noun") - lo) \
                    or doer.group("noun")
            drafts.append(draft)
            taken.append((m.start(), m.end()))

        numbers = [n for n in find_numbers(text, s_start, s_end, runs)
                   if free(n.start, n.end) and not self.noise.covering(n.start, n.end)]
        i = 0
        while i < len(numbers):
            number = numbers[i]
            if number.value in _POPULATION_BASES and _PER_BEFORE.search(text, max(s_start, number.start - 12), number.start):
                i += 1  # "measured per 100,000 people": the size of the population a rate is counted in, no claim
                continue  # ("8.1 per 100,000" reads it with the 8.1, before this is reached)
            follower = numbers[i + 1] if i + 1 < len(numbers) else None
            draft, consumed = self._number_draft(number, follower, s_start, s_end)
            i += consumed
            if draft is None or not free(draft.start, draft.end):
                continue
            drafts.append(draft)
            taken.append((draft.start, draft.end))

        drafts.sort(key=lambda d: d.start)
        drafts = self._merge_bounds(drafts)
        self._mark_time_frames(drafts, s_start, s_end)
        return drafts

    def _merge_bounds(self, drafts: list[Draft]) -> list[Draft]:
        """"more than 10 and less than 20" states one interval, (10, 20): one claim, not two."""
        if len(drafts) < 2:
            return drafts
        out: list[Draft] = []
        i = 0
        while i < len(drafts):
            d = drafts[i]
            if i + 1 < len(drafts):
                e = drafts[i + 1]
                pair = None
                if d.qualifier in _LOWER_BOUNDS and e.qualifier in _UPPER_BOUNDS:
                    pair = (d, e)
                elif d.qualifier in _UPPER_BOUNDS and e.qualifier in _LOWER_BOUNDS:
                    pair = (e, d)
                if pair is not None and d.kind == e.kind and d.unit == e.unit and d.change is None \
                        and _BOUND_JOIN.match(self.text, d.end, e.start) and _BOUND_JOIN.match(self.text, d.end, e.start).end() == e.start:
                    low, high = pair
                    if isinstance(low.lower, float) and isinstance(high.upper, float) and low.lower < high.upper:
                        midpoint = (low.lower + high.upper) / 2
                        merged = Draft(d.start, e.end, d.kind, midpoint, low.lower, high.upper, low.lower_inclusive,
                                       high.upper_inclusive, "range", d.unit, d.currency_assumed or e.currency_assumed,
                                       None, per=e.per or d.per, number_end=e.end)
                        merged.extras = {**d.extras, **e.extras}
                        out.append(merged)
                        i += 2
                        continue
            out.append(d)
            i += 1
        return out

    def _mark_time_frames(self, drafts: list[Draft], s_start: int, s_end: int) -> None:
        """A date that times other numbers ("In 2010, 147 victims") is the period of those, not an event."""
        text = self.text
        for d in drafts:
            if d.kind != "date":
                continue
            if not _TIME_FRAME_BEFORE.search(text, max(s_start, d.start - 10), d.start):
                continue
            clause_start, clause_end = context.clause_around(text, s_start, s_end, d.start)
            timed = any(o.kind in MEASURE_KINDS and clause_start <= o.start < clause_end for o in drafts)
            if timed:
                d.time_frame = True

    # -------------------------------------------------------------- dates

    def _date_draft(self, date: DateMention) -> Optional[Draft]:
        text = self.text
        if date.bare_year:
            before = text[max(0, date.start - 25):date.start]
            after = text[date.end:date.end + 30]
            # "2000 people" counts people; "in 2000 people..." is rare enough to read as a year.
            plural = _PLURAL_NOUN_AFTER.match(after)
            # ("the 2021 census", "its 2019 status": a singular in -s leaves the year a year)
            if plural and context.is_plural(plural.group().strip()) and not _TEMPORAL_BEFORE.search(before):
                return None
            if _PERCENT.match(after) or currency.PREFIX_PATTERN.search(before) or _SCALE_AFTER.match(after):
                return None
            if units.UNIT_PATTERN.match(after) or units.DURATION_PATTERN.match(after):
                return None
            bound = hedges.PREFIX_PATTERN.search(before) if may_end_with(tail(before), hedges.PREFIX_ENDING) else None
            if bound and hedges.lookup(bound.group("hedge"), hedges.PREFIX_HEDGES).qualifier in _BOUNDS \
                    and _NO_NOUN_AFTER.match(after) and not _FIGURE_END.search(before, 0, bound.start()):
                # "above 1000 and below 1500", "more than 1999": a bound on a number, not a year ("38% below 1990
                # levels" and "rose 4% over 2019" compare with one)
                return None
        if date.is_range:
            return Draft(date.start, date.end, "date", None, date.lower, date.upper, qualifier="range",
                         number_end=date.end)
        circa = _CIRCA_BEFORE.search(text, max(0, date.start - 8), date.start) if date.bare_year else None
        if circa is not None:
            # "founded c. 1520": a historian's estimate, within some years either way
            year = int(date.value[:4])
            return Draft(circa.start(), date.end, "date", date.value, str(year - _CIRCA_YEARS),
                         str(year + _CIRCA_YEARS), qualifier="approximate", number_end=date.end)
        return Draft(date.start, date.end, "date", date.value, date.value, date.value, number_end=date.end)

    # -------------------------------------------------------------- ranks

    def _is_rank_context(self, start: int, end: int, s_start: int) -> bool:
        text = self.text
        word = text[start:end].lower()
        if word.startswith(("number", "no.", "one of")):
            return True
        before = text[max(s_start, start - 20):start]
        after = text[end:end + 20]
        # "one third", "two fifths": fractions, not ranks. "30 second delay": a duration.
        if _COUNT_BEFORE_ORDINAL.search(before):
            return False
        if word == "second" and _PER_BEFORE.search(before):
            return False  # "0.42 cubic metres per second": a unit of time
        # An ordinal must qualify something: "the second lucrative market", "first country", "the third".
        if _ENDS_CLAUSE.match(after) and not _RANK_VERB_BEFORE.search(before):
            return False
        if text[start].isupper() and start > s_start and _CAPITALISED_WORD_BEFORE.search(text, max(s_start, start - 30), start):
            return False  # "the Literacy First programme": a word of a name
        if _PART_AFTER_ORDINAL.match(after) and word.isalnum() \
                and not (_PLACE_IN_A_RANKING.match(after) and _TO_A_PLACE_BEFORE.search(before)):
            return False  # "the second point": a part of the text (not "the third-largest entry point", nor
            # "slipped to second place among coastal destinations")
        if _KIND_AFTER_ORDINAL.match(after) and word.isalnum():
            return False  # "second-rate", "first class" (not "the second-highest hunger rate")
        # "Volkswagen first introduced it", "was first launched": an adverb of time before a verb, unless a
        # determiner makes it an adjective ("the first elected mayor").
        if word == "first" and _VERB_AFTER_FIRST.match(after) and not _DETERMINER_BEFORE.search(before):
            return False
        return True

    # -------------------------------------------------------------- numbers

    def _number_draft(
        self, number: NumberMention, follower: Optional[NumberMention], s_start: int, s_end: int
    ) -> tuple[Optional[Draft], int]:
        text = self.text
        start, end, value = number.start, number.end, number.value

        prefix = self._read_prefix(start, s_start)
        start = prefix["start"]
        suffix = self._read_suffix(end, s_end, prefix.get("currency"), number)
        end = suffix["end"]

        # "a quarter point", "half a percentage point": a fraction of a percentage point, a difference of two
        # shares ("60 basis points" is 0.6 of one), not a share of a half.
        point = _POINT_AFTER_FRACTION.match(text, end, s_end) if number.fraction and 0 < value < 1 else None
        if point is not None:
            draft = self._build(start, point.end(), value, prefix, {**suffix, "end": point.end(), "percent": True},
                                number, s_start=s_start, s_end=s_end)
            return draft, 1

        # A fraction of a plural ("two thirds of the victims", "half of those screened") is a share, in percent;
        # of one thing ("two thirds of the cake") it stays a number.
        # A fraction that is a change is one in percent too: "cut forced labour by half", "rose by a third".
        if number.fraction and 0 < value < 1 and not suffix["consumed_words"] and \
                (self._is_share_of_many(suffix["end"], s_end) or prefix.get("change") is not None):
            share_suffix = {**suffix, "percent": True}
            if prefix.get("hedge") is None and number.in_words:
                # "fell by a third", "two thirds of the victims": a fraction in words rounds what it says as
                # "about" does (a fall from 45,755 to 29,437 is 35.7%); "1/3" in figures is what it says
                prefix = {**prefix, "hedge": hedges.Hedge("approximate")}
            draft = self._build(start, end, float(f"{value * 100:.12g}"), prefix, share_suffix, number,
                                s_start=s_start, s_end=s_end)
            return draft, 1

        # "randomized 2:1", "in a 1:1 ratio": how a trial split its patients, no figure of anything
        if follower is not None and not follower.in_words and follower.value is not None and follower.value <= 9 \
                and value is not None and value <= 9 and _TO_ONE_GAP.fullmatch(text, end, follower.start) \
                and (_ALLOCATION_BEFORE.search(text, max(s_start, start - 30), start)
                     or _RATIO_WORD_AFTER.match(text, follower.end, s_end)):
            return None, 2
        # "a pupil-teacher ratio of 48:1": one figure, the ratio to one; the "1" is no count of its own (two
        # ratios are no parts of a whole).
        if follower is not None and follower.value == 1 and not follower.in_words and not suffix["consumed_words"] \
                and _TO_ONE_GAP.fullmatch(text, end, follower.start) and not text[follower.end:follower.end + 1].isdigit():
            draft = self._build(start, end, value, prefix, suffix, number, s_start=s_start, s_end=s_end)
            if draft is not None:
                draft.end = follower.end
            return draft, 2

        # "29 per 100,000 inhabitants", "12 deaths per 1,000 live births": the round number after "per" is the
        # size of the population the figure is counted in, a unit of the measure, not a claim of its own.
        # ("one inspector for every 2,900 beekeepers": one of a thing for so many of another, whatever the base)
        if follower is not None and not follower.in_words \
                and (follower.value in _POPULATION_BASES or value == 1 and not suffix["consumed_words"]
                     and not _TIME_AFTER_BASE.match(text, follower.end, s_end)
                     and not _IN_EVERY_BEFORE.search(text, max(s_start, follower.start - 10), follower.start)) \
                and _PER_BASE_JOIN.fullmatch(text, suffix["end"], follower.start):
            draft = self._build(start, end, value * suffix["multiplier"], prefix, suffix, number, s_start=s_start,
                                s_end=s_end)
            if draft is not None and draft.per is None:
                draft.end = follower.end  # the span shows the basis: "29 per 100,000"
            return draft, 2

        # Ratios: "one in ten schools", "three out of four voters" are shares, in percent.
        ratio = _RATIO_JOIN.match(text, number.end, follower.start) if follower is not None else None
        if ratio is not None and follower is not None and ratio.end() == follower.start and not suffix["consumed_words"] \
                and 0 < value < follower.value and (not ratio.group("noun") or (
                    follower.value <= 100 and _RATIO_END.match(text, follower.end))):
            share = value / follower.value * 100
            ratio_suffix = {"end": follower.end, "multiplier": 1.0, "consumed_words": True, "percent": True}
            draft = self._build(start, follower.end, float(f"{share:.12g}"), prefix, ratio_suffix, number,
                                s_start=s_start, s_end=s_end)
            return draft, 2

        # Ranges: "between 8 and 22", "from 2004 to 2009", "4,000-5,000", "20 to 30 per cent", "$3 to $5 billion".
        if follower is not None:
            draft, consumed = self._range_draft(number, follower, prefix, suffix, start, end, s_start, s_end)
            if draft is not None:
                return draft, consumed

        if number.in_words and value == 0 and (_NET_BEFORE.search(text, max(s_start, number.start - 5), number.start)
                                               or _ZERO_CONCEPT_AFTER.match(text, number.end, s_end)):
            return None, 1  # "net zero by 2045", "zero tolerance", "zero-carbon": a goal or a label, no count
        if number.in_words and value == 1 and not (suffix.get("unit") or suffix.get("currency")
                                                   or suffix.get("percent") or suffix.get("scale")
                                                   or suffix.get("duration")):
            if self._one_is_not_a_count(number.start, number.end, s_start):
                return None, 1
        draft = self._build(start, end, value * suffix["multiplier"], prefix, suffix, number, s_start=s_start,
                            s_end=s_end)
        if draft is not None and draft.kind == "count" and draft.per is None \
                and "per " in text[draft.end:draft.end + 40]:
            per_word_base = _PER_WORD_BASE.match(text, draft.end, s_end)
            if per_word_base is not None:
                draft.end = per_word_base.end()  # "31 road deaths per million people": the span shows the basis
        return draft, 1

    def _range_draft(self, number: NumberMention, follower: NumberMention, prefix: dict, suffix: dict,
                     start: int, end: int, s_start: int, s_end: int) -> tuple[Optional[Draft], int]:
        """A range and the 2 numbers it consumed; or the first number of "rose from 3 to 5 million", with the
        unit and scale written once at the end, and 1; or (None, 0) where the two numbers are no pair."""
        text = self.text
        joint = text[number.end:follower.start] if not suffix["consumed_words"] else text[end:follower.start]
        join = _RANGE_JOIN.match(joint)
        if not join:
            return None, 0
        second_prefix = {}
        if join.group("currency"):
            cur = currency.prefix_currency(join.group("currency"))
            if prefix.get("currency") is None or cur is None or cur.code != prefix["currency"].code:
                return None, 0  # "$5 to €7" is two amounts
            second_prefix["currency"] = cur
        lead = _RANGE_LEAD.search(text[max(s_start, start - 30):start])
        if lead is None and join.group("word") and join.group("word").lower() == "to" \
                and text[max(s_start, start - 3):start].lower() == "by " and 0 < 5 * number.value < follower.value:
            # "increased by 1,200 to 12,400": a change, then the level it reached (a range of a change is
            # narrower: "rose by 10 to 15 per cent")
            return None, 0
        is_and = join.group("word") and join.group("word").lower() == "and"
        if is_and and not lead:
            return None, 0
        second_suffix = self._read_suffix(follower.end, s_end, prefix.get("currency"), follower)
        unit_first = suffix.get("unit") or suffix.get("percent") or suffix.get("currency")
        unit_second = second_suffix.get("unit") or second_suffix.get("percent") or second_suffix.get("currency")
        if unit_first and unit_second and (unit_first != unit_second
                                           or bool(suffix.get("points")) != bool(second_suffix.get("points"))):
            return None, 0  # (and "fell 0.3 percentage points to 4.1%": a change in points, then a level)
        if unit_first and not unit_second and not join.group("currency"):
            return None, 0  # "rose 0.1% to 1,333.18": a change, then a level
        merged = {**second_suffix}
        for key in ("unit", "percent", "currency", "duration", "age"):
            merged[key] = second_suffix.get(key) or suffix.get(key)
        low = number.value * suffix["multiplier"]
        high = follower.value * second_suffix["multiplier"]
        first_scaled = number.scale > 1 or suffix.get("scale")
        second_scale = (follower.scale if follower.scale > 1 else 1.0) * \
            (second_suffix["multiplier"] if second_suffix.get("scale") else 1.0)
        from_lead = lead is not None and lead.group("lead").lower() == "from"
        downwards = from_lead and low > high and not _RANGED_BEFORE.search(text, max(s_start, start - 30), start)
        from_at = lead.start() + max(s_start, start - 30) if lead is not None else start
        if from_lead and (downwards or self._change_leads_to(from_at, s_start, reach=from_at - start + 70)):
            # "grew from $25 million to $38 million", "cutting journey times from 52 to 38 minutes": two levels
            # at two times, not a range. The first may have its scale and unit written after the second: "rose
            # from 3 to 5 million", "from 52 to 38 minutes".
            inherit_scale = not first_scaled and second_scale > 1 and 0.1 <= low * second_scale / high <= 10
            inherit_unit = not (unit_first or suffix.get("duration")) and not second_prefix \
                and (unit_second or second_suffix.get("duration"))
            if not inherit_scale and not inherit_unit:
                return None, 0
            first_suffix = {**suffix, **{key: suffix.get(key) or second_suffix.get(key)
                                         for key in ("unit", "percent", "currency", "duration", "age")}}
            return self._build(start, end, low * (second_scale if inherit_scale else 1.0), prefix, first_suffix,
                               number, s_start=s_start, s_end=s_end), 1
        if not first_scaled and second_scale > 1:
            # "four to five thousand", "$89 to $93 billion": the scale is written once, at the end
            if low * second_scale <= high:
                low *= second_scale
            elif low > 0 and high / low > 1000:
                return None, 0  # "in 2018 to 3.9 million": not one range
        if prefix.get("change") and not lead and join.group("word").lower() == "to" \
                and (unit_first or prefix.get("currency")) and 0 < 5 * low < high:
            # "increased by $43.6 billion to $419.2 billion": a change, then the level it reached. (A range of
            # a change is narrower: "rose 10% to 15%" may be either, "rose 0.5% to 3.2%" is not a range.)
            return None, 0
        range_start = lead.start() + max(s_start, start - 30) if lead else start
        if low > high and (lead and lead.group("lead").lower() == "between" or
                           _RANGED_BEFORE.search(text, max(s_start, start - 30), start)):
            low, high = high, low  # "temperatures ranged from -18 °C to -34 °C": the same span, written downwards
        return self._build(range_start, second_suffix["end"], None, prefix, merged, number,
                           low=low, high=high, s_start=s_start, s_end=s_end), 2

    def _starts_a_change(self, draft: Draft, s_start: int, s_end: int) -> bool:
        """Whether the draft is the first level of "rose from X to Y" (and not a range: "ranged from X to Y")."""
        from_ = _FROM_BEFORE.search(self.text, max(s_start, draft.start - 8), draft.start)
        if from_ is None or _TO_LEVEL_AFTER.match(self.text, draft.end, s_end) is None:
            return False
        return self._change_leads_to(from_.start(), s_start, reach=40)

    def _change_leads_to(self, from_start: int, s_start: int, reach: int) -> bool:
        """Whether the "from" at ``from_start`` opens where a change started: a change word at most ``reach``
        characters before it ("rose from"), or an earlier change whose verb this one leaves out ("rose from
        18% to 24%, and among women from 20% to 30%")."""
        if _CHANGED_FROM.search(self.text, max(s_start, from_start - reach), from_start) is not None:
            return True
        elided = _ELIDED_CHANGE_BEFORE.search(self.text, s_start, from_start)
        return elided is not None and _CHANGED_FROM.search(self.text, max(s_start, elided.start() - 80),
                                                           elided.start()) is not None

    def _is_share_of_many(self, end: int, s_end: int) -> bool:
        """Whether "of" and a plural follow: "of the victims", "of all voters", "of those screened"."""
        m = _SHARE_OF.match(self.text, end, s_end)
        if m is None:
            return False
        if m.group("pronoun") is not None or m.group("all") is not None or m.group("figure") is not None \
                or m.group("group") is not None or context.is_plural(m.group("noun")):
            return True  # ("half of all spending": a share)
        # ("a third of young women": the plural after its adjectives)
        following = _NEXT_WORD.match(self.text, m.end("noun"), s_end)
        return following is not None and following.group(1).lower() not in context.STOP_WORDS \
            and context.is_plural(following.group(1))

    def _one_is_not_a_count(self, start: int, end: int, s_start: int) -> bool:
        after = self.text[end:end + 20]
        before = self.text[max(s_start, start - 12):start]
        if _ONE_NOT_COUNT_AFTER.match(after) or _ONE_NOT_COUNT_BEFORE.search(before):
            return True
        return not _WORD_AFTER.match(after)

    def _read_prefix(self, start: int, s_start: int) -> dict:
        """Currency symbol, hedge and change words written before the number, nearest first."""
        text = self.text
        found: dict = {"start": start}
        window_start = max(s_start, start - 60)
        before = text[window_start:start]
        ends = tail(before)  # the patterns below run only where this says they can match
        m = currency.PREFIX_PATTERN.search(before) if may_end_with(ends, currency.PREFIX_ENDING) else None
        if m and m.group("currency") in currency.INITIALISM_CODES and not _LARGE_AMOUNT.match(text, start):
            m = None  # "File the SAR 12 form": an initialism; "SAR 269 billion", "AED 12,500" are money
        if m:
            found["currency"] = currency.prefix_currency(m.group("currency"))
            found["start"] = window_start + m.start("currency")
            before = before[: m.start("currency")]
            ends = tail(before)
            # "the equivalent of US $4.2 million": the span keeps the currency, not "the equivalent of".
        m = hedges.PREFIX_PATTERN.search(before) if may_end_with(ends, hedges.PREFIX_ENDING) else None
        if m is None and ends[0] in ("a", "an") and _MULTIPLIER_AHEAD.match(text, start):
            # "nearly a threefold increase": the hedge before the article
            article = before.rstrip()[:-len(ends[0])]
            m = hedges.PREFIX_PATTERN.search(article) if may_end_with(tail(article), hedges.PREFIX_ENDING) else None
        if m and fold(m.group("hedge")) == "over" and _CHANGED_BEFORE_OVER.search(before, 0, m.start("hedge")) \
                and _DURATION_AHEAD.match(text, start):
            return found  # "a 45 per cent increase over 10 years": the time the change took, not "more than"
        if m and fold(m.group("hedge")) == "up to" and _UP_VERB_BEFORE.search(before, 0, m.start("hedge")):
            # "was revised up to 157,652", "prices went up to $5": the level a change reached, no bound ("the shares
            # add up to 104%": their total)
            m = None
        if m:
            found["hedge"] = hedges.lookup(m.group("hedge"), hedges.PREFIX_HEDGES)
            found["start"] = window_start + m.start("hedge")
            before = before[: m.start("hedge")]
            ends = tail(before)
        plus = _PLUS_BEFORE.search(before) if before.endswith(("+", "+\n")) else None
        if plus and "hedge" not in found and "currency" not in found:
            found["change"] = "up"  # "Nasdaq +0.8%"
            found["start"] = window_start + plus.start()
            before = before[: plus.start()]
            ends = tail(before)
        if "change" not in found and before.endswith(" "):
            focus = _FOCUS_BEFORE.search(before)
            if focus is not None:
                # "grew by just 3%", "fell a further 2%": the word that weighs the change hides the change verb
                before = before[:focus.start()]
                ends = tail(before)
        m = hedges.CHANGE_PATTERN.search(before) \
            if "change" not in found and may_end_with(ends, hedges.CHANGE_ENDING) else None
        if m is None and "change" not in found and before.endswith("by "):
            # "Sweden's spending rose 12% in 2023 and Finland's by| 54%": the verb of the change before, left out
            elided = _ELIDED_BY_BEFORE.search(text, max(s_start, start - 40), start)
            earlier = DIGIT_RUN_BEFORE.search(text, s_start, elided.start()) if elided is not None else None
            m = hedges.CHANGE_PATTERN.search(text, max(s_start, earlier.start() - 60), earlier.start()) \
                if earlier is not None else None
            before = text[s_start:earlier.start()] if m is not None else before
        if m and hedges.states_change(m, before):
            found["change"] = "down" if (m.group("down") or m.group("down_by")) else "up"
            # (verbs that may take what they lost or dropped as their object: read again once the unit is known)
            found["lost"] = fold(m.group("down") or "") in ("lost", "loses", "losing", "dropped", "drops", "dropping")
        return found

    def _read_suffix(self, end: int, s_end: int, prefix_currency, number: NumberMention) -> dict:
        """Scale, currency name, percent sign, unit or duration written after the number."""
        text = self.text
        found: dict = {"end": end, "multiplier": 1.0, "consumed_words": False}
        if prefix_currency is not None and prefix_currency.scale != 1.0:
            found["multiplier"] = prefix_currency.scale  # "MAUD 60"
        after = text[end:min(s_end, end + 60)]
        glued = end < len(text) and not text[end:end + 1].isspace()
        starts = lead(after)  # the patterns below run only where this says they can match
        scale = self._scale_after(after, glued, prefix_currency, number, s_end, end, starts)
        if scale is not None:
            word, size, length = scale
            found["multiplier"] *= size
            found["scale"] = word
            found["end"] += length
            after = after[length:]
            found["consumed_words"] = True
            starts = lead(after)
        m = _PERCENT.match(after) if may_start_with(starts, _PERCENT_LEADS) else None
        if m:
            found["percent"] = True
            # "percentage points", "pp": a difference of two shares, not a share
            found["points"] = m.group().lstrip()[:2].lower() == "pp" or "point" in m.group().lower() \
                or m.group("basis") is not None
            if m.group("basis"):
                found["multiplier"] *= 0.01  # "150 basis points" is 1.5 percentage points
            found["end"] += m.end()
            found["consumed_words"] = True
            return self._suffix_hedge(found, s_end)
        m = _POINTS_OF_SHARES.match(after) if "pt" in after[:6].lower() or "point" in after[:8].lower() else None
        if m:
            # "rose 9 points to 41%", "up 3 points on 2019's 61%": bare points that link shares are percentage
            # points (an index's "fell 162 points to 7,425" links no share)
            found["percent"] = True
            found["points"] = True
            found["end"] += m.end()
            found["consumed_words"] = True
            return self._suffix_hedge(found, s_end)
        m = _TIMES_COMPARED.match(after) if starts and "times" in after[:12].lower() else None
        if m:
            found["unit"] = units.FOLD  # "five times more likely": a multiplier, compared
            found["compared"] = True
            found["end"] += m.end()
            found["consumed_words"] = True
            return found
        m = currency.SUFFIX_PATTERN.match(after) if may_start_with(starts, currency.SUFFIX_LEADS) else None
        if m is None and glued and prefix_currency is None and _GLUED_PENCE.match(after) \
                and not found.get("scale") and number.value not in _SCREEN_LINES \
                and ("£" in text or _PRICE_WORDS.search(text, max(0, number.start - 80), s_end)):
            # "a dividend of 8.4p", "287p a share", in a document that counts in pounds; "a stamp now costs 135p",
            # a price: pence
            found["currency"] = currency.suffix_currency("pence")
            found["multiplier"] *= currency.MINOR_UNITS["pence"]
            found["end"] += 1
            found["consumed_words"] = True
            return self._suffix_hedge(found, s_end)
        if m:
            name = " ".join(m.group("currency").lower().split())  # ("US  cents": one name)
            is_pound = name in currency.AMBIGUOUS_WEIGHT_OR_MONEY
            if not is_pound or found.get("scale") or prefix_currency:
                cur = currency.suffix_currency(m.group("currency"))
                words = name.split()
                key = words[-1].rstrip("s")
                if len(words) > 1 and cur is not None:
                    # "1,800 CFA francs": the francs this document means when it later writes "1,800 francs"
                    self._named_currencies.setdefault(key, cur)
                elif cur is not None and cur.assumed and key in self._named_currencies:
                    cur = self._named_currencies[key]
                found["currency"] = cur
                if cur is not None and cur.scale != 1.0:
                    found["multiplier"] *= cur.scale  # "30 MUSD"
                if name in currency.MINOR_UNITS and not prefix_currency:
                    found["multiplier"] *= currency.MINOR_UNITS[name]
                found["end"] += m.end()
                found["consumed_words"] = True
                rest = text[found["end"]:min(s_end, found["end"] + 40)]
                later = _SCALE_AFTER.match(rest) if not found.get("scale") else None
                if later and later.group("scale").lower() in ("thousand", "million", "billion", "trillion", "bn", "mn"):
                    # "75 USD million"
                    from .numbers import SCALE_ABBREVIATIONS, SCALE_WORDS

                    key = later.group("scale").lower()
                    found["multiplier"] *= SCALE_WORDS.get(key) or SCALE_ABBREVIATIONS[key]
                    found["end"] += later.end()
                elif name not in currency.MINOR_UNITS and number.value == int(number.value) \
                        and not found.get("scale"):
                    minor = _MINOR_AFTER.match(rest)
                    if minor and (minor.group("cents") or minor.group("end") is not None):
                        from .numbers import parse_number

                        cents = parse_number(minor.group("minor"))
                        if cents is not None and 0 < cents < 100:
                            found["minor"] = cents / 100  # "15 dollars 50", "13 dollars and 45 cents"
                            found["end"] += minor.end()
                return self._suffix_hedge(found, s_end)
        m = _AGE_AFTER.match(after) if may_start_with(starts, _AGE_LEADS) else None
        if m:
            found["duration"] = units.duration_unit(m.group("unit"))  # "18-month-old": an age in months
            found["age"] = True
            found["end"] += m.end()
            return self._suffix_hedge(found, s_end)
        m = units.DURATION_PATTERN.match(after) if may_start_with(starts, units.DURATION_LEADS) else None
        if m and m.group("unit") == "Year" and after[m.end():m.end() + 2].strip()[:1].isdigit():
            m = None  # "3,200 Year 7 pupils": a school year's name, not a duration
        if m and m.group("unit").lower() in ("days", "nights") \
                and _ON_DAYS_BEFORE.search(text, max(0, number.start - 30), number.start):
            m = None  # "the limit was exceeded on 47 days": a count of days on which it happened, not a length
        if m and m.group("unit").lower().startswith(("working", "business")) \
                and not _LENGTH_OF_TIME_BEFORE.search(text, max(0, number.start - 30), number.start):
            m = None  # "2.7 million working days were lost": a count of days (but "within three working days")
        if m and (m.group("gap").strip() == "" or m.group("gap").strip() == "-"):
            surface = m.group("unit")
            if not (len(surface) <= 2 and not glued) or surface.lower() in ("yr", "yrs"):
                found["duration"] = units.duration_unit(surface.lstrip("-"))
                found["end"] += m.end()
                found["consumed_words"] = True
                compound = _COMPOUND_DURATIONS.get(found["duration"])
                cm = compound[0].match(text, found["end"], min(s_end, found["end"] + 30)) if compound else None
                if cm is not None:
                    found["minor"] = float(cm.group("n")) / compound[1]  # "3 hours 20 minutes": 3.33 hours
                    found["end"] = cm.end()
                return self._suffix_hedge(found, s_end)
        if glued and after[:1] == "K" and not found.get("scale") and \
                _TEMPERATURE_WORDS.search(text, max(0, end - 80), min(s_end, end + 80)):
            found["unit"] = "kelvin"  # "573.15K" beside other temperatures
            found["end"] += 1
            return self._suffix_hedge(found, s_end)
        m = units.UNIT_PATTERN.match(after) if may_start_with(starts, units.UNIT_LEADS) else None
        if m and m.group("unit") in _PRIME_MARKS and not text[found["end"] - 1:found["end"]].isdigit():
            m = None  # ('the "Ready in Five" campaign': a quotation's close, not inches after a number in words)
        if m:
            surface = m.group("unit")
            ambiguous = surface.lower() in units.AMBIGUOUS_SURFACES \
                or surface.lower() == "tb" and _DISEASE_WORD_AFTER.match(after, m.end()) is not None
            if not ambiguous or glued or _CLOSES_UNIT.match(after[m.end():]) \
                    or surface in _UNITS_BEFORE_WORDS and _FUNCTION_WORD_AFTER.match(after, m.end()) \
                    or surface == "m" and _METRES_AFTER.match(after, m.end()):
                if not (prefix_currency and surface.lower() in ("m", "b")) and units.unit_name(surface) is not None:
                    found["unit"] = units.unit_name(surface)
                    if surface.lower() in units.RATE_SURFACES:
                        found["per"] = units.RATE_SURFACES[surface.lower()]  # "480,000 bpd": barrels a day
                    found["end"] += m.end()
                    found["consumed_words"] = True
                    per = _PER_UNIT.match(text, found["end"], s_end)
                    rest = text[per.end():min(s_end, per.end() + 30)] if per is not None else ""
                    over = units.UNIT_PATTERN.match(rest) if rest else None
                    if over is not None and units.unit_name(over.group("unit")) is not None \
                            and _CLOSES_UNIT_OR_WORD.match(rest, over.end()) \
                            and units.dimensionality(units.unit_name(over.group("unit"))) \
                            != units.dimensionality(found["unit"]):
                        # "212 g per kWh", "0.212 kg/kWh": an intensity, in a unit of a unit
                        found["unit"] = f"{found['unit']} / {units.unit_name(over.group('unit'))}"
                        found["end"] = per.end() + over.end()
                    compound = _COMPOUND_UNITS.get(found["unit"])
                    if compound is not None:
                        cm = compound[0].match(text, found["end"], min(s_end, found["end"] + 30))
                        if cm:
                            found["minor"] = float(cm.group("n")) / compound[1]  # "5 ft 2 in"
                            found["end"] = cm.end()
        return self._suffix_hedge(found, s_end)

    def _scale_after(self, after: str, glued: bool, prefix_currency, number: NumberMention, s_end: int,
                     end: int, starts: Optional[tuple] = None) -> Optional[tuple[str, float, int]]:
        """A scale word or letter after digits: (word, multiplier, length) or None.

        "2.4 million", "5k", "$4.2m", "10M", "1.2m tonnes", "35m of its devices" are scales;
        "5m tall", "a 100m sprint", "37m (121ft)" are metres, "4.5 m" is metres.
        """
        if number.in_words or number.scale > 1:
            return None
        if not may_start_with(lead(after) if starts is None else starts, _SCALE_LEADS):
            return None
        m = _SCALE_AFTER.match(after)
        if not m:
            return None
        raw = m.group("scale")
        word = raw.lower()
        rest = after[m.end():]
        money = prefix_currency is not None or bool(currency.SUFFIX_PATTERN.match(rest))
        if word == "t" and not (money and glued):
            return None  # "$2.174T" is trillions; "5 t" is tonnes
        if word in ("m", "b", "k"):
            spaced = not glued
            if word == "k":
                if raw == "K" and glued and _TEMPERATURE_WORDS.search(self.text, max(0, end - 80), min(s_end, end + 80)):
                    return None  # kelvin
                if spaced and not money and not _ENDS_CLAUSE_AFTER.match(rest):
                    return None
            elif word == "b":
                if spaced and not money and raw != "B":
                    return None
                if not money and raw == "b" and not number.decimals and number.value >= 1000:
                    return None  # "a 1500b packet": bytes or bits, not 1.5 trillion
                if spaced and raw == "B" and not _ENDS_OR_WORD_AFTER.match(rest):
                    return None
            else:  # m / M
                if not money:
                    if spaced and raw == "m":
                        return None  # "4.5 m": metres
                    if spaced and not _ENDS_OR_WORD_AFTER.match(rest):
                        return None
                    if raw == "m":
                        if _METRE_AFTER.match(rest) and not (
                                rest[:1] in ".,;" and _COUNTED_BEFORE.search(self.text, max(0, number.start - 80), number.start)):
                            # ("Employment rose to 33.1m.": what is counted before the figure makes it millions)
                            return None
                        following_unit = units.UNIT_PATTERN.match(rest) or currency.SUFFIX_PATTERN.match(rest)
                        if not (number.decimals or _OF_AFTER.match(rest) or following_unit
                                or number.has_separator or _COUNTED_PLURAL_AFTER.match(rest)):
                            return None  # "a 100m hurdle": an integer with a bare "m" stays metres
        from .numbers import SCALE_ABBREVIATIONS, SCALE_WORDS

        size = SCALE_WORDS.get(word.rstrip("s")) or SCALE_ABBREVIATIONS.get(word)
        if size is None:
            return None
        return word, float(size), m.end()

    def _suffix_hedge(self, found: dict, s_end: int) -> dict:
        window = self.text[found["end"]:min(s_end, found["end"] + 20)]
        m = hedges.SUFFIX_PATTERN.match(window) if may_start_with(lead(window), hedges.SUFFIX_LEADS) else None
        if m and m.group("hedge").lower().startswith("at ") \
                and _CONDITION_AFTER.match(self.text, found["end"] + m.end(), s_end):
            m = None  # "$50, at least until May": the bound is on the time, not on the amount
        if m:
            found["suffix_hedge"] = hedges.lookup(m.group("hedge"), hedges.SUFFIX_HEDGES)
            found["end"] += m.end()
        return found

    def _build(self, start, end, value, prefix, suffix, number: NumberMention, *, s_start, s_end,
               low=None, high=None) -> Optional[Draft]:
        text = self.text
        age_of = None  # the people whose age a bound gives ("children under five")
        person_age = False  # a person's age now ("Mara Holt, 44,"), as of the time of writing
        if suffix.get("currency") or prefix.get("currency"):
            kind = "money"
            cur = currency.settle(prefix.get("currency"), suffix.get("currency"))
            if cur is None:
                return None  # not reached: one of the two is a currency
            unit, assumed = cur.code, cur.assumed
        elif suffix.get("percent"):
            kind, unit, assumed = "percent", "percent", False
        elif suffix.get("duration"):
            kind, unit, assumed = "duration", suffix["duration"], False
        elif suffix.get("unit"):
            kind, unit, assumed = "quantity", suffix["unit"], False
        else:
            kind, unit, assumed = "count", None, False
            before = text[max(s_start, start - 20):start]
            magnitude_after = _MAGNITUDE_AFTER.match(text, end, s_end) if "agnitude" in text[end:end + 12] else None
            if "agnitude" in before and _MAGNITUDE_BEFORE.search(before) or magnitude_after is not None:
                # "a magnitude 7.8 earthquake", "the 7.8-magnitude quake": a reading on a scale, counted by nothing
                kind, unit = "quantity", units.MAGNITUDE
                if magnitude_after is not None:
                    end = magnitude_after.end()  # (the span holds its scale, as "7.8 km" holds its unit)
            elif may_end_with(tail(before), _AGED_ENDING) and _AGED_BEFORE.search(before) or \
                    _BETWEEN_AGES.match(text[start:end]):
                kind, unit = "duration", "year"
            elif prefix.get("hedge") is not None and prefix["hedge"].qualifier in _AGE_BOUNDS \
                    and _AGE_END.match(text, end, s_end):
                people = _PEOPLE_BEFORE.search(text, max(s_start, start - 25), start)
                if people:
                    kind, unit = "duration", "year"  # "children under five", "patients are over 65": an age
                    age_of = people.group("people")
            elif prefix.get("hedge") is None and value is not None and 1 <= value <= 120 and value == int(value) \
                    and before.endswith(", ") and text.startswith(",", end) and not number.in_words:
                person = _NAME_BEFORE_COMMA.search(before)
                if person:
                    kind, unit = "duration", "year"  # "Mara Holt, 44, becomes ...": the person's age
                    age_of = person.group("name")
                    person_age = True
            elif prefix.get("hedge") is None and value is not None and before.endswith(("than ", "than\t")):
                compared = _YOUNGER_OLDER.search(before)
                if compared and _AGE_END.match(text, end, s_end):
                    # "patients younger than 25", "a fifth are older than 65": an age, and a bound
                    kind, unit = "duration", "year"
                    prefix = {**prefix, "hedge": hedges.Hedge("less than" if compared.group(1).lower() == "younger"
                                                              else "more than")}
                    start = max(s_start, start - 20) + compared.start()
                    people = _PEOPLE_BEFORE.search(text, max(s_start, start - 25), start)
                    age_of = people.group("people") if people else None

        hedge = hedges.combine(prefix.get("hedge"), suffix.get("suffix_hedge"))
        if value is not None and suffix.get("minor"):
            value = _tidy_sum(value, suffix["minor"])
        if value is None:
            qualifier = "range"
            lower, upper, li, ui = low, high, True, True
            if lower is not None and upper is not None and lower > upper:
                return None
            if lower is not None and upper is not None:
                value = (lower + upper) / 2  # a numeric range's value is its midpoint; the bounds stay exact
        else:
            lower, upper, li, ui = hedges.bounds(value, hedge, _significant_digits(text[number.start:number.end]))
            qualifier = hedge.qualifier if hedge else "exact"
        change = prefix.get("change")
        if prefix.get("lost") and kind in ("quantity", "money") and (
                _OF_WHAT_AFTER.match(text, end, s_end)
                # (or people who lost it: "Victims of romance scams lost £92.9 million in 2023", their losses)
                or kind == "money" and _LOSERS_BEFORE.search(text, max(s_start, start - 90), start)):
            # "lost 48,200 hectares of forest", "lost $2 million in sales": how much of a thing was lost, a level
            # (as "48,200 hectares of forest were lost"); "the glacier loses 286 tonnes a year" is its change
            # ("Air tankers dropped 12 million litres of retardant": what they dropped)
            change = None
        if change is None and kind == "percent" and number.signed and value is not None and value < 0 \
                and text[number.start:number.start + 1] in "-−":
            change = "down"  # "FTSE -0.6%": a signed share is a change
        if change is None and kind in ("percent", "money", "count", "quantity"):
            after = _CHANGE_NOUN_AFTER.match(text, end, s_end)
            if after:
                change = "down" if after.group("down") else "up"  # "a 4.2 percent drop", "a $5m increase"
        if change is None and (kind == "percent" or kind == "quantity" and unit in units.TEMPERATURES):
            compared = _COMPARED_TO_BASE_AFTER.match(text, end, s_end)
            if compared:
                # "38% below 1990 levels", "3°C above the July average": a difference from the base
                change = "down" if compared.group("down") else "up"
        if unit == units.FOLD and change is None and not suffix.get("compared") \
                and not _COMPARED_AFTER.match(text, end, s_end):
            return None  # "a twofold aim": parts, not a multiplier; "tenfold higher than" compares
        if kind == "money" and qualifier == "exact" and value is not None and value > 0 and text[end:end + 1] == ")" \
                and _ACCOUNTING_OPEN.search(text, max(s_start, start - 12), start):
            # "Net income: ($1.2 million)", "revenue was (£3.4m)": accounts write a loss in brackets. (An
            # amount in brackets after another is a conversion: "5 million pesos ($250,000)".)
            value, lower, upper = -value, -upper, -lower
            li, ui = ui, li
        draft = Draft(start, end, kind, value, lower, upper, li, ui, qualifier, unit, assumed,
                      change, number_end=end)
        if age_of is not None:
            draft.subject = age_of
        if person_age:
            draft.extras["person_age"] = True
        if kind == "money" and prefix.get("currency") is not None and prefix["currency"].code == "USD" \
                and prefix["currency"].assumed:
            draft.extras["dollar_sign"] = True
            draft.extras["named_currency"] = suffix.get("currency") is not None
        if kind in ("count", "money", "percent", "quantity", "duration") and unit != units.FOLD:
            # ("26 million hours a day" streamed, "12 hours a day" worked: a duration per time)
            # (a multiplier has no rate: "rose 2.5-fold in a year" says how fast, not how much per year)
            rate = (suffix["per"], end, end) if suffix.get("per") else context.find_rate(text, end, s_end)
            whole_unit = _FRACTION_OF_A_UNIT.match(text, end, s_end) if number.fraction and kind == "count" else None
            if whole_unit is not None:
                # "half an hour", "a quarter of a century": a part of one unit of time, not a rate per unit
                draft.kind, draft.unit, draft.end = "duration", units.duration_unit(whole_unit.group("unit")), whole_unit.end()
                return draft
            if rate is None and value is not None:
                period_before = context.find_rate_before(text, s_start, start)
                if period_before is not None:
                    rate = (period_before, end, end)  # (the span stays the number's)
            if rate and kind == "count" and _AVERAGE_HELD_BEFORE.search(text, max(s_start, start - 60), end):
                rate = None  # "prisons held an average of 4,528 prisoners a day": how many on a day, no flow
            if rate:
                period, r_start, r_end = rate
                if kind == "count":
                    draft.kind = "rate"
                draft.per = period
                if r_end > end and not text[end:r_start].strip():
                    draft.end = r_end  # "24,000 a day": the rate words belong to the span
        return draft

    # -------------------------------------------------------------- the record

    def _paragraph_end(self, at: int) -> int:
        """Where the paragraph holding `at` ends: the next blank line, or the end of the text."""
        m = _BLANK_LINE.search(self.text, at)
        return m.start() if m else len(self.text)

    def _finish(self, draft: Draft, s_start: int, s_end: int, seen: dict, carried: Optional[str] = None) -> Claim:
        text = self.text
        ctx = self._context(s_start, s_end)
        span = text[draft.start:draft.end]
        sentence = ctx.normalized
        key = (draft.kind + "|" + " ".join(span.split()), sentence)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        digest = hashlib.blake2b(f"{key[0]}\x1f{sentence}\x1f{occurrence}".encode(), digest_size=6).hexdigest()

        line_starts = self._line_starts
        if line_starts is None:
            line_starts = self._line_starts = _line_starts(text)
        line = bisect.bisect_right(line_starts, draft.start)
        column = draft.start - line_starts[line - 1] + 1

        subject = self._subject(draft, s_start, s_end, ctx)
        exclude = [(draft.start, draft.end)] + ctx.noise
        # (a rank's span may hold its scope: "one of the most lucrative crimes in the world, second only to ...")
        place = ctx.place(draft.start, ctx.noise if draft.kind == "rank" else exclude, scope_first=draft.kind == "rank",
                          anchor_end=draft.end)
        if place is None and draft.kind == "rank":
            owner = _POSSESSOR_BEFORE.search(text, max(s_start, draft.start - 40), draft.start)
            if owner:
                place = owner.group("name")  # "Norland's warmest year": whose ranking it is
        if place is None and draft.kind != "date" \
                and not _PEOPLE_MEASURE_RUNS.isdisjoint(words(text[max(s_start, draft.start - 60):draft.start])):
            people_of = _PLACE_OF_PEOPLE.search(text, max(s_start, draft.start - 60), draft.start)
            if people_of is not None and not _CAPITALISED_OPENER_WORDS.match(people_of.group("name")):
                # "Dranport's population was 1.31 million", "the population of Velmora was 4.82 million": only a
                # place has a population, residents or a birth rate
                place = people_of.group("name")
        if draft.kind == "date":
            period = draft.value if draft.value is not None else f"{draft.lower}/{draft.upper}"
            # ("up from 16th in the 2023 edition": a year that names an edition is no time of an event)
            event = None if _EDITION_AFTER.match(text, draft.end, s_end) else ctx.event(draft.start)
        elif draft.extras.get("person_age"):
            period = str(self.doc.published.year) if self.doc.published else None  # as old as at the time of writing
            event = None
        elif "from" in text[max(s_start, draft.start - 20):draft.start].lower() \
                and _EARLIER_LEVEL_BEFORE.search(text, max(s_start, draft.start - 80), draft.start) is not None \
                and not _TIME_AFTER_LEVEL.match(text, draft.end, s_end):
            # "184,260 crimes in 2023, up from 171,000", "fell to 11,800 from 13,400": the level a change started
            # from is of an earlier time, which only a date written right after it says
            period = ctx.own_date(draft.end)
            event = None
        elif (years_level := _YEARS_LEVEL_BEFORE.search(text, max(s_start, draft.start - 40), draft.start)) is not None:
            # "recovered to 81% of the 2019 level of| 17.5 million visits": that year's level
            period = years_level.group("year")
            event = None
        elif self._starts_a_change(draft, s_start, s_end):
            # "Deaths fell from 3,400 to 2,100 last year": the sentence's dates are the change's end; the level
            # it started from has only a date written right after it ("from 3,400 in 2019"), else none known.
            period = ctx.own_date(draft.end)
            event = None
        else:
            base = _RELATIVE_BASE_AFTER.match(text, draft.end, s_end) if draft.change is not None else None
            if base is not None:
                # "That was 13% lower than a year earlier": the time compared with, not the change's own
                exclude = exclude + [(base.start("base"), base.end("base"))]
            if text.endswith(("to ", "to\n"), max(s_start, draft.start - 3), draft.start):
                start_level = _START_LEVEL_BEFORE.search(text, max(s_start, draft.start - 70), draft.start)
                if start_level is not None:
                    # "Turnout rose from 64.1% in 2019 to| 68.4%": 2019 is the start's date, not the end's
                    exclude = exclude + [start_level.span("gap")]
            figure = (draft.kind, draft.value, draft.unit, context.head_of(subject)) \
                if draft.kind in ("count", "money", "quantity") and subject else None
            period = ctx.period(draft.start, draft.end, exclude, carried=carried,
                                restated=self._stated_periods.get(figure) if figure else None)
            if subject and self.doc.published is not None and period == str(self.doc.published.year) \
                    and str(self.doc.published.year) not in text[s_start:s_end]:
                # "Two-thirds of the 2022 deaths were men": the year that names the counted is theirs
                named = _YEAR_BEFORE_NOUN.search(text, s_start, s_end)
                if named is not None and context.head_of(subject).lower() == context.head_of(named.group("noun")).lower() \
                        and not _PERCENT_OF_BEFORE.search(text, max(s_start, named.start() - 12), named.start()):
                    period = named.group("year")
            if figure is not None and period is not None and figure not in self._stated_periods \
                    and (self.doc.published is None or period != str(self.doc.published.year)):
                # "counted 31,000 child labourers in 2021." ... "Of the 31,000 child labourers, ...": the figure
                # said again later is of the year it was first given for
                self._stated_periods[figure] = period
            event = ctx.event(draft.start) if draft.kind == "rank" else None
        # (a name that holds a label's number, "Terminal 1", is no name inside a non-claim)
        # (nor one that names a study, "the KEYNOTE-189 trial", whose code is a non-claim)
        entity = ctx.entity(draft.start, [(draft.start, draft.end)]
                            + [(s, e) for s, e in ctx.noise if not context.NUMBERED_NAME.match(text, s, e)
                               and not context.NAMED_STUDY.match(text, s)])

        return _claim(
            id=f"c{digest}",
            source=self.doc.source,
            line=line,
            column=column,
            start=draft.start,
            end=draft.end,
            page=self.doc.page_at(draft.start) if self.doc.pages else None,
            text=span,
            sentence=sentence,
            kind=draft.kind,
            value=draft.value,
            unit=draft.unit,
            currency_assumed=draft.currency_assumed,
            lower=draft.lower,
            upper=draft.upper,
            lower_inclusive=draft.lower_inclusive,
            upper_inclusive=draft.upper_inclusive,
            qualifier=draft.qualifier,
            change=draft.change,
            subject=subject,
            subject_head=context.head_of(subject),
            place=place,
            period=period,
            per=draft.per,
            entity=entity,
            event=event,
            scope=draft.scope,
            part=context.share_part(text, s_start, s_end, draft.start, draft.end) if draft.kind == "percent"
            else context.amount_part(text, s_start, s_end, draft.start) if draft.kind in ("count", "money")
            and _COMPOSED_BEFORE.search(text, max(s_start, draft.start - 20), draft.start) else None,
            cell=None,  # (set afterwards for a figure in a table: extract/tables.py)
            published=self.doc.published,
        )

    def _context(self, s_start: int, s_end: int) -> context.SentenceContext:
        """The sentence's context searches, shared by its claims."""
        ctx = self._contexts.get((s_start, s_end))
        if ctx is None:
            ctx = self._contexts[(s_start, s_end)] = context.SentenceContext(
                self.text, s_start, s_end, self.doc.published, self._noise_in(s_start, s_end),
                lambda: self._country_just_named(s_start) or self.country)
        return ctx

    def _country_just_named(self, s_start: int) -> Optional[str]:
        """The country the sentence before, in the same paragraph, opens with as its subject, which "the country"
        stands for ("Germany's first reactor started in 1960. The country's fleet peaked at 19 reactors"); None
        where it opens with none."""
        paragraph = self.text.rfind("\n\n", 0, s_start)
        before = self.text[max(paragraph + 2, s_start - 300):s_start]
        opener = None
        for opener in _SENTENCE_OPENING_NAME.finditer(before):
            pass
        if opener is None:
            return None
        name = context.place_name(opener.group("name"))
        return name if name is not None and context.is_country(name) else None

    def _noise_in(self, s_start: int, s_end: int) -> list[tuple[int, int]]:
        """The non-claim spans that overlap text[s_start:s_end], in index order."""
        spans = self.noise.spans
        if self._noise_ends is None or len(self._noise_ends[0]) != len(spans):
            starts, reach, most = [], [], -1
            for s, e, _ in spans:
                starts.append(s)
                most = max(most, e)
                reach.append(most)  # the furthest end of this span and all before it
            self._noise_ends = (starts, reach)
        starts, reach = self._noise_ends
        found = []
        i = bisect.bisect_left(starts, s_end) - 1  # spans before i + 1 start before s_end
        while i >= 0 and reach[i] > s_start:
            s, e, _ = spans[i]
            if s < s_end and e > s_start:
                found.append((s, e))
            i -= 1
        found.reverse()
        return found

    def _subject(self, draft: Draft, s_start: int, s_end: int,
                 ctx: Optional[context.SentenceContext] = None) -> Optional[str]:
        phrase = self._subject_phrase(draft, s_start, s_end, ctx)
        if not phrase:
            return phrase
        if draft.kind == "money" and " " not in phrase:
            at = self.text.rfind(phrase, s_start, draft.start)
            if at > s_start and not self.text[at + len(phrase):at + len(phrase) + 1].isalnum():
                # "Wholesale maize prices rose to $310": the money noun keeps the words that say which
                words = _with_modifiers(self.text[s_start:at], at - s_start, phrase).split()
                while len(words) > 1 and words[0].endswith(("ed", "ing")):
                    words.pop(0)  # ("Ferries recorded turnover of": a verb, not a word that says which)
                phrase = " ".join(words)
        opener = _CAPITALISED_OPENER.match(self.text, s_start, s_end)
        if opener is not None and self.text.startswith(phrase, opener.end()) and opener.end() + len(phrase) < draft.start:
            word = opener.group("word")
            if word.lower() not in context.STOP_WORDS and not context.is_place_name(word) \
                    and word.lower() not in _NOT_MODIFIERS and word.lower() not in context.OUTPUT_MEASURES:
                # "Core inflation was 4.1%", "Retail sales rose 3%": the sentence's first word restricts what is
                # measured as a lower-case one would ("core inflation" is not inflation)
                phrase = f"{word if word.isupper() else word.lower()} {phrase}"
        # "a market worth over 2 billion is growing 5%": a number word, or a letter alone ("1,674.5 G in
        # size"), is never what is counted.
        words = phrase.split()
        head = words[-1]
        if (len(head) == 1 and head.isupper() or head[:1].isupper() and head.lower() in _NUMBER_WORD_HEADS) \
                and len(words) > 1 and words[-2][:1].isupper():
            return phrase  # ("a $65 million Series A": the letter names which; "- Courier One: 18%": a name)
        return None if len(head) == 1 or head.lower() in _NUMBER_WORD_HEADS else phrase

    def _subject_phrase(self, draft: Draft, s_start: int, s_end: int,
                        ctx: Optional[context.SentenceContext] = None) -> Optional[str]:
        text = self.text
        if draft.subject is not None:
            return draft.subject  # set when the number was read ("children under five")
        if ctx is None:
            ctx = context.SentenceContext(text, s_start, s_end)
        if draft.kind == "date":
            if draft.time_frame:
                return None
            # "the 2007 law": the noun right after the year; else the dated thing nearby ("the Law ... (2007)").
            after = context.noun_phrase_after(text, draft.end, s_end)
            if after and context.is_attributive_year(text, draft.start, draft.end) and not _CAPITAL.match(after) \
                    and not after.split()[0].lower().endswith("ed"):
                return after
            return ctx.dated_thing(draft.start, draft.end)
        if draft.kind == "rank":
            if draft.text_is_one_of:
                # "one of the most lucrative forms of crime after ...": the noun after the superlative.
                inner = _ONE_OF_THE.match(text[draft.start:draft.end])
                if inner:
                    return context.noun_phrase_after(text, draft.start + inner.end(), draft.end)
            if draft.scope and " " not in draft.scope and _OF_A_GROUP_AFTER.match(text, draft.end, s_end):
                # "Glasgow's alcohol death rate was the second highest| of Scotland's 32 council areas": what is
                # ranked stands before the verb, and the phrase after names the group it is ranked among
                article = _THE_BEFORE.search(text, max(s_start, draft.start - 6), draft.start)
                measured = _measured_noun(text[s_start:article.start() if article else draft.start])
                if measured:
                    return measured
            after = context.noun_phrase_after(text, draft.end, s_end)
            # ("fell to sixth place in ...": the position's own word, no ranked thing)
            return None if after in ("place", "position", "spot", "places", "positions") else after
        item = _ITEM_LABEL.match(text, s_start, draft.start)
        if item and draft.kind == "count" and context.noun_phrase_after(text, draft.number_end, s_end):
            item = None  # ("Demand hit a record: 52,600 people were referred": a clause, then a count of its own)
        if item:
            # "- Budget executed: 2.1 billion pesos", "Leakage rate: 31%": a list of key figures names each
            label = item.group("label")
            phrase = context.noun_phrase_after(label, 0, len(label)) or label
            if label.lower().startswith("other ") and not phrase.lower().startswith("other "):
                phrase = f"other {phrase}"  # ("- other costs: $100 million": what the items before leave, a part)
            return phrase
        if draft.kind == "money":
            if _PART_OF_AMOUNT.match(text, draft.end, s_end):
                # "Donors provided $30m of the $48m budget": a part; the money noun is the whole's
                return _measured_noun(_words_before(text, s_start, max(s_start, draft.start - 60), draft.start))
            bought = _BOUGHT_FOR_BEFORE.search(text, max(s_start, draft.start - 60), draft.start)
            if bought is not None:
                # "Rovers signed Marco Delgado for| £32 million", "Orbis acquired Velmar for| $2.1 billion": its price
                what = bought.group("what")
                what = regex.sub(r"^(?:the|a|an)\s+", "", what)
                return f"{what} price"
            valued = _PUT_AT_BEFORE.search(text, max(s_start, draft.start - 90), draft.start)
            if valued is not None:
                # "This year's survey puts the national backlog of road repairs at| €16.3 billion": what it values
                return " ".join(valued.group("what").split())
            before = _before_the_number(text, s_start, draft.start)
            measured = _measured_noun_past_aside(before)
            if measured and before.endswith(("from ", "to ")) and measured == _elided_change_noun(before):
                return measured  # ("Prices rose from €3 to €5, and rents from| €2": rents, not the prices)
            if measured and measured.rsplit(None, 1)[-1].lower() in _FINANCIAL_MEASURES:
                # "In 2023, revenue rose 5.3%, while net profit was| €305 million": the measure right before its
                # verb, not a money noun of another clause
                return measured
            # What the amount is, or pays for; else the noun it follows ("The set will cost $200").
            found = ctx.money_purpose(draft.start, draft.end) or \
                context.noun_phrase_after(text, draft.number_end, s_end)
            if found:
                return found
            if measured and _COST_VERB_BEFORE.search(before) and not context.is_money_noun(measured.rsplit(None, 1)[-1]):
                # "Fire suppression cost| $1.1 billion": its cost, as in "the cost of fire suppression was"
                return f"{measured} cost"
            return measured or _noun_of(before) or _object_set_to(before)
        before = _before_the_number(text, s_start, draft.start)
        verb_hedge = _VERB_HEDGE.match(text, draft.start, draft.end) if text[draft.start:draft.start + 1].isalpha() else None
        if verb_hedge is not None:
            before += verb_hedge.group()  # "The prison population exceeded| 48,000": the verb's subject is measured
        label = _LABEL_BEFORE.search(before)
        if label and not _NUMBER_BEFORE_LABEL.search(before, 0, label.start()):
            # "147 victims ...: Guatemalan (123); Honduran (10)": the parts of a breakdown count what the whole counts.
            whole = _BREAKDOWN_WHOLE.search(text[s_start:draft.start])
            if whole:
                return context.noun_phrase_after(text, s_start + whole.end(1), s_end) or label.group(1)
            return label.group(1)
        change_noun = _CHANGE_NOUN_AFTER.match(text, draft.number_end, s_end)
        if change_noun:
            # "a 4.2 percent drop in sales", "a six-fold rise in cases": what changed follows the change noun;
            # without "in"/"of" after it, the words before the number say it ("Sales saw a 3% drop").
            what = _CHANGED_THING.match(text, change_noun.end(), s_end)
            phrase = context.noun_phrase_after(text, what.end(), s_end) if what else None
        else:
            phrase = context.noun_phrase_after(text, draft.number_end, s_end)
        if phrase and draft.kind == "percent" and _OF_THEIR_AFTER.match(text, draft.number_end, s_end):
            spender = _SPENDER_BEFORE.search(before)
            if spender is not None:
                # "Low-income households spent 30% of their budget on food": whose budget, no share of everyone's
                who = [w for w in (spender.group("group") or spender.group("who")).lower().split()
                       if w not in context.STOP_WORDS]
                if who:
                    phrase = " ".join(who + [phrase])
        if "apacit" in before and _CAPACITY_BEFORE.search(before):
            # "a capacity of 3.0 million TEU": what the terminal could handle, no count of what it handled
            if not phrase:
                return "capacity"
            words = phrase.split()
            last = context.singular(words[-1]) if words[-1].islower() else words[-1]  # ("passenger capacity")
            return " ".join(words[:-1] + [last, "capacity"])
        if phrase and draft.kind == "percent" and " " not in phrase and phrase.endswith("ed"):
            phrase = None  # "the appeal was 41% funded": how far along the subject is, not what is counted
        if phrase and draft.change is not None and phrase.lower() in ("points", "point", "pts"):
            phrase = None  # "The FTSE 100 rose 12 points": the index's points; what rose is the index
        if phrase and _TIME_AGO.match(text, draft.number_end, s_end):
            phrase = None  # "down from 36.2% four years ago": when, not what
        if phrase and phrase.lower() == "head":
            of_what = _HEAD_OF_AFTER.match(text, draft.number_end, s_end)
            if of_what is not None:
                phrase = of_what.group("what")  # "1,400 head of cattle": cattle, counted by the head
        if phrase and phrase.lower() in _GENERIC_COUNTED:
            # "Worldwide smartphone shipments reached 302.1 million units", "The Amur leopard population stood at 121
            # animals": units or animals of the noun before the verb
            phrase = _measured_noun(before) or phrase
        if phrase and draft.kind == "count" and " per " in text[draft.number_end:draft.end]:
            # "The maternal mortality ratio stood at 287 deaths per 100,000 live births": the deaths are what the
            # ratio counts; the ratio is what is measured, as in "The ratio was 312 per 100,000"
            measured = _measured_noun(before)
            if measured and measured.rsplit(None, 1)[-1].lower() in _RATE_NOUNS:
                phrase = measured
        if phrase and draft.kind == "quantity" and _DIMENSION_WORD.match(phrase):
            # "The viaduct ... is 2.3 kilometres long", "At 1,800 metres long, the Orrin Viaduct...":
            # a dimension describes the sentence's subject.
            m = _SUBJECT_AFTER_OPENER.match(text, draft.number_end, s_end) or _SENTENCE_SUBJECT.match(text, s_start, s_end)
            return context.noun_phrase_after(text, m.end(), s_end) if m else None
        if phrase and draft.kind in ("quantity", "money") and _OF_AFTER.match(text[draft.number_end:s_end]):
            # "Emissions fell to 412 million tonnes of CO2": what fell, not what it is made of ("The police seized
            # 2 tonnes of cocaine" has no such noun and keeps "cocaine")
            measured = _measured_noun(before)
            if measured:
                return measured
            actor = _actor(before)
            verb = _QUANTITY_VERB_BEFORE.search(before)
            # (and of two words: "144.0 million tonnes of crude steel", "of iron ore")
            if (actor is None or " " not in actor and actor[:1].isupper()) and len(phrase.split()) <= 2 \
                    and verb is not None and _MEASURE_OF_QUANTITY_VERB[verb.group("verb").lower()] == "production":
                # "Kestrel produced 1.27 million ounces of gold": its gold production (who produced it is the owner),
                # as in "Kestrel's gold production was 1.24 million ounces"
                return f"{phrase} production"
            if actor is not None:
                # "Coal plants emitted 11 million tonnes of CO2": the plants' CO2, not the power sector's
                return f"{actor.lower()} {phrase}"
            return phrase
        if phrase:
            return phrase
        # "a dividend yield of 4.1 per cent": the noun the number is "of".
        of = _noun_of(before)
        if of:
            return of
        # "The viaduct is 1,800 metres long", "emissions fell to 51 million tonnes": the noun before the verb.
        measured = _measured_noun_past_aside(before)
        if measured:
            return measured
        if draft.change is None:
            set_to = _object_set_to(before)
            if set_to:
                return set_to  # "raised its policy rate to 4.75%": the rate's level
            if draft.kind == "quantity":
                # "The boot now stands at 24.5 cubic feet", "The moths can fly more than 100 km": a measure with
                # no noun of its own measures the sentence's subject, where nothing stands between the two
                opener = _SENTENCE_SUBJECT.match(text, s_start, draft.start)
                if opener is not None and not _CLAUSE_BREAK.search(text, opener.end(), draft.start):
                    return context.noun_phrase_after(text, opener.end(), draft.start)
                actor = _actor(before)
                if actor is not None:
                    return actor  # "Households consumed 16.9 TWh": the households' use
            return None
        # "aims to cut forced labour by half": what the verb acts on.
        acted_on = _OBJECT_BEFORE_BY.search(before)
        if acted_on:
            return acted_on.group("object")
        # "this budget was cut by more than 90%": the noun before the verb.
        m = _NOUN_BEFORE_CHANGE.search(before) or _CHANGED_NOUN.search(before)
        if m and m.group(1).lower() not in context.STOP_WORDS:
            return _head_through_phrases(before, m.start(1)) or context.whole_name(before, m.start(1), m.group(1))
        return None


def _measured_noun_past_aside(before: str) -> Optional[str]:
    """_measured_noun(before), past an aside between the subject and its verb: "The median processing time in
    2023|, measured from referral to arrival,| was 11 months", "Net profit|, after tax and one-off charges,| was"."""
    aside = _ASIDE_BEFORE_VERB.search(before) if "," in before else None
    # (one aside only: "Core inflation in Tarsk, which excludes food, energy, alcohol and tobacco, was" is read whole)
    if aside is not None and "," not in before[:aside.start()]:
        measured = _measured_noun(before[:aside.start()] + " " + aside.group("verb"))
        if measured:
            return measured
    return _measured_noun(before)


# An aside between commas right before the verb that leads to a figure: ", measured from referral to arrival,| was".
_ASIDE_BEFORE_VERB = regex.compile(r",\s+[^,;:]{3,80},\s+(?P<verb>(?:was|were|is|are|stood|reached|totalled|totaled|"
                                   r"averaged|came\s+to|amounted\s+to)\s+(?:(?:about|around|some|nearly|just|only)\s+)?)$")
# Nouns of a measure stated per so many people: "the homicide rate", "the maternal mortality ratio".
_RATE_NOUNS = frozenset("rate rates ratio ratios incidence prevalence".split())
_HEADING = regex.compile(r"^#{1,6}[ \t]+(?P<title>.*)$", regex.MULTILINE)
_MONTH_OF_YEAR = regex.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                               r"December)\s+((?:19|20)\d\d)\b")
_HEADING_YEAR = regex.compile(r"(?<![\d/-])(?P<year>(?:19|20)\d\d)(?:[/–-](?P<to>\d{2}|(?:19|20)\d\d))?(?![\d/-])")


# A count of those who have waited (or been out of work) past a threshold: "19,200 patients had waited| more than 52
# weeks", "The number of patients waiting| over 78 weeks was 1,450".
_WAITED_GAP = regex.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:who\s+)?(?:(?:had|have|has)\s+)?(?:been\s+)?"
                            r"(?:waited|waiting|wait|unemployed|homeless)\s+(?:for\s+)?")
_WAITING_BEFORE = regex.compile(r"(?<![\w'’-])(?P<who>[a-z][\w-]*)(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                                r"\s+(?:who\s+(?:(?:had|have|has)\s+)?(?:been\s+)?)?"
                                r"(?:waited|waiting|wait|unemployed|homeless)\s+(?:for\s+)?$")
# ... or past a threshold of what they do: "1.5 million carers| provide |more than 50 hours".
_DOING_GAP = regex.compile(r"\s+(?:(?:often|usually|regularly|still|now|each|every|typically)\s+)?"
                           r"(?P<verb>(?!(?:in|on|at|for|by|of|to|from|with|and|or|during|after|before)\b)[a-z]{3,})"
                           r"\s+(?:for\s+)?")
_TIME_UNIT_SUBJECTS = frozenset("day days week weeks month months year years hour hours".split())
# ... or of what each has: "8,200 firms| employ |more than 250 staff", "about 1,100| keep |more than 150 colonies".
_HAVING_GAP = regex.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:each|still|now)\s+)?"
                            r"(?P<verb>keep|keeps|kept|have|has|had|own|owns|owned|run|runs|ran|hold|holds|held|manage|"
                            r"manages|managed|employ|employs|employed|operate|operates|operated)\s+")


# Between a count of days and the temperature they passed: "19 days| above |30C", "12 nights below".
_DAYS_PAST_GAP = regex.compile(r"\s+(?:(?:with|at|of)\s+)?(?:(?:temperatures?|highs?|maxima|minima)\s+)?")
_DAY_UNITS = frozenset({"day", "night"})
_TEMPERATURE_SYMBOLS = {"degree_Celsius": "°C", "degree_Fahrenheit": "°F", "kelvin": " K"}


def _temperatures(claims: list[Claim], text: str) -> list[Claim]:
    """A temperature measures temperature: "Kelbridge reached 38.7C" is Kelbridge's temperature, as "The
    temperature at Kelbridge reached 39.4C", not a count of Kelbridge. And days past one are counted by it: "19
    days above 30C" are days over 30 °C (the threshold is no temperature that was reached)."""
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.unit not in units.TEMPERATURES:
            continue
        before = out[i - 1] if i else None
        if before is not None and before.kind == "duration" and before.unit in _DAY_UNITS and before.subject is None \
                and claim.qualifier in _THRESHOLDS and claim.sentence == before.sentence \
                and _DAYS_PAST_GAP.fullmatch(text, before.end, claim.start):
            part = f"{_THRESHOLDS[claim.qualifier]} {claim.value:g}{_TEMPERATURE_SYMBOLS[claim.unit]}"
            out[i - 1] = before.model_copy(update={"subject": "days", "subject_head": "days", "part": part})
            out[i] = claim.model_copy(update={"subject": "threshold", "subject_head": "threshold"})
        elif claim.subject is None and claim.place is not None or claim.subject is not None and claim.change is None \
                and " " not in claim.subject and claim.subject[:1].isupper() \
                and claim.subject.lower() not in context.STOP_WORDS:
            # (a temperature with neither subject nor place is left unnamed: "minus 233 Celsius" of what?)
            out[i] = claim.model_copy(update={"subject": "temperature", "subject_head": "temperature"})
    return out


def _waiting_thresholds(claims: list[Claim], text: str) -> list[Claim]:
    """Counts of people past a threshold of time take it as their part: "19,200 patients had waited more than 52
    weeks" and "1,450 patients had waited more than 78 weeks" are two groups, neither all the patients waiting."""
    if not any(c.kind in ("duration", "count") and c.qualifier in _THRESHOLDS for c in claims):
        return claims
    claims = list(claims)
    for i, threshold in enumerate(claims):
        if threshold.kind == "count" and threshold.qualifier in _THRESHOLDS and i:
            before = claims[i - 1]
            having = _HAVING_GAP.fullmatch(text, before.end, threshold.start) \
                if before.kind == "count" and before.sentence == threshold.sentence else None
            if having is not None and isinstance(before.value, float) and isinstance(threshold.value, float) \
                    and threshold.value < before.value:
                # "about 1,100 keep more than 150 colonies": a group defined by how many each has, whose count is
                # its bound, no count of anyone's colonies (a total is larger than those who share it: "12 hospitals
                # have more than 4,000 beds")
                part = f"{having.group('verb').lower()} {_THRESHOLDS[threshold.qualifier]} {threshold.value:g} " \
                       f"{(threshold.subject or '').lower()}".strip()
                update = {"part": part}
                if (before.subject or "").lower() == having.group("verb").lower():
                    update.update(subject=None, subject_head=None)  # ("1,100 keep": the verb, no noun, follows)
                claims[i - 1] = before.model_copy(update=update)
                claims[i] = threshold.model_copy(update={"part": part})
            continue
        if threshold.kind != "duration" or threshold.qualifier not in _THRESHOLDS or threshold.value is None:
            continue
        unit = threshold.unit + ("s" if threshold.value != 1 else "")
        part = f"waiting {_THRESHOLDS[threshold.qualifier]} {threshold.value:g} {unit}"
        before = claims[i - 1] if i else None
        if before is not None and before.kind == "count" and before.sentence == threshold.sentence \
                and _WAITED_GAP.fullmatch(text, before.end, threshold.start):
            claims[i - 1] = before.model_copy(update={"part": part})
            continue
        doing = _DOING_GAP.fullmatch(text, _past_words(text, before.end, before.subject), threshold.start) \
            if before is not None and before.kind == "count" and before.sentence == threshold.sentence \
            and before.subject is not None else None
        if doing is not None:
            # "1.5 million carers provide more than 50 hours of care a week": a group defined by a threshold, whose
            # hours are its bound, no measure of all carers' hours
            part = f"{doing.group('verb').lower()} {_THRESHOLDS[threshold.qualifier]} {threshold.value:g} {unit}"
            claims[i - 1] = before.model_copy(update={"part": part})
            claims[i] = threshold.model_copy(update={"part": part})
            continue
        after = claims[i + 1] if i + 1 < len(claims) else None
        who = _WAITING_BEFORE.search(text, max(0, threshold.start - 40), threshold.start)
        if after is not None and after.kind == "count" and after.sentence == threshold.sentence and who is not None \
                and (after.subject is None or after.subject.lower() in _TIME_UNIT_SUBJECTS):
            # "The number of patients waiting more than 52 weeks was 19,200": the patients, not the weeks
            claims[i + 1] = after.model_copy(update={"part": part, "subject": who.group("who"),
                                                     "subject_head": context.head_of(who.group("who"))})
    return claims


_THRESHOLDS = {"more than": "over", "at least": "over", "less than": "under", "at most": "under", "up to": "under"}


def _heading_years(text: str) -> list[tuple[int, Optional[str]]]:
    """(where each Markdown heading starts, the one year or split year it names, else None): the time of the
    section under it. A heading without a year ends the section of the one before."""
    return [(m.start(), year_named_in(m.group("title"))) for m in _HEADING.finditer(text)]


_QUARTER_IN_TITLE = regex.compile(r"\b(?:Q(?P<n>[1-4])|(?P<ordinal>first|second|third|fourth)[\s-]+quarter)\b",
                                  regex.IGNORECASE)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def year_named_in(title: str) -> Optional[str]:
    """The one year, split year or month a heading or a title names ("Outturn 2021" -> "2021", "Crime data
    2022/23" -> "2022/2023", "Overview: February 2024" -> "2024-02"), else None."""
    years = {y.group(0) for y in _HEADING_YEAR.finditer(title)}
    if len(years) != 1:
        return None
    y = _HEADING_YEAR.search(title)
    to = y.group("to")
    rolling = ROLLING_PATTERN.search(title) if not to else None
    span = rolling_span(rolling) if rolling is not None else None
    if span is not None:
        return f"{span[0]}/{span[1]}"  # "Preliminary results for the 52 weeks to 24 February 2024": those months
    month = _MONTH_OF_YEAR.findall(title)
    if not to and len(month) == 1 and month[0][1] == y.group("year"):
        # "Labour market overview: February 2024": a monthly release's figures are the month's
        return f"{y.group('year')}-{MONTHS[month[0][0].lower()]:02d}"
    quarter = _QUARTER_IN_TITLE.search(title) if not to else None
    if quarter is not None:
        # "Smartphone shipments in Q3 2023", "Results for the third quarter of 2023": the quarter's months
        n = int(quarter.group("n")) if quarter.group("n") else _QUARTER_ORDINALS[quarter.group("ordinal").lower()]
        first, last = year_part("q", n, int(y.group("year")))
        return f"{first}/{last}"
    return y.group("year") if not to else f"{y.group('year')}/{y.group('year')[:2] + to if len(to) == 2 else to}"


def _before_the_number(text: str, s_start: int, at: int) -> str:
    """The words before a number that its subject rules read: 60 characters, or 100 where an aside or a chain of
    phrases may stand between the noun and its verb ("Core inflation in Tarsk, which excludes food, energy and
    tobacco, was| 5.9%", "Coverage of the third dose of the DTP vaccine (DTP3) in Tamberia reached| 84%")."""
    before = _words_before(text, s_start, max(s_start, at - 60), at)
    if at - 60 > s_start and ("," in before or ")" in before or " of " in before or " and " in before):
        before = _words_before(text, s_start, max(s_start, at - 100), at)
    return before


def _words_before(text: str, s_start: int, lo: int, hi: int) -> str:
    """text[lo:hi], widened back to the start of the word that lo cuts (not before s_start): the patterns
    that read the noun before a number must see "Unemployment", not "mployment"."""
    while lo > s_start and text[lo - 1].isalnum() and text[lo].isalnum():
        lo -= 1
    return text[lo:hi]


def _object_set_to(before: str) -> Optional[str]:
    """What a verb sets, keeps or puts at the number: "raised its policy rate to|", "put the damage at|"."""
    set_to = _OBJECT_SET_TO.search(before) if before.rstrip().lower().endswith((" to", " at")) else None
    if set_to is None or set_to.group("object").split()[0].lower() in context.STOP_WORDS:
        return None
    share = _SHARE_OF_A_MARKET.fullmatch(set_to.group("object"))
    if share is not None:
        return share_of_a_market(share)
    # ("put the population of Kenya at|": the population; the place is the figure's place)
    return _OF_A_NAME_AT_END.sub("", set_to.group("object")) or set_to.group("object")


# A share of a market, vote or total: "share of the Arvenian motor market", "market share of the motor market".
_SHARE_OF_A_MARKET = regex.compile(r"(?:[Mm]arket\s+)?[Ss]hares?\s+of\s+(?:the\s+)?(?P<whole>(?:[A-Za-z][\w-]*\s+){0,3}?"
                                   r"(?:market|sector|industry|vote|total))")


def share_of_a_market(m: regex.Match) -> str:
    """The measure a share of a whole is: "share of the Arvenian motor market" -> "motor market share" (the
    place's adjective is the place's)."""
    words = [w for w in m.group("whole").split() if w.islower()]
    return " ".join(words + ["share"])


def _actor(before: str) -> Optional[str]:
    """The common noun that used, made or gave off a quantity ("Coal plants emitted|", "Households consumed|"); None
    for a name ("Lindmark emitted|": a place or a body, which place and owner rules read) or a function word."""
    m = _ACTOR_BEFORE.search(before)
    if m is None:
        return None
    words = m.group("actor").split()
    if any(w.lower() in context.STOP_WORDS or w.lower() in ("that", "which", "who") for w in words) \
            or len(words) == 1 and words[0][:1].isupper() \
            and (context.is_place_name(words[0]) or not context.is_plural(words[0].lower())):
        return None
    return m.group("actor")


def _measured_noun(before: str) -> Optional[str]:
    """The noun before the verb that leads to the number: "The viaduct is| 1,800 metres", "shares plummeted
    40.8% to| $2.06". Through a prepositional phrase to its head: "Exports to the EU totalled| 3.4bn" gives
    "Exports", but "the number of victims was| 147" gives "victims"."""
    # Both patterns end in one of _MEASURED_LAST_WORDS and a space (or, for the second, in "to"): a cheap
    # test first, on the hot path of every claim.
    words = before.rsplit(None, 1)
    last = words[-1].lower() if words else ""
    if last not in _MEASURED_LAST_WORDS or (not before[-1:].isspace() and last != "to"):
        return None
    if " by " in before:
        by_whom = _BY_WHOM_BEFORE_VERB.search(before)
        if by_whom is not None and by_whom.group("head").lower() not in context.STOP_WORDS:
            # "Visits by children under 16| totalled": the visits children made, no count of all visits
            return f"{by_whom.group('head')} by {by_whom.group('who').lower()}"
    # ("Coverage of the third dose of the DTP vaccine (DTP3) in Tamberia| reached": the indicator's code says which)
    code = _BRACKETED_CODE.search(before) if ")" in before else None
    if ")" in before or _AGES_BEFORE_VERB_RUNS.intersection(before.split()[-12:]):
        # "The employment rate for people aged 16 to 64| was", "Annual growth in pay (excluding bonuses)| was":
        # the group or the aside between the noun and its verb is no noun of the figure
        group = _GROUP_BEFORE_VERB.search(before)
        if group is not None:
            before = before[:group.start()] + before[group.start("verb"):]
        # ("The infant mortality rate (IMR) in Norland| was": the initials, then where; the noun is before them)
        before = _INITIALS_BEFORE_PHRASE.sub("", before)
    if " by " in before:
        # "Penalties imposed by the Commission| totalled": the agent of a participle is no noun of the figure
        before = _AGENT_BEFORE_VERB.sub("", before)
    if " per " in before:
        # "The median loss per victim| was": what the measure is per, no noun of it
        before = _PER_WHAT_BEFORE_VERB.sub(r"\g<verb>", before)
    if " whole " in before:
        # "The household recycling rate for Norland as a whole| was": the whole it is of, no noun
        before = _AS_A_WHOLE_BEFORE_VERB.sub("", before)
    if "," in before:
        # "The national recycling rate, including composting,| reached": an aside between the noun and its verb
        before = _COMMA_ASIDE_BEFORE_VERB.sub("", before)
    if last in ("from", "to") and ("," in before or ";" in before or " and " in before):
        elided = _elided_change_noun(before)
        if elided is not None:
            return elided
    m = _MEASURED_NOUN.search(before) or _LEVEL_AFTER_CHANGE.search(before)
    if not m or m.group("noun").lower() in context.STOP_WORDS:
        return None
    noun = _head_through_phrases(before, m.start("noun")) or _with_modifiers(before, m.start("noun"), m.group("noun"))
    if noun.endswith(("market", "sector", "industry", "vote", "total")) and "share" in before:
        share = _SHARE_OF_A_MARKET.search(before, max(0, m.start("noun") - 60), m.end("noun"))
        if share is not None and share.end() == m.end("noun"):
            return share_of_a_market(share)  # "Castlegate's share of the motor market rose to": its market share
    if code is not None and code.group("code") not in noun:
        first, _, rest = noun.partition(" ")
        if first.istitle() and not rest:
            first = first.lower()  # ("Coverage of ... (MCV1) was": the sentence's capital)
        return " ".join([code.group("code"), first] + ([rest] if rest else []))
    return noun


def _elided_change_noun(before: str) -> Optional[str]:
    """What a change whose verb is left out measures: "Prices rose from 3 to 5 million, and rents from| 2" are
    rents; "Obesity among men rose from 18% to 24%, and among women from| 20%" is still obesity."""
    before = _LEVEL_THEN_TO_END.sub("", before)  # ("... and rents from 2 to| 4 million": the same noun)
    if not before.endswith("from "):
        return None
    elided = _ELIDED_CHANGE_BEFORE.search(before, 0, len(before) - 5)
    if elided is None or _CHANGED_FROM.search(before, max(0, elided.start() - 80), elided.start()) is None:
        return None
    if elided.group("noun"):
        noun = elided.group("noun").strip()
        return None if noun.split()[0].lower() in context.STOP_WORDS else noun
    if elided.group("group"):
        return _measured_noun(before[:elided.start() + 5])  # (the noun of the change it repeats)
    return None


# What a measure is per, between it and its verb: "The median loss| per victim| was".
_PER_WHAT_BEFORE_VERB = regex.compile(r"\s+per\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?P<verb>\s+\S+\s+)$")
# A group of ages or an aside in brackets between a measured noun and its verb.
_GROUP_BEFORE_VERB = regex.compile(
    r"\s+(?:\([^()]{1,50}\)|(?:for|among|of)\s+(?:[a-z]+\s+){0,2}?(?:aged\s+)?\d{1,3}(?:\s*(?:to|-|–|and)\s*"
    r"(?:\d{1,3}|over|older|under|above))?(?:\s+years?(?:\s+old)?|[\s-]years?[\s-]olds)?"
    # (and where, which the place rules read: "for people aged 65 and over in England| was")
    r"(?:\s+(?:in|across)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)"
    r"(?P<verb>\s+(?:is|was|are|were|stood|stands|rose|fell|reached|remained|hit|has\s+been|had\s+been|"
    r"[a-z]{3,}ed)\s+(?:by\s+)?)$")
# A group of people named by which they are, who lost money: "Older people| lost", "retired savers have lost".
_LOSING_GROUP_BEFORE = regex.compile(r"\b(?P<which>older|elderly|young|younger|retired|female|male|small|vulnerable)\s+"
                                     r"(?P<who>people|adults|victims|savers|investors|customers|consumers|households|"
                                     r"businesses|firms|women|men|pensioners)\b[^.;:\d]{0,40}?\s+(?:(?:have|had|has)\s+)?"
                                     r"(?:lost|lose|loses)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|an\s+"
                                     r"estimated)\s+)?$", regex.IGNORECASE)
_LOSERS_BEFORE = regex.compile(r"\b(?:victims|consumers|customers|people|households|investors|savers|shoppers|users|"
                               r"businesses|firms|pensioners|adults|residents|patients|farmers|depositors|policyholders)"
                               r"\b[^.;:\d]{0,70}?\s+(?:(?:have|had|has)\s+)?(?:lost|lose|loses)\s+"
                               r"(?:(?:about|around|some|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$",
                               regex.IGNORECASE)
_OF_WHAT_AFTER = regex.compile(r"\s+(?:of|in)\s+(?!(?:its|their|the)\b)[a-z]"
                               # (and whom or what it was lost to: "older people lost €127.9 million to scams")
                               r"|\s+to\s+(?!(?:close|end|finish|settle|stand|trade)\b)(?:the\s+)?[a-z]"
                               # (or how: "lost €90 million through romance scams", "via phishing")
                               r"|\s+(?:through|via)\s+(?:the\s+)?[a-z]")
_COMMA_ASIDE_BEFORE_VERB = regex.compile(
    r",\s+(?:including|excluding|not\s+including|which\s+(?:includes?|excludes?|strips?\s+out|leaves?\s+out)|"
    r"(?:as\s+)?measured\s+by|according\s+to|(?:seasonally\s+)?adjusted\s+for|based\s+on|at\s+constant)\s"
    # ("which excludes food, energy, alcohol and tobacco,": a list inside the aside)
    # (and a group after it: "Median hourly earnings, excluding overtime,| for full-time employees were")
    r"[^;:]{1,80}?,(?=(?:\s+(?:for|among|in|of)\s+[^,;:]{1,40}?)?\s+\S+(?:\s+(?:to|at|by|for|from))?\s*$)")
# Before the last label of a listing: "grants £5.2 million| and |trading".
_LAST_LISTED_LABEL = regex.compile(r"\d\s*(?:[a-z]+\s*)?(?:,\s*)?(?:and|or)\s+$")
_OF_A_NAME_AT_END = regex.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
# Words for what is counted that say only that it is counted one by one.
# The goods after what they are counted in: "5.76 million bags| of coffee".
_HEAD_OF_AFTER = regex.compile(r"\s+head\s+of\s+(?P<what>[a-z][\w-]*)\b")
_OF_GOODS_AFTER = regex.compile(r"\s+[a-z]+\s+of\s+(?P<goods>[a-z][\w-]*)\b(?!\s+[a-z]+\s+(?:was|were|is|are)\b)")
# What goods are counted in, which says nothing of which measure: "8.65 million bags" of coffee, "units" of phones.
_COUNTED_IN_CONTAINERS = frozenset("unit units bag bags sack sacks bale bales barrel barrels crate crates carton cartons "
                                   "tin tins bottle bottles".split())
_GENERIC_COUNTED = frozenset("animal animals individual individuals specimen specimens head".split()) \
    | _COUNTED_IN_CONTAINERS
# A noun with who did it, then the verb: "Visits by children (under 16)| totalled" (a plural noun, not a participle's
# agent, "Penalties imposed by the Commission", which has a verb between).
_BY_WHOM_BEFORE_VERB = regex.compile(
    r"(?:^|[^\w'’-])(?P<head>[A-Za-z][a-z-]*s)\s+by\s+(?:the\s+)?(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:\s+(?:aged\s+)?(?:under|over|below|above)\s+\d{1,3}|\s+aged\s+\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3})?)?"
    r"\s+(?:totalled|totaled|totalling|reached|rose|fell|were|was|numbered|stood|came|amounted|hit)\s+(?:at\s+|to\s+)?$")
_AGENT_BEFORE_VERB = regex.compile(r"(?<=[a-z])\s+(?:[a-z]{3,}ed|paid|sold|held|made|set|spent|won|lost|given|taken|brought|bought|run|drawn|written|kept|built)\s+by\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*"
                                   r"(?=\s+\S+(?:\s+(?:to|at|by|for|from))?\s*$)")
_AS_A_WHOLE_BEFORE_VERB = regex.compile(r",?\s+as\s+a\s+whole,?(?=\s+\S+(?:\s+(?:to|at|by|for|from))?\s*$)")
_INITIALS_BEFORE_PHRASE = regex.compile(r"\s*\([^()]{1,30}\)(?=\s+(?:in|at|for|of|among|across|from|on)\s)")
_AGES_BEFORE_VERB_RUNS = frozenset("aged to and over older under for among olds".split())


def _head_through_phrases(before: str, at: int) -> Optional[str]:
    """The noun a phrase ending at `at` hangs from: "bills at schools with| panels" -> "bills" (three phrases
    back at most); None where no phrase leads to the noun at `at`."""
    found = None
    for _ in range(3):  # ("Calls| to the helpline| about violence| against women")
        head = _HEAD_BEFORE_PHRASE.search(before, 0, at)
        if not head:
            break
        word = head.group("head").lower()
        if word in context.PRICED_NOUNS and head.group("preposition") == "of":
            # "The price of petrol rose| 3%": what is priced says which price, as in "petrol prices" (no figure
            # for the price of diesel)
            priced = context.priced_thing(before, head.end("head"), len(before))
            if priced and context.is_money_noun(priced[-1]):
                return " ".join(priced)  # ("The cost of fuel subsidies rose| 5%": the subsidies)
            if priced:
                words = _with_modifiers(before, head.start("head"), head.group("head")).split()
                return " ".join(words[:-1] + priced + [word])  # ("Prices of wheat": a noun, no name)
        elif word in _FLOW_NOUNS_OF_A_THING and head.group("preposition") == "of":
            # "Exports of wheat were| 2.1 million tonnes": wheat exports, no figure for the exports of maize
            thing = context.priced_thing(before, head.end("head"), len(before))
            if thing and not _AND_AFTER_THING.match(before, before.index(thing[-1], head.end("head")) + len(thing[-1])):
                # (not one of a pair: "exports of goods and services" are all exports)
                words = _with_modifiers(before, head.start("head"), head.group("head")).split()
                return " ".join(words[:-1] + thing + [word])
        if head.group("preposition") in ("before", "after") and before[at:at + 3].lower() == "tax" \
                and word not in context.STOP_WORDS:
            # "Profit before tax was| £312 million" is the pre-tax profit ("Pre-tax profit was £290 million")
            stage = "pre-tax" if head.group("preposition") == "before" else "after-tax"
            if " and " in before[head.end("preposition"):at] or " & " in before[head.end("preposition"):at]:
                stage = f"{stage[:-3]}interest {stage}"  # (earnings before interest and tax: another measure)
            return f"{stage} {_with_modifiers(before, head.start('head'), head.group('head')).lower()}"
        if word in context.STOP_WORDS or word in _NOT_WHAT_OF \
                or word in _FRAME_HEADS and head.group("preposition") == "of":
            break  # ("the rate of inflation": inflation; "the dropout rate in schools": rate)
        found, at = head.group("head"), head.start("head")
    return _with_modifiers(before, at, found) if found else None


_AND_AFTER_THING = regex.compile(r"\s+(?:and|or|&)\s")
# Measures of a flow that name what flows after "of": "exports of wheat", "emissions of SO2", "sales of new cars".
_FLOW_NOUNS_OF_A_THING = frozenset("exports imports sales production output emissions consumption shipments deliveries "
                                   "purchases supply supplies demand use usage harvest harvests yields stocks reserves "
                                   "seizures discharges releases".split())


def _with_modifiers(before: str, at: int, noun: str) -> str:
    """noun with up to two lower-case words right before it that restrict it: "youth unemployment was| 14%",
    "primary school enrolment reached| 96%"; not a determiner, a preposition or a capitalised opener."""
    if noun[:1].isupper():
        return context.whole_name(before, at, noun)  # "the Dow Jones Industrial| Average fell to| 33,000"
    words = before[:at].split()
    kept: list[str] = []
    for w in reversed(words[-4:]):
        group = _GROUP_POSSESSIVE.fullmatch(w)
        if group is not None:
            kept.insert(0, group.group("group").lower())  # "girls' pass rate": the girls' own, no figure for all pupils
            break
        if _INDICATOR_CODE.fullmatch(w) or _TERM_WORD.fullmatch(w):
            kept.insert(0, w)  # "MCV1 coverage", "DTP3 coverage", "PM2.5 levels", "10-year yield": which one
            break
        if w[:1].isupper() and w.lower() in MEASURE_QUALIFIERS:
            kept.insert(0, w.lower())  # "Statutory profit before tax was": which profit, capitalised as a sentence opens
            continue
        # (a compound may hold an initialism: "tax-to-GDP ratio", "non-EU students")
        if not w.replace("-", "").isalpha() or not (w.islower() or "-" in w and w[:1].islower()) \
                or w in context.STOP_WORDS and w not in _PERIOD_ADJECTIVES \
                or w in _SAYING_VERBS or w in context.VERBS_ON_MONEY:
            break  # ("zero-dose children": a hyphenated word restricts too; "unions say| actual costs": a verb)
        # (and "A weekly ticket costs| €20": a product, no figure for the monthly ticket; where the adjective makes a
        # rate, "the monthly rent is| €800", the claim's `per` says so and alignment reads past the word)
        kept.insert(0, w)
    return " ".join(kept + [noun])


_PERIOD_ADJECTIVES = frozenset("daily weekly monthly quarterly yearly".split())
# Words that say which of a company's or an economy's measures a figure is: "underlying profit" is no figure for the
# statutory one, "core inflation" none for headline inflation.
MEASURE_QUALIFIERS = frozenset("underlying adjusted statutory reported headline core basic diluted gross net "
                               "operating".split())
# What a company reports, measured in money: the noun right before the verb that leads to an amount is the amount's.
_FINANCIAL_MEASURES = frozenset("profit profits earnings sales turnover loss losses income revenue revenues ebitda "
                                "ebit dividend dividends capex".split())
_SAYING_VERBS = frozenset("say says think thinks believe believes claim claims argue argues estimate estimates expect "
                          "expects warn warns note notes suggest suggests show shows find finds fear fears".split())
_COST_VERB_BEFORE = regex.compile(r"\bcosts?\s+$")


# The code of an indicator, capitals and digits: "MCV1", "DTP3", "PM2.5", "SDG4"; a network generation: "4G", "5G".
_INDICATOR_CODE = regex.compile(r"[A-Z]{2,}\d+(?:\.\d+)?[A-Za-z]?|\d[A-Z]")
_TERM_WORD = regex.compile(r"\d{1,3}-(?:year|month|week|day)", regex.IGNORECASE)
_BRACKETED_CODE = regex.compile(r"\((?P<code>[A-Z]{2,}\d+(?:\.\d+)?[A-Za-z]?)\)")


def _noun_of(before: str) -> Optional[str]:
    """The noun phrase that ends in "of" right before a number: "a dividend yield of| 4.1 per cent" gives
    "dividend yield", "turnover of| 1.23 billion shekels" gives "turnover". None for words that only
    say how the number is given ("a total of", "the sum of")."""
    trimmed = before.rstrip()
    # (the pattern ends in a space, "of", maybe spaces: a cheap test first)
    m = _OF_BEFORE.search(before) if trimmed.endswith("of") and trimmed[-3:-2].isspace() else None
    if not m:
        return None
    words: list[str] = []
    bounded = False  # a determiner or preposition opens the phrase ("a dividend yield of")
    for w in reversed(m.group("phrase").split()):
        if w.lower() in context.STOP_WORDS:
            bounded = True
            break
        if len(words) == 3:
            break
        words.append(w)
    words.reverse()
    if not bounded and len(words) < 3 and _YEAR_OPENS_PHRASE.search(before, 0, m.start("phrase")):
        bounded = True  # "the 2019 wheat harvest of": the year opens the phrase as "the" does
    if not bounded and len(words) > 1:
        words = words[-1:]  # "Ferries recorded turnover of": where the phrase opens is unknown, keep its head
    if not words or words[-1].lower() in _NOT_WHAT_OF:
        return None
    return " ".join(words)


_YEAR_OPENS_PHRASE = regex.compile(r"\b(?:the|its|their|a)\s+(?:19|20)\d\d\s+$", regex.IGNORECASE)
_NONE = type(None)
# For each field of a Claim, the types a value may have for validation to return it as it is.
_PLAIN_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,), "source": (str,), "line": (int,), "column": (int,), "start": (int,), "end": (int,),
    "page": (int, _NONE), "text": (str,), "sentence": (str,), "kind": (str,), "value": (float, str, _NONE),
    "unit": (str, _NONE), "currency_assumed": (bool,), "lower": (float, str, _NONE), "upper": (float, str, _NONE),
    "lower_inclusive": (bool,), "upper_inclusive": (bool,), "qualifier": (str,), "change": (str, _NONE),
    "subject": (str, _NONE), "subject_head": (str, _NONE), "place": (str, _NONE), "period": (str, _NONE),
    "per": (str, _NONE), "entity": (str, _NONE), "event": (str, _NONE), "scope": (str, _NONE),
    "part": (str, _NONE), "cell": (_NONE,), "published": (dt.date, _NONE),
}
_PLAIN_ROWS: set[tuple[type, ...]] = set()  # the rows of value types found plain so far
_CHANGES = (None, "up", "down")


def _claim(**fields) -> Claim:
    """Claim(**fields), without validating again values that already are what validation would make of them.

    When every field is given, in order, each value has one of its field's own types (`_PLAIN_TYPES`: a
    float or a str for a value, an int for an offset...) and the kind, qualifier and change are allowed
    words, validation returns every value as it is: the record is then built directly, as
    `Claim.model_construct` builds it, every field set. Anything else is validated.
    """
    if tuple(fields) == _CLAIM_FIELDS and fields["kind"] in KINDS and fields["qualifier"] in QUALIFIERS \
            and fields["change"] in _CHANGES:
        row = tuple(map(type, fields.values()))
        if row in _PLAIN_ROWS or all(t in _PLAIN_TYPES[name] for name, t in zip(_CLAIM_FIELDS, row)):
            _PLAIN_ROWS.add(row)
            claim = Claim.__new__(Claim)
            _set = object.__setattr__
            _set(claim, "__dict__", fields)
            _set(claim, "__pydantic_fields_set__", set(_CLAIM_FIELDS))
            _set(claim, "__pydantic_extra__", None)
            _set(claim, "__pydantic_private__", None)
            return claim
    return Claim(**fields)


_CLAIM_FIELDS = tuple(Claim.model_fields)
assert set(_PLAIN_TYPES) == set(_CLAIM_FIELDS)


def _tidy_sum(a: float, b: float) -> float:
    total = a - b if a < 0 else a + b
    return float(f"{total:.15g}")


# The patterns of Extractor._subject.
# Words that write numbers, never things: no subject ends in one.
_NUMBER_WORD_HEADS = frozenset(
    [*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, *SCALE_ABBREVIATIONS, *(w + "s" for w in SCALE_WORDS),
     "percent", "cent", "pct", "dozen", "dozens"])
_CAPITAL = regex.compile(r"^[A-Z]")
_ONE_OF_THE = regex.compile(r"one\s+of\s+the\s+(?:most\s+|least\s+)?\w+\s+", regex.IGNORECASE)
# A name right before a verb of winning or holding and the figure: "The Green Party won| 28 of the 51 seats".
# Verbs whose "up" goes with them, not with "to": "revised| up to", "went| up to", "was scaled| up to".
_UP_VERB_BEFORE = regex.compile(r"\b(?:revised|adjusted|went|goes|go|gone|going|moved|scaled|ramped|stepped|ticked|"
                                r"edged|marked|bumped|add|adds|added|adding|sum|sums|summed|summing)\s+$", regex.IGNORECASE)
_OWNER_VERB_BEFORE = regex.compile(
    # (an apposition may follow the name: "Orlair, the national flag carrier, flew|")
    # (a list inside it: "Transsion, the maker of Tecno, Infinix and itel phones, shipped|")
    r"(?<![\w'’-])(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:\s*,\s+(?:the|a|an|its|[A-Z][\w-]*['’]s)\s+"
    r"[^,;:()]{1,40}"
    r"(?:,\s+[^,;:()]{1,30}){0,2},)?"
    r"(?:\s+\((?-i:[A-Z])[A-Za-z&.]{1,9}\))?"  # ("Valdorian State Railways (VSR) carried|": its initials)
    r"(?:\s*,\s+(?:which|who))?\s+"  # ("The Democratic Centre, which won| 61 seats")
    r"(?:(?:has|have|had)\s+)?"
    r"(?:won|wins|took|takes|gained|gains|secured|flew|flies|"
    r"holds|held|captured|kept|retained|scored|received|got|claimed|"
    # what a named business, airport or sector did: "Gatwick Airport handled 40.9 million passengers",
    # "Manufacturing added 28,000 jobs"
    r"added|adds|shed|sheds|created|creates|handled|handles|carried|carries|served|serves|sold|sells|produced|"
    r"produces|employs|employed|delivered|delivers|shipped|ships|welcomed|welcomes|attracted|attracts|drew|draws|"
    r"hosted|hosts|saw|sees|processed|processes|registered|registers|"
    # a party's or candidate's standing in a poll: "Labour is on 38%", "with Labour on 12"
    r"(?:is|was|are|were|stands|stood|remains|remained)\s+on|(?<=\bwith\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)on)"
    r"\s+(?:(?:about|around|some|nearly|almost|just|"
    r"only|over|under)\s+)?$")
_OWNER_VERB_RUNS = word_set("registered registers "
                            "won wins took takes gained gains secured holds held captured kept retained scored received "
                            "got claimed added adds shed sheds created creates handled handles carried carries served "
                            "serves sold sells produced produces employs employed delivered delivers shipped ships "
                            "welcomed welcomes attracted attracts drew draws hosted hosts on flew flies saw sees "
                            "processed processes")
# A label that opens an item of a listing: "results: Greens| 28 seats", ", Labour| 15", ", the Liberals| 6".
# A name that holds what follows "with": "The Greens, with| 18 seats,", "The Conservatives remain the largest party
# with| 19 seats".
_SCALE_IN_TEXT = regex.compile(r"\b(?:million|billion|trillion|bn|mn|tn|trn)\b|\d(?:bn|mn|tn|m)\b", regex.IGNORECASE)
# Verbs that a count's subject reading may take for its noun: "1.9 trillion| go to pensions".
_VERBS_AFTER_AMOUNT = frozenset("go goes went come comes came is are was were remain remains".split())
_OF_THE_WHOLE_OPENER = regex.compile(r"\s*(?:Of|Among)\s+(?:the|these|those|its|their)\s+(?:[$€£]|[A-Z]{2,3}\s?)?$")
# A verb that says what an amount measures, and maybe the name before it: "Luis Brandt spent| $2.9 million".
# A verb that names what a quantity measures: "Valdoria emitted| 412.6 MtCO2e".
_MEASURE_OF_QUANTITY_VERB = {"emitted": "emissions", "emits": "emissions", "exported": "exports", "exports": "exports",
                             "imported": "imports", "imports": "imports", "produced": "production",
                             "produces": "production", "consumed": "consumption", "consumes": "consumption",
                             "generated": "generation", "generates": "generation", "harvested": "harvest",
                             "shipped": "shipments", "seized": "seizures", "captured": "capture",
                             "landed": "landings", "used": "use", "uses": "use", "sold": "sales", "sells": "sales",
                             "ships": "shipments", "delivered": "deliveries", "delivers": "deliveries",
                             "mined": "production", "mines": "production"}
_QUANTITY_VERB_BEFORE = regex.compile(rf"\b(?P<verb>{'|'.join(_MEASURE_OF_QUANTITY_VERB)})\s+"
                                      r"(?:(?:about|around|some|nearly|almost|over|roughly|an\s+estimated)\s+)?$",
                                      regex.IGNORECASE)
_MEASURE_OF_MONEY_VERB = {"spent": "spending", "spends": "spending", "invested": "investment",
                          "invests": "investment", "earned": "earnings", "earns": "earnings", "paid": "pay",
                          "borrowed": "borrowing", "borrows": "borrowing",
                          # (box office: "has grossed $97.6 million", "opened to $142.6 million")
                          "grossed": "gross", "grosses": "gross", "opened to": "opening",
                          # (a level lost, not a fall: "older people lost €127.9 million to scams")
                          "lost": "losses", "lose": "losses", "loses": "losses",
                          # (a penalty, and a plan to invest: "Thames Water was fined £104 million", "will invest")
                          "fined": "fine", "invest": "investment"}
# What money was lost to: "lost €162 million| to investment scams", "through romance fraud", "via phishing".
_LOST_TO_WHAT_AFTER = regex.compile(
    r"\s+(?:to|through|via)\s+(?:the\s+)?(?P<what>[a-z][\w-]*(?:\s+(?!(?:in|on|at|during|over|last|this|and|or|for|"
    r"from|by|since|between|a|an|the|each|every|per|compared|than|was|were)\b)[a-z][\w-]*){0,2})(?![\w-])")
# Money lost, said in the passive: "€162 million| was lost through investment scams".
_LOST_PASSIVE_AFTER = regex.compile(r"\s+(?:was|were|(?:has|have|had)\s+been)\s+lost(?=\s+(?:to|through|via)\s)")
# The next of several losses, its verb left out: "lost €162 million to investment scams| and |€71 million to ...".
_ANOTHER_LOSS_BETWEEN = regex.compile(r"(?:\s+(?:was|were|(?:has|have|had)\s+been)\s+lost)?\s+(?:to|through|via)\s+"
                                      r"[^,;:\d]{1,50}?(?:,\s+|\s+and\s+|,\s+and\s+)"
                                      r"(?:(?:a\s+further|another|about|around|some|nearly|almost|over)\s+)?")


def _lost_to_what(text: str, claim_end: int, s_end: int) -> Optional[str]:
    """What money was lost to, as a part of the losses: "lost €162 million| to investment scams" -> "investment scam";
    None where the sentence does not say."""
    passive = _LOST_PASSIVE_AFTER.match(text, claim_end, s_end)
    lost_to = _LOST_TO_WHAT_AFTER.match(text, passive.end() if passive else claim_end, s_end)
    if lost_to is None:
        return None
    return context.singular_phrase(lost_to.group("what").lower().split())


_MONEY_VERB_BEFORE = regex.compile(
    # ("Luis Brandt spent", "Her challenger, Luis Brandt, spent", "Dana Okafor's campaign alone spent")
    r"(?:(?<=,\s)(?P<label>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),\s+"
    r"|(?<![\w'’-])(?P<label>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)(?:['’]s(?:\s+[a-z]+){1,2})?\s+"
    r"(?:alone\s+)?)?"
    r"(?:(?:has|have|had|will|is|are|was|were|also|reportedly)\s+)?"
    r"(?P<verb>spent|spends|invested|invests|earned|earns|paid|borrowed|borrows|grossed|grosses|opened\s+to|lost|"
    r"lose|loses|fined|(?<=\b(?:will|to)\s)invest)\s+"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|less\s+than|up\s+to|an\s+estimated|a\s+total\s+of|"
    r"just|only|roughly)\s+)?$")
# (past a whole's possessive: "1,200 of| the country's |4,000 pharmacies")
_OF_THE_GAP = regex.compile(r"\s+of\s+(?:the\s+)?(?:(?:nation|country|world|city|region|state|province|county)['’]s\s+)?")
_OF_A_WHOLES_POSSESSIVE = regex.compile(r"\s+of\s+(?:the|its|their)\s+(?:nation|country|world|city|region|state|"
                                        r"province|county|group|company|sector|industry)['’]s\s+")
_EDITION_AFTER = regex.compile(r"\s+(?:edition|round|wave|cycle)\b", regex.IGNORECASE)
# "it" as the subject right before the figure's verb: "In 2023 it reached| 87.9%", "It stood at| 4.1%".
_IT_THEN_VERB = regex.compile(r"\b[Ii]t\s+(?:(?:has|had|then|also)\s+)?(?:was|is|reached|stood\s+at|rose\s+to|fell\s+to|"
                              r"climbed\s+to|dropped\s+to|hit|totalled|totaled|came\s+to|remained\s+at|averaged)\s+"
                              r"(?:(?:about|around|some|nearly|almost|just|only|over)\s+)?$"
                              # (the level the sentence before's figure came from: "This was up from| 5,000 in 2022")
                              r"|(?:^|(?<=[.;:]\s*))(?:[Tt]his|[Tt]hat|[Ii]t)\s+(?:was|is|has\s+been)\s+(?:up|down)\s+"
                              r"from\s+(?:(?:about|around|some|nearly|almost|just|only)\s+)?$")
# What was bought or signed for an amount: "signed Marco Delgado for|", "acquired Velmar for|", "bought the site for|".
# What a source values at an amount: "puts the national backlog of road repairs at|", "estimates the cost at|".
_PUT_AT_BEFORE = regex.compile(
    r"\b(?:puts?|putting|estimates?|estimated|estimating|values?|valued|valuing|pegs?|pegged|pegging)\s+"
    r"(?:the|its|their|this|that)\s+(?P<what>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?\s+at\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$")
_BOUGHT_FOR_BEFORE = regex.compile(
    r"\b(?:signed|signs|bought|buys|acquired|acquires|purchased|purchases|sold|sells)\s+"
    r"(?P<what>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+for\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|a\s+reported|an\s+estimated|a\s+fee\s+of)\s+)?$")
_WITH_OWNER_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    # (or in small letters, as the sentence's subject after an opener: "In Scotland, lung cancer was the most common
    # cancer, with| 5,120 new cases")
    r"|(?<=(?:^|[.!?]\s|,\s)(?:In\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+)?)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"|(?<=^|[.!?]\s)[A-Z][a-z][\w-]*\s+[a-z][\w-]*)"
    r"(?:\s*,|\s+(?:remain|remains|remained|is|are|was|"
    r"were|became|become|becomes)\s+(?:now\s+|still\s+)?the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,?)\s*with\s+$")
_LISTING_LABEL_BEFORE = regex.compile(
    r"(?:[:;,]|\band)\s+(?:the\s+)?(?P<label>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+$")
# Words of a party's or team's name that say what it is, not which ("Green Party" and "Greens" are one).
# A capitalised word opening a sentence, then the subject: "Core| inflation was 4.1%".
# ("Long-term| unemployment"; and an initialism: "DRAM| revenue", "VAT| receipts")
# (and one letter before a hyphen: "E-book loans", "X-ray scans")
_CAPITALISED_OPENER = regex.compile(r"[\s#>*_-]*(?P<word>[A-Z][a-z]+(?:-[a-z]+)*|[A-Z](?:-[a-z]+)+|[A-Z]{2,6})\s+(?=[a-z])")
# Openers that restrict nothing: "Overall inflation", "Total exports", "Last year sales ...".
_NOT_MODIFIERS = frozenset("overall total average annual yearly new last this next first second third meanwhile however "
                           "nationwide globally worldwide".split())
_PREPOSITION_BEFORE = regex.compile(r"\b(?:in|at|of|from|for|to|across|within|throughout|near|by)\s+$", regex.IGNORECASE)
# A name, its possessive and the measure before the figure: "Orbis's annual revenue rose to| $5.2 billion".
_POSSESSIVE_OWNER_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<label>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s?\s+(?P<words>(?:[a-z][\w-]*\s+){1,4})"
    r"(?:[a-z][\w-]*\s+){0,4}?$")
# A public body named in small letters, whose money a figure is: "the transport department's| budget is".
_OWNED_KINDS = frozenset({"money", "count", "percent", "duration", "quantity"})
# The legal forms of a company's name, last in it: "Castlegate Insurance plc", "Halvern AG".
_COMPANY_FORMS = frozenset("plc ltd limited inc llc corp corporation holdings sa ag nv gmbh se spa asa ab oyj".split())
# What a company's release says of its whole market or economy, not of itself.
_MARKET_WORDS = regex.compile(r"\b(?:market|markets|industry|sector|nationwide|nationally|economy|all\s+insurers|"
                              r"all\s+firms|country)\b", regex.IGNORECASE)
# Bodies that are one of many of their kind in a country: their counts are theirs, no national figure.
_LOCAL_BODIES = frozenset("trust council hospital school university".split())
_BODY_POSSESSIVE_BEFORE = regex.compile(
    # ("the special prosecutor's budget", "the campaign's budget": two bodies' budgets, not one)
    r"\b(?:the|its|their)\s+(?P<owner>(?:[a-z][\w-]*\s+)?(?:department|ministry|council|agency|authority|service|"
    r"office|board|commission|directorate|fund|programme|program|trust|prosecutor|campaign|court|hotline|"
    r"helpline|unit|institute|project|scheme|initiative|hospital|school|university))['’]s?\s+"
    r"(?P<words>(?:[a-z][\w-]*\s+){1,4})(?:[\w-]+\s+){0,4}?$", regex.IGNORECASE)  # ("budget| for 2019 is|")
# A name and a verb of having or reporting, then the figure's own words: "Orbis had a| 28% market share",
# "Orbis reported revenue of| $5.2 billion", "Halvard has| 412 stores".
_OWNING_VERB_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<label>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:(?:today|yesterday)\s+)?"
    r"(?:has|had|have|holds|held|reported|reports|posts|posted|announced|announces|"
    r"booked|generated|earned|made|recorded)\s+(?:(?:a|an|its|their|total|annual|net|record|operating|quarterly|"
    r"consolidated|underlying|adjusted|full-year|group|"
    r"revenue|revenues|sales|turnover|profits?|earnings|income|losses|loss|market|share|of|"
    # (where: "Cardiovex had US sales of", "global sales of")
    r"global|worldwide|domestic|international|(?-i:[A-Z]{2,3}))\s+){0,4}"
    r"(?:(?:about|around|some|nearly|almost|over|under|just)\s+)?$")
_TIME_AGO = regex.compile(r"\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|before|later)\b",
                          regex.IGNORECASE)
_FACILITIES = frozenset("store shop branch outlet school library plant factory office clinic hospital mine site "
                        "station restaurant bank depot warehouse centre center mill".split())
_OPENED_OR_CLOSED_BEFORE = regex.compile(r"\b(?:(?P<closed>closed|closes|closing|shut|shuts|shutting|shut\s+down|"
                                         # (a plan: "plans to close 7 of its branches")
                                         r"(?<=\bto\s)close)|"
                                         r"opened|opens|opening|built|builds|(?<=\bto\s)(?:open|build))\s+"
                                         r"(?:(?:about|around|some|nearly|over|"
                                         r"another|a\s+further)\s+)?$", regex.IGNORECASE)
# The subject, a preposition that says what it is for, and its object, then the verb leading to the figure.
_COMPLEMENT_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<noun>[A-Za-z][\w-]*)\s+(?P<preposition>for|on|with|to|towards|in|of)\s+"
    r"(?P<object>(?:(?:the|a|an|its|their)\s+)?"
    # ("Spending on health and social care is": the object's words joined by "and")
    r"(?:[A-Za-z][\w'’-]*\s+(?:and\s+)?){0,2}?[A-Za-z][\w'’-]*)"
    # (a group after the object, which the population key reads: "survival for breast cancer| in women| was")
    r"(?:\s+(?:in|among)\s+(?:[a-z][\w-]*\s+)?(?:women|men|girls|boys|children|adults|males|females|patients|people))?"
    r"\s+(?:(?:therefore|also|then|still)\s+)?"
    r"(?:will\s+be|would\s+be|is|was|are|were|stands?|stood|numbered|"
    r"reached|totalled|totaled|came\s+to|rose|fell|grew|increased|decreased|dropped|climbed|jumped|"
    r"(?:has|have|had)\s+(?:risen|fallen|grown|reached|been))\b")
_COMPLEMENT_DETERMINERS = frozenset("the a an its their".split())
_PLACE_PREPOSITIONS = frozenset("in across throughout within".split())
_FOR_OPENING = regex.compile(r"\s*For\s")
_FIELD_OPENING = regex.compile(r"\s*(?:In|For)\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,?\s+")
_NOT_A_FIELD = frozenset("total all addition particular general contrast comparison practice fact short brief turn "
                         "response return theory part sum effect summary conclusion terms other recent order case cases "
                         "light line view spite place time future past separate spring summer autumn winter fall "
                         "absolute real nominal aggregate example instance reference comparison years decades "
                         "months now this that these those most many some".split())
# Where a subgroup lives, named by its kind: "in rural areas", "in remote communities" (the adjective is the subgroup).
_AREA_NOUNS = frozenset("area region zone community district setting location".split())
_DIGIT_OR_TIME = regex.compile(r"\d|\b(?:year|years|month|months|week|weeks|day|days|quarter|time|now|example|"
                               r"average|instance|comparison|record)\b", regex.IGNORECASE)
_SHARE_BASES = frozenset("gdp gni budget income output revenue spending expenditure".split())
# Short unit symbols that are no English word after a number, so a word may follow them: "52,000 ha of forest",
# "4.2 million ha in 2023".
_UNITS_BEFORE_WORDS = frozenset({"ha"})
# What follows "m" only when it is metres: "212 m deep", "2,800 m long", "312 m (1,024 ft)".
_METRES_AFTER = regex.compile(r"\s+(?:deep|high|tall|long|wide|thick|above|below|away|underground|in\s+(?:length|height|"
                              r"depth|width|diameter))\b|\s*\(\s*(?:about\s+|some\s+)?[\d.,]+\s*(?:ft|feet|foot|yd|yards|mi|"
                              r"miles|in)\b")
_FUNCTION_WORD_AFTER = regex.compile(r"\s+(?:of|in|on|at|for|and|or|were|was|are|is|across|last|this|each|a|per)\b")
# What a nation's accounts measure as a ratio to its output: "a budget deficit of| 3.2% of GDP".
# A fiscal measure a ratio to output belongs to, with the word before it that may say which ("budget deficit").
_OUTPUT_MEASURE = (r"(?<![\w'’-])(?:(?P<modifier>[A-Za-z][\w-]*)\s+)?(?P<head>deficits?|surplus(?:es)?|debts?|"
                   r"borrowing|revenues?|spending|expenditures?|aid|investment|exports|imports|tax(?:es|ation)?|"
                   r"receipts|remittances|subsidies|outlays|assistance)\b")
_MEASURE_OF_OUTPUT = regex.compile(_OUTPUT_MEASURE + r"(?P<rest>[^.;:%\d]*)$", regex.IGNORECASE)
_MEASURE_RESTATED = regex.compile(
    _OUTPUT_MEASURE + r"(?P<rest>(?:[^.;:]|\.(?=\d)){0,80}?)(?:,\s*(?:or|equal\s+to|equivalent\s+to|which\s+is|"
    r"about|roughly|some)|(?:,\s*)?(?:up|down)\s+from|\bfrom)\s+(?:(?:about|around|roughly|some)\s+)?$",
    regex.IGNORECASE)
_SPENT_ON_BEFORE = regex.compile(r"\b(?:spend|spends|spent|spending|invest|invests|invested)\b[^.;:%]{0,60}?\bon\s+"
                              r"(?:the\s+)?(?P<what>[a-z][\w-]*)(?=[^.;:%]*,\s*(?:or|about|roughly|some|equal\s+to)?\s*$)")
_CLAUSE_TURN = regex.compile(r",\s*(?:and|but|while|whereas)\b|\b(?:and|while|whereas)\s+(?:the\s+)?[a-z]+\s+(?:was|is|"
                             r"were|are|reached|stood)\b", regex.IGNORECASE)


def _measure_of_output(text: str, lo: int, hi: int) -> Optional[str]:
    """The fiscal measure a ratio to output belongs to, named in the words just before it: "the budget deficit
    was" -> "budget deficit"; None when no such measure stands in the same clause."""
    # (past the measure's own amount or earlier level: "a deficit of EUR 11.6 billion in 2020, equal to| 6.8%",
    # "Public debt rose to 87.4% of GDP in 2020, up from| 78.9%")
    m = _MEASURE_OF_OUTPUT.search(text, lo, hi) or _MEASURE_RESTATED.search(text, lo, hi)
    if m is None or _CLAUSE_TURN.search(m.group("rest")):
        spent_on = _SPENT_ON_BEFORE.search(text, lo, hi)
        # "will spend 159 billion zlotys on defence in 2024, or 4.1% of GDP": what is spent on, as the aside says
        return context.singular(spent_on.group("what").lower()) if spent_on is not None else None
    head = context.singular(m.group("head").lower())
    modifier = (m.group("modifier") or "").lower()
    if modifier and modifier not in context.STOP_WORDS and not modifier.endswith("ed") \
            and not regex.fullmatch(r"\d.*|of|to|as|its|their|his|her", modifier):
        return f"{modifier} {head}"
    return head


_SPENT_ON_AFTER = regex.compile(r"\s+of\s+(?:(?:the|its|their|national|annual|public)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:on|for|to)\s+"
                                r"(?:the\s+)?(?P<what>[a-z][\w-]*(?:\s+care)?)", regex.IGNORECASE)
_DONOR_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<label>(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:has\s+|have\s+|had\s+|will\s+|"
    r"also\s+)?(?:pledged|pledges|gave|gives|provided|provides|donated|donates|sent|allocated|committed|commits|granted|"
    r"contributed|contributes|disbursed|lent|offered|promised)\s+(?:(?:a|an|another|a\s+further|an\s+extra|some|"
    r"about|around|nearly|over|more\s+than|up\s+to)\s+)?$")
# What a company or body owns, by the subject's head: its money, its share of a market, its customers.
# A name right before a verb of using or releasing and the figure: "Kestrel Logistics emitted| 1.86 million tonnes".
_USER_BEFORE = regex.compile(r"(?<![\w'’-])(?P<label>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?:(?:has|have|had)\s+)?"
                             r"(?:emitted|emits|consumed|consumes|withdrew|withdraws|generated|generates|used|uses)\s+"
                             r"(?:(?:about|around|some|nearly|almost|just|only|over|under|more\s+than)\s+)?$")
# Between two shares of one part in two wholes: "38%| of the workforce and |29% of senior management".
_NEXT_SHARE_OF_SAME_PART = regex.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[a-z][\w-]*\s+){1,4}?"
                                         r"(?:and|but)\s+(?:of\s+)?")
_USER_VERB_RUNS = word_set("emitted emits consumed consumes withdrew withdraws generated generates used uses")
# What a company or a person owns: a figure of it is its owner's ("Orbis's revenue", "Castel's salary").
OWNED_MEASURES = frozenset("subscriber customer user store shop branch account member revenue sale turnover profit "
                            "earning income loss share dividend margin valuation capitalisation capitalization "
                            "buyback "
                            # a provider's capacity: "Oakfield Care had 412 care home beds"
                            "bed "
                            # a person's pay and price: "Castel's salary", "Okonkwo's transfer fee"
                            "salary wage pay fee bonus contract".split())
# A name that opens the next item of a list of ranks: "... 25th on the index and Ecuador| 39th".
_LISTED_RANK_BEFORE = regex.compile(r"(?:,|\band|\bwhile|\bwith)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+$")
# A group of people whose own measure follows: "girls'| pass rate", "women's| unemployment rate".
_GROUP_POSSESSIVE = regex.compile(r"(?P<group>women|men|girls|boys|children|adults|youths?|migrants|refugees|"
                                  r"pupils|students|workers)(?:['’]s|['’])", regex.IGNORECASE)
# (not a base: "118% of| the 2019 figure")
_PERCENT_OF_BEFORE = regex.compile(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+$")
# A year that names what is counted: "of the 2022| deaths", "the 2021 graduates".
_YEAR_BEFORE_NOUN = regex.compile(r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?P<noun>[a-z][\w-]*)\b")
_TO_ONE_GAP = regex.compile(r"\s?:\s?")
# A verb that makes a count or an amount part of a whole: "crashes accounted for| 563 deaths".
_COMPOSED_BEFORE = regex.compile(r"\b(?:(?:made|make|makes|making)\s+up|(?:accounted|account|accounts|accounting)\s+for|"
                                 r"represent(?:ed|s)?|compris(?:ed|es|e)|constitut(?:ed|es|e))\s+$")
_IRREGULAR_PARTICIPLES = frozenset("won held made built sold taken given found seen told born kept left lost paid put "
                                   "set cut hit shot spent".split())
# What the part of a whole is, after the whole: "24 of the 167 countries| were full democracies".
_PART_COMPLEMENT_AFTER = regex.compile(r"[^,;.]{0,30}?\s+(?:were|are|was|is|have\s+been|had\s+been)\s+(?:(?:a|an|the)\s+)?"
                                       r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=[\s,;.]|$)")
_OWNER_GENERIC = frozenset("party parties team club the".split())
# Who a count of events befell, before a passive verb: "local government bodies were hit by| 150 attacks".
_TARGET_OF_BEFORE = regex.compile(r"(?<![\w'’-])(?P<who>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+"
                                  r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:hit|targeted|affected|struck|"
                                  r"attacked|disrupted)\s+by\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$")
# "we", "our" before a figure, in its clause: the document's publisher speaking of itself.
_FIRST_PERSON_BEFORE = regex.compile(r"\b(?:[Ww]e|[Oo]ur)\b(?:\s+[\w'’-]+){0,8}?\s+$")
_COMPANY_SUFFIXES = frozenset("plc ltd limited inc inc. llc co co. corp corp. corporation group holdings the sa ag nv "
                              "gmbh".split())


def publisher_owner(publisher: str) -> Optional[str]:
    """A publisher's name as the entity of what it says of itself: "Marlow & Finch plc" -> "Marlow & Finch"; "The
    Open Door Trust" -> "Open Door Trust"; "Listening Line (charity newsletter)" -> "Listening Line"."""
    name = regex.sub(r"\s*\([^()]*\)", "", publisher)
    words = [w.strip(",") for w in name.split() if w.lower().strip(",") not in _COMPANY_SUFFIXES]
    return " ".join(words) or None
# A service named by a common noun that carried or served a count: "The metro carried|", "the city's buses carry|".
_CARRIER_BEFORE = regex.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[\w-]+['’]s)\s+(?P<label>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:also|now|still)\s+)?"
    r"(?:carried|carries|carry|handled|handles|handle|served|serves|serve|transported|transports|transport)\s+"
    r"(?:(?:about|around|some|nearly|almost|just|only|over|under)\s+)?$")
_CARRIER_VERB_RUNS = word_set("carried carries carry handled handles handle served serves serve transported transports "
                              "transport")
# Nouns that stand for the whole of what is counted, or that a name said before: "the network carried", "the
# airport handled" (Heathrow's figure, said again), no part of it.
_GENERIC_CARRIERS = frozenset("network networks system systems operator operators company companies firm group service "
                              "services authority city country region state airport airports port ports railway "
                              "railways sector industry total".split())
# Agents that own nothing of their own: "Employers added 204,000 jobs" is the whole economy's figure, and a public
# body that counts for its country reports the country's figure ("the Office received 329,120 applications").
_NO_OWNER = frozenset("employers employer firms companies businesses economy government authorities officials "
                      "ministry ministries office department agency bureau commission directorate secretariat "
                      "inspectorate registry police "
                      "it they we this these overall together".split())
_LABEL_BEFORE = regex.compile(r"([A-Za-z][\w-]*)\s*\(\s*$", regex.REVERSE)
# "87 mph (140 km/h)": the word before the bracket is the unit of a number, not a label.
_NUMBER_BEFORE_LABEL = regex.compile(r"\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k)?\s*$", regex.IGNORECASE)
_CONVERSION_GAP = regex.compile(r"\s*\(\s*")
# Between two changes of one verb: "rose 4%| in 2023 and |3% in 2022", "fell 2%| this year and |5% last year".
_ELLIPTIC_CHANGE_GAP = regex.compile(r"\s+(?:(?:in|during|for|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+|"
                                     r"(?:this|last)\s+(?:year|month|quarter))\s*,?\s+and\s+(?:by\s+)?")
_SHARE_OF_AFTER = regex.compile(r"\s+of\b")
_RESTATED_GAP = regex.compile(r"\s*(?:(?:percentage\s+)?points?\s*|[a-z]+\s+)?(?:,\s*or|\(|or)\s*")
# A change named by the noun after the number: "a 4.2 percent drop", "a 10-point rise".
# What may follow "higher" or "down" that ends a change ("shares closed 4% higher at 3.23", "profit was 8% down on
# 2022", "4% lower."), where a noun would make a comparison of two things ("a 4% lower rate").
# ("threefold higher for smokers", "4% higher in Paris" compare two groups or places: no change)
_AFTER_CHANGE_ADVERB = r"\s*(?:[,.;:)]|$)|\s+(?:at|on|from|over|after|year|this|last|since)\b"
_CHANGE_NOUN_AFTER = regex.compile(
    r"[\s-]+(?:(?:percentage\s+)?points?[\s-]+)?(?:(?P<down>drop|decline|fall|decrease|cut|reduction|slump|plunge|dip|contraction|loss"
    # "9% fewer than in 2017", "12% higher than a year earlier": a difference from another time or thing
    r"|(?:fewer|lower|less|smaller|cheaper)(?=\s+than\b)|(?:lower|down)(?=" + _AFTER_CHANGE_ADVERB + r"))"
    r"|(?P<up>increase|rise|gain|jump|hike|surge|climb|boost|expansion|growth|(?:more|higher|greater|larger|bigger)"
    r"(?=\s+than\b)|(?:higher|up)(?=" + _AFTER_CHANGE_ADVERB + r")))\b"
    r"(?!-(?!off\b)[a-z])",  # (a compound is no change: "340 drop-in sessions", "fall-back"; a "drop-off" is)
    regex.IGNORECASE)

# Verbs that state a multiplier: (factor, direction). "halved" is twofold down, as "fell tenfold" is tenfold down.
# (Not "halves", "doubles": nouns as often as verbs, "three halves".)
_MULTIPLIER_VERBS = {
    **dict.fromkeys(("doubled", "doubling"), (2.0, "up")),
    **dict.fromkeys(("tripled", "trebled", "tripling"), (3.0, "up")),
    **dict.fromkeys(("quadrupled", "quadrupling"), (4.0, "up")),
    **dict.fromkeys(("halved", "halving"), (2.0, "down")),
}
_MULTIPLIER_RUNS = frozenset(w.encode() for w in _MULTIPLIER_VERBS)
_NOUN_BEFORE_VERB = regex.compile(r"(?P<noun>[A-Za-z][\w-]*)\s+(?:(?:has|have|had|was|were|is|are|will)\s+"
                                  r"(?:been\s+|be\s+)?|(?:more\s+than|nearly|almost|roughly)\s+)?$")
_MULTIPLIER_VERB = regex.compile(r"\b(?P<verb>" + "|".join(_MULTIPLIER_VERBS) + r")\b", regex.IGNORECASE)

# A comparative after a multiplier: "tenfold higher than", "threefold more likely".
_COMPARED_AFTER = regex.compile(r"\s+(?:higher|lower|more|less|greater|larger|smaller|bigger|faster|slower|"
                                r"cheaper|costlier|as|than|over)\b", regex.IGNORECASE)

# "$30m| of the $48m budget": an amount that is part of the next one.
_PART_OF_AMOUNT = regex.compile(r"\s+of\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[A-Z]{0,3}\s?[$€£¥₹]|\d)")

# What makes a small count of points or questions the text's own (see Extractor._counts_the_text).
_TEXT_NOUN = regex.compile(r"\b(?:this|the|our|present)\s+(?:article|paper|report|chapter|section|essay|brief|study|"
                           r"document|book|text|note|analysis)\b", regex.IGNORECASE)
# Words that may stand between a count and its discourse noun: "two important ways".
_DISCOURSE_ADJECTIVES = frozenset(
    "important main key major different distinct basic central principal broad separate specific concrete practical "
    "simple fundamental general crucial critical essential primary additional further other new possible".split())
# ("Recommendations: Three Changes": a heading after a colon)
_ITEMS_BEFORE = regex.compile(r"\b(?:these|following)\s+$|:\s*$", regex.IGNORECASE)
_ITEMS_AFTER = regex.compile(r"[^.;!?]*?:|\s+(?:are|were|is|was|will\s+be)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b",
                             regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?](?:\s+|$)")
_FIRST_NEXT = regex.compile(r"(?:First|Firstly|The\s+first)\b")

# "cut forced labour by| half", "raised its budget by| 5%": the change verb, what it acts on, "by".
# "raised its policy rate to| 4.75%", "kept interest rates at| 5.25%": the level the verb set its object at.
_OBJECT_SET_TO = regex.compile(
    r"\b(?:cut|cuts|reduced|lowered|trimmed|raised|raises|lifted|lifts|increased|hiked|kept|keeps|held|holds|left|"
    r"leaves|set|sets|fixed|pegged|maintained|"
    # (what an estimate or a release puts a figure at: "Analysts put annual inflation at 7.4%")
    r"put|puts|estimated|estimates|valued|values|showed|shows|placed|places|forecast|forecasts|projected|projects|"
    # (a consequence: "..., lifting our share of the motor market to| 18.6%")
    r"lifting|raising|taking|pushing|bringing|cutting|reducing|lowering|took|takes|brought|brings|pushed|pushes)"
    r"\s+(?:(?:the|its|their|his|her|our|this|that)\s+)?"
    r"(?P<object>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?(?:market|sector|industry|vote|total))?)"
    # ("showed annual inflation in Estravia at 7.4%": where, between the object and its level)
    r"(?:\s+(?:in|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
    r"\s+(?:(?:unchanged|steady)\s+)?(?:to|at)\s+$",
    regex.IGNORECASE)
_OBJECT_BEFORE_BY = regex.compile(
    r"\b(?:cut|cuts|reduce|reduces|reduced|slash|slashed|lower|lowered|trim|trimmed|decrease|decreased|halve|"
    r"increase|increases|increased|raise|raises|raised|boost|boosted|expand|expanded|lift|lifted)\s+"
    # (a code may name it: "cut PM2.5 emissions by")
    r"(?:(?:the|its|their|his|her|our|this|that)\s+)?(?P<object>(?:[A-Z]{2,}\d+(?:\.\d+)?\s+|[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*)"
    # (what it is of: "cut the rate of hospitalization for heart failure by", "the risk of death or ... by")
    r"(?:\s+(?:of|for|from|among|in)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)?\s+by\s+$",
    regex.IGNORECASE)

# A number held on an average day, a stock rather than a flow: "held an average of| 4,528 prisoners a day",
# "housed on average 310 people a night".
_AVERAGE_HELD_BEFORE = regex.compile(
    r"\b(?:held|holds|hold|housed|houses|house|detained|detains|accommodated|accommodates|sheltered|shelters|"
    r"occupied|occupies|contained|contains|had\s+in\s+custody)\s+(?:an\s+average\s+of|on\s+average)\s+"
    r"(?:\S+\s+){0,2}?\S*\d\S*$", regex.IGNORECASE)

# "29| per |100,000 inhabitants": a figure per a round population size.
# (past a few words of what is counted: "31.2 households in TA| per |1,000 households")
_PER_BASE_JOIN = regex.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,4}?" + units.PER_POPULATION_WORD, regex.IGNORECASE)
_PER_BEFORE = regex.compile(r"\b" + units.PER_POPULATION_WORD + "$", regex.IGNORECASE)
_POPULATION_BASES = frozenset({100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0})
# ("1 in every 8 children": a share, read as one below)
_IN_EVERY_BEFORE = regex.compile(r"\bin\s+every\s+$", regex.IGNORECASE)
# "one every 3 days": how often, no thing per so many others.
_TIME_AFTER_BASE = regex.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b", regex.IGNORECASE)
# The same written in words: "31 road deaths per million people", "4 per thousand".
# ... and a count per thing: "4,800 inhabitants per square kilometre", "1.38 children per woman" (a density or a
# ratio, no count of the whole).
_PER_WORD_BASE = regex.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + units.PER_POPULATION_WORD + r"(?:(?:hundred|thousand|million|"
                               r"square\s+(?:kilometre|kilometer|km|mile|metre|meter)|km2|km²|sq\.?\s?(?:km|mi)|woman|"
                               r"person|capita|head|household|hectare)\b|" + units.PER_THING + ")", regex.IGNORECASE)

# "two thirds| of the victims": of a group (a plural noun up to two words on, or "those", "them"...).
_NEXT_WORD = regex.compile(r"\s+([a-z][\w'’-]*)")
_SHARE_OF = regex.compile(
    r"\s+of\s+(?:(?P<pronoun>those|them|us|these|whom|it|this|that|which)\b|(?P<all>all\s+(?=[a-z]))|"
    r"(?:(?:the|its|their|his|her|our|these|those)\s+)?"
    # "half of the 500,000 it promised", "a quarter of the population": a figure, or a noun for a whole group
    r"(?:(?P<figure>[$€£]?\d)|(?P<group>population|workforce|electorate|public|total|budget|market|staff|"
    r"sample|vote|country|world)\b|(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w'’-]*)\b))",
    regex.IGNORECASE)

# "a 3% drop| in sales", "a rise| of 5% in the number of"...: the preposition that leads to what changed.
_CHANGED_THING = regex.compile(
    r"\s+(?:in|of)\s+(?:the\s+(?:number|amount|price|value|level|rate)\s+of\s+)?(?:(?:the|its|their|his|her)\s+)?",
    regex.IGNORECASE)

# After these a bare count is a part of the count before it, or the same measure at another time or place:
# "6 million homes, including 1.5 million", "1,245 cases, up from 1,102", "40 deaths, compared with 52".
_SUBSET_OPENERS = r"including|of\s+which|of\s+whom|among\s+them|among\s+which"  # "including 1.5 million"
_PART_AFTER = regex.compile(rf"\b(?:{_SUBSET_OPENERS}|up\s+from|down\s+from|"
                            r"compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:\w+\s+){0,2}$",
                            regex.IGNORECASE)
# The words right after a subset count, where its own noun would be: "including 1,180| registered nurses".
_OWN_NOUN_AFTER = regex.compile(r"(?:\s+[a-z][\w-]*){1,3}")
# Between a rate and an earlier level of it, said with its period left out: "€265.30 per week in 2023, up from|".
_COMPARED_LEVEL_BETWEEN = regex.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|than)\s+(?:about\s+)?$"
                                        # ("60% more than the England average of| £157.68")
                                        r"|\b(?:than|above|below|over|under)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?"
                                        r"(?:average|median|mean|level|figure|rate|price|cost|total|wage|benchmark|threshold)\s+"
                                        r"(?:of\s+)?(?:about\s+)?$")
# A lead-in line's word for the period its items are counted per: "Average weekly payments:".
_LEAD_RATE = regex.compile(r"\b(weekly|monthly|daily)\b", regex.IGNORECASE)
# Words that open a subset of what the sentence counted: "of whom 4.8 million", "including 1.5 million".
# Names listed after a count and its noun, as many as it counts: "The two plants|, Kestrel Point and Brennock,".
_NAMED_MEMBERS_AFTER = regex.compile(r"\s*,\s+(?P<names>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*"
                                     r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)*"
                                     r"\s*,?\s+and\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s*[,;.]")
_NAME_LIST_SEPARATOR = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_SUBSET_BEFORE = regex.compile(rf"\b(?:{_SUBSET_OPENERS}|among\s+whom|of\s+these|of\s+them)\s+(?:\w+\s+){{0,2}}$",
                               regex.IGNORECASE)
# What the subset is: "... were in forced sexual exploitation" -> "exploitation", "... in the delta" -> "delta",
# "... were children" -> "children".
_SUBSET_WHAT = regex.compile(
    r"\s*(?:[a-z][\w-]*\s+){0,2}?(?:(?:were|was|are|is)\s+(?:(?:in|from|on|at|with|for)\s+|(?![a-z]+ed\b|"
    r"(?:taken|given|held|found|sold|born|kept|sent|brought|caught|seen|shown|known|made|left|hit|hurt)\b))|"
    r"(?:in|from|on|at|with|for)\s+)"
    r"(?:(?:the|a|an)\s+)?"
    r"(?P<what>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s*(?:[,.;:)]|$)|\s+and\s+(?:some\s+|about\s+)?\d)",
    regex.IGNORECASE)  # (the next item may follow: "28 million were in forced labour and 22 million ...")


# "3,200| of the |prisoners": a count of some of a whole named after it.
_OF_THE_WHOLE_AFTER = regex.compile(r"\s+of\s+(?:the|these|those|its|their|that|this)\s+(?!\d)[^.;:]*?\b(?:were|are|was|is)\s+",
                                    regex.IGNORECASE)
# The setting of a count, right after its noun: "52,300 teachers| in primary schools", "1,940 cases| in rural areas".
_SETTING_AFTER = regex.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?in\s+(?P<group>(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\b(?!\s+of\b)")
# (number words, as _NUMBER_WORD_HEADS lists them: "in eight districts" counts the settings)
_NOT_SETTINGS = _NUMBER_WORD_HEADS | frozenset(
    "terms years months days weeks hours decades points dollars euros pounds pesos numbers totals cases parts ways "
    "words some many several other various different most few its their his her our this these those all".split())
_ALL_BEFORE = regex.compile(r"\ball\s+$", regex.IGNORECASE)  # ("all 9,100 of the prisoners": the whole)
# ... and which ones: "were| women", "were| foreign nationals".
_PART_AFTER_VERB = regex.compile(r"(?:(?:all|mostly|mainly)\s+)?(?P<part>[a-z][\w-]*)(?=\s*(?:[.,;:)]|$))")


def _subset_label(text: str, end: int, s_end: int) -> str:
    """The singular head of what a subset count is (a claim's `part`), or "part" when the sentence does not say."""
    m = _SUBSET_WHAT.match(text, end, s_end)
    return context.singular(m.group("what").split()[-1]) if m else "part"


_BREAKDOWN_WHOLE = regex.compile(r"(\d[\d,]*)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)[^:]*:")
# A dimension after a length: "1,800 metres long" says how it is measured, not what.
_DIMENSION_WORD = regex.compile(r"(?:long|wide|high|tall|deep|thick|across|in\s+length|in\s+diameter|away|apart)\b",
                                regex.IGNORECASE)
# What ends the clause a sentence opens with: a comma, a colon, a conjunction or a relative pronoun.
_CLAUSE_BREAK = regex.compile(r"[,;:()]|\s(?:and|but|or|while|whereas|which|who|that|when|after|before)\s")
_SENTENCE_SUBJECT = regex.compile(r"\s*(?:The|the|A|An|Its|This)\s")
_SUBJECT_AFTER_OPENER = regex.compile(r"\s*(?:long|wide|high|tall|deep|thick|across)\s*,\s*(?:the|a|an|its)\s",
                                      regex.IGNORECASE)
# Verbs that lead from what is measured to its measure: "The viaduct measures| 1,800 metres".
# Hedges that are verbs, leading from what is measured to a bound on it: "exceeded 48,000", "topped 2 million".
_VERB_HEDGE = regex.compile(r"(?:exceeded|exceeds|exceed|surpassed|surpasses|surpass|topped|tops|top)\s+", regex.IGNORECASE)
# What leads a verb to the future: "will", "could", "is expected to", "are forecast to".
_FUTURE_LEAD = (r"(?:will|would|could|may|might|should|(?:is|are|was|were)\s+(?:(?:now|still)\s+)?(?:expected|forecast|"
                r"projected|set|likely|predicted|estimated|due|poised|on\s+track)\s+to)")
_FUTURE_MEASURE_VERBS = "reach|exceed|top|hit|total|surpass|near|approach|average|rise|fall|grow|climb|remain|stand|stay"
_MEASURE_VERBS = (
    "measures measured stretches stretched runs ran spans spanned covers covered reached reaches fell rose grew "
    "dropped stood stands totalled totaled amounted came climbed declined peaked averaged averages topped hit "
    "neared approached equalled equaled eased slowed accelerated quickened cooled moderated slipped dipped "
    "jumped surged soared slid sank tumbled plunged plummeted increased decreased rebounded "
    "exceeded exceeds surpassed surpasses tops "
    # (a participle that sums: "imposed penalties totalling| €19.6 million"; or that reaches: "with referrals in
    # Northmoor reaching| 52,600")
    "totalling totaling reaching hitting topping exceeding surpassing averaging "
    # what an appeal or a plan asks for: "The appeal for Sudan seeks| US$2.7 billion"
    "seeks sought requires required needs needed requests requested "
    # a level kept or settled: "Wheat production remained at| 4.2 million tonnes", "came in at| 3.1%"
    "remained remains stayed stays held holds settled "
    # what a sale or an appeal brought in: "The auction raised| $412 million"
    "raised generated fetched earned collected "
    # a count said by its verb: "new entrants numbered| 30,900"
    "numbered").split()
# Patterns that end at "$" and read the words before a number are compiled with regex.REVERSE: searched
# from the end of their window, they try the one place a match can end first (the same matches, found
# several times faster; `python -m bench.speed` measures it).
# A time between a noun and its verb: "Operating profit for 2023| was", "Sales in Q3 2024| were", "Growth in the
# first half of 2024| was", "GDP growth in the first quarter| was".
_TIME_BEFORE_VERB = (
    r"(?:(?:for|in|during)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?"
    r"(?:(?:Q[1-4]|H[12]|(?:first|second|third|fourth)\s+(?:quarter|half)|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?:\s+(?:of\s+)?(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d(?:[/–-]\d{2,4})?)\s+)?")
# Adverbs between a noun and its verb: "Real wages therefore fell", "Exports, however, rose".
_ADVERBS = (r"(?:also|then|therefore|thus|consequently|meanwhile|however|still|again|further|subsequently|accordingly|"
            r"nonetheless|nevertheless|instead|reportedly|already|even|now|currently|typically|usually|generally)")
_ADVERB_BEFORE_VERB = rf"(?:{_ADVERBS}\s+)?"
_MEASURED_NOUN = regex.compile(
    # (a year may come between: "Operating profit for 2023 was| 2.1 billion kroner")
    rf"(?P<noun>[A-Za-z][\w-]*)(?:,\s+{_ADVERBS},)?\s+{_TIME_BEFORE_VERB}{_ADVERB_BEFORE_VERB}"
    r"(?:(?:is|was|are|were|(?:will|would)\s+(?:be|cost)|has\s+been|have\s+been|costs?)"
    r"\s+(?:(?:now|currently|still|then|only|just|barely)\s+)?(?:worth\s+|(?:estimated|put|valued|priced|forecast|projected|expected|"
    r"unchanged|set|confirmed|fixed|capped)\s+at\s+"
    # ("The number of arrivals in 2023 was revised up to| 157,652")
    r"|(?:later\s+)?(?:revised|adjusted)(?:\s+(?:up|down|upwards?|downwards?))?\s+to\s+)?|"
    # ("The death toll has risen to| 4,812": the perfect tense too)
    rf"(?:(?:has|have|had)\s+(?:(?:now|already|since)\s+)?(?:risen|fallen|grown|come|{'|'.join(_MEASURE_VERBS)})|"
    # (a forecast: "Foldable shipments will reach| 22.5 million", "are expected to exceed| 25 million")
    rf"{_FUTURE_LEAD}\s+(?:{_FUTURE_MEASURE_VERBS})|"
    rf"{'|'.join(_MEASURE_VERBS)})\s+(?:to\s+|at\s+|by\s+|for\s+)?)"
    r"(?:(?:a|an)\s+(?:new\s+)?record\s+(?:(?:high|low)\s+of\s+)?)?$", regex.REVERSE
)
# "shares plummeted 40.8 per cent to $2.06": after a change, the level the changing thing reached.
# A name that ends in a number: "the S&P 500", "the FTSE 100", "the ASX 200", "Boeing's 737".
_NAME_WITH_NUMBER = r"[A-Z][\w&/.'’-]*\s+\d{1,4}(?![\d,.]\d)"
_CHANGE_VERB = (r"(?:rose|fell|dropped|jumped|climbed|plummeted|plunged|tumbled|declined|increased|decreased|grew|"
                # (a participle after "with": "with referrals rising to 52,600")
                r"(?<=\bwith\s+(?:[\w'’-]+\s+){1,4})(?:rising|falling|climbing|growing|dropping|jumping|soaring|"
                r"surging|increasing|decreasing|declining)|"
                r"surged|soared|slid|slumped|sank|dipped|gained|lost|edged\s+(?:up|down)|advanced|retreated|rallied|"
                r"widened|narrowed|eased|slowed|accelerated|quickened|cooled|moderated|rebounded|"
                r"doubled|tripled|trebled|quadrupled|halved|shrank|shrunk|contracted|dwindled|"
                # (after "will" or "is expected to": "The population is expected to shrink by 8%")
                r"(?<=\b(?:will|to)\s+)(?:rise|fall|grow|shrink|contract|decline|increase|decrease|drop|double|halve)|"
                # (a market's close: "shares closed 4% higher at 3.23", "the index ended at 7,425")
                r"closed|ended|finished|settled|"
                r"(?:(?:is|was|are|were|closed|ended|finished|went|gone|goes|go|came|come|comes|moved|moves)\s+)?"
                r"(?:up|down))")
_PASSIVE_CHANGE = r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+)?(?:cut|reduced|raised|lowered|slashed|halved|doubled|" \
                  r"(?:revised|adjusted)(?:\s+(?:up|down|upwards?|downwards?))?)" \
                  r"|(?:has|have|had)\s+(?:(?:now|since|already|steadily|sharply)\s+)?(?:risen|grown|fallen|increased|decreased|" \
                  r"dropped|climbed|declined|doubled|halved|jumped|soared|surged))"
# (not the verb before a particle: in "growth was revised| up from", "revised" is no noun that went up)
_NOT_A_PARTICLE_VERB = r"(?<![\w'’-])(?!(?:revised|adjusted|marked|scaled|ramped|stepped|ticked|moved|went)\s)"
_LEVEL_AFTER_CHANGE = regex.compile(
    rf"{_NOT_A_PARTICLE_VERB}(?P<noun>[A-Za-z][\w-]*|{_NAME_WITH_NUMBER})\s+{_TIME_BEFORE_VERB}{_ADVERB_BEFORE_VERB}(?:{_CHANGE_VERB}|{_PASSIVE_CHANGE})\b(?:[^;:.()]|\.(?=\d)){{0,40}}?"
    r"\b(?:to|at)\s*$"  # ("shares closed 4% higher at| 3.23")
    # "Deaths fell from| 3,400", "the rate was halved, from| 12%": the level the change started at
    rf"|{_NOT_A_PARTICLE_VERB}(?P<noun>[A-Za-z][\w-]*)\s+{_TIME_BEFORE_VERB}{_ADVERB_BEFORE_VERB}(?:{_CHANGE_VERB}|{_PASSIVE_CHANGE}),?\s+(?:\S+\s+){{0,2}}?"
    r"from\s+$", regex.REVERSE)
# "rose from", "was cut from", "a rise from": "from X to Y" after a change is where it started and ended.
_CHANGED_FROM = regex.compile(
    rf"\b(?:{_CHANGE_VERB}|cut|raised|reduced|lowered|expanded|shrank|shrunk|swelled|widened|narrowed|"
    r"slashed|boosted|lifted|trimmed|went|gone|moved|changed|revised|adjusted|increase|rise|fall|drop|decline|jump|growth|"
    r"reduction|change|risen|grown|fallen|"
    # (changes whose direction the measure says: "Punctuality improved from 78.9% to 80.2%")
    r"improved|worsened|deteriorated|slipped|recovered|improves|worsens|improving|worsening|"
    # the present and future of a plan: "The plan raises funding for shelters from €2 million to €3 million"
    r"raises|cuts|lifts|increases|reduces|lowers|extends|expands|doubles|halves|raising|cutting|increasing|"
    # the present of a change: "Education spending rises from €10.9 billion to €11.8 billion"
    r"rises|falls|grows|climbs|goes|drops|declines|decreases|jumps|edges|rising|falling|growing|climbing|"
    r"reducing|lowering|extending|expanding|(?<=\b(?:will|to)\s+)(?:raise|cut|lift|reduce|lower|extend|expand))"
    # (and up to six words, but no figure, between: "increased the number of vaccination posts| from")
    # (a year among them: "revised the 2021/22 figure for hospital stays| from")
    r"\s+(?:(?:\S+\s+){0,3}?|(?:(?:[A-Za-z'’-]+|(?:19|20)\d\d(?:[/–-]\d{2,4})?)\s+){4,6}?"
    # (past the amount of the change: "rose by 1.2 million tonnes,| from")
    r"|by\s+(?:\S+\s+){0,3}?\S+,\s+)$"
)
# (Not "Not 45% of voters agreed" at a sentence's start, which says "fewer than".)
# "five times more likely", "three times as many": a multiplier written with "times" and a comparison after it.
_TIMES_COMPARED = regex.compile(
    r"\s*(?:-\s*)?times(?=\s+(?:more|less|fewer|higher|lower|greater|larger|bigger|smaller|faster|slower|as|"
    r"likelier|costlier|cheaper|richer|poorer|deadlier|safer|the)\b)", regex.IGNORECASE)
# A labelled figure on its own line: "- Water treatment plants in operation: 214", "Leakage rate: 31%".
# (or the level's verb: "Annual revenue of €1.84 billion| was up |21%"; or its date: "... at the end of 2022, an
# increase of| 8%")
# (a year may be a financial one: "in 2023/24", "in FY2023")
_CHANGE_AFTER_LEVEL_GAP = regex.compile(r"(?:\s+[a-z][\w-]*){0,3}?"
                                     # (a place: "46,750 live births| in Portugal in 2023, down| 3.0% from 52,000")
                                     r"(?:\s+(?:in|across|for)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?"
                                     r"\s*(?:this\s+year|last\s+year|"
                                     r"in\s+(?:FY\s?)?\d{4}(?:[/–-]\d{2}(?:\d{2})?)?|"
                                     r"at\s+the\s+end\s+of\s+\d{4})?\s*(?:[,(]\s*|\s+(?:was|were|is|are)\s+(?=up|down))"
                                     r"(?:up|down|or|an?\s+(?:increase|rise|jump|gain|drop|fall|decline|decrease|cut|"
                                     r"reduction)\s+of)?\s*")
# After a fraction, the percentage point it is a fraction of: "a quarter| point", "half| a percentage point".
_POINT_AFTER_FRACTION = regex.compile(r"(?:\s+of)?(?:\s+a)?(?:\s+|-)(?:percentage[\s-]+)?point\b(?!\s+of\s+view)",
                                      regex.IGNORECASE)
# Between a change and the level it reached: "raised its rate by 25 basis points| to |5.25%".
_LEVEL_AFTER_CHANGE_GAP = regex.compile(r"(?:\s+(?:in|during|on)\s+[\w-]+(?:\s+\d{4})?)?\s*,?\s+to\s+", regex.IGNORECASE)
# Between a level and the earlier level it came from: "eased to 3.0% in June| from |4.0% in May".
_EARLIER_LEVEL_GAP = regex.compile(r"(?:\s+(?:in|during|on)\s+[\w-]+(?:\s+\d{4})?)?\s*,?\s+(?:(?:up|down)\s+)?from\s+",
                                   regex.IGNORECASE)
# Between a change and another it is compared with: "grew 0.4% in the third quarter, slower than the 1.2% expansion".
_COMPARED_CHANGE_GAP = regex.compile(r"[^.;:]{0,60}?\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)\s+"
                                     r"(?:(?:the|a|an|its|their)\s+)?(?:(?:revised|previous|earlier)\s+)?",
                                     regex.IGNORECASE)
_EARLIER_YEAR_GAP = regex.compile(r"\s*[(\[]\s*(?:in\s+)?(?:19|20)\d\d\s*:\s*")
# (a bullet's label may be in lower case: "- aviation: $550 million", "- other costs: $100 million")
_MAGNITUDE_BEFORE = regex.compile(r"\b[Mm]agnitude[\s-]+(?:of\s+)?$")
_MAGNITUDE_AFTER = regex.compile(r"[\s-]+magnitude\b", regex.IGNORECASE)
_ITEM_LABEL = regex.compile(r"\s*(?:[-*•–]\s+(?=[A-Za-z])|(?=[A-Z]))(?P<label>[A-Za-z][^\d:;\n]{0,59}?)\s*:\s*"
                            r"(?:[$€£¥₹]\s*)?"
                            r"(?:(?:about|around|some|over|nearly|almost|more\s+than|less\s+than|up\s+to)\s+)?$")
_INTERVAL_BEFORE = regex.compile(r"(?:\bCI|(?i:confidence|credible|uncertainty)\s+interval)[\s:,=]*(?:of\s+)?$")
_NEGATED_BEFORE = regex.compile(r"(?:\bnot|\b[Rr]ather\s+than|\b[Ii]nstead\s+of)\s+(?:by\s+|the\s+)?$")
# People a share may be made of, right after it: "27% women".
_GROUP_AFTER_SHARE = regex.compile(r"\s+(women|men|children|girls|boys|adults|minors|foreigners|migrants|nationals|"
                                   r"immigrants|males|females|teenagers|adolescents|youths)\b(?!\s+(?:of|in)\b)",
                                   regex.IGNORECASE)
# What a paragraph's later sentences take from its first figure: a year, a month's year, or a quarter of one year.
# A sentence that speaks of a whole year: a month carried from the one before is not its time.
_WHOLE_YEAR_WORDS = regex.compile(r"\b(?:the\s+(?:whole\s+|full\s+|entire\s+)?year|a\s+year|annual|annually|yearly|"
                                  r"full[\s-]year|year[\s-]on[\s-]year)\b", regex.IGNORECASE)
_CARRIED_PERIOD = regex.compile(r"\d{4}(?:-\d\d)?|(?P<year>\d{4})-(?:01/(?P=year)-03|04/(?P=year)-06|07/(?P=year)-09|"
                                r"10/(?P=year)-12)")
# A source named by its year, whose figures are of that year but tell nothing of the next sentence's: "A 2018 survey
# by the Film Audience Panel found that 41% ...".
_SOURCE_OF_ITS_YEAR = regex.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:19|20)\d\d\s+(?:[a-z]+\s+)?(?:survey|study|"
                                    r"report|poll|review|census|analysis|evaluation|audit|paper)\b")
_SPLIT_OR_ROLLING_YEAR = regex.compile(r"(?P<first>\d{4})(?P<month>-\d\d)?/(?P<second>\d{4})(?P<last>-\d\d)?")


# A day or month that dates a document rather than an event: "published on 3 March 2024", "updated in May 2023".
_DOCUMENT_DATE_BEFORE = regex.compile(
    r"\b(?:published|released|updated|issued|dated|revised|accessed|retrieved|amended)\s+(?:on|in)?\s*(?:the\s+)?$",
    regex.IGNORECASE)


def _dates_an_event(text: str, sentence_start: int, date: Claim) -> bool:
    """Whether a date claim says when something happened, in the past tense, rather than when a document came out
    ("published on 3 March 2024") or when something will happen."""
    if _DOCUMENT_DATE_BEFORE.search(text, max(sentence_start, date.start - 30), date.start):
        return False
    return context.PAST_TENSE.search(text, sentence_start, date.start) is not None


def _carries_on(period: str) -> bool:
    """Whether a period goes on to the next sentences of its paragraph: a year, a month, a quarter, and a year
    written across two ("2022/23", "the year to March 2024"), not a span of several years ("2015-2020")."""
    if _CARRIED_PERIOD.fullmatch(period):
        return True
    m = _SPLIT_OR_ROLLING_YEAR.fullmatch(period)
    return m is not None and int(m.group("second")) == int(m.group("first")) + 1 \
        and bool(m.group("month")) == bool(m.group("last"))


_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_CONDITION_AFTER = regex.compile(r"\s+(?:for|until|till|in|on|when|if|as|once|while|during|by|not)\b",
                                 regex.IGNORECASE)
# A share measured against a base year or level: "38% below 1990 levels", "12% above the 2019 average".
_COMPARED_TO_BASE_AFTER = regex.compile(
    r"\s+(?:(?P<down>below|under|lower\s+than|less\s+than)|above|over|higher\s+than|more\s+than)\s+"
    r"(?:(?:the|its|their|last\s+year['’]s)\s+)?(?:(?:pre-)?(?:19|20)\d\d\b|levels?\b|average\b|baseline\b|"
    # ("38% above its original budget", "12% over budget", "5% below target")
    r"(?:(?:original|initial|approved|planned|agreed|first)\s+)?(?:budget|estimate|forecast|target|plan)s?\b"
    # (a named reference figure: "11% above the National Living Wage of £10.42", "the England average of")
    r"|(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:average|median|mean|level|wage|rate|price|figure|cost|benchmark|threshold)"
    r"\s+of\b)",
    regex.IGNORECASE)
_NEXT_ITEM_GAP = regex.compile(r"(?:,\s*|\s+)and\s+(?:some\s+|about\s+|another\s+)?$|,\s*$")
_POSSESSOR_BEFORE = regex.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)['’]s\s+$")
_NET_BEFORE = regex.compile(r"\bnet[\s-]+$", regex.IGNORECASE)
_ZERO_CONCEPT_AFTER = regex.compile(r"(?:-\w|\s+(?:tolerance|emissions?|carbon|waste|hours?|sum|point|growth|"
                                    r"inflation|rates?)\b)", regex.IGNORECASE)
_FIGURE_END = regex.compile(r"[\d%]\s*$")
_NO_NOUN_AFTER = regex.compile(r"\s*(?:[,.;:)]|$|(?:and|or|but)\b)")
_BOUNDS = frozenset({"more than", "less than", "at least", "at most"})  # ("up to 2019": until then)
_ACCOUNTING_OPEN = regex.compile(r"(?:\b(?:is|was|were|are|of|at|totall?ed)|:|\t)\s*\($")
_FROM_BEFORE = regex.compile(r"\bfrom\s+$")
# Before the "from" of a change whose verb is left out: the end of an earlier "from X to Y", a coordinator and
# at most four words ("rose from 18% to 24%| in 2010, and among women |from"). The earlier change is checked
# separately; a "ranged from X to Y" before it stays a range.
_ELIDED_CHANGE_BEFORE = regex.compile(
    r"\bfrom\s+[^,;]{1,30}?\bto\s+[^,;]{1,30}?(?:,\s*|;\s*|\s+)(?:and|while|but|whereas)?\s*"
    # (a group or place, or a noun or two with no verb: "among women", "in France", "and rents", not "and the
    # group hired")
    r"(?:(?P<group>(?:among|in|for|at|across|on|within|outside)\s+(?:[A-Za-z'’-]+\s+){1,3})|"
    r"(?:the\s+)?(?P<noun>(?:[A-Za-z'’-]+(?<!ed)\s+){1,2}))?$")
# The second level of a change at the end of a text: "... and rents from 2 to| ".
_LEVEL_THEN_TO_END = regex.compile(r"(?<=\bfrom\s+)[^,;]{1,30}?\bto\s+$")
# After the first level of a change: its own date, maybe, then "to" and the level reached.
# (its own time may come between: "from 6,250| in the first race |to", "from 12%| in 2019 |to")
_TO_LEVEL_AFTER = regex.compile(r"(?:\s+(?:in|during|for)\s+(?:(?:the|its|their)\s+(?:first|last|opening|previous|"
                                r"inaugural)\s+[a-z]+|[\w-]+(?:\s+\d{4})?))?,?\s+to\s+(?:about\s+|around\s+|some\s+|"
                                r"just\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+)?"
                                r"(?:(?:US|A|C|NZ|HK|S|R)?[$€£¥₹]|[A-Z]{3}\s)?\s?\d")  # ("to US$5.6 billion")
# Between an amount and the share of a whole it restates: "EUR 7.3 billion| in 2020, |about 4.3% of GDP", "$2.1
# billion|, or |1.2% of the budget", "£40 million| (|3% of spending".
_SHARE_RESTATING_GAP = regex.compile(r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:in|for)\s|\s*,))?"  # ("hours of sunshine")
                                     r"(?:\s+(?:in|for)\s+(?:FY\s?)?\d{4}(?:[/–-]\d{2,4})?)?\s*(?:,\s*|\(\s*|\s+)"
                                     r"(?:or\s+|equivalent\s+to\s+|equal\s+to\s+|representing\s+|some\s+)?")
_OF_RIGHT_AFTER = regex.compile(r"\s+of\s")
# After a change in percent, before the level it started from: "down 28%| from |845".
_FROM_AFTER_CHANGE_GAP = regex.compile(r"\s+(?:from|on|compared\s+(?:with|to)|against)\s+(?:the\s+)?")
# "shares plummeted 40.8 per cent": the noun right before the change verb.
_NOUN_BEFORE_CHANGE = regex.compile(rf"(?P<noun>[A-Za-z][\w-]*|{_NAME_WITH_NUMBER})(?:,\s+{_ADVERBS},)?\s+{_ADVERB_BEFORE_VERB}"
                                     r"(?:(?:is|are|was|were)\s+(?:expected|projected|forecast|set|likely)\s+to\s+|will\s+"
                                     # (the passive: "Fees were increased by")
                                     r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
                                     rf"{_CHANGE_VERB}\s+(?:by\s+)?$", regex.REVERSE)
# The last word of every match of _MEASURED_NOUN and _LEVEL_AFTER_CHANGE (lower-cased).
_MEASURED_LAST_WORDS = frozenset(
    "is was are were be cost costs been now currently still then only just barely to at by for from record of worth".split()
    + _FUTURE_MEASURE_VERBS.split("|")
    + _MEASURE_VERBS)
_OF_BEFORE = regex.compile(r"(?<![\w'’-])(?P<phrase>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s+of\s*$", regex.REVERSE)
_NOT_WHAT_OF = frozenset(
    "total sum amount number numbers figure figures value tune upwards excess range ranges scale one ones each "
    "some any all most many much part parts half quarter third majority minority maximum minimum average median mean "
    "estimate equivalent order increase decrease rise fall growth drop reduction cut gain loss decline jump "
    "surge slump plunge dip hike climb boost".split())
_HEAD_BEFORE_PHRASE = regex.compile(
    r"(?P<head>[A-Za-z][\w-]*)\s+(?P<preposition>to|in|of|from|for|with|at|on|outside|inside|near|about|against|"
    # ("Profit before tax", "earnings before interest and tax": what is taken off the head)
    r"among|into|across|before|after|excluding)\s+(?:[a-z]+\s+(?:and|&)\s+(?=tax))?(?:(?:the|a|an)\s+)?(?:\d[\d,]*\s+)?"
    # ("the United| States", "the first measles| dose"; a name of up to five words: "at Northshire Hospitals NHS
    # Foundation| Trust"; a number: "Total attendance across the 380| matches")
    # (two names joined: "Admissions in the United States and Canada| reached")
    r"(?:(?:[A-Za-z][\w-]*\s+){0,2}|(?:[A-Z][\w&'’-]*\s+){3,4}"
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:and|&)\s+(?:the\s+)?)$", regex.REVERSE)
# Heads that frame a quantity of the noun after them: "the rate of inflation", "the share of women".
_FRAME_HEADS = frozenset("rate share percentage proportion level ratio".split())
_CHANGED_NOUN = regex.compile(
    r"([A-Za-z][\w-]*)\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)?\s*[a-z]+\s+(?:by\s+)?(?:\w+\s+){0,2}$", regex.REVERSE)


# "on| 47 days", "on more than| 35 days": days counted, on each of which something happened.
# Words before a length of time in working days: "within| three working days", "takes up to| 10 business days".
_LENGTH_OF_TIME_BEFORE = regex.compile(r"\b(?:within|in|after|for|over|takes?|took|taking|than|of|to)\s+"
                                       r"(?:(?:up\s+to|about|around|at\s+least|at\s+most|no\s+more\s+than|"
                                       r"some|just|only)\s+)?$", regex.IGNORECASE)
_ON_DAYS_BEFORE = regex.compile(r"\bon\s+(?:(?:more\s+than|fewer\s+than|less\s+than|at\s+least|over|under|only|just|"
                                r"about|around|some|nearly|almost)\s+)?$", regex.IGNORECASE)
# Pence glued to the number: "8.4p" (not "1080p", a screen, or "p." of a page, or "4pm").
_PRIME_MARKS = frozenset({'"', "'", "″", "′"})
_GLUED_PENCE = regex.compile(r"p(?![\w%/-])(?!\.\w)")
# Words of a price, which make "135p" pence in a document that writes no "£".
_PRICE_WORDS = regex.compile(r"\b(?:costs?|costing|priced?|prices|fares?|charged?|charges|charging|pay|pays|paid|"
                             # ("a deposit set at 25p per container", "a 5p levy on carrier bags")
                             r"fees?|stamps?|dividends?|tariffs?|deposits?|levy|levies|per\s+(?:litre|unit|kWh|share|"
                             r"pint|loaf|container|bottle|can|bag|item)|"
                             r"a\s+(?:litre|share|unit|pint|loaf|kWh))\b", regex.IGNORECASE)
_SCREEN_LINES = frozenset((240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0))  # ("1080p")


def _line_starts(text: str) -> list[int]:
    """Offsets at which the lines of text start."""
    starts = [0]
    i = text.find("\n")
    while i != -1:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


# "one woman is killed every 8 hours", "a child dies every 11 seconds": one of something per interval.
_ONE_EVERY = regex.compile(r"\b(?P<one>[Oo]ne|[Aa]n?)\s+(?P<noun>[a-z][\w-]*)\s+(?:[a-z][\w-]*\s+){0,3}?every\s+$")
_HOURS_IN = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0}


def _intervals_as_rates(claims: list[Claim], text: str) -> list[Claim]:
    """An interval between single events, restated as a rate per hour: "one woman was killed every 5 hours" is 0.2
    women an hour (1,753 a year), with "one" no count of its own."""
    rates: list[Claim] = []
    ones: set[int] = set()
    for c in claims:
        if c.kind == "duration" and c.unit in _HOURS_IN and isinstance(c.value, float) and c.value > 0 \
                and c.lower and c.upper:
            m = _ONE_EVERY.search(text, max(0, c.start - 60), c.start)
            if m is not None:
                hours = _HOURS_IN[c.unit]
                # ("every 9 hours" is said to the hour: 8.5 to 9.5 hours apart)
                written = repr(float(c.value)).split(".")[1].rstrip("0")
                half = 0.5 * 10 ** -len(written)
                low, high = max(c.lower - half, half), c.upper + half
                ones.add(m.start("one"))
                every = m.start() + m.group().rfind("every")  # (the span quotes "every", on the duration's line)
                c = c.model_copy(update={
                    "kind": "rate", "start": every, "column": c.column - (c.start - every),
                    "text": text[every:c.end], "value": 1 / (c.value * hours),
                    "lower": 1 / (high * hours), "upper": 1 / (low * hours), "qualifier": "approximate",
                    "unit": None, "per": "hour",
                    "subject": m.group("noun"), "subject_head": m.group("noun")})
        rates.append(c)
    if not ones:
        return claims
    return [c for c in rates if not (c.kind == "count" and c.start in ones and c.value == 1)]


_CAPACITY_BEFORE = regex.compile(r"\bcapacit(?:y|ies)\s+(?:of|for|to\s+(?:handle|carry|hold|serve|seat|process|"
                                  r"accommodate|take))\s+(?:(?:up\s+to|about|around|some|nearly|almost|over)\s+)?$",
                                  regex.IGNORECASE)
def _significant_digits(written: str) -> int:
    """How many significant digits a number is written with: "8,412,300" 5, "1.42 million" 3, "20,000" 1."""
    digits = "".join(ch for ch in written.split(" ")[0] if ch.isdigit())
    digits = digits.lstrip("0")
    if "." not in written:
        digits = digits.rstrip("0")
    return len(digits)


_YEAR_ONLY = regex.compile(r"(?:19|20)\d\d")
_LEVELS_LINKED = regex.compile(r"\bfrom\b|\bcompared\s+(?:with|to)\b|\bagainst\b", regex.IGNORECASE)


def _levels_reached_from_a_dated_level(claims: list[Claim], text: str, published_year: int) -> list[Claim]:
    """A level reached with no time of its own, from a level dated some years before the document: the year after
    that one ("The median ransom climbed to €210,000, from €160,000 in 2022", published in 2024: 2023's), as
    changes are told from one year to the next; not the publication year, which it only defaults to."""
    changed = list(claims)
    for k in range(len(claims) - 1):
        level, start = claims[k], claims[k + 1]
        if level.sentence != start.sentence or level.source != start.source or level.kind != start.kind \
                or level.period != str(published_year) or not (start.period and _YEAR_ONLY.fullmatch(start.period)) \
                or int(start.period) + 1 >= published_year or level.change is not None:
            continue
        if _TO_BEFORE_LEVEL.search(text, max(0, level.start - 20), level.start) \
                and _FROM_BETWEEN_LEVELS.fullmatch(text, level.end, start.start) \
                and len(set(YEAR_IN_TEXT.findall(level.sentence))) == 1:
            changed[k] = level.model_copy(update={"period": str(int(start.period) + 1)})
    return changed


# Between two figures of one thing at two times: "5 million hectares| by 2025 and |12 million hectares".
_NEXT_TARGET_GAP = regex.compile(r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s+(?:by|in|for|until)\s+(?:(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d)\s*,?\s+"
                                 r"(?:and|then|rising\s+to|and\s+to)\s+(?:(?:about|around|some|nearly|almost|over)\s+)?")
_TO_BEFORE_LEVEL = regex.compile(r"\bto\s+(?:(?:about|around|some|nearly|almost|over|just)\s+)?$")
_FROM_BETWEEN_LEVELS = regex.compile(r"[^.;:\d]{0,30}?\bfrom\s+(?:(?:about|around|some|nearly|almost)\s+)?")


def _changes_between_dated_levels(claims: list[Claim]) -> list[Claim]:
    """A change between two levels dated years apart is of that span: "fell 12% from 1.61 million in 2018 to 1.42
    million in 2022" is a change over 2018/2022, no figure for 2022 alone (a change from one year to the next is
    of the later year, as "fell 5% in 2022" is)."""
    changed = list(claims)
    i = 0
    while i < len(claims):
        j = i
        while j < len(claims) and claims[j].sentence == claims[i].sentence and claims[j].source == claims[i].source:
            j += 1
        in_sentence = range(i, j)
        levels = [claims[k] for k in in_sentence if claims[k].change is None and claims[k].value is not None
                  and claims[k].kind in ("count", "money", "quantity", "percent") and claims[k].period
                  and _YEAR_ONLY.fullmatch(claims[k].period)]
        years = sorted({int(c.period) for c in levels})
        if len(levels) == 2 and len(years) == 2 and levels[0].kind == levels[1].kind \
                and _LEVELS_LINKED.search(claims[i].sentence):
            span = str(years[1]) if years[1] - years[0] == 1 else f"{years[0]}/{years[1]}"
            for k in in_sentence:
                if claims[k].change is not None and claims[k].kind in ("percent", "quantity"):
                    changed[k] = claims[k].model_copy(update={"period": span})
        i = j
    return changed


def _levels_reached_at_a_span_end(claims: list[Claim], text: str) -> list[Claim]:
    """A level a change over a span of years reached is of the span's last year: "rose 21.5% between 2022 and 2023,
    to 4,812" says 4,812 in 2023, not over both years."""
    changed = list(claims)
    for k, claim in enumerate(claims):
        if k == 0 or claim.change is not None or claim.kind not in ("count", "money", "quantity", "percent") \
                or not claim.period or not _YEAR_SPAN.fullmatch(claim.period):
            continue
        change = next((c for c in reversed(claims[:k]) if c.kind != "date"), None)
        if change is None or change.change is None or change.sentence != claim.sentence or change.period != claim.period \
                or not _REACHED_TO_GAP.fullmatch(text, change.end, claim.start) \
                or not _BETWEEN_YEARS.search(claim.sentence):
            continue  # (not a year written across two: "In FY 2023/24, earnings rose 35% to US$1.14 billion")
        changed[k] = claim.model_copy(update={"period": claim.period.split("/")[1]})
    return changed


_YEAR_SPAN = regex.compile(r"(?:19|20)\d\d/(?:19|20)\d\d")
_BETWEEN_YEARS = regex.compile(r"\b(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+to)\s+(?:19|20)\d\d\b",
                               regex.IGNORECASE)
# Between a change and the level it reached: "21.5%| between 2022 and 2023, to |4,812", "12%| to reach |4,812".
_REACHED_TO_GAP = regex.compile(r"(?:\s+(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to)\s+(?:19|20)\d\d)?,?\s+"
                                r"(?:to|to\s+reach|reaching)\s+(?:(?:about|around|some|nearly|almost|a\s+record)\s+)?")


# A decimal point written as a raised dot, as some journals do ("an odds ratio of 1·45", "7·4%").
_MIDDLE_DOT_DECIMAL = regex.compile(r"(?<=\d)·(?=\d)")
_DOT_DECIMAL = regex.compile(r"(?<=\d)\.(?=\d)")


def extract_document(document: Document) -> list[Claim]:
    if "·" not in document.text or not _MIDDLE_DOT_DECIMAL.search(document.text):
        return Extractor(document).run()
    # Read with full stops for the raised dots (one character for one: every offset stays), then quote the
    # document as it is written.
    original = document.text
    claims = Extractor(document.model_copy(update={"text": _MIDDLE_DOT_DECIMAL.sub(".", original)})).run()
    # (a sentence is quoted with raised dots where the document writes all its decimals with them)
    only_raised = _DOT_DECIMAL.search(original) is None
    return [c.model_copy(update={"text": original[c.start:c.end],
                                 "sentence": _DOT_DECIMAL.sub("·", c.sentence) if only_raised else c.sentence})
            for c in claims]
