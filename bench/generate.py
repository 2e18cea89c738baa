"""Invented Markdown documents whose claims really align, with planted dissents, for ``bench.audit``.

Usage (from the project root)::

    python -m bench.generate --documents 1000 --out bench/.out/corpus --seed 1
    python -m bench.generate --documents 1000 --out DIR --dissent-fraction 0.05

Each document is about 2 KB of Markdown with YAML front matter (title, publisher,
published date). Its claims are drawn from one shared pool of facts, so the same
fact is stated by many documents:

* values: 40 subjects (primary schools, road deaths, nurses trained, vehicles a
  day on the Orrin Bridge, budgets in US $, percent shares...) x the years
  2010-2020. Each (subject, year) has one of 15 invented places and one true
  value. Documents state it in varied wording that still allows the true value:
  exact ("612", "1.24 million", "forty-two per cent", "US $2,410,000"), "about" /
  "around" / "some" (two significant digits), "more than" / "over" (a bit lower),
  "nearly" / "almost" / "close to" (a bit higher);
* events: 12 programmes and acts, each launched or passed in one month
  ("The Green Fields Programme was launched in March 2012", "... in 2012");
* ranks: 6 rankings, each putting one thing at one position ("Road crashes are the
  second leading cause of death among young people in Norvale").

A fraction of the documents (``--dissent-fraction``, default 2 %) each state exactly
one dissent: a value 0.35-0.6 or 1.7-2.5 times the truth (outside the hedge band of
every bounded agreeing wording), a launch or passage 2-5 years off, or another rank
position. Filler prose between the claims has no figures (one sentence says "from one
district to the next", which factcheck reads as a count). Each statement names its
place after "in" and sits on a line of its own, so that a claim's document and line
identify the statement it comes from.

Each (subject, year) has one place, so two places' figures for the same subject and
year never share a block whatever factcheck makes of the invented place names (it
finds "in Tarrow", but not the place in "the Orrin Bridge in Tarrow"; an unplaced
claim takes the place its document names most).

The output is deterministic for a seed, and document ``doc-000042.md`` is the same
whatever ``--documents`` is (each document has its own random stream), so a small
corpus is a prefix of a larger one with the same seed.

Besides the documents, the output folder holds ``truth.json``: the parameters, every
fact with its true value, and every planted dissent (document, line, rule, fact,
true and stated value, wording, and whether the audit can be expected to flag it:
``expected``, ``why_not``); and ``statements.json``: where each fact is stated,
``{fact: [document number, line, document number, line, ...]}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

GENERATOR_VERSION = 1

YEARS = list(range(2010, 2021))

PLACES = [
    "Norvale", "Tarrow", "Kestrel Bay", "Ostrin", "Pellan", "Varrow Hills", "Amberley", "Lindmark",
    "Corrow", "Saltmere", "Drennick", "Halvard", "Mirren", "Eastwold", "Brisk Harbour",
]

PUBLISHERS = [
    "The Norvale Herald", "Tarrow Evening Post", "Coastal Policy Institute", "Ministry of Public Works",
    "Office of the Regional Auditor", "Kestrel Bay Gazette", "Centre for Civic Data", "The Lindmark Courier",
    "Saltmere Weekly", "Eastwold Community Radio", "Brisk Harbour Chronicle", "Regional Statistics Bureau",
]


@dataclass(frozen=True)
class Subject:
    """One measured subject: its kind, a range for its base value, and sentence templates.

    Templates hold {v} (the number with its hedge and unit), {P} (place) and {Y} (year);
    {v} never opens a sentence. `fixed_place`: the thing is in one place every year.
    `decimals`: percent values with one decimal.
    """

    id: str
    kind: str  # count, percent, money, rate
    low: float
    high: float
    templates: tuple[str, ...]
    fixed_place: Optional[str] = None
    decimals: int = 0


def _c(id: str, low: float, high: float, *templates: str) -> Subject:
    return Subject(id, "count", low, high, templates)


SUBJECTS: list[Subject] = [
    _c("primary schools", 80, 900, "In {Y}, there were {v} primary schools in {P}.",
       "Officials counted {v} primary schools in {P} in {Y}.",
       "By the end of {Y}, {v} primary schools were open in {P}."),
    _c("kindergartens", 20, 300, "In {Y}, there were {v} kindergartens in {P}.",
       "The inspectorate listed {v} kindergartens in {P} in {Y}."),
    _c("road deaths", 20, 600, "In {Y}, {v} road deaths were recorded in {P}.",
       "Police figures show {v} road deaths in {P} in {Y}."),
    _c("hospital beds", 300, 6000, "In {Y}, there were {v} hospital beds in {P}.",
       "Hospitals in {P} offered {v} hospital beds in {Y}."),
    _c("nurses trained", 50, 2000, "In {Y}, {v} nurses were trained in {P}.",
       "Colleges in {P} trained {v} nurses in {Y}."),
    _c("doctors", 100, 5000, "In {Y}, there were {v} doctors in {P}.", "In {Y}, clinics in {P} employed {v} doctors."),
    _c("teachers", 500, 9000, "In {Y}, schools in {P} employed {v} teachers.",
       "In {Y}, there were {v} teachers in {P}."),
    _c("police officers", 200, 8000, "In {Y}, there were {v} police officers in {P}.",
       "The police force in {P} counted {v} police officers in {Y}."),
    _c("registered voters", 20_000, 900_000, "In {Y}, there were {v} registered voters in {P}.",
       "The electoral roll in {P} listed {v} registered voters in {Y}."),
    _c("new homes", 100, 4000, "In {Y}, {v} new homes were built in {P}.",
       "Builders in {P} completed {v} new homes in {Y}."),
    _c("foreign tourists", 10_000, 2_000_000, "In {Y}, {v} foreign tourists stayed in {P}.",
       "Hotels in {P} welcomed {v} foreign tourists in {Y}."),
    _c("pedestrian crossings", 100, 3000, "In {Y}, there were {v} pedestrian crossings in {P}.",
       "Streets in {P} had {v} pedestrian crossings in {Y}."),
    _c("public libraries", 5, 90, "In {Y}, there were {v} public libraries in {P}.",
       "Readers in {P} could use {v} public libraries in {Y}."),
    _c("bus routes", 5, 80, "In {Y}, {v} bus routes operated in {P}.",
       "The bus network in {P} ran {v} bus routes in {Y}."),
    _c("births", 1000, 40_000, "In {Y}, {v} births were recorded in {P}.",
       "The registry in {P} counted {v} births in {Y}."),
    _c("marriages", 500, 20_000, "In {Y}, {v} marriages were registered in {P}.",
       "Registrars in {P} recorded {v} marriages in {Y}."),
    _c("house fires", 50, 1500, "In {Y}, there were {v} house fires in {P}.",
       "Firefighters in {P} attended {v} house fires in {Y}."),
    _c("small businesses", 500, 30_000, "In {Y}, {v} small businesses were registered in {P}.",
       "The chamber of commerce in {P} listed {v} small businesses in {Y}."),
    _c("asylum applications", 50, 5000, "In {Y}, officials in {P} received {v} asylum applications.",
       "Officials in {P} handled {v} asylum applications in {Y}."),
    _c("traffic accidents", 300, 9000, "In {Y}, {v} traffic accidents were reported in {P}.",
       "Police in {P} recorded {v} traffic accidents in {Y}."),
    _c("burglaries", 100, 6000, "In {Y}, police in {P} recorded {v} burglaries.",
       "In {Y}, {v} burglaries were reported in {P}."),
    _c("pharmacies", 10, 400, "In {Y}, there were {v} pharmacies in {P}.",
       "Residents in {P} could choose between {v} pharmacies in {Y}."),
    _c("apprentices", 200, 8000, "In {Y}, {v} apprentices finished their training in {P}.",
       "Employers in {P} took on {v} apprentices in {Y}."),
    _c("university students", 2000, 90_000, "In {Y}, {v} university students were enrolled in {P}.",
       "Universities in {P} enrolled {v} university students in {Y}."),
    _c("hotel rooms", 300, 20_000, "In {Y}, there were {v} hotel rooms in {P}.",
       "Visitors in {P} could book {v} hotel rooms in {Y}."),
    _c("building permits", 200, 9000, "In {Y}, the planning office in {P} issued {v} building permits.",
       "Planners in {P} granted {v} building permits in {Y}."),
    _c("ambulances", 10, 95, "In {Y}, the health service in {P} ran {v} ambulances.",
       "In {Y}, there were {v} ambulances on call in {P}."),
    _c("fire stations", 3, 60, "In {Y}, there were {v} fire stations in {P}.",
       "The fire service in {P} operated {v} fire stations in {Y}."),
    _c("public parks", 10, 300, "In {Y}, gardeners in {P} looked after {v} public parks.",
       "In {Y}, there were {v} public parks in {P}."),
    _c("prisoners", 200, 9000, "In {Y}, prisons in {P} held {v} prisoners.",
       "In {Y}, there were {v} prisoners in custody in {P}."),
    Subject("vehicles a day on the Orrin Bridge", "rate", 8000, 60_000, (
        "In {P}, the Orrin Bridge carried {v} vehicles a day in {Y}.",
        "In {Y}, {v} vehicles a day crossed the old toll bridge in {P}."), fixed_place="Tarrow"),
    Subject("passengers a year on the Kessel line", "rate", 1_000_000, 20_000_000, (
        "In {Y}, the Kessel line in {P} carried {v} passengers a year.",
        "In {Y}, {v} passengers a year travelled on the Kessel line in {P}."), fixed_place="Lindmark"),
    Subject("visitors a year at the National Museum", "rate", 100_000, 2_000_000, (
        "In {P}, the National Museum drew {v} visitors a year in {Y}.",
        "In {Y}, {v} visitors a year came to the national museum in {P}."), fixed_place="Amberley"),
    Subject("health budget", "money", 1_000_000, 50_000_000, (
        "In {Y}, the health ministry in {P} had a budget of {v}.",
        "In {Y}, the health budget in {P} was {v}.")),
    Subject("tourism revenue", "money", 5_000_000, 200_000_000, (
        "Tourism revenue in {P} reached {v} in {Y}.", "In {Y}, tourism revenue in {P} was {v}.")),
    Subject("school meal spending", "money", 500_000, 20_000_000, (
        "School meal spending in {P} was {v} in {Y}.", "In {Y}, school meal spending in {P} came to {v}.")),
    Subject("households with internet access", "percent", 20, 90, (
        "In {Y}, {v} of households in {P} had internet access.",
        "By {Y}, {v} of households in {P} were online with internet access.")),
    Subject("adults who smoke", "percent", 10, 40, (
        "In {Y}, {v} of adults in {P} smoked.", "Surveys found that {v} of adults in {P} smoked in {Y}.")),
    Subject("unemployment", "percent", 3, 15, (
        "In {Y}, {v} of the workforce in {P} was unemployed.",
        "Official data show {v} of the workforce in {P} out of work in {Y}."), decimals=1),
    Subject("measles vaccination", "percent", 60, 97, (
        "In {Y}, {v} of children in {P} were vaccinated against measles.",
        "Health records show that {v} of children in {P} were vaccinated against measles in {Y}.")),
]


@dataclass(frozen=True)
class Event:
    name: str
    verb: str  # launched, passed
    place: str


EVENTS = [
    Event("Green Fields Programme", "launched", "Norvale"),
    Event("Safe Water Initiative", "launched", "Tarrow"),
    Event("Clear Skies Programme", "launched", "Ostrin"),
    Event("Open Books Scheme", "launched", "Pellan"),
    Event("Bright Start Programme", "launched", "Amberley"),
    Event("Healthy Harbours Initiative", "launched", "Saltmere"),
    Event("Warm Homes Scheme", "launched", "Lindmark"),
    Event("Quiet Streets Programme", "launched", "Corrow"),
    Event("Fair Fares Scheme", "launched", "Drennick"),
    Event("River Watch Initiative", "launched", "Mirren"),
    Event("Clean Harbour Act", "passed", "Brisk Harbour"),
    Event("Coastal Roads Act", "passed", "Eastwold"),
]
EVENT_TEMPLATES = {
    "launched": ("The {E} was launched in {D}.", "In {D}, the authorities in {P} launched the {E}.",
                 "The {E}, launched in {D}, now reaches families across {P}.", "{P} launched the {E} in {D}."),
    "passed": ("The {E} was passed in {D}.", "The assembly of {P} passed the {E} in {D}.",
               "The {E}, passed in {D}, still shapes daily life in {P}."),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass(frozen=True)
class Ranking:
    id: str
    templates: tuple[str, ...]  # {o}: the ordinal, {P}: place
    place: str


# Each ranking has its own superlative, since factcheck keys rankings on the superlative and the place.
RANKINGS = [
    Ranking("leading cause of death", (
        "Road crashes are the {o} leading cause of death among young people in {P}.",
        "In {P}, road crashes are the {o} leading cause of death among young people."), "Halvard"),
    Ranking("busiest port", ("The port in {P} is the {o} busiest port on the northern coast.",
                             "Traders say the harbour in {P} is the {o} busiest port on the northern coast."),
            "Ostrin"),
    Ranking("largest employer", ("The Kessel mine is the {o} largest employer in {P}.",
                                 "In {P}, the Kessel mine is the {o} largest employer."), "Tarrow"),
    Ranking("oldest university", ("In {P}, St Anselm's College is the {o} oldest university in the region.",
                                  "Founded by monks, the college in {P} is the {o} oldest university in the region."),
            "Amberley"),
    Ranking("most visited hospital", ("St Brigid's Hospital is the {o} most visited hospital in {P}.",
                                      "In {P}, St Brigid's Hospital is the {o} most visited hospital."), "Pellan"),
    Ranking("most profitable trade", ("Weaving is the {o} most profitable trade in {P}.",
                                      "In {P}, weaving is the {o} most profitable trade."), "Corrow"),
]
ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}

FILLER = [
    "The figures come from the annual returns that every district of {P} sends to the regional office.",
    "Local officials in {P} say the numbers tell only part of the story.",
    "Residents interviewed for this report described a slow but visible change in their neighbourhoods.",
    "Critics argue that the data are collected differently from one district to the next.",
    "The council of {P} has promised to publish the underlying tables in full.",
    "Much of the work was done by volunteers, who gave their evenings and weekends to it.",
    "Independent researchers have questioned some of the assumptions behind the official estimates.",
    "The regional office declined to comment on the figures before the next budget debate.",
    "Community groups in {P} welcomed the attention but asked for more consultation.",
    "The same questions come up at every public meeting: who pays, and who benefits?",
    "Teachers, nurses and shopkeepers all told a similar story about rising costs.",
    "Several of the people we spoke to asked not to be named.",
    "The mayor of {P} called the results encouraging, though not yet good enough.",
    "A spokesperson for the opposition said the government was taking credit for work begun long ago.",
    "Historians of the region note that {P} has often been slow to adopt new ideas, and quick to keep them.",
    "The report recommends that the statistics office publish its methods alongside its results.",
    "Many households still rely on informal arrangements that never appear in official records.",
    "Transport links between {P} and its neighbours remain a frequent source of complaint.",
    "In the market square of {P}, opinions were divided.",
    "The authors caution that comparisons between districts should be made with care.",
    "Funding decisions are taken each spring, after a long round of hearings.",
    "Some observers expect the trend to continue; others are less sure.",
    "The regional auditor has asked for clearer reporting from every department.",
    "Local newspapers have covered the story closely, often with sharp headlines.",
    "Nobody we asked could remember a time when the issue was not on the agenda.",
    "The data were checked against the records kept by hospitals, schools and the police.",
    "Where sources disagreed, the authors say they preferred the most recent official release.",
    "Farmers on the outskirts of {P} tell a rather different story from the residents of its centre.",
    "Questions remain about how the money is spent and how results are measured.",
    "The debate is likely to return when the council meets again.",
]

HEADINGS = ["Background", "What the figures show", "Services and schools", "Roads and transport", "Health",
            "Money", "Reactions", "What comes next", "Context", "The wider picture", "Method", "Local voices"]

TITLES = [
    "What the figures say about {P}", "{P} in numbers", "A closer look at public services in {P}",
    "Notes from {P}", "How {P} has changed", "Counting {P}: a progress report",
    "The state of {P}", "Inside the numbers: {P}", "{P} and its neighbours", "Reading the data on {P}",
]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """0 <= n < 100 in words: 42 -> 'forty-two'."""
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("-" + ONES[ones] if ones else "")


# ------------------------------------------------------------------ numbers


def round_sig(x: float, digits: int, mode: str = "nearest") -> float:
    if x == 0:
        return 0.0
    scale = 10 ** (math.floor(math.log10(abs(x))) - digits + 1)
    f = {"nearest": round, "down": math.floor, "up": math.ceil}[mode]
    return float(f(x / scale) * scale)


def _plain(x: float) -> str:
    """A number as digits with thousands commas, without a trailing .0."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.1f}"


def _scaled(x: float) -> Optional[str]:
    """'1.24 million' when x is a round multiple of 10,000 at least one million."""
    if x >= 1_000_000 and x % 10_000 == 0:
        return f"{x / 1e6:.2f}".rstrip("0").rstrip(".") + " million"
    return None


def number_text(x: float, kind: str, rng: random.Random, allow_words: bool = True) -> str:
    """The number as written, without hedge, with the unit for money and percent."""
    if kind == "percent":
        core = in_words(int(x)) if allow_words and x.is_integer() and x < 100 and rng.random() < 0.2 else _plain(x)
        return core + rng.choice([" per cent", "%", " percent", " per cent"])
    if kind == "money":
        scaled = _scaled(x)
        core = scaled if scaled and rng.random() < 0.7 else _plain(x)
        return rng.choice(["US $", "US $", "USD "]) + core
    if kind == "count" and allow_words and x < 100 and x.is_integer() and rng.random() < 0.5:
        return in_words(int(x))
    scaled = _scaled(x)
    if scaled and rng.random() < 0.7:
        return scaled
    return _plain(x)


def approx_value(t: float, kind: str) -> float:
    """A round figure within 5 % of t, for 'about'."""
    if kind == "percent":
        five = round(t / 5) * 5
        return float(five) if five and abs(five - t) <= 0.06 * t else float(round(t))
    return round_sig(t, 2)


def _whole_or_tenth(x: float, t: float, mode: str) -> float:
    """x rounded down or up to a whole number, or to a tenth when t has decimals (percentages)."""
    step = 1.0 if float(t).is_integer() else 0.1
    f = math.floor if mode == "down" else math.ceil
    return round(f(round(x / step, 6)) * step, 1)


def lower_value(t: float, kind: str, rng: random.Random) -> float:
    """A round figure 3-10 % below t, for 'more than'."""
    x = t * rng.uniform(0.9, 0.97)
    v = _whole_or_tenth(x, t, "down") if kind == "percent" or x < 100 else round_sig(x, 2, "down")
    return v if v < t else max(t - 1, 0.0)


def upper_value(t: float, kind: str, rng: random.Random) -> float:
    """A figure 1-4 % above t (three significant digits, so 'nearly' allows t), for 'nearly'."""
    x = t * rng.uniform(1.01, 1.04)
    v = _whole_or_tenth(x, t, "up") if kind == "percent" or x < 1000 else round_sig(x, 3, "up")
    return v if v > t else t + 1


def dissent_value(t: float, kind: str, rng: random.Random) -> tuple[float, str]:
    """A value outside the band of every bounded agreeing wording: 0.35-0.6 or 1.7-2.5 times t. (value, 'low'|'high').

    Below the truth it also stays under every "more than" figure (lower_value) and, stated with
    "about" (+10 %), under every agreeing lower bound: at most 0.72 t and 1.5 below 0.9 t, which
    matters for small whole numbers ("more than 2" agrees with a true 3, so a dissent there is 1).
    """
    step = 1.0 if kind != "money" and float(t).is_integer() else 0.1
    ceiling = min(0.72 * t, 0.9 * t - 1.5 * step)
    up = rng.random() < 0.5 or ceiling < step
    if kind == "percent" and t * 1.7 > 99:
        up = False
    factor = rng.uniform(1.7, 2.5) if up else rng.uniform(0.35, 0.6)
    x = t * factor
    if kind == "money" or x >= 100:
        v = round_sig(x, 3)
    else:  # a whole number, or a tenth for percentages with decimals
        v = round(round(x / step) * step, 1)
    if not up:
        v = max(min(v, math.floor(round(ceiling / step, 6)) * step), step)
    return round(v, 1) if step < 1 else v, ("high" if up else "low")


HEDGES = {
    "about": ["about", "around", "some", "roughly", "approximately"],
    "more_than": ["more than", "over"],
    "nearly": ["nearly", "almost", "close to"],
}
WORDINGS = ["exact", "exact", "exact", "about", "about", "more_than", "nearly", "nearly"]


def phrase_for(t: float, kind: str, wording: str, rng: random.Random) -> tuple[str, float]:
    """(the number phrase, the figure it states) for a true value t in the given wording."""
    if wording == "exact":
        return number_text(t, kind, rng), t
    if wording == "about":
        v = approx_value(t, kind)
    elif wording == "more_than":
        v = lower_value(t, kind, rng)
    else:
        v = upper_value(t, kind, rng)
        if v * 0.9 > t:  # "nearly 5" allows 4.5-5: for small figures, no "nearly" figure allows the truth
            return number_text(t, kind, rng), t
    return rng.choice(HEDGES[wording]) + " " + number_text(v, kind, rng, allow_words=False), v


# ------------------------------------------------------------------ facts


@dataclass
class Facts:
    values: dict[tuple[int, int], tuple[str, float]]  # (subject index, year) -> (place, true value)
    events: list[tuple[int, int]]  # per event: (year, month)
    ranks: list[int]  # per ranking: true position


def make_facts(seed: int) -> Facts:
    rng = random.Random(f"facts:{seed}")
    values = {}
    for s, subject in enumerate(SUBJECTS):
        base = math.exp(rng.uniform(math.log(subject.low), math.log(subject.high)))
        growth = rng.uniform(-0.03, 0.05)
        for year in YEARS:
            place = subject.fixed_place or rng.choice(PLACES)
            x = base * (1 + growth) ** (year - 2010) * rng.uniform(0.97, 1.03)
            if subject.kind == "percent":
                x = min(round(x, subject.decimals), 99.0)
                value = float(x)
            elif subject.kind == "money":
                value = round_sig(x, 3)
            else:  # counts and rates are whole numbers
                value = max(round_sig(x, 3 if x >= 1000 else 2), 2.0) if x >= 100 else float(max(round(x), 2))
            values[(s, year)] = (place, value)
    events = [(rng.randint(2010, 2018), rng.randint(1, 12)) for _ in EVENTS]
    ranks = [rng.randint(2, 4) for _ in RANKINGS]
    return Facts(values, events, ranks)


# ------------------------------------------------------------------ documents


@dataclass
class Statement:
    """One planned claim sentence in one document."""

    rule: str  # value-conflict, event-date, rank-conflict: the check a dissent here should trip
    fact: str  # a stable fact id: "value:road deaths:2016", "event:Green Fields Programme", "rank:busiest port"
    sentence: str = ""
    wording: str = ""
    true: object = None
    stated: object = None
    dissent: bool = False
    direction: Optional[str] = None
    line: int = 0


@dataclass
class Plan:
    name: str
    published: dt.date
    statements: list[Statement] = field(default_factory=list)


def _value_statement(facts: Facts, s: int, year: int, rng: random.Random, dissent: bool) -> Statement:
    subject = SUBJECTS[s]
    place, t = facts.values[(s, year)]
    st = Statement("value-conflict", f"value:{subject.id}:{year}", true=t)
    if dissent:
        v, st.direction = dissent_value(t, subject.kind, rng)
        st.wording = "exact" if rng.random() < 0.7 else "about"
        number = number_text(v, subject.kind, rng) if st.wording == "exact" else (
            rng.choice(HEDGES["about"]) + " " + number_text(v, subject.kind, rng, allow_words=False))
        st.stated, st.dissent = v, True
    else:
        st.wording = rng.choice(WORDINGS)
        number, st.stated = phrase_for(t, subject.kind, st.wording, rng)
    template = rng.choice(subject.templates)
    sentence = template.format(v=number, P=place, Y=year)
    st.sentence = sentence[0].upper() + sentence[1:]
    return st


def _event_statement(facts: Facts, e: int, rng: random.Random, dissent: bool) -> Statement:
    event = EVENTS[e]
    year, month = facts.events[e]
    st = Statement("event-date", f"event:{event.name}", true=f"{year}-{month:02d}")
    if dissent:
        shift = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5])
        if year + shift > 2020 or year + shift < 2004:
            shift = -shift
        year, st.dissent, st.direction = year + shift, True, "later" if shift > 0 else "earlier"
    if rng.random() < 0.5:
        date, st.stated = f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}"
    else:
        date, st.stated = str(year), str(year)
    st.wording = "month" if "-" in str(st.stated) else "year"
    sentence = rng.choice(EVENT_TEMPLATES[event.verb]).format(E=event.name, D=date, P=event.place)
    st.sentence = sentence[0].upper() + sentence[1:]
    return st


def _rank_statement(facts: Facts, r: int, rng: random.Random, dissent: bool) -> Statement:
    ranking = RANKINGS[r]
    position = facts.ranks[r]
    st = Statement("rank-conflict", f"rank:{ranking.id}", true=position)
    if dissent:
        position = rng.choice([p for p in range(2, 7) if p != position])
        st.dissent, st.direction = True, "higher" if position > facts.ranks[r] else "lower"
    st.stated = position
    st.wording = "ordinal"
    st.sentence = rng.choice(ranking.templates).format(o=ORDINALS[position], P=ranking.place)
    return st


def document_name(index: int) -> str:
    return f"doc-{index:06d}.md"


def plan_document(index: int, facts: Facts, seed: int, dissent_fraction: float,
                  values_per_document: int = 8) -> Plan:
    rng = random.Random(f"doc:{seed}:{index}")
    name = document_name(index)
    published = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
    cells = rng.sample(sorted(facts.values), values_per_document)
    has_event = rng.random() < 0.5
    has_rank = rng.random() < 0.4
    dissent_at: Optional[str] = None
    if rng.random() < dissent_fraction:
        options = ["value"] * 6 + (["event"] * 2 if has_event else []) + (["rank"] * 2 if has_rank else [])
        dissent_at = rng.choice(options)
    dissent_cell = rng.randrange(len(cells)) if dissent_at == "value" else -1
    statements = [_value_statement(facts, s, year, rng, i == dissent_cell) for i, (s, year) in enumerate(cells)]
    if has_event:
        statements.append(_event_statement(facts, rng.randrange(len(EVENTS)), rng, dissent_at == "event"))
    if has_rank:
        statements.append(_rank_statement(facts, rng.randrange(len(RANKINGS)), rng, dissent_at == "rank"))
    rng.shuffle(statements)
    return Plan(name, published, statements)


def render(plan: Plan, seed: int, index: int) -> str:
    """The document's Markdown; sets each statement's line number. About 2 KB."""
    rng = random.Random(f"text:{seed}:{index}")
    home = rng.choice(PLACES)
    title = rng.choice(TITLES).format(P=home)
    publisher = rng.choice(PUBLISHERS)
    lines = ["---", f'title: "{title}"', f'publisher: "{publisher}"', f"published: {plan.published.isoformat()}",
             "---", "", f"# {title}", ""]
    filler = rng.sample(FILLER, len(FILLER))
    statements = list(plan.statements)
    headings = rng.sample(HEADINGS, len(HEADINGS))
    section = 0
    while statements:
        if section and rng.random() < 0.7:
            lines += [f"## {headings[(section - 1) % len(headings)]}", ""]
        section += 1
        # One paragraph: filler, a statement, sometimes filler and a second statement; one sentence a line,
        # so that a claim's line names its statement.
        take = statements[:rng.choice([1, 2, 2])]
        statements = statements[len(take):]
        paragraph = [filler.pop().format(P=home)] if filler else []
        for st in take:
            st.line = len(lines) + len(paragraph) + 1
            paragraph.append(st.sentence)
            if filler and rng.random() < 0.5:
                paragraph.append(filler.pop().format(P=home))
        lines += paragraph + [""]
    while filler and sum(len(line) + 1 for line in lines) < 1900:
        lines += [filler.pop().format(P=home) for _ in range(min(2, len(filler)))] + [""]
    return "\n".join(lines)


def expectation(st: Statement, agreeing: int, open_above: int) -> tuple[bool, str]:
    """Whether the audit can be expected to flag a planted dissent: (expected, why not).

    `agreeing`: statements of the same fact that agree with the truth (each in another
    document: a document states a fact once); `open_above`: how many of them say "more
    than X". A value dissent above the truth is inside the agreeing claims' band when
    one of them is open above ("more than 500" allows 1,300). A dissent needs at least
    two agreeing documents to be the minority.
    """
    if agreeing < 2:
        return False, "fewer than two agreeing documents"
    if st.rule == "value-conflict" and st.direction == "high" and open_above:
        return False, "above the truth, and agreeing documents say 'more than' (an open band)"
    return True, ""


def generate(documents: int, out: Path, seed: int = 1, dissent_fraction: float = 0.02,
             quiet: bool = True) -> dict:
    """Write the corpus, truth.json and statements.json into `out`; return the truth record."""
    out.mkdir(parents=True, exist_ok=True)
    facts = make_facts(seed)
    where: dict[str, list[int]] = {}  # fact -> [document number, line, document number, line, ...]
    agreeing: Counter = Counter()
    open_above: Counter = Counter()
    planted: list[tuple[str, Statement]] = []
    statements = 0
    for index in range(1, documents + 1):
        plan = plan_document(index, facts, seed, dissent_fraction)
        (out / plan.name).write_text(render(plan, seed, index), encoding="utf-8")
        statements += len(plan.statements)
        for st in plan.statements:
            where.setdefault(st.fact, []).extend((index, st.line))
            if st.dissent:
                planted.append((plan.name, st))
            else:
                agreeing[st.fact] += 1
                open_above[st.fact] += st.wording == "more_than"
        if not quiet and index % 10_000 == 0:
            print(f"generate: {index}/{documents}", file=sys.stderr)
    dissents = []
    for name, st in planted:
        ok, why = expectation(st, agreeing[st.fact], open_above[st.fact])
        dissents.append({"document": name, "line": st.line, "rule": st.rule, "fact": st.fact, "true": st.true,
                         "stated": st.stated, "direction": st.direction, "wording": st.wording,
                         "sentence": st.sentence, "expected": ok, "why_not": why})
    truth = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "documents": documents,
        "dissent_fraction": dissent_fraction,
        "statements": statements,
        "facts": {
            "values": [{"fact": f"value:{SUBJECTS[s].id}:{y}", "kind": SUBJECTS[s].kind, "place": p, "true": v}
                       for (s, y), (p, v) in sorted(facts.values.items())],
            "events": [{"fact": f"event:{e.name}", "verb": e.verb, "true": f"{y}-{m:02d}"}
                       for e, (y, m) in zip(EVENTS, facts.events)],
            "ranks": [{"fact": f"rank:{r.id}", "true": p} for r, p in zip(RANKINGS, facts.ranks)],
        },
        "dissents": dissents,
    }
    (out / "truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    # Where every fact is stated, compact: {fact: [document number, line, document number, line, ...]}.
    (out / "statements.json").write_text(json.dumps(where, separators=(",", ":")) + "\n", encoding="utf-8")
    return truth


def statement_locations(folder: Path) -> dict[tuple[str, int], str]:
    """(document name, line) -> fact, from a corpus folder's statements.json."""
    where = json.loads((folder / "statements.json").read_text(encoding="utf-8"))
    out = {}
    for fact, flat in where.items():
        for index in range(0, len(flat), 2):
            out[(document_name(flat[index]), flat[index + 1])] = fact
    return out


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", "-n", type=int, required=True, help="how many documents")
    parser.add_argument("--out", "-o", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dissent-fraction", type=float, default=0.02,
                        help="share of documents that state one dissent (default 0.02)")
    args = parser.parse_args(argv)
    if args.documents < 1 or not 0 <= args.dissent_fraction <= 1:
        parser.error("--documents must be at least 1 and --dissent-fraction within 0..1")
    existing = [p for p in args.out.glob("doc-*.md")] if args.out.exists() else []
    if existing:
        parser.error(f"{args.out} already holds generated documents; give an empty or new folder")
    truth = generate(args.documents, args.out, args.seed, args.dissent_fraction, quiet=False)
    size = sum(p.stat().st_size for p in args.out.glob("doc-*.md"))
    expected = sum(d["expected"] for d in truth["dissents"])
    print(f"{args.documents} documents ({size / args.documents:,.0f} bytes each on average), "
          f"{truth['statements']} planted statements, {len(truth['dissents'])} dissents "
          f"({expected} expected to be flagged) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
