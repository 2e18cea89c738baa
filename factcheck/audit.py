"""`factcheck audit`: the whole pipeline, read -> extract -> align -> checks -> report.

The JSON report (schema: `factcheck schema report`, documented in docs/report.md):

    {"version": 1, "tool": {...}, "documents": [...], "claims": [...],
     "findings": [{"rule", "severity", "message", "claims": [{"source", "text", ...}],
                   "numbers": {...}, "fingerprint"}],
     "summary": {"error": n, "warning": n, "info": n}}
"""

from __future__ import annotations

import sys
from typing import Callable, Iterable, Literal, Optional

from pydantic import BaseModel, Field

from . import __version__
from .align import Alignment, DocumentInfo, align
from .checks import CHECKS
from .config import AuditConfig
from .extract import extract_document
from .models import SEVERITY_ORDER, Claim, Document, Finding

AUDIT_FORMATS = ("text", "json", "markdown")


class Tool(BaseModel):
    name: str = "factcheck"
    version: str = __version__


class Report(BaseModel):
    version: Literal[1] = 1
    tool: Tool = Field(default_factory=Tool)
    documents: list[DocumentInfo]
    claims: list[Claim]
    findings: list[Finding]
    summary: dict[str, int]


def report_schema() -> dict:
    return Report.model_json_schema()


def run_checks(aligned: Alignment, config: AuditConfig) -> list[Finding]:
    findings: list[Finding] = []
    for check in CHECKS:
        level = config.severity.get(check.id)
        if level == "off":
            continue
        for finding in check.run(aligned, config):
            if level:
                finding = finding.model_copy(update={"severity": level})
            findings.append(finding)
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    def key(f: Finding):
        first = f.claims[0] if f.claims else None
        return (-SEVERITY_ORDER[f.severity], f.rule, first.source if first else "", first.line if first else 0,
                f.fingerprint)

    unique: dict[str, Finding] = {}
    for f in findings:
        unique.setdefault(f.fingerprint, f)
    return sorted(unique.values(), key=key)


def audit_documents(documents: list[Document], config: Optional[AuditConfig] = None,
                    progress: Optional[Callable[[int, int], None]] = None) -> Report:
    config = config or AuditConfig()
    claims_by_document: dict[str, list[Claim]] = {}
    for n, document in enumerate(documents, 1):
        claims_by_document[document.source] = extract_document(document)
        if progress:
            progress(n, len(documents))
    aligned = align(documents, claims_by_document)
    findings = run_checks(aligned, config)
    summary = {level: sum(1 for f in findings if f.severity == level) for level in ("error", "warning", "info")}
    return Report(documents=list(aligned.documents.values()), claims=aligned.claims, findings=findings,
                  summary=summary)


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    threshold = SEVERITY_ORDER[fail_on]
    return 1 if any(SEVERITY_ORDER[f.severity] >= threshold and f.suppression is None
                    for f in report.findings) else 0


def render(report: Report, fmt: str, color: bool = False) -> str:
    if fmt == "json":
        from .report.json import render_json

        return render_json(report)
    if fmt == "markdown":
        from .report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "text":
        from .report.text import render_text

        return render_text(report, color=color)
    raise ValueError(f"unknown audit format {fmt!r}")


def add_audit_command(commands, add_inputs) -> None:
    audit = commands.add_parser("audit", help="cross-check claims across documents and within each one")
    add_inputs(audit)
    audit.add_argument("--format", "-f", choices=AUDIT_FORMATS, default="text")
    audit.add_argument("--fail-on", choices=("error", "warning", "never"), default=None,
                       help="exit 1 when a finding reaches this severity (default: error)")


def cmd_audit(args) -> int:
    from .cli import read_inputs
    from .output import write_text

    config = AuditConfig()
    if args.fail_on:
        config.fail_on = args.fail_on
    documents = read_inputs(args)
    progress = None
    if not args.quiet and sys.stderr.isatty() and len(documents) > 20:
        progress = _progress_printer()
    report = audit_documents(documents, config, progress)
    color = args.output is None and sys.stdout.isatty()
    write_text(render(report, args.format, color=color), args.output)
    return exit_code(report, config.fail_on)


def _progress_printer() -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if done == total or done % 10 == 0:
            print(f"\rfactcheck: read {done}/{total} documents", end="\n" if done == total else "", file=sys.stderr)

    return show
