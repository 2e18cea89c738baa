"""HTML <sup>/<sub>: a footnote marker is no part of the figure, a power or a chemical index is."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.read import read_text


def page(body: str):
    return read_text(f"<!DOCTYPE html><html><body>{body}</body></html>", "page.html")


# name, the paragraph's HTML, the text a reader sees
VISIBLE = [
    ("digit footnote after a count", "<p>The agency completed 350<sup>1</sup> homes in 2023.</p>",
     "The agency completed 350 homes in 2023."),
    ("footnote after a grouped count", "<p>The agency completed 4,350<sup>1</sup> homes.</p>",
     "The agency completed 4,350 homes."),
    ("footnote after money", "<p>Spending reached £4.2m<sup>1</sup> in 2023.</p>", "Spending reached £4.2m in 2023."),
    ("linked footnote", '<p>Inflation was 7.2%<sup><a href="#fn2">2</a></sup> in 2022.</p>',
     "Inflation was 7.2% in 2022."),
    ("footnote after a word", "<p>It completed 410 homes<sup>1</sup> in 2023.</p>", "It completed 410 homes in 2023."),
    ("symbol footnote", "<p>It completed 410 homes<sup>†</sup>.</p>", "It completed 410 homes."),
    ("bracketed footnote", "<p>It completed 410 homes<sup>[12]</sup>, a record.</p>",
     "It completed 410 homes, a record."),
    ("letter footnote", "<p>It completed 410 homes<sup>a</sup> in 2023.</p>", "It completed 410 homes in 2023."),
    ("footnote between words", "<p>homes<sup>1</sup>and schools</p>", "homes and schools"),
    ("other sup text stands apart", "<p>It built 300 homes<sup>see note</sup> in 2021.</p>",
     "It built 300 homes see note in 2021."),
    ("other sub text stands apart", "<p>Budget<sub>draft</sub> of 2021.</p>", "Budget draft of 2021."),
    ("square kilometres", "<p>The park covers 120 km<sup>2</sup>.</p>", "The park covers 120 km²."),
    ("cubic metres", "<p>It holds 40 m<sup>3</sup> of water.</p>", "It holds 40 m³ of water."),
    ("power of ten", "<p>A dose of 3.2 × 10<sup>6</sup> cells.</p>", "A dose of 3.2 × 10⁶ cells."),
    ("chemical index", "<p>CO<sub>2</sub> emissions rose 5%.</p>", "CO₂ emissions rose 5%."),
    ("ordinal", "<p>In the 21<sup>st</sup> century.</p>", "In the 21st century."),
    ("hidden text in a footnote", '<p>It built 410 homes<sup><span hidden>note</span>3</sup> in 2023.</p>',
     "It built 410 homes in 2023."),
]


@pytest.mark.parametrize("name, html, expected", VISIBLE, ids=[row[0] for row in VISIBLE])
def test_sup_and_sub_read_as_a_reader_sees_them(name, html, expected):
    assert page(html).text == expected


# name, HTML, the claims (text, subject head) it gives
CLAIMS = [
    ("count with footnote", "<p>The agency completed 350<sup>1</sup> homes in 2023.</p>",
     [("350", "home"), ("2023", None)]),
    ("grouped count with footnote", "<p>The agency completed 4,350<sup>1</sup> homes in 2023.</p>",
     [("4,350", "home"), ("2023", None)]),
    ("money with footnote", "<p>Spending reached £4.2m<sup>1</sup> in 2023.</p>",
     [("£4.2m", "spending"), ("2023", None)]),
    ("percent with linked footnote", '<p>Inflation was 7.2%<sup><a href="#fn2">2</a></sup> in 2022.</p>',
     [("7.2%", "inflation"), ("2022", None)]),
]


@pytest.mark.parametrize("name, html, expected", CLAIMS, ids=[row[0] for row in CLAIMS])
def test_footnote_markers_make_no_figures(name, html, expected):
    claims = extract_document(page(html))
    assert [(c.text, c.subject_head) for c in claims] == expected


def test_power_joins_its_unit():
    claims = extract_document(page("<p>The park covers 120 km<sup>2</sup> of forest.</p>"))
    assert [(c.text, c.unit) for c in claims] == [("120 km²", "kilometer ** 2")]
