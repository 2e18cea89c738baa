"""Every check's own example table: documents that must flag and documents that must not.

The tables live with the checks (factcheck/checks/*.py), as proselint keeps its
examples with its rules; this test runs each example through the whole pipeline
(read -> extract -> align -> that check) and checks the verdict.
"""

from __future__ import annotations

import pytest

from factcheck.align import align
from factcheck.checks import CHECKS
from factcheck.config import AuditConfig
from factcheck.extract import extract_document
from factcheck.read import read_text

CASES = [(check, example) for check in CHECKS for example in check.examples]


def run_check(check, documents: dict[str, str]):
    docs = [read_text(text, source=name, format="markdown") for name, text in documents.items()]
    aligned = align(docs, {d.source: extract_document(d) for d in docs})
    return list(check.run(aligned, AuditConfig()))


@pytest.mark.parametrize("check,example", CASES, ids=[f"{c.id}: {e.name}" for c, e in CASES])
def test_example(check, example):
    findings = run_check(check, example.documents)
    if not example.flags:
        assert findings == [], "\n".join(f.message for f in findings)
        return
    assert findings, f"{check.id} did not flag: {example.name}"
    quoted = " | ".join(c.text for f in findings for c in f.claims)
    for mention in example.mentions:
        assert mention in quoted, f"{mention!r} not among the quoted claims: {quoted}"
    for finding in findings:
        assert finding.rule == check.id
        assert finding.claims, "a finding must list the claims it rests on"
        assert finding.message


@pytest.mark.parametrize("check", CHECKS, ids=[c.id for c in CHECKS])
def test_check_is_documented(check):
    doc = check.__class__.__module__
    module_doc = __import__(doc, fromlist=["x"]).__doc__ or ""
    assert module_doc.startswith(f"{check.id}:"), "the module docstring opens with the check id"
    for section in ("Flags:", "Why it matters:", "Example:"):
        assert section in module_doc, f"{check.id} docstring lacks {section}"
    assert check.severity in ("error", "warning", "info")
    assert any(e.flags for e in check.examples), "at least one example that must flag"
    assert any(not e.flags for e in check.examples), "and one that must not"


def test_a_conflict_that_rests_on_an_assumed_currency_is_a_warning():
    from factcheck.checks import BY_ID
    findings = run_check(BY_ID["value-conflict"], {
        "a.md": "---\npublished: 2024-02-01\n---\nMaple Telecom, Canada's third-largest carrier, reported revenue of "
                "$9.4 billion in 2023.\n",
        "b.md": "---\npublished: 2024-02-02\n---\nMaple Telecom's revenue was US$7.0 billion in 2023.\n"})
    assert [f.severity for f in findings] == ["warning"]
    assert "assumed" in findings[0].message


def test_a_figure_a_later_release_says_it_revised_is_a_note():
    """(cinema statistics) the revision said in a sentence of its own, apart from the new figure's."""
    from factcheck.checks import BY_ID
    findings = run_check(BY_ID["value-conflict"], {
        "a.md": "---\npublished: 2023-02-15\n---\nPreliminary data show admissions of 768 million in 2022.\n",
        "b.md": "---\npublished: 2024-03-12\n---\nAdmissions reached 780 million in 2022. The 2022 figure has been "
                "revised to 780 million from the preliminary estimate of 768 million.\n"})
    assert [f.severity for f in findings] == ["info"]
    assert "revised" in findings[0].message


def test_a_revision_excuses_only_the_figures_it_names():
    """(apprenticeship statistics) a document that revised its total up from 335,800 to 337,200, and also gives
    290,000: the 290,000 is neither figure of the revision, and stays an error against "about 340,000"."""
    from factcheck.checks import BY_ID
    findings = run_check(BY_ID["value-conflict"], {
        "a.md": "---\npublished: 2024-06-18\n---\nThere were 337,200 apprenticeship starts in 2022/23, revised up from "
                "335,800 in the provisional release. In 2022/23, 290,000 starts were recorded.\n",
        "c.md": "---\npublished: 2024-06-18\n---\nThere were about 340,000 apprenticeship starts in 2022/23.\n"})
    assert [f.severity for f in findings] == ["error"]
    assert "290,000" in findings[0].message


def test_a_findings_numbers_carry_no_floating_point_noise():
    # A tolerance band's edge computed in binary ("40.199999999800006") is printed in every report format.
    check = next(c for c in CHECKS if c.id == "percent-change")
    [finding] = run_check(check, {"a.md": "---\npublished: 2017-04-20\n---\nThe budget of US $6.0 million was cut by "
                                          "40% to US $1.2 million.\n"})
    assert finding.numbers["stated_high"] == 40.2
    assert finding.numbers["computed_change_percent"] == 80.0


def test_a_series_in_two_units_is_shown_as_written():
    """(steel statistics) "125.3 Mt" and "140.2 million tonnes", not 125.3 and 140,200,000."""
    from factcheck.checks import BY_ID
    findings = run_check(BY_ID["change-over-time"], {
        "a.md": "---\npublished: 2023-01-23\n---\nIndia's steel production was 125.3 Mt in 2022.\n",
        "b.md": "---\npublished: 2024-02-05\n---\nIndia's steel production was 140.2 million tonnes in 2023.\n"})
    assert len(findings) == 1
    assert "125.3 Mt" in findings[0].message and "140.2 million tonnes" in findings[0].message


def test_a_revision_said_far_from_the_figure_it_replaces_is_a_note():
    """(childcare statistics) the verb of revising some way before the old figure."""
    from factcheck.checks import BY_ID
    findings = run_check(BY_ID["value-conflict"], {
        "a.md": "---\npublished: 2024-03-12\n---\nFigures from the regulator show that 2,070 providers left the register "
                "in 2023.\n",
        "b.md": "---\npublished: 2024-07-18\n---\nThis release revises the number of providers that left the register "
                "in 2023 to 2,190, from the 2,070 published in our March release. Of the 2,190 providers that left "
                "the register in 2023, 1,240 were childminders.\n"})
    assert [f.severity for f in findings] == ["info"]
