"""Sentence splitting, which decides what context (period, place, subject) a number sees (invented text only)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.extract.sentences import split_sentences

# (id, text, sentences)
SPLITS = [
    ("a stop before a capital", "Costs rose. Fares fell.", ["Costs rose.", "Fares fell."]),
    ("an abbreviation is no stop", "Dr. Lowe spoke. Fares fell.", ["Dr. Lowe spoke.", "Fares fell."]),
    ("a blank line", "Costs rose\n\nFares fell", ["Costs rose", "Fares fell"]),
    ("a hard-wrapped paragraph stays whole", "The council said that costs\nrose in the spring.",
     ["The council said that costs\nrose in the spring."]),
    ("a heading line", "Funding\nThe plan received 85 million dinars.", ["Funding", "The plan received 85 million dinars."]),
    ("list items", "Results:\n- 40 schools\n- 12 clinics", ["Results:", "- 40 schools", "- 12 clinics"]),
    ("table rows, cells apart by tabs", "2018\t1,250,000\t+4%\n2019\t1,310,000\t+5%",
     ["2018\t1,250,000\t+4%", "2019\t1,310,000\t+5%"]),
]


@pytest.mark.parametrize("text, sentences", [pytest.param(*row[1:], id=row[0]) for row in SPLITS])
def test_split(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_a_table_row_is_the_period_of_its_cells():
    claims = extract("2018\t1,250,000\t+4%\n2019\t1,310,000\t+5%")
    assert [(c.text, c.period) for c in claims if c.kind != "date"] == [
        ("1,250,000", "2018"), ("+4%", "2018"), ("1,310,000", "2019"), ("+5%", "2019")]
