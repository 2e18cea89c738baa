"""A directory walk skips factcheck's own reports and outputs: 'audit . -o audit.md' then 'audit .' is stable."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.read import read_document, read_paths
from factcheck.read.reports import own_report

A = "---\npublished: 2017-03-01\n---\nBy the end of 2016 the programme had reached more than 500 schools in Valdoria.\n"
B = "---\npublished: 2017-05-01\n---\nIn 2016 the programme reached nearly 480 schools in Valdoria.\n"

# name, the command that writes the output (run in the corpus), the output file, what it is said to be
OUTPUTS = [
    ("audit text", ["audit", ".", "-o", "audit.txt"], "audit.txt", "an audit report (text)"),
    ("audit Markdown", ["audit", ".", "-o", "audit.md"], "audit.md", "an audit report (Markdown)"),
    ("audit HTML", ["audit", ".", "-o", "audit.html"], "audit.html", "an audit report (HTML)"),
    ("audit JSON", ["audit", ".", "-o", "audit.json"], "audit.json", "an audit report (JSON)"),
    ("audit SARIF", ["audit", ".", "-o", "audit.sarif"], "audit.sarif", "an audit report (SARIF)"),
    ("extract text", ["extract", ".", "-o", "claims.txt"], "claims.txt", "an extract output (text)"),
    ("extract JSON", ["extract", ".", "-f", "json", "-o", "claims.json"], "claims.json", "an extract output (JSON)"),
    ("extract JSON Lines", ["extract", ".", "-f", "jsonl", "-o", "c.jsonl"], "c.jsonl",
     "an extract output (JSON Lines)"),
    ("extract YAML", ["extract", ".", "-f", "yaml", "-o", "c.yaml"], "c.yaml", "an extract output (YAML)"),
    ("extract CSV", ["extract", ".", "-f", "csv", "-o", "c.csv"], "c.csv", "an extract output (CSV)"),
    ("claims sync summary", ["claims", "sync", ".", "-o", "sync.txt"], "sync.txt", "a claims sync summary"),
]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(A, encoding="utf-8")
    (tmp_path / "b.md").write_text(B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("name, command, written, kind", OUTPUTS, ids=[row[0] for row in OUTPUTS])
def test_own_output_is_skipped_while_walking(corpus, capsys, name, command, written, kind):
    assert main([*command, "-q"]) in (0, 1)
    capsys.readouterr()
    assert own_report((corpus / written).read_bytes()) == kind
    messages: list[str] = []
    documents = read_paths(["."], include=["*"], on_warning=messages.append)
    assert sorted(Path(d.source).name for d in documents) == ["a.md", "b.md"]
    assert f"./{written}: {kind} written by factcheck, not a document; skipped" in messages


def test_a_second_audit_reports_the_same_as_the_first(corpus, capsys):
    first = main(["audit", ".", "-o", "audit.md", "-o", "audit.html", "-o", "json:first.json"])
    capsys.readouterr()
    second = main(["audit", ".", "-o", "json:second.json"])
    _, err = capsys.readouterr()
    assert first == second
    assert (corpus / "first.json").read_text() == (corpus / "second.json").read_text()
    assert "./audit.md: an audit report (Markdown) written by factcheck, not a document; skipped" in err
    assert "./audit.html: an audit report (HTML)" in err
    main(["audit", ".", "-q", "-o", "json:third.json"])
    assert capsys.readouterr().err == ""  # --quiet: no note


def test_claim_lists_are_skipped_when_walked(corpus, capsys):
    main(["claims", "sync", ".", "-q"])
    capsys.readouterr()
    messages: list[str] = []
    documents = read_paths(["."], include=["*"], on_warning=messages.append)
    assert sorted(Path(d.source).name for d in documents) == ["a.md", "b.md"]
    assert any(m.endswith("a claim list written by factcheck, not a document; skipped") for m in messages)


def test_a_report_named_directly_is_read(corpus, capsys):
    main(["audit", ".", "-o", "audit.md", "-q"])
    document = read_document("audit.md")
    assert document.text.lstrip().startswith("# factcheck audit")
    assert [Path(d.source).name for d in read_paths(["audit.md"])] == ["audit.md"]


# name, the start of a document that only looks like factcheck output
NOT_OUTPUT = [
    ("a heading about factcheck", "# factcheck audit of the 2023 budget\n\nThe budget was £4.2 billion.\n"),
    ("prose naming the tool", "factcheck audit: we ran it on 3 documents and found 2 errors.\n"),
    ("a table of figures", "where  kind  value\n-----  ----  -----\nParis  city  2,100,000\n3 claims\n"),
    ("JSON data", '{"version": 1, "tool": {"name": "other"}, "claims": []}\n'),
    ("an HTML page", "<!DOCTYPE html><html><body><p class=\"tool\">a hammer</p><p>It costs £4.</p></body></html>\n"),
    ("a sync-like sentence", "We synced 3 documents into the archive today.\n"),
]


@pytest.mark.parametrize("name, text", NOT_OUTPUT, ids=[row[0] for row in NOT_OUTPUT])
def test_documents_that_only_look_like_output_are_read(name, text):
    assert own_report(text.encode("utf-8")) is None
