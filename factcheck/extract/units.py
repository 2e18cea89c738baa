"""Units of measurement written after numbers, named as pint units.

Extraction only looks words up in a table (fast, no pint call per number); pint
is loaded once, lazily, when a check needs to convert ("1.2 kilometres" is 1,200
metres) or to compare dimensions.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from .prefilter import fold, leads

FOLD = "fold"
# An earthquake's magnitude: a reading on a logarithmic scale, no pint unit; compared only with other magnitudes.
MAGNITUDE = "magnitude"
# surface form (lower case) -> pint unit expression
_UNIT_FORMS: dict[str, tuple[str, ...]] = {
    # length
    "kilometer": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilo-metres"),
    "meter": ("m", "metre", "metres", "meter", "meters", "mtr", "mtrs"),
    "centimeter": ("cm", "cms", "centimetre", "centimetres", "centimeter", "centimeters"),
    "millimeter": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "micrometer": ("µm", "μm", "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"),
    "nanometer": ("nm", "nanometre", "nanometres", "nanometer", "nanometers"),
    "mile": ("mi", "mile", "miles"),
    "nautical_mile": ("nautical mile", "nautical miles", "nmi"),
    "yard": ("yd", "yds", "yard", "yards"),
    "foot": ("ft", "foot", "feet", "'"),
    "inch": ("inch", "inches", '"', "″", "in."),
    "light_year": ("light year", "light years", "light-year", "light-years", "ly"),
    "astronomical_unit": ("au", "astronomical unit", "astronomical units"),
    # area
    "kilometer ** 2": ("km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer",
                       "square kilometers", "sq. km", "sq. km."),
    "meter ** 2": ("m2", "m²", "sq m", "square metre", "square metres", "square meter", "square meters"),
    "mile ** 2": ("sq mi", "square mile", "square miles"),
    "foot ** 2": ("sq ft", "square foot", "square feet", "ft2", "ft²"),
    "hectare": ("ha", "hectare", "hectares"),
    "acre": ("acre", "acres"),
    # volume
    "meter ** 3": ("m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters", "cu m"),
    "kilometer ** 3": ("km3", "km³", "cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers"),
    "centimeter ** 3": ("cm3", "cm³", "cc", "cubic centimetre", "cubic centimetres", "cubic centimeter",
                        "cubic centimeters"),
    "foot ** 3": ("cu ft", "cubic foot", "cubic feet", "ft3", "ft³"),
    "liter": ("l", "litre", "litres", "liter", "liters", "ltr"),
    "milliliter": ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
    "hectoliter": ("hl", "hectolitre", "hectolitres", "hectoliter", "hectoliters"),
    # (water resources: "9,840 megalitres"; "Ml" in capitals, below)
    "megaliter": ("megalitre", "megalitres", "megaliter", "megaliters", "ml/d"),  # ("236 Ml/d": below)
    # (a water authority's yearly volumes: "85 gigalitres a year", "41 GL")
    "gigaliter": ("gigalitre", "gigalitres", "gigaliter", "gigaliters", "gl"),
    "gallon": ("gal", "gallon", "gallons"),
    "oil_barrel": ("bbl", "barrel", "barrels", "bpd", "b/d", "bbl/d", "bopd"),  # (in the news a barrel is oil's, 159
    # litres, not pint's 119)
    "fluid_ounce": ("fl oz", "fluid ounce", "fluid ounces"),
    "cup": ("cup", "cups"),
    "teaspoon": ("teaspoon", "teaspoons", "tsp"),
    "tablespoon": ("tablespoon", "tablespoons", "tbsp"),
    # mass
    "kilogram": ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "kilogramme", "kilogrammes"),
    "gram": ("g", "gram", "grams", "gramme", "grammes", "gr"),
    "milligram": ("mg", "milligram", "milligrams"),
    "microgram": ("µg", "μg", "mcg", "microgram", "micrograms"),
    # clinical measures: blood pressure and concentrations
    "millimeter_Hg": ("mmhg", "mm hg", "millimetres of mercury", "millimeters of mercury"),
    "milligram / deciliter": ("mg/dl", "mg/100ml"),
    "millimole / liter": ("mmol/l", "mmol/litre"),
    "microgram / liter": ("µg/l", "μg/l", "mcg/l"),
    "milligram / liter": ("mg/l",),
    "milliliter / kilogram": ("ml/kg",),
    "milligram / kilogram": ("mg/kg",),
    # A bare "ton" is read as the metric ton that UN, EU and most national reports mean; the US ton is spelled
    # "short ton" (2,000 tons of cocaine in a UN report and 2,000 tonnes in a newspaper are one figure).
    "metric_ton": ("t", "tonne", "tonnes", "metric ton", "metric tons", "ton", "tons", "mt"),
    "kilometric_ton": ("kilotonne", "kilotonnes", "kilo-tonnes", "thousand tonnes", "ktco2", "ktco2e",
                       "kt co2", "kt co2e"),  # ("480 kt CO2e" of emissions; "25 kt" alone is a speed in knots)
    "megametric_ton": ("megatonne", "megatonnes", "mtco2", "mtco2e"),
    "gigametric_ton": ("gigatonne", "gigatonnes", "gt", "gtco2", "gtco2e"),
    "ton": ("short ton", "short tons"),
    "pound": ("lb", "lbs", "pound", "pounds"),
    "ounce": ("oz", "ounce", "ounces"),
    "dram": ("dram", "drams"),
    "stone": ("st", "stone"),
    # speed
    "kilometer / hour": ("km/h", "kmh", "kph", "km/hr", "kilometres per hour", "kilometers per hour",
                         "kilometres an hour", "kilometers an hour"),
    "mile / hour": ("mph", "miles per hour", "miles an hour"),
    # yields
    "metric_ton / hectare": ("t/ha", "tonnes per hectare", "tonnes a hectare", "tons per hectare", "tonnes/ha"),
    "kilogram / hectare": ("kg/ha", "kilograms per hectare", "kilos per hectare"),
    "meter / second": ("m/s", "metres per second", "meters per second"),
    # (a river's or a pipe's flow)
    "meter ** 3 / second": ("m3/s", "m³/s", "cumecs", "cubic metres per second", "cubic meters per second",
                            "cubic metres a second", "cubic meters a second"),
    # fuel economy
    "mile / gallon": ("mpg", "miles per gallon", "miles to the gallon"),
    "knot": ("knot", "knots", "kn", "kt"),
    # energy, power
    "kilowatt_hour": ("kwh", "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"),
    "megawatt_hour": ("mwh", "megawatt hour", "megawatt hours", "megawatt-hours"),
    "gigawatt_hour": ("gwh", "gigawatt hour", "gigawatt hours", "gigawatt-hours"),
    "terawatt_hour": ("twh", "terawatt hour", "terawatt hours", "terawatt-hours"),
    "watt": ("w", "watt", "watts"),
    "kilowatt": ("kw", "kilowatt", "kilowatts"),
    "megawatt": ("mw", "megawatt", "megawatts"),
    "gigawatt": ("gw", "gigawatt", "gigawatts"),
    "horsepower": ("hp", "horsepower", "horse power", "bhp"),
    "joule": ("j", "joule", "joules"),
    "kilojoule": ("kj", "kilojoule", "kilojoules"),
    "calorie": ("calorie", "calories", "cal"),
    "kilocalorie": ("kcal", "kilocalorie", "kilocalories"),
    "british_thermal_unit": ("btu", "btus"),
    # temperature
    "degree_Celsius": ("°c", "ºc", "° c", "deg c", "degrees celsius", "degree celsius", "celsius",
                       "degrees centigrade", "centigrade", "deg celsius", "degrees c", "degree c", "c"),
    "degree_Fahrenheit": ("°f", "ºf", "° f", "deg f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit",
                          "deg fahrenheit", "degrees f", "degree f", "f"),
    "kelvin": ("kelvin", "kelvins"),
    "degree": ("°", "º", "degree", "degrees", "deg"),
    # data, frequency, pressure, misc
    "byte": ("byte", "bytes"),
    "kilobyte": ("kb", "kilobyte", "kilobytes"),
    "megabyte": ("mb", "megabyte", "megabytes"),
    "gigabyte": ("gb", "gigabyte", "gigabytes"),
    "terabyte": ("tb", "terabyte", "terabytes"),
    "petabyte": ("pb", "petabyte", "petabytes"),
    "exabyte": ("eb", "exabyte", "exabytes"),
    "bit": ("bit", "bits"),
    "megabit / second": ("mbps", "mbit/s", "megabits per second"),
    "gigabit / second": ("gbps", "gbit/s", "gigabits per second"),
    "terabit / second": ("tbps", "tbit/s", "terabits per second"),
    "hertz": ("hz", "hertz"),
    "kilohertz": ("khz", "kilohertz"),
    "megahertz": ("mhz", "megahertz"),
    "gigahertz": ("ghz", "gigahertz"),
    "revolutions_per_minute": ("rpm", "revolutions per minute"),
    "pascal": ("pa", "pascal", "pascals"),
    "kilopascal": ("kpa", "kilopascal", "kilopascals"),
    "bar": ("bar", "bars"),
    "psi": ("psi",),
    "volt": ("v", "volt", "volts"),
    "kilovolt": ("kv", "kilovolt", "kilovolts"),  # ("a 400 kV line", "110-kilovolt cables")
    "kilovolt_ampere": ("kva",),
    "megavolt_ampere": ("mva",),
    "ampere": ("amp", "amps", "ampere", "amperes"),
    "arcminute": ("arcminute", "arcminutes", "minute of arc", "minutes of arc"),
    "arcsecond": ("arcsecond", "arcseconds", "second of arc", "seconds of arc"),
    "foot_pound": ("pound-feet", "pound-foot", "lb-ft", "foot-pounds", "ft-lb"),
    "newton": ("n", "newton", "newtons"),
    "newton * meter": ("newton metre", "newton metres", "newton meter", "newton meters", "n·m", "n-m"),
    "decibel": ("db", "decibel", "decibels"),
    # A multiplier, not a pint unit: "a 2.5-fold rise", "grew six-fold" ("threefold" is read by numbers.py).
    # Checks that ask pint about it fall back to comparing it only with other "fold" claims.
    FOLD: ("fold",),
}

# Durations are their own claim kind; same treatment, separate table.
_DURATION_FORMS: dict[str, tuple[str, ...]] = {
    "year": ("year", "years", "yr", "yrs", "-year"),
    "month": ("month", "months", "mo", "mos"),
    "week": ("week", "weeks", "wk", "wks"),
    # (a working day is no calendar day, but both are durations in days: "within three working days")
    "day": ("day", "days", "working day", "working days", "business day", "business days"),
    "hour": ("hour", "hours", "hr", "hrs", "h"),
    "minute": ("minute", "minutes", "min", "mins"),
    "second": ("second", "seconds", "sec", "secs", "s"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
    "millisecond": ("ms", "millisecond", "milliseconds"),
}

UNIT_BY_SURFACE: dict[str, str] = {form: unit for unit, forms in _UNIT_FORMS.items() for form in forms}
DURATION_BY_SURFACE: dict[str, str] = {form: unit for unit, forms in _DURATION_FORMS.items() for form in forms}

# Single letters and short words that are also ordinary English ("in", "a", "t", "c")
# only count as units when glued to the number ("5m", "20C") or followed by punctuation/end.
AMBIGUOUS_SURFACES = {
    "m", "g", "t", "l", "c", "f", "s", "h", "w", "j", "n", "v", "in.", "st", "cal", "au", "kn", "kt",
    "min", "mo", "gr", "bar", "cup", "cups", "ms", "ha", "'", '"', "″", "°", "º", "deg", "degree",
    "degrees", "db",
}


def _surface_pattern(surfaces) -> str:
    parts = []
    for surface in sorted(surfaces, key=len, reverse=True):
        parts.append(r"[\s-]*".join(regex.escape(w) for w in surface.split()))
    return "|".join(parts)


# Anchored at the start of the text after the number: "1.2 kilometres", "5km", "3-inch".
UNIT_PATTERN = regex.compile(
    rf"^(?P<gap>\s*-?\s*)(?P<unit>{_surface_pattern(UNIT_BY_SURFACE)})(?P<after>(?![\w°²³/])|(?=/[A-Za-z])|(?=\.\s|\.$))",  # ("kg/MWh": a unit of a unit)
    regex.IGNORECASE,
)
DURATION_PATTERN = regex.compile(
    # (not a compound the unit word opens after a space: "3,150 year-round beds", "200 day-care places")
    rf"^(?P<gap>\s*-?\s*)(?P<unit>{_surface_pattern(DURATION_BY_SURFACE)})(?![\w/])"
    r"(?!(?<=\s[A-Za-z]+)-(?!olds?\b)[a-z])",
    regex.IGNORECASE,
)


# The word that puts a figure in a population of a round size: "29 per 100,000", "12.4 for every 100,000 people",
# "3 in every 1,000 births" (one pattern for extraction, which joins the base to the figure, and for alignment, which
# compares rates on one base).
PER_POPULATION_WORD = r"(?:per\s+(?:every\s+|a\s+|one\s+)?|(?:for|in)\s+every\s+)"
# ... or of one thing of another kind: "28 pupils per teacher", "1,850 patients per GP" (a ratio, no count of all the
# pupils); not per a span of time, which makes a rate ("1,200 visits per month").
PER_THING = (r"(?!(?:years?|annum|months?|weeks?|weekdays?|days?|nights?|hours?|minutes?|seconds?|quarters?|decades?|"
             r"cent|centum|mille|the|each|that|this|its|their|an?)\b)"
             r"(?P<thing>[A-Za-z][\w-]*)\b(?!\s+(?:days?|weeks?|months?|years?|hours?|shifts?)\b)")

# Units that hold their rate: "480,000 bpd" is barrels a day.
RATE_SURFACES = {"bpd": "day", "b/d": "day", "bbl/d": "day", "bopd": "day", "ml/d": "day"}

_SPACES_OR_HYPHENS = regex.compile(r"[\s-]+")
_SPACES = regex.compile(r"[\s]+")


# What UNIT_PATTERN and DURATION_PATTERN can start with, for prefilter.may_start_with().
UNIT_LEADS = leads(UNIT_BY_SURFACE)
DURATION_LEADS = leads(DURATION_BY_SURFACE)


# Spellings told apart only by case: "450 Nm" of torque is newton metres, "450 nm" of light nanometres; "5 g"
# is grams, "5 G" no unit (the prefix giga, or a network generation).
# "41 Mt of CO2" is megatonnes, "500,000 MT of wheat" metric tons.
_CASE_SENSITIVE_SURFACES: dict[str, Optional[str]] = {"Nm": "newton * meter", "N·m": "newton * meter", "G": None,
                                                      "Mt": "megametric_ton", "GT": None, "gt": None,  # (GT: gross tonnage)
                                                      # (a water company's "Ml" is a megalitre, "ML" too)
                                                      "Ml": "megaliter", "ML": "megaliter",
                                                      # (and a day's: "236 Ml/d"; "ml/d" is millilitres a day)
                                                      "Ml/d": "megaliter", "ML/d": "megaliter", "ml/d": "milliliter"}


def unit_name(surface: str) -> Optional[str]:
    """The pint unit a surface form names, or None when it names none."""
    if surface in _CASE_SENSITIVE_SURFACES:
        return _CASE_SENSITIVE_SURFACES[surface]
    key = _SPACES_OR_HYPHENS.sub(" ", fold(surface)).strip()
    return UNIT_BY_SURFACE.get(key) or UNIT_BY_SURFACE.get(fold(surface))


def duration_unit(surface: str) -> Optional[str]:
    key = _SPACES.sub(" ", fold(surface)).strip()
    return DURATION_BY_SURFACE.get(key)


@lru_cache(maxsize=1)
def registry():
    """The shared pint registry, created on first use (it takes a noticeable fraction of a second)."""
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=None)
def dimensionality(unit: str) -> str:
    """A hashable key for the unit's physical dimension ('[length]', '[length] ** 3', ...)."""
    return str(registry().parse_units(unit).dimensionality)


def convert(value: float, unit: str, to_unit: str) -> float:
    ureg = registry()
    return ureg.Quantity(value, unit).to(to_unit).magnitude


@lru_cache(maxsize=None)
def base_unit(unit: str) -> str:
    """The SI base unit expression of the unit's dimension, for comparing quantities."""
    ureg = registry()
    return str(ureg.Quantity(1, unit).to_base_units().units)


# Temperature scales, whose differences convert without their offsets: a rise of 1.8°F is one of 1°C, not -16.8°C.
TEMPERATURES = frozenset({"degree_Celsius", "degree_Fahrenheit", "kelvin"})
_DELTAS = {"degree_Celsius": "delta_degree_Celsius", "degree_Fahrenheit": "delta_degree_Fahrenheit"}


def to_base(value: float, unit: str, difference: bool = False) -> float:
    """value in unit, in SI base units; difference: value is a difference of temperatures (a rise, an anomaly)."""
    ureg = registry()
    if difference and unit in _DELTAS:
        unit = _DELTAS[unit]
    return ureg.Quantity(value, unit).to_base_units().magnitude
