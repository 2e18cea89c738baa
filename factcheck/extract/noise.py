"""Numbers that are not claims: addresses, codes, numbering, citations, labels.

`noise_spans(text)` returns the character spans the extractor must not read
numbers from. Each pattern is a family of non-claims named in docs/claims.md.
"""

from __future__ import annotations

import re
from typing import Optional

import regex

from .dates import MONTH_STARTS, MONTHS, REPORTING_WEEK
from .prefilter import DIGIT, alternation, trie, word_set, words

# One reference inside a citation: an author or body, a year, maybe pages: "Smith et al. 2010: 12".
_CITATION_ITEM = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
_CITATION_ITEM += r"Spring|Summer|Autumn|Fall|Winter)\b)[A-Z][^()\d;]*?,?\s+(?:1[89]|20)\d\d[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?"

# Currency codes and symbols written glued to an amount: "USD115", "EUR50m", "RM79", "Rs500", "MUSD30".
_GLUED_CURRENCY = (r"(?:[Mk]?(?:USD|EUR|GBP|AUD|CAD|NZD|HKD|SGD|CHF|JPY|CNY|INR|MXN|BRL|ZAR|SEK|NOK|DKK|MYR|RUB|KRW|"
                   r"ARS|COP|CLP|PEN|GTQ|PHP|ILS)|RM|Rs\.?|US|NZ)")  # (not "A", "C": "A330-300" is a model's name)

_LABEL_WORDS = (
    "article", "art.", "section", "sec.", "chapter", "ch.", "row", "page", "p.", "pp.", "table", "figure", "fig.",
    "annex", "appendix", "paragraph", "para.", "clause", "tier", "level", "phase", "grade", "version", "vol.",
    "volume", "issue", "item", "step", "room", "seat", "gate", "platform", "route", "highway", "flight", "no.",
    "nos.", "#", "line", "box", "exhibit", "schedule", "part", "resolution", "rule", "title", "amendment",
    "district", "precinct", "ward", "unit", "suite", "apartment", "floor", "channel", "game", "category", "model",
    "episode", "season", "round", "stage", "match", "type", "class", "junction", "exit",
    # (transport: "18.2 million used Terminal 1", "Runway 2", "Pier 4")
    "terminal", "runway", "pier", "zone", "track", "lane", "berth", "concourse", "hangar", "tranche",
    # (emissions by their scope: "Scope 1 emissions", "scope 3")
    "scope",
    # (parliamentary questions by their number: "Question 412", "UIN 12874")
    "question", "uin",
)
# No label word is a prefix of another, so the order in which the pattern tries them does not matter.
assert not any(a != b and b.startswith(a) for a in _LABEL_WORDS for b in _LABEL_WORDS)
# The month spellings of dates.MONTHS, capitalised, longest first.
_MONTH_NAMES = "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True))
_NAMES = (
    "Voyager", "Apollo", "Gemini", "Pioneer", "Mariner", "Viking", "Sputnik", "Soyuz", "Artemis", "Falcon", "Saturn",
    "Windows", "iPhone", "Galaxy", "Xbox", "PlayStation", "Pixel", "Boeing", "Airbus", "Formula", "Vatican",
    "Channel", "Studio", "reactor", "reactors", "unit", "units", "block", "blocks", "turbine", "turbines", "Plan", "Plans", "Option", "Options",
    "Band", "Bands", "Scenario", "Scenarios", "Pillar", "Pillars",
    # aircraft: "ATR 72-600", "Embraer 190", "Cessna 172"
    "ATR", "Embraer", "Cessna", "Bombardier", "Dash", "Comac", "Antonov", "Tupolev", "Sukhoi", "Ilyushin",
    # software named with its version: "Android 14", "iOS 17", "Python 3.12"
    "Android", "iOS", "macOS", "Python", "Java", "Ubuntu", "Debian", "Fedora", "Linux", "Firefox", "Chrome",
    # stock indices and rankings named by their size: "S&P 500", "FTSE 100", "Fortune 500"
    "S&P", "FTSE", "Nikkei", "Stoxx", "STOXX", "ASX", "TSX", "DAX", "CAC", "Fortune",
)

# Each family of non-claims is a list of alternatives, tried in order. Where a family's first alternative
# sets a flag inline ("(?i)", "(?m)"), the flag reaches the family's later alternatives: those families are
# one alternative.
# The ages of an age group, in digits or words: "0 to 4 year olds", "three- and four-year-olds".
_AGE_NUMBER = (r"(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
               r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")
_ALTERNATIVES: dict[str, list[str]] = {
    "url": [r"\b(?:https?://|ftp://|www\.)[^\s<>\"]+",
            r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mx|uk|pdf|html?)\b(?:/[^\s<>\"]*)?"],
    "email": [r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"],
    # +52 55 1234 5678, (555) 123-4567, 1-800-555-0199, 555-0199
    "phone": [r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)\d{3,4}[\s.-]?\d{3,4}\b",
              r"(?<![\w.,])\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b",
              r"(?<![\w.,-])\d{1}-\d{3}-\d{3}-\d{4}\b",
              r"(?<![\w.,-])\d{3}-\d{3}-\d{4}\b",
              r"(?<![\w.,-])\d{3}-\d{4}\b(?!\s*(?:-|–|to))"],
    # Integers written with a leading zero are codes or phone numbers, never amounts: "01800 TRATA".
    # (or a short area code in groups: "020 7946 0123")
    "leading zero": [r"(?<![\w.,])0\d{3,}(?:\s+[A-Z]{3,}\b|(?:[ \t-]\d{2,4}){1,3}\b)?"
                     r"|(?<![\w.,])0\d{1,2}(?:[ \t-]\d{3,4}){2,3}\b(?![.,]\d)"],
    # Letters and digits in one token: "CP25564S-1", "G20", "COVID-19", "MP3", "A4", "ID.4". (The first alternative
    # looks ahead for what it matches anyway, so most words fail at their first test.)
    # Not: an amount glued to its currency code ("USD115", "RM2.70", "$US113", "MUSD 30"), a financial year
    # ("FY2022"), scientific
    # notation ("4e14", "5.5x10-3") or an area or volume ("24703m2", "5 cm3").
    # ("COP26", the climate summit, is no 26 Colombian pesos: a code of one or two digits alone)
    "code": [r"\b(?=[A-Za-z]+[-_/]?\d)(?!(?!COP\d{1,2}\b(?![.,]\d))" + _GLUED_CURRENCY + r"\d)(?!FY(?:19|20)\d\d\b)"
             # (a kwacha, kina or kyat amount: "K1.9 billion", "K450,000"; not "K9", "K2")
             r"(?!K\d[\d.,]*\s*(?:million|billion|trillion|bn|m)\b|K\d{1,3}(?:,\d{3})+\b)"
             r"(?!(?i:minus|negative|sub|under|over|mid|pre|post|top|now|then|"
             r"aged?|about|around|nearly|almost|up|down)-\d)(?<!\$)[A-Za-z]+[-_/]?\d[\w]*(?:[-_/.]\w+|\+\d+)*",
             r"\b(?!\d+(?:[eE][-+]?\d+\b|[x×]10|(?:k|c|m|d)?m[23]\b|ft[23]\b|in[23]\b))\d+[A-Za-z]+\d[\w]*(?:[-_/][\w]+)*",
             r"\b[A-Z]{2,}[-.]\d+\b",
             r"\b(?:ISO|IEC|EN|DIN|ASTM|BS|IEEE|ANSI|RFC|NIST|ISBN|ISSN|DOI)\s?\d+(?:[-:./]\d+)*"],
    # "(Flores 2010)", "(UNODC 2008, ECPAT 2010)", "(US Department of State 2012)", "(Smith et al., 2010: 12)"
    "citation": [r"\((?:e\.g\.,?\s+|see\s+(?:also\s+)?|cf\.\s+)?" + _CITATION_ITEM
                 + r"(?:\s*(?:[;,]|\band\b|&)\s*" + _CITATION_ITEM + r")*\s*\)"],
    # "1." or "2." alone at the start of a line (section numbering), "(1)" before a question or clause.
    "section number": [r"(?m)^[ \t]*(?:#{1,6}[ \t]*)?\d{1,2}(?:\.\d{1,2})*\.?[ \t]*$"
                       # (a Markdown list's items may open in lower case: "1. restore the budget;")
                       r"|(?m)^[ \t]*(?:#{1,6}[ \t]*)?\d{1,2}(?:\.\d{1,2})*[.)][ \t]+(?=[A-Za-z])"
                       r"|(?m)^[ \t]*#{1,6}[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?=[A-Z])"
                       # (a numbered paragraph of a council or committee paper: "4.2 Librarians will be redeployed")
                       r"|(?m)^[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}[ \t]+(?=[A-Z][a-z]{2,}\b)"
                       r"(?!(?:Million|Billion|Trillion|Thousand|Percent|Per|Degrees?|Tonnes?|Hours?|Days?)\b)"
                       # a footnote's own line: "1 Source: National Household Survey 2022."
                       r"|(?m)^[ \t]*\d{1,3}[ \t]+(?=(?:Sources?|See|Notes?|Ibid|Data|Calculated|Based\s+on)\b)"],
    # (at a line's start or after punctuation or "and"/"or": "services (50) and libraries" is a breakdown's figure)
    "list number": [r"(?<![\w)])(?<=(?:^|[:;,.?!\n(]|\band|\bor|\bto)\s{0,3})\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)"
                    r"(?=\s+[A-Za-z“\"‘'])"],
    # A caret after a word marks a footnote ("crime^3"); after a digit it is a power ("10^6").
    # (and after a number too large to raise to a power: "a population of 23,400^2")
    "footnote": [r"\[\d{1,3}\]", r"(?<=[a-z][.,;:”\"])\d{1,2}(?=\s+[A-Z]|\s*$)",
                 r"(?<![\d)])\^\d{1,3}|(?<=,\d{3})\^\d{1,3}"],
    # Labels: the number names something, it does not count it.
    # (but "ranked No. 4", "climbed to number 3": a position in a ranking)
    "label": [r"(?i)"
              # (several scopes of emissions at once, whole: "scope 1 and 2 emissions", "scope 1, 2 and 3")
              r"\bscope\s+[1-3](?:\s*(?:,|and|&|\+|/)\s*[1-3]){1,2}\b|"
              r"\b(?<!\b(?:ranked|ranks|rank|placed|came|comes|sits|sat|stands|stood|finished|finishes|remains|"
              r"remained|to|(?:sits|sat|stands|stood|came\s+in|comes\s+in)\s+at)\s+)" + trie(_LABEL_WORDS) +
              # ("resolution 64/293", "No. 2018/451", "No. 1,234": the whole number)
              # ("season 2022/23" is a period: a season's number is no year)
              r"\s+(?!(?<=(?i:season)\s+)(?:19|20)\d\d\b)"
              r"(?:\d+(?:[\w.-]|[/,]\d)*|one|two|three|four|five|six|seven|eight|nine|ten|[ivxlc]+\b)"],
    # Names of missions, products and series that carry a number: "Voyager 2", "Apollo 11", "Windows 10".
    # ("Boeing 787-9", "ATR 72-600": the variant after a hyphen is part of the name)
    "name number": [
                    # (a scheme's or an option's number, capitalised: "Plan 2 loans", "Option 3", "Band 5 nurses";
                    # before the names below, one of which it is)
                    r"\b(?:Plans?|Options?|Bands?|Scenarios?|Pillars?)\s+\d{1,2}(?:\s*(?:,|and|&|or)\s*\d{1,2})*"
                    r"\b(?![.,]\d|\s*(?:%|per\s*cent|percent|million|billion))|"
                    r"\b(?:" + "|".join(_NAMES) + r")\s+\d{1,3}(?:-\d{1,4}\b(?![.,]\d)|(?:\.\d{1,2}){1,2}\b"
                    r"(?=\s+(?:[a-z]|[A-Z]{2}))(?!\s*(?:million|billion|bn|m|per|percent)\b))?"
                    r"\b(?!\s*(?:%|per\s*cent|percent))"
                    # (a unit of a plant by its number: "the Mochovce 3 reactor", "Units 1 and 2", "Reactor 4")
                    r"|(?<=\b[A-Z][a-z]{2,}\s)(?<!\b(?:[Ii]n|of|at|across|for|by|and|with)\s+[A-Z][a-z]{2,}\s)\d{1,2}"
                    r"(?=\s+(?:reactor|unit|block|turbine)s?\b)"
                    r"|\b(?:Units|Reactors|Blocks|Reactor|Block)\s+\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2}\b)*"],
    # The ends of a rating scale: "on a scale from one to ten", "(1-5 scale)".
    # (The family reads "(?i)A|B": the flag reaches B, so B alone is "(?i)B".)
    "scale": [r"(?i)\bscale\s+(?:of|from)\s+\w+\s+to\s+\w+", r"(?i)\b\w+\s*(?:-|to)\s*\w+\s+scale\b"],
    # Quoted words that happen to be numbers: "'Minus One'".
    "quoted word": [r"(?i:[‘'“\"](?:minus\s+)?(?:one|two|three|zero)[’'”\"])"],
    # Times of day say when, not how many: "2 p.m.", "1.56pm", "10:30 a.m.", "17:22", "1:36.6" (a lap time).
    "time of day": [r"(?<![\w.,:])\d{1,2}(?:[:.][0-5]\d)?\s?(?i:[ap]\.m\.?|[ap]m\b)",
                    r"(?<![\w.,:])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?(?![\d:])"],
    # A day of a month whose year is not written ("on Oct. 31", "by 14 June"): when, not how many. Which
    # year is meant is not known ("on 14 June" in a 2019 report may tell of 2012), so it is no date claim
    # either. The month is capitalised: "3 may apply" is no date.
    "day of month": [r"(?<![\w.,-])(?-i:" + _MONTH_NAMES + r")\.?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                     r"(?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?\b"
                     # (a dash before words is a dateline's: "ABIDJAN, Oct 2 – Cocoa prices rose")
                     r"(?!,?\s+(?:1[5-9]|2[01])\d\d\b|\s*(?:%|[-–](?!\s+[A-Z][a-z])|per\s*cent|percent|million|billion|"
                     r"thousand)|[.,]\d)",
                     r"(?<![\w.,$€£-])(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?"
                     r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:" + _MONTH_NAMES
                     + r")\b\.?(?!,?\s+(?:1[5-9]|2[01])\d\d\b)"],
    # Machine timestamps: "2019-09-01T10:38:07.190Z".
    "timestamp": [r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"],
    # A year glued to "s" that is no decade ("2018s best sector", an apostrophe lost): not seconds.
    "year and s": [r"(?<![\w.,-])(?:1[5-9]|20)\d[1-9]s\b"],
    # A generation or dimension named by a number and a capital letter that is no unit: "5G networks",
    # "3D printers" ("5 g" and "5g" are grams).
    "generation": [r"(?<![\w.,$€£-])\d{1,2}[GD]\b"],
    # Web page furniture: a reading time ("4 min read"), a copyright notice ("© 2021", "Copyright 2019-2021") and
    # a page's age ("Updated 3 hours ago").
    "page furniture": [r"(?i:\b\d{1,3}[\s-]*(?:min|mins|minute|minutes)[\s-]+read\b)",
                       r"(?:©|\([cC]\)|\b[Cc]opyright)\s*(?:©\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b",
                       r"(?i:\b(?:updated|posted|published|edited)\s+(?:\d{1,3}|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|"
                       r"days?|weeks?|months?)\s+ago\b)"],
    # Test statistics: a p-value ("p<0.001", "P = 0.03") and a confidence level ("95% CI", "95% confidence
    # interval"), which say how sure a study is, not what it found.
    "statistic": [r"(?<![\w.])[pP]\s*(?:[<>=≤≥]|&lt;|&gt;)\s*0?\.\d+",
                  r"(?<![\w.,])(?:90|95|99)(?:\.\d)?\s?%\s*(?:CI\b|(?i:confidence|credible|uncertainty)\s+interval)"],
    # Groups named by an age ("over-65s", "the under-25s", "18-24s") and references of numbers and letters between
    # slashes ("23/01234/FUL", a planning application): names, not amounts.
    # A service named by its number: "the 999 emergency service", "the 111 non-emergency line".
    # ("emergency 999 calls", "1.2 million 911 calls": the number of the line; "the 300 calls" are calls)
    "service number": [r"(?i:\bthe\s+\d{3}(?=\s+(?:emergency|non-emergency|helpline|hotline))"
                       r"|(?:\bthe\s+)?(?<![\w.,-])(?:999|911|112|111|101|988|000)(?=\s+(?:emergency|non-emergency|"
                       r"helpline|hotline|line|number|service|calls?|operators?)\b))"],
    "group or reference": [r"(?i:\b(?:over|under)-?\d{1,3}s\b)|(?<![\w.,/-])\d{1,2}[-–]\d{1,2}s\b",
                           r"(?<![\w/])\d+(?:/[0-9A-Za-z]+){2,}\b"],
    # A school year named by its number: "Year 7 pupils", "sat Year 11 exams" (capitalised: "year 7" of a plan is
    # a time).
    "school year": [r"\bYear\s+(?:1[0-3]|[1-9])\b(?![\d,.])"],
    # A vote's tally: "approved on a 5-2 vote", "voted 7-4 to close it": how a decision went, not two counts.
    "vote tally": [r"(?i:(?<![\w.,-])\d{1,2}\s*[-–]\s*\d{1,2}(?=\s+(?:votes?|decision|majority|split|ruling|verdict)\b)"
                   r"|(?<=\bvoted\s+)\d{1,2}\s*[-–]\s*\d{1,2}\b)"],
    # An ordinal that names a stage or a body, not a place in a ranking: "the sixth form", "third-year students",
    # "the Court of First Instance", "the second reading".
    "ordinal name": [r"(?i:(?<![\w-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
                     r"(?:[\s-]+(?:form|instance|chamber|reading)s?\b|-(?:year|grade)\s+(?=[a-z])))"],
    # Around the clock: "open 24/7", "24/365" (no fraction of 24).
    "around the clock": [r"(?<![\w/.])24\s*/\s*(?:7|365)(?![\w/])"],
    # A telephone number written with spaces: "800 911 2000", "01 800 832 7700".
    "spaced phone": [r"(?<![\w.,-])(?:0[0-9]\s)?[0-9]{3}\s[0-9]{3}\s[0-9]{4}\b(?![.,]\d)"],
    # The year of an author named in the text: "According to the CNDH (2019),", "Human Rights Watch (2021) found".
    "author's year": [r"(?<=\b(?:[A-Z][\w.&'’-]*|et\s+al\.?)\s?)\(\s*(?:19|20)\d\d[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+"
                      r"(?:[-–]\d+)?)?\s*\)(?=\s*(?:,|found|finds|reports?|reported|says?|said|shows?|showed|"
                      r"estimates?|estimated|notes?|noted|counted|recorded|documented|states?|stated|argues?|argued)\b|,)"],
    # A point or stage of a study named by its number: "completed week 52", "at day 28", "cohort 2", "cycle 3", and
    # a reporting week of a surveillance system: "epidemiological week 23".
    "timepoint": [r"(?i:(?<=\b(?:at|by|on|until|through|to|from|completed|reached|after|before|in)\s+)(?:week|day|month|visit)"
                  r"\s+\d{1,3}\b(?![.,]\d|\s*(?:%|per\s*cent|percent|of\b))|\b(?:cohort|cycle|arm)\s+\d{1,2}\b(?![.,]\d))",
                  "(?i:" + REPORTING_WEEK + ")"],
    # A telephone number spelt partly in letters, or in three short groups: "1-800-MUJER", "0-800-555".
    # (and a helpline's short number: "the national helpline 155", not the first group of "hotline 800 911 2000")
    # An age group named by its ages: "0 to 4 year olds", "three- and four-year-olds", "5-year-olds" (which
    # children, not how many).
    "age group": [r"(?i:(?<![\w.,-])" + _AGE_NUMBER + r"(?:-?\s*(?:to|and|-|–)\s*" + _AGE_NUMBER
                  + r")?[\s-]+years?[\s-]+olds\b)"],
    "vanity phone": [r"(?<![\w.,-])\d{1,2}-\d{3}-(?:\d{3,4}-)?[A-Z]{3,}\b|(?<![\w.,-])[01]-\d{3}-\d{3,4}\b(?![-–.,]\d)"
                     r"|(?<=\b(?i:helpline|hotline)\s)\d{2,4}\b(?![\s.,-]*\d|\s*(?:%|(?i:per|percent|hours?|days?|times?|calls?|"
                     r"a\s+day)\b))"],
    # A quoted title whose number word is a word of the name: the "Ready in Five" campaign, "Home by Ten".
    "quoted title": [r"[“\"](?:(?:[A-Z][\w'’-]*|in|by|of|the|and|for|to|at|on|a)\s+){0,5}(?:One|Two|Three|Four|Five|"
                     r"Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Fifty|Hundred|Thousand|Million)"
                     r"(?:\s+(?:[A-Z][\w'’-]*|in|by|of|the|and|for|to|at|on|a)){0,5}[”\"]"],
}
_PATTERNS: dict[str, str] = {name: "|".join(alternatives) for name, alternatives in _ALTERNATIVES.items()}
_PATTERNS["scale"] = _ALTERNATIVES["scale"][0] + "|" + _ALTERNATIVES["scale"][1][len("(?i)"):]

# All families in one pattern: at each position the first alternative that matches wins. noise_spans()
# finds the same spans faster, running only the alternatives that `_possible` says can match.
NOISE_PATTERN = regex.compile("|".join(f"(?P<{regex.sub(r'[^a-z]', '_', name)}>{p})" for name, p in _PATTERNS.items()))

_LABEL_RUNS = word_set(*_LABEL_WORDS)
# What the month of "day of month" starts with, as written: "May" (not "may"), "Sept.".
_MONTH_OPENINGS = tuple(start.capitalize() for start in MONTH_STARTS)
# Where "day of month" can begin: its month ("Oct. 31") or the ASCII digit of its day ("14 June").
_MONTH_OPENING = re.compile("|".join(_MONTH_OPENINGS))
_ASCII_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]")
_DAY_STRETCH = frozenset("0123456789-–stndrhoaf")  # digits, "st nd rd th", "to", "and", "of", dashes
_DIGIT_COLON = re.compile(r"\d:[0-5]")  # `re`'s \d knows every digit `regex`'s does
_DIGIT_T = re.compile(r"\dT\d")
_DIGIT_S = re.compile(r"[0-9\x80-\U0010ffff]s")  # (a character that is not ASCII may be a digit `\d` knows)
_NAME_RUNS = word_set(*_NAMES)
_TLD = re.compile(r"\.(?:com|org|net|gov|edu|int|mx|uk|pdf|htm)")  # literal text: the same in `re`

# Byte classes for gates, one a character of `text.encode("ascii", "replace")`, where every character that
# is not ASCII is "?": ASCII capitals to "A", small letters to "a", digits and "?" to "0" (a character that is
# not ASCII may be a digit `\d` knows), the ASCII characters `\s` matches to " ", "-", "_" and "/" to "-",
# other characters unchanged.
_CLASSES = bytes(
    ord("A") if 65 <= c <= 90 else ord("a") if 97 <= c <= 122 else ord("0") if 48 <= c <= 57 or c == ord("?")
    else ord(" ") if c in b" \t\n\x0b\x0c\r" else ord("-") if c in b"-_/" else c
    for c in range(256)
)

# Every alternative, in the order NOISE_PATTERN tries them: (reason, pattern).
_ALTERNATIVE_PATTERNS: list[tuple[str, regex.Pattern[str]]] = [
    (name, regex.compile(pattern)) for name, alternatives in _ALTERNATIVES.items() for pattern in alternatives
]
assert len(_ALTERNATIVE_PATTERNS) == 50  # _possible() names them by index


_SERVICE_RUNS = frozenset((b"calls", b"call", b"emergency", b"line", b"number", b"service", b"operators", b"operator"))


def _possible(text: str, runs: set[bytes], classes: bytes) -> list[int]:
    """The indexes of the alternatives that can match in text, in order. runs: prefilter.words(text);
    classes: text in _CLASSES.

    Each test is necessary for its alternative to match anywhere in text: a text it rules out has no match.
    """
    found = []
    digit = DIGIT.search(text) is not None
    if "://" in text or "www." in text:
        found.append(0)
    if "." in text and _TLD.search(text):
        found.append(1)
    if "@" in text:
        found.append(2)
    if digit:
        # phone: "(555) 123-4567", "+52 ...", "555-0199"
        if "(" in text:
            found.append(3)
        if "+" in text:
            found.append(4)
        if "-" in text:
            found.extend((5, 6, 7))
        if "0" in text:
            found.append(8)  # leading zero
    # code: every alternative holds a letter, maybe a separator, then a digit ("G20", "COVID-19", "ISO 9001").
    if b"a0" in classes or b"A0" in classes or b"a-0" in classes or b"A-0" in classes or b"A 0" in classes \
            or b"A.0" in classes:
        found.extend((9, 10, 11, 12))
    if digit:
        if "(" in text and ")" in text:
            found.append(13)  # citation
        # section number: a line that opens with a digit, after spaces, tabs and "#"
        if "\n" in text:
            found.append(14)
        else:
            first = text.lstrip(" \t#")[:1]
            if first.isdecimal() or not first.isascii():  # a digit that `\d` knows and Python may not
                found.append(14)
    if "(" in text and ")" in text:
        found.append(15)  # list number
    if digit:
        # footnote: "[12]", "crime.12 The", "^3"
        if "[" in text:
            found.append(16)
        if b"a.0" in classes or b"a,0" in classes or b"a;0" in classes or b"a:0" in classes or b'a"0' in classes \
                or "”" in text:  # (a "?" in the text is a "0" too: a test that says "maybe" more often)
            found.append(17)
        if "^" in text:
            found.append(18)
    if "#" in text or not _LABEL_RUNS.isdisjoint(runs):
        found.append(19)  # label
    if digit and not _NAME_RUNS.isdisjoint(runs):
        found.append(20)  # name number
    if b"scale" in runs:
        found.extend((21, 22))
    if "'" in text or '"' in text or "‘" in text or "“" in text:
        found.append(23)  # quoted word
    if digit:
        if b"am" in runs or b"pm" in runs or ".m" in text or ".M" in text:
            found.append(24)  # time of day: "2 p.m.", "9am"
        if ":" in text and _DIGIT_COLON.search(text):
            found.append(25)  # time of day: "17:22"
        if any(month in text for month in _MONTH_OPENINGS):
            found.extend((26, 27))  # day of month (its month is capitalised)
        if "T" in text and _DIGIT_T.search(text):
            found.append(28)  # timestamp
        if b"s" in runs and _DIGIT_S.search(text):
            found.append(29)  # year and s
        if b"0A" in classes:
            found.append(30)  # generation: "5G"
        if b"read" in runs:
            found.append(31)  # reading time: "4 min read"
        if "©" in text or "(c)" in text or "(C)" in text or b"copyright" in runs:
            found.append(32)  # copyright notice
    if b"ago" in runs and not _PAGE_AGE_RUNS.isdisjoint(runs):
        found.append(33)  # a page's age: "Updated 3 hours ago"
    if digit:
        if b"p" in runs:
            found.append(34)  # p-value
        if "%" in text and not _INTERVAL_RUNS.isdisjoint(runs):
            found.append(35)  # confidence level
        if b"the" in runs or not _SERVICE_RUNS.isdisjoint(runs):
            found.append(36)  # service number: "the 999 emergency service", "999 calls"
        if b"s" in runs and _DIGIT_S.search(text):
            found.append(37)  # age group: "over-65s", "18-24s"
        if text.count("/") >= 2:
            found.append(38)  # reference: "23/01234/FUL"
        if b"year" in runs and "Year" in text:
            found.append(39)  # school year: "Year 7"
        if ("-" in text or "–" in text) and not _TALLY_RUNS.isdisjoint(runs):
            found.append(40)  # vote tally: "a 5-2 vote"
    if not _ORDINAL_RUNS.isdisjoint(runs) and not _ORDINAL_NAME_RUNS.isdisjoint(runs):
        found.append(41)  # ordinal name: "the sixth form"
    if "24" in text and "/" in text:
        found.append(42)  # around the clock: "24/7"
    if digit and _SPACED_DIGITS.search(text):
        found.append(43)  # spaced phone: "800 911 2000"
    if digit and "(" in text and ")" in text:
        found.append(44)  # author's year: "the CNDH (2019),"
    if digit and not _TIMEPOINT_RUNS.isdisjoint(runs):
        found.extend((45, 46))  # timepoint: "week 52", "epidemiological week 23"
    if b"olds" in runs:
        found.append(47)  # age group: "0 to 4 year olds"
    if digit and ("-" in text or not _HELPLINE_RUNS.isdisjoint(runs)):
        found.append(48)  # vanity phone: "1-800-MUJER", "helpline 155"
    if '"' in text or "“" in text:
        found.append(49)  # quoted title: the "Ready in Five" campaign
    return found


_SPACED_DIGITS = re.compile(r"[0-9]{3}\s[0-9]{3}\s[0-9]")  # (`re`'s \s knows every space `regex`'s does)
_TIMEPOINT_RUNS = word_set("week weeks day month visit cohort cycle arm")
_HELPLINE_RUNS = word_set("helpline hotline")


_TALLY_RUNS = word_set("vote votes voted decision majority split ruling verdict")
_ORDINAL_RUNS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
_ORDINAL_NAME_RUNS = word_set("year grade form forms instance instances chamber chambers reading readings")


_INTERVAL_RUNS = word_set("ci interval")


_PAGE_AGE_RUNS = word_set("updated posted published edited")


# Where the slowest alternatives can begin: every position where one can match, and maybe more (each test
# below is necessary for a match there), found with plain string and byte scans.
_CODE_CLASSES = re.compile(rb"[Aa]+-?0")  # letters, maybe "-", "_" or "/", a digit, in the byte classes
# The label words by their first run of letters (prefilter.words), lower-cased.
_LABEL_BY_RUN: dict[bytes, list[str]] = {}
for _word in _LABEL_WORDS:
    for _run in word_set(_word):
        _LABEL_BY_RUN.setdefault(_run, []).append(_word)
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_ASCII_STRETCH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_ \t\n\x0b\x0c\r-")


def _code_starts(classes: bytes) -> list[int]:
    """Where the first "code" alternative can match: a run of ASCII letters, maybe "-", "_" or "/", a digit."""
    return [m.start() for m in _CODE_CLASSES.finditer(classes)]


# In the two functions below, low is the text lower-cased, with no character that `regex.IGNORECASE` takes
# for an ASCII letter other than the ASCII letters themselves (no "İ", Kelvin sign, "ſ"): the same length as
# the text, its ASCII letters in lower case. A character that is not ASCII is taken for anything the
# patterns may match there (a letter, a digit, a space), so these find more positions, never fewer.

def _label_starts(low: str, runs: set[bytes]) -> list[int]:
    """Where "label" can match: a label word that does not follow a letter, digit or "_" and that comes
    before a space, or "#" after one of those."""
    starts = []
    n = len(low)
    for run in _LABEL_RUNS.intersection(runs):
        for word in _LABEL_BY_RUN[run]:
            size = len(word)
            at = low.find(word)
            while at != -1:
                if (at == 0 or low[at - 1] not in _ASCII_WORD) and at + size < n and low[at + size].isspace():
                    starts.append(at)
                at = low.find(word, at + 1)
    at = low.find("#")
    while at != -1:
        if at > 0 and (low[at - 1] in _ASCII_WORD or not low[at - 1].isascii()):
            starts.append(at)
        at = low.find("#", at + 1)
    starts.sort()
    return starts


def _scale_starts(low: str) -> list[int]:
    """Where the second "scale" alternative can match. It matches word characters, spaces and hyphens
    only, ending with "scale" after a space: it starts at a word in the stretch of such characters before
    an occurrence of "scale"."""
    starts: set[int] = set()
    at = low.find("scale")
    while at != -1:
        if at > 0 and low[at - 1].isspace():
            start = at
            while start > 0 and (low[start - 1] in _ASCII_STRETCH or not low[start - 1].isascii()):
                start -= 1
            starts.update(i for i in range(start, at)
                          if (low[i] in _ASCII_WORD or not low[i].isascii())
                          and (i == 0 or low[i - 1] not in _ASCII_WORD))
        at = low.find("scale", at + 1)
    return sorted(starts)


def noise_spans(text: str, runs: Optional[set[bytes]] = None) -> list[tuple[int, int, str]]:
    """Sorted (start, end, reason) spans in which numbers are not claims. runs: prefilter.words(text), if known.

    The spans of `NOISE_PATTERN.finditer(text)`: each alternative that can match is searched alone (the
    slowest only where they can begin), and the leftmost match wins, the earlier alternative on a tie, as
    in the alternation. (No alternative matches the empty string.)
    """
    if runs is None:
        runs = words(text)
    classes = text.encode("ascii", "replace").translate(_CLASSES)
    possible = _possible(text, runs, classes)
    if not possible:
        return []
    low = None
    if 19 in possible or 22 in possible:
        low = text.lower()
        if len(low) != len(text) or "\u212a" in text or "\u017f" in text:
            low = None  # "İ" lower-cased is two characters; the Kelvin sign and "ſ" match "k" and "s"
    alternatives = []
    months = None  # where a capitalised month opens, found once for the two "day of month" alternatives
    for i in possible:
        starts = None
        if i == 9:
            starts = _code_starts(classes)
        elif i == 19 and low is not None:
            starts = _label_starts(low, runs)
        elif i == 22 and low is not None:
            starts = _scale_starts(low)
        elif i == 26:
            months = months if months is not None else [m.start() for m in _MONTH_OPENING.finditer(text)]
            starts = months
        elif i == 27:
            # a day, maybe a second day, maybe "of", then the month: the day starts in the stretch before the
            # month made only of what can stand between them ("29 to 30 of July", "3rd - 4th June")
            months = months if months is not None else [m.start() for m in _MONTH_OPENING.finditer(text)]
            found: set[int] = set()
            for p in months:
                q = p
                while q > 0 and (text[q - 1] in _DAY_STRETCH or text[q - 1].isspace()):
                    q -= 1
                found.update(m.start() for m in _ASCII_DIGIT_RUN.finditer(text, q, p))
            starts = sorted(found)
        alternatives.append((_ALTERNATIVE_PATTERNS[i][1], starts))
    return [(m.start(), m.end(), _ALTERNATIVE_PATTERNS[possible[k]][0])
            for k, m in alternation(text, 0, len(text), alternatives)]


class NoiseIndex:
    """Answers 'is this offset inside a non-claim?' in O(log n)."""

    def __init__(self, text: str, runs: Optional[set[bytes]] = None) -> None:
        self.spans = noise_spans(text, runs)
        self._starts = [s for s, _, _ in self.spans]

    def add(self, start: int, end: int, reason: str) -> None:
        import bisect

        i = bisect.bisect_left(self._starts, start)
        self.spans.insert(i, (start, end, reason))
        self._starts.insert(i, start)

    def covering(self, start: int, end: int):
        import bisect

        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0:
            s, e, reason = self.spans[i]
            if s <= start and end <= e:
                return reason
        # A number that begins a noise span ("2" of "2-3 scale") also counts.
        j = i + 1
        if j < len(self.spans) and self.spans[j][0] < end and self.spans[j][0] >= start:
            return self.spans[j][2]
        return None


# Nouns for a text's own parts: "this article answers four questions", "Two points are criticised".
# A count of these describes the document, not the world, so it is not a claim.
DISCOURSE_NOUNS = frozenset(
    """
    question answer point way reason thing aspect section chapter part paragraph example lesson
    recommendation change step option scenario factor area topic theme argument conclusion observation
    finding idea goal objective pillar
    """.split()
)
