"""Dates at their own precision, as example tables (invented sentences only)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import extract
from factcheck.extract.dates import find_dates, parse_date


# (id, written date, ISO value)
CLAIMS_DOC_DATES = [
    ("year", "2007", "2007"),
    ("month and year", "April 2010", "2010-04"),
    ("day month year", "14 June 2012", "2012-06-14"),
    ("month day comma year", "January 6, 2011", "2011-01-06"),
    ("month day year", "April 11, 2003", "2003-04-11"),
    ("abbreviated month", "Sept. 2015", "2015-09"),
    ("ordinal day", "3rd of May 2019", "2019-05-03"),
    ("iso", "2016-02-29", "2016-02-29"),
    # Digits only: the order of day and month is settled by a part above 12, else only the year is.
    ("month first", "5/17/2018", "2018-05-17"),
    ("day first", "17/05/2018", "2018-05-17"),
    ("day first with dots", "17.05.2018", "2018-05-17"),
    ("day and month undecided", "5/6/2018", "2018"),
]


@pytest.mark.parametrize("written, iso", [pytest.param(w, v, id=i) for i, w, v in CLAIMS_DOC_DATES])
def test_parse_date(written, iso):
    assert parse_date(written) == iso


NOT_DATES = [
    ("impossible day", "30 February 2011"),
    ("prose", "next spring"),
    ("empty", ""),
    ("a count", "1,999"),
    ("too early", "999"),
    ("date and more", "April 2010 and May"),
    ("no such day or month", "31/31/2018"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_DATES])
def test_parse_date_returns_none(text):
    assert parse_date(text) is None


# (id, sentence, span, value or (lower, upper))
DATES_IN_SENTENCES = [
    ("opened in", "The bridge opened in April 2010.", "April 2010", "2010-04"),
    ("signed on", "The treaty was signed on 14 June 2012.", "14 June 2012", "2012-06-14"),
    ("closed on", "The depot closed on January 6, 2011.", "January 6, 2011", "2011-01-06"),
    ("year range", "The survey ran from 2004 to 2009.", "from 2004 to 2009", ("2004", "2009")),
    ("short year range", "The plan covers 2010-12.", "2010-12", ("2010", "2012")),
    ("month range", "Floods hit in July and August 2010.", "July and August 2010", ("2010-07", "2010-08")),
    ("decade", "Rail freight peaked in the 1960s.", "1960s", ("1960", "1969")),
    ("a year before 1500", "The town was founded in 1412.", "1412", "1412"),
    ("... before the clause goes on", "It received its charter in 1468 and grew.", "1468", "1468"),
    ("decade with an apostrophe", "Tolls rose in the 1990's.", "1990's", ("1990", "1999")),
    ("a year before a singular in -s", "Kestria's 2021 census counted 8.4 million people.", "2021", "2021"),
    ("mid-year", "By mid-2019 some 40 clinics had opened.", "2019", "2019"),
    ("financial year", "Its budget for FY2022 was 48 million euros.", "2022", "2022"),
    ("financial year with a space", "In FY 2022 the fund paid out $5m.", "2022", "2022"),
    ("a year over a year", "In 2021/22 the budget was $5m.", "2021/22", ("2021", "2022")),
    ("a financial year's span", "In FY2021-22 revenue was $5m.", "2021-22", ("2021", "2022")),
    # Quarters and halves of a year are their months.
    ("a quarter in words", "GDP grew 0.4% in the third quarter of 2023.", "the third quarter of 2023",
     ("2023-07", "2023-09")),
    ("a quarter as Q and digit", "In Q3 2023, GDP grew 0.4%.", "Q3 2023", ("2023-07", "2023-09")),
    # (weather statements) a season is its three months; winter runs from December
    ("a season", "Northland received 96 mm of rain in summer 2022.", "summer 2022", ("2022-06", "2022-08")),
    ("winter, which ends in its year", "Gas demand peaked in winter 2023.", "winter 2023", ("2022-12", "2023-02")),
    ("a year then its quarter", "Sales rose 5% in 2023 Q2.", "2023 Q2", ("2023-04", "2023-06")),
    ("the final quarter", "Profit fell 8% in the final quarter of 2022.", "the final quarter of 2022",
     ("2022-10", "2022-12")),
    ("a half of a year", "The economy shrank 0.3% in the first half of 2020.", "the first half of 2020",
     ("2020-01", "2020-06")),
    ("a half as H and digit", "In H2 2021 exports rose 3%.", "H2 2021", ("2021-07", "2021-12")),
    # Earnings reports' short forms, with two-digit years.
    ("a quarter, digit first", "Revenue in 3Q23 was $612 million.", "3Q23", ("2023-07", "2023-09")),
    ("a half, digit first", "Sales in 1H24 were $1.3 billion.", "1H24", ("2024-01", "2024-06")),
    ("a fiscal quarter", "Revenue in Q3 FY24 was $1.2 billion.", "Q3 FY24", ("2024-07", "2024-09")),
    ("a quarter with an apostrophe", "Revenue in Q3'23 was $612 million.", "Q3'23", ("2023-07", "2023-09")),
    ("a financial year in two digits", "Spending was $2m in FY24.", "FY24", "2024"),
    ("a year, then the present, is no span", "The trust was founded in 1998 and now manages 14,500 homes.", "1998",
     "1998"),
    # Rolling and part-year spans (crime statistics) are their months, not the month they end in.
    ("twelve months to a month", "Police recorded 184,000 crimes in the 12 months to June 2023.",
     "the 12 months to June 2023", ("2022-07", "2023-06")),
    ("three months ending a month", "Police recorded 46,000 crimes in the three months ending June 2023.",
     "the three months ending June 2023", ("2023-04", "2023-06")),
    ("a year to a month", "Police recorded 180,000 crimes in the year to March 2023.", "the year to March 2023",
     ("2022-04", "2023-03")),
    ("the first months of a year", "Police recorded 120,000 crimes in the first nine months of 2023.",
     "the first nine months of 2023", ("2023-01", "2023-09")),
]


@pytest.mark.parametrize("sentence, span, expected", [pytest.param(*row[1:], id=row[0]) for row in DATES_IN_SENTENCES])
def test_date_claims(sentence, span, expected):
    claims = [c for c in extract(sentence) if c.text == span]
    assert claims and claims[0].kind == "date"
    if isinstance(expected, tuple):
        assert (claims[0].qualifier, claims[0].lower, claims[0].upper) == ("range", *expected)
    else:
        assert claims[0].value == expected


@pytest.mark.parametrize("sentence, span", [
    pytest.param("The abbey was founded c. 1520.", "c. 1520", id="c."),
    pytest.param("The abbey was founded ca. 1520.", "ca. 1520", id="ca."),
    pytest.param("The abbey was founded circa 1520.", "circa 1520", id="circa"),
])
def test_a_circa_year_is_approximate(sentence, span):
    [claim] = [c for c in extract(sentence) if c.kind == "date"]
    assert (claim.text, claim.value, claim.qualifier, claim.lower, claim.upper) == \
        (span, "1520", "approximate", "1515", "1525")


@pytest.mark.parametrize("sentence, lower", [
    ("The programme has run since 2008.", "2008"),
    ("The programme has run since April 2008.", "2008-04"),
    # (outbreak situation reports: a running total from a day)
    ("Since 1 January 2012, 48,200 cases have been reported.", "2012-01-01"),
    ("Since January 1, 2012, 48,200 cases have been reported.", "2012-01-01"),
])
def test_since_runs_to_publication(sentence, lower):
    claims = extract(sentence, published="2012-05-01")
    assert [(c.lower, c.upper) for c in claims if c.kind == "date"] == [(lower, "2012-05-01")]


def test_a_year_before_a_scaled_amount_is_still_a_year():
    claims = {c.text: c for c in extract("Sales rose 60% in 2018 to 3.9 million units.")}
    assert claims["2018"].kind == "date"
    assert claims["3.9 million"].value == 3_900_000


def test_a_year_then_to_and_a_small_number_is_no_span():
    # A year cut to two digits follows a dash ("2010-12"); after "to" it is the next number.
    claims = {c.text: c for c in extract("Mileage rose from 20 mpg in 2008 to 29 mpg in 2020.")}
    assert claims["2008"].kind == "date" and claims["2008"].value == "2008"
    assert claims["29 mpg"].kind == "quantity"


def test_find_dates_on_text_without_dates():
    assert list(find_dates("no dates here", 0, 13, dt.date(2012, 1, 1))) == []


@pytest.mark.parametrize("sentence", [
    pytest.param("The inquiry reported on Oct. 31.", id="month day"),
    pytest.param("Talks ended on 14 June, a week late.", id="day month"),
    pytest.param("The fair runs from 29 to 30 July.", id="day range"),
    pytest.param("The hunt runs Sept. 20-24.", id="month then a day range"),
])
def test_a_day_without_its_year_is_neither_a_count_nor_a_guessed_date(sentence):
    assert extract(sentence) == []


def test_a_day_range_across_months():
    claims = extract("A consultation will run from 8 July to 30 September 2024.", published="2024-06-18")
    assert [(c.kind, c.lower, c.upper) for c in claims] == [("date", "2024-07-08", "2024-09-30")]
    # (two days listed are no span)
    assert [c.value for c in extract("Visits peaked on 8 July and 30 September 2024.") if c.kind == "date"] \
        == ["2024-09-30"]


def test_a_day_range_without_its_year_takes_the_publication_year():
    claims = extract("The fair runs from 29 to 30 July.", published="2019-11-05")
    assert [(c.kind, c.lower, c.upper) for c in claims] == [("date", "2019-07-29", "2019-07-30")]


# (id, sentence, published, span, period): years named relative to the time of writing or to the sentence's year.
RELATIVE_PERIODS = [
    # (police statistics) "the previous year, when there were ..." is the year before the sentence's own
    ("the previous year, when", "In 2023, police carried out 528,420 searches. In 2023, this was a fall of 7% on the "
     "previous year, when there were 568,820 searches.", "2023-10-26", "568,820", "2022"),
    # (sector surveys) when a cited survey came out is not the month of its figures
    ("a survey published last month", "A survey published last month found that 71% of nurseries struggled.",
     "2024-03-12", "71%", "2024"),
    ("a survey published in a month", "A survey published in February found that 71% of nurseries struggled.",
     "2024-03-12", "71%", "2024"),
    # (weather statements) months with no year are those before the document's date
    ("months with no year", "Rainfall from January to August totalled 318 mm.", "2022-09-01", "318 mm",
     "2022-01/2022-08"),
    ("... of the year before, where they have not come yet", "Between June and August, 40 flights were cancelled.",
     "2022-05-01", "40", "2021-06/2021-08"),
    ("last year", "Sales rose 5% last year.", "2019-06-01", "5%", "2018"),
    ("this year", "This year 12 schools opened.", "2019-06-01", "12", "2019"),
    ("next year", "Next year 30 schools will open.", "2019-06-01", "30", "2020"),
    # (commodity reports) the year of a figure compared with, in a clause before, dates no later clause
    ("a comparison's year in an earlier clause", "In FY 2023/24, exports rose 25% to 6.13 million bags, from 4.9 "
     "million bags in FY 2022/23, and earnings rose 35% to US$1.14 billion from US$846 million.", "2024-10-01",
     "US$1.14 billion", "2023/2024"),
    # (ferry and fire statistics) the level a change reached, and a figure compared with another year's
    ("the level a change between two years reached", "Cancellations rose 21.5% between 2022 and 2023, to 4,812.",
     "2024-05-01", "4,812", "2023"),
    ("... and the change itself", "Cancellations rose 21.5% between 2022 and 2023, to 4,812.", "2024-05-01", "21.5%",
     "2022/2023"),
    ("a figure, then fewer than another year's", "There were 262 deaths, 10% fewer than the 291 in 2022.",
     "2023-08-01", "262", "2023"),
    ("... but a hedge is no comparison", "In Tarsk, 19,200 patients had waited more than 52 weeks in March 2023.",
     "2023-04-13", "19,200", "2023-03"),
    ("a paragraph's year, for a clause that died in it", "Eleven people died in fires in 2023-24. In England, 284 "
     "people died in fires in the same year.", "2024-10-02", "284", "2023/2024"),
    # (forest monitoring) when a figure was revised is not what it is of
    ("a revision's date", "The official figure for 2022 was revised up to 126,900 ha in August 2023.", "2024-06-01",
     "126,900 ha", "2022"),
    # (cinema surveys) a source named by its year dates its own figures, not the next list item's
    ("a source's year goes on to no later sentence", "- A 2018 survey found that 41% of adults streamed films.\n- "
     "Households spent £212 a year on cinema tickets.", "2024-06-01", "£212 a year", "2024"),
    # (congestion charging) a time before an event the sentence names, with no date: unknown
    ("before an event, undated", "Before the charge, 152,000 vehicles a day entered the zone.", "2024-06-01",
     "152,000", None),
    # (cinema statistics) when an old figure was published is no time it is of
    ("a revised figure's publication date", "UK admissions for 2022 were 117.8 million, revised up from the 117.3 "
     "million published in March 2023.", "2024-06-01", "117.3 million", "2022"),
    # (postal news) what a programme that began in a year does now
    ("a start's year, then 'and now'", "The programme, which began in 2018 and now funds around 900 services, is "
     "popular.", "2024-06-01", "around 900", "2024"),
    # (company news) what a programme launched in a year reports now
    ("a launch in an apposition, then what it reports", "The Cocoa Promise, launched in 2014, reports that it reaches "
     "more than 180,000 farmers.", "2024-10-01", "more than 180,000", "2024"),
    # (transplant statistics) a record since a split year is no figure of that year
    ("a record since a split year", "Heart transplants in Scotland rose to 31, the highest since 2016/17.",
     "2024-06-20", "31", "2024"),
    # (company accounts) the year before's figure in brackets, words before it
    ("a figure beside the year before's in brackets", "Adjusted operating loss narrowed to £3.9 million (2023: loss "
     "of £7.2 million).", "2024-06-20", "£3.9 million", "2024"),
    # (police statistics) a year that ends in March, and the year before it
    ("the year before a year to March", "Police recorded 15,000 fraud offences in the year to March 2024, up from "
     "12,600 the year before.", "2024-07-26", "12,600", "2022-04/2023-03"),
    ("the previous year, from the sentence's year", "In 2018 there were 1,245 cases, up from 1,102 the previous year.",
     None, "1,102", "2017"),
    ("past the amount said again in brackets", "The government will spend NOK 1.2 billion (about US$110 million) on "
     "integration support next year.", "2023-11-10", "NOK 1.2 billion", "2024"),
    ("a year earlier than a quarter is that quarter a year before", "Revenue was NOK 48.6bn in the fourth quarter of "
     "2023, up 7% from NOK 45.4bn a year earlier.", "2024-02-10", "NOK 45.4bn", "2022-10/2022-12"),
    ("a year earlier, from the paragraph's year", "The number of displaced people rose to 108.4 million in 2022. "
     "A year earlier, 89.3 million people were displaced.", "2023-06-15", "89.3 million", "2021"),
    ("a year earlier, from the publication", "Unemployment fell to 6.1%, from 7.4% a year earlier.", "2019-06-01",
     "7.4%", "2018"),
    ("a phrase after another number is not this one's", "Unemployment fell to 6.1%, from 7.4% a year earlier.",
     "2019-06-01", "6.1%", "2019"),
    ("last year without a publication date", "Sales rose 5% last year.", None, "5%", None),
    ("a year earlier, from the sentence's last year", "About 2,900 people died last year, down from 3,400 a year "
     "earlier.", "2019-05-02", "3,400", "2017"),
    ("N years ago", "Turnout was 33.8%, down from 36.2% four years ago.", "2024-05-07", "36.2%", "2020"),
    ("'last year' past a formula's digit (emissions reports)", "Halvorsen emitted 10.2 million tonnes of CO2 last "
     "year.", "2024-06-15", "10.2 million tonnes", "2023"),
    ("an opening year past an aside, not a later clause's after a semicolon (museum statistics)", "In 2019, before the "
     "pandemic, the museum drew 4.1 million visitors; in 2020 that fell to 900,000.", "2024-01-09", "4.1 million",
     "2019"),
    ("a year's level named before its figure (museum statistics)", "Attendance has recovered to 81% of the 2019 level "
     "of 17.5 million visits.", "2024-03-12", "17.5 million", "2019"),
    ("a decade ago (birth statistics)", "A decade ago the region recorded 18,200 births.", "2024-03-20", "18,200",
     "2014"),
    ("... and a decade earlier", "In 2020 the region recorded 12,000 births, against 18,200 a decade earlier.",
     "2024-03-20", "18,200", "2010"),
    ("... not the figure before it", "Turnout was 33.8%, down from 36.2% four years ago.", "2024-05-07", "33.8%",
     "2024"),
    ("a start N years ago does not date the count", "The scheme was launched five years ago and has 300 members.",
     "2024-05-07", "300", "2024"),
    ("a year after points on is the one compared with", "Turnout was 33.8%, a fall of 2.4 percentage points on 2019.",
     "2024-05-07", "33.8%", "2024"),
    # The level a change started from is of an earlier time, which the sentence's own year is not (justice news).
    ("up from, with no time of its own", "Police recorded 184,260 crimes in 2023, up from 171,000.", "2024-07-05",
     "171,000", None),
    ("... and the level it rose to keeps the year", "Police recorded 184,260 crimes in 2023, up from 171,000.",
     "2024-07-05", "184,260", "2023"),
    ("fell to, then from", "Burglaries fell to 11,800 in 2023 from 13,400.", "2024-07-05", "13,400", None),
    ("a level reached with no time, from a level dated two years before the document, is the year after it "
     "(cyber-incident reports)", "The median ransom payment climbed to €210,000, from €160,000 in 2022.",
     "2024-02-16", "€210,000", "2023"),
    ("... past a decimal point (results releases)", "Net debt fell to £1.12 billion from £1.31 billion.",
     "2024-04-18", "£1.31 billion", None),
    ("a change against a year earlier is of now", "Vacancies fell to 884,000. That was 13% lower than a year "
     "earlier.", "2024-08-13", "13%", "2024"),
    ("a year after 'because of' is the clause's", "An estimated 2.7 million working days were lost because of labour "
     "disputes in 2023.", "2024-03-11", "An estimated 2.7 million", "2023"),
    ("... with a year of its own", "Thefts rose to 9,000 in 2023 from 8,100 in 2022.", "2024-07-05", "8,100", "2022"),
    # Seasons (sport, farming, tourism): split years counted from mid-year unless the document names a season by
    # one year.
    ("last season, after mid-year", "Attendance reached a record 13.9 million last season.", "2024-08-22",
     "13.9 million", "2023/2024"),
    ("last season, before mid-year (the current one has not ended)", "Attendance reached 13.9 million last season.",
     "2024-05-02", "13.9 million", "2022/2023"),
    ("this season, before mid-year", "Crowds this season averaged 38,500.", "2024-03-02", "38,500", "2023/2024"),
    ("next season", "The club expects crowds of 40,000 next season.", "2024-08-22", "40,000", "2025/2026"),
    ("seasons named by one year are calendar years", "The 2023 season drew 2.1 million fans; this season 2.3 "
     "million came.", "2024-05-02", "2.3 million", "2024"),
    ("the previous season of a split year", "Clubs spent £2.8 billion in 2023/24, up from £2.3 billion the previous "
     "season.", "2024-08-22", "£2.3 billion", "2022/2023"),
    ("a start with its partner does not date the count (homelessness reports)", "The Housing First pilot, "
     "launched with the city in 2019, moved 212 households into homes this year.", "2024-03-15", "212", "2024"),
    ("... nor the perfect tense", "The pilot, launched by the council in 2019, has housed 900 people.", "2024-03-15",
     "900", "2024"),
    ("part of a month with no year (flood reports)", "The floods of mid-June killed 53 people.", "2023-08-22", "53",
     "2023-06"),
    ("a quarter with no year after the figure is in the sentence's year (port statistics)", "Hamburg handled 2.1 "
     "million TEU in the first quarter of 2023 and 1.8 million TEU in the fourth quarter.", "2024-02-28",
     "1.8 million", "2023-10/2023-12"),
    ("a where-clause's date is not the figure's (charity reports)", "The charity has 85,000 donors, including 9,000 "
     "in Glasgow, where it opened a second office in 2019.", "2022-11-20", "85,000", "2022"),
    ("'after housing costs' opens no clause (poverty statistics)", "4.5 million children were living in relative "
     "poverty after housing costs in 2022/23.", "2024-03-22", "4.5 million", "2022/2023"),
    ("a time in a subordinate clause after the figure is not its (gambling statistics)", "Gambling firms took €12.8 "
     "billion in 2021. Land-based venues generated €7.2 billion, after being closed for much of the first half of "
     "the year.", "2022-05-20", "€7.2 billion", "2021"),
    ("a launch in a which-clause does not date what the thing did after, in an irregular past (drug prices)",
     "The list price of Glucorin, which was launched in 2018, rose to $355 a vial.", "2024-01-20", "$355", "2024"),
    # (steel statistics) an estimate of the past takes the paragraph's year too
    ("an estimate of the past", "China produced 1,019.1 Mt in 2023. Russia is estimated to have produced 75.8 Mt. "
     "Germany produced 35.4 Mt.", "2024-01-23", "35.4 Mt", "2023"),
    # (steel statistics) a month goes on to the next sentence, as a year does
    ("the month of the sentence before", "China produced 67.4 Mt in December 2023, down 14.9%. India produced 12.4 Mt, "
     "up 9.2%.", "2024-01-23", "12.4 Mt", "2023-12"),
    ("an irregular past takes the paragraph's year (launch statistics)", "In December 2023, China launched 10 "
     "rockets. Over the year, China flew 67 orbital missions.", "2024-01-03", "67", "2023"),
    ("a share of a year's whole is that year's, not the paragraph's quarter (deal trackers)", "Startups raised "
     "€0.7 billion in Q4 2023. Fintech took 34% of 2023 funding.", "2024-01-18", "34%", "2023"),
    ("a bare quarter right after a figure's noun is its own (deal trackers)", "Investors completed 171 deals in Q1 "
     "and 160 deals in Q2.", "2024-02-15", "160", "2023-04/2023-06"),
    ("... in a list of quarters", "Deals fell to 171 in Q1, 160 in Q2, 152 in Q3 and 129 in Q4.", "2024-02-15", "152",
     "2023-07/2023-09"),
    ("the same period of another year is the sentence's months in it (port statistics)", "In the first five months "
     "of 2024, throughput rose 5.1% to 3.3 million TEU, compared with 3.14 million TEU in the same period of 2023.",
     "2024-06-14", "3.14 million", "2023-01/2023-05"),
    ("... and the same quarter", "Sales were 4.1 million in the third quarter of 2024, against 3.9 million in the same "
     "quarter of 2023.", "2024-11-14", "3.9 million", "2023-07/2023-09"),
    ("the date of a later clause's own figure is not this one's (forest reports)", "Protected areas cover 23% of the "
     "national territory, yet 14 of them lost forest in 2022.", "2023-05-10", "23%", "2023"),
    ("the date opening a coordinated clause is that clause's (shipping news)", "In December 2023, after the first "
     "diversions, the lane cost $3,900 per container, and by mid-January 2024 quotes exceeded $5,000.", "2024-03-10",
     "$3,900", "2023-12"),
    ("a start in an apposition does not date how the thing stood after it (car-market news)", "The Aster SUV, "
     "launched in 2019, remained the best-seller with 187,000 deliveries.", "2024-01-25", "187,000", "2024"),
    ("a start of what the company launched does not date its count (market research)", "Samsung, which launched its "
     "first foldable in 2019, shipped 9.1 million foldables last year.", "2024-01-20", "9.1 million", "2023"),
    ("last season's report is when it was said", "Attendance was 9,100, up from 8,700 in last season's report.",
     "2024-08-22", "9,100", "2024"),
]

# (id, sentence, published, span, period): which stated date a number belongs to.
STATED_PERIODS = [
    # (retailers' results) 52 weeks to a day are the financial year's twelve months
    ("52 weeks to a day", "Revenue for the 52 weeks to 24 February 2024 was £4.82 billion.", "2024-04-18",
     "£4.82 billion", "2023-03/2024-02"),
    # (childcare statistics) what a scheme already does is now, not when it was launched
    ("'already' and the present", "The Tax-Free Childcare scheme, launched in 2017, which already supports 370,000 "
     "children, is popular.", "2024-04-01", "370,000", "2024"),
    # (steel statistics) the year of a level compared with is not the next clause's
    ("past a change's base year", "Northmoor shipped 4.1 million tonnes in 2023, up 12% from 3.7 million tonnes in "
     "2022; it employed 5,200 people.", "2024-01-23", "5,200", "2023"),
    # (health service statistics) a rolling span that ends on a day is the span, not the day
    ("months to a day", "In the 12 months to 30 June 2023, 6.7 million children were seen by a dentist.",
     "2023-08-24", "6.7 million", "2022-07/2023-06"),
    ("a year ended on a day", "In the year ended 31 March 2023, 32.1 million courses were delivered.", "2023-08-24",
     "32.1 million", "2022-04/2023-03"),
    # (outbreak reports) a week to a day is its seven days
    ("a week to a day", "In the week to 12 November 2022, 14 farms were infected.", "2023-01-15", "14",
     "2022-11-06/2022-11-12"),
    # (weather statements) when a series began is not when its ranked month was
    ("a series that began", "Only 12 mm of rain fell in July 2022, making it the third driest July on record in a "
     "series that began in 1862.", "2022-09-01", "third driest July", "2022-07"),
    # (library statistics) the year of the level a figure is compared with is not carried to the next sentence
    ("no year carried from the level compared with", "There were 2,950 library service points at 31 March 2024, "
     "down from 3,120 a year earlier. Spending on libraries was £812 million.", "2024-12-10", "£812 million", "2024"),
    # (weather statements) when a report was made is not when its figure was
    ("'said today' dates the report, not the figure", "2022 was the warmest year in Northland, with a mean "
     "temperature of 11.2C, the Met Service said today.", "2023-01-10", "11.2C", "2022"),
    ("a target's year after another number is the target's", "The fishing fleet has 5,820 vessels, well above the "
     "target of 5,000 for 2025.", "2023-06-08", "5,820", "2023"),
    ("the figure a change is on is not its year", "Pension recipients reached 731,500 in 2023, an increase of 2.4% "
     "on the figure for 2022.", "2024-03-12", "2.4%", "2023"),
    ("a disaster named by its year dates what it did", "The 2019 floods displaced 210,000 people in Brevan.",
     "2024-03-15", "210,000", "2019"),
    ("a year's plan named in capitals", "The 2023 Humanitarian Response Plan sought $540 million.", "2024-03-15",
     "$540 million", "2023"),
    ("a day with no year is the last such day up to the story (situation reports)", "As of 19 February, 612 deaths "
     "had been confirmed in Tolmar.", "2024-03-01", "612", "2024-02-19"),
    ("... a day after the story's is last year's", "On 28 December, 40 people died.", "2024-03-01", "40",
     "2023-12-28"),
    ("... the day right after the figure is its own", "Funding rose from $80 million on 1 March to $118.6 million "
     "on 15 March.", "2024-03-20", "$118.6 million", "2024-03-15"),
    ("... since a day: from it to the story's day", "Since 14 February, partners have distributed 18,500 tents.",
     "2024-03-08", "18,500", "2024-02-14/2024-03-08"),
    ("a month with a figure after its comma", "In March, 655 deaths were confirmed.", "2024-04-02", "655", "2024-03"),
    ("a month in a clause about some of the counted is theirs (wildfire reports)", "In 2023, more than 2,600 fires "
     "were recorded, many of them sparked by lightning in July.", "2023-11-20", "more than 2,600", "2023"),
    ("... with no year in the sentence", "More than 2,600 fires were recorded, many of them sparked by lightning in "
     "July.", "2023-11-20", "More than 2,600", "2023"),
    ("'and now' after an opening's year: how it stands now (transport)", "Line 3 opened in 2018 and now carries "
     "310,000 passengers a day.", "2023-11-20", "310,000", "2023"),
    ("... 'on' a day after a share says when, no base it is compared 'on'", "The central bank raised its rate "
     "to 4.50% on 14 June 2023.", "2023-09-28", "4.50%", "2023-06-14"),
    ("a report's edition year is not what it found for another year", "The Freedom Index 2023 found that 112,000 "
     "people were in forced labour in Kenya in 2021.", "2023-10-20", "112,000", "2021"),
    ("... nor the year a source was published", "Its last edition, published in 2018, estimated that 136,000 "
     "people were in forced labour in 2016.", "2023-10-20", "136,000", "2016"),
    ("... but a source's year dates what it found when nothing else does", "In 2022, the survey found that 40% of "
     "adults smoked.", "2023-10-20", "40%", "2022"),
    ("a date right after the number", "Rents rose from 3% in 2015 to 5% in 2019.", "2020-01-01", "5%", "2019"),
    ("a year before 'to' and a share", "Rents rose from 3% in 2015 to 5% in 2019.", "2020-01-01", "3%", "2015"),
    ("the start's year is not the level reached (election turnout)", "Turnout rose from 64.1% in 2019 to 68.4%.",
     "2024-06-22", "68.4%", "2024"),
    ("... which takes the sentence's own", "In 2023 deaths fell from 3,400 in 2019 to 2,100.", "2024-06-22",
     "2,100", "2023"),
    ("a later date belongs to the number compared with", "Sales reached $5m, compared with $4m in 2017.",
     "2019-06-01", "$5m", "2019"),
    ("the compared number keeps it", "Sales reached $5m, compared with $4m in 2017.", "2019-06-01", "$4m", "2017"),
    ("a year after the number's own noun", "The clinic treated 5,400 patients in 2023, up 8% from 5,000 patients "
     "in 2022.", "2024-02-01", "5,000", "2022"),
    ("the year compared with is not the number's", "In 2018, an estimated 1.2 million cases were recorded, 9% fewer "
     "than in 2017.", "2019-04-25", "9%", "2018"),
    ("since then: from the date before it to the time of writing", "The programme, launched in 2006, has handed out "
     "12 million nets since then.", "2019-05-01", "12 million", "2006/2019-05-01"),
    ("the earlier level's own financial year", "The budget was cut by more than 90% to US $313,000 in FY2024, from "
     "US $4.1 million in FY2023.", "2024-05-01", "US $4.1 million", "2023"),
    ("a figure said again in a later paragraph is of the year first given", "Inspectors counted 31,000 child "
     "labourers in 2021.\n\nOf the 31,000 child labourers, 19,800 were boys.", "2023-03-01", "19,800", "2021"),
    ("the earlier level's year after a share in brackets", "Child poverty fell to 3.1 million in 2021, down from "
     "3.7 million (15.2%) in 2019.", "2022-05-01", "3.7 million", "2019"),
    ("a quarter a year earlier", "Nimbus revenue for Q3 2023 was €210 million, up 16.7% from €180 million a year "
     "earlier.", "2023-11-01", "€180 million", "2022-07/2022-09"),
    ("a month a year earlier", "Users reached 2.1 million in March 2024, up from 1.5 million a year earlier.",
     "2024-04-10", "1.5 million", "2023-03"),
    ("a level reached by a year", "Streamly launched its app in 2016 and reached 10 million users by 2018.",
     "2020-01-01", "10 million", "2018"),
    ("an election's year", "At the 2019 general election, turnout in Corvania was 67%.", "2024-09-02", "67%", "2019"),
    ("a season named as a campaign", "Okonkwo scored 27 goals in the 2022/23 campaign.", "2024-06-01", "27",
     "2022/2023"),
    ("a year before a measure", "Morvia's 2022 deficit was 4.4% of GDP.", "2024-03-01", "4.4%", "2022"),
    ("a figure named by its year (migration and outbreak reports)", "The 2016 peak of 5,136 deaths has not been "
     "exceeded.", "2024-03-06", "5,136", "2016"),
    ("... its total", "The 2021 total of 400 arrests was a record.", "2024-03-06", "400", "2021"),
    ("last month is the month before (labour market news)", "Initial claims rose to 3,100 last month.", "2024-01-15",
     "3,100", "2023-12"),
    ("last quarter is the quarter before", "Sales were $4.1 million last quarter.", "2024-05-15", "$4.1 million",
     "2024-01/2024-03"),
    ("last autumn is the autumn before (homelessness counts)", "Some 3,898 people were sleeping rough last autumn.",
     "2024-03-01", "Some 3,898", "2023"),
    ("a year that names what is counted (road safety)", "Two-thirds of the 2022 deaths were men.", "2023-06-20",
     "Two-thirds", "2022"),
    ("a baseline's years are not the figure's (climate reports)", "In Valdoria, the 2022 temperature was 1.9 °C "
     "above the 1961-1990 average.", "2023-01-18", "1.9 °C", "2022"),
    ("... nor when the baseline comes first", "Relative to the 1991-2020 average, the 2022 anomaly was 0.29 °C.",
     "2023-01-18", "0.29 °C", "2022"),
    ("'last year's release' dates the release, not the figure (climate inventories)", "Emissions for 2021 have "
     "been revised to 412 MtCO2e, from 398 MtCO2e in last year's release.", "2023-05-01", "398 MtCO2e", "2021"),
    ("a recovery's base year is not the figure's (tourism statistics)", "Arrivals reached 78% of 2019 levels in "
     "2022.", "2023-02-15", "78%", "2022"),
    ("the start of a change in dollars has no year of its own (trade statistics)", "Imports rose from US$5.0 billion "
     "to US$5.6 billion in 2023.", "2024-04-12", "US$5.0 billion", None),
    ("an average of years", "Deaths are to halve by 2030, against the 2018-2020 average of 1,170 deaths.",
     "2023-06-20", "1,170", "2018/2020"),
    ("an index's edition (crime indices)", "In the 2021 Global Organized Crime Index, Mexico had a criminality "
     "score of 7.56.", "2023-03-15", "7.56", "2021"),
    ("a survey's round (education rankings)", "In the 2019 round Kelandia ranked 9th in reading.", "2023-03-15",
     "9th", "2019"),
    ("a launch year in a relative clause after the figure is the launch's (budget documents)", "The minister "
     "confirmed €350 million for the fund, which was launched in 2020.", "2023-03-01", "€350 million", "2023"),
    ("a titled report's year is not its data's", "According to the 2022 Global Estimates, 49.6 million people were "
     "in modern slavery in 2021.", "2023-01-01", "49.6 million", "2021"),
    ("an opening year in a side clause is not this year's", "The Maritime Museum, which opened in 1921, welcomed "
     "1.46 million visitors this year.", "2023-12-20", "1.46 million", "2023"),
    ("nor the period of a present tense", "The Orla Trust, founded in 1998, employs 240 staff.", "2023-12-20", "240",
     "2023"),
    ("a launch date is not what a perfect tense counts", "The programme, launched in April 2018, has connected "
     "300,000 homes.", "2022-10-02", "300,000", "2022"),
    ("... though it dates a past tense", "The programme, launched in 2006, trained 500 nurses.", "2022-10-02", "500",
     "2006"),
    ("... but not after a relative clause (mining reports)", "Red Ridge, which opened in 2016, produced 410,000 "
     "ounces of gold.", "2024-02-22", "410,000 ounces", "2024"),
    ("... nor in the same clause", "The operation began in March 2015 and has saved about 9,500 lives.", "2018-03-15",
     "about 9,500", "2018"),
    ("since then in another clause", "In 2006 it had 40 schools; 10 more have opened since then.", "2019-05-01", "40",
     "2006"),
    ("... nor the count's before it", "In 2018, an estimated 1.2 million cases were recorded, 9% fewer than in 2017.",
     "2019-04-25", "an estimated 1.2 million", "2018"),
    ("the year in a law's name is no time of a figure (police statistics)", "In the year ending March 2023, police "
     "carried out 4,900 searches under section 60 of the Public Order Act 1994.", "2023-10-26", "4,900",
     "2022-04/2023-03"),
    ("... nor when the sentence states none", "Police made 528,420 searches under the Police and Criminal Evidence Act "
     "1984.", "2023-10-26", "528,420", "2023"),
    ("... nor a base year of a multiple (nuclear power)", "Nuclear output rose to 40 TWh, three times the 2020 level.",
     "2023-06-15", "40 TWh", "2023"),
    ("a month without its year before a later dated one (nuclear power)", "Monthly generation ranged from 16.6 TWh in "
     "August to 29.3 TWh in December 2022.", "2023-05-25", "16.6 TWh", "2022-08"),
    ("... of the year before, in a span", "Inflation fell from 4.1% in November to 3.2% in February 2024.",
     "2024-03-25", "4.1%", "2023-11"),
    ("the year of the clause before 'and' is no year of a figure with its own (bus services)", "Fares were frozen in "
     "2024 and 612 buses were in service in 2023.", "2024-06-20", "612", "2023"),
    ("the date a figure is stated at, beside 'now' (police workforce)", "\"We now have 3,260 officers in Northvale, "
     "as at 31 December 2023,\" the Commissioner said.", "2024-02-06", "3,260", "2023-12-31"),
    ("a quarter whose year comes later (results releases)", "Gross margin was 53.0% in the fourth quarter and 54.4% "
     "for the full year 2023.", "2024-01-18", "53.0%", "2023-10/2023-12"),
    ("a quarter and the day it ended, after a dateline", "HSINCHU, 18 January 2024 — Valtrion announced revenue of "
     "$19.6 billion for the fourth quarter ended 31 December 2023.", "2024-01-18", "$19.6 billion", "2023-10/2023-12"),
    ("the full year beside a quarter", "Revenue was $5.1 billion in the fourth quarter and $19.2 billion for the full "
     "year.", "2024-01-18", "$19.2 billion", "2023"),
    ("... nor the base of a change after inflation (development aid)", "Refugee costs amounted to $31.0 billion, down "
     "1.6% in real terms from 2022.", "2024-04-11", "$31.0 billion", "2024"),
    ("a later clause's date is that clause's", "Some 12,000 people left after the war ended in 1995.",
     "2000-01-01", "Some 12,000", "2000"),
    ("a paragraph's year, for a later sentence in the past tense",
     "Norvik reported 2023 revenue of $4.5 billion. Net profit was $230 million.", "2024-02-16", "$230 million", "2023"),
    ("... the latest year of a change (tourism statistics)", "Passengers rose from 1.2 million in 2022 to 1.5 "
     "million in 2023. The port received 352 ship calls.", "2024-01-18", "352", "2023"),
    ("... and one that works it out (gun violence statistics)", "In 2022, guns killed 48,204 people. That works out "
     "to 132 gun deaths a day.", "2024-03-14", "132", "2022"),
    ("... and for a sentence that restates it", "In 2023, 8.4 million citizens used the portal. That is 82% of "
     "adults.", "2024-02-12", "82%", "2023"),
    ("an irregular past tense takes the paragraph's year (cyber-incident reports)", "In 2023 the agency handled "
     "4,400 incidents. On average it dealt with 12 incidents per day throughout the year.", "2024-02-16", "12", "2023"),
    ("a quarter goes on whole (market research)", "Smartphone shipments fell to 302.1 million in the third quarter "
     "of 2023. Samsung shipped 60.2 million smartphones.", "2023-10-16", "60.2 million", "2023-07/2023-09"),
    # (apprenticeship statistics) a year written across two goes on as a year does
    ("a split year goes on to the next sentence", "In Scotland there were 25,400 starts in 2022/23. In Wales there "
     "were 16,900 starts over the same period.", "2024-06-01", "16,900", "2022/2023"),
    ("... but not a span of years", "Output doubled from 2015 to 2020. Prices were £40.", "2024-06-01", "£40", "2024"),
    ("... not for one in the present", "Norvik reported 2023 revenue of $4.5 billion. It now has 11,400 employees.",
     "2024-02-16", "11,400", "2024"),
    ("... nor across a blank line", "Norvik reported 2023 revenue of $4.5 billion.\n\nNet profit was $230 million.",
     "2024-02-16", "$230 million", "2024"),
    ("a heading's year, for its section in the past tense", "## Outturn 2021\n\nThe council spent £4.1 million on "
     "parks.", "2023-06-01", "£4.1 million", "2021"),
    ("... and a month (monthly releases)", "## Labour market overview: February 2024\n\nThe employment rate was "
     "75.4%.", "2024-03-08", "75.4%", "2024-02"),
    ("... and a split year", "## Accounts 2022-23\n\nThe council spent £4.6 million on parks.", "2023-06-01",
     "£4.6 million", "2022/2023"),
    ("... until a heading without one", "## Outturn 2021\n\nText.\n\n## Plans\n\nThe council spent £5 million on "
     "roads.", "2023-06-01", "£5 million", "2023"),
    ("... not for the present tense", "## Outturn 2021\n\nThe council now has 40 parks.", "2023-06-01", "40", "2023"),
    ("'now' after a source that dates its figures is the figures' time (charity registers)", "According to the 2022 "
     "figures, the country now has 4,500 registered charities.", "2024-03-01", "4,500", "2022"),
    ("... not after an undated source", "According to the regulator, the country now has 4,500 charities.",
     "2024-03-01", "4,500", "2024"),
    ("an event's date is no figure's year", "The firm was founded in 1990. Sales were $5m.", "2024-02-16", "$5m",
     "2024"),
    ("... but the day something happened dates what the next sentence says it did (power-cut reports)", "Storm Elin "
     "struck the coast on 12 November 2022. It left 310,000 customers without power.", "2024-03-01", "310,000", "2022"),
    ("... not the day a report came out", "The review was published on 12 November 2022. It found 310,000 "
     "customers without power.", "2024-03-01", "310,000", "2024"),
    ("a level a rise started from 'in the first race' has no year of the text's", "Finishers have grown from 6,250 "
     "in the first race to 33,480 last year.", "2024-03-01", "6,250", None),
    ("the year of a yearly event's edition (city marathons)", "Just under 1,300 volunteers supported the 2024 race.",
     "2025-03-01", "Just under 1,300", "2024"),
    ("a year years ahead inside a programme's name is no figure's date (tree planting)", "The council has set aside "
     "a budget of £42 million for Canopy 2040 over ten years.", "2024-09-01", "£42 million", "2024"),
    ("... but a target year after 'by' still is", "The target is 40,000 homes by 2030.", "2024-09-01", "40,000",
     "2030"),
    ("the date of a figure compared with is that figure's (school absence)", "The county-wide rate of 21.9% is an "
     "improvement on the 23.0% recorded in 2022/23.", "2024-11-01", "21.9%", "2024"),
    ("a relative clause's start, five words long, is no figure's date (deposit return schemes)", "Aldmark, which "
     "introduced a deposit return scheme in 2022, reached a return rate of 89.4% in its third year.", "2025-02-27",
     "89.4%", "2025"),
    ("an earlier clause's 'since' is no date of a later clause in the present (teacher pay)", "Teachers have seen "
     "their pay fall by around 11% since 2012, and the government's £48 million retention package is targeted at "
     "three subjects.", "2024-03-01", "£48 million", "2024"),
    ("... but a later clause in the past shares the earlier clause's year", "Sales rose 5% in 2019, and profit was "
     "£4 million.", "2024-03-01", "£4 million", "2019"),
    ("a date in an opening participle is the thing's, not the figure's (pharmacy funding)", "Under the framework "
     "agreed in 2019, the Ministry provided €2.65 billion for pharmacy services in 2023-24.", "2024-03-20",
     "€2.65 billion", "2023/2024"),
    ("a record's 'since' is no period", "The river peaked at 6.8 metres, its highest level since 1994.",
     "2023-10-04", "6.8 metres", "2023"),
    ("'since 1994, when' is 1994", "It was the highest since 1994, when floods killed 31 people.", "2023-10-04", "31",
     "1994"),
    ("a year labelling the figure after it", "Leakage rate: 31% (2021: 34%).", "2023-02-15", "31%", "2023"),
    ("a year opening a listing is the listing's", "In 2021: 27.6 million in forced labour.", "2023-02-15",
     "27.6 million", "2021"),
    ("'last year' for a later clause with no number between", "It connected some 48,000 homes last year, taking "
     "coverage to 85% of the population.", "2023-03-03", "85%", "2022"),
    ("'the year before' names the year it follows", "In 2014, the year before the plan began, crashes were the "
     "third leading cause of death.", "2017-04-20", "third leading cause", "2014"),
    ("a month without a year, up to the story", "Inflation rose to 3.2% in March.", "2024-04-17", "3.2%", "2024-03"),
    ("a wire dateline's day dates the story, not its figures (disaster news)", "KATHMANDU, March 14 (Reuters) - The "
     "earthquake destroyed 18,900 houses.", "2025-03-14", "18,900", "2025"),
    ("... as a day in the sentence does", "As of 14 March, 612 deaths were recorded.", "2025-03-14", "612",
     "2025-03-14"),
    ("a later month is last year's", "Inflation was 2.9% in November.", "2024-04-17", "2.9%", "2023-11"),
    ("... unless the clause looks ahead", "The budget of $5m is due in June.", "2024-04-17", "$5m", "2024-06"),
    ("a launch date in an aside is not the figure's when the figure has its own", "The Measles Programme, launched "
     "in 2009, vaccinated 412,000 children in 2021.", "2022-05-10", "412,000", "2021"),
    ("a change 'from' a year is measured against it", "Valdoria recorded 1,284 homicides in 2022, a drop of 15% "
     "from 2021.", "2023-04-12", "15%", "2022"),
    ("a when-clause's year", "That was more than in 2022, when 217,774 applications were filed.", "2024-01-15",
     "217,774", "2022"),
    ("a month after 'from' is the earlier figure's", "The unemployment rate fell to 3.7% from 3.9% in October.",
     "2023-12-05", "3.7%", "2023"),
    ("a quarter's figure", "GDP grew 0.4% in the third quarter of 2023.", "2023-11-01", "0.4%", "2023-07/2023-09"),
    ("a quarter without its year, the last one over", "GDP grew 0.4% in the third quarter.", "2023-10-05", "0.4%",
     "2023-07/2023-09"),
    ("... one not over yet is last year's", "Sales rose 5% in Q4.", "2023-10-05", "5%", "2022-10/2022-12"),
    ("... unless the clause looks ahead", "Sales are expected to rise 5% in Q4.", "2023-10-05", "5%",
     "2023-10/2023-12"),
    ("a quarter as an adjective", "Halvorsen's fourth-quarter revenue climbed 7% to NOK 48.6 billion.",
     "2024-02-10", "NOK 48.6 billion", "2023-10/2023-12"),
    ("a month that opens the sentence as its subject", "August was the peak month, with about 620,000 arrivals.",
     "2024-02-12", "about 620,000", "2023-08"),
    ("a month after 'by' in the past tense is the last one", "Digital ID downloads reached 3.1m by December.",
     "2024-02-14", "3.1m", "2023-12"),
    ("'for the quarter' is the last quarter over", "Operating profit for the quarter reached 610 million kroner.",
     "2023-11-08", "610 million kroner", "2023-07/2023-09"),
    ("... and so is 'quarterly'", "Quarterly net income came to $251 million.", "2024-02-10", "$251 million",
     "2023-10/2023-12"),
    ("a company's guidance looks ahead", "The company expects third-quarter revenue of 1.2 billion euros.",
     "2023-08-02", "1.2 billion euros", "2023-07/2023-09"),
    ("a half without its year is a year's only if it says so", "Output fell 2% in the first half of the year.",
     "2023-10-05", "2%", "2023-01/2023-06"),
    ("the first half of a match is no half of a year", "He scored 2 goals in the first half.", "2023-10-05", "2",
     "2023"),
    ("'two years earlier' counts back two", "In 2022, 870,000 children worked, up from 812,000 two years earlier.",
     "2023-06-01", "812,000", "2020"),
    ("a past-tense sentence after a dated one is of its year", "Valdmoor Airport handled 18.4 million passengers in "
     "2023. Terminal 1 accounted for 11.2 million passengers.", "2024-03-12", "11.2 million", "2023"),
    ("months to a month with no year: the last such span before the story", "In the six months to June, Valdmoor "
     "Airport handled 8.9 million passengers.", "2024-07-20", "8.9 million", "2024-01/2024-06"),
    ("a month opening the sentence", "In March, unemployment was 3.2%.", "2024-07-20", "3.2%", "2024-03"),
    ("'in the previous year' right after the number is its year", "The dropout rate fell to 12.6% in 2022 from 14.1% "
     "in the previous year.", "2023-08-01", "14.1%", "2021"),
    ("... the split year before a split year", "The dropout rate fell to 12.6% in 2022-23 from 14.1% in the previous "
     "year.", "2023-08-01", "14.1%", "2021/2022"),
    ("'In the previous reporting period' opening a sentence", "Authorities convicted 31 traffickers in 2023. In the "
     "previous reporting period, authorities had convicted 24 traffickers.", "2024-06-01", "24", "2022"),
    ("'before a judge' says before whom, not when", "Only 418 cases were brought before a judge in 2023.",
     "2024-11-25", "418", "2023"),
    ("'before age 18' is an age, not a time", "In Vessaria, 38% of women aged 20 to 24 were married before age 18 "
     "in 2014.", "2023-06-12", "38%", "2014"),
    ("a change 'on' a year is measured against it", "Corvia recorded 15,900 cases in 2022, a fall of 4% on 2021.",
     "2023-06-20", "4%", "2022"),
    ("'at the end of' a year right after the number is its year (court statistics)", "Pending cases stood at 3,870 "
     "at the end of 2023, up from 3,410 at the end of 2022.", "2024-05-30", "3,410", "2022"),
    ("a rise after an older figure's date is not of that date", "Pending cases stood at 3,870 in December 2023, up "
     "from 3,410 in December 2022, a rise of 13.5%.", "2024-05-30", "13.5%", "2023-12"),
    ("an event a year names, then 'when'", "It is the highest total since the 2015-16 crisis, when applications "
     "peaked at about 1.3 million a year.", "2024-02-28", "about 1.3 million a year", "2015/2016"),
    ("a year before a measure's noun is its year (environment statistics)", "Kestovia's 2019 emissions were 61 "
     "million tonnes.", "2021-09-15", "61 million tonnes", "2019"),
    ("... and two words before a total", "The 2019 municipal waste total was 4.1 million tonnes.", "2021-09-15",
     "4.1 million tonnes", "2019"),
    ("since a launch in a year runs to the time of writing (programme news)", "Since its launch in 2017, the "
     "programme has enrolled 38.5 million people.", "2024-01-20", "38.5 million", "2017/2024-01-20"),
    ("a frequency is no year (telecoms news)", "In 2015, operators paid $190 million for 1800 MHz spectrum.",
     "2016-03-15", "$190 million", "2015"),
    # A surveillance week is its seven days, Monday to Sunday (ISO 8601), so two weeks' counts are two periods.
    ("an epidemiological week of a stated year (outbreak reports)", "In epidemiological week 23 of 2022, 1,204 cholera "
     "cases were reported.", "2022-07-01", "1,204", "2022-06-06/2022-06-12"),
    ("... of the report's year", "During epi week 24, 900 cases were reported.", "2022-07-01", "900",
     "2022-06-13/2022-06-19"),
    ("... not over when the report came out: last year's", "In epidemiological week 50, 310 cases were reported.",
     "2023-01-10", "310", "2022-12-12/2022-12-18"),
    ("... of the sentence's year", "In 2021, in reporting week 30, 300 cases were confirmed.", "2022-07-01", "300",
     "2021-07-26/2021-08-01"),
    ("weeks from the first to the last", "Between epidemiological weeks 1 and 23, 12,000 cases were reported.",
     "2022-07-01", "12,000", "2022-01-03/2022-06-12"),
    ("a study's week is no calendar week", "At week 12, 40% of patients had responded.", "2022-07-01", "40%", "2022"),
]


@pytest.mark.parametrize("sentence, published, span, period",
                         [pytest.param(*row[1:], id=row[0]) for row in RELATIVE_PERIODS])
def test_relative_years_give_the_period(sentence, published, span, period):
    claims = [c for c in extract(sentence, published=published) if c.text == span]
    assert claims and claims[0].period == period


@pytest.mark.parametrize("sentence, published, span, period",
                         [pytest.param(*row[1:], id=row[0]) for row in STATED_PERIODS])
def test_stated_dates_give_the_period(sentence, published, span, period):
    claims = [c for c in extract(sentence, published=published) if c.text == span]
    assert claims and claims[0].period == period


def test_a_number_below_1500_before_a_noun_is_a_count():
    assert [(c.text, c.kind) for c in extract("In 1400 homes, heating failed.")] == [("1400", "count")]


@pytest.mark.parametrize("sentence, span, kind", [
    pytest.param("Fewer than 2000 people attended.", "Fewer than 2000", "count", id="a bound on a number"),
    pytest.param("The score is above 1000 and below 1500.", "above 1000 and below 1500", "count", id="two bounds"),
    pytest.param("It was built before 2000.", "2000", "date", id="before a year"),
    pytest.param("Up to 2019 the fund grew.", "2019", "date", id="up to a year: until then"),
])
def test_a_year_after_a_bound_is_a_number(sentence, span, kind):
    assert [c.kind for c in extract(sentence) if c.text == span] == [kind]


@pytest.mark.parametrize("text, published, spans", [
    pytest.param("4 August 2011 - In a move to toughen the law, 5 articles changed.", "2011-08-04", ["5"],
                 id="a dateline before a dash"),
    pytest.param("Mexico City, 30 July 2016. On the day, 30 stands opened.", "2016-07-30", ["30"],
                 id="a place, then the dateline"),
    pytest.param("Published: 6 February 2023\nSome 40 homes fell.", "2023-02-06", ["Some 40"], id="a labelled date"),
    pytest.param("A magnitude 7.8 earthquake struck on 6 February 2023.", "2023-02-06", ["7.8", "6 February 2023"],
                 id="the story's own day inside a sentence is a claim"),
])
def test_only_a_date_that_stands_apart_at_the_top_is_a_dateline(text, published, spans):
    assert [c.text for c in extract(text, published=published)] == spans


@pytest.mark.parametrize("sentence, span, event", [
    pytest.param("The Act was passed by Parliament in June 2012 and entered into force in January 2013.",
                 "June 2012", "passage", id="the verb before the date"),
    pytest.param("The Act was passed by Parliament in June 2012 and entered into force in January 2013.",
                 "January 2013", "entry into force", id="another verb before a later date"),
    pytest.param("The campaign was launched in 2010 and expanded in 2014.", "2014", None, id="expanded is no launch"),
    pytest.param("Four years after its launch, in 2023, the programme reached 70% of employers.", "2023", None,
                 id="a time counted from a launch is no launch"),
])
def test_a_date_takes_the_event_of_its_own_verb(sentence, span, event):
    assert [c.event for c in extract(sentence) if c.text == span] == [event]


def test_a_reports_title_year_dates_its_past_tense_sentences():
    import datetime as dt

    from factcheck.extract import extract_document
    from factcheck.models import Document

    text = "Veltrana's headcount rose to 18,450 from 17,200 a year earlier. Today the group has 18,900 staff."
    document = Document(source="r.md", text=text, title="Veltrana Sustainability Report 2023",
                        published=dt.date(2024, 3, 14))
    periods = {c.text: c.period for c in extract_document(document)}
    # (what the report tells of its year, the year before it, and now)
    assert periods == {"18,450": "2023", "17,200": "2022", "18,900": "2024"}


def test_a_quarterly_releases_title_dates_its_past_tense_sentences():
    """(market research) "Smartphone shipments in Q3 2023": what its sentences tell of is the quarter's."""
    import datetime as dt

    from factcheck.extract import extract_document
    from factcheck.models import Document

    text = "Samsung shipped 60.2 million smartphones, keeping the top spot."
    document = Document(source="r.md", text=text, title="Smartphone shipments in Q3 2023",
                        published=dt.date(2023, 10, 16))
    assert [c.period for c in extract_document(document)] == ["2023-07/2023-09"]


def test_a_briefs_title_year_dates_its_labelled_figures():
    import datetime as dt

    from factcheck.extract import extract_document
    from factcheck.models import Document

    text = "# Key figures\n\n- Confirmed measles cases in Northern Province: 3,100\n"
    document = Document(source="b.md", text=text, title="Northern Province immunisation brief, 2023",
                        published=dt.date(2024, 5, 10))
    # (a label and its figure, no verb: the brief's year, not the year it came out)
    assert {c.text: c.period for c in extract_document(document)} == {"3,100": "2023"}


def test_a_results_releases_title_year_dates_its_verbless_list_items_and_participle_clauses():
    import datetime as dt

    from factcheck.extract import extract_document
    from factcheck.models import Document

    text = ("## Highlights\n\n- On-time departures of 84.6%\n\nAmong short-haul routes, Kessel was the busiest, "
            "accounting for 1.9 million passengers.\n\nThe airline now flies 212 routes.\n")
    document = Document(source="r.md", text=text, title="Orla Air full-year 2023 results",
                        published=dt.date(2024, 2, 28))
    # (a list item with no verb, a clause with none of its own in a past-tense sentence: the year reported on;
    # a present-tense sentence: the time of writing)
    assert {c.text: c.period for c in extract_document(document) if c.kind != "rank"} == {
        "84.6%": "2023", "1.9 million": "2023", "212": "2024"}


def test_two_months_listed_are_no_span():
    text = "Sales in March and April rose 4%."
    assert all(not d.is_range for d in find_dates(text, 0, len(text), dt.date(2022, 9, 1)))


def test_a_title_that_names_a_rolling_year_dates_its_figures():
    """(retailers' results) a release titled for 52 weeks to a day: its figures are those months', not the day's month."""
    from factcheck.read import read_text
    from factcheck.extract import extract_document
    doc = read_text("---\ntitle: \"Results for the 52 weeks to 24 February 2024\"\npublished: 2024-04-18\n---\n"
                    "Group revenue was £4.82 billion.\n", source="a.md", format="markdown")
    assert [c.period for c in extract_document(doc) if c.kind == "money"] == ["2023-03/2024-02"]
