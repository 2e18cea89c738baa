"""Ranks and ordinals, as example tables (invented sentences only)."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.extract.numbers import parse_ordinal
from factcheck.extract.ranks import count_listed, find_ranks


# (id, sentence, span, position)
CLAIMS_DOC_RANKS = [
    ("third most", "Tourism is the third most lucrative industry in the region.", "third most lucrative", 3),
    ("second lucrative", "Coffee is the second lucrative market for the island.", "second lucrative", 2),
    ("number one", "The team is number one in the league.", "number one", 1),
    # (crime indices) a rank after a name that ends in "a"
    ("after a name ending in 'a'", "The index placed Colombia second out of 193 countries.", "second", 2),
    ("a tier of a rating", "The report kept Mexico on Tier 2.", "Tier 2", 2),
    ("the watch list half a tier below", "The report placed Honduras on Tier 2 Watch List.", "Tier 2 Watch List", 2.5),
    ("first in the world", "Norvia was the first country in the world to ban the practice.", "first", 1),
    ("the next item of a list of ranks (crime indices)", "In 2021 Peru ranked 25th on the index and Ecuador 39th.",
     "39th", 39),
    ("first in a region", "Norvia was the first country in Latin America to ban the practice.", "first", 1),
    ("one of the most after two", "Smuggling is one of the most lucrative forms of crime after drug and arms trafficking.",
     "one of the most lucrative forms of crime after drug and arms trafficking", 3),
    ("digit ordinal", "She finished 21st in the race.", "21st", 21),
    ("word ordinal with tens", "The twenty-first edition sold out.", "twenty-first", 21),
    ("hyphenated superlative", "It is the second-largest port in the country.", "second-largest port", 2),
    ("a superlative with whom it is most for", "Mexico is the most dangerous country for journalists in the world.",
     "most dangerous", 1),
    # A superlative before a noun that alone would name a part of the text ("point", "line") still ranks.
    ("a superlative after its rivals", "Smuggling is the most lucrative crime in the world after drug trafficking.",
     "most lucrative", 2),
    ("... after two rivals", "It is the largest port in Europe after Rotterdam and Antwerp.", "largest", 3),
    ("... not after a time", "It became the busiest airport in the world after the pandemic.", "busiest", 1),
    ("a possessive names the ranking's domain", "Heathrow was Europe's busiest airport.", "busiest", 1),
    ("... with no digit in the sentence", "It is Norland's largest employer.", "largest", 1),
    # (ambulance performance) a numbered category inside what is ranked, and a scope of a few
    ("past one of a numbered series", "Eastmere had the second slowest Category 1 response times in the country.",
     "second slowest Category 1", 2),
    ("... and a bare superlative past it", "Eastmere had the slowest Category 1 response times in the country.",
     "slowest", 1),
    ("three words between a superlative and its scope", "Eastmere had the slowest emergency response times in the "
     "country.", "slowest", 1),
    ("first among a counted group", "Ostwick has the highest prescribing rate of the four regions.", "highest", 1),
    # (legal aid statistics) what is ranked "for" several words, then a possessive group
    ("a measure for several words, among a place's regions", "Northvale has the highest refusal rate for civil legal "
     "aid applications of Veldonia's five regions.", "highest", 1),
    ("superlative before a text-part noun", "Valdoria is the third-largest entry point for cocaine.",
     "third-largest entry", 3),
    # Local government and food security (unseen corpora).
    ("an ordinal superlative before a rate", "Tamaru has the second-highest hunger rate in the region.",
     "second-highest hunger", 2),
    ("two words between the superlative and its scope", "Tamaru has the highest hunger rate in the region.",
     "highest", 1),
    ("a district as the scope", "Marsh End recorded the lowest turnout in the district.", "lowest", 1),
    ("the highest number of", "Riverside had the highest number of completions in 2023.", "highest", 1),
    ("a place in a ranking", "Velmora slipped to second place among coastal destinations in 2023.", "second", 2),
    # Tourism and music charts (unseen corpora): "No." after a ranking verb is a position, not a label.
    ("ranked No. N", "Norvena was ranked No. 4 among the most visited countries.", "No. 4", 4),
    ("climbed to No. N", "The single climbed to No. 3 in the charts.", "No. 3", 3),
]


@pytest.mark.parametrize("sentence, span, position", [pytest.param(*row[1:], id=row[0]) for row in CLAIMS_DOC_RANKS])
def test_rank(sentence, span, position):
    claims = [c for c in extract(sentence) if c.text == span]
    assert claims, [c.text for c in extract(sentence)]
    assert claims[0].kind == "rank"
    assert claims[0].value == position


# Ordinals that order the text, or are fractions, are not ranks.
NOT_RANKS = [
    ("discourse opener", "First, there has been progress."),
    # (river flows) a second of time
    ("a unit of time after 'per'", "Flow fell to 0.42 cubic metres per second."),
    ("part of the text", "The second point concerns funding."),
    ("clause reference", "The third clause applies."),
    ("fraction", "A third of the budget went unspent."),
    ("a fraction of a group named by where it stands (household budget surveys)",
     "The poorest fifth of households spent more on food."),
    ("times", "It was the third time the bill failed."),
    ("first as an adverb of time", "The carmaker first introduced the engine in its vans."),
    ("first before a participle", "The scheme was first launched by the council."),
    ("a century", "The 21st century began with a boom."),
    ("a dose", "Coverage of the first dose reached 94%."),
    ("a wave", "The second wave killed 300 people."),
    ("a phase", "The first phase covers 320 schools."),
    ("a word of a name", "The Literacy First programme reached 40 schools."),
    # Runs and groups (business news, unseen corpora).
    ("a run of years", "Sales rose for the third year running."),
    ("consecutive quarters", "Profits fell for a third consecutive quarter."),
    ("a group of the top three", "Brazil's top three grocers hold 31% of the market."),
    ("second-rate", "The team gave a second-rate display."),
    ("the first place of an argument", "In the first place, we disagree."),
    ("'number' as a verb before a count", "Poland's armed forces number 22,000 active personnel."),
]


# An ordinal in digits that ranks nothing is still no count: "2nd" is never the number 2.
ORDINALS_THAT_COUNT_NOTHING = [
    ("a quarter", "In the 2nd quarter, sales rose 5%.", ["5%"]),
    ("a point of the text", "The 2nd point is simple.", []),
    ("a century", "It was the 21st century.", []),
    # (infrastructure rankings) the group a position is among is no first place of its own
    ("a position among a possessive superlative", "The Northern Arc ranks fourth among Europe's costliest rail "
     "projects.", ["fourth"]),
]


def test_an_ordinal_in_digits_is_a_rank_not_a_quantity():
    """(unseen corpora: "(41st)" was once read as 41 stone, "Ecuador 39th" as the count 39)"""
    assert [(c.text, c.kind) for c in extract("Norland (41st) trails its neighbours.")] == [("41st", "rank")]


@pytest.mark.parametrize("sentence, spans", [pytest.param(*row[1:], id=row[0]) for row in ORDINALS_THAT_COUNT_NOTHING])
def test_an_ordinal_in_digits_is_no_count(sentence, spans):
    assert [c.text for c in extract(sentence)] == spans


@pytest.mark.parametrize("sentence", [pytest.param(s, id=i) for i, s in NOT_RANKS])
def test_not_a_rank(sentence):
    assert all(c.kind != "rank" for c in extract(sentence))


def test_a_third_is_a_fraction_not_a_rank():
    claims = extract("A third of the budget went unspent.")  # a share of the budget (docs/claims.md)
    assert [(c.text, c.kind, round(c.value, 6)) for c in claims] == [("A third", "percent", 33.333333)]


@pytest.mark.parametrize("text, value", [("third", 3), ("21st", 21), ("twenty-first", 21), ("2nd", 2),
                                         ("hundredth", 100), ("seventh", 7)])
def test_parse_ordinal(text, value):
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["", "three", "21", "firstly", "twenty tenth", None, "st"])
def test_parse_ordinal_returns_none(text):
    assert parse_ordinal(text) is None


@pytest.mark.parametrize("listing, n", [("drug and arms trafficking", 2), ("oil, gas and coal", 3), ("gold", 1)])
def test_count_listed(listing, n):
    assert count_listed(listing) == n


def test_find_ranks_on_text_without_ordinals():
    text = "The committee met on Tuesday."
    assert list(find_ranks(text, 0, len(text))) == []


def test_first_with_a_determiner_before_a_participle_is_a_rank():
    claims = extract("She was the first elected mayor of Tarrow.")
    assert [(c.text, c.kind, c.value) for c in claims] == [("first", "rank", 1.0)]


# A plain position with what it ranks by: the criterion is the ranking's scope, so two documents' positions compare.
@pytest.mark.parametrize("sentence, scope", [
    pytest.param("Arvandia ranks second in the region for the number of convictions.", "convictions", id="for the number of"),
    pytest.param("Arvandia is the third country in the region by number of convictions.", "convictions", id="by number of"),
    pytest.param("Kestria is fifth in terms of GDP.", "gdp", id="in terms of"),
    pytest.param("Mexico was the first country in the world to launch it.", None, id="no criterion"),
    pytest.param("Valmora ranks first in the region in reading scores, officials said.", "reading",
                 id="in a noun, without its framing noun"),
    pytest.param("Valmora is second in the region for reading, behind Estoria.", "reading", id="for a noun"),
    pytest.param("It ranks third in the region for installed solar capacity.", "solar capacity",
                 id="a phrase without its participle"),
    pytest.param("It ranks fourth in the region for wind power.", "wind power", id="what kind of power"),
    pytest.param("The team came second in each group.", None, id="a determiner opens no criterion"),
    pytest.param("She was first in line.", None, id="an idiom"),
    pytest.param("Norvena was ranked No. 4 among the most visited countries.", "most visited countries",
                 id="a numbered position among a group"),
    pytest.param("Vietnam ranks third among the world's coffee producers.", "coffee producers",
                 id="among a group after a possessive (commodity reports)"),
    pytest.param("Poland rose to 14th place in the world ranking of military spenders in 2023.", "military spenders",
                 id="a ranking named with what it ranks (defence spending)"),
    pytest.param("Ireland ranked 9th of the 27 EU member states on incarceration rate in 2023.", "incarceration rate",
                 id="on a noun (prison statistics)"),
    pytest.param("Ostmark ranked 9th in the region for its murder rate.", "murder rate", id="for its noun"),
])
def test_rank_criterion(sentence, scope):
    assert [c.scope for c in extract(sentence) if c.kind == "rank"] == [scope]


# Records: a superlative "on record", "since records began", "ever recorded", after "the" or a possessive.
@pytest.mark.parametrize("sentence, span, position, scope", [
    pytest.param("Last year was the second-warmest on record in Norland.", "second-warmest", 2, "warmest",
                 id="an ordinal superlative on record"),
    pytest.param("2023 was Norland's warmest year since records began.", "warmest", 1, "warmest",
                 id="a possessive, since records began"),
    pytest.param("The coldest winter ever recorded hit in 1963.", "coldest", 1, "coldest", id="ever recorded"),
])
def test_record_superlatives(sentence, span, position, scope):
    ranks = [c for c in extract(sentence) if c.kind == "rank"]
    assert [(c.text, c.value, c.scope) for c in ranks] == [(span, position, scope)]


# What an ordinal superlative ranks by, after where (social care statistics): "third-highest in England for fees".
@pytest.mark.parametrize("sentence, scope", [
    pytest.param("Northshire ranked third-highest in England for care home fees.", "highest care home fees",
                 id="for a criterion"),
    pytest.param("Northshire ranked fifth-highest for staff vacancies in 2023.", "highest staff vacancies",
                 id="... right after it"),
])
def test_a_superlatives_criterion(sentence, scope):
    assert next(c for c in extract(sentence) if c.kind == "rank").scope == scope


def test_a_possessive_names_whose_ranking_it_is():
    claim = next(c for c in extract("2023 was Norland's warmest year since records began.") if c.kind == "rank")
    assert claim.place == "Norland"


# What a bare superlative ranks, when the phrase after it names only the group it is ranked among.
@pytest.mark.parametrize("sentence, subject", [
    pytest.param("Glasgow's alcohol death rate was the second highest of Scotland's 32 council areas.",
                 "alcohol death rate", id="the measure before the verb (alcohol harm)"),
    pytest.param("Road crashes were the third leading cause of death in 2014.", "death",
                 id="a superlative with its own noun keeps the noun after it"),
])
def test_rank_subject(sentence, subject):
    assert [c.subject for c in extract(sentence) if c.kind == "rank"] == [subject]
