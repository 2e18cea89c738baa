"""Numbers as people write them: digits, separators, decimals, scale words, words.

`find_numbers(text)` yields every number mention with its value; `parse_number`
turns one written number back into a float and returns None for text that is
not a number (never an exception), so callers can try it on anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

import regex

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Abbreviated scales. "m" and "b" are scales only after a currency ("$4.2m");
# elsewhere "5m" is five metres, so the scanner decides, not this table.
SCALE_ABBREVIATIONS = {
    "k": 1_000, "thousand": 1_000, "mn": 1_000_000, "mln": 1_000_000, "m": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

CARDINAL_WORDS = {**UNITS_WORDS, **TENS_WORDS}


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_CARD = _alternation(list(CARDINAL_WORDS) + ["dozens?"])
_SCALE = _alternation(SCALE_WORDS)
_ORD = _alternation(ORDINAL_WORDS)

# A run of number words: "twenty-one", "one hundred and six", "a hundred thousand",
# "2.4 million". "and" is only allowed after a scale word, so "eight and 22" stays two numbers.
WORD_NUMBER = rf"""
    (?:(?:a|one)\s+(?={_SCALE}|dozen))?
    (?:{_CARD}|{_SCALE}s?)
    (?:
        (?:\s*-\s*|\s+)(?:{_CARD}|{_SCALE})
      | (?<=(?:{_SCALE}))\s+and\s+(?:{_CARD})
    )*
"""

DIGITS = r"""
    (?:
        \d{1,3}(?:,\d{3})+(?:\.\d+)?     # 1,234,567.89
      | \d+(?:\.\d+)?                     # 1234.5
      | \.\d+                             # .25
    )
"""

# Order matters: digits with a scale word before bare digits, words last.
NUMBER_PATTERN = regex.compile(
    rf"""
    (?P<number>
        (?P<digits>(?<![\w.,/-])(?<!\d,)-?{DIGITS}(?![.,]?\d))
        (?:\s*(?P<digit_scale>{_SCALE})\b)?
      | (?P<words>\b{WORD_NUMBER}\b)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

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


def parse_digits(text: str) -> Optional[float]:
    """'1,234.5' -> 1234.5; None when the text is not a plain digit number."""
    cleaned = text.strip().replace(",", "")
    if not regex.fullmatch(r"-?(?:\d+(?:\.\d+)?|\.\d+)", cleaned):
        return None
    return float(cleaned)


def parse_words(text: str) -> Optional[float]:
    """'one hundred and six' -> 106.0, 'a dozen' -> 12.0; None when the text is not a number in words."""
    tokens = [t for t in regex.split(r"[\s-]+", text.strip().lower()) if t]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen_number = False
    for i, token in enumerate(tokens):
        if token in ("and",):
            continue
        if token in ("a", "an") and i == 0:
            current = 1.0
            continue
        if token in CARDINAL_WORDS:
            current += CARDINAL_WORDS[token]
        elif token in ("dozen", "dozens"):
            current = (current or 1.0) * 12
        elif token.rstrip("s") in SCALE_WORDS:
            scale = SCALE_WORDS[token.rstrip("s")]
            current = current or 1.0
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
        else:
            return None
        seen_number = True
    if not seen_number:
        return None
    return total + current


def parse_number(text: str) -> Optional[float]:
    """Parse one written number: digits ('2,400,000'), digits with a scale ('2.4 million'), or words."""
    text = text.strip()
    match = regex.fullmatch(rf"(-?{DIGITS})\s*({_SCALE}|bn|mn|k)?", text, regex.VERBOSE | regex.IGNORECASE)
    if match:
        value = parse_digits(match.group(1))
        if value is None:
            return None
        scale = match.group(2)
        if scale:
            scale = scale.lower()
            value *= SCALE_WORDS.get(scale) or SCALE_ABBREVIATIONS[scale]
        return _tidy(value)
    value = parse_words(text)
    return None if value is None else _tidy(value)


def parse_ordinal(text: str) -> Optional[int]:
    """'third' -> 3, '21st' -> 21, 'twenty-first' -> 21; None otherwise."""
    match = ORDINAL_PATTERN.fullmatch(text.strip())
    if not match:
        return None
    if match.group("digit_ordinal"):
        return int(match.group("digit_ordinal"))
    value = ORDINAL_WORDS[match.group("word_ordinal").lower()]
    if match.group("tens"):
        value += TENS_WORDS[match.group("tens").lower()]
    return value


def _tidy(value: float) -> float:
    # Scale arithmetic in floats leaves noise (2.4 * 1e6 = 2399999.9999999995).
    rounded = round(value, 6)
    return float(int(rounded)) if rounded == int(rounded) else rounded


def find_numbers(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[NumberMention]:
    """Every number written in digits or words between start and end."""
    for match in NUMBER_PATTERN.finditer(text, start, end if end is not None else len(text)):
        if match.group("digits"):
            digits = match.group("digits")
            value = parse_digits(digits)
            if value is None:
                continue
            scale = match.group("digit_scale")
            if scale:
                value *= SCALE_WORDS[scale.lower()]
            decimals = len(digits.split(".")[1]) if "." in digits else 0
            yield NumberMention(match.start(), match.end(), _tidy(value), False, decimals, "," in digits)
        else:
            words = match.group("words")
            value = parse_words(words)
            if value is None:
                continue
            yield NumberMention(match.start(), match.end(), _tidy(value), True, 0, False)
