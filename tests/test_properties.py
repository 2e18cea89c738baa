"""Properties of the extractor, checked with Hypothesis on generated input (few examples each, to stay fast)."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import extract
from factcheck.extract.numbers import parse_number

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """0..999 in words, British style: 'three hundred and forty-two'."""
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_UNITS[hundreds]} hundred")
    if rest or not hundreds:
        if rest < 20:
            text = _UNITS[rest]
        else:
            tens, unit = divmod(rest, 10)
            text = _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")
        parts.append(text)
    return " and ".join(parts)


def with_commas(n: int) -> str:
    return f"{n:,}"


@FAST
@given(st.integers(min_value=0, max_value=10**12))
def test_integers_with_and_without_separators_parse_back(n):
    assert parse_number(str(n)) == n
    assert parse_number(with_commas(n)) == n


@FAST
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=6))
def test_decimals_parse_back(whole, places):
    text = f"{whole}.{'7' * places}"
    assert math.isclose(parse_number(text), float(text), rel_tol=1e-12)


@FAST
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12)]))
def test_scale_words_parse_back(whole, tenth, scale):
    word, size = scale
    assert parse_number(f"{whole} {word}") == whole * size
    assert math.isclose(parse_number(f"{whole}.{tenth} {word}"), (whole + tenth / 10) * size, rel_tol=1e-12)


@FAST
@given(st.integers(min_value=0, max_value=999))
def test_small_integers_in_words_parse_back(n):
    assert parse_number(in_words(n)) == n


@FAST
@given(st.integers(min_value=1, max_value=999))
def test_words_with_scale_parse_back(n):
    assert parse_number(f"{in_words(n)} thousand") == n * 1000


_ALPHABET = st.characters(blacklist_categories=("Cs",))
_NUMBERISH = st.sampled_from(["1", "2,5", "3.4", "-", "½", "%", "$", "€", "million", "one", "third", "and", "a",
                              "to", "from", "between", " ", "\n", "(", ")", "e", "x", "10", "^", "/", "km",
                              "more than", "about", "minus", "2010", "April", ".", ",", "#", "per cent",
                              # letters that case-insensitive patterns read as "s", "k", "i": "1.5 millionſ"
                              "millionſ", "ſeptember", "\u212am", "\u0130n", "peſos", "ſ", "~", "May 3", "17:22",
                              # (dates that are ranges, after words that compare: "compared with 2021-22")
                              "compared with", "than in", "on", "2021-22", "2015-2019", "Q3", "rose", "in"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(_ALPHABET, max_size=200), st.lists(_NUMBERISH, max_size=40).map(" ".join),
                 st.lists(_NUMBERISH, max_size=40).map("".join)))
def test_extract_never_raises_and_spans_quote_the_source(text):
    for claim in extract(text):
        assert claim.text == text[claim.start:claim.end]
        assert 0 <= claim.start < claim.end <= len(text)


# Sentences that once made extraction raise (gambling statistics: a range date after a comparison).
@pytest.mark.parametrize("text", [
    "Receipts rose to €1.12 billion, compared with 2021-22.",
    "Receipts were 9% higher than in 2021-22.",
    "Receipts rose 9% on 2021/22.",
    "Visits were 4% lower than in 2015-2019.",
    "Sales rose 3%, compared with January to March 2022.",
])
def test_extract_never_raises_on_sentences_that_once_did(text):
    assert all(claim.text == text[claim.start:claim.end] for claim in extract(text))


_SENTENCES = [
    "In 2010, 147 victims were identified in the region.",
    "The ministry employs 60,000 public employees.",
    "About 80% of the fleet is new.",
    "The grant was worth US $4.2 million.",
    "Tourism is the third most lucrative industry.",
]


@FAST
@given(st.lists(st.sampled_from(["A plain line.", "Another line without figures.", "", "# Heading"]),
                min_size=1, max_size=6))
def test_ids_survive_lines_inserted_above(inserted):
    body = "\n\n".join(_SENTENCES)
    before = {c.text: c.id for c in extract(body)}
    after = {c.text: c.id for c in extract("\n".join(inserted) + "\n\n" + body)}
    assert before == after
