"""Numbers as people write them: digits, separators, decimals, scale words, words, fractions.

`find_numbers(text)` yields every number mention with its value; `parse_number`
turns one written number back into a float and returns None for text that is
not a number (never an exception), so callers can try it on anything.

Supported spellings, each a general rule of written English:

* digits: "1234.5", "1,234,567.89", "1 234 567" (space-grouped thousands),
  "12,34,567.89" (Indian grouping), ".25", signs "-5", "−273.15";
* scientific notation: "4e14", "-1.2e-3", "2.48×10−5", "1.3x10^6", powers "2^10";
* scale words after digits: "2.4 million", "13 lakh", "3 hundred and 21";
* fractions: "3/4", "2 1/2", "½", "2½";
* words: "twenty-one", "one hundred and six", "a dozen", "two thirds",
  "one and a half", "half a million", "two point five", "minus ten".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from . import units
from .prefilter import alternation, fold, trie, word_set, words

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
ZERO_WORDS = {"nought": 0, "naught": 0}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}
# Abbreviated scales. "m" and "b" are scales only after a currency ("$4.2m") or where
# no unit can be meant; elsewhere "5m" is five metres, so the scanner decides, not this table.
SCALE_ABBREVIATIONS = {
    "k": 1_000, "thousand": 1_000, "mn": 1_000_000, "mln": 1_000_000, "m": 1_000_000, "mil": 1_000_000,
    "mio": 1_000_000, "mm": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "b": 1_000_000_000,
    "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "tln": 1_000_000_000_000, "t": 1_000_000_000_000,
    "lakh": 100_000, "lakhs": 100_000,
    "crore": 10_000_000, "crores": 10_000_000,
}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
# Denominators of fractions in words: "a third", "three quarters", "a hundredth". "first" and
# "second" are never denominators ("a second" is a unit of time).
DENOMINATOR_WORDS = {
    **{w: v for w, v in ORDINAL_WORDS.items() if v >= 3},
    "half": 2, "halve": 2, "halves": 2, "quarter": 4,
    "thousandth": 1_000, "millionth": 1_000_000, "billionth": 1_000_000_000, "trillionth": 1_000_000_000_000,
}

CARDINAL_WORDS = {**UNITS_WORDS, **TENS_WORDS}

# Unicode vulgar fractions.
VULGAR_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
    "⅑": 1 / 9, "⅒": 1 / 10,
}


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_CARD = _alternation(list(CARDINAL_WORDS) + list(ZERO_WORDS))
_SCALE = _alternation(SCALE_WORDS)
_ORD = _alternation(ORDINAL_WORDS)
_DEN = _alternation([w for w in DENOMINATOR_WORDS if w != "halve"] + ["halves"])
_TENS = _alternation(TENS_WORDS)
_UNIT_ORD = _alternation([w for w, v in ORDINAL_WORDS.items() if v < 10])
_VULGAR = "".join(VULGAR_FRACTIONS)

# --------------------------------------------------------------------------- digits

DIGITS = r"""
    (?:
        \d{1,3}(?:,\d{3})+(?:\.\d+)?                         # 1,234,567.89
      | \d{1,2},(?:\d{2},)+\d{3}(?:\.\d+)?                   # 12,34,567.89 (Indian grouping)
      | \d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,])  # 1 234 567 (space-grouped thousands)
      | \d+(?:\.\d+)?                                        # 1234.5
      | \.\d+                                                # .25
    )
"""
_MINUS_SIGN = "−-"  # the minus sign U+2212 and hyphen-minus (last, so it is literal in a class)

# A digit number, optionally signed, with an exponent, a fraction or a scale word.
# A hyphen is a minus sign only where it cannot join a range or a code: "-5", "(-3)", not "5-10".
DIGIT_NUMBER = rf"""
    (?:
        (?P<sign>(?<![\w.,/)%-])[{_MINUS_SIGN}](?=\.?\d))
      | (?P<minus_word>(?<!\bplus\s+or\s+)\b(?:minus|negative)[\s-]+(?=\.?\d))  # (not a margin: "plus or minus 3")
      | (?<=(?<![\w.,/)][-–—][\d,.]*)(?<!/[\d,.]*)\d[kKmMbB%]?\s?[-–—]\s?)  # the second end of "5-10", "-78-0"
      | (?<=\b(?i:sub|under|over|mid|pre|post|top)-)             # "sub-7 nanometre", "mid-30"
      | (?<![\w.,/{_MINUS_SIGN}])(?<!\d,)
      | (?<=(?<![\w$])(?-i:[A-Z]{{2,4}}|Rs\.?|\$US|\$A|\$NZ|kUSD|kEUR))           # "USD115", "RM2.70", "$US113"
      | (?<=(?<![\w$])(?-i:K))(?=[\d.,]*\d\s*(?:million|billion|trillion|bn)\b|\d{{1,3}}(?:,\d{{3}})+(?![\d,]))  # "K1.9 billion"
    )
    (?P<digits>{DIGITS})
    (?:
        (?P<fraction>\s*[/⁄]\s*(?P<denominator>\d{{1,4}})(?![\d/]|\.\d))
      | (?P<mixed>\s+(?P<mixed_num>\d{{1,3}})\s*[/⁄]\s*(?P<mixed_den>\d{{1,4}})(?![\d/]|\.\d))
      | \s?(?P<vulgar>[{_VULGAR}])
      | (?P<exponent>[eE](?P<e_power>[-+−]?\d{{1,3}})(?!\w|\.\d)
          | \s?[x×]\s?10(?:\s?(?:\^|\*\*)\s?(?P<x_power>[-+−]?\d{{1,3}})|(?P<x_neg>[-−]\d{{1,3}})|(?P<x_sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}}))(?!\d|\.\d)
          | (?<!,\d{{3}})\^(?P<caret_power>[-+−]?\d{{1,3}})(?!\d|\.\d))  # (not "23,400^2": a footnote)
    )?
    (?![.,]?\d)
    (?:\s*(?P<digit_scale>(?:{_SCALE})s?(?:\s+(?:{_SCALE}))*|dozens?|dzs?|doz|dozs)\b)?
"""

# A number in words is found as a run of number words, then read by `_read_words`, which
# may split the run ("eight and 22" stays two numbers) or drop words at its ends.
_WORD_TOKEN = rf"""(?:(?:{_TENS})-(?:{_UNIT_ORD})s?|(?:{_CARD}|{_SCALE}|dozen|lakh|crore)s?|(?:{_DEN})s?)"""
_WORD_GLUE = r"(?:and|a|an|point|of\s+an?|&)"
WORD_RUN = rf"""
    (?P<words>
        \b(?:(?<!\bplus\s+or\s+)(?:minus|negative)[\s-]+)?
        (?:(?:a|an|half)[\s-]+(?=(?:{_WORD_TOKEN})\b))?
        {_WORD_TOKEN}
        (?:(?:\s*-\s*|\s+)(?:{_WORD_GLUE}(?:\s*-\s*|\s+))*{_WORD_TOKEN})*
        \b
    )
"""

NUMBER_PATTERN = regex.compile(
    rf"""
    (?P<number>
        (?P<vulgar_alone>(?<![\w.])[{_VULGAR}])
      | {DIGIT_NUMBER}
      | {WORD_RUN}
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# NUMBER_PATTERN's three alternatives, each alone, for find_numbers().
_VULGAR_ALONE = regex.compile(rf"(?P<vulgar_alone>(?<![\w.])[{_VULGAR}])", regex.VERBOSE | regex.IGNORECASE)
_DIGIT_NUMBER = regex.compile(DIGIT_NUMBER, regex.VERBOSE | regex.IGNORECASE)
_WORD_RUN = regex.compile(WORD_RUN, regex.VERBOSE | regex.IGNORECASE)
_VULGAR_CHAR = re.compile(f"[{_VULGAR}]")
# Where a number in digits can begin: a digit not after an ASCII digit (none of DIGIT_NUMBER's look-behinds
# allows one), ".5", a sign before a digit, "minus"/"negative". Every character that is not ASCII counts as
# a digit, since `\d` knows digits that Python's `re` may not; `re`'s case-insensitive letters and its `\s`
# include all of `regex`'s.
_D = "[0-9\x80-\U0010ffff]"
_DIGIT_START = re.compile(rf"(?<![0-9]){_D}|\.(?={_D})|[-−](?=\.?{_D})|(?i:minus|negative)(?=[\s-])")
_ASCII_DIGITS = re.compile(r"[0-9]+")
_MINUS_WORD = re.compile(r"(?i:minus|negative)")
# The words of _WORD_TOKEN, and their plurals: a number in words holds at least one of them, between
# non-letters.
_TOKEN_WORDS = (list(CARDINAL_WORDS) + list(ZERO_WORDS) + list(SCALE_WORDS) + ["dozen", "lakh", "crore"]
                + list(DENOMINATOR_WORDS) + [w for w, v in ORDINAL_WORDS.items() if v < 10])
_NUMBER_RUNS = word_set(*[w + s for w in _TOKEN_WORDS for s in ("", "s")])
# Where a number in words can begin: a word that opens one of _WORD_TOKEN's words, or "a", "an", "half",
# "minus", "negative" before a space or hyphen, not after an ASCII letter or digit.
# (not the number of a group's name: "under-five mortality", "the over-sixties")
_WORD_START = re.compile(rf"(?<![A-Za-z0-9_])(?<!(?i:under)-)(?<!(?i:over)-)(?i:(?:minus|negative|an?|half)[\s-]|"
                         rf"{trie(_TOKEN_WORDS)})")

ORDINAL_PATTERN = regex.compile(
    rf"""
    \b(?:
        (?P<digit_ordinal>\d+)(?:st|nd|rd|th)
      | (?:(?P<tens>{_alternation(TENS_WORDS)})\s*-?\s*)?(?P<word_ordinal>{_ORD})
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: float
    in_words: bool
    decimals: int  # digits after the decimal point as written: the precision of the number
    has_separator: bool  # "2,000" rather than "2000": never a year
    scale: float = 1.0  # the scale word the mention ends with ("2.4 million": 1e6), 1 if none
    fraction: bool = False  # written as a fraction: "3/4", "two thirds", "½"
    signed: bool = False  # written with a sign or "minus": "-5", "minus 10"


# --------------------------------------------------------------------------- parsing helpers


def _tidy(value: float) -> float:
    """Round away float noise (2.4 * 1e6 = 2399999.9999999995) at 15 significant digits."""
    if value == 0 or not math.isfinite(value):
        return float(value)
    if type(value) is float and abs(value) < 1e15 and value.is_integer():
        return value  # a whole number of at most 15 digits: written at 15 significant digits, it is itself
    rounded = float(f"{value:.15g}")
    return float(int(rounded)) if rounded == int(rounded) and abs(rounded) < 1e18 else rounded


def _float(text: str) -> float:
    return float(text.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
                 .replace("\u2009", "").replace("−", "-"))


_SIGNED_DIGITS = regex.compile(rf"-?{DIGITS}", regex.VERBOSE)
_DIGITS_AND_SCALE = regex.compile(rf"([-−]?{DIGITS})\s*(bn|mn|mln|bln|trn|tn|k)", regex.VERBOSE | regex.IGNORECASE)
_WORD_END = regex.compile(r"[-\w]$")


def parse_digits(text: str) -> Optional[float]:
    """'1,234.5' -> 1234.5; None when the text is not a plain digit number."""
    cleaned = text.strip().replace("−", "-")
    if not _SIGNED_DIGITS.fullmatch(cleaned):
        return None
    return _float(cleaned)


def _word_value(token: str) -> tuple[str, float]:
    """Classify one number word: ('card'|'scale'|'dozen'|'den', value)."""
    t = fold(token)
    if t in CARDINAL_WORDS:
        return "card", CARDINAL_WORDS[t]
    if t in ZERO_WORDS:
        return "card", 0
    base = t[:-1] if t.endswith("s") else t
    if base in SCALE_WORDS:
        return "scale", SCALE_WORDS[base]
    if base == "dozen":
        return "dozen", 12
    if t == "halves":
        return "den", 2
    if "-" in base:  # "twenty-fifth"
        tens, unit = base.split("-", 1)
        if tens in TENS_WORDS and unit in ORDINAL_WORDS:
            return "den", TENS_WORDS[tens] + ORDINAL_WORDS[unit]
    if base in DENOMINATOR_WORDS:
        return "den", DENOMINATOR_WORDS[base]
    return "other", 0


_TOKEN_SPLIT = regex.compile(
    rf"(?:{_TENS})-(?:{_UNIT_ORD})s?|of\s+an?|[^\s-]+", regex.IGNORECASE
)


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(fold(m.group()), offset + m.start(), offset + m.end()) for m in _TOKEN_SPLIT.finditer(text)]


@dataclass
class _WordNumber:
    start_tok: int
    end_tok: int  # exclusive
    value: float
    scale: float = 1.0
    fraction: bool = False
    signed: bool = False
    singular_fraction: bool = False  # "a third", "one fourth": needs "of" or an end after it
    mixed: bool = False  # a whole number and a fraction: "two and a half"
    ordinal: bool = False  # a singular denominator after a number other than one: "two hundredth" is 200th


def _read_words(tokens: list[tuple[str, int, int]], i: int) -> Optional[_WordNumber]:
    """Read the longest number in words starting at token i; None when there is none."""
    n = len(tokens)
    start = i
    sign = 1.0
    if tokens[i][0] in ("minus", "negative"):
        sign, i = -1.0, i + 1
    total = 0.0  # groups closed by thousand or more
    current = 0.0  # the group below a thousand
    seen = False
    last_kind: Optional[str] = None
    last_scale = 1.0
    big_scale = 0.0  # the largest scale >= 1000 used so far
    pending_one = False  # "a"/"an" before a scale, dozen or denominator
    j = i
    best: Optional[_WordNumber] = None

    def snapshot(end_j: int, value: float, **kw) -> _WordNumber:
        return _WordNumber(start, end_j, sign * value, **kw)

    while j < n:
        tok = tokens[j][0]
        if tok in ("a", "an"):
            if j + 1 < n and _word_value(tokens[j + 1][0])[0] in ("scale", "dozen", "den") and not seen:
                pending_one = True
                j += 1
                continue
            break
        if tok == "half" and not seen and j + 1 < n:
            # "half a dozen", "half a million", "half million"
            k = j + 1
            if tokens[k][0] in ("a", "an") and k + 1 < n:
                k += 1
            kind, v = _word_value(tokens[k][0])
            if kind in ("scale", "dozen"):
                value = v / 2
                return snapshot(k + 1, value, scale=v if kind == "scale" else 1.0, fraction=True)
        kind, v = _word_value(tok)
        if kind == "card":
            if seen and last_kind == "card":
                prev = tokens[j - 1][0]
                if not (prev in TENS_WORDS and v < 10 and tokens[j - 1][0] != tok):
                    break  # "one two": two numbers
                if prev in TENS_WORDS and v == 0:
                    break
            if seen and last_kind in ("den", "point"):
                break
            current += v
            seen, last_kind = True, "card"
            pending_one = False
            j += 1
            best = snapshot(j, total + current, scale=last_scale if current == 0 else 1.0)
            continue
        if kind == "scale":
            if last_kind == "den":
                break
            if pending_one:
                current, pending_one = 1.0, False
            if not seen and current == 0:
                return None  # "millions of people", "per million": a scale word alone is no number
            if v == 100:
                current = (current or 1.0) * 100
            elif last_kind == "scale" and current == 0 and total > 0:
                total *= v  # "lakh crore", "thousand million"
            else:
                if big_scale and v >= big_scale and current:
                    total = (total + current) * v  # "five hundred thousand million"
                else:
                    total += (current or 1.0) * v
                current = 0.0
            if v >= 1000:
                big_scale = max(big_scale, v)
            last_scale = v
            seen, last_kind = True, "scale"
            j += 1
            best = snapshot(j, total + current, scale=v)
            continue
        if kind == "dozen":
            if not seen and not pending_one and tok.endswith("s"):
                return None  # "dozens of homes": vague
            current = (current or 1.0) * 12
            pending_one = False
            seen, last_kind = True, "dozen"
            j += 1
            best = snapshot(j, total + current)
            continue
        if kind == "den":
            if not seen and not pending_one:
                # "quarter million": a bare quarter before a scale
                if tok in ("quarter", "quarters") and j + 1 < n and _word_value(tokens[j + 1][0])[0] == "scale":
                    pending_one = True
                else:
                    return best
            numerator = 1.0 if pending_one and not seen else total + current
            if numerator == 0:
                return best
            value = numerator / v
            j += 1
            # "two thirds of a million", "three quarters billion", "a half million"
            k = j
            if k < n and tokens[k][0] in ("of a", "of an", "a", "an"):
                k += 1
            scale = 1.0
            if k < n and _word_value(tokens[k][0])[0] == "scale":
                scale = _word_value(tokens[k][0])[1]
                value *= scale
                j = k + 1
            singular = not tok.endswith("s") and tok != "half" and scale == 1.0
            # A fraction over one is plural ("two thirds"): "one hundred twenty fifth", "three trillionth" are
            # ordinals spelled in words.
            return snapshot(j, value, scale=scale, fraction=True, singular_fraction=singular,
                            ordinal=singular and numerator != 1)
        if tok == "point" and seen and last_kind in ("card", "scale") and j + 1 < n:
            digits = ""
            k = j + 1
            while k < n:
                t = tokens[k][0]
                if t in ZERO_WORDS or (t in UNITS_WORDS and UNITS_WORDS[t] < 10):
                    digits += str(ZERO_WORDS.get(t, UNITS_WORDS.get(t, 0)))
                    k += 1
                    continue
                if not digits and t in CARDINAL_WORDS:  # "point seventy-one", "point eleven"
                    val = CARDINAL_WORDS[t]
                    if t in TENS_WORDS and k + 1 < n and tokens[k + 1][0] in UNITS_WORDS \
                            and UNITS_WORDS[tokens[k + 1][0]] < 10:
                        val += UNITS_WORDS[tokens[k + 1][0]]
                        k += 1
                    digits = str(val)
                    k += 1
                break
            if not digits:
                break
            value = total + current + float("0." + digits)
            j = k
            scale = 1.0
            if j < n and _word_value(tokens[j][0])[0] == "scale":
                scale = _word_value(tokens[j][0])[1]
                value *= scale
                j += 1
            return snapshot(j, value, scale=scale)
        if tok in ("and", "&") and seen and j + 1 < n:
            # "one hundred and six"; "two and a half"; "one million and a half"
            nxt = tokens[j + 1][0]
            mixed = _read_words(tokens, j + 1) if nxt in ("a", "an") or _word_value(nxt)[0] == "card" else None
            if mixed is not None and mixed.fraction and mixed.value > 0:
                frac = mixed.value
                whole = total + current
                if mixed.mixed:
                    value = whole + frac  # "one hundred and three and two thirds"
                elif mixed.scale > 1:
                    if total:
                        value = whole + frac  # "one billion and a half million"
                    else:
                        value = (whole + frac / mixed.scale) * mixed.scale
                elif frac < 1:
                    if last_kind == "scale" and last_scale >= 1_000_000 and current == 0:
                        value = whole + frac * last_scale  # "one million and a half"
                    else:
                        value = whole + frac  # "two and a half", "one hundred and three quarters"
                else:
                    # "one hundred and thirty fifths": the whole is the numerator
                    den = _word_value(tokens[mixed.end_tok - 1][0])[1]
                    value = (whole + frac * den) / den
                end_j = mixed.end_tok
                # "five and a half million"
                if end_j < n and _word_value(tokens[end_j][0])[0] == "scale" and mixed.scale == 1 and not total:
                    s = _word_value(tokens[end_j][0])[1]
                    return snapshot(end_j + 1, value * s, scale=s, mixed=True)
                return snapshot(end_j, value, fraction=True, scale=mixed.scale, mixed=True)
            if last_kind == "scale" and _word_value(nxt)[0] == "card":
                j += 1
                last_kind = "and"
                continue
            break
        break
    return best


def parse_words(text: str) -> Optional[float]:
    """'one hundred and six' -> 106.0, 'a dozen' -> 12.0, 'two thirds' -> 0.667; None when the
    text is not one number in words."""
    tokens = _tokens(text.strip(), 0)
    if not tokens:
        return None
    try:
        read = _read_words(tokens, 0)
    except (ValueError, ZeroDivisionError, OverflowError):
        return None
    if read is None or read.end_tok != len(tokens):
        return None
    return _tidy(read.value)


def parse_number(text: str) -> Optional[float]:
    """Parse one written number: digits ('2,400,000'), digits with a scale ('2.4 million', '10k'),
    fractions ('2 1/2', '½'), scientific notation ('4e14'), or words ('two thirds')."""
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not text:
        return None
    match = _DIGITS_AND_SCALE.fullmatch(text)
    if match:
        value = parse_digits(match.group(1))
        if value is None:
            return None
        return _tidy(value * SCALE_ABBREVIATIONS[fold(match.group(2))])
    mentions = list(find_numbers(text))
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(text):
        return mentions[0].value
    return None


def parse_ordinal(text: str) -> Optional[int]:
    """'third' -> 3, '21st' -> 21, 'twenty-first' -> 21; None otherwise."""
    if not isinstance(text, str):
        return None
    match = ORDINAL_PATTERN.fullmatch(text.strip())
    if not match:
        return None
    if match.group("digit_ordinal"):
        return int(match.group("digit_ordinal"))
    value = ORDINAL_WORDS[fold(match.group("word_ordinal"))]
    if match.group("tens"):
        if value >= 10:
            return None  # "twenty tenth" is not an ordinal
        value += TENS_WORDS[fold(match.group("tens"))]
    return value


# --------------------------------------------------------------------------- finding

_SINGULAR_FRACTION_END = regex.compile(r"\s*(?:of\b|[.,;:!?)\]]|$)", regex.IGNORECASE)
# "rose by a third in May": after "by", "a third" is how much, whatever follows.
_BY_BEFORE = regex.compile(r"\bby\s+$", regex.IGNORECASE)
_HALF_AFTER = regex.compile(r"\s+(?:of|the|a|an|its|their|his|her|our|all|those|these|them)\b", regex.IGNORECASE)
_HALF_BEFORE_BAD = regex.compile(r"\b(?:first|second|third|fourth|last|latter|former|the|this|that|each|other)[\s-]*$",
                                 regex.IGNORECASE)


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _digit_mention(match) -> Optional[NumberMention]:
    digits = match.group("digits")
    try:
        value = _float(digits)
    except ValueError:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    span = match.span()
    if span == match.span("digits"):
        # Digits alone (the common case): no sign, fraction, exponent or scale word around them.
        if not math.isfinite(value):
            return None
        return NumberMention(span[0], span[1], _tidy(value), False, decimals, "," in digits or " " in digits,
                             1.0, False, False)
    fraction = False
    if match.group("fraction"):
        den = int(match.group("denominator"))
        if den == 0 or "." in digits or "," in digits or digits.startswith("0") \
                or match.group("denominator").startswith("0"):
            return None  # "02/03" is a date or a code
        value, fraction = value / den, True
    elif match.group("mixed"):
        num, den = int(match.group("mixed_num")), int(match.group("mixed_den"))
        if den == 0 or num >= den or "." in digits:
            return None
        value, fraction = value + num / den, True
    elif match.group("vulgar"):
        if "." in digits:
            return None
        value, fraction = value + VULGAR_FRACTIONS[match.group("vulgar")], True
    elif match.group("exponent"):
        power = match.group("e_power") or match.group("x_power") or match.group("x_neg") \
            or match.group("caret_power") or match.group("x_sup").translate(_SUPERSCRIPTS)
        p = int(power.replace("−", "-"))
        try:
            if match.group("caret_power"):
                value = value ** p
            else:
                value = value * 10.0 ** p
        except (OverflowError, ZeroDivisionError):
            return None
        decimals = 0
    signed = bool(match.group("sign") or match.group("minus_word"))
    if signed:
        value = -value
    scale = 1.0
    if match.group("digit_scale"):
        words = fold(match.group("digit_scale")).split()
        if words[0].startswith(("doz", "dz")):
            scale = 12.0
        else:
            scale = 1.0
            for word in words:  # "4 hundred million", "3 lakh crore"
                scale *= SCALE_WORDS[word[:-1] if word.endswith("s") else word]
        value *= scale
    if not math.isfinite(value):
        return None
    return NumberMention(match.start(), match.end(), _tidy(value), False, decimals,
                         "," in digits or " " in digits, scale, fraction, signed)


def _word_mentions(text: str, match) -> Iterator[NumberMention]:
    tokens = _tokens(match.group("words"), match.start("words"))
    i = 0
    while i < len(tokens):
        try:
            read = _read_words(tokens, i)
        except (ValueError, ZeroDivisionError, OverflowError):
            read = None
        if read is None or read.end_tok <= i:
            i += 1
            continue
        first, last = tokens[read.start_tok], tokens[read.end_tok - 1]
        start, end = first[1], last[2]
        if read.ordinal or read.singular_fraction and not _SINGULAR_FRACTION_END.match(text, end) \
                and not _BY_BEFORE.search(text, max(0, start - 8), start):
            i = read.end_tok
            continue  # "a third term", "one fourth grade", "the two hundredth": an ordinal, not a fraction
        yield NumberMention(start, end, _tidy(read.value), True, 0, False, read.scale, read.fraction,
                            read.signed or first[0] in ("minus", "negative"))
        i = read.end_tok


_BARE_HALF = regex.compile(r"\bhalf\b", regex.IGNORECASE)
_HEDGE_BEFORE_HALF = regex.compile(
    r"\b(?:than|nearly|almost|about|around|over|under|roughly|some|just|only|barely|approximately|by|least|"
    r"most|exactly|precisely|another|and)\s+$", regex.IGNORECASE)


_LAW_BEFORE = regex.compile(r"\b(?:Law|Decree|Ley|Decreto)\s+$")
_OF_YEAR_AFTER = regex.compile(r"\s+(?:of|de)\s+(?:19|20)\d\d\b")


def _digit_starts(text: str, start: int, end: int, ascii_only: bool, runs: set[bytes]) -> list[int]:
    """Every position in text[start:end] where DIGIT_NUMBER can match, and a few more, in order."""
    if not ascii_only:
        return [m.start() for m in _DIGIT_START.finditer(text, start, end)]
    # ASCII text: a number starts at the first digit of a run of digits, at "." or "-" before it ("-.5"),
    # or at "minus" or "negative".
    starts = []
    for m in _ASCII_DIGITS.finditer(text, start, end):
        at = m.start()
        if at - 2 >= start and text[at - 2:at] == "-.":
            starts.append(at - 2)
        if at - 1 >= start and text[at - 1] in ".-":
            starts.append(at - 1)
        starts.append(at)
    if b"minus" in runs or b"negative" in runs:
        starts = sorted(set(starts).union(m.start() for m in _MINUS_WORD.finditer(text, start, end)))
    return starts


def find_numbers(text: str, start: int = 0, end: Optional[int] = None,
                 runs: Optional[set[bytes]] = None) -> Iterator[NumberMention]:
    """Every number written in digits or words between start and end.

    runs: prefilter.words(text[start:end]), when the caller has it.
    """
    end = len(text) if end is None else end
    if runs is None:
        runs = words(text[start:end])
    ascii_only = text[start:end].isascii()
    mentions: list[NumberMention] = []
    # NUMBER_PATTERN.finditer(text, start, end), one alternative at a time, each only where it can match.
    alternatives = [
        (_VULGAR_ALONE, None if not ascii_only and _VULGAR_CHAR.search(text, start, end) else []),
        (_DIGIT_NUMBER, _digit_starts(text, start, end, ascii_only, runs)),
        (_WORD_RUN, [m.start() for m in _WORD_START.finditer(text, start, end)]
                    if not _NUMBER_RUNS.isdisjoint(runs) else []),
    ]
    for kind, match in alternation(text, start, end, alternatives):
        if kind == 0:
            mentions.append(NumberMention(match.start(), match.end(), _tidy(VULGAR_FRACTIONS[match.group()]),
                                          False, 0, False, 1.0, True))
        elif kind == 1:
            if match.start() > start and text[match.start() - 1] in "'’" and text.startswith("000", match.start()) \
                    and match.end() - match.start() == 3:
                continue  # "('000 bags)": thousands, a header's scale, no number
            if _LAW_BEFORE.search(text, max(start, match.start() - 8), match.start()) \
                    and _OF_YEAR_AFTER.match(text, match.end()):
                continue  # "Law 2219 of 2022", "Decree 1076 of 2015": a law's number, as Latin American laws are cited
            mention = _digit_mention(match)
            if mention is not None:
                mentions.append(mention)
        else:
            mentions.extend(_word_mentions(text, match))
    if b"half" in runs:
        mentions.extend(_bare_halves(text, start, end, mentions))
    if may_hold_glued_fold(runs):
        mentions.extend(_glued_folds(text, start, end))
    if may_hold_article_measure(runs):
        mentions.extend(_article_measures(text, start, end, mentions))
    mentions.sort(key=lambda m: m.start)
    yield from _merge(text, mentions)


# "threefold", "tenfold": a number word glued to "fold". The mention is the number word; the scanner reads
# "fold" after it as the multiplier unit, as it does in "three-fold".
_FOLD_NUMBERS = {w: v for w, v in {**UNITS_WORDS, **TENS_WORDS, "hundred": 100, "thousand": 1000}.items() if v >= 2}
_FOLD_RUNS = frozenset(f"{w}fold".encode() for w in _FOLD_NUMBERS)
_GLUED_FOLD = regex.compile(rf"\b(?P<number>{_alternation(_FOLD_NUMBERS)})(?=fold\b)", regex.IGNORECASE)


def may_hold_glued_fold(runs: set[bytes]) -> bool:
    """Whether text with these prefilter.words() runs can hold "threefold": the words it needs."""
    return not _FOLD_RUNS.isdisjoint(runs)


def _glued_folds(text: str, start: int, end: int) -> Iterator[NumberMention]:
    for m in _GLUED_FOLD.finditer(text, start, end):
        yield NumberMention(m.start(), m.end(), float(_FOLD_NUMBERS[fold(m.group("number"))]), True, 0, False)


def _bare_halves(text: str, start: int, end: int, mentions: list[NumberMention]) -> Iterator[NumberMention]:
    """'half of the victims', 'more than half': a share of one half."""
    if "half" not in text[start:end].lower():
        return
    for m in _BARE_HALF.finditer(text, start, end):
        if any(x.start <= m.start() < x.end for x in mentions):
            continue
        before = text[max(start, m.start() - 20):m.start()]
        if _HALF_BEFORE_BAD.search(before) or _WORD_END.search(before):
            continue
        if _HALF_AFTER.match(text, m.end()) or _HEDGE_BEFORE_HALF.search(before):
            yield NumberMention(m.start(), m.end(), 0.5, True, 0, False, 1.0, True)


# "a gallon of beer", "an ounce of gold": the article is the number one of a measure. Only units
# spelled out in full, and not "ton", whose "a ton of" is mostly the idiom for "a lot of".
_MEASURE_WORDS = sorted({w for w in units.UNIT_BY_SURFACE if " " not in w and len(w) > 3 and w.isalpha()
                         and w not in units.AMBIGUOUS_SURFACES and w not in ("ton", "tons")
                         and units.UNIT_BY_SURFACE[w] not in ("ton",)}, key=len, reverse=True)
_MEASURE_RUNS = frozenset(w.encode() for w in _MEASURE_WORDS)
_ARTICLES = word_set("a", "an")
_ARTICLE_MEASURE = regex.compile(
    rf"\b(?P<article>an?)\s+(?=(?:{'|'.join(_MEASURE_WORDS)})\s+of\b)", regex.IGNORECASE)


def may_hold_article_measure(runs: set[bytes]) -> bool:
    """Whether text with these prefilter.words() runs can hold "a gallon of": the words it needs."""
    return b"of" in runs and not _ARTICLES.isdisjoint(runs) and not _MEASURE_RUNS.isdisjoint(runs)


def _article_measures(text: str, start: int, end: int, mentions: list[NumberMention]) -> Iterator[NumberMention]:
    for m in _ARTICLE_MEASURE.finditer(text, start, end):
        if any(x.start <= m.start() < x.end for x in mentions):
            continue
        yield NumberMention(m.start(), m.end("article"), 1.0, True, 0, False)


_CHAIN_GAP = regex.compile(r"[ \t]+(?:and[ \t]+)?$")
# "three million, two hundred and forty": words may go on after a comma, as on a cheque.
_WORDS_CHAIN_GAP = regex.compile(r",?[ \t]+(?:and[ \t]+)?$")


_COMPOUND_AFTER = regex.compile(r"-[A-Za-z]")
# What makes a number after "and" a figure of its own: a percent or a unit right after it ("consensus of £300 million
# and 6% above our forecast").
_OWN_FIGURE_AFTER = regex.compile(r"\s?(?:%|per\s?cent\b|percent\b|pc\b|cents?\b|pence\b|p\b)", regex.IGNORECASE)


def _merge(text: str, mentions: list[NumberMention]) -> Iterator[NumberMention]:
    """Join numbers that one written number was split into: '4 thousand 3 hundred and 21',
    '3 million and a half'."""
    i = 0
    while i < len(mentions):
        m = mentions[i]
        while i + 1 < len(mentions):
            nxt = mentions[i + 1]
            gap = text[m.end:nxt.start]
            chain_gap = _WORDS_CHAIN_GAP if m.in_words and nxt.in_words and m.scale >= 1000 else _CHAIN_GAP
            if m.scale <= 1 or not chain_gap.match(gap) or "\n" in gap:
                break
            if nxt.fraction and 0 < nxt.value < 1 and nxt.scale == 1 and "and" in gap:
                value = m.value + nxt.value * m.scale  # "3 million and a half"
            elif not nxt.fraction and nxt.value == int(nxt.value) and 0 < nxt.value < m.scale \
                    and not nxt.signed and not nxt.has_separator and (nxt.scale < m.scale) and m.value == int(m.value) \
                    and (nxt.scale > 1 or nxt.in_words or "and" in gap) and not m.decimals \
                    and not _COMPOUND_AFTER.match(text, nxt.end) and not _OWN_FIGURE_AFTER.match(text, nxt.end) \
                    and not (nxt.scale == 1 and not nxt.in_words and not m.in_words and "and" in gap
                             and nxt.value >= 10 and m.scale >= 1_000_000):
                # (not "44.1 million| one-month active customers", "2 million| one-off payments": a modifier)
                # (a bare number after a scale word is another number: "eight million 250ml bottles", as is one of
                # two digits or more after "and": "300 million and 45 staff")
                value = m.value + nxt.value  # "4 thousand 3 hundred", "3 hundred and 21"
            else:
                break
            m = NumberMention(m.start, nxt.end, _tidy(value), m.in_words or nxt.in_words, max(m.decimals, nxt.decimals),
                              m.has_separator, nxt.scale if nxt.scale > 1 else 1.0, m.fraction or nxt.fraction,
                              m.signed)
            i += 1
        yield m
        i += 1
