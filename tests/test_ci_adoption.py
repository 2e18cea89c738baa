"""What CI pipelines rely on: configuration, baselines, auditing only what a change touches, several outputs."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from factcheck.cli import main

A = "---\npublished: 2017-03-01\n---\nBy the end of 2016 the programme had reached more than 500 schools in Valdoria.\n"
B = "---\npublished: 2017-05-01\n---\nIn 2016 the programme reached nearly 480 schools in Valdoria.\n"
C = ("---\npublished: 2017-06-01\n---\nOf the 1,140 children injured in 2016: 62% were pedestrians, 31% were cyclists "
     "and 15% were passengers.\n")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(A, encoding="utf-8")
    (docs / "b.md").write_text(B, encoding="utf-8")
    (docs / "c.md").write_text(C, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return docs


def audit_json(args, capsys):
    code = main(["audit", *args, "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_configuration_sets_severity_and_fail_on(corpus, capsys):
    Path("factcheck.toml").write_text('fail-on = "warning"\n[severity]\nvalue-conflict = "off"\n', encoding="utf-8")
    code, report, _ = audit_json(["docs"], capsys)
    rules = {f["rule"] for f in report["findings"]}
    assert "value-conflict" not in rules and "shares-total" in rules
    assert code == 1  # shares-total is a warning, and fail-on is warning


def test_pyproject_table_and_tolerances(corpus, capsys):
    Path("pyproject.toml").write_text('[tool.factcheck.tolerances]\nshares-total = 10.0\n', encoding="utf-8")
    _, report, _ = audit_json(["docs"], capsys)
    assert "shares-total" not in {f["rule"] for f in report["findings"]}


@pytest.mark.parametrize("content,needle", [
    ('colour = "red"\n', "unknown key 'colour'"),
    ('[severity]\nno-such-rule = "error"\n', "unknown rule 'no-such-rule'"),
    ('[severity]\nvalue-conflict = "loud"\n', "severity.value-conflict"),
    ('[tolerances]\nrounding = -1\n', "tolerances.rounding"),
    ('fail-on = [\n', "invalid TOML"),
])
def test_bad_configuration_is_exit_2_naming_file_and_key(corpus, capsys, content, needle):
    Path("factcheck.toml").write_text(content, encoding="utf-8")
    code = main(["audit", "docs"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "factcheck.toml" in err and needle in err


def test_baseline_reports_only_new_findings_and_stale_entries(corpus, capsys):
    assert main(["audit", "docs", "--write-baseline", "baseline.json", "--fail-on", "never", "-q"]) == 0
    capsys.readouterr()
    code, report, _ = audit_json(["docs", "--baseline", "baseline.json"], capsys)
    assert code == 0 and [f for f in report["findings"] if f["severity"] != "info"] == []
    # Moving lines does not make an old finding new: fingerprints do not use line numbers.
    (corpus / "a.md").write_text(A.replace("---\nBy", "---\n\n\nNew intro.\n\nBy"), encoding="utf-8")
    code, report, _ = audit_json(["docs", "--baseline", "baseline.json"], capsys)
    assert code == 0
    # Fixing the contradiction leaves its baseline entry stale, and says so.
    (corpus / "b.md").write_text(B.replace("nearly 480", "nearly 520"), encoding="utf-8")
    code, report, err = audit_json(["docs", "--baseline", "baseline.json"], capsys)
    assert report["baseline"]["stale"] and "stale" in err
    # A new contradiction is reported.
    (corpus / "d.md").write_text(B.replace("nearly 480", "about 300").replace("2017-05-01", "2017-07-01"),
                                 encoding="utf-8")
    code, report, _ = audit_json(["docs", "--baseline", "baseline.json"], capsys)
    assert code == 1 and any("d.md" in c["source"] for f in report["findings"] for c in f["claims"])


def test_bad_baseline_is_exit_2(corpus, capsys):
    Path("baseline.json").write_text("{not json", encoding="utf-8")
    assert main(["audit", "docs", "--baseline", "baseline.json"]) == 2
    assert "baseline.json:1" in capsys.readouterr().err


def test_changed_files_limit_the_report_but_not_the_corpus(corpus, capsys):
    code, report, _ = audit_json(["docs", "--changed", str(corpus / "c.md")], capsys)
    assert {f["rule"] for f in report["findings"]} == {"shares-total"}
    # b.md's conflict is with a.md, which is read although only b.md changed.
    code, report, _ = audit_json(["docs", "--changed", str(corpus / "b.md")], capsys)
    assert {f["rule"] for f in report["findings"]} == {"value-conflict"}


def test_since_ref_uses_git(corpus, capsys):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    for command in (["git", "init", "-q"], ["git", "add", "docs/a.md", "docs/c.md"], ["git", "commit", "-qm", "x"]):
        subprocess.run(command, check=True, env=env, capture_output=True)
    code, report, _ = audit_json(["docs", "--since", "HEAD"], capsys)
    # Only b.md is new since HEAD: its conflict with a.md is reported, c.md's shares are not.
    assert {f["rule"] for f in report["findings"]} == {"value-conflict"}
    assert main(["audit", "docs", "--since", "no-such-ref"]) == 2


def test_several_outputs_from_one_run(corpus, capsys):
    code = main(["audit", "docs", "-o", "out.json", "-o", "markdown:out.txt", "--fail-on", "never"])
    out, _ = capsys.readouterr()
    assert code == 0 and out == ""
    assert json.loads(Path("out.json").read_text())["version"] == 1
    assert Path("out.txt").read_text().startswith("# factcheck audit")
    assert main(["audit", "docs", "-o", "out.unknown"]) == 2
