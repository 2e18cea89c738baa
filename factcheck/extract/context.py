"""What a number is about: subject, place, period, entity and event, found by rules over its sentence.

A statistical parser would be more accurate and far slower; these rules read
the few words around the number, which is where English puts what it counts
("60,000 public employees", "80 per cent of all victims", "the 2007 law").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterator, Optional, Sequence

import regex

from .dates import BARE_YEAR_PART, MONTHS, REPORTING_WEEK, bare_year_part, find_dates
from .prefilter import DIGIT, fold, trie, word_set, words

# Words that end a noun phrase after a number: verbs, prepositions, conjunctions, determiners.
STOP_WORDS = frozenset(
    """
    are were is was be been being have has had will would can could may might shall should must do does did
    in on at to for from by with across under over into onto upon of and or but nor that which who whom whose
    where when while as than per each every a an the this these those their its our his her my your
    during since until after before between among through throughout within without about around also not
    only alone currently already still yet just so such then there here it they we he she you i me us them
    more most less least very too again ago later earlier now today annually yearly daily monthly weekly
    if because although though whether both either neither all some any no none own same other another
    including included following respectively approximately roughly nearly almost up down out off via
    according whereas plus minus like unlike versus vs above below beyond toward towards instead
    next last early late said says once unless whenever wherever goes went gone outside inside near came come comes
    rather instead ahead clear ci likely unlikely
    higher lower faster slower bigger smaller larger greater weaker stronger better worse fewer
    """.split()
)

IRREGULAR_SINGULARS = {
    "children": "child", "women": "woman", "men": "man", "people": "person", "persons": "person",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "data", "media": "media",
    "criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis", "crises": "crisis",
    "series": "series", "species": "species", "news": "news", "police": "police", "staff": "staff",
    "gases": "gas", "buses": "bus", "viruses": "virus", "bonuses": "bonus", "campuses": "campus",
    "censuses": "census", "statuses": "status", "focuses": "focus", "lives": "life", "wives": "wife",
    "knives": "knife", "halves": "half", "shelves": "shelf", "thieves": "thief", "wolves": "wolf",
}


def singular(word: str) -> str:
    """A plain English singular: 'employees' -> 'employee', 'entities' -> 'entity', 'children' -> 'child'."""
    w = word.lower()
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return w[:-1]  # "OPIs" -> "opi"
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ous")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("'s"):
        return w[:-1]
    return w


def singular_phrase(words: list[str]) -> str:
    """Words of a noun phrase with its last (the head) made singular: ["investment", "scams"] -> "investment scam"."""
    return " ".join(words[:-1] + [singular(words[-1])])


# ("A&E patients", "R&D staff", "tiger–human conflicts" with an en dash)
# (and the number of one of a series after its capitalised name: "Two Round 2| projects", "Category 1| calls")
_WORD = regex.compile(r"[A-Za-z][\w'’-]*(?:[&–][A-Za-z][\w'’-]*)*|(?<=[A-Z][a-z]+\s)\d{1,2}\b(?![.,]\d)")
_PHRASE_AFTER = regex.compile(
    r"\s*(?:\(\s*)?(?:of\s+(?:all\s+(?:the\s+)?|the\s+(?:(?:most|least)\s+)?|these\s+|those\s+|their\s+|its\s+)?"
    # (an owner's: "6 of the council's 24 library branches", "half of England's 150 authorities")
    r"(?:(?<=the\s+|of\s+)[A-Za-z][\w-]*['’]s\s+(?=\d))?"
    r"(?:(?<=the\s+|its\s+|their\s+|of\s+|['’]s\s+)\d[\d,]*\s+)?)?"  # ("28 of the 51 seats": seats)
    # (a measure in a compound adjective says which kind: "5.78 million 60-kilogram| bags", "400 20-foot| containers")
    r"(?:\d[\d.,]*-[a-z]+\s+(?=[a-z]))?"
    r"(?P<phrase>(?:[A-Za-z][\w'’-]*(?:[&–][A-Za-z][\w'’-]*)*\s*)"
    r"(?:(?:[A-Za-z][\w'’-]*(?:[&–][A-Za-z][\w'’-]*)*|(?<=[A-Z][a-z]+\s)\d{1,2}\b(?![.,]\d))\s*){0,5})"
)
# "stands displaying the...": an -ing word with an object is a verb.
_ING_OBJECT = regex.compile(r"\s+(?:the|a|an|its|their|this|these)\b")
_GAP_PUNCTUATION = regex.compile(r"[,;:.)]")


_PLURAL_IRREGULAR = frozenset({"people", "children", "men", "women", "persons", "police", "staff", "feet", "teeth"})


def is_plural(word: str) -> bool:
    """Whether a word reads as a plural noun ("victims", "people"), not "address", "census", "politics"."""
    return _is_plural(word)


def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in _PLURAL_IRREGULAR:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s", "ics", "ous"))


_IRREGULAR_PARTICIPLES = frozenset(
    "found made given taken held sold paid spent built seen known shown left kept brought bought told put set won "
    "lost led met run done got gotten sent cut".split())

# Past tenses that are no noun: after a noun they are its verb ("the first elected mayor took office").
# Irregular pasts of what things and bodies do, for patterns that look for a verb in the past: "rose to", "flew 67".
IRREGULAR_PASTS = ("rose|fell|grew|sank|shrank|hit|took|gave|saw|drew|won|lost|sold|made|ran|flew|went|came|began|"
                   "held|paid|spent|dealt|brought|led|slept")
_IRREGULAR_PAST = _IRREGULAR_PARTICIPLES | frozenset(
    "took gave saw knew went came became began ran grew fell rose drew wrote spoke chose stood sat struck "
    "said told thought brought bought sold died fled".split())


_COMPARATIVES = frozenset(
    "higher lower bigger smaller larger greater cheaper dearer faster slower shorter longer older younger "
    "fewer better worse stronger weaker richer poorer wider narrower heavier lighter".split())


# Verbs in the third person singular that are never nouns after another noun: what a study "finds", what
# a thing "occurs" or "remains".
_SINGULAR_VERBS = frozenset(
    "finds shows says suggests reveals indicates concludes warns notes argues confirms predicts "
    "occurs happens remains exists involves affects seems appears".split())


_ACTIVE_PERIODS = frozenset({"daily", "monthly", "weekly"})
_EARLY_FIELDS = frozenset("years childhood learning education intervention".split())
# Who is counted by how often they are active: "monthly active users", "weekly readers" (not "monthly visits", a rate).
_ACTIVE_USERS = frozenset("active users user visitors viewers readers listeners subscribers players riders "
                          "customers".split())
# A trial or study named by a word in capitals: "the CALDERA trial", "the SUMMIT-2 study".
NAMED_STUDY = regex.compile(r"\b(?P<name>[A-Z]{3,}(?:-(?:\d+|[A-Z]{2,}\d*))?\s+(?:trial|study|cohort|survey))\b")
_STUDY_RUNS = word_set("trial study cohort survey")


# After "general and": a second modifier, then the noun they share ("acute beds", "support staff").
_JOINED_MODIFIER = regex.compile(r"[a-z][\w-]*\s+[a-z][\w-]*")


def _joins_a_modifier(pair: list[str]) -> bool:
    """Whether the two words after "general and" are a modifier and a noun ("acute beds"), not a verb and what
    follows it ("the 2007 law and| aims to", "and| passed the")."""
    modifier, noun = (w.lower() for w in pair)
    return not modifier.endswith(("s", "ed")) and modifier not in _IRREGULAR_PAST \
        and modifier not in STOP_WORDS and noun not in STOP_WORDS


# A letter or a Roman numeral that names one of a series: "Series A", "Phase II", "Category 4" is digits.
_LETTER_OF_A_NAME = regex.compile(r"[A-H]|I{1,3}|IV|V")
_WHERE_ADVERBS = frozenset("worldwide overseas abroad nationwide globally domestically internationally locally "
                           "elsewhere".split())


_AGE_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                          "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_AGE = r"(?P<{}>\d{{1,2}}|" + "|".join(_AGE_WORDS) + ")"
# An age group named by its ages: "0 to 4 year olds", "three- and four-year-olds", "5-year-olds".
AGE_GROUP = regex.compile(_AGE.format("first") + r"(?:-?\s*(?:to|and|-|–)\s*" + _AGE.format("last")
                          + r")?[\s-]+years?[\s-]+olds\b", regex.IGNORECASE)


_OF_AGE_GROUP = regex.compile(r"\s*(?:of\s+(?:all\s+|the\s+)?)?" + AGE_GROUP.pattern, regex.IGNORECASE)


def age_group_label(m: regex.Match) -> str:
    """One spelling of an age group, in digits: "three- and four-year-olds" and "3 and 4 year olds" ->
    "3-4 year olds"."""
    def age(word: str) -> str:
        return word if word.isdigit() else str(_AGE_WORDS[word.lower()])

    ages = age(m.group("first")) + (f"-{age(m.group('last'))}" if m.group("last") else "")
    return f"{ages} year olds"


_FULL_TIME_EQUIVALENT = regex.compile(r"\s+(?:(?:full[\s-]time[\s-]equivalent|FTE)(?:\s*\((?:FTE|full[\s-]time"
                                      r"[\s-]equivalent)\))?)(?=\s+[a-z])", regex.IGNORECASE)


def noun_phrase_after(text: str, pos: int, limit: int) -> Optional[str]:
    """The noun phrase starting at pos: '60,000| public employees have been' -> 'public employees'."""
    window = text[pos:min(limit, pos + 120)]
    fte = _FULL_TIME_EQUIVALENT.match(window)
    if fte is not None:
        window = " " + window[fte.end():]  # ("1,240 full-time equivalent (FTE) inspectors": inspectors, counted so)
    ages = _OF_AGE_GROUP.match(window)
    if ages is not None:
        return age_group_label(ages)  # "94% of three and four year olds", "three- and four-year-olds": one group
    m = _PHRASE_AFTER.match(window)
    if not m:
        return None
    words: list[str] = []
    phrase = m.group("phrase")
    found = _WORD.findall(phrase)
    # "128GB found in the ...", "73 raising the prospect": a verb with its object or complement, no noun;
    # "34.4% higher at 3.23 shekels", "0.68 percent lower,": a comparison, no noun.
    first = found[0].lower() if found else ""
    if found and window[:m.start("phrase")].rstrip().lower().endswith("those") and (
            first in _IRREGULAR_PARTICIPLES or len(first) > 4 and first.endswith("ed")):
        return found[0]  # "half of those killed were...": the people the participle names ("killed")
    # (a field's name after the participle is a noun: "8,450 registered early years places")
    early_field = len(found) > 2 and found[1].lower() == "early" and found[2].lower() in _EARLY_FIELDS
    if (len(found) == 1 or found[1].lower() in STOP_WORDS and not early_field) and (
            first in _IRREGULAR_PARTICIPLES or first in _COMPARATIVES
            or len(first) > 4 and first.endswith(("ed", "ing")) and len(found) > 1):
        return None
    # "has grossed $97.6 million domestically", "$310 million worldwide": where, said by an adverb, no noun.
    if (len(found) == 1 or found[1].lower() in STOP_WORDS) and (
            first in _WHERE_ADVERBS or len(first) > 5 and first.endswith("ly")):
        return None
    # "down 9.2% year over year", "up 3% month on month": the period of a change, no noun.
    if len(found) > 2 and first == found[2].lower() and found[1].lower() in ("over", "on", "to"):
        return None
    # "eight other employees", "three more victims": the count's noun comes after the word.
    if len(found) > 1 and first in ("other", "more") and found[1].lower() not in STOP_WORDS:
        found = found[1:]
    for i, w in enumerate(found):
        lower = w.lower()
        if lower == "and" and len(words) == 1 and not _is_plural(words[0]) and words[0].islower() \
                and i + 1 < len(found) and _is_plural(found[i + 1]) and found[i + 1].islower() \
                and (i + 2 >= len(found) or found[i + 2].lower() in STOP_WORDS
                     and found[i + 2].lower() not in ("to", "that", "the", "a", "an", "its", "their")):
            words.append(lower)  # "11,960 stop and searches": one thing of two words, counted (no "11,960 stop")
            continue
        if lower in ("and", "or") and len(words) == 1 and not _is_plural(words[0]) \
                and _JOINED_MODIFIER.fullmatch(" ".join(found[i + 1:i + 3])) and _joins_a_modifier(found[i + 1:i + 3]):
            words.append(lower)  # "2,390 general and acute beds", "720 technical and support staff": one noun
            continue
        if words and words[-1][:1].isupper() and (_LETTER_OF_A_NAME.fullmatch(w) or w.isdigit()):
            words.append(w)  # "$65 million Series A", "a Phase II trial": which one of the series, no article
            continue
        if lower in STOP_WORDS and not (lower in _ACTIVE_PERIODS and found[i + 1:i + 2]
                                        and found[i + 1].lower() in _ACTIVE_USERS) \
                and not (lower == "early" and found[i + 1:i + 2] and found[i + 1].lower() in _EARLY_FIELDS):
            # (but "8,450 early years places", "early childhood educators": a field's name)
            break  # (not "48.2 million| monthly active users", "22 million| monthly users": what is counted)
        if words and lower in _WHERE_ADVERBS:
            break  # "680,000 tonnes of plastic waste| abroad": where it went, no part of what

        # "law passed in 2007", "stands displaying": a verb after the noun ends the phrase
        # ("assisted victims", "training courses" keep theirs).
        # (not a compound adjective: "domestic abuse-related prosecutions", "knife crime-related deaths")
        if words and len(w) > 4 and "-" not in lower and (lower.endswith("ed") or (
                lower.endswith("ing") and _ING_OBJECT.match(phrase, phrase.find(w) + len(w)))):
            break
        # "1.6 million vehicles use the road", "2,400 households took part": after a plural noun, the next
        # word is the verb (English rarely puts a noun after a plural one).
        # (A plural after it is a noun it modifies, since a verb after a plural takes no "-s": "120
        # people smugglers", "40 police officers".)
        if words and _is_plural(words[-1]) and not (_is_plural(w) and lower not in _PLURAL_IRREGULAR):
            break
        if words and (lower in _IRREGULAR_PAST or lower in _SINGULAR_VERBS):
            break  # "Our survey of 1,450 schools finds": the verb of a singular noun further back
        words.append(w)
        if len(words) >= 4:
            break
    # The phrase must follow the number closely: "in 2010, there" has no subject after 2010.
    if words and _GAP_PUNCTUATION.search(window, 0, m.start("phrase")):
        return None
    return " ".join(words) or None


def head_of(phrase: Optional[str]) -> Optional[str]:
    if not phrase:
        return None
    words = phrase.split()
    if len(words) > 1 and len(words[-1]) > 4 and words[-1].endswith("ed") and words[-2].lower() not in STOP_WORDS:
        words = words[:-1]  # "rhinos poached": a participle after its noun
    return singular(words[-1].strip("'’")) if words else None


# ------------------------------------------------------------------ places


@dataclass(frozen=True)
class _Gazetteer:
    canonical: dict  # lower-case spelling -> canonical place
    names: regex.Pattern[str]  # place names ("Mexico", "the world")
    demonyms: regex.Pattern[str]  # adjectives before a noun ("Mexican states")
    countries: frozenset  # canonical names that are countries, for main_country()
    # `names` split in two, proper names and lower-case scope words ("world"), when no spelling of one
    # kind can match where one of the other does: each half alone runs several times faster than the
    # mixed alternation, and find_names() merges their matches into exactly those of `names`.
    proper_names: Optional[regex.Pattern[str]] = None
    scope_words: Optional[regex.Pattern[str]] = None
    # No spelling holds a character of a clause break, so no place name runs across one.
    clause_safe: bool = False
    # A word of each scope word (its longest prefilter.words run): text without one of them has no scope word.
    scope_runs: frozenset = frozenset()
    # The country each state, province or city lies in ("Texas" -> "United States").
    parents: dict = field(default_factory=dict)

    def find_names(self, text: str, start: int = 0, end: Optional[int] = None) -> Iterator:
        """The matches of `names.finditer(text, start, end)`, found faster."""
        end = len(text) if end is None else end
        if self.proper_names is None or self.scope_words is None:
            yield from self.names.finditer(text, start, end)
            return
        # finditer over "A|B": at each position A is tried before B, and the leftmost match wins.
        a = self.proper_names.search(text, start, end)
        b = self.scope_words.search(text, start, end) if not self.scope_runs.isdisjoint(words(text[start:end])) \
            else None
        while a is not None or b is not None:
            m = a if b is None or (a is not None and a.start() <= b.start()) else b
            yield m
            pos = m.end()
            if a is not None and a.start() < pos:
                a = self.proper_names.search(text, pos, end)
            if b is not None and b.start() < pos:
                b = self.scope_words.search(text, pos, end)


_REGIONS = {
    "world", "Africa", "Asia", "Europe", "Eastern Europe", "Western Europe", "Central Europe", "European Union",
    "Latin America", "South America", "North America", "Central America", "Americas", "Caribbean",
    "Middle East", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Sub-Saharan Africa",
    "West Africa", "East Africa", "North Africa", "Oceania", "Pacific", "Asia-Pacific",
    "OECD", "G7", "G20", "Eurozone", "OPEC", "ASEAN", "African Union",
}

# Before the rivals a rank is measured against: "behind Chile", "after Chile and Brazil", "second only to India".
# A country named only to compare: "By comparison, Ireland's programme", "Unlike Ireland,", "compared with France".
_COMPARING_BEFORE = regex.compile(r"\b(?:[Bb]y\s+comparison|[Ii]n\s+comparison|[Uu]nlike|compared\s+(?:with|to)|"
                                 r"[Ii]n\s+contrast)\b,?\s+(?:(?:the|in|to|with)\s+)?$")
_RIVAL_BEFORE = regex.compile(
    r"\b(?:behind|after|ahead\s+of|only\s+to|trailing|followed\s+by|than|beating|overtaking|surpassing)\s+(?:only\s+)?"
    # (a rival's name may hold "of the": "behind the Democratic Republic of the Congo and| Myanmar")
    r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$"
)
# The end of a quotation and who said it: '...a year," said| the head of mission in Lunaria'.
_ATTRIBUTION_BETWEEN = regex.compile(r"[\"”’']\s*,?\s*(?:said|says|according\s+to|told|added|explained|noted)\b"
                                     r"|,[\"”’']\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:said|says|added|told)\b")
# Inside an apposition that says where a body began or sits: "Hearthstone Trust, founded in 1972 in| Leeds,".
_START_APPOSITION_BEFORE = regex.compile(r",\s+(?:which\s+was\s+)?(?:founded|established|launched|created|set\s+up|"
                                         r"based|headquartered|registered)\b[^,;()]{0,40}?\b(?:in|at)\s+(?:the\s+)?$")
# Before a group counted by a number that a figure ranks among: "3rd of| 27 |EU countries", "out of the 38| OECD".
_COUNTED_GROUP_BEFORE = regex.compile(r"\b(?:of|among|out\s+of)\s+(?:the\s+|all\s+)?\d{1,3}\s+$")
# Before a rival's name after a rank: "overtaking| the Lærdal Tunnel", "behind| the Brenner Base Tunnel".
_RIVAL_NAME_BEFORE = regex.compile(r"\b(?:behind|ahead\s+of|overtaking|surpassing|beating|trailing|followed\s+by)\s+"
                                   r"(?:the\s+)?\S?$")
# A capitalised word right after a region's name continues a name ("World Bank", "Africa Cup").
_NAME_GOES_ON = regex.compile(r"[ \t]+[A-Z][a-z]")

# After the first of several places listed together: "Baja California|, Jalisco, Sinaloa and Sonora".
# (a listing: "and" or "or" before the next name, or another comma or "and" after it; not "In Wales, Labour won")
_MORE_PLACES_AFTER = regex.compile(r"\s*(?:\s(?:and|or)\s+(?:the\s+)?(?P<next>[A-Z][\w'’-]+)"
                                   r"|,\s+(?:and\s+|or\s+)?(?:the\s+)?(?P<next>[A-Z][\w'’-]+)"
                                   r"(?=(?:\s+[A-Z][\w'’-]+)?\s*(?:,|\s(?:and|or)\s)))")
# The start of a sentence up to the place its opening phrase names: "In| Wales, ...".
_OPENING_IN = regex.compile(r"[\s#>*•-]*(?:In|Across|Throughout)\s+")
# A body named after the place it serves, whose figures are no figures of that place: "the Council of| Europe",
# "the Bank of| England", "the Women's Aid Federation of| England" (not "the Government of Kenya", "the University of
# Texas", which are where they are).
_BODY_OF_A_PLACE_BEFORE = regex.compile(r"(?-i:\b(?:Council|Bank|Federation|Association|Court|Chamber|Commission|"
                                        r"Confederation|Society|League|Institute|Academy))\s+of\s+$")
# A currency named by its country is no place: "in US dollar terms", "500 million Australian dollars" (not "won",
# a verb more often: "Ireland won 3 medals").
_CURRENCY_NOUN_AFTER = (r"(?!\s+(?:dollars?|pounds?|pesos?|francs?|rand|rupees?|yen|yuan|euros?|kroner|kronor|krona|"
                        r"crowns?|shillings?|dinars?|riyals?|rupiah|ringgit|baht|naira|cedis?|kwacha|reais)\b)")
# (not the state in a city's name: "Kansas City", "Quebec City")
_NAMES_PATTERN = r"(?<![\w$])(?:the\s+)?(?P<place>{})(?![\w$])(?!\s?\$)(?!\s+City\b)" + _CURRENCY_NOUN_AFTER


def _overlap(proper: list[str], scope: list[str]) -> bool:
    """Could a proper name (matched as written) and a scope word (any case) match at the same place?"""
    for p in proper:
        for w in scope:
            k = min(len(p), len(w))
            longer = p if len(p) > len(w) else w
            # (a spelling must end where no word goes on: "EU" never matches where "eurozone" does)
            if len(p) != len(w) and regex.match(r"[\w$]", longer[k]):
                continue
            if regex.fullmatch(f"(?i:{regex.escape(w[:k])})", p[:k]):
                return True
    return False


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """Place names from data/places.txt: 'name', 'alias => name', 'demonym ~> name', and 'name <= country' for a
    state, province or city within a country (a place, but no country of its own)."""
    canonical: dict[str, str] = {}
    names: list[str] = []
    demonyms: list[str] = []
    parents: dict[str, str] = {}
    text = resources.files("factcheck.data").joinpath("places.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "<=" in line:
            line, _, parent = (part.strip() for part in line.partition("<="))
            parents[line.partition("=>")[2].strip() or line] = parent
        if "~>" in line:
            spelling, _, name = (part.strip() for part in line.partition("~>"))
            demonyms.append(spelling)
        else:
            spelling, _, name = (part.strip() for part in line.partition("=>"))
            name = name or spelling
            names.append(spelling)
        canonical[spelling.lower()] = name

    def alternation(spellings: list[str]) -> str:
        spellings = sorted(spellings, key=len, reverse=True)
        # Proper names must be capitalised ("Chad", not "chad"); lower-case scope words match any case.
        return "|".join(f"(?i:{regex.escape(s)})" if s[:1].islower() else regex.escape(s) for s in spellings)

    # Not "US $4.2 million": a currency marker, not a place.
    names_pattern = regex.compile(_NAMES_PATTERN.format(alternation(names)))
    proper = [s for s in names if not s[:1].islower()]
    scope = [s for s in names if s[:1].islower()]
    # The alternation tries longer spellings first, so the split gives the same matches unless a proper name
    # and a scope word can both match at one position; and no proper name starts with "the", so trying
    # "the <proper name>", "<proper name>", "the <scope word>", "<scope word>" in that order is the same too.
    split = bool(proper) and bool(scope) and not _overlap(proper, scope)
    # Spellings that are all matched as written read fastest as a trie (the same matches, see trie()).
    demonyms_cased = not any(s[:1].islower() for s in demonyms)
    return _Gazetteer(
        canonical=canonical,
        names=names_pattern,
        demonyms=regex.compile(rf"(?<![\w$])(?P<place>{trie(demonyms) if demonyms_cased else alternation(demonyms)})"
                               rf"(?=\s+[a-z]){_CURRENCY_NOUN_AFTER}"),
        countries=frozenset(v for v in canonical.values() if v not in _REGIONS and v not in parents and " City" not in v),
        parents=parents,
        proper_names=regex.compile(_NAMES_PATTERN.format(trie(proper))) if split else None,
        clause_safe=not any(ch in spelling for spelling in names + demonyms for ch in ",;:–—"),
        scope_words=regex.compile(_NAMES_PATTERN.format(alternation(scope))) if split else None,
        scope_runs=frozenset(max(words(s), key=len) for s in scope)
        if split else frozenset(),
    )


_BASE_OF_A_SHARE_BEFORE = regex.compile(r"\bof\s+$", regex.IGNORECASE)
_WHOLE_AFTER = regex.compile(r"(?:the\s+)?world(?:['’]s)?(?:\s+[a-z]+){0,2}")
# "the world's second-largest", "Europe's biggest": a ranking across the world, or a region.
_RANKED_IN_AFTER = regex.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[A-Za-z][\w-]*['’]s\s+"
                                 r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                                 r"[\s-]+)?(?:[a-z]+est\b|most\b|leading\b|top\b)")
_WORLD = regex.compile(r"\b(?:in|of|around|across|throughout)\s+the\s+world\b|\bworld['’]s\b", regex.IGNORECASE)
_THE_COUNTRY = regex.compile(
    r"\b(?:(?:across|throughout|in|of|around)\s+the\s+country|nationwide|the\s+country['’]s|"
    r"(?:states|state)\s+of\s+the\s+republic)\b",
    regex.IGNORECASE,
)
# "in the Americas" names the scope of a ranking; a bare name is more often its subject.
_IN_PLACE = regex.compile(r"\b(?:in|across|throughout|within|among|of)\s+(?:the\s+)?$", regex.IGNORECASE)


# Towns and regions the list does not know: "in Castlebay", "across North Harwick". Only after a
# lower-case word, so "Trafficking in Persons" (a title) is not a place.
# The words one of which each place pattern needs (a sentence without them is not scanned).
_WORLD_RUNS = word_set("world")
_THE_COUNTRY_RUNS = word_set("country nationwide republic")
_TAKES_PART_BEFORE = regex.compile(
    r"\b(?:enrolled|enrols|enroll|enrolls|enrol|registered|participated|participate|participates|participating|"
    r"part|involved|included|invested|enlisted|engaged|interested|listed|featured|benefits|benefited|benefitted)\s+$")
# A part of a country named by its kind alone, and the names of such parts: "in the province", "Northern Province".
# (not "the region": "second in the region" is the ranking's wider world, not a part of a country)
UNNAMED_PART_KINDS = ("province", "state", "district", "county", "prefecture", "governorate", "department")
_IN_THE_PART = regex.compile(rf"\b(?:in|across|throughout)\s+the\s+(?P<kind>{'|'.join(UNNAMED_PART_KINDS)})\b"
                             r"(?!\s+(?:of\b|(?-i:[A-Z])))", regex.IGNORECASE)
# ... or that opens the sentence as its subject: "The province lost| 140,000 hectares", "The province's forests".
# A Markdown list item's marker, which may open a sentence: "- Of those, ...".
LIST_MARK = r"(?:[-*•+–]\s+)?"
# (not "The state paid VSR ...": the state that pays is the government; nor "The department recovered 2,318
# firearms": a body)
_OPENING_PART_KINDS = "|".join(k for k in UNNAMED_PART_KINDS if k not in ("state", "department"))
# (nor a source: "The province says suppression cost $1.1 billion" tells the figure of the place the document is
# about)
_THE_PART_OPENS = regex.compile(LIST_MARK + rf"(?-i:The)\s+(?P<kind>{_OPENING_PART_KINDS})(?:['’]s)?"
                                r"\s+(?!of\b|(?:says|said|reports|reported|estimates|estimated|announced|states|stated|"
                                r"told|claims|claimed|expects|expected)\b)[a-z]", regex.IGNORECASE)


def is_unnamed_part(place: str) -> bool:
    """Whether a place is a part of a country named by its kind alone ("the province"), as place() gives it where
    the text names no such part before."""
    return place.startswith("the ") and place[4:] in UNNAMED_PART_KINDS
_PART_OF_KIND = regex.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}(?P<kind>Province|Region|State|District|County|"
                              # (not a body: "Riverton Police Department", "the Health Department")
                              r"Prefecture|Governorate|(?<!(?:Police|Fire|Health|Education|Justice|Treasury|Defense|"
                              r"Defence|Sheriff['’]?s?|Transportation|Transport|Water|Parks|Revenue|Labor|Labour|Commerce|"
                              r"State|Energy|Agriculture|Housing|Corrections|Works|Services)\s)Department))\b"
                              # ("the state of Oyo")
                              r"|\b[Tt]he\s+(?P<kind>province|region|state|district|county|prefecture|governorate|"
                              r"department)\s+of\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_COMPARISON_SET_BEFORE = regex.compile(r"\b(?:(?:of|than|among|for)\s+(?:any|all|the|other)|average\s+(?:for|of|in|across))"
                                       r"\b[^,;.]{0,40}$", regex.IGNORECASE)
_RELATIVE_CLAUSE_BETWEEN = regex.compile(r",\s+(?:which|who|whose)\s")
_IN_PROPER_PLACE_RUNS = word_set("in across throughout within at")
_IN_PROPER_PLACE = regex.compile(
    # (and a site after "at": "Bed occupancy at Leeds averaged 89.5%"; and "on" a place's own: "on Marrowfield's roads")
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin|at|on(?=\s+[A-Z][\w-]*['’]s\s+[a-z]))\s+(?:the\s+)?"
    # ("in neighbouring Tavia": the same place; "northern Tavia" would be another, and is left alone)
    r"(?:(?:neighbouring|neighboring|nearby)\s+)?"
    # (words of letters: "In Northern Province| MCV1 coverage was 64%" names no place "MCV1")
    r"(?P<place>[A-Z](?:[^\W\d]|['’])+(?:[ -][A-Z](?:[^\W\d]|['’])+){0,2})\b(?!\s+[A-Z][^\W\d]*\b)"
    # (a word right before digits is a currency, a unit or a label: "at Rs 999", "at KSh 4,100", "in Phase 2"; but a
    # name before a count in thousands is where it was counted: "and in Galway 2,350 reports were made")
    r"(?!\s?\d(?!\d{0,2},\d{3}\b)|(?<=(?<![\w'’-])[A-Za-z]{1,3})\s?\d)" + _CURRENCY_NOUN_AFTER
)
# A part of a country named with its kind: "the Northern Province", "the Rift Valley Region".
_NAMED_PART = regex.compile(r"\b[Tt]he\s+(?P<place>(?:[A-Z][\w'’-]*\s+){1,3}(?:Province|Region|District|County|Prefecture|"
                            r"Governorate|Oblast|Canton|Territory)"
                            # (a region named by its compass point: "The North East had 9,400", "the East Midlands")
                            r"|(?:North|South)[- ]?(?:East|West)|(?:East|West)\s+Midlands)\b(?!\s+(?:of|[A-Z])|-)")
_NAMED_PART_RUNS = word_set("province region district county prefecture governorate oblast canton territory north "
                            "south midlands northeast northwest southeast southwest")
# Where in a place a part of it lies ("the northern region of Oskava", "northern Vessaria"), and what kind of part it is
# ("rural Vessaria").
_DIRECTIONS = (r"northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|"
               r"northwestern|southeastern|southwestern|central|coastal")
_SETTINGS = rf"{_DIRECTIONS}|rural|urban"
_AREA_OF_PLACE = regex.compile(
    rf"\b(?:[Ii]n|across|throughout|within)\s+the\s+(?:(?P<direction>{_DIRECTIONS})\s+)?"
    # ("in the Province of Kell": the kind capitalised as part of the name)
    # (not "the City of David": a name more often than a city's)
    r"(?:(?:neighbouring|neighboring|nearby)\s+)?(?P<kind>region|province|state|county|city|town|district|municipality|"
    r"department|part|prefecture|governorate|Region|Province|State|County|District|Municipality|Department|"
    r"Prefecture|Governorate)\s+of\s+(?P<place>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})\b")
# A state named after its country, written after it: "in Mexico state".
_COUNTRY_STATE = regex.compile(r"\b(?P<place>[A-Z][\w'’]+)\s+state\b")
_AREA_RUNS = word_set("region province state county city town district municipality department part prefecture "
                      "governorate")
# "in northern Vessaria", "in rural Vessaria": a part of Vessaria, no figure for all of it.
_PART_OF_PLACE = regex.compile(
    rf"\b(?:[Ii]n|across|throughout|within)\s+(?:the\s+)?(?P<direction>{_SETTINGS})\s+"
    r"(?P<place>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})\b")
_PART_OF_PLACE_RUNS = word_set("northern southern eastern western north south central coastal rural urban northeastern "
                               "northwestern southeastern southwestern")
# "in the north of Vessaria", "The North West of England recorded ...": the same part as "northern Vessaria".
_COMPASS_PART_OF_PLACE = regex.compile(
    r"\b(?:(?:[Ii]n|across|throughout|within)\s+)?[Tt]he\s+(?P<compass>(?i:(?:north|south)(?:[- ]?(?:east|west))?|east|"
    r"west|centre|center))\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})\b")
_COMPASS_NAME = regex.compile(r"(?:North|South)(?:[- ]?(?:East|West))?|East|West")
_COMPASS_RUNS = word_set("north south east west centre center northeast northwest southeast southwest")
_COMPASS_ADJECTIVES = {"north": "northern", "south": "southern", "east": "eastern", "west": "western",
                       "centre": "central", "center": "central"}


def _compass_adjective(compass: str) -> str:
    """'North East' -> 'north-eastern', 'south' -> 'southern', 'centre' -> 'central'."""
    parts = regex.split(r"[- ]", compass.lower())
    if len(parts) == 1 and parts[0] not in _COMPASS_ADJECTIVES:  # "northeast"
        parts = [parts[0][:5], parts[0][5:]]
    return "-".join(parts[:-1] + [_COMPASS_ADJECTIVES[parts[-1]]])

# "the Kingdom of Oltrava", "the Republic of Marrow": the country's name is the one after "of".
_STATE_TITLE = regex.compile(r"(?:(?:Democratic|Federal|Islamic|People['’]s|Socialist|United|Federative|Plurinational|"
                             r"Bolivarian|Arab|Cooperative)\s+)*(?:Republic|Kingdom|Federation|Commonwealth|Principality|"
                             r"Sultanate|Emirate|Grand\s+Duchy|Duchy|Confederation|State|"
                             # (parts of a country by their style: "the Autonomous Region of Madeira", "the Canton of Vaud")
                             r"Autonomous\s+(?:Region|Community|Province|Republic|Oblast)|Special\s+Administrative\s+Region|"
                             r"Canton|Free\s+State)\s+of\s+(?:the\s+)?")
# Capitalised words that open a sentence and are no name: "The", "In", "Its" (never a place or a part).
NOT_A_NAME = (r"(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|Your|It|There|Here|Each|Every|One|In|On|At|By|For|"
              r"Of)\b)")
# What a settlement or a division of a country is called: "a town", "the district".
_SETTLEMENT = r"town|city|village|municipality|port|island|county|district|region|state|province"
# A sentence that opens with a place named as one: "The town of Hexham had ...", "Ganjam district completed ...".
_PLACE_OPENING = regex.compile(
    # ("In 2020, ...", "For the full year 2020, ...", "In the year to March 2023, ...")
    r"(?:(?:In|By|During|For|Over|Throughout)\s+(?:[A-Za-z]+\s+){0,5}?(?:19|20)\d\d(?:[/–-]\d{2,4})?,\s+)?(?:(?:The|the)\s+(?:(?:smaller|larger|small|large|"
    r"neighbouring|neighboring|nearby|coastal|northern|southern|eastern|western)\s+)?(?P<kind>town|city|village|state|"
    r"province|county|district|region|municipality|department|prefecture|governorate|island)\s+of\s+"
    r"(?P<place>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})\b"
    rf"|(?:(?:The|the)\s+)?(?P<named>{NOT_A_NAME}[A-Z][\w'’]+"
    r"(?:[ -][A-Z][\w'’]+){0,2}?)\s+(?:district|province|state|county|region|municipality|"
    r"prefecture|governorate)\b"
    r"(?!\s+(?:of|[A-Z]))"
    # (the kind in capitals is part of the name: "Lilongwe District recorded", "Northern Province had")
    rf"|(?:(?:The|the)\s+)?(?P<named>{NOT_A_NAME}[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){{0,2}}?\s+"
    r"(?:District|Province|County|Region|Municipality|Prefecture|Governorate))\b"
    r"(?!\s+(?:of|[A-Z]))"
    # ("At Ostergaard, 6.8 million passengers passed through": where)
    r"|At\s+(?P<at>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2}),"
    # ("Neighbouring Estvia, which opened its market in 2019, had GGY of €4.1 billion": a neighbouring place's)
    r"|(?:Neighbouring|Neighboring)\s+(?P<neighbour>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})\b(?!\s+[a-z]+s\b)"
    # ("The capital, Dranport, had a population of 1.31 million": the capital's)
    r"|(?:The|the)\s+(?:capital|(?:largest|biggest|second\s+city|port)\s+city|city|town|port)\s*,\s*"
    r"(?P<appos>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})\s*,"
    # ("Varnholt is a town in the Lessing Valley with a population of 47,900": the town's figures)
    rf"|(?P<is_a>{NOT_A_NAME}[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){{0,2}})"
    r"\s+is\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:{_SETTLEMENT}|country)\b"
    # ("Kent Police recorded 47,800 violent crimes": the force's area; not "the Metropolitan Police", named for no place)
    rf"|(?:The\s+)?(?P<force>{NOT_A_NAME}(?!(?:Metropolitan|National|Transport|British|State|Federal|Military|Royal|"
    r"Border|Railway|Capitol|Secret|Civil|Local|City|County)\b)[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})\s+"
    r"(?:Police(?:\s+Service|\s+Force)?|Constabulary|(?:County|City|Borough|District|Metropolitan)\s+Council|"
    r"Fire\s+and\s+Rescue\s+Service)\b)")
_PLACE_OPENING_RUNS = word_set("town city village state province county district region municipality department "
                               "prefecture governorate island at capital port police constabulary council rescue "
                               "neighbouring neighboring")
_NAME_AT = regex.compile(r"[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2}\b")
# The word before "in": a capitalised one means a title ("Trafficking in Persons").
_WORD_BEFORE = regex.compile(r"([\w'’-]+)\s*$", regex.REVERSE)
_NOT_A_PLACE = regex.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|English|Spanish|French|German|Portuguese|Arabic|Chinese|"
    r"Parliament|Congress|Court|Government|Ministry|Office|Article|Section|Chapter|Annex|Appendix|Table|Figure|"
    r"Phase|Part|Spring|Summer|Autumn|Winter|Christmas|Easter|Ramadan|FY\d*|Q[1-4]|H[12])\b"
)
# "in the Premier League", "in the Competence Centre", "in the Company": a body or a building, not a place.
_INSTITUTION_HEAD = regex.compile(
    r"(?:^|\s)(?:Centre|Center|League|Cup|Trophy|Championship|Championships|Series|Company|Corporation|Group|"
    r"Bank|University|College|School|Hospital|Clinic|Institute|Museum|Club|Association|Foundation|Council|"
    r"Committee|Agency|Department|Ministry|Office|Party|Union|Fund|Trust|Court|Parliament|Congress|Senate|"
    r"Sport|Sports|Edition|Trim|Version|Model|Index|Exchange|Market|Network|Station|Studio|Studios|Hall|"
    r"Arena|Stadium|Park|Airport|"
    # (a policy or a measure named in capitals: "a rise in the National Living Wage", "in the Child Benefit")
    r"Wage|Act|Law|Plan|Programme|Program|Scheme|Strategy|Budget|Rate|Tax|Credit|Allowance|Benefit|Award|Prize|"
    r"Report|Survey|Census|Review|Duty|Duties|Levy|Bond|Bonds|Aid|Relief|Grant|Grants|Subsidy|Pension|Insurance)$")
# A capitalised common noun alone: "in the City of David", "in the State", "in the Company".
# Two capitals that name a field or a thing, not a state or a country's code ("in NY", "in DC"): "trained in TB
# screening", "jobs in AI", "investment in IT".
_TWO_LETTER_TOPICS = frozenset("TB AI IT HR PR ML VR AR UX UI IP GP ED ER OR IQ EV PV TV PC HQ QA DJ CO PE PM AM GM FM "
                               "HD SD DB OS".split())
_GENERIC_WORDS = frozenset("City State Company Country Capital Region Province County District Town Village".split())
_ENTITY_HEAD_AFTER = regex.compile(r"\s*(?:Campaign|Law|Act|Programme|Program|Plan|Initiative|Report|Survey)\b")


# People named by where they come from: "American| visitors", "Syrian| nationals".
_PEOPLE_OF_ORIGIN = (r"(?:visitors|tourists|travell?ers|holidaymakers|nationals|citizens|migrants|immigrants|emigrants|"
                     r"refugees|asylum[\s-]seekers?|applicants|returnees|students|buyers|investors|arrivals|passengers|"
                     r"expatriates|diaspora)")
# An amount that "global" calls whole: "a global sum", "the global budget for pharmacy".
_OVERALL_AMOUNT_AFTER = regex.compile(r"\s+(?:sum|budget|amount|figure|total|allocation|envelope|cap|ceiling|grant|"
                                      r"payment|funding|settlement|contract)s?\b", regex.IGNORECASE)
_FIRM_NOUN_AFTER = regex.compile(r"\s+(?:\w+\s+)?(?:company|firm|group|giant|multinational|conglomerate|carmaker|"
                                 r"bank|insurer|retailer|startup|start-up|manufacturer|maker|operator|producer|"
                                 r"label|streamer|platform|airline|brand)\b", regex.IGNORECASE)
_ORIGIN_NOUN_AFTER = regex.compile(rf"\s+(?:\w+\s+)?{_PEOPLE_OF_ORIGIN}\b", regex.IGNORECASE)
# Where people come from, not where a document's figures are: "Syrian nationals", "arrivals from Tunisia",
# "Afghanistan was the main country of origin".
_ORIGIN_BEFORE = regex.compile(r"\b(?:from|fled|fleeing|left|leaving|to|against|origin\s+(?:was|is|were|are)(?:\s+(?:still|mostly|mainly))?)"
                               # (and the later names of a list: "import honey from Ukraine and| Argentina")
                               r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s*,\s*|\s+and\s+|\s+or\s+)"
                               r"(?:the\s+)?){0,4}$", regex.IGNORECASE)
_ORIGIN_AFTER = regex.compile(rf"(?:\s+(?:\w+\s+){{0,2}}{_PEOPLE_OF_ORIGIN}\b"
                              r"|\s+(?:was|is|were|are|remained|remains)\s+(?:still\s+)?the\s+(?:main|top|largest|"
                              r"leading|biggest|first|second|third)\s+(?:\w+\s+)?(?:country|countries|nationality)"
                              r"\s+of\s+origin)", regex.IGNORECASE)


def main_country(text: str) -> Optional[str]:
    """The country named most often in a document (None when none is), for 'across the country'. Where people
    come from is not counted, and of countries named as often the first named wins."""
    gazetteer = _gazetteer()
    counts: dict[str, int] = {}
    via_parts: dict[str, int] = {}
    first: dict[str, int] = {}
    named: set[str] = set()
    for demonyms, matches in ((False, gazetteer.find_names(text)), (True, gazetteer.demonyms.finditer(text))):
        for m in matches:
            name = gazetteer.canonical[fold(m.group("place"))]
            if name not in gazetteer.countries:
                # ("Scotland", "London", "Scottish": a part of a country speaks of it, which no country named less
                # often may outvote; but it does not make the document one about the whole country)
                parent = gazetteer.parents.get(name)
                if parent is not None:
                    via_parts[parent] = via_parts.get(parent, 0) + 1
                continue
            at = m.start("place")
            if _ORIGIN_BEFORE.search(text, max(0, at - 60), at) or _ORIGIN_AFTER.match(text, m.end("place")) \
                    or _RIVAL_BEFORE.search(text, max(0, at - 60), at) \
                    or _COMPARING_BEFORE.search(text, max(0, at - 40), at):
                continue  # (nor a rival: "the second-largest entry point into Europe, behind Belgium")
            counts[name] = counts.get(name, 0) + 1
            first[name] = min(first.get(name, at), at)
            if not demonyms:
                named.add(name)
    # (one adjective is no subject: "cocaine shipped by Ecuadorian gangs" in a report on a Belgian port)
    counts = {name: n for name, n in counts.items() if name in named or n > 1}
    if not counts:
        return None
    winner = max(counts, key=lambda k: (counts[k], -first[k]))
    if any(n > counts[winner] for name, n in via_parts.items() if name != winner):
        return None  # ("By comparison, Ireland's ..." once, in a story that names Scotland, London and Wales)
    return winner


_CAPITALISED_WORDS_BEFORE = regex.compile(r"(?<![\w&'’.-])(?:[A-Z][\w&'’.-]*\s+){1,4}$")


def whole_name(before: str, at: int, noun: str) -> str:
    """noun with the capitalised words before it when it ends a name: "Dow Jones Industrial| Average" gives the
    whole name, not "Average" (an article or the sentence's first word is no part of it)."""
    if not noun[:1].isupper():
        return noun
    m = _CAPITALISED_WORDS_BEFORE.search(before, 0, at)
    if m is None:
        return noun
    words = before[m.start():at].split()
    while words and (words[0].lower() in STOP_WORDS or words[0].lower() in _OPENING_ADVERBS):
        words.pop(0)  # "The| Dow Jones ...", "Yesterday| Brent Crude ..."
    if words and words[0][-2:] in ("'s", "’s") and is_place_name(words[0][:-2]):
        words.pop(0)  # "Germany's| DAX": the place is the claim's place, not part of the name
    return " ".join(words + [noun])


# Words that open a sentence before its subject and are no part of a name: "Yesterday Brent Crude fell 2%".
_OPENING_ADVERBS = frozenset(
    "yesterday meanwhile however overall elsewhere separately earlier later still also monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august september october "
    "november december".split())


def is_place_name(name: str) -> bool:
    """Whether the gazetteer knows the name as a place ("Mexico", "Latin America")."""
    return fold(name) in _gazetteer().canonical


# Words that name a part of a country: "Riau province", "the northern region of Oskava", "the city of Mombasa".
_PART_OF_A_COUNTRY = regex.compile(r"\b(?:province|state|region|district|county|city|municipality|prefecture|"
                                   r"department|governorate|oblast|canton|territory|island|coast)\b"
                                   # ("northern Vessaria", "rural Vessaria": a part, named by where or what it is)
                                   rf"|^(?:{_SETTINGS})\s", regex.IGNORECASE)


def _part_named_for_country(kind: str, name: str) -> str:
    """The gazetteer's place for "the <kind> of <name>": "the state of Mexico" is the State of Mexico, not the
    country; else the name itself ("the city of Lunford": Lunford)."""
    gazetteer = _gazetteer()
    if kind:
        titled = gazetteer.canonical.get(fold(f"{kind} of {name}"))
        if titled is not None:
            return titled
    return gazetteer.canonical.get(fold(name), name)


def is_part_or_group_of_countries(name: str) -> bool:
    """Whether a place is known to be no country: within one ("Texas", "Riau province") or spanning several
    ("Europe", "Latin America"). Unknown names (invented countries, "Norland") are not."""
    gazetteer = _gazetteer()
    known = gazetteer.canonical.get(fold(" ".join(name.split())))
    if known is not None:
        return known not in gazetteer.countries
    return _PART_OF_A_COUNTRY.search(name) is not None


def is_group_of_countries(name: str) -> bool:
    """Whether the gazetteer knows a place as a region spanning countries ("European Union", "Latin America",
    "world")."""
    known = _gazetteer().canonical.get(fold(" ".join(name.split())))
    return known is not None and known in _REGIONS


def is_country(name: str) -> bool:
    """Whether the gazetteer knows the place as a country ("Kenya"; not "Texas", not an invented "Norland")."""
    gazetteer = _gazetteer()
    return gazetteer.canonical.get(fold(" ".join(name.split()))) in gazetteer.countries


def country_of_part(name: str) -> Optional[str]:
    """The country a known state, province or city lies in ("Ontario" -> "Canada"); None for anything else."""
    gazetteer = _gazetteer()
    known = gazetteer.canonical.get(fold(" ".join(name.split())))
    return gazetteer.parents.get(known) if known is not None else None


def known_places_in(text: str) -> set[str]:
    """The gazetteer's names of the places a text names ("Alcohol pricing in Scotland" -> {"Scotland"})."""
    gazetteer = _gazetteer()
    return {gazetteer.canonical[fold(m.group("place"))] for m in gazetteer.find_names(text)}


def place_name(name: str) -> Optional[str]:
    """The gazetteer's own name for a place ("Türkiye" -> "Turkey"), or None when the name is no known place."""
    return _gazetteer().canonical.get(fold(" ".join(name.split())))


def find_place(
    text: str, start: int, end: int, anchor: int, exclude: list[tuple[int, int]],
    country: Optional[str] = None, scope_first: bool = False,
) -> Optional[str]:
    """The place stated for the number at anchor: in its clause if there is one, else nearest in the sentence.

    scope_first (for ranks): prefer a place introduced by "in" ("the first country in Latin America").
    """
    return SentenceContext(text, start, end, country=lambda: country).place(anchor, exclude, scope_first)


def _excluded(pos: int, exclude) -> bool:
    return any(s <= pos < e for s, e in exclude)


_CLAUSE_BREAK_CHARACTERS = ";:,–—"  # one of which every _CLAUSE_BREAK match holds
_CLAUSE_BREAK = regex.compile(r"[;:]|,\s+(?=(?:and|but|yet|while|whereas|which|who|where)\b)|,\s+(?=[a-z]+\s+[a-z]+\s)|\s[–—]\s")


def clause_around(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """The stretch of the sentence between clause breaks (';', ':', ', and') that holds the anchor."""
    clause_start, clause_end = start, end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= anchor:
            clause_start = m.end()
        elif m.start() >= anchor:
            clause_end = m.start()
            break
    return clause_start, clause_end


# ------------------------------------------------------------------ periods

_SINCE = regex.compile(r"\b(?:since|as\s+of|so\s+far\s+in)\s+$", regex.IGNORECASE)
# (not when the report was made: "..., the Met Service said today", "announced on Tuesday")
_TO_DATE = regex.compile(r"\b(?<!\b(?:said|says|announced|reported|confirmed|stated|published|told\s+\w+)\s+)"
                         r"(?:to\s+date|so\s+far|at\s+present|currently|now|today|as\s+of\s+now|"
                         # (the present after "already": "which already supports 370,000 children")
                         r"already\s+(?:has|have|(?!was\b|is\b|has\b)[a-z]{2,}[^s\W]s))\b", regex.IGNORECASE)
# A source that dates its own figures ("According to the 2022 figures, the country now has ..."): "now" is then the
# time of those figures, not of writing.
_DATED_SOURCE = regex.compile(r"\baccording\s+to\s+(?:the\s+|its\s+|their\s+)?(?:(?:latest|most\s+recent|official|"
                              r"provisional|final)\s+)?(?:[A-Z][\w&.-]*\s+)?(?:19|20)\d\d\b(?!\s*[-–/])", regex.IGNORECASE)


def find_period(
    text: str, start: int, end: int, claim_start: int, claim_end: int, published: Optional[dt.date],
    exclude: Sequence[tuple[int, int]] = (),
) -> Optional[str]:
    """The time a number is about: a date in its clause, else in its sentence, else the publication year.

    Dates keep their own precision ("2010-04/2011-03-01"); a year that names a thing
    ("the 2007 law") or sits in a citation is not a period.
    """
    return SentenceContext(text, start, end, published).period(claim_start, claim_end, exclude)


# Years named relative to the time of writing ("last year") or to the sentence's own year ("the previous year").
_START_VERB_BEFORE = regex.compile(r"\b(?:launched|opened|began|started|founded|created|established|introduced|"
                                   r"adopted|passed|signed|inaugurated|set\s+up|built|formed)\s+(?:\w+\s+)?$",
                                   regex.IGNORECASE)
# A place right after a number, maybe after its noun: "1.2 million| in |Dunmore", "4.2 million tonnes| in |Nordmark".
# (or where they came from: "240,000| from |the United Kingdom", "2,100 will come| from |Germany")
_NEW_PREDICATE_BETWEEN = regex.compile(r"\band\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                                      r"(?!\d|(?:about|around|some|nearly|almost|over|more|less|up|down)\b)[a-z]{3,}\b")
_PARALLEL_PLACE_BEFORE = regex.compile(r"(?:\band|\bbut|\bwhile|\bwhereas|,)\s+(?:in|for|at)\s+(?:the\s+)?$")
# Before a place that something is compared with: "three times the rate in| Saxony", "compared with| Saxony".
_COMPARED_PLACE_BEFORE = regex.compile(r"(?:\b(?:times|twice|half|double|above|below|than)\s+(?:that\s+(?:of|in)|the\s+"
                                       r"(?:rate|level|share|figure|average|proportion)\s+(?:in|for|of))|\bcompared\s+"
                                       r"(?:with|to)|\bagainst|\bversus|\bthan\s+(?:in|for))\s+(?:the\s+)?$",
                                       regex.IGNORECASE)
_PARALLEL_OWNER_BEFORE = regex.compile(r"(?:\band|\bbut|\bwhile|\bwhereas|,)\s+$")
_PLACE_RIGHT_AFTER = regex.compile(r"\s+(?:(?!(?:than|from|and|or|to|with)\b)[a-z][\w-]*\s+){0,2}?(?:in|at|across|from)\s+"
                                   r"(?:the\s+)?")
# ... or "to" or "by" alone, a verb left out in a list: "45% went to Turkey, 35%| to |Malaysia", "6,768 were
# operated by the United States, 906| by |China".
_TO_PLACE_RIGHT_AFTER = regex.compile(r"\s+(?:to|by)\s+(?:the\s+)?")
# ... and so the place of that number, not of another: "compared with 31%| in |Kelbourne".
# (not after a year: "In 2022 households in Lanmore produced ...")
# A digit of a figure, not of a name or a formula it is glued to ("tonnes of CO2", "PM2.5", "COVID-19").
FIGURE_DIGIT = regex.compile(r"(?<![A-Za-z]|[A-Za-z]-)\d")
_PLACE_AFTER_A_NUMBER = regex.compile(r"(?<![\w.,])(?!(?<=\b(?i:in|by|during|since|for)\s+)(?:19|20)\d\d(?![\d.,%]))"
                                      r"\d[\d.,]*\s*(?:%|per\s*cent|million|billion|[a-z]+)?\s+"
                                      r"(?:[a-z][\w-]*\s+){0,2}?(?:in|at|across|from)\s+(?:the\s+)?"
                                      # ("14 in the neighbouring region of| Oberwald")
                                      r"(?:(?:[a-z][\w-]*\s+)?(?:town|city|village|municipality|county|district|region|"
                                      r"state|province|department)\s+of\s+)?$")
# ... or right before one, in a list of places each with its figure: "resettled 60,014 refugees, |Canada| 51,100 and
# Australia 6,600", "France ranked second with 167,000 and |Spain| third with 163,000", "|Tonga| (41%)".
_NUMBER_RIGHT_AFTER_PLACE = regex.compile(
    # ("compared with an EU average of 22%", "the national rate of 18%": the figure of the place's own measure)
    r"(?:['’]s)?\s*(?:\s+(?:[a-z]+\s+){0,2}?(?:average|mean|median|figure|total|rate|level|share)\s+(?:of|was|is|at|"
    r"stood\s+at)\s+|\(\s*|:\s*|,\s+|\s+(?:(?:was|is|ranked|came|placed)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:with|had|has|at|on|took|received|recorded|reported|"
    # (a verb left out: "the United States accounted for 59%, China| for |14%")
    r"for)?\s*)"
    r"(?:about|around|nearly|almost|over|some|roughly|just\s+over|just\s+under|more\s+than|less\s+than|fewer\s+than)?\s*"
    r"(?:US\s*)?[$€£¥₹]?\s*\d")
# After the first digit of a number, its own place: "Turkey, 3|5% to Malaysia".
_OWN_PLACE_AFTER_NUMBER = regex.compile(r"[\d.,]*\s*(?:%|per\s*cent|[a-z]+)?\s+(?:to|in|at|from|for|by)\s+(?:the\s+)?[A-Z]")
_CAPITALISED_NAME = regex.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")
_BRACKET_OPENS = regex.compile(r"\s*\(\s*")
# A superlative whose ranking a place spans: "the highest femicide rate| in |Meridia".
_RANKING_SCOPE_BEFORE = regex.compile(r"\b(?:highest|lowest|largest|smallest|biggest|most|least|fewest|best|worst|"
                                      r"safest|richest|poorest|deadliest|busiest|oldest|newest|youngest|fastest|"
                                      r"slowest|strongest|weakest|longest|shortest|tallest|cheapest|dearest)\s+"
                                      # (a word between: "highest in Kessa, at 27.4%" is Kessa's)
                                      r"(?!(?:in|of|across)\b)[^,;:.]{1,60}?\b(?:in|of|across)\s+(?:the\s+)?$"
                                      # (or what is ranked against: "the highest of any city in| Norland", "the
                                      # lowest of any| UK region", "the highest among| EU countries")
                                      r"|\b(?:highest|lowest|largest|smallest|biggest|most|least|fewest|best|worst)\s+"
                                      r"(?:of|among|for)\s+(?:any|all|the)?\s*(?:[^,;:.]{0,40}?\b(?:in|of|across)\s+"
                                      r"(?:the\s+)?)?$"
                                      # ... and where most of a figure is: "1.2 million, most of them in| the
                                      # Northern Province", "mostly in| Kenya"
                                      r"|\b(?:most\s+of\s+(?:them|these|those|which|whom|it)\s+(?:were\s+|was\s+)?|"
                                      r"mostly\s+|mainly\s+|largely\s+|chiefly\s+|primarily\s+|predominantly\s+)"
                                      r"(?:in|across|at)\s+(?:the\s+)?$"
                                      # ... and a position in a ranking: "Spain ranks first in| Europe for deceased
                                      # donation, with 46.3 donors per million" is Spain's figure
                                      r"|\b(?:ranks?|ranked|ranking|placed|places|came|comes|finished|sits|sat)\s+"
                                      r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                                      r"twelfth|last|top|bottom|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:out\s+)?of\s+\d+\s+)?"
                                      r"(?:in|across|among)\s+(?:the\s+)?$")
# Where a place lies, after what it is: "a town in| the Lessing Valley" (the town's figures are the town's).
_LIES_IN_BEFORE = regex.compile(rf"\b(?:{_SETTLEMENT})\s+(?:located\s+|situated\s+)?(?:in|on)\s+(?:the\s+)?$")
# An age that narrows a group of people, before its place: "adults| over 65 in |Westhollow".
_AGE_OF_A_GROUP = regex.compile(r".*?\b(?:aged|over|under)\s+(?:between\s+)?\d{1,3}(?:\s*(?:to|-|–|and)\s*\d{1,3})?"
                                r"(?:\s+and\s+(?:over|older|under|younger))?\s+"
                                r"(?:in|at|across|from)\s+(?:the\s+)?$")
# A giving verb right after a place: the place is the donor ("Japan pledged ¥150 billion to Vietnam").
_DONOR_VERB_AFTER = regex.compile(r"(?:['’]s)?\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+)?(?:pledged|pledges|pledge|gave|"
                                  r"gives|give|provided|provides|provide|donated|donates|donate|sent|sends|allocated|"
                                  r"committed|commits|granted|contributed|contributes|disbursed|disburses|lent|lends|"
                                  r"offered|offers|promised)\b")
# A target's date after another figure: "has 3,200 troops and will grow to 4,800| by |2025".
_FUTURE_BETWEEN = regex.compile(r"\b(?:will|would|could|might|plans?\s+to|aims?\s+to|to\s+reach|expected\s+to|"
                                # ("has 5,820 vessels, well above the target of 5,000 for 2025")
                                r"targets?|goals?|projected|forecast)\b", regex.IGNORECASE)
# A sentence that restates the one before it: "That is 82% of adults.", "This represents 12% of the total."
_RESTATES_BEFORE = regex.compile(r"\s*(?:That|This|It)\s+(?:is|was|'s|represents|represented|amounts\s+to|"
                                 r"amounted\s+to|equals|equalled|means|meant|"
                                 # ("That works out to 132 gun deaths a day")
                                 r"(?:works?|worked)\s+out(?:\s+at|\s+to)?|(?:translates?|translated|equates?|"
                                 r"equated|comes?|came)\s+to)\b")
# How a document names its seasons: "the 2023 season" (calendar years) or "the 2023/24 season" (split years).
_SINGLE_YEAR_SEASON = regex.compile(r"\b(?:19|20)\d\d\s+season\b", regex.IGNORECASE)
_SPLIT_YEAR_SEASON = regex.compile(r"\b(?:19|20)\d\d\s*[/–-]\s*(?:\d\d)?\d\d\b")
_SMALL_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
def _years_back(m) -> int:
    """How many years a _RELATIVE_YEAR "before" phrase counts back: one ("the previous year"), or as many as it
    says ("two years earlier")."""
    years = m.group("before_years")
    return 1 if not years else count_of_years(years)


def count_of_years(words: str) -> int:
    """'3', 'three' or 'a decade', as a number of years."""
    words = " ".join(words.lower().split())
    return int(words) if words.isdigit() else 10 if words == "a decade" else _SMALL_NUMBERS[words]


# The last gap of a list of places: "Sinaloa|, and |Sonora".
_LIST_END_GAP = regex.compile(r"\s*,?\s*(?:and|or|&)\s+(?:the\s+)?")
_OPENS_WITH_TIME = regex.compile(r"\s*(?:In|During|For|Over)\s+")
_RELATIVE_RIGHT_AFTER = regex.compile(r"\s*(?:in|during|for|over)?\s*")
_LAST_MONTH_OR_QUARTER = regex.compile(r"\b(?:last|the\s+previous|the\s+past)\s+(month|quarter)\b", regex.IGNORECASE)


def _month_or_quarter_before(published: dt.date, unit: str) -> str:
    """The month, or the quarter (as its months), before the one a document was published in."""
    if unit == "month":
        year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return f"{year}-{month:02d}"
    quarter = (published.month - 1) // 3  # (0-based: the quarter before the publication's)
    year, quarter = (published.year, quarter) if quarter > 0 else (published.year - 1, 4)
    return f"{year}-{3 * quarter - 2:02d}/{year}-{3 * quarter:02d}"


_RELATIVE_YEAR = regex.compile(
    r"\b(?:(?P<ago>(?:(?P<years>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+years|(?P<years>a\s+decade))"
    r"\s+ago)"
    # ("from 398 in last year's release": when it was said, not the figure's time)
    r"|(?P<last>last\s+year(?!['’]s\s+(?:release|report|edition|publication|estimates?|figures?|bulletin|survey|"
    r"statistics|data|inventory))|a\s+year\s+ago|the\s+past\s+year|"
    # ("3,898 people were sleeping rough last autumn", in a March report: the autumn before)
    r"last\s+(?:spring|summer|autumn|fall|winter))|(?P<this>this\s+year|so\s+far\s+this\s+year)"
    r"|(?P<next>next\s+year)"
    # a season counted from the publication date ("13.9 million last season"); see _season_of
    r"|(?P<season>(?P<season_which>last|this|next)\s+season)(?!['’]s\s+(?:release|report|edition))"
    r"|(?P<before>the\s+(?:previous|preceding|prior)\s+(?:reporting\s+(?:period|year)|year|season)"
    r"|the\s+(?:year|season)\s+before|a\s+season\s+(?:earlier|before)"
    r"|a\s+year\s+(?:earlier|before)|(?:(?P<before_years>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+years"
    r"|(?P<before_years>a\s+decade))\s+(?:earlier|before)))\b",
    regex.IGNORECASE)
# (the number's own noun may come first: "5,000 patients in 2022")
# (words between, in capitals too: "78.9% of GDP| in 2019")
_DATE_RIGHT_AFTER = regex.compile(r"\s+(?:(?!(?:than|from|since|before|after|and|or|to)\b)[A-Za-z][\w-]*\s+){0,2}?"
                                  r"(?:in|during|for|as\s+of|by|(?:at\s+)?the\s+(?:end|close|start|beginning|middle)\s+of"
                                  # (an event of that year: "47.6 million| at the |2011 census")
                                  r"|(?:at|in)\s+the)"
                                  r"\s+(?:FY\s?)?")
# Between a number and a later date: a comparison with another number, whose date that is.
_COMPARED_BEFORE = regex.compile(r"\b(?:up\s+from|down\s+from|compared\s+(?:with|to)|against|versus|vs\.?|from|"
                                 # ("21.9% is an improvement on the 23.0% recorded in 2022/23")
                                 r"(?:an?\s+)?(?:improvement|increase|rise|fall|drop|decrease|deterioration)\s+on|"
                                 # ("262 deaths, 10% fewer than| the 291 in 2023")
                                 # (not a hedge: "more than 52 weeks in March 2023")
                                 r"(?:fewer|more|less|higher|lower|greater|smaller|larger|bigger)\s+than(?=\s+(?:the|in|"
                                 r"its|their|last|a)\b))\s+"
                                 r"[^;]*\d", regex.IGNORECASE)
# A date that says when something happened ("launched in April 2018"), and a perfect tense ("has connected").
# Past tenses that say when something started ("launched in April 2018", "launched five years ago").
START_VERBS = ("launched", "opened", "began", "started", "founded", "created", "established", "introduced", "adopted",
               "passed", "signed", "agreed", "inaugurated")
_EVENT_DATE_BEFORE = regex.compile(
    rf"\b(?:{'|'.join(START_VERBS)}|begun|enacted|set\s+up)\s+"
    # (with its partner or what was started: "launched with the city in 2019", "launched its first foldable in 2019")
    r"(?:[A-Za-z][\w'’-]*\s+){0,4}?(?:in|on)\s+$", regex.IGNORECASE)
_RELATIVE_PRONOUN = regex.compile(r",\s+(?:which|who|that)\b"
                                  # (or with no comma, before a verb of starting: "in a series that began in 1862")
                                  r"|\b(?:which|that)\s+(?:\w+\s+){0,2}?(?:began|begun|started|opened|launched|"
                                  r"founded|was\s+founded|was\s+set\s+up)\b")
# A side clause between commas that dates what it follows: "its app|, launched in 2020,| now has".
_ASIDE_OPENS = regex.compile(r",\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?[a-z][\w-]*\s+"
                             r"(?:[A-Za-z][\w'’-]*\s+){0,4}?(?:in|on)\s+$")
_ASIDE_CLOSES = regex.compile(r"\s*,")
# The present tense of a main clause after an event's date in a side clause: "The stadium, which opened in
# 1998,| holds 34,000", "The trust, founded in 1998,| now employs 240 staff".
# (past the figure's noun: "1.8 million TEU| in the fourth quarter")
_BARE_PART_AFTER_FIGURE = regex.compile(r"\s+(?:(?!(?:in|during|for|over|of|by|and|or|the)\b)[A-Za-z][\w-]*\s+){0,2}?"
                                        + BARE_YEAR_PART.pattern, regex.IGNORECASE)
# Between a share and the year that names its whole: "34%| of |2023 funding", "12%| of the |2022 budget".
_WHOLE_OF_A_YEAR_BEFORE = regex.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?")
# (not a baseline: "78% of 2019 levels" is measured against 2019, and of its own year)
_NOUN_AFTER_YEAR = regex.compile(r"\s+(?!(?:and|or|to|in|on|at|for|was|were|is|are|levels?|baseline|average|peak|"
                                 r"figures?|highs?|lows?|norms?)\b)[a-z]")
# Between a figure and its own quarter or half right after it: "160 deals| in |Q2", "1.8 million TEU| in the |fourth".
# (the quarter's match may hold its "in")
_OWN_PART_AFTER_FIGURE = regex.compile(r"\s+(?:(?!(?:and|or|than|from|to|after|before|since)\b)[a-z][\w-]*\s+){0,2}?"
                                       r"(?:(?:in|during|for)\s+(?:the\s+)?)?")
# "in the same period of| 2023", "the same quarter last year": the months the sentence names, another year.
_SAME_PERIOD_BEFORE = regex.compile(r"\bthe\s+same\s+(?:period|months?|quarter|half|weeks?|time)\s+(?:of|in)\s+$",
                                    regex.IGNORECASE)
_CONJOINED_CLAUSE = regex.compile(r",\s+(?:and|but|yet|while|whereas)\s")
# A coordinated clause that opens with its own date: ", and by| mid-January 2024 quotes exceeded ...".
_NEXT_CLAUSE_OPENS_WITH_DATE = regex.compile(r",\s+(?:and|but|while|whereas|then)\s+(?:by|in|on|from|since|during|"
                                             r"as\s+of)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$",
                                             regex.IGNORECASE)
# The end of an apposition that dates a start, then a main verb of how a thing stood: "launched in 2019|, remained".
_APPOSITION_THEN_STATE_VERB = regex.compile(r"\s*,\s+(?:remained|stayed|was|were|became|continued|kept|ranked|stood)\b")
# ... or a relative clause, then what the thing did: "Red Ridge, which opened in 2016, produced 410,000 ounces" (a
# participle's date, "The programme, launched in 2006, trained 500 nurses", may be when it did)
_WHICH_BEFORE_START = regex.compile(r",\s+which\s+(?:was\s+|were\s+)?(?:[a-z]+\s+){1,6}(?:in|on)\s+$")
_APPOSITION_THEN_PAST_VERB = regex.compile(r"\s*,\s+(?!(?:with|when|while|including|and|but|which|who|where)\b)"
                                           # (or an irregular one: "Glucorin, which was launched in 2018, rose to")
                                           rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PASTS})\b")
_PRESENT_MAIN_VERB = regex.compile(
    # ("Line 3 opened in 2018 and now carries| 310,000 passengers a day": how it stands now)
    r"\s*(?:,|\s+and(?=\s+(?:now|still|currently|today)\b))\s+(?:(?:now|still|currently|today)\s+)?"
    r"(?:is|are|has|have|holds?|employs?|serves?|houses?|runs?|operates?|"
    r"covers?|counts?|seats?|manages?|owns?|spans?|stretches|contains?|includes?|supports?|welcomes?|attracts?|"
    r"hosts?|carries|receives?|costs?|measures?|weighs?|stands|remains?|reaches|makes|produces?|generates?|"
    # (what it says now: "The Cocoa Promise, launched in 2014, reports that it reaches 180,000 farmers")
    r"provides?|reports|says|states|estimates|claims|notes|finds)\b"
    # (any verb in the present after "and now": "began in 2018 and now funds| around 900 services")
    r"|\s*,?\s+and\s+(?:now|currently|today)\s+[a-z]{3,}s\b", regex.IGNORECASE)
_PERFECT_BEFORE = regex.compile(r"\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|t)\b", regex.IGNORECASE)
# "since then": a span from the date before it to the time of writing.
_SINCE_THEN = regex.compile(r"\bsince\s+then\b", regex.IGNORECASE)
# A date that is itself what a number is compared with: "9% fewer than in 2017", "up 5% compared with 2019".
# A clause in the past tense, and words that put it in the present.
PAST_TENSE = regex.compile(r"\b(?:was|were|had|rose|fell|grew|reached|totall?ed|stood|amounted|dropped|increased|"
                            r"decreased|declined|recorded|reported|came|went|climbed|jumped|slid|spent|paid|sold|"
                            r"bought|built|made|took|gave|got|lost|won|held|kept|saw|earned|received|collected|raised|"
                            r"completed|repaired|treated|served|employed|handled|carried|produced|exported|imported|"
                            r"generated|posted|opened|closed|hired|registered|counted|delivered|trained|invested|"
                            r"ranked|placed|finished|came|"
                            # (irregular pasts of what bodies do: "it dealt with 12 incidents a day")
                            # (not "hit", "put", "set": the present too)
                            r"dealt|met|ran|began|brought|caught|drew|fought|found|led|left|sent|stole|taught|threw|"
                            r"wrote|became|flew|drove|rode|swam|sank|shrank|ate|drank|struck|sprang|spun|died|fled|fed|shed|bled|"
                            # (any regular past: "Terminal 1 accounted for 11.2 million"; not what is only planned)
                            r"(?!(?:expected|projected|planned|scheduled|proposed|forecasted|estimated|intended|"
                            r"budgeted|targeted|needed|required)\b)[a-z]{3,}ed)\b")
# (not the frame of a report on the past: "Russia is estimated to have produced 75.8 Mt", "is thought to have")
_PRESENT_TENSE = regex.compile(r"\b(?:(?:is|are)(?!\s+(?:estimated|thought|believed|said|reported|understood|"
                               r"expected)\s+to\s+have\b)|(?<!\bto\s)(?:has|have)|now|currently|today|will|still)\b",
                               regex.IGNORECASE)
# "the highest since 1994", "the lowest level since": a record, measured back to a year. "since 1994, when"
_RECORD_BEFORE = regex.compile(r"\b(?:highest|lowest|largest|smallest|biggest|most|least|fewest|worst|best|[a-z]{3,}est)"
                               r"\b(?:\s+[a-z]+){0,3}\s+$", regex.IGNORECASE)
_WHEN_AFTER = regex.compile(r",?\s+when\b")
_SINCE_EVENT_IN_BEFORE = regex.compile(r"\b[Ss]ince\s+(?:its|the|their|his|her)\s+(?:launch|creation|start|founding|"
                                       r"inception|opening|introduction|establishment|beginning)\s+in\s+$")
_EVENT_THEN_WHEN = regex.compile(r"(?:\s+[a-z][\w-]*){1,3}\s*,\s+when\b")
# A coordinated clause of its own: ", and Brazil is ...", "; while ...".
# (A capitalised word or a pronoun opens it: not the last item of a list, "prevention, assistance, and eradication".)
# A clause that names a part of the figure before it, with a number of its own.
_PART_CLAUSE = regex.compile(r",\s+(?:including|among\s+them|of\s+(?:whom|which))\s+[^,;]*?\d", regex.IGNORECASE)
# A phrase of cause after a figure, whose place is where the cause was: ", largely because of| outages in France".
_CAUSE_BETWEEN = regex.compile(r"\b(?:because\s+of|due\s+to|owing\s+to|thanks\s+to|driven\s+by|caused\s+by|"
                               r"as\s+a\s+result\s+of|on\s+the\s+back\s+of|amid|following)\b", regex.IGNORECASE)
_NEW_CLAUSE = regex.compile(r",\s+(?:and|but|while|whereas|yet)\s+(?:[A-Z]|(?:it|they|we|he|she|its|their)\b)|;")
# A clause that opens with a name as its subject: ", while Blantyre reported", ", and the Science Centre received".
_NAMED_SUBJECT_CLAUSE = regex.compile(r"[,;]\s+(?:and|but|while|whereas|yet)\s+(?:the\s+)?[A-Z]")
# A month named without a year: "in March", "last February" (not "March 2024", a date, nor "the March" of a name).
_MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
# ("in March", or a month that opens its sentence as its subject: "August was the peak month, with ...")
# (and a span of months to one: "in the six months to June", "the 12 months ending March")
_BARE_MONTH = regex.compile(rf"\b(?:in|during|for|last|by|of|In|During|For|Over|over)\s+(?:the\s+(?P<months>\d{{1,2}}|two|three|four|five|six|"
                            rf"seven|eight|nine|ten|eleven|twelve)\s+months\s+(?:to|ending|ended|through|until)\s+"
                            # ("in late August", "the floods of mid-June": a part of the month is in it)
                            rf"(?:the\s+end\s+of\s+)?|(?:early|mid|late)[\s-]+)?(?P<month>{_MONTH_NAMES})\b"
                            r"(?!\s*,?\s*(?:19|20)\d\d\b|\s+\d)"
                            rf"|(?:(?<=^)|(?<=[.!?\n]\s?))(?P<month>{_MONTH_NAMES})(?=\s+(?:was|saw|brought|had|"
                            r"recorded)\b)")
# A day of a month with no year: "As of 19 February", "on March 1st", "in the week to 28 February" (not "19
# February 2024", a date of its own).
_BARE_DAY = regex.compile(rf"\b(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAMES})|"
                          rf"(?P<month>{_MONTH_NAMES})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\b(?![.,]?\d)"
                          r"(?!\s*,?\s*(?:19|20)\d\d\b)")
_SINCE_BEFORE = regex.compile(r"\b[Ss]ince\s+$")
# A wire story's dateline around a day: "KATHMANDU, |March 14| (Reuters) -".
_WIRE_DATELINE_BEFORE = regex.compile(r"[ \t>*_]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]+[A-Z][\w.'’-]+)?,[ \t]*")
_WIRE_DATELINE_AFTER = regex.compile(r"[ \t]*(?:\([A-Za-z .]{2,30}\)[ \t]*)?[—–-]{1,2}[ \t]")
_DAY_RIGHT_AFTER = regex.compile(r"\s+(?:on|as\s+of|by|until|through)\s+(?:the\s+)?")  # ("$118.6 million| on |15 March")
# A month without its year right after a figure, before a later figure: "16.6 TWh| in August| to 29.3 TWh".
_MONTH_RIGHT_AFTER = regex.compile(rf"\s+(?:in|during)\s+(?P<month>{_MONTH_NAMES})\b(?!\s*,?\s*\d)(?=\s*,?\s+(?:to|and|"
                                   r"but|while|compared|against|versus|from)\b)")
_BARE_MONTH_WORDS = word_set(*(name for name in MONTHS if len(name) > 3 or name == "may"))  # (full names)
_BARE_YEAR_PART_WORDS = word_set("quarter", "half", "q", "h", "quarterly")
_REPORTING_WEEK = regex.compile(f"(?P<weeks>{REPORTING_WEEK})" + r"(?:\s+of\s+(?P<year>(?:19|20)\d\d)\b)?",
                                regex.IGNORECASE)
_DIGITS = regex.compile(r"\d+")
# A labelled figure with no verb: "- Confirmed measles cases in Northern Province: |3,100".
LIST_ITEM = regex.compile(r"[ \t]*[-*•][ \t]")  # a line of a list
_LABEL_BEFORE_FIGURE = regex.compile(r"\s*(?:[-*•]\s*)?[A-Z][^\n:.;]{2,80}:\s*")
_WEEK_WORDS = word_set("week", "weeks")
_PARTNER_BEFORE = regex.compile(r"\b(?:with|against|versus|vs\.?|than)\s+(?:the\s+)?$", regex.IGNORECASE)
# The same amount said again in brackets right after a figure: " (about US$110 million)".
_BRACKETED_AFTER = regex.compile(r"\s*\([^()\n]{1,60}\)")
# A verb of its own between an event word and a later date: "passed in June 2012| and entered |into force in ...".
ANOTHER_VERB_BETWEEN = regex.compile(r"(?:\b(?:and|then|but|before|after|until)|,(?=\s+(?:was|were|has|had|is|are)\s))"
                                      # ("and has since been extended to the end of 2024": the extension's date)
                                      r"\s+(?:(?:was|were|has\s+(?:(?:since|also|now|then)\s+)?been|"
                                      r"had\s+(?:(?:since|also|now|then)\s+)?been|"
                                      r"is|are)\s+)?(?:[a-z]+ed|began|came|went|took|became|grew|rose|fell|ran)\b"
                                      # (or a present tense that looks ahead: "was published in 2022 and aims to end
                                      # harm by 2050", "and requires ...", "and will")
                                      r"|\b(?:and|but)\s+(?:(?:also|now)\s+)?(?:aims?|plans?|seeks?|intends?|hopes?|"
                                      r"promises?|pledges?|commits?|requires?|sets?|targets?|will|must|is\s+to|are\s+to|"
                                      r"runs?\s+(?:until|to|through))\b"
                                      # ("The programme, launched in 2016, closed in 2019": the main clause's verb)
                                      r"|(?<=\b(?:19|20)\d\d),\s+(?:[a-z]+ed|began|came|went|took|became)\b")
# Between two places listed together: "Pakistan| and |Iran", "Chad|, |Niger and Mali".
_NAME_IN_POSSESSIVE = regex.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\b")
_PLACE_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?")
_LOOKS_AHEAD = regex.compile(r"\b(?:will|shall|due|expected|expects?|forecasts?|guidance|outlook|planned|scheduled|next|"
                             r"upcoming|to\s+be|plans?\s+to|aims?\s+to|by)\b", regex.IGNORECASE)
# (words may come first: "(2023: loss of £7.2 million)", "(2022: revised, 4,100)")
_LABEL_COLON = regex.compile(r"\s*:\s*(?:[a-z][\w-]*\s+){0,4}?(?:(?:of|at)\s+)?[$€£¥₹]?\d")
_LABEL_OPEN = regex.compile(r"[(\[;,]\s*$")
# A clause of its own between a number and a later date: the date is that clause's.
# ("because of labour disputes in 2023" is a phrase in the clause, not a clause of its own)
# ("brought before a judge in 2023": before whom, not when)
# ("married before age 18 in 2014", "before their 18th birthday": an age, not a time)
# ", many of them sparked by lightning in July": what some of the counted things did, after the figure.
_PARTITIVE_CLAUSE = regex.compile(r",\s+(?:many|most|some|all|half|none|several|few|one|two|three)\s+of\s+"
                                  r"(?:them|which|whom|these|those)\b", regex.IGNORECASE)


def _in_partitive_clause(text: str, claim_end: int, at: int) -> bool:
    """Whether a date at `at` stands in a partitive clause after the figure: "2,600 fires were recorded, many of them
    sparked by lightning in July" (when some of them started, not when all were counted)."""
    return at >= claim_end and _PARTITIVE_CLAUSE.search(text, claim_end, at) is not None


# (not what a measure is taken after or before: "in poverty after housing costs in 2022")
# What a measure of income or poverty is taken after or before: "after housing costs", "before tax".
_COSTS_DEDUCTED = r"\s+(?:housing\s+)?(?:costs|tax|taxes|transfers|benefits)\b"
_NOT_COSTS_AFTER = rf"(?!{_COSTS_DEDUCTED})"
_SUBORDINATE_BETWEEN = regex.compile(r"\b(?:since|when|after" + _NOT_COSTS_AFTER + r"|before" + _NOT_COSTS_AFTER +
                                     r"(?!\s+(?:a|an|the)\s+(?:judges?|courts?|magistrates?|"
                                     r"tribunals?|jury|juries|parliament|congress|senate|committees?|panel|"
                                     r"commission)\b|\s+(?:the\s+)?age\b|\s+(?:their|her|his|the)\s+\d+(?:st|nd|rd|th)\s+"
                                     r"birthday\b)|until|while|because(?!\s+of\b)|whereas|where)\s+\w",
                                     regex.IGNORECASE)
# A figure compared with, and its date after it: "up from| 3,410 in |December 2022".
_COMPARED_NUMBER_BEFORE = regex.compile(r"\b(?:(?:up|down)\s+(?:by\s+)?(?:\S*\d\S*\s+)?from|compared\s+(?:with|to)|against|"
                                        # ("rose 25% to 6.13 million bags|, from 4.9 million bags in| FY 2022/23")
                                        r"(?<=,\s)from|"
                                        # ("up 12% from 3.7 million tonnes in 2022", "a rise of 12% from")
                                        r"versus|vs\.?|(?:rise|increase|fall|drop|decline|decrease)\s+of\s+\S*\d\S*\s+"
                                        r"(?:\S+\s+)?from)\s+"
                                        r"\S*\d[^,;\d]{0,25}$", regex.IGNORECASE)
# A verb that reports what a source found, with what it found after it.
_REPORTING_VERB = regex.compile(r"\b(?:found|finds|estimated|estimates|reported|reports|showed|shows|says|said|"
                                r"suggests|suggested|concluded|concludes|calculated|calculates|revealed|reveals)\s+that\b",
                                regex.IGNORECASE)
_COMPARED_DATE_BEFORE = regex.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:in|during)\s+)?$"
                                      # "a fall of 4% on 2021", "4% over 2019", "38% below 1990 levels"
                                      # "78% of 2019 levels": the base year of a recovery
                                      # ("three times the 2020 level", "twice its 2019 level", "half the 2010 figure")
                                      r"|\b(?:times|twice|double|triple|half)\s+(?:the|its|their)\s+$"
                                      # ("down 1.6% in real terms from 2022")
                                      r"|(?:%|\bper\s*cent|\bpercent|\bpoints?|\bpp)(?:\s+in\s+(?:real|nominal|cash|volume)"
                                      r"\s+terms)?\s+(?:on|over|below|above|from|of)\s+"
                                      r"(?:(?:its|their|the)\s+)?"
                                      # ("an increase of 2.4% on the figure for 2022", "3% compared with the level of")
                                      r"(?:(?:figure|level|total|number|count|year)\s+(?:for|of|in)\s+)?$"
                                      r"|\b(?:than|compared\s+(?:with|to)|versus)\s+(?:the|its|their)\s+"
                                      r"(?:figure|level|total|number|count)\s+(?:for|of|in)\s+$",
                                      regex.IGNORECASE)
_DAY_DATE = regex.compile(r"\d{4}-\d\d-\d\d")
_MAY_NEGATE_PLACE = regex.compile(r"non|outside|exclud|except|ex-|bar\s|apart|other\s+than", regex.IGNORECASE)
_NEGATED_PLACE_BEFORE = regex.compile(r"(?:\bnon-?|\b(?:outside|excluding|except|ex-|bar|apart\s+from|other\s+than)"
                                      r"\s*(?:of\s+)?(?:the\s+)?(?:mainland\s+)?)$", regex.IGNORECASE)
# A place name, then "at" (or "with", "on") the figure: "followed by| Latvia at| 17.9%".
_PLACE_THEN_AT = regex.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|de)){0,5},?\s+(?:at|with|on)\s+")
_BASELINE_BEFORE = regex.compile(r"\b(?:above|below|relative\s+to|compared\s+(?:with|to)|against|versus|on)\s+"
                                 r"(?:the|its|their)\s+$", regex.IGNORECASE)
_AVERAGE_OF_BETWEEN = regex.compile(r"\s+(?:average|mean|median|baseline|level)\s+of\s+", regex.IGNORECASE)
# "the previous year, when there were| 568,820": the year a "when" clause that holds the figure speaks of.
_PREVIOUS_YEAR_WHEN = regex.compile(r"\b(?:the\s+)?(?:previous|preceding|prior)\s+year\s*,?\s+when\s+[^,;.]*$",
                                    regex.IGNORECASE)


def _years_before(period: str, years: int) -> Optional[str]:
    """A period moved back by whole years: "2023" -> "2022", "2022-04/2023-03" -> "2021-04/2022-03"."""
    def back(part: str) -> Optional[str]:
        if len(part) < 4 or not part[:4].isdigit():
            return None
        return f"{int(part[:4]) - years}{part[4:]}"

    parts = [back(p) for p in period.split("/")]
    return None if any(p is None for p in parts) else "/".join(parts)


# Words that give a figure as a revision's new one: "revised up to| 126,900".
REVISED_TO_BEFORE = regex.compile(r"\b(?:revised|corrected|restated|updated)\s+(?:up\s+|down\s+|upwards?\s+|"
                                  r"downwards?\s+)?to\s+(?:\S+\s+)?$", regex.IGNORECASE)
_ONLY_IN_BETWEEN = regex.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:in|on)\s+")
_SOURCE_NOUN = regex.compile(r"\b(?:report|survey|study|paper|bulletin|release|statistics|data|figures|review|"
                             r"census|analysis|article|book|edition)s?\b", regex.IGNORECASE)
# A sentence that opens with a time before an event it names: "Before the charge,", "Before the scheme was launched,".
_BEFORE_AN_EVENT_OPENER = regex.compile(r"\s*(?:[-*•]\s+)?(?:Before|Prior\s+to|Until)\s+(?:the|its|their)\s+"
                                        r"(?:[\w-]+\s+){0,3}?[\w-]+(?:\s+(?:was|were)\s+[a-z]+(?:ed|en|un))?\s*,")
_PUBLISHED_BEFORE = regex.compile(r"\b(?:published|released|issued|dated|updated|posted|printed)\s+(?:on\s+|in\s+)?$",
                                  regex.IGNORECASE)

# "the 2007 law", "its 2014 reform": after a determiner, the year names which law; it does not date the
# sentence's numbers. But "the 2017 traffic count" and "Harwick's 2024 budget" are data for that year.
_ATTRIBUTIVE_YEAR = regex.compile(
    r"\s+(?!(?:and|to|or|in|on|at|for|the|is|was|were|are|there|we|they|he|she|it|this|that|these|a|an|by|with|"
    r"from|of|as|when|while|after|before|until|through|saw|alone|only|also|already)\b)[a-z]+\b"
    # a capitalised title after "the": "the 2014 Protocol", "the 2022 Global Estimates" (a name, not its data's year)
    r"|\s+(?!(?:In|On|At|By|For|The|It|This|There|A|An|And|But|As|When)\b)[A-Z][a-z]+\b"
)
_DETERMINER_BEFORE = regex.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|whose)|[A-Za-z]['’]s)\s+$",
                                   regex.IGNORECASE)
_DATA_NOUN_AFTER = regex.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:count|census|survey|report|data|figures|statistics|estimates?|study|budget|accounts|"
    r"season|fiscal|financial|school|academic|tax|calendar|crop|marketing|harvest|growing|farming|sugar|coffee|"
    r"cocoa|cotton|year|quarter|half|"
    # events and measures of their year: "at the 2019 general election", "the 2022/23 campaign", "its 2022 deficit"
    r"elections?|referendum|vote|polls?|campaign|term|games|championships?|tournament|deficit|surplus|outturn|"
    # (and a yearly event's edition: "volunteers supported the 2024 race", "the 2023 festival")
    r"race|marathon|festival|fair|show|conference|summit|competition|contest|"
    r"revenues?|spending|results?|turnover|profits?|sales|earnings|harvests?|intake|enrolment|enrollment|"
    # a figure named by its year: "the 2016 peak of 5,136 deaths", "the 2022 figure of 1,870", "the 2021 total"
    r"figure|total|tally|peak|high|low|level|record|toll|rate|"
    # an edition of a survey or an index: "in the 2019 round", "the 2021 edition"
    r"round|edition|wave|cycle|assessment|index|average|mean|median|baseline|"
    # a year's appeal or plan: "The 2023 appeal for Sudan was 41 percent funded"
    r"appeal|plan|allocation|requirements?|funding|"
    # a measure of the year: "Kestovia's 2019 emissions", "the 2022 harvest", "its 2021 output"
    r"emissions|output|production|exports|imports|consumption|losses|deaths|arrivals|population|inflation|growth|"
    r"GDP|gdp|"
    # a disaster or a crisis of the year: "The 2019 floods displaced 210,000 people"
    r"floods?|flooding|earthquakes?|quakes?|hurricanes?|cyclones?|typhoons?|storms?|droughts?|wildfires?|fires|"
    r"heatwaves?|tsunami|outbreaks?|epidemics?|famine|crisis|conflict|war|fighting|violence|unrest|riots?|"
    r"eruption|landslides?|disaster|emergency)\b"
    # (a capitalised survey or count is still of its year: "the 2020 Census")
    r"|\s+(?:Census|Survey|Election|General\s+Election|Referendum|Games|Olympics|World\s+Cup)\b"
    # ("the 2021 Global Organized Crime Index": the edition's year)
    r"|\s+(?:[A-Z][\w-]*\s+){0,4}Index\b"
    # ("the 2023 Humanitarian Response Plan sought $540 million": the year's plan, appeal or budget)
    r"|\s+(?:[A-Z][\w-]*\s+){0,4}(?:Plan|Appeal|Budget)\b"
)


def is_attributive_year(text: str, start: int, end: int) -> bool:
    """'the 2007 law' (names the law) but not 'In 2022 households...' nor 'the 2017 traffic count' (data of 2017)."""
    return bool(_ATTRIBUTIVE_YEAR.match(text, end) and _DETERMINER_BEFORE.search(text, max(0, start - 20), start)
                and not _DATA_NOUN_AFTER.match(text, end))


# ------------------------------------------------------------------ entities and events

ENTITY_HEADS = (
    "Campaign|Law|Act|Program|Programme|Convention|Protocol|Commission|Committee|Initiative|Plan|Strategy|"
    "Bridge|Institute|Office|Unit|Agency|Fund|Project|Treaty|Agreement|Council|Ministry|Secretariat|Court|"
    "Report|Survey|Census|Declaration|Charter|Reform|Bill|Tunnel|Dam|Road|Highway|Railway|Line|Corridor|"
    "Scheme|Center|Centre|Network|Coalition|Alliance|Foundation|Organization|Organisation|Party|Index|Award|"
    "Week|Day|Summit|Conference|Forum|Festival|Games|Prize|Model|System|Museum|Gallery|University|College|"
    "Hospital|Library|Theatre|Theater|Zoo|Stadium|Airport|Orchestra|Philharmonic|Opera|"
    # (schools, prisons and plants that figures are given for: "At Halden Academy, 78% of pupils ...")
    "School|Academy|Prison|Station|Plant|Farm|Mine|Port|Terminal|Reservoir|Pipeline|Trust|"
    # services launched like campaigns: "the National Anti-Trafficking Hotline, launched in 2013"
    "Hotline|Helpline|Service|App|Portal|Platform|Register|Registry|"
    # clubs: "Harwick FC averaged 31,450 fans", "Castleford Rovers" ("the United States" is no club)
    "FC|AFC|Rovers|Athletic|Wanderers|Albion|Rangers|United"
)
_NOT_A_CLUB = r"(?!(?<=United)\s+(?:States|Kingdom|Nations|Arab|Republic|Airlines|Way|Front))"
_ENTITY = regex.compile(
    # (a name opens with a capital or "the": "the Office of ..."; a lower-case word before it is no part of it, and
    # a scan that may start at every "of" and "in" is slow)
    rf"(?:[“\"])?(?P<name>(?:[A-Z][\w'’-]*|the)(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and|on|against|to|in|at(?=\s+[A-Z])|de|la|del))*?\s+(?:{ENTITY_HEADS}){_NOT_A_CLUB}(?:\s+(?:{ENTITY_HEADS})\b{_NOT_A_CLUB})*"  # ("Treaty Organization")
    rf"(?:\s+(?:against|on|for|of|to)(?:\s+(?:the\s+)?[A-Z][\w'’-]*)+)?"
    # (a model's letter or number: "the Tesla Model Y", "the Tesla Model 3")
    r"(?:(?<=Model)\s+(?:[A-Z]|\d{1,3}[A-Za-z]?)(?![\w.,%'’-]))?)\b"
)
# Every _ENTITY match holds one of its head nouns: a sentence without any has no entity to scan for.
_ENTITY_HEAD = regex.compile(rf"(?:{ENTITY_HEADS})")
# _ENTITY's head noun is a whole word (spaces before it, a word boundary after): one of these runs.
_ENTITY_HEAD_RUNS = word_set(ENTITY_HEADS.replace("|", " "))
# "the Sunroof for Schools programme": news style writes the head noun of a name in lower case. At least
# two capitalised words before it, so that "The programme" and "Mexico's plan" are no names, and no "to"
# after it, where the head is a verb ("Texas and Ohio plan to ...").
_LOWER_HEADS = ("campaign|law|programme|program|initiative|plan|strategy|scheme|project|fund|reform|bridge|"
                "tunnel|dam|highway|railway|corridor|network|agreement|treaty|convention|summit|conference|"
                "festival|census|survey")
_ENTITY_LOWER = regex.compile(
    rf"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|against|to|the|at|in|de|la|del)\s+)*[A-Z][\w'’-]*)+"
    rf"(?<!['’]s)\s+(?:{_LOWER_HEADS}))\b(?!\s+to\b)"
)
_LOWER_HEAD_RUNS = word_set(_LOWER_HEADS.replace("|", " "))


def named_things(text: str, start: int = 0, end: Optional[int] = None, runs: Optional[frozenset] = None,
                 capital_head: bool = True) -> list:
    """Matches (group "name") of named campaigns, laws, bridges...: "the Blue Heart Campaign" and "the
    Sunroof for Schools programme", in order. `runs` (the text's words) and `capital_head` only skip scans
    that cannot match."""
    end = len(text) if end is None else end
    matches = list(_ENTITY.finditer(text, start, end)) if capital_head else []
    if runs is None or not _NUMBERED_RUNS.isdisjoint(runs):
        # "Terminal 1", "Line 2": a facility named by its number is not the others of its kind (nor all of them)
        numbered = list(NUMBERED_NAME.finditer(text, start, end))
        if numbered:
            matches = sorted(numbered + [m for m in matches if not any(
                m.start() < n.end() and n.start() < m.end() for n in numbered)], key=lambda m: m.start())
    if runs is None or not _TYPE_FIRST_RUNS.isdisjoint(runs):
        matches += [m for m in _TYPE_FIRST_NAME.finditer(text, start, end)
                    if not any(o.start() <= m.start() < o.end() for o in matches)]
        matches.sort(key=lambda m: m.start())
    if runs is None or not _LOWER_HEAD_RUNS.isdisjoint(runs):
        matches += [m for m in _ENTITY_LOWER.finditer(text, start, end)
                    if not any(o.start() <= m.start() < o.end() for o in matches)]
        matches.sort(key=lambda m: m.start())
    return matches
# Names whose kind comes first: "Hurricane Milton", "Typhoon Haiyan", "Storm Ciarán", "Operation Sovereign".
_TYPE_FIRST_NAME = regex.compile(r"\b(?P<name>(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Storm|Operation)\s+"
                                 r"[A-Z][\w'’-]+)")
_TYPE_FIRST_RUNS = word_set("hurricane typhoon cyclone storm operation")
NUMBERED_NAME = regex.compile(r"\b(?P<name>(?:Terminal|Line|Runway|Pier|Berth|Gate|Platform|Phase|Unit|Reactor|Block|"
                               r"Tower|Route|Hall|Lot|Concourse|Dock|Wing)\s+(?:\d{1,3}[A-Z]?|[A-Z])\b)(?![.,]\d)")
_NUMBERED_RUNS = word_set("terminal line runway pier berth gate platform phase unit reactor block tower route hall lot "
                          "concourse dock wing")
# A named thing without its head noun: "the Blue Heart" (capitalised words after "the").
# ("the Ley General de Víctimas", "the Ley General en Materia de Desaparición": small linking words inside a name)
# (a model's letter or number ends it: "the Volkswagen ID.3", "the Tesla Model Y", "the Boeing 737")
_THE_NAME = regex.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:de|del|la|las|los|en|y|da|do|des|du|di)\s+)?){0,4}"
                          r"[A-Z][\w'’-]+(?:\.\d{1,2}(?!\d))?(?:(?<=[A-Z][\w'’-]+)\s+(?:[A-Z]|\d{1,3}[A-Za-z]?)"
                          r"(?![\w.,%'’-])(?!\s*(?:million|billion|trillion|thousand|hundred|bn|mn|m|k|per|percent|"
                          r"crore|lakh)\b))?)\b")

ENTITY_STOP = {"the", "of", "for", "and", "on", "against", "to", "in", "at", "de", "la", "del", "a"}
_KEY_WORD = regex.compile(r"[\w'’-]+")
_POSSESSIVE_END_OF_WORD = regex.compile(r"['’]s?$")
_HEAD_WORDS = frozenset(h.lower() for h in ENTITY_HEADS.split("|"))
# What find_entity trims from a name: a leading function word, a trailing date ("Day on 30 July").
# (and a conjunction that opens the sentence: "Since the Marriage Act was amended", "When the Act passed")
_ENTITY_LEAD = regex.compile(r"^(?:(?:since|when|after|before|until|once|while|although|because|as|if)\s+)?"
                             r"(?:the|of|for|and|on|against|to|in|at)\s+", flags=regex.IGNORECASE)
_ENTITY_DATE_TAIL = regex.compile(r"\s+(?:on|in|of|for|to|against)\s+(?:January|February|March|April|May|June|July|"
                                  r"August|September|October|November|December)\b.*$")


# A name that only says who reports a figure: "According to| the Home Office", "Data from| the Census Bureau",
# "the Global Slavery Index| found that", "the Office for National Statistics| estimates".
_SOURCE_BEFORE = regex.compile(r"\b(?:according\s+to|data\s+from|figures\s+from|statistics\s+from|estimates\s+from|"
                               r"published\s+by|reported\s+by|compiled\s+by|cited\s+by|source:)(?:\s+the)?\s*$",
                               regex.IGNORECASE)
# (the capitalised words of a sentence's opening, read as part of the name: "According to the Home Office")
_SOURCE_OPENS = regex.compile(r"(?:According\s+to|Data\s+from|Figures\s+from|Statistics\s+from)\s")
# ("the Integrated Care Board's latest figures show": whose figures, and an adjective between)
_SOURCE_AFTER = regex.compile(r"(?:['’]s)?\s*(?:\d{4}\s+)?(?:(?:latest|new|monthly|annual|quarterly|weekly|official|"
                              r"provisional|final|revised|own)\s+)?(?:(?:data|figures|statistics|estimates)\s+)?"
                              r"(?:found|finds|estimates|estimated|reported|reports|says|said|shows|showed|show|"
                              r"suggests|suggested|notes|noted|concluded|concludes|calculates|calculated)\b")


def _is_a_source(text: str, start: int, name_start: int, name_end: int) -> bool:
    """Whether a name in a sentence (text[name_start:name_end], from `start`) is the source of its figures."""
    return _SOURCE_BEFORE.search(text, max(start, name_start - 25), name_start) is not None \
        or _SOURCE_OPENS.match(text, name_start, name_end) is not None \
        or _SOURCE_AFTER.match(text, name_end) is not None


def entity_key(name: str) -> str:
    """A comparable key for a named thing: 'the Blue Heart Campaign against Human Trafficking' -> 'blue heart'."""
    # (a possessive is no part of the name: "the Northern Arc's budget" is the Northern Arc's)
    words = [_POSSESSIVE_END_OF_WORD.sub("", w.lower()) for w in _KEY_WORD.findall(name)]
    # Keep the distinctive words before the generic head ("blue heart" of "Blue Heart Campaign").
    head_words = _HEAD_WORDS
    core: list[str] = []
    for w in words:
        if w in head_words:
            if core:
                break
            continue
        if w in ENTITY_STOP or w in ("mexican", "national", "federal", "general", "new", "un", "unodc"):
            continue
        core.append(w)
    return " ".join(core) or " ".join(w for w in words if w not in ENTITY_STOP)


def find_entity(text: str, start: int, end: int, anchor: int, exclude: Sequence[tuple[int, int]] = ()) -> Optional[str]:
    """The named campaign, law, programme... nearest to the number in its sentence."""
    return SentenceContext(text, start, end).entity(anchor, exclude)


# An event named as the point another time is counted from: "after its| launch", "since the| opening", "after the
# Clinical Hub was| launched", "since Pharmacy First was| launched".
# (the words from the thing to the event word, which events.py reads after a counted time too)
COUNTED_FROM_THING = (r"(?:(?:its|the|their|his|her)\s+(?:(?:[\w'’-]+\s+){1,5}?(?:was|were)\s+)?"
                      r"|(?-i:[A-Z])[\w'’-]*\s+(?:[\w'’-]+\s+){0,4}?(?:was|were)\s+|(?:it|they)\s+(?:was|were)\s+)")
REFERENCE_EVENT_BEFORE = regex.compile(r"\b(?:after|since|following|before)\s+" + COUNTED_FROM_THING + "$",
                                       regex.IGNORECASE)
# A conjunction that opens the next clause, between a date and an event word after it.
_NEXT_CLAUSE_BETWEEN = regex.compile(r"\b(?:and|but|then|while|whereas)\b")
EVENT_WORDS = {
    "launch": "launch", "launched": "launch", "launching": "launch", "relaunch": "relaunch",
    "adopt": "adoption", "adopted": "adoption", "adoption": "adoption",
    "endorse": "endorsement", "endorsed": "endorsement", "endorsement": "endorsement",
    "join": "accession", "joined": "accession", "accession": "accession",
    # (not "pass": "78% achieved a pass in 2023")
    "passed": "passage", "passage": "passage", "enacted": "passage", "approved": "passage",
    "publish": "publication", "published": "publication", "publication": "publication",
    "create": "creation", "created": "creation", "creation": "creation", "established": "creation",
    "establish": "creation", "founded": "creation", "inception": "creation", "set up": "creation",
    "sign": "signature", "signed": "signature", "signing": "signature",
    # (a deal or framework settled between parties: "the framework was agreed in 2019"; not "agreed to pay")
    "agreed": "signature",
    "ratify": "ratification", "ratified": "ratification", "ratification": "ratification",
    "open": "opening", "opened": "opening", "opening": "opening", "inaugurated": "opening",
    # (a hazard's own events: "made landfall on 28 August 2023", "erupted in June 1991")
    "made landfall": "landfall", "landfall": "landfall", "erupted": "eruption", "eruption": "eruption",
    "reform": "reform", "reformed": "reform", "amended": "reform", "amendment": "reform",
    "introduce": "introduction", "introduced": "introduction", "reintroduced": "introduction",
    "reintroduction": "introduction",
    # (a measure a state puts on: "Section 232 tariffs imposed in 2018", "the export ban, imposed on 3 May")
    "imposed": "introduction", "imposition": "introduction",
    "issued": "publication", "announced": "announcement", "completed": "completion",
    "start": "start", "started": "start", "began": "start", "begun": "start",
    "develop": "launch", "developed": "launch",
    "elected": "election", "election": "election",
    # (not "close" alone: "drew close to 319,000 visitors")
    "will close": "closure", "to close": "closure", "close on": "closure", "closed": "closure", "closure": "closure",
    "shut": "closure",
    # laws that start to apply, plants that start to run, surveys that are carried out
    "came into force": "entry into force", "entered into force": "entry into force", "took effect": "entry into force",
    "takes effect": "entry into force", "come into force": "entry into force",
    "commissioned": "opening", "came online": "opening", "entered service": "opening",
    # (a scheme or a service that starts to run: "the charge went live in 2017", "the zone was switched on")
    "went live": "start", "goes live": "start", "switched on": "start", "began operating": "start",
    "came into operation": "start", "began operation": "start",
    "decommissioned": "closure", "retired": "closure",
    "was held": "holding", "were held": "holding", "conducted": "holding", "took place": "holding",
    # (a recurring event's first edition is its start: "Volunteers' Week was first held in 1998")
    "first held": "start", "first took place": "start",
    "fielded": "holding", "carried out": "holding",
    # (what is built is finished then: "the lighthouse was built in 1867")
    "built": "completion", "constructed": "completion",
    "acquired": "acquisition", "acquisition": "acquisition", "bought": "acquisition", "took over": "acquisition",
    "listed": "listing", "floated": "listing",
    # (an end is no new start: "ceased publication in 1999" is no date of its first issue)
    "ceased publication": "closure", "ceased operations": "closure", "ceased trading": "closure", "ceased": "closure",
    "dissolved": "closure", "shut down": "closure",
    # (a patent's or a licence's end; a craft's first flight and its landing)
    "expires": "expiry", "expired": "expiry", "expire": "expiry", "expiry": "expiry", "expiration": "expiry",
    "maiden flight": "maiden flight", "first flight": "maiden flight", "landed": "landing", "touched down": "landing",
}
# (not a capitalised word of a name: "the 2022 Open Budget Index" opens nothing)
_EVENT = regex.compile(r"\b" + trie(EVENT_WORDS) + r"\b"
                       r"(?!(?<=\b(?-i:[A-Z])[\w-]*)[ -](?-i:[A-Z]))"
                       r"(?!(?<=\bagreed)\s+(?:to|that|on|with)\b)", regex.IGNORECASE)  # (no promise: "agreed to pay")


# What leads from an event word to its date: "launched| in |2017", "made landfall| on 28 |August 2023" (the date's
# digits next).
_IN_OR_ON_BEFORE_DATE = r"\s+(?:in|on)\s+(?:(?:early|late|mid)[\s-]+|[A-Z][a-z]+\s+|\d{1,2}\s+)*"
_EVENT_WORD_THEN_DATE = regex.compile(_IN_OR_ON_BEFORE_DATE)
# The date right after an event word: "launched| in 2017", "made landfall| on 28 August 2023".
DATE_AFTER_EVENT_WORD = regex.compile(_IN_OR_ON_BEFORE_DATE + r"\d")


def find_event(text: str, start: int, end: int, anchor: int) -> Optional[str]:
    """The event nearest to a date: 'launched in April 2010' -> 'launch'."""
    return SentenceContext(text, start, end).event(anchor)


# ------------------------------------------------------------------ rates

RATE_PATTERN = regex.compile(
    # (an adjective after a determiner or a preposition qualifies another noun: "who took a daily aspirin",
    # "patients on daily dialysis", "their weekly shop")
    r"(?<!\b(?:a|an|the|their|his|her|its|our|your|my|on|of|for|with|in)\s)"
    r"\b(?:(?P<annual>annually|yearly|per\s+annum|a\s+year|per\s+year|in\s+each\s+year|each\s+year|every\s+(?:single\s+)?year|a\s+yr)"
    r"|(?P<daily>daily|a\s+day|per\s+day|each\s+day|every\s+(?:single\s+)?day)"
    r"|(?P<monthly>monthly|a\s+month|per\s+month|each\s+month|every\s+(?:single\s+)?month)"
    r"|(?P<weekly>weekly|a\s+week|per\s+week|each\s+week|every\s+(?:single\s+)?week)"
    r"|(?P<hourly>hourly|an\s+hour|per\s+hour|each\s+hour|every\s+(?:single\s+)?hour)"
    # (shelter beds, hotel rooms: "620 beds a night", "£620,000 per night")
    r"|(?P<nightly>nightly|a\s+night|per\s+night|each\s+night|every\s+(?:single\s+)?night)"
    # (days of some kinds only, fewer than a year's: "131,000 vehicles each weekday", "410,000 meals per school day")
    r"|(?:a|per|each|every)\s+(?:(?P<weekday>weekday)|(?P<working>working\s+day|business\s+day)|"
    r"(?P<school>school\s+day)))\b"
    # "7.4% a year earlier", "a month ago", "a year on, ...": when, not how often ("£600,000 a year on
    # maintenance" is how often).
    r"(?!\s+(?:earlier|ago|before|later|after|previously|prior)|\s+on(?:\s*(?:[,.;:)]|$)|\s+from\b))"
    # ("48.2 million monthly active users": a count of the users active in a month, a measure of its own)
    r"(?<!\b(?:daily|monthly|weekly)(?=\s+active\b))"
    # (an adjective before its noun is no rate: "37 organisations call on it to publish monthly| enforcement data")
    r"(?<!\b(?:daily|monthly|weekly|yearly|hourly|nightly)(?=\s+(?!(?:to|from|in|on|at|for|and|or|by|with|across|"
    r"during|until|since|between|among|per|of|over|under|throughout|through|after|before|than|as|while|when)\b)"
    r"[a-z][\w-]*))",
    regex.IGNORECASE,
)
RATE_PERIOD = {"annual": "year", "daily": "day", "monthly": "month", "weekly": "week", "hourly": "hour",
               "nightly": "night", "weekday": "weekday", "working": "working day", "school": "school day"}
# A rate word belongs to the nearest number before it: the search stops at the next one, in digits or words
# ("a market worth 2 billion is growing five percent a year": the year is the five percent's).
# (not a digit inside a name or a code: "40 tonnes of CO2 per day", "PM2.5", "4,100 Category 1 calls a day")
_RATE_STOP = regex.compile(
    r"[;:()]|\.(?!(?<=[A-Za-z]\d*\.)\d)|(?<![A-Za-z]\d*|[A-Za-z]\d*\.)(?!(?<=\b[A-Z][a-z]+\s)\d{1,2}\b)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion"
    # (an amount of its own, which the rate is of: "borrowers who will owe nothing each month")
    r"|nothing|anything|something|none)\b", regex.IGNORECASE)


def find_rate(text: str, pos: int, limit: int) -> Optional[tuple[str, int, int]]:
    """A rate word in the rest of the clause after a number: ('year', start, end) for 'are trafficked annually'."""
    window_end = min(limit, pos + 70)
    stop = _RATE_STOP.search(text, pos, window_end)
    clause_end = stop.start() if stop else window_end
    m = RATE_PATTERN.search(text, pos, clause_end)
    if not m:
        return None
    if _WAIT_BEFORE.search(text, max(pos, m.start() - 40), m.start()):
        return None  # "had waited more than a year for treatment": how long, not how often
    if _ANOTHER_NUMBER_BETWEEN.search(text, pos, m.start()):
        return None  # "410 cruise calls last year, or more than one a day": the rate is the other number's
    if m.lastgroup == "daily" and _ON_WEEKDAYS.match(text, m.end(), min(limit, m.end() + 60)):
        return "weekday", m.start(), m.end()  # "140,000 vehicles a day entered the zone on weekdays": a weekday's
    return RATE_PERIOD[m.lastgroup], m.start(), m.end()


_ON_WEEKDAYS = regex.compile(r"[^.;:,]*?\b(?:on|during)\s+(?:an?\s+average\s+)?weekdays?\b", regex.IGNORECASE)


# A number of its own between a figure and a rate word: a digit, or a number word after "or"/a hedge.
_ANOTHER_NUMBER_BETWEEN = regex.compile(
    r",\s*(?:or|and|i\.e\.|that\s+is)\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|"
    r"over\s+|under\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds)\b)",
    regex.IGNORECASE)


_WAIT_BEFORE = regex.compile(r"\b(?:wait|waits|waited|waiting|waiting\s+list\s+for|for|within|lasted|lasting|took|spent|"
                             r"spend|served|serving|stayed|staying|lived|living)\s+(?:(?:more\s+than|over|at\s+least|"
                             r"up\s+to|less\s+than|under|nearly|almost|about|around|longer\s+than)\s+)?$",
                             regex.IGNORECASE)


# "Every week, around two children die", "Each year 16,000 children are trafficked": the period opens the
# clause, before the number (with no other number or clause break between).
_RATE_BEFORE = regex.compile(
    r"\b(?:every|each|per|on\s+(?:an\s+average|a\s+typical|any\s+given|an\s+ordinary))\s+"
    r"(?P<period>day|week|month|year|hour|night)\b,?\s+(?:[A-Za-z][\w'’-]*\s+){0,3}$"
    # "a monthly grant of| 55 dollars", "the daily allowance is| 12 euros": an amount paid each period (not
    # "annual", which says no more than the year a figure is for)
    r"|\b(?P<adjective>daily|weekly|monthly)\s+(?:[a-z]+\s+)?(?:grant|allowance|budget|salary|salaries|wage|wages|"
    # ("cost" right after the adjective: in "A weekly ticket costs| €20" it is the verb of another noun)
    r"pay|rent|payment|stipend|pension|benefit|transfer|fee|subsidy|income|earnings|allocation|"
    r"(?<=(?i:daily|weekly|monthly)\s+)cost|spending|ration|"
    r"output|production|sales|revenue|intake)s?\s+(?:(?:of|was|is|were|are|stood\s+at|reached|totalled|totaled|"
    r"amounted\s+to|averaged)\s+)?(?:(?:about|around|some|roughly|nearly|almost)\s+)?$",
    regex.IGNORECASE)
ADJECTIVE_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month"}


def find_rate_before(text: str, lo: int, pos: int) -> Optional[str]:
    """The period of a rate stated before a number in its clause ("Every week, around| two"), or None: not one
    that ends another number's rate ("4,500 passengers per day, or| 2.1 million")."""
    m = _RATE_BEFORE.search(text, max(lo, pos - 50), pos)
    if m is None or _NUMBER_BEFORE_RATE.search(text, max(lo, m.start() - 40), m.start()):
        return None
    if m.group("adjective"):
        return ADJECTIVE_PERIODS[m.group("adjective").lower()]
    return m.group("period").lower()


_NUMBER_BEFORE_RATE = regex.compile(r"\d(?:\s+[A-Za-z][\w'’-]*){0,3}\s+$")


# ------------------------------------------------------------------ which part a share is

# "Pedestrians made up| 38%", "women accounted for| 61%", "Women were| 38% of those killed".
_PART_BEFORE = regex.compile(
    # (up to two words before the part's noun name which part: "health spending", not "education spending")
    r"(?<![\w'’-])(?P<part>(?:(?!(?:and|or|the|of|in|under|over|aged|below|above)\b)[A-Za-z][\w'’-]*\s+){0,2}"
    r"(?!(?:under|over|aged|below|above)\b)[A-Za-z][\w'’-]*)"
    r"(?:\s+and\s+(?P<joined>[A-Za-z][\w'’-]*))?(?:\s+(?:under|over|aged|below|above)\s+[\w-]+)?\s+"
    # (an adverb of time between: "Protected areas now cover| 12.1%")
    r"(?:(?:now|still|currently|already|together|jointly)\s+)?"
    r"(?:(?:made|make|makes|making)\s+up|(?:accounted|account|accounts)\s+for|"
    r"(?:were|was|are|is)\s+responsible\s+for|caused|causes|sparked|sparks|"  # ("Lightning caused| 60% of fires")
    r"represented|represent|represents|comprised|comprise|comprises|constituted|constitute|constitutes|"
    r"(?P<copula>were|are|was|is|reached|reaches|stood\s+at|stands\s+at|totalled|totaled|amounted\s+to|hit|"
    # "Wind generated| 27% of the electricity", "Labour won| 40% of the vote": the part that does it (with "of")
    r"generated|generates|supplied|supplies|provided|provides|produced|produces|contributed|contributes|educated|"
    r"educates|affected|affects|received|receives|took|takes|won|wins|held|holds|captured|covered|covers|cover))"
    r"(?:\s+(?:just|only|barely|nearly|almost|roughly))?\s+$",  # ("Fuel treatment covered just| 5%")
    regex.REVERSE)
# "38% of those killed| were pedestrians", "up to 80 per cent| are women and girls".
_PART_AFTER = regex.compile(
    r"(?:\s+of\s+[^,;:.()]{1,60}?|\s+[a-z]+)?\s+(?:were|are|was|is)\s+(?:mostly\s+|all\s+|either\s+|an?\s+)?"
    # ("were classified as problem gamblers": what they were counted as)
    r"(?:(?:classified|counted|identified|defined|assessed|recorded|registered)\s+as\s+(?:an?\s+)?)?"
    r"(?P<part>[a-z][\w'’-]*)\b(?:\s+(?P<noun>[a-z][\w'’-]*s)\b)?"  # ("were problem gamblers": both words)
    r"(?:\s+(?P<or>and|or)\s+(?P<joined>[a-z][\w'’-]*)\b)?")  # ("one in four victims is a child": child)
# What a share of a group had: "7% of adults had diabetes", "28% had high blood pressure".
_HAD_AFTER = regex.compile(
    r"(?:\s+of\s+[^,;:.()]{1,60}?)?\s+(?:had|have|has)\s+(?!(?:been|to|not|never|already|just|no)\b)(?:(?:a|an)\s+)?"
    r"(?P<what>[a-z][\w'’-]*(?:\s+(?!(?:in|at|on|for|by|and|or|with|from|of|to|than)\b)[a-z][\w'’-]*){0,2})")
# "45% of respondents said they trust the police", "30% say that prices are too high": what the share answered.
_ANSWER_AFTER = regex.compile(
    r"(?:\s+of\s+[^,;:.()]{1,60}?)?\s+(?:said|say|says|reported|report|agreed|agree|believed|believe|thought|think|"
    r"felt|feel|answered|responded)\s+(?:that\s+)?(?:(?:they|it|he|she)\s+)?"
    r"(?P<answer>(?:[a-z][\w'’-]*\s*){1,5}?)(?=\s*(?:[,.;:)]|$))",
    regex.IGNORECASE)
_NOT_A_PART = STOP_WORDS | frozenset("likely unlikely expected estimated thought believed said reported due able set "
                                     "made found known seen".split())


# What a nation's output is measured by: a share of it is a ratio to output ("debt of 120% of GDP"), no part of
# it, and such ratios of one sentence never add up to a whole.
OUTPUT_MEASURES = frozenset({"gdp", "gni", "gnp", "output", "product", "income"})


_ACCOUNTED_FOR = regex.compile(r"\baccount(?:ed|s)?\s+for\b")
_ELLIPTIC_PART_BEFORE = regex.compile(r"(?:,|\band)\s+(?P<part>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+for\s+$")
_RELATIVE_ASIDE = regex.compile(r",\s+(?:who|which|that|whose)\s[^,;:]{1,80},(?=\s+\S+(?:\s+\S+)?\s*$)")


# "Labour exploitation remained the most reported type|, accounting for| 1,716": the sentence's subject is the part.
_ACCOUNTING_FOR_BEFORE = regex.compile(r",\s+(?:accounting|responsible)\s+for\s+(?:(?:just|only|nearly|almost|about|"
                                       r"around|some|roughly|over|more\s+than)\s+)?$")
_SUBJECT_THEN_COPULA = regex.compile(r"\s*(?P<part>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:was|were|is|are|"
                                     r"remained|remains|became|becomes|ranked|ranks)\s")


def _subject_accounting_for(text: str, start: int, claim_start: int) -> Optional[str]:
    """The part a sentence's subject is, where the figure follows ", accounting for": "Labour exploitation remained
    the most reported type, accounting for| 1,716 potential victims" -> "labour exploitation"."""
    if not _ACCOUNTING_FOR_BEFORE.search(text, max(start, claim_start - 40), claim_start):
        return None
    m = _SUBJECT_THEN_COPULA.match(text, start, claim_start)
    if m is None or is_place_name(m.group("part")):
        return None  # ("Germany was the largest market, accounting for 25%": the place's)
    words = m.group("part").lower().split()
    if words[-1] in _NOT_A_PART or any(w in STOP_WORDS for w in words):
        return None
    return singular_phrase(words)


def amount_part(text: str, start: int, end: int, claim_start: int) -> Optional[str]:
    """Which part of a whole a count or an amount is, where a verb of composition says so: "single-vehicle
    crashes accounted for| 563 deaths" -> "single-vehicle crash"; None otherwise (a count's part is its own
    business: "the Greens won 28 seats" is the owner rule's)."""
    before = _PART_BEFORE.search(text, max(start, claim_start - 40), claim_start)
    if before is None:
        return _subject_accounting_for(text, start, claim_start)
    if before.group("copula") is not None:
        return None
    if before.group("part")[:1].isupper() and is_place_name(before.group("part")):
        return None  # "London accounted for 1,050 of the people": London's count, its place
    *modifiers, noun = before.group("part").lower().split()
    if noun in _NOT_A_PART or noun in STOP_WORDS:
        return None
    return " ".join([w for w in modifiers if w not in _NOT_A_PART] + [singular(noun)])


_BRACKETED_GLOSS = regex.compile(r"\s*\([^()]{1,60}\)")


def share_part(text: str, start: int, end: int, claim_start: int, claim_end: int) -> Optional[str]:
    """Which part of its whole a share is, as a lower-case singular word: "women" for "80% of victims were
    women" and for "women made up 80% of victims"; None when the sentence does not say."""
    elided = _ELIDED_SHARE_PART_BEFORE.search(text, max(start, claim_start - 30), claim_start) \
        if text[max(start, claim_start - 2):claim_start].endswith(" ") else None
    if elided is not None and elided.group("part").lower() not in _NOT_A_PART \
            and _MAKE_UP.search(text, start, elided.start()):
        # "Women make up 58% of the workers ..., and men| 46%": the verb left out, the part named
        return singular(elided.group("part").lower())
    before = _PART_BEFORE.search(text, max(start, claim_start - 40), claim_start)
    if before is None and ")" in text[max(start, claim_start - 60):claim_start]:
        # "Premium phones (priced at $600 or more) made up| 23%": past a gloss in brackets
        window = _BRACKETED_GLOSS.sub("", text[max(start, claim_start - 100):claim_start])
        before = _PART_BEFORE.search(window, max(0, len(window) - 40))
    if before is None:
        accounting = _subject_accounting_for(text, start, claim_start)
        if accounting is not None:
            return accounting
    if before is None and "," in text[max(start, claim_start - 140):claim_start]:
        # "Remand prisoners, who have not yet been convicted, made up| 26%": past the relative clause
        window = _RELATIVE_ASIDE.sub("", text[max(start, claim_start - 140):claim_start])
        before = _PART_BEFORE.search(window, max(0, len(window) - 40))
    if before is None and text[max(start, claim_start - 6):claim_start].rstrip().endswith("for") \
            and _ACCOUNTED_FOR.search(text, start, claim_start):
        # "road transport accounted for 38%, residential heating for| 29% and industry for| 24%": the verb left out
        elliptic = _ELLIPTIC_PART_BEFORE.search(text, max(start, claim_start - 50), claim_start)
        if elliptic is not None:
            *modifiers, noun = elliptic.group("part").lower().split()
            if noun not in _NOT_A_PART:
                return " ".join([w for w in modifiers if w not in _NOT_A_PART] + [singular(noun)])
    if before and (before.group("copula") is None or _OF_AFTER_SHARE.match(text, claim_end, end)):
        # (not the place before the part: "In Kenya| internet penetration reached 61.4% of the population")
        # (nor a place's possessive: "Italy's pension spending"; a place alone is no part: "spending in Italy| was")
        words = [w for w in before.group("part").split()
                 if not (w[:1].isupper() and is_place_name(_POSSESSIVE_END.sub("", w)))]
        *modifiers, noun = " ".join(words).lower().split() or [""]
        if noun and noun not in _NOT_A_PART:
            return " ".join([w for w in modifiers if w not in _NOT_A_PART] + [singular(noun)]) + _and_group(before)
    said = _ANSWER_AFTER.match(text, claim_end, end)
    if said:
        # "45% of respondents said they trust the police": the answer is the part ("trust police")
        raw = said.group("answer").lower().split()
        answer = [w for w in raw if w not in STOP_WORDS] or [w for w in raw if w in ("yes", "no", "not")]
        if answer:
            return " ".join(answer[:3])
    where = _WHERE_IT_HAPPENED_AFTER.match(text, claim_end, end)
    if where is not None:
        # "Two-thirds of the 2022 deaths, 243, occurred on country roads": the share is the country roads'
        return " ".join(where.group("where").lower().split())
    lived = _LIVED_IN_AFTER.match(text, claim_end, end)
    if lived is not None:
        # "30% of children lived in relative poverty", "9% ... in persistent poverty": the state a share lives in
        return " ".join(lived.group("state").lower().split())
    had = _HAD_AFTER.match(text, claim_end, end)
    if had is not None and had.group("what").split()[0].lower() not in _NOT_A_PART:
        # "7% of adults had diabetes", "28% had high blood pressure": what they had is the part
        return " ".join(had.group("what").lower().split())  # (as written: "diabetes" is no plural)
    after = _PART_AFTER.match(text, claim_end, end)
    if after:
        word = after.group("part").lower()
        if word not in _NOT_A_PART and not word.endswith(("ed", "ing")):
            noun = (after.group("noun") or "").lower()
            if noun and noun not in STOP_WORDS and not word.endswith("s"):
                return f"{word} {singular(noun)}" + _and_group(after)  # ("were problem gamblers": problem gambler)
            return singular(word) + _and_group(after)
        state = _STATE_AFTER.match(text, after.start("part"), end)
        if state is not None:
            # "23% of prisoners were on remand", "12% of decisions were appealed": what this share of them is
            return " ".join(state.group().lower().split())
    return None


_POSSESSIVE_END = regex.compile(r"['’]s?$")
_POSSESSIVE_S = regex.compile(r"['’]s$")


def _and_group(m: regex.Match) -> str:
    """The second group of a joined part ("Women and| girls"), as " and girl", or "": "women and girls" are no
    figure for women."""
    joined = (m.group("joined") or "").lower()
    # ("overweight or obese" is one part too, no figure for "overweight")
    word = m.groupdict().get("or") or "and"
    return f" {word} {singular(joined)}" if joined and joined not in _NOT_A_PART and not joined.endswith("ed") else ""


# (and what a measure of it is taken after or before: "in poverty after housing costs")
_COSTS_TAKEN = rf"(?:\s+(?:after|before){_COSTS_DEDUCTED})?"
# A part named after "and" with its verb left out, right before its share: ", and men| 46%".
_ELIDED_SHARE_PART_BEFORE = regex.compile(r",?\s+and\s+(?P<part>[a-z][\w-]*)\s+$")
_MAKE_UP = regex.compile(r"\b(?:make|makes|made|making)\s+up\b|\b(?:account|accounts|accounted|accounting)\s+for\b|"
                         r"\bcompris(?:e|es|ed)\b", regex.IGNORECASE)
# The state a share of a group lives in, after a verb of living: "of children| lived in relative poverty".
_LIVED_IN_AFTER = regex.compile(
    r"(?:\s+of\s+[^,;:.()]{1,60}?|\s+[a-z]+)?\s+(?:lived|live|lives|were\s+living|are\s+living|was\s+living|"
    r"is\s+living|remained|remain|remains|stayed)\s+"
    r"(?P<state>(?:in|on|without|below|under)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?" + _COSTS_TAKEN + r")"
    r"(?=\s*(?:[,;:.)]|$|\s+(?:in|at|by|during|last|this|and)\b))")
# Where the share of a whole happened: "of the deaths, 243,| occurred on country roads".
_WHERE_IT_HAPPENED_AFTER = regex.compile(r"[^.;:]{0,60}?\b(?:occurred|happened|took\s+place|were\s+recorded|died)\s+"
                                         r"(?:on|in|at)\s+(?!the\s+[A-Z])(?:the\s+)?(?P<where>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                                         r"(?=\s*[,;:.)]|\s+(?:in|during|last|this|even|while|and)\b|\s*$)")
# A state or an outcome that a share of a whole is in, after "were": a prepositional phrase ("on remand",
# "under 25", "in temporary accommodation") or a participle ("appealed", "rejected").
_STATE_AFTER = regex.compile(
    r"(?:on|in|under|over|awaiting|serving|aged|without|from)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?" + _COSTS_TAKEN +
    r"(?=\s*(?:[,;:.)]|$|\s+(?:in|at|by|during|last|this)\b))"
    r"|(?!(?:expected|estimated|thought|believed|said|reported|made|found|known|seen|set)\b)[a-z]{3,}ed(?=\s*(?:[,;:.)]|$|\s+(?:in|at|by|during|last|this|and)\b))")


_OF_AFTER_SHARE = regex.compile(r"\s+of\b")


# ------------------------------------------------------------------ what a date or an amount is about

# Nouns for things that have dates: "the law published on 14 June 2012", "the Blue Heart Campaign ... April 2010".
DATED_NOUNS = frozenset(
    """
    law regulation program programme unit committee commission campaign convention protocol rule guideline
    report reform election symposium version plan strategy project bill act treaty initiative agency office
    institute ministry court policy survey census conference summit bridge tunnel road highway railway
    agreement declaration charter constitution amendment decree code fund network alliance council
    """.split()
)
_DATED_NOUN = regex.compile(r"\b(?P<noun>" + "|".join(sorted(DATED_NOUNS | {n + "s" for n in DATED_NOUNS}, key=len,
                                                                 reverse=True)) + r")\b", regex.IGNORECASE)


def dated_thing(text: str, start: int, end: int, claim_start: int, claim_end: int,
                clause: Optional[tuple[int, int]] = None) -> Optional[str]:
    """The thing a date belongs to: the nearest dated noun in the clause, looking back first.

    clause: clause_around(text, start, end, claim_start), when the caller has it.
    """
    clause_start, clause_end = clause or clause_around(text, start, end, claim_start)
    before_limit = clause_start if text[claim_start - 1:claim_start] != "(" else start
    before = [m for m in _DATED_NOUN.finditer(text, before_limit, claim_start)]
    if before:
        return singular(before[-1].group("noun"))
    after = _DATED_NOUN.search(text, claim_end, clause_end)
    if after:
        return singular(after.group("noun"))
    earlier = [m for m in _DATED_NOUN.finditer(text, start, claim_start)]
    if earlier:
        return singular(earlier[-1].group("noun"))
    return None


# "to finance 38 projects", "for the design of plans", "to provide care": what money pays for.
_PURPOSE = regex.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:to\s+(?:finance|fund|support|provide|pay\s+for|cover|build|buy|implement)|for|"
    r"(?:goes|go|went|gone|going)\s+to)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:\d[\d,.]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    # (in lower case: "raised £1.4 billion for the Treasury" names who gets it, not what it pays for)
    r"(?P<phrase>(?-i:[a-z])[\w-]*\s*(?:[a-z][\w-]*\s*){0,3})",
    regex.IGNORECASE,
)
# What an amount is spent on: "on" after it, where a spending verb comes before it.
_SPEND_VERB = regex.compile(r"\b(?:spend|spends|spent|spending|invest|invests|invested|investing)\b", regex.IGNORECASE)
# The passive of spending, right after the amount: "£2.3 million| was spent on".
_SPENT_AFTER = regex.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?"
                             r"(?:spent|invested|allocated|earmarked|committed)\s+on\b", regex.IGNORECASE)
_SPENT_ON = regex.compile(
    r"^\s*(?:\w+\s+){0,3}?on\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|average|top|time|behalf|record)\b)(?P<phrase>(?:[a-z][\w-]*\s*){1,4})",
    regex.IGNORECASE)
def _plural(noun: str) -> str:
    """'tax' -> 'taxes', 'subsidy' -> 'subsidies', 'grant' -> 'grants'."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "es" if noun.endswith(("s", "x", "sh", "ch")) else noun + "s"


MONEY_NOUNS = frozenset(
    "budget funding fund grant allocation cost price revenue spending investment contract aid donation salary "
    "fine loan debt deficit subsidy payment income expenditure bonus prize fee "
    # (what is paid to or by a state or a firm: "penalties totalling €19.6 million", "€334 billion in rebates")
    "tax duty levy penalty rebate royalty dividend wage profit settlement compensation "
    # (money sent home and money a state collects: "$9.8 billion in remittances", "£98.3 million from the precept")
    "remittance precept".split()
)
# What an amount is paid in, right after it, that names money only there: "€6.2 billion in motor claims",
# "£4 billion in housing benefits" (but "once all claims are closed" counts claims, and "The maximum rate of the
# State Pension was €253.30 per week" is a rate, not the pensions' total).
_PAID_IN_NOUN = regex.compile(r"\b(?P<noun>claims|premiums|benefits|pensions)\b", regex.IGNORECASE)


def is_money_noun(word: str) -> bool:
    """Whether a word names money itself: "subsidies", "budget", "spending" (not "bridge", "suppression")."""
    lower = word.lower()
    return lower in MONEY_NOUNS or lower.endswith("s") and (lower[:-1] in MONEY_NOUNS or lower.endswith("ies")
                                                            and lower[:-3] + "y" in MONEY_NOUNS)


# Not the verb: "will cost $200", "to fund the plan" name no money noun.
_MONEY_NOUN = regex.compile(r"(?<!\b(?:to|will|would|could|can|may|might|should|must|does|did|do)\s)"
                            # "and cost $420m to build": "cost" before its amount is the verb.
                            r"(?!costs?\s+(?:(?:it|them|us|about|around|some|nearly|almost|over|roughly)\s+)*"
                            r"(?:[$€£¥₹]|US|\d|(?-i:[A-Z]{3})\s?\d))\b(?P<noun>" + "|".join(sorted(MONEY_NOUNS | {_plural(n) for n in MONEY_NOUNS},
                                                                key=len, reverse=True)) + r")\b", regex.IGNORECASE)


# Right after an amount, what it is made of or comes from: "£142.6 million| in |government grant", "£98.3 million|
# from the |council tax precept", "$9.8 billion| in |remittances".
_IN_OR_FROM_AFTER = regex.compile(r"\s+(?:in|of|from)\s+(?:(?:the|its|their)\s+)?")
_MODIFIER_WORD = regex.compile(r"(?!(?:and|or|but|to|for|by|on|at|in|of|with|from|was|were|is|are)\b)[a-z][\w-]*\s+")


# Nouns in -ing that name a field of spending or activity, not a participle: "housing benefits", "training grants".
ING_NOUNS = frozenset("housing building training funding spending marketing advertising lending banking clothing "
                      "heating parking shipping nursing manufacturing policing schooling gambling fishing mining "
                      "farming catering processing licensing planning accounting engineering broadcasting "
                      "publishing retailing recycling".split())


def _own_money_noun_after(text: str, claim_end: int, clause_end: int) -> Optional[str]:
    """The money noun of the phrase right after an amount, with up to two words before it, that ends there (before
    punctuation, "and", or a preposition): "£142.6 million| in government grant" -> "government grant"."""
    lead = _IN_OR_FROM_AFTER.match(text, claim_end, clause_end)
    if lead is None:
        return None
    at = lead.end()
    for _ in range(3):
        m = _MONEY_NOUN.match(text, at, clause_end) or _PAID_IN_NOUN.match(text, at, clause_end)
        if m is not None and m.start() == at and not _MONEY_NOUN_HEAD_AFTER.match(text, m.end(), clause_end) \
                and _PHRASE_ENDS.match(text, m.end(), clause_end):
            *modifiers, noun = text[lead.end():m.end()].split()
            # (not a participle: "£85 million of existing funding" is funding; "housing benefits" keep their noun)
            return " ".join([w for w in modifiers if not w.endswith(("ing", "ed")) or w.lower() in ING_NOUNS]
                            + [noun])
        word = _MODIFIER_WORD.match(text, at, clause_end)
        if word is None:
            return None
        at = word.end()
    return None


_PHRASE_ENDS = regex.compile(r"\s*(?:$|[,;:.)]|\s(?:and|or|in|for|to|from|on|at|by|during|over|this|last|was|were|is|"
                             r"are)\b)")
# How money was lost or made, before a noun: "lost €162 million through| investment scams", "to| tax evasion".
_MANNER_PREPOSITION_BEFORE = regex.compile(r"\b(?:through|via|to|from|by|against)\s+(?:(?:the|a|an|its|their)\s+)?$")
_LOWER_WORD_AFTER = regex.compile(r"[ \t]+([a-z][\w-]*)")


def _names_another_noun(text: str, money_noun: regex.Match, clause_end: int) -> bool:
    """Whether a money noun only says which kind of another thing a phrase of manner names: "lost €162 million
    through investment scams", "€71 million to tax evasion" (no investment, no tax)."""
    if not _MANNER_PREPOSITION_BEFORE.search(text, max(0, money_noun.start() - 14), money_noun.start()):
        return False
    if _MONEY_NOUN_HEAD_AFTER.match(text, money_noun.end(), clause_end) is not None:
        return False
    noun_after = _LOWER_WORD_AFTER.match(text, money_noun.end(), clause_end)
    return noun_after is not None and noun_after.group(1) not in STOP_WORDS
# What spending went on, right after it: "spending| on medicines".
_SPENT_ON_WHAT_AFTER = regex.compile(r"\s+on\s+(?P<what>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                                     r"(?=\s+(?:by|in|for|across|was|were|is|are|reached|rose|fell|totalled|totaled|"
                                     r"came|stood|amounted|grew)\b|\s*,)")
# Nouns that a money noun can modify, and that are then what the amount is: "spending| cuts", "budget| overruns",
# "debt| interest payments".
_MONEY_NOUN_HEAD_AFTER = regex.compile(
    r"(?:\s+(?:interest|capital|service|tax))?\s+(?:cuts?|overruns?|shortfalls?|gaps?|increases?|rises?|growth|payments?|"
    r"arrears|savings|reductions?|allocations?|transfers?|commitments?|pledges?|requests?|forecasts?|projections?|"
    r"targets?|caps?|ceilings?|outturns?|underspends?|overspends?|freezes?|costs?)\b"
    # (not the verb: "The budget increases| by €2 billion", "Spending rises| to", "The plan cuts| €2bn")
    r"(?!\s+(?:by|to|from|the|its|their|about|around|some|nearly|almost|over|\d|[$€£¥₹]|(?-i:[A-Z]{2,3})\s?\d))"
    # (nouns that are never verbs: "cut its revenue guidance| to $84 billion", a forecast, not revenue)
    r"|\s+(?:guidance|outlooks?)\b",
    regex.IGNORECASE)


# Lower-case words between a determiner (or the "of"/"in" after an amount) and a money noun: "£85 million of
# capital| funding", "the annual| budget", "€12 million in research| grants".
_MONEY_MODIFIERS_BEFORE = regex.compile(
    r"(?:\b(?i:the|a|an|its|their|his|her|our|this|these|those|of|in)\s+|['’]s\s+)"
    r"(?P<words>(?:[a-z][a-z-]*\s+){1,2})$")


# Verbs in the present that act on money, and so stand before a money noun: "raises| core funding from".
VERBS_ON_MONEY = frozenset("raises cuts increases lifts boosts reduces lowers sets brings takes puts keeps gives makes "
                            "doubles halves freezes trims slashes".split())


def _money_modifiers(text: str, clause_start: int, noun_start: int) -> str:
    """The words that say which money a money noun is ("capital", "research"), each followed by a space, or ""."""
    m = _MONEY_MODIFIERS_BEFORE.search(text, max(clause_start, noun_start - 40), noun_start)
    if m is None:
        return ""
    words = m.group("words").split()
    # (not a verb or a participle: "of| existing funding", "the| proposed budget" says when, not which)
    if any(w in STOP_WORDS or w.endswith("ing") or w.endswith("ed") and "-" not in w or w in VERBS_ON_MONEY
           for w in words):
        return ""
    return " ".join(words) + " "

# What an amount "at a cost of" pays for, counted before it in its sentence: "20,000 new places| are being built, at a
# cost of", "fund 5,000 additional detectives| over three years at a cost of".
_COUNTED_AT_A_COST = regex.compile(r"\d[\d,.]*\s+(?P<what>(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\b[^.;:\d]{0,60}?"
                                   r"\bat\s+an?\s+(?:(?:total|combined|estimated|projected)\s+)?cost\s+of\s+"
                                   r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$")
# Money nouns that "of" names the thing of: "the price of petrol", "the cost of the new bridge".
PRICED_NOUNS = frozenset("price prices cost costs fare fares fee fees".split())
_OF_AFTER_PRICE = regex.compile(r"\s+of\s+(?:(?:the|a|an)\s+)?")
_PRICED_WORDS = regex.compile(r"(?:[A-Za-z][\w'’-]*(?:\s+|$)){0,3}")


def priced_thing(text: str, noun_end: int, limit: int) -> Optional[list[str]]:
    """The one or two words naming what a price or a cost (ending at noun_end) is of: "price| of the luxury yacht
    was" -> ["luxury", "yacht"]; None without "of", for a place ("the cost of Mexico's plan"), or a longer phrase."""
    m = _OF_AFTER_PRICE.match(text, noun_end, limit)
    if m is None:
        return None
    words: list[str] = []
    for w in _PRICED_WORDS.match(text, m.end(), limit).group().split():
        lower = w.lower()
        if lower in STOP_WORDS or lower in _IRREGULAR_PAST or lower in _SINGULAR_VERBS \
                or words and len(lower) > 4 and lower.endswith("ed"):
            break  # "the price of petrol| was", "the cost of the bridge| reached"
        words.append(w)
    if words and words[0].endswith(("'s", "’s")) and words[0][:1].isupper():
        words = words[1:]  # "the cost of Valdoria's census": whose it is, which the place or the owner says
    # ("the cost of living" is one term, no cost of a thing called "living")
    if not 1 <= len(words) <= 2 or words == ["living"] or any(is_place_name(w) for w in words):
        return None
    return words


def money_purpose(text: str, start: int, end: int, claim_start: int, claim_end: int,
                  clause: Optional[tuple[int, int]] = None) -> Optional[str]:
    """What an amount is: a money noun in its clause ("this budget"), else what it pays for.

    clause: clause_around(text, start, end, claim_start), when the caller has it.
    """
    clause_start, clause_end = clause or clause_around(text, start, end, claim_start)
    # the money noun nearest before the amount ("revenue was made up of matchday income of| £41 million": income),
    # else the first after it; not one further on that another figure is of ("£126 million, about 67% of revenue")
    own = _own_money_noun_after(text, claim_end, clause_end)
    if own is not None:
        return own  # "funded by £142.6 million in government grant and £98.3 million in council tax": each its own
    before = [b for b in _MONEY_NOUN.finditer(text, clause_start, claim_start) if _MONEY_NOUN.match(text, b.start())
              and not _names_another_noun(text, b, clause_end)]
    m = before[-1] if before else _MONEY_NOUN.search(text, claim_end, clause_end)
    if m is not None and m.start() >= claim_end and DIGIT.search(text, claim_end, m.start()):
        m = None
    if m is not None and m.start() >= claim_end and _names_another_noun(text, m, clause_end):
        m = None
    if m:
        if m.group("noun").lower() in ("spending", "expenditure"):
            on = _SPENT_ON_WHAT_AFTER.match(text, m.end(), clause_end)
            if on is not None and on.end() <= claim_start:
                return on.group("what")  # "spending on medicines was £15.8bn": as "spent £17.2bn on medicines"
        head = _MONEY_NOUN_HEAD_AFTER.match(text, m.end(), clause_end)
        # "Spending cuts were €3.6 billion", "Debt interest payments were": the money noun says which cuts
        noun = f"{m.group('noun')}{head.group()}" if head is not None else m.group("noun")
        priced = priced_thing(text, m.end(), clause_end) if m.group("noun").lower() in PRICED_NOUNS else None
        if not priced and m.group("noun").lower() == "cost":
            counted = _COUNTED_AT_A_COST.search(text, start, claim_start)
            if counted is not None and counted.end() >= m.start():
                # "20,000 new places are being built, at a cost of £4 billion": those places' cost
                priced = [w for w in counted.group("what").lower().split() if w not in STOP_WORDS] or None
        if priced and is_money_noun(priced[-1]):
            noun = " ".join(priced)  # "The cost of fuel subsidies was $5.1bn": the subsidies
        elif priced:
            noun = " ".join(priced + [noun.lower()])  # "The price of petrol was $1.50": the petrol price
        return _money_modifiers(text, clause_start, m.start()) + noun
    # "Harwick's 2024 budget, worth some €950 million": the noun stands before the clause break.
    # (each match tried again on the whole text, where its look-ahead can see the amount after it)
    earlier = [m for m in _MONEY_NOUN.finditer(text, max(start, claim_start - 60), claim_start)
               if _MONEY_NOUN.match(text, m.start()) and not _names_another_noun(text, m, end)]
    if earlier:
        return earlier[-1].group("noun")
    window = text[claim_end:clause_end]
    conversion = _BRACKETED_AFTER.match(text, claim_end, end)
    if conversion is not None:
        # "spend NOK 1.2 billion (about US$110 million) on integration support": past the amount said again
        window = text[conversion.end():clause_around(text, start, end, conversion.end())[1]]
    m = _PURPOSE.match(window)
    if m is None and (_SPEND_VERB.search(text, clause_start, claim_start) or _SPENT_AFTER.match(window)):
        # "spends roughly £600,000 a year on maintenance"; "£2.3 million was spent on the awareness campaign"
        m = _SPENT_ON.match(window)
    if m:
        phrase: list[str] = []
        for w in m.group("phrase").split():
            if w.lower() in STOP_WORDS or (phrase and w.lower().endswith(("ed", "ing"))):
                break
            phrase.append(w)
        if phrase:
            return " ".join(phrase)
    return None


# The end of a law's name, before the year that is part of it: "the Public Order Act| 1994", "the Equality Act| 2010".
# A capitalised word of a name right before a year ("Canopy| 2040", "Vision| 2030"), not a month, a season or an
# opener ("In 2030", "By 2040").
_NAME_WORD_BEFORE = regex.compile(r"(?<![.!?]\s)(?<!^)\b(?-i:[A-Z][a-z]+)\s+$(?<!(?i:January|February|March|April|May|"
                                  r"June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter|"
                                  r"Fall|In|By|From|Since|Until|Till|Before|After|During|Through|To|And|Or|Of|For|"
                                  r"Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\s+)")
_LAW_NAME_BEFORE = regex.compile(r"(?-i:\b(?:Act|Acts|Regulations|Order|Code|Directive|Convention|Rules|Bill|Statute|"
                                 r"Ordinance|Decree|Measure))\s+(?:of\s+)?$")
# Between a quarter and the day it ended: "the fourth quarter| ended |31 December 2023".
_QUARTER_ENDED_GAP = regex.compile(r"\s+(?:ended|ending|to|through)\s+(?:on\s+)?")
# A date a figure is stated at, which "now" beside it does not override: ", as at 31 December 2023".
_AS_AT_DATE = regex.compile(r"\bas\s+(?:at|of)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December|(?:19|20)\d\d)")
# Before the date a figure is stated at: "as at| 31 December 2023", "as of| March 2024".
_AS_AT_BEFORE = regex.compile(r"\bas\s+(?:at|of)\s+$", regex.IGNORECASE)
# From the date of one clause to a figure that opens the next: "frozen in 2024| and |612 buses".
_AND_THEN_FIGURE = regex.compile(r"\s*,?\s+and\s+(?:(?:about|around|some|nearly|almost|over|only|just)\s+)?")
# A figure of a whole year, in a results release: "$19.2 billion| for the full year", "for the whole of 2023".
_FULL_YEAR_AFTER = regex.compile(r"\s+(?:for|in|over)\s+(?:the\s+)?(?:full|whole)(?:[\s-]+year|\s+of)"
                                 r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?")


# ------------------------------------------------------------------ one sentence, many claims


class SentenceContext:
    """The context searches over one sentence, each made once however many claims the sentence holds.

    Each method answers as the module function of the same name does for text[start:end]
    (find_place, find_period, find_entity, find_event, clause_around); the extractor makes
    one per sentence that has claims. `noise` is the non-claim spans that overlap the
    sentence, `country` a function giving the document's main country, called only when
    the sentence says "across the country".
    """

    __slots__ = ("text", "start", "end", "published", "noise", "_country", "_breaks", "_dates", "_places",
                 "_entities", "_names", "_events", "_normalized", "_relative", "_runs", "_demonym_at", "_opening_at",
                 "_ranked_in")

    def __init__(self, text: str, start: int, end: int, published: Optional[dt.date] = None,
                 noise: Sequence[tuple[int, int]] = (), country: Optional[Callable[[], Optional[str]]] = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.published = published
        self.noise = list(noise)
        self._country = country
        self._breaks: Optional[list[tuple[int, int]]] = None
        self._dates: dict[tuple[int, int], list] = {}
        self._places: dict[tuple[int, int], list] = {}
        self._demonym_at: set[int] = set()  # where a place is named by its demonym ("Ukrainian refugees")
        self._opening_at: set[int] = set()  # where the sentence opens with a place as its subject ("The town of X")
        self._ranked_in: dict[tuple[int, str], tuple[int, int]] = {}  # places a ranking is across: "Europe's largest"
        self._entities: Optional[list[tuple[int, Optional[str]]]] = None
        self._names: Optional[list[tuple[int, str]]] = None
        self._events: Optional[list[tuple[int, str]]] = None
        self._normalized: Optional[str] = None
        self._relative: Optional[list] = None
        self._runs: Optional[set[bytes]] = None

    @property
    def runs(self) -> set[bytes]:
        """prefilter.words() of the sentence: which patterns can match in it at all."""
        if self._runs is None:
            self._runs = words(self.text[self.start:self.end])
        return self._runs

    @property
    def normalized(self) -> str:
        """The sentence with its whitespace collapsed."""
        if self._normalized is None:
            self._normalized = " ".join(self.text[self.start:self.end].split())
        return self._normalized

    def clause(self, anchor: int) -> tuple[int, int]:
        """clause_around(text, start, end, anchor)."""
        breaks = self._breaks
        if breaks is None:
            sentence = self.text[self.start:self.end]
            breaks = self._breaks = [m.span() for m in _CLAUSE_BREAK.finditer(self.text, self.start, self.end)] \
                if any(ch in sentence for ch in _CLAUSE_BREAK_CHARACTERS) else []
        clause_start, clause_end = self.start, self.end
        for b_start, b_end in breaks:
            if b_end <= anchor:
                clause_start = b_end
            elif b_start >= anchor:
                clause_end = b_start
                break
        return clause_start, clause_end

    def dates(self, lo: int, hi: int) -> list:
        """find_dates(text, lo, hi, published), as a list."""
        found = self._dates.get((lo, hi))
        if found is None:
            found = self._dates[(lo, hi)] = list(find_dates(self.text, lo, hi, self.published))
        return found

    # -------------------------------------------------------------- periods

    def own_date(self, claim_end: int) -> Optional[str]:
        """The date written right after a number ("3,400 in 2019"), at its precision; else None."""
        bracket = _BRACKETED_AFTER.match(self.text, claim_end, self.end)
        after = bracket.end() if bracket is not None else claim_end  # ("3.7 million (15.2%) in 2019")
        for d in self.dates(after, self.end):
            if _DATE_RIGHT_AFTER.fullmatch(self.text, after, d.start):
                return f"{d.lower}/{d.upper}" if d.is_range else d.value
        if _BARE_MONTH_WORDS & self.runs:
            # ("from 4.1% in November to 3.2% in February 2024": the month, in the year the later date says)
            return self._bare_month_right_after(after, after, self.end, ())
        return None

    def period(self, claim_start: int, claim_end: int, exclude: Sequence[tuple[int, int]] = (),
               carried: Optional[str] = None, restated: Optional[str] = None) -> Optional[str]:
        """find_period(text, start, end, claim_start, claim_end, published, exclude). carried: the year an
        earlier sentence of the paragraph stated, for a clause in the past tense that states none. restated:
        the period the same figure was given for earlier in the document, for a sentence that states none."""
        text = self.text
        if text[self.start:self.start + 12].lstrip("-*• ").startswith(("Before", "Prior to", "Until")) \
                and _BEFORE_AN_EVENT_OPENER.match(text, self.start) and not self.dates(self.start, self.end):
            return None  # "Before the charge, 152,000 vehicles a day entered": some time before it, no date known
        when = _PREVIOUS_YEAR_WHEN.search(text, self.start, claim_start) if "when" in text[self.start:claim_start] else None
        if when is not None:
            # "This was a fall of 7% compared with the previous year, when there were 568,820": the year before the
            # sentence's own (or the paragraph's, or the title's)
            own = [d for d in self.dates(self.start, when.start()) if (d.lower or "")[:4].isdigit()]
            base = (f"{own[-1].lower}/{own[-1].upper}" if own[-1].is_range else own[-1].value) if own else carried
            if base is None and self.published is not None:
                base = str(self.published.year)
            shifted = _years_before(base, 1) if base else None
            if shifted is not None:
                return shifted
        ranges = (self.clause(claim_start), (self.start, self.end))
        for i, (lo, hi) in enumerate(ranges):
            if i and ranges[0] == ranges[1]:
                break  # the clause is the sentence: nothing new to find
            if i and self.published is not None and _TO_DATE.search(text, ranges[0][0], ranges[0][1]) \
                    and not _DATED_SOURCE.search(text, lo, hi) and not _AS_AT_DATE.search(text, lo, hi):
                break  # "now", "to date" in the number's own clause: the time of writing, not another clause's date
            best: Optional[tuple[int, str]] = None
            if not i and (b"full" in self.runs or b"whole" in self.runs):
                whole_year = _FULL_YEAR_AFTER.match(text, claim_end, hi)
                if whole_year is not None:
                    # "$5.1 billion in the fourth quarter and $19.2 billion for the full year": the year of the
                    # sentence's quarter, not the quarter
                    years = [d.lower[:4] for d in self.dates(self.start, self.end) if (d.lower or "")[:4].isdigit()
                             and not (d.start < claim_end and claim_start < d.end) and not _excluded(d.start, exclude)]
                    if whole_year.group("year") is not None:
                        return whole_year.group("year")
                    if years:
                        return years[-1]
                    if self.published is not None and self.published.month <= 3:
                        return str(self.published.year - 1)  # (a results release early in the year: the last year)
            if not i and _BARE_YEAR_PART_WORDS & self.runs:
                own_part = self._bare_part_right_after(claim_start, claim_end, hi, exclude)
                if own_part is not None:
                    return own_part
            if not i and _BARE_MONTH_WORDS & self.runs:
                own_month = self._bare_month_right_after(claim_start, claim_end, hi, exclude)
                if own_month is not None:
                    return own_month
            # A relative year speaks for its own clause ("fell to 6.1%, from 7.4% a year earlier"), and for a
            # later clause with no other number between them ("connected 48,000 homes last year, taking coverage
            # to 85%").
            for m in self._relative_years():
                if m.start() < lo or m.end() > hi:
                    continue
                if i and (m.end() > claim_start or FIGURE_DIGIT.search(text, m.end(), claim_start)
                          or m.group("before") and not _OPENS_WITH_TIME.fullmatch(text, self.start, m.start())):
                    continue  # (not "In 2014, the year before the programme began, ...": that names 2014; but "In
                    # the previous reporting period, ..." dates the sentence)
                if m.start() < claim_end and claim_start < m.end() or _excluded(m.start(), exclude):
                    continue
                if m.group("ago") and _START_VERB_BEFORE.search(text, max(lo, m.start() - 25), m.start()):
                    continue  # "launched five years ago and has 300 members": when it started, not the count's time
                after_claim = claim_end
                conversion = _BRACKETED_AFTER.match(text, claim_end, hi)
                if conversion is not None and conversion.end() <= m.start():
                    after_claim = conversion.end()  # "NOK 1.2 billion (about US$110 million) ... next year"
                if m.start() >= claim_end and FIGURE_DIGIT.search(text, after_claim, m.start()):
                    continue  # "6.1%, from 7.4% a year earlier": a phrase after another number is that number's
                if _in_partitive_clause(text, claim_end, m.start()):
                    continue
                year = self._relative_year(m, claim_start, claim_end, exclude, carried)
                if year is None:
                    continue
                months = self._months_a_year_before(m, claim_start, claim_end, exclude) \
                    or self._split_year_before(m, claim_start, claim_end, exclude) \
                    or self._rolling_year_before(m, claim_start, claim_end, exclude) \
                    or (self._season_of(m) if m.group("season") else None)
                distance = claim_start - m.end() if m.end() <= claim_start else (m.start() - claim_end) * 2
                if m.start() >= claim_end and _RELATIVE_RIGHT_AFTER.fullmatch(text, after_claim, m.start()):
                    distance = -1  # "from 14.1% in the previous year": the number's own time, before any other

                if best is None or distance < best[0]:
                    best = (distance, months or str(year))
            for d in self.dates(lo, hi):
                if d.start < claim_end and claim_start < d.end:
                    continue  # the claim's own span
                if _LAW_NAME_BEFORE.search(text, max(lo, d.start - 14), d.start):
                    continue  # "under section 60 of the Public Order Act 1994": the law's name, not the figure's time
                if self.published is not None and not d.is_range and len(d.value or "") == 4 \
                        and int(d.value) > self.published.year + 1 and d.start > 0 \
                        and _NAME_WORD_BEFORE.search(text, max(lo, d.start - 20), d.start):
                    continue  # "£42 million for Canopy 2040", "Vision 2030": a name's year, years ahead of the text
                if d.end <= claim_start and _EVENT_THEN_WHEN.match(text, d.end) \
                        and not DIGIT.search(text, d.end, claim_start):
                    # "since the 2015-16 crisis, when applications peaked at 1.3 million a year": the named
                    # event's time
                    best = (0, f"{d.lower}/{d.upper}" if d.is_range else d.value)
                    continue
                if d.start >= claim_end and not d.is_range and len(d.value) == 4 \
                        and _WHOLE_OF_A_YEAR_BEFORE.fullmatch(text, claim_end, d.start) \
                        and _NOUN_AFTER_YEAR.match(text, d.end):
                    best = (-1, d.value)  # "34% of 2023 funding": the share of that year's whole
                    continue
                if _excluded(d.start, exclude) and not d.year_part or is_attributive_year(text, d.start, d.end):
                    continue
                if d.start >= claim_end and _COMPARED_BEFORE.search(text, claim_end, d.start):
                    continue  # "$5m, compared with $4m in 2017": the later clause's date is the other number's
                if i and d.start >= claim_end and ";" in text[claim_end:d.start] \
                        and any(o.end <= claim_start and not is_attributive_year(text, o.start, o.end)
                                for o in self.dates(lo, hi)):
                    continue  # "In 2019, before the pandemic, it drew 4.1 million; in 2020 ...": the later clause's
                if i and d.start >= claim_end:
                    conjunction = _CONJOINED_CLAUSE.search(text, claim_end, d.start)
                    if conjunction is not None and DIGIT.search(text, conjunction.end(), d.start):
                        # "Protected areas cover 23% of the territory, yet 14 of them lost forest in 2022": the date
                        # of another clause's figure
                        continue
                if i and d.end <= claim_start:
                    conjunction = _CONJOINED_CLAUSE.search(text, d.end, claim_start)
                    if conjunction is not None and FIGURE_DIGIT.search(text, lo, d.start) \
                            and not PAST_TENSE.search(text, conjunction.end(), self.end):
                        # "pay fell by around 11% since 2012, and the government's £48 million package is ...": the
                        # date of the earlier clause's figure, not of a later clause in the present (but "rose 5% in
                        # 2019, and profit was £4 million" is 2019's)
                        continue
                if d.start >= claim_end and _NEXT_CLAUSE_OPENS_WITH_DATE.search(text, max(claim_end, d.start - 30),
                                                                             d.start):
                    continue  # "cost $3,900, and by mid-January 2024 quotes exceeded $5,000": the next clause's date
                if d.start >= claim_end and FIGURE_DIGIT.search(text, claim_end, d.start) \
                        and _FUTURE_BETWEEN.search(text, claim_end, d.start):
                    continue  # "has 3,200 troops and will grow to 4,800 by 2025": the target's year
                if d.start >= claim_end and _LABEL_COLON.match(text, d.end) \
                        and _LABEL_OPEN.search(text, max(lo, d.start - 3), d.start):
                    continue  # "Leakage rate: 31% (2021: 34%)": the year labels the figure after it
                if d.start >= claim_end and _EVENT_DATE_BEFORE.search(text, max(lo, d.start - 50), d.start) \
                        and _RELATIVE_PRONOUN.search(text, claim_end, d.start):
                    continue  # "€350 million for the fund, which was launched in 2020": the fund's launch, not the sum's
                if d.start >= claim_end and _EVENT_DATE_BEFORE.search(text, max(lo, d.start - 50), d.start) \
                        and _ASIDE_OPENS.search(text, max(claim_end, d.start - 60), d.start) \
                        and _ASIDE_CLOSES.match(text, d.end):
                    continue  # "Castlegate, the third-largest insurer, said its app, launched in 2020, now has": the app's
                if d.start >= claim_end and _SUBORDINATE_BETWEEN.search(text, claim_end, d.start):
                    continue  # "Holt, 44, is the first ... since the council was created in 1974": that clause's date
                if _in_partitive_clause(text, claim_end, d.start):
                    continue
                if d.end <= claim_start and _EVENT_DATE_BEFORE.search(text, max(lo, d.start - 50), d.start) \
                        and (any(o.start >= claim_end for o in self.dates(lo, hi))
                             or any(m.start() >= claim_end for m in self._relative_years() if m.end() <= hi)):
                    # "The programme, launched in 2009, vaccinated 412,000 children in 2021": 2021's; "The museum,
                    # which opened in 1921, welcomed 1.46 million visitors this year": this year's
                    continue
                if d.end <= claim_start and _EVENT_DATE_BEFORE.search(text, max(lo, d.start - 50), d.start) \
                        and _PRESENT_MAIN_VERB.match(text, d.end) and not _SINCE_THEN.search(text, d.end, hi):
                    continue  # "The stadium, which opened in 1998, holds 34,000": how it stands now, not in 1998
                if d.end <= claim_start and _EVENT_DATE_BEFORE.search(text, max(lo, d.start - 50), d.start) \
                        and (_APPOSITION_THEN_STATE_VERB.match(text, d.end)
                             or _APPOSITION_THEN_PAST_VERB.match(text, d.end)
                             and _WHICH_BEFORE_START.search(text, max(self.start, d.start - 60), d.start)):
                    continue  # "The Aster, launched in 2019, remained the best-seller with 187,000": not in 2019
                if d.end <= claim_start and _EVENT_DATE_BEFORE.search(text, max(lo, d.start - 50), d.start) \
                        and _PERFECT_BEFORE.search(text, d.end if not i else max(d.end, ranges[0][0]), claim_start) \
                        and not _SINCE_THEN.search(text, d.end, hi):
                    # "The programme, launched in 2018, has connected 300,000 homes", "began in March 2015 and has
                    # saved 9,500 lives": the start's date; the perfect tense counts up to the time of writing
                    continue
                if d.end <= claim_start and not d.is_range and _WHEN_AFTER.match(text, d.end) \
                        and not DIGIT.search(text, d.end, claim_start):
                    # "more than in 2022, when 217,774 applications were filed": the when-clause's year
                    best = (0, d.value)
                    continue
                compared = _COMPARED_DATE_BEFORE.search(text, max(lo, d.start - 45), d.start)
                if compared and not (not d.is_range and _DAY_DATE.fullmatch(d.value)
                                     and compared.group().rstrip().lower().endswith("on")):
                    # "9% fewer than in 2017": the year compared with, not the number's own (but "raised its rate
                    # to 4.5% on 14 June 2023" says when: no change is compared "on" a day)
                    continue
                if d.end <= claim_start and _REPORTING_VERB.search(text, d.end, claim_start) \
                        and any(o.start >= claim_end and not _COMPARED_BEFORE.search(text, claim_end, o.start)
                                for o in self.dates(lo, hi)):
                    # "The Freedom Index 2023 found that 112,000 people were in slavery in 2021", "In its last
                    # edition, published in 2018, it estimated that ... in 2016": the report's year, not the figure's
                    continue
                if d.end <= claim_start and _COMPARED_NUMBER_BEFORE.search(text, max(lo, d.start - 50), d.start):
                    continue  # "3,870 in December 2023, up from 3,410 in December 2022, a rise of 13.5%": the older
                    # figure's date, not the rise's
                if _BASELINE_BEFORE.search(text, max(lo, d.start - 25), d.start) \
                        and not _AVERAGE_OF_BETWEEN.fullmatch(text, d.end, claim_start):
                    # "1.9 °C above the 1961-1990 average", "Relative to the 1991-2020 average, the 2022 anomaly":
                    # the baseline's years, not the figure's (but "against the 2018-2020 average of| 1,170" is theirs)
                    continue
                if self.published is not None and not d.is_range and d.end <= claim_start \
                        and _SINCE_EVENT_IN_BEFORE.search(text, max(lo, d.start - 40), d.start):
                    # "Since its launch in 2017, the programme has enrolled 38.5 million people": from then on
                    period = f"{d.value}/{self.published.isoformat()}"
                    distance = claim_start - d.end
                    if best is None or distance < best[0]:
                        best = (distance, period)
                    continue
                # (or a split year after "since": "the highest since 2016/17")
                since = d.is_range and (text[d.start:d.start + 6].lower() == "since "
                                        or text[max(lo, d.start - 6):d.start].lower() == "since ")
                if since and d.end <= claim_start and _WHEN_AFTER.match(text, d.end):
                    # "its highest level since 1994, when floods killed 31 people": 1994 itself
                    best = (0, d.lower[:4])
                    continue
                if since and d.start >= claim_end and "," in text[claim_end:d.start]:
                    continue  # "to 5.25% on Wednesday, its eleventh increase since March 2022": the count's span
                if since and _RECORD_BEFORE.search(text, max(lo, d.start - 40), d.start):
                    continue  # "peaked at 6.8 metres, its highest level since 1994": a record's frame, not a period
                if d.is_range:
                    period = f"{d.lower}/{d.upper}"
                else:
                    period = d.value
                same = _SAME_PERIOD_BEFORE.search(text, max(lo, d.start - 30), d.start) \
                    if not d.is_range and len(d.value) == 4 else None
                if same is not None:
                    # "3.14 million TEU in the same period of 2023", after "In the first five months of 2024": those
                    # months of 2023
                    period = self._same_months_in(d, claim_start) or period
                if d.start >= claim_end and REVISED_TO_BEFORE.search(text, max(lo, claim_start - 30), claim_start) \
                        and _ONLY_IN_BETWEEN.fullmatch(text, claim_end, d.start):
                    continue  # "was revised up to 126,900 hectares in August 2023": when it was revised
                published_word = _PUBLISHED_BEFORE.search(text, max(self.start, d.start - 30), d.start)
                if published_word is not None:
                    if d.start >= claim_end and published_word.start() - claim_end <= 20 \
                            and not _SOURCE_NOUN.search(text, claim_end, published_word.start()):
                        # "revised up from the 117.3 million published in March 2023": when the figure came out,
                        # not what it is of
                        continue
                    # A report "published on January 6, 2016" speaks of its year, not of that day.
                    period = (d.upper if d.is_range else d.value)[:4]
                # Dates before the number govern it ("In 2010, 147 victims"); after it, less often, unless
                # they follow it at once ("5% in 2019").
                if _AS_AT_BEFORE.search(text, max(lo, d.start - 10), d.start):
                    distance = -2  # "We now have 3,260 officers, as at 31 December 2023": the date it is stated at
                elif d.end <= claim_start:
                    distance = claim_start - d.end
                    if _AND_THEN_FIGURE.fullmatch(text, d.end, claim_start):
                        distance += 1000  # "Fares were frozen in 2024 and| 612 buses were in service in 2023": the
                        # other clause's year, after any of the figure's own
                elif _DATE_RIGHT_AFTER.fullmatch(text, claim_end, d.start) \
                        or same is not None and _DATE_RIGHT_AFTER.fullmatch(text, claim_end, same.start()):
                    distance = 0
                else:
                    distance = (d.start - claim_end) * 2
                since_then = _SINCE_THEN.search(text, d.end, hi) if self.published is not None else None
                if since_then is not None and d.end <= claim_start:
                    # "launched in 2006, it has handed out 12 million nets since then": from then to the time of
                    # writing, as "since 2006" reads
                    period = f"{d.lower if d.is_range else d.value}/{self.published.isoformat()}"
                if best is None or distance < best[0]:
                    best = (distance, period)
            if _WEEK_WORDS & self.runs:
                week = self._reporting_week(lo, hi, claim_start, claim_end, best[1] if best else None)
                if week is not None:
                    best = week
            if best is None and self.published is not None and _BARE_MONTH_WORDS & self.runs:
                best = self._bare_day(lo, hi, claim_start, claim_end, exclude)
            if best is None and self.published is not None and _BARE_MONTH_WORDS & self.runs:
                # "3.2% in March", in a story of April 2024: the last March up to the story, 2024-03
                for m in _BARE_MONTH.finditer(text, lo, hi):
                    if m.start() < claim_end and claim_start < m.end() or _excluded(m.start(), exclude):
                        continue
                    if m.start() >= claim_end and _COMPARED_BEFORE.search(text, claim_end, m.start()):
                        continue  # "fell to 3.7% from 3.9% in October": the earlier figure's month
                    if _in_partitive_clause(text, claim_end, m.start()):
                        continue
                    if _PUBLISHED_BEFORE.search(text, max(lo, m.start() - 20), m.start()):
                        continue  # "A survey published in February found that 71%": when the source came out
                    month = MONTHS[m.group("month").lower()]
                    # (a month after the story's is last year's, unless the clause looks ahead: "due in June")
                    # ("reached 3.1m by December", in February: last December; "will reach 4m by December": this one)
                    last_years = month > self.published.month and not (
                        _LOOKS_AHEAD.search(text, lo, hi) and not PAST_TENSE.search(text, lo, hi))
                    year = self.published.year - last_years
                    distance = claim_start - m.end() if m.end() <= claim_start else (m.start() - claim_end) * 2
                    if best is None or distance < best[0]:
                        span = m.group("months")
                        if span:
                            months = int(span) if span.isdigit() else _SMALL_NUMBERS.get(span.lower()) or \
                                {"eleven": 11, "twelve": 12}[span.lower()]
                            first = year * 12 + month - months  # months since year 0, zero-based
                            best = (distance, f"{first // 12}-{first % 12 + 1:02d}/{year}-{month:02d}")
                        else:
                            best = (distance, f"{year}-{month:02d}")
            if best is None and self.published is not None and _BARE_YEAR_PART_WORDS & self.runs:
                # "0.4% in the third quarter", in a story of October 2023: the last such quarter before the story
                for m in BARE_YEAR_PART.finditer(text, lo, hi):
                    if m.start() < claim_end and claim_start < m.end() or _excluded(m.start(), exclude):
                        continue
                    if m.start() >= claim_end and _COMPARED_BEFORE.search(text, claim_end, m.start()):
                        continue  # "grew 0.4%, after 1.1% in the second quarter": the other figure's quarter
                    if m.start() >= claim_end and not DIGIT.search(text, claim_end, m.start()) \
                            and _SUBORDINATE_BETWEEN.search(text, claim_end, m.start()):
                        continue  # "generated €7.2 billion, after being closed for much of the first half": not its
                    span = bare_year_part(m, self.published.year, self.published.month)
                    if span is None:
                        continue
                    if int(span[1][5:]) >= self.published.month and span[1][:4] == str(self.published.year) \
                            and not _LOOKS_AHEAD.search(text, lo, hi):
                        # Figures for a quarter come after it ends: one not over yet is last year's (unless the
                        # clause looks ahead: "expected to grow 1% in the fourth quarter").
                        span = bare_year_part(m, self.published.year - 1)
                    distance = claim_start - m.end() if m.end() <= claim_start else (m.start() - claim_end) * 2
                    if m.start() >= claim_end and _OWN_PART_AFTER_FIGURE.fullmatch(text, claim_end, m.start()):
                        distance = 0  # "171 deals in Q1 and 160 deals| in |Q2": its own quarter, after it
                    if best is None or distance < best[0]:
                        best = (distance, f"{span[0]}/{span[1]}")
            if best:
                return best[1]
        if restated is not None:
            return restated
        if carried is not None:
            lo, hi = self.clause(claim_start)
            past, present = PAST_TENSE.search(self.text, lo, hi), _PRESENT_TENSE.search(self.text, lo, hi)
            if past is None and present is None:
                # "..., accounting for 2,997 child referrals": a clause with no verb of its own tells of its sentence's
                # time, and a list item with no verb at all ("- On-time performance of 81.2%") of the paragraph's
                past, present = PAST_TENSE.search(self.text, self.start, self.end), \
                    _PRESENT_TENSE.search(self.text, self.start, self.end)
                if past is None and present is None and LIST_ITEM.match(self.text, self.start):
                    return carried
            if past is not None and present is None:
                return carried  # "Norvik reported 2023 revenue of $4.5 billion. Net profit was $230 million."
            if _RESTATES_BEFORE.match(self.text, self.start):
                return carried  # "In 2023, 8.4 million citizens used the portal. That is 82% of adults."
            if _LABEL_BEFORE_FIGURE.fullmatch(self.text, self.start, claim_start):
                return carried  # "- Confirmed measles cases: 3,100" under a title "... brief, 2023": no verb, the year's
        if self.published is not None:
            last = _LAST_MONTH_OR_QUARTER.search(self.text, self.start, self.end) if "last " in self.normalized else None
            if last is not None and not _PUBLISHED_BEFORE.search(self.text, max(self.start, last.start() - 20),
                                                                 last.start()):
                # (not when a source came out: "A survey published last month found that 71%")
                # "Claims rose to 3,100 last month" in a January story: December's; "last quarter": the quarter before
                return _month_or_quarter_before(self.published, last.group(1).lower())
            return str(self.published.year)
        return None

    def _bare_day(self, lo: int, hi: int, claim_start: int, claim_end: int,
                  exclude: Sequence[tuple[int, int]]) -> Optional[tuple[int, str]]:
        """The day of a month the clause names without a year ("As of 19 February, 612 deaths"), in the last such
        month up to the story (or the next, where the clause looks ahead), with its distance from the claim."""
        assert self.published is not None
        text = self.text
        best: Optional[tuple[int, str]] = None
        for m in _BARE_DAY.finditer(text, lo, hi):
            if m.start() < claim_end and claim_start < m.end():
                continue  # (the day is a non-claim of its own, in `exclude`: it is what dates the figure)
            if _WIRE_DATELINE_AFTER.match(text, m.end()) and _WIRE_DATELINE_BEFORE.fullmatch(
                    text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # (a dateline's day, "KATHMANDU, March 14 (Reuters) -", dates the story, not its figures)
            if m.start() >= claim_end and _COMPARED_BEFORE.search(text, claim_end, m.start()):
                continue  # "655 deaths, up from 612 on 19 February": the earlier figure's day
            month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
            later = (month, day) > (self.published.month, self.published.day)
            year = self.published.year - (later and not (_LOOKS_AHEAD.search(text, lo, hi)
                                                         and not PAST_TENSE.search(text, lo, hi)))
            try:
                when = dt.date(year, month, day)
            except ValueError:
                continue  # ("31 February": no day)
            distance = claim_start - m.end() if m.end() <= claim_start \
                else 0 if _DAY_RIGHT_AFTER.fullmatch(text, claim_end, m.start()) else (m.start() - claim_end) * 2
            period = when.isoformat()
            if _SINCE_BEFORE.search(text, max(lo, m.start() - 8), m.start()):
                period += f"/{self.published.isoformat()}"  # "distributed since 14 February": up to the story's day
            if best is None or distance < best[0]:
                best = (distance, period)
        return best

    def _reporting_week(self, lo: int, hi: int, claim_start: int, claim_end: int,
                        found: Optional[str]) -> Optional[tuple[int, str]]:
        """The days of a surveillance week named in the clause ("epidemiological week 23 of 2022" is 2022-06-06 to
        2022-06-12, by the ISO calendar), with its distance from the claim; None when no week is named, or when its
        year is unknown. found: the period the clause's dates gave, whose year a week without one is in."""
        best: Optional[tuple[int, str]] = None
        for m in _REPORTING_WEEK.finditer(self.text, lo, hi):
            if m.start() < claim_end and claim_start < m.end():
                continue
            if m.group("year"):
                year = int(m.group("year"))
            elif found is not None and len(found) == 4:
                year = int(found)  # "in 2022, in epidemiological week 23"
            elif self.published is not None:
                year = self.published.year
            else:
                continue
            weeks = [int(n) for n in _DIGITS.findall(m.group("weeks"))]  # "weeks 20-23": the first and the last
            first, last = weeks[0], weeks[-1]
            try:
                if not m.group("year") and found is None and self.published is not None \
                        and dt.date.fromisocalendar(year, last, 7) > self.published:
                    year -= 1  # a week not over when the report came out is last year's
                start, end = dt.date.fromisocalendar(year, first, 1), dt.date.fromisocalendar(year, last, 7)
            except ValueError:
                continue  # "week 54": no such week
            if start > end:
                continue
            distance = claim_start - m.end() if m.end() <= claim_start else (m.start() - claim_end) * 2
            if best is None or distance < best[0]:
                best = (distance, f"{start.isoformat()}/{end.isoformat()}")
        return best

    def _relative_years(self) -> list:
        """The sentence's relative years ("last year", "the previous year"), found once."""
        if self._relative is None:
            low = self.normalized.lower()
            self._relative = [] if "year" not in low and "reporting period" not in low and "last " not in low \
                and "season" not in low and "decade" not in low else \
                list(_RELATIVE_YEAR.finditer(self.text, self.start, self.end))
        return self._relative

    def _months_a_year_before(self, m, claim_start: int, claim_end: int,
                              exclude: Sequence[tuple[int, int]]) -> Optional[str]:
        """For "a year earlier" in a sentence about some months of a year ("in the fourth quarter of 2023, up 7%
        from NOK 45.4bn a year earlier"): the same months a year before ("2022-10/2022-12"); else None."""
        if not m.group("before") or m.group("before_years"):
            return None
        # (a quarter, "Q3 2023", or a month, "2.1 million in March 2024, up from 1.5 million a year earlier")
        stated = [d for d in self.dates(self.start, self.end)
                  if not (d.start < claim_end and claim_start < d.end)
                  and not (_excluded(d.start, exclude) and not d.year_part)
                  and len(d.lower) == len(d.upper) == 7 and d.lower[:4] == d.upper[:4]]
        if not stated:
            return None
        nearest = min(stated, key=lambda d: abs(d.start - claim_start))
        year = int(nearest.lower[:4]) - 1
        if nearest.lower == nearest.upper:
            return f"{year}{nearest.lower[4:]}"
        return f"{year}{nearest.lower[4:]}/{year}{nearest.upper[4:]}"

    def _bare_part_right_after(self, claim_start: int, claim_end: int, hi: int,
                               exclude: Sequence[tuple[int, int]]) -> Optional[str]:
        """A quarter or a half right after the figure, without its year, in a sentence that gives the year
        elsewhere: "2.1 million TEU in the first quarter of 2023 and 1.8 million TEU| in the fourth quarter" ->
        "2023-10/2023-12"; else None."""
        m = _BARE_PART_AFTER_FIGURE.match(self.text, claim_end, hi)
        if m is None or not m.group("ordinal") and not m.group("letter"):
            return None
        dated = [d for d in self.dates(self.start, self.end) if (d.lower or "")[:4].isdigit()
                 and not _excluded(d.start, exclude) and not (d.start < claim_end and claim_start < d.end)]
        # (the year of the quarter's end, right after it: "for the fourth quarter ended 31 December 2023"; else the
        # year before the figure, else after it: "53.0% in the fourth quarter and 54.4% for the full year 2023")
        years = [d for d in dated if d.start >= m.end() and _QUARTER_ENDED_GAP.fullmatch(self.text, m.end(), d.start)] \
            or [d for d in dated if d.end <= claim_start] or [d for d in dated if d.start >= m.end()][:1]
        if not years:
            return None
        span = bare_year_part(m, int(years[-1].upper[:4]))
        return f"{span[0]}/{span[1]}" if span else None

    def _bare_month_right_after(self, claim_start: int, claim_end: int, hi: int,
                                exclude: Sequence[tuple[int, int]]) -> Optional[str]:
        """A month right after the figure, without its year, in a sentence that dates another figure: "ranged from
        16.6 TWh| in August to 29.3 TWh in December 2022" -> "2022-08"; else None."""
        m = _MONTH_RIGHT_AFTER.match(self.text, claim_end, hi)
        if m is None:
            return None
        dated = [d for d in self.dates(self.start, self.end) if (d.lower or "")[:4].isdigit()
                 and not _excluded(d.start, exclude) and not (d.start < claim_end and claim_start < d.end)]
        later = [d for d in dated if d.start >= m.end()]
        if not later:
            return None
        year = int(later[0].lower[:4])
        month = MONTHS[m.group("month").lower()]
        # (a month after the later date's, in a span up to it, is of the year before: "from 4.1% in November to 3.2%
        # in February 2024")
        if len(later[0].lower) >= 7 and month > int(later[0].lower[5:7]):
            year -= 1
        return f"{year}-{month:02d}"

    def _same_months_in(self, year, claim_start: int) -> Optional[str]:
        """The months the sentence gives elsewhere for one year ("the first five months of 2024"), in the year of
        the date `year` ("2023" of "the same period of 2023"): "2023-01/2023-05"; None where it gives none."""
        spans = [d for d in self.dates(self.start, self.end)
                 if d is not year and len(d.lower) == len(d.upper) == 7 and d.lower[:4] == d.upper[:4]]
        if not spans:
            return None
        nearest = min(spans, key=lambda d: abs(d.start - claim_start))
        y = year.value
        return f"{y}{nearest.lower[4:]}" if nearest.lower == nearest.upper else f"{y}{nearest.lower[4:]}/{y}{nearest.upper[4:]}"

    def _rolling_year_before(self, m, claim_start: int, claim_end: int,
                             exclude: Sequence[tuple[int, int]]) -> Optional[str]:
        """For "the year before" in a sentence about a year that ends in another month ("in the year to March 2024,
        up from 12,600 the year before"): that span a year earlier ("2022-04/2023-03"); else None."""
        if not m.group("before"):
            return None
        stated = [d for d in self.dates(self.start, self.end)
                  if not (d.start < claim_end and claim_start < d.end) and not _excluded(d.start, exclude)
                  and len(d.lower) == len(d.upper) == 7 and d.lower[:4] != d.upper[:4]
                  and (int(d.upper[:4]) - int(d.lower[:4])) * 12 + int(d.upper[5:7]) - int(d.lower[5:7]) == 11]
        if not stated:
            return None
        nearest = min(stated, key=lambda d: abs(d.start - claim_start))
        back = _years_back(m)
        return f"{int(nearest.lower[:4]) - back}{nearest.lower[4:]}/{int(nearest.upper[:4]) - back}{nearest.upper[4:]}"

    def _split_year_before(self, m, claim_start: int, claim_end: int,
                           exclude: Sequence[tuple[int, int]]) -> Optional[str]:
        """For "the previous year" in a sentence about a split year ("12.6% in 2022-23 from 14.1% in the previous
        year"): the split year before ("2021/2022"); else None."""
        if not m.group("before"):
            return None
        stated = [d for d in self.dates(self.start, self.end)
                  if not (d.start < claim_end and claim_start < d.end) and not _excluded(d.start, exclude)
                  and d.is_range and len(d.lower) == len(d.upper) == 4 and int(d.upper) == int(d.lower) + 1]
        if not stated:
            return None
        nearest = min(stated, key=lambda d: abs(d.start - claim_start))
        back = _years_back(m)
        return f"{int(nearest.lower) - back}/{int(nearest.upper) - back}"

    def _season_of(self, m) -> Optional[str]:
        """The season "last season", "this season" or "next season" names, from the publication date. A
        document that writes its seasons as split years ("the 2023/24 season"), or writes none with a single
        year, counts them from mid-year: in a report of August 2024 "last season" is 2023/2024, in one of May
        2024 it is 2022/2023 (the current season is 2023/24 until it ends). One that names seasons by a single
        year ("the 2023 season") counts calendar years."""
        published = self.published
        if published is None:
            return None
        step = {"last": -1, "this": 0, "next": 1}[m.group("season_which").lower()]
        if _SINGLE_YEAR_SEASON.search(self.text) and not _SPLIT_YEAR_SEASON.search(self.text):
            return str(published.year + step)
        first = published.year + step - (0 if published.month >= 7 else 1)
        return f"{first}/{first + 1}"

    def _relative_year(self, m, claim_start: int, claim_end: int, exclude: Sequence[tuple[int, int]],
                       carried: Optional[str] = None) -> Optional[int]:
        """The year a relative phrase names: "last year" from the publication date; "the previous year" from
        the sentence's own year when it states one ("In 2018 ..., up from 1,102 the previous year": 2017)."""
        published = self.published
        if not m.group("before"):
            if published is None:
                return None
            if m.group("ago"):
                return published.year - count_of_years(m.group("years"))
            if m.group("season"):
                season = self._season_of(m)
                return int(season[-4:]) if season else None
            return published.year + (0 if m.group("this") else 1 if m.group("next") else -1)
        back = _years_back(m)
        stated = [d for d in self.dates(self.start, self.end)
                  if not (d.start < claim_end and claim_start < d.end) and not (_excluded(d.start, exclude) and not d.year_part)
                  and not is_attributive_year(self.text, d.start, d.end)]
        if stated:
            nearest = min(stated, key=lambda d: abs(d.start - claim_start))
            year = (nearest.upper if nearest.is_range else nearest.value) or ""
            return int(year[:4]) - back if year[:4].isdigit() else None
        # "... rose to 108.4 million in 2022. A year earlier, 89.3 million": the year before the paragraph's
        # (anchors in the sentence itself come first, below)
        paragraph_year = int(carried[:4]) - back if carried and carried[:4].isdigit() else None
        if published is None:
            return paragraph_year
        # "about 2,900 last year, down from 3,400 a year earlier": the year before the sentence's "last year".
        anchors = [r for r in self._relative_years() if not r.group("before")]
        if anchors:
            nearest_relative = min(anchors, key=lambda r: abs(r.start() - claim_start))
            anchor_year = self._relative_year(nearest_relative, claim_start, claim_end, exclude)
            return anchor_year - back if anchor_year is not None else None
        return paragraph_year if paragraph_year is not None else published.year - back

    # -------------------------------------------------------------- places

    def _place_candidates(self, lo: int, hi: int, clause: bool = False) -> list[tuple[int, int, Optional[str], int, int]]:
        """(position tested against exclusions, position, place or None for the document's country, match start,
        match end) of each place named in text[lo:hi], in the order _places_in lists them.

        clause: text[lo:hi] is a clause of the sentence (see clause()). No place pattern matches across a clause
        break (';', ':', ', ', ' – ') and each looks at a break as at the end of the text, so the clause's places
        are the sentence's that lie in it: no second scan.
        """
        found = self._places.get((lo, hi))
        if found is None:
            if clause and (lo, hi) != (self.start, self.end) and _gazetteer().clause_safe:
                found = [f for f in self._place_candidates(self.start, self.end) if lo <= f[3] and f[4] <= hi]
            else:
                gazetteer = _gazetteer()
                text = self.text
                found = []
                for demonyms, matches in ((False, gazetteer.find_names(text, lo, hi)),
                                          (True, gazetteer.demonyms.finditer(text, lo, hi))):
                    for m in matches:
                        at = m.start("place")
                        if gazetteer.canonical[fold(m.group("place"))] in _REGIONS \
                                and _NAME_GOES_ON.match(text, m.end("place")):
                            continue  # "a World Bank loan", "the Pacific Alliance": a name, not where
                        if not demonyms and text[max(lo, m.start() - 4):m.start()].endswith("of ") \
                                and _BODY_OF_A_PLACE_BEFORE.search(text, max(lo, m.start() - 50), m.start()):
                            continue  # "the Council of Europe standard", "the Bank of England": a body's name
                        if not demonyms and _OVERALL_AMOUNT_AFTER.match(text, m.end("place")) \
                                and fold(m.group("place")) == "global":
                            continue  # "a global sum of €2.65 billion": the whole of an amount, not the world's
                        place = gazetteer.canonical[fold(m.group("place"))]
                        more = _MORE_PLACES_AFTER.match(text, m.end("place")) if place in gazetteer.parents else None
                        if more is not None and more.group().lstrip().startswith(",") \
                                and _OPENING_IN.fullmatch(text, self.start, m.start()):
                            more = None  # "In Wales, Domestic Abuse services supported ...": an opener, then the clause
                        if more is not None and fold(more.group("next")) not in gazetteer.canonical:
                            # "in the states of Baja California, Jalisco and Sonora": states the list does not
                            # know, so the figure is the country's ("in Texas, Ohio and Iowa" lists three it knows)
                            place = gazetteer.parents[place]
                        if demonyms and (_ORIGIN_NOUN_AFTER.match(text, m.end("place"))
                                         or _FIRM_NOUN_AFTER.match(text, m.end("place"))):
                            # "spending by American visitors": where they come from, not where they spend; "the
                            # Swedish company Spotify": where a firm is based, not where its figures are
                            continue
                        found.append((at, at, place, m.start(), m.end()))
                        if demonyms:
                            self._demonym_at.add(at)
                runs = self.runs
                for m in _AREA_OF_PLACE.finditer(text, lo, hi) if not _AREA_RUNS.isdisjoint(runs) else ():
                    # "in the northern region of Oskava": a part of Oskava, no figure for all of it ("in the city
                    # of Mombasa": Mombasa)
                    at = m.start("place")
                    name = _POSSESSIVE_S.sub("", m.group("place"))
                    if _NOT_A_PLACE.match(name) or _INSTITUTION_HEAD.search(name):
                        continue
                    direction = (m.group("direction") or "").lower()
                    name = _part_named_for_country(m.group("kind"), name)  # ("the state of Mexico")
                    found = [f for f in found if f[0] != at]
                    found.append((at, at, f"{direction} {name}" if direction else name, m.start(), m.end()))
                if b"state" in runs:
                    for m in _COUNTRY_STATE.finditer(text, lo, hi):
                        name = _part_named_for_country("state", m.group("place"))
                        if name != m.group("place"):
                            at = m.start("place")
                            found = [f for f in found if f[0] != at]
                            found.append((at, at, name, m.start(), m.end()))
                opening = _PLACE_OPENING.match(text, lo, hi) if lo == self.start \
                    and not _PLACE_OPENING_RUNS.isdisjoint(runs) else None
                if opening is not None:
                    group = next(g for g in ("place", "named", "at", "is_a", "appos", "force", "neighbour")
                                 if opening.group(g))
                    name = _POSSESSIVE_S.sub("", opening.group(group))  # ("Dravinia's pension age of 67 is ...")
                    if not (_NOT_A_PLACE.match(name) or _INSTITUTION_HEAD.search(name)):
                        at = opening.start(group)
                        name = _part_named_for_country(opening.group("kind") or "", name) if group == "place" \
                            else gazetteer.canonical.get(fold(name), name)
                        found = [f for f in found if f[0] != at]
                        found.append((at, at, name, opening.start(), opening.end()))
                        self._opening_at.add(at)
                # "in northern Vessaria", "in the north of Vessaria": a part of Vessaria, by where it lies
                parts_by_side = [(m, m.group("direction").lower()) for m in _PART_OF_PLACE.finditer(text, lo, hi)] \
                    if not _PART_OF_PLACE_RUNS.isdisjoint(runs) else []
                if not _COMPASS_RUNS.isdisjoint(runs):
                    parts_by_side += [(m, _compass_adjective(m.group("compass")))
                                      for m in _COMPASS_PART_OF_PLACE.finditer(text, lo, hi)]
                for m, side in parts_by_side:
                    at = m.start("place")
                    name = _POSSESSIVE_S.sub("", m.group("place"))
                    if _NOT_A_PLACE.match(name) or _INSTITUTION_HEAD.search(name):
                        continue
                    name = gazetteer.canonical.get(fold(name), name)
                    # (the place itself, and a compass word read as a name of its own: "North")
                    found = [f for f in found if f[0] != at and not m.start() <= f[0] < m.end()]
                    found.append((at, at, f"{side} {name}", m.start(), m.end()))
                for m in _NAMED_PART.finditer(text, lo, hi) if not _NAMED_PART_RUNS.isdisjoint(runs) else ():
                    # "Exports from the Northern Province rose to ...", "the Rift Valley Region": a part named as one
                    at = m.start("place")
                    if not any(f[3] <= at < f[4] for f in found):
                        found.append((at, at, " ".join(m.group("place").split()), m.start(), m.end()))
                known = {f[1] for f in found}
                # ("on" only before a possessive: "on Marrowfield's roads", whose "'s" is a word "s" of its own)
                may_name = not _IN_PROPER_PLACE_RUNS.isdisjoint(runs) or b"on" in runs and b"s" in runs
                for m in _IN_PROPER_PLACE.finditer(text, lo, hi) if may_name else ():
                    at = m.start("place")
                    name = _POSSESSIVE_S.sub("", m.group("place"))  # "Lanmore's households": Lanmore
                    if name == m.group("place") and _TAKES_PART_BEFORE.search(text, max(lo, m.start() - 16), m.start()):
                        continue  # "enrolled in Bolsa Familia": what they take part in (not "in Lanmore's survey")
                    if text[m.start():m.start() + 2] == "at" and name.endswith(("an", "ese", "ish")):
                        continue  # "at Valdorian ports": a people's adjective, no site
                    if name.isupper() and fold(name) not in gazetteer.canonical \
                            and (len(name) > 2 or name in _TWO_LETTER_TOPICS):
                        continue  # "in the CALDERA trial", "in the NHS", "in TB screening": a name in capitals, not where
                    title = _STATE_TITLE.match(text, at)
                    if title is not None and title.end() < hi and text[title.end():title.end() + 1].isupper():
                        # "in the Kingdom of Oltrava": Oltrava
                        after = _NAME_AT.match(text, title.end())
                        if after is None:
                            continue
                        at, name = title.end(), _POSSESSIVE_S.sub("", after.group())
                    if at in known or _NOT_A_PLACE.match(name) or _ENTITY_HEAD_AFTER.match(text, m.end()) \
                            or _INSTITUTION_HEAD.search(name) or name in _GENERIC_WORDS:
                        continue
                    before = _WORD_BEFORE.search(text, max(lo, m.start() - 30), m.start())
                    if before and before.group(1)[:1].isupper() and not before.group(1).isupper() \
                            and text[lo:before.start()].strip():
                        # "Trafficking in Persons"; but "Hospitals in Castlebay" opens the sentence, and "The CFR in
                        # Blantyre" is an initialism's place
                        continue
                    found.append((at, at, name, m.start(), m.end()))
                for m in _WORLD.finditer(text, lo, hi) if not _WORLD_RUNS.isdisjoint(runs) else ():
                    found.append((m.start(), m.start() + len(m.group(0)) - 5, "world", m.start(), m.end()))
                for m in _THE_COUNTRY.finditer(text, lo, hi) if not _THE_COUNTRY_RUNS.isdisjoint(runs) else ():
                    found.append((m.start(), m.end() - 7, None, m.start(), m.end()))
            self._places[(lo, hi)] = found
        return found

    def places(self, lo: int, hi: int, exclude: list[tuple[int, int]], clause: bool = False,
               anchor: Optional[int] = None) -> list[tuple[int, str]]:
        """(position, place) of the places named in text[lo:hi], outside the excluded spans. anchor: where the
        number is, which keeps the place of a ranking it stands in ("the world's| 12th largest")."""
        found: list[tuple[int, str]] = []
        ranked_in: list[tuple[int, str]] = []
        for at, position, place, m_start, _end in self._place_candidates(lo, hi, clause):
            if _excluded(at, exclude):
                continue
            if _PARTNER_BEFORE.search(self.text, max(self.start, m_start - 20), m_start):
                continue  # "the goods deficit with China", "3% more than Spain": a partner or a rival, not where
            if _DONOR_VERB_AFTER.match(self.text, _end):
                continue  # "The EU pledged €45m for Sudan": who gives, not where the money goes
            if place is None:
                place = self._country() if self._country is not None else None
                if not place:
                    continue
            ranking = _RANKED_IN_AFTER.match(self.text, m_start)
            if ranking is not None:
                ranked_in.append((position, place))
                self._ranked_in[(position, place)] = (m_start, ranking.end())
            elif place == "world" and _BASE_OF_A_SHARE_BEFORE.search(self.text, max(self.start, m_start - 12), m_start):
                # "Australia produced 47% of the world's lithium", "10% of world output": the whole the share is
                # of, not where the figure is (the world's own figures have no other place: "38% of the world's
                # population" stays the world's)
                ranked_in.append((position, place))
            found.append((position, place))
        if ranked_in and any(f not in ranked_in for f in found):
            # "India is the world's second-largest market, with shipments of 146 million": where India ranks, not
            # where its figures are (but the rank's own: "Poland was the world's| 12th largest military spender")
            found = [f for f in found if f not in ranked_in
                     or anchor is not None and f in self._ranked_in
                     and self._ranked_in[f][0] <= anchor < self._ranked_in[f][1]]
        return found

    def place(self, anchor: int, exclude: list[tuple[int, int]], scope_first: bool = False,
              anchor_end: Optional[int] = None) -> Optional[str]:
        """find_place(text, start, end, anchor, exclude, country, scope_first). anchor_end: where the number ends,
        so that a place right after it ("1.2 million in Dunmore") wins, and one right after another number
        ("compared with 31% in Kelbourne") is that number's."""
        text = self.text
        ranges = (self.clause(anchor), (self.start, self.end))
        for i, (lo, hi) in enumerate(ranges):
            if i and ranges[0] == ranges[1]:
                break
            found = self.places(lo, hi, exclude, clause=i == 0, anchor=anchor)
            if self._ranked_in:
                # "Rotterdam, Europe's largest container port, handled 13.4 million TEU": Europe is where the port
                # ranks, the rank's own place, not the figure's
                found = [f for f in found if f not in self._ranked_in
                         or self._ranked_in[f][0] <= anchor < self._ranked_in[f][1]]
            if found and _MAY_NEGATE_PLACE.search(text, lo, hi):
                # "non-EU students", "students from outside the EU", "Asia Pacific (excluding China)": where they
                # are not from, no place
                kept = []
                for f in found:
                    negated = _NEGATED_PLACE_BEFORE.search(text, max(lo, f[0] - 24), f[0])
                    if negated is None:
                        kept.append(f)
                    elif _COMPARISON_SET_BEFORE.search(text, max(lo, negated.start() - 50), negated.start()):
                        continue  # ("among the highest of any English city outside London": what it is compared with)
                    elif negated.group().lower().startswith("outside") and not is_country(f[1]) \
                            and not is_group_of_countries(f[1]):
                        # "Sites outside London received 12.7 million visits": the rest of the country, a part of
                        # it whose figures are not the whole's (outside a country, "outside the EU", is no place)
                        kept.append((f[0], f"outside {f[1]}"))
                found = kept
            if i:
                # "employs 12,000 people in 40 countries, and Brazil is its third-largest market": a place in a
                # later clause of its own belongs to that clause (not the last of a list of places: "in Jalisco,
                # Sinaloa, and Sonora")
                listed = self._listed_on(found)
                found = [f for f in found if f[0] < anchor or f[0] in listed
                         or not _NEW_CLAUSE.search(text, anchor, f[0] + 1)]  # (its first letter included)
                # ... and so does a place in an earlier clause, when the number's clause names its own subject:
                # "Cases in Lilongwe rose, while Blantyre reported 3,150": Blantyre's, wherever that is
                own_start = ranges[0][0]
                if _NAMED_SUBJECT_CLAUSE.match(text, max(lo, text.rfind(",", lo, own_start + 1))):
                    found = [f for f in found if f[0] >= own_start]
            if anchor_end is not None and any(f[0] > anchor_end for f in found):
                # "was produced on a budget of $210 million and was shot over 94 days in Iceland": the place of
                # another predicate of the subject
                found = [f for f in found if f[0] < anchor_end
                         or not _NEW_PREDICATE_BETWEEN.search(text, anchor_end, f[0])]
            if anchor_end is not None and any(f[0] > anchor_end for f in found):
                # "21.7% ..., nearly three times the rate in Saxony", "compared with Saxony": what it is compared with
                found = [f for f in found if f[0] < anchor_end
                         or not _COMPARED_PLACE_BEFORE.search(text, max(anchor_end, f[0] - 40), f[0])]
            if anchor_end is not None and any(f[0] > anchor_end for f in found):
                # "5,000 personnel were deployed, including 450 firefighters from Australia": the part's place
                found = [f for f in found if f[0] < anchor_end or not _PART_CLAUSE.search(text, anchor_end, f[0])]
                # ("generated 2,545 TWh in 2022, largely because of outages in France": where the cause was)
                found = [f for f in found if f[0] < anchor_end or not _CAUSE_BETWEEN.search(text, anchor_end, f[0])]
            if found and anchor_end is not None and any(f[0] > anchor_end for f in found):
                # ("5,310 refugees arrived in 2023 under the scheme, which gives refugees a route to Europe": a relative
                # clause after the figure tells of what it follows, not of where the figure is)
                found = [f for f in found if f[0] < anchor_end
                         or not _RELATIVE_CLAUSE_BETWEEN.search(text, anchor_end, f[0])]
            if found and anchor_end is not None:
                # ('"... more than 25,000 patients a year," said the head of mission in Lunaria': the speaker's
                # place, after the quotation, is not the figure's)
                found = [f for f in found if not (f[0] > anchor_end
                                                  and _ATTRIBUTION_BETWEEN.search(text, anchor_end, f[0]))]
            if found:
                # "Hearthstone Trust, founded in 1972 in Leeds, had income of £46.8 million": where the body began or
                # sits, in an apposition, is not where its figures are
                found = [f for f in found if not (f[0] < anchor and "," in text[f[0]:anchor]
                                                  and _START_APPOSITION_BEFORE.search(text, max(lo, f[0] - 50), f[0]))]
            if len(found) > 1:
                # "Ireland ranked 3rd of 27 EU countries": the counted group it ranks among is not its place
                # (but "27| EU countries" is the group's own number)
                found = [f for f in found if not _COUNTED_GROUP_BEFORE.search(text, max(lo, f[0] - 24), f[0])
                         or anchor_end is not None and anchor_end <= f[0] and not text[anchor_end:f[0]].strip()] \
                    or found
            bracketed = [f for f in found if f[0] < anchor and text.startswith(f[1], f[0])
                         and _BRACKET_OPENS.fullmatch(text, f[0] + len(f[1]), anchor)]
            if bracketed:
                return bracketed[-1][1]  # "rose most in Wales (+620), Scotland (+310)": the place its bracket follows
            if scope_first:
                # "second in the region, behind Chile": the ranking's rivals are not its place, nor is what it ranks
                # ("The capital, Dranport, ... the largest city in the country")
                found = [f for f in found if not _RIVAL_BEFORE.search(text, max(lo, f[0] - 60), f[0])
                         and f[0] not in self._opening_at]
                scoped = [f for f in found if _IN_PLACE.search(text[max(lo, f[0] - 12):f[0]])]
                found = scoped or found
            else:
                # ("with a score of 7.66, behind the DR Congo and Myanmar": the rivals' places are never the figure's,
                # unless the figure is the rival's own: "followed by Latvia at 17.9%")
                found = [f for f in found if not _RIVAL_BEFORE.search(text, max(lo, f[0] - 60), f[0])
                         or f[0] < anchor and _PLACE_THEN_AT.fullmatch(text, f[0], anchor)]
                # "Norvena had the highest femicide rate in Meridia, at 5.6": Meridia is what the ranking spans; the
                # figure is Norvena's, named or not ("the third highest rate among the police forces in England and
                # Wales, at 135": neither England's nor Wales's)
                spans = [f for f in found if _RANKING_SCOPE_BEFORE.search(text, max(lo, f[0] - 80), f[0])
                         and not (anchor_end is not None and f[0] >= anchor_end
                                  and _PLACE_RIGHT_AFTER.fullmatch(text, anchor_end, f[0]))]
                spanned = {name for f in spans for name in self._joined_places(f, found)}
                own = [f for f in found if f[1] not in spanned
                       and not (len(found) > 1 and _LIES_IN_BEFORE.search(text, max(lo, f[0] - 40), f[0]))]
                found = own if spans or own else found
            if any(f[0] in self._demonym_at for f in found) and any(f[0] not in self._demonym_at for f in found):
                # "Poland hosted 950,000 Ukrainian refugees": where they are, not where they are from
                found = [f for f in found if f[0] not in self._demonym_at]
            listed = found
            if found and anchor_end is not None:
                own = [f for f in found if f[0] >= anchor_end and (_PLACE_RIGHT_AFTER.fullmatch(text, anchor_end, f[0])
                                                                   or _TO_PLACE_RIGHT_AFTER.fullmatch(text, anchor_end, f[0]))]
                # ("highest in the North East at 35% and lowest in Scotland at| 24%": the place its "at" follows)
                at_own = [f for f in found if f[0] < anchor and _PLACE_THEN_AT.fullmatch(text, f[0], anchor)] \
                    if not own else []
                if own or at_own:
                    found = own or at_own
                else:
                    found = [f for f in found if not self._another_numbers_place(f[0], lo, anchor, anchor_end)
                             and not self._leads_another_number(f, anchor_end)]
                    if any(f[0] < anchor for f in found):
                        # "In Germany the share was 18.4% and in France it was 16.8%": the place after "and in"
                        # opens the next item, with its own figure
                        # (or an owner's: "Sweden's spending rose 12% and Finland's by 54%")
                        found = [f for f in found if f[0] < anchor
                                 or not (_PARALLEL_PLACE_BEFORE.search(text, max(anchor_end, f[0] - 20), f[0])
                                         or _PARALLEL_OWNER_BEFORE.search(text, max(anchor_end, f[0] - 20), f[0])
                                         and text.startswith(("'s", "’s"), f[0] + len(f[1])))]
            if found:
                # (the words between the place and the number: "Ireland ranked 9th of the 27 EU member states" is
                # Ireland's 9th, as "Ireland ranked 11th" is)
                nearest = min(found, key=lambda f: self._gap_to(f, anchor, anchor_end))
                joined = self._joined_places(nearest, listed)
                if not i and len(joined) > 1:
                    # (a list of places runs on past the clause with "and": "in Jalisco, Sinaloa, and Sonora")
                    joined = self._list_run_on(joined, listed, self.places(self.start, self.end, exclude))
                return " and ".join(joined) if len(joined) > 1 else nearest[1]
        return None if scope_first else self._part_named_before(anchor)  # (a ranking's "in the district" spans it)

    def _part_named_before(self, anchor: int) -> Optional[str]:
        """The part of a country "in the province" stands for: the last one of that kind the text named before
        ("Northern Province remains the epicentre. In 2023 there were 3,100 cases in the province."); "the
        province" where the text named none; None where the clause says no such thing."""
        if "the " not in self.normalized and "The " not in self.normalized:
            return None
        lo, hi = self.clause(anchor)
        m = _IN_THE_PART.search(self.text, lo, hi) or _THE_PART_OPENS.match(self.text, self.start, hi)
        if m is None:
            return None
        if _RANKING_SCOPE_BEFORE.search(self.text, max(lo, m.start() - 80), m.start("kind")):
            return None  # "the highest turnout in the district": what a ranking spans
        kind = m.group("kind").lower()
        named = None
        for n in _PART_OF_KIND.finditer(self.text, max(0, self.start - 2000), self.start):
            if n.group("kind").lower() == kind:
                named = n
        if named is None:
            return f"the {kind}"  # a part of the country, which one unsaid: no figure for the whole country
        words = named.group("name").split()
        while len(words) > 2 and words[0].lower() in STOP_WORDS:
            words.pop(0)  # ("In Northern Province": Northern Province)
        return " ".join(words)

    def _gap_to(self, found: tuple[int, str], anchor: int, anchor_end: Optional[int]) -> int:
        """How many characters lie between a place and the number at anchor (to anchor_end)."""
        at = found[0]
        if at >= anchor:
            return at - (anchor_end if anchor_end is not None and at >= anchor_end else anchor)
        return max(0, anchor - self._name_end(found))

    def _list_run_on(self, joined: list[str], in_clause: list[tuple[int, str]],
                     in_sentence: list[tuple[int, str]]) -> list[str]:
        """joined, with the places after the clause that end its list: ", and Sonora"."""
        text = self.text
        last = max((f for f in in_clause if f[1] in joined), default=None)
        if last is None:
            return joined
        names = list(joined)
        for f in sorted(in_sentence):
            if f[0] <= last[0]:
                continue
            if not text.startswith(last[1], last[0]) \
                    or not _LIST_END_GAP.fullmatch(text, last[0] + len(last[1]), f[0]):
                break
            names.append(f[1])
            last = f
        return sorted(set(names))

    def _listed_on(self, found: list[tuple[int, str]]) -> set[int]:
        """The positions of places that go on a list of places begun before them ("Jalisco, Sinaloa, and| Sonora")."""
        text = self.text
        on = set()
        by_position = sorted(found)
        for a, b in zip(by_position, by_position[1:]):
            if text.startswith(a[1], a[0]) and _PLACE_LIST_GAP.fullmatch(text, a[0] + len(a[1]), b[0]):
                on.add(b[0])
        return on

    def _another_numbers_place(self, at: int, lo: int, anchor: int, anchor_end: int) -> bool:
        """Whether the place at `at` comes right after another number than the one at anchor..anchor_end."""
        m = _PLACE_AFTER_A_NUMBER.search(self.text, max(lo, at - 40), at)
        if m is None or anchor <= m.start() < anchor_end:
            return False
        if at < anchor and _PARALLEL_PLACE_BEFORE.search(self.text, max(lo, at - 20), at) \
                and not DIGIT.search(self.text, at, anchor):
            return False  # "18.4% and in France it was 16.8%": the place opens the next item, this figure's
        # "12.9% of adults over 65 in Westhollow": an age that narrows the group is no figure with a place
        return not _AGE_OF_A_GROUP.match(self.text, max(lo, m.start() - 12), m.end())

    def _leads_another_number(self, found: tuple[int, str], anchor_end: int) -> bool:
        """Whether the place found, after the number that ends at anchor_end, is followed by a number of its own:
        in "60,014 refugees, Canada 51,100", Canada is 51,100's place, not 60,014's."""
        at, place = found
        if at < anchor_end:
            return False  # (a place before the number: nothing to tell)
        m = _NUMBER_RIGHT_AFTER_PLACE.match(self.text, self._name_end(found), self.end)
        # ("45% went to Turkey, 35% to Malaysia": the next number has a place of its own, after it)
        return m is not None and _OWN_PLACE_AFTER_NUMBER.match(self.text, m.end(), self.end) is None

    def _name_end(self, found: tuple[int, str]) -> int:
        """Where the name of a place found ends in the text: "the EU| average" (named "European Union")."""
        at, place = found
        if self.text.startswith(place, at):
            return at + len(place)
        m = _CAPITALISED_NAME.match(self.text, at)
        return m.end() if m is not None else at

    def _joined_places(self, chosen: tuple[int, str], found: list[tuple[int, str]]) -> list[str]:
        """The places listed together with the chosen one ("returned from Pakistan and Iran": both), sorted, so
        that a figure for the two is no figure for one of them."""
        text = self.text
        names = {chosen[1]}
        by_position = sorted(found)
        i = by_position.index(chosen)
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(by_position):
                a, b = sorted((by_position[j], by_position[j + step]))
                gap_start = a[0] + len(a[1]) if text.startswith(a[1], a[0]) else -1
                if gap_start < 0 or not _PLACE_LIST_GAP.fullmatch(text, gap_start, b[0]):
                    break
                if text.endswith("the ", gap_start, b[0]) and _NAME_IN_POSSESSIVE.match(text, b[0]):
                    break  # "Poland, the EU's third largest producer": the scope of a ranking, in apposition
                names.add(by_position[j + step][1])
                j += step
        return sorted(names)

    # -------------------------------------------------------------- entities and events

    def entity(self, anchor: int, exclude: Sequence[tuple[int, int]] = ()) -> Optional[str]:
        """find_entity(text, start, end, anchor, exclude)."""
        if self._entities is None:
            entities: list[tuple[int, Optional[str]]] = []
            has_head = not _ENTITY_HEAD_RUNS.isdisjoint(self.runs) \
                and _ENTITY_HEAD.search(self.text, self.start, self.end) is not None
            for m in named_things(self.text, self.start, self.end, self.runs, has_head):
                lead = _ENTITY_LEAD.match(m.group("name"))
                name = _ENTITY_DATE_TAIL.sub("", m.group("name")[lead.end():] if lead else m.group("name"))
                # (from where the name starts, past the words the match took before it: "according| to the Ministry")
                if _is_a_source(self.text, self.start, m.start("name") + (lead.end() if lead else 0), m.end()):
                    continue  # "According to the Home Office, 16,938 ...": who reports the figure, not what it is of
                if _COMPASS_NAME.fullmatch(name.strip()):
                    continue  # "The North West of England recorded ...": a part of a place, no body
                entities.append((m.start(), name.strip() if len(name.split()) >= 2 else None))
            if not _STUDY_RUNS.isdisjoint(self.runs):
                # "The CALDERA trial enrolled 1,240 patients": a study named in capitals
                entities.extend((m.start(), m.group("name")) for m in NAMED_STUDY.finditer(self.text, self.start, self.end))
            self._entities = entities
        best: Optional[tuple[int, str]] = None
        for at, name in self._entities:
            if name is None or _excluded(at, exclude):
                continue
            if at > anchor and _RIVAL_NAME_BEFORE.search(self.text, max(self.start, at - 25), at + 1):
                continue  # ("it will be the third-longest tunnel, overtaking the Lærdal Tunnel": a rival's name)
            if at > anchor and _NAMED_SUBJECT_CLAUSE.search(self.text, anchor, min(self.end, at + 5)):
                continue  # ("received €12.3 million in 2023, and the Science Centre received": the next clause's)
            distance = abs(at - anchor)
            if at < anchor:
                named_end = self.text.find(name, at, anchor)
                if named_end >= 0 and _BRACKET_OPENS.fullmatch(self.text, named_end + len(name), anchor):
                    distance = 0  # "the Royal Museum of Art (3.4 million) and the Science Centre": the bracket's name
            if best is None or distance < best[0]:
                best = (distance, name)
        if best is None:
            if self._names is None:
                # (not a country, "the United Kingdom", nor a source, "the Global Slavery Index found that ...")
                self._names = [(m.start(), m.group("name")) for m in _THE_NAME.finditer(self.text, self.start, self.end)
                               if len(m.group("name").split()) >= 2 and not is_place_name(m.group("name"))
                               and not _COMPASS_NAME.fullmatch(m.group("name"))
                               and not _is_a_source(self.text, self.start, m.start(), m.end())] \
                    if b"the" in self.runs else []
            for at, name in self._names:
                if at > anchor and _RIVAL_NAME_BEFORE.search(self.text, max(self.start, at - 25), at + 1):
                    continue
                distance = abs(at - anchor)
                if best is None or distance < best[0]:
                    best = (distance, name)
        return best[1] if best else None

    def event(self, anchor: int) -> Optional[str]:
        """find_event(text, start, end, anchor)."""
        if self._events is None:
            self._events = [(m.start(), EVENT_WORDS[fold(m.group(0))])
                            for m in _EVENT.finditer(self.text, self.start, self.end)]
        best: Optional[tuple[int, str]] = None
        for at, event in self._events:
            if at < anchor and ANOTHER_VERB_BETWEEN.search(self.text, at, anchor):
                continue  # "passed in June 2012 and entered into force in January 2013": the later date is not the passing
            if self.text[max(self.start, at - 9):at].rstrip().lower().endswith("records"):
                continue  # "its lowest level since records began": no start of a thing
            if at > anchor and _NEXT_CLAUSE_BETWEEN.search(self.text, anchor, at):
                continue  # (nor is the earlier date the entry into force)
            if REFERENCE_EVENT_BEFORE.search(self.text, max(self.start, at - 60), at) \
                    and not (at < anchor and _EVENT_WORD_THEN_DATE.fullmatch(
                        self.text, _EVENT.match(self.text, at, anchor).end(), anchor)):
                # "Four years after its launch, in 2023, ...": a time counted from the launch, not the launch (but
                # "Since its launch in 2018, ..." dates it)
                continue
            word = _EVENT.match(self.text, at, self.end) if at > anchor else None
            if word is not None and DATE_AFTER_EVENT_WORD.match(self.text, word.end(), self.end):
                # "who became chief executive in 2021, praised the scheme, which the retailer launched in 2017": a
                # later event word with a date of its own is that date's
                continue
            distance = abs(at - anchor)
            if best is None or distance < best[0]:
                best = (distance, event)
        return best[1] if best else None

    # -------------------------------------------------------------- subjects

    def dated_thing(self, claim_start: int, claim_end: int) -> Optional[str]:
        return dated_thing(self.text, self.start, self.end, claim_start, claim_end, self.clause(claim_start))

    def money_purpose(self, claim_start: int, claim_end: int) -> Optional[str]:
        return money_purpose(self.text, self.start, self.end, claim_start, claim_end, self.clause(claim_start))
