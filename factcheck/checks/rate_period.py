"""rate-period: the same rate stated per day and per year does not convert.

Flags:
    Rates of the same thing in the same place and period counted per different periods
    ("about 2,000 vehicles a day" and "7.3 million vehicles a year") whose values,
    converted to one period (365 days a year, 12 months, 52.18 weeks), allow no common value.
    Money by the hour is pay for the hours worked, which no calendar converts, and is left alone.
Why it matters:
    Daily and yearly figures are converted by hand, and a slipped zero is common; the
    converted figure shows the reader which one is off.
Example:
    About 2,000 a day is 657,000-803,000 a year, not 7.3 million.
"""

from __future__ import annotations

from typing import Iterable

import regex

from ..align import Alignment
from ..align.events import position_in_sentence
from ..align.keys import (SCOPE_RATIO, adds_to_a_stock, entities_compatible, interval, is_expected, modifiers,
                          one_is_a_subgroup, overlaps, parts_compatible, period_key, predicates_compatible,
                          subject_key, subjects_compatible)
from ..config import AuditConfig
from ..extract import units
from ..models import Claim, Finding
from .base import Check, Example, fmt_span, name, quote


# Between two rates of one sentence, words that say the second restates the first: "€1,050 a month, or €126,000
# a year", "2 million cubic metres per day (730 million a year)".
# (up to five words between: "1.42 million tonnes| of fuel a year, or |4,900 tonnes a day", "3,440 a month| in 2023, or |")
_RESTATING_GAP = regex.compile(r"(?:\s+[\w/–'’-]+){0,12}?\s*(?:,\s*)?(?:or|i\.e\.|that\s+is|equivalent\s+to|the\s+equivalent\s+of|which\s+is|"
                               # ("1,276 people a year – about five every day": a dash; "£75 every week — or £4,500")
                               r"[–—](?:\s+or)?|-(?=\s)(?:\s+or)?|"
                               r"(?:for\s+)?a\s+total\s+of|"
                               # ("1,020 femicides in 2023, which means one woman was killed every 5 hours")
                               r"(?:which|this|that)\s+means\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?|"
                               # ("£45,000 a week, which the club says amounts to £3.5 million a year")
                               r"(?:which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:amounts?|comes?|works?\s+out)\s+to|"
                               # ("85 million litres per day, amounting to 25 billion litres a year")
                               r"amounting\s+to|adding\s+up\s+to|working\s+out\s+(?:at|to)|"
                               # ("120 trees per day, which equates to roughly 20,000 trees a year")
                               r"(?:which|that)\s+equates\s+to|equating\s+to|equivalent\s+to|"
                               # ("£10 per week was worth £620 a year", "adds up to")
                               r"(?:(?:was|is|were|are)\s+)?worth|(?:adds|added)\s+up\s+to|"
                               r"\(|or\s+the\s+equivalent\s+of)\s*(?:(?:about|around|some|roughly|nearly|almost|over|"
                               r"just\s+over|just\s+under)\s+)?$", regex.IGNORECASE)


# A rate said of a part of the year only: "$3.0 million per day during the 120-day fire season", "12 million euros
# a day in the winter months", "in the first six months": no year converts it.
_PART_OF_YEAR = regex.compile(
    r"\b(?:during|in|over|throughout|across|for)\s+(?:the\s+|its\s+|each\s+)?"
    r"(?:\d{1,3}[- ](?:day|week|month)\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:season|winter|summer|spring|autumn|monsoon|months|weeks|holidays?|festival)\b", regex.IGNORECASE)


def _part_of_year(claim: Claim) -> bool:
    return _PART_OF_YEAR.search(claim.sentence) is not None


# A service that runs on some days of the week only: "operates on Friday and Saturday nights only", "open at weekends
# only": a rate per day or night of it is no rate per day of the year.
_SOME_DAYS_ONLY = regex.compile(
    r"\bon\s+(?:(?-i:[A-Z])[a-z]+days?\s*(?:,\s*|\s+and\s+|\s+or\s+))*(?-i:[A-Z])[a-z]+days?"
    r"(?:\s+(?:nights?|evenings?|mornings?))?\s+only\b|\bweekends\s+only\b|\bonly\s+(?:at|on)\s+weekends\b"
    r"|\b(?:two|three|four|five|six|[2-6])\s+(?:days|nights|evenings)\s+(?:a|per|each)\s+week\b", regex.IGNORECASE)


def _some_days_only(aligned: Alignment, claim: Claim) -> bool:
    """Whether a rate per day or night is of a service its paragraph says runs on some days of the week only."""
    return claim.per in ("day", "night") and _SOME_DAYS_ONLY.search(aligned.doc(claim).neighbours(claim)) is not None


_FROM_BEFORE = regex.compile(r"\bfrom\s+(?:(?:about|around|some|roughly)\s+)?$", regex.IGNORECASE)


def _far_apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two per-year intervals are more than SCOPE_RATIO times apart (open ends say nothing)."""
    sizes = []
    for low, high in (a, b):
        finite = [abs(x) for x in (low, high) if x not in (float("inf"), float("-inf"))]
        if not finite or not all(finite):
            return False
        sizes.append(sum(finite) / len(finite))
    return max(sizes) / min(sizes) > SCOPE_RATIO


def _same_dimension(a: Claim, b: Claim) -> bool:
    """Whether two figures are in one unit, or in units of one dimension ("2.1 tonnes" and "15 kilograms")."""
    if a.unit == b.unit:
        return True
    if not a.unit or not b.unit or a.kind != "quantity" or b.kind not in ("quantity", "rate"):
        return False
    try:
        return units.dimensionality(a.unit) == units.dimensionality(b.unit)
    except Exception:  # a unit pint does not know: not comparable
        return False


def _restated(a: Claim, b: Claim) -> bool:
    first, second = sorted((a, b), key=lambda c: c.start)
    at_first, at_second = position_in_sentence(first), position_in_sentence(second)
    end_first = at_first + len(" ".join(first.text.split()))
    if not 0 <= end_first <= at_second:
        return False
    gap = first.sentence[end_first:at_second]
    # ("45 homes a week, roughly 3,000 a year", "€1.1 million a day, more than €500 million a year": a hedged
    # figure in apposition says the same again)
    # ("3.1 million tests in 2022, an average of 12,000 a day": an average in apposition too)
    return bool(_RESTATING_GAP.fullmatch(gap)) or bool(_APPOSITION_GAP.fullmatch(gap)) and (
        second.qualifier != "exact" or _AVERAGE_SPAN.match(second.text) is not None)


# After a total, that it is a whole year's: "8,000 calls| over the year", "€1.2 billion| over the full year".
_YEAR_TOTAL_AFTER = regex.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:over|in|for|during|across)\s+the\s+(?:whole\s+|full\s+|entire\s+)?"
                                  r"year\b", regex.IGNORECASE)
_AVERAGE_SPAN = regex.compile(r"(?:an\s+average\s+of|averaging|on\s+average)\s", regex.IGNORECASE)


_APPOSITION_GAP = regex.compile(r"(?:\s+[\w/–-]+){0,8}?\s*,\s*")


# One year: a calendar year, or a financial year written across two ("2022/2023").
_ONE_YEAR = regex.compile(r"(?P<first>(?:19|20)\d\d)(?:/(?P<second>(?:19|20)\d\d))?")
# A stated stretch shorter than a year, which a total is of: "ran for 14 days at Easter 2022 and detected 3,850".
_SHORT_SPANS = frozenset(("day", "night", "week", "month", "hour", "minute"))
_MEANS = regex.compile(r"\b(?:which|this|that)\s+means\b", regex.IGNORECASE)
# A count's rate is a count per period: the two are one kind of figure.
_FAMILY = {"rate": "count"}


# A figure given as a year's total: "a total of 7,820", "totalled 120 million barrels", "... over the year".
_TOTAL_BEFORE = regex.compile(r"\b(?:a\s+total\s+of|totall?ed|totall?ing|in\s+total|in\s+all|an\s+annual|annual|"
                              r"the\s+year['’]s)\s+(?:\S+\s+){0,3}?$", regex.IGNORECASE)
# Nouns that name things that happen, whose count in a year is a flow, not a stock: "7,820 committals in 2023".
_EVENT_NOUNS = frozenset("call visit trip journey death birth arrest crash accident attack flight crossing sale case "
                         "incident complaint seizure shipment delivery dose test consultation referral "
                         "departure passenger "
                         # (what is done or happens one at a time: launches, deals, offences, fires, outages)
                         "launch mission deal order landing admission booking inspection procedure appointment "
                         "offence crime fire strike outage overdose".split())
_EVENT_ENDINGS = ("al", "ion", "ment", "ance", "ence")


# Money that flows in a year: what was spent, paid or earned ("spent £182 million on hotels"), or a measure
# that is such a flow ("revenue of $4.5 billion"), not a balance or a price.
_MONEY_FLOW_VERB_BEFORE = regex.compile(r"\b(?:spent|spends|spend|paid|pays|earned|earns|raised|received|collected|"
                                        r"invested|disbursed|lost|cost)\s+(?:\S+\s+){0,2}?$", regex.IGNORECASE)
# (subject heads are singular: "costs" is read "cost")
_MONEY_FLOW_HEADS = frozenset("spending expenditure revenue revenues sales sale turnover income earnings earning profit "
                              "loss cost costs payment payments receipt receipts".split())


def _is_year_total(claim: Claim) -> bool:
    """Whether a figure with no rate counts what happened in its year (a flow), not how many there were."""
    head = (claim.subject_head or "").lower()
    if head in _EVENT_NOUNS or head.endswith(_EVENT_ENDINGS):
        return True
    at = position_in_sentence(claim)
    end = at + len(" ".join(claim.text.split()))
    if claim.kind == "money" and (head in _MONEY_FLOW_HEADS
                                  or _MONEY_FLOW_VERB_BEFORE.search(claim.sentence, max(0, at - 30), at)):
        return True
    return _TOTAL_BEFORE.search(claim.sentence, max(0, at - 40), at) is not None \
        or _YEAR_TOTAL_AFTER.match(claim.sentence, end) is not None \
        or adds_to_a_stock(claim)


# A period adjective in a subject that makes its figure a rate: "the average monthly| wage".
_PERIOD_ADJECTIVE_IN = regex.compile(r"\b(?:daily|weekly|monthly)\b", regex.IGNORECASE)
_PER_OF_ADJECTIVE = {"daily": "day", "weekly": "week", "monthly": "month"}


def _named_on_one_side(a: Claim, b: Claim) -> bool:
    """Whether two documents' figures are one named thing's and one that names none ("The Northmoor Crisis Line
    answers about 260 calls a day", "The national helpline answers 310,000 calls a year"): a rate restated in
    another document names what it is about as the first does."""
    if a.source == b.source or (a.entity is None) == (b.entity is None):
        return False
    named = a if a.entity is not None else b
    # (a document's own "our helpline", whose owner is its publisher, names none in its words)
    return named.entity.split()[0] in named.sentence


def _year_is_over(period: str, published) -> bool:
    """Whether a calendar or financial year had ended when its document came out (unknown dates: assumed so)."""
    year = _ONE_YEAR.fullmatch(period)
    if year is None:
        return False
    if published is None:
        return True
    if year.group("second"):
        # a year written across two is most often a financial year to March (the UK's, India's, Japan's, Canada's),
        # over by April of the second
        return (published.year, published.month) >= (int(year.group("second")), 4)
    return published.year > int(year.group("first"))


def _per_year(claim: Claim, low: float, high: float) -> str:
    """A per-year interval in the claim's own unit: "726,350-733,650 metric tons a year"."""
    label = ""
    if claim.kind in ("quantity", "duration") and claim.unit:
        try:
            one = units.to_base(1.0, claim.unit)
            low, high = low / one, high / one
            label = " " + claim.unit.replace("_", " ") + ("s" if not claim.unit.endswith("s") else "")
        except Exception:
            pass
    elif claim.kind == "money" and claim.unit:
        label = " " + claim.unit
    return f"{fmt_span(low, high)}{label} a year"


def _narrower_and_smaller(a: tuple, b: tuple) -> bool:
    """Whether one of two figures, each with its yearly interval, says more of what it counts than the other and
    is less than half of it a year: a part, as value-conflict reads levels (see narrower_and_smaller)."""
    (claim_a, low_a, high_a), (claim_b, low_b, high_b) = a, b
    if None in (low_a, high_a, low_b, high_b):
        return False
    ma, mb = modifiers(claim_a), modifiers(claim_b)
    return mb < ma and high_a * 2 < low_b or ma < mb and high_b * 2 < low_a


class RatePeriod(Check):
    id = "rate-period"
    severity = "error"
    examples = [
        Example("a daily rate restated with 'which equates to' (tree planting)", {
            "a.md": "---\npublished: 2025-03-01\n---\nCrews planted about 120 trees per day, which equates to roughly "
                    "20,000 trees a year.\n",
        }, True, ("about 120", "roughly 20,000")),
        Example("a rate per night of a service that runs on two nights a week (noise helplines)", {
            "a.md": "---\npublished: 2025-03-01\n---\nThe noise line operates on Friday and Saturday nights only. It "
                    "handled about 11 calls a night in 2024, or roughly 1,150 calls over the year.\n",
        }, False),
        Example("hours given in a past year restated as hours a week (volunteering)", {
            "a.md": "---\npublished: 2024-05-01\n---\nVolunteers put in some 412 million hours last year, or roughly 10 "
                    "million hours a week.\n",
        }, True, ("412 million hours", "roughly 10 million hours a week")),
        Example("a weekly sum restated after a dash and 'or' (foster care allowances)", {
            "a.md": "---\npublished: 2024-03-14\n---\nCarers are subsidising the state by £75 per child every week — or "
                    "£4,500 a year.\n",
        }, True, ("£75", "£4,500 a year")),
        Example("a rate restated as a year's after its clause's verb (dental workforce)", {
            "a.md": "---\npublished: 2023-09-02\n---\nThe British Dental Association says around 10 dentists a day are "
                    "leaving NHS work, more than 5,000 a year.\n",
        }, True, ("around 10", "more than 5,000 a year")),
        Example("a year's total after its rate, 'a total of' (coffee exports)", {
            "a.md": "---\npublished: 2024-06-01\n---\nBrazil shipped 110,000 bags of coffee a day in 2023, a total of 47.3 "
                    "million bags.\n",
        }, True, ("110,000", "47.3 million")),
        Example("a rate restated by the year with its counted noun again (coffee exports)", {
            "a.md": "---\npublished: 2024-06-01\n---\nBrazil's coffee exports averaged 110,000 bags a day, or 47.3 million "
                    "bags a year.\n",
        }, True, ("110,000", "47.3 million")),
        Example("... which agree", {
            "a.md": "---\npublished: 2024-06-01\n---\nBrazil's coffee exports averaged 130,000 bags a day, or 47.3 million "
                    "bags a year.\n",
        }, False),
        Example("two limits on fares by two periods (bus fares)", {
            "a.md": "---\npublished: 2024-06-20\n---\nFares on Harrowline buses are capped at £5 a day.\n",
            "b.md": "---\npublished: 2024-06-20\n---\nFares on Harrowline buses are capped at £20 a week.\n",
        }, False),
        Example("two products priced by their own periods (bus fares)", {
            "a.md": "---\npublished: 2024-06-20\n---\nThe Hopper daily cap is £5 a day.\n",
            "b.md": "---\npublished: 2024-06-20\n---\nThe Hopper weekly cap is £20 a week.\n",
        }, False),
        Example("... a day ticket and a weekly one", {
            "a.md": "---\npublished: 2024-06-20\n---\nAn adult day ticket costs £5.50 a day on Harrowline buses.\n",
            "b.md": "---\npublished: 2024-06-20\n---\nAn adult weekly ticket costs £22 a week on Harrowline buses.\n",
        }, False),
        Example("a year's amount restated by the month, rounded to the pound (student loans)", {
            "a.md": "---\npublished: 2023-06-15\n---\nThe repayment threshold is £27,295 a year, or £2,275 a month.\n",
        }, False),
        Example("... but not a pound more", {
            "a.md": "---\npublished: 2023-06-15\n---\nThe repayment threshold is £27,295 a year, or £2,277 a month.\n",
        }, True, ("£27,295 a year", "£2,277 a month")),
        Example("deaths that happen and deaths averted (alcohol policy)", {
            "a.md": "---\npublished: 2023-08-15\n---\nOn average, 3.5 people die from alcohol every day.\n",
            "b.md": "---\npublished: 2023-06-20\n---\nThe policy averts about 150 deaths a year.\n",
        }, False),
        Example("a rate restated after a dash (alcohol harm)", {
            "a.md": "---\npublished: 2023-09-05\n---\nAlcohol kills 1,276 people a year – about five every day.\n",
        }, True, ("1,276", "about five")),
        Example("... and after a long place (health statistics)", {
            "a.md": "---\npublished: 2022-10-05\n---\nRSV sends about 160 older adults to hospital every day in the "
                    "United States, or about 177,000 a year.\n",
        }, True, ("about 160", "about 177,000")),
        Example("a rate restated, one subject that a verb before it makes deaths (gun violence statistics)", {
            "a.md": "---\npublished: 2024-03-14\n---\nIn 2022 guns killed 145 people a day, or 48,204 a year.\n",
        }, True, ("145", "48,204")),
        Example("a rate restated with a bound in apposition (fraud reports)", {
            "a.md": "---\npublished: 2024-05-02\n---\nScammers take €1.1 million a day, more than €500 million a year.\n",
        }, True, ("€1.1 million a day", "more than €500 million a year")),
        Example("... which it may meet", {
            "a.md": "---\npublished: 2024-05-02\n---\nScammers take €1.1 million a day, more than €400 million a year.\n",
        }, False),
        Example("people who die each day against deaths a year (TB programmes)", {
            "a.md": "---\npublished: 2023-11-07\n---\nEvery day, 52 people die of TB in Valdoria.\n",
            "b.md": "---\npublished: 2023-12-07\n---\nValdoria records about 12,400 TB deaths a year.\n",
        }, True, ("52", "about 12,400")),
        Example("a subgroup's total is no total for everyone's rate (birth statistics)", {
            "a.md": "---\npublished: 2024-03-14\n---\nOn average, 128 babies were born each day in 2023. There were 612 "
                    "teenage births in 2023.\n",
        }, False),
        Example("... nor a part named by its kind (music industry)", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn 2022, US vinyl revenues rose to $1.2 billion. US revenues "
                    "averaged about $43.6 million a day in 2022.\n",
        }, False),
        # (road safety, drug seizures, budgets and schools: unseen corpora)
        Example("a rate restates the level a change reached, not where it started (fiscal reports)", {
            "a.md": "---\npublished: 2021-04-15\n---\nInterest payments rose to EUR 5.1 billion in 2020 from EUR 4.2 "
                    "billion in 2019, equivalent to roughly EUR 14 million a day.\n",
        }, False),
        Example("a rate a day and what the year added (telecoms news)", {
            "a.md": "---\npublished: 2023-05-11\n---\nIn 2022 the operator connected about 1,200 new customers per day "
                    "in Tarsk.\n",
            "b.md": "---\npublished: 2023-05-12\n---\nThe operator added 150,000 new customers in Tarsk in 2022.\n",
        }, True, ("about 1,200", "150,000")),
        Example("a rate a day and a year's total of events, in two documents (space launches)", {
            "a.md": "---\npublished: 2024-01-15\n---\nChina conducted 67 orbital launches in 2023.\n",
            "b.md": "---\npublished: 2024-05-15\n---\nChina averaged 0.25 orbital launches per day in 2023.\n",
        }, True, ("67", "0.25")),
        Example("animals poached in a year and killed a day (wildlife crime)", {
            "a.md": "---\npublished: 2023-02-27\n---\nA total of 448 rhinos were poached in South Africa in 2022. In 2022, "
                    "poachers in South Africa killed about 3 rhinos per day.\n",
        }, True, ("448", "about 3")),
        Example("a named company's total is no total for an unnamed rate (launch statistics)", {
            "a.md": "---\npublished: 2024-01-15\n---\nChina dominated the year. SpaceX conducted 96 launches in 2023. "
                    "Rocket Lab, the second most active rocket operator, completed 10 launches in 2023.\n",
            "b.md": "---\npublished: 2024-05-15\n---\nChinese providers averaged 0.25 launches per day in 2023.\n",
        }, False),
        Example("a monthly wage restated by the year (labour statistics)", {
            "a.md": "---\npublished: 2022-11-20\n---\nIn 2021 the average monthly wage was £2,000, or £24,000 a year.\n",
        }, False),
        Example("... that does not convert", {
            "a.md": "---\npublished: 2022-11-20\n---\nIn 2021 the average monthly wage was £2,000, or £30,000 a year.\n",
        }, True, ("£2,000", "£30,000 a year")),
        Example("a named line's rate and an unnamed one's, in two documents (helplines)", {
            "a.md": "---\npublished: 2023-09-12\n---\nThe national helpline answers 310,000 calls a year.\n",
            "b.md": "---\npublished: 2023-03-14\n---\nThe Northmoor Crisis Line answers about 260 calls a day.\n",
        }, False),
        Example("an owner's rate restated by the year (charity reports)", {
            "a.md": "---\npublished: 2022-03-01\n---\nThe Fund received 520 donations a day, or 142,000 donations a "
                    "year.\n",
        }, True, ("520", "142,000")),
        Example("a weekly payment said to be worth a yearly sum (welfare benefits)", {
            "a.md": "---\npublished: 2023-05-17\n---\nThe payment of £10 per week was worth £620 a year.\n",
        }, True, ("£10", "£620")),
        Example("a small average a day is rounded to a whole one (deal trackers)", {
            "a.md": "---\npublished: 2024-02-14\n---\nInvestors completed 700 deals in 2023, an average of 2 deals a "
                    "day.\n",
        }, False),
        Example("... but not so far as another whole one", {
            "a.md": "---\npublished: 2024-02-14\n---\nInvestors completed 700 deals in 2023, an average of 3 deals a "
                    "day.\n",
        }, True, ("700", "an average of 3")),
        Example("rates thousands of times apart are two things (university statistics)", {
            "a.md": "---\npublished: 2024-03-12\n---\nIn Tarsk, student unions say actual costs are closer to €1,100 a "
                    "month.\n",
            "b.md": "---\npublished: 2024-03-12\n---\nIn Tarsk, the cost of dropout is about €95 million a year.\n",
        }, False),
        Example("a forecast rate restated over a year (grant schemes)", {
            "a.md": "---\npublished: 2023-12-01\n---\nThe council will pay out €1.4 million a day in grants, or €412 "
                    "million a year.\n",
        }, True, ("€1.4 million a day", "€412 million a year")),
        Example("a rate during a season is no rate all year (wildfire reports)", {
            "a.md": "---\npublished: 2023-11-15\n---\nIn 2023, suppression spending in Tarsk averaged $3.0 million per "
                    "day during the 120-day fire season.\n",
            "b.md": "---\npublished: 2024-02-12\n---\nSuppression spending in Tarsk totalled $400 million in 2023.\n",
        }, False),
        Example("... nor in the winter months (energy prices)", {
            "a.md": "---\npublished: 2023-03-02\n---\nThe subsidy costs about 12 million euros per day in the winter "
                    "months.\n",
            "b.md": "---\npublished: 2023-04-16\n---\nThe subsidy costs about 1.46 billion euros per year.\n",
        }, False),
        Example("two tickets named by how long they last are two products, no rate (transport fares)", {
            "a.md": "---\npublished: 2024-01-15\n---\nIn Tarsk a weekly ticket costs €20.\n",
            "b.md": "---\npublished: 2024-01-16\n---\nIn Tarsk a monthly ticket costs €70.\n",
        }, False),
        Example("a year's total and its average a day disagree", {
            "a.md": "---\npublished: 2023-09-01\n---\nPolice conducted 3.1 million breath tests in 2022, an average of "
                    "12,000 breath tests a day.\n",
        }, True, ("3.1 million", "12,000")),
        Example("a rate restated over a year, a possessive between (environment reports)", {
            "a.md": "---\npublished: 2021-10-20\n---\nAn average of 35 tonnes of plastic enters Kestovia's rivers every "
                    "day, or about 18,000 tonnes a year.\n",
        }, True, ("35 tonnes", "18,000 tonnes")),
        Example("a rate restated with 'amounting to' (water utility reports)", {
            "a.md": "---\npublished: 2023-05-02\n---\nLeaking mains lose 60 million litres per day, amounting to 29 "
                    "billion litres a year.\n",
        }, True, ("60 million litres", "29 billion litres")),
        Example("... and agree", {
            "a.md": "---\npublished: 2023-09-01\n---\nPolice conducted 4.4 million breath tests in 2022, an average of "
                    "12,000 breath tests a day.\n",
        }, False),
        Example("a financial year's total in tonnes and its rate in kilograms", {
            "a.md": "---\npublished: 2023-09-01\n---\nCustoms seized 2.1 tonnes of cocaine in 2022-23, or about 15 "
                    "kilograms a day.\n",
        }, True, ("2.1 tonnes", "15 kilograms")),
        Example("a total over a stated fortnight is no year's", {
            "a.md": "---\npublished: 2023-09-01\n---\nOperation Roadwise ran for 14 days at Easter 2022 and detected "
                    "3,850 speeding drivers, or 275 a day.\n",
        }, False),
        Example("a rate, then the year's total 'over the year'", {
            "a.md": "---\npublished: 2020-03-01\n---\nIn 2019, the hotline averaged 35 calls a day, a total of 8,000 "
                    "calls over the year.\n",
        }, True, ("35", "8,000")),
        Example("... that agree", {
            "a.md": "---\npublished: 2020-03-01\n---\nIn 2019, the hotline averaged 35 calls a day, a total of 12,800 "
                    "calls over the year.\n",
        }, False),
        Example("a rate restated after a long verb phrase", {
            "a.md": "---\npublished: 2023-09-01\n---\nAbout 320 children drop out of school every day, or about 58,000 "
                    "a year.\n",
        }, True, ("320", "58,000")),
        Example("2,000 a day is not 7.3 million a year", {
            "a.md": "---\npublished: 2017-09-05\n---\nIn 2017 the Kestrel Bridge in Port Aurel carried about 2,000 vehicles a day.\n",
            "b.md": "---\npublished: 2018-10-03\n---\nIn 2017 the Kestrel Bridge in Port Aurel carried about 7.3 million vehicles a year.\n",
        }, True, ("2,000", "7.3 million")),
        Example("an open bound that does not convert", {
            "a.md": "---\npublished: 2017-09-05\n---\nIn 2017 about 2,000 people crossed the Valdoria border every day.\n",
            "b.md": "---\npublished: 2018-10-03\n---\nIn 2017 at least 900,000 people crossed the Valdoria border each "
                    "year.\n",
        }, True, ("2,000", "900,000")),
        Example("two players' salaries", {
            "a.md": "---\npublished: 2024-01-10\n---\nCastel's salary is £45,000 a week.\n",
            "b.md": "---\npublished: 2024-01-12\n---\nOduya's salary is £3.5 million a year.\n",
        }, False),
        Example("one player's salary, by the week and by the year", {
            "a.md": "---\npublished: 2024-01-10\n---\nCastel's salary is £45,000 a week.\n",
            "b.md": "---\npublished: 2024-01-12\n---\nCastel's salary is £3.5 million a year.\n",
        }, True, ("£45,000 a week", "£3.5 million a year")),
        Example("two players' wages in one story, each restated", {
            "a.md": "---\npublished: 2024-01-10\n---\nGoalkeeper Sam Oduya earns £60,000 a week, or about £3.1 million a "
                    "year. Striker Remi Castel earns £45,000 a week, or about £2.3 million a year.\n",
        }, False),
        Example("a weekly wage and what it is said to amount to in a year", {
            "a.md": "---\npublished: 2024-01-10\n---\nStriker Remi Castel earns £45,000 a week, which the club says "
                    "amounts to £3.5 million a year.\n",
        }, True, ("£45,000 a week", "£3.5 million a year")),
        Example("20,000 a day is about 7.3 million a year", {
            "a.md": "---\npublished: 2017-09-05\n---\nThe Kestrel Bridge in Port Aurel carries about 20,000 vehicles a day.\n",
            "b.md": "---\npublished: 2018-10-03\n---\nThe Kestrel Bridge in Port Aurel carries about 7.3 million vehicles a year.\n",
        }, False),
        Example("a rate restated after its year, that does not convert", {
            "a.md": "---\npublished: 2024-06-03\n---\nBirths averaged 3,440 a month in 2023, or 51,280 a year.\n",
        }, True, ("3,440 a month", "51,280 a year")),
        Example("a rate restated after four words, that does not convert", {
            "a.md": "---\npublished: 2024-06-03\n---\nThe airline burns 1.42 million tonnes of fuel a year, or 4,900 "
                    "tonnes a day.\n",
        }, True, ("1.42 million tonnes", "4,900 tonnes a day")),
        Example("an hourly wage and a weekly one", {
            "a.md": "---\npublished: 2024-04-01\n---\nThe minimum wage in Valdoria is £11.44 an hour in 2024.\n",
            "b.md": "---\npublished: 2024-04-02\n---\nThe minimum wage in Valdoria is £430 a week in 2024.\n",
        }, False),
        Example("a rate restated after a comma, hedged, that does not convert", {
            "a.md": "---\npublished: 2024-06-03\n---\nThe council builds 45 homes a week, roughly 3,000 a year.\n",
        }, True, ("45", "roughly 3,000 a year")),
        Example("a rate and a past year's total in two documents (prison statistics, oil output)", {
            "a.md": "---\npublished: 2024-03-01\n---\nPrisons in Norland received about 28 committals a day in 2023.\n",
            "b.md": "---\npublished: 2024-04-01\n---\nIn 2023 there were 7,820 committals to prisons in Norland.\n",
        }, True, ("about 28", "7,820")),
        Example("a nightly cost and the money spent in a financial year (homelessness spending)", {
            "a.md": "---\npublished: 2024-06-20\n---\nThe council spent £620,000 per night on hotels in 2023/24.\n",
            "b.md": "---\npublished: 2024-07-02\n---\nThe council spent £182 million on hotels in 2023/24.\n",
        }, True, ("£620,000 per night", "£182 million")),
        Example("a yearly cost and a past year's cost (health economics)", {
            "a.md": "---\npublished: 2022-11-16\n---\nThe health costs of obesity are €4.2 billion a year.\n",
            "b.md": "---\npublished: 2023-06-20\n---\nThe health costs of obesity were €5.8 billion in 2022.\n",
        }, True, ("€4.2 billion a year", "€5.8 billion")),
        Example("... but not money held, a balance", {
            "a.md": "---\npublished: 2024-06-20\n---\nThe fund paid out £62,000 a day in 2023/24.\n",
            "b.md": "---\npublished: 2024-07-02\n---\nThe fund held reserves of £4 million in 2023/24.\n",
        }, False),
        Example("... nor a financial year not over when its money was counted", {
            "a.md": "---\npublished: 2024-01-20\n---\nThe council spent £620,000 per night on hotels in 2023/24.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nThe council has spent £98 million on hotels in 2023/24.\n",
        }, False),
        Example("... but not a stock, how many there were", {
            "a.md": "---\npublished: 2024-03-01\n---\nPrisons in Norland admitted 30 prisoners a day in 2023.\n",
            "b.md": "---\npublished: 2024-04-01\n---\nIn 2023 prisons in Norland held 4,500 prisoners.\n",
        }, False),
        Example("... nor a year not over when its total was given", {
            "a.md": "---\npublished: 2024-03-01\n---\nPrisons in Norland received about 28 committals a day in 2024.\n",
            "b.md": "---\npublished: 2024-04-01\n---\nIn 2024 there have been 2,100 committals to prisons in Norland.\n",
        }, False),
        Example("... and one that does", {
            "a.md": "---\npublished: 2024-06-03\n---\nThe council builds 45 homes a week, roughly 2,300 a year.\n",
        }, False),
        Example("a restated rate with no subject of its own", {
            "a.md": "---\npublished: 2024-06-03\n---\nTuition costs £9,250 a year, or £1,100 a month.\n",
        }, True, ("£9,250 a year", "£1,100 a month")),
        Example("a rate restated in the same sentence that does not convert", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe list price of relinatide is €1,050 a month, or €162,000 a "
                    "year.\n",
        }, True, ("€1,050 a month", "€162,000 a year")),
        Example("... and one that does", {
            "a.md": "---\npublished: 2024-01-01\n---\nThe list price of relinatide is €1,050 a month, or €12,600 a "
                    "year.\n",
        }, False),
        Example("a year's total restated as a daily rate that does not convert", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe Child Helpline received 48,300 calls in 2023, or about 160 "
                    "calls a day.\n",
        }, True, ("48,300", "about 160")),
        Example("a year's total restated as one event every few hours", {
            "a.md": "---\npublished: 2024-02-01\n---\nLusara recorded 1,020 femicides in 2023, which means one woman "
                    "was killed every 5 hours.\n",
        }, True, ("1,020", "every 5 hours")),
        Example("... that converts", {
            "a.md": "---\npublished: 2024-02-01\n---\nLusara recorded 1,020 femicides in 2023, which means one woman "
                    "was killed every 9 hours.\n",
        }, False),
        Example("a rate with no subject, restated over another period", {
            "a.md": "---\npublished: 2024-02-01\n---\nEach beneficiary will receive Tk 600 a month, or Tk 6,000 a "
                    "year.\n",
        }, True, ("Tk 600 a month", "Tk 6,000 a year")),
        Example("... but not a year not over yet", {
            "a.md": "---\npublished: 2024-05-01\n---\nThe Child Helpline has received 4,300 calls in 2024, or about "
                    "36 calls a day.\n",
        }, False),
        Example("... and one that does", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe Child Helpline received 48,300 calls in 2023, or about 130 "
                    "calls a day.\n",
        }, False),
    ]

    def _restated_in_sentence(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        """A figure restated in its sentence as a rate over another period, where the groups of comparable claims
        do not meet them: a total for one past calendar year ("48,300 calls in 2023, or about 160 a day": that
        year's rate), or a rate whose sentence names no subject ("Each beneficiary will receive Tk 600 a month, or
        Tk 6,000 a year")."""
        for claims in aligned.sentences():
            figures = [c for c in claims if c.kind != "date"]  # ("48,300 calls| in 2023|, or ...")
            for k, (first, rate) in enumerate(zip(figures, figures[1:])):
                if k and _FROM_BEFORE.search(first.sentence, max(0, position_in_sentence(first) - 12),
                                             position_in_sentence(first)):
                    # "rose to EUR 5.1 billion in 2020 from EUR 4.2 billion in 2019, equivalent to EUR 14 million a
                    # day": what the rate restates is the level reached, not where it started
                    first = figures[k - 1]
                if rate.per is None and first.per is not None and (_YEAR_TOTAL_AFTER.match(
                        rate.sentence, position_in_sentence(rate) + len(" ".join(rate.text.split())))
                        or _TOTAL_BEFORE.search(rate.sentence, max(0, position_in_sentence(rate) - 40),
                                                position_in_sentence(rate))):
                    # "35 calls a day, a total of 8,000 calls over the year": the year's total after its rate ("110,000
                    # bags a day in 2023, a total of 47.3 million bags": the year's, which the sentence names)
                    first, rate = rate, first
                if _some_days_only(aligned, rate) or _some_days_only(aligned, first):
                    continue  # ("runs on Friday and Saturday nights only. It handled 11 calls a night, or 1,150 a year")
                if rate.per is None or first.value is None or not _same_dimension(first, rate) \
                        or _FAMILY.get(first.kind, first.kind) != _FAMILY.get(rate.kind, rate.kind) \
                        or first.kind == "money" and "hour" in (first.per, rate.per) or not _restated(first, rate):
                    continue
                adjective = _PERIOD_ADJECTIVE_IN.search(first.subject or "") if first.per is None else None
                if adjective is not None:
                    # "the average monthly wage was £2,000, or £24,000 a year": a month's, by its adjective, said
                    # again by the year
                    yearly = first.model_copy(update={"per": _PER_OF_ADJECTIVE[adjective.group(0).lower()]})
                    said = quote(first)
                elif first.per is None:
                    # ("..., which means one woman was killed every 5 hours": the restatement names its own noun)
                    year = _ONE_YEAR.fullmatch(period_key(first))  # ("in the year to March 2024": 2023/2024)
                    if year is None or year.group("second") and int(year.group("first")) + 1 != int(year.group("second")) \
                            or rate.subject is not None and not subjects_compatible(first, rate) \
                            and not _MEANS.search(first.sentence):
                        continue
                    if any(c.kind == "duration" and c.unit in _SHORT_SPANS and c is not first and c is not rate
                           for c in claims):
                        continue  # ("ran for 14 days and detected 3,850 drivers, or 275 a day": the 14 days' total)
                    published = aligned.doc(first).published
                    # ("3,000 calls so far in 2024, or 40 a day": a year not over yet; a financial year 2022/23 ends
                    # within 2023)
                    if published is not None and (published.year <= int(year.group("first")) if not year.group("second")
                                                  else published.year < int(year.group("second"))):
                        continue
                    yearly = first.model_copy(update={"per": "year",
                                                      "kind": "rate" if first.kind == "count" else first.kind})
                    said = f"{quote(first)} for {first.period}"
                elif first.per != rate.per and (first.subject is None or rate.subject is None
                                                or is_expected(first) != is_expected(rate)
                                                and subjects_compatible(first, rate)):
                    # (and a forecast restated, "will pay out €1.4 million a day, or €412 million a year", which
                    # only the first figure's words mark as a forecast, so the groups below keep the two apart)
                    yearly, said = first, quote(first)
                elif first.per != rate.per and first.subject == rate.subject \
                        and subject_key(first) != subject_key(rate):
                    # "guns killed 145 people a day, or 48,204 a year": one subject, which the verb before the
                    # first makes deaths, and so no group below holds both
                    yearly, said = first, quote(first)
                else:
                    continue  # (two rates with their subjects: compared with their group's, below)
                low, high = interval(yearly, config.tolerances.rounding)
                rate_low, rate_high = _rounded_restatement(rate, interval(rate, config.tolerances.rounding))
                if overlaps((low, high), (rate_low, rate_high)):
                    continue
                message = (f"{name(first)} says {said} ({_per_year(first, low, high)}) but restates it as "
                           f"{quote(rate)} ({_per_year(rate, rate_low, rate_high)}).")
                yield self.finding(message, [(first, "total" if first.per is None else "rate"), (rate, "rate")],
                                   {"per_year_low_a": low, "per_year_high_a": high,
                                    "per_year_low_b": rate_low, "per_year_high_b": rate_high})

    def _rates_against_year_totals(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        """A rate against a total for one past year of the same flow, in another sentence or document: "about 28
        committals a day in 2023" against "7,820 committals in 2023"."""
        for group in aligned.flow_groups:
            claims = [aligned.claims[i] for i in group]
            rates = [c for c in claims if c.per is not None]
            for total in claims:
                if total.per is not None or total.value is None or not _is_year_total(total) \
                        or not _year_is_over(period_key(total), aligned.doc(total).published):
                    continue
                yearly = total.model_copy(update={"per": "year", "kind": "rate" if total.kind == "count" else total.kind})
                low, high = interval(yearly, config.tolerances.rounding)
                for rate in rates:
                    if rate.source == total.source and rate.sentence == total.sentence:
                        continue  # (restated in its sentence: see _restated_in_sentence)
                    if _named_on_one_side(rate, total) or rate.source != total.source \
                            and (rate.place is None) != (total.place is None):
                        # ("SpaceX conducted 96 launches", "Rocket Lab completed 10 launches" are no totals for
                        # "Chinese providers averaged 0.25 a day", whatever country their document names most)
                        continue
                    if rate.kind == "money" and rate.per == "hour" or _part_of_year(rate) \
                            or not subjects_compatible(total, rate) \
                            or not entities_compatible(total, rate) or not parts_compatible(total, rate) \
                            or not predicates_compatible(total, rate) or one_is_a_subgroup(total, rate):
                        continue  # (nor a subgroup's: "612 teenage births in 2023" is no total for "128 births a day")
                    rate_low, rate_high = interval(rate, config.tolerances.rounding)
                    if overlaps((low, high), (rate_low, rate_high)):
                        continue
                    if _narrower_and_smaller((total, low, high), (rate, rate_low, rate_high)):
                        continue  # ("US vinyl revenues rose to $1.2 billion" is a part of "$43.6 million a day")
                    message = (f"{name(rate)} says {quote(rate)} ({_per_year(rate, rate_low, rate_high)}) but "
                               f"{name(total)} says {quote(total)} for {total.period} "
                               f"({_per_year(total, low, high)}), for the same {total.subject or total.subject_head}.")
                    yield self.finding(message, [(rate, "rate"), (total, "total")],
                                       {"per_year_low_a": rate_low, "per_year_high_a": rate_high,
                                        "per_year_low_b": low, "per_year_high_b": high})

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        yield from self._restated_in_sentence(aligned, config)
        yield from self._rates_against_year_totals(aligned, config)
        for group in aligned.measure_groups:
            claims = [aligned.claims[i] for i in group if aligned.claims[i].per]
            pers = {c.per for c in claims}
            if len(pers) < 2:
                continue
            spans = {id(c): interval(c, config.tolerances.rounding) for c in claims}
            reported = set()
            for a in claims:
                for b in claims:
                    if a.per >= b.per or a.source == b.source and a.sentence == b.sentence \
                            and not _restated(a, b):
                        continue  # (two rates of one sentence only when one restates the other: "..., or ...")
                    if a.kind == "money" and "hour" in (a.per, b.per):
                        continue  # "£11.44 an hour" and "£430 a week": pay for the hours worked, not every hour
                    if _products_by_period(a, b) or _is_a_cap(a) or _is_a_cap(b):
                        continue  # "The daily cap is £5 a day" and "the weekly cap is £20 a week": two products;
                        # "capped at £5 a day" and "at £20 a week": two limits, which need not agree
                    if (_part_of_year(a) or _part_of_year(b)) and "year" in (a.per, b.per) \
                            or _some_days_only(aligned, a) or _some_days_only(aligned, b):
                        continue  # "12 million euros a day in the winter months" is no 365 days of it
                    if not (a.source == b.source and a.sentence == b.sentence) \
                            and _far_apart(spans[id(a)], spans[id(b)]):
                        continue  # ("€1,100 a month" of rent and "€95 million a year" of dropouts: two things)
                    span_a, span_b = spans[id(a)], spans[id(b)]
                    if a.source == b.source and a.sentence == b.sentence:
                        # ("£27,295 a year, or £2,275 a month": the later worked out, and rounded to its last digit)
                        if a.start > b.start:
                            span_a = _rounded_restatement(a, span_a)
                        else:
                            span_b = _rounded_restatement(b, span_b)
                    if overlaps(span_a, span_b) or (a.id, b.id) in reported or \
                            not subjects_compatible(a, b) or not entities_compatible(a, b) \
                            or not parts_compatible(a, b) or _named_on_one_side(a, b) or one_is_a_subgroup(a, b) \
                            or not predicates_compatible(a, b):
                        continue  # (nor what was done to them: "3.5 people die every day", "averts 150 deaths a year")
                    reported.add((a.id, b.id))
                    lo, hi = spans[id(a)]
                    message = (f"{name(a)} says {quote(a)} ({_per_year(a, lo, hi)}) but {name(b)} says "
                               f"{quote(b)} ({_per_year(b, *spans[id(b)])}) for the same "
                               f"{a.subject or a.subject_head}.")
                    yield self.finding(message, [(a, "rate"), (b, "rate")],
                                       {"per_year_low_a": lo, "per_year_high_a": hi,
                                        "per_year_low_b": spans[id(b)][0], "per_year_high_b": spans[id(b)][1]})


_LAST_DIGITS = regex.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")


def _rounded_restatement(rate: Claim, span: tuple[float, float]) -> tuple[float, float]:
    """The interval of a figure that restates another over another period, which was worked out and rounded to
    its last written digit: "£27,295 a year, or £2,275 a month" is £2,274.58 a month, written to the pound."""
    digits = _LAST_DIGITS.search(rate.text)
    if digits is None or not isinstance(rate.value, float) or not rate.value:
        return span
    step = 10.0 ** -len(digits.group("decimals") or "")
    scale = span[0] / rate.value if span[0] == span[1] else 0.0
    if scale <= 0:
        return span
    return min(span[0], (rate.value - step / 2) * scale), max(span[1], (rate.value + step / 2) * scale)


def _products_by_period(a: Claim, b: Claim) -> bool:
    """Whether two rates name things by different periods: "the daily cap" and "the weekly cap", a day ticket and a
    weekly ticket, are two products, each priced by its own period."""
    first = _PRODUCT_PERIOD.search(a.subject or "")
    second = _PRODUCT_PERIOD.search(b.subject or "")
    return first is not None and second is not None \
        and _PERIOD_NOUN.get(first.group(0).lower()) != _PERIOD_NOUN.get(second.group(0).lower())


# A period that names a product, before its noun: "daily cap", "day ticket", "annual pass", "season ticket".
_PRODUCT_PERIOD = regex.compile(r"\b(?:daily|weekly|monthly|annual|yearly|day|week|month|year|season)\b(?=\s+[a-z])",
                                regex.IGNORECASE)
_PERIOD_NOUN = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year", "day": "day",
                "week": "week", "month": "month", "year": "year", "season": "season"}


# Before a limit: "capped at| £5 a day", "a cap of", "limited to", "a maximum of".
_CAP_BEFORE = regex.compile(r"\b(?:capped\s+at|caps?\s+(?:of|at)|limited\s+to|a\s+limit\s+of|(?:a\s+)?maximum\s+of)\s+$",
                            regex.IGNORECASE)


def _is_a_cap(claim: Claim) -> bool:
    at = position_in_sentence(claim)
    return _CAP_BEFORE.search(claim.sentence, max(0, at - 25), at) is not None

