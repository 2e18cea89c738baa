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
    ("Markdown table rows", "| Year | Homes |\n|---|---|\n| 2019 | 2,610 |",
     ["| Year | Homes |", "|---|---|", "| 2019 | 2,610 |"]),
    ("a unit letter after a number is no initial", "It averaged 10.4C. It rained.", ["It averaged 10.4C.", "It rained."]),
    ("a footnote number after the stop", "It reached 87% of the population.1 The target is 95%.",
     ["It reached 87% of the population.1", "The target is 95%."]),
    ("a footnote mark after the stop", "Tamsford needs 4,000 homes.[^1] Only 2,150 were built.",
     ["Tamsford needs 4,000 homes.[^1]", "Only 2,150 were built."]),
]


@pytest.mark.parametrize("text, sentences", [pytest.param(*row[1:], id=row[0]) for row in SPLITS])
def test_split(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_a_table_row_is_the_period_of_its_cells():
    claims = extract("2018\t1,250,000\t+4%\n2019\t1,310,000\t+5%")
    assert [(c.text, c.period) for c in claims if c.kind != "date"] == [
        ("1,250,000", "2018"), ("+4%", "2018"), ("1,310,000", "2019"), ("+5%", "2019")]


TABLE = """| Year | Homes completed | Of which affordable |
|------|-----------------|---------------------|
| 2020 | 2,480 | 590 |
| 2021 | 2,150 | 470 |

| Level | Pupils | Share |
|---|---|---|
| Primary | 1,900,000 | 59% |
"""


def test_a_column_header_names_what_its_cells_count():
    claims = [c for c in extract(TABLE) if c.kind != "date"]
    assert [(c.text, c.period, c.subject, c.part) for c in claims] == [
        ("2,480", "2020", "Homes", None), ("590", "2020", "Homes", "affordable"),  # "Of which": a part of the
        ("2,150", "2021", "Homes", None), ("470", "2021", "Homes", "affordable"),    # column before
        ("1,900,000", None, "Pupils", "primary"), ("59%", None, "Share", "primary"),  # the row's label is the part
    ]


def test_a_cell_in_a_headerless_table_keeps_no_subject():
    claims = [c for c in extract("2018\t1,250,000\n2019\t1,310,000") if c.kind != "date"]
    assert [c.subject for c in claims] == [None, None]
