"""Currency markers before and after amounts, resolved to ISO 4217 codes.

A marker that several currencies share ("$", "dollars", "pesos") resolves to its
most common reading and is flagged `assumed`, so a report never presents a guess
as a fact. A country prefix ("US $", "Mexican pesos") settles it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from .prefilter import ending, fold, leads


@dataclass(frozen=True)
class Currency:
    code: str
    assumed: bool = False
    scale: float = 1.0  # "MUSD 5" is five million dollars; "kEUR 40" forty thousand euros


# Symbols and codes written before the amount: "US $4.2 million", "€70.4 million", "USD 5".
PREFIX_CURRENCIES: dict[str, Currency] = {
    "us$": Currency("USD"), "us $": Currency("USD"), "u.s. $": Currency("USD"), "u.s.$": Currency("USD"),
    "usd": Currency("USD"), "usd$": Currency("USD"),
    "mx$": Currency("MXN"), "mex$": Currency("MXN"), "mxn": Currency("MXN"), "mxn$": Currency("MXN"),
    "c$": Currency("CAD"), "ca$": Currency("CAD"), "cad": Currency("CAD"),
    "a$": Currency("AUD"), "au$": Currency("AUD"), "aud": Currency("AUD"),
    "nz$": Currency("NZD"), "nzd": Currency("NZD"), "hk$": Currency("HKD"), "hkd": Currency("HKD"),
    "s$": Currency("SGD"), "sgd": Currency("SGD"), "r$": Currency("BRL"), "brl": Currency("BRL"),
    "$us": Currency("USD"), "$a": Currency("AUD"), "$nz": Currency("NZD"), "$c": Currency("CAD"),
    "rm": Currency("MYR"), "myr": Currency("MYR"), "hk $": Currency("HKD"), "s $": Currency("SGD"),
    "nz $": Currency("NZD"), "mx $": Currency("MXN"),  # (not "a $" nor "c $": "a $48 million grant" is an article)
    "$": Currency("USD", assumed=True),
    "€": Currency("EUR"), "eur": Currency("EUR"),
    "£": Currency("GBP"), "gbp": Currency("GBP"),
    "¥": Currency("JPY", assumed=True), "jpy": Currency("JPY"), "cny": Currency("CNY"), "rmb": Currency("CNY"),
    "₹": Currency("INR"), "rs.": Currency("INR", assumed=True), "rs": Currency("INR", assumed=True),
    "inr": Currency("INR"), "₩": Currency("KRW"), "krw": Currency("KRW"), "₽": Currency("RUB"),
    "rub": Currency("RUB"), "chf": Currency("CHF"), "sek": Currency("SEK"), "nok": Currency("NOK"),
    "dkk": Currency("DKK"), "zar": Currency("ZAR"), "₦": Currency("NGN"), "ngn": Currency("NGN"),
    # (a Scandinavian crown, whose country the figure's place or the document's settles: "kr 410 million")
    "kr": Currency("DKK", assumed=True), "kr.": Currency("DKK", assumed=True),
    "₱": Currency("PHP"), "php": Currency("PHP"), "₺": Currency("TRY"), "try": Currency("TRY"),
    "₪": Currency("ILS"), "ils": Currency("ILS"), "₫": Currency("VND"), "ars": Currency("ARS"),
    "cop": Currency("COP"), "clp": Currency("CLP"), "pen": Currency("PEN"), "gtq": Currency("GTQ"),
    "ksh": Currency("KES"), "kes": Currency("KES"), "pln": Currency("PLN"), "czk": Currency("CZK"),
    "huf": Currency("HUF"), "egp": Currency("EGP"), "pkr": Currency("PKR"), "idr": Currency("IDR"),
    "thb": Currency("THB"), "ghs": Currency("GHS"),  # (not "AED" nor "SAR": defibrillators, search and rescue)
    # West and Central Africa, Eastern Europe, South and Southeast Asia
    "xof": Currency("XOF"), "xaf": Currency("XAF"), "cfa": Currency("XOF", assumed=True),
    "fcfa": Currency("XOF", assumed=True), "mdl": Currency("MDL"), "uah": Currency("UAH"), "₴": Currency("UAH"),
    "ron": Currency("RON"), "rp": Currency("IDR"), "rp.": Currency("IDR"), "tk": Currency("BDT"), "tk.": Currency("BDT"),
    "bdt": Currency("BDT"), "etb": Currency("ETB"), "zmw": Currency("ZMW"), "ugx": Currency("UGX"),
    "tzs": Currency("TZS"), "rwf": Currency("RWF"), "mmk": Currency("MMK"), "vnd": Currency("VND"),
    "kzt": Currency("KZT"), "₸": Currency("KZT"), "lkr": Currency("LKR"), "npr": Currency("NPR"),
    "mad": Currency("MAD"), "tnd": Currency("TND"), "dzd": Currency("DZD"), "rsd": Currency("RSD"),
    "bgn": Currency("BGN"), "gel": Currency("GEL"), "₾": Currency("GEL"), "amd": Currency("AMD"),
}
# More ISO 4217 codes before amounts, read only in capitals ("MWK 1.5 billion", "SAR 269 billion"): in lower case
# some are words or ends of words, and "SAR" and "AED" are also search and rescue and defibrillators, which a
# number seldom follows.
CAPITALS_ONLY_CODES = frozenset(
    "MWK MZN BWP NAD AOA CDF SZL LSL ZWL ZWG SAR AED QAR OMR KWD BHD JOD IQD IRR LBP SYP AFN UZS AZN BYN ISK MKD "
    "MNT KHR TWD DOP JMD TTD HNL NIO CRC PYG UYU VES MUR SCR MGA DJF SDG SSP LYD GMD GNF SLE LRD CVE BIF HTG FJD PGK "
    "BND MVR BTN ERN SOS XPF".lower().split())
PREFIX_CURRENCIES.update({code: Currency(code.upper()) for code in CAPITALS_ONLY_CODES})
PREFIX_CURRENCIES["mk"] = Currency("MWK")  # (Malawian kwacha: "MK 420 million")
# (the Ghana cedi's signs: "GH¢20,928", "GH₵ 1.2 billion")
PREFIX_CURRENCIES.update({"gh¢": Currency("GHS"), "gh₵": Currency("GHS"), "₵": Currency("GHS")})
# (a bare "K": the kwacha, the kina or the kyat, by the country; "K1.9 billion")
PREFIX_CURRENCIES["k"] = Currency("ZMW", assumed=True)
# Codes that are more often initialisms: money only before an amount that looks like money (see the scanner).
INITIALISM_CODES = frozenset({"SAR", "AED", "K"})

# Names written after the amount: "5 million pesos", "420 million finnish markka".
SUFFIX_CURRENCIES: dict[str, Currency] = {
    "us dollars": Currency("USD"), "u.s. dollars": Currency("USD"), "american dollars": Currency("USD"),
    "canadian dollars": Currency("CAD"), "australian dollars": Currency("AUD"),
    "new zealand dollars": Currency("NZD"), "hong kong dollars": Currency("HKD"),
    "singapore dollars": Currency("SGD"), "taiwan dollars": Currency("TWD"),
    "dollars": Currency("USD", assumed=True), "dollar": Currency("USD", assumed=True),
    "mexican pesos": Currency("MXN"), "argentine pesos": Currency("ARS"), "argentinian pesos": Currency("ARS"),
    "colombian pesos": Currency("COP"), "chilean pesos": Currency("CLP"), "philippine pesos": Currency("PHP"),
    "pesos": Currency("MXN", assumed=True), "peso": Currency("MXN", assumed=True),
    "euros": Currency("EUR"), "euro": Currency("EUR"),
    "pounds sterling": Currency("GBP"), "sterling": Currency("GBP"), "british pounds": Currency("GBP"),
    "yen": Currency("JPY"), "japanese yen": Currency("JPY"), "yuan": Currency("CNY"),
    "renminbi": Currency("CNY"), "rupees": Currency("INR", assumed=True), "indian rupees": Currency("INR"),
    "rupee": Currency("INR", assumed=True), "won": Currency("KRW"), "rubles": Currency("RUB"),
    "roubles": Currency("RUB"), "swiss francs": Currency("CHF"), "francs": Currency("CHF", assumed=True),
    "french francs": Currency("FRF"), "belgian francs": Currency("BEF"),
    "marks": Currency("DEM", assumed=True), "deutsche marks": Currency("DEM"), "german marks": Currency("DEM"),
    "finnish markka": Currency("FIM"), "markka": Currency("FIM"), "markkaa": Currency("FIM"),
    "kronor": Currency("SEK"), "swedish kronor": Currency("SEK"), "krona": Currency("SEK"),
    "norwegian kroner": Currency("NOK"), "danish kroner": Currency("DKK"), "kroner": Currency("DKK", assumed=True),
    "lire": Currency("ITL"), "lira": Currency("TRY", assumed=True), "italian lire": Currency("ITL"),
    "pesetas": Currency("ESP"), "guilders": Currency("NLG"), "dutch guilders": Currency("NLG"),
    "rand": Currency("ZAR"), "naira": Currency("NGN"), "shillings": Currency("KES", assumed=True),
    "quetzales": Currency("GTQ"), "quetzals": Currency("GTQ"), "reais": Currency("BRL"),
    "koruna": Currency("CZK"), "korunas": Currency("CZK"), "czech crowns": Currency("CZK"),
    "swedish crowns": Currency("SEK"), "norwegian crowns": Currency("NOK"), "danish crowns": Currency("DKK"),
    "crowns": Currency("CZK", assumed=True),
    "lev": Currency("BGN"), "leva": Currency("BGN"), "bolivars": Currency("VES"), "dinars": Currency("KWD", assumed=True),
    "dirhams": Currency("AED", assumed=True),
    # (a name shared by several countries' currencies is the most common one's, assumed)
    "lei": Currency("RON", assumed=True), "leu": Currency("RON", assumed=True), "romanian lei": Currency("RON"),
    "moldovan lei": Currency("MDL"), "forints": Currency("HUF"), "kwacha": Currency("ZMW", assumed=True),
    "zambian kwacha": Currency("ZMW"), "malawian kwacha": Currency("MWK"), "birr": Currency("ETB"),
    "hryvnias": Currency("UAH"), "hryvnia": Currency("UAH"), "hryvnas": Currency("UAH"), "kyat": Currency("MMK"),
    "dong": Currency("VND"), "cfa francs": Currency("XOF", assumed=True), "cfa franc": Currency("XOF", assumed=True),
    "taka": Currency("BDT"), "tenge": Currency("KZT"), "lari": Currency("GEL"), "armenian drams": Currency("AMD"),
    "afghanis": Currency("AFN"), "cedi": Currency("GHS"), "leones": Currency("SLE"), "pula": Currency("BWP"),
    "lempiras": Currency("HNL"), "colones": Currency("CRC"), "soles": Currency("PEN"), "bolivianos": Currency("BOB"),
    "guaranies": Currency("PYG"), "gourdes": Currency("HTG"), "rials": Currency("IRR", assumed=True),
    "moroccan dirhams": Currency("MAD"), "uae dirhams": Currency("AED"), "emirati dirhams": Currency("AED"),
    "tunisian dinars": Currency("TND"), "algerian dinars": Currency("DZD"), "jordanian dinars": Currency("JOD"),
    "iraqi dinars": Currency("IQD"), "kuwaiti dinars": Currency("KWD"), "serbian dinars": Currency("RSD"),
    "libyan dinars": Currency("LYD"), "bahraini dinars": Currency("BHD"), "egyptian pounds": Currency("EGP"),
    "lebanese pounds": Currency("LBP"), "sudanese pounds": Currency("SDG"), "syrian pounds": Currency("SYP"),
    "ugandan shillings": Currency("UGX"), "tanzanian shillings": Currency("TZS"), "somali shillings": Currency("SOS"),
    "rwandan francs": Currency("RWF"), "congolese francs": Currency("CDF"), "burundian francs": Currency("BIF"),
    "pakistani rupees": Currency("PKR"), "nepalese rupees": Currency("NPR"), "sri lankan rupees": Currency("LKR"),
    "mauritian rupees": Currency("MUR"), "indonesian rupiah": Currency("IDR"), "vietnamese dong": Currency("VND"),
    "riyals": Currency("SAR"), "baht": Currency("THB"), "ringgit": Currency("MYR"), "rupiah": Currency("IDR"),
    "cents": Currency("USD", assumed=True), "pence": Currency("GBP"), "bitcoin": Currency("XBT"),
    "us cents": Currency("USD"), "euro cents": Currency("EUR"), "eurocents": Currency("EUR"),
    # (the singular after a number, as Irish and euro-area prices are written: "30 cent a litre")
    "cent": Currency("USD", assumed=True), "euro cent": Currency("EUR"),
    "bitcoins": Currency("XBT"),
    # Three-letter codes also follow amounts: "5 million EUR".
    "usd": Currency("USD"), "eur": Currency("EUR"), "gbp": Currency("GBP"), "mxn": Currency("MXN"),
    "jpy": Currency("JPY"), "cny": Currency("CNY"), "chf": Currency("CHF"), "cad": Currency("CAD"),
    "aud": Currency("AUD"), "inr": Currency("INR"), "myr": Currency("MYR"), "sgd": Currency("SGD"),
    "hkd": Currency("HKD"), "nzd": Currency("NZD"), "sek": Currency("SEK"), "nok": Currency("NOK"),
    "dkk": Currency("DKK"), "brl": Currency("BRL"), "zar": Currency("ZAR"), "krw": Currency("KRW"),
    "rub": Currency("RUB"), "ars": Currency("ARS"), "cop": Currency("COP"), "clp": Currency("CLP"),
    "shekels": Currency("ILS"), "shekel": Currency("ILS"),
    "zloty": Currency("PLN"), "zlotys": Currency("PLN"), "forint": Currency("HUF"),
    "zł": Currency("PLN"), "kenyan shillings": Currency("KES"), "cedis": Currency("GHS"), "pln": Currency("PLN"),
    "kes": Currency("KES"), "czk": Currency("CZK"), "huf": Currency("HUF"),
    "south sudanese pounds": Currency("SSP"),
}
# A named currency in the singular too ("10 us dollar", "one swiss franc"). Only names of two or more words:
# a bare singular ("the 10 mark", "a 5 pound bag") is too often no currency.
SUFFIX_CURRENCIES.update({
    name[:-1]: currency for name, currency in list(SUFFIX_CURRENCIES.items())
    if " " in name and name.endswith("s") and not name.endswith(("ss", " pounds sterling")) and name[:-1] not in SUFFIX_CURRENCIES
})

# ISO codes that are also written glued to the amount ("USD115", "EUR50m") or with a scale
# letter before them, as in financial reports ("30 MUSD", "MEUR 120", "kEUR 40").
GLUED_CODES = (
    "USD", "EUR", "GBP", "AUD", "CAD", "NZD", "HKD", "SGD", "CHF", "JPY", "CNY", "INR", "MXN", "BRL",
    "ZAR", "SEK", "NOK", "DKK", "MYR", "RUB", "KRW", "ARS", "COP", "CLP", "PEN", "GTQ", "PHP", "ILS",
)
SCALED_CODE_PATTERN = regex.compile(rf"(?P<scale>[Mk])(?P<code>{'|'.join(GLUED_CODES)})\b")
_SCALE_LETTER = {"M": 1_000_000.0, "k": 1_000.0}


def scaled_code(text: str) -> Optional[Currency]:
    """'MUSD' -> USD x 1e6; None for anything else."""
    m = SCALED_CODE_PATTERN.fullmatch(text.strip())
    if not m:
        return None
    return Currency(m.group("code"), scale=_SCALE_LETTER[m.group("scale")])

# "pounds" is money after a scale word or "£", and a weight otherwise ("200 pounds").
AMBIGUOUS_WEIGHT_OR_MONEY = {"pound": "GBP", "pounds": "GBP"}

# Hundredths of the main unit: "50 cents" is 0.50 USD.
MINOR_UNITS = {"cents": 0.01, "cent": 0.01, "euro cent": 0.01, "pence": 0.01, "us cents": 0.01, "euro cents": 0.01, "eurocents": 0.01}


# Codes that are also English words ("try 3 times", "pen 2 lines") count only in capitals.
_WORD_LIKE_CODES = {"try", "pen", "cop", "rub", "won", "rand", "real"}


def _phrase_pattern(phrases) -> str:
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrase in _WORD_LIKE_CODES and len(phrase) == 3 or phrase in CAPITALS_ONLY_CODES or phrase in ("mk", "k"):
            parts.append(f"(?-i:{phrase.upper()})")
            continue
        parts.append(r"\s*".join(regex.escape(w) for w in phrase.split()) if " " in phrase else regex.escape(phrase))
    return "|".join(parts)


_SCALED = rf"(?-i:[Mk](?:{'|'.join(GLUED_CODES)}))"

# Anchored at the end of the text before the number: "... of US $" -> "US $".
PREFIX_PATTERN = regex.compile(
    # (not the "s" of a possessive: "the programme's $120 million" is no Singapore dollars)
    rf"(?:(?<=^)|(?<=[\s(\[\"“'‘-])|(?<=\d\s?))(?<![A-Za-z]['’])(?P<currency>{_SCALED}|{_phrase_pattern(PREFIX_CURRENCIES)})\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
# How what PREFIX_PATTERN matches ends, for prefilter.may_end_with(): a symbol or code, or a scaled code
# ("MUSD"); the pattern joins words with `\s*`.
PREFIX_ENDING = ending(list(PREFIX_CURRENCIES) + [s + code for s in "Mk" for code in GLUED_CODES], spaced=False)

# Anchored at the start of the text after the number (and its scale word).
# (or a hyphen, before a word in small letters: "a 25-cent deposit", "a 10-dollar note")
SUFFIX_PATTERN = regex.compile(
    rf"^(?:\s*|-(?=[a-z]))(?P<currency>{_SCALED}|{_phrase_pattern(SUFFIX_CURRENCIES)})(?![\w])", regex.IGNORECASE
)


_SPACES = regex.compile(r"\s+")


# What SUFFIX_PATTERN can start with, for prefilter.may_start_with().
SUFFIX_LEADS = leads(list(SUFFIX_CURRENCIES) + [s + code for s in "Mk" for code in GLUED_CODES])


def prefix_currency(marker: str) -> Optional[Currency]:
    scaled = scaled_code(marker)
    if scaled is not None:
        return scaled
    return PREFIX_CURRENCIES.get(_SPACES.sub(" ", fold(marker)).replace("$ ", "$"), None) or \
        PREFIX_CURRENCIES.get(_SPACES.sub(" ", fold(marker)))


def suffix_currency(marker: str) -> Optional[Currency]:
    scaled = scaled_code(marker)
    if scaled is not None:
        return scaled
    return SUFFIX_CURRENCIES.get(_SPACES.sub(" ", fold(marker)))


def settle(prefix: Optional[Currency], suffix: Optional[Currency]) -> Optional[Currency]:
    """Combine "$" and "pesos" in "$17,926,386.00 pesos": the more specific marker wins."""
    if prefix and suffix:
        if not suffix.assumed:
            return suffix
        if not prefix.assumed:
            return prefix
        # "$ ... pesos": the name after the amount says which dollar-sign currency is meant.
        return suffix
    return prefix or suffix
