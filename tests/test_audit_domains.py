"""Invented documents in several domains, run through the whole audit, for every check in both directions.

Each case is a directory tests/fixtures/audit/<domain>/<case>/ holding one to three
short Markdown stories (front matter: title, publisher, published) and an
expect.yaml:

    summary: what is planted, or why the look-alike is consistent
    report:                      # findings that must be present
      - rule: value-conflict     # a registered rule id
        severity: error          # optional; default: the rule's registered severity
        quotes: ["1.2 billion", "950 million"]   # each a substring of one of the finding's claims
    not_report: [currency-mismatch]   # rule ids that must produce no finding at all;
                                      # "all" forbids every error and warning finding

The documents are written for this suite, not taken from the corpus, so that a
check that holds here holds on prose it was not tuned to. The suite runs the real
pipeline: factcheck.read.read_paths -> factcheck.audit.audit_documents.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from factcheck.audit import audit_documents
from factcheck.checks import BY_ID
from factcheck.read import read_paths

ROOT = Path(__file__).resolve().parent / "fixtures" / "audit"
CASES = sorted(path.parent for path in ROOT.glob("*/*/expect.yaml"))
ERROR_LEVELS = ("error", "warning")


def case_id(case: Path) -> str:
    return f"{case.parent.name}/{case.name}"


def load_expectation(case: Path) -> dict:
    expect = yaml.safe_load((case / "expect.yaml").read_text(encoding="utf-8")) or {}
    report = expect.get("report") or []
    not_report = expect.get("not_report") or []
    if isinstance(not_report, str):
        not_report = [not_report]
    return {"summary": expect.get("summary", ""), "report": report, "not_report": list(not_report)}


def documents(case: Path) -> list[Path]:
    return sorted(case.glob("*.md"))


def describe(findings) -> str:
    if not findings:
        return "  (no findings)"
    lines = []
    for f in findings:
        quoted = ", ".join(f"{c.source.replace(chr(92), '/').rsplit('/', 1)[-1]}:{c.text!r}" for c in f.claims)
        lines.append(f"  [{f.severity}] {f.rule}: {f.message}\n      claims: {quoted}")
    return "\n".join(lines)


def quotes_all(finding, quotes) -> bool:
    texts = [c.text for c in finding.claims]
    return all(any(q in t for t in texts) for q in quotes)


# ----------------------------------------------------------------------------- the suite itself


def test_cases_exist():
    assert len(CASES) >= 40, f"only {len(CASES)} cases under {ROOT}"
    domains = {case.parent.name for case in CASES}
    assert len(domains) >= 5, f"cases in only {sorted(domains)}"


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_is_well_formed(case):
    expect = load_expectation(case)
    assert expect["summary"].strip(), "expect.yaml needs a summary of what is planted"
    for want in expect["report"]:
        assert want["rule"] in BY_ID, f"unknown rule {want['rule']!r}"
        assert want.get("quotes"), f"{want['rule']}: say which claims the finding must quote"
    for rule in expect["not_report"]:
        assert rule == "all" or rule in BY_ID, f"unknown rule {rule!r}"
    paths = documents(case)
    assert 1 <= len(paths) <= 3, f"{len(paths)} documents"
    for doc in read_paths(paths):
        assert doc.published is not None, f"{doc.source}: no published date"
        assert doc.title and doc.publisher, f"{doc.source}: title and publisher belong in the front matter"


def test_every_check_is_covered_in_both_directions():
    flagged, cleared = Counter(), Counter()
    for case in CASES:
        expect = load_expectation(case)
        flagged.update({want["rule"] for want in expect["report"]})
        cleared.update(rule for rule in expect["not_report"] if rule != "all")
    missing = [f"{rule}: {flagged[rule]} must-flag, {cleared[rule]} must-not-flag"
               for rule in BY_ID if not flagged[rule] or not cleared[rule]]
    assert not missing, "checks without cases in both directions:\n" + "\n".join(missing)


# ----------------------------------------------------------------------------- the audit on each case


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_audit(case):
    expect = load_expectation(case)
    report = audit_documents(read_paths(documents(case)))
    findings = report.findings
    problems = []
    for want in expect["report"]:
        rule = want["rule"]
        severity = want.get("severity", BY_ID[rule].severity)
        quotes = want.get("quotes") or []
        same_rule = [f for f in findings if f.rule == rule]
        if not any(f.severity == severity and quotes_all(f, quotes) for f in same_rule):
            why = "no finding at all" if not same_rule else "its findings do not quote all of them, or differ in severity"
            problems.append(f"expected {rule} [{severity}] quoting {quotes}: {why}")
    for rule in expect["not_report"]:
        if rule == "all":
            unwanted = [f for f in findings if f.severity in ERROR_LEVELS]
            if unwanted:
                problems.append(f"expected no error or warning, got {sorted({f.rule for f in unwanted})}")
        elif any(f.rule == rule for f in findings):
            problems.append(f"expected no {rule} finding (consistent look-alike), got one")
    assert not problems, (
        f"{case_id(case)}: {expect['summary'].strip()}\n"
        + "\n".join(f"- {p}" for p in problems)
        + "\nfindings produced:\n" + describe(findings)
    )
