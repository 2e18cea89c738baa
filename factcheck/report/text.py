"""The terminal report: findings by severity, the conflicting passages side by side, numbers highlighted.

Coloured on a terminal; plain (ASCII borders, the quoted span in »guillemets«) when
written to a file or a pipe, so it reads the same in a CI log.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..spans import find_span
from .figures import numbers_line

STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
# Passages shown next to each other; more wrap onto further rows.
COLUMNS = 3


def _passage(claim, color: bool) -> Text:
    sentence = " ".join(claim.sentence.split())
    span = " ".join(claim.text.split())
    text = Text()
    at = find_span(sentence, span)
    if at >= 0:
        text.append(sentence[:at])
        text.append(span if color else f"»{span}«", style="bold reverse")
        text.append(sentence[at + len(span):])
    else:
        text.append(sentence)
    return text


def _header(claim) -> Text:
    name = claim.source.replace("\\", "/").rsplit("/", 1)[-1]
    header = Text(f"{claim.role}\n", style="bold")
    header.append(f"{name}:{claim.line}:{claim.column}", style="cyan")
    if claim.published:
        header.append(f"\npublished {claim.published.isoformat()}", style="dim")
    label = claim.cell_label() if hasattr(claim, "cell_label") else None
    if label:
        header.append(f"\n{label}", style="dim")
    return header


def render_text(report, color: bool = False, width: int = 120) -> str:
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
        header.append(f.severity.upper(), style=STYLES.get(f.severity, ""))
        header.append(f" [{f.rule}]")
        if f.suppression is not None:
            header.append(f" (waived: {f.suppression.kind}{': ' + f.suppression.justification if f.suppression.justification else ''})",
                          style="dim")
        header.append(" ")
        header.append(f.message)
        console.print(header)
        claims = list(f.claims)
        for row_start in range(0, len(claims), COLUMNS):
            row = claims[row_start:row_start + COLUMNS]
            table = Table(box=box.ROUNDED if color else box.ASCII, show_header=True, expand=True, padding=(0, 1))
            for claim in row:
                table.add_column(_header(claim), ratio=1, overflow="fold")
            table.add_row(*[_passage(claim, color) for claim in row])
            console.print(table)
        numbers = numbers_line(f.numbers)
        if numbers:
            console.print(Text("numbers: " + numbers, style="dim"))
    if not report.findings:
        console.print("No contradictions found.")
    return buffer.getvalue()
