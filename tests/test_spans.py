"""Where a claim's span stands in its sentence (factcheck/spans.py), which every report's highlight uses."""

from __future__ import annotations

import pytest

from factcheck.spans import find_span

# (id, sentence, span, offset)
SPANS = [
    ("the first standing alone", "A total of 400 posts will go: 240 in care, 40 in parks.", "40", 43),
    ("not inside a year", "In 2010, 10 schools opened.", "10", 9),
    ("not after a decimal point", "It rose 2.10 points, then 10 more.", "10", 26),
    ("a span that is not a word", "Sales of 40% rose.", "40%", 9),
    ("only inside a word: the first", "The 2010 plan.", "10", 6),
    ("absent", "No such figure.", "12", -1),
]


@pytest.mark.parametrize("sentence, span, offset", [pytest.param(*row[1:], id=row[0]) for row in SPANS])
def test_find_span(sentence, span, offset):
    assert find_span(sentence, span) == offset
