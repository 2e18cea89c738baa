"""Hedges, bounds, ranges and changes, as example tables (invented sentences only).

Tables follow docs/claims.md's "Bounds and qualifiers" table, then comparison
wordings (signs, "or equal"), intervals, and change verbs.
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.extract import hedges
from tests.extraction_helpers import claim_with

INF = None  # an unbounded side


# (id, sentence, span, qualifier, lower, upper, lower_inclusive, upper_inclusive)
CLAIMS_DOC_BOUNDS = [
    ("exact", "The club has 300 members.", "300", "exact", 300, 300, True, True),
    ("more than", "The club has more than 300 members.", "more than 300", "more than", 300, INF, False, True),
    ("over", "The club has over 300 members.", "over 300", "more than", 300, INF, False, True),
    ("over a span after an amount is no bound", "Britain pledged £2.5bn over five years.", "five years", "exact", 5, 5,
     True, True),
    ("about", "The fair drew about 5,000 visitors.", "about 5,000", "approximate", 4500, 5500, True, True),
    ("around", "Around 80 per cent of boats returned.", "Around 80 per cent", "approximate", 72, 88, True, True),
    ("nearly", "Nearly 480 homes lost power.", "Nearly 480", "approximate", 432, 480, True, True),
    ("up to", "The tank holds up to 80 litres.", "up to 80 litres", "up to", INF, 80, True, True),
    ("at least", "At least 12 people were hurt.", "At least 12", "at least", 12, INF, True, True),
    ("no fewer than", "No fewer than 40 ships docked.", "No fewer than 40", "at least", 40, INF, True, True),
    ("less than", "Less than 10 seats remain.", "Less than 10", "less than", INF, 10, True, False),
    ("at most", "At most 25 pupils share a class.", "At most 25", "at most", INF, 25, True, True),
    ("an estimated", "An estimated 250,000 birds migrate here.", "An estimated 250,000", "estimate", 187500, 312500,
     True, True),
    ("estimated at", "The backlog was estimated at 64,000 cases.", "estimated at 64,000", "estimate", 48000, 80000,
     True, True),
    # a hedged figure written to three significant digits or more is known to within 5%
    ("an estimate to the last unit", "Its population was estimated at 8,412,300.", "estimated at 8,412,300", "estimate",
     7991685, 8832915, True, True),
    ("an estimate to three digits", "An estimated 1.42 million children work.", "An estimated 1.42 million",
     "estimate", 1349000, 1491000, True, True),
    # (pharmacy closures)
    ("'some' before three digits", "Some 438 pharmacies closed in 2023.", "Some 438", "approximate", 416.1, 459.9,
     True, True),
    ("topped, a verb", "The prison population topped 48,000 in 2023.", "topped 48,000", "more than", 48000, INF, False,
     True),
    ("has passed, a verb (situation reports)", "The death toll has passed 4,800.", "has passed 4,800", "more than",
     4800, INF, False, True),
    ("over a time after a change is when, not more than", "Prices rose 12% over two years.", "two years", "exact",
     2, 2, True, True),
    ("over a time alone is more than", "The project took over 10 years.", "over 10 years", "more than", 10, INF,
     False, True),
    ("an average is a figure of its own", "The bus carried an average of 40 riders.", "an average of 40", "exact",
     40, 40, True, True),
    # (pay statistics) a mean, not a rough figure
    ("'on average' before the figure", "Apprentices earned on average £7.90 an hour.", "on average £7.90 an hour",
     "exact", 7.9, 7.9, True, True),
    ("'up to' after a verb of change is no bound", "The estimate was revised up to 157,652.", "157,652", "exact",
     157652, 157652, True, True),
    ("... nor after 'went'", "Prices went up to $5.", "$5", "exact", 5, 5, True, True),
    ("... nor after 'add'", "The shares add up to 104%.", "104%", "exact", 104, 104, True, True),
    ("a hedge before the article of a multiplier (health statistics)", "Cases rose to 150,000, nearly a threefold "
     "increase.", "nearly a threefold", "approximate", 2.7, 3.0, True, True),
    # a fraction in words is as round as "about" (migration statistics: a fall from 45,755 to 29,437 "by a third")
    ("a change by a fraction in words", "Crossings fell by a third in 2023.", "a third", "approximate", 30, 36.6666666666,
     True, True),
    ("a share as a fraction in words", "Two thirds of the victims were women.", "Two thirds", "approximate", 60,
     73.3333333334, True, True),
]

COMPARISON_WORDINGS = [
    ("or more", "Groups of 20 or more pay less.", "20 or more", "at least", 20, INF, True, True),
    ("or fewer", "Rooms for 4 or fewer guests.", "4 or fewer", "at most", INF, 4, True, True),
    ("or greater", "A score of 200 or greater passes.", "200 or greater", "at least", 200, INF, True, True),
    ("more than or equal", "It held more than 5000 or equal to it.", "more than 5000 or equal to it", "at least",
     5000, INF, True, True),
    ("less than or equal to", "Pick values less than or equal to 30.", "less than or equal to 30", "at most",
     INF, 30, True, True),
    ("sign greater", "Flag rows where x>10.", ">10", "more than", 10, INF, False, True),
    ("sign less or equal", "Flag rows where y <= 20.", "<= 20", "at most", INF, 20, True, True),
    ("exceed", "Costs may exceed 3000.", "exceed 3000", "more than", 3000, INF, False, True),
    ("sub-", "Chips below the sub-7 nanometre node.", "sub-7 nanometre", "less than", INF, 7, True, False),
    ("about or more", "About 500 or more bikes were sold.", "About 500 or more", "at least", 500, INF, True, True),
    ("tilde", "The nozzle sat ~1.2mm above the bed.", "~1.2mm", "approximate", 1.08, 1.32, True, True),
    ("almost equal sign", "The ratio is ≈40% here.", "≈40%", "approximate", 36, 44, True, True),
    ("north of", "The deal is worth north of $5 million.", "north of $5 million", "more than", 5e6, INF, False, True),
    ("just shy of", "Turnout was just shy of 500 voters.", "just shy of 500", "approximate", 450, 500, True, True),
    ("as few as", "As few as 40 people came.", "As few as 40", "at least", 40, INF, True, True),
    ("a plus sign after", "Groups of 500+ people pay less.", "500+", "at least", 500, INF, True, True),
    ("at most after", "The hall seats 500 at most.", "500 at most", "at most", INF, 500, True, True),
    ("at least after, on the number", "It lasted 5 hours at least.", "5 hours at least", "at least", 5, INF, True,
     True),
    ("at least after, on a time", "Tickets cost $50 at least until May.", "$50", "exact", 50, 50, True, True),
]

RANGES = [
    ("from to years", "The survey ran from 2004 to 2009.", "from 2004 to 2009", "range", "2004", "2009", True, True),
    ("ages", "The clinic treats children between the ages of 8 and 22.", "between the ages of 8 and 22", "range",
     8, 22, True, True),
    ("between and", "The hall seats between 200 and 300 guests.", "between 200 and 300", "range", 200, 300, True, True),
    ("hyphen", "Tickets cost 4000-5000 dollars.", "4000-5000 dollars", "range", 4000, 5000, True, True),
    ("to", "Officials counted 20 to 30 boats.", "20 to 30", "range", 20, 30, True, True),
    ("one scale for both ends", "There are four to five thousand stalls.", "four to five thousand", "range", 4000,
     5000, True, True),
    ("currency on both ends", "Bids ran from $3 to $5 billion.", "from $3 to $5 billion", "range", 3e9, 5e9, True, True),
    ("scale letters", "Salaries of 5k-20k are common.", "5k-20k", "range", 5000, 20000, True, True),
    ("two bounds are one interval", "Keep x larger than 10 and smaller than 20.", "larger than 10 and smaller than 20",
     "range", 10, 20, False, False),
    ("an inclusive upper bound after and", "Keep x above 20 and less or equal than 35.",
     "above 20 and less or equal than 35", "range", 20, 35, False, True),
    ("two bounds joined by a comma", "Pick a value at least 100, at most 300.", "at least 100, at most 300", "range",
     100, 300, True, True),
]

def test_a_tolerance_band_keeps_small_magnitudes():
    claim = claim_with("The mass is approximately 1.99×10−30 kilograms.", "approximately 1.99×10−30 kilograms")
    assert (claim.lower, claim.upper) == (pytest.approx(1.791e-30), pytest.approx(2.189e-30))


# A conversion in brackets keeps the hedge of what it converts.
CONVERSIONS = [
    ("more than, converted", "The moths fly more than 100 km (60 miles).", "60 miles", "more than", 60, INF, False,
     True),
    ("nearly, converted", "The reef lies nearly 7 miles (11 km) out.", "11 km", "approximate", 9.9, 11, True, True),
    ("an exact conversion stays exact", "The road is 12 km (7.5 miles) long.", "7.5 miles", "exact", 7.5, 7.5, True,
     True),
]


@pytest.mark.parametrize(
    "sentence, span, qualifier, lower, upper, lower_inclusive, upper_inclusive",
    [pytest.param(*row[1:], id=row[0]) for table in (CLAIMS_DOC_BOUNDS, COMPARISON_WORDINGS, RANGES, CONVERSIONS) for row in table],
)
def test_bounds(sentence, span, qualifier, lower, upper, lower_inclusive, upper_inclusive):
    claim = claim_with(sentence, span)
    assert claim.qualifier == qualifier
    assert claim.lower == (pytest.approx(lower) if isinstance(lower, (int, float)) else lower)
    assert claim.upper == (pytest.approx(upper) if isinstance(upper, (int, float)) else upper)
    assert claim.lower_inclusive is lower_inclusive
    assert claim.upper_inclusive is upper_inclusive
    if qualifier == "range" and isinstance(lower, (int, float)) and isinstance(upper, (int, float)):
        assert claim.value == pytest.approx((lower + upper) / 2)  # a numeric range's value is its midpoint


# (id, sentence, span, change)
CHANGES = [
    ("cut by more than", "The budget was cut by more than 90%.", "more than 90%", "down"),
    ("a verb, a code and 'by' (air-quality reports)", "The city cut PM2.5 emissions by 22%.", "22%", "down"),
    ("below a base year", "Emissions were 38% below 1990 levels.", "38%", "down"),
    ("above an average", "Sales were 12% above the 2019 average.", "12%", "up"),
    ("a saving of", "It cut journeys by 14 minutes, a saving of 27%.", "27%", "down"),
    ("rose", "Ticket sales rose 12% in May.", "12%", "up"),
    ("fell", "Exports fell 3.5% last year.", "3.5%", "down"),
    ("slid", "The shares slid 0.8% at the open.", "0.8%", "down"),
    ("gained", "The index gained 1% on Monday.", "1%", "up"),
    ("expanded", "GDP expanded 1.3% in 2023.", "1.3%", "up"),
    ("increased by", "Fares increased by 40 cents.", "40 cents", "up"),
    ("plus sign", "Markets at noon: Dow +0.2%.", "+0.2%", "up"),
    ("minus sign", "Markets at noon: Dow -0.4%.", "-0.4%", "down"),
    ("a level is no change", "The rate is 4.1 per cent.", "4.1 per cent", None),
    ("money lost to someone is a level, not a fall", "In 2023, older people lost €127.9 million to scams.",
     "€127.9 million", None),
    ("... and money lost through something", "Victims lost €90 million through romance scams.", "€90 million",
     None),
    ("a change whose verb is left out after one that has it (defence spending)", "Sweden's spending rose 12 per cent "
     "in 2023 and Finland's by 54 per cent.", "54 per cent", "up"),
    ("... after a fall", "Exports fell 3% in 2023, and imports by 5%.", "5%", "down"),
    ("participle", "Shares rose after plummeting 65% in May.", "65%", "down"),
    ("present tense", "The glacier loses 286 tonnes a year.", "286 tonnes a year", "down"),
    ("change noun after", "Prices fell, a sharp 3 percent drop.", "3 percent", "down"),
    # (gambling and market statistics) a change named by its noun, then "of"
    ("a jump of", "Online revenue reached €6.4 billion, a jump of 21%.", "21%", "up"),
    ("a slump of", "Land-based revenue saw a slump of 12%.", "12%", "down"),
    ("points then a change noun", "Polls show a 10-point rise in support.", "10", "up"),
    ("the same change said again", "The index lost 190 points, or 0.6%.", "0.6%", "down"),
    ("said again after its noun", "Employment grew by 125,600 jobs or 2.2 per cent.", "2.2 per cent", "up"),
    ("the same change converted", "Exports fell 3% ($2 billion) in May.", "$2 billion", "down"),
    ("ended down", "The index ended down 1% at 1,460 points.", "1%", "down"),
    ("fewer than", "Cases were 9% fewer than in 2017.", "9%", "down"),
    ("higher than", "Prices were 12 per cent higher than a year earlier.", "12 per cent", "up"),
    ("went down", "Sales went down 3% in June.", "3%", "down"),
    ("a perfect tense with by", "Attendance has risen by 20% since 2019.", "20%", "up"),
    ("... and downwards", "Library visits have fallen by 10% since 2019.", "10%", "down"),
    ("a base-form verb and by", "The council will raise council tax by 4.99%.", "4.99%", "up"),
    # Flows in or out of a stock are changes, not the stock (business news, unseen corpora).
    ("laid off", "Halvard laid off 900 employees in 2023.", "900", "down"),
    ("hired", "Halvard hired 1,500 employees in 2023.", "1,500", "up"),
    ("adds (prison capacity)", "The plan adds 120 spaces at Cloverhill Prison.", "120", "up"),
    ("lost, of a count", "The firm lost 900 jobs.", "900", "down"),
    ("... but not of an area lost: how much (environment statistics)", "Kestovia lost 48,200 hectares of forest in "
     "2020.", "48,200 hectares", None),
    ("eliminated", "Corvana eliminated 1,250 jobs in 2023.", "1,250", "down"),
    ("closed stores", "Halvard closed 35 stores in 2023.", "35", "down"),
    ("opened clinics", "The chain opened 12 new clinics.", "12", "up"),
    # "closed" is no flow out here; "higher" after the figure says which way it went
    ("closing higher is a rise, not a closure", "Harbour shares closed 34.4% higher at 3.23 dollars.", "34.4%", "up"),
    ("ended lower", "Harbour shares ended 2.1% lower on Friday.", "2.1%", "down"),
    ("down on a year", "Profit was 8% down on 2022.", "8%", "down"),
    ("higher at the end of the sentence", "Rents were 4% higher.", "4%", "up"),
    ("an adjective before a noun compares two things", "The bank offers a 4% lower rate.", "4%", None),
    # A word that weighs the change stands between the verb and the figure.
    ("by just", "The economy grew by just 3% in 2022.", "3%", "up"),
    ("pc glued, British press", "Wages grew 4.5pc in 2023.", "4.5pc", "up"),
    ("contracted", "The economy contracted 2% in 2020.", "2%", "down"),
    ("expected to shrink by", "The population is expected to shrink by 8% by 2050.", "8%", "down"),
    ("by only about", "The economy grew by only about 3% in 2022.", "about 3%", "up"),
    ("a further", "Exports fell a further 2% in June.", "2%", "down"),
    ("another", "Fares rose another 5 cents.", "5 cents", "up"),
    ("only, with no change verb", "Only 3% of voters agreed.", "3%", None),
    # "up" and "down" that belong to a verb: no change
    ("make up", "Women make up 38 per cent of riders.", "38 per cent", None),
    ("broken down", "Costs are broken down as 40% labour and 60% parts.", "40%", None),
    ("handed down", "Courts handed down 47 convictions in 2022.", "47", None),
    ("rounded up", "Police rounded up 30 suspects.", "30", None),
    ("set up", "The agency set up 40 new clinics.", "40", None),
    # (fares and prices) a second change of one verb, left out after "and"
    ("a second change after a year and 'and'", "Rail fares rose 4% in 2023 and 3% in 2022.", "3%", "up"),
    ("... after 'this year and'", "Prices fell 2% this year and 5% last year.", "5%", "down"),
    ("... but not a share of something else", "Sales rose 4% in 2023 and 3% of buyers were new.", "3%", None),
    # (what aircraft dropped is an amount, as what was lost is)
    ("dropped, with what was dropped", "Air tankers dropped 12 million litres of retardant.", "12 million litres", None),
    ("... and without", "Production dropped 2 million tonnes in 2023.", "2 million tonnes", "down"),
]


@pytest.mark.parametrize("sentence, span, change", [pytest.param(*row[1:], id=row[0]) for row in CHANGES])
def test_change(sentence, span, change):
    assert claim_with(sentence, span).change == change


def test_bounds_function_returns_tolerance_bands():
    assert hedges.bounds(100.0, None) == (100.0, 100.0, True, True)
    assert hedges.bounds(100.0, hedges.PREFIX_HEDGES["about"]) == (90.0, 110.0, True, True)
    assert hedges.bounds(100.0, hedges.PREFIX_HEDGES["an estimated"]) == (75.0, 125.0, True, True)
    assert hedges.bounds(100.0, hedges.PREFIX_HEDGES["nearly"]) == (90.0, 100.0, True, True)


@pytest.mark.parametrize("text", ["the weather", "", "moreover", "bylaw", "x=1"])
def test_no_hedge_in_plain_text(text):
    assert hedges.PREFIX_PATTERN.search(text) is None
    assert hedges.CHANGE_PATTERN.search(text) is None


@pytest.mark.parametrize("sentence, span, lower, upper", [
    pytest.param("The vaccine was 91% effective (95% CI 84-95%).", "91%", 84.0, 95.0, id="95% CI"),
    pytest.param("Efficacy was 89% (95% confidence interval 80-94%).", "89%", 80.0, 94.0, id="confidence interval"),
    pytest.param("Prices rose 4% (CI: 3.1-4.8%).", "4%", 3.1, 4.8, id="CI with a colon"),
])
def test_a_confidence_interval_bounds_its_estimate(sentence, span, lower, upper):
    claims = [c for c in extract(sentence) if c.kind != "date"]
    assert [(c.text, c.qualifier, c.lower, c.upper) for c in claims] == [(span, "estimate", lower, upper)]
