"""The Markdown report, for pull-request comments: a summary table, then each finding with its evidence."""

from __future__ import annotations

from ..spans import find_span
from .figures import numbers_line

ICONS = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def render_markdown(report) -> str:
    lines = ["# factcheck audit", ""]
    s = report.summary
    lines.append(f"{len(report.documents)} documents, {len(report.claims)} claims: "
                 f"**{s.get('error', 0)} errors**, {s.get('warning', 0)} warnings, {s.get('info', 0)} notes.")
    lines.append("")
    if not report.findings:
        lines.append("No contradictions found.")
        return "\n".join(lines) + "\n"
    for n, f in enumerate(report.findings, 1):
        lines.append(f"## {n}. {ICONS.get(f.severity, '')} {f.severity}: `{f.rule}`")
        lines.append("")
        lines.append(_cell(f.message))
        lines.append("")
        lines.append("| role | where | claim | sentence |")
        lines.append("| --- | --- | --- | --- |")
        for c in f.claims:
            where = f"{c.source.rsplit('/', 1)[-1]}:{c.line}:{c.column}"
            sentence, span = _cell(c.sentence), _cell(c.text)
            at = find_span(sentence, span)
            if at >= 0:
                sentence = f"{sentence[:at]}**{span}**{sentence[at + len(span):]}"
            label = c.cell_label() if hasattr(c, "cell_label") else None
            if label:
                sentence = f"{sentence} ({_cell(label)})"
            lines.append(f"| {c.role} | `{where}` | **{_cell(c.text)}** | {sentence} |")
        numbers = numbers_line(f.numbers)
        if numbers:
            lines.append("")
            lines.append("Numbers: " + numbers)
        lines.append("")
    return "\n".join(lines) + "\n"
