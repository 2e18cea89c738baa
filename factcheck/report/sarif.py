"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers (`factcheck audit --format sarif`).

One run, whose `tool.driver.rules` are every registered check (id, name, the
docstring's first line as `shortDescription`, its "Flags:" and "Why it matters:"
sections as `fullDescription` and `help`, its default severity as
`defaultConfiguration.level`). Each finding is one result:

- `ruleId`/`ruleIndex`, `level` (error -> error, warning -> warning, info -> note),
  `message.text` = the finding's message;
- `locations`: the finding's first claim; `relatedLocations`: the other claims, with
  ids 1..n and a message giving the claim's role and quoted text;
- regions count lines and columns from 1 in Unicode code points (`columnKind`),
  the end computed from the claim's exact text, which may span lines;
- `partialFingerprints["factcheck/v1"]`: the finding's fingerprint, which does not
  change when lines are inserted above the claims;
- `suppressions`: one `external` suppression when the finding is waived (by a claim
  list or a baseline, both kept outside the documents).

Relative sources become URIs relative to `%SRCROOT%` (POSIX separators, percent-encoded);
absolute ones become `file:` URIs. The output is deterministic: rules sorted by id,
results in report order (severity, rule, file, line), keys in a fixed order.
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from typing import Any, Iterable, Optional
from urllib.parse import quote

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "factcheck/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SEVERITY_RANK = {"error": 2, "warning": 1, "info": 0}

_SECTIONS = ("Flags", "Why it matters", "Example")
_SECTION_LINE = re.compile(r"^(Flags|Why it matters|Example):\s*(.*)$")


# ------------------------------------------------------------------ check documentation


@lru_cache(maxsize=None)
def _module_doc(module_name: str) -> str:
    module = sys.modules.get(module_name)
    return (getattr(module, "__doc__", None) or "").strip()


def rule_doc(check: Any) -> dict[str, str]:
    """A check's documentation: 'summary' (first docstring line, without the 'id: ' prefix) and
    the sections 'flags', 'why' and 'example', each as one paragraph with whitespace collapsed."""
    doc = _module_doc(type(check).__module__) or (type(check).__doc__ or "").strip()
    lines = doc.splitlines()
    summary = lines[0].strip() if lines else ""
    prefix = f"{check.id}:"
    if summary.startswith(prefix):
        summary = summary[len(prefix):].strip()
    sections: dict[str, list[str]] = {}
    current: Optional[str] = None
    for line in lines[1:]:
        match = _SECTION_LINE.match(line.strip()) if not line.startswith((" ", "\t")) else None
        if match:
            current = match.group(1)
            sections[current] = [match.group(2)]
        elif current:
            sections[current].append(line)
    text = {name: " ".join(" ".join(sections.get(name, [])).split()) for name in _SECTIONS}
    return {"summary": summary or check.id, "flags": text["Flags"], "why": text["Why it matters"],
            "example": text["Example"]}


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def _camel(rule_id: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", rule_id))


def _rule_name(check: Any) -> str:
    name = type(check).__name__
    return name if name[:1].isupper() else _camel(check.id)


def rule_descriptor(check: Any) -> dict:
    doc = rule_doc(check)
    flags, why, example = doc["flags"], doc["why"], doc["example"]
    full = " ".join(part for part in (flags, why) if part) or doc["summary"]
    help_text = "\n\n".join(f"{label}: {body}" for label, body in
                            (("Flags", flags), ("Why it matters", why), ("Example", example)) if body)
    help_markdown = "\n\n".join(f"**{label}:** {body}" for label, body in
                                (("Flags", flags), ("Why it matters", why), ("Example", example)) if body)
    return {
        "id": check.id,
        "name": _rule_name(check),
        "shortDescription": {"text": _sentence(doc["summary"])},
        "fullDescription": {"text": full},
        "help": {"text": help_text or full, "markdown": help_markdown or full},
        "defaultConfiguration": {"level": LEVELS.get(check.severity, "warning")},
        "properties": {"tags": ["statistics", "consistency"]},
    }


def _unknown_rule(rule: str) -> dict:
    """A descriptor for a finding whose rule is not (or no longer) registered, so ruleIndex stays valid."""
    return {"id": rule, "name": _camel(rule),
            "shortDescription": {"text": f"{rule}."}, "defaultConfiguration": {"level": "warning"}}


def _rules(findings: Iterable[Any]) -> list[dict]:
    from ..checks import CHECKS

    by_id = {check.id: rule_descriptor(check) for check in CHECKS}
    for f in findings:
        if f.rule not in by_id:
            by_id[f.rule] = _unknown_rule(f.rule)
    return [by_id[rule] for rule in sorted(by_id)]


# ------------------------------------------------------------------ locations


def artifact_location(source: str) -> dict:
    """`{"uri", "uriBaseId"}` for a source path as the report gives it."""
    if source == "-":
        return {"uri": "stdin", "description": {"text": "standard input"}}
    path = source.replace("\\", "/")
    if re.match(r"^[A-Za-z]:/", path):  # a Windows drive path
        return {"uri": "file:///" + path[0] + ":" + quote(path[2:], safe="/")}
    if path.startswith("/"):
        return {"uri": "file://" + quote(path, safe="/")}
    while path.startswith("./"):
        path = path[2:]
    return {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}


def region(evidence: Any) -> dict:
    """Start from the claim's line and column; end from its exact text (one past its last character)."""
    text = evidence.text or ""
    newlines = text.count("\n")
    if newlines:
        end_line = evidence.line + newlines
        end_column = len(text) - text.rfind("\n")
    else:
        end_line = evidence.line
        end_column = evidence.column + len(text)
    return {
        "startLine": max(1, evidence.line),
        "startColumn": max(1, evidence.column),
        "endLine": max(1, end_line),
        "endColumn": max(1, end_column),
        "snippet": {"text": text},
    }


def _quote(text: str) -> str:
    return "“" + " ".join(text.split()) + "”"


def _location(evidence: Any, ident: Optional[int] = None) -> dict:
    location: dict = {}
    if ident is not None:
        location["id"] = ident
    location["physicalLocation"] = {"artifactLocation": artifact_location(evidence.source), "region": region(evidence)}
    location["message"] = {"text": f"{evidence.role}: {_quote(evidence.text)}"}
    properties: dict = {"claimId": evidence.id, "role": evidence.role, "kind": evidence.kind}
    if getattr(evidence, "page", None) is not None:
        properties["page"] = evidence.page
    if getattr(evidence, "published", None) is not None:
        properties["published"] = evidence.published.isoformat()
    location["properties"] = properties
    return location


# ------------------------------------------------------------------ results


def _suppression(suppression: Any) -> dict:
    kind = getattr(suppression, "kind", "")
    where = getattr(suppression, "location", None)
    justification = (getattr(suppression, "justification", "") or "").strip()
    if not justification:
        justification = {"claim-list": "waived in a claim list", "baseline": "already in the baseline"}.get(
            kind, "waived")
        if where:
            justification += f" ({where})"
    out: dict = {"kind": "external", "status": "accepted", "justification": justification}
    if where:
        out["location"] = {"physicalLocation": {"artifactLocation": artifact_location(where)}}
    out["properties"] = {"factcheckKind": kind}
    return out


def _sort_key(f: Any):
    first = f.claims[0] if f.claims else None
    return (-SEVERITY_RANK.get(f.severity, 0), f.rule, first.source if first else "", first.line if first else 0,
            first.column if first else 0, f.fingerprint)


def _result(f: Any, rule_index: dict[str, int]) -> dict:
    result: dict = {
        "ruleId": f.rule,
        "ruleIndex": rule_index[f.rule],
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f.message},
    }
    if f.claims:
        result["locations"] = [_location(f.claims[0])]
        if len(f.claims) > 1:
            result["relatedLocations"] = [_location(c, n) for n, c in enumerate(f.claims[1:], 1)]
    if f.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    if getattr(f, "suppression", None) is not None:
        result["suppressions"] = [_suppression(f.suppression)]
    properties: dict = {"severity": f.severity}
    if f.numbers:
        properties["numbers"] = {k: f.numbers[k] for k in f.numbers}
    result["properties"] = properties
    return result


def sarif_log(report: Any) -> dict:
    """The SARIF log as a dict (see render_sarif)."""
    findings = sorted(report.findings, key=_sort_key)
    rules = _rules(findings)
    rule_index = {rule["id"]: n for n, rule in enumerate(rules)}
    tool = getattr(report, "tool", None)
    driver = {
        "name": getattr(tool, "name", None) or "factcheck",
        "version": getattr(tool, "version", None) or "0",
        "rules": rules,
    }
    summary = dict(getattr(report, "summary", {}) or {})
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, rule_index) for f in findings],
        "properties": {
            "reportVersion": getattr(report, "version", 1),
            "documents": len(report.documents),
            "claims": len(report.claims),
            "summary": {level: summary.get(level, 0) for level in ("error", "warning", "info")},
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(report: Any) -> str:
    """The report as a SARIF 2.1.0 log (JSON text, 2-space indent, trailing newline)."""
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"
