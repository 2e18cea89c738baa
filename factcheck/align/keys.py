"""Keys that decide whether two claims measure the same thing.

Two claims are compared only when they share every key: kind and dimension,
subject (head noun through a small synonym lexicon), place, period and, for
rates, the time unit they are counted per. The keys are plain strings so that
alignment can block on them with pandas instead of comparing all pairs.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from typing import Optional

import regex

from ..extract import units
from ..extract.context import AGE_GROUP, NUMBERED_NAME, STOP_WORDS, age_group_label, entity_key, singular
from ..extract.dates import YEAR_IN_TEXT
from ..models import Claim
from ..spans import find_span

# Claims per year for a rate counted per day, week... ("24,000 a day" is 8.76 million a year).
# (a weekday rate counts five days a week; working days leave out public holidays too; a school year has about 190)
PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.1775, "day": 365.0, "night": 365.0, "hour": 8766.0,
            "weekday": 260.9, "working day": 253.0, "school day": 190.0}


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("factcheck.data").joinpath("synonyms.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        words = line.split("#")[0].split()
        for word in words:
            table.setdefault(word, words[0])
    return table


def synonym_of(noun: str) -> str:
    """The word that names a singular noun's group of synonyms ("scam" -> "fraud"), or the noun itself."""
    return _synonyms().get(noun, noun)


# Words in a subject that do not restrict what is counted ("different forms" are forms).
NON_RESTRICTIVE = frozenset(
    "different various several important mere some many such total overall more most all the a an "
    "of its their our these those this that each every and or".split()
)


# Nouns for spans of time: a ranking of them ranks a different one in each period ("2023 was the warmest
# year"), and "first" before them orders without claiming primacy ("in its first year").
TIME_NOUNS = frozenset("year month week day decade season quarter winter summer spring autumn".split())

# Heads that name what a number is measured in, not what it measures: "1,478 points" (an index, a player, a
# melting point), "5,835 units", "3,200 times", "5pc". Two such claims share nothing but the word.
# How far apart two figures (or two rates converted to a year) may be and still be two accounts of one quantity:
# "13 people" and "8 billion people" are two things, not a disagreement.
SCOPE_RATIO = 20.0

MEASURE_WORD_HEADS = frozenset("point unit time pc p percent cent degree basis".split())
# A time that is a measure of its own: "median waiting time", "mean response time", "journey time".
_TIMED_MEASURE = regex.compile(r"\b[a-z][\w-]*\s+time\s*$", regex.IGNORECASE)


# Terms written out or as their initials: "98.5% of GDP" and "98.2% of gross domestic product".
_INITIALISMS = {"gross domestic product": "gdp", "gross national income": "gni", "gross national product": "gnp",
                "consumer price index": "cpi", "foreign direct investment": "fdi",
                # terms of several words for one measure, named by one word elsewhere: "the jobless rate",
                # "the unemployment rate" and "unemployment" at 5.5% are one figure
                "unemployment rate": "unemployment", "jobless rate": "unemployment", "rate of unemployment":
                "unemployment"}


# The terms of _INITIALISMS that are initials, written out inside a longer subject: "gross domestic product growth"
# is "GDP growth".
_TERM_WITH_INITIALS = regex.compile(r"\b(?:" + "|".join(t for t, i in _INITIALISMS.items() if " " in t and i.isalpha()
                                                        and len(i) == len(t.split())) + r")\b", regex.IGNORECASE)


def _spelled_out(claim: Claim) -> Optional[tuple[str, int]]:
    """The initialism of a subject that ends in a spelled-out term, and the term's length in words:
    "gross domestic product" -> ("gdp", 3)."""
    subject = " ".join((claim.subject or "").lower().split())
    for term, initials in _INITIALISMS.items():
        if subject.endswith(term):
            return initials, len(term.split())
    return None


# Wholes a share of everyone is of: "Internet penetration reached 61.4% of the population" measures internet
# penetration, as "Internet penetration stood at 57.8%" does; the population is only its base.
_EVERYONE = frozenset("population people adults residents inhabitants citizens person adult resident".split())


# What a share of a level is taken against: "116% of the average", "95% of the 2019 level", "82% of normal".
_REFERENCE_LEVELS = frozenset("average mean median norm normal level baseline".split())


def _measured(claim: Claim) -> str:
    """The words naming what a figure measures: its subject, or for a share of everyone, the part it names; for
    spending on a thing, the thing ("military spending" is what "spent $69 billion on its military" measures)."""
    if claim.kind == "percent" and claim.part and (claim.subject_head or "").lower() in _EVERYONE:
        return claim.part
    if claim.kind == "percent" and claim.part and (claim.subject_head or "").lower() in _REFERENCE_LEVELS:
        # "Rainfall was 78% of the long-term average": rainfall against its average, no figure for all averages
        return f"{claim.subject} {claim.part}"
    subject = claim.subject or ""
    if subject and "cope" in claim.sentence:
        scope = _EMISSIONS_SCOPE.search(claim.sentence)
        if scope is not None and scope.group("noun").lower() == subject.split()[-1].lower():
            # "scope 1 emissions" and "scope 1 and 2 emissions" are two measures, as "scope1", "scope12"
            return f"scope{''.join(regex.findall(r'[1-3]', scope.group('scopes')))} {subject}"
    spent_on = _SPENDING_ON.search(subject) if claim.kind in ("money", "percent") else None
    if spent_on is not None and spent_on.group("on").lower() not in _SPENDERS:
        return subject[:spent_on.end("on")]
    return subject


# The scopes of a company's emissions, before their noun: "scope 1 emissions", "Scope 1 and 2 emissions".
_EMISSIONS_SCOPE = regex.compile(r"\b[Ss]copes?\s+(?P<scopes>[1-3](?:\s*(?:,|and|&|\+|/)\s*[1-3]){0,2})\s+"
                                 r"(?:[a-z]+\s+)?(?P<noun>emissions|emission|footprint)\b")
# Spending named by what it is on: "military spending", "health expenditure", "medicines spend".
_SPENDING_ON = regex.compile(r"(?<![\w-])(?P<on>[A-Za-z][\w-]*)\s+(?:spending|expenditures?|outlays?|spend)$",
                             regex.IGNORECASE)
# ... not by whose or what kind it is: "government spending", "total expenditure", "household spending".
_SPENDERS = frozenset("public government total federal state annual overall national household households consumer "
                      "consumers capital current private council local discretionary departmental mandatory "
                      "operating recurrent planned actual budgeted average per-capita monthly weekly daily yearly "
                      "extra additional new net gross real nominal social".split())


# A word that makes "points" or "units" things counted: "charging points", "housing units", "care units".
_COUNTED_POINTS = regex.compile(r"\b(?!(?:percentage|basis|index|base|bonus|ranking|match|league|loyalty)\b)[a-z][\w-]*"
                                r"\s+(?:points?|units?)$", regex.IGNORECASE)


def subject_key(claim: Claim) -> Optional[str]:
    """Head noun through the synonym lexicon: "60,000 public employees" and "60,000 officials" -> "employee"."""
    spelled = _spelled_out(claim)
    measured = _measured(claim)
    head = spelled[0] if spelled else (singular(measured.split()[-1].lower()) if measured is not claim.subject
                                       and measured else claim.subject_head)
    if not head:
        return None
    head = head.lower()
    if head in MEASURE_WORD_HEADS and not (head == "time" and _TIMED_MEASURE.search(measured)) \
            and not (head in ("point", "unit") and _COUNTED_POINTS.search(measured)):
        # ("3,200 times", "12 points"; but "the median waiting time", "response time" are measures, and "public
        # charging points", "housing units" things counted)
        return None
    if head in _ANYONE and predicate(claim) == "die":
        return _synonyms().get("death", "death")  # "16 people died in custody" counts deaths: "14 deaths in custody"
    return _synonyms().get(head, head)


def modifiers(claim: Claim) -> frozenset:
    """The words that restrict the head: "40 new schools" -> {new}; "612 primary schools" -> {primary}."""
    # ("the 10-year yield" is no "2-year yield": a term is one word, "10year")
    measured = _TERM.sub(r"\1\2", _measured(claim))
    if " " in measured and _TERM_WITH_INITIALS.search(measured) and not _spelled_out(claim):
        measured = _TERM_WITH_INITIALS.sub(lambda m: _INITIALISMS[m.group().lower()], measured)
    if "equivalent" in measured.lower():
        measured = _FULL_TIME_EQUIVALENT.sub("fte", measured)  # ("3,198 full-time equivalent officers": FTE officers)
    words = [w.lower().strip("'’") for w in regex.split(r"[\s-]+", measured)]
    spelled = _spelled_out(claim)
    if not spelled and len(words) > 1 and len(words[-1]) > 4 and words[-1].endswith("ed") and words[-2] not in STOP_WORDS:
        words = words[:-2] + [words[-1], words[-2]]  # ("rhinos poached": the head before its participle, as head_of)
    words = words[:-spelled[1]] if spelled else words[:-1]  # all but the head ("gross domestic product" is one)
    # (words of letters, and indicator codes: "mcv1 coverage" is no "dtp3 coverage")
    # (a period's adjective that made the figure a rate says how often, not which: "a monthly rent of €800" is rent)
    periods = _PERIOD_ADJECTIVES if claim.per is not None else frozenset()
    return frozenset(_synonyms().get(w, w) for w in words if w not in NON_RESTRICTIVE and w not in periods
                     and (w.isalpha() or _CODE_WORD.fullmatch(w)))


_FULL_TIME_EQUIVALENT = regex.compile(r"\bfull[\s-]time[\s-]equivalents?\b", regex.IGNORECASE)
_CODE_WORD = regex.compile(r"[a-z]+\d+(?:\.\d+)?[a-z]?|\d[a-z]|\d+(?:year|month|week|day)")  # ("mcv1", "4g", "10year")
_TERM = regex.compile(r"\b(\d{1,3})-(year|month|week|day)s?\b", regex.IGNORECASE)
_PERIOD_ADJECTIVES = frozenset("daily weekly monthly quarterly yearly annual".split())


# Words that name a subgroup of what they qualify: "male life expectancy", "urban population", "part-time
# employees", "electric buses" are no other figure for all of it, however much else the subjects share.
# (As modifiers() gives them: hyphenated words split, "male" read as "man": "part-time" holds "part".)
SUBGROUP_WORDS = frozenset(
    "man woman male female boy girl urban rural part full self public private electric diesel petrol hybrid one "
    "single healthy youth juvenile adult elderly older younger young senior junior international domestic foreign "
    "local first long short temporary permanent working wide narrow serious fatal minor net primary "
    "secondary tertiary special child infant teenage "
    # (energy, health: "peak demand" is no figure for average demand, "planned capacity" none for capacity built,
    # "zero-dose children" none for all children)
    "peak maximum minimum planned proposed projected pending zero unvaccinated "
    # (a component of an economic total: "tax revenue", "oil exports", "food prices" are no
    # figures for revenue, exports or prices)
    "tax oil gas food energy fuel goods services "
    # (telecoms: "mobile download speed" is no figure for fixed broadband's)
    "mobile fixed wireless "
    # (results releases: an interim or special dividend is some of the year's; underlying, adjusted or statutory
    # profit are three measures of one year's profit, and headline or core inflation two of its prices)
    "interim special underlying adjusted statutory headline "
    # ("other costs: $100 million" in a breakdown: what the listed parts leave, a part of the whole)
    "other "
    # (visitors and users: "paying visitors", "unique visitors", "online visits" are some of the visitors, or
    # counted otherwise)
    "paying unique online overseas repeat "
    # (pay: "starting salaries" are the bottom of a scale, no figure for what teachers earn)
    "starting "
    # (what comes on top: "90 million additional containers a year" is no figure for all containers)
    "additional extra".split())


def narrower(wider: frozenset, narrow: frozenset) -> bool:
    """Whether modifiers `narrow` name a subgroup that modifiers `wider` leave out."""
    return not (narrow - wider).isdisjoint(SUBGROUP_WORDS)


def subjects_compatible(a: Claim, b: Claim) -> bool:
    """One subject may say more than the other ("schools", "primary schools"), not something else
    ("new schools", "primary schools"); for shares and rates in percent, the words must be the same."""
    ma, mb = modifiers(a), modifiers(b)
    if a.kind == "percent" and b.kind == "percent":
        # A rate of a narrower group is another rate: "youth unemployment" is not "unemployment".
        return ma == mb
    if bool(ma) != bool(mb) and _BARE_MEASURE_OPENS.match((a if not ma else b).sentence):
        return False  # "The rate was 7.8 per 100,000" names no rate: not the "suicide rate" of another document
    return ma <= mb or mb <= ma


# A sentence that opens with a measure it does not name, which the sentence before named: "The rate was 7.8".
_BARE_MEASURE_OPENS = regex.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:rate|ratio|level|index|score)\s+"
                                    r"(?:was|is|were|are|stood|rose|fell|reached|remained|climbed|dropped)\b")


def one_is_a_subgroup(a: Claim, b: Claim) -> bool:
    """Whether one subject names a subgroup of the other ("part-time employees", "employees"): figures that may
    follow each other over time, but that no conflict can be read from."""
    ma, mb = modifiers(a), modifiers(b)
    return ma <= mb and narrower(ma, mb) or mb <= ma and narrower(mb, ma)


def initials_of(short: str, long: str) -> bool:
    """Whether `short` is one word, the initials of the words of `long`: "vsr", "valdorian state railway"."""
    words = long.split()
    return " " not in short and len(words) >= 2 and len(short) == len(words) \
        and short == "".join(w[0] for w in words)


def short_name_of(short: str, long: str) -> bool:
    """Whether `short` is a body's short name, the first words of `long`: "marlow" of "marlow & finch", "heathrow"
    of "heathrow airport", or its last: "rotterdam" of "port of rotterdam" (not "children" of "children in
    hazardous work", a subgroup)."""
    if len(short) < 3:
        return False
    if long.endswith(" of " + short):
        # ("rotterdam" of "port of rotterdam", "the university of leeds")
        return regex.sub(r"^the\s+", "", long[:-len(short) - 4]) in _ORGANISATION_NOUNS
    if not long.startswith(short + " "):
        return False
    rest = long[len(short) + 1:]
    return rest.startswith(("& ", "and ")) or rest in _ORGANISATION_NOUNS


_ORGANISATION_NOUNS = frozenset("port airport airports group university college council trust bank hospital hospitals "
                                "company corporation authority agency foundation charity society association "
                                "federation union club".split())


def parts_compatible(a: Claim, b: Claim) -> bool:
    """Two shares of one whole are of the same part ("80% of victims were women", "women made up 60% of
    victims"), or one share does not say which: "20% were children" is no other figure for the women's share.
    A count of a part ("of whom 4.8 million were exploited") is never a figure for the whole ("21 million")."""
    if a.part == b.part or a.part and b.part and (initials_of(a.part, b.part) or initials_of(b.part, a.part)
                                                  or short_name_of(a.part, b.part) or short_name_of(b.part, a.part)):
        return True  # ("vsr" and "valdorian state railway": a body and its initials; "marlow" and "marlow & finch")
    if a.part is None or b.part is None:
        # "Heathrow Airport handled 79.2 million passengers" (its owner's part) and "Heathrow Airport's passengers
        # numbered 81.5 million" (no part, but the same airport as its entity): one figure
        owned, other = (a, b) if b.part is None else (b, a)
        if other.entity:
            entity = " ".join(other.entity.lower().split())
            if entity == owned.part or short_name_of(owned.part, entity) or initials_of(owned.part, entity):
                # (and "Marlow served 2.6 million", of "we served 2.1 million" by Marlow & Finch; "The IFRO received"
                # and "The Irish Fraud Reporting Office received": a body and its initials)
                return True
    return a.kind == "percent" and b.kind == "percent" and (a.part is None or b.part is None)


def entities_compatible(a: Claim, b: Claim) -> bool:
    """Two claims that each name their programme, law or campaign name the same one (or one names none)."""
    if not a.entity or not b.entity:
        # (but a facility named by its number is one of several: "Terminal 1 handled 9.8 million passengers" is
        # no figure for the whole airport's "24.6 million")
        named = a.entity or b.entity
        return not (named and NUMBERED_NAME.fullmatch(named))
    key_a, key_b = entity_key(a.entity), entity_key(b.entity)
    if key_a == key_b:
        return True
    # a short name and the full one: "Moss" and "Striker Lina Moss" (not "trial", all that is left of "the SUMMIT
    # trial" once its generic words are dropped, against "the CALDERA trial")
    (short, short_key), (_, long_key) = sorted(((a.entity, key_a), (b.entity, key_b)), key=lambda e: len(e[1]))
    words = short_key.split()
    capitalised = {w.lower() for w in short.split() if w[:1].isupper()}
    return bool(words) and set(words) <= set(long_key.split()) and all(w in capitalised for w in words)


def place_key(claim: Claim, default: Optional[str]) -> str:
    """The stated place, else the document's main country, else 'unknown'; a district, province or county by its
    name alone ("Gorkha District" is the Gorkha of "in Gorkha, 31,000 houses")."""
    return _KIND_OF_PART.sub("", (claim.place or default or "unknown").lower())


_KIND_OF_PART = regex.compile(r"(?<=\w)\s+(?:district|province|county|prefecture|governorate)$")


def _is_an_amount_of_stuff(claim: Claim) -> bool:
    """Whether a quantity is an amount of something (tonnes, ounces, litres, kWh) rather than a speed, a
    temperature or a size: an amount is produced or used in a time, and takes its paragraph's or heading's year."""
    try:
        dims = units.dimensionality(claim.unit or "")
    except Exception:
        return False
    return dims in ("[mass]", "[length] ** 3", "[mass] * [length] ** 2 / [time] ** 2")


def _is_extent(claim: Claim) -> bool:
    """Lengths and areas describe things (a corridor, a park), which keep their size whatever the year."""
    try:
        dims = units.dimensionality(claim.unit or "")
    except Exception:
        return False
    return dims in ("[length]", "[length] ** 2")


# What makes an area or a length a flow of its period, not the size of a thing.
_FLOW_OF_EXTENT = regex.compile(
    r"\b(?:planted|harvested|sown|sowed|burn(?:ed|t)|cleared|deforested|flooded|destroyed|affected|irrigated|"
    r"cultivated|grazed|lost|restored|reforested|built|paved|laid|constructed|resurfaced|repaired|added|opened|"
    r"rain|rainfall|rains|snow|snowfall|precipitation|fell|"
    # what changes size over time: "forest cover", "sea-ice extent", a glacier that "retreated"
    r"cover|extent|retreat(?:ed|s)?|shr[au]nk|shrinks|rose|grew|expanded|declined|receded|melted)\b", regex.IGNORECASE)
# A time stated right after an extent: "4.2 million hectares in 2023", "0.1 square kilometres in September 2020".
# (past what the extent is of: "11,500 hectares of forest in 2022")
_DATED_RIGHT_AFTER = regex.compile(r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
                                   r"\s*(?:in|by|as\s+of|at\s+the\s+end\s+of|between|from|during)\s+"
                                   r"(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?(?:1[89]|20)\d\d\b")

# A time a sentence states without a year's digits: "last year", "in the second quarter", "in March".
_TIME_IN_WORDS = regex.compile(r"\b(?:(?:last|this|previous|past)\s+year|years?\s+(?:earlier|before|ago)|quarter|[QH][1-4]|"
                               r"January|February|March|April|June|July|August|September|October|November|December)\b",
                               regex.IGNORECASE)


# A verb in the past tense right before an extent: "The program treated| 11,500 hectares" is what it did in a time.
_PAST_ACTION_BEFORE = regex.compile(r"\b(?!(?:was|were|had|covered|measured|stretched|spanned|totalled|totaled)\b)"
                                    r"[a-z]{3,}ed\s+(?:(?:about|around|some|nearly|almost|over|roughly|a\s+further|"
                                    r"another|more\s+than)\s+)?$")


def _dated_right_after(claim: Claim) -> bool:
    """Whether the extent is stated with its own time: right after it ("4.2 million hectares in 2023"), or as what
    a past action did in the sentence's time ("The program treated 11,500 hectares of forest in 2022")."""
    at = claim.sentence.find(" ".join(claim.text.split()))
    if at == -1:
        return False
    return _DATED_RIGHT_AFTER.match(claim.sentence, at + len(" ".join(claim.text.split()))) is not None \
        or _PAST_ACTION_BEFORE.search(claim.sentence, max(0, at - 40), at) is not None


def period_key(claim: Claim) -> str:
    """The period at year precision, or at month or day precision when a month or a day is stated:
    '2010-04/2011-03-01' -> '2010/2011', '2024-03' -> '2024-03', '2024-03-05' -> '2024-03-05', '2023-07/2023-09' (a
    quarter) -> '2023-07/2023-09'.

    A length or area, or a quantity with no time in its sentence ("the 1.2 km corridor"),
    describes a thing, not a flow in a period: it is compared whatever the document's date;
    but an area planted or burned, a length built or rain that fell in a stated time is that
    time's ("640,000 hectares planted in 2023", "312 mm of rain last year").
    A change with no time in its sentence ("shares rose 5%"), and the level it reached ("rose 64
    points to 4,577"), is the latest as of its document's date: comparable only with figures
    reported on the same day, and, in a document with no date, with none.
    """
    if claim.kind == "quantity":
        # (or dated by its heading, its title or the sentence before: a period that is not the publication year;
        # but a rate with no time in its sentence is how things run, "the fleet lands 1,200 tonnes a day")
        dated = YEAR_IN_TEXT.search(claim.sentence) or _TIME_IN_WORDS.search(claim.sentence) \
            or claim.per is None and claim.period and claim.published is not None \
            and claim.period[:4] != str(claim.published.year) and _is_an_amount_of_stuff(claim)
        if not dated or _is_extent(claim) and claim.per is None and not _FLOW_OF_EXTENT.search(claim.sentence) \
                and not _dated_right_after(claim):
            return "any"
    if (claim.change is not None or _is_level_after_change(claim)) and not YEAR_IN_TEXT.search(claim.sentence) \
            and not _TIME_IN_WORDS.search(claim.sentence):
        return f"as of {claim.published.isoformat()}" if claim.published else f"as of an unknown date in {claim.source}"
    if claim.kind == "count" and claim.published is not None and claim.period == str(claim.published.year) \
            and _running_total(claim):
        # "Partners have distributed 27,400 tents" in a report of 1 March and "32,700 tents" in one of 8 March:
        # totals to the time of writing, two dates' counts
        return f"as of {claim.published.isoformat()}"
    period = claim.period or ""
    if "/" in period:
        a, b = period.split("/", 1)
        if len(a) == len(b) == 7 and (a[5:], b[5:]) != ("01", "12"):
            if int(b[:4]) == int(a[:4]) + 1 and (a[5:], b[5:]) == ("04", "03"):
                # "the year to March 2023" is the financial year 2022-23 (a year ending in another month is a
                # rolling year of its own: "the year ending September 2023" is not "the year ending March 2023")
                return f"{a[:4]}/{b[:4]}"
            # months of one year ("the third quarter of 2023"): not a calendar year's own figure, nor each other's
            return f"{a}/{b}"
        if len(a) >= 7 and len(b) >= 7 and a[:4] == b[:4] and (a[5:], b[5:]) not in (("01", "12"), ("01-01", "12-31")):
            # part of one year to a day: "since 1 January 2023" in an April report is a total to April, and
            # "week 12 (20-26 March 2023)" a week; neither is the year's figure, nor the other's
            return f"{a}/{b}" if a[:7] == b[:7] else f"{a[:7]}/{b[:7]}"
        a, b = a[:4], b[:4]
        return a if a == b else f"{a}/{b}"
    # A month stated is kept: "2.9% in February" and "3.2% in March" are two months' figures; and so is a day: "On
    # 12 November 2022, 14 farms were infected" is no count for the month of "In November 2022, 25 farms". A day at
    # a month's end is where stocks are counted, and stands for the month: "stood at 88,225 on 29 December 2023"
    # and "a prison population of 85,900 at the end of December 2023" are one count.
    if len(period) >= 10 and period[8:10].isdigit() and int(period[8:10]) < _MONTH_END_DAY:
        return period[:10]
    return (period[:7] if len(period) >= 7 else period[:4]) or "unknown"


_MONTH_END_DAY = 28


# The present perfect before a figure, in its clause: "Partners have distributed| 27,400 tents", "has reached|".
# Or a stock said as of now: "The scheme now has| 9.6 million members", "currently employs|".
_PERFECT_BEFORE = regex.compile(r"\b(?:(?:has|have)\s+(?:(?:now|so\s+far|already|since|also)\s+)?(?:been\s+)?"
                                r"[a-z]+(?:ed|en|wn|lt|ught|ung|one)|(?:now|currently)\s+(?:has|have|counts?|employs?|"
                                r"serves?|holds?|operates?|runs?|stands?\s+at|numbers?|totals?)"
                                # (the present, which a later story updates: "The death toll stands at 1,200")
                                r"|stands?\s+at|toll\s+(?:is|rises\s+to|climbs\s+to))\b(?:[^;:.]|\.(?=\d))*$",
                                regex.IGNORECASE)


def _running_total(claim: Claim) -> bool:
    """Whether a figure is a total to the time of writing: told in the present perfect, with no time in its
    sentence."""
    sentence = claim.sentence
    if YEAR_IN_TEXT.search(sentence) or _TIME_IN_WORDS.search(sentence):
        return False
    found = _span_in_sentence(claim)
    return found is not None and _PERFECT_BEFORE.search(sentence, max(0, found[0] - 80), found[0]) is not None


# Verbs of what flowed into a stock: "It added| 150,000 new customers in 2022", "hired| 1,500 staff".
_FLOW_VERB_BEFORE = regex.compile(r"\b(?:added|adding|hired|hiring|recruited|recruiting|connected|connecting|created|"
                                  r"creating|enrolled|enrolling|registered|registering)\s+(?:(?:about|around|some|"
                                  r"nearly|almost|over|more\s+than|a\s+further|another)\s+)?$", regex.IGNORECASE)


def adds_to_a_stock(claim: Claim) -> bool:
    """Whether a figure counts what flowed into a stock over its time ("added 150,000 new customers in 2022"): a
    change of the stock, and a total of the flow, which a rate of it a day restates."""
    at = find_span(claim.sentence, " ".join(claim.text.split()))
    return at >= 0 and _FLOW_VERB_BEFORE.search(claim.sentence, max(0, at - 25), at) is not None


def flow_measure_key(claim: Claim, measure: Optional[str]) -> Optional[str]:
    """The claim's measure_key() (given, as `measure`), where a change that adds to a stock is the level of its
    flow ("added 150,000 customers")."""
    if claim.change == "up" and adds_to_a_stock(claim):
        return measure_key(claim.model_copy(update={"change": None}))
    return measure


# A length written as an adjective, its unit in the singular: "Five-year", "10-year", "six month".
_ATTRIBUTIVE_DURATION = regex.compile(r"[\w.]+[- ](?:year|month|week|day|hour|minute)", regex.IGNORECASE)


def measure_key(claim: Claim) -> Optional[str]:
    """What the number's value is measured in, after conversion: 'count', 'percent', 'USD', '[length]', 'count/year';
    for a change, that it is one ('percent:change'); for a figure someone expects, that it is expected."""
    if claim.kind == "duration" and _ATTRIBUTIVE_DURATION.fullmatch(" ".join(claim.text.split())):
        # "Five-year survival", "ten-year bonds": a length that names which measure or thing, no figure to compare
        # ("five-year survival was 58%" and "ten-year survival was 52%" are two measures)
        return None
    key = _level_measure_key(claim)
    if key is None:
        return None
    if claim.change is not None:
        # A change ("rose 12%", "cut by $2 million") and a level ("12% of voters") are different measures. (So are
        # changes on different bases, "0.6% quarter on quarter" and "2.1% year on year": see change_basis.)
        key += ":change"
        span = _change_span(claim)
        if span is not None:
            key += f":{span}"  # "rose 112% over four years" is no other figure for a year's growth of 9.8%
    if is_expected(claim):
        key += ":expected"  # "analysts had expected 4.4%": a forecast, not another account of the outcome
    group = population(claim)
    if group is not None:
        key += f"@{group}"  # "17% of patients on placebo" is no other figure for "44% of patients on relinatide"
    return key


_PEOPLE = r"(?:patients|participants|people|subjects|volunteers|those|women|men|children|adults|users|recipients)"
# The group a figure is narrowed to, in the words after it ("44% of patients on relinatide", "17% on placebo",
# "320 patients taking the drug"), around it ("in the placebo group", "in the treatment arm") or in an "among"
# phrase of its clause ("Among women, prevalence was 10.2%", "support was 52% among men").
_GROUP_AFTER = regex.compile(
    rf"\s+(?:(?:of\s+(?:the\s+)?)?{_PEOPLE}\s+(?:on|taking|receiving|given|treated\s+with)|taking|receiving|"
    r"given|treated\s+with|on(?=\s+(?:a\s+)?placebo\b))\s+(?:the\s+|a\s+)?(?P<group>[\w-]+(?:\s+[\w-]+)?)",
    regex.IGNORECASE)
_GROUP_ARM = regex.compile(r"\bin\s+the\s+(?P<group>[\w-]+(?:\s+[\w-]+)?)\s+(?:group|arm|cohort)s?\b", regex.IGNORECASE)
_AMONG = regex.compile(r"\bamong\s+(?:the\s+(?=(?:[a-z]+est|top|bottom)\b))?"  # ("among the richest fifth")
                       r"(?!(?:the|these|those|all|them|its|their)\b)"
                       # (not a rank: "is among the highest in the EU")
                       r"(?!(?:[a-z]+est|best|worst)(?:\s*(?:[,;:.)]|$)|\s+(?:in|of|on|across|worldwide|globally)\b))"
                       r"(?P<group>[^,;:()]{2,40}?)"
                       r"(?=\s*[,;:.)]|\s*$|\s+(?:was|were|is|are|had|has|have|rose|fell|reached|stood|and)\b)",
                       regex.IGNORECASE)
# A rate said to be a group's: "The unemployment rate for women| was 4.9%", "the rate for Black workers".
# A group of people a figure is for: "For women, the rate was 4.1", "84.3 years for women", "1.1 per 100,000 for
# children aged 1 to 14".
_FOR_PEOPLE = regex.compile(r"\b[Ff]or\s+(?:the\s+)?(?P<group>(?:[a-z][\w-]*\s+){0,2}?(?:women|men|girls|boys|children|"
                            r"adults|teenagers|teens|youths?|infants|babies|newborns|males|females|pensioners|veterans|"
                            r"elderly|under-fives|over-65s|older\s+people|young\s+people)"
                            r"(?:\s+aged\s+\d{1,3}(?:\s*(?:to|-|–|and)\s*(?:\d{1,3}|over|older|under))?)?)\b")
_RATE_FOR_GROUP = regex.compile(r"\b(?:rate|ratio|share|proportion|prevalence|level|gap)\s+for\s+(?!(?:the\s+)?(?:year|month|"
                                r"quarter|period|country|nation|whole)\b)"
                                # (a group holds a word in lower case: not a place, "the rate for Norland")
                                r"(?P<group>(?:the\s+)?(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,5}?)"
                                r"(?=\s+(?:was|were|is|are|stood|rose|fell|reached|had|has|remained|hit)\b|\s*[,;:])")
# Pay, an age or a life expectancy said to be a group's: "The median hourly pay of full-time employees| was £18.64",
# "earnings for part-time workers", "the median age of men".
_PAY_OF_GROUP = regex.compile(r"\b(?:pay|earnings|wages?|income|salar(?:y|ies)|hours|age|expectancy)(?:,[^,;:]{1,40},)?"
                              r"\s+(?:of|for|among)\s+(?:the\s+)?"
                              r"(?P<group>(?:[a-z][\w-]*\s+){0,3}?(?:employees|workers|staff|women|men|adults|"
                              r"graduates|apprentices|teachers|nurses|doctors|employers|males|females|boys|girls)\b)")
# A setting that opens the sentence: "In the capital, 89% of adults ...", "In rural areas, 61% ...".
_SETTING_OPENER = regex.compile(
    r"^(?:In|Across|Outside)\s+(?:the\s+)?(?P<setting>(?:rural|urban|remote|coastal|northern|southern|eastern|western)\s+"
    r"(?:areas|regions|districts|towns|communities|provinces)|capital|cities|countryside|suburbs|north|south|east|west|"
    r"provinces|towns|villages"
    # (a sector or a kind of institution: "In the public sector,", "In girls' schools,", "In magistrates' courts,")
    r"|(?:public|private|voluntary|non-profit|charity|state|independent|health|care|education|retail|manufacturing|"
    r"construction|hospitality|farming|agricultural|financial)\s+sector"
    r"|[a-z]+s['’]\s+[a-z]+s"
    r"|(?:state|private|independent|primary|secondary|public|grammar|faith|special)\s+schools)"
    r"(?:\s*,|\s+(?=\d))", regex.IGNORECASE)  # (its comma may be left out before a figure: "In urban areas 91% ...")
# A setting right after a figure: "reached 91%| in urban areas".
_SETTING_AFTER = regex.compile(r"\s+in\s+(?P<setting>(?:rural|urban|remote|coastal)\s+(?:areas|regions|districts|"
                               r"communities|settings|households|municipalities))\b")
# A part of a country that is the sentence's subject, told by an adjective or named in an apposition: "The
# northern region recorded ...", "The worst-hit region, Ruvala, recorded ..." (not "The region recorded", which
# stands for one named before).
_REGION_AS_SUBJECT = regex.compile(
    r"^(?:(?:In|By|During)\s+[^,]{1,30},\s+)?(?:The\s+(?P<setting>(?:[a-z]+(?:-[a-z]+)?\s+){0,2}"
    r"(?:region|province|district|county|state|area|zone|municipality))"
    r"(?:,\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),)?"
    # (or a park, a reserve or an ecosystem by its name: "the Tsavo ecosystem held", "Kruger National Park lost")
    r"|(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:ecosystem|(?i:national\s+park|park|"
    r"reserve|game\s+reserve|sanctuary|conservancy|conservation\s+area|forest|basin|delta|valley|wetlands?))))"
    r"\s+(?:also\s+|alone\s+)?"
    r"(?:recorded|reported|registered|logged|counted|saw|had|has|accounted|accounts|treated|detected|confirmed|"
    r"held|holds|lost|loses|hosted|hosts|supported|supports)\b")
# A group that is the sentence's subject, before a verb of having: "Women had a diabetes prevalence of 10.2%".
_GROUP_SUBJECT = regex.compile(
    r"^(?:(?:In|By|During)\s+[^,]{1,30},\s+)?(?:(?:the|older|younger|young|male|female|rural|urban)\s+)?"
    r"(?P<group>women|men|girls|boys|children|adults|teenagers|adolescents|pensioners|retirees|seniors|smokers|"
    r"non-smokers|students|pupils|graduates|migrants|refugees|voters|residents|households|farmers|workers)\s+"
    r"(?:had|have|has|showed|show|recorded|reported|saw)\b", regex.IGNORECASE)
_AGE_BOUND_AT = regex.compile(r"\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3})?(?:\s+(?:and|or)\s+(?:over|older|above|under|younger))?")
_GROUP_STOP = frozenset("and or but who which that with in at for from by to of".split())


def _group_words(words: str) -> Optional[str]:
    kept = []
    for word in words.lower().split():
        if word in _GROUP_STOP:
            break
        kept.append(word)
    return " ".join(kept) or None


def population(claim: Claim) -> Optional[str]:
    """The group of people the sentence narrows a figure to ('placebo', 'relinatide', 'women'), or None."""
    sentence = claim.sentence
    found_span = _span_in_sentence(claim)
    if found_span is None:
        return None
    at, end = found_span
    after = _GROUP_AFTER.match(sentence, end)
    if after is not None:
        return _group_words(after.group("group"))
    # in the claim's stretch of the sentence: after the figure before it (the phrase may hold its own digits,
    # "among adults aged 65 and over,"), on to the figure after it
    following = _NEXT_DIGIT.search(sentence, end)
    hi = following.start() if following is not None else len(sentence)
    age = _AGE_BOUND_AT.match(sentence, hi) if following is not None and sentence.endswith("aged ", 0, hi) else None
    if age is not None:
        hi = age.end()  # ("among adults aged 65 and older": the group holds its ages, no other figure)
    for pattern in (_GROUP_ARM, _AMONG, _RATE_FOR_GROUP, _PAY_OF_GROUP, _FOR_PEOPLE):
        before = None
        for found in pattern.finditer(sentence, 0, hi):
            if found.start() >= end:
                return _group_words(found.group("group"))  # ("68% among the poorest fifth": its own group first)
            if before is None and found.end() <= at and not _NEXT_DIGIT.search(sentence, found.end(), at):
                before = found
        if before is not None:
            return _group_words(before.group("group"))
    restricted = _restricting_phrase(claim, end)
    if restricted is not None:
        return restricted
    setting = _SETTING_AFTER.match(sentence, end)
    if setting is not None:
        return setting.group("setting").lower()  # "Skilled attendance reached 91% in urban areas": not the national
    setting = _SETTING_OPENER.match(sentence)
    if setting is not None and setting.end() <= at:
        return setting.group("setting").lower()  # "In rural areas, 61% of households ...": not the national figure
    region = _REGION_AS_SUBJECT.match(sentence)
    if region is not None and region.end() <= at and (region.group("name") or " " in region.group("setting")):
        # "The northern region recorded 1.6 million cases", "The worst-hit region, Ruvala, recorded": a part's
        return (region.group("name") or region.group("setting")).lower()
    subject = _GROUP_SUBJECT.match(sentence)
    if subject is not None and subject.end() <= at and claim.kind == "percent":
        return subject.group("group").lower()  # (a share of a group: a count "women had 3 children" is no share)
    actor = _NARROWED_ACTOR.match(sentence)
    if actor is not None and actor.end() <= at:
        return actor.group("group").lower()  # "Female-founded startups closed 61 deals": not all startups' deals
    return None


# An actor narrowed by a compound adjective at the sentence's start: "Female-founded startups| closed 61 deals",
# "State-owned banks| lent ...", "Family-run farms| employ ...".
_NARROWED_ACTOR = regex.compile(r"^(?:(?:In|By|During)\s+[^,]{1,30},\s+)?(?P<group>[A-Z][a-z]+-(?:[a-z]+ed|led|run|"
                                r"owned|backed|founded|funded|based|held))\s+[a-z]+s\b")


# Words after what a count counts that narrow it to a subgroup: "3,100 arrests of juveniles", "14,100 applications
# from Syrians", "9,400 prisoners on remand", "6,720 pupils were eligible for free school meals", "3,840 teachers
# in secondary schools": no other figure for all arrests, applications, prisoners, pupils or teachers.
_END_OF_GROUP = (r"(?=\s*(?:[,;:.)]|$)|\s+(?:in|at|during|last|this|and|were|was|are|is|rose|fell|had|have|has|said|say|"
                 r"says|agreed|agree|reported|report|received|receive|lived|live|used|use|who|which|that)\b)")
_RESTRICTING_AFTER = regex.compile(
    r"\s+(?:(?:were|are|was|is)\s+)?(?P<group>"
    # ("applications from unaccompanied minors", "arrests of juveniles", "claims by women")
    r"(?:of|from|by|among)\s+(?:(?!the\b)[a-z][\w-]*\s+)?(?:juveniles|minors|children|women|men|girls|boys|"
    r"foreigners|foreign\s+nationals|non-nationals)\b"
    r"|from\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?\b"
    r"|aged\s+(?:under|over|between)?\s*\d{1,3}(?:\s*(?:to|-|–|and)\s*\d{1,3})?(?:\s+and\s+(?:over|under|older|younger))?"
    # (an age group by its ages: "extractions among 0 to 4 year olds")
    r"|(?:among|of|for|in)\s+(?:(?:all|the)\s+)?(?P<ages>" + AGE_GROUP.pattern + r")"
    r"|(?:over|under)\s+(?:the\s+age\s+of\s+)?\d{1,3}\b(?![.,]?\d|\s*(?:%|per\s*cent|percent|years?\s+ago)\b)"
    r"|on\s+(?:remand|probation|parole|benefits|bail)\b|awaiting\s+(?:trial|sentencing|deportation)\b"
    # (how it was done: "244 homicides by a sharp instrument", "deaths by firearm")
    rf"|(?:by|with)\s+(?:an?\s+)?(?:sharp\s+|blunt\s+)?(?:instrument|knife|knives|firearms?|guns?|shooting|"
    rf"poisoning|strangulation|hanging|drowning)\b"
    # ("patients waiting for a kidney transplant", "on the waiting list for a liver transplant": no list of all)
    rf"|(?:still\s+)?(?:waiting|queuing|(?:on\s+the\s+)?waiting\s+lists?)\s+for\s+(?:a|an)\s+[a-z][\w\s-]{{1,30}}?{_END_OF_GROUP}"
    r"|under\s+construction\b|in\s+the\s+pipeline\b|in\s+development\b"
    # (those on one side of a line: "three regions above the national figure", "schools below the floor target")
    r"|(?:above|below)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:average|figure|rate|target|threshold|limit|"
    r"median|level|benchmark|line)\b"
    r"|serving\s+[a-z]+(?:\s+[a-z]+)?\s+sentences?\b"
    rf"|eligible\s+for\s+[a-z][\w\s-]{{1,30}}?{_END_OF_GROUP}"
    # ("with dependent children", "with a long-term health condition", "with diabetes"; not "with a median age of 54",
    # which describes the whole group)
    rf"|with\s+(?!(?:a|an|the)\s+(?:median|mean|average|total|combined|budget|value|cost|population)\b)"
    rf"(?!(?:the|its|their|his|her|an?\s+(?:estimated|further|additional|extra|other))\b)[a-z][\w\s-]{{1,40}}?{_END_OF_GROUP}"
    # (a kind of setting, not how many: "in rural areas", but not "in eight districts", "in several regions")
    rf"|in\s+(?!(?:the|all|some|many|most|several|few|other|these|those|its|their|both|each|every|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b)[a-z][\w-]*\s+(?:schools|hospitals|prisons|areas|"
    r"households|homes|districts|regions|colleges|families)\b"
    # ("children living with a lone parent", "pensioners living alone", "people living in rented homes")
    # (not the state a copula gives them: "children were living in poverty")
    rf"|(?<!\b(?:were|are|was|is)\s+)living\s+(?:alone\b|(?:with|in)\s+[a-z][\w\s-]{{1,40}}?{_END_OF_GROUP})"
    # ("in the most deprived areas", "in the poorest fifth of households")
    r"|in\s+the\s+(?:most|least|poorest|richest|wealthiest|[a-z]+est)\s+[a-z][\w\s-]{1,30}?(?:areas|households|"
    r"neighbourhoods|neighborhoods|districts|regions|quintile|decile|fifth|tenth)\b)")


# The words of a kind: up to three, not past a preposition or a verb of being.
_KIND_WORDS = r"(?P<kind>[a-z][\w-]*(?:\s+(?!(?:in|at|on|for|and|or|by|during|from|to|with|was|were|is|are)\b)[a-z][\w-]*){0,2})"
# "victims| of sexual exploitation", "people| were in forced labour": what kind of the thing a count counts.
_OF_KIND_AFTER = regex.compile(
    r"\s+(?:of|(?:were|are|was|is)\s+(?:(?:already|still|now|currently)\s+)?(?:(?:living|held|trapped|kept|working)\s+)?"
    r"in|(?:(?:were|are|was|is)\s+)?(?:(?:already|still|now|currently)\s+)?(?:living|diagnosed)\s+with)\s+"
    r"(?!(?:the|all|whom|which|them|these|those|its|their|this|that|a|an|which|what|who|it)\b)"
    + _KIND_WORDS)


# How people died, for counts of deaths told by their verb: "people| were killed in drink-drive crashes", "people|
# died of cholera" (as "deaths| of cholera" says it with the noun).
_DIED_OF_AFTER = regex.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:died|killed|lost\s+their\s+lives)\s+"
    r"(?:in|on|from|of|during)\s+(?:(?:the|a|an)\s+)?"
    + _KIND_WORDS)


def kind_words(claim: Claim) -> frozenset:
    """The words of the "of" phrase after what a count counts ("victims of| sexual exploitation" ->
    {"sexual", "exploitation"}), or an empty set when there is none."""
    subject = claim.subject
    found_span = _span_in_sentence(claim)
    if not subject or found_span is None or claim.kind not in ("count", "money", "rate"):
        return frozenset()
    sentence = claim.sentence
    found = sentence.find(subject, found_span[1], found_span[1] + 40 + len(subject))
    if found < 0:
        # "The number of children in hazardous work fell from 1.02 million": what is counted, before the figure
        named = _NUMBER_OF.search(sentence, max(0, found_span[0] - 100), found_span[0])
        if named is None or not named.group("what").endswith(subject.split()[-1]):
            return frozenset()
        found = named.start("what") + len(named.group("what")) - len(subject)
    end = found + len(subject)
    m = _OF_KIND_AFTER.match(sentence, end) or _DIED_OF_AFTER.match(sentence, end) or _IN_KIND_AFTER.match(sentence, end)
    return frozenset(m.group("kind").lower().split()) if m is not None else frozenset()


# Where what a count counts is, or what state it is in: "children| in hazardous work", "households| below the
# poverty line", "people| in need" (not a place: "children in Marovia", nor a time: "cases in 2023").
_IN_KIND_AFTER = regex.compile(
    r"\s+(?:in|below|under|without)\s+(?:the\s+)?(?!(?:the|a|an|all|its|their|this|that|these|those|which|whom|"
    r"total|addition|particular|turn|part|general|fact|recent|each|every|country|countries|region|regions|world|"
    r"city|cities|area|areas|province|provinces|state|states|capital|district|districts|nation|town|towns|village|"
    r"villages|year|years|month|months|week|weeks|period|quarter|first|second|third|last|past|same|"
    # (what any of them is, said again: "9,480 pharmacies in operation", "laws in force")
    r"operation|existence|business|force|place)\b)"
    r"(?P<kind>[a-z][\w-]*(?:\s+(?!(?:in|at|on|for|and|or|by|during|from|to|with|was|were|is|are|fell|rose|"
    r"stood|reached|had|has|have|got|get|gets|received|receive|receives|will|would|could|can|did|do|does|"
    r"[a-z]+ed)\b)[a-z][\w-]*){0,2})")
_NUMBER_OF = regex.compile(r"\bnumber\s+of\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s+(?:in|below|under|"
                           r"without)\s)")


def kinds_compatible(a: Claim, b: Claim) -> bool:
    """Two counts of the same thing of two kinds ("victims of sexual exploitation", "victims of forced labour")
    are two figures; one that names no kind, or a kind the other's words hold ("trafficking", "human
    trafficking"), may be the same."""
    ka, kb = kind_words(a), kind_words(b)
    if ka and kb:
        return ka <= kb or kb <= ka
    # One names a kind, the other none: the same figure when the kind is what the story is about anyway
    # ("victims of trafficking" and "victims"), or when the other's sentence names it too; "822 victims of sex
    # trafficking" is no figure for all 1,190 victims identified.
    named, other = (ka, b) if ka else (kb, a)
    if not named:
        return True
    other_words = set(other.sentence.lower().replace("-", " ").split())
    return named <= _GENERAL_KINDS or named <= other_words


# Kinds that say what a whole story is about, not which part of it: "victims of trafficking", "of crime".
_GENERAL_KINDS = frozenset("trafficking human persons crime crimes violence abuse".split())


def _restricting_phrase(claim: Claim, end: int) -> Optional[str]:
    """The words that narrow what a count counts, written after it ("arrests| of juveniles"), lower-cased."""
    subject = claim.subject
    if not subject or claim.kind not in ("count", "percent", "money", "rate", "quantity"):
        return None
    sentence = claim.sentence
    found = sentence.find(subject, end, end + 40 + len(subject))
    if found < 0:
        return None
    m = _RESTRICTING_AFTER.match(sentence, found + len(subject))
    if m is None:
        # past what kind they are: "1.05 million children in child labour| were aged 5-11"
        kind = _IN_KIND_AFTER.match(sentence, found + len(subject)) or _OF_KIND_AFTER.match(sentence, found + len(subject))
        m = _RESTRICTING_AFTER.match(sentence, kind.end()) if kind is not None else None
    if m is None:
        return None
    if m.group("ages"):
        return age_group_label(AGE_GROUP.match(m.group("ages")))  # (one spelling of the group)
    return " ".join(m.group("group").lower().split())


# What a change is measured against, and the words that say so (near the number, in its clause).
_BASES = {
    # ("compared with the previous quarter", "than in the previous month", "compared with February")
    "quarter": r"quarter[\s-]on[\s-]quarter|q/q|qoq|on\s+the\s+quarter|quarter[\s-]over[\s-]quarter|(?:on|from|over|"
               r"compared\s+(?:with|to)|than\s+in)\s+the\s+(?:previous|prior|preceding|last)\s+(?:three\s+months|quarter)|"
               r"quarterly",
    "month": r"month[\s-]on[\s-]month|m/m|mom|on\s+the\s+month|month[\s-]over[\s-]month|(?:on|from|over|"
             r"compared\s+(?:with|to)|than\s+in)\s+the\s+(?:previous|prior|preceding|last)\s+month|monthly|"
             r"(?:compared\s+(?:with|to)|than\s+in)\s+(?:January|February|March|April|May|June|July|August|September|"
             r"October|November|December)(?!\s+(?:of\s+)?(?:19|20)\d\d)",
    "year": r"year[\s-]on[\s-]year|y/y|yoy|year[\s-]over[\s-]year|(?:on|from|over|compared\s+(?:with|to))\s+(?:a|one|the\s+same\s+"
            r"\w+\s+(?:a|last|of\s+the\s+previous))\s+year(?:\s+(?:earlier|ago|before))?|in\s+the\s+(?:12|twelve)\s+months\s+"
            r"(?:to|through|ending|ended)|annual|annually|on\s+the\s+year|"
            # ("compared with March 2023", "compared with the same quarter of 2022")
            r"compared\s+(?:with|to)\s+(?:the\s+same\s+(?:month|quarter|period)\s+(?:of|in|last)\s+)?"
            r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
            r"(?:19|20)\d\d|compared\s+(?:with|to)\s+(?:the\s+same\s+(?:month|quarter|period)\s+)?a\s+year\s+"
            r"(?:earlier|ago|before)",
    "annualised": r"annuali[sz]ed(?:\s+rate)?",
}
_BASIS = regex.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _BASES.items()), regex.IGNORECASE)


# A change over several years: "over four years", "in the past five years", "since 2019".
_SPAN_OF_CHANGE = regex.compile(
    r"\b(?:over|in|during|across|within)\s+(?:the\s+(?:past|last|previous|next)\s+)?(?P<n>two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|[2-9]|[1-9]\d)\s+years\b|\bsince\s+(?P<since>(?:19|20)\d\d)\b", regex.IGNORECASE)


def _next_to(claim: Claim, pattern: regex.Pattern):
    """pattern's match next to the claim's number: after it up to the next figure (50 characters at most), else in
    the words before it back to the previous figure; None where there is none."""
    found_span = _span_in_sentence(claim)
    if found_span is None:
        return None
    at, end = found_span
    sentence = claim.sentence
    after = _NEXT_FIGURE.search(sentence, end)
    found = pattern.search(sentence, end, min(len(sentence), end + 80, after.start() if after else len(sentence)))
    if found is None:
        before = _LAST_DIGIT.search(sentence, max(0, at - 50), at)
        found = pattern.search(sentence, before.end() if before else max(0, at - 50), at)
    return found


# The words before a level that a change reached: "rose 64.06 points to| 4,577.10", "closed 4% higher at| 3.23".
_CHANGE_THEN_LEVEL = regex.compile(
    r"\b(?:rose|fell|gained|lost|added|shed|climbed|dropped|slid|slipped|jumped|advanced|declined|closed|ended|finished|"
    r"settled|higher|lower|up|down)\b(?:[^.;:]|\.(?=\d)){0,50}\b(?:to|at)\s*$", regex.IGNORECASE)


def _is_level_after_change(claim: Claim) -> bool:
    """Whether the claim is the level a change in its sentence reached: as much of its day as the change is."""
    found_span = _span_in_sentence(claim)
    if found_span is None:
        return False
    at = found_span[0]
    return _CHANGE_THEN_LEVEL.search(claim.sentence, max(0, at - 70), at) is not None


# A number word glued to a singular noun that qualifies the noun after it: "two-bedroom flats", "a four-door car".
# ("four-wheel-drive vehicles": a compound of several words too)
_NAMES_A_KIND_AFTER = regex.compile(r"-(?!(?:thirds?|quarters?|halves|half|fold|times)\b)[a-z]+(?:-[a-z]+)*(?<!s)\s+[a-z]")


def names_a_kind(claim: Claim) -> bool:
    """Whether a count written in words says what kind of thing something is ("120 two-bedroom flats", "a
    four-cylinder engine"): a feature of each, which no total adds up."""
    if claim.kind != "count" or not claim.text[:1].isalpha():
        return False
    found_span = _span_in_sentence(claim)
    return found_span is not None and _NAMES_A_KIND_AFTER.match(claim.sentence, found_span[1]) is not None


def _change_span(claim: Claim) -> Optional[str]:
    """'over four years' or 'since 2019' for a change stated over several years next to the number, else None."""
    found = _next_to(claim, _SPAN_OF_CHANGE)
    if found is None:
        return None
    return f"since {found.group('since')}" if found.group("since") else f"over {found.group('n').lower()} years"


def change_basis(claim: Claim) -> Optional[str]:
    """'quarter', 'month', 'year' or 'annualised': what a change is measured against, when its sentence says so
    next to it ("grew 0.6% quarter on quarter", "annual inflation rose 3.2%"); None when it does not."""
    found = _next_to(claim, _BASIS)
    return found.lastgroup if found else None


_NEXT_DIGIT = regex.compile(r"\d(?!\d*\s+months\b)")  # (not the "12" of "in the 12 months to")
_LAST_DIGIT = regex.compile(r"\d(?=\D*$)")
# The next figure after a number, not a year that dates it ("0.4% in March 2024 compared with February").
_NEXT_FIGURE = regex.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d(?!\d*\s+months\b)")
# Words that make a figure an expectation: "economists had expected 4.4%", "the 47.9bn analysts had forecast".
_EXPECTED_BEFORE = regex.compile(r"\b(?:will|should|(?:is|are)\s+(?:set|due|projected|forecast)\s+to|expected|expects?|"
                                 r"aims?\s+for|aiming\s+for|"
                                 r"expectations?|forecasts?|forecasted|projected|projects|"
                                 r"projections?|predicted|predicts|predictions?|anticipated|consensus|"
                                 # plans and targets: what someone means to reach, not what happened
                                 r"(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|hopes?|hoped|"
                                 r"seeks?|sought|pledged|pledges|promised|promises|vowed|vows|"
                                 # ("has committed to a return rate of 90% by 2025")
                                 r"committed|commits?|committing|"
                                 r"proposes?|proposed)\s+to|targets?|targeted|targeting|goal|pledge|"
                                 # a budget's plan: "The 2020 budget planned a deficit of", "budgeted for", "envisaged"
                                 r"(?:planned|envisaged|envisioned|budgeted|foresaw|foresees)(?:\s+for)?|"

                                 # a company's guidance: "revenue guidance is", "guided for", "the outlook calls for"
                                 r"guidance|guided|guides|outlook|could\s+(?:rise|reach|climb|grow|increase)\s+to|"
                                 r"could\s+reach|may\s+(?:rise|reach)\s+to|"
                                 # ("could finish with more than $450 million", "might top")
                                 r"(?:could|might|may|would)\s+(?:finish|end|top|exceed|hit|total|surpass|approach)|"
                                 # (a scenario's outcome: "Under the low-migration scenario, the population would be")
                                 r"(?:would|could)\s+(?:be|reach|fall|rise|grow|shrink|decline|increase|drop|stand)|"
                                 r"scenarios?|variants?|"
                                 # (reported speech of what will be: "She said construction would support")
                                 r"(?<=\b(?:said|says|told|stated|announced|claimed|insisted)\b[^.;:]{0,60})would|"
                                 r"(?:analysts|economists|markets?)\s+(?:had\s+)?(?:expected|forecast|predicted|"
                                 r"pencilled\s+in|estimated))\b(?:[^\d;:.]|\d(?=[A-Za-z])){0,40}$", regex.IGNORECASE)
# (a digit glued to letters, "5G", is no figure: "expects 5G coverage to reach 80%")
_EXPECTED_AFTER = regex.compile(r"[^\d;:.,]{0,40}?\b(?:(?:analysts|economists|markets?)\s+(?:had\s+)?)?(?:expected|forecast|"
                                r"predicted|projected|anticipated)\b(?!\s+(?:to|in|on|at|for)\b)"
                                # "4.3 million people will face hunger", "are likely to face": the future, after it
                                r"|[^\d;:.,]{0,30}?\b(?:will|(?:is|are)\s+(?:likely|set|projected|forecast|expected)\s+to)"
                                r"\s+(?!have\s+been\b)[a-z]"
                                # a threshold, not a level: "A fertility rate of 2.1 is needed to replace the population"
                                r"|[^\d;:.,]{0,12}?\b(?:is|are|was|were|would\s+be)\s+(?:needed|required|necessary)\s+"
                                r"(?:to|for)\b", regex.IGNORECASE)


def is_expected(claim: Claim) -> bool:
    """Whether the sentence presents the figure as what someone expected or forecast, not as what happened."""
    sentence = claim.sentence
    found_span = _span_in_sentence(claim)
    if found_span is None:
        return False
    at, end = found_span
    return bool(_EXPECTED_BEFORE.search(sentence, max(0, at - 60), at) or _EXPECTED_AFTER.match(sentence, end)
                or _DEMANDED_BEFORE.search(sentence, max(0, at - 110), at)
                or _IMPERATIVE_OPENER.match(sentence) is not None
                or _WILL_BEFORE.search(sentence, max(0, at - 100), at))


# The future of the figure's own clause, further back: "Northmoor will close both blast furnaces, with the loss of|
# 3,200 jobs" (no figure, no clause break between).
_WILL_BEFORE = regex.compile(r"\bwill\s+(?!have\s+been\b)[a-z]+\b[^\d;:.]{0,80}$", regex.IGNORECASE)


# What someone asks others to do: "The coalition urged Congress to raise Norland's budget to| at least 300 million".
# (and what someone should or ought to do: "The regulator should raise the payment to| at least €150")
_DEMANDED_BEFORE = regex.compile(r"\b(?:urged|urges|urging|called\s+on|calls\s+on|demanded|demands|recommended|"
                                 r"recommends|lobbied|called\s+for|calls\s+for|calling\s+for|pressed\s+for|"
                                 r"should|ought\s+to|wants?\s+(?:[\w'’-]+\s+){0,4}?to|wanted\s+(?:[\w'’-]+\s+){0,4}?to)\b"
                                 r"[^\d;:.]{0,90}$", regex.IGNORECASE)
# A recommendation in the imperative, opening its sentence or list item: "- Raise the budget from €1.1 billion to| at
# least €1.4 billion a year".
_IMPERATIVE_OPENER = regex.compile(r"\s*(?:[-*•]\s*|\d{1,2}[.)]\s+)?(?:Raise|Increase|Cut|Reduce|Double|Triple|Halve|"
                                   r"Lift|Extend|Expand|Boost|Restore|Freeze|Cap|Allocate|Invest|Provide|Fund)\s+"
                                   r"(?:the|a|an|its|their|our|all|funding|spending)\b")


_POINTS = regex.compile(r"\b(?:points?|pp|bps?)\b", regex.IGNORECASE)


# "29 per 100,000", "12 deaths per 1,000 live births": a count in a population of that size.
_PER_POPULATION = regex.compile(r"\b" + units.PER_POPULATION_WORD + r"(?P<base>[\d,]+|hundred|thousand|million|"
                                r"square\s+\w+|km2|km²|sq\.?\s?\w+|woman|person|capita|head|household|hectare|"
                                + units.PER_THING + r")\s*$",
                                regex.IGNORECASE)


# The quantity a price is for, right after the amount: "€0.284 per kWh", "$80 a barrel", "£120 a night".
# Units of energy a price may be per, as the kilowatt-hours each holds: "31 US cents per kilowatt-hour" and
# "$310 per MWh" are prices of one quantity.
_ENERGY_UNITS = {"kwh": 1.0, "kilowatt-hour": 1.0, "kilowatt hour": 1.0, "kilowatt-hours": 1.0, "kilowatt hours": 1.0,
                 "mwh": 1e3, "megawatt-hour": 1e3, "megawatt hour": 1e3, "megawatt-hours": 1e3, "megawatt hours": 1e3,
                 "gwh": 1e6, "twh": 1e9}


def _money_per_unit(claim: Claim) -> Optional[tuple[str, float]]:
    """The quantity a price is for, and how many of the common unit it holds: ('kwh', 1000.0) for "per MWh"."""
    found_span = _span_in_sentence(claim)
    per_unit = _MONEY_PER_UNIT.match(claim.sentence, found_span[1]) if found_span else None
    if per_unit is None:
        return None
    unit = " ".join(per_unit.group("unit").lower().split())
    if unit in _ENERGY_UNITS:
        return "kwh", _ENERGY_UNITS[unit]
    return ("person" if unit in _PER_PERSON else unit), 1.0


_MONEY_PER_UNIT = regex.compile(r"\s*(?:per|a|an|/)\s*(?P<unit>[kMGT]Wh|kilowatt[\s-]hours?|megawatt[\s-]hours?|litre|liter|"
                                r"gallon|barrel|tonne|ton|kg|kilo|kilogram|pound|lb|ounce|oz|night|square\s+met(?:re|er)|"
                                r"m2|sq\s*ft|head|person|capita|pupil|patient|household|dose|unit|share|"
                                # (who spending is per: "£214 per adult" is no "£240 per resident")
                                r"adult|resident|inhabitant|citizen|child|student|member|employee|worker|visitor|"
                                r"passenger|bed|acre|hectare)\b",
                                regex.IGNORECASE)
# Ways of saying "per person" of a whole population.
_PER_PERSON = frozenset("head person capita resident inhabitant citizen".split())


def _span_in_sentence(claim: Claim) -> Optional[tuple[int, int]]:
    """(start, end) of the claim's text in its whitespace-collapsed sentence, or None."""
    span = " ".join(claim.text.split())
    at = find_span(claim.sentence, span)
    return (at, at + len(span)) if at >= 0 else None


_BASE_WORDS = {"hundred": "100", "thousand": "1000", "million": "1000000"}


# A duration written in two units, "1 hour 55 minutes", "12 years and six months": each number is a piece of
# one duration, and no figure on its own (the pieces stay claims, as the peers' suites count them).
_NEXT_PIECE_OF_DURATION = regex.compile(
    r"\s*(?:,\s*|\s+and\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"(?:twenty|thirty|forty|fifty)(?:[\s-]\w+)?)\s+(?:months?|minutes?|seconds?|days?|hours?)\b", regex.IGNORECASE)
_PIECE_OF_DURATION_BEFORE = regex.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:years?|hours?|minutes?|weeks?|"
    r"days?)\s*(?:,\s*|\s+and\s+)?$", regex.IGNORECASE)


def is_piece_of_duration(claim: Claim) -> bool:
    if claim.kind != "duration":
        return False
    found_span = _span_in_sentence(claim)
    if found_span is None:
        return False
    at, end = found_span
    return _NEXT_PIECE_OF_DURATION.match(claim.sentence, end) is not None \
        or _PIECE_OF_DURATION_BEFORE.search(claim.sentence, max(0, at - 30), at) is not None


def is_rate_in_a_population(claim: Claim) -> bool:
    """Whether a count is a rate in a population ("35.8 per 100,000 inhabitants"), no count of the whole."""
    return population_base(claim) is not None


def population_base(claim: Claim) -> Optional[str]:
    """The size of the population a count is a rate in, as written ("100,000" of "29 per 100,000", "million"), from
    its own words or, for a table's cell, from its column's header ("Donors per million population", "Donors pmp");
    None for a count of the whole."""
    per = _PER_POPULATION.search(claim.text)
    if per is not None:
        return per.group("base") if per.group("thing") is None else singular(per.group("thing")).lower()
    label = claim.cell.column_label if claim.cell is not None else None
    if label:
        per = _PER_POPULATION_IN_LABEL.search(label)
        if per is not None:
            return per.group("base") or "million"  # ("pmp": per million population)
    return None


_PER_POPULATION_IN_LABEL = regex.compile(r"\b" + units.PER_POPULATION_WORD + r"(?P<base>[\d,]+|hundred|thousand|million)\b"
                                         r"|\bp\.?m\.?p\b", regex.IGNORECASE)


# Who a rate in a population is counted among, after its base: "182 cases per 1,000| children under five", "per
# 1,000| population at risk". A whole population ("per 100,000 people") names nobody in particular.
_POPULATION_AFTER_BASE = regex.compile(r"\s+(?P<who>[a-z][\w-]*)(?P<more>\s+(?:at\s+risk|aged\s+[\w-]+(?:\s+(?:to|and)\s+"
                                       r"[\w-]+)?|under\s+[\w-]+|over\s+[\w-]+))?")
_WHOLE_POPULATION = frozenset("population populations people persons person inhabitants inhabitant residents "
                              "resident citizens capita head individuals".split())


def _population_of_rate(claim: Claim) -> Optional[str]:
    """Who a rate in a population is counted among ("children under five", "population at risk"), or None for a
    whole population, or none named."""
    found_span = _span_in_sentence(claim)
    if found_span is None:
        return None
    m = _POPULATION_AFTER_BASE.match(claim.sentence, found_span[1])
    if m is None or m.group("who") in STOP_WORDS or m.group("who").endswith("ed"):
        return None
    who = m.group("who")
    if who in _WHOLE_POPULATION and not m.group("more"):
        return None
    return " ".join([singular(who)] + m.group("more").split() if m.group("more") else [singular(who)])


def _level_measure_key(claim: Claim) -> Optional[str]:
    if is_piece_of_duration(claim):
        return None
    if claim.kind in ("count",):
        written = population_base(claim)
        # A rate in a population is never a count of the whole: "4.2 road deaths per 100,000 people", "22 road deaths"
        if written is None:
            return "count"
        base = " ".join(written.replace(",", "").lower().split())
        base = _BASE_WORDS.get(base, base)
        # ("1.2 per 1,000" is 120 per 100,000: rates in populations of different sizes compare on one base)
        key = "count per 100000" if base.isdigit() else f"count per {base}"
        who = _population_of_rate(claim)
        return f"{key} {who}" if who else key
    if claim.kind == "percent":
        # "3 percentage points", "60 basis points": a difference of two shares, not a share or a relative change
        return "percent:points" if _POINTS.search(claim.text) else "percent"
    if claim.kind == "money":
        per_unit = _money_per_unit(claim)
        if per_unit is not None:
            # "€0.284 per kWh" is a price of a quantity, never a plain amount (and "€284 per MWh" the same price)
            return f"money:{claim.unit}/{per_unit[0]}"
        return f"money:{claim.unit}" + ("/year" if claim.per else "")
    if claim.kind == "rate":
        return "count/year"
    if claim.kind in ("quantity", "duration") and claim.unit:
        try:
            key = f"{claim.kind}:{units.dimensionality(claim.unit)}"
        except Exception:  # a unit pint does not know: compare only with the same unit
            key = f"{claim.kind}:{claim.unit}"
        return key + ("/year" if claim.per else "")
    return None


# A temperature compared with another: "1.4°C warmer than average", "1.2C above the 1961-1990 average".
_DIFFERENCE_AFTER = regex.compile(r"\s*(?:warmer|cooler|colder|hotter|higher|lower|above|below)\b", regex.IGNORECASE)


def is_difference(claim: Claim) -> bool:
    """Whether a quantity is a difference (a rise, an anomaly against a baseline), whose temperatures convert
    without the scales' offsets."""
    if claim.change is not None:
        return True
    if claim.unit not in units.TEMPERATURES:
        return False
    if "anomal" in (claim.subject or "").lower():
        return True
    text = " ".join(claim.text.split())
    at = claim.sentence.find(text)
    return at != -1 and _DIFFERENCE_AFTER.match(claim.sentence, at + len(text)) is not None


def to_common(claim: Claim, value: Optional[float]) -> Optional[float]:
    """A bound converted to the measure's common unit (SI base units, per-year rates)."""
    if value is None or isinstance(value, str):
        return None
    if claim.kind in ("quantity", "duration") and claim.unit:
        try:
            value = units.to_base(value, claim.unit, difference=is_difference(claim))
        except Exception:
            pass
    if claim.per:
        # "120,000 cubic metres a day" and "44 million a year" compare per year.
        value = value * PER_YEAR.get(claim.per, 1.0)
    if claim.kind == "money" and claim.unit:
        per_unit = _money_per_unit(claim)
        if per_unit is not None:
            value = value / per_unit[1]  # "$310 per MWh" is $0.31 per kWh
    if claim.kind == "count" and ("per" in claim.text or "every" in claim.text or claim.cell is not None):
        written = population_base(claim)
        base = _BASE_WORDS.get(written.lower(), written.replace(",", "")) if written else ""
        if base.isdigit() and int(base) > 0:
            value = value * 100_000 / int(base)  # "1.2 per 1,000": 120 per 100,000
    return value


_DIGITS = regex.compile(r"\d[\d,]*(?:\.(\d+))?")
_SCALED = regex.compile(r"(?i)\b(?:thousand|million|billion|trillion|bn|mn|k|m)\b")


def _is_power_of_ten(x: float) -> bool:
    return abs(math.log10(x) - round(math.log10(x))) < 1e-9


_WRITTEN_DECIMALS = regex.compile(r"\d(?:[\d,]*\d)?(?:\.(\d+))?")
_BASIS_POINTS = regex.compile(r"\bbps?\b|\bbasis\b", regex.IGNORECASE)


def half_last_nonzero_digit(value: float) -> float:
    """Half the place of a figure's last digit that is not zero: 412,000 -> 500, 2,500,000 -> 50,000, 0.35 -> 0.005."""
    if not value:
        return 0.0
    place = 1.0
    while place < abs(value) and round(abs(value) / (place * 10), 9) == int(round(abs(value) / (place * 10), 9)):
        place *= 10
    if place == 1.0 and abs(value) != int(abs(value)):
        decimals = len(f"{abs(value):.6f}".rstrip("0").split(".")[1])
        place = 10.0 ** -decimals
    return place / 2


def half_last_digit(claim: Claim) -> float:
    """Half a unit of the last digit the claim writes: "7.5%" may be 7.45 to 7.55, "38%" 37.5 to 38.5, "25 basis
    points" 0.245 to 0.255 of a percentage point. (Only the digits: "2.4 million" is not scaled here.)"""
    m = _WRITTEN_DECIMALS.search(claim.text)
    if m is None:
        return 0.0
    decimals = len(m.group(1)) if m.group(1) else 0
    if _BASIS_POINTS.search(claim.text):
        decimals += 2
    return 0.5 * 10 ** -decimals


# A length of time written in two units ("3 hours 20 minutes", "2 years and 6 months"): its smaller unit's share of
# its larger one.
_MINOR_UNITS = {"hour": 60.0, "minute": 60.0, "year": 12.0, "week": 7.0}
_TWO_NUMBERS = regex.compile(r"\d[^\d]+\d")


# A share written as a ratio: "six in ten", "1 out of every 4" (maybe hedged before it).
_RATIO_TEXT = regex.compile(r"(?:.*\s)?(?P<n>\d{1,3}|[a-z]+)\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+(?:every\s+)?"
                            r"(?P<d>\d{1,4}|[a-z]+)", regex.IGNORECASE)
_SMALL_NUMBERS = {w: i for i, w in
                  enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _small_number(word: str) -> Optional[int]:
    return int(word) if word.isdigit() else _SMALL_NUMBERS.get(word.lower())


def rounding_halfwidth(claim: Claim, relative: float) -> float:
    """How far an exact number may be from the truth because it was rounded when written.

    "2.4 million" is anything from 2.35 to 2.45 million and "28 million" from 27.5 to 28.5 million
    (half its last written digit); so is "79.4 years" (79.35 to 79.45: a measure written with decimals says how
    precise it is); a plain integer gets the relative tolerance. Both are in the claim's own unit.
    """
    value = claim.value if isinstance(claim.value, (int, float)) else None
    if value is None:
        return 0.0
    m = _DIGITS.search(claim.text)
    half = abs(value) * relative
    if claim.unit in units.TEMPERATURES:
        # a temperature's zero is arbitrary: "2°C" is 1.5 to 2.5 degrees, not 2 give or take 0.5% of 2
        half = max(half, half_last_digit(claim))
    elif m is not None and m.group(1) is not None and claim.kind in ("duration", "quantity", "percent", "rate", "count") \
            and not _SCALED.search(claim.text):
        # a figure written with decimals says how precise it is: "79.4 years" is 79.35 to 79.45, and does not
        # meet "79.8 years" however close in relative terms (nor does an odds ratio of "0.61" meet "0.68")
        half = half_last_digit(claim)
    elif claim.kind == "duration" and claim.unit in _MINOR_UNITS and _TWO_NUMBERS.search(claim.text):
        half = 0.5 / _MINOR_UNITS[claim.unit]  # "3 hours 20 minutes" is rounded to the minute
    elif m is not None and claim.kind in ("duration", "quantity") and not _SCALED.search(claim.text) \
            and claim.unit not in units.TEMPERATURES:
        # a measure written in whole units is rounded to one: "a median follow-up of 3 years" may be 3.2 years
        half = max(half, half_last_digit(claim))
    elif m is not None and claim.kind == "rate" and not _SCALED.search(claim.text):
        # an average per day or week in whole units is rounded to one: "an average of 2 deals a day" may be 1.9
        half = max(half, 0.5)
    if claim.kind == "percent":
        ratio = _RATIO_TEXT.fullmatch(" ".join(claim.text.split()))
        if ratio is not None:
            # "six in ten homes" is a share rounded to tenths, 55% to 65%; "one in five" one nearer a fifth than a
            # quarter or a sixth, 18.2% to 22.2% (and never more than 5 points: "three in four" is no 63%)
            n, d = _small_number(ratio.group("n")), _small_number(ratio.group("d"))
            if n and d and n < d:
                half = max(half, min(5.0, 50.0 / d if n > 1 else 100.0 / (d - 0.5) - 100.0 / d))
    written = float(m.group(0).replace(",", "")) if m else 0.0
    if claim.kind in ("count", "money") and m is not None and m.group(1) is None and not m.group(0).endswith("0") \
            and written == abs(value):
        # "312 femicides", "3,641 homicides": a count written to its last unit is exact, not rounded ("315" is
        # another count, however close)
        return 0.0
    if claim.kind in ("count", "money") and m is not None and m.group(1) is None and written == abs(value) and written:
        # "18,420 children" is rounded to the ten at most: 18,415 to 18,425, never "18,240" (a round "60,000" keeps
        # the relative slack, which is the smaller)
        half = min(half, half_last_nonzero_digit(written))
    scale = abs(value) / written if written else 1.0
    # ("4.2" in a column headed "US$ million" is scaled too: by a power of ten that no word in the span names)
    if written and (_SCALED.search(claim.text) or scale >= 1000 and _is_power_of_ten(scale)):
        # "28 million" is anything that rounds to it, 27.5 to 28.5 million: half a unit of its scale
        decimals = len(m.group(1)) if m.group(1) is not None else 0
        half = max(half, 0.5 * 10 ** (-decimals) * scale)
    return half


def interval(claim: Claim, relative_rounding: float) -> tuple[float, float]:
    """The claim's allowed values in common units, rounding included: (-inf/inf for open ends)."""
    half = rounding_halfwidth(claim, relative_rounding) if claim.qualifier == "exact" else 0.0
    low = to_common(claim, claim.lower)
    high = to_common(claim, claim.upper)
    half_common = 0.0
    if half and isinstance(claim.value, (int, float)):
        half_common = abs(to_common(claim, claim.value + half) - to_common(claim, claim.value))
    lo = -math.inf if low is None else low - half_common
    # (rounding is half-open, [27.5, 28.5) million for "28 million": "22 million" and "23 million" do not meet)
    hi = math.inf if high is None else high + half_common * (1 - 1e-9)
    if claim.kind in ("count", "rate", "money", "percent") and claim.lower is None:
        lo = 0.0  # "up to 80 per cent" cannot be negative
    return lo, hi


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# Past participles and past tenses that say what happened to what was counted:
# "4,200 trees were planted" and "3,100 trees were felled" count different things.
# (an adverb may follow: "1,912 people were seriously injured")
_AUXILIARY = (r"(?:(?:still|also|now|already)\s+)?"  # ("households still need", "have already applied")
              r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|have|has|had|be|been|being|got|get)\s+"
              r"(?:(?:[a-z]+ly|still|also|now|already)\s+)?)?")
# An aside that names what was counted, between it and its verb.
_NAMING_ASIDE = regex.compile(r"\s*,\s+(?:the|a|an|its|their|namely)\s+[^,;:()]{1,60},")
_PARTICIPLE_PHRASE = regex.compile(r"\s+[a-z]+ing(?:\s+[\w&'’-]+){1,3}?(?=\s+(?:were|was|are|is|had|have|has)\b)")
_PREDICATE = regex.compile(rf"^\s*{_AUXILIARY}(?P<verb>(?:[a-z]+-)?[a-z]+(?:ed|en|lt|wn)|made|built|sold|bought|lost|won|"
                           r"cut|hit|put|set|shot|spent|kept|left|met|paid|taken|given|held|found|seen|told|born|"
                           r"died|dies|die|killed|hurt|began|begun|came|went|ran|sought|brought|caught|fled|"
                           # states in the present: "38,000 people remain in evacuation centres"
                           r"remains?|stays?|lives?|sleeps?|shelters?|"
                           # ... and what they do: "6.1 million households pay the regulated tariff"
                           r"pays?|uses?|owns?|rents?|attends?|works?|faces?|needs?|lacks?|gets?|buys?|receives?|"
                           # (irregular pasts of what people do: "31% of adults ate five portions of fruit")
                           r"ate|drank|drove|rode|flew|swam|saw|gave|became|"
                           # (the progressive: "28% of adults were living with obesity")
                           r"(?<=\b(?:am|is|are|was|were|be|been)\s+)[a-z]{3,}ing)\b")


# A verb denied: "members| did not renew", "have never voted", "were not vaccinated".
_NEGATED_PREDICATE = regex.compile(r"^\s*(?:(?:did|do|does|could|would|will|can|have|has|had|were|was|are|is)"
                                   r"(?:\s+not|n[’']t)|cannot|never)\s+(?:(?:yet|been|be)\s+)?(?P<verb>[a-z]{3,})\b")
_BRACKETED_AFTER = regex.compile(r"\s*\([^()]{1,30}\)(?=\s)")
_BRACKET_CLOSES = regex.compile(r"\)\s*(?=\s)")
_AGE_PHRASE = regex.compile(r"\s+aged\s+\d+(?:\s*(?:to|-|–|and)\s*\d+)?"
                            r"(?:\s+(?:and|or)\s+(?:over|under|older|younger))?(?=\s)")
_PLACE_PHRASE = regex.compile(r"\s+(?:in|across|from|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|province|"
                              r"region|country|district|state|city|capital|area)(?!['’])?,?(?=\s)")
_PREDICATE_BEFORE = regex.compile(r"\b(?P<verb>[a-z]+ed|built|sold|bought|lost|won|cut|spent|paid|killed|hired|took|"
                                  r"drew|"
                                  # (what a policy does, in the present: "The policy averts| about 150 deaths")
                                  r"averts|prevents|saves|avoids|"
                                  # (the progressive: "We are rebuilding| 64,000 homes")
                                  r"(?<=\b(?:am|is|are|was|were|be|been)\s+)[a-z]{3,}ing|"
                                  # (an infinitive: "Pay rise to benefit| 2.7 million workers")
                                  r"(?<=\b(?:to|will|would|could|can)\s+)[a-z]{3,})"
                                  # (to whom: "cash has been provided to| 6,400 households")
                                  r"(?P<to>\s+to)?"
                                  # (past a hedge: "killed about| 150")
                                  r"(?:\s+(?:about|around|some|nearly|almost|roughly|an\s+estimated|more\s+than|over))?"
                                  r"\s+$")
_ON_DAYS = regex.compile(r"\s+on\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+|only\s+)?$",
                         regex.IGNORECASE)
_VERB_BEFORE_ON = regex.compile(r"\b(?P<verb>[a-z]{3,})\s+on\s+(?:\S+\s+){0,2}$")
# Verbs of giving, whose "to" leads to who got it: "provided to 6,400 households" (where "rose to 6,400", "revised
# to 14.5 million" lead to a level, and say nothing of what happened to what is counted).
_GIVEN_TO_VERBS = frozenset("provided given distributed delivered sent paid offered allocated awarded granted "
                            "transferred donated issued supplied extended disbursed handed".split())


def predicate(claim: Claim) -> Optional[str]:
    """The verb that follows what is counted, as a crude stem: 'trees were planted' -> 'plant'."""
    verb = _predicate(claim)
    if verb in _FROM_A_SOURCE and claim.kind == "percent":
        # "64% of its electricity came from renewables", "71% ... was generated from renewables", "sourced 71%
        # of its electricity from renewables": where a share comes from, whatever the verb
        return "source"
    return verb


# Verbs that say where a share of something comes from (stems).
_FROM_A_SOURCE = frozenset("came come comes deriv sourc source sources generat obtain suppli supplied".split())


def _predicate(claim: Claim) -> Optional[str]:
    subject = claim.subject or ""
    sentence = claim.sentence
    span = " ".join(claim.text.split())
    at = find_span(sentence, span)
    if at < 0:
        return None
    # "felled 3,100 trees", "had planted 4,200 trees": the verb before the number.
    window = sentence[max(0, at - 30):at]
    if (claim.subject_head or "").lower() == "day" and _ON_DAYS.search(window):
        # "the limit was exceeded on| 47 days", "rain fell on| 131 days": what happened on them
        verb = _VERB_BEFORE_ON.search(window)
        return _stem(verb.group("verb")) if verb else None
    before = _PREDICATE_BEFORE.search(window)
    if before and (before.group("verb").lower() in _MEASURING_VERBS
                   or before.group("to") and before.group("verb").lower() not in _GIVEN_TO_VERBS):
        return None  # "yields reached 4.2 t/ha", "averaged 4.3 t/ha": how much, not what happened to it
    if before and before.group("to"):
        # "Child Benefit was paid to| 6.9 million families": they received it, as "7.4 million families received"
        return _SAME_PREDICATE.get("receiv", "receive")
    if before:
        stem = _stem(before.group("verb"))
        if before.group("verb").lower() == "took" and (claim.subject_head or "").lower() not in _WON_THINGS:
            return "receive"
        return stem
    after = sentence[at + len(span):]
    bracketed = _BRACKET_CLOSES.match(after)
    if bracketed is not None and subject and subject in sentence[max(0, at - 60):at]:
        after = after[bracketed.end():]  # ("half of children| (52%)| said they were members": the share restated)
    elif subject:
        found = after.find(subject)
        if found < 0 or found > 40:
            return None
        after = after[found + len(subject):]
    restated = _BRACKETED_AFTER.match(after)
    if restated is not None:
        after = after[restated.end():]  # ("half of children| (52%)| said they were members")
    age = _AGE_PHRASE.match(after)
    if age is not None:
        after = after[age.end():]  # ("children| aged 5 to 16| in Carrowland met the guideline")
    place = _PLACE_PHRASE.match(after)
    if place is not None:
        after = after[place.end():]  # ("households| in the Eastern Province| have applied")
    participle = _PARTICIPLE_PHRASE.match(after)
    if participle is not None:
        after = after[participle.end():]  # ("patients| attending A&E| were seen", "passengers| arriving by air| were")
    aside = _NAMING_ASIDE.match(after)
    if aside is not None:
        after = after[aside.end():]  # ("only one project|, the 800 MW Grennhavn Array,| has started construction")
    if _LOST_LIVES.match(after):
        return "die"
    said = _SAID_THEY.match(after)
    if said is not None:
        # "44% of firms said they lacked the skills", "29% said they were unsure": what they said of themselves
        return _stem(said.group("verb"))
    negated = _NEGATED_PREDICATE.match(after)
    if negated:
        return "not " + _stem(negated.group("verb"))  # ("1,300 of its members| did not renew": those who did not)
    m = _PREDICATE.match(after)
    if m:
        return _stem(m.group("verb"))
    # After a plural, the next word is its verb ("2.7 million workers| earn the living wage", "workers| benefit"):
    # English rarely puts a noun after a plural one
    # (of a count only: in "29.1% of adults| obese", an adjective may follow the plural)
    if claim.kind == "count" and subject.endswith("s") and not subject.endswith("ss"):
        plain = _PLAIN_VERB_AFTER_PLURAL.match(after)
        if plain is not None and plain.group("verb") not in STOP_WORDS:
            return _stem(plain.group("verb"))
    return None


# A survey's answer, after those who gave it: "firms| said they lacked", "said that they were unsure".
_SAID_THEY = regex.compile(r"\s+(?:said|say|says|reported|report|told\s+\w+|stated|indicated)\s+(?:that\s+)?"
                           r"(?:they|it|he|she)\s+(?:(?:were|are|was|is|had|have|felt|feel|would|could|did|do)\s+)?"
                           r"(?:not\s+)?(?P<verb>[a-z]{3,})\b")
_PLAIN_VERB_AFTER_PLURAL = regex.compile(r"\s+(?:(?:now|still|also|already|currently|typically|usually)\s+)?"
                                         # (past where: "3,100 cases| nationwide| were confirmed")
                                         r"(?:(?:worldwide|nationwide|globally|nationally|overall|countrywide|"
                                         r"statewide|abroad|domestically)\s+)?"
                                         # (not a participle that narrows: "50,510 offences| involving a knife")
                                         r"(?P<verb>[a-z]{3,})\b(?<!ly)(?<!ing)(?!['’-])")


# What is won: "took 45 seats" wins them; "took 90,000 calls" received them.
_WON_THINGS = frozenset("seat seats vote votes share mandate mandates ward wards constituency constituencies "
                        "medal medals title titles point points".split())


_PRESENT_STATES = {f"{v}{s}": v for v in ("remain", "stay", "live", "sleep", "shelter", "pay", "own", "rent", "attend",
                                          "work", "need", "lack", "get", "buy") for s in ("", "s")}
_PRESENT_STATES.update({"use": "us", "uses": "us", "face": "fac", "faces": "fac", "receive": "receiv",
                        "receives": "receiv"})  # (as _stem makes "used", "faced", "received")
# Verbs that say the same of what is counted (stems as _stem makes them): a death is a death however it is put.
_SAME_PREDICATE = {"died": "die", "die": "die", "dies": "die", "kill": "die", "perish": "die", "drown": "die",
                   "murder": "die", "slain": "die", "poach": "die", "slaughter": "die", "cull": "die",
                   # verbs of receiving visitors, calls or cases, which count the same arrivals
                   "receiv": "receive", "attract": "receive", "drew": "receive", "welcom": "receive",
                   "host": "receive", "record": "receive", "regist": "receive", "register": "receive",
                   "count": "receive", "log": "receive", "answer": "receive", "handl": "receive",
                   "report": "receive", "pass": "receive",  # ("passengers passed through the airport")
                   # (surveillance reports: cases found are cases counted)
                   "detect": "receive", "diagnos": "receive", "tally": "receive", "notify": "receive",
                   "identify": "receive", "identifi": "receive", "uncover": "receive", "discover": "receive",
                   "find": "receive", "found": "receive", "spott": "receive", "spot": "receive",
                   # verbs of concluding a deal: "completed 612 deals", "closed 587 deals", "struck 40 deals"
                   "complet": "complete", "clos": "complete", "struck": "complete", "seal": "complete",
                   "finalis": "complete", "finaliz": "complete",
                   # verbs of shedding jobs: "cut 8,400 jobs", "eliminated", "shed", "axed", "laid off"
                   "cut": "cut", "eliminat": "cut", "shed": "cut", "ax": "cut", "slash": "cut", "laid": "cut",
                   # (and of services: "47 bus routes have been cut", "axed", "withdrawn", "scrapped")
                   "axed": "cut", "withdrawn": "cut", "withdraw": "cut", "scrapp": "cut", "scrap": "cut",
                   # verbs of winning seats or votes: "won 42 seats", "secured 45 seats", "took 45 seats"
                   "won": "win", "win": "win", "wins": "win", "secur": "win", "captur": "win", "took": "win",
                   "poll": "win", "garner": "win", "obtain": "win",
                   # verbs of what flowed into a stock: "added 150,000 customers", "connected 1,200 customers a day"
                   "add": "add", "connect": "add", "sign": "add", "enroll": "add", "enrol": "add",
                   "recruit": "add", "hir": "add"}
# "1,610 people lost their lives": one predicate, not "lost".
_LOST_LIVES = regex.compile(r"^\s*(?:have\s+|had\s+|has\s+)?lost\s+(?:their|his|her)\s+li(?:ves|fe)\b")


# Verbs that only lead to a level: no predicate that tells two counts apart.
_MEASURING_VERBS = frozenset("reached averaged totalled totaled amounted peaked topped neared equalled equaled "
                             "measured stood hovered "
                             # (and after "to" or "will": "expected to reach| 5 million", "will rise| 3%")
                             "reach average total amount peak top near exceed hit surpass be "
                             "rise fall grow increase decrease climb drop jump double triple halve".split())


def _stem(verb: str) -> str:
    if verb in _PRESENT_STATES:
        verb = _PRESENT_STATES[verb]
        return _SAME_PREDICATE.get(verb, verb)
    for suffix in ("ied", "ed", "en", "ing"):  # ("living", "lived": one stem)
        if verb.endswith(suffix) and len(verb) > len(suffix) + 2:
            verb = verb[: -len(suffix)] + ("y" if suffix == "ied" else "")
            if len(verb) > 2 and verb[-1] == verb[-2] and verb[-1] in "bdgmnprt":
                verb = verb[:-1]  # ("logged", "planned": "log", "plan")
            break
    return _SAME_PREDICATE.get(verb, verb)


def predicates_compatible(a: Claim, b: Claim) -> bool:
    pa, pb = predicate(a), predicate(b)
    if "die" in (pa, pb) and {pa, pb} <= {"die", "receive", None} \
            and subject_key(a) == subject_key(b) == _synonyms().get("death", "death"):
        return True  # "9,100 people died of TB" and "Malawi recorded 8,000 TB deaths": deaths, whoever counted them
    if (a.subject_head or "").lower() in _ANYONE and (b.subject_head or "").lower() in _ANYONE:
        # "2.1 million people were inactive" and "12.6 million people are now in work", "4 million people reached"
        # and "17.7 million people face Crisis": "people" says nothing of who; what is said of them does
        # (a verb of counting, "were counted", says nothing of them: what follows it does)
        pa = pa if pa not in (None, "receive") else _said_of(a) or pa
        pb = pb if pb not in (None, "receive") else _said_of(b) or pb
        # (only counted, "The census counted 45.0 million people", says as little as nothing said)
        pa, pb = (None if p == "receive" else p for p in (pa, pb))
        return pa == pb or pa is not None and pb is not None and (pa.startswith(pb) or pb.startswith(pa))
    return pa is None or pb is None or pa == pb or pa.startswith(pb) or pb.startswith(pa)


_ANYONE = frozenset("people person persons individual individuals".split())
# What a sentence says of the people it counts, after them: "people| are now in work", "people| face Crisis".
_SAID_OF_AFTER = regex.compile(r"(?>(?:\s+(?:in|across|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?)?)"
                               # (past an aside: "1.1 million people|, including 540,000 children,| live in ...")
                               r"(?:,\s+(?:including|excluding|among\s+them|many\s+of\s+them|most\s+of\s+them)"
                               r"(?:[^,;:()]|,(?=\d)){1,60},)?"
                               r"(?:\s+(?:worldwide|nationwide|globally|nationally|overall|countrywide|statewide))?"
                               # (how often, which says nothing of them: "1,276 people| a year| –")
                               r"(?:\s+(?:a|an|per|each|every)\s+(?:year|day|week|month|hour|night)\b)?+"
                               r"\s+(?:(?:are|were|is|was|have\s+been|had\s+been|will\s+be|remain|remained)\s+)?"
                               r"(?:(?:now|still|currently|already|also|newly|at\s+least)\s+)*"
                               # (a verb of counting says nothing of them: "people were counted| sleeping rough")
                               r"(?:(?:counted|recorded|reported|registered|estimated|found|identified|thought|believed)"
                               r"(?:\s+(?:as|to\s+be))?\s+)?"
                               # (not a change or a comparison: "people in Kenya, up from ...")
                               r"(?P<said>(?!(?:up|down|from|compared|against|than)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def _said_of(claim: Claim) -> Optional[str]:
    """The first words said of a claim's people after them ("are now in work" -> "in work"), or None."""
    found = _span_in_sentence(claim)
    if found is None:
        return None
    sentence, end = claim.sentence, found[1]
    subject = claim.subject or ""
    of_the = _OF_THE_AFTER.match(sentence, end)  # ("1,050 of the people sleeping rough")
    at = of_the.end() if of_the is not None else _skip_spaces(sentence, end)
    if subject and sentence.startswith(subject, at):
        end = at + len(subject)
    elif subject:
        # ("found 5,104 people experiencing homelessness, up 6% from 4,812 in 2023": its people are another
        # figure's, and what is said of them is said where they are named)
        named = sentence.find(subject + " ")
        if named < 0 or named >= found[0] or claim.part is not None:
            return None  # (nor a part's: "of whom 28 million were in forced labour": the part says which)
        end = named + len(subject)
    m = _SAID_OF_AFTER.match(sentence, end)
    if m is None:
        return None
    words = [w for w in m.group("said").split() if w not in STOP_WORDS] or m.group("said").split()
    return " ".join(words)


_OF_THE_AFTER = regex.compile(r"\s+of\s+(?:the|these|those|all)\s+")


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
