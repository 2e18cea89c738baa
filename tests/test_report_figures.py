"""How the numbers behind a finding are written in the text, Markdown and HTML reports."""

from __future__ import annotations

import pytest

from factcheck.report.figures import figure, numbers_line


@pytest.mark.parametrize("value,written", [
    (236.0, "236"),                # a count computed in floating point reads as the count
    (6570000.0, "6,570,000"),      # thousands separators, as in the documents
    (39.8, "39.8"),
    (1.194, "1.194"),
    (12345.678, "12,345.68"),      # large figures with decimals: two are enough to read
    (0.000123456789, "0.000123457"),
    ("2018-01-01", "2018-01-01"),  # dates and names are written as they are
])
def test_figure(value, written):
    assert figure(value) == written


def test_numbers_line_leaves_out_unset_numbers_and_keeps_the_checks_order():
    assert numbers_line({"whole": 236.0, "note": None, "sum_of_parts": 242.0}) == "whole = 236, sum_of_parts = 242"
    assert numbers_line({"unset": None}) == ""


def test_an_open_bound_is_no_number_in_any_format(tmp_path):
    """'more than 25,000 patients a year' has no upper bound: the finding says none, in JSON and in every report
    (an infinity once crashed the text report and wrote 'Infinity', which is not JSON)."""
    import json

    from factcheck.audit import audit_documents, render
    from factcheck.read import read_paths

    (tmp_path / "a.md").write_text("---\npublished: 2023-05-10\n---\nThe centre admits 35 patients per day, or more "
                                   "than 25,000 patients a year.\n", encoding="utf-8")
    report = audit_documents(read_paths([tmp_path]))
    [finding] = [f for f in report.findings if f.rule == "rate-period"]
    assert finding.numbers["per_year_high_b"] is None and finding.numbers["per_year_low_b"] == 25000
    json.loads(render(report, "json"), parse_constant=lambda name: pytest.fail(f"{name} in JSON"))
    for fmt in ("text", "markdown", "html", "sarif"):
        assert "25,000" in render(report, fmt)
