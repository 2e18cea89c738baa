"""rank-conflict: the same ranking puts the same thing in different positions.

Flags:
    Rank claims in one ranking (the same superlative, such as "most lucrative" or
    "leading cause of death", and the same place) that give different positions:
    "the second" against "the third most lucrative"; "one of the most lucrative after
    drug and arms trafficking" counts as third; "the largest" against "the second-largest".
    A superlative that says only which way the order runs ("highest", "largest") ranks
    what follows it: "the fifth-highest tuition fees" and "the third-highest dropout
    rate" are two rankings.
Why it matters:
    Rankings are quoted because they are memorable, and a wrong position travels fast.
    A ranking has one order however late a document reports it, so publication dates
    do not excuse the difference. Positions of different things ("Heathrow was the
    second busiest", "Gatwick was the third busiest") are not compared.
Example:
    "Road crashes are the second leading cause of death among young people in Valdoria."
    against "...the third leading cause of death for young Valdorians."
"""

from __future__ import annotations

from typing import Iterable, Optional

import regex

from ..align import Alignment, position_scope
from ..align.events import position_in_sentence
from ..align.keys import TIME_NOUNS, YEAR_IN_TEXT, synonym_of
from ..config import AuditConfig
from ..extract.context import STOP_WORDS, place_name, singular, whole_name
from ..models import Finding
from .base import Check, Example, name, said
from .clusters import majority_and_dissent

# What a ranking places: the words before the verb that leads to the rank ("Heathrow was| the second busiest").
_RANKED_BEFORE = regex.compile(
    r"(?P<item>[\w'’-]+)(?:\s+(?:in|of|for|at|on|with)\s+(?:the\s+)?(?!(?:what|which|who|that|it)\b)[\w'’-]+)?"
    # (a phrase between commas: "The Farmers Union|, with 18 seats,| is now the fourth largest party")
    r"(?:\s*,\s+(?:with|which|who|having|after|despite|now|once|founded|formed)\b[^,;]{1,40},"
    # (an aside in small letters: "The Castlegate Gallery|, also in York,| was the third most visited")
    r"|\s*,\s+(?-i:[a-z])[^,;]{1,40},)?"
    # (an adverb before the verb: "Tamberia| nevertheless ranks 5th", "consistently ranks")
    r"(?:\s+(?:nevertheless|however|still|now|also|again|already|thus|therefore|[a-z]{3,}ly))?,?\s+(?:"
    r"(?:is|was|are|were)\s+(?:now\s+)?ranked|is|was|are|were|has\s+been|have\s+been|had\s+been|remains|remained|became|becomes|"
    r"ranks|ranked|rates|rated|stands|stood|has|had|have|recorded|records|reported|posted|saw|sees|finished|came|placed|"
    r"holds|held)\s+(?:(?:now|still|also|again|currently|already)\s+)?"
    r"(?:(?:the|one\s+of\s+the|among\s+the|[A-Z][\w-]*['’]s|the\s+[a-z]+['’]s)\s+)?$",
    regex.IGNORECASE)


# A rank in an apposition: "Dadaab|, the third-largest refugee camp", "Uganda hosts 1.5 million refugees|, the third-".
# (or with the place of the ranking: "Castlegate Insurance|, Arvenia's second-largest motor insurer")
_APPOSITION_BEFORE = regex.compile(r"(?P<item>[\w'’-]+)\s*,\s+(?:(?:now|still|also)\s+)?(?:the|one\s+of\s+the"
                                   # (and "SwiftDrop|, the UK's second largest parcel carrier")
                                   r"|(?:one\s+of\s+)?(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s)\s+$",
                                   regex.IGNORECASE)
# A rank that opens its sentence, and the name its verb leads to: "The| most visited museum in 2023 |was the
# Minster Museum".
_ONLY_AN_OPENER = regex.compile(r"\s*(?:(?:In|By|During)\s+(?:19|20)\d\d\s*,\s*)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+")
_RANKED_AFTER = regex.compile(r"[^,;:.]{1,80}?\s(?:is|was|are|were|remains|remained)\s+(?:still\s+)?(?:the\s+)?"
                              r"(?-i:[A-Z][\w'’-]*\s+)*(?P<item>(?-i:[A-Z])[\w'’-]*)(?![\w'’-]|\s+[A-Z])")
_MAKING_IT_BEFORE = regex.compile(r"\b(?:making|makes|made|which\s+makes|which\s+made)\s+(?:it|them)\s+(?:the|one\s+of\s+the)\s+$",
                                  regex.IGNORECASE)
# ("Valdoria's rate of formal volunteering ranks it| third": the sentence's subject's owner)
_RANKS_IT_BEFORE = regex.compile(r"\b(?:ranks|ranked|places|placed|puts|put)\s+(?:it|them)\s+$", regex.IGNORECASE)
_SENTENCE_OPENER = regex.compile(r"\s*(?:In\s+\d{4}\s*,\s*)?(?P<item>[A-Z][\w'’-]*?)(?=['’]s\b|[^\w'’-]|$)")


# A name that owns what a ranking places: "Brackenshire's| roads".
_OWNER_BEFORE = regex.compile(r"(?<![\w'’-])(?P<item>(?-i:[A-Z])[\w-]*)['’]s\s+$")
_PRONOUNS = frozenset("what which who whom whose one ones something everything".split())
# Nouns that stand for the place a story is about: "The country ranked fifth" is the story's country.
_PLACE_NOUNS = frozenset("country nation state city region province island kingdom republic county district borough "
                         "area municipality".split())
# The sentence's named subject, which "it" stands for: "The UK does better on living donation, where it ranks fourth".
_NAMED_OPENER = regex.compile(r"\s*(?:In\s+\d{4}\s*,\s*)?(?:The\s+)?(?P<item>(?!(?:It|This|That|These|Those|In|On|At)\b)"
                              r"[A-Z][\w'’-]*)")


def ranked_item(claim) -> Optional[str]:
    """The thing a rank claim places, as its head word: "Heathrow was the second busiest airport" -> "heathrow",
    "road crashes are the second leading cause" -> "crash", "Trafficking in persons is one of the most ..." ->
    "trafficking"; None where the sentence does not say."""
    at = position_in_sentence(claim)
    sentence = claim.sentence
    m = _RANKED_BEFORE.search(sentence, max(0, at - 80), at)
    if m is None and (_MAKING_IT_BEFORE.search(sentence, max(0, at - 40), at)
                      or _RANKS_IT_BEFORE.search(sentence, max(0, at - 20), at)):
        # "Dranport had 1.31 million residents, making it the most populous city": the sentence's subject
        m = _SENTENCE_OPENER.match(sentence)
    if m is None and _ONLY_AN_OPENER.fullmatch(sentence, 0, at):
        # "The most visited museum in Yorkshire in 2023 was| the Minster Museum": what is ranked comes after
        m = _RANKED_AFTER.match(sentence, at)
    if m is None:
        m = _APPOSITION_BEFORE.search(sentence, max(0, at - 80), at)
        if m is None:
            return None
        if not m.group("item")[:1].isupper():
            # "Uganda hosts 1.5 million refugees, the third-largest refugee population": whose the refugees are
            opener = _SENTENCE_OPENER.match(sentence)
            if opener is not None and opener.group("item").lower() not in STOP_WORDS:
                m = opener
    word = m.group("item").lower().strip("'’")
    owner = _OWNER_BEFORE.search(sentence, max(0, m.start("item") - 40), m.start("item")) \
        if m.group("item")[:1].islower() else None
    if owner is not None:
        # "Brackenshire's roads are the third-worst": Brackenshire is ranked, as in "Brackenshire has the second-worst
        # roads"
        m, word = owner, owner.group("item").lower()
    if word == "it":
        opener = _NAMED_OPENER.match(sentence)
        if opener is None or opener.end() > m.start("item"):
            return None
        m, word = opener, opener.group("item").lower().strip("'’")
    known = place_name(whole_name(sentence, m.start("item"), m.group("item"))) if m.group("item")[:1].isupper() else None
    if known is not None:
        return known.lower()  # ("The UK ranked twelfth" and "The United Kingdom ranks ninth": one country)
    if word in _PLACE_NOUNS and m.group("item")[:1].isupper():
        name = whole_name(sentence, m.start("item"), m.group("item")).lower().split()
        if len(name) > 1:
            return " ".join(name)  # "The United Kingdom is the sixth largest": a name, not "the country"
    if word in STOP_WORDS or word in _PRONOUNS or word in _PLACE_NOUNS or word.isdigit():
        return None  # ("it is the second", "2023 was the warmest": no name of what is ranked)
    if m.group("item")[:1].isupper() or word in _GENERIC_NAME_HEADS:
        # "The Nurses Union was the second largest", "the Minster Museum": the whole name, not its last word
        # ("Union", "Museum"), which other names share
        name = whole_name(sentence, m.start("item"), m.group("item")).lower().split()
        return " ".join(name[:-1] + [singular(name[-1].strip("'’"))])
    # (one thing by two of its words: "Investment scams were the second largest" and "Investment fraud was the
    # largest", by the subject synonyms)
    word = singular(word)
    return synonym_of(word)


# Last words that many names share: "the Nurses Union", "Northgate Group", "Velmar Airport".
_GENERIC_NAME_HEADS = frozenset("union group party company council bank airport university association federation "
                                "corporation authority trust hospital school college club league port".split())


def _by_ranked_item(claims: list) -> list[list]:
    """Positions of different things in one ranking do not disagree: "Heathrow was the second busiest airport
    in Europe" and "Gatwick was the third busiest". Claims that name what they rank are compared with those
    that name the same thing; a claim that names nothing, with all."""
    of = {id(c): ranked_item(c) for c in claims}
    items = set(of.values()) - {None}
    # ("Hearthstone is ranked fifth" and "Hearthstone Trust was ranked seventh": a short name and the full one)
    full = {item: other for item in items for other in items if other.startswith(item + " ")}
    of = {key: full.get(item, item) for key, item in of.items()}
    items = set(of.values()) - {None}
    if len(items) < 2:
        return [claims]
    return [[c for c in claims if of[id(c)] in (item, None)] for item in sorted(items)]



# The year of an edition of a ranking: "the 2022 Open Budget Index", "the 2023 NIRF rankings".
_EDITION = regex.compile(r"\b(?P<year>(?:19|20)\d\d)(?:[/–-]\d{2,4})?\s+(?:[\w'’-]+\s+){0,5}?(?i:index|indices|"
                         r"rankings?|report|survey|scorecard|scoreboard|barometer|table|league|edition|list)\b"
                         # (the year after the name: "the QS World University Rankings 2024", "the Money League 2024")
                         r"|\b(?-i:[A-Z])[\w'’-]*\s+(?i:index|rankings?|report|survey|scorecard|scoreboard|barometer|"
                         r"table|league)\s+(?P<year>(?:19|20)\d\d)\b")
# Where the words about a rank end: another rank it is compared with ("ranked 14th ..., up from 16th in the 2023
# edition"), whose edition that is.
_ANOTHER_RANK = regex.compile(r"\b(?:up|down|rising|falling|climbing|slipping)\s+from\b|\bfrom\s+\d|"
                              r"\b\d{1,3}(?:st|nd|rd|th)\b", regex.IGNORECASE)


def _edition_year(claim) -> Optional[str]:
    """The year of the edition of the ranking a rank is in ("ranked fifth in the 2022 Open Budget Index"), which
    the sentence writes after the rank, or None."""
    at = position_in_sentence(claim)
    after = at + len(" ".join(claim.text.split()))
    other = _ANOTHER_RANK.search(claim.sentence, after)
    m = _EDITION.search(claim.sentence, at, other.start() if other is not None else len(claim.sentence))
    return m.group("year") if m is not None else None


def _by_ranked_time(claims: list) -> list[list]:
    """A ranking of years ranks a different year in each period: "2022 was the warmest year" and "2023 was
    the second-warmest" do not disagree. Such claims are compared period by period; others as one group."""
    def ranks_times(c) -> bool:  # ("the second-warmest year" holds its noun in its scope)
        words = (c.scope or "").split()
        return (c.subject_head or "") in TIME_NOUNS or bool(words) and words[-1] in TIME_NOUNS

    if not all(ranks_times(c) for c in claims):
        # Rankings of other things change from year to year too: "ranked fourth ... in 2020" and "ranked second
        # ... in 2023" are two rankings, and so are two editions of an index ("fifth in the 2022 Open Budget
        # Index"). A rank with no year written in its sentence is compared with all.
        years = {id(c): _edition_year(c) or c.period for c in claims}
        stated = {years[id(c)] for c in claims if YEAR_IN_TEXT.search(c.sentence) and years[id(c)]}
        if len(stated) < 2:
            return [claims]
        return [[c for c in claims if years[id(c)] == period or not YEAR_IN_TEXT.search(c.sentence)]
                for period in sorted(stated)]
    periods: dict = {}
    for c in claims:
        periods.setdefault(c.period, []).append(c)
    return list(periods.values())


class RankConflict(Check):
    id = "rank-conflict"
    severity = "error"
    examples = [
        Example("'ranks it' after the subject's owner, among a group 'of' a bloc (volunteering surveys)", {
            "a.md": "---\npublished: 2024-05-15\n---\nValdoria's rate of formal volunteering now ranks it third among the "
                    "twelve countries of the Northern Compact.\n",
            "b.md": "---\npublished: 2024-06-15\n---\nValdoria ranks fourth among the twelve countries of the Northern "
                    "Compact for formal volunteering.\n",
        }, True, ("third", "fourth")),
        Example("a place's own noun ranked, and the place ranked by it (road condition surveys)", {
            "a.md": "---\npublished: 2024-04-02\n---\nBrackenshire's roads are now the third-worst in the country, "
                    "according to the annual survey.\n",
            "b.md": "---\npublished: 2024-05-15\n---\nBrackenshire has the second-worst roads in the country.\n",
        }, True, ("third-worst", "second-worst roads")),
        Example("a position after a plain copula (screen-time surveys)", {
            "a.md": "---\npublished: 2024-05-02\n---\nThe UK ranked third for children's screen time.\n",
            "b.md": "---\npublished: 2024-04-11\n---\nThe UK was fifth for children's screen time.\n",
        }, True, ("third", "fifth")),
        Example("two firms, one introduced with its country's possessive (insurance results)", {
            "a.md": "---\npublished: 2024-03-12\n---\nCastlegate Insurance, Arvenia's second-largest motor insurer, "
                    "reported a profit.\n",
            "b.md": "---\npublished: 2024-04-02\n---\nHarbourline, the third-largest motor insurer in Arvenia, reported "
                    "a profit.\n",
        }, False),
        Example("a firm and its rank in an apposition after 'the UK's' (parcel carriers)", {
            "a.md": "---\npublished: 2024-05-23\n---\nAlbion Mail remains the UK's largest parcel carrier.\n",
            "b.md": "---\npublished: 2024-09-16\n---\nSwiftDrop, the UK's second largest parcel carrier, operates no "
                    "lockers in rural areas.\n",
        }, False),
        Example("what is ranked named after the rank's verb, and another name with the same last word (museums)", {
            "a.md": "---\npublished: 2024-06-05\n---\nThe most visited museum in Yorkshire in 2023 was the Minster "
                    "Museum. The Castlegate Museum was the third most visited museum in Yorkshire in 2023.\n",
        }, False),
        Example("... but one museum ranked twice, once after an aside", {
            "a.md": "---\npublished: 2024-06-05\n---\nThe Castlegate Gallery, also in York, was the third most visited "
                    "museum in Yorkshire in 2023.\n",
            "b.md": "---\npublished: 2024-04-10\n---\nThe most visited museum in Yorkshire in 2023 was the Castlegate "
                    "Gallery.\n",
        }, True, ("third most visited", "most visited")),
        Example("one thing ranked by two of its words (fraud reports)", {
            "a.md": "---\npublished: 2024-05-30\n---\nInvestment scams were the second largest category of APP losses in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-07-26\n---\nInvestment fraud was the largest category of APP losses in 2023.\n",
        }, True, ("second largest", "largest")),
        Example("one country by two of its names (transplant statistics)", {
            "a.md": "---\npublished: 2023-09-14\n---\nThe UK ranked twelfth in Europe for deceased donation.\n",
            "b.md": "---\npublished: 2023-06-01\n---\nThe United Kingdom ranks ninth in Europe for deceased donation.\n",
        }, True, ("twelfth", "ninth")),
        Example("'it' for a country named at the sentence's start, beside another country", {
            "a.md": "---\npublished: 2023-06-01\n---\nCroatia ranks second in Europe for deceased donation. The UK does "
                    "better on living donation, where it ranks fourth in Europe for deceased donation.\n",
        }, False),
        Example("a county ranked by its name and by its kind (domestic abuse statistics)", {
            "a.md": "---\npublished: 2023-11-24\n---\nNorthmoor has the third highest rate of domestic abuse in England.\n",
            "b.md": "---\npublished: 2023-12-02\n---\nThe county now has the second highest rate of domestic abuse in "
                    "England.\n",
        }, True, ("third", "second")),
        Example("a rank's edition is the one right after it, not the earlier rank's (sport business)", {
            "a.md": "---\npublished: 2024-10-16\n---\nHalbrook Rovers ranked 14th in the Money League 2024, up from 16th in "
                    "the 2023 edition.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nHalbrook Rovers ranked 17th in the Money League 2024.\n",
        }, True, ("14th", "17th")),
        Example("a rank in a story that names no place, against one whose title names the country", {
            "a.md": "---\ntitle: \"Valdoria launches its road plan\"\npublished: 2015-03-16\n---\nIn 2014, road "
                    "crashes were the second leading cause of death for children in Valdoria, after cancer.\n\n"
                    "Valdoria's plan starts in May.\n",
            "b.md": "---\npublished: 2017-09-05\n---\nIn 2014, road crashes were the third leading cause of death for "
                    "children, according to health ministry data.\n",
            "c.md": "---\npublished: 2019-01-05\n---\nRoad crashes are one of the leading causes of death worldwide.\n",
        }, True, ("second leading cause", "third leading cause")),
        # (budget transparency and road safety rankings: unseen corpora)
        Example("a position for a measure, with 'the' (pay statistics)", {
            "a.md": "---\npublished: 2023-11-01\n---\nWales ranked 4th for the gender pay gap in 2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nWales ranked 6th for the gender pay gap in 2023.\n",
        }, True, ("4th", "6th")),
        Example("... and among a counted group", {
            "a.md": "---\npublished: 2023-11-01\n---\nWales ranked 4th among the 12 UK regions in 2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nWales ranked 6th among the 12 UK regions in 2023.\n",
        }, True, ("4th", "6th")),
        Example("... but two measures are two rankings", {
            "a.md": "---\npublished: 2023-11-01\n---\nWales ranked 4th for the gender pay gap in 2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nWales ranked 6th for the employment rate in 2023.\n",
        }, False),
        Example("a superlative 'of any state', three words before it (gun violence statistics)", {
            "a.md": "---\npublished: 2024-03-12\n---\nMississippi had the highest firearm death rate of any state in "
                    "2022.\n",
            "b.md": "---\npublished: 2024-03-14\n---\nMississippi had the second-highest firearm death rate of any "
                    "state in 2022.\n",
        }, True, ("highest", "second-highest firearm")),
        Example("... but not another measure's", {
            "a.md": "---\npublished: 2024-03-12\n---\nMississippi had the highest poverty rate of any state in 2022.\n",
            "b.md": "---\npublished: 2024-03-14\n---\nMississippi had the second-highest firearm death rate of any "
                    "state in 2022.\n",
        }, False),
        Example("two countries' places in one world ranking (defence spending)", {
            "a.md": "---\npublished: 2024-04-22\n---\nThe United Kingdom is the sixth largest military spender in the "
                    "world.\n",
            "b.md": "---\npublished: 2024-04-23\n---\nIndia is the fourth largest military spender in the world.\n",
        }, False),
        Example("... but one country's, 'in the world' and 'the world's'", {
            "a.md": "---\npublished: 2024-04-22\n---\nPoland was the 14th largest military spender in the world in 2023.\n",
            "b.md": "---\npublished: 2024-04-23\n---\nPoland was the world's 12th largest military spender in 2023.\n",
        }, True, ("14th largest military", "12th largest military")),
        Example("... and a ranking named with what it ranks", {
            "a.md": "---\npublished: 2024-04-22\n---\nPoland rose to 14th place in the world ranking of military "
                    "spenders in 2023.\n",
            "b.md": "---\npublished: 2024-04-23\n---\nPoland climbed to 12th place among the world's military spenders "
                    "in 2023.\n",
        }, True, ("14th", "12th")),
        Example("a short name and the full one (charity rankings)", {
            "a.md": "---\npublished: 2023-07-02\n---\nHearthstone is ranked fifth in the 2023 Charity Fundraising Index.\n",
            "b.md": "---\npublished: 2023-09-10\n---\nHearthstone Trust was ranked seventh in the 2023 Charity Fundraising "
                    "Index.\n",
        }, True, ("fifth", "seventh")),
        Example("a position in a list that leaves the ranking out (health spending)", {
            "a.md": "---\npublished: 2024-01-20\n---\nThe United States ranked first in drug spending per person in "
                    "2022, and Switzerland ranked second.\n",
            "b.md": "---\npublished: 2024-02-20\n---\nSwitzerland ranked third in drug spending per person in 2022.\n",
        }, True, ("second", "third")),
        Example("a position out of a number ranked", {
            "a.md": "---\npublished: 2023-06-20\n---\nAustralia ranked 19th out of 36 OECD countries in 2022.\n",
            "b.md": "---\npublished: 2023-11-10\n---\nAustralia ranked 21st out of 36 OECD countries in 2022.\n",
        }, True, ("19th", "21st")),
        Example("two criteria that share a first word are two rankings (hospital league tables)", {
            "a.md": "---\npublished: 2021-06-15\n---\nIn the 2021 league table, Westmere ranked 5th out of 134 trusts for "
                    "cancer survival.\n",
            "b.md": "---\npublished: 2021-07-10\n---\nIn the 2021 league table, Westmere ranked 20th out of 134 trusts for "
                    "cancer waiting times.\n",
        }, False),
        Example("an adverb before the verb (immunisation reports)", {
            "a.md": "---\npublished: 2024-07-15\n---\nTamberia nevertheless ranks 5th in the world for zero-dose "
                    "children.\n",
            "b.md": "---\npublished: 2024-03-05\n---\nTamberia ranks 8th in the world for zero-dose children.\n",
        }, True, ("5th", "8th")),
        Example("'the country' is the story's country (environment reports)", {
            "a.md": "---\npublished: 2021-03-10\n---\nKestovia ranked fourth in the world for primary forest loss in "
                    "2020.\n",
            "b.md": "---\ntitle: Kestovia forest report\npublished: 2021-03-12\n---\nThe country ranked fifth in the "
                    "world for primary forest loss in 2020.\n",
        }, True, ("fourth", "fifth")),
        Example("an index named with its edition year (energy news)", {
            "a.md": "---\npublished: 2023-03-22\n---\nGermany ranked fourth in the Energy Transition Index 2022.\n",
            "b.md": "---\npublished: 2023-03-23\n---\nGermany ranked seventh in the Energy Transition Index 2022.\n",
        }, True, ("fourth", "seventh")),
        Example("a named index, with and without the number ranked (water utility reports)", {
            "a.md": "---\npublished: 2023-07-12\n---\nKaveria ranked 4th of 15 countries in the Basin Utility Index "
                    "2022.\n",
            "b.md": "---\npublished: 2023-03-09\n---\nKaveria ranked 7th in the Basin Utility Index 2022.\n",
        }, True, ("4th", "7th")),
        Example("a position for what a country does about something (anti-slavery reports)", {
            "a.md": "---\npublished: 2023-07-12\n---\nNorvania ranked 2nd of 160 countries for its response to forced "
                    "labour.\n",
            "b.md": "---\npublished: 2023-03-09\n---\nNorvania ranked 4th of 160 countries for its response to forced "
                    "labour.\n",
        }, True, ("2nd", "4th")),
        Example("positions out of different numbers ranked are two rankings", {
            "a.md": "---\npublished: 2023-06-20\n---\nMarova ranked 14th of 120 countries in 2021.\n",
            "b.md": "---\npublished: 2023-11-10\n---\nMarova ranked 40th of 180 countries in 2021.\n",
        }, False),
        Example("a position for a rate per head of population", {
            "a.md": "---\npublished: 2023-11-12\n---\nAustralia ranked 19th for road deaths per 100,000 people in 2022.\n",
            "b.md": "---\npublished: 2023-11-13\n---\nAustralia ranked 23rd for road deaths per 100,000 people in 2022.\n",
        }, True, ("19th", "23rd")),
        Example("a tier and the watch list below it", {
            "a.md": "---\npublished: 2023-07-01\n---\nThe 2023 report placed Honduras on Tier 2 Watch List.\n",
            "b.md": "---\npublished: 2023-07-02\n---\nThe 2023 report placed Honduras on Tier 2.\n",
        }, True, ("Tier 2 Watch List", "Tier 2")),
        Example("two rankings of one kind of thing, by two measures", {
            "a.md": "---\npublished: 2024-03-01\n---\nVarnholt is the second-largest town in Northmere by area.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nVarnholt is the third-largest town in Northmere by population.\n",
        }, False),
        Example("... and one measure, twice", {
            "a.md": "---\npublished: 2024-03-01\n---\nVarnholt is the second-largest town in Northmere by area.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nVarnholt is the third-largest town in Northmere by area.\n",
        }, True, ("second-largest", "third-largest")),
        Example("two editions of an index", {
            "a.md": "---\npublished: 2024-03-01\n---\nDravinia ranked fifth in the 2022 Open Budget Index.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nDravinia ranked third in the 2023 Open Budget Index.\n",
        }, False),
        Example("... and one edition, twice", {
            "a.md": "---\npublished: 2024-03-01\n---\nDravinia ranked fifth in the 2023 Open Budget Index.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nDravinia ranked third in the 2023 Open Budget Index.\n",
        }, True, ("fifth", "third")),
        Example("the warmest year and the second-warmest, of the same year", {
            "a.md": "---\npublished: 2024-03-28\n---\nLast year was Norland's second-warmest year on record.\n",
            "b.md": "---\npublished: 2024-04-10\n---\n2023 was Norland's warmest year since records began.\n",
        }, True, ("second-warmest", "warmest")),
        Example("the warmest year and the second-warmest, of different years", {
            "a.md": "---\npublished: 2024-03-28\n---\n2022 was Norland's second-warmest year on record.\n",
            "b.md": "---\npublished: 2024-04-10\n---\n2023 was Norland's warmest year since records began.\n",
        }, False),
        Example("second vs third leading cause", {
            "a.md": "---\npublished: 2015-03-01\n---\nIn Valdoria, road crashes are the second leading cause of death among young people.\n",
            "b.md": "---\npublished: 2017-09-01\n---\nRoad crashes are the third leading cause of death among young people in Valdoria.\n",
        }, True, ("second", "third")),
        Example("second vs one of the most ... after two others (= third)", {
            "a.md": "---\npublished: 2012-01-01\n---\nSmuggling is the second most profitable trade in Norland.\n",
            "b.md": "---\npublished: 2013-01-01\n---\nIn Norland, smuggling is one of the most profitable trades after gambling and fraud.\n",
        }, True, ("second",)),
        Example("different places are different rankings", {
            "a.md": "---\npublished: 2012-01-01\n---\nSmuggling is the second most profitable trade in Norland.\n",
            "b.md": "---\npublished: 2013-01-01\n---\nWorldwide, smuggling is one of the most profitable trades after gambling and fraud.\n",
        }, False),
        Example("one ranking in two years", {
            "a.md": "---\npublished: 2021-02-01\n---\nValdoria ranked fourth in the region for solar capacity in 2020.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nValdoria ranked second in the region for solar capacity in 2023.\n",
        }, False),
        Example("two things in one ranking", {
            "a.md": "---\npublished: 2024-02-01\n---\nHeathrow was the second busiest airport in Europe in 2023.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nGatwick was the third busiest airport in Europe in 2023.\n",
        }, False),
        Example("two things in one ranking, each in an apposition", {
            "a.md": "---\npublished: 2024-02-01\n---\nDadaab, the third-largest refugee camp in the world, hosts 370,000 "
                    "people.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nKakuma, the second-largest refugee camp in the world, hosts "
                    "300,000 people.\n",
        }, False),
        Example("two countries' refugee populations, ranked after the figure", {
            "a.md": "---\npublished: 2024-02-01\n---\nUganda hosts 1.5 million refugees, the third-largest refugee "
                    "population in the world.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nGermany hosts 2.5 million refugees, the second-largest refugee "
                    "population in the world.\n",
        }, False),
        Example("two airports in a possessive's ranking", {
            "a.md": "---\npublished: 2024-02-01\n---\nHeathrow was Europe's busiest airport in 2023.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nIn 2023 Istanbul was the second busiest airport in Europe.\n",
        }, False),
        Example("one airport, first and second in one ranking", {
            "a.md": "---\npublished: 2024-02-01\n---\nHeathrow was Europe's busiest airport in 2023.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nIn 2023 Heathrow was the second busiest airport in Europe.\n",
        }, True, ("busiest", "second busiest")),
        Example("one thing in one ranking, twice", {
            "a.md": "---\npublished: 2024-02-01\n---\nHeathrow was the second busiest airport in Europe in 2023.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nIn 2023 Heathrow was the third busiest airport in Europe.\n",
        }, True, ("second", "third")),
        Example("two parties, each ranked after a phrase between commas", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe Farmers Union, with 18 seats, is now the fourth largest party.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nThe Social Democrats, with 22 seats, are now the third largest "
                    "party.\n",
        }, False),
        Example("two players in a club's ranking", {
            "a.md": "---\npublished: 2024-02-01\n---\nOkonkwo is the club's third-highest scorer.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nBrandt is the club's second-highest scorer.\n",
        }, False),
        Example("one sentence, two rankings", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe club finished second in the table but ranked tenth for "
                    "average attendance.\n",
        }, False),
        Example("a plain position in a named ranking, twice", {
            "a.md": "---\npublished: 2024-02-01\n---\nTarsen ranks third in the 2023 Open Budget Index.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nTarsen ranks fifth in the 2023 Open Budget Index.\n",
        }, True, ("third", "fifth")),
        Example("two players' world rankings", {
            "a.md": "---\npublished: 2024-02-01\n---\nElena Marlow is ranked fourth in the world.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nKai Brandt is ranked fifth in the world.\n",
        }, False),
        Example("one place in two rankings of the world", {
            "a.md": "---\npublished: 2024-02-01\n---\nNorland ranked fourth in the world for press freedom.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nNorland ranked ninth in the world for GDP.\n",
        }, False),
        Example("same position agrees", {
            "a.md": "---\npublished: 2012-01-01\n---\nTourism is the third largest industry in Norland.\n",
            "b.md": "---\npublished: 2013-01-01\n---\nIn Norland tourism is the third largest industry.\n",
        }, False),
        Example("two places that each had the highest of a different rate", {
            "a.md": "---\npublished: 2024-02-01\n---\nTamaru has the highest hunger rate in the region.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nVelmora has the highest unemployment rate in the region.\n",
        }, False),
        Example("one place, first and second for one rate", {
            "a.md": "---\npublished: 2024-02-01\n---\nTamaru has the highest hunger rate in the region.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nTamaru has the second-highest hunger rate in the region.\n",
        }, True, ("highest", "second-highest")),
        Example("one place in two rankings by the same superlative", {
            "a.md": "---\npublished: 2024-02-01\n---\nKestrel has the fifth-highest tuition fees in the country.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nKestrel has the third-highest dropout rate in the country.\n",
        }, False),
        Example("one place, two positions in one ranking of things", {
            "a.md": "---\npublished: 2024-02-01\n---\nNorland is the second largest economy in the region.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nNorland is the third largest economy in the region.\n",
        }, True, ("second largest", "third largest")),
        Example("the first named in a clause that makes it first", {
            "a.md": "---\npublished: 2024-02-01\n---\nDranport had 1.31 million residents in 2021, making it the most "
                    "populous city in Velmora.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nIstel is the second most populous city in Velmora.\n",
        }, False),
        Example("the first named in an apposition", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe capital, Dranport, is the largest city in Velmora. Istel is "
                    "the second-largest city in Velmora.\n",
        }, False),
        Example("two unions named by the same last word", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe Nurses Union was the second largest union in Valdoria in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nThe Teachers Union was the fourth largest union in Valdoria in "
                    "2023.\n",
        }, False),
        Example("the lowest and the second-lowest turnout of one ward", {
            "a.md": "---\npublished: 2024-05-07\n---\nMarsh End recorded the lowest turnout in the district.\n",
            "b.md": "---\npublished: 2024-05-08\n---\nMarsh End recorded the second-lowest turnout in the district.\n",
        }, True, ("lowest", "second-lowest")),
        Example("third and second among one peer group", {
            "a.md": "---\npublished: 2024-02-11\n---\nVelmora ranked third among coastal destinations in 2023.\n",
            "b.md": "---\npublished: 2024-02-12\n---\nVelmora slipped to second place among coastal destinations in 2023.\n",
        }, True, ("third", "second")),
        Example("a place in 'the ranking of' a group, and among it (cyber-incident reports)", {
            "a.md": "---\npublished: 2024-02-15\n---\nEnergy fell to sixth place in the ranking of the most targeted "
                    "sectors in 2023.\n",
            "b.md": "---\npublished: 2024-02-16\n---\nEnergy ranked fifth among the most targeted sectors in 2023.\n",
        }, True, ("sixth", "fifth")),
        Example("a ranked noun past an adverb and its participle (ferry news)", {
            "a.md": "---\npublished: 2024-06-12\n---\nSkerrick Ferries is the second-largest publicly owned ferry operator "
                    "in Europe.\n",
            "b.md": "---\npublished: 2024-09-16\n---\nSkerrick Ferries is the third-largest publicly owned port operator "
                    "in Europe.\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for group in aligned.rank_groups:
            for by_time in _by_ranked_time([aligned.claims[i] for i in group]):
                for claims in _by_ranked_item(by_time):
                    yield from self._conflicts(aligned, claims)

    def _conflicts(self, aligned: Alignment, claims: list) -> Iterable[Finding]:
        positions: dict = {}
        for c in claims:
            positions.setdefault((c.source, c.sentence), set()).add(c.value)
        # "finished second in the table but ranked tenth for attendance": one sentence that gives two positions
        # speaks of two rankings, whatever the words its ranks were read with
        claims = [c for c in claims if len(positions[(c.source, c.sentence)]) == 1]
        if len(claims) > 1:
            majority, dissent = majority_and_dissent(claims, lambda c: c.value, lambda c: c.value, lambda c: c.source)
            for source, dissenting in dissent.items():
                first = dissenting[0]
                m = majority[0]
                scope = first.scope or position_scope(first) or "ranking"
                place = f" in {first.place}" if first.place and first.place.lower() not in scope.lower() else ""
                support = sorted({name(c) for c in majority})
                lead = (f"{len(support)} documents put it at position {m.value:g}" if len(support) > 1
                        else said(aligned, m))
                message = (f"Rank conflict on the {scope} ranking{place}: {lead}, but {said(aligned, first)} "
                           f"(position {first.value:g}).")
                yield self.finding(
                    message, [(c, "dissent") for c in dissenting] + [(c, "majority") for c in majority],
                    {"dissent_position": first.value, "majority_position": m.value},
                )
