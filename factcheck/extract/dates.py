"""Calendar dates at their own precision: "2014", "April 2010", "14 June 2012", "January 6, 2011".

Dates come out as ISO 8601 strings that keep their precision ("2010-04", not
"2010-04-01"), so a year and a day compare as what they are. Ranges ("from 2004
to 2009", "2010-2012", "from 29 to 30 July") are one mention with both ends.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from .prefilter import fold, matches_at

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
# A year written in a sentence (1800-2099), for the rules that ask whether a sentence states its time.
YEAR_IN_TEXT = regex.compile(r"\b(?:1[89]|20)\d\d\b")
# A week of a surveillance calendar, by its number: "epidemiological week 23", "epi weeks 20-23", "week 23 of 2022".
# A bare "week 12" is often a study's timepoint ("at week 12 of treatment"), so it is a calendar week only when a
# calendar word or a year says so. (Extraction's noise skips the week's number; context dates a figure by it.)
_WEEK_NUMBERS = r"\s+\d{1,2}(?:\s*(?:-|–|to|and)\s*\d{1,2})?"
REPORTING_WEEK = (r"\b(?:(?:epidemiological|epidemiologic|epi|reporting|surveillance|ISO|calendar)\s+weeks?"
                  rf"|weeks?(?={_WEEK_NUMBERS}\s+of\s+(?:19|20)\d\d\b)){_WEEK_NUMBERS}\b")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# Each alternative names its parts; the first that matches at a position wins.
_SINGLE = rf"""
    (?P<dmy>(?P<dmy_day>{_DAY})\s+(?:of\s+)?(?P<dmy_month>{_MONTH}),?\s+(?P<dmy_year>{_YEAR}))
  | (?P<mdy>(?P<mdy_month>{_MONTH})\s+(?P<mdy_day>{_DAY}),?\s+(?P<mdy_year>{_YEAR}))
  | (?P<iso>(?P<iso_year>{_YEAR})-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>0[1-9]|[12]\d|3[01]))
  | (?P<numeric>(?P<num_a>0?[1-9]|[12]\d|3[01])(?P<num_sep>[/.])(?P<num_b>0?[1-9]|[12]\d|3[01])(?P=num_sep)(?P<num_year>{_YEAR}))
  | (?P<my>(?P<my_month>{_MONTH}),?\s+(?P<my_year>{_YEAR}))
  | (?P<year>(?P<year_value>{_YEAR})
        # ("1800 MHz spectrum", "a 1900 MW dam": a measure in its unit, no year)
        (?!\s*(?:[kMGT]Hz|Hz|[kMGT]W|[kMGT]Wh|kV|km|kg|mm|cm|mph|rpm|kcal|cc|bhp|hp|metres|meters|tonnes|tons|
               kilometres|kilometers|megahertz|megawatts|feet|ft)\b)
        # ("2000 to 3000 people" is a range of counts; "from 150,000 in 2022 to 199,000" and "its total for
        # 2023 to 464,370" hold a year)
        (?:(?<=\b(?:in|during)\s+{_YEAR})|(?<=\bfor\s+{_YEAR})(?=\s+to\s+\d{{1,3}}(?:,\d{{3}})+(?!\d|\.\d))
           |(?!\s*(?:-|–|to)\s*\d{{3}}(?![\d.,]*\s*(?:(?:million|billion|trillion|bn|m|per\s*cent|percent)\b|%)))))
"""

# ("mid-2019", "early-2020": a hyphen before the year is no minus sign or range there)
DATE_PATTERN = regex.compile(rf"(?:(?<![\w$€£.,-])|(?<=\b(?:mid|early|late|pre|post)-)|(?<=\bFY\s?))(?:{_SINGLE})(?![\w%]|[.,]\d)",
                             regex.VERBOSE | regex.IGNORECASE)

# Year spans: "from 2004 to 2009", "between 2005 and 2010", "2010-2012", "2010–12", "from April 2010 to date",
# and financial years: "2021/22", "FY2021-22".
# A year cut to two digits follows a dash only: "in 2008 to 29 mpg" is a year, then a number.
YEAR_RANGE_PATTERN = regex.compile(
    rf"""
    (?:(?<![\w$€£.,-])|(?<=\bFY\s?))
    (?:(?P<lead>from|between)\s+)?
    (?P<first>(?:{_MONTH}\s+)?{_YEAR})
    \s*(?:-|–|—|to|and|until|through|till|(?<=\d)/(?=\d))\s*
    (?:(?P<to_date>date|the\s+present|today|now)|(?P<second>(?:{_MONTH}\s+)?(?:{_YEAR}|(?<=[-–—/]\s*)\d\d)))
    (?![\w%]|[.,]\d)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "Since 2008", "since April 2010", "since 1 January 2023": from then to the time of writing.
SINCE_PATTERN = regex.compile(
    rf"\b(?P<lead>since)\s+(?:(?P<day>{_DAY})\s+(?:of\s+)?(?=(?:{_MONTH}),?\s+{_YEAR})"
    rf"|(?=(?:{_MONTH})\s+{_DAY},?\s+{_YEAR}))?"
    rf"(?P<first>(?:{_MONTH}(?:\s+(?P<day_after>{_DAY}),?)?\s+)?{_YEAR})(?![\w%]|[.,]\d)", regex.IGNORECASE)

# Month spans inside one year: "July and August 2010", "March to May 2015".
MONTH_RANGE_PATTERN = regex.compile(
    rf"(?<![\w.,-])(?:(?:from|between)\s+)?(?P<m1>{_MONTH})\s*(?:-|–|to|and|through|until)\s*(?P<m2>{_MONTH}),?\s+(?P<year>{_YEAR})(?![\w])",
    regex.IGNORECASE,
)

# The same without a year, in a sentence that names none: "from January to August", "between March and May".
_YEARLESS_MONTH_RANGE = regex.compile(
    rf"(?<![\w.,-])(?:(?P<lead>from|between)\s+)?(?P<m1>{_MONTH})\s*(?P<join>-|–|to|and|through|until)\s*(?P<m2>{_MONTH})"
    r"(?![\w])(?!,?\s+(?:1[5-9]|2[01])\d\d\b)", regex.IGNORECASE)

# Day spans inside one month: "from 29 to 30 July", "29-30 July 2016".
DAY_RANGE_PATTERN = regex.compile(
    rf"""
    (?<![\w.,-])
    (?:(?P<lead>from|between)\s+)?
    # (the first day may have its own month: "from 8 July to 30 September 2024")
    (?P<first_day>{_DAY})(?:\s+(?P<first_month>{_MONTH}))?\s*(?P<join>-|–|to|and|until|through)\s*(?P<second_day>{_DAY})
    \s+(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?
    (?![\w])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# Decades: "the 1960s", "the 1990's": the ten years, a span.
DECADE_PATTERN = regex.compile(r"(?<![\w$€£.,-])(?P<decade>(?:1[5-9]|20)\d)0['’]?s\b")

# Quarters and halves of a year: "the third quarter of 2023", "Q3 2023", "2023 Q3", "the first half of 2020",
# "H1 2020". Each is its span of months ("2023-07/2023-09"), so that figures for different quarters of one
# year are not read as figures for the same year. (A company's fiscal quarter is read the same way as a
# calendar one: two documents naming "Q3 2023" still name the same quarter.)
_PART_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "final": 0, "last": 0}  # (0: the last part of the year, whichever it is)
YEAR_PART_PATTERN = regex.compile(
    rf"""
    (?<![\w-])
    (?:
        (?:the\s+)?(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half)\s+
        (?:of\s+)?(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?)?(?:FY\s?)?(?P<year>{_YEAR})
      | (?P<letter>[QH])(?P<n>[1-4])(?:\s+of\s+|\s*[-/'’]?\s*)(?:FY\s?)?(?P<year_after>{_YEAR})
      | (?P<year_before>{_YEAR})\s*[-/]?\s*(?P<letter_after>[QH])(?P<n_after>[1-4])
        # a meteorological season: "summer 2022", "the winter of 2022/23" (winter runs from December)
      | (?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<season_year>{_YEAR})
        (?:\s*[/–-]\s*(?P<season_to>\d{{2}}|{_YEAR}))?
    )
    (?![\w%]|[.,]\d)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_YEAR_PART_HINT = re.compile(r"quarter|half|[QqHh][1-4]|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter")  # what
# every one of them holds
# The months of each season, as the meteorological seasons of the northern hemisphere count them.
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}

# Financial periods written with two-digit years, as in earnings reports: "3Q23", "1H24", "Q3 FY24", "Q3'23",
# "FY24" (the financial year that ends in 2024, read as that year).
COMPACT_PERIOD_PATTERN = regex.compile(
    r"(?<![\w-])(?:(?P<n>[1-4])(?P<letter>[QH])(?P<yy>\d\d)"
    r"|(?P<letter_first>[QH])(?P<n_first>[1-4])\s*(?:FY\s?|['’])(?P<yy_first>\d\d)"
    r"|FY\s?(?P<fy>\d\d))(?![\w%/’'-]|[.,]\d)")
_COMPACT_HINT = re.compile(r"FY|[1-4][QH]\d\d|[QH][1-4]\s*['’]")


def year_part(kind: str, n: int, year: int) -> Optional[tuple[str, str]]:
    """(first month, last month) of the n-th quarter ("q") or half ("h") of year, as ISO strings; n = 0 for the
    last one. None when there is no such part (a fifth quarter, a third half)."""
    parts = 4 if kind == "q" else 2
    n = n or parts
    if not 1 <= n <= parts:
        return None
    months = 12 // parts
    first = (n - 1) * months + 1
    return iso(year, first), iso(year, first + months - 1)


# A quarter or half named without its year: "in the third quarter", "during Q3", "for the first half".
BARE_YEAR_PART = regex.compile(
    # (or as an adjective: "fourth-quarter revenue")
    r"\b(?:(?:(?:in|during|for|over|of|by)\s+(?:the\s+)?|(?=(?:first|second|third|fourth|final)-quarter\s+[a-z]))"
    # (a half only of a year: "the first half" of a match is no half of a year)
    r"(?:(?P<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half(?=\s+of\s+the\s+year\b))"
    r"|(?P<letter>[QH])(?P<n>[1-4]))"
    # "for the quarter", "quarterly profit": the quarter the report is about, the last one over
    r"|(?:in|during|for|over)\s+the\s+(?P<latest>quarter)(?!\s+(?:century|mile|final|point))|(?P<quarterly>quarterly)(?=\s+[a-z]))"
    r"\b(?!\s*(?:of\s+)?(?:the\s+)?(?:fiscal\s+|financial\s+)?(?:year\s+)?(?:FY\s?)?\d|[-/'’]\d)",
    regex.IGNORECASE)


def bare_year_part(m, year: int, month: int = 12) -> Optional[tuple[str, str]]:
    """The months of a BARE_YEAR_PART match in year; for "the quarter" or "quarterly", the last quarter over
    before `month` of `year` (the time of writing)."""
    if m.group("latest") or m.group("quarterly"):
        over = (month - 1) // 3
        return year_part("q", over, year) if over else year_part("q", 4, year - 1)
    if m.group("ordinal"):
        return year_part(fold(m.group("part"))[0], _PART_ORDINALS[fold(m.group("ordinal"))], year)
    return year_part(fold(m.group("letter")), int(m.group("n")), year)


def _year_part_span(m) -> Optional[tuple[str, str]]:
    if m.group("season"):
        season, year = fold(m.group("season")), int(m.group("season_year"))
        if season == "winter":
            # "the winter of 2022/23" is December 2022 to February 2023; "winter 2023" the one that ends in 2023
            first_year = year if m.group("season_to") else year - 1
            return iso(first_year, 12), iso(first_year + 1, 2)
        if m.group("season_to"):
            return None  # ("summer 2022/23": a southern summer, or a sports season; not read)
        first, last = _SEASON_MONTHS[season]
        return iso(year, first), iso(year, last)
    if m.group("ordinal"):
        return year_part(fold(m.group("part"))[0], _PART_ORDINALS[fold(m.group("ordinal"))], int(m.group("year")))
    if m.group("letter"):
        return year_part(fold(m.group("letter")), int(m.group("n")), int(m.group("year_after")))
    return year_part(fold(m.group("letter_after")), int(m.group("n_after")), int(m.group("year_before")))


# Rolling and part-year spans: "the 12 months to June 2023", "the three months ending March 2024", "the year to
# March 2023", "the first nine months of 2023". Each is its span of months, so a year's figure to June is not read
# as June's, nor nine months' as the whole year's.
_SPAN_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24}
_SPAN_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)"
ROLLING_PATTERN = regex.compile(
    rf"""
    (?<![\w-])(?:the\s+)?
    (?:
        (?:(?:(?P<n>{_SPAN_COUNT})\s+)?(?P<unit>months?|quarters?|weeks?)|(?P<year_word>year|financial\s+year|fiscal\s+year))
        \s+(?:to|ending|ended|through|until)\s+(?:the\s+end\s+of\s+)?
        # (a span may end on a day: "the 12 months to 30 June 2023", "the week to 12 November 2022")
        (?:(?P<day>{_DAY})\s+(?:of\s+)?)?(?P<month>{_MONTH})(?:\s+(?P<day_after>{_DAY}),?)?\s+(?P<year>{_YEAR})
      | first\s+(?P<first_n>{_SPAN_COUNT})\s+months\s+of\s+(?:the\s+year\s+)?(?P<first_year>{_YEAR})
    )
    (?![\w%]|[.,]\d)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_ROLLING_HINT = re.compile(r"(?i:months?\s+(?:to|end|through|until|of)|year\s+(?:to|end)|quarters?\s+(?:to|end)|"
                           r"weeks?\s+(?:to|end|through|until))")


def rolling_span(m) -> Optional[tuple[str, str]]:
    """(first month, last month) of a ROLLING_PATTERN match, as ISO strings; None for an impossible span."""
    def count(word: str) -> int:
        word = fold(word)
        return int(word) if word.isdigit() else _SPAN_COUNTS[word]

    if m.group("first_year"):
        n, year = count(m.group("first_n")), int(m.group("first_year"))
        return (iso(year, 1), iso(year, n)) if 1 <= n <= 12 else None
    year, last = int(m.group("year")), _month(m.group("month"))
    day = m.group("day") or m.group("day_after")
    unit = fold(m.group("unit") or "")
    n = count(m.group("n")) if m.group("n") else 1
    if unit.startswith("week") and n in (52, 53):
        unit, n = "month", 12  # "the 52 weeks to 24 February 2024": a retailer's financial year, its twelve months
    if unit.startswith("week"):
        # "the week to 12 November 2022", "the four weeks ending 3 March": days, to the day
        if not day or not 1 <= n <= 51:
            return None
        end = iso(year, last, _day(day))
        if not end:
            return None
        first_day = dt.date.fromisoformat(end) - dt.timedelta(days=7 * n - 1)
        return first_day.isoformat(), end
    if not m.group("year_word") and not m.group("n"):
        return None  # ("the month to 30 June": one month, which the month itself names)
    months = 12 if m.group("year_word") or unit == "month" and n == 12 else n * (3 if unit.startswith("quarter") else 1)
    if not 1 <= months <= 36:
        return None
    first = year * 12 + last - 1 - (months - 1)  # months since year 0, zero-based
    return iso(first // 12, first % 12 + 1), iso(year, last)


_DECADE_HINT = re.compile(r"\d0['’]?s")  # what every decade holds: a cheap scan before DECADE_PATTERN's

_AND = regex.compile(r"\band\b")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: Optional[str]  # None for a range
    lower: str
    upper: str
    is_range: bool
    bare_year: bool  # a year with nothing else: may still turn out to be a count ("2000 people")
    year_part: bool = False  # a quarter or half ("Q3 2023"), whose "Q3" alone would read as a code


def _month(name: str) -> int:
    return MONTHS[fold(name).rstrip(".")]


_NOT_DIGIT = regex.compile(r"\D")


def _day(text: str) -> int:
    return int(_NOT_DIGIT.sub("", text))


def iso(year: int, month: Optional[int] = None, day: Optional[int] = None) -> Optional[str]:
    """ISO string at its own precision, or None for an impossible date (30 February)."""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> Optional[str]:
    """'14 June 2012' -> '2012-06-14'; 'April 2010' -> '2010-04'; None for text that is not one date."""
    match = DATE_PATTERN.fullmatch(text.strip())
    return _single_value(match) if match else None


def _single_value(match) -> Optional[str]:
    if match.group("dmy"):
        return iso(int(match.group("dmy_year")), _month(match.group("dmy_month")), _day(match.group("dmy_day")))
    if match.group("mdy"):
        return iso(int(match.group("mdy_year")), _month(match.group("mdy_month")), _day(match.group("mdy_day")))
    if match.group("iso"):
        return iso(int(match.group("iso_year")), int(match.group("iso_month")), int(match.group("iso_day")))
    if match.group("numeric"):
        return _numeric_date(int(match.group("num_a")), int(match.group("num_b")), int(match.group("num_year")))
    if match.group("my"):
        return iso(int(match.group("my_year")), _month(match.group("my_month")))
    return iso(int(match.group("year_value")))


def _numeric_date(a: int, b: int, year: int) -> Optional[str]:
    """"5/17/2018" (month first) or "17/5/2018" (day first): the order is settled only by a part above 12.
    When both could be the month ("5/6/2018") the date is kept at the precision the text settles: its year."""
    if a > 12 >= b:
        return iso(year, b, a)
    if b > 12 >= a:
        return iso(year, a, b)
    if a == b:
        return iso(year, a, b)
    return iso(year) if a <= 12 and b <= 12 else None


def _range_end(text: str, default_year: Optional[int] = None) -> Optional[str]:
    text = text.strip()
    parts = text.split()
    if len(parts) == 2:
        year = int(parts[1])
        return iso(year, _month(parts[0]))
    year = int(text)
    if year < 100 and default_year is not None:
        year = default_year // 100 * 100 + year  # "2010-12" -> 2012
    return iso(year)


# Where a date can start: every pattern above starts with an ASCII digit ("2010", "14 June", "29-30 July"),
# a month, "from", "between" or "since", after something other than a letter or digit. The stdlib `re`
# scans for these positions several times faster than the patterns themselves; it finds more of them,
# never fewer: its case-insensitive letters include all that `regex`'s do ("ſ" for "s" too), and the
# look-behind excludes only ASCII letters, digits and "_", which every pattern's own look-behind or word
# boundary also excludes. (Lower-cased text has the same positions unless it holds "İ".)
_START = re.compile(r"(?:(?<![A-Za-z0-9_])|(?<=FY))(?=[0-9]|(?i:from|between|since|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                    r"nov|dec))")
# The same in lower-cased text (case-insensitive `re` is slow), each start read for what it is.
_START_LOWER = re.compile(r"(?:(?<![a-z0-9_])|(?<=fy))(?:[0-9]|from|between|since|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                          r"oct|nov|dec)")
# Every pattern but DAY_RANGE_PATTERN holds a year: "1" or "2", a digit, then two more digits (a digit that
# is not ASCII is let through, as any character that is not ASCII).
_YEAR_LIKE = re.compile(r"(?:1[5-9]|2[01])[0-9\x80-\U0010ffff]{2}")
# Every spelling of a month starts with one of these (lower-cased).
MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FOUR_DIGITS = regex.compile(r"\d{4}")


def _starts(text: str, start: int, end: int) -> Optional[tuple[list[int], ...]]:
    """Where each pattern can match in text[start:end]: (YEAR_RANGE, SINCE, MONTH_RANGE, DAY_RANGE, DATE)
    start lists, or None for none at all. YEAR_RANGE starts with "from", "between", a month or a year's
    "1" or "2"; SINCE with "since"; MONTH_RANGE with "from", "between" or a month; DAY_RANGE with "from",
    "between" or a digit; DATE with a digit or a month."""
    span = text[start:end]
    low = span.lower()
    if len(low) != len(span) or "\u017f" in span:
        # "İ" lower-cases to two characters, "ſ" matches "s": every start for every pattern.
        found = [m.start() for m in _START.finditer(text, start, end)]
        return (found,) * 5 if found else None
    lead, since, month, digit, year = [], [], [], [], []
    for m in _START_LOWER.finditer(low):
        at = m.start() + start
        word = m.group()
        if word.isdigit():
            digit.append(at)
            if word in "12":
                year.append(at)
        elif word in ("from", "between"):
            lead.append(at)
        elif word == "since":
            since.append(at)
        else:
            month.append(at)
    if not (lead or since or month or digit):
        return None
    return (sorted(lead + month + year), since, sorted(lead + month), sorted(lead + digit), sorted(digit + month))


# A year before 1500 ("founded in 1412", "c. 1250"), read only where nothing but a year can be meant: after "in",
# "since", "by" or "circa" and before the clause ends.
_EARLY_YEAR = regex.compile(r"(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|c\.|ca\.|circa)\s)1[0-4]\d\d(?![\w%]|[.,]\d)"
                            r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|by|after|under|as|but|until|following)\b)")
_EARLY_YEAR_HINT = re.compile(r"(?<![0-9])1[0-4][0-9][0-9](?![0-9])")


def find_dates(text: str, start: int, end: int, published: Optional[dt.date]) -> Iterator[DateMention]:
    """Date mentions in text[start:end], ranges first so their ends are not reported twice."""
    has_year = _YEAR_LIKE.search(text, start, end) is not None
    if not has_year and _COMPACT_HINT.search(text, start, end) is None \
            and _EARLY_YEAR_HINT.search(text, start, end) is None:
        # DAY_RANGE_PATTERN alone can match: it needs a month ("ſep" is not ASCII).
        span = text[start:end]
        if span.isascii():
            span = span.lower()
            if not any(opening in span for opening in MONTH_STARTS):
                return
    starts = _starts(text, start, end)
    if starts is None:
        return
    year_range, since, month_range, day_range, single = starts
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    first: Optional[str]
    second: Optional[str]
    for m in matches_at(YEAR_RANGE_PATTERN, text, year_range, end) if has_year else ():
        first = _range_end(m.group("first"))
        if m.group("to_date"):
            if published is None or not m.group("lead") and _AND.search(m.group(0)):
                continue  # (not "founded in 1998 and now manages ...": a date, then the present)
            second = published.isoformat()
        else:
            second = _range_end(m.group("second"), int(_FOUR_DIGITS.search(m.group("first")).group()))
            # "2010-12" must read as a span of years, not as a year and a month: it needs first <= second.
        if not first or not second or second[:4] < first[:4]:
            continue
        if m.group("second") and not m.group("lead") and _AND.search(m.group(0)):
            continue  # "2007 and 2012" lists two dates; only "between 2007 and 2012" is a span
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, first, second, True, False)

    for m in matches_at(SINCE_PATTERN, text, since, end) if has_year else ():
        if published is None or not free(m.start(), m.end()):
            continue
        day = m.group("day") or m.group("day_after")
        if day:  # ("since 1 January 2023", "since January 1, 2023": the month and year around the day)
            month, year = m.group("first").replace(",", " ").split()[0], m.group("first").split()[-1]
            first = iso(int(year), _month(month), int(regex.sub(r"\D", "", day)))
        else:
            first = _range_end(m.group("first"))
        if not first or first > published.isoformat():
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, first, published.isoformat(), True, False)

    for m in matches_at(MONTH_RANGE_PATTERN, text, month_range, end) if has_year else ():
        if not free(m.start(), m.end()):
            continue
        year = int(m.group("year"))
        first, second = iso(year, _month(m.group("m1"))), iso(year, _month(m.group("m2")))
        if not first or not second or second < first:
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, first, second, True, False)

    for m in matches_at(_YEARLESS_MONTH_RANGE, text, month_range, end) if not has_year and published else ():
        if not free(m.start(), m.end()) or m.group("join").lower() == "and" and not m.group("lead"):
            continue  # ("in March and April": two months; "between March and April" is a span)
        # "from January to August" in a report of September 2022: those months of 2022 (of 2021 in one of May 2022)
        last = _month(m.group("m2"))
        year = published.year if last <= published.month else published.year - 1
        first, second = iso(year, _month(m.group("m1"))), iso(year, last)
        if not first or not second or second < first:
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, first, second, True, False)

    for m in matches_at(DAY_RANGE_PATTERN, text, day_range, end):
        if not free(m.start(), m.end()):
            continue
        if m.group("year"):
            year = int(m.group("year"))
        elif published is not None:
            year = published.year
        else:
            continue
        if m.group("first_month") and m.group("join").lower() == "and" and not m.group("lead"):
            continue  # ("on 8 July and 30 September": two days)
        month = _month(m.group("month"))
        first_month = _month(m.group("first_month")) if m.group("first_month") else month
        first, second = iso(year, first_month, _day(m.group("first_day"))), iso(year, month, _day(m.group("second_day")))
        if not first or not second or second < first:
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, first, second, True, False)

    for m in YEAR_PART_PATTERN.finditer(text, start, end) if has_year and _YEAR_PART_HINT.search(text, start, end) else ():
        span = _year_part_span(m)
        if span is None or not free(m.start(), m.end()):
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, span[0], span[1], True, False, year_part=True)

    for m in COMPACT_PERIOD_PATTERN.finditer(text, start, end) if _COMPACT_HINT.search(text, start, end) else ():
        if not free(m.start(), m.end()):
            continue
        if m.group("fy"):
            value = iso(2000 + int(m.group("fy")))
            taken.append((m.start(), m.end()))
            yield DateMention(m.start(), m.end(), value, value, value, False, False, year_part=True)
            continue
        letter = (m.group("letter") or m.group("letter_first")).lower()
        n = int(m.group("n") or m.group("n_first"))
        span = year_part(letter, n, 2000 + int(m.group("yy") or m.group("yy_first")))
        if span is None:
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, span[0], span[1], True, False, year_part=True)

    for m in ROLLING_PATTERN.finditer(text, start, end) if has_year and _ROLLING_HINT.search(text, start, end) else ():
        span = rolling_span(m)
        if span is None or not free(m.start(), m.end()):
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, span[0], span[1], True, False, year_part=True)

    for m in _EARLY_YEAR.finditer(text, start, end) if _EARLY_YEAR_HINT.search(text, start, end) else ():
        if not free(m.start(), m.end()):
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), m.group(), m.group(), m.group(), False, True)

    for m in matches_at(DECADE_PATTERN, text, single, end) if has_year and _DECADE_HINT.search(text, start, end) else ():
        if not free(m.start(), m.end()):
            continue
        decade = int(m.group("decade")) * 10
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), None, iso(decade), iso(decade + 9), True, False)

    for m in matches_at(DATE_PATTERN, text, single, end) if has_year else ():
        if not free(m.start(), m.end()):
            continue
        value = _single_value(m)
        if value is None:
            continue
        taken.append((m.start(), m.end()))
        yield DateMention(m.start(), m.end(), value, value, value, False, bool(m.group("year")))
