"""Rates: a count or amount per period, the period after the number or opening its clause (invented sentences
only)."""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.extraction_helpers import claim_with

# (id, sentence, span, kind, value, per)
PERIOD_AFTER = [
    ("annually", "About 16,000 children are trafficked annually.", "About 16,000", "rate", 16_000, "year"),
    ("a day", "The bridge carries 24,000 vehicles a day.", "24,000", "rate", 24_000, "day"),
    ("past a numbered category (ambulance services)", "The service handled 4,100 Category 1 calls a day.", "4,100",
     "rate", 4_100, "day"),
    ("per week with a unit", "The plant treats 120,000 cubic metres per week.", "120,000 cubic metres per week",
     "quantity", 120_000, "week"),
    ("money a year", "The council spends £600,000 a year on repairs.", "£600,000 a year", "money", 600_000, "year"),
    ("an earlier level of a rate, its period left out (pension statistics)", "The full state pension was €265.30 per "
     "week in 2023, up from €253.30 in 2022.", "€253.30", "money", 253.30, "week"),
    ("a rate restating another number is that number's", "The port welcomed 410 cruise calls last year, or more "
     "than one a day.", "more than one a day", "rate", 1, "day"),
    ("a duration a day", "The service streamed 26 million hours a day in 2023.", "26 million hours a day", "duration",
     26_000_000, "day"),
    # Days of some kinds only (congestion charging, school meals, call centres).
    ("each weekday", "An average of 131,000 vehicles entered the zone each weekday in 2023.", "An average of 131,000",
     "rate", 131_000, "weekday"),
    ("per school day", "Kitchens served 410,000 meals per school day.", "410,000", "rate", 410_000, "school day"),
    ("a day, on weekdays", "More than 140,000 vehicles a day entered the zone on weekdays in 2023.",
     "More than 140,000", "rate", 140_000, "weekday"),
    ("each working day", "Staff handle 300 calls each working day.", "300", "rate", 300, "working day"),
    # Shelters and hotels count by the night (homelessness statistics).
    ("beds a night", "The shelter provided 620 beds a night in 2023.", "620", "rate", 620, "night"),
    ("money per night", "The council spent £620,000 per night on hotels.", "£620,000 per night", "money", 620_000,
     "night"),
    ("every night, opening the sentence", "Every night, about 300 people sleep rough.", "about 300", "rate", 300,
     "night"),
    ("on an average night", "On an average night the shelters provided 620 beds.", "620", "rate", 620, "night"),
    ("a rate of an amount of its own is no rate of the people (student finance)", "About 1 million borrowers will owe "
     "nothing each month.", "About 1 million", "count", 1_000_000, None),
    ("a period adjective before its noun is no rate (NGO briefs)", "The 37 members call on the government to publish "
     "monthly enforcement data.", "37", "count", 37, None),
]

PERIOD_BEFORE = [
    ("every week, opening the sentence", "Every week, around two children die in crashes.", "around two", "rate", 2,
     "week"),
    ("each year without a comma", "Each year 16,000 children are trafficked.", "16,000", "rate", 16_000, "year"),
    ("money", "Every year the plan costs $5m.", "$5m", "money", 5_000_000, "year"),
    # An amount paid each period, said by an adjective (cash-transfer briefs, labour statistics).
    ("a monthly grant", "Each family receives a monthly grant of 55 dollars.", "55 dollars", "money", 55, "month"),
    ("a daily allowance", "The daily allowance is 12 euros.", "12 euros", "money", 12, "day"),
    ("weekly earnings", "Weekly earnings averaged £620.", "£620", "money", 620, "week"),
    ("an annual budget is the year's figure, no rate", "The annual budget was $4m.", "$4m", "money", 4_000_000,
     None),
    ("a weekly cost", "The weekly cost is £300.", "£300", "money", 300, "week"),
    ("... but a product's price, after its noun's verb, is no rate (transport fares)", "A weekly ticket costs €20.",
     "€20", "money", 20, None),
    ("another number's rate is not the next number's (tourism statistics)", "The port handled 4,500 passengers per "
     "day, or 2.1 million passengers over the year.", "2.1 million", "count", 2_100_000, None),
]


@pytest.mark.parametrize("sentence, span, kind, value, per",
                         [pytest.param(*row[1:], id=row[0]) for table in (PERIOD_AFTER, PERIOD_BEFORE) for row in table])
def test_rate(sentence, span, kind, value, per):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.value, claim.per) == (kind, value, per)


# "per 100,000 inhabitants": the population a figure is counted in is part of its span, not a claim of its own.
@pytest.mark.parametrize("sentence, spans", [
    pytest.param("The homicide rate was 29 per 100,000 inhabitants in 2019.", ["29 per 100,000", "2019"],
                 id="per 100,000"),
    pytest.param("Infant mortality fell to 12 deaths per 1,000 live births.", ["12 deaths per 1,000"], id="per 1,000"),
    pytest.param("Harbourside has 31.2 households in TA per 1,000 households.", ["31.2 households in TA per 1,000"],
                 id="per 1,000, past what is counted (homelessness statistics)"),
    pytest.param("Orland recorded 31 road deaths per million people in 2023.", ["31 road deaths per million", "2023"],
                 id="per million, in words"),
    pytest.param("The district has 4,800 inhabitants per square kilometre.",
                 ["4,800 inhabitants per square kilometre"], id="a density"),
    pytest.param("The city has 210,000 inhabitants.", ["210,000"], id="a population is a count"),
    pytest.param("The homicide rate is measured per 100,000 people.", [], id="a basis alone is no claim"),
    pytest.param("The murder rate was 12.4 for every 100,000 people in 2021.", ["12.4 for every 100,000", "2021"],
                 id="for every 100,000"),
    pytest.param("About 3 in every 1,000 births were affected.", ["About 3 in every 1,000"], id="in every 1,000"),
    # (beekeeping and health workforce statistics) one of a thing for so many of another, whatever the base
    pytest.param("There were 14 inspectors, one for every 2,900 beekeepers.", ["14", "one for every 2,900"],
                 id="one for every N"),
    pytest.param("There is 1 doctor per 1,850 residents.", ["1 doctor per 1,850"], id="one per N"),
    pytest.param("The practice has 2,100 patients per doctor.", ["2,100 patients per doctor"], id="N per a thing"),
    pytest.param("The desk took 1,200 calls per month.", ["1,200"], id="per a span of time is a rate"),
])
def test_population_basis(sentence, spans):
    assert [c.text for c in extract(sentence)] == spans


@pytest.mark.parametrize("sentence, span, base", [
    pytest.param("There were 14 inspectors, one for every 2,900 beekeepers.", "one for every 2,900", "2,900",
                 id="one for every N"),
    pytest.param("Classes had 28 pupils per teacher.", "28 pupils per teacher", "teacher", id="N per a thing"),
    pytest.param("There were 14 inspectors.", "14", None, id="a count of all"),
])
def test_a_ratio_is_no_count_of_all(sentence, span, base):
    from factcheck.align.keys import population_base
    from tests.extraction_helpers import claim_with
    assert population_base(claim_with(sentence, span)) == base


@pytest.mark.parametrize("sentence, span, per", [
    pytest.param("Volunteers packed 12,000 parcels every single day.", "12,000", "day",
                 id="every single day (food bank reports)"),
    pytest.param("The line carried 3,000 riders every day.", "3,000", "day", id="every day"),
    pytest.param("Around €12 million will be made available in each year of the Fund.", "Around €12 million", "year",
                 id="in each year of (sport funding)"),
])
def test_every_day_is_a_rate(sentence, span, per):
    from tests.extraction_helpers import claim_with
    claim = claim_with(sentence, span)
    assert claim.per == per


@pytest.mark.parametrize("sentence", [
    pytest.param("Each of the 12 states has a unit.", id="each of"),
    pytest.param("A year on, 40 families are still homeless.", id="a year on: later"),
    pytest.param("Every week the board met; 40 members voted.", id="a clause break between"),
    pytest.param("Unemployment was 7.4% a year earlier.", id="a year earlier: when"),
    pytest.param("Some 389,000 patients had waited more than a year for treatment.", id="a wait: how long"),
    pytest.param("The trial enrolled 1,204 adults, who took a daily low-dose aspirin.", id="an adjective of a noun"),
    pytest.param("Of 900 patients on daily dialysis, 120 died within a year.", id="on daily dialysis; within a year"),

    pytest.param("Prisons held an average of 4,528 prisoners a day in 2023.",
                 id="held on an average day: a stock, no flow (prison statistics)"),
])
def test_no_rate(sentence):
    assert all(c.per is None for c in extract(sentence))


@pytest.mark.parametrize("sentence, span, subject, per_hour", [
    pytest.param("One woman is killed every eight hours in Lusara.", "every eight hours", "woman", 1 / 8, id="hours"),
    pytest.param("A child dies every 11 seconds.", "every 11 seconds", "child", 3600 / 11, id="seconds"),
])
def test_one_event_every_interval_is_a_rate(sentence, span, subject, per_hour):
    claims = [c for c in extract(sentence) if c.kind != "date"]
    assert [(c.text, c.kind, c.per, c.subject) for c in claims] == [(span, "rate", "hour", subject)]
    assert claims[0].value == pytest.approx(per_hour)
    assert sentence[claims[0].start:claims[0].end] == span


def test_an_interval_of_a_schedule_is_a_duration():
    assert [(c.text, c.kind) for c in extract("Buses run every 10 minutes.")] == [("10 minutes", "duration")]


def test_a_figure_before_a_restated_rate_is_no_rate():
    from tests.extraction_helpers import claim_with
    calls = claim_with("The port welcomed 410 cruise calls last year, or more than one a day.", "410")
    assert (calls.kind, calls.per) == ("count", None)


def test_list_items_take_the_period_of_their_lead_in_line():
    # (pension statistics: the lead-in says the items are weekly; a list under a plain lead-in says nothing)
    text = ("Average weekly payments:\n\n- Contributory pension: €241.60\n- Non-contributory pension: €228.10\n\n"
            "Totals:\n\n- Expenditure: €9.4 billion\n")
    pers = {c.text: c.per for c in extract(text) if c.kind == "money"}
    assert pers == {"€241.60": "week", "€228.10": "week", "€9.4 billion": None}
