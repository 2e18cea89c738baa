"""What is not a claim (docs/claims.md, "What is not a claim"), as example tables of invented
sentences: the extractor returns nothing for them, or only the listed real claims."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.extract.noise import noise_spans


# (id, sentence, the spans that ARE claims; usually none)
CONTACT_DETAILS = [
    ("telephone with country code", "Call the line on +52 55 1234 5678 at any hour.", []),
    ("telephone in brackets", "Ring (555) 123-4567 for details.", []),
    ("free phone with letters", "Dial 01800 TRATA to report a case.", []),
    # (fraud advice) a London number: a short area code, then groups
    ("telephone with a short area code", "Call 020 7946 0123 for help.", []),
    # (wire stories) a dateline's day and month, no year
    ("a dateline", "ABIDJAN, Oct 2 – Cocoa prices rose.", []),
    ("e-mail", "Write to help2023@example.org for a copy.", []),
    ("url", "See www.example.com/report2012.pdf for details.", []),
    ("url with scheme", "Data at https://example.org/data/2014/table3 are open.", []),
]

CODES_AND_LABELS = [
    ("product code", "The part number is CP25564S-1.", []),
    ("a resolution's number", "The assembly adopted resolution 64/293.", []),
    ("a numbered document", "The decree (No. 2018/451) set up 12 shelters.", ["12"]),
    ("a numbered law", "Law No. 4 of 2019 created 12 shelters.", ["2019", "12"]),
    # (parliamentary answers) a question's number
    ("a parliamentary question's number", "Question 412. The minister said 1,200 branches remain.", ["1,200"]),
    ("... by its identifier", "UIN 12874: asked about 300 staff.", ["about 300"]),
    # (forest policy) laws and decrees cited by number and year
    ("a law by its number and year", "Law 2219 of 2022 created 12 parks.", ["2022", "12"]),
    ("standard", "The plant is certified to ISO 9001.", []),
    ("group name", "The G20 met in Osaka.", []),
    ("disease name", "COVID-19 reached the island late.", []),
    ("a climate summit is no amount of pesos", "Delegates met at COP26 in Glasgow.", []),
    ("an emergency line's number (crime statistics)", "The force handled 182,000 emergency 999 calls.",
     ["182,000"]),
    ("... but calls counted after 'the' are calls", "Operators answered the 300 calls.", ["300"]),
    ("model name with a dot", "The ID.4 went on sale in spring.", []),
    ("catalogue name with a plus", "The cluster MACS J1149.5+6663 lies far away.", []),
    ("network generation", "The operator rolled out 5G networks.", []),
    ("dimensions", "The school bought two 3D printers.", ["two"]),
    ("article", "Article 3 defines the offence.", []),
    ("section", "Section 427 was repealed.", []),
    ("tier", "The country stayed in tier two.", []),
    ("a disease's type", "Of the 500 patients, 320 had type 2 diabetes.", ["500", "320"]),
    ("a class of drug", "Class 3 drugs rose 12%.", ["12%"]),
    # Schools, housing and councils (unseen corpora): names of years, stages, kinds and votes.
    ("a school year", "In 2024, 412 pupils sat Year 11 exams.", ["2024", "412"]),
    ("a school year after a count", "Some 3,200 Year 7 pupils started in September.", ["Some 3,200"]),
    ("the sixth form", "The sixth form has 310 students.", ["310"]),
    ("a year of study", "Third-year students pay £9,250.", ["£9,250"]),
    ("a court's name", "The Court of First Instance heard 40 cases.", ["40"]),
    ("a vote's tally", "The board approved the budget on a 5-2 vote.", []),
    ("around the clock", "The helpline is open 24/7.", []),
    ("an aircraft model", "In 2024, Orlair flies 14 Airbus A330-300 aircraft.", ["2024", "14"]),
    ("numbered terminals", "Of 31.4 million passengers, 18.2 million used Terminal 1 and 9.6 million used Runway 2.",
     ["31.4 million", "18.2 million", "9.6 million"]),
    # Polls and local government (unseen corpora).
    ("an age group", "Among over-65s, support was 52%.", ["52%"]),
    ("an age band as a group", "Among 18-24s, support was 31%.", ["31%"]),
    ("a motorway junction", "Traffic at junction 9 of the M5 rose.", []),
    ("a service named by its number", "The 999 emergency service handled 28 million calls in 2023.",
     ["28 million", "2023"]),
    ("a planning reference", "Application 23/01234/FUL was approved.", []),
    ("a telephone number with spaces", "The hotline 800 911 2000 received 35,000 calls.", ["35,000"]),
    ("a telephone number with a trunk prefix", "Call 01 800 832 7700 for help.", []),
    ("a telephone number spelt in letters", "Calls to the 1-800-HELPS hotline rose to 318,000.", ["318,000"]),
    ("a telephone number in three short groups", "Dial 0-800-555 for help; 2,000 calls came in.", ["2,000"]),
    ("emissions named by their scope", "Scope 1 emissions were 412 ktCO2e.", ["412 ktCO2e"]),
    ("... and by two scopes at once", "Scope 1 and 2 emissions were 12.4 MtCO2e.", ["12.4 MtCO2e"]),
    ("a trial's allocation ratio (clinical trials)", "Patients were randomized 2:1, with 800 assigned to the vaccine "
     "and 400 to placebo.", ["800", "400"]),
    ("a footnote mark after a grouped number", "Its population was 23,400^2 at the census.", ["23,400"]),
    ("a helpline named by its number", "The national helpline 155 took 90,000 calls.", ["90,000"]),
    ("probe name", "Voyager 2 left the heliosphere.", []),
    # (student finance) a scheme by its number
    ("a loan plan by its number", "Plan 2 loans are written off after 30 years.", ["30 years"]),
    ("... two of them", "Plan 1 and 2 borrowers repay 9%.", ["9%"]),
    ("a group named by an age in words (child mortality)", "The under-five mortality rate was 51 per 1,000 live "
     "births.", ["51 per 1,000"]),
    # (nuclear power) a plant's units by their numbers are no counts of reactors
    ("a reactor by its number", "Slovakia's Mochovce 3 reactor was connected to the grid.", []),
    ("units by their numbers", "Units 1 and 2 were closed.", []),
    ("... but reactors counted in a place", "In Germany 6 reactors were closed.", ["6"]),
    ("index name", "The S&P 500 rose 0.2% on Monday.", ["0.2%"]),
    ("ranking name", "Two Fortune 500 firms moved here.", ["Two"]),
    ("software with its version", "Android 14 runs on 2.1 billion devices; Python 3.12 on 40% of servers.",
     ["2.1 billion", "40%"]),
    ("a study's timepoints", "Of the 1,240 patients, 1,180 completed week 16 and 1,050 reached day 28 in cohort 2.",
     ["1,240", "1,180", "1,050"]),
    ("a season's year is no season number", "He scored 27 goals in season 2022/23.", ["27", "2022/23"]),
    ("a weekly count is no timepoint", "Every week 300 migrants arrive.", ["300"]),
    ("a surveillance week's number (outbreak reports)", "In epidemiological week 23, 1,204 cases were reported; "
     "epi weeks 20-22 saw 2,900.", ["1,204", "2,900"]),
    ("a week of a stated year", "Cases fell in week 24 of 2023.", ["2023"]),
    ("aircraft models with a variant", "The airline ordered 12 Boeing 787-9 jets and four ATR 72-600 turboprops.",
     ["12", "four"]),
    ("a range after a capitalised word is still a range", "Prices in Ostmark rose 5-7% in 2023.", ["5-7%", "2023"]),
]

NUMBERING = [
    ("section number", "1. Introduction", []),
    # (dental and childcare statistics) an age group named by its ages says which children, not how many
    ("an age group in digits", "There were 8,100 extractions among 0 to 4 year olds.", ["8,100"]),
    ("... in words, hyphenated", "Of 312 providers, 31 were pre-schools for three- and four-year-olds.",
     ["312", "31"]),
    # (council and committee papers) numbered paragraphs
    ("a numbered paragraph", "4.2 Librarians will be redeployed to the central library in 2024/25.", ["2024/25"]),
    ("... three levels deep", "3.2.1 The council spent £4 million.", ["£4 million"]),
    ("... but a figure with its scale word is a figure", "2.5 Million people voted.", ["2.5 Million"]),
    ("a numbered list's items in lower case", "The brief asks the Government to:\n\n1. restore the budget;\n"
     "2. publish the list of schools;\n3. keep the grant.", []),
    ("a footnote's own line", "1 Source: National Household Survey 2022.", ["2022"]),
    ("list number", "(2) Each state shall report.", []),
    ("list numbers after questions", "It asks: (1) How big is it? (2) What was done?", []),
    ("a breakdown's figure in brackets is no list number", "Cuts hit services (50) and libraries (40).",
     ["50", "40"]),
    ("footnote marker", "The figures were revised.[3]", []),
    ("caret footnote after a word", "Arrests rose^3 last spring.", []),
    ("time of day with p.m.", "The deadline is 2 p.m. on Friday.", []),
    ("clock time", "Kick-off at 17:22 drew 40,000 fans.", ["40,000"]),
    ("glued am", "It rose 4% at 9am.", ["4%"]),
    ("timestamp", "Updated 2019-09-01T10:38:07.190Z by the desk.", []),
    ("year glued to s", "Healthcare, 2018s best sector, fell 1.6%.", ["1.6%"]),
    ("game number", "He scored twice in Game 7 on Sunday.", []),
    ("storm category", "A category 4 hurricane made landfall.", []),
    ("discourse opener", "First, there has been progress.", []),
    ("text counting itself", "This article answers four questions.", []),
    ("reading time", "By Jane Doe | 12 March 2021 | 4 min read", ["12 March 2021"]),
    ("copyright notice", "Copyright © 2021 Daily Ledger. All rights reserved.", []),
    ("copyright years", "© 2019-2021 Ledger Media", []),
    # ... but minutes spent reading are a duration
    ("minutes to read", "It takes 4 minutes to read the report.", ["4 minutes"]),
    ("points a text makes, then First", "Two points are criticised. First, the law is vague.", []),
    ("changes listed after these", "These three changes would help.", []),
    ("a heading after a colon", "Recommendations: Three Changes", []),
    ("recommendations before a colon", "The report makes five recommendations: cut fees, hire staff.", []),
    # ... but points scored or lost are counts of the world
    ("points scored", "The team scored 2 points.", ["2"]),
    ("points lost", "The index fell 2 points on Tuesday.", ["2"]),
    ("options of a thing", "The car offered two powertrain options: a petrol or a diesel engine.", ["two"]),
    ("ways the text lists", "The plan works in two important ways: it trains staff and it informs.", []),
]

CITATIONS = [
    ("author year", "Trafficking is rising (Flores 2010).", []),
    ("two bodies", "Victims are often minors (UNODC 2008, ECPAT 2010).", []),
    ("two bodies joined by 'and'", "Victims are often minors (UNODC 2016 and ILO 2017).", []),
    ("see also", "The protocol took effect in 2003 (see also ILO 2017).", ["2003"]),
    ("an author named in the text, then the year", "According to the CNDH (2019), 1,200 complaints were filed in "
     "2018.", ["1,200", "2018"]),
    ("a year in brackets after a name that is no author", "The law (2019) set 12 rules.", ["2019", "12"]),
    ("long body name", "Reports grew (US Department of State 2012).", []),
    ("citation beside a claim", "About 80% were women (Smith 2011).", ["About 80%"]),
]

ONE_AND_VAGUE = [
    ("one such", "One such amendment failed.", []),
    ("one of the pillars", "One of the pillars is prevention.", []),
    ("one of the largest", "One of the largest-scale efforts began here.", []),
    ("hundreds of", "Hundreds of citizens marched.", []),
    ("millions of", "Millions of people watched.", []),
    ("dozens of", "Dozens of homes flooded.", []),
    ("rating scale", "Rate it on a scale from one to ten.", []),
    ("quoted word", "He answered 'Minus One' and left.", []),
    ("curly quoted word", "She replied ‘Minus One’ at once.", []),
    # (fire service reports) a quoted title with a number word
    ("a quoted title", 'In 2024 we launched a new "Ready in Five" campaign.', ["2024"]),
    ("... but not a quoted sentence", 'He said "Five people died" yesterday.', ["Five"]),
    ("one as a count", "Only one victim was found.", ["one"]),
]
GOALS_AND_LABELS = [
    ("net zero", "The country aims to reach net zero by 2045.", ["2045"]),
    ("zero-carbon", "It runs zero-carbon buses.", []),
]
STATISTICS = [
    ("a p-value", "The effect held (p<0.001).", []),
    ("a p-value with spaces", "The P = 0.03 result held.", []),
    ("a confidence level", "It was 91% effective (95% CI 84-95%).", ["91%"]),  # the interval becomes its bounds
]
WEB_PAGE_FURNITURE = [
    ("a page's age", "By Ana Lutz · 4 min read · Updated 3 hours ago", []),
    ("a law updated years ago is a claim", "The law was updated 3 years ago.", ["3 years"]),
]
# A figure the text rejects is not what it claims.
REJECTED_FIGURES = [
    ("not by", "Bills fell by a quarter, not by 45%.", ["a quarter"]),
    ("not, as reported", "It was 12%, not 15% as reported.", ["12%"]),
    ("rather than", "Turnout was 40% rather than 50%.", ["40%"]),
    ("instead of", "The fine was $200 instead of $500.", ["$200"]),
    ("not more than is a bound", "The rate is not more than 45%.", ["not more than 45%"]),
    ("sentence-initial Not says fewer", "Not 45% of voters agreed.", ["45%"]),
]


@pytest.mark.parametrize(
    "sentence, claims",
    [pytest.param(*row[1:], id=row[0])
     for table in (CONTACT_DETAILS, CODES_AND_LABELS, NUMBERING, CITATIONS, ONE_AND_VAGUE, REJECTED_FIGURES,
                   WEB_PAGE_FURNITURE, GOALS_AND_LABELS, STATISTICS)
     for row in table],
)
def test_non_claims(sentence, claims):
    assert [c.text for c in extract(sentence)] == claims


@pytest.mark.parametrize(
    "text, reason",
    [("Call +52 55 1234 5678.", "phone"), ("Mail a@b.org", "email"), ("(Flores 2010)", "citation"),
     ("p<0.05", "statistic"), ("95% CI", "statistic"),
     ("See www.example.com", "url"), ("Part CP25564S-1", "code")],
)
def test_noise_reasons(text, reason):
    assert reason in {r for _, _, r in noise_spans(text)}


@pytest.mark.parametrize("text", ["", "plain words only", "USD115", "4e14", "minus-5 yards", "24703m2"])
def test_amounts_are_not_codes(text):
    assert all(r != "code" for _, _, r in noise_spans(text))
