"""Physical quantities: units after numbers, named as pint units (invented sentences only)."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.extract import units
from tests.extraction_helpers import claim_with


# (id, sentence, span, value, pint unit)
CLAIMS_DOC_QUANTITIES = [
    # (water resources) a megalitre, spelled out or in the industry's capitals; a river's flow
    ("megalitres", "The reservoirs held 9,840 megalitres.", "9,840 megalitres", 9840, "megaliter"),
    ("Ml is a megalitre, not a millilitre", "Demand fell to 120 Ml.", "120 Ml", 120, "megaliter"),
    # (desalination and drought plans) a gigalitre, spelled out and in capitals
    ("gigalitres", "The plant discharges about 85 gigalitres of brine a year.", "about 85 gigalitres", 85,
     "gigaliter"),
    ("GL is a gigalitre", "It supplied 41 GL of drinking water.", "41 GL", 41, "gigaliter"),
    ("... and ml a millilitre", "Add 5 ml of water.", "5 ml", 5, "milliliter"),
    ("a flow per second", "Flow fell to 0.42 cubic metres per second.", "0.42 cubic metres per second", 0.42,
     "meter ** 3 / second"),
    ("kilometres", "The new canal is 1.2 kilometres long.", "1.2 kilometres", 1.2, "kilometer"),
    ("cubic metres with scale", "The reservoir holds 2.5 million cubic metres.", "2.5 million cubic metres",
     2_500_000, "meter ** 3"),
    ("litres with scale", "Farms used 48.2 billion litres of water.", "48.2 billion litres", 48.2e9, "liter"),
    ("hectolitres (brewing statistics)", "Beer clearances were 39.8 million hectolitres.", "39.8 million hectolitres",
     39.8e6, "hectoliter"),
    # A bare ton is the metric ton reports mean; the US ton is spelled out.
    ("tons are metric tons", "Seizures reached 2,000 tons in 2021.", "2,000 tons", 2000, "metric_ton"),
    ("short tons", "The load was 5 short tons.", "5 short tons", 5, "ton"),
    ("oil output in barrels a day, abbreviated (energy news)", "Output averaged 480,000 bpd in 2022.", "480,000 bpd",
     480_000, "oil_barrel"),
    # A barrel in the news is oil's (159 litres), not pint's US liquid barrel.
    ("barrels are oil barrels", "The tanker carries 2 million barrels of crude.", "2 million barrels", 2_000_000,
     "oil_barrel"),
    ("megatonnes, by case", "Emissions fell to 41 Mt of CO2.", "41 Mt", 41, "megametric_ton"),
    ("terabytes", "The drive holds 5 TB of data.", "5 TB", 5, "terabyte"),
    ("metric tons in capitals", "Exports reached 500,000 MT of wheat.", "500,000 MT", 500_000, "metric_ton"),
    ("gigatonnes of CO2", "Emissions were 36.8 GtCO2 in 2022.", "36.8 GtCO2", 36.8, "gigametric_ton"),
    ("kilotonnes", "Emissions were 12,400 kilotonnes.", "12,400 kilotonnes", 12_400, "kilometric_ton"),
    ("petabytes", "Traffic reached 950 PB in 2023.", "950 PB", 950, "petabyte"),
    ("terabits a second", "Capacity is 14 Tbps.", "14 Tbps", 14, "terabit / second"),
    # Grid equipment (energy news).
    ("kilovolts", "The 400 kV line carries up to 1,800 MW.", "400 kV", 400, "kilovolt"),
    ("megavolt-amperes", "The transformer is rated 500 MVA.", "500 MVA", 500, "megavolt_ampere"),
    # Intensities: a unit of a unit (energy news).
    ("a unit per a unit", "Grid carbon intensity was 0.212 kg per kWh in 2023.", "0.212 kg per kWh", 0.212,
     "kilogram / kilowatt_hour"),
    ("... with a slash", "Grid carbon intensity was 212 kg/MWh in 2023.", "212 kg/MWh", 212, "kilogram / megawatt_hour"),
    # Clinical measures (medical news, unseen corpora).
    ("blood pressure", "The drug lowered systolic blood pressure by 12.4 mmHg.", "12.4 mmHg", 12.4, "millimeter_Hg"),
    ("a concentration in mg/dL", "Glucose was 20 mg/dL higher.", "20 mg/dL", 20, "milligram / deciliter"),
    ("a concentration in mmol/L", "LDL fell to 3.4 mmol/L.", "3.4 mmol/L", 3.4, "millimole / liter"),
    # "m" apart from its number is metres only where nothing else can be meant
    ("metres before what they measure", "The lake is 212 m deep.", "212 m", 212, "meter"),
    ("metres before their conversion", "Elevation: 312 m (1,024 ft)", "312 m", 312, "meter"),
]

GLUED_AND_HYPHENATED = [
    ("glued km", "The river is 5km wide.", "5km", 5, "kilometer"),
    ("glued lbs", "The crate weighs 200lbs.", "200lbs", 200, "pound"),
    ("hyphenated adjective", "Use a 3-inch pipe.", "3-inch", 3, "inch"),
    ("inch mark", 'Serve on a 9" plate.', '9"', 9, "inch"),
    ("square metres glued", "The plot covers 24703m2.", "24703m2", 24703, "meter ** 2"),
    ("metres before a dimension word", "The wall is 37m tall.", "37m", 37, "meter"),
    ("million before a unit", "The mine ships 1.2m tonnes of ore.", "1.2m tonnes", 1_200_000, "metric_ton"),
    # told apart by case only
    ("newton metres", "The motor makes 450 Nm of torque.", "450 Nm", 450, "newton * meter"),
    ("nanometres", "The laser emits at 450 nm.", "450 nm", 450, "nanometer"),
    ("grams spaced", "The sample weighs 5 g.", "5 g", 5, "gram"),
    ("fuel economy", "The hybrid does 52 mpg on the motorway.", "52 mpg", 52, "mile / gallon"),
    ("apothecary measure", "Add 5 drams of water.", "5 drams", 5, "dram"),
]

# A multiplier ("fold") is no pint unit: factcheck names it `fold`, and reads the change it states.
MULTIPLIERS = [
    ("digits and a hyphen", "Seizures increased 2.5-fold in a year.", "2.5-fold", 2.5, "up"),
    ("word and a hyphen", "Officials reported a six-fold rise in cases.", "six-fold", 6, "up"),
    ("glued word", "Arrests rose threefold after the law passed.", "threefold", 3, "up"),
    ("glued tens", "Exports fell fortyfold in the war.", "fortyfold", 40, "down"),
    ("with a hedge", "Revenue grew more than tenfold to $3 billion.", "more than tenfold", 10, "up"),
    ("a comparison, no change", "The risk is threefold higher for smokers.", "threefold", 3, None),
    ("said by a verb", "Exports doubled to $4 billion.", "doubled", 2, "up"),
    ("halved is twofold down", "The budget was halved in 2019.", "halved", 2, "down"),
    ("tripled", "Arrests have tripled since 2015.", "tripled", 3, "up"),
]

TEMPERATURES = [
    ("deg celsius", "Water boils at 100 deg celsius.", "100 deg celsius", 100, "degree_Celsius"),
    ("negative fahrenheit", "It fell to -5 degree fahrenheit.", "-5 degree fahrenheit", -5, "degree_Fahrenheit"),
    ("minus word", "Gas is cooled to minus-260 degrees Fahrenheit.", "minus-260 degrees Fahrenheit", -260,
     "degree_Fahrenheit"),
    ("kelvin beside celsius", "It melts at 300 °C (573.15K).", "573.15K", 573.15, "kelvin"),
]

# "a gallon of": the article is the number one of a measure spelled out in full.
ARTICLE_MEASURES = [
    ("a gallon of", "She bought a gallon of milk.", "a gallon", 1, "gallon"),
    ("an ounce of", "An ounce of gold rose in price.", "An ounce", 1, "ounce"),
]

FRACTIONS_AND_COMPOUNDS = [
    ("mixed fraction", "The route is 10 1/2 miles long.", "10 1/2 miles", 10.5, "mile"),
    ("vulgar fraction", "Add ½ teaspoon of salt.", "½ teaspoon", 0.5, "teaspoon"),
    ("feet and inches", "The rower is 6 ft 2 in tall.", "6 ft 2 in", 6 + 2 / 12, "foot"),
    ("feet and inches in words", "The shelf is 5 feet and 6 inches wide.", "5 feet and 6 inches", 5.5, "foot"),
    ("pounds and ounces", "The baby weighed 7 lb 4 oz.", "7 lb 4 oz", 7.25, "pound"),
    ("scientific notation", "The gap is 1.5x10^-3 metres wide.", "1.5x10^-3 metres", 0.0015, "meter"),
    # (disaster reports) an earthquake's magnitude is a reading on a scale, no count: `magnitude`, no pint unit
    ("a magnitude before the number", "A magnitude 7.8 earthquake struck on 6 February.", "7.8", 7.8, "magnitude"),
    ("... and after it", "The 7.8-magnitude quake killed thousands.", "7.8-magnitude", 7.8, "magnitude"),
]


@pytest.mark.parametrize(
    "sentence, span, value, unit",
    [pytest.param(*row[1:], id=row[0])
     for table in (CLAIMS_DOC_QUANTITIES, GLUED_AND_HYPHENATED, TEMPERATURES, FRACTIONS_AND_COMPOUNDS,
                   ARTICLE_MEASURES)
     for row in table],
)
def test_quantity(sentence, span, value, unit):
    claim = claim_with(sentence, span)
    assert claim.kind == "quantity"
    assert claim.value == pytest.approx(value, rel=1e-9)
    assert claim.unit == unit


@pytest.mark.parametrize("sentence, span, value, change", [pytest.param(*row[1:], id=row[0]) for row in MULTIPLIERS])
def test_multiplier(sentence, span, value, change):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.unit, claim.value, claim.change, claim.per) == ("quantity", units.FOLD, value, change, None)


@pytest.mark.parametrize("sentence", [
    pytest.param("The twofold aim of the plan was clear.", id="an adjective with no change"),
    pytest.param("The firm may fold after 3 bad years.", id="the verb"),
    pytest.param("Is three halves fractional?", id="halves, a noun"),
])
def test_fold_that_states_no_multiplier(sentence):
    assert all(c.unit != units.FOLD for c in extract(sentence))


@pytest.mark.parametrize("surface, unit", [("km", "kilometer"), ("Kilometres", "kilometer"), ("sq mi", "mile ** 2"),
                                           ("°C", "degree_Celsius"), ("nope", None), ("", None),
                                           ("Nm", "newton * meter"), ("nm", "nanometer"), ("G", None), ("g", "gram")])
def test_unit_name(surface, unit):
    assert units.unit_name(surface) == unit


@pytest.mark.parametrize("surface, unit", [("years", "year"), ("hrs", "hour"), ("fortnights", None), ("", None),
                                           # (postal delivery targets, refunds)
                                           ("working days", "day"), ("business  days", "day")])
def test_duration_unit(surface, unit):
    assert units.duration_unit(surface) == unit


@pytest.mark.parametrize("sentence, span", [
    ("Parcels must be delivered within three working days.", "three working days"),
    ("Refunds take up to 10 business days.", "up to 10 business days")])
def test_a_deadline_in_working_days_is_a_duration(sentence, span):
    """(postal and consumer news) a length of time, not a count of days that another deadline contradicts."""
    claim = next(c for c in extract(sentence) if c.text == span)
    assert (claim.kind, claim.unit) == ("duration", "day")


def test_units_convert_through_pint():
    assert units.convert(1.2, "kilometer", "meter") == pytest.approx(1200)
    assert units.dimensionality("kilometer") == units.dimensionality("mile")


@pytest.mark.parametrize("sentence", [
    pytest.param("It took a ton of work.", id="a ton of is an idiom"),
    pytest.param("A gallon is a unit of volume.", id="no of after the unit"),
    pytest.param("She walked a mile.", id="a measure without of"),
])
def test_article_is_no_number_outside_a_measure(sentence):
    assert extract(sentence) == []


# An age: "N-year-old", "N-month-old"; its unit is the duration it is counted in.
AGES = [
    ("years old", "He is 40 years old.", "40 years old", 40, "year"),
    ("hyphenated years", "The 10-year-old boy ran.", "10-year-old", 10, "year"),
    ("hyphenated months", "Her 18-month-old daughter slept.", "18-month-old", 18, "month"),
    ("weeks in words", "A three-week-old calf died.", "three-week-old", 3, "week"),
    ("a spaced age", "A 10 year-old boy ran.", "10 year-old", 10, "year"),
]


@pytest.mark.parametrize("sentence, span, value, unit", [pytest.param(*row[1:], id=row[0]) for row in AGES])
def test_age(sentence, span, value, unit):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.value, claim.unit) == ("duration", value, unit)


# A fraction of one unit of time is a duration, not a rate per unit (school news).
FRACTIONS_OF_A_UNIT = [
    ("half an hour", "The journey takes half an hour.", "half an hour", 0.5, "hour"),
    ("a quarter of a century", "The job took a quarter of a century.", "a quarter of a century", 0.25, "century"),
]


@pytest.mark.parametrize("sentence, span, value, unit", [pytest.param(*row[1:], id=row[0]) for row in FRACTIONS_OF_A_UNIT])
def test_fraction_of_a_unit(sentence, span, value, unit):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.value, claim.unit, claim.per) == ("duration", value, unit, None)


# A bound after the people it is the age of: "children under five". (id, sentence, span, lower, upper, subject)
AGE_BOUNDS = [
    ("children under five", "Children under five accounted for 61% of deaths.", "under five", None, 5, "Children"),
    ("people over 65", "People over 65 make up 20% of voters.", "over 65", 65, None, "People"),
    ("those over 80", "Those over 80 were vaccinated first.", "over 80", 80, None, "Those"),
    # (malaria and child-health reports: a change verb after the age)
    ("an age, then a change verb", "Cases among children under five fell 10% to 1.8 million.", "under five", None, 5,
     "children"),
    ("... in a past tense", "Deaths of children under 5 declined by 8%.", "under 5", None, 5, "children"),
]


@pytest.mark.parametrize("sentence, span, lower, upper, subject", [pytest.param(*row[1:], id=row[0]) for row in AGE_BOUNDS])
def test_age_bound(sentence, span, lower, upper, subject):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.unit, claim.lower, claim.upper, claim.subject) == ("duration", "year", lower, upper, subject)


@pytest.mark.parametrize("sentence, span", [
    pytest.param("More than 40 people died.", "More than 40", id="a count of people"),
    pytest.param("Children under 12 cases were seen.", "under 12", id="a noun of its own after it"),
])
def test_bound_that_is_no_age(sentence, span):
    assert claim_with(sentence, span).kind == "count"


# Basis points are hundredths of a percentage point: a difference of two shares, in percent.
@pytest.mark.parametrize("sentence, span, value, change", [
    pytest.param("The margin widened 150 basis points to 18.5%.", "150 basis points", 1.5, "up", id="basis points"),
    pytest.param("Rates rose 25bp to 5.25%.", "25bp", 0.25, "up", id="bp glued"),
    pytest.param("The spread narrowed by 40 bps.", "40 bps", 0.4, "down", id="bps, narrowed"),
])
def test_basis_points(sentence, span, value, change):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.value, claim.change) == ("percent", value, change)


def test_points_and_percent_are_different_measures():
    from factcheck.align.keys import measure_key
    points, share = (claim_with("Turnout rose 3 percentage points to 41%.", span) for span in
                     ("3 percentage points", "41%"))
    assert measure_key(points) != measure_key(claim_with("Turnout rose 3% in May.", "3%"))
    assert measure_key(share) == "percent"



@pytest.mark.parametrize("sentence, span, value, subject", [
    pytest.param("Young men are five times more likely to be killed.", "five times", 5.0, "young men", id="more likely"),
    pytest.param("It has three times as many beds.", "three times", 3.0, None, id="as many"),
])
def test_times_with_a_comparison_is_a_multiplier(sentence, span, value, subject):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.unit, claim.value, claim.subject) == ("quantity", units.FOLD, value, subject)


def test_times_without_a_comparison_counts_occasions():
    assert claim_with("City were beaten four times.", "four").kind == "count"



@pytest.mark.parametrize("sentence, span, unit", [
    pytest.param("Yields averaged 4.3 t/ha.", "4.3 t/ha", "metric_ton / hectare", id="t/ha"),
    pytest.param("Average yields reached 4.2 tonnes per hectare.", "4.2 tonnes per hectare", "metric_ton / hectare",
                 id="tonnes per hectare"),
    pytest.param("It used 120 kg/ha of nitrogen.", "120 kg/ha", "kilogram / hectare", id="kg/ha"),
    pytest.param("Kenya lost 52,000 ha of forest in 2023.", "52,000 ha", "hectare", id="ha before 'of'"),
    pytest.param("Forest covered 4.2 million ha in 2023.", "4.2 million ha", "hectare", id="ha before 'in'"),
    pytest.param("Emissions were 480 kt CO2e.", "480 kt CO2e", "kilometric_ton", id="kilotonnes of CO2e"),
])
def test_yields(sentence, span, unit):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.unit) == ("quantity", unit)


def test_a_unit_that_holds_its_rate():
    claim = claim_with("Output averaged 480,000 bpd in 2022; exports were 1.2 million b/d.", "480,000 bpd")
    assert (claim.unit, claim.per) == ("oil_barrel", "day")


@pytest.mark.parametrize("sentence, span, subject", [
    pytest.param("Brennport had 3,150 year-round shelter beds.", "3,150", "year-round shelter beds", id="year-round"),
    pytest.param("There were 400 day-care places.", "400", "day-care places", id="day-care"),
])
def test_a_compound_a_time_word_opens_is_no_duration(sentence, span, subject):
    """(homelessness statistics, childcare) "3,150 year-round beds" counts beds, not 3,150 years."""
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.unit, claim.subject) == ("count", None, subject)


@pytest.mark.parametrize("sentence, span", [
    pytest.param("The daily limit was exceeded on 47 days in 2020.", "47", id="on N days"),
    pytest.param("Rain fell on more than 120 days.", "more than 120", id="on more than N days"),
])
def test_days_on_which_something_happened_are_counted(sentence, span):
    """(air-quality reports) "exceeded on 47 days" counts days, it is no length of time."""
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.subject) == ("count", "days")


# (screen-time surveys, sport results, court reports) a length of time in two units is one figure
@pytest.mark.parametrize("sentence, span, value, unit", [
    pytest.param("Children spent 3 hours 20 minutes a day online.", "3 hours 20 minutes a day", 10 / 3, "hour",
                 id="hours and minutes"),
    pytest.param("The race took 2 hours and 5 minutes.", "2 hours and 5 minutes", 25 / 12, "hour", id="... with 'and'"),
    pytest.param("He served 2 years and 6 months.", "2 years and 6 months", 2.5, "year", id="years and months"),
])
def test_compound_durations(sentence, span, value, unit):
    claim = claim_with(sentence, span)
    assert (claim.kind, claim.unit) == ("duration", unit)
    assert claim.value == pytest.approx(value)
