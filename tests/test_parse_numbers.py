"""Numbers as people write them, as example tables (invented sentences only).

Each table is named after where its examples come from: the claim definition in
docs/claims.md, everyday spellings of numbers, and the peer suites' kinds of
spelling (fractions, words, scientific notation), rewritten as our own sentences.
"""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_numbers, parse_number, parse_words
from tests.extraction_helpers import claim_with


# (id, written number, value) -------------------------------------------------------------

DIGITS_AND_SEPARATORS = [
    ("plain integer", "1234", 1234),
    ("comma thousands", "60,000", 60000),
    ("comma millions with decimals", "17,926,386.00", 17926386),
    ("decimal", "16.25", 16.25),
    ("leading point", ".25", 0.25),
    ("negative", "-12", -12),
    ("unicode minus", "−273.15", -273.15),
    ("space-grouped thousands", "1 234 567", 1234567),
    ("space-grouped with decimals", "40 000.5", 40000.5),
    ("indian grouping", "12,34,567.89", 1234567.89),
    ("long decimal kept exactly", "9.2321312", 9.2321312),
]

SCALE_WORDS = [
    ("decimal million", "2.4 million", 2_400_000),
    ("thousands of millions", "1,200 million", 1_200_000_000),
    ("decimal billion", "1.2 billion", 1_200_000_000),
    ("stacked scales", "4 hundred million", 400_000_000),
    ("lakh", "13 lakh", 1_300_000),
    ("lakh crore", "three lakh crore", 3_000_000_000_000),
    ("digits and words", "4 thousand 3 hundred and 21", 4321),
    ("abbreviation k", "10k", 10_000),
    ("abbreviation bn", "3.5bn", 3_500_000_000),
    ("abbreviation trn", "2.4trn", 2_400_000_000_000),
]

WORDS = [
    ("small integer", "eight", 8),
    ("hyphenated", "twenty-one", 21),
    ("with and", "one hundred and six", 106),
    ("big", "twenty-eight thousand six hundred forty-two", 28642),
    ("a hundred", "a hundred", 100),
    ("a dozen", "a dozen", 12),
    ("half a dozen", "half a dozen", 6),
    ("three dozen", "3 dozen", 36),
    ("point decimal", "two point five", 2.5),
    ("point with zeros", "nine point nought four", 9.04),
    ("minus in words", "minus five point five", -5.5),
    ("negative in words", "negative ten", -10),
    ("comma after a scale", "three million, two hundred and forty", 3_000_240),
    ("ampersand", "two hundred & forty", 240),
]

FRACTIONS = [
    ("slash", "3/4", 0.75),
    ("mixed digits", "2 1/2", 2.5),
    ("vulgar glyph", "½", 0.5),
    ("digit and glyph", "2½", 2.5),
    ("two thirds", "two thirds", 2 / 3),
    ("hyphenated fraction", "one-eighth", 0.125),
    ("a quarter", "a quarter", 0.25),
    ("three quarters", "three quarters", 0.75),
    ("one and a half", "one and a half", 1.5),
    ("two and a half", "two and a half", 2.5),
    ("mixed in words", "one hundred and three quarters", 100.75),
    ("hundredths", "two and fifty-four hundredths", 2.54),
    ("half million", "half a million", 500_000),
    ("quarter million", "a quarter million", 250_000),
    ("fraction of a scale", "two thirds of a million", 2_000_000 / 3),
    ("and a half after a scale", "one million and a half", 1_500_000),
    ("half before a scale", "five and a half million", 5_500_000),
    ("compound denominator", "one twenty-fifth", 0.04),
]

SCIENTIFIC = [
    ("e notation", "4e14", 4e14),
    ("negative exponent", "-1.2e-3", -0.0012),
    ("times ten caret", "1.3x10^6", 1_300_000),
    ("times sign and minus", "2.48×10−5", 2.48e-5),
    ("power", "2^10", 1024),
]


@pytest.mark.parametrize(
    "written, value",
    [pytest.param(w, v, id=i) for table in (DIGITS_AND_SEPARATORS, SCALE_WORDS, WORDS, FRACTIONS, SCIENTIFIC)
     for i, w, v in table],
)
def test_parse_number(written, value):
    assert parse_number(written) == pytest.approx(value, rel=1e-9)


NOT_NUMBERS = [
    ("empty", ""),
    ("prose", "the committee met"),
    ("vague plural", "millions"),
    ("vague dozens", "dozens"),
    ("a scale word alone", "million"),
    ("two numbers", "4 and 5"),
    ("an ordinal", "third"),
    # A fraction over one is plural ("two thirds"): these are ordinals in words, not 0.02 and 24.
    ("a compound ordinal", "two hundredth"),
    ("a compound ordinal with tens", "one hundred twenty fifth"),
    ("letters and digits", "CP25564S-1"),
    ("dangling sign", "-"),
    ("a lone article", "a"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_NUMBERS])
def test_parse_number_returns_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("junk", [None, 12, "", "   ", "½½", "1/0", "0/0", "9" * 400, "e" * 50, "1e999"])
def test_parsers_never_raise(junk):
    assert parse_number(junk) is None or isinstance(parse_number(junk), float)
    if isinstance(junk, str):
        parse_words(junk)
        list(find_numbers(junk))


# (id, sentence, span, kind, value) ---------------------------------------------------------

# docs/claims.md, "count": numbers in words and digits count things.
CLAIMS_DOC_COUNTS = [
    ("count with separator", "The ministry employs 60,000 public employees.", "60,000", "count", 60000),
    ("count in words", "Prosecutors filed eight indictments last spring.", "eight", "count", 8),
    ("count before of the most", "The panel named nine of the most critical challenges.", "nine", "count", 9),
    ("duration in words", "The pilot scheme ran for two years.", "two years", "duration", 2),
    ("scale word", "The fund grew to 2.4 million members.", "2.4 million", "count", 2_400_000),
    ("scale with separator", "Exports reached 1,200 million units.", "1,200 million", "count", 1_200_000_000),
    ("billion", "The deficit hit 1.2 billion.", "1.2 billion", "count", 1_200_000_000),
    # a fraction of a group is a share of it, in percent (docs/claims.md); of one thing it stays a number
    ("fraction share", "Two thirds of the members voted.", "Two thirds", "percent", 200 / 3),
    ("fraction of those", "Half of those asked agreed.", "Half", "percent", 50),
    ("fraction of one thing", "They ate two thirds of the cake.", "two thirds", "count", 2 / 3),
    ("fraction of a group named after its adjectives", "Nearly a third of young women married as children.",
     "Nearly a third", "percent", 100 / 3),
    ("... of one thing named after its adjective", "Half of the old town burned.", "Half", "count", 0.5),
    ("fraction of a figure", "It connected just over half of the 500,000 homes.", "just over half", "percent", 50),
    ("fraction of a population", "A quarter of the population has no water.", "A quarter", "percent", 25),
    ("fraction of it", "The link cost €35 million, a third of it paid by the EU.", "a third", "percent", 100 / 3),
    ("a fraction that is a change", "The plan aims to cut forced labour by half by 2020.", "half", "percent", 50),
    ("a singular fraction after by", "Sales rose by a third in May.", "a third", "percent", 100 / 3),
    ("scale letter", "The app has 10k users.", "10k", "count", 10_000),
    ("capital M is millions", "The album sold 4.3M copies.", "4.3M", "count", 4_300_000),
    ("decimal m before a noun", "The label shipped 2.7m records.", "2.7m", "count", 2_700_000),
    ("m of", "It has 35m of its readers abroad.", "35m", "count", 35_000_000),
    ("whole m before a plural noun", "The bank has 30m customers.", "30m", "count", 30_000_000),
    ("m at a sentence's end after what is counted", "Employment rose to 33.1m.", "33.1m", "count", 33_100_000),
    ("... but a height stays metres", "The wave reached 4.5m.", "4.5m", "quantity", 4.5),
    ("m before from and another figure", "Subscribers rose to 7.2m from 6.8m.", "7.2m", "count", 7_200_000),
    ("whole m before a length word stays metres", "The wall is 30m high.", "30m", "quantity", 30),
]

# Numbers whose last character touches the sentence's end or a word: nothing is cut off.
AT_SENTENCE_END = [
    ("power of ten before a full stop", "The colony grew to 1.3x10^6.", "1.3x10^6", "count", 1_300_000),
    ("e notation before a full stop", "The estimate is 4e14.", "4e14", "count", 4e14),
    ("caret power before a full stop", "The board holds 2^10.", "2^10", "count", 1024),
    ("minus one unquoted", "The balance came to minus one.", "minus one", "count", -1),
]

# A bare number after a scale word starts a number of its own.
TWO_NUMBERS = [
    ("scale then a measure", "The plant fills eight million 250ml bottles.", "eight million", "count", 8_000_000),
    ("the measure after it", "The plant fills eight million 250ml bottles.", "250ml", "quantity", 250),
    # (telecoms) a number word in a hyphenated modifier after a scale word is no part of the number before
    ("a hyphenated modifier after a scale", "Safaricom had 44.1 million one-month active customers.", "44.1 million",
     "count", 44_100_000),
    ("... a one-off", "The fund made 2 million one-off payments.", "2 million", "count", 2_000_000),
    # (results releases) a percentage after "and" is a figure of its own
    ("an amount, then 'and' and a percentage", "Profit was 4% ahead of consensus of £300 million and 6% above our "
     "forecast.", "£300 million", "money", 300_000_000),
    ("... the percentage", "Profit was 4% ahead of consensus of £300 million and 6% above our forecast.", "6%",
     "percent", 6),
    ("digits of two places after 'and' and millions", "It employs 300 million and 45 staff.", "45", "count", 45),
]

# docs/claims.md, "percent": every spelling.
PERCENT_SPELLINGS = [
    ("sign", "About 80% of the fleet is new.", "About 80%", "percent", 80),
    ("per cent", "Around 80 per cent of the fleet is new.", "Around 80 per cent", "percent", 80),
    ("percent", "Some 80 percent of the fleet is new.", "Some 80 percent", "percent", 80),
    ("in words", "Nearly five percent of trips were late.", "Nearly five percent", "percent", 5),
    ("minus in words", "Growth was minus five percent.", "minus five percent", "percent", -5),
    ("plus or minus is a margin, not a sign", "The margin of error is plus or minus 3 percentage points.",
     "3 percentage points", "percent", 3),
    ("signed change", "The index closed -1.3% lower.", "-1.3%", "percent", -1.3),
    ("percentage points", "Unemployment rose 2 percentage points.", "2 percentage points", "percent", 2),
    ("bare points that link shares", "The party's share rose 9 points to 41%.", "9 points", "percent", 9),
    ("bare points against an earlier share", "Turnout was 64%, up 3 points on 2019's 61%.", "3 points", "percent", 3),
    ("an index's points link no share", "The index fell 162 points to 7,425.", "162", "count", 162),
    ("a team's points", "The team scored 22 points, up from 18 last season.", "22", "count", 22),
]

# Journals that write the decimal point as a raised dot: the span is quoted as written.
RAISED_DECIMAL_POINTS = [
    ("a ratio", "The odds ratio was 1·45 in the treated group.", "1·45", "count", 1.45),
    ("a share", "Prevalence was 7·4% in 2022.", "7·4%", "percent", 7.4),
    ("a duration", "Median follow-up was 3·2 years.", "3·2 years", "duration", 3.2),
]


@pytest.mark.parametrize(
    "sentence, span, kind, value",
    [pytest.param(s, sp, k, v, id=i) for table in (CLAIMS_DOC_COUNTS, AT_SENTENCE_END, TWO_NUMBERS, PERCENT_SPELLINGS,
                                                    RAISED_DECIMAL_POINTS)
                    for i, s, sp, k, v in table],
)
def test_claim_value(sentence, span, kind, value):
    claim = claim_with(sentence, span)
    assert sentence[claim.start:claim.end] == span
    assert claim.kind == kind
    assert claim.value == pytest.approx(value, rel=1e-9)
