"""What a table's header and caption say about its cells (invented tables only): the `tables` rules."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.extract.tables import header_measure

# (id, header cell, (kind, unit, scale, assumed) or None)
# Budget and accounts tables: a currency and a scale in brackets, after a comma, or after "in".
FINANCIAL_HEADERS = [
    ("currency and scale word in brackets", "Budget (US$ million)", ("money", "USD", 1e6, False)),
    ("glued scale", "Revenue (€bn)", ("money", "EUR", 1e9, False)),
    ("after a comma", "Spending, $m", ("money", "USD", 1e6, True)),
    ("after in", "Spending in € million", ("money", "EUR", 1e6, False)),
    ("thousands glued to the pound", "Turnover (£000s)", ("money", "GBP", 1e3, False)),
    ("a code alone", "Value (USD)", ("money", "USD", 1.0, False)),
    ("a code with its scale letter", "Exports (MUSD)", ("money", "USD", 1e6, False)),
    ("a scale letter spaced from its currency", "Budget (US$ m)", ("money", "USD", 1e6, False)),
    ("a currency named after the amount", "Cost (pesos)", ("money", "MXN", 1.0, True)),
]
# Statistical yearbooks: shares, and counts in thousands or millions.
STATISTICAL_HEADERS = [
    ("percent sign", "Share (%)", ("percent", "percent", 1.0, False)),
    ("per cent in words", "Change (per cent)", ("percent", "percent", 1.0, False)),
    ("thousands as '000", "Visitors ('000)", ("count", None, 1e3, False)),
    ("millions", "Population (millions)", ("count", None, 1e6, False)),
    # (postal and commodity statistics) a scale with the noun counted, and a bare "m" over things counted
    ("a scale and what is counted", "Exports 2023/24 (million bags)", ("count", None, 1e6, False)),
    ("thousands as '000 with what is counted", "Exports ('000 bags)", ("count", None, 1e3, False)),
    ("m is millions over things counted", "Parcels (m)", ("count", None, 1e6, False)),
]
# Agriculture, weather and engineering: physical units, with or without a scale.
PHYSICAL_HEADERS = [
    ("thousand tonnes", "Harvest (thousand tonnes)", ("quantity", "metric_ton", 1e3, False)),
    ("mm is millimetres, not millions, without a currency", "Rainfall (mm)", ("quantity", "millimeter", 1.0, False)),
    ("m is metres without a currency", "Height (m)", ("quantity", "meter", 1.0, False)),
    ("kilometres", "Length (km)", ("quantity", "kilometer", 1.0, False)),
]
# Headers that state no measure: the parser returns nothing rather than guess.
NO_MEASURE_HEADERS = [
    ("a plain label", "Region", None),
    ("a note in brackets", "Notes (see below)", None),
    ("a rate is no unit of the cells", "Deaths (per 100,000)", None),
    ("a rate's base after no bracket is no scale (outbreak reports)", "Attack rate per 1,000", None),
    ("a subset after a comma", "Homes, of which affordable", None),
    ("a year after in", "Crop in 2022", None),
    ("durations are their own kind", "Duration (years)", None),
]


@pytest.mark.parametrize("cell, expected", [
    pytest.param(*row[1:], id=row[0])
    for row in FINANCIAL_HEADERS + STATISTICAL_HEADERS + PHYSICAL_HEADERS + NO_MEASURE_HEADERS])
def test_header_measure(cell, expected):
    measure = header_measure(cell)
    if expected is None:
        assert measure is None
    else:
        assert (measure.kind, measure.unit, measure.scale, measure.assumed) == expected


def _figures(text):
    return [c for c in extract(text) if c.kind != "date"]


def test_a_table_row_is_the_period_of_its_cells():
    claims = extract("2018\t1,250,000\t+4%\n2019\t1,310,000\t+5%")
    assert [(c.text, c.period) for c in claims if c.kind != "date"] == [
        ("1,250,000", "2018"), ("+4%", "2018"), ("1,310,000", "2019"), ("+5%", "2019")]


def test_a_row_labelled_by_a_quarter_is_that_quarter_of_the_tables_year():
    """(trade statistics: "| Q1 | 2.8 |" under "Quarterly profile, 2023" is no figure for all of 2023)"""
    claims = _figures("## Quarterly profile, 2023\n\n| Quarter | Exports (US$ bn) |\n|---|---|\n| Q1 | 2.8 |\n"
                      "| H2 | 6.6 |\n| Total | 12.4 |\n")
    assert [(c.text, c.period) for c in claims] == [("2.8", "2023-01/2023-03"), ("6.6", "2023-07/2023-12"),
                                                    ("12.4", "2023")]


TABLE = """| Year | Homes completed | Of which affordable |
|------|-----------------|---------------------|
| 2020 | 2,480 | 590 |
| 2021 | 2,150 | 470 |

| Level | Pupils | Share |
|---|---|---|
| Primary | 1,900,000 | 59% |
"""


def test_a_column_header_names_what_its_cells_count():
    assert [(c.text, c.period, c.subject, c.part) for c in _figures(TABLE)] == [
        ("2,480", "2020", "Homes", None), ("590", "2020", "Homes", "affordable"),  # "Of which": a part of the
        ("2,150", "2021", "Homes", None), ("470", "2021", "Homes", "affordable"),    # column before
        ("1,900,000", None, "Pupils", "primary"), ("59%", None, "Share", "primary"),  # the row's label is the part
    ]


def test_a_cell_in_a_headerless_table_keeps_no_subject():
    assert [c.subject for c in _figures("2018\t1,250,000\n2019\t1,310,000")] == [None, None]


def test_a_header_in_millions_scales_its_cells():
    table = ("| Programme | Budget (US$ million) | Share (%) |\n|---|---|---|\n"
             "| Schools | 4.2 | 61 |\n| Clinics | 2.7 | 39 |\n")
    assert [(c.text, c.kind, c.value, c.unit, c.subject, c.part) for c in _figures(table)] == [
        ("4.2", "money", 4_200_000, "USD", "Budget", "schools"), ("61", "percent", 61, "percent", "Share", "schools"),
        ("2.7", "money", 2_700_000, "USD", "Budget", "clinics"), ("39", "percent", 39, "percent", "Share", "clinics"),
    ]


def test_a_cell_with_its_own_unit_keeps_it():
    table = "| Item | Cost (US$ million) |\n|---|---|\n| Bridge | €3.1 billion |\n"
    [cost] = _figures(table)
    assert (cost.value, cost.unit) == (3_100_000_000, "EUR")


def test_years_over_columns_date_their_cells_and_are_no_claims():
    table = ("Table 4: Hospital beds by province\n\n| Province | 2021 | 2022/23 |\n|---|---|---|\n"
             "| Kenya | 4,100 | 4,350 |\n| Coast | 2,900 | 3,050 |\n")
    claims = extract(table)
    assert [(c.text, c.period, c.subject, c.place, c.part) for c in claims if c.line > 1] == [
        ("4,100", "2021", "Hospital beds", "Kenya", None), ("4,350", "2022/2023", "Hospital beds", "Kenya", None),
        ("2,900", "2021", "Hospital beds", None, "coast"), ("3,050", "2022/2023", "Hospital beds", None, "coast"),
    ]  # (the caption names what the cells count; a row labelled with a known place is that place)


def test_a_header_year_dates_its_column_and_its_words_name_the_cells():
    """(commodity statistics) "Exports FY 2022/23 ('000 bags)": a noun, a year and a scale in one header."""
    table = "| Destination | Exports FY 2022/23 ('000 bags) |\n| --- | ---: |\n| Italy | 2,105 |\n| Germany | 712 |\n"
    assert [(c.text, c.value, c.subject, c.period) for c in _figures(table)] == [
        ("2,105", 2_105_000, "Exports", "2022/2023"), ("712", 712_000, "Exports", "2022/2023")]


def test_a_rate_in_a_population_over_a_column_is_no_count_of_all():
    """(transplant statistics) "Donors pmp", per million population: 35.2 is no count of Croatia's donors."""
    from factcheck.align.keys import is_rate_in_a_population, population_base
    table = "| Country | Donors pmp |\n|---|---:|\n| Croatia | 35.2 |\n"
    [rate] = _figures(table)
    assert is_rate_in_a_population(rate) and population_base(rate) == "million"
    [count] = _figures("Croatia had 137 deceased donors in 2023.")
    assert not is_rate_in_a_population(count)


def test_places_over_columns():
    table = "| Year | Kenya | Uganda |\n|---|---|---|\n| 2022 | 51% | 47% |\n"
    assert [(c.text, c.place, c.period) for c in _figures(table)] == [("51%", "Kenya", "2022"),
                                                                       ("47%", "Uganda", "2022")]


def test_a_caption_states_the_measure_of_every_column():
    table = "Table 1. Imports by partner (thousand tonnes)\n\n| Partner | Wheat | Maize |\n|---|---|---|\n" \
            "| Brazil | 310 | 95 |\n"
    assert [(c.text, c.kind, c.value, c.unit, c.subject, c.place) for c in _figures(table)] == [
        ("310", "quantity", 310_000, "metric_ton", "Wheat", "Brazil"),
        ("95", "quantity", 95_000, "metric_ton", "Maize", "Brazil")]


def test_a_line_of_prose_before_a_table_names_nothing():
    table = "The figures below are provisional.\n\n| Region | 2021 |\n|---|---|\n| North | 2,150 |\n"
    assert [(c.text, c.subject, c.part) for c in _figures(table)] == [("2,150", None, "north")]


def test_a_scaled_cell_is_as_precise_as_its_digits():
    # "4.2" in a column of US$ million is 4.15 to 4.25 million, like "US$4.2 million" in prose
    from factcheck.align.keys import rounding_halfwidth
    [budget] = _figures("| Item | Budget (US$ million) |\n|---|---|\n| Roads | 4.2 |\n")
    assert rounding_halfwidth(budget, 0.0) == pytest.approx(50_000)


def test_a_finding_on_a_cell_says_where_in_the_table_it_stands(tmp_path, capsys):
    from factcheck.cli import main
    (tmp_path / "a.md").write_text("---\npublished: 2023-05-01\n---\n| Region | Homes |\n|---|---|\n"
                                   "| North | 1,200 |\n| South | 950 |\n| Total | 2,250 |\n", encoding="utf-8")
    for fmt in ("text", "markdown", "html"):
        assert main(["audit", str(tmp_path), "--format", fmt]) == 1
        out = capsys.readouterr().out
        assert "table-total" in out and "table 1, row “Total”, column “Homes”" in out, fmt


def test_a_row_label_with_a_measure_is_the_indicator_of_its_row():
    table = ("Table 1: Key indicators\n\n| Indicator | 2021 | 2022 |\n|---|---|---|\n"
             "| Public spending (US$ million) | 4,410 | 4,820 |\n| Unemployment rate (%) | 7.9 | 7.1 |\n"
             "| Teachers (thousands) | 14.1 | 14.6 |\n| Hospitals | 41 | 43 |\n")
    assert [(c.text, c.kind, c.value, c.unit, c.period, c.subject, c.part) for c in _figures(table)] == [
        ("4,410", "money", 4_410_000_000, "USD", "2021", "Public spending", None),
        ("4,820", "money", 4_820_000_000, "USD", "2022", "Public spending", None),
        ("7.9", "percent", 7.9, "percent", "2021", "Unemployment rate", None),
        ("7.1", "percent", 7.1, "percent", "2022", "Unemployment rate", None),
        ("14.1", "count", 14_100, None, "2021", "Teachers", None),
        ("14.6", "count", 14_600, None, "2022", "Teachers", None),
        ("41", "count", 41, None, "2021", "Hospitals", None),  # (a table of indicators: each row its own)
        ("43", "count", 43, None, "2022", "Hospitals", None),
    ]


@pytest.mark.parametrize("label, total", [
    ("Total", True), ("Grand total", True), ("All regions", True),
    # (cinema and regional statistics) a place's total row
    ("UK total", True), ("**UK total**", True), ("Total England", True),
    ("England", False), ("Sub total", False), ("Northgate total", False)])
def test_a_total_rows_label(label, total):
    from factcheck.extract.tables import is_total_label
    assert is_total_label(label) is total
