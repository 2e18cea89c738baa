"""Ratios read as shares, and ranges written downwards or with the unit once at the end (invented sentences)."""

from __future__ import annotations

import pytest

from factcheck import extract

# (id, sentence, span, kind, value, lower, upper, qualifier)
RATIOS = [
    ("one in ten", "One in ten households owns a car.", "One in ten", "percent", 10.0, 10.0, 10.0, "exact"),
    ("three out of four", "Three out of four voters agreed.", "Three out of four", "percent", 75.0, 75.0, 75.0, "exact"),
    ("digits", "In 2010, 1 in 5 adults smoked.", "1 in 5", "percent", 20.0, 20.0, 20.0, "exact"),
    ("in every", "One in every eight children is poor.", "One in every eight", "percent", 12.5, 12.5, 12.5, "exact"),
    ("out of every, in digits", "1 out of every 4 voters agreed.", "1 out of every 4", "percent", 25.0, 25.0, 25.0,
     "exact"),
    ("a noun between, hedged", "Fewer than one school in ten had a marked crossing.", "Fewer than one school in ten",
     "percent", 10.0, None, 10.0, "less than"),
    # (education statistics: a ratio to one is one figure, and its "1" no count)
    ("a ratio to one", "The pupil-teacher ratio is 62:1 in the north.", "62:1", "count", 62.0, 62.0, 62.0, "exact"),
]
RANGES = [
    ("written downwards", "Temperatures ranged from -18 °C to -34 °C.", "from -18 °C to -34 °C", "quantity", -26.0,
     -34.0, -18.0, "range"),
    ("numbers the size of years, after 'for'", "The hall has room for 2000 to 3000 visitors.", "2000 to 3000",
     "count", 2500.0, 2000.0, 3000.0, "range"),
    ("hyphen left hanging", "An 8- to 16-meter telescope.", "8- to 16-meter", "quantity", 12.0, 8.0, 16.0, "range"),
    ("hyphen after a negative end", "Store it at -20-0 degrees Celsius.", "-20-0 degrees Celsius", "quantity", -10.0,
     -20.0, 0.0, "range"),
    ("a narrow range of a change", "Fares are expected to rise 10% to 15%.", "10% to 15%", "percent", 12.5, 10.0, 15.0,
     "range"),
    ("points written once at the end", "Turnout rose 3 to 4 percentage points.", "3 to 4 percentage points", "percent",
     3.5, 3.0, 4.0, "range"),
    ("a narrow range of a change by", "Rents rose by 10 to 15 per cent.", "10 to 15 per cent", "percent", 12.5, 10.0,
     15.0, "range"),
]
# Look-alikes that are not ratios.
NOT_RATIOS = [
    ("a count in places", "We trained 12 nurses in 40 districts.", ["12", "40"]),
    ("a count in days", "There were 3 deaths in 10 days.", ["3", "10 days"]),
    ("a fall, not a range", "Exports fell from 2,000 to 1,500 tonnes.", ["2,000", "1,500 tonnes"]),
    ("a year, then the level a total was revised to", "The agency revised its total for 2023 to 464,370.",
     ["464,370"]),
    ("a change in points, then a level", "Unemployment fell 0.3 percentage points to 4.1%.",
     ["0.3 percentage points", "4.1%"]),
    ("pp, then a level", "The jobless rate rose 1.5 pp to 4% in May.", ["1.5 pp", "4%"]),
    ("a change by an amount, then a level", "The deficit increased by $43.6 billion to $419.2 billion.",
     ["$43.6 billion", "$419.2 billion"]),
    ("a rise, not a range", "Arrivals rose from 2,500 to 3,800.", ["2,500", "3,800"]),
    ("a plan's rise, in the present tense", "The plan raises funding from €2 million to €3 million.",
     ["€2 million", "€3 million"]),
    ("a rise to come", "The budget will rise from €2 million to €3 million.", ["€2 million", "€3 million"]),
    ("a budget that grew", "Its budget grew from $25 million to $38 million.", ["$25 million", "$38 million"]),
    ("a revision past a year and five words (hospital statistics)", "We have revised the 2021/22 figure for hospital "
     "stays from 35,187 to 35,612.", ["35,187", "35,612"]),
    ("a change noun, then from and to", "It was an increase from 12 to 19 schools.", ["12", "19"]),
    ("a cut in the passive", "The grant was cut from €900,000 to €610,000.", ["€900,000", "€610,000"]),
    ("a verb, a long object, then from and to (immunisation reports)", "The programme increased the number of "
     "vaccination posts from 1,800 to 4,100.", ["1,800", "4,100"]),
    # "by" the change, "to" the level (housing and energy news)
    ("a count changed by, then its level", "Completions increased by 1,200 to 12,400 homes.", ["1,200", "12,400"]),
    ("... with the scale written once", "Visitors rose by 150,000 to 1.2 million.", ["150,000", "1.2 million"]),
    ("a range after a range stays a range", "Lows ranged from 2 to 8 degrees, and in winter from -9 to -2 "
     "degrees.", ["from 2 to 8 degrees", "from -9 to -2 degrees"]),
    # a second change whose verb is left out (health surveys)
    ("a second change, its verb left out", "Obesity among men rose from 18.5% to 24%, and among women from 20% "
     "to 30%.", ["18.5%", "24%", "20%", "30%"]),
    ("... after a semicolon, a noun for a group", "Rents rose from €600 to €710; and prices from €90 to €98.",
     ["€600", "€710", "€90", "€98"]),
    ("... in the present tense, with a currency", "The average bill falls by €120 to €1,850.", ["€120", "€1,850"]),
]
# "rose from 3 to 5 million": the first level of a change has the scale and unit written after the second.
# (id, sentence, spans, values)
CHANGE_LEVELS = [
    ("scale written once", "Visitors rose from 3 to 5 million.", ["3", "5 million"], [3e6, 5e6]),
    # (insurance news) the perfect tense
    ("the perfect tense", "The average premium has risen from €1,150 to €1,900.", ["€1,150", "€1,900"], [1150, 1900]),
    ("... of 'grow'", "Sales had grown from 3,000 to 4,500.", ["3,000", "4,500"], [3000, 4500]),
    ("past the amount of the change", "Output rose by 1.2 million tonnes, from 3.4 million tonnes to 4.6 million "
     "tonnes.", ["1.2 million tonnes", "3.4 million tonnes", "4.6 million tonnes"], [1.2e6, 3.4e6, 4.6e6]),
    ("scale and currency written once", "The budget went from 3 to 5 million dollars.", ["3", "5 million dollars"],
     [3e6, 5e6]),
    ("downwards", "Deaths fell from 9 to 5 million.", ["9", "5 million"], [9e6, 5e6]),
    ("a change in the present tense (budget documents)", "Education spending rises from €10.9 billion to €11.8 "
     "billion.", ["€10.9 billion", "€11.8 billion"], [10.9e9, 11.8e9]),
    ("a small number stays itself", "Visitors rose from 900 to 1.2 million.", ["900", "1.2 million"], [900, 1.2e6]),
    ("the unit written once, downwards", "It cut journey times from 52 to 38 minutes.", ["52", "38 minutes"],
     [52, 38]),
    ("a share written once, downwards", "The rate fell from 12 to 7%.", ["12", "7%"], [12, 7]),
    # A year between the two levels is a year, whatever the size of the figure after it.
    ("a year after the first level", "Sales rose from 150,000 in 2022 to 199,000 in 2023.", ["150,000", "199,000"],
     [150000, 199000]),
    ("... and no ratio with the level before it", "Exports rose from 420 in 2022 to 510 in 2023.", ["420", "510"],
     [420, 510]),
]


@pytest.mark.parametrize("sentence, span, kind, value, lower, upper, qualifier",
                         [pytest.param(*row[1:], id=row[0]) for row in RATIOS + RANGES])
def test_read_as_one_claim(sentence, span, kind, value, lower, upper, qualifier):
    claims = [c for c in extract(sentence) if c.kind != "date"]
    assert [c.text for c in claims] == [span]
    claim = claims[0]
    assert (claim.kind, claim.value, claim.lower, claim.upper, claim.qualifier) == (kind, value, lower, upper, qualifier)


@pytest.mark.parametrize("sentence, spans", [pytest.param(*row[1:], id=row[0]) for row in NOT_RATIOS])
def test_look_alikes_stay_separate(sentence, spans):
    assert [c.text for c in extract(sentence) if c.kind != "date"] == spans


@pytest.mark.parametrize("sentence, spans, values", [pytest.param(*row[1:], id=row[0]) for row in CHANGE_LEVELS])
def test_levels_of_a_change(sentence, spans, values):
    claims = [c for c in extract(sentence) if c.kind != "date"]
    assert [c.text for c in claims] == spans
    assert [c.value for c in claims] == values
    assert all(c.qualifier == "exact" for c in claims)


def test_the_level_a_change_started_from_has_only_its_own_date():
    """The sentence's "last year" dates where the change ended, not where it started."""
    claims = extract("Deaths fell from 3,400 to 2,100 last year. Deaths fell from 3,400 in 2019 to 2,100 in 2022.",
                     published="2023-02-01")
    periods = [(c.text, c.period) for c in claims if c.kind == "count"]
    assert periods == [("3,400", None), ("2,100", "2022"), ("3,400", "2019"), ("2,100", "2022")]


def test_the_first_level_of_a_fall_takes_the_unit_written_after_the_second():
    claims = [c for c in extract("It cut journey times from 52 to 38 minutes.") if c.kind != "date"]
    assert [(c.kind, c.unit) for c in claims] == [("duration", "minute"), ("duration", "minute")]


def test_half_of_all_of_a_mass_noun_is_a_share():
    claims = extract("More than half of all forced labour occurs in rich countries. Half of the cake was eaten.")
    assert [(c.text, c.kind, c.value) for c in claims] == [("More than half", "percent", 50.0), ("Half", "count", 0.5)]
