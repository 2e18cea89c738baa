"""Sentence splitting, which decides what context (period, place, subject) a number sees (invented text only)."""

from __future__ import annotations

import pytest

from factcheck.extract.sentences import split_sentences

# (id, text, sentences)
SPLITS = [
    ("a stop before a capital", "Costs rose. Fares fell.", ["Costs rose.", "Fares fell."]),
    ("an abbreviation is no stop", "Dr. Lowe spoke. Fares fell.", ["Dr. Lowe spoke.", "Fares fell."]),
    ("'No.' before a number is no stop", "See No. 5 for more. Fares fell.", ["See No. 5 for more.", "Fares fell."]),
    ("... but 'no.' at a sentence's end is (ballot results)", "22% voted no. Turnout was 71%.",
     ["22% voted no.", "Turnout was 71%."]),
    ("a blank line", "Costs rose\n\nFares fell", ["Costs rose", "Fares fell"]),
    ("a hard-wrapped paragraph stays whole", "The council said that costs\nrose in the spring.",
     ["The council said that costs\nrose in the spring."]),
    ("a heading line", "Funding\nThe plan received 85 million dinars.", ["Funding", "The plan received 85 million dinars."]),
    ("list items", "Results:\n- 40 schools\n- 12 clinics", ["Results:", "- 40 schools", "- 12 clinics"]),
    ("table rows, cells apart by tabs", "2018\t1,250,000\t+4%\n2019\t1,310,000\t+5%",
     ["2018\t1,250,000\t+4%", "2019\t1,310,000\t+5%"]),
    ("Markdown table rows", "| Year | Homes |\n|---|---|\n| 2019 | 2,610 |",
     ["| Year | Homes |", "|---|---|", "| 2019 | 2,610 |"]),
    ("a unit letter after a number is no initial", "It averaged 10.4C. It rained.", ["It averaged 10.4C.", "It rained."]),
    ("a footnote number after the stop", "It reached 87% of the population.1 The target is 95%.",
     ["It reached 87% of the population.1", "The target is 95%."]),
    ("a short line after another sentence on its line is no heading",
     "Costs fell in 2017. This year the\nGovernment spent 38 million.",
     ["Costs fell in 2017.", "This year the\nGovernment spent 38 million."]),
    ("a short line that ends on an article is no heading", "In its first year the\nProgramme built 40 crossings.",
     ["In its first year the\nProgramme built 40 crossings."]),
    ("a footnote mark after the stop", "Tamsford needs 4,000 homes.[^1] Only 2,150 were built.",
     ["Tamsford needs 4,000 homes.[^1]", "Only 2,150 were built."]),
]


@pytest.mark.parametrize("text, sentences", [pytest.param(*row[1:], id=row[0]) for row in SPLITS])
def test_split(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences
