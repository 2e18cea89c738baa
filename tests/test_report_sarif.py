"""The SARIF 2.1.0 report: valid against the official schema, rules from the registry, exact locations,
fingerprints that survive inserted lines, and suppressions for waived findings."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from factcheck.audit import audit_documents
from factcheck.checks import CHECKS
from factcheck.models import Suppression
from factcheck.read import read_text
from factcheck.report.sarif import (
    FINGERPRINT_KEY,
    SARIF_SCHEMA,
    artifact_location,
    render_sarif,
    rule_doc,
)

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is needed to validate SARIF (dev extra)")

SCHEMA_PATH = Path(__file__).parent / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"

from tests.report_corpus import texts

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def audit(documents: dict[str, str]):
    return audit_documents([read_text(text, source=source) for source, text in documents.items()])


@pytest.fixture(scope="module")
def report():
    return audit(texts())


@pytest.fixture(scope="module")
def log(report):
    return json.loads(render_sarif(report))


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    checker = jsonschema.FormatChecker()

    # Without the optional rfc3987 package jsonschema skips URI formats: check ours explicitly.
    @checker.checks("uri-reference")
    def uri_reference(value) -> bool:
        return isinstance(value, str) and re.fullmatch(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*", value) is not None

    @checker.checks("uri")
    def uri(value) -> bool:
        return uri_reference(value) and re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value) is not None

    return jsonschema.Draft4Validator(schema, format_checker=checker)


def assert_valid(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def region_text(document: str, region: dict) -> str:
    """The characters a region covers in the document's text, by line and column (code points)."""
    lines = document.split("\n")
    if region["startLine"] == region["endLine"]:
        return lines[region["startLine"] - 1][region["startColumn"] - 1:region["endColumn"] - 1]
    parts = [lines[region["startLine"] - 1][region["startColumn"] - 1:]]
    parts += lines[region["startLine"]:region["endLine"] - 1]
    parts.append(lines[region["endLine"] - 1][:region["endColumn"] - 1])
    return "\n".join(parts)


def test_the_corpus_has_findings_of_every_severity(report):
    assert {f.severity for f in report.findings} == {"error", "warning", "info"}
    assert {"value-conflict", "percent-change", "shares-total", "change-over-time"} <= {f.rule for f in report.findings}


def test_valid_against_the_official_schema(log, validator):
    assert_valid(validator, log)
    assert log["$schema"] == SARIF_SCHEMA
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1


def test_schema_copy_is_the_official_one():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["definitions"]["suppression"]["properties"]["kind"]["enum"] == ["inSource", "external"]


def test_an_invalid_log_is_rejected(log, validator):
    """The validator really checks: a level outside the enum and a column 0 are errors."""
    broken = json.loads(json.dumps(log))
    result = broken["runs"][0]["results"][0]
    result["level"] = "fatal"
    result["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    assert len(list(validator.iter_errors(broken))) >= 2


def test_rules_come_from_the_check_registry(log):
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"]
    assert "informationUri" not in driver
    rules = driver["rules"]
    assert [r["id"] for r in rules] == sorted(check.id for check in CHECKS)
    by_id = {r["id"]: r for r in rules}
    for check in CHECKS:
        rule = by_id[check.id]
        doc = rule_doc(check)
        assert rule["name"] and " " not in rule["name"]
        assert rule["defaultConfiguration"]["level"] == LEVELS[check.severity]
        assert doc["summary"] and doc["flags"] and doc["why"], check.id
        assert rule["shortDescription"]["text"].rstrip(".") == doc["summary"].rstrip(".")
        assert doc["flags"] in rule["fullDescription"]["text"]
        assert doc["why"] in rule["fullDescription"]["text"]
        assert rule["help"]["text"].startswith("Flags: " + doc["flags"])
        assert "Why it matters: " + doc["why"] in rule["help"]["text"]
    # the first docstring line, without its "id:" prefix
    value_conflict = by_id["value-conflict"]["shortDescription"]["text"]
    assert value_conflict == "two wordings of the same measurement allow no common value."


def test_results_rule_ids_indexes_levels_messages(report, log):
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(report.findings)
    for finding, result in zip(report.findings, results):
        assert result["ruleId"] == finding.rule
        assert rules[result["ruleIndex"]]["id"] == finding.rule
        assert result["level"] == LEVELS[finding.severity]
        assert result["message"]["text"] == finding.message
        assert result["properties"]["numbers"] == finding.numbers
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_locations_match_the_claims(report, log):
    documents = {source: read_text(text, source=source).text for source, text in texts().items()}
    for finding, result in zip(report.findings, log["runs"][0]["results"]):
        locations = result["locations"] + result.get("relatedLocations", [])
        assert len(locations) == len(finding.claims)
        assert "id" not in result["locations"][0]
        assert [loc["id"] for loc in result.get("relatedLocations", [])] == list(range(1, len(finding.claims)))
        for claim, location in zip(finding.claims, locations):
            physical = location["physicalLocation"]
            region = physical["region"]
            assert (region["startLine"], region["startColumn"]) == (claim.line, claim.column)
            assert region_text(documents[claim.source], region) == claim.text
            assert region["snippet"]["text"] == claim.text
            assert physical["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
            assert location["message"]["text"].startswith(claim.role + ": ")
            assert location["properties"]["claimId"] == claim.id
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in log["runs"][0]["results"] for loc in result["locations"] + result.get("relatedLocations", [])}
    assert uris == {"brief/a.md", "b.md", "c%20d.md"}


def test_a_claim_over_two_lines_ends_on_the_second(report, log):
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "value-conflict"]
    regions = [loc["physicalLocation"]["region"] for loc in result["locations"] + result["relatedLocations"]]
    (two_lines,) = [r for r in regions if r["snippet"]["text"] == "nearly\n480"]
    assert two_lines["startLine"] == 4 and two_lines["startColumn"] == 31
    assert two_lines["endLine"] == 5 and two_lines["endColumn"] == 4


def test_fingerprints_stable_when_lines_are_inserted_above(log):
    moved = json.loads(render_sarif(audit(texts(inserted="A new first paragraph.\n\nAnd a second one.\n\n"))))

    def by_fingerprint(sarif):
        return {r["partialFingerprints"][FINGERPRINT_KEY]: r for r in sarif["runs"][0]["results"]}

    before, after = by_fingerprint(log), by_fingerprint(moved)
    assert before.keys() == after.keys() and before
    for key, result in before.items():
        old = result["locations"][0]["physicalLocation"]["region"]
        new = after[key]["locations"][0]["physicalLocation"]["region"]
        assert new["startLine"] == old["startLine"] + 4
        assert new["startColumn"] == old["startColumn"]
        assert after[key]["ruleId"] == result["ruleId"]


def test_suppressions_for_waived_findings(report, validator):
    waived = report.model_copy(deep=True)
    waived.findings[0].suppression = Suppression(kind="claim-list", justification="checked with the ministry",
                                                 location="claims/reviewed.yaml")
    waived.findings[1].suppression = Suppression(kind="baseline", location="factcheck-baseline.json")
    log = json.loads(render_sarif(waived))
    assert_valid(validator, log)
    results = log["runs"][0]["results"]
    first, second = results[0]["suppressions"], results[1]["suppressions"]
    assert first == [{"kind": "external", "status": "accepted", "justification": "checked with the ministry",
                      "location": {"physicalLocation": {"artifactLocation": {
                          "uri": "claims/reviewed.yaml", "uriBaseId": "%SRCROOT%"}}},
                      "properties": {"factcheckKind": "claim-list"}}]
    assert second[0]["kind"] == "external"
    assert "baseline" in second[0]["justification"]
    assert second[0]["properties"]["factcheckKind"] == "baseline"
    assert all("suppressions" not in r for r in results[2:])


def test_output_is_deterministic(report):
    text = render_sarif(report)
    assert render_sarif(report) == text
    shuffled = report.model_copy(deep=True)
    random.Random(7).shuffle(shuffled.findings)
    assert render_sarif(shuffled) == text
    assert text.endswith("\n")


def test_empty_report_is_valid(validator):
    log = json.loads(render_sarif(audit({"calm.md": "---\npublished: 2020-01-01\n---\nNothing to count here.\n"})))
    assert_valid(validator, log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["tool"]["driver"]["rules"]


@pytest.mark.parametrize("source, expected", [
    ("sources/a.md", {"uri": "sources/a.md", "uriBaseId": "%SRCROOT%"}),
    ("./sources/a.md", {"uri": "sources/a.md", "uriBaseId": "%SRCROOT%"}),
    ("sources\\sub\\a.md", {"uri": "sources/sub/a.md", "uriBaseId": "%SRCROOT%"}),
    ("notes: 50% #2.md", {"uri": "notes%3A%2050%25%20%232.md", "uriBaseId": "%SRCROOT%"}),
    ("/srv/docs/a b.md", {"uri": "file:///srv/docs/a%20b.md"}),
    ("C:\\docs\\a.md", {"uri": "file:///C:/docs/a.md"}),
])
def test_artifact_locations(source, expected):
    assert artifact_location(source) == expected
