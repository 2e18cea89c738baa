"""The command line contract: formats, outputs, errors naming the file, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

CONFLICT_A = "---\npublished: 2017-03-01\n---\nBy the end of 2016 the programme had reached more than 500 schools in Valdoria.\n"
CONFLICT_B = "---\npublished: 2017-05-01\n---\nIn 2016 the programme reached nearly 480 schools in Valdoria.\n"


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.md").write_text(CONFLICT_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(CONFLICT_B, encoding="utf-8")
    return tmp_path


def test_extract_formats(corpus, capsys):
    code, out, _ = run(["extract", str(corpus / "a.md"), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 1
    texts = [c["text"] for c in data["claims"]]
    assert "more than 500" in texts
    code, out, _ = run(["extract", str(corpus / "a.md"), "--format", "jsonl"], capsys)
    assert [json.loads(line)["text"] for line in out.splitlines()] == texts
    code, out, _ = run(["extract", str(corpus / "a.md"), "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["text"] for r in rows] == texts
    code, out, _ = run(["extract", str(corpus / "a.md"), "--format", "yaml"], capsys)
    assert "more than 500" in out
    code, out, _ = run(["extract", str(corpus / "a.md")], capsys)
    assert "more than 500" in out and "claims" in out.splitlines()[-1]


def test_extract_output_file_and_stdin(corpus, tmp_path, capsys, monkeypatch):
    target = tmp_path / "claims.json"
    code, out, _ = run(["extract", str(corpus), "--format", "json", "--output", str(target)], capsys)
    assert code == 0 and out == ""
    assert {Path(c["source"]).name for c in json.loads(target.read_text())["claims"]} == {"a.md", "b.md"}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"We trained 5,000 nurses in 2019.\n")))
    code, out, _ = run(["extract", "-", "--format", "jsonl"], capsys)
    assert code == 0 and '"5,000"' in out


def test_missing_file_is_exit_2_naming_it(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    code, out, err = run(["extract", str(missing)], capsys)
    assert code == 2
    assert str(missing) in err and out == ""


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\x01\x02binary\x00"])
def test_bad_file_named_directly_is_exit_2(tmp_path, capsys, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, _, err = run(["audit", str(bad)], capsys)
    assert code == 2 and "bad.txt" in err


def test_bad_file_found_while_walking_is_a_warning(corpus, capsys):
    (corpus / "empty.txt").write_bytes(b"")
    code, out, err = run(["extract", str(corpus), "--format", "json"], capsys)
    assert code == 0
    assert "empty.txt" in err and "warning" in err
    assert json.loads(out)["claims"]


def test_output_to_missing_directory_is_exit_2_and_writes_nothing(corpus, tmp_path, capsys):
    target = tmp_path / "no-such-dir" / "out.json"
    code, _, err = run(["extract", str(corpus), "--output", str(target)], capsys)
    assert code == 2 and "no-such-dir" in err
    assert not target.exists()


def test_unknown_option_is_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--format", "pdf", "x"])
    assert exit_info.value.code == 2


def test_audit_exit_codes_follow_fail_on(corpus, capsys):
    code, out, _ = run(["audit", str(corpus), "--format", "json"], capsys)
    report = json.loads(out)
    assert report["version"] == 1
    assert any(f["rule"] == "value-conflict" and f["severity"] == "error" for f in report["findings"])
    assert code == 1
    assert run(["audit", str(corpus), "--fail-on", "never"], capsys)[0] == 0
    assert run(["audit", str(corpus), "--fail-on", "warning"], capsys)[0] == 1


def test_audit_of_agreeing_documents_exits_0(tmp_path, capsys):
    (tmp_path / "a.md").write_text(CONFLICT_A, encoding="utf-8")
    (tmp_path / "c.md").write_text(CONFLICT_A.replace("2017-03-01", "2017-04-01"), encoding="utf-8")
    code, out, _ = run(["audit", str(tmp_path), "--format", "json"], capsys)
    assert code == 0
    assert [f for f in json.loads(out)["findings"] if f["severity"] != "info"] == []


def test_audit_json_findings_quote_exact_spans(corpus, capsys):
    _, out, _ = run(["audit", str(corpus), "--format", "json", "--fail-on", "never"], capsys)
    report = json.loads(out)
    texts = {p.name: p.read_text() for p in corpus.iterdir()}
    for finding in report["findings"]:
        for claim in finding["claims"]:
            document = texts[Path(claim["source"]).name]
            assert claim["text"] in document


def test_audit_markdown_and_text(corpus, capsys):
    _, out, _ = run(["audit", str(corpus), "--format", "markdown", "--fail-on", "never"], capsys)
    assert out.startswith("# factcheck audit") and "value-conflict" in out
    _, out, _ = run(["audit", str(corpus), "--format", "text", "--fail-on", "never"], capsys)
    assert "ERROR" in out and "more than 500" in out


def test_schema_commands(capsys):
    code, out, _ = run(["schema"], capsys)
    assert code == 0 and "subject_head" in json.loads(out)["properties"]
    code, out, _ = run(["schema", "report"], capsys)
    assert code == 0 and "findings" in json.loads(out)["properties"]


def test_console_script_runs():
    result = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "factcheck" in result.stdout


def test_rules_lists_every_check(capsys):
    from factcheck.checks import CHECKS

    code, out, _ = run(["rules"], capsys)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [c.id for c in CHECKS]
    code, out, _ = run(["rules", "rank-conflict"], capsys)
    assert code == 0 and "Why it matters:" in out
    code, _, err = run(["rules", "no-such-rule"], capsys)
    assert code == 2 and "no-such-rule" in err


def test_a_bug_is_exit_3_and_says_so(tmp_path, capsys, monkeypatch):
    """A crash is neither "findings" (1) nor "bad input" (2): CI must be able to tell them apart."""
    import factcheck.cli as cli

    def broken(args):
        raise OverflowError("cannot convert float infinity to integer")

    monkeypatch.setattr(cli, "cmd_extract", broken)
    doc = tmp_path / "a.md"
    doc.write_text("In 2020, 5 schools opened.\n", encoding="utf-8")
    assert main(["extract", str(doc)]) == 3
    err = capsys.readouterr().err
    assert "internal error: OverflowError" in err and "bug in factcheck" in err


# --- configuration problems: exit 2, naming the file, the line and the key as written ----------------------------

# name, factcheck.toml (bytes), the place after the file name, words of the message
BAD_CONFIGURATIONS = [
    ("severity as a number", b"severity = 3\n", ":1", "'severity' in factcheck.toml must be a table"),
    ("severity as a level", b'fail-on = "error"\nseverity = "error"\n', ":2", "'severity' in factcheck.toml must be a table"),
    ("claims as a number", b"# lists\nclaims = 5\n", ":2", "bad value for 'claims' in factcheck.toml"),
    ("fail-on", b'\nfail-on = "sometimes"\n', ":2", "bad value for 'fail-on'"),
    ("a tolerance in a table", b'[tolerances]\npercent-points = 1\nrounding = "x"\n', ":3",
     "bad value for 'tolerances.rounding'"),
    ("a tolerance as a dotted key", b"tolerances.rounding = 0.9\n", ":1", "'tolerances.rounding'"),
    ("a tolerance in an inline table", b"tolerances = { rounding = 0.9 }\n", ":1", "'tolerances.rounding'"),
    ("tolerances as a number", b"tolerances = 3\n", ":1", "bad value for 'tolerances'"),
    ("an unknown level", b'[severity]\nshares-total = "loud"\n', ":2", "'severity.shares-total'"),
    ("an unknown rule", b'[severity]\nshares-total = "off"\nnope = "off"\n', ":3", "unknown rule 'nope'"),
    ("an unknown key", b'fail-on = "error"\n\ncolour = "red"\n', ":3", "unknown key 'colour'"),
    ("an unknown tolerance", b"[tolerances]\nbogus = 1\n", ":2", "unknown key 'tolerances.bogus'"),
    ("a bad list item", b'include = ["*.md", 3]\n', ":1", "bad value for 'include[1]'"),
    ("the tool table", b'[tool.factcheck]\nfail-on = 3\n', ":2", "bad value for 'fail-on'"),
    ("not UTF-8", b'fail-on = "error"\n# caf\xe9\n', ":2", "not UTF-8 text"),
    ("invalid TOML", b'fail-on = "error"\nfail-on "x"\n', ":2:9", "invalid TOML"),
]


@pytest.mark.parametrize("name, content, place, words", BAD_CONFIGURATIONS, ids=[row[0] for row in BAD_CONFIGURATIONS])
def test_bad_configuration_is_exit_2_at_its_line(corpus, capsys, monkeypatch, name, content, place, words):
    monkeypatch.chdir(corpus)
    (corpus / "factcheck.toml").write_bytes(content)
    code, _, err = run(["audit", "a.md"], capsys)
    assert code == 2, err
    assert err.startswith(f"factcheck: error: {corpus / 'factcheck.toml'}{place}: ") and words in err
    assert "internal error" not in err


def test_bad_pyproject_table_is_exit_2(corpus, capsys, monkeypatch):
    monkeypatch.chdir(corpus)
    (corpus / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool]\nfactcheck = 2\n', encoding="utf-8")
    code, _, err = run(["audit", "a.md"], capsys)
    assert (code, err) == (2, f"factcheck: error: {corpus / 'pyproject.toml'}:5: 'tool.factcheck' must be a table "
                              "([tool.factcheck])\n")
    (corpus / "pyproject.toml").write_text("[tool.factcheck.tolerances]\nrounding = 2\n", encoding="utf-8")
    code, _, err = run(["audit", "a.md"], capsys)
    assert code == 2 and ":2: bad value for 'tolerances.rounding' in [tool.factcheck]" in err
