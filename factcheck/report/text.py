"""The terminal report: findings grouped by severity, the passages with the numbers highlighted."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}


def render_text(report, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, color_system="standard" if color else None,
                      width=width, highlight=False, soft_wrap=False)
    s = report.summary
    console.print(Text(f"factcheck audit: {len(report.documents)} documents, {len(report.claims)} claims, "
                       f"{s.get('error', 0)} errors, {s.get('warning', 0)} warnings, {s.get('info', 0)} notes",
                       style="bold"))
    for n, f in enumerate(report.findings, 1):
        console.print()
        header = Text(f"{n}. ")
        header.append(f"{f.severity.upper()}", style=STYLES.get(f.severity, ""))
        header.append(f" [{f.rule}] ")
        header.append(f.message)
        console.print(header)
        for c in f.claims:
            where = f"{c.source}:{c.line}:{c.column}"
            line = Text(f"   {c.role:<16} {where}\n      ")
            sentence = " ".join(c.sentence.split())
            span = " ".join(c.text.split())
            at = sentence.find(span)
            if at >= 0:
                line.append(sentence[:at])
                # Without colour the span is bracketed, so the number still stands out.
                line.append(span if color else f"»{span}«", style="bold reverse")
                line.append(sentence[at + len(span):])
            else:
                line.append(sentence)
            console.print(line)
        if f.numbers:
            console.print(Text("   numbers: " + ", ".join(f"{k}={v}" for k, v in f.numbers.items() if v is not None),
                               style="dim"))
    if not report.findings:
        console.print("No contradictions found.")
    return buffer.getvalue()
