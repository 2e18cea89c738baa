"""Recognising factcheck's own output, so a directory walk does not audit its own reports.

``factcheck audit . -o audit.md -o audit.html`` writes its reports beside the
documents; the next ``factcheck audit .`` would read them as documents and
report the figures it quoted as new claims and contradictions. Files are
recognised by content (their names are the user's choice), by what each
writer puts first:

* audit text report: first line ``factcheck audit: N documents, N claims, ...``
  (``factcheck.report.text``);
* audit Markdown report: ``# factcheck audit``, then ``N documents, N claims:``
  (``factcheck.report.markdown``);
* audit HTML report: ``<p class="tool">factcheck ...`` in its header and a
  ``<section id="findings">`` (``factcheck.report.html``);
* audit JSON report: ``{"version": 1, "tool": {"name": "factcheck"`` and SARIF
  with ``"driver": {"name": "factcheck"``;
* ``extract`` output: its text table (``where kind text value bounds ...`` ending
  ``N claims``), JSON/YAML (``version: 1`` then ``claims:``), JSON Lines and CSV
  of claim records;
* ``claims sync``: its summary (last line ``synced N documents into DIR/: ...``)
  and claim lists (``# Claim list for ..., kept by `factcheck claims sync```).
"""

from __future__ import annotations

import re
from typing import Optional

_HEAD_BYTES = 16384
_TAIL_BYTES = 4096

_TEXT_AUDIT = re.compile(r"factcheck audit: \d+ documents?, \d+ claims?, ")
_MARKDOWN_AUDIT = re.compile(r"# factcheck audit\n\n\d+ documents?, \d+ claims?: ")
_HTML_TOOL = re.compile(r'<p class="tool">factcheck[\s<]')
_JSON_AUDIT = re.compile(r'\{\s*"version":\s*1,\s*"tool":\s*\{\s*"name":\s*"factcheck"')
_SARIF = re.compile(r'"\$schema":\s*"[^"]*sarif[^"]*".*?"driver":\s*\{\s*"name":\s*"factcheck"', re.DOTALL)
_JSON_CLAIMS = re.compile(r'\{\s*"version":\s*1,\s*"claims":\s*\[\s*(\]|\{\s*"id":\s*"c[0-9a-f]+")')
_YAML_CLAIMS = re.compile(r"version: 1\nclaims:\s*(\[\]|\n- id: c[0-9a-f]+\n)")
_JSONL_CLAIM = re.compile(r'\{"id": "c[0-9a-f]+", "source": ".*", "line": \d+, .*"sentence": ')
_TABLE_HEADER = re.compile(r"where +kind +text +value +bounds +subject +place +period\n[- ]+\n")
_TABLE_END = re.compile(r"\n\d+ claims?\n?$")
_SYNC_SUMMARY = re.compile(r"(^|\n)synced \d+ documents? into .*: \d+ claims, \d+ new, .*\n?$")
_CLAIM_LIST = re.compile(r"# Claim list for .*, kept by `factcheck claims sync`")


def own_report(data: bytes) -> Optional[str]:
    """What factcheck output ``data`` is ("the audit report (HTML)"...), or None for anything else."""
    head = data[:_HEAD_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    start = head.lstrip()
    tail = data[-_TAIL_BYTES:].decode("utf-8", errors="replace").replace("\r\n", "\n")
    if _TEXT_AUDIT.match(start):
        return "an audit report (text)"
    if _MARKDOWN_AUDIT.match(start):
        return "an audit report (Markdown)"
    if start[:1] == "<" and _HTML_TOOL.search(head) and '<section id="findings">' in head + tail:
        return "an audit report (HTML)"
    if start[:1] == "{":
        if _JSON_AUDIT.match(start):
            return "an audit report (JSON)"
        if _SARIF.search(head):
            return "an audit report (SARIF)"
        if _JSON_CLAIMS.match(start):
            return "an extract output (JSON)"
        if _JSONL_CLAIM.match(start.split("\n", 1)[0]):
            return "an extract output (JSON Lines)"
    if _YAML_CLAIMS.match(start):
        return "an extract output (YAML)"
    if _TABLE_HEADER.match(start) and _TABLE_END.search(tail):
        return "an extract output (text)"
    if start.startswith(_csv_header()):
        return "an extract output (CSV)"
    if _CLAIM_LIST.match(start):
        return "a claim list"
    if _SYNC_SUMMARY.search(tail) and len(data) <= _TAIL_BYTES * 64:
        return "a claims sync summary"
    return None


def _csv_header() -> str:
    from factcheck.report.claims import CSV_COLUMNS

    return ",".join(CSV_COLUMNS) + "\n"
