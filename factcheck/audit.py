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
from .baseline import BaselineResult
from .models import SEVERITY_ORDER, Claim, Document, Finding

AUDIT_FORMATS = ("text", "json", "markdown", "sarif", "html")


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
    baseline: Optional["BaselineResult"] = Field(default=None, description="Set when --baseline was given.")


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
    summary = {level: sum(1 for f in findings if f.severity == level and f.suppression is None)
               for level in ("error", "warning", "info")}
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
    if fmt == "sarif":
        from .report.sarif import render_sarif

        return render_sarif(report)
    if fmt == "html":
        from .report.html import render_html

        return render_html(report)
    raise ValueError(f"unknown audit format {fmt!r}")


EXTENSIONS = {".json": "json", ".sarif": "sarif", ".md": "markdown", ".markdown": "markdown", ".html": "html",
              ".htm": "html", ".txt": "text"}


def output_targets(outputs: Optional[list[str]], default_format: Optional[str]) -> list[tuple[str, Optional[str]]]:
    """(format, path) pairs: '-o report.sarif', '-o json:out.txt'; no -o means one format to standard output."""
    from .errors import UsageError

    if not outputs:
        return [(default_format or "text", None)]
    targets = []
    for spec in outputs:
        fmt, _, path = spec.partition(":")
        if path and fmt in AUDIT_FORMATS:
            targets.append((fmt, None if path == "-" else path))
            continue
        suffix = "." + spec.rsplit(".", 1)[-1].lower() if "." in spec else ""
        if len(outputs) == 1 and default_format:
            targets.append((default_format, None if spec == "-" else spec))
        elif suffix in EXTENSIONS:
            targets.append((EXTENSIONS[suffix], spec))
        else:
            raise UsageError(f"cannot tell the format of output {spec!r}: use FORMAT:PATH "
                             f"({', '.join(AUDIT_FORMATS)}) or an extension ({', '.join(sorted(EXTENSIONS))})")
    return targets


def add_audit_command(commands, add_inputs) -> None:
    audit = commands.add_parser("audit", help="cross-check claims across documents and within each one")
    add_inputs(audit, multiple_outputs=True)
    audit.add_argument("--format", "-f", choices=AUDIT_FORMATS, default=None,
                       help="format for standard output, or for a single --output (default: text)")
    audit.add_argument("--fail-on", choices=("error", "warning", "never"), default=None,
                       help="exit 1 when a finding reaches this severity (default: error, or the configuration's)")
    audit.add_argument("--config", metavar="FILE", help="configuration file (default: factcheck.toml or "
                       "[tool.factcheck] in pyproject.toml, in this directory or a parent)")
    audit.add_argument("--baseline", metavar="FILE", help="report only findings absent from this baseline")
    audit.add_argument("--write-baseline", metavar="FILE", help="record the current findings as a baseline")
    audit.add_argument("--since", metavar="REF", help="report only findings that involve files changed since REF (git)")
    audit.add_argument("--changed", nargs="+", metavar="FILE", help="report only findings that involve these files")
    audit.add_argument("--claims", metavar="DIR", help="reviewed claim lists (default: the configuration's 'claims')")


def cmd_audit(args) -> int:
    from .cli import read_inputs
    from .output import write_text
    from .settings import load_config

    config, _ = load_config(args.config)
    if args.fail_on:
        config.fail_on = args.fail_on
    if args.include is None and config.include:
        args.include = config.include
    if args.exclude is None and config.exclude:
        args.exclude = config.exclude
    targets = output_targets(args.output, args.format)
    claims_dir = args.claims or config.claims_dir
    lists = None
    if claims_dir:
        from .claimlists import load_claim_lists

        lists = load_claim_lists(claims_dir)  # before the audit, so a broken list fails fast
    documents = read_inputs(args)
    report = audit_with_progress(documents, config, quiet=args.quiet)
    if lists is not None:
        from .claimlists import apply_reviews

        report = apply_reviews(report, lists, config)
    if args.since or args.changed:
        from .changes import changed_since, normalise, touching

        changed = changed_since(args.since) if args.since else set()
        changed |= normalise(args.changed or [])
        report = _with_findings(report, touching(report.findings, changed))
    if args.write_baseline:
        from .baseline import baseline_json
        from .output import atomic_write
        from pathlib import Path

        atomic_write(Path(args.write_baseline), baseline_json(report.findings))
    if args.baseline:
        from .baseline import apply_baseline

        kept, result = apply_baseline(report.findings, args.baseline)
        report = _with_findings(report, kept).model_copy(update={"baseline": result})
        if result.stale and not args.quiet:
            print(f"factcheck: {len(result.stale)} baseline entr{'y' if len(result.stale) == 1 else 'ies'} in "
                  f"{args.baseline} no longer occur (stale): " + ", ".join(e.fingerprint[:12] for e in result.stale),
                  file=sys.stderr)
    for fmt, path in targets:
        color = path is None and fmt == "text" and sys.stdout.isatty()
        write_text(render(report, fmt, color=color), path)
    return exit_code(report, config.fail_on)


def _with_findings(report: Report, findings: list[Finding]) -> Report:
    summary = {level: sum(1 for f in findings if f.severity == level and f.suppression is None)
               for level in ("error", "warning", "info")}
    return report.model_copy(update={"findings": findings, "summary": summary})


def audit_with_progress(documents: list[Document], config: AuditConfig, quiet: bool = False) -> Report:
    """The audit, with a progress bar on standard error for long runs in a terminal."""
    if quiet or not sys.stderr.isatty() or len(documents) < 20:
        return audit_documents(documents, config)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("extracting claims"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extract", total=len(documents))
        return audit_documents(documents, config, lambda done, total: progress.update(task, completed=done))
