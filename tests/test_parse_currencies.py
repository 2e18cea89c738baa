"""Money: currency markers before and after amounts, as example tables (invented sentences only)."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.extract import currency
from tests.extraction_helpers import claim_with


# (id, sentence, span, value, unit, currency_assumed)
CLAIMS_DOC_MONEY = [
    ("country prefix", "The grant was worth US $4.2 million.", "US $4.2 million", 4_200_000, "USD", False),
    ("dollar sign and peso name", "The town paid $17,926,386.00 pesos for the bridge.", "$17,926,386.00 pesos",
     17_926_386, "MXN", True),
    ("scale and name", "The fine was 5 million pesos.", "5 million pesos", 5_000_000, "MXN", True),
    ("kroner in Norway", "Revenue in Norway was 5.2 billion kroner in 2023.", "5.2 billion kroner", 5_200_000_000,
     "NOK", True),
    ("pesos where another peso is used", "Relief in the Philippines cost 2.5 billion pesos.", "2.5 billion pesos",
     2_500_000_000, "PHP", True),
    ("lev", "The budget is 148.2bn lev.", "148.2bn lev", 148_200_000_000, "BGN", False),
    ("a part in the currency of the whole before it", "Of the 9.07 trillion pesos, 1.9 trillion go to pensions.",
     "1.9 trillion", 1_900_000_000_000, "MXN", True),
    ("an earlier level in the currency of the later one", "Funding fell to 42.5 million pesos, from 65.4 million "
     "in 2020.", "65.4 million", 65_400_000, "MXN", True),
    ("lei, a name two countries use", "Public investment was 6 billion lei in 2023.", "6 billion lei",
     6_000_000_000, "RON", True),
    ("CFA before the amount", "The budget rose to CFA 1.8 billion in 2022.", "CFA 1.8 billion", 1_800_000_000,
     "XOF", True),
    ("an ISO code of West Africa", "Costs were XOF 3 billion.", "XOF 3 billion", 3_000_000_000, "XOF", False),
    ("an ISO code of Southern Africa, in capitals (TB programme budgets)", "The government pledged MWK 1.5 billion.",
     "MWK 1.5 billion", 1_500_000_000, "MWK", False),
    ("... and of the Gulf (defence budgets)", "It allocates SAR 269 billion to the military.", "SAR 269 billion",
     269_000_000_000, "SAR", False),
    ("MK, the Malawian kwacha", "MK 420 million was spent.", "MK 420 million", 420_000_000, "MWK", False),
    # (cocoa and coffee markets) the cedi's sign, and shillings named in Uganda
    ("the cedi's sign", "The producer price is GH¢20,928 per tonne.", "GH¢20,928", 20_928, "GHS", False),
    ("bare shillings in Uganda", "In Uganda, the price rose to 4,100 shillings per kilogram.", "4,100 shillings",
     4_100, "UGX", True),
    # (maternal health budgets) a bare "K" before a scaled amount: the kwacha, the kina or the kyat, by the country
    ("a bare K, the kwacha (assumed)", "The budget is K1.9 billion.", "K1.9 billion", 1_900_000_000, "ZMW", True),
    ("... in Malawi, its kwacha", "Malawi's health budget is K450 million.", "K450 million", 450_000_000, "MWK", True),
    ("... with thousands grouped", "It paid K450,000 in fees.", "K450,000", 450_000, "ZMW", True),
    ("forints", "Fines totalled 450 million forints.", "450 million forints", 450_000_000, "HUF", False),
    ("birr", "The grant was 12 million birr.", "12 million birr", 12_000_000, "ETB", False),
    ("hryvnias", "Wages rose to 2,000 hryvnias.", "2,000 hryvnias", 2_000, "UAH", False),
    ("taka in crore", "Tk 450 crore was spent on roads.", "Tk 450 crore", 4_500_000_000, "BDT", False),
    ("dirhams of one country", "Exports reached 12 billion Moroccan dirhams.", "12 billion Moroccan dirhams",
     12_000_000_000, "MAD", False),
    ("dirhams alone are assumed", "Exports reached 12 billion dirhams.", "12 billion dirhams", 12_000_000_000, "AED",
     True),
    ("a possessive before a dollar sign", "The programme's $120 million budget covers 2023.", "$120 million",
     120_000_000, "USD", True),
    ("euro sign", "The museum raised €70.4 million.", "€70.4 million", 70_400_000, "EUR", False),
    ("bare dollar is assumed", "The ticket costs $12.", "$12", 12, "USD", True),
    ("an article before a dollar sign is no Australian dollar", "It was funded by a $48 million grant.",
     "$48 million", 48_000_000, "USD", True),
    ("... nor a capitalised one", "A $5 fee applies.", "$5", 5, "USD", True),
    ("A$ glued is the Australian dollar", "The grant was A$48 million.", "A$48 million", 48_000_000, "AUD", False),
    ("named dollars", "It cost 40 Canadian dollars.", "40 Canadian dollars", 40, "CAD", False),
]

FINANCIAL_SPELLINGS = [
    ("glued code", "The yacht sold for USD115,000.", "USD115,000", 115_000, "USD", False),
    ("glued code and scale letter", "Revenue reached EUR50m.", "EUR50m", 50_000_000, "EUR", False),
    ("scale letter after symbol", "Profits hit $75m.", "$75m", 75_000_000, "USD", True),
    ("trillions", "Output was $2.1T last year.", "$2.1T", 2.1e12, "USD", True),
    ("code before scale word", "They lost 75 USD million.", "75 USD million", 75_000_000, "USD", False),
    ("a scale word joined by a hyphen", "It is a $2-billion project.", "$2-billion", 2_000_000_000, "USD", True),
    ("crores joined by a hyphen", "It is a Rs 2,000-crore project.", "Rs 2,000-crore", 20_000_000_000, "INR", True),
    ("'Rs.' with its stop, then a space", "The state released Rs. 3,214 crore.", "Rs. 3,214 crore", 32_140_000_000,
     "INR", True),
    ("'Tk.' with its stop, then a space", "The ministry set aside Tk. 40 lakh.", "Tk. 40 lakh", 4_000_000, "BDT",
     False),
    ("million-code", "Losses above 30 MUSD were reported.", "above 30 MUSD", 30_000_000, "USD", False),
    ("ringgit", "The plan costs RM79 a month.", "RM79 a month", 79, "MYR", False),
    ("a named currency in the singular", "The stamp costs 10 us dollar.", "10 us dollar", 10, "USD", False),
    ("swiss franc", "A coffee costs one swiss franc.", "one swiss franc", 1, "CHF", False),
    ("dollars and cents", "It cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents",
     13.45, "USD", True),
    ("dollars then cents digits", "It cost 15 dollars 50.", "15 dollars 50", 15.5, "USD", True),
    ("cents alone", "Stamps rose by 50 cents.", "50 cents", 0.5, "USD", True),
    ("cent in the singular (Irish fuel prices)", "Diesel rose by 30 cent a litre.", "30 cent", 0.3, "USD", True),
    ("... in a text in euros", "Petrol costs €1.80 a litre, up 30 cent.", "30 cent", 0.3, "EUR", True),
    ("pence", "The bid was 470 pence a share.", "470 pence", 4.7, "GBP", False),
    ("pence glued, in a text in pounds (results releases)", "The dividend of 8.4p a share costs £40 million.", "8.4p",
     0.084, "GBP", False),
    ("pence glued, a price in a text with no pounds (postal prices)", "A first class stamp now costs 135p.", "135p",
     1.35, "GBP", False),
    ("... a share's price", "The bid was 470p a share.", "470p", 4.7, "GBP", False),
    # (lifeboat charities in Scandinavia)
    ("a crown before the amount, its country from the place", "In Norway, the levy raised kr 2.1 billion.",
     "kr 2.1 billion", 2_100_000_000, "NOK", True),
    # (deposit return schemes)
    ("... a deposit per container", "The deposit has been set at 25p per container.", "25p", 0.25, "GBP", False),
    ("a minor unit joined by a hyphen before its noun", "Shoppers pay a 25-cent deposit on each can.", "25-cent", 0.25,
     "USD", True),
    ("a bare name after the document named it in full (cocoa prices)", "The price rose to 1,800 CFA francs. At "
     "1,800 francs a kilo, it is low.", "1,800 francs", 1800, "XOF", True),
    ("US cents (energy tariffs)", "The tariff was 31 US cents per kWh.", "31 US cents", 0.31, "USD", False),
    ("euro cents", "Power cost 38 euro cents per kWh.", "38 euro cents", 0.38, "EUR", False),
    ("lakh rupees", "The loan was 35 lakh rupees.", "35 lakh rupees", 3_500_000, "INR", True),
    ("half a million", "The flat costs half a million euros.", "half a million euros", 500_000, "EUR", False),
    ("zloty sign", "A ticket costs 40 zł.", "40 zł", 40, "PLN", False),
    ("Kenyan shilling prefix", "The road cost KSh 2 billion.", "KSh 2 billion", 2e9, "KES", False),
    ("Polish code before", "Fees were PLN 300.", "PLN 300", 300, "PLN", False),
]
# Accounts write a loss or a negative balance in brackets.
ACCOUNTING = [
    ("bracketed after a colon", "Net income: ($1.2 million)", "$1.2 million", -1_200_000, "USD", True),
    ("bracketed after was", "Operating profit was (£3.4m) in 2022.", "£3.4m", -3_400_000, "GBP", False),
    ("a conversion in brackets is no loss", "It cost 5 million pesos ($250,000).", "$250,000", 250_000, "USD", True),
]


@pytest.mark.parametrize(
    "sentence, span, value, unit, assumed",
    [pytest.param(*row[1:], id=row[0]) for table in (CLAIMS_DOC_MONEY, FINANCIAL_SPELLINGS, ACCOUNTING) for row in table],
)
def test_money(sentence, span, value, unit, assumed):
    claim = claim_with(sentence, span)
    assert claim.kind == "money"
    assert claim.value == pytest.approx(value, rel=1e-9)
    assert claim.unit == unit
    assert claim.currency_assumed is assumed


def test_one_spelled_dollar_currency_settles_bare_dollar_signs():
    text = "The fund gave $539,600 pesos to shelters. A further $20,000 went to training."
    claims = {c.text: c for c in extract(text)}
    assert claims["$539,600 pesos"].unit == "MXN"
    assert claims["$20,000"].unit == "MXN"
    assert claims["$20,000"].currency_assumed is True


NOT_MONEY = [
    ("try is a verb", "We will try 3 times."),
    ("pen is a noun", "Sign with pen 2."),
    ("pounds of weight", "The dog weighs 40 pounds."),
    ("an initialism that is no currency", "File the SAR 12 form today."),
    ("a 'p' glued in a text with no pounds and no price", "The 470p model sold well in Leeds."),
    ("a K before a small number names a unit", "The K9 unit found 12 dogs."),
    ("... or a mountain", "Mount K2 is 8,611 metres high."),
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=i) for i, s in NOT_MONEY])
def test_not_money(sentence):
    assert all(c.kind != "money" for c in extract(sentence))


def test_a_screens_lines_are_no_pence_in_a_text_in_pounds():
    assert [c.kind for c in extract("The 1080p model costs £200.")] == ["count", "money"]


@pytest.mark.parametrize("marker", ["", "xyz", "dollar-ish", "MUSDX", "$$"])
def test_lookups_return_none(marker):
    assert currency.suffix_currency(marker) is None
    assert currency.scaled_code(marker) is None


def test_settle_prefers_the_specific_marker():
    assert currency.settle(currency.Currency("USD", True), currency.Currency("MXN")).code == "MXN"
    assert currency.settle(None, None) is None
